//! Twinning's types that pages and the server share: kinds and stages of agreements, what the
//! agreement form sends and how it is checked, and the views pages show.
use crate::domain::{multiline_text, optional_text, parse_date, required_text, Choice, FieldError};
use crate::i18n::Lang;
use crate::membership::DirectoryEntry;
use crate::resolutions::ThemeView;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::choice! {
    /// What two or more cities signed.
    pub enum AgreementKind {
        Twinning => "agreement-kind-twinning",
        /// "Brotherhood and cooperation", as Hebron and Greater Amman signed.
        Brotherhood => "agreement-kind-brotherhood",
        Memorandum => "agreement-kind-memorandum",
        Cooperation => "agreement-kind-cooperation",
        LetterOfIntent => "agreement-kind-letter-of-intent",
    }
}

crate::choice! {
    /// Where an agreement stands, in the order agreements go through.
    pub enum AgreementStage {
        Proposed => "agreement-stage-proposed",
        CouncilDecision => "agreement-stage-council-decision",
        Signed => "agreement-stage-signed",
        Active => "agreement-stage-active",
        Dormant => "agreement-stage-dormant",
        Ended => "agreement-stage-ended",
    }
}

impl AgreementStage {
    fn rank(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or_default()
    }

    /// Stages go forward (one may be skipped: not every council votes); a dormant agreement may
    /// come back to life.
    pub fn may_become(self, next: AgreementStage) -> bool {
        next.rank() > self.rank() || (self == AgreementStage::Dormant && next == AgreementStage::Active)
    }

    /// Its parties work together under it: the map draws it.
    pub fn is_in_force(self) -> bool {
        matches!(self, AgreementStage::Signed | AgreementStage::Active)
    }
}

/// Theme ids as the check boxes send them, each once.
pub(super) fn theme_ids(typed: &[String], problems: &mut Vec<FieldError>) -> Vec<i32> {
    let mut themes = Vec::new();
    // A set beside the list: a hostile form may post thousands of ids.
    let mut seen = std::collections::HashSet::new();
    for theme in typed {
        match theme.trim().parse::<i32>() {
            Ok(id) if seen.insert(id) => themes.push(id),
            Ok(_) => {}
            Err(_) => problems.push(FieldError { field: "themes", key: "error-choice-invalid" }),
        }
    }
    themes
}

/// A member chosen in a select: `None` when nothing was chosen.
pub(super) fn chosen_id(typed: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<i32> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let id = typed.parse::<i32>().ok();
    if id.is_none() {
        problems.push(FieldError { field, key: "error-choice-invalid" });
    }
    id
}

/// The most parties one form records (a twinning has two; regional agreements a few more).
pub const PARTY_SLOTS: usize = 4;

/// One party as the form sends it: a member of the network, or another city or body by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartyInput {
    /// A member's id; empty for another city or body.
    pub member: String,
    /// Another party's name in its own script.
    pub name: String,
    pub latin_name: String,
    pub country: String,
    pub signatory_name: String,
    pub signatory_title: String,
}

impl PartyInput {
    fn is_blank(&self) -> bool {
        [&self.member, &self.name, &self.latin_name, &self.country, &self.signatory_name, &self.signatory_title]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// What the agreement form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreementInput {
    pub kind: String,
    pub title: String,
    /// The language the title and summary are written in.
    pub language: String,
    pub summary: String,
    pub signed_place: String,
    /// When it was first proposed (a new agreement's first stage).
    pub proposed_on: String,
    /// Theme ids, as the check boxes send them.
    pub themes: Vec<String>,
    pub parties: Vec<PartyInput>,
}

/// Who a party is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    Member(i32),
    Other { name: String, latin_name: String, country: String },
}

/// A party whose every field was checked, with who signed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyFields {
    /// The form's slot it came from, from 0 (messages name its fields).
    pub slot: usize,
    pub party: Party,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
}

/// An agreement whose every field was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementFields {
    pub kind: AgreementKind,
    pub title: String,
    pub language: Lang,
    pub summary: String,
    pub signed_place: Option<String>,
    pub proposed_on: Option<NaiveDate>,
    pub themes: Vec<i32>,
    pub parties: Vec<PartyFields>,
}

