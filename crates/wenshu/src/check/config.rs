//! `wenshu.toml`: found in the working directory or the nearest folder above it
//! (never above the root of the git repository the working directory is in), or
//! named with `--config`. Every mistake in it — an unknown key, a wrong type, a
//! severity that is not `error`/`warning`/`off`, a regular expression or glob that
//! does not compile — stops the run (exit 2) with the file, line, column and what
//! is wrong. A configuration is never half-applied or silently ignored.
//!
//! ```toml
//! [check]
//! allow = ["____", "re:^某某$"]     # texts never reported: literal, or `re:` + regex
//! exclude = ["drafts/**"]           # globs (relative to this file's folder)
//! [check.severity]
//! name = "error"                    # error, warning or off, per kind
//! [[check.pattern]]                 # extra patterns
//! regex = "（請填寫[^）]*）"
//! kind = "bracket"                  # default: custom
//! severity = "warning"              # default: the kind's severity
//! message = "fill in the form field"
//! ```

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::document::PlaceholderKind;
use crate::placeholders::{CustomPattern, Level, PlaceholderConfig};

/// The file name looked for.
pub const FILE_NAME: &str = "wenshu.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    check: Option<CheckToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckToml {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    severity: Option<SeverityToml>,
    #[serde(default)]
    pattern: Vec<PatternToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeverityToml {
    blank: Option<Level>,
    masked_number: Option<Level>,
    bracket: Option<Level>,
    todo: Option<Level>,
    name: Option<Level>,
    custom: Option<Level>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternToml {
    regex: Spanned<String>,
    kind: Option<PlaceholderKind>,
    severity: Option<Level>,
    message: Option<String>,
}

/// A problem with the configuration file: where and what.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: configuration file not found (--config)", path.display())]
    NotFound { path: PathBuf },
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

/// The validated configuration of a run.
#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    /// The file it came from (`None`: defaults).
    pub path: Option<PathBuf>,
    /// The folder `exclude` globs are relative to.
    pub root: PathBuf,
    pub placeholders: PlaceholderConfig,
    pub exclude: Vec<String>,
    exclude_set: GlobSet,
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

fn invalid(path: &Path, text: &str, span: Option<Range<usize>>, message: String) -> ConfigError {
    let (line, column) = span.map_or((1, 1), |s| line_col(text, s.start));
    ConfigError::Invalid {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

/// The nearest `wenshu.toml` in `dir` or a folder above it, within the
/// repository `dir` is in: the walk up stops at the first folder holding `.git`
/// (a folder, or a file as in a worktree or submodule), after looking in it. A
/// `wenshu.toml` above a repository's root belongs to something else (a home
/// folder, a shared build machine) and never changes what the repository's
/// checks report.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    for d in dir.ancestors() {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if is_repository_root(d) {
            return None;
        }
    }
    None
}

/// Whether a folder holds `.git` (a folder, or a file: worktrees and submodules).
fn is_repository_root(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(".git")).is_ok()
}

/// The root of the git repository `dir` is in: the nearest folder at or above it
/// that holds `.git`. Where [`discover`] stops.
pub fn repository_root(dir: &Path) -> Option<&Path> {
    dir.ancestors().find(|d| is_repository_root(d))
}

/// Lexically clean a path: drop `.`, resolve `..` where possible.
pub fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

impl CheckConfig {
    /// The defaults, with no file.
    pub fn defaults(cwd: &Path) -> Self {
        CheckConfig {
            root: cwd.to_path_buf(),
            ..Default::default()
        }
    }

    /// Which configuration a run uses: `--no-config` → defaults; `--config FILE`
    /// → that file (which must exist); otherwise the nearest `wenshu.toml`.
    pub fn resolve(
        explicit: Option<&Path>,
        no_config: bool,
        cwd: &Path,
    ) -> Result<Self, ConfigError> {
        if no_config {
            return Ok(Self::defaults(cwd));
        }
        match explicit {
            Some(p) => {
                if !p.is_file() {
                    return Err(ConfigError::NotFound {
                        path: p.to_path_buf(),
                    });
                }
                Self::load(p, cwd)
            }
            None => match discover(cwd) {
                Some(p) => Self::load(&p, cwd),
                None => Ok(Self::defaults(cwd)),
            },
        }
    }

