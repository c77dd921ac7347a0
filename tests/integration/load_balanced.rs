//! Two instances of the real binary behind a real nginx (Debian's, with the
//! site configuration `deploy/nginx.conf.template`), on one PostgreSQL
//! database: a visitor's whole flow with the requests taking turns between
//! the instances, the staff's part, the visitor's own address seen through
//! the balancer, every mail sent once, and one instance killed in the middle.
//!
//! PostgreSQL only: run without `OBSERVATORY_TEST_DATABASE_URL` it fails,
//! saying so; the SQLite pass of `scripts/test.sh` skips it by name
//! (`-- --skip load_balanced`).
//!
//! Uploaded files: when `OBSERVATORY_TEST_S3_ENDPOINT` names an S3-compatible
//! server (as in `scripts/test.sh`), the instances share a fresh bucket there
//! and each has its own data directory, so nothing is shared on disk. Without
//! it they share one data directory, as instances on one host (or on a
//! network file system) do.

use std::{
    net::{IpAddr, Ipv4Addr},
    path::{Path, PathBuf},
    time::Duration,
};

use observatory::proposals::entities::proposal;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{
    accounts::{PASSWORD, log_in, path_of, register_and_confirm_by},
    binary::{self, Instance},
    helpers::{
        Browser, Page, SHARED_SECRET, fresh_database_url, fresh_file_storage, wait_for_jobs,
    },
    scenario::{PDF, csrf, proposal_fields, reference_in, started_seconds_ago, submit},
    smtp_sink::SmtpSink,
};

const NGINX: &str = "/usr/sbin/nginx";
const TEMPLATE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/nginx.conf.template");
/// The longest nginx may take to start.
const PATIENCE: Duration = Duration::from_secs(15);

/// Where nginx runs: its own prefix in a temporary directory, as the
/// current user, in the foreground.
struct Nginx {
    _process: tokio::process::Child,
    dir: PathBuf,
}

impl Nginx {
    /// Starts nginx on `port` in front of `instances`, with the deploy
    /// template filled in, and waits until it passes requests on.
    async fn start(dir: &Path, port: u16, instances: [&str; 2]) -> Nginx {
        assert!(
            Path::new(NGINX).exists(),
            "{NGINX} is missing: apt-get install nginx-light (scripts/test.sh does)"
        );
        let site = std::fs::read_to_string(TEMPLATE)
            .expect("deploy/nginx.conf.template")
            .replace("${LISTEN}", &format!("127.0.0.1:{port}"))
            .replace("${INSTANCE_1}", host_port(instances[0]))
            .replace("${INSTANCE_2}", host_port(instances[1]));
        assert!(!site.contains("${"), "a placeholder left unfilled:\n{site}");
        std::fs::write(dir.join("observatory.conf"), site).unwrap();
        std::fs::write(dir.join("nginx.conf"), main_configuration(dir)).unwrap();
        let process = tokio::process::Command::new(NGINX)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(dir.join("nginx.conf"))
            .arg("-e")
            .arg(dir.join("error.log"))
            .kill_on_drop(true)
            .spawn()
            .expect("nginx starts");
        let nginx = Nginx {
            _process: process,
            dir: dir.to_path_buf(),
        };
        nginx.wait_until_it_answers(port).await;
        nginx
    }

