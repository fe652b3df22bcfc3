//! "Put it in your blog" for clinic staff who do not edit URLs: the clinic's
//! name, its colour (or the readable shade of it), the button's text in
//! each language and the booking page; a live preview; then the link and the
//! code, each with a copy button, and what to do with them in WordPress, in
//! WordPress's words. Every value goes through the same validated settings
//! types as a link does, so the panel cannot produce a setting a link could
//! not; and while the booking page is not an `https://` address there is no
//! link or code to copy (it would send readers to someone else's).

use crate::browser::{self, ShareOutcome};
use calf_pump_explain::labels::{activity_icon, activity_label};
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::{BrandColour, HttpsUrl, PageSettings, PlainText, DEFAULT_BRAND};
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
    /// How many languages' words are here (the form draws again as they arrive).
    pub languages_here: usize,
}

/// What the clinic typed, as typed.
#[derive(Clone, PartialEq)]
struct Form {
    clinic: String,
    colour: String,
    /// Use the colour as chosen (buttons in it; words always readable),
    /// rather than its readable shade.
    own_colour: bool,
    /// The button's text in each language (empty: that language's default).
    cta_text: Vec<(Lang, String)>,
    cta_url: String,
    /// The language the embedded widget speaks.
    lang: Lang,
}

/// The booking page as typed: none, a good address, or one refused.
#[derive(Clone, PartialEq)]
enum Booking {
    None,
    Page(HttpsUrl),
    Refused,
}

impl Form {
    fn from_settings(s: &PageSettings) -> Self {
        let text = |t: &Option<PlainText>| t.as_ref().map(|c| c.as_str().to_string());
        let lang = s.lang();
        Self {
            clinic: text(&s.clinic).unwrap_or_default(),
            colour: s
                .brand
                .as_ref()
                .map(|b| b.as_str().to_string())
                .unwrap_or_else(|| DEFAULT_BRAND.to_string()),
            own_colour: false,
            cta_text: Lang::ALL
                .iter()
                .map(|&l| {
                    (
                        l,
                        if l == lang {
                            text(&s.cta).unwrap_or_default()
                        } else {
                            String::new()
                        },
                    )
                })
                .collect(),
            cta_url: s
                .cta_url
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
            lang,
        }
    }

    fn booking(&self) -> Booking {
        match self.cta_url.trim() {
            "" => Booking::None,
            typed => HttpsUrl::parse(typed).map_or(Booking::Refused, Booking::Page),
        }
    }

    /// The button's text typed for `lang`.
    fn text_for(&self, lang: Lang) -> &str {
        self.cta_text
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, t)| t.as_str())
    }

    /// The colour as typed, or the widget's own.
    fn chosen_colour(&self) -> BrandColour {
        BrandColour::parse(&self.colour).unwrap_or_else(|| {
            BrandColour::parse(DEFAULT_BRAND).expect("the default colour parses")
        })
    }

    /// The colour the link carries: as chosen, or its readable shade.
    fn brand(&self) -> BrandColour {
        let chosen = self.chosen_colour();
        if self.own_colour {
            chosen
        } else {
            chosen.readable_on_white()
        }
    }

    /// The settings these entries make (the booking page, if refused, left
    /// out: there is nothing to copy then).
    fn settings(&self, base: &PageSettings) -> PageSettings {
        let brand = Some(self.brand()).filter(|b| b.as_str() != DEFAULT_BRAND);
        PageSettings {
            embed: false,
            clinic: PlainText::parse(&self.clinic),
            brand,
            cta: PlainText::parse(self.text_for(self.lang)),
            cta_url: match self.booking() {
                Booking::Page(url) => Some(url),
                Booking::None | Booking::Refused => None,
            },
            lang: Some(self.lang),
            ..base.clone()
        }
    }
}

