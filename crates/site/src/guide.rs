//! The guide for clinics (`docs/for-clinics.md`), published with every copy
//! at `for-clinics/guide/` so the clinic page can link to it on the clinic's
//! own host: Markdown to HTML with `pulldown-cmark`, its pictures beside it.
//! Links to the repository's files (`clinic.example.toml`) stay text.

use calf_pump_links::urls::escape_html;
use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The guide's page: the Markdown's HTML in a plain, readable page. The
/// title is the document's first heading.
pub fn page(markdown: &str, lang_code: &str) -> String {
    let title = markdown
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("Calf Pump Explorer for your clinic");
    let mut body = String::new();
    html::push_html(&mut body, with_heading_ids(markdown).into_iter());
    standalone_page(lang_code, title, STYLE, &body)
}

/// A page of the site that is plain HTML, no widget (the guide, the QR
/// sheet): its language, escaped title, own style, and `body` as given. It
/// asks for no icon, so it makes no request a static host would 404.
pub fn standalone_page(lang_code: &str, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang_code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">\
         <title>{title}</title><style>{style}</style></head>\
         <body><main>{body}</main></body></html>\n",
        title = escape_html(title),
    )
}

/// The Markdown's events, each heading given the id GitHub gives it, so
/// the guide's contents links (`#put-it-in-a-blog-post`) work on both.
fn with_heading_ids(markdown: &str) -> Vec<Event<'_>> {
    let mut events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_TABLES).collect();
    for i in 0..events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let text: String = events[i + 1..]
                .iter()
                .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
                .filter_map(|e| match e {
                    Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                    _ => None,
                })
                .collect();
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(slug(&text)));
            }
        }
    }
    events
}

/// GitHub's heading anchor: lower case, spaces to hyphens, punctuation gone.
fn slug(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// A readable column, large type, pictures that fit a phone.
const STYLE: &str = "body{margin:0;font:18px/1.55 system-ui,sans-serif;color:#1b1f24;background:#f7f8fa}\
main{max-width:42rem;margin:0 auto;padding:1rem 1.2rem 3rem;background:#fff}\
h1{font-size:1.8rem;line-height:1.2}h2{margin-top:2.2rem;border-top:1px solid #d5dae0;padding-top:1rem}\
img{max-width:100%;height:auto;border:1px solid #d5dae0;border-radius:6px}\
pre{overflow-x:auto;background:#f0f2f5;padding:.7rem;border-radius:6px;font-size:.85rem}\
code{font-size:.9em}a{color:#1d4e89}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_page_has_its_title_headings_and_pictures() {
        let html = page(
            "# For <your> clinic\n\n## Put it in a post\n\n![A post](img/post.png)\n",
            "en",
        );
        assert!(
            html.contains("<title>For &lt;your&gt; clinic</title>"),
            "{html}"
        );
        assert!(
            html.contains(r#"<h2 id="put-it-in-a-post">Put it in a post</h2>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="img/post.png" alt="A post" />"#),
            "{html}"
        );
    }
}
