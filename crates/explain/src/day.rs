//! The day planner's link, presets, "what would help" and words. A day rides
//! in the link as `day=sitting-240.walking-15.…` (activity names from the
//! scenario contract, minutes after the dash, blocks joined by dots), beside
//! the usual `leg` and `stockings` keys; `view=day` opens the planner.

use crate::lang::{fill, Lang};
use crate::narration::activity_label;
use crate::scenario::{activity_from_name, activity_name, query_pairs, Scenario};
use calf_pump_model::day::{DAY_MIN, LOWER_LEG_VOLUME_ML, MIN_BLOCK_MIN};
use calf_pump_model::{Activity, DayBlock, DayModel, DayOutcome, DayPlan, Stockings};

/// The query key holding the day.
pub const DAY_KEY: &str = "day";
/// The query key and value that open the planner.
pub const VIEW_KEY: &str = "view";
pub const VIEW_DAY: &str = "day";

/// The planner's page, relative to the site root.
pub const DAY_PATH: &str = "day/";

/// When the planned day starts (minutes after midnight): 7:00.
pub const DAY_STARTS_MIN: u32 = 7 * 60;

/// At most this many blocks in a day (a link stays short enough to share).
pub const MAX_BLOCKS: usize = 40;

/// The activities a day can hold: everything but the clinic's tiptoe test,
/// which is a ten-second test, not a way to spend time.
pub const DAY_ACTIVITIES: [Activity; 10] = [
    Activity::Sitting,
    Activity::Standing,
    Activity::Walking,
    Activity::Lying,
    Activity::Stairs,
    Activity::Hiking,
    Activity::Running,
    Activity::CyclingToes,
    Activity::CyclingFlat,
    Activity::Swimming,
];

/// A starting day a reader can pick and then edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Its name in links (`preset=desk`) and tests.
    pub name: &'static str,
    pub blocks: &'static [(Activity, u32)],
}

use Activity::{CyclingToes, Lying, Sitting, Standing, Walking};

/// Waking days, 7:00 to 19:00.
pub const PRESETS: [Preset; 4] = [
    Preset {
        name: "desk",
        blocks: &[
            (Standing, 30),
            (Walking, 15),
            (Sitting, 225),
            (Walking, 15),
            (Sitting, 240),
            (Walking, 15),
            (Standing, 60),
            (Sitting, 120),
        ],
    },
    Preset {
        name: "on-your-feet",
        blocks: &[
            (Standing, 60),
            (Walking, 30),
            (Standing, 180),
            (Sitting, 30),
            (Walking, 30),
            (Standing, 240),
            (Sitting, 150),
        ],
    },
    Preset {
        name: "retired-active",
        blocks: &[
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
    },
    Preset {
        name: "long-flight",
        blocks: &[
            (Standing, 60),
            (Walking, 20),
            (Sitting, 600),
            (Standing, 40),
        ],
    },
];

impl Preset {
    /// Its name for the reader: "Desk job".
    pub fn label(&self, lang: Lang) -> &'static str {
        let w = lang.day_words();
        match self.name {
            "desk" => w.day_preset_desk,
            "on-your-feet" => w.day_preset_on_your_feet,
            "retired-active" => w.day_preset_retired_active,
            _ => w.day_preset_long_flight,
        }
    }

    pub fn blocks(&self) -> Vec<DayBlock> {
        self.blocks
            .iter()
            .map(|&(activity, minutes)| DayBlock { activity, minutes })
            .collect()
    }
}

/// The day as the link writes it: `sitting-240.walking-15`.
pub fn day_to_link(blocks: &[DayBlock]) -> String {
    blocks
        .iter()
        .map(|b| format!("{}-{}", activity_name(b.activity), b.minutes))
        .collect::<Vec<_>>()
        .join(".")
}

/// Why a day in a link could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayLinkError {
    Empty,
    /// A block that is not `activity-minutes`, or an activity a day cannot hold.
    Block(String),
    /// Minutes not a multiple of 5 from 5 up.
    Minutes(String),
    TooLong,
    TooManyBlocks,
}

