//! What readers see: the list of texts with its filters, a text's page, its versions compared,
//! and the secretariat's form values.
use super::*;
use crate::domain::Choice;
use crate::resolutions::entities::{comment, text_addressee, text_theme};
use crate::resolutions::{
    CommentView, ComparedLanguage, Comparison, Piece, TextInput, TextKind, TextList, TextPage, TextQuery, TextSummary,
    Vote,
};
use sea_orm::sea_query::Query;
use sea_orm::{Condition, PaginatorTrait, QueryOrder, QuerySelect};
use std::collections::HashMap;

pub const TEXTS_PAGE_SIZE: u64 = 20;

/// The shared list of themes, in the secretariat's order.
///
/// # Errors
/// Database errors.
pub async fn themes(db: &impl ConnectionTrait) -> ServiceResult<Vec<ThemeView>> {
    let rows =
        theme::Entity::find().order_by_asc(theme::Column::Position).order_by_asc(theme::Column::Id).all(db).await?;
    Ok(rows.iter().map(theme_view).collect())
}

/// Who may see which rows, as a condition on the texts table.
fn visible_to(reader: Reader) -> Condition {
    match reader {
        Reader::Secretariat => Condition::all(),
        Reader::Member { .. } => Condition::any()
            .add(text::Column::State.eq(TextState::OpenForComment))
            .add(text::Column::PublishedAt.is_not_null()),
        Reader::Public => Condition::all().add(text::Column::PublishedAt.is_not_null()),
    }
}

/// The current titles and the themes of `rows`, as list lines.
async fn summaries(db: &impl ConnectionTrait, rows: &[text::Model]) -> ServiceResult<Vec<TextSummary>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut current = Condition::any();
    for row in rows {
        current = current.add(
            Condition::all()
                .add(version::Column::TextId.eq(row.id))
                .add(version::Column::Version.eq(row.current_version)),
        );
    }
    let titles: HashMap<i32, version::Model> =
        version::Entity::find().filter(current).all(db).await?.into_iter().map(|v| (v.text_id, v)).collect();
    let mut themes: HashMap<i32, Vec<i32>> = HashMap::new();
    let links =
        text_theme::Entity::find().filter(text_theme::Column::TextId.is_in(rows.iter().map(|r| r.id))).all(db).await?;
    for link in links {
        themes.entry(link.text_id).or_default().push(link.theme_id);
    }
    rows.iter()
        .map(|row| {
            let wording = titles.get(&row.id).ok_or_else(|| {
                ServiceError::Internal(format!("text {} has no version {}", row.id, row.current_version))
            })?;
            Ok(summary(row, wording, themes.remove(&row.id).unwrap_or_default()))
        })
        .collect()
}

fn summary(row: &text::Model, wording: &version::Model, themes: Vec<i32>) -> TextSummary {
    TextSummary {
        id: row.id,
        reference: row.reference.clone(),
        kind: row.kind,
        state: row.state,
        title: title_of(wording, row.authoritative_language),
        adopted_on: row.adopted_on,
        themes,
    }
}

/// The text as lists show it, when `reader` may see it (`NotFound` otherwise).
///
/// # Errors
/// `NotFound`; database errors.
pub async fn readable_summary(
    db: &impl ConnectionTrait,
    id: i32,
    reader: Reader,
) -> ServiceResult<(text::Model, TextSummary)> {
    let row = readable_text(db, id, reader).await?;
    let wording = version_row(db, id, row.current_version).await?;
    let themes = text_theme::Entity::find()
        .filter(text_theme::Column::TextId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.theme_id)
        .collect();
    let summary = summary(&row, &wording, themes);
    Ok((row, summary))
}

