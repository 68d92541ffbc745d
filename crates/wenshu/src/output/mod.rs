//! Writing results: atomic files ([`atomic`]), one pretty JSON file per input
//! ([`json`]), JSON Lines ([`jsonl`]), long tables for analysts ([`table`], written
//! as [`csv`] files, [`parquet`] files or an [`xlsx`] workbook, typed for other writers by
//! [`rows`]), an HTML report ([`html`]) and incremental re-runs ([`incremental`]).

pub mod atomic;
pub mod csv;
pub mod html;
pub mod incremental;
pub mod json;
pub mod jsonl;
pub mod parquet;
pub(crate) mod pretty;
pub mod rows;
pub mod table;
pub mod xlsx;
