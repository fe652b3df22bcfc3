//! The reader's controls: what to do (a strip of activity chips, native
//! radio buttons, so arrows, roles and names come for free), what the leg is
//! like (two compact selects, each with the chosen option's help line), and
//! playback. Compact so that every control sits on one screen with its effect.

use super::state::SPEEDS;
use crate::hooks::{use_chosen_in_view, use_strip_scroll};
use calf_pump_explain::labels::{
    activity_icon, activity_label, leg_help, leg_label, stockings_help, stockings_label,
};
use calf_pump_explain::narration::stockings_off_for_swimming;
use calf_pump_links::names::LinkName;
use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, LegCondition, Stockings};
use calf_pump_words::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActivityControlsProps {
    pub activity: Activity,
    pub lang: Lang,
    /// Until the reader's first tap, "Walking" pulses gently to invite it.
    pub invite: bool,
    pub on_choose: Callback<Activity>,
}

/// What the reader is doing: one chip per activity in a strip that scrolls
/// sideways on narrow screens, the chosen one kept in view. Until the reader's
/// first tap, "Walking" pulses gently to invite it (not under reduced motion).
#[component]
pub fn ActivityControls(props: &ActivityControlsProps) -> Html {
    let lang = props.lang;
    // The strip scrolls sideways on narrow screens: keep the chosen one in view.
    let strip = use_chosen_in_view(props.activity);
    let ((back, on), scroll) = use_strip_scroll(strip.clone(), lang);
    // For a mouse: arrows at the ends of the strip while there is more to
    // see that way. Keyboards move with the arrow keys; touch swipes.
    let arrow = |direction: i32, shown: bool, glyph: &'static str| {
        html! {
            <button type="button" class={classes!("strip-arrow", if direction < 0 { "back" } else { "on" })}
                hidden={!shown} tabindex="-1" aria-hidden="true" onclick={scroll.reform(move |_: MouseEvent| direction)}
                data-testid={if direction < 0 { "strip-back" } else { "strip-on" }}>{ glyph }</button>
        }
    };
    html! {
        <fieldset class="choice-group activities" data-testid="activity-picker">
            <legend>{ lang.words().activity_question() }</legend>
            { arrow(-1, back, "‹") }
            { arrow(1, on, "›") }
            <div class={classes!("choices", "strip", back.then_some("more-back"), on.then_some("more-on"))} ref={strip}>
            { for Activity::ALL.iter().map(|&activity| {
                let name = activity.link_name();
                let id = format!("activity-{name}");
                let checked = activity == props.activity;
                let onchange = props.on_choose.reform(move |_: Event| activity);
                let hint = (props.invite && activity == Activity::Walking).then_some("invite");
                html! {
                    <label class={classes!("choice", checked.then_some("chosen"), hint)} for={id.clone()}>
                        <input type="radio" id={id.clone()} name="activity" value={name} {checked} {onchange}
                            data-testid={id} />
                        <span class="choice-icon" aria-hidden="true">{ activity_icon(activity) }</span>
                        <span class="choice-label">{ activity_label(lang, activity) }</span>
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}

/// A choice shown in a [`Picker`]: its link name, label and one-line help.
trait PickerValue: LinkName {
    fn label(self, lang: Lang) -> &'static str;
    fn help(self, lang: Lang) -> &'static str;
}

impl PickerValue for LegCondition {
    fn label(self, lang: Lang) -> &'static str {
        leg_label(lang, self)
    }
    fn help(self, lang: Lang) -> &'static str {
        leg_help(lang, self)
    }
}

impl PickerValue for Stockings {
    fn label(self, lang: Lang) -> &'static str {
        stockings_label(lang, self)
    }
    fn help(self, lang: Lang) -> &'static str {
        stockings_help(lang, self)
    }
}

#[derive(Properties, PartialEq)]
struct PickerProps<T: PickerValue> {
    /// The select's `name`, and the prefix of its ids and `data-testid`.
    group: &'static str,
    label: &'static str,
    lang: Lang,
    selected: T,
    on_select: Callback<T>,
    /// Disables the select, with this reason in place of the help line.
    #[prop_or_default]
    disabled_because: Option<AttrValue>,
}

