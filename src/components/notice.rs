//! A friendly note at the top of a page: what its link had that could not
//! be used, and a language that could not be loaded, with one button that
//! dismisses it. A plain function, not a component: it has no state of its own.

use crate::hooks::LanguageChoice;
use calf_pump_explain::notice::language_unavailable;
use yew::prelude::*;

/// The page's notice, if it has anything to say: `about_link` (already in
/// the reader's words) and the language that could not be loaded. OK
/// dismisses both (`on_dismiss_link` for the page's part).
pub fn page_notice(
    language: &LanguageChoice,
    about_link: Option<String>,
    on_dismiss_link: &Callback<()>,
    testid: &'static str,
) -> Html {
    let missing = language
        .missing
        .map(|m| language_unavailable(language.lang, m));
    let text: Vec<String> = about_link.into_iter().chain(missing).collect();
    if text.is_empty() {
        return Html::default();
    }
    let (dismiss_link, dismiss_lang) = (on_dismiss_link.clone(), language.dismiss.clone());
    let dismiss = Callback::from(move |_: MouseEvent| {
        dismiss_link.emit(());
        dismiss_lang.emit(());
    });
    html! {
        <div class="notice" role="status" data-testid={testid}>
            <span>{ text.join(" ") }</span>
            <button type="button" class="button small" onclick={dismiss}>{ language.lang.words().page_ok() }</button>
        </div>
    }
}
