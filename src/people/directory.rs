//! The people with accounts, as every feature may read them: names, where
//! to write to them, their language and role, and the profile they gave.
//! A read-only view of the accounts feature's table, so that other
//! features need not import accounts (which owns and writes it).

use std::collections::BTreeSet;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    sea_query::{Alias, Expr, ExprTrait, Order, Query, SelectStatement},
};

use super::profile::ProfileInput;
use crate::{
    i18n::Locale,
    lines_of_work::{LineOption, entities::user_line_of_work},
    web::Role,
};

/// Someone with an account.
#[derive(Clone, Debug, FromQueryResult)]
pub struct Person {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    locale: String,
    pub role: Role,
}

impl Person {
    /// The language they chose for the site and its mails.
    pub fn locale(&self) -> Locale {
        Locale::from_code(&self.locale).unwrap_or(Locale::En)
    }
}

fn people_query() -> SelectStatement {
    Query::select()
        .columns(["id", "full_name", "email", "locale", "role"].map(Alias::new))
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
    Person::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}

pub async fn person(db: &impl ConnectionTrait, id: i32) -> Result<Option<Person>, DbErr> {
    Ok(people(db, [id]).await?.pop())
}

/// Everyone on staff (evaluators, editors, admins), by name: the people
/// proposals can be assigned to.
pub async fn staff(db: &impl ConnectionTrait) -> Result<Vec<Person>, DbErr> {
    let query = people_query()
        .and_where(Expr::col(Alias::new("role")).is_in([
            Role::Evaluator.key(),
            Role::Editor.key(),
            Role::Admin.key(),
        ]))
        .order_by(Alias::new("full_name"), Order::Asc)
        .to_owned();
    Person::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
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
    })
}

/// Slugs of the lines among `lines` that the person chose.
pub async fn line_slugs(
    db: &impl ConnectionTrait,
    user_id: i32,
    lines: &[LineOption],
) -> Result<Vec<String>, DbErr> {
    let chosen = user_line_of_work::Entity::find()
        .filter(user_line_of_work::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    Ok(lines
        .iter()
        .filter(|line| chosen.iter().any(|c| c.line_id == line.id))
        .map(|line| line.slug.clone())
        .collect())
}
