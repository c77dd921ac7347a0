//! The review page's view model: what staff see of one proposal. Only the
//! people it names are read (not every account), and nothing in it is a
//! secret (the proposal comes as a `ProposalView`).

use std::collections::BTreeMap;

use askama::Template;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use super::super::{
    access::{StaffProposal, StaffView},
    entities::{assignment, attachment, evaluation, event, message, proposal},
    suggestions::{Kind, Suggested, Suggestions},
    view::{self, ProposalView},
    workflow::{self, Author},
};
use crate::{
    geography,
    groups::entities::{Keyed, MemberRole},
    lines_of_work::LineOption,
    offers::{store as offers, terms::TermsInput, view::OfferView},
    people::directory::{self, Person},
    safeguarding::{
        Subject,
        reveal::{self, Listed},
    },
    state::AppState,
    web::{AppError, Page, Role, form::FieldErrors},
};

pub const RECOMMENDATIONS: [&str; 4] = [
    "individual-action",
    "working-group",
    "not-at-this-time",
    "more-information",
];
/// Fit scores; each has a meaning shown next to it.
pub const SCORES: [u8; 4] = [1, 2, 3, 4];

/// Fit of the proposal and of the profile with one line of work.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Fit {
    pub proposal: u8,
    pub profile: u8,
}

pub struct AssignmentRow {
    /// None once the evaluator's account is deleted.
    pub evaluator_id: Option<i32>,
    pub evaluator: String,
    pub conflict: bool,
}

pub struct EvaluationRow {
    pub evaluator: String,
    pub recommendation: String,
    pub notes: String,
    pub fits: Vec<(String, Fit)>,
}

pub struct EventRow {
    pub at: String,
    pub actor: String,
    pub from: String,
    pub to: String,
    pub note: String,
}

pub struct MessageRow {
    pub at: String,
    pub author: String,
    pub internal: bool,
    pub body: String,
}

#[derive(Template)]
#[template(path = "proposals/review.html")]
pub struct ReviewPage {
    pub page: Page,
    pub proposal: ProposalView,
    pub view: StaffView,
    pub lines: Vec<LineOption>,
    pub files: Vec<attachment::Model>,
    pub thread: Vec<MessageRow>,
    pub assignments: Vec<AssignmentRow>,
    pub evaluations: Vec<EvaluationRow>,
    pub events: Vec<EventRow>,
    pub evaluators: Vec<Person>,
    /// The signed-in evaluator's own evaluation, to edit.
    pub mine: Option<EvaluationRow>,
    pub i_am_assigned: bool,
    pub open: bool,
    /// The submitter can still be written to (also after a decision).
    pub can_write: bool,
    pub errors: FieldErrors,
    /// What was written in the message box, given back with its errors.
    pub draft: Draft,
    /// The offer made with the decision, if any.
    pub offer: Option<OfferView>,
    /// The form revising it.
    pub revision: Revision,
    /// A revision was just sent: say so.
    pub offer_revised: bool,
    /// For editors: the details hidden in the proposal's texts and thread.
    pub hidden: Vec<Listed>,
    /// What the proposal is most like, and who could evaluate it (on the
    /// page as first shown, not when a form comes back with errors).
    pub suggestions: Option<Suggestions>,
}

/// The form revising an offer: its terms, and the message sent with them.
#[derive(Default)]
pub struct Revision {
    pub terms: TermsInput,
    pub message: String,
}

impl ReviewPage {
    pub fn roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }

    /// Whether the revision form asks for a role (a place in a group) or
    /// an action.
    pub fn offer_in_group(&self) -> bool {
        self.offer
            .as_ref()
            .is_some_and(|o| o.offer.group_id.is_some())
    }
}

/// The message box's content.
#[derive(Default)]
pub struct Draft {
    pub kind: String,
    pub body: String,
}

/// What staff can write on a proposal's thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writing {
    /// Seen by staff only.
    Note,
    /// Asks the submitter for information; the proposal waits for them.
    Question,
    /// Writes to the submitter without changing the state.
    Message,
}

impl Writing {
    const ALL: [Writing; 3] = [Writing::Note, Writing::Question, Writing::Message];

    pub fn key(self) -> &'static str {
        match self {
            Writing::Note => "note",
            Writing::Question => "question",
            Writing::Message => "message",
        }
    }

    pub fn from_key(key: &str) -> Option<Writing> {
        Writing::ALL
            .into_iter()
            .find(|writing| writing.key() == key)
    }
}

impl ReviewPage {
    /// A file's size in KiB, rounded up (a small file is not "0 KiB").
    fn size_in_kib(&self, bytes: &i64) -> i64 {
        (bytes + 1023) / 1024
    }

    /// What the message box offers: a question only while the proposal is
    /// being decided, a message while the submitter can still answer.
    fn writings(&self) -> Vec<Writing> {
        Writing::ALL
            .into_iter()
            .filter(|writing| match writing {
                Writing::Note => true,
                Writing::Question => self.open,
                Writing::Message => self.can_write,
            })
            .collect()
    }

