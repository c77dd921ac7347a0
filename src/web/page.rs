//! The context every page template receives: language, where we are, the
//! consent state, the CSRF token, today's date and the head office for the
//! footer. Templates call its methods (`page.t("…")`, `page.link("/…")`).

use askama::Template;
use axum::{
    extract::{FromRequestParts, OriginalUri},
    http::{HeaderMap, header, request::Parts},
    response::{Html, IntoResponse, Response},
};

use super::site::Office;
use super::{AppError, CurrentUser, Role, Roles, consent::Consent, cookies::CookiePolicy, csrf};
use crate::{assets, i18n::Locale, state::AppState, time_zones};

pub struct Page {
    pub locale: Locale,
    /// The path after the language prefix, starting with `/`.
    pub path: String,
    /// The request's query string, without `?`; kept when the visitor is
    /// sent back to this page or switches language (it may carry a token).
    query: String,
    pub consent: Option<Consent>,
    pub csrf: String,
    /// When the page's forms were shown, signed (`web::human_check`).
    pub started: String,
    pub today: String,
    pub office: Office,
    /// The main menu's entries in the page's language.
    pub menu: Vec<super::site::MenuLink>,
    /// The signed-in person, if any.
    pub user: Option<CurrentUser>,
    /// On staff pages: how many items wait for staff.
    pub staff_inbox: Option<u64>,
    /// The page's English paths in each language (in the order of
    /// `Locale::ALL`) when they differ by more than their first part: an
    /// item with an address of its own in each language.
    alternate_paths: Option<[String; 3]>,
    base_url: String,
}

/// How many items wait for staff, put in staff pages' requests by the
/// feature that has them, for the workspace's navigation.
#[derive(Clone, Copy, Debug)]
pub struct StaffInbox(pub u64);

pub struct Alternate {
    pub locale: Locale,
    pub href: String,
    pub current: bool,
}

impl Page {
    pub fn t(&self, id: &str) -> String {
        self.locale.t(id)
    }

    /// The message `id` with one text argument `name`.
    pub fn t_with(&self, id: &str, name: &'static str, value: &str) -> String {
        self.locale.t_args(id, &[(name, value.to_string().into())])
    }

    /// The day of a moment, in the reader's time zone, as the page's
    /// language writes it: "27 November 2026".
    pub fn day_of(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.locale
            .long_date(at.with_timezone(&self.time_zone()).date_naive())
    }

    /// A link to `path` in the current language.
    pub fn link(&self, path: &str) -> String {
        localized_path(self.locale, path)
    }

    /// The message `id` with its `count` (plural rules apply).
    pub fn t_count(&self, id: &str, count: impl std::borrow::Borrow<u64>) -> String {
        self.locale
            .t_args(id, &[("count", (*count.borrow()).into())])
    }

    /// A link to `path` followed by `tail` (an id or reference).
    pub fn link_join(&self, path: &str, tail: impl std::fmt::Display) -> String {
        self.link(&format!("{path}{tail}"))
    }

    /// A moment as people write it in the page's language, in the
    /// reader's time zone, named: "Tuesday 24 November 2026, 15:05
    /// (Europe/Brussels)".
    pub fn long_date(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.locale.long_moment(*at, self.time_zone())
    }

    /// A day stored as `YYYY-MM-DD`, as the page's language writes it.
    pub fn long_day(&self, stored: &str) -> String {
        self.locale.long_stored_date(stored)
    }

    /// The reader's time zone: their account's, or UTC.
    pub fn time_zone(&self) -> time_zones::Tz {
        self.user
            .as_ref()
            .map_or(time_zones::DEFAULT, |user| user.time_zone)
    }

    /// Whether `path` is the page being shown, for `aria-current`.
    pub fn is_current(&self, path: &str) -> bool {
        self.path == path
    }