impl AgreementFields {
    /// Each party slot's fields are named `party{n}_{field}` in messages, `n` from 1.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &AgreementInput) -> Result<AgreementFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let kind = AgreementKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let title = required_text(&input.title, "title", 300, &mut problems);
        let language = Lang::parse(&input.language);
        if language.is_none() {
            problems.push(FieldError { field: "language", key: "error-choice-invalid" });
        }
        let summary = multiline_text(&input.summary, "summary", 4000, &mut problems);
        let signed_place = optional_text(&input.signed_place, "signed_place", 200, &mut problems);
        let proposed_on = if input.proposed_on.trim().is_empty() {
            None
        } else {
            parse_date(&input.proposed_on, "proposed_on", "error-date", &mut problems)
        };
        let themes = theme_ids(&input.themes, &mut problems);
        let mut parties = Vec::new();
        let mut members = Vec::new();
        for (slot, party) in input.parties.iter().take(PARTY_SLOTS).enumerate() {
            if party.is_blank() {
                continue;
            }
            let [member_f, name_f, latin_f, country_f, signatory_f, title_f] = PARTY_FIELDS[slot];
            let signatory_name = optional_text(&party.signatory_name, signatory_f, 200, &mut problems);
            let signatory_title = optional_text(&party.signatory_title, title_f, 200, &mut problems);
            let party = if party.member.trim().is_empty() {
                let name = required_text(&party.name, name_f, 200, &mut problems);
                let latin_name = required_text(&party.latin_name, latin_f, 200, &mut problems);
                let country = party.country.trim().to_uppercase();
                if crate::membership::country_name(&country, Lang::En).is_none() {
                    problems.push(FieldError { field: country_f, key: "error-choice-invalid" });
                }
                Party::Other { name, latin_name, country }
            } else {
                match party.member.trim().parse::<i32>() {
                    Ok(id) if members.contains(&id) => {
                        problems.push(FieldError { field: member_f, key: "error-party-twice" });
                        continue;
                    }
                    Ok(id) => {
                        members.push(id);
                        Party::Member(id)
                    }
                    Err(_) => {
                        problems.push(FieldError { field: member_f, key: "error-choice-invalid" });
                        continue;
                    }
                }
            };
            parties.push(PartyFields { slot, party, signatory_name, signatory_title });
        }
        if parties.len() + problems.iter().filter(|p| p.key == "error-party-twice").count() < 2 {
            problems.push(FieldError { field: "parties", key: "error-agreement-parties" });
        }
        match (kind, language) {
            (Some(kind), Some(language)) if problems.is_empty() => {
                Ok(AgreementFields { kind, title, language, summary, signed_place, proposed_on, themes, parties })
            }
            _ => Err(problems),
        }
    }

    /// The members among the parties.
    pub fn member_ids(&self) -> Vec<i32> {
        self.parties
            .iter()
            .filter_map(|p| match p.party {
                Party::Member(id) => Some(id),
                Party::Other { .. } => None,
            })
            .collect()
    }
}

/// The names of each party slot's fields in messages and ids (`party1_member`…).
pub const PARTY_FIELDS: [[&str; 6]; PARTY_SLOTS] = [
    [
        "party1_member",
        "party1_name",
        "party1_latin_name",
        "party1_country",
        "party1_signatory_name",
        "party1_signatory_title",
    ],
    [
        "party2_member",
        "party2_name",
        "party2_latin_name",
        "party2_country",
        "party2_signatory_name",
        "party2_signatory_title",
    ],
    [
        "party3_member",
        "party3_name",
        "party3_latin_name",
        "party3_country",
        "party3_signatory_name",
        "party3_signatory_title",
    ],
    [
        "party4_member",
        "party4_name",
        "party4_latin_name",
        "party4_country",
        "party4_signatory_name",
        "party4_signatory_title",
    ],
];

/// A stage reached, as the stage form sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageFields {
    pub stage: AgreementStage,
    pub reached_on: NaiveDate,
}

impl StageFields {
    /// # Errors
    /// One entry per refused field.
    pub fn parse(stage: &str, reached_on: &str) -> Result<StageFields, Vec<FieldError>> {
        let mut problems = Vec::new();
        let stage = AgreementStage::parse(stage);
        if stage.is_none() {
            problems.push(FieldError { field: "stage", key: "error-choice-invalid" });
        }
        let reached_on = parse_date(reached_on, "reached_on", "error-date", &mut problems);
        match (stage, reached_on) {
            (Some(stage), Some(reached_on)) => Ok(StageFields { stage, reached_on }),
            _ => Err(problems),
        }
    }
}

/// A party as pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyView {
    /// The member, when the party is one.
    pub member: Option<DirectoryEntry>,
    /// Another party's name in its own script and in Latin letters.
    pub name: String,
    pub latin_name: String,
    pub country: String,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
}

