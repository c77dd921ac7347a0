//! A resource's files: PDF and office documents, checked and stored as
//! every upload is (`crate::uploads`), downloaded from the resource's page.
//!
//! A form's new files are stored as soon as they pass, before the rest of
//! the form is checked, and the form shown again carries them as signed
//! tokens: a refused form keeps its files, and the writer need not send
//! them twice. Saving the form gives them to the resource, in the
//! transaction that saves it; files nobody saved are removed after a day.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Deserialize;

use super::entities::file;
use crate::{
    state::AppState,
    uploads,
    web::{
        AppError,
        csrf::{CheckedMultipart, UploadedFile},
        form::FieldErrors,
    },
};

/// The most files a resource has: a report with its annexes, a law with
/// its translations.
pub const MAX_FILES: usize = 5;

/// A form's body holds its text and up to `MAX_FILES` new files.
pub const FORM_BODY_LIMIT: usize = (MAX_FILES + 1) * uploads::MAX_BYTES;

/// What the signed reference to a kept file is for (`uploads::kept_token`).
const KEPT: &str = "kept-library-file";

/// How long a file sent with a form nobody saved is kept.
const UNSAVED_FOR_HOURS: i64 = 24;

/// How long a form may keep a file it was sent with: well before the purge
/// comes for it, so a save never counts on a file being removed meanwhile.
const KEPT_FOR_HOURS: i64 = 20;

/// The form's fields about its files, besides the new files themselves.
#[derive(Deserialize, Default)]
#[serde(default)]
struct FilesFields {
    /// Files sent with an earlier send of this form, by their tokens.
    kept_files: Vec<String>,
    /// Files (the resource's, or kept) the writer chose to remove.
    remove_files: Vec<String>,
}

/// The files a resource's form holds once sent: what the resource keeps,
/// what this send adds, what it removes.
#[derive(Default)]
pub struct FormFiles {
    /// The resource's files it keeps.
    pub stored: Vec<file::Model>,
    /// Files sent with this form (now or with an earlier send of it), not
    /// yet the resource's.
    pub kept: Vec<file::Model>,
    /// The resource's files the writer removes.
    pub removed: Vec<file::Model>,
}

impl FormFiles {
    /// A stored resource's files, as its form first shows them.
    pub async fn of(db: &impl ConnectionTrait, resource_id: i32) -> Result<FormFiles, DbErr> {
        Ok(FormFiles {
            stored: of_resource(db, resource_id).await?,
            ..FormFiles::default()
        })
    }

    /// Every file the resource will have once the form is saved.
    pub fn all(&self) -> Vec<file::Model> {
        self.stored.iter().chain(&self.kept).cloned().collect()
    }
}

/// One file as a form lists it: with the token that keeps it, for a file
/// the resource does not have yet; marked when the writer removes it (a
/// refused form shows the choice again).
pub struct Listed {
    pub file: file::Model,
    pub token: Option<String>,
    pub removing: bool,
}

impl FormFiles {
    pub fn listed(&self, state: &AppState) -> Vec<Listed> {
        let key = &state.settings.secret_key;
        let stored = |removing| {
            move |file: &file::Model| Listed {
                file: file.clone(),
                token: None,
                removing,
            }
        };
        let kept = self.kept.iter().map(|file| Listed {
            file: file.clone(),
            token: Some(uploads::kept_token(key, KEPT, file.id)),
            removing: false,
        });
        let mut listed: Vec<Listed> = self.stored.iter().map(stored(false)).collect();
        listed.extend(self.removed.iter().map(stored(true)));
        listed.sort_by_key(|listed| listed.file.id);
        listed.extend(kept);
        listed
    }
}

/// The files of a resource, in the order they were added.
pub async fn of_resource(
    db: &impl ConnectionTrait,
    resource_id: i32,
) -> Result<Vec<file::Model>, DbErr> {
    file::Entity::find()
        .filter(file::Column::ResourceId.eq(resource_id))
        .order_by_asc(file::Column::Id)
        .all(db)
        .await
}

/// The files of each of `resource_ids`, in the order they were added.
pub async fn files_of_many(
    db: &impl ConnectionTrait,
    resource_ids: &[i32],
) -> Result<Vec<file::Model>, DbErr> {
    file::Entity::find()
        .filter(file::Column::ResourceId.is_in(resource_ids.iter().copied()))
        .order_by_asc(file::Column::Id)
        .all(db)
        .await
}

/// Where the public downloads a published resource's file.
pub fn public_file_path(resource_id: i32, file_id: i32) -> String {
    format!("{}/files/{file_id}", super::path_of(resource_id))
}

/// Who sends a form's files: from which address (the hourly bound on
/// uploads), by which account.
pub struct Sender {
    pub client: std::net::IpAddr,
    pub account: Option<i32>,
}

