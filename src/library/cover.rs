//! A resource's cover (`/staff/library/{id}/cover`): editors send a
//! picture and say what it shows in each language the resource's title is
//! written in — a cover without its text alternative is not saved. The
//! picture is checked and resized by `crate::images`; a form refused for
//! its text keeps the picture it was sent with. Each change of cover is a
//! version of the resource.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};
use serde::Deserialize;

use super::{
    editing::{stored, version_of},
    entities::resource,
    history,
};
use crate::{
    i18n::Locale,
    images::{self, image, usage},
    state::AppState,
    uploads,
    web::{
        AppError, ClientIp, Page,
        csrf::{CheckedMultipart, UploadedFile},
        form::{FieldErrors, SavedQuery, TextBounds, TextProblem},
        page::render,
        page_cache,
        side_by_side::Translated,
    },
};

/// A text alternative says what the picture shows in a sentence or two.
const ALT: TextBounds = TextBounds { min: 1, max: 300 };

/// The form's body: one picture and its texts.
pub const FORM_BODY_LIMIT: usize = images::MAX_BYTES + 64 * 1024;

#[derive(Deserialize, Default)]
#[serde(default)]
struct CoverInput {
    alt_en: String,
    alt_es: String,
    alt_fr: String,
    /// The picture sent with an earlier send of this form.
    kept_image: String,
    /// The editor takes the cover away.
    remove: bool,
    /// The resource's version the form was filled from: a form filled
    /// before another save is refused, so two editors never undo each
    /// other's cover (nor keep a picture the other let go).
    version: String,
}

impl CoverInput {
    fn of(resource: &resource::Model) -> CoverInput {
        CoverInput {
            alt_en: resource.cover_alt_en.clone(),
            alt_es: resource.cover_alt_es.clone(),
            alt_fr: resource.cover_alt_fr.clone(),
            ..CoverInput::default()
        }
    }

    fn alt(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.alt_en,
            Locale::Es => &self.alt_es,
            Locale::Fr => &self.alt_fr,
        }
    }
}

#[derive(Template)]
#[template(path = "library/cover.html")]
struct CoverPage {
    page: Page,
    resource: resource::Model,
    /// The cover saved now.
    cover: Option<image::Model>,
    /// A picture sent with this form, not saved yet.
    sent: Option<(image::Model, String)>,
    input: CoverInput,
    errors: FieldErrors,
    saved: bool,
}

impl CoverPage {
    /// The languages the editor writes a text alternative in: those the
    /// resource's title is written in.
    fn languages(&self) -> Vec<Locale> {
        self.resource.written_languages()
    }

    fn alt_field(&self, locale: &Locale) -> &'static str {
        alt_field(*locale)
    }

    fn alt_value(&self, locale: &Locale) -> &str {
        self.input.alt(*locale)
    }

    fn version(&self) -> String {
        version_of(&self.resource)
    }

    /// The editors' page of the resource.
    fn resource_path(&self) -> String {
        format!("/staff/library/{}", self.resource.id)
    }

    fn cover_path(&self) -> String {
        format!("{}/cover", self.resource_path())
    }

    /// The picture the form shows: the one just sent, else the saved one.
    fn shown(&self) -> Option<&image::Model> {
        self.sent
            .as_ref()
            .map(|(image, _)| image)
            .or(self.cover.as_ref())
    }
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let resource = stored(&state, id).await?;
    let cover = cover_of(&state, &resource).await?;
    let errors = FieldErrors::new(page.locale);
    render(&CoverPage {
        input: CoverInput::of(&resource),
        page,
        resource,
        cover,
        sent: None,
        errors,
        saved: query.saved,
    })
}

