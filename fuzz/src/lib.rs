//! Shared by the fuzz targets: one engine for the process, and text built from
//! fuzz bytes over an alphabet of fragments, so the fuzzer reaches deep into the
//! numeral, date, money and placeholder rules instead of stalling on random bytes.

use std::sync::OnceLock;

use wenshu::{Engine, Options};

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Options::default()).expect("engine"))
}

/// Each byte picks a fragment (`byte % len`); bytes ≥ 0xF0 pass through a raw
/// character so anything can still appear.
pub fn text_from(data: &[u8], alphabet: &[&str]) -> String {
    let mut s = String::new();
    let mut it = data.iter();
    while let Some(&b) = it.next() {
        if b >= 0xF0 {
            if let Some(&c) = it.next() {
                s.push(char::from_u32(0x3000 + (c as u32) * 37).unwrap_or('\u{FFFD}'));
            }
        } else {
            s.push_str(alphabet[b as usize % alphabet.len()]);
        }
    }
    s
}

/// Like [`text_from`], but each fragment is repeated on the same line as many
/// times as the next byte says (1–256), giving lines hundreds of kilobytes long
/// from a few bytes of input: a scan that is quadratic in the line length times out.
pub fn long_lines_from(data: &[u8], alphabet: &[&str]) -> String {
    let mut s = String::new();
    let mut it = data.iter();
    while let Some(&b) = it.next() {
        let times = it.next().map_or(1, |&n| n as usize + 1);
        let piece = alphabet[b as usize % alphabet.len()];
        for _ in 0..times {
            s.push_str(piece);
            if s.len() > 1 << 20 {
                return s;
            }
        }
    }
    s
}

/// Run the whole text pipeline, LF, CRLF and with a leading BOM, and check every
/// promise of the document (spans, texts, nesting); panics on a violation.
pub fn check_text(text: &str) {
    let engine = engine();
    let doc = engine.process_text("fuzz.txt", text);
    if let Err(e) = wenshu::invariants::check_document(&doc, text) {
        panic!("{e}\ntext: {text:?}");
    }
    // CRLF and BOM copies: same facts and placeholders (by text), same sections.
    if !text.contains('\r') {
        let crlf = text.replace('\n', "\r\n");
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(crlf.as_bytes());
        if let Ok(d2) = engine.process_bytes("fuzz-crlf.txt", &bytes) {
            let texts = |d: &wenshu::Document| {
                (
                    d.facts.iter().map(|f| f.text.clone()).collect::<Vec<_>>(),
                    d.placeholders
                        .iter()
                        .map(|p| p.text.clone())
                        .collect::<Vec<_>>(),
                    d.sections
                        .iter()
                        .map(|s| (s.id.clone(), s.title.clone()))
                        .collect::<Vec<_>>(),
                )
            };
            assert_eq!(texts(&doc), texts(&d2), "CRLF+BOM differs\ntext: {text:?}");
        }
    }
}

pub const NUMERALS: &[&str] = &[
    "零",
    "〇",
    "○",
    "一",
    "二",
    "两",
    "兩",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "百",
    "千",
    "万",
    "萬",
    "亿",
    "億",
    "廿",
    "卅",
    "壹",
    "贰",
    "貳",
    "叁",
    "參",
    "肆",
    "伍",
    "陆",
    "柒",
    "捌",
    "玖",
    "拾",
    "佰",
    "仟",
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "０",
    "１",
    "９",
    ".",
    ",",
    "，",
    " ",
    "余",
    "餘",
    "多",
    "近",
    "约",
    "約",
    "左右",
    "以上",
    "不到",
    "个",
    "個",
    "人",
    "户",
    "戶",
    "名",
    "位",
    "场",
    "次",
    "冊",
    "第",
    "届",
    "一起",
    "统一",
    "一对一",
    "\n",
    "。",
    "、",
];

pub const DATES: &[&str] = &[
    "年",
    "月",
    "日",
    "号",
    "號",
    "至",
    "到",
    "、",
    "-",
    "/",
    ".",
    "民國",
    "民国",
    "年度",
    "2025",
    "202",
    "1",
    "2",
    "9",
    "12",
    "16",
    "17",
    "31",
    "0",
    "二〇二五",
    "二",
    "〇",
    "十",
    "九",
    "一",
    "xx",
    "XX",
    "××",
    "上旬",
    "中秋",
    "\n",
    "，",
    " ",
    "１",
    "２",
];

pub const MONEY: &[&str] = &[
    "元",
    "万元",
    "萬元",
    "亿元",
    "億元",
    "人民币",
    "人民幣",
    "新臺幣",
    "新台币",
    "港币",
    "美元",
    "%",
    "％",
    "百分之",
    "成",
    "个百分点",
    "個百分點",
    "点",
    "1",
    "3",
    "5",
    "0",
    ".",
    ",",
    "，",
    "近",
    "约",
    "余",
    "多",
    "以上",
    "不超过",
    "三千零五",
    "一万二",
    "两百",
    "___",
    " ",
    "\n",
    "-",
    "+",
];

pub const PLACEHOLDERS: &[&str] = &[
    "_",
    "__",
    "＿",
    "-",
    "--",
    "——",
    "□",
    "×",
    "X",
    "x",
    "xx",
    "XX",
    "○",
    "〇",
    "【",
    "】",
    "（",
    "）",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "{{",
    "}}",
    "待定",
    "待补充",
    "TBD",
    "TODO",
    "某某",
    "×××",
    "……",
    "社区",
    "单位",
    "20",
    "年",
    "月",
    "日",
    "届",
    "http://a.xx/",
    "此处填写",
    "\n",
    " ",
    "　",
    "名称",
];

pub const SECTIONS: &[&str] = &[
    "\n",
    "\r\n",
    "一、",
    "二、",
    "三、",
    "十、",
    "壹、",
    "贰、",
    "（一）",
    "（二）",
    "(一)",
    "(三)",
    "1.",
    "2.",
    "3、",
    "（1）",
    "(2)",
    "①",
    "②",
    "第一章",
    "第二章",
    "第一节",
    "第一条",
    "第一部分",
    "# ",
    "## ",
    "### ",
    "一是",
    "二是",
    "三是",
    "，",
    "。",
    "；",
    "标题",
    "总结 篇1",
    "总结 篇2",
    "总结 篇3",
    " ",
    "　",
    "内容",
    "2023.",
    "3.5万",
];
