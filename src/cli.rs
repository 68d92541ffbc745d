//! Command-line flags (clap derive: each flag defined once, with its help) and the
//! commands that turn them into a run. `main.rs` only parses and dispatches.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::decode;
use crate::error::{FileError, OutputError};
use crate::input::{self, Input, Selection};
use crate::normalize::{Normalizer, Target};
use crate::output::atomic::{write_atomic, StreamFile};
use crate::output::json::JsonDirSink;
use crate::output::jsonl::JsonlSink;
use crate::pipeline::{run_batch, Engine, Options};

/// Exit codes (SPEC): 0 success, 1 `check` found error-level placeholders,
/// 2 usage error or some input could not be read.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FOUND: u8 = 1;
pub const EXIT_TROUBLE: u8 = 2;
/// Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report it.
pub const EXIT_INTERRUPTED: u8 = 130;

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
    Check(crate::check::CheckArgs),
    /// Convert whole files between Traditional and Simplified Chinese (OpenCC), mirroring the tree.
    Convert(ConvertArgs),
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
}

/// Header row language of `csv` and `xlsx` tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HeaderLang {
    /// English column names (stable keys for scripts).
    En,
    /// Chinese column names.
    Zh,
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
}

#[derive(Debug, Clone, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Where to write: a folder (json), a file or `-` for standard output (jsonl).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Output format (default: json with a folder, jsonl to standard output or a `.jsonl` file).
    #[arg(long, value_enum)]
    pub format: Option<ExtractFormat>,
    /// Add normalized copies in this script (offsets never change).
    #[arg(long, value_enum, value_name = "SCRIPT")]
    pub to: Option<ScriptTarget>,
    /// Include word tokens (text, part of speech, span).
    #[arg(long)]
    pub tokens: bool,
    /// Extra jieba dictionary (`word [freq] [tag]` per line; repeatable).
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// What the PATHs hold: reports (`files`), or JSON records one per line (`jsonl`:
    /// `{"id": …, "text"|"base64"|"path": …}`, one output line per input line, in order).
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub input_format: crate::stream::InputFormat,
    /// Add the top N keywords of each article (TF-IDF, weights scaled 0–1).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keywords: usize,
    /// Column headers of csv and xlsx tables.
    #[arg(long, value_enum, value_name = "LANG", default_value = "en")]
    pub headers: HeaderLang,
    /// csv: no UTF-8 byte-order mark (Excel needs it; pandas, DuckDB and most tools do not).
    #[arg(long)]
    pub no_bom: bool,
    /// json with -o DIR: skip inputs whose content and settings match their existing output.
    #[arg(long)]
    pub incremental: bool,
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
}

fn build_pool(jobs: Option<usize>) -> Result<()> {
    if let Some(n) = jobs {
        if n == 0 {
            bail!("--jobs must be at least 1");
        }
        // The global pool can only be built once per process; a second call (tests
        // in one process) keeps the first.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    Ok(())
}

fn parse_encoding(label: &Option<String>) -> Result<Option<&'static encoding_rs::Encoding>> {
    match label {
        None => Ok(None),
        Some(l) => match decode::encoding_for_label(l) {
            Some(e) => Ok(Some(e)),
            None => bail!("unknown encoding '{l}': use a WHATWG label such as utf-8, gb18030, gbk, big5, utf-16le, utf-16be"),
        },
    }
}

/// A progress bar on a terminal only (never in pipes or CI).
pub fn progress_bar(total: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return None;
    }
    let pb = indicatif::ProgressBar::new(total as u64);
    pb.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(pb)
}

/// Report a per-file error on standard error: path and reason.
pub fn report(err: &FileError) {
    eprintln!("wenshu: {}: {}", err.display_path(), err.reason());
}

/// Whether an output error is a closed pipe (`| head`): end quietly.
pub fn is_broken_pipe(e: &OutputError) -> bool {
    e.is_broken_pipe()
}

/// Ctrl-C (SIGINT) and SIGTERM: the first asks running batches to stop after the
/// files in progress (every output written stays whole); a second one exits at
/// once. Installed once per process; a failure to install is not fatal.
pub fn install_interrupt_handler() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if crate::pipeline::stop_requested() {
                std::process::exit(EXIT_INTERRUPTED as i32);
            }
            crate::pipeline::request_stop();
            eprintln!("wenshu: interrupted: finishing the files in progress (Ctrl-C again to quit at once)");
        });
    });
}

