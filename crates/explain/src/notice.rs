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

/// The notice for a link: each value it could not read and each setting it
/// could not use; `None` when there is nothing to say.
pub fn link_notice(lang: Lang, problems: &[ScenarioError], refused: &[Refused]) -> Option<String> {
    let parts: Vec<String> = problems
        .iter()
        .map(|p| format!("{} \"{}\"", p.key, p.value))
        .chain(
            refused
                .iter()
                .map(|r| format!("{} ({})", r.key(), refused_reason(lang, *r))),
        )
        .collect();
    (!parts.is_empty()).then(|| {
        fill(
            lang.words().page_link_notice(),
            &[("problems", &parts.join(", "))],
        )
    })
}

/// "Español could not be loaded, so this page is in English."
pub fn language_unavailable(lang: Lang, missing: Lang) -> String {
    fill(
        lang.words().page_lang_unavailable(),
        &[("language", missing.name())],
    )
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
        let text = link_notice(Lang::En, &problems, &refused).unwrap();
        assert!(text.contains("leg \"leaky\""), "{text}");
        assert!(text.contains("brand (it is not a colour"), "{text}");
        assert_eq!(link_notice(Lang::En, &[], &[]), None);
        assert!(language_unavailable(Lang::En, Lang::Es).contains("Español"));
    }
}
