//! Every word Calf Pump Explorer shows, and the reader's language. Every
//! word comes from a message catalogue, one file per language in `lang/`
//! (`en.toml`, `es.toml`); the build script turns them into plain Rust
//! tables (`Words`, `SiteWords`, `DayWords`, `ClinicWords`), so a missing
//! key fails the build and the widget carries no parser. Adding a language
//! is adding a file: its code becomes a [`Lang`].
//!
//! In the browser only English is compiled in. Another language's `Words`
//! are a small text file the site builder writes ([`Lang::words_file`]) and
//! the page fetches when that language is wanted ([`Lang::load`]): Spanish
//! costs English readers nothing on first load.
//!
//! Numbers are formatted here too ([`fixed`], [`Lang::number`]), the one
//! place, with integer arithmetic only.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The words of languages fetched in this page, by position in [`Lang::ALL`].
static LOADED: [OnceLock<&'static Words>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

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
    // Byte searches: `{` and `}` are ASCII, so every cut is on a char boundary.
    let mut pieces = template.split(['{', '}']);
    while let Some(text) = pieces.next() {
        out.push_str(text);
        let Some(name) = pieces.next() else { break };
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => debug_assert!(false, "no value for {{{name}}} in {template:?}"),
        }
    }
    out
}

/// `x` rounded to `decimals` places (at most 6) with a decimal point:
/// "2.5", "-0.25", "88". Every number the pages write goes through here
/// (readouts, data attributes, SVG sizes, CSV): integer arithmetic only, so
/// the WebAssembly carries no float-formatting code (about 4 KB gzip).
/// Never "NaN", "inf" or "-0".
pub fn fixed(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let x = if x.is_finite() { x } else { 0.0 };
    let scaled = (x.abs() * scale as f64).round().min(1e15) as u64;
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / scale;
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let fraction = scaled % scale;
        format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals as usize
        )
    }
}

impl Lang {
    /// The language's words: built in, or fetched with [`Lang::load`];
    /// English until then, so a page never shows an empty label. Not
    /// inlined: it is called from a hundred places (a smaller download).
    #[inline(never)]
    pub fn words(self) -> &'static Words {
        self.built_in()
            .or_else(|| LOADED[self.index()].get().copied())
            .unwrap_or(&WORDS_EN)
    }

    /// True when this language's words are here (built in or loaded).
    pub fn is_ready(self) -> bool {
        self.built_in().is_some() || LOADED[self.index()].get().is_some()
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// Takes this language's words from the text of its words file
    /// ([`Lang::words_file_name`]); an error, and nothing changed, when the
    /// file does not have exactly one line per message.
    pub fn load(self, file: String) -> Result<(), String> {
        if self.is_ready() {
            return Ok(());
        }
        let text: &'static str = Box::leak(file.into_boxed_str());
        let mut found = text.strip_suffix('\n').unwrap_or(text).split('\n');
        let mut lines = [""; Words::LINES];
        for line in lines.iter_mut() {
            *line = found.next().ok_or("the words file is short of lines")?;
        }
        if found.next().is_some() {
            return Err("the words file has more lines than messages".into());
        }
        let words: &'static Words = Box::leak(Box::new(Words::from_lines(lines)));
        let _ = LOADED[self.index()].set(words);
        Ok(())
    }

    /// The words file of this language, for the site builder to write
    /// (native builds have every language built in).
    pub fn words_file(self) -> Option<String> {
        let words = self.built_in()?;
        let mut out = words.lines().join("\n");
        out.push('\n');
        Some(out)
    }

    /// The language a code names (`es`, `es-MX`, `ES`), if it has a catalogue.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        let end = code
            .bytes()
            .position(|b| b == b'-' || b == b'_')
            .unwrap_or(code.len());
        let primary = &code[..end];
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's preferred languages (`navigator.languages`,
    /// best first) that has a catalogue.
    pub fn preferred<S: AsRef<str>>(
        browser_languages: impl IntoIterator<Item = S>,
    ) -> Option<Lang> {
        browser_languages
            .into_iter()
            .find_map(|code| Lang::from_code(code.as_ref()))
    }

    /// `x` with `decimals` decimals and the language's decimal separator
    /// ("2.5" in English, "2,5" in Spanish); never "NaN" or "-0".
    pub fn number(self, x: f64, decimals: u32) -> String {
        let text = fixed(x, decimals);
        let separator = self.words().language_decimal_separator();
        if separator == "." {
            text
        } else {
            text.replace('.', separator)
        }
    }

    /// A whole number, rounded: "88" (no separator to choose; never "-0"
    /// or "NaN"). The widget shows only these.
    pub fn whole(self, x: f64) -> String {
        fixed(x, 0)
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
        assert_eq!(fixed(-0.25, 2), "-0.25");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(3.05, 0), "3");
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(0.96, 1), "1.0");
        assert_eq!(fixed(f64::INFINITY, 1), "0.0");
        assert_eq!(fixed(1e30, 0), "1000000000000000");
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
        assert_eq!(
            Lang::split_page_path("es/walking/"),
            (Some(Lang::Es), "walking/")
        );
        assert_eq!(Lang::split_page_path("es"), (Some(Lang::Es), ""));
        assert_eq!(Lang::split_page_path("walking/"), (None, "walking/"));
        assert_eq!(Lang::split_page_path("estonia/"), (None, "estonia/"));
    }

    #[test]
    fn placeholders_and_plurals_are_filled() {
        assert_eq!(
            fill("from {a} to {b}", &[("a", "1"), ("b", "2")]),
            "from 1 to 2"
        );
        let steps = Plural {
            one: "{count} step",
            other: "{count} steps",
        };
        assert_eq!(steps.of(1), "1 step");
        assert_eq!(steps.of(8), "8 steps");
    }
}
