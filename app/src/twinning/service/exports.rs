//! The registry as files for spreadsheets and anyone's own tools: CSV (UTF-8 with a byte order
//! mark, headers and names in the reader's language) and JSON, the agreements the reader may see
//! that the registry's filters keep.
use super::*;
use crate::domain::Choice;
use crate::i18n::translate;
use crate::server::spreadsheet::SpreadsheetCsv;
use chrono::NaiveDate;
use serde::Serialize;

/// A party in the JSON export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedParty {
    /// The member's id in the network's directory; none for another city or body.
    pub member_id: Option<i32>,
    /// Its name in its own script, and in Latin letters.
    pub name: String,
    pub latin_name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
}

/// A stage reached, in the JSON export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedStage {
    pub stage: AgreementStage,
    pub reached_on: NaiveDate,
}

/// An agreement in the JSON export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedAgreement {
    pub id: i32,
    pub kind: AgreementKind,
    pub title: String,
    /// The language of the title and summary.
    pub language: Lang,
    pub summary: String,
    pub signed_place: Option<String>,
    pub stage: AgreementStage,
    pub stage_on: NaiveDate,
    /// Public (the secretariat checked it); a party's focal point also sees its own not yet checked.
    pub validated: bool,
    /// Theme slugs.
    pub themes: Vec<String>,
    pub parties: Vec<ExportedParty>,
    pub stages: Vec<ExportedStage>,
    pub url: String,
}

/// Every agreement `reader` may see that `query` keeps (its page ignored), the most recent stage
/// first, with its parties, themes and stages.
///
/// # Errors
/// Database errors.
pub async fn exported_agreements(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &AgreementQuery,
    public_url: &str,
) -> ServiceResult<Vec<ExportedAgreement>> {
    let rows = visible(db, reader, query).await?.all(db).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let details: HashMap<i32, (String, Option<String>)> =
        rows.iter().map(|r| (r.id, (r.summary.clone(), r.signed_place.clone()))).collect();
    let mut stages: HashMap<i32, Vec<ExportedStage>> = HashMap::new();
    for row in stage::Entity::find()
        .filter(stage::Column::AgreementId.is_in(ids))
        .order_by_asc(stage::Column::Id)
        .all(db)
        .await?
    {
        stages
            .entry(row.agreement_id)
            .or_default()
            .push(ExportedStage { stage: row.stage, reached_on: row.reached_on });
    }
    let slugs: HashMap<i32, String> =
        crate::resolutions::service::themes(db).await?.into_iter().map(|t| (t.id, t.slug)).collect();
    let base = public_url.trim_end_matches('/');
    let mut out = Vec::new();
    for summary in summaries(db, rows).await? {
        let (text, signed_place) = details.get(&summary.id).cloned().unwrap_or_default();
        out.push(ExportedAgreement {
            id: summary.id,
            kind: summary.kind,
            title: summary.title,
            language: summary.language,
            summary: text,
            signed_place,
            stage: summary.stage,
            stage_on: summary.stage_on,
            validated: summary.validated,
            themes: summary.themes.iter().filter_map(|id| slugs.get(id).cloned()).collect(),
            parties: summary
                .parties
                .into_iter()
                .map(|p| match p.member {
                    Some(member) => ExportedParty {
                        member_id: Some(member.id),
                        name: member.official_name,
                        latin_name: member.latin_name,
                        country: member.country,
                        signatory_name: p.signatory_name,
                        signatory_title: p.signatory_title,
                    },
                    None => ExportedParty {
                        member_id: None,
                        name: p.name,
                        latin_name: p.latin_name,
                        country: p.country,
                        signatory_name: p.signatory_name,
                        signatory_title: p.signatory_title,
                    },
                })
                .collect(),
            stages: stages.remove(&summary.id).unwrap_or_default(),
            url: format!("{base}{}", crate::twinning::routes::agreement(summary.id)),
        });
    }
    Ok(out)
}

