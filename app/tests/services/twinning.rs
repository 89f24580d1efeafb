//! Twinning on SQLite and PostgreSQL: agreements recorded by a party's focal point or the
//! secretariat, validated before the public sees them, their stages, and what is refused.
use crate::resolutions::{member_with_focal_point, secretariat, PUBLIC_URL};
use app::audit::entity as audit;
use app::i18n::Lang;
use app::resolutions::Reader;
use app::server::ServiceError;
use app::twinning::entities::agreement;
use app::twinning::service as twinning;
use app::twinning::{AgreementFields, AgreementInput, AgreementQuery, AgreementStage, PartyInput, StageFields};
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

testing::on_both_databases!(
    a_focal_point_records_an_agreement_that_is_public_once_validated,
    stages_go_forward_each_on_or_after_the_one_before,
    refused_inputs_and_strangers_change_nothing,
    the_map_draws_agreements_in_force_between_placed_members,
    sample_agreements_fill_the_registry_and_the_map,
    documents_are_checked_kept_by_content_and_read_as_their_agreement,
    exports_hold_what_the_reader_may_see,
);

fn member_party(id: i32, signatory: &str, title: &str) -> PartyInput {
    PartyInput {
        member: id.to_string(),
        signatory_name: signatory.into(),
        signatory_title: title.into(),
        ..Default::default()
    }
}

fn twinning_of(first: i32, second: i32) -> AgreementInput {
    AgreementInput {
        kind: "brotherhood".into(),
        title: "اتفاقية أخوّة وتعاون بين بلدية الخليل وأمانة عمّان الكبرى".into(),
        language: "ar".into(),
        summary: "الطرق والنقل، التخطيط الاستراتيجي، نظم المعلومات الجغرافية، التراث العمراني والشباب.".into(),
        signed_place: "عمّان".into(),
        proposed_on: "2026-03-01".into(),
        themes: vec!["1".into(), "3".into()],
        parties: vec![
            member_party(first, "تيسير أبو سنينة", "رئيس بلدية الخليل"),
            member_party(second, "يوسف الشواربكة", "أمين عمّان"),
        ],
    }
}

