//! Suggestions beside a proposal, for the staff who read it: the lines of
//! work, working groups and library resources its text is most like, each
//! with the engine's score and the words it shares with the proposal
//! (`search::likeness`), and the evaluators who could take it (their lines
//! of work and languages fit, no declared conflict, least loaded first),
//! each with the reason. Suggestions are advice: accepting one is a click,
//! recorded (filing the proposal under the line, assigning the evaluator);
//! ignoring them costs nothing.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect, sea_query::OnConflict,
};

use super::{
    entities::{assignment, proposal, proposal_line},
    state::State,
};
use crate::{
    groups::entities::{Stage, working_group},
    i18n::Locale,
    lines_of_work::{self, LineOption},
    people::directory::{self, Person},
    safeguarding,
    search::{
        Search,
        likeness::{Alike, Candidate, Likeness, marked},
    },
    state::AppState,
    web::{AppError, Role, side_by_side::Translated},
};

/// How many of each kind are suggested.
const MOST: usize = 3;

/// What a suggestion is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Line,
    Group,
    Resource,
    Evaluator,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Line, Kind::Group, Kind::Resource, Kind::Evaluator];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Line => "line",
            Kind::Group => "group",
            Kind::Resource => "resource",
            Kind::Evaluator => "evaluator",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One suggestion as the page shows it.
pub struct Suggested {
    pub kind: Kind,
    /// A line's slug, a group's, a resource's or an evaluator's id.
    pub key: String,
    /// From 1, the likest first.
    pub rank: i32,
    pub name: String,
    /// Its page, when it has one.
    pub link: Option<String>,
    /// The engine's score (none for evaluators, chosen by their load).
    pub score: Option<f32>,
    /// The proposal's words it shares.
    pub words: Vec<String>,
    /// Why an evaluator is suggested.
    pub reason: String,
    /// Accepted already (or, for a line, the proposal is filed under it).
    pub accepted: bool,
}

impl Suggested {
    pub fn score_shown(&self, locale: &Locale) -> String {
        self.score
            .map(|score| locale.one_decimal(score))
            .unwrap_or_default()
    }

    pub fn words_shown(&self) -> String {
        self.words.join(", ")
    }
}

/// Every suggestion for a proposal, and its text with the words that
/// matched marked.
pub struct Suggestions {
    pub lines: Vec<Suggested>,
    pub groups: Vec<Suggested>,
    pub resources: Vec<Suggested>,
    pub evaluators: Vec<Suggested>,
    pub marked: Vec<(String, bool)>,
}

impl Suggestions {
    /// The rank `kind`'s suggestion `key` is shown at, if it is.
    pub fn rank_of(&self, kind: Kind, key: &str) -> Option<i32> {
        let listed = match kind {
            Kind::Line => &self.lines,
            Kind::Group => &self.groups,
            Kind::Resource => &self.resources,
            Kind::Evaluator => &self.evaluators,
        };
        listed
            .iter()
            .find(|suggested| suggested.key == key)
            .map(|suggested| suggested.rank)
    }
}

/// What the proposal is read as: its title, description and the sender's
/// specialisation, without the marks of hidden details ("[name of a
/// child]"), which are the site's words, not the sender's.
pub fn text_of(found: &proposal::Model) -> String {
    let text = format!(
        "{}\n{}\n{}",
        found.title, found.description, found.specialisation
    );
    safeguarding::masking::without_marks(&text)
}

/// The lines of work `text` is most like, among the active ones.
pub async fn lines_like(state: &AppState, text: &str) -> Result<Vec<Alike>, AppError> {
    let en = lines_of_work::active(state, Locale::En).await?;
    let es = lines_of_work::active(state, Locale::Es).await?;
    let fr = lines_of_work::active(state, Locale::Fr).await?;
    // Each language's name and description of the same line, found by id.
    let said = |lines: &[LineOption], id: i32| {
        lines
            .iter()
            .find(|line| line.id == id)
            .map(|line| format!("{}. {}", line.name, line.description))
            .unwrap_or_default()
    };
    let candidates: Vec<Candidate> = en
        .iter()
        .map(|line| Candidate {
            key: line.slug.clone(),
            texts: [&en, &es, &fr].map(|lines| said(lines, line.id)),
        })
        .collect();
    rank(candidates, text).await
}

