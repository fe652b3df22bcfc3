//! The day planner's WebAssembly entry point (`/day/`): mount the planner,
//! and offer `scripts/bench` a hook that times a whole day.

fn main() {
    #[cfg(target_arch = "wasm32")]
    calf_pump::start_day_planner();
}

/// Benchmark hook for `benches/browser`: runs each preset day through a
/// fresh day model (no caches, the first view's cost) and then once more
/// edited (caches warm, an edit's cost); returns both wall times in ms.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn benchmark_day_ms() -> Vec<f64> {
    use calf_pump_model::day::{edit, DayModel, DayPlan, Edit, Preset};
    use calf_pump_model::{LegCondition, Stockings};
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(0.0)
    };
    let mut times = Vec::new();
    for preset in Preset::ALL {
        let plan = DayPlan {
            blocks: preset.blocks(),
            leg: LegCondition::SuperficialReflux,
            stockings: Stockings::None,
        };
        let mut model = DayModel::new();
        let t0 = now();
        let first = model.run(&plan);
        let t1 = now();
        let edited = DayPlan {
            blocks: edit(&plan.blocks, Edit::WalkBreakAfter(1)),
            ..plan
        };
        let second = model.run(&edited);
        let t2 = now();
        std::hint::black_box((first.evening_swelling_ml, second.evening_swelling_ml));
        times.extend([t1 - t0, t2 - t1]);
    }
    times
}
