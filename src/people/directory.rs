//! The people with accounts, as every feature may read them: names, where
//! to write to them, their language and roles, and the profile they gave.
//! A read-only view of the accounts feature's table, so that other
//! features need not import accounts (which owns and writes it).

use std::collections::{BTreeSet, HashMap};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    sea_query::{Alias, Expr, ExprTrait, Func, Order, Query, SelectStatement},
};

use super::profile::ProfileInput;
use crate::{
    i18n::Locale,
    lines_of_work::{LineOption, entities::user_line_of_work},
    time_zones,
    web::{Role, Roles},
};

/// Someone with an account.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    locale: String,
    time_zone: String,
    pub roles: Roles,
}

impl Person {
    /// The language they chose for the site and its mails.
    pub fn locale(&self) -> Locale {
        Locale::from_code(&self.locale).unwrap_or(Locale::En)
    }

    /// The zone they read times in, in the site and its mails.
    pub fn time_zone(&self) -> time_zones::Tz {
        time_zones::stored(&self.time_zone)
    }
}

#[derive(FromQueryResult)]
struct PersonRow {
    id: i32,
    full_name: String,
    email: String,
    locale: String,
    time_zone: String,
}

#[derive(FromQueryResult)]
struct HeldRole {
    user_id: i32,
    role: Role,
}

/// The people `query` (a selection of `users`) finds, in its order, each
/// with the roles they hold.
async fn people_found(
    db: &impl ConnectionTrait,
    query: &SelectStatement,
) -> Result<Vec<Person>, DbErr> {
    let backend = db.get_database_backend();
    let rows = PersonRow::find_by_statement(backend.build(query))
        .all(db)
        .await?;
    let mut roles = roles_of_each(db, rows.iter().map(|row| row.id)).await?;
    Ok(rows
        .into_iter()
        .map(|row| Person {
            roles: roles.remove(&row.id).unwrap_or_default(),
            id: row.id,
            full_name: row.full_name,
            email: row.email,
            locale: row.locale,
            time_zone: row.time_zone,
        })
        .collect())
}

/// The roles each of `ids` holds (an id without any is missing).
pub async fn roles_of_each(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Roles>, DbErr> {
    let query = Query::select()
        .columns(["user_id", "role"].map(Alias::new))
        .from(Alias::new("user_roles"))
        .and_where(Expr::col(Alias::new("user_id")).is_in(ids))
        .to_owned();
    let held = HeldRole::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await?;
    let mut roles = HashMap::<i32, Roles>::new();
    for HeldRole { user_id, role } in held {
        let of_user = roles.entry(user_id).or_default();
        *of_user = of_user.with(role);
    }
    Ok(roles)
}

fn people_query() -> SelectStatement {
    Query::select()
        .columns(["id", "full_name", "email", "locale", "time_zone"].map(Alias::new))
        .from(Alias::new("users"))
        .to_owned()
}

/// The people among `ids` who still have an account (deleted ones are
/// simply missing).
pub async fn people(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<Person>, DbErr> {
    let ids: BTreeSet<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = people_query()
        .and_where(Expr::col(Alias::new("id")).is_in(ids))
        .to_owned();
    people_found(db, &query).await
}

pub async fn person(db: &impl ConnectionTrait, id: i32) -> Result<Option<Person>, DbErr> {
    Ok(people(db, [id]).await?.pop())
}

/// The person whose confirmed account uses `email` (already normalised).
pub async fn confirmed_with_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<Person>, DbErr> {
    let query = people_query()
        .and_where(Expr::col(Alias::new("email")).eq(email))
        .and_where(Expr::col(Alias::new("email_verified_at")).is_not_null())
        .to_owned();
    Ok(people_found(db, &query).await?.pop())
}

/// Everyone who holds `role`, by name (e.g. the evaluators proposals can
/// be assigned to).
pub async fn holding(db: &impl ConnectionTrait, role: Role) -> Result<Vec<Person>, DbErr> {
    people_found(db, &holders_query(role)).await
}

/// The editors who chose to hear of new proposals `how`.
pub async fn editors_alerted(
    db: &impl ConnectionTrait,
    how: ProposalAlerts,
) -> Result<Vec<Person>, DbErr> {
    let query = holders_query(Role::Editor)
        .and_where(Expr::col(Alias::new("proposal_alerts")).eq(how.key()))
        .to_owned();
    people_found(db, &query).await
}

fn holders_query(role: Role) -> SelectStatement {
    let holders = Query::select()
        .column(Alias::new("user_id"))
        .from(Alias::new("user_roles"))
        .and_where(Expr::col(Alias::new("role")).eq(role.key()))
        .to_owned();
    people_query()
        .and_where(Expr::col(Alias::new("id")).in_subquery(holders))
        .order_by(Alias::new("full_name"), Order::Asc)
        .to_owned()
}

/// How an editor hears of new proposals: a mail for each as it arrives,
/// one mail a day listing the day's, or no mail (the count in the staff
/// workspace's navigation still shows them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalAlerts {
    Each,
    Daily,
    Never,
}

impl ProposalAlerts {
    pub const ALL: [ProposalAlerts; 3] = [Self::Each, Self::Daily, Self::Never];

    pub fn key(self) -> &'static str {
        match self {
            Self::Each => "each",
            Self::Daily => "daily",
            Self::Never => "never",
        }
    }

    pub fn from_key(key: &str) -> Option<ProposalAlerts> {
        Self::ALL.into_iter().find(|how| how.key() == key)
    }

    /// The message naming the choice on the account page.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Each => "account-alerts-each",
            Self::Daily => "account-alerts-daily",
            Self::Never => "account-alerts-never",
        }
    }
}