/// Reads a day from its link form, strictly: any fault refuses the whole day.
pub fn day_from_link(text: &str) -> Result<Vec<DayBlock>, DayLinkError> {
    if text.trim().is_empty() {
        return Err(DayLinkError::Empty);
    }
    let mut blocks = Vec::new();
    for part in text.split('.') {
        let (name, minutes) = part
            .rsplit_once('-')
            .ok_or_else(|| DayLinkError::Block(part.to_string()))?;
        let activity = activity_from_name(name)
            .filter(|a| DAY_ACTIVITIES.contains(a))
            .ok_or_else(|| DayLinkError::Block(part.to_string()))?;
        let minutes: u32 = minutes
            .parse()
            .ok()
            .filter(|m| *m >= MIN_BLOCK_MIN && m % MIN_BLOCK_MIN == 0 && *m <= DAY_MIN)
            .ok_or_else(|| DayLinkError::Minutes(part.to_string()))?;
        blocks.push(DayBlock { activity, minutes });
        if blocks.len() > MAX_BLOCKS {
            return Err(DayLinkError::TooManyBlocks);
        }
    }
    if blocks.iter().map(|b| b.minutes).sum::<u32>() > DAY_MIN {
        return Err(DayLinkError::TooLong);
    }
    Ok(blocks)
}

/// The planner's state from a link: the day (the link's, else the named
/// preset, else the desk day), the leg and stockings, and a friendly notice
/// when something in the link could not be used.
pub fn day_from_query(query: &str) -> (DayPlan, Option<DayNotice>) {
    let (scenario, problems) = Scenario::from_query_lenient(query);
    let mut notice = (!problems.is_empty()).then_some(DayNotice::LegOrStockings);
    let mut preset = None;
    let mut day = None;
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            DAY_KEY => day = Some(value),
            "preset" => preset = PRESETS.iter().find(|p| p.name == value),
            _ => {}
        }
    }
    let fallback = preset.unwrap_or(&PRESETS[0]);
    let blocks = match day.map(|d| day_from_link(&d)) {
        Some(Ok(blocks)) => blocks,
        Some(Err(_)) => {
            notice = Some(DayNotice::Day(*fallback));
            fallback.blocks()
        }
        None => fallback.blocks(),
    };
    (
        DayPlan {
            blocks,
            leg: scenario.leg,
            stockings: scenario.stockings,
        },
        notice,
    )
}

/// What a planner link had that could not be used, worded in the reader's
/// language when shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayNotice {
    /// The leg or stockings fell back to their defaults.
    LegOrStockings,
    /// The day could not be read: this preset instead.
    Day(Preset),
}

impl DayNotice {
    pub fn text(&self, lang: Lang) -> String {
        let w = lang.day_words();
        match self {
            DayNotice::LegOrStockings => w.day_notice_leg.to_string(),
            DayNotice::Day(preset) => fill(w.day_notice_day, &[("preset", preset.label(lang))]),
        }
    }
}

/// The planner's link: `{site}day/?view=day&day=…` with the leg and
/// stockings when not the defaults, and the language when not English.
pub fn day_url(site: &str, plan: &DayPlan, lang: Lang) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair(VIEW_KEY, VIEW_DAY);
    out.append_pair(DAY_KEY, &day_to_link(&plan.blocks));
    let scenario = Scenario {
        leg: plan.leg,
        stockings: plan.stockings,
        ..Scenario::default()
    };
    for (key, value) in query_pairs(&scenario.to_link_query()) {
        out.append_pair(&key, &value);
    }
    if lang != Lang::default() {
        out.append_pair("lang", lang.code());
    }
    format!("{site}{DAY_PATH}?{}", out.finish())
}

/// True when a link asks for the planner (`view=day`).
pub fn wants_planner(query: &str) -> bool {
    query_pairs(query).any(|(key, value)| key == VIEW_KEY && value == VIEW_DAY)
}

/// The planner's link from the live widget: its default day, with the
/// reader's leg and stockings.
pub fn planner_url(site: &str, scenario: &Scenario, lang: Lang) -> String {
    let leg_and_stockings = Scenario {
        activity: Scenario::default().activity,
        ..*scenario
    };
    let mut query = leg_and_stockings.to_link_query();
    if lang != Lang::default() {
        let sep = if query.is_empty() { "" } else { "&" };
        query = format!("{query}{sep}lang={}", lang.code());
    }
    if query.is_empty() {
        format!("{site}{DAY_PATH}?{VIEW_KEY}={VIEW_DAY}")
    } else {
        format!("{site}{DAY_PATH}?{VIEW_KEY}={VIEW_DAY}&{query}")
    }
}

