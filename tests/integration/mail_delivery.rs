//! A mail is delivered once even when the instance sending it dies: leases
//! are short and kept alive while a job runs, a delivery is recorded the
//! moment it happens, and every mail carries a Message-ID of its own job, so
//! the one resend SMTP cannot rule out is recognisably the same mail.

use std::{
    collections::BTreeSet,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use observatory::{
    i18n::Locale,
    jobs::{self, ClaimedJob, DeliveryStart, Handler, Lease, job},
    mail::{self, MailJobs},
};
use sea_orm::EntityTrait;

use crate::helpers::TestApp;

/// The lease of a worker that is about to die: short, so its job is
/// retried within the test.
const DYING_WORKERS_LEASE: Duration = Duration::from_secs(2);

fn mail_to(to: &str, text: &str) -> mail::Outgoing {
    mail::compose(
        Locale::En,
        "mail-proposal-message",
        to,
        "Reader",
        "",
        &[
            ("reference", "COL-2026-00001".into()),
            ("message", text.to_string().into()),
        ],
    )
    .unwrap()
}

/// Queues a mail to `to` and claims it as another instance's worker would,
/// in one transaction so that this app's own worker cannot take it first.
async fn queued_and_claimed_elsewhere(app: &TestApp, to: &str) -> ClaimedJob {
    let txn = observatory::db::begin_write(&app.state.db).await.unwrap();
    mail::queue(&txn, &mail_to(to, "Before the crash"))
        .await
        .unwrap();
    let claimed = jobs::claim_next(&txn, mail::JOB_KIND, DYING_WORKERS_LEASE)
        .await
        .unwrap()
        .expect("the job just queued");
    txn.commit().await.unwrap();
    claimed
}

/// Sends the job's mail to the app's SMTP sink, as the worker holding it does.
async fn send_as_its_worker(app: &TestApp, claimed: &ClaimedJob) {
    let message = MailJobs::from_settings(&app.settings)
        .unwrap()
        .message(claimed)
        .unwrap();
    AsyncSmtpTransport::<Tokio1Executor>::from_url(&app.mail.url())
        .unwrap()
        .build()
        .send(message)
        .await
        .unwrap();
}

/// The Message-ID every mail of `stored` must carry (tests run on 127.0.0.1).
fn message_id_of(id: i64, idempotency_key: &str) -> String {
    format!("<job-{id}.{idempotency_key}@127.0.0.1>")
}

async fn stored(app: &TestApp, id: i64) -> job::Model {
    job::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the job is kept")
}

#[tokio::test]
async fn a_mail_whose_sender_died_mid_send_is_sent_again_soon_under_the_same_message_id() {
    let app = TestApp::spawn().await;
    let claimed = queued_and_claimed_elsewhere(&app, "crash@example.org").await;
    // That worker marks the attempt, the server accepts the mail, and the
    // instance dies before it can record the delivery.
    let lease = claimed.lease(&app.state.writes);
    assert_eq!(lease.begin_delivery().await.unwrap(), DeliveryStart::Go);
    send_as_its_worker(&app, &claimed).await;

    // Its lease ends within seconds and this app's worker sends the mail
    // again: the one resend SMTP cannot rule out, with the same id.
    let copies = app.mail.wait_for_count("crash@example.org", 2).await;
    app.wait_for_jobs().await;
    assert_eq!(app.mail.messages_to("crash@example.org").await.len(), 2);
    let expected = message_id_of(claimed.id, &claimed.idempotency_key);
    for copy in &copies {
        assert_eq!(copy.header("Message-ID"), expected);
    }
    let retried = stored(&app, claimed.id).await;
    assert_eq!(retried.attempts, 2);
    assert!(retried.delivered_at.is_some() && retried.done_at.is_some());
}

#[tokio::test]
async fn a_mail_recorded_as_delivered_is_not_sent_again_after_its_sender_died() {
    let app = TestApp::spawn().await;
    let claimed = queued_and_claimed_elsewhere(&app, "delivered@example.org").await;
    // The delivery is recorded; the instance dies before closing the job.
    let lease = claimed.lease(&app.state.writes);
    assert_eq!(lease.begin_delivery().await.unwrap(), DeliveryStart::Go);
    send_as_its_worker(&app, &claimed).await;
    lease.record_delivered().await.unwrap();

    app.wait_for_jobs().await;
    let closed = stored(&app, claimed.id).await;
    assert_eq!(closed.attempts, 2, "this app's worker took the job over");
    assert!(closed.done_at.is_some());
    assert_eq!(
        app.mail.messages_to("delivered@example.org").await.len(),
        1,
        "sent once"
    );
}

#[tokio::test]
async fn a_mail_file_written_before_its_writer_died_is_not_written_again() {
    let app = TestApp::spawn_writing_mail_to_files().await;
    let claimed = queued_and_claimed_elsewhere(&app, "file@example.org").await;
    // The worker wrote the job's file; the instance died before recording it.
    let name = observatory::mail::file_name(claimed.id, claimed.created_at);
    let file = app.mail_dir().join(&name);
    let message = MailJobs::from_settings(&app.settings)
        .unwrap()
        .message(&claimed)
        .unwrap();
    std::fs::write(&file, message.formatted()).unwrap();
    let written = std::fs::metadata(&file).unwrap().modified().unwrap();

    app.wait_for_jobs().await;
    let closed = stored(&app, claimed.id).await;
    assert_eq!(closed.attempts, 2, "this app's worker took the job over");
    assert!(closed.delivered_at.is_some() && closed.done_at.is_some());
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
    assert_eq!(modified, written, "the file was not written again");
    let files: Vec<String> = std::fs::read_dir(app.mail_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, [name], "one file, nothing half-written beside it");
}

#[tokio::test]
async fn every_mail_carries_a_message_id_of_its_own_job() {
    let app = TestApp::spawn().await;
    for text in ["First", "Second"] {
        mail::queue(&app.state.db, &mail_to("ids@example.org", text))
            .await
            .unwrap();
    }
    app.state.jobs_wakeup.notify();
    let received: BTreeSet<String> = app
        .mail
        .wait_for_count("ids@example.org", 2)
        .await
        .iter()
        .map(|mail| mail.header("Message-ID"))
        .collect();
    let expected: BTreeSet<String> = app
        .wait_for_jobs()
        .await
        .iter()
        .map(|sent| message_id_of(sent.id, &sent.idempotency_key))
        .collect();
    assert_eq!(received, expected);
    assert_eq!(received.len(), 2, "each job its own id");

    // Written to a file, a mail is named after its job and carries its id.
    let local = TestApp::spawn_writing_mail_to_files().await;
    mail::queue(&local.state.db, &mail_to("file@example.org", "Local"))
        .await
        .unwrap();
    local.state.jobs_wakeup.notify();
    let written = local.wait_for_jobs().await;
    let [sent] = written.as_slice() else {
        panic!("one job: {written:?}")
    };
    let file = local
        .mail_dir()
        .join(observatory::mail::file_name(sent.id, sent.created_at));
    let text = std::fs::read_to_string(file).unwrap();
    let expected = format!(
        "Message-ID: {}",
        message_id_of(sent.id, &sent.idempotency_key)
    );
    assert!(text.contains(&expected), "{text}");
}

/// A job slower than its lease, counting its runs.
struct SlowJobs {
    runs: Arc<AtomicUsize>,
}

impl Handler for SlowJobs {
    const KIND: &'static str = "test-slow";

    async fn handle(&self, _job: &ClaimedJob, _lease: &Lease<'_>) -> anyhow::Result<()> {
        self.runs.fetch_add(1, Ordering::SeqCst);
        // Longer than the lease plus a poll interval of the idle worker.
        tokio::time::sleep(Duration::from_millis(3500)).await;
        Ok(())
    }
}

#[tokio::test]
async fn a_job_slower_than_its_lease_keeps_its_worker() {
    let app = TestApp::spawn().await;
    let runs = Arc::new(AtomicUsize::new(0));
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let workers: Vec<_> = (0..2)
        .map(|_| {
            tokio::spawn(jobs::run_worker(
                app.state.writes.clone(),
                SlowJobs { runs: runs.clone() },
                jobs::Wakeup::default(),
                jobs::Heartbeat::default(),
                stopped.clone(),
                Duration::from_secs(1),
            ))
        })
        .collect();
    jobs::enqueue(&app.state.db, SlowJobs::KIND, &())
        .await
        .unwrap();

    let finished = app.wait_for_jobs().await;
    stop.send(true).unwrap();
    for worker in workers {
        worker.await.unwrap();
    }
    assert_eq!(runs.load(Ordering::SeqCst), 1, "no second worker ran it");
    let slow = finished.iter().find(|j| j.kind == SlowJobs::KIND).unwrap();
    assert_eq!(slow.attempts, 1);
    assert_eq!(slow.last_error, None);
}

#[tokio::test]
async fn a_worker_whose_lease_was_taken_over_changes_nothing() {
    let app = TestApp::spawn().await;
    // As workers do, on the writing connection.
    let db = &app.state.writes;
    jobs::enqueue(db, "test-takeover", &()).await.unwrap();
    let stalled = jobs::claim_next(db, "test-takeover", Duration::ZERO)
        .await
        .unwrap()
        .unwrap();
    // Its lease has ended: another worker takes the job.
    let mut taker = None;
    for _ in 0..50 {
        taker = jobs::claim_next(db, "test-takeover", jobs::LEASE)
            .await
            .unwrap();
        if taker.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let taker = taker.expect("the job is taken over");

    let stale = stalled.lease(db);
    assert!(!stale.renew(jobs::LEASE).await.unwrap());
    assert_eq!(
        stale.begin_delivery().await.unwrap(),
        DeliveryStart::LeaseLost
    );
    assert!(!stale.complete("{}".into()).await.unwrap());
    assert!(!stale.fail("stalled", "{}".into()).await.unwrap());
    let untouched = stored(&app, taker.id).await;
    assert_eq!((untouched.done_at, untouched.last_error), (None, None));
    assert!(untouched.locked_until.is_some());

    assert!(taker.lease(db).complete("{}".into()).await.unwrap());
}

/// A job that notes how long its worker's heartbeat had been silent when
/// its work ended.
struct WatchedJob {
    heartbeat: jobs::Heartbeat,
    work: Duration,
    silence_at_end: Arc<std::sync::Mutex<Option<Duration>>>,
}

impl Handler for WatchedJob {
    const KIND: &'static str = "test-watched";

    async fn handle(&self, _job: &ClaimedJob, _lease: &Lease<'_>) -> anyhow::Result<()> {
        tokio::time::sleep(self.work).await;
        *self.silence_at_end.lock().unwrap() = self.heartbeat.silence();
        Ok(())
    }
}

#[tokio::test]
async fn a_worker_beats_its_heartbeat_while_a_long_job_runs() {
    let app = TestApp::spawn().await;
    let heartbeat = jobs::Heartbeat::default();
    let silence_at_end = Arc::default();
    // Shorter than the idle worker's poll, so no turn of its loop falls
    // inside the job: only the lease renewals can beat meanwhile.
    let work = Duration::from_millis(1500);
    let job = WatchedJob {
        heartbeat: heartbeat.clone(),
        work,
        silence_at_end: Arc::clone(&silence_at_end),
    };
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(
        app.state.writes.clone(),
        job,
        jobs::Wakeup::default(),
        heartbeat,
        stopped,
        Duration::from_millis(300),
    ));
    jobs::enqueue(&app.state.db, WatchedJob::KIND, &())
        .await
        .unwrap();
    app.wait_for_jobs().await;
    stop.send(true).unwrap();
    worker.await.unwrap();
    let silence = silence_at_end
        .lock()
        .unwrap()
        .expect("beaten before the job");
    assert!(silence < work, "no beat during the job: silent {silence:?}");
}
