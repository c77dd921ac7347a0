//! The mails of direct invitations: the invitation to the person, and
//! their answer to the editor who sent it, each in the reader's language.

use sea_orm::ConnectionTrait;

use super::{entities::offer, view::OfferView};
use crate::{
    groups::entities::{Keyed, working_group},
    mail,
    people::{
        directory::{self, Person},
        mail::to_person,
    },
    state::AppState,
    web::AppError,
};

/// The invitation, with its terms, to answer on the person's page for it.
pub async fn invited(
    state: &AppState,
    db: &impl ConnectionTrait,
    person: &Person,
    offer: offer::Model,
) -> Result<(), AppError> {
    let locale = person.locale();
    let path = format!("/account/invitations/{}", offer.id);
    let message = offer.message.clone();
    let view = OfferView::of(db, offer, locale).await?;
    let text = format!("{message}\n\n{}", view.summary(locale));
    let args = [
        ("group", view.group_name(locale).to_string().into()),
        ("message", text.into()),
    ];
    let outgoing = to_person(state, person, ("mail-invitation", &path), &args)?;
    mail::queue(db, &outgoing).await?;
    Ok(())
}

/// The person's answer, to the editor who sent the invitation (if they
/// still have an account), with a link to the group's invitations.
pub async fn answered(
    state: &AppState,
    db: &impl ConnectionTrait,
    offer: &offer::Model,
    (name, group): (&str, Option<&working_group::Model>),
) -> Result<(), AppError> {
    let Some(sender) = offer.sent_by else {
        return Ok(());
    };
    let Some(sender) = directory::person(db, sender).await? else {
        return Ok(());
    };
    let key = format!("mail-invitation-{}", offer.status.key());
    let path = format!(
        "/staff/groups/{}/invite",
        offer.group_id.unwrap_or_default()
    );
    let args = [
        ("name", name.to_string().into()),
        (
            "group",
            group
                .map_or("", |group| group.name_in(sender.locale()))
                .to_string()
                .into(),
        ),
        ("message", offer.answer_message.clone().into()),
    ];
    let outgoing = to_person(state, &sender, (&key, &path), &args)?;
    mail::queue(db, &outgoing).await?;
    Ok(())
}
