//! The overview of a batch: totals kept as documents pass (a small row per
//! document, counters per encoding, kind, year and currency), written at the end
//! as `index.html` and, for large batches, further pages of the document table.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::chart;
use super::escape::{escape, href};
use super::layout::{foot, head_with, num};
use super::page::{kind_name, script_name};
use super::style::TABLE_JS;
use crate::document::{Document, FactKind, PlaceholderKind, Severity};

/// Rows of the document table per page file: a page of 1,000 rows opens at once.
pub(crate) const PAGE_ROWS: usize = 1000;
/// Rows per data file of a paged table (what sorting and filtering across its
/// pages read; loaded only when a person sorts or filters).
pub(crate) const DATA_ROWS: usize = 10_000;
/// Files in the "worst first" list of placeholders.
const WORST: usize = 50;

/// What the overview keeps of one document: its row of the table and its
/// counts. It is all the overview needs, so an incremental run reads it back from
/// the manifest instead of the document (and the overview is the same).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Summary {
    pub(crate) path: String,
    /// The document's page, relative to the report folder.
    pub(crate) page: String,
    /// Size of the page file.
    pub(crate) page_bytes: u64,
    pub(crate) encoding: String,
    pub(crate) script: String,
    pub(crate) region: String,
    pub(crate) bytes: u64,
    pub(crate) chars: u64,
    pub(crate) articles: usize,
    pub(crate) sections: usize,
    pub(crate) facts: BTreeMap<String, u64>,
    /// Dates by year.
    pub(crate) years: BTreeMap<String, u64>,
    /// Currency → amounts and their sum.
    pub(crate) money: BTreeMap<String, Money>,
    pub(crate) placeholders: BTreeMap<String, u64>,
    pub(crate) placeholder_errors: usize,
    pub(crate) warnings: usize,
}

/// The amounts of one currency. The sum is kept as text (Rust's shortest form,
/// read back exactly), so a sum read from the manifest is the same number.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Money {
    pub(crate) n: u64,
    #[serde(with = "exact")]
    pub(crate) sum: f64,
}

mod exact {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&x.to_string())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Summary {
    /// The summary of `doc`, whose page (`page_bytes` long) is `page`.
    pub(crate) fn of(doc: &Document, page: String, page_bytes: u64) -> Summary {
        let s = &doc.source;
        let mut facts: BTreeMap<String, u64> = BTreeMap::new();
        let mut years: BTreeMap<String, u64> = BTreeMap::new();
        let mut money: BTreeMap<String, Money> = BTreeMap::new();
        for f in &doc.facts {
            *facts.entry(kind_name(f.kind).into()).or_default() += 1;
            if f.kind == FactKind::Date {
                if let Some(y) = f.value.as_ref().and_then(|v| v.as_str()).and_then(year_of) {
                    *years.entry(y.to_string()).or_default() += 1;
                }
            }
            if f.kind == FactKind::Money {
                let cur = f.currency.clone().unwrap_or_else(|| "?".into());
                let e = money.entry(cur).or_default();
                e.n += 1;
                e.sum += f.value.as_ref().and_then(|v| v.as_f64()).unwrap_or(0.0);
            }
        }
        let mut placeholders: BTreeMap<String, u64> = BTreeMap::new();
        let mut errors = 0;
        for p in &doc.placeholders {
            *placeholders.entry(p.kind.as_str().into()).or_default() += 1;
            errors += usize::from(p.severity == Severity::Error);
        }
        Summary {
            path: s.path.clone(),
            page,
            page_bytes,
            encoding: s.encoding.clone(),
            script: script_name(s.script).into(),
            region: s.region.map_or("none", |r| r.as_str()).into(),
            bytes: s.bytes,
            chars: s.chars as u64,
            articles: doc.articles.len(),
            sections: doc.sections.len(),
            facts,
            years,
            money,
            placeholders,
            placeholder_errors: errors,
            warnings: doc.warnings.len(),
        }
    }
}

