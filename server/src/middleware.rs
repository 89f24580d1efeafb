//! Request guards that apply to every route: language negotiation, the cross-origin check, who
//! is asking from where, and the size of what they send.
use app::i18n::{negotiate, translate, Lang, LANG_COOKIE, LANG_PARAM};
use app::server::http::ClientAddress;
use axum::extract::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, HOST, ORIGIN, SET_COOKIE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::{IpAddr, SocketAddr};

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

const FORWARDED_FOR: &str = "x-forwarded-for";

/// The proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`).
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(pub Vec<IpAddr>);

/// The address a request comes from: the peer's, unless the peer is a trusted proxy; then the
/// nearest address in `X-Forwarded-For` that is not one of them (addresses further left can be
/// written by anyone).
pub fn client_address(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let mut nearest = peer;
    for hop in forwarded_for.unwrap_or_default().rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(address) if trusted.contains(&address) => nearest = address,
            Ok(address) => return address,
            Err(_) => return nearest,
        }
    }
    nearest
}

/// Puts the caller's [`ClientAddress`] into the request for throttles.
pub async fn locate_client(State(trusted): State<TrustedProxies>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |ConnectInfo(addr)| addr.ip());
    let forwarded = req.headers().get(FORWARDED_FOR).and_then(|v| v.to_str().ok());
    let address = client_address(peer, forwarded, &trusted.0);
    req.extensions_mut().insert(ClientAddress(address));
    next.run(req).await
}

/// The largest request body any route takes (forms, server functions).
pub const BODY_LIMIT: usize = 1024 * 1024;

/// The largest body of a route: a bank statement may be a year of a busy account, an agreement's
/// document a scanned text of many pages; every other route takes [`BODY_LIMIT`].
fn body_limit(path: &str) -> usize {
    if path == app::finance::routes::STATEMENT_UPLOAD {
        app::finance::bank_files::STATEMENT_MOST_BYTES + 64 * 1024
    } else if app::twinning::routes::posts_document(path) {
        app::twinning::DOCUMENT_MOST_BYTES + 64 * 1024
    } else {
        BODY_LIMIT
    }
}

/// Refuses a body over [`BODY_LIMIT`] with a translated 413, whether it announces its length or
/// streams it, before any handler reads it; and a NUL character anywhere in the address or a
/// form or JSON body with a translated 400 (no text holds one, and PostgreSQL refuses it in
/// every query, which would be a 500).
pub async fn limit_body(req: Request, next: Next) -> Response {
    let lang = req.extensions().get::<Lang>().copied().unwrap_or(Lang::En);
    let too_large = || (StatusCode::PAYLOAD_TOO_LARGE, translate(lang, "error-too-large", &[])).into_response();
    let nul = || (StatusCode::BAD_REQUEST, translate(lang, "error-control-characters", &[])).into_response();
    if req.uri().query().is_some_and(|q| holds_nul(q.as_bytes())) {
        return nul();
    }
    let announced = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let limit = body_limit(req.uri().path());
    if announced.is_some_and(|length| length > limit as u64) {
        return too_large();
    }
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let textual = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded") || t.starts_with("application/json"));
    let (parts, body) = req.into_parts();
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) if textual && holds_nul(&bytes) => nul(),
        Ok(bytes) => next.run(Request::from_parts(parts, axum::body::Body::from(bytes))).await,
        Err(_) => too_large(),
    }
}

/// Whether encoded text holds a NUL: raw, percent-encoded or as a JSON escape.
fn holds_nul(text: &[u8]) -> bool {
    text.contains(&0)
        || text.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
        || text.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
}

/// What the error page of a panic links to (the stylesheet's name is fingerprinted by the build).
#[derive(Clone)]
pub struct PanicPage {
    pub stylesheet: String,
}

