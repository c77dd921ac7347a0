//! Typed settings, read from `OBSERVATORY_*` environment variables and
//! validated once at start: a bad value stops the start with a message that
//! names the variable.

use std::{fmt, net::SocketAddr, ops::RangeInclusive, path::PathBuf, time::Duration};

use rand::Rng;
use url::Url;

const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
const SECRET_FILE: &str = "secret_key";
const MIN_SECRET_LEN: usize = 32;

#[derive(Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub database_url: String,
    pub data_dir: PathBuf,
    /// Public URL used in links and mails; https here turns on HSTS and
    /// `__Host-` cookies.
    pub base_url: Url,
    pub secret_key: SecretKey,
    /// `smtp://user:pass@host:port` or `smtps://…`; None writes mail to files.
    pub smtp_url: Option<String>,
    pub mail_from: lettre::message::Mailbox,
    /// A session ends after this long without a request…
    pub session_idle: chrono::Duration,
    /// …and in any case this long after sign-in.
    pub session_lifetime: chrono::Duration,
    /// Anonymous proposals not confirmed within this time are deleted.
    pub unconfirmed_proposal_lifetime: chrono::Duration,
    /// How long the sensitive texts of a decided or withdrawn proposal are
    /// kept (`crate::safeguarding::labels`), in months.
    pub sensitive_retention_months: u32,
    /// Proposals accepted per hour from one client address.
    pub submissions_per_hour: i32,
    /// Forms (of any kind) accepted per hour from one client address.
    pub forms_per_hour: i32,
    /// Requests a client may make to the open-data API in a minute.
    pub api_requests_per_minute: i32,
    /// Files inspected per hour from one client address.
    pub uploads_per_hour: i32,
    /// Load balancers and proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `OBSERVATORY_TEST_RAISE_LIMITS`: login limits out of reach, for the
    /// security probes on a throwaway instance (`scripts/security.sh`), whose
    /// scanners send thousands of logins. Never set in production.
    pub test_raise_limits: bool,
    /// How many connections are served at once and how long each may take.
    pub connections: ConnectionLimits,
    /// Certificate and key when this binary speaks TLS itself.
    pub tls: Option<TlsFiles>,
    /// A second, plain-HTTP listener that sends every request to the https
    /// base URL (only with `tls`).
    pub http_redirect_listen: Option<SocketAddr>,
    /// Where uploaded files are kept.
    pub file_storage: FileStorage,
    /// Scheduled backups, when `OBSERVATORY_BACKUP_DIR` is set.
    pub backups: Option<BackupSchedule>,
}

/// Backups the running server makes by itself: one per period across all
/// instances, the newest `keep` archives kept in `dir`.
#[derive(Clone, Debug)]
pub struct BackupSchedule {
    pub dir: PathBuf,
    pub every: Duration,
    pub keep: usize,
}

/// Where uploaded files are kept: under the data directory (one machine, or
/// a directory every instance mounts), or in an S3-compatible object store
/// that every instance reaches.
#[derive(Clone, Debug)]
pub enum FileStorage {
    DataDir,
    S3(S3Settings),
}

#[derive(Clone)]
pub struct S3Settings {
    pub bucket: String,
    /// A custom service (MinIO, Garage, a cloud other than AWS), addressed
    /// path-style; None for AWS's own endpoint of the region.
    pub endpoint: Option<Url>,
    pub region: String,
    /// None: the role of the machine, from the cloud's instance metadata.
    pub credentials: Option<S3Credentials>,
}

#[derive(Clone)]
pub struct S3Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
}

/// Shows where the files go, never the keys.
impl fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Settings")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint.as_ref().map(Url::as_str))
            .field("region", &self.region)
            .field("credentials", &self.credentials.is_some())
            .finish()
    }
}

/// What one client may hold of the server: a slow or stuck client is cut
/// off, and a stop does not wait on it for ever.
#[derive(Clone, Debug)]
pub struct ConnectionLimits {
    /// Connections served at once; more wait until one closes.
    pub max_connections: usize,
    /// Time for the TLS handshake, and for each request's header (on an
    /// HTTP/1.1 connection this includes waiting for the next request).
    pub header_read_timeout: Duration,
    /// A connection on which no byte moves for this long is closed.
    pub idle_timeout: Duration,
    /// After a stop signal, the instance goes on accepting requests this
    /// long while `/readyz` says it is stopping, so that a balancer which
    /// checks readiness stops sending before the listener closes.
    pub drain: Duration,
    /// Then connections still open this long are dropped.
    pub shutdown_deadline: Duration,
}

/// PEM files of the certificate chain and of its private key.
#[derive(Clone, Debug)]
pub struct TlsFiles {
    pub certificate: PathBuf,
    pub private_key: PathBuf,
}

