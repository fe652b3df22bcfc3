//! The day planner page (`/day/`): lay out a day of activities and see what
//! it does to the ankle by evening. Its own small WebAssembly build
//! (`src/bin/day_planner.rs`), so the live widget's first load does not
//! carry it. The day, leg and stockings live in the link.

use calf_pump_explain::lang::Lang;
use crate::browser;
use crate::components::day_chart::DayChart;
use crate::components::day_help::DayHelp;
use crate::components::day_timeline::{DayBlocks, DayStrip};
use calf_pump_explain::day::{
    day_from_query, day_url, evening_swelling_sentence, high_pressure_words, suggestions, PRESETS,
};
use calf_pump_explain::links::share_url;
use calf_pump_explain::narration::{leg_label, stockings_label};
use calf_pump_explain::scenario::{
    leg_from_name, leg_name, stockings_from_name, stockings_name, Scenario,
};
use calf_pump_model::day::HIGH_ANKLE_PRESSURE_MMHG;
use calf_pump_model::{DayModel, DayPlan, LegCondition, Stockings};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn DayPlanner() -> Html {
    let start = use_memo((), |_| day_from_query(&browser::query_string()));
    let plan = use_state(|| start.0.clone());
    let notice = use_state(|| start.1.clone());
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

    // The address bar always holds the day.
    use_effect_with((*plan).clone(), |plan| {
        browser::replace_address(&day_url(&browser::site_path(), plan));
    });

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
        &Default::default(),
    );
    let swelling_ml = outcome.evening_swelling_ml.max(0.0).round();
    html! {
        <main class="day-planner" data-testid="day-planner">
            <header class="day-header">
                <h1>{ "Calf Pump Explorer" }</h1>
                <nav class="views" aria-label="Views">
                    <a class="view-tab" href={live} data-testid="view-live">{ "Live leg" }</a>
                    <span class="view-tab current" aria-current="page">{ "My day" }</span>
                </nav>
            </header>
            if let Some(text) = (*notice).clone() {
                <div class="notice" role="status" data-testid="day-notice">
                    <span>{ text }</span>
                    <button type="button" class="button small" onclick={dismiss}>{ "OK" }</button>
                </div>
            }
            <div class="day-main">
            <div class="day-choices">
                <div class="picker">
                    <label for="day-preset">{ "Start from" }</label>
                    <select id="day-preset" onchange={pick_preset} data-testid="day-preset">
                        if chosen_preset.is_none() {
                            <option value="" selected=true>{ "Your own day" }</option>
                        }
                        { for PRESETS.iter().map(|p| html! {
                            <option value={p.name} selected={chosen_preset == Some(p.name)}>{ p.label }</option>
                        }) }
                    </select>
                </div>
                <div class="picker">
                    <label for="day-leg">{ "Your leg" }</label>
                    <select id="day-leg" onchange={pick_leg} data-testid="day-leg">
                        { for LegCondition::ALL.iter().map(|&l| html! {
                            <option value={leg_name(l)} selected={plan.leg == l}>{ leg_label(Lang::En, l) }</option>
                        }) }
                    </select>
                </div>
                <div class="picker">
                    <label for="day-stockings">{ "Stockings" }</label>
                    <select id="day-stockings" onchange={pick_stockings} data-testid="day-stockings">
                        { for Stockings::ALL.iter().map(|&s| html! {
                            <option value={stockings_name(s)} selected={plan.stockings == s}>{ stockings_label(Lang::En, s) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <section class="evening" aria-label="By evening" data-testid="evening">
                <p class="evening-number">
                    <span class="value" data-testid="evening-swelling" data-value={format!("{:.1}", outcome.evening_swelling_ml)}>
                        { format!("{swelling_ml} mL") }</span>
                    <span class="what">{ "ankle swelling by evening" }</span>
                </p>
                <p class="evening-number">
                    <span class="value" data-testid="high-pressure-hours" data-value={format!("{:.2}", outcome.high_pressure_hours)}>
                        { high_pressure_words(outcome.high_pressure_hours) }</span>
                    <span class="what">{ format!("with ankle pressure above {HIGH_ANKLE_PRESSURE_MMHG:.0} mmHg") }</span>
                </p>
            </section>
            <DayChart outcome={outcome.clone()} />
            <DayStrip plan={(*plan).clone()} />
            <p class="evening-sentence" data-testid="evening-sentence">{ evening_swelling_sentence(outcome) }</p>
            <DayHelp cards={cards.clone()} on_try={set_plan.clone()} />
            </div>
            <DayBlocks plan={(*plan).clone()} on_change={set_plan} />
            <footer class="disclaimer">
                <p><strong>{ "An educational model, not a diagnosis." }</strong>
                { " The day is computed from the same leg model as the live widget. If your legs ache, swell, throb or feel tired, see a clinician." }</p>
            </footer>
        </main>
    }
}
