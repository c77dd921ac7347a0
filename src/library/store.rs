//! Writing a resource: its own row, the lines of work it concerns and the
//! articles it cites, always together, and the version it becomes
//! (`history`).

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, TryIntoModel,
    sea_query::Expr,
};

use super::{
    catalogue::Detailed,
    entities::{Kind, State, citation, resource, resource_line},
    files::{self, FormFiles},
    form::{Facts, ValidResource},
    history,
};
use crate::{
    i18n::Locale,
    index_changes::{self, Subject},
    web::form::stored_day,
};

/// Who writes a resource and where it stands once written.
pub struct Writing {
    pub kind: Kind,
    pub state: State,
    /// The member who proposed it, when a member did.
    pub contributor_id: Option<i32>,
    /// The account saving it; none for the site itself (an import).
    pub author_id: Option<i32>,
}

/// Who saves a change, and how it came (a version's note: `edited`,
/// `restored:3`…).
pub struct Saving<'a> {
    pub author_id: Option<i32>,
    pub note: &'a str,
}

/// Stores a new resource with its form's files; its number.
pub async fn create(
    txn: &impl ConnectionTrait,
    writing: Writing,
    (valid, files): (ValidResource, &FormFiles),
) -> Result<i32, DbErr> {
    let now = Utc::now();
    let (line_ids, citations) = (valid.line_ids.clone(), valid.citations.clone());
    let mut model = fields(valid);
    model.kind = Set(writing.kind);
    model.state = Set(writing.state);
    model.contributor_id = Set(writing.contributor_id);
    model.created_at = Set(now);
    model.updated_at = Set(now);
    model.published_at = Set((writing.state == State::Published).then_some(now));
    let id = resource::Entity::insert(model)
        .exec(txn)
        .await?
        .last_insert_id;
    replace_links(txn, id, &line_ids, &citations).await?;
    files::save(txn, id, files).await?;
    index_changes::record(txn, &Subject::Resource(id)).await?;
    history::record(txn, id, writing.author_id, "created").await?;
    Ok(id)
}

