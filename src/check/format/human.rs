//! `human`: `path:line:column: severity[kind]: message`, then the source line
//! (clipped around the placeholder on long lines) and a caret line under the
//! placeholder, aligned by display width — CJK characters take two columns.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::check::report::{Finding, Report};
use crate::document::Severity;

/// Characters of the source line shown on each side of the placeholder.
const WINDOW: usize = 24;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Tabs and other control characters would break the alignment.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The shown part of the line and the caret line under the placeholder.
pub fn excerpt(f: &Finding) -> (String, String) {
    let line: Vec<char> = f.source_line.chars().collect();
    let col0 = (f.placeholder.column - 1).min(line.len());
    let len = f.placeholder.text.chars().count();
    let end0 = (col0 + len).min(line.len());
    let from = col0.saturating_sub(WINDOW);
    let to = (end0 + WINDOW).min(line.len());
    let mut shown = String::new();
    if from > 0 {
        shown.push('…');
    }
    let before: String = line[from..col0].iter().collect();
    let marked: String = line[col0..end0].iter().collect();
    let after: String = line[end0..to].iter().collect();
    let before = printable(&before);
    let marked = printable(&marked);
    shown.push_str(&before);
    let pad = UnicodeWidthStr::width(shown.as_str());
    shown.push_str(&marked);
    shown.push_str(&printable(&after));
    if to < line.len() {
        shown.push('…');
    }
    let carets = UnicodeWidthStr::width(marked.as_str()).max(1);
    let caret = format!("{}{}", " ".repeat(pad), "^".repeat(carets));
    (shown.trim_end().to_string(), caret)
}

pub fn render(report: &Report, quiet: bool) -> String {
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
