//! The clinic page (`/for-clinics/`): the embed panel on a page of its own,
//! built as its own small WebAssembly file (`src/bin/for_clinics.rs`), so
//! the form that only clinic staff use costs patients nothing on first load.

pub mod embed_panel;

use crate::browser;
use crate::components::language_switch::language_switch;
use crate::hooks::use_language;
use crate::PageLang;
use calf_pump_explain::cards::card_title;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use calf_pump_links::urls::share_url;
use calf_pump_words::Lang;
use embed_panel::EmbedPanel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForClinicsProps {
    /// The language the page opened in ([`crate::mount_in_language`]).
    pub page: PageLang,
}

/// Fetches the words of every language once: the form shows each
/// language's own default button text. Returns how many are here, so the
/// form draws again when they arrive.
#[hook]
fn use_every_language() -> usize {
    let ready = use_state(|| 0usize);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let mut here = 0;
                for lang in Lang::ALL {
                    if browser::words_ready(lang).await {
                        here += 1;
                    }
                }
                ready.set(here);
            });
        });
    }
    *ready
}

#[component]
pub fn ForClinics(props: &ForClinicsProps) -> Html {
    // The scenario and the clinic's settings the reader came with; the page
    // path says nothing here, so only the query counts.
    let from_link = use_memo((), |_| {
        let query = browser::query_string();
        let (scenario, _) = Scenario::from_link_lenient("", &query);
        let (settings, _) = PageSettings::from_query(&query);
        (
            scenario,
            PageSettings {
                embed: false,
                ..settings
            },
        )
    });
    let language = use_language(props.page, |l| {
        l.clinic_words().clinic_document_title().into()
    });
    let lang = language.lang;
    let languages_here = use_every_language();
    let c = lang.clinic_words();
    let (scenario, settings) = (&from_link.0, &from_link.1);
    let back = share_url(
        &browser::site_path(),
        scenario,
        &PageSettings {
            lang: Some(lang),
            ..settings.clone()
        },
    );
    html! {
        <main class="for-clinics" data-testid="for-clinics">
            <header class="for-clinics-header">
                <h1>{ c.clinic_heading() }</h1>
                { language_switch(lang, &language.choose) }
                <a class="full-page" href={back} data-testid="back-to-widget">{ c.clinic_back() }</a>
            </header>
            <p data-testid="embedded-scenario">
                { c.clinic_opens_on() }<strong>{ card_title(lang, scenario.activity, scenario.leg) }</strong>
                { c.clinic_opens_on_more() }
            </p>
            <EmbedPanel scenario={*scenario} settings={settings.clone()} {lang} {languages_here} />
            <p><a class="guide-link" href={format!("{}{}", browser::site_path(), calf_pump_links::urls::GUIDE_PATH)} data-testid="guide-link">
                { c.clinic_guide() }</a></p>
            <p><a class="guide-link" href={format!("{}{}{}", browser::site_path(), lang.page_prefix(), calf_pump_links::urls::QR_SHEET_PATH)} data-testid="qr-sheet-link">
                { c.clinic_qr_link() }</a></p>
            <footer class="for-clinics-footer">
                <p>{ c.clinic_privacy() }</p>
            </footer>
        </main>
    }
}
