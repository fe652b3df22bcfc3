//! "Embed on your site" for a clinic that does not edit URLs: its name, its
//! colour (with the readable version the widget will use), the button's text
//! and booking page, a live preview of how those look, and the finished link
//! and snippet. Every value goes through the same validated settings types
//! as a link does, so the panel cannot produce a setting a link could not.

use crate::browser::{self, ShareOutcome};
use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::links::{embed_snippet, share_url};
use calf_pump_explain::narration::{activity_icon, activity_label};
use calf_pump_explain::scenario::Scenario;
use calf_pump_explain::settings::{
    BrandColour, HttpsUrl, PageSettings, PlainText, DEFAULT_BRAND, DEFAULT_CTA_URL,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub scenario: Scenario,
    /// The settings the page was opened with: the form starts from them.
    pub settings: PageSettings,
}

/// What the clinic typed, as typed.
#[derive(Clone, PartialEq)]
struct Form {
    clinic: String,
    colour: String,
    /// Empty for the default text in the widget's language.
    cta_text: String,
    cta_url: String,
    /// The language the embedded widget speaks.
    lang: Lang,
}

impl Form {
    fn from_settings(s: &PageSettings) -> Self {
        Self {
            clinic: s
                .clinic
                .as_ref()
                .map(|c| c.as_str().to_string())
                .unwrap_or_default(),
            colour: s
                .brand
                .as_ref()
                .map(|b| b.as_str().to_string())
                .unwrap_or_else(|| DEFAULT_BRAND.to_string()),
            cta_text: s
                .cta
                .as_ref()
                .map(|c| c.as_str().to_string())
                .unwrap_or_default(),
            cta_url: match s.cta_url.as_str() {
                DEFAULT_CTA_URL => String::new(),
                url => url.to_string(),
            },
            lang: s.lang(),
        }
    }

    /// The settings these entries make, and what was refused (the booking
    /// page, when it is not an `https://` address).
    fn settings(&self, base: &PageSettings) -> (PageSettings, Option<&'static str>) {
        let brand = BrandColour::parse(&self.colour).filter(|b| b.as_str() != DEFAULT_BRAND);
        let (cta_url, refused) = match self.cta_url.trim() {
            "" => (HttpsUrl::parse(DEFAULT_CTA_URL), None),
            typed => match HttpsUrl::parse(typed) {
                Some(url) => (Some(url), None),
                None => (
                    HttpsUrl::parse(DEFAULT_CTA_URL),
                    Some("The booking page must be a full https:// address; until then the button opens the default page."),
                ),
            },
        };
        let settings = PageSettings {
            embed: false,
            clinic: PlainText::parse(&self.clinic),
            brand,
            cta: PlainText::parse(&self.cta_text),
            cta_url: cta_url.unwrap_or_else(|| base.cta_url.clone()),
            lang: Some(self.lang),
            ..base.clone()
        };
        (settings, refused)
    }
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let form = use_state(|| Form::from_settings(&props.settings));
    let status = use_state(String::new);
    let (settings, refused) = form.settings(&props.settings);
    let site = browser::site_root();
    let link = share_url(&site, &props.scenario, &settings);
    let snippet = embed_snippet(&site, &props.scenario, &settings);

