//! `wenshu extract`: files to JSON documents, JSON Lines or tables.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use wenshu::error::{FileError, OutputError};
use wenshu::input::{self, Input, Selection};
use wenshu::normalize::Target;
use wenshu::output::atomic::StreamFile;
use wenshu::output::json::JsonDirSink;
use wenshu::output::jsonl::JsonlSink;
use wenshu::pipeline::{run_batch, Engine, Options};

use crate::args::{ExtractArgs, ExtractFormat, HeaderLang, InputFormat, XlsxColumnsArg};
use crate::ui::{
    build_pool, install_interrupt_handler, is_broken_pipe, parse_encoding, progress_bar, report,
    same_file, say, say_interrupted, EXIT_INTERRUPTED, EXIT_OK, EXIT_TROUBLE,
};

pub(crate) struct Reporting<'a, S: wenshu::pipeline::Sink + ?Sized> {
    pub(crate) inner: &'a mut S,
}

impl<S: wenshu::pipeline::Sink + ?Sized> wenshu::pipeline::Sink for Reporting<'_, S> {
    fn document(
        &mut self,
        input: &Input,
        doc: wenshu::Document,
        text: Option<&str>,
    ) -> Result<(), OutputError> {
        for w in &doc.warnings {
            say(format_args!(
                "wenshu: warning: {}: {}",
                doc.source.path, w.message
            ));
        }
        self.inner.document(input, doc, text)
    }
    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        report(err);
        self.inner.error(err)
    }
    fn per_file(&self) -> bool {
        self.inner.per_file()
    }
    fn wants_text(&self) -> bool {
        self.inner.wants_text()
    }
    fn prepare(&self) -> Option<wenshu::pipeline::Prepare> {
        self.inner.prepare()
    }
}

