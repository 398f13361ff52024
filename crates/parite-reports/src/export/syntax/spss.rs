//! The SPSS syntax, kept to commands PSPP runs as well (no `ALTER TYPE`, no Python).

use std::io::Write;

use parite_i18n::Texts;

use super::text::{cut_bytes, one_line};
use super::{Line, SyntaxKind, comments, has_missing_codes, opening, section, variable_names};
use crate::ReportError;
use crate::export::{Codes, Dataset, Delimiter, VariableKind};

/// Width of a text column. SPSS needs one, and a longer cell is cut: Parité's longest free-text
/// answer is 2,000 characters, at most 4 bytes each in UTF-8; wider would cost every case more
/// memory for nothing.
const TEXT_BYTES: usize = 8000;

/// SPSS's limits on labels, in bytes (PSPP's are higher).
const VARIABLE_LABEL_BYTES: usize = 255;
const VALUE_LABEL_BYTES: usize = 120;

/// Bytes of a string literal per line, so that no line nears SPSS's 256-byte limit.
const CHUNK_BYTES: usize = 100;

/// The first number given to a missing code that is not a number (`dk` → -9), the next ones
/// going down, all below the column's lowest code.
const FIRST_MISSING: i64 = -9;

/// Writes the SPSS syntax that reads `dataset`'s file: `GET DATA` with every column's format,
/// numeric codes as numbers whose missing codes (`dk`) are recoded to negative numbers
/// declared in `MISSING VALUES`, other codes as strings, then the variable and value labels.
pub fn write_spss<W: Write>(
    mut out: W,
    dataset: &Dataset,
    texts: &Texts,
) -> Result<W, ReportError> {
    let names = variable_names(dataset);
    let script = SyntaxKind::Spss.file_name(dataset);
    let folder = format!("<{}>", texts.t("syntax-folder"));
    let run = [
        format!("CD {}.", string(&folder)),
        format!("INSERT FILE={}.", string(&script)),
        format!("pspp {script}"),
    ];
    let mut lines = opening(texts, dataset, SyntaxKind::Spss, &run);
    if has_missing_codes(dataset) {
        lines.push(Line::Text(texts.t("syntax-spss-missing")));
    }
    lines.push(Line::Text(texts.t("syntax-spss-lines")));
    let mut s = String::from("* Encoding: UTF-8.\n");
    comments(&lines, "*", ".", &mut s);

    let columns: Vec<Column> = dataset
        .variables
        .iter()
        .map(|variable| Column::of(&variable.kind))
        .collect();

    section(texts, "syntax-section-read", "*", ".", &mut s);
    let options = &dataset.options;
    s.push_str(if options.decimal_comma {
        "SET DECIMAL=COMMA.\n"
    } else {
        "SET DECIMAL=DOT.\n"
    });
    let delimiter = match options.delimiter {
        Delimiter::Comma => ",",
        Delimiter::Semicolon => ";",
    };
    s.push_str(&format!(
        "GET DATA\n  /TYPE=TXT\n  /FILE={}\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  \
         /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS='{delimiter}'\n  /QUALIFIER='\"'\n  \
         /VARIABLES=\n",
        string(&dataset.file)
    ));
    for (column, name) in columns.iter().zip(&names) {
        let (read_as, format) = match column {
            Column::Text => (name.clone(), format!("A{TEXT_BYTES}")),
            Column::Number => (name.clone(), "F12.2".to_owned()),
            Column::Numeric { width, recode, .. } if !recode.is_empty() => {
                (format!("@{name}"), format!("A{}", (*width).max(1)))
            }
            Column::Numeric { width, .. } => (name.clone(), format!("F{width}.0")),
            Column::Strings { width, .. } => (name.clone(), format!("A{}", (*width).max(1))),
        };
        s.push_str(&format!("    {read_as} {format}\n"));
    }
    s.push_str(".\n");

    // Numeric codes with a missing code that is not a number were read as text (as `@name`):
    // recoded here into the numeric variable, which the ADD FILES puts back in its place.
    let mut recoded = false;
    for (column, name) in columns.iter().zip(&names) {
        if let Column::Numeric { width, recode, .. } = column
            && !recode.is_empty()
        {
            if !recoded {
                section(texts, "syntax-section-codes", "*", ".", &mut s);
                recoded = true;
            }
            let pairs: Vec<String> = recode
                .iter()
                .map(|(code, number)| format!("({}={number})", string(code)))
                .collect();
            s.push_str(&format!("NUMERIC {name} (F{width}.0).\n"));
            s.push_str(&format!(
                "RECODE @{name} {} (CONVERT) INTO {name}.\n",
                pairs.join(" ")
            ));
        }
    }
    if recoded {
        s.push_str("ADD FILES /FILE=*\n  /KEEP=");
        s.push_str(&wrap_names(&names, "    "));
        s.push_str(".\n");
    }

    section(texts, "syntax-section-labels", "*", ".", &mut s);
    s.push_str("VARIABLE LABELS\n");
    for (i, (variable, name)) in dataset.variables.iter().zip(&names).enumerate() {
        let slash = if i == 0 { " " } else { "/" };
        let label = cut_bytes(&one_line(&variable.label), VARIABLE_LABEL_BYTES);
        s.push_str(&format!(
            "  {slash}{name} {}\n",
            long_string(&label, "      ")
        ));
    }
    s.push_str(".\n");
    let labelled: Vec<(&Column, &String)> = columns
        .iter()
        .zip(&names)
        .filter(|(column, _)| column.codes().is_some_and(|c| !c.values.is_empty()))
        .collect();
    if !labelled.is_empty() {
        s.push_str("VALUE LABELS\n");
        for (i, (column, name)) in labelled.iter().enumerate() {
            let slash = if i == 0 { " " } else { "/" };
            s.push_str(&format!("  {slash}{name}\n"));
            for (value, label) in column.value_labels() {
                let label = cut_bytes(&one_line(&label), VALUE_LABEL_BYTES);
                s.push_str(&format!("    {value} {}\n", long_string(&label, "      ")));
            }
        }
        s.push_str(".\n");
    }
    for (column, name) in columns.iter().zip(&names) {
        if let Some(missing) = column.missing_values() {
            s.push_str(&format!("MISSING VALUES {name} ({missing}).\n"));
        }
        if matches!(column, Column::Numeric { .. }) {
            // Codes in order, not measurements: SPSS would take a number for a scale.
            s.push_str(&format!("VARIABLE LEVEL {name} (ORDINAL).\n"));
        }
    }
    for ((column, name), variable) in columns.iter().zip(&names).zip(&dataset.variables) {
        if let (Column::Strings { multiple: true, .. }, VariableKind::MultipleCodes(codes)) =
            (column, &variable.kind)
        {
            let mut lines = vec![Line::Text(texts.t1(
                "syntax-multiple",
                "name",
                name.as_str(),
            ))];
            lines.extend(
                codes
                    .values
                    .iter()
                    .map(|v| Line::Code(format!("{} = {}", v.code, one_line(&v.label)))),
            );
            comments(&lines, "*", ".", &mut s);
        }
    }
    s.push_str("EXECUTE.\n");
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(out)
}