/// `%` and `_` typed by a person match themselves in a LIKE pattern.
fn like_pattern(typed: &str) -> String {
    let escaped = typed.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// A page of the texts `reader` may see, newest first, filtered by kind, theme, state, the
/// edition that adopted them and words of any version's title or text in any language.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait, query: &TextQuery, reader: Reader) -> ServiceResult<TextList> {
    let mut select = text::Entity::find().filter(visible_to(reader));
    if let Some(kind) = TextKind::parse(&query.kind) {
        select = select.filter(text::Column::Kind.eq(kind));
    }
    if let Some(state) = TextState::parse(&query.state) {
        select = select.filter(text::Column::State.eq(state));
    }
    if let Ok(theme_id) = query.theme.trim().parse::<i32>() {
        select = select.filter(
            text::Column::Id.in_subquery(
                Query::select()
                    .column(text_theme::Column::TextId)
                    .from(text_theme::Entity)
                    .and_where(text_theme::Column::ThemeId.eq(theme_id))
                    .to_owned(),
            ),
        );
    }
    if let Ok(edition_id) = query.edition.trim().parse::<i32>() {
        select = select.filter(text::Column::EditionId.eq(edition_id));
    }
    if let Ok(addressee_id) = query.addressee.trim().parse::<i32>() {
        select = select.filter(
            text::Column::Id.in_subquery(
                Query::select()
                    .column(text_addressee::Column::TextId)
                    .from(text_addressee::Entity)
                    .and_where(text_addressee::Column::AddresseeId.eq(addressee_id))
                    .to_owned(),
            ),
        );
    }
    let words = query.q.trim();
    if !words.is_empty() && words.chars().count() <= 200 {
        use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
        let pattern = like_pattern(words);
        let mut any = Condition::any();
        for column in [
            version::Column::TitleAr,
            version::Column::TitleEn,
            version::Column::TitleFr,
            version::Column::BodyAr,
            version::Column::BodyEn,
            version::Column::BodyFr,
        ] {
            any = any.add(Expr::expr(Func::lower(Expr::col(column))).like(LikeExpr::new(pattern.clone()).escape('\\')));
        }
        select = select.filter(text::Column::Id.in_subquery(
            Query::select().column(version::Column::TextId).from(version::Entity).cond_where(any).to_owned(),
        ));
    }
    let total = select.clone().count(db).await?;
    let pages = total.div_ceil(TEXTS_PAGE_SIZE).max(1);
    let page = query.page.min(pages - 1);
    let rows =
        select.order_by_desc(text::Column::Id).offset(page * TEXTS_PAGE_SIZE).limit(TEXTS_PAGE_SIZE).all(db).await?;
    Ok(TextList {
        texts: summaries(db, &rows).await?,
        themes: themes(db).await?,
        page,
        pages,
        total,
        editions: adopting_editions(db, reader).await?,
        addressees: named_addressees(db, reader).await?,
        may_manage: reader == Reader::Secretariat,
    })
}

/// The addressees of a text `reader` may see, by name.
async fn named_addressees(db: &impl ConnectionTrait, reader: Reader) -> ServiceResult<Vec<(i32, String)>> {
    let ids: Vec<i32> = text_addressee::Entity::find()
        .filter(text_addressee::Column::TextId.in_subquery(
            Query::select().column(text::Column::Id).from(text::Entity).cond_where(visible_to(reader)).to_owned(),
        ))
        .select_only()
        .column(text_addressee::Column::AddresseeId)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let named = crate::resolutions::correspondence::service::addressees(db).await?;
    Ok(named.into_iter().filter(|a| ids.contains(&a.id)).map(|a| (a.id, a.label())).collect())
}

/// The editions that adopted a text `reader` may see.
async fn adopting_editions(
    db: &impl ConnectionTrait,
    reader: Reader,
) -> ServiceResult<Vec<(i32, crate::conferences::Trilingual)>> {
    let mut ids: Vec<i32> = text::Entity::find()
        .filter(visible_to(reader))
        .filter(text::Column::EditionId.is_not_null())
        .select_only()
        .column(text::Column::EditionId)
        .distinct()
        .into_tuple::<Option<i32>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect();
    ids.sort_unstable();
    let titles = crate::conferences::service::edition_titles(db, &ids).await?;
    Ok(ids.into_iter().filter_map(|id| Some((id, titles.get(&id)?.clone()))).collect())
}

