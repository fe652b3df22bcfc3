//! "In short": the lesson's three points, the same on the live leg and the
//! day planner.

use calf_pump_explain::narration::summary_points;
use calf_pump_words::Lang;
use yew::prelude::*;

/// The three points to take away.
pub fn in_short(lang: Lang) -> Html {
    let w = lang.words();
    html! {
        <section class="in-short" aria-labelledby="in-short-title" data-testid="in-short">
            <h2 id="in-short-title">{ w.summary_title() }</h2>
            <ul>
                { for summary_points(lang).iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
        </section>
    }
}
