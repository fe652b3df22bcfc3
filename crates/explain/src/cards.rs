//! What a pre-built page and its link preview say about one activity and
//! leg: the card's title and its description, from the model's numbers and
//! verdict.

use crate::labels::{activity_label, activity_subject, leg_in_sentence, leg_label, lower_first};
use crate::verdict::{Gravity, Judged, Pump, TiptoeResult, VersusHealthy};
use calf_pump_model::{Activity, LegCondition};
use calf_pump_words::{fill, Lang, SiteWords};

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

/// What the activity does to the ankle pressure, as a verb phrase: credited
/// to the calf only when the calf lowered it, to the posture when the
/// posture did (a saddle, lying flat, feet up).
fn verb(w: &SiteWords, j: &Judged) -> &'static str {
    let v = &j.verdict;
    if let Some(test) = v.tiptoe {
        return match test {
            TiptoeResult::Normal => w.card_test_normal(),
            TiptoeResult::WeakCalf => w.card_test_weak(),
            TiptoeResult::FastRefill => w.card_test_fast(),
        };
    }
    let higher = j.versus_healthy() == VersusHealthy::Higher;
    let rose = j.summary.avp_active_mmhg > j.summary.still_mmhg;
    match (v.gravity, v.pump) {
        (Gravity::Level, Pump::Resting | Pump::Works | Pump::Partly | Pump::Barely) => {
            w.card_level_with_heart()
        }
        (Gravity::Drains, Pump::Resting | Pump::Works | Pump::Partly | Pump::Barely) => {
            w.card_feet_drain()
        }
        (Gravity::Pulls, Pump::Resting) if j.activity == Activity::Standing => {
            w.card_standing_level()
        }
        (Gravity::Pulls, Pump::Resting) => w.card_posture_a_little(),
        // "Well" only where it reaches a healthy leg's; above it, "less".
        (Gravity::Pulls, Pump::Works | Pump::Partly) if higher => w.card_lowers_less(),
        (Gravity::Pulls, Pump::Works | Pump::Partly) => w.card_lowers_well(),
        // The calf did not lower it at all: the pressure rose.
        (Gravity::Pulls, Pump::Barely) if rose => w.card_raises(),
        (Gravity::Pulls, Pump::Barely) => w.card_barely_lowers(),
    }
}

/// "88 → 24 mmHg": from the posture held still (standing, the saddle,
/// sitting) to the activity; or the one number where the calf rests.
fn numbers(lang: Lang, j: &Judged) -> String {
    let w = lang.site_words();
    let s = &j.summary;
    let from = if j.activity.drive().rhythm.is_some() {
        s.still_mmhg
    } else {
        s.standing_mmhg
    };
    if (from - s.avp_active_mmhg).abs() < 1.0 {
        fill(
            w.card_numbers_same(),
            &[("mmhg", &lang.whole(s.avp_active_mmhg))],
        )
    } else {
        fill(
            w.card_numbers_change(),
            &[
                ("from", &lang.whole(from)),
                ("active", &lang.whole(s.avp_active_mmhg.max(0.0))),
            ],
        )
    }
}

/// What this leg does in this activity, for a shared link's description:
/// "With leaky deep veins, climbing stairs barely lowers ankle pressure:
/// 88 → 75 mmHg. A healthy leg falls to 24 mmHg."
pub fn card_description(lang: Lang, j: &Judged) -> String {
    let caption = card_caption(lang, j);
    if j.leg == LegCondition::Healthy {
        // A preview invites the reader to the leaky leg's page.
        return format!("{caption} {}", lang.site_words().card_try_leaky());
    }
    caption
}

/// What the page's chart shows, in a sentence: the description without the
/// preview's invitation (a printed page cannot be tapped).
pub fn card_caption(lang: Lang, j: &Judged) -> String {
    let w = lang.site_words();
    let what = activity_subject(lang, j.activity);
    let numbers = numbers(lang, j);
    if j.leg == LegCondition::Healthy {
        return fill(
            w.card_healthy(),
            &[
                ("activity", what),
                ("verb", verb(w, j)),
                ("numbers", &numbers),
            ],
        );
    }
    let healthy_mmhg = lang.whole(j.healthy.avp_active_mmhg.max(0.0));
    let healthy = match j.versus_healthy() {
        VersusHealthy::Same => w.card_healthy_same().to_string(),
        VersusHealthy::Higher => fill(w.card_healthy_falls_to(), &[("mmhg", &healthy_mmhg)]),
        VersusHealthy::Lower => fill(w.card_healthy_is(), &[("mmhg", &healthy_mmhg)]),
    };
    fill(
        w.card_leg(),
        &[
            ("leg", leg_in_sentence(lang, j.leg)),
            ("activity", what),
            ("verb", verb(w, j)),
            ("numbers", &numbers),
            ("healthy", &healthy),
        ],
    )
}
