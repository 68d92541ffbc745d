//! The row model shared by the CSV and XLSX writers: one place that flattens a
//! [`Document`] into long tables, one row per item.
//!
//! Every item row carries the document path, the article index and title, and (for
//! items inside a section) the section id with its heading path
//! (`一、重點問題 > (一)重點區域`), so a pivot table needs no join. Columns have an
//! English key (the default header, stable for scripts) and a Chinese header
//! (`--headers zh`). Rows come in a stable order: documents in input order, items
//! in the order of the document's lists.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::document::{Document, Fact, FactKind, FactValue, Placeholder, Severity};
use crate::error::FileError;

/// One cell, typed: writers render numbers as numbers and complete dates as dates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    Empty,
    /// Borrowed from the document where it can be: an article's text is not copied.
    Text(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A complete calendar date (`YYYY-MM-DD` in the JSON).
    Date {
        year: u16,
        month: u8,
        day: u8,
    },
}

impl<'a> Cell<'a> {
    fn text(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell::Text(s.into())
    }

    fn opt_text(s: Option<&'a str>) -> Cell<'a> {
        s.map_or(Cell::Empty, Cell::text)
    }

    fn uint(n: usize) -> Cell<'a> {
        Cell::Int(n as i64)
    }

    fn opt_uint(n: Option<usize>) -> Cell<'a> {
        n.map_or(Cell::Empty, Cell::uint)
    }

    /// The cell as CSV shows it (before any formula guard): what the JSON holds.
    pub(crate) fn render(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Int(n) => n.to_string().into(),
            Cell::Float(x) => x.to_string().into(),
            Cell::Bool(b) => b.to_string().into(),
            Cell::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}").into(),
        }
    }
}

/// The first day of an ISO date, month or year (`2025-09-17`, `2025-09` → 09-01,
/// `2025` → 01-01): what a typed date column holds, with the fact's `precision`
/// telling how much of it was written. Masked (`XXXX-09-17`) or impossible dates
/// are `None`. Years 1–9999; the workbook writes years before 1900, which Excel
/// cannot hold as dates, as text.
pub(crate) fn first_day(s: &str) -> Option<Cell<'static>> {
    let d = crate::calendar::IsoDate::parse(s)?;
    Some(Cell::Date {
        year: d.year,
        month: d.month.unwrap_or(1),
        day: d.day.unwrap_or(1),
    })
}

/// Which header row to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Headers {
    /// English keys (`path`, `sha256`): stable names for scripts.
    #[default]
    En,
    /// Chinese headers (`文件路径`) for people reading the table.
    Zh,
}

pub(crate) struct Column {
    /// The English header (a stable key for scripts).
    pub(crate) en: &'static str,
    /// The Chinese header (`--headers zh`).
    pub(crate) zh: &'static str,
}

/// What a column holds, for the formats with a schema (Parquet): the cells of a
/// column are all of this type or empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnType {
    Text,
    /// Counts, indexes, line numbers and spans.
    Int,
    /// Values and weights: integers and fractions in one column.
    Double,
    Bool,
    /// [`Cell::Date`].
    Date,
}

impl Column {
    /// The column's type, by its name: a name means the same in every table
    /// (`article` is an index, `sections` a count, `keywords` of an article the
    /// joined words). A test checks every cell of every table against it.
    pub(crate) fn ty(&self) -> ColumnType {
        match self.en {
            "bytes" | "chars" | "lines" | "articles" | "sections" | "facts" | "placeholders"
            | "placeholder_errors" | "article" | "line" | "column" | "span_start" | "span_end"
            | "title_start" | "title_end" | "level" | "ordinal" | "index" | "fact" | "rank" => {
                ColumnType::Int
            }
            "value_number" | "end_number" | "weight" => ColumnType::Double,
            "value_date" | "end_date" => ColumnType::Date,
            "bom" | "inline" | "item" | "incomplete" => ColumnType::Bool,
            _ => ColumnType::Text,
        }
    }
}

const fn col(en: &'static str, zh: &'static str) -> Column {
    Column { en, zh }
}

/// The long tables a batch is flattened into, one row per item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// One row per input file.
    Documents,
    /// One row per article.
    Articles,
    /// One row per section.
    Sections,
    /// One row per fact.
    Facts,
    /// One row per placeholder.
    Placeholders,
    /// Only with `--keywords N`.
    Keywords,
}

