//! "Embed on your site" for a clinic that does not edit URLs: its name, its
//! colour (with the readable version the widget will use), the button's text
//! and booking page, a live preview of how those look, and the finished link
//! and snippet. Every value goes through the same validated settings types
//! as a link does, so the panel cannot produce a setting a link could not.

use crate::browser::{self, ShareOutcome};
use calf_pump_explain::labels::{activity_icon, activity_label};
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::{
    BrandColour, HttpsUrl, PageSettings, PlainText, DEFAULT_BRAND, DEFAULT_CTA_URL,
};
use calf_pump_links::urls::{embed_snippet, share_url};
use calf_pump_words::{fill, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub scenario: Scenario,
    /// The settings the page was opened with: the form starts from them.
    pub settings: PageSettings,
    /// The page's own language (the widget's is chosen in the form).
    pub lang: Lang,
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
        let text = |t: &Option<PlainText>| t.as_ref().map(|c| c.as_str().to_string());
        Self {
            clinic: text(&s.clinic).unwrap_or_default(),
            colour: s
                .brand
                .as_ref()
                .map(|b| b.as_str().to_string())
                .unwrap_or_else(|| DEFAULT_BRAND.to_string()),
            cta_text: text(&s.cta).unwrap_or_default(),
            cta_url: match s.cta_url.as_str() {
                DEFAULT_CTA_URL => String::new(),
                url => url.to_string(),
            },
            lang: s.lang(),
        }
    }

    /// The settings these entries make, and whether the booking page was
    /// refused (it is not an `https://` address).
    fn settings(&self, base: &PageSettings) -> (PageSettings, bool) {
        let brand = BrandColour::parse(&self.colour).filter(|b| b.as_str() != DEFAULT_BRAND);
        let default_url =
            || HttpsUrl::parse(DEFAULT_CTA_URL).unwrap_or_else(|| base.cta_url.clone());
        let (cta_url, refused) = match self.cta_url.trim() {
            "" => (default_url(), false),
            typed => match HttpsUrl::parse(typed) {
                Some(url) => (url, false),
                None => (default_url(), true),
            },
        };
        let settings = PageSettings {
            embed: false,
            clinic: PlainText::parse(&self.clinic),
            brand,
            cta: PlainText::parse(&self.cta_text),
            cta_url,
            lang: Some(self.lang),
            ..base.clone()
        };
        (settings, refused)
    }

    /// The colour as typed, or the widget's own.
    fn chosen_colour(&self) -> BrandColour {
        BrandColour::parse(&self.colour).unwrap_or_else(|| {
            BrandColour::parse(DEFAULT_BRAND).expect("the default colour parses")
        })
    }
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let form = use_state(|| Form::from_settings(&props.settings));
    let (settings, refused) = form.settings(&props.settings);
    let c = props.lang.clinic_words();
    let button_opens = if refused {
        c.clinic_booking_refused().to_string()
    } else if form.cta_url.trim().is_empty() {
        fill(c.clinic_button_opens_default(), &[("url", DEFAULT_CTA_URL)])
    } else {
        fill(
            c.clinic_button_opens(),
            &[("url", settings.cta_url.as_str())],
        )
    };
    html! {
        <div class="embed-panel" id="embed-panel" data-testid="embed-panel">
            <p class="embed-intro">{ c.clinic_intro() }</p>
            <EmbedFields form={form.clone()} lang={props.lang} {refused} />
            <p id="embed-button-opens" class={classes!("choice-help", refused.then_some("refused"))} data-testid="embed-button-opens">
                { button_opens }
            </p>
            <EmbedPreview colour={form.chosen_colour()} settings={settings.clone()} scenario={props.scenario} lang={props.lang} />
            <EmbedOutput scenario={props.scenario} {settings} lang={props.lang} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedFieldsProps {
    form: UseStateHandle<Form>,
    lang: Lang,
    refused: bool,
}

/// The form: name, colour, widget language, button text, booking page.
#[component]
fn EmbedFields(props: &EmbedFieldsProps) -> Html {
    let form = &props.form;
    let c = props.lang.clinic_words();
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
                form.set(Form {
                    lang,
                    ..(*form).clone()
                });
            });
        })
    };
    html! {
        <div class="embed-fields">
            <label for="embed-clinic">{ c.clinic_name() }</label>
            <input id="embed-clinic" type="text" maxlength="80" value={form.clinic.clone()} placeholder={c.clinic_name_example()}
                oninput={edit(|f, v| f.clinic = v)} data-testid="embed-clinic" />
            <label for="embed-colour">{ c.clinic_colour() }</label>
            <input id="embed-colour" type="color" value={form.colour.clone()}
                oninput={edit(|f, v| f.colour = v)} data-testid="embed-colour" />
            <label for="embed-lang">{ c.clinic_language() }</label>
            <select id="embed-lang" onchange={choose_lang} data-testid="embed-lang">
            { for Lang::ALL.iter().map(|&l| html! {
                <option value={l.code()} selected={l == form.lang} lang={l.code()}>{ l.name() }</option>
            }) }
            </select>
            <label for="embed-cta">{ c.clinic_button_text() }</label>
            <input id="embed-cta" type="text" maxlength="80" value={form.cta_text.clone()} placeholder={form.lang.words().page_cta_default()}
                oninput={edit(|f, v| f.cta_text = v)} data-testid="embed-cta" />
            <label for="embed-cta-url">{ c.clinic_booking_page() }</label>
            <input id="embed-cta-url" type="url" inputmode="url" value={form.cta_url.clone()} placeholder={c.clinic_booking_example()}
                oninput={edit(|f, v| f.cta_url = v)} data-testid="embed-cta-url"
                aria-invalid={props.refused.to_string()} aria-describedby="embed-button-opens" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedPreviewProps {
    /// The colour the clinic chose.
    colour: BrandColour,
    settings: PageSettings,
    scenario: Scenario,
    lang: Lang,
}

/// How the widget's title, clinic name, activity and button will look, in
/// the colour the widget will use (darkened if too light to read), and why.
#[component]
fn EmbedPreview(props: &EmbedPreviewProps) -> Html {
    let c = props.lang.clinic_words();
    let widget_lang = props.settings.lang();
    let w = widget_lang.words();
    let readable = props.colour.readable_on_white();
    let style = format!(
        "--brand: {}; --brand-ink: {};",
        readable.as_str(),
        readable.ink()
    );
    let too_light = (readable != props.colour).then(|| {
        fill(
            c.clinic_too_light(),
            &[
                ("chosen", props.colour.as_str()),
                (
                    "ratio",
                    &props.lang.number(props.colour.contrast_with_white(), 1),
                ),
                ("readable", readable.as_str()),
            ],
        )
    });
    let activity = props.scenario.activity;
    html! {
        <>
            <figure class="embed-preview" {style} data-testid="embed-preview" aria-label={c.clinic_preview()}>
                <div lang={widget_lang.code()}>
                <p class="preview-title">{ w.page_title() }</p>
                if let Some(clinic) = props.settings.clinic.as_ref() {
                    <p class="clinic">{ fill(w.page_presented_by(), &[("clinic", clinic.as_str())]) }</p>
                }
                <span class="choice chosen preview-chip">{ format!("{} {}", activity_icon(activity), activity_label(widget_lang, activity)) }</span>
                <span class="button cta">{ props.settings.cta_text(widget_lang).to_string() }</span>
                </div>
            </figure>
            if let Some(note) = too_light {
                <p class="choice-help" data-testid="embed-contrast-note">{ note }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedOutputProps {
    scenario: Scenario,
    settings: PageSettings,
    lang: Lang,
}

/// The link and the code to paste, with a button that copies the code.
#[component]
fn EmbedOutput(props: &EmbedOutputProps) -> Html {
    let c = props.lang.clinic_words();
    let status = use_state(String::new);
    let site = browser::site_root();
    let link = share_url(&site, &props.scenario, &props.settings);
    let snippet = embed_snippet(&site, &props.scenario, &props.settings);
    let copy = {
        let (status, snippet) = (status.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, snippet) = (status.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match browser::copy_text(&snippet).await {
                    ShareOutcome::Failed => c.clinic_copy_by_hand().into(),
                    ShareOutcome::Copied | ShareOutcome::Shared => c.clinic_code_copied().into(),
                });
            });
        })
    };
    html! {
        <>
            <label for="embed-link">{ c.clinic_link() }</label>
            <input id="embed-link" class="manual-link" type="text" readonly=true value={link} data-testid="embed-link" />
            <label for="embed-code">{ c.clinic_code() }</label>
            <textarea id="embed-code" readonly=true rows="4" value={snippet} data-testid="embed-code" />
            <button type="button" class="button" onclick={copy} data-testid="copy-embed">{ c.clinic_copy_code() }</button>
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </>
    }
}
