//! The lesson around the live leg: the main message at the top, "what you
//! can do" in numbered steps (each with a button to try it on the leg).
//! Plain functions and one small component: they lay out words the explain
//! crate chose.

use crate::components::in_short::in_short;
use calf_pump_explain::labels::activity_label;
use calf_pump_explain::steps::{clot_warning, plan_day, what_you_can_do, Step};
use calf_pump_links::scenario::Scenario;
use calf_pump_model::Activity;
use calf_pump_words::{fill, Lang};
use yew::prelude::*;

/// The main message: what the calf pump does and what to do, emphasized
/// and the same on every page; under it, what the pump is doing for this
/// leg now (a polite live region, so a change is heard).
pub fn main_message(lang: Lang, message: &'static str, settled: bool) -> Html {
    let w = lang.words();
    html! {
        <div class={classes!("main-message", (!settled).then_some("settling"))} data-testid="main-message">
            // In a blog's column the steps under the stage say what to do.
            <strong class="purpose" data-testid="purpose">{ w.message_purpose() }<span class="long-label">{ w.message_purpose_more() }</span></strong>
            <span class="live-message" aria-live="polite" data-testid="live-message">{ message }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    pub scenario: Scenario,
    pub lang: Lang,
    /// In a blog's column the steps after the first sit behind a disclosure.
    pub embed: bool,
    /// Try an activity on the leg now.
    pub on_try: Callback<Activity>,
    /// The day planner, for this leg.
    pub plan_url: AttrValue,
}

/// One step, with its "try it" button and its notes (who must not wear
/// stockings, how to wear them).
fn step_item(lang: Lang, step: &Step, on_try: &Callback<Activity>) -> Html {
    let w = lang.words();
    let try_it = step.try_activity.map(|activity| {
        let label = fill(w.steps_try_it(), &[("activity", activity_label(lang, activity))]);
        let click = on_try.reform(move |_: MouseEvent| activity);
        html! {
            <button type="button" class="button try-it" onclick={click}
                data-testid={format!("try-{}", calf_pump_links::names::LinkName::link_name(activity))}>{ label }</button>
        }
    });
    html! {
        <li class="step" data-testid="step">
            <span class="step-text">{ step.text }</span>
            { for try_it }
            { for step.notes.iter().map(|note| html! { <span class="step-note">{ *note }</span> }) }
        </li>
    }
}

/// "What you can do": the blood-clot warning, boxed and first (in a blog's
/// column, its short form), then numbered steps for
/// this leg and activity, then the way to plan a day.
#[component]
pub fn Steps(props: &StepsProps) -> Html {
    let lang = props.lang;
    let w = lang.words();
    let s = props.scenario;
    let steps = what_you_can_do(lang, s.activity, s.leg, s.stockings);
    let (first, rest) = steps
        .split_first()
        .map_or((None, &[][..]), |(f, r)| (Some(f), r));
    let rest = html! {
        <>
            <ol class="steps-list" start="2">
                { for rest.iter().map(|step| step_item(lang, step, &props.on_try)) }
            </ol>
            <a class="plan-day" href={props.plan_url.clone()} data-testid="plan-day">{ plan_day(lang) }</a>
        </>
    };
    html! {
        <section class="steps" aria-labelledby="steps-title" data-testid="steps">
            <h2 id="steps-title">{ w.steps_title() }</h2>
            if props.embed {
                // In a blog's column, the warning in short, and not behind the disclosure.
                <p class="clot-short" data-testid="clot-short">{ w.steps_clot_short() }</p>
            } else {
                <p class="clot-warning" data-testid="clot-warning">{ clot_warning(lang) }</p>
            }
            <ol class="steps-list">{ for first.map(|step| step_item(lang, step, &props.on_try)) }</ol>
            if props.embed {
                <details class="more-steps" data-testid="more-steps">
                    <summary>{ w.steps_more() }</summary>
                    { rest }
                    // The full page's summary, why it matters and what the
                    // model can tell, which a blog's column has no room to show.
                    { in_short(lang) }
                    <p class="why-more" data-testid="why-more">{ w.page_why_it_matters() }</p>
                    <p class="why-more">{ w.page_disclaimer() }{ w.page_disclaimer_more() }</p>
                </details>
            } else {
                { rest }
            }
        </section>
    }
}
