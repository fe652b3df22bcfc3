//! Prints the clinical summary of a scenario as one line of JSON.
//!
//! `cargo run --release -p calf-pump-site --bin summary -- 'activity=walking&leg=healthy'`

use calf_pump_explain::scenario::Scenario;
use calf_pump_model::clinical_summary;
use std::process::ExitCode;

fn main() -> ExitCode {
    let query = std::env::args().nth(1).unwrap_or_default();
    match Scenario::from_query(&query) {
        Ok(s) => {
            println!(
                "{}",
                clinical_summary(s.activity, s.leg, s.stockings).to_json()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
