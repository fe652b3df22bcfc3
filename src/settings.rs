//! Page settings carried in the link next to the scenario, part of the same
//! stable query-string contract: `embed`, and the clinic's own `clinic` (name),
//! `brand` (a CSS colour), `cta` (call-to-action text) and `cta_url` (`https:`
//! only). Every value is validated here and rendered as text, never as HTML.

use crate::scenario::Scenario;

pub const DEFAULT_CTA_TEXT: &str = "Book a free vein screening";
/// The clinic whose blog post the widget grew from (shared/seed-post.md).
pub const DEFAULT_CTA_URL: &str = "https://www.missouriveincare.com/";
const MAX_TEXT_CHARS: usize = 80;
const MAX_URL_CHARS: usize = 500;

/// What an embedding clinic (or a link) may set besides the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSettings {
    /// Compact layout without page chrome, for an iframe.
    pub embed: bool,
    pub clinic: Option<String>,
    /// A validated colour: `#rgb` or `#rrggbb`, lower case.
    pub brand: Option<String>,
    pub cta_text: String,
    pub cta_url: String,
}

impl Default for PageSettings {
    fn default() -> Self {
        Self {
            embed: false,
            clinic: None,
            brand: None,
            cta_text: DEFAULT_CTA_TEXT.to_string(),
            cta_url: DEFAULT_CTA_URL.to_string(),
        }
    }
}

/// A setting that was ignored, and why, for the reader's notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoredSetting {
    pub key: &'static str,
    pub reason: &'static str,
}

/// Plain text from a parameter: control characters dropped, whitespace folded,
/// length capped. The result is only ever shown as text.
fn clean_text(value: &str) -> Option<String> {
    let folded: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let capped: String = folded.chars().take(MAX_TEXT_CHARS).collect();
    (!capped.is_empty()).then_some(capped)
}

/// `#rgb` or `#rrggbb` (hex digits only).
fn clean_colour(value: &str) -> Option<String> {
    let v = value.trim().to_ascii_lowercase();
    let hex = v.strip_prefix('#')?;
    ((hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())).then_some(v)
}

/// An absolute `https:` URL with a host and nothing that could break out of
/// an attribute; anything else (`javascript:`, `data:`, `http:`) is refused.
fn clean_https_url(value: &str) -> Option<String> {
    let v = value.trim();
    let rest = v
        .get(..8)
        .filter(|s| s.eq_ignore_ascii_case("https://"))
        .map(|_| &v[8..])?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let ok = !host.is_empty()
        && v.len() <= MAX_URL_CHARS
        && !v.chars().any(|c| {
            c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
        });
    ok.then(|| format!("https://{rest}"))
}

