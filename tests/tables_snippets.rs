//! The pandas, pyarrow and DuckDB examples of docs/tables.md, run as written on the
//! tables of ../shared/corpus/reports (CSV, workbook and Parquet): the numbers they
//! print equal what the JSON holds (money per document and currency, facts per
//! kind, day dates per year), and every Parquet column reads back with its type.
//!
//! Needs pandas, pyarrow, duckdb and openpyxl: `.ci/run` installs them into
//! `target/tables-venv` (`WENSHU_TABLES_PYTHON` may name another Python that has
//! them). Without them the test skips with a message, except under `CI=true`,
//! where it fails.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::*;
use serde_json::Value;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn python() -> Option<PathBuf> {
    let python = std::env::var_os("WENSHU_TABLES_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("target/tables-venv/bin/python"));
    let ok = Command::new(&python)
        .args(["-c", "import pandas, pyarrow, duckdb, openpyxl"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        return Some(python);
    }
    let why = format!(
        "{} cannot import pandas, pyarrow, duckdb and openpyxl (.ci/run installs them: python3 -m venv target/tables-venv && target/tables-venv/bin/pip install pandas pyarrow duckdb openpyxl)",
        python.display()
    );
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{why}");
    }
    eprintln!("skipped: {why}");
    None
}

fn run(args: &[&str]) {
    let out = wenshu().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// What the JSON says the examples should print.
#[derive(Default)]
struct Truth {
    money: BTreeMap<(String, String), f64>,
    money_by_currency: BTreeMap<String, f64>,
    kinds: BTreeMap<String, i64>,
    /// Facts per document.
    facts: BTreeMap<String, i64>,
    day_years: BTreeMap<i64, i64>,
}

fn truth(docs: &[Value]) -> Truth {
    let mut t = Truth::default();
    for doc in docs {
        let path = doc["source"]["path"].as_str().unwrap().to_string();
        t.facts
            .insert(path.clone(), doc["facts"].as_array().unwrap().len() as i64);
        for f in doc["facts"].as_array().unwrap() {
            let kind = f["kind"].as_str().unwrap();
            *t.kinds.entry(kind.to_string()).or_default() += 1;
            if kind == "money" {
                if let (Some(v), Some(c)) = (f["value"].as_f64(), f["currency"].as_str()) {
                    *t.money.entry((path.clone(), c.to_string())).or_default() += v;
                    *t.money_by_currency.entry(c.to_string()).or_default() += v;
                }
            }
            // A day date with unknown parts (`2016-XX-17`) has no `value_date`.
            if kind == "date" && f["precision"] == "day" {
                if let Some(year) = f["value"].as_str().and_then(full_date_year) {
                    *t.day_years.entry(year).or_default() += 1;
                }
            }
        }
    }
    t
}

/// The year of a whole, real date `YYYY-MM-DD`.
fn full_date_year(v: &str) -> Option<i64> {
    let parts: Vec<&str> = v.split('-').collect();
    let [y, m, d] = parts[..] else { return None };
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    ((1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]).then_some(y)
}

/// `[[[path, currency], total], …]` as pandas prints a Series with two keys.
fn money_series(v: &Value) -> BTreeMap<(String, String), f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|kv| {
            let key = &kv[0];
            (
                (
                    key[0].as_str().unwrap().to_string(),
                    key[1].as_str().unwrap().to_string(),
                ),
                kv[1].as_f64().unwrap(),
            )
        })
        .collect()
}

/// The type a Parquet column of the facts table has, by its name (independent of
/// the writer's own list): what pyarrow and DuckDB call it.
fn facts_column_type(name: &str) -> (&'static str, &'static str) {
    match name {
        "article" | "index" | "line" | "column" | "span_start" | "span_end" => ("int64", "BIGINT"),
        "value_number" | "end_number" => ("double", "DOUBLE"),
        "value_date" | "end_date" => ("date32[day]", "DATE"),
        "incomplete" => ("bool", "BOOLEAN"),
        _ => ("string", "VARCHAR"),
    }
}

/// pyarrow's `to_pylist()` of the money totals: `[{path, currency, value_number_sum}]`.
fn money_rows(v: &Value) -> BTreeMap<(String, String), f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                (
                    r["path"].as_str().unwrap().to_string(),
                    r["currency"].as_str().unwrap().to_string(),
                ),
                r["value_number_sum"].as_f64().unwrap(),
            )
        })
        .collect()
}

fn assert_money(got: &BTreeMap<(String, String), f64>, want: &BTreeMap<(String, String), f64>) {
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "documents and currencies"
    );
    for (k, w) in want {
        assert!(close(got[k], *w), "{k:?}: printed {}, JSON {w}", got[k]);
    }
}

