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

// Second pass: literature the first pass was not tuned to.

#[test]
fn b17_running_pumps_about_as_well_as_walking() {
    let running = plain(Running, Healthy).avp_active_mmhg;
    let walking = plain(Walking, Healthy).avp_active_mmhg;
    assert!(
        (running - walking).abs() <= 10.0,
        "B17 running {running:.1} vs walking {walking:.1} mmHg"
    );
}

#[test]
fn b18_a_weak_calf_falls_less_but_refills_like_a_healthy_leg() {
    let healthy = plain(Walking, Healthy);
    let weak = plain(Walking, WeakCalf);
    let reduction = 100.0 * (healthy.avp_fall_pct - weak.avp_fall_pct) / healthy.avp_fall_pct;
    assert_band("B18 fall reduction %", reduction, 5.0, 40.0);
    assert_band(
        "B18 rt90 ratio to healthy",
        weak.rt90_s / healthy.rt90_s,
        0.6,
        1.4,
    );
}

#[test]
fn b19_swimming_keeps_every_leg_near_lying_pressure() {
    for leg in LegCondition::ALL {
        assert_band(
            &format!("B19 swimming {leg:?}"),
            plain(Swimming, leg).avp_active_mmhg,
            0.0,
            15.0,
        );
    }
}

#[test]
fn b20_stockings_raise_the_ejection_fraction_of_a_leaky_leg() {
    let bare = plain(Tiptoe, SuperficialReflux).ejection_fraction_pct;
    for stockings in [Stockings::Class15to20, Stockings::Class20to30] {
        let ef = summary(Tiptoe, SuperficialReflux, stockings).ejection_fraction_pct;
        assert!(ef >= bare, "B20 {stockings:?}: EF {ef:.1} < bare {bare:.1}");
    }
}

#[test]
fn b21_stockings_do_not_impair_a_working_pump() {
    let bare = plain(Walking, Healthy).avp_active_mmhg;
    let stocking = summary(Walking, Healthy, Stockings::Class20to30).avp_active_mmhg;
    assert!(
        stocking <= bare + 5.0,
        "B21 walking with 20-30 stockings {stocking:.1} vs bare {bare:.1} mmHg"
    );
}

#[test]
fn every_stocking_class_helps_or_spares_every_walking_leg() {
    // Stockings never make the pump worse: for every leg, walking pressure
    // with any class stays within 5 mmHg of bare or below it.
    for leg in LegCondition::ALL {
        let bare = plain(Walking, leg).avp_active_mmhg;
        for stockings in [
            Stockings::Class15to20,
            Stockings::Class20to30,
            Stockings::Class30to40,
        ] {
            let with = summary(Walking, leg, stockings).avp_active_mmhg;
            assert!(
                with <= bare + 5.0,
                "{leg:?} {stockings:?}: {with:.1} vs bare {bare:.1}"
            );
        }
    }
}

// Third pass: what a phlebologist checks next.

const CLASSES: [Stockings; 4] = Stockings::ALL;

#[test]
fn b22_stockings_help_varicose_veins_but_do_not_cure_them() {
    let bare = plain(Walking, SuperficialReflux).avp_active_mmhg;
    let healthy = plain(Walking, Healthy).avp_active_mmhg;
    for stockings in [Stockings::Class15to20, Stockings::Class20to30] {
        let with = summary(Walking, SuperficialReflux, stockings).avp_active_mmhg;
        assert!(
            with < bare,
            "B22 {stockings:?}: {with:.1} not below bare {bare:.1}"
        );
        assert!(
            with >= healthy + 8.0,
            "B22 {stockings:?}: {with:.1} mmHg is within 8 of a healthy leg's {healthy:.1}"
        );
    }
}

#[test]
fn b23_a_stronger_stocking_never_raises_the_walking_pressure() {
    for activity in [Walking, Running, Hiking, Stairs, CyclingToes] {
        for leg in LegCondition::ALL {
            let pressures = CLASSES.map(|s| summary(activity, leg, s).avp_active_mmhg);
            for pair in pressures.windows(2) {
                assert!(
                    pair[1] <= pair[0] + 1.0,
                    "B23 {activity:?} {leg:?}: {pressures:.1?} mmHg across none → 30-40"
                );
            }
        }
    }
}

#[test]
fn b24_stockings_do_not_shorten_a_leaky_legs_refill() {
    for leg in LegCondition::ALL {
        let bare = plain(Walking, leg).rt90_s;
        for stockings in &CLASSES[1..] {
            let with = summary(Walking, leg, *stockings).rt90_s;
            match leg {
                SuperficialReflux | DeepReflux => assert!(
                    with >= bare,
                    "B24 {leg:?} {stockings:?}: refill {with:.1} s shorter than bare {bare:.1} s"
                ),
                Healthy | WeakCalf => assert!(
                    with >= 0.8 * bare,
                    "B24 {leg:?} {stockings:?}: refill {with:.1} s more than 20 % shorter than {bare:.1} s"
                ),
            }
        }
    }
}

#[test]
fn b27_feet_up_above_the_heart_empties_the_ankle_veins() {
    for leg in LegCondition::ALL {
        let feet_up = plain(FeetUp, leg).avp_active_mmhg;
        let lying = plain(Lying, leg).avp_active_mmhg;
        assert!(feet_up <= 8.0, "B27 {leg:?}: {feet_up:.1} mmHg");
        assert!(
            feet_up < lying,
            "B27 {leg:?}: {feet_up:.1} not below lying {lying:.1}"
        );
    }
}

#[test]
fn b28_ankle_pumps_empty_a_seated_leg_that_has_working_valves() {
    let fall = |leg| plain(AnklePumps, leg).avp_fall_pct;
    let (healthy, superficial, deep) = (fall(Healthy), fall(SuperficialReflux), fall(DeepReflux));
    assert!(healthy >= 30.0, "B28 healthy fall {healthy:.1} %");
    assert!(
        superficial < healthy,
        "B28 {superficial:.1} vs healthy {healthy:.1}"
    );
    assert!(
        deep < superficial,
        "B28 deep {deep:.1} vs superficial {superficial:.1}"
    );
    // The fall is from sitting, the posture the pumps are done in.
    let seated = plain(Sitting, Healthy).avp_active_mmhg;
    assert!((plain(AnklePumps, Healthy).avp_rest_mmhg - seated).abs() < 1.0);
}
