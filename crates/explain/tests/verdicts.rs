//! Every word matches the model: over every activity × leg × stockings, the
//! sentences beside the numbers never contradict them, in English and in
//! Spanish, and each mistake a vein surgeon found in an older wording is a
//! test that fails on it.

mod scenarios;

use calf_pump_explain::cards::card_description;
use calf_pump_explain::narration::{ankle_headline, main_message, narration};
use calf_pump_explain::reference::healthy_ankle_pressure_mmhg;
use calf_pump_explain::verdict::{
    fall_pct, versus_healthy, Judged, Leak, Pump, Refill, TiptoeResult, VersusHealthy,
    LEAKING_MEAN_ML_MIN, NORMAL_REFILL_S, PUMP_LOWERS_PCT,
};
use calf_pump_model::{Activity, LegCondition, Stockings};
use calf_pump_words::Lang;
use scenarios::{case, cases, words};

fn has_word(text: &str, word: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| w == word)
}

fn id(c: &Judged) -> String {
    format!("{:?} {:?} {:?}", c.activity, c.leg, c.stockings)
}

#[test]
fn no_english_sentence_contradicts_the_numbers_beside_it() {
    for c in cases() {
        let text = format!("{} {}", words(Lang::En, c), card_description(Lang::En, c));
        let id = format!("{}: {text}", id(c));
        let s = &c.summary;
        let leaking = s.reflux_active_ml_min >= LEAKING_MEAN_ML_MIN;
        let affirmed = text
            .replace("less blood leaks back", "")
            .replace("leaky", "");
        if affirmed.contains("leaks back") || affirmed.contains("leaking back") {
            assert!(leaking, "leak wording without model reflux: {id}");
        }
        let higher = versus_healthy(s.avp_active_mmhg, c.healthy.avp_active_mmhg);
        if text.contains("higher than a healthy leg") {
            assert_eq!(higher, VersusHealthy::Higher, "{id}");
        }
        let (_, healthy_top) = healthy_ankle_pressure_mmhg(c.activity);
        if text.contains("as low as a healthy leg") || text.contains("as much as a healthy leg") {
            assert!(s.avp_active_mmhg <= healthy_top, "{id}");
        }
        if text.contains("near a healthy leg") {
            assert!(
                higher != VersusHealthy::Higher || s.avp_active_mmhg <= healthy_top,
                "{id}"
            );
        }
        if has_word(&text, "barely") && c.activity.drive().rhythm.is_some() {
            assert!(
                fall_pct(s.still_mmhg, s.avp_active_mmhg) < PUMP_LOWERS_PCT,
                "{id}"
            );
        }
        match c.verdict.refill {
            Refill::Fast { seconds, leak } => {
                assert!(seconds < NORMAL_REFILL_S, "{id}");
                assert_eq!(leak == Leak::Leaking, leaking, "{id}");
            }
            Refill::Normal { seconds, .. } => assert!(seconds >= NORMAL_REFILL_S, "{id}"),
            Refill::NotATest(_) => assert!(!text.contains("Refill time"), "{id}"),
        }
        for bad in ["NaN", "inf", "-0", "- 0"] {
            assert!(!text.contains(bad), "{bad}: {id}");
        }
    }
}

/// How well the pump does, best first, for ordering verdicts.
fn rank(pump: Pump) -> u8 {
    match pump {
        Pump::Works => 0,
        Pump::Partly => 1,
        Pump::Barely => 2,
        Pump::Resting => 3,
    }
}

#[test]
fn one_meaning_one_wording_and_no_flip_flops() {
    // The old cards said "lowers less than a healthy leg" at one mmHg and
    // "lowers only partly" at the next: two wordings of one meaning. Now a
    // pump that lowers the pressure but not into a healthy leg's range has
    // one wording, in every language.
    for lang in Lang::ALL {
        let partly: std::collections::BTreeSet<String> = cases()
            .iter()
            .filter(|c| c.verdict.pump == Pump::Partly && c.verdict.tiptoe.is_none())
            .map(|c| {
                let card = card_description(lang, c);
                let w = lang.site_words();
                assert!(card.contains(w.card_lowers_less()), "{card}");
                w.card_lowers_less().to_string()
            })
            .collect();
        assert_eq!(partly.len(), 1);
        let all: String = scenarios::patient_paragraphs(lang).join(" ");
        assert!(!all.contains("only partly") && !all.contains("solo en parte"));
    }
    // And a stronger stocking never makes the verdict on the pump worse.
    for activity in Activity::ALL {
        for leg in LegCondition::ALL {
            let ranks: Vec<u8> = Stockings::ALL
                .iter()
                .map(|&s| rank(case(activity, leg, s).verdict.pump))
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[1] <= w[0]),
                "{activity:?} {leg:?}: {ranks:?} across none → 30-40"
            );
        }
    }
}

