//! Resolutions on SQLite and PostgreSQL: drafting, the lifecycle and who sees what, versions and
//! their comparison, members' comments, publication emails.
use app::accounts::service::{self as accounts, Invitation};
use app::domain::{EmailAddress, PersonName};
use app::email::entity as outbox;
use app::i18n::Lang;
use app::identity::Role;
use app::membership::entities::member;
use app::resolutions::entities::{text, version};
use app::resolutions::service as resolutions;
use app::resolutions::{
    Adoption, AdoptionInput, Reader, TextFields, TextInput, TextQuery, TextState, ThemeFields, ThemeInput,
};
use app::server::{RequestContext, ServiceError};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

testing::on_both_databases!(
    a_recommendation_goes_from_draft_to_publication_and_reaches_every_focal_point,
    amendments_keep_every_version_and_compare_word_by_word,
    refused_moves_and_inputs_change_nothing,
    lists_filter_by_theme_and_kind_and_hide_drafts,
    the_secretariat_keeps_the_list_of_themes,
);

pub(super) const PUBLIC_URL: &str = "https://sumud.test";

pub(super) fn secretariat() -> RequestContext {
    testing::context("secretariat@sumud.test", "Secretariat", PUBLIC_URL)
}

pub(super) fn recommendation(reference: &str) -> TextInput {
    TextInput {
        kind: "recommendation".into(),
        reference: reference.into(),
        authoritative_language: "ar".into(),
        title_ar: "توصية بشأن شبكات النقل في الخليل".into(),
        body_ar: "يوصي المؤتمر بدعم **شبكة النقل** في الخليل.\n\n- الطرق\n- نظم المعلومات الجغرافية".into(),
        themes: vec!["1".into(), "3".into()],
        ..Default::default()
    }
}

pub(super) async fn draft(db: &DatabaseConnection, input: &TextInput) -> text::Model {
    resolutions::create_draft(db, &secretariat(), &TextFields::parse(input).unwrap()).await.unwrap()
}

/// A member and its focal point's account (in `lang`); returns the member's id.
pub(super) async fn member_with_focal_point(db: &DatabaseConnection, email: &str, lang: Lang) -> i32 {
    app::membership::service::insert_sample_members(db, 1).await.unwrap();
    let member_id = member::Entity::find().order_by_desc(member::Column::Id).one(db).await.unwrap().unwrap().id;
    let invitation = Invitation {
        email: EmailAddress::parse(email).unwrap(),
        name: PersonName::parse("Focal Point", "name").unwrap(),
        role: Role::FocalPoint,
        language: lang,
        member_id: Some(member_id),
    };
    accounts::invite(db, &secretariat(), &invitation).await.unwrap();
    member_id
}

pub(super) async fn emails_to(db: &DatabaseConnection, email: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
        .unwrap()
}

pub(super) fn adoption() -> Adoption {
    Adoption::parse(&AdoptionInput {
        adopted_on: "2027-05-12".into(),
        adopting_body: "Second General Conference".into(),
        votes_for: "118".into(),
        votes_against: "2".into(),
        votes_abstaining: "5".into(),
        ..Default::default()
    })
    .unwrap()
}

