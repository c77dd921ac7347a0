//! The personal-data registry: every feature that stores something about a
//! person says how to export it and how to erase it. The accounts feature
//! calls the registry when someone downloads their data or deletes their
//! account, and so never needs to know which other features exist; a new
//! feature adds itself in `app.rs`.

use std::{future::Future, pin::Pin, sync::Arc};

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};

/// What has a name in each language (a working group) is exported with
/// its English one, or the one it has.
pub const EXPORT_LANGUAGE: crate::i18n::Locale = crate::i18n::Locale::En;

pub type Pending<'a, T> = Pin<Box<dyn Future<Output = Result<T, DbErr>> + Send + 'a>>;

pub trait PersonalData: Send + Sync {
    /// The section of the export this feature fills, e.g. "proposals".
    fn section(&self) -> &'static str;

    /// Everything the feature holds about `user_id` (GDPR articles 15, 20).
    fn export<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        user_id: i32,
    ) -> Pending<'a, serde_json::Value>;

    /// Erases or anonymises it, in the transaction that deletes the account
    /// (GDPR article 17); records others still need keep their content
    /// without the person.
    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()>;
}

/// The features that hold personal data, as the application assembled them.
#[derive(Clone, Default)]
pub struct Registry(Arc<Vec<Box<dyn PersonalData>>>);

impl Registry {
    pub fn new(features: Vec<Box<dyn PersonalData>>) -> Registry {
        Registry(Arc::new(features))
    }

    /// Each feature's section of the export.
    pub async fn export(
        &self,
        db: &DatabaseConnection,
        user_id: i32,
    ) -> Result<serde_json::Map<String, serde_json::Value>, DbErr> {
        let mut sections = serde_json::Map::new();
        for feature in self.0.iter() {
            let data = feature.export(db, user_id).await?;
            sections.insert(feature.section().to_string(), data);
        }
        Ok(sections)
    }

    /// Every feature erases what it holds, before the account itself goes.
    pub async fn erase(&self, txn: &DatabaseTransaction, user_id: i32) -> Result<(), DbErr> {
        for feature in self.0.iter() {
            feature.erase(txn, user_id).await?;
        }
        Ok(())
    }
}
