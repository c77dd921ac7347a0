//! Short pages that tell people what happened and what to do next.

use askama::Template;
use axum::response::Response;

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