/// Turns a panic anywhere below into the translated 500 page instead of a dropped connection;
/// the panic itself is logged.
pub async fn catch_panic(State(page): State<PanicPage>, req: Request, next: Next) -> Response {
    use futures::FutureExt;
    let lang = req.extensions().get::<Lang>().copied().unwrap_or(Lang::En);
    match std::panic::AssertUnwindSafe(next.run(req)).catch_unwind().await {
        Ok(response) => response,
        Err(panic) => {
            let cause = panic
                .downcast_ref::<&str>()
                .map(ToString::to_string)
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(%cause, "a request panicked");
            let message = translate(lang, "error-internal", &[]);
            let home = translate(lang, "nav-home", &[]);
            let page = format!(
                "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                 <link rel=\"stylesheet\" href=\"{stylesheet}\"><title>Sumud</title></head>\
                 <body><main class=\"page\"><h1>Sumud</h1><p class=\"alert alert-error\">{message}</p>\
                 <p><a href=\"/\">{home}</a></p></main></body></html>",
                code = lang.code(),
                dir = lang.dir(),
                stylesheet = page.stylesheet,
            );
            (StatusCode::INTERNAL_SERVER_ERROR, [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")], page)
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::client_address;
    use std::net::IpAddr;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let proxy = ip("10.0.0.2");
        // No proxy trusted: the header is anyone's to write.
        assert_eq!(client_address(ip("203.0.113.5"), Some("198.51.100.1"), &[]), ip("203.0.113.5"));
        // Behind the proxy: the address it saw, not what the client wrote further left.
        assert_eq!(client_address(proxy, Some("1.2.3.4, 198.51.100.1"), &[proxy]), ip("198.51.100.1"));
        // Two trusted hops.
        let edge = ip("10.0.0.3");
        assert_eq!(client_address(proxy, Some("198.51.100.1, 10.0.0.3"), &[proxy, edge]), ip("198.51.100.1"));
        // A request that reaches the server without the proxy keeps its own address.
        assert_eq!(client_address(ip("192.0.2.9"), Some("198.51.100.1"), &[proxy]), ip("192.0.2.9"));
        // Garbage in the header: the nearest address known.
        assert_eq!(client_address(proxy, Some("not-an-ip"), &[proxy]), proxy);
        assert_eq!(client_address(proxy, None, &[proxy]), proxy);
    }

    #[tokio::test]
    async fn a_streamed_body_over_the_limit_is_413() {
        use axum::body::Body;
        use axum::http::{Request, StatusCode};
        use tower::ServiceExt;
        let router = axum::Router::new()
            .route("/echo", axum::routing::post(|body: String| async move { body.len().to_string() }))
            .layer(axum::middleware::from_fn(super::limit_body));
        // No Content-Length: the body streams in, and is cut off at the limit.
        let over = Request::post("/echo").body(Body::from(vec![b'x'; super::BODY_LIMIT + 1])).unwrap();
        assert!(over.headers().get(axum::http::header::CONTENT_LENGTH).is_none());
        assert_eq!(router.clone().oneshot(over).await.unwrap().status(), StatusCode::PAYLOAD_TOO_LARGE);
        let within = Request::post("/echo").body(Body::from(vec![b'x'; 1000])).unwrap();
        let response = router.oneshot(within).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        assert_eq!(&body[..], b"1000");
    }

    #[test]
    fn nul_is_found_however_it_is_encoded() {
        assert!(super::holds_nul(b"name=a%00b"));
        assert!(super::holds_nul(br#"{"name":"a\u0000b"}"#));
        assert!(super::holds_nul(b"a\0b"));
        assert!(!super::holds_nul(b"name=100%25&x=%20"));
    }

    #[tokio::test]
    async fn a_panic_becomes_the_translated_error_page() {
        use axum::body::Body;
        use axum::http::{Request, StatusCode};
        use tower::ServiceExt;
        async fn boom() -> &'static str {
            panic!("byte index 8 is not a char boundary")
        }
        let router = axum::Router::new()
            .route("/boom", axum::routing::get(boom))
            .layer(axum::middleware::from_fn_with_state(
                super::PanicPage { stylesheet: "/pkg/sumud.css".into() },
                super::catch_panic,
            ))
            .layer(axum::middleware::from_fn(super::language));
        let request = Request::get("/boom?lang=ar").body(Body::empty()).unwrap();
        let response = router.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let page = String::from_utf8(body.to_vec()).unwrap();
        assert!(page.contains(r#"dir="rtl""#), "{page}");
        assert!(page.contains(&app::i18n::translate(app::i18n::Lang::Ar, "error-internal", &[])), "{page}");
    }
}
