//! Public pages rendered once and served from memory to anonymous visitors,
//! so that a warm page costs no database query.
//!
//! A page is kept per (path, consent state, day): the path holds the
//! language, the consent state decides the cookie banner, and the day is
//! printed in the footer. What differs from one visitor to the next (the
//! CSRF token of the forms, a form's signed "shown at" value) is cut out
//! when the page is kept and filled in fresh for every visitor.
//!
//! Every instance keeps its own pages. An edit that changes what public
//! pages show commits with [`commit_change`], which raises a change counter
//! in the database and forgets this instance's pages; the others read
//! the change counter every [`POLL_INTERVAL`] and forget theirs when it
//! moved. One small read a second per instance keeps the code the same on
//! SQLite and PostgreSQL (no notifications to listen for).

use std::{
    collections::HashMap,
    sync::{
        Arc, RwLock,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, Method, StatusCode, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};

use super::{CurrentUser, consent::Consent, csrf, human_check};
use crate::state::AppState;

/// How often an instance looks for changes made on other instances.
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);
/// The memory kept pages may take: when a new page would go beyond it,
/// every page is forgotten (yesterday's pages and rarely seen ones go; the
/// busy ones come back at their next visit). Today's public pages in three
/// languages and three consent states take a few megabytes.
const MAX_KEPT_BYTES: usize = 64 * 1024 * 1024;
/// Larger answers are served but not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

/// A value a page shows that must be new for every visitor, and how to
/// make it.
#[derive(Clone, Copy)]
struct Fresh {
    /// Which value it is: a page shows each one value, wherever it is.
    name: &'static str,
    make: fn(&AppState, &Parts) -> String,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    consent: Option<Consent>,
    day: NaiveDate,
}

/// When a page stops being true without any change being made: the
/// moment scheduled content it would show becomes due. The handler
/// attaches it (see [`valid_until`]).
#[derive(Clone, Copy)]
struct ValidUntil(chrono::DateTime<chrono::Utc>);

/// Marks `response` as true until `until` (when given): its kept copy is
/// not served from then on.
pub fn valid_until(
    mut response: Response,
    until: Option<chrono::DateTime<chrono::Utc>>,
) -> Response {
    if let Some(until) = until {
        response.extensions_mut().insert(ValidUntil(until));
    }
    response
}

/// A kept page: its headers and its body cut into literal pieces and the
/// per-visitor values that go between them.
struct Kept {
    generation: u64,
    until: Option<chrono::DateTime<chrono::Utc>>,
    headers: HeaderMap,
    pieces: Vec<Piece>,
}

enum Piece {
    Text(Bytes),
    Fresh(Fresh),
}

/// A value derived from content, kept with the generation it was read in.
type Derived = (u64, Arc<dyn std::any::Any + Send + Sync>);

/// The kept pages and the bytes they hold.
#[derive(Default)]
struct Shelf {
    pages: HashMap<Key, Arc<Kept>>,
    bytes: usize,
}

impl Shelf {
    fn clear(&mut self) {
        self.pages.clear();
        self.bytes = 0;
    }
}

impl Kept {
    fn bytes(&self) -> usize {
        self.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.len(),
                Piece::Fresh(_) => 0,
            })
            .sum()
    }
}

#[derive(Default)]
pub struct PageCache {
    shelf: RwLock<Shelf>,
    /// Content that signed-in pages and forms read too (the lines of work
    /// in a language…), by name.
    derived: RwLock<HashMap<String, Derived>>,
    /// Raised on every change; a page kept under an older one is stale.
    generation: AtomicU64,
    /// The change counter's value when this instance last read it.
    seen_version: AtomicU64,
}

