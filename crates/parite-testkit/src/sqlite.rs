use std::path::{Path, PathBuf};

/// An SQLite database file (`parite.db`, not created yet) in a temporary folder of its own,
/// removed with this value.
pub struct TempSqlite {
    dir: tempfile::TempDir,
    url: String,
}

impl TempSqlite {
    pub fn create() -> TempSqlite {
        let dir = tempfile::tempdir().expect("a temporary folder for the SQLite database");
        let url = format!("sqlite://{}", dir.path().join("parite.db").display());
        TempSqlite { dir, url }
    }

    /// `sqlite://<folder>/parite.db`, for `Store::connect` or `--database`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database file itself.
    pub fn file(&self) -> PathBuf {
        self.dir.path().join("parite.db")
    }

    /// The folder, for whatever else the test writes (backups, exports).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Keeps the folder alive without the rest (for a value that only needs to own it).
    pub fn into_dir(self) -> tempfile::TempDir {
        self.dir
    }
}

#[cfg(test)]
mod tests {
    use super::TempSqlite;

    #[test]
    fn the_url_names_the_file_and_the_folder_goes_with_the_value() {
        let sqlite = TempSqlite::create();
        assert_eq!(
            sqlite.url(),
            format!("sqlite://{}", sqlite.file().display())
        );
        assert!(sqlite.file().starts_with(sqlite.dir()));
        let dir = sqlite.dir().to_owned();
        assert!(dir.is_dir());
        drop(sqlite);
        assert!(!dir.exists(), "the folder outlived its database");
    }
}
