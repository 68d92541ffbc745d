//! Reliability, continued (`docs/reliability-notes.md` states the rules):
//!
//! - every placeholder and fact scan is linear in the length of a line: a 1 MB line
//!   of blanks, masked years, brackets or numerals is checked and extracted (and
//!   placeholders under many `wenshu:` directives are checked in linear time);
//! - text from a file or the command line never reaches a terminal or a CI log
//!   raw: control and bidirectional characters are shown escaped, GitHub workflow
//!   commands escape every field; JSON keeps the exact text;
//! - a closed or full standard error never panics a command (Linux: `/dev/full`);
//! - BOM-less UTF-16 is accepted only when it is plausible;
//! - `wenshu.toml` is looked for up to the repository's root, never above it, and
//!   `--verbose`, JSON and SARIF say which file was used.
//!
//! Timing is not asserted (machines differ); a quadratic path makes these tests
//! run for minutes instead of seconds.

mod common;

use std::path::Path;
use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::Value;
use wenshu::check::{CheckConfig, Checker};
use wenshu::decode::decode;
use wenshu::error::DecodeError;
use wenshu::pipeline::{Engine, Options};

const MB: usize = 1 << 20;

fn wenshu(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("wenshu").unwrap();
    c.current_dir(dir);
    c.env_remove("GITHUB_STEP_SUMMARY");
    c.env_remove("CI");
    c
}

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::new(Options::default()).unwrap())
}

/// One line of about `bytes` bytes: `unit` repeated.
fn line_of(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len());
    s.push('\n');
    s
}

fn checker() -> Checker {
    Checker::new(&CheckConfig::defaults(Path::new("."))).unwrap()
}

// ---------------------------------------------------------------------------
// Long lines.

#[test]
fn a_megabyte_line_of_blanks_is_checked() {
    // A line of nothing but `__ ` is a Markdown rule (a thematic break), not a
    // blank: nothing to report, but every `__` asked whether its line is one.
    let r = checker().check_text("x.txt", &line_of("__ ", MB));
    assert!(r.findings.is_empty(), "{:?}", r.findings.first());
    // Blanks that are placeholders: each located, with context and excerpt.
    let unit = "__社 ";
    let r = checker().check_text("x.txt", &line_of(unit, MB));
    let n = MB / unit.len();
    assert_eq!(r.findings.len(), n);
    let last = &r.findings[n - 1];
    assert_eq!(
        (last.placeholder.line, last.placeholder.column),
        (1, 4 * (n - 1) + 1)
    );
    assert!(last.placeholder.context.starts_with('…'));
    assert!(last.before.starts_with('…'));
    assert_eq!(last.after, "社");
}

#[test]
fn a_megabyte_line_of_labels_and_indented_blanks_is_checked() {
    // Round-bracket labels: each asks whether text follows it on the line.
    let unit = "，（單位名稱）";
    let r = checker().check_text("x.txt", &line_of(unit, MB));
    assert_eq!(r.findings.len(), MB / unit.len() - 1, "all but the last");
    // Half a megabyte of spaces, then blanks: each context asks whether the line
    // goes on before its snippet.
    let mut text = " ".repeat(MB / 2);
    text.push_str(&line_of("__社 ", MB / 2));
    let r = checker().check_text("x.txt", &text);
    assert_eq!(r.findings.len(), (MB / 2) / "__社 ".len());
    assert_eq!(r.findings[0].placeholder.context, "__社 __社 __社 __…");
}

#[test]
fn a_megabyte_line_is_extracted() {
    for (unit, placeholders, facts) in [
        ("__ ", 0, 0),
        ("__社 ", MB / "__社 ".len(), 0),
        // A masked year is a fact and a placeholder, linked to each other.
        ("20xx年 ", MB / "20xx年 ".len(), MB / "20xx年 ".len()),
    ] {
        let text = line_of(unit, MB);
        let doc = engine().process_text("x.txt", &text);
        assert_eq!(doc.placeholders.len(), placeholders, "{unit:?}");
        assert_eq!(doc.facts.len(), facts, "{unit:?}");
        if facts > 0 {
            let p = doc.placeholders.last().unwrap();
            assert_eq!(p.fact, Some(doc.facts.len() - 1), "{unit:?}");
        }
        wenshu::invariants::check_document(&doc, &text).unwrap();
    }
}

#[test]
fn a_megabyte_line_of_numerals_is_extracted() {
    for unit in [
        "1",
        "1 ",
        "1,000,",
        "1.1.",
        "一",
        "一二三四五六七八九十百千万亿",
        "三千零五",
        "１２３",
        "12位，",
        "3.5万元，",
        "5月6日，",
        "百分之五，",
        "一 ",
    ] {
        let text = line_of(unit, MB);
        let doc = engine().process_text("x.txt", &text);
        wenshu::invariants::check_document(&doc, &text).unwrap();
        let r = checker().check_text("x.txt", &text);
        assert!(r.findings.is_empty(), "{unit:?}: {:?}", r.findings.first());
    }
}

#[test]
fn many_directives_and_placeholders_are_checked() {
    // Each placeholder asks which directive suppresses it.
    let mut text = "__社 <!-- wenshu: allow-line blank -->\n".repeat(100_000);
    text.push_str(&"wenshu: disable\n__社\nwenshu: enable\n".repeat(20_000));
    text.push_str("wenshu: allow-next-line\n\n__社\n__社\n");
    let r = checker().check_text("x.txt", &text);
    assert_eq!(r.findings.len(), 120_002);
    let by = |d: &str| {
        r.findings
            .iter()
            .filter(|f| f.suppressed.as_ref().is_some_and(|s| s.directive == d))
            .count()
    };
    assert_eq!(by("allow-line"), 100_000);
    assert_eq!(by("disable"), 20_000);
    assert_eq!(by("allow-next-line"), 1);
    assert!(r.findings.last().unwrap().suppressed.is_none());
}

