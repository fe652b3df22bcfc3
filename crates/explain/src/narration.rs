//! What the live widget says to a patient: the main message, the headline
//! number beside a healthy leg's, readouts in plain language, the narration
//! of what is happening and why, the tiptoe test's reading and the "what
//! changed" sentence. The words are in the language's catalogue
//! (`crates/words/lang/*.toml`); this file chooses which message fits the
//! model's data and verdicts, so wording is tested natively.

use crate::labels::{activity_label, lower_first};
use crate::reference::{healthy_ankle_pressure_mmhg, healthy_venous_return_ml_min};
use crate::verdict::{
    Gravity, Judged, Leak, NoRefillTest, Pump, Refill, TiptoeResult, VersusHealthy, NORMAL_REFILL_S,
};
use calf_pump_model::{Activity, CountUnit, LegCondition, Posture, Stockings};
use calf_pump_session::{ActivityChange, Readings, TiptoeReading};
use calf_pump_words::{fill, Lang};

/// Shown whenever stockings are chosen or suggested: the standard advice on
/// every compression leaflet, in plain words (peripheral arterial disease,
/// diabetic neuropathy, fragile skin and heart failure are the usual
/// cautions; clinical reference, safety facts).
pub fn compression_safety(lang: Lang) -> (&'static str, &'static str) {
    let w = lang.words();
    (w.stockings_safety(), w.stockings_safety_short())
}

/// Why the stocking choice is greyed out while swimming.
pub fn stockings_off_for_swimming(lang: Lang) -> &'static str {
    lang.words().stockings_off_for_swimming()
}

/// The main message: one sentence on what the calf pump is doing for this
/// leg now, and why it matters.
pub fn main_message(lang: Lang, j: &Judged) -> &'static str {
    let w = lang.words();
    let v = &j.verdict;
    if let Some(test) = v.tiptoe {
        // The clinic tests a bare leg: a stocking flatters the result.
        if j.stockings_worn() != Stockings::None {
            return w.message_tiptoe_stockings();
        }
        return match test {
            TiptoeResult::Normal => w.message_tiptoe_normal(),
            TiptoeResult::WeakCalf => w.message_tiptoe_weak(),
            TiptoeResult::FastRefill => w.message_tiptoe_fast(),
        };
    }
    match v.gravity {
        Gravity::Level => w.message_level(),
        Gravity::Drains => w.message_feet_up(),
        Gravity::Pulls => upright_message(lang, j),
    }
}

/// The main message for a leg hanging below the heart. "As low as a
/// healthy leg's" only where it is (within [`crate::verdict::SAME_AS_HEALTHY_MMHG`]); above
/// it, what keeps it higher.
fn upright_message(lang: Lang, j: &Judged) -> &'static str {
    let w = lang.words();
    let stockings_on = j.stockings_worn() != Stockings::None;
    let weak = j.leg == LegCondition::WeakCalf;
    let higher = j.versus_healthy() == VersusHealthy::Higher;
    match j.verdict.pump {
        Pump::Resting => w.message_still(),
        Pump::Works | Pump::Partly if higher && weak => w.message_partly_weak(),
        Pump::Works | Pump::Partly if higher && stockings_on => w.message_partly_leak_stockings(),
        Pump::Works | Pump::Partly if higher => w.message_partly_leak(),
        Pump::Works | Pump::Partly if is_leaky(j.leg) && stockings_on => {
            w.message_works_stockings()
        }
        Pump::Works | Pump::Partly => w.message_works(),
        Pump::Barely if j.activity == Activity::CyclingFlat => w.message_barely_flat_feet(),
        Pump::Barely if weak => w.message_barely_weak(),
        Pump::Barely if is_leaky(j.leg) => w.message_barely_leak(),
        Pump::Barely => w.message_barely_flat_feet(),
    }
}

fn is_leaky(leg: LegCondition) -> bool {
    match leg {
        LegCondition::SuperficialReflux | LegCondition::DeepReflux => true,
        LegCondition::Healthy | LegCondition::WeakCalf => false,
    }
}

/// The live number and, under it, what to judge it by: "45 mmHg", then
/// "a healthy leg: 24 mmHg". A healthy leg is set against itself standing
/// still instead; a still upright leg against nothing (the message says why
/// it is high).
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// "45 mmHg".
    pub now: String,
    /// "a healthy leg: 24 mmHg", if there is something to set it against.
    pub beside: Option<String>,
}

