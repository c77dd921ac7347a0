//! The organisation's facts that every page shows (the head office in the
//! footer), kept in memory until content changes (the page cache's
//! generation moves) instead of read on every request. The content feature owns them and gives the cache its loader
//! when the application is assembled; this module knows no feature.

use std::{
    collections::HashMap,
    future::Future,
    pin::Pin,
    sync::{Arc, RwLock},
};

use sea_orm::{DatabaseConnection, DbErr};

use crate::i18n::Locale;

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

/// Every language's site facts.
#[derive(Clone, Debug, Default)]
pub struct SiteFacts {
    pub offices: HashMap<Locale, Office>,
}

pub type SiteFactsFuture = Pin<Box<dyn Future<Output = Result<SiteFacts, DbErr>> + Send>>;
/// Reads the site facts from the database.
pub type SiteFactsLoader = fn(DatabaseConnection) -> SiteFactsFuture;

/// The facts and the content generation they were read in.
type Loaded = (u64, Arc<SiteFacts>);

/// Starts with nothing to load (command-line tools send no pages).
#[derive(Clone, Default)]
pub struct SiteCache {
    loader: Option<SiteFactsLoader>,
    loaded: Arc<RwLock<Option<Loaded>>>,
}

impl SiteCache {
    pub fn with_loader(self, loader: SiteFactsLoader) -> SiteCache {
        SiteCache {
            loader: Some(loader),
            ..self
        }
    }

    /// The head office in `locale`, read again when content changed since
    /// (`generation` is the page cache's).
    pub async fn office(
        &self,
        db: &DatabaseConnection,
        locale: Locale,
        generation: u64,
    ) -> Result<Office, DbErr> {
        let facts = self.facts(db, generation).await?;
        Ok(facts.offices.get(&locale).cloned().unwrap_or_default())
    }

    async fn facts(
        &self,
        db: &DatabaseConnection,
        generation: u64,
    ) -> Result<Arc<SiteFacts>, DbErr> {
        if let Some((read_in, facts)) = self.loaded.read().expect("not poisoned").as_ref()
            && *read_in == generation
        {
            return Ok(facts.clone());
        }
        let Some(loader) = self.loader else {
            return Ok(Arc::default());
        };
        let facts = Arc::new(loader(db.clone()).await?);
        *self.loaded.write().expect("not poisoned") = Some((generation, facts.clone()));
        Ok(facts)
    }
}
