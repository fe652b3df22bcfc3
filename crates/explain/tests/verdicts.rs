//! Every word matches the model: over every activity × leg × stockings, the
//! sentences the widget shows beside the numbers never contradict them, and
//! they stay short and plain (US grade 8 or below).

use calf_pump_explain::narration::{
    ankle_pressure_comparison, card_description, card_title, narration, refill_phrase,
};
use calf_pump_explain::lang::Lang;
use calf_pump_explain::reference::healthy_ankle_pressure_mmhg;
use calf_pump_explain::verdict::{
    change_from_standing_pct, Leak, Refill, Verdict, HIGH_ABOVE_HEALTHY_MMHG, LEAKING_MEAN_ML_MIN,
    NORMAL_REFILL_S,
};
use calf_pump_model::{
    clinical_summary, standing_ankle_pressure_mmhg, Activity, ClinicalSummary, LegCondition,
    Stockings,
};
use std::sync::OnceLock;

struct Case {
    activity: Activity,
    leg: LegCondition,
    stockings: Stockings,
    summary: ClinicalSummary,
    standing_mmhg: f64,
    verdict: Verdict,
}

impl Case {
    /// Everything the widget says about this scenario beside its numbers.
    fn words(&self) -> String {
        let worn = if self.activity.allows_stockings() {
            self.stockings
        } else {
            Stockings::None
        };
        format!(
            "{} {} {}",
            narration(Lang::En, self.activity, self.leg, worn, Some(&self.verdict)),
            refill_phrase(Lang::En, &self.verdict.refill),
            ankle_pressure_comparison(Lang::En, self.summary.avp_active_mmhg, self.standing_mmhg)
                .unwrap_or_default()
        )
    }
}

fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let mut all = Vec::new();
        for activity in Activity::ALL {
            for leg in LegCondition::ALL {
                for stockings in Stockings::ALL {
                    let worn = if activity.allows_stockings() {
                        stockings
                    } else {
                        Stockings::None
                    };
                    let summary = clinical_summary(activity, leg, worn);
                    let standing_mmhg = standing_ankle_pressure_mmhg(leg, worn);
                    let verdict = Verdict::from_model(activity, standing_mmhg, &summary);
                    all.push(Case {
                        activity,
                        leg,
                        stockings,
                        summary,
                        standing_mmhg,
                        verdict,
                    });
                }
            }
        }
        all
    })
}

fn has_word(text: &str, word: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| w == word)
}

#[test]
fn no_verdict_contradicts_the_numbers_beside_it() {
    for c in cases() {
        let words = c.words();
        let id = format!("{:?} {:?} {:?}: {words}", c.activity, c.leg, c.stockings);
        let leaking = c.summary.reflux_active_ml_min >= LEAKING_MEAN_ML_MIN;
        let affirmed = words.replace("no blood leaks back", "");
        if affirmed.contains("leaks back") || affirmed.contains("leaking back") {
            assert!(
                leaking,
                "leak wording without model reflux ({:.0} mL/min): {id}",
                c.summary.reflux_active_ml_min
            );
        }
        if words.contains("no valve leaks") || words.contains("no blood leaks") {
            assert!(!leaking, "'no leak' wording with reflux: {id}");
        }
        let (_, healthy_top) = healthy_ankle_pressure_mmhg(c.activity);
        if has_word(&words, "high") {
            assert!(
                c.summary.avp_active_mmhg > healthy_top,
                "'high' at {:.0} mmHg, a healthy leg's range reaching {healthy_top}: {id}",
                c.summary.avp_active_mmhg
            );
        }
        if words.contains("stays high") {
            assert!(
                c.summary.avp_active_mmhg > healthy_top + HIGH_ABOVE_HEALTHY_MMHG - 10.0,
                "{id}"
            );
        }
        if words.contains("stays low") || words.contains("near a healthy leg") {
            assert!(c.summary.avp_active_mmhg <= healthy_top, "{id}");
        }
        let fell_pct = change_from_standing_pct(c.summary.avp_active_mmhg, c.standing_mmhg);
        if words.contains("did not fall") || words.contains("about the same as standing") {
            assert!(
                fell_pct.abs() < 10.0,
                "'did not fall' with a {fell_pct:.0} % fall: {id}"
            );
        }
        match c.verdict.refill {
            Refill::Fast { seconds, leak } => {
                assert!(seconds < NORMAL_REFILL_S, "{id}");
                assert_eq!(leak == Leak::Leaking, leaking, "{id}");
                assert!(
                    matches!(
                        c.activity,
                        Activity::Walking
                            | Activity::Running
                            | Activity::Hiking
                            | Activity::Stairs
                            | Activity::Tiptoe
                    ),
                    "a refill verdict where refill is no test: {id}"
                );
            }
            Refill::Normal { seconds } => assert!(seconds >= NORMAL_REFILL_S, "{id}"),
            Refill::NotATest(_) => assert!(!words.contains("Refill time"), "{id}"),
        }
        assert!(!words.contains("NaN") && !words.contains("inf"), "{id}");
    }
}

