//! What the live widget says to a patient: readouts in plain language, the
//! narration of what is happening and why, the tiptoe test's reading and
//! the "what changed" sentence. The words are in the language's catalogue
//! (`crates/words/lang/*.toml`); this file chooses which message fits the
//! model's data and verdicts, so wording is tested natively.

use crate::labels::{activity_label, lower_first};
use crate::reference::{healthy_ankle_pressure_mmhg, healthy_venous_return_ml_min};
use crate::verdict::{
    change_from_standing_pct, Leak, Lowered, NoRefillTest, PressureLevel, Refill, Verdict,
    NORMAL_REFILL_S, SAME_AS_STANDING_PCT,
};
use calf_pump_model::{Activity, CountUnit, LegCondition, Posture, Stockings};
use calf_pump_session::{ActivityChange, Readings, TiptoeReading};
use calf_pump_words::{fill, Lang};

/// Shown whenever stockings are chosen: the standard advice on every
/// compression leaflet, in plain words (peripheral arterial disease,
/// diabetic neuropathy and heart failure are the usual cautions).
pub fn compression_safety(lang: Lang) -> &'static str {
    lang.words().stockings_safety()
}

/// Why the stocking choice is greyed out while swimming.
pub fn stockings_off_for_swimming(lang: Lang) -> &'static str {
    lang.words().stockings_off_for_swimming()
}

/// "68 % lower than standing still": the ankle pressure against this leg's
/// standing pressure (None when there is nothing to compare with). Within
/// [`SAME_AS_STANDING_PCT`] it is "about the same".
pub fn ankle_pressure_comparison(lang: Lang, now_mmhg: f64, standing_mmhg: f64) -> Option<String> {
    if standing_mmhg <= 0.0 || !now_mmhg.is_finite() || !standing_mmhg.is_finite() {
        return None;
    }
    let w = lang.words();
    let change = change_from_standing_pct(now_mmhg, standing_mmhg);
    Some(if change.abs() < SAME_AS_STANDING_PCT {
        w.pressure_about_same().to_string()
    } else if change > 0.0 {
        fill(w.pressure_lower(), &[("percent", &lang.whole(change))])
    } else {
        fill(w.pressure_higher(), &[("percent", &lang.whole(-change))])
    })
}

/// "28 mmHg — 68 % lower than standing still", for the ankle-pressure readout.
pub fn ankle_pressure_phrase(lang: Lang, now_mmhg: f64, standing_mmhg: f64) -> String {
    let w = lang.words();
    let now = lang.whole(now_mmhg);
    match ankle_pressure_comparison(lang, now_mmhg, standing_mmhg) {
        Some(c) => fill(
            w.pressure_with_comparison(),
            &[("mmhg", &now), ("comparison", &c)],
        ),
        None => fill(w.pressure_alone(), &[("mmhg", &now)]),
    }
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
        Refill::Normal { seconds } => timed(w.refill_normal(), seconds),
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

/// "Swelling building", "easing" or "steady", from the net tissue-fluid rate.
pub fn swelling_phrase(lang: Lang, rate_ml_min: f64, swelling_ml: f64) -> &'static str {
    let w = lang.words();
    if rate_ml_min > 0.05 {
        w.swelling_building()
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
        Some(seconds) if seconds >= NORMAL_REFILL_S => {
            refill_phrase(lang, &Refill::Normal { seconds })
        }
        Some(seconds) => match leak {
            Some(leak) => refill_phrase(lang, &Refill::Fast { seconds, leak }),
            None => fill(w.refill_only(), &[("seconds", &lang.whole(seconds))]),
        },
        None if t.gave_up(now_s) => w.tiptoe_gave_up().to_string(),
        None => w.tiptoe_timing().to_string(),
    };
    format!("{measured} {then}")
}