/// Leaves out every value that may hold a password (database and SMTP URLs,
/// the key), so settings can be logged.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("listen", &self.listen)
            .field("data_dir", &self.data_dir)
            .field("base_url", &self.base_url.as_str())
            .field("smtp", &self.smtp_url.is_some())
            .field("mail_from", &self.mail_from.to_string())
            .field("session_idle", &self.session_idle)
            .field("session_lifetime", &self.session_lifetime)
            .field(
                "unconfirmed_proposal_lifetime",
                &self.unconfirmed_proposal_lifetime,
            )
            .field(
                "sensitive_retention_months",
                &self.sensitive_retention_months,
            )
            .field("forms_per_hour", &self.forms_per_hour)
            .field("api_requests_per_minute", &self.api_requests_per_minute)
            .field("uploads_per_hour", &self.uploads_per_hour)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("test_raise_limits", &self.test_raise_limits)
            .field("connections", &self.connections)
            .field("tls", &self.tls)
            .field("http_redirect_listen", &self.http_redirect_listen)
            .field("file_storage", &self.file_storage)
            .finish_non_exhaustive()
    }
}

/// Key for signing tokens. Its `Debug` never shows the key, so settings can
/// be logged safely.
#[derive(Clone)]
pub struct SecretKey(Vec<u8>);

impl SecretKey {
    /// A key from configured text (as `OBSERVATORY_SECRET_KEY` gives it).
    pub fn from_text(text: &str) -> SecretKey {
        SecretKey(text.as_bytes().to_vec())
    }

    /// HMAC-SHA256 of `value` for one `purpose`, as hex. Different purposes
    /// give unrelated signatures, so one kind of token never passes for
    /// another. Purposes are fixed words of the code, without `:` (which
    /// separates them from the value).
    pub fn sign(&self, purpose: &str, value: &str) -> String {
        use hmac::Mac;
        hex::encode(self.mac(purpose, value).finalize().into_bytes())
    }

    /// Whether `signature` is `sign(purpose, value)`, compared in constant time.
    pub fn verify(&self, purpose: &str, value: &str, signature: &str) -> bool {
        use hmac::Mac;
        hex::decode(signature)
            .is_ok_and(|bytes| self.mac(purpose, value).verify_slice(&bytes).is_ok())
    }

    fn mac(&self, purpose: &str, value: &str) -> hmac::Hmac<sha2::Sha256> {
        use hmac::{KeyInit, Mac};
        let mut mac =
            hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(b":");
        mac.update(value.as_bytes());
        mac
    }
}

/// `text` (a signed value) with the character at `at` replaced by another
/// that may appear in such values: what a forger tries.
#[cfg(test)]
pub fn changed_at(text: &str, at: usize, pick: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdef.-x";
    let at = at % text.len();
    let mut bytes = text.as_bytes().to_vec();
    let mut replacement = ALPHABET[pick % ALPHABET.len()];
    if replacement == bytes[at] {
        replacement = ALPHABET[(pick + 1) % ALPHABET.len()];
    }
    bytes[at] = replacement;
    String::from_utf8(bytes).expect("ASCII")
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(redacted)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{variable}: {problem}")]
    Invalid {
        variable: &'static str,
        problem: String,
    },
    #[error("data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
}

fn invalid(variable: &'static str, problem: impl Into<String>) -> SettingsError {
    SettingsError::Invalid {
        variable,
        problem: problem.into(),
    }
}

