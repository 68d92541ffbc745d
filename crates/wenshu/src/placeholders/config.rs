//! What `wenshu.toml` can change in detection: severities, allowed texts and extra
//! patterns. Reading the file (with line numbers for its errors) is `check`'s job;
//! this is the validated result, usable from the library too.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::PlaceholderKind;

/// A kind's severity as configured: `error`, `warning`, or `off` (not reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Level {
    /// Reported, and the check fails (exit 1).
    Error,
    /// Reported; the check fails only with `--deny-warnings`.
    Warning,
    /// Not reported.
    Off,
}

/// An extra pattern: a regular expression (Rust `regex` syntax) reported as a
/// placeholder of `kind` (default `custom`).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CustomPattern {
    pub(crate) regex: String,
    pub(crate) kind: Option<PlaceholderKind>,
    /// Overrides the kind's severity for this pattern.
    pub(crate) severity: Option<Level>,
    /// Shown instead of the default message.
    pub(crate) message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PlaceholderConfig {
    /// Severity per kind (kinds not listed keep their default).
    pub(crate) severity: BTreeMap<PlaceholderKind, Level>,
    /// Texts never reported: a literal, or `re:` and a regular expression
    /// searched in the placeholder's text.
    pub(crate) allow: Vec<String>,
    pub(crate) patterns: Vec<CustomPattern>,
}
