//! The mails a proposal's conversation sends: to the submitter when staff
//! write, and to the staff in the conversation when the submitter writes.
//! Both are queued in the caller's transaction, so they leave only if the
//! message they announce was stored.

use std::collections::BTreeSet;

use fluent_templates::fluent_bundle::FluentValue;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{
    entities::{assignment, message, proposal},
    status,
    workflow::Author,
};
use crate::{
    i18n::Locale,
    mail,
    people::{
        self,
        directory::{self, Person},
    },
    state::AppState,
    web::AppError,
};

/// Mails the submitter, in their language, a message with `text` and the
/// link to their status page.
pub async fn submitter(
    state: &AppState,
    db: &impl ConnectionTrait,
    found: &proposal::Model,
    key: &str,
    text: &str,
) -> Result<(), AppError> {
    if found.email.is_empty() {
        // The submitter deleted their account: there is nobody to write to.
        return Ok(());
    }
    let locale = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    let link = state.absolute_url(&status::link(state, locale, &found.reference));
    let args = [
        ("reference", found.reference.clone().into()),
        ("message", text.to_string().into()),
    ];
    let outgoing = mail::compose(locale, key, &found.email, &found.full_name, &link, &args)?;
    mail::queue(db, &outgoing).await?;
    Ok(())
}

/// Tells an evaluator, in their language, that `found` is theirs to evaluate.
pub async fn assigned(
    state: &AppState,
    db: &impl ConnectionTrait,
    found: &proposal::Model,
    evaluator: &Person,
) -> Result<(), AppError> {
    let args = [
        ("reference", found.reference.clone().into()),
        ("title", found.title.clone().into()),
    ];
    let outgoing = staff_mail(state, found.id, evaluator, "mail-proposal-assigned", &args)?;
    mail::queue(db, &outgoing).await?;
    Ok(())
}

/// Tells the staff in the conversation (the evaluators assigned without a
/// conflict, and whoever wrote to the submitter) what the submitter did:
/// the mail `key` with `text`, each in their own language, with a link to
/// the proposal.
pub async fn staff_of(
    state: &AppState,
    db: &impl ConnectionTrait,
    found: &proposal::Model,
    key: &str,
    text: &str,
) -> Result<(), AppError> {
    let mut ids: BTreeSet<i32> = assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(found.id))
        .filter(assignment::Column::ConflictAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| a.evaluator_id)
        .collect();
    ids.extend(
        message::Entity::find()
            .filter(message::Column::ProposalId.eq(found.id))
            .filter(message::Column::AuthorRole.eq(Author::Staff.key()))
            .filter(message::Column::Internal.eq(false))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|m| m.author_id),
    );
    let people = directory::people(db, ids).await?;
    let args = [
        ("reference", found.reference.clone().into()),
        ("name", found.full_name.clone().into()),
        ("message", text.to_string().into()),
    ];
    for person in people {
        // Someone who has left the staff since no longer hears about it.
        if !person.roles.works_on_proposals() {
            continue;
        }
        let outgoing = staff_mail(state, found.id, &person, key, &args)?;
        mail::queue(db, &outgoing).await?;
    }
    Ok(())
}

/// The mail `key` to a member of staff, in their language, with a link to
/// the proposal's staff page.
pub(super) fn staff_mail(
    state: &AppState,
    proposal_id: i32,
    person: &Person,
    key: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> anyhow::Result<mail::Outgoing> {
    let path = format!("/staff/proposals/{proposal_id}");
    people::mail::to_person(state, person, (key, &path), args)
}
