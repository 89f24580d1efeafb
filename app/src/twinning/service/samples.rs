//! Sample agreements, projects with their support, and visits, for trying the area out and for
//! its bench (`sumud seed-twinning`).
use super::*;
use chrono::{Duration, NaiveDate, Utc};

/// Titles and summaries in each language, the language of the agreement taking turns.
const SAMPLES: [(Lang, &str, &str); 3] = [
    (
        Lang::Ar,
        "اتفاقية تعاون نموذجية {n}",
        "الطرق والنقل، نظم المعلومات الجغرافية، التراث العمراني، الشباب والرياضة، وتبادل الزيارات بين الموظفين.",
    ),
    (
        Lang::En,
        "Sample cooperation agreement {n}",
        "Roads and transport, GIS for municipal planning, urban heritage, youth and sport, and staff exchange visits.",
    ),
    (
        Lang::Fr,
        "Accord de coopération exemple {n}",
        "Culture et patrimoine, universités, jeunesse, et visites d'échange du personnel pour la formation.",
    ),
];

/// Adds `count` validated agreements between pairs of active members (the same pairs for the
/// same members), at every stage (most signed or active), with one or two themes, in the three
/// languages. Returns how many agreements there are in all.
///
/// # Errors
/// `Invalid` when there are fewer than two active members; database errors.
pub async fn insert_sample_agreements(db: &DatabaseConnection, count: u32) -> ServiceResult<u64> {
    use crate::domain::Choice;
    let members: Vec<i32> = crate::membership::service::public_members(db).await?.into_iter().map(|m| m.id).collect();
    if members.len() < 2 {
        return Err(ServiceError::invalid("count", "error-agreement-parties"));
    }
    let themes: Vec<i32> = crate::resolutions::service::themes(db).await?.into_iter().map(|t| t.id).collect();
    let stages = [
        AgreementStage::Active,
        AgreementStage::Signed,
        AgreementStage::Active,
        AgreementStage::Proposed,
        AgreementStage::CouncilDecision,
        AgreementStage::Dormant,
    ];
    let txn = sea_orm::TransactionTrait::begin(db).await?;
    let now = Utc::now();
    let first_day = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or_default();
    for n in 0..u64::from(count) {
        let index = |step: u64| usize::try_from(step % members.len() as u64).unwrap_or(0);
        let first = members[index(n * 7_919)];
        let mut second = members[index(n * 104_729 + 1)];
        if second == first {
            second = members[(index(n * 7_919) + 1) % members.len()];
        }
        let (language, title, summary) = SAMPLES[usize::try_from(n % 3).unwrap_or(0)];
        let reached = stages[usize::try_from(n % 6).unwrap_or(0)];
        let reached_on = first_day + Duration::days(i64::try_from(n % 2_500).unwrap_or(0));
        let row = agreement::ActiveModel {
            kind: Set(AgreementKind::ALL[usize::try_from(n % 5).unwrap_or(0)]),
            title: Set(title.replace("{n}", &(n + 1).to_string())),
            language: Set(language),
            summary: Set(summary.to_string()),
            signed_place: Set(None),
            stage: Set(reached),
            stage_on: Set(reached_on),
            validated_at: Set(Some(now)),
            validated_by: Set(Some("Sample data".into())),
            created_by: Set("Sample data".into()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (position, member_id) in [first, second].into_iter().enumerate() {
            party::ActiveModel {
                agreement_id: Set(row.id),
                position: Set(i32::try_from(position).unwrap_or_default()),
                member_id: Set(Some(member_id)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let mut tagged: Vec<i32> = themes.iter().copied().skip(usize::try_from(n % 7).unwrap_or(0)).take(2).collect();
        tagged.dedup();
        for theme_id in tagged {
            agreement_theme::ActiveModel { agreement_id: Set(row.id), theme_id: Set(theme_id) }.insert(&txn).await?;
        }
        let history =
            if reached == AgreementStage::Proposed { vec![reached] } else { vec![AgreementStage::Proposed, reached] };
        for step in history {
            stage::ActiveModel {
                agreement_id: Set(row.id),
                stage: Set(step),
                reached_on: Set(reached_on),
                recorded_by: Set("Sample data".into()),
                recorded_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    let total = agreement::Entity::find().count(&txn).await?;
    crate::server::counters::raise(&txn, crate::server::counters::TWINNING).await?;
    txn.commit().await?;
    Ok(total)
}

/// Project titles in each language, taking turns, and the support givers outside the network.
const PROJECT_SAMPLES: [(Lang, &str); 3] = [
    (Lang::Ar, "مشروع نموذجي {n}: تأهيل السوق المركزي"),
    (Lang::En, "Sample project {n}: a sports hall"),
    (Lang::Fr, "Projet exemple {n} : réseau de transport"),
];
const GIVERS: [&str; 3] = ["European Union", "UNDP", "Agence française de développement"];
const CURRENCIES: [(&str, i64); 3] = [("JOD", 150_000_000), ("EUR", 20_000_000), ("USD", 5_000_000)];

/// Adds `count` projects in Palestinian members' localities, at every status, each with up to
/// three supports (financial in JOD, EUR or USD, technical, in kind) from members and other
/// givers, and an exchange visit for every tenth project between members. Returns how many
/// projects there are in all.
///
/// # Errors
/// `Invalid` when no active member is Palestinian; database errors.
pub async fn insert_sample_projects(db: &DatabaseConnection, count: u32) -> ServiceResult<u64> {
    use crate::domain::Choice;
    use crate::twinning::entities::{project, project_theme, support, visit};
    use crate::twinning::{ProjectStatus, SupportKind};
    let members = crate::membership::service::public_members(db).await?;
    let localities: Vec<i32> = members.iter().filter(|m| m.country == "PS").map(|m| m.id).collect();
    let others: Vec<i32> = members.iter().filter(|m| m.country != "PS").map(|m| m.id).collect();
    if localities.is_empty() || others.is_empty() {
        return Err(ServiceError::invalid("count", "error-project-locality"));
    }
    let themes: Vec<i32> = crate::resolutions::service::themes(db).await?.into_iter().map(|t| t.id).collect();
    let txn = sea_orm::TransactionTrait::begin(db).await?;
    let now = Utc::now();
    let first_day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let pick = |list: &[i32], step: u64| list[usize::try_from(step % list.len() as u64).unwrap_or(0)];
    for n in 0..u64::from(count) {
        let (language, title) = PROJECT_SAMPLES[usize::try_from(n % 3).unwrap_or(0)];
        let starts_on = first_day + Duration::days(i64::try_from(n % 2_000).unwrap_or(0));
        let locality = pick(&localities, n * 7_919);
        let row = project::ActiveModel {
            title: Set(title.replace("{n}", &(n + 1).to_string())),
            language: Set(language),
            description: Set(SAMPLES[usize::try_from(n % 3).unwrap_or(0)].2.to_string()),
            locality_id: Set(locality),
            agreement_id: Set(None),
            status: Set(ProjectStatus::ALL[usize::try_from(n % 4).unwrap_or(0)]),
            starts_on: Set(Some(starts_on)),
            ends_on: Set(Some(starts_on + Duration::days(540))),
            created_by: Set("Sample data".into()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(theme_id) = themes.get(usize::try_from(n % 7).unwrap_or(0)) {
            project_theme::ActiveModel { project_id: Set(row.id), theme_id: Set(*theme_id) }.insert(&txn).await?;
        }
        for k in 0..(n % 4) {
            let kind =
                [SupportKind::Financial, SupportKind::Technical, SupportKind::InKind][usize::try_from(k).unwrap_or(0)];
            let (currency, amount) = CURRENCIES[usize::try_from((n + k) % 3).unwrap_or(0)];
            let financial = kind == SupportKind::Financial;
            let by_member = (n + k) % 2 == 0;
            support::ActiveModel {
                project_id: Set(row.id),
                giver_member_id: Set(by_member.then(|| pick(&others, n * 104_729 + k))),
                giver_name: Set((!by_member).then(|| GIVERS[usize::try_from(n % 3).unwrap_or(0)].to_string())),
                kind: Set(kind),
                amount_minor: Set(financial.then_some(amount)),
                currency: Set(financial.then(|| currency.to_string())),
                description: Set(String::new()),
                given_on: Set(Some(starts_on)),
                recorded_by: Set("Sample data".into()),
                recorded_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        if n % 10 == 0 {
            visit::ActiveModel {
                agreement_id: Set(None),
                from_member_id: Set(pick(&others, n * 104_729)),
                to_member_id: Set(locality),
                starts_on: Set(starts_on),
                ends_on: Set(starts_on + Duration::days(4)),
                purpose: Set("Staff training in GIS".into()),
                delegation_size: Set(i32::try_from(n % 12).unwrap_or(0) + 2),
                outcome: Set(String::new()),
                recorded_by: Set("Sample data".into()),
                recorded_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    let total = project::Entity::find().count(&txn).await?;
    txn.commit().await?;
    Ok(total)
}
