//! Live charts drawn with plotters on two stacked canvases: a static layer
//! (axes, labels, healthy band), redrawn only when the scale or size changes,
//! and a line layer redrawn every frame. Text measurement on wasm forces a
//! layout per label, so keeping labels off the per-frame path matters.
//! Backing stores are sized to CSS size × devicePixelRatio for sharp lines;
//! margins, fonts and strokes are scaled by the ratio (plotters#164).

use calf_pump_model::{active_window_s, Activity};
use calf_pump_session::{Sample, TiptoeReading, Trace};
use calf_pump_words::fixed;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// What a chart shows; when this changes the static layer is redrawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartSpec {
    pub y_min: f64,
    pub y_max: f64,
    pub y_label: &'static str,
    /// The time axis's description, on the lowest chart only.
    pub x_label: Option<&'static str>,
    /// Where a healthy leg sits during this activity, shaded for reference.
    pub healthy_band: Option<(f64, f64)>,
    /// Seconds of history shown.
    pub window_s: f64,
    /// The tiptoe test's healthy range while raising, shaded over the raises only.
    pub raises_band: Option<(f64, f64)>,
}

/// Which number of a sample a chart plots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    AnklePressure,
    VenousReturn,
}

impl Quantity {
    fn of(self, s: &Sample) -> f64 {
        match self {
            Quantity::AnklePressure => s.ankle_pressure_mmhg,
            Quantity::VenousReturn => s.venous_return_ml_min,
        }
    }
}

pub const READER_COLOR: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
pub const HEALTHY_COLOR: RGBColor = RGBColor(0x1b, 0x7a, 0x3e);
const BAND_COLOR: RGBColor = RGBColor(0xd8, 0xef, 0xdc);
/// Tiptoe-test marks: the fall and the refill, as a clinician draws them.
pub const MARK_COLOR: RGBColor = RGBColor(0xb3, 0x5c, 0x00);
pub const GRID_COLOR: RGBColor = RGBColor(0xe4, 0xe7, 0xeb);
pub const AXIS_TEXT: RGBColor = RGBColor(0x33, 0x3a, 0x44);

/// Plot-area insets in CSS pixels (scaled by the pixel ratio when drawn).
struct Insets;
impl Insets {
    const LEFT: f64 = 58.0;
    const BOTTOM: f64 = 42.0;
    const BOTTOM_TICKS_ONLY: f64 = 24.0;
    const TOP: f64 = 10.0;
    const RIGHT: f64 = 12.0;
    const FONT: f64 = 13.0;
}

/// A canvas's backing store for sharp lines: its CSS size × the pixel ratio.
pub fn backing_size(canvas: &HtmlCanvasElement, ratio: f64) -> (u32, u32) {
    let css_w = canvas.client_width().max(1) as f64;
    let css_h = canvas.client_height().max(1) as f64;
    (
        (css_w * ratio).round() as u32,
        (css_h * ratio).round() as u32,
    )
}

/// The two canvases of one chart and what was last drawn on them.
pub struct ChartCanvas {
    axes: HtmlCanvasElement,
    lines: HtmlCanvasElement,
    backing: (u32, u32),
    ratio: f64,
    drawn: Option<ChartSpec>,
}

impl ChartCanvas {
    pub fn new(axes: HtmlCanvasElement, lines: HtmlCanvasElement) -> Self {
        Self {
            axes,
            lines,
            backing: (0, 0),
            ratio: 1.0,
            drawn: None,
        }
    }

    /// Both layers of this chart, bottom first, for saving as an image.
    pub fn layers(&self) -> [&HtmlCanvasElement; 2] {
        [&self.axes, &self.lines]
    }

    /// Matches the backing stores to the on-screen size; true if they changed.
    fn fit(&mut self, ratio: f64) -> bool {
        let backing = backing_size(&self.lines, ratio);
        if backing == self.backing && ratio == self.ratio {
            return false;
        }
        for c in [&self.axes, &self.lines] {
            c.set_width(backing.0);
            c.set_height(backing.1);
        }
        self.backing = backing;
        self.ratio = ratio;
        true
    }

