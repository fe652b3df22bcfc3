//! The fast day model against the same day stepped at 4 ms, and what a day
//! of habits should do to the ankle.

use calf_pump_model::day::{DayModel, TRANSITION_S};
use calf_pump_model::{exact_day, Activity, DayBlock, DayPlan, LegCondition, Stockings};

fn plan(blocks: &[(Activity, u32)], leg: LegCondition, stockings: Stockings) -> DayPlan {
    DayPlan {
        blocks: blocks
            .iter()
            .map(|&(activity, minutes)| DayBlock { activity, minutes })
            .collect(),
        leg,
        stockings,
    }
}

fn within(fast: f64, exact: f64, tolerance: f64) -> bool {
    (fast - exact).abs() <= tolerance * exact.abs()
}

#[test]
fn the_fast_day_equals_stepping_every_4_ms() {
    use Activity::*;
    // Two hours with every kind of change: still to moving, moving to still,
    // posture changes, swimming (stockings off), ending on a swelling block.
    let blocks = [
        (Sitting, 30),
        (Walking, 10),
        (Standing, 20),
        (Swimming, 10),
        (CyclingToes, 5),
        (Stairs, 5),
        (Sitting, 25),
        (Standing, 15),
    ];
    let mut model = DayModel::new();
    for (leg, stockings) in [
        (LegCondition::Healthy, Stockings::None),
        (LegCondition::SuperficialReflux, Stockings::Class20to30),
        (LegCondition::DeepReflux, Stockings::None),
    ] {
        let day = plan(&blocks, leg, stockings);
        let fast = model.run(&day);
        let exact = exact_day(&day);
        assert_eq!(fast.ankle_pressure_by_minute_mmhg.len(), 120);
        assert!(
            within(fast.evening_swelling_ml, exact.evening_swelling_ml, 0.02),
            "{leg:?} {stockings:?}: evening swelling fast {:.2} mL, exact {:.2} mL",
            fast.evening_swelling_ml,
            exact.evening_swelling_ml
        );
        assert!(
            within(fast.high_pressure_hours, exact.high_pressure_hours, 0.05),
            "{leg:?} {stockings:?}: high-pressure hours fast {:.3}, exact {:.3}",
            fast.high_pressure_hours,
            exact.high_pressure_hours
        );
        // Minute by minute, too: the chart the reader sees.
        for (minute, (f, e)) in fast
            .ankle_pressure_by_minute_mmhg
            .iter()
            .zip(&exact.ankle_pressure_by_minute_mmhg)
            .enumerate()
        {
            assert!(
                (f - e).abs() <= 3.0,
                "{leg:?} minute {minute}: {f:.1} vs {e:.1} mmHg"
            );
        }
    }
    assert!(TRANSITION_S >= 60.0);
}

fn office_day(walk_breaks: bool, stockings: Stockings) -> DayPlan {
    use Activity::*;
    let mut blocks = vec![(Standing, 30), (Sitting, 30)];
    for _ in 0..8 {
        if walk_breaks {
            blocks.extend([(Sitting, 55), (Walking, 5)]);
        } else {
            blocks.push((Sitting, 60));
        }
    }
    blocks.push((Standing, 30));
    plan(&blocks, LegCondition::SuperficialReflux, stockings)
}

#[test]
fn hourly_walks_and_stockings_each_cut_a_desk_days_swelling() {
    let mut model = DayModel::new();
    let still = model.run(&office_day(false, Stockings::None));
    let walks = model.run(&office_day(true, Stockings::None));
    let stockings = model.run(&office_day(false, Stockings::Class20to30));
    assert!(
        walks.evening_swelling_ml < 0.9 * still.evening_swelling_ml,
        "walks {:.1} vs still {:.1} mL",
        walks.evening_swelling_ml,
        still.evening_swelling_ml
    );
    assert!(
        stockings.evening_swelling_ml < 0.8 * still.evening_swelling_ml,
        "stockings {:.1} vs still {:.1} mL",
        stockings.evening_swelling_ml,
        still.evening_swelling_ml
    );
}

#[test]
fn a_day_lying_down_does_not_swell() {
    let day = plan(
        &[(Activity::Lying, 600)],
        LegCondition::DeepReflux,
        Stockings::None,
    );
    let outcome = DayModel::new().run(&day);
    assert!(
        outcome.evening_swelling_ml < 1.0,
        "{:.2} mL",
        outcome.evening_swelling_ml
    );
    assert_eq!(outcome.high_pressure_hours, 0.0);
}

#[test]
fn a_working_day_on_your_feet_swells_the_leg_by_a_few_percent() {
    use Activity::*;
    // Leg volume rises by roughly 1–3 % over a working day of sitting or
    // standing (Partsch et al. 2004, Dermatol Surg 30:737–743), on a lower
    // leg of about 2.5 L.
    let lower_leg_ml = calf_pump_model::day::LOWER_LEG_VOLUME_ML;
    let mut model = DayModel::new();
    for (activity, low_pct, high_pct) in [(Standing, 1.0, 4.0), (Sitting, 0.5, 3.0)] {
        let day = plan(
            &[(activity, 8 * 60)],
            LegCondition::Healthy,
            Stockings::None,
        );
        let outcome = model.run(&day);
        let pct = 100.0 * outcome.evening_swelling_ml / lower_leg_ml;
        assert!(
            (low_pct..=high_pct).contains(&pct),
            "{activity:?} 8 h: {:.1} mL = {pct:.2} % of the lower leg",
            outcome.evening_swelling_ml
        );
        assert!(outcome.high_pressure_hours > 0.0 || activity == Sitting);
    }
}

