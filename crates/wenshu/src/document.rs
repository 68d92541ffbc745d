//! The data model: one [`Document`] per input file, as docs/document-format.md describes it.
//!
//! Every type here is serialized with serde end to end (never `format!`), and
//! output tests deserialize it back with `deny_unknown_fields` to lock the format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the document format. Bumped only for incompatible changes.
pub(crate) const SCHEMA_VERSION: u32 = 1;

/// `[start, end)` in Unicode scalar values of the decoded original text.
pub type Span = [usize; 2];

/// One input file as structured data: where it came from, its articles and
/// sections, the facts and placeholders found in it. Spans count characters of the
/// decoded original text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Version of the document format (1); it changes only when the format does.
    pub schema: u32,
    /// The input file: path, size, checksum, encoding and script.
    pub source: Source,
    /// The reports in the file, in order (most files hold one).
    pub articles: Vec<Article>,
    /// Headings and inline enumerations, in text order.
    pub sections: Vec<Section>,
    /// Dates, counts, money amounts and percentages, in text order.
    pub facts: Vec<Fact>,
    /// Unfilled template text (`____`, `20xx年`, `某某`), in text order.
    pub placeholders: Vec<Placeholder>,
    /// The text every span points into, with `--text`: the file's decoded text, or
    /// for a Word document, web page or OFD the text extracted from it (paragraphs
    /// as lines, list numbers written out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The whole text converted to the `--to` target script (same character count
    /// whenever the converter allows it; offsets always refer to the original).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_text: Option<String>,
    /// The target script of the normalized copies, when `--to` was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_to: Option<String>,
    /// Word tokens (`--tokens`).
    #[serde(default, skip_serializing_if = "Tokens::is_empty")]
    #[schemars(with = "Vec<Token>")]
    pub tokens: Tokens,
    /// Non-fatal problems met while reading this file (e.g. invalid bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// The input file a document was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The input path as given (relative to the walked root's parent), `-` for stdin.
    pub path: String,
    /// The path's raw bytes, only when it is not valid UTF-8 (`path` then holds
    /// U+FFFD in their place): the exact name, e.g. `bytes(doc["source"]["path_bytes"])`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<Vec<u8>>,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// SHA-256 of the file's bytes, in lowercase hex: tells two copies apart.
    pub sha256: String,
    /// The encoding used to decode the file (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, …).
    pub encoding: String,
    /// Whether the file started with a byte-order mark (dropped before offsets are counted).
    #[serde(default)]
    pub bom: bool,
    /// Whether the text is written in Traditional or Simplified characters.
    pub script: Script,
    /// Which side of the strait the document is on (`cn`, `tw`, `hk`), decided from
    /// evidence in the text (Taiwan's currency, ROC years, the Republic's name as a
    /// word; Simplified script or the People's Republic's names for `cn`), or given
    /// with `--region`; `null` when nothing says. It sets defaults only: the
    /// currency of a bare `元` and how a two- or three-digit year is read.
    #[serde(default)]
    pub region: Option<Region>,
    /// Length of the decoded text in characters (Unicode scalar values).
    pub chars: usize,
    /// Number of lines (a final line without a line break counts).
    pub lines: usize,
    /// What the file is: `text`, `docx` (a Word document), `html` (a web page),
    /// `pdf` (a PDF's text layer) or `ofd` (an OFD e-document). For all but
    /// `text`, spans, lines and columns point into the text extracted from the
    /// file (see [`Document::text`]).
    #[serde(default = "text_format")]
    pub format: String,
}

fn text_format() -> String {
    "text".into()
}

/// A document's region (see [`Source::region`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// Mainland China.
    Cn,
    /// Taiwan.
    Tw,
    /// Hong Kong.
    Hk,
}

impl Region {
    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Cn => "cn",
            Region::Tw => "tw",
            Region::Hk => "hk",
        }
    }
}

/// The script of a text, from the characters that exist in only one of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Traditional characters, more than nine to one against Simplified ones.
    Traditional,
    /// Simplified characters, more than nine to one against Traditional ones (or
    /// Chinese text written the same in both scripts).
    Simplified,
    /// Both scripts, neither clearly ahead.
    Mixed,
    /// No Chinese characters at all.
    None,
}

/// One report of a file: a file may hold several, each opening with a title line
/// that ends in a running number (`…總結 篇1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Position of the article in the file, from 0.
    pub index: usize,
    /// The article's title line (trimmed), or null when it has none.
    pub title: Option<String>,
    /// The title converted to the `--to` script.
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
    /// The article's own date: from its closing date or signature line
    /// (`2016年11月1日`, `中華民國105年3月2日`), a date line near its top, or the
    /// year in its title; else the `--reference-date`. Dates without a year take
    /// their year from it when their paragraph names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ArticleDate>,
}

