//! Reliability, continued:
//!
//! - every placeholder and fact scan is linear in the length of a line: a 1 MB line
//!   of blanks, masked years, brackets or numerals is checked and extracted.
//!
//! Timing is not asserted (machines differ); a quadratic path makes these tests
//! run for minutes instead of seconds.

mod common;

use std::path::Path;

use wenshu::check::{CheckConfig, Checker};
use wenshu::pipeline::{Engine, Options};

const MB: usize = 1 << 20;

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::new(Options::default()).unwrap())
}

/// One line of about `bytes` bytes: `unit` repeated.
fn line_of(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len());
    s.push('\n');
    s
}

fn checker() -> Checker {
    Checker::new(&CheckConfig::defaults(Path::new("."))).unwrap()
}

// ---------------------------------------------------------------------------
// Long lines.

#[test]
fn a_megabyte_line_of_blanks_is_checked() {
    // A line of nothing but `__ ` is a Markdown rule (a thematic break), not a
    // blank: nothing to report, but every `__` asked whether its line is one.
    let r = checker().check_text("x.txt", &line_of("__ ", MB));
    assert!(r.findings.is_empty(), "{:?}", r.findings.first());
    // Blanks that are placeholders: each located, with context and excerpt.
    let unit = "__社 ";
    let r = checker().check_text("x.txt", &line_of(unit, MB));
    let n = MB / unit.len();
    assert_eq!(r.findings.len(), n);
    let last = &r.findings[n - 1];
    assert_eq!(
        (last.placeholder.line, last.placeholder.column),
        (1, 4 * (n - 1) + 1)
    );
    assert!(last.placeholder.context.starts_with('…'));
    assert!(last.before.starts_with('…'));
    assert_eq!(last.after, "社");
}

#[test]
fn a_megabyte_line_of_labels_and_indented_blanks_is_checked() {
    // Round-bracket labels: each asks whether text follows it on the line.
    let unit = "，（單位名稱）";
    let r = checker().check_text("x.txt", &line_of(unit, MB));
    assert_eq!(r.findings.len(), MB / unit.len() - 1, "all but the last");
    // Half a megabyte of spaces, then blanks: each context asks whether the line
    // goes on before its snippet.
    let mut text = " ".repeat(MB / 2);
    text.push_str(&line_of("__社 ", MB / 2));
    let r = checker().check_text("x.txt", &text);
    assert_eq!(r.findings.len(), (MB / 2) / "__社 ".len());
    assert_eq!(r.findings[0].placeholder.context, "__社 __社 __社 __…");
}

#[test]
fn a_megabyte_line_is_extracted() {
    for (unit, placeholders, facts) in [
        ("__ ", 0, 0),
        ("__社 ", MB / "__社 ".len(), 0),
        // A masked year is a fact and a placeholder, linked to each other.
        ("20xx年 ", MB / "20xx年 ".len(), MB / "20xx年 ".len()),
    ] {
        let text = line_of(unit, MB);
        let doc = engine().process_text("x.txt", &text);
        assert_eq!(doc.placeholders.len(), placeholders, "{unit:?}");
        assert_eq!(doc.facts.len(), facts, "{unit:?}");
        if facts > 0 {
            let p = doc.placeholders.last().unwrap();
            assert_eq!(p.fact, Some(doc.facts.len() - 1), "{unit:?}");
        }
        wenshu::invariants::check_document(&doc, &text).unwrap();
    }
}

#[test]
fn a_megabyte_line_of_numerals_is_extracted() {
    for unit in [
        "1",
        "1 ",
        "1,000,",
        "1.1.",
        "一",
        "一二三四五六七八九十百千万亿",
        "三千零五",
        "１２３",
        "12位，",
        "3.5万元，",
        "5月6日，",
        "百分之五，",
        "一 ",
    ] {
        let text = line_of(unit, MB);
        let doc = engine().process_text("x.txt", &text);
        wenshu::invariants::check_document(&doc, &text).unwrap();
        let r = checker().check_text("x.txt", &text);
        assert!(r.findings.is_empty(), "{unit:?}: {:?}", r.findings.first());
    }
}
