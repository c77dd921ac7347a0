//! The public registry of agreements (`/{lang}/agreements`): every
//! agreement with its partner, subject, signatories, signature, duration,
//! end and standing, newest first; narrowed by the partner's region and by
//! standing, with how many each holds. Kept per day: an agreement expires
//! at midnight.

use askama::Template;
use axum::{
    extract::{Query, State},
    response::Response,
};
use sea_orm::{EntityTrait, QueryOrder};
use serde::Deserialize;

use super::{Standing, agreement};
use crate::{
    content::{Kind, events::today, queries, queries::Item},
    geography::Region,
    state::AppState,
    web::{AppError, Page, page::render, pager},
};

/// `?region=&standing=`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    region: String,
    standing: String,
}

impl Filters {
    fn with(&self, name: &str, value: &str) -> String {
        let pairs = vec![
            ("region", self.region.as_str()),
            ("standing", self.standing.as_str()),
        ];
        pager::with_changed(pairs, name, value)
    }

    fn narrowed(&self) -> bool {
        !(self.region.is_empty() && self.standing.is_empty())
    }
}

/// An agreement as the registry lists it.
pub struct Listed {
    pub agreement: agreement::Model,
    pub partner: Item,
    pub region: Option<Region>,
    pub standing: Standing,
}

#[derive(Template)]
#[template(path = "content/agreements.html")]
struct RegistryPage {
    page: Page,
    filters: Filters,
    shown: Vec<Listed>,
    total: usize,
    regions: Vec<(Region, usize)>,
    standings: Vec<(Standing, usize)>,
}

impl RegistryPage {
    fn ends(&self, listed: &Listed) -> String {
        listed.agreement.ends_on().map_or_else(
            || self.page.t("agreements-no-end"),
            |end| self.page.locale.long_date(end),
        )
    }

    fn signed(&self, listed: &Listed) -> String {
        self.page.long_day(&listed.agreement.signed_on)
    }
}

fn region_of(partner: &Item) -> Option<Region> {
    let key = partner.region.as_deref()?;
    Region::ALL.into_iter().find(|region| region.key() == key)
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let partners = queries::items(&state.db, Kind::Partner, page.locale).await?;
    let day = today();
    let all: Vec<Listed> = agreement::Entity::find()
        .order_by_desc(agreement::Column::SignedOn)
        .order_by_desc(agreement::Column::Id)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|found| {
            let partner = partners
                .iter()
                .find(|p| p.slug == found.partner_slug)?
                .clone();
            Some(Listed {
                region: region_of(&partner),
                standing: found.standing(day),
                agreement: found,
                partner,
            })
        })
        .collect();
    let count = |keep: &dyn Fn(&Listed) -> bool| all.iter().filter(|listed| keep(listed)).count();
    let regions = Region::ALL
        .into_iter()
        .map(|region| (region, count(&|listed| listed.region == Some(region))))
        .filter(|(_, count)| *count > 0)
        .collect();
    let standings = Standing::ALL
        .into_iter()
        .map(|standing| (standing, count(&|listed| listed.standing == standing)))
        .filter(|(_, count)| *count > 0)
        .collect();
    let total = all.len();
    let shown = all
        .into_iter()
        .filter(|listed| {
            (filters.region.is_empty()
                || listed.region.map(Region::key) == Some(filters.region.as_str()))
                && (filters.standing.is_empty() || listed.standing.key() == filters.standing)
        })
        .collect();
    render(&RegistryPage {
        page,
        filters,
        shown,
        total,
        regions,
        standings,
    })
}
