//! Turns the message catalogues in `lang/` into Rust. Three structs, with
//! one field per English key between them: `Words` (what the live widget
//! says), `SiteWords` (the sections in `SITE_SECTIONS`: what only the site
//! builder, link previews and the clinic page say) and `DayWords` (the day
//! planner's), so the widget carries only its own; one `static` of each per
//! language, and the `Lang` enum of every
//! language with a file. In the browser build only English `Words` are
//! compiled in: another language's `Words` are written by the site builder
//! to `lang/<code>-<hash>.txt` and fetched when a reader chooses it (see
//! `lang.rs`), so a language costs English readers nothing. A key missing
//! from any catalogue, an extra key, an empty value or a wrong placeholder
//! fails the build, naming it.

mod catalogue;

use catalogue::Entry;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Top-level sections that only pages built ahead of time, previews and the
/// clinic page use: `SiteWords`.
const SITE_SECTIONS: [&str; 4] = ["site", "preview", "card", "activity_subject"];
/// The day planner's own words: `DayWords`, so the live widget does not carry them.
const DAY_SECTIONS: [&str; 1] = ["day"];

/// The tables the keys are split into, by top-level section: the first is
/// `Words`, fetched for a language the browser build does not carry; the
/// others are compiled in everywhere and linked only where used.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    Words,
    Site,
    Day,
}

fn group_of(key: &str) -> Group {
    let under = |sections: &[&str]| sections.iter().any(|s| key.starts_with(&format!("{s}_")));
    if under(&SITE_SECTIONS) {
        Group::Site
    } else if under(&DAY_SECTIONS) {
        Group::Day
    } else {
        Group::Words
    }
}

