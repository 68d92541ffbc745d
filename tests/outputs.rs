//! Analyst and archivist outputs end to end: CSV tables and the XLSX workbook read
//! back and compared with the JSON cell by cell, keywords, incremental re-runs.
//!
//! The expected cells are computed here from the JSON document, independently of
//! `crates/wenshu/src/output/table.rs`, so a change in either shows.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::*;
use serde_json::Value;

const CELL_LIMIT: usize = 32_767;
const TABLES: [&str; 5] = ["documents", "articles", "sections", "facts", "placeholders"];

// ---------------------------------------------------------------- CSV reading

/// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            '\n' => panic!("a bare LF outside quotes: records end with CRLF"),
            _ => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last record ends with CRLF"
    );
    rows
}

fn read_csv(path: &Path, bom: bool) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let body = if bom {
        text.strip_prefix('\u{feff}')
            .unwrap_or_else(|| panic!("{}: no byte-order mark", path.display()))
    } else {
        assert!(!text.starts_with('\u{feff}'));
        &text
    };
    parse_csv(body)
}

// ------------------------------------------------------ expected cells (JSON)

/// The characters `[start, end)` of `chars`.
fn slice(chars: &[char], span: &Value) -> String {
    at_span(chars, span)
}

fn section_path(doc: &Value, id: &Value) -> Value {
    let Some(mut id) = id.as_str().map(str::to_string) else {
        return Value::Null;
    };
    let sections = doc["sections"].as_array().unwrap();
    let mut chain = Vec::new();
    while let Some(s) = sections.iter().find(|s| s["id"] == id.as_str()) {
        chain.push(format!(
            "{}{}",
            s["marker"].as_str().unwrap(),
            s["title"].as_str().unwrap()
        ));
        match s["parent"].as_str() {
            Some(p) => id = p.to_string(),
            None => break,
        }
    }
    chain.reverse();
    Value::String(chain.join(" > "))
}

fn article_title(doc: &Value, article: &Value) -> Value {
    match article.as_u64() {
        Some(a) => doc["articles"][a as usize]["title"].clone(),
        None => Value::Null,
    }
}

fn count_where(items: &Value, key: &str, value: &Value) -> Value {
    items
        .as_array()
        .map_or(0, |a| a.iter().filter(|i| &i[key] == value).count())
        .into()
}

fn or_false(v: &Value) -> Value {
    if v.is_null() {
        false.into()
    } else {
        v.clone()
    }
}

