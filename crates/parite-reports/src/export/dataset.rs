//! What an export file holds, described for the programs that read it: each column's name,
//! label and kind, and for coded columns every code with its label and the codes that mean "no
//! answer" (such as `dk`, "don't know"). The codebooks (CSV and HTML) and the R, SPSS and Stata
//! syntax files written beside an export are all made from one [`Dataset`], so they cannot
//! disagree with each other or with the file.

use super::CsvOptions;

/// One export file, described.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The export's file name as downloaded or written (`responses-wide.csv`): the syntax files
    /// beside it read it by this name.
    pub file: String,
    /// How the file is written: delimiter, decimal mark, byte order mark, header style. The
    /// header row is always there; syntax files name the columns by position, whatever it says.
    pub options: CsvOptions,
    /// The columns, in file order.
    pub variables: Vec<Variable>,
}

impl Dataset {
    pub fn new(file: impl Into<String>, options: CsvOptions, variables: Vec<Variable>) -> Dataset {
        Dataset {
            file: file.into(),
            options,
            variables,
        }
    }
}

/// One column of an export.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    /// The column's stable code (`response_id`, `b_lead_1`), the same as its header in the
    /// codes style. Usually a valid name in R, SPSS and Stata already (ASCII letters, digits
    /// and `_`, starting with a letter; at most 32 characters); the syntax files make it one
    /// where it is not (`syntax::variable_names`).
    pub name: String,
    /// What the column holds, in the reader's language (the question's text for an item).
    pub label: String,
    pub kind: VariableKind,
}

impl Variable {
    pub fn new(name: impl Into<String>, label: impl Into<String>, kind: VariableKind) -> Variable {
        Variable {
            name: name.into(),
            label: label.into(),
            kind,
        }
    }
}

/// What a column's cells are.
#[derive(Debug, Clone, PartialEq)]
pub enum VariableKind {
    /// Free text, an identifier or a date written as text.
    Text,
    /// A number written by the export's formatter (decimal comma in French files).
    Number,
    /// One code per cell, from a fixed list: a scale point, a choice, a rating.
    Coded(Codes),
    /// Several codes of one list in a cell, joined with `|` (a multiple choice).
    MultipleCodes(Codes),
}

/// The codes a coded column may hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Codes {
    /// Every code with its label, in the instrument's order.
    pub values: Vec<ValueLabel>,
    /// Codes that are answers but carry no value (`dk`): declared missing by the syntax files,
    /// kept in the file.
    pub missing: Vec<String>,
}

impl Codes {
    /// Whether every code is a whole number (`1`–`5`, `0`/`1`/`2`), so that the column can be
    /// read as numbers with value labels rather than as text (`dk` and other missing codes
    /// aside).
    pub fn numeric(&self) -> bool {
        self.values
            .iter()
            .filter(|v| !self.missing.contains(&v.code))
            .all(|v| v.code.parse::<i64>().is_ok())
    }
}

/// A code and its label in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueLabel {
    pub code: String,
    pub label: String,
}

impl Variable {
    /// A column of an export as the dataset describes it: its code, its label in the reader's
    /// language, and what it holds. Writers build their header and their dataset from the same
    /// columns, so the two cannot drift apart.
    pub(crate) fn of(
        column: &super::Column,
        texts: &parite_i18n::Texts,
        kind: VariableKind,
    ) -> Variable {
        Variable {
            name: column.code.to_owned(),
            label: texts.t(column.label),
            kind,
        }
    }
}

impl Codes {
    /// Codes labelled by Fluent messages, none missing.
    pub(crate) fn labelled(texts: &parite_i18n::Texts, values: &[(&str, &str)]) -> Codes {
        Codes {
            values: values
                .iter()
                .map(|(code, message)| ValueLabel {
                    code: (*code).to_owned(),
                    label: texts.t(message),
                })
                .collect(),
            missing: Vec::new(),
        }
    }
}

impl ValueLabel {
    pub fn new(code: impl Into<String>, label: impl Into<String>) -> ValueLabel {
        ValueLabel {
            code: code.into(),
            label: label.into(),
        }
    }
}