impl Headline {
    /// The whole headline as one line: "45 mmHg — a healthy leg: 24 mmHg".
    pub fn text(&self) -> String {
        match &self.beside {
            Some(beside) => format!("{} — {beside}", self.now),
            None => self.now.clone(),
        }
    }
}

/// The [`Headline`] for the live reading `now_mmhg` of the judged leg.
pub fn ankle_headline(lang: Lang, now_mmhg: f64, j: Option<&Judged>) -> Headline {
    let w = lang.words();
    let now = fill(
        w.pressure_alone(),
        &[("mmhg", &lang.whole(now_mmhg.max(0.0)))],
    );
    let beside = j.and_then(|j| beside_number(lang, j));
    Headline { now, beside }
}

/// What the live number is set against, for [`ankle_headline`].
fn beside_number(lang: Lang, j: &Judged) -> Option<String> {
    let w = lang.words();
    if j.leg == LegCondition::Healthy && j.stockings_worn() == Stockings::None {
        // Beside the same leg held still in the same posture; lying down
        // there is nothing for the calf to lower.
        let still = match j.activity.drive().posture {
            Posture::Standing => w.pressure_with_standing(),
            Posture::Sitting => w.pressure_with_sitting(),
            Posture::Cycling => w.pressure_with_saddle(),
            Posture::Horizontal | Posture::FeetUp => return None,
        };
        return match j.verdict.pump {
            Pump::Works | Pump::Partly | Pump::Barely => {
                Some(fill(still, &[("still", &lang.whole(j.summary.still_mmhg))]))
            }
            Pump::Resting => None,
        };
    }
    Some(match j.versus_healthy() {
        VersusHealthy::Same => w.pressure_same_as_healthy().to_string(),
        // The tiptoe test's number falls only once the raises begin: its
        // healthy figure is the low after them, and says so.
        VersusHealthy::Lower | VersusHealthy::Higher => fill(
            if j.activity == Activity::Tiptoe {
                w.pressure_with_healthy_raises()
            } else {
                w.pressure_with_healthy()
            },
            &[("healthy", &lang.whole(j.healthy.avp_active_mmhg.max(0.0)))],
        ),
    })
}

/// The refill time as the clinic would report it, only where it is a valid
/// test (see [`Refill`]).
pub fn refill_phrase(lang: Lang, refill: &Refill) -> String {
    let w = lang.words();
    let timed = |template: &str, seconds: f64| {
        fill(
            template,
            &[
                ("seconds", &lang.whole(seconds)),
                ("normal", &lang.whole(NORMAL_REFILL_S)),
            ],
        )
    };
    match *refill {
        Refill::Normal {
            seconds,
            leak: Leak::NotLeaking,
        } => timed(w.refill_normal(), seconds),
        Refill::Normal {
            seconds,
            leak: Leak::Leaking,
        } => timed(w.refill_normal_leaking(), seconds),
        Refill::Fast {
            seconds,
            leak: Leak::Leaking,
        } => timed(w.refill_fast_leaking(), seconds),
        Refill::Fast {
            seconds,
            leak: Leak::NotLeaking,
        } => timed(w.refill_fast_not_leaking(), seconds),
        Refill::NotATest(NoRefillTest::Posture) => w.refill_not_posture().into(),
        Refill::NotATest(NoRefillTest::CalfResting) => w.refill_not_calf_resting().into(),
        Refill::NotATest(NoRefillTest::NotUprightPumping) => w.refill_not_upright_pumping().into(),
        Refill::NotATest(NoRefillTest::NoFall) => w.refill_not_fall().into(),
    }
}

/// What the ankle-pressure number is and which way is good, with a healthy
/// leg's range for this activity (from `reference.rs`).
pub fn ankle_pressure_help(lang: Lang, activity: Activity) -> String {
    let (lo, hi) = healthy_ankle_pressure_mmhg(activity);
    fill(
        lang.words().pressure_help(),
        &[
            ("activity", &lower_first(activity_label(lang, activity))),
            ("low", &lang.whole(lo)),
            ("high", &lang.whole(hi)),
        ],
    )
}