/// The same as CSV, one agreement a line: parties as "name (country)" joined by semicolons,
/// kinds, stages and themes named in `lang`.
///
/// # Errors
/// Database errors.
pub async fn agreements_csv(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &AgreementQuery,
    public_url: &str,
    lang: Lang,
) -> ServiceResult<Vec<u8>> {
    let agreements = exported_agreements(db, reader, query, public_url).await?;
    let themes: HashMap<String, String> = crate::resolutions::service::themes(db)
        .await?
        .into_iter()
        .map(|t| (t.slug.clone(), t.name(lang).to_string()))
        .collect();
    let t = |key: &str| translate(lang, key, &[]);
    let mut csv = SpreadsheetCsv::default();
    csv.row([
        "id".to_string(),
        t("agreement-kind"),
        t("agreement-title"),
        t("agreement-parties"),
        t("text-themes"),
        t("agreement-stage"),
        t("agreement-reached-on"),
        t("agreement-signed-place"),
        t("agreement-signed-by"),
        t("agreement-summary"),
        "url".to_string(),
    ])?;
    for a in agreements {
        let parties: Vec<String> = a
            .parties
            .iter()
            .map(|p| {
                let name = if lang == Lang::Ar { &p.name } else { &p.latin_name };
                let country = crate::membership::country_name(&p.country, lang).unwrap_or(p.country.as_str());
                format!("{name} ({country})")
            })
            .collect();
        let signatories: Vec<String> = a
            .parties
            .iter()
            .filter_map(|p| {
                let who = p.signatory_name.as_deref()?;
                Some(match p.signatory_title.as_deref() {
                    Some(title) => format!("{who}, {title}"),
                    None => who.to_string(),
                })
            })
            .collect();
        let theme_names: Vec<String> = a.themes.iter().filter_map(|slug| themes.get(slug).cloned()).collect();
        csv.row([
            a.id.to_string(),
            t(a.kind.label_key()),
            a.title,
            parties.join("; "),
            theme_names.join("; "),
            t(a.stage.label_key()),
            a.stage_on.to_string(),
            a.signed_place.unwrap_or_default(),
            signatories.join("; "),
            a.summary,
            a.url,
        ])?;
    }
    csv.finish()
}

/// Support a project received, in the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedSupport {
    /// The giving member's id in the directory; none for another giver.
    pub giver_member_id: Option<i32>,
    /// The giver's name in Latin letters (a member's transliteration, or the name given).
    pub giver: String,
    pub kind: crate::twinning::SupportKind,
    /// Financial support: minor units of `currency` (ISO 4217).
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub description: String,
    pub given_on: Option<NaiveDate>,
}

/// A project in the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportedProject {
    pub id: i32,
    pub title: String,
    /// The language of the title and description.
    pub language: Lang,
    pub description: String,
    /// The Palestinian member where it is.
    pub locality_id: i32,
    pub locality_name: String,
    pub locality_latin_name: String,
    /// The agreement it comes under, when the reader may see that agreement.
    pub agreement_id: Option<i32>,
    pub status: crate::twinning::ProjectStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// Theme slugs.
    pub themes: Vec<String>,
    pub support: Vec<ExportedSupport>,
    pub url: String,
}

