//! "What you can do": a short numbered list of steps for this leg and
//! activity, each with how often and how long, in the order a phlebologist
//! gives them (`shared/patient-education.md`): move; when seated for long,
//! pump the ankles; feet up when resting; stockings, with who must not wear
//! them; when to see a doctor; the warning signs of a blood clot.

use calf_pump_model::{Activity, LegCondition, Stockings};
use calf_pump_words::Lang;

/// What a step is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Walk, take the stairs, point the toes on a bike.
    Move,
    /// Pump the ankles when seated for long.
    AnklePumps,
    /// Feet up above the heart when resting.
    FeetUp,
    /// Compression stockings: ask about them, or wear them well.
    Stockings,
    /// Train a weak calf.
    TrainCalf,
    /// When to see a doctor; the scan that finds leaky valves.
    Doctor,
    /// What to do if a varicose vein bleeds.
    Bleeding,
}

/// The warning signs of a blood clot and when to get help: a phlebologist's
/// first point, so every page shows it boxed, before the everyday steps,
/// not numbered among them.
pub fn clot_warning(lang: Lang) -> &'static str {
    lang.words().steps_clot()
}

/// The line under the steps that opens the day planner.
pub fn plan_day(lang: Lang) -> &'static str {
    lang.words().steps_plan_day()
}

/// One step: its words, an activity the reader can try at once, and, for
/// stockings, the lines on who must not wear them and how to wear them.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub kind: StepKind,
    pub text: &'static str,
    pub try_activity: Option<Activity>,
    /// More lines under the step (stockings: the safety line and how to wear them).
    pub notes: Vec<&'static str>,
}

fn step(kind: StepKind, text: &'static str, try_activity: Option<Activity>) -> Step {
    Step {
        kind,
        text,
        try_activity,
        notes: Vec::new(),
    }
}

/// The first step: getting the calf pump going, from where the reader is.
fn move_step(lang: Lang, activity: Activity) -> Step {
    let w = lang.words();
    match activity {
        Activity::Standing | Activity::Sitting => {
            step(StepKind::Move, w.steps_walk(), Some(Activity::Walking))
        }
        Activity::CyclingFlat => step(
            StepKind::Move,
            w.steps_walk_daily(),
            Some(Activity::CyclingToes),
        ),
        // Never "try" what is already on screen.
        Activity::Stairs => step(
            StepKind::Move,
            w.steps_walk_daily(),
            Some(Activity::Walking),
        ),
        Activity::Walking
        | Activity::AnklePumps
        | Activity::FeetUp
        | Activity::Lying
        | Activity::Running
        | Activity::Hiking
        | Activity::CyclingToes
        | Activity::Swimming
        | Activity::Tiptoe => step(StepKind::Move, w.steps_walk_daily(), Some(Activity::Stairs)),
    }
}

/// The stockings step for a leg that needs one: ask about them, or, when
/// already worn, wear them well; always with who must not wear them.
fn stockings_step(lang: Lang, stockings: Stockings) -> Step {
    let w = lang.words();
    let text = match stockings {
        Stockings::None => w.steps_stockings_ask(),
        Stockings::Class15to20 | Stockings::Class20to30 | Stockings::Class30to40 => {
            w.steps_stockings_wear()
        }
    };
    Step {
        notes: vec![w.stockings_wear(), w.stockings_safety()],
        ..step(StepKind::Stockings, text, None)
    }
}

/// The everyday steps for this leg in this activity, in order; the first is
/// always about moving. (The blood-clot warning is [`clot_warning`].)
pub fn what_you_can_do(
    lang: Lang,
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
) -> Vec<Step> {
    let w = lang.words();
    let mut steps = vec![move_step(lang, activity)];
    let seated_already = activity == Activity::AnklePumps;
    steps.push(step(
        StepKind::AnklePumps,
        w.steps_ankle_pumps(),
        (!seated_already).then_some(Activity::AnklePumps),
    ));
    steps.push(step(
        StepKind::FeetUp,
        w.steps_feet_up(),
        (activity != Activity::FeetUp).then_some(Activity::FeetUp),
    ));
    let leaky = match leg {
        LegCondition::SuperficialReflux | LegCondition::DeepReflux => true,
        LegCondition::Healthy | LegCondition::WeakCalf => false,
    };
    if leaky || stockings != Stockings::None {
        steps.push(stockings_step(lang, stockings));
    }
    if leg == LegCondition::WeakCalf {
        steps.push(step(
            StepKind::TrainCalf,
            w.steps_calf_train(),
            (activity != Activity::Tiptoe).then_some(Activity::Tiptoe),
        ));
    }
    steps.push(step(StepKind::Doctor, w.steps_doctor(), None));
    if leg == LegCondition::SuperficialReflux {
        steps.push(step(StepKind::Bleeding, w.steps_bleeding(), None));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scenario_gets_moving_first() {
        for activity in Activity::ALL {
            for leg in LegCondition::ALL {
                for stockings in Stockings::ALL {
                    let steps = what_you_can_do(Lang::En, activity, leg, stockings);
                    assert_eq!(steps[0].kind, StepKind::Move);
                    assert!(
                        steps.len() <= 8,
                        "{activity:?} {leg:?}: {} steps",
                        steps.len()
                    );
                    let leaky = matches!(
                        leg,
                        LegCondition::SuperficialReflux | LegCondition::DeepReflux
                    );
                    let stocking = steps.iter().find(|s| s.kind == StepKind::Stockings);
                    assert_eq!(stocking.is_some(), leaky || stockings != Stockings::None);
                    if let Some(s) = stocking {
                        assert!(s.notes.contains(&Lang::En.words().stockings_safety()));
                    }
                }
            }
        }
    }

    #[test]
    fn no_step_offers_to_try_what_is_already_on_screen() {
        for activity in Activity::ALL {
            for leg in LegCondition::ALL {
                for step in what_you_can_do(Lang::En, activity, leg, Stockings::None) {
                    assert_ne!(
                        step.try_activity,
                        Some(activity),
                        "{activity:?} {leg:?}: {:?}",
                        step.kind
                    );
                }
            }
        }
    }
}
