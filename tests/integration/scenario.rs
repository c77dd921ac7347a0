//! Scenario builders: the situation a test starts from, said in a few words
//! instead of a page of requests. Everything goes through the site as a
//! person would (forms, mails, links), so the setup is tested too.
//!
//! ```ignore
//! let review = app.proposal().by("ana@example.org").in_review().await;
//! let sent = app.proposal().in_language("es").with_file("plan.pdf", PDF).send().await;
//! let editor = app.staff("editor@example.org", &[Role::Editor]).await;
//! ```

use observatory::{
    accounts::admin::set_roles,
    config::SecretKey,
    proposals::entities::proposal,
    web::{Role, Roles},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    accounts::{PASSWORD, log_in, path_of, register_and_confirm},
    helpers::{Browser, Page, SHARED_SECRET, TestApp, at},
};

/// A form start time a few seconds ago, signed as the site signs it: the
/// minimum fill time is checked on the server. Each call is a new form,
/// with its own single-use key.
pub fn started_seconds_ago(seconds: i64) -> String {
    static FORMS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let form = FORMS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let key = SecretKey::from_text(SHARED_SECRET);
    let shown = format!("{}.test{form}", chrono::Utc::now().timestamp() - seconds);
    format!("{shown}.{}", key.sign("form-started", &shown))
}

/// A real, minimal PDF (one empty page): attachments are read by their
/// structure. The e2e tests send the same file.
pub const PDF: &[u8] = include_bytes!("../fixtures/minimal.pdf");

/// A complete, valid anonymous proposal.
pub fn proposal_fields<'a>(
    csrf: &'a str,
    started: &'a str,
    email: &'a str,
    title: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("started", started),
        ("website", ""),
        ("account_type", "entity"),
        ("full_name", "Lucía Gómez"),
        ("organisation_name", "Fundación Horizonte"),
        ("sector", "ngo"),
        ("country", "PE"),
        ("languages", "es"),
        ("lines", "restorative-justice"),
        ("email", email),
        (
            "specialisation",
            "Restorative programmes for adolescents in Lima.",
        ),
        ("title", title),
        (
            "description",
            "We propose to share our experience of restorative circles with other organisations.",
        ),
        ("collaboration_kind", "working-group"),
        ("consent", "yes"),
    ]
}

/// Sends the collaboration form with `fields` and maybe a file.
pub async fn submit(
    browser: &mut Browser,
    lang: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, Vec<u8>)>,
) -> Page {
    browser
        .post_multipart(&format!("/{lang}/collaborate"), fields, file)
        .await
}

/// The proposal's reference in the redirect that acknowledges it.
pub fn reference_in(answer: &Page) -> String {
    answer
        .location()
        .split("reference=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .expect("the reference")
        .to_string()
}

/// The CSRF token of the form on `path`.
pub async fn csrf(browser: &mut Browser, path: &str) -> String {
    browser.get(&at(path)).await.hidden_field("csrf")
}

pub async fn proposal_id(app: &TestApp, reference: &str) -> i32 {
    stored(app, reference).await.id
}

/// The stored state's key, e.g. "in-review".
pub async fn state_of(app: &TestApp, reference: &str) -> String {
    stored(app, reference).await.state.to_string()
}

async fn stored(app: &TestApp, reference: &str) -> proposal::Model {
    proposal::Entity::find()
        .filter(proposal::Column::Reference.eq(reference))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
}

/// `editor` assigns the evaluator registered as `evaluator` to proposal `id`.
pub async fn assign(app: &TestApp, editor: &mut Browser, id: i32, evaluator: &str) -> Page {
    let evaluator_id = app.user_id(evaluator).await.to_string();
    let token = csrf(editor, &format!("/en/staff/proposals/{id}")).await;
    editor
        .post_form(
            &format!("/en/staff/proposals/{id}/assign"),
            &[("csrf", &token), ("evaluator_id", &evaluator_id)],
        )
        .await
}

impl TestApp {
    /// A confirmed account holding `roles`, signed in in a new browser.
    pub async fn staff(&self, email: &str, roles: &[Role]) -> Browser {
        let mut browser = self.browser();
        register_and_confirm(self, &mut browser, email, "en").await;
        let id = self.user_id(email).await;
        let roles = Roles::of(roles.iter().copied());
        set_roles(&self.state.db, id, roles, None).await.unwrap();
        assert_eq!(
            log_in(&mut browser, "en", email, PASSWORD).await.status,
            303
        );
        browser
    }

    /// A proposal to send, anonymously: confirmed by default, in English,
    /// without a file.
    pub fn proposal(&self) -> ProposalScenario<'_> {
        ProposalScenario {
            app: self,
            lang: "en",
            email: "submitter@example.org".into(),
            title: "Restorative circles".into(),
            description: None,
            file: None,
            confirmed: true,
        }
    }
}

pub struct ProposalScenario<'a> {
    app: &'a TestApp,
    lang: &'static str,
    email: String,
    title: String,
    description: Option<String>,
    file: Option<(String, Vec<u8>)>,
    confirmed: bool,
}