fn parsed(input: &AgreementInput) -> AgreementFields {
    AgreementFields::parse(input).unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The version of the agreement the secretariat has just read.
async fn version_now(db: &DatabaseConnection, id: i32) -> i64 {
    twinning::version(&agreement::Entity::find_by_id(id).one(db).await.unwrap().unwrap())
}

async fn agreement_count(db: &DatabaseConnection) -> u64 {
    agreement::Entity::find().count(db).await.unwrap()
}

async fn a_focal_point_records_an_agreement_that_is_public_once_validated(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let lyon = member_with_focal_point(db, "focal@lyon.test", Lang::Fr).await;
    let focal = testing::context("focal@hebron.test", "منسق الخليل", PUBLIC_URL);
    let hebron_reader = Reader::Member { member_id: hebron };
    let row = twinning::propose(db, &focal, hebron_reader, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    assert_eq!(row.stage, AgreementStage::Proposed);
    assert_eq!(row.stage_on, day("2026-03-01"));
    assert!(row.validated_at.is_none());

    // Until the secretariat validates it, only the parties and the secretariat see it.
    assert!(matches!(twinning::page(db, Reader::Public, row.id).await.unwrap_err(), ServiceError::NotFound));
    let stranger = Reader::Member { member_id: lyon };
    assert!(matches!(twinning::page(db, stranger, row.id).await.unwrap_err(), ServiceError::NotFound));
    assert_eq!(twinning::list(db, Reader::Public, &AgreementQuery::default()).await.unwrap().total, 0);
    assert!(twinning::member_agreements(db, Reader::Public, amman).await.unwrap().is_empty());
    let seen = twinning::page(db, Reader::Member { member_id: amman }, row.id).await.unwrap();
    assert!(seen.may_edit && !seen.may_validate);
    let awaiting = AgreementQuery { review: "awaiting".into(), ..Default::default() };
    let queue = twinning::list(db, Reader::Secretariat, &awaiting).await.unwrap();
    assert_eq!(queue.agreements.iter().map(|a| a.id).collect::<Vec<_>>(), vec![row.id]);

    // Validated: public, on both members' pages, with parties, signatories and themes.
    twinning::validate(db, &secretariat(), row.id, version_now(db, row.id).await).await.unwrap();
    let public = twinning::page(db, Reader::Public, row.id).await.unwrap();
    assert!(!public.may_edit && !public.may_validate);
    let parties = &public.summary.parties;
    assert_eq!(parties.iter().map(|p| p.member.as_ref().unwrap().id).collect::<Vec<_>>(), vec![hebron, amman]);
    assert_eq!(parties[1].signatory_title.as_deref(), Some("أمين عمّان"));
    assert_eq!(public.themes.iter().map(|t| t.id).collect::<Vec<_>>(), vec![1, 3]);
    assert_eq!(public.signed_place.as_deref(), Some("عمّان"));
    for member in [hebron, amman] {
        let listed = twinning::member_agreements(db, Reader::Public, member).await.unwrap();
        assert_eq!(listed.iter().map(|a| a.id).collect::<Vec<_>>(), vec![row.id]);
    }
    assert!(twinning::member_agreements(db, Reader::Public, lyon).await.unwrap().is_empty());
    assert!(matches!(
        twinning::validate(db, &secretariat(), row.id, version_now(db, row.id).await).await.unwrap_err(),
        ServiceError::Conflict { key: "error-agreement-validated" }
    ));

    // The filters: by kind, by theme, by stage.
    let by = |kind: &str, theme: &str, stage: &str| AgreementQuery {
        kind: kind.into(),
        theme: theme.into(),
        stage: stage.into(),
        ..Default::default()
    };
    for (query, expected) in [
        (by("brotherhood", "", ""), 1),
        (by("twinning", "", ""), 0),
        (by("", "3", ""), 1),
        (by("", "2", ""), 0),
        (by("", "", "proposed"), 1),
        (by("", "", "signed"), 0),
    ] {
        assert_eq!(twinning::list(db, Reader::Public, &query).await.unwrap().total, expected, "{query:?}");
    }

    // A party's change (a third party, an outside city) asks for validation again; the
    // secretariat's does not.
    let mut changed = twinning_of(hebron, amman);
    changed.parties.push(PartyInput {
        name: "Ville de Lyon".into(),
        latin_name: "Lyon".into(),
        country: "fr".into(),
        ..Default::default()
    });
    twinning::update(db, &focal, hebron_reader, row.id, &parsed(&changed)).await.unwrap();
    assert!(matches!(twinning::page(db, Reader::Public, row.id).await.unwrap_err(), ServiceError::NotFound));
    let page = twinning::page(db, Reader::Secretariat, row.id).await.unwrap();
    assert_eq!(page.summary.parties[2].country, "FR");
    assert_eq!(page.summary.parties[2].shown_name(Lang::Ar), "Ville de Lyon");
    assert_eq!(page.summary.parties[2].shown_name(Lang::En), "Lyon");
    // The party changes it again while the secretariat reads the page: the validation of what
    // it read is refused, and it reads again.
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    twinning::update(db, &focal, hebron_reader, row.id, &parsed(&changed)).await.unwrap();
    assert!(matches!(
        twinning::validate(db, &secretariat(), row.id, page.version).await.unwrap_err(),
        ServiceError::Conflict { key: "error-agreement-changed" }
    ));
    assert!(matches!(twinning::page(db, Reader::Public, row.id).await.unwrap_err(), ServiceError::NotFound));
    twinning::validate(db, &secretariat(), row.id, version_now(db, row.id).await).await.unwrap();
    twinning::update(db, &secretariat(), Reader::Secretariat, row.id, &parsed(&changed)).await.unwrap();
    assert!(twinning::page(db, Reader::Public, row.id).await.unwrap().summary.validated);

    // The secretariat's own record is public at once.
    let other =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(lyon, hebron))).await.unwrap();
    assert!(other.validated_at.is_some());

    // Every change is audited; validation is public.
    let actions: Vec<(String, bool)> = audit::Entity::find()
        .filter(audit::Column::EntityType.eq("agreement"))
        .order_by_asc(audit::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.is_public))
        .collect();
    let expected = [
        ("agreement.proposed", false),
        ("agreement.validated", true),
        ("agreement.updated", false),
        ("agreement.updated", false),
        ("agreement.validated", true),
        ("agreement.updated", false),
        ("agreement.proposed", false),
    ];
    assert_eq!(actions, expected.map(|(a, p)| (a.to_string(), p)));
}

