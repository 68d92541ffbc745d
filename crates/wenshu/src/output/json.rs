//! `--format json -o DIR`: one pretty JSON file per input, mirroring the input tree.
//! Inputs that could not be read are listed, one error record per line, in
//! [`ERRORS_FILE`] in the same folder (removed by a later run without errors).

use std::io::Write;
use std::path::PathBuf;

use crate::document::{Document, ErrorRecord};
use crate::error::{FileError, OutputError};
use crate::input::{Input, OutputNames};
use crate::output::atomic::{write_atomic, StreamFile};
use crate::pipeline::Sink;

/// The error records of a `--format json` run (never the name of a document:
/// those end in `.json`).
pub const ERRORS_FILE: &str = "wenshu-errors.jsonl";

/// `--format json -o DIR`: one pretty JSON file per input, named after it, and the
/// failed inputs in [`ERRORS_FILE`].
pub struct JsonDirSink {
    dir: PathBuf,
    names: OutputNames,
    pub(crate) written: Vec<PathBuf>,
    pub(crate) errors: Vec<ErrorRecord>,
}

impl JsonDirSink {
    /// `inputs` is the whole batch, so colliding names are known before writing.
    pub fn new(dir: PathBuf, inputs: &[Result<Input, FileError>]) -> Self {
        let names = OutputNames::new(
            inputs,
            Some("json"),
            &[ERRORS_FILE, crate::output::incremental::MANIFEST],
        );
        JsonDirSink {
            dir,
            names,
            written: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Write [`ERRORS_FILE`] (atomically) when some input failed; remove a stale
    /// one left by an earlier run otherwise.
    pub fn finish(&self) -> Result<(), OutputError> {
        let path = self.dir.join(ERRORS_FILE);
        if self.errors.is_empty() {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(OutputError::Write { path, cause: e })
                }
                _ => return Ok(()),
            }
        }
        let mut bytes = Vec::new();
        for r in &self.errors {
            serde_json::to_writer(&mut bytes, r).map_err(|e| OutputError::Other(e.to_string()))?;
            bytes.push(b'\n');
        }
        write_atomic(&path, &bytes)
    }

    fn target(&self, input: &Input) -> PathBuf {
        self.dir.join(self.names.of(input))
    }
}

impl Sink for JsonDirSink {
    fn document(
        &mut self,
        input: &Input,
        doc: Document,
        _text: Option<&str>,
    ) -> Result<(), OutputError> {
        let path = self.target(input);
        if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(OutputError::Write {
                path,
                cause: std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "a folder is in the way of this output file",
                ),
            });
        }
        // Streamed into a temporary file renamed into place: a large document is
        // never held as a whole in memory.
        let mut file = StreamFile::create(&path)?;
        crate::output::pretty::to_writer_pretty(&mut file, &doc).map_err(|e| {
            if e.is_io() {
                OutputError::Write {
                    path: path.clone(),
                    cause: e.into(),
                }
            } else {
                OutputError::Other(e.to_string())
            }
        })?;
        drop(doc);
        file.commit()?;
        self.written.push(path);
        Ok(())
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        // Reported on standard error by the caller; kept for ERRORS_FILE.
        self.errors.push(crate::output::jsonl::error_record(err));
        Ok(())
    }

    fn per_file(&self) -> bool {
        true
    }
}

/// `-o FILE.json` for one input: its document, pretty, to any writer (a
/// [`StreamFile`], standard output). An input that fails writes nothing.
pub struct JsonFileSink<W: Write> {
    out: W,
    name: String,
    written: bool,
}

impl<W: Write> JsonFileSink<W> {
    /// `name` says where `out` goes, for error messages.
    pub fn new(out: W, name: impl Into<String>) -> Self {
        JsonFileSink {
            out,
            name: name.into(),
            written: false,
        }
    }

    /// Whether a document was written.
    pub fn written(&self) -> bool {
        self.written
    }

    /// Flush the writer.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        self.out.flush().map_err(|e| OutputError::Write {
            path: PathBuf::from(&self.name),
            cause: e,
        })
    }

    /// The writer, to commit a [`StreamFile`].
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Sink for JsonFileSink<W> {
    fn document(
        &mut self,
        _input: &Input,
        doc: Document,
        _text: Option<&str>,
    ) -> Result<(), OutputError> {
        let werr = |cause| OutputError::Write {
            path: PathBuf::from(&self.name),
            cause,
        };
        crate::output::pretty::to_writer_pretty(&mut self.out, &doc).map_err(|e| {
            if e.is_io() {
                werr(e.into())
            } else {
                OutputError::Other(e.to_string())
            }
        })?;
        self.written = true;
        Ok(())
    }

    fn error(&mut self, _err: &FileError) -> Result<(), OutputError> {
        // Reported on standard error by the caller.
        Ok(())
    }
}