/// The candidates most like `text`. Indexing them and querying is work
/// for the processor (a few milliseconds), done off the server's threads.
async fn rank(candidates: Vec<Candidate>, text: &str) -> Result<Vec<Alike>, AppError> {
    let text = text.to_string();
    let ranked = tokio::task::spawn_blocking(move || {
        Likeness::of(&candidates).and_then(|likeness| likeness.rank(&text, MOST))
    })
    .await
    .map_err(|error| AppError::Internal(error.into()))?;
    ranked.map_err(|error| AppError::Internal(error.into()))
}

/// The suggestions for `found`, named in `locale`.
pub async fn for_proposal(
    state: &AppState,
    search: &Search,
    found: &proposal::Model,
    locale: Locale,
) -> Result<Suggestions, AppError> {
    let text = text_of(found);
    let accepted = accepted(&state.db, found.id).await?;
    let filed: Vec<i32> = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.eq(found.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|line| line.line_id)
        .collect();
    let names = lines_of_work::all(&state.db, locale).await?;
    let lines: Vec<Suggested> = lines_like(state, &text)
        .await?
        .into_iter()
        .zip(1..)
        .map(|(alike, rank)| {
            let line = names.iter().find(|line| line.slug == alike.key);
            Suggested {
                kind: Kind::Line,
                name: line.map(|line| line.name.clone()).unwrap_or_default(),
                link: None,
                score: Some(alike.score),
                accepted: line.is_some_and(|line| filed.contains(&line.id)),
                reason: String::new(),
                words: alike.words,
                key: alike.key,
                rank,
            }
        })
        .collect();
    let groups = groups_like(state, &text, locale, &accepted).await?;
    let resources = resources_like(search, &text, locale, &accepted).await?;
    let slugs: Vec<&str> = lines.iter().map(|line| line.key.as_str()).collect();
    let evaluators = evaluators_for(state, found, (&slugs, &names), locale).await?;
    let words: Vec<String> = lines
        .iter()
        .chain(&groups)
        .chain(&resources)
        .flat_map(|suggested| suggested.words.iter().cloned())
        .collect();
    Ok(Suggestions {
        marked: marked(&found.description, &words),
        lines,
        groups,
        resources,
        evaluators,
    })
}

async fn groups_like(
    state: &AppState,
    text: &str,
    locale: Locale,
    accepted: &[(String, String)],
) -> Result<Vec<Suggested>, AppError> {
    let groups = working_group::Entity::find()
        .filter(working_group::Column::Stage.ne(Stage::Closed))
        .all(&state.db)
        .await?;
    let candidates: Vec<Candidate> = groups
        .iter()
        .map(|group| Candidate {
            key: group.id.to_string(),
            texts: Locale::ALL.map(|language| {
                let (name, description) = group.texts(language);
                format!("{name}. {description}")
            }),
        })
        .collect();
    Ok(rank(candidates, text)
        .await?
        .into_iter()
        .zip(1..)
        .map(|(alike, rank)| Suggested {
            kind: Kind::Group,
            name: groups
                .iter()
                .find(|group| group.id.to_string() == alike.key)
                .map(|group| group.name_in(locale).to_string())
                .unwrap_or_default(),
            link: Some(format!("/groups/{}", alike.key)),
            score: Some(alike.score),
            accepted: is_accepted(accepted, Kind::Group, &alike.key),
            reason: String::new(),
            words: alike.words,
            key: alike.key,
            rank,
        })
        .collect())
}