async fn stages_go_forward_each_on_or_after_the_one_before(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let focal = testing::context("focal@amman.test", "Focal", PUBLIC_URL);
    let reader = Reader::Member { member_id: amman };
    let row = twinning::propose(db, &focal, reader, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    let stage = |stage: &str, on: &str| StageFields::parse(stage, on).unwrap();
    let refused = |error: ServiceError| match error {
        ServiceError::Invalid { field, key } => (field, key),
        other => panic!("{other:?}"),
    };

    // Before the stage before it; in the future; backwards: refused, nothing changes.
    let before =
        refused(twinning::record_stage(db, &focal, reader, row.id, &stage("signed", "2026-02-27")).await.unwrap_err());
    assert_eq!(before, ("reached_on", "error-date-order"));
    let tomorrow = (Utc::now().date_naive() + Duration::days(1)).to_string();
    let future =
        refused(twinning::record_stage(db, &focal, reader, row.id, &stage("signed", &tomorrow)).await.unwrap_err());
    assert_eq!(future, ("reached_on", "error-date-future"));
    twinning::record_stage(db, &focal, reader, row.id, &stage("signed", "2026-04-20")).await.unwrap();
    let back = refused(
        twinning::record_stage(db, &focal, reader, row.id, &stage("council_decision", "2026-05-01")).await.unwrap_err(),
    );
    assert_eq!(back, ("stage", "error-agreement-stage"));
    assert_eq!(agreement::Entity::find_by_id(row.id).one(db).await.unwrap().unwrap().stage, AgreementStage::Signed);

    // Active, dormant, active again (a revived twinning), ended; nothing after the end.
    for (next, on) in
        [("active", "2026-04-20"), ("dormant", "2026-06-01"), ("active", "2026-07-15"), ("ended", "2026-08-01")]
    {
        twinning::record_stage(db, &focal, reader, row.id, &stage(next, on)).await.unwrap();
    }
    let after_end =
        refused(twinning::record_stage(db, &focal, reader, row.id, &stage("active", "2026-08-02")).await.unwrap_err());
    assert_eq!(after_end, ("stage", "error-agreement-stage"));
    let page = twinning::page(db, Reader::Secretariat, row.id).await.unwrap();
    let history: Vec<(AgreementStage, NaiveDate)> = page.stages.iter().map(|s| (s.stage, s.reached_on)).collect();
    use AgreementStage::*;
    assert_eq!(
        history,
        vec![
            (Proposed, day("2026-03-01")),
            (Signed, day("2026-04-20")),
            (Active, day("2026-04-20")),
            (Dormant, day("2026-06-01")),
            (Active, day("2026-07-15")),
            (Ended, day("2026-08-01")),
        ]
    );
    assert_eq!((page.summary.stage, page.summary.stage_on), (Ended, day("2026-08-01")));
}

async fn refused_inputs_and_strangers_change_nothing(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let lyon = member_with_focal_point(db, "focal@lyon.test", Lang::Fr).await;
    let fields_of = |input: &AgreementInput| {
        let mut refused: Vec<(&str, &str)> =
            AgreementFields::parse(input).unwrap_err().into_iter().map(|p| (p.field, p.key)).collect();
        refused.sort();
        refused
    };

    // One party; the same member twice; an outside party without its name or country.
    let mut alone = twinning_of(hebron, amman);
    alone.parties.truncate(1);
    assert_eq!(fields_of(&alone), vec![("parties", "error-agreement-parties")]);
    assert_eq!(fields_of(&twinning_of(hebron, hebron)), vec![("party2_member", "error-party-twice")]);
    let mut unnamed = twinning_of(hebron, amman);
    unnamed.parties[1] = PartyInput { latin_name: "Tangier".into(), country: "XX".into(), ..Default::default() };
    assert_eq!(
        fields_of(&unnamed),
        vec![("party2_country", "error-choice-invalid"), ("party2_name", "error-required")]
    );
    let mut no_kind = twinning_of(hebron, amman);
    no_kind.kind = "alliance".into();
    no_kind.title = " ".into();
    no_kind.proposed_on = "01/03/2026".into();
    assert_eq!(
        fields_of(&no_kind),
        vec![("kind", "error-choice-invalid"), ("proposed_on", "error-date"), ("title", "error-required")]
    );

    // A focal point records only agreements its member is party to, and changes only those.
    let lyon_focal = testing::context("focal@lyon.test", "Claire", PUBLIC_URL);
    let lyon_reader = Reader::Member { member_id: lyon };
    let not_party = twinning::propose(db, &lyon_focal, lyon_reader, &parsed(&twinning_of(hebron, amman))).await;
    assert!(matches!(
        not_party.unwrap_err(),
        ServiceError::Invalid { field: "parties", key: "error-agreement-own-party" }
    ));
    let row =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    let taking_over = twinning::update(db, &lyon_focal, lyon_reader, row.id, &parsed(&twinning_of(lyon, amman))).await;
    assert!(matches!(taking_over.unwrap_err(), ServiceError::Forbidden));
    let staging = twinning::record_stage(
        db,
        &lyon_focal,
        lyon_reader,
        row.id,
        &StageFields::parse("signed", "2026-04-01").unwrap(),
    )
    .await;
    assert!(matches!(staging.unwrap_err(), ServiceError::Forbidden));
    assert!(matches!(
        twinning::form(db, lyon_reader, Some(row.id), Lang::Fr).await.unwrap_err(),
        ServiceError::Forbidden
    ));
    assert!(matches!(twinning::form(db, Reader::Public, None, Lang::Fr).await.unwrap_err(), ServiceError::Forbidden));
    // Hebron's focal point cannot drop Hebron from its own agreement.
    let hebron_focal = testing::context("focal@hebron.test", "Focal", PUBLIC_URL);
    let dropped = twinning::update(
        db,
        &hebron_focal,
        Reader::Member { member_id: hebron },
        row.id,
        &parsed(&twinning_of(lyon, amman)),
    )
    .await;
    assert!(matches!(
        dropped.unwrap_err(),
        ServiceError::Invalid { field: "parties", key: "error-agreement-own-party" }
    ));
    // Nor drop Greater Amman: another member's place is not Hebron's to end.
    let mut without_amman = twinning_of(hebron, amman);
    without_amman.parties[1] =
        PartyInput {
            name: "طنجة".into(), latin_name: "Tangier".into(), country: "MA".into(), ..Default::default()
        };
    let dropped =
        twinning::update(db, &hebron_focal, Reader::Member { member_id: hebron }, row.id, &parsed(&without_amman))
            .await;
    assert!(matches!(
        dropped.unwrap_err(),
        ServiceError::Invalid { field: "parties", key: "error-agreement-keep-parties" }
    ));

    // A member or theme that does not exist; a proposal dated in the future.
    let missing_member =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, 99_999))).await;
    assert!(matches!(missing_member.unwrap_err(), ServiceError::Invalid { field: "party2_member", .. }));
    // After a slot left empty, the message goes to the slot the member was chosen in.
    let mut gap = twinning_of(hebron, 99_999);
    gap.parties.insert(1, PartyInput::default());
    let gapped = twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&gap)).await;
    assert!(matches!(gapped.unwrap_err(), ServiceError::Invalid { field: "party3_member", .. }));
    let mut unknown_theme = twinning_of(hebron, amman);
    unknown_theme.themes = vec!["99999".into()];
    let missing_theme = twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&unknown_theme)).await;
    assert!(matches!(missing_theme.unwrap_err(), ServiceError::Invalid { field: "themes", .. }));
    let mut later = twinning_of(hebron, amman);
    later.proposed_on = (Utc::now().date_naive() + Duration::days(3)).to_string();
    let future = twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&later)).await;
    assert!(matches!(future.unwrap_err(), ServiceError::Invalid { field: "proposed_on", key: "error-date-future" }));

    // A member that is not active (an applicant, a suspended member) is no new party, so an
    // applicant's name never shows; one that is a party already stays one.
    let with_lyon =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, lyon))).await.unwrap();
    {
        use app::membership::entities::member;
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
        let mut row = member::Entity::find_by_id(lyon).one(db).await.unwrap().unwrap().into_active_model();
        row.status = Set(app::membership::MemberStatus::Applicant);
        row.update(db).await.unwrap();
    }
    let applicant =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(amman, lyon))).await;
    assert!(matches!(applicant.unwrap_err(), ServiceError::Invalid { field: "party2_member", .. }));
    twinning::update(db, &secretariat(), Reader::Secretariat, with_lyon.id, &parsed(&twinning_of(hebron, lyon)))
        .await
        .unwrap();

    // Only the two agreements exist, as they were.
    assert_eq!(agreement_count(db).await, 2);
    let page = twinning::page(db, Reader::Public, row.id).await.unwrap();
    assert_eq!(page.summary.parties.len(), 2);
    assert_eq!(page.stages.len(), 1);
    // The form of a new agreement starts with the focal point's member as the first party.
    let form = twinning::form(db, Reader::Member { member_id: hebron }, None, Lang::Ar).await.unwrap();
    assert_eq!(form.current.parties[0].member, hebron.to_string());
    assert_eq!(form.current.parties.len(), app::twinning::PARTY_SLOTS);
    assert_eq!(form.current.language, "ar");
}

