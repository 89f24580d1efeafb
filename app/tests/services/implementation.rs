//! Implementation on SQLite and PostgreSQL: a plan's progress rolled up a three-level tree by
//! weight, refused changes that leave the plan as it was, members' reports accepted or returned,
//! and who sees what.
use super::resolutions::{
    adoption, draft, emails_to, member_with_focal_point, recommendation, secretariat, PUBLIC_URL,
};
use app::i18n::Lang;
use app::resolutions::entities::{action, report, timeline_entry};
use app::resolutions::implementation::service as implementation;
use app::resolutions::implementation::{
    ActionFields, ActionInput, ProgressFields, ProgressInput, ReportFields, ReportInput, ReportState,
};
use app::resolutions::service as resolutions;
use app::resolutions::{Adoption, Reader, TextState};
use app::server::ServiceError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

testing::on_both_databases!(
    progress_rolls_up_a_three_level_tree_and_bad_changes_are_refused,
    a_focal_point_reports_and_the_secretariat_accepts_or_returns,
    a_plan_is_public_once_its_text_is,
    overdue_actions_remind_their_focal_point_once_a_week,
    a_spreadsheet_is_checked_line_by_line_then_applied_all_or_nothing,
    kept_copies_of_the_list_and_dashboard_follow_every_change,
    the_secretariat_keeps_the_list_of_statuses,
    actions_span_conference_editions,
);

/// The id of status `slug` (seeded by the migration).
async fn status(db: &DatabaseConnection, slug: &str) -> i32 {
    implementation::statuses(db).await.unwrap().into_iter().find(|s| s.slug == slug).unwrap().id
}

fn action_input(title_en: &str, parent: Option<i32>, status_id: i32, progress: &str, weight: &str) -> ActionInput {
    ActionInput {
        language: "en".into(),
        title_en: title_en.into(),
        parent_id: parent.map(|p| p.to_string()).unwrap_or_default(),
        responsible: "secretariat".into(),
        status_id: status_id.to_string(),
        progress: progress.into(),
        weight: weight.into(),
        ..Default::default()
    }
}

async fn add(db: &DatabaseConnection, text_id: i32, input: &ActionInput) -> action::Model {
    implementation::add_action(db, &secretariat(), text_id, &ActionFields::parse(input).unwrap()).await.unwrap()
}

/// A published text, ready for its plan.
pub(super) async fn published(db: &DatabaseConnection, reference: &str) -> i32 {
    let text = draft(db, &recommendation(reference)).await;
    resolutions::adopt(db, &secretariat(), text.id, &adoption()).await.unwrap();
    resolutions::move_text(db, &secretariat(), text.id, TextState::Published).await.unwrap();
    text.id
}

async fn progress_of(db: &DatabaseConnection, text_id: i32) -> (Vec<(i32, i32, u8)>, Option<i32>) {
    let plan = implementation::plan(db, text_id).await.unwrap();
    (plan.actions.iter().map(|a| (a.id, a.progress, a.depth)).collect(), plan.progress)
}