/// `7:00`, `13:30`: the clock time `minutes` into the day.
pub fn clock(minutes: u32) -> String {
    let t = (DAY_STARTS_MIN + minutes) % (24 * 60);
    format!("{}:{:02}", t / 60, t % 60)
}

/// `2 h 30 min`, `45 min`, `3 h`.
pub fn duration_words(lang: Lang, minutes: u32) -> String {
    let w = lang.day_words();
    let (h, m) = ((minutes / 60).to_string(), (minutes % 60).to_string());
    match (minutes / 60, minutes % 60) {
        (0, _) => fill(w.day_minutes, &[("m", &m)]),
        (_, 0) => fill(w.day_hours, &[("h", &h)]),
        _ => fill(w.day_hours_minutes, &[("h", &h), ("m", &m)]),
    }
}

/// One block's accessible name: "Sitting, 9:45 to 13:30 (3 h 45 min)".
pub fn block_name(lang: Lang, start_min: u32, block: &DayBlock) -> String {
    fill(
        lang.day_words().day_block_name,
        &[
            ("activity", activity_label(lang, block.activity)),
            ("from", &clock(start_min)),
            ("to", &clock(start_min + block.minutes)),
            ("duration", &duration_words(lang, block.minutes)),
        ],
    )
}

/// A tablespoon (mL), for picturing a volume.
const TABLESPOON_ML: f64 = 15.0;

/// The evening swelling in plain words.
pub fn evening_swelling_sentence(lang: Lang, outcome: &DayOutcome) -> String {
    let w = lang.day_words();
    let ml = outcome.evening_swelling_ml.max(0.0);
    let pct = 100.0 * ml / LOWER_LEG_VOLUME_ML;
    if ml < 5.0 {
        return w.day_evening_none.to_string();
    }
    let spoons = (ml / TABLESPOON_ML).round().max(1.0) as u32;
    fill(
        w.day_evening,
        &[
            ("ml", &lang.whole(ml)),
            ("spoons", &w.day_tablespoons.of(spoons)),
            ("percent", &lang.number(pct, 1)),
        ],
    )
}

/// "3 h 20 min with ankle pressure above 50 mmHg".
pub fn high_pressure_words(lang: Lang, hours: f64) -> String {
    let minutes = (hours * 60.0 / 5.0).round() as u32 * 5;
    if minutes == 0 {
        lang.day_words().day_no_time.to_string()
    } else {
        duration_words(lang, minutes)
    }
}

/// A change a reader could make to their day, computed, not canned.
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

/// A change "what would help" suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    HourlyWalks,
    Stockings,
    LieDownAtLunch,
}

impl Suggestion {
    /// The card's title: "A 5-minute walk every hour".
    pub fn title(&self, lang: Lang) -> &'static str {
        let w = lang.day_words();
        match self.change {
            Help::HourlyWalks => w.day_help_walks,
            Help::Stockings => w.day_help_stockings,
            Help::LieDownAtLunch => w.day_help_lunch,
        }
    }
}

/// Minutes a walk break lasts.
const WALK_BREAK_MIN: u32 = 5;
/// Feet up at lunch: lying for this long from 12:00.
const LUNCH_LIE_MIN: u32 = 20;
const LUNCH_MIN: u32 = 12 * 60 - DAY_STARTS_MIN;

/// The day with `minutes` of `activity` from `at_min`, taken out of
/// whatever was planned then (the day's length stays the same).
fn with_inserted(
    blocks: &[DayBlock],
    at_min: u32,
    minutes: u32,
    activity: Activity,
) -> Vec<DayBlock> {
    let mut out: Vec<DayBlock> = Vec::new();
    let push = |out: &mut Vec<DayBlock>, b: DayBlock| {
        if b.minutes == 0 {
            return;
        }
        match out.last_mut() {
            Some(last) if last.activity == b.activity => last.minutes += b.minutes,
            _ => out.push(b),
        }
    };
    let end = at_min + minutes;
    let mut start = 0;
    for b in blocks {
        let b_end = start + b.minutes;
        let before = at_min.clamp(start, b_end) - start;
        let after = b_end - end.clamp(start, b_end);
        push(
            &mut out,
            DayBlock {
                minutes: before,
                ..*b
            },
        );
        if (start..b_end).contains(&at_min) {
            push(&mut out, DayBlock { activity, minutes });
        }
        push(
            &mut out,
            DayBlock {
                minutes: after,
                ..*b
            },
        );
        start = b_end;
    }
    out
}

