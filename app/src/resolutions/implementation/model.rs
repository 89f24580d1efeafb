//! What the implementation pages and the server share: who is responsible for an action, the
//! forms (an action, a progress entry, a member's report, a decision on it) and how they are
//! checked, the weighted progress of a tree, and the views.
use crate::conferences::Trilingual;
use crate::domain::{multiline_text, optional_text, parse_date, Choice, FieldError};
use crate::i18n::{Lang, Translated};
use crate::resolutions::{TextSummary, ThemeView};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

crate::choice! {
    /// Who carries an action out.
    pub enum Responsible {
        Secretariat => "responsible-secretariat",
        Member => "responsible-member",
        /// One of the register's addressees (a ministry, an organisation).
        Addressee => "responsible-addressee",
    }
}

crate::choice! {
    /// A member's progress report waits for the secretariat, which accepts it (the action is
    /// updated) or returns it with a reason.
    pub enum ReportState {
        Pending => "report-state-pending",
        Accepted => "report-state-accepted",
        Returned => "report-state-returned",
    }
}

/// A status of the list the secretariat edits ("in progress", "stalled"…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusView {
    pub id: i32,
    pub slug: String,
    pub name: [String; 3],
    /// The progress an action takes with this status; `None`: it keeps its own.
    pub default_progress: Option<i32>,
    /// Whether an action with it counts in its parent's progress (a cancelled one does not).
    pub counts: bool,
}

impl StatusView {
    pub fn name(&self, lang: Lang) -> &str {
        &self.name[lang.index()]
    }

    /// Done with, for better or worse: never overdue.
    pub fn is_closed(&self) -> bool {
        !self.counts || self.default_progress == Some(100)
    }
}

/// What the status form sends, as typed: its short name and names (as a theme's), the
/// progress it gives, and whether it counts toward its parent's (a check box: "on" or empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusInput {
    pub slug: String,
    pub name_ar: String,
    pub name_en: String,
    pub name_fr: String,
    pub default_progress: String,
    pub counts: String,
}

/// A status whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusFields {
    pub slug: String,
    pub name: [String; 3],
    pub default_progress: Option<i32>,
    pub counts: bool,
}

impl StatusFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &StatusInput) -> Result<StatusFields, Vec<FieldError>> {
        let names = crate::resolutions::ThemeInput {
            slug: input.slug.clone(),
            name_ar: input.name_ar.clone(),
            name_en: input.name_en.clone(),
            name_fr: input.name_fr.clone(),
        };
        let mut problems = Vec::new();
        let names = crate::resolutions::ThemeFields::parse(&names).map_err(|refused| problems.extend(refused)).ok();
        let default_progress = optional_progress(&input.default_progress, "default_progress", &mut problems);
        match names {
            Some(names) if problems.is_empty() => Ok(StatusFields {
                slug: names.slug,
                name: names.name,
                default_progress,
                counts: !input.counts.trim().is_empty(),
            }),
            _ => Err(problems),
        }
    }
}

/// What the action form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionInput {
    /// The page's language: the title typed in it is the original.
    pub language: String,
    pub parent_id: String,
    pub external_id: String,
    pub title_ar: String,
    pub title_en: String,
    pub title_fr: String,
    pub responsible: String,
    pub member_id: String,
    pub addressee_id: String,
    pub status_id: String,
    /// Empty: the status's default progress (or what the action had).
    pub progress: String,
    pub weight: String,
    pub starts_on: String,
    pub due_on: String,
    pub themes: Vec<String>,
    /// The conference editions that adopted or renewed it.
    pub editions: Vec<String>,
}

/// An action whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFields {
    pub parent_id: Option<i32>,
    pub external_id: Option<String>,
    pub title: Translated,
    pub responsible: Responsible,
    pub member_id: Option<i32>,
    pub addressee_id: Option<i32>,
    pub status_id: i32,
    pub progress: Option<i32>,
    pub weight: i32,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub themes: Vec<i32>,
    pub editions: Vec<i32>,
}

/// A positive id as a select sends it; empty is none.
fn optional_id(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<i32> {
    match value.trim() {
        "" => None,
        typed => match typed.parse::<i32>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                problems.push(FieldError { field, key: "error-choice-invalid" });
                None
            }
        },
    }
}

