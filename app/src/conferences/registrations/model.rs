//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use crate::conferences::Trilingual;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// Who a person is at the conference.
    pub enum DelegateRole {
        /// Heads a member's delegation (at most one per member).
        Head => "role-head",
        /// Votes for the member (no more than the edition's quota).
        Voting => "role-voting",
        Observer => "role-observer",
        /// Someone from a non-member body who applied on their own.
        Individual => "role-individual",
    }
}

impl DelegateRole {
    /// The roles a focal point gives its delegates.
    pub const DELEGATION: [DelegateRole; 3] = [DelegateRole::Head, DelegateRole::Voting, DelegateRole::Observer];
}

crate::choice! {
    /// Where a registration stands.
    pub enum RegistrationState {
        Pending => "registration-pending",
        Confirmed => "registration-confirmed",
        Waitlisted => "registration-waitlisted",
        Cancelled => "registration-cancelled",
        Rejected => "registration-rejected",
        Attended => "registration-attended",
    }
}

impl RegistrationState {
    /// Whether the person holds one of the edition's seats.
    pub fn holds_seat(self) -> bool {
        matches!(self, RegistrationState::Confirmed | RegistrationState::Attended)
    }

    /// Whether the registration still counts (for delegation limits and repeated sign-ups).
    pub fn is_live(self) -> bool {
        !matches!(self, RegistrationState::Cancelled | RegistrationState::Rejected)
    }

    /// Whether the person may still cancel it.
    pub fn can_cancel(self) -> bool {
        matches!(self, RegistrationState::Pending | RegistrationState::Confirmed | RegistrationState::Waitlisted)
    }
}

crate::choice! {
    /// The label of a registration's visa letter status (`none`, `requested`, `issued`).
    pub enum VisaLetter {
        None => "visa-none",
        Requested => "visa-requested",
        Issued => "visa-issued",
    }
}

crate::choice! {
    /// Who may see a person's name on the participant list.
    pub enum Consent {
        /// Anyone, on the public list.
        Public => "consent-public",
        /// Signed-in members and delegates.
        Delegates => "consent-delegates",
        /// The secretariat only.
        Secretariat => "consent-secretariat",
    }
}

/// What the registration forms send, as typed. `role` is ignored for individual applications;
/// `organisation` is only for them; passport fields only matter when `visa_letter` is on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DelegateInput {
    pub full_name: String,
    pub email: String,
    pub phone: String,
    pub language: String,
    pub role: String,
    pub consent: String,
    pub organisation: String,
    pub visa_letter: String,
    pub passport_name: String,
    pub passport_number: String,
    pub nationality: String,
    pub birth_date: String,
    pub passport_expiry: String,
}

/// A registration as the person, their focal point and the secretariat see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationView {
    pub id: i32,
    pub edition_id: i32,
    pub edition_title: Trilingual,
    pub member_id: Option<i32>,
    /// The member's name, or the body an individual represents.
    pub organisation: String,
    pub country: Option<String>,
    pub role: DelegateRole,
    pub full_name: String,
    pub email: String,
    pub phone: String,
    pub language: String,
    pub consent: Consent,
    pub state: RegistrationState,
    /// Place on the waitlist, from 1, while waitlisted.
    pub waitlist_position: Option<u64>,
    pub visa_letter: VisaLetter,
    pub letter_code: Option<String>,
    pub checkin_code: String,
    /// Local time at the venue.
    pub checked_in_at: Option<chrono::NaiveDateTime>,
}

/// The personal page behind the emailed link: the registration, the agenda to choose from and
/// the address of the personal calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManageView {
    pub registration: RegistrationView,
    pub form: DelegateInput,
    pub sessions: Vec<(crate::conferences::SessionView, bool)>,
    pub feed_path: String,
}

/// One line of a participant list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub full_name: String,
    pub organisation: String,
    pub country: Option<String>,
    pub role: DelegateRole,
}

/// A member's delegation to an edition, for its focal point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DelegationView {
    pub edition: crate::conferences::EditionView,
    pub member_name: String,
    pub delegates: Vec<RegistrationView>,
}

/// What the check-in desk learns from a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckIn {
    CheckedIn(RegistrationView),
    AlreadyCheckedIn(RegistrationView),
}

/// A printable invitation letter, its text already in the letter's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterView {
    pub number: i32,
    pub language: String,
    /// "No. 12 · 1 December 2026", in the letter's language.
    pub reference: String,
    pub heading: String,
    pub body: String,
    /// Labelled lines: the person, passport, organisation, conference.
    pub details: Vec<(String, String)>,
    pub closing: String,
    pub verify_url: String,
    /// Whether the registration it invites to still stands: a letter of a cancelled or refused
    /// registration says so to whoever verifies it.
    pub valid: bool,
}

/// A printable badge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgeView {
    pub full_name: String,
    pub organisation: String,
    pub country: Option<String>,
    pub role: DelegateRole,
    /// The QR code of the check-in address, as SVG.
    pub qr_svg: String,
    pub checkin_code: String,
}
