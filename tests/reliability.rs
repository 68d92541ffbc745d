//! Reliability: a folder of hostile inputs, damaged copies of the seed,
//! outputs that cannot be written, a closed pipe, Ctrl-C and SIGKILL. One bad file
//! never stops a batch, nothing panics, no output is left half-written and no
//! input is modified.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;
use wenshu::Document;

/// A small deterministic generator (xorshift64*): the same damaged copies every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seed_bytes() -> Vec<u8> {
    std::fs::read(bundled_seed()).unwrap()
}

fn sha256(path: &Path) -> String {
    wenshu::pipeline::sha256_hex(&std::fs::read(path).unwrap())
}

/// Hashes of every regular file under `dir` (links not followed), by path.
fn hashes(dir: &Path) -> BTreeMap<PathBuf, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), sha256(e.path())))
        .collect()
}

/// Every `.json` file under `dir`: parsed into the document type (which denies
/// unknown fields), checked against the original text when `original` finds it.
fn documents_in(dir: &Path) -> Vec<(PathBuf, Document)> {
    let mut out = Vec::new();
    if !dir.exists() {
        return out;
    }
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "json") {
            let bytes = std::fs::read(e.path()).unwrap();
            let doc: Document = serde_json::from_slice(&bytes).unwrap_or_else(|err| {
                panic!("{}: not a whole document: {err}", e.path().display())
            });
            out.push((e.path().to_path_buf(), doc));
        }
    }
    out
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .map(|e| e.path().to_path_buf())
        .collect()
}

/// Check a document against the file it came from (decoded the same way).
fn check_against_input(doc: &Document, input: &Path) {
    let bytes = std::fs::read(input).unwrap();
    let text = wenshu::decode::decode(&bytes, None).unwrap().text;
    if let Err(e) = wenshu::invariants::check_document(doc, &text) {
        panic!("{}: {e}", input.display());
    }
}

fn no_panic(stderr: &[u8]) {
    let s = String::from_utf8_lossy(stderr);
    assert!(!s.contains("panicked"), "a panic: {s}");
}

/// Facts' texts, placeholders' texts, sections (id, level, title).
type Essence = (Vec<String>, Vec<String>, Vec<(String, u32, String)>);

/// The facts' and placeholders' texts and the sections, for comparing copies.
fn essence(doc: &Document) -> Essence {
    (
        doc.facts.iter().map(|f| f.text.clone()).collect(),
        doc.placeholders.iter().map(|p| p.text.clone()).collect(),
        doc.sections
            .iter()
            .map(|s| (s.id.clone(), s.level, s.title.clone()))
            .collect(),
    )
}

/// Where the damaged copy has its invalid bytes (in the damaged file): a 0xFF
/// inserted at the first character boundary from byte 100, then a lone 0xC3 at
/// the first boundary from byte 2000 of the damaged file.
fn invalid_positions(seed_text: &str) -> (usize, usize) {
    let at = |n: usize| (n..).find(|&i| seed_text.is_char_boundary(i)).unwrap();
    (at(100), at(1999) + 1)
}

const LONG_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Build the hostile folder, part 2. Returns the names of interest.
fn hostile_folder(root: &Path) {
    let seed = seed_bytes();
    let seed_text = String::from_utf8(seed.clone()).unwrap();
    std::fs::write(root.join("seed.txt"), &seed).unwrap();
    // CRLF and BOM copies (the seed's line breaks are LF).
    let crlf = seed_text.replace("\r\n", "\n").replace('\n', "\r\n");
    std::fs::write(root.join("seed-crlf.txt"), &crlf).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(&seed);
    std::fs::write(root.join("seed-bom.txt"), &bom).unwrap();
    // A binary file with a .txt name.
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    elf.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    std::fs::write(root.join("program.txt"), &elf).unwrap();
    // Invalid UTF-8 sequences.
    // Invalid bytes inserted at character boundaries: one invalid sequence each.
    let mut bad = seed.clone();
    let (p1, p2) = invalid_positions(&seed_text);
    bad.insert(p2 - 1, 0xC3); // a lead byte without its continuation
    bad.insert(p1, 0xFF);
    std::fs::write(root.join("invalid-bytes.txt"), &bad).unwrap();
    // Empty.
    std::fs::write(root.join("empty.txt"), b"").unwrap();
    // 16 MB without a line break.
    let line: String = seed_text.replace(['\n', '\r'], "");
    let mut long = line.repeat(LONG_LINE_BYTES / line.len() + 1).into_bytes();
    long.truncate(LONG_LINE_BYTES);
    while std::str::from_utf8(&long).is_err() {
        long.pop();
    }
    std::fs::write(root.join("long-line.txt"), &long).unwrap();
    // A deep tree.
    let mut deep = root.join("deep");
    for i in 0..64 {
        deep.push(format!("d{i}"));
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("bottom.txt"), &seed[..3000]).unwrap();
    // Chinese names with spaces.
    std::fs::write(root.join("社區 中秋 總結.txt"), &seed).unwrap();
    // a.txt and a.md.
    std::fs::write(root.join("a.txt"), "甲文件\n一、甲\n").unwrap();
    std::fs::write(root.join("a.md"), "# 乙文件\n一、乙\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        // A name that is not valid UTF-8 (Latin-1 é, and GBK 中).
        let name = std::ffi::OsString::from_vec(b"caf\xe9-\xd6\xd0.txt".to_vec());
        std::fs::write(root.join(name), &seed[..2000]).unwrap();
        // A symlink loop and a dangling link.
        std::os::unix::fs::symlink("..", root.join("deep/loop")).unwrap();
        std::os::unix::fs::symlink("missing-target.txt", root.join("dangling.txt")).unwrap();
    }
}

