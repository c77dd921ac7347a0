//! The contact page's form: anyone writes to the head office (a subject, a
//! message, a document if they wish, their consent). The message is kept,
//! mailed to the head office's address through the job queue (answering
//! the mail answers the sender), and acknowledged to the sender in their
//! language. The form has the proposal form's defences (`web::human_check`)
//! and a limit per address; a form refused for a field keeps its file.

mod form;
mod message;

use askama::Template;
use axum::{
    Router,
    extract::{DefaultBodyLimit, Path, State},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::{
    content::{self, Article},
    i18n::Locale,
    mail,
    state::AppState,
    throttle::{self, Limit},
    uploads,
    web::{
        AppError, ClientIp, FeatureRoutes, Page,
        csrf::{CheckedMultipart, UploadedFile},
        form::FieldErrors,
        human_check::{Refusal, Screening},
        page::render,
        page_cache::keepable,
    },
};
use form::{ContactInput, KEPT_FILE, ValidMessage};

/// A message and its file, at their largest.
const FORM_BODY_LIMIT: usize = 2 * uploads::MAX_BYTES;
/// Messages one address may send per hour: plenty for people.
const PER_HOUR: i32 = 5;
/// How long a file sent with a refused form waits for the correction.
const KEPT_FOR_HOURS: i64 = 24;
/// How long a message is kept once sent (the privacy policy says so): the
/// head office has its mail; the copy here is for a year's follow-up.
const MESSAGES_KEPT_FOR_DAYS: i64 = 365;

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route("/contact", get(show).route_layer(keepable()).post(send))
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        .route("/contact/sent", get(show_sent));
    let editor = Router::new()
        .route("/messages", get(list))
        .route("/messages/{id}/file", get(download));
    FeatureRoutes {
        public,
        editor,
        ..FeatureRoutes::default()
    }
}

/// A file kept from an earlier, refused attempt.
struct KeptFile {
    token: String,
    name: String,
}

#[derive(Template)]
#[template(path = "contact/contact.html")]
struct ContactPage {
    page: Page,
    article: Article,
    input: ContactInput,
    errors: FieldErrors,
    started: String,
    kept: Option<KeptFile>,
    /// Why the form was refused as a whole, if it was.
    problem: Option<String>,
}

async fn show(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let article = content::page_article(&state.db, &page, "contact").await?;
    render(&ContactPage {
        errors: FieldErrors::new(page.locale),
        started: page.started.clone(),
        page,
        article,
        input: ContactInput::default(),
        kept: None,
        problem: None,
    })
}

fn address_key(client: std::net::IpAddr) -> String {
    format!("contact-address:{client}")
}

const LIMIT: Limit = Limit {
    max: PER_HOUR,
    window_minutes: 60,
    lock_minutes: 60,
};

/// Whether the form is refused as a whole, and why.
async fn refusal(
    state: &AppState,
    client: std::net::IpAddr,
    input: &ContactInput,
) -> Result<Option<Refusal>, AppError> {
    let key = &state.settings.secret_key;
    let limit_key = address_key(client);
    Ok(input
        .human_check()
        .refusal(&state.db, key, &limit_key)
        .await?)
}

async fn send(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let input: ContactInput = form.parse()?;
    let sent = Redirect::to(&page.link("/contact/sent")).into_response();
    let key = &state.settings.secret_key;
    let check = input.human_check();
    let screening = check.screen::<message::Entity>(&state.db, key, message::Column::FormKey);
    let Screening::Read { form_key } = screening.await? else {
        return Ok(sent);
    };
    let mut errors = FieldErrors::new(page.locale);
    let valid = input.validate(&mut errors);
    let refusal = refusal(&state, client, &input).await?;
    let kept = match refusal {
        None => keep_file(&state, client, form.file(), &input.kept_file, &mut errors).await?,
        Some(_) => None,
    };
    input.check_consent(&mut errors);
    let (Some(valid), None, true) = (valid, refusal, errors.is_empty()) else {
        return refused(&state, page, (input, errors), refusal, kept).await;
    };
    store_and_mail(&state, (&page, client), (valid, form_key), kept).await?;
    Ok(sent)
}

