//! Properties (proptest): for any input, nothing panics, every `text` equals the
//! original at its `span`, spans lie inside the text, lines and columns agree
//! with spans, sections nest (child inside parent, levels down by one), and CRLF
//! or BOM copies give the same facts, placeholders and sections as LF, and the
//! facts do not depend on how much of the text is segmented.
//! The checks themselves are `wenshu::invariants`, shared with the fuzz targets.

use std::sync::OnceLock;

use proptest::prelude::*;
use wenshu::{Document, Engine, Options};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Options::default()).unwrap())
}

/// An engine that cuts and tags every line (`--tokens`) before the facts.
fn eager_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(Options {
            tokens: true,
            ..Options::default()
        })
        .unwrap()
    })
}

/// Fragments that reach the rules: heading markers, numerals, dates, money,
/// placeholders, line breaks, and awkward characters.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "一、",
    "二、",
    "三、",
    "（一）",
    "（二）",
    "(三)",
    "1.",
    "2、",
    "（1）",
    "①",
    "②",
    "第一章",
    "第二节",
    "# ",
    "## ",
    "一是",
    "二是",
    "总结 篇1",
    "總結 篇2",
    "标题",
    "內容",
    "社區",
    "，",
    "。",
    "；",
    "：",
    " ",
    "　",
    "\t",
    "9月17日",
    "2025年",
    "二〇二五年九月",
    "民國112年5月20日",
    "16、17日",
    "至18日",
    "6戶",
    "12位",
    "兩個",
    "100餘名",
    "近3000元",
    "人民幣1,200元",
    "3.5萬元",
    "100%",
    "百分之八十",
    "五成",
    "12.5個百分點",
    "__",
    "____",
    "＿＿",
    "--社區",
    "□□",
    "××",
    "XX單位",
    "○○",
    "20xx",
    "x月x日",
    "【 】",
    "（  ）",
    "[單位名稱]",
    "{{name}}",
    "待定",
    "TODO",
    "某某",
    "×××",
    "——",
    "……",
    "壹",
    "拾",
    "廿",
    "〇",
    "０",
    "９",
    "3",
    "\u{FFFD}",
    "\u{FEFF}",
    "\u{200B}",
    "😀",
    "𠀀",
    "é",
    "\u{0}",
    "\u{1F}",
    "1.1.1",
    "（105）年",
    "本",
    "过年",
    "初一",
    "2024年12月至1月",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(doc: &Document, text: &str) -> Result<(), TestCaseError> {
    wenshu::invariants::check_document(doc, text).map_err(TestCaseError::fail)
}

/// Facts' texts, placeholders' texts, sections (id, level, title). A text that
/// spans a line break holds the original's break (`\r\n` or `\n`): compared as `\n`.
type Essence = (Vec<String>, Vec<String>, Vec<(String, u32, String)>);

fn essence(doc: &Document) -> Essence {
    let lf = |t: &str| t.replace("\r\n", "\n");
    (
        doc.facts.iter().map(|f| lf(&f.text)).collect(),
        doc.placeholders.iter().map(|p| lf(&p.text)).collect(),
        doc.sections
            .iter()
            .map(|s| (s.id.clone(), s.level, s.title.clone()))
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Segmenting only the clauses that may hold a number, with tags on demand,
    /// gives the facts of cutting and tagging every line.
    #[test]
    fn facts_do_not_depend_on_how_much_is_segmented(text in text()) {
        let lazy = engine().process_text("p.txt", &text);
        let eager = eager_engine().process_text("p.txt", &text);
        prop_assert_eq!(&lazy.facts, &eager.facts);
    }

    #[test]
    fn documents_keep_their_promises(text in text()) {
        let doc = engine().process_text("p.txt", &text);
        check(&doc, &text)?;
    }

    #[test]
    fn sections_nest(text in text()) {
        let st = wenshu::structure::analyze(&text);
        prop_assert!(wenshu::invariants::check_structure(&st, &text).is_ok(),
            "{:?}", wenshu::invariants::check_structure(&st, &text));
    }

    #[test]
    fn any_bytes_decode_or_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(doc) = engine().process_bytes("p.bin", &bytes) {
            let text = wenshu::decode::decode(&bytes, None).unwrap().text;
            check(&doc, &text)?;
            for w in &doc.warnings {
                if let Some(off) = w.byte_offset {
                    prop_assert!((off as usize) < bytes.len());
                }
            }
        }
    }

    #[test]
    fn damaged_utf8_still_decodes(text in text(), cut in any::<prop::sample::Index>(),
                                  flips in prop::collection::vec((any::<prop::sample::Index>(), 0x80u8..=0xFF), 0..4)) {
        let mut bytes = text.into_bytes();
        if !bytes.is_empty() {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        for (at, b) in flips {
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
        }
        if let Ok(doc) = engine().process_bytes("p.txt", &bytes) {
            let text = wenshu::decode::decode(&bytes, None).unwrap().text;
            check(&doc, &text)?;
        }
    }

    #[test]
    fn crlf_and_bom_change_nothing(text in text()) {
        prop_assume!(!text.contains('\r') && !text.contains('\u{0}'));
        let lf = engine().process_text("lf.txt", &text);
        let crlf_text = text.replace('\n', "\r\n");
        let crlf = engine().process_text("crlf.txt", &crlf_text);
        check(&crlf, &crlf_text)?;
        prop_assert_eq!(essence(&crlf), essence(&lf));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        if let Ok(with_bom) = engine().process_bytes("bom.txt", &bom) {
            prop_assert_eq!(essence(&with_bom), essence(&lf));
        }
    }
}

/// Inputs that once made a rule panic (found by stress runs, minimized): each
/// gives a document that keeps its promises.
#[test]
fn once_panicking_inputs_keep_their_promises() {
    for text in [
        // A year in brackets twice before a lunar day: two dates overlapping.
        "过年本（105）年本（105）年初一",
        "过年明（105）年本(105)年初一",
        // A term's number indented with an ideographic space, its term the last
        // line with no line break after it.
        "x\n\u{3000}1.1.1\n2",
    ] {
        let doc = engine().process_text("t.txt", text);
        wenshu::invariants::check_document(&doc, text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}