    /// Draws a frame: the static layer if needed, then the lines.
    /// `traces` pairs each trace with its colour and whether it is dashed.
    pub fn draw(
        &mut self,
        spec: ChartSpec,
        quantity: Quantity,
        traces: &[(&Trace, RGBColor, bool)],
        marks: Option<TiptoeReading>,
        now_s: f64,
        ratio: f64,
    ) {
        let resized = self.fit(ratio);
        if resized || self.drawn != Some(spec) {
            if draw_axes(&self.axes, &spec, self.ratio).is_ok() {
                self.drawn = Some(spec);
            }
        }
        let _ = draw_lines(
            &self.lines,
            &spec,
            quantity,
            traces,
            marks,
            now_s,
            self.ratio,
        );
    }
}

fn build_chart<'a>(
    root: &'a DrawingArea<CanvasBackend, plotters::coord::Shift>,
    spec: &ChartSpec,
    ratio: f64,
) -> Result<
    ChartContext<
        'a,
        CanvasBackend,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>,
> {
    let px = |v: f64| (v * ratio).round() as u32;
    ChartBuilder::on(root)
        .margin_top(px(Insets::TOP))
        .margin_right(px(Insets::RIGHT))
        .x_label_area_size(px(if spec.x_label.is_some() {
            Insets::BOTTOM
        } else {
            Insets::BOTTOM_TICKS_ONLY
        }))
        .y_label_area_size(px(Insets::LEFT))
        .build_cartesian_2d(-spec.window_s..0.0, spec.y_min..spec.y_max)
}

type DrawResult = Result<(), DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn draw_axes(canvas: &HtmlCanvasElement, spec: &ChartSpec, ratio: f64) -> DrawResult {
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return Ok(());
    };
    let root = backend.into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = build_chart(&root, spec, ratio)?;
    if let Some((low, high)) = spec.healthy_band {
        chart.draw_series(std::iter::once(Rectangle::new(
            [
                (-spec.window_s, low.max(spec.y_min)),
                (0.0, high.min(spec.y_max)),
            ],
            BAND_COLOR.filled(),
        )))?;
    }
    let font = ("sans-serif", (Insets::FONT * ratio).round())
        .into_font()
        .color(&AXIS_TEXT);
    let seconds_ago = |x: &f64| fixed(x.abs(), 0);
    let whole = |y: &f64| fixed(*y, 0);
    // As many value labels as fit without touching: one per ~26 CSS px of plot.
    let plot_height_css = canvas.height() as f64 / ratio - Insets::TOP - Insets::BOTTOM;
    let y_labels = (plot_height_css / 26.0).floor().clamp(2.0, 6.0) as usize;
    // And time labels one per ~38 CSS px of width (7 on a wide chart, 4 at 320 px).
    let plot_width_css = canvas.width() as f64 / ratio - Insets::LEFT - Insets::RIGHT;
    let x_labels = (plot_width_css / 38.0).floor().clamp(3.0, 7.0) as usize;
    let mut mesh = chart.configure_mesh();
    if let Some(x_label) = spec.x_label {
        mesh.x_desc(x_label);
    }
    mesh.y_desc(spec.y_label)
        .x_labels(x_labels)
        .y_labels(y_labels)
        .x_label_formatter(&seconds_ago)
        .y_label_formatter(&whole)
        .label_style(font.clone())
        .axis_desc_style(font)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID_COLOR.stroke_width(ratio.round().max(1.0) as u32))
        .axis_style(AXIS_TEXT.stroke_width(ratio.round().max(1.0) as u32))
        .draw()?;
    root.present()
}