async fn the_map_draws_agreements_in_force_between_placed_members(db: &DatabaseConnection) {
    use app::membership::entities::member;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let lyon = member_with_focal_point(db, "focal@lyon.test", Lang::Fr).await;
    let place = |id: i32, latitude: i32, longitude: i32| async move {
        let mut row = member::Entity::find_by_id(id).one(db).await.unwrap().unwrap().into_active_model();
        row.latitude_micro = Set(Some(latitude));
        row.longitude_micro = Set(Some(longitude));
        row.update(db).await.unwrap();
    };
    place(hebron, 31_529_400, 35_093_800).await;
    place(amman, 31_955_200, 35_945_000).await;
    // Lyon is not on the map.
    let mut unplaced = member::Entity::find_by_id(lyon).one(db).await.unwrap().unwrap().into_active_model();
    unplaced.latitude_micro = Set(None);
    unplaced.longitude_micro = Set(None);
    unplaced.update(db).await.unwrap();

    let twinning_row =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    let with_lyon =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(lyon, hebron))).await.unwrap();
    let stage = StageFields::parse("signed", "2026-04-20").unwrap();
    let everything = app::twinning::MapQuery::default();

    // Proposed only: the members are there, no line yet.
    let map = twinning::map(db, &everything).await.unwrap();
    let placed: Vec<i32> = map.points.iter().map(|p| p.member.id).collect();
    assert!(placed.contains(&hebron) && placed.contains(&amman) && !placed.contains(&lyon));
    assert!(map.links.is_empty());

    // Signed: one line from Hebron to Amman; the agreement with Lyon counts but has no line.
    for id in [twinning_row.id, with_lyon.id] {
        twinning::record_stage(db, &secretariat(), Reader::Secretariat, id, &stage).await.unwrap();
    }
    let map = twinning::map(db, &everything).await.unwrap();
    assert_eq!(map.agreements, 2);
    assert_eq!(map.links.len(), 1);
    let link = &map.links[0];
    assert_eq!(link.agreement_id, twinning_row.id);
    assert_eq!(link.from, (31.5294, 35.0938));
    assert_eq!(link.to, (31.9552, 35.945));
    let hebron_point = map.points.iter().find(|p| p.member.id == hebron).unwrap();
    assert_eq!(hebron_point.agreements, 2);
    assert_eq!(app::twinning::projection::project(31.5294, 35.0938), (2150.9, 524.7));

    // Filters: another kind, another theme; an ended agreement is no longer drawn.
    let by = |kind: &str, theme: &str| app::twinning::MapQuery { kind: kind.into(), theme: theme.into() };
    assert_eq!(twinning::map(db, &by("twinning", "")).await.unwrap().links.len(), 0);
    assert_eq!(twinning::map(db, &by("brotherhood", "3")).await.unwrap().links.len(), 1);
    assert_eq!(twinning::map(db, &by("", "2")).await.unwrap().links.len(), 0);
    twinning::record_stage(
        db,
        &secretariat(),
        Reader::Secretariat,
        twinning_row.id,
        &StageFields::parse("ended", "2026-05-01").unwrap(),
    )
    .await
    .unwrap();
    assert!(twinning::map(db, &everything).await.unwrap().links.is_empty());
}

