//! `json`: one document with a record per placeholder (suppressed ones included,
//! marked), the files that could not be read, and the summary. Written with serde.

use serde::Serialize;

use crate::check::report::{ReadError, Report, Summary};
use crate::check::suppress::Suppressed;
use crate::document::{PlaceholderKind, Severity, Span};

/// Version of this output's shape.
pub(crate) const CHECK_SCHEMA: u32 = 1;

#[derive(Debug, Serialize)]
pub(crate) struct Output<'a> {
    pub(crate) schema: u32,
    pub(crate) placeholders: Vec<Record<'a>>,
    pub(crate) errors: Vec<&'a ReadError>,
    pub(crate) summary: Summary,
    /// The configuration file the run used, as given or found (`null`: the
    /// built-in defaults).
    pub config: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Record<'a> {
    pub(crate) path: &'a str,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) end_line: usize,
    pub(crate) end_column: usize,
    pub(crate) span: Span,
    pub(crate) kind: PlaceholderKind,
    pub(crate) severity: Severity,
    pub(crate) text: &'a str,
    pub(crate) context: &'a str,
    pub(crate) message: &'a str,
    pub(crate) article: Option<usize>,
    pub(crate) section: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) suppressed: Option<&'a Suppressed>,
}

pub(crate) fn output(report: &Report) -> Output<'_> {
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

pub(crate) fn render(report: &Report) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(&output(report)).expect("serializable");
    v.push(b'\n');
    v
}
