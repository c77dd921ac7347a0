//! The registry of cooperation agreements: each with a partner of the
//! observatory (`content/partners`), its subject in three languages, who
//! signed it, when, for how long and until when it was renewed; from those
//! its standing (in force, renewed, expired). Editors keep it
//! (`/staff/agreements`, each save a version); the public reads it by
//! region and standing, with counts (`/{lang}/agreements`); editors are
//! mailed before an agreement ends (`send_expiry_reminders`).

mod form;
mod public;
mod staff;

use axum::{Router, routing::get};
use chrono::{Days, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    i18n::Locale,
    mail,
    people::directory,
    state::AppState,
    web::{AppError, Role, form::day_of_stored as day, page::localized_path, page_cache::keepable},
};

pub mod agreement {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreements")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The partner's content item.
        pub partner_slug: String,
        #[sea_orm(column_type = "Text")]
        pub subject_en: String,
        #[sea_orm(column_type = "Text")]
        pub subject_es: String,
        #[sea_orm(column_type = "Text")]
        pub subject_fr: String,
        /// Who signed it, for each party, as written.
        pub signatories: String,
        /// `YYYY-MM-DD`.
        pub signed_on: String,
        /// None: without an end.
        pub duration_months: Option<i32>,
        /// The new end, once renewed (`YYYY-MM-DD`).
        pub renewed_until: Option<String>,
        /// The end the editors were last reminded of (`YYYY-MM-DD`).
        pub reminded_for: Option<String>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Where an agreement stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    InForce,
    /// In force beyond its first end, by a renewal.
    Renewed,
    Expired,
}

impl Standing {
    pub const ALL: [Standing; 3] = [Standing::InForce, Standing::Renewed, Standing::Expired];

    pub fn key(self) -> &'static str {
        match self {
            Standing::InForce => "in-force",
            Standing::Renewed => "renewed",
            Standing::Expired => "expired",
        }
    }
}

impl agreement::Model {
    pub fn signed(&self) -> Option<NaiveDate> {
        day(&self.signed_on)
    }

    /// Its last day in force: the renewal's end, or its signature plus its
    /// duration; none for an agreement without an end.
    pub fn ends_on(&self) -> Option<NaiveDate> {
        if let Some(renewed) = self.renewed_until.as_deref().and_then(day) {
            return Some(renewed);
        }
        form::first_end(self.signed()?, self.duration_months?)
    }

    pub fn standing(&self, today: NaiveDate) -> Standing {
        match self.ends_on() {
            Some(end) if end < today => Standing::Expired,
            _ if self.renewed_until.is_some() => Standing::Renewed,
            _ => Standing::InForce,
        }
    }

    pub fn subject(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        locale.borrow().pick(self.subjects()).0
    }

    /// The language of `subject(locale)` when it is not `locale`'s own.
    pub fn subject_fallback(
        &self,
        locale: impl std::borrow::Borrow<Locale>,
    ) -> Option<&'static str> {
        locale.borrow().pick(self.subjects()).1
    }

    fn subjects(&self) -> [&str; 3] {
        [&self.subject_en, &self.subject_es, &self.subject_fr]
    }
}

/// The public registry's address, in the sitemap.
pub const REGISTRY_PATH: &str = "/agreements";

/// The public registry.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route(REGISTRY_PATH, get(public::list))
        .route_layer(keepable())
}

pub use staff::routes as editor_routes;

/// How long before its end an agreement is brought to the editors.
const REMINDED_DAYS_BEFORE: u64 = 60;

/// Mails every editor, once per end, about each agreement that ends within
/// `REMINDED_DAYS_BEFORE` days of `today`. Each agreement's reminder is
/// claimed by writing its end in the transaction that queues the mails, so
/// one instance sends it, once; a renewal (a new end) brings a new one.
/// How many agreements were brought up.
pub async fn send_expiry_reminders(state: &AppState, today: NaiveDate) -> Result<usize, AppError> {
    let horizon = today + Days::new(REMINDED_DAYS_BEFORE);
    let ending: Vec<agreement::Model> = agreement::Entity::find()
        .all(&state.db)
        .await?
        .into_iter()
        .filter(|found| {
            found.ends_on().is_some_and(|end| {
                end >= today
                    && end <= horizon
                    && found.reminded_for.as_deref().and_then(day) != Some(end)
            })
        })
        .collect();
    let mut reminded = 0;
    for found in ending {
        let Some(end) = found.ends_on() else { continue };
        let txn = state.begin_write().await?;
        if claim_reminder(&txn, &found, end).await? {
            remind_editors(state, &txn, &found, (end, today)).await?;
            reminded += 1;
        }
        txn.commit().await?;
    }
    if reminded > 0 {
        state.jobs_wakeup.notify();
    }
    Ok(reminded)
}

/// Writes `end` as reminded, unless another instance did: whether this one
/// claimed it.
async fn claim_reminder(
    txn: &impl ConnectionTrait,
    found: &agreement::Model,
    end: NaiveDate,
) -> Result<bool, DbErr> {
    let end = end.format("%Y-%m-%d").to_string();
    let mut unclaimed = agreement::Column::RemindedFor.is_null();
    if let Some(before) = &found.reminded_for {
        unclaimed = agreement::Column::RemindedFor.eq(before.as_str());
    }
    let claimed = agreement::Entity::update_many()
        .col_expr(agreement::Column::RemindedFor, Expr::value(end))
        .filter(agreement::Column::Id.eq(found.id))
        .filter(unclaimed)
        .exec(txn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

async fn remind_editors(
    state: &AppState,
    txn: &impl ConnectionTrait,
    found: &agreement::Model,
    (end, today): (NaiveDate, NaiveDate),
) -> Result<(), AppError> {
    let partners = super::queries::items(txn, super::Kind::Partner, Locale::En).await?;
    for editor in directory::holding(txn, Role::Editor).await? {
        let locale = editor.locale();
        let partner = partners
            .iter()
            .find(|partner| partner.slug == found.partner_slug)
            .map_or(found.partner_slug.clone(), |partner| {
                partner.text("name").to_string()
            });
        let link = state.absolute_url(&localized_path(
            locale,
            &format!("/staff/agreements/{}", found.id),
        ));
        let outgoing = mail::compose(
            locale,
            "agreement-expiring",
            &editor.email,
            &editor.full_name,
            &link,
            &[
                ("partner", partner.into()),
                ("subject", found.subject(locale).to_string().into()),
                ("end", locale.long_date(end).into()),
                ("days", (end - today).num_days().into()),
            ],
        )
        .map_err(AppError::Internal)?;
        mail::queue(txn, &outgoing).await?;
    }
    Ok(())
}
