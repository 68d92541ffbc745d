//! What a check run found, before it is formatted: per file, the placeholders
//! (with their messages and whether a directive suppressed them), and the files
//! that could not be read. Every formatter reads this one structure, and the exit
//! code is computed from it alone — never from the format.

use serde::Serialize;

use crate::document::{Placeholder, PlaceholderKind, Severity};

use super::suppress::Suppressed;

/// Characters of the source line kept on each side of a placeholder.
pub(crate) const EXCERPT: usize = 24;

/// One placeholder, as reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The placeholder, as a document records it.
    pub placeholder: Placeholder,
    pub(crate) message: String,
    /// Column just after the placeholder (1-based, characters), on `end_line`.
    pub(crate) end_column: usize,
    /// Line of the placeholder's end (built-in placeholders stay on one line).
    pub(crate) end_line: usize,
    /// The source line around it: up to `EXCERPT` (24) characters before it (with
    /// `…` when the line goes on), and after it, as in the text (control
    /// characters included: renderers for people escape them).
    pub before: String,
    /// The source line after it, cut the same way as `before`.
    pub after: String,
    /// The inline directive that suppressed it, if any.
    pub suppressed: Option<Suppressed>,
}

/// The results of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// As given on the command line (`-` for standard input).
    pub path: String,
    /// The placeholders found, in text order.
    pub findings: Vec<Finding>,
    /// Matches dropped by `allow` in `wenshu.toml`.
    pub(crate) allowed: usize,
    pub(crate) bytes: u64,
    /// `wenshu:` directives that could not be read: (line, problem). They
    /// suppress nothing; the caller shows them as warnings.
    pub directive_problems: Vec<(usize, String)>,
    /// The file's format (`text`, `docx`, `html`, `ofd`): for a document format,
    /// lines and columns count in the text extracted from it.
    pub format: &'static str,
}

/// A file that could not be checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadError {
    /// The path as given on the command line.
    pub path: String,
    /// `not_found`, `io`, `binary`, `walk`.
    pub(crate) code: String,
    /// What went wrong, for people.
    pub message: String,
}

/// Either, in input order.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A file that was read and checked.
    File(FileReport),
    /// A file that could not be read.
    Error(ReadError),
}

/// Everything a check run found, in input order: what every format renders and
/// what the exit code comes from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// One entry per input, in input order.
    pub entries: Vec<Entry>,
    /// Files skipped by `exclude`.
    pub excluded: usize,
    /// `--deny-warnings`: warnings fail the run too.
    pub deny_warnings: bool,
    /// The severity each kind has in this run (`None`: off), for SARIF's rules.
    pub levels: Vec<(PlaceholderKind, Option<Severity>)>,
    /// The `wenshu.toml` the run used (`None`: the built-in defaults).
    pub config: Option<String>,
}

/// The totals of a run and its exit code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub(crate) files: usize,
    pub(crate) files_with_placeholders: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
    pub(crate) suppressed: usize,
    pub(crate) allowed: usize,
    pub(crate) excluded: usize,
    pub(crate) read_errors: usize,
    /// 0 clean, 1 error-level placeholders (or warnings with `--deny-warnings`),
    /// 2 some input could not be read.
    pub exit_code: u8,
}

impl Report {
    /// The files that were read, in input order.
    pub fn files(&self) -> impl Iterator<Item = &FileReport> {
        self.entries.iter().filter_map(|e| match e {
            Entry::File(f) => Some(f),
            Entry::Error(_) => None,
        })
    }

