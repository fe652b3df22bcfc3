//! What a link had that could not be used, in the reader's words: the
//! friendly notice the widget shows above its controls.

use calf_pump_links::scenario::ScenarioError;
use calf_pump_links::settings::Refused;
use calf_pump_words::{fill, Lang};

/// Why a setting was not used, in the reader's language.
pub fn refused_reason(lang: Lang, refused: Refused) -> &'static str {
    let w = lang.words();
    match refused {
        Refused::Compare => w.ignored_compare(),
        Refused::Cta => w.ignored_cta(),
        Refused::Brand => w.ignored_brand(),
        Refused::CtaUrl => w.ignored_cta_url(),
        Refused::Lang => w.ignored_lang(),
    }
}

/// The notice for a link: each value it could not read, each setting it
/// could not use, and a language whose words did not arrive. Empty when
/// there is nothing to say.
pub fn link_notice(
    lang: Lang,
    problems: &[ScenarioError],
    refused: &[Refused],
    missing_lang: Option<Lang>,
) -> String {
    let parts: Vec<String> = problems
        .iter()
        .map(|p| format!("{} \"{}\"", p.key, p.value))
        .chain(
            refused
                .iter()
                .map(|r| format!("{} ({})", r.key(), refused_reason(lang, *r))),
        )
        .collect();
    let w = lang.words();
    let unread =
        (!parts.is_empty()).then(|| fill(w.page_link_notice(), &[("problems", &parts.join(", "))]));
    let missing = missing_lang.map(|l| fill(w.page_lang_unavailable(), &[("language", l.name())]));
    unread
        .into_iter()
        .chain(missing)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use calf_pump_links::scenario::Scenario;
    use calf_pump_links::settings::PageSettings;

    #[test]
    fn the_notice_names_what_it_could_not_use() {
        let query = "leg=leaky&brand=red";
        let (_, problems) = Scenario::from_query_lenient(query);
        let (_, refused) = PageSettings::from_query(query);
        let text = link_notice(Lang::En, &problems, &refused, Some(Lang::Es));
        assert!(text.contains("leg \"leaky\""), "{text}");
        assert!(text.contains("brand (it is not a colour"), "{text}");
        assert!(text.contains("Español"), "{text}");
        assert_eq!(link_notice(Lang::En, &[], &[], None), "");
    }
}
