//! The list's pages and the dashboard kept in memory. Both read every text a reader may see (the
//! dashboard every plan too) and change only when the secretariat changes something, so each
//! copy is checked against the `resolutions` change counter (raised in every change of what they
//! show) and, for the names of member addressees, the `member_directory` one; edition titles,
//! the conferences area's, are read on each use.
use super::*;
use crate::resolutions::implementation::service::{dashboard_figures, with_edition_titles, DashboardFigures};
use crate::resolutions::implementation::Dashboard;
use crate::resolutions::{TextList, TextQuery};
use crate::server::counters::{self, KeptCopy};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// What a list page differs by, besides its query: members all see the same texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Audience {
    Public,
    Members,
    Secretariat,
}

impl From<Reader> for Audience {
    fn from(reader: Reader) -> Self {
        match reader {
            Reader::Public => Audience::Public,
            Reader::Member { .. } => Audience::Members,
            Reader::Secretariat => Audience::Secretariat,
        }
    }
}

/// The counters a list page was computed under.
type ListStamp = (i64, i64);

/// A list query as the list reads it (a value it cannot read counts as none), so that what
/// anyone types into the address neither fills the copies with junk nor keeps the same page
/// twice; searches by words are not kept.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct PageKey {
    audience: Audience,
    kind: Option<crate::resolutions::TextKind>,
    state: Option<TextState>,
    theme: Option<i32>,
    edition: Option<i32>,
    addressee: Option<i32>,
    page: u64,
}

impl PageKey {
    fn of(query: &TextQuery, reader: Reader) -> Option<PageKey> {
        use crate::domain::Choice;
        let id = |value: &str| value.trim().parse::<i32>().ok();
        query.q.trim().is_empty().then(|| PageKey {
            audience: reader.into(),
            kind: crate::resolutions::TextKind::parse(&query.kind),
            state: TextState::parse(&query.state),
            theme: id(&query.theme),
            edition: id(&query.edition),
            addressee: id(&query.addressee),
            page: query.page,
        })
    }
}

/// At most this many pages are kept (first pages and filters are asked most); more are computed
/// on each request until the next change.
const KEPT_PAGES: usize = 512;

#[derive(Default)]
pub struct TrackerCopies {
    pages: Mutex<Option<(ListStamp, KeptPages)>>,
    /// Under the day too: what is overdue changes at midnight.
    dashboard: KeptCopy<(i64, NaiveDate), DashboardFigures>,
}

impl TrackerCopies {
    /// [`list`], from the kept copy when nothing it shows changed since.
    ///
    /// # Errors
    /// Database errors.
    pub async fn list(&self, db: &impl ConnectionTrait, query: &TextQuery, reader: Reader) -> ServiceResult<TextList> {
        let stamp =
            (counters::read(db, counters::RESOLUTIONS).await?, counters::read(db, counters::MEMBER_DIRECTORY).await?);
        let key = PageKey::of(query, reader);
        let kept = match (self.lock().as_ref(), &key) {
            (Some((held, pages)), Some(key)) if *held == stamp => pages.get(key).cloned(),
            _ => None,
        };
        let page = match kept {
            Some(page) => page,
            None => {
                let page = Arc::new(list(db, query, reader).await?);
                if let Some(key) = key {
                    let mut held = self.lock();
                    if held.as_ref().is_none_or(|(at, _)| *at != stamp) {
                        *held = Some((stamp, HashMap::new()));
                    }
                    if let Some((_, pages)) = held.as_mut().filter(|(_, pages)| pages.len() < KEPT_PAGES) {
                        pages.insert(key, page.clone());
                    }
                }
                page
            }
        };
        let mut page = TextList::clone(&page);
        let ids: Vec<i32> = page.editions.iter().map(|(id, _)| *id).collect();
        let titles = crate::conferences::service::edition_titles(db, &ids).await?;
        page.editions.retain_mut(|(id, title)| match titles.get(id) {
            Some(current) => {
                title.clone_from(current);
                true
            }
            None => false,
        });
        Ok(page)
    }

    /// The dashboard, from the kept figures when no plan changed since (and it is the same day).
    ///
    /// # Errors
    /// Database errors.
    pub async fn dashboard(&self, db: &impl ConnectionTrait) -> ServiceResult<Dashboard> {
        let key = (counters::read(db, counters::RESOLUTIONS).await?, chrono::Utc::now().date_naive());
        let figures = self.dashboard.get(key, || dashboard_figures(db)).await?;
        with_edition_titles(db, &figures).await
    }

    /// A copy is rebuilt whole under its lock, never left half-changed: a panic elsewhere
    /// holding it leaves it usable.
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(ListStamp, KeptPages)>> {
        self.pages.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

type KeptPages = HashMap<PageKey, Arc<TextList>>;
