//! The organisation's facts that every page shows (the head office in the
//! footer, the main menu), kept in memory until content changes instead of
//! read on every request. The content feature owns them and gives their loader when the
//! application is assembled; this module knows no feature.

use std::{collections::HashMap, future::Future, pin::Pin};

use sea_orm::{DatabaseConnection, DbErr};

use crate::{i18n::Locale, state::AppState};

/// The head office's details in one language.
#[derive(Clone, Debug, Default)]
pub struct Office {
    pub legal_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
    pub phone: String,
    pub fax: String,
    pub email: String,
}

impl Office {
    /// A `tel:` link: the number without spaces.
    pub fn phone_href(&self) -> String {
        format!("tel:{}", self.phone.replace(' ', ""))
    }
}

/// An entry of the main menu in one language.
#[derive(Clone, Debug, Default)]
pub struct MenuLink {
    /// The page's English path (`/about`); pages link to their language's.
    pub path: String,
    pub label: String,
    /// The label's language when it is not the page's (the English, for
    /// want of a translation).
    pub label_lang: Option<&'static str>,
}

/// Every language's site facts.
#[derive(Clone, Debug, Default)]
pub struct SiteFacts {
    pub offices: HashMap<Locale, Office>,
    pub menus: HashMap<Locale, Vec<MenuLink>>,
}

pub type SiteFactsFuture = Pin<Box<dyn Future<Output = Result<SiteFacts, DbErr>> + Send>>;
/// Reads the site facts from the database.
pub type SiteFactsLoader = fn(DatabaseConnection) -> SiteFactsFuture;

/// The head office and the main menu in `locale`. The site facts are read
/// once and kept with the page cache's derived values, until content
/// changes; without a loader (command-line tools send no pages) both are
/// empty.
pub async fn shown(state: &AppState, locale: Locale) -> Result<(Office, Vec<MenuLink>), DbErr> {
    let Some(loader) = state.site_facts else {
        return Ok(Default::default());
    };
    let facts = state
        .pages
        .derived("site-facts", || loader(state.db.clone()))
        .await?;
    Ok((
        facts.offices.get(&locale).cloned().unwrap_or_default(),
        facts.menus.get(&locale).cloned().unwrap_or_default(),
    ))
}