#[test]
fn hostile_folder_is_processed_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let out = tmp.path().join("out");
    std::fs::create_dir(&input).unwrap();
    hostile_folder(&input);
    let before = hashes(&input);

    let started = Instant::now();
    let result = wenshu()
        .args(["extract", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    no_panic(&result.stderr);
    assert_eq!(result.status.code(), Some(2), "stderr: {stderr}");
    eprintln!("hostile folder (with a 16 MB line) took {took:?}");

    // The binary file, the dangling link and the loop are named on standard error.
    for name in ["program.txt", "dangling.txt", "loop"] {
        assert!(
            stderr.lines().any(|l| l.contains(name)),
            "{name} not reported: {stderr}"
        );
    }
    // … and listed as error records in the output folder.
    let errors = std::fs::read_to_string(out.join(wenshu::output::json::ERRORS_FILE)).unwrap();
    let records: Vec<Value> = errors
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 3, "{errors}");
    assert!(records.iter().any(|r| r["source"]["path"]
        .as_str()
        .unwrap()
        .ends_with("program.txt")
        && r["error"]["code"] == "binary"));

    // Inputs unchanged.
    assert_eq!(hashes(&input), before, "an input was modified");
    // No temporary file left.
    assert_eq!(temp_files(&out), Vec::<PathBuf>::new());

    // Every readable file written as a valid, whole document.
    let docs = documents_in(&out);
    let by_name = |rel: &str| -> &Document {
        &docs
            .iter()
            .find(|(p, _)| p.strip_prefix(&out).unwrap() == Path::new(rel))
            .unwrap_or_else(|| {
                panic!(
                    "{rel} not written; written: {:?}",
                    docs.iter().map(|d| &d.0).collect::<Vec<_>>()
                )
            })
            .1
    };
    let mut expected = vec![
        "seed.json",
        "seed-crlf.json",
        "seed-bom.json",
        "invalid-bytes.json",
        "empty.json",
        "long-line.json",
        "社區 中秋 總結.json",
        "a.txt.json",
        "a.md.json",
    ];
    let deep_rel: String = "deep/".to_string()
        + &(0..64).map(|i| format!("d{i}/")).collect::<String>()
        + "bottom.json";
    expected.push(&deep_rel);
    for rel in &expected {
        let doc = by_name(rel);
        let input_rel = Path::new(&doc.source.path)
            .strip_prefix(&input)
            .unwrap()
            .to_path_buf();
        check_against_input(doc, &input.join(input_rel));
    }
    assert_eq!(docs.len(), expected.len() + usize::from(cfg!(unix)));

    // The seed, its CRLF copy and its BOM copy: the same 17 placeholders, and the
    // same facts and sections.
    let seed = by_name("seed.json");
    assert_eq!(seed.articles.len(), 3);
    assert!(!seed.sections.is_empty());
    assert_eq!(seed.placeholders.len(), 17);
    assert_eq!(by_name("seed-crlf.json").placeholders.len(), 17);
    assert_eq!(by_name("seed-bom.json").placeholders.len(), 17);
    assert_eq!(essence(by_name("seed-crlf.json")), essence(seed));
    assert_eq!(essence(by_name("seed-bom.json")), essence(seed));
    assert!(by_name("seed-bom.json").source.bom);

    // Invalid bytes: U+FFFD, a warning with the byte offset, the document written.
    let bad = by_name("invalid-bytes.json");
    let offsets: Vec<u64> = bad.warnings.iter().filter_map(|w| w.byte_offset).collect();
    let (p1, p2) = invalid_positions(&String::from_utf8(seed_bytes()).unwrap());
    assert_eq!(offsets, [p1 as u64, p2 as u64], "{:?}", bad.warnings);
    assert!(stderr.contains("invalid-bytes.txt"));

    // Empty: a valid empty document.
    let empty = by_name("empty.json");
    assert_eq!((empty.source.chars, empty.source.lines), (0, 0));
    assert!(empty.sections.is_empty() && empty.facts.is_empty());

    // The long line is whole.
    assert_eq!(by_name("long-line.json").source.bytes, {
        std::fs::metadata(input.join("long-line.txt"))
            .unwrap()
            .len()
    });

    // a.txt and a.md did not overwrite each other.
    assert!(by_name("a.txt.json").source.path.ends_with("a.txt"));
    assert!(by_name("a.md.json").source.path.ends_with("a.md"));

    // A name that is not UTF-8: kept byte for byte in the output name, and in
    // `source.path_bytes`.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let (path, doc) = docs
            .iter()
            .find(|(p, _)| p.file_name().unwrap().as_bytes() == b"caf\xe9-\xd6\xd0.json")
            .expect("the non-UTF-8 name is kept in the output name");
        let raw = doc.source.path_bytes.as_ref().expect("path_bytes");
        assert!(raw.ends_with(b"/caf\xe9-\xd6\xd0.txt"), "{raw:?}");
        assert!(doc.source.path.contains('\u{FFFD}'));
        assert!(path.exists());
    }
}