/// A callback that edits one field of the form from an input's value.
fn edit(
    form: &UseStateHandle<Form>,
    field: impl Fn(&mut Form, String) + 'static,
) -> Callback<InputEvent> {
    let form = form.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            let mut next = (*form).clone();
            field(&mut next, input.value());
            form.set(next);
        }
    })
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let form = use_state(|| Form::from_settings(&props.settings));
    let settings = form.settings(&props.settings);
    let c = props.lang.clinic_words();
    let booking = form.booking();
    let button_opens = match &booking {
        Booking::Refused => c.clinic_booking_refused().to_string(),
        Booking::None => c.clinic_no_booking().to_string(),
        Booking::Page(url) => fill(c.clinic_button_opens(), &[("url", url.as_str())]),
    };
    let refused = booking == Booking::Refused;
    html! {
        <div class="embed-panel" id="embed-panel" data-testid="embed-panel">
            <p class="embed-intro">{ c.clinic_intro() }</p>
            <EmbedFields form={form.clone()} lang={props.lang} {refused} languages_here={props.languages_here} />
            <p id="embed-button-opens" class={classes!("choice-help", refused.then_some("refused"))} data-testid="embed-button-opens">
                { button_opens }
            </p>
            <ColourChoice form={form.clone()} lang={props.lang} />
            <EmbedPreview settings={settings.clone()} scenario={props.scenario} lang={props.lang} />
            if !refused {
                <EmbedOutput scenario={props.scenario} {settings} lang={props.lang} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    form: UseStateHandle<Form>,
    lang: Lang,
}

#[derive(Properties, PartialEq)]
struct EmbedFieldsProps {
    form: UseStateHandle<Form>,
    lang: Lang,
    refused: bool,
    /// Redraws the placeholders as each language's words arrive.
    languages_here: usize,
}

/// The widget's language: the preview speaks it once its words are here.
fn choose_language(form: &UseStateHandle<Form>) -> Callback<Event> {
    let form = form.clone();
    Callback::from(move |e: Event| {
        let code = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        let lang = Lang::from_code(&code).unwrap_or_default();
        let form = form.clone();
        wasm_bindgen_futures::spawn_local(async move {
            browser::words_ready(lang).await;
            form.set(Form {
                lang,
                ..(*form).clone()
            });
        });
    })
}

/// The form: name, colour, widget language, the button's text in each
/// language (the widget's first, with a prompt if it is empty), booking page.
#[component]
fn EmbedFields(props: &EmbedFieldsProps) -> Html {
    let form = &props.form;
    let c = props.lang.clinic_words();
    // The widget's language first: its text is the one the link carries.
    let mut order: Vec<Lang> = vec![form.lang];
    order.extend(Lang::ALL.iter().copied().filter(|l| *l != form.lang));
    let prompt = (form.text_for(form.lang).trim().is_empty()
        && Lang::ALL
            .iter()
            .any(|l| !form.text_for(*l).trim().is_empty()))
    .then(|| {
        fill(
            c.clinic_button_text_prompt(),
            &[
                ("language", form.lang.name()),
                ("default", form.lang.words().page_cta_default()),
            ],
        )
    });
    html! {
        <div class="embed-fields">
            <label for="embed-clinic">{ c.clinic_name() }</label>
            <input id="embed-clinic" type="text" maxlength="80" value={form.clinic.clone()} placeholder={c.clinic_name_example()}
                oninput={edit(form, |f, v| f.clinic = v)} data-testid="embed-clinic" />
            <label for="embed-colour">{ c.clinic_colour() }</label>
            <input id="embed-colour" type="color" value={form.colour.clone()}
                oninput={edit(form, |f, v| f.colour = v)} data-testid="embed-colour" />
            <label for="embed-lang">{ c.clinic_language() }</label>
            <select id="embed-lang" onchange={choose_language(form)} data-testid="embed-lang">
            { for Lang::ALL.iter().map(|&l| html! {
                <option value={l.code()} selected={l == form.lang} lang={l.code()}>{ l.name() }</option>
            }) }
            </select>
            { for order.into_iter().map(|l| {
                let id = format!("embed-cta-{}", l.code());
                html! {
                    <>
                        <label for={id.clone()}>{ fill(c.clinic_button_text_for(), &[("language", l.name())]) }</label>
                        <input id={id.clone()} type="text" maxlength="80" lang={l.code()} value={form.text_for(l).to_string()}
                            placeholder={l.words().page_cta_default()} data-testid={id}
                            oninput={edit(form, move |f, v| {
                                if let Some(slot) = f.cta_text.iter_mut().find(|(x, _)| *x == l) {
                                    slot.1 = v;
                                }
                            })} />
                    </>
                }
            }) }
            if let Some(prompt) = prompt {
                <p class="choice-help prompt" role="status" data-testid="embed-cta-prompt">{ prompt }</p>
            }
            <label for="embed-cta-url">{ c.clinic_booking_page() }</label>
            <input id="embed-cta-url" type="url" inputmode="url" value={form.cta_url.clone()} placeholder={c.clinic_booking_example()}
                oninput={edit(form, |f, v| f.cta_url = v)} data-testid="embed-cta-url"
                aria-invalid={props.refused.to_string()} aria-describedby="embed-button-opens" />
        </div>
    }
}

/// When the chosen colour is too light for text on white: the colour
/// beside its readable shade, and the clinic chooses which the link carries.
#[component]
fn ColourChoice(props: &FormProps) -> Html {
    let form = &props.form;
    let c = props.lang.clinic_words();
    let chosen = form.chosen_colour();
    let readable = chosen.readable_on_white();
    if readable == chosen {
        return html! {};
    }
    let note = fill(
        c.clinic_too_light(),
        &[
            ("chosen", chosen.as_str()),
            ("ratio", &props.lang.number(chosen.contrast_with_white(), 1)),
            ("readable", readable.as_str()),
        ],
    );
    let pick = |own: bool| {
        let form = form.clone();
        Callback::from(move |_: Event| {
            form.set(Form {
                own_colour: own,
                ..(*form).clone()
            })
        })
    };
    let option = |own: bool, colour: &BrandColour, label: &str, testid: &'static str| {
        html! {
            <label class="colour-option">
                <input type="radio" name="embed-colour-choice" checked={form.own_colour == own} onchange={pick(own)} data-testid={testid} />
                <span class="colour-swatch" style={format!("background: {}", colour.as_str())} aria-hidden="true"></span>
                { fill(label, &[("colour", colour.as_str())]) }
            </label>
        }
    };
    html! {
        <fieldset class="colour-choice" data-testid="embed-colour-choice">
            <legend>{ c.clinic_colour_choice() }</legend>
            <p class="choice-help" data-testid="embed-contrast-note">{ note }</p>
            { option(true, &chosen, c.clinic_colour_yours(), "colour-yours") }
            { option(false, &readable, c.clinic_colour_readable(), "colour-readable") }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedPreviewProps {
    settings: PageSettings,
    scenario: Scenario,
    lang: Lang,
}

/// How the widget's title, clinic name, activity and button will look: fills
/// in the colour the link carries, words in its readable shade.
#[component]
fn EmbedPreview(props: &EmbedPreviewProps) -> Html {
    let c = props.lang.clinic_words();
    let widget_lang = props.settings.lang();
    let w = widget_lang.words();
    let style = props.settings.brand.as_ref().map(crate::brand_style);
    let branded = style.is_some().then_some("branded");
    let activity = props.scenario.activity;
    html! {
        <figure class={classes!("embed-preview", branded)} {style} data-testid="embed-preview" aria-label={c.clinic_preview()}>
            <div lang={widget_lang.code()}>
            <p class="preview-title">{ w.page_title() }</p>
            if let Some(clinic) = props.settings.clinic.as_ref() {
                <p class="clinic">{ fill(w.page_presented_by(), &[("clinic", clinic.as_str())]) }</p>
            }
            <span class="choice chosen preview-chip">{ format!("{} {}", activity_icon(activity), activity_label(widget_lang, activity)) }</span>
            if props.settings.cta_url.is_some() {
                <span class="button cta">{ props.settings.cta_text(widget_lang).to_string() }</span>
            }
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedOutputProps {
    scenario: Scenario,
    settings: PageSettings,
    lang: Lang,
}

/// A button that copies `text`, and says what happened in `status`.
fn copy_button(
    text: String,
    label: &'static str,
    copied: &'static str,
    status: &UseStateHandle<String>,
    lang: Lang,
    testid: &'static str,
) -> Html {
    let status = status.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let (status, text) = (status.clone(), text.clone());
        wasm_bindgen_futures::spawn_local(async move {
            status.set(match browser::copy_text(&text).await {
                ShareOutcome::Failed => lang.clinic_words().clinic_copy_by_hand().into(),
                ShareOutcome::Copied | ShareOutcome::Shared => copied.into(),
            });
        });
    });
    html! { <button type="button" class="button" {onclick} data-testid={testid}>{ label }</button> }
}

/// The link and the code, each with a copy button, and what to do with
/// them in WordPress.
#[component]
fn EmbedOutput(props: &EmbedOutputProps) -> Html {
    let (lang, c) = (props.lang, props.lang.clinic_words());
    let status = use_state(String::new);
    let site = browser::site_root();
    let link = share_url(&site, &props.scenario, &props.settings);
    let snippet = embed_snippet(&site, &props.scenario, &props.settings);
    html! {
        <>
            <label for="embed-link">{ c.clinic_link() }</label>
            <input id="embed-link" class="manual-link" type="text" readonly=true value={link.clone()} data-testid="embed-link" />
            { copy_button(link, c.clinic_copy_link(), c.clinic_link_copied(), &status, lang, "copy-link") }
            <label for="embed-code">{ c.clinic_code() }</label>
            <textarea id="embed-code" readonly=true rows="4" value={snippet.clone()} data-testid="embed-code" />
            { copy_button(snippet, c.clinic_copy_code(), c.clinic_code_copied(), &status, lang, "copy-embed") }
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            <section class="wordpress-steps" data-testid="wordpress-steps">
                <h2>{ c.clinic_wordpress_title() }</h2>
                <ol>
                    <li>{ c.clinic_wordpress_link() }</li>
                    <li>{ c.clinic_wordpress_code() }</li>
                </ol>
            </section>
        </>
    }
}
