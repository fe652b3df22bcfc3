//! Sharing: a link to the current scenario (Web Share, else the clipboard),
//! the plots as PNG and the trace as CSV (full page only), and the way to
//! the clinic page that writes the embed code.

use crate::browser::{self, ShareOutcome};
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use calf_pump_links::urls::{for_clinics_url, print_url, share_url};
use calf_pump_words::Lang;
use yew::prelude::*;

/// "Open full page ↗" from a blog's column: this scenario on the widget's
/// own page, in a new tab. It sits where the column has room for it; `testid`
/// tells the places apart.
pub fn open_full_page(
    lang: Lang,
    scenario: &Scenario,
    settings: &PageSettings,
    testid: &'static str,
) -> Html {
    html! {
        <a class="full-page" href={share_url(&browser::site_root(), scenario, settings)} target="_blank" rel="noopener"
            data-testid={testid}>{ lang.words().page_open_full_page() }</a>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub scenario: Scenario,
    pub settings: PageSettings,
    pub on_download_png: Callback<()>,
    pub on_download_csv: Callback<()>,
}

/// Shares (or copies) the address of the post the widget is in.
/// (A browser that allows neither sharing nor copying gets the address to
/// copy by hand in the status line.)
fn share_post(
    post: String,
    status: UseStateHandle<String>,
    copied: &'static str,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let (post, status) = (post.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            status.set(match browser::share_or_copy(&post, &post).await {
                ShareOutcome::Copied => copied.to_string(),
                ShareOutcome::Shared => String::new(),
                ShareOutcome::Failed => post,
            });
        });
    })
}

/// Opens the scenario's page as a handout to print. A blog post's
/// sandboxed frame cannot print: WordPress opens the page instead, else the
/// reader gets its address.
fn print_handout(
    url: String,
    manual_link: UseStateHandle<Option<String>>,
    status: UseStateHandle<String>,
    blocked: &'static str,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        if !browser::in_sandboxed_frame() {
            browser::go_to(&url);
        } else if !browser::wordpress_open(&url) {
            status.set(blocked.to_string());
            manual_link.set(Some(url.clone()));
        }
    })
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let w = props.settings.lang().words();
    let status = use_state(String::new);
    // A link to copy by hand when neither sharing nor the clipboard is allowed.
    let manual_link = use_state(|| None::<String>);
    let site = browser::site_root();
    let link = share_url(&site, &props.scenario, &props.settings);

    let share = {
        let (status, manual_link, link) = (status.clone(), manual_link.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, manual_link, link) = (status.clone(), manual_link.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::share_or_copy(&link, w.page_title()).await {
                    ShareOutcome::Shared => status.set(String::new()),
                    ShareOutcome::Copied => {
                        manual_link.set(None);
                        status.set(w.share_copied().into());
                    }
                    ShareOutcome::Failed => {
                        status.set(w.share_copy_this().into());
                        manual_link.set(Some(link));
                    }
                }
            });
        })
    };
    let for_clinics = for_clinics_url(&browser::site_path(), &props.scenario, &props.settings);
    let png = props.on_download_png.reform(|_: MouseEvent| ());
    let csv = props.on_download_csv.reform(|_: MouseEvent| ());
    html! {
        <div class="share" data-testid="share-bar">
            <div class="share-buttons" role="group" aria-label={w.share_group()}>
                <button type="button" class="button" onclick={share} data-testid="share">{ w.share_share() }</button>
                // Inside a blog post: the post itself is worth sharing too.
                if let Some(post) = browser::embedding_page() {
                    <button type="button" class="button" onclick={share_post(post, status.clone(), w.share_copied())} data-testid="share-post">
                        { w.share_share_post() }</button>
                }
                <button type="button" class="button" data-testid="print"
                    onclick={print_handout(print_url(&site, &props.scenario, &props.settings), manual_link.clone(), status.clone(), w.share_print_blocked())}>
                    { w.share_print() }</button>
                // Downloads suit the full page, not a blog post's frame.
                if !props.settings.embed {
                    <button type="button" class="button" onclick={png} data-testid="download-png">{ w.share_png() }</button>
                    <button type="button" class="button" onclick={csv} data-testid="download-csv">{ w.share_csv() }</button>
                }
                if !props.settings.embed {
                    <a class="button" href={for_clinics} data-testid="embed">{ w.share_embed() }</a>
                }
            </div>
            if let Some(url) = (*manual_link).clone() {
                <input class="manual-link" type="text" readonly=true value={url} aria-label={w.share_manual_link()} data-testid="manual-link" />
            }
            <p class="share-status" role="status" aria-live="polite" data-testid="share-status">{ (*status).clone() }</p>
        </div>
    }
}
