//! `MyAccount`: the signed-in person's whole account row, for their own
//! pages (profile, password, address, data, deletion). Other features only
//! ever see the `CurrentUser` summary, which carries no password hash.

use axum::{extract::FromRequestParts, http::request::Parts};
use sea_orm::EntityTrait;

use super::entities::user;
use crate::{
    state::AppState,
    web::{AppError, RequireUser},
};

pub struct MyAccount(pub user::Model);

impl FromRequestParts<AppState> for MyAccount {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let RequireUser(me) = RequireUser::from_request_parts(parts, state).await?;
        let user = user::Entity::find_by_id(me.id)
            .one(&state.db)
            .await?
            // Deleted between the session check and now.
            .ok_or(AppError::Forbidden)?;
        Ok(MyAccount(user))
    }
}
