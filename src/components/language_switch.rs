//! The language switch: one button per language, each named in its own
//! language ("English", "Español") and marked with `lang`, so a screen
//! reader says it right. Choosing one keeps the scenario as it is.

use crate::hooks::use_lang;
use calf_pump_explain::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub chosen: Lang,
    pub on_choose: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="lang-switch" role="group" aria-label={lang.words().language_switch_label} data-testid="lang-switch">
        { for Lang::ALL.iter().map(|&l| {
            let choose = props.on_choose.reform(move |_: MouseEvent| l);
            let chosen = l == props.chosen;
            html! {
                <button type="button" class={classes!("lang-choice", chosen.then_some("chosen"))} lang={l.code()}
                    aria-label={l.name()} aria-pressed={chosen.to_string()} onclick={choose} data-testid={format!("lang-{}", l.code())}>
                    // In a narrow embed only the code shows ("ES"); the name stays the button's name.
                    <span class="lang-name" aria-hidden="true">{ l.name() }</span>
                    <span class="lang-code" aria-hidden="true">{ l.code().to_uppercase() }</span>
                </button>
            }
        }) }
        </div>
    }
}
