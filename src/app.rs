//! Application state, router assembly and the server's life cycle.

use std::time::Duration;

use axum::{
    Extension, Router,
    extract::{DefaultBodyLimit, Request, State},
    http::{StatusCode, header},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use sea_orm::DatabaseTransaction;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tower_http::{
    catch_panic::CatchPanicLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    accounts, api, assets, assistance, backup,
    config::Settings,
    contact, content, councils, db, groups, health,
    i18n::Locale,
    images, index_changes, jobs, library, lines_of_work, mail, newsletter, offers, personal_data,
    proposals, safeguarding,
    search::{self, Search},
    server,
    storage::Storage,
    web::{self, FeatureRoutes, Role, Roles, sitemap::Addresses},
};

use crate::state::AppState;

const BODY_LIMIT_BYTES: usize = 64 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The routes every language section has: each feature's public pages,
/// and its staff and admin pages behind the role guards.
fn language_section(state: &AppState) -> Router<AppState> {
    let features = content::routes()
        .merge(FeatureRoutes::public(web::consent::routes()))
        .merge(contact::routes())
        .merge(assistance::routes())
        .merge(newsletter::routes())
        .merge(lines_of_work::routes())
        .merge(accounts::routes())
        .merge(proposals::routes())
        .merge(groups::routes())
        .merge(library::routes())
        .merge(councils::routes())
        .merge(FeatureRoutes::public(search::routes()))
        .merge(offers::routes())
        .merge(safeguarding::routes())
        .merge(backup::page::routes());
    let staff = guarded(state, features.staff, Roles::works_on_proposals).merge(guarded(
        state,
        features.editor,
        |roles| roles.has(Role::Editor),
    ));
    let admin = guarded(state, features.admin, |roles| roles.has(Role::Admin));
    // Every staff page's navigation counts the proposals waiting.
    let inbox = middleware::from_fn_with_state(state.clone(), proposals::inbox::count_waiting);
    features
        .public
        .nest("/staff", staff.route_layer(inbox.clone()))
        .nest("/admin", admin.route_layer(inbox))
}

fn guarded(
    state: &AppState,
    routes: Router<AppState>,
    allowed: fn(Roles) -> bool,
) -> Router<AppState> {
    routes.route_layer(middleware::from_fn_with_state(
        state.clone(),
        move |State(state): State<AppState>, request: Request, next: middleware::Next| {
            web::current_user::require_roles(allowed, state, request, next)
        },
    ))
}

/// Every feature's public pages, by their English paths.
async fn public_paths(state: &AppState) -> Result<Vec<Addresses>, web::AppError> {
    let mut paths: Vec<Addresses> = content::SITEMAP_PATHS.map(Addresses::from).into();
    let sections = [
        proposals::FORM_PATH,
        assistance::FORM_PATH,
        content::agreements::REGISTRY_PATH,
        councils::ARCHIVE_PATH,
    ];
    paths.extend(sections.map(Addresses::from));
    let items = [
        groups::queries::sitemap_paths(&state.db).await?,
        library::sitemap_paths(&state.db).await?,
    ];
    paths.extend(items.into_iter().flatten().map(Addresses::from));
    paths.extend(content::news::sitemap_paths(&state.db).await?);
    paths.extend(content::events::sitemap_paths(&state.db).await?);
    Ok(paths)
}

/// Every public page in every language, or the index of the parts.
async fn sitemap(State(state): State<AppState>) -> Result<Response, web::AppError> {
    let paths = public_paths(&state).await?;
    Ok(web::sitemap::response(
        state.settings.base_url.as_str(),
        &paths,
        web::sitemap::PATHS_PER_FILE,
    ))
}

async fn sitemap_part(
    State(state): State<AppState>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Result<Response, web::AppError> {
    let paths = public_paths(&state).await?;
    web::sitemap::part_response(
        state.settings.base_url.as_str(),
        &paths,
        web::sitemap::PATHS_PER_FILE,
        &file,
    )
    .ok_or(web::AppError::NotFound)
}

pub fn router(state: AppState, search: Search) -> Router {
    let routes = Router::new()
        .route("/healthz", get(health::check_health))
        .route("/robots.txt", get(web::robots::robots_txt))
        .route("/sitemap.xml", get(sitemap))
        .route("/sitemaps/{file}", get(sitemap_part))
        .route("/readyz", get(health::check_ready))
        .route("/assets/{file}", get(assets::serve))
        .route("/media/{file}", get(images::serve))
        .merge(pages(&state))
        .layer(Extension(search.clone()))
        .with_state(state.clone());
    // The open-data API answers in JSON whatever goes wrong: it stands
    // beside the site's address checks and HTML error pages, under the
    // layers every answer has.
    let api = api::routes(&state)
        .layer(Extension(search))
        .with_state(state.clone());
    // Localized addresses are rewritten before routing, which only a layer
    // around a whole router can do; the layers below then cover every answer.
    let mut app = Router::new()
        .fallback_service(tower_layer::Layer::layer(
            &middleware::from_fn(web::slugs::route_localized),
            routes,
        ))
        .layer(middleware::from_fn(
            web::text_input::refuse_unacceptable_uri,
        ))
        // Pages localize their own errors with the visitor's session; this
        // one covers files and refused addresses.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::error::localize_errors,
        ))
        .merge(api)
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        // Inside the time limit: a request out of time is answered, but
        // its work still ends properly.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::unabandoned::run_to_the_end_unless_kept,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(CatchPanicLayer::custom(web::error::panic_page));
    for layer in web::headers::security_headers(state.settings.is_https()) {
        app = app.layer(layer);
    }
    app.layer(TraceLayer::new_for_http().make_span_with(request_span))
        // The answer names the request's id too, so a problem report can
        // quote it.
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(middleware::map_request(drop_client_request_id))
        .with_state(state)
}