/// The value the table should hold for `column` of item `i` of `table`.
/// `text` is the original's characters when the run asked for the articles'
/// text (`--text`), else `None` (the column is empty).
fn expected(doc: &Value, text: Option<&[char]>, table: &str, i: usize, column: &str) -> Value {
    let item = match table {
        "documents" => doc,
        "articles" => &doc["articles"][i],
        t => &doc[t][i],
    };
    let common = match column {
        "path" => Some(doc["source"]["path"].clone()),
        "article_title" => Some(article_title(doc, &item["article"])),
        "section_path" => Some(section_path(
            doc,
            if table == "sections" {
                &item["id"]
            } else {
                &item["section"]
            },
        )),
        "span_start" => Some(item["span"][0].clone()),
        "span_end" => Some(item["span"][1].clone()),
        "title_start" => Some(item["title_span"][0].clone()),
        "title_end" => Some(item["title_span"][1].clone()),
        "index" => Some(i.into()),
        _ => None,
    };
    if let Some(v) = common {
        return v;
    }
    match (table, column) {
        // The table holds the subject's text (its span is in the JSON).
        ("facts", "subject") => item["subject"]["text"].clone(),
        // `value` and `end` as the JSON writes them, then typed copies.
        ("facts", "value" | "end") => match &item[column] {
            Value::Number(n) => n.to_string().into(),
            other => other.clone(),
        },
        ("facts", "value_number" | "end_number") => {
            let v = &item[&column[..column.find('_').unwrap()]];
            if v.is_number() {
                v.clone()
            } else {
                Value::Null
            }
        }
        ("facts", "value_date" | "end_date") => {
            let v = &item[&column[..column.find('_').unwrap()]];
            match v.as_str() {
                Some(s) if item["kind"] == "date" => first_day(s).map_or(Value::Null, Value::from),
                _ => Value::Null,
            }
        }
        ("facts", "value_text") => match item["value"].as_str() {
            Some(s) if item["kind"] != "date" || first_day(s).is_none() => s.into(),
            _ => Value::Null,
        },
        ("documents", "error") => Value::Null,
        ("documents", "warnings") => match doc["warnings"].as_array() {
            Some(w) if !w.is_empty() => w
                .iter()
                .map(|w| {
                    format!(
                        "{}: {}",
                        w["code"].as_str().unwrap(),
                        w["message"].as_str().unwrap()
                    )
                })
                .collect::<Vec<_>>()
                .join(" | ")
                .into(),
            _ => Value::Null,
        },
        ("documents", "articles" | "sections" | "facts" | "placeholders") => {
            doc[column].as_array().unwrap().len().into()
        }
        ("documents", "placeholder_errors") => {
            count_where(&doc["placeholders"], "severity", &"error".into())
        }
        ("documents", "normalized_to") => doc["normalized_to"].clone(),
        ("documents", "bom") => or_false(&doc["source"]["bom"]),
        ("documents", c) => doc["source"][c].clone(),
        ("articles", "article") => item["index"].clone(),
        ("articles", "chars") => {
            (item["span"][1].as_u64().unwrap() - item["span"][0].as_u64().unwrap()).into()
        }
        ("articles", "sections" | "facts" | "placeholders") => {
            count_where(&doc[column], "article", &item["index"])
        }
        ("articles", "keywords") => match item["keywords"].as_array() {
            Some(k) if !k.is_empty() => k
                .iter()
                .map(|k| k["word"].as_str().unwrap())
                .collect::<Vec<_>>()
                .join("、")
                .into(),
            _ => Value::Null,
        },
        ("articles", "text") => {
            text.map_or(Value::Null, |chars| slice(chars, &item["span"]).into())
        }
        ("sections", "inline") => or_false(&item["inline"]),
        ("sections", "item") => or_false(&item["item"]),
        ("facts", "incomplete") => or_false(&item["incomplete"]),
        ("facts", "inferred") => match item["inferred"].as_array() {
            Some(a) if !a.is_empty() => a
                .iter()
                .map(|x| x.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(",")
                .into(),
            _ => Value::Null,
        },
        (_, c) => item[c].clone(),
    }
}

/// The columns of the default (lean) workbook, sheet by sheet: the CSV's less
/// offsets, join keys and restated values, `end_text` in place of `end`.
const LEAN_COLUMNS: [(&str, &[&str]); 5] = [
    (
        "documents",
        &[
            "path",
            "sha256",
            "bytes",
            "encoding",
            "bom",
            "script",
            "region",
            "chars",
            "lines",
            "articles",
            "sections",
            "facts",
            "placeholders",
            "placeholder_errors",
            "normalized_to",
            "warnings",
            "error",
        ],
    ),
    (
        "articles",
        &[
            "path",
            "article",
            "title",
            "title_normalized",
            "line",
            "chars",
            "sections",
            "facts",
            "placeholders",
            "keywords",
            "text",
        ],
    ),
    (
        "sections",
        &[
            "path",
            "article",
            "level",
            "marker",
            "title",
            "title_normalized",
            "inline",
            "item",
            "line",
        ],
    ),
    (
        "facts",
        &[
            "path",
            "article",
            "section_path",
            "kind",
            "text",
            "text_normalized",
            "value_number",
            "value_date",
            "value_text",
            "end_text",
            "end_number",
            "end_date",
            "object",
            "currency",
            "qualifier",
            "precision",
            "inferred",
            "period",
            "part",
            "unit_normalized",
            "change",
            "basis",
            "per",
            "subject",
            "incomplete",
            "line",
        ],
    ),
    (
        "placeholders",
        &[
            "path",
            "article",
            "section_path",
            "kind",
            "severity",
            "text",
            "context",
            "line",
            "column",
        ],
    ),
];

/// What a cell of the lean workbook holds: the CSV's value, except that a flag
/// is written only when true, `article` only in a document of several articles,
/// and a range's end as text (`end_text`) only when no typed column holds it.
fn lean_expected(doc: &Value, text: Option<&[char]>, table: &str, i: usize, column: &str) -> Value {
    let one_article = doc["articles"].as_array().map_or(0, Vec::len) <= 1;
    match column {
        "end_text" => {
            let typed = ["end_number", "end_date"]
                .iter()
                .any(|c| !expected(doc, text, table, i, c).is_null());
            if typed {
                Value::Null
            } else {
                expected(doc, text, table, i, "end")
            }
        }
        "article" if table != "articles" && one_article => Value::Null,
        c => match expected(doc, text, table, i, c) {
            Value::Bool(false) => Value::Null,
            v => v,
        },
    }
}

fn row_count(doc: &Value, table: &str) -> usize {
    match table {
        "documents" => 1,
        t => doc[t].as_array().map_or(0, Vec::len),
    }
}

// ----------------------------------------------------------- cell comparison

fn csv_cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => panic!("no cell for {other}"),
    }
}

/// The first day a date names (`2025-09` → `2025-09-01`, `2025` → `2025-01-01`);
/// `None` for a masked date.
fn first_day(s: &str) -> Option<String> {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    if !parts.iter().all(|p| digits(p)) {
        return None;
    }
    match parts.as_slice() {
        [y] if y.len() == 4 => Some(format!("{y}-01-01")),
        [y, m] if y.len() == 4 => Some(format!("{y}-{m}-01")),
        [y, _, _] if y.len() == 4 => Some(s.to_string()),
        _ => None,
    }
}

