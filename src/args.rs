//! Command-line flags (clap derive: each flag defined once, with its help text).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use wenshu::normalize::Target;

#[derive(Debug, Parser)]
#[command(name = "wenshu", version, about = "Turn archived Chinese reports into structured data", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read reports and write one JSON document per file (articles, sections, facts, placeholders).
    Extract(ExtractArgs),
    /// Find unfilled template placeholders; the exit code tells CI the result.
    Check(CheckArgs),
    /// Convert whole files between Traditional and Simplified Chinese (OpenCC), mirroring the tree.
    Convert(ConvertArgs),
    /// Write an HTML report of a batch: an overview and a page per document with its
    /// facts and placeholders highlighted (a folder that opens from disk).
    Report(ReportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One pretty JSON file per input, tree mirrored under `-o DIR`.
    Json,
    /// One document per line (the default when writing to standard output).
    Jsonl,
    /// A folder of long tables (`-o DIR`): documents, articles, sections, facts, placeholders.
    Csv,
    /// One workbook with the same tables as sheets (`-o FILE.xlsx`).
    Xlsx,
    /// A folder of the same tables as typed Parquet files (`-o DIR`), or one table
    /// (`-o FILE.parquet --table facts`).
    Parquet,
    /// An HTML report folder (`-o DIR`): an overview and a page per document.
    Html,
}

/// `extract --table`: the table of a single CSV or Parquet file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// One row per input file.
    Documents,
    /// One row per article.
    Articles,
    /// One row per heading.
    Sections,
    /// One row per fact (the default).
    Facts,
    /// One row per placeholder.
    Placeholders,
    /// One row per keyword of an article (with --keywords N).
    Keywords,
}

impl From<TableArg> for wenshu::output::table::Table {
    fn from(t: TableArg) -> Self {
        use wenshu::output::table::Table;
        match t {
            TableArg::Documents => Table::Documents,
            TableArg::Articles => Table::Articles,
            TableArg::Sections => Table::Sections,
            TableArg::Facts => Table::Facts,
            TableArg::Placeholders => Table::Placeholders,
            TableArg::Keywords => Table::Keywords,
        }
    }
}

/// Header row language of `csv`, `xlsx` and `parquet` tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HeaderLang {
    /// English column names (stable keys for scripts).
    En,
    /// Chinese column names.
    Zh,
}

/// `extract --xlsx-columns`: which columns the workbook holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum XlsxColumnsArg {
    /// The columns a spreadsheet reader uses (docs/tables.md lists what is left out).
    Lean,
    /// Every column of the csv tables.
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptTarget {
    Simplified,
    Traditional,
    Taiwan,
    Hongkong,
}

impl From<ScriptTarget> for Target {
    fn from(t: ScriptTarget) -> Target {
        match t {
            ScriptTarget::Simplified => Target::Simplified,
            ScriptTarget::Traditional => Target::Traditional,
            ScriptTarget::Taiwan => Target::Taiwan,
            ScriptTarget::Hongkong => Target::Hongkong,
        }
    }
}

/// Flags shared by the batch commands.
#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    /// Files and folders to read (folders are walked); `-` is standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Which files a folder walk picks (repeatable; default `*.txt` and `*.md`).
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// Decode every input with this encoding (`gb18030`, `big5`, `utf-16le`, …) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no summary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
    /// The size limit of one input file, in bytes (named, found in a folder, or
    /// named by a record's `path`); a bigger one is a failed input.
    #[arg(long, value_name = "BYTES", default_value_t = wenshu::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