const DOCUMENTS: &[Column] = &[
    col("path", "文件路径"),
    col("sha256", "SHA-256"),
    col("bytes", "字节数"),
    col("encoding", "编码"),
    col("bom", "字节序标记"),
    col("script", "繁简"),
    col("region", "地区"),
    col("chars", "字符数"),
    col("lines", "行数"),
    col("articles", "篇数"),
    col("sections", "章节数"),
    col("facts", "事实数"),
    col("placeholders", "占位符数"),
    col("placeholder_errors", "错误级占位符数"),
    col("normalized_to", "转换目标"),
    col("warnings", "警告"),
    col("error", "错误"),
];

const ARTICLES: &[Column] = &[
    col("path", "文件路径"),
    col("article", "篇序号"),
    col("title", "篇标题"),
    col("title_normalized", "篇标题（转换）"),
    col("line", "行号"),
    col("span_start", "起始位置"),
    col("span_end", "结束位置"),
    col("title_start", "标题起始位置"),
    col("title_end", "标题结束位置"),
    col("chars", "字符数"),
    col("sections", "章节数"),
    col("facts", "事实数"),
    col("placeholders", "占位符数"),
    col("keywords", "关键词"),
    col("text", "正文"),
];

const SECTIONS: &[Column] = &[
    col("path", "文件路径"),
    col("article", "篇序号"),
    col("article_title", "篇标题"),
    col("id", "章节编号"),
    col("section_path", "章节路径"),
    col("level", "层级"),
    col("marker", "序号标记"),
    col("ordinal", "序号"),
    col("title", "标题"),
    col("title_normalized", "标题（转换）"),
    col("parent", "上级章节"),
    col("inline", "行内列举"),
    col("item", "列表项"),
    col("line", "行号"),
    col("span_start", "起始位置"),
    col("span_end", "结束位置"),
    col("title_start", "标题起始位置"),
    col("title_end", "标题结束位置"),
];

const FACTS: &[Column] = &[
    col("path", "文件路径"),
    col("article", "篇序号"),
    col("article_title", "篇标题"),
    col("section", "章节编号"),
    col("section_path", "章节路径"),
    col("index", "事实序号"),
    col("kind", "类型"),
    col("text", "原文"),
    col("text_normalized", "原文（转换）"),
    col("value", "值"),
    col("value_number", "数值"),
    col("value_date", "日期值"),
    col("value_text", "其他值"),
    col("end", "范围结束"),
    col("end_number", "范围结束数值"),
    col("end_date", "范围结束日期"),
    col("unit", "单位"),
    col("object", "对象"),
    col("currency", "币种"),
    col("qualifier", "限定"),
    col("precision", "精度"),
    col("inferred", "推断部分"),
    col("period", "期间"),
    col("part", "时段"),
    col("unit_normalized", "单位（规范）"),
    col("dimension", "量纲"),
    col("change", "变化"),
    col("basis", "比较基准"),
    col("per", "每"),
    col("subject", "指标"),
    col("incomplete", "不完整"),
    col("line", "行号"),
    col("column", "列号"),
    col("span_start", "起始位置"),
    col("span_end", "结束位置"),
];

const PLACEHOLDERS: &[Column] = &[
    col("path", "文件路径"),
    col("article", "篇序号"),
    col("article_title", "篇标题"),
    col("section", "章节编号"),
    col("section_path", "章节路径"),
    col("index", "占位符序号"),
    col("kind", "类型"),
    col("severity", "严重程度"),
    col("text", "原文"),
    col("context", "上下文"),
    col("fact", "关联事实序号"),
    col("line", "行号"),
    col("column", "列号"),
    col("span_start", "起始位置"),
    col("span_end", "结束位置"),
];

const KEYWORDS: &[Column] = &[
    col("path", "文件路径"),
    col("article", "篇序号"),
    col("article_title", "篇标题"),
    col("rank", "排名"),
    col("word", "关键词"),
    col("weight", "权重"),
];

impl Table {
    /// The tables a run writes, in order (`keywords` only with `--keywords N`).
    pub(crate) fn all(keywords: bool) -> Vec<Table> {
        let mut t = vec![
            Table::Documents,
            Table::Articles,
            Table::Sections,
            Table::Facts,
            Table::Placeholders,
        ];
        if keywords {
            t.push(Table::Keywords);
        }
        t
    }