/// Changes a stored resource's fields (not its kind or contributor) and
/// files, and moves it to `state`; first publication is dated.
pub async fn update(
    txn: &impl ConnectionTrait,
    stored: &resource::Model,
    (state, saving): (State, Saving<'_>),
    (valid, files): (ValidResource, &FormFiles),
) -> Result<(), DbErr> {
    history::keep_first(txn, stored.id).await?;
    let (line_ids, citations) = (valid.line_ids.clone(), valid.citations.clone());
    let mut model = fields(valid);
    model.id = Set(stored.id);
    model.state = Set(state);
    model.updated_at = Set(Utc::now());
    if state == State::Published && stored.published_at.is_none() {
        model.published_at = Set(Some(Utc::now()));
    }
    resource::Entity::update(model).exec(txn).await?;
    replace_links(txn, stored.id, &line_ids, &citations).await?;
    files::save(txn, stored.id, files).await?;
    index_changes::record(txn, &Subject::Resource(stored.id)).await?;
    history::record(txn, stored.id, saving.author_id, saving.note).await
}

/// Moves a resource from the state it was read in to `next`, with the
/// committee's reasons when it is returned; false when its state changed
/// meanwhile (another editor's step, or its contributor's), and nothing
/// was done. With `saving`, the move is a version; without, the caller
/// saves more in the same transaction and records the version then.
pub async fn move_to(
    txn: &impl ConnectionTrait,
    found: &resource::Model,
    (next, saving): (State, Option<Saving<'_>>),
    reason: Option<String>,
) -> Result<bool, DbErr> {
    history::keep_first(txn, found.id).await?;
    let now = Utc::now();
    let mut change = resource::Entity::update_many()
        .col_expr(resource::Column::State, Expr::value(next))
        .col_expr(resource::Column::ReturnReason, Expr::value(reason))
        .col_expr(resource::Column::UpdatedAt, Expr::value(now))
        .filter(resource::Column::Id.eq(found.id))
        .filter(resource::Column::State.eq(found.state));
    if next == State::Published && found.published_at.is_none() {
        change = change.col_expr(resource::Column::PublishedAt, Expr::value(Some(now)));
    }
    let moved = change.exec(txn).await?.rows_affected == 1;
    if moved {
        index_changes::record(txn, &Subject::Resource(found.id)).await?;
        if let Some(saving) = saving {
            history::record(txn, found.id, saving.author_id, saving.note).await?;
        }
    }
    Ok(moved)
}

/// What `valid` would be once stored over `stored` (or as a new resource of
/// `kind`): the preview of an editor's form. Nothing is written.
pub fn unsaved(
    valid: ValidResource,
    kind: Kind,
    stored: Option<&resource::Model>,
) -> Result<Detailed, DbErr> {
    let (line_ids, citations) = (valid.line_ids.clone(), valid.citations.clone());
    let now = Utc::now();
    let mut model = fields(valid);
    model.id = Set(stored.map_or(0, |stored| stored.id));
    model.kind = Set(kind);
    model.state = Set(stored.map_or(State::Draft, |stored| stored.state));
    model.contributor_id = Set(stored.and_then(|stored| stored.contributor_id));
    model.seed_key = Set(None);
    model.return_reason = Set(None);
    model.created_at = Set(stored.map_or(now, |stored| stored.created_at));
    model.updated_at = Set(now);
    model.published_at = Set(stored.and_then(|stored| stored.published_at));
    // The cover has its own form: the preview shows the saved one.
    model.cover_image_id = Set(stored.and_then(|stored| stored.cover_image_id));
    let alt = |language| {
        stored
            .map_or("", |stored| stored.cover_alt(language))
            .to_string()
    };
    model.cover_alt_en = Set(alt(Locale::En));
    model.cover_alt_es = Set(alt(Locale::Es));
    model.cover_alt_fr = Set(alt(Locale::Fr));
    Ok(Detailed {
        resource: model.try_into_model()?,
        line_ids,
        citations,
    })
}

/// The row's fields as the form gives them; a kind's facts left empty for
/// the other kinds.
fn fields(valid: ValidResource) -> resource::ActiveModel {
    let [en, es, fr] = valid.texts;
    let mut model = resource::ActiveModel {
        original_language: Set(valid.original_language.code().into()),
        title_en: Set(en.0),
        summary_en: Set(en.1),
        title_es: Set(es.0),
        summary_es: Set(es.1),
        title_fr: Set(fr.0),
        summary_fr: Set(fr.1),
        authors: Set(valid.authors),
        issued: Set(valid.issued),
        year: Set(valid.year),
        country: Set(valid.country),
        region: Set(valid.region.key().into()),
        tags: Set(valid.tags),
        age_group: Set(valid.age_group),
        link: Set(valid.link),
        source: Set(valid.source),
        licence: Set(valid.licence),
        jurisdiction: Set(None),
        instrument_kind: Set(None),
        adopted_on: Set(None),
        in_force_from: Set(None),
        in_force_until: Set(None),
        amends_id: Set(None),
        court: Set(None),
        case_number: Set(None),
        decided_on: Set(None),
        outcome: Set(None),
        organisation: Set(None),
        period_from: Set(None),
        period_until: Set(None),
        evaluation_available: Set(None),
        results: Set(None),
        contact: Set(None),
        ..Default::default()
    };
    match valid.facts {
        Facts::None => {}
        Facts::Legislation(facts) => {
            model.jurisdiction = Set(Some(facts.jurisdiction));
            model.instrument_kind = Set(facts.instrument_kind);
            model.adopted_on = Set(stored_day(facts.adopted_on));
            model.in_force_from = Set(stored_day(facts.in_force_from));
            model.in_force_until = Set(stored_day(facts.in_force_until));
            model.amends_id = Set(facts.amends_id);
        }
        Facts::Case(facts) => {
            model.court = Set(Some(facts.court));
            model.case_number = Set(Some(facts.case_number));
            model.decided_on = Set(stored_day(facts.decided_on));
            model.outcome = Set(facts.outcome);
        }
        Facts::Practice(facts) => {
            model.organisation = Set(Some(facts.organisation));
            model.period_from = Set(facts.period_from);
            model.period_until = Set(facts.period_until);
            model.evaluation_available = Set(facts.evaluation_available);
            model.results = Set(facts.results);
            model.contact = Set(facts.contact);
        }
    }
    model
}

async fn replace_links(
    txn: &impl ConnectionTrait,
    id: i32,
    line_ids: &[i32],
    citations: &[(String, String)],
) -> Result<(), DbErr> {
    resource_line::Entity::delete_many()
        .filter(resource_line::Column::ResourceId.eq(id))
        .exec(txn)
        .await?;
    resource_line::Entity::insert_many(line_ids.iter().map(|line_id| resource_line::ActiveModel {
        resource_id: Set(id),
        line_id: Set(*line_id),
    }))
    .exec(txn)
    .await?;
    citation::Entity::delete_many()
        .filter(citation::Column::ResourceId.eq(id))
        .exec(txn)
        .await?;
    citation::Entity::insert_many(citations.iter().map(|(instrument, article)| {
        citation::ActiveModel {
            resource_id: Set(id),
            instrument: Set(instrument.clone()),
            article: Set(article.clone()),
        }
    }))
    .exec(txn)
    .await?;
    Ok(())
}
