//! CSRF protection by signed double submit: the browser holds a random
//! `obs_csrf` cookie, and every form carries HMAC(secret, cookie). A forged
//! cross-site post cannot read the cookie, so it cannot produce the token.

use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Request, State},
    http::{HeaderMap, header},
    middleware::Next,
    response::Response,
};
use serde::{Deserialize, de::DeserializeOwned};

use super::{AppError, ClientIp, form_limit, text_input};
use crate::state::AppState;

pub const COOKIE: &str = "obs_csrf";
const COOKIE_DAYS: u32 = 30;

/// The cookie value minted for a request that arrived without one.
#[derive(Clone)]
struct FreshCookie(String);

/// Gives every visitor a CSRF cookie, so the first page they see can
/// already carry working forms.
pub async fn ensure_cookie(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if state.cookies.read(request.headers(), COOKIE).is_some() {
        return next.run(request).await;
    }
    let value = crate::config::random_hex(32);
    request.extensions_mut().insert(FreshCookie(value.clone()));
    let mut response = next.run(request).await;
    let cookie = state.cookies.set(COOKIE, &value, COOKIE_DAYS);
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

/// A `Set-Cookie` with a new CSRF cookie, given at sign-in so a token seen
/// before cannot be used by the signed-in session.
pub fn fresh_cookie(state: &AppState) -> axum::http::HeaderValue {
    state
        .cookies
        .set(COOKIE, &crate::config::random_hex(32), COOKIE_DAYS)
}

/// The token to put in this request's forms.
pub fn token(state: &AppState, parts: &axum::http::request::Parts) -> String {
    let cookie = parts
        .extensions
        .get::<FreshCookie>()
        .map(|fresh| fresh.0.clone())
        .or_else(|| state.cookies.read(&parts.headers, COOKIE))
        .unwrap_or_default();
    state.settings.secret_key.sign("csrf", &cookie)
}

fn is_valid(state: &AppState, headers: &HeaderMap, submitted: &str) -> bool {
    state
        .cookies
        .read(headers, COOKIE)
        .is_some_and(|cookie| state.settings.secret_key.verify("csrf", &cookie, submitted))
}

/// A second layer beside the token: a browser says where a form comes
/// from (`Sec-Fetch-Site`, or else `Origin`), and a form sent from another
/// site is refused even if it somehow carries a valid token. Requests
/// without either header (older browsers, scripts) rely on the token alone;
/// a header that is there but not readable text names no site of ours.
fn comes_from_this_site(site: &url::Origin, headers: &HeaderMap) -> bool {
    let header = |name| headers.get(name).map(|value| value.to_str().ok());
    if let Some(fetch_site) = header("sec-fetch-site") {
        // "none": typed or bookmarked by the person, not sent by a page.
        return matches!(fetch_site, Some("same-origin" | "none"));
    }
    match header(header::ORIGIN.as_str()) {
        Some(origin) => origin == Some(site.ascii_serialization().as_str()),
        None => true,
    }
}

/// Refuses a form that does not come from this site's own pages.
fn check_source(state: &AppState, headers: &HeaderMap) -> Result<(), AppError> {
    if comes_from_this_site(&state.settings.base_url.origin(), headers) {
        Ok(())
    } else {
        Err(AppError::CsrfRejected)
    }
}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// A url-encoded form body whose CSRF token has been checked. Handlers
/// parse it into one or more structs with `parse`.
pub struct CheckedForm(Bytes);

impl CheckedForm {
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        serde_html_form::from_bytes(&self.0).map_err(|_| AppError::BadRequest)
    }
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = AppError;

    /// Checks the token, then counts the form against its sender's address.
    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = request.into_parts();
        let ClientIp(client) = ClientIp::from_request_parts(&mut parts, state).await?;
        let body = checked_body(Request::from_parts(parts, body), state).await?;
        form_limit::count(state, client).await?;
        Ok(CheckedForm(body))
    }
}

