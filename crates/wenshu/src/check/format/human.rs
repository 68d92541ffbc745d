//! `human`: `path:line:column: severity[kind]: message`, then the source line
//! (clipped around the placeholder on long lines) and a caret line under the
//! placeholder, aligned by display width — CJK characters take two columns.
//!
//! Everything taken from a file or the command line (paths, placeholder texts,
//! source lines, contexts, messages) goes through [`visible`]: control and
//! bidirectional characters are shown as escapes (`\r`, `\u{1b}`), never sent to
//! the terminal; tabs in the source line are shown as spaces.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::check::report::{Finding, Report};
use crate::document::Severity;
use crate::visible::{escape, escape_line};

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The shown part of the line and the caret line under the placeholder.
pub(crate) fn excerpt(f: &Finding) -> (String, String) {
    let before = escape_line(&f.before);
    let marked = escape_line(&f.placeholder.text);
    let after = escape_line(&f.after);
    let pad = UnicodeWidthStr::width(before.as_ref());
    let shown = format!("{before}{marked}{after}");
    let carets = UnicodeWidthStr::width(marked.as_ref()).max(1);
    let caret = format!("{}{}", " ".repeat(pad), "^".repeat(carets));
    (shown.trim_end().to_string(), caret)
}

pub(crate) fn render(report: &Report, quiet: bool) -> String {
    let mut out = String::new();
    for (file, f) in report.findings() {
        if f.suppressed.is_some() {
            continue;
        }
        let p = &f.placeholder;
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            escape(&file.path),
            p.line,
            p.column,
            severity(p.severity),
            p.kind.as_str(),
            escape(&f.message)
        );
        let (shown, caret) = excerpt(f);
        let num = p.line.to_string();
        let gutter = " ".repeat(num.len());
        let _ = writeln!(out, " {num} | {shown}");
        let _ = writeln!(out, " {gutter} | {caret}");
        if !p.context.is_empty() {
            let _ = writeln!(out, " {gutter} = context: {}", escape(&p.context));
        }
        if file.format != "text" {
            let _ = writeln!(
                out,
                " {gutter} = note: line and column are in the text extracted from this {} file (`wenshu convert` writes it out)",
                file.format
            );
        }
        out.push('\n');
    }
    for e in report.errors() {
        let _ = writeln!(
            out,
            "{}: error[{}]: {}",
            escape(&e.path),
            escape(&e.code),
            escape(&e.message)
        );
    }
    if !quiet {
        let _ = writeln!(out, "wenshu check: {}", report.summary().line());
    }
    out
}