/// A row of the document table.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    pub(crate) path: String,
    /// The document's page, relative to the report folder.
    pub(crate) page: String,
    pub(crate) encoding: String,
    pub(crate) script: String,
    pub(crate) region: String,
    pub(crate) bytes: u64,
    pub(crate) articles: usize,
    pub(crate) sections: usize,
    pub(crate) facts: usize,
    pub(crate) placeholders: usize,
    pub(crate) placeholder_errors: usize,
    pub(crate) warnings: usize,
}

/// An input that did not become a document.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) path: String,
    pub(crate) code: String,
    pub(crate) message: String,
}

/// Everything the overview shows, gathered one document at a time.
#[derive(Debug, Default)]
pub(crate) struct Totals {
    pub(crate) rows: Vec<Row>,
    pub(crate) failures: Vec<Failure>,
    bytes: u64,
    chars: u64,
    /// Bytes of the document pages.
    page_bytes: u64,
    encodings: BTreeMap<String, u64>,
    scripts: BTreeMap<String, u64>,
    regions: BTreeMap<String, u64>,
    formats: BTreeMap<String, u64>,
    articles: BTreeMap<usize, u64>,
    facts_by_kind: BTreeMap<String, u64>,
    facts_by_year: BTreeMap<String, u64>,
    /// Currency → (amounts, their sum).
    money: BTreeMap<String, (u64, f64)>,
    placeholders_by_kind: BTreeMap<String, u64>,
    placeholder_errors: u64,
    warnings: u64,
}

const FACT_KINDS: [FactKind; 5] = [
    FactKind::Date,
    FactKind::Count,
    FactKind::Money,
    FactKind::Percent,
    FactKind::Duration,
];

impl Totals {
    /// Count a document.
    pub(crate) fn add(&mut self, d: &Summary) {
        self.bytes += d.bytes;
        self.chars += d.chars;
        self.page_bytes += d.page_bytes;
        *self.encodings.entry(d.encoding.clone()).or_default() += 1;
        *self.scripts.entry(d.script.clone()).or_default() += 1;
        *self.regions.entry(d.region.clone()).or_default() += 1;
        *self.formats.entry(format_of(&d.path)).or_default() += 1;
        *self.articles.entry(d.articles).or_default() += 1;
        for (k, n) in &d.facts {
            *self.facts_by_kind.entry(k.clone()).or_default() += n;
        }
        for (y, n) in &d.years {
            *self.facts_by_year.entry(y.clone()).or_default() += n;
        }
        for (c, m) in &d.money {
            let e = self.money.entry(c.clone()).or_default();
            e.0 += m.n;
            e.1 += m.sum;
        }
        for (k, n) in &d.placeholders {
            *self.placeholders_by_kind.entry(k.clone()).or_default() += n;
        }
        self.placeholder_errors += d.placeholder_errors as u64;
        self.warnings += d.warnings as u64;
        self.rows.push(Row {
            path: d.path.clone(),
            page: d.page.clone(),
            encoding: d.encoding.clone(),
            script: d.script.clone(),
            region: d.region.clone(),
            bytes: d.bytes,
            articles: d.articles,
            sections: d.sections,
            facts: d.facts.values().sum::<u64>() as usize,
            placeholders: d.placeholders.values().sum::<u64>() as usize,
            placeholder_errors: d.placeholder_errors,
            warnings: d.warnings,
        });
    }

    /// Count an input that failed.
    pub(crate) fn fail(&mut self, failure: Failure) {
        self.failures.push(failure);
    }

    fn facts(&self) -> u64 {
        self.facts_by_kind.values().sum()
    }

    fn placeholders(&self) -> u64 {
        self.placeholders_by_kind.values().sum()
    }

    /// The number of page files of the document table.
    pub(crate) fn table_pages(&self) -> usize {
        self.rows.len().div_ceil(PAGE_ROWS).max(1)
    }

    /// The number of data files of the document table: none when it has one page
    /// (its rows are all in the page).
    pub(crate) fn data_files(&self) -> usize {
        if self.table_pages() > 1 {
            self.rows.len().div_ceil(DATA_ROWS)
        } else {
            0
        }
    }

    /// Bytes of the document pages.
    pub(crate) fn page_bytes(&self) -> u64 {
        self.page_bytes
    }
}