impl PageCache {
    /// Moves on every content change, here or on another instance: what was
    /// read from content under an older one is stale.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Forgets every kept page and derived value (content changed).
    pub fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.shelf.write().expect("not poisoned").clear();
        self.derived.write().expect("not poisoned").clear();
    }

    /// The value kept under `name`, or the one `load` reads, kept until
    /// content changes. A value read while a change landed is kept under
    /// the older generation, so the next call reads it again.
    pub async fn derived<T, Load, Loading>(&self, name: &str, load: Load) -> Result<Arc<T>, DbErr>
    where
        T: Send + Sync + 'static,
        Load: FnOnce() -> Loading,
        Loading: Future<Output = Result<T, DbErr>>,
    {
        let generation = self.generation();
        let kept = self
            .derived
            .read()
            .expect("not poisoned")
            .get(name)
            .cloned();
        if let Some((read_in, value)) = kept
            && read_in == generation
            && let Ok(value) = value.downcast::<T>()
        {
            return Ok(value);
        }
        let value = Arc::new(load().await?);
        self.derived
            .write()
            .expect("not poisoned")
            .insert(name.to_string(), (generation, value.clone()));
        Ok(value)
    }

    fn get(&self, key: &Key) -> Option<Arc<Kept>> {
        let kept = self
            .shelf
            .read()
            .expect("not poisoned")
            .pages
            .get(key)
            .cloned()?;
        let current = kept.generation == self.generation.load(Ordering::SeqCst)
            && kept.until.is_none_or(|until| chrono::Utc::now() < until);
        current.then_some(kept)
    }

    fn keep(&self, key: Key, kept: Kept) {
        let mut shelf = self.shelf.write().expect("not poisoned");
        // A page rendered while a change landed is not kept.
        if kept.generation != self.generation.load(Ordering::SeqCst) {
            return;
        }
        let bytes = kept.bytes();
        if shelf.bytes + bytes > MAX_KEPT_BYTES {
            shelf.clear();
        }
        shelf.bytes += bytes;
        if let Some(replaced) = shelf.pages.insert(key, Arc::new(kept)) {
            // Two first visits rendered the same page at once.
            shelf.bytes -= replaced.bytes();
        }
    }

    /// Reads the change counter and forgets every page when it moved.
    pub async fn check_for_changes(&self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        let version = current_version(db).await?;
        if self.seen_version.swap(version, Ordering::SeqCst) != version {
            self.forget_all();
        }
        Ok(())
    }
}

/// Watches the change counter until `stop` says the server is stopping.
pub async fn watch_for_changes(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(error) = state.pages.check_for_changes(&state.db).await {
            // Pages stay as they were; the next round tries again.
            tracing::warn!(%error, "could not read the content change counter");
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(POLL_INTERVAL) => {}
        }
    }
}

/// The layer that marks a route's pages as the same for every anonymous
/// visitor but for their fresh values (the CSRF token, the forms' start).
pub fn keepable() -> axum::middleware::MapResponseLayer<fn(Response) -> MarkedKeepable, (), ()> {
    axum::middleware::map_response(mark_keepable as fn(Response) -> MarkedKeepable)
}

type MarkedKeepable = std::future::Ready<Response>;

fn mark_keepable(mut response: Response) -> MarkedKeepable {
    response.extensions_mut().insert(Keepable);
    std::future::ready(response)
}

#[derive(Clone, Copy)]
struct Keepable;

/// Serves anonymous GETs from memory when their page is kept, and keeps
/// the pages of routes marked [`keepable`] at their first visit.
pub async fn serve_kept(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(key) = cache_key(&state, &request) else {
        return next.run(request).await;
    };
    let (mut parts, body) = request.into_parts();
    if let Some(kept) = state.pages.get(&key) {
        return assemble(&state, &parts, &kept);
    }
    let generation = state.pages.generation();
    let csrf_token = csrf::token(&state, &parts);
    // The page's forms are shown now: `Page` takes this value, and the
    // kept copy gets a new one for each visitor.
    let started = human_check::started_now(&state.settings.secret_key);
    parts
        .extensions
        .insert(human_check::FormStarted(started.clone()));
    let response = next.run(Request::from_parts(parts, body)).await;
    if !is_keepable(&response) {
        return response;
    }
    let (response_parts, body) = response.into_parts();
    // A rendered page's body is one string already in memory: collecting
    // it copies nothing.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "could not read a rendered page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if bytes.len() <= MAX_PAGE_BYTES {
        let fresh = [(csrf_token, CSRF_TOKEN), (started, FORM_STARTED)];
        let kept = Kept {
            generation,
            until: response_parts
                .extensions
                .get::<ValidUntil>()
                .map(|valid| valid.0),
            headers: response_parts.headers.clone(),
            pieces: cut(&bytes, &fresh),
        };
        state.pages.keep(key, kept);
    }
    Response::from_parts(response_parts, Body::from(bytes))
}