async fn progress_rolls_up_a_three_level_tree_and_bad_changes_are_refused(db: &DatabaseConnection) {
    let text_id = published(db, "C2-R10").await;
    let in_progress = status(db, "in-progress").await;
    let completed = status(db, "completed").await;
    // Project (weight 2) ← [roads (← [survey: 100 %, paving: 0 % weight 3]), GIS 50 %]; market 20 %.
    let project = add(db, text_id, &action_input("Hebron transport network", None, in_progress, "", "2")).await;
    let roads = add(db, text_id, &action_input("Roads", Some(project.id), in_progress, "", "1")).await;
    let gis = add(db, text_id, &action_input("GIS for planning", Some(project.id), in_progress, "50", "1")).await;
    let survey = add(db, text_id, &action_input("Survey", Some(roads.id), completed, "", "1")).await;
    let paving = add(db, text_id, &action_input("Paving", Some(roads.id), in_progress, "0", "3")).await;
    let market = add(db, text_id, &action_input("Central market", None, in_progress, "20", "1")).await;
    // A status with a default progress sets it: "completed" is 100 %.
    assert_eq!(survey.progress, 100);
    let (nodes, overall) = progress_of(db, text_id).await;
    assert_eq!(
        nodes,
        vec![
            (project.id, 38, 0),
            (roads.id, 25, 1),
            (survey.id, 100, 2),
            (paving.id, 0, 2),
            (gis.id, 50, 1),
            (market.id, 20, 0),
        ]
    );
    assert_eq!(overall, Some(32));

    // Progress recorded on the timeline moves the whole tree.
    let entry = ProgressFields::parse(
        &ProgressInput {
            happened_on: "2027-06-01".into(),
            note: "Half of the paving is done.".into(),
            progress: "50".into(),
            ..Default::default()
        },
        chrono::NaiveDate::from_ymd_opt(2027, 6, 2).unwrap(),
    )
    .unwrap();
    implementation::record_progress(db, &secretariat(), paving.id, &entry).await.unwrap();
    let (nodes, overall) = progress_of(db, text_id).await;
    assert_eq!(nodes[1], (roads.id, 63, 1)); // (100 + 50 × 3) / 4 = 62.5
    assert_eq!(nodes[0], (project.id, 57, 0)); // (63 + 50) / 2 = 56.5
    assert_eq!(overall, Some(45)); // (57 × 2 + 20) / 3 = 44.7
    assert_eq!(timeline_entry::Entity::find().count(db).await.unwrap(), 1);

    // A project under its own sub-action, an unknown parent, an external id twice: refused,
    // nothing changes.
    let other_text = published(db, "C2-R11").await;
    let audit_before = app::audit::entity::Entity::find().count(db).await.unwrap();
    let cycle = action_input("Hebron transport network", Some(survey.id), in_progress, "", "2");
    let refused =
        implementation::update_action(db, &secretariat(), project.id, &ActionFields::parse(&cycle).unwrap()).await;
    assert!(
        matches!(refused, Err(ServiceError::Invalid { field: "parent_id", key: "error-action-cycle" })),
        "{refused:?}"
    );
    let itself = action_input("Roads", Some(roads.id), in_progress, "", "1");
    let refused =
        implementation::update_action(db, &secretariat(), roads.id, &ActionFields::parse(&itself).unwrap()).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "parent_id", .. })));
    let elsewhere = action_input("Elsewhere", Some(project.id), in_progress, "", "1");
    let refused =
        implementation::add_action(db, &secretariat(), other_text, &ActionFields::parse(&elsewhere).unwrap()).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "parent_id", key: "error-choice-invalid" })));
    let keyed = ActionInput { external_id: "HEB-ROADS-01".into(), ..action_input("Keyed", None, in_progress, "", "1") };
    add(db, text_id, &keyed).await;
    let refused = implementation::add_action(db, &secretariat(), text_id, &ActionFields::parse(&keyed).unwrap()).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "external_id", key: "error-external-id-taken" })));
    assert_eq!(app::audit::entity::Entity::find().count(db).await.unwrap(), audit_before + 1);
    assert_eq!(action::Entity::find_by_id(project.id).one(db).await.unwrap().unwrap().parent_id, None);
    assert_eq!(action::Entity::find().filter(action::Column::TextId.eq(other_text)).count(db).await.unwrap(), 0);

    // A cancelled action leaves its parent's progress: roads is survey (100) and paving (50).
    let cancelled = status(db, "cancelled").await;
    let cancel = ActionFields::parse(&action_input("Survey", Some(roads.id), cancelled, "", "1")).unwrap();
    implementation::update_action(db, &secretariat(), survey.id, &cancel).await.unwrap();
    let (nodes, overall) = progress_of(db, text_id).await;
    assert_eq!(nodes[1], (roads.id, 50, 1));

    // The dashboard: the two published texts, one with a plan, under both its themes.
    let board = implementation::dashboard(db).await.unwrap();
    assert_eq!((board.texts, board.texts_with_plans, board.actions), (2, 1, 7));
    assert_eq!(board.progress, overall);
    assert_eq!(board.by_theme.len(), 2);
    assert!(board.by_theme.iter().all(|row| row.count == 1 && row.progress == overall));
    let cancelled_row = board.by_status.iter().find(|row| row.label[1] == "Cancelled").unwrap();
    assert_eq!(cancelled_row.count, 1);

    // The tracker: every action of the published texts in tree order, as JSON rows and CSV.
    let rows = implementation::tracker(db).await.unwrap();
    assert_eq!(rows.iter().map(|r| r.action_id).take(3).collect::<Vec<_>>(), vec![project.id, roads.id, survey.id]);
    assert_eq!(rows.len(), 7);
    let csv = String::from_utf8(implementation::tracker_csv(db, Lang::Fr).await.unwrap()).unwrap();
    assert!(csv.starts_with("\u{feff}"));
    let header = csv.lines().next().unwrap();
    assert!(header.contains("Avancement") && header.contains("Échéance"), "{header}");
    let paving_line = csv.lines().find(|line| line.contains(",Paving,")).unwrap();
    assert!(
        paving_line.contains("C2-R10") && paving_line.contains(",Roads,") && paving_line.contains(",50,3,"),
        "{paving_line}"
    );

    // The feed, newest first, in French: C2-R11 was published after the paving progressed.
    let feed = implementation::feed(db, Lang::Fr, 50).await.unwrap();
    assert_eq!(feed.len(), 3);
    assert!(feed[0].title.starts_with("Publié : C2-R11 "), "{}", feed[0].title);
    assert_eq!(feed[1].title, "Avancement : Paving (C2-R10) à 50 %");
    assert_eq!(feed[1].path, format!("/resolutions/actions/{}", paving.id));
    assert!(feed[2].title.starts_with("Publié : C2-R10 "), "{}", feed[2].title);
}

