//! Before a text is sent: what was found in it, the warning the sender
//! reads, their confirmation, and the text stored with each detail
//! replaced by a placeholder in the sender's language.

use chrono::{Datelike, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use sha2::{Digest, Sha256};

use super::{
    Subject, corrections,
    detect::{self, Exempt, Finding, Kind},
    entities::detail,
    log::{self, Action, Entry},
};
use crate::{
    config::SecretKey,
    i18n::Locale,
    state::AppState,
    throttle::{self, Limit},
};

/// What a confirmation is signed for (`SecretKey::sign`).
const CONFIRMATION: &str = "safeguarding-confirmation";

/// What the key of texts counted as flagged is signed for.
const FLAGGED: &str = "safeguarding-flagged";

/// The same texts are counted as flagged once in this window.
const ONCE_A_DAY: Limit = Limit {
    max: 1,
    window_minutes: 24 * 60,
    lock_minutes: 24 * 60,
};

/// A text of a form: its column (the field's name in the form too), the
/// message that labels it in the form, and what was typed.
#[derive(Clone, Copy, Debug)]
pub struct Field<'a> {
    pub name: &'static str,
    pub label: &'static str,
    pub text: &'a str,
}

/// A form's texts, read for a child's details.
pub struct Scan<'a> {
    fields: Vec<(Field<'a>, Vec<Finding>)>,
}

/// One finding, as the sender reads it.
pub struct Flag {
    /// The message that labels the field.
    pub label: &'static str,
    pub text: String,
    pub kind: Kind,
}

impl Flag {
    /// "Description: “Tom Baker” — looks like the name of a child…", with
    /// the quotation marks and spacing of `locale`.
    pub fn said(&self, locale: &Locale) -> String {
        let why = locale.t(&format!("safeguarding-kind-{}", self.kind.key()));
        let args = [
            ("field", locale.t(self.label).into()),
            ("text", self.text.clone().into()),
            ("why", why.into()),
        ];
        locale.t_args("safeguarding-flag", &args)
    }
}

/// The warning above a form whose texts hold a child's details.
pub struct Warning {
    pub flags: Vec<Flag>,
    /// Sent back by "Send with these details hidden": signs the texts as
    /// they were read, so a text changed since is read again.
    pub confirmation: String,
}

impl<'a> Scan<'a> {
    /// Reads `fields`; the sender's own address and the observatory's
    /// numbers and addresses are not a child's.
    pub async fn of(
        state: &AppState,
        fields: &[Field<'a>],
        sender_email: Option<&str>,
    ) -> Result<Scan<'a>, DbErr> {
        let exempt = exempt(state, sender_email).await?;
        let this_year = Utc::now().year();
        let fields = fields
            .iter()
            .map(|field| (*field, detect::scan(field.text, &exempt, this_year)))
            .collect();
        Ok(Scan { fields })
    }

    pub fn is_clear(&self) -> bool {
        self.fields.iter().all(|(_, found)| found.is_empty())
    }

    /// The warning to show, unless nothing was found or the sender
    /// confirmed these very texts.
    pub fn warning(&self, key: &SecretKey, confirmation: &str) -> Option<Warning> {
        let digest = self.digest();
        if self.is_clear() || key.verify(CONFIRMATION, &digest, confirmation) {
            return None;
        }
        let flags = self
            .fields
            .iter()
            .flat_map(|(field, found)| {
                found.iter().map(|finding| Flag {
                    label: field.label,
                    text: finding.text(field.text).to_string(),
                    kind: finding.kind,
                })
            })
            .collect();
        Some(Warning {
            flags,
            confirmation: key.sign(CONFIRMATION, &digest),
        })
    }

    /// Records that the sender was warned of each finding: once a day for
    /// the same texts, so a form sent again unchanged (or a page reloaded)
    /// is not counted twice in the report.
    /// The key counted is signed (`SecretKey::sign`): a bare digest of a
    /// short text could be matched against a list of names.
    pub async fn record_flagged(
        &self,
        db: &impl ConnectionTrait,
        (subject, key): (Subject, &SecretKey),
    ) -> Result<(), DbErr> {
        let signed = key.sign(FLAGGED, &self.digest());
        let key = format!("safeguarding-flagged:{signed}");
        if throttle::take(db, &key, ONCE_A_DAY).await?.is_some() {
            return Ok(());
        }
        let entries: Vec<Entry> = self
            .fields
            .iter()
            .flat_map(|(field, found)| {
                found.iter().map(|finding| Entry {
                    action: Action::Flagged,
                    subject,
                    subject_id: None,
                    field: field.name,
                    kind: Some(finding.kind),
                    detail_id: None,
                    actor_id: None,
                    reason: "",
                })
            })
            .collect();
        log::record(db, &entries, Utc::now()).await
    }

    /// The texts with each finding replaced by its placeholder in
    /// `locale`, the sender's language.
    pub fn masked(&self, locale: Locale) -> Masked {
        let mut texts = Vec::new();
        let mut details = Vec::new();
        for (field, found) in &self.fields {
            let mut text = String::with_capacity(field.text.len());
            let mut from = 0;
            for finding in found {
                text.push_str(&field.text[from..finding.start]);
                details.push(Pending {
                    field: field.name,
                    kind: finding.kind,
                    position: text.len(),
                    original: finding.text(field.text).to_string(),
                });
                text.push_str(&placeholder(locale, finding.kind));
                from = finding.end;
            }
            text.push_str(&field.text[from..]);
            texts.push((field.name, text));
        }
        Masked { texts, details }
    }

