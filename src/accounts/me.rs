//! `MyAccount`: the signed-in person's whole account row, for their own
//! pages (profile, password, address, data, deletion). Other features only
//! ever see the `CurrentUser` summary, which carries no password hash.

use super::{entities::user, sessions::SessionAccount};
use crate::{
    state::AppState,
    web::{AppError, RequireUser},
};
use axum::{extract::FromRequestParts, http::request::Parts};

pub struct MyAccount(pub user::Model);

impl FromRequestParts<AppState> for MyAccount {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        RequireUser::from_request_parts(parts, state).await?;
        // Read with the session, in the same query.
        let SessionAccount(user) = parts
            .extensions
            .get::<SessionAccount>()
            .cloned()
            .ok_or(AppError::Forbidden)?;
        Ok(MyAccount(user))
    }
}
