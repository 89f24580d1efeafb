//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use crate::i18n::Lang;
use crate::identity::Role;
use serde::{Deserialize, Serialize};

/// One row of the secretariat's account list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub language: Lang,
    pub has_password: bool,
    pub is_active: bool,
    pub created_at: String,
}

/// A set-password link the secretariat just made for a person, to hand over another way (no
/// mail relay, a lost message). Shown once.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FreshLink {
    pub account_id: i32,
    pub email: String,
    pub link: String,
}