impl Settings {
    pub fn from_env() -> Result<Self, SettingsError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// Reads settings through `lookup`, so tests can pass their own values.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, SettingsError> {
        let listen = parse_listen(lookup("OBSERVATORY_LISTEN"))?;
        let data_dir = PathBuf::from(lookup("OBSERVATORY_DATA_DIR").unwrap_or("./data".into()));
        keep_private(&data_dir).map_err(|source| SettingsError::DataDir {
            path: data_dir.display().to_string(),
            source,
        })?;
        let database_url = parse_database_url(lookup("OBSERVATORY_DATABASE_URL"), &data_dir)?;
        let tls = parse_tls(
            lookup("OBSERVATORY_TLS_CERT"),
            lookup("OBSERVATORY_TLS_KEY"),
        )?;
        let http_redirect_listen =
            parse_redirect_listen(lookup("OBSERVATORY_HTTP_REDIRECT_LISTEN"), tls.is_some())?;
        let base_url = parse_base_url(lookup("OBSERVATORY_BASE_URL"), listen, tls.is_some())?;
        let secret_key = load_secret_key(lookup("OBSERVATORY_SECRET_KEY"), &data_dir)?;
        let smtp_url = lookup("OBSERVATORY_SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(invalid(
                "OBSERVATORY_SMTP_URL",
                "must start with smtp:// or smtps://",
            ));
        }
        let default_from = format!(
            "IJJO <noreply@{}>",
            base_url.host_str().unwrap_or("localhost")
        );
        let from_text = lookup("OBSERVATORY_MAIL_FROM").unwrap_or(default_from);
        let mail_from = from_text.parse().map_err(|_| {
            invalid(
                "OBSERVATORY_MAIL_FROM",
                format!("`{from_text}` is not a mail address such as IJJO <noreply@example.org>"),
            )
        })?;
        let session_idle = parse_minutes(
            lookup("OBSERVATORY_SESSION_IDLE_MINUTES"),
            "OBSERVATORY_SESSION_IDLE_MINUTES",
            30,
        )?;
        let session_lifetime = parse_minutes(
            lookup("OBSERVATORY_SESSION_MAX_MINUTES"),
            "OBSERVATORY_SESSION_MAX_MINUTES",
            12 * 60,
        )?;
        let unconfirmed_proposal_lifetime = parse_minutes(
            lookup("OBSERVATORY_UNCONFIRMED_PROPOSAL_MINUTES"),
            "OBSERVATORY_UNCONFIRMED_PROPOSAL_MINUTES",
            48 * 60,
        )?;
        let sensitive_retention_months = parse_number(
            lookup("OBSERVATORY_SENSITIVE_RETENTION_MONTHS"),
            "OBSERVATORY_SENSITIVE_RETENTION_MONTHS",
            24,
            1..=240,
            "number of months",
        )?;
        let submissions_per_hour = parse_count(
            lookup("OBSERVATORY_SUBMISSIONS_PER_HOUR"),
            "OBSERVATORY_SUBMISSIONS_PER_HOUR",
            5,
        )?;
        let forms_per_hour = parse_count(
            lookup("OBSERVATORY_FORMS_PER_HOUR"),
            "OBSERVATORY_FORMS_PER_HOUR",
            600,
        )?;
        let api_requests_per_minute = parse_count(
            lookup("OBSERVATORY_API_REQUESTS_PER_MINUTE"),
            "OBSERVATORY_API_REQUESTS_PER_MINUTE",
            120,
        )?;
        let uploads_per_hour = parse_count(
            lookup("OBSERVATORY_UPLOADS_PER_HOUR"),
            "OBSERVATORY_UPLOADS_PER_HOUR",
            20,
        )?;
        let trusted_proxies = parse_trusted_proxies(lookup("OBSERVATORY_TRUSTED_PROXIES"))?;
        let test_raise_limits = parse_flag(
            lookup("OBSERVATORY_TEST_RAISE_LIMITS").as_deref(),
            "OBSERVATORY_TEST_RAISE_LIMITS",
        )?;
        let connections = parse_connection_limits(&lookup)?;
        let file_storage = parse_file_storage(&lookup)?;
        let backups = parse_backup_schedule(&lookup)?;
        Ok(Settings {
            listen,
            database_url,
            data_dir,
            base_url,
            secret_key,
            smtp_url,
            mail_from,
            session_idle,
            session_lifetime,
            unconfirmed_proposal_lifetime,
            sensitive_retention_months,
            submissions_per_hour,
            forms_per_hour,
            api_requests_per_minute,
            uploads_per_hour,
            trusted_proxies,
            test_raise_limits,
            connections,
            tls,
            http_redirect_listen,
            file_storage,
            backups,
        })
    }

    pub fn is_https(&self) -> bool {
        self.base_url.scheme() == "https"
    }
}

/// A whole number in `range`, or `default` when unset; `unit` names what
/// it counts in the message.
fn parse_number<T: std::str::FromStr + PartialOrd + fmt::Display>(
    value: Option<String>,
    variable: &'static str,
    default: T,
    range: RangeInclusive<T>,
    unit: &str,
) -> Result<T, SettingsError> {
    let Some(text) = value else {
        return Ok(default);
    };
    text.parse()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            invalid(
                variable,
                format!(
                    "`{text}` is not a {unit} between {} and {}",
                    range.start(),
                    range.end()
                ),
            )
        })
}

/// A count between 1 and a million, or `default` when unset.
fn parse_count(
    value: Option<String>,
    variable: &'static str,
    default: i32,
) -> Result<i32, SettingsError> {
    parse_number(value, variable, default, 1..=1_000_000, "number")
}

/// `1` or `true` turns a switch on, `0` or `false` (or unset) leaves it off.
fn parse_flag(value: Option<&str>, variable: &'static str) -> Result<bool, SettingsError> {
    match value {
        None | Some("0" | "false") => Ok(false),
        Some("1" | "true") => Ok(true),
        Some(text) => Err(invalid(
            variable,
            format!("`{text}` is neither 1, true, 0 nor false"),
        )),
    }
}

fn parse_minutes(
    value: Option<String>,
    variable: &'static str,
    default: i64,
) -> Result<chrono::Duration, SettingsError> {
    let minutes = parse_number(
        value,
        variable,
        default,
        1..=60 * 24 * 90,
        "number of minutes",
    )?;
    Ok(chrono::Duration::minutes(minutes))
}

