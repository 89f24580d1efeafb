//! The public directory: filters, sort keys and name keys kept in memory under a change counter; only the shown page is read.
use super::*;
use crate::domain::Choice;
use crate::i18n::{collation, Lang};
use crate::membership::entities::{member, member_name_key};
use crate::membership::names::normalize;
use crate::membership::{
    shown_name, AuthorityKind, DirectoryEntry, DirectoryPage, DirectoryQuery, FocalContact, MemberProfile, MemberStatus,
};
use crate::server::counters;
use crate::server::error::{ServiceError, ServiceResult};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::sync::Arc;

pub(super) fn directory_entry(row: &member::Model) -> DirectoryEntry {
    DirectoryEntry {
        id: row.id,
        official_name: row.official_name.clone(),
        latin_name: row.latin_name.clone(),
        english_name: row.english_name.clone(),
        french_name: row.french_name.clone(),
        kind: row.kind,
        country: row.country.clone(),
        region: row.region.clone(),
        member_since: row.member_since,
    }
}

/// The public directory held in memory: what it filters and sorts on for every active member,
/// and every member's normalised name keys, so that a page or a search reads only the rows it
/// shows. Several server processes may share one database, so the copy is checked against the
/// `member_directory` change counter, raised with every change of a member, before each use.
#[derive(Default)]
pub struct DirectoryIndex {
    current: counters::KeptCopy<i64, DirectorySnapshot>,
}

pub(super) struct DirectorySnapshot {
    names: NameKeys,
    listed: Vec<Listed>,
    /// Positions in `listed` by the name each language shows, in that language's order, then
    /// id; one list per language of [`Lang::ALL`].
    by_name: [Vec<usize>; 3],
    /// Positions in `listed`, newest member first.
    newest: Vec<usize>,
}

pub(super) struct Listed {
    id: i32,
    country: String,
    kind: String,
    in_arrears: bool,
}

/// Every key on one line of one text, so that a search is a single pass over it; `starts[i]`
/// is where the line of `members[i]` begins.
pub(super) struct NameKeys {
    text: String,
    starts: Vec<usize>,
    members: Vec<i32>,
}

impl NameKeys {
    fn new(rows: Vec<(i32, String)>) -> Self {
        let mut keys = NameKeys { text: String::new(), starts: Vec::with_capacity(rows.len()), members: Vec::new() };
        for (member_id, key) in rows {
            keys.starts.push(keys.text.len());
            keys.members.push(member_id);
            keys.text.push_str(&key);
            keys.text.push('\n');
        }
        keys
    }

