//! The French side of `parite check`: the space before `:`, `;`, `?` and `!` in every French
//! locale's text, and a warning for each median-point doublet (see `parite_i18n::typography`).

use std::path::Path;

use parite_i18n::typography::{Before, french_spacing, median_point_forms};

use super::{Finding, LocaleSources};
use crate::cli::{ArgValue, CliText};

/// Whether a locale folder holds French (`fr-CA`, `fr`, `fr-FR`…).
fn is_french(locale: &str) -> bool {
    locale == "fr" || locale.starts_with("fr-") || locale.starts_with("fr_")
}

/// Spacing problems go to `findings` (they fail the check); median-point forms to `warnings`
/// (the first edition of the instruments still has some, kept with the answers given to them).
pub fn check(
    sources: &LocaleSources,
    text: &CliText,
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<Finding>,
) {
    for (locale, path, contents) in sources {
        if is_french(locale) {
            check_file(path, contents, text, findings, warnings);
        }
    }
}

fn check_file(
    path: &Path,
    contents: &str,
    text: &CliText,
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<Finding>,
) {
    for problem in french_spacing(contents) {
        let found = match problem.found {
            Before::Nothing => "none".to_owned(),
            Before::PlainSpace => "plain".to_owned(),
            Before::OtherSpace(c) => format!("U+{:04X}", u32::from(c)),
        };
        let needed = if problem.needed == '\u{a0}' {
            "nbsp"
        } else {
            "narrow"
        };
        let args = [
            ("mark", ArgValue::from(problem.mark.to_string())),
            ("found", ArgValue::from(found)),
            ("needed", ArgValue::from(needed)),
        ];
        findings.push(Finding {
            file: path.to_path_buf(),
            line: problem.line,
            id: problem.id,
            text: text.get("check-french-space", &args),
        });
    }
    for found in median_point_forms(contents) {
        let args = [("form", ArgValue::from(found.form))];
        warnings.push(Finding {
            file: path.to_path_buf(),
            line: found.line,
            id: found.id,
            text: text.get("check-median-point", &args),
        });
    }
}
