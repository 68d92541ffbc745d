//! Which side of the strait a document is on (`source.region`), decided from
//! evidence a reader accepts, never from `民国` inside another word.

mod common;

use common::*;
use serde_json::Value;

fn region(doc: &Value) -> Option<&str> {
    doc["source"]["region"].as_str()
}

/// Over the real reports (needs `../shared`): no mainland report is read as
/// Taiwan's or Hong Kong's and none of its amounts is TWD or HKD; every
/// Legislative Yuan record is Taiwan's.
#[test]
fn mainland_reports_are_mainland_and_taiwan_records_taiwan() {
    let Some(shared) = shared() else { return };
    let reports = shared.join("corpus/reports");
    let docs = extract_jsonl(&[reports.to_str().unwrap(), "-q"]);
    assert!(docs.len() > 400, "{} documents", docs.len());
    let (mut cn, mut tw) = (0, 0);
    for d in &docs {
        let path = d["source"]["path"].as_str().unwrap();
        let in_currency = |code: &str| {
            d["facts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["currency"] == code)
                .count()
        };
        let (twd, hkd) = (in_currency("TWD"), in_currency("HKD"));
        if path.contains("/cn-") {
            cn += 1;
            assert_eq!(region(d), Some("cn"), "{path}");
            assert_eq!(twd, 0, "{path}: {twd} amounts in TWD");
            // Mainland reports name 香港特别行政区 and 港澳: still mainland's.
            assert_eq!(hkd, 0, "{path}: {hkd} amounts in HKD");
        } else if path.contains("/tw-") {
            tw += 1;
            assert_eq!(region(d), Some("tw"), "{path}");
        }
    }
    assert_eq!((cn, tw), (252, 104));
}

/// The bundled samples: the Taiwan report and its Big5 copy are Taiwan's (新臺幣,
/// 中華民國112年); the library report and its GBK copy are mainland's.
#[test]
fn bundled_samples_and_the_region_flag() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let docs = extract_jsonl(&[corpus.to_str().unwrap(), "-q"]);
    for d in &docs {
        let path = d["source"]["path"].as_str().unwrap();
        let want = if path.contains("tw-community") {
            "tw"
        } else if path.contains("library") {
            "cn"
        } else {
            continue;
        };
        assert_eq!(region(d), Some(want), "{path}");
    }
    // A text with no evidence: a bare 元 is CNY; --region tw makes it TWD and
    // reads 112年 as an ROC year.
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    std::fs::write(&f, "經費共計3000元，112年度執行。\n").unwrap();
    let doc = &extract_jsonl(&[f.to_str().unwrap()])[0];
    assert_eq!(region(doc), None);
    let money = |d: &Value| {
        d["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["kind"] == "money")
            .unwrap()["currency"]
            .clone()
    };
    assert_eq!(money(doc), "CNY");
    let doc = &extract_jsonl(&[f.to_str().unwrap(), "--region", "tw"])[0];
    assert_eq!(region(doc), Some("tw"));
    assert_eq!(money(doc), "TWD");
    let year = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "date")
        .map(|x| x["value"].clone());
    assert_eq!(year, Some(Value::from("2023")));
    let doc = &extract_jsonl(&[f.to_str().unwrap(), "--region", "hk"])[0];
    assert_eq!(money(doc), "HKD");
}

/// A Hong Kong record in Traditional script is Hong Kong's, and its bare 元 is HKD:
/// the Legislative Council's Official Record of 2013-04-24, written replies
/// (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
/// data/txt/12-13-cm0424-translate-c.txt).
#[test]
fn hong_kong_records_are_hong_kong_and_bare_yuan_is_hkd() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("legco.txt");
    std::fs::write(
        &f,
        "立法會  ─  2013年 4月 24日\n\
         1. 陳志全議員：主席，關於高中通識教育科，本人現提出以下質詢：\n\
         (二 ) 鑒於當局在 2010-2011學年向每間受政府資助的中學提供\n\
         的一筆過為數 32萬元的通識教育科課程支援津貼，\n\
         接獲約 42 000宗由超齡子女提出的單程證申請。\n\
         香港身份證時未滿 14周歲的內地居民\n",
    )
    .unwrap();
    let doc = &extract_jsonl(&[f.to_str().unwrap()])[0];
    assert_eq!(region(doc), Some("hk"));
    let facts = doc["facts"].as_array().unwrap();
    let money = facts.iter().find(|x| x["kind"] == "money").unwrap();
    assert_eq!(
        (money["value"].as_f64(), money["currency"].as_str()),
        (Some(320000.0), Some("HKD"))
    );
    let count = facts.iter().find(|x| x["unit"] == "宗").unwrap();
    assert_eq!(
        (count["text"].as_str(), count["value"].as_f64()),
        (Some("約 42 000宗"), Some(42000.0))
    );
}

/// A bare `$` is the dollar of the place: Hong Kong's in a Hong Kong column
/// (hkcnews on the Chief Executive's allowances: `生果金…每月$1,345`, whose
/// Secretaries name the territory though 香港 is never written), Taiwan's with
/// `--region tw`, the US dollar in a mainland text; `US$` stays USD.
#[test]
fn a_bare_dollar_is_the_dollar_of_the_place() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("column.txt");
    std::fs::write(
        &f,
        "特首、政務司司長、財政司司長和律政司司長都有一筆非實報實銷酬酢津貼。\n\
         生果金津貼金額為每月$1,345，另有US$200。\n",
    )
    .unwrap();
    let currencies = |args: &[&str]| -> Vec<String> {
        let mut a = vec![f.to_str().unwrap()];
        a.extend_from_slice(args);
        let doc = &extract_jsonl(&a)[0];
        doc["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["kind"] == "money")
            .map(|x| x["currency"].as_str().unwrap().to_string())
            .collect()
    };
    let doc = &extract_jsonl(&[f.to_str().unwrap()])[0];
    assert_eq!(region(doc), Some("hk"));
    assert_eq!(currencies(&[]), ["HKD", "USD"]);
    assert_eq!(currencies(&["--region", "tw"]), ["TWD", "USD"]);
    assert_eq!(currencies(&["--region", "cn"]), ["USD", "USD"]);
}
