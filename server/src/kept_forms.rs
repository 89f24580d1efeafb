//! A form refused without JavaScript keeps what was typed.
//!
//! Without JavaScript a form posts to its server function, which answers with a redirect back to
//! the page, the error in the URL (`__path`, `__err`). What was typed goes into the session, never
//! into the URL (it may hold a passport number); the page the redirect opens gets it back in the
//! first form that posts there, once. Passwords, links' tokens and other secrets are never kept
//! (nor written back into hidden fields: the page renders those); what is kept is small, counted
//! per address, and dropped with an anonymous session once used.
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{HeaderValue, ACCEPT, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use lol_html::html_content::{ContentType, Element};
use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use tower_sessions::Session;

const KEPT: &str = "refused_form";
/// A page larger than this is not refilled (no page of Sumud comes near it).
const PAGE_LIMIT: usize = 8 * 1024 * 1024;
/// What a person types into one form fits well within these; anything larger is not kept.
const MOST_FIELDS: usize = 80;
const LONGEST_VALUE: usize = 8 * 1024;
const MOST_BYTES: usize = 32 * 1024;
/// Refused forms kept per address an hour: a person retyping never comes near it.
const KEPT_PER_HOUR: i32 = 120;

/// What a refused form held, for the next page that shows its error.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct RefusedForm {
    /// The server function's path, as the form's `action` and the `__path` parameter name it.
    pub endpoint: String,
    pub fields: Vec<(String, String)>,
}

fn accepts_html(req: &Request) -> bool {
    req.headers().get(ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|accept| accept.contains("text/html"))
}

fn is_form_post(req: &Request) -> bool {
    req.method() == Method::POST
        && req.uri().path().starts_with("/api/")
        && accepts_html(req)
        && req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"))
}

/// The redirect of a refused plain form: back to the page, this function's error in its address.
fn refused(response: &Response, endpoint: &str) -> bool {
    let back = response.headers().get(LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let query = back.split_once('?').map(|(_, q)| q).unwrap_or_default();
    response.status().is_redirection()
        && query.contains("__err=")
        && last_error_path(query).as_deref() == Some(endpoint)
}

/// Whether a field's name says it holds a secret, which is never kept.
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["password", "token", "secret"].iter().any(|word| name.contains(word))
}

/// Kept fields: everything typed except secrets, or nothing when it is larger than a person
/// types into a form.
pub fn typed_fields(body: &[u8]) -> Option<Vec<(String, String)>> {
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(body)
        .filter(|(name, _)| !is_secret(name))
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let bytes: usize = fields.iter().map(|(name, value)| name.len() + value.len()).sum();
    let fits = fields.len() <= MOST_FIELDS
        && bytes <= MOST_BYTES
        && fields.iter().all(|(name, value)| name.len() <= 200 && value.len() <= LONGEST_VALUE);
    fits.then_some(fields)
}

/// The last `__path` of an address: a page refused twice carries one per refusal.
fn last_error_path(query: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| k == "__path").map(|(_, v)| v.into_owned()).last()
}

fn error_path(req: &Request) -> Option<String> {
    last_error_path(req.uri().query()?)
}

/// Keeps a refused plain form's fields in the session, and fills them back into the page that
/// shows its error.
pub async fn keep_refused_form(State(db): State<sea_orm::DatabaseConnection>, req: Request, next: Next) -> Response {
    let Some(session) = req.extensions().get::<Session>().cloned() else {
        return next.run(req).await;
    };
    if is_form_post(&req) {
        let endpoint = req.uri().path().to_string();
        let address = req.extensions().get::<app::server::http::ClientAddress>().map(|a| a.0.to_string());
        let (parts, body) = req.into_parts();
        // The body limit layer has already read and bounded it.
        let Ok(bytes) = axum::body::to_bytes(body, crate::middleware::BODY_LIMIT).await else {
            return next.run(Request::from_parts(parts, Body::empty())).await;
        };
        let response = next.run(Request::from_parts(parts, Body::from(bytes.clone()))).await;
        let kept = if refused(&response, &endpoint) {
            keep(&db, &session, address.as_deref(), RefusedForm { endpoint, fields: Vec::new() }, &bytes).await
        } else {
            take(&session).await.map(|_| ()).map_err(Into::into)
        };
        if let Err(error) = kept {
            tracing::error!(%error, "keeping a refused form");
        }
        return response;
    }
    if req.method() != Method::GET || !accepts_html(&req) || req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let kept = match take(&session).await {
        Ok(kept) => kept,
        Err(error) => {
            tracing::error!(%error, "reading a kept form");
            None
        }
    };
    let wanted = error_path(&req);
    let response = next.run(req).await;
    match kept.filter(|form| wanted.as_deref() == Some(form.endpoint.as_str())) {
        Some(form) => refill(response, &form).await,
        None => response,
    }
}