fn parse_backup_schedule(
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<Option<BackupSchedule>, SettingsError> {
    const EVERY: &str = "OBSERVATORY_BACKUP_EVERY";
    let Some(dir) = lookup("OBSERVATORY_BACKUP_DIR") else {
        return Ok(None);
    };
    let every = match lookup(EVERY) {
        None => Duration::from_secs(24 * 3600),
        Some(text) => parse_period(&text).ok_or_else(|| {
            invalid(
                EVERY,
                format!("`{text}` is not a period such as 30m, 6h or 1d (at least 1s)"),
            )
        })?,
    };
    let keep = parse_number(
        lookup("OBSERVATORY_BACKUP_KEEP"),
        "OBSERVATORY_BACKUP_KEEP",
        7,
        1..=10_000,
        "number of backups",
    )?;
    Ok(Some(BackupSchedule {
        dir: PathBuf::from(dir),
        every,
        keep,
    }))
}

/// `90s`, `30m`, `6h` or `1d`.
fn parse_period(text: &str) -> Option<Duration> {
    let split = text.len().checked_sub(1)?;
    let (number, unit) = text.split_at(split);
    let seconds_per = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return None,
    };
    let count: u64 = number.parse().ok().filter(|count| *count > 0)?;
    count.checked_mul(seconds_per).map(Duration::from_secs)
}

