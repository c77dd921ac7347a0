//! The optional document sent with a proposal: its type is read from its
//! content (not its name), its size is limited, and it is stored under a
//! random name in the data directory, outside any public path.

use std::path::{Path, PathBuf};

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::entities::attachment;
use crate::web::csrf::UploadedFile as Upload;

pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge,
    Empty,
    NotADocument,
}

impl Problem {
    pub fn message_key(&self) -> &'static str {
        match self {
            Problem::TooLarge => "proposal-attachment-too-large",
            Problem::Empty => "proposal-attachment-empty",
            Problem::NotADocument => "proposal-attachment-type",
        }
    }
}

/// The document's MIME type, recognised from its first bytes and, for the
/// zip-based formats, from the names inside.
///
/// Hand-written on purpose, not the `infer` crate: checked against infer
/// 0.19, it needs whole, well-formed files (zip local headers at fixed
/// offsets for OOXML and ODF; the OLE compound file parsed, with a `cfb`
/// dependency, for `.doc`), while this check reads only what it needs: the
/// signature, the names inside, a Word stream, and any macros.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if bytes.starts_with(OLE) {
        // Any OLE container (a spreadsheet, an installer) starts so; a Word
        // document has a "WordDocument" stream, named in UTF-16.
        let word_stream: Vec<u8> = "WordDocument"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        return contains(&word_stream).then_some("application/msword");
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    // Documents with macros (.docm and the like, or ODF with Basic) are
    // refused: nobody needs to run code to read a proposal.
    if contains(b"vbaProject.bin") || contains(b"Basic/script-lc.xml") {
        return None;
    }
    let odf = [
        (
            &b"mimetypeapplication/vnd.oasis.opendocument.text"[..],
            "application/vnd.oasis.opendocument.text",
        ),
        (
            b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        (
            b"mimetypeapplication/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.presentation",
        ),
    ];
    if let Some((_, mime)) = odf.iter().find(|(marker, _)| contains(marker)) {
        return Some(mime);
    }
    if !contains(b"[Content_Types].xml") {
        return None;
    }
    let office = [
        (
            &b"word/"[..],
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            b"xl/",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (
            b"ppt/",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
    ];
    office
        .iter()
        .find(|(marker, _)| contains(marker))
        .map(|(_, mime)| *mime)
}

pub fn check(upload: &Upload) -> Result<&'static str, Problem> {
    if upload.size == 0 {
        return Err(Problem::Empty);
    }
    if upload.size > MAX_BYTES {
        return Err(Problem::TooLarge);
    }
    sniff(&upload.bytes).ok_or(Problem::NotADocument)
}

pub fn directory(data_dir: &Path) -> PathBuf {
    data_dir.join("uploads")
}

/// Keeps only a safe display name: no path, no control characters.
fn display_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if cleaned.trim().is_empty() {
        "document".into()
    } else {
        cleaned
    }
}

/// Writes the file and records it, not yet linked to a proposal.
pub async fn store(
    db: &impl ConnectionTrait,
    data_dir: &Path,
    upload: &Upload,
    content_type: &str,
) -> anyhow::Result<attachment::Model> {
    let stored_name = crate::config::random_hex(24);
    let dir = directory(data_dir);
    tokio::fs::create_dir_all(&dir).await?;
    tokio::fs::write(dir.join(&stored_name), &upload.bytes).await?;
    let id = attachment::Entity::insert(attachment::ActiveModel {
        proposal_id: Set(None),
        stored_name: Set(stored_name),
        original_name: Set(display_name(&upload.file_name)),
        content_type: Set(content_type.to_string()),
        size_bytes: Set(upload.bytes.len() as i64),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("attachment".into()).into())
}

pub async fn read(data_dir: &Path, stored: &attachment::Model) -> std::io::Result<Vec<u8>> {
    tokio::fs::read(directory(data_dir).join(&stored.stored_name)).await
}

pub async fn remove_file(data_dir: &Path, stored_name: &str) {
    if let Err(error) = tokio::fs::remove_file(directory(data_dir).join(stored_name)).await {
        tracing::warn!(%error, "could not remove an attachment file");
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
    fn documents_are_recognised_by_content() {
        assert_eq!(sniff(b"%PDF-1.7 rest"), Some("application/pdf"));
        let docx = b"PK\x03\x04....[Content_Types].xml....word/document.xml";
        assert_eq!(
            sniff(docx),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        );
        let odt = b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text";
        assert_eq!(sniff(odt), Some("application/vnd.oasis.opendocument.text"));
        assert_eq!(sniff(b"MZ\x90\x00 an executable"), None);
        let word: Vec<u8> = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
            .into_iter()
            .chain("....WordDocument".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(sniff(&word), Some("application/msword"));
        let installer = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(sniff(&installer), None, "another OLE file");
        let docm = b"PK\x03\x04....[Content_Types].xml....word/document.xml..word/vbaProject.bin";
        assert_eq!(sniff(docm), None, "a document with macros");
        assert_eq!(sniff(b"PK\x03\x04 a plain zip"), None);
        assert_eq!(sniff(b"<html><script>"), None);
    }

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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Any file is judged without panic, and only one of an accepted
        /// size is ever a document.
        #[test]
        fn any_upload_is_checked_without_panic(
            start in prop::sample::select(vec![&b""[..], b"%PDF-", b"PK\x03\x04", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]]),
            rest in prop::collection::vec(any::<u8>(), 0..200),
            size in prop_oneof![Just(None), Just(Some(0)), Just(Some(MAX_BYTES + 1))],
        ) {
            let bytes = [start, &rest[..]].concat();
            let upload = Upload {
                file_name: "file".into(),
                size: size.unwrap_or(bytes.len()),
                bytes,
            };
            if check(&upload).is_ok() {
                prop_assert!((1..=MAX_BYTES).contains(&upload.size));
            }
        }
    }
}
