//! The statistics development set (`../shared/conformance/stats-dev.jsonl`: 55 news
//! sentences on trade, commodities, grain, energy and company results, every fact
//! annotated by hand with subject, change, basis, per, ranges, periods and parts).
//! Each sentence goes through the command with its document's date as the
//! reference date; facts are matched by kind and overlapping span. Prints recall,
//! precision and, among matched facts, how often each attribute is right, one
//! figure a line starting with `stats-dev:`. Floors sit just under today's figures.
//! Skipped when ../shared is absent (fails when CI=true).

mod common;

use common::*;
use serde_json::Value;

fn span(v: &Value) -> (u64, u64) {
    (
        v["span"][0].as_u64().unwrap_or(0),
        v["span"][1].as_u64().unwrap_or(0),
    )
}

fn overlaps(a: &Value, b: &Value) -> bool {
    let ((a0, a1), (b0, b1)) = (span(a), span(b));
    a0.max(b0) < a1.min(b1)
}

/// A field with "absent", `null` and the default qualifier alike; a subject by its text.
fn field(f: &Value, key: &str) -> Option<Value> {
    let v = f.get(key)?;
    match v {
        Value::Null => None,
        Value::String(s) if key == "qualifier" && s == "exact" => None,
        Value::Object(o) if key == "subject" => o.get("text").cloned(),
        v => Some(v.clone()),
    }
}

fn same(a: Option<Value>, b: Option<Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
            _ => x == y,
        },
        _ => false,
    }
}

const ATTRIBUTES: [&str; 10] = [
    "value",
    "end",
    "currency",
    "qualifier",
    "change",
    "basis",
    "per",
    "subject",
    "period",
    "part",
];

#[test]
fn statistics_sentences_of_the_development_set() {
    let Some(shared) = shared() else { return };
    let path = shared.join("conformance/stats-dev.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let (mut gold_n, mut tool_n, mut matched) = (0, 0, 0);
    let mut right = [0usize; ATTRIBUTES.len()];
    let mut every = 0;
    let (mut subject_gold, mut subject_given, mut subject_right) = (0, 0, 0);
    let verbose = std::env::var("STATS_DEV_VERBOSE").is_ok();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let rec: Value = serde_json::from_str(line).unwrap();
        let file = tmp.path().join(format!("{i}.txt"));
        std::fs::write(&file, rec["text"].as_str().unwrap()).unwrap();
        let mut args = vec![file.to_str().unwrap().to_string()];
        if let Some(d) = rec["doc_date"].as_str() {
            args.extend(["--reference-date".to_string(), d.to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let doc = &extract_jsonl(&args)[0];
        let tool: Vec<&Value> = doc["facts"].as_array().unwrap().iter().collect();
        let gold: Vec<&Value> = rec["facts"].as_array().unwrap().iter().collect();
        gold_n += gold.len();
        tool_n += tool.len();
        if verbose {
            for t in tool.iter().filter(|t| !gold.iter().any(|g| overlaps(t, g))) {
                println!("  extra {} {} {}", rec["id"], t["kind"], t["text"]);
            }
        }
        for g in &gold {
            let kind = g["kind"].as_str().unwrap();
            let quantity = matches!(kind, "money" | "count" | "percent");
            subject_gold += usize::from(quantity && field(g, "subject").is_some());
            let Some(t) = tool
                .iter()
                .find(|t| t["kind"] == g["kind"] && overlaps(t, g))
            else {
                if verbose {
                    println!("  missed {} {}", rec["id"], g["text"]);
                }
                continue;
            };
            matched += 1;
            let mut all = true;
            for (k, key) in ATTRIBUTES.iter().enumerate() {
                let ok = same(field(g, key), field(t, key));
                right[k] += usize::from(ok);
                all &= ok;
                if !ok && verbose {
                    println!(
                        "  {} {} {}: want {:?}, got {:?}",
                        rec["id"],
                        g["text"],
                        key,
                        field(g, key),
                        field(t, key)
                    );
                }
            }
            every += usize::from(all);
            if quantity && field(t, "subject").is_some() {
                subject_given += 1;
                subject_right += usize::from(same(field(g, "subject"), field(t, "subject")));
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let recall = pct(matched, gold_n);
    let precision = pct(matched, tool_n);
    println!("stats-dev: gold {gold_n}, tool {tool_n}, matched {matched}");
    println!("stats-dev: recall {recall:.1}%, precision {precision:.1}%");
    for (k, key) in ATTRIBUTES.iter().enumerate() {
        println!("stats-dev: {key} right {:.1}%", pct(right[k], matched));
    }
    let every = pct(every, matched);
    let given = pct(subject_given, subject_gold);
    let subject = pct(subject_right, subject_given);
    println!("stats-dev: every attribute right {every:.1}%");
    println!(
        "stats-dev: subject given {given:.1}% of judged subjects, right where given {subject:.1}%"
    );
    assert!(gold_n >= 240, "{gold_n} annotated facts");
    assert!(recall >= FLOOR_RECALL, "recall {recall:.1}%");
    assert!(precision >= FLOOR_PRECISION, "precision {precision:.1}%");
    assert!(every >= FLOOR_EVERY, "every attribute right {every:.1}%");
    assert!(
        subject >= FLOOR_SUBJECT,
        "subject right where given {subject:.1}%"
    );
}

const FLOOR_RECALL: f64 = 88.5;
const FLOOR_PRECISION: f64 = 96.0;
const FLOOR_EVERY: f64 = 55.5;
const FLOOR_SUBJECT: f64 = 88.5;
