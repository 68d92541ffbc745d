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
    eprintln!("wenshu: {}: {}", err.path().display(), err.reason());
}

/// Whether an output error is a closed pipe (`| head`): end quietly.
pub fn is_broken_pipe(e: &OutputError) -> bool {
    matches!(e, OutputError::Write { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
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
}

pub fn run_extract(args: ExtractArgs) -> Result<u8> {
    build_pool(args.batch.jobs)?;
    let options = Options {
        encoding: parse_encoding(&args.batch.encoding)?,
        to: args.to.map(Target::from),
        tokens: args.tokens,
        keywords: 0,
        dicts: args.dicts.clone(),
    };
    let selection = Selection::new(&args.batch.globs).context("invalid --glob pattern")?;
    let engine = Engine::new(options)?;
    let inputs = input::collect(&args.batch.paths, &selection);
    let total = inputs.len();
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    let jsonl_file = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e == "jsonl");
    let format = args.format.unwrap_or(if to_stdout || jsonl_file {
        ExtractFormat::Jsonl
    } else {
        ExtractFormat::Json
    });
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
            let mut sink = JsonDirSink::new(dir, &inputs);
            run_batch(
                &engine,
                inputs,
                &mut Reporting { inner: &mut sink },
                &mut tick,
            )
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
                r.and_then(|s| sink.into_inner().commit().map(|_| s))
            }
        }
    };
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    match result {
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

pub fn run_convert(args: ConvertArgs) -> Result<u8> {
    build_pool(args.batch.jobs)?;
    let encoding = parse_encoding(&args.batch.encoding)?;
    let selection = Selection::new(&args.batch.globs).context("invalid --glob pattern")?;
    let normalizer = Normalizer::new();
    let target = Target::from(args.to);
    let inputs = input::collect(&args.batch.paths, &selection);
    let to_stdout = args.output.as_os_str() == "-";
    let files: Vec<_> = inputs
        .iter()
        .filter_map(|i| match i {
            Ok(Input::File(f)) => Some(f),
            _ => None,
        })
        .collect();
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
    use rayon::prelude::*;
    let results: Vec<Result<(Option<PathBuf>, String), FileError>> = inputs
        .par_iter()
        .map(|item| {
            let input = match item {
                Ok(i) => i,
                Err(e) => {
                    return Err(FileError::Walk {
                        path: e.path().to_path_buf(),
                        message: e.reason(),
                    })
                }
            };
            let bytes = match input {
                Input::File(f) => std::fs::read(&f.path).map_err(|e| FileError::Read {
                    path: f.path.clone(),
                    source: e,
                })?,
                Input::Stdin => {
                    let mut b = Vec::new();
                    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b).map_err(
                        |e| FileError::Read {
                            path: "-".into(),
                            source: e,
                        },
                    )?;
                    b
                }
            };
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
    for r in results {
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
                    write_atomic(&dest, text.as_bytes())?;
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
