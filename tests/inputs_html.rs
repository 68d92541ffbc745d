//! A real web page as saved from a Chinese news site (Readability's `gmw` test page, see
//! `tests/fixtures/inputs/SOURCES.md`): every paragraph of its article is in the extracted
//! text, in order and whole; scripts, styles and markup are not; the facts of the article
//! are found with spans into the extracted text.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs/real")
        .join(name)
}

/// The visible text of each `<p>` of Readability's expected article, whitespace removed.
fn expected_paragraphs() -> Vec<String> {
    let html = std::fs::read_to_string(fixture("readability-gmw.expected.html")).unwrap();
    let mut out = Vec::new();
    for part in html.split("<p").skip(1) {
        let body = part.split("</p>").next().unwrap_or("");
        let body = &body[body.find('>').map_or(0, |i| i + 1)..];
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag && !c.is_whitespace() && c != '\u{3000}' => text.push(c),
                _ => {}
            }
        }
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

#[test]
fn a_saved_news_page_gives_its_article_text_in_order() {
    let out = Command::new(env!("CARGO_BIN_EXE_wenshu"))
        .args(["extract", "--text"])
        .arg(fixture("readability-gmw.html"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"]["format"], "html");
    assert_eq!(doc["source"]["encoding"], "UTF-8");
    let text = doc["text"].as_str().unwrap();

    // Every paragraph of the article, whole and in reading order.
    let flat = squeeze(text);
    let paragraphs = expected_paragraphs();
    assert!(paragraphs.len() >= 35, "{} paragraphs", paragraphs.len());
    let mut from = 0;
    for p in &paragraphs {
        let p = p.replace("&amp;", "&");
        let at = flat[from..]
            .find(&p)
            .unwrap_or_else(|| panic!("paragraph missing or out of order: {p}"));
        from += at + p.len();
    }
    // Each paragraph is a line of its own, as a reader sees it.
    assert!(text
        .lines()
        .any(|l| l.trim() == "宇航员在太空中喝酒会怎么样？后果很严重"));
    assert!(text.lines().any(|l| l
        .trim_start_matches('\u{3000}')
        .starts_with("不幸的是，对于希望能喝上一杯的太空探险者")));

    // Scripts, styles, comments and markup are not text.
    for never in [
        "crtg_getCookie",
        "bshareDiv",
        "function(",
        "<div",
        "&nbsp;",
        "tplID",
        "{\n",
    ] {
        assert!(!text.contains(never), "{never:?} in the extracted text");
    }

    // Facts of the article, each pointing at its text.
    let facts = doc["facts"].as_array().unwrap();
    let find = |t: &str| {
        facts
            .iter()
            .find(|f| f["text"] == t)
            .unwrap_or_else(|| panic!("{t} not found"))
    };
    let money = find("1500亿美元");
    assert_eq!(money["value"], 150_000_000_000u64);
    assert_eq!(money["currency"], "USD");
    assert_eq!(find("1969年")["value"], "1969");
    assert_eq!(find("17名")["value"], 17);
    let range = find("2011年9月至2014年9月");
    assert_eq!(range["value"], "2011-09");
    assert_eq!(range["end"], "2014-09");
    // Spans count characters.
    let chars: Vec<char> = text.chars().collect();
    for f in facts {
        let [s, e] = [0, 1].map(|i| f["span"][i].as_u64().unwrap() as usize);
        let at: String = chars[s..e].iter().collect();
        assert_eq!(at, f["text"].as_str().unwrap());
    }
}
