//! The text name of every value a link can carry: each said once, in one
//! exhaustive `match`, so a new activity or leg is a compile error here
//! until it has a name.

use calf_pump_model::{Activity, LegCondition, Preset, Stockings};

/// A value with a name in links (`cycling-toes`, `deep-reflux`, `20-30`).
pub trait LinkName: Sized + Copy + PartialEq + 'static {
    /// The query key that carries it (`activity`).
    const KEY: &'static str;
    /// Every value, in the order the contract lists them.
    const ALL: &'static [Self];

    /// Its name in links.
    fn link_name(self) -> &'static str;

    /// The value a name stands for (any case, spaces trimmed), if any.
    fn from_link_name(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.link_name().eq_ignore_ascii_case(text.trim()))
    }

    /// Every name, for an error that lists what is allowed.
    fn link_names() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.link_name()).collect()
    }
}

impl LinkName for Activity {
    const KEY: &'static str = "activity";
    const ALL: &'static [Self] = &Activity::ALL;
    fn link_name(self) -> &'static str {
        match self {
            Activity::Standing => "standing",
            Activity::Sitting => "sitting",
            Activity::Lying => "lying",
            Activity::Walking => "walking",
            Activity::AnklePumps => "ankle-pumps",
            Activity::FeetUp => "feet-up",
            Activity::Running => "running",
            Activity::Hiking => "hiking",
            Activity::Stairs => "stairs",
            Activity::CyclingToes => "cycling-toes",
            Activity::CyclingFlat => "cycling-flat",
            Activity::Swimming => "swimming",
            Activity::Tiptoe => "tiptoe",
        }
    }
}

impl LinkName for LegCondition {
    const KEY: &'static str = "leg";
    const ALL: &'static [Self] = &LegCondition::ALL;
    fn link_name(self) -> &'static str {
        match self {
            LegCondition::Healthy => "healthy",
            LegCondition::SuperficialReflux => "superficial-reflux",
            LegCondition::DeepReflux => "deep-reflux",
            LegCondition::WeakCalf => "weak-calf",
        }
    }
}

impl LinkName for Stockings {
    const KEY: &'static str = "stockings";
    const ALL: &'static [Self] = &Stockings::ALL;
    fn link_name(self) -> &'static str {
        match self {
            Stockings::None => "none",
            Stockings::Class15to20 => "15-20",
            Stockings::Class20to30 => "20-30",
            Stockings::Class30to40 => "30-40",
        }
    }
}

impl LinkName for Preset {
    const KEY: &'static str = "preset";
    const ALL: &'static [Self] = &Preset::ALL;
    fn link_name(self) -> &'static str {
        match self {
            Preset::Desk => "desk",
            Preset::OnYourFeet => "on-your-feet",
            Preset::RetiredActive => "retired-active",
            Preset::LongFlight => "long-flight",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: LinkName + std::fmt::Debug>() {
        for &v in T::ALL {
            assert_eq!(T::from_link_name(v.link_name()), Some(v));
            assert_eq!(
                T::from_link_name(&format!(" {} ", v.link_name().to_uppercase())),
                Some(v)
            );
        }
        let mut names = T::link_names();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), T::ALL.len(), "{} names are unique", T::KEY);
        assert_eq!(T::from_link_name("moonwalk"), None);
    }

    #[test]
    fn every_name_is_unique_and_reads_back() {
        round_trips::<Activity>();
        round_trips::<LegCondition>();
        round_trips::<Stockings>();
        round_trips::<Preset>();
    }
}
