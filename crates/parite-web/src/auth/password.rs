//! Passwords: argon2id hashing with OWASP's parameters, the rules a new password must meet, and
//! the list of common passwords it is checked against.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use parite_store::{Store, StoreError, email_key};

/// OWASP Password Storage Cheat Sheet, argon2id: 19 MiB of memory, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19_456;
/// Passes over the memory.
pub const ITERATIONS: u32 = 2;
/// Lanes.
pub const PARALLELISM: u32 = 1;

/// Shorter passwords are refused (NIST SP 800-63B allows 8; we ask for a passphrase).
pub const MIN_LENGTH: usize = 12;
/// Longer ones too: ASVS 2.1.2 asks that 64 be allowed and more than 128 refused.
pub const MAX_LENGTH: usize = 128;

/// Stored instead of a hash for an account whose password was never set: not a PHC string, so
/// no password ever verifies against it.
pub const UNSET: &str = "!unset";

/// The ~10,800 most common passwords, lower-cased, one per line. How it was built:
/// 1. the first 9,300 entries (by frequency) of Django 5.2's `common-passwords.txt.gz`
///    (`pip download django`; Royce Williams' 2017 compilation of leaked passwords, BSD
///    licence), keeping printable ASCII and French letters (the source has some mojibake);
/// 2. every entry of 12 characters or more from the whole Django list (20,000 lines);
/// 3. keyboard walks on QWERTY and AZERTY layouts and long repeats (`azertyuiop`,
///    `1qaz2wsx3edc4rfv`, `passwordpassword`…), written by hand;
/// 4. about 100 French and Canadian words common in passwords (`motdepasse`, `jetaime`,
///    `soleil`, `canadiens`, `tabarnak`, first names…), each alone and followed by the usual
///    suffixes (`1`, `123`, `123456`, years 2020–2026, `!`, `@123`).
const COMMON: &str = include_str!("../../data/common-passwords.txt");

