//! Single-use, expiring tokens sent by e-mail (confirm an address, reset a
//! password, confirm a new address). Only their SHA-256 is stored.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use super::entities::account_token;
use crate::config::digest;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    ConfirmEmail,
    ResetPassword,
    ChangeEmail,
    /// A one-time sign-in link, asked for from the login page.
    SignIn,
}

impl Purpose {
    fn key(self) -> &'static str {
        match self {
            Purpose::ConfirmEmail => "confirm-email",
            Purpose::ResetPassword => "reset-password",
            Purpose::ChangeEmail => "change-email",
            Purpose::SignIn => "sign-in",
        }
    }

    /// Password resets and sign-in links are short-lived (ASVS 2.5.x);
    /// confirmations give people a couple of days to read their mail.
    pub fn lifetime(self) -> Duration {
        match self {
            Purpose::ConfirmEmail | Purpose::ChangeEmail => Duration::hours(48),
            Purpose::ResetPassword => Duration::hours(1),
            Purpose::SignIn => Duration::minutes(15),
        }
    }
}

/// Creates a token and returns the raw value to put in the link.
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: Purpose,
    new_email: Option<String>,
    lifetime: Duration,
) -> Result<String, DbErr> {
    let raw = crate::config::random_hex(32);
    let now = Utc::now();
    account_token::Entity::insert(account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.key().to_string()),
        token_hash: Set(digest(&raw)),
        new_email: Set(new_email),
        expires_at: Set(now + lifetime),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(raw)
}

/// A token that exists, has this purpose, is unused and has not expired.
pub async fn find_valid(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    raw: &str,
) -> Result<Option<account_token::Model>, DbErr> {
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(digest(raw)))
        .filter(account_token::Column::Purpose.eq(purpose.key()))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await
}

/// Uses up a valid token. The conditional update makes a double click or
/// two racing requests succeed only once.
pub async fn consume(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    raw: &str,
) -> Result<Option<account_token::Model>, DbErr> {
    let Some(token) = find_valid(db, purpose, raw).await? else {
        return Ok(None);
    };
    let updated = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(Utc::now()))
        .filter(account_token::Column::Id.eq(token.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(token))
}

/// Ends every open token of a kind for a user (e.g. after a reset succeeds).
pub async fn revoke_all(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: Purpose,
) -> Result<(), DbErr> {
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(Utc::now()))
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose.key()))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