/// A labelled select with the chosen option's one-line help under it.
#[component]
fn Picker<T: PickerValue>(props: &PickerProps<T>) -> Html {
    let group = props.group;
    let lang = props.lang;
    let id = format!("{group}-select");
    let help_id = format!("{group}-help");
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let chosen = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(v) = T::from_link_name(&chosen) {
                on_select.emit(v);
            }
        })
    };
    let disabled = props.disabled_because.is_some();
    html! {
        <div class={classes!("picker", disabled.then_some("disabled"))}>
            <label for={id.clone()}>{ props.label }</label>
            <select id={id.clone()} name={group} {onchange} {disabled} data-testid={id}
                aria-describedby={help_id.clone()}>
            { for T::ALL.iter().map(|&v| html! {
                <option value={v.link_name()} selected={v == props.selected}>{ v.label(lang) }</option>
            }) }
            </select>
            <p class="choice-help" id={help_id} data-testid={format!("{group}-help")}>
                { props.disabled_because.clone().unwrap_or_else(|| AttrValue::from(props.selected.help(lang))) }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegControlsProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub on_leg: Callback<LegCondition>,
    pub on_stockings: Callback<Stockings>,
}

/// What the leg is like: valves and calf, and compression stockings.
#[component]
pub fn LegControls(props: &LegControlsProps) -> Html {
    let lang = props.lang;
    let w = lang.words();
    // The model takes stockings off for some activities (swimming): say so
    // in place of the choice.
    let stockings_off = (!props.scenario.activity.allows_stockings())
        .then(|| AttrValue::from(stockings_off_for_swimming(lang)));
    html! {
        <div class="leg-controls" role="group" aria-label={w.leg_label()}>
            <Picker<LegCondition> group="leg" label={w.leg_label()} {lang} selected={props.scenario.leg}
                on_select={props.on_leg.clone()} />
            <Picker<Stockings> group="stockings" label={w.stockings_label()} {lang} selected={props.scenario.stockings}
                on_select={props.on_stockings.clone()} disabled_because={stockings_off} />
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct PlaybackProps {
    pub playing: bool,
    pub speed: u32,
    pub compare: bool,
    pub lang: Lang,
    pub on_toggle: Callback<()>,
    pub on_speed: Callback<u32>,
    pub on_reset: Callback<()>,
    pub on_compare: Callback<()>,
}

/// Play/pause, speed, reset and compare.
#[component]
pub fn Playback(props: &PlaybackProps) -> Html {
    let w = props.lang.words();
    html! {
        <div class="playback" role="group" aria-label={w.playback_label()}>
            <button type="button" class="button primary" onclick={props.on_toggle.reform(|_: MouseEvent| ())}
                data-testid="play-pause" aria-pressed={(!props.playing).to_string()}>
                { if props.playing { w.playback_pause() } else { w.playback_play() } }
            </button>
            <span class="speed" role="radiogroup" aria-label={w.playback_speed()}>
            { for SPEEDS.iter().map(|&s| {
                let checked = props.speed == s;
                html! {
                    <label class={classes!("speed-choice", checked.then_some("chosen"))}>
                        <input type="radio" name="speed" value={s.to_string()} {checked}
                            data-testid={format!("speed-{s}")}
                            onchange={props.on_speed.reform(move |_: Event| s)} />
                        { format!("{s}×") }
                    </label>
                }
            }) }
            </span>
            <button type="button" class="button" onclick={props.on_reset.reform(|_: MouseEvent| ())} data-testid="reset">{ w.playback_reset() }</button>
            <label class="compare-toggle">
                <input type="checkbox" checked={props.compare} onchange={props.on_compare.reform(|_: Event| ())} data-testid="compare" />
                <span class="compare-words">{ w.playback_compare() }<span class="long-label">{ w.playback_compare_more() }</span></span>
                // A blog column has room for a short phrase that says what it adds.
                <span class="compare-short">{ w.playback_compare_short() }</span>
            </label>
        </div>
    }
}