/// [`ankle_pressure_help`] in a few words, for the compact embedded layout.
pub fn ankle_pressure_help_short(lang: Lang, activity: Activity) -> String {
    let (lo, hi) = healthy_ankle_pressure_mmhg(activity);
    fill(
        lang.words().pressure_help_short(),
        &[("low", &lang.whole(lo)), ("high", &lang.whole(hi))],
    )
}

/// What the flow number is and which way is good.
pub fn venous_return_help(lang: Lang, activity: Activity) -> String {
    let (lo, hi) = healthy_venous_return_ml_min(activity);
    fill(
        lang.words().flow_help(),
        &[
            ("activity", &lower_first(activity_label(lang, activity))),
            ("low", &lang.whole(lo)),
            ("high", &lang.whole(hi)),
        ],
    )
}

/// What the refill time is and which way is good.
pub fn refill_help(lang: Lang) -> &'static str {
    lang.words().refill_help()
}

/// Below this net rate, swelling builds "slowly" (mL/min). Fitted: between a
/// leg with leaky surface veins walking (about 0.2 mL/min, a quarter of
/// standing's) and a healthy leg sitting (about 0.8), so walking on leaky
/// veins does not read like standing on them.
pub const SWELLING_SLOW_ML_MIN: f64 = 0.5;

/// "Swelling building", "building slowly", "easing" or "steady", from the
/// net tissue-fluid rate over whole calf cycles.
pub fn swelling_phrase(lang: Lang, rate_ml_min: f64, swelling_ml: f64) -> &'static str {
    let w = lang.words();
    if rate_ml_min > SWELLING_SLOW_ML_MIN {
        w.swelling_building()
    } else if rate_ml_min > 0.05 {
        w.swelling_building_slowly()
    } else if rate_ml_min < -0.05 && swelling_ml > 0.1 {
        w.swelling_easing()
    } else if swelling_ml > 1.0 {
        w.swelling_steady()
    } else {
        w.swelling_none()
    }
}

/// The tiptoe test's result as it unfolds, in the clinician's terms. The
/// fall is the average of the last three raises (the protocol's window,
/// shaded on the chart); `leak` is the model's verdict for this leg.
pub fn tiptoe_phrase(lang: Lang, t: &TiptoeReading, now_s: f64, leak: Option<Leak>) -> String {
    let w = lang.words();
    let Some(active) = t.active_mmhg else {
        return w.tiptoe_starting().to_string();
    };
    let fall = t.fall_pct().unwrap_or(0.0);
    let measured = fill(
        w.tiptoe_measured(),
        &[
            ("rest", &lang.whole(t.rest_mmhg)),
            ("active", &lang.whole(active)),
            ("percent", &lang.whole(fall)),
        ],
    );
    let then = match t.refill_time_s() {
        Some(seconds) if seconds < NORMAL_REFILL_S && leak.is_none() => {
            fill(w.refill_only(), &[("seconds", &lang.whole(seconds))])
        }
        Some(seconds) => refill_phrase(lang, &Refill::timed(seconds, leak)),
        None if t.gave_up(now_s) => w.tiptoe_gave_up().to_string(),
        None => w.tiptoe_timing().to_string(),
    };
    format!("{measured} {then}")
}

/// What is happening in this activity, before the model's verdict is in.
pub fn mechanism(lang: Lang, activity: Activity) -> &'static str {
    let w = lang.words();
    match activity {
        Activity::Standing => w.mechanism_standing(),
        Activity::Sitting => w.mechanism_sitting(),
        Activity::Lying => w.mechanism_lying(),
        Activity::Walking => w.mechanism_walking(),
        Activity::AnklePumps => w.mechanism_ankle_pumps(),
        Activity::FeetUp => w.mechanism_feet_up(),
        Activity::Running => w.mechanism_running(),
        Activity::Hiking | Activity::Stairs => w.mechanism_stepping_up(),
        Activity::CyclingToes => w.mechanism_cycling_toes(),
        Activity::CyclingFlat => w.mechanism_cycling_flat(),
        Activity::Swimming => w.mechanism_swimming(),
        Activity::Tiptoe => w.mechanism_tiptoe(),
    }
}