fn draw_lines(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    quantity: Quantity,
    traces: &[(&Trace, RGBColor, bool)],
    marks: Option<TiptoeReading>,
    now_s: f64,
    ratio: f64,
) -> DrawResult {
    if let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    {
        ctx.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return Ok(());
    };
    let root = backend.into_drawing_area();
    let mut chart = build_chart(&root, spec, ratio)?;
    let (y_min, y_max, window_s) = (spec.y_min, spec.y_max, spec.window_s);
    if let Some(t) = marks {
        draw_tiptoe_shading(&mut chart, spec, &t, now_s)?;
    }
    for (trace, color, dashed) in traces {
        let points = trace
            .samples_since(now_s - window_s)
            .map(move |s| (s.time_s - now_s, quantity.of(s).clamp(y_min, y_max)));
        let width = (if *dashed { 2.0 } else { 2.5 } * ratio).round().max(1.0) as u32;
        let style = color.stroke_width(width);
        if *dashed {
            let dash = (7.0 * ratio).round() as u32;
            chart.draw_series(DashedLineSeries::new(points, dash, dash, style))?;
        } else {
            chart.draw_series(LineSeries::new(points, style))?;
        }
    }
    if let Some(t) = marks {
        draw_tiptoe_marks(&mut chart, spec, &t, now_s, ratio)?;
    }
    root.present()
}

/// Under the tiptoe test's lines: a healthy leg's range shaded over the
/// raises only (after them a healthy leg refills, so no fixed range holds),
/// and the last three raises, the window the reported fall averages, shaded
/// darker.
fn draw_tiptoe_shading(
    chart: &mut ChartContext<
        '_,
        CanvasBackend,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    spec: &ChartSpec,
    t: &TiptoeReading,
    now_s: f64,
) -> DrawResult {
    let x = |time_s: f64| (time_s - now_s).clamp(-spec.window_s, 0.0);
    let raising_until = t.stopped_s.unwrap_or(now_s);
    if let Some((low, high)) = spec.raises_band {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x(t.started_s), low), (x(raising_until), high)],
            BAND_COLOR.filled(),
        )))?;
    }
    if let (Some(stopped), Some(_)) = (t.stopped_s, t.active_mmhg) {
        let from = stopped - active_window_s(Activity::Tiptoe);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x(from), spec.y_min), (x(stopped), spec.y_max)],
            MARK_COLOR.mix(0.12).filled(),
        )))?;
    }
    Ok(())
}

/// Levels before and during the test (dashed), the moment the raises stopped
/// and the moment the pressure had refilled 90 % (solid verticals).
fn draw_tiptoe_marks(
    chart: &mut ChartContext<
        '_,
        CanvasBackend,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    spec: &ChartSpec,
    t: &TiptoeReading,
    now_s: f64,
    ratio: f64,
) -> DrawResult {
    let x = |time_s: f64| (time_s - now_s).clamp(-spec.window_s, 0.0);
    let width = (1.5 * ratio).round().max(1.0) as u32;
    let dash = (5.0 * ratio).round() as u32;
    let style = MARK_COLOR.stroke_width(width);
    let end = x(t.refilled_s.unwrap_or(now_s));
    let mut levels = vec![t.rest_mmhg];
    levels.extend(t.active_mmhg);
    for level in levels {
        let from = x(t.started_s);
        if from < end {
            chart.draw_series(DashedLineSeries::new(
                [(from, level), (end, level)],
                dash,
                dash,
                style,
            ))?;
        }
    }
    for moment in [t.stopped_s, t.refilled_s].into_iter().flatten() {
        if moment >= now_s - spec.window_s {
            let at = x(moment);
            chart.draw_series(LineSeries::new([(at, spec.y_min), (at, spec.y_max)], style))?;
        }
    }
    Ok(())
}

/// Stacks charts (each with its layers) into one PNG, as a data: URL.
pub fn stacked_png(charts: &[&ChartCanvas]) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let out: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    let width = charts.iter().map(|c| c.axes.width()).max()?;
    let height: u32 = charts.iter().map(|c| c.axes.height()).sum();
    out.set_width(width.max(1));
    out.set_height(height.max(1));
    let ctx: web_sys::CanvasRenderingContext2d = out.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, width as f64, height as f64);
    let mut y = 0.0;
    for chart in charts {
        for layer in chart.layers() {
            ctx.draw_image_with_html_canvas_element(layer, 0.0, y)
                .ok()?;
        }
        y += chart.axes.height() as f64;
    }
    out.to_data_url_with_type("image/png").ok()
}
