//! After signing up: the personal link, participant lists by consent, letters, badges and check-in.
use super::*;
use app::conferences::entities::registration;
use app::conferences::registrations::service::{self as registrations, Audience, Delegate};
use app::conferences::registrations::{CheckIn, DelegateInput, RegistrationState};
use app::conferences::service::{self as conferences, Session};
use app::conferences::SessionInput;
use app::i18n::Lang;
use app::server::ServiceError;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait};

pub(super) async fn the_personal_link_changes_details_sessions_and_the_feed(db: &DatabaseConnection) {
    let edition = open_edition(db, 10, 3, false).await;
    let tz = conferences::edition_time_zone(db, edition.id).await.unwrap();
    let day = edition.starts_on.to_string();
    let mut session_ids = Vec::new();
    let agenda = [
        ("ورشة نظم المعلومات الجغرافية", "GIS workshop", "09:00", "11:00"),
        ("زيارة البلدة القديمة", "Old city visit", "14:00", "16:00"),
    ];
    for (title_ar, title_en, starts, ends) in agenda {
        let input = SessionInput {
            title_ar: title_ar.into(),
            title_en: title_en.into(),
            title_fr: title_en.into(),
            kind: "workshop".into(),
            day: day.clone(),
            starts: starts.into(),
            ends: ends.into(),
            ..Default::default()
        };
        let session =
            conferences::add_session(db, &secretariat(), edition.id, &Session::parse(&input, tz).unwrap()).await;
        session_ids.push(session.unwrap().id);
    }
    let hebron = member(db).await;
    let amal = delegate(db, edition.id, hebron, person("Amal Odeh", "head")).await.unwrap();

    let changed = Delegate::parse(
        &DelegateInput {
            full_name: "Amal Odeh-Qawasmi".into(),
            language: "ar".into(),
            consent: "secretariat".into(),
            ..person("Amal Odeh", "head")
        },
        false,
    )
    .unwrap();
    registrations::update_by_token(db, &public(), &amal.token, &changed).await.unwrap();
    let row = registration::Entity::find_by_id(amal.row.id).one(db).await.unwrap().unwrap();
    assert_eq!(
        (row.full_name.as_str(), row.language.code(), row.consent.to_string().as_str()),
        ("Amal Odeh-Qawasmi", "ar", "secretariat")
    );
    assert_eq!(row.delegate_role.to_string(), "head", "the role stays as registered");

    assert!(registrations::toggle_session(db, &amal.token, session_ids[0]).await.unwrap());
    let view = registrations::manage_view(db, &amal.token).await.unwrap();
    assert_eq!(view.sessions.iter().filter(|(_, chosen)| *chosen).count(), 1);
    let feed_token = view.feed_path.trim_start_matches("/registrations/feed/").trim_end_matches(".ics").to_string();
    let ics = registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap();
    assert!(ics.contains("ورشة نظم المعلومات"), "the summary is in the delegate's language: {ics}");
    assert!(!ics.contains("البلدة القديمة"), "only the chosen sessions");
    assert!(!registrations::toggle_session(db, &amal.token, session_ids[0]).await.unwrap(), "chosen again: removed");
    let ics = registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap();
    assert!(!ics.contains("BEGIN:VEVENT"));
    assert!(matches!(registrations::personal_calendar(db, "unknown", "h").await.unwrap_err(), ServiceError::NotFound));
    // Only the hash of the feed's secret is stored.
    let stored = registration::Entity::find_by_id(amal.row.id).one(db).await.unwrap().unwrap();
    assert_ne!(stored.feed_token_hash, feed_token);
    assert_eq!(stored.feed_token_hash, app::server::secrets::token_hash(&feed_token));

    // A new link ends the old one and its feed at once; only the new one works, and it is
    // emailed to the registered address in the person's language.
    let token = registrations::renew_link(db, &public(), &amal.token).await.unwrap();
    assert_ne!(token, amal.token);
    assert!(matches!(registrations::manage_view(db, &amal.token).await.unwrap_err(), ServiceError::InvalidLink));
    assert!(matches!(
        registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap_err(),
        ServiceError::NotFound
    ));
    assert!(matches!(
        registrations::renew_link(db, &public(), &amal.token).await.unwrap_err(),
        ServiceError::InvalidLink
    ));
    let feed_path = registrations::manage_view(db, &token).await.unwrap().feed_path;
    assert_ne!(feed_path, view.feed_path);
    let feed_token = feed_path.trim_start_matches("/registrations/feed/").trim_end_matches(".ics").to_string();
    registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap();
    let sent = emails_to(db, &row.email).await;
    let last = sent.last().unwrap();
    assert!(last.subject.contains("رابطك الشخصي الجديد"), "{}", last.subject);
    assert!(last.body_text.contains(&format!("{PUBLIC_URL}/registrations/{token}")), "{}", last.body_text);
    // Three renewals an hour: a fourth is held back and changes nothing, so nobody can use the
    // form to flood the owner's inbox.
    let token = registrations::renew_link(db, &public(), &token).await.unwrap();
    let token = registrations::renew_link(db, &public(), &token).await.unwrap();
    let held = registrations::renew_link(db, &public(), &token).await.unwrap_err();
    assert!(matches!(held, ServiceError::RateLimited { .. }), "{held:?}");
    let feed_path = registrations::manage_view(db, &token).await.unwrap().feed_path;
    let feed_token = feed_path.trim_start_matches("/registrations/feed/").trim_end_matches(".ics").to_string();
    registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap();

    // Once cancelled, the link shows the registration but changes nothing.
    registrations::cancel_by_token(db, &public(), &token).await.unwrap();
    let refused = registrations::update_by_token(db, &public(), &token, &changed).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-registration-ended" }));
    assert_eq!(registrations::manage_view(db, &token).await.unwrap().registration.state, RegistrationState::Cancelled);
    // …and its calendar feed stops.
    let ended = registrations::personal_calendar(db, &feed_token, "sumud.test").await.unwrap_err();
    assert!(matches!(ended, ServiceError::NotFound), "{ended:?}");

    // Personal links end a week after the edition does.
    let omar = delegate(db, edition.id, hebron, person("Omar Odeh", "observer")).await.unwrap();
    let omar_feed = registrations::manage_view(db, &omar.token).await.unwrap().feed_path;
    let omar_feed = omar_feed.trim_start_matches("/registrations/feed/").trim_end_matches(".ics").to_string();
    registrations::personal_calendar(db, &omar_feed, "sumud.test").await.unwrap();
    let mut past: edition::ActiveModel = edition.clone().into();
    let long_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(30);
    past.starts_on = Set(long_ago - chrono::Duration::days(2));
    past.ends_on = Set(long_ago);
    past.update(db).await.unwrap();
    assert!(matches!(registrations::manage_view(db, &omar.token).await.unwrap_err(), ServiceError::InvalidLink));
    assert!(matches!(
        registrations::personal_calendar(db, &omar_feed, "sumud.test").await.unwrap_err(),
        ServiceError::NotFound
    ));
}

