//! The life of a proposal as an explicit state machine. Every change of
//! state goes through `next`, so nothing can be decided twice or after a
//! withdrawal, and each change is written to the audit trail.

use sea_orm::entity::prelude::*;

/// Stored as text; a stored value that is none of these fails the query
/// loudly instead of passing for another state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum State {
    /// Sent anonymously; waits for the e-mail address to be confirmed.
    #[sea_orm(string_value = "unconfirmed")]
    Unconfirmed,
    /// Confirmed, waiting for staff.
    #[sea_orm(string_value = "submitted")]
    Submitted,
    /// At least one evaluator is working on it.
    #[sea_orm(string_value = "in-review")]
    InReview,
    /// Staff asked the submitter for more information.
    #[sea_orm(string_value = "awaiting-information")]
    AwaitingInformation,
    #[sea_orm(string_value = "decided")]
    Decided,
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    Confirm,
    Assign,
    RequestInformation,
    ProvideInformation,
    Decide,
    Withdraw,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Unconfirmed,
        State::Submitted,
        State::InReview,
        State::AwaitingInformation,
        State::Decided,
        State::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            State::Unconfirmed => "unconfirmed",
            State::Submitted => "submitted",
            State::InReview => "in-review",
            State::AwaitingInformation => "awaiting-information",
            State::Decided => "decided",
            State::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(key: &str) -> Option<State> {
        State::ALL.into_iter().find(|state| state.key() == key)
    }

    /// Decided and withdrawn proposals are closed: nothing changes them.
    pub fn is_open(self) -> bool {
        !matches!(self, State::Decided | State::Withdrawn)
    }

    /// Whether the submitter may still write on the thread. A decision
    /// starts the conversation about the next steps, so it stays open for
    /// messages; a withdrawal ends it, and nothing is sent before confirmation.
    pub fn accepts_messages(self) -> bool {
        !matches!(self, State::Unconfirmed | State::Withdrawn)
    }

    /// The state after `transition`, or None when it is not allowed here.
    pub fn next(self, transition: Transition) -> Option<State> {
        use State::*;
        use Transition::*;
        match (self, transition) {
            (Unconfirmed, Confirm) => Some(Submitted),
            (Submitted | InReview, Assign) => Some(InReview),
            // Adding an evaluator does not answer the open question.
            (AwaitingInformation, Assign) => Some(AwaitingInformation),
            // A follow-up question while waiting keeps waiting.
            (Submitted | InReview | AwaitingInformation, RequestInformation) => {
                Some(AwaitingInformation)
            }
            (AwaitingInformation, ProvideInformation) => Some(InReview),
            (Submitted | InReview | AwaitingInformation, Decide) => Some(Decided),
            (Submitted | InReview | AwaitingInformation, Withdraw) => Some(Withdrawn),
            _ => None,
        }
    }
}

/// Shown as its key (templates print and compare it so).
impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl serde::Serialize for State {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::{State::*, Transition::*, *};

    const TRANSITIONS: [Transition; 6] = [
        Confirm,
        Assign,
        RequestInformation,
        ProvideInformation,
        Decide,
        Withdraw,
    ];

    #[test]
    fn allowed_transitions() {
        assert_eq!(Unconfirmed.next(Confirm), Some(Submitted));
        assert_eq!(Submitted.next(Assign), Some(InReview));
        assert_eq!(InReview.next(Assign), Some(InReview));
        assert_eq!(InReview.next(RequestInformation), Some(AwaitingInformation));
        assert_eq!(
            AwaitingInformation.next(RequestInformation),
            Some(AwaitingInformation),
            "a follow-up question"
        );
        assert_eq!(AwaitingInformation.next(ProvideInformation), Some(InReview));
        for open in [Submitted, InReview, AwaitingInformation] {
            assert_eq!(open.next(Decide), Some(Decided));
            assert_eq!(open.next(Withdraw), Some(Withdrawn));
        }
    }

    #[test]
    fn a_decided_proposal_still_takes_the_submitters_answer() {
        assert!(Decided.accepts_messages());
        assert!(!Withdrawn.accepts_messages());
        assert!(!Unconfirmed.accepts_messages());
    }

    #[test]
    fn closed_proposals_accept_nothing() {
        for closed in [Decided, Withdrawn] {
            for transition in TRANSITIONS {
                assert_eq!(closed.next(transition), None, "{closed:?} + {transition:?}");
            }
        }
    }

    #[test]
    fn unconfirmed_proposals_only_confirm() {
        for transition in TRANSITIONS.into_iter().filter(|t| *t != Confirm) {
            assert_eq!(Unconfirmed.next(transition), None, "{transition:?}");
        }
        assert_eq!(Submitted.next(Confirm), None, "no second confirmation");
        assert_eq!(
            Submitted.next(ProvideInformation),
            None,
            "nothing was asked"
        );
        assert_eq!(AwaitingInformation.next(Assign), Some(AwaitingInformation));
    }

    #[test]
    fn keys_round_trip_and_unknown_stored_states_fail() {
        use sea_orm::ActiveEnum;
        for state in State::ALL {
            assert_eq!(State::from_key(state.key()), Some(state));
            assert_eq!(state.to_value(), state.key());
        }
        assert!(State::try_from_value(&"archived".to_string()).is_err());
    }
}
