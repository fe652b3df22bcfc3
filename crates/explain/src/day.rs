//! What the day planner says: clock times and durations, each block's
//! name, the evening in plain words, and what each suggestion would do.

use crate::labels::{activity_label, preset_label};
use calf_pump_links::day::DayNotice;
use calf_pump_model::day::{
    DayBlock, DayOutcome, Help, Suggestion, DAY_STARTS_MIN, HIGH_ANKLE_PRESSURE_MMHG,
};
use calf_pump_words::{fill, Lang};

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
        (0, _) => fill(w.day_minutes(), &[("m", &m)]),
        (_, 0) => fill(w.day_hours(), &[("h", &h)]),
        _ => fill(w.day_hours_minutes(), &[("h", &h), ("m", &m)]),
    }
}

/// One block's accessible name: "Sitting, 9:45 to 13:30 (3 h 45 min)".
pub fn block_name(lang: Lang, start_min: u32, block: &DayBlock) -> String {
    fill(
        lang.day_words().day_block_name(),
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
    if ml < 5.0 {
        return w.day_evening_none().to_string();
    }
    let spoons = (ml / TABLESPOON_ML).round().max(1.0) as u32;
    fill(
        w.day_evening(),
        &[
            ("ml", &lang.whole(ml)),
            ("spoons", &w.day_tablespoons().of(spoons)),
        ],
    )
}

/// "3 h 20 min" of high ankle pressure, to the nearest 5 minutes.
pub fn high_pressure_words(lang: Lang, hours: f64) -> String {
    let minutes = (hours * 60.0 / 5.0).round() as u32 * 5;
    if minutes == 0 {
        lang.day_words().day_no_time().to_string()
    } else {
        duration_words(lang, minutes)
    }
}

/// The day chart for screen readers: "Chart: ankle pressure over your
/// day, 7:00 to 19:00, above 50 mmHg for 3 h 20 min."
pub fn day_chart_description(lang: Lang, outcome: &DayOutcome) -> String {
    let minutes = outcome.ankle_pressure_by_minute_mmhg.len() as u32;
    fill(
        lang.day_words().day_chart_description(),
        &[
            ("from", &clock(0)),
            ("to", &clock(minutes)),
            ("mmhg", &lang.whole(HIGH_ANKLE_PRESSURE_MMHG)),
            (
                "duration",
                &high_pressure_words(lang, outcome.high_pressure_hours),
            ),
        ],
    )
}

/// A suggestion card's title: "A 5-minute walk every hour".
pub fn suggestion_title(lang: Lang, s: &Suggestion) -> String {
    let w = lang.day_words();
    match s.change {
        Help::HourlyWalks => w.day_help_walks().to_string(),
        Help::AnklePumps => w.day_help_ankle_pumps().to_string(),
        Help::Stockings(class) => fill(
            w.day_help_stockings(),
            &[("class", &crate::labels::stockings_in_sentence(lang, class))],
        ),
        Help::FeetUp => w.day_help_feet_up().to_string(),
    }
}

/// Lines a suggestion card carries under its effect: stockings come with
/// who must not wear them and how to wear them.
pub fn suggestion_notes(lang: Lang, s: &Suggestion) -> Vec<&'static str> {
    let w = lang.words();
    match s.change {
        Help::Stockings(_) => vec![w.stockings_wear(), w.stockings_safety()],
        Help::HourlyWalks | Help::AnklePumps | Help::FeetUp => Vec::new(),
    }
}

/// What a suggestion does, in a sentence: the evening's numbers with the
/// change beside those without it, so the reader need not subtract.
pub fn suggestion_effect(lang: Lang, s: &Suggestion) -> String {
    let w = lang.day_words();
    let after_ml = s.outcome.evening_swelling_ml.round();
    let before_ml = (s.outcome.evening_swelling_ml + s.swelling_saved_ml).round();
    let swelling = if after_ml == before_ml {
        w.day_same_swelling().to_string()
    } else {
        fill(
            w.day_changed_swelling(),
            &[
                ("after", &lang.whole(after_ml)),
                ("before", &lang.whole(before_ml)),
            ],
        )
    };
    let to_5_min = |hours: f64| (hours * 60.0 / 5.0).round().max(0.0) as u32 * 5;
    let after_min = to_5_min(s.outcome.high_pressure_hours);
    let before_min = to_5_min(s.outcome.high_pressure_hours + s.high_hours_saved);
    // Unchanged, the time at high pressure goes unsaid: "no change" beside
    // a walk read as "walking does not help".
    if before_min <= after_min {
        return fill(w.day_effect_swelling(), &[("swelling", &swelling)]);
    }
    let pressure = fill(
        w.day_less_high(),
        &[
            ("after", &duration_words(lang, after_min)),
            ("before", &duration_words(lang, before_min)),
        ],
    );
    fill(
        w.day_effect(),
        &[("swelling", &swelling), ("pressure", &pressure)],
    )
}

/// What a planner link had that could not be used, in words.
pub fn day_notice(lang: Lang, notice: DayNotice) -> String {
    let w = lang.day_words();
    match notice {
        DayNotice::LegOrStockings => w.day_notice_leg().to_string(),
        DayNotice::Day(preset) => fill(
            w.day_notice_day(),
            &[("preset", preset_label(lang, preset))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calf_pump_model::day::{suggestions, DayModel, DayPlan, Preset};
    use calf_pump_model::{LegCondition, Stockings};

    #[test]
    fn the_evening_and_the_suggestions_are_told_in_plain_words() {
        let mut model = DayModel::new();
        for preset in Preset::ALL {
            let plan = DayPlan {
                blocks: preset.blocks(),
                leg: LegCondition::SuperficialReflux,
                stockings: Stockings::None,
            };
            let outcome = model.run(&plan);
            let sentence = evening_swelling_sentence(Lang::En, &outcome);
            assert!(!sentence.contains("NaN"), "{sentence}");
            for card in suggestions(&mut model, &plan, &outcome) {
                let effect = suggestion_effect(Lang::En, &card);
                assert!(effect.ends_with('.') && !effect.contains("NaN"), "{effect}");
            }
        }
        assert_eq!(clock(0), "7:00");
        assert_eq!(clock(390), "13:30");
        assert_eq!(duration_words(Lang::En, 225), "3 h 45 min");
        assert_eq!(high_pressure_words(Lang::En, 0.01), "no time");
        assert!(day_notice(Lang::En, DayNotice::Day(Preset::LongFlight)).contains("Long flight"));
    }
}
