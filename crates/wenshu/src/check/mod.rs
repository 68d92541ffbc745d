//! `wenshu check`: the CI linter over placeholders.
//!
//! Flags → [`CheckConfig`] (merging `wenshu.toml`) → inputs walked in sorted order
//! (minus `exclude`, or only those changed since a git ref) → every file checked
//! in parallel (decode, offsets, structure, placeholder rules — no conversion, no
//! segmentation) → one [`Report`] in input order → a formatter. The exit code comes
//! from the report alone, so it is the same in every format: 0 clean, 1
//! error-level placeholders (or warnings with `--deny-warnings`), 2 usage or read
//! errors (the other files are still checked and reported).

pub(crate) mod config;
pub mod format;
pub(crate) mod report;
pub(crate) mod suppress;

use crate::analysis::Analysis;
use crate::decode;
use crate::error::FileError;
use crate::input::Input;
use crate::placeholders::Detector;
use crate::read;
use crate::structure;
use crate::text::TextIndex;

pub use config::{repository_root, CheckConfig, ConfigError};
pub use format::Format;
pub use report::{Entry, FileReport, Finding, ReadError, Report, Summary};
pub use suppress::Suppressed;
use suppress::Suppressions;

/// Everything a run shares across threads.
pub struct Checker {
    /// The placeholder rules, with the configuration's severities and patterns.
    pub detector: Detector,
    /// The encoding every input is read in (`--encoding`); `None` detects it per file.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Checker {
    /// A checker for a configuration; fails when one of its regular expressions
    /// does not compile.
    pub fn new(config: &CheckConfig) -> Result<Self, crate::placeholders::PatternError> {
        Ok(Checker {
            detector: Detector::with_config(&config.placeholders)?,
            encoding: None,
        })
    }

    /// Check a decoded text.
    pub fn check_text(&self, path: &str, text: &str) -> FileReport {
        self.check_outlined(path, text, &[])
    }

    /// [`Checker::check_text`] for text read from a document whose source marks
    /// some lines as headings.
    fn check_outlined(&self, path: &str, text: &str, outline: &[read::OutlineLine]) -> FileReport {
        let matches = self.detector.matches(text);
        if matches.is_empty() {
            // Most files: nothing to locate, so no index and no structure.
            let directive_problems = if text.contains(suppress::MARK) {
                Suppressions::parse(text).problems
            } else {
                Vec::new()
            };
            return FileReport {
                path: path.to_string(),
                findings: Vec::new(),
                allowed: 0,
                bytes: text.len() as u64,
                directive_problems,
                format: "text",
            };
        }
        let index = TextIndex::new(text);
        // Structure markers are script-neutral enough to read on the original.
        let structure = structure::analyze_outlined(text, outline);
        let a = Analysis {
            text,
            simplified: text,
            index: &index,
            structure: &structure,
            tokens: &[],
            segmenter: None,
        };
        let det = self.detector.resolve(&a, matches);
        let mut suppressions = Suppressions::parse(text);
        let directive_problems = std::mem::take(&mut suppressions.problems);
        let findings = det
            .found
            .into_iter()
            .map(|f| {
                let p = f.placeholder;
                let (before, after) = excerpt(text, &index, p.line - 1, p.span, &p.text);
                let message = f.message.unwrap_or_else(|| report::message(&p));
                // Built-in placeholders stay on one line; a custom pattern may not.
                let (end_line, end_column) = if p.text.contains('\n') {
                    index.line_col(text, index.byte_of_char(text, p.span[1]))
                } else {
                    (p.line, p.column + p.text.chars().count())
                };
                Finding {
                    end_line,
                    end_column,
                    before,
                    after,
                    suppressed: suppressions.find(p.line, p.kind),
                    message,
                    placeholder: p,
                }
            })
            .collect();
        FileReport {
            path: path.to_string(),
            findings,
            allowed: det.allowed,
            bytes: text.len() as u64,
            directive_problems,
            format: "text",
        }
    }

