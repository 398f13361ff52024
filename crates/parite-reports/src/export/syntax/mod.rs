//! Syntax files that read an export into R, SPSS or Stata with its variable and value labels,
//! made from the export's [`Dataset`] alone: any export described by one gets all three.
//!
//! Each script names the columns by their position (so the header style does not matter),
//! reads every column as text first, then turns numbers and codes into what the tool calls
//! them, with the codes that carry no value (`dk`) declared missing. Its comments and messages
//! are in the reader's language. A script is small (a few lines per column), so it is built in
//! memory and written at once.

mod names;
mod r;
mod spss;
mod stata;
mod text;

use std::io::Write;

use parite_i18n::Texts;

pub use names::variable_names;
pub use r::write_r;
pub use spss::write_spss;
pub use stata::write_stata;

use super::{Dataset, Delimiter, VariableKind};
use crate::ReportError;

/// The tools a syntax file is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxKind {
    /// An R script (`.R`), base R only.
    R,
    /// SPSS syntax (`.sps`), which PSPP runs too.
    Spss,
    /// A Stata do-file (`.do`), Stata 14 or later.
    Stata,
}

impl SyntaxKind {
    /// Every kind, in the order pages offer them.
    pub const ALL: [SyntaxKind; 3] = [SyntaxKind::R, SyntaxKind::Spss, SyntaxKind::Stata];

    /// The file extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            SyntaxKind::R => "R",
            SyntaxKind::Spss => "sps",
            SyntaxKind::Stata => "do",
        }
    }

    /// The kind whose extension this is.
    pub fn from_extension(extension: &str) -> Option<SyntaxKind> {
        SyntaxKind::ALL
            .into_iter()
            .find(|kind| kind.extension() == extension)
    }

    /// The tool's name, the same in every language.
    pub fn tool(self) -> &'static str {
        match self {
            SyntaxKind::R => "R",
            SyntaxKind::Spss => "SPSS",
            SyntaxKind::Stata => "Stata",
        }
    }

    /// The script's file name beside the export: `responses-wide.csv` gives
    /// `responses-wide.R`.
    pub fn file_name(self, dataset: &Dataset) -> String {
        let stem = dataset
            .file
            .rsplit_once('.')
            .map_or(dataset.file.as_str(), |(stem, _)| stem);
        format!("{stem}.{}", self.extension())
    }
}

/// Writes the `kind` script that reads `dataset`'s file, in `texts`' language.
pub fn write_syntax<W: Write>(
    kind: SyntaxKind,
    dataset: &Dataset,
    texts: &Texts,
    out: W,
) -> Result<W, ReportError> {
    match kind {
        SyntaxKind::R => write_r(out, dataset, texts),
        SyntaxKind::Spss => write_spss(out, dataset, texts),
        SyntaxKind::Stata => write_stata(out, dataset, texts),
    }
}

/// A line of a script's opening comment.
enum Line {
    /// Text in the reader's language, wrapped to the comment's width.
    Text(String),
    /// A command to type, never wrapped or translated.
    Code(String),
    Blank,
}

/// What every script says first: what it reads, how to run it (`run` are the commands), how
/// the file is laid out. Each writer adds its own lines and turns them into comments.
fn opening(texts: &Texts, dataset: &Dataset, kind: SyntaxKind, run: &[String]) -> Vec<Line> {
    let file = dataset.file.as_str();
    let mut lines = vec![
        Line::Text(texts.t2("syntax-intro", ("file", file), ("tool", kind.tool()))),
        Line::Blank,
        Line::Text(texts.t1("syntax-run", "file", file)),
    ];
    lines.extend(run.iter().map(|command| Line::Code(command.clone())));
    lines.push(Line::Blank);
    let delimiter = match dataset.options.delimiter {
        Delimiter::Comma => ",",
        Delimiter::Semicolon => ";",
    };
    let decimal = if dataset.options.decimal_comma {
        ","
    } else {
        "."
    };
    lines.push(Line::Text(texts.with_args(
        "syntax-layout",
        vec![
            ("file", file.into()),
            ("columns", dataset.variables.len().to_string().into()),
            ("delimiter", delimiter.into()),
            ("decimal", decimal.into()),
        ],
    )));
    lines
}

/// Whether any column has codes that carry no value.
fn has_missing_codes(dataset: &Dataset) -> bool {
    dataset.variables.iter().any(|v| match &v.kind {
        VariableKind::Coded(codes) | VariableKind::MultipleCodes(codes) => {
            !codes.missing.is_empty()
        }
        _ => false,
    })
}

/// The opening lines as comments, `prefix` before each. `end` is written after the last line
/// if it does not end so already: SPSS runs a comment on until a line ends with a period, and
/// since every line starts with the prefix, only the last one needs it.
fn comments(lines: &[Line], prefix: &str, end: &str, out: &mut String) {
    let mut block = Vec::new();
    for line in lines {
        match line {
            Line::Text(text) => {
                for wrapped in text::wrap(&text::commentable(text), 92) {
                    block.push(format!("{prefix} {wrapped}"));
                }
            }
            Line::Code(code) => block.push(format!("{prefix}     {code}")),
            Line::Blank => block.push(prefix.to_owned()),
        }
    }
    if let Some(last) = block.last_mut()
        && !last.ends_with(end)
    {
        last.push_str(end);
    }
    for line in block {
        out.push_str(&line);
        out.push('\n');
    }
}

/// A comment heading a part of a script.
fn section(texts: &Texts, id: &str, prefix: &str, end: &str, out: &mut String) {
    out.push('\n');
    comments(&[Line::Text(texts.t(id))], prefix, end, out);
}
