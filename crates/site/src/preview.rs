//! The 1200×630 preview image of an activity, rendered natively from the
//! model: the activity's ankle-pressure curve against standing still, and a
//! headline whose numbers come from the clinical protocol.

use crate::page::{PREVIEW_HEIGHT, PREVIEW_WIDTH};
use calf_pump_explain::narration::activity_label;
use calf_pump_model::{
    clinical_summary, Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S,
};
use plotters::prelude::*;
use std::path::Path;

const SITE_NAME: &str = "Calf Pump Explorer";
const BRAND: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
const STANDING_GREY: RGBColor = RGBColor(0x6b, 0x74, 0x80);
/// Seconds of each curve drawn.
const SECONDS: f64 = 40.0;

/// Ankle pressure (mmHg) every 0.1 s over `seconds` of an activity, starting
/// from a healthy leg settled at rest.
fn ankle_trace(activity: Activity, seconds: f64) -> Vec<(f64, f64)> {
    let mut sim = Simulation::settled(activity, LegCondition::Healthy, Stockings::None, 60.0);
    let mut points = vec![(0.0, sim.state().ankle_pressure_mmhg)];
    for i in 1..=(seconds * 10.0) as u32 {
        sim.run_for(0.1, DEFAULT_TIME_STEP_S);
        points.push((i as f64 / 10.0, sim.state().ankle_pressure_mmhg));
    }
    points
}

/// The sentence a preview image and its alt text carry, from the clinical
/// summary: standing pressure against the activity's active pressure.
pub fn headline(activity: Activity) -> String {
    let standing =
        clinical_summary(Activity::Standing, LegCondition::Healthy, Stockings::None).avp_rest_mmhg;
    let active = clinical_summary(activity, LegCondition::Healthy, Stockings::None).avp_active_mmhg;
    let label = activity_label(activity);
    if (standing - active).abs() < 3.0 {
        format!("{label}: ankle vein pressure stays at {active:.0} mmHg")
    } else if active < standing {
        format!("{label}: ankle vein pressure falls from {standing:.0} to {active:.0} mmHg")
    } else {
        format!("{label}: ankle vein pressure rises from {standing:.0} to {active:.0} mmHg")
    }
}

/// Renders the preview PNG to `path`; returns its headline.
pub fn render(path: &Path, activity: Activity) -> Result<String, Box<dyn std::error::Error>> {
    let standing = ankle_trace(Activity::Standing, SECONDS);
    let active = ankle_trace(activity, SECONDS);
    let headline = headline(activity);
    let root = BitMapBackend::new(path, (PREVIEW_WIDTH, PREVIEW_HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (banner, body) = root.split_vertically(150);
    banner.fill(&BRAND)?;
    banner.draw(&Text::new(
        SITE_NAME,
        (48, 28),
        ("sans-serif", 46).into_font().color(&WHITE),
    ))?;
    banner.draw(&Text::new(
        headline.clone(),
        (48, 92),
        ("sans-serif", 30).into_font().color(&WHITE),
    ))?;
    let mut chart = ChartBuilder::on(&body)
        .margin(30)
        .margin_left(40)
        .x_label_area_size(50)
        .y_label_area_size(80)
        .build_cartesian_2d(0.0..SECONDS, 0.0..110.0)?;
    chart
        .configure_mesh()
        .x_desc("seconds")
        .y_desc("ankle pressure (mmHg)")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style(("sans-serif", 22))
        .axis_desc_style(("sans-serif", 22))
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xe4, 0xe7, 0xeb))
        .draw()?;
    chart
        .draw_series(LineSeries::new(standing, STANDING_GREY.stroke_width(4)))?
        .label("standing still")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 30, y)], STANDING_GREY.stroke_width(4)));
    chart
        .draw_series(LineSeries::new(active, BRAND.stroke_width(5)))?
        .label(activity_label(activity).to_lowercase())
        .legend(|(x, y)| PathElement::new([(x, y), (x + 30, y)], BRAND.stroke_width(5)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .label_font(("sans-serif", 24))
        .margin(16)
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(0xc9, 0xd2, 0xdc))
        .draw()?;
    root.present()?;
    Ok(headline)
}
