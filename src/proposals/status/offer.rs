//! The submitter's answer to the offer on their proposal's page: accept,
//! decline (with a reason if they wish) or suggest other terms. Accepting
//! needs an account: someone who sent the proposal without one creates it
//! here, with the address their link already proves and the profile their
//! proposal gave, and is signed in.

use askama::Template;
use axum::{
    Extension,
    extract::{Query, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::{access::SubmitterAccess, handlers::StatusPage};
use crate::{
    accounts::{self, NewAccount},
    groups::entities::Keyed,
    i18n::Locale,
    lines_of_work,
    offers::{
        answers::{self, AnswerInput, Seen},
        entities::{Status, offer},
        store::{self as offers, Answer},
    },
    people::profile::{Profile, ProfileInput},
    proposals::{entities::proposal, offer as offer_steps},
    state::AppState,
    web::{AppError, CurrentUser, Page, csrf::CheckedForm, form::FieldErrors, page::render},
};

/// The proposal (by signed link or as its sender) and its offer, still
/// waiting for an answer in the version the person saw.
async fn waiting_offer(
    state: &AppState,
    (access, seen): (&SubmitterAccess, Seen),
    signed_in: &Option<Extension<CurrentUser>>,
) -> Result<(proposal::Model, offer::Model), AppError> {
    let found = access.resolve(state, signed_in).await?;
    let current = offers::of_proposal(&state.db, found.id)
        .await?
        .ok_or(AppError::NotFound)?;
    seen.check(&current)?;
    Ok((found, current))
}

fn answered(page: &Page, access: &SubmitterAccess, status: Status) -> Response {
    let back = access.status_path(page);
    let separator = if back.contains('?') { '&' } else { '?' };
    let answered = status.key();
    Redirect::to(&format!("{back}{separator}answered={answered}#offer")).into_response()
}

/// The status page again, with the problems of an answer form.
async fn refused(
    state: &AppState,
    page: Page,
    (found, access): (proposal::Model, SubmitterAccess),
    typed: AnswerInput,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let status = StatusPage::build(state, page, found, access, String::new(), errors).await?;
    let status = status.with_answer(typed);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&status)?).into_response())
}

pub async fn accept(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let seen: Seen = form.parse()?;
    let (found, current) = waiting_offer(&state, (&access, seen), &signed_in).await?;
    let person = match (found.submitter_id, &signed_in) {
        (Some(id), _) => id,
        // Signed in with the account of the address the proposal came from.
        (None, Some(Extension(me))) if me.email == found.email => me.id,
        (None, _) => {
            let path = format!(
                "/collaborate/status/offer/account?reference={}&token={}&revision={}",
                access.reference, access.token, seen.revision
            );
            return Ok(Redirect::to(&page.link(&path)).into_response());
        }
    };
    let answer = (Answer::Accept { user_id: person }, None);
    offer_steps::answer(&state, &found, &current, answer, Some(person)).await?;
    Ok(answered(&page, &access, Status::Accepted))
}

pub async fn decline(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    answer_with(state, page, signed_in, form, |typed, _, errors| {
        typed.decline(errors)
    })
    .await
}

pub async fn counter(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    answer_with(state, page, signed_in, form, AnswerInput::counter).await
}

/// A decline or a counter, as `check` reads it from the form; the status
/// page again with the problems if there are any.
async fn answer_with(
    state: AppState,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
    check: impl Fn(&AnswerInput, &offer::Model, &mut FieldErrors) -> Option<Answer>,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let typed: AnswerInput = form.parse()?;
    let seen: Seen = form.parse()?;
    let (found, current) = waiting_offer(&state, (&access, seen), &signed_in).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(answer) = check(&typed, &current, &mut errors) else {
        return refused(&state, page, (found, access), typed, errors).await;
    };
    let sender = (
        Some(found.email.as_str()),
        typed.safeguarding_confirmation.as_str(),
    );
    let (answer, masked) = match answers::screened(&state, answer, sender, page.locale).await? {
        Ok(sendable) => sendable,
        Err(warned) => {
            let page =
                StatusPage::build(&state, page, found, access, String::new(), errors).await?;
            return render(&page.with_answer(typed).warned(warned));
        }
    };
    let status = answer.status();
    let actor = found.submitter_id;
    offer_steps::answer(&state, &found, &current, (answer, masked), actor).await?;
    Ok(answered(&page, &access, status))
}

