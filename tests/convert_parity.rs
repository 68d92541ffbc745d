//! `wenshu convert --to simplified` over `../shared/corpus/reports` against
//! OpenCC 1.4.2 t2s (the Python `opencc` package, run by
//! `tests/support/opencc_ref.py`): at most 0.05% of characters may differ, and
//! every file keeps its length in characters.
//!
//! The reference Python is `$WENSHU_OPENCC_PYTHON`, else `target/opencc-venv`
//! (which `.ci/run` creates), else `python3`; it must have `opencc` 1.4.2.
//! Without the corpus or the reference the test skips with a message, unless
//! `CI=true`, where it fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

const OPENCC_VERSION: &str = "1.4.2";
const MAX_DIFF: f64 = 0.0005;

fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

fn skip_or_fail(why: &str) {
    if in_ci() {
        panic!("{why} (CI=true)");
    }
    eprintln!("skipped: {why}");
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A Python with OpenCC 1.4.2, or why there is none.
fn reference_python() -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    if let Some(p) = std::env::var_os("WENSHU_OPENCC_PYTHON") {
        candidates.push(PathBuf::from(p));
    }
    candidates.push(manifest_dir().join("target/opencc-venv/bin/python"));
    candidates.push(PathBuf::from("python3"));
    let script = manifest_dir().join("tests/support/opencc_ref.py");
    let mut seen = Vec::new();
    for py in candidates {
        let out = Command::new(&py).arg(&script).arg("--version").output();
        match out {
            Ok(o) if o.status.success() => {
                let v = String::from_utf8_lossy(&o.stdout).trim().to_string();
                if v == OPENCC_VERSION {
                    return Ok(py);
                }
                seen.push(format!("{}: opencc {v}", py.display()));
            }
            Ok(_) => seen.push(format!("{}: no opencc module", py.display())),
            Err(_) => seen.push(format!("{}: not found", py.display())),
        }
    }
    Err(format!(
        "no Python with opencc=={OPENCC_VERSION} ({}); run `python3 -m venv target/opencc-venv && \
         target/opencc-venv/bin/pip install opencc=={OPENCC_VERSION}`",
        seen.join("; ")
    ))
}

/// Every file under `dir`, by path relative to it.
fn files(dir: &Path) -> BTreeMap<PathBuf, PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            (rel, e.into_path())
        })
        .collect()
}

fn is_text(rel: &Path) -> bool {
    matches!(
        rel.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("md")
    )
}

#[test]
fn convert_to_simplified_matches_opencc_t2s_over_reports() {
    let corpus = manifest_dir().join("../shared/corpus/reports");
    if !corpus.is_dir() {
        return skip_or_fail(&format!("{} not found", corpus.display()));
    }
    let python = match reference_python() {
        Ok(p) => p,
        Err(why) => return skip_or_fail(&why),
    };
    let work = tempfile::tempdir().unwrap();
    let ours_dir = work.path().join("wenshu");
    let ref_dir = work.path().join("opencc");

    let status = Command::cargo_bin("wenshu")
        .unwrap()
        .args(["convert", "--to", "simplified", "-o"])
        .arg(&ours_dir)
        .arg(&corpus)
        .status()
        .unwrap();
    assert!(status.success(), "wenshu convert failed: {status}");
    let out = Command::new(&python)
        .arg(manifest_dir().join("tests/support/opencc_ref.py"))
        .arg("t2s")
        .arg(&corpus)
        .arg(&ref_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "opencc_ref.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let inputs: BTreeMap<_, _> = files(&corpus)
        .into_iter()
        .filter(|(rel, _)| is_text(rel))
        .collect();
    let ours = files(&ours_dir);
    let reference = files(&ref_dir);
    assert!(!inputs.is_empty(), "no report in {}", corpus.display());
    let names = |m: &BTreeMap<PathBuf, PathBuf>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&ours), names(&inputs), "wenshu wrote other files");
    assert_eq!(
        names(&reference),
        names(&inputs),
        "OpenCC wrote other files"
    );

    let (mut total, mut differing) = (0usize, 0usize);
    let mut length_changed = Vec::new();
    let mut worst: Vec<(usize, String)> = Vec::new();
    for (rel, input) in &inputs {
        let input = std::fs::read_to_string(input).unwrap();
        let ours = std::fs::read_to_string(&ours[rel]).unwrap();
        let reference = std::fs::read_to_string(&reference[rel]).unwrap();
        let n = input.trim_start_matches('\u{FEFF}').chars().count();
        if ours.chars().count() != n {
            length_changed.push(format!(
                "{}: {n} -> {} characters",
                rel.display(),
                ours.chars().count()
            ));
        }
        let r: Vec<char> = reference.chars().collect();
        let o: Vec<char> = ours.chars().collect();
        let diff = r.iter().zip(&o).filter(|(a, b)| a != b).count() + r.len().abs_diff(o.len());
        total += r.len();
        differing += diff;
        if diff > 0 {
            let sample: String = r
                .iter()
                .zip(&o)
                .filter(|(a, b)| a != b)
                .take(5)
                .map(|(a, b)| format!("{a}→{b} "))
                .collect();
            worst.push((diff, format!("{}: {diff} ({sample})", rel.display())));
        }
    }
    let rate = differing as f64 / total.max(1) as f64;
    println!(
        "convert parity with OpenCC {OPENCC_VERSION} t2s: {} files, {total} characters, \
         {differing} differ = {:.4}% (limit {:.2}%); {} files changed length",
        inputs.len(),
        100.0 * rate,
        100.0 * MAX_DIFF,
        length_changed.len()
    );
    worst.sort_by_key(|w| std::cmp::Reverse(w.0));
    for (_, w) in worst.iter().take(10) {
        println!("  {w}");
    }
    assert!(
        length_changed.is_empty(),
        "lengths changed: {length_changed:?}"
    );
    assert!(
        rate <= MAX_DIFF,
        "{:.4}% of characters differ from OpenCC",
        100.0 * rate
    );
}