#[test]
fn a_fall_the_posture_makes_is_not_credited_to_the_calf() {
    // Cycling with flat feet once read "lowers ankle pressure well: 88 → 78
    // mmHg" beside "the pump barely works": the saddle lowered it.
    for leg in LegCondition::ALL {
        let c = case(Activity::CyclingFlat, leg, Stockings::None);
        assert_eq!(c.verdict.pump, Pump::Barely, "{}", id(c));
        let card = card_description(Lang::En, c);
        assert!(
            !card.contains("well") && (card.contains("barely") || card.contains("does not lower")),
            "{card}"
        );
    }
    for c in cases() {
        let card = card_description(Lang::En, c);
        if card.contains("as much as a healthy leg") {
            let (_, top) = healthy_ankle_pressure_mmhg(c.activity);
            assert!(c.summary.avp_active_mmhg <= top, "{card}");
        }
    }
}

#[test]
fn b25_a_seated_leg_reads_at_a_healthy_seated_level() {
    let (low, high) = healthy_ankle_pressure_mmhg(Activity::Sitting);
    let healthy = case(Activity::Sitting, LegCondition::Healthy, Stockings::None);
    assert!((low..=high).contains(&healthy.summary.avp_active_mmhg));
    for leg in LegCondition::ALL {
        for stockings in Stockings::ALL {
            let c = case(Activity::Sitting, leg, stockings);
            for lang in Lang::ALL {
                let text = words(lang, c);
                assert!(
                    !text.contains("higher than a healthy leg")
                        && !text.contains("más alta que en una pierna sana"),
                    "B25 {}: {text}",
                    id(c)
                );
            }
        }
    }
}

#[test]
fn b26_the_tiptoe_test_judges_emptying_and_refill() {
    let weak = case(Activity::Tiptoe, LegCondition::WeakCalf, Stockings::None);
    assert!(weak.summary.ejection_fraction_pct < 55.0);
    assert_eq!(weak.verdict.tiptoe, Some(TiptoeResult::WeakCalf));
    let text = format!(
        "{} {}",
        main_message(Lang::En, weak),
        card_description(Lang::En, weak)
    );
    assert!(text.contains("weak calf"), "{text}");
    for wrong in ["reads normal", "well", "works"] {
        assert!(!text.contains(wrong), "B26 '{wrong}': {text}");
    }
    let healthy = case(Activity::Tiptoe, LegCondition::Healthy, Stockings::None);
    assert_eq!(healthy.verdict.tiptoe, Some(TiptoeResult::Normal));
    for leg in [LegCondition::SuperficialReflux, LegCondition::DeepReflux] {
        let c = case(Activity::Tiptoe, leg, Stockings::None);
        assert_eq!(
            c.verdict.tiptoe,
            Some(TiptoeResult::FastRefill),
            "{}",
            id(c)
        );
    }
    // The test is described as it is done, and what finds leaky valves.
    let w = Lang::En.words();
    assert!(w.tiptoe_how().contains("light sensor") && w.tiptoe_how().contains("no needle"));
    assert!(
        w.steps_doctor().contains("ultrasound scan") && w.steps_doctor().contains("Treatments")
    );
}

#[test]
fn b22_a_light_stocking_is_not_a_cure_in_words_either() {
    // "No blood leaks back" beside 25 mmHg, the same as a healthy leg: gone.
    for stockings in [Stockings::Class15to20, Stockings::Class20to30] {
        let c = case(
            Activity::Walking,
            LegCondition::SuperficialReflux,
            stockings,
        );
        let text = words(Lang::En, c);
        assert!(!text.contains("no blood leaks back"), "{text}");
        assert!(!text.contains("as low as a healthy leg"), "{text}");
        assert!(
            text.contains("does not fix the valves") || text.contains("higher than a healthy leg"),
            "{text}"
        );
        let headline = ankle_headline(Lang::En, c.summary.avp_active_mmhg, Some(c)).text();
        assert!(headline.contains("a healthy leg:"), "{headline}");
    }
}

