//! Mails to people with an account: in their own language, with a link to
//! a page of the site in that language.

use fluent_templates::fluent_bundle::FluentValue;

use super::directory::Person;
use crate::{mail, state::AppState, web::page::localized_path};

/// The mail `key` to `person` with a link to `path` (a site path without
/// its language, e.g. `/groups/3`). Composed apart from queueing: the
/// arguments are not `Sync`, so they must not be borrowed across an await.
pub fn to_person(
    state: &AppState,
    person: &Person,
    (key, path): (&str, &str),
    args: &[(&'static str, FluentValue<'static>)],
) -> anyhow::Result<mail::Outgoing> {
    let locale = person.locale();
    let link = state.absolute_url(&localized_path(locale, path));
    mail::compose(locale, key, &person.email, &person.full_name, &link, args)
}
