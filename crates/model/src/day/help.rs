//! "What would help": changes a reader could make to their day, each run
//! through the day model and ordered by what it saves. Computed, not canned.
//! The changes are the standard advice: walk, pump the ankles while seated
//! (desks, cars, flights), put the feet up when resting, wear stockings.

use super::plan::{hourly_walks, with_inserted, DayBlock, DayPlan, WALK_BREAK_MIN};
use super::{DayModel, DayOutcome};
use crate::{Activity, LegCondition, Stockings};

/// A change "what would help" suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    /// A 5-minute walk every hour spent sitting or standing.
    HourlyWalks,
    /// 5 minutes of ankle pumps every hour spent sitting.
    AnklePumps,
    /// Compression stockings of this class all day.
    Stockings(Stockings),
    /// Feet up above the heart for the day's last 20 minutes.
    FeetUp,
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

/// Feet up at the end of the day: for this long.
const FEET_UP_MIN: u32 = 20;

/// The stockings to suggest to a day without them: light ones for a healthy
/// leg (over the counter; band D5), medium ones, often advised, for the
/// others. The firm class needs a prescription, so it is never suggested.
fn suggested_stockings(leg: LegCondition) -> Stockings {
    match leg {
        LegCondition::Healthy => Stockings::Class15to20,
        LegCondition::SuperficialReflux | LegCondition::DeepReflux | LegCondition::WeakCalf => {
            Stockings::Class20to30
        }
    }
}

/// The last 5 minutes of every hour spent sitting become ankle pumps.
fn hourly_ankle_pumps(blocks: &[DayBlock]) -> Vec<DayBlock> {
    let total: u32 = blocks.iter().map(|b| b.minutes).sum();
    let mut day = blocks.to_vec();
    let mut hour = 60;
    while hour <= total {
        if super::plan::activity_at(&day, hour - 1) == Some(Activity::Sitting) {
            day = with_inserted(
                &day,
                hour - WALK_BREAK_MIN,
                WALK_BREAK_MIN,
                Activity::AnklePumps,
            );
        }
        hour += 60;
    }
    day
}

/// The day with `help` applied, if it applies (no walks to add to a day
/// spent moving, stockings already on, feet already up).
fn changed(plan: &DayPlan, help: Help) -> Option<DayPlan> {
    let with = |blocks: Vec<DayBlock>| (blocks != plan.blocks).then(|| plan.with_blocks(blocks));
    match help {
        Help::HourlyWalks => with(hourly_walks(&plan.blocks)),
        Help::AnklePumps => with(hourly_ankle_pumps(&plan.blocks)),
        Help::Stockings(class) => {
            (plan.stockings.ankle_pressure_mmhg() < class.ankle_pressure_mmhg()).then(|| DayPlan {
                stockings: class,
                ..plan.clone()
            })
        }
        Help::FeetUp => {
            let end = plan.total_minutes();
            (end >= FEET_UP_MIN)
                .then(|| {
                    with_inserted(
                        &plan.blocks,
                        end - FEET_UP_MIN,
                        FEET_UP_MIN,
                        Activity::FeetUp,
                    )
                })
                .and_then(with)
        }
    }
}

/// The changes to `plan`, each run through the model and ordered by how
/// much evening swelling it saves (then high-pressure time). Changes that
/// do not apply, or do not help this day, are left out.
pub fn suggestions(model: &mut DayModel, plan: &DayPlan, outcome: &DayOutcome) -> Vec<Suggestion> {
    let candidates = [
        Help::HourlyWalks,
        Help::AnklePumps,
        Help::Stockings(suggested_stockings(plan.leg)),
        Help::FeetUp,
    ];
    let mut out: Vec<Suggestion> = candidates
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
        // Help that does not help this day (walks for a leg whose deep
        // valves leak can add a little swelling) is not offered.
        .filter(|s| s.swelling_saved_ml > 0.5 || s.high_hours_saved > 0.0)
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
        assert_eq!(cards.len(), 4);
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
            .all(|c| !matches!(c.change, Help::Stockings(_))));
    }

    #[test]
    fn a_long_flight_gets_ankle_pumps_and_nobody_lies_down_mid_flight() {
        let mut model = DayModel::new();
        let plan = DayPlan {
            blocks: Preset::LongFlight.blocks(),
            leg: LegCondition::Healthy,
            stockings: Stockings::None,
        };
        let outcome = model.run(&plan);
        let cards = suggestions(&mut model, &plan, &outcome);
        assert!(cards.iter().any(|c| c.change == Help::AnklePumps));
        let flight = &plan.blocks[2];
        assert_eq!(flight.activity, Activity::Sitting);
        for card in &cards {
            // During the flight's 10 hours seated, nothing but sitting, ankle
            // pumps and walks in the aisle.
            let mut start = 0;
            for b in &card.plan.blocks {
                let in_flight = start >= 80 && start < 680;
                assert!(
                    !in_flight
                        || matches!(
                            b.activity,
                            Activity::Sitting | Activity::AnklePumps | Activity::Walking
                        ),
                    "{:?}: {b:?} at minute {start}",
                    card.change
                );
                start += b.minutes;
            }
        }
        assert!(cards
            .iter()
            .all(|c| c.plan.total_minutes() == plan.total_minutes()));
    }
}
