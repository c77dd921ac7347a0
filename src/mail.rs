//! Outgoing mail. Messages are rendered when they are queued (in the
//! recipient's language) and sent by the job worker through lettre: SMTP
//! when `OBSERVATORY_SMTP_URL` is set, otherwise `.eml` files in the data
//! directory, so a local run still lets a person open the links.
//!
//! Each mail is a job, delivered once even when an instance dies while
//! sending it: files exactly once, SMTP at most once more and then under the
//! same Message-ID (see `send_by_smtp`).

use std::path::{Path, PathBuf};

use anyhow::Context;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Body, Mailbox, MultiPart, SinglePart,
        header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue},
    },
};
use sea_orm::{ConnectionTrait, DbErr};
use serde::{Deserialize, Serialize};

use askama::Template;
use fluent_templates::fluent_bundle::FluentValue;

use crate::{
    config::Settings,
    i18n::Locale,
    jobs::{self, ClaimedJob, DeliveryStart, Handler, Lease},
};

pub const JOB_KIND: &str = "mail";

/// A message ready to send: plain text and HTML alternatives.
#[derive(Debug, Serialize, Deserialize)]
pub struct Outgoing {
    pub to: String,
    /// Where answers go, when not to the site (a message relayed from a
    /// visitor is answered to them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// A bulletin's one-click unsubscribe address (RFC 8058), given as
    /// `List-Unsubscribe` and `List-Unsubscribe-Post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsubscribe: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "mail/message.html")]
struct HtmlMail<'a> {
    lang: &'static str,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    action: &'a str,
    link: &'a str,
    signature: &'a str,
}

/// Builds a message from the locale messages `{key}-subject`, `{key}-body`
/// and (with a link) `{key}-action`, greeting `name`; `args` fill the
/// placeholders of subject and body.
pub fn compose(
    locale: Locale,
    key: &str,
    to: &str,
    name: &str,
    link: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> anyhow::Result<Outgoing> {
    let subject = locale.t_args(&format!("{key}-subject"), args);
    let greeting = locale.t_args("mail-greeting", &[("name", name.to_string().into())]);
    let paragraphs: Vec<String> = locale
        .t_args(&format!("{key}-body"), args)
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let action = if link.is_empty() {
        String::new()
    } else {
        locale.t(&format!("{key}-action"))
    };
    let signature = locale.t("mail-signature");
    let mut text = format!("{greeting}\n\n{}\n\n", paragraphs.join("\n\n"));
    if !link.is_empty() {
        // "Action:" as the language punctuates it (French: "Action :").
        let introduced = locale.t_args("mail-link-line", &[("action", action.clone().into())]);
        text.push_str(&format!("{introduced}\n{link}\n\n"));
    }
    text.push_str(&signature);
    let html = HtmlMail {
        lang: locale.code(),
        subject: &subject,
        greeting: &greeting,
        paragraphs: &paragraphs,
        action: &action,
        link,
        signature: &signature,
    }
    .render()?;
    Ok(Outgoing {
        to: to.to_string(),
        reply_to: None,
        unsubscribe: None,
        subject,
        text,
        html,
    })
}

/// Queues a message; it is sent after the current transaction commits.
pub async fn queue(db: &impl ConnectionTrait, message: &Outgoing) -> Result<(), DbErr> {
    jobs::enqueue(db, JOB_KIND, message).await
}

/// Queues a message to go once `at` has come.
pub async fn queue_at(
    db: &impl ConnectionTrait,
    message: &Outgoing,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    jobs::enqueue_at(db, JOB_KIND, message, at).await
}

/// Where mail goes.
enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this directory, one per job.
    Files(PathBuf),
}

impl Mailer {
    fn from_settings(settings: &Settings) -> anyhow::Result<Mailer> {
        match &settings.smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|_| {
                        anyhow::anyhow!(
                            "OBSERVATORY_SMTP_URL is not a valid smtp:// or smtps:// URL"
                        )
                    })?
                    .build();
                Ok(Mailer::Smtp(transport))
            }
            None => {
                let dir = settings.data_dir.join("mail");
                std::fs::create_dir_all(&dir)?;
                Ok(Mailer::Files(dir))
            }
        }
    }
}

/// Quoted-printable keeps the text readable in a saved `.eml` file (people
/// running locally open the confirmation link from there).
fn quoted_printable(kind: ContentType, text: String) -> SinglePart {
    SinglePart::builder().header(kind).body(
        Body::new_with_encoding(text, ContentTransferEncoding::QuotedPrintable)
            .expect("text encodes"),
    )
}

/// Sends queued mail jobs.
pub struct MailJobs {
    mailer: Mailer,
    from: Mailbox,
    /// The site's host: the right-hand part of every Message-ID.
    host: String,
}

impl MailJobs {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<MailJobs> {
        Ok(MailJobs {
            mailer: Mailer::from_settings(settings)?,
            from: settings.mail_from.clone(),
            host: settings
                .base_url
                .host_str()
                .unwrap_or("localhost")
                .to_string(),
        })
    }

