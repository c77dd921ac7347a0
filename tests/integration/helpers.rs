//! `TestApp`: the application on a free port with its own database (and,
//! when `OBSERVATORY_TEST_S3_ENDPOINT` names an S3-compatible server, its
//! own bucket there for uploaded files), and a small cookie-keeping client
//! that behaves like a browser without scripts.

use std::collections::BTreeMap;

use object_store::{ObjectStore, aws::AmazonS3Builder};
use observatory::{
    app::Server,
    config::{FileStorage, Settings},
};
use reqwest::{Response, StatusCode, header};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

use crate::smtp_sink::SmtpSink;

/// A page without the values that are new at every visit (its forms'
/// token and signed start): what two visits must have the same.
pub fn strip_tokens(body: &str) -> String {
    body.lines()
        .filter(|line| !line.contains("name=\"csrf\"") && !line.contains("name=\"started\""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The address a visitor follows for a route as the code names it: public
/// pages have their language's slug (`/es/collaborate` → `/es/colaborar`).
pub fn at(route: &str) -> String {
    let (code, rest) = route
        .trim_start_matches('/')
        .split_once('/')
        .unwrap_or((route.trim_start_matches('/'), ""));
    let locale = observatory::i18n::Locale::from_code(code).expect("a route in a language");
    observatory::web::page::localized_path(locale, &format!("/{rest}"))
}

pub struct TestApp {
    /// `http://127.0.0.1:port`, or `https://…` when the app speaks TLS.
    pub address: String,
    /// `http://…` of the listener that redirects to https, when there is one.
    pub redirect_address: Option<String>,
    pub settings: Settings,
    pub state: observatory::state::AppState,
    /// Receives every mail the app sends, over real SMTP (nothing when the
    /// app writes mail to files).
    pub mail: SmtpSink,
    pub database_url: String,
    /// The `OBSERVATORY_S3_*` settings of the test's bucket, or none.
    file_storage: Vec<(&'static str, String)>,
    _data_dir: std::sync::Arc<tempfile::TempDir>,
}

/// Every instance of a test shares this key, as a real deployment would.
pub const SHARED_SECRET: &str = "test-secret-key-shared-by-all-instances-0123456789";

/// A self-signed certificate for `localhost` and `127.0.0.1`, and its key
/// (see `tests/fixtures/tls/README.md`).
pub const TEST_CERTIFICATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/tls/localhost.cert.pem"
);
pub const TEST_PRIVATE_KEY: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/tls/localhost.key.pem"
);

/// A fresh, empty database URL for one test.
pub async fn fresh_database_url(data_dir: &std::path::Path) -> String {
    match std::env::var("OBSERVATORY_TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => fresh_postgres_database(&server).await,
        _ => format!("sqlite://{}?mode=rwc", data_dir.join("test.db").display()),
    }
}

/// A new, empty database on the PostgreSQL `server` (`postgres://…`,
/// without a database name); its URL. The test command drops them all at
/// the end (`obs_t_…`).
pub async fn fresh_postgres_database(server: &str) -> String {
    let name = format!("obs_t_{}", observatory::config::random_hex(8));
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .expect("PostgreSQL reachable");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create database");
    admin.close().await.ok();
    format!("{server}/{name}")
}

/// Where a new test keeps uploaded files: a fresh bucket on the S3-compatible
/// server named by `OBSERVATORY_TEST_S3_ENDPOINT` (so tests never see each
/// other's files), or, without it, the data directory (no settings).
pub async fn fresh_file_storage() -> Vec<(&'static str, String)> {
    let Some(endpoint) = std::env::var("OBSERVATORY_TEST_S3_ENDPOINT")
        .ok()
        .filter(|endpoint| !endpoint.is_empty())
    else {
        return Vec::new();
    };
    let bucket = format!("obs-t-{}", observatory::config::random_hex(8));
    // The test server (moto) takes an unsigned request; the site itself
    // never creates buckets.
    let created = reqwest::Client::new()
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .expect("the S3-compatible test server answers");
    assert!(created.status().is_success(), "bucket {bucket} created");
    vec![
        ("OBSERVATORY_S3_BUCKET", bucket),
        ("OBSERVATORY_S3_ENDPOINT", endpoint),
        ("OBSERVATORY_S3_ACCESS_KEY_ID", "test-access-key".into()),
        ("OBSERVATORY_S3_SECRET_ACCESS_KEY", "test-secret-key".into()),
    ]
}

impl TestApp {
    /// The instance's data directory (SQLite file, secret key, uploads).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data_dir.path()
    }

    /// The id of the account registered with `email`.
    pub async fn user_id(&self, email: &str) -> i32 {
        use observatory::accounts::entities::user;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(&self.state.db)
            .await
            .unwrap()
            .unwrap()
            .id
    }

    pub async fn spawn() -> TestApp {
        Self::spawn_with(&[]).await
    }

    /// Starts the app with extra settings, e.g. an https base URL.
    pub async fn spawn_with(extra: &[(&str, &str)]) -> TestApp {
        Self::spawn_storing_files_in(fresh_file_storage().await, extra).await
    }

    /// Starts the app with its files in the data directory, even in a run
    /// that keeps them in S3: for tests of that directory.
    pub async fn spawn_with_files_in_data_dir() -> TestApp {
        Self::spawn_storing_files_in(Vec::new(), &[]).await
    }

    async fn spawn_storing_files_in(
        file_storage: Vec<(&'static str, String)>,
        extra: &[(&str, &str)],
    ) -> TestApp {
        let data_dir = std::sync::Arc::new(tempfile::tempdir().expect("temp dir"));
        let database_url = fresh_database_url(data_dir.path()).await;
        let instance = Instance {
            data_dir,
            database_url,
            smtp: Some(SmtpSink::start().await),
            file_storage,
        };
        Self::start(instance, extra).await
    }

    /// Starts the app without SMTP, as a local run does: mail is written to
    /// `.eml` files under `mail_dir()`, and the sink receives nothing.
    pub async fn spawn_writing_mail_to_files() -> TestApp {
        let data_dir = std::sync::Arc::new(tempfile::tempdir().expect("temp dir"));
        let database_url = fresh_database_url(data_dir.path()).await;
        let instance = Instance {
            data_dir,
            database_url,
            smtp: None,
            file_storage: fresh_file_storage().await,
        };
        Self::start(instance, &[]).await
    }

    /// Where the app writes mail without SMTP.
    pub fn mail_dir(&self) -> std::path::PathBuf {
        self.settings.data_dir.join("mail")
    }

    /// A second instance on the same database, mail sink and file storage
    /// (and data directory), as behind a load balancer.
    pub async fn another_instance(&self) -> TestApp {
        self.another_instance_with(&[]).await
    }

    /// `another_instance` with extra settings.
    pub async fn another_instance_with(&self, extra: &[(&str, &str)]) -> TestApp {
        self.instance_with_data_dir(self._data_dir.clone(), extra)
            .await
    }

    /// The app on an existing database (a restored or copied site) with
    /// its files in `data_dir`.
    pub async fn spawn_on(database_url: String, data_dir: tempfile::TempDir) -> TestApp {
        let instance = Instance {
            data_dir: std::sync::Arc::new(data_dir),
            database_url,
            smtp: Some(SmtpSink::start().await),
            file_storage: Vec::new(),
        };
        Self::start(instance, &[]).await
    }

    /// A second instance as on another machine: the same database, mail
    /// sink and file storage, but a data directory of its own when the files
    /// are in an object store. (Files in the data directory stand for a
    /// folder every machine mounts, so that one stays shared.)
    pub async fn instance_on_another_machine(&self) -> TestApp {
        if self.file_storage.is_empty() {
            return self.another_instance().await;
        }
        let own = std::sync::Arc::new(tempfile::tempdir().expect("temp dir"));
        self.instance_with_data_dir(own, &[]).await
    }

    async fn instance_with_data_dir(
        &self,
        data_dir: std::sync::Arc<tempfile::TempDir>,
        extra: &[(&str, &str)],
    ) -> TestApp {
        let instance = Instance {
            data_dir,
            database_url: self.database_url.clone(),
            smtp: Some(self.mail.clone()),
            file_storage: self.file_storage.clone(),
        };
        Self::start(instance, extra).await
    }

    async fn start(instance: Instance, extra: &[(&str, &str)]) -> TestApp {
        let Instance {
            data_dir,
            database_url,
            smtp,
            file_storage,
        } = instance;
        let smtp_url = smtp.as_ref().map(SmtpSink::url);
        let mut values = vec![("OBSERVATORY_SECRET_KEY", SHARED_SECRET)];
        if let Some(url) = &smtp_url {
            values.push(("OBSERVATORY_SMTP_URL", url));
        }
        values.extend(
            file_storage
                .iter()
                .map(|(name, value)| (*name, value.as_str())),
        );
        values.extend_from_slice(extra);
        let settings = settings_for(data_dir.path(), &database_url, &values);
        let server = Server::build(settings.clone())
            .await
            .expect("server starts");
        let address = server.local_url();
        let redirect_address = server.redirect_address.map(|a| format!("http://{a}"));
        let state = server.state.clone();
        tokio::spawn(server.run(std::future::pending()));
        TestApp {
            address,
            redirect_address,
            settings,
            state,
            mail: smtp.unwrap_or_default(),
            database_url,
            file_storage,
            _data_dir: data_dir,
        }
    }

    /// The names of the proposal attachments in the file storage, listed
    /// from the storage itself: the `uploads` folder of the data directory,
    /// or the bucket's `uploads/` keys read with an S3 client of the test's
    /// own.
    pub async fn stored_uploads(&self) -> Vec<String> {
        let mut names = match &self.settings.file_storage {
            FileStorage::DataDir => std::fs::read_dir(self.settings.data_dir.join("uploads"))
                .map(|dir| {
                    dir.map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default(),
            FileStorage::S3(_) => self.bucket_keys("uploads").await,
        };
        names.sort();
        names
    }

    /// The names under `folder/` in the test's bucket.
    async fn bucket_keys(&self, folder: &str) -> Vec<String> {
        let value = |name: &str| {
            self.file_storage
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.clone())
                .expect("S3 settings")
        };
        let client = AmazonS3Builder::new()
            .with_endpoint(value("OBSERVATORY_S3_ENDPOINT"))
            .with_bucket_name(value("OBSERVATORY_S3_BUCKET"))
            .with_access_key_id(value("OBSERVATORY_S3_ACCESS_KEY_ID"))
            .with_secret_access_key(value("OBSERVATORY_S3_SECRET_ACCESS_KEY"))
            .with_allow_http(true)
            .build()
            .expect("S3 client");
        let prefix = object_store::path::Path::from(folder);
        client
            .list_with_delimiter(Some(&prefix))
            .await
            .expect("bucket listed")
            .objects
            .into_iter()
            .map(|object| object.location.filename().unwrap_or_default().to_string())
            .collect()
    }

    /// Waits (up to 15 s) until every queued job has run, so that a test can
    /// count what was sent and nothing more is on its way.
    pub async fn wait_for_jobs(&self) -> Vec<observatory::jobs::job::Model> {
        wait_for_jobs(&self.state.db).await
    }

    /// A browser for this app; over TLS it trusts the test certificate.
    pub fn browser(&self) -> Browser {
        let mut client = Browser::client();
        if self.settings.tls.is_some() {
            let pem = std::fs::read(TEST_CERTIFICATE).expect("test certificate");
            let certificate = reqwest::Certificate::from_pem(&pem).expect("PEM certificate");
            client = client.add_root_certificate(certificate);
        }
        Browser::with_client(&self.address, client.build().expect("client"))
    }
}

/// Waits (up to 15 s) until every job queued in `db` has run; returns them all.
pub async fn wait_for_jobs(db: &DatabaseConnection) -> Vec<observatory::jobs::job::Model> {
    use observatory::jobs::job;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    for _ in 0..150 {
        let pending = job::Entity::find()
            .filter(job::Column::DoneAt.is_null())
            .all(db)
            .await
            .unwrap();
        if pending.is_empty() {
            return job::Entity::find().all(db).await.unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("jobs still pending after 15 s");
}

/// What an instance shares with others or has of its own.
struct Instance {
    data_dir: std::sync::Arc<tempfile::TempDir>,
    database_url: String,
    smtp: Option<SmtpSink>,
    file_storage: Vec<(&'static str, String)>,
}

pub fn settings_for(
    data_dir: &std::path::Path,
    database_url: &str,
    extra: &[(&str, &str)],
) -> Settings {
    let mut values: BTreeMap<String, String> = [
        ("OBSERVATORY_LISTEN", "127.0.0.1:0"),
        ("OBSERVATORY_DATABASE_URL", database_url),
        ("OBSERVATORY_DATA_DIR", &data_dir.display().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    values.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Settings::from_lookup(|name| values.get(name).cloned()).expect("valid test settings")
}

/// A client that keeps cookies like a browser and never follows redirects,
/// so tests can look at each answer.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<String>,
    /// Sent as `X-Forwarded-For`, as a load balancer in front would.
    pub forwarded_for: Option<String>,
}

pub struct Page {
    pub version: reqwest::Version,
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The value of the header `name`, or "" when it is absent.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Names of the cookies this answer sets (or removes).
    pub fn set_cookie_names(&self) -> Vec<String> {
        self.set_cookies()
            .into_iter()
            .map(|(name, _, _)| name)
            .collect()
    }

    /// (name, value, full header) of every `Set-Cookie`.
    pub fn set_cookies(&self) -> Vec<(String, String, String)> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|text| {
                let (pair, _) = text.split_once(';').unwrap_or((text, ""));
                let (name, value) = pair.split_once('=')?;
                Some((name.to_string(), value.to_string(), text.to_string()))
            })
            .collect()
    }

    /// The value of a hidden form field, e.g. the CSRF token.
    pub fn hidden_field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name} in a {} answer", self.status))
            + marker.len();
        let end = self.body[start..].find('"').expect("closing quote") + start;
        self.body[start..end].to_string()
    }

    /// The value of an input, as the browser would show it.
    pub fn input_value(&self, name: &str) -> String {
        unescape(&self.hidden_field(name))
    }

    /// The text in a textarea, as the browser would show it.
    pub fn textarea(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\"");
        let (start, _) = self
            .body
            .match_indices("<textarea")
            .map(|(at, _)| {
                let end = self.body[at..].find('>').expect("end of tag") + at;
                (end + 1, &self.body[at..end])
            })
            .find(|(_, tag)| tag.contains(&marker))
            .unwrap_or_else(|| panic!("no textarea {name}"));
        let end = self.body[start..].find("</textarea>").expect("closing tag") + start;
        unescape(&self.body[start..end])
    }

    /// The value of the option chosen in a select, empty when none is.
    pub fn selected(&self, name: &str) -> String {
        let start = self
            .body
            .find(&format!("<select id=\"{name}\" name=\"{name}\""))
            .unwrap_or_else(|| panic!("no select {name}"));
        let end = self.body[start..].find("</select>").expect("closing tag") + start;
        self.body[start..end]
            .split("<option ")
            .find(|option| option.contains(" selected>"))
            .and_then(|option| option.strip_prefix("value=\""))
            .and_then(|option| option.split('"').next())
            .unwrap_or_default()
            .to_string()
    }
}

/// Undoes the HTML escaping of the templates.
fn unescape(text: &str) -> String {
    text.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

impl Browser {
    /// How every browser's client starts: no redirects followed, and no
    /// request waiting for ever.
    pub fn client() -> reqwest::ClientBuilder {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(20))
    }

    pub fn with_client(base: &str, client: reqwest::Client) -> Browser {
        Browser {
            base: base.to_string(),
            client,
            cookies: BTreeMap::new(),
            accept_language: None,
            forwarded_for: None,
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_html_form::to_string(fields).expect("form encodes");
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        self.send(request).await
    }

    /// Posts `body` as it is, with `headers` (a content type, an `Origin`…),
    /// as a client other than a browser might.
    pub async fn post_raw(&mut self, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Page {
        let mut request = self.client.post(format!("{}{path}", self.base)).body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }

    /// Posts a form with a file, as a browser does for `enctype="multipart/form-data"`.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, Vec<u8>)>,
    ) -> Page {
        let files: Vec<_> = file.into_iter().collect();
        self.post_files(path, fields, ("attachment", files)).await
    }

    /// Posts a form with any number of files in one file field, as a
    /// browser does for `<input type="file" multiple>`.
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        (field, files): (&str, Vec<(&str, Vec<u8>)>),
    ) -> Page {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        for (file_name, bytes) in files {
            form = form.part(
                field.to_string(),
                reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()),
            );
        }
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form);
        self.send(request).await
    }

    pub async fn send(&mut self, mut request: reqwest::RequestBuilder) -> Page {
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request = request.header(header::COOKIE, cookie);
        }
        if let Some(language) = &self.accept_language {
            request = request.header(header::ACCEPT_LANGUAGE, language);
        }
        if let Some(client) = &self.forwarded_for {
            request = request.header("x-forwarded-for", client);
        }
        let response: Response = request.send().await.expect("request succeeds");
        let page = Page {
            version: response.version(),
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.expect("body"),
        };
        for (name, value, full) in page.set_cookies() {
            if full.contains("Max-Age=0") {
                self.cookies.remove(&name);
            } else {
                self.cookies.insert(name, value);
            }
        }
        page
    }
}