async fn sample_agreements_fill_the_registry_and_the_map(db: &DatabaseConnection) {
    app::membership::service::insert_sample_members(db, 12).await.unwrap();
    let total = twinning::insert_sample_agreements(db, 30).await.unwrap();
    assert_eq!(total, 30);
    let listed = twinning::list(db, Reader::Public, &AgreementQuery::default()).await.unwrap();
    assert_eq!(listed.total, 30);
    // Every sixth is at each stage: two in six are signed or active, one in six active… three
    // in six are in force; every sample member is placed, so each is a line.
    let map = twinning::map(db, &app::twinning::MapQuery::default()).await.unwrap();
    assert_eq!(map.links.len(), 15);
    assert_eq!(map.points.len(), 12);
    let languages: std::collections::HashSet<Lang> = listed.agreements.iter().map(|a| a.language).collect();
    assert_eq!(languages.len(), 3);
    for summary in &listed.agreements {
        assert_eq!(summary.parties.len(), 2);
        assert_ne!(summary.parties[0].member.as_ref().unwrap().id, summary.parties[1].member.as_ref().unwrap().id);
    }
}

fn store() -> app::server::uploads::FileStore {
    app::server::uploads::FileStore::new(
        std::env::temp_dir().join(format!("sumud-documents-{}", app::server::secrets::new_token())),
    )
}

