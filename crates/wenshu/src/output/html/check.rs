//! `wenshu check --format html`: one page for a CI artifact — the summary, and
//! per file each placeholder in its line, marked as on a document page, with the
//! files that could not be read. Suppressed placeholders are left out, as in the
//! human format.

use std::fmt::Write;

use super::escape::escape;
use super::layout::{foot, head};
use super::page::severity_name;
use crate::check::Report;

/// The page of a check run.
pub fn render(report: &Report) -> Vec<u8> {
    let summary = report.summary();
    let mut out = String::with_capacity(16 * 1024);
    head(&mut out, "wenshu check");
    let _ = write!(
        out,
        r#"<header class="top"><h1>wenshu check</h1><span id="summary" data-exit="{}">{}</span></header><main>"#,
        summary.exit_code,
        escape(&summary.line())
    );
    let mut n = 0;
    for file in report.files() {
        let shown: Vec<_> = file
            .findings
            .iter()
            .filter(|f| f.suppressed.is_none())
            .collect();
        if shown.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<section><h2>{} <span class="muted">({})</span></h2>"#,
            escape(&file.path),
            shown.len()
        );
        for f in shown {
            let p = &f.placeholder;
            let sev = severity_name(p.severity);
            let _ = write!(
                out,
                r#"<p id="finding-{n}"><span class="{}">{sev}[{}]</span> line {}, column {}: {}</p><pre class="excerpt" lang="zh">{}<mark class="ph {}" data-kind="{}" data-severity="{sev}" data-tip="{}" tabindex="0" aria-describedby="finding-{n}">{}</mark>{}</pre>"#,
                if sev == "error" { "error" } else { "muted" },
                p.kind.as_str(),
                p.line,
                p.column,
                escape(&f.message),
                escape(&f.before),
                p.kind.as_str(),
                p.kind.as_str(),
                escape(&p.context),
                escape(&p.text),
                escape(&f.after),
            );
            if !p.context.is_empty() {
                let _ = write!(
                    out,
                    r#"<p class="muted">context: {}</p>"#,
                    escape(&p.context)
                );
            }
            n += 1;
        }
        out.push_str("</section>");
    }
    let errors: Vec<_> = report.errors().collect();
    if !errors.is_empty() {
        out.push_str(r#"<h2>Files that could not be read</h2><ul>"#);
        for e in errors {
            let _ = write!(out, "<li>{}: {}</li>", escape(&e.path), escape(&e.message));
        }
        out.push_str("</ul>");
    }
    if n == 0 {
        out.push_str(r#"<p>No placeholder left.</p>"#);
    }
    out.push_str("</main>");
    foot(&mut out, "");
    out.into_bytes()
}
