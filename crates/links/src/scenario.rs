//! The scenario's text forms, a public contract shared by links people post
//! and by the command line:
//! - a query string with the keys `activity`, `leg` and `stockings`, e.g.
//!   `activity=stairs&leg=deep-reflux&stockings=20-30`;
//! - a page path, `stairs/deep-reflux/` (a healthy leg has none of its own:
//!   `stairs/`), so that link previews, which run no JavaScript, read the
//!   pre-built page of exactly that activity and leg.
//!
//! Missing keys take defaults, unknown keys are ignored (newer versions add
//! keys and old links must keep working), a bad value is an error naming the
//! key, the value and the allowed values. In a link the query wins over the
//! path, so old root links (`/?activity=stairs`) keep working.

use crate::names::LinkName;
use calf_pump_model::{Activity, LegCondition, Stockings};
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
    /// The key (`leg`), or `page` for a page path the site does not have.
    pub key: &'static str,
    pub value: String,
    /// The names the key takes (empty for a page path).
    pub allowed: Vec<&'static str>,
}

impl ScenarioError {
    fn of<T: LinkName>(value: &str) -> Self {
        Self {
            key: T::KEY,
            value: value.to_string(),
            allowed: T::link_names(),
        }
    }
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

/// A value of `T` from a link, or the error naming the key, the value and
/// what is allowed.
pub fn parse_name<T: LinkName>(text: &str) -> Result<T, ScenarioError> {
    T::from_link_name(text).ok_or_else(|| ScenarioError::of::<T>(text))
}

/// The scenario's own keys; every other key of a link is someone else's.
pub const SCENARIO_KEYS: [&str; 3] = [Activity::KEY, LegCondition::KEY, Stockings::KEY];

/// The keys a page path carries; the query holds the rest.
const PATH_KEYS: [&str; 2] = [Activity::KEY, LegCondition::KEY];

/// The `key=value` pairs of a query string, decoded (`%XX` and `+`) by
/// `form_urlencoded`, with a leading `?` allowed. Malformed escapes are kept
/// as they are, so a bad value is reported back to the reader verbatim.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
}

/// The query that goes with `scenario.page_path()`: the scenario's keys the
/// path does not carry (defaults left out), `compare=1` when a healthy leg is
/// overlaid, and every other key but `lang` kept, in order: what the address bar shows
/// as the reader changes the controls.
pub fn with_scenario(query: &str, scenario: &Scenario, compare: bool) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.extend_pairs(scenario.query_pairs_beyond_path());
    if compare {
        out.append_pair("compare", "1");
    }
    for (key, value) in query_pairs(query) {
        // The language rides in the page path (`es/…`), not the query.
        if !SCENARIO_KEYS.contains(&key.trim()) && !["compare", "lang"].contains(&key.trim()) {
            out.append_pair(&key, &value);
        }
    }
    out.finish()
}

impl Scenario {
    /// True when stockings were chosen but the activity takes them off
    /// (the model's rule, [`Stockings::worn_during`]).
    pub fn stockings_set_aside(&self) -> bool {
        self.stockings.worn_during(self.activity) != self.stockings
    }

