//! The four output formats. Each turns a [`Report`] into bytes; none decides the
//! exit code.

pub mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod sarif;

use super::report::Report;

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The source line and a caret under each placeholder, like a compiler, and a summary.
    Human,
    /// One JSON document: a record per placeholder, the read errors and the summary.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
}

/// Render a report; `quiet` drops the human summary line.
pub fn render(format: Format, report: &Report, quiet: bool) -> Vec<u8> {
    match format {
        Format::Human => human::render(report, quiet).into_bytes(),
        Format::Json => json::render(report),
        Format::Github => github::render(report).into_bytes(),
        Format::Sarif => sarif::render(report),
    }
}