/// Relative luminance of a `#rgb`/`#rrggbb` colour (WCAG 2.x).
pub fn relative_luminance(colour: &str) -> f64 {
    let hex = colour.trim_start_matches('#');
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let channel = |i: usize| {
        let c =
            u8::from_str_radix(full.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// Text colour to put on a brand-coloured button: white where it reaches
/// 4.5:1 contrast, otherwise near-black.
pub fn ink_on(colour: &str) -> &'static str {
    let contrast_with_white = 1.05 / (relative_luminance(colour) + 0.05);
    if contrast_with_white >= 4.5 {
        "#ffffff"
    } else {
        "#1c232b"
    }
}

impl PageSettings {
    /// Reads the settings; each bad value falls back to its default and is reported.
    pub fn from_query(query: &str) -> (Self, Vec<IgnoredSetting>) {
        let mut s = PageSettings::default();
        let mut ignored = Vec::new();
        for (key, value) in crate::scenario::query_pairs(query) {
            match key.as_str() {
                "embed" => s.embed = matches!(value.trim(), "1" | "true" | "yes"),
                "clinic" => s.clinic = clean_text(&value),
                "cta" => match clean_text(&value) {
                    Some(t) => s.cta_text = t,
                    None => ignored.push(IgnoredSetting {
                        key: "cta",
                        reason: "it was empty",
                    }),
                },
                "brand" => match clean_colour(&value) {
                    Some(c) => s.brand = Some(c),
                    None => ignored.push(IgnoredSetting {
                        key: "brand",
                        reason: "it is not a colour like #1d4e89",
                    }),
                },
                "cta_url" => match clean_https_url(&value) {
                    Some(u) => s.cta_url = u,
                    None => ignored.push(IgnoredSetting {
                        key: "cta_url",
                        reason: "only https:// links are allowed",
                    }),
                },
                _ => {}
            }
        }
        (s, ignored)
    }

    /// The clinic keys of these settings as a query (defaults left out), to
    /// carry into shared links and embed snippets.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.clinic {
            parts.push(format!("clinic={}", encode(c)));
        }
        if let Some(b) = &self.brand {
            parts.push(format!("brand={}", encode(b)));
        }
        if self.cta_text != DEFAULT_CTA_TEXT {
            parts.push(format!("cta={}", encode(&self.cta_text)));
        }
        if self.cta_url != DEFAULT_CTA_URL {
            parts.push(format!("cta_url={}", encode(&self.cta_url)));
        }
        parts.join("&")
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The full-page link to a scenario: `site` is the widget's root URL ending in `/`.
pub fn share_url(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    let query: Vec<String> = [scenario.to_link_query(), settings.to_query()]
        .into_iter()
        .filter(|q| !q.is_empty())
        .collect();
    if query.is_empty() {
        site.to_string()
    } else {
        format!("{site}?{}", query.join("&"))
    }
}

/// HTML-escapes text for an attribute value.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The one-line embed snippet a blog author pastes: an iframe of the widget in
/// embed mode, and the loader script that sizes it to its content.
pub fn embed_snippet(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    let page = share_url(site, scenario, settings);
    let src = if page.contains('?') {
        format!("{page}&embed=1")
    } else {
        format!("{page}?embed=1")
    };
    format!(
        "<iframe src=\"{}\" title=\"Calf Pump Explorer: how your calf muscle pumps blood\" loading=\"lazy\" allow=\"fullscreen; web-share; clipboard-write\" style=\"width:100%;height:900px;border:0\"></iframe><script src=\"{}embed.js\" async></script>",
        attr(&src),
        attr(site)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_only_for_links() {
        assert_eq!(
            clean_https_url("https://clinic.example/book?x=1").as_deref(),
            Some("https://clinic.example/book?x=1")
        );
        assert_eq!(
            clean_https_url("HTTPS://clinic.example").as_deref(),
            Some("https://clinic.example")
        );
        for bad in [
            "javascript:alert(1)",
            "http://clinic.example",
            "data:text/html,hi",
            "https://",
            "https:// x",
            "https://a\"onmouseover=1",
            "//evil.example",
        ] {
            assert_eq!(clean_https_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn colours_are_hex_only() {
        assert_eq!(clean_colour("#1D4E89").as_deref(), Some("#1d4e89"));
        assert_eq!(clean_colour("#abc").as_deref(), Some("#abc"));
        for bad in [
            "red",
            "#12345",
            "url(x)",
            "#1d4e89;background:red",
            "expression(alert(1))",
        ] {
            assert_eq!(clean_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_is_folded_and_capped() {
        assert_eq!(
            clean_text("  Ozark\n\tVein   Clinic ").as_deref(),
            Some("Ozark Vein Clinic")
        );
        assert_eq!(
            clean_text(&"x".repeat(500)).map(|s| s.chars().count()),
            Some(MAX_TEXT_CHARS)
        );
        assert_eq!(clean_text("   "), None);
    }

    #[test]
    fn ink_keeps_contrast_on_any_brand_colour() {
        assert_eq!(ink_on("#1d4e89"), "#ffffff");
        assert_eq!(ink_on("#ffff00"), "#1c232b");
    }
}
