//! No report of `../shared/corpus/reports` loses a heading unless a row says why.
//!
//! `tests/fixtures/sections/corpus-headings-main.tsv` holds the headings (sections that are
//! neither items nor inline) that earlier rules gave each report, by line;
//! `corpus-headings-lost.tsv` lists each of those lines that the current rules no longer
//! give as a heading, with the reason (`numbered sentence or clause: item`, `table of
//! contents: it repeats the headings below`, …). A heading lost and not listed fails, and
//! so does a listed row that is a heading again (the list says what is true today).
//! Skipped (with a message) when `../shared` is absent, but failing when `CI=true`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn reports() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing, and CI=true requires it", dir.display());
    }
    eprintln!("{} not found: corpus test skipped", dir.display());
    None
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sections")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

#[test]
fn corpus_reports_keep_their_headings_or_say_why() {
    let Some(dir) = reports() else { return };
    let out = Command::new(env!("CARGO_BIN_EXE_wenshu"))
        .arg("extract")
        .arg(&dir)
        .args(["--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}", out);

    // The headings of today's rules, per report (path relative to the reports folder).
    let mut now: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        let path = Path::new(doc["source"]["path"].as_str().unwrap());
        let rel = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let heads = now.entry(rel).or_default();
        for s in doc["sections"].as_array().unwrap() {
            if s["item"] != true && s["inline"] != true {
                heads.insert(s["line"].as_u64().unwrap());
            }
        }
    }

    let main = fixture("corpus-headings-main.tsv");
    let lost = fixture("corpus-headings-lost.tsv");
    let mut why: BTreeMap<(String, u64), String> = BTreeMap::new();
    for r in rows(&lost) {
        assert!(
            r.len() >= 3,
            "corpus-headings-lost.tsv: a row needs path, line and reason: {r:?}"
        );
        assert!(
            !r[2].trim().is_empty(),
            "corpus-headings-lost.tsv: no reason in {r:?}"
        );
        why.insert((r[0].to_string(), r[1].parse().unwrap()), r[2].to_string());
    }

    let mut unexplained = Vec::new();
    let mut stale = Vec::new();
    let mut kept = 0usize;
    let mut explained = 0usize;
    let mut files = 0usize;
    for r in rows(&main) {
        files += 1;
        let path = r[0];
        let heads = now
            .get(path)
            .unwrap_or_else(|| panic!("{path}: in the baseline but not in the corpus"));
        for line in r.get(1).into_iter().flat_map(|l| l.split(',')) {
            if line.is_empty() {
                continue;
            }
            let line: u64 = line.parse().unwrap();
            let key = (path.to_string(), line);
            match (heads.contains(&line), why.contains_key(&key)) {
                (true, false) => kept += 1,
                (true, true) => stale.push(format!("{path}:{line}")),
                (false, true) => explained += 1,
                (false, false) => unexplained.push(format!("{path}:{line}")),
            }
        }
    }
    println!("{files} reports: {kept} headings kept, {explained} lost with a reason");
    assert!(
        files >= 400,
        "the baseline covers the corpus ({files} reports)"
    );
    assert!(
        unexplained.is_empty(),
        "{} heading(s) lost without a reason in corpus-headings-lost.tsv (first ones: {:?})",
        unexplained.len(),
        &unexplained[..unexplained.len().min(20)]
    );
    assert!(
        stale.is_empty(),
        "{} row(s) of corpus-headings-lost.tsv are headings again; remove them: {:?}",
        stale.len(),
        &stale[..stale.len().min(20)]
    );
}