/// An article's date (see [`Article::date`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleDate {
    /// ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// Where the text says it; absent when it came from `--reference-date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A keyword of an article (`--keywords N`), by TF-IDF.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    /// The word as the original text writes it.
    pub word: String,
    /// Its TF-IDF weight, scaled so the article's first keyword weighs 1.
    pub weight: f64,
}

/// A numbered heading (`一、`, `（二）`, `3.`, `第一章`…) and the text it covers, or an
/// inline enumeration item (`一是…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Dotted path of ordinals within the article: `"1.2"` is the second child of the
    /// first top-level section of article 0's numbering (the article number comes first
    /// in files with several articles: `"3.1.1"`).
    pub id: String,
    /// Index of the article the section belongs to.
    pub article: usize,
    /// Depth of nesting: 1 for a top-level section, 2 for its children, and so on.
    pub level: u32,
    /// The heading marker as written (`一、`, `（一）`, `(1)`, `第一章`, `①`…), or null for
    /// a heading without a marker (`報告事項`, `附件一`, `103年董事會重要決議`).
    pub marker: Option<String>,
    /// The marker's number (`二、` → 2; 0 for a heading without a marker).
    pub ordinal: u32,
    /// The heading text after the marker.
    pub title: String,
    /// The title converted to the `--to` script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_normalized: Option<String>,
    /// Line of the heading (1-based).
    pub line: usize,
    /// The whole section: its heading and everything up to the next heading of the same
    /// or a higher level (or the article's end).
    pub span: Span,
    /// Exactly the heading's title text.
    pub title_span: Span,
    /// `id` of the enclosing section, or null for a top-level one.
    pub parent: Option<String>,
    /// An in-paragraph enumeration (`一是…`, `二是…`) rather than a heading line.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inline: bool,
    /// A list item: a numbered entry that is body text (a resolution, a contract clause,
    /// a news item) rather than a heading. Items are leaves: no heading nests under one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub item: bool,
}

/// What a fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A day, a month or a year (`2025年9月17日`, `民国98年`), or a range of them.
    Date,
    /// A number of people or things (`6户`, `3000余份`).
    Count,
    /// An amount of money (`近3000元`, `3.5万元`, `US$20`).
    Money,
    /// A percentage or percentage points (`100%`, `百分之八十`, `12.5个百分点`).
    Percent,
    /// A length of time (`连续5日`, `工期26个月`): `value` and `unit`; never a date.
    Duration,
}

/// How a word around a number qualifies it (`近3000元`, `100多名`, `10%以上`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifying word (never written: a fact without `qualifier` is exact).
    Exact,
    /// About (`约`, `左右`, `上下`).
    Approx,
    /// Nearly, just under (`近`, `将近`).
    Nearly,
    /// More than (`超过`, `逾`, `余`, `多`).
    MoreThan,
    /// At least (`至少`, `不少于`, `以上`).
    AtLeast,
    /// Less than (`不到`, `不足`, `低于`).
    LessThan,
    /// At most (`不超过`, `最多`, `以下`, `以内`).
    AtMost,
}

/// How much of a date the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Year, month and day.
    Day,
    /// Year and month.
    Month,
    /// The year only.
    Year,
}

/// A named period of a year (`一季度`, `上半年`, `2023财年`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Period {
    /// First quarter, January to March (`一季度`, `第1季`, `Q1`).
    Q1,
    /// Second quarter, April to June.
    Q2,
    /// Third quarter, July to September.
    Q3,
    /// Fourth quarter, October to December.
    Q4,
    /// First half, January to June (`上半年`).
    H1,
    /// Second half, July to December (`下半年`).
    H2,
    /// A fiscal, accounting or school year (`2023财年`, `2023年度`, `107學年`).
    FY,
}

/// Which part of its period a date names (`年底`, `月初`, `上旬`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The beginning (`年初`, `月初`, `上旬`).
    Start,
    /// The middle (`年中`, `中旬`).
    Middle,
    /// The end (`年底`, `年末`, `月底`, `下旬`).
    End,
}

/// What a number measures: a stretch of the original text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// Exactly the original text at `span`.
    pub text: String,
    /// Where it is in the original text.
    pub span: Span,
}

/// Which way a number that is a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// `增长`, `提高`, `上升`, `增幅`.
    Increase,
    /// `下降`, `减少`, `回落`, `降幅`.
    Decrease,
}

