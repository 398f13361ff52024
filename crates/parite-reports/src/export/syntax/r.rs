//! The R script: base R only, so that it runs wherever R does.

use std::io::Write;

use parite_i18n::Texts;

use super::{Line, SyntaxKind, comments, has_missing_codes, opening, section, variable_names};
use crate::ReportError;
use crate::export::{Codes, Dataset, VariableKind};

/// Writes the R script that reads `dataset`'s file into three data frames: `parite` (coded
/// columns as factors with their labels, in code order, missing codes such as `dk` as `NA` and
/// named in `attr(, "missing")`), `parite_num` (the same with numeric codes as numbers) and
/// `parite_raw` (every cell as read). Each column carries its label in `attr(, "label")`.
pub fn write_r<W: Write>(mut out: W, dataset: &Dataset, texts: &Texts) -> Result<W, ReportError> {
    let names = variable_names(dataset);
    let script = SyntaxKind::R.file_name(dataset);
    let folder = format!("<{}>", texts.t("syntax-folder"));
    let run = [
        format!("setwd({})", string(&folder)),
        format!("source({}, encoding = \"UTF-8\")", string(&script)),
        format!("Rscript {script}"),
    ];
    let mut lines = opening(texts, dataset, SyntaxKind::R, &run);
    lines.push(Line::Text(texts.t("syntax-r-result")));
    if has_missing_codes(dataset) {
        lines.push(Line::Text(texts.t("syntax-r-missing")));
    }
    let mut s = String::new();
    comments(&lines, "#", "", &mut s);

    section(texts, "syntax-section-read", "#", "", &mut s);
    let options = &dataset.options;
    let delimiter = char::from(options.delimiter.byte()).to_string();
    let decimal = if options.decimal_comma { "," } else { "." };
    s.push_str(&format!("parite_file <- {}\n", string(&dataset.file)));
    s.push_str("parite_raw <- utils::read.csv(\n  parite_file,\n");
    s.push_str(&format!("  sep = {},\n", string(&delimiter)));
    s.push_str(&format!("  dec = {},\n", string(decimal)));
    // UTF-8-BOM reads a file with or without the mark; every column as text, so that codes
    // such as `dk` and leading zeros survive until each column is converted below.
    s.push_str(
        "  quote = \"\\\"\",\n  fileEncoding = \"UTF-8-BOM\",\n  na.strings = \"\",\n  \
         colClasses = \"character\",\n  check.names = FALSE,\n  comment.char = \"\"\n)\n",
    );
    let columns = names.len();
    let wrong = texts.t2(
        "syntax-wrong-columns",
        ("file", dataset.file.as_str()),
        ("columns", columns.to_string()),
    );
    s.push_str(&format!(
        "if (ncol(parite_raw) != {columns}L) {{\n  stop({}, call. = FALSE)\n}}\n",
        string(&wrong)
    ));
    s.push_str("names(parite_raw) <- ");
    s.push_str(&vector(&names, "  "));
    s.push('\n');

    helpers(texts, options.decimal_comma, &mut s);

    section(texts, "syntax-section-codes", "#", "", &mut s);
    s.push_str("parite <- parite_raw\n");
    let mut numeric = Vec::new();
    for (variable, name) in dataset.variables.iter().zip(&names) {
        let column = format!("parite_raw[[{}]]", string(name));
        let label = string(&variable.label);
        let call = match &variable.kind {
            VariableKind::Text => format!("parite_text({column}, {label})"),
            VariableKind::Number => format!("parite_number({column}, {label})"),
            VariableKind::Coded(codes) => {
                if codes.numeric() {
                    numeric.push(name.clone());
                }
                let mut call = format!(
                    "parite_factor(\n  {column},\n  {},\n  {label},\n  codes = {},\n  labels = {}",
                    string(name),
                    vector(&code_list(codes), "    "),
                    vector(&label_list(codes), "    "),
                );
                if !codes.missing.is_empty() {
                    call.push_str(&format!(
                        ",\n  missing = {}",
                        vector(&codes.missing, "    ")
                    ));
                }
                call.push_str("\n)");
                call
            }
            VariableKind::MultipleCodes(codes) => format!(
                "parite_multiple(\n  {column},\n  {label},\n  codes = {},\n  labels = {}\n)",
                vector(&code_list(codes), "    "),
                vector(&label_list(codes), "    "),
            ),
        };
        s.push_str(&format!("parite[[{}]] <- {call}\n", string(name)));
    }
    s.push_str("parite_num <- parite\n");
    if !numeric.is_empty() {
        s.push_str("for (parite_name in ");
        s.push_str(&vector(&numeric, "  "));
        s.push_str(
            ") {\n  parite_num[[parite_name]] <- \
             parite_numbers(parite_raw[[parite_name]], parite[[parite_name]])\n}\n\
             rm(parite_name)\n",
        );
    }
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(out)
}

