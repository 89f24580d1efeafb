//! Markdown that people write (a resolution's body) turned into HTML a page may show: HTML typed
//! into the Markdown is shown as text, and the result is sanitised (ammonia) so that no script,
//! style, event handler or unexpected link scheme reaches a page whatever was typed.
use pulldown_cmark::{html, Event, Options, Parser};
use std::collections::HashSet;
use std::sync::LazyLock;

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder.url_schemes(HashSet::from(["https", "http", "mailto"]));
    builder
});

/// The HTML of `markdown`, safe to insert into a page.
pub fn to_html(markdown: &str) -> String {
    let events =
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        });
    let mut unchecked = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unchecked, events);
    SANITISER.clean(&unchecked).to_string()
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_becomes_html_and_typed_html_stays_text() {
        assert_eq!(to_html("**التوصية** _one_"), "<p><strong>التوصية</strong> <em>one</em></p>\n");
        let typed = to_html("<script>alert(1)</script> <b onclick=x>b</b>");
        assert!(!typed.contains("<script") && !typed.contains("<b"), "{typed}");
        assert!(typed.contains("&lt;script&gt;"), "{typed}");
    }

    #[test]
    fn only_safe_links_survive() {
        let html = to_html("[a](javascript:alert(1)) [b](https://example.org) ![c](data:image/png;base64,AA)");
        assert!(!html.contains("javascript:") && !html.contains("data:"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#) && html.contains("noopener"), "{html}");
    }
}
