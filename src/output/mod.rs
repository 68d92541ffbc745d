//! Writing results: atomic files ([`atomic`]), one pretty JSON file per input
//! ([`json`]) and JSON Lines ([`jsonl`]).

pub mod atomic;
pub mod json;
pub mod jsonl;
pub mod pretty;
