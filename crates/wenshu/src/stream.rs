//! `wenshu extract --input-format jsonl`: wenshu as a record filter, the program
//! that Spark's `RDD.pipe`, Hadoop Streaming or any shell pipeline runs.
//!
//! Every input line is one JSON object:
//!
//! | field | meaning |
//! | --- | --- |
//! | `id` | required; any JSON value, copied to the output line byte for byte (`1e2` stays `1e2`) |
//! | `text` | the report as a (decoded) string |
//! | `base64` | the report's raw bytes in base64: the encoding is detected as for files |
//! | `path` | a file to read, inside the [`ReadPolicy`]'s root (relative paths start there), a regular file within its size limit; with `text` or `base64` it only names the document (`source.path`) |
//! | anything else | carried through to the output line, byte for byte |
//!
//! Exactly one line goes out per line in, in input order, with the same `id`: the
//! document (`{"id": …, "schema": 1, "source": …, …, carried fields}`) or an error
//! record (`{"id": …, "error": {"code": …, "message": …}, "line": N, …}`). Each line
//! is flushed as soon as it is written, so the filter streams. Lines are read by one
//! thread into a small bounded queue and analysed on the batch engine
//! ([`crate::batch::for_each_ordered_stream`]): in parallel, a bounded window in
//! flight, answers in input order as soon as those before them are done, so memory
//! does not grow with the number of records and a lone record is answered at once.
//!
//! Bad records are data here, not failures: the exit code is 0 when every input line
//! got its output line, because `RDD.pipe(checkCode=True)` and Hadoop Streaming fail
//! the whole task on any other exit code. It is 2 only when an input stream itself
//! cannot be read.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::batch::Next;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::document::{Document, ErrorInfo, ErrorSource, Warning};
use crate::error::{FileError, OutputError};
use crate::pipeline::Engine;

/// What a record's `path` may read: files inside `root` (after following
/// symbolic links), regular files only (never a device such as `/dev/zero`, nor a
/// named pipe), at most `max_bytes` long.
#[derive(Debug, Clone)]
pub struct ReadPolicy {
    root: PathBuf,
    max_bytes: u64,
}

impl ReadPolicy {
    /// Records may read inside `root` (which must exist), files of at most
    /// `max_bytes` bytes.
    pub fn new(root: &Path, max_bytes: u64) -> std::io::Result<Self> {
        Ok(ReadPolicy {
            root: root.canonicalize()?,
            max_bytes,
        })
    }

    /// The folder records may read in, as an absolute path without links.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Read the file a record names, within the policy.
    fn read(&self, path: &str) -> Result<Vec<u8>, FileError> {
        use std::io::Read;
        let given = Path::new(path);
        let read_err = |source| FileError::Read {
            path: given.into(),
            cause: source,
        };
        let refused = |code, message: String| FileError::Refused {
            path: given.into(),
            code,
            message,
        };
        let real = self.root.join(given).canonicalize().map_err(read_err)?;
        if !real.starts_with(&self.root) {
            return Err(refused(
                "outside_root",
                format!(
                    "outside the folder records may read ({}): not read; run in another folder or pass --root",
                    self.root.display()
                ),
            ));
        }
        let meta = std::fs::metadata(&real).map_err(read_err)?;
        if !meta.is_file() {
            return Err(refused(
                "not_regular",
                format!(
                    "not a regular file ({}): not read",
                    crate::input::kind_of(&meta.file_type())
                ),
            ));
        }
        let too_large = |len| crate::input::too_large(given, len, self.max_bytes);
        if meta.len() > self.max_bytes {
            return Err(too_large(meta.len()));
        }
        // The limit holds even for a file that grows while it is read.
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        std::fs::File::open(&real)
            .and_then(|f| f.take(self.max_bytes + 1).read_to_end(&mut bytes))
            .map_err(read_err)?;
        if bytes.len() as u64 > self.max_bytes {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(bytes)
    }
}

/// A record as it was written: each field's JSON text kept exactly (numbers are
/// never rewritten: `18446744073709551616` and `1e2` go out as they came), in
/// input order; a repeated key keeps its last value, as JSON parsers do.
#[derive(Default)]
struct Record(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Record;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Record, A::Error> {
                let mut fields: Vec<(String, Box<RawValue>)> = Vec::new();
                let mut at: HashMap<String, usize> = HashMap::new();
                while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                    match at.get(&k) {
                        Some(&i) => fields[i].1 = v,
                        None => {
                            at.insert(k.clone(), fields.len());
                            fields.push((k, v));
                        }
                    }
                }
                Ok(Record(fields))
            }
        }
        d.deserialize_map(Fields)
    }
}

