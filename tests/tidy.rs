//! Docs a test keeps true, in the style of rust-analyzer's tidy tests:
//! every path and every item `ARCHITECTURE.md` names in backticks exists in
//! the tree, so the map cannot drift from the country. Runs natively with
//! `cargo test --workspace`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Every file and folder under `root`, relative to it, skipping build
/// output, dependencies and version control.
fn tree(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if ["target", "node_modules", ".git", "dist"].contains(&name.as_str()) {
                continue;
            }
            let rel = dir.join(&name);
            if entry.path().is_dir() {
                stack.push(rel.clone());
            }
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    out
}

/// The backticked spans of a Markdown text, outside fenced code blocks.
fn backticked(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut parts = line.split('`');
        parts.next();
        while let (Some(inside), Some(_)) = (parts.next(), parts.next()) {
            out.push(inside.to_string());
        }
    }
    out
}

/// A span that names a file or folder: it has a slash, or a file extension.
fn is_path(span: &str) -> bool {
    let simple = span
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-*<>".contains(c));
    let extension = [
        ".rs", ".md", ".toml", ".html", ".css", ".js", ".mjs", ".json", ".txt", ".png",
    ]
    .iter()
    .any(|e| span.ends_with(e));
    // `/walking/` and the like are the site's addresses, not the tree's.
    simple
        && (span.contains('/') || extension)
        && !span.starts_with("http")
        && !span.starts_with('/')
}

/// A span that names a Rust item: `Session`, `use_session`, `Scenario::page_path`,
/// `Lang::load`, `clinical_summary()`.
fn is_item(span: &str) -> bool {
    let name = span.trim_end_matches("()");
    let ident = |s: &str| {
        !s.is_empty()
            && s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let segments: Vec<&str> = name.split("::").collect();
    let code_like = name.contains("::")
        || span.ends_with("()")
        || name.contains('_')
        || name.chars().skip(1).any(|c| c.is_ascii_uppercase());
    segments.iter().all(|s| ident(s)) && code_like
}

/// A path span exists: as written from the root, or as the end of some
/// path in the tree (`vein.rs`, `lang/en.toml`). `*` and `<…>` stand for
/// any name (`e2e/*.test.mjs`, `lang/<code>-<hash>.txt` names a built file).
fn path_exists(span: &str, root: &Path, tree: &[String]) -> bool {
    if span.contains('<') {
        return true;
    }
    let wanted = span.trim_end_matches('/');
    // Build output is named by the map but made by `scripts/build`, so a
    // clean clone does not have it yet.
    if ["dist", "target"]
        .iter()
        .any(|out| wanted == *out || wanted.starts_with(&format!("{out}/")))
    {
        return true;
    }
    if span.contains('*') {
        let (dir, _) = wanted.rsplit_once('/').unwrap_or(("", wanted));
        return dir.is_empty() || path_exists(dir, root, tree);
    }
    root.join(wanted).exists()
        || tree
            .iter()
            .any(|p| p == wanted || p.ends_with(&format!("/{wanted}")))
}

/// The text of every Rust source and manifest in the tree.
fn sources(root: &Path, tree: &[String]) -> Vec<String> {
    tree.iter()
        .filter(|p| p.ends_with(".rs") || p.ends_with("Cargo.toml"))
        .filter_map(|p| std::fs::read_to_string(root.join(p)).ok())
        .collect()
}

/// Whether `span`'s last name is defined in the sources: an item, a field,
/// a variant, a module, or a crate.
fn item_exists(span: &str, sources: &[String]) -> bool {
    let name = span.trim_end_matches("()");
    let last = name.rsplit("::").next().unwrap_or(name);
    let patterns = [
        format!("fn {last}"),
        format!("struct {last}"),
        format!("enum {last}"),
        format!("trait {last}"),
        format!("type {last}"),
        format!("const {last}"),
        format!("static {last}"),
        format!("mod {last}"),
        format!("pub {last}:"),
        format!("    {last},"),
        format!("    {last}("),
        format!("    {last} {{"),
        format!("name = \"{}\"", last.replace('_', "-")),
        format!("\n{} = ", last.replace('_', "-")),
        format!("\n{last} = "),
        // Generated by a build script from its table, or used from a dependency.
        format!("name: \"{last}\""),
        format!("::{last}"),
        format!("{{{last},"),
        format!(", {last}}}"),
        format!(", {last},"),
    ];
    sources
        .iter()
        .any(|text| patterns.iter().any(|pat| text.contains(pat.as_str())))
}

/// Everything a Markdown document names that the tree does not have.
fn missing(markdown: &str, root: &Path) -> Vec<String> {
    let tree = tree(root);
    let sources = sources(root, &tree);
    backticked(markdown)
        .into_iter()
        .filter(|span| {
            if is_path(span) {
                !path_exists(span, root, &tree)
            } else if is_item(span) {
                !item_exists(span, &sources)
            } else {
                false
            }
        })
        .collect()
}

fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_path_and_item_architecture_md_names_exists() {
    let root = project_root();
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let spans = backticked(&doc);
    assert!(
        spans.iter().filter(|s| is_path(s)).count() > 30,
        "the map names paths"
    );
    assert!(
        spans.iter().filter(|s| is_item(s)).count() > 30,
        "the map names items"
    );
    let gone = missing(&doc, &root);
    assert!(
        gone.is_empty(),
        "ARCHITECTURE.md names what the tree does not have: {gone:?}"
    );
}

#[test]
fn the_check_fails_when_a_named_path_or_item_is_removed() {
    let dir = std::env::temp_dir().join(format!("tidy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("crates/model/src")).unwrap();
    std::fs::write(
        dir.join("crates/model/src/vein.rs"),
        "pub struct VeinWall;\npub fn transmural_pressure_mmhg() {}\n",
    )
    .unwrap();
    let doc = "- `crates/model/` — `vein.rs`: `VeinWall`, `VeinWall::transmural_pressure_mmhg()`.";
    assert!(missing(doc, &dir).is_empty(), "{:?}", missing(doc, &dir));
    std::fs::remove_file(dir.join("crates/model/src/vein.rs")).unwrap();
    assert_eq!(
        missing(doc, &dir),
        [
            "vein.rs",
            "VeinWall",
            "VeinWall::transmural_pressure_mmhg()"
        ]
    );
    let renamed = "- `crates/model/` and `crates/modle/`.";
    assert_eq!(missing(renamed, &dir), ["crates/modle/"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
