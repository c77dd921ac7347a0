//! Security headers on every response, errors and assets included, and
//! the caching policy of pages.

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use tower_http::set_header::SetResponseHeaderLayer;

use super::CurrentUser;

/// The site uses no scripts, no frames and no third-party resources; the
/// policy says exactly that. `connect-src 'self'` lets the browser's own
/// tools (Lighthouse, crawlers driven through it) read `/robots.txt` from a
/// page; with no scripts, nothing else connects.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// One layer per header, each replacing any value a handler set. HSTS only
/// over https: the other headers are the same everywhere.
///
/// There is no `Server` header to remove: hyper and axum send none (the
/// platform integration tests check that it stays so).
pub fn security_headers(https: bool) -> [SetResponseHeaderLayer<Option<HeaderValue>>; 7] {
    let fixed = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, Some(HeaderValue::from_static(value)))
    };
    [
        fixed(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        fixed(header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        fixed(header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        fixed(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        fixed(header::X_FRAME_OPTIONS, "DENY"),
        fixed(
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        // `None` leaves the header alone.
        SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            https.then(|| HeaderValue::from_static(HSTS)),
        ),
    ]
}

/// Pages with someone's own data (anything seen signed in, the staff and
/// account sections, private links with a token) are never stored by a
/// browser or a cache: `no-store`. Other pages carry a per-visitor form
/// token, so only the visitor's own browser may keep them, and asks again
/// before reuse. A handler's own `Cache-Control` wins.
pub async fn cache_policy(request: Request, next: Next) -> Response {
    let personal = request.extensions().get::<CurrentUser>().is_some()
        || request.uri().query().is_some_and(|query| {
            // `token=` and the bulletin's `t=` (confirm, unsubscribe).
            query
                .split('&')
                .any(|pair| pair.starts_with("token=") || pair.starts_with("t="))
        });
    let mut response = next.run(request).await;
    let policy = if personal {
        "no-store"
    } else {
        "private, no-cache"
    };
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(policy));
    response
}
