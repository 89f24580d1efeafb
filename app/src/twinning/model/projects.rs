//! Projects in Palestinian localities and the support they receive, and exchange visits between
//! members: what their forms send, how it is checked, and the views pages show.
use super::agreements::{chosen_id, theme_ids};
use crate::domain::{multiline_text, optional_text, parse_date, required_text, Choice, FieldError};
use crate::i18n::Lang;
use crate::membership::DirectoryEntry;
use crate::resolutions::ThemeView;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// Where a project stands.
    pub enum ProjectStatus {
        Planned => "project-status-planned",
        Running => "project-status-running",
        Completed => "project-status-completed",
        Suspended => "project-status-suspended",
    }
}

crate::choice! {
    /// What a project receives.
    pub enum SupportKind {
        Financial => "support-kind-financial",
        Technical => "support-kind-technical",
        InKind => "support-kind-in-kind",
        /// Political or moral support: a council's resolution, a public stand.
        Political => "support-kind-political",
    }
}

/// An optional date: `None` when left empty.
fn optional_date(typed: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<NaiveDate> {
    if typed.trim().is_empty() {
        None
    } else {
        parse_date(typed, field, "error-date", problems)
    }
}

/// What the project form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectInput {
    pub title: String,
    /// The language the title and description are written in.
    pub language: String,
    pub description: String,
    /// The Palestinian member where the project is.
    pub locality: String,
    /// The agreement it is carried out under; empty for a project on its own.
    pub agreement: String,
    pub status: String,
    pub starts_on: String,
    pub ends_on: String,
    pub themes: Vec<String>,
}

/// A project whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectFields {
    pub title: String,
    pub language: Lang,
    pub description: String,
    pub locality: i32,
    pub agreement: Option<i32>,
    pub status: ProjectStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub themes: Vec<i32>,
}

impl ProjectFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &ProjectInput) -> Result<ProjectFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let title = required_text(&input.title, "title", 300, &mut problems);
        let language = Lang::parse(&input.language);
        if language.is_none() {
            problems.push(FieldError { field: "language", key: "error-choice-invalid" });
        }
        let description = multiline_text(&input.description, "description", 4000, &mut problems);
        let locality = chosen_id(&input.locality, "locality", &mut problems);
        if locality.is_none() && input.locality.trim().is_empty() {
            problems.push(FieldError { field: "locality", key: "error-project-locality" });
        }
        let agreement = chosen_id(&input.agreement, "agreement", &mut problems);
        let status = ProjectStatus::parse(&input.status);
        if status.is_none() {
            problems.push(FieldError { field: "status", key: "error-choice-invalid" });
        }
        let starts_on = optional_date(&input.starts_on, "starts_on", &mut problems);
        let ends_on = optional_date(&input.ends_on, "ends_on", &mut problems);
        if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
            if ends < starts {
                problems.push(FieldError { field: "ends_on", key: "error-date-order" });
            }
        }
        let themes = theme_ids(&input.themes, &mut problems);
        match (language, locality, status) {
            (Some(language), Some(locality), Some(status)) if problems.is_empty() => Ok(ProjectFields {
                title,
                language,
                description,
                locality,
                agreement,
                status,
                starts_on,
                ends_on,
                themes,
            }),
            _ => Err(problems),
        }
    }
}

/// What the support form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportInput {
    /// A member's id; empty when another body gives it.
    pub giver_member: String,
    /// Another giver's name (a ministry, a foundation, a university).
    pub giver_name: String,
    pub kind: String,
    /// Financial support only: the amount as people type it, and its ISO 4217 code.
    pub amount: String,
    pub currency: String,
    pub description: String,
    pub given_on: String,
}

/// Who gives support.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Giver {
    Member(i32),
    Other(String),
}

/// Support whose every field was checked; a financial one has its amount in minor units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportFields {
    pub giver: Giver,
    pub kind: SupportKind,
    pub amount: Option<(i64, String)>,
    pub description: String,
    pub given_on: Option<NaiveDate>,
}

