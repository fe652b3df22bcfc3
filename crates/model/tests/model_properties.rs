//! Property tests of the model: random legal scenarios with random switches of
//! activity, leg and stockings mid-run never break physics.
#![cfg(not(target_arch = "wasm32"))]

use calf_pump_model::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Switch {
    Activity(usize),
    Leg(usize, usize),
}

fn switch() -> impl Strategy<Value = (Switch, f64)> {
    (
        prop_oneof![
            (0..Activity::ALL.len()).prop_map(Switch::Activity),
            (0..LegCondition::ALL.len(), 0..Stockings::ALL.len())
                .prop_map(|(l, s)| Switch::Leg(l, s)),
        ],
        0.05f64..6.0,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_switches_keep_the_leg_physical(
        start in (0..Activity::ALL.len(), 0..LegCondition::ALL.len(), 0..Stockings::ALL.len()),
        switches in proptest::collection::vec(switch(), 1..12),
    ) {
        let mut sim = Simulation::new(Activity::ALL[start.0], LegCondition::ALL[start.1], Stockings::ALL[start.2]);
        let ledger0 = sim.ledger();
        let stored0 = sim.stored_blood_ml();
        for (change, seconds) in switches {
            match change {
                Switch::Activity(a) => sim.set_activity(Activity::ALL[a]),
                Switch::Leg(l, s) => sim.set_leg(LegCondition::ALL[l], Stockings::ALL[s]),
            }
            let steps = (seconds / DEFAULT_TIME_STEP_S) as u32;
            for _ in 0..steps {
                sim.step(DEFAULT_TIME_STEP_S);
                let s = sim.state();
                prop_assert!(s.ankle_pressure_mmhg.is_finite() && s.venous_return_ml_min.is_finite());
                for &p in s.pressure_mmhg.values() {
                    prop_assert!((-50.0..=300.0).contains(&p), "pressure {}", p);
                }
                prop_assert!(s.volume_ml.values().all(|&v| v > 0.0 && v.is_finite()));
                prop_assert!(s.swelling_ml >= 0.0 && s.swelling_ml.is_finite());
            }
        }
        let ledger = sim.ledger();
        let inflow = ledger.arterial_inflow_ml - ledger0.arterial_inflow_ml;
        let imbalance = inflow
            - (ledger.venous_outflow_ml - ledger0.venous_outflow_ml)
            - (ledger.filtration_ml - ledger0.filtration_ml)
            + (ledger.exchanged_ml - ledger0.exchanged_ml)
            - (sim.stored_blood_ml() - stored0);
        prop_assert!(imbalance.abs() <= 0.001 * inflow.max(1.0), "imbalance {} of {}", imbalance, inflow);
    }
}
