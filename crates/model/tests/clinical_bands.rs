//! Every band and ordering of `shared/clinical-reference.md`, checked against
//! the model's clinical summary. Sources are cited in the reference and next
//! to the model's constants.
#![cfg(not(target_arch = "wasm32"))]

use calf_pump_model::{clinical_summary, Activity, ClinicalSummary, LegCondition, Stockings};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use Activity::*;
use LegCondition::*;

/// Summaries are computed once per scenario and shared between tests.
fn summary(activity: Activity, leg: LegCondition, stockings: Stockings) -> ClinicalSummary {
    static CACHE: OnceLock<Mutex<HashMap<(Activity, LegCondition, Stockings), ClinicalSummary>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(s) = cache.lock().unwrap().get(&(activity, leg, stockings)) {
        return *s;
    }
    let s = clinical_summary(activity, leg, stockings);
    cache.lock().unwrap().insert((activity, leg, stockings), s);
    s
}

fn plain(activity: Activity, leg: LegCondition) -> ClinicalSummary {
    summary(activity, leg, Stockings::None)
}

fn assert_band(label: &str, value: f64, low: f64, high: f64) {
    assert!(
        (low..=high).contains(&value),
        "{label}: {value:.2} outside {low}–{high}"
    );
}

#[test]
fn b1_lying_ankle_pressure_is_4_to_12_mmhg() {
    assert_band(
        "B1 lying ankle pressure",
        plain(Lying, Healthy).avp_rest_mmhg,
        4.0,
        12.0,
    );
}

#[test]
fn b2_standing_ankle_pressure_is_75_to_95_mmhg() {
    assert_band(
        "B2 standing",
        plain(Standing, Healthy).avp_rest_mmhg,
        75.0,
        95.0,
    );
}

#[test]
fn b3_to_b5_healthy_walking_pressure_fall_and_refill() {
    let s = plain(Walking, Healthy);
    assert_band("B3 walking active", s.avp_active_mmhg, 20.0, 35.0);
    assert_band("B4 walking fall", s.avp_fall_pct, 60.0, 80.0);
    assert_band("B5 walking rt90", s.rt90_s, 20.0, 60.0);
}

#[test]
fn b6_b7_superficial_reflux_walking() {
    let s = plain(Walking, SuperficialReflux);
    assert_band("B6 fall", s.avp_fall_pct, 35.0, 55.0);
    assert_band("B7 rt90", s.rt90_s, 2.0, 20.0);
}

#[test]
fn b8_b9_deep_reflux_walking() {
    let s = plain(Walking, DeepReflux);
    assert_band("B8 fall", s.avp_fall_pct, 0.0, 25.0);
    assert_band("B9 rt90", s.rt90_s, 0.0, 5.0);
}

#[test]
fn b10_to_b13_tiptoe_test() {
    assert_band(
        "B10 healthy EF",
        plain(Tiptoe, Healthy).ejection_fraction_pct,
        55.0,
        75.0,
    );
    assert_band(
        "B11 superficial reflux EF",
        plain(Tiptoe, SuperficialReflux).ejection_fraction_pct,
        40.0,
        58.0,
    );
    assert_band(
        "B12 deep reflux EF",
        plain(Tiptoe, DeepReflux).ejection_fraction_pct,
        30.0,
        48.0,
    );
    assert_band(
        "B13 healthy tiptoe fall",
        plain(Tiptoe, Healthy).avp_fall_pct,
        55.0,
        85.0,
    );
}

#[test]
fn b14_standing_still_never_pumps() {
    for leg in LegCondition::ALL {
        let s = plain(Standing, leg);
        assert_band("B14 standing fall", s.avp_fall_pct, -5.0, 5.0);
        assert_eq!(s.ejection_fraction_pct, 0.0);
    }
}

#[test]
fn b15_resting_venous_return_matches_leg_arterial_inflow() {
    assert_band(
        "B15",
        plain(Standing, Healthy).venous_return_rest_ml_min,
        150.0,
        450.0,
    );
}

#[test]
fn b16_exercise_at_least_doubles_venous_return() {
    for a in [Walking, Running, Stairs, Hiking] {
        let s = plain(a, Healthy);
        assert!(
            s.venous_return_active_ml_min >= 2.0 * s.venous_return_rest_ml_min,
            "{a:?}: {:.0} vs rest {:.0}",
            s.venous_return_active_ml_min,
            s.venous_return_rest_ml_min
        );
    }
}

#[test]
fn o1_cycling_pumps_only_with_pointed_toes() {
    let toes = plain(CyclingToes, Healthy).avp_fall_pct;
    let flat = plain(CyclingFlat, Healthy).avp_fall_pct;
    assert!(toes >= flat + 15.0, "toes {toes:.1} flat {flat:.1}");
}

#[test]
fn o2_stairs_and_hiking_work_the_calf_at_least_as_hard_as_walking() {
    let walking = plain(Walking, Healthy).avp_fall_pct;
    assert!(plain(Stairs, Healthy).avp_fall_pct >= walking);
    assert!(plain(Hiking, Healthy).avp_fall_pct >= walking - 2.0);
}

#[test]
fn o3_valves_matter() {
    let [h, s, d] = [Healthy, SuperficialReflux, DeepReflux].map(|l| plain(Walking, l));
    assert!(h.avp_fall_pct > s.avp_fall_pct && s.avp_fall_pct > d.avp_fall_pct);
    assert!(h.rt90_s > s.rt90_s && s.rt90_s > d.rt90_s);
}

#[test]
fn o4_stockings_help_a_leaky_leg() {
    let bare = plain(Walking, SuperficialReflux);
    let stocking = summary(Walking, SuperficialReflux, Stockings::Class20to30);
    assert!(stocking.avp_fall_pct > bare.avp_fall_pct);
    assert!(stocking.rt90_s > bare.rt90_s);
}

#[test]
fn o5_a_weak_calf_pumps_less() {
    assert!(plain(Walking, WeakCalf).avp_fall_pct < plain(Walking, Healthy).avp_fall_pct);
    assert!(
        plain(Tiptoe, WeakCalf).ejection_fraction_pct
            < plain(Tiptoe, Healthy).ejection_fraction_pct
    );
}

#[test]
fn o6_swimming_unloads_the_leg() {
    assert!(plain(Swimming, Healthy).avp_active_mmhg < 20.0);
}

#[test]
fn activities_without_calf_contraction_have_zero_ejection_fraction() {
    for a in [Standing, Sitting, Lying] {
        assert_eq!(plain(a, Healthy).ejection_fraction_pct, 0.0);
    }
}
