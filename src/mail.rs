//! Outgoing mail. Messages are rendered when they are queued (in the
//! recipient's language) and sent by the job worker through lettre: SMTP
//! when `OBSERVATORY_SMTP_URL` is set, otherwise `.eml` files in the data
//! directory, so a local run still lets a person open the links.

use std::path::PathBuf;

use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Body, Mailbox, MultiPart, SinglePart,
        header::{ContentTransferEncoding, ContentType},
    },
};
use sea_orm::{ConnectionTrait, DbErr};
use serde::{Deserialize, Serialize};

use askama::Template;
use fluent_templates::fluent_bundle::FluentValue;

use crate::{
    config::Settings,
    i18n::Locale,
    jobs::{self, ClaimedJob, Handler},
};

pub const JOB_KIND: &str = "mail";

/// A message ready to send: plain text and HTML alternatives.
#[derive(Debug, Serialize, Deserialize)]
pub struct Outgoing {
    pub to: String,
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
        text.push_str(&format!("{action}:\n{link}\n\n"));
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
        subject,
        text,
        html,
    })
}

/// Queues a message; it is sent after the current transaction commits.
pub async fn queue(db: &impl ConnectionTrait, message: &Outgoing) -> Result<(), DbErr> {
    jobs::enqueue(db, JOB_KIND, message).await
}

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Mailer {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Mailer> {
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
                Ok(Mailer::Files(AsyncFileTransport::new(&dir), dir))
            }
        }
    }

    async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Mailer::Smtp(transport) => {
                transport.send(message).await?;
            }
            Mailer::Files(transport, dir) => {
                let id = transport.send(message).await?;
                // The path, never the message: it holds single-use links.
                tracing::info!(file = %dir.join(format!("{id}.eml")).display(), "mail written to file");
            }
        }
        Ok(())
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
    pub mailer: Mailer,
    pub from: Mailbox,
}

impl Handler for MailJobs {
    async fn handle(&self, job: &ClaimedJob) -> anyhow::Result<()> {
        anyhow::ensure!(job.kind == JOB_KIND, "unknown job kind {}", job.kind);
        let outgoing: Outgoing = job.payload()?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(outgoing.to.parse()?)
            .subject(outgoing.subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(quoted_printable(ContentType::TEXT_PLAIN, outgoing.text))
                    .singlepart(quoted_printable(ContentType::TEXT_HTML, outgoing.html)),
            )?;
        self.mailer.send(message).await
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