/// How a column is read and labelled.
enum Column<'a> {
    Text,
    Number,
    /// Whole-number codes: `width` digits; `recode` gives each missing code that is not a
    /// number its negative number (the column is then read as text and recoded).
    Numeric {
        codes: &'a Codes,
        width: usize,
        recode: Vec<(&'a str, i64)>,
    },
    /// Codes kept as strings (`peer`), or several joined with `|`.
    Strings {
        codes: &'a Codes,
        width: usize,
        multiple: bool,
    },
}

impl<'a> Column<'a> {
    fn of(kind: &'a VariableKind) -> Column<'a> {
        match kind {
            VariableKind::Text => Column::Text,
            VariableKind::Number => Column::Number,
            VariableKind::Coded(codes) if codes.numeric() => {
                let valid: Vec<i64> = codes
                    .values
                    .iter()
                    .filter_map(|v| v.code.parse::<i64>().ok())
                    .collect();
                let lowest = valid.iter().copied().min().unwrap_or(0);
                let mut next = FIRST_MISSING.min(lowest - 1);
                let mut recode = Vec::new();
                for code in &codes.missing {
                    if code.parse::<i64>().is_err() {
                        recode.push((code.as_str(), next));
                        next -= 1;
                    }
                }
                let digits = valid
                    .iter()
                    .chain(recode.iter().map(|(_, n)| n))
                    .map(|n| n.to_string().len())
                    .max()
                    .unwrap_or(1);
                let text = codes.values.iter().map(|v| v.code.len()).max().unwrap_or(1);
                let width = if recode.is_empty() {
                    digits
                } else {
                    digits.max(text)
                };
                Column::Numeric {
                    codes,
                    width,
                    recode,
                }
            }
            VariableKind::Coded(codes) => Column::Strings {
                codes,
                width: codes.values.iter().map(|v| v.code.len()).max().unwrap_or(1),
                multiple: false,
            },
            VariableKind::MultipleCodes(codes) => Column::Strings {
                codes,
                width: codes.values.iter().map(|v| v.code.len() + 1).sum(),
                multiple: true,
            },
        }
    }

    /// The codes whose labels are value labels (not those of a multiple choice, whose cells
    /// join several).
    fn codes(&self) -> Option<&'a Codes> {
        match self {
            Column::Numeric { codes, .. } => Some(codes),
            Column::Strings {
                codes,
                multiple: false,
                ..
            } => Some(codes),
            _ => None,
        }
    }