    pub fn asset(&self, name: &str) -> &'static str {
        assets::url(name)
    }

    /// This page in every language, for the switcher and `hreflang`.
    pub fn alternates(&self) -> Vec<Alternate> {
        Locale::ALL
            .into_iter()
            .enumerate()
            .map(|(index, locale)| {
                let path = self
                    .alternate_paths
                    .as_ref()
                    .map_or(&self.path, |paths| &paths[index]);
                Alternate {
                    locale,
                    href: self.with_query(localized_path(locale, path)),
                    current: locale == self.locale,
                }
            })
            .collect()
    }

    /// This page, whose address in each language is one of `paths`
    /// (English routes, in the order of `Locale::ALL`).
    pub fn with_alternate_paths(self, paths: [String; 3]) -> Page {
        Page {
            alternate_paths: Some(paths),
            ..self
        }
    }

    pub fn absolute(&self, href: &str) -> String {
        format!("{}{}", self.base_url, href)
    }

    /// Whether the signed-in person may use a part of the staff workspace,
    /// for showing its links (the server checks again on every staff
    /// route): "proposals" for evaluators and editors, or a role's key.
    pub fn can(&self, part: &str) -> bool {
        let Some(roles) = self.user.as_ref().map(|user| user.roles) else {
            return false;
        };
        match part {
            "proposals" => roles.works_on_proposals(),
            key => Role::from_key(key).is_some_and(|role| roles.has(role)),
        }
    }

    /// A set of roles in the page's words ("Evaluator, Editor"); no role
    /// at all reads "Member".
    pub fn roles_label(&self, roles: &Roles) -> String {
        if roles.is_empty() {
            return self.label("role", "member");
        }
        roles
            .iter()
            .map(|role| self.label("role", role.key()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first page of the staff workspace this person may open, if any.
    pub fn workspace_link(&self) -> Option<String> {
        let roles = self.user.as_ref()?.roles;
        if roles.works_on_proposals() {
            Some(self.link("/staff/proposals"))
        } else if roles.has(Role::Admin) {
            Some(self.link("/admin/users"))
        } else {
            None
        }
    }

    pub fn show_banner(&self) -> bool {
        self.consent.is_none() && self.path != "/cookie-settings"
    }

    /// A link to `path` in the current language, with this page's query
    /// string (an address that moved keeps what followed it).
    pub fn link_keeping_query(&self, path: &str) -> String {
        self.with_query(self.link(path))
    }

    /// The current location, for forms that bring the visitor back.
    pub fn here(&self) -> String {
        self.with_query(self.link(&self.path))
    }

    fn with_query(&self, href: String) -> String {
        if self.query.is_empty() {
            href
        } else {
            format!("{href}?{}", self.query)
        }
    }
}

impl FromRequestParts<AppState> for Page {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let (locale, path) = locate(parts, state);
        let (office, menu) = super::site::shown(state, locale).await?;
        Ok(Page {
            locale,
            path,
            query: parts.uri.query().unwrap_or_default().to_string(),
            consent: Consent::read(state, &parts.headers),
            csrf: csrf::token(state, parts),
            started: parts
                .extensions
                .get::<super::human_check::FormStarted>()
                .map_or_else(
                    || super::human_check::started_now(&state.settings.secret_key),
                    |started| started.0.clone(),
                ),
            today: locale.long_date(chrono::Local::now().date_naive()),
            office,
            menu,
            user: parts.extensions.get::<CurrentUser>().cloned(),
            staff_inbox: parts.extensions.get::<StaffInbox>().map(|inbox| inbox.0),
            alternate_paths: None,
            base_url: state
                .settings
                .base_url
                .as_str()
                .trim_end_matches('/')
                .to_string(),
        })
    }
}

/// Whether `target` is a page of this site's own language sections, so that
/// a form's "send me back to" value cannot send people elsewhere: a path
/// (not `//host`), of visible ASCII only (browsers drop tabs and newlines,
/// turning `/\t/evil` into `//evil`), starting with a language.
pub fn is_local_page(target: &str) -> bool {
    let path = target.split_once('?').map_or(target, |(path, _)| path);
    let mut segments = path.trim_start_matches('/').split('/');
    target.bytes().all(|b| b.is_ascii_graphic())
        && path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && segments.next().and_then(Locale::from_code).is_some()
}

/// Whether `path` is the English address of one of the site's pages
/// without its language (`/library`), as editors name a page to link to:
/// never another site.
pub fn is_site_address(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path.len() <= 200
        && is_local_page(&format!("/en{path}"))
}

/// `path` (an English route, starting with `/`) in the section of
/// `locale`, with the language's slug for its first segment. A section's
/// home is `/en`, without a trailing slash.
pub fn localized_path(locale: Locale, path: &str) -> String {
    let path = path.trim_start_matches('/');
    if path.is_empty() {
        return format!("/{}", locale.code());
    }
    let (first, rest) = path.split_at(path.find(['/', '?', '#']).unwrap_or(path.len()));
    format!(
        "/{}/{}{rest}",
        locale.code(),
        super::slugs::localize(locale, first)
    )
}

/// The page's language and the path within it, from the full request path
/// (inside a nested router `uri` has lost its prefix; `OriginalUri` has not).
/// Outside a language section (a 404 for `/de/…`, say) the visitor's
/// preferred language is used.
fn locate(parts: &Parts, state: &AppState) -> (Locale, String) {
    let full = parts
        .extensions
        .get::<OriginalUri>()
        .map_or_else(|| parts.uri.path(), |original| original.path());
    match split_section(full) {
        Some((locale, rest)) => (locale, format!("/{rest}")),
        None => (preferred_locale(parts, state), "/".to_string()),
    }
}

/// The language section a full request path is in, if any (`/fr/…` → fr).
pub fn section_of(path: &str) -> Option<Locale> {
    split_section(path).map(|(locale, _)| locale)
}

/// `/fr/reports/x` → (fr, `reports/x`).
fn split_section(path: &str) -> Option<(Locale, &str)> {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    Some((Locale::from_code(first)?, rest))
}

/// The remembered language (only set with consent), then the browser's
/// `Accept-Language`, then English.
pub fn preferred_locale(parts: &Parts, state: &AppState) -> Locale {
    locale_from_headers(&parts.headers, state.cookies)
}

fn locale_from_headers(headers: &HeaderMap, cookies: CookiePolicy) -> Locale {
    cookies
        .read(headers, super::consent::LANG_COOKIE)
        .and_then(|code| Locale::from_code(&code))
        .or_else(|| {
            let header = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            Locale::negotiate(header)
        })
        .unwrap_or(Locale::En)
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> Result<Response, AppError> {
    let html = template
        .render()
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(Html(html).into_response())
}

impl Page {
    /// A country's name in the page's language, from its ISO code.
    pub fn country(&self, code: &str) -> String {
        self.t(&format!("country-{code}"))
    }

    /// Every country as `<option>`s in the page's language, `selected`'s
    /// marked (write with `|safe`: already escaped).
    pub fn country_options(&self, selected: &str) -> super::options::Selecting<'static> {
        crate::geography::country_options(self.locale).selecting(selected)
    }

    /// Every time zone offered as `<option>`s, `selected`'s marked.
    pub fn time_zone_options(&self, selected: &str) -> super::options::Selecting<'static> {
        time_zones::rendered_options().selecting(selected)
    }

    /// The signed-in person's account, if any: who saved a change.
    pub fn user_id(&self) -> Option<i32> {
        self.user.as_ref().map(|user| user.id)
    }

    /// The name of option `key` of a choice `group` (e.g. a sector).
    pub fn label(&self, group: &str, key: impl std::fmt::Display) -> String {
        self.t(&format!("{group}-{key}"))
    }

    /// A region's name in the page's language.
    pub fn region(&self, key: &str) -> String {
        self.t(&format!("region-{key}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_the_site() {
        assert!(is_local_page("/fr/reports"));
        assert!(is_local_page("/es/"));
        assert!(is_local_page("/en?saved=true"));
        assert!(is_local_page("/en/password-reset/new?token=abc"));
        assert!(!is_local_page("/de?x=/en/"));
        assert!(!is_local_page("//evil.example/en/"));
        assert!(!is_local_page("https://evil.example/en/"));
        assert!(!is_local_page("/\\evil.example"));
        assert!(!is_local_page("/\t/evil.example"));
        assert!(!is_local_page("/%09/evil.example"));
        assert!(!is_local_page("/en/\n/evil"));
        assert!(!is_local_page("/de/"));
    }

    mod properties {
        use axum::http::HeaderValue;
        use proptest::prelude::*;

        use super::super::*;
        use crate::web::consent::LANG_COOKIE;

        /// The page a form was on; a browser resolves `next` against it.
        const CURRENT: &str = "https://observatory.example/en/account/password?x=1";

        /// Return targets built from the pieces that trick URL parsers.
        fn tricky_target() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "/",
                "//",
                "\\",
                "/\\",
                "en",
                "es",
                "fr",
                "de",
                "EN",
                ":",
                "http:",
                "https:",
                "javascript:",
                "?",
                "#",
                "@",
                ".",
                "..",
                "%2F",
                "%5C",
                "%2e",
                "%09",
                "\t",
                "\n",
                "\r",
                " ",
                "evil.example",
                "observatory.example",
                "user:pw@",
                ":8080",
                "\u{3002}",
                "\u{ff0f}",
            ])
            .prop_map(String::from);
            let any_piece = prop_oneof![8 => piece, 1 => any::<char>().prop_map(String::from)];
            prop_oneof![
                4 => prop::collection::vec(any_piece, 0..8).prop_map(|pieces| pieces.concat()),
                1 => any::<String>(),
            ]
        }

        fn header_bytes() -> impl Strategy<Value = HeaderValue> {
            let byte = prop_oneof![Just(b'\t'), 0x20u8..0x7f, 0x80u8..=0xff];
            prop::collection::vec(byte, 0..40)
                .prop_map(|bytes| HeaderValue::from_bytes(&bytes).expect("allowed bytes"))
        }

        fn accept_language() -> impl Strategy<Value = HeaderValue> {
            let entry = (
                prop::sample::select(vec!["en", "fr-CA", "es_419", "de", "*", "x", ""]),
                prop::sample::select(vec!["", ";q=0", ";q=0.5", ";q=1", ";q=oops"]),
            )
                .prop_map(|(tag, weight)| format!("{tag}{weight}"));
            let listed = prop::collection::vec(entry, 0..4)
                .prop_map(|entries| HeaderValue::from_str(&entries.join(",")).expect("ASCII"));
            prop_oneof![listed, header_bytes()]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            /// A target that passes is resolved by a browser (the WHATWG
            /// URL parser, as the `url` crate implements it) to this site.
            #[test]
            fn an_accepted_return_path_stays_on_the_site(target in tricky_target()) {
                if is_local_page(&target) {
                    let current = url::Url::parse(CURRENT).expect("valid URL");
                    let resolved = current.join(&target).expect("a local path resolves");
                    prop_assert_eq!(resolved.origin(), current.origin(), "{}", resolved);
                    prop_assert_eq!(resolved.username(), "");
                    prop_assert!(!target.starts_with("//") && !target.contains('\\'));
                }
            }

            /// A remembered language wins; otherwise any header gives one of
            /// the site's languages, without panic.
            #[test]
            fn the_preferred_language_is_always_a_site_language(
                https in any::<bool>(),
                language in accept_language(),
                cookie in prop_oneof![header_bytes(), Just(HeaderValue::from_static(""))],
                remembered in prop::option::of(prop::sample::select(Locale::ALL.to_vec())),
            ) {
                let cookies = CookiePolicy { https };
                let mut headers = HeaderMap::new();
                headers.insert(header::ACCEPT_LANGUAGE, language.clone());
                if let Some(locale) = remembered {
                    let pair = format!("{}={}", cookies.name(LANG_COOKIE), locale.code());
                    headers.append(header::COOKIE, HeaderValue::from_str(&pair).expect("ASCII"));
                }
                headers.append(header::COOKIE, cookie);
                let chosen = locale_from_headers(&headers, cookies);
                prop_assert!(Locale::ALL.contains(&chosen));
                if let Some(locale) = remembered {
                    prop_assert_eq!(chosen, locale);
                } else if language.to_str().is_err()
                    && cookies.read(&headers, LANG_COOKIE).and_then(|code| Locale::from_code(&code)).is_none()
                {
                    prop_assert_eq!(chosen, Locale::En);
                }
            }
        }
    }
}