/// Every page of every language, with what pages need and static files
/// must not have: the session, the CSRF cookie (a `Set-Cookie` on a file
/// cached as `public` could be handed to everyone) and the page caching
/// policy.
fn pages(state: &AppState) -> Router<AppState> {
    let mut pages = Router::new().route("/", get(redirect_to_language));
    for locale in Locale::ALL {
        let prefix = prefix_of(locale);
        let section = language_section(state).layer(Extension(locale));
        pages = pages
            .route(
                &format!("{prefix}/"),
                get(move || async move { Redirect::permanent(&prefix_of(locale)) }),
            )
            .nest(&prefix, section);
    }
    pages
        .fallback(web::error::not_found)
        // Before routing: a kept page is served without walking the router.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::page_cache::serve_kept,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::consent::remember_language,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::error::localize_errors,
        ))
        .layer(middleware::from_fn(web::headers::cache_policy))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            accounts::sessions::load_session,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::csrf::ensure_cookie,
        ))
}

/// What a new site starts with: the observatory's content and the lines of
/// work. Each seed adds only what is missing, so editors' changes stay.
pub fn seed(txn: &DatabaseTransaction) -> db::Pending<'_> {
    Box::pin(async move {
        content::seed::seed(txn).await?;
        content::menu::seed(txn).await?;
        content::home::seed(txn).await?;
        lines_of_work::seed(txn).await?;
        library::seed_reports(txn, &library_reports()).await
    })
}

/// The observatory's reports, which the content seed holds, as the
/// library's first resources.
fn library_reports() -> Vec<library::Report> {
    content::seed::reports()
        .map(|report| library::Report {
            key: &report.slug,
            texts: Locale::ALL
                .map(|locale| (report.text("title", locale), report.text("summary", locale))),
        })
        .collect()
}

/// The state of a prepared site without a server, for the command-line
/// tools (`migrate`, `create-admin`).
pub async fn prepare(settings: Settings) -> anyhow::Result<AppState> {
    let db = db::prepare(&settings, seed).await?;
    let writes = db::writer_beside(&db, &settings.database_url).await?;
    let storage = Storage::from_settings(&settings)?;
    Ok(AppState::new(db, writes, settings, storage).with_personal_data(personal_data_registry()))
}