    /// Read, decode and check one input.
    pub(crate) fn check_input(&self, input: &Input) -> Result<FileReport, FileError> {
        let display = input.display();
        let bytes = input.read()?;
        let n = bytes.len() as u64;
        let name = match input {
            Input::File(f) => Some(f.path.as_path()),
            Input::Stdin => None,
        };
        let to_error = |e| FileError::Decode {
            path: display.clone().into(),
            cause: e,
        };
        let format = read::detect(name, &bytes).map_err(to_error)?;
        let mut outline = Vec::new();
        let text = if format != read::Format::Text {
            let read = read::read(name, bytes, self.encoding).map_err(to_error)?;
            outline = read.outline;
            read.decoded.text
        } else {
            match plain_utf8(bytes, self.encoding) {
                Ok(t) => t,
                Err(bytes) => {
                    decode::decode(&bytes, self.encoding)
                        .map_err(to_error)?
                        .text
                }
            }
        };
        let mut r = self.check_outlined(&display, &text, &outline);
        r.bytes = n;
        r.format = format.as_str();
        Ok(r)
    }
}

/// The parts of a placeholder's line shown beside it (at most
/// [`report::EXCERPT`] characters each side), as they are in the text: the
/// renderers for people make them safe to show ([`crate::visible`]).
fn excerpt(
    text: &str,
    index: &TextIndex,
    line: usize,
    span: [usize; 2],
    t: &str,
) -> (String, String) {
    let range = index.line_range(text, line);
    let start = index
        .byte_of_char(text, span[0])
        .clamp(range.start, range.end);
    let end = (start + t.len()).min(range.end);
    let before = &text[range.start..start];
    let cut = before
        .char_indices()
        .rev()
        .nth(report::EXCERPT - 1)
        .map_or(0, |(i, _)| i);
    let mut b = String::new();
    if cut > 0 {
        b.push('…');
    }
    b.push_str(&before[cut..]);
    let after = &text[end..range.end];
    let cut = after
        .char_indices()
        .nth(report::EXCERPT)
        .map_or(after.len(), |(i, _)| i);
    let mut a = after[..cut].trim_end().to_string();
    if cut < after.len() {
        a.push('…');
    }
    (b, a)
}

/// The common case without the detector: valid UTF-8 with no byte-order mark, no
/// NUL and few control bytes is UTF-8 (no conversion, no copy). Anything else
/// goes through [`decode::decode`] (BOMs, UTF-16, GB18030, Big5, binary files).
/// This also keeps plain ASCII text from being sniffed as BOM-less UTF-16.
fn plain_utf8(
    bytes: Vec<u8>,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<String, Vec<u8>> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF");
    if forced.is_some() || bom || bytes.is_empty() || bytes.contains(&0) {
        return Err(bytes);
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if controls * 100 > sample.len() * 2 {
        return Err(bytes);
    }
    String::from_utf8(bytes).map_err(|e| e.into_bytes())
}

fn read_error(e: &FileError) -> ReadError {
    ReadError {
        path: e.path().display().to_string(),
        code: e.code().to_string(),
        message: e.reason(),
    }
}

/// Check inputs in parallel on the batch engine ([`crate::batch::for_each_ordered`]);
/// the report keeps the input order. `progress` is called once per input as it is
/// done. When a stop is requested ([`crate::batch::request_stop`]) nothing new is
/// started: the entries are then a prefix of the inputs, fewer than them.
pub fn check_inputs(
    checker: &Checker,
    inputs: &[Result<Input, FileError>],
    progress: &(dyn Fn() + Sync),
) -> Vec<Entry> {
    let mut entries = Vec::with_capacity(inputs.len());
    let mut halted = false;
    let done: Result<(), std::convert::Infallible> = crate::batch::for_each_ordered(
        inputs,
        crate::batch::window(),
        |item| {
            if crate::batch::stop_requested() {
                return None;
            }
            Some(match item {
                Ok(input) => match checker.check_input(input) {
                    Ok(f) => Entry::File(f),
                    Err(e) => Entry::Error(read_error(&e)),
                },
                Err(e) => Entry::Error(read_error(e)),
            })
        },
        |_, entry| {
            match entry {
                Some(entry) if !halted => {
                    progress();
                    entries.push(entry);
                }
                _ => halted = true,
            }
            Ok(())
        },
    );
    let Ok(()) = done;
    entries
}