/// A complete date `YYYY-MM-DD` (what the workbook stores as a date).
fn is_full_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && &s[..4] >= "1900"
}

/// An Excel serial date back to `YYYY-MM-DD` (days since 1899-12-30).
fn serial_to_iso(serial: f64) -> String {
    // Civil-from-days (Howard Hinnant), from 1970-01-01.
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether a workbook cell holds `v`; long text is cut to Excel's limit with a
/// marker. Returns whether the cell was truncated.
fn xlsx_cell_matches(cell: &Data, v: &Value, date_column: bool, at: &str) -> bool {
    match (cell, v) {
        (Data::Empty, Value::Null) => false,
        (Data::Float(x), Value::Number(n)) => {
            assert_eq!(*x, n.as_f64().unwrap(), "{at}");
            false
        }
        (Data::Int(x), Value::Number(n)) => {
            assert_eq!(*x as f64, n.as_f64().unwrap(), "{at}");
            false
        }
        (Data::Bool(b), Value::Bool(e)) => {
            assert_eq!(b, e, "{at}");
            false
        }
        (Data::DateTime(d), Value::String(s)) => {
            assert!(
                date_column && is_full_date(s),
                "{at}: only complete dates are dates"
            );
            assert_eq!(serial_to_iso(d.as_f64()), *s, "{at}");
            false
        }
        (Data::String(c), Value::String(s)) => {
            assert!(
                !(date_column && is_full_date(s)),
                "{at}: a complete date written as text"
            );
            if s.encode_utf16().count() <= CELL_LIMIT {
                assert_eq!(c, s, "{at}");
                false
            } else {
                assert!(
                    c.encode_utf16().count() <= CELL_LIMIT,
                    "{at}: over the limit"
                );
                assert!(c.contains("truncated"), "{at}: no truncation marker");
                let kept = c.find('…').expect("marker starts with …");
                assert!(kept > 30_000 && s.starts_with(&c[..kept]), "{at}");
                true
            }
        }
        (c, v) => panic!("{at}: workbook has {c:?}, JSON has {v}"),
    }
}

// ------------------------------------------------------------------ running

fn run_ok(args: &[&str]) -> String {
    let out = wenshu().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    stderr
}

struct Outputs {
    doc: Value,
    /// The original's characters, when the run wrote the articles' text.
    chars: Option<Vec<char>>,
    dir: tempfile::TempDir,
    stderr_xlsx: String,
}

/// Extract one file as JSON, as CSV tables and as a workbook.
fn outputs_of(input: &Path, extra: &[&str]) -> Outputs {
    let p = input.to_str().unwrap();
    let mut args = vec![p];
    args.extend_from_slice(extra);
    let mut docs = extract_jsonl(&args);
    assert_eq!(docs.len(), 1);
    let doc = docs.remove(0);
    let bytes = std::fs::read(input).unwrap();
    let text = String::from_utf8(bytes).expect("test inputs are UTF-8");
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    let xlsx = dir.path().join("out.xlsx");
    let lean = dir.path().join("lean.xlsx");
    let mut a = vec!["extract", p, "--format", "csv", "-o", csv.to_str().unwrap()];
    a.extend_from_slice(extra);
    run_ok(&a);
    let mut a = vec![
        "extract",
        p,
        "-o",
        xlsx.to_str().unwrap(),
        "--xlsx-columns",
        "all",
    ];
    a.extend_from_slice(extra);
    let stderr_xlsx = run_ok(&a);
    let mut a = vec!["extract", p, "-o", lean.to_str().unwrap()];
    a.extend_from_slice(extra);
    run_ok(&a);
    Outputs {
        doc,
        chars: extra.contains(&"--text").then(|| text.chars().collect()),
        dir,
        stderr_xlsx,
    }
}

impl Outputs {
    fn csv(&self, table: &str) -> PathBuf {
        self.dir.path().join("csv").join(format!("{table}.csv"))
    }

    fn xlsx(&self) -> PathBuf {
        self.dir.path().join("out.xlsx")
    }

    /// Every CSV table, every cell, against the JSON.
    fn check_csv(&self) -> Vec<String> {
        let mut headers_of = Vec::new();
        for table in TABLES {
            let rows = read_csv(&self.csv(table), true);
            let (header, body) = rows.split_first().unwrap();
            assert_eq!(body.len(), row_count(&self.doc, table), "{table}.csv rows");
            for (i, row) in body.iter().enumerate() {
                assert_eq!(row.len(), header.len(), "{table}.csv row {i}");
                for (col, cell) in header.iter().zip(row) {
                    let want = expected(&self.doc, self.chars.as_deref(), table, i, col);
                    assert_eq!(*cell, csv_cell(&want), "{table}.csv row {i} column {col}");
                }
            }
            headers_of.push(header.join(","));
        }
        headers_of
    }

    /// Every sheet of the default (lean) workbook, every cell, against the JSON:
    /// its columns are [`LEAN_COLUMNS`]. Returns the truncated cells.
    fn check_lean_xlsx(&self) -> Vec<String> {
        let mut wb: Xlsx<_> = open_workbook(self.dir.path().join("lean.xlsx")).unwrap();
        let names = wb.sheet_names();
        assert_eq!(names[..5], TABLES.map(String::from));
        let mut truncated = Vec::new();
        for (table, columns) in LEAN_COLUMNS {
            let range = wb.worksheet_range(table).unwrap();
            let (height, width) = range.get_size();
            assert_eq!(height, 1 + row_count(&self.doc, table), "{table} rows");
            let header: Vec<String> = (0..width)
                .map(|c| match range.get((0, c)) {
                    Some(Data::String(s)) => s.clone(),
                    other => panic!("{table} header {c}: {other:?}"),
                })
                .collect();
            assert_eq!(header, columns, "{table}: the lean workbook's columns");
            for i in 0..height - 1 {
                for (c, col) in columns.iter().enumerate() {
                    let want = lean_expected(&self.doc, self.chars.as_deref(), table, i, col);
                    let cell = range.get((i + 1, c)).cloned().unwrap_or(Data::Empty);
                    let date_column = table == "facts" && matches!(*col, "value_date" | "end_date");
                    let at = format!("lean {table}!row {} column {col}", i + 2);
                    if xlsx_cell_matches(&cell, &want, date_column, &at) {
                        truncated.push(format!("{table}.{col}"));
                    }
                }
            }
        }
        truncated
    }

    /// Every sheet, every cell, against the JSON. Returns the truncated cells.
    fn check_xlsx(&self, csv_headers: &[String]) -> Vec<String> {
        let mut wb: Xlsx<_> = open_workbook(self.xlsx()).unwrap();
        let names = wb.sheet_names();
        assert_eq!(names[..5], TABLES.map(String::from));
        assert!(names[5..].iter().all(|n| n == "keywords"), "{names:?}");
        let mut truncated = Vec::new();
        for (table, csv_header) in TABLES.iter().zip(csv_headers) {
            let range = wb.worksheet_range(table).unwrap();
            let (height, width) = range.get_size();
            assert_eq!(
                height,
                1 + row_count(&self.doc, table),
                "{table} sheet rows"
            );
            let header: Vec<String> = (0..width)
                .map(|c| match range.get((0, c)) {
                    Some(Data::String(s)) => s.clone(),
                    other => panic!("{table} header {c}: {other:?}"),
                })
                .collect();
            assert_eq!(
                header.join(","),
                *csv_header,
                "{table}: same columns as the CSV"
            );
            for i in 0..height - 1 {
                for (c, col) in header.iter().enumerate() {
                    let want = expected(&self.doc, self.chars.as_deref(), table, i, col);
                    let cell = range.get((i + 1, c)).cloned().unwrap_or(Data::Empty);
                    let date_column =
                        *table == "facts" && matches!(col.as_str(), "value_date" | "end_date");
                    let at = format!("{table}!row {} column {col}", i + 2);
                    if xlsx_cell_matches(&cell, &want, date_column, &at) {
                        truncated.push(format!("{table}.{col}"));
                    }
                }
            }
        }
        truncated
    }
}

#[test]
fn seed_tables_match_the_json_cell_by_cell() {
    let out = outputs_of(&bundled_seed(), &[]);
    let doc = &out.doc;
    assert_eq!(doc["articles"].as_array().unwrap().len(), 3);
    // facts.csv and placeholders.csv: exactly one row per JSON item, with the BOM.
    for table in ["facts", "placeholders"] {
        let rows = read_csv(&out.csv(table), true);
        assert_eq!(
            rows.len() - 1,
            doc[table].as_array().unwrap().len(),
            "{table}"
        );
    }
    let headers = out.check_csv();
    let truncated = out.check_xlsx(&headers);
    assert!(truncated.is_empty(), "{truncated:?}");
    assert!(out.check_lean_xlsx().is_empty());
    assert!(!out.stderr_xlsx.contains("cut to Excel"));
    // The heading path reads like the document.
    let sections = read_csv(&out.csv("sections"), true);
    assert!(
        sections
            .iter()
            .any(|r| r[4].starts_with("一、重點問題 > (一)")
                || r[4].starts_with("一、重點問題 > （一）")),
        "{:?}",
        sections.iter().map(|r| &r[4]).collect::<Vec<_>>()
    );
}

#[test]
fn shared_seed_tables_have_one_row_per_item() {
    let Some(seed) = seed_path() else { return };
    let out = outputs_of(&seed, &["--keywords", "5", "--text"]);
    for table in TABLES {
        let rows = read_csv(&out.csv(table), true);
        assert_eq!(rows.len() - 1, row_count(&out.doc, table), "{table}");
    }
    let headers = out.check_csv();
    out.check_xlsx(&headers);
    out.check_lean_xlsx();
    let kw = read_csv(&out.csv("keywords"), true);
    let in_json: usize = out.doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["keywords"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(kw.len() - 1, in_json);
}

/// A report whose one paragraph is longer than an Excel cell.
fn long_report(dir: &Path) -> PathBuf {
    let mut text = String::from("2025年社區志願服務總結\n一、基本情況\n");
    let sentence = "社區志願者走訪慰問困難家庭，開展環境整治和文明宣傳活動，";
    let mut para = String::new();
    while para.chars().count() < 40_000 {
        para.push_str(sentence);
    }
    para.push_str("全年共服務居民3000餘人次。\n");
    text.push_str(&para);
    text.push_str("二、下一步打算\n繼續做好__社區服務，-5號樓=前置符號@測試。\n");
    // Headings a spreadsheet would take for formulas.
    text.push_str("三、=HYPERLINK(\"http://x\",\"點擊\")\n內容。\n四、-5度低溫應對\n內容。\n");
    let p = dir.join("long-paragraph.txt");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_40000_character_paragraph_is_cut_in_the_workbook_only() {
    let tmp = tempfile::tempdir().unwrap();
    let input = long_report(tmp.path());
    let out = outputs_of(&input, &["--text"]);
    let headers = out.check_csv();
    let truncated = out.check_xlsx(&headers);
    // The article's text is the column that exceeds the limit; the CSV keeps it whole.
    assert!(
        truncated.contains(&"articles.text".to_string()),
        "{truncated:?}"
    );
    assert_eq!(out.check_lean_xlsx(), ["articles.text"]);
    assert!(out.stderr_xlsx.contains("articles!"), "{}", out.stderr_xlsx);
    assert!(
        out.stderr_xlsx.contains("cut to Excel's 32,767"),
        "{}",
        out.stderr_xlsx
    );
    // Formula-like headings are data in the CSV, as written (the workbook
    // guards them with a quote prefix, its text unchanged).
    let sections = read_csv(&out.csv("sections"), true);
    let titles: Vec<&str> = sections.iter().map(|r| r[8].as_str()).collect();
    assert!(
        titles.contains(&"=HYPERLINK(\"http://x\",\"點擊\")"),
        "{titles:?}"
    );
    assert!(titles.contains(&"-5度低溫應對"), "{titles:?}");
    let articles = read_csv(&out.csv("articles"), true);
    let text_col = articles[0].iter().position(|h| h == "text").unwrap();
    assert!(articles[1][text_col].chars().count() > 40_000);
}

#[test]
fn chinese_headers_and_no_bom() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("csv");
    let seed = bundled_seed();
    run_ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--format",
        "csv",
        "--headers",
        "zh",
        "--no-bom",
        "-o",
        csv.to_str().unwrap(),
    ]);
    let facts = read_csv(&csv.join("facts.csv"), false);
    assert_eq!(facts[0][..3], ["文件路径", "篇序号", "篇标题"]);
    let xlsx = tmp.path().join("t.xlsx");
    run_ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--format",
        "xlsx",
        "--headers",
        "zh",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = wb.worksheet_range("facts").unwrap();
    assert_eq!(range.get((0, 2)), Some(&Data::String("章节路径".into())));
    // The lean workbook's own column has a Chinese name too.
    assert_eq!(
        range.get((0, 9)),
        Some(&Data::String("范围结束其他值".into()))
    );
}