    /// The kind ticked in the message box: the one sent back, or a note.
    fn chosen_writing(&self) -> &str {
        if self.draft.kind.is_empty() {
            Writing::Note.key()
        } else {
            &self.draft.kind
        }
    }

    /// The suggestions, by kind, with their headings.
    fn suggestion_lists(&self) -> Vec<(&'static str, &[Suggested])> {
        let Some(suggested) = &self.suggestions else {
            return Vec::new();
        };
        vec![
            ("suggestions-lines", &suggested.lines),
            ("suggestions-groups", &suggested.groups),
            ("suggestions-resources", &suggested.resources),
            ("suggestions-evaluators", &suggested.evaluators),
        ]
    }

    /// Filing under a line and assigning are editors' steps; any staff
    /// member on the proposal notes a group or a resource.
    fn may_accept(&self, item: &Suggested) -> bool {
        match item.kind {
            Kind::Line | Kind::Evaluator => self.view.can_decide() && self.open,
            Kind::Group | Kind::Resource => true,
        }
    }

    /// Where a hidden detail's page leads back to.
    fn here(&self) -> String {
        self.page.link_join("/staff/proposals/", self.proposal.id)
    }

    /// The address of one of this proposal's staff actions.
    fn action(&self, suffix: &str) -> String {
        self.page
            .link(&format!("/staff/proposals/{}/{suffix}", self.proposal.id))
    }

    fn recommendations(&self) -> [&'static str; 4] {
        RECOMMENDATIONS
    }
    fn scores(&self) -> [u8; 4] {
        SCORES
    }
    fn region(&self) -> String {
        self.page
            .region(geography::region_of(&self.proposal.country_code).key())
    }
    fn my_fit(&self, line: &str, part: &str) -> u8 {
        let fit = self.mine.as_ref().and_then(|m| {
            m.fits
                .iter()
                .find(|(name, _)| name == line)
                .map(|(_, f)| f.clone())
        });
        fit.map_or(0, |f| {
            if part == "proposal" {
                f.proposal
            } else {
                f.profile
            }
        })
    }
    fn my_recommendation(&self) -> &str {
        self.mine.as_ref().map_or("", |m| m.recommendation.as_str())
    }
    fn my_notes(&self) -> &str {
        self.mine.as_ref().map_or("", |m| m.notes.as_str())
    }
}

/// Audit notes are stored as fixed English phrases (a stable record, also
/// in exports), some followed by ": detail"; staff read them in their
/// language. Each phrase here is one the workflow writes.
const AUDIT_PHRASES: [(&str, &str); 14] = [
    ("web form", "audit-web-form"),
    ("address confirmed", "audit-address-confirmed"),
    ("assigned", "audit-assigned"),
    ("unassigned", "audit-unassigned"),
    ("information requested", "audit-information-requested"),
    ("information provided", "audit-information-provided"),
    ("conflict of interest declared", "audit-conflict-declared"),
    ("withdrawn by the submitter", "audit-withdrawn"),
    ("decision", "audit-decision"),
    ("offer sent", "audit-offer-sent"),
    ("offer revised", "audit-offer-revised"),
    ("offer accepted", "audit-offer-accepted"),
    ("offer declined", "audit-offer-declined"),
    ("offer countered", "audit-offer-countered"),
];

fn audit_note(page: &Page, note: &str) -> String {
    let (phrase, detail) = note
        .split_once(": ")
        .map_or((note, None), |(phrase, detail)| (phrase, Some(detail)));
    let Some((_, id)) = AUDIT_PHRASES.iter().find(|(stored, _)| *stored == phrase) else {
        return note.to_string();
    };
    match detail {
        Some(detail) => {
            let detail = if phrase == "decision" {
                page.label("decision", detail)
            } else {
                detail.to_string()
            };
            page.locale.t_args(id, &[("detail", detail.into())])
        }
        None => page.t(id),
    }
}

/// The names of the people a page mentions, read in one query.
struct People(BTreeMap<i32, String>);

impl People {
    async fn named(db: &impl ConnectionTrait, ids: Vec<i32>) -> Result<People, AppError> {
        let found = directory::people(db, ids).await?;
        Ok(People(
            found.into_iter().map(|p| (p.id, p.full_name)).collect(),
        ))
    }

    /// The person's name, or the message `missing` (a deleted account).
    fn name(&self, id: Option<i32>, page: &Page, missing: &str) -> String {
        id.and_then(|id| self.0.get(&id).cloned())
            .unwrap_or_else(|| page.t(missing))
    }
}

