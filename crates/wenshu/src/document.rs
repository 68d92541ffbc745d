//! The data model: one [`Document`] per input file, as `SPEC.md` defines it.
//!
//! Every type here is serialized with serde end to end (never `format!`), and
//! output tests deserialize it back with `deny_unknown_fields` to lock the format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the document format. Bumped only for incompatible changes.
pub(crate) const SCHEMA_VERSION: u32 = 1;

/// `[start, end)` in Unicode scalar values of the decoded original text.
pub type Span = [usize; 2];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub schema: u32,
    pub source: Source,
    pub articles: Vec<Article>,
    pub sections: Vec<Section>,
    pub facts: Vec<Fact>,
    pub placeholders: Vec<Placeholder>,
    /// The whole text converted to the `--to` target script (same character count
    /// whenever the converter allows it; offsets always refer to the original).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_text: Option<String>,
    /// The target script of the normalized copies, when `--to` was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_to: Option<String>,
    /// Word tokens (`--tokens`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// Non-fatal problems met while reading this file (e.g. invalid bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The input path as given (relative to the walked root's parent), `-` for stdin.
    pub path: String,
    /// The path's raw bytes, only when it is not valid UTF-8 (`path` then holds
    /// U+FFFD in their place): the exact name, e.g. `bytes(doc["source"]["path_bytes"])`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<Vec<u8>>,
    pub bytes: u64,
    pub sha256: String,
    /// The encoding used to decode the file (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, …).
    pub encoding: String,
    /// Whether the file started with a byte-order mark (dropped before offsets are counted).
    #[serde(default)]
    pub bom: bool,
    pub script: Script,
    /// Length of the decoded text in characters (Unicode scalar values).
    pub chars: usize,
    /// Number of lines (a final line without a line break counts).
    pub lines: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Traditional,
    Simplified,
    Mixed,
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub index: usize,
    /// The article's title line (trimmed), or null when it has none.
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_normalized: Option<String>,
    /// Line of the title, or of the article's first line.
    pub line: usize,
    /// The whole article: from its first character to the start of the next one.
    pub span: Span,
    /// Exactly the title text, when there is a title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_span: Option<Span>,
    /// Top keywords (`--keywords N`), weights scaled to 0–1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Keyword>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    pub word: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Dotted path of ordinals within the article: `"1.2"` is the second child of the
    /// first top-level section of article 0's numbering (the article number comes first
    /// in files with several articles: `"3.1.1"`).
    pub id: String,
    pub article: usize,
    pub level: u32,
    /// The heading marker as written (`一、`, `（一）`, `(1)`, `第一章`, `①`…).
    pub marker: String,
    /// The marker's number (`二、` → 2).
    pub ordinal: u32,
    /// The heading text after the marker.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_normalized: Option<String>,
    pub line: usize,
    /// The whole section: its heading and everything up to the next heading of the same
    /// or a higher level (or the article's end).
    pub span: Span,
    /// Exactly the heading's title text.
    pub title_span: Span,
    pub parent: Option<String>,
    /// An in-paragraph enumeration (`一是…`, `二是…`) rather than a heading line.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Date,
    Count,
    Money,
    Percent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    Nearly,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub kind: FactKind,
    /// Exactly the original text at `span`.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_normalized: Option<String>,
    /// A number (count, money, percent) or an ISO date string; null when incomplete.
    pub value: Option<FactValue>,
    /// End of a date range (ISO), inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Measure word as written (count), or `percent`/`point` (percent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The counted noun, when one follows the measure word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// ISO 4217 code (money).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    /// Date parts taken from context (`year`, `month`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// The number or date is an unfilled placeholder.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub incomplete: bool,
    pub article: Option<usize>,
    pub section: Option<String>,
    pub line: usize,
    pub column: usize,
    pub span: Span,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderKind {
    Blank,
    MaskedNumber,
    Bracket,
    Todo,
    Name,
    /// A pattern from the user's `wenshu.toml`.
    Custom,
}

