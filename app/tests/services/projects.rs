//! Twinning's projects, their support and exchange visits on SQLite and PostgreSQL: who may
//! record them, what is refused, the totals by locality and currency, what members' pages show.
use crate::resolutions::{member_with_focal_point, secretariat, PUBLIC_URL};
use app::audit::entity as audit;
use app::i18n::Lang;
use app::membership::entities::member;
use app::resolutions::Reader;
use app::server::ServiceError;
use app::twinning::entities::{project, support, visit};
use app::twinning::service as twinning;
use app::twinning::{
    AgreementFields, AgreementInput, PartyInput, ProjectFields, ProjectInput, ProjectQuery, SupportFields,
    SupportInput, VisitFields, VisitInput,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
};

testing::on_both_databases!(
    projects_are_recorded_for_palestinian_localities_and_their_support_totalled,
    visits_are_recorded_by_either_member_and_shown_on_both_pages,
    sample_projects_fill_the_list,
);

async fn placed_in(db: &DatabaseConnection, id: i32, country: &str) {
    member::ActiveModel { id: Set(id), country: Set(country.into()), ..Default::default() }.update(db).await.unwrap();
}

/// Hebron (Palestine) and Greater Amman (Jordan) with their focal points, and an agreement
/// between them that the secretariat recorded (public at once); Lyon (France) apart.
async fn hebron_amman_lyon(db: &DatabaseConnection) -> (i32, i32, i32, i32) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let lyon = member_with_focal_point(db, "focal@lyon.test", Lang::Fr).await;
    placed_in(db, hebron, "PS").await;
    placed_in(db, amman, "JO").await;
    placed_in(db, lyon, "FR").await;
    let party = |id: i32| PartyInput { member: id.to_string(), ..Default::default() };
    let input = AgreementInput {
        kind: "brotherhood".into(),
        title: "Hebron – Greater Amman".into(),
        language: "en".into(),
        proposed_on: "2026-03-01".into(),
        parties: vec![party(hebron), party(amman)],
        ..Default::default()
    };
    let fields = AgreementFields::parse(&input).unwrap();
    let agreement = twinning::propose(db, &secretariat(), Reader::Secretariat, &fields).await.unwrap();
    (hebron, amman, lyon, agreement.id)
}

fn project_in(locality: i32, agreement: Option<i32>, title: &str) -> ProjectFields {
    ProjectFields::parse(&ProjectInput {
        title: title.into(),
        language: "ar".into(),
        description: "إعادة تأهيل السوق المركزي في البلدة القديمة.".into(),
        locality: locality.to_string(),
        agreement: agreement.map(|a| a.to_string()).unwrap_or_default(),
        status: "running".into(),
        starts_on: "2026-04-01".into(),
        ends_on: "2027-12-31".into(),
        themes: vec!["1".into()],
    })
    .unwrap()
}

fn financial(giver_member: Option<i32>, giver_name: &str, amount: &str, currency: &str) -> SupportFields {
    SupportFields::parse(&SupportInput {
        giver_member: giver_member.map(|m| m.to_string()).unwrap_or_default(),
        giver_name: giver_name.into(),
        kind: "financial".into(),
        amount: amount.into(),
        currency: currency.into(),
        description: "Construction".into(),
        given_on: "2026-05-01".into(),
    })
    .unwrap()
}

fn refused_key<T: std::fmt::Debug>(result: Result<T, ServiceError>) -> (&'static str, &'static str) {
    match result.unwrap_err() {
        ServiceError::Invalid { field, key } => (field, key),
        other => panic!("expected a refused field, got {other:?}"),
    }
}

fn parse_keys(input: &SupportInput) -> Vec<(&'static str, &'static str)> {
    SupportFields::parse(input).unwrap_err().into_iter().map(|e| (e.field, e.key)).collect()
}