/// The profile part of an account, as stored.
#[derive(FromQueryResult)]
pub struct StoredProfile {
    pub account_type: String,
    pub full_name: String,
    pub organisation_name: Option<String>,
    pub sector: Option<String>,
    pub country_code: String,
    pub working_languages: String,
    pub specialisation: String,
}

/// The profile `user_id` gave, to fill in a form; empty when the account
/// is gone. `lines` are the lines of work the form offers.
pub async fn profile(
    db: &impl ConnectionTrait,
    user_id: i32,
    lines: &[LineOption],
) -> Result<ProfileInput, DbErr> {
    let query = Query::select()
        .columns(
            [
                "account_type",
                "full_name",
                "organisation_name",
                "sector",
                "country_code",
                "working_languages",
                "specialisation",
            ]
            .map(Alias::new),
        )
        .from(Alias::new("users"))
        .and_where(Expr::col(Alias::new("id")).eq(user_id))
        .to_owned();
    let stored = StoredProfile::find_by_statement(db.get_database_backend().build(&query))
        .one(db)
        .await?;
    let Some(stored) = stored else {
        return Ok(ProfileInput::default());
    };
    profile_of(db, user_id, stored, lines).await
}

/// The form's profile from an account's stored profile (read already, with
/// the session) and its lines of work.
pub async fn profile_of(
    db: &impl ConnectionTrait,
    user_id: i32,
    stored: StoredProfile,
    lines: &[LineOption],
) -> Result<ProfileInput, DbErr> {
    Ok(ProfileInput {
        account_type: stored.account_type,
        full_name: stored.full_name,
        organisation_name: stored.organisation_name.unwrap_or_default(),
        sector: stored.sector.unwrap_or_default(),
        country: stored.country_code,
        languages: stored
            .working_languages
            .split(',')
            .filter(|code| !code.is_empty())
            .map(str::to_string)
            .collect(),
        lines: line_slugs(db, user_id, lines).await?,
        specialisation: stored.specialisation,
    })
}

