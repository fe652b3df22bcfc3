//! The stage: the leg diagram beside the two live charts, with the numbers
//! and words under them. It only lays out: the session, the summary, the
//! charts and the animation loop are hooks (`hooks.rs`); nothing runs while
//! paused, off screen or in a hidden tab.

use super::diagram::LegDiagram;
use super::hooks::{
    use_charts, use_clinical_summary, use_downloads, use_live_view, use_session, Playing,
};
use super::readouts::{AnklePressureReadout, Readouts, Story};
use super::share::ShareBar;
use crate::browser;
use calf_pump_explain::narration::{
    ankle_pressure_help, ankle_pressure_help_short, change_sentence, flow_chart_summary,
    pressure_chart_summary,
};
use calf_pump_explain::verdict::Verdict;
use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use calf_pump_model::Activity;
use calf_pump_words::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SimulatorProps {
    pub scenario: Scenario,
    pub playing: bool,
    pub speed: u32,
    pub compare: bool,
    pub generation: u32,
    pub settings: PageSettings,
    /// Controls placed above the leg diagram (the leg and the stockings).
    #[prop_or_default]
    pub side: Html,
    /// Controls placed under the ankle-pressure chart (playback).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Simulator(props: &SimulatorProps) -> Html {
    let lang = props.settings.lang();
    let w = lang.words();
    let activity = props.scenario.activity;
    let session = use_session(props.scenario, props.compare, props.generation);
    let summary = use_clinical_summary(props.scenario);
    let charts = use_charts(session.clone(), lang);
    let root = use_node_ref();
    let reduced_motion = *use_memo((), |_| browser::prefers_reduced_motion());
    let playing = Playing {
        playing: props.playing,
        speed: props.speed,
        generation: props.generation,
        compare: props.compare,
        reduced_motion,
    };
    let live = use_live_view(session.clone(), charts.clone(), playing, lang, root.clone());
    let (on_png, on_csv) = use_downloads(session, charts.clone(), lang);
    let verdict = summary.map(|s| Verdict::from_model(activity, &s));
    let readings = live.readings.clone();
    let (reader, healthy) = live.pictures.clone();
    let compare = props.compare;
    let band_label = if activity == Activity::Tiptoe {
        w.chart_band_raises()
    } else {
        w.chart_band_doing_this()
    };
    let help = (
        ankle_pressure_help(lang, activity),
        ankle_pressure_help_short(lang, activity),
    );
    let change = live
        .change
        .map(|c| AttrValue::from(change_sentence(lang, &c)))
        .unwrap_or_default();
    html! {
        <section class="simulator" ref={root} aria-label={w.page_simulation()}>
            <div class="stage">
                <div class="stage-side">
                    { props.side.clone() }
                    <LegDiagram {reader} {healthy} animate={!reduced_motion} {lang} />
                </div>
                <div class="charts">
                    <ChartFigure {lang} title={w.chart_pressure_title()} testid="pressure-chart" canvases={charts.pressure.clone()}
                        summary={pressure_chart_summary(lang, &readings)} {compare} {band_label} help={Some(help)}>
                        <AnklePressureReadout {lang} readings={readings.clone()} standing_mmhg={summary.map(|s| s.standing_mmhg)} />
                    </ChartFigure>
                    { props.children.clone() }
                    <ChartFigure {lang} title={w.flow_title()} testid="flow-chart" canvases={charts.flow.clone()}
                        summary={flow_chart_summary(lang, &readings)} {compare} band_label={w.chart_band_flow()} />
                    <Story {lang} readings={readings.clone()} scenario={props.scenario} {verdict} {change} />
                </div>
            </div>
            <div class="bottom-row">
                <Readouts {lang} {readings} {activity} {summary} {verdict} />
                <details class="more" data-testid="more">
                    <summary>{ w.share_summary() }</summary>
                    <ShareBar scenario={props.scenario} settings={props.settings.clone()}
                        on_download_png={on_png} on_download_csv={on_csv} />
                </details>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChartFigureProps {
    title: AttrValue,
    testid: AttrValue,
    /// The chart's two stacked canvases: axes, then lines.
    canvases: (NodeRef, NodeRef),
    summary: AttrValue,
    band_label: AttrValue,
    compare: bool,
    lang: Lang,
    /// Shown between the title and the key (the live number, for the pressure chart).
    #[prop_or_default]
    children: Html,
    /// One plain line under the chart: what the number is, which way is
    /// good; and its short form for the compact embedded layout.
    #[prop_or_default]
    help: Option<(String, String)>,
}

/// One chart: a figure with its caption, two stacked canvases and a text summary.
#[component]
fn ChartFigure(props: &ChartFigureProps) -> Html {
    let w = props.lang.words();
    html! {
        <figure class="chart" data-testid={props.testid.clone()}>
            <figcaption>
                <span class="chart-title">{ props.title.clone() }</span>
                { props.children.clone() }
                <span class="chart-key">
                    <span class="swatch reader" aria-hidden="true"></span>{ if props.compare { w.chart_your_leg() } else { w.chart_this_leg() } }
                    if props.compare {
                        <span class="swatch healthy" aria-hidden="true"></span>{ w.chart_healthy_leg() }
                    }
                    <span class="swatch band" aria-hidden="true"></span>{ w.chart_shaded() }{ props.band_label.clone() }
                </span>
            </figcaption>
            <div class="chart-canvas" role="img" aria-label={props.summary.clone()}>
                <canvas ref={props.canvases.0.clone()} aria-hidden="true"></canvas>
                <canvas ref={props.canvases.1.clone()} aria-hidden="true" data-testid={format!("{}-canvas", props.testid)}></canvas>
            </div>
            <p class="visually-hidden" data-testid={format!("{}-summary", props.testid)}>{ props.summary.clone() }</p>
            if let Some((help, short)) = props.help.clone() {
                <p class="number-help" data-testid={format!("{}-help", props.testid)}>
                    <span class="help-long">{ help }</span><span class="help-short">{ short }</span>
                </p>
            }
        </figure>
    }
}
