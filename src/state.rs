//! `AppState`, what every handler receives: the database, the settings, the
//! stored files, the cookie policy, the job queue's wake-up and heartbeat,
//! whether a stop has begun, the site facts' loader, the cached pages. It sits below
//! every feature, so features never import the router (`app.rs`).

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    config::Settings,
    jobs, personal_data, server,
    storage::Storage,
    web::{cookies::CookiePolicy, page_cache::PageCache, site::SiteFactsLoader},
};

/// Cloned for every request by each layer that needs it, so it is one
/// shared pointer: a clone is one reference count, not one per field.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    /// Reads, and single statements that may wait for SQLite's write lock.
    pub db: DatabaseConnection,
    /// Write transactions (`begin_write`), the job queue and the counters
    /// every request writes: on SQLite one connection (see
    /// `db::writer_beside`), on PostgreSQL the same pool as `db`.
    pub writes: DatabaseConnection,
    /// Durable writes that may share a commit (see `db::GroupCommit`).
    pub commits: crate::db::GroupCommit,
    pub settings: Arc<Settings>,
    /// Uploaded files, in the data directory or an object store.
    pub storage: Storage,
    pub cookies: CookiePolicy,
    pub jobs_wakeup: jobs::Wakeup,
    /// Beaten by this instance's job worker, read by the health check.
    pub jobs_heartbeat: jobs::Heartbeat,
    /// Set when a stop begins, read by the readiness check.
    pub stopping: server::Stopping,
    /// Reads the organisation's facts every page shows (the footer's head
    /// office), kept with the page cache's derived values: given by the
    /// application, none for the command-line tools.
    pub site_facts: Option<SiteFactsLoader>,
    /// What each feature holds about a person, to export or erase.
    pub personal_data: personal_data::Registry,
    /// Public pages rendered for anonymous visitors.
    pub pages: PageCache,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        writes: DatabaseConnection,
        settings: Settings,
        storage: Storage,
    ) -> Self {
        let cookies = CookiePolicy {
            https: settings.is_https(),
        };
        AppState(Arc::new(Shared {
            db,
            commits: crate::db::GroupCommit::start(writes.clone()),
            writes,
            settings: Arc::new(settings),
            storage,
            cookies,
            jobs_wakeup: jobs::Wakeup::default(),
            jobs_heartbeat: jobs::Heartbeat::default(),
            stopping: server::Stopping::default(),
            site_facts: None,
            personal_data: personal_data::Registry::default(),
            pages: PageCache::default(),
        }))
    }

    /// The state while the application assembles it, before any clone.
    fn assembling(&mut self) -> &mut Shared {
        Arc::get_mut(&mut self.0).expect("the state is completed before it is shared")
    }

    /// Where the site facts come from (the content feature, given by the
    /// application when it assembles the features).
    pub fn with_site_facts(mut self, loader: SiteFactsLoader) -> Self {
        self.assembling().site_facts = Some(loader);
        self
    }

    /// The features holding personal data (given by the application).
    pub fn with_personal_data(mut self, registry: personal_data::Registry) -> Self {
        self.assembling().personal_data = registry;
        self
    }

    /// Starts a write transaction on the writing connection (see
    /// `db::begin_write`).
    pub async fn begin_write(&self) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
        crate::db::begin_write(&self.writes).await
    }

    /// The writing connection for bookkeeping that need not survive a power
    /// cut (rate-limit counters, the scheduled backups' claims): see
    /// `db::Relaxed`.
    pub fn bookkeeping(&self) -> crate::db::Relaxed<'_> {
        crate::db::Relaxed(&self.writes)
    }

    /// `path` (starting with `/`) on the public base URL, for mails.
    pub fn absolute_url(&self, path: &str) -> String {
        format!(
            "{}{path}",
            self.settings.base_url.as_str().trim_end_matches('/')
        )
    }
}