#[test]
fn the_headline_compares_with_a_healthy_leg_doing_the_same() {
    for c in cases().iter().filter(|c| c.leg != LegCondition::Healthy) {
        let headline = ankle_headline(Lang::En, c.summary.avp_active_mmhg, Some(c)).text();
        assert!(headline.contains("a healthy leg"), "{}: {headline}", id(c));
        assert!(!headline.contains("standing still"), "{headline}");
        // The tiptoe test's live number starts at standing still; the healthy
        // figure beside it is the low during the raises, and says so.
        assert_eq!(
            headline.contains("during the raises"),
            c.activity == Activity::Tiptoe && !headline.contains("the same as"),
            "{}: {headline}",
            id(c)
        );
    }
}

#[test]
fn the_words_a_surgeon_struck_are_gone() {
    let w = Lang::En.words();
    let all: String = scenarios::patient_paragraphs(Lang::En).join(" ");
    // A weak calf is common and can be trained; not "rare".
    assert!(!w.leg_weak_calf_help().contains("rare"));
    assert!(w.leg_weak_calf_help().contains("can be trained"));
    // Deep reflux is the severe, usually post-thrombotic case.
    assert!(w.leg_deep_reflux_help().contains("blood clot"));
    assert!(w.leg_deep_reflux_help().contains("doctor's care"));
    // Swimming with a low flow is not "a good rest".
    assert!(!all.contains("good rest"), "good rest");
    // Fluid leaves the capillaries, not the veins.
    assert!(!all.contains("seeped out of the veins"));
    assert!(all.contains("out of the small blood vessels"));
    // "Can bring" aching, not "bring".
    assert!(all.contains("can bring aching"));
    assert_eq!(
        all.matches("bring aching").count(),
        all.matches("can bring aching").count()
    );
    // Firm stockings need a prescription and a fitting.
    assert!(w.stockings_class_30_40_help().contains("prescription"));
    assert!(w.stockings_class_30_40_help().contains("fitting"));
    // Every range carries its unit.
    for activity in Activity::ALL {
        let help = calf_pump_explain::narration::ankle_pressure_help(Lang::En, activity);
        assert!(help.trim_end_matches('.').ends_with("mmHg"), "{help}");
        let flow = calf_pump_explain::narration::venous_return_help(Lang::En, activity);
        assert!(
            flow.trim_end_matches('.').ends_with("mL per minute"),
            "{flow}"
        );
    }
    // The blood clot warning, with what to do.
    assert!(w.steps_clot().contains("same day") && w.steps_clot().contains("911"));
}

#[test]
fn every_stocking_suggestion_says_who_must_not_wear_them() {
    use calf_pump_explain::steps::{what_you_can_do, StepKind};
    for c in cases() {
        for lang in Lang::ALL {
            for step in what_you_can_do(lang, c.activity, c.leg, c.stockings) {
                if step.kind == StepKind::Stockings {
                    assert!(step.notes.contains(&lang.words().stockings_safety()));
                }
                if step.text.to_lowercase().contains("stocking") || step.text.contains("medias") {
                    assert_eq!(step.kind, StepKind::Stockings, "{}", step.text);
                }
            }
            // Narration never recommends stockings to a bare leg without the safety line.
            let text = narration(lang, c);
            assert!(!text.contains("compression stockings help"), "{text}");
        }
    }
}

#[test]
fn spanish_follows_the_patients_words() {
    let all = scenarios::patient_paragraphs(Lang::Es).join(" ");
    for wrong in ["con fugas", "latidos", "sacar sangre", "le laten"] {
        assert!(!all.contains(wrong), "'{wrong}' in the Spanish");
    }
    let w = Lang::Es.words();
    assert!(w.leg_superficial_reflux().contains("Várices"));
    let lower = |s: &str| s.to_lowercase();
    assert!(lower(w.stockings_class_15_20_help()).contains("ligera"));
    assert!(lower(w.stockings_class_20_30_help()).contains("moderada"));
    assert!(lower(w.stockings_class_30_40_help()).contains("fuerte"));
    assert!(lower(w.stockings_class_30_40_help()).contains("con receta médica"));
    assert!(w
        .stockings_safety()
        .contains("poca sensibilidad en los pies"));
    // No decimal comma in a patient sentence.
    for p in scenarios::patient_paragraphs(Lang::Es) {
        let digits_comma_digit = p
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit());
        assert!(!digits_comma_digit, "decimal comma: {p}");
    }
}