/// The file to send with the message: a new valid upload (kept now, so a
/// correction need not send it again) or the one kept before.
async fn keep_file(
    state: &AppState,
    client: std::net::IpAddr,
    upload: Option<&UploadedFile>,
    kept_token: &str,
    errors: &mut FieldErrors,
) -> Result<Option<message::Model>, AppError> {
    if let Some(upload) = upload {
        if !uploads::may_send_another(state, client).await? {
            errors.add("attachment", "contact-file-too-many");
            return Ok(None);
        }
        let content_type = match uploads::check(upload).await {
            Ok(content_type) => content_type,
            Err(problem) => {
                errors.add("attachment", problem.message_key());
                return Ok(None);
            }
        };
        let stored_name = uploads::save(&state.storage, upload)
            .await
            .map_err(|error| AppError::Internal(error.into()))?;
        let row = message::ActiveModel {
            name: Set(String::new()),
            email: Set(String::new()),
            subject: Set(String::new()),
            message: Set(String::new()),
            locale: Set(String::new()),
            stored_name: Set(Some(stored_name)),
            original_name: Set(Some(uploads::display_name(&upload.file_name))),
            content_type: Set(Some(content_type.to_string())),
            size_bytes: Set(Some(upload.size as i64)),
            created_at: Set(Utc::now()),
            ..Default::default()
        };
        return Ok(Some(
            message::Entity::insert(row)
                .exec_with_returning(&state.db)
                .await?,
        ));
    }
    let Some(id) = uploads::kept_id(&state.settings.secret_key, KEPT_FILE, kept_token) else {
        return Ok(None);
    };
    Ok(message::Entity::find_by_id(id)
        .filter(message::Column::SentAt.is_null())
        .one(&state.db)
        .await?)
}

/// The form again: what was typed, what is wrong, the file kept.
async fn refused(
    state: &AppState,
    page: Page,
    (input, errors): (ContactInput, FieldErrors),
    refusal: Option<Refusal>,
    kept: Option<message::Model>,
) -> Result<Response, AppError> {
    let (refusal, status) = Refusal::shown(refusal, !errors.is_empty());
    let key = &state.settings.secret_key;
    let form = ContactPage {
        article: content::page_article(&state.db, &page, "contact").await?,
        started: input.human_check().started_for_correction(key),
        kept: kept.map(|file| KeptFile {
            token: uploads::kept_token(key, KEPT_FILE, file.id),
            name: file.original_name.unwrap_or_default(),
        }),
        problem: refusal.map(|refusal| page.t(&refusal.message_key("contact"))),
        input,
        errors,
        page,
    };
    Ok((status, render(&form)?).into_response())
}