pub(super) async fn participant_lists_follow_consent(db: &DatabaseConnection) {
    let edition = open_edition(db, 10, 3, false).await;
    let lyon = member(db).await;
    for (name, consent) in
        [("Public Person", "public"), ("Delegates Person", "delegates"), ("Private Person", "secretariat")]
    {
        delegate(db, edition.id, lyon, DelegateInput { consent: consent.into(), ..person(name, "observer") })
            .await
            .unwrap();
    }
    let pending = individual(db, edition.id, person("Pending Person", "")).await.unwrap();
    assert_eq!(pending.row.state.to_string(), "pending");
    let names = |list: Vec<app::conferences::registrations::Participant>| {
        list.into_iter().map(|p| p.full_name).collect::<Vec<_>>()
    };
    assert_eq!(
        names(registrations::participants(db, edition.id, Audience::Public).await.unwrap()),
        vec!["Public Person"]
    );
    assert_eq!(
        names(registrations::participants(db, edition.id, Audience::SignedIn).await.unwrap()),
        vec!["Delegates Person", "Public Person"]
    );
    assert_eq!(
        names(registrations::participants(db, edition.id, Audience::Secretariat).await.unwrap()),
        vec!["Delegates Person", "Private Person", "Public Person"],
        "pending people are not listed"
    );
}