async fn projects_are_recorded_for_palestinian_localities_and_their_support_totalled(db: &DatabaseConnection) {
    let (hebron, amman, lyon, agreement) = hebron_amman_lyon(db).await;
    let amman_focal = testing::context("focal@amman.test", "منسق عمّان", PUBLIC_URL);
    let hebron_focal = testing::context("focal@hebron.test", "منسق الخليل", PUBLIC_URL);
    let lyon_focal = testing::context("focal@lyon.test", "Lyon", PUBLIC_URL);
    let (as_hebron, as_amman, as_lyon) =
        (Reader::Member { member_id: hebron }, Reader::Member { member_id: amman }, Reader::Member { member_id: lyon });

    // Greater Amman records a project in Hebron under their agreement; Hebron one on its own.
    let market =
        twinning::record_project(db, &amman_focal, as_amman, &project_in(hebron, Some(agreement), "السوق المركزي"))
            .await
            .unwrap();
    let hall = twinning::record_project(db, &hebron_focal, as_hebron, &project_in(hebron, None, "القاعة الرياضية"))
        .await
        .unwrap();

    // Refused, and nothing recorded: Lyon for Hebron without an agreement, a locality outside
    // Palestine, an agreement Lyon is not party to, the public.
    let before = project::Entity::find().count(db).await.unwrap();
    let lyon_in_hebron = twinning::record_project(db, &lyon_focal, as_lyon, &project_in(hebron, None, "x")).await;
    assert_eq!(refused_key(lyon_in_hebron), ("locality", "error-project-own"));
    let in_amman =
        twinning::record_project(db, &secretariat(), Reader::Secretariat, &project_in(amman, None, "x")).await;
    assert_eq!(refused_key(in_amman), ("locality", "error-project-locality"));
    let foreign_agreement =
        twinning::record_project(db, &lyon_focal, as_lyon, &project_in(hebron, Some(agreement), "x")).await;
    assert_eq!(refused_key(foreign_agreement), ("agreement", "error-choice-invalid"));
    // Lyon proposes an agreement naming Hebron: until the secretariat validates it, it gives
    // Lyon no say over Hebron's projects.
    let party = |id: i32| PartyInput { member: id.to_string(), ..Default::default() };
    let unchecked = AgreementInput {
        kind: "twinning".into(),
        title: "Lyon – Hébron".into(),
        language: "fr".into(),
        parties: vec![party(lyon), party(hebron)],
        ..Default::default()
    };
    let unchecked =
        twinning::propose(db, &lyon_focal, as_lyon, &AgreementFields::parse(&unchecked).unwrap()).await.unwrap();
    let under_unchecked =
        twinning::record_project(db, &lyon_focal, as_lyon, &project_in(hebron, Some(unchecked.id), "x")).await;
    assert_eq!(refused_key(under_unchecked), ("locality", "error-project-own"));
    let public = twinning::record_project(db, &secretariat(), Reader::Public, &project_in(hebron, None, "x")).await;
    assert!(matches!(public.unwrap_err(), ServiceError::Forbidden));
    assert_eq!(project::Entity::find().count(db).await.unwrap(), before);

    // Support: Greater Amman's dinars (three decimals) to both, the EU's euros to the market,
    // Lyon's technical help (no amount).
    twinning::add_support(db, &amman_focal, as_amman, market.id, &financial(Some(amman), "", "150,000.500", "JOD"))
        .await
        .unwrap();
    twinning::add_support(db, &hebron_focal, as_hebron, hall.id, &financial(Some(amman), "", "49999.5", "jod"))
        .await
        .unwrap();
    let eu = twinning::add_support(
        db,
        &secretariat(),
        Reader::Secretariat,
        market.id,
        &financial(None, "European Union", "200 000,00", "EUR"),
    )
    .await
    .unwrap();
    assert_eq!((eu.amount_minor, eu.currency.as_deref()), (Some(20_000_000), Some("EUR")));
    let technical = SupportFields::parse(&SupportInput {
        giver_name: "Ville de Lyon".into(),
        kind: "technical".into(),
        description: "Formation SIG".into(),
        ..Default::default()
    })
    .unwrap();
    twinning::add_support(db, &hebron_focal, as_hebron, market.id, &technical).await.unwrap();
    // An applicant gives nothing (its name is not public).
    app::membership::service::insert_sample_members(db, 1).await.unwrap();
    let newest = member::Entity::find().all(db).await.unwrap().into_iter().map(|m| m.id).max().unwrap();
    member::ActiveModel {
        id: Set(newest),
        status: Set(app::membership::MemberStatus::Applicant),
        ..Default::default()
    }
    .update(db)
    .await
    .unwrap();
    let from_applicant =
        twinning::add_support(db, &hebron_focal, as_hebron, hall.id, &financial(Some(newest), "", "1", "EUR")).await;
    assert_eq!(refused_key(from_applicant), ("giver_member", "error-choice-invalid"));
    // Lyon's focal point is neither the locality nor a party: it may not add support.
    let stranger = twinning::add_support(db, &lyon_focal, as_lyon, market.id, &technical).await;
    assert!(matches!(stranger.unwrap_err(), ServiceError::Forbidden));

    let totals = twinning::support_totals(db, &ProjectQuery::default(), Lang::En).await.unwrap();
    let seen: Vec<(i32, i64, &str, u32)> =
        totals.iter().map(|t| (t.locality.id, t.money.minor, t.money.currency.as_str(), t.projects)).collect();
    assert_eq!(seen, vec![(hebron, 20_000_000, "EUR", 1), (hebron, 200_000_000, "JOD", 2)]);
    assert_eq!(totals[1].money.shown, "200,000.000\u{a0}JOD");
    // The filters: both of Hebron's projects under way on the first theme; none completed.
    let own = ProjectQuery { theme: "1".into(), status: "running".into(), locality: hebron.to_string(), page: 0 };
    assert_eq!(twinning::projects(db, Reader::Public, &own, Lang::Fr).await.unwrap().total, 2);
    let completed = ProjectQuery { status: "completed".into(), ..Default::default() };
    let none = twinning::projects(db, Reader::Public, &completed, Lang::Fr).await.unwrap();
    assert_eq!((none.total, none.totals.len()), (0, 0));

    // The public sees the market with the agreement it comes under and every support.
    let page = twinning::project_page(db, Reader::Public, market.id, Lang::Fr).await.unwrap();
    assert_eq!(page.agreement.map(|a| a.id), Some(agreement));
    assert_eq!(page.support.len(), 3);
    assert_eq!(page.support[0].amount.as_ref().unwrap().shown, "150\u{202f}000,500\u{a0}JOD");
    assert!(!page.may_edit);
    assert!(twinning::project_page(db, as_amman, market.id, Lang::Fr).await.unwrap().may_edit);
    assert!(!twinning::project_page(db, as_amman, hall.id, Lang::Fr).await.unwrap().may_edit);

    // Removing support changes the totals; a stranger may not remove it.
    let stranger = twinning::remove_support(db, &lyon_focal, as_lyon, eu.id).await;
    assert!(matches!(stranger.unwrap_err(), ServiceError::Forbidden));
    assert_eq!(twinning::remove_support(db, &secretariat(), Reader::Secretariat, eu.id).await.unwrap(), market.id);
    let totals = twinning::support_totals(db, &ProjectQuery::default(), Lang::En).await.unwrap();
    assert_eq!(totals.len(), 1);
    assert_eq!(support::Entity::find().count(db).await.unwrap(), 3);

    // Each member's page: Hebron's projects, and the one Greater Amman supports.
    let hebrons = twinning::member_cooperation(db, Reader::Public, hebron, Lang::Ar).await.unwrap();
    assert_eq!(hebrons.projects.len(), 2);
    let ammans = twinning::member_cooperation(db, Reader::Public, amman, Lang::Ar).await.unwrap();
    assert_eq!(ammans.projects.iter().map(|p| p.id).collect::<Vec<_>>(), vec![hall.id, market.id]);
    assert!(twinning::member_cooperation(db, Reader::Public, lyon, Lang::Ar).await.unwrap().projects.is_empty());

    // A change by a stranger is refused; the locality's focal point changes it.
    let stranger = twinning::update_project(db, &lyon_focal, as_lyon, hall.id, &project_in(hebron, None, "y")).await;
    assert!(matches!(stranger.unwrap_err(), ServiceError::Forbidden));
    let mut done = project_in(hebron, None, "القاعة الرياضية");
    done.status = app::twinning::ProjectStatus::Completed;
    twinning::update_project(db, &hebron_focal, as_hebron, hall.id, &done).await.unwrap();
    let completed = twinning::projects(db, Reader::Public, &completed, Lang::Fr).await.unwrap();
    assert_eq!(completed.projects.iter().map(|p| p.id).collect::<Vec<_>>(), vec![hall.id]);

    // Every change is audited.
    let audited = |action: &'static str| audit::Entity::find().filter(audit::Column::Action.eq(action)).count(db);
    assert_eq!(audited("project.recorded").await.unwrap(), 2);
    assert_eq!(audited("project.updated").await.unwrap(), 1);
    assert_eq!(audited("project.support_added").await.unwrap(), 4);
    assert_eq!(audited("project.support_removed").await.unwrap(), 1);

    // The exports: a line per support, a project without support on a line of its own.
    let exported = twinning::exported_projects(db, Reader::Public, &ProjectQuery::default(), PUBLIC_URL).await.unwrap();
    assert_eq!(exported.len(), 2);
    let market_row = exported.iter().find(|p| p.id == market.id).unwrap();
    assert_eq!(market_row.agreement_id, Some(agreement));
    assert_eq!(market_row.support.len(), 2);
    let csv = twinning::projects_csv(db, Reader::Public, &ProjectQuery::default(), PUBLIC_URL, Lang::En).await.unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(text.lines().count(), 1 + 3);
    assert!(text.contains("150000.500,JOD"), "{text}");
    assert!(text.contains("Technical"), "{text}");
}