/// The year of an ISO date value, when it has one (`XXXX-09` has none).
fn year_of(v: &str) -> Option<&str> {
    let y = v.get(..4)?;
    y.bytes().all(|b| b.is_ascii_digit()).then_some(y)
}

/// The file type of an input, by its extension (`txt`, `md`); standard input is `stdin`.
fn format_of(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() => ext.to_lowercase(),
        _ => "(none)".into(),
    }
}

/// The name of the `n`th data file of the document table (from 1).
pub(crate) fn data_file_name(n: usize) -> String {
    format!("documents-data-{n}.js")
}

/// The `n`th data file (from 1): a script handing its rows to the table's script,
/// each `[file, page, encoding, script, region, bytes, articles, sections, facts,
/// placeholders, warnings]`. A script, not JSON: browsers read a page's scripts
/// from disk but refuse `fetch` of `file:` addresses.
pub(crate) fn render_data(t: &Totals, n: usize) -> String {
    let from = (n - 1) * DATA_ROWS;
    let rows = t
        .rows
        .get(from..(from + DATA_ROWS).min(t.rows.len()))
        .unwrap_or_default();
    let mut out = String::with_capacity(rows.len() * 160 + 64);
    let _ = write!(out, "wenshuRows({n},[");
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        let row = (
            &r.path,
            href(&r.page),
            &r.encoding,
            &r.script,
            &r.region,
            r.bytes,
            r.articles,
            r.sections,
            r.facts,
            r.placeholders,
            r.warnings,
        );
        // JSON is a JavaScript literal; U+2028 and U+2029 are escaped for old engines.
        let json = serde_json::to_string(&row).unwrap_or_else(|_| "[]".into());
        out.push_str(
            &json
                .replace('\u{2028}', "\\u2028")
                .replace('\u{2029}', "\\u2029"),
        );
    }
    out.push_str("]);\n");
    out
}

/// The name of the `n`th page file of the document table (from 1).
pub(crate) fn table_page_name(n: usize) -> String {
    if n <= 1 {
        "index.html".into()
    } else {
        format!("documents-{n}.html")
    }
}