pub(crate) fn run_extract(args: ExtractArgs) -> Result<u8> {
    install_interrupt_handler();
    build_pool(args.batch.jobs)?;
    let options = Options {
        encoding: parse_encoding(&args.batch.encoding)?,
        to: args.to.map(Target::from),
        tokens: args.tokens,
        text: args.text,
        keywords: args.keywords,
        dicts: args.dicts.clone(),
        region: args.region.map(Into::into),
        reference_date: args
            .reference_date
            .as_deref()
            .map(check_reference_date)
            .transpose()?,
    };
    let selection = Selection::new(&args.batch.globs)
        .context("invalid --glob pattern")?
        .with_max_bytes(args.batch.max_bytes);
    if args.root.is_some() && args.input_format != InputFormat::Jsonl {
        bail!("--root confines the files that JSON Lines records name: it goes with --input-format jsonl");
    }
    let engine = Engine::new(options)?;
    if args.input_format == InputFormat::Jsonl {
        return crate::filter::run_extract(&engine, &args);
    }
    let (inputs, skipped) = input::collect_counting(&args.batch.paths, &selection);
    if let Some(s) = skipped.summary().filter(|_| !args.batch.quiet) {
        say(format_args!("wenshu: {s}"));
    }
    let total = inputs.len();
    let dest = destination(args.output.as_deref())?;
    let to_stdout = dest == Dest::Stdout;
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
    let format = match (&dest, args.format) {
        (Dest::File(p, named), Some(asked)) if *named != asked => bail!(
            "{}: the name ends in .{} but --format is {}; drop --format or change the name",
            p.display(),
            format_name(*named),
            format_name(asked)
        ),
        (Dest::File(_, named), _) => *named,
        (_, Some(asked)) => asked,
        (Dest::Stdout | Dest::Device(_), None) => ExtractFormat::Jsonl,
        (Dest::Folder(_) | Dest::Plain(_), None) => ExtractFormat::Json,
    };
    if args.table.is_some()
        && (!matches!(format, ExtractFormat::Csv | ExtractFormat::Parquet) || dest.is_folder())
    {
        bail!("--table picks the one table of a CSV or Parquet file (-o FILE.csv, -o FILE.parquet, or -o - for CSV on standard output); a folder gets every table");
    }
    if args.incremental && !matches!(format, ExtractFormat::Json | ExtractFormat::Html) {
        bail!("--incremental works with --format json or html and -o DIR (one file per input); tables and streams are rewritten whole");
    }
    let pb = progress_bar(total, args.batch.quiet || to_stdout);
    let mut tick = |n: usize| {
        if let Some(pb) = &pb {
            pb.inc(n as u64);
        }
    };
    let result = match format {
        ExtractFormat::Json if !dest.is_folder() => {
            if args.incremental {
                bail!("--incremental works with --format json and -o DIR (one file per input)");
            }
            if total != 1 {
                bail!(
                    "{}: a .json file holds one document and {total} inputs were given; write one file per input with -o DIR, or JSON Lines with -o FILE.jsonl",
                    dest.name()
                );
            }
            return run_json_file(&engine, &dest, inputs, &mut tick, &pb);
        }
        ExtractFormat::Json => {
            let dir = dest.path().to_path_buf();
            refuse_outputs_that_are_inputs(&dir, &inputs)?;
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
        ExtractFormat::Html => {
            let dir = match &dest {
                Dest::Folder(d) | Dest::Plain(d) => d.clone(),
                _ => bail!("--format html writes a report folder: give it with -o DIR"),
            };
            let r = crate::report::write_site(&engine, &dir, inputs, &mut tick, &args);
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            return r;
        }
        ExtractFormat::Csv | ExtractFormat::Xlsx | ExtractFormat::Parquet => {
            if format == ExtractFormat::Parquet {
                match &dest {
                    Dest::Stdout => bail!(
                        "--format parquet writes binary files, not a stream: give a folder (-o DIR, every table) or one file (-o FILE.parquet --table facts)"
                    ),
                    Dest::File(p, _) | Dest::Device(p) if args.table.is_none() => bail!(
                        "{}: a Parquet file holds one table: add --table facts (or documents, articles, sections, placeholders, keywords), or give a folder (-o DIR) for every table",
                        p.display()
                    ),
                    _ => {}
                }
            }
            if format == ExtractFormat::Xlsx {
                match &dest {
                    Dest::Stdout => {
                        bail!("--format xlsx writes a workbook: give it with -o FILE.xlsx")
                    }
                    Dest::Folder(d) => bail!(
                        "{}: is a folder; a workbook is one file: give -o FILE.xlsx",
                        d.display()
                    ),
                    _ => {}
                }
            }
            let r = run_tables(&engine, format, &dest, inputs, &mut tick, &args);
            if let Some(pb) = &pb {
                pb.finish_and_clear();
            }
            return r;
        }
        ExtractFormat::Jsonl => {
            if let Dest::Folder(d) = &dest {
                bail!("{}: is a folder; JSON Lines is one file: give -o FILE.jsonl (or -o - for standard output)", d.display());
            }
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
            say_interrupted(
                stats.documents,
                "document(s)",
                stats.errors,
                stats.skipped,
                if format == ExtractFormat::Jsonl && !to_stdout {
                    " (the output file was not written)"
                } else {
                    ""
                },
            );
            Ok(EXIT_INTERRUPTED)
        }
        Ok(stats) => {
            if !args.batch.quiet && !to_stdout {
                say(format_args!(
                    "wenshu: {} document(s) written, {} input(s) failed",
                    stats.documents, stats.errors
                ));
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

/// What `-o` names, decided from the path before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Dest {
    /// Standard output: no `-o`, or `-o -`.
    Stdout,
    /// A device or a pipe (`/dev/null`, a FIFO): written in place as a stream.
    Device(PathBuf),
    /// A file whose extension names its format (`doc.json`, `all.jsonl`,
    /// `facts.csv`, `reports.xlsx`, `facts.parquet`).
    File(PathBuf, ExtractFormat),
    /// A folder that exists.
    Folder(PathBuf),
    /// A path without an extension: a folder for the formats that write one
    /// (json, csv, parquet, html), a file for the others.
    Plain(PathBuf),
}

impl Dest {
    fn path(&self) -> &Path {
        match self {
            Dest::Stdout => Path::new("-"),
            Dest::Device(p) | Dest::File(p, _) | Dest::Folder(p) | Dest::Plain(p) => p,
        }
    }

    fn name(&self) -> String {
        match self {
            Dest::Stdout => "standard output".to_string(),
            other => other.path().display().to_string(),
        }
    }

    /// Whether a folder format (json, csv, parquet) writes a folder here.
    fn is_folder(&self) -> bool {
        matches!(self, Dest::Folder(_) | Dest::Plain(_))
    }
}

fn format_name(f: ExtractFormat) -> &'static str {
    match f {
        ExtractFormat::Json => "json",
        ExtractFormat::Jsonl => "jsonl",
        ExtractFormat::Csv => "csv",
        ExtractFormat::Xlsx => "xlsx",
        ExtractFormat::Parquet => "parquet",
        ExtractFormat::Html => "html",
    }
}

/// `-o` as the user wrote it: `-` is standard output, an existing folder is a
/// folder, a device is a stream, `.json`/`.jsonl`/`.csv`/`.xlsx`/`.parquet` name a
/// file of that format, a path without an extension is a folder (or the file of a
/// one-file format). Any other extension is refused rather than made a folder.
fn destination(output: Option<&Path>) -> Result<Dest> {
    let Some(p) = output.filter(|p| p.as_os_str() != "-") else {
        return Ok(Dest::Stdout);
    };
    if let Ok(m) = std::fs::metadata(p) {
        if m.is_dir() {
            return Ok(Dest::Folder(p.to_path_buf()));
        }
        if !m.is_file() {
            return Ok(Dest::Device(p.to_path_buf()));
        }
    }
    let written = p.as_os_str().to_string_lossy();
    if written.ends_with('/') || written.ends_with(std::path::MAIN_SEPARATOR) {
        return Ok(Dest::Plain(p.to_path_buf()));
    }
    let Some(ext) = p.extension() else {
        return Ok(Dest::Plain(p.to_path_buf()));
    };
    let format = match ext.to_string_lossy().to_ascii_lowercase().as_str() {
        "json" => ExtractFormat::Json,
        "jsonl" => ExtractFormat::Jsonl,
        "csv" => ExtractFormat::Csv,
        "xlsx" => ExtractFormat::Xlsx,
        "parquet" => ExtractFormat::Parquet,
        other => bail!(
            "{}: wenshu writes .json, .jsonl, .csv, .xlsx and .parquet files, not .{other}; for a folder, give a path without an extension (or create the folder first)",
            p.display()
        ),
    };
    Ok(Dest::File(p.to_path_buf(), format))
}

/// `-o FILE.json` (or a device, or standard output) for one input: its document,
/// pretty, as the folder of `--format json` would hold it.
fn run_json_file(
    engine: &Engine,
    dest: &Dest,
    inputs: Vec<Result<Input, FileError>>,
    tick: &mut dyn FnMut(usize),
    pb: &Option<indicatif::ProgressBar>,
) -> Result<u8> {
    use wenshu::output::json::JsonFileSink;
    let stats = if *dest == Dest::Stdout {
        let mut sink = JsonFileSink::new(
            std::io::BufWriter::new(std::io::stdout()),
            "standard output",
        );
        let r = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick);
        r.and_then(|s| sink.flush().map(|_| s))
    } else {
        let path = dest.path();
        let file = StreamFile::create(path)?;
        let mut sink = JsonFileSink::new(file, path.display().to_string());
        let r = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick);
        r.and_then(|s| {
            let written = sink.written();
            let file = sink.into_inner();
            // A failed or interrupted input leaves the destination as it was.
            if s.interrupted || !written {
                Ok(s)
            } else {
                file.commit().map(|_| s)
            }
        })
    };
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    let stats = match stats {
        Err(e) if is_broken_pipe(&e) => return Ok(EXIT_OK),
        other => other?,
    };
    if stats.interrupted {
        say_interrupted(
            stats.documents,
            "document(s)",
            stats.errors,
            stats.skipped,
            "",
        );
        return Ok(EXIT_INTERRUPTED);
    }
    Ok(if stats.errors > 0 {
        EXIT_TROUBLE
    } else {
        EXIT_OK
    })
}

/// `--format csv|xlsx|parquet`: stream every document into the tables, report what
/// was written.
fn run_tables(
    engine: &Engine,
    format: ExtractFormat,
    dest: &Dest,
    inputs: Vec<Result<Input, FileError>>,
    tick: &mut dyn FnMut(usize),
    args: &ExtractArgs,
) -> Result<u8> {
    use wenshu::output::{csv, parquet, table::Headers, table::Table, xlsx};
    let headers = match args.headers {
        HeaderLang::En => Headers::En,
        HeaderLang::Zh => Headers::Zh,
    };
    let keywords = args.keywords > 0;
    let quiet = args.batch.quiet || *dest == Dest::Stdout;
    let out = dest.path();
    let table = args.table.map_or(Table::Facts, Into::into);
    if table == Table::Keywords && !keywords && !dest.is_folder() {
        bail!("--table keywords needs --keywords N (the keywords of each article)");
    }
    let say_counts = |counts: &[(Table, std::path::PathBuf, u64)]| {
        if !quiet {
            let tables: Vec<String> = counts
                .iter()
                .map(|(t, _, n)| format!("{} {n}", t.name()))
                .collect();
            say(format_args!(
                "wenshu: {}: rows written: {}",
                out.display(),
                tables.join(", ")
            ));
        }
    };
    let outcome = if format == ExtractFormat::Csv {
        let options = csv::CsvOptions {
            headers,
            bom: !args.no_bom,
            keywords,
            text: args.text,
        };
        let mut sink = if dest.is_folder() {
            csv::CsvSink::create(out, options)?
        } else {
            let file = (*dest != Dest::Stdout).then_some(out);
            csv::CsvSink::create_file(file, table, options)?
        };
        let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick)?;
        if stats.interrupted {
            // Dropped, not finished: the temporary tables go, complete ones stay.
            drop(sink);
            return Ok(tables_interrupted(&stats, out));
        }
        say_counts(&sink.finish()?);
        stats
    } else if format == ExtractFormat::Parquet {
        let options = parquet::ParquetOptions {
            headers,
            keywords,
            text: args.text,
        };
        let mut sink = if dest.is_folder() {
            parquet::ParquetSink::create(out, options)?
        } else {
            parquet::ParquetSink::create_file(out, table, options)?
        };
        let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick)?;
        if stats.interrupted {
            drop(sink);
            return Ok(tables_interrupted(&stats, out));
        }
        say_counts(&sink.finish()?);
        stats
    } else {
        let mut sink = xlsx::XlsxSink::create(
            out,
            xlsx::XlsxOptions {
                columns: match args.xlsx_columns {
                    XlsxColumnsArg::Lean => xlsx::XlsxColumns::Lean,
                    XlsxColumnsArg::All => xlsx::XlsxColumns::All,
                },
                headers,
                keywords,
                text: args.text,
                ..Default::default()
            },
        )?;
        let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut sink }, tick)?;
        if stats.interrupted {
            drop(sink);
            return Ok(tables_interrupted(&stats, out));
        }
        let report = sink.finish()?;
        // Said even with --quiet: the workbook differs from the data.
        const SHOWN: usize = 5;
        for t in report.truncations.iter().take(SHOWN) {
            say(format_args!(
                "wenshu: warning: {}: {} ({}, column {}): {} characters cut to Excel's 32,767 (the CSV and JSON outputs keep the whole text)",
                out.display(),
                t.cell,
                t.path,
                t.column,
                t.chars
            ));
        }
        if report.truncations.len() > SHOWN {
            say(format_args!(
                "wenshu: warning: {}: {} more cell(s) cut to Excel's 32,767 characters; each ends with \"{}\"",
                out.display(),
                report.truncations.len() - SHOWN,
                xlsx::TRUNCATION_MARKER
            ));
        }
        if !quiet {
            let sheets: Vec<String> = report
                .sheets
                .iter()
                .map(|(n, r)| format!("{n} {r}"))
                .collect();
            say(format_args!(
                "wenshu: {}: rows written: {}",
                out.display(),
                sheets.join(", ")
            ));
        }
        stats
    };
    if !quiet {
        say(format_args!(
            "wenshu: {} document(s) written, {} input(s) failed",
            outcome.documents, outcome.errors
        ));
    }
    Ok(if outcome.errors > 0 {
        EXIT_TROUBLE
    } else {
        EXIT_OK
    })
}

