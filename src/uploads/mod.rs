//! Documents people upload (a proposal's attachment, a group's documents):
//! their type is read from their structure (not their name, nor only their
//! first bytes), their size is limited, and they are stored under a random
//! name in the site's file storage (the data directory or an object store),
//! outside any public path.
//!
//! A document is accepted when it is what it claims to be, read the way its
//! format is built (pdf.rs, package.rs, ole.rs), and carries nothing that
//! runs: nobody needs to run code to read a document.

mod ole;
mod package;
mod pdf;

use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use tokio::sync::Semaphore;

use crate::{
    config::SecretKey,
    state::AppState,
    storage::{Key, Storage, StorageError},
    throttle::{self, Limit},
    web::{AppError, csrf::UploadedFile as Upload},
};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge,
    Empty,
    /// Not one of the accepted formats.
    NotADocument,
    /// Starts as one of them, but its structure does not read.
    Damaged,
    /// Scripts, macros, programs, attached files or a web page inside.
    ActiveContent,
    /// Encrypted, or protected by a password: it cannot be inspected.
    Protected,
    /// Would take far more to open than its size: a compression bomb,
    /// packages nested too deep, too many revisions.
    Overpacked,
}

impl Problem {
    pub fn message_key(&self) -> &'static str {
        match self {
            Problem::TooLarge => "upload-too-large",
            Problem::Empty => "upload-empty",
            Problem::NotADocument => "upload-type",
            Problem::Damaged => "upload-damaged",
            Problem::ActiveContent => "upload-active",
            Problem::Protected => "upload-protected",
            Problem::Overpacked => "upload-overpacked",
        }
    }
}

/// The document's MIME type, once its structure passed.
fn inspect(bytes: &[u8]) -> Result<&'static str, Problem> {
    if bytes.starts_with(b"%PDF-") {
        return pdf::inspect(bytes).map(|()| "application/pdf");
    }
    if bytes.starts_with(ole::SIGNATURE) {
        return ole::inspect_word(bytes);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return package::inspect(bytes);
    }
    Err(Problem::NotADocument)
}

/// Inspections run one at a time. A hostile file may make one take a few
/// hundred MB and a few seconds (bounded: see pdf.rs and package.rs); one
/// at a time, they do not add up.
static INSPECTIONS: Semaphore = Semaphore::const_new(1);

/// The upload's MIME type, or why it is refused. Reading its structure
/// takes CPU, so it runs off the async threads.
pub async fn check(upload: &Upload) -> Result<&'static str, Problem> {
    if upload.size == 0 {
        return Err(Problem::Empty);
    }
    if upload.size > MAX_BYTES {
        return Err(Problem::TooLarge);
    }
    let bytes = upload.bytes.clone();
    // Never closed, so always a permit; moved into the task, it is held
    // until the inspection ends, even if the request is dropped before.
    let turn = INSPECTIONS.acquire().await;
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        inspect(&bytes)
    })
    .await
    .unwrap_or_else(|error| {
        // A parser that panics on a hostile file refuses it.
        tracing::warn!(%error, "an upload's inspection failed");
        Err(Problem::Damaged)
    })
}

/// A document's format as readers know it (its usual extension), from the
/// MIME type its inspection gave.
pub fn format_name(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        "application/msword" => "DOC",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "XLSX",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "PPTX",
        "application/vnd.oasis.opendocument.text" => "ODT",
        "application/vnd.oasis.opendocument.spreadsheet" => "ODS",
        "application/vnd.oasis.opendocument.presentation" => "ODP",
        _ => "",
    }
}

/// A size in KiB as pages show it, rounded up: a small file is 1 KiB, not 0.
pub fn size_in_kib(bytes: i64) -> i64 {
    (bytes + 1023) / 1024
}

/// Whether `client` may send one more file this hour, counted now: reading
/// a file's structure takes the server's time, whether it is accepted or
/// not, so every file sent counts, on every instance.
pub async fn may_send_another(
    state: &AppState,
    client: std::net::IpAddr,
) -> Result<bool, AppError> {
    let limit = Limit {
        max: state.settings.uploads_per_hour,
        window_minutes: 60,
        lock_minutes: 60,
    };
    let key = format!("upload-address:{client}");
    Ok(throttle::take(&state.bookkeeping(), &key, limit)
        .await?
        .is_none())
}

/// A signed reference to a stored upload not yet given to what its form
/// creates, so a corrected form keeps it without anyone claiming other
/// people's files. `purpose` names the kind of upload (its table).
pub fn kept_token(key: &SecretKey, purpose: &str, id: i32) -> String {
    let id = id.to_string();
    format!("{id}.{}", key.sign(purpose, &id))
}

/// The upload a token of `kept_token` names, if the token is genuine.
pub fn kept_id(key: &SecretKey, purpose: &str, token: &str) -> Option<i32> {
    let (id, signature) = token.split_once('.')?;
    key.verify(purpose, id, signature)
        .then(|| id.parse().ok())
        .flatten()
}

