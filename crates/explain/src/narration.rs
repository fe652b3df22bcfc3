//! Every word the widget shows a patient: labels, one-line help, readouts in
//! plain language and the narration. Plain Rust, so wording is tested natively;
//! sentences are short and use everyday words (aiming at US grade 6–8).

use crate::reference::{healthy_ankle_pressure_mmhg, healthy_venous_return_ml_min};
use crate::session::{ActivityChange, TiptoeReading};
use crate::verdict::{
    change_from_standing_pct, Leak, Lowered, NoRefillTest, PressureLevel, Refill, Verdict,
    NORMAL_REFILL_S, SAME_AS_STANDING_PCT,
};
use calf_pump_model::{Activity, CountUnit, LegCondition, Posture, Stockings};

/// Short label for the activity picker.
pub fn activity_label(a: Activity) -> &'static str {
    match a {
        Activity::Standing => "Standing still",
        Activity::Sitting => "Sitting",
        Activity::Lying => "Lying down",
        Activity::Walking => "Walking",
        Activity::Running => "Running or jogging",
        Activity::Hiking => "Hiking uphill",
        Activity::Stairs => "Climbing stairs",
        Activity::CyclingToes => "Cycling — toes pointed",
        Activity::CyclingFlat => "Cycling — flat feet",
        Activity::Swimming => "Swimming",
        Activity::Tiptoe => "The clinic's tiptoe test",
    }
}

/// A small pictogram for each activity (decorative; the label carries the meaning).
pub fn activity_icon(a: Activity) -> &'static str {
    match a {
        Activity::Standing => "🧍",
        Activity::Sitting => "🪑",
        Activity::Lying => "🛏️",
        Activity::Walking => "🚶",
        Activity::Running => "🏃",
        Activity::Hiking => "🥾",
        Activity::Stairs => "🪜",
        Activity::CyclingToes => "🚴",
        Activity::CyclingFlat => "🚲",
        Activity::Swimming => "🏊",
        Activity::Tiptoe => "🦶",
    }
}

pub fn leg_label(l: LegCondition) -> &'static str {
    match l {
        LegCondition::Healthy => "Healthy valves",
        LegCondition::SuperficialReflux => "Leaky surface veins",
        LegCondition::DeepReflux => "Leaky deep veins",
        LegCondition::WeakCalf => "Weak calf muscle",
    }
}

pub fn leg_help(l: LegCondition) -> &'static str {
    match l {
        LegCondition::Healthy => "Every valve shuts, so blood can only go up.",
        LegCondition::SuperficialReflux => {
            "Valves in the veins under the skin leak, as in varicose veins."
        }
        LegCondition::DeepReflux => "Valves in the deep veins leak, often after a blood clot.",
        LegCondition::WeakCalf => {
            "The calf squeezes less hard, so each step pumps less. This is rare."
        }
    }
}

pub fn stockings_label(s: Stockings) -> &'static str {
    match s {
        Stockings::None => "No stockings",
        Stockings::Class15to20 => "15–20 mmHg",
        Stockings::Class20to30 => "20–30 mmHg",
        Stockings::Class30to40 => "30–40 mmHg",
    }
}

pub fn stockings_help(s: Stockings) -> &'static str {
    match s {
        Stockings::None => "Nothing presses on the leg.",
        Stockings::Class15to20 => "Light support, sold without a prescription.",
        Stockings::Class20to30 => "Medium support, often advised for varicose veins.",
        Stockings::Class30to40 => "Firm support, usually on a doctor's advice.",
    }
}

/// Shown whenever stockings are chosen: the standard advice on every
/// compression leaflet, in plain words (peripheral arterial disease,
/// diabetic neuropathy and heart failure are the usual cautions).
pub const COMPRESSION_SAFETY: &str = "Stockings are not for everyone. With poor blood flow to the legs, diabetes with numb feet, or heart failure, ask your clinician first.";

/// Why the stocking choice is greyed out while swimming.
pub const STOCKINGS_OFF_FOR_SWIMMING: &str =
    "Stockings come off to swim, so this leg swims without them.";