fn optional_date(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<NaiveDate> {
    (!value.trim().is_empty()).then(|| parse_date(value, field, "error-date", problems)).flatten()
}

/// A percentage, 0 to 100; empty is none.
pub fn optional_progress(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<i32> {
    match value.trim().trim_end_matches('%').trim() {
        "" => None,
        typed => match typed.parse::<i32>() {
            Ok(n) if (0..=100).contains(&n) => Some(n),
            _ => {
                problems.push(FieldError { field, key: "error-progress" });
                None
            }
        },
    }
}

impl ActionFields {
    /// Checks every field and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &ActionInput) -> Result<ActionFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let page_lang = Lang::parse(&input.language).filter(|_| input.language.len() == 2).unwrap_or(Lang::En);
        let typed = [
            (Lang::Ar, optional_text(&input.title_ar, "title_ar", 300, &mut problems)),
            (Lang::En, optional_text(&input.title_en, "title_en", 300, &mut problems)),
            (Lang::Fr, optional_text(&input.title_fr, "title_fr", 300, &mut problems)),
        ];
        // The page's language is the original when its title was typed; else the first typed.
        let original = typed
            .iter()
            .find(|(lang, title)| *lang == page_lang && title.is_some())
            .or_else(|| typed.iter().find(|(_, title)| title.is_some()))
            .map(|(lang, _)| *lang);
        if original.is_none() {
            let field = match page_lang {
                Lang::Ar => "title_ar",
                Lang::En => "title_en",
                Lang::Fr => "title_fr",
            };
            problems.push(FieldError { field, key: "error-title-one-language" });
        }
        let mut title = Translated::original(original.unwrap_or(page_lang), "");
        for (lang, value) in typed {
            title.set(lang, value);
        }
        let parent_id = optional_id(&input.parent_id, "parent_id", &mut problems);
        let external_id = optional_text(&input.external_id, "external_id", 60, &mut problems);
        if external_id.as_ref().is_some_and(|id| !id.chars().all(|c| c.is_alphanumeric() || "-_./".contains(c))) {
            problems.push(FieldError { field: "external_id", key: "error-external-id" });
        }
        let responsible = Responsible::parse(&input.responsible);
        if responsible.is_none() {
            problems.push(FieldError { field: "responsible", key: "error-choice-invalid" });
        }
        let member_id = optional_id(&input.member_id, "member_id", &mut problems);
        match (responsible, member_id) {
            (Some(Responsible::Member), None) if !problems.iter().any(|p| p.field == "member_id") => {
                problems.push(FieldError { field: "member_id", key: "error-responsible-member" })
            }
            _ => {}
        }
        let addressee_id = optional_id(&input.addressee_id, "addressee_id", &mut problems);
        match (responsible, addressee_id) {
            (Some(Responsible::Addressee), None) if !problems.iter().any(|p| p.field == "addressee_id") => {
                problems.push(FieldError { field: "addressee_id", key: "error-responsible-addressee" })
            }
            _ => {}
        }
        let status_id = optional_id(&input.status_id, "status_id", &mut problems);
        if status_id.is_none() && !problems.iter().any(|p| p.field == "status_id") {
            problems.push(FieldError { field: "status_id", key: "error-required" });
        }
        let progress = optional_progress(&input.progress, "progress", &mut problems);
        let weight = match input.weight.trim() {
            "" => Some(1),
            typed => typed.parse::<i32>().ok().filter(|w| (1..=1000).contains(w)),
        };
        if weight.is_none() {
            problems.push(FieldError { field: "weight", key: "error-weight" });
        }
        let starts_on = optional_date(&input.starts_on, "starts_on", &mut problems);
        let due_on = optional_date(&input.due_on, "due_on", &mut problems);
        if let (Some(start), Some(due)) = (starts_on, due_on) {
            if due < start {
                problems.push(FieldError { field: "due_on", key: "error-due-before-start" });
            }
        }
        let themes = crate::resolutions::checked_ids(&input.themes, "themes", &mut problems);
        let editions = crate::resolutions::checked_ids(&input.editions, "editions", &mut problems);
        match (responsible, status_id, weight) {
            (Some(responsible), Some(status_id), Some(weight)) if problems.is_empty() => Ok(ActionFields {
                parent_id,
                external_id,
                title,
                responsible,
                member_id: member_id.filter(|_| responsible == Responsible::Member),
                addressee_id: addressee_id.filter(|_| responsible == Responsible::Addressee),
                status_id,
                progress,
                weight,
                starts_on,
                due_on,
                themes,
                editions,
            }),
            _ => Err(problems),
        }
    }
}

/// What the progress form sends: what happened and when, and optionally the new progress and
/// status. The secretariat writes it; accepting a member's report writes one too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressInput {
    pub happened_on: String,
    pub note: String,
    pub progress: String,
    pub status_id: String,
}