/// Every feature that holds personal data, for export and erasure. A new
/// feature with data about people adds itself here.
fn personal_data_registry() -> personal_data::Registry {
    personal_data::Registry::new(vec![
        Box::new(proposals::PersonalData),
        Box::new(groups::PersonalData),
        Box::new(library::PersonalData),
        Box::new(offers::PersonalData),
        Box::new(safeguarding::personal_data::Safeguarding),
    ])
}

fn prefix_of(locale: Locale) -> String {
    web::page::localized_path(locale, "/")
}

/// `SetRequestIdLayer` keeps an `x-request-id` the request already has and
/// only makes one when there is none. Clients must not choose the ids in our
/// logs, so theirs is dropped before it runs: every request gets a new one.
async fn drop_client_request_id(mut request: Request) -> Request {
    request.headers_mut().remove("x-request-id");
    request
}

/// Every log line of a request carries its id (set by `SetRequestIdLayer`,
/// and sent back as `x-request-id`). Only the path is logged: query strings
/// may hold tokens.
fn request_span(request: &Request) -> tracing::Span {
    let id = request
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        id = %id,
        method = %request.method(),
        path = %request.uri().path(),
    )
}

/// `/` sends visitors to their language: the remembered one, then the
/// browser's, then English.
async fn redirect_to_language(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let locale = web::page::preferred_locale(&parts, &state);
    let mut response = Redirect::to(&prefix_of(locale)).into_response();
    // The answer depends on these headers; shared caches must not mix them.
    response.headers_mut().insert(
        header::VARY,
        "Accept-Language, Cookie".parse().expect("static"),
    );
    response
}