/// "68 % lower than standing still": the ankle pressure against this leg's
/// standing pressure (None when there is nothing to compare with). Within
/// [`SAME_AS_STANDING_PCT`] it is "about the same".
pub fn ankle_pressure_comparison(now_mmhg: f64, standing_mmhg: f64) -> Option<String> {
    if standing_mmhg <= 0.0 || !now_mmhg.is_finite() || !standing_mmhg.is_finite() {
        return None;
    }
    let change = change_from_standing_pct(now_mmhg, standing_mmhg);
    Some(if change.abs() < SAME_AS_STANDING_PCT {
        "about the same as standing still".to_string()
    } else if change > 0.0 {
        format!("{change:.0} % lower than standing still")
    } else {
        format!("{:.0} % higher than standing still", -change)
    })
}

/// "28 mmHg — 68 % lower than standing still", for the ankle-pressure readout.
pub fn ankle_pressure_phrase(now_mmhg: f64, standing_mmhg: f64) -> String {
    let now = if now_mmhg.is_finite() {
        now_mmhg.round()
    } else {
        0.0
    };
    match ankle_pressure_comparison(now_mmhg, standing_mmhg) {
        Some(c) => format!("{now:.0} mmHg — {c}"),
        None => format!("{now:.0} mmHg"),
    }
}

/// The refill time as the clinic would report it, only where it is a valid
/// test (see [`Refill`]).
pub fn refill_phrase(refill: &Refill) -> String {
    match *refill {
        Refill::Normal { seconds } => format!(
            "Refill time {seconds:.0} s — normal: the valves hold the blood up (healthy is over {NORMAL_REFILL_S:.0} s)."
        ),
        Refill::Fast {
            seconds,
            leak: Leak::Leaking,
        } => format!(
            "Refill time {seconds:.0} s — fast: blood is leaking back down (healthy is over {NORMAL_REFILL_S:.0} s)."
        ),
        Refill::Fast {
            seconds,
            leak: Leak::NotLeaking,
        } => format!(
            "Refill time {seconds:.0} s — a little quick, though no valve leaks (healthy is over {NORMAL_REFILL_S:.0} s)."
        ),
        Refill::NotATest(NoRefillTest::Posture) => {
            "No refill time: lying level with the heart, not the calf, lowered the pressure.".into()
        }
        Refill::NotATest(NoRefillTest::CalfResting) => {
            "No refill time: the calf is resting, so it pumped nothing out.".into()
        }
        Refill::NotATest(NoRefillTest::NotUprightPumping) => {
            "No refill time: it is timed standing still, after you walk or rise on your toes.".into()
        }
        Refill::NotATest(NoRefillTest::NoFall) => {
            "No refill time: the pump barely lowered the pressure.".into()
        }
    }
}

/// What the ankle-pressure number is and which way is good, with a healthy
/// leg's range for this activity (from `reference.rs`).
pub fn ankle_pressure_help(activity: Activity) -> String {
    let (lo, hi) = healthy_ankle_pressure_mmhg(activity);
    format!(
        "Pressure in the ankle veins: lower while you move is better. Healthy, {}: about {lo:.0}–{hi:.0}.",
        lower_first(activity_label(activity))
    )
}

/// [`ankle_pressure_help`] in a few words, for the compact embedded layout.
pub fn ankle_pressure_help_short(activity: Activity) -> String {
    let (lo, hi) = healthy_ankle_pressure_mmhg(activity);
    format!("Lower while you move is better. Healthy: about {lo:.0}–{hi:.0}.")
}

/// What the flow number is and which way is good.
pub fn venous_return_help(activity: Activity) -> String {
    let (lo, hi) = healthy_venous_return_ml_min(activity);
    format!(
        "How much blood the leg sends back to the heart each minute. More while you move is better. A healthy leg, {}: about {lo:.0}–{hi:.0}.",
        lower_first(activity_label(activity))
    )
}

/// What the refill time is and which way is good.
pub const REFILL_HELP: &str = "After you stop, how long the ankle veins take to fill up again. Longer is better: shut valves keep blood from falling back.";

