//! Technical assistance: governments and institutions describe what they
//! need (country, institution, area, timeframe, contact) on
//! `/{lang}/assistance`; the request is kept, mailed to the head office
//! through the job queue and acknowledged to the requester. The staff
//! handle requests in their own queue (`queue`): states, who takes each up,
//! replies mailed to the requester in their language, and notes among
//! themselves. Separate from proposals: a request asks the observatory for
//! help, a proposal offers it collaboration.
//!
//! The form has the proposal form's defences (`web::human_check`) and a
//! limit per client address.

mod entities;
mod form;
mod queue;

use askama::Template;
use axum::{
    Router,
    extract::State,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    db::Keyed,
    geography,
    i18n::Locale,
    mail,
    safeguarding::{self, Field, Masked, Screened, Subject, masking::Warning, screen},
    state::AppState,
    throttle::{self, Limit},
    web::{
        AppError, ClientIp, FeatureRoutes, Page,
        csrf::CheckedForm,
        form::FieldErrors,
        human_check::{Refusal, Screening},
        page::render,
        page_cache::keepable,
    },
};
use entities::{State as RequestState, request};
use form::{RequestInput, ValidRequest};

/// Requests one address may send per hour: plenty for an institution.
const PER_HOUR: i32 = 5;
/// How long a closed request is kept (the privacy policy says so).
const CLOSED_KEPT_FOR_DAYS: i64 = 730;

/// The request form's address, in the sitemap.
pub const FORM_PATH: &str = "/assistance";

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route(FORM_PATH, get(show).route_layer(keepable()).post(send))
        .route("/assistance/sent", get(show_sent));
    let staff = Router::new()
        .route("/assistance", get(queue::list))
        .route("/assistance/{id}", get(queue::show))
        .route("/assistance/{id}/handling", post(queue::handle))
        .route("/assistance/{id}/replies", post(queue::reply));
    FeatureRoutes {
        public,
        staff,
        ..FeatureRoutes::default()
    }
}

#[derive(Template)]
#[template(path = "assistance/request.html")]
struct RequestPage {
    page: Page,
    input: RequestInput,
    errors: FieldErrors,
    started: String,
    /// Why the form was refused as a whole, if it was.
    problem: Option<String>,
    /// Details that may identify a child, found in the need described.
    safeguarding: Option<Warning>,
}

async fn show(page: Page) -> Result<Response, AppError> {
    render(&RequestPage {
        errors: FieldErrors::new(page.locale),
        started: page.started.clone(),
        page,
        input: RequestInput::default(),
        problem: None,
        safeguarding: None,
    })
}

const LIMIT: Limit = Limit {
    max: PER_HOUR,
    window_minutes: 60,
    lock_minutes: 60,
};

fn address_key(client: std::net::IpAddr) -> String {
    format!("assistance-address:{client}")
}

async fn send(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: RequestInput = form.parse()?;
    let sent = Redirect::to(&page.link("/assistance/sent")).into_response();
    let key = &state.settings.secret_key;
    let check = input.human_check();
    let screening = check.screen::<request::Entity>(&state.db, key, request::Column::FormKey);
    let Screening::Read { form_key } = screening.await? else {
        return Ok(sent);
    };
    let mut errors = FieldErrors::new(page.locale);
    let valid = input.validate(&mut errors);
    let refusal = input
        .human_check()
        .refusal(&state.db, key, &address_key(client))
        .await?;
    let (Some(valid), None, Some(form_key)) = (valid, refusal, form_key) else {
        let (refusal, status) = Refusal::shown(refusal, !errors.is_empty());
        let form = RequestPage {
            started: input.human_check().started_for_correction(key),
            problem: refusal.map(|refusal| page.t(&refusal.message_key("assistance"))),
            input,
            errors,
            page,
            safeguarding: None,
        };
        return Ok((status, render(&form)?).into_response());
    };
    let texts = [Field {
        name: "need",
        label: "assistance-field-need",
        text: &valid.need,
    }];
    let sender = (
        Some(valid.email.as_str()),
        input.safeguarding_confirmation.as_str(),
    );
    let masked = match screen(
        &state,
        &texts,
        sender,
        Subject::AssistanceRequest,
        page.locale,
    )
    .await?
    {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let warned = RequestPage {
                started: input.human_check().started_for_correction(key),
                problem: None,
                input,
                errors,
                page,
                safeguarding: Some(warning),
            };
            return render(&warned);
        }
    };
    store_and_mail(&state, (&page, client), (valid, masked), form_key).await?;
    Ok(sent)
}

