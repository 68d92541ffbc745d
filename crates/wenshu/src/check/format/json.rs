//! `json`: one document with a record per placeholder (suppressed ones included,
//! marked), the files that could not be read, and the summary. Written with serde.

use serde::Serialize;

use crate::check::report::{ReadError, Report, Summary};
use crate::check::suppress::Suppressed;
use crate::document::{PlaceholderKind, Severity, Span};

/// Version of this output's shape.
pub const CHECK_SCHEMA: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Output<'a> {
    pub schema: u32,
    pub placeholders: Vec<Record<'a>>,
    pub errors: Vec<&'a ReadError>,
    pub summary: Summary,
    /// The configuration file the run used, as given or found (`null`: the
    /// built-in defaults).
    pub config: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub span: Span,
    pub kind: PlaceholderKind,
    pub severity: Severity,
    pub text: &'a str,
    pub context: &'a str,
    pub message: &'a str,
    pub article: Option<usize>,
    pub section: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<&'a Suppressed>,
}

pub fn output(report: &Report) -> Output<'_> {
    Output {
        schema: CHECK_SCHEMA,
        placeholders: report
            .findings()
            .map(|(file, f)| {
                let p = &f.placeholder;
                Record {
                    path: &file.path,
                    line: p.line,
                    column: p.column,
                    end_line: f.end_line,
                    end_column: f.end_column,
                    span: p.span,
                    kind: p.kind,
                    severity: p.severity,
                    text: &p.text,
                    context: &p.context,
                    message: &f.message,
                    article: p.article,
                    section: p.section.as_deref(),
                    suppressed: f.suppressed.as_ref(),
                }
            })
            .collect(),
        errors: report.errors().collect(),
        summary: report.summary(),
        config: report.config.as_deref(),
    }
}

pub fn render(report: &Report) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(&output(report)).expect("serializable");
    v.push(b'\n');
    v
}
