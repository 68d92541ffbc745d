//! `wenshu extract --input-format jsonl`: wenshu as a record filter, the program
//! that Spark's `RDD.pipe`, Hadoop Streaming or any shell pipeline runs.
//!
//! Every input line is one JSON object:
//!
//! | field | meaning |
//! | --- | --- |
//! | `id` | required; any JSON value, copied to the output line unchanged |
//! | `text` | the report as a (decoded) string |
//! | `base64` | the report's raw bytes in base64: the encoding is detected as for files |
//! | `path` | a file to read; with `text` or `base64` it only names the document (`source.path`) |
//! | anything else | carried through to the output line |
//!
//! Exactly one line goes out per line in, in input order, with the same `id`: the
//! document (`{"id": …, "schema": 1, "source": …, …, carried fields}`) or an error
//! record (`{"id": …, "error": {"code": …, "message": …}, "line": N, …}`). Each line
//! is flushed as soon as it is written, so the filter streams. Lines are read by one
//! thread into a small bounded queue and analysed in parallel batches of whatever
//! has already arrived (never waiting to fill a batch), so memory does not grow with
//! the number of records and a lone record is answered at once.
//!
//! Bad records are data here, not failures: the exit code is 0 when every input line
//! got its output line, because `RDD.pipe(checkCode=True)` and Hadoop Streaming fail
//! the whole task on any other exit code. It is 2 only when an input stream itself
//! cannot be read.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::document::{Document, ErrorInfo, ErrorSource, Warning};
use crate::error::{FileError, OutputError};
use crate::input::{Input, InputFile};
use crate::pipeline::Engine;

/// Fields of an input record that the filter consumes (everything else is carried).
const CONSUMED: [&str; 5] = ["id", "text", "base64", "path", "reference_date"];

/// How many records are analysed at once, per thread. Small: latency stays low and
/// memory flat; large enough to keep every core busy when input is waiting.
const BATCH_PER_THREAD: usize = 4;

/// Counts of a finished stream.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct StreamStats {
    /// Input lines read (= output lines written).
    pub lines: usize,
    /// Documents written (good lines).
    pub documents: usize,
    /// Error records written (bad lines).
    pub errors: usize,
    /// Input streams that could not be read at all.
    pub unreadable: usize,
}

/// Something the caller may want to tell a person while a stream runs (the
/// library prints nothing itself).
#[derive(Debug)]
pub enum Note<'a> {
    /// An input line that got an error record.
    BadRecord {
        /// The 1-based input line.
        line: usize,
        /// Why it could not be analysed.
        message: &'a str,
    },
    /// An input stream that could not be read (the run will exit 2).
    Unreadable {
        /// The stream's path (`-` for standard input).
        path: &'a Path,
        /// What went wrong reading it.
        error: &'a std::io::Error,
    },
}

impl std::fmt::Display for Note<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::BadRecord { line, message } => write!(f, "line {line}: {message}"),
            Note::Unreadable { path, error } => {
                write!(f, "{}: cannot read: {error}", path.display())
            }
        }
    }
}