async fn a_recommendation_goes_from_draft_to_publication_and_reaches_every_focal_point(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    member_with_focal_point(db, "focal@tanger.test", Lang::Fr).await;
    let row = draft(db, &recommendation("C2-R04")).await;
    assert_eq!(row.state, TextState::Draft);

    // A draft is the secretariat's alone: nobody else learns it exists.
    let member = Reader::Member { member_id: hebron };
    for reader in [Reader::Public, member] {
        assert!(matches!(resolutions::page(db, row.id, reader).await.unwrap_err(), ServiceError::NotFound));
    }
    let page = resolutions::page(db, row.id, Reader::Secretariat).await.unwrap();
    assert!(page.current.body_html.show(Lang::Ar).text.contains("<strong>شبكة النقل</strong>"));
    assert!(page.current.body_html.show(Lang::Ar).text.contains("<li>الطرق</li>"));
    // Missing translations fall back to the authoritative Arabic, marked as such.
    let shown = page.current.title.show(Lang::Fr);
    assert!(shown.is_fallback && shown.lang == Lang::Ar);

    // Open for comment: members read it and comment for their member; the public still cannot.
    resolutions::move_text(db, &secretariat(), row.id, TextState::OpenForComment).await.unwrap();
    assert!(matches!(resolutions::page(db, row.id, Reader::Public).await.unwrap_err(), ServiceError::NotFound));
    let focal = testing::context("focal@hebron.test", "Focal Point", PUBLIC_URL);
    resolutions::add_comment(db, &focal, row.id, hebron, "نقترح إضافة الإنارة العامة.").await.unwrap();
    let seen = resolutions::page(db, row.id, member).await.unwrap();
    assert!(seen.may_comment);
    let comments = seen.comments.unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].member_id, hebron);
    assert_eq!(comments[0].version, 1);

    // The French translation arrives before adoption: the wording changes in place.
    let translated = TextInput {
        title_fr: "Recommandation sur les réseaux de transport d'Hébron".into(),
        body_fr: "La conférence recommande de soutenir le **réseau de transport** d'Hébron.".into(),
        ..recommendation("C2-R04")
    };
    resolutions::update_text(db, &secretariat(), row.id, &TextFields::parse(&translated).unwrap()).await.unwrap();
    let versions = version::Entity::find().filter(version::Column::TextId.eq(row.id)).count(db).await.unwrap();
    assert_eq!(versions, 1, "a draft's wording changes in place");

    // Adopted with its vote, then published: every focal point is told in their language, and
    // the public reads it; comments stay among members.
    resolutions::adopt(db, &secretariat(), row.id, &adoption()).await.unwrap();
    // Adopted but not yet published: back with the secretariat until publication.
    for reader in [Reader::Public, member] {
        assert!(matches!(resolutions::page(db, row.id, reader).await.unwrap_err(), ServiceError::NotFound));
    }
    let published = resolutions::move_text(db, &secretariat(), row.id, TextState::Published).await.unwrap();
    assert!(published.published_at.is_some());
    let public = resolutions::page(db, row.id, Reader::Public).await.unwrap();
    assert_eq!(public.summary.state, TextState::Published);
    assert!(public.comments.is_none(), "comments are never public");
    assert_eq!(public.vote.map(|v| (v.for_, v.against, v.abstaining)), Some((118, 2, 5)));
    assert_eq!(public.adopting_body.as_deref(), Some("Second General Conference"));
    assert_eq!(public.current.title.show(Lang::Fr).text, "Recommandation sur les réseaux de transport d'Hébron");
    assert!(!public.current.title.show(Lang::Fr).is_fallback);
    assert_eq!(public.themes.iter().map(|t| t.id).collect::<Vec<_>>(), vec![1, 3]);

    let arabic = emails_to(db, "focal@hebron.test").await;
    let last = arabic.last().unwrap();
    assert!(last.subject.contains("نُشر") && last.subject.contains("C2-R04"), "{}", last.subject);
    assert!(last.body_text.contains(&format!("{PUBLIC_URL}/resolutions/{}", row.id)), "{}", last.body_text);
    let french = emails_to(db, "focal@tanger.test").await;
    assert!(
        french.last().unwrap().subject.starts_with("Publié : C2-R04 Recommandation sur"),
        "{}",
        french.last().unwrap().subject
    );

    // Comments are closed once it is adopted.
    let closed = resolutions::add_comment(db, &focal, row.id, hebron, "Trop tard ?").await.unwrap_err();
    assert!(matches!(closed, ServiceError::Conflict { key: "error-comments-closed" }), "{closed:?}");

    // Every move is audited; publication is public.
    use app::audit::entity as audit;
    let actions: Vec<(String, bool)> = audit::Entity::find()
        .filter(audit::Column::EntityType.eq("resolution"))
        .order_by_asc(audit::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.is_public))
        .collect();
    assert_eq!(
        actions,
        [
            ("resolution.drafted", false),
            ("resolution.opened_for_comment", false),
            ("resolution.commented", false),
            ("resolution.updated", false),
            ("resolution.adopted", false),
            ("resolution.published", true),
        ]
        .map(|(a, p)| (a.to_string(), p))
    );
}

