//! Pictures editors put on the site (a publication's cover). A picture is
//! accepted only as PNG or JPEG, its size read from its header before any
//! pixel is decoded (a small file declaring a huge picture — an image bomb
//! — is refused), decoded within a memory bound, and re-encoded at the
//! widths pages show it: what else the file carried (its camera, the place
//! it was taken) is not kept. SVG is never accepted: it can hold scripts.
//!
//! Each rendition is stored under an unguessable name that never changes
//! (a new picture gets a new name), so browsers and caches may keep it for
//! a year (`serve`).

pub mod form;
mod prepare;
pub mod usage;

use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};
use tokio::sync::Semaphore;

pub use prepare::{Format, MAX_BYTES, Problem};

use crate::{
    state::AppState,
    storage::{IMAGES, Key, Storage, StorageError},
    web::{AppError, csrf::UploadedFile},
};

/// The widths a picture is stored at: a column of a list, and the width of
/// a page's text on a wide screen (each twice the pixels a screen of double
/// density needs). A picture narrower than one is kept at its own width.
pub const WIDTHS: [u32; 2] = [400, 1200];

pub mod image {
    use sea_orm::entity::prelude::*;

    /// One picture: its renditions are stored as `images/{name}-{width}.{ext}`.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "images")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub format: super::Format,
        pub width: i32,
        pub height: i32,
        /// Set when what it was sent for keeps it; a picture never used is
        /// removed after a day (`purge_unused`).
        pub in_use: bool,
        pub uploaded_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

impl image::Model {
    /// The widths it is stored at, narrowest first.
    pub fn widths(&self) -> Vec<u32> {
        prepare::widths(self.width as u32)
    }

    /// Where the public fetches its rendition of `width`.
    pub fn path(&self, width: u32) -> String {
        format!("/media/{}", file_name(&self.name, width, self.format))
    }

    /// The smallest rendition: what a page loads first.
    pub fn src(&self) -> String {
        self.path(self.widths()[0])
    }

    /// Every rendition with its width, for `srcset`.
    pub fn srcset(&self) -> String {
        let renditions: Vec<String> = self
            .widths()
            .into_iter()
            .map(|width| format!("{} {width}w", self.path(width)))
            .collect();
        renditions.join(", ")
    }

    /// The height of the smallest rendition, so the page keeps the
    /// picture's room before it arrives.
    pub fn shown_height(&self) -> u32 {
        let shown = self.widths()[0] as u64;
        (shown * self.height as u64 / self.width.max(1) as u64).max(1) as u32
    }