/// One input line, or a stream that failed.
enum Item {
    Line {
        no: usize,
        bytes: Vec<u8>,
    },
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// The answer to one input line.
struct Outcome {
    json: Vec<u8>,
    error: Option<String>,
}

/// Read the records of `inputs` (`-` is standard input; files are read in order),
/// write one line per record to `out`, flushing each. `note` hears of every bad
/// record and unreadable input as it happens, in order.
pub fn run<W: Write>(
    engine: &Engine,
    inputs: &[PathBuf],
    out: &mut W,
    out_name: &str,
    note: &mut dyn FnMut(Note<'_>),
) -> Result<StreamStats, OutputError> {
    let batch = rayon::current_num_threads().max(1) * BATCH_PER_THREAD;
    let (tx, rx) = mpsc::sync_channel::<Item>(batch);
    let paths = inputs.to_vec();
    // Not scoped: if the output closes early the process must not wait for a
    // reader blocked on standard input. It ends when the receiver is dropped.
    std::thread::spawn(move || read_lines(&paths, &tx));

    let mut stats = StreamStats::default();
    let write_err = |e: std::io::Error| OutputError::Write {
        path: out_name.into(),
        source: e,
    };
    while let Ok(first) = rx.recv() {
        let mut items = vec![first];
        while items.len() < batch {
            match rx.try_recv() {
                Ok(item) => items.push(item),
                Err(_) => break,
            }
        }
        let outcomes: Vec<Option<Outcome>> = items
            .par_iter()
            .map(|item| match item {
                Item::Line { no, bytes } => Some(process_line(engine, *no, bytes)),
                Item::Unreadable { .. } => None,
            })
            .collect();
        for (item, outcome) in items.iter().zip(outcomes) {
            match (item, outcome) {
                (Item::Line { no, .. }, Some(o)) => {
                    stats.lines += 1;
                    match &o.error {
                        Some(msg) => {
                            stats.errors += 1;
                            note(Note::BadRecord {
                                line: *no,
                                message: msg,
                            });
                        }
                        None => stats.documents += 1,
                    }
                    out.write_all(&o.json).map_err(write_err)?;
                    out.flush().map_err(write_err)?;
                }
                (Item::Unreadable { path, error }, _) => {
                    stats.unreadable += 1;
                    note(Note::Unreadable { path, error });
                }
                (Item::Line { .. }, None) => unreachable!("every line has an outcome"),
            }
        }
    }
    Ok(stats)
}

/// The reader thread: every line of every input, numbered from 1 within its input.
fn read_lines(paths: &[PathBuf], tx: &mpsc::SyncSender<Item>) {
    for path in paths {
        let result = if path.as_os_str() == "-" {
            send_lines(std::io::stdin().lock(), tx)
        } else {
            match std::fs::File::open(path) {
                Ok(f) => send_lines(BufReader::with_capacity(1 << 16, f), tx),
                Err(e) => Err(e),
            }
        };
        match result {
            Ok(true) => {}
            Ok(false) => return, // the receiver is gone
            Err(error) => {
                let item = Item::Unreadable {
                    path: path.clone(),
                    error,
                };
                if tx.send(item).is_err() {
                    return;
                }
            }
        }
    }
}

/// Send each line of `r`; `Ok(false)` when the receiver has gone away.
fn send_lines(mut r: impl BufRead, tx: &mpsc::SyncSender<Item>) -> std::io::Result<bool> {
    let mut no = 0;
    loop {
        let mut bytes = Vec::new();
        if r.read_until(b'\n', &mut bytes)? == 0 {
            return Ok(true);
        }
        no += 1;
        if no == 1 && bytes.starts_with(b"\xef\xbb\xbf") {
            bytes.drain(..3); // a byte-order mark from a Windows editor
        }
        if tx.send(Item::Line { no, bytes }).is_err() {
            return Ok(false);
        }
    }
}

/// A bad line: what the error record says.
struct Bad {
    code: &'static str,
    message: String,
    path: Option<String>,
}

fn bad(code: &'static str, message: impl Into<String>) -> Bad {
    Bad {
        code,
        message: message.into(),
        path: None,
    }
}

impl From<FileError> for Bad {
    fn from(e: FileError) -> Bad {
        Bad {
            code: e.code(),
            message: e.reason(),
            path: Some(e.path().to_string_lossy().into_owned()),
        }
    }
}

#[derive(Serialize)]
struct DocLine<'a> {
    id: &'a Value,
    #[serde(flatten)]
    doc: &'a Document,
    #[serde(flatten)]
    carried: &'a Map<String, Value>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Value,
    error: ErrorInfo,
    /// The input line (1-based within its input), for records without a usable id.
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<ErrorSource>,
    #[serde(flatten)]
    carried: &'a Map<String, Value>,
}

/// Turn one input line into its output line (with the trailing newline).
fn process_line(engine: &Engine, no: usize, bytes: &[u8]) -> Outcome {
    let mut line = bytes;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    let mut record = Map::new();
    let result = parse_record(line).and_then(|r| {
        record = r;
        analyse(engine, &mut record)
    });
    let id = record.get("id").cloned().unwrap_or(Value::Null);
    let mut json = match result {
        Ok(mut doc) => {
            let carried = carry(&mut record, Some(&mut doc));
            serde_json::to_vec(&DocLine {
                id: &id,
                doc: &doc,
                carried: &carried,
            })
            .map(|json| Outcome { json, error: None })
        }
        Err(b) => {
            let carried = carry(&mut record, None);
            let error = Some(match &id {
                Value::Null => b.message.clone(),
                id => format!("id {id}: {}", b.message),
            });
            serde_json::to_vec(&ErrorLine {
                id: &id,
                error: ErrorInfo {
                    code: b.code.to_string(),
                    message: b.message,
                },
                line: no,
                source: b.path.map(|path| ErrorSource {
                    path,
                    path_bytes: None,
                }),
                carried: &carried,
            })
            .map(|json| Outcome { json, error })
        }
    }
    .unwrap_or_else(|e| Outcome {
        // Unreachable in practice (every value here serializes); still one line.
        json: format!(
            "{{\"id\":null,\"error\":{{\"code\":\"internal\",\"message\":{}}},\"line\":{no}}}",
            Value::from(e.to_string())
        )
        .into_bytes(),
        error: Some(e.to_string()),
    });
    json.json.push(b'\n');
    json
}

fn parse_record(line: &[u8]) -> Result<Map<String, Value>, Bad> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err(bad(
            "empty_line",
            "empty line: every line must be a JSON record",
        ));
    }
    if let Err(e) = std::str::from_utf8(line) {
        return Err(bad(
            "invalid_utf8",
            format!("the line is not UTF-8 ({e}): send raw bytes as base64 in a \"base64\" field"),
        ));
    }
    match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(bad(
            "not_object",
            "the line is JSON but not an object: expected {\"id\": …, \"text\"|\"base64\"|\"path\": …}",
        )),
        Err(e) => Err(bad("not_json", format!("the line is not JSON: {e}"))),
    }
}

