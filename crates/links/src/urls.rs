//! The links the widget hands out: the full-page link to a scenario and the
//! embed snippet a blog author pastes. Query strings are built with
//! `form_urlencoded` and HTML attributes escaped with `html-escape`, here and
//! nowhere else.

use crate::scenario::{query_pairs, Scenario};
use crate::settings::PageSettings;
use calf_pump_words::Lang;

/// Escapes text for a double-quoted HTML attribute value (or a text node).
pub fn escape_html(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

/// `page` (an absolute URL) with `scenario_query`, the clinic's `settings`
/// and any `extra` keys as its query.
fn link(
    page: String,
    scenario_query: &str,
    settings: &PageSettings,
    extra: &[(&str, &str)],
) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in query_pairs(scenario_query) {
        out.append_pair(&key, &value);
    }
    out.extend_pairs(settings.link_pairs());
    out.extend_pairs(extra);
    let query = out.finish();
    if query.is_empty() {
        page
    } else {
        format!("{page}?{query}")
    }
}

/// The link to the pre-built page of `scenario` (see
/// [`Scenario::page_path`]), with the rest of the scenario, the clinic's
/// `settings` and any `extra` keys in the query, defaults left out.
fn page_link(
    site: &str,
    scenario: &Scenario,
    settings: &PageSettings,
    extra: &[(&str, &str)],
) -> String {
    // The language rides in the path: link previews read the pre-built
    // page in that language (`es/stairs/deep-reflux/`).
    let page = format!(
        "{site}{}{}",
        settings.lang().page_prefix(),
        scenario.page_path()
    );
    link(page, &scenario.to_page_query(), settings, extra)
}

/// The full-page link to a scenario: `site` is the widget's root URL ending in
/// `/`. It opens the scenario's own page, whose link preview shows that
/// activity and leg.
pub fn share_url(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    page_link(site, scenario, settings, &[])
}

/// The link that opens the scenario in embed mode, for an iframe.
pub fn embed_url(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    page_link(site, scenario, settings, &[("embed", "1")])
}

/// The scenario's page as a one-page handout to print (`print=1`): the
/// page's own lesson, with a QR code of its address (see `crates/site`).
pub fn print_url(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    // The full page, whatever view the reader printed from.
    let full_page = PageSettings {
        embed: false,
        compare: false,
        ..settings.clone()
    };
    page_link(site, scenario, &full_page, &[("print", PRINT_VALUE)])
}

/// `print=1`: the page opens its print dialog once loaded.
const PRINT_VALUE: &str = "1";

/// Whether a link asks for the page to be printed.
pub fn wants_print(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "print" && v == PRINT_VALUE)
}

/// The clinic page, relative to the site root: a separate, small build that
/// writes the embed code, so patients never download it.
pub const FOR_CLINICS_PATH: &str = "for-clinics/";
/// The guide for clinics (`docs/for-clinics.md`), published with every copy.
pub const GUIDE_PATH: &str = "for-clinics/guide/";
/// The waiting-room sheet of QR cards, in each language.
pub const QR_SHEET_PATH: &str = "for-clinics/qr/";

/// The clinic page for `scenario`: the whole scenario and the clinic's
/// settings ride in the query, since the page has no scenario path.
pub fn for_clinics_url(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    let page = format!("{site}{FOR_CLINICS_PATH}");
    let lang = settings.lang.filter(|l| *l != Lang::default());
    let extra: Vec<(&str, &str)> = lang.map(|l| ("lang", l.code())).into_iter().collect();
    link(page, &scenario.to_link_query(), settings, &extra)
}

/// The one-line embed snippet a blog author pastes: an iframe of the widget in
/// embed mode, and the loader script that sizes it to its content.
pub fn embed_snippet(site: &str, scenario: &Scenario, settings: &PageSettings) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"fullscreen; web-share; clipboard-write\" style=\"width:100%;height:760px;border:0\"></iframe><script src=\"{}embed.js\" async></script>",
        escape_html(&embed_url(site, scenario, settings)),
        escape_html(settings.lang().site_words().site_embed_frame_title()),
        escape_html(site)
    )
}