async fn a_focal_point_reports_and_the_secretariat_accepts_or_returns(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Ar).await;
    let amman = member_with_focal_point(db, "focal@amman.test", Lang::En).await;
    let text_id = published(db, "C2-R12").await;
    let in_progress = status(db, "in-progress").await;
    let assigned = ActionInput {
        responsible: "member".into(),
        member_id: hebron.to_string(),
        due_on: "2020-01-31".into(),
        ..action_input("Rehabilitate the central market", None, in_progress, "10", "1")
    };
    let market = add(db, text_id, &assigned).await;
    let page = implementation::action_page(db, market.id, Reader::Member { member_id: hebron }).await.unwrap();
    assert!(page.may_report && page.action.overdue);
    let focal = testing::context("focal@hebron.test", "Focal Point", PUBLIC_URL);
    let fields =
        ReportFields::parse(&ReportInput { progress: "40".into(), note: "The roof is repaired.".into() }).unwrap();

    // Another member's focal point may not report on it.
    let amman_focal = testing::context("focal@amman.test", "Focal Point", PUBLIC_URL);
    let refused = implementation::submit_report(db, &amman_focal, market.id, amman, &fields).await;
    assert!(matches!(refused, Err(ServiceError::Forbidden)), "{refused:?}");
    assert_eq!(report::Entity::find().count(db).await.unwrap(), 0);

    // A report waits; the action does not change until the secretariat accepts it.
    let sent = implementation::submit_report(db, &focal, market.id, hebron, &fields).await.unwrap();
    assert_eq!(sent.state, ReportState::Pending);
    assert_eq!(action::Entity::find_by_id(market.id).one(db).await.unwrap().unwrap().progress, 10);
    let queue = implementation::reports_page(db, Reader::Secretariat).await.unwrap();
    assert_eq!(queue.reports.len(), 1);
    assert_eq!(queue.reports[0].state, ReportState::Pending);
    let accepted = implementation::accept_report(db, &secretariat(), sent.id).await.unwrap();
    assert_eq!(accepted.progress, 40);
    let page = implementation::action_page(db, market.id, Reader::Public).await.unwrap();
    assert_eq!(page.action.progress, 40);
    assert_eq!(page.timeline.len(), 1);
    assert_eq!(page.timeline[0].note, "The roof is repaired.");
    assert!(page.reports.is_empty(), "the public sees no reports");
    // Decided once only.
    let again = implementation::accept_report(db, &secretariat(), sent.id).await;
    assert!(matches!(again, Err(ServiceError::Conflict { key: "error-report-decided" })));

    // A second report is returned with a reason: the focal point reads it in Arabic.
    let second = ReportFields::parse(&ReportInput { progress: "90".into(), note: "Almost done.".into() }).unwrap();
    let sent = implementation::submit_report(db, &focal, market.id, hebron, &second).await.unwrap();
    let before = emails_to(db, "focal@hebron.test").await.len();
    let returned = implementation::return_report(db, &secretariat(), sent.id, "Please attach the contractor's report.")
        .await
        .unwrap();
    assert_eq!(returned.state, ReportState::Returned);
    assert_eq!(action::Entity::find_by_id(market.id).one(db).await.unwrap().unwrap().progress, 40);
    let mails = emails_to(db, "focal@hebron.test").await;
    assert_eq!(mails.len(), before + 1);
    let mail = mails.last().unwrap();
    assert!(mail.subject.starts_with("تقرير معاد"), "{}", mail.subject);
    assert!(mail.body_text.contains("Please attach the contractor's report."));
    assert!(mail.body_text.contains(&format!("{PUBLIC_URL}/resolutions/actions/{}", market.id)));
    assert!(emails_to(db, "focal@amman.test").await.iter().all(|m| !m.subject.starts_with("Report returned")));

    // The focal point's page: its member's action and both reports, the latest first.
    let mine = implementation::reports_page(db, Reader::Member { member_id: hebron }).await.unwrap();
    assert_eq!(mine.actions.len(), 1);
    assert_eq!(mine.actions[0].1.progress, 40);
    assert_eq!(
        mine.reports.iter().map(|r| r.state).collect::<Vec<_>>(),
        vec![ReportState::Returned, ReportState::Accepted]
    );
    let theirs = implementation::reports_page(db, Reader::Member { member_id: amman }).await.unwrap();
    assert!(theirs.actions.is_empty() && theirs.reports.is_empty());
    assert!(matches!(implementation::reports_page(db, Reader::Public).await, Err(ServiceError::Forbidden)));
}

