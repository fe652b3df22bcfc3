//! "What would help": changes to the reader's own day, each run through the
//! model, best first, with a button to try it; stockings come with who must
//! not wear them; and the warning signs of a blood clot, which swelling in
//! one leg, a leg after a clot, or a long flight make worth knowing.

use calf_pump_explain::day::{suggestion_effect, suggestion_notes, suggestion_title};
use calf_pump_explain::steps::clot_warning;
use calf_pump_model::day::Suggestion;
use calf_pump_model::DayPlan;
use calf_pump_words::{fill, fixed, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayHelpProps {
    pub cards: Vec<Suggestion>,
    pub on_try: Callback<DayPlan>,
    /// The day is a long flight: its own advice first.
    pub flight: bool,
    pub lang: Lang,
}

fn card(lang: Lang, card: &Suggestion, on_try: &Callback<DayPlan>) -> Html {
    let w = lang.day_words();
    let title = suggestion_title(lang, card);
    let plan = card.plan.clone();
    let on_try = on_try.clone();
    html! {
        <li class="help-card" data-testid="help-card" data-saved-ml={fixed(card.swelling_saved_ml, 1)}>
            <h3>{ title.clone() }</h3>
            <p>{ suggestion_effect(lang, card) }</p>
            { for suggestion_notes(lang, card).into_iter().map(|note| html! {
                <p class="step-note" data-testid="help-note">{ note }</p>
            }) }
            <button type="button" class="button small" aria-label={fill(w.day_try_it_named(), &[("title", &title)])}
                onclick={Callback::from(move |_: MouseEvent| on_try.emit(plan.clone()))}>{ w.day_try_it() }</button>
        </li>
    }
}

#[component]
pub fn DayHelp(props: &DayHelpProps) -> Html {
    let lang = props.lang;
    let w = lang.day_words();
    html! {
        <section class="day-help" aria-labelledby="day-help-title" data-testid="day-help">
            <h2 id="day-help-title">{ w.day_help_title() }</h2>
            if props.flight {
                <p class="flight-note" data-testid="flight-note">{ w.day_flight() }</p>
            }
            <ol class="help-cards">
                { for props.cards.iter().map(|c| card(lang, c, &props.on_try)) }
            </ol>
            <p class="clot-warning" data-testid="clot-warning">{ clot_warning(lang) }</p>
        </section>
    }
}