    /// File stem (`facts` → `facts.csv`) and sheet name.
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Articles => "articles",
            Table::Sections => "sections",
            Table::Facts => "facts",
            Table::Placeholders => "placeholders",
            Table::Keywords => "keywords",
        }
    }

    pub(crate) fn columns(self) -> &'static [Column] {
        match self {
            Table::Documents => DOCUMENTS,
            Table::Articles => ARTICLES,
            Table::Sections => SECTIONS,
            Table::Facts => FACTS,
            Table::Placeholders => PLACEHOLDERS,
            Table::Keywords => KEYWORDS,
        }
    }

    pub(crate) fn headers(self, headers: Headers) -> Vec<&'static str> {
        self.columns()
            .iter()
            .map(|c| match headers {
                Headers::En => c.en,
                Headers::Zh => c.zh,
            })
            .collect()
    }
}

/// Chinese for the values that are vocabulary (`dicts/table_values_zh.toml`):
/// column → English value → Chinese; `boolean` applies to every column.
type ZhValues = HashMap<String, HashMap<String, String>>;

fn zh_values() -> &'static ZhValues {
    static VALUES: OnceLock<ZhValues> = OnceLock::new();
    VALUES.get_or_init(|| {
        // Checked by a test: the embedded table parses and is not empty.
        toml::from_str(include_str!("../../../../dicts/table_values_zh.toml")).unwrap_or_default()
    })
}

/// With `--headers zh`: the vocabulary values of a row in Chinese (kinds,
/// qualifiers, precisions, booleans…), for people reading the table. Values the
/// table does not list stay as they are; data (text, numbers, dates) never changes.
pub(crate) fn translate_row(table: Table, row: &mut [Cell<'_>]) {
    let dict = zh_values();
    for (cell, col) in row.iter_mut().zip(table.columns()) {
        let zh = match cell {
            Cell::Bool(b) => dict
                .get("boolean")
                .and_then(|m| m.get(if *b { "true" } else { "false" })),
            Cell::Text(s) => match dict.get(col.en) {
                // `inferred` lists parts: `year,month`.
                Some(m) if col.en == "inferred" => {
                    let parts: Vec<&str> = s
                        .split(',')
                        .map(|p| m.get(p).map_or(p, String::as_str))
                        .collect();
                    *cell = Cell::text(parts.join(","));
                    None
                }
                Some(m) => m.get(s.as_ref()),
                None => None,
            },
            _ => None,
        };
        if let Some(zh) = zh {
            *cell = Cell::text(zh.as_str());
        }
    }
}

/// Lookups of one document: article titles and section heading paths.
struct Context<'a> {
    doc: &'a Document,
    sections: HashMap<&'a str, usize>,
}

impl<'a> Context<'a> {
    fn new(doc: &'a Document) -> Self {
        let sections = doc
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        Context { doc, sections }
    }

    fn path(&self) -> Cell<'a> {
        Cell::text(&self.doc.source.path)
    }

    fn article_title(&self, article: Option<usize>) -> Cell<'a> {
        Cell::opt_text(
            article
                .and_then(|a| self.doc.articles.get(a))
                .and_then(|a| a.title.as_deref()),
        )
    }

    /// `一、重點問題 > (一)重點區域`: the headings from the top down to `id`.
    fn section_path(&self, id: Option<&str>) -> Cell<'a> {
        let Some(id) = id else {
            return Cell::Empty;
        };
        let mut chain = Vec::new();
        let mut cur = self.sections.get(id).copied();
        // Guard against a malformed parent cycle.
        while let Some(i) = cur {
            if chain.len() > self.doc.sections.len() {
                break;
            }
            let s = &self.doc.sections[i];
            chain.push(format!("{}{}", s.marker.as_deref().unwrap_or(""), s.title));
            cur = s
                .parent
                .as_deref()
                .and_then(|p| self.sections.get(p).copied());
        }
        if chain.is_empty() {
            return Cell::Empty;
        }
        chain.reverse();
        Cell::text(chain.join(" > "))
    }
}

/// A fact's `value` or `end` as the JSON writes it (`1440000000`, `2025-09`,
/// `XXXX-09-17`): the text column kept for scripts written against it.
fn value_text_cell(v: Option<&FactValue>) -> Cell<'_> {
    match v {
        None => Cell::Empty,
        Some(FactValue::Number(n)) => Cell::text(n.to_string()),
        Some(FactValue::Date(s)) => Cell::text(s),
    }
}