#[test]
fn unreadable_inputs_get_a_documents_row() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("csv");
    let missing = tmp.path().join("missing.txt");
    let out = wenshu()
        .args([
            "extract",
            bundled_seed().to_str().unwrap(),
            missing.to_str().unwrap(),
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "the batch goes on, the run says so"
    );
    let docs = read_csv(&csv.join("documents.csv"), true);
    assert_eq!(docs.len(), 3);
    let error = docs[0].iter().position(|h| h == "error").unwrap();
    assert!(docs[1][error].is_empty());
    assert!(docs[2][0].ends_with("missing.txt"));
    assert!(docs[2][error].starts_with("not_found:"), "{:?}", docs[2]);
}

#[test]
fn normalized_copies_fill_their_columns() {
    let out = outputs_of(&bundled_seed(), &["--to", "simplified"]);
    let headers = out.check_csv();
    out.check_xlsx(&headers);
    out.check_lean_xlsx();
    let sections = read_csv(&out.csv("sections"), true);
    let col = sections[0]
        .iter()
        .position(|h| h == "title_normalized")
        .unwrap();
    assert!(sections[1..].iter().all(|r| !r[col].is_empty()));
    assert!(
        sections[1..].iter().any(|r| r[col].contains("重点")),
        "Simplified copies"
    );
}

