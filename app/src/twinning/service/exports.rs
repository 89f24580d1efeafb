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