async fn visits_are_recorded_by_either_member_and_shown_on_both_pages(db: &DatabaseConnection) {
    let (hebron, amman, lyon, agreement) = hebron_amman_lyon(db).await;
    let hebron_focal = testing::context("focal@hebron.test", "منسق الخليل", PUBLIC_URL);
    let lyon_focal = testing::context("focal@lyon.test", "Lyon", PUBLIC_URL);
    let as_hebron = Reader::Member { member_id: hebron };
    let as_lyon = Reader::Member { member_id: lyon };
    let visit_input = |from: i32, to: i32, agreement: Option<i32>| VisitInput {
        agreement: agreement.map(|a| a.to_string()).unwrap_or_default(),
        from_member: from.to_string(),
        to_member: to.to_string(),
        starts_on: "2026-06-10".into(),
        ends_on: "2026-06-14".into(),
        purpose: "تدريب موظفي نظم المعلومات الجغرافية".into(),
        delegation_size: "6".into(),
        outcome: "برنامج تدريب لمدة عام".into(),
    };

    // Refused as typed: the same member twice, dates in the wrong order, no delegation.
    let mut wrong = visit_input(hebron, hebron, None);
    wrong.ends_on = "2026-06-01".into();
    wrong.delegation_size = "0".into();
    let keys: Vec<_> = VisitFields::parse(&wrong).unwrap_err().into_iter().map(|e| (e.field, e.key)).collect();
    assert_eq!(
        keys,
        vec![
            ("to_member", "error-visit-same-member"),
            ("ends_on", "error-date-order"),
            ("delegation_size", "error-delegation-size")
        ]
    );

    // Refused by the rules: Lyon records a visit it is not part of; an agreement Lyon is not
    // party to.
    let fields = VisitFields::parse(&visit_input(hebron, amman, Some(agreement))).unwrap();
    let not_own = twinning::record_visit(db, &lyon_focal, as_lyon, &fields).await;
    assert_eq!(refused_key(not_own), ("from_member", "error-visit-own"));
    let outside = VisitFields::parse(&visit_input(lyon, hebron, Some(agreement))).unwrap();
    let outside = twinning::record_visit(db, &lyon_focal, as_lyon, &outside).await;
    assert_eq!(refused_key(outside), ("agreement", "error-visit-agreement"));
    assert_eq!(visit::Entity::find().count(db).await.unwrap(), 0);

    let row = twinning::record_visit(db, &hebron_focal, as_hebron, &fields).await.unwrap();
    for member in [hebron, amman] {
        let shown = twinning::member_cooperation(db, Reader::Public, member, Lang::Fr).await.unwrap();
        assert_eq!(shown.visits.len(), 1);
        assert_eq!(shown.visits[0].agreement.as_ref().map(|a| a.id), Some(agreement));
        assert!(!shown.visits[0].may_remove);
    }
    assert!(twinning::member_cooperation(db, Reader::Public, lyon, Lang::Fr).await.unwrap().visits.is_empty());
    let listed = twinning::visits(db, as_hebron, 0).await.unwrap();
    assert_eq!((listed.visits.len(), listed.visits[0].may_remove), (1, true));
    assert_eq!(listed.visits[0].delegation_size, 6);

    // Only the secretariat or a member's focal point removes it.
    assert!(matches!(
        twinning::remove_visit(db, &lyon_focal, as_lyon, row.id).await.unwrap_err(),
        ServiceError::Forbidden
    ));
    twinning::remove_visit(db, &hebron_focal, as_hebron, row.id).await.unwrap();
    assert_eq!(visit::Entity::find().count(db).await.unwrap(), 0);
    let audited = |action: &'static str| audit::Entity::find().filter(audit::Column::Action.eq(action)).count(db);
    assert_eq!(audited("visit.recorded").await.unwrap(), 1);
    assert_eq!(audited("visit.removed").await.unwrap(), 1);
}

