//! The server under the router: slow or stuck clients cannot hold it, a
//! stop tells the balancer first and ends by its deadline, and it can speak
//! TLS itself.

use std::time::Duration;

use observatory::app::Server;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::binary::Instance;
use crate::helpers::{
    Browser, TEST_CERTIFICATE, TEST_PRIVATE_KEY, TestApp, fresh_database_url, settings_for,
};

/// The longest any test here waits for something that should happen.
const PATIENCE: Duration = Duration::from_secs(15);

/// A connection to `address` (`http://host:port` or `https://…`) that sends
/// nothing.
async fn connect(address: &str) -> TcpStream {
    let host_port = address.split_once("://").map_or(address, |(_, rest)| rest);
    TcpStream::connect(host_port).await.expect("connects")
}

/// A connection that sends the start of a request's header and stops.
async fn half_a_request(address: &str) -> TcpStream {
    let mut stream = connect(address).await;
    stream
        .write_all(b"GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/")
        .await
        .expect("sends");
    stream
}

/// Waits until the server closes `stream`, and returns what it sent first.
async fn wait_for_close(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    // A reset closes the connection as well as an end of stream does.
    let _ = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut received))
        .await
        .expect("the server closes the connection");
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test]
async fn a_client_that_stops_mid_header_is_cut_off_while_others_are_served() {
    let app = TestApp::spawn_with(&[("OBSERVATORY_HEADER_READ_SECONDS", "1")]).await;
    let mut stuck = half_a_request(&app.address).await;
    assert_eq!(app.browser().get("/en").await.status, 200);
    let answer = wait_for_close(&mut stuck).await;
    assert!(!answer.contains(" 200 "), "{answer}");
}

#[tokio::test]
async fn a_connection_on_which_nothing_moves_is_closed() {
    // The header's deadline starts with the first byte of a request; this
    // client never sends one.
    let app = TestApp::spawn_with(&[
        ("OBSERVATORY_IDLE_SECONDS", "1"),
        ("OBSERVATORY_HEADER_READ_SECONDS", "3600"),
    ])
    .await;
    let mut silent = connect(&app.address).await;
    assert_eq!(wait_for_close(&mut silent).await, "");
}

#[tokio::test]
async fn with_every_connection_taken_a_new_client_waits_for_a_free_one() {
    let app = TestApp::spawn_with(&[("OBSERVATORY_MAX_CONNECTIONS", "1")]).await;
    // Connected first, so accepted first: it holds the only connection.
    let holder = connect(&app.address).await;
    let mut browser = app.browser();
    let mut waiting = tokio::spawn(async move { browser.get("/healthz").await.status });
    assert!(
        tokio::time::timeout(Duration::from_millis(500), &mut waiting)
            .await
            .is_err(),
        "served while every connection was taken"
    );
    drop(holder);
    let status = tokio::time::timeout(PATIENCE, waiting)
        .await
        .expect("served once a connection is free")
        .expect("the request's task");
    assert_eq!(status, 200);
}

/// The real binary on a fresh database and data directory, with `extra`
/// settings; the directory lives as long as the first value.
async fn start_binary(extra: &[(&str, &str)]) -> (tempfile::TempDir, Instance) {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url(dir.path()).await;
    let data_dir = dir.path().display().to_string();
    let mut settings = vec![
        ("OBSERVATORY_DATA_DIR", data_dir.as_str()),
        ("OBSERVATORY_DATABASE_URL", database_url.as_str()),
    ];
    settings.extend_from_slice(extra);
    let server = Instance::start(&settings).await;
    (dir, server)
}

#[tokio::test]
async fn a_stopped_server_exits_by_its_deadline_though_a_client_is_stuck() {
    let (_dir, mut server) = start_binary(&[
        ("OBSERVATORY_HEADER_READ_SECONDS", "3600"),
        ("OBSERVATORY_IDLE_SECONDS", "3600"),
        ("OBSERVATORY_SHUTDOWN_SECONDS", "1"),
    ])
    .await;
    let _stuck = half_a_request(&server.address).await;
    // Connections are accepted in order: once a later one is answered, the
    // stuck one is in the server's hands.
    let mut browser = Browser::with_client(&server.address, Browser::client().build().unwrap());
    assert_eq!(browser.get("/healthz").await.status, 200);

    server.terminate();
    let exit = server.exit(PATIENCE).await;
    assert!(exit.success(), "{exit}");
}