    /// The scenario of a link: the page path (relative to the site root,
    /// e.g. `stairs/deep-reflux/`), then the query on top. Forgiving like
    /// [`Scenario::from_query_lenient`]: a part it cannot read is reported
    /// and left at its default.
    pub fn from_link_lenient(path: &str, query: &str) -> (Self, Vec<ScenarioError>) {
        // A language's pages sit under its prefix (`es/stairs/`).
        let (_, path) = calf_pump_words::Lang::split_page_path(path);
        let segments: Vec<&str> = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != "index.html")
            .collect();
        let mut path_query = form_urlencoded::Serializer::new(String::new());
        for (key, segment) in PATH_KEYS.iter().zip(&segments) {
            path_query.append_pair(key, segment);
        }
        let (mut scenario, mut problems) =
            Self::from_query_lenient(&format!("{}&{query}", path_query.finish()));
        if segments.len() > PATH_KEYS.len() {
            problems.push(ScenarioError {
                key: "page",
                value: path.to_string(),
                allowed: Vec::new(),
            });
            scenario = Self::from_query_lenient(query).0;
        }
        (scenario, problems)
    }

    /// The pre-built page of this activity and leg, relative to the site
    /// root: `stairs/deep-reflux/`, or `stairs/` for a healthy leg.
    pub fn page_path(&self) -> String {
        if self.leg == LegCondition::Healthy {
            format!("{}/", self.activity.link_name())
        } else {
            format!("{}/{}/", self.activity.link_name(), self.leg.link_name())
        }
    }

    /// Every scenario a page is built for: each activity with each leg.
    pub fn pages() -> impl Iterator<Item = Scenario> {
        Activity::ALL.into_iter().flat_map(|activity| {
            LegCondition::ALL.into_iter().map(move |leg| Scenario {
                activity,
                leg,
                stockings: Stockings::None,
            })
        })
    }

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
                Activity::KEY => parse_name(&value).map(|v| scenario.activity = v),
                LegCondition::KEY => parse_name(&value).map(|v| scenario.leg = v),
                Stockings::KEY => parse_name(&value).map(|v| scenario.stockings = v),
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
            self.activity.link_name(),
            self.leg.link_name(),
            self.stockings.link_name()
        )
    }

    /// The keys a link needs: those not at their default, in contract order.
    fn link_pairs(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let d = Scenario::default();
        [
            (self.activity != d.activity).then(|| (Activity::KEY, self.activity.link_name())),
            (self.leg != d.leg).then(|| (LegCondition::KEY, self.leg.link_name())),
            (self.stockings != d.stockings).then(|| (Stockings::KEY, self.stockings.link_name())),
        ]
        .into_iter()
        .flatten()
    }

    /// The keys a link needs beside [`Scenario::page_path`].
    fn query_pairs_beyond_path(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.link_pairs().filter(|(k, _)| !PATH_KEYS.contains(k))
    }

    /// The query for a link to [`Scenario::page_path`], defaults left out.
    pub fn to_page_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.extend_pairs(self.query_pairs_beyond_path());
        out.finish()
    }

    /// The query for a link: keys at their default are left out (empty for the default scenario).
    pub fn to_link_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.extend_pairs(self.link_pairs());
        out.finish()
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
    fn values_are_decoded_and_broken_escapes_kept() {
        let pairs: Vec<_> = query_pairs("?stockings=20%2D30&a=b+c&p=100%&z=%zz").collect();
        assert_eq!(pairs[0], ("stockings".into(), "20-30".into()));
        assert_eq!(pairs[1], ("a".into(), "b c".into()));
        assert_eq!(pairs[2], ("p".into(), "100%".into()));
        assert_eq!(pairs[3], ("z".into(), "%zz".into()));
    }

    #[test]
    fn the_address_bar_keeps_other_keys_and_replaces_the_scenario() {
        let walking = Scenario {
            activity: Activity::Walking,
            ..Default::default()
        };
        assert_eq!(
            with_scenario(
                "activity=lying&embed=1&clinic=Ozark%20Vein%20Clinic",
                &Scenario {
                    stockings: Stockings::Class20to30,
                    ..walking
                },
                true
            ),
            "stockings=20-30&compare=1&embed=1&clinic=Ozark+Vein+Clinic"
        );
        assert_eq!(
            with_scenario("leg=deep-reflux&compare=1", &walking, false),
            ""
        );
    }

    #[test]
    fn a_page_path_and_its_query_round_trip_for_every_page() {
        for page in Scenario::pages() {
            for stockings in Stockings::ALL {
                let scenario = Scenario { stockings, ..page };
                let (back, problems) =
                    Scenario::from_link_lenient(&scenario.page_path(), &scenario.to_page_query());
                assert_eq!((back, problems), (scenario, vec![]), "{scenario}");
            }
        }
        assert_eq!(
            Scenario::pages().count(),
            Activity::ALL.len() * LegCondition::ALL.len()
        );
        let stairs = Scenario {
            activity: Activity::Stairs,
            leg: LegCondition::DeepReflux,
            ..Default::default()
        };
        assert_eq!(stairs.page_path(), "stairs/deep-reflux/");
        assert_eq!(
            Scenario {
                leg: LegCondition::Healthy,
                ..stairs
            }
            .page_path(),
            "stairs/"
        );
    }

    #[test]
    fn old_root_links_work_and_the_query_wins_over_the_path() {
        let (s, p) = Scenario::from_link_lenient("", "activity=stairs&leg=deep-reflux");
        assert!(p.is_empty());
        assert_eq!(
            (s.activity, s.leg),
            (Activity::Stairs, LegCondition::DeepReflux)
        );
        let (s, _) = Scenario::from_link_lenient("walking/index.html", "activity=running");
        assert_eq!(s.activity, Activity::Running);
    }

    #[test]
    fn a_mangled_path_is_reported_and_the_rest_kept() {
        let (s, p) = Scenario::from_link_lenient("stairs/leaky/", "stockings=20-30");
        assert_eq!(
            (s.activity, s.leg),
            (Activity::Stairs, LegCondition::Healthy)
        );
        assert_eq!(s.stockings, Stockings::Class20to30);
        assert_eq!((p[0].key, p[0].value.as_str()), ("leg", "leaky"));
        let (s, p) = Scenario::from_link_lenient("stairs/deep-reflux/extra/", "");
        assert_eq!(s, Scenario::default());
        assert_eq!(p[0].key, "page");
    }
}
