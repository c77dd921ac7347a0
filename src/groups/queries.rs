//! Reading groups and their members, as the public and staff pages show
//! them.

use std::cmp::Reverse;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::entities::{
    MemberRole, Notifications, Shown, Stage, Visibility, group_member, post, thread, working_group,
};
use crate::{i18n::Locale, lines_of_work, people::directory, web::AppError};

/// A group with what its listing shows.
pub struct GroupSummary {
    pub group: working_group::Model,
    /// Its line of work, named in the page's language.
    pub line: Option<String>,
    pub members: usize,
}

/// Groups with their line and number of members: the publicly listed ones,
/// or every group (for staff). Working groups first, then forming, then
/// closed; by name within each.
pub async fn summaries(
    db: &impl ConnectionTrait,
    locale: Locale,
    only_public: bool,
) -> Result<Vec<GroupSummary>, DbErr> {
    let mut find = working_group::Entity::find();
    if only_public {
        find = find.filter(working_group::Column::Visibility.eq(Visibility::Public));
    }
    let groups = find.all(db).await?;
    let members = group_member::Entity::find()
        .filter(group_member::Column::GroupId.is_in(groups.iter().map(|group| group.id)))
        .all(db)
        .await?;
    let lines = lines_of_work::all(db, locale).await?;
    let mut summaries: Vec<GroupSummary> = groups
        .into_iter()
        .map(|group| GroupSummary {
            line: lines
                .iter()
                .find(|line| Some(line.id) == group.line_id)
                .map(|line| line.name.clone()),
            members: members.iter().filter(|m| m.group_id == group.id).count(),
            group,
        })
        .collect();
    summaries.sort_by(|a, b| {
        let key = |summary: &GroupSummary| {
            let name = summary.group.name_in(locale).to_lowercase();
            (Reverse(stage_order(summary.group.stage)), name)
        };
        key(a).cmp(&key(b))
    });
    Ok(summaries)
}

fn stage_order(stage: Stage) -> u8 {
    match stage {
        Stage::Active => 2,
        Stage::Forming => 1,
        Stage::Closed => 0,
    }
}

/// A member as a group's pages list them.
pub struct Member {
    pub user_id: i32,
    pub full_name: String,
    pub email: String,
    pub role: MemberRole,
}

/// The public list and the page of each group listed publicly, for the
/// sitemap.
pub async fn sitemap_paths(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let listed: Vec<i32> = working_group::Entity::find()
        .select_only()
        .column(working_group::Column::Id)
        .filter(working_group::Column::Visibility.eq(Visibility::Public))
        // In a steady order: the sitemap's parts keep their addresses.
        .order_by_asc(working_group::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let pages = listed.into_iter().map(|id| format!("/groups/{id}"));
    Ok(std::iter::once("/groups".to_string())
        .chain(pages)
        .collect())
}

/// The group's members, coordinators first, then by name.
pub async fn members_of(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<Member>, DbErr> {
    let rows = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .all(db)
        .await?;
    let people = directory::people(db, rows.iter().map(|row| row.user_id)).await?;
    let mut members: Vec<Member> = rows
        .into_iter()
        .filter_map(|row| {
            let person = people.iter().find(|person| person.id == row.user_id)?;
            Some(Member {
                user_id: row.user_id,
                full_name: person.full_name.clone(),
                email: person.email.clone(),
                role: row.role,
            })
        })
        .collect();
    members.sort_by(|a, b| {
        (a.role != MemberRole::Coordinator, &a.full_name)
            .cmp(&(b.role != MemberRole::Coordinator, &b.full_name))
    });
    Ok(members)
}

/// The group's members as people to write to, each in their language.
pub async fn member_people(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<directory::Person>, DbErr> {
    let ids: Vec<i32> = group_member::Entity::find()
        .select_only()
        .column(group_member::Column::UserId)
        .filter(group_member::Column::GroupId.eq(group_id))
        .into_tuple()
        .all(db)
        .await?;
    directory::people(db, ids).await
}

/// What joining does to someone already in the group.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IfMember {
    /// Their role stays as it is.
    KeepRole,
    /// They take the new role.
    ChangeRole,
}

/// Makes `user_id` a member of `group_id` with `role`.
pub async fn enrol(
    db: &impl ConnectionTrait,
    (group_id, user_id): (i32, i32),
    role: MemberRole,
    if_member: IfMember,
) -> Result<(), DbErr> {
    let key = [group_member::Column::GroupId, group_member::Column::UserId];
    let mut on_conflict = OnConflict::columns(key);
    match if_member {
        IfMember::KeepRole => on_conflict.do_nothing(),
        IfMember::ChangeRole => on_conflict.update_column(group_member::Column::Role),
    };
    group_member::Entity::insert(group_member::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        role: Set(role),
        joined_at: Set(Utc::now()),
        notifications: Set(Notifications::Each),
        shown: Set(Shown::NameOnly),
    })
    .on_conflict(on_conflict)
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The group named by a route, or 404.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<working_group::Model, AppError> {
    working_group::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// `user_id`'s place in `group_id`, if they have one.
pub async fn membership(
    db: &impl ConnectionTrait,
    (group_id, user_id): (i32, i32),
) -> Result<Option<group_member::Model>, DbErr> {
    group_member::Entity::find_by_id((group_id, user_id))
        .one(db)
        .await
}

/// What happened in a group since a moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    pub new_members: i64,
    pub posts: i64,
}

/// Per group, the members who joined and the posts written since `since`
/// (groups where nothing happened are missing).
pub async fn activity_since(
    db: &impl ConnectionTrait,
    since: DateTime<Utc>,
) -> Result<HashMap<i32, Activity>, DbErr> {
    let joined: Vec<(i32, i64)> = group_member::Entity::find()
        .select_only()
        .column(group_member::Column::GroupId)
        .column_as(Expr::col(group_member::Column::UserId).count(), "joined")
        .filter(group_member::Column::JoinedAt.gte(since))
        .group_by(group_member::Column::GroupId)
        .into_tuple()
        .all(db)
        .await?;
    let posted: Vec<(i32, i64)> = post::Entity::find()
        .select_only()
        .column(post::Column::ThreadId)
        .column_as(Expr::col(post::Column::Id).count(), "posts")
        .filter(post::Column::CreatedAt.gte(since))
        .group_by(post::Column::ThreadId)
        .into_tuple()
        .all(db)
        .await?;
    let threads = thread::Entity::find()
        .filter(thread::Column::Id.is_in(posted.iter().map(|(id, _)| *id)))
        .all(db)
        .await?;
    let mut activity: HashMap<i32, Activity> = HashMap::new();
    for (group, count) in joined {
        activity.entry(group).or_default().new_members = count;
    }
    for (thread_id, count) in posted {
        if let Some(thread) = threads.iter().find(|t| t.id == thread_id) {
            activity.entry(thread.group_id).or_default().posts += count;
        }
    }
    Ok(activity)
}