/// Everything staff see of the proposal, for `staff`'s view of it.
pub async fn build(
    state: &AppState,
    page: Page,
    staff: StaffProposal,
    errors: FieldErrors,
) -> Result<ReviewPage, AppError> {
    let db = &state.db;
    let id = staff.id();
    let found = staff.proposal;
    let lines = view::chosen_lines(db, id, page.locale).await?;
    let files = view::files(db, id).await?;
    let messages = workflow::thread(db, id, true).await?;
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(id))
        .all(db)
        .await?;
    let stored = evaluation::Entity::find()
        .filter(evaluation::Column::ProposalId.eq(id))
        .all(db)
        .await?;
    let history = event::Entity::find()
        .filter(event::Column::ProposalId.eq(id))
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?;
    let named: Vec<i32> = messages
        .iter()
        .map(|m| m.author_id)
        .chain(assigned.iter().map(|a| a.evaluator_id))
        .chain(stored.iter().map(|e| e.evaluator_id))
        .chain(history.iter().map(|e| e.actor_id))
        .flatten()
        .collect();
    let people = People::named(db, named).await?;
    let evaluators = if staff.view == StaffView::Full {
        directory::holding(db, Role::Evaluator).await?
    } else {
        Vec::new()
    };
    let offer = match offers::of_proposal(db, id).await? {
        Some(offer) => Some(OfferView::of(db, offer, page.locale).await?),
        None => None,
    };
    let revision = offer
        .as_ref()
        .map(|view| Revision {
            terms: TermsInput::revising(&view.offer),
            message: String::new(),
        })
        .unwrap_or_default();
    let texts = [
        (Subject::Proposal, vec![id]),
        (
            Subject::ProposalMessage,
            messages.iter().map(|m| m.id).collect(),
        ),
        (
            Subject::Offer,
            offer.iter().map(|view| view.offer.id).collect(),
        ),
    ];
    let hidden = reveal::listed_for(&page, db, &texts).await?;
    let rows = Rows {
        page: &page,
        people: &people,
        proposal: &found,
        lines: &lines,
    };
    Ok(ReviewPage {
        suggestions: None,
        hidden,
        open: found.state.is_open(),
        can_write: found.accepts_messages(),
        draft: Draft::default(),
        offer,
        revision,
        offer_revised: false,
        thread: messages.iter().map(|m| rows.message(m)).collect(),
        assignments: assigned.iter().map(|a| rows.assignment(a)).collect(),
        mine: stored
            .iter()
            .find(|e| e.evaluator_id == Some(staff.me.id))
            .map(|e| rows.evaluation(e)),
        evaluations: stored.iter().map(|e| rows.evaluation(e)).collect(),
        events: history.iter().map(|e| rows.event(e)).collect(),
        i_am_assigned: staff.assigned,
        view: staff.view,
        proposal: found.into(),
        lines,
        files,
        evaluators,
        errors,
        page,
    })
}

/// Turns stored rows into what the page shows, in the page's language.
struct Rows<'a> {
    page: &'a Page,
    people: &'a People,
    proposal: &'a proposal::Model,
    lines: &'a [LineOption],
}

impl Rows<'_> {
    fn message(&self, m: &message::Model) -> MessageRow {
        MessageRow {
            at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
            author: if m.author_role == Author::Submitter.key() {
                self.proposal.full_name.clone()
            } else {
                self.people.name(m.author_id, self.page, "proposal-staff")
            },
            internal: m.internal,
            body: m.body.clone(),
        }
    }

    fn assignment(&self, a: &assignment::Model) -> AssignmentRow {
        AssignmentRow {
            evaluator_id: a.evaluator_id,
            evaluator: self
                .people
                .name(a.evaluator_id, self.page, "admin-deleted-account"),
            conflict: a.conflict_at.is_some(),
        }
    }

    fn evaluation(&self, e: &evaluation::Model) -> EvaluationRow {
        let scores: BTreeMap<i32, Fit> = serde_json::from_str(&e.scores).unwrap_or_default();
        EvaluationRow {
            evaluator: self
                .people
                .name(e.evaluator_id, self.page, "admin-deleted-account"),
            recommendation: e.recommendation.clone(),
            notes: e.notes.clone(),
            fits: self
                .lines
                .iter()
                .map(|l| {
                    (
                        l.name.clone(),
                        scores.get(&l.id).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }

    fn event(&self, e: &event::Model) -> EventRow {
        let page = self.page;
        EventRow {
            at: e.created_at.format("%Y-%m-%d %H:%M").to_string(),
            actor: match e.actor_id {
                Some(actor) if Some(actor) == self.proposal.submitter_id => {
                    self.proposal.full_name.clone()
                }
                Some(_) => self.people.name(e.actor_id, page, "proposal-staff"),
                None => page.t("proposal-actor-submitter-or-system"),
            },
            from: e
                .from_state
                .map(|s| page.label("proposal-state", s))
                .unwrap_or_default(),
            to: page.label("proposal-state", e.to_state),
            note: audit_note(page, &e.note),
        }
    }
}