    /// The job's message. Its Message-ID is the job's own, so every attempt
    /// sends the same message as far as receivers can tell; the job's
    /// random key in it keeps ids unique across databases, whose job
    /// numbers repeat.
    pub fn message(&self, job: &ClaimedJob) -> anyhow::Result<Message> {
        let outgoing: Outgoing = job.payload()?;
        let mut builder = Message::builder()
            .message_id(Some(format!(
                "<job-{}.{}@{}>",
                job.id, job.idempotency_key, self.host
            )))
            .from(self.from.clone())
            .to(outgoing.to.parse()?);
        if let Some(reply_to) = &outgoing.reply_to {
            builder = builder.reply_to(reply_to.parse()?);
        }
        if let Some(unsubscribe) = &outgoing.unsubscribe {
            let header =
                |name, value| HeaderValue::new(HeaderName::new_from_ascii_str(name), value);
            builder = builder
                .raw_header(header("List-Unsubscribe", format!("<{unsubscribe}>")))
                .raw_header(header(
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".to_string(),
                ));
        }
        Ok(builder.subject(outgoing.subject).multipart(
            MultiPart::alternative()
                .singlepart(quoted_printable(ContentType::TEXT_PLAIN, outgoing.text))
                .singlepart(quoted_printable(ContentType::TEXT_HTML, outgoing.html)),
        )?)
    }
}

/// Whether this attempt should deliver: not when an earlier one did, and
/// never once another worker took the job over (it delivers instead).
async fn may_deliver(lease: &Lease<'_>) -> anyhow::Result<bool> {
    match lease.begin_delivery().await? {
        DeliveryStart::Go => Ok(true),
        DeliveryStart::AlreadyDelivered => Ok(false),
        DeliveryStart::LeaseLost => {
            anyhow::bail!("another worker took the job over; this one does not send it")
        }
    }
}

/// Over SMTP a mail cannot be sent exactly once: the server accepts it when
/// it has read its end, and says so over the network afterwards. What is
/// guaranteed:
/// - the attempt is marked before the message goes, and only while the
///   worker still holds the job, so a worker that lost the job sends nothing;
/// - the server's acceptance is recorded the moment it arrives, before
///   anything else, and a retry of a recorded job sends nothing;
/// - so a mail goes out twice only when its instance dies between the
///   server's acceptance and that record; the retry then sends it once more,
///   under the same Message-ID, by which receivers can tell it is a repeat.
async fn send_by_smtp(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    job: &ClaimedJob,
    lease: &Lease<'_>,
    message: Message,
) -> anyhow::Result<()> {
    if !may_deliver(lease).await? {
        return Ok(());
    }
    if job.delivery_started_at.is_some() {
        tracing::warn!(
            job = job.id,
            "an earlier attempt stopped while sending this mail; sent again under the same Message-ID"
        );
    }
    transport.send(message).await?;
    lease
        .record_delivered()
        .await
        .context("the SMTP server accepted the mail, but that could not be recorded")
}

/// The file a mail job is written to: when it was queued first, so that a
/// folder listed by name shows the newest last, then the job, which makes
/// the name the same on every attempt.
pub fn file_name(job_id: i64, queued_at: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-job-{job_id:06}.eml",
        queued_at.format("%Y%m%dT%H%M%S%.6fZ")
    )
}

/// A mail written as a file is delivered exactly once: the file is named
/// after its job and appears whole (written under a temporary name, then
/// renamed), so a retry that finds it there only records the delivery.
async fn write_file(
    dir: &Path,
    job: &ClaimedJob,
    lease: &Lease<'_>,
    message: Message,
) -> anyhow::Result<()> {
    let file = dir.join(file_name(job.id, job.created_at));
    if !tokio::fs::try_exists(&file).await? {
        if !may_deliver(lease).await? {
            return Ok(());
        }
        // Per attempt, so two workers never write into the same file.
        let partial = dir.join(format!(".job-{}.attempt-{}.partial", job.id, job.attempts));
        tokio::fs::write(&partial, message.formatted()).await?;
        tokio::fs::rename(&partial, &file).await?;
    }
    lease.record_delivered().await?;
    // The path, never the message: it holds single-use links.
    tracing::info!(file = %file.display(), "mail written to file");
    Ok(())
}

impl Handler for MailJobs {
    const KIND: &'static str = JOB_KIND;

    async fn handle(&self, job: &ClaimedJob, lease: &Lease<'_>) -> anyhow::Result<()> {
        let message = self.message(job)?;
        match &self.mailer {
            Mailer::Smtp(transport) => send_by_smtp(transport, job, lease, message).await,
            Mailer::Files(dir) => write_file(dir, job, lease, message).await,
        }
    }

    /// A sent mail keeps its recipient and subject for inspection; its body,
    /// with the links and their tokens, is dropped.
    fn scrubbed(&self, job: &ClaimedJob) -> String {
        let kept = job
            .payload::<Outgoing>()
            .map(|outgoing| serde_json::json!({ "to": outgoing.to, "subject": outgoing.subject }));
        kept.map_or_else(|_| "{}".to_string(), |kept| kept.to_string())
    }
}
