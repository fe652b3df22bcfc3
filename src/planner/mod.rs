//! The day planner page (`/day/`): lay out a day of activities and see what
//! it does to the ankle by evening. Its own small WebAssembly build
//! (`src/bin/day_planner.rs`), so the live widget's first load does not
//! carry it. The day, leg and stockings live in the link.
//!
//! - [`state`]: the reducer; [`chart`], [`timeline`], [`help`]: its parts.

pub mod chart;
pub mod help;
pub mod state;
pub mod timeline;

use crate::browser;
use crate::components::in_short::in_short;
use crate::components::language_switch::language_switch;
use crate::components::notice::page_notice;
use crate::hooks::{dispatching, emit_some, use_language};
use crate::PageLang;
use calf_pump_explain::day::{day_notice, evening_swelling_sentence, high_pressure_words};
use calf_pump_explain::labels::{leg_label, preset_label, stockings_label};
use calf_pump_links::day::{day_from_query, day_url};
use calf_pump_links::names::LinkName;
use calf_pump_links::qr::qr_svg;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use calf_pump_links::urls::share_url;
use calf_pump_model::day::{suggestions, DayOutcome, DayPlan, Preset, Suggestion};
use calf_pump_model::{DayModel, LegCondition, Stockings, HIGH_ANKLE_PRESSURE_MMHG};
use calf_pump_words::{fill, fixed, Lang};
use chart::DayChart;
use help::DayHelp;
use state::{DayAction, DayState};
use std::rc::Rc;
use timeline::{DayBlocks, DayStrip};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayPlannerProps {
    /// The language the page opened in ([`crate::mount_in_language`]).
    pub page: PageLang,
}

/// The day run through the model, and what would help: recomputed when the
/// plan changes. The model's caches outlive renders, so an edit costs only
/// the transitions it has not seen.
#[hook]
fn use_day(plan: DayPlan) -> Rc<DayRun> {
    let model = use_mut_ref(DayModel::new);
    use_memo(plan, move |plan| {
        let mut model = model.borrow_mut();
        let outcome = model.run(plan);
        let cards = suggestions(&mut model, plan, &outcome);
        // The same day for a healthy leg without stockings: what the
        // reader's numbers are set against.
        let healthy = model.run(&DayPlan {
            leg: LegCondition::Healthy,
            stockings: Stockings::None,
            ..plan.clone()
        });
        DayRun {
            outcome,
            cards,
            healthy,
        }
    })
}

/// A day run through the model: its outcome, what would help, and a
/// healthy leg's outcome of the same day.
#[derive(PartialEq)]
struct DayRun {
    outcome: DayOutcome,
    cards: Vec<Suggestion>,
    healthy: DayOutcome,
}

/// The address bar always holds the day (and the language).
#[hook]
fn use_day_address(plan: DayPlan, lang: Lang) {
    use_effect_with((plan, lang), |(plan, lang)| {
        browser::replace_address(&day_url(&browser::site_path(), plan, *lang));
    });
}

fn document_title(lang: Lang) -> String {
    fill(
        lang.day_words().day_document_title(),
        &[("site", lang.words().page_title())],
    )
}

