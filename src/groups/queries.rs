//! Reading groups and their members, as the public and staff pages show
//! them.

use std::cmp::Reverse;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};

use super::entities::{MemberRole, Notifications, Stage, Visibility, group_member, working_group};
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
    let mut find = working_group::Entity::find().order_by_asc(working_group::Column::Name);
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
    summaries.sort_by_key(|summary| Reverse(stage_order(summary.group.stage)));
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