/// One to three sentences on what is happening and why: the activity's
/// mechanism, then what the model shows for this leg. Every judging word
/// comes from the verdict.
pub fn narration(lang: Lang, j: &Judged) -> String {
    format!(
        "{}{}",
        mechanism(lang, j.activity),
        verdict_sentence(lang, j)
    )
}

/// What the model shows for this leg, after the activity's mechanism.
fn verdict_sentence(lang: Lang, j: &Judged) -> &'static str {
    let w = lang.words();
    let v = &j.verdict;
    let stockings_on = j.stockings_worn() != Stockings::None;
    match v.leak {
        Leak::Leaking if stockings_on => w.verdict_leaking_stockings(),
        Leak::Leaking if j.leg == LegCondition::DeepReflux && v.pump == Pump::Barely => {
            w.verdict_barely_deep()
        }
        Leak::Leaking => match j.versus_healthy() {
            VersusHealthy::Higher => w.verdict_leaking(),
            VersusHealthy::Same | VersusHealthy::Lower => w.verdict_leaking_near_healthy(),
        },
        Leak::NotLeaking => not_leaking_sentence(lang, j, stockings_on),
    }
}

/// What the model shows for a leg whose valves let nothing back now.
fn not_leaking_sentence(lang: Lang, j: &Judged, stockings_on: bool) -> &'static str {
    let w = lang.words();
    let v = &j.verdict;
    let moving = j.activity.drive().rhythm.is_some();
    match j.leg {
        LegCondition::SuperficialReflux | LegCondition::DeepReflux
            if v.gravity != Gravity::Pulls =>
        {
            w.verdict_level_rest()
        }
        LegCondition::SuperficialReflux | LegCondition::DeepReflux if stockings_on && moving => {
            w.verdict_stockings_help()
        }
        LegCondition::SuperficialReflux | LegCondition::DeepReflux if stockings_on => {
            w.verdict_stockings_less_pooling()
        }
        LegCondition::SuperficialReflux => w.verdict_long_hours_surface(),
        LegCondition::DeepReflux => w.verdict_long_hours_deep(),
        LegCondition::WeakCalf if v.pump == Pump::Resting => w.verdict_weak_calf_at_rest(),
        LegCondition::WeakCalf => match j.versus_healthy() {
            VersusHealthy::Higher => w.verdict_weak_calf_high(),
            VersusHealthy::Same | VersusHealthy::Lower => w.verdict_weak_calf_still_empties(),
        },
        LegCondition::Healthy if stockings_on => w.verdict_healthy_stockings(),
        LegCondition::Healthy => "",
    }
}

/// A chart as a sentence for screen readers: its window, range and latest
/// value, each rounded to `step` so the sentence changes only when the
/// curve does.
fn chart_summary(
    lang: Lang,
    template: &str,
    window_s: f64,
    (lo, hi): (f64, f64),
    now: f64,
    step: f64,
) -> String {
    let rounded = |x: f64| lang.whole((x.max(0.0) / step).round() * step);
    fill(
        template,
        &[
            ("seconds", &lang.whole(window_s)),
            ("low", &rounded(lo)),
            ("high", &rounded(hi)),
            ("now", &rounded(now)),
        ],
    )
}

/// The ankle-pressure chart as a sentence, in whole mmHg: the same number
/// the headline shows.
pub fn pressure_chart_summary(lang: Lang, r: &Readings) -> String {
    let template = lang.words().chart_pressure_summary();
    let (lo, hi) = r.window_pressure_mmhg;
    chart_summary(
        lang,
        template,
        r.window_s,
        (lo, hi),
        r.ankle_pressure_mmhg,
        1.0,
    )
}

/// The flow chart as a sentence, in 50 mL/min steps.
pub fn flow_chart_summary(lang: Lang, r: &Readings) -> String {
    let template = lang.words().chart_flow_summary();
    let (lo, hi) = r.window_flow_ml_min;
    chart_summary(
        lang,
        template,
        r.window_s,
        (lo, hi),
        r.venous_return_ml_min,
        50.0,
    )
}

