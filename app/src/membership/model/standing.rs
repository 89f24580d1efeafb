//! Changes of a member's standing decided by the secretariat.
use super::*;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// A change of a member's standing decided by the secretariat.
    pub enum StatusChange {
        Suspend => "standing-suspend",
        Withdraw => "standing-withdraw",
        Reinstate => "standing-reinstate",
    }
}

impl StatusChange {
    /// The audit log's name for the change.
    pub fn audit_action(self) -> &'static str {
        match self {
            StatusChange::Suspend => "membership.suspended",
            StatusChange::Withdraw => "membership.withdrawn",
            StatusChange::Reinstate => "membership.reinstated",
        }
    }

    /// The status a member ends in.
    pub fn target(self) -> MemberStatus {
        match self {
            StatusChange::Suspend => MemberStatus::Suspended,
            StatusChange::Withdraw => MemberStatus::Withdrawn,
            StatusChange::Reinstate => MemberStatus::Active,
        }
    }

    /// The changes open to a member in `status`: an active member may be suspended or
    /// withdraw; a suspended one reinstated or withdrawn; a withdrawn one may rejoin.
    pub fn allowed_from(status: MemberStatus) -> &'static [StatusChange] {
        match status {
            MemberStatus::Active => &[StatusChange::Suspend, StatusChange::Withdraw],
            MemberStatus::Suspended => &[StatusChange::Reinstate, StatusChange::Withdraw],
            MemberStatus::Withdrawn => &[StatusChange::Reinstate],
            MemberStatus::Applicant | MemberStatus::Rejected => &[],
        }
    }
}

/// One change in a member's standing, as its page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandingEvent {
    pub status: MemberStatus,
    pub effective_on: chrono::NaiveDate,
    /// Only for signed-in readers.
    pub reason: Option<String>,
}