async fn resources_like(
    search: &Search,
    text: &str,
    locale: Locale,
    accepted: &[(String, String)],
) -> Result<Vec<Suggested>, AppError> {
    let found = search
        .resources_like(text, MOST)
        .await
        .map_err(|error| AppError::Internal(anyhow::anyhow!(error)))?;
    Ok(found
        .into_iter()
        .zip(1..)
        .map(|(like, rank)| {
            let key = like.id.to_string();
            let (title, _) = locale.pick(like.titles.each_ref().map(String::as_str));
            Suggested {
                kind: Kind::Resource,
                name: title.to_string(),
                link: Some(format!("/library/resources/{}", like.id)),
                score: Some(like.score),
                accepted: is_accepted(accepted, Kind::Resource, &key),
                reason: String::new(),
                words: like.words,
                key,
                rank,
            }
        })
        .collect())
}

/// Evaluators who work on one of `slugs` (the lines suggested or chosen)
/// and read the proposal's language, not assigned to it and without a
/// conflict declared on it, least loaded first.
async fn evaluators_for(
    state: &AppState,
    found: &proposal::Model,
    (slugs, names): (&[&str], &[LineOption]),
    locale: Locale,
) -> Result<Vec<Suggested>, AppError> {
    let db = &state.db;
    let taken: Vec<i32> = assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(found.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| row.evaluator_id)
        .collect();
    let evaluators: Vec<Person> = directory::holding(db, Role::Evaluator)
        .await?
        .into_iter()
        .filter(|person| !taken.contains(&person.id))
        .collect();
    // Each evaluator's languages, lines and load, a query each for all.
    let ids: Vec<i32> = evaluators.iter().map(|person| person.id).collect();
    let profiles = directory::profiles(db, ids.iter().copied()).await?;
    let chosen = directory::lines_of_each(db, &ids).await?;
    let loads = loads_of(db, &ids).await?;
    let mut fitting = Vec::new();
    for person in evaluators {
        let reads_it = profiles.iter().any(|profile| {
            profile.id == person.id
                && (profile.working_languages.split(',')).any(|code| code == found.locale)
        });
        let shared: Vec<&LineOption> = names
            .iter()
            .filter(|line| slugs.contains(&line.slug.as_str()))
            .filter(|line| chosen.contains(&(person.id, line.id)))
            .collect();
        if shared.is_empty() || !reads_it {
            continue;
        }
        let load = (loads.iter())
            .find(|(id, _)| *id == person.id)
            .map_or(0, |(_, load)| *load);
        fitting.push((load, person, shared));
    }
    fitting.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.full_name.cmp(&b.1.full_name))
    });
    let language = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    Ok(fitting
        .into_iter()
        .take(MOST)
        .zip(1..)
        .map(|((load, person, shared), rank)| {
            let lines: Vec<&str> = shared.iter().map(|line| line.name.as_str()).collect();
            let args = [
                ("lines", lines.join(", ").into()),
                (
                    "language",
                    locale.t(&format!("language-{}", language.code())).into(),
                ),
                ("count", load.into()),
            ];
            Suggested {
                kind: Kind::Evaluator,
                key: person.id.to_string(),
                rank,
                name: person.full_name,
                link: None,
                score: None,
                words: Vec::new(),
                reason: locale.t_args("suggestion-evaluator-reason", &args),
                accepted: false,
            }
        })
        .collect())
}