/// A fact's `value` or `end`, typed: `[number, date, text]`, one of them filled.
/// Numbers are numbers; a date of a date fact is the first day of what it names
/// (its `precision` says how much was written); anything else (a masked date) is text.
fn typed_value(kind: FactKind, v: Option<&FactValue>) -> [Cell<'_>; 3] {
    match v {
        None => [Cell::Empty, Cell::Empty, Cell::Empty],
        Some(FactValue::Number(n)) => {
            let number = if let Some(i) = n.as_i64() {
                Cell::Int(i)
            } else {
                n.as_f64().map_or(Cell::Empty, Cell::Float)
            };
            [number, Cell::Empty, Cell::Empty]
        }
        Some(FactValue::Date(s)) => match (kind, first_day(s)) {
            (FactKind::Date, Some(d)) => [Cell::Empty, d, Cell::Empty],
            _ => [Cell::Empty, Cell::Empty, Cell::text(s)],
        },
    }
}

/// A serde enum's JSON name (`more_than`, `masked_number`…).
fn enum_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn fact_row<'a>(cx: &Context<'a>, i: usize, f: &'a Fact) -> Vec<Cell<'a>> {
    let [value_number, value_date, value_text] = typed_value(f.kind, f.value.as_ref());
    // A range's end is a number or a date like its value; a masked end stays in `end`.
    let [end_number, end_date, _] = typed_value(f.kind, f.end.as_ref());
    vec![
        cx.path(),
        Cell::opt_uint(f.article),
        cx.article_title(f.article),
        Cell::opt_text(f.section.as_deref()),
        cx.section_path(f.section.as_deref()),
        Cell::uint(i),
        Cell::text(enum_name(&f.kind)),
        Cell::text(&f.text),
        Cell::opt_text(f.text_normalized.as_deref()),
        value_text_cell(f.value.as_ref()),
        value_number,
        value_date,
        value_text,
        value_text_cell(f.end.as_ref()),
        end_number,
        end_date,
        Cell::opt_text(f.unit.as_deref()),
        Cell::opt_text(f.object.as_deref()),
        Cell::opt_text(f.currency.as_deref()),
        f.qualifier
            .as_ref()
            .map_or(Cell::Empty, |q| Cell::text(enum_name(q))),
        f.precision
            .as_ref()
            .map_or(Cell::Empty, |p| Cell::text(enum_name(p))),
        if f.inferred.is_empty() {
            Cell::Empty
        } else {
            Cell::text(f.inferred.join(","))
        },
        f.period
            .as_ref()
            .map_or(Cell::Empty, |p| Cell::text(enum_name(p))),
        f.part
            .as_ref()
            .map_or(Cell::Empty, |p| Cell::text(enum_name(p))),
        Cell::opt_text(f.unit_normalized.as_deref()),
        f.dimension
            .as_ref()
            .map_or(Cell::Empty, |d| Cell::text(enum_name(d))),
        f.change
            .as_ref()
            .map_or(Cell::Empty, |c| Cell::text(enum_name(c))),
        Cell::opt_text(f.basis.as_deref()),
        Cell::opt_text(f.per.as_deref()),
        Cell::opt_text(f.subject.as_ref().map(|s| s.text.as_str())),
        Cell::Bool(f.incomplete),
        Cell::uint(f.line),
        Cell::uint(f.column),
        Cell::uint(f.span[0]),
        Cell::uint(f.span[1]),
    ]
}

fn placeholder_row<'a>(cx: &Context<'a>, i: usize, p: &'a Placeholder) -> Vec<Cell<'a>> {
    vec![
        cx.path(),
        Cell::opt_uint(p.article),
        cx.article_title(p.article),
        Cell::opt_text(p.section.as_deref()),
        cx.section_path(p.section.as_deref()),
        Cell::uint(i),
        Cell::text(p.kind.as_str()),
        Cell::text(enum_name(&p.severity)),
        Cell::text(&p.text),
        Cell::text(&p.context),
        Cell::opt_uint(p.fact),
        Cell::uint(p.line),
        Cell::uint(p.column),
        Cell::uint(p.span[0]),
        Cell::uint(p.span[1]),
    ]
}

/// The characters `[start, end)` of `text` (spans count characters, not bytes).
fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let mut it = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let s = it.nth(start).unwrap_or(text.len());
    let e = if end > start {
        it.nth(end - start - 1).unwrap_or(text.len())
    } else {
        s
    };
    &text[s..e]
}