    async fn wait_until_it_answers(&self, port: u16) {
        let client = Browser::client().build().unwrap();
        let health = format!("http://127.0.0.1:{port}/healthz");
        let answered = tokio::time::timeout(PATIENCE, async {
            loop {
                if let Ok(answer) = client.get(&health).send().await
                    && answer.status() == 200
                {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
        .await;
        let errors = std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default();
        assert!(answered.is_ok(), "nginx does not answer:\n{errors}");
    }

    /// Every request nginx has finished so far, in order.
    fn requests(&self) -> Vec<Logged> {
        std::fs::read_to_string(self.dir.join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(Logged::parse)
            .collect()
    }

    /// Waits until nginx has logged a request for `uri`, and returns every
    /// request up to it: nginx writes a request's line just after answering.
    async fn requests_until(&self, uri: &str) -> Vec<Logged> {
        for _ in 0..150 {
            let mut logged = self.requests();
            if let Some(found) = logged.iter().position(|request| request.uri == uri) {
                logged.truncate(found + 1);
                return logged;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("nginx did not log {uri}: {:?}", self.requests());
    }
}

/// The rest of an nginx configuration for a test: the process stays in the
/// foreground as the user who starts it (no worker processes, which would
/// switch to another user when started by root), and everything it writes
/// goes to `dir`. Its access log names the instance that answered each
/// request.
fn main_configuration(dir: &Path) -> String {
    let dir = dir.display();
    format!(
        "daemon off;
master_process off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    log_format upstreams '$request_method $request_uri $status $upstream_addr';
    access_log {dir}/access.log upstreams;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    include {dir}/observatory.conf;
}}
"
    )
}

/// One line of the access log.
#[derive(Debug)]
struct Logged {
    method: String,
    uri: String,
    status: u16,
    /// Each instance tried, in order (`-` for none); the last one answered.
    instances: Vec<String>,
}

impl Logged {
    fn parse(line: &str) -> Logged {
        let mut fields = line.splitn(4, ' ');
        let mut next = || fields.next().unwrap_or_default().to_string();
        let (method, uri, status, instances) = (next(), next(), next(), next());
        Logged {
            method,
            uri,
            status: status.parse().unwrap_or_default(),
            instances: instances.split(", ").map(str::to_string).collect(),
        }
    }

    fn answered_by(&self) -> &str {
        self.instances.last().map_or("", String::as_str)
    }
}

fn host_port(address: &str) -> &str {
    address.trim_start_matches("http://")
}

/// A port free now, for nginx, whose address the instances must know
/// before nginx starts.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A browser on a machine of its own: connections come from its own
/// loopback address, which nginx sees as the visitor's.
fn browser_at(public: &str, last_byte: u8) -> Browser {
    let address = IpAddr::V4(Ipv4Addr::new(127, 0, 0, last_byte));
    let client = Browser::client().local_address(address).build().unwrap();
    Browser::with_client(public, client)
}

/// The settings every instance gets. `data_dir` is the instance's own when
/// there is an object store, else shared.
fn instance_settings(
    database_url: &str,
    public: &str,
    mail: &SmtpSink,
    data_dir: &Path,
    file_storage: &[(&str, String)],
) -> Vec<(String, String)> {
    let mut settings: Vec<(String, String)> = [
        ("OBSERVATORY_DATABASE_URL", database_url.to_string()),
        ("OBSERVATORY_BASE_URL", public.to_string()),
        ("OBSERVATORY_SECRET_KEY", SHARED_SECRET.to_string()),
        ("OBSERVATORY_SMTP_URL", mail.url()),
        ("OBSERVATORY_DATA_DIR", data_dir.display().to_string()),
        // nginx, on loopback, is the only proxy.
        ("OBSERVATORY_TRUSTED_PROXIES", "127.0.0.1".to_string()),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value))
    .collect();
    settings.extend(
        file_storage
            .iter()
            .map(|(name, value)| (name.to_string(), value.clone())),
    );
    settings
}

fn borrowed(settings: &[(String, String)]) -> Vec<(&str, &str)> {
    settings
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect()
}

/// Fails unless the tests run on PostgreSQL: SQLite is one file of one
/// machine, which several instances cannot share.
fn require_postgres() {
    std::env::var("OBSERVATORY_TEST_DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"))
        .expect(
            "load_balanced runs on PostgreSQL only: set OBSERVATORY_TEST_DATABASE_URL=postgres://…, \
             or leave it out with `-- --skip load_balanced`",
        );
}

/// Everything the test starts, and what it needs to look at.
struct Site {
    public: String,
    nginx: Nginx,
    instances: Vec<Instance>,
    settings: Vec<(String, String)>,
    mail: SmtpSink,
    db: DatabaseConnection,
    _work: tempfile::TempDir,
}

impl Site {
    async fn start() -> Site {
        require_postgres();
        let work = tempfile::tempdir().unwrap();
        let database_url = fresh_database_url(work.path()).await;
        let mail = SmtpSink::start().await;
        let port = free_port();
        let public = format!("http://127.0.0.1:{port}");
        let file_storage = fresh_file_storage().await;
        let own_dirs = !file_storage.is_empty();
        let mut instances = Vec::new();
        // The last instance's, for the command line.
        let mut settings = Vec::new();
        for name in ["first", "second"] {
            let data_dir = work.path().join(if own_dirs { name } else { "shared" });
            settings = instance_settings(&database_url, &public, &mail, &data_dir, &file_storage);
            instances.push(Instance::start(&borrowed(&settings)).await);
        }
        let nginx_dir = work.path().join("nginx");
        std::fs::create_dir(&nginx_dir).unwrap();
        let upstreams = [instances[0].address.as_str(), instances[1].address.as_str()];
        let nginx = Nginx::start(&nginx_dir, port, upstreams).await;
        let db = observatory::db::connect(&database_url).await.unwrap();
        Site {
            public,
            nginx,
            instances,
            settings,
            mail,
            db,
            _work: work,
        }
    }

    /// Kills (SIGKILL) the instance that answered the upload in `logged`;
    /// returns the survivor's address.
    async fn kill_the_instance_that_stored_the_file(&mut self, logged: &[Logged]) -> String {
        let upload = logged
            .iter()
            .find(|request| request.method == "POST" && request.uri == "/en/collaborate")
            .expect("the upload was logged");
        assert_eq!(upload.status, 303);
        wait_for_jobs(&self.db).await;
        let dying = self
            .instances
            .iter()
            .position(|instance| host_port(&instance.address) == upload.answered_by())
            .expect("one of the instances stored it");
        self.instances[dying].kill().await;
        host_port(&self.instances[1 - dying].address).to_string()
    }

    /// `observatory create-admin` against the shared database; returns the
    /// link it prints.
    async fn create_admin(&self, email: &str) -> String {
        let output = binary::command(
            &["create-admin", "--email", email],
            &borrowed(&self.settings),
        )
        .output()
        .await
        .expect("create-admin runs");
        let errors = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{errors}");
        let printed = String::from_utf8_lossy(&output.stdout);
        printed
            .lines()
            .find(|line| line.starts_with("http"))
            .expect("a link is printed")
            .to_string()
    }
}

const VISITOR: &str = "visitor@example.org";
const ADMIN: &str = "admin@example.org";
const ADMIN_PASSWORD: &str = "northern lights over tallinn";

#[tokio::test]
async fn a_visitors_whole_flow_through_nginx_over_two_instances_one_of_which_dies() {
    let mut site = Site::start().await;
    let mut visitor = browser_at(&site.public, 2);
    register_and_confirm_by(&site.mail, &mut visitor, VISITOR, "en").await;
    let signed_in = log_in(&mut visitor, "en", VISITOR, PASSWORD).await;
    assert_eq!(signed_in.status, 303);
    a_guesser_is_stopped_and_the_visitor_is_not(&site).await;
    let reference = propose(&mut visitor).await;
    site.mail.wait_for_count(VISITOR, 2).await;

    // Every request so far took turns between the instances.
    let before_kill = site
        .nginx
        .requests_until(&mark(&mut visitor, "kill").await)
        .await;
    let answered: Vec<&str> = before_kill.iter().map(Logged::answered_by).collect();
    assert!(
        answered.windows(2).all(|pair| pair[0] != pair[1]),
        "round robin: {answered:?}"
    );

    // The instance that stored the file dies at once, its queue empty (a
    // mail it was sending would be sent again, as README.md explains).
    let survivor = site
        .kill_the_instance_that_stored_the_file(&before_kill)
        .await;
    let message = "Thank you: we will send you the calendar.";
    staff_reply(&site, &reference, message).await;
    let mine = visitor
        .get(&format!("/en/account/proposals/{reference}"))
        .await;
    assert!(mine.body.contains(message), "the visitor reads the reply");
    let told = site.mail.wait_for_count(VISITOR, 3).await.pop().unwrap();
    assert!(told.decoded().contains(message));

    // After the kill the survivor answered everything, and a request that
    // met the dead instance (its turn came within two requests) was passed
    // on without anyone noticing.
    let logged = site
        .nginx
        .requests_until(&mark(&mut visitor, "end").await)
        .await;
    let after_kill = &logged[before_kill.len()..];
    for request in after_kill {
        assert_eq!(request.answered_by(), survivor, "{request:?}");
        assert!(request.status < 500, "{request:?}");
    }
    assert!(
        after_kill
            .iter()
            .any(|request| request.instances.len() == 2),
        "{after_kill:?}"
    );
    each_mail_went_out_once(&site, &reference).await;
}

/// A request nginx will log, to find a point of the test in its log;
/// returns its path.
async fn mark(browser: &mut Browser, name: &str) -> String {
    let path = format!("/healthz?mark={name}");
    assert_eq!(browser.get(&path).await.status, 200);
    path
}

/// Someone guesses the visitor's password, writing a different client
/// address into each request: the instances count the address nginx saw,
/// so the guesser is stopped, and the visitor, elsewhere, is not. (Were
/// nginx's own address counted, both would be stopped; were the written
/// one believed, neither.)
async fn a_guesser_is_stopped_and_the_visitor_is_not(site: &Site) {
    let mut guesser = browser_at(&site.public, 3);
    for guess in 1..=5 {
        guesser.forwarded_for = Some(format!("198.51.100.{guess}"));
        let refused = log_in(&mut guesser, "en", VISITOR, "a wrong guess").await;
        assert_eq!(refused.status, 401);
    }
    guesser.forwarded_for = Some("198.51.100.6".into());
    let stopped = log_in(&mut guesser, "en", VISITOR, "a wrong guess").await;
    assert_eq!(stopped.status, 429, "the guesser must wait");
    let mut visitor_again = browser_at(&site.public, 2);
    let signed_in = log_in(&mut visitor_again, "en", VISITOR, PASSWORD).await;
    assert_eq!(signed_in.status, 303, "the visitor is not locked out");
}

/// An admin made on the command line sets a password from the printed
/// link, finds the proposal, downloads its file and writes to the visitor.
async fn staff_reply(site: &Site, reference: &str, message: &str) {
    let mut admin = browser_at(&site.public, 4);
    set_password(&mut admin, &site.create_admin(ADMIN).await).await;
    let signed_in = log_in(&mut admin, "en", ADMIN, ADMIN_PASSWORD).await;
    assert_eq!(signed_in.status, 303);
    let queue = admin.get("/en/staff/proposals").await;
    assert!(queue.body.contains(reference));
    let id = proposal::Entity::find()
        .filter(proposal::Column::Reference.eq(reference))
        .one(&site.db)
        .await
        .unwrap()
        .expect("stored")
        .id;
    let review = admin.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(review.body.contains("plan.pdf"));
    let file = admin.get(&file_link(&review)).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.headers["content-type"], "application/pdf");
    assert_eq!(file.body.as_bytes(), PDF, "the file as sent");
    let written = admin
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[
                ("csrf", &review.hidden_field("csrf")),
                ("kind", "message"),
                ("body", message),
            ],
        )
        .await;
    assert_eq!(written.status, 303);
}

/// Every mail the flow causes arrived, once.
async fn each_mail_went_out_once(site: &Site, reference: &str) {
    let jobs = wait_for_jobs(&site.db).await;
    let sent = site.mail.all().await;
    let mut message_ids: Vec<String> = sent.iter().map(|mail| mail.header("Message-ID")).collect();
    message_ids.sort();
    message_ids.dedup();
    assert_eq!((message_ids.len(), jobs.len()), (sent.len(), sent.len()));
    let mut mails: Vec<(String, String)> = sent
        .iter()
        .map(|mail| (mail.to.join(", "), mail.subject()))
        .collect();
    mails.sort();
    let expected = [
        (ADMIN, "Choose a new password".to_string()),
        (ADMIN, "Your password was changed".to_string()),
        (
            VISITOR,
            format!("A message about your proposal {reference}"),
        ),
        (VISITOR, "Confirm your e-mail address".to_string()),
        (
            VISITOR,
            format!("We have received your proposal {reference}"),
        ),
    ];
    assert_eq!(
        mails,
        expected.map(|(to, subject)| (to.to_string(), subject))
    );
}

/// Sends the collaboration form with the PDF as the signed-in `visitor`;
/// returns the proposal's reference.
async fn propose(visitor: &mut Browser) -> String {
    let token = csrf(visitor, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(&token, &started, "", "Restorative circles");
    // Replies go to the account's address.
    fields.retain(|(name, _)| *name != "email");
    let sent = submit(visitor, "en", &fields, Some(("plan.pdf", PDF.to_vec()))).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    reference_in(&sent)
}

/// Follows the one-time link `create-admin` printed and sets the password.
async fn set_password(admin: &mut Browser, link: &str) {
    let form = admin.get(&path_of(link)).await;
    let set = admin
        .post_form(
            "/en/password-reset/new",
            &[
                ("csrf", &form.hidden_field("csrf")),
                ("token", &form.hidden_field("token")),
                ("password", ADMIN_PASSWORD),
                ("password_again", ADMIN_PASSWORD),
            ],
        )
        .await;
    assert_eq!(set.status, 303, "{}", set.body);
}

/// The link to the proposal's attached file, as the staff page shows it.
fn file_link(review: &Page) -> String {
    let start = review.body.find("/files/").expect("a file link");
    let href = review.body[..start].rfind('"').expect("link start") + 1;
    let end = review.body[start..].find('"').expect("link end") + start;
    review.body[href..end].to_string()
}