async fn a_plan_is_public_once_its_text_is(db: &DatabaseConnection) {
    let text = draft(db, &recommendation("C2-R13")).await;
    let in_progress = status(db, "in-progress").await;
    let row = add(db, text.id, &action_input("Prepare the survey", None, in_progress, "5", "1")).await;
    assert!(matches!(implementation::action_page(db, row.id, Reader::Public).await, Err(ServiceError::NotFound)));
    let form = implementation::action_form(db, None, Some(row.id), Lang::En).await.unwrap();
    assert_eq!(form.input.title_en, "Prepare the survey");
    assert!(form.parents.is_empty(), "an action cannot be placed under itself");
    resolutions::adopt(db, &secretariat(), text.id, &adoption()).await.unwrap();
    resolutions::move_text(db, &secretariat(), text.id, TextState::Published).await.unwrap();
    let page = implementation::action_page(db, row.id, Reader::Public).await.unwrap();
    assert_eq!(page.action.progress, 5);
    assert!(!page.may_manage && !page.may_report);
}

async fn overdue_actions_remind_their_focal_point_once_a_week(db: &DatabaseConnection) {
    let hebron = member_with_focal_point(db, "focal@hebron.test", Lang::Fr).await;
    let text_id = published(db, "C2-R14").await;
    let in_progress = status(db, "in-progress").await;
    let due = |title: &str, due_on: &str, progress: &str| ActionInput {
        responsible: "member".into(),
        member_id: hebron.to_string(),
        due_on: due_on.into(),
        ..action_input(title, None, in_progress, progress, "1")
    };
    let late = add(db, text_id, &due("Street lighting", "2027-03-01", "30")).await;
    add(db, text_id, &due("Not yet due", "2027-09-01", "30")).await;
    add(db, text_id, &due("Done though late", "2027-03-01", "100")).await;
    let system = testing::context("system@sumud.test", "Sumud", PUBLIC_URL);
    let at = |day: u32| chrono::NaiveDate::from_ymd_opt(2027, 4, day).unwrap().and_hms_opt(9, 0, 0).unwrap().and_utc();

    assert_eq!(implementation::remind_overdue(db, &system, at(1)).await.unwrap(), 1);
    let mails = emails_to(db, "focal@hebron.test").await;
    let reminder = mails.iter().find(|m| m.subject.starts_with("En retard")).unwrap();
    assert!(
        reminder.subject.contains("Street lighting") && reminder.subject.contains("C2-R14"),
        "{}",
        reminder.subject
    );
    assert!(reminder.body_text.contains("1er\u{a0}mars\u{a0}2027"), "{}", reminder.body_text);
    assert!(reminder.body_text.contains(&format!("/resolutions/actions/{}", late.id)));
    // Not again within the week; again after it.
    assert_eq!(implementation::remind_overdue(db, &system, at(5)).await.unwrap(), 0);
    assert_eq!(implementation::remind_overdue(db, &system, at(9)).await.unwrap(), 1);
    let count = emails_to(db, "focal@hebron.test").await.iter().filter(|m| m.subject.starts_with("En retard")).count();
    assert_eq!(count, 2);
}

