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

/// A school's page as its site serves it (绍兴一中's 2020 epidemic plan): a date
/// widget a script fills, menus, the column's heading, then the article under an
/// `<h2 class="title">` that opens the page's `<title>`, dated by the line under
/// it. The title, its date and its outline are the article's, not the menus'.
#[test]
fn a_page_under_its_menus_is_titled_and_dated_by_its_article() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("plan.html");
    let menus: String = [
        "首页",
        "学校概况",
        "新闻中心",
        "教育教学",
        "德育天地",
        "招生信息",
        "校友之窗",
    ]
    .iter()
    .map(|m| format!("<div class=\"item\"><a href=\"#\">{m}</a></div>"))
    .collect();
    std::fs::write(
        &page,
        format!(
            "<html><head><meta charset=\"utf-8\"><title>疫情防控应急预案--安全处-绍兴市第一中学</title></head><body>\
             <div class=\"date\">今天是<script src=\"/js/show_date.js\"></script></div>{menus}\
             <div>当前位置：首页 &gt; 新闻中心 &gt; 安全处</div><h3>安全处</h3>\
             <h2 class=\"title\">疫情防控应急预案</h2>\
             <div>文章来源：安全处 发布时间：2020年01月31日 点击数：次</div>\
             <p>为有效预防疫情，制定本预案。</p><p>一、领导机构</p><p>成立领导小组。</p>\
             <p>二、工作安排</p><p>做好宣传教育工作。</p></body></html>"
        ),
    )
    .unwrap();
    let out = Command::cargo_bin("wenshu")
        .unwrap()
        .args(["extract", "--format", "jsonl", "-o", "-", "-q"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let art = &doc["articles"][0];
    assert_eq!(art["title"], "疫情防控应急预案");
    assert_eq!(art["date"]["value"], "2020-01-31");
    let sections: Vec<(&str, u64)> = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["title"].as_str().unwrap(), s["level"].as_u64().unwrap()))
        .collect();
    assert_eq!(sections, [("领导机构", 1), ("工作安排", 1)]);
}
