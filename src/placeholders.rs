//! Unfilled template placeholders. (Filled in by the placeholders issue.)

use crate::analysis::Analysis;
use crate::document::Placeholder;

/// Placeholder rules, built once (from defaults and `wenshu.toml`) and shared.
#[derive(Debug, Default)]
pub struct Detector {}

impl Detector {
    pub fn new() -> Self {
        Detector {}
    }

    /// All placeholders of a document, in text order.
    pub fn detect(&self, _a: &Analysis) -> Vec<Placeholder> {
        Vec::new()
    }
}
