//! The `wenshu` binary: parse flags, call the library, return the exit code.

use std::process::ExitCode;

use clap::Parser;
use wenshu::cli::{Cli, Command, EXIT_TROUBLE};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => wenshu::cli::run_extract(args),
        Command::Check(args) => wenshu::check::run(args),
        Command::Convert(args) => wenshu::cli::run_convert(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("wenshu: error: {}", message(&e));
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

/// The error and its causes, each said once (a cause already quoted in the message
/// above it is not repeated).
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}
