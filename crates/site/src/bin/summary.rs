//! Prints what the model says of a link, as one line of JSON: the clinical
//! summary of a scenario, or (`--day`) what a day does to the ankle. The
//! same rules as the widget apply (stockings come off to swim; a day link
//! that cannot be read falls back to its preset).
//!
//! `cargo run --release -p calf-pump-site --bin summary -- 'activity=walking&leg=healthy'`
//! `cargo run --release -p calf-pump-site --bin summary -- --day 'preset=desk&leg=deep-reflux'`

use calf_pump_links::day::day_from_query;
use calf_pump_links::scenario::Scenario;
use calf_pump_model::day::{DayModel, HIGH_ANKLE_PRESSURE_MMHG, LOWER_LEG_VOLUME_ML};
use calf_pump_model::{clinical_summary, ClinicalSummary};
use std::process::ExitCode;

fn round(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (x * scale).round() / scale
}

/// The seven numbers of the clinical reference's protocol, by their names there.
fn scenario_json(s: &ClinicalSummary) -> serde_json::Value {
    serde_json::json!({
        "avp_rest_mmhg": round(s.avp_rest_mmhg, 2),
        "avp_active_mmhg": round(s.avp_active_mmhg, 2),
        "avp_fall_pct": round(s.avp_fall_pct, 2),
        "rt90_s": round(s.rt90_s, 2),
        "venous_return_rest_ml_min": round(s.venous_return_rest_ml_min, 1),
        "venous_return_active_ml_min": round(s.venous_return_active_ml_min, 1),
        "ejection_fraction_pct": round(s.ejection_fraction_pct, 2),
    })
}

/// What a day does to the ankle: swelling by evening against the lower
/// leg's volume, and the hours the day chart calls high (above the top of a
/// healthy leg's walking range).
fn day_json(query: &str) -> serde_json::Value {
    let (plan, _) = day_from_query(query);
    let outcome = DayModel::new().run(&plan);
    serde_json::json!({
        "evening_swelling_ml": round(outcome.evening_swelling_ml, 1),
        "lower_leg_volume_ml": LOWER_LEG_VOLUME_ML,
        "high_pressure_hours": round(outcome.high_pressure_hours, 2),
        "high_pressure_above_mmhg": HIGH_ANKLE_PRESSURE_MMHG,
        "day_minutes": plan.total_minutes(),
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, query] = args.as_slice() {
        if flag == "--day" {
            println!("{}", day_json(query));
            return ExitCode::SUCCESS;
        }
    }
    let query = args.first().cloned().unwrap_or_default();
    match Scenario::from_query(&query) {
        Ok(s) => {
            println!(
                "{}",
                scenario_json(&clinical_summary(s.activity, s.leg, s.stockings))
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