    pub fn shown_width(&self) -> u32 {
        self.widths()[0]
    }
}

fn file_name(name: &str, width: u32, format: Format) -> String {
    format!("{name}-{width}.{}", format.extension())
}

fn key(file: &str) -> Result<Key, StorageError> {
    Key::new(IMAGES, file)
}

/// Pictures are decoded one at a time: a large one takes up to 160 MB and
/// a second or two; one at a time, they do not add up.
static DECODING: Semaphore = Semaphore::const_new(1);

/// Checks a picture sent by `uploader`, and stores its renditions; the
/// picture is not in use until what it was sent for saves it (`usage`).
/// Decoding and resizing take CPU, off the async threads.
pub async fn accept(
    state: &AppState,
    upload: &UploadedFile,
    uploader: Option<i32>,
) -> Result<Result<image::Model, Problem>, AppError> {
    let bytes = upload.bytes.clone();
    let size = upload.size;
    // Never closed, so always a permit; moved into the task, it is held
    // until the decoding ends, even if the request is dropped before.
    let turn = DECODING.acquire().await;
    let prepared = tokio::task::spawn_blocking(move || {
        let _turn = turn;
        prepare::prepare(&bytes, size)
    })
    .await
    .unwrap_or_else(|error| {
        // A decoder that panics on a hostile file refuses it.
        tracing::warn!(%error, "a picture's decoding failed");
        Err(Problem::Damaged)
    });
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(problem) => return Ok(Err(problem)),
    };
    let name = crate::config::random_hex(16);
    for (width, bytes) in prepared.renditions {
        let file = file_name(&name, width, prepared.format);
        state.storage.put(&key(&file)?, bytes).await?;
    }
    let stored = image::ActiveModel {
        name: Set(name),
        format: Set(prepared.format),
        width: Set(prepared.width as i32),
        height: Set(prepared.height as i32),
        in_use: Set(false),
        uploaded_by: Set(uploader),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    Ok(Ok(stored.insert(&state.db).await?))
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<image::Model>, DbErr> {
    image::Entity::find_by_id(id).one(db).await
}

/// The pictures of `ids`, for a list showing several.
pub async fn find_many(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<image::Model>, DbErr> {
    image::Entity::find()
        .filter(image::Column::Id.is_in(ids))
        .all(db)
        .await
}

/// Deletes a picture's renditions; a failure is logged (the files are left
/// over, the row is already gone).
async fn remove_files(storage: &Storage, image: &image::Model) {
    for width in image.widths() {
        let removed = match key(&file_name(&image.name, width, image.format)) {
            Ok(key) => storage.delete(&key).await,
            Err(error) => Err(error),
        };
        if let Err(error) = removed {
            tracing::warn!(%error, "could not remove a picture's file");
        }
    }
}

/// Deletes pictures whose rows are gone (`usage::release`), once the
/// transaction that let them go has committed.
pub async fn remove_released(storage: &Storage, released: &[image::Model]) {
    for image in released {
        remove_files(storage, image).await;
    }
}

/// Removes the pictures sent with forms nobody saved within a day; how many.
pub async fn purge_unused(state: &AppState) -> Result<usize, DbErr> {
    let oldest = Utc::now() - Duration::hours(24);
    let forgotten = image::Entity::find()
        .filter(image::Column::InUse.eq(false))
        .filter(image::Column::CreatedAt.lte(oldest))
        .all(&state.db)
        .await?;
    let mut removed = Vec::new();
    for image in forgotten {
        // One by one, still unused: a picture saved meanwhile stays.
        let deleted = image::Entity::delete_many()
            .filter(image::Column::Id.eq(image.id))
            .filter(image::Column::InUse.eq(false))
            .exec(&state.db)
            .await?;
        if deleted.rows_affected == 1 {
            removed.push(image);
        }
    }
    remove_released(&state.storage, &removed).await;
    Ok(removed.len())
}

/// A rendition, to anyone: its name is unguessable and never reused, so
/// any cache may keep it for a year without asking again.
pub async fn serve(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let format = rendition_format(&file).ok_or(AppError::NotFound)?;
    let bytes = match state.storage.get(&key(&file)?).await {
        Ok(bytes) => bytes,
        Err(StorageError::Missing(_)) => return Err(AppError::NotFound),
        Err(error) => return Err(error.into()),
    };
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type()),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        bytes,
    )
        .into_response())
}

/// The format of a rendition's file name as `file_name` writes them
/// (`{32 hex}-{width}.{ext}`); none for any other name.
fn rendition_format(file: &str) -> Option<Format> {
    let (stem, extension) = file.rsplit_once('.')?;
    let (name, width) = stem.split_once('-')?;
    let hex = name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit());
    let width = !width.is_empty() && width.len() <= 5 && width.bytes().all(|b| b.is_ascii_digit());
    if !(hex && width) {
        return None;
    }
    Format::from_extension(extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_the_site_writes_are_served() {
        let name = "0123456789abcdef0123456789abcdef";
        assert_eq!(
            rendition_format(&format!("{name}-400.jpg")),
            Some(Format::Jpeg)
        );
        assert_eq!(
            rendition_format(&format!("{name}-1200.png")),
            Some(Format::Png)
        );
        for refused in [
            format!("{name}-400.svg"),
            format!("{name}-.jpg"),
            format!("{name}-4x0.jpg"),
            "../secret-400.jpg".to_string(),
            format!("{}-400.jpg", &name[1..]),
        ] {
            assert_eq!(rendition_format(&refused), None, "{refused}");
        }
    }
}