#[test]
fn the_issue_examples_now_read_true() {
    let find = |a, l, s| {
        cases()
            .iter()
            .find(|c| c.activity == a && c.leg == l && c.stockings == s)
            .unwrap()
            .words()
    };
    use Activity::*;
    use LegCondition::*;
    // Sitting and flat-footed cycling are no reflux test.
    let sitting = find(Sitting, Healthy, Stockings::None);
    assert!(
        !sitting.contains("leaking back") && !sitting.contains("Refill time 1"),
        "{sitting}"
    );
    let cycling = find(CyclingFlat, Healthy, Stockings::None);
    assert!(!cycling.contains("leaking back"), "{cycling}");
    // A weak calf with sound valves leaks nothing.
    let weak = find(Walking, WeakCalf, Stockings::None);
    assert!(
        !weak.contains("leak") || weak.contains("no valve leaks"),
        "{weak}"
    );
    // Swimming with leaky surface veins: low pressure, said so.
    let swim = find(Swimming, SuperficialReflux, Stockings::None);
    assert!(
        !swim.contains("stays high") && swim.contains("stays low"),
        "{swim}"
    );
    // Lying and swimming: posture lowered the pressure; no "did not fall".
    for a in [Lying, Swimming] {
        let text = find(a, Healthy, Stockings::None);
        assert!(
            !text.contains("did not fall") && text.contains("level with the heart"),
            "{text}"
        );
    }
    // Walking with leaky surface veins: fast refill because blood leaks back.
    let leaky = find(Walking, SuperficialReflux, Stockings::None);
    assert!(leaky.contains("fast: blood is leaking back"), "{leaky}");
    let healthy = find(Walking, Healthy, Stockings::None);
    assert!(healthy.contains("normal"), "{healthy}");
}

#[test]
fn narration_covers_the_seed_posts_points() {
    let all: String = cases().iter().map(|c| c.words()).collect();
    for needle in [
        "calf",
        "valves",
        "aching",
        "swell",
        "throbbing",
        "tired",
        "compression stockings",
        "Moving more",
    ] {
        assert!(all.contains(needle), "missing {needle}");
    }
}

#[test]
fn narration_is_one_to_four_sentences_of_short_words() {
    for c in cases() {
        let text = narration(Lang::En, c.activity, c.leg, c.stockings, Some(&c.verdict));
        let sentences = text.matches(['.', '!', '?']).count();
        assert!((1..=4).contains(&sentences), "{text}");
        let words: Vec<&str> = text.split_whitespace().collect();
        let per_sentence = words.len() as f64 / sentences as f64;
        assert!(per_sentence <= 20.0, "long sentences: {text}");
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
fn what_the_widget_says_reads_at_or_below_us_grade_8() {
    assert!(grade("The cat sat on the mat.") < 2.0);
    assert!(
        grade("Physiological characterisation necessitates comprehensive instrumentation.") > 12.0
    );
    for c in cases() {
        for text in [
            narration(Lang::En, c.activity, c.leg, c.stockings, Some(&c.verdict)),
            refill_phrase(Lang::En, &c.verdict.refill),
        ] {
            assert!(grade(&text) <= 8.0, "grade {:.1}: {text}", grade(&text));
        }
    }
}

#[test]
fn cards_name_the_leg_and_agree_with_the_verdict() {
    for c in cases().iter().filter(|c| c.stockings == Stockings::None) {
        let healthy = cases()
            .iter()
            .find(|h| {
                h.activity == c.activity
                    && h.leg == LegCondition::Healthy
                    && h.stockings == Stockings::None
            })
            .unwrap();
        let text = card_description(
            Lang::En,
            c.activity,
            c.leg,
            &c.verdict,
            c.standing_mmhg,
            c.summary.avp_active_mmhg,
            healthy.summary.avp_active_mmhg,
        );
        assert!(!has_word(&text, "high"), "{text}");
        if text.contains("well") {
            assert!(
                c.summary.avp_active_mmhg <= healthy_ankle_pressure_mmhg(c.activity).1,
                "{text}"
            );
        }
        assert!(
            text.contains(&format!("{:.0} mmHg", c.summary.avp_active_mmhg)),
            "{text}"
        );
    }
    assert_eq!(
        card_title(Lang::En, Activity::Stairs, LegCondition::WeakCalf),
        "Climbing stairs, weak calf muscle"
    );
}
