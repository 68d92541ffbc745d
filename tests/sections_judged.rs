//! Sections on real documents nobody tuned on, judged against hand-checked trees
//! (`tests/fixtures/sections/`: `NN-name.txt` and `NN-name.tree.json`; sources in
//! `SOURCES.md`; the test prints its figures, and `score.py` scores the same way).
//!
//! Matching is by line. Gold items are left out of heading precision and recall; a
//! section on a gold item line is a false heading unless it is marked `item: true`.
//! The floors sit just under what the tool reaches, so a regression fails; the table
//! is printed (`cargo test --test sections_judged -- --nocapture`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sections")
}

#[derive(Default, Clone, Copy)]
struct Score {
    gold: usize,
    items: usize,
    predicted: usize,
    found: usize,
    parents_right: usize,
    items_marked: usize,
    /// Sections marked item on gold heading lines.
    headings_as_items: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.items += o.items;
        self.predicted += o.predicted;
        self.found += o.found;
        self.parents_right += o.parents_right;
        self.items_marked += o.items_marked;
        self.headings_as_items += o.headings_as_items;
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn score(txt: &Path, tree: &Value) -> Score {
    let out = Command::new(env!("CARGO_BIN_EXE_wenshu"))
        .arg("extract")
        .arg(txt)
        .args(["--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}: {:?}", txt.display(), out);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let doc: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();

    let mut gold_h: BTreeMap<u64, Option<u64>> = BTreeMap::new();
    let mut gold_i: BTreeSet<u64> = BTreeSet::new();
    for h in tree["headings"].as_array().unwrap() {
        let line = h["line"].as_u64().unwrap();
        if h["item"].as_bool().unwrap() {
            gold_i.insert(line);
        } else {
            gold_h.insert(line, h["parent_line"].as_u64());
        }
    }
    let secs = doc["sections"].as_array().unwrap();
    let line_of: BTreeMap<&str, u64> = secs
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["line"].as_u64().unwrap()))
        .collect();
    let mut pred: BTreeMap<u64, &Value> = BTreeMap::new();
    let mut tool_items: BTreeSet<u64> = BTreeSet::new();
    for s in secs {
        if s["inline"] == true {
            continue;
        }
        let line = s["line"].as_u64().unwrap();
        if s["item"] == true {
            tool_items.insert(line);
            continue;
        }
        pred.entry(line).or_insert(s);
    }
    let mut sc = Score {
        gold: gold_h.len(),
        items: gold_i.len(),
        predicted: pred.len(),
        items_marked: gold_i.intersection(&tool_items).count(),
        headings_as_items: tool_items.iter().filter(|l| gold_h.contains_key(l)).count(),
        ..Score::default()
    };
    for (line, s) in &pred {
        if let Some(gold_parent) = gold_h.get(line) {
            sc.found += 1;
            let parent_line = s["parent"].as_str().map(|p| line_of[p]);
            if parent_line == *gold_parent {
                sc.parents_right += 1;
            }
        }
    }
    sc
}

/// Per document: the least heading precision and recall (%) and items marked (%).
/// (Figures reached on 2026-12-02 in the comments: precision / recall / items.)
const FLOORS: &[(&str, f64, f64, f64)] = &[
    ("01-", 99.0, 99.0, 99.0), // 100 / 100 / 25 of 25
    ("02-", 85.0, 99.0, 92.0), // 6 of 7 (a wrapped table cell) / 6 of 6 / 37 of 40
    ("03-", 99.0, 99.0, 99.0), // 3 of 3 / 3 of 3 (甲、乙、丙、) / 8 of 8
    ("04-", 99.0, 99.0, 99.0), // 25 of 25 year and meeting captions / 67 of 67
    ("05-", 99.0, 99.0, 99.0), // 23 of 23 run-in and plain titles
    ("06-", 99.0, 99.0, 99.0), // 23 of 23
    ("07-", 99.0, 99.0, 99.0), // 10 of 10 chapters / 60 of 60 rules
    ("08-", 99.0, 99.0, 99.0), // 37 of 37 (decimal numbering; the contents are no sections) / 65 of 65
    ("09-", 99.0, 99.0, 99.0), // 10 of 10 / 1 of 1
    ("10-", 99.0, 93.0, 99.0), // 15 of 15 / 15 of 16 (a bare 第十九条) / 114 of 114
    ("11-", 99.0, 99.0, 99.0), // no headings / 7 of 7 items
    ("12-", 99.0, 50.0, 99.0), // 1 of 1 / 1 of 2 (an attachment's title) / 130 of 130
    ("13-", 99.0, 99.0, 99.0), // 5 of 5 / 46 of 46
    ("14-", 99.0, 83.0, 99.0), // 20 of 20 / 20 of 24 (遗留问题： over 无。) / 20 of 20
    ("15-", 50.0, 99.0, 83.0), // 1 of 2 (四、…報告: with a list under it) / 1 of 1 / 5 of 6
    ("16-", 99.0, 99.0, 99.0), // 8 of 8 / 4 of 4
    ("17-", 99.0, 99.0, 99.0), // 15 of 15 / 45 of 45
    ("18-", 99.0, 99.0, 99.0), // 14 of 14 / 47 of 47
    ("19-", 99.0, 99.0, 99.0), // 13 of 13
    ("20-", 99.0, 99.0, 99.0), // 22 of 22
    ("21-", 99.0, 99.0, 99.0), // 16 of 16
    ("22-", 99.0, 99.0, 99.0), // 4 of 4
    ("23-", 99.0, 99.0, 99.0), // 3 of 3 / 6 of 6
    ("24-", 99.0, 99.0, 99.0), // 16 of 16
    ("25-", 99.0, 99.0, 92.0), // 4 of 4 / 23 of 25
    ("26-", 99.0, 99.0, 99.0), // 17 of 17 / 30 of 30
    // Government work reports, judged before the tool ran on them: 27 reached 4 of 4 / 4 of 4
    // untuned; 28 reached 2 of 2 / 2 of 11 (its run-in titles longer than a title) untuned,
    // 11 of 11 / 11 of 11 once parallel run-in titles were read as titles.
    ("27-", 99.0, 99.0, 99.0), // 4 of 4 / 4 of 4
    ("28-", 99.0, 99.0, 99.0), // 11 of 11 / 11 of 11 / 9 of 9
];

