//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use serde::{Deserialize, Serialize};

/// One outbox message as the secretariat sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessageView {
    pub id: i32,
    pub to_email: String,
    pub to_name: String,
    pub language: String,
    pub subject: String,
    pub body_text: String,
    pub created_at: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

/// A page of the outbox, and whether delivery is configured at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxPage {
    pub messages: Vec<OutboxMessageView>,
    pub smtp_configured: bool,
    pub page: u64,
    pub has_more: bool,
}
