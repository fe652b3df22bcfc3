//! Runs the model in real time and hands its output to the charts, the leg
//! diagram and the readouts. The session lives in a `RefCell` outside Yew's
//! state (`use_session`); charts are painted straight onto their canvases
//! every frame, while the diagram (~30 Hz) and the readouts (4 Hz) go through
//! Yew state at a lower rate. Nothing runs while paused, off screen or in a
//! hidden tab.

use super::chart::{stacked_png, ChartCanvas, ChartSpec, Quantity, HEALTHY_COLOR, READER_COLOR};
use super::diagram::{DiagramFrame, LegDiagram};
use super::readouts::{AnklePressureReadout, Readings, Readouts, Story};
use super::share::ShareBar;
use crate::browser;
use crate::hooks::{use_animation_frame, use_on_screen, use_page_visible, use_session};
use calf_pump_explain::lang::Lang;
use calf_pump_explain::narration::{
    ankle_pressure_help, ankle_pressure_help_short, change_sentence,
};
use calf_pump_explain::reference::{healthy_ankle_pressure_mmhg, healthy_venous_return_ml_min};
use calf_pump_explain::scenario::Scenario;
use calf_pump_explain::session::{chart_window_s, ActivityChange, Session};
use calf_pump_explain::settings::PageSettings;
use calf_pump_explain::verdict::Verdict;
use calf_pump_model::{clinical_summary, standing_ankle_pressure_mmhg, Activity, ClinicalSummary};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// Diagram refresh interval (ms); every 2 s under reduced motion.
const DIAGRAM_EVERY_MS: f64 = 33.0;
const DIAGRAM_REDUCED_MOTION_EVERY_MS: f64 = 2000.0;
/// Readout refresh interval (ms).
const READINGS_EVERY_MS: f64 = 250.0;
/// Longest wall-clock gap one frame may simulate (ms): a stalled tab resumes smoothly.
const MAX_FRAME_MS: f64 = 100.0;

pub const ANKLE_RANGE_MMHG: (f64, f64) = (0.0, 120.0);
pub const VENOUS_RETURN_RANGE_ML_MIN: (f64, f64) = (0.0, 3000.0);

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

fn chart_specs(lang: Lang, activity: Activity) -> (ChartSpec, ChartSpec) {
    let window_s = chart_window_s(activity);
    // The tiptoe test's band follows its phases (see `draw_tiptoe_shading`).
    let tiptoe = activity == Activity::Tiptoe;
    let pressure_band = healthy_ankle_pressure_mmhg(activity);
    (
        ChartSpec {
            y_min: ANKLE_RANGE_MMHG.0,
            y_max: ANKLE_RANGE_MMHG.1,
            y_label: "mmHg",
            x_label: None,
            healthy_band: (!tiptoe).then_some(pressure_band),
            window_s,
            raises_band: tiptoe.then_some(pressure_band),
        },
        ChartSpec {
            y_min: VENOUS_RETURN_RANGE_ML_MIN.0,
            y_max: VENOUS_RETURN_RANGE_ML_MIN.1,
            y_label: "mL/min",
            x_label: Some(lang.words().chart_seconds_ago),
            healthy_band: Some(healthy_venous_return_ml_min(activity)),
            window_s,
            raises_band: None,
        },
    )
}

/// The canvases of both charts, created once the elements exist.
struct Charts {
    pressure: ChartCanvas,
    flow: ChartCanvas,
}

/// Paints the charts from the session: the ankle-pressure chart, and the
/// flow chart too when `both`.
fn paint_charts(charts: &mut Charts, session: &Session, lang: Lang, both: bool) {
    let (pressure_spec, flow_spec) = chart_specs(lang, session.scenario().activity);
    let now = session.reader().state().time_s;
    let ratio = browser::device_pixel_ratio();
    // Healthy twin first (drawn underneath); a stack array, no allocation per frame.
    let reader = (session.reader().trace(), READER_COLOR, false);
    let pair;
    let traces: &[_] = match session.healthy() {
        Some(h) => {
            pair = [(h.trace(), HEALTHY_COLOR, true), reader];
            &pair
        }
        None => std::slice::from_ref(&reader),
    };
    charts.pressure.draw(
        pressure_spec,
        Quantity::AnklePressure,
        traces,
        session.tiptoe(),
        now,
        ratio,
    );
    if both {
        charts
            .flow
            .draw(flow_spec, Quantity::VenousReturn, traces, None, now, ratio);
    }
}

fn paint(charts: &mut Charts, session: &Session, lang: Lang) {
    paint_charts(charts, session, lang, true);
}

fn paint_pressure(charts: &mut Charts, session: &Session, lang: Lang) {
    paint_charts(charts, session, lang, false);
}