/// Flatten one document into rows, table by table, in a stable order.
/// `text` is the decoded original, for the articles' `text` column; without it the
/// column is empty.
pub(crate) fn document_rows<'a, E>(
    doc: &'a Document,
    text: Option<&'a str>,
    keywords: bool,
    mut emit: impl FnMut(Table, Vec<Cell<'a>>) -> Result<(), E>,
) -> Result<(), E> {
    let cx = Context::new(doc);
    let count_in = |article: usize, of: &mut dyn Iterator<Item = Option<usize>>| {
        of.filter(|a| *a == Some(article)).count()
    };
    emit(
        Table::Documents,
        vec![
            cx.path(),
            Cell::text(&doc.source.sha256),
            Cell::Int(doc.source.bytes as i64),
            Cell::text(&doc.source.encoding),
            Cell::Bool(doc.source.bom),
            Cell::text(enum_name(&doc.source.script)),
            Cell::opt_text(doc.source.region.map(|r| r.as_str())),
            Cell::uint(doc.source.chars),
            Cell::uint(doc.source.lines),
            Cell::uint(doc.articles.len()),
            Cell::uint(doc.sections.len()),
            Cell::uint(doc.facts.len()),
            Cell::uint(doc.placeholders.len()),
            Cell::uint(
                doc.placeholders
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count(),
            ),
            Cell::opt_text(doc.normalized_to.as_deref()),
            if doc.warnings.is_empty() {
                Cell::Empty
            } else {
                Cell::text(
                    doc.warnings
                        .iter()
                        .map(|w| format!("{}: {}", w.code, w.message))
                        .collect::<Vec<_>>()
                        .join(" | "),
                )
            },
            Cell::Empty,
        ],
    )?;
    for a in &doc.articles {
        emit(
            Table::Articles,
            vec![
                cx.path(),
                Cell::uint(a.index),
                Cell::opt_text(a.title.as_deref()),
                Cell::opt_text(a.title_normalized.as_deref()),
                Cell::uint(a.line),
                Cell::uint(a.span[0]),
                Cell::uint(a.span[1]),
                Cell::opt_uint(a.title_span.map(|s| s[0])),
                Cell::opt_uint(a.title_span.map(|s| s[1])),
                Cell::uint(a.span[1].saturating_sub(a.span[0])),
                Cell::uint(doc.sections.iter().filter(|s| s.article == a.index).count()),
                Cell::uint(count_in(a.index, &mut doc.facts.iter().map(|f| f.article))),
                Cell::uint(count_in(
                    a.index,
                    &mut doc.placeholders.iter().map(|p| p.article),
                )),
                if a.keywords.is_empty() {
                    Cell::Empty
                } else {
                    Cell::text(
                        a.keywords
                            .iter()
                            .map(|k| k.word.as_str())
                            .collect::<Vec<_>>()
                            .join("、"),
                    )
                },
                text.map_or(Cell::Empty, |t| {
                    Cell::text(char_slice(t, a.span[0], a.span[1]))
                }),
            ],
        )?;
    }
    for s in &doc.sections {
        emit(
            Table::Sections,
            vec![
                cx.path(),
                Cell::uint(s.article),
                cx.article_title(Some(s.article)),
                Cell::text(&s.id),
                cx.section_path(Some(&s.id)),
                Cell::Int(s.level as i64),
                Cell::text(s.marker.as_deref().unwrap_or("")),
                Cell::Int(s.ordinal as i64),
                Cell::text(&s.title),
                Cell::opt_text(s.title_normalized.as_deref()),
                Cell::opt_text(s.parent.as_deref()),
                Cell::Bool(s.inline),
                Cell::Bool(s.item),
                Cell::uint(s.line),
                Cell::uint(s.span[0]),
                Cell::uint(s.span[1]),
                Cell::uint(s.title_span[0]),
                Cell::uint(s.title_span[1]),
            ],
        )?;
    }
    for (i, f) in doc.facts.iter().enumerate() {
        emit(Table::Facts, fact_row(&cx, i, f))?;
    }
    for (i, p) in doc.placeholders.iter().enumerate() {
        emit(Table::Placeholders, placeholder_row(&cx, i, p))?;
    }
    if keywords {
        for a in &doc.articles {
            for (rank, k) in a.keywords.iter().enumerate() {
                emit(
                    Table::Keywords,
                    vec![
                        cx.path(),
                        Cell::uint(a.index),
                        Cell::opt_text(a.title.as_deref()),
                        Cell::uint(rank + 1),
                        Cell::text(&k.word),
                        Cell::Float(k.weight),
                    ],
                )?;
            }
        }
    }
    Ok(())
}