/// What a count's unit measures (`dicts/units.tsv`), so that a table sums or groups
/// only counts of one kind: tonnes with tonnes, households with households.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// `吨`, `千克`, `斤`.
    Mass,
    /// `米`, `公里`, `厘米`, `海里`.
    Length,
    /// `平方米`, `公顷`, `亩`.
    Area,
    /// `立方米`, `千升`.
    Volume,
    /// `千瓦时`, `吨标准煤`.
    Energy,
    /// `千瓦`, `兆瓦`, `千伏安` (apparent power).
    Power,
    /// `转/分`.
    RotationalSpeed,
    /// Freight and passenger turnover: `吨公里`, `人公里`.
    TransportWork,
    /// `人`, `名`, `位`, `人次`.
    People,
    /// `户`.
    Households,
    /// `家`, `所`.
    Organizations,
    /// `头`, `只`, `羽`, `匹`.
    Animals,
    /// `株`, `棵`.
    Plants,
    /// Occurrences: `次`, `场`, `起`, `例`, `期`.
    Events,
    /// `股`.
    Shares,
    /// Teaching periods: `课时`, `学时`.
    Time,
    /// Every other classifier: `个`, `件`, `项`, `台`, `辆`, `套`, `口`, `款`.
    Items,
}

impl Dimension {
    /// Whether the unit measures an extent (mass, length, area, volume, energy,
    /// power) rather than counting things: `77万亩` is a size, `71个` a number of
    /// things.
    pub fn is_measure(self) -> bool {
        matches!(
            self,
            Dimension::Mass
                | Dimension::Length
                | Dimension::Area
                | Dimension::Volume
                | Dimension::Energy
                | Dimension::Power
        )
    }
}

/// A date, count, money amount or percentage found in the text, with its value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What the fact states.
    pub kind: FactKind,
    /// Exactly the original text at `span`.
    pub text: String,
    /// The text converted to the `--to` script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_normalized: Option<String>,
    /// A number (count, money, percent) or an ISO date string; null when incomplete.
    pub value: Option<FactValue>,
    /// The upper end of a range, inclusive; `value` is the lower end. An ISO date for
    /// dates (`9月16日至18日`), a number for the other kinds (`10-20万元` → 100000…200000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<FactValue>,
    /// Measure word as written (count), or `percent`/`point` (percent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The unit in Simplified form (`項` and `项` are both `项`), so that a table
    /// pivots on one spelling; for percentages the same as `unit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_normalized: Option<String>,
    /// What the unit of a count measures (`吨` → `mass`, `户` → `households`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimension>,
    /// The counted noun, when one follows the measure word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// ISO 4217 code (money).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// A word that makes the number approximate or a bound (absent: exact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The number is a change, up or down (`同比下降3.5%` → 3.5, `decrease`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// What a change is measured against, as written (`同比`, `比上年`, `比2019年`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The indicator the number measures (`国内生产总值`, `粮食产量`), where the text
    /// says it plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// The denominator of a rate, as written (`4.25元/吨` → `吨`, `每户补助5000元` →
    /// `户`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// How much of the date the text gives (dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    /// Date parts taken from context (`year`, `month`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// Dates: resolved from a word relative to the article's date (`今年`, `去年同期`,
    /// `明年6月`, `上月`); without a date to resolve against, the year stays `XXXX`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// Dates: the named period the date is (`Q1`…`Q4`, `H1`, `H2`, `FY`); `value` and
    /// `end` give its months (`2024年一季度` → 2024-01…2024-03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Dates: the part of the year or month the text names (`2023年末`, `5月底`, `年初`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// The number or date is an unfilled placeholder.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub incomplete: bool,
    /// Index of the article the fact is in.
    pub article: Option<usize>,
    /// `id` of the innermost section the fact is in, or null outside any section.
    pub section: Option<String>,
    /// Line of the fact's start (1-based).
    pub line: usize,
    /// Column of the fact's start, in characters (1-based).
    pub column: usize,
    /// Where the fact is in the original text.
    pub span: Span,
}

/// What a placeholder looks like.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderKind {
    /// A blank left for text (`__`, `＿＿`, `--社區`, `□□`, `XX單位`).
    Blank,
    /// A number or date masked out (`20xx`, `xx屆`, `x月x日`, `二〇××年`).
    MaskedNumber,
    /// An empty bracket, or one holding a field name or an instruction to the
    /// writer (`【 】`, `[單位名稱]`, `（此處填寫…）`).
    Bracket,
    /// A to-do marker (`待定`, `待補充`, `TBD`, `TODO`).
    Todo,
    /// A stand-in for a person's name (`某某`, `×××`).
    Name,
    /// A pattern from the user's `wenshu.toml`.
    Custom,
}

