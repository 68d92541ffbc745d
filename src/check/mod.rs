//! `wenshu check`: the CI linter over placeholders.
//!
//! Flags → [`CheckConfig`] (merging `wenshu.toml`) → inputs walked in sorted order
//! (minus `exclude`, or only those changed since a git ref) → every file checked
//! in parallel (decode, offsets, structure, placeholder rules — no conversion, no
//! segmentation) → one [`Report`] in input order → a formatter. The exit code comes
//! from the report alone, so it is the same in every format: 0 clean, 1
//! error-level placeholders (or warnings with `--deny-warnings`), 2 usage or read
//! errors (the other files are still checked and reported).

pub mod changed;
pub mod config;
pub mod format;
pub mod report;
pub mod suppress;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::decode;
use crate::document::PlaceholderKind;
use crate::error::FileError;
use crate::input::{self, Input, Selection};
use crate::placeholders::Detector;
use crate::structure;
use crate::text::TextIndex;

pub use config::CheckConfig;
pub use format::Format;
pub use report::{Entry, FileReport, Finding, ReadError, Report, Summary};
use suppress::Suppressions;

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders are walked); `-` is standard input.
    /// With --changed-since the default is the current folder.
    #[arg(value_name = "PATH", required_unless_present = "changed_since")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
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
    /// Use this configuration file instead of looking for `wenshu.toml` (it must exist).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file (built-in defaults).
    #[arg(long)]
    pub no_config: bool,
    /// Fail (exit 1) on warning-level placeholders too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Check only files changed since this git ref (committed, staged, unstaged
    /// and untracked files).
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
}

/// Everything a run shares across threads.
pub struct Checker {
    pub detector: Detector,
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Checker {
    pub fn new(config: &CheckConfig) -> Result<Self> {
        Ok(Checker {
            detector: Detector::with_config(&config.placeholders)?,
            encoding: None,
        })
    }

    /// Check a decoded text.
    pub fn check_text(&self, path: &str, text: &str) -> FileReport {
        let matches = self.detector.matches(text);
        if matches.is_empty() {
            // Most files: nothing to locate, so no index and no structure.
            if text.contains(suppress::MARK) {
                report_problems(path, &Suppressions::parse(text));
            }
            return FileReport {
                path: path.to_string(),
                findings: Vec::new(),
                allowed: 0,
                bytes: text.len() as u64,
            };
        }
        let index = TextIndex::new(text);
        // Structure markers are script-neutral enough to read on the original.
        let structure = structure::analyze(text);
        let a = Analysis {
            text,
            simplified: text,
            index: &index,
            structure: &structure,
            tokens: &[],
            segmenter: None,
        };
        let det = self.detector.resolve(&a, matches);
        let suppressions = Suppressions::parse(text);
        report_problems(path, &suppressions);
        let findings = det
            .found
            .into_iter()
            .map(|f| {
                let p = f.placeholder;
                let (before, after) = excerpt(text, &index, p.line - 1, p.span, &p.text);
                let message = f.message.unwrap_or_else(|| report::message(&p));
                // Built-in placeholders stay on one line; a custom pattern may not.
                let (end_line, end_column) = if p.text.contains('\n') {
                    index.line_col(text, index.byte_of_char(text, p.span[1]))
                } else {
                    (p.line, p.column + p.text.chars().count())
                };
                Finding {
                    end_line,
                    end_column,
                    before,
                    after,
                    suppressed: suppressions.find(p.line, p.kind),
                    message,
                    placeholder: p,
                }
            })
            .collect();
        FileReport {
            path: path.to_string(),
            findings,
            allowed: det.allowed,
            bytes: text.len() as u64,
        }
    }

    /// Read, decode and check one input.
    pub fn check_input(&self, input: &Input) -> Result<FileReport, FileError> {
        let display = input.display();
        let bytes = input.read()?;
        let n = bytes.len() as u64;
        let text = match plain_utf8(bytes, self.encoding) {
            Ok(t) => t,
            Err(bytes) => {
                decode::decode(&bytes, self.encoding)
                    .map_err(|e| FileError::Decode {
                        path: display.clone().into(),
                        source: e,
                    })?
                    .text
            }
        };
        let mut r = self.check_text(&display, &text);
        r.bytes = n;
        Ok(r)
    }
}

fn report_problems(path: &str, s: &Suppressions) {
    for (line, problem) in &s.problems {
        eprintln!("wenshu: warning: {path}:{line}: {problem}");
    }
}

/// The parts of a placeholder's line shown beside it (at most
/// [`report::EXCERPT`] characters each side; control characters as spaces).
fn excerpt(
    text: &str,
    index: &TextIndex,
    line: usize,
    span: [usize; 2],
    t: &str,
) -> (String, String) {
    let range = index.line_range(text, line);
    let start = index
        .byte_of_char(text, span[0])
        .clamp(range.start, range.end);
    let end = (start + t.len()).min(range.end);
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let before = &text[range.start..start];
    let cut = before
        .char_indices()
        .rev()
        .nth(report::EXCERPT - 1)
        .map_or(0, |(i, _)| i);
    let mut b = String::new();
    if cut > 0 {
        b.push('…');
    }
    b.push_str(&clean(&before[cut..]));
    let after = &text[end..range.end];
    let cut = after
        .char_indices()
        .nth(report::EXCERPT)
        .map_or(after.len(), |(i, _)| i);
    let mut a = clean(&after[..cut]).trim_end().to_string();
    if cut < after.len() {
        a.push('…');
    }
    (b, a)
}

/// The common case without the detector: valid UTF-8 with no byte-order mark, no
/// NUL and few control bytes is UTF-8 (no conversion, no copy). Anything else
/// goes through [`decode::decode`] (BOMs, UTF-16, GB18030, Big5, binary files).
/// This also keeps plain ASCII text from being sniffed as BOM-less UTF-16.
fn plain_utf8(
    bytes: Vec<u8>,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<String, Vec<u8>> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF");
    if forced.is_some() || bom || bytes.is_empty() || bytes.contains(&0) {
        return Err(bytes);
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if controls * 100 > sample.len() * 2 {
        return Err(bytes);
    }
    String::from_utf8(bytes).map_err(|e| e.into_bytes())
}

fn read_error(e: &FileError) -> ReadError {
    ReadError {
        path: e.path().display().to_string(),
        code: e.code().to_string(),
        message: e.reason(),
    }
}

/// The inputs of a run, after `exclude` and `--changed-since`; returns them and
/// how many `exclude` dropped.
fn select_inputs(
    args: &CheckArgs,
    config: &CheckConfig,
    cwd: &Path,
) -> Result<(Vec<Result<Input, FileError>>, usize)> {
    let selection = Selection::new(&args.globs).context("invalid --glob pattern")?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let changed = match &args.changed_since {
        Some(rev) => Some(changed::changed_files(rev, cwd)?),
        None => None,
    };
    let mut excluded = 0;
    let inputs = input::collect(&paths, &selection)
        .into_iter()
        .filter(|i| match i {
            Ok(Input::File(f)) => {
                if config.is_excluded(&f.path, cwd) {
                    excluded += 1;
                    return false;
                }
                match &changed {
                    Some(set) => f.path.canonicalize().is_ok_and(|c| set.contains(&c)),
                    None => true,
                }
            }
            _ => true,
        })
        .collect();
    Ok((inputs, excluded))
}

/// Check inputs in parallel; the report keeps the input order.
pub fn check_inputs(
    checker: &Checker,
    inputs: &[Result<Input, FileError>],
    quiet: bool,
) -> Vec<Entry> {
    let pb = crate::cli::progress_bar(inputs.len(), quiet);
    let entries = inputs
        .par_iter()
        .map(|item| {
            let r = match item {
                Ok(input) => match checker.check_input(input) {
                    Ok(f) => Entry::File(f),
                    Err(e) => Entry::Error(read_error(&e)),
                },
                Err(e) => Entry::Error(read_error(e)),
            };
            if let Some(pb) = &pb {
                pb.inc(1);
            }
            r
        })
        .collect();
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    entries
}

fn write_output(dest: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match dest {
        Some(p) if p.as_os_str() != "-" => {
            crate::output::atomic::write_atomic(p, bytes)?;
        }
        _ => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(bytes).and_then(|_| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(e).context("standard output");
                }
            }
        }
    }
    Ok(())
}

