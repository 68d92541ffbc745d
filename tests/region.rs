//! Which side of the strait a document is on (`source.region`), decided from
//! evidence a reader accepts, never from `民国` inside another word.

mod common;

use common::*;
use serde_json::Value;

fn region(doc: &Value) -> Option<&str> {
    doc["source"]["region"].as_str()
}

/// Over the real reports (needs `../shared`): no mainland report is read as
/// Taiwan's and none of its amounts is TWD; every Legislative Yuan record is.
#[test]
fn mainland_reports_are_mainland_and_taiwan_records_taiwan() {
    let Some(shared) = shared() else { return };
    let reports = shared.join("corpus/reports");
    let docs = extract_jsonl(&[reports.to_str().unwrap(), "-q"]);
    assert!(docs.len() > 400, "{} documents", docs.len());
    let (mut cn, mut tw) = (0, 0);
    for d in &docs {
        let path = d["source"]["path"].as_str().unwrap();
        let twd = d["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["currency"] == "TWD")
            .count();
        if path.contains("/cn-") {
            cn += 1;
            assert_eq!(region(d), Some("cn"), "{path}");
            assert_eq!(twd, 0, "{path}: {twd} amounts in TWD");
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