/// A 5-minute walk at the start of every hour spent sitting or standing.
fn hourly_walks(blocks: &[DayBlock]) -> Vec<DayBlock> {
    let total: u32 = blocks.iter().map(|b| b.minutes).sum();
    let mut day = blocks.to_vec();
    let mut hour = 60;
    while hour + WALK_BREAK_MIN <= total {
        let doing = activity_at(&day, hour);
        if matches!(doing, Some(Activity::Sitting | Activity::Standing)) {
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

fn activity_at(blocks: &[DayBlock], minute: u32) -> Option<Activity> {
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
        _ => {}
    }
    merged(day)
}

fn merged(day: Vec<DayBlock>) -> Vec<DayBlock> {
    let mut out: Vec<DayBlock> = Vec::with_capacity(day.len());
    for b in day {
        match out.last_mut() {
            Some(last) if last.activity == b.activity => last.minutes += b.minutes,
            _ => out.push(b),
        }
    }
    out
}

/// Two or three changes to `plan`, each run through the model and ordered
/// by how much evening swelling it saves (then high-pressure time). Changes
/// that do not apply (stockings already on, no time spent still) are left out.
pub fn suggestions(model: &mut DayModel, plan: &DayPlan, outcome: &DayOutcome) -> Vec<Suggestion> {
    let mut candidates: Vec<(Help, DayPlan)> = Vec::new();
    let walks = hourly_walks(&plan.blocks);
    if walks != plan.blocks {
        candidates.push((
            Help::HourlyWalks,
            DayPlan {
                blocks: walks,
                ..plan.clone()
            },
        ));
    }
    if plan.stockings.ankle_pressure_mmhg() < Stockings::Class20to30.ankle_pressure_mmhg() {
        candidates.push((
            Help::Stockings,
            DayPlan {
                stockings: Stockings::Class20to30,
                ..plan.clone()
            },
        ));
    }
    if plan.total_minutes() >= LUNCH_MIN + LUNCH_LIE_MIN
        && activity_at(&plan.blocks, LUNCH_MIN) != Some(Activity::Lying)
    {
        candidates.push((
            Help::LieDownAtLunch,
            DayPlan {
                blocks: with_inserted(&plan.blocks, LUNCH_MIN, LUNCH_LIE_MIN, Activity::Lying),
                ..plan.clone()
            },
        ));
    }
    let mut out: Vec<Suggestion> = candidates
        .into_iter()
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

/// What a suggestion does, in a sentence.
pub fn suggestion_effect(lang: Lang, s: &Suggestion) -> String {
    let w = lang.day_words();
    let ml = s.swelling_saved_ml.round();
    let swelling = if ml >= 1.0 {
        fill(w.day_less_swelling, &[("ml", &lang.whole(ml))])
    } else if ml <= -1.0 {
        fill(w.day_more_swelling, &[("ml", &lang.whole(-ml))])
    } else {
        w.day_same_swelling.to_string()
    };
    let saved_min = (s.high_hours_saved * 60.0 / 5.0).round() as i64 * 5;
    let pressure = if saved_min >= 5 {
        fill(
            w.day_less_high,
            &[("duration", &duration_words(lang, saved_min as u32))],
        )
    } else {
        w.day_same_high.to_string()
    };
    fill(
        w.day_effect,
        &[("swelling", &swelling), ("pressure", &pressure)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use calf_pump_model::LegCondition;

    #[test]
    fn the_day_in_the_link_round_trips() {
        for preset in PRESETS {
            let blocks = preset.blocks();
            assert_eq!(day_from_link(&day_to_link(&blocks)), Ok(blocks));
            assert_eq!(
                preset.blocks.iter().map(|b| b.1).sum::<u32>(),
                12 * 60,
                "{}",
                preset.name
            );
        }
        let plan = DayPlan {
            blocks: vec![DayBlock {
                activity: Activity::CyclingToes,
                minutes: 45,
            }],
            leg: LegCondition::DeepReflux,
            stockings: Stockings::Class20to30,
        };
        let url = day_url("https://c.example/", &plan, Lang::En);
        assert!(
            url.starts_with("https://c.example/day/?view=day&day=cycling-toes-45"),
            "{url}"
        );
        let (back, notice) = day_from_query(url.split_once('?').unwrap().1);
        assert_eq!(back, plan);
        assert_eq!(notice, None);
    }

    #[test]
    fn a_mangled_day_falls_back_to_a_preset_with_a_notice() {
        for bad in [
            "sitting-7",
            "tiptoe-10",
            "moonwalk-30",
            "sitting",
            "sitting-1445",
            "walking-5.",
            "sitting-720.standing-725",
        ] {
            assert!(day_from_link(bad).is_err(), "{bad}");
            let (plan, notice) = day_from_query(&format!("view=day&preset=long-flight&day={bad}"));
            assert_eq!(plan.blocks, PRESETS[3].blocks(), "{bad}");
            assert!(
                notice.unwrap().text(Lang::En).contains("Long flight"),
                "{bad}"
            );
        }
        let (plan, notice) = day_from_query("view=day");
        assert_eq!(plan.blocks, PRESETS[0].blocks());
        assert_eq!(notice, None);
    }

    #[test]
    fn inserting_keeps_the_days_length_and_merges_neighbours() {
        let day = vec![
            DayBlock {
                activity: Activity::Sitting,
                minutes: 120,
            },
            DayBlock {
                activity: Activity::Standing,
                minutes: 60,
            },
        ];
        let walked = hourly_walks(&day);
        assert_eq!(walked.iter().map(|b| b.minutes).sum::<u32>(), 180);
        assert_eq!(
            day_to_link(&walked),
            "sitting-55.walking-5.sitting-55.walking-5.standing-60"
        );
        let lunch = with_inserted(&day, 100, 40, Activity::Lying);
        assert_eq!(day_to_link(&lunch), "sitting-100.lying-40.standing-40");
    }

    #[test]
    fn edits_keep_the_day_valid() {
        let day = PRESETS[0].blocks();
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

    #[test]
    fn suggestions_are_computed_and_ordered_by_what_they_save() {
        let mut model = DayModel::new();
        let (plan, _) = day_from_query("view=day&preset=desk&leg=superficial-reflux");
        let outcome = model.run(&plan);
        let cards = suggestions(&mut model, &plan, &outcome);
        assert_eq!(cards.len(), 3);
        for pair in cards.windows(2) {
            assert!(pair[0].swelling_saved_ml >= pair[1].swelling_saved_ml);
        }
        assert!(cards.iter().all(|c| c.swelling_saved_ml > 0.0), "{cards:?}");
        for card in &cards {
            assert!(!suggestion_effect(Lang::En, card).contains("NaN"));
        }
        // Stockings already on: that card goes.
        let on = DayPlan {
            stockings: Stockings::Class20to30,
            ..plan
        };
        let outcome = model.run(&on);
        assert!(suggestions(&mut model, &on, &outcome)
            .iter()
            .all(|c| !c.title(Lang::En).contains("stockings")));
    }

    #[test]
    fn the_evening_is_told_in_plain_words() {
        let mut model = DayModel::new();
        for preset in PRESETS {
            let plan = DayPlan {
                blocks: preset.blocks(),
                leg: LegCondition::Healthy,
                stockings: Stockings::None,
            };
            let outcome = model.run(&plan);
            let sentence = evening_swelling_sentence(Lang::En, &outcome);
            assert!(!sentence.contains("NaN"), "{sentence}");
            println!(
                "{}: {:.1} mL by evening, {:.2} h above 50 mmHg — {sentence}",
                preset.name, outcome.evening_swelling_ml, outcome.high_pressure_hours
            );
        }
        assert_eq!(clock(0), "7:00");
        assert_eq!(clock(390), "13:30");
        assert_eq!(duration_words(Lang::En, 225), "3 h 45 min");
    }
}
