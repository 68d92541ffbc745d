//! The layering ARCHITECTURE.md states, checked: the library has no command-line
//! dependency, its top-level modules import each other without a cycle, and the
//! leaf modules use nothing else of the crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn lib_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/wenshu/src")
}

/// Top-level modules of the library: `foo.rs` or `foo/`.
fn modules(src: &Path) -> BTreeSet<String> {
    std::fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            if p.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs")
                    .filter(|n| *n != "lib")
                    .map(str::to_string)
            }
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its comments and its `#[cfg(test)]` part (tests may
/// use anything; the rules' code may not).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module names a piece of code reaches through `crate::…` (including
/// `crate::{a, b::c}` groups).
fn crate_refs(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let part = if rest.starts_with('{') {
            let end = rest.find('}').unwrap_or(rest.len());
            &rest[..end]
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        };
        for word in part.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if modules.contains(word) {
                out.insert(word.to_string());
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = lib_src();
    let mods = modules(&src);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut g: BTreeMap<String, BTreeSet<String>> =
        mods.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
    for f in files {
        let rel = f.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap();
        let top = top.strip_suffix(".rs").unwrap_or(top).to_string();
        if top == "lib" {
            continue;
        }
        let refs = crate_refs(&code(&f), &mods);
        g.get_mut(&top)
            .unwrap()
            .extend(refs.into_iter().filter(|m| *m != top));
    }
    g
}

/// A cycle through `start`, if any (depth-first).
fn cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        g: &BTreeMap<String, BTreeSet<String>>,
        v: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == v) {
            let mut c = path[i..].to_vec();
            c.push(v.to_string());
            return Some(c);
        }
        if done.contains(v) {
            return None;
        }
        path.push(v.to_string());
        for w in &g[v] {
            if let Some(c) = visit(g, w, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(v.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for v in g.keys() {
        if let Some(c) = visit(g, v, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn library_modules_have_no_import_cycle() {
    let g = graph();
    assert!(g.len() > 10, "found the library's modules: {:?}", g.keys());
    if let Some(c) = cycle(&g) {
        panic!("import cycle between library modules: {}", c.join(" -> "));
    }
}

#[test]
fn leaf_modules_use_nothing_else_of_the_crate() {
    let g = graph();
    for leaf in ["calendar", "chinese", "error", "document", "visible"] {
        assert!(
            g[leaf].is_empty(),
            "{leaf} must be a leaf but uses {:?}",
            g[leaf]
        );
    }
    // The rules read numerals and characters through the leaf, never through facts.
    for m in ["structure", "placeholders"] {
        assert!(!g[m].contains("facts"), "{m} uses facts: {:?}", g[m]);
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.insert("a".into(), ["b".to_string()].into());
    g.insert("b".into(), ["c".to_string()].into());
    g.insert("c".into(), ["a".to_string()].into());
    assert_eq!(cycle(&g).unwrap(), ["a", "b", "c", "a"]);
    g.insert("c".into(), BTreeSet::new());
    assert!(cycle(&g).is_none());
}

#[test]
fn library_has_no_command_line_dependency() {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/wenshu/Cargo.toml"),
    )
    .unwrap();
    let value: toml::Value = toml::from_str(&manifest).unwrap();
    let mut deps: Vec<String> = Vec::new();
    for table in ["dependencies", "build-dependencies"] {
        if let Some(t) = value.get(table).and_then(|t| t.as_table()) {
            deps.extend(t.keys().cloned());
        }
    }
    if let Some(targets) = value.get("target").and_then(|t| t.as_table()) {
        for t in targets.values() {
            if let Some(d) = t.get("dependencies").and_then(|d| d.as_table()) {
                deps.extend(d.keys().cloned());
            }
        }
    }
    assert!(deps.contains(&"jieba-rs".to_string()), "{deps:?}");
    for cli in ["clap", "indicatif", "ctrlc", "anyhow"] {
        assert!(
            !deps.iter().any(|d| d == cli),
            "the library depends on {cli}"
        );
    }
    // …and its code names none of them either.
    let mut files = Vec::new();
    rust_files(&lib_src(), &mut files);
    for f in files {
        let c = code(&f);
        for cli in ["clap::", "indicatif::", "ctrlc::", "anyhow::", "anyhow!"] {
            assert!(!c.contains(cli), "{} uses {cli}", f.display());
        }
    }
}

/// Each library error says its cause once: in its message (the binary prints the
/// message and any `source()` chain joined by `: `, so a cause that is both would
/// be printed twice). No `#[source]`/`#[from]`, and no field named `source` (which
/// thiserror also treats as one) in an error type.
#[test]
fn library_errors_say_their_cause_once() {
    let mut files = Vec::new();
    rust_files(&lib_src(), &mut files);
    let mut offenders = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        if !text.contains("thiserror::Error") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let l = line.trim();
            let field = l
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if l.starts_with("#[source]")
                || l.starts_with("#[from]")
                || l.contains("{source}")
                || field.starts_with("source:")
            {
                offenders.push(format!("{}:{}: {l}", f.display(), n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "errors that would repeat their cause:\n{}",
        offenders.join("\n")
    );
}
