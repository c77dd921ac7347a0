//! Office documents packed as zip files: OOXML (.docx, .xlsx, .pptx) and
//! OpenDocument (.odt, .ods, .odp). One is accepted when the zip reads with
//! headers that agree (no hidden, doubled or overlapping entries), it has the
//! parts its type needs, and no part runs or hides: no macros, no programs,
//! scripts or web pages, no encrypted parts, no names outside the package,
//! nothing that inflates out of proportion once opened.

use std::io::{self, Cursor, Read};

use zip::{CompressionMethod, ZipArchive, read::ZipFileEntry};

use super::{Problem, contains_ignoring_case, ole};

type Package<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// OOXML types by their main part; each also needs `[Content_Types].xml`.
const OFFICE_TYPES: [(&str, &str); 3] = [
    (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
];

/// OpenDocument types, as named by the package's `mimetype` entry.
const OPEN_DOCUMENT_TYPES: [&str; 3] = [
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
];

/// Extensions of files that run when opened: programs, scripts, web pages.
const PROGRAM_EXTENSIONS: [&str; 18] = [
    "exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf",
    "hta", "jar", "html", "htm", "xhtml",
];

/// Bounds on what one document, packages inside it included, may unpack
/// to. Far above real documents (a 5 MB file of text and images unpacks to
/// a few tens of MB), far below what would tie up the server.
const MAX_PARTS: usize = 10_000;
const MAX_UNPACKED_BYTES: u64 = 128 * 1024 * 1024;
/// A part above this size may inflate at most `MAX_RATIO` times: even
/// repetitive XML stays well under it, a zip bomb is far above (deflate
/// reaches about 1000 times).
const RATIO_CHECKED_ABOVE: u64 = 1024 * 1024;
const MAX_RATIO: u64 = 100;
/// Packages inside packages (a spreadsheet in a slide) are read this many
/// levels deep, the document itself included.
const MAX_NESTING: usize = 3;

/// What the parts still to read may take.
struct Budget {
    parts: usize,
    bytes: u64,
}

impl Budget {
    fn spend(&mut self, parts: usize, bytes: u64) -> Result<(), Problem> {
        self.parts = self.parts.checked_sub(parts).ok_or(Problem::Overpacked)?;
        self.bytes = self.bytes.checked_sub(bytes).ok_or(Problem::Overpacked)?;
        Ok(())
    }
}

/// The document's type, once the whole package passed.
pub fn inspect(bytes: &[u8]) -> Result<&'static str, Problem> {
    let mut budget = Budget {
        parts: MAX_PARTS,
        bytes: MAX_UNPACKED_BYTES,
    };
    let mut package = open(bytes, &mut budget)?;
    let mime = document_type(&mut package)?;
    inspect_parts(&mut package, &mut budget, 0)?;
    Ok(mime)
}

/// Opens a package whose local headers agree with its central directory:
/// a part listed in one but not the other, or two parts sharing bytes, is
/// how zip files hide content or inflate it many times over.
fn open<'a>(bytes: &'a [u8], budget: &mut Budget) -> Result<Package<'a>, Problem> {
    let mut package = ZipArchive::new(Cursor::new(bytes)).map_err(|_| Problem::Damaged)?;
    budget.spend(package.len(), 0)?;
    package
        .validate_header_consistency()
        .map_err(|_| Problem::Damaged)?;
    Ok(package)
}

fn document_type(package: &mut Package) -> Result<&'static str, Problem> {
    if let Some(mime) = open_document_type(package)? {
        return Ok(mime);
    }
    if package.index_for_name("[Content_Types].xml").is_none() {
        return Err(Problem::NotADocument);
    }
    OFFICE_TYPES
        .iter()
        .find(|(main_part, _)| package.index_for_name(main_part).is_some())
        .map(|(_, mime)| *mime)
        .ok_or(Problem::NotADocument)
}

