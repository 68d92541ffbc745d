//! Chinese text, below every rule: character classes and the one numeral
//! parser/scanner. A leaf: it uses nothing else of the crate, and structure,
//! facts and placeholders all read numerals and characters through it.

pub(crate) mod affixes;
pub(crate) mod chars;
pub(crate) mod listed_names;
pub mod numerals;
