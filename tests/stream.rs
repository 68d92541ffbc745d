//! `wenshu extract --input-format jsonl`: the record filter that Spark's `RDD.pipe`
//! and Hadoop Streaming run. One line out per line in, in order, ids kept.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use serde_json::{json, Value};

/// Run the filter over `input`; returns the exit code and the parsed output lines.
fn filter(args: &[&str], input: &str) -> (i32, Vec<Value>, String) {
    let out = wenshu()
        .args(["extract", "--input-format", "jsonl"])
        .args(args)
        .arg("-")
        .write_stdin(input.as_bytes().to_vec())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (
        out.status.code().unwrap(),
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn lines_of(records: &[String]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// The acceptance case: the seed as text, the seed by path, an empty text, a line
/// that is not JSON, a short report → five lines, in order, ids kept.
#[test]
fn five_records_in_five_lines_out() {
    let seed = bundled_seed();
    let seed_str = seed.to_str().unwrap();
    let text = std::fs::read_to_string(&seed).unwrap();
    let input = lines_of(&[
        json!({"id": "seed-text", "text": text, "batch": "2025-Q3"}).to_string(),
        json!({"id": "seed-path", "path": seed_str}).to_string(),
        json!({"id": 3, "text": ""}).to_string(),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        json!({"id": ["short", 5], "text": "2024年工作總結\n一、基本情況\n全年接待居民1200人次。\n二、下一步\n繼續做好服務。\n"})
            .to_string(),
    ]);
    let (code, out, stderr) = filter(&[], &input);
    assert_eq!(code, 0, "bad records are data, not a failure: {stderr}");
    assert_eq!(out.len(), 5, "one line out per line in");
    assert_eq!(out[0]["id"], "seed-text");
    assert_eq!(out[1]["id"], "seed-path");
    assert_eq!(out[2]["id"], 3);
    assert_eq!(
        out[3]["id"],
        Value::Null,
        "the id of a line that is not JSON is unknown"
    );
    assert_eq!(out[4]["id"], json!(["short", 5]));

    // The bad line: an error record, with its line number, reported on stderr too.
    assert_eq!(out[3]["error"]["code"], "not_json");
    assert_eq!(out[3]["line"], 4);
    assert!(out[3].get("schema").is_none());
    assert!(stderr.contains("line 4"), "{stderr}");
    for (i, d) in out.iter().enumerate() {
        if i != 3 {
            assert!(d.get("error").is_none(), "{d}");
            assert_eq!(d["schema"], 1);
        }
    }

    // Carried fields come through; consumed ones (`text`, `path`) do not.
    assert_eq!(out[0]["batch"], "2025-Q3");
    assert!(out[0].get("text").is_none());
    assert!(out[1].get("path").is_none());
    assert_eq!(out[0]["source"]["path"], "-");
    assert_eq!(out[1]["source"]["path"], seed_str);

    // Both seed records describe the same report as a plain `wenshu extract`.
    let plain = extract_jsonl(&[seed_str]).remove(0);
    for d in &out[..2] {
        for key in ["articles", "sections", "facts", "placeholders"] {
            assert_eq!(d[key], plain[key], "{} {key}", d["id"]);
        }
        assert_offsets_sacred(d, &text);
    }
    // The seed has 17 placeholders; both records agree with a plain extract.
    let n = plain["placeholders"].as_array().unwrap().len();
    assert_eq!(out[0]["placeholders"].as_array().unwrap().len(), n);
    assert_eq!(out[1]["placeholders"].as_array().unwrap().len(), n);
    assert_eq!(n, 17, "the seed has 17 placeholders");
    assert_eq!(out[0]["source"]["sha256"], plain["source"]["sha256"]);

    // The empty text is a document without structure, not an error.
    assert_eq!(out[2]["source"]["chars"], 0);
    assert_eq!(out[2]["sections"], json!([]));
    // The short report.
    let titles: Vec<&str> = out[4]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["基本情況", "下一步"]);
}

#[test]
fn base64_bytes_are_decoded_like_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let gbk = dir.join("library-volunteers-2024.gbk.txt");
    let bytes = std::fs::read(&gbk).unwrap();
    let mut binary = b"\x7fELF\x02\x01\x01\0\0\0\0\0".to_vec();
    binary.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    let input = lines_of(&[
        json!({"id": "gbk", "path": "archive/lib.txt", "base64": base64(&bytes)}).to_string(),
        json!({"id": "bad", "base64": "Zm9v!"}).to_string(),
        json!({"id": "bin", "base64": base64(&binary)}).to_string(),
    ]);
    let (code, out, _) = filter(&["-q"], &input);
    assert_eq!(code, 0);
    assert_eq!(out.len(), 3);
    let plain = extract_jsonl(&[gbk.to_str().unwrap()]).remove(0);
    // `path` with bytes only names the document; it is not read.
    assert_eq!(out[0]["source"]["path"], "archive/lib.txt");
    for key in ["encoding", "bytes", "sha256", "script", "chars"] {
        assert_eq!(out[0]["source"][key], plain["source"][key], "{key}");
    }
    for key in ["articles", "sections", "facts", "placeholders"] {
        assert_eq!(out[0][key], plain[key], "{key}");
    }
    assert_eq!(out[1]["error"]["code"], "bad_base64");
    assert_eq!(out[2]["error"]["code"], "binary");
}

#[test]
fn every_bad_line_gets_an_error_record() {
    let input = lines_of(&[
        json!({"id": "missing", "path": "/nonexistent/wenshu/report.txt", "shard": 1}).to_string(),
        json!({"text": "no id here"}).to_string(),
        json!({"id": "nothing", "note": "neither text nor path"}).to_string(),
        json!({"id": "both", "text": "x", "base64": "eA=="}).to_string(),
        json!({"id": "typed", "text": 42}).to_string(),
        "[1, 2, 3]".to_string(),
        String::new(),
        json!({"id": "ok", "text": "一、總則\n"}).to_string(),
    ]);
    let (code, out, stderr) = filter(&[], &input);
    assert_eq!(code, 0, "{stderr}");
    let codes: Vec<&str> = out
        .iter()
        .map(|d| d["error"]["code"].as_str().unwrap_or("document"))
        .collect();
    assert_eq!(
        codes,
        [
            "not_found",
            "no_id",
            "no_input",
            "ambiguous",
            "bad_field",
            "not_object",
            "empty_line",
            "document"
        ]
    );
    let lines: Vec<u64> = out[..7]
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(out[0]["id"], "missing");
    assert_eq!(out[0]["source"]["path"], "/nonexistent/wenshu/report.txt");
    assert_eq!(
        out[0]["shard"], 1,
        "carried fields come through on errors too"
    );
    assert_eq!(out[2]["note"], "neither text nor path");
    assert_eq!(out[7]["id"], "ok");
    assert!(stderr.contains("/nonexistent/wenshu/report.txt") || stderr.contains("missing"));
}

#[test]
fn clashing_fields_are_dropped_with_a_warning() {
    let input = lines_of(&[
        json!({"id": 1, "text": "一、總則\n", "sections": "mine", "error": "x", "kept": true})
            .to_string(),
    ]);
    let (_, out, _) = filter(&[], &input);
    assert_eq!(out.len(), 1);
    assert!(out[0]["sections"].is_array());
    assert!(out[0].get("error").is_none());
    assert_eq!(out[0]["kept"], true);
    let w = &out[0]["warnings"][0];
    assert_eq!(w["code"], "field_dropped");
    assert!(w["message"].as_str().unwrap().contains("sections"));
}

/// Many records through parallel batches: order and ids hold, whatever `-j`.
#[test]
fn order_holds_across_parallel_batches() {
    let records: Vec<String> = (0..400)
        .map(|i| {
            let body = if i % 7 == 0 {
                "not json".to_string()
            } else {
                json!({"id": i, "text": format!("第{i}號報告\n一、概況\n共{i}人參加。\n"), "n": i})
                    .to_string()
            };
            body
        })
        .collect();
    let input = lines_of(&records);
    for jobs in ["1", "2", "4"] {
        let (code, out, _) = filter(&["-q", "-j", jobs], &input);
        assert_eq!(code, 0);
        assert_eq!(out.len(), 400);
        for (i, d) in out.iter().enumerate() {
            if i % 7 == 0 {
                assert_eq!(d["error"]["code"], "not_json");
                assert_eq!(d["line"], i as u64 + 1);
            } else {
                assert_eq!(d["id"], i as u64, "jobs {jobs}");
                assert_eq!(d["n"], i as u64);
            }
        }
    }
}

/// A record is answered while standard input is still open: the filter streams.
#[test]
fn answers_before_the_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenshu"))
        .args(["extract", "--input-format", "jsonl", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for i in 0..3 {
        writeln!(
            stdin,
            "{}",
            json!({"id": i, "text": "一、總則\n二、附則\n"})
        )
        .unwrap();
        stdin.flush().unwrap();
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("no answer while the input is open: the output is not flushed per line");
        let d: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(d["id"], i);
        assert_eq!(d["sections"].as_array().unwrap().len(), 2);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn jsonl_files_and_output_file() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.jsonl");
    let b = tmp.path().join("b.jsonl");
    std::fs::write(
        &a,
        "\u{feff}{\"id\":\"a1\",\"text\":\"一、甲\\n\"}\r\n{\"id\":\"a2\",\"text\":\"\"}",
    )
    .unwrap();
    std::fs::write(&b, "{\"id\":\"b1\",\"text\":\"一、乙\\n\"}\n").unwrap();
    let out = tmp.path().join("out.jsonl");
    wenshu()
        .args(["extract", "--input-format", "jsonl", "-o"])
        .arg(&out)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(0);
    let ids: Vec<Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [json!("a1"), json!("a2"), json!("b1")]);

    // A folder, a missing file and --format json are usage errors or failures.
    wenshu()
        .args(["extract", "--input-format", "jsonl"])
        .arg(tmp.path())
        .assert()
        .code(2);
    wenshu()
        .args([
            "extract",
            "--input-format",
            "jsonl",
            "--format",
            "json",
            "-",
        ])
        .write_stdin("")
        .assert()
        .code(2);
    let r = wenshu()
        .args(["extract", "--input-format", "jsonl"])
        .arg(tmp.path().join("missing.jsonl"))
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2), "an unreadable input stream");
    assert_eq!(String::from_utf8_lossy(&r.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&r.stderr).contains("missing.jsonl"));
}