/// An OpenDocument package starts with a `mimetype` entry, stored
/// uncompressed, that names its type; it has `content.xml` and a manifest,
/// which also says whether the document is encrypted with a password.
fn open_document_type(package: &mut Package) -> Result<Option<&'static str>, Problem> {
    let Ok(first) = package.by_index_data(0) else {
        return Ok(None);
    };
    if first.name_raw() != b"mimetype" {
        return Ok(None);
    }
    let stored = first.compression() == CompressionMethod::Stored;
    let declared = read_small(package, "mimetype")?;
    let mime = OPEN_DOCUMENT_TYPES
        .into_iter()
        .find(|mime| declared == mime.as_bytes())
        .ok_or(Problem::NotADocument)?;
    if !stored || package.index_for_name("content.xml").is_none() {
        return Err(Problem::NotADocument);
    }
    let manifest = read_small(package, "META-INF/manifest.xml")?;
    if contains_ignoring_case(&manifest, b"encryption-data") {
        return Err(Problem::Protected);
    }
    Ok(Some(mime))
}

/// A small part read whole, before the package is inspected part by part:
/// bounded on its own, so it cannot inflate either.
fn read_small(package: &mut Package, name: &str) -> Result<Vec<u8>, Problem> {
    const MAX_SMALL_PART: u64 = 4 * 1024 * 1024;
    let part = package.by_name(name).map_err(|error| match error {
        zip::result::ZipError::FileNotFound => Problem::NotADocument,
        _ => Problem::Damaged,
    })?;
    let mut content = Vec::new();
    part.take(MAX_SMALL_PART + 1)
        .read_to_end(&mut content)
        .map_err(|_| Problem::Damaged)?;
    if content.len() as u64 > MAX_SMALL_PART {
        return Err(Problem::Overpacked);
    }
    Ok(content)
}

fn inspect_parts(package: &mut Package, budget: &mut Budget, depth: usize) -> Result<(), Problem> {
    for index in 0..package.len() {
        let entry = package.by_index_data(index).map_err(|_| Problem::Damaged)?;
        let name = inspect_entry(&entry, budget)?;
        let declared = entry.size();
        let part = package.by_index(index).map_err(|_| Problem::Damaged)?;
        inspect_content(&name, part, declared, budget, depth)?;
    }
    Ok(())
}

/// What the central directory says of a part, checked before reading it.
/// Returns its name.
fn inspect_entry(entry: &ZipFileEntry, budget: &mut Budget) -> Result<String, Problem> {
    if entry.encrypted() {
        return Err(Problem::Protected);
    }
    let name = entry.name().map_err(|_| Problem::Damaged)?.into_owned();
    if leaves_package(&name) || entry.enclosed_name().is_none() || entry.is_symlink() {
        return Err(Problem::Damaged);
    }
    if runs_by_name(&name) {
        return Err(Problem::ActiveContent);
    }
    let (size, packed) = (entry.size(), entry.compressed_size());
    if size > RATIO_CHECKED_ABOVE && size / MAX_RATIO > packed {
        return Err(Problem::Overpacked);
    }
    budget.spend(0, size)?;
    Ok(name)
}

/// Names of files outside the package ("../", "/etc", "C:"), which no
/// office program writes; with links (refused too), they are how an
/// archive writes where it should not when unpacked.
fn leaves_package(name: &str) -> bool {
    let absolute = name.starts_with('/') || name.as_bytes().get(1) == Some(&b':');
    absolute || name.contains('\\') || name.split('/').any(|segment| segment == "..")
}

/// Macros (OOXML `vbaProject.bin`, OpenDocument `Basic/` and `Scripts/`),
/// ActiveX controls, and files that run when opened.
fn runs_by_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let mut folders = name.split('/').rev().skip(1);
    let code_folder = folders.any(|folder| ["basic", "scripts", "activex"].contains(&folder));
    let extension = name.rsplit_once('.').map_or("", |(_, extension)| extension);
    code_folder || name.ends_with("vbaproject.bin") || PROGRAM_EXTENSIONS.contains(&extension)
}