/// A progress entry whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressFields {
    pub happened_on: NaiveDate,
    pub note: String,
    pub progress: Option<i32>,
    pub status_id: Option<i32>,
}

/// A note that must say something.
fn required_note(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> String {
    let note = multiline_text(value, field, 5_000, problems);
    if note.is_empty() {
        problems.push(FieldError { field, key: "error-required" });
    }
    note
}

impl ProgressFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &ProgressInput, today: NaiveDate) -> Result<ProgressFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let happened_on = parse_date(&input.happened_on, "happened_on", "error-date", &mut problems);
        if happened_on.is_some_and(|date| date > today) {
            problems.push(FieldError { field: "happened_on", key: "error-date-future" });
        }
        let note = required_note(&input.note, "note", &mut problems);
        let progress = optional_progress(&input.progress, "progress", &mut problems);
        let status_id = optional_id(&input.status_id, "status_id", &mut problems);
        match happened_on {
            Some(happened_on) if problems.is_empty() => Ok(ProgressFields { happened_on, note, progress, status_id }),
            _ => Err(problems),
        }
    }
}

/// What a focal point reports on an action of its member: where it stands and what was done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    pub progress: String,
    pub note: String,
}

/// A report whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportFields {
    pub progress: i32,
    pub note: String,
}

impl ReportFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &ReportInput) -> Result<ReportFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let progress = optional_progress(&input.progress, "progress", &mut problems);
        if progress.is_none() && !problems.iter().any(|p| p.field == "progress") {
            problems.push(FieldError { field: "progress", key: "error-progress" });
        }
        let note = required_note(&input.note, "note", &mut problems);
        match progress {
            Some(progress) if problems.is_empty() => Ok(ReportFields { progress, note }),
            _ => Err(problems),
        }
    }
}

/// The reason a report is returned: required, the focal point reads it in an email.
///
/// # Errors
/// `reason` refused.
pub fn return_reason(value: &str) -> Result<String, Vec<FieldError>> {
    let mut problems = Vec::new();
    let reason = required_note(value, "reason", &mut problems);
    if problems.is_empty() {
        Ok(reason)
    } else {
        Err(problems)
    }
}

/// What rolling progress up needs of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weighed {
    pub id: i32,
    pub parent_id: Option<i32>,
    /// Its own progress, used when it has no children that count.
    pub progress: i32,
    pub weight: i32,
    /// A cancelled action does not count in its parent's progress.
    pub counts: bool,
}

/// The mean of (progress, weight) pairs, rounded; `None` for none.
pub fn weighted_mean(counted: &[(i64, i64)]) -> Option<i32> {
    let total: i64 = counted.iter().map(|(_, weight)| weight).sum();
    (total > 0).then(|| {
        let sum: i64 = counted.iter().map(|(progress, weight)| progress * weight).sum();
        i32::try_from((sum + total / 2) / total).unwrap_or(0)
    })
}

/// Every action's progress, a parent's computed from its children by weight (children that do
/// not count left out), and the whole plan's from the top-level actions; `None` for a plan with
/// nothing that counts. Rounded to whole percents once, at the end of each level.
pub fn roll_up(actions: &[Weighed]) -> (HashMap<i32, i32>, Option<i32>) {
    let mut children: HashMap<Option<i32>, Vec<&Weighed>> = HashMap::new();
    for action in actions {
        children.entry(action.parent_id).or_default().push(action);
    }
    fn weighted(
        of: Option<i32>,
        children: &HashMap<Option<i32>, Vec<&Weighed>>,
        out: &mut HashMap<i32, i32>,
        depth: u32,
    ) -> Option<i32> {
        let counted: Vec<(i64, i64)> = children
            .get(&of)
            .into_iter()
            .flatten()
            .filter_map(|child| {
                // A cycle cannot be stored; the depth guard keeps a corrupt table from looping.
                let own = if depth < 64 { weighted(Some(child.id), children, out, depth + 1) } else { None };
                let progress = own.unwrap_or(child.progress);
                out.insert(child.id, progress);
                child.counts.then_some((i64::from(progress), i64::from(child.weight.max(1))))
            })
            .collect();
        weighted_mean(&counted)
    }
    let mut out = HashMap::new();
    let overall = weighted(None, &children, &mut out, 0);
    (out, overall)
}

