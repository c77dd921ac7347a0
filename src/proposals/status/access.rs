//! How the person proves a proposal is theirs: the signed link from the
//! mail (anonymous senders) or their account (members). The proposal is
//! loaded and the proof checked together.

use axum::Extension;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use crate::{
    proposals::{entities::proposal, state::State},
    state::AppState,
    web::{AppError, CurrentUser, Page},
};

/// What the status link's signature is for.
pub const PURPOSE: &str = "proposal-status";

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SubmitterAccess {
    pub token: String,
    pub reference: String,
}

impl SubmitterAccess {
    /// A member's access to their own proposal, by reference.
    pub fn member(reference: String) -> Self {
        SubmitterAccess {
            token: String::new(),
            reference,
        }
    }

    /// The proposal, if the link's signature is right or it is the
    /// signed-in member's; unknown and not-yours look the same (404).
    pub async fn resolve(
        &self,
        state: &AppState,
        signed_in: &Option<Extension<CurrentUser>>,
    ) -> Result<proposal::Model, AppError> {
        let by_reference =
            proposal::Entity::find().filter(proposal::Column::Reference.eq(&self.reference));
        let found = if !self.token.is_empty() {
            let key = &state.settings.secret_key;
            if !key.verify(PURPOSE, &self.reference, &self.token) {
                return Err(AppError::NotFound);
            }
            by_reference.one(&state.db).await?
        } else if let Some(Extension(me)) = signed_in {
            by_reference
                .filter(proposal::Column::SubmitterId.eq(me.id))
                .one(&state.db)
                .await?
        } else {
            None
        };
        found
            .filter(|p| p.state != State::Unconfirmed)
            .ok_or(AppError::NotFound)
    }

    /// Where the person sees the proposal again.
    pub fn status_path(&self, page: &Page) -> String {
        if self.token.is_empty() {
            page.link(&format!("/account/proposals/{}", self.reference))
        } else {
            page.link(&format!(
                "/collaborate/status?reference={}&token={}",
                self.reference, self.token
            ))
        }
    }
}
