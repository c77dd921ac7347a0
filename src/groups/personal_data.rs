//! What the groups feature holds about a person, for the personal-data
//! registry: the groups they belong to, their role in each, their requests
//! to join (all of which go when the account does), the posts they wrote
//! and the documents they uploaded (which stay, without their name).

use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::{Value, json};

use super::entities::{
    Keyed, calendar_feed, document, document_version, group_member, join_request, meeting, post,
    thread, working_group,
};
use crate::{
    personal_data::{EXPORT_LANGUAGE, Pending, PersonalData},
    web::page_cache,
};

pub struct Groups;

impl PersonalData for Groups {
    fn section(&self) -> &'static str {
        "working_groups"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            let memberships = group_member::Entity::find()
                .filter(group_member::Column::UserId.eq(user_id))
                .find_also_related(working_group::Entity)
                .all(db)
                .await?;
            let requests = join_request::Entity::find()
                .filter(join_request::Column::UserId.eq(user_id))
                .all(db)
                .await?;
            let names = working_group::Entity::find()
                .filter(working_group::Column::Id.is_in(requests.iter().map(|r| r.group_id)))
                .all(db)
                .await?;
            let name_of = |id: i32| {
                names
                    .iter()
                    .find(|g| g.id == id)
                    .map(|g| g.name_in(EXPORT_LANGUAGE).to_string())
            };
            let posts = posts_written(db, user_id).await?;
            let uploaded = document_version::Entity::find()
                .filter(document_version::Column::UploadedBy.eq(user_id))
                .order_by_asc(document_version::Column::Id)
                .find_also_related(document::Entity)
                .all(db)
                .await?;
            let scheduled = meeting::Entity::find()
                .filter(meeting::Column::CreatedBy.eq(user_id))
                .order_by_asc(meeting::Column::Id)
                .all(db)
                .await?;
            let feed = calendar_feed::Entity::find_by_id(user_id).one(db).await?;
            Ok(json!({
                "posts": posts,
                "meetings_scheduled": scheduled
                    .iter()
                    .map(|meeting| json!({
                        "title": meeting.title,
                        "group_id": meeting.group_id,
                        "starts_at": meeting.starts_at,
                        "time_zone": meeting.time_zone,
                        "scheduled_at": meeting.created_at,
                    }))
                    .collect::<Vec<_>>(),
                // The address itself is a secret derived from the site's
                // key; only when it was made is stored.
                "calendar_feed_made_at": feed.map(|feed| feed.created_at),
                "documents_uploaded": uploaded
                    .into_iter()
                    .map(|(version, document)| json!({
                        "document": document.map(|d| d.title),
                        "version": version.version,
                        "file": version.original_name,
                        "uploaded_at": version.uploaded_at,
                    }))
                    .collect::<Vec<_>>(),
                "memberships": memberships
                    .into_iter()
                    .map(|(membership, group)| json!({
                        "group": group.map(|group| group.name_in(EXPORT_LANGUAGE).to_string()),
                        "role": membership.role.key(),
                        "joined_at": membership.joined_at,
                    }))
                    .collect::<Vec<_>>(),
                "requests_to_join": requests
                    .iter()
                    .map(|request| json!({
                        "group": name_of(request.group_id),
                        "message": request.message,
                        "sent_at": request.created_at,
                    }))
                    .collect::<Vec<_>>(),
            }))
        })
    }

    /// Erasing leaves the posts and the meetings, their author unknown (the
    /// foreign keys set it to none), so that the discussions and the
    /// groups' calendars still read; the calendar feed goes with the
    /// account.
    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move {
            join_request::Entity::delete_many()
                .filter(join_request::Column::UserId.eq(user_id))
                .exec(txn)
                .await?;
            let left = group_member::Entity::delete_many()
                .filter(group_member::Column::UserId.eq(user_id))
                .exec(txn)
                .await?;
            if left.rows_affected > 0 {
                // Public group pages show how many members there are.
                page_cache::record_change(txn).await?;
            }
            Ok(())
        })
    }
}

/// The posts the person wrote in groups' discussions, oldest first.
async fn posts_written(db: &DatabaseConnection, user_id: i32) -> Result<Vec<Value>, DbErr> {
    let posts = post::Entity::find()
        .filter(post::Column::AuthorId.eq(user_id))
        .order_by_asc(post::Column::Id)
        .all(db)
        .await?;
    let threads = thread::Entity::find()
        .filter(thread::Column::Id.is_in(posts.iter().map(|p| p.thread_id)))
        .all(db)
        .await?;
    Ok(posts
        .iter()
        .map(|post| {
            let thread = threads.iter().find(|t| t.id == post.thread_id);
            json!({
                "discussion": thread.map(|t| t.title.clone()),
                "group_id": thread.map(|t| t.group_id),
                "text": post.body,
                "written_at": post.created_at,
                "edited_at": post.edited_at,
            })
        })
        .collect())
}
