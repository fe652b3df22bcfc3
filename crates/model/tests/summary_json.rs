//! The summary's JSON form, printed by the `summary` command-line tool: exactly
//! the seven documented keys, numeric, on one line.

use calf_pump_model::{Activity, LegCondition, Stockings};

#[test]
fn the_summary_json_has_exactly_the_seven_numeric_keys_on_one_line() {
    let s = calf_pump_model::clinical_summary(
        Activity::Walking,
        LegCondition::Healthy,
        Stockings::None,
    );
    let json = s.to_json();
    assert!(!json.contains('\n'));
    let body = json.trim_start_matches('{').trim_end_matches('}');
    let keys: Vec<&str> = body
        .split(',')
        .map(|pair| {
            let (k, v) = pair.split_once(':').unwrap();
            assert!(v.parse::<f64>().unwrap().is_finite(), "{pair}");
            k.trim_matches('"')
        })
        .collect();
    assert_eq!(
        keys,
        [
            "avp_rest_mmhg",
            "avp_active_mmhg",
            "avp_fall_pct",
            "rt90_s",
            "venous_return_rest_ml_min",
            "venous_return_active_ml_min",
            "ejection_fraction_pct"
        ]
    );
}
