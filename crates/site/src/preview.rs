//! The 1200×630 preview card of a page (one per activity × leg), rendered
//! natively from the model: a headline in large type, the page's numbers,
//! and the leg's ankle-pressure curve against a healthy leg's (against
//! standing still on a healthy leg's own page). Text is sized to stay
//! readable when a feed shrinks the card to about 500 px wide.

use crate::page::{PREVIEW_HEIGHT, PREVIEW_WIDTH};
use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::narration::{activity_label, card_title};
use calf_pump_explain::settings::BrandColour;
use calf_pump_model::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
use plotters::prelude::*;
use std::path::Path;

const HEALTHY_GREEN: RGBColor = RGBColor(0x1b, 0x7a, 0x3e);
const STANDING_GREY: RGBColor = RGBColor(0x6b, 0x74, 0x80);
const MUTED: RGBColor = RGBColor(0x4a, 0x55, 0x63);
/// Seconds of each curve drawn.
const SECONDS: f64 = 40.0;

/// The numbers a card shows, from the clinical protocol.
pub struct CardNumbers {
    pub standing_mmhg: f64,
    pub active_mmhg: f64,
    pub healthy_active_mmhg: f64,
}

/// Ankle pressure (mmHg) every 0.1 s over `seconds` of an activity, starting
/// from the leg settled standing still.
fn ankle_trace(activity: Activity, leg: LegCondition, seconds: f64) -> Vec<(f64, f64)> {
    let mut sim = Simulation::settled(Activity::Standing, leg, Stockings::None, 60.0);
    sim.set_activity(activity);
    let mut points = vec![(0.0, sim.state().ankle_pressure_mmhg)];
    for i in 1..=(seconds * 10.0) as u32 {
        sim.run_for(0.1, DEFAULT_TIME_STEP_S);
        points.push((i as f64 / 10.0, sim.state().ankle_pressure_mmhg));
    }
    points
}

fn colour(brand: &BrandColour) -> RGBColor {
    let [r, g, b] = brand.rgb();
    RGBColor(r, g, b)
}

fn ink(brand: &BrandColour) -> RGBColor {
    if brand.ink() == "#ffffff" {
        WHITE
    } else {
        RGBColor(0x1c, 0x23, 0x2b)
    }
}

/// Renders the card for `activity` with `leg` to `path`.
pub fn render(
    path: &Path,
    lang: Lang,
    activity: Activity,
    leg: LegCondition,
    numbers: &CardNumbers,
    brand: &BrandColour,
) -> Result<(), Box<dyn std::error::Error>> {
    let w = lang.words();
    let site = lang.site_words();
    // Numbers and the curve in the clinic colour, darkened if needed to read on white.
    let accent = colour(&brand.readable_on_white());
    let healthy_page = leg == LegCondition::Healthy;
    let reader = ankle_trace(activity, leg, SECONDS);
    let (other, other_colour, other_label) = if healthy_page {
        (
            ankle_trace(Activity::Standing, leg, SECONDS),
            STANDING_GREY,
            site.preview_standing.to_string(),
        )
    } else {
        (
            ankle_trace(activity, LegCondition::Healthy, SECONDS),
            HEALTHY_GREEN,
            w.chart_healthy_leg.to_string(),
        )
    };
    let root = BitMapBackend::new(path, (PREVIEW_WIDTH, PREVIEW_HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (banner, body) = root.split_vertically(170);
    banner.fill(&accent)?;
    banner.draw(&Text::new(
        w.page_title,
        (48, 24),
        ("sans-serif", 32).into_font().color(&ink(brand).mix(0.85)),
    ))?;
    // The largest size at which the title fits the card's width.
    let title = card_title(lang, activity, leg);
    let fits = |size: u32| {
        banner
            .estimate_text_size(&title, &("sans-serif", size).into_text_style(&banner))
            .map(|(w, _)| w <= PREVIEW_WIDTH - 2 * 48)
            .unwrap_or(false)
    };
    let title_size = (36..=56).rev().find(|&size| fits(size)).unwrap_or(36);
    banner.draw(&Text::new(
        title.clone(),
        (48, 78 + (56 - title_size as i32) / 2),
        ("sans-serif", title_size).into_font().color(&ink(brand)),
    ))?;
    let (numbers_area, chart_area) = body.split_horizontally(400);
    let x = 48;
    numbers_area.draw(&Text::new(
        site.preview_quantity,
        (x, 40),
        ("sans-serif", 32).into_font().color(&MUTED),
    ))?;
    numbers_area.draw(&Text::new(
        format!(
            "{} → {}",
            lang.whole(numbers.standing_mmhg),
            lang.whole(numbers.active_mmhg)
        ),
        (x, 84),
        ("sans-serif", 84).into_font().color(&accent),
    ))?;
    numbers_area.draw(&Text::new(
        site.preview_numbers_key,
        (x, 180),
        ("sans-serif", 28).into_font().color(&MUTED),
    ))?;
    let (second_lines, second_colour) = if healthy_page {
        (
            vec![
                site.preview_better_1.to_string(),
                site.preview_better_2.to_string(),
            ],
            MUTED,
        )
    } else {
        (
            vec![fill(
                site.preview_healthy_leg,
                &[("mmhg", &lang.whole(numbers.healthy_active_mmhg))],
            )],
            HEALTHY_GREEN,
        )
    };
    for (i, line) in second_lines.into_iter().enumerate() {
        numbers_area.draw(&Text::new(
            line,
            (x, 250 + 46 * i as i32),
            ("sans-serif", 38).into_font().color(&second_colour),
        ))?;
    }
    let mut chart = ChartBuilder::on(&chart_area)
        .margin(24)
        .margin_right(40)
        .x_label_area_size(56)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..SECONDS, 0.0..110.0)?;
    chart
        .configure_mesh()
        .x_desc(site.preview_seconds)
        .x_labels(5)
        .y_labels(6)
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style(("sans-serif", 26))
        .axis_desc_style(("sans-serif", 26))
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xe4, 0xe7, 0xeb))
        .draw()?;
    chart
        .draw_series(LineSeries::new(other, other_colour.stroke_width(5)))?
        .label(other_label)
        .legend(move |(x, y)| {
            PathElement::new([(x, y), (x + 36, y)], other_colour.stroke_width(6))
        });
    let reader_label = if healthy_page {
        activity_label(lang, activity).to_lowercase()
    } else {
        w.chart_this_leg.to_string()
    };
    chart
        .draw_series(LineSeries::new(reader, accent.stroke_width(7)))?
        .label(reader_label)
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 36, y)], accent.stroke_width(7)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(("sans-serif", 28))
        .legend_area_size(56)
        .margin(12)
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(0xc9, 0xd2, 0xdc))
        .draw()?;
    root.present()?;
    Ok(())
}
