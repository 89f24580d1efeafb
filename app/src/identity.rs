//! Who is asking, as every layer sees it: the roles and the signed-in person. A leaf, so pages,
//! services and the shared UI can all name them; the accounts area checks them (`accounts::guard`).
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// What a signed-in person may do. The anonymous public has no account and no role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Administers everything.
    Secretariat,
    /// Dues and payments.
    Finance,
    /// Acts for one member authority.
    FocalPoint,
    /// A person attending conferences.
    Delegate,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Secretariat, Role::Finance, Role::FocalPoint, Role::Delegate];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Secretariat => "secretariat",
            Role::Finance => "finance",
            Role::FocalPoint => "focal_point",
            Role::Delegate => "delegate",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// Fluent key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Secretariat => "role-secretariat",
            Role::Finance => "role-finance",
            Role::FocalPoint => "role-focal-point",
            Role::Delegate => "role-delegate",
        }
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