async fn cover_of(
    state: &AppState,
    resource: &resource::Model,
) -> Result<Option<image::Model>, AppError> {
    Ok(match resource.cover_image_id {
        Some(id) => images::find(&state.db, id).await?,
        None => None,
    })
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    ClientIp(client): ClientIp,
    Path(id): Path<i32>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let resource = stored(&state, id).await?;
    let input: CoverInput = form.parse()?;
    let cover = cover_of(&state, &resource).await?;
    let editor = page.user_id();
    if input.remove {
        return save(&state, (&page, resource), (&input.version, None)).await;
    }
    let mut errors = FieldErrors::new(page.locale);
    let sent = match form.file() {
        Some(upload) => receive(&state, (client, editor), upload, &mut errors).await?,
        None => usage::kept(&state, &input.kept_image, editor).await?,
    };
    if sent.is_none() && cover.is_none() && !errors.has("cover") {
        errors.add("cover", "library-cover-required");
    }
    let written = resource.written_languages();
    let mut alt = |language: Locale| -> String {
        if !written.contains(&language) {
            return String::new();
        }
        checked_alt(&mut errors, language, input.alt(language))
    };
    let alts = [alt(Locale::En), alt(Locale::Es), alt(Locale::Fr)];
    if !errors.is_empty() {
        let sent = sent.map(|image| {
            let token = usage::kept_token(&state, &image);
            (image, token)
        });
        let shown = CoverPage {
            page,
            resource,
            cover,
            sent,
            input,
            errors,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    }
    let chosen = Chosen {
        image_id: sent.as_ref().or(cover.as_ref()).map(|image| image.id),
        alts,
    };
    save(&state, (&page, resource), (&input.version, Some(chosen))).await
}

/// Checks a picture just sent and stores it, not in use yet; none, with
/// the reason against the `cover` field, when it is refused.
async fn receive(
    state: &AppState,
    (client, editor): (std::net::IpAddr, Option<i32>),
    upload: &UploadedFile,
    errors: &mut FieldErrors,
) -> Result<Option<image::Model>, AppError> {
    // Decoding a picture takes the server's time: every one sent counts.
    if !uploads::may_send_another(state, client).await? {
        errors.add("cover", "library-cover-too-often");
        return Ok(None);
    }
    Ok(match images::accept(state, upload, editor).await? {
        Ok(accepted) => Some(accepted),
        Err(problem) => {
            errors.add("cover", problem.message_key());
            None
        }
    })
}

/// The text alternative in `language`, or an empty one with its problem
/// recorded; the message names the language, so the error summary does too.
fn checked_alt(errors: &mut FieldErrors, language: Locale, typed: &str) -> String {
    let field = alt_field(language);
    match ALT.check(typed) {
        Ok(alt) => alt,
        Err(TextProblem::TooShort) => {
            let locale = errors.locale();
            let name = locale.t(&format!("language-{}", language.code()));
            let message = locale.t_args("library-cover-alt-required", &[("language", name.into())]);
            errors.add_text(field, message);
            String::new()
        }
        Err(problem) => {
            errors.add_text_problem(field, problem, "");
            String::new()
        }
    }
}

/// The form's field for the text alternative in `language`.
fn alt_field(language: Locale) -> &'static str {
    match language {
        Locale::En => "alt_en",
        Locale::Es => "alt_es",
        Locale::Fr => "alt_fr",
    }
}

/// A checked cover: its picture and texts, in the order of `Locale::ALL`.
struct Chosen {
    image_id: Option<i32>,
    alts: [String; 3],
}

/// Saves the resource's new cover (none: taken away) as a version, lets
/// the former picture go, and shows the cover's page; refused when the
/// resource changed since the form (of `read` version) was filled.
async fn save(
    state: &AppState,
    (page, resource): (&Page, resource::Model),
    (read, chosen): (&str, Option<Chosen>),
) -> Result<Response, AppError> {
    let id = resource.id;
    let txn = state.begin_write().await?;
    let current = resource::Entity::find_by_id(id).one(&txn).await?;
    let Some(resource) = current.filter(|current| version_of(current) == read) else {
        return Err(AppError::Conflict);
    };
    let former = resource.cover_image_id;
    history::keep_first(&txn, id).await?;
    let (image_id, [alt_en, alt_es, alt_fr]) = match chosen {
        Some(chosen) => (chosen.image_id, chosen.alts),
        None => (None, Default::default()),
    };
    if let Some(image_id) = image_id.filter(|new| Some(*new) != former) {
        usage::claim(&txn, image_id).await?;
    }
    let released = match former {
        Some(former) if Some(former) != image_id => usage::release(&txn, former).await?,
        _ => None,
    };
    let mut changed = resource.into_active_model();
    changed.cover_image_id = Set(image_id);
    changed.cover_alt_en = Set(alt_en);
    changed.cover_alt_es = Set(alt_es);
    changed.cover_alt_fr = Set(alt_fr);
    changed.updated_at = Set(Utc::now());
    changed.update(&txn).await?;
    history::record(&txn, id, page.user_id(), "cover").await?;
    page_cache::commit_change(state, txn).await?;
    images::remove_released(&state.storage, released.as_slice()).await;
    let link = page.link(&format!("/staff/library/{id}/cover"));
    Ok(Redirect::to(&format!("{link}?saved=true")).into_response())
}
