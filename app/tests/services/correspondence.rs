//! Correspondence on SQLite and PostgreSQL: the register of addressees (a member once, under its
//! own names), texts addressed and filtered by addressee, letters numbered in one register a
//! year that never reuses a number, replies, scanned copies checked, and who reads what.
use super::implementation::published;
use super::resolutions::{draft, member_with_focal_point, recommendation, secretariat};
use app::domain::Choice;
use app::i18n::Lang;
use app::resolutions::correspondence::service as correspondence;
use app::resolutions::correspondence::{AddresseeFields, AddresseeInput, LetterFields, LetterInput};
use app::resolutions::entities::{addressee, letter, letter_file};
use app::resolutions::implementation::service as implementation;
use app::resolutions::implementation::{ActionFields, ActionInput, Responsible};
use app::resolutions::service as resolutions;
use app::resolutions::{Reader, TextFields, TextQuery};
use app::server::ServiceError;
use chrono::Datelike;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

testing::on_both_databases!(
    the_register_lists_organisations_and_members_once,
    letters_are_numbered_in_one_register_and_read_by_members_only,
    scanned_copies_are_checked_and_replaced,
    sample_texts_are_addressed_and_their_letters_answered,
);

fn ministry_input() -> AddresseeInput {
    AddresseeInput {
        category: "government".into(),
        name: "وزارة الحكم المحلي".into(),
        latin_name: "Ministry of Local Government".into(),
        country: "PS".into(),
        contact: "Ramallah, Al-Irsal Street".into(),
        ..Default::default()
    }
}

async fn add(db: &DatabaseConnection, input: &AddresseeInput) -> Result<addressee::Model, ServiceError> {
    correspondence::add_addressee(db, &secretariat(), &AddresseeFields::parse(input).unwrap()).await
}

fn letter_input(addressee_id: i32, subject: &str) -> LetterInput {
    LetterInput {
        direction: "outgoing".into(),
        addressee_id: addressee_id.to_string(),
        dated_on: "2027-06-01".into(),
        subject: subject.into(),
        body: "Excellency,\n\nThe conference adopted recommendation C2-R04…".into(),
        ..Default::default()
    }
}

async fn record(db: &DatabaseConnection, text_id: i32, input: &LetterInput) -> Result<letter::Model, ServiceError> {
    correspondence::record_letter(db, &secretariat(), text_id, &LetterFields::parse(input).unwrap()).await
}

async fn the_register_lists_organisations_and_members_once(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let ministry = add(db, &ministry_input()).await.unwrap();
    let member = AddresseeInput { category: "member".into(), member_id: hebron.to_string(), ..Default::default() };
    let as_member = add(db, &member).await.unwrap();
    // A member is listed once: a second entry is refused and changes nothing.
    let audit_before = app::audit::entity::Entity::find().count(db).await.unwrap();
    let twice = add(db, &member).await;
    assert!(matches!(twice, Err(ServiceError::Invalid { field: "member_id", key: "error-addressee-listed" })));
    let unknown = add(db, &AddresseeInput { member_id: "999999".into(), ..member.clone() }).await;
    assert!(matches!(unknown, Err(ServiceError::Invalid { field: "member_id", key: "error-choice-invalid" })));
    assert_eq!(addressee::Entity::find().count(db).await.unwrap(), 2);
    assert_eq!(app::audit::entity::Entity::find().count(db).await.unwrap(), audit_before);

    // The register names the member under its own names, and no longer offers it.
    let register = correspondence::addressee_register(db).await.unwrap();
    let listed = register.addressees.iter().find(|a| a.id == as_member.id).unwrap();
    let identity = app::membership::service::identity(db, hebron).await.unwrap();
    assert_eq!(listed.name, identity.official_name);
    assert!(!register.members.iter().any(|(id, _)| *id == hebron));
    let shown = register.addressees.iter().find(|a| a.id == ministry.id).unwrap();
    assert_eq!(shown.label(), "وزارة الحكم المحلي (Ministry of Local Government)");
    assert_eq!(shown.contact.as_deref(), Some("Ramallah, Al-Irsal Street"));
    // Contacts are the secretariat's: the public list has none.
    assert!(correspondence::addressees(db).await.unwrap().iter().all(|a| a.contact.is_none()));

    // Corrected in place; audited.
    let corrected = AddresseeInput { contact: "Ramallah".into(), ..ministry_input() };
    correspondence::update_addressee(db, &secretariat(), ministry.id, &AddresseeFields::parse(&corrected).unwrap())
        .await
        .unwrap();
    assert_eq!(
        addressee::Entity::find_by_id(ministry.id).one(db).await.unwrap().unwrap().contact.as_deref(),
        Some("Ramallah")
    );
    assert_eq!(app::audit::entity::Entity::find().count(db).await.unwrap(), audit_before + 1);

    // Texts are addressed to it, and the list finds them by addressee.
    let mut input = recommendation("C2-R20");
    input.addressees = vec![ministry.id.to_string()];
    let addressed = draft(db, &input).await;
    draft(db, &recommendation("C2-R21")).await;
    let (form, _) = resolutions::text_form(db, addressed.id).await.unwrap();
    assert_eq!(form.addressees, vec![ministry.id.to_string()]);
    let query = TextQuery { addressee: ministry.id.to_string(), ..Default::default() };
    let found = resolutions::list(db, &query, Reader::Secretariat).await.unwrap();
    assert_eq!(found.texts.iter().map(|t| t.reference.as_str()).collect::<Vec<_>>(), ["C2-R20"]);
    assert_eq!(found.addressees, vec![(ministry.id, shown.label())]);
    // An addressee not in the register is refused, and the text keeps its own.
    input.addressees = vec!["999999".into()];
    let refused = resolutions::update_text(db, &secretariat(), addressed.id, &TextFields::parse(&input).unwrap()).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "addressees", .. })), "{refused:?}");
    let (form, _) = resolutions::text_form(db, addressed.id).await.unwrap();
    assert_eq!(form.addressees, vec![ministry.id.to_string()]);

    // An action carried out by the ministry names it in the plan.
    let text_id = published(db, "C2-R22").await;
    let statuses = implementation::statuses(db).await.unwrap();
    let action = ActionInput {
        language: "en".into(),
        title_en: "Include the GIS training in the ministry's plan".into(),
        responsible: "addressee".into(),
        status_id: statuses[0].id.to_string(),
        ..Default::default()
    };
    let missing = ActionFields::parse(&action).unwrap_err();
    assert_eq!(missing[0].key, "error-responsible-addressee");
    let fields = ActionFields::parse(&ActionInput { addressee_id: ministry.id.to_string(), ..action }).unwrap();
    implementation::add_action(db, &secretariat(), text_id, &fields).await.unwrap();
    let plan = implementation::plan(db, text_id).await.unwrap();
    assert_eq!(plan.actions[0].responsible, Responsible::Addressee);
    assert_eq!(plan.actions[0].responsible_name(), Some(shown.label().as_str()));
}

