//! A clinic's own copy, from one settings file (`clinic.toml`, see
//! `clinic.example.toml`): its name, colour, booking page and button text
//! per language, the address the copy is published at, and the language its
//! front pages speak. `scripts/build` reads it; every page then carries the
//! clinic in `<meta name="calf-pump-settings">` (the widget, the planner and
//! the clinic page read it as this copy's settings), and the titles, share
//! cards and oEmbed responses name it. Each value goes through the links
//! crate's validated types, as a link's would.

use calf_pump_links::settings::{BrandColour, HttpsUrl, PlainText, DEFAULT_BRAND};
use calf_pump_words::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// `clinic.toml` as written: every field text, checked in [`ClinicCopy::parse`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    #[serde(default)]
    colour: Option<String>,
    site: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    booking: Option<String>,
    #[serde(default)]
    button: BTreeMap<String, String>,
}

/// One clinic's copy, every value valid.
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicCopy {
    pub name: PlainText,
    pub colour: BrandColour,
    /// Where the copy is published, ending in `/`: its pages' canonical
    /// addresses, share cards and oEmbed responses point here.
    pub site: String,
    /// What the front pages speak when nothing else says.
    pub language: Lang,
    /// `None`: no booking button at all.
    pub booking: Option<HttpsUrl>,
    /// The button's text per language (the language's default where absent).
    pub buttons: Vec<(Lang, PlainText)>,
}

impl ClinicCopy {
    /// Reads a `clinic.toml`; an error says which field is wrong and how.
    pub fn parse(text: &str) -> Result<Self, String> {
        let f: File = toml::from_str(text).map_err(|e| format!("clinic.toml: {e}"))?;
        let name = PlainText::parse(&f.name).ok_or("clinic.toml: `name` is empty")?;
        let colour = match f.colour.as_deref() {
            None => BrandColour::parse(DEFAULT_BRAND).ok_or("the default colour")?,
            Some(c) => BrandColour::parse(c).ok_or(format!(
                "clinic.toml: `colour` must be a colour like \"#0b6e4f\", not \"{c}\""
            ))?,
        };
        let site = parse_site(&f.site)?;
        let language = match f.language.as_deref() {
            None => Lang::default(),
            Some(code) => Lang::from_code(code).ok_or(format!(
                "clinic.toml: `language` must be one of {}, not \"{code}\"",
                codes()
            ))?,
        };
        let booking = match f.booking.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => Some(HttpsUrl::parse(url).ok_or(format!(
                "clinic.toml: `booking` must be a full https:// address, not \"{url}\""
            ))?),
        };
        let mut buttons = Vec::new();
        for (code, text) in &f.button {
            let lang = Lang::from_code(code).ok_or(format!(
                "clinic.toml: [button] has \"{code}\"; the languages are {}",
                codes()
            ))?;
            if let Some(text) = PlainText::parse(text) {
                buttons.push((lang, text));
            }
        }
        Ok(Self {
            name,
            colour,
            site,
            language,
            booking,
            buttons,
        })
    }

    /// The settings every page in `lang` carries, as a query for
    /// `PageSettings::set_copy`.
    pub fn page_settings(&self, lang: Lang) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("clinic", self.name.as_str());
        q.append_pair("brand", self.colour.as_str());
        q.append_pair(
            "cta_url",
            self.booking.as_ref().map_or("none", |u| u.as_str()),
        );
        if let Some((_, text)) = self.buttons.iter().find(|(l, _)| *l == lang) {
            q.append_pair("cta", text.as_str());
        }
        q.append_pair("lang", self.language.code());
        q.finish()
    }
}

/// The languages' codes, for an error message.
fn codes() -> String {
    Lang::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The copy's address: absolute http(s), ending in `/`.
fn parse_site(site: &str) -> Result<String, String> {
    let site = site.trim();
    if !(site.starts_with("https://") || site.starts_with("http://"))
        || site.contains(['"', '<', '>', ' '])
    {
        return Err(format!(
            "clinic.toml: `site` must be the full address the copy is published at, like \"https://your-clinic.example/calf-pump/\", not \"{site}\""
        ));
    }
    Ok(if site.ends_with('/') {
        site.to_string()
    } else {
        format!("{site}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../clinic.example.toml");

    #[test]
    fn the_example_file_reads_and_every_page_carries_its_clinic() {
        let copy = ClinicCopy::parse(EXAMPLE).unwrap();
        assert_eq!(copy.name.as_str(), "Ozark Vein Clinic");
        assert!(copy.site.ends_with('/'));
        let es = copy.page_settings(Lang::Es);
        assert!(es.contains("clinic=Ozark+Vein+Clinic"), "{es}");
        assert!(es.contains("cta=Pida"), "{es}");
        assert!(copy.page_settings(Lang::En).contains("cta=Book"));
    }

    #[test]
    fn a_copy_without_a_booking_page_has_no_button_and_bad_values_are_named() {
        let copy = ClinicCopy::parse("name = \"A\"\nsite = \"https://a.example\"").unwrap();
        assert_eq!(copy.booking, None);
        assert!(copy.page_settings(Lang::En).contains("cta_url=none"));
        assert_eq!(copy.site, "https://a.example/");
        for (bad, says) in [
            (
                "name = \"A\"\nsite = \"https://a.example/\"\nbooking = \"http://b.example\"",
                "booking",
            ),
            (
                "name = \"A\"\nsite = \"https://a.example/\"\ncolour = \"green-ish\"",
                "colour",
            ),
            ("name = \"A\"\nsite = \"a.example\"", "site"),
            (
                "name = \"A\"\nsite = \"https://a.example/\"\nlanguage = \"fr\"",
                "language",
            ),
            (
                "name = \"A\"\nsite = \"https://a.example/\"\n[button]\nfr = \"x\"",
                "button",
            ),
            ("name = \"A\"", "site"),
            (
                "name = \"A\"\nsite = \"https://a.example/\"\nbookings = \"x\"",
                "bookings",
            ),
        ] {
            let e = ClinicCopy::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
