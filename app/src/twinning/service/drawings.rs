//! The map as files of their own, kept drawn: the SVG per language and filter, the GeoJSON per
//! filter, each gzipped once and served again until an agreement or a member changes (the
//! `twinning` and `member_directory` change counters), so the map costs its drawing once.
use super::*;
use crate::i18n::translate;
use crate::server::counters;
use axum::body::Bytes;
use std::io::Write as _;
use std::sync::Arc;

/// What a drawing is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawingFormat {
    Svg(Lang),
    GeoJson,
}

/// A drawing ready to serve: gzipped, with the tag a browser revalidates it by.
#[derive(Debug)]
pub struct MapDrawing {
    pub etag: String,
    pub gzip: Bytes,
    /// Members placed and lines drawn, for the page's description.
    pub members: usize,
    pub links: usize,
}

type DrawingKey = (DrawingFormat, String, String);
/// The change counters a drawing was made under: twinning's and the member directory's.
type DrawingStamp = (i64, i64);
type KeptDrawing = (DrawingKey, DrawingStamp, Arc<MapDrawing>);

/// The drawings this process keeps, the most recently made last (at most [`KEPT_DRAWINGS`]).
#[derive(Default)]
pub struct MapDrawings {
    held: std::sync::Mutex<Vec<KeptDrawing>>,
    /// One drawing made at a time: a burst of visitors after a change waits for the first.
    turn: tokio::sync::Mutex<()>,
}

/// Languages × kinds × themes could be hundreds; the few people look at are kept.
const KEPT_DRAWINGS: usize = 24;

impl MapDrawings {
    fn kept(&self, key: &DrawingKey, stamp: DrawingStamp) -> Option<Arc<MapDrawing>> {
        let held = self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        held.iter().find(|(k, s, _)| k == key && *s == stamp).map(|(_, _, d)| d.clone())
    }

    fn keep(&self, key: DrawingKey, stamp: DrawingStamp, drawing: Arc<MapDrawing>) {
        let mut held = self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        held.retain(|(k, _, _)| *k != key);
        if held.len() >= KEPT_DRAWINGS {
            held.remove(0);
        }
        held.push((key, stamp, drawing));
    }

    /// The drawing of `query` in `format`, made with `draw` from the map's data when none is
    /// kept for the current counters.
    ///
    /// # Errors
    /// Database errors; `Internal` if compressing fails.
    pub async fn get(
        &self,
        db: &impl ConnectionTrait,
        format: DrawingFormat,
        query: &MapQuery,
        draw: impl FnOnce(&MapView) -> String,
    ) -> ServiceResult<Arc<MapDrawing>> {
        use crate::domain::Choice;
        // Only values that filter: any other text in the address is "any", not a new drawing.
        let kind = AgreementKind::parse(&query.kind).map(|k| k.as_str().to_string()).unwrap_or_default();
        let mut theme = query.theme.trim().parse::<i32>().map(|t| t.to_string()).unwrap_or_default();
        // Only a theme that exists: any number in the address must not make a drawing of its own
        // (a stranger could push the kept ones out).
        if !theme.is_empty()
            && !crate::resolutions::service::themes(db).await?.iter().any(|t| t.id.to_string() == theme)
        {
            theme.clear();
        }
        let key = (format, kind.clone(), theme.clone());
        let stamp =
            (counters::read(db, counters::TWINNING).await?, counters::read(db, counters::MEMBER_DIRECTORY).await?);
        if let Some(drawing) = self.kept(&key, stamp) {
            return Ok(drawing);
        }
        let _turn = self.turn.lock().await;
        if let Some(drawing) = self.kept(&key, stamp) {
            return Ok(drawing);
        }
        let map = map(db, &MapQuery { kind: kind.clone(), theme: theme.clone() }).await?;
        let text = draw(&map);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(text.as_bytes()).map_err(|e| ServiceError::Internal(format!("gzip: {e}")))?;
        let gzip = encoder.finish().map_err(|e| ServiceError::Internal(format!("gzip: {e}")))?;
        let format_tag = match format {
            DrawingFormat::Svg(lang) => lang.code(),
            DrawingFormat::GeoJson => "geo",
        };
        let drawing = Arc::new(MapDrawing {
            // Weak: the gzipped and the unpacked answers carry the same tag.
            etag: format!("W/\"map-{format_tag}-{kind}-{theme}-{}-{}\"", stamp.0, stamp.1),
            gzip: Bytes::from(gzip),
            members: map.points.len(),
            links: map.links.len(),
        });
        self.keep(key, stamp, drawing.clone());
        Ok(drawing)
    }
}

/// The countries' outlines (Natural Earth, public domain).
const WORLD_OUTLINE: &str = include_str!("../pages/world.path");

