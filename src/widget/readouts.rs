//! The numbers and words under the charts: live readouts in plain language,
//! the narration, and the "what changed" sentence (a polite live region).

use calf_pump_explain::narration::{
    compression_safety, refill_help, refill_phrase, swelling_phrase, tiptoe_phrase,
    venous_return_help, Headline,
};
use calf_pump_explain::verdict::{Judged, Refill};
use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, Stockings};
use calf_pump_session::Readings;
use calf_pump_words::{fill, fixed, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadoutsProps {
    pub readings: Readings,
    pub activity: Activity,
    /// The model's judgement of the scenario; `None` while it is computed.
    pub judged: Option<Judged>,
    pub lang: Lang,
}

#[derive(Properties, PartialEq)]
pub struct AnklePressureProps {
    pub readings: Readings,
    /// The number with what to judge it by ("a healthy leg: 24 mmHg").
    pub headline: Headline,
    pub lang: Lang,
}

/// The number the widget is about, large, above the ankle-pressure chart,
/// beside a number the reader can judge it by (the plain line on what it
/// is sits under the chart).
#[component]
pub fn AnklePressureReadout(props: &AnklePressureProps) -> Html {
    let r = &props.readings;
    let w = props.lang.words();
    let pressure = r.ankle_pressure_mmhg.max(0.0);
    let lang = props.lang;
    html! {
        <p class="ankle-now" data-testid="ankle-pressure" data-value={fixed(pressure, 1)}>
            <span class="visually-hidden">{ w.pressure_now_hidden() }</span>
            <strong class="value">{ props.headline.now.clone() }</strong>
            if let Some(beside) = props.headline.beside.clone() {
                <span class="comparison"><span class="visually-hidden">{ " — " }</span>{ beside }</span>
            }
            if let Some(h) = r.healthy_ankle_pressure_mmhg {
                <span class="healthy-note" data-testid="healthy-ankle-pressure">
                    { fill(w.pressure_healthy_note(), &[("mmhg", &lang.whole(h.max(0.0)))]) }
                </span>
            }
        </p>
    }
}

/// The refill time to show: the tiptoe test's own, as it is measured live
/// (one number on the page, not two), else the model's verdict.
fn refill_text(lang: Lang, r: &Readings, judged: Option<&Judged>) -> String {
    let leak = judged.map(|j| j.verdict.leak);
    match (r.tiptoe.map(|t| t.refill_time_s()), judged) {
        (Some(Some(seconds)), _) => refill_phrase(lang, &Refill::timed(seconds, leak)),
        (None, Some(j)) => refill_phrase(lang, &j.verdict.refill),
        (Some(None), _) | (None, None) => lang.words().refill_measuring().to_string(),
    }
}

/// Swelling, then the flow and the refill time under "More detail", each
/// with a plain line on what it is and which way is good.
#[component]
pub fn Readouts(props: &ReadoutsProps) -> Html {
    let r = &props.readings;
    let lang = props.lang;
    let w = lang.words();
    let flow = r.venous_return_ml_min;
    let refill = refill_text(lang, r, props.judged.as_ref());
    let refill_s = match r.tiptoe {
        Some(t) => t.refill_time_s(),
        None => props.judged.map(|j| j.summary.rt90_s),
    };
    html! {
        <div class="readouts" data-testid="readouts" data-sim-time={fixed(r.time_s, 2)}>
            <p class="readout swelling-now">
                <strong>{ w.swelling_label() }</strong>
                <span data-testid="swelling" data-value={fixed(r.swelling_ml, 2)}>
                    { swelling_phrase(lang, r.swelling_rate_ml_min, r.swelling_ml) }
                </span>
            </p>
            <details class="more-detail" data-testid="more-detail">
                // One span: a flex summary would lay out bare text and the span as two items.
                <summary><span>{ w.detail_more() }<span class="long-label">{ w.detail_more_long() }</span></span></summary>
                <dl class="numbers">
                    // In a phone's column the swelling line gives way to this one.
                    <div class="readout swelling-detail">
                        <dt>{ w.swelling_label().trim_end().trim_end_matches(':') }</dt>
                        <dd>{ swelling_phrase(lang, r.swelling_rate_ml_min, r.swelling_ml) }</dd>
                    </div>
                    <div class="readout">
                        <dt>{ w.flow_title() }</dt>
                        <dd data-testid="venous-return" data-value={fixed(flow, 0)}>
                            { fill(w.flow_value(), &[("ml_min", &lang.whole(flow.max(0.0)))]) }
                        </dd>
                        <dd class="number-help">{ venous_return_help(lang, props.activity) }</dd>
                    </div>
                    <div class="readout">
                        <dt>{ w.refill_title() }</dt>
                        <dd data-testid="refill-time" data-value={refill_s.map(|s| fixed(s, 1))}>
                            { refill }
                        </dd>
                        <dd class="number-help">{ refill_help(lang) }</dd>
                    </div>
                </dl>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub readings: Readings,
    pub scenario: Scenario,
    /// What is happening and why ([`calf_pump_explain::narration::spoken`]).
    pub narration: AttrValue,
    /// The model's judgement, for the tiptoe test's reading.
    pub judged: Option<Judged>,
    /// The latest "what changed" sentence (empty until the first switch).
    pub change: AttrValue,
    pub lang: Lang,
}

/// The words under the stage: the tiptoe test's reading, what is happening
/// and why, and what the last switch did (a polite live region).
#[component]
pub fn Story(props: &StoryProps) -> Html {
    let r = &props.readings;
    let s = props.scenario;
    let lang = props.lang;
    let w = lang.words();
    let leak = props.judged.map(|j| j.verdict.leak);
    html! {
        <div class="story">
            if let Some(t) = r.tiptoe {
                <div class="tiptoe-result" data-testid="tiptoe-result"
                    data-fall={t.fall_pct().map(|f| fixed(f, 1))}
                    data-refill={t.refill_time_s().map(|x| fixed(x, 1))}>
                    <strong>{ w.tiptoe_heading() }</strong>{ tiptoe_phrase(lang, &t, r.time_s, leak) }
                    <span class="mark-key">{ w.tiptoe_chart_key() }</span>
                    <span class="tiptoe-how">{ " " }{ w.tiptoe_how() }</span>
                </div>
            }
            <p class="narration" data-testid="narration">
                { props.narration.clone() }
            </p>
            <p class="why" data-testid="why-it-matters">{ w.page_why_it_matters() }</p>
            // Only while they are on: a swimmer has taken them off.
            if s.stockings.worn_during(s.activity) != Stockings::None {
                // In a blog's column, the short form; the whole list is a stockings step's note.
                <p class="safety" data-testid="compression-safety">
                    <span class="help-long">{ compression_safety(lang).0 }</span><span class="help-short">{ compression_safety(lang).1 }</span>
                </p>
            }
            <p class="change" role="status" aria-live="polite" data-testid="what-changed">{ props.change.clone() }</p>
        </div>
    }
}
