//! Static files: the build's wasm, JavaScript and CSS under `/pkg`, the Arabic web font under
//! `/fonts`, and the favicon.
//!
//! The build compresses them once (`cargo leptos build --precompress`: brotli and gzip beside
//! each file), so a download costs the server a file read, not a compression; compressing the
//! wasm on the fly took ~142 ms of CPU per download. Fingerprinted names are cached for a year.
use axum::http::header::{HeaderValue, CACHE_CONTROL, VARY};
use axum::response::Response;
use axum::Router;
use leptos::config::LeptosOptions;
use std::path::PathBuf;
use tower_http::services::{ServeDir, ServeFile};

const FOR_A_YEAR: &str = "public, max-age=31536000, immutable";
/// Unhashed names may change under the same address: check each time.
const CHECK_EACH_TIME: &str = "no-cache";
const FOR_A_DAY: &str = "public, max-age=86400";

/// Follows the build: cargo-leptos fingerprints the files (`hash-files` in Cargo.toml) and leaves
/// the hash file beside the binary. Without it (a test binary, a binary copied alone) the names
/// are plain, and Leptos must not look for hashes: it would panic on every page.
pub fn follow_hash_file(options: &mut LeptosOptions) {
    let path = app::site::assets::hash_file(options);
    let hashes = std::fs::read_to_string(&path).unwrap_or_default();
    // Leptos reads it again on every page and panics when it cannot: it must be whole.
    let whole = ["js", "wasm", "css"].iter().all(|file| app::site::assets::hash_of(&hashes, file).is_some());
    options.hash_files = whole;
    if !whole {
        tracing::info!(path = %path.display(), "no hash file beside the binary: unhashed file names");
    }
}

/// `sumud.<22-character hash>.<ext>` (and its `.br`, `.gz`): the names the build fingerprints.
fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let mut parts = name.split('.');
    parts.next();
    parts.next().is_some_and(|hash| hash.len() == 22 && app::site::assets::is_hash(hash))
}

/// `/pkg/*` (precompressed files preferred), `/fonts/*` (their names carry the font's version,
/// and woff2 is compressed already) and `/favicon.svg`, each with its cache policy.
pub fn router<S: Clone + Send + Sync + 'static>(options: &LeptosOptions) -> Router<S> {
    let site = PathBuf::from(options.site_root.as_ref());
    let pkg = ServeDir::new(site.join(options.site_pkg_dir.as_ref())).precompressed_br().precompressed_gzip();
    let hashed = options.hash_files;
    let build = Router::new().nest_service(&format!("/{}", options.site_pkg_dir), pkg).layer(
        axum::middleware::from_fn(move |req: axum::extract::Request, next: axum::middleware::Next| async move {
            // Only a fingerprinted name is kept a year: another file may change under its name.
            let policy = if hashed && is_fingerprinted(req.uri().path()) { FOR_A_YEAR } else { CHECK_EACH_TIME };
            cached(next.run(req).await, policy).await
        }),
    );
    let favicon = Router::new()
        .route_service("/favicon.svg", ServeFile::new(site.join("favicon.svg")))
        .layer(axum::middleware::map_response(|response| cached(response, FOR_A_DAY)));
    let fonts = Router::new()
        .nest_service("/fonts", ServeDir::new(site.join("fonts")))
        .layer(axum::middleware::map_response(|response| cached(response, FOR_A_YEAR)));
    build.merge(favicon).merge(fonts)
}

/// Only a file found is cached: a 404 must not stick for a year.
async fn cached(mut response: Response, policy: &'static str) -> Response {
    if response.status().is_success() || response.status() == axum::http::StatusCode::NOT_MODIFIED {
        let headers = response.headers_mut();
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(policy));
        // The same address answers brotli, gzip or plain by Accept-Encoding.
        headers.append(VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn fingerprinted_names() {
        assert!(super::is_fingerprinted("/sumud.Jeen9CzDpk2ZhYX3j0smyA.wasm"));
        assert!(super::is_fingerprinted("/sumud.5Y6bqof0hL0BK5I7_ogltQ.js.br"));
        assert!(!super::is_fingerprinted("/sumud.wasm"));
        assert!(!super::is_fingerprinted("/snippets/x/inline0.js"));
        assert!(!super::is_fingerprinted("/sumud.Jeen9CzDpk2ZhYX3j0sm$A.wasm"));
    }
}