/// The `documents` row of an input that could not be read: its path and the reason.
pub(crate) fn error_row(err: &FileError) -> Vec<Cell<'static>> {
    let mut row = vec![Cell::Empty; DOCUMENTS.len()];
    row[0] = Cell::text(err.path().to_string_lossy().into_owned());
    row[DOCUMENTS.len() - 1] = Cell::text(format!("{}: {}", err.code(), err.reason()));
    row
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::document::*;

    /// A hand-made document with every kind of fact and placeholder field filled,
    /// for the writers' tests (the extractors may not fill them all yet).
    pub(crate) fn sample_document() -> Document {
        let text = "2025年社区活动总结\n一、重点问题\n（一）重点区域\n9月16日至18日，=SUM(A1)共有-5位__参加，花费约3.5万元，增长12.5%。\n";
        let chars = text.chars().count();
        Document {
            schema: SCHEMA_VERSION,
            source: Source {
                path: "reports/a.txt".into(),
                bytes: text.len() as u64,
                sha256: "ab".repeat(32),
                encoding: "UTF-8".into(),
                bom: false,
                script: Script::Simplified,
                region: None,
                chars,
                lines: 4,
                path_bytes: None,
                format: "text".into(),
            },
            articles: vec![Article {
                index: 0,
                title: Some("2025年社区活动总结".into()),
                title_normalized: None,
                line: 1,
                span: [0, chars],
                title_span: Some([0, 10]),
                keywords: vec![
                    Keyword {
                        word: "社区".into(),
                        weight: 1.0,
                    },
                    Keyword {
                        word: "活动".into(),
                        weight: 0.5,
                    },
                ],
                date: None,
            }],
            sections: vec![
                Section {
                    id: "1".into(),
                    article: 0,
                    level: 1,
                    marker: Some("一、".into()),
                    ordinal: 1,
                    title: "重点问题".into(),
                    title_normalized: None,
                    line: 2,
                    span: [11, chars],
                    title_span: [13, 17],
                    parent: None,
                    inline: false,
                    item: false,
                },
                Section {
                    id: "1.1".into(),
                    article: 0,
                    level: 2,
                    marker: Some("（一）".into()),
                    ordinal: 1,
                    title: "重点区域".into(),
                    title_normalized: None,
                    line: 3,
                    span: [18, chars],
                    title_span: [21, 25],
                    parent: Some("1".into()),
                    inline: false,
                    item: false,
                },
            ],
            facts: vec![
                Fact {
                    kind: FactKind::Date,
                    text: "9月16日至18日".into(),
                    text_normalized: None,
                    value: Some("2025-09-16".into()),
                    end: Some("2025-09-18".into()),
                    unit: None,
                    object: None,
                    currency: None,
                    qualifier: None,
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: Some(Precision::Day),
                    inferred: vec!["year".into()],
                    incomplete: false,
                    relative: false,
                    period: None,
                    part: None,
                    article: Some(0),
                    section: Some("1.1".into()),
                    line: 4,
                    column: 1,
                    span: [26, 35],
                },
                Fact {
                    kind: FactKind::Count,
                    text: "-5位".into(),
                    text_normalized: None,
                    value: Some((-5).into()),
                    end: None,
                    unit: Some("位".into()),
                    object: None,
                    currency: None,
                    qualifier: None,
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: None,
                    inferred: vec![],
                    incomplete: false,
                    relative: false,
                    period: None,
                    part: None,
                    article: Some(0),
                    section: Some("1.1".into()),
                    line: 4,
                    column: 19,
                    span: [44, 47],
                },
                Fact {
                    kind: FactKind::Count,
                    text: "__参加".into(),
                    text_normalized: None,
                    value: None,
                    end: None,
                    unit: None,
                    object: Some("参加".into()),
                    currency: None,
                    qualifier: None,
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: None,
                    inferred: vec![],
                    incomplete: true,
                    relative: false,
                    period: None,
                    part: None,
                    article: Some(0),
                    section: Some("1.1".into()),
                    line: 4,
                    column: 22,
                    span: [47, 51],
                },
                Fact {
                    kind: FactKind::Money,
                    text: "约3.5万元".into(),
                    text_normalized: None,
                    value: Some(35000.into()),
                    end: None,
                    unit: None,
                    object: None,
                    currency: Some("CNY".into()),
                    qualifier: Some(Qualifier::Approx),
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: None,
                    inferred: vec![],
                    incomplete: false,
                    relative: false,
                    period: None,
                    part: None,
                    article: Some(0),
                    section: Some("1.1".into()),
                    line: 4,
                    column: 27,
                    span: [52, 58],
                },
                Fact {
                    kind: FactKind::Percent,
                    text: "12.5%".into(),
                    text_normalized: None,
                    value: number_value(12.5),
                    end: None,
                    unit: Some("percent".into()),
                    object: None,
                    currency: None,
                    qualifier: None,
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: None,
                    inferred: vec![],
                    incomplete: false,
                    relative: false,
                    period: None,
                    part: None,
                    article: Some(0),
                    section: Some("1.1".into()),
                    line: 4,
                    column: 35,
                    span: [61, 66],
                },
                Fact {
                    kind: FactKind::Date,
                    text: "20xx年".into(),
                    text_normalized: None,
                    value: Some("XXXX".into()),
                    end: None,
                    unit: None,
                    object: None,
                    currency: None,
                    qualifier: None,
                    unit_normalized: None,
                    dimension: None,
                    change: None,
                    basis: None,
                    per: None,
                    subject: None,
                    precision: Some(Precision::Year),
                    inferred: vec![],
                    incomplete: true,
                    relative: false,
                    period: None,
                    part: None,
                    article: None,
                    section: None,
                    line: 1,
                    column: 1,
                    span: [0, 5],
                },
            ],
            placeholders: vec![Placeholder {
                kind: PlaceholderKind::Blank,
                text: "__".into(),
                severity: Severity::Error,
                article: Some(0),
                section: Some("1.1".into()),
                line: 4,
                column: 22,
                span: [47, 49],
                context: "（一）重点区域 / -5位__参加".into(),
                fact: Some(2),
            }],
            text: None,
            normalized_text: None,
            normalized_to: None,
            tokens: Default::default(),
            warnings: vec![],
        }
    }

    fn collect(doc: &Document) -> Vec<(Table, Vec<Cell<'_>>)> {
        let mut rows = Vec::new();
        document_rows::<()>(doc, None, true, |t, r| {
            rows.push((t, r));
            Ok(())
        })
        .unwrap();
        rows
    }

    #[test]
    fn every_row_has_its_table_width() {
        for (t, r) in collect(&sample_document()) {
            assert_eq!(r.len(), t.columns().len(), "{t:?}");
        }
    }

    #[test]
    fn facts_are_typed_and_carry_their_context() {
        let doc = sample_document();
        let rows = collect(&doc);
        let facts: Vec<_> = rows.iter().filter(|(t, _)| *t == Table::Facts).collect();
        assert_eq!(facts.len(), 6);
        let at = |i: usize, name: &str| {
            let c = FACTS.iter().position(|c| c.en == name).unwrap();
            facts[i].1[c].clone()
        };
        let date = |year, month, day| Cell::Date { year, month, day };
        assert_eq!(at(0, "value"), Cell::text("2025-09-16"));
        assert_eq!(at(0, "value_date"), date(2025, 9, 16));
        assert_eq!(at(0, "end_date"), date(2025, 9, 18));
        assert_eq!(at(0, "value_number"), Cell::Empty);
        assert_eq!(at(0, "value_text"), Cell::Empty);
        assert_eq!(
            at(0, "section_path"),
            Cell::text("一、重点问题 > （一）重点区域")
        );
        assert_eq!(at(0, "inferred"), Cell::text("year"));
        assert_eq!(at(1, "value"), Cell::text("-5"));
        assert_eq!(at(1, "value_number"), Cell::Int(-5));
        assert_eq!(at(2, "value"), Cell::Empty);
        assert_eq!(at(2, "value_number"), Cell::Empty);
        assert_eq!(at(2, "incomplete"), Cell::Bool(true));
        assert_eq!(at(3, "qualifier"), Cell::text("approx"));
        assert_eq!(at(4, "value_number"), Cell::Float(12.5));
        // A masked date is text, in `value_text` only.
        assert_eq!(at(5, "value_text"), Cell::text("XXXX"));
        assert_eq!(at(5, "value_date"), Cell::Empty);
        assert_eq!(at(5, "section_path"), Cell::Empty);
    }

    #[test]
    fn every_cell_has_its_column_type() {
        let doc = sample_document();
        let err = FileError::Read {
            path: "missing.txt".into(),
            cause: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        let mut rows = collect(&doc);
        rows.push((Table::Documents, error_row(&err)));
        let mut seen = std::collections::HashSet::new();
        for (t, r) in &rows {
            for (cell, c) in r.iter().zip(t.columns()) {
                let ok = matches!(
                    (cell, c.ty()),
                    (Cell::Empty, _)
                        | (Cell::Text(_), ColumnType::Text)
                        | (Cell::Int(_), ColumnType::Int)
                        | (Cell::Int(_) | Cell::Float(_), ColumnType::Double)
                        | (Cell::Bool(_), ColumnType::Bool)
                        | (Cell::Date { .. }, ColumnType::Date)
                );
                assert!(ok, "{t:?}.{}: {cell:?} in a {:?} column", c.en, c.ty());
                if *cell != Cell::Empty {
                    seen.insert((t.name(), c.en));
                }
            }
        }
        // The sample fills every typed column somewhere.
        for t in Table::all(true) {
            for c in t.columns().iter().filter(|c| c.ty() != ColumnType::Text) {
                let filled = seen.contains(&(t.name(), c.en));
                assert!(
                    filled || c.en == "end_number",
                    "{}.{} never filled",
                    t.name(),
                    c.en
                );
            }
        }
    }

    #[test]
    fn dates_are_checked() {
        let day = |y, m, d| {
            Some(Cell::Date {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(first_day("2024-02-29"), day(2024, 2, 29));
        assert_eq!(first_day("2025-09"), day(2025, 9, 1));
        assert_eq!(first_day("2025"), day(2025, 1, 1));
        assert_eq!(first_day("1899-12-31"), day(1899, 12, 31));
        assert!(first_day("2023-02-29").is_none());
        assert!(first_day("2025-13").is_none());
        assert!(first_day("XXXX-09-17").is_none());
        assert!(first_day("2025-XX").is_none());
        assert!(first_day("XXXX").is_none());
        assert!(first_day("0000").is_none());
    }

    #[test]
    fn chinese_values_for_people() {
        assert!(zh_values().len() >= 10, "dicts/table_values_zh.toml parses");
        let doc = sample_document();
        let mut rows = collect(&doc);
        for (t, r) in &mut rows {
            translate_row(*t, r);
        }
        let facts: Vec<_> = rows.iter().filter(|(t, _)| *t == Table::Facts).collect();
        let at = |i: usize, name: &str| {
            let c = FACTS.iter().position(|c| c.en == name).unwrap();
            facts[i].1[c].clone()
        };
        assert_eq!(at(0, "kind"), Cell::text("日期"));
        assert_eq!(at(0, "precision"), Cell::text("日"));
        assert_eq!(at(0, "inferred"), Cell::text("年"));
        assert_eq!(at(0, "incomplete"), Cell::text("否"));
        assert_eq!(at(3, "kind"), Cell::text("金额"));
        assert_eq!(at(3, "qualifier"), Cell::text("约"));
        // Data stays: text, numbers, dates.
        assert_eq!(at(1, "text"), Cell::text("-5位"));
        assert_eq!(at(1, "value_number"), Cell::Int(-5));
        assert_eq!(at(3, "currency"), Cell::text("CNY"));
    }

    #[test]
    fn char_slices_count_characters() {
        assert_eq!(char_slice("一二三四", 1, 3), "二三");
        assert_eq!(char_slice("一二三四", 0, 4), "一二三四");
        assert_eq!(char_slice("一二", 2, 2), "");
        assert_eq!(char_slice("一二", 1, 9), "二");
    }

    #[test]
    fn keywords_rows_are_ranked() {
        let doc = sample_document();
        let rows = collect(&doc);
        let kw: Vec<_> = rows
            .iter()
            .filter(|(t, _)| *t == Table::Keywords)
            .map(|(_, r)| (r[3].clone(), r[4].clone()))
            .collect();
        assert_eq!(
            kw,
            [
                (Cell::Int(1), Cell::text("社区")),
                (Cell::Int(2), Cell::text("活动"))
            ]
        );
    }
}
