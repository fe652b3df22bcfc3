//! Every word the widget shows a patient: labels, one-line help, readouts in
//! plain language and the narration. Plain Rust, so wording is tested natively;
//! sentences are short and use everyday words (aiming at US grade 6–8).

use crate::session::{ActivityChange, TiptoeReading};
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

/// Why the stocking choice is greyed out while swimming.
pub const STOCKINGS_OFF_FOR_SWIMMING: &str =
    "Stockings come off to swim, so this leg swims without them.";

/// "68 % lower than standing still": the ankle pressure against this leg's
/// standing pressure (None when there is nothing to compare with).
pub fn ankle_pressure_comparison(now_mmhg: f64, standing_mmhg: f64) -> Option<String> {
    if standing_mmhg <= 0.0 || !now_mmhg.is_finite() || !standing_mmhg.is_finite() {
        return None;
    }
    let change = 100.0 * (standing_mmhg - now_mmhg) / standing_mmhg;
    Some(if change.abs() < 3.0 {
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

/// Plain-language comparison of a refill time with the healthy threshold.
pub fn refill_phrase(rt90_s: f64) -> String {
    if rt90_s <= 0.0 {
        "No refill to time: the pressure did not fall.".to_string()
    } else if rt90_s >= 20.0 {
        format!("Refill time {rt90_s:.0} s (healthy is over 20 s)")
    } else {
        format!("Refill time {rt90_s:.0} s — fast refill means blood is leaking back (healthy is over 20 s)")
    }
}

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

/// The tiptoe test's result as it unfolds, in the clinician's terms.
pub fn tiptoe_phrase(t: &TiptoeReading, now_s: f64) -> String {
    let Some(active) = t.active_mmhg else {
        return "Rising on the toes ten times… watch the pressure fall.".to_string();
    };
    let fall = t.fall_pct().unwrap_or(0.0);
    let measured = format!(
        "Pressure fell from {:.0} to {:.0} mmHg ({fall:.0} %).",
        t.rest_mmhg, active
    );
    match t.refill_time_s() {
        Some(refill) => format!("{measured} {}.", refill_phrase(refill)),
        None if t.gave_up(now_s) => format!("{measured} It did not refill within 2 minutes."),
        None => format!("{measured} Now standing still: timing the refill…"),
    }
}

/// One to three sentences on what is happening and why.
pub fn narration(activity: Activity, leg: LegCondition, stockings: Stockings) -> String {
    let mut text = String::from(match activity {
        Activity::Standing => {
            "Standing still, the calf does not squeeze, and gravity pulls blood down to the ankle."
        }
        Activity::Sitting => {
            "Sitting, the feet are nearer the heart, but the calf does not squeeze, so blood still pools."
        }
        Activity::Lying => "Lying flat, the legs are level with the heart, so gravity no longer pulls blood down.",
        Activity::Walking => {
            "Each step, the calf squeezes the deep veins and pushes blood up. The valves shut behind it, so ankle pressure falls."
        }
        Activity::Running => "Running, the calf squeezes hard and fast. Blood rushes back to the heart.",
        Activity::Hiking | Activity::Stairs => {
            "Stepping up makes the calf push hard. It empties the deep veins well, so ankle pressure drops."
        }
        Activity::CyclingToes => "Pointing your toes on each pedal stroke makes the calf squeeze. That works the pump.",
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
    let pumping = activity.drive().rhythm.is_some() && activity != Activity::CyclingFlat;
    let leaky = match leg {
        LegCondition::SuperficialReflux => Some("leaky surface valves"),
        LegCondition::DeepReflux => Some("leaky deep valves"),
        LegCondition::Healthy | LegCondition::WeakCalf => None,
    };
    let tail = match (leg, leaky, pumping, stockings) {
        (LegCondition::Healthy, _, _, Stockings::None) => String::new(),
        (LegCondition::Healthy, _, _, _) => {
            " The stocking gently narrows the veins; a healthy leg barely changes.".into()
        }
        (_, Some(_), true, s) if s != Stockings::None => {
            " The stocking narrows the leaky veins, so their valves close better and the pump works better.".into()
        }
        (_, Some(_), false, s) if s != Stockings::None => {
            " The stocking narrows the leaky veins, so less blood pools. Only moving works the pump.".into()
        }
        (_, Some(valves), true, _) => {
            format!(" But {valves} let blood fall back, so pressure stays high and legs ache and swell.")
        }
        (_, Some(valves), false, _) if activity == Activity::Lying => {
            format!(" With {valves}, lying down with your legs up is a good rest.")
        }
        (_, Some(valves), false, _) => {
            format!(" With {valves}, this brings aching, swelling, throbbing and tired legs. Moving more and compression stockings help.")
        }
        (_, None, true, _) => " But a weak calf squeezes less, so less blood goes up.".into(),
        (_, None, false, _) => " A weak calf matters once you start to move.".into(),
    };
    text.push_str(&tail);
    text
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

/// How much an activity lowers ankle pressure, by the fall from standing
/// still. Bands follow the ambulatory venous pressure literature
/// (`shared/clinical-reference.md`): a healthy pump falls by more than half;
/// the thresholds between are this project's plain-language steps (fitted
/// to the model's legs so each leg reads differently).
fn lowering_verb(standing_mmhg: f64, active_mmhg: f64) -> &'static str {
    let fall = if standing_mmhg > 0.0 {
        (standing_mmhg - active_mmhg) / standing_mmhg
    } else {
        0.0
    };
    match fall {
        f if f >= 0.5 => "lowers ankle pressure well",
        f if f >= 0.25 => "lowers ankle pressure only partly",
        f if f >= 0.08 => "barely lowers ankle pressure",
        f if f > -0.08 => "leaves ankle pressure high",
        _ => "raises ankle pressure",
    }
}

/// What this leg does in this activity, for a shared link's description,
/// from the model: ankle pressure standing still and during the activity,
/// and what a healthy leg reaches. "With leaky deep veins, climbing stairs
/// barely lowers ankle pressure: 88 → 78 mmHg. A healthy leg falls to 24."
pub fn card_description(
    activity: Activity,
    leg: LegCondition,
    standing_mmhg: f64,
    active_mmhg: f64,
    healthy_active_mmhg: f64,
) -> String {
    // Without a calf rhythm the change is gravity's, and said so.
    let verb = match (activity.drive().rhythm, activity.drive().posture) {
        (_, Posture::Horizontal) => {
            "brings ankle pressure down, because the leg is level with the heart"
        }
        (None, Posture::Sitting) => "lowers ankle pressure a little, but the calf rests",
        (None, _) => "leaves ankle pressure high, because the calf rests",
        (Some(_), _) => lowering_verb(standing_mmhg, active_mmhg),
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
    fn a_card_says_what_this_leg_does_and_what_a_healthy_leg_does() {
        assert_eq!(
            card_description(Activity::Stairs, LegCondition::DeepReflux, 88.0, 78.2, 24.0),
            "With leaky deep veins, climbing stairs barely lowers ankle pressure: 88 → 78 mmHg. A healthy leg falls to 24."
        );
        assert_eq!(
            card_description(Activity::Walking, LegCondition::Healthy, 88.0, 24.0, 24.0),
            "With healthy valves, walking lowers ankle pressure well: 88 → 24 mmHg. Try another leg or activity and watch the calf pump work."
        );
        let lying = card_description(Activity::Lying, LegCondition::WeakCalf, 88.0, 10.0, 10.0);
        assert!(
            lying.contains("level with the heart") && lying.contains("same as a healthy leg"),
            "{lying}"
        );
        let standing = card_description(
            Activity::Standing,
            LegCondition::SuperficialReflux,
            88.0,
            88.0,
            88.0,
        );
        assert!(
            standing.contains("high") && standing.contains(": 88 mmHg."),
            "{standing}"
        );
        assert_eq!(
            card_title(Activity::Stairs, LegCondition::WeakCalf),
            "Climbing stairs, weak calf muscle"
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

    #[test]
    fn narration_covers_the_seed_posts_points() {
        let all: String = Activity::ALL
            .iter()
            .flat_map(|&a| {
                LegCondition::ALL
                    .iter()
                    .map(move |&l| narration(a, l, Stockings::None))
            })
            .collect();
        for needle in [
            "calf",
            "valves",
            "aching",
            "swelling",
            "throbbing",
            "tired",
            "compression stockings",
            "Moving more",
        ] {
            assert!(all.contains(needle), "missing {needle}");
        }
    }

    #[test]
    fn narration_is_one_to_three_sentences_of_short_words() {
        for a in Activity::ALL {
            for l in LegCondition::ALL {
                for s in Stockings::ALL {
                    let text = narration(a, l, s);
                    let sentences = text.matches(['.', '!', '?']).count();
                    assert!((1..=3).contains(&sentences), "{a:?} {l:?}: {text}");
                    let words: Vec<&str> = text.split_whitespace().collect();
                    let per_sentence = words.len() as f64 / sentences as f64;
                    assert!(per_sentence <= 20.0, "{a:?} {l:?}: long sentences: {text}");
                }
            }
        }
    }

    /// Syllables by vowel groups, a silent final "e" dropped: the usual
    /// estimate behind readability formulas.
    fn syllables(word: &str) -> usize {
        let w: String = word
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        let mut groups = 0;
        let mut in_vowel = false;
        for c in w.chars() {
            let vowel = "aeiouy".contains(c);
            if vowel && !in_vowel {
                groups += 1;
            }
            in_vowel = vowel;
        }
        if w.ends_with('e') && !w.ends_with("le") && groups > 1 {
            groups -= 1;
        }
        groups.max(1)
    }

    /// Flesch–Kincaid grade level.
    fn grade(text: &str) -> f64 {
        let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
        let words: Vec<&str> = text.split_whitespace().collect();
        let syllables: usize = words.iter().map(|w| syllables(w)).sum();
        0.39 * words.len() as f64 / sentences + 11.8 * syllables as f64 / words.len() as f64 - 15.59
    }

    #[test]
    fn narration_reads_at_or_below_us_grade_8() {
        assert!(grade("The cat sat on the mat.") < 2.0);
        assert!(
            grade("Physiological characterisation necessitates comprehensive instrumentation.")
                > 12.0
        );
        for a in Activity::ALL {
            for l in LegCondition::ALL {
                for s in Stockings::ALL {
                    let text = narration(a, l, s);
                    assert!(grade(&text) <= 8.0, "grade {:.1}: {text}", grade(&text));
                }
            }
        }
    }
}
