//! `wenshu extract` end to end on real files: articles, sections, encodings,
//! normalization, determinism, offsets.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

fn titles_of_level1(doc: &Value, article: u64) -> Vec<String> {
    doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["article"] == article && s["level"] == 1)
        .map(|s| s["title"].as_str().unwrap().to_string())
        .collect()
}

fn check_seed_structure(doc: &Value) {
    let arts = doc["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 3);
    for (i, a) in arts.iter().enumerate() {
        assert!(a["title"]
            .as_str()
            .unwrap()
            .ends_with(&format!("篇{}", i + 1)));
    }
    let markers = |art: u64| -> Vec<String> {
        doc["sections"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["article"] == art && s["level"] == 1)
            .map(|s| s["marker"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(markers(0), ["一、", "二、", "三、", "四、"]);
    assert_eq!(markers(1), ["一、", "二、", "三、", "四、"]);
    assert_eq!(
        titles_of_level1(doc, 2),
        ["重點問題", "責任領導", "解決方案"]
    );
    let first = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["article"] == 2 && s["title"] == "重點問題" && s["level"] == 1)
        .unwrap();
    let children: Vec<&str> = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["parent"] == first["id"])
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["重點區域", "重點問題", "重點對象"]);
    // The restarted list under (三) nests there.
    let obj = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == "重點對象")
        .unwrap();
    let nested: Vec<&str> = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["parent"] == obj["id"])
        .map(|s| s["marker"].as_str().unwrap())
        .collect();
    assert_eq!(nested, ["一、", "二、"]);
}

#[test]
fn seed_articles_and_sections() {
    let seed = bundled_seed();
    let docs = extract_jsonl(&[seed.to_str().unwrap()]);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["schema"], 1);
    assert_eq!(doc["source"]["encoding"], "UTF-8");
    assert_eq!(doc["source"]["script"], "traditional");
    assert_eq!(doc["source"]["bytes"], 11261);
    check_seed_structure(doc);
    let original = std::fs::read_to_string(&seed).unwrap();
    assert_offsets_sacred(doc, &original);
}

#[test]
fn shared_seed_is_the_bundled_seed() {
    let Some(shared) = seed_path() else { return };
    assert_eq!(
        std::fs::read(shared).unwrap(),
        std::fs::read(bundled_seed()).unwrap(),
        "corpus/ ships the seed byte for byte"
    );
}

fn structure_key(doc: &Value) -> Vec<(String, String, String, Value)> {
    doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["marker"].as_str().unwrap().to_string(),
                s["title"].as_str().unwrap().to_string(),
                s["span"].clone(),
            )
        })
        .collect()
}

#[test]
fn seed_in_big5_gb18030_and_utf16_gives_the_same_structure() {
    let text = std::fs::read_to_string(bundled_seed()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let big5 = encoding_rs::BIG5.encode(&text).0.into_owned();
    let gb = encoding_rs::GB18030.encode(&text).0.into_owned();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut utf16be = vec![];
    utf16be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let files = [
        ("seed.big5.txt", big5, "Big5"),
        ("seed.gb18030.txt", gb, "GB18030"),
        ("seed.utf16.txt", utf16, "UTF-16LE"),
        ("seed.utf16be-nobom.txt", utf16be, "UTF-16BE"),
    ];
    for (name, bytes, _) in &files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let reference = &extract_jsonl(&[bundled_seed().to_str().unwrap()])[0];
    let docs = extract_jsonl(&[dir.path().to_str().unwrap()]);
    assert_eq!(docs.len(), files.len());
    for doc in &docs {
        let path = doc["source"]["path"].as_str().unwrap();
        let (_, _, enc) = files.iter().find(|(n, _, _)| path.ends_with(n)).unwrap();
        assert_eq!(doc["source"]["encoding"], *enc, "{path}");
        check_seed_structure(doc);
        assert_eq!(structure_key(doc), structure_key(reference), "{path}");
        assert_eq!(doc["articles"], reference["articles"], "{path}");
        assert_eq!(doc["facts"], reference["facts"], "{path}");
        assert_eq!(doc["placeholders"], reference["placeholders"], "{path}");
    }
}

#[test]
fn bundled_legacy_encodings_are_detected() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let docs = extract_jsonl(&[root.to_str().unwrap()]);
    let by = |suffix: &str| {
        docs.iter()
            .find(|d| d["source"]["path"].as_str().unwrap().ends_with(suffix))
            .unwrap()
            .clone()
    };
    let gbk = by("library-volunteers-2024.gbk.txt");
    let utf8 = by("library-volunteers-2024.txt");
    assert_eq!(gbk["source"]["encoding"], "GB18030");
    assert_eq!(gbk["source"]["script"], "simplified");
    assert_eq!(structure_key(&gbk), structure_key(&utf8));
    let big5 = by("tw-community-care-2023.big5.txt");
    let tw = by("tw-community-care-2023.txt");
    assert_eq!(big5["source"]["encoding"], "Big5");
    assert_eq!(big5["source"]["script"], "traditional");
    assert_eq!(structure_key(&big5), structure_key(&tw));
    // 壹、 is a level above 一、.
    assert_eq!(
        titles_of_level1(&tw, 0),
        ["辦理情形", "經費運用", "檢討與建議"]
    );
}