#[test]
fn error_records_in_the_jsonl_stream() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = seed_bytes();
    std::fs::write(tmp.path().join("a.txt"), &seed).unwrap();
    std::fs::write(tmp.path().join("b.txt"), b"\x7fELF\0\0\0\0\0\0\0\0\x01\x02").unwrap();
    std::fs::write(tmp.path().join("c.txt"), &seed[..500]).unwrap();
    let out = wenshu()
        .args(["extract", "--format", "jsonl"])
        .arg(tmp.path())
        .arg(tmp.path().join("missing.txt"))
        .output()
        .unwrap();
    no_panic(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // In input order: a, b (error), c, missing (error).
    let kinds: Vec<String> = lines
        .iter()
        .map(|l| match l.get("error") {
            Some(e) => e["code"].as_str().unwrap().to_string(),
            None => "document".into(),
        })
        .collect();
    assert_eq!(kinds, ["document", "binary", "document", "not_found"]);
    assert!(lines[1]["source"]["path"]
        .as_str()
        .unwrap()
        .ends_with("b.txt"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.txt") && stderr.contains("missing.txt"),
        "{stderr}"
    );
}

/// Truncate and byte-flip the seed: 300 deterministic damaged copies.
fn damaged_copies(dir: &Path) -> usize {
    let seed = seed_bytes();
    let mut rng = Rng(0x5EED_0007_2025_0917);
    for i in 0..300 {
        let mut b = seed.clone();
        match i % 3 {
            0 => b.truncate(rng.below(b.len() + 1)),
            1 => {
                for _ in 0..1 + rng.below(16) {
                    let at = rng.below(b.len());
                    b[at] = rng.next() as u8;
                }
            }
            _ => {
                b.truncate(1 + rng.below(b.len()));
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(b.len());
                    b[at] ^= 1 << rng.below(8);
                }
            }
        }
        std::fs::write(dir.join(format!("damaged-{i:03}.txt")), &b).unwrap();
    }
    300
}

