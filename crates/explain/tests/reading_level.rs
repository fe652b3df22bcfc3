//! Everything a patient reads is easy to read: US grade 6 or below in
//! English (Flesch–Kincaid; AMA's advice), Fernández-Huerta 65 or above in
//! Spanish ("fairly easy"), paragraph by paragraph, over every scenario,
//! step, card and day.

mod readability;
mod scenarios;

use calf_pump_words::Lang;
use readability::{fernandez_huerta, grade};

#[test]
fn english_reads_at_or_below_us_grade_6() {
    let paragraphs = scenarios::patient_paragraphs(Lang::En);
    let hard: Vec<String> = paragraphs
        .iter()
        .filter(|p| grade(p) > 6.0)
        .map(|p| format!("{:.1}: {p}", grade(p)))
        .collect();
    assert!(hard.is_empty(), "above grade 6:\n{}", hard.join("\n"));
    let worst = paragraphs.iter().map(|p| grade(p)).fold(f64::MIN, f64::max);
    println!(
        "{} English paragraphs, hardest grade {worst:.1}",
        paragraphs.len()
    );
}

#[test]
fn spanish_reads_fairly_easy_or_easier() {
    let paragraphs = scenarios::patient_paragraphs(Lang::Es);
    let hard: Vec<String> = paragraphs
        .iter()
        .filter(|p| fernandez_huerta(p) < 65.0)
        .map(|p| format!("{:.0}: {p}", fernandez_huerta(p)))
        .collect();
    assert!(
        hard.is_empty(),
        "below 65 (Fernández-Huerta):\n{}",
        hard.join("\n")
    );
    let lowest = paragraphs
        .iter()
        .map(|p| fernandez_huerta(p))
        .fold(f64::MAX, f64::min);
    println!(
        "{} Spanish paragraphs, lowest Fernández-Huerta {lowest:.0}",
        paragraphs.len()
    );
}