async fn amendments_keep_every_version_and_compare_word_by_word(db: &DatabaseConnection) {
    member_with_focal_point(db, "focal@amman.test", Lang::En).await;
    let input = TextInput {
        kind: "resolution".into(),
        reference: "C2-R01".into(),
        authoritative_language: "en".into(),
        title_en: "Roads and GIS".into(),
        body_en: "Members share roads and GIS expertise.".into(),
        ..Default::default()
    };
    let row = draft(db, &input).await;
    resolutions::adopt(db, &secretariat(), row.id, &adoption()).await.unwrap();
    resolutions::move_text(db, &secretariat(), row.id, TextState::Published).await.unwrap();

    // After adoption a change is an amendment: it needs its note, and adds a version.
    let amended = TextInput { body_en: "Members share roads, GIS and heritage expertise.".into(), ..input.clone() };
    let refused =
        resolutions::update_text(db, &secretariat(), row.id, &TextFields::parse(&amended).unwrap()).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "note", .. }), "{refused:?}");
    let amended = TextInput { note: "Heritage added at the focal points' request.".into(), ..amended };
    let after =
        resolutions::update_text(db, &secretariat(), row.id, &TextFields::parse(&amended).unwrap()).await.unwrap();
    assert_eq!(after.current_version, 2);
    assert_eq!(after.state, TextState::Published, "an amendment keeps the text published");

    let page = resolutions::page(db, row.id, Reader::Public).await.unwrap();
    assert_eq!(page.versions.iter().map(|v| v.0).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(page.current.note, "Heritage added at the focal points' request.");
    let comparison = resolutions::compare(db, row.id, 1, 2, Reader::Public).await.unwrap();
    let app::resolutions::ComparedLanguage { lang, before, after } = &comparison.languages[0];
    assert_eq!(*lang, Lang::En);
    assert_eq!(comparison.languages.len(), 1, "only the languages the text is written in");
    assert!(before.iter().any(|(w, changed)| *changed && w == "roads"), "{before:?}");
    assert!(after.iter().any(|(w, changed)| *changed && w == "heritage"), "{after:?}");
    assert!(after.iter().any(|(w, changed)| !*changed && w == "expertise."), "{after:?}");
    let version_one = version::Entity::find()
        .filter(version::Column::TextId.eq(row.id))
        .filter(version::Column::Version.eq(1))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(version_one.body_en, "Members share roads and GIS expertise.", "version 1 is kept as it was");
    let mails = emails_to(db, "focal@amman.test").await;
    assert!(mails.last().unwrap().subject.starts_with("Amended: C2-R01"), "{}", mails.last().unwrap().subject);

    // Superseded by a later text: it stays public, shows what replaced it, and changes no more.
    let later = draft(db, &TextInput { reference: "C3-R01".into(), ..input.clone() }).await;
    resolutions::adopt(db, &secretariat(), later.id, &adoption()).await.unwrap();
    // Only a published text can replace it: the public would otherwise learn an unpublished one.
    let unpublished = resolutions::supersede(db, &secretariat(), row.id, "C3-R01").await.unwrap_err();
    assert!(matches!(unpublished, ServiceError::Invalid { field: "by", .. }), "{unpublished:?}");
    resolutions::move_text(db, &secretariat(), later.id, TextState::Published).await.unwrap();
    let refused = resolutions::supersede(db, &secretariat(), row.id, "C9-NONE").await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "by", .. }), "{refused:?}");
    resolutions::supersede(db, &secretariat(), row.id, "C3-R01").await.unwrap();
    let page = resolutions::page(db, row.id, Reader::Public).await.unwrap();
    assert_eq!(page.summary.state, TextState::Superseded);
    assert_eq!(page.superseded_by, Some((later.id, "C3-R01".to_string())));
    let closed =
        resolutions::update_text(db, &secretariat(), row.id, &TextFields::parse(&amended).unwrap()).await.unwrap_err();
    assert!(matches!(closed, ServiceError::Conflict { key: "error-text-closed" }), "{closed:?}");
}

