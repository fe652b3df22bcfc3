//! Readability formulas for the wording tests: Flesch–Kincaid grade for
//! English (AMA: grade 6 or below for patients) and Fernández-Huerta for
//! Spanish (65 and over reads "fairly easy"), with the syllable counters
//! they need. Shared by the test files of this crate.
#![allow(dead_code)]

/// Syllables by vowel groups, a silent final "e" dropped: the usual
/// estimate behind readability formulas.
pub fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    let mut groups = 0;
    let mut in_vowel = false;
    for c in w.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    if w.ends_with('e') && !w.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Flesch–Kincaid grade level.
pub fn grade(text: &str) -> f64 {
    let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
    let words: Vec<&str> = text.split_whitespace().collect();
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * words.len() as f64 / sentences + 11.8 * syllables as f64 / words.len() as f64 - 15.59
}

/// Spanish syllables, by the regular rules of Spanish syllabification: each
/// syllable has one vowel nucleus; two weak vowels (i, u, ü) or a weak and
/// a strong one (a, e, o) together are a diphthong, one nucleus; two strong
/// vowels, or a stressed weak vowel (í, ú) beside a strong one, are a
/// hiatus, two nuclei. A "u" after "q", or after "g" before e/i, is silent;
/// "y" ends a diphthong at the end of a word ("hay", "muy") and is a vowel
/// on its own ("y").
pub fn spanish_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w == ['y'] {
        return 1;
    }
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Strong,
        Weak,
        Consonant,
    }
    let kind = |i: usize| -> Kind {
        let c = w[i];
        match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Kind::Strong,
            'i' | 'ü' => Kind::Weak,
            'u' if i > 0
                && (w[i - 1] == 'q'
                    || (w[i - 1] == 'g'
                        && matches!(w.get(i + 1), Some('e' | 'i' | 'é' | 'í')))) =>
            {
                Kind::Consonant
            }
            'u' => Kind::Weak,
            'y' if i + 1 == w.len() && i > 0 => Kind::Weak,
            _ => Kind::Consonant,
        }
    };
    let mut nuclei = 0;
    let mut previous = Kind::Consonant;
    for i in 0..w.len() {
        let k = kind(i);
        let new_nucleus = match (previous, k) {
            (_, Kind::Consonant) => false,
            (Kind::Consonant, _) => true,
            (Kind::Strong, Kind::Strong) => true,
            _ => false,
        };
        if new_nucleus {
            nuclei += 1;
        }
        previous = k;
    }
    nuclei.max(1)
}

/// The Fernández-Huerta reading ease of a Spanish paragraph: 206.84 − 60 ×
/// syllables per word − 1.02 × words per sentence (Fernández Huerta 1959,
/// with the sentence term as words per sentence, as in the Flesch formula
/// it adapts). 70 and over reads "fairly easy" or easier.
pub fn fernandez_huerta(text: &str) -> f64 {
    let sentences = text.matches(['.', '!', '?', '…']).count().max(1) as f64;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let syllables: usize = words.iter().map(|w| spanish_syllables(w)).sum();
    206.84 - 60.0 * syllables as f64 / words.len() as f64 - 1.02 * words.len() as f64 / sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spanish_syllable_counter_follows_the_rules() {
        for (word, count) in [
            ("pantorrilla", 4),
            ("aprieta", 3),
            ("caer", 2),
            ("válvulas", 3),
            ("corazón", 3),
            ("día", 2),
            ("cierran", 2),
            ("que", 1),
            ("guía", 2),
            ("muy", 1),
            ("y", 1),
            ("circulación", 4),
            ("pingüino", 3),
            ("Hinchazón:", 3),
        ] {
            assert_eq!(spanish_syllables(word), count, "{word}");
        }
        assert!(fernandez_huerta("El gato se sentó en la alfombra.") > 90.0);
        assert!(
            fernandez_huerta("La caracterización fisiopatológica de la insuficiencia venosa crónica necesita una instrumentación hemodinámica exhaustiva.") < 30.0
        );
    }
    #[test]
    fn the_english_grade_tells_easy_from_hard() {
        assert!(grade("The cat sat on the mat.") < 2.0);
        assert!(
            grade("Physiological characterisation necessitates comprehensive instrumentation.")
                > 12.0
        );
    }
}
