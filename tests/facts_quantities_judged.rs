//! Money, counts and percentages on real documents judged by hand (`tests/fixtures/
//! judged/quantities.jsonl`, sources and judging conventions in
//! `QUANTITIES-SOURCES.md`): each excerpt goes through the command, and its facts
//! are matched to the judgments by kind and overlapping span. Prints recall,
//! precision, values right, every attribute right and subjects, one figure a line
//! starting with `quantities:`; the floors sit just under today's figures, so a
//! regression fails while fields not emitted yet simply count as wrong.

mod common;

use common::*;
use serde_json::Value;

const KINDS: [&str; 3] = ["money", "count", "percent"];

fn span(v: &Value) -> (u64, u64) {
    (
        v["span"][0].as_u64().unwrap(),
        v["span"][1].as_u64().unwrap(),
    )
}

fn overlap(a: &Value, b: &Value) -> u64 {
    let ((a0, a1), (b0, b1)) = (span(a), span(b));
    a1.min(b1).saturating_sub(a0.max(b0))
}

/// A field's value with "absent" and `null` alike, and `exact` as the default qualifier.
fn field<'a>(f: &'a Value, key: &str) -> Option<&'a Value> {
    match f.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if key == "qualifier" && s == "exact" => None,
        Some(v) => Some(v),
    }
}

/// Numbers compare as numbers, to a relative tolerance (amounts run to 10^12).
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
            _ => x == y,
        },
        _ => false,
    }
}

/// The attributes an analyst relies on, per kind (a field the kind does not have is
/// not compared).
fn attributes(kind: &str) -> &'static [&'static str] {
    match kind {
        "money" => &[
            "value",
            "end",
            "currency",
            "qualifier",
            "change",
            "basis",
            "per",
        ],
        "count" => &[
            "value",
            "end",
            "unit",
            "unit_normalized",
            "qualifier",
            "change",
            "basis",
            "per",
        ],
        _ => &[
            "value",
            "end",
            "unit",
            "unit_normalized",
            "qualifier",
            "change",
            "basis",
        ],
    }
}

const ATTRIBUTES: [&str; 9] = [
    "value",
    "end",
    "unit",
    "unit_normalized",
    "currency",
    "qualifier",
    "change",
    "basis",
    "per",
];

