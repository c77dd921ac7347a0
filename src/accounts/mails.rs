//! The account e-mails, written in the recipient's language, as plain text
//! and HTML.

use crate::{
    i18n::Locale,
    mail::{self, Outgoing},
};

#[derive(Clone, Copy, Debug)]
pub enum AccountMail {
    /// Confirm the address given at registration.
    Confirm,
    /// Someone tried to register an address that already has an account.
    AlreadyRegistered,
    ResetPassword,
    /// Confirm a new address for an existing account.
    ConfirmNewEmail,
    /// Tell the old address that the account's address changed.
    EmailChanged,
    PasswordChanged,
    /// A one-time link that signs the owner in.
    SignInLink,
}

impl AccountMail {
    fn key(self) -> &'static str {
        match self {
            AccountMail::Confirm => "confirm",
            AccountMail::AlreadyRegistered => "already-registered",
            AccountMail::ResetPassword => "reset",
            AccountMail::ConfirmNewEmail => "new-email",
            AccountMail::EmailChanged => "email-changed",
            AccountMail::PasswordChanged => "password-changed",
            AccountMail::SignInLink => "sign-in-link",
        }
    }
}

/// Builds the message `kind` for `name` at `to`, with an optional link.
pub fn compose(
    locale: Locale,
    kind: AccountMail,
    to: &str,
    name: &str,
    link: &str,
) -> anyhow::Result<Outgoing> {
    mail::compose(locale, &format!("mail-{}", kind.key()), to, name, link, &[])
}
