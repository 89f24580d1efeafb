//! Who is asking, as every layer sees it: the roles and the signed-in person. A leaf, so pages,
//! services and the shared UI can all name them; the accounts area checks them (`accounts::guard`).
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What a signed-in person may do. The anonymous public has no account and no role.
    pub enum Role {
        /// Administers everything.
        Secretariat => "role-secretariat",
        /// Dues and payments.
        Finance => "role-finance",
        /// Acts for one member authority.
        FocalPoint => "role-focal-point",
        /// A person attending conferences.
        Delegate => "role-delegate",
    }
}

/// The signed-in person, as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub language: Lang,
    /// The member authority a focal point acts for.
    pub member_id: Option<i32>,
}
