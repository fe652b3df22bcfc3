//! The clinic's call to action: its booking page in a new tab. Inside a
//! sandboxed frame (a link pasted into WordPress) a new tab may be blocked:
//! then WordPress is asked to open a page on the widget's own host, and any
//! other address is shown to copy, with why. Never a silent click.

use crate::browser;
use calf_pump_links::settings::HttpsUrl;
use calf_pump_words::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallToActionProps {
    pub url: HttpsUrl,
    pub text: AttrValue,
    pub lang: Lang,
}

#[component]
pub fn CallToAction(props: &CallToActionProps) -> Html {
    let w = props.lang.words();
    let blocked = use_state(|| false);
    let onclick = {
        let (url, blocked) = (props.url.to_string(), blocked.clone());
        Callback::from(move |e: MouseEvent| {
            if !browser::in_sandboxed_frame() {
                return;
            }
            e.prevent_default();
            let opened = browser::on_this_host(&url) && browser::wordpress_open(&url);
            blocked.set(!opened);
        })
    };
    html! {
        <>
            <a class="button cta" href={props.url.to_string()} target="_blank" rel="noopener" {onclick} data-testid="cta">
                { props.text.clone() }
            </a>
            if *blocked {
                <p class="cta-blocked" role="status" data-testid="cta-blocked">
                    { w.page_cta_blocked() }
                    <input class="manual-link" type="text" readonly=true value={props.url.to_string()}
                        aria-label={props.text.clone()} data-testid="cta-address" />
                </p>
            }
        </>
    }
}