impl PartyView {
    /// The name a reader of `lang` knows the party by.
    pub fn shown_name(&self, lang: Lang) -> &str {
        match &self.member {
            Some(member) => member.display_name(lang),
            None if lang == Lang::Ar => &self.name,
            None => &self.latin_name,
        }
    }
}

/// A stage an agreement reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageView {
    pub stage: AgreementStage,
    pub reached_on: NaiveDate,
}

/// An agreement as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementSummary {
    pub id: i32,
    pub kind: AgreementKind,
    pub title: String,
    pub language: Lang,
    pub stage: AgreementStage,
    pub stage_on: NaiveDate,
    pub validated: bool,
    pub parties: Vec<PartyView>,
    pub themes: Vec<i32>,
}

/// A document of an agreement, as its page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: i32,
    pub title: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: u64,
    pub uploaded_on: NaiveDate,
}

/// The largest document an agreement takes: a scanned agreement of a few dozen pages.
pub const DOCUMENT_MOST_BYTES: usize = 10 * 1024 * 1024;

/// An agreement in full, with what the reader may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementPage {
    pub summary: AgreementSummary,
    pub text: String,
    pub signed_place: Option<String>,
    pub stages: Vec<StageView>,
    pub themes: Vec<ThemeView>,
    pub documents: Vec<DocumentView>,
    /// Its last change, which the secretariat's validation names: a change by a party in
    /// between asks the secretariat to read it again.
    pub version: i64,
    /// The reader is the secretariat or a party's focal point: they change it and add and
    /// remove its documents.
    pub may_edit: bool,
    pub may_validate: bool,
}

/// What `/twinning` asks for; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreementQuery {
    pub kind: String,
    pub theme: String,
    pub stage: String,
    /// "awaiting": those waiting for the secretariat's validation.
    pub review: String,
    pub page: u64,
}

/// The registry's agreements, with the themes to name and filter by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementList {
    pub agreements: Vec<AgreementSummary>,
    pub themes: Vec<ThemeView>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// The reader may record an agreement (the secretariat, a focal point).
    pub may_propose: bool,
}

/// The agreement form: its values and its choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementForm {
    pub current: AgreementInput,
    pub themes: Vec<ThemeView>,
    /// Members as (id, name in the reader's language).
    pub members: Vec<(i32, String)>,
    /// A focal point's own member, which must stay a party.
    pub own_member: Option<i32>,
}

/// The map's projection: plate carrée from 84° N to 58° S, ten units a degree, as
/// scripts/gen-world-map.py drew the countries' outlines (`world.path`).
pub mod projection {
    pub const SCALE: f64 = 10.0;
    pub const LAT_TOP: f64 = 84.0;
    pub const LAT_BOTTOM: f64 = -58.0;
    pub const WIDTH: f64 = 360.0 * SCALE;
    pub const HEIGHT: f64 = (LAT_TOP - LAT_BOTTOM) * SCALE;

    /// A place in map units, to a tenth: (x, y).
    // Within ±3,600 units: an f32 holds them to the tenth.
    #[allow(clippy::cast_possible_truncation)]
    pub fn project(latitude: f64, longitude: f64) -> (f32, f32) {
        let x = (longitude + 180.0) * SCALE;
        let y = (LAT_TOP - latitude.clamp(LAT_BOTTOM, LAT_TOP)) * SCALE;
        (((x * 10.0).round() / 10.0) as f32, ((y * 10.0).round() / 10.0) as f32)
    }
}

/// What `/twinning/map` asks for; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MapQuery {
    pub kind: String,
    pub theme: String,
}

/// A member on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapPoint {
    pub member: DirectoryEntry,
    pub latitude: f64,
    pub longitude: f64,
    /// How many of the agreements drawn it is party to.
    pub agreements: u32,
}

/// A line between two parties of an agreement in force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapLink {
    pub agreement_id: i32,
    pub kind: AgreementKind,
    pub title: String,
    pub from: (f64, f64),
    pub to: (f64, f64),
}

/// What the map page says of its drawing (the drawing itself is a document of its own, kept
/// drawn on the server), and the themes to filter by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapSummary {
    pub members: usize,
    pub links: usize,
    pub themes: Vec<ThemeView>,
}

/// The map's members and links, and the themes to filter by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub points: Vec<MapPoint>,
    pub links: Vec<MapLink>,
    pub themes: Vec<ThemeView>,
    /// Agreements in force that the filters keep (some may have fewer than two parties placed).
    pub agreements: u64,
}