/// Reads a part (never past the size it declared, so it inflates no more
/// than budgeted) and refuses programs by their first bytes, images with
/// scripts, and packages or OLE objects that carry code.
fn inspect_content(
    name: &str,
    part: impl Read,
    declared: u64,
    budget: &mut Budget,
    depth: usize,
) -> Result<(), Problem> {
    const ELF: &[u8] = b"\x7fELF";
    const ZIP: &[u8] = b"PK\x03\x04";
    let mut part = part.take(declared.saturating_add(1));
    let mut content = Vec::new();
    (&mut part)
        .take(8)
        .read_to_end(&mut content)
        .map_err(|_| Problem::Damaged)?;
    if content.starts_with(b"MZ") || content.starts_with(ELF) {
        return Err(Problem::ActiveContent);
    }
    let is_svg = name.to_ascii_lowercase().ends_with(".svg");
    let read_whole = is_svg || content.starts_with(ZIP) || content.starts_with(ole::SIGNATURE);
    let read = if read_whole {
        part.read_to_end(&mut content).map(|_| content.len() as u64)
    } else {
        io::copy(&mut part, &mut io::sink()).map(|rest| content.len() as u64 + rest)
    }
    .map_err(|_| Problem::Damaged)?;
    if read > declared {
        return Err(Problem::Damaged);
    }
    if is_svg && svg_has_script(&content) {
        return Err(Problem::ActiveContent);
    }
    if content.starts_with(ole::SIGNATURE) && ole::carries_code(&content) {
        return Err(Problem::ActiveContent);
    }
    if content.starts_with(ZIP) {
        if depth + 1 >= MAX_NESTING {
            return Err(Problem::Overpacked);
        }
        let mut nested = open(&content, budget)?;
        inspect_parts(&mut nested, budget, depth + 1)?;
    }
    Ok(())
}

/// Office programs embed SVG images; one with a script element, a
/// `javascript:` link, an event attribute (`onload=`) or an embedded web
/// page (`foreignObject`) runs code when opened in a browser.
fn svg_has_script(svg: &[u8]) -> bool {
    [&b"<script"[..], b"javascript:", b"<foreignobject"]
        .into_iter()
        .any(|marker| contains_ignoring_case(svg, marker))
        || has_event_attribute(svg)
}

fn has_event_attribute(svg: &[u8]) -> bool {
    svg.windows(3).enumerate().any(|(at, window)| {
        window[0].is_ascii_whitespace()
            && window[1..].eq_ignore_ascii_case(b"on")
            && is_attribute_start(&svg[at + 3..])
    })
}

