//! `human`: `path:line:column: severity[kind]: message`, then the source line
//! (clipped around the placeholder on long lines) and a caret line under the
//! placeholder, aligned by display width — CJK characters take two columns.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::check::report::{Finding, Report};
use crate::document::Severity;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The shown part of the line and the caret line under the placeholder.
pub(crate) fn excerpt(f: &Finding) -> (String, String) {
    let marked: String = f
        .placeholder
        .text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let pad = UnicodeWidthStr::width(f.before.as_str());
    let shown = format!("{}{}{}", f.before, marked, f.after);
    let carets = UnicodeWidthStr::width(marked.as_str()).max(1);
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
            file.path,
            p.line,
            p.column,
            severity(p.severity),
            p.kind.as_str(),
            f.message
        );
        let (shown, caret) = excerpt(f);
        let num = p.line.to_string();
        let gutter = " ".repeat(num.len());
        let _ = writeln!(out, " {num} | {shown}");
        let _ = writeln!(out, " {gutter} | {caret}");
        if !p.context.is_empty() {
            let _ = writeln!(out, " {gutter} = context: {}", p.context);
        }
        out.push('\n');
    }
    for e in report.errors() {
        let _ = writeln!(out, "{}: error[{}]: {}", e.path, e.code, e.message);
    }
    if !quiet {
        let _ = writeln!(out, "wenshu check: {}", report.summary().line());
    }
    out
}
