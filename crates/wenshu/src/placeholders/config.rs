//! What `wenshu.toml` can change in detection: severities, allowed texts and extra
//! patterns. Reading the file (with line numbers for its errors) is `check`'s job;
//! this is the validated result, usable from the library too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::PlaceholderKind;

/// A kind's severity as configured: `error`, `warning`, or `off` (not reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

/// An extra pattern: a regular expression (Rust `regex` syntax) reported as a
/// placeholder of `kind` (default `custom`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomPattern {
    pub regex: String,
    pub kind: Option<PlaceholderKind>,
    /// Overrides the kind's severity for this pattern.
    pub severity: Option<Level>,
    /// Shown instead of the default message.
    pub message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceholderConfig {
    /// Severity per kind (kinds not listed keep their default).
    pub severity: BTreeMap<PlaceholderKind, Level>,
    /// Texts never reported: a literal, or `re:` and a regular expression
    /// searched in the placeholder's text.
    pub allow: Vec<String>,
    pub patterns: Vec<CustomPattern>,
}