fn upload<'a>(title: &'a str, file_name: &'a str, bytes: &'a [u8]) -> twinning::Upload<'a> {
    twinning::Upload { title, file_name, bytes }
}

async fn documents_are_checked_kept_by_content_and_read_as_their_agreement(db: &DatabaseConnection) {
    use app::twinning::entities::document;
    let store = store();
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let lyon = member_with_focal_point(db, "focal@lyon.test", Lang::Fr).await;
    let row =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    assert!(row.validated_at.is_some(), "the secretariat's own agreement is public at once");
    let focal = testing::context("focal@amman.test", "Amman", PUBLIC_URL);
    let amman_reader = Reader::Member { member_id: amman };
    let pdf = b"%PDF-1.7\n signed agreement".to_vec();

    // Refused: nothing kept, nothing recorded, the reason at its field.
    let big = [b"%PDF-1.7".as_slice(), &vec![0u8; app::twinning::DOCUMENT_MOST_BYTES]].concat();
    let html = b"<html><script>alert(1)</script>".to_vec();
    let long = "x".repeat(201);
    for (title, bytes, field, key) in [
        ("", &Vec::new(), "file", "error-document-missing"),
        ("", &big, "file", "error-document-large"),
        ("", &html, "file", "error-document-type"),
        (long.as_str(), &pdf, "title", "error-too-long"),
    ] {
        let refused =
            twinning::attach_document(db, &store, &focal, amman_reader, row.id, &upload(title, "a.pdf", bytes))
                .await
                .unwrap_err();
        assert!(matches!(refused, ServiceError::Invalid { field: f, key: k } if f == field && k == key), "{refused:?}");
    }
    let stranger = testing::context("focal@lyon.test", "Lyon", PUBLIC_URL);
    let refused = twinning::attach_document(
        db,
        &store,
        &stranger,
        Reader::Member { member_id: lyon },
        row.id,
        &upload("", "a.pdf", &pdf),
    )
    .await
    .unwrap_err();
    assert!(matches!(refused, ServiceError::Forbidden));
    assert_eq!(document::Entity::find().count(db).await.unwrap(), 0);
    assert!(!store.root().exists() || std::fs::read_dir(store.root()).unwrap().count() == 0);

    // A party's document: under a safe name, typed by its content; the agreement awaits the
    // secretariat again, which must read it before it validates.
    let read_before = version_now(db, row.id).await;
    let kept = twinning::attach_document(
        db,
        &store,
        &focal,
        amman_reader,
        row.id,
        &upload("  الاتفاقية   الموقعة ", "..\\..\\etc/Signed agreement.html", &pdf),
    )
    .await
    .unwrap();
    assert_eq!((kept.title.as_str(), kept.file_name.as_str()), ("الاتفاقية الموقعة", "Signed_agreement.pdf"));
    assert_eq!(kept.content_type, "application/pdf");
    assert!(agreement::Entity::find_by_id(row.id).one(db).await.unwrap().unwrap().validated_at.is_none());
    let (found, bytes) = twinning::document_file(db, &store, amman_reader, kept.id).await.unwrap();
    assert_eq!((found.id, bytes), (kept.id, pdf.clone()));
    assert!(matches!(
        twinning::document_file(db, &store, Reader::Public, kept.id).await.unwrap_err(),
        ServiceError::NotFound
    ));
    assert!(matches!(
        twinning::validate(db, &secretariat(), row.id, read_before).await.unwrap_err(),
        ServiceError::Conflict { key: "error-agreement-changed" }
    ));
    twinning::validate(db, &secretariat(), row.id, version_now(db, row.id).await).await.unwrap();
    assert_eq!(twinning::document_file(db, &store, Reader::Public, kept.id).await.unwrap().1, pdf);

    // The same file twice is one file; the title defaults to the file's name.
    let png = b"\x89PNG\r\n\x1a\n photograph".to_vec();
    let photo = twinning::attach_document(
        db,
        &store,
        &secretariat(),
        Reader::Secretariat,
        row.id,
        &upload("", "signing.png", &png),
    )
    .await
    .unwrap();
    assert_eq!(photo.title, "signing.png");
    let copy = twinning::attach_document(
        db,
        &store,
        &secretariat(),
        Reader::Secretariat,
        row.id,
        &upload("Copy", "x.pdf", &pdf),
    )
    .await
    .unwrap();
    assert_eq!(std::fs::read_dir(store.root()).unwrap().count(), 2);
    let page = twinning::page(db, Reader::Public, row.id).await.unwrap();
    assert_eq!(page.documents.iter().map(|d| d.id).collect::<Vec<_>>(), vec![kept.id, photo.id, copy.id]);
    assert_eq!(page.documents[1].size_bytes, png.len() as u64);

    // Removal: a stranger may not; a party may; the file goes with its last record.
    assert!(matches!(
        twinning::remove_document(db, &store, &stranger, Reader::Member { member_id: lyon }, kept.id)
            .await
            .unwrap_err(),
        ServiceError::Forbidden
    ));
    assert_eq!(twinning::remove_document(db, &store, &focal, amman_reader, kept.id).await.unwrap(), row.id);
    assert_eq!(store.get(&copy.sha256).await.unwrap(), pdf, "still named by the copy");
    twinning::remove_document(db, &store, &focal, amman_reader, copy.id).await.unwrap();
    assert!(matches!(store.get(&copy.sha256).await.unwrap_err(), ServiceError::NotFound));
    assert!(matches!(
        twinning::document_file(db, &store, Reader::Secretariat, kept.id).await.unwrap_err(),
        ServiceError::NotFound
    ));
    let actions: Vec<String> = audit::Entity::find()
        .filter(audit::Column::Action.starts_with("agreement.document"))
        .order_by_asc(audit::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "agreement.document_added",
            "agreement.document_added",
            "agreement.document_added",
            "agreement.document_removed",
            "agreement.document_removed"
        ]
    );
    std::fs::remove_dir_all(store.root()).unwrap();
}

