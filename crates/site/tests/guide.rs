//! The guide for clinics as published: every contents link lands on a
//! heading, every picture it shows is in `docs/img/`.

use std::path::Path;

#[test]
fn every_link_and_picture_of_the_guide_for_clinics_is_there() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
    let markdown = std::fs::read_to_string(docs.join("for-clinics.md")).unwrap();
    let html = calf_pump_site::guide::page(&markdown, "en");
    let values = |attr: &str| -> Vec<String> {
        html.split(&format!("{attr}=\""))
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or("").to_string())
            .collect()
    };
    let anchors: Vec<String> = values("href")
        .into_iter()
        .filter(|h| h.starts_with('#'))
        .collect();
    assert!(
        anchors.len() >= 6,
        "the guide has its contents: {anchors:?}"
    );
    for anchor in anchors {
        assert!(
            html.contains(&format!("id=\"{}\"", &anchor[1..])),
            "no heading for {anchor}"
        );
    }
    let pictures = values("src");
    assert!(pictures.len() >= 3, "the guide shows pictures");
    for src in pictures {
        assert!(docs.join(&src).is_file(), "docs/{src} is missing");
    }
}