/// The CSRF token of the visitor's forms.
const CSRF_TOKEN: Fresh = Fresh {
    name: "csrf",
    make: csrf::token,
};

/// When the visitor's forms were shown (`human_check`).
const FORM_STARTED: Fresh = Fresh {
    name: "started",
    make: |state, _| human_check::started_now(&state.settings.secret_key),
};

/// Which kept page answers this request, if one may: anonymous GETs of a
/// plain path (a query string may carry anything, and would let anyone
/// fill the memory with variants).
fn cache_key(state: &AppState, request: &Request) -> Option<Key> {
    let anonymous = request.extensions().get::<CurrentUser>().is_none();
    let path = request
        .extensions()
        .get::<axum::extract::OriginalUri>()
        .map_or_else(|| request.uri().path(), |original| original.path());
    key_of(state, request, anonymous, path)
}

/// The key of the page at the route `path`, for a request from a visitor
/// who is `anonymous` or not.
fn key_of(state: &AppState, request: &Request, anonymous: bool, path: &str) -> Option<Key> {
    if request.method() != Method::GET || !anonymous || request.uri().query().is_some() {
        return None;
    }
    Some(Key {
        path: path.to_string(),
        consent: Consent::read(state, request.headers()),
        day: chrono::Local::now().date_naive(),
    })
}

/// Whether a kept page answers `request` as it arrives, before its session
/// is looked up and its localized address resolved: such an answer does no
/// database work. A visitor with a session cookie counts as signed in.
pub fn answers_at_once(state: &AppState, request: &Request) -> bool {
    let signed_in = state
        .cookies
        .read(request.headers(), super::cookies::SESSION)
        .is_some();
    let Some(route) = super::slugs::route_path(request.uri().path()) else {
        return false;
    };
    key_of(state, request, !signed_in, &route).is_some_and(|key| state.pages.get(&key).is_some())
}

/// Only successful HTML pages of keepable routes that set no cookie of
/// their own are kept.
fn is_keepable(response: &Response) -> bool {
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    response.status() == StatusCode::OK
        && response.extensions().get::<Keepable>().is_some()
        && html
        && !response.headers().contains_key(header::SET_COOKIE)
}

/// Cuts `body` around every occurrence of each per-visitor value.
fn cut(body: &Bytes, fresh: &[(String, Fresh)]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < body.len() {
        let next = fresh
            .iter()
            .filter(|(value, _)| !value.is_empty())
            .filter_map(|(value, make)| {
                find(&body[start..], value.as_bytes()).map(|at| (start + at, value.len(), *make))
            })
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, make)) = next else {
            pieces.push(Piece::Text(body.slice(start..)));
            break;
        };
        if at > start {
            pieces.push(Piece::Text(body.slice(start..at)));
        }
        pieces.push(Piece::Fresh(make));
        start = at + len;
    }
    pieces
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A kept page with this visitor's values filled in.
fn assemble(state: &AppState, parts: &Parts, kept: &Kept) -> Response {
    let mut body = Vec::with_capacity(
        kept.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.len(),
                Piece::Fresh(_) => 64,
            })
            .sum(),
    );
    // Each value made once for this visitor, however often it appears.
    let mut made: Vec<(&str, String)> = Vec::new();
    for piece in &kept.pieces {
        match piece {
            Piece::Text(text) => body.extend_from_slice(text),
            Piece::Fresh(fresh) => {
                let value = match made.iter().find(|(name, _)| *name == fresh.name) {
                    Some((_, value)) => value,
                    None => {
                        made.push((fresh.name, (fresh.make)(state, parts)));
                        &made[made.len() - 1].1
                    }
                };
                body.extend_from_slice(value.as_bytes());
            }
        }
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = kept.headers.clone();
    response
}

