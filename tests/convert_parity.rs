//! `wenshu convert --to simplified` over `../shared/corpus/reports` against
//! OpenCC 1.4.2 t2s (the Python `opencc` package, run by
//! `tests/support/opencc_ref.py`): at most 0.05% of characters may differ, and
//! every file keeps its length in characters.
//!
//! The reference Python is `$WENSHU_OPENCC_PYTHON`, else `target/opencc-venv`
//! (which `.ci/run` creates), else `python3`; it must have `opencc` 1.4.2.
//! Without the corpus or the reference the test skips with a message, unless
//! `CI=true`, where it fails.
//!
//! A second test converts random text built from the dictionaries with all four
//! configurations `--to` runs and requires the same output as OpenCC, line by line.

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

/// A deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Keys (or first values) of a vendored OpenCC dictionary.
fn dict_column(name: &str, values: bool) -> Vec<String> {
    let path = manifest_dir()
        .join("dicts/opencc")
        .join(format!("{name}.txt"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| {
            if values {
                v.split(' ').next().unwrap_or("").to_string()
            } else {
                k.to_string()
            }
        })
        .collect()
}

/// Lines made of dictionary keys and their fragments (prefixes, suffixes) in
/// both scripts, compatibility ideographs, ASCII and punctuation: they cross
/// phrase and segment boundaries in every way the four configurations care about.
fn random_text(lines: usize) -> String {
    use wenshu::normalize::{Normalizer, Target};
    let norm = Normalizer::new();
    let simplified = |v: Vec<String>| -> Vec<String> {
        v.iter()
            .map(|k| norm.convert(k, Target::Simplified))
            .collect()
    };
    let mut phrases = dict_column("STPhrases", false);
    phrases.extend(dict_column("STPhrases_GeneratedFromRegionalPhrases", false));
    let mut traditional = dict_column("TSPhrases", false);
    traditional.extend(dict_column("TSCharacters", false));
    traditional.extend(dict_column("TSCharactersExt", false));
    traditional.extend(dict_column("STPhrases", true));
    let mut taiwan = dict_column("TWPhrases", false);
    taiwan.extend(dict_column("TWVariantsPhrases", false));
    let misc: Vec<String> = "，。abc 12的了在是".chars().map(String::from).collect();
    let pools = [
        phrases.clone(),
        phrases,
        dict_column("STCharacters", false),
        simplified(taiwan.clone()),
        simplified(taiwan),
        simplified(dict_column("HKVariantsPhrases", false)),
        traditional.clone(),
        traditional,
        dict_column("CJK_Compatibility_Ideographs", false),
        misc,
    ];
    let mut rng = Rng(2026);
    let mut out = String::new();
    for _ in 0..lines {
        for _ in 0..1 + rng.below(11) {
            let pool = &pools[rng.below(pools.len())];
            let key: Vec<char> = pool[rng.below(pool.len())].chars().collect();
            let r = rng.below(10);
            let frag: String = if r < 6 || key.len() < 2 {
                key.iter().collect()
            } else {
                let cut = 1 + rng.below(key.len() - 1);
                if r < 8 {
                    key[..cut].iter().collect()
                } else {
                    key[cut..].iter().collect()
                }
            };
            out.push_str(&frag);
        }
        out.push('\n');
    }
    out
}

#[test]
fn random_text_matches_opencc_in_all_four_configurations() {
    use wenshu::normalize::{Normalizer, Target};
    let python = match reference_python() {
        Ok(p) => p,
        Err(why) => return skip_or_fail(&why),
    };
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let text = random_text(20_000);
    std::fs::write(src.join("random.txt"), &text).unwrap();
    let norm = Normalizer::new();
    let mut failed = Vec::new();
    for target in Target::ALL {
        let config = target.opencc_config();
        let ref_dir = work.path().join(config);
        let out = Command::new(&python)
            .arg(manifest_dir().join("tests/support/opencc_ref.py"))
            .arg(config)
            .arg(&src)
            .arg(&ref_dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "opencc_ref.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let reference = std::fs::read_to_string(ref_dir.join("random.txt")).unwrap();
        let ours = norm.convert(&text, target);
        let bad: Vec<String> = text
            .lines()
            .zip(reference.lines().zip(ours.lines()))
            .filter(|(_, (r, o))| r != o)
            .map(|(i, (r, o))| format!("  {i} -> OpenCC {r} / wenshu {o}"))
            .collect();
        println!(
            "random text, {config}: {} of {} lines differ from OpenCC {OPENCC_VERSION}",
            bad.len(),
            text.lines().count()
        );
        for b in bad.iter().take(5) {
            println!("{b}");
        }
        if !bad.is_empty() || reference.lines().count() != ours.lines().count() {
            failed.push(config);
        }
    }
    assert!(failed.is_empty(), "differs from OpenCC: {failed:?}");
}