#[test]
fn damaged_copies_of_the_seed() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let out = tmp.path().join("out");
    std::fs::create_dir(&input).unwrap();
    let n = damaged_copies(&input);
    let result = wenshu()
        .args(["extract", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    no_panic(&result.stderr);
    assert!(
        matches!(result.status.code(), Some(0) | Some(2)),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let docs = documents_in(&out);
    eprintln!("{} of {n} damaged copies written", docs.len());
    assert!(docs.len() >= 290, "only {} of {n} written", docs.len());
    for (_, doc) in &docs {
        check_against_input(doc, Path::new(&doc.source.path));
    }
}

#[test]
fn unwritable_outputs_are_clear_errors() {
    let seed = bundled_seed();
    // A folder that cannot be created, a file that cannot be created.
    for out in ["/proc/wenshu-out", "/proc/wenshu-out.jsonl"] {
        if !Path::new("/proc/self").exists() {
            break;
        }
        let r = wenshu()
            .args(["extract", "-o", out])
            .arg(&seed)
            .output()
            .unwrap();
        no_panic(&r.stderr);
        assert_eq!(r.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert!(stderr.contains(out), "{stderr}");
        assert!(stderr.starts_with("wenshu: error: "), "{stderr}");
    }
    let tmp = tempfile::tempdir().unwrap();
    // A file where the output folder should be.
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let r = wenshu()
        .args(["extract", "--format", "json", "-o"])
        .arg(&file)
        .arg(&seed)
        .output()
        .unwrap();
    no_panic(&r.stderr);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("not-a-folder"));
    assert_eq!(std::fs::read(&file).unwrap(), b"x");

    // A folder in the way of one output file: that input fails, named with the
    // output file; the others are written.
    let out = tmp.path().join("out");
    std::fs::create_dir_all(out.join("community-mid-autumn-2025.json")).unwrap();
    let other = tmp.path().join("other.txt");
    std::fs::write(&other, "一、甲\n").unwrap();
    let r = wenshu()
        .args(["extract", "-o"])
        .arg(&out)
        .arg(&seed)
        .arg(&other)
        .output()
        .unwrap();
    no_panic(&r.stderr);
    assert_eq!(r.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        stderr.contains("community-mid-autumn-2025.json"),
        "{stderr}"
    );
    assert!(out.join("other.json").is_file());

    // A full disk: /dev/full as the output file, and as standard output.
    if Path::new("/dev/full").exists() {
        let r = wenshu()
            .args(["extract", "--format", "jsonl", "-o", "/dev/full"])
            .arg(&seed)
            .output()
            .unwrap();
        no_panic(&r.stderr);
        assert_eq!(r.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&r.stderr).contains("/dev/full"));
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let r = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
            .arg("extract")
            .arg(&seed)
            .stdout(full)
            .output()
            .unwrap();
        no_panic(&r.stderr);
        assert_eq!(r.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&r.stderr).contains("standard output"));
    }
}

#[test]
fn an_output_never_replaces_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.txt");
    std::fs::write(&a, "一、甲\n").unwrap();
    let r = wenshu()
        .args(["extract", "--format", "jsonl", "-o"])
        .arg(&a)
        .arg(&a)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "一、甲\n");
    // convert into its own folder: each file would replace itself.
    let r = wenshu()
        .args(["convert", "--to", "traditional", "-o"])
        .arg(tmp.path())
        .arg(tmp.path())
        .output()
        .unwrap();
    no_panic(&r.stderr);
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "一、甲\n");
}

