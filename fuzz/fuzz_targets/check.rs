#![no_main]
//! check: `wenshu check`'s path (the placeholder detector, suppression directives,
//! locating) on texts whose lines are long — each fuzz byte picks a fragment and
//! the next byte how many times it repeats on the same line — so that a scan
//! that is quadratic in the line length shows up as a timeout (run with a low
//! `-timeout`, see docs/reliability.md). Every finding's text must equal the text at
//! its span, and findings come in text order.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

use wenshu::check::{CheckConfig, Checker};

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(&CheckConfig::default()).expect("default rules compile"))
}

fuzz_target!(|data: &[u8]| {
    let text = wenshu_fuzz::long_lines_from(data, wenshu_fuzz::PLACEHOLDERS);
    let report = checker().check_text("fuzz.txt", &text);
    // Spans count characters: the byte offset of every character boundary.
    let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut last = 0;
    for f in &report.findings {
        let p = &f.placeholder;
        let [start, end] = [p.span[0], p.span[1]];
        assert!(start >= last, "findings out of order in {text:?}");
        assert!(start < end && end < bounds.len(), "span {start}..{end} outside the text");
        assert_eq!(&text[bounds[start]..bounds[end]], p.text, "finding text differs from its span");
        // The excerpts stay short however long the line is.
        assert!(f.before.chars().count() <= 26 && f.after.chars().count() <= 26);
        last = start;
    }
});
