//! A picture from being sent to being used: a form refused for another
//! field keeps the picture it was sent with (as a signed token, like the
//! library's files), the save that uses it marks it in use, and the save
//! that replaces or removes it lets it go.

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, sea_query::Expr};

use super::image;
use crate::{state::AppState, uploads, web::AppError};

/// What the signed reference to a kept picture is for.
const KEPT: &str = "kept-image";

/// How long a form may keep a picture it was sent with: well before
/// `purge_unused` comes for it.
const KEPT_FOR_HOURS: i64 = 20;

/// The token a form carries for a picture sent with it, not yet in use.
pub fn kept_token(state: &AppState, image: &image::Model) -> String {
    uploads::kept_token(&state.settings.secret_key, KEPT, image.id)
}

/// The picture a form's token names: sent by the same account, recently,
/// and not yet in use; none for a token not genuine or anyone else's.
pub async fn kept(
    state: &AppState,
    token: &str,
    uploader: Option<i32>,
) -> Result<Option<image::Model>, DbErr> {
    let Some(id) = uploads::kept_id(&state.settings.secret_key, KEPT, token) else {
        return Ok(None);
    };
    let fresh = Utc::now() - Duration::hours(KEPT_FOR_HOURS);
    image::Entity::find_by_id(id)
        .filter(image::Column::InUse.eq(false))
        .filter(image::Column::UploadedBy.eq(uploader))
        .filter(image::Column::CreatedAt.gt(fresh))
        .one(&state.db)
        .await
}

/// Marks a picture sent with a form in use, in the transaction that saves
/// what uses it. A picture is used once: one already in use (the same form
/// sent twice, or its token sent for something else) is refused, and the
/// transaction is dropped.
pub async fn claim(txn: &impl ConnectionTrait, id: i32) -> Result<(), AppError> {
    let claimed = image::Entity::update_many()
        .col_expr(image::Column::InUse, Expr::value(true))
        .filter(image::Column::Id.eq(id))
        .filter(image::Column::InUse.eq(false))
        .exec(txn)
        .await?;
    if claimed.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::Conflict)
    }
}

/// Deletes the picture's row, in the transaction that stops using it; its
/// files go once that commits (`super::remove_released`).
pub async fn release(txn: &impl ConnectionTrait, id: i32) -> Result<Option<image::Model>, DbErr> {
    let found = image::Entity::find_by_id(id).one(txn).await?;
    if found.is_some() {
        image::Entity::delete_by_id(id).exec(txn).await?;
    }
    Ok(found)
}

/// Puts `new` in the place of `former` (either may be none), in the
/// transaction that saves the change: the new picture is claimed, the
/// former one released; its files go once that commits.
pub async fn swap(
    txn: &impl ConnectionTrait,
    former: Option<i32>,
    new: Option<i32>,
) -> Result<Option<image::Model>, AppError> {
    if former == new {
        return Ok(None);
    }
    if let Some(new) = new {
        claim(txn, new).await?;
    }
    Ok(match former {
        Some(former) => release(txn, former).await?,
        None => None,
    })
}

/// Lets pictures go where their files cannot be reached (the erasure of a
/// person's data runs in one transaction, without the storage): no longer
/// in use, they go with the daily purge of pictures nobody saved.
pub async fn let_go(
    txn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<(), DbErr> {
    image::Entity::update_many()
        .col_expr(image::Column::InUse, Expr::value(false))
        .filter(image::Column::Id.is_in(ids))
        .exec(txn)
        .await?;
    Ok(())
}
