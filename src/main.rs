//! The widget's WebAssembly entry point: mount the widget, and offer
//! `scripts/bench` a hook that times the model as shipped (here, not in the
//! library, so the day planner's and the clinic page's builds do not carry it).

fn main() {
    #[cfg(target_arch = "wasm32")]
    calf_pump::start();
}

/// Benchmark hook for `benches/browser`: simulates `simulated_s` seconds of
/// healthy walking with the shipped build, exactly as the model's Criterion
/// benchmark does natively, and returns the wall time in milliseconds.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn benchmark_walking_ms(simulated_s: f64) -> f64 {
    use calf_pump_model::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
    let start = Simulation::settled(
        Activity::Walking,
        LegCondition::Healthy,
        Stockings::None,
        5.0,
    );
    let mut sim = start.clone();
    let t0 = calf_pump::browser::now_ms();
    sim.run_for(simulated_s.clamp(0.0, 3600.0), DEFAULT_TIME_STEP_S);
    let elapsed = calf_pump::browser::now_ms() - t0;
    std::hint::black_box(sim.state().ankle_pressure_mmhg);
    elapsed
}
