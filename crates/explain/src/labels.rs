//! The names of things in the reader's language: each activity, leg,
//! stocking class and preset day, with its one-line help and icon. One
//! exhaustive `match` each, so a new activity is a compile error here until
//! it has words.

use calf_pump_model::{Activity, LegCondition, Preset, Stockings};
use calf_pump_words::Lang;

/// Short label for the activity picker.
pub fn activity_label(lang: Lang, a: Activity) -> &'static str {
    let w = lang.words();
    match a {
        Activity::Standing => w.activity_standing(),
        Activity::Sitting => w.activity_sitting(),
        Activity::Lying => w.activity_lying(),
        Activity::Walking => w.activity_walking(),
        Activity::AnklePumps => w.activity_ankle_pumps(),
        Activity::FeetUp => w.activity_feet_up(),
        Activity::Running => w.activity_running(),
        Activity::Hiking => w.activity_hiking(),
        Activity::Stairs => w.activity_stairs(),
        Activity::CyclingToes => w.activity_cycling_toes(),
        Activity::CyclingFlat => w.activity_cycling_flat(),
        Activity::Swimming => w.activity_swimming(),
        Activity::Tiptoe => w.activity_tiptoe(),
    }
}

/// The activity as the subject of a sentence ("climbing stairs").
pub(crate) fn activity_subject(lang: Lang, a: Activity) -> &'static str {
    let w = lang.site_words();
    match a {
        Activity::Standing => w.activity_subject_standing(),
        Activity::Sitting => w.activity_subject_sitting(),
        Activity::Lying => w.activity_subject_lying(),
        Activity::Walking => w.activity_subject_walking(),
        Activity::AnklePumps => w.activity_subject_ankle_pumps(),
        Activity::FeetUp => w.activity_subject_feet_up(),
        Activity::Running => w.activity_subject_running(),
        Activity::Hiking => w.activity_subject_hiking(),
        Activity::Stairs => w.activity_subject_stairs(),
        Activity::CyclingToes => w.activity_subject_cycling_toes(),
        Activity::CyclingFlat => w.activity_subject_cycling_flat(),
        Activity::Swimming => w.activity_subject_swimming(),
        Activity::Tiptoe => w.activity_subject_tiptoe(),
    }
}

/// A small pictogram for each activity (decorative; the label carries the meaning).
pub fn activity_icon(a: Activity) -> &'static str {
    match a {
        Activity::Standing => "🧍",
        Activity::Sitting => "🪑",
        Activity::Lying => "🛏️",
        Activity::Walking => "🚶",
        Activity::AnklePumps => "🦵",
        Activity::FeetUp => "🛋️",
        Activity::Running => "🏃",
        Activity::Hiking => "🥾",
        Activity::Stairs => "🪜",
        Activity::CyclingToes => "🚴",
        Activity::CyclingFlat => "🚲",
        Activity::Swimming => "🏊",
        Activity::Tiptoe => "🦶",
    }
}

pub fn leg_label(lang: Lang, l: LegCondition) -> &'static str {
    let w = lang.words();
    match l {
        LegCondition::Healthy => w.leg_healthy(),
        LegCondition::SuperficialReflux => w.leg_superficial_reflux(),
        LegCondition::DeepReflux => w.leg_deep_reflux(),
        LegCondition::WeakCalf => w.leg_weak_calf(),
    }
}

pub fn leg_help(lang: Lang, l: LegCondition) -> &'static str {
    let w = lang.words();
    match l {
        LegCondition::Healthy => w.leg_healthy_help(),
        LegCondition::SuperficialReflux => w.leg_superficial_reflux_help(),
        LegCondition::DeepReflux => w.leg_deep_reflux_help(),
        LegCondition::WeakCalf => w.leg_weak_calf_help(),
    }
}

/// The leg inside a sentence: "With leaky deep veins, …".
pub(crate) fn leg_in_sentence(lang: Lang, l: LegCondition) -> &'static str {
    let w = lang.words();
    match l {
        LegCondition::Healthy => w.leg_healthy_with(),
        LegCondition::SuperficialReflux => w.leg_superficial_reflux_with(),
        LegCondition::DeepReflux => w.leg_deep_reflux_with(),
        LegCondition::WeakCalf => w.leg_weak_calf_with(),
    }
}

pub fn stockings_label(lang: Lang, s: Stockings) -> &'static str {
    let w = lang.words();
    match s {
        Stockings::None => w.stockings_none(),
        Stockings::Class15to20 => w.stockings_class_15_20(),
        Stockings::Class20to30 => w.stockings_class_20_30(),
        Stockings::Class30to40 => w.stockings_class_30_40(),
    }
}

/// "medium, 20–30 mmHg": the class in words, then the squeeze printed on the packet.
pub(crate) fn stockings_in_sentence(lang: Lang, s: Stockings) -> String {
    let squeeze_mmhg = match s {
        Stockings::None => return lower_first(stockings_label(lang, s)),
        Stockings::Class15to20 => "15–20",
        Stockings::Class20to30 => "20–30",
        Stockings::Class30to40 => "30–40",
    };
    format!(
        "{}, {squeeze_mmhg} mmHg",
        lower_first(stockings_label(lang, s))
    )
}

pub fn stockings_help(lang: Lang, s: Stockings) -> &'static str {
    let w = lang.words();
    match s {
        Stockings::None => w.stockings_none_help(),
        Stockings::Class15to20 => w.stockings_class_15_20_help(),
        Stockings::Class20to30 => w.stockings_class_20_30_help(),
        Stockings::Class30to40 => w.stockings_class_30_40_help(),
    }
}

/// "Walking" → "walking", to sit inside a sentence.
pub(crate) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A preset day's name for the reader: "Desk job".
pub fn preset_label(lang: Lang, preset: Preset) -> &'static str {
    let w = lang.day_words();
    match preset {
        Preset::Desk => w.day_preset_desk(),
        Preset::OnYourFeet => w.day_preset_on_your_feet(),
        Preset::RetiredActive => w.day_preset_retired_active(),
        Preset::LongFlight => w.day_preset_long_flight(),
    }
}
