//! The map's members and the lines between the parties of agreements in force.
use super::*;

/// The public map: every active member placed on it, and a line between the placed member
/// parties of each validated agreement in force (signed or active) of the kind and theme asked.
///
/// # Errors
/// Database errors.
pub async fn map(db: &impl ConnectionTrait, query: &MapQuery) -> ServiceResult<MapView> {
    let located = crate::membership::service::located_members(db).await?;
    let in_force = agreement::Entity::find()
        .filter(agreement::Column::ValidatedAt.is_not_null())
        .filter(agreement::Column::Stage.is_in([AgreementStage::Signed, AgreementStage::Active]));
    let rows = filtered(in_force, &query.kind, &query.theme).order_by_asc(agreement::Column::Id).all(db).await?;
    let shown: HashMap<i32, &agreement::Model> = rows.iter().map(|row| (row.id, row)).collect();
    let mut parties: HashMap<i32, Vec<i32>> = HashMap::new();
    for party in party::Entity::find()
        .filter(party::Column::MemberId.is_not_null())
        .order_by_asc(party::Column::AgreementId)
        .order_by_asc(party::Column::Position)
        .all(db)
        .await?
    {
        if let (true, Some(member_id)) = (shown.contains_key(&party.agreement_id), party.member_id) {
            parties.entry(party.agreement_id).or_default().push(member_id);
        }
    }
    let places: HashMap<i32, (f64, f64)> =
        located.iter().map(|m| (m.entry.id, (m.coordinates.latitude(), m.coordinates.longitude()))).collect();
    let mut counts: HashMap<i32, u32> = HashMap::new();
    let mut links = Vec::new();
    for row in &rows {
        let placed: Vec<(f64, f64)> = parties
            .get(&row.id)
            .into_iter()
            .flatten()
            .filter_map(|member| {
                *counts.entry(*member).or_default() += 1;
                places.get(member).copied()
            })
            .collect();
        // From the first party placed to each other one: a twinning is one line.
        if let Some((first, others)) = placed.split_first() {
            for other in others {
                links.push(MapLink {
                    agreement_id: row.id,
                    kind: row.kind,
                    title: row.title.clone(),
                    from: *first,
                    to: *other,
                });
            }
        }
    }
    let points = located
        .into_iter()
        .map(|m| MapPoint {
            agreements: counts.get(&m.entry.id).copied().unwrap_or_default(),
            latitude: m.coordinates.latitude(),
            longitude: m.coordinates.longitude(),
            member: m.entry,
        })
        .collect();
    Ok(MapView { points, links, themes: crate::resolutions::service::themes(db).await?, agreements: rows.len() as u64 })
}