/// One to three sentences on what is happening and why: the activity's
/// mechanism at once, then what the model shows for this leg (`verdict`,
/// once computed). Every judging word comes from the verdict.
pub fn narration(
    lang: Lang,
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
    verdict: Option<&Verdict>,
) -> String {
    let w = lang.words();
    let mut text = String::from(match activity {
        Activity::Standing => w.mechanism_standing(),
        Activity::Sitting => w.mechanism_sitting(),
        Activity::Lying => w.mechanism_lying(),
        Activity::Walking => w.mechanism_walking(),
        Activity::Running => w.mechanism_running(),
        Activity::Hiking | Activity::Stairs => w.mechanism_stepping_up(),
        Activity::CyclingToes => w.mechanism_cycling_toes(),
        Activity::CyclingFlat => w.mechanism_cycling_flat(),
        Activity::Swimming => w.mechanism_swimming(),
        Activity::Tiptoe => w.mechanism_tiptoe(),
    });
    if let Some(v) = verdict {
        text.push_str(verdict_sentence(lang, activity, leg, stockings, v));
    }
    text
}

/// What the model shows for this leg, after the activity's mechanism.
fn verdict_sentence(
    lang: Lang,
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
    v: &Verdict,
) -> &'static str {
    let w = lang.words();
    // A swimmer's stockings are off (the model's rule).
    let stockings_on = stockings.worn_during(activity) != Stockings::None;
    let resting = activity.drive().rhythm.is_none();
    let leaky = matches!(
        leg,
        LegCondition::SuperficialReflux | LegCondition::DeepReflux
    );
    let weak_calf = leg == LegCondition::WeakCalf;
    let high = matches!(
        v.pressure,
        PressureLevel::High | PressureLevel::AboveHealthy
    );
    match (v.leak, leaky) {
        (Leak::Leaking, _) if high && stockings_on => w.verdict_leaking_high_stockings(),
        (Leak::Leaking, _) if high => w.verdict_leaking_high(),
        (Leak::Leaking, _) => w.verdict_leaking_near_healthy(),
        (Leak::NotLeaking, true) if stockings_on && !resting && v.lowered == Lowered::ByCalf => {
            w.verdict_stockings_close_valves()
        }
        (Leak::NotLeaking, true) if stockings_on => w.verdict_stockings_less_pooling(),
        (Leak::NotLeaking, true)
            if v.lowered == Lowered::ByPosture
                && activity.drive().posture == Posture::Horizontal =>
        {
            w.verdict_level_rest()
        }
        (Leak::NotLeaking, true) if leg == LegCondition::SuperficialReflux => {
            w.verdict_long_hours_surface()
        }
        (Leak::NotLeaking, true) => w.verdict_long_hours_deep(),
        (Leak::NotLeaking, false) if weak_calf && high => w.verdict_weak_calf_high(),
        (Leak::NotLeaking, false)
            if weak_calf
                && v.pressure == PressureLevel::LikeHealthy
                && v.lowered == Lowered::ByCalf =>
        {
            w.verdict_weak_calf_still_empties()
        }
        (Leak::NotLeaking, false) if weak_calf => w.verdict_weak_calf_at_rest(),
        (Leak::NotLeaking, false) if stockings_on => w.verdict_healthy_stockings(),
        (Leak::NotLeaking, false) => "",
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
    let rounded = |x: f64| lang.whole((x / step).round() * step);
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

/// The ankle-pressure chart as a sentence, in 5 mmHg steps.
pub fn pressure_chart_summary(lang: Lang, r: &Readings) -> String {
    let template = lang.words().chart_pressure_summary();
    let (lo, hi) = r.window_pressure_mmhg;
    chart_summary(
        lang,
        template,
        r.window_s,
        (lo, hi),
        r.ankle_pressure_mmhg,
        5.0,
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
        CountUnit::Second => w.count_second(),
    }
    .of(count)
}

/// "Walking lowered your ankle pressure from 88 to 26 mmHg in 8 steps."
pub fn change_sentence(lang: Lang, change: &ActivityChange) -> String {
    let w = lang.words();
    let (b, a) = (change.before_mmhg.round(), change.after_mmhg.round());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ankle_phrase_compares_with_standing() {
        assert_eq!(
            ankle_pressure_phrase(Lang::En, 28.0, 88.0),
            "28 mmHg — 68 % lower than standing still"
        );
        assert_eq!(
            ankle_pressure_phrase(Lang::En, 87.0, 88.0),
            "87 mmHg — about the same as standing still"
        );
        assert_eq!(
            ankle_pressure_phrase(Lang::En, 95.0, 80.0),
            "95 mmHg — 19 % higher than standing still"
        );
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
            change_sentence(Lang::En, &change(Activity::Lying, 10.0, 10.4, 3)),
            "Lying down: your ankle pressure stayed near 10 mmHg."
        );
    }
}