impl PlaceholderKind {
    /// Every kind, in declaration order.
    pub const ALL: [PlaceholderKind; 6] = [
        PlaceholderKind::Blank,
        PlaceholderKind::MaskedNumber,
        PlaceholderKind::Bracket,
        PlaceholderKind::Todo,
        PlaceholderKind::Name,
        PlaceholderKind::Custom,
    ];

    /// The kind's name as written in the output and in `wenshu.toml` (`masked_number`).
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

/// How serious a placeholder is: `wenshu check` fails on errors, and on warnings
/// only with `--deny-warnings`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Reported, but the check passes.
    Warning,
    /// The check fails (exit 1).
    Error,
}

/// Template text left unfilled (`____`, `20xx年`, `某某`, `（此處填寫…）`): a report
/// that still holds one is not finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    /// What the placeholder looks like.
    pub kind: PlaceholderKind,
    /// Exactly the original text at `span`.
    pub text: String,
    /// How serious it is (set per kind in `wenshu.toml`).
    pub severity: Severity,
    /// Index of the article the placeholder is in.
    pub article: Option<usize>,
    /// `id` of the innermost section the placeholder is in, or null outside any section.
    pub section: Option<String>,
    /// Line of the placeholder's start (1-based).
    pub line: usize,
    /// Column of the placeholder's start, in characters (1-based).
    pub column: usize,
    /// Where the placeholder is in the original text.
    pub span: Span,
    /// The enclosing section heading and the surrounding text: `(一)重點區域 / __社區`.
    pub context: String,
    /// Index into `facts` of the fact this placeholder makes incomplete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<usize>,
}

/// The word tokens of a document (`--tokens`), in text order: a list, or, for a
/// long text, made again from the text while the document is written (a 100 MB
/// text has tens of millions of words; held as a list they took 30 times the
/// text's size). Either way they serialize as a JSON array of [`Token`]s.
#[derive(Clone, Default)]
pub struct Tokens(TokenList);

#[derive(Clone, Default)]
enum TokenList {
    #[default]
    None,
    List(Vec<Token>),
    Made(std::sync::Arc<dyn MakeTokens>),
}

/// Makes a document's tokens on demand, in text order.
pub(crate) trait MakeTokens: Send + Sync {
    /// Hand every token to `f`, in text order.
    fn for_each(&self, f: &mut dyn FnMut(Token));
    /// Whether there are no tokens at all.
    fn is_empty(&self) -> bool;
}

impl Tokens {
    /// Tokens made on demand by `maker`.
    pub(crate) fn made(maker: std::sync::Arc<dyn MakeTokens>) -> Tokens {
        Tokens(TokenList::Made(maker))
    }

    /// Whether there are no tokens (`--tokens` not given, or a blank text).
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            TokenList::None => true,
            TokenList::List(v) => v.is_empty(),
            TokenList::Made(m) => m.is_empty(),
        }
    }

    /// Hand every token to `f`, in text order (made now if they are made on demand).
    pub fn for_each(&self, mut f: impl FnMut(Token)) {
        match &self.0 {
            TokenList::None => {}
            TokenList::List(v) => v.iter().cloned().for_each(f),
            TokenList::Made(m) => m.for_each(&mut f),
        }
    }

    /// All the tokens as a list.
    pub fn to_vec(&self) -> Vec<Token> {
        match &self.0 {
            TokenList::List(v) => v.clone(),
            _ => {
                let mut v = Vec::new();
                self.for_each(|t| v.push(t));
                v
            }
        }
    }
}

impl From<Vec<Token>> for Tokens {
    fn from(v: Vec<Token>) -> Tokens {
        Tokens(TokenList::List(v))
    }
}

impl PartialEq for Tokens {
    fn eq(&self, other: &Tokens) -> bool {
        self.to_vec() == other.to_vec()
    }
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

impl Serialize for Tokens {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        self.for_each(|t| {
            if failed.is_none() {
                failed = seq.serialize_element(&t).err();
            }
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}

impl<'de> Deserialize<'de> for Tokens {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Tokens, D::Error> {
        Vec::<Token>::deserialize(d).map(Tokens::from)
    }
}

/// A word of the text (`--tokens`), as jieba segments it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Token {
    /// Exactly the original text at `span`.
    pub text: String,
    /// Part of speech (jieba's tag set).
    pub pos: String,
    /// Where the word is in the original text.
    pub span: Span,
}

/// A problem met while reading a file that did not stop it from being read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// A stable machine-readable code: `invalid_bytes`, `length_changed`, …
    pub code: String,
    /// What happened, for people.
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
    /// The number, or `None` for a date.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            FactValue::Number(n) => n.as_f64(),
            FactValue::Date(_) => None,
        }
    }

    /// The date string, or `None` for a number.
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
    // Fields the document format requires even when they are null (serde would accept them
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
