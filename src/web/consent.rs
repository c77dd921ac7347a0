//! Cookie consent. Until the visitor chooses, a banner asks; the choice is
//! kept in the strictly necessary `obs_consent` cookie and governs every
//! optional cookie: the `obs_lang` preference is only set with consent and
//! is removed when consent is withdrawn. Works with plain form posts.

use askama::Template;
use axum::{
    Extension, Router,
    extract::State,
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use serde::Deserialize;

use super::{AppError, Page, csrf::CsrfForm};
use crate::{i18n::Locale, state::AppState};

pub const COOKIE: &str = "obs_consent";
pub const LANG_COOKIE: &str = "obs_lang";
const CONSENT_DAYS: u32 = 180;
const LANG_DAYS: u32 = 365;
/// Bumped when the categories change, so everyone is asked again.
const VERSION: &str = "v1";

/// What the visitor agreed to, beyond the strictly necessary cookies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Consent {
    pub preferences: bool,
    pub analytics: bool,
}

impl Consent {
    /// The stored choice, or None when the visitor has not chosen yet (or
    /// chose under an older version of the categories).
    pub fn read(state: &AppState, headers: &HeaderMap) -> Option<Consent> {
        let value = state.cookies.read(headers, COOKIE)?;
        let mut parts = value.split('.');
        if parts.next()? != VERSION {
            return None;
        }
        let flag = |part: Option<&str>, prefix: char| -> Option<bool> {
            match part?.strip_prefix(prefix)? {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            }
        };
        Some(Consent {
            preferences: flag(parts.next(), 'p')?,
            analytics: flag(parts.next(), 'a')?,
        })
    }

    fn encode(self) -> String {
        format!(
            "{VERSION}.p{}.a{}",
            u8::from(self.preferences),
            u8::from(self.analytics)
        )
    }
}

/// Recorded with each consent given (at registration, with a proposal);
/// raise it when the privacy policy changes.
pub const PRIVACY_POLICY_VERSION: &str = "2";

pub fn routes() -> Router<AppState> {
    Router::new().route("/cookie-settings", get(show_settings).post(save_settings))
}

#[derive(Template)]
#[template(path = "web/cookie_settings.html")]
struct SettingsPage {
    page: Page,
    current: Consent,
    saved: bool,
}

#[derive(Deserialize)]
struct SettingsQuery {
    #[serde(default)]
    saved: bool,
}

async fn show_settings(
    page: Page,
    axum::extract::Query(query): axum::extract::Query<SettingsQuery>,
) -> Result<Response, AppError> {
    let current = page.consent.unwrap_or_default();
    super::page::render(&SettingsPage {
        page,
        current,
        saved: query.saved,
    })
}

#[derive(Deserialize)]
struct SettingsForm {
    choice: String,
    preferences: Option<String>,
    analytics: Option<String>,
    return_to: Option<String>,
}

async fn save_settings(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> Result<Response, AppError> {
    let consent = match form.choice.as_str() {
        "accept" => Consent {
            preferences: true,
            analytics: true,
        },
        "reject" => Consent::default(),
        "save" => Consent {
            preferences: form.preferences.is_some(),
            analytics: form.analytics.is_some(),
        },
        _ => return Err(AppError::BadRequest),
    };
    let target = form
        .return_to
        .filter(|path| super::page::is_local_page(path))
        .unwrap_or_else(|| format!("/{}/cookie-settings?saved=true", locale.code()));
    let mut response = Redirect::to(&target).into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        state.cookies.set(COOKIE, &consent.encode(), CONSENT_DAYS),
    );
    headers.append(header::SET_COOKIE, language_cookie(&state, consent, locale));
    Ok(response)
}

fn language_cookie(state: &AppState, consent: Consent, locale: Locale) -> HeaderValue {
    if consent.preferences {
        state.cookies.set(LANG_COOKIE, locale.code(), LANG_DAYS)
    } else {
        state.cookies.remove(LANG_COOKIE)
    }
}

/// With preference consent, remembers the language the visitor is reading
/// (the language section of the path), so `/` brings them back to it.
pub async fn remember_language(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: Next,
) -> Response {
    let reading = super::page::section_of(request.uri().path());
    let consent = Consent::read(&state, request.headers());
    let stored = state.cookies.read(request.headers(), LANG_COOKIE);
    let mut response = next.run(request).await;
    let wants_cookie = consent.is_some_and(|c| c.preferences);
    if let Some(locale) = reading.filter(|_| wants_cookie)
        && stored.as_deref() != Some(locale.code())
    {
        let cookie = state.cookies.set(LANG_COOKIE, locale.code(), LANG_DAYS);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_the_cookie_value() {
        let consent = Consent {
            preferences: true,
            analytics: false,
        };
        assert_eq!(consent.encode(), "v1.p1.a0");
    }
}
