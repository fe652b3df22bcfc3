//! Every word matches the model: over every activity × leg × stockings, the
//! sentences the widget shows beside the numbers never contradict them, and
//! they stay short and plain (US grade 8 or below).

use calf_pump_explain::cards::{card_description, card_title};
use calf_pump_explain::narration::{ankle_pressure_comparison, narration, refill_phrase};
use calf_pump_explain::reference::healthy_ankle_pressure_mmhg;
use calf_pump_explain::verdict::{
    change_from_standing_pct, Leak, Refill, Verdict, HIGH_ABOVE_HEALTHY_MMHG, LEAKING_MEAN_ML_MIN,
    NORMAL_REFILL_S,
};
use calf_pump_model::{clinical_summary, Activity, ClinicalSummary, LegCondition, Stockings};
use calf_pump_words::Lang;
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
        let worn = self.stockings.worn_during(self.activity);
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
                    let summary = clinical_summary(activity, leg, stockings);
                    let standing_mmhg = summary.standing_mmhg;
                    let verdict = Verdict::from_model(activity, &summary);
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

/// Spanish syllables, by the regular rules of Spanish syllabification: each
/// syllable has one vowel nucleus; two weak vowels (i, u, ü) or a weak and
/// a strong one (a, e, o) together are a diphthong, one nucleus; two strong
/// vowels, or a stressed weak vowel (í, ú) beside a strong one, are a
/// hiatus, two nuclei. A "u" after "q", or after "g" before e/i, is silent;
/// "y" ends a diphthong at the end of a word ("hay", "muy") and is a vowel
/// on its own ("y").
fn spanish_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w == ['y'] {
        return 1;
    }
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Strong,
        Weak,
        Consonant,
    }
    let kind = |i: usize| -> Kind {
        let c = w[i];
        match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Kind::Strong,
            'i' | 'ü' => Kind::Weak,
            'u' if i > 0
                && (w[i - 1] == 'q'
                    || (w[i - 1] == 'g'
                        && matches!(w.get(i + 1), Some('e' | 'i' | 'é' | 'í')))) =>
            {
                Kind::Consonant
            }
            'u' => Kind::Weak,
            'y' if i + 1 == w.len() && i > 0 => Kind::Weak,
            _ => Kind::Consonant,
        }
    };
    let mut nuclei = 0;
    let mut previous = Kind::Consonant;
    for i in 0..w.len() {
        let k = kind(i);
        let new_nucleus = match (previous, k) {
            (_, Kind::Consonant) => false,
            (Kind::Consonant, _) => true,
            (Kind::Strong, Kind::Strong) => true,
            _ => false,
        };
        if new_nucleus {
            nuclei += 1;
        }
        previous = k;
    }
    nuclei.max(1)
}

/// The Fernández-Huerta reading ease of a Spanish paragraph: 206.84 − 60 ×
/// syllables per word − 1.02 × words per sentence (Fernández Huerta 1959,
/// with the sentence term as words per sentence, as in the Flesch formula
/// it adapts). 70 and over reads "fairly easy" or easier.
fn fernandez_huerta(text: &str) -> f64 {
    let sentences = text.matches(['.', '!', '?', '…']).count().max(1) as f64;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let syllables: usize = words.iter().map(|w| spanish_syllables(w)).sum();
    206.84 - 60.0 * syllables as f64 / words.len() as f64 - 1.02 * words.len() as f64 / sentences
}

#[test]
fn the_spanish_syllable_counter_follows_the_rules() {
    for (word, count) in [
        ("pantorrilla", 4),
        ("aprieta", 3),
        ("caer", 2),
        ("válvulas", 3),
        ("corazón", 3),
        ("día", 2),
        ("cierran", 2),
        ("que", 1),
        ("guía", 2),
        ("muy", 1),
        ("y", 1),
        ("circulación", 4),
        ("pingüino", 3),
        ("Hinchazón:", 3),
    ] {
        assert_eq!(spanish_syllables(word), count, "{word}");
    }
    assert!(fernandez_huerta("El gato se sentó en la alfombra.") > 90.0);
    assert!(
        fernandez_huerta("La caracterización fisiopatológica de la insuficiencia venosa crónica necesita una instrumentación hemodinámica exhaustiva.") < 30.0
    );
}

#[test]
fn what_the_widget_says_in_spanish_reads_fairly_easy_or_easier() {
    let es = Lang::Es;
    let w = es.words();
    let mut paragraphs: Vec<String> = vec![
        w.page_lede().into(),
        format!("{}{}", w.page_disclaimer(), w.page_disclaimer_more()),
        w.stockings_safety().into(),
        w.stockings_off_for_swimming().into(),
        w.refill_help().into(),
        w.tiptoe_chart_key().trim().into(),
        w.tiptoe_starting().into(),
    ];
    for leg in LegCondition::ALL {
        paragraphs.push(calf_pump_explain::labels::leg_help(es, leg).into());
    }
    for stockings in Stockings::ALL {
        paragraphs.push(calf_pump_explain::labels::stockings_help(es, stockings).into());
    }
    for activity in Activity::ALL {
        paragraphs.push(calf_pump_explain::narration::ankle_pressure_help(
            es, activity,
        ));
        paragraphs.push(calf_pump_explain::narration::venous_return_help(
            es, activity,
        ));
    }
    for c in cases() {
        paragraphs.push(narration(
            es,
            c.activity,
            c.leg,
            c.stockings,
            Some(&c.verdict),
        ));
        paragraphs.push(refill_phrase(es, &c.verdict.refill));
    }
    // The day planner's evening in words, and what would help, for every
    // preset day and leg.
    let mut model = calf_pump_model::DayModel::new();
    for preset in calf_pump_model::Preset::ALL {
        for leg in LegCondition::ALL {
            let plan = calf_pump_model::DayPlan {
                blocks: preset.blocks(),
                leg,
                stockings: Stockings::None,
            };
            let outcome = model.run(&plan);
            paragraphs.push(calf_pump_explain::day::evening_swelling_sentence(
                es, &outcome,
            ));
            for card in calf_pump_model::day::suggestions(&mut model, &plan, &outcome) {
                paragraphs.push(format!(
                    "{}. {}",
                    calf_pump_explain::day::suggestion_title(es, &card),
                    calf_pump_explain::day::suggestion_effect(es, &card)
                ));
            }
        }
    }
    paragraphs.push(es.day_words().day_disclaimer_more().trim().into());
    paragraphs.sort();
    paragraphs.dedup();
    let mut lowest = f64::INFINITY;
    let mut hard = Vec::new();
    for text in &paragraphs {
        let score = fernandez_huerta(text);
        lowest = lowest.min(score);
        if score < 70.0 {
            hard.push(format!("{score:.0}: {text}"));
        }
    }
    assert!(
        hard.is_empty(),
        "below 70 (Fernández-Huerta):\n{}",
        hard.join("\n")
    );
    println!(
        "{} Spanish paragraphs, lowest Fernández-Huerta {lowest:.0}",
        paragraphs.len()
    );
}