fn variant(code: &str) -> String {
    code.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// FNV-1a, for the content hash in a words file's name.
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

fn struct_fields(out: &mut String, reference: &BTreeMap<String, Entry>, group: Group) {
    for (key, entry) in reference.iter().filter(|(k, _)| group_of(k) == group) {
        let ty = if matches!(entry, Entry::Plural { .. }) {
            "Plural"
        } else {
            "&'static str"
        };
        writeln!(out, "    pub {key}: {ty},").unwrap();
    }
}

fn struct_values(out: &mut String, entries: &BTreeMap<String, Entry>, group: Group) {
    for (key, entry) in entries.iter().filter(|(k, _)| group_of(k) == group) {
        match entry {
            Entry::Text(t) => writeln!(out, "    {key}: {t:?},").unwrap(),
            Entry::Plural { one, other } => writeln!(
                out,
                "    {key}: Plural {{ one: {one:?}, other: {other:?} }},"
            )
            .unwrap(),
        }
    }
}

/// The values of `Words` in field order, one per line (a plural: one, then other).
fn lines(entries: &BTreeMap<String, Entry>) -> Vec<String> {
    entries
        .iter()
        .filter(|(k, _)| group_of(k) == Group::Words)
        .flat_map(|(_, e)| match e {
            Entry::Text(t) => vec![t.clone()],
            Entry::Plural { one, other } => vec![one.clone(), other.clone()],
        })
        .collect()
}

fn text_lookup(out: &mut String, reference: &BTreeMap<String, Entry>, group: Group) {
    out.push_str("    /// A text message by its key (`page_lede`), for pages that name\n    /// their words in markup (`data-words`); `None` for another key.\n    pub fn text(&self, key: &str) -> Option<&'static str> {\n        match key {\n");
    for (key, entry) in reference.iter().filter(|(k, _)| group_of(k) == group) {
        if matches!(entry, Entry::Text(_)) {
            writeln!(out, "            {key:?} => Some(self.{key}),").unwrap();
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n");
}

fn main() {
    println!("cargo:rerun-if-changed=lang");
    println!("cargo:rerun-if-changed=catalogue.rs");
    let mut files: Vec<_> = std::fs::read_dir("lang")
        .expect("crates/explain/lang/ holds the catalogues")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut languages = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let entries =
            catalogue::entries(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        languages.push((code, entries));
    }
    // English first: it is the default, the reference and always built in.
    languages.sort_by_key(|(code, _)| code != "en");
    let reference = languages
        .first()
        .filter(|(c, _)| c == "en")
        .map(|(_, e)| e.clone())
        .expect("lang/en.toml is the reference catalogue");
    let problems: Vec<String> = languages
        .iter()
        .flat_map(|(code, e)| catalogue::problems(&reference, code, e))
        .collect();
    assert!(
        problems.is_empty(),
        "the message catalogues disagree:\n{}",
        problems.join("\n")
    );
    for (code, entries) in &languages {
        for line in lines(entries) {
            assert!(
                !line.contains('\n'),
                "{code}: a message may not span lines: {line:?}"
            );
        }
    }
    let line_count = lines(&reference).len();

    let mut out = String::new();
    out.push_str("/// What the live pages say in one language: one field per key of\n/// `lang/en.toml` outside the site sections. `repr(C)` with only\n/// `&'static str` and `Plural` fields, so it has the layout of\n/// `[&'static str; Words::LINES]` (see `Words::from_lines`).\n#[derive(Debug)]\n#[repr(C)]\npub struct Words {\n");
    struct_fields(&mut out, &reference, Group::Words);
    out.push_str("}\n\n/// What only the site builder, link previews and the clinic page say.\n#[derive(Debug)]\npub struct SiteWords {\n");
    struct_fields(&mut out, &reference, Group::Site);
    out.push_str(
        "}\n\n/// What only the day planner says.\n#[derive(Debug)]\npub struct DayWords {\n",
    );
    struct_fields(&mut out, &reference, Group::Day);
    out.push_str("}\n\nimpl Words {\n");
    writeln!(out, "    /// How many lines a words file holds (a plural takes two).\n    pub const LINES: usize = {line_count};").unwrap();
    text_lookup(&mut out, &reference, Group::Words);
    out.push_str("}\n\nimpl SiteWords {\n");
    text_lookup(&mut out, &reference, Group::Site);
    out.push_str("}\n\n");

    out.push_str("/// A language with a catalogue in `lang/`.\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for (i, (code, _)) in languages.iter().enumerate() {
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        writeln!(out, "    {},", variant(code)).unwrap();
    }
    writeln!(
        out,
        "}}\n\nimpl Lang {{\n    /// Every language, English first.\n    pub const ALL: [Lang; {}] = [{}];\n",
        languages.len(),
        languages.iter().map(|(c, _)| format!("Lang::{}", variant(c))).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    out.push_str("    /// The language's code, as in `lang=es` and `<html lang>`.\n    pub const fn code(self) -> &'static str {\n        match self {\n");
    for (code, _) in &languages {
        writeln!(out, "            Lang::{} => {code:?},", variant(code)).unwrap();
    }
    out.push_str("        }\n    }\n\n    /// The language's own name, for the switch: \"English\", \"Español\"\n    /// (known before its words are fetched).\n    pub const fn name(self) -> &'static str {\n        match self {\n");
    let text_of = |entries: &BTreeMap<String, Entry>, key: &str| match entries.get(key) {
        Some(Entry::Text(t)) => t.clone(),
        _ => panic!("lang: {key} must be text"),
    };
    for (code, entries) in &languages {
        writeln!(
            out,
            "            Lang::{} => {:?},",
            variant(code),
            text_of(entries, "language_name")
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n\n    /// Where this language's pre-built pages live, relative to the site\n    /// root: \"\" for English, \"es/\" for Spanish.\n    pub const fn page_prefix(self) -> &'static str {\n        match self {\n");
    for (code, entries) in &languages {
        writeln!(
            out,
            "            Lang::{} => {:?},",
            variant(code),
            text_of(entries, "language_page_prefix")
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n\n    /// Where the browser fetches this language's words, below the site\n    /// root; named by a hash of them, so a changed catalogue is a new file.\n    pub const fn words_file_name(self) -> &'static str {\n        match self {\n");
    for (code, entries) in &languages {
        let hash = fnv64(lines(entries).join("\n").as_bytes());
        writeln!(
            out,
            "            Lang::{} => \"lang/{code}-{hash:016x}.txt\",",
            variant(code)
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n\n    /// The words compiled into this build: every language natively, only\n    /// English in the browser.\n    fn built_in(self) -> Option<&'static Words> {\n        match self {\n");
    for (i, (code, _)) in languages.iter().enumerate() {
        let v = variant(code);
        if i == 0 {
            writeln!(
                out,
                "            Lang::{v} => Some(&WORDS_{}),",
                v.to_uppercase()
            )
            .unwrap();
        } else {
            writeln!(out, "            #[cfg(not(target_arch = \"wasm32\"))]\n            Lang::{v} => Some(&WORDS_{}),", v.to_uppercase()).unwrap();
        }
    }
    if languages.len() > 1 {
        out.push_str("            #[cfg(target_arch = \"wasm32\")]\n            _ => None,\n");
    }
    out.push_str("        }\n    }\n\n    /// The language's site-only words (compiled in everywhere; linked only\n    /// where used).\n    pub fn site_words(self) -> &'static SiteWords {\n        match self {\n");
    for (code, _) in &languages {
        let v = variant(code);
        writeln!(
            out,
            "            Lang::{v} => &SITE_WORDS_{},",
            v.to_uppercase()
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n\n    /// The day planner's words (compiled in everywhere; linked only by the\n    /// planner).\n    pub fn day_words(self) -> &'static DayWords {\n        match self {\n");
    for (code, _) in &languages {
        let v = variant(code);
        writeln!(
            out,
            "            Lang::{v} => &DAY_WORDS_{},",
            v.to_uppercase()
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    for (i, (code, entries)) in languages.iter().enumerate() {
        let v = variant(code).to_uppercase();
        if i > 0 {
            out.push_str("\n#[cfg(not(target_arch = \"wasm32\"))]");
        }
        writeln!(out, "\nstatic WORDS_{v}: Words = Words {{").unwrap();
        struct_values(&mut out, entries, Group::Words);
        out.push_str("};\n");
        writeln!(out, "\nstatic SITE_WORDS_{v}: SiteWords = SiteWords {{").unwrap();
        struct_values(&mut out, entries, Group::Site);
        out.push_str("};\n");
        writeln!(out, "\nstatic DAY_WORDS_{v}: DayWords = DayWords {{").unwrap();
        struct_values(&mut out, entries, Group::Day);
        out.push_str("};\n");
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(dest, out).unwrap();
}
