//! An editor sees one masked detail: the page says what kind of detail it
//! is and where, and asks why it is needed; the detail is shown only in
//! the answer to that form, and each showing is recorded with the editor
//! and the reason (`log`). Nothing reveals a detail by a plain link, so no
//! browser history, prefetch or shared address shows one.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use sea_orm::{
    ConnectionTrait, DbErr, EntityTrait,
    sea_query::{Alias, Expr, ExprTrait, Query as Select},
};
use serde::Deserialize;

use super::{
    Subject,
    detect::Kind,
    entities::detail,
    labels::{self, Sensitivity},
    log::{self, Action, Entry},
};
use crate::{
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        page::{is_local_page, render},
    },
};

const REASON: TextBounds = TextBounds { min: 5, max: 500 };
/// How much of the text around the detail the page shows, each side.
const CONTEXT_CHARS: usize = 160;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Back {
    back: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RevealForm {
    reason: String,
    back: String,
}

/// The detail's place in its text: what comes before and after it, and
/// the mark that stands for it there, as stored.
pub struct Context {
    pub before: String,
    pub mark: String,
    pub after: String,
    /// Whether the text goes on before and after what is shown.
    pub cut_before: bool,
    pub cut_after: bool,
}

#[derive(Template)]
#[template(path = "safeguarding/reveal.html")]
struct RevealPage {
    page: Page,
    detail: detail::Model,
    context: Option<Context>,
    /// Where the editor came from (a page of this site).
    back: String,
    reason: String,
    errors: FieldErrors,
    /// The detail itself, once a reason was given.
    revealed: Option<String>,
}

impl RevealPage {
    fn kind_key(&self) -> String {
        let kind = Kind::from_key(&self.detail.kind).map_or("unknown", Kind::key);
        format!("safeguarding-kind-{kind}")
    }

    fn subject_key(&self) -> String {
        format!("safeguarding-subject-{}", self.detail.subject)
    }
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(Back { back }): Query<Back>,
) -> Result<Response, AppError> {
    let detail = find(&state, id).await?;
    let context = context(&state.db, &detail).await?;
    render(&RevealPage {
        errors: FieldErrors::new(page.locale),
        back: local_or_nothing(back),
        reason: String::new(),
        revealed: None,
        context,
        detail,
        page,
    })
}

pub async fn reveal(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let RevealForm { reason, back } = form.parse()?;
    let detail = find(&state, id).await?;
    let context = context(&state.db, &detail).await?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = errors.checked_text("reason", &reason, REASON, "safeguarding-reason-missing");
    let Some(reason) = checked else {
        let refused = RevealPage {
            back: local_or_nothing(back),
            revealed: None,
            page,
            detail,
            context,
            reason,
            errors,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let entry = Entry {
        action: Action::Revealed,
        subject: Subject::from_key(&detail.subject).ok_or(AppError::NotFound)?,
        subject_id: Some(detail.subject_id),
        field: &detail.field,
        kind: Kind::from_key(&detail.kind),
        detail_id: Some(detail.id),
        actor_id: page.user_id(),
        reason: &reason,
    };
    // The record is written, and synced, before the detail is shown.
    let txn = state.begin_write().await?;
    log::record(&txn, &[entry], Utc::now()).await?;
    txn.commit().await?;
    render(&RevealPage {
        back: local_or_nothing(back),
        revealed: Some(detail.original.clone()),
        errors: FieldErrors::new(page.locale),
        page,
        detail,
        context,
        reason,
    })
}

async fn find(state: &AppState, id: i32) -> Result<detail::Model, AppError> {
    detail::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

fn local_or_nothing(back: String) -> String {
    if is_local_page(&back) {
        back
    } else {
        String::new()
    }
}

/// The masked text around the detail's placeholder, read from its
/// subject's row; none when the text is gone (erased) or the field is not
/// one the labels call sensitive, which is the only kind read here.
async fn context(
    db: &impl ConnectionTrait,
    found: &detail::Model,
) -> Result<Option<Context>, DbErr> {
    let Some(subject) = Subject::from_key(&found.subject) else {
        return Ok(None);
    };
    let table = subject.table();
    if labels::of(table, &found.field) != Some(Sensitivity::Sensitive) {
        return Ok(None);
    }
    let select = Select::select()
        .expr_as(Expr::col(Alias::new(&found.field)), Alias::new("text"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("id")).eq(found.subject_id))
        .to_owned();
    let Some(row) = db.query_one(&select).await? else {
        return Ok(None);
    };
    let text: String = row.try_get("", "text")?;
    let at = usize::try_from(found.position).unwrap_or(usize::MAX);
    let Some((before, rest)) = text.split_at_checked(at) else {
        return Ok(None);
    };
    let mark_end = rest.find(']').map_or(0, |end| end + ']'.len_utf8());
    let (mark, after) = rest.split_at(mark_end);
    let shown_before: String = before.chars().rev().take(CONTEXT_CHARS).collect();
    Ok(Some(Context {
        cut_before: shown_before.len() < before.len(),
        before: shown_before.chars().rev().collect(),
        mark: mark.to_string(),
        cut_after: after.chars().count() > CONTEXT_CHARS,
        after: after.chars().take(CONTEXT_CHARS).collect(),
    }))
}

/// A masked detail as a page that holds it lists it for editors, with
/// the link to see it.
pub struct Listed {
    pub id: i32,
    pub kind: String,
    pub subject: String,
}

impl Listed {
    pub fn placeholder_key(&self) -> String {
        format!("safeguarding-placeholder-{}", self.kind)
    }

    pub fn subject_key(&self) -> String {
        format!("safeguarding-subject-{}", self.subject)
    }

    /// The page that asks why, coming back to `back` (this site's path).
    pub fn link(&self, page: &Page, back: &str) -> String {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("back", back)
            .finish();
        format!(
            "{}?{query}",
            page.link_join("/staff/safeguarding/details/", self.id)
        )
    }
}

/// `listed` for a page's reader: the details for an editor, none for
/// anyone else (who may not see them).
pub async fn listed_for(
    page: &Page,
    db: &impl ConnectionTrait,
    subjects: &[(Subject, Vec<i32>)],
) -> Result<Vec<Listed>, DbErr> {
    if !page.can(crate::web::Role::Editor.key()) {
        return Ok(Vec::new());
    }
    listed(db, subjects).await
}

/// The details masked in the texts of `subjects` (each a subject and the
/// ids of its rows), in the order they were found.
pub async fn listed(
    db: &impl ConnectionTrait,
    subjects: &[(Subject, Vec<i32>)],
) -> Result<Vec<Listed>, DbErr> {
    use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder};
    let mut any = Condition::any();
    for (subject, ids) in subjects {
        any = any.add(
            Condition::all()
                .add(detail::Column::Subject.eq(subject.key()))
                .add(detail::Column::SubjectId.is_in(ids.iter().copied())),
        );
    }
    let found = detail::Entity::find()
        .filter(any)
        .order_by_asc(detail::Column::Id)
        .all(db)
        .await?;
    Ok(found
        .into_iter()
        .map(|found| Listed {
            id: found.id,
            kind: found.kind,
            subject: found.subject,
        })
        .collect())
}
