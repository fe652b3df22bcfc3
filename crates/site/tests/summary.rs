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

#[test]
fn a_day_link_gives_the_evening_and_the_high_hours_as_the_planner_does() {
    use calf_pump_links::day::day_from_query;
    use calf_pump_model::day::DayModel;
    let query = "preset=desk&leg=deep-reflux&stockings=none";
    let out = Command::new(env!("CARGO_BIN_EXE_summary"))
        .args(["--day", query])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let (plan, _) = day_from_query(query);
    let planner = DayModel::new().run(&plan);
    let swelling = json["evening_swelling_ml"].as_f64().unwrap();
    assert!(
        (swelling - planner.evening_swelling_ml).abs() < 0.1,
        "{json}"
    );
    assert_eq!(json["lower_leg_volume_ml"].as_f64(), Some(2500.0));
    let high = json["high_pressure_hours"].as_f64().unwrap();
    assert!((high - planner.high_pressure_hours).abs() < 0.01);
    // A leaky deep leg swells more than a healthy one on the same day (D1).
    let healthy = Command::new(env!("CARGO_BIN_EXE_summary"))
        .args(["--day", "preset=desk"])
        .output()
        .unwrap();
    let healthy: serde_json::Value = serde_json::from_slice(&healthy.stdout).unwrap();
    assert!(swelling > 1.3 * healthy["evening_swelling_ml"].as_f64().unwrap());
    // Any `day=` link too.
    let own = Command::new(env!("CARGO_BIN_EXE_summary"))
        .args(["--day", "day=sitting-240.walking-15&leg=superficial-reflux"])
        .output()
        .unwrap();
    let own: serde_json::Value = serde_json::from_slice(&own.stdout).unwrap();
    assert_eq!(own["day_minutes"].as_u64(), Some(255));
}
