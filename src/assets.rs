//! Static files embedded in the binary, served under content-hashed names
//! (`style.3f9a1c2b7e.css`) so browsers may cache them for a year.

use std::{collections::HashMap, sync::LazyLock};

use axum::{
    extract::Path,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};

use crate::web::AppError;

#[derive(RustEmbed)]
#[folder = "assets/"]
struct Files;

struct Catalogue {
    /// Plain name → public URL.
    urls: HashMap<String, &'static str>,
    /// Hashed name → plain name.
    by_hashed: HashMap<String, String>,
}

/// Derived from the embedded files only, so every instance agrees.
static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    let mut urls = HashMap::new();
    let mut by_hashed = HashMap::new();
    for name in Files::iter() {
        let file = Files::get(&name).expect("listed file exists");
        let digest = Sha256::digest(&file.data);
        let hash = hex::encode(&digest[..5]);
        let hashed = match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
            None => format!("{name}.{hash}"),
        };
        let url: &'static str = Box::leak(format!("/assets/{hashed}").into_boxed_str());
        urls.insert(name.to_string(), url);
        by_hashed.insert(hashed, name.to_string());
    }
    Catalogue { urls, by_hashed }
});

/// The public URL of an embedded file. Templates name only files that
/// exist, so an unknown name is a programming error caught by the tests.
pub fn url(name: &str) -> &'static str {
    CATALOGUE
        .urls
        .get(name)
        .copied()
        .unwrap_or("/assets/missing")
}

pub async fn serve(Path(hashed): Path<String>) -> Result<Response, AppError> {
    let name = CATALOGUE.by_hashed.get(&hashed).ok_or(AppError::NotFound)?;
    let file = Files::get(name).ok_or(AppError::NotFound)?;
    let mime = match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    };
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        file.data.into_owned(),
    )
        .into_response())
}