pub fn init_tracing() {
    // lopdf reports each flaw of a PDF it reads: a hostile attachment would
    // fill the log, and the refusal already tells the sender why.
    let filter = tracing_subscriber::EnvFilter::try_from_env("OBSERVATORY_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,lopdf=off".into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// A running server, as tests and `serve` use it.
pub struct Server {
    pub address: std::net::SocketAddr,
    /// The plain-HTTP listener that redirects to https, when there is one.
    pub redirect_address: Option<std::net::SocketAddr>,
    pub state: AppState,
    pub search: Search,
    listener: TcpListener,
    redirect_listener: Option<TcpListener>,
    tls: Option<TlsAcceptor>,
}

/// The file storage of the settings, once it answers: a wrong bucket,
/// endpoint or key stops the start with a message, not a visitor's upload.
async fn connect_storage(settings: &Settings) -> anyhow::Result<Storage> {
    let storage = Storage::from_settings(settings)?;
    storage.check().await.map_err(|error| {
        anyhow::anyhow!("the object store of OBSERVATORY_S3_* cannot be reached: {error}")
    })?;
    Ok(storage)
}

impl Server {
    /// Reads the TLS files, reaches the file storage, prepares the database
    /// and binds the listening sockets (port 0 picks a free port, as tests
    /// do).
    pub async fn build(settings: Settings) -> anyhow::Result<Server> {
        let tls = settings
            .tls
            .as_ref()
            .map(server::tls::acceptor)
            .transpose()?;
        let storage = connect_storage(&settings).await?;
        let db = db::prepare(&settings, seed).await?;
        let writes = db::writer_beside(&db, &settings.database_url).await?;
        let search = Search::open(&settings, &db).await?;
        let listener = server::bind(settings.listen, "OBSERVATORY_LISTEN").await?;
        let redirect_listener = match settings.http_redirect_listen {
            Some(address) => Some(server::bind(address, "OBSERVATORY_HTTP_REDIRECT_LISTEN").await?),
            None => None,
        };
        let address = listener.local_addr()?;
        let redirect_address = redirect_listener
            .as_ref()
            .map(TcpListener::local_addr)
            .transpose()?;
        let mut settings = settings;
        if settings.base_url.port() == Some(0) {
            // The default base URL follows OBSERVATORY_LISTEN; port 0 means
            // "any free port", now known.
            let _ = settings.base_url.set_port(Some(address.port()));
        }
        Ok(Server {
            address,
            redirect_address,
            state: AppState::new(db, writes, settings, storage)
                .with_site_facts(content::site_facts)
                .with_personal_data(personal_data_registry()),
            search,
            listener,
            redirect_listener,
            tls,
        })
    }

    /// Where this server answers, by its socket address: `http://…`, or
    /// `https://…` when it speaks TLS.
    pub fn local_url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}", self.address)
    }

    /// Serves until `shutdown` completes, then on for the drain (answering
    /// `/readyz` with 503), then lets requests in flight (up to the shutdown
    /// deadline) and the job in hand finish.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let mail_jobs = mail::MailJobs::from_settings(&self.state.settings)?;
        let (stop, stopped) = tokio::sync::watch::channel(false);
        // Beaten here too, so that a health check answered before the
        // worker's first turn does not find it silent.
        self.state.jobs_heartbeat.beat();
        let worker = tokio::spawn(jobs::run_worker(
            self.state.writes.clone(),
            mail_jobs,
            self.state.jobs_wakeup.clone(),
            self.state.jobs_heartbeat.clone(),
            stopped,
            jobs::LEASE,
        ));
        let maintenance = tokio::spawn(run_maintenance(self.state.clone(), stop.subscribe()));
        let reminders = tokio::spawn(run_reminders(self.state.clone(), stop.subscribe()));
        let page_changes = tokio::spawn(web::page_cache::watch_for_changes(
            self.state.clone(),
            stop.subscribe(),
        ));
        let backups = tokio::spawn(backup::schedule::run(self.state.clone(), stop.subscribe()));
        let search_changes = tokio::spawn(search::follow(
            self.search.clone(),
            self.state.db.clone(),
            stop.subscribe(),
        ));
        accounts::password::warm_up();
        let settings = &self.state.settings;
        let mut endpoints = vec![server::Endpoint {
            listener: self.listener,
            tls: self.tls,
            app: router(self.state.clone(), self.search.clone()),
        }];
        if let Some(listener) = self.redirect_listener {
            endpoints.push(server::Endpoint {
                listener,
                tls: None,
                app: server::redirect::router(settings.base_url.clone()),
            });
        }
        let limits = settings.connections.clone();
        let shutdown = server::drained(shutdown, self.state.stopping.clone(), limits.drain);
        server::serve(endpoints, limits, shutdown).await;
        let _ = stop.send(true);
        let _ = worker.await;
        let _ = maintenance.await;
        let _ = reminders.await;
        let _ = page_changes.await;
        let _ = backups.await;
        let _ = search_changes.await;
        self.state.db.clone().close().await?;
        self.state.writes.clone().close().await?;
        Ok(())
    }
}

/// How often each instance clears expired data. Every step is an idempotent
/// delete, so instances running it at the same time do no harm.
const MAINTENANCE_INTERVAL: Duration = Duration::from_secs(600);

/// How long the search change log keeps a change: an instance stopped for
/// longer rebuilds its index when it starts again.
const CHANGES_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(7);

