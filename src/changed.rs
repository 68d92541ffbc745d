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

/// The names in git's `-z` output, as paths made from their exact bytes: a name
/// that is not UTF-8 is still a file to check (never dropped, never altered).
fn split_z(bytes: &[u8]) -> impl Iterator<Item = PathBuf> + '_ {
    bytes
        .split(|&b| b == 0)
        .filter(|s| !s.is_empty())
        .map(path_from_bytes)
}

#[cfg(unix)]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

/// Elsewhere git writes names in UTF-8 (core.quotePath aside, `-z` names are raw).
#[cfg(not(unix))]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
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
    let mut top = top;
    while top.last().is_some_and(|b| b.is_ascii_whitespace()) {
        top.pop();
    }
    let top = path_from_bytes(&top);
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