/// Reads the files of a resource's form (`editing` the stored one, if
/// any): keeps the earlier ones it names, checks and stores the new ones,
/// and records each problem against the `files` field.
pub async fn check(
    state: &AppState,
    (sender, editing): (&Sender, Option<i32>),
    form: &CheckedMultipart,
    errors: &mut FieldErrors,
) -> Result<FormFiles, AppError> {
    let fields: FilesFields = form.parse()?;
    let removing = |file: &file::Model| fields.remove_files.contains(&file.id.to_string());
    let (removed, stored) = match editing {
        Some(id) => of_resource(&state.db, id).await?,
        None => Vec::new(),
    }
    .into_iter()
    .partition(removing);
    let kept = kept(state, sender, &fields.kept_files).await?;
    let mut files = FormFiles {
        stored,
        kept: kept.into_iter().filter(|file| !removing(file)).collect(),
        removed,
    };
    let room = MAX_FILES.saturating_sub(files.stored.len());
    if files.kept.len() + form.files.len() > room {
        errors.add("files", "library-files-too-many");
        files.kept.truncate(room);
    }
    let room_for_new = room - files.kept.len();
    for upload in form.files.iter().take(room_for_new) {
        match add(state, sender, upload).await? {
            Ok(added) => files.kept.push(added),
            Err(message) => {
                // Said of the first refused file; the others are still
                // checked, and kept when they pass.
                let name = uploads::display_name(&upload.file_name);
                errors.add_text("files", format!("{name}: {}", errors.message(message)));
            }
        }
    }
    Ok(files)
}

/// The files an earlier send of the form stored, by their tokens; a token
/// not genuine, or for a file since saved or removed, names nothing.
async fn kept(
    state: &AppState,
    sender: &Sender,
    tokens: &[String],
) -> Result<Vec<file::Model>, AppError> {
    let key = &state.settings.secret_key;
    let ids: Vec<i32> = tokens
        .iter()
        .filter_map(|token| uploads::kept_id(key, KEPT, token))
        .take(MAX_FILES)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let fresh = Utc::now() - Duration::hours(KEPT_FOR_HOURS);
    Ok(file::Entity::find()
        .filter(file::Column::Id.is_in(ids))
        .filter(file::Column::ResourceId.is_null())
        // The sender's own files only: a token seen by someone else (or
        // left from an erased account's form) claims nothing.
        .filter(file::Column::UploadedBy.eq(sender.account))
        .filter(file::Column::CreatedAt.gt(fresh))
        .order_by_asc(file::Column::Id)
        .all(&state.db)
        .await?)
}

/// Checks one new file and stores it, not yet the resource's; or the key
/// of the message saying why it is refused.
async fn add(
    state: &AppState,
    sender: &Sender,
    upload: &UploadedFile,
) -> Result<Result<file::Model, &'static str>, AppError> {
    if !uploads::may_send_another(state, sender.client).await? {
        return Ok(Err("library-files-too-often"));
    }
    let content_type = match uploads::check(upload).await {
        Ok(content_type) => content_type,
        Err(problem) => return Ok(Err(problem.message_key())),
    };
    let stored_name = uploads::save(&state.storage, upload).await?;
    let added = file::ActiveModel {
        resource_id: Set(None),
        stored_name: Set(stored_name),
        original_name: Set(uploads::display_name(&upload.file_name)),
        content_type: Set(content_type.to_string()),
        size_bytes: Set(upload.size as i64),
        uploaded_by: Set(sender.account),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    Ok(Ok(added.insert(&state.db).await?))
}

/// Gives the form's new files to the resource and takes away the removed
/// ones, in the transaction that saves it. The removed files' bytes are
/// deleted once it commits (`remove_stored`).
pub async fn save(
    txn: &impl ConnectionTrait,
    resource_id: i32,
    files: &FormFiles,
) -> Result<(), DbErr> {
    if !files.kept.is_empty() {
        file::Entity::update_many()
            .col_expr(file::Column::ResourceId, Expr::value(resource_id))
            .filter(file::Column::Id.is_in(files.kept.iter().map(|file| file.id)))
            .filter(file::Column::ResourceId.is_null())
            .exec(txn)
            .await?;
    }
    if !files.removed.is_empty() {
        file::Entity::delete_many()
            .filter(file::Column::Id.is_in(files.removed.iter().map(|file| file.id)))
            .filter(file::Column::ResourceId.eq(resource_id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Deletes the bytes of files whose rows are gone.
pub async fn remove_stored(state: &AppState, files: &[file::Model]) {
    for file in files {
        uploads::remove(&state.storage, &file.stored_name).await;
    }
}

/// Removes the files sent with forms nobody saved within a day; how many.
pub async fn purge_unsaved(state: &AppState) -> Result<usize, DbErr> {
    let oldest = Utc::now() - Duration::hours(UNSAVED_FOR_HOURS);
    let forgotten = file::Entity::find()
        .filter(file::Column::ResourceId.is_null())
        .filter(file::Column::CreatedAt.lte(oldest))
        .all(&state.db)
        .await?;
    let mut removed = Vec::new();
    for file in forgotten {
        // One by one, still unsaved: a file saved meanwhile keeps its bytes.
        let deleted = file::Entity::delete_many()
            .filter(file::Column::Id.eq(file.id))
            .filter(file::Column::ResourceId.is_null())
            .exec(&state.db)
            .await?;
        if deleted.rows_affected == 1 {
            removed.push(file);
        }
    }
    remove_stored(state, &removed).await;
    Ok(removed.len())
}

/// Sends a resource's file as a download. A published resource's files
/// may be kept by any cache for five minutes; others by no one.
pub async fn send(
    state: &AppState,
    (resource_id, file_id): (i32, i32),
    public: bool,
) -> Result<axum::response::Response, AppError> {
    let found = file::Entity::find_by_id(file_id)
        .filter(file::Column::ResourceId.eq(resource_id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = (
        found.stored_name.as_str(),
        found.content_type.as_str(),
        found.original_name.as_str(),
    );
    // Briefly: a document removed or unpublished leaves caches soon.
    let cache = if public {
        "public, max-age=300"
    } else {
        "private, no-store"
    };
    uploads::send(&state.storage, stored, cache).await
}