#[test]
fn every_spanish_sentence_agrees_with_its_numbers_too() {
    for c in cases() {
        let text = words(Lang::Es, c);
        let higher = versus_healthy(c.summary.avp_active_mmhg, c.healthy.avp_active_mmhg);
        if text.contains("más alta que en una pierna sana") {
            assert_eq!(higher, VersusHealthy::Higher, "{}: {text}", id(c));
        }
        if text.contains("tan baja como en una pierna sana") {
            let (_, top) = healthy_ankle_pressure_mmhg(c.activity);
            assert!(c.summary.avp_active_mmhg <= top, "{}: {text}", id(c));
        }
        assert!(!text.contains("NaN"));
    }
}

#[test]
fn narration_is_short_and_covers_the_seed_posts_points() {
    let all: String = cases().iter().map(|c| words(Lang::En, c)).collect();
    for needle in ["calf", "valves", "aching", "swelling", "tired", "stocking"] {
        assert!(all.contains(needle), "missing {needle}");
    }
    for c in cases() {
        let text = narration(Lang::En, c);
        let sentences = text.matches(['.', '!', '?']).count();
        assert!((1..=4).contains(&sentences), "{text}");
    }
}

#[test]
fn the_main_message_never_claims_a_healthy_leg_s_pressure_above_it() {
    // A leaky leg doing ankle pumps at 30 mmHg beside a healthy 16 once read
    // "as low as a healthy leg's": the band, not the healthy leg, was checked.
    for c in cases() {
        let message = main_message(Lang::En, c);
        if c.versus_healthy() == calf_pump_explain::verdict::VersusHealthy::Higher {
            for claim in ["as low as a healthy leg", "near a healthy leg"] {
                assert!(!message.contains(claim), "{}: {message}", id(c));
            }
        }
    }
    // A stocking flatters the clinic's test: the message says so.
    let c = case(
        Activity::Tiptoe,
        LegCondition::SuperficialReflux,
        Stockings::Class20to30,
    );
    assert!(main_message(Lang::En, c).contains("without stockings"));
}

#[test]
fn a_planner_suggestion_gives_the_evening_with_and_without_it_not_a_difference() {
    use calf_pump_explain::day::suggestion_effect;
    use calf_pump_model::day::{suggestions, DayModel, DayPlan, Preset};
    let mut model = DayModel::new();
    let mut checked = 0;
    for preset in Preset::ALL {
        for leg in LegCondition::ALL {
            let plan = DayPlan {
                blocks: preset.blocks(),
                leg,
                stockings: Stockings::None,
            };
            let outcome = model.run(&plan);
            for card in suggestions(&mut model, &plan, &outcome) {
                let (after, before) = (
                    card.outcome.evening_swelling_ml.round(),
                    outcome.evening_swelling_ml.round(),
                );
                for lang in Lang::ALL {
                    let text = suggestion_effect(lang, &card);
                    assert!(
                        !text.contains(" less ") && !text.contains(" menos "),
                        "{text}"
                    );
                    if after != before {
                        let (a, b) = (lang.whole(after), lang.whole(before));
                        assert!(
                            text.contains(&format!("{a} mL")) && text.contains(&format!("{b} mL")),
                            "{preset:?} {leg:?}: {text} should name {a} and {b} mL"
                        );
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 8, "only {checked} suggestions");
}

#[test]
fn walking_on_leaky_surface_veins_swells_slowly_not_like_standing() {
    use calf_pump_explain::narration::swelling_phrase;
    use calf_pump_links::scenario::Scenario;
    use calf_pump_session::{Readings, Session, Start};
    let phrase = |activity, leg| {
        let mut s = Session::new(
            Scenario {
                activity,
                leg,
                ..Default::default()
            },
            Start::UnderWay,
        );
        for _ in 0..20 * 60 {
            s.advance(1.0 / 60.0);
        }
        let r = Readings::of(&s);
        swelling_phrase(Lang::En, r.swelling_rate_ml_min, r.swelling_ml)
    };
    assert_eq!(
        phrase(Activity::Walking, LegCondition::SuperficialReflux),
        "building up slowly"
    );
    assert_eq!(
        phrase(Activity::Standing, LegCondition::SuperficialReflux),
        "building up"
    );
    assert_eq!(
        phrase(Activity::Walking, LegCondition::DeepReflux),
        "building up"
    );
}
