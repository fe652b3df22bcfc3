//! The clinic's waiting-room sheet (`for-clinics/qr/`): a QR card for every
//! activity and leg page, made at build time (no WebAssembly). Staff tick
//! the pages they want and print; only ticked cards print (`:has(:checked)`),
//! six to a page. Works without JavaScript.

use crate::guide::standalone_page;
use calf_pump_explain::cards::card_title;
use calf_pump_links::qr::qr_svg;
use calf_pump_links::scenario::Scenario;
pub use calf_pump_links::urls::QR_SHEET_PATH;
use calf_pump_links::urls::{escape_html, FOR_CLINICS_PATH};
use calf_pump_model::{Activity, LegCondition};
use calf_pump_words::Lang;

/// Ticked when the sheet opens: what a vein clinic's waiting room asks
/// about most (walking with varicose veins, and what to do when seated).
fn ticked_at_first(s: &Scenario) -> bool {
    matches!(
        (s.activity, s.leg),
        (Activity::Walking, LegCondition::SuperficialReflux)
            | (Activity::AnklePumps, LegCondition::Healthy)
            | (Activity::FeetUp, LegCondition::Healthy)
            | (Activity::Stairs, LegCondition::DeepReflux)
    )
}

/// The sheet in `lang` for the site at `site`, its cards in `lang`, under
/// the clinic's name when it has one.
pub fn page(site: &str, lang: Lang, clinic: Option<&str>) -> Result<String, String> {
    let c = lang.clinic_words();
    let mut cards = String::new();
    for scenario in Scenario::pages() {
        let url = format!("{site}{}{}", lang.page_prefix(), scenario.page_path());
        let qr =
            qr_svg(&url, &format!("QR: {url}")).ok_or("a page address too long for a QR code")?;
        let name = escape_html(&card_title(lang, scenario.activity, scenario.leg));
        cards += &format!(
            "<label class=\"card\"><input type=\"checkbox\"{checked} aria-label=\"{name}\">\
             {qr}<strong>{name}</strong><span class=\"scan\">{scan}</span><span class=\"url\">{url}</span>{by}</label>",
            checked = if ticked_at_first(&scenario) { " checked" } else { "" },
            scan = escape_html(c.clinic_qr_scan()),
            url = escape_html(&url),
            by = clinic.map_or(String::new(), |n| format!("<span class=\"by\">{}</span>", escape_html(n))),
        );
    }
    let body = format!(
        "<h1>{title}</h1><p class=\"intro\">{intro}</p><p class=\"back\"><a href=\"{site}{prefix}{FOR_CLINICS_PATH}\">{back}</a></p>\
         <div class=\"cards\">{cards}</div>",
        title = escape_html(c.clinic_qr_title()),
        intro = escape_html(c.clinic_qr_intro()),
        prefix = lang.page_prefix(),
        back = escape_html(c.clinic_back_to_clinic_page()),
    );
    Ok(standalone_page(
        lang.code(),
        c.clinic_qr_title(),
        STYLE,
        &body,
    ))
}

/// Cards in a grid on screen; on paper only the ticked ones, six to an A4
/// or Letter page, each whole.
const STYLE: &str = "body{margin:0;font:16px/1.4 system-ui,sans-serif;color:#1b1f24;background:#f7f8fa}\
main{max-width:60rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}\
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.8rem}\
.card{display:grid;justify-items:center;gap:.3rem;text-align:center;background:#fff;border:2px solid #c9d2dc;border-radius:8px;padding:.8rem;cursor:pointer}\
.card:has(:checked){border-color:#1d4e89;box-shadow:0 0 0 2px #1d4e89}\
.card input{justify-self:start;width:1.4rem;height:1.4rem}.card .qr{width:9rem;height:9rem}\
.card strong{font-size:1.05rem}.scan,.by{font-size:.9rem}.url{font-size:.75rem;color:#4a5563;word-break:break-all}\
@media print{@page{margin:12mm}body{background:#fff}main{padding:0}.intro,.back,h1,.card input{display:none}\
.cards{grid-template-columns:repeat(2,1fr);gap:6mm}.card:not(:has(:checked)){display:none}\
.card{border:1px dashed #888;box-shadow:none;break-inside:avoid;box-sizing:border-box;height:78mm;align-content:center}.card .qr{width:40mm;height:40mm}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_has_a_card_per_page_each_code_its_page_s_address() {
        let html = page("https://c.example/", Lang::Es, Some("Ozark & Co")).unwrap();
        assert_eq!(
            html.matches("<label class=\"card\">").count(),
            Scenario::pages().count()
        );
        assert!(
            html.contains("aria-label=\"QR: https://c.example/es/walking/superficial-reflux/\""),
            "{html}"
        );
        assert!(html.contains("<span class=\"by\">Ozark &amp; Co</span>"));
        assert_eq!(html.matches(" checked").count(), 4);
    }
}