/// The functions the conversions call, defined once at the top.
fn helpers(texts: &Texts, decimal_comma: bool, s: &mut String) {
    // The warning's text with R's sprintf slots where the name and the codes go.
    let unknown = texts
        .t2(
            "syntax-unknown-codes",
            ("name", "\u{1}"),
            ("codes", "\u{2}"),
        )
        .replace('%', "%%")
        .replace('\u{1}', "%1$s")
        .replace('\u{2}', "%2$s");
    let number = if decimal_comma {
        "as.numeric(chartr(\",\", \".\", x))"
    } else {
        "as.numeric(x)"
    };
    s.push_str(&format!(
        r#"parite_unknown <- {unknown}
parite_text <- function(x, label) {{
  attr(x, "label") <- label
  x
}}
parite_number <- function(x, label) {{
  y <- {number}
  attr(y, "label") <- label
  y
}}
parite_factor <- function(x, name, label, codes, labels, missing = character()) {{
  unknown <- setdiff(unique(x[!is.na(x)]), c(codes, missing))
  if (length(unknown) > 0) {{
    warning(sprintf(parite_unknown, name, paste(unknown, collapse = ", ")), call. = FALSE)
  }}
  kept <- !(codes %in% missing)
  y <- factor(x, levels = codes[kept], labels = labels[kept])
  attr(y, "label") <- label
  attr(y, "codes") <- codes[kept]
  if (any(!kept)) {{
    attr(y, "missing") <- stats::setNames(labels[!kept], codes[!kept])
  }}
  y
}}
parite_multiple <- function(x, label, codes, labels) {{
  attr(x, "label") <- label
  attr(x, "labels") <- stats::setNames(labels, codes)
  x
}}
parite_numbers <- function(x, coded) {{
  y <- rep(NA_real_, length(x))
  y[!is.na(coded)] <- as.numeric(x[!is.na(coded)])
  attr(y, "label") <- attr(coded, "label")
  attr(y, "labels") <- stats::setNames(as.numeric(attr(coded, "codes")), levels(coded))
  attr(y, "missing") <- attr(coded, "missing")
  y
}}
"#,
        unknown = string(&unknown),
    ));
}

fn code_list(codes: &Codes) -> Vec<String> {
    codes.values.iter().map(|v| v.code.clone()).collect()
}

fn label_list(codes: &Codes) -> Vec<String> {
    codes.values.iter().map(|v| v.label.clone()).collect()
}

/// `c("a", "b")` on one line when short, else packed on indented lines.
fn vector(items: &[String], indent: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|item| string(item)).collect();
    let one_line = format!("c({})", quoted.join(", "));
    if one_line.chars().count() <= 80 {
        return one_line;
    }
    let mut text = String::from("c(");
    let mut width = 0;
    for (i, item) in quoted.iter().enumerate() {
        let length = item.chars().count();
        if i == 0 || width + length + 2 > 88 {
            text.push('\n');
            text.push_str(indent);
            width = indent.len();
        } else {
            text.push(' ');
            width += 1;
        }
        text.push_str(item);
        width += length;
        if i + 1 < quoted.len() {
            text.push(',');
            width += 1;
        }
    }
    text.push('\n');
    text.push_str(indent.get(2..).unwrap_or(""));
    text.push(')');
    text
}

/// An R string literal: `"` and `\` escaped, line breaks and other control characters as
/// escapes, everything else (accents, ’ and ') as it is, the script being UTF-8.
pub(super) fn string(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            // R strings cannot hold NUL at all.
            '\0' => {}
            c if c.is_control() => literal.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_strings_escape_quotes_backslashes_and_line_breaks() {
        assert_eq!(
            string("L’équipe \"dit\" 'oui'; a\\b\nc\u{7}"),
            r#""L’équipe \"dit\" 'oui'; a\\b\nc\u{0007}""#
        );
    }
}
