//! Public pages have addresses in their own language: `/es/cooperacion-tecnica`,
//! `/fr/cooperation-technique`. The code knows each page by its English
//! address; this table translates the first segment of a path both ways.
//!
//! Links are written through [`super::page::localized_path`], which gives
//! the language's slug. A request for a localized slug is rewritten to the
//! English one before routing, so features register one route. The English
//! slug under another language is answered with a permanent redirect to
//! that language's address (for GET and HEAD; a form posted to it is served,
//! so nothing a visitor typed is lost).
//!
//! Account and staff pages keep their English addresses: they are not
//! indexed, and their links come from mails already sent.

use axum::{
    extract::{OriginalUri, Request},
    http::{Method, Uri},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};

use crate::i18n::Locale;

/// (English, Spanish, French) first segments.
const SLUGS: &[(&str, &str, &str)] = &[
    ("about", "quienes-somos", "qui-sommes-nous"),
    (
        "technical-cooperation",
        "cooperacion-tecnica",
        "cooperation-technique",
    ),
    (
        "collaboration-networks",
        "redes-de-colaboracion",
        "reseaux-de-collaboration",
    ),
    ("reports", "informes", "rapports"),
    ("news", "noticias", "actualites"),
    ("events", "eventos", "evenements"),
    ("agreements", "acuerdos", "accords"),
    ("councils", "consejos", "conseils"),
    ("newsletter", "boletin", "bulletin"),
    ("groups", "grupos", "groupes"),
    ("library", "biblioteca", "bibliotheque"),
    ("contact", "contacto", "contact"),
    ("assistance", "asistencia-tecnica", "assistance-technique"),
    ("collaborate", "colaborar", "collaborer"),
    ("privacy", "privacidad", "confidentialite"),
    ("legal-notice", "aviso-legal", "mentions-legales"),
];

fn slug_in(locale: Locale, slugs: &(&'static str, &'static str, &'static str)) -> &'static str {
    match locale {
        Locale::En => slugs.0,
        Locale::Es => slugs.1,
        Locale::Fr => slugs.2,
    }
}

/// The longest address made from a title.
const MAX_SLUG: usize = 80;

/// An address for a new item from its title: lower-case ASCII letters and
/// digits joined by hyphens, accents dropped (`Acuerdo con Perú` →
/// `acuerdo-con-peru`); `item` when nothing is left.
pub fn from_title(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain != '-' || !slug.is_empty() && !slug.ends_with('-') {
            slug.push(plain);
        }
        if slug.len() >= MAX_SLUG {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "item".to_string()
    } else {
        slug.to_string()
    }
}

/// The first segment `english` as `locale` writes it.
pub fn localize(locale: Locale, english: &str) -> &str {
    SLUGS
        .iter()
        .find(|slugs| slugs.0 == english)
        .map_or(english, |slugs| slug_in(locale, slugs))
}

/// The English first segment for `segment` in `locale`, when it is a
/// localized slug.
fn english_of(locale: Locale, segment: &str) -> Option<&'static str> {
    SLUGS
        .iter()
        .find(|slugs| slug_in(locale, slugs) == segment)
        .map(|slugs| slugs.0)
}

/// What to do with a request's path: serve it as another path, or send the
/// visitor to the language's own address.
#[derive(Debug, PartialEq, Eq)]
enum Resolution {
    Serve(String),
    Redirect(String),
}

fn resolve(path: &str) -> Option<Resolution> {
    let mut segments = path.splitn(4, '/');
    let (Some(""), Some(code), Some(first)) = (segments.next(), segments.next(), segments.next())
    else {
        return None;
    };
    let locale = Locale::from_code(code)?;
    let rest = segments
        .next()
        .map(|rest| format!("/{rest}"))
        .unwrap_or_default();
    if let Some(english) = english_of(locale, first) {
        return (english != first).then(|| Resolution::Serve(format!("/{code}/{english}{rest}")));
    }
    let own = localize(locale, first);
    (own != first).then(|| Resolution::Redirect(format!("/{code}/{own}{rest}")))
}

/// The path of the route that serves `path` (its English form when it is a
/// localized address), or None when the visitor is sent elsewhere.
pub fn route_path(path: &str) -> Option<std::borrow::Cow<'_, str>> {
    match resolve(path) {
        None => Some(path.into()),
        Some(Resolution::Serve(route)) => Some(route.into()),
        Some(Resolution::Redirect(_)) => None,
    }
}

/// Middleware in front of the router: localized slugs are served by the
/// English routes, English slugs under another language redirect.
pub async fn route_localized(mut request: Request, next: Next) -> Response {
    let uri = request.uri();
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    match resolve(uri.path()) {
        None => next.run(request).await,
        Some(Resolution::Redirect(path))
            if matches!(*request.method(), Method::GET | Method::HEAD) =>
        {
            Redirect::permanent(&format!("{path}{query}")).into_response()
        }
        Some(Resolution::Redirect(_)) => next.run(request).await,
        Some(Resolution::Serve(path)) => {
            let rewritten: Uri = format!("{path}{query}")
                .parse()
                .expect("a path made of a valid path");
            // Pages read where they are from `OriginalUri`: it names the
            // English route too, so `aria-current` and the switcher work.
            request
                .extensions_mut()
                .insert(OriginalUri(rewritten.clone()));
            *request.uri_mut() = rewritten;
            next.run(request).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_make_plain_addresses() {
        assert_eq!(
            from_title("Acuerdo con el Perú: ¡firmado!"),
            "acuerdo-con-el-peru-firmado"
        );
        assert_eq!(from_title("  Réunion   2026 "), "reunion-2026");
        assert_eq!(from_title("日本"), "item");
    }

    #[test]
    fn localized_slugs_are_served_by_the_english_routes() {
        assert_eq!(
            resolve("/es/cooperacion-tecnica"),
            Some(Resolution::Serve("/es/technical-cooperation".into()))
        );
        assert_eq!(
            resolve("/fr/collaborer/sent"),
            Some(Resolution::Serve("/fr/collaborate/sent".into()))
        );
    }

    #[test]
    fn english_slugs_under_another_language_redirect() {
        assert_eq!(
            resolve("/fr/technical-cooperation"),
            Some(Resolution::Redirect("/fr/cooperation-technique".into()))
        );
        assert_eq!(
            resolve("/es/collaborate/status"),
            Some(Resolution::Redirect("/es/colaborar/status".into()))
        );
    }

    #[test]
    fn a_path_names_the_route_that_serves_it() {
        assert_eq!(
            route_path("/es/cooperacion-tecnica").as_deref(),
            Some("/es/technical-cooperation")
        );
        assert_eq!(route_path("/en/about").as_deref(), Some("/en/about"));
        assert_eq!(route_path("/fr/technical-cooperation"), None);
    }

    #[test]
    fn other_paths_are_left_alone() {
        // English, the same word in two languages, unknown pages, no language.
        for path in [
            "/en/technical-cooperation",
            "/fr/contact",
            "/es/account",
            "/es",
            "/assets/style.css",
            "/",
        ] {
            assert_eq!(resolve(path), None, "{path}");
        }
    }

    #[test]
    fn links_use_the_language_slug() {
        assert_eq!(localize(Locale::Es, "reports"), "informes");
        assert_eq!(localize(Locale::En, "reports"), "reports");
        assert_eq!(localize(Locale::Fr, "account"), "account");
    }
}
