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
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::document::PlaceholderKind;
use crate::placeholders::{CustomPattern, Level, PlaceholderConfig};

/// The file name looked for.
pub(crate) const FILE_NAME: &str = "wenshu.toml";

// The file as written. These types are the parser and, through their doc
// comments, the committed `schema/wenshu-toml.schema.json` (see `json_schema`).

/// Configuration of `wenshu check`, found in the working directory or the nearest
/// folder above it (or given with --config). Unknown keys are errors.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "wenshu.toml")]
struct FileToml {
    /// The `[check]` table.
    check: Option<CheckToml>,
}

/// Settings of `wenshu check` (and of placeholder detection).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct CheckToml {
    /// Placeholder texts never reported: a literal text (`____`), or `re:` followed
    /// by a regular expression (Rust regex syntax) searched in the placeholder's
    /// text (`re:^_+$`). Allowed matches are counted as `allowed`.
    #[serde(default)]
    #[schemars(with = "Vec<String>", inner(length(min = 1)))]
    allow: Vec<Spanned<String>>,
    /// Globs of paths not checked, relative to the folder of this file
    /// (`drafts/**`, `**/*.draft.txt`). A path as given on the command line is
    /// matched too.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    exclude: Vec<Spanned<String>>,
    /// The `[check.severity]` table.
    #[serde(default)]
    severity: Option<SeverityToml>,
    /// Extra placeholder patterns (`[[check.pattern]]`).
    #[serde(default)]
    #[schemars(extend("default" = []))]
    pattern: Vec<PatternToml>,
}

/// Severity per placeholder kind: `error` fails the check (exit 1), `warning` is
/// reported (fails only with --deny-warnings), `off` is not reported.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct SeverityToml {
    /// Blanks left for text (`____`, `□□`).
    #[schemars(extend("default" = "error"))]
    blank: Option<Level>,
    /// Numbers and dates masked out (`20xx`, `x月x日`).
    #[schemars(extend("default" = "error"))]
    masked_number: Option<Level>,
    /// Empty or instruction brackets (`【 】`, `（此處填寫…）`).
    #[schemars(extend("default" = "error"))]
    bracket: Option<Level>,
    /// To-do markers (`待定`, `TODO`).
    #[schemars(extend("default" = "error"))]
    todo: Option<Level>,
    /// Stand-ins for a person's name (`某某`, `×××`).
    #[schemars(extend("default" = "warning"))]
    name: Option<Level>,
    /// Matches of `[[check.pattern]]` of kind `custom` (the default).
    #[schemars(extend("default" = "error"))]
    custom: Option<Level>,
}

/// An extra placeholder pattern.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct PatternToml {
    /// A regular expression (Rust regex syntax) that must match at least one
    /// character.
    #[schemars(with = "String", length(min = 1))]
    regex: Spanned<String>,
    /// The kind reported (default `custom`).
    #[schemars(extend("default" = "custom"))]
    kind: Option<PlaceholderKind>,
    /// Overrides the kind's severity for this pattern.
    severity: Option<Level>,
    /// Shown instead of the default message.
    message: Option<String>,
}

/// Drop the `null` that `Option` fields allow: TOML has no null, a key is simply
/// left out.
fn without_null(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(o) => {
            if let Some(Value::Array(types)) = o.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let t = types.remove(0);
                    o.insert("type".into(), t);
                }
            }
            let nullable = o.get("anyOf").and_then(Value::as_array).and_then(|any| {
                let null = serde_json::json!({ "type": "null" });
                match any.as_slice() {
                    [a, b] if *b == null => Some(a.clone()),
                    [a, b] if *a == null => Some(b.clone()),
                    _ => None,
                }
            });
            if let Some(Value::Object(inner)) = nullable {
                o.remove("anyOf");
                for (k, x) in inner {
                    o.entry(k).or_insert(x);
                }
            }
            o.values_mut().for_each(without_null);
        }
        Value::Array(a) => a.iter_mut().for_each(without_null),
        _ => {}
    }
}

/// A problem with the configuration file: where and what.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file named with `--config` does not exist.
    #[error("{}: configuration file not found (--config)", path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The file exists but could not be read.
    #[error("{}: cannot read: {cause}", path.display())]
    Read {
        /// The configuration file.
        path: PathBuf,
        /// Why it could not be read (said in the message, so not a `source()`).
        cause: std::io::Error,
    },
    /// The file is not a valid configuration: bad TOML, an unknown key, a wrong
    /// type or value, a regular expression or glob that does not compile.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        /// The configuration file.
        path: PathBuf,
        /// Line of the mistake (1-based).
        line: usize,
        /// Column of the mistake, in characters (1-based).
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// The validated configuration of a run.
#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    /// The file it came from (`None`: the built-in defaults).
    pub path: Option<PathBuf>,
    /// The folder `exclude` globs are relative to.
    pub(crate) root: PathBuf,
    pub(crate) placeholders: PlaceholderConfig,
    pub(crate) exclude: Vec<String>,
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
pub(crate) fn discover(dir: &Path) -> Option<PathBuf> {
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
/// that holds `.git`. Where the search for `wenshu.toml` stops.
pub fn repository_root(dir: &Path) -> Option<&Path> {
    dir.ancestors().find(|d| is_repository_root(d))
}

/// Lexically clean a path: drop `.`, resolve `..` where possible.
pub(crate) fn clean(p: &Path) -> PathBuf {
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
    /// The JSON Schema of `wenshu.toml`, generated from the types that parse it
    /// (committed at `schema/wenshu-toml.schema.json`, for editors and CI;
    /// `tests/check_schema.rs` keeps the two in step).
    pub fn json_schema() -> serde_json::Value {
        let mut schema = serde_json::to_value(schemars::schema_for!(FileToml))
            .expect("a generated schema is JSON");
        without_null(&mut schema);
        schema
    }

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
    pub(crate) fn load(path: &Path, cwd: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.to_path_buf(),
            cause: e,
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
