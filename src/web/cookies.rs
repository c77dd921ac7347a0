//! Reading the `Cookie` header and writing `Set-Cookie` values with the
//! attributes the design requires: HttpOnly, SameSite=Lax, Path=/, and over
//! https `Secure` plus the `__Host-` name prefix.

use axum::http::{HeaderMap, HeaderValue, header};
use cookie::{Cookie, SameSite, time::Duration};

/// The session cookie's name. The accounts feature starts and ends
/// sessions; the page cache only needs to know whether a request has one.
pub const SESSION: &str = "obs_session";

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

    /// The value of cookie `base` sent with the request, if any. Pairs the
    /// `cookie` crate cannot parse (no `=`, empty name) are skipped.
    pub fn read(self, headers: &HeaderMap, base: &str) -> Option<String> {
        let wanted = self.name(base);
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(Cookie::split_parse)
            .filter_map(Result::ok)
            .find(|cookie| cookie.name() == wanted)
            .map(|cookie| cookie.value().to_string())
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
        let mut cookie = Cookie::build((self.name(base), value))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(self.https);
        if let Some(seconds) = max_age {
            // At most u32::MAX days in seconds: far inside i64.
            let seconds = i64::try_from(seconds).unwrap_or(i64::MAX);
            cookie = cookie.max_age(Duration::seconds(seconds));
        }
        // Names and values are our own ASCII tokens.
        HeaderValue::from_str(&cookie.build().to_string()).expect("cookie header is ASCII")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(value: &HeaderValue) -> Vec<String> {
        let mut parts: Vec<String> = value
            .to_str()
            .unwrap()
            .split(';')
            .map(|part| part.trim().to_string())
            .collect();
        parts.sort();
        parts
    }

    #[test]
    fn https_cookies_are_host_bound_and_secure() {
        let policy = CookiePolicy { https: true };
        let value = policy.set("obs_consent", "v1", 1);
        let text = value.to_str().unwrap();
        assert!(text.starts_with("__Host-obs_consent=v1;"), "{text}");
        assert!(text.contains("; Secure") && text.contains("HttpOnly"));
        assert!(text.contains("SameSite=Lax") && text.contains("Path=/"));
        assert_eq!(
            attributes(&value),
            [
                "HttpOnly",
                "Max-Age=86400",
                "Path=/",
                "SameSite=Lax",
                "Secure",
                "__Host-obs_consent=v1"
            ]
        );
    }

    #[test]
    fn plain_http_cookies_have_no_prefix_and_no_secure_flag() {
        let policy = CookiePolicy { https: false };
        assert_eq!(
            attributes(&policy.set_for_session("obs_session", "abc")),
            ["HttpOnly", "Path=/", "SameSite=Lax", "obs_session=abc"],
            "a session cookie has no Max-Age"
        );
        assert_eq!(
            attributes(&policy.remove("obs_lang")),
            [
                "HttpOnly",
                "Max-Age=0",
                "Path=/",
                "SameSite=Lax",
                "obs_lang="
            ]
        );
        assert_eq!(
            attributes(&CookiePolicy { https: true }.remove("obs_lang")),
            [
                "HttpOnly",
                "Max-Age=0",
                "Path=/",
                "SameSite=Lax",
                "Secure",
                "__Host-obs_lang="
            ]
        );
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

    #[test]
    fn reads_past_malformed_pairs_and_across_headers() {
        let policy = CookiePolicy { https: true };
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, "junk; =x;;obs_lang=es".parse().unwrap());
        headers.append(header::COOKIE, "__Host-obs_csrf=t0k".parse().unwrap());
        assert_eq!(policy.read(&headers, "obs_csrf").as_deref(), Some("t0k"));
        assert_eq!(
            policy.read(&headers, "obs_lang"),
            None,
            "over https only the __Host- name counts"
        );
        let plain = CookiePolicy { https: false };
        assert_eq!(plain.read(&headers, "obs_lang").as_deref(), Some("es"));
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        /// RFC 6265's cookie-octet: visible ASCII but `"`, `,`, `;` and `\`.
        const VALUE: &str = "[!#-+\\--:<-\\[\\]-~]{0,20}";

        fn name() -> impl Strategy<Value = String> {
            prop_oneof![
                prop::sample::select(vec!["obs_lang", "__Host-obs_lang", "obs_langx", "lang"])
                    .prop_map(String::from),
                "[A-Za-z0-9_-]{1,10}",
            ]
        }

        fn header_bytes() -> impl Strategy<Value = HeaderValue> {
            let byte = prop_oneof![Just(b'\t'), 0x20u8..0x7f, 0x80u8..=0xff];
            prop::collection::vec(byte, 0..60)
                .prop_map(|bytes| HeaderValue::from_bytes(&bytes).expect("allowed bytes"))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            /// Among well-formed pairs spread over one or more headers, the
            /// first one with the cookie's name (prefixed over https) is read.
            #[test]
            fn the_first_pair_with_the_name_is_read(
                https in any::<bool>(),
                pairs in prop::collection::vec((name(), VALUE), 0..8),
                per_header in 1usize..4,
            ) {
                let policy = CookiePolicy { https };
                let mut headers = HeaderMap::new();
                for chunk in pairs.chunks(per_header) {
                    let line = chunk
                        .iter()
                        .map(|(name, value)| format!("{name}={value}"))
                        .collect::<Vec<_>>()
                        .join("; ");
                    headers.append(header::COOKIE, HeaderValue::from_str(&line).expect("ASCII"));
                }
                let wanted = policy.name("obs_lang");
                let expected = pairs.iter().find(|(name, _)| *name == wanted).map(|(_, v)| v.clone());
                prop_assert_eq!(policy.read(&headers, "obs_lang"), expected);
            }

            #[test]
            fn any_cookie_header_is_read_without_panic(
                https in any::<bool>(),
                values in prop::collection::vec(header_bytes(), 0..3),
            ) {
                let mut headers = HeaderMap::new();
                for value in values {
                    headers.append(header::COOKIE, value);
                }
                let _ = CookiePolicy { https }.read(&headers, "obs_csrf");
            }

            /// What we set is what the browser sends back and we read.
            #[test]
            fn a_set_cookie_reads_back(https in any::<bool>(), value in VALUE, days in any::<u32>()) {
                let policy = CookiePolicy { https };
                let set = policy.set("obs_consent", &value, days);
                let sent_back = set.to_str().expect("ASCII").split(';').next().expect("the pair");
                let mut headers = HeaderMap::new();
                headers.insert(header::COOKIE, HeaderValue::from_str(sent_back).expect("ASCII"));
                prop_assert_eq!(policy.read(&headers, "obs_consent"), Some(value));
            }
        }
    }
}
