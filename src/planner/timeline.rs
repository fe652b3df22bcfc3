//! The day's blocks: [`DayStrip`] to see the day at a glance beside the
//! chart, and [`DayBlocks`] to edit it with native selects and buttons
//! (keyboard and touch alike), each named for screen readers by its activity
//! and clock times.

use crate::hooks::emit_some;
use calf_pump_explain::day::{block_name, clock, duration_words};
use calf_pump_explain::labels::{activity_icon, activity_label};
use calf_pump_links::names::LinkName;
use calf_pump_model::day::{Edit, DAY_ACTIVITIES};
use calf_pump_model::{Activity, DayPlan};
use calf_pump_words::{fill, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayTimelineProps {
    pub plan: DayPlan,
    pub on_edit: Callback<Edit>,
    pub lang: Lang,
}

/// The strip's colour for an activity: still ones warm, moving ones cool.
fn strip_class(a: Activity) -> &'static str {
    match a {
        Activity::Sitting => "still-sitting",
        Activity::Standing => "still-standing",
        Activity::Lying | Activity::Swimming | Activity::FeetUp => "level",
        Activity::AnklePumps
        | Activity::Walking
        | Activity::Running
        | Activity::Hiking
        | Activity::Stairs
        | Activity::CyclingToes
        | Activity::CyclingFlat
        | Activity::Tiptoe => "moving",
    }
}

#[derive(Properties, PartialEq)]
pub struct DayStripProps {
    pub plan: DayPlan,
    pub lang: Lang,
}

/// The day as coloured stretches, widths by duration (decorative: the block
/// list says the same in words).
#[component]
pub fn DayStrip(props: &DayStripProps) -> Html {
    let plan = &props.plan;
    html! {
        <div class="day-strip-wrap" aria-hidden="true">
            <div class="day-strip" data-testid="day-strip">
                { for plan.blocks.iter().map(|b| html! {
                    <span class={classes!("strip-block", strip_class(b.activity))}
                        style={format!("flex-grow: {}", b.minutes)} title={activity_label(props.lang, b.activity)}>
                        { activity_icon(b.activity) }
                    </span>
                }) }
            </div>
            <p class="strip-clock"><span>{ clock(0) }</span><span>{ clock(plan.total_minutes()) }</span></p>
        </div>
    }
}

#[component]
pub fn DayBlocks(props: &DayTimelineProps) -> Html {
    let plan = &props.plan;
    let w = props.lang.day_words();
    let add = props.on_edit.reform(|_: MouseEvent| Edit::Add);
    let starts = plan.blocks.iter().scan(0, |start, b| {
        let at = *start;
        *start += b.minutes;
        Some(at)
    });
    html! {
        <section class="day-editor" aria-labelledby="day-editor-title">
            <h2 id="day-editor-title">{ w.day_editor() }</h2>
            <p class="day-editor-how" data-testid="day-editor-how">{ w.day_editor_how() }</p>
            <ol class="day-blocks" data-testid="day-blocks">
                { for starts.enumerate().map(|(i, start)| html! {
                    <BlockRow index={i} {start} block={plan.blocks[i]} only={plan.blocks.len() < 2}
                        lang={props.lang} on_edit={props.on_edit.clone()} />
                }) }
            </ol>
            <button type="button" class="button" onclick={add} data-testid="add-block">{ w.day_add() }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BlockRowProps {
    index: usize,
    /// Minutes into the day the block starts.
    start: u32,
    block: calf_pump_model::DayBlock,
    /// The day's only block: it cannot be removed.
    only: bool,
    lang: Lang,
    on_edit: Callback<Edit>,
}

/// One block: its start, its activity, shorter/longer, a walk break, remove.
#[component]
fn BlockRow(props: &BlockRowProps) -> Html {
    let (i, block, lang) = (props.index, props.block, props.lang);
    let w = lang.day_words();
    let name = block_name(lang, props.start, &block);
    let tap = |change: Edit| props.on_edit.reform(move |_: MouseEvent| change);
    let change_activity = emit_some(&props.on_edit, move |e: Event| {
        let select = e.target_dyn_into::<HtmlSelectElement>()?;
        Activity::from_link_name(&select.value()).map(|a| Edit::Activity(i, a))
    });
    html! {
        <li class="day-block" data-testid="day-block">
            <span class="block-time">{ clock(props.start) }</span>
            <select aria-label={name.clone()} onchange={change_activity} data-testid="block-activity">
                { for DAY_ACTIVITIES.iter().map(|&a| html! {
                    <option value={a.link_name()} selected={a == block.activity}>{ activity_label(lang, a) }</option>
                }) }
            </select>
            <span class="block-length">
                <button type="button" class="button small" aria-label={fill(w.day_shorter(), &[("block", &name)])} onclick={tap(Edit::Shorter(i))}>{ "−" }</button>
                <output data-testid="block-minutes" data-value={block.minutes.to_string()}>{ duration_words(lang, block.minutes) }</output>
                <button type="button" class="button small" aria-label={fill(w.day_longer(), &[("block", &name)])} onclick={tap(Edit::Longer(i))}>{ "+" }</button>
            </span>
            <button type="button" class="button small" aria-label={fill(w.day_walk_break_named(), &[("block", &name)])}
                onclick={tap(Edit::WalkBreakAfter(i))} data-testid="walk-break">{ w.day_walk_break() }</button>
            <button type="button" class="button small remove" aria-label={fill(w.day_remove(), &[("block", &name)])}
                onclick={tap(Edit::Remove(i))} disabled={props.only}>{ "✕" }</button>
        </li>
    }
}