/// Whether the bytes go on as an attribute name's letters, then `=`.
fn is_attribute_start(rest: &[u8]) -> bool {
    let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let after = rest[letters..].iter().find(|b| !b.is_ascii_whitespace());
    letters > 0 && after == Some(&b'=')
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use zip::{ZipWriter, write::SimpleFileOptions};

    use super::*;

    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const ODT: &str = "application/vnd.oasis.opendocument.text";

    fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in parts {
            let method = if *name == "mimetype" {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            let options = SimpleFileOptions::default().compression_method(method);
            writer.start_file(*name, options).unwrap();
            writer.write_all(content).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    fn docx_with(extra: &[(&str, &[u8])]) -> Vec<u8> {
        let mut parts: Vec<(&str, &[u8])> = vec![
            ("[Content_Types].xml", b"<Types/>"),
            ("_rels/.rels", b"<Relationships/>"),
            ("word/document.xml", b"<w:document/>"),
        ];
        parts.extend_from_slice(extra);
        zip(&parts)
    }

    fn odt_with(extra: &[(&str, &[u8])]) -> Vec<u8> {
        let mut parts: Vec<(&str, &[u8])> = vec![
            ("mimetype", ODT.as_bytes()),
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<manifest:manifest/>"),
        ];
        parts.extend_from_slice(extra);
        zip(&parts)
    }

    #[test]
    fn office_documents_are_recognised_by_their_parts() {
        assert_eq!(inspect(&docx_with(&[])), Ok(DOCX));
        let image: &[u8] = b"\x89PNG\r\n\x1a\n";
        assert_eq!(
            inspect(&docx_with(&[("word/media/image1.png", image)])),
            Ok(DOCX)
        );
        let icon: &[u8] = b"<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0'/></svg>";
        assert_eq!(
            inspect(&docx_with(&[("word/media/image2.svg", icon)])),
            Ok(DOCX)
        );
        let sheet = zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("xl/workbook.xml", b"<workbook/>"),
        ]);
        assert_eq!(
            inspect(&sheet),
            Ok("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        assert_eq!(inspect(&odt_with(&[])), Ok(ODT));
    }

    #[test]
    fn a_zip_named_docx_is_not_a_document() {
        let disguised = zip(&[("index.html", b"<html><script>"), ("a.exe", b"MZ\x90\x00")]);
        assert_eq!(inspect(&disguised), Err(Problem::NotADocument));
        let no_main_part = zip(&[("[Content_Types].xml", b"<Types/>")]);
        assert_eq!(inspect(&no_main_part), Err(Problem::NotADocument));
        assert_eq!(inspect(b"PK\x03\x04 not a zip"), Err(Problem::Damaged));
    }

    #[test]
    fn an_odt_needs_its_mimetype_first_and_its_parts() {
        let without_mimetype = zip(&[
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<manifest:manifest/>"),
        ]);
        assert_eq!(inspect(&without_mimetype), Err(Problem::NotADocument));
        let wrong_type = zip(&[("mimetype", b"text/html"), ("content.xml", b"<x/>")]);
        assert_eq!(inspect(&wrong_type), Err(Problem::NotADocument));
        let without_content = zip(&[
            ("mimetype", ODT.as_bytes()),
            ("META-INF/manifest.xml", b"<manifest:manifest/>"),
        ]);
        assert_eq!(inspect(&without_content), Err(Problem::NotADocument));
        let encrypted = zip(&[
            ("mimetype", ODT.as_bytes()),
            ("content.xml", b"\x01\x02\x03"),
            (
                "META-INF/manifest.xml",
                b"<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>",
            ),
        ]);
        assert_eq!(inspect(&encrypted), Err(Problem::Protected));
    }

    #[test]
    fn parts_that_run_are_refused() {
        let refused: [(&str, &[u8]); 9] = [
            ("word/vbaProject.bin", b"\x00"),
            ("word/activeX/activeX1.bin", b"\x00"),
            ("word/embeddings/a.exe", b"\x00"),
            ("word/media/run.JS", b"alert(1)"),
            ("word/page.html", b"<p>"),
            ("word/media/image1.png", b"MZ\x90\x00 a program"),
            ("word/media/tool", b"\x7fELF\x02\x01"),
            ("word/media/a.svg", b"<svg><script>alert(1)</script></svg>"),
            ("word/media/b.svg", b"<svg onload = \"alert(1)\"/>"),
        ];
        for part in refused {
            assert_eq!(
                inspect(&docx_with(&[part])),
                Err(Problem::ActiveContent),
                "{}",
                part.0
            );
        }
        let basic = odt_with(&[("Basic/Standard/Module1.xml", b"<script:module/>")]);
        assert_eq!(inspect(&basic), Err(Problem::ActiveContent));
    }

    #[test]
    fn embedded_packages_and_objects_are_inspected_too() {
        let macro_workbook = zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/vbaProject.bin", b"\x00"),
        ]);
        let with_workbook = docx_with(&[("word/embeddings/Book1.xlsm", &macro_workbook)]);
        assert_eq!(inspect(&with_workbook), Err(Problem::ActiveContent));
        let packaged_file: Vec<u8> = ole::SIGNATURE
            .iter()
            .copied()
            .chain("\u{1}Ole10Native".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let with_package = docx_with(&[("word/embeddings/oleObject1.bin", &packaged_file)]);
        assert_eq!(inspect(&with_package), Err(Problem::ActiveContent));
        let mut nested = zip(&[("a.txt", b"a")]);
        for _ in 0..MAX_NESTING {
            nested = zip(&[("inner.zip", &nested)]);
        }
        assert_eq!(
            inspect(&docx_with(&[("word/embeddings/deep.zip", &nested)])),
            Err(Problem::Overpacked)
        );
    }

    #[test]
    fn names_leaving_the_package_are_refused() {
        for name in ["../../evil.xml", "/etc/evil.xml", "word\\..\\..\\evil.xml"] {
            assert_eq!(
                inspect(&docx_with(&[(name, b"<x/>")])),
                Err(Problem::Damaged),
                "{name}"
            );
        }
    }

    #[test]
    fn a_part_that_inflates_like_a_bomb_is_refused() {
        let zeros = vec![0u8; 20 * 1024 * 1024];
        let bomb = docx_with(&[("word/media/image1.png", &zeros)]);
        assert!(bomb.len() < 100 * 1024, "deflate packs it small");
        assert_eq!(inspect(&bomb), Err(Problem::Overpacked));
    }

    #[test]
    fn encrypted_parts_are_refused() {
        let mut docx = docx_with(&[]);
        // Sets "encrypted" in the general-purpose flags of the first part,
        // in its local header and in the central directory alike.
        docx[6] |= 1;
        let central = docx.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        docx[central + 8] |= 1;
        assert_eq!(inspect(&docx), Err(Problem::Protected));
    }
}