/// The secret WordPress appends to an oEmbed iframe's address
/// (`#?secret=AbC123xyZ0`), which its `wp-embed` script expects back in
/// every `{secret, message: "height", value}` message. Letters and digits
/// only, as `wp-embed` accepts; anything else is not WordPress's.
pub fn wordpress_embed_secret(fragment: &str) -> Option<String> {
    let query = fragment.trim_start_matches('#').trim_start_matches('?');
    query_pairs(query)
        .find(|(key, _)| key == "secret")
        .map(|(_, value)| value)
        .filter(|v| (1..=64).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calf_pump_model::Activity;

    #[test]
    fn the_handout_link_is_the_full_page_of_the_scenario_asking_to_print() {
        let (settings, _) = PageSettings::from_query("embed=1&compare=1&lang=es");
        let scenario = Scenario::from_query("activity=stairs&leg=deep-reflux").unwrap();
        let url = print_url("https://c.example/", &scenario, &settings);
        assert!(
            url.starts_with("https://c.example/es/stairs/deep-reflux/?"),
            "{url}"
        );
        let query = url.split_once('?').unwrap().1;
        assert!(wants_print(query), "{url}");
        assert!(
            !query.contains("embed") && !query.contains("compare"),
            "{url}"
        );
        assert!(!wants_print("print=0") && !wants_print("activity=walking"));
    }

    #[test]
    fn the_clinic_page_carries_the_whole_scenario_and_the_settings() {
        let (settings, _) = PageSettings::from_query("clinic=Ozark%20Veins");
        let scenario = Scenario::from_query("activity=stairs&leg=deep-reflux").unwrap();
        let url = for_clinics_url("https://c.example/", &scenario, &settings);
        assert!(url.starts_with("https://c.example/for-clinics/?"), "{url}");
        let query = url.split_once('?').unwrap().1;
        assert_eq!(Scenario::from_link_lenient("", query).0, scenario);
        assert_eq!(PageSettings::from_query(query).0.clinic, settings.clinic);
        assert_eq!(
            for_clinics_url("/", &Scenario::default(), &PageSettings::default()),
            "/for-clinics/"
        );
    }

    #[test]
    fn the_snippet_escapes_and_encodes_what_a_clinic_typed() {
        let (settings, _) = PageSettings::from_query("clinic=A%20%26%20B%20%22Veins%22&embed=1");
        let scenario = Scenario {
            activity: Activity::Stairs,
            ..Default::default()
        };
        let url = embed_url("https://c.example/", &scenario, &settings);
        assert_eq!(
            url,
            "https://c.example/stairs/?clinic=A+%26+B+%22Veins%22&embed=1"
        );
        let snippet = embed_snippet("https://c.example/", &scenario, &settings);
        assert!(snippet
            .contains("src=\"https://c.example/stairs/?clinic=A+%26+B+%22Veins%22&amp;embed=1\""));
        assert_eq!(
            share_url(
                "https://c.example/",
                &Scenario::default(),
                &PageSettings::default()
            ),
            "https://c.example/standing/"
        );
    }

    #[test]
    fn the_wordpress_secret_is_read_from_the_fragment_and_nothing_else_passes() {
        assert_eq!(
            wordpress_embed_secret("#?secret=AbC123xyZ0").as_deref(),
            Some("AbC123xyZ0")
        );
        assert_eq!(
            wordpress_embed_secret("#?foo=1&secret=x9").as_deref(),
            Some("x9")
        );
        for bad in [
            "",
            "#",
            "#?secret=",
            "#?secret=a\"b",
            "#?secret=<script>",
            "#?other=1",
        ] {
            assert_eq!(wordpress_embed_secret(bad), None, "{bad}");
        }
    }
}