// ---------------------------------------------------------------------------
// Terminal and CI-log injection.

/// A report whose placeholders carry a carriage return that would start a
/// workflow command, an escape sequence (clear screen, window title) and a
/// right-to-left override.
const HOSTILE: &str = "一、（此處填寫\r::warning file=README.md::x\r）\n二、__社區\x1b[2J\x1b]0;pwned\x07 \u{202E}txt.exe\u{2066}\n";

fn unsafe_chars(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| c != '\n' && wenshu::visible::is_unsafe(c))
        .collect()
}

fn run_check(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = wenshu(dir)
        .args(["check", "--no-config"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn human_output_shows_control_and_bidi_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.txt"), HOSTILE).unwrap();
    let (code, out, _) = run_check(dir.path(), &["r.txt"]);
    assert_eq!(code, 1);
    assert_eq!(unsafe_chars(&out), [], "{out}");
    assert!(
        out.contains(r"（此處填寫\r::warning file=README.md::x\r）"),
        "{out}"
    );
    assert!(
        out.contains(r"\u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}txt"),
        "{out}"
    );
    // Every line is ours: a diagnostic, a gutter line, a blank line or the summary.
    for line in out.lines() {
        assert!(
            line.is_empty()
                || line.starts_with("r.txt:")
                || line.starts_with(' ')
                || line.starts_with("wenshu check:"),
            "{line:?}"
        );
    }
}

#[test]
fn github_output_escapes_every_field() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.txt"), HOSTILE).unwrap();
    let (code, out, _) = run_check(dir.path(), &["--format", "github", "r.txt"]);
    assert_eq!(code, 1);
    assert_eq!(unsafe_chars(&out), [], "{out}");
    // The runner splits lines at CR as well as LF: only our commands start one.
    let lines: Vec<&str> = out.split(['\r', '\n']).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("::error file=r.txt,line=1,col=3,"));
    assert!(lines[1].starts_with("::error file=r.txt,line=2,col=3,"));
    assert!(lines[2].starts_with("wenshu check: "));
    assert!(
        lines[0].contains(r"\r::warning file=README.md::x\r"),
        "{out}"
    );
}

#[test]
fn json_keeps_the_exact_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.txt"), HOSTILE).unwrap();
    let (_, out, _) = run_check(dir.path(), &["--format", "json", "r.txt"]);
    let j: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        j["placeholders"][0]["text"],
        "（此處填寫\r::warning file=README.md::x\r）"
    );
}

#[cfg(unix)]
#[test]
fn file_names_are_escaped_in_every_message() {
    let dir = tempfile::tempdir().unwrap();
    let name = "b\n::stop-commands::tok\n\u{1b}[31m.txt";
    let escaped = r"b\n::stop-commands::tok\n\u{1b}[31m.txt";
    // A placeholder in a file with that name: human and github formats.
    std::fs::write(dir.path().join(name), "__社區\n").unwrap();
    let (_, out, _) = run_check(dir.path(), &["."]);
    assert_eq!(unsafe_chars(&out), [], "{out}");
    assert!(
        out.contains(&format!("./{escaped}:1:1: error[blank]")),
        "{out}"
    );
    let (_, out, _) = run_check(dir.path(), &["--format", "github", "."]);
    assert_eq!(unsafe_chars(&out), [], "{out}");
    assert!(
        !out.lines().any(|l| l.starts_with("::stop-commands")),
        "{out}"
    );
    assert!(
        out.starts_with(r"::error file=./b\n%3A%3Astop-commands%3A%3Atok\n\u{1b}[31m.txt,"),
        "{out}"
    );
    // A file that cannot be read: its name on standard error, for every command.
    std::fs::remove_file(dir.path().join(name)).unwrap();
    std::fs::write(dir.path().join(name), b"\x7fELF\0\0\0\0binary").unwrap();
    let (code, _, err) = run_check(dir.path(), &["."]);
    assert_eq!(code, 2);
    assert_eq!(unsafe_chars(&err), [], "{err}");
    assert!(err.contains(escaped), "{err}");
    for cmd in [
        &["extract", "-o", "out", "."][..],
        &["convert", "--to", "simplified", "-o", "conv", "."][..],
    ] {
        let out = wenshu(dir.path()).args(cmd).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(unsafe_chars(&err), [], "{cmd:?}: {err}");
        assert!(err.contains(escaped), "{cmd:?}: {err}");
        assert!(!err.lines().any(|l| l.starts_with("::")), "{cmd:?}: {err}");
    }
}

