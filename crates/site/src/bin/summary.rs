//! Prints the clinical summary of a scenario as one line of JSON.
//!
//! `cargo run --release -p calf-pump-site --bin summary -- 'activity=walking&leg=healthy'`

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{clinical_summary, ClinicalSummary};
use std::process::ExitCode;

/// The seven numbers of the clinical reference's protocol, by their names there.
fn json(s: &ClinicalSummary) -> serde_json::Value {
    let round = |x: f64, decimals: i32| {
        let scale = 10f64.powi(decimals);
        (x * scale).round() / scale
    };
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

fn main() -> ExitCode {
    let query = std::env::args().nth(1).unwrap_or_default();
    match Scenario::from_query(&query) {
        Ok(s) => {
            println!(
                "{}",
                json(&clinical_summary(s.activity, s.leg, s.stockings))
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