/// A text's page as `reader` may see it.
///
/// # Errors
/// `NotFound` also for a text the reader may not see; database errors.
pub async fn page(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<TextPage> {
    let row = readable_text(db, id, reader).await?;
    let versions = version::Entity::find()
        .filter(version::Column::TextId.eq(id))
        .order_by_asc(version::Column::Version)
        .all(db)
        .await?;
    let current = versions
        .iter()
        .find(|v| v.version == row.current_version)
        .ok_or_else(|| ServiceError::Internal(format!("text {id} has no version {}", row.current_version)))?;
    let theme_ids: Vec<i32> = text_theme::Entity::find()
        .filter(text_theme::Column::TextId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.theme_id)
        .collect();
    let all_themes = themes(db).await?;
    let edition = match row.edition_id {
        Some(edition_id) => {
            crate::conferences::service::edition_title(db, edition_id).await?.map(|title| (edition_id, title))
        }
        None => None,
    };
    let superseded_by = match row.superseded_by {
        Some(other) => {
            text::Entity::find_by_id(other).one(db).await?.filter(|t| may_read(t, reader)).map(|t| (t.id, t.reference))
        }
        None => None,
    };
    let comments = match reader {
        Reader::Public => None,
        Reader::Member { .. } | Reader::Secretariat => Some(comments_of(db, id).await?),
    };
    let vote = match (row.votes_for, row.votes_against, row.votes_abstaining) {
        (Some(for_), Some(against), Some(abstaining)) => Some(Vote { for_, against, abstaining }),
        _ => None,
    };
    let editions = if reader == Reader::Secretariat {
        crate::conferences::service::edition_choices(db).await?
    } else {
        Vec::new()
    };
    Ok(TextPage {
        editions,
        current: version_view(current, row.authoritative_language),
        versions: versions.iter().map(|v| (v.version, v.created_at.date_naive())).collect(),
        adopting_body: row.adopting_body.clone(),
        edition,
        vote,
        superseded_by,
        themes: all_themes.into_iter().filter(|t| theme_ids.contains(&t.id)).collect(),
        comments,
        may_comment: matches!(reader, Reader::Member { .. }) && row.state == TextState::OpenForComment,
        may_manage: reader == Reader::Secretariat,
        summary: summary(&row, current, theme_ids),
    })
}

async fn comments_of(db: &impl ConnectionTrait, text_id: i32) -> ServiceResult<Vec<CommentView>> {
    let rows = comment::Entity::find()
        .filter(comment::Column::TextId.eq(text_id))
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|c| c.member_id).collect();
    let members = crate::membership::service::identities(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|c| CommentView {
            id: c.id,
            member_id: c.member_id,
            member_name: members.get(&c.member_id).map(|m| m.official_name.clone()).unwrap_or_default(),
            author_name: c.author_name,
            version: c.version,
            body: c.body,
            created_on: c.created_at.date_naive(),
        })
        .collect())
}

/// The longest a comparison of two versions may compute.
const COMPARE_DEADLINE: std::time::Duration = std::time::Duration::from_millis(100);

