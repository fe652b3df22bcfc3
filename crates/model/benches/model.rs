//! Model speed: how many times faster than real time the leg runs natively,
//! and the cost of a full clinical summary.
//!
//! `cargo bench --bench model`

use calf_pump_model::{
    clinical_summary, Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S,
};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

const SIMULATED_S: f64 = 60.0;

fn walking_60_s(c: &mut Criterion) {
    let start = Simulation::settled(
        Activity::Walking,
        LegCondition::Healthy,
        Stockings::None,
        5.0,
    );
    c.bench_function("walking 60 s simulated (healthy)", |b| {
        b.iter(|| {
            let mut sim = start.clone();
            sim.run_for(black_box(SIMULATED_S), DEFAULT_TIME_STEP_S);
            black_box(sim.state().ankle_pressure_mmhg)
        })
    });
}

fn full_summary(c: &mut Criterion) {
    c.bench_function("clinical summary (walking, healthy)", |b| {
        b.iter(|| {
            black_box(clinical_summary(
                Activity::Walking,
                LegCondition::Healthy,
                Stockings::None,
            ))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = walking_60_s, full_summary
}
criterion_main!(benches);