    /// Read and validate a configuration file.
    pub fn load(path: &Path, cwd: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.to_path_buf(),
            source: e,
        })?;
        let root = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| cwd.to_path_buf(), |p| clean(&cwd.join(p)));
        Self::parse(&text, path, root)
    }

    /// Validate a configuration text (`path` is for messages, `root` anchors `exclude`).
    pub fn parse(text: &str, path: &Path, root: PathBuf) -> Result<Self, ConfigError> {
        let file: FileToml = toml::from_str(text)
            .map_err(|e| invalid(path, text, e.span(), e.message().trim().to_string()))?;
        let mut cfg = CheckConfig {
            path: Some(path.to_path_buf()),
            root,
            ..Default::default()
        };
        let Some(check) = file.check else {
            return Ok(cfg);
        };
        for a in &check.allow {
            if a.get_ref().is_empty() {
                return Err(invalid(
                    path,
                    text,
                    Some(a.span()),
                    "allow: an empty text would never match; remove it".into(),
                ));
            }
            if let Some(re) = a.get_ref().strip_prefix("re:") {
                regex::Regex::new(re).map_err(|e| {
                    invalid(
                        path,
                        text,
                        Some(a.span()),
                        format!("allow: invalid regular expression: {e}"),
                    )
                })?;
            }
            cfg.placeholders.allow.push(a.get_ref().clone());
        }
        let mut globs = GlobSetBuilder::new();
        for g in &check.exclude {
            let glob = Glob::new(g.get_ref()).map_err(|e| {
                invalid(
                    path,
                    text,
                    Some(g.span()),
                    format!("exclude: invalid glob: {e}"),
                )
            })?;
            globs.add(glob);
            cfg.exclude.push(g.get_ref().clone());
        }
        cfg.exclude_set = globs
            .build()
            .map_err(|e| invalid(path, text, None, format!("exclude: {e}")))?;
        if let Some(s) = check.severity {
            let pairs = [
                (PlaceholderKind::Blank, s.blank),
                (PlaceholderKind::MaskedNumber, s.masked_number),
                (PlaceholderKind::Bracket, s.bracket),
                (PlaceholderKind::Todo, s.todo),
                (PlaceholderKind::Name, s.name),
                (PlaceholderKind::Custom, s.custom),
            ];
            for (k, l) in pairs {
                if let Some(l) = l {
                    cfg.placeholders.severity.insert(k, l);
                }
            }
        }
        for p in check.pattern {
            let re = p.regex.get_ref();
            let compiled = regex::Regex::new(re).map_err(|e| {
                invalid(
                    path,
                    text,
                    Some(p.regex.span()),
                    format!("pattern.regex: invalid regular expression: {e}"),
                )
            })?;
            if compiled.is_match("") {
                return Err(invalid(
                    path,
                    text,
                    Some(p.regex.span()),
                    "pattern.regex: matches the empty text; it must match at least one character"
                        .into(),
                ));
            }
            cfg.placeholders.patterns.push(CustomPattern {
                regex: re.clone(),
                kind: p.kind,
                severity: p.severity,
                message: p.message,
            });
        }
        Ok(cfg)
    }

    /// Whether `exclude` drops a path (given as on the command line, relative to `cwd`).
    pub fn is_excluded(&self, path: &Path, cwd: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        let given = clean(path);
        if self.exclude_set.is_match(&given) {
            return true;
        }
        let abs = clean(&cwd.join(path));
        abs.strip_prefix(&self.root)
            .is_ok_and(|rel| self.exclude_set.is_match(rel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<CheckConfig, ConfigError> {
        CheckConfig::parse(s, Path::new("wenshu.toml"), PathBuf::from("/repo"))
    }

    #[test]
    fn spec_example_parses() {
        let c = parse(
            "[check]\nallow = [\"____\", \"某某\"]\nexclude = [\"drafts/**\"]\n[check.severity]\nname = \"error\"\n",
        )
        .unwrap();
        assert_eq!(c.placeholders.allow, ["____", "某某"]);
        assert_eq!(
            c.placeholders.severity[&PlaceholderKind::Name],
            Level::Error
        );
        assert!(c.is_excluded(Path::new("drafts/a.txt"), Path::new("/repo")));
        assert!(c.is_excluded(Path::new("../drafts/x/b.txt"), Path::new("/repo/sub")));
        assert!(!c.is_excluded(Path::new("reports/a.txt"), Path::new("/repo")));
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let e = parse("[check]\nallow = []\nalow = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("wenshu.toml:3:1: "), "{e}");
        assert!(e.contains("unknown field `alow`"), "{e}");
    }

    #[test]
    fn bad_severity_names_line() {
        let e = parse("[check.severity]\nname = \"fatal\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("wenshu.toml:2:"), "{e}");
        assert!(e.contains("fatal"), "{e}");
        let e = parse("[check.severity]\nnaem = \"error\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field `naem`"), "{e}");
    }

    #[test]
    fn bad_regex_and_glob_name_line() {
        let e = parse("[check]\nallow = [\n  \"ok\",\n  \"re:(\",\n]\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("wenshu.toml:4:3: allow: invalid regular expression"),
            "{e}"
        );
        let e = parse("[check]\nexclude = [\"a/{b\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("wenshu.toml:2:"), "{e}");
        let e = parse("[[check.pattern]]\nregex = \"x*\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("empty text"), "{e}");
        let e = parse("[check]\nallow = \"____\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("wenshu.toml:2:"), "{e}");
    }

    #[test]
    fn patterns() {
        let c = parse("[[check.pattern]]\nregex = \"請填寫\"\nkind = \"bracket\"\nseverity = \"warning\"\nmessage = \"m\"\n").unwrap();
        assert_eq!(c.placeholders.patterns.len(), 1);
        assert_eq!(
            c.placeholders.patterns[0].kind,
            Some(PlaceholderKind::Bracket)
        );
        assert!(parse("[[check.pattern]]\nregex = \"x\"\nkind = \"nope\"\n").is_err());
        assert!(parse("[[check.pattern]]\nkind = \"blank\"\n").is_err());
    }
}