/// Whether two paths name the same existing file (an output about to replace an input).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

struct Reporting<'a, S: crate::pipeline::Sink + ?Sized> {
    inner: &'a mut S,
}

impl<S: crate::pipeline::Sink + ?Sized> crate::pipeline::Sink for Reporting<'_, S> {
    fn document(&mut self, input: &Input, doc: crate::Document) -> Result<(), OutputError> {
        for w in &doc.warnings {
            eprintln!("wenshu: warning: {}: {}", doc.source.path, w.message);
        }
        self.inner.document(input, doc)
    }
    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        report(err);
        self.inner.error(err)
    }
    fn per_file(&self) -> bool {
        self.inner.per_file()
    }
}

pub fn run_extract(args: ExtractArgs) -> Result<u8> {
    install_interrupt_handler();
    build_pool(args.batch.jobs)?;
    let options = Options {
        encoding: parse_encoding(&args.batch.encoding)?,
        to: args.to.map(Target::from),
        tokens: args.tokens,
        keywords: args.keywords,
        dicts: args.dicts.clone(),
    };
    let selection = Selection::new(&args.batch.globs).context("invalid --glob pattern")?;
    let engine = Engine::new(options)?;
    if args.input_format == crate::stream::InputFormat::Jsonl {
        return crate::stream::run_extract(&engine, &args);
    }
    let inputs = input::collect(&args.batch.paths, &selection);
    let total = inputs.len();
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if let Some(out) = args.output.as_ref().filter(|_| !to_stdout) {
        // Inputs are never modified: refuse an output that is one of them.
        if let Some(f) = inputs.iter().find_map(|i| match i {
            Ok(Input::File(f)) if same_file(&f.path, out) => Some(f),
            _ => None,
        }) {
            bail!(
                "{}: the output is one of the inputs; choose another -o",
                f.path.display()
            );
        }
    }
    let jsonl_file = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e == "jsonl");
    let xlsx_file = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let format = args.format.unwrap_or(if to_stdout || jsonl_file {
        ExtractFormat::Jsonl
    } else if xlsx_file {
        ExtractFormat::Xlsx
    } else {
        ExtractFormat::Json
    });
    if args.incremental && format != ExtractFormat::Json {
        bail!("--incremental works with --format json and -o DIR (one file per input); tables and streams are rewritten whole");
    }
    let pb = progress_bar(total, args.batch.quiet || to_stdout);
    let mut tick = |n: usize| {
        if let Some(pb) = &pb {
            pb.inc(n as u64);
        }
    };
    let result = match format {
        ExtractFormat::Json => {
            let dir = match &args.output {
                Some(d) if !to_stdout => d.clone(),
                _ => bail!("--format json writes one file per input: give a folder with -o DIR (or use --format jsonl)"),
            };
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("{}: cannot create the output folder", dir.display()))?;
            let mut sink = JsonDirSink::new(dir.clone(), &inputs);
            if args.incremental {
                return run_incremental(&engine, &dir, inputs, &mut sink, &mut tick, &pb, &args);
            }
            let r = run_batch(
                &engine,
                inputs,
                &mut Reporting { inner: &mut sink },
                &mut tick,
            );
            r.and_then(|s| sink.finish().map(|_| s))
        }
        ExtractFormat::Csv | ExtractFormat::Xlsx => {
            let out = match &args.output {
                Some(o) if !to_stdout => o.clone(),
                _ if format == ExtractFormat::Csv => {
                    bail!("--format csv writes a folder of tables: give it with -o DIR")
                }
                _ => bail!("--format xlsx writes a workbook: give it with -o FILE.xlsx"),
            };
            let r = run_tables(&engine, format, &out, inputs, &mut tick, &args);
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            return r;
        }
        ExtractFormat::Jsonl => {
            if to_stdout {
                let stdout = std::io::stdout();
                let mut sink = JsonlSink::new(
                    std::io::BufWriter::with_capacity(256 * 1024, stdout.lock()),
                    "standard output",
                );
                let r = run_batch(
                    &engine,
                    inputs,
                    &mut Reporting { inner: &mut sink },
                    &mut tick,
                );
                r.and_then(|s| sink.flush().map(|_| s))
            } else {
                let path = args.output.clone().unwrap_or_default();
                // Streamed through a buffer into a temporary file renamed at the end
                // (or written in place for `/dev/null`): never held in memory.
                let file = StreamFile::create(&path)?;
                let mut sink = JsonlSink::new(file, path.display().to_string());
                let r = run_batch(
                    &engine,
                    inputs,
                    &mut Reporting { inner: &mut sink },
                    &mut tick,
                );
                // An interrupted run leaves the destination as it was: a partial
                // file would look like a whole batch (the temporary file is dropped).
                r.and_then(|s| {
                    let file = sink.into_inner();
                    if s.interrupted {
                        Ok(s)
                    } else {
                        file.commit().map(|_| s)
                    }
                })
            }
        }
    };
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    match result {
        Ok(stats) if stats.interrupted => {
            eprintln!(
                "wenshu: interrupted: {} document(s) written, {} input(s) failed, {} not processed{}",
                stats.documents,
                stats.errors,
                stats.skipped,
                if format == ExtractFormat::Jsonl && !to_stdout {
                    " (the output file was not written)"
                } else {
                    ""
                }
            );
            Ok(EXIT_INTERRUPTED)
        }
        Ok(stats) => {
            if !args.batch.quiet && !to_stdout {
                eprintln!(
                    "wenshu: {} document(s) written, {} input(s) failed",
                    stats.documents, stats.errors
                );
            }
            Ok(if stats.errors > 0 {
                EXIT_TROUBLE
            } else {
                EXIT_OK
            })
        }
        Err(e) if is_broken_pipe(&e) => Ok(EXIT_OK),
        Err(e) => Err(e.into()),
    }
}

