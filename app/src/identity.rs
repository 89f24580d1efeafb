//! Who is asking, as every layer sees it: the roles and the signed-in person. A leaf, so pages,
//! services and the shared UI can all name them; the accounts area checks them (`accounts::guard`).
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// What a signed-in person may do. The anonymous public has no account and no role.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum Role {
    /// Administers everything.
    #[strum(message = "role-secretariat")]
    Secretariat,
    /// Dues and payments.
    #[strum(message = "role-finance")]
    Finance,
    /// Acts for one member authority.
    #[strum(message = "role-focal-point")]
    FocalPoint,
    /// A person attending conferences.
    #[strum(message = "role-delegate")]
    Delegate,
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