async fn refused_moves_and_inputs_change_nothing(db: &DatabaseConnection) {
    let row = draft(db, &recommendation("C2-R07")).await;
    // A draft cannot be published before it is adopted.
    let refused = resolutions::move_text(db, &secretariat(), row.id, TextState::Published).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-text-state" }), "{refused:?}");
    // A second text with the same reference is refused at the field.
    let duplicate =
        resolutions::create_draft(db, &secretariat(), &TextFields::parse(&recommendation("C2-R07")).unwrap())
            .await
            .unwrap_err();
    assert!(matches!(duplicate, ServiceError::Invalid { field: "reference", key: "error-reference-taken" }));
    // An unknown theme and an unknown edition are refused.
    let unknown_theme = TextInput { themes: vec!["9999".into()], ..recommendation("C2-R08") };
    let refused =
        resolutions::create_draft(db, &secretariat(), &TextFields::parse(&unknown_theme).unwrap()).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "themes", .. }), "{refused:?}");
    let at_unknown_edition = Adoption { edition_id: Some(9999), ..adoption() };
    let refused = resolutions::adopt(db, &secretariat(), row.id, &at_unknown_edition).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "edition_id", .. }), "{refused:?}");
    // A member of no standing to comment: the text is a draft, so it does not exist for them.
    let refused = resolutions::add_comment(db, &secretariat(), row.id, 1, "x").await.unwrap_err();
    assert!(matches!(refused, ServiceError::NotFound), "{refused:?}");

    let stored = text::Entity::find().all(db).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].state, TextState::Draft);
    assert_eq!(stored[0].adopted_on, None);
}

async fn lists_filter_by_theme_and_kind_and_hide_drafts(db: &DatabaseConnection) {
    resolutions::insert_sample_texts(db, 25).await.unwrap();
    draft(db, &recommendation("C2-R99")).await;
    let everything = TextQuery::default();
    let public = resolutions::list(db, &everything, Reader::Public).await.unwrap();
    assert_eq!(public.total, 25, "the draft is not listed for the public");
    assert_eq!((public.pages, public.texts.len()), (2, 20));
    assert!(!public.may_manage);
    let second = resolutions::list(db, &TextQuery { page: 1, ..everything.clone() }, Reader::Public).await.unwrap();
    assert_eq!(second.texts.len(), 5);
    let all = resolutions::list(db, &everything, Reader::Secretariat).await.unwrap();
    assert_eq!(all.total, 26);
    assert_eq!(all.texts[0].reference, "C2-R99", "newest first");

    let theme = public.themes[0].id;
    let by_theme = resolutions::list(db, &TextQuery { theme: theme.to_string(), ..everything.clone() }, Reader::Public)
        .await
        .unwrap();
    assert!(by_theme.total > 0 && by_theme.total < 25, "{}", by_theme.total);
    assert!(by_theme.texts.iter().all(|t| t.themes.contains(&theme)));
    let declarations =
        resolutions::list(db, &TextQuery { kind: "declaration".into(), ..everything }, Reader::Public).await.unwrap();
    assert!(declarations.total > 0);
    assert!(declarations.texts.iter().all(|t| t.kind.to_string() == "declaration"));

    // Words of a title or text, in any language and any case; `%` is only a character.
    let words = |q: &str| TextQuery { q: q.into(), ..TextQuery::default() };
    let found = resolutions::list(db, &words("RECOMMANDATION exemple 2"), Reader::Public).await.unwrap();
    assert_eq!(found.total, 7, "2 and 20 to 25");
    let found = resolutions::list(db, &words("التعاون البلدي"), Reader::Public).await.unwrap();
    assert_eq!(found.total, 25);
    assert_eq!(resolutions::list(db, &words("%"), Reader::Public).await.unwrap().total, 0);
    let by_edition = TextQuery { edition: "999".into(), ..TextQuery::default() };
    assert_eq!(resolutions::list(db, &by_edition, Reader::Public).await.unwrap().total, 0);
}