async fn letters_are_numbered_in_one_register_and_read_by_members_only(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let ministry = add(db, &ministry_input()).await.unwrap();
    let text_id = published(db, "C2-R30").await;
    let other_text = published(db, "C2-R31").await;
    let first = record(db, text_id, &letter_input(ministry.id, "Recommendation C2-R30")).await.unwrap();
    let second = record(db, other_text, &letter_input(ministry.id, "Recommendation C2-R31")).await.unwrap();
    let year = chrono::Utc::now().year();
    assert_eq!((first.register_year, first.register_number), (year, 1));
    assert_eq!((second.register_year, second.register_number), (year, 2));

    // A reply received, linked to the letter it answers.
    let reply = LetterInput {
        direction: "incoming".into(),
        their_reference: "MoLG/2027/55".into(),
        in_reply_to: first.id.to_string(),
        ..letter_input(ministry.id, "Re: Recommendation C2-R30")
    };
    let answer = record(db, text_id, &reply).await.unwrap();
    assert_eq!(answer.register_number, 3);
    // Two officers recording at once get two numbers, in turn.
    let (follow_up_a, follow_up_b) =
        (letter_input(ministry.id, "Follow-up A"), letter_input(ministry.id, "Follow-up B"));
    let (one, two) = tokio::join!(record(db, text_id, &follow_up_a), record(db, other_text, &follow_up_b));
    let mut numbers = [one.unwrap().register_number, two.unwrap().register_number];
    numbers.sort_unstable();
    assert_eq!(numbers, [4, 5]);
    // A reply to another text's letter, or an unknown correspondent: refused, nothing recorded.
    let audit_before = app::audit::entity::Entity::find().count(db).await.unwrap();
    let stray = LetterInput { in_reply_to: second.id.to_string(), ..reply.clone() };
    assert!(matches!(record(db, text_id, &stray).await, Err(ServiceError::Invalid { field: "in_reply_to", .. })));
    assert!(matches!(
        record(db, text_id, &letter_input(999_999, "x")).await,
        Err(ServiceError::Invalid { field: "addressee_id", .. })
    ));
    assert_eq!(letter::Entity::find().count(db).await.unwrap(), 5);
    assert_eq!(app::audit::entity::Entity::find().count(db).await.unwrap(), audit_before);

    // Members read the correspondence; the public sees the addressees only.
    let member = Reader::Member { member_id: hebron };
    let seen = correspondence::correspondence(db, text_id, member).await.unwrap();
    let registers: Vec<_> = seen.letters.unwrap().into_iter().map(|l| l.register).collect();
    assert_eq!(registers[..2], [format!("{year}/0001"), format!("{year}/0003")]);
    assert_eq!(registers.len(), 3);
    assert!(!seen.may_manage);
    assert!(correspondence::correspondence(db, text_id, Reader::Public).await.unwrap().letters.is_none());
    assert!(matches!(correspondence::letter_page(db, first.id, Reader::Public).await, Err(ServiceError::NotFound)));
    let page = correspondence::letter_page(db, first.id, member).await.unwrap();
    assert_eq!(page.replies.iter().map(|l| l.id).collect::<Vec<_>>(), [answer.id]);
    let page = correspondence::letter_page(db, answer.id, member).await.unwrap();
    assert_eq!(page.in_reply_to.map(|l| l.id), Some(first.id));
    assert_eq!(page.their_reference.as_deref(), Some("MoLG/2027/55"));

    // A draft's letters stay the secretariat's, as the draft does.
    let hidden = draft(db, &recommendation("C2-R32")).await;
    let kept = record(db, hidden.id, &letter_input(ministry.id, "Consultation")).await.unwrap();
    assert!(matches!(correspondence::letter_page(db, kept.id, member).await, Err(ServiceError::NotFound)));
    assert!(matches!(correspondence::correspondence(db, hidden.id, member).await, Err(ServiceError::NotFound)));
}

