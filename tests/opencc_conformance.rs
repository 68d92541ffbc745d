//! OpenCC's own test cases (`../shared/conformance/opencc.jsonl`, one line per
//! case and configuration) for every configuration that `--to` runs. Prints the
//! pass rate per configuration and requires at least 95% of each.
//!
//! Skips with a message when `../shared` is absent, unless `CI=true`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use wenshu::normalize::{Normalizer, Target};

const MIN_RATE: f64 = 0.95;

fn cases_path() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance/opencc.jsonl");
    if p.is_file() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{} is missing (CI=true)", p.display());
    }
    eprintln!("skipped: {} not found", p.display());
    None
}

#[test]
fn opencc_test_cases_pass_per_configuration() {
    let Some(path) = cases_path() else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    let by_config: BTreeMap<&str, Target> = Target::ALL
        .iter()
        .map(|t| (t.opencc_config(), *t))
        .collect();
    let norm = Normalizer::new();
    // config -> (passed, total, failures)
    let mut tally: BTreeMap<&str, (usize, usize, Vec<String>)> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let config = case["config"].as_str().unwrap();
        let Some((&name, &target)) = by_config.get_key_value(config) else {
            continue;
        };
        let input = case["input"].as_str().unwrap();
        let expected = case["expected"].as_str().unwrap();
        let got = norm.convert(input, target);
        let t = tally.entry(name).or_default();
        t.1 += 1;
        if got == expected {
            t.0 += 1;
        } else {
            t.2.push(format!(
                "  {}: {input} -> {got} (expected {expected})",
                case["id"].as_str().unwrap_or("?")
            ));
        }
    }
    let mut low = Vec::new();
    for t in Target::ALL {
        let name = t.opencc_config();
        let (pass, total, fails) = tally.get(name).cloned().unwrap_or_default();
        assert!(total > 0, "no OpenCC test case for {name}");
        let rate = pass as f64 / total as f64;
        println!(
            "opencc conformance {name:6} ({:11}): {pass}/{total} = {:.1}%",
            t.as_str(),
            100.0 * rate
        );
        for f in &fails {
            println!("{f}");
        }
        if rate < MIN_RATE {
            low.push(format!("{name} {pass}/{total}"));
        }
    }
    assert!(
        low.is_empty(),
        "below {:.0}%: {}",
        100.0 * MIN_RATE,
        low.join(", ")
    );
}
