//! Sample dues, to try the finance area out and for its benchmark: next year's schedule with a
//! band per kind of authority and population, a solidarity waiver, and the year's calls.
use super::*;
use crate::finance::{BandInput, ScheduleInput, WaiverInput};
use crate::membership::AuthorityKind;

/// Adds next year's schedule (a new version when there is one), a waiver for the first active
/// member outside Palestine, and issues the calls to every active member. Returns the schedule
/// and what issuing did.
///
/// # Errors
/// Database errors; a sample value the parsers refuse (a programming error).
pub async fn insert_sample_finance(
    db: &DatabaseConnection,
    context: &RequestContext,
) -> ServiceResult<(schedule::Model, Issued)> {
    let year = Utc::now().date_naive().year() + 1;
    let refused = |_| ServiceError::Internal("sample finance values refused".to_string());
    let schedule =
        ScheduleFields::parse(&ScheduleInput {
            year: year.to_string(),
            currency: "EUR".into(),
            due_on: format!("{year}-03-31"),
            palestinian_percent: "0".into(),
            payment_instructions:
                "Sumud — Réseau international / الشبكة الدولية\nIBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP"
                    .into(),
        })
        .map_err(refused)?;
    let schedule = create_schedule(db, context, &schedule).await?;
    let existing = band::Entity::find().filter(band::Column::ScheduleId.eq(schedule.id)).count(db).await?;
    if existing == 0 {
        for (i, kind) in AuthorityKind::ALL.iter().enumerate() {
            let base = 400 * (i64::try_from(i).unwrap_or(0) + 1);
            for (max, factor) in [("10000", 1), ("100000", 3), ("", 6)] {
                let input = BandInput {
                    kind: kind.as_str().into(),
                    population_max: max.into(),
                    amount: (base * factor).to_string(),
                };
                add_band(db, context, schedule.id, &BandFields::parse(&input, "EUR").map_err(refused)?).await?;
            }
        }
    }
    let waived = membership::active_billing_contacts(db).await?.into_iter().find(|m| !m.is_palestinian());
    if let Some(member) = waived {
        let waiver = WaiverFields::parse(&WaiverInput {
            member_id: member.id.to_string(),
            percent_due: "50".into(),
            from_year: year.to_string(),
            until_year: (year + 1).to_string(),
            reason:
                "Reconstruction after the floods / Reconstruction après les inondations / إعادة الإعمار بعد الفيضانات"
                    .into(),
        })
        .map_err(refused)?;
        add_waiver(db, context, &waiver).await?;
    }
    let issued = issue_calls(db, context, schedule.id, None).await?;
    Ok((schedule, issued))
}