/// What an edition adopted or renewed of a plan: its actions in the plan's order, and the
/// (progress, weight) pairs its progress is weighed from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditionShare {
    pub action_ids: Vec<i32>,
    pub counted: Vec<(i64, i64)>,
}

/// Per edition (`links`: action and edition), the actions of `nodes` it adopted or renewed.
/// Its progress is weighed from the topmost of them, as a parent weighs its children: a project
/// adopted with its sub-actions counts once, with the progress they give it, so an edition that
/// adopted a whole plan stands where the plan stands.
pub fn edition_shares(nodes: &[ActionNode], links: &[(i32, i32)]) -> BTreeMap<i32, EditionShare> {
    let mut of_edition: BTreeMap<i32, HashSet<i32>> = BTreeMap::new();
    for &(action_id, edition_id) in links {
        of_edition.entry(edition_id).or_default().insert(action_id);
    }
    let parent_of: HashMap<i32, Option<i32>> = nodes.iter().map(|node| (node.id, node.parent_id)).collect();
    let under_one_of = |id: i32, ids: &HashSet<i32>| {
        let mut parent = parent_of.get(&id).copied().flatten();
        // A plan is a tree (cycles are refused); the bound only keeps a bad row from looping.
        for _ in 0..nodes.len() {
            match parent {
                Some(up) if ids.contains(&up) => return true,
                Some(up) => parent = parent_of.get(&up).copied().flatten(),
                None => return false,
            }
        }
        false
    };
    of_edition
        .into_iter()
        .map(|(edition_id, ids)| {
            let adopted: Vec<&ActionNode> = nodes.iter().filter(|node| ids.contains(&node.id)).collect();
            let counted = adopted
                .iter()
                .filter(|node| node.status.counts && !under_one_of(node.id, &ids))
                .map(|node| (i64::from(node.progress), i64::from(node.weight.max(1))))
                .collect();
            (edition_id, EditionShare { action_ids: adopted.iter().map(|node| node.id).collect(), counted })
        })
        .collect()
}

/// Per edition, by id: its actions, how many are complete and overdue, and its progress (see
/// [`edition_shares`]). Titles are left to fill.
pub fn standings(nodes: &[ActionNode], links: &[(i32, i32)]) -> Vec<EditionStanding> {
    let by_id: HashMap<i32, &ActionNode> = nodes.iter().map(|node| (node.id, node)).collect();
    edition_shares(nodes, links)
        .into_iter()
        .map(|(edition_id, share)| {
            let adopted: Vec<&ActionNode> = share.action_ids.iter().filter_map(|id| by_id.get(id).copied()).collect();
            EditionStanding {
                edition_id,
                title: Trilingual::default(),
                completed: adopted.iter().filter(|node| node.status.counts && node.progress >= 100).count() as u64,
                overdue: adopted.iter().filter(|node| node.overdue).count() as u64,
                progress: weighted_mean(&share.counted),
                action_ids: share.action_ids,
            }
        })
        .collect()
}

/// One action as the tree shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionNode {
    pub id: i32,
    pub parent_id: Option<i32>,
    /// 0 for a top-level action.
    pub depth: u8,
    pub external_id: Option<String>,
    pub title: Translated,
    pub responsible: Responsible,
    /// The responsible member's id and name.
    pub member: Option<(i32, String)>,
    /// The responsible addressee's name.
    pub addressee: Option<String>,
    pub status: StatusView,
    /// Computed from its children when it has some.
    pub progress: i32,
    pub weight: i32,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub overdue: bool,
    pub has_children: bool,
}