/// A proposal as sent: the sender's browser, and where to find it.
pub struct Sent {
    pub submitter: Browser,
    pub reference: String,
    pub id: i32,
    /// The private status page (from the confirmation), if confirmed.
    pub status_path: String,
}

/// A confirmed proposal with an editor and an evaluator signed in and the
/// evaluator ("evaluator@example.org") assigned to it.
pub struct InReview {
    pub submitter: Browser,
    pub status_path: String,
    pub reference: String,
    pub id: i32,
    pub editor: Browser,
    pub evaluator: Browser,
}

impl ProposalScenario<'_> {
    pub fn by(mut self, email: &str) -> Self {
        self.email = email.into();
        self
    }

    pub fn titled(mut self, title: &str) -> Self {
        self.title = title.into();
        self
    }

    /// With this description; if it holds a child's details, the sender
    /// confirms them when warned, and they are sent hidden.
    pub fn describing(mut self, description: &str) -> Self {
        self.description = Some(description.into());
        self
    }

    pub fn in_language(mut self, lang: &'static str) -> Self {
        self.lang = lang;
        self
    }

    pub fn with_file(mut self, name: &str, bytes: &[u8]) -> Self {
        self.file = Some((name.into(), bytes.to_vec()));
        self
    }

    /// Sent but never confirmed from the mail.
    pub fn unconfirmed(mut self) -> Self {
        self.confirmed = false;
        self
    }

    /// Sends the form (and follows the confirmation link, unless unconfirmed).
    pub async fn send(self) -> Sent {
        let app = self.app;
        let mut submitter = app.browser();
        let token = csrf(&mut submitter, &format!("/{}/collaborate", self.lang)).await;
        let started = started_seconds_ago(10);
        let mut fields = proposal_fields(&token, &started, &self.email, &self.title);
        if let Some(description) = &self.description {
            fields.retain(|(name, _)| *name != "description");
            fields.push(("description", description));
        }
        let mails_before = app.mail.messages_to(&self.email).await.len();
        let file = self
            .file
            .as_ref()
            .map(|(name, bytes)| (name.as_str(), bytes.clone()));
        let mut answer = submit(&mut submitter, self.lang, &fields, file.clone()).await;
        let confirmation;
        let restarted;
        if answer.status == 200 && answer.body.contains("safeguarding_confirmation") {
            confirmation = answer.hidden_field("safeguarding_confirmation");
            restarted = answer.hidden_field("started");
            fields.retain(|(name, _)| *name != "started");
            fields.push(("started", &restarted));
            fields.push(("safeguarding_confirmation", &confirmation));
            answer = submit(&mut submitter, self.lang, &fields, file).await;
        }
        assert_eq!(answer.status, 303, "{}", answer.body);
        let reference = reference_in(&answer);
        let status_path = if self.confirmed {
            let link = confirmation_link(app, self.lang, &self.email, mails_before).await;
            confirm(&mut submitter, self.lang, &link).await
        } else {
            String::new()
        };
        let id = proposal_id(app, &reference).await;
        Sent {
            submitter,
            reference,
            id,
            status_path,
        }
    }

    /// Sent, confirmed, and assigned by an editor to an evaluator.
    pub async fn in_review(self) -> InReview {
        let app = self.app;
        let sent = self.send().await;
        let mut editor = app
            .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
            .await;
        let evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
        assign(app, &mut editor, sent.id, "evaluator@example.org").await;
        assert_eq!(state_of(app, &sent.reference).await, "in-review");
        InReview {
            submitter: sent.submitter,
            status_path: sent.status_path,
            reference: sent.reference,
            id: sent.id,
            editor,
            evaluator,
        }
    }
}

/// The confirmation link of the proposal just sent to `email`, from the
/// mails that came after the first `mails_before`. Another mail to the same
/// address (the acknowledgement of an earlier proposal) may arrive first.
async fn confirmation_link(app: &TestApp, lang: &str, email: &str, mails_before: usize) -> String {
    // The path is in the proposal's language (`/es/colaborar/confirm`).
    let link = at(&format!("/{lang}/collaborate/confirm?token="));
    let mut count = mails_before + 1;
    loop {
        let mails = app.mail.wait_for_count(email, count).await;
        if let Some(mail) = mails[mails_before..]
            .iter()
            .find(|mail| mail.decoded().contains(&link))
        {
            return mail.link_containing(&link);
        }
        count = mails.len() + 1;
    }
}

/// Follows a mailed confirmation link; returns the status page it leads to.
async fn confirm(browser: &mut Browser, lang: &str, link: &str) -> String {
    let page = browser.get(&path_of(link)).await;
    let confirmed = browser
        .post_form(
            &format!("/{lang}/collaborate/confirm"),
            &[
                ("csrf", &page.hidden_field("csrf")),
                ("token", &page.hidden_field("token")),
            ],
        )
        .await;
    assert_eq!(confirmed.status, 303);
    confirmed.location().to_string()
}