/// Keeps the message (on the kept file's row when there is one), counts it
/// against the address, and queues the two mails, in one transaction.
async fn store_and_mail(
    state: &AppState,
    (page, client): (&Page, std::net::IpAddr),
    (valid, form_key): (ValidMessage, Option<String>),
    kept: Option<message::Model>,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let mut row = match &kept {
        Some(kept) => message::ActiveModel {
            id: Set(kept.id),
            ..Default::default()
        },
        None => message::ActiveModel {
            created_at: Set(Utc::now()),
            ..Default::default()
        },
    };
    row.name = Set(valid.name.clone());
    row.email = Set(valid.email.clone());
    row.subject = Set(valid.subject.clone());
    row.message = Set(valid.message.clone());
    row.locale = Set(page.locale.code().to_string());
    row.form_key = Set(form_key);
    row.sent_at = Set(Some(Utc::now()));
    let stored = match kept {
        Some(_) => message::Entity::update(row).exec(&txn).await?,
        None => {
            message::Entity::insert(row)
                .exec_with_returning(&txn)
                .await?
        }
    };
    throttle::record(&txn, &[(&address_key(client), LIMIT)]).await?;
    mail::queue(&txn, &to_office(state, page, &stored)?).await?;
    // The sender's address is not proven: it gets an acknowledgement only
    // within the limits on mail anyone may ask the site to send.
    if throttle::allow_requested_mail(&txn, &stored.email, client).await? {
        mail::queue(&txn, &acknowledgement(page, &stored)?).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// The language the head office reads its mail in.
const OFFICE_LOCALE: Locale = Locale::En;

/// The message as the head office receives it: answering it answers the
/// sender; a file is a link to download it, signed in.
fn to_office(
    state: &AppState,
    page: &Page,
    stored: &message::Model,
) -> Result<mail::Outgoing, AppError> {
    let link = match stored.stored_name {
        Some(_) => state.absolute_url(&format!("/en/staff/messages/{}/file", stored.id)),
        None => String::new(),
    };
    let language = page.locale.native_name().to_string();
    let mut outgoing = mail::compose(
        OFFICE_LOCALE,
        "contact-office",
        &page.office.email,
        &page.office.legal_name,
        &link,
        &[
            ("name", stored.name.clone().into()),
            ("email", stored.email.clone().into()),
            ("subject", stored.subject.clone().into()),
            ("message", stored.message.clone().into()),
            ("language", language.into()),
        ],
    )
    .map_err(AppError::Internal)?;
    outgoing.reply_to = Some(stored.email.clone());
    Ok(outgoing)
}

/// The sender's acknowledgement, in their language. It repeats nothing
/// they typed (greeting the address itself), so the form cannot be used to
/// mail others someone's text.
fn acknowledgement(page: &Page, stored: &message::Model) -> Result<mail::Outgoing, AppError> {
    mail::compose(
        page.locale,
        "contact-received",
        &stored.email,
        &stored.email,
        "",
        &[],
    )
    .map_err(AppError::Internal)
}

#[derive(Template)]
#[template(path = "contact/sent.html")]
struct SentPage {
    page: Page,
}

async fn show_sent(page: Page) -> Result<Response, AppError> {
    render(&SentPage { page })
}

/// Messages listed to editors, newest first.
const LISTED: u64 = 100;

#[derive(Template)]
#[template(path = "contact/messages.html")]
struct MessagesPage {
    page: Page,
    messages: Vec<message::Model>,
}

impl MessagesPage {
    /// The language a message was written from, by its own name.
    fn language(&self, code: &str) -> &'static str {
        Locale::from_code(code).map_or("", Locale::native_name)
    }
}

/// The newest messages received, as the head office's mail had them: a
/// record for editors when a mail went astray.
async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let messages = message::Entity::find()
        .filter(message::Column::SentAt.is_not_null())
        .order_by_desc(message::Column::SentAt)
        .limit(LISTED)
        .all(&state.db)
        .await?;
    render(&MessagesPage { page, messages })
}

/// A message's file, for editors (the head office's mail links to it).
async fn download(
    State(state): State<AppState>,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let found = message::Entity::find_by_id(id)
        .filter(message::Column::SentAt.is_not_null())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(stored_name), Some(content_type), Some(original_name)) = (
        &found.stored_name,
        &found.content_type,
        &found.original_name,
    ) else {
        return Err(AppError::NotFound);
    };
    uploads::send(
        &state.storage,
        (stored_name, content_type, original_name),
        "private, no-store",
    )
    .await
}

/// Deletes what is kept no longer: files kept for forms nobody sent again
/// within a day, and messages sent more than a year ago, with their files;
/// one by one (a file sent meanwhile keeps its bytes). How many.
pub async fn purge_expired(state: &AppState) -> Result<usize, DbErr> {
    let now = Utc::now();
    let unsent = sea_orm::Condition::all()
        .add(message::Column::SentAt.is_null())
        .add(message::Column::CreatedAt.lte(now - Duration::hours(KEPT_FOR_HOURS)));
    let old = message::Column::SentAt.lte(now - Duration::days(MESSAGES_KEPT_FOR_DAYS));
    let expired = sea_orm::Condition::any().add(unsent).add(old);
    let forgotten = message::Entity::find()
        .filter(expired.clone())
        .all(&state.db)
        .await?;
    let mut purged = 0;
    for file in forgotten {
        let deleted = message::Entity::delete_many()
            .filter(message::Column::Id.eq(file.id))
            .filter(expired.clone())
            .exec(&state.db)
            .await?;
        if deleted.rows_affected == 1 {
            if let Some(stored_name) = &file.stored_name {
                uploads::remove(&state.storage, stored_name).await;
            }
            purged += 1;
        }
    }
    Ok(purged)
}
