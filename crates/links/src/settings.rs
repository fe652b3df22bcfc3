//! Page settings carried in the link next to the scenario, part of the same
//! stable query-string contract: `embed`, and the clinic's own `clinic` (name),
//! `brand` (a CSS colour), `cta` (call-to-action text) and `cta_url` (`https:`
//! only). Each value is validated once, into a type that cannot hold anything
//! else, and is only ever rendered as text.

use crate::scenario::query_pairs;
use calf_pump_words::Lang;
use std::fmt;
use std::sync::OnceLock;

/// The widget's own blue (`--brand` in `www/style.css`).
pub const DEFAULT_BRAND: &str = "#1d4e89";
/// The clinic whose blog post the widget grew from (shared/seed-post.md).
pub const DEFAULT_CTA_URL: &str = "https://www.missouriveincare.com/";
const MAX_TEXT_CHARS: usize = 80;
const MAX_URL_CHARS: usize = 500;

/// Short plain text from a link: control characters dropped, whitespace
/// folded, at most 80 characters, never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainText(String);

impl PlainText {
    pub fn parse(value: &str) -> Option<Self> {
        let folded: String = value
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let capped: String = folded.chars().take(MAX_TEXT_CHARS).collect();
        (!capped.is_empty()).then_some(Self(capped))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A colour written `#rgb` or `#rrggbb` (hex digits only, lower case).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrandColour(String);

impl BrandColour {
    pub fn parse(value: &str) -> Option<Self> {
        let v = value.trim().to_ascii_lowercase();
        let hex = v.strip_prefix('#')?;
        let ok = (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit());
        ok.then_some(Self(v))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The colour's red, green and blue channels (0–255).
    pub fn rgb(&self) -> [u8; 3] {
        let hex = &self.0[1..];
        let channel = |i: usize| -> u8 {
            if hex.len() == 3 {
                let d = u8::from_str_radix(&hex[i..i + 1], 16).unwrap_or(0);
                d * 17
            } else {
                u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(0)
            }
        };
        [channel(0), channel(1), channel(2)]
    }

    /// Relative luminance (WCAG 2.x).
    pub fn relative_luminance(&self) -> f64 {
        let linear = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.rgb();
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// This colour, darkened (each channel scaled toward black in 5 % steps)
    /// until it reaches 4.5:1 against white: WCAG AA for body text, so a
    /// clinic's light brand (e.g. `#f5c400`, 1.6:1) stays readable wherever
    /// the widget uses it for text, thin lines or a button with white text.
    pub fn readable_on_white(&self) -> BrandColour {
        let [r, g, b] = self.rgb();
        let mut scale = 1.0_f64;
        loop {
            let c = |x: u8| (x as f64 * scale).round() as u8;
            let candidate = BrandColour(format!("#{:02x}{:02x}{:02x}", c(r), c(g), c(b)));
            if candidate.contrast_with_white() >= 4.5 || scale <= 0.0 {
                return candidate;
            }
            scale = (scale - 0.05).max(0.0);
        }
    }

    /// Contrast ratio against white (WCAG 2.x), 1 to 21.
    pub fn contrast_with_white(&self) -> f64 {
        1.05 / (self.relative_luminance() + 0.05)
    }

    /// Text colour to put on this colour: white where it reaches 4.5:1
    /// contrast (WCAG AA for body text), otherwise near-black.
    pub fn ink(&self) -> &'static str {
        if self.contrast_with_white() >= 4.5 {
            "#ffffff"
        } else {
            "#1c232b"
        }
    }
}

/// An absolute `https:` URL with a host and nothing that could break out of
/// an attribute; `javascript:`, `data:`, `http:` (but to this machine) and
/// the like never parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpsUrl(String);

impl HttpsUrl {
    pub fn parse(value: &str) -> Option<Self> {
        let v = value.trim();
        let https = v
            .get(..8)
            .filter(|s| s.eq_ignore_ascii_case("https://"))
            .map(|_| &v[8..]);
        // Plain http only to this machine (a test, a clinic trying a copy
        // out): it cannot send a reader anywhere else.
        let loopback = || {
            v.get(..7)
                .filter(|s| s.eq_ignore_ascii_case("http://"))
                .map(|_| &v[7..])
                .filter(|rest| {
                    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                    let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
                    matches!(name, "127.0.0.1" | "localhost")
                })
        };
        let (scheme, rest) = match https {
            Some(rest) => ("https", rest),
            None => ("http", loopback()?),
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let ok = !host.is_empty()
            && v.len() <= MAX_URL_CHARS
            && !v.chars().any(|c| {
                c.is_control()
                    || c.is_whitespace()
                    || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
            });
        ok.then(|| Self(format!("{scheme}://{rest}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an embedding clinic (or a link) may set besides the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSettings {
    /// Compact layout without page chrome, for an iframe.
    pub embed: bool,
    /// A healthy leg overlaid on the reader's (`compare=1`).
    pub compare: bool,
    pub clinic: Option<PlainText>,
    pub brand: Option<BrandColour>,
    /// The clinic's own call to action (`cta`); `None` shows the
    /// language's default ([`PageSettings::cta_text`]).
    pub cta: Option<PlainText>,
    /// The booking page the call to action opens; `None` (`cta_url=none`,
    /// a copy without a booking page) shows no button at all rather than
    /// someone else's.
    pub cta_url: Option<HttpsUrl>,
    /// The language the link asks for (`lang=es`), if it names one.
    pub lang: Option<Lang>,
}

impl Default for PageSettings {
    fn default() -> Self {
        Self {
            embed: false,
            compare: false,
            clinic: None,
            brand: None,
            cta: None,
            cta_url: Some(HttpsUrl(DEFAULT_CTA_URL.to_string())),
            lang: None,
        }
    }
}

/// The copy's own settings: a clinic's copy carries them in every page
/// (built from its `clinic.toml`); the browser reads them once, at start.
/// A link's settings go on top of them, and the links a page hands out
/// leave out whatever equals them.
static COPY: OnceLock<PageSettings> = OnceLock::new();
static COPY_LANGUAGE: OnceLock<Option<Lang>> = OnceLock::new();

/// A setting a link carried that could not be used (the rest of the link
/// still is), for the reader's notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// `compare` was not 1 or 0.
    Compare,
    /// `cta` was empty.
    Cta,
    /// `brand` was not a colour.
    Brand,
    /// `cta_url` was not an `https://` address.
    CtaUrl,
    /// `lang` named a language without a catalogue.
    Lang,
}

impl Refused {
    /// The query key, as the reader typed it.
    pub const fn key(self) -> &'static str {
        match self {
            Refused::Compare => "compare",
            Refused::Cta => "cta",
            Refused::Brand => "brand",
            Refused::CtaUrl => "cta_url",
            Refused::Lang => "lang",
        }
    }
}

impl PageSettings {
    /// The call to action's text: the clinic's own, else the default in
    /// the reader's language.
    pub fn cta_text(&self, lang: Lang) -> &str {
        match &self.cta {
            Some(cta) => cta.as_str(),
            None => lang.words().page_cta_default(),
        }
    }

    /// The language of the links this page hands out: the one it shows.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// This copy's settings, before any link: a clinic's copy's (see
    /// [`PageSettings::set_copy`]), else the defaults.
    pub fn copy() -> Self {
        COPY.get().cloned().unwrap_or_default()
    }

    /// Takes `query` (the page's `calf-pump-settings`) as this copy's
    /// settings, once; later calls change nothing.
    pub fn set_copy(query: &str) {
        let mut copy = Self::parse_copy(query);
        // The copy's language is its default, below a link's or a page
        // path's choice: see [`PageSettings::copy_language`].
        let language = copy.lang.take();
        let _ = COPY.set(copy);
        let _ = COPY_LANGUAGE.set(language);
    }

    /// A copy's settings from its `calf-pump-settings` (what the pages of a
    /// clinic's copy carry): never embedded, never comparing.
    pub fn parse_copy(query: &str) -> Self {
        let (mut copy, _) = Self::read(Self::default(), query);
        copy.embed = false;
        copy.compare = false;
        copy
    }

    /// The language this copy speaks when neither the link nor the page
    /// path says (a clinic's `language` in its `clinic.toml`).
    pub fn copy_language() -> Option<Lang> {
        COPY_LANGUAGE.get().copied().flatten()
    }

    /// Reads a link's settings over this copy's; each bad value keeps the
    /// copy's and is reported.
    pub fn from_query(query: &str) -> (Self, Vec<Refused>) {
        Self::read(Self::copy(), query)
    }

    fn read(base: Self, query: &str) -> (Self, Vec<Refused>) {
        let mut s = base;
        let mut ignored = Vec::new();
        let mut refuse = |what| ignored.push(what);
        for (key, value) in query_pairs(query) {
            match key.as_str() {
                "embed" => s.embed = matches!(value.trim(), "1" | "true" | "yes"),
                "compare" => match value.trim() {
                    "1" | "true" | "yes" => s.compare = true,
                    "0" | "false" | "no" | "" => s.compare = false,
                    _ => refuse(Refused::Compare),
                },
                "clinic" => s.clinic = PlainText::parse(&value),
                "cta" => match PlainText::parse(&value) {
                    Some(t) => s.cta = Some(t),
                    None => refuse(Refused::Cta),
                },
                "brand" => match BrandColour::parse(&value) {
                    Some(c) => s.brand = Some(c),
                    None => refuse(Refused::Brand),
                },
                "cta_url" if value.trim() == "none" => s.cta_url = None,
                "cta_url" => match HttpsUrl::parse(&value) {
                    Some(u) => s.cta_url = Some(u),
                    None => refuse(Refused::CtaUrl),
                },
                "lang" => match Lang::from_code(&value) {
                    Some(l) => s.lang = Some(l),
                    None => refuse(Refused::Lang),
                },
                // Scenario keys and keys of newer versions are not settings.
                _ => {}
            }
        }
        (s, ignored)
    }

    /// The mode and the clinic's keys (what this copy has anyway left out),
    /// to carry into shared links and embed snippets, as (key, value) pairs
    /// for a query serializer. `embed` is not among them: the embed link
    /// adds it.
    pub fn link_pairs(&self) -> Vec<(&'static str, &str)> {
        let copy = Self::copy();
        let mut pairs = Vec::new();
        if self.compare {
            pairs.push(("compare", "1"));
        }
        if let Some(c) = self
            .clinic
            .as_ref()
            .filter(|c| copy.clinic.as_ref() != Some(*c))
        {
            pairs.push(("clinic", c.as_str()));
        }
        if let Some(b) = self
            .brand
            .as_ref()
            .filter(|b| copy.brand.as_ref() != Some(*b))
        {
            pairs.push(("brand", b.as_str()));
        }
        if let Some(cta) = self.cta.as_ref().filter(|c| copy.cta.as_ref() != Some(*c)) {
            pairs.push(("cta", cta.as_str()));
        }
        if self.cta_url != copy.cta_url {
            pairs.push((
                "cta_url",
                self.cta_url.as_ref().map_or("none", |u| u.as_str()),
            ));
        }
        pairs
    }

    /// The clinic keys of these settings as a query (defaults left out).
    pub fn to_query(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.link_pairs())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_light_brand_is_darkened_to_readable_and_a_dark_one_kept() {
        for light in ["#f5c400", "#ffffff", "#7fffd4", "#ff69b4", "#abc"] {
            let brand = BrandColour::parse(light).unwrap();
            let readable = brand.readable_on_white();
            assert!(
                readable.contrast_with_white() >= 4.5,
                "{light} -> {}",
                readable.as_str()
            );
            assert_eq!(readable.ink(), "#ffffff");
        }
        let dark = BrandColour::parse("#1d4e89").unwrap();
        assert_eq!(dark.readable_on_white(), dark);
        assert!(BrandColour::parse("#f5c400").unwrap().contrast_with_white() < 2.0);
    }

    #[test]
    fn https_only_for_links() {
        let parsed = |v: &str| HttpsUrl::parse(v).map(|u| u.as_str().to_string());
        assert_eq!(
            parsed("https://clinic.example/book?x=1").as_deref(),
            Some("https://clinic.example/book?x=1")
        );
        assert_eq!(
            parsed("HTTPS://clinic.example").as_deref(),
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
            assert_eq!(parsed(bad), None, "{bad}");
        }
    }

    #[test]
    fn colours_are_hex_only() {
        assert_eq!(
            BrandColour::parse("#1D4E89")
                .map(|c| c.as_str().to_string())
                .as_deref(),
            Some("#1d4e89")
        );
        assert!(BrandColour::parse("#abc").is_some());
        for bad in [
            "red",
            "#12345",
            "url(x)",
            "#1d4e89;background:red",
            "expression(alert(1))",
        ] {
            assert_eq!(BrandColour::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_is_folded_and_capped() {
        assert_eq!(
            PlainText::parse("  Ozark\n\tVein   Clinic ")
                .map(|t| t.as_str().to_string())
                .as_deref(),
            Some("Ozark Vein Clinic")
        );
        assert_eq!(
            PlainText::parse(&"x".repeat(500)).map(|s| s.as_str().chars().count()),
            Some(MAX_TEXT_CHARS)
        );
        assert_eq!(PlainText::parse("   "), None);
    }

    #[test]
    fn ink_keeps_contrast_on_any_brand_colour() {
        let ink = |c: &str| BrandColour::parse(c).unwrap().ink();
        assert_eq!(ink("#1d4e89"), "#ffffff");
        assert_eq!(ink("#ffff00"), "#1c232b");
        assert_eq!(ink("#fff"), "#1c232b");
        assert_eq!(ink("#000"), "#ffffff");
    }
}