#[test]
fn a_workbook_needs_a_destination_and_a_table_streams_without_one() {
    let seed = bundled_seed();
    let out = wenshu()
        .args(["extract", seed.to_str().unwrap(), "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o"));
    // Without -o, --format csv writes the facts table to standard output.
    let out = wenshu()
        .args(["extract", seed.to_str().unwrap(), "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("\u{feff}\"path\",\"article\""),
        "{text:.80}"
    );
}

#[test]
fn keywords_are_ranked_and_scaled() {
    let docs = extract_jsonl(&[bundled_seed().to_str().unwrap(), "--keywords", "5"]);
    for a in docs[0]["articles"].as_array().unwrap() {
        let kw = a["keywords"].as_array().unwrap();
        assert!(!kw.is_empty() && kw.len() <= 5, "{a}");
        assert_eq!(kw[0]["weight"], 1.0);
        let w: Vec<f64> = kw.iter().map(|k| k["weight"].as_f64().unwrap()).collect();
        assert!(w.windows(2).all(|p| p[0] >= p[1]), "{w:?}");
        assert!(w.iter().all(|x| *x > 0.0 && *x <= 1.0));
        // Words as the (Traditional) original wrote them.
        for k in kw {
            let word = k["word"].as_str().unwrap();
            assert!(word.chars().count() >= 2, "{word}");
        }
    }
    // Without the flag, no keywords at all.
    let docs = extract_jsonl(&[bundled_seed().to_str().unwrap()]);
    assert!(docs[0]["articles"][0].get("keywords").is_none());
}

