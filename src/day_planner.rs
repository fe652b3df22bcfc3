//! The day planner page (`/day/`): lay out a day of activities and see what
//! it does to the ankle by evening. Its own small WebAssembly build
//! (`src/bin/day_planner.rs`), so the live widget's first load does not
//! carry it. The day, leg and stockings live in the link.

use crate::browser;
use crate::components::day_chart::DayChart;
use crate::components::day_help::DayHelp;
use crate::components::day_timeline::{DayBlocks, DayStrip};
use crate::components::language_switch::language_switch;
use calf_pump_explain::day::{
    day_from_query, day_url, evening_swelling_sentence, high_pressure_words, suggestions, PRESETS,
};
use calf_pump_explain::lang::{fill, fixed, Lang};
use calf_pump_explain::links::share_url;
use calf_pump_explain::narration::{leg_label, stockings_label};
use calf_pump_explain::scenario::{
    leg_from_name, leg_name, stockings_from_name, stockings_name, Scenario,
};
use calf_pump_explain::settings::PageSettings;
use calf_pump_model::day::HIGH_ANKLE_PRESSURE_MMHG;
use calf_pump_model::{DayModel, DayPlan, LegCondition, Stockings};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayPlannerProps {
    /// The language the page asked for; its words fetched if they could be.
    pub lang: Lang,
}

#[component]
pub fn DayPlanner(props: &DayPlannerProps) -> Html {
    let start = use_memo((), |_| day_from_query(&browser::query_string()));
    let plan = use_state(|| start.0.clone());
    let notice = use_state(|| start.1);
    let lang_state = {
        let wanted = props.lang;
        use_state(move || {
            if wanted.is_ready() {
                wanted
            } else {
                Lang::default()
            }
        })
    };
    let lang = *lang_state;
    let w = lang.words();
    let d = lang.day_words();
    // The model's caches outlive renders: an edit costs only new transitions.
    let model = use_mut_ref(DayModel::new);
    let computed = {
        let model: Rc<RefCell<DayModel>> = model.clone();
        use_memo((*plan).clone(), move |plan| {
            let mut model = model.borrow_mut();
            let outcome = model.run(plan);
            let cards = suggestions(&mut model, plan, &outcome);
            (outcome, cards)
        })
    };
    let (outcome, cards) = (&computed.0, &computed.1);

    // The address bar always holds the day (and the language).
    use_effect_with(((*plan).clone(), lang), |(plan, lang)| {
        browser::replace_address(&day_url(&browser::site_path(), plan, *lang));
    });
    use_effect_with(lang, |lang| {
        let title = fill(
            lang.day_words().day_document_title,
            &[("site", lang.words().page_title)],
        );
        browser::set_document_language(lang.code(), &title);
    });
    let choose_lang = {
        let lang_state = lang_state.clone();
        Callback::from(move |l: Lang| {
            let lang_state = lang_state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::words_ready(l).await {
                    lang_state.set(l);
                }
            });
        })
    };

    let set_plan = {
        let plan = plan.clone();
        Callback::from(move |next: DayPlan| plan.set(next))
    };
    let pick_preset = {
        let plan = plan.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(p) = PRESETS.iter().find(|p| p.name == select.value()) {
                plan.set(DayPlan {
                    blocks: p.blocks(),
                    ..(*plan).clone()
                });
            }
        })
    };
    let pick_leg = {
        let plan = plan.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(leg) = leg_from_name(&select.value()) {
                plan.set(DayPlan {
                    leg,
                    ..(*plan).clone()
                });
            }
        })
    };
    let pick_stockings = {
        let plan = plan.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(stockings) = stockings_from_name(&select.value()) {
                plan.set(DayPlan {
                    stockings,
                    ..(*plan).clone()
                });
            }
        })
    };
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(None))
    };
    let chosen_preset = PRESETS
        .iter()
        .find(|p| p.blocks() == plan.blocks)
        .map(|p| p.name);
    let live = share_url(
        &browser::site_path(),
        &Scenario {
            leg: plan.leg,
            stockings: plan.stockings,
            ..Scenario::default()
        },
        &PageSettings {
            lang: Some(lang),
            ..PageSettings::default()
        },
    );
    let swelling_ml = outcome.evening_swelling_ml.max(0.0).round();
    html! {
        <main class="day-planner" data-testid="day-planner">
            <header class="day-header">
                <h1>{ w.page_title }</h1>
                <nav class="views" aria-label={d.day_views}>
                    <a class="view-tab" href={live} data-testid="view-live">{ d.day_live_leg }</a>
                    <span class="view-tab current" aria-current="page">{ d.day_my_day }</span>
                </nav>
            </header>
            if let Some(n) = *notice {
                <div class="notice" role="status" data-testid="day-notice">
                    <span>{ n.text(lang) }</span>
                    <button type="button" class="button small" onclick={dismiss}>{ w.page_ok }</button>
                </div>
            }
            <div class="day-main">
            <div class="day-choices">
                <div class="picker">
                    <label for="day-preset">{ d.day_start_from }</label>
                    <select id="day-preset" onchange={pick_preset} data-testid="day-preset">
                        if chosen_preset.is_none() {
                            <option value="" selected=true>{ d.day_your_own_day }</option>
                        }
                        { for PRESETS.iter().map(|p| html! {
                            <option value={p.name} selected={chosen_preset == Some(p.name)}>{ p.label(lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="picker">
                    <label for="day-leg">{ w.leg_label }</label>
                    <select id="day-leg" onchange={pick_leg} data-testid="day-leg">
                        { for LegCondition::ALL.iter().map(|&l| html! {
                            <option value={leg_name(l)} selected={plan.leg == l}>{ leg_label(lang, l) }</option>
                        }) }
                    </select>
                </div>
                <div class="picker">
                    <label for="day-stockings">{ w.stockings_label }</label>
                    <select id="day-stockings" onchange={pick_stockings} data-testid="day-stockings">
                        { for Stockings::ALL.iter().map(|&s| html! {
                            <option value={stockings_name(s)} selected={plan.stockings == s}>{ stockings_label(lang, s) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <section class="evening" aria-label={d.day_by_evening} data-testid="evening">
                <p class="evening-number">
                    <span class="value" data-testid="evening-swelling" data-value={fixed(outcome.evening_swelling_ml, 1)}>
                        { fill(d.day_swelling_value, &[("ml", &lang.whole(swelling_ml))]) }</span>
                    <span class="what">{ d.day_swelling_what }</span>
                </p>
                <p class="evening-number">
                    <span class="value" data-testid="high-pressure-hours" data-value={fixed(outcome.high_pressure_hours, 2)}>
                        { high_pressure_words(lang, outcome.high_pressure_hours) }</span>
                    <span class="what">{ fill(d.day_high_what, &[("mmhg", &lang.whole(HIGH_ANKLE_PRESSURE_MMHG))]) }</span>
                </p>
            </section>
            <DayChart outcome={outcome.clone()} {lang} />
            <DayStrip plan={(*plan).clone()} {lang} />
            <p class="evening-sentence" data-testid="evening-sentence">{ evening_swelling_sentence(lang, outcome) }</p>
            <DayHelp cards={cards.clone()} on_try={set_plan.clone()} {lang} />
            </div>
            <DayBlocks plan={(*plan).clone()} on_change={set_plan} {lang} />
            <footer class="disclaimer">
                <p><strong>{ w.page_disclaimer }</strong>
                { d.day_disclaimer_more }</p>
                // At the foot of the page: the header has room only for the
                // views on a phone, and the language usually comes from the widget.
                { language_switch(lang, &choose_lang) }
            </footer>
        </main>
    }
}