fn count_table(out: &mut String, id: &str, caption: &str, head: &str, rows: &[(String, u64)]) {
    let _ = write!(
        out,
        r#"<table id="{id}"><caption class="muted">{}</caption><thead><tr><th scope="col">{}</th><th scope="col" class="n">count</th></tr></thead><tbody>"#,
        escape(caption),
        escape(head)
    );
    for (k, v) in rows {
        let _ = write!(
            out,
            r#"<tr data-key="{}"><th scope="row">{}</th><td class="n" data-v="{v}">{}</td></tr>"#,
            escape(k),
            escape(k),
            num(*v)
        );
    }
    if rows.is_empty() {
        out.push_str(r#"<tr><td colspan="2" class="muted">none</td></tr>"#);
    }
    out.push_str("</tbody></table>");
}

fn pairs<K: ToString>(m: &BTreeMap<K, u64>) -> Vec<(String, u64)> {
    m.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// The first page, `index.html`: totals, charts and the first page of the table.
pub(crate) fn render_index(t: &Totals, title: &str) -> String {
    let mut out = String::with_capacity(64 * 1024 + t.rows.len().min(PAGE_ROWS) * 400);
    head_with(&mut out, title, true);
    let _ = write!(
        out,
        r##"<a class="skip" href="#documents">Skip to the documents</a><header class="top"><h1>{}</h1><span class="muted" id="timing">wenshu {}</span></header><main>"##,
        escape(title),
        env!("CARGO_PKG_VERSION")
    );
    out.push_str(r#"<h2 id="totals">Totals</h2><dl class="totals">"#);
    let total = |out: &mut String, id: &str, label: &str, v: u64| {
        let _ = write!(
            out,
            r#"<div><dt>{label}</dt><dd id="total-{id}" data-v="{v}">{}</dd></div>"#,
            num(v)
        );
    };
    total(&mut out, "documents", "documents", t.rows.len() as u64);
    total(
        &mut out,
        "failures",
        "failed inputs",
        t.failures.len() as u64,
    );
    total(&mut out, "bytes", "bytes", t.bytes);
    total(&mut out, "page-bytes", "bytes of the pages", t.page_bytes);
    total(&mut out, "chars", "characters", t.chars);
    total(
        &mut out,
        "articles",
        "articles",
        t.rows.iter().map(|r| r.articles as u64).sum(),
    );
    total(
        &mut out,
        "sections",
        "sections",
        t.rows.iter().map(|r| r.sections as u64).sum(),
    );
    total(&mut out, "facts", "facts", t.facts());
    total(&mut out, "placeholders", "placeholders", t.placeholders());
    total(
        &mut out,
        "placeholder-errors",
        "error-level placeholders",
        t.placeholder_errors,
    );
    total(&mut out, "warnings", "warnings", t.warnings);
    out.push_str("</dl>");

    out.push_str(r#"<h2 id="inputs">Inputs</h2><div class="grid">"#);
    count_table(
        &mut out,
        "encodings",
        "Encodings",
        "encoding",
        &pairs(&t.encodings),
    );
    count_table(&mut out, "scripts", "Scripts", "script", &pairs(&t.scripts));
    count_table(&mut out, "regions", "Regions", "region", &pairs(&t.regions));
    count_table(
        &mut out,
        "formats",
        "File types",
        "type",
        &pairs(&t.formats),
    );
    let articles: Vec<(String, u64)> = t
        .articles
        .iter()
        .map(|(k, v)| (format!("{k} article(s)"), *v))
        .collect();
    out.push_str("<div>");
    out.push_str(&chart::bars(
        "articles-chart",
        "Documents by number of articles",
        &articles,
    ));
    count_table(
        &mut out,
        "articles",
        "Articles per document",
        "articles",
        &articles,
    );
    out.push_str("</div></div>");

    failures(&mut out, t);

    out.push_str(r#"<h2 id="facts">Facts</h2><div class="grid"><div>"#);
    let kinds: Vec<(String, u64)> = FACT_KINDS
        .iter()
        .map(|k| {
            let n = kind_name(*k);
            (n.to_string(), t.facts_by_kind.get(n).copied().unwrap_or(0))
        })
        .collect();
    out.push_str(&chart::bars("kinds-chart", "Facts by kind", &kinds));
    count_table(&mut out, "facts-by-kind", "Facts by kind", "kind", &kinds);
    out.push_str("</div><div>");
    out.push_str(r#"<table id="money"><caption class="muted">Money by currency</caption><thead><tr><th scope="col">currency</th><th scope="col" class="n">amounts</th><th scope="col" class="n">sum</th></tr></thead><tbody>"#);
    for (cur, (n, sum)) in &t.money {
        let _ = write!(
            out,
            r#"<tr data-key="{}"><th scope="row">{}</th><td class="n" data-v="{n}">{}</td><td class="n" data-v="{sum}">{}</td></tr>"#,
            escape(cur),
            escape(cur),
            num(*n),
            amount(*sum)
        );
    }
    if t.money.is_empty() {
        out.push_str(r#"<tr><td colspan="3" class="muted">none</td></tr>"#);
    }
    out.push_str("</tbody></table></div></div>");
    out.push_str("<div>");
    let years = pairs(&t.facts_by_year);
    out.push_str(&chart::columns("years-chart", "Dates by year", &years));
    out.push_str("<details><summary>Dates by year as a table</summary>");
    count_table(&mut out, "facts-by-year", "Dates by year", "year", &years);
    out.push_str("</details></div>");

    out.push_str(r#"<h2 id="placeholders">Placeholders</h2><div class="grid"><div>"#);
    let kinds: Vec<(String, u64)> = PlaceholderKind::ALL
        .iter()
        .map(|k| {
            let n = k.as_str();
            (
                n.to_string(),
                t.placeholders_by_kind.get(n).copied().unwrap_or(0),
            )
        })
        .collect();
    out.push_str(&chart::bars("ph-chart", "Placeholders by kind", &kinds));
    count_table(
        &mut out,
        "placeholders-by-kind",
        "Placeholders by kind",
        "kind",
        &kinds,
    );
    out.push_str("</div><div>");
    worst(&mut out, t);
    out.push_str("</div></div>");

    documents(&mut out, t, 1);
    out.push_str("</main>");
    foot(&mut out, TABLE_JS);
    out
}

/// A page of the document table after the first (`n` from 2).
pub(crate) fn render_table_page(t: &Totals, title: &str, n: usize) -> String {
    let mut out = String::with_capacity(PAGE_ROWS * 400 + 16 * 1024);
    head_with(&mut out, &format!("{title} — documents, page {n}"), true);
    let _ = write!(
        out,
        r#"<header class="top"><a href="index.html">← Overview</a><h1>{}</h1><span class="muted" id="timing"></span></header><main>"#,
        escape(title)
    );
    documents(&mut out, t, n);
    out.push_str("</main>");
    foot(&mut out, TABLE_JS);
    out
}

/// A sum of amounts, rounded to a whole unit (sums run to trillions).
fn amount(x: f64) -> String {
    if x.is_finite() && x.abs() < 1e19 {
        let n = num(x.abs().round() as u64);
        if x < 0.0 {
            format!("-{n}")
        } else {
            n
        }
    } else {
        format!("{x:e}")
    }
}

fn failures(out: &mut String, t: &Totals) {
    let _ = write!(
        out,
        r#"<h2 id="failures">Failed inputs ({})</h2>"#,
        t.failures.len()
    );
    if t.failures.is_empty() {
        out.push_str(r#"<p class="muted">Every input was read.</p>"#);
        return;
    }
    out.push_str(r#"<table id="failure-table"><thead><tr><th scope="col">file</th><th scope="col">code</th><th scope="col">reason</th></tr></thead><tbody>"#);
    for f in &t.failures {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&f.path),
            escape(&f.code),
            escape(&f.message)
        );
    }
    out.push_str("</tbody></table>");
}

fn worst(out: &mut String, t: &Totals) {
    let mut rows: Vec<&Row> = t.rows.iter().filter(|r| r.placeholders > 0).collect();
    rows.sort_by(|a, b| {
        (b.placeholder_errors, b.placeholders)
            .cmp(&(a.placeholder_errors, a.placeholders))
            .then_with(|| a.path.cmp(&b.path))
    });
    let _ = write!(
        out,
        r#"<table id="worst"><caption class="muted">Files with placeholders, worst first ({} file(s){})</caption><thead><tr><th scope="col">file</th><th scope="col" class="n">errors</th><th scope="col" class="n">all</th></tr></thead><tbody>"#,
        rows.len(),
        if rows.len() > WORST {
            format!("; the first {WORST}")
        } else {
            String::new()
        }
    );
    for r in rows.iter().take(WORST) {
        let _ = write!(
            out,
            r#"<tr><td><a href="{}">{}</a></td><td class="n">{}</td><td class="n">{}</td></tr>"#,
            escape(&href(&r.page)),
            escape(&r.path),
            num(r.placeholder_errors as u64),
            num(r.placeholders as u64)
        );
    }
    if rows.is_empty() {
        out.push_str(r#"<tr><td colspan="3" class="muted">none</td></tr>"#);
    }
    out.push_str("</tbody></table>");
}

fn page_nav(out: &mut String, t: &Totals, n: usize) {
    let pages = t.table_pages();
    if pages <= 1 {
        return;
    }
    out.push_str(r#"<nav class="pages" aria-label="Pages of the document table">Pages: "#);
    for p in 1..=pages {
        if p == n {
            let _ = write!(out, r#"<span aria-current="page">{p}</span>"#);
        } else {
            let _ = write!(
                out,
                r##"<a href="{}#documents">{p}</a>"##,
                table_page_name(p)
            );
        }
    }
    out.push_str("</nav>");
}

fn documents(out: &mut String, t: &Totals, n: usize) {
    let from = (n - 1) * PAGE_ROWS;
    let to = (from + PAGE_ROWS).min(t.rows.len());
    let _ = write!(
        out,
        r#"<h2 id="documents">Documents ({}{})</h2>"#,
        num(t.rows.len() as u64),
        if t.table_pages() > 1 {
            format!("; rows {}–{} on this page", from + 1, to)
        } else {
            String::new()
        }
    );
    page_nav(out, t, n);
    out.push_str(r#"<label>Filter the rows: <input type="search" class="filter" data-filter="doc-table" placeholder="path, encoding, script…"></label>"#);
    let data = t.data_files();
    if data > 0 {
        let _ = write!(
            out,
            r#"<p class="muted">Sorting and filtering take the rows of every page ({} rows).</p>"#,
            num(t.rows.len() as u64)
        );
    }
    out.push_str(r#"<p id="doc-table-status" class="muted" role="status" hidden></p>"#);
    let _ = write!(
        out,
        r#"<table id="doc-table" data-sortable="" data-files="{data}" data-rows="{}">"#,
        PAGE_ROWS
    );
    out.push_str(r#"<thead><tr><th scope="col">file</th><th scope="col">encoding</th><th scope="col">script</th><th scope="col">region</th><th scope="col" class="n">bytes</th><th scope="col" class="n">articles</th><th scope="col" class="n">sections</th><th scope="col" class="n">facts</th><th scope="col" class="n">placeholders</th><th scope="col" class="n">warnings</th></tr></thead><tbody>"#);
    for r in t.rows.get(from..to).unwrap_or_default() {
        let _ = write!(
            out,
            r#"<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td class="n" data-v="{}">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"#,
            escape(&href(&r.page)),
            escape(&r.path),
            escape(&r.encoding),
            escape(&r.script),
            escape(&r.region),
            r.bytes,
            num(r.bytes),
            r.articles,
            r.sections,
            r.facts,
            r.placeholders,
            r.warnings
        );
    }
    out.push_str("</tbody></table>");
    page_nav(out, t, n);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_file_types() {
        assert_eq!(year_of("2025-09-17"), Some("2025"));
        assert_eq!(year_of("XXXX-09"), None);
        assert_eq!(year_of("98"), None);
        assert_eq!(format_of("reports/a.TXT"), "txt");
        assert_eq!(format_of("reports/.hidden"), "(none)");
        assert_eq!(format_of("-"), "stdin");
    }

    #[test]
    fn a_summary_read_back_is_the_same() {
        let m = Money {
            n: 3,
            sum: 0.1 + 0.2 + 1e15 / 3.0,
        };
        let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back.sum.to_bits(), m.sum.to_bits());
    }

    #[test]
    fn sums_of_money_are_whole_and_grouped() {
        assert_eq!(amount(15_876_611_773_609_126.0), "15,876,611,773,609,126");
        assert_eq!(amount(1_070_000.4), "1,070,000");
        assert_eq!(amount(0.5), "1");
    }

    #[test]
    fn a_large_batch_is_paged() {
        let mut t = Totals::default();
        let doc: Document = serde_json::from_str(
            r#"{"schema":1,"source":{"path":"a.txt","bytes":1,"sha256":"","encoding":"UTF-8","script":"simplified","chars":1,"lines":1},"articles":[],"sections":[],"facts":[],"placeholders":[]}"#,
        )
        .unwrap();
        for i in 0..(PAGE_ROWS * 2 + 1) {
            t.add(&Summary::of(&doc, format!("docs/{i}.html"), 10));
        }
        assert_eq!(t.table_pages(), 3);
        assert_eq!(t.data_files(), 1);
        assert_eq!(t.page_bytes(), 20_010);
        let data = render_data(&t, 1);
        assert!(data.starts_with("wenshuRows(1,[[\"a.txt\",\"docs/0.html\",\"UTF-8\""));
        assert_eq!(data.lines().count(), PAGE_ROWS * 2 + 1);
        let index = render_index(&t, "r");
        assert_eq!(index.matches("<tr><td><a href=\"docs/").count(), PAGE_ROWS);
        let last = render_table_page(&t, "r", 3);
        assert_eq!(last.matches("<tr><td><a href=\"docs/").count(), 1);
        assert!(last.contains(r#"href="documents-2.html#documents""#));
    }
}
