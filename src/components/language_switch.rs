//! The language switch: one button per language, each named in its own
//! language ("English", "Español") and marked with `lang`, so a screen
//! reader says it right. Choosing one keeps the scenario as it is. A plain
//! function, not a component: it has no state of its own.

use calf_pump_words::Lang;
use yew::prelude::*;

pub fn language_switch(chosen: Lang, on_choose: &Callback<Lang>) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={chosen.words().language_switch_label()} data-testid="lang-switch">
        { for Lang::ALL.iter().map(|&l| {
            let choose = on_choose.reform(move |_: MouseEvent| l);
            let pressed = l == chosen;
            html! {
                // Where space is short only the code shows ("ES"): the name
                // holds both, so it contains whatever is on screen.
                <button type="button" class={classes!("lang-choice", pressed.then_some("chosen"))} lang={l.code()}
                    aria-label={format!("{}, {}", l.name(), l.code().to_ascii_uppercase())} aria-pressed={pressed.to_string()}
                    onclick={choose} data-testid={format!("lang-{}", l.code())}>
                    <span class="lang-name" aria-hidden="true">{ l.name() }</span>
                    <span class="lang-code" aria-hidden="true">{ l.code().to_ascii_uppercase() }</span>
                </button>
            }
        }) }
        </div>
    }
}
