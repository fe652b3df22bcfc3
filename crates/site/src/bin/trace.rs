//! Prints a scenario's time course as CSV, sampled every 0.1 s: 60 s settled at
//! rest, then the activity for 60 s, then standing still for 60 s.
//!
//! `cargo run --release -p calf-pump-site --bin trace -- 'activity=walking&leg=deep-reflux' > walking.csv`

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Compartment, Simulation, DEFAULT_TIME_STEP_S};
use std::process::ExitCode;

fn main() -> ExitCode {
    let query = std::env::args().nth(1).unwrap_or_default();
    let s = match Scenario::from_query(&query) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut sim = Simulation::settled(s.activity, s.leg, s.stockings, 60.0);
    println!("time_s,phase,ankle_mmhg,calf_superficial_mmhg,calf_deep_mmhg,thigh_mmhg,venous_return_ml_min,calf_volume_ml,reflux_ml_min,swelling_ml");
    for (phase, seconds) in [("activity", 60.0), ("rest", 60.0)] {
        if phase == "rest" {
            sim.set_activity(s.activity.rest_activity());
        }
        for _ in 0..(seconds * 10.0) as u32 {
            sim.run_for(0.1, DEFAULT_TIME_STEP_S);
            let st = sim.state();
            let p = |c: Compartment| st.pressure_mmhg[c];
            println!(
                "{:.1},{phase},{:.2},{:.2},{:.2},{:.2},{:.1},{:.1},{:.1},{:.3}",
                st.time_s,
                p(Compartment::Ankle),
                p(Compartment::CalfSuperficial),
                p(Compartment::CalfDeep),
                p(Compartment::Thigh),
                st.venous_return_ml_min,
                st.calf_volume_ml(),
                st.reflux_ml_min,
                st.swelling_ml
            );
        }
    }
    ExitCode::SUCCESS
}