/// Keeps the request, counts it against the address, and queues the mails
/// to the head office and to the requester, in one transaction.
async fn store_and_mail(
    state: &AppState,
    (page, client): (&Page, std::net::IpAddr),
    (valid, masked): (ValidRequest, Masked),
    form_key: String,
) -> Result<(), AppError> {
    let now = Utc::now();
    let txn = state.begin_write().await?;
    let stored = request::Entity::insert(request::ActiveModel {
        institution: Set(valid.institution),
        country_code: Set(valid.country_code),
        area: Set(valid.area),
        timeframe: Set(valid.timeframe),
        need: Set(masked.text("need")),
        contact_name: Set(valid.contact_name),
        contact_role: Set(valid.contact_role),
        email: Set(valid.email),
        phone: Set(valid.phone),
        locale: Set(page.locale.code().to_string()),
        form_key: Set(form_key),
        state: Set(RequestState::New),
        assignee_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec_with_returning(&txn)
    .await?;
    masked
        .store(&txn, Subject::AssistanceRequest, stored.id)
        .await?;
    throttle::record(&txn, &[(&address_key(client), LIMIT)]).await?;
    mail::queue(&txn, &to_office(state, page, &stored)?).await?;
    // The requester's address is not proven: it is acknowledged only
    // within the limits on mail anyone may ask the site to send.
    if throttle::allow_requested_mail(&txn, &stored.email, client).await? {
        mail::queue(&txn, &acknowledgement(page.locale, &stored)?).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// The language the head office reads its mail in.
const OFFICE_LOCALE: Locale = Locale::En;

/// The request as the head office receives it: answering the mail answers
/// the requester; the link opens it in the staff's queue.
fn to_office(
    state: &AppState,
    page: &Page,
    stored: &request::Model,
) -> Result<mail::Outgoing, AppError> {
    let link = state.absolute_url(&format!("/en/staff/assistance/{}", stored.id));
    let area = OFFICE_LOCALE.t(&format!("assistance-area-{}", stored.area.key()));
    let mut outgoing = mail::compose(
        OFFICE_LOCALE,
        "assistance-office",
        &page.office.email,
        &page.office.legal_name,
        &link,
        &[
            ("number", stored.id.into()),
            ("institution", stored.institution.clone().into()),
            (
                "country",
                country_name(OFFICE_LOCALE, &stored.country_code).into(),
            ),
            ("area", area.into()),
            ("timeframe", stored.timeframe.clone().into()),
            ("need", stored.need.clone().into()),
            ("name", stored.contact_name.clone().into()),
            ("role", stored.contact_role.clone().into()),
            ("email", stored.email.clone().into()),
            ("phone", phone_of(OFFICE_LOCALE, stored).into()),
            ("language", language_name(OFFICE_LOCALE, page.locale).into()),
        ],
    )
    .map_err(AppError::Internal)?;
    outgoing.reply_to = Some(stored.email.clone());
    Ok(outgoing)
}

/// `language`'s name as `locale` writes it: "Spanish", "español".
fn language_name(locale: Locale, language: Locale) -> String {
    locale.t(&format!("language-{}", language.code()))
}

/// The telephone given, or that none was.
fn phone_of(locale: Locale, stored: &request::Model) -> String {
    match stored.phone.as_str() {
        "" => locale.t("assistance-no-phone"),
        phone => phone.to_string(),
    }
}

fn country_name(locale: Locale, code: &str) -> String {
    geography::countries_by_name(locale)
        .iter()
        .find(|(known, _)| *known == code)
        .map_or_else(|| code.to_string(), |(_, name)| name.clone())
}

/// The requester's acknowledgement, in their language, with the request's
/// number. It repeats nothing they typed (greeting the address itself), so
/// the form cannot be used to mail others someone's text.
fn acknowledgement(locale: Locale, stored: &request::Model) -> Result<mail::Outgoing, AppError> {
    mail::compose(
        locale,
        "assistance-received",
        &stored.email,
        &stored.email,
        "",
        &[("number", stored.id.into())],
    )
    .map_err(AppError::Internal)
}

#[derive(Template)]
#[template(path = "assistance/sent.html")]
struct SentPage {
    page: Page,
}

async fn show_sent(page: Page) -> Result<Response, AppError> {
    render(&SentPage { page })
}

/// Deletes the requests closed more than two years ago, with what the
/// staff wrote on them and the details hidden in them. How many.
pub async fn purge_expired(state: &AppState) -> Result<u64, DbErr> {
    let before = Utc::now() - Duration::days(CLOSED_KEPT_FOR_DAYS);
    let mut purged = 0;
    loop {
        let txn = state.begin_write().await?;
        let expired: Vec<i32> = request::Entity::find()
            .select_only()
            .column(request::Column::Id)
            .filter(request::Column::State.eq(RequestState::Closed))
            .filter(request::Column::UpdatedAt.lte(before))
            .limit(PURGE_BATCH)
            .into_tuple()
            .all(&txn)
            .await?;
        if expired.is_empty() {
            return Ok(purged);
        }
        let subject = Subject::AssistanceRequest;
        purged += safeguarding::retention::delete_with_details(&txn, subject, &expired).await?;
        txn.commit().await?;
    }
}

/// How many requests one transaction of the purge deletes.
const PURGE_BATCH: u64 = 500;
