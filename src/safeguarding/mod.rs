//! Safeguarding children's details. Practitioners who write to the
//! observatory work with children in conflict with the law, and a proposal,
//! a message, a group post or a library contribution will sometimes name a
//! child, give an age and a town, or a case number. Such a text is read
//! before it is sent (`detect`); the sender is told what was found and why
//! it matters, and edits it or confirms (`masking::Scan`). What is sent
//! anyway is stored masked: the text keeps a placeholder ("[name of a
//! child]") in the sender's language, and the detail itself is kept apart,
//! in `safeguarding_details`, so every page, mail, export and index shows
//! the placeholder without knowing about it. Only editors see a detail,
//! one at a time and with a reason, and each look is on record
//! (`reveal`). Sensitive texts go when their retention ends (the fields'
//! labels are in `labels`); a staff page counts what was flagged, masked,
//! revealed and erased, by month (`report`).
//!
//! Shared plumbing: it knows no feature; each feature says which of its
//! texts are scanned and under which subject they are kept.

pub mod corrections;
pub mod detect;
pub mod entities;
pub mod labels;
pub mod log;
pub mod masking;
pub mod personal_data;
pub mod report;
pub mod retention;
pub mod reveal;

pub use masking::{Field, Masked, Scan, Screened, screen};

use axum::routing::get;

use crate::web::FeatureRoutes;

/// What a masked detail belongs to: its table, and the row's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Proposal,
    ProposalMessage,
    /// Not scanned (staff write it), but its notes are erased with the
    /// proposal's texts.
    ProposalEvaluation,
    GroupThread,
    GroupPost,
    Contribution,
    AssistanceRequest,
    /// An answer to an offer (a decline's reason, a counter's message).
    Offer,
    /// A working group meeting's agenda and minutes.
    GroupMeeting,
}

impl Subject {
    pub const ALL: [Subject; 9] = [
        Subject::Proposal,
        Subject::ProposalMessage,
        Subject::ProposalEvaluation,
        Subject::GroupThread,
        Subject::GroupPost,
        Subject::Contribution,
        Subject::AssistanceRequest,
        Subject::Offer,
        Subject::GroupMeeting,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Subject::Proposal => "proposal",
            Subject::ProposalMessage => "proposal-message",
            Subject::ProposalEvaluation => "proposal-evaluation",
            Subject::GroupThread => "group-thread",
            Subject::GroupPost => "group-post",
            Subject::Contribution => "contribution",
            Subject::AssistanceRequest => "assistance-request",
            Subject::Offer => "offer",
            Subject::GroupMeeting => "group-meeting",
        }
    }

    pub fn from_key(key: &str) -> Option<Subject> {
        Subject::ALL
            .into_iter()
            .find(|subject| subject.key() == key)
    }

    /// The table its texts are in (see `labels`).
    pub fn table(self) -> &'static str {
        match self {
            Subject::Proposal => "proposals",
            Subject::ProposalMessage => "proposal_messages",
            Subject::ProposalEvaluation => "proposal_evaluations",
            Subject::GroupThread => "group_threads",
            Subject::GroupPost => "group_posts",
            Subject::Contribution => "library_resources",
            Subject::AssistanceRequest => "assistance_requests",
            Subject::Offer => "offers",
            Subject::GroupMeeting => "group_meetings",
        }
    }
}

/// The editors' pages: the monthly report and revealing a detail.
pub fn routes() -> FeatureRoutes {
    FeatureRoutes {
        editor: axum::Router::new()
            .route("/safeguarding", get(report::show))
            .route(
                "/safeguarding/details/{id}",
                get(reveal::show).post(reveal::reveal),
            ),
        ..FeatureRoutes::default()
    }
}