/// "8 steps": a count of this activity's unit, in the language's plural.
fn counted(lang: Lang, unit: CountUnit, count: u32) -> String {
    let w = lang.words();
    match unit {
        CountUnit::Step => w.count_step(),
        CountUnit::PedalStroke => w.count_pedal_stroke(),
        CountUnit::Kick => w.count_kick(),
        CountUnit::Raise => w.count_raise(),
        CountUnit::AnklePump => w.count_ankle_pump(),
        CountUnit::Second => w.count_second(),
    }
    .of(count)
}

/// "Walking lowered your ankle pressure from 88 to 26 mmHg in 8 steps."
pub fn change_sentence(lang: Lang, change: &ActivityChange) -> String {
    let w = lang.words();
    let (b, a) = (
        change.before_mmhg.max(0.0).round(),
        change.after_mmhg.max(0.0).round(),
    );
    let label = activity_label(lang, change.activity);
    if (b - a).abs() < 2.0 {
        return fill(
            w.change_stayed(),
            &[("activity", label), ("mmhg", &lang.whole(a))],
        );
    }
    fill(
        if a < b {
            w.change_lowered()
        } else {
            w.change_raised()
        },
        &[
            ("activity", label),
            ("before", &lang.whole(b)),
            ("after", &lang.whole(a)),
            (
                "counted",
                &counted(lang, change.activity.unit(), change.count),
            ),
        ],
    )
}

/// What the widget says this moment: the main message, the headline beside
/// the live number, and the narration; all of the settled leg the verdicts
/// describe, or, while the live reading is still on its way there after a
/// change, plainly that the leg is settling.
#[derive(Clone, Debug, PartialEq)]
pub struct Spoken {
    pub message: &'static str,
    pub headline: Headline,
    pub narration: String,
    /// True when the live reading and the verdicts describe the same leg.
    pub settled: bool,
}

/// [`Spoken`] for `activity` with the live readout at `now_mmhg` and the
/// model's judgement of the scenario, once it is computed. The tiptoe test
/// is never "settling": its reading unfolds on purpose.
pub fn spoken(lang: Lang, activity: Activity, j: Option<&Judged>, now_mmhg: f64) -> Spoken {
    let settled = j.filter(|j| j.activity == Activity::Tiptoe || j.settled_at(now_mmhg));
    match settled {
        Some(j) => Spoken {
            message: main_message(lang, j),
            headline: ankle_headline(lang, now_mmhg, Some(j)),
            narration: narration(lang, j),
            settled: true,
        },
        None => Spoken {
            message: lang.words().message_settling(),
            headline: ankle_headline(lang, now_mmhg, None),
            narration: mechanism(lang, activity).to_string(),
            settled: false,
        },
    }
}

/// One line under the chart: what to tap and what to watch, for the
/// activity on screen, with this leg's numbers once it has settled.
pub fn how_to_use_chart(lang: Lang, activity: Activity, j: Option<&Judged>) -> String {
    let w = lang.words();
    let label = |a: Activity| activity_label(lang, a);
    match activity {
        Activity::Standing => fill(
            w.how_to_from_still(),
            &[("mover", label(Activity::Walking))],
        ),
        Activity::Sitting => fill(
            w.how_to_from_still(),
            &[("mover", label(Activity::AnklePumps))],
        ),
        Activity::Lying | Activity::FeetUp | Activity::Swimming => {
            fill(w.how_to_level(), &[("upright", label(Activity::Standing))])
        }
        Activity::Tiptoe => w.how_to_tiptoe().to_string(),
        Activity::CyclingFlat => fill(w.how_to_flat(), &[("toes", label(Activity::CyclingToes))]),
        Activity::CyclingToes => fill(w.how_to_toes(), &[("flat", label(Activity::CyclingFlat))]),
        Activity::AnklePumps
        | Activity::Walking
        | Activity::Running
        | Activity::Hiking
        | Activity::Stairs => {
            let Some(j) = j.filter(|j| j.activity == activity && j.verdict.pump != Pump::Resting)
            else {
                return w.how_to_settling().to_string();
            };
            // The same leg held still in the same posture: what the summary's
            // "still" pressure is.
            let still = if activity == Activity::AnklePumps {
                Activity::Sitting
            } else {
                Activity::Standing
            };
            // With stockings on, the drop is not the calf's alone.
            let template = if j.verdict.pump == Pump::Barely {
                w.how_to_barely()
            } else if j.stockings_worn() != Stockings::None {
                w.how_to_moving_stockings()
            } else {
                w.how_to_moving()
            };
            fill(
                template,
                &[
                    ("still", label(still)),
                    ("activity", label(activity)),
                    ("still_mmhg", &lang.whole(j.summary.still_mmhg)),
                    ("mmhg", &lang.whole(j.summary.avp_active_mmhg.max(0.0))),
                ],
            )
        }
    }
}