/// The body of a url-encoded form whose CSRF token is right and whose
/// text is acceptable.
async fn checked_body(request: Request, state: &AppState) -> Result<Bytes, AppError> {
    {
        let headers = request.headers().clone();
        check_source(state, &headers)?;
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::TooLarge
                } else {
                    AppError::BadRequest
                }
            })?;
        let field: CsrfField =
            serde_html_form::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        if !is_valid(state, &headers, &field.csrf) {
            return Err(AppError::CsrfRejected);
        }
        text_input::check_urlencoded(&body)?;
        Ok(body)
    }
}

/// A checked form parsed into one struct, which need not mention the token.
/// Not counted against the sender's address: it is for the cookie choice,
/// which stores nothing on the server.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let body = checked_body(request, state).await?;
        let form = serde_html_form::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
        Ok(CsrfForm(form))
    }
}

/// A file sent with a multipart form.
pub struct UploadedFile {
    pub file_name: String,
    /// The file's bytes, or only its first `KEEP_AT_MOST` when larger.
    pub bytes: Vec<u8>,
    /// The size of the whole file as sent.
    pub size: usize,
}

/// The most of an uploaded file kept in memory: more than any feature
/// accepts, so an oversized file is still recognised (and refused with a
/// message next to its field) while the rest of the form is read.
pub const KEEP_AT_MOST: usize = 8 * 1024 * 1024;

/// A form that may carry files (`multipart/form-data`, or url-encoded when
/// it carries none) whose CSRF token has been checked. The text fields
/// parse like any other form.
pub struct CheckedMultipart {
    fields: Vec<(String, String)>,
    /// Every non-empty file sent, in the form's order.
    pub files: Vec<UploadedFile>,
}

impl CheckedMultipart {
    /// The first file sent, for forms that take one.
    pub fn file(&self) -> Option<&UploadedFile> {
        self.files.first()
    }

    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        let encoded = serde_html_form::to_string(&self.fields).map_err(|_| AppError::BadRequest)?;
        serde_html_form::from_str(&encoded).map_err(|_| AppError::BadRequest)
    }
}

impl FromRequest<AppState> for CheckedMultipart {
    type Rejection = AppError;

    /// Reads the form, checks the token, then counts the form against its
    /// sender's address. A form sent url-encoded (by a client that sends
    /// no file) reads the same, with no file.
    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let url_encoded = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
        if url_encoded {
            let CheckedForm(body) = CheckedForm::from_request(request, state).await?;
            let fields = serde_html_form::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
            return Ok(CheckedMultipart {
                fields,
                files: Vec::new(),
            });
        }
        let (mut parts, body) = request.into_parts();
        let ClientIp(client) = ClientIp::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let headers = request.headers().clone();
        check_source(state, &headers)?;
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let mut fields = Vec::new();
        let mut files = Vec::new();
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(AppError::TooLarge);
                }
                Err(_) => return Err(AppError::BadRequest),
            };
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) => {
                    let (bytes, size) = read_file(field).await?;
                    if size > 0 {
                        files.push(UploadedFile {
                            file_name,
                            bytes,
                            size,
                        });
                    }
                }
                None => {
                    // Read as bytes: `text()` would replace invalid UTF-8
                    // instead of letting it be refused.
                    let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
                    fields.push((name, bytes));
                }
            }
        }
        let token = fields
            .iter()
            .find(|(name, _)| name == "csrf")
            .and_then(|(_, value)| std::str::from_utf8(value).ok())
            .unwrap_or("");
        if !is_valid(state, &headers, token) {
            return Err(AppError::CsrfRejected);
        }
        let fields = fields
            .into_iter()
            .map(|(name, value)| Ok((name, text_input::check_bytes(&value)?)))
            .collect::<Result<Vec<_>, AppError>>()?;
        form_limit::count(state, client).await?;
        Ok(CheckedMultipart { fields, files })
    }
}

