//! `github`: GitHub Actions workflow commands, one per placeholder
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`;
//! warnings as `::warning`). Every field is escaped twice over: first made safe
//! to show ([`visible::escape`]: control and bidirectional characters as `\r`,
//! `\u{1b}`…, so the log shows what is in the file and no text of a report can
//! start a line of its own), then escaped as GitHub's rules require: `%`, CR and
//! LF in the message; those and `:` and `,` in property values.
//! [`step_summary`] is the Markdown table appended to `$GITHUB_STEP_SUMMARY`.

use std::fmt::Write;

use crate::check::report::Report;
use crate::document::Severity;
use crate::visible;

/// Escape a workflow command's message.
pub(crate) fn escape_data(s: &str) -> String {
    escape(s, false)
}

/// Escape a workflow command's property value (`:` and `,` too).
pub(crate) fn escape_property(s: &str) -> String {
    escape(s, true)
}

/// A message made safe to show, then escaped for a workflow command.
fn data(s: &str) -> String {
    escape_data(&visible::escape(s))
}

/// A property value made safe to show, then escaped for a workflow command.
fn property(s: &str) -> String {
    escape_property(&visible::escape(s))
}

fn escape(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    for (file, f) in report.findings() {
        if f.suppressed.is_some() {
            continue;
        }
        let p = &f.placeholder;
        let cmd = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let title = format!("wenshu: {} placeholder", p.kind.as_str());
        let message = format!("{} — {}", f.message, p.context);
        let _ = writeln!(
            out,
            "::{cmd} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&file.path),
            p.line,
            p.column,
            f.end_line,
            f.end_column,
            property(&title),
            data(&message)
        );
    }
    for e in report.errors() {
        let _ = writeln!(
            out,
            "::error file={},title={}::{}",
            property(&e.path),
            property("wenshu: cannot check file"),
            data(&e.message)
        );
    }
    let _ = writeln!(out, "wenshu check: {}", report.summary().line());
    out
}

/// Longest table in the step summary (GitHub caps a summary at 1 MiB).
const MAX_ROWS: usize = 500;

fn cell(s: &str) -> String {
    let mut out = String::new();
    for c in visible::escape(s).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '`' => out.push_str("&#96;"),
            c => out.push(c),
        }
    }
    out
}

/// The Markdown summary for `$GITHUB_STEP_SUMMARY`.
pub fn step_summary(report: &Report) -> String {
    let s = report.summary();
    let mut out = String::new();
    let _ = writeln!(out, "### wenshu check\n");
    let _ = writeln!(out, "{}\n", s.line());
    let rows: Vec<_> = report
        .findings()
        .filter(|(_, f)| f.suppressed.is_none())
        .collect();
    if !rows.is_empty() {
        let _ = writeln!(
            out,
            "| File | Line | Column | Severity | Kind | Text | Context |"
        );
        let _ = writeln!(out, "| --- | ---: | ---: | --- | --- | --- | --- |");
        for (file, f) in rows.iter().take(MAX_ROWS) {
            let p = &f.placeholder;
            let sev = match p.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | <code>{}</code> | {} |",
                cell(&file.path),
                p.line,
                p.column,
                sev,
                p.kind.as_str(),
                cell(&p.text),
                cell(&p.context)
            );
        }
        if rows.len() > MAX_ROWS {
            let _ = writeln!(out, "\n… and {} more.", rows.len() - MAX_ROWS);
        }
    }
    for e in report.errors() {
        let _ = writeln!(
            out,
            "\n- cannot check `{}`: {}",
            cell(&e.path),
            cell(&e.message)
        );
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
        assert_eq!(escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
    }
}
