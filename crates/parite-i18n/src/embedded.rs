//! The workspace's locale files, compiled in by build.rs: `(locale, path, contents)`.

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
