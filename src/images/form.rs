//! The editors' form of a picture shown with something (a library
//! resource's cover, a news item's or an event's picture): a PNG or JPEG
//! file and what it shows, said in each language the thing's title is
//! written in — a picture without its text alternative is not saved. A
//! form refused for its text keeps the picture it was sent with; a form
//! filled before another save of the thing is refused by its owner. The
//! page around the form, where the choice is saved and how it is
//! versioned, belong to each feature; `templates/images/_form.html` shows
//! the form.

use serde::Deserialize;

use super::{image, usage};
use crate::{
    i18n::Locale,
    state::AppState,
    uploads,
    web::{
        AppError, Page,
        csrf::{CheckedMultipart, UploadedFile},
        form::{FieldErrors, TextBounds, TextProblem},
    },
};

/// A text alternative says what the picture shows in a sentence or two.
const ALT: TextBounds = TextBounds { min: 1, max: 300 };

/// The form's body: one picture and its texts.
pub const FORM_BODY_LIMIT: usize = super::MAX_BYTES + 64 * 1024;

/// The field of the file, under which its problems are told.
const FILE: &str = "picture";

/// What the form sends.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PictureInput {
    pub alt_en: String,
    pub alt_es: String,
    pub alt_fr: String,
    /// The picture sent with an earlier send of this form.
    pub kept_image: String,
    /// The editor takes the picture away.
    pub remove: bool,
    /// The version of the thing the form was filled from, for its owner
    /// to refuse a form filled before another save.
    pub version: String,
}

impl PictureInput {
    /// The form of a picture said as `alts` (in the order of `Locale::ALL`).
    pub fn saying(alts: [&str; 3]) -> PictureInput {
        let [alt_en, alt_es, alt_fr] = alts.map(str::to_string);
        PictureInput {
            alt_en,
            alt_es,
            alt_fr,
            ..PictureInput::default()
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

/// The words a feature's form says (message keys): its legend for the
/// text alternatives, its buttons and its messages.
pub struct Words {
    pub alt: &'static str,
    pub save: &'static str,
    pub remove: &'static str,
    pub required: &'static str,
    /// Given the language's name as `$language`.
    pub alt_required: &'static str,
}

/// The form as shown.
pub struct PictureForm {
    /// Where it is sent, in the page's language.
    pub action: String,
    pub version: String,
    /// The picture saved now.
    pub current: Option<image::Model>,
    /// A picture sent with this form, not saved yet, and its token.
    pub sent: Option<(image::Model, String)>,
    pub input: PictureInput,
    /// The languages the text alternative is written in: those of the
    /// thing's title.
    pub languages: Vec<Locale>,
    pub words: &'static Words,
}

impl PictureForm {
    /// The picture the form shows: the one just sent, else the saved one.
    pub fn shown(&self) -> Option<&image::Model> {
        self.sent
            .as_ref()
            .map(|(image, _)| image)
            .or(self.current.as_ref())
    }

    pub fn alt_field(&self, locale: &Locale) -> &'static str {
        alt_field(*locale)
    }

    pub fn alt_value(&self, locale: &Locale) -> &str {
        self.input.alt(*locale)
    }
}

/// What the editor chose: the picture and what it shows in each language
/// (in the order of `Locale::ALL`; empty where the title is not written),
/// or no picture at all.
pub struct Chosen {
    pub image_id: Option<i32>,
    pub alts: [String; 3],
}

/// Reads a sent form into the editor's choice, or into the form again with
/// each problem next to its field (to be answered 422).
pub async fn read(
    state: &AppState,
    (page, client): (&Page, std::net::IpAddr),
    form: &CheckedMultipart,
    shown: PictureForm,
) -> Result<Result<Chosen, (PictureForm, FieldErrors)>, AppError> {
    let input: PictureInput = form.parse()?;
    if input.remove {
        return Ok(Ok(Chosen {
            image_id: None,
            alts: Default::default(),
        }));
    }
    let editor = page.user_id();
    let mut errors = FieldErrors::new(page.locale);
    let sent = match form.file() {
        Some(upload) => receive(state, (client, editor), upload, &mut errors).await?,
        None => usage::kept(state, &input.kept_image, editor).await?,
    };
    if sent.is_none() && shown.current.is_none() && !errors.has(FILE) {
        errors.add(FILE, shown.words.required);
    }
    let alts = Locale::ALL.map(|language| {
        if shown.languages.contains(&language) {
            checked_alt(&mut errors, (language, shown.words), input.alt(language))
        } else {
            String::new()
        }
    });
    if errors.is_empty() {
        let image_id = sent.as_ref().or(shown.current.as_ref()).map(|i| i.id);
        return Ok(Ok(Chosen { image_id, alts }));
    }
    let sent = sent.map(|image| {
        let token = usage::kept_token(state, &image);
        (image, token)
    });
    Ok(Err((
        PictureForm {
            sent,
            input,
            ..shown
        },
        errors,
    )))
}

/// Checks a picture just sent and stores it, not in use yet; none, with
/// the reason against the file's field, when it is refused.
async fn receive(
    state: &AppState,
    (client, editor): (std::net::IpAddr, Option<i32>),
    upload: &UploadedFile,
    errors: &mut FieldErrors,
) -> Result<Option<image::Model>, AppError> {
    // Decoding a picture takes the server's time: every one sent counts.
    if !uploads::may_send_another(state, client).await? {
        errors.add(FILE, "picture-too-often");
        return Ok(None);
    }
    Ok(match super::accept(state, upload, editor).await? {
        Ok(accepted) => Some(accepted),
        Err(problem) => {
            errors.add(FILE, problem.message_key());
            None
        }
    })
}

/// The text alternative in `language`, or an empty one with its problem
/// recorded; the message names the language, so the error summary does too.
fn checked_alt(
    errors: &mut FieldErrors,
    (language, words): (Locale, &Words),
    typed: &str,
) -> String {
    let field = alt_field(language);
    match ALT.check(typed) {
        Ok(alt) => alt,
        Err(TextProblem::TooShort) => {
            let locale = errors.locale();
            let name = locale.t(&format!("language-{}", language.code()));
            let message = locale.t_args(words.alt_required, &[("language", name.into())]);
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
