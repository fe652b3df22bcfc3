//! Turns the message catalogues in `lang/` into Rust: one struct per group
//! of sections ([`GROUPS`]) with one accessor per English key, one `static` of
//! each per language, and the `Lang` enum of every language with a file.
//! The widget's own words (`Words`) are the only ones a browser build needs
//! in every language; in the browser only English `Words` are compiled in,
//! and another language's are written by the site builder to
//! `lang/<code>-<hash>.txt` and fetched when a reader chooses it (see
//! `lib.rs`), so a language costs English readers nothing. A key missing
//! from any catalogue, an extra key, an empty value or a wrong placeholder
//! fails the build, naming it.

mod catalogue;

use catalogue::Entry;
use std::collections::BTreeMap;
use std::fmt::Write;

type Catalogue = BTreeMap<String, Entry>;

/// A struct of words, the catalogue sections it holds, and the `Lang`
/// method that returns it. The first group takes every section the others
/// do not name.
struct Group {
    name: &'static str,
    doc: &'static str,
    sections: &'static [&'static str],
    accessor: &'static str,
}

const GROUPS: [Group; 4] = [
    Group {
        name: "Words",
        doc: "What the live widget says: every section the other groups do not name.",
        sections: &[],
        accessor: "words",
    },
    Group {
        name: "SiteWords",
        doc: "What only the site builder, its pre-built pages and link previews say.",
        sections: &["site", "preview", "card", "activity_subject"],
        accessor: "site_words",
    },
    Group {
        name: "DayWords",
        doc: "What only the day planner says.",
        sections: &["day"],
        accessor: "day_words",
    },
    Group {
        name: "ClinicWords",
        doc: "What only the clinic page (`/for-clinics/`) says.",
        sections: &["clinic"],
        accessor: "clinic_words",
    },
];

/// Which group a flattened key (`day_title`) belongs to, by its section.
fn group_of(key: &str) -> usize {
    let under = |s: &&str| key.starts_with(&format!("{s}_"));
    GROUPS
        .iter()
        .position(|g| g.sections.iter().any(under))
        .unwrap_or(0)
}

/// The keys and entries of one group.
fn in_group(entries: &Catalogue, group: usize) -> impl Iterator<Item = (&String, &Entry)> {
    entries.iter().filter(move |(k, _)| group_of(k) == group)
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

/// The values of `Words` in field order, one per line (a plural: one, then other).
fn lines(entries: &Catalogue) -> Vec<String> {
    in_group(entries, 0)
        .flat_map(|(_, e)| match e {
            Entry::Text(t) => vec![t.clone()],
            Entry::Plural { one, other } => vec![one.clone(), other.clone()],
        })
        .collect()
}

/// Every catalogue in `lang/`, English first (the default and the reference),
/// checked against English.
fn read_catalogues() -> Vec<(String, Catalogue)> {
    let mut files: Vec<_> = std::fs::read_dir("lang")
        .expect("crates/words/lang/ holds the catalogues")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut languages: Vec<(String, Catalogue)> = files
        .iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let code = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(path).unwrap();
            let entries =
                catalogue::entries(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (code, entries)
        })
        .collect();
    languages.sort_by_key(|(code, _)| code != "en");
    let reference = &languages
        .first()
        .filter(|(c, _)| c == "en")
        .expect("lang/en.toml is the reference catalogue")
        .1;
    let problems: Vec<String> = languages
        .iter()
        .flat_map(|(code, e)| catalogue::problems(reference, code, e))
        .chain(languages.iter().flat_map(|(code, e)| {
            lines(e)
                .into_iter()
                .filter(|l| l.contains('\n'))
                .map(move |l| format!("{code}: a message may not span lines: {l:?}"))
        }))
        .collect();
    assert!(
        problems.is_empty(),
        "the message catalogues disagree:\n{}",
        problems.join("\n")
    );
    languages
}

/// How many lines a group's table holds (a plural takes two).
fn line_count(entries: &Catalogue, group: usize) -> usize {
    in_group(entries, group)
        .map(|(_, e)| match e {
            Entry::Text(_) => 1,
            Entry::Plural { .. } => 2,
        })
        .sum()
}

