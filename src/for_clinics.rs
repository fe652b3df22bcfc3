//! The clinic page (`/for-clinics/`): the embed panel on a page of its own,
//! built as its own small WebAssembly file (`src/bin/for_clinics.rs`), so
//! the form that only clinic staff use costs patients nothing on first load.

use crate::browser;
use crate::components::embed_panel::EmbedPanel;
use calf_pump_explain::links::share_url;
use calf_pump_explain::narration::card_title;
use calf_pump_explain::scenario::Scenario;
use calf_pump_explain::settings::PageSettings;
use yew::prelude::*;

#[component]
pub fn ForClinics() -> Html {
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
    let (scenario, settings) = (&from_link.0, &from_link.1);
    let back = share_url(&browser::site_path(), scenario, settings);
    html! {
        <main class="for-clinics" data-testid="for-clinics">
            <header class="for-clinics-header">
                <h1>{ "Calf Pump Explorer on your clinic's site" }</h1>
                <a class="full-page" href={back} data-testid="back-to-widget">{ "← Back to the widget" }</a>
            </header>
            <p data-testid="embedded-scenario">
                { "The widget opens on: " }<strong>{ card_title(calf_pump_explain::lang::Lang::En, scenario.activity, scenario.leg) }</strong>
                { ". Readers can change it; to start elsewhere, go back, pick an activity and leg, and come here again." }
            </p>
            <EmbedPanel scenario={*scenario} settings={settings.clone()} />
            <footer class="for-clinics-footer">
                <p>{ "The widget sets no cookies, loads nothing from other sites and sends nothing anywhere: your readers' browsers talk only to this site." }</p>
            </footer>
        </main>
    }
}
