//! `wenshu check` end to end: the binary on the seed report in every format
//! (golden files; `WENSHU_BLESS=1 cargo test --test check` rewrites them), exit
//! codes, `wenshu.toml`, inline suppression, `--changed-since`, and the GitHub
//! step summary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;

const SEED: &str = "corpus/community-mid-autumn-2025.txt";

/// The 17 error-level positions of the acceptance list.
const SEED_POSITIONS: [(usize, usize); 17] = [
    (2, 54),
    (17, 177),
    (27, 1),
    (29, 2),
    (36, 44),
    (36, 73),
    (37, 54),
    (38, 22),
    (39, 76),
    (39, 143),
    (40, 25),
    (40, 67),
    (40, 83),
    (40, 93),
    (40, 101),
    (40, 105),
    (40, 109),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn wenshu() -> Command {
    let mut c = Command::cargo_bin("wenshu").unwrap();
    c.current_dir(root());
    c.env_remove("GITHUB_STEP_SUMMARY");
    c.env_remove("CI");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn check_seed(format: &str) -> Run {
    run(wenshu().args(["check", "--no-config", "--format", format, SEED]))
}

/// Compare with a golden file, or rewrite it with `WENSHU_BLESS=1`.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden/check").join(name);
    if std::env::var_os("WENSHU_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run `WENSHU_BLESS=1 cargo test --test check`",
            path.display()
        )
    });
    if expected != actual {
        let diff = similar_lines(&expected, actual);
        panic!(
            "{} differs (rerun with WENSHU_BLESS=1 to accept):\n{diff}",
            path.display()
        );
    }
}

fn similar_lines(a: &str, b: &str) -> String {
    let mut out = String::new();
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            out.push_str(&format!("line {}:\n- {x}\n+ {y}\n", i + 1));
            if out.len() > 2000 {
                break;
            }
        }
    }
    if a.lines().count() != b.lines().count() {
        out.push_str(&format!(
            "line counts: {} expected, {} actual\n",
            a.lines().count(),
            b.lines().count()
        ));
    }
    out
}