async fn a_spreadsheet_is_checked_line_by_line_then_applied_all_or_nothing(db: &DatabaseConnection) {
    let text_id = published(db, "C2-R15").await;
    let in_progress = status(db, "in-progress").await;
    let keyed = |key: &str, title: &str, progress: &str| ActionInput {
        external_id: key.into(),
        starts_on: "2027-01-01".into(),
        ..action_input(title, None, in_progress, progress, "1")
    };
    let lighting = add(db, text_id, &keyed("HEB-LIGHT-01", "Street lighting", "10")).await;
    let market = add(db, text_id, &keyed("HEB-MARKET-01", "Central market", "0")).await;

    let refused = "\u{feff}external_id,progress,status,due_on,note\n\
        HEB-LIGHT-01,40,,,Forty lamps are up.\n\
        HEB-MARKET-01,,completed,,\n\
        HEB-NOPE-99,10,,,\n\
        HEB-LIGHT-01,50,,,\n\
        HEB-MARKET-01,150,paused,2026-12-01,\n";
    let upload = implementation::upload_bulk(db, "Secretariat", "updates.csv", refused).await.unwrap();
    let preview = implementation::bulk_preview(db, upload.id).await.unwrap();
    assert_eq!(preview.lines, 5);
    let problems: Vec<(u64, &str, &str)> =
        preview.problems.iter().map(|p| (p.line, p.column.as_str(), p.key.as_str())).collect();
    assert_eq!(
        problems,
        vec![
            (4, "external_id", "error-bulk-unknown-action"),
            (5, "external_id", "error-bulk-duplicate"),
            (6, "external_id", "error-bulk-duplicate"),
        ]
    );
    assert_eq!(preview.changes.len(), 2);
    assert_eq!(preview.changes[0].progress, Some((10, 40)));
    assert_eq!(preview.changes[1].progress, Some((0, 100)), "completed brings its usual progress");
    let refusal = implementation::apply_bulk(db, &secretariat(), upload.id).await;
    assert!(matches!(refusal, Err(ServiceError::Conflict { key: "error-bulk-has-problems" })), "{refusal:?}");
    assert_eq!(action::Entity::find_by_id(lighting.id).one(db).await.unwrap().unwrap().progress, 10);
    assert_eq!(timeline_entry::Entity::find().count(db).await.unwrap(), 0);

    // Bad values on a line of their own: each reported at its column.
    let bad = "external_id,progress,status,due_on\nHEB-MARKET-01,150,paused,2026-12-01\n";
    let upload = implementation::upload_bulk(db, "Secretariat", "bad.csv", bad).await.unwrap();
    let preview = implementation::bulk_preview(db, upload.id).await.unwrap();
    let columns: Vec<&str> = preview.problems.iter().map(|p| p.column.as_str()).collect();
    assert_eq!(columns, vec!["progress", "status", "due_on"]);
    let unknown = implementation::upload_bulk(db, "Secretariat", "odd.csv", "key,progress\nx,1\n").await.unwrap();
    let preview = implementation::bulk_preview(db, unknown.id).await.unwrap();
    assert_eq!(
        preview.problems.iter().map(|p| p.key.as_str()).collect::<Vec<_>>(),
        vec!["error-bulk-unknown-column", "error-bulk-no-key"]
    );

    // The corrected spreadsheet applies, all of it, once.
    let good = "external_id,progress,status,due_on,note\nHEB-LIGHT-01,40,,,Forty lamps are up.\nHEB-MARKET-01,,completed,2027-06-30,\n";
    let upload = implementation::upload_bulk(db, "Secretariat", "updates.csv", good).await.unwrap();
    assert_eq!(implementation::apply_bulk(db, &secretariat(), upload.id).await.unwrap(), 2);
    let lit = action::Entity::find_by_id(lighting.id).one(db).await.unwrap().unwrap();
    let done = action::Entity::find_by_id(market.id).one(db).await.unwrap().unwrap();
    assert_eq!((lit.progress, done.progress, done.status_id), (40, 100, status(db, "completed").await));
    assert_eq!(done.due_on, chrono::NaiveDate::from_ymd_opt(2027, 6, 30));
    let page = implementation::action_page(db, lighting.id, Reader::Public).await.unwrap();
    assert_eq!(page.timeline[0].note, "Forty lamps are up.");
    let page = implementation::action_page(db, market.id, Reader::Public).await.unwrap();
    assert_eq!(page.timeline[0].note, "Updated from the spreadsheet updates.csv.");
    let again = implementation::apply_bulk(db, &secretariat(), upload.id).await;
    assert!(matches!(again, Err(ServiceError::Conflict { key: "error-bulk-applied" })));
    assert_eq!(implementation::bulk_preview(db, upload.id).await.unwrap().applied.map(|(_, n)| n), Some(2));
}

