//! The `summary` command-line tool: one line of JSON with exactly the seven
//! numbers of the clinical reference's protocol, the same numbers the widget
//! shows for the same link (the model's rules apply to every caller).

use calf_pump_links::scenario::Scenario;
use calf_pump_model::{clinical_summary, Activity, LegCondition, Stockings};
use std::process::Command;

fn summary(query: &str) -> serde_json::Map<String, serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_summary"))
        .arg(query)
        .output()
        .expect("summary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value.as_object().expect("a JSON object").clone()
}

fn number(json: &serde_json::Map<String, serde_json::Value>, key: &str) -> f64 {
    json[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number"))
}

#[test]
fn the_summary_is_one_line_of_json_with_the_seven_numbers() {
    let json = summary("activity=walking&leg=healthy");
    let mut keys: Vec<&str> = json.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "avp_active_mmhg",
            "avp_fall_pct",
            "avp_rest_mmhg",
            "ejection_fraction_pct",
            "rt90_s",
            "venous_return_active_ml_min",
            "venous_return_rest_ml_min",
        ]
    );
    for key in keys {
        assert!(number(&json, key).is_finite(), "{key}");
    }
    let model = clinical_summary(Activity::Walking, LegCondition::Healthy, Stockings::None);
    assert!((number(&json, "avp_active_mmhg") - model.avp_active_mmhg).abs() < 0.01);
}

#[test]
fn a_swimmer_takes_the_stockings_off_in_the_summary_as_in_the_widget() {
    let link = "activity=swimming&stockings=20-30";
    let json = summary(link);
    // What the widget computes for the same link.
    let s = Scenario::from_query(link).unwrap();
    let widget = clinical_summary(s.activity, s.leg, s.stockings);
    let bare = clinical_summary(Activity::Swimming, LegCondition::Healthy, Stockings::None);
    assert_eq!(widget, bare, "stockings come off to swim");
    assert!((number(&json, "avp_active_mmhg") - bare.avp_active_mmhg).abs() < 0.01);
    assert_eq!(summary(link), summary("activity=swimming"));
}

#[test]
fn a_bad_link_is_an_error_naming_the_key() {
    let out = Command::new(env!("CARGO_BIN_EXE_summary"))
        .arg("leg=leaky")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("leg 'leaky'"));
}
