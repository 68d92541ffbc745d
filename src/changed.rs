//! `--changed-since REF`: only files changed since a git ref — `git diff
//! --name-only REF` (committed, staged and unstaged changes) plus untracked files
//! that are not ignored. Deleted files are not checked.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .context("--changed-since needs git, which could not be run")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        bail!("git {}: {}", args.join(" "), err.trim());
    }
    Ok(out.stdout)
}

fn split_z(bytes: &[u8]) -> impl Iterator<Item = &str> {
    bytes
        .split(|&b| b == 0)
        .filter(|s| !s.is_empty())
        .filter_map(|s| std::str::from_utf8(s).ok())
}

/// Absolute paths of the files changed since `rev` (in the repository holding `cwd`).
pub(crate) fn changed_files(rev: &str, cwd: &Path) -> Result<HashSet<PathBuf>> {
    let top = match git(cwd, &["rev-parse", "--show-toplevel"]) {
        Ok(t) => t,
        Err(_) => bail!(
            "--changed-since: {} is not inside a git repository",
            cwd.display()
        ),
    };
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim());
    if rev.starts_with('-') {
        bail!("--changed-since: `{rev}` is not a git revision");
    }
    git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| anyhow::anyhow!("--changed-since: unknown git revision `{rev}`"))?;
    let diff = git(
        &top,
        &["diff", "--name-only", "-z", "--no-renames", rev, "--"],
    )?;
    let untracked = git(&top, &["ls-files", "--others", "--exclude-standard", "-z"])?;
    let mut set = HashSet::new();
    for rel in split_z(&diff).chain(split_z(&untracked)) {
        let p = top.join(rel);
        if let Ok(c) = p.canonicalize() {
            set.insert(c);
        }
    }
    Ok(set)
}