/// The list's pages and the dashboard kept in memory show every change as soon as it is made.
async fn kept_copies_of_the_list_and_dashboard_follow_every_change(db: &DatabaseConnection) {
    let copies = resolutions::TrackerCopies::default();
    let query = app::resolutions::TextQuery::default();
    let references =
        |list: &app::resolutions::TextList| list.texts.iter().map(|t| t.reference.clone()).collect::<Vec<_>>();
    let first = published(db, "C2-R60").await;
    assert_eq!(references(&copies.list(db, &query, Reader::Public).await.unwrap()), ["C2-R60"]);
    assert_eq!(copies.dashboard(db).await.unwrap().actions, 0);

    // Each step of a new text shows at once where it should: a draft in the secretariat's list
    // only (never the public's or the members', kept apart), then published in all.
    assert_eq!(references(&copies.list(db, &query, Reader::Secretariat).await.unwrap()), ["C2-R60"]);
    let member = Reader::Member { member_id: 1 };
    assert_eq!(references(&copies.list(db, &query, member).await.unwrap()), ["C2-R60"]);
    let second = draft(db, &recommendation("C2-R61")).await.id;
    let secretariat_list = copies.list(db, &query, Reader::Secretariat).await.unwrap();
    assert_eq!(references(&secretariat_list), ["C2-R61", "C2-R60"]);
    assert!(secretariat_list.may_manage);
    assert_eq!(references(&copies.list(db, &query, member).await.unwrap()), ["C2-R60"]);
    assert_eq!(references(&copies.list(db, &query, Reader::Public).await.unwrap()), ["C2-R60"]);
    resolutions::adopt(db, &secretariat(), second, &adoption()).await.unwrap();
    assert_eq!(copies.list(db, &query, Reader::Secretariat).await.unwrap().texts[0].state, TextState::Adopted);
    resolutions::move_text(db, &secretariat(), second, TextState::Published).await.unwrap();
    assert_eq!(references(&copies.list(db, &query, Reader::Public).await.unwrap()), ["C2-R61", "C2-R60"]);
    assert_eq!(references(&copies.list(db, &query, member).await.unwrap()), ["C2-R61", "C2-R60"]);

    // Plans and progress move the dashboard at once.
    let in_progress = status(db, "in-progress").await;
    let action = add(db, first, &action_input("Survey", None, in_progress, "20", "1")).await;
    add(db, second, &action_input("Paving", None, in_progress, "40", "1")).await;
    let dashboard = copies.dashboard(db).await.unwrap();
    assert_eq!((dashboard.actions, dashboard.progress), (2, Some(30)));
    let entry = ProgressFields::parse(
        &ProgressInput {
            happened_on: "2027-06-01".into(),
            note: "Done.".into(),
            progress: "80".into(),
            ..Default::default()
        },
        chrono::NaiveDate::from_ymd_opt(2027, 6, 2).unwrap(),
    )
    .unwrap();
    implementation::record_progress(db, &secretariat(), action.id, &entry).await.unwrap();
    assert_eq!(copies.dashboard(db).await.unwrap().progress, Some(60));

    // A theme renamed shows its new name in the list's filter.
    copies.list(db, &query, Reader::Public).await.unwrap();
    let theme = resolutions::themes(db).await.unwrap().remove(0);
    let renamed = app::resolutions::ThemeFields::parse(&app::resolutions::ThemeInput {
        slug: theme.slug.clone(),
        name_ar: theme.name[0].clone(),
        name_en: "Roads, transport and mobility".into(),
        name_fr: theme.name[2].clone(),
    })
    .unwrap();
    resolutions::rename_theme(db, &secretariat(), theme.id, &renamed).await.unwrap();
    let list = copies.list(db, &query, Reader::Public).await.unwrap();
    assert_eq!(list.themes[0].name[1], "Roads, transport and mobility");

    // An edition's title, another area's, is read on each use.
    let edition = app::conferences::service::insert_sample_edition(db, 10, 1).await.unwrap();
    let adopted_there = draft(db, &recommendation("C2-R63")).await;
    let there = Adoption { edition_id: Some(edition.id), ..adoption() };
    resolutions::adopt(db, &secretariat(), adopted_there.id, &there).await.unwrap();
    resolutions::move_text(db, &secretariat(), adopted_there.id, TextState::Published).await.unwrap();
    let heritage = ActionInput {
        editions: vec![edition.id.to_string()],
        ..action_input("Heritage", None, in_progress, "10", "1")
    };
    add(db, adopted_there.id, &heritage).await;
    assert_eq!(copies.list(db, &query, Reader::Public).await.unwrap().editions.len(), 1);
    assert_eq!(copies.dashboard(db).await.unwrap().by_edition.len(), 1);
    let mut row: app::conferences::entities::edition::ActiveModel = edition.into();
    row.title_en = sea_orm::ActiveValue::Set("Third General Conference".into());
    sea_orm::ActiveModelTrait::update(row, db).await.unwrap();
    assert_eq!(copies.list(db, &query, Reader::Public).await.unwrap().editions[0].1.en, "Third General Conference");
    assert_eq!(copies.dashboard(db).await.unwrap().by_edition[0].label[1], "Third General Conference");
}

fn status_input(
    slug: &str,
    en: &str,
    default_progress: &str,
    counts: bool,
) -> app::resolutions::implementation::StatusInput {
    app::resolutions::implementation::StatusInput {
        slug: slug.into(),
        name_ar: "مؤجل".into(),
        name_en: en.into(),
        name_fr: "Reportée".into(),
        default_progress: default_progress.into(),
        counts: if counts { "on".into() } else { String::new() },
    }
}

