//! PDF attachments, read with lopdf: a file is a PDF when its
//! cross-reference data and trailer parse (repairing a shifted offset, as
//! every reader does, but not rebuilding a table that cannot be read), every
//! object they list loads, and the catalog leads to pages. It is refused
//! when it could run or carry something: scripts, launch actions, attached
//! files, rich media, XML forms, or a web page outside its streams (a file
//! that is also HTML could be opened by a browser as a page).

use std::{cell::Cell, ops::Range};

use lopdf::{
    DecompressError, Document, LoadOptions, Object, ObjectId,
    xref::{XrefEntry, XrefRecovery},
};

use super::{Problem, contains_ignoring_case};

/// Names of the PDF features that run code or carry files: JavaScript
/// (`/JS`, `/JavaScript`), launching programs (`/Launch`), attached files
/// (`/EmbeddedFile`, `/EmbeddedFiles`), Flash and video (`/RichMedia`) and
/// XML forms with their own scripts (`/XFA`).
const ACTIVE_NAMES: [&[u8]; 7] = [
    b"JS",
    b"JavaScript",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
];

/// What starts a web page, in any case.
const HTML_MARKERS: [&[u8]; 3] = [b"<html", b"<script", b"<!doctype"];

/// What one object stream or cross-reference stream may inflate to, far
/// above real ones: an object stream holds a hundred objects or so, and a
/// 5 MB document lists at most a few hundred thousand objects, a few bytes
/// each in a cross-reference stream.
const MAX_INFLATED_STREAM: usize = 4 * 1024 * 1024;

/// What all the object streams of one PDF may inflate to, together: lopdf
/// bounds each stream, not their sum, and a few MB of small streams that
/// each inflate to the bound would fill the memory.
///
/// lopdf holds some 60 bytes per byte of object syntax (an `Object` is 120
/// bytes, `0 ` is two): with the 5 MB of the file, this bounds a crafted
/// PDF to a few hundred MB while it is read; real ones take a few MB.
const MAX_INFLATED_OBJECT_STREAMS: usize = 8 * 1024 * 1024;

/// Cross-reference sections (the first and one per incremental update):
/// lopdf reads them all, each up to its bound, before any object.
const MAX_XREF_SECTIONS: usize = 32;

thread_local! {
    /// What the object streams of the PDF loading on this thread may still
    /// inflate to, or why the document is refused. Kept here because lopdf's
    /// load filter, which sees each object stream before lopdf inflates it,
    /// is a plain function.
    static INFLATABLE: Cell<Result<usize, Problem>> = const { Cell::new(Ok(0)) };
}

pub fn inspect(bytes: &[u8]) -> Result<(), Problem> {
    check_before_loading(bytes)?;
    let document = load(bytes)?;
    if !objects_all_loaded(&document) || !has_pages(&document) {
        return Err(Problem::Damaged);
    }
    let active = document.objects.values().any(names_active_feature);
    if active || html_outside_streams(bytes, &document) {
        return Err(Problem::ActiveContent);
    }
    Ok(())
}

/// What must be known before lopdf loads the objects, read from the raw
/// bytes: an encrypted document is refused (lopdf's load filter, and so the
/// bound on object streams, does not apply to one), and so is one with more
/// cross-reference sections than a document is ever updated.
fn check_before_loading(bytes: &[u8]) -> Result<(), Problem> {
    if names(bytes).any(|name| name == b"Encrypt") {
        return Err(Problem::Protected);
    }
    let streams = names(bytes).filter(|name| name == b"XRef").count();
    if streams + xref_tables(bytes) > MAX_XREF_SECTIONS {
        return Err(Problem::Overpacked);
    }
    Ok(())
}

