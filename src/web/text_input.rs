//! Text that comes from outside (form fields, query strings, paths) must be
//! valid UTF-8 without control characters other than tab and line breaks.
//! Anything else is refused with one clear page, the same on both databases:
//! PostgreSQL cannot store a NUL byte, and a lossy decoding would silently
//! store U+FFFD in place of what was sent.

use axum::{extract::Request, middleware::Next, response::Response};
use percent_encoding::percent_decode;

use super::AppError;

/// Whether `text` may be kept as it is. Single-line fields are also checked
/// by their forms; line breaks are allowed here for the multi-line ones.
pub fn is_acceptable(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Decodes one `application/x-www-form-urlencoded` name or value strictly:
/// `None` when its bytes are not UTF-8.
fn decode_strictly(encoded: &[u8]) -> Option<String> {
    let spaced: Vec<u8> = encoded
        .iter()
        .map(|&byte| if byte == b'+' { b' ' } else { byte })
        .collect();
    let bytes: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(bytes).ok()
}

/// Checks every name and value of a url-encoded form or query string.
pub fn check_urlencoded(encoded: &[u8]) -> Result<(), AppError> {
    let all_acceptable = encoded
        .split(|&byte| byte == b'&')
        .flat_map(|pair| pair.splitn(2, |&byte| byte == b'='))
        .all(|part| decode_strictly(part).is_some_and(|text| is_acceptable(&text)));
    if all_acceptable {
        Ok(())
    } else {
        Err(AppError::UnacceptableText)
    }
}

/// Checks a text field of a multipart form, given as sent.
pub fn check_bytes(bytes: &[u8]) -> Result<String, AppError> {
    std::str::from_utf8(bytes)
        .ok()
        .filter(|text| is_acceptable(text))
        .map(str::to_string)
        .ok_or(AppError::UnacceptableText)
}

/// Refuses a request whose path or query string holds unacceptable text,
/// before any handler or database sees it.
pub async fn refuse_unacceptable_uri(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let path_ok = decode_path(uri.path()).is_some_and(|path| is_acceptable(&path));
    let query_ok = check_urlencoded(uri.query().unwrap_or("").as_bytes()).is_ok();
    if path_ok && query_ok {
        next.run(request).await
    } else {
        axum::response::IntoResponse::into_response(AppError::UnacceptableText)
    }
}

/// A path's segments decoded as the router will see them.
fn decode_path(path: &str) -> Option<String> {
    percent_decode(path.as_bytes())
        .decode_utf8()
        .ok()
        .map(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_with_line_breaks_and_tabs_is_accepted() {
        assert!(check_urlencoded(b"title=Justicia+juvenil&text=l%C3%ADnea%0D%0Auna%09dos").is_ok());
        assert!(check_urlencoded(b"").is_ok());
        assert!(check_urlencoded(b"flag&empty=").is_ok());
    }

    #[test]
    fn nul_control_characters_and_invalid_utf8_are_refused() {
        for bad in [
            &b"email=a%00b"[..],
            b"q=%1B%5B31m",
            b"name=Ana%7F",
            b"name=%C2%85",
            b"name=%FF%FE",
            b"na%00me=x",
            b"name=\xff",
        ] {
            assert!(
                check_urlencoded(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        assert!(check_bytes(b"a\0b").is_err());
        assert!(check_bytes(b"\xc3\x28").is_err());
        assert_eq!(
            check_bytes("línea\n".as_bytes()).ok().as_deref(),
            Some("línea\n")
        );
    }

    #[test]
    fn paths_are_decoded_before_the_check() {
        assert!(decode_path("/en/proposals/P-1%00").is_some_and(|p| !is_acceptable(&p)));
        assert!(decode_path("/es/cooperaci%C3%B3n").is_some_and(|p| is_acceptable(&p)));
        assert!(decode_path("/x%FF").is_none());
    }

    mod properties {
        use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
        use proptest::prelude::*;

        use super::super::*;

        /// Any character but the control ones, with tabs and line breaks
        /// (which are allowed) drawn often.
        fn acceptable_char() -> impl Strategy<Value = char> {
            prop_oneof![
                8 => any::<char>().prop_filter("not a control character", |c| !c.is_control()),
                1 => prop::sample::select(vec!['\t', '\n', '\r']),
            ]
        }

        fn acceptable_text() -> impl Strategy<Value = String> {
            prop::collection::vec(acceptable_char(), 0..40).prop_map(String::from_iter)
        }

        /// The control characters that are refused: all but tab, LF and CR.
        fn refused_char() -> impl Strategy<Value = char> {
            prop::char::ranges(
                vec![
                    '\0'..='\u{8}',
                    '\u{b}'..='\u{c}',
                    '\u{e}'..='\u{1f}',
                    '\u{7f}'..='\u{9f}',
                ]
                .into(),
            )
        }

        /// Bytes as a url-encoded body might hold them, with the
        /// separators and escapes drawn often.
        fn urlencoded_bytes() -> impl Strategy<Value = Vec<u8>> {
            let piece = prop_oneof![
                4 => any::<u8>(),
                1 => prop::sample::select(b"%&=+".to_vec()),
                1 => prop::sample::select(b"0123456789abcdefABCDEF".to_vec()),
            ];
            prop::collection::vec(piece, 0..60)
        }

        fn encoded(pairs: &[(String, String)]) -> Vec<u8> {
            serde_html_form::to_string(pairs)
                .expect("pairs of strings encode")
                .into_bytes()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn text_without_control_characters_is_accepted(
                pairs in prop::collection::vec((acceptable_text(), acceptable_text()), 0..4),
            ) {
                prop_assert!(check_urlencoded(&encoded(&pairs)).is_ok());
                for (name, value) in &pairs {
                    prop_assert_eq!(check_bytes(value.as_bytes()).ok(), Some(value.clone()));
                    let path = format!("/{}", utf8_percent_encode(name, NON_ALPHANUMERIC));
                    prop_assert!(decode_path(&path).is_some_and(|p| is_acceptable(&p)));
                }
            }

            #[test]
            fn text_with_a_control_character_is_refused(
                before in acceptable_text(),
                control in refused_char(),
                after in acceptable_text(),
                other in acceptable_text(),
            ) {
                let bad = format!("{before}{control}{after}");
                prop_assert!(!is_acceptable(&bad));
                let as_value = [(other.clone(), bad.clone())];
                let as_name = [(bad.clone(), other)];
                prop_assert!(check_urlencoded(&encoded(&as_value)).is_err());
                prop_assert!(check_urlencoded(&encoded(&as_name)).is_err());
                prop_assert!(check_bytes(bad.as_bytes()).is_err());
                let path = format!("/en/{}", utf8_percent_encode(&bad, NON_ALPHANUMERIC));
                prop_assert!(decode_path(&path).is_some_and(|p| !is_acceptable(&p)));
            }

            /// Whatever is sent, a form that passes the check gives its
            /// handler only acceptable text: the check splits and decodes
            /// as the form parser does.
            #[test]
            fn a_form_that_passes_holds_only_acceptable_text(bytes in urlencoded_bytes()) {
                if check_urlencoded(&bytes).is_ok() {
                    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(&bytes)
                        .expect("a checked form parses");
                    for (name, value) in pairs {
                        prop_assert!(is_acceptable(&name) && is_acceptable(&value));
                    }
                }
                if let Ok(text) = check_bytes(&bytes) {
                    prop_assert_eq!(text.as_bytes(), &bytes[..]);
                    prop_assert!(is_acceptable(&text));
                }
            }

            #[test]
            fn any_path_is_decoded_without_panic(path in "/[ -~]{0,40}") {
                let _ = decode_path(&path);
            }
        }
    }
}
