//! `/robots.txt`: the public pages may be indexed; the staff workspace,
//! the admin pages and people's accounts may not (they answer only to the
//! signed in, but a crawler need not even knock). It names the sitemap.

use axum::{extract::State, http::header, response::IntoResponse};

use crate::{i18n::Locale, state::AppState};

/// The sections of every language that are nobody's business but their users'.
const PRIVATE_SECTIONS: [&str; 3] = ["staff", "admin", "account"];

pub async fn robots_txt(State(state): State<AppState>) -> impl IntoResponse {
    let mut text = String::from("User-agent: *\n");
    for locale in Locale::ALL {
        for section in PRIVATE_SECTIONS {
            text.push_str(&format!("Disallow: /{}/{section}\n", locale.code()));
        }
    }
    let sitemap = state.absolute_url("/sitemap.xml");
    text.push_str(&format!("Sitemap: {sitemap}\n"));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text)
}
