//! The widget's top level: reads the scenario from the link, keeps the link in
//! step with the controls, and lays out the parts.

use crate::browser;
use crate::components::controls::{ActivityControls, LegControls, Playback};
use crate::components::language_switch::language_switch;
use crate::components::simulator::Simulator;
use crate::state::{Action, AppState, Notice};
use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::links::share_url;
use calf_pump_explain::scenario::{Scenario, ScenarioError};
use calf_pump_explain::settings::PageSettings;
use yew::prelude::*;

/// The reader's language: the link's choice (`lang=es`, or a page under
/// `es/`), else the first of the browser's languages the widget speaks,
/// else English.
pub fn language_from_page() -> Lang {
    PageSettings::from_query(&browser::query_string())
        .0
        .lang
        .or_else(|| Lang::split_page_path(&browser::page_path_in_site()).0)
        .or_else(browser::preferred_language)
        .unwrap_or_default()
}

/// The scenario from the link: the page's path (`/stairs/deep-reflux/`),
/// then the query on top (old root links, `/?activity=stairs`, keep working).
fn scenario_from_page() -> (Scenario, Vec<ScenarioError>) {
    Scenario::from_link_lenient(&browser::page_path_in_site(), &browser::query_string())
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language the page asked for ([`language_from_page`]); its words
    /// have been fetched if they could be.
    pub lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let settings = use_memo((), |_| PageSettings::from_query(&browser::query_string()));
    let state = {
        let ignored = settings.1.clone();
        let compare = settings.0.compare;
        let wanted = props.lang;
        use_reducer(move || {
            let (scenario, problems) = scenario_from_page();
            // `start` has fetched the words; if that failed, English, and say so.
            let (lang, missing) = if wanted.is_ready() {
                (wanted, None)
            } else {
                (Lang::default(), Some(wanted))
            };
            let notice = Notice::of_link(&problems, &ignored, missing);
            AppState::new(scenario, notice, compare, lang)
        })
    };
    let lang = state.lang;
    let w = lang.words();
    // The links the widget hands out carry the mode and language the reader is in.
    let settings = PageSettings {
        compare: state.compare,
        lang: Some(lang),
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
    use_effect_with(
        (state.scenario, state.compare, lang),
        |(scenario, compare, lang)| browser::replace_scenario_address(scenario, *compare, *lang),
    );
    use_effect_with(lang, |lang| {
        browser::set_document_language(lang.code(), lang.words().page_document_title)
    });
    // A language not yet here is fetched first; the scenario runs on meanwhile.
    let choose_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.dispatch(if browser::words_ready(l).await {
                    Action::SetLang(l)
                } else {
                    Action::LangUnavailable(l)
                });
            });
        })
    };

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
    let my_day = calf_pump_explain::day::planner_url(&browser::site_path(), &state.scenario, lang);
    html! {
        <main class={classes!("widget", settings.embed.then_some("embedded"))} data-testid="widget"
            ref={main_ref} style={brand_style}>
            <header class="intro">
                <h1>{ w.page_title }</h1>
                { language_switch(lang, &choose_lang) }
                if let Some(clinic) = settings.clinic.clone() {
                    <p class="clinic" data-testid="clinic">{ fill(w.page_presented_by, &[("clinic", clinic.as_str())]) }</p>
                }
                if settings.embed {
                    <a class="full-page" href={full_page} target="_blank" rel="noopener" data-testid="open-full-page">
                        { w.page_open_full_page }
                    </a>
                } else {
                    <p class="lede">{ w.page_lede }</p>
                    <a class="full-page my-day" href={my_day} data-testid="view-day">{ w.page_my_day }</a>
                }
            </header>
            if let Some(notice) = state.notice.as_ref() {
                <div class="notice" role="status" data-testid="link-notice">
                    <span>{ notice.text(lang) }</span>
                    <button type="button" class="button small" onclick={dismiss}>{ w.page_ok }</button>
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
                    <strong>{ w.page_disclaimer }</strong>
                    <span class="long-label">{ w.page_disclaimer_more }</span>
                </p>
                <a class="button cta" href={settings.cta_url.to_string()} target="_blank" rel="noopener" data-testid="cta">
                    { settings.cta_text(lang).to_string() }
                </a>
            </footer>
        </main>
    }
}
