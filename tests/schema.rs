//! The JSON Schema of the document: generated from the Rust types, committed at
//! `schema/document.schema.json`, and checked against real outputs.
//!
//! After changing a type in `crates/wenshu/src/document.rs`, rewrite the committed file with
//! `WENSHU_BLESS=1 cargo test --test schema`.

mod common;

use std::path::PathBuf;

use common::*;
use serde_json::Value;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/document.schema.json")
}

fn generated() -> String {
    let mut s = serde_json::to_string_pretty(&wenshu::document::json_schema()).unwrap();
    s.push('\n');
    s
}

#[test]
fn committed_schema_is_up_to_date() {
    let path = committed_path();
    let fresh = generated();
    if std::env::var_os("WENSHU_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "schema/document.schema.json differs from the schema generated from crates/wenshu/src/document.rs; \
         if the change is intended, rewrite it with `WENSHU_BLESS=1 cargo test --test schema`"
    );
}

fn validate_all(docs: &[Value]) {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(committed_path()).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    for doc in docs {
        let errors: Vec<String> = validator
            .iter_errors(doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{} does not match the schema:\n{}",
            doc["source"]["path"],
            errors.join("\n")
        );
    }
}

#[test]
fn bundled_outputs_match_the_schema() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let docs = extract_jsonl(&[corpus.to_str().unwrap()]);
    assert!(docs.len() >= 5);
    validate_all(&docs);
    // The optional parts too: normalized copies, tokens and keywords.
    let docs = extract_jsonl(&[
        bundled_seed().to_str().unwrap(),
        "--to",
        "simplified",
        "--tokens",
        "--keywords",
        "5",
    ]);
    assert!(docs[0]["tokens"].as_array().is_some_and(|t| !t.is_empty()));
    assert!(docs[0]["articles"][0]["keywords"]
        .as_array()
        .is_some_and(|k| !k.is_empty()));
    validate_all(&docs);
}

#[test]
fn shared_seed_matches_the_schema() {
    let Some(seed) = seed_path() else { return };
    let docs = extract_jsonl(&[seed.to_str().unwrap()]);
    validate_all(&docs);
}

#[test]
fn schema_rejects_what_the_format_does_not_allow() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(committed_path()).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut doc = extract_jsonl(&[bundled_seed().to_str().unwrap()]).remove(0);
    assert!(validator.is_valid(&doc));
    doc["source"]["script"] = "klingon".into();
    assert!(!validator.is_valid(&doc));
    doc["source"]["script"] = "traditional".into();
    doc["unknown_field"] = 1.into();
    assert!(!validator.is_valid(&doc));
    doc.as_object_mut().unwrap().remove("unknown_field");
    assert!(validator.is_valid(&doc));
    // `parent` is required even when null (the document format lists it).
    doc["sections"][0].as_object_mut().unwrap().remove("parent");
    assert!(!validator.is_valid(&doc));
}