static COMMON_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COMMON
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LENGTH`] characters.
    TooShort,
    /// More than [`MAX_LENGTH`] characters.
    TooLong,
    /// On the list of common passwords, or a common password with digits or symbols added.
    Common,
    /// The confirmation differs.
    Mismatch,
    /// Nothing but spaces.
    Blank,
    /// Contains the account's email address before the `@` (what a guesser tries first).
    ContainsEmail,
    /// Printed on a console by the demo, for anyone who saw it.
    PrintedByDemo,
}

impl PasswordProblem {
    /// The message id explaining the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Common => "password-common",
            PasswordProblem::Mismatch => "password-mismatch",
            PasswordProblem::Blank => "password-blank",
            PasswordProblem::ContainsEmail => "password-contains-email",
            PasswordProblem::PrintedByDemo => "password-printed-by-demo",
        }
    }
}

/// A local part this short (`al@…`) is too common a string to refuse in passwords.
const MIN_LOCAL_PART: usize = 3;

/// Checks a new password for the account `email`: not blank, its length, not containing the
/// email's local part, then the common list — as typed, and with the digits and symbols
/// stripped from its end, so `Password2026!` counts as `password`. The demo's printed
/// passwords need the store: [`check_new_password_in`].
pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    if password.trim().is_empty() {
        return Err(PasswordProblem::Blank);
    }
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.trim().to_lowercase();
    let stem = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    let repeated = lower
        .chars()
        .next()
        .is_some_and(|first| lower.chars().all(|c| c == first));
    let key = email_key(email);
    let local = key.split('@').next().unwrap_or_default();
    if local.chars().count() >= MIN_LOCAL_PART && email_key(password).contains(local) {
        return Err(PasswordProblem::ContainsEmail);
    }
    if repeated || COMMON_SET.contains(lower.as_str()) || COMMON_SET.contains(stem) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

/// [`check_new_password`], then whether the demo ever printed this password (verified against
/// each printed hash off the async threads: a handful, each as slow as a sign-in).
pub async fn check_new_password_in(
    store: &Store,
    password: &str,
    email: &str,
) -> Result<Result<(), PasswordProblem>, StoreError> {
    if let Err(problem) = check_new_password(password, email) {
        return Ok(Err(problem));
    }
    let printed = store.printed_password_hashes().await?;
    if printed.is_empty() {
        return Ok(Ok(()));
    }
    let password = password.to_owned();
    let seen = tokio::task::spawn_blocking(move || {
        printed.iter().any(|hash| verify_password(&password, hash))
    })
    .await
    .map_err(|e| StoreError::Unavailable {
        reason: format!("password check: {e}"),
    })?;
    Ok(if seen {
        Err(PasswordProblem::PrintedByDemo)
    } else {
        Ok(())
    })
}

fn hasher() -> Argon2<'static> {
    // The parameters are constants within argon2's bounds; the fallback is never taken.
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The argon2id PHC string of a password, with a fresh 16-byte salt. Slow on purpose: call it
/// off the async threads (`spawn_blocking`).
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0_u8; 16];
    getrandom::fill(&mut salt).map_err(|e| format!("no randomness for a salt: {e}"))?;
    hasher()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| format!("argon2: {e}"))
}

/// Whether `password` matches a stored PHC string (compared in constant time by argon2). An
/// unset or unreadable hash matches nothing.
pub fn verify_password(password: &str, stored: &str) -> bool {
    hasher()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// A hash of a random password, computed once, that sign-ins with an unknown email are
/// verified against, so that they take as long as those with a known one.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let random = crate::security::random_token();
    hash_password(&random).unwrap_or_default()
});

/// Spends the time of one verification, for an email that has no account.
pub fn verify_dummy(password: &str) {
    let _ = verify_password(password, &DUMMY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_new_password(password: &str) -> Result<(), PasswordProblem> {
        super::check_new_password(password, "ana@example.org")
    }

    #[test]
    fn new_passwords_must_not_be_blank_or_hold_the_email() {
        assert_eq!(
            check_new_password(&" ".repeat(12)),
            Err(PasswordProblem::Blank)
        );
        assert_eq!(
            check_new_password("\t \u{a0}  \n     \u{3000}    "),
            Err(PasswordProblem::Blank)
        );
        for password in [
            "ana pont-levis 42",
            "pont-levis ANA 42",
            "Ana@example.org!!",
        ] {
            assert_eq!(
                check_new_password(password),
                Err(PasswordProblem::ContainsEmail),
                "{password}"
            );
        }
        assert_eq!(
            super::check_new_password("pont andre\u{301} levis 42", "Andr\u{e9}@example.org"),
            Err(PasswordProblem::ContainsEmail),
            "compared in one Unicode spelling"
        );
        // A two-letter local part would refuse half the dictionary.
        assert_eq!(
            super::check_new_password("pont-levis orange 42", "or@example.org"),
            Ok(())
        );
    }

    #[test]
    fn new_passwords_must_be_long_and_uncommon() {
        assert_eq!(check_new_password("short"), Err(PasswordProblem::TooShort));
        assert_eq!(
            check_new_password(&"x".repeat(129)),
            Err(PasswordProblem::TooLong)
        );
        assert_ne!(
            check_new_password(&"phrase de passe ".repeat(8)),
            Err(PasswordProblem::TooLong),
            "128 characters are allowed"
        );
        assert_eq!(
            check_new_password("qwerty123456"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("Password2026!"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("MotDePasse2025"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("aaaaaaaaaaaaaaa"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("azertyuiop123"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(check_new_password("pont-levis orange 42"), Ok(()));
        assert!(COMMON_SET.len() > 10_000);
    }

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("pont-levis orange 42").unwrap_or_default();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("pont-levis orange 42", &hash));
        assert!(!verify_password("pont-levis orange 43", &hash));
        assert!(!verify_password("anything", UNSET));
    }
}
