//! `wenshu check`: flags and `wenshu.toml` → a [`Report`] → a format → the exit
//! code, which comes from the report alone (the same in every format).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use wenshu::check::{check_inputs, format, CheckConfig, Checker, Format, Report};
use wenshu::decode;
use wenshu::document::PlaceholderKind;
use wenshu::error::FileError;
use wenshu::input::{self, Input, Selection};

use crate::args::CheckArgs;
use crate::changed;
use crate::ui::say;

/// The inputs of a run, after `exclude` and `--changed-since`; returns them and
/// how many `exclude` dropped.
fn select_inputs(
    args: &CheckArgs,
    config: &CheckConfig,
    cwd: &Path,
) -> Result<(Vec<Result<Input, FileError>>, usize)> {
    let selection = Selection::new(&args.globs)
        .context("invalid --glob pattern")?
        .with_max_bytes(args.max_bytes);
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
    let (inputs, skipped) = input::collect_counting(&paths, &selection);
    if !args.quiet {
        if let Some(s) = skipped.summary() {
            say(format_args!("wenshu check: {s}"));
        }
    }
    let inputs = inputs
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
            // What `exclude` matches is silent, broken links and other unreadable
            // entries included.
            Err(e) if config.is_excluded(e.path(), cwd) => {
                excluded += 1;
                false
            }
            _ => true,
        })
        .collect();
    Ok((inputs, excluded))
}

fn write_output(dest: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match dest {
        Some(p) if p.as_os_str() != "-" => {
            wenshu::output::atomic::write_atomic(p, bytes)?;
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

/// Run the check; returns the exit code (0 clean, 1 error-level placeholders, 2 trouble).
pub(crate) fn run(args: CheckArgs) -> Result<u8> {
    crate::ui::install_interrupt_handler();
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let config = CheckConfig::resolve(args.config.as_deref(), args.no_config, &cwd)?;
    if args.verbose {
        match &config.path {
            Some(p) => say(format_args!("wenshu: configuration: {}", p.display())),
            None if args.no_config => say(format_args!(
                "wenshu: configuration: none (--no-config: built-in defaults)"
            )),
            None => say(format_args!(
                "wenshu: configuration: none (no wenshu.toml in {} or above it{}: built-in defaults)",
                cwd.display(),
                match wenshu::check::repository_root(&cwd) {
                    Some(r) => format!(" up to the repository root {}", r.display()),
                    None => String::new(),
                }
            )),
        }
    }
    let mut checker = Checker::new(&config)?;
    if let Some(label) = &args.encoding {
        match decode::encoding_for_label(label) {
            Some(e) => checker.encoding = Some(e),
            None => bail!("unknown encoding '{label}': use a WHATWG label such as utf-8, gb18030, gbk, big5, utf-16le, utf-16be"),
        }
    }
    let (inputs, excluded) = select_inputs(&args, &config, &cwd)?;
    if let Some(out) = args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        // Inputs are never modified: the report must not replace one of them.
        if let Some(f) = wenshu::input::files_of(&inputs)
            .into_iter()
            .find(|f| crate::ui::same_file(&f.path, out))
        {
            bail!(
                "{}: the output is one of the inputs; choose another -o (inputs are never modified)",
                f.path.display()
            );
        }
    }
    let pb = crate::ui::progress_bar(inputs.len(), args.quiet);
    let tick = || {
        if let Some(pb) = &pb {
            pb.inc(1);
        }
    };
    let entries = match args.jobs {
        Some(0) => bail!("--jobs must be at least 1"),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .context("cannot start worker threads")?
            .install(|| check_inputs(&checker, &inputs, &tick)),
        None => check_inputs(&checker, &inputs, &tick),
    };
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    if entries.len() < inputs.len() {
        // Stopped by Ctrl-C or SIGTERM: a report of part of the files would pass
        // what was never checked, so none is written.
        let failed = entries
            .iter()
            .filter(|e| matches!(e, wenshu::check::Entry::Error(_)))
            .count();
        crate::ui::say_interrupted(
            0,
            "report(s)",
            failed,
            inputs.len() - entries.len(),
            &format!(" ({} file(s) checked; no report written)", entries.len()),
        );
        return Ok(crate::ui::EXIT_INTERRUPTED);
    }
    let format = args.format.library();
    let report = Report {
        entries,
        excluded,
        deny_warnings: args.deny_warnings,
        levels: PlaceholderKind::ALL
            .iter()
            .map(|&k| (k, checker.detector.severity(k)))
            .collect(),
        config: config.path.as_ref().map(|p| p.display().to_string()),
    };
    for f in report.files() {
        for (line, problem) in &f.directive_problems {
            say(format_args!(
                "wenshu: warning: {}:{line}: {problem}",
                f.path
            ));
        }
    }
    // Read errors on standard error too, whatever the format.
    for e in report.errors() {
        say(format_args!("wenshu: {}: {}", e.path, e.message));
    }
    let bytes = match format {
        Some(f) => format::render(f, &report, args.quiet),
        None => wenshu::output::html::check::render(&report),
    };
    write_output(args.output.as_deref(), &bytes)?;
    if format == Some(Format::Github) {
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
    if matches!(format, Some(Format::Json | Format::Sarif) | None) && !args.quiet {
        say(format_args!("wenshu check: {}", summary.line()));
    }
    Ok(summary.exit_code)
}