#[derive(Debug, Clone, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Where to write: a folder (json, csv, parquet), a file whose extension names its
    /// format (`.json` for one input, `.jsonl`, `.csv` or `.parquet` for one table,
    /// `.xlsx`), a device, or `-` for standard output (jsonl, csv).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Output format (default: json with a folder, jsonl to standard output or a `.jsonl` file).
    #[arg(long, value_enum)]
    pub format: Option<ExtractFormat>,
    /// Add normalized copies in this script (offsets never change).
    #[arg(long, value_enum, value_name = "SCRIPT")]
    pub to: Option<ScriptTarget>,
    /// The region of every input (`cn`, `tw`, `hk`) instead of deciding it from the
    /// text; it sets the currency of a bare 元 and how short years are read.
    #[arg(long, value_enum, value_name = "REGION")]
    pub region: Option<RegionArg>,
    /// The date of documents that carry none (`YYYY-MM-DD`), or only their title's
    /// year when the two agree: dates without a year take their year from it.
    #[arg(long, value_name = "DATE")]
    pub reference_date: Option<String>,
    /// Include word tokens (text, part of speech, span).
    #[arg(long)]
    pub tokens: bool,
    /// Include the text every span points into (for .docx, .html and .ofd inputs,
    /// the text extracted from them); in tables (csv, xlsx, parquet), fill the
    /// articles' `text` column with each article's whole text (empty by default).
    #[arg(long)]
    pub text: bool,
    /// Extra jieba dictionary (`word [freq] [tag]` per line; repeatable).
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// What the PATHs hold: reports (`files`), or JSON records one per line (`jsonl`:
    /// `{"id": …, "text"|"base64"|"path": …}`, one output line per input line, in order).
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub input_format: InputFormat,
    /// Add the top N keywords of each article (TF-IDF, weights scaled 0–1).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keywords: usize,
    /// csv or parquet to one file (`-o FILE.csv`, `-o FILE.parquet`, `-o -`, a
    /// device): the table it holds (csv: facts by default; parquet: required).
    #[arg(long, value_enum, value_name = "TABLE")]
    pub table: Option<TableArg>,
    /// Column headers (and vocabulary values) of csv, xlsx and parquet tables.
    #[arg(long, value_enum, value_name = "LANG", default_value = "en")]
    pub headers: HeaderLang,
    /// xlsx: the columns a spreadsheet reader uses (`lean`, the default: no
    /// offsets, join keys or restated values), or every column of the csv (`all`).
    #[arg(long, value_enum, value_name = "SET", default_value = "lean")]
    pub xlsx_columns: XlsxColumnsArg,
    /// csv: no UTF-8 byte-order mark (Excel needs it; pandas, DuckDB and most tools do not).
    #[arg(long)]
    pub no_bom: bool,
    /// json or html with -o DIR: skip inputs whose content and settings match their existing output.
    #[arg(long)]
    pub incremental: bool,
    /// --input-format jsonl: the folder a record's `path` may name files in
    /// (relative paths start there; default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// html: the report's title (default: the paths read).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Target script.
    #[arg(long, value_enum, value_name = "SCRIPT")]
    pub to: ScriptTarget,
    /// Output folder (tree mirrored), or `-` for standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    /// With -o DIR: skip inputs whose content and settings match their existing output.
    #[arg(long)]
    pub incremental: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// The report folder: `index.html` and a page per document under `docs/`.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// The report's title (default: the paths read).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Add a copy of each text in this script, shown by a toggle on its page.
    #[arg(long, value_enum, value_name = "SCRIPT")]
    pub to: Option<ScriptTarget>,
    /// The region of every input (`cn`, `tw`, `hk`) instead of deciding it from the text.
    #[arg(long, value_enum, value_name = "REGION")]
    pub region: Option<RegionArg>,
    /// The date of documents that carry none (`YYYY-MM-DD`), or only their title's
    /// year when the two agree.
    #[arg(long, value_name = "DATE")]
    pub reference_date: Option<String>,
    /// Extra jieba dictionary (`word [freq] [tag]` per line; repeatable).
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// Render only the pages of inputs whose content or settings changed since the
    /// last report in DIR; the overview still counts every document.
    #[arg(long)]
    pub incremental: bool,
}

impl ReportArgs {
    /// The same run as `extract --format html -o DIR`.
    pub fn into_extract(self) -> ExtractArgs {
        ExtractArgs {
            batch: self.batch,
            output: Some(self.output),
            format: Some(ExtractFormat::Html),
            to: self.to,
            region: self.region,
            reference_date: self.reference_date,
            tokens: false,
            text: false,
            dicts: self.dicts,
            input_format: InputFormat::Files,
            keywords: 0,
            table: None,
            headers: HeaderLang::En,
            xlsx_columns: XlsxColumnsArg::Lean,
            no_bom: false,
            incremental: self.incremental,
            root: None,
            title: self.title,
        }
    }
}

/// `extract --input-format`: what the PATHs hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum InputFormat {
    /// Reports (folders are walked).
    #[default]
    Files,
    /// JSON Lines records, one per line: `{"id": …, "text"|"base64"|"path": …}`; one
    /// output line per input line.
    Jsonl,
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// The source line and a caret under each placeholder, like a compiler, and a summary.
    Human,
    /// One JSON document: a record per placeholder, the read errors and the summary.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// One HTML page (`-o check.html`): each placeholder marked in its line, for a CI artifact.
    Html,
}

impl CheckFormat {
    /// The library's format; `None` for html, which the output module renders.
    pub fn library(self) -> Option<wenshu::check::Format> {
        match self {
            CheckFormat::Human => Some(wenshu::check::Format::Human),
            CheckFormat::Json => Some(wenshu::check::Format::Json),
            CheckFormat::Github => Some(wenshu::check::Format::Github),
            CheckFormat::Sarif => Some(wenshu::check::Format::Sarif),
            CheckFormat::Html => None,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders are walked); `-` is standard input.
    /// With --changed-since the default is the current folder.
    #[arg(value_name = "PATH", required_unless_present = "changed_since")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// Write the output to this file instead of standard output (`-`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Which files a folder walk picks (repeatable; default `*.txt` and `*.md`).
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// Decode every input with this encoding (`gb18030`, `big5`, `utf-16le`, …) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
    /// The size limit of one input file, in bytes; a bigger one is a failed input.
    #[arg(long, value_name = "BYTES", default_value_t = wenshu::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Use this configuration file instead of looking for `wenshu.toml` (it must exist).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file (built-in defaults).
    #[arg(long)]
    pub no_config: bool,
    /// Fail (exit 1) on warning-level placeholders too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Say on standard error which configuration file is used (`wenshu.toml` is
    /// looked for in the current folder and above, up to the repository's root).
    #[arg(short, long)]
    pub verbose: bool,
    /// Check only files changed since this git ref (committed, staged, unstaged
    /// and untracked files).
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
}

/// `extract --region`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RegionArg {
    /// Mainland China: a bare 元 is CNY.
    Cn,
    /// Taiwan: a bare 元 is TWD; two- and three-digit years are ROC years.
    Tw,
    /// Hong Kong.
    Hk,
}

impl From<RegionArg> for wenshu::document::Region {
    fn from(r: RegionArg) -> Self {
        match r {
            RegionArg::Cn => wenshu::document::Region::Cn,
            RegionArg::Tw => wenshu::document::Region::Tw,
            RegionArg::Hk => wenshu::document::Region::Hk,
        }
    }
}
