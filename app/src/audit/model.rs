//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use serde::{Deserialize, Serialize};

/// One recorded change, as the secretariat reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEventView {
    pub id: i32,
    pub occurred_at: chrono::DateTime<chrono::Utc>,
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
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    pub action: String,
    pub summary: String,
}

/// The message that names a recorded action for people ("Member suspended"); `None` for a code
/// this version does not know (an older or newer server's), which pages then show as it is.
pub fn action_label_key(action: &str) -> Option<&'static str> {
    Some(match action {
        "account.invited" => "audit-action-account-invited",
        "account.link_issued" => "audit-action-account-link-issued",
        "account.linked_to_member" => "audit-action-account-linked-to-member",
        "account.password_set" => "audit-action-account-password-set",
        "account.reset_requested" => "audit-action-account-reset-requested",
        "account.signed_out_elsewhere" => "audit-action-account-signed-out-elsewhere",
        "conference.application_superseded" => "audit-action-conference-application-superseded",
        "conference.checked_in" => "audit-action-conference-checked-in",
        "conference.edition_cloned" => "audit-action-conference-edition-cloned",
        "conference.edition_created" => "audit-action-conference-edition-created",
        "conference.edition_updated" => "audit-action-conference-edition-updated",
        "conference.letter_issued" => "audit-action-conference-letter-issued",
        "conference.registered" => "audit-action-conference-registered",
        "conference.registration_approved" => "audit-action-conference-registration-approved",
        "conference.registration_cancelled" => "audit-action-conference-registration-cancelled",
        "conference.registration_link_renewed" => "audit-action-conference-registration-link-renewed",
        "conference.registration_promoted" => "audit-action-conference-registration-promoted",
        "conference.registration_rejected" => "audit-action-conference-registration-rejected",
        "conference.registration_updated" => "audit-action-conference-registration-updated",
        "conference.session_added" => "audit-action-conference-session-added",
        "conference.session_updated" => "audit-action-conference-session-updated",
        "membership.applied" => "audit-action-membership-applied",
        "membership.approved" => "audit-action-membership-approved",
        "membership.certificate_issued" => "audit-action-membership-certificate-issued",
        "membership.info_requested" => "audit-action-membership-info-requested",
        "membership.profile_updated" => "audit-action-membership-profile-updated",
        "membership.reinstated" => "audit-action-membership-reinstated",
        "membership.rejected" => "audit-action-membership-rejected",
        "membership.suspended" => "audit-action-membership-suspended",
        "membership.withdrawn" => "audit-action-membership-withdrawn",
        "resolution.action_added" => "audit-action-resolution-action-added",
        "resolution.action_updated" => "audit-action-resolution-action-updated",
        "resolution.adopted" => "audit-action-resolution-adopted",
        "resolution.bulk_applied" => "audit-action-resolution-bulk-applied",
        "resolution.amended" => "audit-action-resolution-amended",
        "resolution.commented" => "audit-action-resolution-commented",
        "resolution.comments_closed" => "audit-action-resolution-comments-closed",
        "resolution.drafted" => "audit-action-resolution-drafted",
        "resolution.opened_for_comment" => "audit-action-resolution-opened-for-comment",
        "resolution.progress_recorded" => "audit-action-resolution-progress-recorded",
        "resolution.published" => "audit-action-resolution-published",
        "resolution.report_accepted" => "audit-action-resolution-report-accepted",
        "resolution.report_returned" => "audit-action-resolution-report-returned",
        "resolution.report_submitted" => "audit-action-resolution-report-submitted",
        "resolution.superseded" => "audit-action-resolution-superseded",
        "resolution.updated" => "audit-action-resolution-updated",
        "resolution.status_added" => "audit-action-resolution-status-added",
        "resolution.status_updated" => "audit-action-resolution-status-updated",
        "resolution.letter_recorded" => "audit-action-resolution-letter-recorded",
        "resolution.letter_copy_attached" => "audit-action-resolution-letter-copy-attached",
        "addressee.added" => "audit-action-addressee-added",
        "addressee.updated" => "audit-action-addressee-updated",
        "resolution.withdrawn" => "audit-action-resolution-withdrawn",
        "finance.schedule_created" => "audit-action-finance-schedule-created",
        "finance.schedule_updated" => "audit-action-finance-schedule-updated",
        "finance.band_added" => "audit-action-finance-band-added",
        "finance.band_removed" => "audit-action-finance-band-removed",
        "finance.waiver_added" => "audit-action-finance-waiver-added",
        "finance.call_issued" => "audit-action-finance-call-issued",
        "finance.credit_note_issued" => "audit-action-finance-credit-note-issued",
        "finance.payment_recorded" => "audit-action-finance-payment-recorded",
        "finance.payment_matched" => "audit-action-finance-payment-matched",
        "finance.grace_date_set" => "audit-action-finance-grace-date-set",
        "finance.mapping_saved" => "audit-action-finance-mapping-saved",
        "finance.statement_imported" => "audit-action-finance-statement-imported",
        "finance.card_checkout_opened" => "audit-action-finance-card-checkout-opened",
        "finance.card_payment_exception" => "audit-action-finance-card-payment-exception",
        "finance.card_payment_failed" => "audit-action-finance-card-payment-failed",
        "membership.dues_arrears" => "audit-action-membership-dues-arrears",
        "membership.dues_in_order" => "audit-action-membership-dues-in-order",
        "theme.added" => "audit-action-theme-added",
        "theme.renamed" => "audit-action-theme-renamed",
        "agreement.proposed" => "audit-action-agreement-proposed",
        "agreement.updated" => "audit-action-agreement-updated",
        "agreement.stage" => "audit-action-agreement-stage",
        "agreement.validated" => "audit-action-agreement-validated",
        "agreement.document_added" => "audit-action-agreement-document-added",
        "agreement.document_removed" => "audit-action-agreement-document-removed",
        "project.recorded" => "audit-action-project-recorded",
        "project.updated" => "audit-action-project-updated",
        "project.support_added" => "audit-action-project-support-added",
        "project.support_removed" => "audit-action-project-support-removed",
        "visit.recorded" => "audit-action-visit-recorded",
        "visit.removed" => "audit-action-visit-removed",
        _ => return None,
    })
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