/// Splits into words and the spaces between them, so a comparison marks whole words.
fn words(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (at, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|was| was != space) {
            pieces.push(&text[start..at]);
            start = at;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// The pieces of two texts, each marked when it is not in the other (word by word).
pub fn compare_words(old: &str, new: &str) -> (Vec<Piece>, Vec<Piece>) {
    let (old_words, new_words) = (words(old), words(new));
    // Anyone may ask for a comparison: past the deadline the diff settles for a coarser result
    // rather than keep a core busy.
    let deadline = std::time::Instant::now() + COMPARE_DEADLINE;
    let diff = similar::capture_diff_slices_deadline(similar::Algorithm::Myers, &old_words, &new_words, Some(deadline));
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for op in diff {
        for change in op.iter_changes(&old_words, &new_words) {
            let piece = change.value().to_string();
            match change.tag() {
                similar::ChangeTag::Equal => {
                    before.push((piece.clone(), false));
                    after.push((piece, false));
                }
                similar::ChangeTag::Delete => before.push((piece, true)),
                similar::ChangeTag::Insert => after.push((piece, true)),
            }
        }
    }
    (before, after)
}

/// Two versions of a text side by side, in each language either has, with changed words marked.
///
/// # Errors
/// `NotFound` for a text the reader may not see or a version it does not have; database errors.
pub async fn compare(
    db: &impl ConnectionTrait,
    id: i32,
    from: i32,
    to: i32,
    reader: Reader,
) -> ServiceResult<Comparison> {
    let row = readable_text(db, id, reader).await?;
    let (old, new) = (version_row(db, id, from).await?, version_row(db, id, to).await?);
    let current = version_row(db, id, row.current_version).await?;
    let mut languages = Vec::new();
    for (lang, old_text, new_text) in [
        (
            crate::i18n::Lang::Ar,
            format!("{}\n\n{}", old.title_ar, old.body_ar),
            format!("{}\n\n{}", new.title_ar, new.body_ar),
        ),
        (
            crate::i18n::Lang::En,
            format!("{}\n\n{}", old.title_en, old.body_en),
            format!("{}\n\n{}", new.title_en, new.body_en),
        ),
        (
            crate::i18n::Lang::Fr,
            format!("{}\n\n{}", old.title_fr, old.body_fr),
            format!("{}\n\n{}", new.title_fr, new.body_fr),
        ),
    ] {
        if old_text.trim().is_empty() && new_text.trim().is_empty() {
            continue;
        }
        let (before, after) = compare_words(&old_text, &new_text);
        languages.push(ComparedLanguage { lang, before, after });
    }
    Ok(Comparison { summary: summary(&row, &current, Vec::new()), from, to, languages })
}

/// The text form's current values and the text's state (which decides whether saving amends).
///
/// # Errors
/// `NotFound`; database errors.
pub async fn text_form(db: &impl ConnectionTrait, id: i32) -> ServiceResult<(TextInput, TextState)> {
    let row = text::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let wording = version_row(db, id, row.current_version).await?;
    let themes = text_theme::Entity::find()
        .filter(text_theme::Column::TextId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.theme_id.to_string())
        .collect();
    let addressees = text_addressee::Entity::find()
        .filter(text_addressee::Column::TextId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.addressee_id.to_string())
        .collect();
    let input = TextInput {
        kind: row.kind.to_string(),
        reference: row.reference.clone(),
        authoritative_language: row.authoritative_language.code().to_string(),
        title_ar: wording.title_ar,
        title_en: wording.title_en,
        title_fr: wording.title_fr,
        body_ar: wording.body_ar,
        body_en: wording.body_en,
        body_fr: wording.body_fr,
        themes,
        addressees,
        // An amendment says what it changes; the draft's own note is not carried over.
        note: if row.state.is_editable_in_place() { wording.note } else { String::new() },
    };
    Ok((input, row.state))
}

#[cfg(test)]
mod tests {
    use super::compare_words;

    #[test]
    fn a_comparison_marks_the_words_that_changed() {
        let (before, after) = compare_words("roads and GIS", "roads, GIS and heritage");
        let marked = |pieces: &[crate::resolutions::Piece]| -> Vec<String> {
            pieces.iter().filter(|(_, changed)| *changed).map(|(p, _)| p.clone()).collect()
        };
        assert!(marked(&before).contains(&"roads".to_string()), "{before:?}");
        assert!(marked(&after).contains(&"heritage".to_string()));
        assert_eq!(before.iter().map(|(p, _)| p.as_str()).collect::<String>(), "roads and GIS");
        assert_eq!(after.iter().map(|(p, _)| p.as_str()).collect::<String>(), "roads, GIS and heritage");
    }
}
