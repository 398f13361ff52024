//! Identifiers parsed once where data enters (files, forms, URLs), so the rest of the code can
//! trust them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a string is not an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentError {
    #[error("is empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error(
        "{value:?} may only hold ASCII letters, digits, '_' and '-', starting with a letter or digit"
    )]
    BadCharacters { value: String },
}

const MAX_IDENT_LEN: usize = 64;

/// Checks the identifier rule shared by item ids, choice codes, scale, index and group ids.
pub fn check_identifier(value: &str) -> Result<(), IdentError> {
    let first = value.chars().next().ok_or(IdentError::Empty)?;
    if value.len() > MAX_IDENT_LEN {
        return Err(IdentError::TooLong { max: MAX_IDENT_LEN });
    }
    let body_ok = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !first.is_ascii_alphanumeric() || !body_ok {
        return Err(IdentError::BadCharacters {
            value: value.to_owned(),
        });
    }
    Ok(())
}

/// Fluent message ids: a letter, then letters, digits, `_` or `-` (Fluent's own rule).
pub fn check_message_id(value: &str) -> Result<(), IdentError> {
    let first = value.chars().next().ok_or(IdentError::Empty)?;
    let body_ok = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !first.is_ascii_alphabetic() || !body_ok {
        return Err(IdentError::BadCharacters {
            value: value.to_owned(),
        });
    }
    Ok(())
}

macro_rules! identifier {
    ($(#[$doc:meta])* $name:ident, $check:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses and checks an identifier.
            pub fn parse(value: &str) -> Result<Self, IdentError> {
                $check(value)?;
                Ok(Self(value.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdentError;
            fn try_from(value: String) -> Result<Self, IdentError> {
                $check(&value)?;
                Ok(Self(value))
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

identifier!(
    /// An instrument's id, e.g. `team-survey`.
    InstrumentId,
    check_identifier
);
identifier!(
    /// An item's stable code, e.g. `b_cult_1`: what answers are stored against.
    ItemId,
    check_identifier
);
identifier!(
    /// A choice's stable code, e.g. `peer` or `4`: what is stored, never the label.
    ChoiceCode,
    check_identifier
);
identifier!(
    /// A kind of support's stable code, e.g. `coaching` (`support/kinds.toml`).
    SupportKindId,
    check_identifier
);
identifier!(
    /// A topic's stable code within a kind of support, e.g. `peer-support-values`.
    TopicId,
    check_identifier
);
identifier!(
    /// The id of a Fluent message that holds a text in every locale.
    MessageId,
    check_message_id
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_accept_codes_and_reject_what_could_not_be_stored_safely() {
        for ok in ["b_cult_1", "peer", "4", "dk", "team-survey"] {
            assert!(ItemId::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "_x", "a b", "é", "x;drop", "-1"] {
            assert!(ItemId::parse(bad).is_err(), "{bad}");
        }
        assert!(ItemId::parse(&"a".repeat(65)).is_err());
        assert!(
            MessageId::parse("4-x").is_err(),
            "Fluent ids start with a letter"
        );
        assert!(MessageId::parse("team-survey-b-cult-1").is_ok());
    }
}
