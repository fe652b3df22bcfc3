//! Turns the message catalogues in `lang/` into Rust: a `Words` struct with
//! one field per English key, one `static` of it per language, and the
//! `Lang` enum of every language with a file. A key missing from any
//! catalogue, an extra key or a wrong placeholder fails the build, naming it.

mod catalogue;

use catalogue::Entry;
use std::fmt::Write;

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
        let entries = catalogue::entries(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        languages.push((code, entries));
    }
    // English first: it is the default and the reference.
    languages.sort_by_key(|(code, _)| code != "en");
    let reference = languages.first().filter(|(c, _)| c == "en").map(|(_, e)| e.clone()).expect("lang/en.toml is the reference catalogue");
    let problems: Vec<String> = languages.iter().flat_map(|(code, e)| catalogue::problems(&reference, code, e)).collect();
    assert!(problems.is_empty(), "the message catalogues disagree:\n{}", problems.join("\n"));

    let mut out = String::new();
    out.push_str("/// Every word of one language: one field per key of `lang/en.toml`.\n#[derive(Debug)]\npub struct Words {\n");
    for (key, entry) in &reference {
        let ty = if matches!(entry, Entry::Plural { .. }) { "Plural" } else { "&'static str" };
        writeln!(out, "    pub {key}: {ty},").unwrap();
    }
    out.push_str("}\n\nimpl Words {\n    /// A text message by its key (`page_lede`), for pages that name their\n    /// words in markup (`data-words`); `None` for an unknown key or a plural.\n    pub fn text(&self, key: &str) -> Option<&'static str> {\n        match key {\n");
    for (key, entry) in &reference {
        if matches!(entry, Entry::Text(_)) {
            writeln!(out, "            {key:?} => Some(self.{key}),").unwrap();
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    out.push_str("}\n\n/// A language with a catalogue in `lang/`.\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    let variant = |code: &str| {
        code.split('-').map(|p| {
            let mut c = p.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        }).collect::<String>()
    };
    for (i, (code, _)) in languages.iter().enumerate() {
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        writeln!(out, "    {},", variant(code)).unwrap();
    }
    writeln!(out, "}}\n\nimpl Lang {{\n    /// Every language, English first.\n    pub const ALL: [Lang; {}] = [{}];\n", languages.len(),
        languages.iter().map(|(c, _)| format!("Lang::{}", variant(c))).collect::<Vec<_>>().join(", ")).unwrap();
    out.push_str("    /// The language's code, as in `lang=es` and `<html lang>`.\n    pub const fn code(self) -> &'static str {\n        match self {\n");
    for (code, _) in &languages {
        writeln!(out, "            Lang::{} => {code:?},", variant(code)).unwrap();
    }
    out.push_str("        }\n    }\n\n    /// The language's words.\n    pub fn words(self) -> &'static Words {\n        match self {\n");
    for (code, _) in &languages {
        writeln!(out, "            Lang::{} => &WORDS_{},", variant(code), variant(code).to_uppercase()).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    for (code, entries) in &languages {
        writeln!(out, "\nstatic WORDS_{}: Words = Words {{", variant(code).to_uppercase()).unwrap();
        for (key, entry) in entries {
            match entry {
                Entry::Text(t) => writeln!(out, "    {key}: {t:?},").unwrap(),
                Entry::Plural { one, other } => writeln!(out, "    {key}: Plural {{ one: {one:?}, other: {other:?} }},").unwrap(),
            }
        }
        out.push_str("};\n");
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(dest, out).unwrap();
}