impl ActionNode {
    /// The member's or the addressee's name when one carries it out; `None` for the secretariat.
    pub fn responsible_name(&self) -> Option<&str> {
        match self.responsible {
            Responsible::Member => self.member.as_ref().map(|(_, name)| name.as_str()),
            Responsible::Addressee => self.addressee.as_deref(),
            Responsible::Secretariat => None,
        }
    }
}

/// A text's action plan: every action in tree order, and the whole plan's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Implementation {
    pub actions: Vec<ActionNode>,
    pub progress: Option<i32>,
    /// What each conference edition adopted or renewed of the plan, oldest edition first.
    pub by_edition: Vec<EditionStanding>,
}

/// The actions an edition adopted or renewed, and where they stand now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionStanding {
    pub edition_id: i32,
    pub title: Trilingual,
    /// In the plan's tree order.
    pub action_ids: Vec<i32>,
    pub completed: u64,
    pub overdue: u64,
    /// Their progress now, weighed as a parent weighs its children.
    pub progress: Option<i32>,
}

/// One dated line of an action's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntryView {
    pub happened_on: NaiveDate,
    pub note: String,
    pub progress_after: Option<i32>,
    pub status: Option<[String; 3]>,
    pub author_name: String,
}

/// A member's progress report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    pub action_id: i32,
    pub action_title: Translated,
    pub text_reference: String,
    pub member_name: String,
    pub author_name: String,
    pub progress: i32,
    pub note: String,
    pub state: ReportState,
    pub reason: String,
    pub created_on: NaiveDate,
}

/// An action's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionPage {
    pub text: TextSummary,
    /// Its ancestors, the top-level one first.
    pub path: Vec<(i32, Translated)>,
    pub action: ActionNode,
    pub children: Vec<ActionNode>,
    pub themes: Vec<ThemeView>,
    /// The editions that adopted or renewed it, oldest first.
    pub editions: Vec<(i32, Trilingual)>,
    pub timeline: Vec<TimelineEntryView>,
    /// The reports the reader may see: all for the secretariat, its member's for a focal point.
    pub reports: Vec<ReportView>,
    pub may_manage: bool,
    /// The reader is a focal point of the responsible member.
    pub may_report: bool,
    pub statuses: Vec<StatusView>,
}

/// What the action form needs: the text, the values, and the choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionForm {
    pub text: TextSummary,
    /// `None` for a new action.
    pub action_id: Option<i32>,
    pub input: ActionInput,
    /// The actions it may be placed under, in tree order with their depth.
    pub parents: Vec<(i32, u8, Translated)>,
    pub members: Vec<(i32, String)>,
    /// The register's addressees: id and name.
    pub addressees: Vec<(i32, String)>,
    pub statuses: Vec<StatusView>,
    pub themes: Vec<ThemeView>,
    /// Every conference edition: the upcoming ones, the soonest first, then the past ones, the
    /// latest first.
    pub editions: Vec<(i32, Trilingual)>,
}

/// `/resolutions/reports`: the secretariat's queue of pending reports, or a focal point's
/// actions and the reports it sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportsPage {
    /// The actions the reader's member is responsible for (focal points), with their text.
    pub actions: Vec<(String, ActionNode)>,
    pub reports: Vec<ReportView>,
    pub may_manage: bool,
}

/// One bar of a dashboard chart: what it counts, how many texts or actions, their progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardRow {
    /// The label in ar, en, fr.
    pub label: [String; 3],
    pub count: u64,
    /// The mean progress of the texts (by theme) or the weighed progress of the actions (by
    /// edition) counted; `None` for a count-only row (statuses).
    pub progress: Option<i32>,
}

/// `/resolutions/dashboard`: where the published texts' plans stand, by theme, by conference
/// edition and by status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub texts: u64,
    pub texts_with_plans: u64,
    pub actions: u64,
    pub overdue: u64,
    /// The mean progress of the texts with a plan.
    pub progress: Option<i32>,
    /// Texts, by their themes.
    pub by_theme: Vec<DashboardRow>,
    /// Actions, by the editions that adopted or renewed them, the earliest first.
    pub by_edition: Vec<DashboardRow>,
    pub by_status: Vec<DashboardRow>,
}

