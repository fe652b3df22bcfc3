//! "What would help": two or three changes to the reader's own day, each run
//! through the model, best first, with a button to try it.

use calf_pump_explain::day::{suggestion_effect, suggestion_title};
use calf_pump_model::day::Suggestion;
use calf_pump_model::DayPlan;
use calf_pump_words::{fill, fixed, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayHelpProps {
    pub cards: Vec<Suggestion>,
    pub on_try: Callback<DayPlan>,
    pub lang: Lang,
}

#[component]
pub fn DayHelp(props: &DayHelpProps) -> Html {
    if props.cards.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let w = lang.day_words();
    html! {
        <section class="day-help" aria-labelledby="day-help-title" data-testid="day-help">
            <h2 id="day-help-title">{ w.day_help_title() }</h2>
            <ol class="help-cards">
                { for props.cards.iter().map(|card| {
                    let (on_try, plan) = (props.on_try.clone(), card.plan.clone());
                    html! {
                        <li class="help-card" data-testid="help-card" data-saved-ml={fixed(card.swelling_saved_ml, 1)}>
                            <h3>{ suggestion_title(lang, card) }</h3>
                            <p>{ suggestion_effect(lang, card) }</p>
                            <button type="button" class="button small" aria-label={fill(w.day_try_it_named(), &[("title", suggestion_title(lang, card))])}
                                onclick={Callback::from(move |_: MouseEvent| on_try.emit(plan.clone()))}>{ w.day_try_it() }</button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