    let choose_lang = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let code = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let lang = Lang::from_code(&code).unwrap_or_default();
            let form = form.clone();
            // The preview speaks the chosen language once its words are here.
            wasm_bindgen_futures::spawn_local(async move {
                browser::words_ready(lang).await;
                let mut next = (*form).clone();
                next.lang = lang;
                form.set(next);
            });
        })
    };
    let w = form.lang.words();
    let edit = |field: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*form).clone();
                field(&mut next, input.value());
                form.set(next);
            }
        })
    };
    let copy = {
        let (status, snippet) = (status.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, snippet) = (status.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match browser::copy_text(&snippet).await {
                    ShareOutcome::Failed => "Select the code above and copy it.".into(),
                    ShareOutcome::Copied | ShareOutcome::Shared => "Embed code copied.".into(),
                });
            });
        })
    };

    // The colour as the widget will use it: darkened if too light to read.
    let chosen = BrandColour::parse(&form.colour)
        .unwrap_or_else(|| BrandColour::parse(DEFAULT_BRAND).expect("the default colour parses"));
    let readable = chosen.readable_on_white();
    let preview_style = format!(
        "--brand: {}; --brand-ink: {};",
        readable.as_str(),
        readable.ink()
    );
    let contrast_note = (readable != chosen).then(|| {
        format!(
            "{} is too light to read on white ({:.1}:1). The widget uses {} for its title and buttons, so everyone can read them (4.5:1).",
            chosen.as_str(),
            chosen.contrast_with_white(),
            readable.as_str()
        )
    });
    let button_opens = if form.cta_url.trim().is_empty() || refused.is_some() {
        format!("With no booking page set, the button opens {DEFAULT_CTA_URL}.")
    } else {
        format!("The button opens {}.", settings.cta_url.as_str())
    };

    html! {
        <div class="embed-panel" id="embed-panel" data-testid="embed-panel">
            <p class="embed-intro">{ "Put the widget on your clinic's site. Fill in what you like; the preview and the code follow." }</p>
            <div class="embed-fields">
                <label for="embed-clinic">{ "Clinic name" }</label>
                <input id="embed-clinic" type="text" maxlength="80" value={form.clinic.clone()} placeholder="Ozark Vein Clinic"
                    oninput={edit(|f, v| f.clinic = v)} data-testid="embed-clinic" />
                <label for="embed-colour">{ "Clinic colour" }</label>
                <input id="embed-colour" type="color" value={form.colour.clone()}
                    oninput={edit(|f, v| f.colour = v)} data-testid="embed-colour" />
                <label for="embed-lang">{ "Widget language" }</label>
                <select id="embed-lang" onchange={choose_lang} data-testid="embed-lang">
                { for Lang::ALL.iter().map(|&l| html! {
                    <option value={l.code()} selected={l == form.lang} lang={l.code()}>{ l.name() }</option>
                }) }
                </select>
                <label for="embed-cta">{ "Button text" }</label>
                <input id="embed-cta" type="text" maxlength="80" value={form.cta_text.clone()} placeholder={w.page_cta_default}
                    oninput={edit(|f, v| f.cta_text = v)} data-testid="embed-cta" />
                <label for="embed-cta-url">{ "Booking page (https://)" }</label>
                <input id="embed-cta-url" type="url" inputmode="url" value={form.cta_url.clone()} placeholder="https://your-clinic.example/book"
                    oninput={edit(|f, v| f.cta_url = v)} data-testid="embed-cta-url"
                    aria-invalid={refused.is_some().to_string()} aria-describedby="embed-button-opens" />
            </div>
            <p id="embed-button-opens" class={classes!("choice-help", refused.is_some().then_some("refused"))} data-testid="embed-button-opens">
                { refused.map(str::to_string).unwrap_or(button_opens) }
            </p>
            <figure class="embed-preview" style={preview_style} data-testid="embed-preview" aria-label="Preview">
                <div lang={form.lang.code()}>
                <p class="preview-title">{ w.page_title }</p>
                if let Some(clinic) = settings.clinic.as_ref() {
                    <p class="clinic">{ fill(w.page_presented_by, &[("clinic", clinic.as_str())]) }</p>
                }
                <span class="choice chosen preview-chip">{ format!("{} {}", activity_icon(props.scenario.activity), activity_label(form.lang, props.scenario.activity)) }</span>
                <span class="button cta">{ settings.cta_text(form.lang).to_string() }</span>
                </div>
            </figure>
            if let Some(note) = contrast_note {
                <p class="choice-help" data-testid="embed-contrast-note">{ note }</p>
            }
            <label for="embed-link">{ "Link to this view with your settings:" }</label>
            <input id="embed-link" class="manual-link" type="text" readonly=true value={link} data-testid="embed-link" />
            <label for="embed-code">{ "Paste this into your blog post (HTML view):" }</label>
            <textarea id="embed-code" readonly=true rows="4" value={snippet} data-testid="embed-code" />
            <button type="button" class="button" onclick={copy} data-testid="copy-embed">{ "Copy embed code" }</button>
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
