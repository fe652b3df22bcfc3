//! The model compiled to WebAssembly gives the same clinical answers as natively.
#![cfg(target_arch = "wasm32")]

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{
    clinical_summary, Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn walking_lowers_ankle_pressure_within_the_clinical_bands_in_wasm() {
    let s = clinical_summary(Activity::Walking, LegCondition::Healthy, Stockings::None);
    assert!((75.0..=95.0).contains(&s.avp_rest_mmhg), "{s:?}");
    assert!((20.0..=35.0).contains(&s.avp_active_mmhg), "{s:?}");
    assert!((60.0..=80.0).contains(&s.avp_fall_pct), "{s:?}");
    assert!((20.0..=60.0).contains(&s.rt90_s), "{s:?}");
}

#[wasm_bindgen_test]
fn deep_reflux_pumps_less_than_a_healthy_leg_in_wasm() {
    let healthy = clinical_summary(Activity::Walking, LegCondition::Healthy, Stockings::None);
    let deep = clinical_summary(Activity::Walking, LegCondition::DeepReflux, Stockings::None);
    assert!(deep.avp_fall_pct < healthy.avp_fall_pct);
    assert!(deep.rt90_s < healthy.rt90_s);
}

#[wasm_bindgen_test]
fn the_simulation_stays_finite_in_wasm() {
    for activity in Activity::ALL {
        let mut sim = Simulation::settled(
            activity,
            LegCondition::SuperficialReflux,
            Stockings::Class20to30,
            5.0,
        );
        sim.run_for(10.0, DEFAULT_TIME_STEP_S);
        let st = sim.state();
        assert!(
            st.ankle_pressure_mmhg.is_finite() && st.venous_return_ml_min.is_finite(),
            "{activity:?}"
        );
    }
}

#[wasm_bindgen_test]
fn scenario_links_parse_the_same_in_wasm() {
    let s = Scenario::from_query("activity=cycling-toes&leg=weak-calf&stockings=15-20").unwrap();
    assert_eq!(Scenario::from_query(&s.to_query()).unwrap(), s);
    assert!(Scenario::from_query("leg=%ZZ").is_err());
}