/// The lesson in three points.
pub fn summary_points(lang: Lang) -> [&'static str; 3] {
    let w = lang.words();
    [w.summary_pump(), w.summary_valves(), w.summary_still()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_stockings_on_the_drop_is_not_credited_to_the_calf_alone() {
        let dressed = Judged::of(
            Activity::Stairs,
            LegCondition::DeepReflux,
            Stockings::Class20to30,
        );
        let text = how_to_use_chart(Lang::En, Activity::Stairs, Some(&dressed));
        assert!(text.contains("the stockings do this together"), "{text}");
        let bare = Judged::of(
            Activity::Walking,
            LegCondition::SuperficialReflux,
            Stockings::None,
        );
        let text = how_to_use_chart(Lang::En, Activity::Walking, Some(&bare));
        assert!(
            text.ends_with("That drop is your calf pump at work."),
            "{text}"
        );
    }

    #[test]
    fn the_headline_sets_a_leaky_leg_against_a_healthy_one() {
        let leaky = Judged::of(
            Activity::Walking,
            LegCondition::SuperficialReflux,
            Stockings::None,
        );
        let text = ankle_headline(Lang::En, 47.2, Some(&leaky)).text();
        let healthy = leaky.healthy.avp_active_mmhg;
        assert_eq!(
            text,
            format!(
                "47 mmHg — a healthy leg: {}\u{a0}mmHg",
                Lang::En.whole(healthy)
            )
        );
        let healthy_leg = Judged::of(Activity::Walking, LegCondition::Healthy, Stockings::None);
        assert!(ankle_headline(Lang::En, 24.0, Some(&healthy_leg))
            .text()
            .contains("standing still: 88 mmHg"));
        assert_eq!(ankle_headline(Lang::En, -1.7, None).text(), "0 mmHg");
    }

    #[test]
    fn a_healthy_leg_is_set_against_itself_still_in_the_same_posture() {
        let beside = |activity| {
            let j = Judged::of(activity, LegCondition::Healthy, Stockings::None);
            ankle_headline(Lang::En, j.summary.avp_active_mmhg, Some(&j)).beside
        };
        assert!(beside(Activity::CyclingToes)
            .unwrap()
            .starts_with("on the saddle, still:"));
        assert!(beside(Activity::AnklePumps)
            .unwrap()
            .starts_with("sitting still:"));
        assert!(beside(Activity::Stairs)
            .unwrap()
            .starts_with("standing still:"));
        assert_eq!(beside(Activity::Swimming), None);
    }

    #[test]
    fn the_change_sentence_counts_steps() {
        let change = |activity, before_mmhg, after_mmhg, count| ActivityChange {
            activity,
            before_mmhg,
            after_mmhg,
            count,
        };
        assert_eq!(
            change_sentence(Lang::En, &change(Activity::Walking, 88.2, 26.4, 8)),
            "Walking lowered your ankle pressure from 88 to 26 mmHg in 8 steps."
        );
        assert_eq!(
            change_sentence(Lang::En, &change(Activity::Standing, 30.0, 85.0, 25)),
            "Standing still raised your ankle pressure from 30 to 85 mmHg in 25 seconds."
        );
        assert_eq!(
            change_sentence(Lang::En, &change(Activity::Tiptoe, 88.0, 30.0, 1)),
            "The clinic's tiptoe test lowered your ankle pressure from 88 to 30 mmHg in 1 raise."
        );
        assert_eq!(
            change_sentence(Lang::En, &change(Activity::AnklePumps, 60.0, 16.0, 9)),
            "Ankle pumps lowered your ankle pressure from 60 to 16 mmHg in 9 ankle pumps."
        );
        assert_eq!(
            change_sentence(Lang::En, &change(Activity::Lying, 10.0, 10.4, 3)),
            "Lying down: your ankle pressure stayed near 10 mmHg."
        );
    }
}
