//! The numbers and words under the charts: live readouts in plain language,
//! the narration, and the "what changed" sentence (a polite live region).

use calf_pump_explain::narration::{
    ankle_pressure_comparison, compression_safety, narration, refill_help, refill_phrase,
    stockings_off_for_swimming, swelling_phrase, tiptoe_phrase, venous_return_help,
};
use calf_pump_explain::verdict::Verdict;
use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, ClinicalSummary, Stockings};
use calf_pump_session::Readings;
use calf_pump_words::{fill, fixed, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadoutsProps {
    pub readings: Readings,
    pub activity: Activity,
    /// `None` while it is being computed.
    pub summary: Option<ClinicalSummary>,
    pub verdict: Option<Verdict>,
    pub lang: Lang,
}

#[derive(Properties, PartialEq)]
pub struct AnklePressureProps {
    pub readings: Readings,
    /// This leg's ankle pressure standing still (mmHg), once computed.
    pub standing_mmhg: Option<f64>,
    pub lang: Lang,
}

/// The number the widget is about, large, above the ankle-pressure chart
/// (the plain line on what it is sits under the chart: [`ankle_pressure_help`]).
#[component]
pub fn AnklePressureReadout(props: &AnklePressureProps) -> Html {
    let r = &props.readings;
    let lang = props.lang;
    let w = lang.words();
    let pressure = r.ankle_pressure_mmhg;
    let comparison = props
        .standing_mmhg
        .and_then(|standing| ankle_pressure_comparison(lang, pressure, standing));
    html! {
            <p class="ankle-now" data-testid="ankle-pressure" data-value={fixed(pressure, 1)}>
                <span class="visually-hidden">{ w.pressure_now_hidden() }</span>
                <strong class="value">{ fill(w.pressure_alone(), &[("mmhg", &lang.whole(pressure))]) }</strong>
                if let Some(c) = comparison {
                    <span class="comparison">{ " — " }{ c }</span>
                }
                if let Some(h) = r.healthy_ankle_pressure_mmhg {
                    <span class="healthy-note" data-testid="healthy-ankle-pressure">
                        { fill(w.pressure_healthy_note(), &[("mmhg", &lang.whole(h))]) }
                    </span>
                }
            </p>
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
    let refill = props
        .verdict
        .map(|v| refill_phrase(lang, &v.refill))
        .unwrap_or_else(|| w.refill_measuring().to_string());
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
                    <div class="readout">
                        <dt>{ w.flow_title() }</dt>
                        <dd data-testid="venous-return" data-value={fixed(flow, 0)}>
                            { fill(w.flow_value(), &[("ml_min", &lang.whole(flow.max(0.0)))]) }
                        </dd>
                        <dd class="number-help">{ venous_return_help(lang, props.activity) }</dd>
                    </div>
                    <div class="readout">
                        <dt>{ w.refill_title() }</dt>
                        <dd data-testid="refill-time" data-value={props.summary.map(|s| fixed(s.rt90_s, 1))}>
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
    /// The model's verdicts on this scenario, once computed.
    pub verdict: Option<Verdict>,
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
    html! {
        <div class="story">
            if let Some(t) = r.tiptoe {
                <div class="tiptoe-result" data-testid="tiptoe-result"
                    data-fall={t.fall_pct().map(|f| fixed(f, 1))}
                    data-refill={t.refill_time_s().map(|x| fixed(x, 1))}>
                    <strong>{ w.tiptoe_heading() }</strong>{ tiptoe_phrase(lang, &t, r.time_s, props.verdict.map(|v| v.leak)) }
                    <span class="mark-key">{ w.tiptoe_chart_key() }</span>
                </div>
            }
            <p class="narration" data-testid="narration">
                { narration(lang, s.activity, s.leg, s.stockings, props.verdict.as_ref()) }
                if s.stockings_set_aside() {
                    <span class="set-aside" data-testid="stockings-set-aside">{ " " }{ stockings_off_for_swimming(lang) }</span>
                }
            </p>
            if s.stockings != Stockings::None {
                <p class="safety" data-testid="compression-safety">{ compression_safety(lang) }</p>
            }
            <p class="change" role="status" aria-live="polite" data-testid="what-changed">{ props.change.clone() }</p>
        </div>
    }
}
