//! The spam defences of the public forms anyone may send (a proposal, a
//! message to the head office, a request for assistance, a subscription),
//! with no JavaScript and no third party: a field hidden from people that
//! bots fill (`website`), and a value the site signs when it shows the
//! form (`started`: when, and a random single-use key) so that a form sent
//! faster than a person types, or not shown by this site, is refused, and
//! the same form sent twice is recognised.

use axum::http::StatusCode;
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::{config::SecretKey, throttle};

/// People take longer than this to fill in a form; scripts do not.
const MIN_FILL_SECONDS: i64 = 3;

const PURPOSE: &str = "form-started";

/// A form's signed "shown at" value and its spam trap, as sent.
pub struct Sent<'a> {
    pub started: &'a str,
    /// The hidden field: people leave it empty.
    pub website: &'a str,
}

impl Sent<'_> {
    pub fn is_spam_trap_filled(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// Whether the form was shown at least a few seconds ago by this site.
    pub fn filled_by_a_person(&self, key: &SecretKey) -> bool {
        self.shown_at(key)
            .is_some_and(|shown_at| Utc::now().timestamp() - shown_at >= MIN_FILL_SECONDS)
    }

    /// The "shown at" value for the form sent back with errors: the
    /// original one when this site signed it, so that a person who corrects
    /// one field quickly is not taken for a robot.
    pub fn started_for_correction(&self, key: &SecretKey) -> String {
        match self.shown_at(key) {
            Some(_) => self.started.to_string(),
            None => started_now(key),
        }
    }

    /// The form's single-use key, if the signed value is genuine: a form
    /// sent twice is recognised by it and counts once.
    pub fn form_key(&self, key: &SecretKey) -> Option<String> {
        self.signed_parts(key).map(|(_, nonce)| nonce.to_string())
    }

    /// When this site showed the form, if the signed value is genuine.
    fn shown_at(&self, key: &SecretKey) -> Option<i64> {
        let (seconds, _) = self.signed_parts(key)?;
        seconds.parse::<i64>().ok()
    }

    /// `seconds.nonce` when this site signed them.
    fn signed_parts(&self, key: &SecretKey) -> Option<(&str, &str)> {
        let (shown, signature) = self.started.rsplit_once('.')?;
        let (seconds, nonce) = shown.split_once('.')?;
        key.verify(PURPOSE, shown, signature)
            .then_some((seconds, nonce))
    }
}

/// Why a whole form is refused, whatever its fields say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its sender's address sent its share of these forms for now.
    TooMany,
    /// Sent faster than a person fills the form in: a bot.
    TooFast,
}

impl Refusal {
    /// The form's own words for it: `{form}-too-many`, `{form}-too-fast`.
    pub fn message_key(self, form: &str) -> String {
        match self {
            Refusal::TooMany => format!("{form}-too-many"),
            Refusal::TooFast => format!("{form}-too-fast"),
        }
    }

    /// What the refused form says, and its status: a form too quick with
    /// fields to correct is sent again anyway, later, so only the fields
    /// are spoken of (422); refused as a whole with nothing else wrong, it
    /// is to be sent again later (429).
    pub fn shown(refusal: Option<Refusal>, fields_wrong: bool) -> (Option<Refusal>, StatusCode) {
        let refusal = refusal.filter(|refusal| !fields_wrong || *refusal != Refusal::TooFast);
        let status = match (refusal, fields_wrong) {
            (Some(_), false) => StatusCode::TOO_MANY_REQUESTS,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        (refusal, status)
    }
}

/// What a public form comes to before its fields are read.
pub enum Screening {
    /// Answer as if it was sent and keep nothing: the trap was filled (the
    /// bot learns nothing), or the same form came again (a double click:
    /// the first counts).
    AnswerAsSent,
    /// Read its fields; its single-use key, when this site signed it.
    Read { form_key: Option<String> },
}

impl Sent<'_> {
    /// Screens the form; `kept_in` is the column of the feature's table
    /// that keeps the key of each form it stored.
    pub async fn screen<E: EntityTrait>(
        &self,
        db: &impl ConnectionTrait,
        key: &SecretKey,
        kept_in: E::Column,
    ) -> Result<Screening, DbErr> {
        if self.is_spam_trap_filled() {
            return Ok(Screening::AnswerAsSent);
        }
        let form_key = self.form_key(key);
        if let Some(form_key) = &form_key {
            let found = E::find()
                .filter(kept_in.eq(form_key.as_str()))
                .one(db)
                .await?;
            if found.is_some() {
                return Ok(Screening::AnswerAsSent);
            }
        }
        Ok(Screening::Read { form_key })
    }

    /// Whether the form is refused as a whole: its sender's address is
    /// locked under `limit_key` (see `throttle`), or it came too quickly.
    pub async fn refusal(
        &self,
        db: &impl ConnectionTrait,
        key: &SecretKey,
        limit_key: &str,
    ) -> Result<Option<Refusal>, DbErr> {
        if throttle::locked_until(db, &[limit_key]).await?.is_some() {
            return Ok(Some(Refusal::TooMany));
        }
        Ok((!self.filled_by_a_person(key)).then_some(Refusal::TooFast))
    }
}

/// The signed "shown at" value for a new form, with a random nonce that
/// makes each form's key unique.
pub fn started_now(key: &SecretKey) -> String {
    let shown = format!(
        "{}.{}",
        Utc::now().timestamp(),
        crate::config::random_hex(16)
    );
    let signature = key.sign(PURPOSE, &shown);
    format!("{shown}.{signature}")
}

/// The "shown at" value of the page being made, put in its request by the
/// page cache (which gives each visitor of a kept page a new one); `Page`
/// makes one where no cache did.
#[derive(Clone)]
pub struct FormStarted(pub String);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::config::changed_at;

    fn key() -> SecretKey {
        SecretKey::from_text("a key of at least thirty-two characters")
    }

    fn with_started(started: &str) -> Sent<'_> {
        Sent {
            started,
            website: "",
        }
    }

    #[test]
    fn a_form_just_shown_is_genuine_but_too_quick() {
        let started = started_now(&key());
        let form = with_started(&started);
        assert!(form.form_key(&key()).is_some());
        assert!(!form.filled_by_a_person(&key()));
        assert_eq!(form.started_for_correction(&key()), started);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any change to the signed "shown at" value makes it not ours: no
        /// form key, no person, and a fresh value for the corrected form.
        #[test]
        fn a_changed_start_value_is_not_ours(at in any::<usize>(), pick in any::<usize>()) {
            let changed = changed_at(&started_now(&key()), at, pick);
            let form = with_started(&changed);
            prop_assert_eq!(form.form_key(&key()), None);
            prop_assert!(!form.filled_by_a_person(&key()));
            prop_assert_ne!(form.started_for_correction(&key()), changed.clone());
        }

        #[test]
        fn any_start_value_is_read_without_panic(started in "[0-9a-f.-]{0,80}|\\PC{0,80}") {
            let form = with_started(&started);
            prop_assert_eq!(form.form_key(&key()), None);
            prop_assert!(!form.filled_by_a_person(&key()));
        }
    }
}
