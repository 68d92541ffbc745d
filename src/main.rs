//! The `wenshu` binary: parse flags, call the library, map its results to
//! messages, progress bars and exit codes. The library (`crates/wenshu`) never
//! sees a flag, a terminal or a signal.

// Messages go through `ui::say` (never fails, escapes what it shows).
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod changed;
mod check;
mod convert;
mod extract;
mod filter;
mod report;
mod ui;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use ui::say;

fn main() -> ExitCode {
    // A workbook write that fails inside rust_xlsxwriter panics there; the library
    // turns it into an error the run reports, so the panic itself is not shown.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !wenshu::output::xlsx::writing_workbook() {
            default_hook(info);
        }
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Usage errors (exit 2), --help and --version (exit 0), printed by
            // clap; a closed or full stream is not a panic.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(ui::EXIT_TROUBLE));
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run_extract(args),
        Command::Check(args) => check::run(args),
        Command::Convert(args) => convert::run_convert(args),
        Command::Report(args) => extract::run_extract(args.into_extract()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            say(format_args!("wenshu: error: {}", message(&e)));
            ExitCode::from(ui::EXIT_TROUBLE)
        }
    }
}

/// The error and its causes, joined as `what: why: why`. Library errors say their
/// cause in the message and do not expose it again as a source, so nothing repeats.
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        msg.push_str(": ");
        msg.push_str(&cause.to_string());
    }
    msg
}
