//! The reader's language and its words. Every word a reader sees comes from
//! a message catalogue, one file per language in `crates/explain/lang/`
//! (`en.toml`, `es.toml`); the build script turns them into plain Rust
//! tables (`Words`, one `static` per language), so a missing key fails the
//! build and the widget carries no parser. Adding a language is adding a
//! file: its code becomes a [`Lang`].
//!
//! The language is part of the link contract: `lang=es` in the query, or a
//! page path under `es/` (the pre-built Spanish pages); English, the
//! default, has neither.

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// A phrase with a count: "1 step", "8 steps". Spanish and English use
/// the same rule (one for exactly 1, other otherwise).
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `count`, its `{count}` filled in.
    pub fn of(&self, count: u32) -> String {
        let form = if count == 1 { self.one } else { self.other };
        fill(form, &[("count", &count.to_string())])
    }
}

/// A catalogue message with its `{placeholders}` filled in.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            break;
        };
        let name = &after[..end];
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push_str(&rest[start..start + end + 2]);
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

impl Lang {
    /// The language a code names (`es`, `es-MX`, `ES`), if it has a catalogue.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages (`navigator.languages`,
    /// best first) that has a catalogue.
    pub fn preferred<'a>(browser_languages: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        browser_languages.into_iter().find_map(Lang::from_code)
    }

    /// `x` with `decimals` decimals and the language's decimal separator
    /// ("2.5" in English, "2,5" in Spanish); never "NaN" or "-0".
    pub fn number(self, x: f64, decimals: usize) -> String {
        let x = if x.is_finite() { x } else { 0.0 };
        let text = format!("{x:.decimals$}");
        let text = if text.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') {
            text.trim_start_matches('-').to_string()
        } else {
            text
        };
        let separator = self.words().language_decimal_separator;
        if separator == "." {
            text
        } else {
            text.replace('.', separator)
        }
    }

    /// A whole number, rounded: "88".
    pub fn whole(self, x: f64) -> String {
        self.number(x, 0)
    }

    /// The prefix of this language's pre-built pages, relative to the site
    /// root: "" for English, "es/" for Spanish.
    pub fn page_prefix(self) -> &'static str {
        self.words().language_page_prefix
    }

    /// The language a page path starts with (`es/walking/` → Spanish) and
    /// the rest of the path; English pages have no prefix.
    pub fn split_page_path(path: &str) -> (Option<Lang>, &str) {
        let trimmed = path.trim_start_matches('/');
        for lang in Lang::ALL {
            let prefix = lang.page_prefix();
            if prefix.is_empty() {
                continue;
            }
            let bare = prefix.trim_end_matches('/');
            if trimmed == bare {
                return (Some(lang), "");
            }
            if let Some(rest) = trimmed.strip_prefix(prefix) {
                return (Some(lang), rest);
            }
        }
        (None, path)
    }

    /// The language's own name, for the switch: "English", "Español".
    pub fn name(self) -> &'static str {
        self.words().language_name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(Lang::En.number(2.54, 1), "2.5");
        assert_eq!(Lang::Es.number(2.54, 1), "2,5");
        assert_eq!(Lang::Es.number(-0.2, 0), "0");
        assert_eq!(Lang::Es.number(f64::NAN, 1), "0,0");
        assert_eq!(Lang::En.whole(87.6), "88");
    }

    #[test]
    fn codes_and_browser_preferences() {
        assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_code("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::preferred(["fr-FR", "es-MX", "en"]), Some(Lang::Es));
        assert_eq!(Lang::preferred(["de"]), None);
    }

    #[test]
    fn page_paths_carry_the_language() {
        assert_eq!(Lang::split_page_path("es/walking/"), (Some(Lang::Es), "walking/"));
        assert_eq!(Lang::split_page_path("es"), (Some(Lang::Es), ""));
        assert_eq!(Lang::split_page_path("walking/"), (None, "walking/"));
        assert_eq!(Lang::split_page_path("estonia/"), (None, "estonia/"));
    }

    #[test]
    fn placeholders_and_plurals_are_filled() {
        assert_eq!(fill("from {a} to {b}", &[("a", "1"), ("b", "2")]), "from 1 to 2");
        let steps = Plural { one: "{count} step", other: "{count} steps" };
        assert_eq!(steps.of(1), "1 step");
        assert_eq!(steps.of(8), "8 steps");
    }
}
