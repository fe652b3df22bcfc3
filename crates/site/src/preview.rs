//! The 1200×630 preview card of a page (one per activity × leg), rendered
//! natively from the model: a headline in large type, the page's numbers,
//! and the leg's ankle-pressure curve against a healthy leg's (against
//! standing still on a healthy leg's own page). Text is sized to stay
//! readable when a feed shrinks the card to about 500 px wide.

use crate::sizes::{PREVIEW_HEIGHT, PREVIEW_WIDTH};
use calf_pump_explain::cards::card_title;
use calf_pump_explain::labels::activity_label;
use calf_pump_links::settings::BrandColour;
use calf_pump_model::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
use calf_pump_words::{fill, Lang};
use plotters::coord::Shift;
use plotters::prelude::*;
use std::path::Path;

const HEALTHY_GREEN: RGBColor = RGBColor(0x1b, 0x7a, 0x3e);
const STANDING_GREY: RGBColor = RGBColor(0x6b, 0x74, 0x80);
const MUTED: RGBColor = RGBColor(0x4a, 0x55, 0x63);
/// Seconds of each curve drawn.
const SECONDS: f64 = 40.0;
/// The card's left margin (px).
const MARGIN: i32 = 48;

type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;
type Drawn = Result<(), Box<dyn std::error::Error>>;

/// What a card shows, from the model: computed once per activity and leg,
/// drawn once per language.
pub struct Card {
    pub activity: Activity,
    pub leg: LegCondition,
    /// The posture held still (standing, the saddle, sitting), mmHg.
    pub still_mmhg: f64,
    pub active_mmhg: f64,
    pub healthy_active_mmhg: f64,
    /// This leg's ankle pressure over the activity's first 40 s.
    reader_curve: Vec<(f64, f64)>,
    /// What it is set against: a healthy leg doing the same, or (on a
    /// healthy leg's page) the same leg standing still.
    other_curve: Vec<(f64, f64)>,
}

impl Card {
    /// The card's curves, from the model; the numbers from the clinical protocol.
    pub fn new(
        activity: Activity,
        leg: LegCondition,
        still_mmhg: f64,
        active_mmhg: f64,
        healthy_active_mmhg: f64,
    ) -> Self {
        let other_curve = if leg == LegCondition::Healthy {
            ankle_trace(Activity::Standing, leg)
        } else {
            ankle_trace(activity, LegCondition::Healthy)
        };
        Self {
            activity,
            leg,
            still_mmhg,
            active_mmhg,
            healthy_active_mmhg,
            reader_curve: ankle_trace(activity, leg),
            other_curve,
        }
    }

    fn healthy_page(&self) -> bool {
        self.leg == LegCondition::Healthy
    }
}

/// Ankle pressure (mmHg) every 0.1 s over [`SECONDS`] of an activity,
/// starting from the leg settled standing still.
fn ankle_trace(activity: Activity, leg: LegCondition) -> Vec<(f64, f64)> {
    let mut sim = Simulation::resting_before(Activity::Standing, leg, Stockings::None, 60.0);
    sim.set_activity(activity);
    let mut points = vec![(0.0, sim.state().ankle_pressure_mmhg)];
    for i in 1..=(SECONDS * 10.0) as u32 {
        sim.run_for(0.1, DEFAULT_TIME_STEP_S);
        points.push((i as f64 / 10.0, sim.state().ankle_pressure_mmhg));
    }
    points
}

fn colour(brand: &BrandColour) -> RGBColor {
    let [r, g, b] = brand.rgb();
    RGBColor(r, g, b)
}

/// A healthy leg's colour beside the reader's curve in `accent`: the
/// healthy green, or grey when the clinic's colour is a green like it (the
/// two curves must not look alike).
fn healthy_colour(accent: RGBColor) -> RGBColor {
    let apart = (hue_degrees(accent) - hue_degrees(HEALTHY_GREEN)).abs();
    if apart.min(360.0 - apart) < 40.0 {
        STANDING_GREY
    } else {
        HEALTHY_GREEN
    }
}

/// A colour's hue on the colour wheel, 0–360°.
fn hue_degrees(RGBColor(r, g, b): RGBColor) -> f64 {
    let [r, g, b] = [r, g, b].map(|c| f64::from(c) / 255.0);
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let chroma = max - min;
    if chroma == 0.0 {
        return 0.0;
    }
    let h = if max == r {
        ((g - b) / chroma).rem_euclid(6.0)
    } else if max == g {
        (b - r) / chroma + 2.0
    } else {
        (r - g) / chroma + 4.0
    };
    h * 60.0
}

fn ink(brand: &BrandColour) -> RGBColor {
    if brand.ink() == "#ffffff" {
        WHITE
    } else {
        RGBColor(0x1c, 0x23, 0x2b)
    }
}

/// The coloured banner: whose it is (the clinic's name on a clinic's copy,
/// else the widget's) and the card's title, as large as fits.
fn draw_banner(
    banner: &Area,
    lang: Lang,
    card: &Card,
    brand: &BrandColour,
    site_name: &str,
) -> Drawn {
    let fill = brand.readable_on_white();
    banner.fill(&colour(&fill))?;
    let brand = &fill;
    banner.draw(&Text::new(
        site_name.to_string(),
        (MARGIN, 24),
        ("sans-serif", 32).into_font().color(&ink(brand).mix(0.85)),
    ))?;
    let title = card_title(lang, card.activity, card.leg);
    let fits = |size: u32| {
        banner
            .estimate_text_size(&title, &("sans-serif", size).into_text_style(banner))
            .map(|(w, _)| w <= PREVIEW_WIDTH - 2 * MARGIN as u32)
            .unwrap_or(false)
    };
    let title_size = (36..=56).rev().find(|&size| fits(size)).unwrap_or(36);
    banner.draw(&Text::new(
        title.clone(),
        (MARGIN, 78 + (56 - title_size as i32) / 2),
        ("sans-serif", title_size).into_font().color(&ink(brand)),
    ))?;
    Ok(())
}

