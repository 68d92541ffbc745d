//! `--format json -o DIR`: one pretty JSON file per input, mirroring the input tree.
//! Inputs that could not be read are listed, one error record per line, in
//! [`ERRORS_FILE`] in the same folder (removed by a later run without errors).

use std::collections::HashMap;
use std::path::PathBuf;

use crate::document::{Document, ErrorRecord};
use crate::error::{FileError, OutputError};
use crate::input::{files_of, output_names, Input};
use crate::output::atomic::write_atomic;
use crate::pipeline::Sink;

/// The error records of a `--format json` run (never the name of a document:
/// those end in `.json`).
pub const ERRORS_FILE: &str = "wenshu-errors.jsonl";

/// `--format json -o DIR`: one pretty JSON file per input, named after it, and the
/// failed inputs in [`ERRORS_FILE`].
pub struct JsonDirSink {
    dir: PathBuf,
    names: HashMap<PathBuf, PathBuf>,
    pub(crate) written: Vec<PathBuf>,
    pub(crate) errors: Vec<ErrorRecord>,
}

impl JsonDirSink {
    /// `inputs` is the whole batch, so colliding names are known before writing.
    pub fn new(dir: PathBuf, inputs: &[Result<Input, FileError>]) -> Self {
        let files = files_of(inputs);
        let names = output_names(&files, "json");
        let names = files
            .iter()
            .zip(names)
            .map(|(f, n)| (f.path.clone(), n))
            .collect();
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
                    return Err(OutputError::Write { path, source: e })
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
        match input {
            Input::File(f) => match self.names.get(&f.path) {
                Some(n) => self.dir.join(n),
                None => self.dir.join(&f.rel).with_extension("json"),
            },
            Input::Stdin => self.dir.join("stdin.json"),
        }
    }
}

impl Sink for JsonDirSink {
    fn document(&mut self, input: &Input, doc: Document) -> Result<(), OutputError> {
        let bytes = crate::output::pretty::to_vec_pretty(&doc)
            .map_err(|e| OutputError::Other(e.to_string()))?;
        let path = self.target(input);
        write_atomic(&path, &bytes)?;
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
