//! Physical invariants of the model: finite and bounded, blood conserved,
//! step-size independent, deterministic, and no allocation per step.
#![cfg(not(target_arch = "wasm32"))]

use calf_pump_model::{
    clinical_summary_with_step, Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts this thread's allocations so a test can prove the step loop makes
/// none (other tests run on other threads at the same time).
struct CountingAllocator;
thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}
fn allocations_on_this_thread() -> usize {
    ALLOCATIONS.with(Cell::get)
}
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}
#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn assert_physical(sim: &Simulation, context: &str) {
    let s = sim.state();
    let mut numbers = vec![
        s.venous_return_ml_min,
        s.ankle_pressure_mmhg,
        s.reflux_ml_min,
        s.swelling_ml,
    ];
    numbers.extend(s.pressure_mmhg.values());
    numbers.extend(s.volume_ml.values());
    numbers.extend(s.valve_opening.values());
    assert!(
        numbers.iter().all(|x| x.is_finite()),
        "{context}: non-finite state {s:?}"
    );
    for &p in s.pressure_mmhg.values() {
        assert!((-50.0..=300.0).contains(&p), "{context}: pressure {p}");
    }
    assert!(
        s.volume_ml.values().all(|&v| v > 0.0),
        "{context}: volume {:?}",
        s.volume_ml
    );
    assert!(s.swelling_ml >= 0.0);
    assert!(s.valve_opening.values().all(|&o| (0.0..=1.0).contains(&o)));
}

#[test]
fn every_scenario_stays_finite_and_within_physical_bounds() {
    for activity in Activity::ALL {
        for leg in LegCondition::ALL {
            for stockings in Stockings::ALL {
                let mut sim = Simulation::settled(activity, leg, stockings, 20.0);
                for _ in 0..60 {
                    sim.run_for(0.5, DEFAULT_TIME_STEP_S);
                    assert_physical(&sim, &format!("{activity:?} {leg:?} {stockings:?}"));
                }
            }
        }
    }
}

#[test]
fn blood_is_conserved_to_a_tenth_of_a_percent_of_the_volume_moved() {
    for (activity, leg) in [
        (Activity::Walking, LegCondition::Healthy),
        (Activity::Running, LegCondition::DeepReflux),
        (Activity::Stairs, LegCondition::SuperficialReflux),
        (Activity::Swimming, LegCondition::WeakCalf),
    ] {
        let mut sim = Simulation::settled(activity, leg, Stockings::Class20to30, 10.0);
        let before = sim.ledger();
        let stored_before = sim.stored_blood_ml();
        sim.run_for(60.0, DEFAULT_TIME_STEP_S);
        let after = sim.ledger();
        let inflow = after.arterial_inflow_ml - before.arterial_inflow_ml;
        let outflow = after.venous_outflow_ml - before.venous_outflow_ml;
        let filtration = after.filtration_ml - before.filtration_ml;
        let stored_change = sim.stored_blood_ml() - stored_before;
        let imbalance = inflow - outflow - filtration - stored_change;
        assert!(inflow > 100.0, "{activity:?}: some blood must move");
        assert!(
            imbalance.abs() <= 0.001 * inflow,
            "{activity:?}: imbalance {imbalance} mL of {inflow} mL moved"
        );
    }
}

#[test]
fn summary_changes_less_than_one_percent_when_the_step_is_halved() {
    let every = Activity::ALL
        .iter()
        .flat_map(|&a| LegCondition::ALL.iter().map(move |&l| (a, l)));
    for (activity, leg) in every {
        let coarse =
            clinical_summary_with_step(activity, leg, Stockings::None, DEFAULT_TIME_STEP_S);
        let fine =
            clinical_summary_with_step(activity, leg, Stockings::None, DEFAULT_TIME_STEP_S / 2.0);
        let pairs = [
            ("avp_rest", coarse.avp_rest_mmhg, fine.avp_rest_mmhg),
            ("avp_active", coarse.avp_active_mmhg, fine.avp_active_mmhg),
            ("rt90", coarse.rt90_s, fine.rt90_s),
            (
                "vr_rest",
                coarse.venous_return_rest_ml_min,
                fine.venous_return_rest_ml_min,
            ),
            (
                "vr_active",
                coarse.venous_return_active_ml_min,
                fine.venous_return_active_ml_min,
            ),
            (
                "ef",
                coarse.ejection_fraction_pct,
                fine.ejection_fraction_pct,
            ),
        ];
        for (name, a, b) in pairs {
            let change = (a - b).abs() / b.abs().max(1e-9);
            assert!(
                change < 0.01,
                "{activity:?} {leg:?} {name}: {a} vs {b} ({:.2} %)",
                change * 100.0
            );
        }
    }
}

#[test]
fn the_model_is_deterministic() {
    let run = || {
        let mut sim = Simulation::settled(
            Activity::Hiking,
            LegCondition::SuperficialReflux,
            Stockings::Class15to20,
            5.0,
        );
        sim.run_for(20.0, DEFAULT_TIME_STEP_S);
        *sim.state()
    };
    assert_eq!(run(), run());
}

#[test]
fn stepping_does_not_allocate() {
    let mut sim = Simulation::settled(
        Activity::Walking,
        LegCondition::DeepReflux,
        Stockings::Class30to40,
        1.0,
    );
    let before = allocations_on_this_thread();
    for _ in 0..20_000 {
        sim.step(DEFAULT_TIME_STEP_S);
    }
    sim.set_activity(Activity::Running);
    sim.set_leg(LegCondition::Healthy, Stockings::None);
    sim.run_for(5.0, DEFAULT_TIME_STEP_S);
    assert_eq!(allocations_on_this_thread(), before);
}

