//! `wenshu check`: the CI linter over placeholders. (Filled in by the placeholders issue.)

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files and folders to check; `-` is standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Run the check; returns the exit code (SPEC: 0 clean, 1 error-level placeholders, 2 trouble).
pub fn run(_args: CheckArgs) -> Result<u8> {
    anyhow::bail!("wenshu check is not implemented yet")
}