    /// Members with a key containing `needle` (which never contains a line break), in id order.
    fn matching(&self, needle: &str) -> Vec<i32> {
        let mut ids: Vec<i32> = memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .map(|at| self.members[self.starts.partition_point(|&start| start <= at) - 1])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// id, official, Latin, English and French names, country, kind, member since, in arrears since.
pub(super) type ListedRow =
    (i32, String, String, Option<String>, Option<String>, String, String, Option<NaiveDate>, Option<NaiveDate>);

impl DirectorySnapshot {
    fn new(names: NameKeys, rows: Vec<ListedRow>) -> Self {
        let by_name = Lang::ALL.map(|lang| {
            let mut order: Vec<usize> = (0..rows.len()).collect();
            order.sort_by_cached_key(|&i| {
                let (id, official, latin, english, french, ..) = &rows[i];
                (
                    collation::sort_key(lang, shown_name(lang, official, latin, english.as_deref(), french.as_deref())),
                    *id,
                )
            });
            order
        });
        let mut newest: Vec<usize> = (0..rows.len()).collect();
        newest.sort_by_key(|&i| std::cmp::Reverse((rows[i].7, rows[i].0)));
        let listed = rows
            .into_iter()
            .map(|(id, _, _, _, _, country, kind, _, arrears)| Listed {
                id,
                country,
                kind,
                in_arrears: arrears.is_some(),
            })
            .collect();
        DirectorySnapshot { names, listed, by_name, newest }
    }

    /// The ids on the asked page, in order, and how many members match in all.
    fn page(&self, query: &DirectoryQuery, lang: Lang) -> (Vec<i32>, u64) {
        let q = normalize(&query.q);
        let matching = (!q.is_empty()).then(|| self.names.matching(&q));
        let country = query.country.trim().to_ascii_uppercase();
        let kind = AuthorityKind::parse(&query.kind);
        let wanted = |m: &Listed| {
            matching.as_ref().is_none_or(|ids| ids.binary_search(&m.id).is_ok())
                && (country.is_empty() || m.country == country)
                && kind.is_none_or(|k| m.kind == k.as_str())
                && match query.origin.as_str() {
                    "palestinian" => m.country == "PS",
                    "international" => m.country != "PS",
                    _ => true,
                }
                && match query.standing.as_str() {
                    "good" => !m.in_arrears,
                    "arrears" => m.in_arrears,
                    _ => true,
                }
        };
        let order = match query.sort.as_str() {
            "newest" => &self.newest,
            _ => &self.by_name[lang.index()],
        };
        let in_order = order.iter().map(|&i| &self.listed[i]);
        let first = query.page.saturating_mul(DIRECTORY_PAGE_SIZE);
        let mut total = 0;
        let mut ids = Vec::new();
        for listed in in_order.filter(|m| wanted(m)) {
            if total >= first && total < first.saturating_add(DIRECTORY_PAGE_SIZE) {
                ids.push(listed.id);
            }
            total += 1;
        }
        (ids, total)
    }
}

impl DirectoryIndex {
    async fn snapshot(&self, db: &impl ConnectionTrait) -> ServiceResult<Arc<DirectorySnapshot>> {
        let stamp = counters::read(db, counters::MEMBER_DIRECTORY).await?;
        self.current.get(stamp, || Self::load(db)).await
    }

    async fn load(db: &impl ConnectionTrait) -> ServiceResult<DirectorySnapshot> {
        let names = member_name_key::Entity::find()
            .select_only()
            .column(member_name_key::Column::MemberId)
            .column(member_name_key::Column::NameKey)
            .into_tuple::<(i32, String)>()
            .all(db)
            .await?;
        let listed = member::Entity::find()
            .select_only()
            .columns([
                member::Column::Id,
                member::Column::OfficialName,
                member::Column::LatinName,
                member::Column::EnglishName,
                member::Column::FrenchName,
                member::Column::Country,
                member::Column::Kind,
                member::Column::MemberSince,
                member::Column::DuesArrearsSince,
            ])
            .filter(member::Column::Status.eq(MemberStatus::Active))
            .into_tuple::<ListedRow>()
            .all(db)
            .await?;
        Ok(DirectorySnapshot::new(NameKeys::new(names), listed))
    }
}

/// The public directory: active members, searched by name in any script, filtered, sorted and
/// paged. Only the shown page is read from the database.
///
/// # Errors
/// Database errors.
pub async fn directory(
    db: &impl ConnectionTrait,
    index: &DirectoryIndex,
    query: &DirectoryQuery,
    lang: Lang,
) -> ServiceResult<DirectoryPage> {
    let (ids, total) = index.snapshot(db).await?.page(query, lang);
    let mut rows = member::Entity::find()
        .filter(member::Column::Id.is_in(ids.clone()))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .all(db)
        .await?;
    rows.sort_by_key(|row| ids.iter().position(|&id| id == row.id));
    Ok(DirectoryPage {
        entries: rows.iter().map(directory_entry).collect(),
        total,
        page: query.page,
        page_size: DIRECTORY_PAGE_SIZE,
        has_more: query.page.saturating_add(1).saturating_mul(DIRECTORY_PAGE_SIZE) < total,
    })
}

/// A member's public page. Applicants and rejected applications are not public; the focal
/// point's contact is included only when `with_contact`.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn profile(db: &impl ConnectionTrait, id: i32, with_contact: bool) -> ServiceResult<MemberProfile> {
    let row = member::Entity::find_by_id(id)
        .filter(
            Condition::any()
                .add(member::Column::Status.eq(MemberStatus::Active))
                .add(member::Column::Status.eq(MemberStatus::Suspended))
                .add(member::Column::Status.eq(MemberStatus::Withdrawn)),
        )
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(MemberProfile {
        entry: directory_entry(&row),
        population: row.population,
        website: row.website.clone(),
        head_name: row.head_name.clone(),
        head_title: row.head_title.clone(),
        status: row.status,
        in_good_standing: in_good_standing(&row),
        focal_contact: with_contact.then(|| FocalContact {
            name: row.focal_name.clone(),
            email: row.focal_email.clone(),
            phone: row.focal_phone.clone(),
        }),
        standing_history: standing_history(db, id, with_contact).await?,
    })
}
