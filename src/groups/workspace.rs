//! Who may enter a group's workspace (its discussions): its members and
//! staff. Everyone else is told the workspace does not exist (404), so a
//! private group's name does not leak; a removed member loses access with
//! the next request. A closed group's workspace is a read-only archive.

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::request::Parts,
};

use super::{
    entities::{MemberRole, Stage, group_member, working_group},
    queries,
};
use crate::{
    state::AppState,
    web::{AppError, CurrentUser, RequireUser, Role},
};

/// The group named by the route's `{id}`, entered by `me`.
pub struct Workspace {
    pub me: CurrentUser,
    pub group: working_group::Model,
    /// `me`'s place in the group; none for staff who are not members.
    pub membership: Option<group_member::Model>,
}

impl FromRequestParts<AppState> for Workspace {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let RequireUser(me) = RequireUser::from_request_parts(parts, state).await?;
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let id: i32 = params
            .iter()
            .find(|(name, _)| *name == "id")
            .and_then(|(_, value)| value.parse().ok())
            .ok_or(AppError::NotFound)?;
        let group = queries::find(&state.db, id).await?;
        let membership = queries::membership(&state.db, (id, me.id)).await?;
        if membership.is_none() && me.roles.is_empty() {
            return Err(AppError::NotFound);
        }
        Ok(Workspace {
            me,
            group,
            membership,
        })
    }
}

impl Workspace {
    /// For what changes the workspace: refused once the group is closed.
    pub fn require_open(&self) -> Result<(), AppError> {
        if self.is_archive() {
            Err(AppError::Conflict)
        } else {
            Ok(())
        }
    }

    /// Coordinators and editors run the group: they mark its outputs and
    /// schedule its meetings.
    pub fn may_coordinate(&self) -> bool {
        self.me.roles.has(Role::Editor)
            || self
                .membership
                .as_ref()
                .is_some_and(|m| m.role == MemberRole::Coordinator)
    }

    pub fn is_archive(&self) -> bool {
        self.group.stage == Stage::Closed
    }
}