/// One action of a published text, as the tracker's exports (CSV, JSON) give it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackerRow {
    pub text_id: i32,
    pub text_reference: String,
    pub text_kind: crate::resolutions::TextKind,
    pub text_title: Translated,
    pub adopted_on: Option<NaiveDate>,
    pub action_id: i32,
    pub parent_id: Option<i32>,
    pub depth: u8,
    pub external_id: Option<String>,
    pub title: Translated,
    pub responsible: Responsible,
    pub member: Option<String>,
    pub addressee: Option<String>,
    /// The status's short name, as in the list the secretariat edits.
    pub status: String,
    pub progress: i32,
    pub weight: i32,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub overdue: bool,
    /// The conference editions that adopted or renewed it, the earliest first.
    pub editions: Vec<TrackerEdition>,
}

/// An edition as the tracker names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackerEdition {
    pub id: i32,
    pub title: Trilingual,
}

/// A line of an uploaded spreadsheet that cannot be applied, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkProblem {
    /// 1 is the header.
    pub line: u64,
    pub column: String,
    /// The Fluent key of the reason.
    pub key: String,
}

/// What one line would change on its action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkChange {
    pub line: u64,
    pub action_id: i32,
    pub external_id: String,
    pub title: Translated,
    /// Before and after, when it changes.
    pub progress: Option<(i32, i32)>,
    pub status: Option<([String; 3], [String; 3])>,
    pub new_status_id: Option<i32>,
    pub due_on: Option<(Option<NaiveDate>, NaiveDate)>,
    /// When it happened, for the timeline (today when the line does not say).
    pub happened_on: Option<NaiveDate>,
    pub note: String,
}

/// An uploaded spreadsheet of action updates: the dry run (what would change, every line that
/// cannot be applied), and whether it was applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkPreview {
    pub id: i32,
    pub file_name: String,
    pub lines: u64,
    pub changes: Vec<BulkChange>,
    /// Lines that change nothing.
    pub unchanged: u64,
    pub problems: Vec<BulkProblem>,
    pub applied: Option<(NaiveDate, i32)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(id: i32, parent_id: Option<i32>, progress: i32, weight: i32) -> Weighed {
        Weighed { id, parent_id, progress, weight, counts: true }
    }

    #[test]
    fn progress_rolls_up_a_three_level_tree_by_weight() {
        // 1 ← (2 ← (4: 100 %, w1; 5: 0 %, w3), 3: 50 %, w1); 6: 20 % alone.
        let actions = [
            action(1, None, 0, 2),
            action(2, Some(1), 0, 1),
            action(3, Some(1), 50, 1),
            action(4, Some(2), 100, 1),
            action(5, Some(2), 0, 3),
            action(6, None, 20, 1),
        ];
        let (each, overall) = roll_up(&actions);
        assert_eq!(each[&2], 25);
        assert_eq!(each[&1], 38); // (25 + 50) / 2 = 37.5, rounded
        assert_eq!(overall, Some(32)); // (38 × 2 + 20) / 3
    }

    #[test]
    fn cancelled_actions_do_not_count_and_an_empty_plan_has_no_progress() {
        let mut cancelled = action(2, Some(1), 0, 5);
        cancelled.counts = false;
        let (each, overall) = roll_up(&[action(1, None, 0, 1), cancelled, action(3, Some(1), 80, 1)]);
        assert_eq!(each[&1], 80);
        assert_eq!(overall, Some(80));
        assert_eq!(roll_up(&[]).1, None);
    }

    #[test]
    fn an_action_needs_a_title_weight_and_sensible_dates() {
        let input = ActionInput {
            language: "fr".into(),
            title_ar: "تأهيل السوق المركزي".into(),
            responsible: "member".into(),
            status_id: "1".into(),
            progress: "140".into(),
            weight: "0".into(),
            starts_on: "2027-06-01".into(),
            due_on: "2027-01-01".into(),
            ..Default::default()
        };
        let fields: Vec<&str> = ActionFields::parse(&input).unwrap_err().iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["member_id", "progress", "weight", "due_on"]);
        let fine = ActionInput {
            member_id: "7".into(),
            progress: "40 %".into(),
            weight: "".into(),
            due_on: "2027-12-31".into(),
            ..input
        };
        let action = ActionFields::parse(&fine).unwrap();
        // Typed in Arabic only on a French page: Arabic is the original.
        assert_eq!(action.title.original, Lang::Ar);
        assert_eq!((action.progress, action.weight, action.member_id), (Some(40), 1, Some(7)));
    }
}