/// Statuses are added at the end and corrected in place; one that stops counting leaves its
/// actions out of the plan's progress at once.
async fn the_secretariat_keeps_the_list_of_statuses(db: &DatabaseConnection) {
    use app::resolutions::implementation::StatusFields;
    let copies = resolutions::TrackerCopies::default();
    let before = implementation::statuses(db).await.unwrap().len();
    let fields = StatusFields::parse(&status_input("postponed", "Postponed", "", true)).unwrap();
    let postponed = implementation::add_status(db, &secretariat(), &fields).await.unwrap();
    let list = implementation::statuses(db).await.unwrap();
    assert_eq!(list.len(), before + 1);
    assert_eq!(list.last().map(|s| s.slug.as_str()), Some("postponed"));
    // A short name in use, or progress out of range: refused, nothing changes.
    let twice = implementation::add_status(db, &secretariat(), &fields).await;
    assert!(matches!(twice, Err(ServiceError::Invalid { field: "slug", key: "error-status-slug-taken" })));
    let refused = StatusFields::parse(&status_input("later", "Later", "120", true)).unwrap_err();
    assert_eq!(refused[0].field, "default_progress");
    assert_eq!(implementation::statuses(db).await.unwrap().len(), before + 1);
    // Its short name stays: spreadsheets and tools name it so.
    let renamed = StatusFields::parse(&status_input("deferred", "Postponed", "", true)).unwrap();
    let kept = implementation::update_status(db, &secretariat(), postponed.id, &renamed).await;
    assert!(matches!(kept, Err(ServiceError::Invalid { field: "slug", key: "error-status-slug-fixed" })), "{kept:?}");
    assert!(implementation::statuses(db).await.unwrap().iter().any(|s| s.slug == "postponed"));

    // Two actions, one postponed at 0 %: the plan stands at 40 %; once postponed stops counting,
    // at 80 %, on the dashboard too.
    let text_id = published(db, "C2-R70").await;
    let in_progress = status(db, "in-progress").await;
    add(db, text_id, &action_input("Survey", None, in_progress, "80", "1")).await;
    add(db, text_id, &action_input("Paving", None, postponed.id, "0", "1")).await;
    assert_eq!(implementation::plan(db, text_id).await.unwrap().progress, Some(40));
    assert_eq!(copies.dashboard(db).await.unwrap().progress, Some(40));
    let no_longer_counts = StatusFields::parse(&status_input("postponed", "Postponed", "", false)).unwrap();
    implementation::update_status(db, &secretariat(), postponed.id, &no_longer_counts).await.unwrap();
    assert_eq!(implementation::plan(db, text_id).await.unwrap().progress, Some(80));
    let dashboard = copies.dashboard(db).await.unwrap();
    assert_eq!(dashboard.progress, Some(80));
    assert!(dashboard.by_status.iter().any(|row| row.label[1] == "Postponed" && row.count == 1));
}

/// An edition held from `starts_on` for three days.
async fn edition(db: &DatabaseConnection, starts_on: chrono::NaiveDate) -> i32 {
    let day = |n: u64| (starts_on + chrono::Days::new(n)).to_string();
    let input = app::conferences::EditionInput {
        starts_on: day(0),
        ends_on: day(2),
        registration_opens: format!("{}T09:00", starts_on - chrono::Days::new(120)),
        registration_closes: format!("{}T23:59", starts_on - chrono::Days::new(10)),
        ..super::conferences::ramallah()
    };
    let edition = app::conferences::service::Edition::parse(&input).unwrap();
    app::conferences::service::create_edition(db, &secretariat(), &edition).await.unwrap().id
}

