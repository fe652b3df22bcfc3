//! Every scenario judged once (every activity × leg × stockings), and every
//! paragraph a patient reads about them, for the wording tests.
#![allow(dead_code)]

use calf_pump_explain::cards::card_description;
use calf_pump_explain::day::{evening_swelling_sentence, suggestion_effect, suggestion_title};
use calf_pump_explain::labels::{leg_help, stockings_help};
use calf_pump_explain::narration::{
    ankle_pressure_help, ankle_pressure_help_short, how_to_use_chart, main_message, narration,
    refill_phrase, summary_points, venous_return_help,
};
use calf_pump_explain::steps::what_you_can_do;
use calf_pump_explain::verdict::Judged;
use calf_pump_model::day::{suggestions, DayModel, DayPlan, Preset};
use calf_pump_model::{clinical_summary, Activity, LegCondition, Stockings};
use calf_pump_words::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Every scenario, judged by the model.
pub fn cases() -> &'static [Judged] {
    static CASES: OnceLock<Vec<Judged>> = OnceLock::new();
    CASES.get_or_init(|| {
        let healthy: HashMap<Activity, _> = Activity::ALL
            .iter()
            .map(|&a| {
                (
                    a,
                    clinical_summary(a, LegCondition::Healthy, Stockings::None),
                )
            })
            .collect();
        let mut all = Vec::new();
        for activity in Activity::ALL {
            for leg in LegCondition::ALL {
                for stockings in Stockings::ALL {
                    let summary = clinical_summary(activity, leg, stockings);
                    all.push(Judged::new(
                        activity,
                        leg,
                        stockings,
                        summary,
                        healthy[&activity],
                    ));
                }
            }
        }
        all
    })
}

/// The case for one scenario.
pub fn case(activity: Activity, leg: LegCondition, stockings: Stockings) -> &'static Judged {
    cases()
        .iter()
        .find(|c| c.activity == activity && c.leg == leg && c.stockings == stockings)
        .expect("every scenario is a case")
}

/// Everything the widget says beside a scenario's numbers: the main
/// message, the narration and the refill time.
pub fn words(lang: Lang, c: &Judged) -> String {
    format!(
        "{} {} {}",
        main_message(lang, c),
        narration(lang, c),
        refill_phrase(lang, &c.verdict.refill)
    )
}

/// Every paragraph a patient reads, in `lang`: the widget's sentences for
/// every scenario, the steps, the help lines, the cards, the summary, and
/// the planner's evening and suggestions for every preset and leg.
pub fn patient_paragraphs(lang: Lang) -> Vec<String> {
    let w = lang.words();
    let mut out: Vec<String> = vec![
        w.page_lede().into(),
        format!("{}{}", w.message_purpose(), w.message_purpose_more()),
        format!("{}{}", w.page_disclaimer(), w.page_disclaimer_more()),
        w.stockings_safety().into(),
        w.stockings_safety_short().into(),
        w.steps_clot().into(),
        w.steps_clot_short().into(),
        w.stockings_wear().into(),
        w.stockings_off_for_swimming().into(),
        w.refill_help().into(),
        w.tiptoe_how().into(),
        w.tiptoe_starting().into(),
        w.page_why_it_matters().into(),
        // The lesson written into each page (crates/site/src/lesson.rs).
        lang.site_words().site_read_chart().into(),
        lang.site_words().site_scan_to_open().into(),
    ];
    out.extend(summary_points(lang).map(String::from));
    for leg in LegCondition::ALL {
        out.push(leg_help(lang, leg).into());
    }
    for stockings in Stockings::ALL {
        out.push(stockings_help(lang, stockings).into());
    }
    for activity in Activity::ALL {
        out.push(ankle_pressure_help(lang, activity));
        out.push(ankle_pressure_help_short(lang, activity));
        out.push(venous_return_help(lang, activity));
    }
    for c in cases() {
        out.push(main_message(lang, c).into());
        out.push(narration(lang, c));
        out.push(refill_phrase(lang, &c.verdict.refill));
        out.push(how_to_use_chart(lang, c.activity, Some(c)));
        out.push(how_to_use_chart(lang, c.activity, None));
        if c.stockings == Stockings::None {
            out.push(card_description(lang, c));
        }
        for step in what_you_can_do(lang, c.activity, c.leg, c.stockings) {
            out.push(step.text.into());
        }
    }
    out.extend(day_paragraphs(lang));
    out.sort();
    out.dedup();
    out
}

/// The planner's evening and what would help, for every preset day and leg.
pub fn day_paragraphs(lang: Lang) -> Vec<String> {
    let d = lang.day_words();
    let mut out = vec![
        d.day_disclaimer_more().trim().to_string(),
        calf_pump_words::fill(d.day_high_note(), &[("mmhg", "35")]),
        d.day_flight().into(),
        d.day_purpose().into(),
        d.day_editor_how().into(),
    ];
    let mut model = DayModel::new();
    for preset in Preset::ALL {
        for leg in LegCondition::ALL {
            let plan = DayPlan {
                blocks: preset.blocks(),
                leg,
                stockings: Stockings::None,
            };
            let outcome = model.run(&plan);
            out.push(evening_swelling_sentence(lang, &outcome));
            for card in suggestions(&mut model, &plan, &outcome) {
                out.push(suggestion_title(lang, &card));
                out.push(suggestion_effect(lang, &card));
            }
        }
    }
    out
}
