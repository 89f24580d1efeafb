//! Request guards that apply to every route: language negotiation and the cross-origin check.
use app::i18n::{negotiate, translate, Lang, LANG_COOKIE, LANG_PARAM};
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, HOST, ORIGIN, SET_COOKIE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

fn cookie_pairs(req: &Request) -> Vec<(String, String)> {
    req.headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            Some((name.to_string(), value.to_string()))
        })
        .collect()
}

/// Decides the language once (URL parameter, cookie, Accept-Language) and makes the rest of the
/// stack agree: the decision goes into the request's cookie, which leptos-fluent reads on the
/// server and the browser keeps for the hydrated page and the next visit, JavaScript or not.
pub async fn language(mut req: Request, next: Next) -> Response {
    let from_url = req.uri().query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == LANG_PARAM).map(|(_, v)| v.into_owned())
    });
    let mut cookies = cookie_pairs(&req);
    let from_cookie = cookies.iter().find(|(k, _)| k == LANG_COOKIE).map(|(_, v)| v.clone());
    let accept = req.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = negotiate(from_url.as_deref(), from_cookie.as_deref(), accept);

    cookies.retain(|(k, _)| k != LANG_COOKIE);
    cookies.push((LANG_COOKIE.to_string(), lang.code().to_string()));
    let header = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    req.headers_mut().remove(COOKIE);
    if let Ok(value) = HeaderValue::from_str(&header) {
        req.headers_mut().insert(COOKIE, value);
    }
    req.extensions_mut().insert(lang);

    let mut response = next.run(req).await;
    if from_cookie.as_deref().and_then(Lang::parse) != Some(lang) {
        let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

/// The site's own origin, as configured (`PUBLIC_URL`).
#[derive(Clone, Debug)]
pub struct PublicOrigin(pub String);

/// Refuses state-changing requests that a browser sent from another site (CSRF). Webhooks are
/// exempt: they verify their own signatures.
pub async fn reject_cross_origin(State(public): State<PublicOrigin>, req: Request, next: Next) -> Response {
    let safe_method = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe_method || req.uri().path().starts_with("/webhooks/") || same_origin(&req, &public.0) {
        return next.run(req).await;
    }
    let lang = req.extensions().get::<Lang>().copied().unwrap_or(Lang::En);
    (StatusCode::FORBIDDEN, translate(lang, "error-cross-origin", &[])).into_response()
}

fn same_origin(req: &Request, public_url: &str) -> bool {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    // Browsers that send Sec-Fetch-Site say it directly.
    if let Some(site) = header("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    // Older browsers send Origin; a client that sends neither is not a browser (no CSRF risk).
    let Some(origin) = header(ORIGIN.as_str()) else {
        return true;
    };
    let origin = origin.trim_end_matches('/');
    if origin == public_url {
        return true;
    }
    let host = req.headers().get(HOST).and_then(|v| v.to_str().ok());
    match (url::Url::parse(origin), host) {
        (Ok(url), Some(host)) => {
            let origin_host = match url.port() {
                Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
                None => url.host_str().unwrap_or_default().to_string(),
            };
            origin_host.eq_ignore_ascii_case(host)
        }
        _ => false,
    }
}
