//! The widget's top level: reads the scenario from the link, keeps the link in
//! step with the controls, and lays out the parts.

use crate::browser;
use crate::components::controls::{ActivityControls, LegControls, Playback};
use crate::components::simulator::Simulator;
use crate::state::{link_notice, Action, AppState};
use calf_pump_explain::links::share_url;
use calf_pump_explain::scenario::{Scenario, ScenarioError};
use calf_pump_explain::settings::PageSettings;
use yew::prelude::*;

/// The scenario from the link: the page's path (`/stairs/deep-reflux/`),
/// then the query on top (old root links, `/?activity=stairs`, keep working).
fn scenario_from_page() -> (Scenario, Vec<ScenarioError>) {
    Scenario::from_link_lenient(&browser::page_path_in_site(), &browser::query_string())
}

#[component]
pub fn App() -> Html {
    let settings = use_memo((), |_| PageSettings::from_query(&browser::query_string()));
    let state = {
        let ignored = settings.1.clone();
        let compare = settings.0.compare;
        use_reducer(move || {
            let (scenario, problems) = scenario_from_page();
            AppState::new(scenario, link_notice(&problems, &ignored), compare)
        })
    };
    // The links the widget hands out carry the mode the reader is in.
    let settings = PageSettings {
        compare: state.compare,
        ..settings.0.clone()
    };
    let main_ref = use_node_ref();

    // Inside an iframe, tell the host page how tall the widget is.
    {
        let main_ref = main_ref.clone();
        use_effect_with((), move |_| {
            let reporter = if browser::in_iframe() {
                main_ref
                    .cast::<web_sys::Element>()
                    .and_then(|el| browser::HeightReporter::new(&el))
            } else {
                None
            };
            move || drop(reporter)
        });
    }

    // The address bar always holds the current scenario (defaults left out).
    use_effect_with((state.scenario, state.compare), |(scenario, compare)| {
        browser::replace_scenario_address(scenario, *compare)
    });

    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice))
    };
    // A clinic's colour, darkened where needed so text and lines in it stay
    // readable on white, and text on it readable too.
    let brand_style = settings.brand.as_ref().map(|b| {
        let readable = b.readable_on_white();
        format!(
            "--brand: {}; --brand-ink: {};",
            readable.as_str(),
            readable.ink()
        )
    });
    let full_page = share_url(&browser::site_root(), &state.scenario, &settings);
    // The day planner, starting from this leg and these stockings.
    let my_day = calf_pump_explain::day::planner_url(&browser::site_path(), &state.scenario);
    html! {
        <main class={classes!("widget", settings.embed.then_some("embedded"))} data-testid="widget"
            ref={main_ref} style={brand_style}>
            <header class="intro">
                <h1>{ "Calf Pump Explorer" }</h1>
                if let Some(clinic) = settings.clinic.clone() {
                    <p class="clinic" data-testid="clinic">{ format!("Presented by {}", clinic.as_str()) }</p>
                }
                if settings.embed {
                    <a class="full-page" href={full_page} target="_blank" rel="noopener" data-testid="open-full-page">
                        { "Open full page ↗" }
                    </a>
                } else {
                    <p class="lede">
                        { "Your calf muscle is a second heart: each squeeze pushes blood up your leg veins, and valves stop it falling back. Pick an activity and watch." }
                    </p>
                    <a class="full-page my-day" href={my_day} data-testid="view-day">{ "My day →" }</a>
                }
            </header>
            if let Some(text) = state.notice.clone() {
                <div class="notice" role="status" data-testid="link-notice">
                    <span>{ text }</span>
                    <button type="button" class="button small" onclick={dismiss}>{ "OK" }</button>
                </div>
            }
            <div class="workspace">
                <div class="controls">
                    <ActivityControls state={state.clone()} />
                </div>
                <Simulator scenario={state.scenario} playing={state.playing} speed={state.speed}
                    compare={state.compare} generation={state.generation} settings={settings.clone()}
                    side={html! { <LegControls state={state.clone()} /> }}>
                    <Playback state={state.clone()} />
                </Simulator>
            </div>
            <footer class="disclaimer">
                <p>
                    <strong>{ "An educational model, not a diagnosis." }</strong>
                    <span class="long-label">{ " The numbers come from a computer model checked against published measurements. If your legs ache, swell, throb or feel tired, see a clinician." }</span>
                </p>
                <a class="button cta" href={settings.cta_url.to_string()} target="_blank" rel="noopener" data-testid="cta">
                    { settings.cta_text.as_str().to_string() }
                </a>
            </footer>
        </main>
    }
}