/// Every project the filters keep (their page ignored), the latest first, with the support each
/// received, the first recorded first.
///
/// # Errors
/// Database errors.
pub async fn exported_projects(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &crate::twinning::ProjectQuery,
    public_url: &str,
) -> ServiceResult<Vec<ExportedProject>> {
    use crate::twinning::entities::{project_theme, support};
    let rows = filtered_projects(query).all(db).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let seen: HashSet<i32> = visible(db, reader, &AgreementQuery::default())
        .await?
        .select_only()
        .column(agreement::Column::Id)
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let slugs: HashMap<i32, String> =
        crate::resolutions::service::themes(db).await?.into_iter().map(|t| (t.id, t.slug)).collect();
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    for row in project_theme::Entity::find()
        .filter(project_theme::Column::ProjectId.is_in(ids.clone()))
        .order_by_asc(project_theme::Column::ThemeId)
        .all(db)
        .await?
    {
        themes.entry(row.project_id).or_default().extend(slugs.get(&row.theme_id).cloned());
    }
    let supports = support::Entity::find()
        .filter(support::Column::ProjectId.is_in(ids))
        .order_by_asc(support::Column::Id)
        .all(db)
        .await?;
    let member_ids: Vec<i32> =
        rows.iter().map(|r| r.locality_id).chain(supports.iter().filter_map(|s| s.giver_member_id)).collect();
    let members = crate::membership::service::directory_entries(db, &member_ids).await?;
    let mut support_of: HashMap<i32, Vec<ExportedSupport>> = HashMap::new();
    for s in supports {
        let giver = match s.giver_member_id.and_then(|id| members.get(&id)) {
            Some(member) => member.latin_name.clone(),
            None => s.giver_name.unwrap_or_default(),
        };
        support_of.entry(s.project_id).or_default().push(ExportedSupport {
            giver_member_id: s.giver_member_id,
            giver,
            kind: s.kind,
            amount_minor: s.amount_minor,
            currency: s.currency,
            description: s.description,
            given_on: s.given_on,
        });
    }
    let base = public_url.trim_end_matches('/');
    Ok(rows
        .into_iter()
        .map(|row| {
            let locality = members.get(&row.locality_id);
            ExportedProject {
                id: row.id,
                title: row.title,
                language: row.language,
                description: row.description,
                locality_id: row.locality_id,
                locality_name: locality.map(|m| m.official_name.clone()).unwrap_or_default(),
                locality_latin_name: locality.map(|m| m.latin_name.clone()).unwrap_or_default(),
                agreement_id: row.agreement_id.filter(|id| seen.contains(id)),
                status: row.status,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                themes: themes.remove(&row.id).unwrap_or_default(),
                support: support_of.remove(&row.id).unwrap_or_default(),
                url: format!("{base}{}", crate::twinning::routes::project(row.id)),
            }
        })
        .collect())
}

/// The same as CSV, one line per support a project received (a project without support on a
/// line of its own): amounts in the currency's units with a point, names, kinds and statuses in
/// `lang`.
///
/// # Errors
/// Database errors.
pub async fn projects_csv(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &crate::twinning::ProjectQuery,
    public_url: &str,
    lang: Lang,
) -> ServiceResult<Vec<u8>> {
    let projects = exported_projects(db, reader, query, public_url).await?;
    let themes: HashMap<String, String> = crate::resolutions::service::themes(db)
        .await?
        .into_iter()
        .map(|t| (t.slug.clone(), t.name(lang).to_string()))
        .collect();
    let t = |key: &str| translate(lang, key, &[]);
    let mut csv = SpreadsheetCsv::default();
    csv.row([
        "id".to_string(),
        t("project-name"),
        t("project-locality"),
        t("project-status"),
        t("project-starts-on"),
        t("project-ends-on"),
        t("text-themes"),
        t("project-agreement"),
        t("support-giver-member"),
        t("support-kind"),
        t("support-amount"),
        t("schedule-currency"),
        t("support-given-on"),
        t("support-description"),
        "url".to_string(),
    ])?;
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for p in projects {
        let locality = if lang == Lang::Ar { &p.locality_name } else { &p.locality_latin_name };
        let head = [
            p.id.to_string(),
            p.title.clone(),
            locality.clone(),
            t(p.status.label_key()),
            day(p.starts_on),
            day(p.ends_on),
            p.themes.iter().filter_map(|slug| themes.get(slug).cloned()).collect::<Vec<_>>().join("; "),
            p.agreement_id.map(|id| id.to_string()).unwrap_or_default(),
        ];
        let lines: Vec<[String; 6]> = if p.support.is_empty() {
            vec![Default::default()]
        } else {
            p.support
                .iter()
                .map(|s| {
                    let amount = s.amount_minor.zip(s.currency.as_deref()).map(|(minor, currency)| {
                        let digits = crate::finance::minor_digits(currency).unwrap_or(2);
                        decimal(minor, digits)
                    });
                    [
                        s.giver.clone(),
                        t(s.kind.label_key()),
                        amount.unwrap_or_default(),
                        s.currency.clone().unwrap_or_default(),
                        day(s.given_on),
                        s.description.clone(),
                    ]
                })
                .collect()
        };
        for line in lines {
            csv.row(head.iter().cloned().chain(line).chain([p.url.clone()]))?;
        }
    }
    csv.finish()
}

/// Minor units as a plain decimal number ("1500.50"), which every spreadsheet reads.
fn decimal(minor: i64, digits: u32) -> String {
    if digits == 0 {
        return minor.to_string();
    }
    let scale = 10i64.pow(digits);
    format!("{}.{:0width$}", minor / scale, (minor % scale).abs(), width = digits as usize)
}