#[test]
fn support_is_checked_as_typed() {
    let base = SupportInput { giver_name: "UNDP".into(), kind: "financial".into(), ..Default::default() };
    assert_eq!(
        parse_keys(&SupportInput { currency: "JOD".into(), ..base.clone() }),
        vec![("amount", "error-support-amount")]
    );
    assert_eq!(
        parse_keys(&SupportInput { amount: "100".into(), currency: "XYZ".into(), ..base.clone() }),
        vec![("currency", "error-currency")]
    );
    assert_eq!(
        parse_keys(&SupportInput { kind: "technical".into(), amount: "100".into(), ..base.clone() }),
        vec![("amount", "error-support-amount-financial")]
    );
    assert_eq!(
        parse_keys(&SupportInput {
            giver_name: String::new(),
            amount: "1".into(),
            currency: "EUR".into(),
            ..base.clone()
        }),
        vec![("giver_member", "error-support-giver")]
    );
    assert_eq!(
        parse_keys(&SupportInput { giver_member: "3".into(), amount: "1".into(), currency: "EUR".into(), ..base }),
        vec![("giver_name", "error-support-giver-both")]
    );
}

async fn sample_projects_fill_the_list(db: &DatabaseConnection) {
    app::membership::service::insert_sample_members(db, 16).await.unwrap();
    assert_eq!(twinning::insert_sample_projects(db, 30).await.unwrap(), 30);
    let list = twinning::projects(db, Reader::Public, &ProjectQuery::default(), Lang::Ar).await.unwrap();
    assert_eq!((list.total, list.projects.len()), (30, 30));
    assert!(list.projects.iter().all(|p| p.locality.country == "PS"));
    assert!(!list.totals.is_empty());
    assert_eq!(visit::Entity::find().count(db).await.unwrap(), 3);
}