async fn exports_hold_what_the_reader_may_see(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::Ar).await;
    let focal = testing::context("focal@hebron.test", "Hebron", PUBLIC_URL);
    let hebron_reader = Reader::Member { member_id: hebron };
    let public =
        twinning::propose(db, &secretariat(), Reader::Secretariat, &parsed(&twinning_of(hebron, amman))).await.unwrap();
    let mut outside = twinning_of(hebron, amman);
    outside.title = "=HYPERLINK(\"http://evil\")".into();
    outside.kind = "memorandum".into();
    outside.parties[1] =
        PartyInput {
            name: "طنجة".into(), latin_name: "Tangier".into(), country: "MA".into(), ..Default::default()
        };
    let awaiting = twinning::propose(db, &focal, hebron_reader, &parsed(&outside)).await.unwrap();
    let all = AgreementQuery::default();

    let seen = twinning::exported_agreements(db, Reader::Public, &all, PUBLIC_URL).await.unwrap();
    assert_eq!(seen.iter().map(|a| a.id).collect::<Vec<_>>(), vec![public.id]);
    let own = twinning::exported_agreements(db, hebron_reader, &all, PUBLIC_URL).await.unwrap();
    assert_eq!(own.len(), 2);
    let memo = own.iter().find(|a| a.id == awaiting.id).unwrap();
    assert!(!memo.validated);
    assert_eq!(memo.parties[1].member_id, None);
    assert_eq!((memo.parties[1].latin_name.as_str(), memo.parties[1].country.as_str()), ("Tangier", "MA"));
    assert_eq!(memo.stages.len(), 1);
    assert_eq!(memo.url, format!("{PUBLIC_URL}/twinning/agreements/{}", awaiting.id));
    let kind = AgreementQuery { kind: "memorandum".into(), ..Default::default() };
    assert_eq!(twinning::exported_agreements(db, Reader::Secretariat, &kind, PUBLIC_URL).await.unwrap().len(), 1);

    let csv = twinning::agreements_csv(db, Reader::Secretariat, &all, PUBLIC_URL, Lang::Fr).await.unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(text.starts_with("\u{feff}id,Type d’accord,"), "{text}");
    assert_eq!(text.lines().count(), 3, "a header and two agreements:\n{text}");
    assert!(text.contains("'=HYPERLINK"), "a formula is text in a spreadsheet: {text}");
    assert!(text.contains("Tangier (Maroc)"), "{text}");
    assert!(text.contains("Protocole d’accord") || text.contains("Mémorandum"), "kinds named in French: {text}");
}