/// Applies the first `steps` migrations to `db` (all of them with None).
pub async fn migrate(db: &DatabaseConnection, steps: Option<u32>) {
    use sea_orm_migration::MigratorTrait;
    let txn = observatory::db::begin_write(db).await.unwrap();
    observatory::db::Migrator::up(&txn, steps).await.unwrap();
    txn.commit().await.unwrap();
}

/// An account in a database of the schema before role sets (m0009), with
/// the one nested `role` it had then; returns its id.
pub async fn insert_account_with_old_role(db: &DatabaseConnection, role: &str) -> i32 {
    use sea_orm::{ConnectionTrait, Statement};
    let at = "'2026-01-01 00:00:00+00:00'";
    db.execute_unprepared(&format!(
        "INSERT INTO users (email, password_hash, full_name, account_type, country_code, \
         working_languages, locale, role, consent_at, consent_policy_version, created_at, \
         updated_at) VALUES ('{role}@example.org', '', '{role}', 'individual', 'BE', 'en', \
         'en', '{role}', {at}, '2', {at}, {at})"
    ))
    .await
    .unwrap();
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        format!("SELECT id FROM users WHERE email = '{role}@example.org'"),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get::<i32>("", "id")
    .unwrap()
}

/// The first morning digest time (06:30 UTC) after now: what the daily
/// digests are tested at.
pub fn next_digest_morning() -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    let six = chrono::NaiveTime::from_hms_opt(6, 0, 0).unwrap();
    let day = if now.time() >= six {
        now.date_naive() + chrono::Days::new(1)
    } else {
        now.date_naive()
    };
    day.and_hms_opt(6, 30, 0).unwrap().and_utc()
}