mod site_change {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "site_changes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic: String,
        pub version: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

const CONTENT: &str = "content";

async fn current_version(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let row = site_change::Entity::find_by_id(CONTENT.to_string())
        .one(db)
        .await?;
    Ok(row.map_or(0, |row| row.version.unsigned_abs()))
}

/// Commits a transaction that changed what public pages show, and has
/// every instance forget its kept pages: this one at once, the others at
/// their next look at the change counter.
pub async fn commit_change(state: &AppState, txn: DatabaseTransaction) -> Result<(), DbErr> {
    record_change(&txn).await?;
    txn.commit().await?;
    state.pages.forget_all();
    Ok(())
}

/// Counts a change of what public pages show, in `db`'s transaction: every
/// instance forgets its kept pages at its next look at the counter.
pub async fn record_change(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    site_change::Entity::update_many()
        .col_expr(
            site_change::Column::Version,
            Expr::col(site_change::Column::Version).add(1),
        )
        .filter(site_change::Column::Topic.eq(CONTENT))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nothing(_: &AppState, _: &Parts) -> String {
        String::new()
    }

    fn texts(pieces: &[Piece]) -> Vec<Option<&[u8]>> {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => Some(text.as_ref()),
                Piece::Fresh(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_page_is_cut_around_every_occurrence_of_each_value() {
        let body = Bytes::from_static(b"<a>TOKEN</a><b>STAMP</b>TOKEN");
        let fresh = Fresh {
            name: "nothing",
            make: nothing,
        };
        let values = [("TOKEN".to_string(), fresh), ("STAMP".to_string(), fresh)];
        let pieces = cut(&body, &values);
        assert_eq!(
            texts(&pieces),
            vec![
                Some(&b"<a>"[..]),
                None,
                Some(b"</a><b>"),
                None,
                Some(b"</b>"),
                None
            ]
        );
    }

    #[test]
    fn kept_pages_never_hold_more_than_their_share_of_memory() {
        let cache = PageCache::default();
        let third = Bytes::from(vec![b'x'; MAX_KEPT_BYTES / 3 + 1]);
        let page = |path: &str| {
            let key = Key {
                path: path.to_string(),
                consent: None,
                day: NaiveDate::MIN,
            };
            let kept = Kept {
                generation: cache.generation(),
                until: None,
                headers: HeaderMap::new(),
                pieces: vec![Piece::Text(third.clone())],
            };
            (key, kept)
        };
        let (first, first_page) = page("/en");
        let (second, second_page) = page("/fr");
        let (third_key, third_page) = page("/es");
        cache.keep(first.clone(), first_page);
        cache.keep(second.clone(), second_page);
        assert!(cache.get(&first).is_some() && cache.get(&second).is_some());
        cache.keep(third_key.clone(), third_page);
        assert!(cache.get(&first).is_none() && cache.get(&second).is_none());
        assert!(cache.get(&third_key).is_some());
        assert_eq!(cache.shelf.read().unwrap().bytes, third.len());
    }

    #[test]
    fn a_page_without_fresh_values_is_kept_whole() {
        let body = Bytes::from_static(b"<p>plain</p>");
        let fresh = Fresh {
            name: "nothing",
            make: nothing,
        };
        let pieces = cut(&body, &[(String::new(), fresh)]);
        assert_eq!(texts(&pieces), vec![Some(&b"<p>plain</p>"[..])]);
    }
}