/// One group's struct: its messages in a table, in key order, with one
/// accessor per key (`w.page_title()`), its `text` lookup by key, and (for
/// `Words`) the conversions to and from the lines of a words file.
fn group_struct(out: &mut String, reference: &Catalogue, group: usize) {
    let g = &GROUPS[group];
    let lines = line_count(reference, group);
    writeln!(
        out,
        "/// {}\n#[derive(Debug)]\npub struct {}([&'static str; {lines}]);\n\nimpl {} {{",
        g.doc, g.name, g.name
    )
    .unwrap();
    let mut i = 0;
    for (key, entry) in in_group(reference, group) {
        match entry {
            Entry::Text(t) => {
                writeln!(out, "    /// {t:?}\n    #[inline]\n    pub fn {key}(&self) -> &'static str {{\n        self.0[{i}]\n    }}").unwrap();
                i += 1;
            }
            Entry::Plural { other, .. } => {
                writeln!(out, "    /// {other:?}\n    #[inline]\n    pub fn {key}(&self) -> Plural {{\n        Plural {{ one: self.0[{i}], other: self.0[{}] }}\n    }}", i + 1).unwrap();
                i += 2;
            }
        }
    }
    out.push_str("\n    /// A text message by its key (`page_lede`), for pages that name\n    /// their words in markup (`data-words`); `None` for another key.\n    pub fn text(&self, key: &str) -> Option<&'static str> {\n        match key {\n");
    for (key, entry) in in_group(reference, group) {
        if matches!(entry, Entry::Text(_)) {
            writeln!(out, "            {key:?} => Some(self.{key}()),").unwrap();
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    if group == 0 {
        writeln!(out, "\n    /// How many lines a words file holds (a plural takes two).\n    pub const LINES: usize = {lines};\n\n    /// The words of a words file's lines, in key order.\n    pub fn from_lines(lines: [&'static str; {lines}]) -> Words {{\n        Words(lines)\n    }}\n\n    /// The lines of this language's words file, in key order.\n    pub fn lines(&self) -> [&'static str; {lines}] {{\n        self.0\n    }}").unwrap();
    }
    out.push_str("}\n\n");
}

/// A `Lang` method whose `match` has one arm per language.
fn lang_method(
    out: &mut String,
    languages: &[(String, Catalogue)],
    signature: &str,
    arm: impl Fn(usize, &str, &Catalogue) -> String,
) {
    writeln!(out, "    {signature} {{\n        match self {{").unwrap();
    for (i, (code, entries)) in languages.iter().enumerate() {
        out.push_str(&arm(i, code, entries));
    }
    out.push_str("        }\n    }\n\n");
}

fn text_of(entries: &Catalogue, key: &str) -> String {
    match entries.get(key) {
        Some(Entry::Text(t)) => t.clone(),
        _ => panic!("lang: {key} must be text"),
    }
}

/// The `Lang` enum and its per-language facts.
fn lang_enum(out: &mut String, languages: &[(String, Catalogue)]) {
    out.push_str("/// A language with a catalogue in `lang/`.\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n    #[default]\n");
    for (code, _) in languages {
        writeln!(out, "    {},", variant(code)).unwrap();
    }
    let all: Vec<String> = languages
        .iter()
        .map(|(c, _)| format!("Lang::{}", variant(c)))
        .collect();
    writeln!(out, "}}\n\nimpl Lang {{\n    /// Every language, English first.\n    pub const ALL: [Lang; {}] = [{}];\n", all.len(), all.join(", ")).unwrap();
    let v = |code: &str| variant(code);
    lang_method(out, languages, "/// The language's code, as in `lang=es` and `<html lang>`.\n    pub const fn code(self) -> &'static str", |_, c, _| format!("            Lang::{} => {c:?},\n", v(c)));
    lang_method(out, languages, "/// The language's own name, for the switch: \"English\", \"Español\"\n    /// (known before its words are fetched).\n    pub const fn name(self) -> &'static str", |_, c, e| format!("            Lang::{} => {:?},\n", v(c), text_of(e, "language_name")));
    lang_method(out, languages, "/// Where this language's pre-built pages live, relative to the site\n    /// root: \"\" for English, \"es/\" for Spanish.\n    pub const fn page_prefix(self) -> &'static str", |_, c, e| format!("            Lang::{} => {:?},\n", v(c), text_of(e, "language_page_prefix")));
    lang_method(out, languages, "/// Where the browser fetches this language's words, below the site\n    /// root; named by a hash of them, so a changed catalogue is a new file.\n    pub const fn words_file_name(self) -> &'static str", |_, c, e| {
        let hash = fnv64(lines(e).join("\n").as_bytes());
        format!("            Lang::{} => \"lang/{c}-{hash:016x}.txt\",\n", v(c))
    });
    lang_method(out, languages, "/// The words compiled into this build: every language natively, only\n    /// English in the browser.\n    fn built_in(self) -> Option<&'static Words>", |i, c, _| {
        let arm = format!("            Lang::{} => Some(&WORDS_{}),\n", v(c), v(c).to_uppercase());
        if i == 0 {
            arm
        } else {
            format!("            #[cfg(not(target_arch = \"wasm32\"))]\n{arm}            #[cfg(target_arch = \"wasm32\")]\n            Lang::{} => None,\n", v(c))
        }
    });
    for g in &GROUPS[1..] {
        let signature = format!("/// The language's `{0}` (compiled in everywhere; linked only\n    /// where used).\n    pub fn {1}(self) -> &'static {0}", g.name, g.accessor);
        lang_method(out, languages, &signature, |_, c, _| {
            format!(
                "            Lang::{} => &{}_{},\n",
                v(c),
                upper_snake(g.name),
                v(c).to_uppercase()
            )
        });
    }
    out.push_str("}\n");
}

/// `SiteWords` → `SITE_WORDS`.
fn upper_snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// One `static` of every group for one language (other languages' `Words`
/// native only).
fn statics(out: &mut String, index: usize, code: &str, entries: &Catalogue) {
    for (group, g) in GROUPS.iter().enumerate() {
        if group == 0 && index > 0 {
            out.push_str("\n#[cfg(not(target_arch = \"wasm32\"))]");
        }
        let name = format!("{}_{}", upper_snake(g.name), variant(code).to_uppercase());
        writeln!(out, "\nstatic {name}: {} = {}([", g.name, g.name).unwrap();
        for (_, entry) in in_group(entries, group) {
            match entry {
                Entry::Text(t) => writeln!(out, "    {t:?},").unwrap(),
                Entry::Plural { one, other } => {
                    writeln!(out, "    {one:?},\n    {other:?},").unwrap()
                }
            }
        }
        out.push_str("]);\n");
    }
}

fn main() {
    println!("cargo:rerun-if-changed=lang");
    println!("cargo:rerun-if-changed=catalogue.rs");
    let languages = read_catalogues();
    let reference = &languages[0].1;
    let mut out = String::new();
    for group in 0..GROUPS.len() {
        group_struct(&mut out, reference, group);
    }
    lang_enum(&mut out, &languages);
    for (i, (code, entries)) in languages.iter().enumerate() {
        statics(&mut out, i, code, entries);
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(dest, out).unwrap();
}
