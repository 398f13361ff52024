//! The Stata do-file, for Stata 14 or later (`import delimited` with `encoding()`).

use std::io::Write;

use parite_i18n::Texts;

use super::text::{cut_chars, one_line};
use super::{Line, SyntaxKind, comments, has_missing_codes, opening, section, variable_names};
use crate::ReportError;
use crate::export::{Codes, Dataset, VariableKind};

/// Stata's limit on a variable label, in characters: a longer label is cut and kept whole in
/// the variable's notes.
const VARIABLE_LABEL_CHARS: usize = 80;

/// Writes the Stata do-file that reads `dataset`'s file: every column as text, renamed by
/// position, numbers `destring`ed (with `dpcomma` in French files), codes turned into
/// labelled numbers (a code that is not a number gets 1, 2… in the code list's order), missing
/// codes (`dk`) into extended missing values `.a`, `.b`… with their labels.
pub fn write_stata<W: Write>(
    mut out: W,
    dataset: &Dataset,
    texts: &Texts,
) -> Result<W, ReportError> {
    let names = variable_names(dataset);
    let script = SyntaxKind::Stata.file_name(dataset);
    let folder = format!("<{}>", texts.t("syntax-folder"));
    let run = [format!("cd \"{folder}\""), format!("do {script}")];
    let mut lines = opening(texts, dataset, SyntaxKind::Stata, &run);
    if has_missing_codes(dataset) {
        lines.push(Line::Text(texts.t("syntax-stata-missing")));
    }
    lines.push(Line::Text(texts.t("syntax-stata-labels")));
    let mut s = String::new();
    comments(&lines, "*", "", &mut s);

    section(texts, "syntax-section-read", "*", "", &mut s);
    let options = &dataset.options;
    let delimiter = char::from(options.delimiter.byte()).to_string();
    s.push_str("version 14\nclear\n");
    // Every column as text first, named v1, v2… by position; row 1, the header, is skipped.
    s.push_str(&format!(
        "import delimited using {}, ///\n    delimiters(\"{delimiter}\") encoding(\"utf-8\") \
         varnames(nonames) rowrange(2) ///\n    stringcols(_all) bindquotes(strict) clear\n",
        string(&dataset.file),
    ));
    let columns = names.len();
    let wrong = texts.t2(
        "syntax-wrong-columns",
        ("file", dataset.file.as_str()),
        ("columns", columns.to_string()),
    );
    s.push_str(&format!(
        "if c(k) != {columns} {{\n    display as error {}\n    exit 459\n}}\n",
        string(&wrong)
    ));
    for (i, name) in names.iter().enumerate() {
        s.push_str(&format!("rename v{} {name}\n", i + 1));
    }

    let numbers: Vec<&String> = dataset
        .variables
        .iter()
        .zip(&names)
        .filter(|(v, _)| v.kind == VariableKind::Number)
        .map(|(_, name)| name)
        .collect();
    if !numbers.is_empty() {
        section(texts, "syntax-section-numbers", "*", "", &mut s);
        let dpcomma = if options.decimal_comma {
            " dpcomma"
        } else {
            ""
        };
        for name in numbers {
            s.push_str(&format!("destring {name}, replace{dpcomma}\n"));
        }
    }

    let coded: Vec<(&String, &Codes)> = dataset
        .variables
        .iter()
        .zip(&names)
        .filter_map(|(v, name)| match &v.kind {
            VariableKind::Coded(codes) => Some((name, codes)),
            _ => None,
        })
        .collect();
    if !coded.is_empty() {
        section(texts, "syntax-section-codes", "*", "", &mut s);
        comments(
            &[Line::Text(texts.t("syntax-stata-check"))],
            "*",
            "",
            &mut s,
        );
        s.push_str("tempvar code\n");
        for (name, codes) in coded {
            coded_variable(name, codes, &mut s);
        }
        s.push_str("order ");
        let mut line = 6;
        for name in &names {
            if line + name.len() > 80 {
                s.push_str("///\n    ");
                line = 4;
            }
            s.push_str(name);
            s.push(' ');
            line += name.len() + 1;
        }
        s.push('\n');
    }

    section(texts, "syntax-section-labels", "*", "", &mut s);
    for (variable, name) in dataset.variables.iter().zip(&names) {
        let label = one_line(&variable.label);
        let cut = cut_chars(&label, VARIABLE_LABEL_CHARS);
        s.push_str(&format!("label variable {name} {}\n", string(&cut)));
        if cut != label {
            s.push_str(&format!("notes {name}: {}\n", escape(&label)));
        }
        if let VariableKind::MultipleCodes(codes) = &variable.kind {
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
            comments(&lines, "*", "", &mut s);
        }
    }
    s.push_str("compress\n");
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(out)
}

/// A coded column made a labelled number in place: built in the temporary variable, checked
/// (an unknown code stops the script), then put back under the column's name.
fn coded_variable(name: &str, codes: &Codes, s: &mut String) {
    let cell = |code: &str| format!("{name} == {}", string(code));
    // `.a`, `.b`…: Stata has 26 extended missing values.
    let missing: Vec<(&str, String)> = codes
        .missing
        .iter()
        .zip('a'..='z')
        .map(|(code, letter)| (code.as_str(), format!(".{letter}")))
        .collect();
    let numeric = codes.numeric();
    let mut values: Vec<(String, &str)> = Vec::new();
    s.push_str(&format!("* {name}\n"));
    if numeric {
        s.push_str(&format!("generate double `code' = real({name})\n"));
    } else {
        s.push_str("generate double `code' = .\n");
    }
    let mut next = 1;
    for value in &codes.values {
        if let Some((_, extended)) = missing.iter().find(|(code, _)| *code == value.code) {
            s.push_str(&format!(
                "replace `code' = {extended} if {}\n",
                cell(&value.code)
            ));
            values.push((extended.clone(), &value.label));
        } else if numeric {
            values.push((value.code.clone(), &value.label));
        } else {
            s.push_str(&format!(
                "replace `code' = {next} if {}\n",
                cell(&value.code)
            ));
            s.push_str(&format!("* {next} = {}\n", value.code));
            values.push((next.to_string(), &value.label));
            next += 1;
        }
    }
    s.push_str(&format!("assert `code' != . if {name} != \"\"\n"));
    s.push_str(&format!("drop {name}\nrename `code' {name}\n"));
    s.push_str(&format!("label define {name} ///\n"));
    for (value, label) in &values {
        s.push_str(&format!("    {value} {} ///\n", string(&one_line(label))));
    }
    s.push_str("    , replace\n");
    s.push_str(&format!("label values {name} {name}\n"));
}

/// Text with Stata's macro characters made literal: `$` escaped, `` ` `` (which `\` cannot
/// make literal inside compound quotes) replaced by ‘.
fn escape(text: &str) -> String {
    text.replace('`', "\u{2018}").replace('$', "\\$")
}

/// A Stata string in compound quotes, `` `"…"' ``, which may hold `"` and `'`; the one thing
/// they cannot hold, `"` followed by `'`, has its `"` written ” instead.
pub(super) fn string(text: &str) -> String {
    let escaped = escape(text).replace("\"'", "\u{201d}'");
    format!("`\"{escaped}\"'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stata_strings_use_compound_quotes_and_keep_macros_out() {
        assert_eq!(
            string("L’équipe \"dit\" 'oui'; $x `y'"),
            "`\"L’équipe \"dit\" 'oui'; \\$x ‘y'\"'"
        );
        assert_eq!(string("a \"b\"' c"), "`\"a \"b\u{201d}' c\"'");
    }
}
