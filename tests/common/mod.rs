//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

/// `../shared` (the real-report corpus and conformance cases). Absent on a user's
/// fresh clone: the caller skips with a message. Under `CI=true` it must exist.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("corpus").is_dir() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("../shared is missing, but CI=true: the CI checkout must have it");
    }
    eprintln!("skipped: ../shared is not present (tests over the shared corpus run in CI)");
    None
}

pub fn seed_path() -> Option<PathBuf> {
    shared().map(|s| s.join("corpus/seed/community-mid-autumn-2025.txt"))
}

/// The bundled copy of the seed, present in every clone.
pub fn bundled_seed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/community-mid-autumn-2025.txt")
}

pub fn wenshu() -> Command {
    Command::cargo_bin("wenshu").unwrap()
}

/// Run `wenshu extract ARGS` to standard output and parse every JSON line.
pub fn extract_jsonl(args: &[&str]) -> Vec<Value> {
    let out = wenshu().arg("extract").args(args).output().unwrap();
    assert!(
        out.status.code() == Some(0),
        "extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The characters of `text` at a `[start, end)` character span.
pub fn at_span(chars: &[char], span: &Value) -> String {
    let s = span[0].as_u64().unwrap() as usize;
    let e = span[1].as_u64().unwrap() as usize;
    chars[s..e].iter().collect()
}

/// Every `text`/`title` in a document equals the original at its span.
pub fn assert_offsets_sacred(doc: &Value, original: &str) {
    let chars: Vec<char> = original.chars().collect();
    assert_eq!(
        doc["source"]["chars"].as_u64().unwrap() as usize,
        chars.len()
    );
    for a in doc["articles"].as_array().unwrap() {
        if let Some(t) = a["title"].as_str() {
            assert_eq!(at_span(&chars, &a["title_span"]), t);
        }
    }
    for s in doc["sections"].as_array().unwrap() {
        assert_eq!(
            at_span(&chars, &s["title_span"]),
            s["title"].as_str().unwrap()
        );
        let (ss, se) = (
            s["span"][0].as_u64().unwrap(),
            s["span"][1].as_u64().unwrap(),
        );
        let (ts, te) = (
            s["title_span"][0].as_u64().unwrap(),
            s["title_span"][1].as_u64().unwrap(),
        );
        assert!(ss <= ts && te <= se, "section span holds its title: {s}");
    }
    for key in ["facts", "placeholders", "tokens"] {
        if let Some(items) = doc[key].as_array() {
            for f in items {
                assert_eq!(
                    at_span(&chars, &f["span"]),
                    f["text"].as_str().unwrap(),
                    "{key}: {f}"
                );
            }
        }
    }
}

/// A zip archive of the given entries (deflated), for Word and OFD files written in a test.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}
