//! Ankle pressure over the planned day, hour by hour, with the high-pressure
//! line: one plotters canvas, redrawn when the day or the chart's size
//! changes (never per frame: nothing here animates).

use crate::browser;
use crate::components::chart::{backing_size, AXIS_TEXT, GRID_COLOR, MARK_COLOR, READER_COLOR};
use calf_pump_explain::day::{clock, day_chart_description};
use calf_pump_model::day::HIGH_ANKLE_PRESSURE_MMHG;
use calf_pump_model::DayOutcome;
use calf_pump_words::{fill, fixed, Lang};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

const Y_MAX_MMHG: f64 = 110.0;

#[derive(Properties, PartialEq)]
pub struct DayChartProps {
    pub outcome: DayOutcome,
    pub lang: Lang,
}

/// Draws the day on `canvas`, its backing store sized to its CSS size.
fn draw(canvas: &HtmlCanvasElement, outcome: &DayOutcome) -> Option<()> {
    let ratio = browser::device_pixel_ratio();
    let (backing_w, backing_h) = backing_size(canvas, ratio);
    canvas.set_width(backing_w);
    canvas.set_height(backing_h);
    // The chart's CSS width, for how many time labels fit.
    let w = backing_w as f64 / ratio;
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let px = |v: f64| (v * ratio).round() as u32;
    // Hours on the x-axis, so the ticks fall on whole hours.
    let hours_long = outcome.ankle_pressure_by_minute_mmhg.len().max(1) as f64 / 60.0;
    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(8.0))
        .margin_right(px(22.0))
        .x_label_area_size(px(24.0))
        .y_label_area_size(px(52.0))
        .build_cartesian_2d(0.0..hours_long, 0.0..Y_MAX_MMHG)
        .ok()?;
    let font = ("sans-serif", (13.0 * ratio).round())
        .into_font()
        .color(&AXIS_TEXT);
    // About one label per 70 CSS px; plotters rounds to whole-hour steps.
    let x_labels = ((w / 70.0).floor() as usize).clamp(3, 13);
    let clock_label = |h: &f64| clock((h * 60.0).round().max(0.0) as u32);
    let whole = |y: &f64| fixed(*y, 0);
    chart
        .configure_mesh()
        .x_labels(x_labels)
        .y_labels(5)
        .x_label_formatter(&clock_label)
        .y_label_formatter(&whole)
        .y_desc("mmHg")
        .label_style(font.clone())
        .axis_desc_style(font)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID_COLOR.stroke_width(px(1.0).max(1)))
        .axis_style(AXIS_TEXT.stroke_width(px(1.0).max(1)))
        .draw()
        .ok()?;
    let dash = px(6.0);
    chart
        .draw_series(DashedLineSeries::new(
            [
                (0.0, HIGH_ANKLE_PRESSURE_MMHG),
                (hours_long, HIGH_ANKLE_PRESSURE_MMHG),
            ],
            dash,
            dash,
            MARK_COLOR.stroke_width(px(1.5).max(1)),
        ))
        .ok()?;
    let points = outcome
        .ankle_pressure_by_minute_mmhg
        .iter()
        .enumerate()
        .map(|(m, p)| ((m as f64 + 0.5) / 60.0, p.clamp(0.0, Y_MAX_MMHG)));
    chart
        .draw_series(LineSeries::new(
            points,
            READER_COLOR.stroke_width(px(2.0).max(1)),
        ))
        .ok()?;
    root.present().ok()
}

/// The canvas, drawn with the day whenever the day or the chart's size
/// changes (a phone turned, a window narrowed).
#[hook]
fn use_day_canvas(outcome: DayOutcome) -> NodeRef {
    let canvas_ref = use_node_ref();
    let width = use_state(|| 0);
    {
        let (canvas_ref, width) = (canvas_ref.clone(), width.clone());
        use_effect_with((), move |_| {
            let listener = browser::window().map(|w| {
                gloo_events::EventListener::new(&w, "resize", move |_| {
                    if let Some(c) = canvas_ref.cast::<HtmlCanvasElement>() {
                        width.set(c.client_width());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with((outcome, *width), move |(outcome, _)| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                draw(&canvas, outcome);
            }
        });
    }
    canvas_ref
}

#[component]
pub fn DayChart(props: &DayChartProps) -> Html {
    let canvas_ref = use_day_canvas(props.outcome.clone());
    let lang = props.lang;
    let w = lang.day_words();
    let threshold = lang.whole(HIGH_ANKLE_PRESSURE_MMHG);
    html! {
        <figure class="chart day-chart" data-testid="day-chart">
            <figcaption>
                <span class="chart-title">{ w.day_chart_title() }</span>
                <span class="chart-key">
                    <span class="swatch reader"></span>{ w.day_chart_yours() }
                    <span class="swatch high"></span>{ fill(w.day_chart_high(), &[("mmhg", &threshold)]) }
                </span>
            </figcaption>
            <div class="chart-canvas">
                <canvas ref={canvas_ref} role="img" aria-label={day_chart_description(lang, &props.outcome)} data-testid="day-chart-canvas"></canvas>
            </div>
        </figure>
    }
}
