//! Kinds of authority, a member's status and the review of its application.

crate::choice! {
    /// The kinds of authority that may join.
    pub enum AuthorityKind {
        Municipality => "kind-municipality",
        VillageCouncil => "kind-village-council",
        Association => "kind-association",
        Regional => "kind-regional",
        Other => "kind-other",
    }
}

crate::choice! {
    /// Where a member stands in the network.
    pub enum MemberStatus {
        Applicant => "status-applicant",
        Active => "status-active",
        Suspended => "status-suspended",
        Withdrawn => "status-withdrawn",
        Rejected => "status-rejected",
    }
}

crate::choice! {
    /// Where an application is in the secretariat's review.
    pub enum ReviewState {
        Pending => "review-pending",
        InfoRequested => "review-info-requested",
        Approved => "review-approved",
        Rejected => "review-rejected",
    }
}

crate::choice! {
    /// The secretariat's decision on an application.
    pub enum Decision {
        Approve,
        Reject,
        RequestInformation,
    }
}
