//! "What would help": changes a reader could make to their day, each run
//! through the day model and ordered by what it saves. Computed, not canned.

use super::plan::{activity_at, hourly_walks, with_inserted, DayPlan, DAY_STARTS_MIN};
use super::{DayModel, DayOutcome};
use crate::{Activity, Stockings};

/// A change "what would help" suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    HourlyWalks,
    Stockings,
    LieDownAtLunch,
}

/// One suggested change, with what it does to this day.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub change: Help,
    pub plan: DayPlan,
    pub outcome: DayOutcome,
    /// Evening swelling saved (mL; positive is less swelling).
    pub swelling_saved_ml: f64,
    /// High-pressure hours saved.
    pub high_hours_saved: f64,
}

/// Feet up at lunch: lying for this long from 12:00.
const LUNCH_LIE_MIN: u32 = 20;
const LUNCH_MIN: u32 = 12 * 60 - DAY_STARTS_MIN;
/// The stockings suggested to a day without them.
const SUGGESTED_STOCKINGS: Stockings = Stockings::Class20to30;

/// The day with `help` applied, if it applies (no walks to add to a day
/// spent moving, stockings already on, lying already at lunch).
fn changed(plan: &DayPlan, help: Help) -> Option<DayPlan> {
    match help {
        Help::HourlyWalks => {
            let walks = hourly_walks(&plan.blocks);
            (walks != plan.blocks).then(|| plan.with_blocks(walks))
        }
        Help::Stockings => (plan.stockings.ankle_pressure_mmhg()
            < SUGGESTED_STOCKINGS.ankle_pressure_mmhg())
        .then(|| DayPlan {
            stockings: SUGGESTED_STOCKINGS,
            ..plan.clone()
        }),
        Help::LieDownAtLunch => (plan.total_minutes() >= LUNCH_MIN + LUNCH_LIE_MIN
            && activity_at(&plan.blocks, LUNCH_MIN) != Some(Activity::Lying))
        .then(|| {
            plan.with_blocks(with_inserted(
                &plan.blocks,
                LUNCH_MIN,
                LUNCH_LIE_MIN,
                Activity::Lying,
            ))
        }),
    }
}

/// Two or three changes to `plan`, each run through the model and ordered
/// by how much evening swelling it saves (then high-pressure time). Changes
/// that do not apply are left out.
pub fn suggestions(model: &mut DayModel, plan: &DayPlan, outcome: &DayOutcome) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = [Help::HourlyWalks, Help::Stockings, Help::LieDownAtLunch]
        .into_iter()
        .filter_map(|help| changed(plan, help).map(|p| (help, p)))
        .map(|(change, changed)| {
            let changed_outcome = model.run(&changed);
            Suggestion {
                change,
                swelling_saved_ml: outcome.evening_swelling_ml
                    - changed_outcome.evening_swelling_ml,
                high_hours_saved: outcome.high_pressure_hours - changed_outcome.high_pressure_hours,
                plan: changed,
                outcome: changed_outcome,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.swelling_saved_ml
            .total_cmp(&a.swelling_saved_ml)
            .then(b.high_hours_saved.total_cmp(&a.high_hours_saved))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day::Preset;
    use crate::LegCondition;

    #[test]
    fn suggestions_are_computed_and_ordered_by_what_they_save() {
        let mut model = DayModel::new();
        let plan = DayPlan {
            blocks: Preset::Desk.blocks(),
            leg: LegCondition::SuperficialReflux,
            stockings: Stockings::None,
        };
        let outcome = model.run(&plan);
        let cards = suggestions(&mut model, &plan, &outcome);
        assert_eq!(cards.len(), 3);
        for pair in cards.windows(2) {
            assert!(pair[0].swelling_saved_ml >= pair[1].swelling_saved_ml);
        }
        assert!(cards.iter().all(|c| c.swelling_saved_ml > 0.0), "{cards:?}");
        // Stockings already on: that card goes.
        let on = DayPlan {
            stockings: Stockings::Class20to30,
            ..plan
        };
        let outcome = model.run(&on);
        assert!(suggestions(&mut model, &on, &outcome)
            .iter()
            .all(|c| c.change != Help::Stockings));
    }
}