async fn keep(
    db: &sea_orm::DatabaseConnection,
    session: &Session,
    address: Option<&str>,
    mut form: RefusedForm,
    body: &[u8],
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let Some(fields) = typed_fields(body) else {
        return Ok(());
    };
    use app::server::throttle::{count_all, key, Policy};
    let counted = vec![(key("kept-form", address.unwrap_or("unknown")), Policy::PerHour { free: KEPT_PER_HOUR })];
    if count_all(db, &counted, chrono::Utc::now()).await.is_err() {
        return Ok(());
    }
    form.fields = fields;
    session.insert(KEPT, form).await?;
    Ok(())
}

/// Takes the kept form out of the session; a session left with nothing in it is deleted, so
/// no typed value outlives its use. A session without one is not touched (not even saved).
async fn take(session: &Session) -> Result<Option<RefusedForm>, tower_sessions::session::Error> {
    if session.get_value(KEPT).await?.is_none() {
        return Ok(None);
    }
    let kept = session.remove_value(KEPT).await?.and_then(|value| serde_json::from_value(value).ok());
    if session.is_empty().await {
        session.flush().await?;
    }
    Ok(kept)
}

async fn refill(response: Response, form: &RefusedForm) -> Response {
    let is_html =
        response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, PAGE_LIMIT).await else {
        tracing::error!("a page too large to refill its form");
        parts.headers.remove(CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    };
    let page = String::from_utf8_lossy(&bytes);
    match fill_form(&page, form) {
        Ok(filled) => {
            parts.headers.remove(CONTENT_LENGTH);
            // What was typed (a passport number, say) stays out of caches on shared computers.
            parts.headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Response::from_parts(parts, Body::from(filled))
        }
        Err(error) => {
            tracing::error!(%error, "refilling a refused form");
            Response::from_parts(parts, Body::from(bytes))
        }
    }
}

