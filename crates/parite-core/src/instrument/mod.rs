//! Instruments as data: the file format (`surveys/*.toml`), its validation and the typed model.

mod definitions;
mod file;
mod items;
mod model;
mod problem;
mod serialize;
mod validate;

pub use model::{
    Band, Choice, Group, Index, IndexKind, Instrument, InstrumentKind, Item, ItemKind, RoleGroup,
    Scale, ScalePoint, Scoring,
};
pub use problem::{ParseFailure, Problem, ProblemKind};

impl Instrument {
    /// Parses and validates an instrument file's text. Every problem found is returned, each with
    /// its 1-based line and the id it concerns, so one run of `parite check` shows them all.
    pub fn parse(source: &str) -> Result<Instrument, ParseFailure> {
        let parsed: file::InstrumentFile = match toml::from_str(source) {
            Ok(parsed) => parsed,
            Err(error) => {
                let line = error
                    .span()
                    .map_or(1, |span| problem::line_at(source, span.start));
                return Err(ParseFailure {
                    problems: vec![Problem {
                        line,
                        id: String::new(),
                        kind: ProblemKind::Syntax {
                            detail: error.message().trim().to_owned(),
                        },
                    }],
                });
            }
        };
        validate::validate(source, parsed)
    }

    /// The instrument in the file format; `Instrument::parse` reads it back unchanged.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(&serialize::to_file(self))
    }
}

#[cfg(test)]
mod tests;