/// An interrupted table run writes no table: partial tables would look like the
/// whole batch, so whatever `out` held before stays as it was.
fn tables_interrupted(stats: &wenshu::pipeline::BatchStats, out: &std::path::Path) -> u8 {
    say_interrupted(
        stats.documents,
        "document(s)",
        stats.errors,
        stats.skipped,
        &format!(
            " ({} was not written; what it held before is untouched)",
            out.display()
        ),
    );
    EXIT_INTERRUPTED
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
    use wenshu::output::incremental::Incremental;
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
    let stats = result?;
    saved?;
    let c = inc.counts;
    if stats.interrupted {
        say_interrupted(
            c.written,
            "document(s)",
            c.failed,
            stats.skipped,
            &format!(" ({} skipped, unchanged)", c.skipped),
        );
        return Ok(EXIT_INTERRUPTED);
    }
    if !args.batch.quiet {
        say(format_args!(
            "wenshu: incremental: {} written, {} skipped (unchanged), {} failed",
            c.written, c.skipped, c.failed
        ));
    }
    Ok(if c.failed > 0 { EXIT_TROUBLE } else { EXIT_OK })
}

/// `--reference-date`: an ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` that exists.
fn check_reference_date(s: &str) -> Result<String> {
    let ok = wenshu::pipeline::is_reference_date(s);
    if !ok {
        bail!("--reference-date {s}: expected a date YYYY-MM-DD (or YYYY-MM, YYYY), such as 2016-11-01");
    }
    Ok(s.to_string())
}

/// Inputs are never modified: with `-o DIR`, no planned output file may be one of
/// the inputs (`extract d --glob '*.json' -o d`). Checked before anything is written.
fn refuse_outputs_that_are_inputs(
    dir: &std::path::Path,
    inputs: &[Result<Input, FileError>],
) -> Result<()> {
    let files = input::files_of(inputs);
    let sources: std::collections::HashSet<std::path::PathBuf> = files
        .iter()
        .filter_map(|f| std::fs::canonicalize(&f.path).ok())
        .collect();
    let names = wenshu::input::OutputNames::new(
        inputs,
        Some("json"),
        &[
            wenshu::output::json::ERRORS_FILE,
            wenshu::output::incremental::MANIFEST,
        ],
    );
    for i in inputs.iter().flatten() {
        let out = dir.join(names.of(i));
        if let Ok(c) = std::fs::canonicalize(&out) {
            if sources.contains(&c) {
                bail!(
                    "{}: this output would replace an input; choose another -o (inputs are never modified)",
                    out.display()
                );
            }
        }
    }
    Ok(())
}