fn load(bytes: &[u8]) -> Result<Document, Problem> {
    INFLATABLE.set(Ok(MAX_INFLATED_OBJECT_STREAMS));
    let options = LoadOptions {
        filter: Some(spend_inflatable),
        ..LoadOptions::with_max_decompressed_size(MAX_INFLATED_STREAM)
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    INFLATABLE.replace(Ok(0))?;
    let document = loaded.map_err(|_| Problem::Damaged)?;
    // A table rebuilt by scanning for objects is a guess another reader
    // may not make; neither is encryption found only now.
    if document.xref_recovery == Some(XrefRecovery::Reconstructed) {
        return Err(Problem::Damaged);
    }
    if document.encryption_state.is_some() || document.trailer.has(b"Encrypt") {
        return Err(Problem::Protected);
    }
    Ok(document)
}

/// The load filter: counts what each object stream inflates to against
/// what is left, and drops it (the document is then refused) once over or
/// when it does not inflate.
fn spend_inflatable(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object
        && stream.dict.has_type(b"ObjStm")
    {
        let left = INFLATABLE.get().ok()?;
        let spent = match stream.get_plain_content_with_limit(left) {
            Ok(content) => Ok(left - content.len()),
            Err(lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
                Err(Problem::Overpacked)
            }
            Err(_) => Err(Problem::Damaged),
        };
        INFLATABLE.set(spent);
        spent.ok()?;
    }
    // lopdf keeps a top-level object as it is, and takes an object stream's
    // members (never streams themselves) from what the filter returns.
    match object {
        Object::Stream(_) => Some((id, Object::Null)),
        _ => Some((id, object.clone())),
    }
}

/// Whether every object the cross-reference data lists as in use loaded:
/// one that does not parse may be read otherwise by another reader.
fn objects_all_loaded(document: &Document) -> bool {
    let loaded: std::collections::BTreeSet<u32> =
        document.objects.keys().map(|(number, _)| *number).collect();
    document
        .reference_table
        .entries
        .iter()
        .filter(|(_, entry)| {
            matches!(
                entry,
                XrefEntry::Normal { .. } | XrefEntry::Compressed { .. }
            )
        })
        .all(|(number, _)| loaded.contains(number))
}

/// Whether the catalog leads to at least one page, and every page it
/// leads to is a page dictionary.
fn has_pages(document: &Document) -> bool {
    let mut pages = document.page_iter().peekable();
    pages.peek().is_some()
        && pages.all(|id| {
            document
                .get_dictionary(id)
                .is_ok_and(|page| page.has_type(b"Page"))
        })
}

/// Whether the object names a feature that runs code or carries files, as
/// a key (`/JS (…)`) or as a value (`/S /JavaScript`), at any depth.
fn names_active_feature(object: &Object) -> bool {
    let mut pending = vec![object];
    while let Some(object) = pending.pop() {
        match object {
            Object::Name(name) if ACTIVE_NAMES.contains(&name.as_slice()) => return true,
            Object::Array(items) => pending.extend(items),
            Object::Dictionary(dictionary)
            | Object::Stream(lopdf::Stream {
                dict: dictionary, ..
            }) => {
                for (key, value) in dictionary.iter() {
                    if ACTIVE_NAMES.contains(&key.as_slice()) {
                        return true;
                    }
                    pending.push(value);
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether the file has a web page's markers anywhere but in stream data
/// (where compressed bytes or a font may hold them by chance).
fn html_outside_streams(bytes: &[u8], document: &Document) -> bool {
    let mut streams = stream_data(bytes, document);
    streams.sort_unstable_by_key(|data| data.start);
    let mut outside = Vec::with_capacity(streams.len() + 1);
    let mut from = 0;
    for data in streams {
        outside.push(bytes.get(from..data.start).unwrap_or_default());
        from = from.max(data.end);
    }
    outside.push(bytes.get(from..).unwrap_or_default());
    outside.into_iter().any(|part| {
        HTML_MARKERS
            .iter()
            .any(|marker| contains_ignoring_case(part, marker))
    })
}

/// Where the data of each stream lies in the file. lopdf keeps a stream's
/// data but not its place: it is found after the object's offset, as the
/// first `stream` keyword and end of line followed by that data.
fn stream_data(bytes: &[u8], document: &Document) -> Vec<Range<usize>> {
    const KEYWORD: &[u8] = b"stream";
    let located = |offset: usize, data: &[u8]| {
        let object = bytes.get(offset..)?;
        object
            .windows(KEYWORD.len())
            .enumerate()
            .filter(|(_, window)| *window == KEYWORD)
            .find_map(|(at, _)| {
                let after = &object[at + KEYWORD.len()..];
                let line_end = [&b"\r\n"[..], b"\n"]
                    .into_iter()
                    .find(|eol| after.starts_with(eol))?
                    .len();
                let start = offset + at + KEYWORD.len() + line_end;
                let range = start..start + data.len();
                (bytes.get(range.clone()) == Some(data)).then_some(range)
            })
    };
    document
        .reference_table
        .entries
        .iter()
        .filter_map(|(number, entry)| {
            let XrefEntry::Normal { offset, generation } = entry else {
                return None;
            };
            match document.objects.get(&(*number, *generation))? {
                Object::Stream(stream) => located(*offset as usize, &stream.content),
                _ => None,
            }
        })
        .collect()
}

/// PDF white space and delimiters: what ends a name or a keyword.
fn ends_token(byte: u8) -> bool {
    b"\0\t\n\x0c\r ()<>[]{}/%".contains(&byte)
}

/// Every name in the raw bytes (`/Name`, its `#xx` escapes decoded, as a
/// reader decodes them), wherever it is: in objects, in trailers, in what
/// no cross-reference table lists.
fn names(bytes: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, byte)| **byte == b'/')
        .map(|(at, _)| decode_name(&bytes[at + 1..]))
}

fn decode_name(rest: &[u8]) -> Vec<u8> {
    // Names are at most 127 bytes long.
    const MAX_NAME: usize = 127;
    let mut name = Vec::new();
    let mut at = 0;
    while let Some(&byte) = rest.get(at)
        && !ends_token(byte)
        && name.len() <= MAX_NAME
    {
        let escaped = match rest.get(at..at + 3) {
            Some(&[b'#', high, low]) => char::from(high)
                .to_digit(16)
                .zip(char::from(low).to_digit(16))
                .map(|(high, low)| (high * 16 + low) as u8),
            _ => None,
        };
        match escaped {
            Some(decoded) => {
                name.push(decoded);
                at += 3;
            }
            None => {
                name.push(byte);
                at += 1;
            }
        }
    }
    name
}

/// How many cross-reference tables the file has: `xref` keywords (not the
/// end of `startxref`) standing alone.
fn xref_tables(bytes: &[u8]) -> usize {
    const KEYWORD: &[u8] = b"xref";
    bytes
        .windows(KEYWORD.len())
        .enumerate()
        .filter(|(at, window)| {
            *window == KEYWORD
                && (*at == 0 || ends_token(bytes[at - 1]))
                && bytes
                    .get(at + KEYWORD.len())
                    .is_none_or(|next| ends_token(*next))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use lopdf::{Dictionary, Stream};

    use super::*;

    const CATALOG: &[u8] = b"<< /Type /Catalog /Pages 2 0 R >>";
    const PAGES: &[u8] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    const PAGE: &[u8] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";

    /// A file written object by object, its offsets counted: a one-page
    /// document is `written(b"", &[CATALOG, PAGES, PAGE])`. `after_header`
    /// goes between the header and the first object.
    fn written(after_header: &[u8], objects: &[&[u8]]) -> Vec<u8> {
        let mut bytes = [b"%PDF-1.7\n", after_header].concat();
        let mut offsets = Vec::new();
        for (index, body) in objects.iter().enumerate() {
            offsets.push(bytes.len());
            bytes.extend(format!("{} 0 obj\n", index + 1).bytes());
            bytes.extend(*body);
            bytes.extend(b"\nendobj\n");
        }
        let xref = bytes.len();
        let size = objects.len() + 1;
        bytes.extend(format!("xref\n0 {size}\n0000000000 65535 f \n").bytes());
        for offset in offsets {
            bytes.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        let trailer =
            format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        bytes.extend(trailer.bytes());
        bytes
    }

    fn one_page_with(catalog: &[u8]) -> Vec<u8> {
        written(b"", &[catalog, PAGES, PAGE])
    }

    /// The same document as lopdf saves it the way recent programs do:
    /// objects packed in compressed object streams, listed by a compressed
    /// cross-reference stream.
    fn packed(bytes: &[u8]) -> Vec<u8> {
        let mut document = Document::load_mem(bytes).unwrap();
        let mut saved = Vec::new();
        document.save_modern(&mut saved).unwrap();
        saved
    }

    #[test]
    fn real_pdfs_are_accepted() {
        let plain = one_page_with(CATALOG);
        assert_eq!(inspect(&plain), Ok(()));
        assert_eq!(inspect(&packed(&plain)), Ok(()));
        let link = one_page_with(
            b"<< /Type /Catalog /Pages 2 0 R \
              /OpenAction << /S /URI /URI (https://example.org/JavaScript/) >> >>",
        );
        assert_eq!(inspect(&link), Ok(()), "a link is no script");
    }

    #[test]
    fn the_test_suites_pdf_is_a_real_one() {
        let fixture = include_bytes!("../../tests/fixtures/minimal.pdf");
        assert_eq!(fixture.to_vec(), one_page_with(CATALOG));
        assert_eq!(inspect(fixture), Ok(()));
    }

    #[test]
    fn html_outside_streams_is_refused() {
        let html = b"<!DOCTYPE html><HTML><script>alert(1)</script></html>\n";
        let polyglot = written(html, &[CATALOG, PAGES, PAGE]);
        assert_eq!(inspect(&polyglot), Err(Problem::ActiveContent));
        let in_a_string = one_page_with(b"<< /Type /Catalog /Pages 2 0 R /Lang (<script>) >>");
        assert_eq!(inspect(&in_a_string), Err(Problem::ActiveContent));
        let content = b"<< /Length 23 >>\nstream\n<html> in a page's text\nendstream";
        let in_a_stream = written(b"", &[CATALOG, PAGES, PAGE, content]);
        assert_eq!(
            inspect(&in_a_stream),
            Ok(()),
            "stream data may hold anything"
        );
    }

    #[test]
    fn scripts_launches_and_attached_files_are_refused_even_packed() {
        let script = one_page_with(
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
        );
        assert_eq!(inspect(&script), Err(Problem::ActiveContent));
        assert_eq!(inspect(&packed(&script)), Err(Problem::ActiveContent));
        let escaped = one_page_with(
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (x) >> >>",
        );
        assert_eq!(inspect(&escaped), Err(Problem::ActiveContent));
        let launch = one_page_with(
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>",
        );
        assert_eq!(inspect(&launch), Err(Problem::ActiveContent));
        let attached = written(
            b"",
            &[
                b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>",
                PAGES,
                PAGE,
                b"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
            ],
        );
        assert_eq!(inspect(&packed(&attached)), Err(Problem::ActiveContent));
    }

    #[test]
    fn a_truncated_or_unstructured_pdf_is_damaged() {
        let whole = one_page_with(CATALOG);
        assert_eq!(inspect(&whole[..whole.len() / 2]), Err(Problem::Damaged));
        let modern = packed(&whole);
        assert_eq!(inspect(&modern[..modern.len() - 30]), Err(Problem::Damaged));
        let no_structure = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        assert_eq!(inspect(no_structure), Err(Problem::Damaged));
        assert_eq!(
            inspect(b"%PDF-1.7 <p>then a web page</p>"),
            Err(Problem::Damaged)
        );
        let no_pages = one_page_with(b"<< /Type /Catalog >>");
        assert_eq!(inspect(&no_pages), Err(Problem::Damaged));
        let broken_object = written(b"", &[CATALOG, PAGES, PAGE, b"<< /A (unclosed >>"]);
        assert_eq!(inspect(&broken_object), Err(Problem::Damaged));
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let depth = 100_000;
        let nested = ["[".repeat(depth), "]".repeat(depth)].concat();
        let deep = written(b"", &[CATALOG, PAGES, PAGE, nested.as_bytes()]);
        assert_eq!(inspect(&deep), Err(Problem::Damaged));
    }

    #[test]
    fn encrypted_pdfs_are_refused_before_loading() {
        let bytes = one_page_with(CATALOG);
        let trailer = bytes.windows(2).rposition(|w| w == b"<<").unwrap() + 3;
        let encrypt = b"/Encr#79pt << /Filter /Standard /V 1 /R 2 >> ";
        let protected = [&bytes[..trailer], encrypt, &bytes[trailer..]].concat();
        assert_eq!(inspect(&protected), Err(Problem::Protected));
    }

    #[test]
    fn object_streams_inflate_within_a_bound() {
        let mut padding = Stream::new(Dictionary::new(), vec![b' '; MAX_INFLATED_STREAM / 2]);
        padding.compress().unwrap();
        let packed = [
            format!(
                "<< /Type /ObjStm /N 0 /First 0 /Filter /FlateDecode /Length {} >>\nstream\n",
                padding.content.len()
            )
            .as_bytes(),
            &padding.content,
            b"\nendstream",
        ]
        .concat();
        let mut objects = vec![CATALOG, PAGES, PAGE];
        let enough = MAX_INFLATED_OBJECT_STREAMS / (MAX_INFLATED_STREAM / 2);
        objects.extend(std::iter::repeat_n(packed.as_slice(), enough));
        assert_eq!(inspect(&written(b"", &objects)), Ok(()), "up to the bound");
        objects.push(&packed);
        let heavy = written(b"", &objects);
        assert!(heavy.len() < 100 * 1024, "deflate packs them small");
        assert_eq!(inspect(&heavy), Err(Problem::Overpacked));
    }

    #[test]
    fn too_many_revisions_are_refused() {
        let tables = "xref\n".repeat(MAX_XREF_SECTIONS + 1);
        let revised = written(tables.as_bytes(), &[CATALOG, PAGES, PAGE]);
        assert_eq!(inspect(&revised), Err(Problem::Overpacked));
    }

    #[test]
    fn names_are_read_as_a_reader_decodes_them() {
        let found: Vec<Vec<u8>> = names(b"<</Type /Encr#79pt/S/JS#2 (x)>>").collect();
        assert_eq!(found, [&b"Type"[..], b"Encrypt", b"S", b"JS#2"]);
        assert_eq!(xref_tables(b"xref\n0 1\ntrailer\nstartxref\n0\n%%EOF"), 1);
    }
}
