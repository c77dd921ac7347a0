//! The staff workspace's navigation says how many proposals wait to be
//! taken up (received and confirmed, nobody assigned yet), so a new one
//! is seen at the next page staff open.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{entities::proposal, state::State as ProposalState};
use crate::{
    state::AppState,
    web::{CurrentUser, page::StaffInbox},
};

/// Puts the count in the request of every staff page, for its navigation.
pub async fn count_waiting(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let is_staff = request
        .extensions()
        .get::<CurrentUser>()
        .is_some_and(|user| user.roles.works_on_proposals());
    if is_staff {
        let waiting = proposal::Entity::find()
            .filter(proposal::Column::State.eq(ProposalState::Submitted))
            .count(&state.db)
            .await;
        match waiting {
            Ok(count) => {
                request.extensions_mut().insert(StaffInbox(count));
            }
            // The page is still worth showing without its count.
            Err(error) => tracing::warn!(%error, "could not count the waiting proposals"),
        }
    }
    next.run(request).await
}
