//! `/twinning/map`: members and the agreements in force between them, drawn as SVG on the server
//! and served as a document of its own, kept drawn (it works offline, without JavaScript, and
//! prints); with JavaScript, the drawing moves into the page for zoom, pan and a member's card.
use crate::domain::Choice;
use crate::resolutions::pages::ThemeFilter;
use crate::tr;
use crate::twinning::api::get_map;
use crate::twinning::projection::{HEIGHT, WIDTH};
use crate::twinning::routes::{AGREEMENTS, MAP_GEOJSON, MAP_SVG};
use crate::twinning::{AgreementKind, MapQuery};
use crate::ui::{choice_options, query_param, use_lang, ErrorPanel};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MapPage() -> impl IntoView {
    let (kind, theme) = (query_param("kind"), query_param("theme"));
    let query =
        Memo::new(move |_| MapQuery { kind: kind.get().unwrap_or_default(), theme: theme.get().unwrap_or_default() });
    let found = Resource::new(move || query.get(), get_map);
    let lang = use_lang();
    view! {
        <Title text=tr!("map-title") />
        <h1>{tr!("map-title")}</h1>
        <p class="lead">{tr!("map-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match found.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(map) => {
                        let current = query.get_untracked();
                        let description = format!(
                            "{} {}",
                            tr!("map-members-count", { "count" => map.members }),
                            tr!("map-links-count", { "count" => map.links }),
                        );
                        let filters = format!(
                            "kind={}&theme={}",
                            crate::ui::percent_encode(&current.kind),
                            crate::ui::percent_encode(&current.theme),
                        );
                        let geojson = format!("{MAP_GEOJSON}?{filters}");
                        let drawing = format!("{MAP_SVG}?{filters}&lang={}", lang.code());
                        let drawing_link = drawing.clone();
                        view! {
                            <form method="get" class="form filter-bar no-print" role="search">
                                <div>
                                    <label for="map-kind">{tr!("agreement-kind")}</label>
                                    <select id="map-kind" name="kind">
                                        <option value="">{tr!("filter-any")}</option>
                                        {choice_options(AgreementKind::ALL, AgreementKind::parse(&current.kind))}
                                    </select>
                                </div>
                                <ThemeFilter
                                    id="map-theme"
                                    themes=map.themes.clone()
                                    chosen=current.theme.clone()
                                    lang=lang
                                />
                                <button type="submit" class="button">
                                    {tr!("map-filter-submit")}
                                </button>
                            </form>
                            <p data-testid="map-count">{description.clone()}</p>
                            <MapZoom
                                zoom_in=tr!("map-zoom-in")
                                zoom_out=tr!("map-zoom-out")
                                reset=tr!("map-reset")
                                open=tr!("map-open-member")
                            >
                                <object
                                    class="map-canvas"
                                    type="image/svg+xml"
                                    data=drawing
                                    aria-label=tr!("map-title")
                                    data-testid="map-object"
                                >
                                    <a href=drawing_link>{tr!("map-title")}</a>
                                </object>
                            </MapZoom>
                            <p class="map-legend">
                                <span class="legend-dot palestinian" aria-hidden="true"></span>
                                {tr!("map-legend-palestinian")}
                                " "
                                <span class="legend-dot" aria-hidden="true"></span>
                                {tr!("map-legend-other")}
                                " "
                                <span class="legend-line" aria-hidden="true"></span>
                                {tr!("map-legend-link")}
                            </p>
                            <p class="no-print">
                                <a href=geojson data-testid="map-geojson" download="sumud-map.geojson">
                                    {tr!("map-geojson")}
                                </a>
                                " · "
                                <a href=AGREEMENTS>{tr!("agreements-title")}</a>
                                " · "
                                <a href=crate::membership::routes::DIRECTORY>{tr!("directory-title")}</a>
                            </p>
                            <p class="secondary">{tr!("map-attribution")}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// Zoom and pan for the map, and a member's card on a click (the link still opens its page
/// without JavaScript). The labels come translated from the server.
#[island]
fn MapZoom(zoom_in: String, zoom_out: String, reset: String, open: String, children: Children) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    // The part of the map shown: x, y, width (the height follows the map's proportions).
    let shown = RwSignal::new((0.0_f64, 0.0_f64, WIDTH));
    let card = RwSignal::new(None::<(String, String, String)>);
    let dragging = StoredValue::new(None::<(f64, f64, f64, f64)>);
    let moved = StoredValue::new(false);
    let apply = move |(x, y, width): (f64, f64, f64)| {
        let width = width.clamp(WIDTH / 40.0, WIDTH);
        let height = width * HEIGHT / WIDTH;
        let x = x.clamp(0.0, WIDTH - width);
        let y = y.clamp(0.0, HEIGHT - height);
        shown.set((x, y, width));
        if let Some(svg) = frame.get().and_then(|f| f.query_selector("svg").ok().flatten()) {
            let _ = svg.set_attribute("viewBox", &format!("{x:.1} {y:.1} {width:.1} {height:.1}"));
        }
    };
    let zoom = move |factor: f64| {
        let (x, y, width) = shown.get_untracked();
        let (cx, cy) = (x + width / 2.0, y + width * HEIGHT / WIDTH / 2.0);
        let width = (width / factor).clamp(WIDTH / 40.0, WIDTH);
        apply((cx - width / 2.0, cy - width * HEIGHT / WIDTH / 2.0, width));
    };
    // The drawing comes as a document of its own (kept drawn on the server, revalidated by the
    // browser); once it is there, it moves into the page, where zoom, pan and cards reach it.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        use leptos::wasm_bindgen::{closure::Closure, JsCast};
        let Some(object) = frame
            .get()
            .and_then(|f| f.query_selector("object").ok().flatten())
            .and_then(|o| o.dyn_into::<web_sys::HtmlObjectElement>().ok())
        else {
            return;
        };
        let adopt = move |object: &web_sys::HtmlObjectElement| -> bool {
            let Some(svg) = object.content_document().and_then(|d| d.document_element()) else {
                return false;
            };
            if svg.local_name() != "svg" {
                return false;
            }
            document()
                .import_node_with_deep(&svg, true)
                .is_ok_and(|node| object.replace_with_with_node_1(&node).is_ok())
        };
        if !adopt(&object) {
            let waiting = object.clone();
            let on_load = Closure::once_into_js(move || {
                adopt(&waiting);
            });
            let _ = object.add_event_listener_with_callback("load", on_load.unchecked_ref());
        }
    });
    let units_per_pixel = move || {
        let pixels = frame.get().map_or(1.0, |f| f64::from(f.client_width().max(1)));
        shown.get_untracked().2 / pixels
    };
    view! {
        <div class="map-zoom">
            <div class="map-controls no-print" role="group">
                <button type="button" class="button button-secondary" on:click=move |_| zoom(1.6)>
                    {zoom_in}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| zoom(1.0 / 1.6)>
                    {zoom_out}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| apply((0.0, 0.0, WIDTH))>
                    {reset}
                </button>
            </div>
            <div
                node_ref=frame
                class="map-frame"
                on:wheel=move |ev| {
                    ev.prevent_default();
                    zoom(if ev.delta_y() < 0.0 { 1.25 } else { 0.8 });
                }
                on:pointerdown=move |ev| {
                    let (x, y, _) = shown.get_untracked();
                    dragging.set_value(Some((f64::from(ev.client_x()), f64::from(ev.client_y()), x, y)));
                    moved.set_value(false);
                }
                on:pointermove=move |ev| {
                    if let Some((start_x, start_y, x, y)) = dragging.get_value() {
                        let (dx, dy) = (f64::from(ev.client_x()) - start_x, f64::from(ev.client_y()) - start_y);
                        if dx.abs() + dy.abs() > 4.0 {
                            moved.set_value(true);
                            let scale = units_per_pixel();
                            apply((x - dx * scale, y - dy * scale, shown.get_untracked().2));
                        }
                    }
                }
                on:pointerup=move |_| dragging.set_value(None)
                on:pointerleave=move |_| dragging.set_value(None)
                on:click=move |ev| {
                    use leptos::wasm_bindgen::JsCast;
                    let target = ev.target().and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok());
                    let Some(member) = target.and_then(|t| t.closest("a.map-member").ok().flatten()) else {
                        return;
                    };
                    ev.prevent_default();
                    if moved.get_value() {
                        return;
                    }
                    let attribute = |name: &str| member.get_attribute(name).unwrap_or_default();
                    card.set(Some((attribute("data-name"), attribute("data-details"), attribute("href"))));
                }
            >
                {children()}
            </div>
            {move || {
                card.get()
                    .map(|(name, details, href)| {
                        view! {
                            <div class="map-card" role="status" data-testid="map-card">
                                <strong>
                                    <bdi>{name}</bdi>
                                </strong>
                                <p>{details}</p>
                                <a href=href>{open.clone()}</a>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
