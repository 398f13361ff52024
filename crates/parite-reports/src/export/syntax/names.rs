//! Variable names that R, SPSS and Stata all accept, one per column, shared by the three
//! writers so that a column has the same name in every tool.

use std::collections::HashSet;

use crate::export::Dataset;

/// Stata's limit, the strictest of the three (SPSS allows 64 bytes, R has none).
pub(crate) const MOST_NAME_BYTES: usize = 32;

/// SPSS's reserved keywords, which no variable may be called (SPSS ignores case).
const SPSS_RESERVED: [&str; 13] = [
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
];

/// Stata's reserved names (besides `str1`…`str2045`, tested apart).
const STATA_RESERVED: [&str; 20] = [
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n",
    "_N", "_pi", "_pred", "_rc", "_skip", "strL", "using", "with",
];

/// One valid name per variable of `dataset`, in order: its code where that is valid in all three
/// tools (every shipped instrument's codes are), else the code with each other character turned
/// into `_`, a `v_` in front of one not starting with a letter, cut to 32 bytes and given `_`
/// after a reserved word; a name already taken (ignoring case, as SPSS does) gets `_2`, `_3`….
pub fn variable_names(dataset: &Dataset) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut names = Vec::with_capacity(dataset.variables.len());
    for variable in &dataset.variables {
        let base = valid(&variable.name);
        let mut name = base.clone();
        let mut n = 2;
        while !taken.insert(name.to_ascii_lowercase()) {
            let suffix = format!("_{n}");
            name = format!("{}{suffix}", cut(&base, MOST_NAME_BYTES - suffix.len()));
            n += 1;
        }
        names.push(name);
    }
    names
}

fn valid(code: &str) -> String {
    let mut name: String = code
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert_str(0, "v_");
    }
    let mut name = cut(&name, MOST_NAME_BYTES).to_owned();
    if is_reserved(&name) {
        name = format!("{}_", cut(&name, MOST_NAME_BYTES - 1));
    }
    name
}

/// The first `bytes` bytes of an ASCII name.
fn cut(name: &str, bytes: usize) -> &str {
    name.get(..bytes.min(name.len())).unwrap_or(name)
}

fn is_reserved(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let stata_string_type = name.strip_prefix("str").is_some_and(|rest| {
        rest == "L" || (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    });
    SPSS_RESERVED.contains(&lower.as_str())
        || STATA_RESERVED.contains(&name)
        || stata_string_type
        // R's own words cannot be names after `$`; the R script uses `[[` but a user will not.
        || matches!(
            name,
            "if" | "else" | "repeat" | "while" | "function" | "for" | "next" | "break" | "TRUE"
                | "FALSE" | "NULL" | "Inf" | "NaN" | "NA"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{CsvOptions, Variable, VariableKind};
    use parite_i18n::Locale;

    fn names(codes: &[&str]) -> Vec<String> {
        let variables = codes
            .iter()
            .map(|code| Variable::new(*code, "", VariableKind::Text))
            .collect();
        let options = CsvOptions::for_locale(&Locale::en_ca());
        variable_names(&Dataset::new("x.csv", options, variables))
    }

    #[test]
    fn valid_codes_are_kept_and_others_made_valid_in_all_three_tools() {
        let long = "a_very_long_item_code_of_forty_two_bytes_x";
        assert_eq!(
            names(&[
                "b_lead_1", "3d-view", "to", "str12", "strL", long, "B_LEAD_1", "if"
            ]),
            [
                "b_lead_1",
                "v_3d_view",
                "to_",
                "str12_",
                "strL_",
                "a_very_long_item_code_of_forty_t",
                "B_LEAD_1_2",
                "if_",
            ]
        );
        let cut = names(&[long, long]);
        assert_eq!(cut[1], "a_very_long_item_code_of_forty_2");
        assert!(cut.iter().all(|n| n.len() <= MOST_NAME_BYTES));
    }
}