/// How many open proposals each of `ids` is assigned to, conflicts
/// aside: (evaluator, count), for those with any.
async fn loads_of(db: &impl ConnectionTrait, ids: &[i32]) -> Result<Vec<(i32, u64)>, DbErr> {
    let open = [
        State::Submitted,
        State::InReview,
        State::AwaitingInformation,
    ];
    let on_open = sea_orm::sea_query::Query::select()
        .column(proposal::Column::Id)
        .from(proposal::Entity)
        .and_where(proposal::Column::State.is_in(open))
        .to_owned();
    let counted: Vec<(Option<i32>, i64)> = assignment::Entity::find()
        .select_only()
        .column(assignment::Column::EvaluatorId)
        .column_as(assignment::Column::Id.count(), "load")
        .filter(assignment::Column::EvaluatorId.is_in(ids.iter().copied()))
        .filter(assignment::Column::ConflictAt.is_null())
        .filter(assignment::Column::ProposalId.in_subquery(on_open))
        .group_by(assignment::Column::EvaluatorId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(counted
        .into_iter()
        .filter_map(|(id, load)| Some((id?, u64::try_from(load).unwrap_or(0))))
        .collect())
}

pub mod acceptance {
    use sea_orm::entity::prelude::*;

    /// A suggestion staff accepted on a proposal.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "suggestion_acceptances")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: i32,
        /// `Kind::key`.
        pub kind: String,
        pub key: String,
        pub rank: i32,
        pub accepted_by: Option<i32>,
        pub accepted_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The (kind, key) of each suggestion accepted on the proposal.
async fn accepted(db: &impl ConnectionTrait, id: i32) -> Result<Vec<(String, String)>, DbErr> {
    Ok(acceptance::Entity::find()
        .filter(acceptance::Column::ProposalId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.kind, row.key))
        .collect())
}

/// Whether this suggestion was accepted on the proposal already.
pub async fn is_recorded(
    db: &impl ConnectionTrait,
    (proposal_id, kind, key): (i32, Kind, &str),
) -> Result<bool, DbErr> {
    let found = acceptance::Entity::find()
        .filter(acceptance::Column::ProposalId.eq(proposal_id))
        .filter(acceptance::Column::Kind.eq(kind.key()))
        .filter(acceptance::Column::Key.eq(key))
        .count(db)
        .await?;
    Ok(found > 0)
}

fn is_accepted(accepted: &[(String, String)], kind: Kind, key: &str) -> bool {
    accepted
        .iter()
        .any(|(k, accepted_key)| k == kind.key() && accepted_key == key)
}

/// Records that `by` accepted the suggestion; once per proposal, kind and key.
pub async fn record(
    db: &impl ConnectionTrait,
    (proposal_id, kind, key): (i32, Kind, &str),
    rank: i32,
    by: i32,
) -> Result<(), DbErr> {
    acceptance::Entity::insert(acceptance::ActiveModel {
        proposal_id: Set(proposal_id),
        kind: Set(kind.key().to_string()),
        key: Set(key.to_string()),
        rank: Set(rank),
        accepted_by: Set(Some(by)),
        accepted_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            acceptance::Column::ProposalId,
            acceptance::Column::Kind,
            acceptance::Column::Key,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Files the proposal under the line `slug` too (an accepted suggestion).
pub async fn file_under(
    db: &impl ConnectionTrait,
    proposal_id: i32,
    line_id: i32,
) -> Result<(), DbErr> {
    proposal_line::Entity::insert(proposal_line::ActiveModel {
        proposal_id: Set(proposal_id),
        line_id: Set(line_id),
    })
    .on_conflict(
        OnConflict::columns([
            proposal_line::Column::ProposalId,
            proposal_line::Column::LineId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// How often suggestions were accepted: per kind, and the proposals with
/// at least one accepted, for the dashboard.
pub struct Uptake {
    pub by_kind: Vec<(&'static str, u64)>,
    pub proposals: u64,
}

pub async fn uptake(db: &impl ConnectionTrait) -> Result<Uptake, DbErr> {
    let rows = acceptance::Entity::find().all(db).await?;
    let by_kind = Kind::ALL
        .map(|kind| {
            let count = rows.iter().filter(|row| row.kind == kind.key()).count();
            (kind.key(), count as u64)
        })
        .to_vec();
    let mut proposals: Vec<i32> = rows.iter().map(|row| row.proposal_id).collect();
    proposals.sort_unstable();
    proposals.dedup();
    Ok(Uptake {
        by_kind,
        proposals: proposals.len() as u64,
    })
}