/// Peak memory does not grow with the number of records: ten times the records (and
/// about 12 MB of input) cost no more than a few megabytes over the small run.
#[cfg(target_os = "linux")]
#[test]
fn memory_is_flat_in_the_number_of_records() {
    fn peak_kib(records: usize) -> u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wenshu"))
            .args(["extract", "--input-format", "jsonl", "-q", "-j", "2", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id();
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut n = 0;
            let mut lines = BufReader::new(stdout).lines();
            while n < records {
                let l = lines.next().unwrap().unwrap();
                assert!(l.starts_with("{\"id\""));
                n += 1;
            }
            lines
        });
        let body: String = (0..400)
            .map(|i| format!("{i}. The committee met and reviewed item {i} of the plan.\n"))
            .collect();
        for i in 0..records {
            let r = json!({"id": i, "text": format!("一、第{i}部分\n{body}")});
            writeln!(stdin, "{r}").unwrap();
        }
        stdin.flush().unwrap();
        // Every answer is in while the input is still open: the process is alive.
        let lines = reader.join().unwrap();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        drop(stdin);
        drop(lines);
        assert!(child.wait().unwrap().success());
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }
    let small = peak_kib(40);
    let large = peak_kib(400);
    eprintln!("peak memory: {small} KiB for 40 records, {large} KiB for 400");
    assert!(
        large < small + 8 * 1024,
        "peak memory grew with the records: {small} KiB for 40, {large} KiB for 400"
    );
}
