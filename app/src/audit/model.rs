//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use serde::{Deserialize, Serialize};

/// One recorded change, as the secretariat reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEventView {
    pub id: i32,
    pub occurred_at: String,
    pub actor_email: Option<String>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub is_public: bool,
    pub summary: String,
}

/// A public event for the activity feed: no actor, no before/after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicActivity {
    pub id: i32,
    pub occurred_at: String,
    pub action: String,
    pub summary: String,
}

/// Filters of the audit log page; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub entity_type: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub page: u64,
}

/// One page of audit events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub events: Vec<AuditEventView>,
    pub page: u64,
    pub has_more: bool,
}
