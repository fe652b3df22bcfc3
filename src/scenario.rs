//! The scenario's text form: a query string with the keys `activity`, `leg`
//! and `stockings`, e.g. `activity=stairs&leg=deep-reflux&stockings=20-30`.
//!
//! This is a public contract shared by links people post and by the command
//! line: missing keys take defaults, unknown keys are ignored (newer versions
//! add keys and old links must keep working), a bad value is an error naming
//! the key, the value and the allowed values.

use crate::model::{Activity, LegCondition, Stockings};
use std::fmt;

/// What the reader is looking at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub activity: Activity,
    pub leg: LegCondition,
    pub stockings: Stockings,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            activity: Activity::Standing,
            leg: LegCondition::Healthy,
            stockings: Stockings::None,
        }
    }
}

/// A value the parser could not accept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    pub key: &'static str,
    pub value: String,
    pub allowed: &'static [&'static str],
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} '{}' is not one of: {}",
            self.key,
            self.value,
            self.allowed.join(", ")
        )
    }
}

impl std::error::Error for ScenarioError {}

/// A closed set of values with one text name each.
trait Named: Sized + Copy + PartialEq + 'static {
    const KEY: &'static str;
    const NAMES: &'static [&'static str];
    const VALUES: &'static [Self];

    fn name(self) -> &'static str {
        let i = Self::VALUES.iter().position(|v| *v == self).unwrap_or(0);
        Self::NAMES[i]
    }

    fn parse_value(text: &str) -> Result<Self, ScenarioError> {
        Self::NAMES
            .iter()
            .position(|n| n.eq_ignore_ascii_case(text.trim()))
            .map(|i| Self::VALUES[i])
            .ok_or_else(|| ScenarioError {
                key: Self::KEY,
                value: text.to_string(),
                allowed: Self::NAMES,
            })
    }
}

impl Named for Activity {
    const KEY: &'static str = "activity";
    const NAMES: &'static [&'static str] = &[
        "standing",
        "sitting",
        "lying",
        "walking",
        "running",
        "hiking",
        "stairs",
        "cycling-toes",
        "cycling-flat",
        "swimming",
        "tiptoe",
    ];
    const VALUES: &'static [Self] = &Activity::ALL;
}

impl Named for LegCondition {
    const KEY: &'static str = "leg";
    const NAMES: &'static [&'static str] =
        &["healthy", "superficial-reflux", "deep-reflux", "weak-calf"];
    const VALUES: &'static [Self] = &LegCondition::ALL;
}

impl Named for Stockings {
    const KEY: &'static str = "stockings";
    const NAMES: &'static [&'static str] = &["none", "15-20", "20-30", "30-40"];
    const VALUES: &'static [Self] = &Stockings::ALL;
}

/// The text name of an activity, leg or stocking class, as used in links.
pub fn activity_name(a: Activity) -> &'static str {
    a.name()
}
pub fn leg_name(l: LegCondition) -> &'static str {
    l.name()
}
pub fn stockings_name(s: Stockings) -> &'static str {
    s.name()
}

/// Decodes `%XX` escapes and `+` (a space in form encoding). Malformed escapes
/// are kept as they are, so the value is reported back to the reader verbatim.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `key=value` pairs of a query string, decoded, with a leading `?` allowed.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split(['&', ';'])
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
}

impl Scenario {
    /// Strict parse: the first bad value is an error.
    pub fn from_query(query: &str) -> Result<Self, ScenarioError> {
        let (scenario, mut problems) = Self::from_query_lenient(query);
        if problems.is_empty() {
            Ok(scenario)
        } else {
            Err(problems.remove(0))
        }
    }

    /// Forgiving parse for links: every bad value falls back to its default and
    /// is reported, so a mangled link still opens a working widget.
    pub fn from_query_lenient(query: &str) -> (Self, Vec<ScenarioError>) {
        let mut scenario = Scenario::default();
        let mut problems = Vec::new();
        for (key, value) in query_pairs(query) {
            let result = match key.trim() {
                "activity" => Activity::parse_value(&value).map(|v| scenario.activity = v),
                "leg" => LegCondition::parse_value(&value).map(|v| scenario.leg = v),
                "stockings" => Stockings::parse_value(&value).map(|v| scenario.stockings = v),
                _ => Ok(()),
            };
            if let Err(e) = result {
                problems.push(e);
            }
        }
        (scenario, problems)
    }

    /// The query with every key, e.g. `activity=walking&leg=healthy&stockings=none`.
    pub fn to_query(&self) -> String {
        format!(
            "activity={}&leg={}&stockings={}",
            self.activity.name(),
            self.leg.name(),
            self.stockings.name()
        )
    }

    /// The query for a link: keys at their default are left out (empty for the default scenario).
    pub fn to_link_query(&self) -> String {
        let d = Scenario::default();
        let mut parts = Vec::new();
        if self.activity != d.activity {
            parts.push(format!("activity={}", self.activity.name()));
        }
        if self.leg != d.leg {
            parts.push(format!("leg={}", self.leg.name()));
        }
        if self.stockings != d.stockings {
            parts.push(format!("stockings={}", self.stockings.name()));
        }
        parts.join("&")
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query())
    }
}

impl std::str::FromStr for Scenario {
    type Err = ScenarioError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_query(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_handles_escapes_plus_and_broken_escapes() {
        assert_eq!(percent_decode("20%2D30"), "20-30");
        assert_eq!(percent_decode("a+b"), "a b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%e2%82"), "\u{fffd}");
    }
}
