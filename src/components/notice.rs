//! A friendly note at the top of a page (a link that could not be read in
//! full, a language that could not be loaded), with a button to dismiss it.
//! A plain function, not a component: it has no state of its own.

use yew::prelude::*;

/// The note, with `ok` on its dismiss button, marked `testid` for tests.
pub fn notice(
    text: String,
    ok: &'static str,
    on_dismiss: &Callback<()>,
    testid: &'static str,
) -> Html {
    let dismiss = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-testid={testid}>
            <span>{ text }</span>
            <button type="button" class="button small" onclick={dismiss}>{ ok }</button>
        </div>
    }
}