/// `--format csv|xlsx`: stream every document into the tables, report what was written.
fn run_tables(
    engine: &Engine,
    format: ExtractFormat,
    out: &std::path::Path,
    inputs: Vec<Result<Input, FileError>>,
    tick: &mut dyn FnMut(usize),
    args: &ExtractArgs,
) -> Result<u8> {
    use crate::output::{csv, table::Headers, xlsx};
    let headers = match args.headers {
        HeaderLang::En => Headers::En,
        HeaderLang::Zh => Headers::Zh,
    };
    let keywords = args.keywords > 0;
    let quiet = args.batch.quiet;
    let outcome = if format == ExtractFormat::Csv {
        let mut sink = csv::CsvSink::create(
            out,
            csv::CsvOptions {
                headers,
                bom: !args.no_bom,
                keywords,
            },
        )?;
        let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick)?;
        let counts = sink.finish()?;
        if !quiet {
            let tables: Vec<String> = counts
                .iter()
                .map(|(t, _, n)| format!("{} {n}", t.name()))
                .collect();
            eprintln!(
                "wenshu: {}: rows written: {}",
                out.display(),
                tables.join(", ")
            );
        }
        stats
    } else {
        let mut sink = xlsx::XlsxSink::create(
            out,
            xlsx::XlsxOptions {
                headers,
                keywords,
                ..Default::default()
            },
        )?;
        let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick)?;
        let report = sink.finish()?;
        // Said even with --quiet: the workbook differs from the data.
        const SHOWN: usize = 5;
        for t in report.truncations.iter().take(SHOWN) {
            eprintln!(
                "wenshu: warning: {}: {} ({}, column {}): {} characters cut to Excel's 32,767 (the CSV and JSON outputs keep the whole text)",
                out.display(),
                t.cell,
                t.path,
                t.column,
                t.chars
            );
        }
        if report.truncations.len() > SHOWN {
            eprintln!(
                "wenshu: warning: {}: {} more cell(s) cut to Excel's 32,767 characters; each ends with \"{}\"",
                out.display(),
                report.truncations.len() - SHOWN,
                xlsx::TRUNCATION_MARKER
            );
        }
        if !quiet {
            let sheets: Vec<String> = report
                .sheets
                .iter()
                .map(|(n, r)| format!("{n} {r}"))
                .collect();
            eprintln!(
                "wenshu: {}: rows written: {}",
                out.display(),
                sheets.join(", ")
            );
        }
        stats
    };
    if !quiet {
        eprintln!(
            "wenshu: {} document(s) written, {} input(s) failed",
            outcome.documents, outcome.errors
        );
    }
    Ok(if outcome.errors > 0 {
        EXIT_TROUBLE
    } else {
        EXIT_OK
    })
}