impl SupportFields {
    /// Checked on the server, which knows the currencies.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &SupportInput) -> Result<SupportFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let member = chosen_id(&input.giver_member, "giver_member", &mut problems);
        let name = optional_text(&input.giver_name, "giver_name", 200, &mut problems);
        let giver = match (member, name) {
            (Some(id), None) => Some(Giver::Member(id)),
            (None, Some(name)) => Some(Giver::Other(name)),
            (Some(_), Some(_)) => {
                problems.push(FieldError { field: "giver_name", key: "error-support-giver-both" });
                None
            }
            (None, None) => {
                if input.giver_member.trim().is_empty() {
                    problems.push(FieldError { field: "giver_member", key: "error-support-giver" });
                }
                None
            }
        };
        let kind = SupportKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let typed_amount = !input.amount.trim().is_empty() || !input.currency.trim().is_empty();
        let amount = match kind {
            Some(SupportKind::Financial) => {
                let currency = input.currency.trim().to_uppercase();
                match crate::finance::minor_digits(&currency) {
                    None => {
                        problems.push(FieldError { field: "currency", key: "error-currency" });
                        None
                    }
                    Some(digits) => match crate::finance::parse_amount(&input.amount, digits) {
                        Some(minor) if minor > 0 => Some((minor, currency)),
                        _ => {
                            problems.push(FieldError { field: "amount", key: "error-support-amount" });
                            None
                        }
                    },
                }
            }
            Some(_) if typed_amount => {
                problems.push(FieldError { field: "amount", key: "error-support-amount-financial" });
                None
            }
            _ => None,
        };
        let description = optional_text(&input.description, "description", 500, &mut problems).unwrap_or_default();
        let given_on = optional_date(&input.given_on, "given_on", &mut problems);
        match (giver, kind) {
            (Some(giver), Some(kind)) if problems.is_empty() => {
                Ok(SupportFields { giver, kind, amount, description, given_on })
            }
            _ => Err(problems),
        }
    }
}

/// The largest delegation a visit records.
pub const DELEGATION_MOST: i32 = 500;

/// What the visit form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisitInput {
    /// The agreement the visit comes under; empty for none.
    pub agreement: String,
    /// The visiting member, and the member visited.
    pub from_member: String,
    pub to_member: String,
    pub starts_on: String,
    pub ends_on: String,
    pub purpose: String,
    pub delegation_size: String,
    pub outcome: String,
}

/// A visit whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitFields {
    pub agreement: Option<i32>,
    pub from_member: i32,
    pub to_member: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub purpose: String,
    pub delegation_size: i32,
    pub outcome: String,
}

impl VisitFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &VisitInput) -> Result<VisitFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let agreement = chosen_id(&input.agreement, "agreement", &mut problems);
        let mut member = |typed: &str, field: &'static str| {
            let id = chosen_id(typed, field, &mut problems);
            if typed.trim().is_empty() {
                problems.push(FieldError { field, key: "error-visit-member" });
            }
            id
        };
        let from_member = member(&input.from_member, "from_member");
        let to_member = member(&input.to_member, "to_member");
        if from_member.is_some() && from_member == to_member {
            problems.push(FieldError { field: "to_member", key: "error-visit-same-member" });
        }
        let starts_on = parse_date(&input.starts_on, "starts_on", "error-date", &mut problems);
        let ends_on = parse_date(&input.ends_on, "ends_on", "error-date", &mut problems);
        if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
            if ends < starts {
                problems.push(FieldError { field: "ends_on", key: "error-date-order" });
            }
        }
        let purpose = required_text(&input.purpose, "purpose", 500, &mut problems);
        let delegation_size = match input.delegation_size.trim().parse::<i32>() {
            Ok(size) if (1..=DELEGATION_MOST).contains(&size) => Some(size),
            _ => {
                problems.push(FieldError { field: "delegation_size", key: "error-delegation-size" });
                None
            }
        };
        let outcome = multiline_text(&input.outcome, "outcome", 4000, &mut problems);
        match (from_member, to_member, starts_on, ends_on, delegation_size) {
            (Some(from_member), Some(to_member), Some(starts_on), Some(ends_on), Some(delegation_size))
                if problems.is_empty() =>
            {
                Ok(VisitFields {
                    agreement,
                    from_member,
                    to_member,
                    starts_on,
                    ends_on,
                    purpose,
                    delegation_size,
                    outcome,
                })
            }
            _ => Err(problems),
        }
    }
}