/// The second set: heading precision and recall (%), at least 95.
/// Reached: 133 of 134 (99.3), 133 of 133 (100); before headings without a marker were
/// found: 112 of 122 (91.8), 112 of 133 (84.2).
const SECOND: (f64, f64) = (95.0, 95.0);

#[test]
fn sections_match_the_judged_trees() {
    let dir = fixtures();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".tree.json").map(str::to_string)
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 28, "the twenty-eight judged documents");
    assert!(dir.join("SOURCES.md").is_file(), "sources are cited");

    let mut total = Score::default();
    // The second set (15-26) was judged before the rules for headings without a marker.
    let mut second = Score::default();
    let mut rows = Vec::new();
    println!(
        "{:<40} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7} {:>9} {:>9}",
        "document", "gold", "items", "tool", "found", "prec%", "rec%", "parents", "items%"
    );
    for name in &names {
        let tree: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.tree.json"))).unwrap(),
        )
        .unwrap();
        let sc = score(&dir.join(format!("{name}.txt")), &tree);
        println!(
            "{:<40} {:>5} {:>5} {:>5} {:>5} {:>7.1} {:>7.1} {:>9} {:>9.1}",
            name,
            sc.gold,
            sc.items,
            sc.predicted,
            sc.found,
            pct(sc.found, sc.predicted),
            pct(sc.found, sc.gold),
            format!("{}/{}", sc.parents_right, sc.found),
            pct(sc.items_marked, sc.items),
        );
        total.add(&sc);
        if name.as_str() >= "15-" && name.as_str() < "27-" {
            second.add(&sc);
        }
        rows.push((name.clone(), sc));
    }
    println!(
        "{:<40} {:>5} {:>5} {:>5} {:>5} {:>7.1} {:>7.1}",
        "second set (15-26)",
        second.gold,
        second.items,
        second.predicted,
        second.found,
        pct(second.found, second.predicted),
        pct(second.found, second.gold),
    );
    let precision = pct(total.found, total.predicted);
    let recall = pct(total.found, total.gold);
    let items = pct(total.items_marked, total.items);
    println!(
        "{:<40} {:>5} {:>5} {:>5} {:>5} {:>7.1} {:>7.1} {:>9} {:>9.1}",
        "overall",
        total.gold,
        total.items,
        total.predicted,
        total.found,
        precision,
        recall,
        format!("{}/{}", total.parents_right, total.found),
        items,
    );

    let mut failures = Vec::new();
    for (name, sc) in &rows {
        let Some(&(_, p, r, i)) = FLOORS.iter().find(|f| name.starts_with(f.0)) else {
            failures.push(format!("{name}: no floor"));
            continue;
        };
        let (gp, gr, gi) = (
            pct(sc.found, sc.predicted),
            pct(sc.found, sc.gold),
            pct(sc.items_marked, sc.items),
        );
        if gp < p || gr < r || gi < i {
            failures.push(format!(
                "{name}: precision {gp:.1} (floor {p}), recall {gr:.1} (floor {r}), items {gi:.1} (floor {i})"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "below the floors:\n{}",
        failures.join("\n")
    );
    // The second set, micro-averaged.
    let (p2, r2) = (
        pct(second.found, second.predicted),
        pct(second.found, second.gold),
    );
    assert!(
        p2 >= SECOND.0 && r2 >= SECOND.1,
        "second set: precision {p2:.1}, recall {r2:.1}"
    );
    // Overall floors (micro-averaged), and the parents of the headings found.
    assert!(precision >= OVERALL.0, "overall precision {precision:.1}");
    assert!(recall >= OVERALL.1, "overall recall {recall:.1}");
    assert!(items >= OVERALL.2, "overall items marked {items:.1}");
    assert!(
        pct(total.parents_right, total.found) >= OVERALL.3,
        "parents right {}/{}",
        total.parents_right,
        total.found
    );
}

/// Overall (all 28): heading precision, recall, items marked, parents right (%).
/// Reached: 348 of 350 (99.4), 348 of 354 (98.3), 749 of 755 (99.2), 339 of 348 (97.4);
/// before decimal outline numbers and contents (26 documents): 296 of 298 (99.3), 296 of
/// 339 (87.3), 721 of 746 (96.6), 287 of 296 (97.0); before headings without a marker: 92.7,
/// 67.4, 95.0, 92.6 (first set alone, before items: 16.9, 55.8, 0, 94.8).
const OVERALL: (f64, f64, f64, f64) = (99.0, 98.0, 99.0, 97.0);