async fn scanned_copies_are_checked_and_replaced(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let ministry = add(db, &ministry_input()).await.unwrap();
    let text_id = published(db, "C2-R40").await;
    let sent = record(db, text_id, &letter_input(ministry.id, "Recommendation C2-R40")).await.unwrap();
    let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".to_vec();
    let refused = [
        (Vec::new(), "error-letter-file-missing"),
        (b"<html><script>alert(1)</script>".to_vec(), "error-letter-file-type"),
        ([b"%PDF-".as_slice(), &vec![b'x'; correspondence::FILE_LIMIT]].concat(), "error-letter-file-large"),
    ];
    for (bytes, expected) in refused {
        let result = correspondence::attach_copy(db, &secretariat(), sent.id, "letter.pdf", bytes).await;
        assert!(matches!(result, Err(ServiceError::Invalid { field: "file", key }) if key == expected), "{result:?}");
    }
    assert_eq!(letter_file::Entity::find().count(db).await.unwrap(), 0);

    correspondence::attach_copy(db, &secretariat(), sent.id, "../../etc/Lettre ministre.pdf", pdf.clone())
        .await
        .unwrap();
    let png = b"\x89PNG\r\n\x1a\n rest".to_vec();
    correspondence::attach_copy(db, &secretariat(), sent.id, "scan.png", png.clone()).await.unwrap();
    let member = Reader::Member { member_id: hebron };
    let copy = correspondence::letter_copy(db, sent.id, member).await.unwrap();
    assert_eq!((copy.file_name.as_str(), copy.content_type.as_str(), copy.bytes), ("scan.png", "image/png", png));
    assert!(matches!(correspondence::letter_copy(db, sent.id, Reader::Public).await, Err(ServiceError::NotFound)));
    let page = correspondence::letter_page(db, sent.id, member).await.unwrap();
    assert_eq!(page.file, Some(("scan.png".to_string(), 13)));
    assert!(page.line.has_file);
    assert_eq!(page.file.as_ref().map(|f| f.0.as_str()), Some("scan.png"));
    // A PDF passed off as a page keeps the name of what it is.
    correspondence::attach_copy(db, &secretariat(), sent.id, "open-me.html", pdf.clone()).await.unwrap();
    let copy = correspondence::letter_copy(db, sent.id, member).await.unwrap();
    assert_eq!((copy.file_name.as_str(), copy.content_type.as_str()), ("open-me.pdf", "application/pdf"));
}

async fn sample_texts_are_addressed_and_their_letters_answered(db: &DatabaseConnection) {
    resolutions::insert_sample_texts(db, 12).await.unwrap();
    assert_eq!(correspondence::insert_sample_correspondence(db).await.unwrap(), 20);
    // Again: nothing twice.
    assert_eq!(correspondence::insert_sample_correspondence(db).await.unwrap(), 20);
    assert_eq!(addressee::Entity::find().count(db).await.unwrap(), 3);
    let found = resolutions::list(db, &TextQuery::default(), Reader::Public).await.unwrap();
    assert_eq!(found.addressees.len(), 3);
    let first = found.texts.last().unwrap();
    let seen = correspondence::correspondence(db, first.id, Reader::Secretariat).await.unwrap();
    assert_eq!(seen.addressees.len(), 1);
    let letters = seen.letters.unwrap();
    assert_eq!(letters.iter().map(|l| l.direction.as_str()).collect::<Vec<_>>(), ["outgoing", "incoming"]);
    let reply = correspondence::letter_page(db, letters[1].id, Reader::Secretariat).await.unwrap();
    assert_eq!(reply.in_reply_to.map(|l| l.id), Some(letters[0].id));
}