/// An amount of money: minor units of an ISO 4217 currency, and as the reader's language
/// writes it (formatted on the server, which knows each currency's decimals).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: String,
    pub shown: String,
}

/// A project as lists show it, with the financial support it received, a total per currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectSummary {
    pub id: i32,
    pub title: String,
    pub language: Lang,
    pub locality: DirectoryEntry,
    pub status: ProjectStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub themes: Vec<i32>,
    pub financial: Vec<Money>,
    /// Support of every kind it received.
    pub supports: u32,
}

/// Support as a project's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportView {
    pub id: i32,
    /// The giving member, when one gives it; otherwise `giver_name` says who.
    pub giver_member: Option<DirectoryEntry>,
    pub giver_name: String,
    pub kind: SupportKind,
    pub amount: Option<Money>,
    pub description: String,
    pub given_on: Option<NaiveDate>,
}

impl SupportView {
    /// The giver as a reader of `lang` knows it.
    pub fn shown_giver(&self, lang: Lang) -> &str {
        self.giver_member.as_ref().map_or(&self.giver_name, |m| m.display_name(lang))
    }
}

/// The agreement a project or visit comes under, when the reader may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementLink {
    pub id: i32,
    pub title: String,
    pub language: Lang,
}

/// A project in full, with what the reader may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectPage {
    pub summary: ProjectSummary,
    pub description: String,
    pub agreement: Option<AgreementLink>,
    pub themes: Vec<ThemeView>,
    pub support: Vec<SupportView>,
    /// The secretariat, the locality's focal point or a focal point of the agreement's parties.
    pub may_edit: bool,
    /// The members that may give support, as (id, name in the reader's language), for the form.
    pub members: Vec<(i32, String)>,
}

/// What `/twinning/projects` asks for; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectQuery {
    pub status: String,
    pub theme: String,
    /// A locality's member id.
    pub locality: String,
    pub page: u64,
}

/// The financial support the projects of one locality received in one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportTotal {
    pub locality: DirectoryEntry,
    pub money: Money,
    /// How many of its projects received it.
    pub projects: u32,
}

/// The projects the filters keep, the support totals by locality and currency, and the choices
/// to filter by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectList {
    pub projects: Vec<ProjectSummary>,
    pub totals: Vec<SupportTotal>,
    pub themes: Vec<ThemeView>,
    /// Localities that have projects, as (id, name in the reader's language).
    pub localities: Vec<(i32, String)>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// The reader may record a project (the secretariat, a focal point).
    pub may_propose: bool,
}

/// The project form: its values and its choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectForm {
    pub current: ProjectInput,
    pub themes: Vec<ThemeView>,
    /// Palestinian members, as (id, name in the reader's language).
    pub localities: Vec<(i32, String)>,
    /// The agreements the reader may put a project under, as (id, title).
    pub agreements: Vec<(i32, String)>,
}

/// An exchange visit as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitView {
    pub id: i32,
    pub from: DirectoryEntry,
    pub to: DirectoryEntry,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub purpose: String,
    pub delegation_size: i32,
    pub outcome: String,
    pub agreement: Option<AgreementLink>,
    /// The reader recorded it or speaks for one of its members: it may remove it.
    pub may_remove: bool,
}

/// Visits, the most recent first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitList {
    pub visits: Vec<VisitView>,
    pub page: u64,
    pub pages: u64,
    pub may_record: bool,
}

/// The visit form's choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitForm {
    /// Active members, as (id, name in the reader's language).
    pub members: Vec<(i32, String)>,
    /// The agreements the reader may file a visit under, as (id, title).
    pub agreements: Vec<(i32, String)>,
    /// A focal point's own member, the form's visiting member to begin with.
    pub own_member: Option<i32>,
}

/// What a member's page shows of its cooperation besides its agreements.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberCooperation {
    /// Projects in the member's locality, and those it supports.
    pub projects: Vec<ProjectSummary>,
    pub visits: Vec<VisitView>,
}