#[component]
pub fn DayPlanner(props: &DayPlannerProps) -> Html {
    let state = use_reducer(|| {
        let (plan, notice) = day_from_query(&browser::query_string());
        DayState { plan, notice }
    });
    let language = use_language(props.page, document_title);
    let lang = language.lang;
    let w = lang.words();
    let day = use_day(state.plan.clone());
    let (outcome, cards) = (&day.outcome, &day.cards);
    use_day_address(state.plan.clone(), lang);
    let d = state.dispatcher();
    let about_link = state.notice.map(|n| day_notice(lang, n));
    html! {
        <main class="day-planner" data-testid="day-planner">
            <DayHeader plan={state.plan.clone()} {lang} />
            <DayQr plan={state.plan.clone()} {lang} />
            // What the page is for, before anything to read or change.
            <p class="main-message day-purpose" data-testid="day-purpose"><strong>{ lang.day_words().day_purpose() }</strong></p>
            { page_notice(&language, about_link, &dispatching(&d, |()| DayAction::DismissNotice), "day-notice") }
            <div class="day-main">
                <DayChoices plan={state.plan.clone()} {lang} on_preset={dispatching(&d, DayAction::Preset)}
                    on_leg={dispatching(&d, DayAction::SetLeg)} on_stockings={dispatching(&d, DayAction::SetStockings)} />
                <Evening outcome={outcome.clone()} healthy={(state.plan.leg != LegCondition::Healthy || state.plan.stockings != Stockings::None).then(|| day.healthy.clone())} {lang} />
                <DayChart outcome={outcome.clone()} {lang} />
                if state.plan.leg == LegCondition::DeepReflux {
                    <p class="day-note" data-testid="deep-note">{ lang.day_words().day_deep_note() }</p>
                }
                <DayStrip plan={state.plan.clone()} {lang} />
                <p class="day-note" data-testid="high-note">
                    { fill(lang.day_words().day_high_note(), &[("mmhg", &lang.whole(HIGH_ANKLE_PRESSURE_MMHG))]) }
                </p>
                <p class="evening-sentence" data-testid="evening-sentence">{ evening_swelling_sentence(lang, outcome) }</p>
                <DayHelp cards={cards.clone()} on_try={dispatching(&d, DayAction::Try)} {lang}
                    flight={Preset::of(&state.plan.blocks) == Some(Preset::LongFlight)} />
            </div>
            <DayBlocks plan={state.plan.clone()} on_edit={dispatching(&d, DayAction::Edit)} {lang} />
            { in_short(lang) }
            <footer class="disclaimer">
                <p><strong>{ w.page_disclaimer() }</strong>{ lang.day_words().day_disclaimer_more() }</p>
                // At the foot of the page: the header has room only for the
                // views on a phone, and the language usually comes from the widget.
                { print_button(lang) }
                { language_switch(lang, &language.choose) }
            </footer>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct PlanProps {
    plan: DayPlan,
    lang: Lang,
}

/// The title, and the way back to the live leg with this leg and stockings.
#[component]
fn DayHeader(props: &PlanProps) -> Html {
    let lang = props.lang;
    let d = lang.day_words();
    let live = share_url(
        &browser::site_path(),
        &Scenario {
            leg: props.plan.leg,
            stockings: props.plan.stockings,
            ..Scenario::default()
        },
        &PageSettings {
            lang: Some(lang),
            ..PageSettings::default()
        },
    );
    html! {
        <header class="day-header">
            <h1>{ lang.words().page_title() }</h1>
            <nav class="views" aria-label={d.day_views()}>
                <a class="view-tab" href={live} data-testid="view-live">{ d.day_live_leg() }</a>
                <span class="view-tab current" aria-current="page">{ d.day_my_day() }</span>
            </nav>
        </header>
    }
}

/// On paper, the QR code that reopens this day (at the top, beside the
/// day's numbers; not on screen, where the address bar has it).
#[component]
fn DayQr(props: &PlanProps) -> Html {
    let d = props.lang.day_words();
    let url = day_url(&browser::site_root(), &props.plan, props.lang);
    // Our own SVG; it says what it is for in the page's language.
    let qr = qr_svg(&url, d.day_scan()).map(|svg| Html::from_html_unchecked(svg.into()));
    html! {
        if let Some(qr) = qr {
            <p class="day-qr" data-testid="day-qr">{ qr }<span>{ d.day_scan() }</span></p>
        }
    }
}

/// "Print my day": the browser's print, which prints the day (`www/day.css`).
fn print_button(lang: Lang) -> Html {
    let print = Callback::from(|_: MouseEvent| browser::print_page());
    html! {
        <button type="button" class="button" onclick={print} data-testid="print-day">{ lang.day_words().day_print() }</button>
    }
}

#[derive(Properties, PartialEq)]
struct DayChoicesProps {
    plan: DayPlan,
    lang: Lang,
    on_preset: Callback<Preset>,
    on_leg: Callback<LegCondition>,
    on_stockings: Callback<Stockings>,
}

/// A select's chosen value, read as one of a link's names.
fn chosen<T: LinkName>(callback: &Callback<T>) -> Callback<Event> {
    emit_some(callback, |e: Event| {
        let select = e.target_dyn_into::<HtmlSelectElement>()?;
        T::from_link_name(&select.value())
    })
}

/// Which day to start from, the leg, and the stockings.
#[component]
fn DayChoices(props: &DayChoicesProps) -> Html {
    let (plan, lang) = (&props.plan, props.lang);
    let (w, d) = (lang.words(), lang.day_words());
    let preset = Preset::of(&plan.blocks);
    html! {
        <div class="day-choices">
            <div class="picker">
                <label for="day-preset">{ d.day_start_from() }</label>
                <select id="day-preset" onchange={chosen(&props.on_preset)} data-testid="day-preset">
                    if preset.is_none() {
                        <option value="" selected=true>{ d.day_your_own_day() }</option>
                    }
                    { for Preset::ALL.iter().map(|&p| html! {
                        <option value={p.link_name()} selected={preset == Some(p)}>{ preset_label(lang, p) }</option>
                    }) }
                </select>
            </div>
            <div class="picker">
                <label for="day-leg">{ w.leg_label() }</label>
                <select id="day-leg" onchange={chosen(&props.on_leg)} data-testid="day-leg">
                    { for LegCondition::ALL.iter().map(|&l| html! {
                        <option value={l.link_name()} selected={plan.leg == l}>{ leg_label(lang, l) }</option>
                    }) }
                </select>
            </div>
            <div class="picker">
                <label for="day-stockings">{ w.stockings_label() }</label>
                <select id="day-stockings" onchange={chosen(&props.on_stockings)} data-testid="day-stockings">
                    { for Stockings::ALL.iter().map(|&s| html! {
                        <option value={s.link_name()} selected={plan.stockings == s}>{ stockings_label(lang, s) }</option>
                    }) }
                </select>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EveningProps {
    outcome: DayOutcome,
    /// A healthy leg's same day, for a leg that is not one.
    healthy: Option<DayOutcome>,
    lang: Lang,
}

/// The day's two numbers: swelling by evening, and time with high pressure.
#[component]
fn Evening(props: &EveningProps) -> Html {
    let (o, lang) = (&props.outcome, props.lang);
    let d = lang.day_words();
    let swelling_ml = o.evening_swelling_ml.max(0.0).round();
    html! {
        <section class="evening" aria-label={d.day_by_evening()} data-testid="evening">
            <p class="evening-number">
                <span class="value" data-testid="evening-swelling" data-value={fixed(o.evening_swelling_ml, 1)}>
                    { fill(d.day_swelling_value(), &[("ml", &lang.whole(swelling_ml))]) }</span>
                <span class="what">{ d.day_swelling_what() }</span>
                if let Some(h) = props.healthy.as_ref() {
                    <span class="healthy-same-day" data-testid="healthy-swelling">{ fill(d.day_healthy_same_day(), &[("value",
                        &fill(d.day_swelling_value(), &[("ml", &lang.whole(h.evening_swelling_ml.max(0.0).round()))]))]) }</span>
                }
            </p>
            <p class="evening-number">
                <span class="value" data-testid="high-pressure-hours" data-value={fixed(o.high_pressure_hours, 2)}>
                    { high_pressure_words(lang, o.high_pressure_hours) }</span>
                <span class="what">{ fill(d.day_high_what(), &[("mmhg", &lang.whole(HIGH_ANKLE_PRESSURE_MMHG))]) }</span>
                if let Some(h) = props.healthy.as_ref() {
                    <span class="healthy-same-day">{ fill(d.day_healthy_same_day(), &[("value", &high_pressure_words(lang, h.high_pressure_hours))]) }</span>
                }
            </p>
        </section>
    }
}
