//! The Markdown people write on the site (posts in groups' discussions, the
//! pages' bodies), turned into HTML that cannot carry markup of its own:
//! raw HTML is shown
//! as the text it is, links go only to web, mail or site addresses, and
//! images are replaced by their description (a picture from elsewhere
//! would tell its server who reads the page). Everything else is
//! pulldown-cmark's own output, whose text and attributes are escaped.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

pub fn to_html(source: &str) -> String {
    let mut dropped_link = false;
    let events = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).filter_map(|event| {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_safe_link(dest_url) => {
                // Links do not nest: the next link end is this one's.
                dropped_link = true;
                None
            }
            Event::End(TagEnd::Link) if dropped_link => {
                dropped_link = false;
                None
            }
            // The description stays, as text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            other => Some(other),
        }
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// The words of `source` without its Markdown: what the search indexes and
/// quotes. Each block ends a line.
pub fn to_text(source: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                out.push('\n');
            }
            _ => {}
        }
    }
    out.trim_end().to_string()
}

fn is_safe_link(url: &CowStr) -> bool {
    let url = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
        || (url.starts_with('/') && !url.starts_with("//"))
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn the_usual_formatting_is_kept() {
        let html = to_html("**Bold**, *emphasis*, ~~struck~~\n\n- one\n- two\n\n> quoted");
        assert!(html.contains("<strong>Bold</strong>"));
        assert!(html.contains("<em>emphasis</em>"));
        assert!(html.contains("<del>struck</del>"));
        assert!(html.contains("<li>one</li>"));
        assert!(html.contains("<blockquote>"));
        assert!(
            to_html("[the report](https://example.org/r.pdf)")
                .contains("<a href=\"https://example.org/r.pdf\">the report</a>")
        );
    }

    #[test]
    fn the_text_keeps_the_words_only() {
        assert_eq!(
            super::to_text(
                "## 1. Controller\n\nWe **keep**\nlittle: [see](/en/privacy).\n\n- one\n- two"
            ),
            "1. Controller\nWe keep little: see.\none\ntwo"
        );
    }

    #[test]
    fn nothing_written_becomes_markup() {
        for attack in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "Hello <b onmouseover=\"alert(1)\">there</b>",
            "<div>\n<iframe src=\"https://evil.example\"></iframe>\n</div>",
        ] {
            let html = to_html(attack);
            assert!(!html.contains("<script"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            assert!(!html.contains("<b "), "{html}");
            assert!(!html.contains("<iframe"), "{html}");
            assert!(html.contains("&lt;"), "shown as text: {html}");
        }
    }

    #[test]
    fn unsafe_links_and_images_keep_only_their_text() {
        for link in [
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
            "[click](//evil.example/x)",
            "<javascript:alert(1)>",
        ] {
            let html = to_html(link);
            assert!(!html.contains("href"), "{link}: {html}");
        }
        let image = to_html("![a chart of cases](https://tracker.example/pixel.png)");
        assert!(!image.contains("<img"), "{image}");
        assert!(image.contains("a chart of cases"), "{image}");
        assert!(to_html("[home](/en/groups)").contains("href=\"/en/groups\""));
    }
}