    /// `(value as SPSS writes it, label)` of every code.
    fn value_labels(&self) -> Vec<(String, String)> {
        let Some(codes) = self.codes() else {
            return Vec::new();
        };
        codes
            .values
            .iter()
            .map(|v| {
                let value = match self {
                    Column::Numeric { recode, .. } => recode
                        .iter()
                        .find(|(code, _)| *code == v.code)
                        .map_or_else(|| v.code.clone(), |(_, n)| n.to_string()),
                    _ => string(&v.code),
                };
                (value, v.label.clone())
            })
            .collect()
    }

    /// The `MISSING VALUES` list, if any: at most three values, or a range below the codes.
    fn missing_values(&self) -> Option<String> {
        let codes = self.codes()?;
        if codes.missing.is_empty() {
            return None;
        }
        match self {
            Column::Numeric { recode, .. } => {
                let numbers: Vec<i64> = codes
                    .missing
                    .iter()
                    .map(|code| {
                        recode
                            .iter()
                            .find(|(c, _)| c == code)
                            .map_or_else(|| code.parse().unwrap_or(FIRST_MISSING), |(_, n)| *n)
                    })
                    .collect();
                if numbers.len() <= 3 || numbers.len() != recode.len() {
                    // SPSS takes three discrete values at most.
                    let three: Vec<String> = numbers.iter().take(3).map(i64::to_string).collect();
                    Some(three.join(", "))
                } else {
                    let highest = numbers.iter().max().copied().unwrap_or(FIRST_MISSING);
                    Some(format!("LOWEST THRU {highest}"))
                }
            }
            _ => {
                let three: Vec<String> = codes.missing.iter().take(3).map(|c| string(c)).collect();
                Some(three.join(", "))
            }
        }
    }
}

/// Names wrapped on indented lines for a long command.
fn wrap_names(names: &[String], indent: &str) -> String {
    let mut text = String::new();
    let mut line = 0;
    for name in names {
        if line > 0 && line + name.len() > 72 {
            text.push('\n');
            text.push_str(indent);
            line = 0;
        } else if line > 0 {
            text.push(' ');
        }
        text.push_str(name);
        line += name.len() + 1;
    }
    text
}

/// An SPSS string literal: in apostrophes, each apostrophe doubled (’ and `"` are plain
/// characters there).
pub(super) fn string(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A string literal split into pieces of at most [`CHUNK_BYTES`] joined with `+`, the `+`
/// ending a line: at the start of one, SPSS's batch mode would read it as a new command.
fn long_string(text: &str, indent: &str) -> String {
    let mut pieces = Vec::new();
    let mut rest = text;
    while rest.len() > CHUNK_BYTES {
        let end = (1..=CHUNK_BYTES)
            .rev()
            .find(|i| rest.is_char_boundary(*i))
            .unwrap_or(rest.len());
        pieces.push(string(&rest[..end]));
        rest = &rest[end..];
    }
    pieces.push(string(rest));
    pieces.join(&format!(" +\n{indent}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spss_strings_double_apostrophes_and_split_long_labels() {
        assert_eq!(
            string("L'équipe « dit » \"oui\"; l’air"),
            "'L''équipe « dit » \"oui\"; l’air'"
        );
        let long = "é".repeat(80);
        let split = long_string(&long, "  ");
        assert_eq!(split.matches(" +\n  ").count(), 1);
        assert!(split.lines().all(|line| line.len() < 110));
    }
}
