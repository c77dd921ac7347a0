//! `/sitemap.xml`: every public page in each of its languages, each
//! address listed with its other languages as `hreflang` alternates, so
//! that search engines offer readers the address in their own language.
//! Features name their public pages (by their English paths); `app.rs`
//! gathers them. A sitemap file may list 50,000 addresses: a larger site
//! (a library of many thousand resources, each in three languages) gets a
//! sitemap index at `/sitemap.xml` naming its parts, `/sitemaps/{n}.xml`.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};

use super::page::localized_path;
use crate::i18n::Locale;

/// A public page by its English routes in each language (in the order of
/// `Locale::ALL`): the same route for most pages; an item with an address
/// of its own in each language has one each (`content::item_slugs`).
#[derive(Clone, Debug)]
pub struct Addresses(pub [String; 3]);

impl From<&str> for Addresses {
    fn from(path: &str) -> Addresses {
        Addresses([(); 3].map(|_| path.to_string()))
    }
}

impl From<String> for Addresses {
    fn from(path: String) -> Addresses {
        Addresses::from(path.as_str())
    }
}

/// The most addresses one sitemap file may list (the protocol's limit).
const ADDRESSES_PER_FILE: usize = 50_000;

/// The paths one file lists: each path is an address in every language.
pub const PATHS_PER_FILE: usize = ADDRESSES_PER_FILE / Locale::ALL.len();

/// `/sitemap.xml`: every address when they fit in one file, else the index
/// of the parts.
pub fn response(base_url: &str, paths: &[Addresses], per_file: usize) -> Response {
    let xml = if paths.len() <= per_file {
        render(base_url, paths)
    } else {
        render_index(base_url, paths.len().div_ceil(per_file))
    };
    xml_response(xml)
}

/// `/sitemaps/{file}`: part `n` (from 1) of a sitemap too large for one
/// file, as `{n}.xml`; none for a file that is not a part.
pub fn part_response(
    base_url: &str,
    paths: &[Addresses],
    per_file: usize,
    file: &str,
) -> Option<Response> {
    let number: usize = file.strip_suffix(".xml")?.parse().ok()?;
    let part = paths.chunks(per_file).nth(number.checked_sub(1)?)?;
    (paths.len() > per_file).then(|| xml_response(render(base_url, part)))
}

fn xml_response(xml: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response()
}

fn render_index(base_url: &str, parts: usize) -> String {
    let base = escape(base_url.trim_end_matches('/'));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for number in 1..=parts {
        xml.push_str(&format!(
            "  <sitemap>\n    <loc>{base}/sitemaps/{number}.xml</loc>\n  </sitemap>\n"
        ));
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

fn render(base_url: &str, paths: &[Addresses]) -> String {
    let base = base_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for Addresses(paths) in paths {
        let mut each = paths.iter();
        let addresses = Locale::ALL.map(|locale| {
            let path = each.next().map_or("/", String::as_str);
            let address = format!("{base}{}", localized_path(locale, path));
            (locale.code(), escape(&address))
        });
        for (_, address) in &addresses {
            xml.push_str(&format!("  <url>\n    <loc>{address}</loc>\n"));
            for (code, alternate) in &addresses {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{alternate}\"/>\n"
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Text for XML content and attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_address_and_names_the_others() {
        let xml = render("https://example.org/", &["/groups".into()]);
        assert_eq!(xml.matches("<url>").count(), 3);
        assert!(xml.contains("<loc>https://example.org/es/grupos</loc>"));
        assert!(xml.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/groupes\"/>"
        ));
        assert_eq!(xml.matches("hreflang=").count(), 9);
    }

    fn body(response: Response) -> String {
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
            .expect("the body");
        String::from_utf8(bytes.to_vec()).expect("UTF-8")
    }

    #[test]
    fn a_site_too_large_for_one_file_gets_an_index_of_parts() {
        let paths: Vec<Addresses> = (1..=5)
            .map(|id| format!("/library/resources/{id}").into())
            .collect();
        let whole = body(response("https://example.org", &paths, 5));
        assert!(whole.contains("<urlset"));
        assert_eq!(whole.matches("<url>").count(), 15);

        let index = body(response("https://example.org", &paths, 2));
        assert!(index.contains("<sitemapindex"));
        assert_eq!(index.matches("<sitemap>").count(), 3);
        assert!(index.contains("<loc>https://example.org/sitemaps/3.xml</loc>"));
        let part = |file: &str| part_response("https://example.org", &paths, 2, file).map(body);
        let last = part("3.xml").expect("the third part");
        assert_eq!(last.matches("<url>").count(), 3);
        assert!(last.contains("/es/biblioteca/resources/5</loc>"));
        let first = part("1.xml").expect("the first part");
        assert!(first.contains("/resources/1</loc>") && first.contains("/resources/2</loc>"));
        assert!(!first.contains("/resources/3</loc>"));
        for missing in ["0.xml", "4.xml", "x.xml", "1", "-1.xml"] {
            assert!(part(missing).is_none(), "{missing}");
        }
        // A site that fits in one file has no parts.
        assert!(part_response("https://example.org", &paths, 5, "1.xml").is_none());
        assert_eq!(PATHS_PER_FILE * 3, 49_998);
    }
}
