//! wenshu (文书): turn archived Chinese reports into structured data.
//!
//! Start with an [`Engine`]: built once from [`Options`] (it loads the
//! dictionaries), it turns a file into a [`Document`] with
//! [`Engine::process_bytes`], and [`pipeline::run_batch`] runs it over many files
//! in parallel, handing the documents to an [`output`] writer in input order.
//!
//! The modules, in the order a file goes through them:
//!
//! - [`read`]: Word documents, web pages and OFD files → their text.
//! - [`decode`]: bytes → text (byte-order mark, UTF-16, UTF-8, GB18030, Big5).
//! - [`normalize`]: Traditional/Simplified detection and conversion (OpenCC).
//! - [`text`]: byte offsets → character spans, lines and columns.
//! - [`segment`]: words, with jieba.
//! - [`structure`]: articles and sections.
//! - [`analysis`]: what every rule sees of one file.
//! - [`facts`]: dates, counts, money amounts and percentages.
//! - [`placeholders`]: template text left unfilled.
//! - [`document`]: the output types and their JSON Schema.
//! - [`pipeline`]: the engine, and batches of files.
//! - [`batch`]: the one way a batch runs in parallel, in input order, with a stop flag.
//! - [`input`]: the files and folders to read.
//! - [`output`]: the JSON, JSON Lines, CSV and Excel writers.
//! - [`stream`]: JSON Lines records in, documents out (a Spark or shell filter).
//! - [`check`]: the CI linter over placeholders.
//!
//! Shared below them: [`chinese`] (character classes and the one numeral parser),
//! [`error`] (what can fail), and [`invariants`] (what every document promises,
//! checked), and [`visible`] (text made safe to show on a terminal or in a CI log).
//!
//! The library prints nothing: problems are returned to the caller (or handed to
//! a callback), which decides what to show and where.

#![warn(missing_docs)]
// Printing is the command's job (a closed or full standard error must not panic
// inside a library call).
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod analysis;
pub mod batch;
pub mod calendar;
pub mod check;
pub mod chinese;
pub(crate) mod code_blocks;
pub mod decode;
pub mod document;
pub mod error;
pub mod facts;
pub(crate) mod front_matter;
pub mod input;
pub mod invariants;
pub(crate) mod keywords;
pub(crate) mod memory;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod placeholders;
pub mod read;
pub mod segment;
pub mod stream;
pub mod structure;
pub mod text;
pub mod visible;

pub use document::Document;
pub use error::DecodeError;
pub use pipeline::{Engine, Options};
pub use segment::DictError;