#[test]
fn directive_problems_are_escaped_on_standard_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("r.txt"),
        "wenshu: allow-line blank,\u{202E}todo\x1b[2J\n",
    )
    .unwrap();
    let (code, _, err) = run_check(dir.path(), &["r.txt"]);
    assert_eq!(code, 0);
    assert_eq!(unsafe_chars(&err), [], "{err}");
    assert!(
        err.contains(r"r.txt:1: unknown placeholder kind `\u{202e}todo\u{1b}[2J`"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------
// A closed or full standard error.

/// Run the command with standard error on `/dev/full` (every write fails).
#[cfg(target_os = "linux")]
fn with_full_stderr(dir: &Path, args: &[&str]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
        .current_dir(dir)
        .args(args)
        .env_remove("CI")
        .stderr(full)
        .output()
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_error_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(common::bundled_seed(), d.join("seed.txt")).unwrap();
    std::fs::write(d.join("bin.txt"), b"\x7fELF\0\0\0\0binary").unwrap();
    // Messages on the way (a summary, a warning, a read error) are lost; the
    // outputs are written and the exit code is what it would be.
    let out = with_full_stderr(d, &["extract", "seed.txt", "-o", "out"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(d.join("out/seed.json").is_file());
    let out = with_full_stderr(d, &["extract", "seed.txt", "bin.txt", "-o", "out2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(d.join("out2/seed.json").is_file());
    let out = with_full_stderr(d, &["extract", "--format", "csv", "seed.txt", "-o", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    let out = with_full_stderr(
        d,
        &[
            "convert",
            "--to",
            "simplified",
            "seed.txt",
            "bin.txt",
            "-o",
            "conv",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(d.join("conv/seed.txt").is_file());
    let out = with_full_stderr(
        d,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "seed.txt",
            "bin.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["summary"]["errors"], 17);
    let out = with_full_stderr(d, &["check", "--no-config", "seed.txt"]);
    assert_eq!(out.status.code(), Some(1));
    // The record filter's error records, and a usage error from the flags.
    std::fs::write(d.join("in.jsonl"), "{\"id\": 1}\nnot json\n").unwrap();
    let out = with_full_stderr(d, &["extract", "--input-format", "jsonl", "in.jsonl"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 2);
    let out = with_full_stderr(d, &["extract", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    let out = with_full_stderr(d, &["check", "--config", "missing.toml", "seed.txt"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------
// BOM-less UTF-16 only when plausible.

#[test]
fn big5_of_an_odd_length_is_not_utf16() {
    // Nine bytes whose first eight read as four CJK code units in UTF-16LE.
    let (big5, _, bad) = encoding_rs::BIG5.encode("一、總則\n");
    assert!(!bad);
    assert_eq!(big5.len(), 9);
    let d = decode(&big5, None).unwrap();
    assert!(!d.encoding.starts_with("UTF-16"), "{}", d.encoding);
    // With a line more, the legacy detector has enough to go on.
    let text = "一、總則\n第一條 本辦法依社區發展工作綱要訂定。\n";
    let (big5, _, _) = encoding_rs::BIG5.encode(text);
    assert!(!big5.len().is_multiple_of(2));
    let d = decode(&big5, None).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (text, "Big5"));
}

/// A report saved in UTF-8 with a Big5 file appended (or the other way round):
/// each part is read in its own encoding, and a warning says where it changes.
#[test]
fn a_file_that_mixes_utf8_and_big5_is_read_part_by_part() {
    let text = std::fs::read_to_string("corpus/tw-community-care-2023.txt").unwrap();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (head, tail) = lines.split_at(lines.len() / 2);
    let (head, tail) = (head.concat(), tail.concat());
    let (big5_tail, _, bad) = encoding_rs::BIG5.encode(&tail);
    assert!(!bad);
    let (big5_head, _, _) = encoding_rs::BIG5.encode(&head);
    for (bytes, switch) in [
        ([head.as_bytes(), &big5_tail[..]].concat(), head.len()),
        ([&big5_head[..], tail.as_bytes()].concat(), big5_head.len()),
    ] {
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, text, "each part decoded in its own encoding");
        let mixed: Vec<_> = d
            .warnings
            .iter()
            .filter(|w| w.code == "mixed_encoding")
            .collect();
        assert_eq!(mixed.len(), 1, "{:?}", d.warnings);
        assert_eq!(mixed[0].byte_offset, Some(switch as u64));
        assert!(mixed[0].message.contains("Big5") && mixed[0].message.contains("UTF-8"));
        // Through the whole pipeline: the facts of both halves are there.
        let doc = engine().process_bytes("mixed.txt", &bytes).unwrap();
        let whole = engine().process_text("whole.txt", &text);
        assert_eq!(doc.facts.len(), whole.facts.len());
    }
    // Files in one encoding are not mixed.
    for f in [
        "corpus/tw-community-care-2023.big5.txt",
        "corpus/library-volunteers-2024.gbk.txt",
    ] {
        let d = decode(&std::fs::read(f).unwrap(), None).unwrap();
        assert!(d.warnings.is_empty(), "{f}: {:?}", d.warnings);
    }
}

/// xorshift64*: the same bytes every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn random_bytes_ending_in_nuls_are_not_utf16() {
    let mut rng = Rng(0x5EED_0FF1_CE11);
    for i in 0..20_000 {
        // Mostly short (where chance looks most like text), some long.
        let len = if i % 4 == 0 {
            64 + (rng.next() % 2000) as usize
        } else {
            1 + (rng.next() % 64) as usize
        };
        let mut b: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        // Not a byte-order mark: that one decides (and is tested elsewhere).
        b[0] &= 0x7F;
        b.extend(std::iter::repeat_n(0, 1 + (rng.next() % 8) as usize));
        match decode(&b, None) {
            Err(DecodeError::Binary) => {}
            Err(e) => panic!("sample {i}: {e}"),
            Ok(d) => assert!(
                !d.encoding.starts_with("UTF-16"),
                "sample {i}: {:?} read as {}",
                b,
                d.encoding
            ),
        }
    }
}

#[test]
fn plausible_utf16_without_a_bom_is_still_read() {
    let text = "2025年社區中秋活動總結\n一、扶貧幫困送溫暖,困難居民喜眉梢。\n9月17日,走訪慰問困難家庭6戶。\n";
    let one_line = "一、總則：本辦法依社區發展工作綱要訂定。\n";
    for (little, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
        let utf16 = |s: &str| -> Vec<u8> {
            s.encode_utf16()
                .flat_map(|u| {
                    if little {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    }
                })
                .collect()
        };
        for t in [text, one_line] {
            let bytes = utf16(t);
            let d = decode(&bytes, None).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (t, name));
            // Cut by one byte: not whole code units, so not UTF-16 at all.
            if let Ok(d) = decode(&bytes[..bytes.len() - 1], None) {
                assert!(
                    !d.encoding.starts_with("UTF-16"),
                    "{little}: {}",
                    d.encoding
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Configuration discovery.

/// `outer/wenshu.toml` (switches every check off), `outer/repo/` with `.git`
/// (a folder, or a file as in a worktree) and the seed.
fn nested(git_file: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join("sub")).unwrap();
    std::fs::write(
        dir.path().join("wenshu.toml"),
        "[check]\nexclude = [\"**\"]\n",
    )
    .unwrap();
    if git_file {
        std::fs::write(
            repo.join(".git"),
            "gitdir: /elsewhere/.git/worktrees/repo\n",
        )
        .unwrap();
    } else {
        std::fs::create_dir(repo.join(".git")).unwrap();
    }
    std::fs::copy(common::bundled_seed(), repo.join("sub/seed.txt")).unwrap();
    dir
}

fn check_json(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let out = wenshu(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let j = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        j,
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_wenshu_toml_above_the_repository_is_not_used() {
    for git_file in [false, true] {
        let dir = nested(git_file);
        let repo = dir.path().join("repo");
        for cwd in [repo.clone(), repo.join("sub")] {
            let (code, j, err) = check_json(&cwd, &["--verbose", "."]);
            assert_eq!(code, 1, "{git_file} {}: {err}", cwd.display());
            assert_eq!(j["summary"]["errors"], 17);
            assert_eq!(j["summary"]["excluded"], 0);
            assert_eq!(j["config"], Value::Null);
            assert!(err.contains("configuration: none"), "{err}");
            assert!(err.contains("up to the repository root"), "{err}");
        }
        // The repository's own wenshu.toml is used, from any folder inside it.
        std::fs::write(repo.join("wenshu.toml"), "[check]\nallow = [\"____\"]\n").unwrap();
        let (code, j, err) = check_json(&repo.join("sub"), &["--verbose", "."]);
        assert_eq!(code, 1);
        assert_eq!(j["summary"]["allowed"], 1);
        let used = repo.join("wenshu.toml").display().to_string();
        assert_eq!(j["config"], used.as_str());
        assert!(err.contains(&format!("configuration: {used}")), "{err}");
        // And SARIF says it too.
        let out = wenshu(&repo)
            .args(["check", "--format", "sarif", "."])
            .output()
            .unwrap();
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            s["runs"][0]["invocations"][0]["properties"]["config"],
            used.as_str()
        );
    }
}

#[test]
fn outside_a_repository_the_nearest_wenshu_toml_is_used() {
    let dir = nested(false);
    std::fs::remove_dir(dir.path().join("repo/.git")).unwrap();
    let (code, j, _) = check_json(&dir.path().join("repo/sub"), &["."]);
    if std::fs::symlink_metadata(dir.path().join(".git")).is_ok()
        || wenshu::check::repository_root(dir.path()).is_some()
    {
        // The temporary folder is itself inside a repository: nothing to test.
        return;
    }
    assert_eq!(code, 0, "everything excluded");
    assert_eq!(j["summary"]["excluded"], 1);
    assert_eq!(
        j["config"],
        dir.path()
            .join("wenshu.toml")
            .display()
            .to_string()
            .as_str()
    );
}

/// An output that is one of the inputs is refused before anything is written, in
/// every mode: the record filter (`recs.jsonl -o recs.jsonl` once emptied its
/// input), `--format json` into the input folder with `--glob '*.json'`, and a
/// `check` report written over a checked file.
#[test]
fn no_output_replaces_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let recs = dir.join("recs.jsonl");
    let rec = "{\"id\": 1, \"text\": \"2025年9月17日\"}\n";
    std::fs::write(&recs, rec).unwrap();
    let r = wenshu(dir)
        .args([
            "extract",
            "--input-format",
            "jsonl",
            "recs.jsonl",
            "-o",
            "recs.jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&recs).unwrap(), rec);

    let d = dir.join("d");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("data.json"), "{\"keep\": true}").unwrap();
    let r = wenshu(dir)
        .args(["extract", "d", "--glob", "*.json", "-o", "d"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("would replace an input"));
    assert_eq!(
        std::fs::read_to_string(d.join("data.json")).unwrap(),
        "{\"keep\": true}"
    );

    std::fs::write(d.join("a.txt"), "__社區\n").unwrap();
    let r = wenshu(dir)
        .args(["check", "d", "--no-config", "-o", "d/a.txt"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(d.join("a.txt")).unwrap(),
        "__社區\n"
    );
}

/// `-o /dev/null` (a device) takes the stream format without `--format jsonl`.
#[cfg(unix)]
#[test]
fn a_device_output_takes_a_stream() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), "2025年9月17日\n").unwrap();
    let r = wenshu(tmp.path())
        .args(["extract", "a.txt", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
}

fn git(dir: &Path, args: &[&str]) -> bool {
    StdCommand::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `check --changed-since` reads git's names as bytes: a changed file whose name
/// is not UTF-8 is checked (it once gave "0 of 0 files checked" and exit 0, so the
/// gate passed a file a full `check` fails).
#[cfg(unix)]
#[test]
fn changed_since_checks_names_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    if !git(d, &["init", "-q"]) {
        eprintln!("git is not available: skipped");
        return;
    }
    std::fs::write(d.join("old.txt"), "一、總則\n").unwrap();
    assert!(git(d, &["add", "."]));
    assert!(git(d, &["commit", "-qm", "one"]));
    let bad = d.join(std::ffi::OsStr::from_bytes(b"bad\xff.txt"));
    if std::fs::write(&bad, "__社區\n").is_err() {
        eprintln!("this file system refuses names that are not UTF-8: skipped");
        return;
    }
    // Untracked, then committed and modified: both lists git gives.
    for step in ["untracked", "modified"] {
        if step == "modified" {
            assert!(git(d, &["add", "."]));
            assert!(git(d, &["commit", "-qm", "two"]));
            std::fs::write(&bad, "__社區\n____元\n").unwrap();
        }
        let (code, j, err) = check_json(d, &["--changed-since", "HEAD"]);
        assert_eq!(code, 1, "{step}: {err}");
        assert_eq!(j["summary"]["files"], 1, "{step}: {j}");
        let n = if step == "modified" { 2 } else { 1 };
        assert_eq!(j["placeholders"].as_array().unwrap().len(), n, "{step}");
    }
}

/// Run the command under a umask (`sh -c 'umask …; exec wenshu …'`).
#[cfg(unix)]
fn under_umask(dir: &Path, umask: &str, args: &[&str]) -> std::process::Output {
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_wenshu"))
        .args(args)
        .current_dir(dir)
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Outputs are created as any program's new files are, 0666 less the umask
/// (`umask 077` gives 0600: tables hold whole texts), and a file that is replaced
/// keeps its mode — in every command and format.
#[cfg(unix)]
#[test]
fn outputs_respect_the_umask_and_keep_an_existing_mode() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("a.txt"), "一、總則\n本次活動由__社區承辦。\n").unwrap();
    let runs: [(&[&str], &[&str]); 6] = [
        (&["extract", "a.txt", "-o", "json"], &["json/a.json"]),
        (&["extract", "a.txt", "-o", "all.jsonl"], &["all.jsonl"]),
        (
            &["extract", "a.txt", "--format", "csv", "-o", "csv"],
            &["csv/documents.csv", "csv/placeholders.csv"],
        ),
        (&["extract", "a.txt", "-o", "t.xlsx"], &["t.xlsx"]),
        (
            &["convert", "a.txt", "--to", "simplified", "-o", "conv"],
            &["conv/a.txt"],
        ),
        (
            &[
                "check",
                "a.txt",
                "--no-config",
                "--format",
                "json",
                "-o",
                "r.json",
            ],
            &["r.json"],
        ),
    ];
    for (args, outputs) in runs {
        under_umask(d, "077", args);
        for o in outputs {
            assert_eq!(mode(&d.join(o)), 0o600, "{args:?} {o}");
        }
        // Replaced under a looser umask: the mode the owner chose stays.
        under_umask(d, "022", args);
        for o in outputs {
            assert_eq!(mode(&d.join(o)), 0o600, "{args:?} {o} replaced");
        }
        for o in outputs {
            std::fs::set_permissions(d.join(o), std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        under_umask(d, "077", args);
        for o in outputs {
            assert_eq!(mode(&d.join(o)), 0o640, "{args:?} {o} kept");
        }
    }
    // A new file under umask 022 is 0644.
    under_umask(d, "022", &["extract", "a.txt", "-o", "new.jsonl"]);
    assert_eq!(mode(&d.join("new.jsonl")), 0o644);
}

// ---------------------------------------------------------------------------
// Interrupts: every command, every mode.

/// Whether process `pid` catches `signal` (Linux: the `SigCgt` mask of
/// /proc/PID/status): the sign that wenshu's handler is installed.
#[cfg(target_os = "linux")]
fn catches(pid: u32, signal: u32) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        .is_some_and(|m| m & (1 << (signal - 1)) != 0)
}

/// Run wenshu with `args` on an open standard input, send `signal` once its
/// handler is installed, wait for it to say it is stopping, then close standard
/// input (`close_stdin`; the filter must stop without it). With `wait_for`, the
/// signal waits for that file to appear too. Returns the exit code
/// and standard error. Nothing here depends on how fast the machine is: a
/// standard input that stays open holds the batch until the signal has landed.
#[cfg(target_os = "linux")]
fn interrupt(
    dir: &Path,
    args: &[&str],
    signal: &str,
    close_stdin: bool,
    wait_for: Option<&Path>,
) -> (Option<i32>, String) {
    use std::io::{BufRead, Write};
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let number = if signal == "INT" { 2 } else { 15 };
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"))
        .args(args)
        .current_dir(dir)
        .env_remove("CI")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take();
    // One record, for the filter (a report line for the others).
    stdin
        .as_mut()
        .unwrap()
        .write_all("{\"id\": 1, \"text\": \"2025年9月17日\"}\n".as_bytes())
        .unwrap();
    let started = Instant::now();
    while !catches(child.id(), number) || wait_for.is_some_and(|p| !p.exists()) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{args:?}: not started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in std::io::BufReader::new(stderr).lines() {
            let line = line.unwrap();
            let _ = tx.send(line.clone());
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let sent = StdCommand::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) {
        if line.contains("finishing the files in progress") {
            break;
        }
    }
    if close_stdin {
        drop(stdin.take());
    }
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{args:?}: still running two minutes after SIG{signal}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    drop(stdin);
    let err = reader.join().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    (status.code(), err)
}

/// Inputs for an interrupted batch: a report, standard input, then more reports
/// than one window of work holds, so some are surely never started.
#[cfg(target_os = "linux")]
fn interrupt_inputs(dir: &Path) -> Vec<String> {
    let text = "一、總則\n本次活動由__社區承辦，受益居民20xx餘人。\n";
    let mut args = vec!["a.txt".to_string(), "-".to_string()];
    std::fs::write(dir.join("a.txt"), text).unwrap();
    for i in 0..40 {
        let name = format!("r{i:02}.txt");
        std::fs::write(dir.join(&name), text).unwrap();
        args.push(name);
    }
    args
}

/// A snapshot of every file under `dir`: name → bytes.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

/// Ctrl-C or SIGTERM during a run: exit 130, the summary says what was written
/// and what was not processed, and complete outputs of an earlier run are left as
/// they were — tables (csv, xlsx) are not replaced by partial ones, a JSON Lines
/// file or a check report is not written.
#[cfg(target_os = "linux")]
#[test]
fn an_interrupt_leaves_earlier_outputs_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let inputs = interrupt_inputs(d);
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let modes: [&[&str]; 5] = [
        &["extract", "-j", "1", "--format", "csv", "-o", "csv"],
        &["extract", "-j", "1", "-o", "t.xlsx"],
        &["extract", "-j", "1", "-o", "all.jsonl"],
        &["convert", "-j", "1", "--to", "simplified", "-o", "conv"],
        &[
            "check",
            "-j",
            "1",
            "--no-config",
            "--format",
            "json",
            "-o",
            "r.json",
        ],
    ];
    for (k, mode) in modes.iter().enumerate() {
        let args: Vec<&str> = mode.iter().chain(&inputs).copied().collect();
        // A complete run first.
        let full = wenshu(d)
            .args(&args)
            .write_stdin("二、附則\n")
            .output()
            .unwrap();
        assert!(
            matches!(full.status.code(), Some(0) | Some(1)),
            "{mode:?}: {}",
            String::from_utf8_lossy(&full.stderr)
        );
        let before = snapshot(d);
        let signal = if k % 2 == 0 { "INT" } else { "TERM" };
        let (code, err) = interrupt(d, &args, signal, true, None);
        assert_eq!(code, Some(130), "{mode:?} SIG{signal}: {err}");
        let summary = err
            .lines()
            .find(|l| l.starts_with("wenshu: interrupted: ") && l.contains("not processed"))
            .unwrap_or_else(|| panic!("{mode:?}: no summary: {err}"));
        let not_processed: usize = summary
            .split(" not processed")
            .next()
            .and_then(|p| p.rsplit(' ').next()?.parse().ok())
            .unwrap();
        assert!(not_processed > 0, "{summary}");
        if mode[0] != "convert" {
            // Convert writes each file whole as it goes; the others keep what
            // the complete run wrote.
            assert!(snapshot(d) == before, "{mode:?}: outputs changed: {err}");
        }
        let temps: Vec<_> = snapshot(d)
            .into_iter()
            .filter(|(p, _)| p.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(temps.is_empty(), "{mode:?}: {:?}", temps[0].0);
    }
}

/// `--incremental` stopped by a signal: exit 130, the unprocessed inputs counted
/// (it once said "214 written, 0 skipped, 0 failed" and exited 0); a later run
/// completes the batch.
#[cfg(target_os = "linux")]
#[test]
fn an_interrupted_incremental_run_says_what_it_left() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let inputs = interrupt_inputs(d);
    let mut args = vec!["extract", "-j", "1", "--incremental", "-o", "out"];
    args.extend(inputs.iter().map(String::as_str));
    // Once the first report is written (standard input holds the rest).
    let (code, err) = interrupt(d, &args, "INT", true, Some(&d.join("out/a.json")));
    assert_eq!(code, Some(130), "{err}");
    let summary = err
        .lines()
        .find(|l| l.starts_with("wenshu: interrupted: ") && l.contains("not processed"))
        .unwrap_or_else(|| panic!("no summary: {err}"));
    let written = std::fs::read_dir(d.join("out"))
        .unwrap()
        .filter(|e| {
            let e = e.as_ref().unwrap();
            e.path().extension().is_some_and(|x| x == "json")
                && !e.file_name().to_string_lossy().starts_with('.')
        })
        .count();
    let total = inputs.len();
    assert!(written > 0 && written < total, "{summary}");
    assert!(
        summary.starts_with(&format!("wenshu: interrupted: {written} document(s) written, 0 input(s) failed, {} not processed", total - written)),
        "{summary} ({written} of {total} written)"
    );
    // The rest, later; standard input is always read again.
    let r = wenshu(d)
        .args(&args)
        .write_stdin("二、附則\n")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
    let said = String::from_utf8_lossy(&r.stderr);
    assert!(
        said.contains(&format!("{} written, {} skipped", total - written, written))
            || said.contains(&format!(
                "{} written, {} skipped",
                total - written + 1,
                written - 1
            )),
        "{said}"
    );
}

/// The record filter stops on SIGTERM and on Ctrl-C even while its input stays
/// open (it once kept answering and exited 0), to standard output or to a file
/// (which is then not written).
#[cfg(target_os = "linux")]
#[test]
fn the_record_filter_stops_on_a_signal() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("prev.jsonl"), "{\"id\": 0}\n").unwrap();
    for (signal, out) in [("TERM", None), ("INT", None), ("TERM", Some("prev.jsonl"))] {
        let mut args = vec!["extract", "--input-format", "jsonl", "-"];
        if let Some(o) = out {
            args.extend(["-o", o]);
        }
        let (code, err) = interrupt(d, &args, signal, false, None);
        assert_eq!(code, Some(130), "SIG{signal} {out:?}: {err}");
        assert!(err.contains("wenshu: interrupted: "), "{err}");
        assert!(err.contains("not processed"), "{err}");
        assert_eq!(
            std::fs::read_to_string(d.join("prev.jsonl")).unwrap(),
            "{\"id\": 0}\n"
        );
    }
}

/// A workbook that cannot be written — its row files hit a file size limit (as
/// on a full disk: rust_xlsxwriter panicked there), or the destination is
/// `/dev/full` — is an error naming the file, exit 2, never a panic; nothing is
/// left behind and a device stays a device.
#[cfg(target_os = "linux")]
#[test]
fn a_workbook_that_cannot_be_written_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let text = "一、總則\n本次活動由__社區承辦，受益居民2000餘人，經費3.5萬元。\n".repeat(20_000);
    std::fs::write(d.join("big.txt"), text).unwrap();
    // `ulimit -f` (512-byte blocks) with SIGXFSZ ignored: a write past 200 KB
    // fails with EFBIG, as one on a full disk fails with ENOSPC.
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg("ulimit -f 400 && trap '' XFSZ && exec \"$0\" extract big.txt -o out/t.xlsx")
        .arg(env!("CARGO_BIN_EXE_wenshu"))
        .current_dir(d)
        .env_remove("CI")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("out/t.xlsx: cannot write: File too large"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(d.join("out")).unwrap().count(), 0);

    if !Path::new("/dev/full").exists() {
        return;
    }
    let r = wenshu(d)
        .args(["extract", "big.txt", "--format", "xlsx", "-o", "/dev/full"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("/dev/full"), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/full")
        .unwrap()
        .file_type()
        .is_char_device());
}

// ---------------------------------------------------------------------------
// What the record filter and folder walks may read.

/// Run wenshu, killing it (and failing) if it has not ended within two minutes:
/// a hang is a failure, not a stuck test run.
fn run_bounded(cmd: &mut StdCommand, stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = cmd
        .env_remove("CI")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    let (out, err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            r.read_to_end(&mut b).unwrap();
            b
        })
    };
    let (out, err) = (read(Box::new(out)), read(Box::new(err)));
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{cmd:?}: still running after two minutes");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

fn filter(dir: &Path, extra: &[&str], records: &str) -> (i32, Vec<Value>, String) {
    let mut cmd = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"));
    cmd.args(["extract", "--input-format", "jsonl"])
        .args(extra)
        .arg("-")
        .current_dir(dir);
    let out = run_bounded(&mut cmd, records.as_bytes());
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (
        out.status.code().unwrap_or(-1),
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
fn mkfifo(p: &Path) -> bool {
    StdCommand::new("mkfifo")
        .arg(p)
        .status()
        .is_ok_and(|s| s.success())
}

/// A record's `path` is read only inside `--root` (default: the current folder),
/// only when it is a regular file, and only up to `--max-bytes`: no `/etc`, no
/// `/dev/zero` (which grew to a gigabyte), no `..`, no link out of the root, no
/// named pipe (which hung the filter). Relative paths start at the root.
#[cfg(unix)]
#[test]
fn the_record_filter_reads_only_regular_files_inside_its_root() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    std::fs::create_dir_all(root.join("in")).unwrap();
    std::fs::write(root.join("in/a.txt"), "2025年9月17日\n").unwrap();
    std::fs::write(tmp.path().join("secret.txt"), "2024年1月1日\n").unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.txt"), root.join("in/out.txt")).unwrap();
    std::fs::write(root.join("in/big.txt"), "字".repeat(1000)).unwrap();
    let fifo = mkfifo(&root.join("in/pipe.txt"));
    let records = [
        r#"{"id": 1, "path": "in/a.txt"}"#,
        r#"{"id": 2, "path": "../secret.txt"}"#,
        r#"{"id": 3, "path": "in/out.txt"}"#,
        r#"{"id": 4, "path": "/dev/zero"}"#,
        r#"{"id": 5, "path": "in/big.txt"}"#,
        r#"{"id": 6, "path": "in/pipe.txt"}"#,
        r#"{"id": 7, "path": "in/missing.txt"}"#,
    ]
    .join("\n");
    let code_of = |l: &Value| l["error"]["code"].as_str().unwrap_or("ok").to_string();
    let (code, lines, err) = filter(&root, &["--max-bytes", "2000"], &records);
    assert_eq!(code, 0, "{err}");
    let codes: Vec<String> = lines.iter().map(code_of).collect();
    let pipe = if fifo { "not_regular" } else { "not_found" };
    assert_eq!(
        codes,
        [
            "ok",
            "outside_root",
            "outside_root",
            "outside_root",
            "too_large",
            pipe,
            "not_found"
        ],
        "{err}"
    );
    assert_eq!(lines[0]["source"]["path"], "in/a.txt");
    assert_eq!(lines[0]["facts"][0]["text"], "2025年9月17日");
    assert!(lines[4]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("3000 bytes, over the limit of 2000 bytes"));
    // --root elsewhere: relative paths start there; `/` lets /dev/zero be named,
    // and it is still refused (not a regular file).
    let (_, lines, err) = filter(
        tmp.path(),
        &["--root", "root/in"],
        "{\"id\": 1, \"path\": \"a.txt\"}\n{\"id\": 2, \"path\": \"../../secret.txt\"}\n",
    );
    let codes: Vec<String> = lines.iter().map(code_of).collect();
    assert_eq!(codes, ["ok", "outside_root"], "{err}");
    let (_, lines, err) = filter(
        tmp.path(),
        &["--root", "/"],
        r#"{"id": 1, "path": "/dev/zero"}"#,
    );
    assert_eq!(code_of(&lines[0]), "not_regular", "{err}");
    // A root that does not exist stops the run before reading anything.
    let (code, _, err) = filter(
        tmp.path(),
        &["--root", "nowhere"],
        r#"{"id": 1, "text": "x"}"#,
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nowhere"), "{err}");
}

/// Ids and carried fields are copied byte for byte: a number too big for 64 bits
/// or written with an exponent is not rewritten (`18446744073709551616` once came
/// out as `1.8446744073709552e+19`, `1e2` as `100.0`), in documents and in error
/// records alike.
#[test]
fn record_ids_are_copied_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let records = [
        r#"{"id": 18446744073709551616, "text": "2025年9月17日", "batch": 1e2}"#,
        r#"{"id": 1e2, "text": 5, "n": -0.0}"#,
        r#"{"id":1.50,"text":"x","deep":{"v":[1E+2, 12345678901234567890123]}}"#,
        r#"{"id": "\u6587", "base64": "!!"}"#,
    ]
    .join("\n");
    let mut cmd = StdCommand::new(env!("CARGO_BIN_EXE_wenshu"));
    cmd.args(["extract", "--input-format", "jsonl", "-"])
        .current_dir(tmp.path());
    let out = run_bounded(&mut cmd, records.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with(r#"{"id":18446744073709551616,"#),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with(r#","batch":1e2}"#), "{}", lines[0]);
    assert!(
        lines[1].starts_with(r#"{"id":1e2,"error":"#),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(r#","n":-0.0}"#), "{}", lines[1]);
    assert!(lines[2].starts_with(r#"{"id":1.50,"#), "{}", lines[2]);
    assert!(
        lines[2].ends_with(r#","deep":{"v":[1E+2, 12345678901234567890123]}}"#),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with(r#"{"id":"\u6587","error":"#),
        "{}",
        lines[3]
    );
    // Every line is still JSON.
    for l in &lines {
        serde_json::from_str::<Value>(l).unwrap();
    }
}

/// A folder walk reads regular files (and links to them) only: a named pipe that
/// the selection picks is a failed input (it hung the run), one it does not pick
/// is passed over; a file over `--max-bytes` is a failed input and the rest of the
/// batch goes on. A named pipe given by name is read as a stream.
#[cfg(unix)]
#[test]
fn folder_walks_skip_pipes_and_files_over_the_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir(d.join("in")).unwrap();
    std::fs::write(d.join("in/a.txt"), "一、總則\n本次活動由__社區承辦。\n").unwrap();
    std::fs::write(d.join("in/big.txt"), "一、總則\n".repeat(500)).unwrap();
    if !mkfifo(&d.join("in/pipe.txt")) || !mkfifo(&d.join("in/pipe.bin")) {
        eprintln!("mkfifo is not available: skipped");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_wenshu");
    for args in [
        &["extract", "in", "--max-bytes", "1000", "-o", "out"][..],
        &["extract", "in", "--max-bytes", "1000"],
        &[
            "convert",
            "in",
            "--max-bytes",
            "1000",
            "--to",
            "simplified",
            "-o",
            "conv",
        ],
        &["check", "in", "--max-bytes", "1000", "--no-config"],
    ] {
        let out = run_bounded(StdCommand::new(bin).args(args).current_dir(d), b"");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("in/pipe.txt: not a regular file (a named pipe): skipped"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("pipe.bin"), "{args:?}: {err}");
        assert!(
            err.contains("in/big.txt: 6500 bytes, over the limit of 1000 bytes: not read (raise it with --max-bytes)"),
            "{args:?}: {err}"
        );
    }
    assert!(d.join("out/a.json").exists());
    assert!(!d.join("out/big.json").exists());
    // Named on the command line, a pipe is read to its end (`<(command)`).
    let pipe = d.join("in/pipe.txt");
    let writer = std::thread::spawn(move || std::fs::write(pipe, "____元\n").unwrap());
    let out = run_bounded(
        StdCommand::new(bin)
            .args(["check", "in/pipe.txt", "--no-config", "--format", "json"])
            .current_dir(d),
        b"",
    );
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["placeholders"][0]["text"], "____");
}

/// `exclude` in wenshu.toml silences what it matches, broken links included (a
/// dangling link under an excluded folder once failed the gate).
#[cfg(unix)]
#[test]
fn exclude_silences_broken_links() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("drafts")).unwrap();
    std::fs::write(d.join("a.txt"), "一、總則\n").unwrap();
    std::os::unix::fs::symlink(d.join("gone.txt"), d.join("drafts/dead.txt")).unwrap();
    std::fs::write(
        d.join("wenshu.toml"),
        "[check]\nexclude = [\"drafts/**\"]\n",
    )
    .unwrap();
    let (code, j, err) = check_json(d, &["--config", "wenshu.toml", "."]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("dead.txt"), "{err}");
    assert_eq!(j["summary"]["files"], 1, "{j}");
    // Without the exclusion it is reported.
    let (code, _, err) = check_json(d, &["--no-config", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("drafts/dead.txt: dangling symbolic link"),
        "{err}"
    );
}
