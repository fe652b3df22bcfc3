//! A day as the planner holds it: blocks of activities from 7:00, the leg,
//! the stockings; the preset days a reader starts from; and every edit a
//! reader can make, each keeping the day valid.

use crate::{Activity, LegCondition, Stockings};

/// One stretch of the day doing one thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayBlock {
    pub activity: Activity,
    pub minutes: u32,
}

/// A day: its blocks in order, the leg, and the stockings chosen (the
/// simulation takes them off for swimming, [`Stockings::worn_during`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPlan {
    pub blocks: Vec<DayBlock>,
    pub leg: LegCondition,
    pub stockings: Stockings,
}

impl DayPlan {
    /// The day's length (minutes).
    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|b| b.minutes).sum()
    }

    /// The same leg and stockings with other blocks.
    pub fn with_blocks(&self, blocks: Vec<DayBlock>) -> DayPlan {
        DayPlan {
            blocks,
            ..self.clone()
        }
    }
}

/// The shortest block (minutes): longer than a transition, and the step of
/// the planner's durations.
pub const MIN_BLOCK_MIN: u32 = 5;

/// The longest day the planner takes (minutes).
pub const DAY_MIN: u32 = 24 * 60;

/// When the planned day starts (minutes after midnight): 7:00.
pub const DAY_STARTS_MIN: u32 = 7 * 60;

/// At most this many blocks in a day (a link stays short enough to share).
pub const MAX_BLOCKS: usize = 40;

/// The activities a day can hold: everything but the clinic's tiptoe test,
/// which is a ten-second test, not a way to spend time.
pub const DAY_ACTIVITIES: [Activity; 12] = [
    Activity::Sitting,
    Activity::Standing,
    Activity::Walking,
    Activity::AnklePumps,
    Activity::Lying,
    Activity::FeetUp,
    Activity::Stairs,
    Activity::Hiking,
    Activity::Running,
    Activity::CyclingToes,
    Activity::CyclingFlat,
    Activity::Swimming,
];

/// A starting day a reader can pick and then edit: waking days, 7:00 to 19:00.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    Desk,
    OnYourFeet,
    RetiredActive,
    LongFlight,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Desk,
        Preset::OnYourFeet,
        Preset::RetiredActive,
        Preset::LongFlight,
    ];

    /// The preset's day, block by block.
    fn schedule(self) -> &'static [(Activity, u32)] {
        use Activity::{CyclingToes, Lying, Sitting, Standing, Walking};
        match self {
            Preset::Desk => &[
                (Standing, 30),
                (Walking, 15),
                (Sitting, 225),
                (Walking, 15),
                (Sitting, 240),
                (Walking, 15),
                (Standing, 60),
                (Sitting, 120),
            ],
            Preset::OnYourFeet => &[
                (Standing, 60),
                (Walking, 30),
                (Standing, 180),
                (Sitting, 30),
                (Walking, 30),
                (Standing, 240),
                (Sitting, 150),
            ],
            Preset::RetiredActive => &[
                (Sitting, 60),
                (Walking, 45),
                (Sitting, 90),
                (Standing, 45),
                (Sitting, 60),
                (Lying, 30),
                (CyclingToes, 30),
                (Sitting, 90),
                (Walking, 30),
                (Sitting, 120),
                (Walking, 20),
                (Sitting, 100),
            ],
            Preset::LongFlight => &[
                (Standing, 60),
                (Walking, 20),
                (Sitting, 600),
                (Standing, 40),
            ],
        }
    }

    pub fn blocks(self) -> Vec<DayBlock> {
        self.schedule()
            .iter()
            .map(|&(activity, minutes)| DayBlock { activity, minutes })
            .collect()
    }

    /// The preset whose day this is, if the reader has not changed it.
    pub fn of(blocks: &[DayBlock]) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.blocks() == blocks)
    }
}

/// Minutes a walk break lasts.
pub(crate) const WALK_BREAK_MIN: u32 = 5;