fn string_field<'a>(record: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, Bad> {
    match record.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(bad(
            "bad_field",
            format!("\"{key}\" must be a string, not {}", json_type(other)),
        )),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date.
fn valid_reference_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok())
    };
    match parts.as_slice() {
        [y] => num(y, 4).is_some(),
        [y, m] => num(y, 4).is_some() && num(m, 2).flatten().is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => match (
            num(y, 4).flatten(),
            num(m, 2).flatten(),
            num(d, 2).flatten(),
        ) {
            (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
                let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
                let days = match m {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                (1..=days).contains(&d)
            }
            _ => false,
        },
        _ => false,
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The document of a parsed record.
fn analyse(engine: &Engine, record: &mut Map<String, Value>) -> Result<Document, Bad> {
    if !record.contains_key("id") {
        return Err(bad("no_id", "the record has no \"id\""));
    }
    let text = string_field(record, "text")?;
    let b64 = string_field(record, "base64")?;
    let path = string_field(record, "path")?;
    let reference = string_field(record, "reference_date")?;
    if let Some(r) = reference.filter(|r| !valid_reference_date(r)) {
        return Err(bad(
            "bad_field",
            format!("\"reference_date\" must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {r:?}"),
        ));
    }
    let label = path.unwrap_or("-");
    match (text, b64, path) {
        (Some(_), Some(_), _) => Err(bad(
            "ambiguous",
            "the record has both \"text\" and \"base64\": give one",
        )),
        (Some(text), None, _) => Ok(engine.process_text_dated(label, text, reference)),
        (None, Some(b64), _) => {
            let bytes = decode_base64(b64).map_err(|m| bad("bad_base64", m))?;
            engine
                .process_bytes_dated(label, &bytes, reference)
                .map_err(|e| {
                    Bad::from(FileError::Decode {
                        path: label.into(),
                        source: e,
                    })
                })
        }
        (None, None, Some(path)) => {
            let p = Path::new(path);
            let rel = p.file_name().map(PathBuf::from).unwrap_or_else(|| p.into());
            let input = Input::File(InputFile {
                path: p.to_path_buf(),
                rel,
            });
            Ok(engine.process_input_dated(&input, reference)?)
        }
        (None, None, None) => Err(bad(
            "no_input",
            "the record has none of \"text\", \"base64\" and \"path\"",
        )),
    }
}

/// The record's fields that go to the output line: all but the consumed ones. A
/// field that a document (or an error record) already has is dropped, with a warning
/// on the document, rather than written twice.
fn carry(record: &mut Map<String, Value>, doc: Option<&mut Document>) -> Map<String, Value> {
    // `retain` keeps the input's field order (with serde_json's `preserve_order`).
    record.retain(|k, _| !CONSUMED.contains(&k.as_str()));
    if record.is_empty() {
        return std::mem::take(record);
    }
    let mut taken: BTreeSet<String> = ["id", "error"].iter().map(|s| s.to_string()).collect();
    match &doc {
        Some(doc) => {
            if let Ok(Value::Object(m)) = serde_json::to_value(&**doc) {
                taken.extend(m.keys().cloned());
            }
        }
        None => taken.extend(["line", "source"].iter().map(|s| s.to_string())),
    }
    let clashes: Vec<String> = record
        .keys()
        .filter(|k| taken.contains(*k))
        .cloned()
        .collect();
    record.retain(|k, _| !clashes.contains(k));
    if let (Some(doc), false) = (doc, clashes.is_empty()) {
        doc.warnings.push(Warning {
            code: "field_dropped".into(),
            message: format!(
                "input field(s) {} not carried through: the document has fields of that name",
                clashes.join(", ")
            ),
            byte_offset: None,
        });
    }
    std::mem::take(record)
}

/// Standard base64 (`+/`) or URL-safe (`-_`), padding optional, whitespace ignored.
pub(crate) fn decode_base64(s: &str) -> Result<Vec<u8>, String> {
    fn value(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32)
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let (mut acc, mut bits, mut pad) = (0u32, 0u32, 0usize);
    for (i, &c) in s.as_bytes().iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        if c == b'=' {
            pad += 1;
            continue;
        }
        if pad > 0 {
            return Err(format!(
                "invalid base64: data after '=' padding at byte {i}"
            ));
        }
        let v = value(c).ok_or_else(|| {
            format!(
                "invalid base64: unexpected character {:?} at byte {i}",
                char::from(c)
            )
        })?;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Leftover bits: 0 (complete), 2 or 4 (one or two padding characters). Six
    // means a lone character, which cannot encode a byte.
    if bits >= 6 || pad > 2 {
        return Err("invalid base64: truncated input".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        assert_eq!(decode_base64("").unwrap(), b"");
        assert_eq!(decode_base64("Zg==").unwrap(), b"f");
        assert_eq!(decode_base64("Zm8=").unwrap(), b"fo");
        assert_eq!(decode_base64("Zm9v").unwrap(), b"foo");
        assert_eq!(decode_base64("Zm9vYg").unwrap(), b"foob");
        assert_eq!(decode_base64("Zm9v\nYmFy").unwrap(), b"foobar");
        assert_eq!(decode_base64("5paH5Lmm").unwrap(), "文书".as_bytes());
        assert_eq!(decode_base64("-_8=").unwrap(), [0xfb, 0xff]);
        assert_eq!(decode_base64("+/8=").unwrap(), [0xfb, 0xff]);
        assert!(decode_base64("Z").is_err());
        assert!(decode_base64("Zm9v!").is_err());
        assert!(decode_base64("Zg==Zg").is_err());
    }

    #[test]
    fn lines_without_a_record_get_an_error_code() {
        let code = |l: &[u8]| match parse_record(l) {
            Ok(_) => "ok",
            Err(b) => b.code,
        };
        assert_eq!(code(b""), "empty_line");
        assert_eq!(code(b"  \t"), "empty_line");
        assert_eq!(code(b"{\"id\":1"), "not_json");
        assert_eq!(code(b"[1, 2]"), "not_object");
        assert_eq!(code(b"\"x\""), "not_object");
        assert_eq!(code(b"{\"id\":\"\xff\"}"), "invalid_utf8");
        assert_eq!(code(b"{\"id\":1,\"text\":\"x\"}"), "ok");
    }
}