/// The map's own look, so the drawing reads the same alone (no JavaScript: an `<object>`), in
/// the page, and printed.
const MAP_STYLE: &str = ".world-map{display:block;width:100%;height:auto}.world-map .sea{fill:#dfe9ef}\
.world-map .land{fill:#ebe7dc;stroke:#fff;stroke-width:1;stroke-linejoin:round}\
.world-map .map-link{stroke:#1f6b4f;stroke-width:2.5;stroke-linecap:round;opacity:.75;vector-effect:non-scaling-stroke}\
.world-map .map-link.kind-memorandum,.world-map .map-link.kind-letter_of_intent{stroke-dasharray:6 4}\
.world-map .map-member circle{fill:#3c5a80;stroke:#fff;stroke-width:2;vector-effect:non-scaling-stroke}\
.world-map .map-member.palestinian circle{fill:#a1261b}\
.world-map .map-member:hover circle,.world-map .map-member:focus circle{stroke:#9a5b00;stroke-width:4}";

/// `text` without the characters XML does not allow (U+FFFE, U+FFFF, control characters other
/// than tab and line breaks): one such character in a name would leave the whole drawing
/// unreadable.
fn xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    let refused =
        |c: char| matches!(c, '\u{FFFE}' | '\u{FFFF}') || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    if text.chars().any(refused) {
        text.chars().filter(|c| !refused(*c)).collect::<String>().into()
    } else {
        text.into()
    }
}

/// What the map says of itself: how many members and lines it shows.
pub fn map_description(lang: Lang, members: usize, links: usize) -> String {
    format!(
        "{} {}",
        translate(lang, "map-members-count", &[("count", members.to_string())]),
        translate(lang, "map-links-count", &[("count", links.to_string())]),
    )
}

/// The map as an SVG document in `lang`: members (Palestinian local authorities marked) and the
/// lines of agreements in force, over the countries; each member a link to its page (in the
/// whole window when the drawing is shown alone), named with its country and agreements.
pub fn map_svg(map: &MapView, lang: Lang) -> String {
    use crate::domain::Choice;
    use crate::twinning::projection::{project, HEIGHT, WIDTH};
    use std::fmt::Write as _;
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(&xml_chars(text)).into_owned();
    let text = |text: &str| html_escape::encode_text(&xml_chars(text)).into_owned();
    let mut svg = String::with_capacity(map.points.len() * 200 + WORLD_OUTLINE.len() + 4_000);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"group\" \
         aria-labelledby=\"map-title map-desc\" lang=\"{}\" data-testid=\"map\"><style>{MAP_STYLE}</style>\
         <title id=\"map-title\">{}</title><desc id=\"map-desc\">{}</desc>\
         <rect class=\"sea\" width=\"{WIDTH}\" height=\"{HEIGHT}\"/><path class=\"land\" d=\"{}\"/><g class=\"links\">",
        lang.code(),
        text(&translate(lang, "map-title", &[])),
        text(&map_description(lang, map.points.len(), map.links.len())),
        WORLD_OUTLINE.trim_end(),
    );
    for link in &map.links {
        let ((x1, y1), (x2, y2)) = (project(link.from.0, link.from.1), project(link.to.0, link.to.1));
        let _ = write!(
            svg,
            "<line class=\"map-link kind-{}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" data-testid=\"map-link\" \
             data-agreement=\"{}\"><title>{}</title></line>",
            link.kind.as_str(),
            link.agreement_id,
            text(&link.title),
        );
    }
    svg.push_str("</g><g class=\"members\">");
    for point in &map.points {
        let (x, y) = project(point.latitude, point.longitude);
        let name = point.member.display_name(lang);
        let country = crate::membership::country_name(&point.member.country, lang).unwrap_or_default();
        let in_force = translate(lang, "map-agreements-in-force", &[("count", point.agreements.to_string())]);
        let _ = write!(
            svg,
            "<a href=\"/members/{}\" target=\"_top\" class=\"map-member{}\" data-name=\"{}\" data-details=\"{} · {}\">\
             <circle cx=\"{x}\" cy=\"{y}\" r=\"7\"/><title>{}</title></a>",
            point.member.id,
            if point.member.country == "PS" { " palestinian" } else { "" },
            attribute(name),
            attribute(country),
            attribute(&in_force),
            text(name),
        );
    }
    svg.push_str("</g></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::xml_chars;

    #[test]
    fn characters_xml_refuses_are_left_out_and_the_rest_kept() {
        assert_eq!(xml_chars("Hebron\u{FFFF} \u{FFFE}الخليل\u{7}"), "Hebron الخليل");
        assert_eq!(xml_chars("Tanger – طنجة\tx"), "Tanger – طنجة\tx");
        assert!(matches!(xml_chars("Lyon"), std::borrow::Cow::Borrowed("Lyon")));
    }
}
