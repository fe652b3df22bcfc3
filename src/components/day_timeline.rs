//! The day's blocks: [`DayStrip`] to see the day at a glance beside the
//! chart, and [`DayBlocks`] to edit it with native selects and buttons
//! (keyboard and touch alike), each named for screen readers by its activity
//! and clock times.

use calf_pump_explain::day::{block_name, clock, duration_words, edit, Edit, DAY_ACTIVITIES};
use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::narration::{activity_icon, activity_label};
use calf_pump_explain::scenario::{activity_from_name, activity_name};
use calf_pump_model::{Activity, DayPlan};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayTimelineProps {
    pub plan: DayPlan,
    pub on_change: Callback<DayPlan>,
    pub lang: Lang,
}

/// The strip's colour for an activity: still ones warm, moving ones cool.
fn strip_class(a: Activity) -> &'static str {
    match a {
        Activity::Sitting => "still-sitting",
        Activity::Standing => "still-standing",
        Activity::Lying | Activity::Swimming => "level",
        _ => "moving",
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
    let lang = props.lang;
    let w = lang.day_words();
    let apply = |change: Edit| {
        let (plan, on_change) = (plan.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            on_change.emit(DayPlan {
                blocks: edit(&plan.blocks, change),
                ..plan.clone()
            })
        })
    };
    let mut start = 0;
    let rows: Vec<(u32, usize)> = plan
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let row = (start, i);
            start += b.minutes;
            row
        })
        .collect();
    html! {
        <section class="day-editor" aria-label={w.day_editor}>
            <ol class="day-blocks" data-testid="day-blocks">
                { for rows.into_iter().map(|(start, i)| {
                    let block = plan.blocks[i];
                    let name = block_name(lang, start, &block);
                    let change_activity = {
                        let (plan, on_change) = (plan.clone(), props.on_change.clone());
                        Callback::from(move |e: Event| {
                            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else { return };
                            if let Some(activity) = activity_from_name(&select.value()) {
                                on_change.emit(DayPlan { blocks: edit(&plan.blocks, Edit::Activity(i, activity)), ..plan.clone() });
                            }
                        })
                    };
                    html! {
                        <li class="day-block" data-testid="day-block">
                            <span class="block-time">{ clock(start) }</span>
                            <select aria-label={name.clone()} onchange={change_activity} data-testid="block-activity">
                                { for DAY_ACTIVITIES.iter().map(|&a| html! {
                                    <option value={activity_name(a)} selected={a == block.activity}>{ activity_label(lang, a) }</option>
                                }) }
                            </select>
                            <span class="block-length">
                                <button type="button" class="button small" aria-label={fill(w.day_shorter, &[("block", &name)])} onclick={apply(Edit::Shorter(i))}>{ "−" }</button>
                                <output data-testid="block-minutes" data-value={block.minutes.to_string()}>{ duration_words(lang, block.minutes) }</output>
                                <button type="button" class="button small" aria-label={fill(w.day_longer, &[("block", &name)])} onclick={apply(Edit::Longer(i))}>{ "+" }</button>
                            </span>
                            <button type="button" class="button small" aria-label={fill(w.day_walk_break_named, &[("block", &name)])}
                                onclick={apply(Edit::WalkBreakAfter(i))} data-testid="walk-break">{ w.day_walk_break }</button>
                            <button type="button" class="button small remove" aria-label={fill(w.day_remove, &[("block", &name)])}
                                onclick={apply(Edit::Remove(i))} disabled={plan.blocks.len() < 2}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button" onclick={apply(Edit::Add)} data-testid="add-block">{ w.day_add }</button>
        </section>
    }
}
