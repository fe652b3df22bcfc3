//! oEmbed for "paste a link, get the live widget": each page advertises a
//! static JSON file (`oembed/<page>.json`; the site has no server code)
//! whose `html` is a plain link to the page in a `<blockquote>`, then an
//! `<iframe>` of the page's embed URL. That is the pattern WordPress accepts
//! from an unknown provider: it keeps the blockquote and the iframe, adds
//! `sandbox="allow-scripts"` and a secret, and shows the iframe once the
//! widget posts its height (see the widget's `HeightReporter`).

use crate::sizes::{EMBED_HEIGHT as HEIGHT, EMBED_WIDTH as WIDTH, PREVIEW_HEIGHT, PREVIEW_WIDTH};
use calf_pump_links::urls::escape_html;
use calf_pump_words::{fill, Lang};

/// One page's embed.
pub struct Embed<'a> {
    /// The page's title, e.g. "Climbing stairs, leaky deep veins".
    pub title: &'a str,
    /// The page's absolute URL (what a clinic pastes).
    pub page_url: &'a str,
    /// The page's scenario in embed mode (`…?embed=1`).
    pub embed_url: &'a str,
    /// The page's 1200×630 preview image.
    pub image_url: &'a str,
    /// The site's root URL.
    pub site: &'a str,
    /// The page's language.
    pub lang: Lang,
    /// Whose site it is: the clinic's name on a clinic's copy, else the
    /// widget's.
    pub site_name: &'a str,
    /// The clinic, on a clinic's copy (the response's author).
    pub clinic: Option<&'a str>,
}

/// The embed's HTML: a plain link for readers whose editor drops iframes,
/// then the widget.
pub fn html(e: &Embed) -> String {
    // "Try it live in" names the tool, whoever's site it is on; the front
    // page's title is the tool's name: say it once.
    let tool = e.lang.words().page_title();
    let link_text = if e.title == e.site_name || e.title == tool {
        e.title.to_string()
    } else {
        fill(
            e.lang.site_words().preview_try_it_live(),
            &[("title", e.title), ("site", tool)],
        )
    };
    let frame_title = if e.title == e.site_name {
        e.title.to_string()
    } else {
        format!("{}: {}", e.site_name, e.title)
    };
    format!(
        "<blockquote class=\"calf-pump-embed\"><a href=\"{page}\">{link_text}</a></blockquote><iframe src=\"{src}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" title=\"{frame_title}\" frameborder=\"0\"></iframe>",
        page = escape_html(e.page_url),
        link_text = escape_html(&link_text),
        frame_title = escape_html(&frame_title),
        src = escape_html(e.embed_url),
    )
}

/// The oEmbed 1.0 response (type `rich`) for the page.
pub fn json(e: &Embed) -> String {
    let mut v = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": e.site_name,
        "provider_url": e.site,
        "title": e.title,
        "width": WIDTH,
        "height": HEIGHT,
        "thumbnail_url": e.image_url,
        "thumbnail_width": PREVIEW_WIDTH,
        "thumbnail_height": PREVIEW_HEIGHT,
        "html": html(e),
    });
    if let Some(clinic) = e.clinic {
        v["author_name"] = clinic.into();
        v["author_url"] = e.site.into();
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_response_is_oembed_rich_with_one_iframe_of_the_embed_url() {
        let e = Embed {
            title: "Climbing stairs, leaky deep veins",
            page_url: "https://c.example/stairs/deep-reflux/",
            embed_url: "https://c.example/stairs/deep-reflux/?embed=1&clinic=A&B",
            image_url: "https://c.example/previews/stairs-deep-reflux.png",
            site: "https://c.example/",
            lang: Default::default(),
            site_name: "Calf Pump Explorer",
            clinic: None,
        };
        let v: serde_json::Value = serde_json::from_str(&json(&e)).unwrap();
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["type"], "rich");
        assert_eq!(v["width"], 680);
        assert_eq!(v["thumbnail_width"], 1200);
        let html = v["html"].as_str().unwrap();
        assert_eq!(html.matches("<iframe").count(), 1);
        assert!(!html.contains("<script"));
        assert!(
            html.contains(
                "src=\"https://c.example/stairs/deep-reflux/?embed=1&amp;clinic=A&amp;B\""
            ),
            "{html}"
        );
        assert!(html.starts_with("<blockquote"));
    }
}
