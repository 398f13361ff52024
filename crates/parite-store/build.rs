//! `sqlx::migrate!` embeds the migration folders at compile time, but a proc macro cannot tell
//! cargo which files it read: without this, adding a migration would not rebuild the crate.

fn main() {
    println!("cargo:rerun-if-changed=../../migrations/sqlite");
    println!("cargo:rerun-if-changed=../../migrations/postgres");
}
