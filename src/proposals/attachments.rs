//! The optional document sent with a proposal: checked and stored as every
//! upload is (`crate::uploads`), and recorded here, first on its own, then
//! linked to the proposal once it is stored.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::entities::attachment;
use crate::{storage::Storage, uploads, web::csrf::UploadedFile as Upload};

/// Writes the file and records it, not yet linked to a proposal.
pub async fn store(
    db: &impl ConnectionTrait,
    storage: &Storage,
    upload: &Upload,
    content_type: &str,
) -> anyhow::Result<attachment::Model> {
    let stored_name = uploads::save(storage, upload).await?;
    let id = attachment::Entity::insert(attachment::ActiveModel {
        proposal_id: Set(None),
        stored_name: Set(stored_name),
        original_name: Set(uploads::display_name(&upload.file_name)),
        content_type: Set(content_type.to_string()),
        size_bytes: Set(upload.bytes.len() as i64),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("attachment".into()).into())
}
