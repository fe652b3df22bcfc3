//! The reader's controls: what to do (a strip of activity chips, native
//! radio buttons, so arrows, roles and names come for free), what the leg is
//! like (two compact selects, each with the chosen option's help line), and
//! playback. Compact so that every control sits on one screen with its effect.

use crate::browser;
use crate::state::{Action, AppState, SPEEDS};
use calf_pump_explain::lang::Lang;
use calf_pump_explain::narration::{
    activity_icon, activity_label, leg_help, leg_label, stockings_help, stockings_label,
    stockings_off_for_swimming,
};
use calf_pump_explain::scenario::{activity_name, leg_name, stockings_name};
use calf_pump_model::{Activity, LegCondition, Stockings};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub state: UseReducerHandle<AppState>,
}

/// What the reader is doing: one chip per activity in a strip that scrolls
/// sideways on narrow screens, the chosen one kept in view. Until the reader's
/// first tap, "Walking" pulses gently to invite it (not under reduced motion).
#[component]
pub fn ActivityControls(props: &ControlsProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let strip = use_node_ref();
    {
        let strip = strip.clone();
        use_effect_with(state.scenario.activity, move |_| {
            if let Some(el) = strip.cast::<web_sys::Element>() {
                browser::scroll_chosen_into_view(&el, "label.chosen");
            }
        });
    }
    let invite = !state.touched && state.scenario.activity == Activity::Standing;
    html! {
        <fieldset class="choice-group activities" data-testid="activity-picker">
            <legend>{ lang.words().activity_question }</legend>
            <div class="choices strip" ref={strip}>
            { for Activity::ALL.iter().map(|&activity| {
                let name = activity_name(activity);
                let id = format!("activity-{name}");
                let checked = activity == state.scenario.activity;
                let onchange = {
                    let state = state.clone();
                    Callback::from(move |_: Event| state.dispatch(Action::SetActivity(activity)))
                };
                let hint = (invite && activity == Activity::Walking).then_some("invite");
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
trait PickerValue: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str;
    fn help(self, lang: Lang) -> &'static str;
}

impl PickerValue for LegCondition {
    const ALL: &'static [Self] = &LegCondition::ALL;
    fn name(self) -> &'static str {
        leg_name(self)
    }
    fn label(self, lang: Lang) -> &'static str {
        leg_label(lang, self)
    }
    fn help(self, lang: Lang) -> &'static str {
        leg_help(lang, self)
    }
}

impl PickerValue for Stockings {
    const ALL: &'static [Self] = &Stockings::ALL;
    fn name(self) -> &'static str {
        stockings_name(self)
    }
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
            if let Some(&v) = T::ALL.iter().find(|v| v.name() == chosen) {
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
                <option value={v.name()} selected={v == props.selected}>{ v.label(lang) }</option>
            }) }
            </select>
            <p class="choice-help" id={help_id} data-testid={format!("{group}-help")}>
                { props.disabled_because.clone().unwrap_or_else(|| AttrValue::from(props.selected.help(lang))) }
            </p>
        </div>
    }
}

fn dispatch<T: 'static>(state: &UseReducerHandle<AppState>, f: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v| state.dispatch(f(v)))
}

/// What the leg is like: valves and calf, and compression stockings.
#[component]
pub fn LegControls(props: &ControlsProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let w = lang.words();
    let stockings_off = (!state.scenario.activity.allows_stockings())
        .then(|| AttrValue::from(stockings_off_for_swimming(lang)));
    html! {
        <div class="leg-controls" role="group" aria-label={w.leg_label}>
            <Picker<LegCondition> group="leg" label={w.leg_label} {lang} selected={state.scenario.leg}
                on_select={dispatch(state, Action::SetLeg)} />
            <Picker<Stockings> group="stockings" label={w.stockings_label} {lang} selected={state.scenario.stockings}
                on_select={dispatch(state, Action::SetStockings)} disabled_because={stockings_off} />
        </div>
    }
}

/// Play/pause, speed, reset and compare.
#[component]
pub fn Playback(props: &ControlsProps) -> Html {
    let state = &props.state;
    let w = state.lang.words();
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::TogglePlaying))
    };
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Reset))
    };
    let compare = {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::ToggleCompare))
    };
    html! {
        <div class="playback" role="group" aria-label={w.playback_label}>
            <button type="button" class="button primary" onclick={toggle} data-testid="play-pause"
                aria-pressed={(!state.playing).to_string()}>
                { if state.playing { w.playback_pause } else { w.playback_play } }
            </button>
            <span class="speed" role="radiogroup" aria-label={w.playback_speed}>
            { for SPEEDS.iter().map(|&s| {
                let state_c = state.clone();
                let checked = state.speed == s;
                html! {
                    <label class={classes!("speed-choice", checked.then_some("chosen"))}>
                        <input type="radio" name="speed" value={s.to_string()} {checked}
                            data-testid={format!("speed-{s}")}
                            onchange={Callback::from(move |_: Event| state_c.dispatch(Action::SetSpeed(s)))} />
                        { format!("{s}×") }
                    </label>
                }
            }) }
            </span>
            <button type="button" class="button" onclick={reset} data-testid="reset">{ w.playback_reset }</button>
            <label class="compare-toggle">
                <input type="checkbox" checked={state.compare} onchange={compare} data-testid="compare" />
                { w.playback_compare }<span class="long-label">{ w.playback_compare_more }</span>
            </label>
        </div>
    }
}