/// The day with `minutes` of `activity` from `at_min`, taken out of
/// whatever was planned then (the day's length stays the same).
pub(crate) fn with_inserted(
    blocks: &[DayBlock],
    at_min: u32,
    minutes: u32,
    activity: Activity,
) -> Vec<DayBlock> {
    let end = at_min + minutes;
    let mut out = Vec::with_capacity(blocks.len() + 2);
    let mut start = 0;
    for b in blocks {
        let b_end = start + b.minutes;
        let before = at_min.clamp(start, b_end) - start;
        let after = b_end - end.clamp(start, b_end);
        out.push(DayBlock {
            minutes: before,
            ..*b
        });
        if (start..b_end).contains(&at_min) {
            out.push(DayBlock { activity, minutes });
        }
        out.push(DayBlock {
            minutes: after,
            ..*b
        });
        start = b_end;
    }
    merged(out)
}

/// A 5-minute walk at the end of every hour spent sitting or standing.
pub(crate) fn hourly_walks(blocks: &[DayBlock]) -> Vec<DayBlock> {
    let total: u32 = blocks.iter().map(|b| b.minutes).sum();
    let mut day = blocks.to_vec();
    let mut hour = 60;
    while hour + WALK_BREAK_MIN <= total {
        if matches!(
            activity_at(&day, hour),
            Some(Activity::Sitting | Activity::Standing)
        ) {
            day = with_inserted(
                &day,
                hour - WALK_BREAK_MIN,
                WALK_BREAK_MIN,
                Activity::Walking,
            );
        }
        hour += 60;
    }
    day
}

/// What the day holds at `minute`, if it lasts that long.
pub(crate) fn activity_at(blocks: &[DayBlock], minute: u32) -> Option<Activity> {
    let mut start = 0;
    for b in blocks {
        if (start..start + b.minutes).contains(&minute) {
            return Some(b.activity);
        }
        start += b.minutes;
    }
    None
}

/// One change the reader makes in the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Block `index` becomes this activity.
    Activity(usize, Activity),
    Longer(usize),
    Shorter(usize),
    /// The last 5 minutes of block `index` become a walk.
    WalkBreakAfter(usize),
    Remove(usize),
    /// A new half hour of sitting at the end.
    Add,
}

/// How much a block grows or shrinks per tap (minutes): fine steps for
/// short blocks, quarter hours for long ones.
fn duration_step(minutes: u32) -> u32 {
    if minutes <= 30 {
        MIN_BLOCK_MIN
    } else {
        15
    }
}

/// The day after `edit`; an edit that cannot apply (a day over 24 h, a
/// block under 5 minutes, the last block removed) leaves it as it was.
/// Neighbouring blocks of the same activity merge.
pub fn edit(blocks: &[DayBlock], edit: Edit) -> Vec<DayBlock> {
    let total: u32 = blocks.iter().map(|b| b.minutes).sum();
    let mut day = blocks.to_vec();
    match edit {
        Edit::Activity(i, activity) if i < day.len() && DAY_ACTIVITIES.contains(&activity) => {
            day[i].activity = activity;
        }
        Edit::Longer(i) if i < day.len() => {
            let step = duration_step(day[i].minutes);
            if total + step <= DAY_MIN {
                day[i].minutes += step;
            }
        }
        Edit::Shorter(i) if i < day.len() => {
            let step = duration_step(day[i].minutes - 1);
            if day[i].minutes > step {
                day[i].minutes -= step;
            }
        }
        Edit::WalkBreakAfter(i) if i < day.len() && day[i].minutes >= 2 * MIN_BLOCK_MIN => {
            let start: u32 = day[..=i].iter().map(|b| b.minutes).sum::<u32>() - WALK_BREAK_MIN;
            return with_inserted(&day, start, WALK_BREAK_MIN, Activity::Walking);
        }
        Edit::Remove(i) if i < day.len() && day.len() > 1 => {
            day.remove(i);
        }
        Edit::Add if total + 30 <= DAY_MIN && day.len() < MAX_BLOCKS => {
            day.push(DayBlock {
                activity: Activity::Sitting,
                minutes: 30,
            });
        }
        // Out of range, or a change that would break the day: no change.
        Edit::Activity(..)
        | Edit::Longer(_)
        | Edit::Shorter(_)
        | Edit::WalkBreakAfter(_)
        | Edit::Remove(_)
        | Edit::Add => {}
    }
    merged(day)
}

