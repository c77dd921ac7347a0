//! Editors hear of new proposals the way each chose on their account page
//! (`ProposalAlerts`): a mail as each one reaches staff, or one mail a day
//! listing the day's, or none. The daily digest is claimed once per day
//! (`daily`), so however many instances run, each editor gets it once; it
//! covers the proposals confirmed since the previous digest.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{entities::proposal, notify, state::State};
use crate::{
    daily::Daily,
    mail,
    people::directory::{self, Person, ProposalAlerts},
    state::AppState,
    web::{AppError, page::localized_path},
};

/// The editors' digest: early morning at the head office in Brussels,
/// before the working day; after days without one, it lists no more than
/// the last week.
const DIGEST: Daily = Daily {
    task: "proposal-digest",
    at: NaiveTime::from_hms_opt(6, 0, 0).expect("a valid time"),
    longest: Duration::days(7),
};

/// A proposal as the alerts name it.
pub struct Arrived<'a> {
    pub id: i32,
    pub reference: &'a str,
    pub title: &'a str,
    pub full_name: &'a str,
    pub organisation_name: Option<&'a str>,
}

impl<'a> From<&'a proposal::Model> for Arrived<'a> {
    fn from(found: &'a proposal::Model) -> Self {
        Arrived {
            id: found.id,
            reference: &found.reference,
            title: &found.title,
            full_name: &found.full_name,
            organisation_name: found.organisation_name.as_deref(),
        }
    }
}

impl Arrived<'_> {
    fn args(&self) -> [(&'static str, FluentValue<'static>); 3] {
        let sender = match self.organisation_name {
            Some(organisation) => format!("{} ({organisation})", self.full_name),
            None => self.full_name.to_string(),
        };
        [
            ("reference", self.reference.to_string().into()),
            ("title", self.title.to_string().into()),
            ("sender", sender.into()),
        ]
    }
}

/// Tells the editors who want every new proposal at once that `arrived`
/// has reached staff, each in their language. Queued in the transaction
/// that hands the proposal to staff, so the mail leaves only if that
/// commits.
pub async fn new_proposal(
    state: &AppState,
    db: &impl ConnectionTrait,
    arrived: Arrived<'_>,
) -> Result<(), AppError> {
    for editor in directory::editors_alerted(db, ProposalAlerts::Each).await? {
        let args = arrived.args();
        let outgoing = notify::staff_mail(state, arrived.id, &editor, "mail-proposal-new", &args)?;
        mail::queue(db, &outgoing).await?;
    }
    Ok(())
}

/// Sends the digest of `now`'s day to the editors who chose one, once its
/// time has come and if no instance has sent it yet. Returns how many
/// proposals it listed (none: no mail is sent).
pub async fn send_daily_digest(state: &AppState, now: DateTime<Utc>) -> Result<usize, AppError> {
    // Asked every few minutes all day: once the day's digest exists, a read
    // answers.
    if !DIGEST.is_due(&state.db, now).await? {
        return Ok(0);
    }
    let txn = state.begin_write().await?;
    let Some(window) = DIGEST.claim(&txn, now).await? else {
        // Another instance sent today's.
        return Ok(0);
    };
    let listed = proposal::Entity::find()
        .filter(proposal::Column::ConfirmedAt.gte(window.from))
        .filter(proposal::Column::ConfirmedAt.lt(window.until))
        .filter(proposal::Column::State.ne(State::Withdrawn))
        .order_by_asc(proposal::Column::ConfirmedAt)
        .all(&txn)
        .await?;
    if !listed.is_empty() {
        for editor in directory::editors_alerted(&txn, ProposalAlerts::Daily).await? {
            mail::queue(&txn, &digest_mail(state, &editor, &listed)?).await?;
        }
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(listed.len())
}

/// The digest for one editor, in their language: one paragraph per
/// proposal, and a link to the queue of proposals waiting.
fn digest_mail(
    state: &AppState,
    editor: &Person,
    listed: &[proposal::Model],
) -> anyhow::Result<mail::Outgoing> {
    let locale = editor.locale();
    let list = listed
        .iter()
        .map(|found| locale.t_args("mail-proposal-digest-item", &Arrived::from(found).args()))
        .collect::<Vec<_>>()
        .join("\n\n");
    let queue = localized_path(locale, "/staff/proposals?state=submitted");
    mail::compose(
        locale,
        "mail-proposal-digest",
        &editor.email,
        &editor.full_name,
        &state.absolute_url(&queue),
        &[("count", listed.len().into()), ("list", list.into())],
    )
}