/// Slugs of the lines among `lines` that the person chose.
pub async fn line_slugs(
    db: &impl ConnectionTrait,
    user_id: i32,
    lines: &[LineOption],
) -> Result<Vec<String>, DbErr> {
    let chosen = lines_of_each(db, &[user_id]).await?;
    Ok(lines
        .iter()
        .filter(|line| chosen.iter().any(|(_, id)| *id == line.id))
        .map(|line| line.slug.clone())
        .collect())
}

/// The ids of the lines each of `ids` chose, in one query: (person, line).
pub async fn lines_of_each(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<(i32, i32)>, DbErr> {
    Ok(user_line_of_work::Entity::find()
        .filter(user_line_of_work::Column::UserId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|chosen| (chosen.user_id, chosen.line_id))
        .collect())
}

/// What staff look for when they search the members to invite.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Search {
    /// A line of work's slug.
    pub line: String,
    /// An ISO country code.
    pub country: String,
    /// A working language's code.
    pub language: String,
    /// Words in the name, the organisation or the specialisation.
    pub text: String,
}

impl Search {
    pub fn is_empty(&self) -> bool {
        [&self.line, &self.country, &self.language, &self.text]
            .iter()
            .all(|field| field.trim().is_empty())
    }
}

/// A member found by a search, with what helps to choose them.
#[derive(FromQueryResult)]
pub struct Found {
    pub id: i32,
    pub full_name: String,
    pub organisation_name: Option<String>,
    pub country_code: String,
    pub working_languages: String,
    pub specialisation: String,
}

fn found_query() -> SelectStatement {
    Query::select()
        .columns(
            [
                "id",
                "full_name",
                "organisation_name",
                "country_code",
                "working_languages",
                "specialisation",
            ]
            .map(Alias::new),
        )
        .from(Alias::new("users"))
        .to_owned()
}

/// The full names of the accounts `ids`, by account: who saved what.
pub async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<(i32, String)>, DbErr> {
    Ok(profiles(db, ids)
        .await?
        .into_iter()
        .map(|person| (person.id, person.full_name))
        .collect())
}

/// What helps to know each of `ids` who still has an account.
pub async fn profiles(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<Found>, DbErr> {
    let query = found_query()
        .and_where(Expr::col(Alias::new("id")).is_in(ids))
        .to_owned();
    Found::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}

/// The most a search lists: a narrower search finds the rest.
pub const SEARCH_LIMIT: u64 = 50;

/// Members with a confirmed account matching every criterion given, by
/// name. The text matches any of its words' letters in any case (on
/// SQLite, case is ignored for unaccented letters only).
pub async fn search(
    db: &impl ConnectionTrait,
    search: &Search,
    lines: &[LineOption],
) -> Result<Vec<Found>, DbErr> {
    let column = |name: &str| Expr::col(Alias::new(name));
    let mut query = found_query()
        .and_where(column("email_verified_at").is_not_null())
        .order_by(Alias::new("full_name"), Order::Asc)
        .limit(SEARCH_LIMIT)
        .to_owned();
    if let Some(line) = lines.iter().find(|line| line.slug == search.line) {
        let chosen = Query::select()
            .column(user_line_of_work::Column::UserId)
            .from(user_line_of_work::Entity)
            .and_where(Expr::col(user_line_of_work::Column::LineId).eq(line.id))
            .to_owned();
        query.and_where(column("id").in_subquery(chosen));
    }
    if !search.country.is_empty() {
        query.and_where(column("country_code").eq(search.country.as_str()));
    }
    if !search.language.is_empty() {
        // Codes are two letters between commas: no code contains another.
        let pattern = format!("%{}%", search.language.trim());
        query.and_where(column("working_languages").like(pattern));
    }
    for word in search.text.split_whitespace().take(5) {
        let pattern = format!("%{}%", word.to_lowercase().replace(['%', '_'], ""));
        let lower = |name: &str| Expr::expr(Func::lower(column(name)));
        query.and_where(
            lower("full_name")
                .like(pattern.as_str())
                .or(lower("organisation_name").like(pattern.as_str()))
                .or(lower("specialisation").like(pattern.as_str())),
        );
    }
    Found::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}
