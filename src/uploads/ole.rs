//! OLE compound files: the legacy Word format (.doc), and the embedded
//! objects that office documents carry inside them.
//!
//! Read by the names of their streams, not parsed with the `cfb` crate: a
//! compound file lists its streams by name, in UTF-16, in its directory, and
//! those names are all these checks need.

use super::Problem;

pub const SIGNATURE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether the compound file holds a stream (or storage) of that name.
fn names(bytes: &[u8], name: &str) -> bool {
    let encoded: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(encoded.len()).any(|w| w == encoded)
}

/// Whether the compound file carries code: a VBA project (macros), or an
/// "OLE package", the wrapper that embeds any file, programs included, to
/// be opened with a double click.
pub fn carries_code(bytes: &[u8]) -> bool {
    names(bytes, "_VBA_PROJECT") || names(bytes, "Ole10Native")
}

/// A Word document: any OLE container (a spreadsheet, an installer) starts
/// with the same signature; a Word document has a "WordDocument" stream.
/// An office document saved with a password is an OLE container too, its
/// package encrypted in an "EncryptedPackage" stream.
pub fn inspect_word(bytes: &[u8]) -> Result<&'static str, Problem> {
    if names(bytes, "EncryptedPackage") {
        return Err(Problem::Protected);
    }
    if !names(bytes, "WordDocument") {
        return Err(Problem::NotADocument);
    }
    if carries_code(bytes) {
        return Err(Problem::ActiveContent);
    }
    Ok("application/msword")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compound(streams: &[&str]) -> Vec<u8> {
        let mut bytes = SIGNATURE.to_vec();
        for stream in streams {
            bytes.extend(b"....");
            bytes.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        }
        bytes
    }

    #[test]
    fn a_word_document_is_recognised_by_its_stream() {
        let word = compound(&["WordDocument", "1Table"]);
        assert_eq!(inspect_word(&word), Ok("application/msword"));
        let installer = compound(&["Binary.Setup"]);
        assert_eq!(inspect_word(&installer), Err(Problem::NotADocument));
        let with_password = compound(&["EncryptionInfo", "EncryptedPackage"]);
        assert_eq!(inspect_word(&with_password), Err(Problem::Protected));
    }

    #[test]
    fn macros_and_packaged_files_are_refused() {
        let with_macros = compound(&["WordDocument", "Macros", "_VBA_PROJECT"]);
        assert_eq!(inspect_word(&with_macros), Err(Problem::ActiveContent));
        let with_package = compound(&["WordDocument", "\u{1}Ole10Native"]);
        assert_eq!(inspect_word(&with_package), Err(Problem::ActiveContent));
    }
}
