//! The Spark job (`examples/spark/wenshu_spark.py`) on `local[2]` gives the same
//! documents as a single-machine `wenshu extract` over the same folder.
//!
//! Needs Java 17 and pyspark: `.ci/run` installs pyspark into `target/spark-venv`
//! (`WENSHU_SPARK_PYTHON` may name another Python that has it). Without them the
//! test skips with a message, except under `CI=true`, where it fails. Only loopback
//! networking is used and the Spark UI is off.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

const CORPUS: &str = "corpus/reports/cn-city-gwr";
const TIMEOUT: Duration = Duration::from_secs(15 * 60);

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Python with pyspark, and the `spark-submit` beside it; or why not.
fn spark_tools() -> Result<(PathBuf, PathBuf), String> {
    let python = std::env::var_os("WENSHU_SPARK_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("target/spark-venv/bin/python"));
    let java = Command::new("java")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !java.is_ok_and(|s| s.success()) {
        return Err("java is not installed (Spark needs Java 17: apt-get install -y openjdk-17-jre-headless)".into());
    }
    let has_pyspark = Command::new(&python)
        .args(["-c", "import pyspark"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_pyspark {
        return Err(format!(
            "{} cannot import pyspark (.ci/run installs it: python3 -m venv target/spark-venv && target/spark-venv/bin/pip install pyspark)",
            python.display()
        ));
    }
    let submit = python.with_file_name("spark-submit");
    if !submit.is_file() {
        return Err(format!("{} is missing", submit.display()));
    }
    Ok((python, submit))
}

/// Parse JSON Lines into documents keyed by the canonical path of their source.
fn by_path(text: &str, what: &str) -> BTreeMap<PathBuf, Value> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{what}: {e}: {line}"));
        assert!(doc.get("error").is_none(), "{what}: an error record: {doc}");
        let path = doc["source"]["path"].as_str().unwrap().to_string();
        let canonical = std::fs::canonicalize(&path)
            .unwrap_or_else(|e| panic!("{what}: source.path {path} is not the input file: {e}"));
        assert!(out.insert(canonical, doc).is_none(), "{what}: {path} twice");
    }
    out
}

fn wait_with_timeout(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("spark-submit did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The tools, or `None` after a skip message; under `CI=true` their absence fails.
fn tools_or_skip() -> Option<(PathBuf, PathBuf)> {
    match spark_tools() {
        Ok(t) => Some(t),
        Err(why) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("the Spark test cannot run, but CI=true: {why}");
            }
            eprintln!("skipped: {why}");
            None
        }
    }
}

/// The job's helpers (records, paths, the facts table's rows) without a JVM.
#[test]
fn spark_job_helpers() {
    let Some((python, _)) = tools_or_skip() else {
        return;
    };
    let out = Command::new(&python)
        .current_dir(manifest_dir())
        .args([
            "-m",
            "unittest",
            "-v",
            "examples/spark/test_wenshu_spark.py",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn spark_job_matches_single_machine_extract() {
    let Some(shared) = shared() else { return };
    let Some((python, submit)) = tools_or_skip() else {
        return;
    };
    let corpus = shared.join(CORPUS);
    let tmp = tempfile::tempdir().unwrap();
    let output = tmp.path().join("out");
    let facts = tmp.path().join("facts.parquet");
    let (log_out, log_err) = (tmp.path().join("stdout"), tmp.path().join("stderr"));

    let started = Instant::now();
    let mut child = Command::new(&submit)
        .current_dir(manifest_dir())
        .args(["--master", "local[2]"])
        .args(["--conf", "spark.ui.enabled=false"])
        .args(["--conf", "spark.driver.host=127.0.0.1"])
        .args(["--conf", "spark.driver.bindAddress=127.0.0.1"])
        .args(["--conf", "spark.sql.shuffle.partitions=2"])
        .arg("--files")
        .arg(env!("CARGO_BIN_EXE_wenshu"))
        .arg("examples/spark/wenshu_spark.py")
        .arg(&corpus)
        .arg(&output)
        .arg("--facts-parquet")
        .arg(&facts)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env("PYSPARK_PYTHON", &python)
        .env("PYSPARK_DRIVER_PYTHON", &python)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log_out).unwrap())
        .stderr(std::fs::File::create(&log_err).unwrap())
        .spawn()
        .expect("spark-submit");
    let status = wait_with_timeout(&mut child, TIMEOUT);
    let wall = started.elapsed();
    let stdout = std::fs::read_to_string(&log_out).unwrap_or_default();
    let stderr = std::fs::read_to_string(&log_err).unwrap_or_default();
    assert!(
        status.success(),
        "spark-submit failed ({status}):\n{stdout}\n{}",
        stderr
            .lines()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );

    // The Spark documents: every part file under OUTPUT.
    let mut parts: Vec<PathBuf> = std::fs::read_dir(&output)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("part-")
        })
        .collect();
    parts.sort();
    assert!(
        !parts.is_empty(),
        "no part-* files under {}",
        output.display()
    );
    let spark_text: String = parts
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let spark = by_path(&spark_text, "spark");

    // The same folder on one machine.
    let single = wenshu()
        .args(["extract", "-q"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(single.status.code(), Some(0));
    let local = by_path(&String::from_utf8(single.stdout).unwrap(), "extract");

    assert!(!local.is_empty());
    assert_eq!(
        spark.keys().collect::<Vec<_>>(),
        local.keys().collect::<Vec<_>>(),
        "one Spark document per input file"
    );
    let mut total_facts = 0;
    for (path, want) in &local {
        let got = &spark[path];
        for key in ["articles", "sections", "facts", "placeholders"] {
            assert_eq!(got[key], want[key], "{}: {key}", path.display());
        }
        for key in ["bytes", "sha256", "encoding", "script", "chars", "lines"] {
            assert_eq!(
                got["source"][key],
                want["source"][key],
                "{}: source.{key}",
                path.display()
            );
        }
        let id = got["id"].as_str().unwrap();
        assert!(
            id.starts_with("file:")
                && Path::new(got["source"]["path"].as_str().unwrap()).is_absolute(),
            "id is the URI Spark read, source.path the file's path: {id}"
        );
        total_facts += want["facts"].as_array().unwrap().len();
    }

    // The summary line, and the facts table read back by Spark.
    let summary: Value = serde_json::from_str(stdout.lines().last().unwrap_or("{}"))
        .unwrap_or_else(|e| panic!("no summary line ({e}): {stdout}"));
    assert_eq!(summary["documents"], local.len());
    assert_eq!(summary["inputs"], local.len());
    assert_eq!(summary["errors"], 0);
    assert_eq!(
        summary["facts"], total_facts,
        "rows of the facts Parquet table"
    );
    assert!(facts.join("_SUCCESS").is_file());

    let note = format!(
        "spark: local[2], {} documents compared ({} facts), wall time {:.1} s\n",
        local.len(),
        total_facts,
        wall.as_secs_f64()
    );
    eprint!("{note}");
    let _ = std::fs::write(manifest_dir().join("target/spark-test.txt"), &note);
}
