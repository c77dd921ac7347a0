//! Password policy (OWASP ASVS 4.0 level 2, V2.1) and argon2id hashing.

use std::{collections::HashSet, sync::LazyLock};

use argon2::{Argon2, PasswordHasher, PasswordVerifier};

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

/// Passwords seen most often in breaches, lower case, one per line.
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../resources/common-passwords.txt")
        .lines()
        .collect()
});

/// Hash of a random password, verified against when the e-mail is unknown
/// so that unknown and known accounts cost the same time.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_now(&crate::config::random_hex(16)).expect("hashing works"));

#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    TooShort,
    TooLong,
    Common,
}

impl Problem {
    /// The message key in the locale files.
    pub fn message_key(&self) -> &'static str {
        match self {
            Problem::TooShort => "password-too-short",
            Problem::TooLong => "password-too-long",
            Problem::Common => "password-common",
        }
    }
}

/// Length in characters (not bytes) and not a common password. No rules on
/// character classes, as ASVS 2.1.9 asks.
pub fn check(password: &str) -> Result<(), Problem> {
    let length = password.chars().count();
    if length < MIN_CHARS {
        return Err(Problem::TooShort);
    }
    if length > MAX_CHARS {
        return Err(Problem::TooLong);
    }
    if COMMON.contains(password.to_lowercase().as_str()) {
        return Err(Problem::Common);
    }
    Ok(())
}

fn hash_now(password: &str) -> anyhow::Result<String> {
    // A random salt from the operating system comes with each hash.
    let hash = Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    Ok(hash.to_string())
}

/// Hashes off the async threads: argon2 is deliberately slow.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_now(&password)).await?
}

/// Whether `password` matches `stored`. With no stored hash (unknown
/// account) the same work is done against a dummy and false returned.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let hash_text = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        // A stored text that is no argon2 hash fails like a wrong password.
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), hash_text.as_str())
            .is_ok();
        known && matches
    })
    .await
    .unwrap_or(false)
}

/// Forces the dummy hash to be computed at start, not on the first login.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_counts_characters_and_refuses_common_passwords() {
        assert_eq!(check("short"), Err(Problem::TooShort));
        assert_eq!(
            check("ñandú-ñandú"),
            Err(Problem::TooShort),
            "11 characters, more bytes"
        );
        assert_eq!(check(&"x".repeat(129)), Err(Problem::TooLong));
        assert_eq!(check("Password1234"), Err(Problem::Common));
        assert_eq!(check("correct horse battery staple"), Ok(()));
        assert_eq!(
            check("sólo minúsculas sin números"),
            Ok(()),
            "no composition rules"
        );
    }

    #[tokio::test]
    async fn hashes_verify_and_unknown_accounts_never_match() {
        let stored = hash("a long enough passphrase".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("a long enough passphrase".into(), Some(stored.clone())).await);
        assert!(!verify("another passphrase here".into(), Some(stored)).await);
        assert!(!verify("a long enough passphrase".into(), None).await);
    }
}
