//! The browser entry: hydrates the islands of the server-rendered page (the rest is plain HTML).
// The islands are exported from the app crate; naming it keeps it linked.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets end-to-end tests wait until the page is interactive (islands hydrate right after).
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