/// The numbers column: standing → moving, and a healthy leg's number (or,
/// on a healthy leg's page, which way is better).
fn draw_numbers(area: &Area, lang: Lang, card: &Card, accent: RGBColor) -> Drawn {
    let site = lang.site_words();
    let text = |t: String, y: i32, size: u32, c: &RGBColor| {
        area.draw(&Text::new(
            t,
            (MARGIN, y),
            ("sans-serif", size).into_font().color(c),
        ))
    };
    text(site.preview_quantity().into(), 40, 32, &MUTED)?;
    let moved = format!(
        "{} → {}",
        lang.whole(card.still_mmhg),
        lang.whole(card.active_mmhg.max(0.0))
    );
    text(moved, 84, 84, &accent)?;
    text(site.preview_numbers_key().into(), 180, 28, &MUTED)?;
    if card.healthy_page() {
        text(site.preview_better_1().into(), 250, 38, &MUTED)?;
        text(site.preview_better_2().into(), 296, 38, &MUTED)?;
    } else {
        let healthy = fill(
            site.preview_healthy_leg(),
            &[("mmhg", &lang.whole(card.healthy_active_mmhg))],
        );
        text(healthy, 250, 38, &healthy_colour(accent))?;
    }
    Ok(())
}

/// The two curves with their key, on the card or as a page's inline chart.
fn draw_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lang: Lang,
    card: &Card,
    accent: RGBColor,
) -> Drawn
where
    DB::ErrorType: 'static,
{
    let site = lang.site_words();
    let mut chart = ChartBuilder::on(area)
        .margin(24)
        .margin_right(40)
        .x_label_area_size(56)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..SECONDS, 0.0..110.0)?;
    chart
        .configure_mesh()
        .x_desc(site.preview_seconds())
        .x_labels(5)
        .y_labels(6)
        .x_label_formatter(&|x| calf_pump_words::fixed(*x, 0))
        .y_label_formatter(&|y| calf_pump_words::fixed(*y, 0))
        .label_style(("sans-serif", 26))
        .axis_desc_style(("sans-serif", 26))
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xe4, 0xe7, 0xeb))
        .draw()?;
    let (other_colour, other_label, reader_label) = if card.healthy_page() {
        let doing = activity_label(lang, card.activity).to_lowercase();
        (STANDING_GREY, site.preview_standing().to_string(), doing)
    } else {
        let w = lang.words();
        (
            healthy_colour(accent),
            w.chart_healthy_leg().to_string(),
            w.chart_this_leg().to_string(),
        )
    };
    let key = |colour: RGBColor, width: u32| {
        move |(x, y): (i32, i32)| {
            PathElement::new([(x, y), (x + 36, y)], colour.stroke_width(width))
        }
    };
    chart
        .draw_series(LineSeries::new(
            card.other_curve.iter().copied(),
            other_colour.stroke_width(5),
        ))?
        .label(other_label)
        .legend(key(other_colour, 6));
    chart
        .draw_series(LineSeries::new(
            card.reader_curve.iter().copied(),
            accent.stroke_width(7),
        ))?
        .label(reader_label)
        .legend(key(accent, 7));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(("sans-serif", 28))
        .legend_area_size(56)
        .margin(12)
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(0xc9, 0xd2, 0xdc))
        .draw()?;
    Ok(())
}

/// The chart's size as a page's picture: scaled to the column, its words
/// stay about 14 px on a phone.
const INLINE_CHART: (u32, u32) = (640, 340);

/// The card's chart alone, as an SVG document for the page's static
/// lesson (the same curves as the card, drawn by the same code), and its
/// width and height.
pub fn chart_svg(
    lang: Lang,
    card: &Card,
    brand: &BrandColour,
) -> Result<(String, (u32, u32)), String> {
    let accent = colour(&brand.readable_on_white());
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, INLINE_CHART).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        draw_chart(&root, lang, card, accent).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok((svg, INLINE_CHART))
}

/// Renders `card` to `path` in `lang`, in the clinic's colour, under
/// `site_name` (the clinic's, on a clinic's copy).
pub fn render(path: &Path, lang: Lang, card: &Card, brand: &BrandColour, site_name: &str) -> Drawn {
    // Numbers and the curve in the clinic colour, darkened if needed to read on white.
    let accent = colour(&brand.readable_on_white());
    let root = BitMapBackend::new(path, (PREVIEW_WIDTH, PREVIEW_HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (banner, body) = root.split_vertically(170);
    draw_banner(&banner, lang, card, brand, site_name)?;
    let (numbers, chart) = body.split_horizontally(400);
    draw_numbers(&numbers, lang, card, accent)?;
    draw_chart(&chart, lang, card, accent)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_green_clinic_s_curve_is_not_drawn_beside_a_green_healthy_one() {
        assert_eq!(healthy_colour(RGBColor(0x0b, 0x6e, 0x4f)), STANDING_GREY);
        assert_eq!(healthy_colour(RGBColor(0x1d, 0x4e, 0x89)), HEALTHY_GREEN);
    }
}