/// A stored file as a download, never shown in the browser;
/// `cache_control` says who may keep it.
pub async fn send(
    storage: &Storage,
    (stored_name, content_type, original_name): (&str, &str, &str),
    cache_control: &'static str,
) -> Result<Response, AppError> {
    let bytes = read(storage, stored_name).await?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                content_disposition(original_name),
            ),
            (header::CACHE_CONTROL, cache_control.to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// Whether `needle` (in ASCII, any case) occurs in `haystack`.
fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

fn file_key(stored_name: &str) -> Result<Key, StorageError> {
    Key::new(crate::storage::UPLOADS, stored_name)
}

/// Keeps only a safe display name: no path, no control characters.
pub fn display_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if cleaned.trim().is_empty() {
        "document".into()
    } else {
        cleaned
    }
}

/// Writes the checked upload under a new random name; returns the name.
pub async fn save(storage: &Storage, upload: &Upload) -> Result<String, StorageError> {
    let stored_name = crate::config::random_hex(24);
    storage
        .put(&file_key(&stored_name)?, upload.bytes.clone())
        .await?;
    Ok(stored_name)
}

/// The stored file's bytes; `StorageError::Missing` when the storage has
/// lost it.
pub async fn read(storage: &Storage, stored_name: &str) -> Result<Vec<u8>, StorageError> {
    storage.get(&file_key(stored_name)?).await
}

/// Deletes the stored file; a failure is logged (the file is left over,
/// its row is already gone).
pub async fn remove(storage: &Storage, stored_name: &str) {
    let removed = match file_key(stored_name) {
        Ok(key) => storage.delete(&key).await,
        Err(error) => Err(error),
    };
    if let Err(error) = removed {
        tracing::warn!(%error, "could not remove an uploaded file");
    }
}

/// The `Content-Disposition` of a download (RFC 6266): the name in UTF-8 as
/// `filename*` (RFC 8187), so "Plan d'action – été.pdf" keeps its letters,
/// and an ASCII-only `filename` for the few clients that ignore it.
pub fn content_disposition(name: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    // RFC 8187's attr-char: letters, digits and !#$&+-.^_`|~ stay as they are.
    const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'!')
        .remove(b'#')
        .remove(b'$')
        .remove(b'&')
        .remove(b'+')
        .remove(b'-')
        .remove(b'.')
        .remove(b'^')
        .remove(b'_')
        .remove(b'`')
        .remove(b'|')
        .remove(b'~');
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{fallback}\"; filename*=UTF-8''{}",
        utf8_percent_encode(name, ATTR_CHAR)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_their_path() {
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("C:\\Users\\ana\\informe.pdf"), "informe.pdf");
        assert_eq!(display_name("\u{0}\n"), "document");
    }

    #[test]
    fn download_names_keep_their_letters() {
        assert_eq!(
            content_disposition("Plan d'action – été.pdf"),
            "attachment; filename=\"Plan d_action _ _t_.pdf\"; \
             filename*=UTF-8''Plan%20d%27action%20%E2%80%93%20%C3%A9t%C3%A9.pdf"
        );
        assert_eq!(
            content_disposition("a\"b\\c.pdf"),
            "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf"
        );
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    const MINIMAL_PDF: &[u8] = include_bytes!("../../tests/fixtures/minimal.pdf");

    /// Bytes that start like a document: a real PDF with bytes changed or
    /// cut, or a signature followed by anything.
    fn document_like() -> impl Strategy<Value = Vec<u8>> {
        let changed_pdf = (
            prop::collection::vec((0..MINIMAL_PDF.len(), any::<u8>()), 0..8),
            0..=MINIMAL_PDF.len(),
        )
            .prop_map(|(changes, kept)| {
                let mut bytes = MINIMAL_PDF.to_vec();
                for (at, byte) in changes {
                    bytes[at] = byte;
                }
                bytes.truncate(kept);
                bytes
            });
        let signed = (
            prop::sample::select(vec![&b"%PDF-1.7\n"[..], b"PK\x03\x04", ole::SIGNATURE, b""]),
            prop::collection::vec(any::<u8>(), 0..300),
        )
            .prop_map(|(start, rest)| [start, &rest[..]].concat());
        prop_oneof![changed_pdf, signed]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// A kept file's token names that file, for that purpose, only.
        #[test]
        fn a_kept_file_token_names_its_file_only(
            id in any::<i32>(),
            at in any::<usize>(),
            pick in any::<usize>(),
            typed in "[0-9a-f.-]{0,80}|\\PC{0,80}",
        ) {
            use crate::config::{SecretKey, changed_at};
            let key = SecretKey::from_text("a key of at least thirty-two characters");
            let token = kept_token(&key, "kept-attachment", id);
            prop_assert_eq!(kept_id(&key, "kept-attachment", &token), Some(id));
            prop_assert_eq!(kept_id(&key, "kept-attachment", &changed_at(&token, at, pick)), None);
            prop_assert_eq!(kept_id(&key, "kept-attachment", &typed), None);
            prop_assert_eq!(kept_id(&key, "kept-library-file", &token), None);
        }

        /// A hostile file is refused, never a panic (which `check` would
        /// turn into a refusal, but only after losing the reason).
        #[test]
        fn any_file_is_inspected_without_panic(bytes in document_like()) {
            let _ = inspect(&bytes);
        }
    }
}
