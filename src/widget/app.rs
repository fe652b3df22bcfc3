//! The widget's top level: reads the scenario and settings from the link,
//! keeps the link in step, and lays out the parts. Effects live in hooks,
//! state changes in the reducer (`state.rs`); this file only lays out.

use super::controls::{ActivityControls, LegControls, Playback, PlaybackProps};
use super::cta::CallToAction;
use super::hooks::{use_height_reporter, use_scenario_address};
use super::lesson::Steps;
use super::share::open_full_page;
use super::simulator::Simulator;
use super::state::{Action, AppState, LinkNotice};
use crate::browser;
use crate::components::in_short::in_short;
use crate::components::language_switch::language_switch;
use crate::components::notice::page_notice;
use crate::hooks::{dispatching as on, use_language};
use crate::PageLang;
use calf_pump_explain::notice::link_notice;
use calf_pump_links::day::planner_url;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use calf_pump_model::Activity;
use calf_pump_words::{fill, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language the page opened in ([`crate::mount_in_language`]).
    pub page: PageLang,
}

/// The state from the link: its page path (`/stairs/deep-reflux/`), then
/// the query on top (old root links, `/?activity=stairs`, keep working).
fn state_from_link(settings: &(PageSettings, Vec<calf_pump_links::settings::Refused>)) -> AppState {
    let (scenario, problems) =
        Scenario::from_link_lenient(&browser::page_path_in_site(), &browser::query_string());
    let notice = LinkNotice::of(problems, settings.1.clone());
    AppState::new(scenario, notice, settings.0.compare)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let from_link = use_memo((), |_| PageSettings::from_query(&browser::query_string()));
    let state = use_reducer(|| state_from_link(&from_link));
    let language = use_language(props.page, |l| l.words().page_document_title().into());
    let lang = language.lang;
    // The links the widget hands out carry the mode and language the reader is in.
    let settings = PageSettings {
        compare: state.compare,
        lang: Some(lang),
        ..from_link.0.clone()
    };
    let main_ref = use_node_ref();
    use_height_reporter(main_ref.clone());
    use_scenario_address(state.scenario, state.compare, lang);
    let d = state.dispatcher();
    let about_link = state
        .notice
        .as_ref()
        .and_then(|n| link_notice(lang, &n.problems, &n.refused));
    let playback = PlaybackProps {
        playing: state.playing,
        speed: state.speed,
        compare: state.compare,
        lang,
        on_toggle: on(&d, |()| Action::TogglePlaying),
        on_speed: on(&d, Action::SetSpeed),
        on_reset: on(&d, |()| Action::Reset),
        on_compare: on(&d, |()| Action::ToggleCompare),
    };
    html! {
        <main class={classes!("widget", settings.embed.then_some("embedded"), settings.brand.is_some().then_some("branded"))} data-testid="widget"
            ref={main_ref} style={settings.brand.as_ref().map(crate::brand_style)}>
            { header(lang, &settings, &state.scenario, &language.choose) }
            { page_notice(&language, about_link, &on(&d, |()| Action::DismissNotice), "link-notice") }
            <div class="workspace">
                <Simulator scenario={state.scenario} playing={state.playing} speed={state.speed}
                    compare={state.compare} generation={state.generation} settings={settings.clone()}
                    strip={html! { <div class="controls"><ActivityControls activity={state.scenario.activity} {lang}
                        invite={!state.touched && state.scenario.activity == Activity::Standing}
                        on_choose={on(&d, Action::SetActivity)} /></div> }}
                    side={html! { <LegControls scenario={state.scenario} {lang}
                        on_leg={on(&d, Action::SetLeg)} on_stockings={on(&d, Action::SetStockings)} /> }}>
                    <Playback ..playback />
                </Simulator>
            </div>
            <Steps scenario={state.scenario} {lang} embed={settings.embed} on_try={try_step(&d, settings.embed)}
                plan_url={planner_url(&browser::site_path(), &state.scenario, lang)} />
            if !settings.embed {
                { in_short(lang) }
            }
            { footer(lang, &settings, &state.scenario) }
        </main>
    }
}

/// "Try it" on a step: the activity on the leg, and on a full page the
/// stage brought into view so the reader sees what it does (in a blog's
/// frame the stage is a glance away).
fn try_step(
    d: &yew::functional::UseReducerDispatcher<AppState>,
    embed: bool,
) -> Callback<Activity> {
    let choose = on(d, Action::SetActivity);
    Callback::from(move |activity| {
        choose.emit(activity);
        if !embed {
            browser::scroll_to_top_of("stage");
        }
    })
}

/// The title, the language switch, the clinic's name, and the way to the
/// full page (embedded) or to the day planner.
fn header(
    lang: Lang,
    settings: &PageSettings,
    scenario: &Scenario,
    on_lang: &Callback<Lang>,
) -> Html {
    let w = lang.words();
    // The day planner, starting from this leg and these stockings.
    let my_day = planner_url(&browser::site_path(), scenario, lang);
    html! {
        <header class="intro">
            <h1>{ w.page_title() }</h1>
            { language_switch(lang, on_lang) }
            if let Some(clinic) = settings.clinic.clone() {
                <p class="clinic" data-testid="clinic">{ fill(w.page_presented_by(), &[("clinic", clinic.as_str())]) }</p>
            }
            // Embedded, "Open full page" waits at the foot, beside the call to action.
            if !settings.embed {
                // Why it matters, beside the title; on a phone the story under the chart says it.
                <p class="lede">{ w.page_why_it_matters() }</p>
                <a class="full-page my-day" href={my_day} data-testid="view-day">{ w.page_my_day() }</a>
            }
        </header>
    }
}

/// What the numbers are (a model, not a diagnosis), the way to the full
/// page (embedded), and the clinic's call to action.
fn footer(lang: Lang, settings: &PageSettings, scenario: &Scenario) -> Html {
    let w = lang.words();
    html! {
        <footer class="disclaimer">
            <p>
                <strong>{ w.page_disclaimer() }</strong>
                <span class="long-label">{ w.page_disclaimer_more() }</span>
            </p>
            if settings.embed {
                { open_full_page(lang, scenario, settings, "open-full-page") }
            }
            // A copy without a booking page shows no button, not someone else's.
            if let Some(url) = settings.cta_url.clone() {
                <CallToAction {url} text={settings.cta_text(lang).to_string()} {lang} />
            }
        </footer>
    }
}