/// Many inputs, so a run lasts long enough to be cut short.
fn many_inputs(dir: &Path, n: usize) {
    let seed = seed_bytes();
    for i in 0..n {
        std::fs::write(dir.join(format!("r{i:04}.txt")), &seed).unwrap();
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    many_inputs(tmp.path(), 200);
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
        .arg("extract")
        .arg(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take()); // `| head -c 100`
    let out = child.wait_with_output().unwrap();
    no_panic(&out.stderr);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// The folder to run over: the shared real reports, or (without ../shared)
/// generated copies of the seed.
fn corpus_or_copies(tmp: &Path) -> Option<PathBuf> {
    match shared() {
        Some(s) => Some(s.join("corpus/reports")),
        None => {
            let dir = tmp.join("copies");
            std::fs::create_dir(&dir).unwrap();
            many_inputs(&dir, 400);
            Some(dir)
        }
    }
}

#[test]
fn sigkill_leaves_only_whole_files() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(reports) = corpus_or_copies(tmp.path()) else {
        return;
    };
    // As a user would: kill -9 after 0.4 s. Then again once the run is surely
    // writing (on a slow or busy machine 0.4 s may not reach the first file).
    for (round, wait_for_first) in [(0, false), (1, true)] {
        let out = tmp.path().join(format!("out{round}"));
        let mut child = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
            .args(["extract", "-q", "-o"])
            .arg(&out)
            .arg(&reports)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        if wait_for_first {
            while documents_in_count(&out) == 0 && started.elapsed() < Duration::from_secs(120) {
                std::thread::sleep(Duration::from_millis(20));
            }
            std::thread::sleep(Duration::from_millis(150));
        } else {
            std::thread::sleep(Duration::from_millis(400));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Every .json present parses as a whole document (temporary files may
        // remain, hidden, named `.wenshu-*.tmp`; they are never `.json`).
        let docs = documents_in(&out);
        eprintln!(
            "killed after {:?}: {} whole documents, {} temporary files",
            started.elapsed(),
            docs.len(),
            temp_files(&out).len()
        );
        if wait_for_first {
            assert!(!docs.is_empty());
        }
    }
}

fn documents_in_count(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .count()
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(reports) = corpus_or_copies(tmp.path()) else {
        return;
    };
    let out = tmp.path().join("out");
    let child = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
        .args(["extract", "-q", "-o"])
        .arg(&out)
        .arg(&reports)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    // The handler is installed before the output folder is created: on a busy
    // machine, wait for that so the signal does not land before it.
    let started = Instant::now();
    while !out.exists() && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let sent = StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let r = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    no_panic(&r.stderr);
    // 130 when stopped; a very fast machine may have finished first.
    assert!(
        matches!(r.status.code(), Some(130) | Some(0) | Some(2)),
        "{:?} {stderr}",
        r.status
    );
    if r.status.code() == Some(130) {
        assert!(stderr.contains("interrupted"), "{stderr}");
    }
    documents_in(&out);
    assert_eq!(temp_files(&out), Vec::<PathBuf>::new());
}

#[test]
fn hostile_structures_stay_linear() {
    // Each of these was quadratic (or worse) once: endless nesting of restarted
    // lists, thousands of numbered articles, inline runs on one long line.
    let cases = [
        ("nest", "一、甲\n".repeat(20_000)),
        (
            "alternate",
            "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n".repeat(4_000),
        ),
        (
            "articles",
            (1..=10_000)
                .map(|i| format!("总结 篇{i}\n一、甲\n"))
                .collect::<String>(),
        ),
        ("inline", "，一是甲，二是乙".repeat(50_000)),
    ];
    for (name, text) in cases {
        let t = Instant::now();
        let st = wenshu::structure::analyze(&text);
        let took = t.elapsed();
        wenshu::invariants::check_structure(&st, &text).unwrap();
        let deepest = st.sections.iter().map(|s| s.level).max().unwrap_or(0);
        assert!(
            deepest as usize <= wenshu::structure::MAX_DEPTH + 1,
            "{name}: {deepest}"
        );
        assert!(took < Duration::from_secs(20), "{name}: {took:?}");
        for (k, s) in st.sections.iter().enumerate().step_by(997) {
            let _ = st.locate(s.range.start);
            assert!(s.id.len() < 200, "{name}: section {k} id {}", s.id.len());
        }
    }
}

/// `convert` with the same relative name under two roots, standard input beside a
/// file named `stdin.txt`, and a name without extension beside the same name with
/// one: every input gets its own output, and the summary counts them.
#[test]
fn convert_never_merges_colliding_names() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(a.join("x.txt"), "一、總則\n").unwrap();
    std::fs::write(b.join("x.txt"), "二、後記\n").unwrap();
    std::fs::write(b.join("stdin.txt"), "三、附則\n").unwrap();
    let out = tmp.path().join("out");
    let r = wenshu()
        .args(["convert", "--to", "simplified", "--glob", "*.txt", "-o"])
        .arg(&out)
        .arg(&a)
        .arg(&b)
        .arg("-")
        .write_stdin("臺灣\n")
        .output()
        .unwrap();
    no_panic(&r.stderr);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let mut texts: Vec<String> = walkdir::WalkDir::new(&out)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    texts.sort();
    assert_eq!(texts, ["一、总则\n", "三、附则\n", "二、后记\n", "台湾\n"]);
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("4 file(s) written, 0 input(s) failed"),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    // --incremental: a second run writes nothing; a changed input is rewritten.
    let run = || {
        let r = wenshu()
            .args(["convert", "--to", "simplified", "--incremental", "-o"])
            .arg(&out)
            .arg(&a)
            .arg(&b)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0));
        String::from_utf8_lossy(&r.stderr).into_owned()
    };
    assert!(run().contains("3 written, 0 skipped"));
    assert!(run().contains("0 written, 3 skipped"));
    std::fs::write(a.join("x.txt"), "四、補充\n").unwrap();
    assert!(run().contains("1 written, 2 skipped"));
    assert_eq!(
        std::fs::read_to_string(out.join("x.txt")).unwrap(),
        "四、补充\n"
    );
}
