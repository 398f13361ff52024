//! A syntax-level view of a locales folder, for `parite check`: which messages each file
//! defines, on which line, and where Fluent's parser gave up.
//!
//! Unlike [`Localizer`](crate::Localizer), this never fails on a broken file: it reports.

use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;

use crate::I18nError;

/// Every locale folder of a locales directory, sorted by locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub locales: Vec<LocaleCatalog>,
}

/// One `<locale>/` folder: its name as written on disk and its `.ftl` files, sorted by path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCatalog {
    pub locale: String,
    pub files: Vec<FtlFile>,
}

/// One `.ftl` file: the messages and terms it defines, in file order, and its syntax errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlFile {
    pub path: PathBuf,
    pub messages: Vec<MessageEntry>,
    /// Terms (`-brand = …`), with their leading `-` in `id`.
    pub terms: Vec<MessageEntry>,
    pub syntax_errors: Vec<SyntaxProblem>,
}

/// A message (or term) definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageEntry {
    pub id: String,
    /// 1-based line of the id.
    pub line: usize,
    /// Attribute names, without the leading `.`.
    pub attributes: Vec<String>,
}

/// Where and why the parser rejected part of a file (the entry there is dropped by Fluent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    /// 1-based line where the parser stopped understanding the entry.
    pub line: usize,
    pub message: String,
}

/// Scans every `<dir>/<locale>/*.ftl`. Hidden entries (`.git`) and files outside a locale
/// folder are skipped; only an unreadable folder or file is an error.
pub fn scan_dir(dir: &Path) -> Result<Catalog, I18nError> {
    Ok(scan_sources(&read_tree(dir)?))
}

/// Scans files already in memory: `(locale, path, contents)`, as [`scan_dir`] would.
pub fn scan_sources(sources: &[(String, PathBuf, String)]) -> Catalog {
    let mut locales: Vec<LocaleCatalog> = Vec::new();
    for (locale, path, contents) in sources {
        let file = scan_file(path.clone(), contents);
        match locales.iter_mut().find(|entry| entry.locale == *locale) {
            Some(entry) => entry.files.push(file),
            None => locales.push(LocaleCatalog {
                locale: locale.clone(),
                files: vec![file],
            }),
        }
    }
    locales.sort_by(|a, b| a.locale.cmp(&b.locale));
    for locale in &mut locales {
        locale.files.sort_by(|a, b| a.path.cmp(&b.path));
    }
    Catalog { locales }
}

/// The locale files compiled into this binary, as `(locale, path, contents)` for
/// [`scan_sources`]; paths read `locales/<locale>/<file>.ftl`.
pub fn embedded_sources() -> Vec<(String, PathBuf, String)> {
    crate::embedded::FILES
        .iter()
        .map(|(locale, path, text)| {
            (
                (*locale).to_owned(),
                PathBuf::from(path),
                (*text).to_owned(),
            )
        })
        .collect()
}

/// Parses one file's text.
pub fn scan_file(path: PathBuf, contents: &str) -> FtlFile {
    let (resource, errors) = match fluent_syntax::parser::parse(contents) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let entry = |id: &ast::Identifier<&str>, attributes: &[ast::Attribute<&str>], prefix: &str| {
        MessageEntry {
            id: format!("{prefix}{}", id.name),
            line: line_of(contents, offset_of(contents, id.name)),
            attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
        }
    };
    let mut messages = Vec::new();
    let mut terms = Vec::new();
    for item in &resource.body {
        match item {
            ast::Entry::Message(message) => {
                messages.push(entry(&message.id, &message.attributes, ""))
            }
            ast::Entry::Term(term) => terms.push(entry(&term.id, &term.attributes, "-")),
            _ => {}
        }
    }
    let syntax_errors = errors
        .iter()
        .map(|error| SyntaxProblem {
            line: error_line(contents, error),
            message: describe_error(&error.kind),
        })
        .collect();
    FtlFile {
        path,
        messages,
        terms,
        syntax_errors,
    }
}

/// Every `(locale, path, contents)` under `dir`, in a stable order: what [`scan_sources`] and
/// [`Localizer::from_sources`](crate::Localizer::from_sources) take, read once so both see the
/// same bytes.
pub fn read_tree(dir: &Path) -> Result<Vec<(String, PathBuf, String)>, I18nError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| I18nError::Io { path, source }
    };
    let mut sources = Vec::new();
    for locale_dir in sorted_entries(dir).map_err(io(dir))? {
        let Some(locale) = visible_name(&locale_dir) else {
            continue;
        };
        if !locale_dir.is_dir() {
            continue;
        }
        for file in sorted_entries(&locale_dir).map_err(io(&locale_dir))? {
            let is_ftl = file.extension().is_some_and(|ext| ext == "ftl");
            if is_ftl && visible_name(&file).is_some() && file.is_file() {
                let contents = fs::read_to_string(&file).map_err(io(&file))?;
                sources.push((locale.clone(), file, contents));
            }
        }
    }
    Ok(sources)
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    paths.sort();
    Ok(paths)
}

fn visible_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    (!name.starts_with('.')).then(|| name.to_owned())
}

/// Byte offset of `part` in `whole`; the parser hands out slices of its input, so the
/// pointers tell where an id sits without the AST carrying spans.
pub(crate) fn offset_of(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

/// The line a person should look at for a parser error. The parser reports where it gave up,
/// which for an unclosed `{ $name` is the next entry's line; stepping back over whitespace
/// (without leaving the broken entry) lands on the line that needs fixing.
pub(crate) fn error_line(text: &str, error: &fluent_syntax::parser::ParserError) -> usize {
    let entry_start = error.slice.as_ref().map_or(0, |slice| slice.start);
    let mut offset = error.pos.start.min(text.len());
    while offset > entry_start && text.as_bytes()[offset - 1].is_ascii_whitespace() {
        offset -= 1;
    }
    line_of(text, offset)
}

/// The parser's message, made readable where it would print raw line breaks.
pub(crate) fn describe_error(kind: &ErrorKind) -> String {
    match kind {
        // Raised, for instance, by a select expression written on one line.
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => {
            "Expected a line break (each select variant goes on its own line)".to_owned()
        }
        ErrorKind::ExpectedToken('\n') => "Expected a line break".to_owned(),
        other => other.to_string().replace('\r', "\\r").replace('\n', "\\n"),
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
