//! The reader's controls: what to do, what the leg is like, and playback.
//! Choices are native radio buttons (keyboard arrows, roles and names for
//! free), styled as large touch targets.

use crate::state::{Action, AppState, SPEEDS};
use calf_pump_explain::narration::{
    activity_icon, activity_label, leg_help, leg_label, stockings_help, stockings_label,
    STOCKINGS_OFF_FOR_SWIMMING,
};
use calf_pump_explain::scenario::{activity_name, leg_name, stockings_name};
use calf_pump_model::{Activity, LegCondition, Stockings};
use yew::prelude::*;

/// One option of a choice group.
#[derive(Clone, PartialEq)]
pub struct Choice<T: Clone + PartialEq> {
    pub value: T,
    /// Stable machine name, used for ids and `data-testid`.
    pub name: &'static str,
    pub label: &'static str,
    pub icon: Option<&'static str>,
    pub help: Option<&'static str>,
}

#[derive(Properties, Clone, PartialEq)]
pub struct ChoiceGroupProps<T: Clone + PartialEq + 'static> {
    pub legend: AttrValue,
    /// Radio group name and `data-testid` prefix.
    pub group: &'static str,
    pub choices: Vec<Choice<T>>,
    pub selected: T,
    pub on_select: Callback<T>,
    #[prop_or_default]
    pub class: Classes,
    /// Greys the whole group out, with this reason shown under its legend.
    #[prop_or_default]
    pub disabled_because: Option<AttrValue>,
}

/// A labelled group of radio buttons.
#[component]
pub fn ChoiceGroup<T: Clone + PartialEq + 'static>(props: &ChoiceGroupProps<T>) -> Html {
    let group = props.group;
    let disabled = props.disabled_because.is_some();
    html! {
        <fieldset class={classes!("choice-group", props.class.clone())} data-testid={format!("{group}-picker")} {disabled}>
            <legend>{ props.legend.clone() }</legend>
            if let Some(reason) = props.disabled_because.clone() {
                <p class="group-note" data-testid={format!("{group}-note")}>{ reason }</p>
            }
            <div class="choices">
            { for props.choices.iter().map(|c| {
                let id = format!("{group}-{}", c.name);
                let help_id = format!("{id}-help");
                let checked = c.value == props.selected;
                let onchange = {
                    let on_select = props.on_select.clone();
                    let value = c.value.clone();
                    Callback::from(move |_: Event| on_select.emit(value.clone()))
                };
                html! {
                    <label class={classes!("choice", checked.then_some("chosen"))} for={id.clone()}>
                        <input type="radio" id={id.clone()} name={group} value={c.name} {checked} {onchange}
                            data-testid={id.clone()}
                            aria-describedby={c.help.map(|_| help_id.clone())} />
                        if let Some(icon) = c.icon { <span class="choice-icon" aria-hidden="true">{ icon }</span> }
                        <span class="choice-text">
                            <span class="choice-label">{ c.label }</span>
                            if let Some(help) = c.help { <span class="choice-help" id={help_id}>{ help }</span> }
                        </span>
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub state: UseReducerHandle<AppState>,
}

/// The options of a group, one per value, described by the given functions.
fn choices<T: Copy + PartialEq>(
    values: &[T],
    name: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
    icon: Option<fn(T) -> &'static str>,
    help: Option<fn(T) -> &'static str>,
) -> Vec<Choice<T>> {
    values
        .iter()
        .map(|&value| Choice {
            value,
            name: name(value),
            label: label(value),
            icon: icon.map(|f| f(value)),
            help: help.map(|f| f(value)),
        })
        .collect()
}

fn dispatch<T: 'static>(state: &UseReducerHandle<AppState>, f: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v| state.dispatch(f(v)))
}

/// What the reader is doing.
#[component]
pub fn ActivityControls(props: &ControlsProps) -> Html {
    let state = &props.state;
    let activities = choices(
        &Activity::ALL,
        activity_name,
        activity_label,
        Some(activity_icon),
        None,
    );
    html! {
        <ChoiceGroup<Activity> legend="What are you doing?" group="activity" class="activities"
            choices={activities} selected={state.scenario.activity} on_select={dispatch(state, Action::SetActivity)} />
    }
}

/// What the leg is like: valves and calf, and compression stockings.
#[component]
pub fn LegControls(props: &ControlsProps) -> Html {
    let state = &props.state;
    let legs = choices(
        &LegCondition::ALL,
        leg_name,
        leg_label,
        None,
        Some(leg_help),
    );
    let stockings = choices(
        &Stockings::ALL,
        stockings_name,
        stockings_label,
        None,
        Some(stockings_help),
    );
    let stockings_off = (!state.scenario.activity.allows_stockings())
        .then(|| AttrValue::from(STOCKINGS_OFF_FOR_SWIMMING));
    html! {
        <div class="leg-controls">
            <ChoiceGroup<LegCondition> legend="Your leg" group="leg"
                choices={legs} selected={state.scenario.leg} on_select={dispatch(state, Action::SetLeg)} />
            <ChoiceGroup<Stockings> legend="Compression stockings" group="stockings"
                choices={stockings} selected={state.scenario.stockings} on_select={dispatch(state, Action::SetStockings)}
                disabled_because={stockings_off} />
        </div>
    }
}

/// Play/pause, speed, reset and compare.
#[component]
pub fn Playback(props: &ControlsProps) -> Html {
    let state = &props.state;
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
        <div class="playback" role="group" aria-label="Playback">
            <button type="button" class="button primary" onclick={toggle} data-testid="play-pause"
                aria-pressed={(!state.playing).to_string()}>
                { if state.playing { "⏸ Pause" } else { "▶ Play" } }
            </button>
            <span class="speed" role="radiogroup" aria-label="Speed">
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
            <button type="button" class="button" onclick={reset} data-testid="reset">{ "↺ Reset" }</button>
            <label class="compare-toggle">
                <input type="checkbox" checked={state.compare} onchange={compare} data-testid="compare" />
                { "Compare with a healthy leg" }
            </label>
        </div>
    }
}
