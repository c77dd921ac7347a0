//! What writing a resource takes, for editors and members alike: the
//! choices its form offers, and checking what was sent.

use crate::{
    db::Keyed,
    geography::Region,
    lines_of_work::{self, LineOption},
    state::AppState,
    web::{AppError, Page, csrf::CheckedMultipart, form::FieldErrors},
};

use super::{
    catalogue,
    entities::{AgeGroup, InstrumentKind, Kind, Licence, resource},
    files::{self, FormFiles, Sender},
    form::{Known, ResourceInput, ValidResource},
    standards,
};

/// What every resource form offers.
pub struct Choices {
    pub lines: Vec<LineOption>,
}

impl Choices {
    pub async fn load(state: &AppState, page: &Page) -> Result<Choices, AppError> {
        Ok(Choices {
            lines: lines_of_work::every(state, page.locale).await?,
        })
    }

    pub fn regions(&self) -> [Region; 6] {
        Region::ALL
    }

    pub fn age_groups(&self) -> Vec<AgeGroup> {
        AgeGroup::all()
    }

    pub fn licences(&self) -> Vec<Licence> {
        Licence::all()
    }

    pub fn instrument_kinds(&self) -> Vec<InstrumentKind> {
        InstrumentKind::all()
    }

    pub fn instruments(&self) -> &'static [standards::Instrument] {
        standards::all()
    }
}

/// A resource's form as shown again: what was typed, its files, its
/// messages, and the choices it offers.
pub struct FormParts {
    pub input: ResourceInput,
    pub files: Vec<files::Listed>,
    pub errors: FieldErrors,
    pub choices: Choices,
}

impl FormParts {
    pub async fn load(
        state: &AppState,
        page: &Page,
        input: ResourceInput,
    ) -> Result<FormParts, AppError> {
        Ok(FormParts {
            input,
            files: Vec::new(),
            errors: FieldErrors::new(page.locale),
            choices: Choices::load(state, page).await?,
        })
    }
}

/// A stored resource's form, filled with what is stored.
pub async fn stored_parts(
    state: &AppState,
    page: &Page,
    found: resource::Model,
) -> Result<(resource::Model, FormParts), AppError> {
    let detailed = catalogue::detailed(&state.db, found).await?;
    let choices = Choices::load(state, page).await?;
    let input = ResourceInput::from((
        &detailed.resource,
        choices.lines.as_slice(),
        detailed.line_ids.as_slice(),
        detailed.citations.as_slice(),
    ));
    let files = FormFiles::of(&state.db, detailed.resource.id).await?;
    let parts = FormParts {
        input,
        files: files.listed(state),
        errors: FieldErrors::new(page.locale),
        choices,
    };
    Ok((detailed.resource, parts))
}

/// What was sent for a resource, checked: what to store if it passed,
/// and the form as sent with its messages, to show again if it did not
/// (the caller may still add its own).
pub struct Checked {
    pub valid: Option<ValidResource>,
    pub files: FormFiles,
    pub parts: Box<FormParts>,
}

/// Who writes a resource: an editor, or a member (by their account).
#[derive(Clone, Copy)]
pub enum Writer {
    Editor,
    Member(i32),
}

/// Checks what was sent for a resource of `kind` (`editing` the stored
/// one, if any) from the address `client`, and stores its new files.
pub async fn check(
    state: &AppState,
    (page, writer, client): (&Page, Writer, std::net::IpAddr),
    kind: Kind,
    editing: Option<i32>,
    form: &CheckedMultipart,
) -> Result<Checked, AppError> {
    let input: ResourceInput = form.parse()?;
    let mut parts = FormParts::load(state, page, input).await?;
    let member = match writer {
        Writer::Editor => None,
        Writer::Member(id) => Some(id),
    };
    let sender = Sender {
        client,
        account: member.or(page.user.as_ref().map(|user| user.id)),
    };
    let files = files::check(state, (&sender, editing), form, &mut parts.errors).await?;
    parts.files = files.listed(state);
    let legislation = catalogue::legislation_named(&state.db, &parts.input.amends, member).await?;
    let known = Known {
        lines: &parts.choices.lines,
        legislation: &legislation,
        editing,
    };
    let valid = parts.input.validate(kind, &known, &mut parts.errors);
    Ok(Checked {
        // A file refused refuses the form: its writer meant to send it.
        valid: valid.filter(|_| !parts.errors.has("files")),
        files,
        parts: Box::new(parts),
    })
}