async fn run_maintenance(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        match proposals::purge_expired(&state).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "expired unconfirmed proposals deleted"),
            Err(error) => tracing::warn!(%error, "could not purge expired proposals"),
        }
        match contact::purge_expired(&state).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "expired contact messages and files deleted"),
            Err(error) => tracing::warn!(%error, "could not purge expired contact messages"),
        }
        match assistance::purge_expired(&state).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "closed assistance requests deleted"),
            Err(error) => tracing::warn!(%error, "could not purge closed assistance requests"),
        }
        match newsletter::purge_expired(&state.db).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "expired bulletin subscriptions deleted"),
            Err(error) => tracing::warn!(%error, "could not purge expired bulletin subscriptions"),
        }
        match library::purge_unsaved_files(&state).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "library files nobody saved deleted"),
            Err(error) => tracing::warn!(%error, "could not purge unsaved library files"),
        }
        match images::purge_unused(&state).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "pictures nobody saved deleted"),
            Err(error) => tracing::warn!(%error, "could not purge unused pictures"),
        }
        match proposals::retention::erase_due(&state, chrono::Utc::now()).await {
            Ok(0) => {}
            Ok(erased) => tracing::info!(erased, "sensitive texts of closed proposals erased"),
            Err(error) => tracing::warn!(%error, "could not erase sensitive texts past retention"),
        }
        if let Err(error) = accounts::sessions::purge_expired(&state.db).await {
            tracing::warn!(%error, "could not purge expired sessions");
        }
        if let Err(error) = crate::jobs::purge_finished(&state.db).await {
            tracing::warn!(%error, "could not purge finished jobs");
        }
        if let Err(error) = index_changes::prune(&state.db, chrono::Utc::now() - CHANGES_KEPT).await
        {
            tracing::warn!(%error, "could not prune the search change log");
        }
        if let Err(error) = crate::throttle::purge_stale(&state.db).await {
            tracing::warn!(%error, "could not purge stale rate limits");
        }
        if let Err(error) = proposals::alerts::send_daily_digest(&state, chrono::Utc::now()).await {
            tracing::warn!(%error, "could not send the daily digest of new proposals");
        }
        if let Err(error) = groups::send_daily_digest(&state, chrono::Utc::now()).await {
            tracing::warn!(%error, "could not send the daily digest of groups' discussions");
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(MAINTENANCE_INTERVAL) => {}
        }
    }
}

/// How often each instance looks for meeting reminders and scheduled news
/// that are due.
const REMINDER_INTERVAL: Duration = Duration::from_secs(60);

async fn run_reminders(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    // News that became due while no instance ran is announced at start,
    // as far back as the search change log keeps changes.
    let mut announced_until = chrono::Utc::now() - CHANGES_KEPT;
    loop {
        let now = chrono::Utc::now();
        if let Err(error) = groups::send_due_reminders(&state, now).await {
            tracing::warn!(%error, "could not send meeting reminders");
        }
        match content::agreements::send_expiry_reminders(&state, content::events::today()).await {
            Ok(0) => {}
            Ok(reminded) => tracing::info!(reminded, "editors reminded of agreements ending"),
            Err(error) => tracing::warn!(%error, "could not remind editors of agreements ending"),
        }
        match content::publication::announce_due(&state, (announced_until, now)).await {
            Ok(announced) => {
                announced_until = now;
                if announced > 0 {
                    tracing::info!(announced, "scheduled news published");
                }
            }
            Err(error) => tracing::warn!(%error, "could not announce scheduled news"),
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(REMINDER_INTERVAL) => {}
        }
    }
}

pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    if settings.is_https() && settings.tls.is_none() && settings.trusted_proxies.is_empty() {
        // TLS ends in front of this binary, so there is a proxy, and without
        // trusting it every visitor has its address (and shares its limits).
        tracing::warn!(
            "OBSERVATORY_BASE_URL is https but OBSERVATORY_TRUSTED_PROXIES is unset: \
             every visitor will be counted under the proxy's address"
        );
    }
    if settings.test_raise_limits {
        tracing::warn!(
            "OBSERVATORY_TEST_RAISE_LIMITS is set: login attempts are not limited; \
             this is for security probes on a throwaway instance, never for production"
        );
    }
    let server = Server::build(settings).await?;
    let shutdown = shutdown_signal()?;
    tracing::info!("observatory listening on {}", server.local_url());
    if let Some(address) = server.redirect_address {
        tracing::info!(
            "redirecting http://{address} to {}",
            server.state.settings.base_url
        );
    }
    server.run(shutdown).await?;
    tracing::info!("observatory stopped");
    Ok(())
}

/// Completes at SIGTERM or Ctrl-C. The handlers are installed when this is
/// called, before the server says it listens: a signal sent as soon as it
/// does must stop it gracefully, not kill it.
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = terminate.recv() => {},
            _ = interrupt.recv() => {},
        }
        tracing::info!("shutting down: finishing requests in flight");
    })
}
