//! One request as services take it. The guard builds it (`accounts::guard::require_context`);
//! services never reach for the request themselves.
use super::error::ServiceResult;
use crate::i18n::Lang;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};
use std::sync::Arc;
use tokio::sync::Notify;

/// Who made a change: an account, or the system itself (the audit log records it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actor {
    pub account_id: Option<i32>,
    pub email: Option<String>,
}

impl Actor {
    pub fn system() -> Self {
        Actor::default()
    }

    /// Someone without an account, known by the address they gave (an applicant, a registrant).
    pub fn by_email(email: &str) -> Self {
        Actor { account_id: None, email: Some(email.to_string()) }
    }
}

/// Who is asking and how to reach them: the actor the audit log records, their name (for
/// messages that name them), the page's language, the base of links in emails and printed
/// documents, and the outbox to wake once a change that queued email commits.
#[derive(Clone, Debug)]
pub struct RequestContext {
    pub actor: Actor,
    pub actor_name: String,
    pub lang: Lang,
    pub public_url: String,
    outbox: Arc<Notify>,
}

impl RequestContext {
    pub fn new(actor: Actor, actor_name: &str, lang: Lang, public_url: &str, outbox: Arc<Notify>) -> Self {
        RequestContext { actor, actor_name: actor_name.to_string(), lang, public_url: public_url.to_string(), outbox }
    }

    /// The system acting outside any request (the command line, tests): nothing to wake.
    pub fn system(public_url: &str) -> Self {
        Self::new(Actor::system(), "Sumud", Lang::En, public_url, Arc::new(Notify::new()))
    }

    /// The same request, acting as someone else (the public, known by an address they gave).
    #[must_use]
    pub fn acting_as(&self, actor: Actor) -> Self {
        RequestContext { actor, ..self.clone() }
    }

    /// An address under the public URL, for links in emails and printed documents.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// Opens the change's transaction.
    ///
    /// # Errors
    /// Database errors.
    pub async fn begin(&self, db: &DatabaseConnection) -> ServiceResult<DatabaseTransaction> {
        Ok(db.begin().await?)
    }

    /// Commits a change and wakes the email worker for what it queued.
    ///
    /// # Errors
    /// Database errors (nothing of the change is kept).
    pub async fn commit(&self, txn: DatabaseTransaction) -> ServiceResult<()> {
        txn.commit().await?;
        self.wake_outbox();
        Ok(())
    }

    /// Tells the email worker that messages were queued and committed.
    pub fn wake_outbox(&self) {
        self.outbox.notify_one();
    }
}