pub(super) async fn letters_badges_and_check_in(db: &DatabaseConnection) {
    let edition = open_edition(db, 10, 3, false).await;
    let tangier = member(db).await;
    let no_passport = DelegateInput { visa_letter: "on".into(), ..person("Karim Benali", "head") };
    let problems = Delegate::parse(&no_passport, false).unwrap_err();
    let fields: Vec<_> = problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, vec!["passport_name", "passport_number", "nationality", "birth_date", "passport_expiry"]);
    let with_passport = DelegateInput {
        passport_name: "BENALI KARIM".into(),
        passport_number: "MA1234567".into(),
        nationality: "ma".into(),
        birth_date: "1975-03-02".into(),
        passport_expiry: "2031-01-01".into(),
        ..no_passport
    };
    let karim = delegate(db, edition.id, tangier, with_passport).await.unwrap();
    let plain = delegate(db, edition.id, tangier, person("Sara Alami", "observer")).await.unwrap();
    let refused = registrations::issue_letter(db, &secretariat(), plain.row.id, Lang::Fr).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-no-letter-requested" }));

    let code = registrations::issue_letter(db, &secretariat(), karim.row.id, Lang::Fr).await.unwrap();
    let letter = registrations::letter(db, &code, PUBLIC_URL).await.unwrap();
    assert_eq!(letter.language, "fr");
    assert!(letter.body.contains("BENALI KARIM") && letter.body.contains("Deuxième conférence"), "{}", letter.body);
    assert!(letter.details.iter().any(|(_, v)| v == "MA1234567"));
    assert!(letter.details.iter().any(|(_, v)| v == "Maroc"), "{:?}", letter.details);
    assert_eq!(letter.verify_url, format!("{PUBLIC_URL}/letters/{code}"));
    let second = registrations::issue_letter(db, &secretariat(), karim.row.id, Lang::Ar).await.unwrap();
    let numbered = registrations::letter(db, &second, PUBLIC_URL).await.unwrap();
    assert_eq!(numbered.number, letter.number + 1, "letters are numbered");
    assert!(matches!(registrations::letter(db, "forged", PUBLIC_URL).await.unwrap_err(), ServiceError::NotFound));
    assert!(letter.valid);

    let badges = registrations::badges(db, edition.id, PUBLIC_URL).await.unwrap();
    assert_eq!(badges.len(), 2);
    assert!(badges[0].qr_svg.contains("<svg"), "a QR code");

    let desk =
        registrations::check_in(db, &secretariat(), edition.id, &karim.row.checkin_code.to_lowercase()).await.unwrap();
    assert!(matches!(desk, CheckIn::CheckedIn(ref r) if r.full_name == "Karim Benali" && r.checked_in_at.is_some()));
    assert_eq!(state_of(db, karim.row.id).await, "attended");
    let again = registrations::check_in(db, &secretariat(), edition.id, &karim.row.checkin_code).await.unwrap();
    assert!(matches!(again, CheckIn::AlreadyCheckedIn(_)));
    let unknown = registrations::check_in(db, &secretariat(), edition.id, "NOPE").await.unwrap_err();
    assert!(matches!(unknown, ServiceError::Invalid { field: "code", .. }));
    assert!(matches!(
        registrations::cancel(db, &secretariat(), karim.row.id).await.unwrap_err(),
        ServiceError::Conflict { key: "error-cannot-cancel" }
    ));

    let csv = registrations::participants_csv(db, edition.id).await.unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(csv).unwrap();
    assert!(text.contains("attended") && text.contains("Karim Benali") && text.contains("issued"), "{text}");
    let times = r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?( UTC)?";
    insta::with_settings!({ filters => vec![(times, "[time]")] }, {
        insta::assert_snapshot!("participants_csv", text);
    });

    // A letter whose registration was cancelled says so to whoever verifies it.
    let leila = DelegateInput {
        visa_letter: "on".into(),
        passport_name: "ALAMI LEILA".into(),
        passport_number: "MA7654321".into(),
        nationality: "ma".into(),
        birth_date: "1980-05-06".into(),
        passport_expiry: "2032-01-01".into(),
        ..person("Leila Alami", "observer")
    };
    let leila = delegate(db, edition.id, tangier, leila).await.unwrap();
    let leila_code = registrations::issue_letter(db, &secretariat(), leila.row.id, Lang::En).await.unwrap();
    assert!(registrations::letter(db, &leila_code, PUBLIC_URL).await.unwrap().valid);
    registrations::cancel(db, &secretariat(), leila.row.id).await.unwrap();
    assert!(!registrations::letter(db, &leila_code, PUBLIC_URL).await.unwrap().valid);
}