fn parse_connection_limits(
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<ConnectionLimits, SettingsError> {
    const MAX_CONNECTIONS: &str = "OBSERVATORY_MAX_CONNECTIONS";
    const DRAIN: &str = "OBSERVATORY_DRAIN_SECONDS";
    let seconds = |variable, default| {
        parse_number(
            lookup(variable),
            variable,
            default,
            1..=3600,
            "number of seconds",
        )
        .map(Duration::from_secs)
    };
    Ok(ConnectionLimits {
        max_connections: parse_number(
            lookup(MAX_CONNECTIONS),
            MAX_CONNECTIONS,
            1024,
            1..=1_000_000,
            "number",
        )?,
        header_read_timeout: seconds("OBSERVATORY_HEADER_READ_SECONDS", 10)?,
        idle_timeout: seconds("OBSERVATORY_IDLE_SECONDS", 60)?,
        // None by default: a balancer that only sees refused connections
        // (nginx's passive checks) needs none, and Ctrl-C stays quick.
        drain: parse_number(lookup(DRAIN), DRAIN, 0, 0..=3600, "number of seconds")
            .map(Duration::from_secs)?,
        shutdown_deadline: seconds("OBSERVATORY_SHUTDOWN_SECONDS", 20)?,
    })
}

/// S3 when `OBSERVATORY_S3_BUCKET` is set, the data directory otherwise.
fn parse_file_storage(
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<FileStorage, SettingsError> {
    let Some(bucket) = lookup("OBSERVATORY_S3_BUCKET") else {
        return Ok(FileStorage::DataDir);
    };
    Ok(FileStorage::S3(S3Settings {
        bucket: parse_bucket(bucket)?,
        endpoint: lookup("OBSERVATORY_S3_ENDPOINT")
            .as_deref()
            .map(parse_s3_endpoint)
            .transpose()?,
        region: parse_region(lookup("OBSERVATORY_S3_REGION"))?,
        credentials: parse_s3_credentials(
            lookup("OBSERVATORY_S3_ACCESS_KEY_ID"),
            lookup("OBSERVATORY_S3_SECRET_ACCESS_KEY"),
        )?,
    }))
}

/// S3's rule for bucket names: 3 to 63 lowercase letters, digits, dots and
/// hyphens, starting and ending with a letter or a digit.
fn parse_bucket(name: String) -> Result<String, SettingsError> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-';
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if (3..=63).contains(&name.len())
        && name.chars().all(allowed)
        && edge(name.chars().next())
        && edge(name.chars().last())
    {
        return Ok(name);
    }
    Err(invalid(
        "OBSERVATORY_S3_BUCKET",
        format!(
            "`{name}` is not a bucket name: 3 to 63 lowercase letters, digits, dots and \
             hyphens, starting and ending with a letter or a digit"
        ),
    ))
}

/// An http(s) URL of a server, nothing more. Plain http only on loopback:
/// the requests are signed, but the files (attachments with personal data)
/// would cross the network readable by anyone on the way.
fn parse_s3_endpoint(text: &str) -> Result<Url, SettingsError> {
    const VARIABLE: &str = "OBSERVATORY_S3_ENDPOINT";
    let url = Url::parse(text).map_err(|error| invalid(VARIABLE, format!("`{text}`: {error}")))?;
    let bare = url.host().is_some()
        && url.username().is_empty()
        && url.password().is_none()
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none();
    if !matches!(url.scheme(), "http" | "https") || !bare {
        return Err(invalid(
            VARIABLE,
            format!("`{text}` must be an http:// or https:// URL of a server, without a path"),
        ));
    }
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(invalid(
            VARIABLE,
            format!(
                "`{text}`: plain http is only accepted on this machine (127.0.0.1, ::1, \
                 localhost), since the files would cross the network unencrypted; use https://"
            ),
        ));
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(address)) => address.is_loopback(),
        Some(url::Host::Ipv6(address)) => address.is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A region name such as `eu-west-3`; us-east-1 when unset.
fn parse_region(value: Option<String>) -> Result<String, SettingsError> {
    let region = value.unwrap_or_else(|| "us-east-1".into());
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if (1..=64).contains(&region.len()) && region.chars().all(allowed) {
        Ok(region)
    } else {
        Err(invalid(
            "OBSERVATORY_S3_REGION",
            format!("`{region}` is not a region name such as eu-west-3"),
        ))
    }
}

/// Both keys or neither. The secret is never echoed.
fn parse_s3_credentials(
    access_key_id: Option<String>,
    secret_access_key: Option<String>,
) -> Result<Option<S3Credentials>, SettingsError> {
    let pair = both_or_neither(
        ("OBSERVATORY_S3_ACCESS_KEY_ID", access_key_id),
        ("OBSERVATORY_S3_SECRET_ACCESS_KEY", secret_access_key),
    )?;
    Ok(
        pair.map(|(access_key_id, secret_access_key)| S3Credentials {
            access_key_id,
            secret_access_key,
        }),
    )
}

fn parse_tls(
    certificate: Option<String>,
    private_key: Option<String>,
) -> Result<Option<TlsFiles>, SettingsError> {
    let pair = both_or_neither(
        ("OBSERVATORY_TLS_CERT", certificate),
        ("OBSERVATORY_TLS_KEY", private_key),
    )?;
    Ok(pair.map(|(certificate, private_key)| TlsFiles {
        certificate: certificate.into(),
        private_key: private_key.into(),
    }))
}

/// Two settings that only work together: both values, or neither.
fn both_or_neither(
    (first_name, first): (&'static str, Option<String>),
    (second_name, second): (&'static str, Option<String>),
) -> Result<Option<(String, String)>, SettingsError> {
    match (first, second) {
        (None, None) => Ok(None),
        (Some(first), Some(second)) => Ok(Some((first, second))),
        (Some(_), None) => Err(invalid(
            second_name,
            format!("must be set too when {first_name} is"),
        )),
        (None, Some(_)) => Err(invalid(
            first_name,
            format!("must be set too when {second_name} is"),
        )),
    }
}

fn parse_redirect_listen(
    value: Option<String>,
    tls: bool,
) -> Result<Option<SocketAddr>, SettingsError> {
    const VARIABLE: &str = "OBSERVATORY_HTTP_REDIRECT_LISTEN";
    let Some(text) = value else {
        return Ok(None);
    };
    if !tls {
        return Err(invalid(
            VARIABLE,
            "needs OBSERVATORY_TLS_CERT and OBSERVATORY_TLS_KEY (behind a reverse proxy, \
             the proxy redirects to https)",
        ));
    }
    text.parse().map(Some).map_err(|_| {
        invalid(
            VARIABLE,
            format!("`{text}` is not an address and port such as 0.0.0.0:80"),
        )
    })
}

/// A comma-separated list of addresses or ranges (`10.0.0.5, 192.168.0.0/16`).
fn parse_trusted_proxies(value: Option<String>) -> Result<Vec<ipnet::IpNet>, SettingsError> {
    let Some(text) = value else {
        return Ok(Vec::new());
    };
    text.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            entry
                .parse::<ipnet::IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    invalid(
                        "OBSERVATORY_TRUSTED_PROXIES",
                        format!("`{entry}` is not an IP address or a range such as 10.0.0.0/8"),
                    )
                })
        })
        .collect()
}

fn parse_listen(value: Option<String>) -> Result<SocketAddr, SettingsError> {
    let value = value.unwrap_or_else(|| DEFAULT_LISTEN.into());
    value.parse().map_err(|_| {
        invalid(
            "OBSERVATORY_LISTEN",
            format!("`{value}` is not an address and port such as {DEFAULT_LISTEN}"),
        )
    })
}

fn parse_database_url(
    value: Option<String>,
    data_dir: &std::path::Path,
) -> Result<String, SettingsError> {
    let Some(url) = value else {
        let file = data_dir.join("observatory.db");
        return Ok(format!("sqlite://{}?mode=rwc", file.display()));
    };
    let supported = ["sqlite:", "postgres://", "postgresql://"];
    if supported.iter().any(|prefix| url.starts_with(prefix)) {
        Ok(url)
    } else {
        // Only the scheme is echoed: the rest may hold a password.
        let scheme = url.split(':').next().unwrap_or_default();
        Err(invalid(
            "OBSERVATORY_DATABASE_URL",
            format!("scheme `{scheme}` is not supported; use sqlite:// or postgres://"),
        ))
    }
}

