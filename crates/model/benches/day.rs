//! A full 24-hour day: the fast day model against stepping every 4 ms, for
//! agreement (the tests use a 2-hour day) and speed. Prints JSON for
//! `scripts/bench`.
//!
//! `cargo bench --bench day`

use calf_pump_model::{exact_day, Activity, DayBlock, DayModel, DayPlan, LegCondition, Stockings};
use std::time::Instant;

fn main() {
    use Activity::*;
    // A nurse's 24 hours: night in bed, a shift on her feet, an evening.
    let blocks = [
        (Lying, 360),
        (Standing, 30),
        (Walking, 30),
        (Standing, 240),
        (Sitting, 30),
        (Walking, 20),
        (Standing, 220),
        (Walking, 30),
        (Sitting, 150),
        (Lying, 330),
    ];
    let plan = DayPlan {
        blocks: blocks
            .iter()
            .map(|&(activity, minutes)| DayBlock { activity, minutes })
            .collect(),
        leg: LegCondition::SuperficialReflux,
        stockings: Stockings::None,
    };
    assert_eq!(plan.total_minutes(), 24 * 60);
    let runs = 20;
    let t0 = Instant::now();
    let mut fast = None;
    for _ in 0..runs {
        fast = Some(DayModel::new().run(&plan));
    }
    let fast_ms = t0.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let fast = fast.expect("ran");
    let t1 = Instant::now();
    let exact = exact_day(&plan);
    let exact_ms = t1.elapsed().as_secs_f64() * 1000.0;
    // The swelling at the end of the shift (15:10), before the night drains it.
    let shift_end = 360 + 30 + 30 + 240 + 30 + 20 + 220;
    let (fast_shift, exact_shift) = (
        fast.swelling_by_minute_ml[shift_end - 1],
        exact.swelling_by_minute_ml[shift_end - 1],
    );
    let swelling_err = (fast_shift - exact_shift).abs() / exact_shift.abs().max(1e-9);
    let high_err = (fast.high_pressure_hours - exact.high_pressure_hours).abs()
        / exact.high_pressure_hours.abs().max(1e-9);
    println!(
        "{{\"fast_ms\": {fast_ms:.2}, \"exact_ms\": {exact_ms:.0}, \"fast_swelling_ml\": {:.2}, \"exact_swelling_ml\": {:.2}, \"swelling_error_pct\": {:.2}, \"fast_high_h\": {:.3}, \"exact_high_h\": {:.3}, \"high_error_pct\": {:.2}, \"fast_shift_end_ml\": {:.2}, \"exact_shift_end_ml\": {:.2}}}",
        fast.evening_swelling_ml,
        exact.evening_swelling_ml,
        swelling_err * 100.0,
        fast.high_pressure_hours,
        exact.high_pressure_hours,
        high_err * 100.0,
        fast_shift,
        exact_shift,
    );
}
