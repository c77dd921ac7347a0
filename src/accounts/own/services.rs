//! What a person does to their own account.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde_json::{Value, json};

use crate::{
    accounts::{
        admin,
        entities::{role_change, session, user},
        mails::{self, AccountMail},
        password, profile, sessions,
        tokens::{self, Purpose},
    },
    i18n::Locale,
    lines_of_work, mail,
    people::{
        directory::{self, ProposalAlerts},
        profile::Profile,
    },
    safeguarding::labels,
    state::AppState,
    throttle, time_zones,
    web::AppError,
};

/// Stores the profile, and the page's language as the person's language.
pub async fn save_profile(
    state: &AppState,
    me: user::Model,
    profile: &Profile,
    locale: Locale,
) -> Result<(), AppError> {
    let id = me.id;
    let txn = state.begin_write().await?;
    let mut changed: user::ActiveModel = me.into();
    profile::apply(profile, &mut changed);
    changed.locale = Set(locale.code().to_string());
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    profile::save_lines(profile, &txn, id).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password, ends every session (this one included) and tells
/// the person by mail. Returns the raw id of the session that replaces
/// this one.
pub async fn change_password(
    state: &AppState,
    me: user::Model,
    new_password: String,
) -> Result<String, AppError> {
    let password_hash = password::hash(new_password).await?;
    let txn = state.begin_write().await?;
    let notice = mails::compose(
        Locale::from_code(&me.locale).unwrap_or(Locale::En),
        AccountMail::PasswordChanged,
        &me.email,
        &me.full_name,
        "",
    )?;
    let id = me.id;
    let mut changed: user::ActiveModel = me.into();
    changed.password_hash = Set(password_hash);
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    sessions::end_all_for_user(&txn, id, None).await?;
    let raw = sessions::start(&txn, id, state.settings.session_lifetime).await?;
    mail::queue(&txn, &notice).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(raw)
}

/// Mails a confirmation link to the new address; the address changes only
/// when it is followed. A taken address gets no link, nor does an address
/// already sent a few this hour (so the form cannot flood a stranger's
/// mailbox); the caller answers the same, so the form reveals nothing.
pub async fn request_email_change(
    state: &AppState,
    me: &user::Model,
    email: &str,
    locale: Locale,
    client: std::net::IpAddr,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&txn)
        .await?
        .is_some();
    if !taken && throttle::allow_requested_mail(&txn, email, client).await? {
        tokens::revoke_all(&txn, me.id, Purpose::ChangeEmail).await?;
        let lifetime = Purpose::ChangeEmail.lifetime();
        let raw = tokens::issue(
            &txn,
            me.id,
            Purpose::ChangeEmail,
            Some(email.into()),
            lifetime,
        )
        .await?;
        let path = format!("/{}/account/email/confirm?token={raw}", locale.code());
        let link = state.absolute_url(&path);
        let kind = AccountMail::ConfirmNewEmail;
        let message = mails::compose(locale, kind, email, &me.full_name, &link)?;
        mail::queue(&txn, &message).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// Follows an address-change link: the account takes the new address and
/// the old one is told. False when the link is used up, expired, or the
/// address was taken meanwhile.
pub async fn confirm_email_change(state: &AppState, token: &str) -> Result<bool, AppError> {
    let txn = state.begin_write().await?;
    let Some(used) = tokens::consume(&txn, Purpose::ChangeEmail, token).await? else {
        return Ok(false);
    };
    let new_email = used.new_email.ok_or(AppError::NotFound)?;
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(&new_email))
        .one(&txn)
        .await?
        .is_some();
    if taken {
        return Ok(false);
    }
    let found = user::Entity::find_by_id(used.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let locale = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    let kind = AccountMail::EmailChanged;
    let notice = mails::compose(locale, kind, &found.email, &found.full_name, "")?;
    let mut changed: user::ActiveModel = found.into();
    changed.email = Set(new_email);
    changed.email_verified_at = Set(Some(Utc::now()));
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    mail::queue(&txn, &notice).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(true)
}

/// How an editor hears of new proposals.
pub async fn save_alerts(
    state: &AppState,
    user_id: i32,
    how: ProposalAlerts,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::ProposalAlerts, Expr::value(how.key()))
        .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(user_id))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// The zone the person reads times in.
pub async fn save_time_zone(
    state: &AppState,
    user_id: i32,
    zone: time_zones::Tz,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::TimeZone, Expr::value(zone.name()))
        .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(user_id))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Everything stored about the person (GDPR articles 15 and 20): the
/// account's own data, then each other feature's section.
pub async fn export(state: &AppState, me: &user::Model) -> Result<Value, AppError> {
    let db = &state.db;
    let lines = lines_of_work::all(db, Locale::En).await?;
    let slugs = directory::line_slugs(db, me.id, &lines).await?;
    let open_sessions = session::Entity::find()
        .filter(session::Column::UserId.eq(me.id))
        .order_by_asc(session::Column::CreatedAt)
        .all(db)
        .await?;
    let roles = role_change::Entity::find()
        .filter(role_change::Column::UserId.eq(me.id))
        .order_by_asc(role_change::Column::ChangedAt)
        .all(db)
        .await?;
    let mut export = json!({
        "exported_at": Utc::now(),
        "account": {
            "email": me.email,
            "email_confirmed_at": me.email_verified_at,
            "full_name": me.full_name,
            "account_type": me.account_type,
            "organisation_name": me.organisation_name,
            "sector": me.sector,
            "country": me.country_code,
            "working_languages": me.working_languages.split(',').collect::<Vec<_>>(),
            "lines_of_work": slugs,
            "language": me.locale,
            "time_zone": me.time_zone,
            "roles": admin::roles_of(db, me.id).await?,
            "created_at": me.created_at,
            "updated_at": me.updated_at,
        },
        "privacy_consent": { "given_at": me.consent_at, "policy_version": me.consent_policy_version },
        "sessions": open_sessions.iter().map(|s| json!({
            "started_at": s.created_at, "last_seen_at": s.last_seen_at, "expires_at": s.expires_at,
        })).collect::<Vec<_>>(),
        "role_changes": roles.iter().map(|r| json!({
            "from": r.old_role, "to": r.new_role, "changed_at": r.changed_at,
        })).collect::<Vec<_>>(),
    });
    let sections = state.personal_data.export(db, me.id).await?;
    if let Some(export) = export.as_object_mut() {
        export.extend(sections);
        let retention = state.settings.sensitive_retention_months;
        let locale = Locale::from_code(&me.locale).unwrap_or(Locale::En);
        export.insert("sensitivity".into(), labels::for_export(retention, locale));
    }
    Ok(export)
}

/// Deletes the account, unless it is the site's last administrator's
/// (then nothing happens and the answer is false). Every feature first
/// erases or anonymises what it holds about the person; sessions, tokens,
/// roles and chosen lines of work go with the account; the role audit
/// keeps its entries without the person.
pub async fn delete(state: &AppState, user_id: i32) -> Result<bool, AppError> {
    let txn = state.begin_write().await?;
    if admin::is_last_admin(&txn, user_id).await? {
        return Ok(false);
    }
    state.personal_data.erase(&txn, user_id).await?;
    user::Entity::delete_by_id(user_id).exec(&txn).await?;
    txn.commit().await?;
    Ok(true)
}
