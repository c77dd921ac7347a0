//! Storing a checked profile on an account: its fields on the user row, its
//! lines of work in the person's chosen lines.

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::entities::user;
use crate::{lines_of_work::entities::user_line_of_work, people::profile::Profile};

/// Copies the profile onto a user row being inserted or updated.
pub fn apply(profile: &Profile, user: &mut user::ActiveModel) {
    user.account_type = Set(profile.account_type.to_string());
    user.full_name = Set(profile.full_name.clone());
    user.organisation_name = Set(profile.organisation_name.clone());
    user.sector = Set(profile.sector.map(str::to_string));
    user.country_code = Set(profile.country_code.to_string());
    user.working_languages = Set(profile.languages.join(","));
    user.specialisation = Set(profile.specialisation.clone());
}

/// Replaces the user's lines of work with the chosen ones.
pub async fn save_lines(
    profile: &Profile,
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<(), DbErr> {
    user_line_of_work::Entity::delete_many()
        .filter(user_line_of_work::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    if profile.line_ids.is_empty() {
        // A new account has none yet.
        return Ok(());
    }
    user_line_of_work::Entity::insert_many(profile.line_ids.iter().map(|line_id| {
        user_line_of_work::ActiveModel {
            user_id: Set(user_id),
            line_id: Set(*line_id),
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}