/// A plan adopted at one edition and followed at the next: per edition, what it adopted or
/// renewed and where that stands now, the earliest edition first; an unknown edition is refused
/// and changes nothing; the audit keeps the editions before and after.
async fn actions_span_conference_editions(db: &DatabaseConnection) {
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // Created out of order: the list follows the dates, not the ids.
    let third = edition(db, date(2029, 5, 8)).await;
    let second = edition(db, date(2027, 5, 10)).await;
    let text = draft(db, &recommendation("C2-R30")).await;
    let at_second = Adoption { edition_id: Some(second), ..adoption() };
    resolutions::adopt(db, &secretariat(), text.id, &at_second).await.unwrap();
    resolutions::move_text(db, &secretariat(), text.id, TextState::Published).await.unwrap();
    let form = implementation::action_form(db, Some(text.id), None, Lang::En).await.unwrap();
    assert_eq!(form.input.editions, vec![second.to_string()], "a new action is the adopting edition's");
    assert_eq!(form.editions.len(), 2);

    let (in_progress, completed) = (status(db, "in-progress").await, status(db, "completed").await);
    let at = |ids: &[i32]| ids.iter().map(i32::to_string).collect::<Vec<_>>();
    let market = add(
        db,
        text.id,
        &ActionInput { editions: at(&[second]), ..action_input("Central market", None, completed, "", "1") },
    )
    .await;
    let hall =
        ActionInput { editions: at(&[second, third]), ..action_input("Sports hall", None, in_progress, "40", "3") };
    let hall_id = add(db, text.id, &hall).await.id;
    let transport = add(
        db,
        text.id,
        &ActionInput { editions: at(&[third]), ..action_input("Transport network", None, in_progress, "10", "1") },
    )
    .await;
    let standings = |plan: app::resolutions::implementation::Implementation| -> Vec<(i32, Vec<i32>, u64, Option<i32>)> {
        plan.by_edition.into_iter().map(|s| (s.edition_id, s.action_ids, s.completed, s.progress)).collect()
    };
    let plan = implementation::plan(db, text.id).await.unwrap();
    assert_eq!(plan.by_edition[0].title.get(Lang::Fr), "Deuxième conférence du réseau de solidarité");
    assert_eq!(
        standings(plan),
        vec![
            (second, vec![market.id, hall_id], 1, Some(55)),   // (100 + 40 × 3) / 4
            (third, vec![hall_id, transport.id], 0, Some(33)), // (40 × 3 + 10) / 4 = 32.5
        ]
    );
    let page = implementation::action_page(db, hall_id, Reader::Public).await.unwrap();
    assert_eq!(page.editions.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![second, third]);
    // The dashboard weighs each edition's actions the same way, the earliest edition first.
    let dashboard = implementation::dashboard(db).await.unwrap();
    let by_edition: Vec<(u64, Option<i32>)> =
        dashboard.by_edition.iter().map(|row| (row.count, row.progress)).collect();
    assert_eq!(by_edition, vec![(2, Some(55)), (2, Some(33))]);

    // An edition that does not exist: refused, the links stay as they were.
    let unknown = ActionInput { editions: at(&[second, 9999]), ..hall.clone() };
    let refused =
        implementation::update_action(db, &secretariat(), hall_id, &ActionFields::parse(&unknown).unwrap()).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "editions", .. })), "{refused:?}");
    let unchanged = standings(implementation::plan(db, text.id).await.unwrap());
    assert_eq!(unchanged[1].1, vec![hall_id, transport.id]);

    // No longer renewed at the third edition: it leaves that edition's list; the audit says so.
    let second_only = ActionInput { editions: at(&[second]), ..hall };
    implementation::update_action(db, &secretariat(), hall_id, &ActionFields::parse(&second_only).unwrap())
        .await
        .unwrap();
    let after = standings(implementation::plan(db, text.id).await.unwrap());
    assert_eq!(after[1], (third, vec![transport.id], 0, Some(10)));
    // The tracker names them too, for spreadsheets and anyone's tools.
    let rows = implementation::tracker(db).await.unwrap();
    let transport_row = rows.iter().find(|row| row.action_id == transport.id).unwrap();
    assert_eq!(transport_row.editions.iter().map(|e| e.id).collect::<Vec<_>>(), vec![third]);
    let csv = String::from_utf8(implementation::tracker_csv(db, Lang::En).await.unwrap()).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",Adopted or renewed at"), "{csv}");
    let market_line = csv.lines().find(|line| line.contains("Central market")).unwrap();
    assert!(market_line.ends_with(",Second Conference of the Solidarity Network"), "{market_line}");
    let entry = app::audit::entity::Entity::find()
        .filter(app::audit::entity::Column::Action.eq("resolution.action_updated"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let editions =
        |json: Option<String>| serde_json::from_str::<serde_json::Value>(&json.unwrap()).unwrap()["editions"].clone();
    assert_eq!(editions(entry.before), serde_json::json!([second.min(third), second.max(third)]));
    assert_eq!(editions(entry.after), serde_json::json!([second]));

    // An edition that adopted a whole plan, projects and their sub-actions, stands where the
    // plan stands: a project counts once, with the progress its sub-actions give it.
    let whole = published(db, "C2-R31").await;
    let of_second = |input: ActionInput| ActionInput { editions: at(&[second]), ..input };
    let project = add(db, whole, &of_second(action_input("Heritage programme", None, in_progress, "", "1"))).await;
    add(db, whole, &of_second(action_input("Old city survey", Some(project.id), completed, "", "1"))).await;
    add(db, whole, &of_second(action_input("Facade repairs", Some(project.id), in_progress, "0", "3"))).await;
    add(db, whole, &of_second(action_input("Heritage map", None, completed, "", "1"))).await;
    let plan = implementation::plan(db, whole).await.unwrap();
    assert_eq!(plan.progress, Some(63)); // (25 + 100) / 2, the project at (100 + 0 × 3) / 4
    assert_eq!(
        standings(plan),
        vec![(second, plan_ids(db, whole).await, 2, Some(63))],
        "the edition stands where its plan stands"
    );

    // Actions planned while the text was a draft become the adopting edition's.
    let drafted = draft(db, &recommendation("C2-R32")).await;
    let early = add(db, drafted.id, &action_input("Early planning", None, in_progress, "5", "1")).await;
    assert!(implementation::plan(db, drafted.id).await.unwrap().by_edition.is_empty());
    resolutions::adopt(db, &secretariat(), drafted.id, &at_second).await.unwrap();
    let adopted = standings(implementation::plan(db, drafted.id).await.unwrap());
    assert_eq!(adopted, vec![(second, vec![early.id], 0, Some(5))]);
}

/// A plan's action ids in its tree order.
async fn plan_ids(db: &DatabaseConnection, text_id: i32) -> Vec<i32> {
    implementation::plan(db, text_id).await.unwrap().actions.iter().map(|node| node.id).collect()
}