#[test]
fn standing_still_builds_ankle_swelling_and_walking_drains_it() {
    let mut sim = Simulation::settled(
        Activity::Standing,
        LegCondition::Healthy,
        Stockings::None,
        1.0,
    );
    sim.run_for(600.0, 0.002);
    let after_standing = sim.state().swelling_ml;
    assert!(
        after_standing > 2.0,
        "10 min standing filtered only {after_standing} mL"
    );
    assert!(sim.state().swelling_rate_ml_min > 0.0);
    sim.set_activity(Activity::Walking);
    sim.run_for(600.0, 0.002);
    assert!(sim.state().swelling_ml < after_standing);
    // Lying down, filtration stops and the swelling keeps easing.
    sim.set_activity(Activity::Lying);
    sim.run_for(30.0, 0.002);
    assert!(sim.state().swelling_rate_ml_min < 0.0 || sim.state().swelling_ml == 0.0);
}

#[test]
fn stockings_reduce_swelling_while_standing() {
    let swelling = |stockings| {
        let mut sim = Simulation::settled(
            Activity::Standing,
            LegCondition::SuperficialReflux,
            stockings,
            1.0,
        );
        sim.run_for(600.0, 0.002);
        sim.state().swelling_ml
    };
    assert!(swelling(Stockings::Class30to40) < swelling(Stockings::None));
}

#[test]
fn the_calf_squeezes_only_in_activities_that_use_it() {
    for activity in Activity::ALL {
        let mut sim = Simulation::settled(activity, LegCondition::Healthy, Stockings::None, 1.0);
        let mut peak: f64 = 0.0;
        for _ in 0..3000 {
            sim.step(DEFAULT_TIME_STEP_S);
            peak = peak.max(sim.state().calf_contraction);
        }
        let moves = activity.drive().rhythm.is_some();
        assert_eq!(peak > 0.1, moves, "{activity:?} peak {peak}");
    }
}

#[test]
fn the_tiptoe_test_stops_after_ten_raises() {
    let mut sim = Simulation::settled(
        Activity::Tiptoe,
        LegCondition::Healthy,
        Stockings::None,
        1.0,
    );
    let mut raises = 0;
    let mut squeezing = false;
    for _ in 0..30_000 {
        sim.step(DEFAULT_TIME_STEP_S);
        let now = sim.state().calf_contraction > 0.05;
        if now && !squeezing {
            raises += 1;
        }
        squeezing = now;
    }
    assert_eq!(raises, 10);
    assert!(sim.activity_finished());
}

#[test]
fn deep_reflux_sends_blood_the_wrong_way_and_healthy_valves_barely_do() {
    let reflux_ml = |leg| {
        let mut sim = Simulation::settled(Activity::Walking, leg, Stockings::None, 1.0);
        let mut total = 0.0;
        for _ in 0..20_000 {
            sim.step(DEFAULT_TIME_STEP_S);
            total += sim.state().reflux_ml_min / 60.0 * DEFAULT_TIME_STEP_S;
        }
        total
    };
    let healthy = reflux_ml(LegCondition::Healthy);
    let deep = reflux_ml(LegCondition::DeepReflux);
    assert!(deep > 5.0 * healthy, "deep {deep} healthy {healthy}");
}

#[test]
fn a_24_hour_soak_of_mixed_activities_stays_stable_bounded_and_allocation_free() {
    // A day: mostly sitting and standing, some walking, stairs, cycling, a swim, sleep.
    let day: [(Activity, f64); 10] = [
        (Activity::Lying, 7.0 * 3600.0),
        (Activity::Standing, 1800.0),
        (Activity::Walking, 1200.0),
        (Activity::Sitting, 4.0 * 3600.0),
        (Activity::Stairs, 300.0),
        (Activity::Standing, 3.0 * 3600.0),
        (Activity::CyclingToes, 1800.0),
        (Activity::Sitting, 5.0 * 3600.0),
        (Activity::Swimming, 1800.0),
        (Activity::Sitting, 0.0), // filled below to make exactly 24 h
    ];
    let used: f64 = day.iter().map(|d| d.1).sum();
    let mut sim = Simulation::new(
        Activity::Lying,
        LegCondition::SuperficialReflux,
        Stockings::Class15to20,
    );
    let stored_at_start = sim.stored_blood_ml();
    let mut allocations_while_stepping = 0;
    let mut max_swelling: f64 = 0.0;
    for (i, &(activity, seconds)) in day.iter().enumerate() {
        let seconds = if i == day.len() - 1 {
            24.0 * 3600.0 - used
        } else {
            seconds
        };
        sim.set_activity(activity);
        let mut steps_left = (seconds / DEFAULT_TIME_STEP_S) as u64;
        while steps_left > 0 {
            let chunk = steps_left.min(5000);
            let before = allocations_on_this_thread();
            for _ in 0..chunk {
                sim.step(DEFAULT_TIME_STEP_S);
            }
            allocations_while_stepping += allocations_on_this_thread() - before;
            steps_left -= chunk;
            assert_physical(
                &sim,
                &format!("{activity:?}, {steps_left} steps before its end"),
            );
            max_swelling = max_swelling.max(sim.state().swelling_ml);
        }
    }
    assert_eq!(
        allocations_while_stepping, 0,
        "memory must stay flat: no allocation in a day of steps"
    );
    assert!((sim.state().time_s - 24.0 * 3600.0).abs() < 1.0);
    // Back in the evening's sitting posture, the blood stored is within what the veins hold.
    let stored = sim.stored_blood_ml();
    assert!(
        stored > 0.5 * stored_at_start && stored < 3.0 * stored_at_start,
        "{stored_at_start} → {stored}"
    );
    assert!(max_swelling < 200.0, "swelling ran away: {max_swelling} mL");
}