#[derive(Template)]
#[template(path = "proposals/offer_account.html")]
struct AccountPage {
    page: Page,
    access: SubmitterAccess,
    seen: Seen,
    full_name: String,
    email: String,
    /// The address has an account already: log in with it instead.
    exists: bool,
    consent: bool,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AccountForm {
    password: String,
    consent: Option<String>,
}

/// Only by the mailed link: a signed-in member accepts directly.
async fn for_new_account(
    state: &AppState,
    access: &SubmitterAccess,
    seen: Seen,
) -> Result<(proposal::Model, offer::Model), AppError> {
    if access.token.is_empty() {
        return Err(AppError::NotFound);
    }
    let (found, current) = waiting_offer(state, (access, seen), &None).await?;
    if found.submitter_id.is_some() {
        return Err(AppError::Conflict);
    }
    if found.email.is_empty() {
        // Anonymised: there is no address to create an account for.
        return Err(AppError::NotFound);
    }
    Ok((found, current))
}

pub async fn show_account(
    AxumState(state): AxumState<AppState>,
    page: Page,
    Query(access): Query<SubmitterAccess>,
    Query(seen): Query<Seen>,
) -> Result<Response, AppError> {
    let (found, _) = for_new_account(&state, &access, seen).await?;
    let exists = accounts::account_exists(&state.db, &found.email).await?;
    let errors = FieldErrors::new(page.locale);
    render(&AccountPage {
        page,
        access,
        seen,
        full_name: found.full_name,
        email: found.email,
        exists,
        consent: false,
        errors,
    })
}

/// Creates the account (address confirmed, profile from the proposal),
/// accepts the offer with it, and signs the person in: all of it, or
/// nothing if the offer changed meanwhile.
pub async fn create_account(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let typed: AccountForm = form.parse()?;
    let seen: Seen = form.parse()?;
    let (found, current) = for_new_account(&state, &access, seen).await?;
    let mut errors = FieldErrors::new(page.locale);
    if let Err(problem) = accounts::password::check(&typed.password) {
        errors.add("password", problem.message_key());
    }
    if typed.consent.is_none() {
        errors.add("consent", "field-consent-missing");
    }
    let exists = accounts::account_exists(&state.db, &found.email).await?;
    if !errors.is_empty() || exists {
        let refused = AccountPage {
            page,
            access,
            seen,
            full_name: found.full_name,
            email: found.email,
            exists,
            consent: typed.consent.is_some(),
            errors,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    }
    let new = NewAccount {
        email: found.email.clone(),
        password_hash: accounts::password::hash(typed.password).await?,
        profile: profile_of(&state, &found).await?,
        locale: page.locale,
    };
    let txn = state.begin_write().await?;
    // A registration of the same address that slipped in meanwhile wins.
    let user_id = accounts::create_confirmed_account(&txn, new)
        .await?
        .ok_or(AppError::Conflict)?;
    let answer = (Answer::Accept { user_id }, None);
    offer_steps::answer_in(&state, &txn, &found, &current, answer, Some(user_id)).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    let mine = page.link(&format!(
        "/account/proposals/{}?answered=accepted#offer",
        found.reference
    ));
    accounts::sign_in(&state, user_id, signed_in, &mine).await
}

/// The profile the proposal gave, as a new account's; what no longer
/// passes (a line of work retired since) leaves the profile to complete.
async fn profile_of(state: &AppState, found: &proposal::Model) -> Result<Profile, AppError> {
    let locale = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    let chosen = crate::proposals::view::chosen_lines(&state.db, found.id, locale).await?;
    let input = ProfileInput {
        account_type: found.account_type.clone(),
        full_name: found.full_name.clone(),
        organisation_name: found.organisation_name.clone().unwrap_or_default(),
        sector: found.sector.clone().unwrap_or_default(),
        country: found.country_code.clone(),
        languages: found
            .working_languages
            .split(',')
            .filter(|code| !code.is_empty())
            .map(str::to_string)
            .collect(),
        lines: chosen.into_iter().map(|line| line.slug).collect(),
        specialisation: found.specialisation.clone(),
    };
    let active = lines_of_work::active(state, locale).await?;
    let mut ignored = FieldErrors::new(locale);
    Ok(input
        .validate(&active, &mut ignored)
        .unwrap_or_else(|| Profile::starting(found.full_name.clone(), locale)))
}
