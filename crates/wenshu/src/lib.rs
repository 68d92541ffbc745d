//! wenshu (文书): turn archived Chinese reports into structured data.
//!
//! The modules follow the pipeline: [`decode`] bytes → text, [`normalize`]
//! Traditional/Simplified, [`segment`] into words, find the [`structure`] (articles
//! and sections), extract [`facts`], flag [`placeholders`], and assemble the
//! [`document`]; [`pipeline`] runs it over many files in parallel and [`output`]
//! writes the results. [`check`] is the CI linter built on [`placeholders`].
//!
//! The library prints nothing: problems are returned to the caller (or handed to
//! a callback), which decides what to show and where; [`visible`] makes text safe
//! to show on a terminal or in a CI log.

// Printing is the command's job (a closed or full standard error must not panic
// inside a library call).
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod analysis;
pub mod batch;
pub mod check;
pub mod chinese;
pub mod decode;
pub mod document;
pub mod error;
pub mod facts;
pub mod input;
pub mod invariants;
pub mod keywords;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod placeholders;
pub mod segment;
pub mod stream;
pub mod structure;
pub mod text;
pub mod visible;

pub use document::Document;
pub use pipeline::{Engine, Options};