/// Puts the kept values into the fields of the form that posts to `form.endpoint`: text inputs
/// and text areas get what was typed, check boxes and radio buttons their state, and selects
/// their chosen option.
///
/// # Errors
/// The page could not be rewritten (it is then sent as rendered).
pub fn fill_form(page: &str, form: &RefusedForm) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    // A server function's path: letters, digits, `_` and `/` only, so it quotes safely.
    if !form.endpoint.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '/') {
        return Err("unexpected endpoint".into());
    }
    let mut by_name: HashMap<&str, Vec<&str>> = HashMap::new();
    for (name, value) in &form.fields {
        by_name.entry(name.as_str()).or_default().push(value.as_str());
    }
    let values = |name: &str| by_name.get(name).map_or(&[][..], Vec::as_slice);
    // Only the first form that posts there: rows of a list may each have one.
    let forms_seen = Cell::new(0u32);
    // The name of a field of that first form.
    let field_name = |el: &Element<'_, '_>| if forms_seen.get() == 1 { el.get_attribute("name") } else { None };
    let the_form = format!("form[action=\"{}\"]", form.endpoint);
    let inside = |what: &str| -> Result<Cow<'static, Selector>, lol_html::errors::SelectorError> {
        Ok(Cow::Owned(format!("{the_form} {what}").parse::<Selector>()?))
    };
    let current_select: RefCell<Option<String>> = RefCell::new(None);
    let handlers = vec![
        (
            Cow::Owned(the_form.parse::<Selector>()?),
            ElementContentHandlers::default().element(|_: &mut Element<'_, '_>| {
                forms_seen.set(forms_seen.get() + 1);
                Ok(())
            }),
        ),
        (
            inside("input[name]")?,
            ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                let Some(name) = field_name(el) else { return Ok(()) };
                let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
                match kind.as_str() {
                    "password" | "hidden" | "submit" | "button" | "reset" | "file" | "image" => {}
                    "checkbox" | "radio" => {
                        let value = el.get_attribute("value").unwrap_or_else(|| "on".into());
                        if values(&name).contains(&value.as_str()) {
                            el.set_attribute("checked", "")?;
                        } else {
                            el.remove_attribute("checked");
                        }
                    }
                    _ => {
                        if let Some(value) = values(&name).first() {
                            // lol_html escapes the quotes only: an `&` typed stays an `&`.
                            el.set_attribute("value", &value.replace('&', "&amp;"))?;
                        }
                    }
                }
                Ok(())
            }),
        ),
        (
            inside("textarea[name]")?,
            ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                let Some(name) = field_name(el) else { return Ok(()) };
                if let Some(value) = values(&name).first() {
                    // HTML drops a text area's first newline: one more keeps the typed one.
                    let text = if value.starts_with('\n') { format!("\n{value}") } else { (*value).to_string() };
                    el.set_inner_content(&text, ContentType::Text);
                }
                Ok(())
            }),
        ),
        (
            inside("select[name]")?,
            ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                *current_select.borrow_mut() = field_name(el);
                Ok(())
            }),
        ),
        (
            inside("select[name] option")?,
            ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                let Some(name) = current_select.borrow().clone() else { return Ok(()) };
                let value = el.get_attribute("value").unwrap_or_default();
                if values(&name).contains(&value.as_str()) {
                    el.set_attribute("selected", "")?;
                } else {
                    el.remove_attribute("selected");
                }
                Ok(())
            }),
        ),
    ];
    let settings = RewriteStrSettings { element_content_handlers: handlers, ..RewriteStrSettings::new() };
    Ok(lol_html::rewrite_str(page, settings)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(fields: &[(&str, &str)]) -> RefusedForm {
        RefusedForm {
            endpoint: "/api/apply".into(),
            fields: fields.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn the_refused_form_gets_back_what_was_typed_and_no_other_form_does() {
        let page = r#"<form action="/api/sign_in"><input name="a[name]" value=""></form>
<form action="/api/apply"><input name="a[name]" value="old"><input type="password" name="password">
<input type="hidden" name="id" value="7"><textarea name="a[why]">before</textarea>
<input type="checkbox" name="a[consent]" value="on" checked><input type="radio" name="a[role]" value="head">
<input type="radio" name="a[role]" value="voting"><select name="a[country]"><option value="">-</option>
<option value="FR" selected>France</option><option value="PS">Palestine</option></select></form>
<form action="/api/apply"><input name="a[name]" value="second row"></form>"#;
        let form = kept(&[
            ("a[name]", "Amal \"Odeh\" <b> &lt; & co"),
            ("id", "8"),
            ("a[why]", "</textarea><script>alert(1)</script>"),
            ("a[role]", "voting"),
            ("a[country]", "PS"),
        ]);
        let filled = fill_form(page, &form).unwrap();
        assert!(filled.contains(r#"<form action="/api/sign_in"><input name="a[name]" value="">"#), "{filled}");
        assert!(
            filled.contains(r#"<input name="a[name]" value="Amal &quot;Odeh&quot; <b> &amp;lt; &amp; co">"#),
            "{filled}"
        );
        assert!(filled.contains(r#"<input type="hidden" name="id" value="7">"#), "hidden fields stay as rendered");
        assert!(filled.contains("&lt;/textarea&gt;&lt;script&gt;"), "{filled}");
        assert!(!filled.contains("<script>"));
        assert!(filled.contains(r#"<input type="checkbox" name="a[consent]" value="on">"#), "{filled}");
        assert!(filled.contains(r#"<input type="radio" name="a[role]" value="voting" checked="">"#), "{filled}");
        assert!(filled.contains(r#"<option value="FR">France</option><option value="PS" selected="">"#), "{filled}");
        assert!(filled.contains(r#"<input name="a[name]" value="second row">"#), "only the first such form");
    }

    #[test]
    fn secrets_are_never_kept_nor_more_than_a_person_types() {
        let fields =
            typed_fields(b"email=a%40b.org&password=secret&new_Password=x&token=abc&feed_secret=s&name=R%C3%A9my");
        assert_eq!(fields, Some(vec![("email".into(), "a@b.org".into()), ("name".into(), "Rémy".into())]));
        let many = (0..=MOST_FIELDS).map(|i| format!("f{i}=x")).collect::<Vec<_>>().join("&");
        assert_eq!(typed_fields(many.as_bytes()), None);
        let long = format!("a={}", "x".repeat(LONGEST_VALUE + 1));
        assert_eq!(typed_fields(long.as_bytes()), None);
    }

    #[test]
    fn a_refusal_is_this_functions_redirect() {
        let redirect = |to: &str| {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = axum::http::StatusCode::FOUND;
            response.headers_mut().insert(LOCATION, HeaderValue::from_str(to).unwrap());
            response
        };
        assert!(refused(&redirect("http://x/p?__path=%2Fapi%2Fa&__err=e30"), "/api/a"));
        // Refused twice on one page: the last refusal names the function.
        assert!(refused(&redirect("/p?__path=/api/b&__err=1&__path=/api/a&__err=2"), "/api/a"));
        assert!(!refused(&redirect("/p?__path=/api/a&__err=1&__path=/api/b&__err=2"), "/api/a"));
        // A success that goes to an address with `__err` in it is no refusal.
        assert!(!refused(&redirect("/next?__err=1"), "/api/sign_in"));
        let mut textarea = kept(&[("a[why]", "\nfirst line")]);
        textarea.endpoint = "/api/apply".into();
        let filled = fill_form(r#"<form action="/api/apply"><textarea name="a[why]"></textarea></form>"#, &textarea);
        assert!(filled.unwrap().contains("<textarea name=\"a[why]\">\n\nfirst line</textarea>"));
    }
}
