//! `/sitemap.xml`: every public page in each of its languages, each
//! address listed with its other languages as `hreflang` alternates, so
//! that search engines offer readers the address in their own language.
//! Features name their public pages (by their English paths); `app.rs`
//! gathers them.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};

use super::page::localized_path;
use crate::i18n::Locale;

pub fn response(base_url: &str, paths: &[String]) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        render(base_url, paths),
    )
        .into_response()
}

fn render(base_url: &str, paths: &[String]) -> String {
    let base = base_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in paths {
        let addresses = Locale::ALL.map(|locale| {
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
        let xml = render("https://example.org/", &["/groups".to_string()]);
        assert_eq!(xml.matches("<url>").count(), 3);
        assert!(xml.contains("<loc>https://example.org/es/grupos</loc>"));
        assert!(xml.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/groupes\"/>"
        ));
        assert_eq!(xml.matches("hreflang=").count(), 9);
    }
}
