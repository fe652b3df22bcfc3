//! The widget's top level: reads the scenario from the link, keeps the link in
//! step with the controls, and lays out the parts.

use super::browser;
use super::controls::{ActivityControls, LegControls, Playback};
use super::simulator::Simulator;
use super::state::{link_notice, Action, AppState};
use crate::scenario::Scenario;
use yew::prelude::*;

/// Call to action shown under the widget (an embedding clinic can set its own later).
const CTA_TEXT: &str = "Book a free vein screening";
const CTA_URL: &str = "https://www.missouriveincare.com/";

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (scenario, problems) = Scenario::from_query_lenient(&browser::query_string());
        AppState::new(scenario, link_notice(&problems))
    });

    // The address bar always holds the current scenario (defaults left out).
    use_effect_with(state.scenario, |s| {
        browser::replace_scenario_query(&s.to_link_query())
    });

    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice))
    };
    html! {
        <main class="widget" data-testid="widget">
            <header class="intro">
                <h1>{ "Calf Pump Explorer" }</h1>
                <p class="lede">
                    { "Your calf muscle is a second heart. Each time it squeezes, it pushes blood in your leg veins back up to the heart, and valves stop it falling back. Pick an activity and watch what happens." }
                </p>
            </header>
            if let Some(text) = state.notice.clone() {
                <div class="notice" role="status" data-testid="link-notice">
                    <span>{ text }</span>
                    <button type="button" class="button small" onclick={dismiss}>{ "OK" }</button>
                </div>
            }
            <ActivityControls state={state.clone()} />
            <Playback state={state.clone()} />
            <Simulator scenario={state.scenario} playing={state.playing} speed={state.speed}
                compare={state.compare} generation={state.generation} />
            <LegControls state={state.clone()} />
            <footer class="disclaimer">
                <p>
                    <strong>{ "An educational model, not a diagnosis." }</strong>
                    { " The numbers come from a computer model checked against published measurements. If your legs ache, swell, throb or feel tired, see a clinician." }
                </p>
                <a class="button cta" href={CTA_URL} target="_blank" rel="noopener" data-testid="cta">{ CTA_TEXT }</a>
            </footer>
        </main>
    }
}
