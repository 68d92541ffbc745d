//! For arbitrary input, fact extraction never panics and every fact's `text` is
//! the original text at its `span`.

use std::sync::OnceLock;

use proptest::prelude::*;
use wenshu::{Engine, Options};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(Options::default()).unwrap())
}

/// Pieces that make numerals, dates, units and their neighbours likely.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0",
            "1",
            "2",
            "9",
            "２",
            "５",
            ".",
            "．",
            ",",
            "，",
            " ",
            "\n",
            "\r\n",
            "　",
            "一",
            "二",
            "两",
            "兩",
            "三",
            "十",
            "百",
            "千",
            "万",
            "萬",
            "亿",
            "億",
            "兆",
            "零",
            "〇",
            "○",
            "廿",
            "卅",
            "壹",
            "貳",
            "参",
            "拾",
            "佰",
            "点",
            "點",
            "年",
            "月",
            "日",
            "号",
            "號",
            "份",
            "度",
            "%",
            "％",
            "元",
            "萬元",
            "新臺幣",
            "人民币",
            "NT$",
            "US$",
            "美元",
            "个",
            "個",
            "位",
            "人",
            "人次",
            "戶",
            "成",
            "折",
            "百分之",
            "千分之",
            "个百分点",
            "分之",
            "之",
            "近",
            "約",
            "逾",
            "餘",
            "余",
            "多",
            "以上",
            "左右",
            "至",
            "到",
            "-",
            "—",
            "～",
            "、",
            "第",
            "民國",
            "中華民國",
            "xx",
            "20xx",
            "____",
            "＿＿",
            "x",
            "X",
            "负",
            "-",
            "/",
            "又",
            "社區",
            "活動",
            "篇1",
            "一、",
            "（一）",
            "😀",
            "é",
            "\u{feff}",
        ])
        .prop_map(String::from),
        "[\\PC]{0,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn facts_never_panic_and_text_matches_span(pieces in prop::collection::vec(piece(), 0..40)) {
        let text: String = pieces.concat();
        let doc = engine().process_text("prop.txt", &text);
        let chars: Vec<char> = text.chars().collect();
        for f in &doc.facts {
            prop_assert!(f.span[0] <= f.span[1] && f.span[1] <= chars.len());
            let at: String = chars[f.span[0]..f.span[1]].iter().collect();
            prop_assert_eq!(&at, &f.text);
            prop_assert!(f.value.is_some() || f.incomplete || f.kind == wenshu::document::FactKind::Date);
        }
    }
}
