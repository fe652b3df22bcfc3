//! Reading and checking the message catalogues (`lang/*.toml`), shared by
//! the build script, which turns them into Rust tables, and by the test that
//! holds every language to the English keys. One file per language: a key is
//! a dotted path (`activity.walking`), a value is text with `{placeholders}`,
//! or `{ one = "…", other = "…" }` for a phrase with a count.

use std::collections::{BTreeMap, BTreeSet};

/// One message of a catalogue.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Text(String),
    Plural { one: String, other: String },
}

impl Entry {
    /// The `{placeholders}` the message uses, in all its forms.
    pub fn placeholders(&self) -> BTreeSet<String> {
        match self {
            Entry::Text(t) => placeholders(t),
            Entry::Plural { one, other } => placeholders(one)
                .union(&placeholders(other))
                .cloned()
                .collect(),
        }
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.insert(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

/// The messages of one catalogue file, by flattened key (`activity_walking`).
pub fn entries(toml_text: &str) -> Result<BTreeMap<String, Entry>, String> {
    let table: toml::Table = toml_text.parse().map_err(|e| format!("{e}"))?;
    let mut out = BTreeMap::new();
    flatten("", &table, &mut out)?;
    Ok(out)
}

fn flatten(
    prefix: &str,
    table: &toml::Table,
    out: &mut BTreeMap<String, Entry>,
) -> Result<(), String> {
    for (key, value) in table {
        let name = if prefix.is_empty() {
            key.replace('-', "_")
        } else {
            format!("{prefix}_{}", key.replace('-', "_"))
        };
        match value {
            toml::Value::String(text) => {
                out.insert(name, Entry::Text(text.clone()));
            }
            toml::Value::Table(t)
                if t.contains_key("one") && t.contains_key("other") && t.len() == 2 =>
            {
                let form = |k: &str| {
                    t[k].as_str()
                        .map(str::to_string)
                        .ok_or(format!("{name}.{k} is not text"))
                };
                out.insert(
                    name.clone(),
                    Entry::Plural {
                        one: form("one")?,
                        other: form("other")?,
                    },
                );
            }
            toml::Value::Table(t) => flatten(&name, t, out)?,
            other => {
                return Err(format!(
                    "{name}: expected text or a table, found {}",
                    other.type_str()
                ))
            }
        }
    }
    Ok(())
}

/// Everything wrong with `other` (the catalogue of `language`) against the
/// English `reference`: a missing or extra key, a plural where text is
/// expected, or different placeholders. Empty when it is complete.
pub fn problems(
    reference: &BTreeMap<String, Entry>,
    language: &str,
    other: &BTreeMap<String, Entry>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (key, entry) in reference {
        match other.get(key) {
            None => out.push(format!("{language}: missing key {key}")),
            Some(e) if std::mem::discriminant(e) != std::mem::discriminant(entry) => {
                out.push(format!(
                    "{language}: {key} must be {}",
                    if matches!(entry, Entry::Plural { .. }) {
                        "a plural (one/other)"
                    } else {
                        "plain text"
                    }
                ))
            }
            Some(e) if e.placeholders() != entry.placeholders() => out.push(format!(
                "{language}: {key} uses {:?}, English uses {:?}",
                e.placeholders(),
                entry.placeholders()
            )),
            Some(Entry::Text(t))
                if t.trim().is_empty() && !matches!(entry, Entry::Text(e) if e.is_empty()) =>
            {
                out.push(format!("{language}: {key} is empty"))
            }
            Some(_) => {}
        }
    }
    for key in other.keys().filter(|k| !reference.contains_key(*k)) {
        out.push(format!("{language}: {key} is not an English key"));
    }
    out
}