// ---- the output of `--format json`, locked with deny_unknown_fields ----

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JsonOut {
    schema: u32,
    placeholders: Vec<JsonRecord>,
    errors: Vec<JsonError>,
    summary: JsonSummary,
    /// The `wenshu.toml` used (null: built-in defaults).
    config: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JsonRecord {
    path: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    span: [usize; 2],
    kind: String,
    severity: String,
    text: String,
    context: String,
    message: String,
    article: Option<usize>,
    section: Option<String>,
    #[serde(default)]
    suppressed: Option<JsonSuppressed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JsonSuppressed {
    directive: String,
    line: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JsonError {
    path: String,
    code: String,
    message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JsonSummary {
    files: usize,
    files_with_placeholders: usize,
    errors: usize,
    warnings: usize,
    suppressed: usize,
    allowed: usize,
    excluded: usize,
    read_errors: usize,
    exit_code: u8,
}

fn parse_json(s: &str) -> JsonOut {
    serde_json::from_str(s).expect("check --format json output")
}

// ---- positions as each format tells them ----

fn human_positions(out: &str) -> Vec<(usize, usize)> {
    out.lines()
        .filter(|l| l.starts_with(SEED) && l.contains(": error["))
        .map(|l| {
            let rest = &l[SEED.len() + 1..];
            let mut it = rest.split(':');
            let line = it.next().unwrap().parse().unwrap();
            let col = it.next().unwrap().parse().unwrap();
            (line, col)
        })
        .collect()
}

fn github_positions(out: &str) -> Vec<(usize, usize)> {
    out.lines()
        .filter(|l| l.starts_with("::error "))
        .map(|l| {
            let props = &l["::error ".len()..l[2..].find("::").unwrap() + 2];
            let get = |k: &str| -> usize {
                props
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{k}=")))
                    .unwrap()
                    .parse()
                    .unwrap()
            };
            (get("line"), get("col"))
        })
        .collect()
}

fn sarif_positions(out: &str) -> Vec<(usize, usize)> {
    let v: serde_json::Value = serde_json::from_str(out).unwrap();
    v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["level"] == "error")
        .map(|r| {
            let reg = &r["locations"][0]["physicalLocation"]["region"];
            (
                reg["startLine"].as_u64().unwrap() as usize,
                reg["startColumn"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

#[test]
fn seed_gives_the_same_seventeen_in_every_format_and_exit_1() {
    let human = check_seed("human");
    let json = check_seed("json");
    let github = check_seed("github");
    let sarif = check_seed("sarif");
    for r in [&human, &json, &github, &sarif] {
        assert_eq!(r.code, 1, "exit code, stderr: {}", r.stderr);
    }
    let want = SEED_POSITIONS.to_vec();
    assert_eq!(human_positions(&human.stdout), want);
    let j = parse_json(&json.stdout);
    let jpos: Vec<_> = j
        .placeholders
        .iter()
        .filter(|p| p.severity == "error")
        .map(|p| (p.line, p.column))
        .collect();
    assert_eq!(jpos, want);
    assert_eq!(j.summary.errors, 17);
    assert_eq!(github_positions(&github.stdout), want);
    assert_eq!(sarif_positions(&sarif.stdout), want);
    let texts: Vec<&str> = j.placeholders.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts[0], "--");
    assert_eq!(texts[1], "20xx");
    assert_eq!(texts[4], "xx");
    assert_eq!(texts[6], "____");
    assert_eq!(texts[11], "_______");
    assert_eq!(j.placeholders[4].kind, "masked_number");
    assert_eq!(j.placeholders[2].context, "(一)重點區域 / __社區");
}

#[test]
fn golden_outputs() {
    for (format, file) in [
        ("human", "seed.human.txt"),
        ("json", "seed.json"),
        ("github", "seed.github.txt"),
        ("sarif", "seed.sarif.json"),
    ] {
        let r = check_seed(format);
        golden(file, &r.stdout);
    }
}

/// Every kind, a warning, a suppressed placeholder, guards and a missing file.
#[test]
fn golden_outputs_mixed() {
    const MIXED: &str = "tests/fixtures/check/mixed.txt";
    for (format, file) in [
        ("human", "mixed.human.txt"),
        ("json", "mixed.json"),
        ("github", "mixed.github.txt"),
        ("sarif", "mixed.sarif.json"),
    ] {
        let r = run(wenshu().args([
            "check",
            "--no-config",
            "--format",
            format,
            MIXED,
            "tests/fixtures/check/missing.txt",
        ]));
        assert_eq!(r.code, 2, "{format}: a read error wins");
        golden(file, &r.stdout);
    }
}

#[test]
fn extract_lists_the_same_seventeen() {
    let r = run(wenshu().args(["extract", SEED]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    let got: Vec<(usize, usize)> = doc["placeholders"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == "error")
        .map(|p| {
            (
                p["line"].as_u64().unwrap() as usize,
                p["column"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(got, SEED_POSITIONS.to_vec());
}

#[test]
fn human_caret_is_under_the_placeholder_by_display_width() {
    let r = check_seed("human");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.starts_with(&format!("{SEED}:37:54:")))
        .unwrap();
    let src = lines[i + 1];
    let caret = lines[i + 2];
    let bar = src.find(" | ").unwrap() + 3;
    let shown = &src[bar..];
    let at = shown.find("____").unwrap();
    let width = unicode_width::UnicodeWidthStr::width(&shown[..at]);
    let caret_body = &caret[caret.find(" | ").unwrap() + 3..];
    assert_eq!(caret_body, format!("{}^^^^", " ".repeat(width)));
    assert!(r
        .stdout
        .trim_end()
        .ends_with("17 errors, 0 warnings (0 suppressed, 0 allowed) in 1 of 1 file checked"));
}

#[test]
fn missing_path_exits_2_names_it_and_still_reports_the_rest() {
    for format in ["human", "json", "github", "sarif"] {
        let r = run(wenshu().args([
            "check",
            "--no-config",
            "--format",
            format,
            "no/such/file.txt",
            SEED,
        ]));
        assert_eq!(r.code, 2, "{format}");
        assert!(
            r.stderr.contains("no/such/file.txt"),
            "{format}: {}",
            r.stderr
        );
        assert!(
            r.stdout.contains("37"),
            "{format}: the seed is still reported"
        );
    }
    let r = run(wenshu().args([
        "check",
        "--no-config",
        "--format",
        "json",
        "no/such/file.txt",
    ]));
    let j = parse_json(&r.stdout);
    assert_eq!(j.errors[0].path, "no/such/file.txt");
    assert_eq!(j.errors[0].code, "not_found");
}

#[test]
fn clean_file_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ok.txt");
    std::fs::write(&f, "一、總體情況\n二○○○年，一○○、議案——通過……\n").unwrap();
    let r = run(wenshu()
        .current_dir(dir.path())
        .args(["check", "--no-config", "ok.txt"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn usage_errors_exit_2() {
    let r = run(wenshu().args(["check", "--format", "xml", SEED]));
    assert_eq!(r.code, 2);
    let r = run(wenshu().args(["check"]));
    assert_eq!(r.code, 2);
    let r = run(wenshu().args(["check", "--config", "no-such.toml", SEED]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such.toml"), "{}", r.stderr);
    let r = run(wenshu().args(["check", "-j", "0", SEED]));
    assert_eq!(r.code, 2);
}

fn temp_with_seed(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(SEED), dir.path().join("seed.txt")).unwrap();
    if let Some(c) = config {
        std::fs::write(dir.path().join("wenshu.toml"), c).unwrap();
    }
    dir
}

fn json_in(dir: &Path, args: &[&str]) -> (i32, JsonOut, String) {
    let r = run(wenshu()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args));
    let j = if r.stdout.is_empty() {
        JsonOut {
            schema: 0,
            placeholders: vec![],
            errors: vec![],
            summary: serde_json::from_str(
                r#"{"files":0,"files_with_placeholders":0,"errors":0,"warnings":0,"suppressed":0,"allowed":0,"excluded":0,"read_errors":0,"exit_code":0}"#,
            )
            .unwrap(),
            config: None,
        }
    } else {
        parse_json(&r.stdout)
    };
    (r.code, j, r.stderr)
}

#[test]
fn wenshu_toml_allow_silences_four_underscores() {
    let dir = temp_with_seed(Some("[check]\nallow = [\"____\"]\n"));
    let (code, j, _) = json_in(dir.path(), &["seed.txt"]);
    assert_eq!(code, 1);
    assert_eq!(j.summary.errors, 16);
    assert_eq!(j.summary.allowed, 1);
    assert!(j.placeholders.iter().all(|p| p.text != "____"));
    // Found from a subfolder too (the nearest wenshu.toml above).
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let (_, j, _) = json_in(&dir.path().join("sub"), &["../seed.txt"]);
    assert_eq!(j.summary.allowed, 1);
    // --no-config ignores it; --config names another.
    let (_, j, _) = json_in(dir.path(), &["--no-config", "seed.txt"]);
    assert_eq!(j.summary.allowed, 0);
    std::fs::write(
        dir.path().join("other.toml"),
        "[check]\nallow = [\"re:^_+$\"]\n",
    )
    .unwrap();
    let (code, j, _) = json_in(dir.path(), &["--config", "other.toml", "seed.txt"]);
    assert_eq!(code, 1);
    assert_eq!(j.summary.allowed, 14);
}

#[test]
fn wenshu_toml_severity_exclude_and_patterns() {
    let dir = temp_with_seed(Some(
        "[check]\nexclude = [\"drafts/**\"]\n[check.severity]\nblank = \"off\"\nmasked_number = \"warning\"\n[[check.pattern]]\nregex = \"三中全會\"\nmessage = \"name the plenum\"\n",
    ));
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("drafts/d.txt"), "__社區\n").unwrap();
    let (code, j, _) = json_in(dir.path(), &["."]);
    assert_eq!(code, 1, "the custom pattern is an error");
    assert_eq!(j.summary.excluded, 1);
    assert_eq!(j.summary.warnings, 2);
    assert_eq!(j.summary.errors, 1);
    let custom = j.placeholders.iter().find(|p| p.kind == "custom").unwrap();
    assert_eq!(custom.message, "name the plenum");
}

#[test]
fn malformed_wenshu_toml_exits_2_with_file_line_and_problem() {
    for (toml, line, what) in [
        (
            "[check]\nallow = [\"____\"]\nalow = []\n",
            3,
            "unknown field `alow`",
        ),
        ("[check]\n[check.severity]\nname = \"fatal\"\n", 3, "fatal"),
        (
            "[check]\nallow = [\"re:(\"]\n",
            2,
            "invalid regular expression",
        ),
        ("[check]\nallow = \"____\"\n", 2, "sequence"),
        ("[chek]\n", 1, "unknown field `chek`"),
        ("[check\n", 1, ""),
    ] {
        let dir = temp_with_seed(Some(toml));
        let r = run(wenshu().current_dir(dir.path()).args(["check", "seed.txt"]));
        assert_eq!(r.code, 2, "{toml}");
        assert!(
            r.stderr.contains(&format!("wenshu.toml:{line}:")),
            "{toml}: {}",
            r.stderr
        );
        assert!(r.stderr.contains(what), "{toml}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "nothing checked with a bad config");
    }
}

#[test]
fn inline_suppression_is_counted_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "一、概況\nwenshu: allow-next-line\n__社區\n因__引發 <!-- wenshu: allow-line todo -->\nwenshu: disable\n____元\nwenshu: enable\n",
    )
    .unwrap();
    let (code, j, _) = json_in(dir.path(), &["a.txt"]);
    assert_eq!(code, 1);
    assert_eq!(j.summary.suppressed, 2);
    assert_eq!(j.summary.errors, 1);
    let s: Vec<_> = j
        .placeholders
        .iter()
        .filter_map(|p| {
            p.suppressed
                .as_ref()
                .map(|s| (p.line, s.directive.as_str(), s.line))
        })
        .collect();
    assert_eq!(s, [(3, "allow-next-line", 2), (6, "disable", 5)]);
    let r = run(wenshu()
        .current_dir(dir.path())
        .args(["check", "--format", "sarif", "a.txt"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(
        results
            .iter()
            .filter(|r| r["suppressions"][0]["kind"] == "inSource")
            .count(),
        2
    );
    let r = run(wenshu().current_dir(dir.path()).args(["check", "a.txt"]));
    assert!(
        r.stdout
            .contains("1 error, 0 warnings (2 suppressed, 0 allowed)"),
        "{}",
        r.stdout
    );
    let r = run(wenshu()
        .current_dir(dir.path())
        .args(["check", "--format", "github", "a.txt"]));
    assert_eq!(r.stdout.matches("::error ").count(), 1);
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "由某某同志負責。\n").unwrap();
    for format in ["human", "json", "github", "sarif"] {
        let r = run(wenshu()
            .current_dir(dir.path())
            .args(["check", "--format", format, "a.txt"]));
        assert_eq!(r.code, 0, "{format}");
        let r = run(wenshu().current_dir(dir.path()).args([
            "check",
            "--deny-warnings",
            "--format",
            format,
            "a.txt",
        ]));
        assert_eq!(r.code, 1, "{format}");
    }
    let r = run(wenshu()
        .current_dir(dir.path())
        .args(["check", "--format", "github", "a.txt"]));
    assert!(
        r.stdout.starts_with("::warning file=a.txt,line=1,col=2,"),
        "{}",
        r.stdout
    );
}

#[test]
fn github_escapes_and_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a,b:c%.txt";
    std::fs::write(dir.path().join(name), "__社區|x\n").unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "before\n").unwrap();
    let r = run(wenshu()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "--format", "github", name]));
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with("::error file=a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=3,title=wenshu%3A blank placeholder::"),
        "{}",
        r.stdout
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("before\n### wenshu check"), "{md}");
    assert!(
        md.contains("| a,b:c%.txt | 1 | 1 | error | blank | <code>__</code> | __社區\\|x |"),
        "{md}"
    );
}

#[test]
fn output_to_a_file_and_the_same_result_whatever_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.sarif");
    let r = run(wenshu().args([
        "check",
        "--no-config",
        "--format",
        "sarif",
        "-o",
        out.to_str().unwrap(),
        SEED,
    ]));
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["columnKind"], "unicodeCodePoints");
    assert_eq!(
        v["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    let a = run(wenshu().args([
        "check",
        "--no-config",
        "--format",
        "json",
        "-j",
        "1",
        "corpus",
        SEED,
    ]));
    let b = run(wenshu().args([
        "check",
        "--no-config",
        "--format",
        "json",
        "-j",
        "2",
        "corpus",
        SEED,
    ]));
    assert_eq!(a.stdout, b.stdout);
}

fn git(dir: &Path, args: &[&str]) -> bool {
    std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn changed_since_checks_only_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    if !git(d, &["init", "-q"]) {
        eprintln!("git is not available: skipped");
        return;
    }
    std::fs::write(d.join("old.txt"), "__社區\n").unwrap();
    assert!(git(d, &["add", "."]));
    assert!(git(d, &["commit", "-qm", "one"]));
    std::fs::write(d.join("new.txt"), "____元\n").unwrap();
    std::fs::write(d.join("old2.txt"), "ok\n").unwrap();
    let (code, j, err) = json_in(d, &["--changed-since", "HEAD"]);
    assert_eq!(code, 1, "{err}");
    let paths: Vec<_> = j.placeholders.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["./new.txt"]);
    assert_eq!(j.summary.files, 2);
    let (code, _, err) = json_in(d, &["--changed-since", "no-such-ref", "."]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-ref"), "{err}");
    let plain = tempfile::tempdir().unwrap();
    let (code, _, err) = json_in(plain.path(), &["--changed-since", "HEAD", "."]);
    assert_eq!(code, 2);
    assert!(err.contains("not inside a git repository"), "{err}");
}

#[test]
fn legacy_encodings_and_utf16_are_checked_too() {
    let dir = tempfile::tempdir().unwrap();
    let text = "一、概況\n本次活動由__社區承辦，受益居民20xx餘人，時間待定。\n".repeat(20);
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    let (big5, _, _) = encoding_rs::BIG5.encode(&text);
    std::fs::write(dir.path().join("gb.txt"), &gb).unwrap();
    std::fs::write(dir.path().join("big5.txt"), &big5).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(dir.path().join("utf16.txt"), &utf16).unwrap();
    let (code, j, err) = json_in(dir.path(), &["--no-config", "."]);
    assert_eq!(code, 1, "{err}");
    for f in ["big5.txt", "gb.txt", "utf16.txt"] {
        let n = j
            .placeholders
            .iter()
            .filter(|p| p.path.ends_with(f))
            .count();
        assert_eq!(n, 60, "{f}");
    }
    assert!(j
        .placeholders
        .iter()
        .all(|p| ["__", "20xx", "待定"].contains(&p.text.as_str())));
}
