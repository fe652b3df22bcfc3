//! Any bytes as a link's query string: the scenario and settings parsers must
//! never panic, and whatever they accept must format and parse back the same.
#![no_main]

use calf_pump_links::scenario::Scenario;
use calf_pump_links::settings::PageSettings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (scenario, _) = Scenario::from_query_lenient(&text);
    assert_eq!(Scenario::from_query(&scenario.to_query()), Ok(scenario));
    let (settings, _) = PageSettings::from_query(&text);
    let (again, ignored) = PageSettings::from_query(&settings.to_query());
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(again.cta_url, settings.cta_url);
    assert_eq!(again.brand, settings.brand);
    let _ = Scenario::from_query(&text);
});