/// Reads a file field, keeping at most `KEEP_AT_MOST` bytes; returns them
/// and the whole size.
async fn read_file(
    mut field: axum::extract::multipart::Field<'_>,
) -> Result<(Vec<u8>, usize), AppError> {
    let mut kept = Vec::new();
    let mut size = 0;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                size += chunk.len();
                let room = KEEP_AT_MOST.saturating_sub(kept.len());
                kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) => return Ok((kept, size)),
            Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(AppError::TooLarge);
            }
            Err(_) => return Err(AppError::BadRequest),
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;
    use proptest::prelude::*;

    use super::*;

    const SITE: &str = "https://observatory.example";

    fn site() -> url::Origin {
        url::Url::parse(SITE).expect("valid URL").origin()
    }

    fn headers(pairs: &[(&'static str, HeaderValue)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, value.clone());
        }
        headers
    }

    /// What a header may hold: visible ASCII, tabs and bytes above 0x7F,
    /// with this site's own values drawn often.
    fn header_value() -> impl Strategy<Value = HeaderValue> {
        let byte = prop_oneof![Just(b'\t'), 0x20u8..0x7f, 0x80u8..=0xff];
        let arbitrary = prop::collection::vec(byte, 0..40)
            .prop_map(|bytes| HeaderValue::from_bytes(&bytes).expect("allowed bytes"));
        let known = prop::sample::select(vec![
            SITE,
            "https://observatory.example:443",
            "https://observatory.example.evil.example",
            "http://observatory.example",
            "null",
            "same-origin",
            "same-site",
            "cross-site",
            "none",
            "",
        ])
        .prop_map(HeaderValue::from_static);
        prop_oneof![arbitrary, known]
    }

    #[test]
    fn forms_from_this_site_or_without_a_source_are_allowed() {
        let site = site();
        let from = |name, value| headers(&[(name, HeaderValue::from_static(value))]);
        assert!(comes_from_this_site(&site, &HeaderMap::new()));
        assert!(comes_from_this_site(&site, &from("origin", SITE)));
        assert!(comes_from_this_site(
            &site,
            &from("sec-fetch-site", "same-origin")
        ));
        assert!(!comes_from_this_site(
            &site,
            &from("sec-fetch-site", "same-site")
        ));
        assert!(!comes_from_this_site(
            &site,
            &from("origin", "https://evil.example")
        ));
    }

    #[test]
    fn unreadable_source_headers_are_refused() {
        let site = site();
        let unreadable = HeaderValue::from_bytes(b"same-origin\x80").expect("allowed bytes");
        assert!(!comes_from_this_site(
            &site,
            &headers(&[("sec-fetch-site", unreadable.clone())])
        ));
        assert!(!comes_from_this_site(
            &site,
            &headers(&[("origin", unreadable)])
        ));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever `Sec-Fetch-Site` says beside "same-origin" and "none"
        /// is refused, whatever the `Origin`.
        #[test]
        fn a_fetch_site_other_than_this_one_is_refused(
            fetch_site in header_value(),
            origin in proptest::option::of(header_value()),
        ) {
            let mut pairs = vec![("sec-fetch-site", fetch_site.clone())];
            pairs.extend(origin.map(|origin| ("origin", origin)));
            let allowed = comes_from_this_site(&site(), &headers(&pairs));
            let own = matches!(fetch_site.as_bytes(), b"same-origin" | b"none");
            prop_assert_eq!(allowed, own);
        }

        /// Without `Sec-Fetch-Site`, only this site's exact origin passes.
        #[test]
        fn an_origin_other_than_this_site_is_refused(origin in header_value()) {
            let allowed = comes_from_this_site(&site(), &headers(&[("origin", origin.clone())]));
            prop_assert_eq!(allowed, origin.as_bytes() == SITE.as_bytes());
        }
    }
}
