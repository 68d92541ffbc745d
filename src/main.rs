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
            eprintln!("wenshu: error: {e:#}");
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}
