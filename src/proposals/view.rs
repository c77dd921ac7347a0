//! A proposal as pages show it: every fact of it, but not the hash of its
//! confirmation token nor its form key, which no page needs.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{
    entities::{attachment, proposal, proposal_line},
    state::State,
};
use crate::{
    i18n::Locale,
    lines_of_work::{self, LineOption},
    web::AppError,
};

pub struct ProposalView {
    pub id: i32,
    pub reference: String,
    pub state: State,
    pub account_type: String,
    pub full_name: String,
    pub organisation_name: Option<String>,
    pub sector: Option<String>,
    pub country_code: String,
    pub email: String,
    pub working_languages: String,
    pub specialisation: String,
    pub title: String,
    pub description: String,
    pub collaboration_kind: String,
    pub decision: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<proposal::Model> for ProposalView {
    fn from(p: proposal::Model) -> Self {
        ProposalView {
            id: p.id,
            reference: p.reference,
            state: p.state,
            account_type: p.account_type,
            full_name: p.full_name,
            organisation_name: p.organisation_name,
            sector: p.sector,
            country_code: p.country_code,
            email: p.email,
            working_languages: p.working_languages,
            specialisation: p.specialisation,
            title: p.title,
            description: p.description,
            collaboration_kind: p.collaboration_kind,
            decision: p.decision,
            created_at: p.created_at,
        }
    }
}

/// The lines of work the proposal concerns, retired ones included.
pub async fn chosen_lines(
    db: &impl ConnectionTrait,
    id: i32,
    locale: Locale,
) -> Result<Vec<LineOption>, AppError> {
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.eq(id))
        .all(db)
        .await?;
    Ok(lines_of_work::all(db, locale)
        .await?
        .into_iter()
        .filter(|l| chosen.iter().any(|c| c.line_id == l.id))
        .collect())
}

/// The files sent with the proposal.
pub async fn files(db: &impl ConnectionTrait, id: i32) -> Result<Vec<attachment::Model>, AppError> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::ProposalId.eq(id))
        .all(db)
        .await?)
}