/// The default follows the listener: `http://` or, with TLS, `https://`
/// and the listen address.
fn parse_base_url(
    value: Option<String>,
    listen: SocketAddr,
    tls: bool,
) -> Result<Url, SettingsError> {
    let scheme = if tls { "https" } else { "http" };
    let text = value.unwrap_or_else(|| format!("{scheme}://{listen}"));
    let url = Url::parse(&text)
        .map_err(|error| invalid("OBSERVATORY_BASE_URL", format!("`{text}`: {error}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(invalid(
            "OBSERVATORY_BASE_URL",
            format!("`{text}` must be an http:// or https:// URL with a host"),
        ));
    }
    if tls && url.scheme() != "https" {
        // Served over TLS, the site must know it: HSTS and `__Host-` cookies
        // follow the base URL.
        return Err(invalid(
            "OBSERVATORY_BASE_URL",
            format!("`{text}` must be an https:// URL when OBSERVATORY_TLS_CERT is set"),
        ));
    }
    Ok(url)
}

/// Uses the configured key, or the one kept in the data directory, or makes
/// and keeps a new one, so signed tokens survive restarts.
fn load_secret_key(
    value: Option<String>,
    data_dir: &std::path::Path,
) -> Result<SecretKey, SettingsError> {
    if let Some(key) = value {
        if key.len() < MIN_SECRET_LEN {
            return Err(invalid(
                "OBSERVATORY_SECRET_KEY",
                format!("must be at least {MIN_SECRET_LEN} characters long"),
            ));
        }
        return Ok(SecretKey(key.into_bytes()));
    }
    let path = data_dir.join(SECRET_FILE);
    let io_error = |source| SettingsError::DataDir {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(key) if key.trim().len() >= MIN_SECRET_LEN => Ok(SecretKey(key.trim().into())),
        Ok(_) => Err(invalid(
            "OBSERVATORY_SECRET_KEY",
            format!("the key kept in {} is too short", path.display()),
        )),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let key = random_hex(32);
            write_private_file(&path, &key).map_err(io_error)?;
            Ok(SecretKey(key.into_bytes()))
        }
        Err(error) => Err(io_error(error)),
    }
}

/// The data directory holds the database, mails with single-use links and
/// uploaded documents: it is readable by this user only (0700), and every
/// file the process creates from now on, by SQLite, the mailer or the
/// uploads, is too (umask 077 gives files 0600 and directories 0700).
fn keep_private(data_dir: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use nix::sys::stat::{Mode, umask};
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        umask(Mode::from_bits_truncate(0o077));
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(data_dir)?;
        std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(data_dir)
}

fn write_private_file(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(contents.as_bytes())
}

/// SHA-256 of a token, as hex: what is stored of session ids and one-time
/// tokens, so a leaked table opens nothing.
pub fn digest(raw: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(raw.as_bytes()))
}

