//! Kinds of authority, a member's status and the review of its application.
use serde::{Deserialize, Serialize};

/// The kinds of authority that may join.
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
pub enum AuthorityKind {
    #[strum(message = "kind-municipality")]
    Municipality,
    #[strum(message = "kind-village-council")]
    VillageCouncil,
    #[strum(message = "kind-association")]
    Association,
    #[strum(message = "kind-regional")]
    Regional,
    #[strum(message = "kind-other")]
    Other,
}

/// Where a member stands in the network.
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
pub enum MemberStatus {
    #[strum(message = "status-applicant")]
    Applicant,
    #[strum(message = "status-active")]
    Active,
    #[strum(message = "status-suspended")]
    Suspended,
    #[strum(message = "status-withdrawn")]
    Withdrawn,
    #[strum(message = "status-rejected")]
    Rejected,
}

/// Where an application is in the secretariat's review.
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
pub enum ReviewState {
    #[strum(message = "review-pending")]
    Pending,
    #[strum(message = "review-info-requested")]
    InfoRequested,
    #[strum(message = "review-approved")]
    Approved,
    #[strum(message = "review-rejected")]
    Rejected,
}

/// The secretariat's decision on an application.
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
pub enum Decision {
    Approve,
    Reject,
    RequestInformation,
}
