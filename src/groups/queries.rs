//! Reading groups and their members, as the public and staff pages show
//! them.

use std::cmp::Reverse;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{MemberRole, Stage, Visibility, group_member, working_group};
use crate::{i18n::Locale, lines_of_work, people::directory};

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
