//! `observatory create-admin --email …`: creates an account with every
//! role, or gives them to an existing one, and prints a one-time link to set the password.
//! No password ever goes on the command line.

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::{admin::set_roles, entities::user, mailed_link, password};
use crate::{
    i18n::Locale,
    state::AppState,
    web::{Role, Roles, consent::PRIVACY_POLICY_VERSION, form::normalize_email},
};

/// How long the printed link works.
const LINK_HOURS: i64 = 24;

pub async fn create_admin(state: &AppState, email: &str) -> anyhow::Result<String> {
    let email = normalize_email(email)
        .ok_or_else(|| anyhow::anyhow!("`{email}` is not a valid e-mail address"))?;
    let txn = state.begin_write().await?;
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&txn)
        .await?;
    let admin = match existing {
        Some(found) => found,
        None => {
            let now = Utc::now();
            // A random password nobody knows: the link sets the real one.
            let unusable = password::hash(crate::config::random_hex(32)).await?;
            let id = user::Entity::insert(user::ActiveModel {
                email: Set(email.clone()),
                email_verified_at: Set(Some(now)),
                password_hash: Set(unusable),
                full_name: Set("Administrator".into()),
                account_type: Set("individual".into()),
                country_code: Set("BE".into()),
                working_languages: Set("en".into()),
                locale: Set("en".into()),
                consent_at: Set(now),
                consent_policy_version: Set(PRIVACY_POLICY_VERSION.into()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .exec(&txn)
            .await?
            .last_insert_id;
            user::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or_else(|| anyhow::anyhow!("account vanished"))?
        }
    };
    // The person setting up a site needs every role; they can give up
    // those they do not use once colleagues hold them.
    set_roles(&txn, admin.id, Roles::of(Role::ALL), None)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let lifetime = Duration::hours(LINK_HOURS);
    let kind = mailed_link::RESET_PASSWORD;
    let link = mailed_link::send(state, &txn, &admin, kind, lifetime, Locale::En)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    txn.commit().await?;
    Ok(link)
}