impl Record {
    fn get(&self, key: &str) -> Option<&RawValue> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| &**v)
    }
}

/// Carried fields, written as they came.
struct Carried<'a>(&'a [(String, Box<RawValue>)]);

impl Serialize for Carried<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// Fields of an input record that the filter consumes (everything else is carried).
const CONSUMED: [&str; 5] = ["id", "text", "base64", "path", "reference_date"];

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
    /// The stream stopped early on a stop request ([`crate::batch::request_stop`]:
    /// Ctrl-C, SIGTERM), whether or not its input had ended.
    pub interrupted: bool,
    /// Lines read but not answered because of the stop request.
    pub not_processed: usize,
}

/// How often a filter waiting for input looks at the stop flag.
const STOP_POLL: std::time::Duration = std::time::Duration::from_millis(50);

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
    policy: &ReadPolicy,
    out: &mut W,
    out_name: &str,
    note: &mut dyn FnMut(Note<'_>),
) -> Result<StreamStats, OutputError> {
    let window = crate::batch::window();
    let (tx, rx) = mpsc::sync_channel::<Item>(window);
    let paths = inputs.to_vec();
    // Not scoped: if the output closes early the process must not wait for a
    // reader blocked on standard input. It ends when the receiver is dropped.
    std::thread::spawn(move || read_lines(&paths, &tx));

    let mut stats = StreamStats::default();
    let write_err = |e: std::io::Error| OutputError::Write {
        path: out_name.into(),
        cause: e,
    };
    let interrupted = std::cell::Cell::new(false);
    crate::batch::for_each_ordered_stream(
        |idle| {
            // Waiting for input (a pipe that stays open) must not make a stop
            // request wait with it.
            if crate::batch::stop_requested() {
                interrupted.set(true);
                return Next::End;
            }
            let item = if idle {
                rx.recv_timeout(STOP_POLL)
                    .map_err(|e| e == mpsc::RecvTimeoutError::Timeout)
            } else {
                rx.try_recv().map_err(|e| e == mpsc::TryRecvError::Empty)
            };
            match item {
                Ok(item) => Next::Item(item),
                Err(true) => Next::Wait,
                Err(false) => Next::End,
            }
        },
        window,
        |item| match item {
            Item::Line { no, bytes } => Some(process_line(engine, policy, *no, bytes)),
            Item::Unreadable { .. } => None,
        },
        |item, outcome| {
            match (item, outcome) {
                (Item::Line { no, .. }, Some(o)) => {
                    stats.lines += 1;
                    match &o.error {
                        Some(msg) => {
                            stats.errors += 1;
                            note(Note::BadRecord {
                                line: no,
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
                    note(Note::Unreadable {
                        path: &path,
                        error: &error,
                    });
                }
                (Item::Line { .. }, None) => unreachable!("every line has an outcome"),
            }
            Ok(())
        },
    )?;
    if interrupted.get() {
        // Lines already queued are counted; the reader thread is left blocked on
        // its input, which ends with the process.
        stats.interrupted = true;
        stats.not_processed += rx
            .try_iter()
            .filter(|i| matches!(i, Item::Line { .. }))
            .count();
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
    id: &'a RawValue,
    #[serde(flatten)]
    doc: &'a Document,
    #[serde(flatten)]
    carried: Carried<'a>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a RawValue,
    error: ErrorInfo,
    /// The input line (1-based within its input), for records without a usable id.
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<ErrorSource>,
    #[serde(flatten)]
    carried: Carried<'a>,
}

/// Turn one input line into its output line (with the trailing newline).
fn process_line(engine: &Engine, policy: &ReadPolicy, no: usize, bytes: &[u8]) -> Outcome {
    let mut line = bytes;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    let mut record = Record::default();
    let result = parse_record(line).and_then(|r| {
        record = r;
        // A panic while analysing (a bug) is this record's error; the stream goes on.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            analyse(engine, policy, &record)
        }))
        .unwrap_or_else(|panic| {
            Err(bad(
                "internal",
                crate::pipeline::internal_reason(&*panic, "record"),
            ))
        })
    });
    let null = RawValue::NULL;
    let id = record.get("id").unwrap_or(null);
    let mut json = match result {
        Ok(mut doc) => {
            let carried = carry(&record, Some(&mut doc));
            serde_json::to_vec(&DocLine {
                id,
                doc: &doc,
                carried: Carried(&carried),
            })
            .map(|json| Outcome { json, error: None })
        }
        Err(b) => {
            let carried = carry(&record, None);
            let error = Some(match id.get() {
                "null" => b.message.clone(),
                id => format!("id {id}: {}", b.message),
            });
            serde_json::to_vec(&ErrorLine {
                id,
                error: ErrorInfo {
                    code: b.code.to_string(),
                    message: b.message,
                },
                line: no,
                source: b.path.map(|path| ErrorSource {
                    path,
                    path_bytes: None,
                }),
                carried: Carried(&carried),
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

fn parse_record(line: &[u8]) -> Result<Record, Bad> {
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
    match serde_json::from_slice::<Record>(line) {
        Ok(record) => Ok(record),
        // JSON, but not an object; or not JSON at all.
        Err(_) if serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok() => Err(bad(
            "not_object",
            "the line is JSON but not an object: expected {\"id\": …, \"text\"|\"base64\"|\"path\": …}",
        )),
        Err(e) => Err(bad("not_json", format!("the line is not JSON: {e}"))),
    }
}

fn string_field(record: &Record, key: &str) -> Result<Option<String>, Bad> {
    let Some(raw) = record.get(key) else {
        return Ok(None);
    };
    match serde_json::from_str::<Value>(raw.get()) {
        Ok(Value::String(s)) => Ok(Some(s)),
        Ok(other) => Err(bad(
            "bad_field",
            format!("\"{key}\" must be a string, not {}", json_type(&other)),
        )),
        Err(e) => Err(bad("not_json", format!("the line is not JSON: {e}"))),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date.
fn valid_reference_date(s: &str) -> bool {
    crate::calendar::IsoDate::parse(s).is_some()
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
fn analyse(engine: &Engine, policy: &ReadPolicy, record: &Record) -> Result<Document, Bad> {
    if record.get("id").is_none() {
        return Err(bad("no_id", "the record has no \"id\""));
    }
    let text = string_field(record, "text")?;
    let b64 = string_field(record, "base64")?;
    let path = string_field(record, "path")?;
    let reference = string_field(record, "reference_date")?;
    if let Some(r) = reference.as_deref().filter(|r| !valid_reference_date(r)) {
        return Err(bad(
            "bad_field",
            format!("\"reference_date\" must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {r:?}"),
        ));
    }
    let reference = reference.as_deref();
    // `path` names the document whichever way its bytes come (`-` without one).
    let label = path.as_deref().unwrap_or("-");
    let bytes = match (text, b64, path.as_deref()) {
        (Some(_), Some(_), _) => {
            return Err(bad(
                "ambiguous",
                "the record has both \"text\" and \"base64\": give one",
            ))
        }
        (Some(text), None, _) => return Ok(engine.process_text_dated(label, &text, reference)),
        (None, Some(b64), _) => decode_base64(&b64).map_err(|m| bad("bad_base64", m))?,
        (None, None, Some(path)) => policy.read(path)?,
        (None, None, None) => {
            return Err(bad(
                "no_input",
                "the record has none of \"text\", \"base64\" and \"path\"",
            ))
        }
    };
    engine
        .process_bytes_dated(label, &bytes, reference)
        .map_err(|e| {
            Bad::from(FileError::Decode {
                path: label.into(),
                cause: e,
            })
        })
}

/// The record's fields that go to the output line: all but the consumed ones. A
/// field that a document (or an error record) already has is dropped, with a warning
/// on the document, rather than written twice.
fn carry(record: &Record, doc: Option<&mut Document>) -> Vec<(String, Box<RawValue>)> {
    let mut carried: Vec<(String, Box<RawValue>)> = record
        .0
        .iter()
        .filter(|(k, _)| !CONSUMED.contains(&k.as_str()))
        .cloned()
        .collect();
    if carried.is_empty() {
        return carried;
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
    let clashes: Vec<String> = carried
        .iter()
        .map(|(k, _)| k)
        .filter(|k| taken.contains(*k))
        .cloned()
        .collect();
    carried.retain(|(k, _)| !clashes.contains(k));
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
    carried
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
