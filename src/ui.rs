//! What the command shows and how it ends: exit codes, progress bars, messages
//! on standard error, the interrupt handler, and flag values shared by commands.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Result};
use wenshu::decode;
use wenshu::error::{FileError, OutputError};

/// Exit codes: 0 success, 1 `check` found error-level placeholders (computed
/// by the library's check report), 2 usage error or some input could not be read.
pub const EXIT_OK: u8 = 0;
/// See [`EXIT_OK`].
pub const EXIT_TROUBLE: u8 = 2;
/// Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report it.
pub const EXIT_INTERRUPTED: u8 = 130;

pub(crate) fn build_pool(jobs: Option<usize>) -> Result<()> {
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

pub(crate) fn parse_encoding(
    label: &Option<String>,
) -> Result<Option<&'static encoding_rs::Encoding>> {
    match label {
        None => Ok(None),
        Some(l) => match decode::encoding_for_label(l) {
            Some(e) => Ok(Some(e)),
            None => bail!("unknown encoding '{l}': use a WHATWG label such as utf-8, gb18030, gbk, big5, utf-16le, utf-16be"),
        },
    }
}

/// A progress bar on a terminal only (never in pipes or CI).
pub(crate) fn progress_bar(total: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
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

/// Tell the person running the command something on standard error: one line.
/// Every message goes through here, never through `eprintln!`:
///
/// - it never fails and never panics: a closed or full standard error loses the
///   message, not the run (outputs are still written, the exit code is the same);
/// - it is made safe to show ([`wenshu::visible::escape`]): a path or a text
///   quoted in it cannot move the cursor, rewrite the line, reorder what is
///   shown or start a line of its own (a CI log reads `::` commands from stderr).
pub(crate) fn say(message: std::fmt::Arguments) {
    let line = message.to_string();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", wenshu::visible::escape(&line));
}

/// The last word of an interrupted run, the same in every command and mode (exit
/// 130 follows): what was written, what failed, what was never processed, and
/// what became of the output (`note`).
pub(crate) fn say_interrupted(
    written: usize,
    unit: &str,
    failed: usize,
    not_processed: usize,
    note: &str,
) {
    say(format_args!(
        "wenshu: interrupted: {written} {unit} written, {failed} input(s) failed, {not_processed} not processed{note}"
    ));
}

/// Report a per-file error on standard error: path and reason.
pub(crate) fn report(err: &FileError) {
    say(format_args!(
        "wenshu: {}: {}",
        err.display_path(),
        err.reason()
    ));
}

/// Whether an output error is a closed pipe (`| head`): end quietly.
pub(crate) fn is_broken_pipe(e: &OutputError) -> bool {
    e.is_broken_pipe()
}

/// Ctrl-C (SIGINT) and SIGTERM: the first asks running batches to stop after the
/// files in progress (every output written stays whole); a second one exits at
/// once. Installed once per process; a failure to install is not fatal.
pub(crate) fn install_interrupt_handler() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if wenshu::pipeline::stop_requested() {
                std::process::exit(EXIT_INTERRUPTED as i32);
            }
            wenshu::pipeline::request_stop();
            say(format_args!("wenshu: interrupted: finishing the files in progress (Ctrl-C again to quit at once)"));
        });
    });
}

/// Whether two paths name the same existing file (an output about to replace an input).
pub(crate) fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