/// Run the check; returns the exit code (SPEC: 0 clean, 1 error-level placeholders, 2 trouble).
pub fn run(args: CheckArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let config = CheckConfig::resolve(args.config.as_deref(), args.no_config, &cwd)?;
    let mut checker = Checker::new(&config)?;
    if let Some(label) = &args.encoding {
        match decode::encoding_for_label(label) {
            Some(e) => checker.encoding = Some(e),
            None => bail!("unknown encoding '{label}': use a WHATWG label such as utf-8, gb18030, gbk, big5, utf-16le, utf-16be"),
        }
    }
    let (inputs, excluded) = select_inputs(&args, &config, &cwd)?;
    let quiet = args.quiet;
    let entries = match args.jobs {
        Some(0) => bail!("--jobs must be at least 1"),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .context("cannot start worker threads")?
            .install(|| check_inputs(&checker, &inputs, quiet)),
        None => check_inputs(&checker, &inputs, quiet),
    };
    let report = Report {
        entries,
        excluded,
        deny_warnings: args.deny_warnings,
        levels: PlaceholderKind::ALL
            .iter()
            .map(|&k| (k, checker.detector.severity(k)))
            .collect(),
    };
    // Read errors on standard error too, whatever the format (SPEC).
    for e in report.errors() {
        eprintln!("wenshu: {}: {}", e.path, e.message);
    }
    let bytes = format::render(args.format, &report, args.quiet);
    write_output(args.output.as_deref(), &bytes)?;
    if args.format == Format::Github {
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let md = format::github::step_summary(&report);
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .with_context(|| {
                    format!(
                        "{}: cannot open $GITHUB_STEP_SUMMARY",
                        Path::new(&path).display()
                    )
                })?;
            f.write_all(md.as_bytes()).with_context(|| {
                format!(
                    "{}: cannot write $GITHUB_STEP_SUMMARY",
                    Path::new(&path).display()
                )
            })?;
        }
    }
    let summary = report.summary();
    if matches!(args.format, Format::Json | Format::Sarif) && !args.quiet {
        eprintln!("wenshu check: {}", summary.line());
    }
    Ok(summary.exit_code)
}