#[tokio::test]
async fn a_stopping_server_says_it_is_not_ready_and_serves_on_while_it_drains() {
    let (_dir, mut server) = start_binary(&[
        ("OBSERVATORY_DRAIN_SECONDS", "10"),
        ("OBSERVATORY_SHUTDOWN_SECONDS", "1"),
    ])
    .await;
    let mut balancer = Browser::with_client(&server.address, Browser::client().build().unwrap());
    let ready = balancer.get("/readyz").await;
    assert_eq!(
        (ready.status.as_u16(), ready.body.as_str()),
        (200, "ready: ok\n")
    );

    server.terminate();
    // The signal arrives a moment later: until then the answer is still 200.
    let stopping = tokio::time::timeout(PATIENCE, async {
        loop {
            let answer = balancer.get("/readyz").await;
            if answer.status != 200 {
                return answer;
            }
        }
    })
    .await
    .expect("the stop is noticed");
    assert_eq!(stopping.status, 503);
    assert_eq!(stopping.body, "ready: no, stopping\n");
    let health = balancer.get("/healthz").await;
    assert_eq!(health.status, 503);
    assert!(
        health.body.contains("ready: no, stopping\n"),
        "{}",
        health.body
    );
    assert!(health.body.contains("database: ok\n"), "{}", health.body);
    // A request the balancer sends before it notices is still served.
    assert_eq!(balancer.get("/en").await.status, 200);

    let exit = server.exit(PATIENCE + Duration::from_secs(10)).await;
    assert!(exit.success(), "{exit}");
}

fn tls_settings() -> Vec<(&'static str, &'static str)> {
    vec![
        ("OBSERVATORY_TLS_CERT", TEST_CERTIFICATE),
        ("OBSERVATORY_TLS_KEY", TEST_PRIVATE_KEY),
    ]
}

#[tokio::test]
async fn the_server_speaks_tls_itself_with_hsts_and_host_bound_cookies() {
    let mut settings = tls_settings();
    settings.push(("OBSERVATORY_HTTP_REDIRECT_LISTEN", "127.0.0.1:0"));
    let app = TestApp::spawn_with(&settings).await;
    assert!(
        app.address.starts_with("https://127.0.0.1:"),
        "{}",
        app.address
    );

    let page = app.browser().get("/en").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.version,
        reqwest::Version::HTTP_2,
        "HTTP/2 chosen by ALPN"
    );
    assert!(page.headers.contains_key("strict-transport-security"));
    let (name, _, full) = page.set_cookies().pop().expect("csrf cookie");
    assert_eq!(name, "__Host-obs_csrf");
    assert!(full.contains("; Secure"), "{full}");
    assert!(
        page.body.contains(&format!("href=\"{}/es\"", app.address)),
        "links use the https address"
    );

    let redirect_address = app.redirect_address.clone().expect("redirect listener");
    let mut plain = Browser::with_client(&redirect_address, Browser::client().build().unwrap());
    let get = plain.get("/en/collaborate?from=mail").await;
    assert_eq!(get.status, 301);
    assert_eq!(
        get.location(),
        format!("{}/en/collaborate?from=mail", app.address)
    );
    let post = plain.post_form("/en/login", &[("email", "a@b.test")]).await;
    assert_eq!(post.status, 308, "the method and body are to be repeated");
    assert_eq!(post.location(), format!("{}/en/login", app.address));
}

#[tokio::test]
async fn a_stalled_tls_handshake_is_cut_off() {
    let mut settings = tls_settings();
    settings.push(("OBSERVATORY_HEADER_READ_SECONDS", "1"));
    let app = TestApp::spawn_with(&settings).await;
    let mut stalled = connect(&app.address).await;
    assert_eq!(wait_for_close(&mut stalled).await, "");
}

#[tokio::test]
async fn unreadable_tls_files_stop_the_start_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url(dir.path()).await;
    // A key where the certificate should be.
    let settings = settings_for(
        dir.path(),
        &database_url,
        &[
            ("OBSERVATORY_TLS_CERT", TEST_PRIVATE_KEY),
            ("OBSERVATORY_TLS_KEY", TEST_PRIVATE_KEY),
        ],
    );
    let error = Server::build(settings)
        .await
        .err()
        .expect("the start is refused")
        .to_string();
    assert!(error.starts_with("OBSERVATORY_TLS_CERT"), "{error}");
    assert!(error.contains("no PEM block with a certificate"), "{error}");
}