/// "Swelling building", "easing" or "steady", from the net tissue-fluid rate.
pub fn swelling_phrase(rate_ml_min: f64, swelling_ml: f64) -> &'static str {
    if rate_ml_min > 0.05 {
        "Ankle swelling is building"
    } else if rate_ml_min < -0.05 && swelling_ml > 0.1 {
        "Ankle swelling is easing"
    } else if swelling_ml > 1.0 {
        "Ankle swelling is holding steady"
    } else {
        "No ankle swelling"
    }
}

/// The tiptoe test's result as it unfolds, in the clinician's terms. The
/// fall is the average of the last three raises (the protocol's window,
/// shaded on the chart); `leak` is the model's verdict for this leg.
pub fn tiptoe_phrase(t: &TiptoeReading, now_s: f64, leak: Option<Leak>) -> String {
    let Some(active) = t.active_mmhg else {
        return "Rising on the toes ten times… watch the pressure fall.".to_string();
    };
    let fall = t.fall_pct().unwrap_or(0.0);
    let measured = format!(
        "Pressure fell from {:.0} to {:.0} mmHg on average over the last three raises ({fall:.0} %).",
        t.rest_mmhg, active
    );
    match t.refill_time_s() {
        Some(seconds) if seconds >= NORMAL_REFILL_S => {
            format!("{measured} {}", refill_phrase(&Refill::Normal { seconds }))
        }
        Some(seconds) => match leak {
            Some(leak) => format!(
                "{measured} {}",
                refill_phrase(&Refill::Fast { seconds, leak })
            ),
            None => format!("{measured} Refill time {seconds:.0} s."),
        },
        None if t.gave_up(now_s) => format!("{measured} It did not refill within 2 minutes."),
        None => format!("{measured} Now standing still: timing the refill…"),
    }
}

/// One to three sentences on what is happening and why: the activity's
/// mechanism at once, then what the model shows for this leg (`verdict`,
/// once computed). Every judging word comes from the verdict.
pub fn narration(
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
    verdict: Option<&Verdict>,
) -> String {
    let mut text = String::from(match activity {
        Activity::Standing => {
            "Standing still, the calf does not squeeze, and gravity pulls blood down to the ankle."
        }
        Activity::Sitting => {
            "Sitting, the feet are nearer the heart, but the calf does not squeeze, so blood still pools."
        }
        Activity::Lying => "Lying flat, the legs are level with the heart, so gravity no longer pulls blood down.",
        Activity::Walking => {
            "Each step, the calf squeezes the deep veins and pushes blood up. Valves that shut keep it from falling back."
        }
        Activity::Running => "Running, the calf squeezes hard and fast, pushing blood up again and again.",
        Activity::Hiking | Activity::Stairs => {
            "Stepping up, the calf pushes hard and squeezes the deep veins."
        }
        Activity::CyclingToes => "Pointing your toes on each pedal stroke makes the calf squeeze and work the pump.",
        Activity::CyclingFlat => {
            "Pedalling with flat feet uses the thigh, not the calf, so the pump barely works."
        }
        Activity::Swimming => {
            "Swimming, you lie flat in the water. Gravity no longer pulls blood down, and kicking helps it along."
        }
        Activity::Tiptoe => {
            "The clinic's test: rise on your toes ten times, then stand still. The clinician times how fast the pressure comes back."
        }
    });
    if let Some(v) = verdict {
        text.push_str(&verdict_sentence(activity, leg, stockings, v));
    }
    text
}

/// The leg's valves in a sentence, if they are leaky.
fn leaky_valves(leg: LegCondition) -> Option<&'static str> {
    match leg {
        LegCondition::SuperficialReflux => Some("leaky surface valves"),
        LegCondition::DeepReflux => Some("leaky deep valves"),
        LegCondition::Healthy | LegCondition::WeakCalf => None,
    }
}