async fn the_secretariat_keeps_the_list_of_themes(db: &DatabaseConnection) {
    let seeded = resolutions::themes(db).await.unwrap();
    assert_eq!(seeded.len(), 14, "the network's first themes come with the schema");
    assert_eq!(seeded[0].slug, "roads-transport");
    assert_eq!(seeded[0].name(Lang::Ar), "الطرق والنقل");
    let sport = ThemeInput {
        slug: "Sport".into(),
        name_ar: "الرياضة".into(),
        name_en: "Sport".into(),
        name_fr: "Sport".into(),
    };
    let added = resolutions::add_theme(db, &secretariat(), &ThemeFields::parse(&sport).unwrap()).await.unwrap();
    assert_eq!(added.slug, "sport");
    let themes = resolutions::themes(db).await.unwrap();
    assert_eq!(themes.last().unwrap().id, added.id, "a new theme comes last");
    let again = resolutions::add_theme(db, &secretariat(), &ThemeFields::parse(&sport).unwrap()).await.unwrap_err();
    assert!(matches!(again, ServiceError::Invalid { field: "slug", key: "error-slug-taken" }), "{again:?}");
    let bad = ThemeInput { slug: "sport et jeunesse".into(), ..sport.clone() };
    assert!(ThemeFields::parse(&bad).unwrap_err().iter().any(|p| p.key == "error-slug"));
    let renamed = ThemeInput { name_en: "Sport and leisure".into(), ..sport };
    resolutions::rename_theme(db, &secretariat(), added.id, &ThemeFields::parse(&renamed).unwrap()).await.unwrap();
    let themes = resolutions::themes(db).await.unwrap();
    assert_eq!(themes.len(), 15);
    assert_eq!(themes.last().unwrap().name(Lang::En), "Sport and leisure");
    let onto_another = ThemeInput { slug: "heritage".into(), ..renamed };
    let refused = resolutions::rename_theme(db, &secretariat(), added.id, &ThemeFields::parse(&onto_another).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "slug", .. }), "{refused:?}");

    // Three officers adding the same short name at once: one theme, the others told at the
    // field (past the service's own check, the unique index refuses them).
    let youth = ThemeFields::parse(&ThemeInput {
        slug: "youth-sport".into(),
        name_ar: "رياضة الشباب".into(),
        name_en: "Youth sport".into(),
        name_fr: "Sport des jeunes".into(),
    })
    .unwrap();
    let officer = secretariat();
    let (one, two, three) = tokio::join!(
        resolutions::add_theme(db, &officer, &youth),
        resolutions::add_theme(db, &officer, &youth),
        resolutions::add_theme(db, &officer, &youth),
    );
    let results = [one, two, three];
    assert_eq!(results.iter().filter(|result| result.is_ok()).count(), 1, "{results:?}");
    assert!(
        results
            .iter()
            .filter_map(|result| result.as_ref().err())
            .all(|error| matches!(error, ServiceError::Invalid { field: "slug", key: "error-slug-taken" })),
        "{results:?}"
    );
}