impl PlaceholderKind {
    pub const ALL: [PlaceholderKind; 6] = [
        PlaceholderKind::Blank,
        PlaceholderKind::MaskedNumber,
        PlaceholderKind::Bracket,
        PlaceholderKind::Todo,
        PlaceholderKind::Name,
        PlaceholderKind::Custom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceholderKind::Blank => "blank",
            PlaceholderKind::MaskedNumber => "masked_number",
            PlaceholderKind::Bracket => "bracket",
            PlaceholderKind::Todo => "todo",
            PlaceholderKind::Name => "name",
            PlaceholderKind::Custom => "custom",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    pub kind: PlaceholderKind,
    /// Exactly the original text at `span`.
    pub text: String,
    pub severity: Severity,
    pub article: Option<usize>,
    pub section: Option<String>,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    /// The enclosing section heading and the surrounding text: `(一)重點區域 / __社區`.
    pub context: String,
    /// Index into `facts` of the fact this placeholder makes incomplete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Token {
    pub text: String,
    /// Part of speech (jieba's tag set).
    pub pos: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// A stable machine-readable code: `invalid_bytes`, `length_changed`, …
    pub code: String,
    pub message: String,
    /// Byte offset in the input file, where the problem has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_offset: Option<u64>,
}

/// A file that could not be turned into a document: reported on standard error and,
/// in `jsonl`, as a record in the output stream.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ErrorRecord {
    pub(crate) source: ErrorSource,
    pub(crate) error: ErrorInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ErrorSource {
    pub(crate) path: String,
    /// The path's raw bytes when it is not valid UTF-8 (as in `Source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) path_bytes: Option<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ErrorInfo {
    /// `binary`, `io`, `decode`, `not_found`, `symlink_loop`, …
    pub(crate) code: String,
    pub(crate) message: String,
}

// Its own type rather than a `serde_json::Value`: 32 bytes instead of 72, on
// every fact of a file (a 100 MB file has 380,000).
/// What a fact's `value` may hold: a number or a date string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum FactValue {
    /// Counts, amounts of money, percentages.
    Number(#[schemars(with = "f64")] serde_json::Number),
    /// Dates: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, unknown parts `XXXX`/`XX`.
    Date(String),
}

impl FactValue {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            FactValue::Number(n) => n.as_f64(),
            FactValue::Date(_) => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            FactValue::Date(s) => Some(s),
            FactValue::Number(_) => None,
        }
    }
}

impl From<FactValue> for serde_json::Value {
    fn from(v: FactValue) -> Self {
        match v {
            FactValue::Number(n) => serde_json::Value::Number(n),
            FactValue::Date(s) => serde_json::Value::String(s),
        }
    }
}

impl From<&str> for FactValue {
    fn from(s: &str) -> Self {
        FactValue::Date(s.to_string())
    }
}

impl From<i64> for FactValue {
    fn from(n: i64) -> Self {
        FactValue::Number(n.into())
    }
}

impl PartialEq<str> for FactValue {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for FactValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<serde_json::Value> for FactValue {
    fn eq(&self, other: &serde_json::Value) -> bool {
        match (self, other) {
            (FactValue::Number(a), serde_json::Value::Number(b)) => a == b,
            (FactValue::Date(a), serde_json::Value::String(b)) => a == b,
            _ => false,
        }
    }
}

impl std::fmt::Display for FactValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FactValue::Number(n) => write!(f, "{n}"),
            FactValue::Date(s) => f.write_str(s),
        }
    }
}

/// The JSON Schema of [`Document`], generated from these types (committed at
/// `schema/document.schema.json`; `tests/schema.rs` keeps the two in step).
pub fn json_schema() -> serde_json::Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Document)).expect("a generated schema is JSON");
    // Fields the SPEC requires even when they are null (serde would accept them
    // missing, but wenshu always writes them).
    const PRESENT_WHEN_NULL: &[(&str, &[&str])] = &[
        ("Article", &["title"]),
        ("Section", &["parent"]),
        ("Fact", &["value", "article", "section"]),
        ("Placeholder", &["article", "section"]),
    ];
    for (def, fields) in PRESENT_WHEN_NULL {
        if let Some(required) = schema["$defs"][def]["required"].as_array_mut() {
            for f in *fields {
                if !required.iter().any(|r| r == f) {
                    required.push((*f).into());
                }
            }
        }
    }
    schema
}

/// A JSON number for a fact value: integral values are written without a fraction
/// (`3000`, not `3000.0`), so spreadsheets and `jq` see the number the text wrote.
pub(crate) fn number_value(x: f64) -> Option<FactValue> {
    if !x.is_finite() {
        return None;
    }
    if x.fract() == 0.0 && x.abs() < 9.007_199_254_740_992e15 {
        return Some(FactValue::Number((x as i64).into()));
    }
    serde_json::Number::from_f64(x).map(FactValue::Number)
}
