//! The scenario query string is a public contract: links people have shared
//! must keep opening the same scenario, and bad input must say what is wrong.
#![cfg(not(target_arch = "wasm32"))]

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, LegCondition, Stockings};
use proptest::prelude::*;

#[test]
fn the_documented_example_parses() {
    let s: Scenario = "activity=stairs&leg=deep-reflux&stockings=20-30"
        .parse()
        .unwrap();
    assert_eq!(
        s,
        Scenario {
            activity: Activity::Stairs,
            leg: LegCondition::DeepReflux,
            stockings: Stockings::Class20to30
        }
    );
}

#[test]
fn missing_keys_take_defaults() {
    assert_eq!(Scenario::from_query("").unwrap(), Scenario::default());
    let s = Scenario::from_query("?leg=weak-calf").unwrap();
    assert_eq!(
        (s.activity, s.leg, s.stockings),
        (Activity::Standing, LegCondition::WeakCalf, Stockings::None)
    );
}

#[test]
fn unknown_keys_are_ignored_so_old_links_keep_working() {
    let s = Scenario::from_query("activity=walking&utm_source=facebook&speed=5&lang=es").unwrap();
    assert_eq!(s.activity, Activity::Walking);
}

#[test]
fn a_bad_value_names_the_key_the_value_and_the_allowed_values() {
    let e = Scenario::from_query("activity=flying").unwrap_err();
    let message = e.to_string();
    assert!(message.contains("activity"), "{message}");
    assert!(message.contains("flying"), "{message}");
    for allowed in ["standing", "walking", "cycling-toes", "tiptoe"] {
        assert!(message.contains(allowed), "{message}");
    }
    let e = Scenario::from_query("stockings=50-60").unwrap_err();
    assert_eq!(e.key, "stockings");
    assert!(e.to_string().contains("15-20, 20-30, 30-40"));
}

#[test]
fn lenient_parsing_keeps_the_good_values_and_reports_each_bad_one() {
    let (s, problems) = Scenario::from_query_lenient("activity=walking&leg=wobbly&stockings=%%%");
    assert_eq!(s.activity, Activity::Walking);
    assert_eq!(s.leg, LegCondition::Healthy);
    assert_eq!(s.stockings, Stockings::None);
    let keys: Vec<_> = problems.iter().map(|p| p.key).collect();
    assert_eq!(keys, ["leg", "stockings"]);
}

#[test]
fn percent_encoded_and_differently_cased_values_are_accepted() {
    let s = Scenario::from_query("activity=Cycling%2Dtoes&stockings=20%2D30").unwrap();
    assert_eq!(
        (s.activity, s.stockings),
        (Activity::CyclingToes, Stockings::Class20to30)
    );
}

#[test]
fn link_form_leaves_defaults_out() {
    assert_eq!(Scenario::default().to_link_query(), "");
    let s = Scenario {
        activity: Activity::Walking,
        ..Default::default()
    };
    assert_eq!(s.to_link_query(), "activity=walking");
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    (
        0..Activity::ALL.len(),
        0..LegCondition::ALL.len(),
        0..Stockings::ALL.len(),
    )
        .prop_map(|(a, l, s)| Scenario {
            activity: Activity::ALL[a],
            leg: LegCondition::ALL[l],
            stockings: Stockings::ALL[s],
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_of_format_is_identity(s in any_scenario()) {
        prop_assert_eq!(Scenario::from_query(&s.to_query()).unwrap(), s);
        prop_assert_eq!(Scenario::from_query(&s.to_link_query()).unwrap(), s);
        prop_assert_eq!(s.to_string().parse::<Scenario>().unwrap(), s);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".*") {
        let _ = Scenario::from_query(&text);
        let _ = Scenario::from_query_lenient(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Scenario::from_query_lenient(&text);
    }

    #[test]
    fn hostile_query_shapes_never_panic(key in "(activity|leg|stockings|x)", value in "[%=&+?;a-z0-9-]{0,12}") {
        let q = format!("{key}={value}&{value}={key}");
        let _ = Scenario::from_query_lenient(&q);
    }
}