/// What the model shows for this leg, after the activity's mechanism.
fn verdict_sentence(
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
    v: &Verdict,
) -> String {
    let stockings_on = stockings != Stockings::None;
    let resting = activity.drive().rhythm.is_none();
    match (v.leak, v.pressure, leaky_valves(leg)) {
        (Leak::Leaking, PressureLevel::High | PressureLevel::AboveHealthy, _) if stockings_on => {
            " The stocking narrows the veins, but blood still leaks back, so ankle pressure stays high.".into()
        }
        (Leak::Leaking, PressureLevel::High | PressureLevel::AboveHealthy, _) => {
            " But blood leaks back through the valves, so ankle pressure stays high.".into()
        }
        (Leak::Leaking, PressureLevel::LikeHealthy, _) => {
            " Some blood leaks back through the valves, but ankle pressure stays near a healthy leg's.".into()
        }
        (Leak::NotLeaking, _, Some(_)) if stockings_on && !resting && v.lowered == Lowered::ByCalf => {
            " The stocking narrows the leaky veins so their valves close: no blood leaks back, and the pump works.".into()
        }
        (Leak::NotLeaking, _, Some(_)) if stockings_on => {
            " The stocking narrows the leaky veins, so less blood pools. Only moving works the pump.".into()
        }
        (Leak::NotLeaking, _, Some(_)) if v.lowered == Lowered::ByPosture && activity.drive().posture == Posture::Horizontal => {
            " With the leg level with the heart, leaky valves hardly matter: ankle pressure stays low. It is a good rest.".into()
        }
        (Leak::NotLeaking, _, Some(valves)) => format!(
            " With {valves}, long hours like this bring aching, swelling, throbbing and tired legs. Moving more and compression stockings help."
        ),
        (Leak::NotLeaking, PressureLevel::High | PressureLevel::AboveHealthy, None)
            if leg == LegCondition::WeakCalf =>
        {
            " A weak calf squeezes less, so ankle pressure stays higher than a healthy leg's.".into()
        }
        (Leak::NotLeaking, PressureLevel::LikeHealthy, None)
            if leg == LegCondition::WeakCalf && v.lowered == Lowered::ByCalf =>
        {
            " A weak calf squeezes less, but this still empties the veins well.".into()
        }
        (Leak::NotLeaking, _, None) if leg == LegCondition::WeakCalf => {
            " A weak calf matters once you start to move.".into()
        }
        (Leak::NotLeaking, _, None) if stockings_on => {
            " The stocking gently narrows the veins; a healthy leg barely changes.".into()
        }
        (Leak::NotLeaking, _, None) => String::new(),
    }
}

