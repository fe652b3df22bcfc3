//! The stage: the leg diagram beside the two live charts, with the numbers
//! and words under them. It only lays out: the session, the summary, the
//! charts and the animation loop are hooks (`hooks.rs`); nothing runs while
//! paused, off screen or in a hidden tab.

use super::diagram::LegDiagram;
use super::hooks::{use_charts, use_downloads, use_judged, use_live_view, use_session, Playing};
use super::lesson::main_message;
use super::readouts::{AnklePressureReadout, Readouts, Story};
use super::share::{open_full_page, ShareBar};
use crate::browser;
use calf_pump_explain::narration::{
    ankle_pressure_help, ankle_pressure_help_short, change_sentence, flow_chart_summary,
    how_to_use_chart, pressure_chart_summary, spoken, venous_return_help,
};
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
    /// The activity strip, under the main message.
    #[prop_or_default]
    pub strip: Html,
    /// Controls placed above the leg diagram (the leg and the stockings).
    #[prop_or_default]
    pub side: Html,
    /// Controls placed under the ankle-pressure chart (playback).
    #[prop_or_default]
    pub children: Html,
}

/// The ankle-pressure chart's band label and its help (long and short).
fn pressure_chart_words(lang: Lang, activity: Activity) -> (&'static str, (String, String)) {
    let w = lang.words();
    let band_label = if activity == Activity::Tiptoe {
        w.chart_band_raises()
    } else {
        w.chart_band_doing_this()
    };
    let help = (
        ankle_pressure_help(lang, activity),
        ankle_pressure_help_short(lang, activity),
    );
    (band_label, help)
}

#[component]
pub fn Simulator(props: &SimulatorProps) -> Html {
    let lang = props.settings.lang();
    let w = lang.words();
    let activity = props.scenario.activity;
    let session = use_session(props.scenario, props.compare, props.generation);
    let judged = use_judged(props.scenario);
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
    let live = use_live_view(
        session.clone(),
        charts.clone(),
        playing,
        lang,
        root.clone(),
        props.scenario,
    );
    let (on_png, on_csv) = use_downloads(session, charts.clone(), lang);
    let readings = live.readings.clone();
    let said = spoken(
        lang,
        activity,
        judged.as_ref(),
        readings.ankle_pressure_mmhg,
    );
    let (reader, healthy) = live.pictures.clone();
    let (band_label, help) = pressure_chart_words(lang, activity);
    // The stage re-renders with the animation; the line changes only with the leg.
    let how_to = use_memo((lang, activity, judged), |&(lang, activity, judged)| {
        how_to_use_chart(lang, activity, judged.as_ref())
    });
    let change = live
        .change
        .map(|c| AttrValue::from(change_sentence(lang, &c)))
        .unwrap_or_default();
    html! {
        <section class="simulator" aria-label={w.page_simulation()}>
            { main_message(lang, said.message, said.settled) }
            { props.strip.clone() }
            // Watched for being on screen: the stage always has a box (the
            // section is `display: contents` on a desktop).
            <div class="stage" ref={root} data-testid="stage">
                <div class="stage-side">
                    { props.side.clone() }
                    <LegDiagram {reader} {healthy} animate={!reduced_motion} {lang} />
                </div>
                <div class="charts">
                    <ChartFigure {lang} title={w.chart_pressure_title()} testid="pressure-chart" canvases={charts.pressure.clone()}
                        summary={pressure_chart_summary(lang, &readings)} compare={props.compare} {band_label} help={Some(help)}>
                        <AnklePressureReadout {lang} readings={readings.clone()} headline={said.headline.clone()} />
                    </ChartFigure>
                    // What to do with the chart, right under it.
                    <p class="how-to" data-testid="how-to">{ (*how_to).clone() }</p>
                    { props.children.clone() }
                    <ChartFigure {lang} title={w.flow_title()} testid="flow-chart" canvases={charts.flow.clone()}
                        summary={flow_chart_summary(lang, &readings)} compare={props.compare} band_label={w.chart_band_doing_this()}
                        help={Some((venous_return_help(lang, activity), String::new()))} />
                    <Story {lang} readings={readings.clone()} scenario={props.scenario} narration={said.narration.clone()} {judged} {change} />
                </div>
            </div>
            <div class="bottom-row">
                <Readouts {lang} {readings} {activity} {judged} />
                <details class="more" data-testid="more">
                    <summary>{ w.share_summary() }</summary>
                    <ShareBar scenario={props.scenario} settings={props.settings.clone()}
                        on_download_png={on_png} on_download_csv={on_csv} />
                </details>
                <FullPageBesideShare {lang} scenario={props.scenario} settings={props.settings.clone()} />
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FullPageProps {
    lang: Lang,
    scenario: Scenario,
    settings: PageSettings,
}

/// A blog column's way to the full page, beside "Share" where the column is
/// wide (the foot holds it in a phone's column). A component of its own, so
/// the link is made when the scenario changes, not on every frame.
#[component]
fn FullPageBesideShare(props: &FullPageProps) -> Html {
    open_full_page(
        props.lang,
        &props.scenario,
        &props.settings,
        "open-full-page-beside",
    )
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
                <span class={classes!("chart-key", props.compare.then_some("compare"))}>
                    // One line alone needs no key; two (compare mode) do.
                    if props.compare {
                        <span class="swatch reader" aria-hidden="true"></span>{ w.chart_your_leg() }
                        <span class="swatch healthy" aria-hidden="true"></span>{ w.chart_healthy_leg() }
                    }
                    // The swatch shows it is the shaded band; a screen reader hears it.
                    <span class="band-key"><span class="swatch band" aria-hidden="true"></span><span class="visually-hidden">{ w.chart_shaded() }</span>{ props.band_label.clone() }</span>
                </span>
            </figcaption>
            <div class="chart-canvas" role="img" aria-label={props.summary.clone()}>
                <canvas ref={props.canvases.0.clone()} aria-hidden="true"></canvas>
                <canvas ref={props.canvases.1.clone()} aria-hidden="true" data-testid={format!("{}-canvas", props.testid)}></canvas>
            </div>
            <p class="visually-hidden" data-testid={format!("{}-summary", props.testid)}>{ props.summary.clone() }</p>
            if let Some((help, short)) = props.help.clone() {
                <p class="number-help" data-testid={format!("{}-help", props.testid)}>
                    <span class="help-long">{ help }</span>
                    // Embedded, this line is the band's key: the swatch, then "Healthy: 20–35 mmHg".
                    <span class="help-short"><span class="swatch band" aria-hidden="true"></span>{ short }</span>
                </p>
            }
        </figure>
    }
}