    /// The inputs that could not be read, in order.
    pub fn errors(&self) -> impl Iterator<Item = &ReadError> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Error(r) => Some(r),
            Entry::File(_) => None,
        })
    }

    /// Every finding with its file, in order.
    pub(crate) fn findings(&self) -> impl Iterator<Item = (&FileReport, &Finding)> {
        self.files()
            .flat_map(|f| f.findings.iter().map(move |x| (f, x)))
    }

    /// The totals, and the exit code they give.
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            excluded: self.excluded,
            ..Default::default()
        };
        for e in &self.entries {
            match e {
                Entry::Error(_) => s.read_errors += 1,
                Entry::File(f) => {
                    s.files += 1;
                    s.allowed += f.allowed;
                    let mut any = false;
                    for x in &f.findings {
                        if x.suppressed.is_some() {
                            s.suppressed += 1;
                            continue;
                        }
                        any = true;
                        match x.placeholder.severity {
                            Severity::Error => s.errors += 1,
                            Severity::Warning => s.warnings += 1,
                        }
                    }
                    s.files_with_placeholders += usize::from(any);
                }
            }
        }
        s.exit_code = if s.read_errors > 0 {
            EXIT_TROUBLE
        } else if s.errors > 0 || (self.deny_warnings && s.warnings > 0) {
            EXIT_FOUND
        } else {
            EXIT_OK
        };
        s
    }
}

impl Summary {
    /// `17 errors, 0 warnings (0 suppressed, 0 allowed) in 1 of 1 file`.
    pub fn line(&self) -> String {
        fn n(k: usize, one: &str, many: &str) -> String {
            format!("{k} {}", if k == 1 { one } else { many })
        }
        let mut s = format!(
            "{}, {} ({} suppressed, {} allowed) in {} of {} checked",
            n(self.errors, "error", "errors"),
            n(self.warnings, "warning", "warnings"),
            self.suppressed,
            self.allowed,
            self.files_with_placeholders,
            n(self.files, "file", "files"),
        );
        if self.excluded > 0 {
            s.push_str(&format!(", {} excluded", self.excluded));
        }
        if self.read_errors > 0 {
            s.push_str(&format!(
                ", {} could not be read",
                n(self.read_errors, "file", "files")
            ));
        }
        s
    }
}

/// Exit codes of a check, part of its output (`summary.exit_code`): 0 clean,
/// 1 error-level placeholders (or warnings with `--deny-warnings`), 2 some input
/// could not be read.
pub(crate) const EXIT_OK: u8 = 0;
/// See [`EXIT_OK`].
pub(crate) const EXIT_FOUND: u8 = 1;
/// See [`EXIT_OK`].
pub(crate) const EXIT_TROUBLE: u8 = 2;

/// The default message of a placeholder.
pub(crate) fn message(p: &Placeholder) -> String {
    let t = &p.text;
    match p.kind {
        PlaceholderKind::Blank => format!("unfilled blank `{t}`"),
        PlaceholderKind::MaskedNumber => format!("masked number `{t}`: the number is missing"),
        PlaceholderKind::Bracket => format!("unfilled bracket `{t}`"),
        PlaceholderKind::Todo => format!("`{t}` left in the text"),
        PlaceholderKind::Name => format!("stand-in name `{t}`: put in the real name"),
        PlaceholderKind::Custom => format!("placeholder `{t}` (custom pattern)"),
    }
}

/// A one-line description of each kind (SARIF rules, documentation).
pub(crate) fn describe(k: PlaceholderKind) -> &'static str {
    match k {
        PlaceholderKind::Blank => "A blank left for text: `__`, `＿＿`, `--社區`, `□□`, `××社區`, `XX單位`, `○○`, `    年  月  日`.",
        PlaceholderKind::MaskedNumber => "A number or date masked out: `20xx`, `20XX`, `xx屆`, `x月x日`, `二〇××年`.",
        PlaceholderKind::Bracket => "An empty or instruction bracket: `【 】`, `（  ）`, `[單位名稱]`, `{{name}}`, `（此處填寫…）`.",
        PlaceholderKind::Todo => "A to-do marker: `待定`, `待補充`, `TBD`, `TODO`.",
        PlaceholderKind::Name => "A stand-in for a person's name: `某某`, `×××`.",
        PlaceholderKind::Custom => "A pattern from `wenshu.toml` (`[[check.pattern]]`).",
    }
}
