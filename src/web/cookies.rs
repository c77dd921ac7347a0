//! Reading the `Cookie` header and writing `Set-Cookie` values with the
//! attributes the design requires: HttpOnly, SameSite=Lax, Path=/, and over
//! https `Secure` plus the `__Host-` name prefix.

use axum::http::{HeaderMap, HeaderValue, header};

/// How cookies are named and flagged on this deployment.
#[derive(Clone, Copy, Debug)]
pub struct CookiePolicy {
    pub https: bool,
}

impl CookiePolicy {
    /// The name as sent to browsers: `__Host-` binds a cookie to this exact
    /// host and to https, which browsers only accept over TLS.
    pub fn name(self, base: &str) -> String {
        if self.https {
            format!("__Host-{base}")
        } else {
            base.to_string()
        }
    }

    /// The value of cookie `base` sent with the request, if any.
    pub fn read(self, headers: &HeaderMap, base: &str) -> Option<String> {
        let wanted = self.name(base);
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == wanted)
            .map(|(_, value)| value.to_string())
    }

    /// A `Set-Cookie` value that keeps the cookie for `max_age_days`.
    pub fn set(self, base: &str, value: &str, max_age_days: u32) -> HeaderValue {
        let max_age = u64::from(max_age_days) * 24 * 3600;
        self.header(base, value, Some(max_age))
    }

    /// A `Set-Cookie` value for a cookie that ends with the browser session.
    pub fn set_for_session(self, base: &str, value: &str) -> HeaderValue {
        self.header(base, value, None)
    }

    /// A `Set-Cookie` value that removes the cookie from the browser.
    pub fn remove(self, base: &str) -> HeaderValue {
        self.header(base, "", Some(0))
    }

    fn header(self, base: &str, value: &str, max_age: Option<u64>) -> HeaderValue {
        let secure = if self.https { "; Secure" } else { "" };
        let max_age = max_age
            .map(|seconds| format!("; Max-Age={seconds}"))
            .unwrap_or_default();
        let text = format!(
            "{}={value}{max_age}; Path=/; HttpOnly; SameSite=Lax{secure}",
            self.name(base)
        );
        // Names and values are our own ASCII tokens.
        HeaderValue::from_str(&text).expect("cookie header is ASCII")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_cookies_are_host_bound_and_secure() {
        let policy = CookiePolicy { https: true };
        let value = policy.set("obs_consent", "v1", 1);
        let text = value.to_str().unwrap();
        assert!(text.starts_with("__Host-obs_consent=v1;"), "{text}");
        assert!(text.contains("; Secure") && text.contains("HttpOnly"));
        assert!(text.contains("SameSite=Lax") && text.contains("Path=/"));
    }

    #[test]
    fn reads_the_named_cookie_only() {
        let policy = CookiePolicy { https: false };
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "a=1; obs_lang=fr; obs_langx=es".parse().unwrap(),
        );
        assert_eq!(policy.read(&headers, "obs_lang").as_deref(), Some("fr"));
        assert_eq!(policy.read(&headers, "missing"), None);
    }
}