#[derive(Default)]
struct Tally {
    gold: usize,
    tool: usize,
    matched: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

#[test]
fn judged_money_counts_and_percentages() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/judged/quantities.jsonl");
    let tmp = tempfile::tempdir().unwrap();
    let mut by_kind: Vec<Tally> = KINDS.iter().map(|_| Tally::default()).collect();
    let (mut gold_n, mut tool_n, mut matched, mut tool_unjudged) = (0, 0, 0, 0);
    let (mut value_right, mut all_right, mut on_non_facts) = (0, 0, 0);
    let mut attr_right = [0usize; ATTRIBUTES.len()];
    let mut attr_seen = [0usize; ATTRIBUTES.len()];
    let (mut subject_gold, mut subject_right) = (0, 0);
    let (mut subject_given, mut subject_given_right) = (0, 0);
    let (mut mp_tool, mut mp_with_subject) = (0, 0);
    let mut misses: Vec<String> = Vec::new();
    for (i, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
        let rec: Value = serde_json::from_str(line).unwrap();
        let text = rec["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let gold: Vec<&Value> = rec["facts"].as_array().unwrap().iter().collect();
        let non_facts = rec["non_facts"].as_array().cloned().unwrap_or_default();
        let unjudged = rec["unjudged"].as_array().cloned().unwrap_or_default();
        for g in gold.iter().copied().chain(non_facts.iter()) {
            assert_eq!(
                at_span(&chars, &g["span"]),
                g["text"].as_str().unwrap(),
                "{}: judged text is not the original at its span",
                rec["id"]
            );
        }
        for g in &gold {
            if let Some(s) = g.get("subject") {
                assert_eq!(at_span(&chars, &s["span"]), s["text"].as_str().unwrap());
            }
        }

        let file = tmp.path().join(format!("{i}.txt"));
        std::fs::write(&file, text).unwrap();
        let mut args = vec![file.to_str().unwrap().to_string()];
        if let Some(r) = rec["region"].as_str() {
            args.push("--region".into());
            args.push(r.into());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let doc = &extract_jsonl(&args)[0];
        let tool: Vec<&Value> = doc["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| KINDS.contains(&f["kind"].as_str().unwrap_or("")))
            .collect();

        // One tool fact per judged fact: the same kind with the largest overlap.
        let mut used = vec![false; tool.len()];
        for g in &gold {
            let k = KINDS.iter().position(|k| g["kind"] == *k).unwrap();
            by_kind[k].gold += 1;
            gold_n += 1;
            let best = tool
                .iter()
                .enumerate()
                .filter(|(j, t)| !used[*j] && t["kind"] == g["kind"] && overlap(t, g) > 0)
                .max_by_key(|(_, t)| overlap(t, g));
            let Some((j, t)) = best else {
                misses.push(format!(
                    "{} {} {}",
                    rec["id"].as_str().unwrap(),
                    g["kind"].as_str().unwrap(),
                    g["text"].as_str().unwrap()
                ));
                continue;
            };
            used[j] = true;
            matched += 1;
            by_kind[k].matched += 1;
            let mut every = true;
            for key in attributes(g["kind"].as_str().unwrap()) {
                let a = ATTRIBUTES.iter().position(|x| x == key).unwrap();
                attr_seen[a] += 1;
                if same(field(g, key), field(t, key)) {
                    attr_right[a] += 1;
                } else {
                    every = false;
                    // `SHOW_ATTRIBUTES=1 cargo test --test facts_quantities_judged -- --nocapture`
                    // lists the attributes that differ from the judged ones.
                    if std::env::var_os("SHOW_ATTRIBUTES").is_some() {
                        println!(
                            "{} {} {key}: judged {:?}, tool {:?}",
                            rec["id"].as_str().unwrap_or(""),
                            g["text"],
                            field(g, key),
                            field(t, key)
                        );
                    }
                }
            }
            value_right += usize::from(same(field(g, "value"), field(t, "value")));
            all_right += usize::from(every);
            if let Some(s) = g.get("subject") {
                subject_gold += 1;
                if t.get("subject")
                    .is_some_and(|ts| ts["text"] == s["text"] && ts["span"] == s["span"])
                {
                    subject_right += 1;
                }
            }
            // Where the tool names a subject, is it the judged one?
            if let Some(ts) = t.get("subject").filter(|s| !s.is_null()) {
                subject_given += 1;
                let right = g
                    .get("subject")
                    .is_some_and(|s| ts["text"] == s["text"] && ts["span"] == s["span"]);
                subject_given_right += usize::from(right);
                // `SHOW_SUBJECTS=1 cargo test --test facts_quantities_judged -- --nocapture`
                // lists the subjects given that the judges did not write.
                if !right && std::env::var_os("SHOW_SUBJECTS").is_some() {
                    println!(
                        "subject: {} {} got {} want {}",
                        rec["id"].as_str().unwrap_or(""),
                        g["text"],
                        ts["text"],
                        g.get("subject").map_or(Value::Null, |s| s["text"].clone())
                    );
                }
            }
        }
        for (j, t) in tool.iter().enumerate() {
            let on_non_fact = non_facts.iter().any(|n| overlap(t, n) > 0);
            if !used[j] && !on_non_fact && unjudged.iter().any(|n| overlap(t, n) > 0) {
                // A look-alike the judges left open (fractions, multiples, ages).
                tool_unjudged += 1;
                continue;
            }
            on_non_facts += usize::from(!used[j] && on_non_fact);
            tool_n += 1;
            let k = KINDS.iter().position(|k| t["kind"] == *k).unwrap();
            by_kind[k].tool += 1;
            if t["kind"] != "count" {
                mp_tool += 1;
                mp_with_subject += usize::from(t.get("subject").is_some_and(|s| !s.is_null()));
            }
        }
    }

    let recall = pct(matched, gold_n);
    let precision = pct(matched, tool_n);
    let values = pct(value_right, matched);
    let every = pct(all_right, matched);
    let subjects = pct(subject_right, subject_gold);
    let subjects_given = pct(subject_given_right, subject_given);
    let subject_share = pct(mp_with_subject, mp_tool);
    println!(
        "quantities: gold {gold_n}, tool {tool_n} (and {tool_unjudged} on unjudged look-alikes), \
         matched {matched}"
    );
    println!("quantities: recall {recall:.1}%");
    println!("quantities: precision {precision:.1}% ({on_non_facts} tool facts on non-facts)");
    println!("quantities: value right {values:.1}% of matched ({value_right})");
    println!("quantities: every attribute right {every:.1}% of matched ({all_right})");
    for (a, key) in ATTRIBUTES.iter().enumerate() {
        println!(
            "quantities: attribute {key} right {:.1}% ({}/{})",
            pct(attr_right[a], attr_seen[a]),
            attr_right[a],
            attr_seen[a]
        );
    }
    println!(
        "quantities: subject right where judged {subjects:.1}% ({subject_right}/{subject_gold})"
    );
    println!(
        "quantities: subject right where given {subjects_given:.1}% \
         ({subject_given_right}/{subject_given})"
    );
    println!(
        "quantities: subject given for {subject_share:.1}% of money/percent facts \
         ({mp_with_subject}/{mp_tool})"
    );
    for (k, t) in KINDS.iter().zip(&by_kind) {
        println!(
            "quantities: {k} recall {:.1}% ({}/{}), precision {:.1}% ({}/{})",
            pct(t.matched, t.gold),
            t.matched,
            t.gold,
            pct(t.matched, t.tool),
            t.matched,
            t.tool
        );
    }
    println!("quantities: missed {}", misses.join(" | "));

    assert!(gold_n >= 300, "{gold_n} judged facts");
    assert!(recall >= RECALL, "recall {recall:.1}%");
    assert!(precision >= PRECISION, "precision {precision:.1}%");
    assert!(values >= VALUES, "values right {values:.1}%");
    assert!(every >= EVERY, "every attribute right {every:.1}%");
    assert!(subjects >= SUBJECTS, "subjects right {subjects:.1}%");
    assert!(
        subjects_given >= SUBJECTS_GIVEN,
        "subjects right where given {subjects_given:.1}%"
    );
    assert!(
        subject_share >= SUBJECTS_SHARE,
        "subject given for {subject_share:.1}% of money/percent facts"
    );
}

// Floors: just under the figures of today's extractors over all 58 excerpts (recall
// 97.3%, precision 99.5%, values 99.8%, every attribute 97.6%, subjects right 82.2% of
// those judged and 89.1% of those given, given for 75.3% of money and percentages); on
// the first 46 alone the figures are 98.2%, 99.4%, 99.8%, 96.7%, 81.5%, 92.5% and 70.2%.
// Raise them as the extractors improve.
const RECALL: f64 = 97.0;
const PRECISION: f64 = 99.2;
const VALUES: f64 = 99.5;
const EVERY: f64 = 97.2;
const SUBJECTS: f64 = 81.8;
const SUBJECTS_GIVEN: f64 = 88.8;
const SUBJECTS_SHARE: f64 = 75.0;
