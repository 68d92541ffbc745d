//! `--format json -o DIR`: one pretty JSON file per input, mirroring the input tree.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::{output_names, Input};
use crate::output::atomic::write_atomic;
use crate::pipeline::Sink;

pub struct JsonDirSink {
    dir: PathBuf,
    names: HashMap<PathBuf, PathBuf>,
    pub written: Vec<PathBuf>,
}

impl JsonDirSink {
    /// `inputs` is the whole batch, so colliding names are known before writing.
    pub fn new(dir: PathBuf, inputs: &[Result<Input, FileError>]) -> Self {
        let files: Vec<_> = inputs
            .iter()
            .filter_map(|i| match i {
                Ok(Input::File(f)) => Some(f),
                _ => None,
            })
            .collect();
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
        }
    }

    fn target(&self, input: &Input) -> PathBuf {
        match input {
            Input::File(f) => self.dir.join(&self.names[&f.path]),
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

    fn error(&mut self, _err: &FileError) -> Result<(), OutputError> {
        // Reported on standard error by the caller; a folder of documents holds no
        // error records.
        Ok(())
    }
}