/// The name of a pre-built page and its link preview: "Climbing stairs,
/// leaky deep veins".
pub fn card_title(activity: Activity, leg: LegCondition) -> String {
    format!(
        "{}, {}",
        activity_label(activity),
        lower_first(leg_label(leg))
    )
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What this leg does in this activity, for a shared link's description,
/// from the model: the verdict, ankle pressure standing still and during the
/// activity, and what a healthy leg reaches. "With leaky deep veins,
/// climbing stairs barely lowers ankle pressure: 88 → 75 mmHg. A healthy leg
/// falls to 24."
pub fn card_description(
    activity: Activity,
    leg: LegCondition,
    verdict: &Verdict,
    standing_mmhg: f64,
    active_mmhg: f64,
    healthy_active_mmhg: f64,
) -> String {
    let horizontal = activity.drive().posture == Posture::Horizontal;
    let resting = activity.drive().rhythm.is_none();
    let verb = match (verdict.lowered, verdict.pressure) {
        (Lowered::ByPosture, _) if horizontal => {
            "brings ankle pressure down, because the leg is level with the heart"
        }
        (Lowered::ByPosture, _) => "lowers ankle pressure a little, but the calf rests",
        (Lowered::AboutTheSame, _) if resting => {
            "keeps ankle pressure at its standing level, because the calf rests"
        }
        (Lowered::AboutTheSame, _) => "hardly changes ankle pressure",
        (Lowered::Raised, _) => "raises ankle pressure",
        (Lowered::ByCalf, PressureLevel::LikeHealthy) => "lowers ankle pressure well",
        (Lowered::ByCalf, PressureLevel::AboveHealthy) => {
            "lowers ankle pressure, but less than a healthy leg"
        }
        (Lowered::ByCalf, PressureLevel::High)
            if change_from_standing_pct(active_mmhg, standing_mmhg) >= 25.0 =>
        {
            "lowers ankle pressure only partly"
        }
        (Lowered::ByCalf, PressureLevel::High) => "barely lowers ankle pressure",
    };
    let what = lower_first(activity_label(activity));
    let numbers = if (standing_mmhg - active_mmhg).abs() < 1.0 {
        format!("{active_mmhg:.0} mmHg")
    } else {
        format!("{standing_mmhg:.0} → {active_mmhg:.0} mmHg")
    };
    if leg == LegCondition::Healthy {
        return format!(
            "With healthy valves, {what} {verb}: {numbers}. Try another leg or activity and watch the calf pump work."
        );
    }
    let healthy = if (active_mmhg - healthy_active_mmhg).abs() < 3.0 {
        "The same as a healthy leg.".to_string()
    } else if healthy_active_mmhg < active_mmhg {
        format!("A healthy leg falls to {healthy_active_mmhg:.0}.")
    } else {
        format!("A healthy leg: {healthy_active_mmhg:.0}.")
    };
    let with = match leg {
        LegCondition::Healthy => "healthy valves",
        LegCondition::SuperficialReflux => "leaky surface veins",
        LegCondition::DeepReflux => "leaky deep veins",
        LegCondition::WeakCalf => "a weak calf muscle",
    };
    format!("With {with}, {what} {verb}: {numbers}. {healthy}")
}

/// What to call one unit of this activity in a sentence.
fn count_noun(unit: CountUnit, count: u32) -> &'static str {
    let one = count == 1;
    match (unit, one) {
        (CountUnit::Step, true) => "step",
        (CountUnit::Step, false) => "steps",
        (CountUnit::PedalStroke, true) => "pedal stroke",
        (CountUnit::PedalStroke, false) => "pedal strokes",
        (CountUnit::Kick, true) => "kick",
        (CountUnit::Kick, false) => "kicks",
        (CountUnit::Raise, true) => "raise",
        (CountUnit::Raise, false) => "raises",
        (CountUnit::Second, true) => "second",
        (CountUnit::Second, false) => "seconds",
    }
}

/// "Walking lowered your ankle pressure from 88 to 26 mmHg in 8 steps."
pub fn change_sentence(change: &ActivityChange) -> String {
    let (b, a) = (change.before_mmhg.round(), change.after_mmhg.round());
    let noun = count_noun(change.activity.unit(), change.count);
    let label = activity_label(change.activity);
    let count = change.count;
    if (b - a).abs() < 2.0 {
        format!("{label}: your ankle pressure stayed near {a:.0} mmHg.")
    } else {
        let verb = if a < b { "lowered" } else { "raised" };
        format!("{label} {verb} your ankle pressure from {b:.0} to {a:.0} mmHg in {count} {noun}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ankle_phrase_compares_with_standing() {
        assert_eq!(
            ankle_pressure_phrase(28.0, 88.0),
            "28 mmHg — 68 % lower than standing still"
        );
        assert_eq!(
            ankle_pressure_phrase(87.0, 88.0),
            "87 mmHg — about the same as standing still"
        );
        assert_eq!(
            ankle_pressure_phrase(95.0, 80.0),
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
            change_sentence(&change(Activity::Walking, 88.2, 26.4, 8)),
            "Walking lowered your ankle pressure from 88 to 26 mmHg in 8 steps."
        );
        assert_eq!(
            change_sentence(&change(Activity::Standing, 30.0, 85.0, 25)),
            "Standing still raised your ankle pressure from 30 to 85 mmHg in 25 seconds."
        );
        assert_eq!(
            change_sentence(&change(Activity::Tiptoe, 88.0, 30.0, 1)),
            "The clinic's tiptoe test lowered your ankle pressure from 88 to 30 mmHg in 1 raise."
        );
        assert_eq!(
            change_sentence(&change(Activity::Lying, 10.0, 10.4, 3)),
            "Lying down: your ankle pressure stayed near 10 mmHg."
        );
    }
}
