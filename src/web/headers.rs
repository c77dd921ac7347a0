//! Security headers on every response, errors and assets included.

use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// The site uses no scripts, no frames and no third-party resources; the
/// policy says exactly that.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
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
