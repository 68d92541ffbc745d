//! `--format jsonl`: one document per line, and one error record per failed input
//! (`{"source": {"path": …}, "error": {"code": …, "message": …}}`).

use std::io::Write;

use crate::document::{Document, ErrorInfo, ErrorRecord, ErrorSource};
use crate::error::{FileError, OutputError};
use crate::input::Input;
use crate::pipeline::Sink;

/// The buffer a line is serialized through.
const LINE_BUFFER: usize = 64 * 1024;

/// Writes each document, and each failed input's error record, as one JSON line.
pub struct JsonlSink<W: Write> {
    out: W,
    name: String,
}

impl<W: Write> JsonlSink<W> {
    /// `name` is where the stream goes, for error messages.
    pub fn new(out: W, name: impl Into<String>) -> Self {
        JsonlSink {
            out,
            name: name.into(),
        }
    }

    /// The writer back, to finish it (commit a file, flush a buffer).
    pub fn into_inner(self) -> W {
        self.out
    }

    fn line<T: serde::Serialize>(&mut self, value: &T) -> Result<(), OutputError> {
        // Serialized through a small buffer of its own, whose appends the
        // serializer's many short writes inline, into the writer (itself
        // buffered): a huge document is never held whole.
        let write_err = |name: &str, e: std::io::Error| OutputError::Write {
            path: name.into(),
            cause: e,
        };
        let mut out = std::io::BufWriter::with_capacity(LINE_BUFFER, &mut self.out);
        serde_json::to_writer(&mut out, value).map_err(|e| {
            if e.is_io() {
                write_err(&self.name, e.into())
            } else {
                OutputError::Other(e.to_string())
            }
        })?;
        out.write_all(b"\n")
            .and_then(|()| out.flush())
            .map_err(|e| write_err(&self.name, e))
    }

    /// Flush the writer, so a failure to write shows up here and not on drop.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        self.out.flush().map_err(|e| OutputError::Write {
            path: self.name.clone().into(),
            cause: e,
        })
    }
}

pub(crate) fn error_record(err: &FileError) -> ErrorRecord {
    ErrorRecord {
        source: ErrorSource {
            path: err.path().to_string_lossy().into_owned(),
            path_bytes: crate::error::path_bytes_if_lossy(err.path()),
        },
        error: ErrorInfo {
            code: err.code().to_string(),
            message: err.reason(),
        },
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn document(
        &mut self,
        _input: &Input,
        doc: Document,
        _text: Option<&str>,
    ) -> Result<(), OutputError> {
        self.line(&doc)
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.line(&error_record(err))
    }
}