/// Neighbouring blocks of the same activity as one; empty blocks dropped.
fn merged(day: Vec<DayBlock>) -> Vec<DayBlock> {
    let mut out: Vec<DayBlock> = Vec::with_capacity(day.len());
    for b in day.into_iter().filter(|b| b.minutes > 0) {
        match out.last_mut() {
            Some(last) if last.activity == b.activity => last.minutes += b.minutes,
            _ => out.push(b),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(blocks: &[DayBlock]) -> Vec<(Activity, u32)> {
        blocks.iter().map(|b| (b.activity, b.minutes)).collect()
    }

    #[test]
    fn every_preset_is_a_waking_day_of_twelve_hours() {
        for preset in Preset::ALL {
            let blocks = preset.blocks();
            assert_eq!(
                blocks.iter().map(|b| b.minutes).sum::<u32>(),
                12 * 60,
                "{preset:?}"
            );
            assert_eq!(Preset::of(&blocks), Some(preset));
        }
    }

    #[test]
    fn inserting_keeps_the_days_length_and_merges_neighbours() {
        use Activity::*;
        let day = vec![
            DayBlock {
                activity: Sitting,
                minutes: 120,
            },
            DayBlock {
                activity: Standing,
                minutes: 60,
            },
        ];
        let walked = hourly_walks(&day);
        assert_eq!(walked.iter().map(|b| b.minutes).sum::<u32>(), 180);
        assert_eq!(
            link(&walked),
            [
                (Sitting, 55),
                (Walking, 5),
                (Sitting, 55),
                (Walking, 5),
                (Standing, 60)
            ]
        );
        let lunch = with_inserted(&day, 100, 40, Lying);
        assert_eq!(link(&lunch), [(Sitting, 100), (Lying, 40), (Standing, 40)]);
    }

    #[test]
    fn edits_keep_the_day_valid() {
        let day = Preset::Desk.blocks();
        let walked = edit(&day, Edit::WalkBreakAfter(2));
        assert_eq!(
            walked.iter().map(|b| b.minutes).sum::<u32>(),
            720,
            "a walk break keeps the day's length"
        );
        assert_eq!(
            walked[2],
            DayBlock {
                activity: Activity::Sitting,
                minutes: 220
            }
        );
        assert_eq!(
            walked[3],
            DayBlock {
                activity: Activity::Walking,
                minutes: 20
            },
            "merged with the walk after it"
        );
        let one = vec![DayBlock {
            activity: Activity::Sitting,
            minutes: 5,
        }];
        assert_eq!(edit(&one, Edit::Shorter(0)), one);
        assert_eq!(edit(&one, Edit::Remove(0)), one);
        assert_eq!(edit(&one, Edit::Longer(0))[0].minutes, 10);
        assert_eq!(edit(&one, Edit::Activity(0, Activity::Tiptoe)), one);
        assert_eq!(edit(&one, Edit::Longer(7)), one);
        let full = vec![DayBlock {
            activity: Activity::Sitting,
            minutes: DAY_MIN,
        }];
        assert_eq!(edit(&full, Edit::Longer(0)), full);
        assert_eq!(edit(&full, Edit::Add), full);
        let changed = edit(&day, Edit::Activity(2, Activity::Standing));
        assert_eq!(changed[2].activity, Activity::Standing);
        assert_eq!(edit(&day, Edit::Shorter(2))[2].minutes, 210);
        assert_eq!(edit(&day, Edit::Longer(0))[0].minutes, 35);
    }
}
