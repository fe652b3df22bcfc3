//! The message catalogues (`lang/*.toml`): every language has every key of
//! the English one, with the same placeholders, and is really translated.
//! The build script runs the same check (`catalogue.rs`); this test also
//! proves the check catches a missing key.

#[path = "../catalogue.rs"]
mod catalogue;

use std::collections::BTreeMap;
use std::path::Path;

fn load(code: &str) -> BTreeMap<String, catalogue::Entry> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("lang/{code}.toml"));
    catalogue::entries(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn languages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lang");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "toml").then(|| p.file_stem().unwrap().to_string_lossy().into())
        })
        .collect();
    codes.sort();
    codes
}

#[test]
fn every_catalogue_has_every_key_with_the_same_placeholders() {
    let english = load("en");
    assert!(english.len() > 200, "{} keys", english.len());
    let codes = languages();
    assert!(codes.contains(&"es".to_string()), "{codes:?}");
    for code in &codes {
        let problems = catalogue::problems(&english, code, &load(code));
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
    // And the Rust tables built from them know every language.
    assert_eq!(calf_pump_words::Lang::ALL.len(), codes.len());
}

#[test]
fn a_missing_key_or_a_wrong_placeholder_is_caught() {
    let english = load("en");
    let mut spanish = load("es");
    spanish.remove("refill_title");
    spanish.insert(
        "change_lowered".into(),
        catalogue::Entry::Text("{activity} bajó de {before} a {after}.".into()),
    );
    let problems = catalogue::problems(&english, "es", &spanish);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("missing key refill_title")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("change_lowered")),
        "{problems:?}"
    );
}

/// Texts a translation may leave as they are: units, file formats, a
/// placeholder-only pattern.
fn same_in_every_language(english: &str) -> bool {
    let without_placeholders: String = {
        let mut out = String::new();
        let mut depth = 0;
        for c in english.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    without_placeholders
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| ["mmHg", "mL", "min", "h", "PNG", "CSV", "s"].contains(&w))
}

#[test]
fn spanish_is_translated_not_copied() {
    let english = load("en");
    let spanish = load("es");
    for (key, entry) in &english {
        if let (catalogue::Entry::Text(en), Some(catalogue::Entry::Text(es))) =
            (entry, spanish.get(key))
        {
            if en == es && !en.is_empty() {
                assert!(same_in_every_language(en), "{key} is still English: {en:?}");
            }
        }
    }
}