// -------------------------------------------------------------- incremental

fn mtimes(dir: &Path) -> HashMap<PathBuf, SystemTime> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().to_path_buf(),
                e.metadata().unwrap().modified().unwrap(),
            )
        })
        .collect()
}

fn incremental(input: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "extract",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--incremental",
    ];
    args.extend_from_slice(extra);
    run_ok(&args)
}

fn copy_tree(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = e.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

#[test]
fn incremental_runs_write_only_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("reports");
    let out = tmp.path().join("out");
    copy_tree(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        &src,
    );
    let n = std::fs::read_dir(&src).unwrap().count();
    let first = incremental(&src, &out, &[]);
    assert!(
        first.contains(&format!("{n} written, 0 skipped")),
        "{first}"
    );
    let before = mtimes(&out);
    assert_eq!(before.len(), n + 1, "one JSON per input and the manifest");

    // Unchanged tree: nothing written, not even the manifest.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let second = incremental(&src, &out, &[]);
    assert!(
        second.contains(&format!("0 written, {n} skipped")),
        "{second}"
    );
    assert_eq!(mtimes(&out), before);

    // One file changed: only its output is rewritten.
    let changed = src.join("library-volunteers-2024.txt");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("\n補充：__\n");
    std::fs::write(&changed, text).unwrap();
    let third = incremental(&src, &out, &[]);
    assert!(
        third.contains(&format!("1 written, {} skipped", n - 1)),
        "{third}"
    );
    let after = mtimes(&out);
    let rewritten: Vec<_> = after
        .iter()
        .filter(|(p, t)| before.get(*p) != Some(t))
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut rewritten = rewritten;
    rewritten.sort();
    assert_eq!(
        rewritten,
        [".wenshu-manifest.json", "library-volunteers-2024.json"]
    );

    // A deleted output is written again.
    std::fs::remove_file(out.join("tw-community-care-2023.json")).unwrap();
    let fourth = incremental(&src, &out, &[]);
    assert!(fourth.contains("1 written"), "{fourth}");

    // Options that change output invalidate everything.
    let fifth = incremental(&src, &out, &["--keywords", "3"]);
    assert!(
        fifth.contains(&format!("{n} written, 0 skipped")),
        "{fifth}"
    );
    let sixth = incremental(&src, &out, &["--keywords", "3"]);
    assert!(
        sixth.contains(&format!("0 written, {n} skipped")),
        "{sixth}"
    );

    // Outputs rewritten by a run without --incremental are not trusted.
    run_ok(&[
        "extract",
        src.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--tokens",
    ]);
    let seventh = incremental(&src, &out, &["--keywords", "3"]);
    assert!(
        seventh.contains(&format!("{n} written, 0 skipped")),
        "{seventh}"
    );
}