/// `--format json -o DIR --incremental`: process only inputs that changed.
fn run_incremental(
    engine: &Engine,
    dir: &std::path::Path,
    inputs: Vec<Result<Input, FileError>>,
    sink: &mut JsonDirSink,
    tick: &mut dyn FnMut(usize),
    pb: &Option<indicatif::ProgressBar>,
    args: &ExtractArgs,
) -> Result<u8> {
    use crate::output::incremental::Incremental;
    let mut inc = Incremental::open(dir, &engine.options, &inputs);
    let pending = inc.pending(inputs);
    tick(inc.counts.skipped);
    let result = run_batch(
        engine,
        pending,
        &mut Reporting {
            inner: &mut inc.recording(sink),
        },
        tick,
    );
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    // Whatever was written before a failure is recorded.
    let saved = inc.save();
    let result = result.and_then(|s| sink.finish().map(|_| s));
    result?;
    saved?;
    let c = inc.counts;
    if !args.batch.quiet {
        eprintln!(
            "wenshu: incremental: {} written, {} skipped (unchanged), {} failed",
            c.written, c.skipped, c.failed
        );
    }
    Ok(if c.failed > 0 { EXIT_TROUBLE } else { EXIT_OK })
}

pub fn run_convert(args: ConvertArgs) -> Result<u8> {
    build_pool(args.batch.jobs)?;
    let encoding = parse_encoding(&args.batch.encoding)?;
    let selection = Selection::new(&args.batch.globs).context("invalid --glob pattern")?;
    let normalizer = Normalizer::new();
    let target = Target::from(args.to);
    let inputs = input::collect(&args.batch.paths, &selection);
    let to_stdout = args.output.as_os_str() == "-";
    let files = input::files_of(&inputs);
    let names: std::collections::HashMap<PathBuf, PathBuf> = files
        .iter()
        .map(|f| {
            let ext = f
                .rel
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_else(|| "txt".into());
            (f.path.clone(), f.rel.with_extension(ext))
        })
        .collect();
    install_interrupt_handler();
    use rayon::prelude::*;
    let results: Vec<Result<(Option<PathBuf>, String), FileError>> = inputs
        .par_iter()
        .map(|item| {
            if crate::pipeline::stop_requested() {
                // Not started (Ctrl-C): the loop below stops before this result.
                return Err(FileError::Walk {
                    path: PathBuf::new(),
                    message: String::new(),
                });
            }
            let input = match item {
                Ok(i) => i,
                Err(e) => {
                    return Err(FileError::Walk {
                        path: e.path().to_path_buf(),
                        message: e.reason(),
                    })
                }
            };
            let bytes = input.read()?;
            let decoded = decode::decode(&bytes, encoding).map_err(|e| FileError::Decode {
                path: input.display().into(),
                source: e,
            })?;
            let out = normalizer.convert(&decoded.text, target);
            let dest = match input {
                Input::File(f) => Some(names[&f.path].clone()),
                Input::Stdin => None,
            };
            Ok((dest, out))
        })
        .collect();
    let mut failed = 0;
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for (done, (item, r)) in inputs.iter().zip(results).enumerate() {
        if crate::pipeline::stop_requested() {
            eprintln!(
                "wenshu: interrupted: {} input(s) not processed",
                inputs.len() - done
            );
            return Ok(EXIT_INTERRUPTED);
        }
        match r {
            Ok((dest, text)) => {
                if to_stdout {
                    if let Err(e) = stdout.write_all(text.as_bytes()) {
                        if e.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(EXIT_OK);
                        }
                        return Err(e).context("standard output");
                    }
                } else {
                    let dest = args.output.join(dest.unwrap_or_else(|| "stdin.txt".into()));
                    let source = match item {
                        Ok(Input::File(f)) => f.path.clone(),
                        _ => PathBuf::from("-"),
                    };
                    // Inputs are never modified; one unwritable file does not stop the rest.
                    let written = if same_file(&dest, &source) {
                        Err(OutputError::Other(format!(
                            "{}: would replace its own input; choose another -o",
                            dest.display()
                        )))
                    } else {
                        write_atomic(&dest, text.as_bytes())
                    };
                    if let Err(e) = written {
                        if e.is_fatal() {
                            return Err(e.into());
                        }
                        failed += 1;
                        report(&FileError::Output {
                            path: source,
                            message: e.to_string(),
                        });
                    }
                }
            }
            Err(e) => {
                failed += 1;
                report(&e);
            }
        }
    }
    if let Err(e) = stdout.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e).context("standard output");
        }
    }
    Ok(if failed > 0 { EXIT_TROUBLE } else { EXIT_OK })
}