    /// The texts as read, for the confirmation's signature.
    fn digest(&self) -> String {
        let mut hash = Sha256::new();
        for (field, _) in &self.fields {
            hash.update(field.name.as_bytes());
            hash.update([0]);
            hash.update(field.text.as_bytes());
            hash.update([0]);
        }
        hex::encode(hash.finalize())
    }
}

/// `text` without the marks of hidden details: what the sender wrote
/// around them.
pub fn without_marks(text: &str) -> String {
    let mut kept = text.to_string();
    for locale in Locale::ALL {
        for kind in Kind::ALL {
            kept = kept.replace(&placeholder(locale, kind), " ");
        }
    }
    kept
}

/// "[name of a child]", in `locale`.
pub fn placeholder(locale: Locale, kind: Kind) -> String {
    locale.t(&format!("safeguarding-placeholder-{}", kind.key()))
}

/// A detail to keep once its subject is stored.
struct Pending {
    field: &'static str,
    kind: Kind,
    position: usize,
    original: String,
}

/// The texts to store, and the details masked in them.
pub struct Masked {
    texts: Vec<(&'static str, String)>,
    details: Vec<Pending>,
}

impl Masked {
    /// The text to store for `field`.
    pub fn text(&self, field: &str) -> String {
        self.texts
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    }

    /// Keeps the details of the stored `subject`, and records each as
    /// masked, in the transaction that stores it.
    pub async fn store(
        &self,
        db: &impl ConnectionTrait,
        subject: Subject,
        subject_id: i32,
    ) -> Result<(), DbErr> {
        self.store_fields(db, (subject, subject_id), |_| true).await
    }

    /// `store` for a corrected text: the details hidden in it before keep
    /// their places if their marks are still there, and go if not
    /// (`corrections`). `before`: each field's name and text as it was.
    pub async fn store_corrected(
        &self,
        db: &impl ConnectionTrait,
        (subject, subject_id): (Subject, i32),
        before: &[(&str, &str)],
    ) -> Result<(), DbErr> {
        let fresh: Vec<(&str, usize)> = self
            .details
            .iter()
            .map(|pending| (pending.field, pending.position))
            .collect();
        let correction = corrections::Correction {
            before,
            after: &self.texts,
            fresh: &fresh,
        };
        corrections::reconcile(db, (subject, subject_id), correction).await?;
        self.store(db, subject, subject_id).await
    }

    /// `store` for the details of the fields `kept` chooses: a form whose
    /// texts go to two rows (a thread's title, its first post) stores each
    /// row's own.
    pub async fn store_fields(
        &self,
        db: &impl ConnectionTrait,
        (subject, subject_id): (Subject, i32),
        kept: impl Fn(&str) -> bool,
    ) -> Result<(), DbErr> {
        let now = Utc::now();
        let mut entries = Vec::with_capacity(self.details.len());
        for pending in self.details.iter().filter(|pending| kept(pending.field)) {
            let stored = detail::Entity::insert(detail::ActiveModel {
                subject: Set(subject.key().to_string()),
                subject_id: Set(subject_id),
                field: Set(pending.field.to_string()),
                ordinal: Set(corrections::ordinal_at(
                    &self.text(pending.field),
                    pending.position,
                )),
                kind: Set(pending.kind.key().to_string()),
                position: Set(i32::try_from(pending.position).unwrap_or(i32::MAX)),
                original: Set(pending.original.clone()),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(db)
            .await?;
            entries.push(Entry {
                action: Action::Masked,
                subject,
                subject_id: Some(subject_id),
                field: pending.field,
                kind: Some(pending.kind),
                detail_id: Some(stored.last_insert_id),
                actor_id: None,
                reason: "",
            });
        }
        log::record(db, &entries, now).await
    }
}

/// The sender's address and the head office's numbers, address and street.
async fn exempt(state: &AppState, sender_email: Option<&str>) -> Result<Exempt, DbErr> {
    let (office, _) = crate::web::site::shown(state, Locale::En).await?;
    let digits = |number: &str| number.chars().filter(char::is_ascii_digit).collect();
    let emails = [sender_email.unwrap_or_default(), &office.email];
    Ok(Exempt {
        emails: emails
            .iter()
            .filter(|email| !email.is_empty())
            .map(|email| email.to_lowercase())
            .collect(),
        phones: [&office.phone, &office.fax]
            .into_iter()
            .map(|number| digits(number))
            .filter(|number: &String| number.len() >= 8)
            .collect(),
        streets: Some(office.street.to_lowercase())
            .filter(|street| !street.is_empty())
            .into_iter()
            .collect(),
    })
}

/// What becomes of a form's texts: a warning the sender reads first, or
/// the texts to store.
pub enum Screened {
    Warn(Warning),
    Send(Masked),
}

/// Reads a form's texts before they are stored as `subject`: a warning
/// (recorded as flagged) unless nothing was found or the sender confirmed
/// these very texts; else the texts with the details hidden, in `locale`,
/// the sender's language.
pub async fn screen(
    state: &AppState,
    fields: &[Field<'_>],
    (sender_email, confirmation): (Option<&str>, &str),
    subject: Subject,
    locale: Locale,
) -> Result<Screened, DbErr> {
    let scan = Scan::of(state, fields, sender_email).await?;
    if let Some(warning) = scan.warning(&state.settings.secret_key, confirmation) {
        // The count and the record together, or neither.
        let txn = state.begin_write().await?;
        (scan.record_flagged(&txn, (subject, &state.settings.secret_key))).await?;
        txn.commit().await?;
        return Ok(Screened::Warn(warning));
    }
    Ok(Screened::Send(scan.masked(locale)))
}
