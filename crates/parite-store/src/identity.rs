//! The one spelling of an email address and of an organization's name or slug, used before any
//! of them is compared or stored. `andré` typed on a Mac (`e` + combining accent) and on
//! Windows (`é`) look the same and must be the same account; Unicode NFC gives them one
//! spelling. Emails are also lower-cased (`Ana@…` is `ana@…`).
//!
//! Rows stored before these rules may clash: two accounts whose addresses become one.
//! [`Store::normalize_identities`] rewrites the rows that do not clash and names those that
//! do, for an administrator to settle.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::row::text;
use crate::{Store, StoreError};

/// An email address as compared and stored: trimmed, NFC, lower-cased.
pub fn email_key(email: &str) -> String {
    // Lower-casing can leave a string that is no longer NFC (rarely): normalize after it too.
    email
        .trim()
        .nfc()
        .collect::<String>()
        .to_lowercase()
        .nfc()
        .collect()
}

/// An organization's name or slug as compared and stored: trimmed, NFC.
pub fn display_name(name: &str) -> String {
    name.trim().nfc().collect()
}

/// Rows whose stored values differ but are one value once normalized: left as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    /// `email` (accounts), `organization name` or `organization slug`.
    pub what: &'static str,
    /// The normalized value they share.
    pub normalized: String,
    /// The rows, by id, with the value each stores.
    pub rows: Vec<(String, String)>,
}

/// What [`Store::normalize_identities`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityReport {
    /// How many rows were rewritten in their normalized spelling.
    pub normalized: usize,
    /// The groups of rows that would become equal, untouched.
    pub clashes: Vec<Clash>,
}

/// For `(id, stored value)` rows: the rewrites `(id, normalized)` of rows that can take their
/// normalized value alone, and the groups of rows that would share one. `unique` says whether
/// two rows may hold the same value at all; when they may (organization names), rows that
/// already store the same value are not a clash, only look-alikes that differ in bytes are.
pub fn plan(
    what: &'static str,
    rows: &[(String, String)],
    normalize: fn(&str) -> String,
    unique: bool,
) -> (Vec<(String, String)>, Vec<Clash>) {
    let mut groups: BTreeMap<String, Vec<&(String, String)>> = BTreeMap::new();
    for row in rows {
        groups.entry(normalize(&row.1)).or_default().push(row);
    }
    let mut rewrites = Vec::new();
    let mut clashes = Vec::new();
    for (normalized, members) in groups {
        let distinct = members
            .iter()
            .map(|(_, value)| value)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let clashing = if unique {
            members.len() > 1
        } else {
            distinct > 1
        };
        if clashing {
            clashes.push(Clash {
                what,
                normalized,
                rows: members.into_iter().cloned().collect(),
            });
        } else {
            rewrites.extend(
                members
                    .into_iter()
                    .filter(|(_, value)| *value != normalized)
                    .map(|(id, _)| (id.clone(), normalized.clone())),
            );
        }
    }
    (rewrites, clashes)
}

impl Store {
    /// Rewrites every stored email, organization name and slug in its normalized spelling,
    /// except rows that would then equal another one: those are returned, untouched. Run at
    /// every start (a handful of rows; nothing to do once normalized).
    pub async fn normalize_identities(&self) -> Result<IdentityReport, StoreError> {
        let read = |sql: &'static str, column: &'static str| async move {
            let rows = sqlx::query(sql).fetch_all(self.pool()).await?;
            rows.iter()
                .map(|r| Ok((text(r, "id")?, text(r, column)?)))
                .collect::<Result<Vec<(String, String)>, StoreError>>()
        };
        let emails = read("SELECT id, email FROM users ORDER BY id", "email").await?;
        let names = read("SELECT id, name FROM organizations ORDER BY id", "name").await?;
        let slugs = read("SELECT id, slug FROM organizations ORDER BY id", "slug").await?;
        let (email_rewrites, mut clashes) = plan("email", &emails, email_key, true);
        let (name_rewrites, name_clashes) = plan("organization name", &names, display_name, false);
        let (slug_rewrites, slug_clashes) = plan("organization slug", &slugs, display_name, true);
        clashes.extend(name_clashes);
        clashes.extend(slug_clashes);
        let normalized = email_rewrites.len() + name_rewrites.len() + slug_rewrites.len();
        if normalized > 0 {
            self.write(move |c| {
                Box::pin(async move {
                    for (sql, rewrites) in [
                        ("UPDATE users SET email = $2 WHERE id = $1", email_rewrites),
                        (
                            "UPDATE organizations SET name = $2 WHERE id = $1",
                            name_rewrites,
                        ),
                        (
                            "UPDATE organizations SET slug = $2 WHERE id = $1",
                            slug_rewrites,
                        ),
                    ] {
                        for (id, value) in rewrites {
                            sqlx::query(sql)
                                .bind(id)
                                .bind(value)
                                .execute(&mut *c)
                                .await?;
                        }
                    }
                    Ok(())
                })
            })
            .await?;
        }
        Ok(IdentityReport {
            normalized,
            clashes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMPOSED: &str = "andr\u{e9}@example.org";
    const DECOMPOSED: &str = "andre\u{301}@example.org";

    #[test]
    fn look_alike_spellings_become_one() {
        assert_ne!(COMPOSED, DECOMPOSED);
        assert_eq!(email_key(DECOMPOSED), COMPOSED);
        assert_eq!(email_key(" ANDRE\u{301}@Example.ORG "), COMPOSED);
        assert_eq!(display_name(" Centre Ame\u{301}lie "), "Centre Am\u{e9}lie");
    }

    #[test]
    fn rows_that_would_become_equal_are_named_and_the_others_rewritten() {
        let row = |id: &str, value: &str| (id.to_owned(), value.to_owned());
        let emails = [
            row("1", COMPOSED),
            row("2", DECOMPOSED),
            row("3", "Zo\u{e9}@example.org"),
            row("4", "ana@example.org"),
        ];
        let (rewrites, clashes) = plan("email", &emails, email_key, true);
        assert_eq!(rewrites, vec![row("3", "zo\u{e9}@example.org")]);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].normalized, COMPOSED);
        assert_eq!(clashes[0].rows, vec![emails[0].clone(), emails[1].clone()]);
        // Two organizations may share a name; only spellings that differ in bytes clash.
        let names = [
            row("a", "Centre Horizon"),
            row("b", "Centre Horizon"),
            row("c", "Maison Ame\u{301}lie"),
        ];
        let (rewrites, clashes) = plan("organization name", &names, display_name, false);
        assert!(clashes.is_empty());
        assert_eq!(rewrites, vec![row("c", "Maison Am\u{e9}lie")]);
    }
}