#[test]
fn to_simplified_adds_copies_and_changes_no_offset() {
    let seed = bundled_seed();
    let plain = &extract_jsonl(&[seed.to_str().unwrap()])[0];
    let norm = &extract_jsonl(&["--to", "simplified", seed.to_str().unwrap()])[0];
    let text = norm["normalized_text"].as_str().unwrap();
    assert!(text.starts_with("2025年社区中秋活动总结 篇1"));
    assert_eq!(
        text.chars().count(),
        plain["source"]["chars"].as_u64().unwrap() as usize
    );
    assert_eq!(norm["normalized_to"], "simplified");
    assert_eq!(
        norm["facts"].as_array().unwrap().len(),
        plain["facts"].as_array().unwrap().len()
    );
    for (a, b) in norm["facts"]
        .as_array()
        .unwrap()
        .iter()
        .zip(plain["facts"].as_array().unwrap())
    {
        assert_eq!(a["span"], b["span"]);
        assert_eq!(a["text"], b["text"]);
    }
    assert_eq!(structure_key(norm), structure_key(plain));
    assert_eq!(
        norm["sections"][0]["title_normalized"],
        "扶贫帮困送温暖,困难居民喜眉梢。"
    );
    assert_eq!(
        norm["sections"][0]["title"],
        "扶貧幫困送溫暖,困難居民喜眉梢。"
    );
    assert!(plain.get("normalized_text").is_none());
}

#[test]
fn json_folder_mirrors_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::copy(bundled_seed(), input.join("sub/seed.txt")).unwrap();
    std::fs::write(input.join("a.txt"), "一、甲\n内容").unwrap();
    std::fs::write(input.join("a.md"), "# 标题\n内容").unwrap();
    std::fs::write(input.join("skip.json"), "{}").unwrap();
    let out = dir.path().join("out");
    wenshu()
        .args(["extract", "-q"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let seed: Value =
        serde_json::from_slice(&std::fs::read(out.join("sub/seed.json")).unwrap()).unwrap();
    check_seed_structure(&seed);
    // a.txt and a.md would both be a.json: neither overwrites the other.
    assert!(out.join("a.txt.json").is_file());
    assert!(out.join("a.md.json").is_file());
    assert!(!out.join("skip.json").exists());
}

#[test]
fn standard_input_and_a_missing_path() {
    let seed = std::fs::read(bundled_seed()).unwrap();
    let out = wenshu()
        .args(["extract", "-"])
        .write_stdin(seed)
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"]["path"], "-");
    check_seed_structure(&doc);

    let out = wenshu()
        .args(["extract", "no/such/file.txt"])
        .arg(bundled_seed())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/file.txt"), "{stderr}");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "an error record and the document");
    assert_eq!(lines[0]["error"]["code"], "not_found");
    assert_eq!(lines[0]["source"]["path"], "no/such/file.txt");
    check_seed_structure(&lines[1]);
}

#[test]
fn jobs_do_not_change_the_output_on_real_reports() {
    let Some(shared) = shared() else { return };
    let reports = shared.join("corpus/reports");
    let run = |jobs: &str| {
        let out = wenshu()
            .args(["extract", "-q", "--format", "jsonl", "-j", jobs])
            .arg(&reports)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    let two = run("2");
    assert!(one == two, "-j 1 and -j 2 differ");
    let docs: Vec<Value> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(docs.len() >= 470);
    // Offsets are sacred on every real report.
    for doc in &docs {
        let path = doc["source"]["path"].as_str().unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        assert_offsets_sacred(doc, &text);
    }
}

#[test]
fn tokens_map_back_to_the_original() {
    let seed = bundled_seed();
    let doc = &extract_jsonl(&["--tokens", seed.to_str().unwrap()])[0];
    let toks = doc["tokens"].as_array().unwrap();
    assert!(toks.len() > 1000);
    let original = std::fs::read_to_string(&seed).unwrap();
    assert_offsets_sacred(doc, &original);
    // Traditional text is segmented through its Simplified copy.
    assert!(toks.iter().any(|t| t["text"] == "在職黨員"));
}
