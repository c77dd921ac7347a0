//! Short pages that tell people what happened and what to do next.

use askama::Template;
use axum::response::Response;
use sea_orm::ConnectionTrait;

use super::tokens::{self, Purpose};
use crate::web::{AppError, Page, page::render};

#[derive(Clone, Copy, Debug)]
pub enum Notice {
    RegistrationSent,
    LinkInvalid,
    ResetSent,
    EmailChangeSent,
    AccountDeleted,
    SignInLinkSent,
}

impl Notice {
    fn key(self) -> &'static str {
        match self {
            Notice::RegistrationSent => "registration-sent",
            Notice::LinkInvalid => "link-invalid",
            Notice::ResetSent => "reset-sent",
            Notice::EmailChangeSent => "email-change-sent",
            Notice::AccountDeleted => "account-deleted",
            Notice::SignInLinkSent => "sign-in-link-sent",
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/notice.html")]
struct NoticePage {
    page: Page,
    key: &'static str,
}

impl NoticePage {
    fn message(&self, part: &str) -> String {
        self.page.t(&format!("notice-{}-{part}", self.key))
    }
}

pub fn show_notice(page: Page, notice: Notice) -> Result<Response, AppError> {
    render(&NoticePage {
        page,
        key: notice.key(),
    })
}

/// Where a mailed link with a single-use token lands: a page with one
/// button that posts the token to `action`. Opening the link uses nothing
/// up, so mail scanners that follow links cannot spend it.
#[derive(Template)]
#[template(path = "accounts/link_button.html")]
struct LinkButtonPage {
    page: Page,
    token: String,
    /// The prefix of the page's messages: `{key}-title`, `-text`, `-submit`.
    key: &'static str,
    action: &'static str,
}

impl LinkButtonPage {
    fn message(&self, part: &str) -> String {
        self.page.t(&format!("{}-{part}", self.key))
    }
}

/// The button page for a valid, unused `token` of `purpose`, or the notice
/// that the link no longer works.
pub async fn show_link_button(
    db: &impl ConnectionTrait,
    page: Page,
    purpose: Purpose,
    token: String,
    key: &'static str,
    action: &'static str,
) -> Result<Response, AppError> {
    if tokens::find_valid(db, purpose, &token).await?.is_none() {
        return show_notice(page, Notice::LinkInvalid);
    }
    render(&LinkButtonPage {
        page,
        token,
        key,
        action,
    })
}