#[test]
fn incremental_needs_a_json_folder() {
    let seed = bundled_seed();
    let out = wenshu()
        .args(["extract", seed.to_str().unwrap(), "--incremental"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--incremental"));
}

#[test]
fn incremental_over_the_unchanged_shared_reports_writes_nothing() {
    let Some(shared) = shared() else { return };
    let reports = shared.join("corpus/reports");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let first = incremental(&reports, &out, &[]);
    assert!(first.contains(" written, 0 skipped"), "{first}");
    let before = mtimes(&out);
    let second = incremental(&reports, &out, &[]);
    assert!(second.contains("incremental: 0 written,"), "{second}");
    assert!(
        second.contains(&format!("{} skipped", before.len() - 1)),
        "{second}"
    );
    assert_eq!(mtimes(&out), before);
}

// ------------------------------------------- every fact and placeholder field

/// A document with every fact and placeholder field filled (the extractors may
/// not fill them all yet), written through the sinks and read back.
#[test]
fn every_fact_and_placeholder_field_reaches_the_tables() {
    use wenshu::input::{Input, InputFile};
    use wenshu::output::{csv, table::Headers, xlsx};
    use wenshu::pipeline::Sink;

    let tmp = tempfile::tempdir().unwrap();
    let text = "2025年社区活动总结\n一、重点问题\n（一）重点区域\n9月16日至18日，共有-5位__参加，花费约3.5万元，增长12.5%。\n";
    let input_path = tmp.path().join("a.txt");
    std::fs::write(&input_path, text).unwrap();
    let chars = text.chars().count();
    let doc = serde_json::json!({
        "schema": 1,
        "source": {"path": input_path.to_str().unwrap(), "bytes": text.len(),
                   "sha256": wenshu::pipeline::sha256_hex(text.as_bytes()),
                   "encoding": "UTF-8", "bom": false, "script": "simplified",
                   "chars": chars, "lines": 4},
        "articles": [{"index": 0, "title": "2025年社区活动总结", "line": 1, "span": [0, chars],
                      "title_span": [0, 10],
                      "keywords": [{"word": "社区", "weight": 1.0}, {"word": "活动", "weight": 0.5}]}],
        "sections": [
            {"id": "1", "article": 0, "level": 1, "marker": "一、", "ordinal": 1, "title": "重点问题",
             "line": 2, "span": [11, chars], "title_span": [13, 17], "parent": null},
            {"id": "1.1", "article": 0, "level": 2, "marker": "（一）", "ordinal": 1, "title": "重点区域",
             "line": 3, "span": [18, chars], "title_span": [21, 25], "parent": "1", "inline": true}
        ],
        "facts": [
            {"kind": "date", "text": "9月16日至18日", "value": "2025-09-16", "end": "2025-09-18",
             "precision": "day", "inferred": ["year"], "article": 0, "section": "1.1",
             "line": 4, "column": 1, "span": [26, 35]},
            {"kind": "count", "text": "-5位", "value": -5, "unit": "位", "object": "居民",
             "qualifier": "more_than", "article": 0, "section": "1.1", "line": 4, "column": 13, "span": [38, 41]},
            {"kind": "count", "text": "__参加", "value": null, "incomplete": true,
             "article": 0, "section": "1.1", "line": 4, "column": 16, "span": [41, 45]},
            {"kind": "money", "text": "约3.5万元", "value": 35000, "currency": "CNY", "qualifier": "approx",
             "article": 0, "section": "1.1", "line": 4, "column": 21, "span": [46, 52]},
            {"kind": "percent", "text": "12.5%", "value": 12.5, "unit": "percent",
             "article": 0, "section": "1.1", "line": 4, "column": 55, "span": [55, 60]},
            {"kind": "date", "text": "2025年9月", "value": "2025-09", "precision": "month",
             "article": 0, "section": null, "line": 1, "column": 1, "span": [0, 5]},
            {"kind": "date", "text": "20xx年", "value": "XXXX", "precision": "year", "incomplete": true,
             "article": null, "section": null, "line": 1, "column": 1, "span": [0, 5]}
        ],
        "placeholders": [
            {"kind": "blank", "text": "__", "severity": "error", "article": 0, "section": "1.1",
             "line": 4, "column": 16, "span": [41, 43], "context": "（一）重点区域 / -5位__参加", "fact": 2},
            {"kind": "name", "text": "某某", "severity": "warning", "article": null, "section": null,
             "line": 1, "column": 1, "span": [0, 2], "context": "=某某"}
        ],
        "warnings": [{"code": "invalid_bytes", "message": "2 invalid bytes replaced"}]
    });
    let document: wenshu::Document = serde_json::from_value(doc.clone()).unwrap();
    let input = Input::File(InputFile {
        path: input_path.clone(),
        rel: "a.txt".into(),
    });
    let dir = tmp.path().join("csv");
    let mut sink = csv::CsvSink::create(
        &dir,
        csv::CsvOptions {
            headers: Headers::En,
            bom: true,
            keywords: true,
            text: true,
        },
    )
    .unwrap();
    sink.document(&input, document.clone(), Some(text)).unwrap();
    sink.finish().unwrap();
    let mut sink = xlsx::XlsxSink::create(
        tmp.path().join("out.xlsx"),
        xlsx::XlsxOptions {
            columns: xlsx::XlsxColumns::All,
            keywords: true,
            text: true,
            ..Default::default()
        },
    )
    .unwrap();
    sink.document(&input, document, Some(text)).unwrap();
    sink.finish().unwrap();

    let out = Outputs {
        doc,
        chars: Some(text.chars().collect()),
        dir: tmp,
        stderr_xlsx: String::new(),
    };
    let headers = out.check_csv();
    assert!(out.check_xlsx(&headers).is_empty());
    // Spot checks of what the comparison covers.
    let facts = read_csv(&out.csv("facts"), true);
    let col = |name: &str| facts[0].iter().position(|h| h == name).unwrap();
    assert_eq!(facts.len(), 8);
    assert_eq!(facts[1][col("value")], "2025-09-16");
    assert_eq!(facts[1][col("end")], "2025-09-18");
    assert_eq!(facts[1][col("inferred")], "year");
    assert_eq!(
        facts[2][col("value")],
        "-5",
        "a negative number is a number"
    );
    assert_eq!(
        facts[2][col("text")],
        "-5位",
        "a CSV holds the text as it is"
    );
    assert_eq!(facts[2][col("qualifier")], "more_than");
    assert_eq!(facts[3][col("incomplete")], "true");
    assert_eq!(facts[4][col("currency")], "CNY");
    assert_eq!(
        facts[1][col("section_path")],
        "一、重点问题 > （一）重点区域"
    );
    let placeholders = read_csv(&out.csv("placeholders"), true);
    assert_eq!(placeholders.len(), 3);
    assert_eq!(placeholders[1][10], "2", "linked fact");
    assert_eq!(placeholders[2][9], "=某某");
}

// ------------------------------------------------------------ -o as written

#[test]
fn o_names_a_file_by_its_extension() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = bundled_seed();
    let seed = seed.to_str().unwrap();
    let at = |name: &str| tmp.path().join(name);
    let docs = extract_jsonl(&[seed]);

    // `-o facts.csv`: one table, the facts by default.
    run_ok(&["extract", seed, "-o", at("facts.csv").to_str().unwrap()]);
    let facts = read_csv(&at("facts.csv"), true);
    assert!(facts[0].contains(&"value_number".to_string()));
    assert_eq!(facts.len() - 1, docs[0]["facts"].as_array().unwrap().len());
    // `--table` picks another.
    let s = at("sections.csv");
    run_ok(&[
        "extract",
        seed,
        "-o",
        s.to_str().unwrap(),
        "--table",
        "sections",
    ]);
    let sections = read_csv(&s, true);
    assert!(sections[0].contains(&"level".to_string()));
    assert_eq!(
        sections.len() - 1,
        docs[0]["sections"].as_array().unwrap().len()
    );

    // `-o doc.json`: the one document, as the folder would hold it.
    run_ok(&["extract", seed, "-o", at("doc.json").to_str().unwrap()]);
    let doc: Value = serde_json::from_slice(&std::fs::read(at("doc.json")).unwrap()).unwrap();
    assert_eq!(doc, docs[0]);
    // …which cannot hold two.
    let two = wenshu()
        .args([
            "extract",
            seed,
            seed,
            "-o",
            at("two.json").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(two.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&two.stderr).contains("one document"));
    assert!(!at("two.json").exists());

    // An extension wenshu does not write is refused, not made a folder.
    let out = wenshu()
        .args(["extract", seed, "-o", at("out.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".txt"));
    assert!(!at("out.txt").exists());

    // `-o x.parquet` is one table, which --table names; without it, the fix is said.
    let out = wenshu()
        .args(["extract", seed, "-o", at("out.parquet").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("add --table facts"));
    assert!(!at("out.parquet").exists());
    run_ok(&[
        "extract",
        seed,
        "-o",
        at("facts.parquet").to_str().unwrap(),
        "--table",
        "facts",
    ]);
    let bytes = std::fs::read(at("facts.parquet")).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    // Parquet is no stream: standard output is refused.
    let out = wenshu()
        .args(["extract", seed, "--format", "parquet", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o DIR"));
    // A folder of every table.
    run_ok(&[
        "extract",
        seed,
        "--format",
        "parquet",
        "-o",
        at("pq").to_str().unwrap(),
    ]);
    for table in TABLES {
        assert!(
            at("pq").join(format!("{table}.parquet")).is_file(),
            "{table}"
        );
    }
    // A name and a --format that disagree are refused.
    let out = wenshu()
        .args([
            "extract",
            seed,
            "--format",
            "xlsx",
            "-o",
            at("t.csv").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!at("t.csv").exists());
    // --table is for one file, not a folder of tables.
    let out = wenshu()
        .args([
            "extract",
            seed,
            "--format",
            "csv",
            "--table",
            "facts",
            "-o",
            at("dir").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    // A path without an extension is still a folder.
    run_ok(&[
        "extract",
        seed,
        "--format",
        "csv",
        "-o",
        at("tables").to_str().unwrap(),
    ]);
    assert!(at("tables").join("facts.csv").is_file());
}

#[test]
fn streams_go_to_standard_output_and_devices() {
    let seed = bundled_seed();
    let seed = seed.to_str().unwrap();
    for format in ["jsonl", "csv", "json", "xlsx"] {
        run_ok(&["extract", seed, "--format", format, "-o", "/dev/null"]);
    }
    run_ok(&["extract", seed, "-o", "/dev/null"]);
    let out = wenshu()
        .args([
            "extract",
            seed,
            "--format",
            "csv",
            "--table",
            "placeholders",
            "-o",
            "-",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows = parse_csv(text.strip_prefix('\u{feff}').unwrap());
    assert!(rows[0].contains(&"severity".to_string()), "{:?}", rows[0]);
    assert!(rows.len() > 1);
}