/// `bytes` random bytes from the operating system's generator, as hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    hex::encode(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Settings from `pairs`, with a data directory removed afterwards.
    fn settings_with(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let dir = tempfile::tempdir().unwrap();
        let dir_text = dir.path().display().to_string();
        Settings::from_lookup(|name| {
            if name == "OBSERVATORY_DATA_DIR" {
                return Some(dir_text.clone());
            }
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn error_names(result: Result<Settings, SettingsError>, variable: &str) {
        let message = result.expect_err("settings should be refused").to_string();
        assert!(message.starts_with(variable), "{message}");
    }

    #[test]
    fn defaults_are_safe_and_local() {
        let settings = settings_with(&[]).unwrap();
        assert_eq!(settings.listen.to_string(), "127.0.0.1:8080");
        assert!(settings.database_url.starts_with("sqlite://"));
        assert_eq!(settings.base_url.as_str(), "http://127.0.0.1:8080/");
        assert!(!settings.is_https());
        assert!(!settings.test_raise_limits);
        assert!(settings.tls.is_none() && settings.http_redirect_listen.is_none());
        let limits = settings.connections;
        assert_eq!(limits.max_connections, 1024);
        assert_eq!(limits.header_read_timeout, Duration::from_secs(10));
        assert_eq!(limits.idle_timeout, Duration::from_secs(60));
        assert_eq!(limits.drain, Duration::ZERO);
        assert_eq!(limits.shutdown_deadline, Duration::from_secs(20));
    }

    #[test]
    fn tls_takes_both_files_and_makes_the_site_https() {
        let cert = ("OBSERVATORY_TLS_CERT", "cert.pem");
        let key = ("OBSERVATORY_TLS_KEY", "key.pem");
        error_names(settings_with(&[cert]), "OBSERVATORY_TLS_KEY");
        error_names(settings_with(&[key]), "OBSERVATORY_TLS_CERT");
        let settings = settings_with(&[cert, key]).unwrap();
        assert_eq!(settings.base_url.as_str(), "https://127.0.0.1:8080/");
        assert!(settings.is_https());
        error_names(
            settings_with(&[cert, key, ("OBSERVATORY_BASE_URL", "http://example.org")]),
            "OBSERVATORY_BASE_URL",
        );
        let redirect = ("OBSERVATORY_HTTP_REDIRECT_LISTEN", "0.0.0.0:80");
        error_names(
            settings_with(&[redirect]),
            "OBSERVATORY_HTTP_REDIRECT_LISTEN",
        );
        let settings = settings_with(&[cert, key, redirect]).unwrap();
        assert_eq!(
            settings.http_redirect_listen,
            Some("0.0.0.0:80".parse().unwrap())
        );
    }

    #[test]
    fn generated_secret_is_kept_between_starts() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_secret_key(None, dir.path()).unwrap();
        let second = load_secret_key(None, dir.path()).unwrap();
        assert_eq!(first.sign("t", "v"), second.sign("t", "v"));
        assert_eq!(format!("{first:?}"), "SecretKey(redacted)");
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        error_names(
            settings_with(&[("OBSERVATORY_LISTEN", "nowhere")]),
            "OBSERVATORY_LISTEN",
        );
        error_names(
            settings_with(&[("OBSERVATORY_DATABASE_URL", "mysql://root:pw@db/x")]),
            "OBSERVATORY_DATABASE_URL",
        );
        error_names(
            settings_with(&[("OBSERVATORY_BASE_URL", "ftp://example.org")]),
            "OBSERVATORY_BASE_URL",
        );
        error_names(
            settings_with(&[("OBSERVATORY_SECRET_KEY", "short")]),
            "OBSERVATORY_SECRET_KEY",
        );
        error_names(
            settings_with(&[("OBSERVATORY_SMTP_URL", "http://mail")]),
            "OBSERVATORY_SMTP_URL",
        );
        error_names(
            settings_with(&[("OBSERVATORY_MAIL_FROM", "not a mailbox")]),
            "OBSERVATORY_MAIL_FROM",
        );
        error_names(
            settings_with(&[("OBSERVATORY_SESSION_IDLE_MINUTES", "0")]),
            "OBSERVATORY_SESSION_IDLE_MINUTES",
        );
        error_names(
            settings_with(&[("OBSERVATORY_TEST_RAISE_LIMITS", "yes please")]),
            "OBSERVATORY_TEST_RAISE_LIMITS",
        );
        for (variable, value) in [
            ("OBSERVATORY_MAX_CONNECTIONS", "0"),
            ("OBSERVATORY_HEADER_READ_SECONDS", "0"),
            ("OBSERVATORY_IDLE_SECONDS", "3601"),
            ("OBSERVATORY_SHUTDOWN_SECONDS", "soon"),
            ("OBSERVATORY_DRAIN_SECONDS", "-1"),
        ] {
            error_names(settings_with(&[(variable, value)]), variable);
        }
    }

    #[test]
    fn debug_output_hides_passwords() {
        let settings = settings_with(&[
            ("OBSERVATORY_DATABASE_URL", "postgres://app:hunter2@db/obs"),
            ("OBSERVATORY_SMTP_URL", "smtp://mailer:swordfish@mail:587"),
            ("OBSERVATORY_S3_BUCKET", "observatory-files"),
            ("OBSERVATORY_S3_ACCESS_KEY_ID", "AKIAEXAMPLE"),
            ("OBSERVATORY_S3_SECRET_ACCESS_KEY", "wJalrXUtnFEMI"),
        ])
        .unwrap();
        let shown = format!("{settings:?}");
        for secret in ["hunter2", "swordfish", "wJalrXUtnFEMI"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(shown.contains("observatory-files"), "{shown}");
    }

    #[test]
    fn s3_is_chosen_by_its_bucket_and_checked() {
        assert!(matches!(
            settings_with(&[]).unwrap().file_storage,
            FileStorage::DataDir
        ));
        let bucket = ("OBSERVATORY_S3_BUCKET", "observatory-files");
        let FileStorage::S3(s3) = settings_with(&[bucket]).unwrap().file_storage else {
            panic!("S3 expected");
        };
        assert_eq!(s3.region, "us-east-1");
        assert!(s3.endpoint.is_none() && s3.credentials.is_none());
        let local = ("OBSERVATORY_S3_ENDPOINT", "http://127.0.0.1:9100");
        let FileStorage::S3(s3) = settings_with(&[bucket, local]).unwrap().file_storage else {
            panic!("S3 expected");
        };
        assert_eq!(s3.endpoint.unwrap().as_str(), "http://127.0.0.1:9100/");
        for name in ["Observatory_Files", "-files", "ab"] {
            error_names(
                settings_with(&[("OBSERVATORY_S3_BUCKET", name)]),
                "OBSERVATORY_S3_BUCKET",
            );
        }
        for (variable, value) in [
            ("OBSERVATORY_S3_ENDPOINT", "http://s3.example.org"),
            (
                "OBSERVATORY_S3_ENDPOINT",
                "https://s3.example.org/some/path",
            ),
            (
                "OBSERVATORY_S3_ENDPOINT",
                "https://key:secret@s3.example.org",
            ),
            ("OBSERVATORY_S3_ENDPOINT", "ftp://127.0.0.1"),
            ("OBSERVATORY_S3_REGION", "EU West"),
        ] {
            error_names(settings_with(&[bucket, (variable, value)]), variable);
        }
        // One key without the other names the one missing.
        error_names(
            settings_with(&[bucket, ("OBSERVATORY_S3_ACCESS_KEY_ID", "AKIAEXAMPLE")]),
            "OBSERVATORY_S3_SECRET_ACCESS_KEY",
        );
        error_names(
            settings_with(&[bucket, ("OBSERVATORY_S3_SECRET_ACCESS_KEY", "s3cr3t")]),
            "OBSERVATORY_S3_ACCESS_KEY_ID",
        );
        let https = ("OBSERVATORY_S3_ENDPOINT", "https://s3.example.org");
        assert!(settings_with(&[bucket, https]).is_ok());
    }

    #[test]
    fn database_password_is_not_echoed() {
        let message = settings_with(&[("OBSERVATORY_DATABASE_URL", "mysql://root:hunter2@db/x")])
            .unwrap_err()
            .to_string();
        assert!(!message.contains("hunter2"), "{message}");
    }

    #[test]
    fn backups_are_scheduled_only_with_a_folder() {
        assert!(settings_with(&[]).unwrap().backups.is_none());
        let backups = settings_with(&[
            ("OBSERVATORY_BACKUP_DIR", "/var/backups/observatory"),
            ("OBSERVATORY_BACKUP_EVERY", "6h"),
        ])
        .unwrap()
        .backups
        .unwrap();
        assert_eq!(backups.every, Duration::from_secs(6 * 3600));
        assert_eq!(backups.keep, 7);
        for wrong in ["6", "h", "0m", "1w", "-1d"] {
            let error = settings_with(&[
                ("OBSERVATORY_BACKUP_DIR", "/tmp/b"),
                ("OBSERVATORY_BACKUP_EVERY", wrong),
            ])
            .unwrap_err();
            assert!(
                error.to_string().contains("OBSERVATORY_BACKUP_EVERY"),
                "{wrong}"
            );
        }
        assert_eq!(parse_period("90s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_period("1d"), Some(Duration::from_secs(86_400)));
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        fn purpose() -> impl Strategy<Value = String> {
            "[a-z-]{1,20}"
        }

        /// A different signature: one hex digit changed, one added or
        /// removed, or the signature cut short.
        fn tampered(signature: &str, at: usize, digit: u8, how: u8) -> String {
            let at = at % signature.len();
            let mut bytes = signature.as_bytes().to_vec();
            match how % 4 {
                0 => {
                    let replacement = b"0123456789abcdef"[usize::from(digit % 16)];
                    bytes[at] = if replacement == bytes[at] {
                        b"0123456789abcdef"[usize::from((digit % 16 + 1) % 16)]
                    } else {
                        replacement
                    };
                }
                1 => bytes.insert(at, b'0'),
                2 => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
            String::from_utf8(bytes).expect("hex stays ASCII")
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn a_signed_value_verifies_and_nothing_else_does(
                key in "\\PC{32,48}",
                purpose in purpose(),
                value in "\\PC{0,40}",
                other_purpose in purpose(),
                other_value in "\\PC{0,40}",
                (at, digit, how) in (any::<usize>(), any::<u8>(), any::<u8>()),
            ) {
                let key = SecretKey::from_text(&key);
                let signature = key.sign(&purpose, &value);
                prop_assert!(key.verify(&purpose, &value, &signature));
                prop_assert!(!key.verify(&purpose, &value, &tampered(&signature, at, digit, how)));
                if other_purpose != purpose {
                    prop_assert!(!key.verify(&other_purpose, &value, &signature));
                }
                if other_value != value {
                    prop_assert!(!key.verify(&purpose, &other_value, &signature));
                }
                let another_key = SecretKey::from_text(&format!("{}x", String::from_utf8_lossy(&key.0)));
                prop_assert!(!another_key.verify(&purpose, &value, &signature));
            }

            #[test]
            fn any_signature_is_checked_without_panic(signature in "\\PC{0,80}") {
                let key = SecretKey::from_text("a key of at least thirty-two characters");
                let genuine = key.sign("csrf", "cookie");
                prop_assert_eq!(
                    key.verify("csrf", "cookie", &signature),
                    signature.eq_ignore_ascii_case(&genuine)
                );
            }
        }
    }
}