// Third pass: the day knows the leg (clinical reference, bands D1–D6).

use calf_pump_model::day::{Preset, HIGH_ANKLE_PRESSURE_MMHG, LOWER_LEG_VOLUME_ML};

fn evening(model: &mut DayModel, blocks: &[(Activity, u32)], leg: LegCondition) -> f64 {
    model
        .run(&plan(blocks, leg, Stockings::None))
        .evening_swelling_ml
}

#[test]
fn d1_leaky_veins_swell_more_by_evening_on_every_preset() {
    let mut model = DayModel::new();
    for preset in Preset::ALL {
        let blocks: Vec<(Activity, u32)> = preset
            .blocks()
            .iter()
            .map(|b| (b.activity, b.minutes))
            .collect();
        let healthy = evening(&mut model, &blocks, LegCondition::Healthy);
        let superficial = evening(&mut model, &blocks, LegCondition::SuperficialReflux);
        let deep = evening(&mut model, &blocks, LegCondition::DeepReflux);
        assert!(
            superficial >= 1.15 * healthy,
            "D1 {preset:?}: leaky surface veins {superficial:.1} mL vs healthy {healthy:.1} mL"
        );
        assert!(
            deep >= 1.3 * healthy,
            "D1 {preset:?}: leaky deep veins {deep:.1} mL vs healthy {healthy:.1} mL"
        );
    }
}

#[test]
fn d2_standing_still_swells_more_than_sitting_and_walks_help() {
    use Activity::*;
    let mut model = DayModel::new();
    let standing = evening(&mut model, &[(Standing, 480)], LegCondition::Healthy);
    let sitting = evening(&mut model, &[(Sitting, 480)], LegCondition::Healthy);
    let with_walks: Vec<(Activity, u32)> =
        (0..8).flat_map(|_| [(Sitting, 55), (Walking, 5)]).collect();
    let walks = evening(&mut model, &with_walks, LegCondition::Healthy);
    assert!(
        standing > sitting && sitting > walks,
        "D2 standing {standing:.1}, sitting {sitting:.1}, sitting with walks {walks:.1} mL"
    );
}

#[test]
fn d3_a_healthy_desk_day_swells_the_lower_leg_by_one_to_three_percent() {
    let outcome = DayModel::new().run(&DayPlan {
        blocks: Preset::Desk.blocks(),
        leg: LegCondition::Healthy,
        stockings: Stockings::None,
    });
    let pct = 100.0 * outcome.evening_swelling_ml / LOWER_LEG_VOLUME_ML;
    assert!((1.0..=3.0).contains(&pct), "D3 {pct:.2} %");
}

#[test]
fn d4_walking_all_day_on_leaky_deep_veins_swells_no_less_than_sitting() {
    use Activity::*;
    let mut model = DayModel::new();
    let walking = evening(&mut model, &[(Walking, 480)], LegCondition::DeepReflux);
    let sitting = evening(&mut model, &[(Sitting, 480)], LegCondition::DeepReflux);
    assert!(
        walking >= sitting,
        "D4 walking {walking:.1} mL vs sitting {sitting:.1} mL"
    );
    // A healthy leg walking all day swells less than sitting: the pump works.
    let healthy_walking = evening(&mut model, &[(Walking, 480)], LegCondition::Healthy);
    let healthy_sitting = evening(&mut model, &[(Sitting, 480)], LegCondition::Healthy);
    assert!(healthy_walking < healthy_sitting);
}

#[test]
fn d5_light_stockings_cut_a_healthy_desk_days_swelling_by_a_third() {
    let mut model = DayModel::new();
    let day = |stockings| DayPlan {
        blocks: Preset::Desk.blocks(),
        leg: LegCondition::Healthy,
        stockings,
    };
    let bare = model.run(&day(Stockings::None)).evening_swelling_ml;
    let light = model.run(&day(Stockings::Class15to20)).evening_swelling_ml;
    assert!(light <= 0.7 * bare, "D5 {light:.1} mL vs bare {bare:.1} mL");
}

#[test]
fn d6_high_pressure_is_above_a_healthy_legs_walking_range() {
    use Activity::*;
    // The line is the top of a healthy leg's walking range (band B3): a
    // healthy leg crosses it only while still, never while walking.
    assert_eq!(HIGH_ANKLE_PRESSURE_MMHG, 35.0);
    let mut model = DayModel::new();
    let walking = model.run(&plan(
        &[(Walking, 120)],
        LegCondition::Healthy,
        Stockings::None,
    ));
    assert!(
        walking.high_pressure_hours < 0.05,
        "{:.2} h",
        walking.high_pressure_hours
    );
    let sitting = model.run(&plan(
        &[(Sitting, 120)],
        LegCondition::Healthy,
        Stockings::None,
    ));
    assert!(sitting.high_pressure_hours > 1.9);
    let deep = model.run(&plan(
        &[(Walking, 120)],
        LegCondition::DeepReflux,
        Stockings::None,
    ));
    assert!(
        deep.high_pressure_hours > 1.9,
        "a failing pump stays above the line"
    );
}
