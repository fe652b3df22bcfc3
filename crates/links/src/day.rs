//! The day planner's link. A day rides in the link as
//! `day=sitting-240.walking-15.…` (activity names from the scenario
//! contract, minutes after the dash, blocks joined by dots), beside the
//! usual `leg` and `stockings` keys; `preset=desk` starts from a preset
//! instead; `view=day` opens the planner.

use crate::names::LinkName;
use crate::scenario::{query_pairs, Scenario};
use calf_pump_model::day::{
    DayBlock, DayPlan, Preset, DAY_ACTIVITIES, DAY_MIN, MAX_BLOCKS, MIN_BLOCK_MIN,
};
use calf_pump_model::Activity;
use calf_pump_words::Lang;

/// The query key holding the day.
pub const DAY_KEY: &str = "day";
/// The query key and value that open the planner.
pub const VIEW_KEY: &str = "view";
pub const VIEW_DAY: &str = "day";

/// The planner's page, relative to the site root.
pub const DAY_PATH: &str = "day/";

/// The day as the link writes it: `sitting-240.walking-15`.
pub fn day_to_link(blocks: &[DayBlock]) -> String {
    blocks
        .iter()
        .map(|b| format!("{}-{}", b.activity.link_name(), b.minutes))
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

/// One block, `walking-15`, strictly.
fn block_from_link(part: &str) -> Result<DayBlock, DayLinkError> {
    let (name, minutes) = part
        .rsplit_once('-')
        .ok_or_else(|| DayLinkError::Block(part.to_string()))?;
    let activity = Activity::from_link_name(name)
        .filter(|a| DAY_ACTIVITIES.contains(a))
        .ok_or_else(|| DayLinkError::Block(part.to_string()))?;
    let minutes: u32 = minutes
        .parse()
        .ok()
        .filter(|m| *m >= MIN_BLOCK_MIN && m % MIN_BLOCK_MIN == 0 && *m <= DAY_MIN)
        .ok_or_else(|| DayLinkError::Minutes(part.to_string()))?;
    Ok(DayBlock { activity, minutes })
}

/// Reads a day from its link form, strictly: any fault refuses the whole day.
pub fn day_from_link(text: &str) -> Result<Vec<DayBlock>, DayLinkError> {
    if text.trim().is_empty() {
        return Err(DayLinkError::Empty);
    }
    let mut blocks = Vec::new();
    for part in text.split('.') {
        blocks.push(block_from_link(part)?);
        if blocks.len() > MAX_BLOCKS {
            return Err(DayLinkError::TooManyBlocks);
        }
    }
    if blocks.iter().map(|b| b.minutes).sum::<u32>() > DAY_MIN {
        return Err(DayLinkError::TooLong);
    }
    Ok(blocks)
}

/// What a planner link had that could not be used (worded by the
/// explain crate's day sentences).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayNotice {
    /// The leg or stockings fell back to their defaults.
    LegOrStockings,
    /// The day could not be read: this preset instead.
    Day(Preset),
}

/// The planner's state from a link: the day (the link's, else the named
/// preset, else the desk day), the leg and stockings, and what in the link
/// could not be used, if anything.
pub fn day_from_query(query: &str) -> (DayPlan, Option<DayNotice>) {
    let (scenario, problems) = Scenario::from_query_lenient(query);
    let mut notice = (!problems.is_empty()).then_some(DayNotice::LegOrStockings);
    let mut preset = None;
    let mut day = None;
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            DAY_KEY => day = Some(value),
            Preset::KEY => preset = Preset::from_link_name(&value),
            _ => {}
        }
    }
    let fallback = preset.unwrap_or(Preset::Desk);
    let blocks = match day.map(|d| day_from_link(&d)) {
        Some(Ok(blocks)) => blocks,
        Some(Err(_)) => {
            notice = Some(DayNotice::Day(fallback));
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
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair(VIEW_KEY, VIEW_DAY);
    let leg_and_stockings = Scenario {
        activity: Scenario::default().activity,
        ..*scenario
    };
    for (key, value) in query_pairs(&leg_and_stockings.to_link_query()) {
        out.append_pair(&key, &value);
    }
    if lang != Lang::default() {
        out.append_pair("lang", lang.code());
    }
    format!("{site}{DAY_PATH}?{}", out.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use calf_pump_model::{LegCondition, Stockings};

    #[test]
    fn the_day_in_the_link_round_trips() {
        for preset in Preset::ALL {
            let blocks = preset.blocks();
            assert_eq!(day_from_link(&day_to_link(&blocks)), Ok(blocks));
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
            assert_eq!(plan.blocks, Preset::LongFlight.blocks(), "{bad}");
            assert_eq!(notice, Some(DayNotice::Day(Preset::LongFlight)), "{bad}");
        }
        let (plan, notice) = day_from_query("view=day");
        assert_eq!(plan.blocks, Preset::Desk.blocks());
        assert_eq!(notice, None);
        let (_, notice) = day_from_query("view=day&leg=leaky");
        assert_eq!(notice, Some(DayNotice::LegOrStockings));
    }

    #[test]
    fn the_planner_link_keeps_the_leg_and_the_language() {
        let scenario = Scenario::from_query("activity=stairs&leg=deep-reflux").unwrap();
        assert_eq!(
            planner_url("/", &scenario, Lang::Es),
            "/day/?view=day&leg=deep-reflux&lang=es"
        );
        assert_eq!(
            planner_url("/", &Scenario::default(), Lang::En),
            "/day/?view=day"
        );
        assert!(wants_planner("a=1&view=day"));
    }
}
