//! What a pre-built page and its link preview say about one activity and
//! leg: the card's title and its description, from the model's numbers and
//! verdict.

use crate::labels::{activity_label, activity_subject, leg_in_sentence, leg_label, lower_first};
use crate::verdict::{change_from_standing_pct, Lowered, PressureLevel, Verdict};
use calf_pump_model::{Activity, LegCondition, Posture};
use calf_pump_words::{fill, Lang};

/// The name of a pre-built page and its link preview: "Climbing stairs,
/// leaky deep veins".
pub fn card_title(lang: Lang, activity: Activity, leg: LegCondition) -> String {
    fill(
        lang.site_words().card_title(),
        &[
            ("activity", activity_label(lang, activity)),
            ("leg", &lower_first(leg_label(lang, leg))),
        ],
    )
}

/// What this leg does in this activity, for a shared link's description,
/// from the model: the verdict, ankle pressure standing still and during the
/// activity, and what a healthy leg reaches. "With leaky deep veins,
/// climbing stairs barely lowers ankle pressure: 88 → 75 mmHg. A healthy leg
/// falls to 24."
pub fn card_description(
    lang: Lang,
    activity: Activity,
    leg: LegCondition,
    verdict: &Verdict,
    standing_mmhg: f64,
    active_mmhg: f64,
    healthy_active_mmhg: f64,
) -> String {
    let w = lang.site_words();
    let horizontal = activity.drive().posture == Posture::Horizontal;
    let resting = activity.drive().rhythm.is_none();
    let verb = match (verdict.lowered, verdict.pressure) {
        (Lowered::ByPosture, _) if horizontal => w.card_level_with_heart(),
        (Lowered::ByPosture, _) => w.card_posture_a_little(),
        (Lowered::AboutTheSame, _) if resting => w.card_standing_level(),
        (Lowered::AboutTheSame, _) => w.card_hardly_changes(),
        (Lowered::Raised, _) => w.card_raises(),
        (Lowered::ByCalf, PressureLevel::LikeHealthy) => w.card_lowers_well(),
        (Lowered::ByCalf, PressureLevel::AboveHealthy) => w.card_lowers_less(),
        (Lowered::ByCalf, PressureLevel::High)
            if change_from_standing_pct(active_mmhg, standing_mmhg) >= 25.0 =>
        {
            w.card_lowers_partly()
        }
        (Lowered::ByCalf, PressureLevel::High) => w.card_barely_lowers(),
    };
    let what = activity_subject(lang, activity);
    let numbers = if (standing_mmhg - active_mmhg).abs() < 1.0 {
        fill(w.card_numbers_same(), &[("mmhg", &lang.whole(active_mmhg))])
    } else {
        fill(
            w.card_numbers_change(),
            &[
                ("standing", &lang.whole(standing_mmhg)),
                ("active", &lang.whole(active_mmhg)),
            ],
        )
    };
    if leg == LegCondition::Healthy {
        return fill(
            w.card_healthy(),
            &[("activity", what), ("verb", verb), ("numbers", &numbers)],
        );
    }
    let healthy_mmhg = lang.whole(healthy_active_mmhg);
    let healthy = if (active_mmhg - healthy_active_mmhg).abs() < 3.0 {
        w.card_healthy_same().to_string()
    } else if healthy_active_mmhg < active_mmhg {
        fill(w.card_healthy_falls_to(), &[("mmhg", &healthy_mmhg)])
    } else {
        fill(w.card_healthy_is(), &[("mmhg", &healthy_mmhg)])
    };
    fill(
        w.card_leg(),
        &[
            ("leg", leg_in_sentence(lang, leg)),
            ("activity", what),
            ("verb", verb),
            ("numbers", &numbers),
            ("healthy", &healthy),
        ],
    )
}