fn diagram_frames(session: &Session) -> (DiagramFrame, Option<DiagramFrame>) {
    (
        DiagramFrame::from(session.reader().simulation()),
        session
            .healthy()
            .map(|h| DiagramFrame::from(h.simulation())),
    )
}

/// When the diagram and the readouts were last refreshed (ms timestamps).
#[derive(Default)]
struct Refreshed {
    diagram: Cell<f64>,
    readings: Cell<f64>,
}

#[component]
pub fn Simulator(props: &SimulatorProps) -> Html {
    let session = use_session(props.scenario, props.compare, props.generation);
    let lang = props.settings.lang();
    let w = lang.words();
    let charts: Rc<RefCell<Option<Charts>>> = use_mut_ref(|| None);
    let refs = [
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    ];
    let root_ref = use_node_ref();
    let reduced_motion = *use_memo((), |_| browser::prefers_reduced_motion());
    let frame = use_state(|| diagram_frames(&session.borrow()));
    let readings = use_state(|| Readings::from_session(&session.borrow()));
    // The last switch's numbers: worded at render, in the reader's language.
    let change = use_state(|| None::<ActivityChange>);
    let on_screen = use_on_screen(root_ref.clone());
    let tab_visible = use_page_visible();
    let refreshed = use_mut_ref(Refreshed::default);

    // The clinical summary of this scenario and the same leg standing still,
    // for the readouts: computed after the first paint, one at a time, so
    // neither delays the first picture.
    let summaries = use_state(|| None::<(ClinicalSummary, f64)>);
    let latest_scenario = use_mut_ref(|| props.scenario);
    *latest_scenario.borrow_mut() = props.scenario;
    {
        let summaries = summaries.setter();
        use_effect_with(props.scenario, move |s| {
            let s = *s;
            summaries.set(None);
            // A reader who switches again before this is done gets the newer one only.
            let current = move || *latest_scenario.borrow() == s;
            browser::after_paint(move || {
                if !current() {
                    return;
                }
                let standing = standing_ankle_pressure_mmhg(s.leg, s.stockings_worn());
                browser::after_paint(move || {
                    if current() {
                        summaries.set(Some((
                            clinical_summary(s.activity, s.leg, s.stockings_worn()),
                            standing,
                        )));
                    }
                });
            });
        });
    }

    // Find the canvases once they are in the page, and paint the settled leg at once.
    {
        let (charts, refs, session) = (charts.clone(), refs.clone(), session.clone());
        use_effect_with((), move |_| {
            let canvas = |r: &NodeRef| r.cast::<web_sys::HtmlCanvasElement>();
            if let (Some(a), Some(b), Some(c), Some(d)) = (
                canvas(&refs[0]),
                canvas(&refs[1]),
                canvas(&refs[2]),
                canvas(&refs[3]),
            ) {
                let mut made = Charts {
                    pressure: ChartCanvas::new(a, b),
                    flow: ChartCanvas::new(c, d),
                };
                // The ankle-pressure chart is the first thing a reader needs:
                // draw it now; the flow chart follows once that is on screen.
                paint_pressure(&mut made, &session.borrow(), lang);
                *charts.borrow_mut() = Some(made);
                let (charts, session) = (charts.clone(), session.clone());
                browser::after_paint(move || {
                    if let Some(c) = charts.borrow_mut().as_mut() {
                        paint(c, &session.borrow(), lang);
                    }
                });
            }
        });
    }

    // While paused (or after Reset or a switch of compare), show the state as
    // it is. Not on mount: the canvases effect above has just painted.
    {
        let (session, charts, frame, readings) = (
            session.clone(),
            charts.clone(),
            frame.setter(),
            readings.setter(),
        );
        let mounted = use_mut_ref(|| false);
        use_effect_with(
            (props.playing, props.generation, props.compare, lang),
            move |_| {
                if !std::mem::replace(&mut *mounted.borrow_mut(), true) {
                    return;
                }
                let s = session.borrow();
                if let Some(c) = charts.borrow_mut().as_mut() {
                    paint(c, &s, lang);
                }
                frame.set(diagram_frames(&s));
                readings.set(Readings::from_session(&s));
            },
        );
    }

    // The animation loop: only while playing and visible.
    {
        let running = props.playing && on_screen && tab_visible;
        let speed = props.speed as f64;
        let diagram_every = if reduced_motion {
            DIAGRAM_REDUCED_MOTION_EVERY_MS
        } else {
            DIAGRAM_EVERY_MS
        };
        let (session, charts, refreshed) = (session.clone(), charts.clone(), refreshed.clone());
        let (frame, readings, change) = (frame.setter(), readings.setter(), change.setter());
        use_animation_frame(running, move |elapsed_ms, t_ms| {
            let mut s = session.borrow_mut();
            s.advance(elapsed_ms.clamp(0.0, MAX_FRAME_MS) / 1000.0 * speed);
            if let Some(c) = charts.borrow_mut().as_mut() {
                paint(c, &s, lang);
            }
            let r = refreshed.borrow();
            if t_ms - r.diagram.get() >= diagram_every {
                r.diagram.set(t_ms);
                frame.set(diagram_frames(&s));
            }
            if t_ms - r.readings.get() >= READINGS_EVERY_MS {
                r.readings.set(t_ms);
                readings.set(Readings::from_session(&s));
                if let Some(c) = s.take_change() {
                    change.set(Some(c));
                }
            }
        });
    }

    let download_png = {
        let charts = charts.clone();
        Callback::from(move |_| {
            if let Some(c) = charts.borrow().as_ref() {
                if let Some(url) = stacked_png(&[&c.pressure, &c.flow]) {
                    browser::download(lang.words().share_png_file, &url);
                }
            }
        })
    };
    let download_csv = {
        let session = session.clone();
        Callback::from(move |_| {
            let csv = session.borrow().reader().trace().to_csv(lang);
            browser::download_text(lang.words().share_csv_file, "text/csv", &csv);
        })
    };
    let verdict = summaries.map(|(summary, standing)| {
        Verdict::from_model(props.scenario.activity, standing, &summary)
    });
    let (reader_frame, healthy_frame) = (*frame).clone();
    let reduced = reduced_motion;
    let compare = props.compare;
    html! {
        <section class="simulator" ref={root_ref} aria-label={w.page_simulation}>
            <div class="stage">
                <div class="stage-side">
                    { props.side.clone() }
                    <figure class="diagram-figure" data-testid="leg-diagram">
                        <div class={classes!("diagrams", compare.then_some("side-by-side"))}>
                            <LegDiagram frame={reader_frame} caption={if compare { w.diagram_your_leg } else { "" }} animate={!reduced} {lang} />
                            if let Some(h) = healthy_frame {
                                <LegDiagram frame={h} caption={w.diagram_healthy_leg} animate={!reduced} {lang} />
                            }
                        </div>
                        <figcaption class="legend">
                            <span class="key low">{ w.diagram_key_low }</span>
                            <span class="key high">{ w.diagram_key_high }</span>
                            <span class="key open">{ w.diagram_key_open }</span>
                            <span class="key shut">{ w.diagram_key_shut }</span>
                            <span class="key leak">{ w.diagram_key_leak }</span>
                        </figcaption>
                    </figure>
                </div>
                <div class="charts">
                    <ChartFigure {lang} title={w.chart_pressure_title} testid="pressure-chart" axes={refs[0].clone()} lines={refs[1].clone()}
                        summary={readings.pressure_summary(lang)} compare={compare}
                        band_label={if props.scenario.activity == Activity::Tiptoe { w.chart_band_raises } else { w.chart_band_doing_this }} help={(ankle_pressure_help(lang, props.scenario.activity), ankle_pressure_help_short(lang, props.scenario.activity))}>
                        <AnklePressureReadout {lang} readings={(*readings).clone()} activity={props.scenario.activity} standing_mmhg={summaries.map(|s| s.1)} />
                    </ChartFigure>
                    { props.children.clone() }
                    <ChartFigure {lang} title={w.flow_title} testid="flow-chart" axes={refs[2].clone()} lines={refs[3].clone()}
                        summary={readings.flow_summary(lang)} compare={compare}
                        band_label={w.chart_band_flow} />
                    <Story {lang} readings={(*readings).clone()} scenario={props.scenario} verdict={verdict} change={change.map(|c| AttrValue::from(change_sentence(lang, &c))).unwrap_or_default()} />
                </div>
            </div>
            <div class="bottom-row">
                <Readouts {lang} readings={(*readings).clone()} activity={props.scenario.activity} summary={summaries.map(|s| s.0)} verdict={verdict} />
                <details class="more" data-testid="more">
                    <summary>{ w.share_summary }</summary>
                    <ShareBar scenario={props.scenario} settings={props.settings.clone()}
                        on_download_png={download_png} on_download_csv={download_csv} />
                </details>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChartFigureProps {
    title: AttrValue,
    testid: AttrValue,
    axes: NodeRef,
    lines: NodeRef,
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
                    <span class="swatch reader" aria-hidden="true"></span>{ if props.compare { w.chart_your_leg } else { w.chart_this_leg } }
                    if props.compare {
                        <span class="swatch healthy" aria-hidden="true"></span>{ w.chart_healthy_leg }
                    }
                    <span class="swatch band" aria-hidden="true"></span>{ w.chart_shaded }{ props.band_label.clone() }
                </span>
            </figcaption>
            <div class="chart-canvas" role="img" aria-label={props.summary.clone()}>
                <canvas ref={props.axes.clone()} aria-hidden="true"></canvas>
                <canvas ref={props.lines.clone()} aria-hidden="true" data-testid={format!("{}-canvas", props.testid)}></canvas>
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
