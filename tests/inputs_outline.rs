//! Headings the source marks without a number: Word heading styles and outline
//! levels, HTML `<h1>`–`<h6>`. They are headings nested by their level, whatever
//! the style's id (Chinese Word names `heading 1` with the id `1`).

mod common;

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn extract(name: &str, bytes: &[u8]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wenshu"))
        .args(["extract", "--text"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `[id, marker, title]` of each section.
fn tree(doc: &Value) -> Vec<(String, Value, String)> {
    doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["marker"].clone(),
                s["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn spans_are_exact(doc: &Value) {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    for s in doc["sections"].as_array().unwrap() {
        let [a, b] = [0, 1].map(|i| s["title_span"][i].as_u64().unwrap() as usize);
        assert_eq!(
            text[a..b].iter().collect::<String>(),
            s["title"].as_str().unwrap()
        );
    }
    for f in doc["facts"].as_array().unwrap() {
        let [a, b] = [0, 1].map(|i| f["span"][i].as_u64().unwrap() as usize);
        assert_eq!(
            text[a..b].iter().collect::<String>(),
            f["text"].as_str().unwrap()
        );
    }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A paragraph with its properties (`pPr` content) and text.
fn p(ppr: &str, text: &str) -> String {
    format!("<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn style(id: &str) -> String {
    format!("<w:pStyle w:val=\"{id}\"/>")
}

#[test]
fn word_heading_styles_without_numbers_are_headings() {
    // A city government work report's outline (the wording of the shared corpus's
    // `reports/cn-city-gwr/city-058.txt`), its headings set in heading styles as a
    // Chinese Word saves them: ids `1` and `2` named `heading 1`/`heading 2`, a
    // custom style with an outline level, and one paragraph with its own level.
    let styles = format!(
        "<w:styles xmlns:w=\"{W}\">\
         <w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/>\
           <w:basedOn w:val=\"1\"/></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"小标题\"/>\
           <w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"a6\"><w:name w:val=\"正文缩进\"/>\
           <w:basedOn w:val=\"1\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>\
         </w:styles>"
    );
    let body = [
        p("", "某市2024年政府工作报告"),
        p("", "各位代表："),
        p("", "现在，我代表市人民政府，向大会报告工作，请予审议。"),
        p(&style("1"), "2023年工作回顾"),
        p(
            "",
            "过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成86.3亿元。",
        ),
        p(&style("2"), "坚定不移稳增长"),
        p("", "实施重点项目312个，完成投资1260亿元。"),
        p(&style("a5"), "坚定不移强产业"),
        // Based on a heading style, but its own level is body text.
        p(&style("a6"), "新增规模以上工业企业58家。"),
        p(&style("1"), "2024年主要目标任务"),
        p("<w:outlineLvl w:val=\"1\"/>", "全力扩大有效需求"),
        p("", "全年安排市级重点项目300个以上。"),
        // In a table, a heading style is a cell's look, not the document's outline.
        format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p(&style("1"), "指标"),
            p("", "目标")
        ),
    ]
    .concat();
    let document = format!("<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
    let docx = common::zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    let doc = extract("report.docx", &docx);
    assert_eq!(doc["articles"][0]["title"], "某市2024年政府工作报告");
    let null = Value::Null;
    assert_eq!(
        tree(&doc),
        [
            ("1.1", &null, "2023年工作回顾"),
            ("1.1.1", &null, "坚定不移稳增长"),
            ("1.1.2", &null, "坚定不移强产业"),
            ("1.2", &null, "2024年主要目标任务"),
            ("1.2.1", &null, "全力扩大有效需求"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.clone(), c.to_string()))
    );
    let facts = doc["facts"].as_array().unwrap();
    let f = facts.iter().find(|f| f["text"] == "1260亿元").unwrap();
    assert_eq!(f["section"], "1.1.1");
    spans_are_exact(&doc);
}

#[test]
fn html_headings_nest_by_level_and_the_h1_is_the_title() {
    // A county government page: navigation before the article, the title in <h1>,
    // parts in <h2> and <h3> (the wording of the shared corpus's
    // `reports/cn-city-gwr/city-058.txt`).
    let page = "<html><head><meta charset=\"utf-8\"><title>某县人民政府</title></head><body>\
        <ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul>\
        <h1>某县2024年政府工作报告</h1>\
        <p>各位代表：现在，我代表县人民政府，向大会报告工作。</p>\
        <h2>2023年工作回顾</h2><p>全县地区生产总值增长5.2%。</p>\
        <h3>经济运行稳中向好</h3><p>完成固定资产投资126亿元。</p>\
        <h3>民生保障更加有力</h3><p>新增城镇就业5800人。</p>\
        <h2>2024年工作安排</h2><p>全县地区生产总值增长6%左右。</p>\
        <table><tr><th><h3>指标</h3></th><td>目标</td></tr></table>\
        </body></html>";
    let doc = extract("gwr.html", page.as_bytes());
    assert_eq!(doc["articles"][0]["title"], "某县2024年政府工作报告");
    let null = Value::Null;
    assert_eq!(
        tree(&doc),
        [
            ("1.1", &null, "2023年工作回顾"),
            ("1.1.1", &null, "经济运行稳中向好"),
            ("1.1.2", &null, "民生保障更加有力"),
            ("1.2", &null, "2024年工作安排"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.clone(), c.to_string()))
    );
    spans_are_exact(&doc);
}

#[test]
fn a_real_word_file_s_heading_style_is_its_title() {
    // python-docx's test file: a paragraph in the `Heading1` style, then body text.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs/real/python-docx-known-paragraphs.docx");
    let doc = extract("known.docx", &std::fs::read(path).unwrap());
    assert_eq!(doc["articles"][0]["title"], "Heading Paragraph");
}

#[test]
fn a_cell_outside_any_table_joins_nothing() {
    // A Taiwan school site's page (JanuxHsu/CSRC@4ed97f9, application/views/3_4.php):
    // the rules' name in an <h3>, then their numbered parts inside a stray <td>
    // outside any table, which a browser ignores: each paragraph is a line.
    let page = "<html><head><meta charset=\"utf-8\"></head><body>\
        <div><p>反霸凌</p></div><div><h3>教育部補助推動反霸凌安全學校要點</h3>\
        <td width=\"475\"><p>一、依據：<br>教育部為執行計畫，特訂定本要點。</p>\
        <p>二、目的：</p><p>（一）建立機制。</p><p>（二）落實輔導。</p></td></div>\
        </body></html>";
    let doc = extract("points.html", page.as_bytes());
    let got: Vec<(String, Value, String)> = tree(&doc);
    assert_eq!(
        got.iter()
            .map(|(a, b, c)| (a.as_str(), b.clone(), c.as_str()))
            .collect::<Vec<_>>(),
        [
            ("1.1", Value::Null, "教育部補助推動反霸凌安全學校要點"),
            ("1.1.1", Value::from("一、"), "依據："),
            ("1.1.2", Value::from("二、"), "目的："),
            ("1.1.2.1", Value::from("（一）"), "建立機制。"),
            ("1.1.2.2", Value::from("（二）"), "落實輔導。"),
        ]
    );
    spans_are_exact(&doc);
}