#[test]
fn the_docs_examples_print_what_the_json_holds() {
    let Some(shared) = shared() else { return };
    let Some(python) = python() else { return };
    let reports = shared.join("corpus/reports");
    let reports = reports.to_str().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path();
    let tables = work.join("tables");
    let workbook = work.join("reports.xlsx");
    let parquet = work.join("parquet");
    run(&[
        "extract",
        reports,
        "-q",
        "--format",
        "csv",
        "-o",
        tables.to_str().unwrap(),
    ]);
    run(&["extract", reports, "-q", "-o", workbook.to_str().unwrap()]);
    run(&[
        "extract",
        reports,
        "-q",
        "--format",
        "parquet",
        "-o",
        parquet.to_str().unwrap(),
    ]);
    let want = truth(&extract_jsonl(&[reports]));
    assert!(
        want.money.len() > 100,
        "the corpus names money in most documents"
    );

    let out = Command::new(&python)
        .arg(manifest_dir().join("tests/support/run_snippets.py"))
        .arg(manifest_dir().join("docs/tables.md"))
        .arg(work)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the examples of docs/tables.md fail:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let py = printed["python"].as_array().unwrap();
    let sql = printed["sql"].as_array().unwrap();
    assert_eq!((py.len(), sql.len()), (3, 2), "{printed}");

    // pandas over facts.csv: money per document and currency, day dates per year.
    assert_money(&money_series(&py[0][0]), &want.money);
    let years: BTreeMap<i64, i64> = py[0][1]
        .as_array()
        .unwrap()
        .iter()
        .map(|kv| (kv[0].as_f64().unwrap() as i64, kv[1].as_i64().unwrap()))
        .collect();
    assert_eq!(years, want.day_years);

    // pandas over the workbook: money per currency.
    let by_currency: BTreeMap<String, f64> = py[1][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|kv| (kv[0].as_str().unwrap().to_string(), kv[1].as_f64().unwrap()))
        .collect();
    assert_eq!(
        by_currency.keys().collect::<Vec<_>>(),
        want.money_by_currency.keys().collect::<Vec<_>>()
    );
    for (c, w) in &want.money_by_currency {
        assert!(close(by_currency[c], *w), "{c}: {} vs {w}", by_currency[c]);
    }

    // DuckDB: facts per kind, the five largest totals, day dates of the last years.
    let results = sql[0].as_array().unwrap();
    let kinds: BTreeMap<String, i64> = results[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_i64().unwrap()))
        .collect();
    assert_eq!(kinds, want.kinds);
    // The five largest totals (documents with equal totals may come in either order).
    let mut largest: Vec<f64> = want.money.values().copied().collect();
    largest.sort_by(|a, b| b.total_cmp(a));
    let rows = results[1].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    for (row, top) in rows.iter().zip(&largest) {
        let key = (
            row[0].as_str().unwrap().to_string(),
            row[1].as_str().unwrap().to_string(),
        );
        let total = row[2].as_f64().unwrap();
        assert!(close(total, want.money[&key]), "{row}");
        assert!(close(total, *top), "{row}: not among the five largest");
    }
    let last_years: Vec<(i64, i64)> = want
        .day_years
        .iter()
        .rev()
        .take(5)
        .map(|(y, n)| (*y, *n))
        .collect();
    let got: Vec<(i64, i64)> = results[2]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r[0].as_i64().unwrap(), r[1].as_i64().unwrap()))
        .collect();
    assert_eq!(got, last_years);

    // pyarrow over facts.parquet: every column typed, money per document and
    // currency with pyarrow alone and with pandas.
    let schema = py[2][0].as_object().unwrap();
    assert_eq!(schema.len(), 35, "{schema:?}");
    for (name, ty) in schema {
        assert_eq!(ty, facts_column_type(name).0, "pyarrow: {name}");
    }
    assert_money(&money_rows(&py[2][1]), &want.money);
    assert_money(&money_series(&py[2][2]), &want.money);

    // DuckDB over the Parquet files: the types, the five largest totals, facts per
    // document through a join with documents.parquet.
    let results = sql[1].as_array().unwrap();
    let described = results[0].as_array().unwrap();
    assert_eq!(described.len(), 35);
    for row in described {
        let name = row[0].as_str().unwrap();
        assert_eq!(row[1], facts_column_type(name).1, "DuckDB: {name}");
    }
    let rows = results[1].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    for (row, top) in rows.iter().zip(&largest) {
        let key = (
            row[0].as_str().unwrap().to_string(),
            row[1].as_str().unwrap().to_string(),
        );
        assert!(close(row[2].as_f64().unwrap(), want.money[&key]), "{row}");
        assert!(close(row[2].as_f64().unwrap(), *top), "{row}");
    }
    let joined = results[2].as_array().unwrap();
    assert_eq!(joined.len(), 3);
    for (row, (path, n)) in joined.iter().zip(&want.facts) {
        assert_eq!(row[0].as_str().unwrap(), path);
        assert_eq!(
            (row[1].as_i64(), row[2].as_i64()),
            (Some(*n), Some(*n)),
            "{row}"
        );
    }
}
