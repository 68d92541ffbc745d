//! `extract -o DIR --incremental`: skip an input whose bytes and tool settings match
//! the output already in `DIR`.
//!
//! `DIR/.wenshu-manifest.json` records, for every output file, the input it came
//! from, the input's SHA-256 and size, and the output's size and modification
//! time; and once for the
//! folder, a fingerprint of what produced it (the tool version, the document
//! schema version and every option that changes output, such as `--to`,
//! `--tokens`, `--keywords`, `--encoding` and the contents of `--dict` files). An
//! input is skipped when the fingerprint is the same, its entry names the same
//! input with the same hash, and the output is still there with the recorded
//! size and time. The manifest is rewritten (atomically) only when something changed, so a
//! re-run over an unchanged tree writes nothing at all.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::document::{Document, SCHEMA_VERSION};
use crate::error::{FileError, OutputError};
use crate::input::{files_of, Input, OutputNames};
use crate::output::atomic::StreamFile;
use crate::output::html::overview::Summary;
use crate::pipeline::{sha256_hex, Options, Sink};

/// The manifest's file name inside the output folder.
pub const MANIFEST: &str = ".wenshu-manifest.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    /// What produced the outputs; a different one invalidates every entry.
    pub(crate) fingerprint: String,
    /// Output path (relative to the folder, `/`-separated) → where it came from.
    pub(crate) files: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// The input path, as in `source.path`.
    pub(crate) source: String,
    pub(crate) sha256: String,
    pub(crate) bytes: u64,
    /// Size of the output file when it was written.
    pub(crate) output_bytes: u64,
    /// Its modification time (nanoseconds since the Unix epoch), so an output
    /// rewritten by a run without `--incremental` is not trusted.
    #[serde(default)]
    pub(crate) output_mtime: u128,
    /// A report page's row of the overview, so an unchanged page need not be
    /// rendered again for the overview to count it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) summary: Option<Summary>,
}

/// Why an incremental run writes everything: the manifest could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// There is no manifest (a first run, or one removed).
    Missing,
    /// The manifest is not one wenshu can read (damaged or edited).
    Unreadable,
    /// The outputs were made by another version or with other settings.
    Settings,
}

impl Fallback {
    /// Says why, for a note to the person running the batch.
    pub fn reason(self) -> &'static str {
        match self {
            Fallback::Missing => "there is no manifest",
            Fallback::Unreadable => "the manifest could not be read",
            Fallback::Settings => {
                "the outputs were made by another version of wenshu or with other settings"
            }
        }
    }
}

fn mtime_nanos(m: &std::fs::Metadata) -> u128 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// The tool version, the schema version and every option that changes output.
pub(crate) fn fingerprint(options: &Options) -> String {
    // `Options` lists exactly what changes a document; its `Debug` form picks up
    // any option added later without touching this function.
    let dicts: Vec<String> = options
        .dicts
        .iter()
        .map(|d| {
            std::fs::read(d)
                .map(|b| sha256_hex(&b))
                .unwrap_or_else(|_| "unreadable".into())
        })
        .collect();
    let fp = format!(
        "wenshu {} schema {SCHEMA_VERSION}; {:?}; dict contents {:?}",
        env!("CARGO_PKG_VERSION"),
        options,
        dicts
    );
    // Short and stable in the manifest.
    sha256_hex(fp.as_bytes())
}

fn key(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Counts of an incremental run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Inputs whose output was already up to date.
    pub skipped: usize,
    /// Documents written.
    pub written: usize,
    /// Inputs that failed.
    pub failed: usize,
}

/// The manifest of an output folder and what this run changes in it.
pub struct Incremental {
    dir: PathBuf,
    fingerprint: String,
    manifest: Manifest,
    /// Input path → output key (the same names `JsonDirSink` uses).
    names: HashMap<PathBuf, String>,
    changed: bool,
    /// Entries must carry a report summary to answer for their output.
    summaries: bool,
    /// Why every output is written again, when the manifest could not be used.
    pub fallback: Option<Fallback>,
    /// What the run skipped, wrote and failed.
    pub counts: Counts,
}

impl Incremental {
    /// Read `DIR`'s manifest (a missing or unreadable one is empty: everything is
    /// written) and name the batch's outputs.
    pub fn open(dir: &Path, options: &Options, inputs: &[Result<Input, FileError>]) -> Self {
        let names = OutputNames::new(
            inputs,
            Some("json"),
            &[crate::output::json::ERRORS_FILE, MANIFEST],
        );
        Self::open_with(dir, fingerprint(options), inputs, &names)
    }

    /// An incremental run of any command: `fingerprint` says what produced the
    /// outputs (tool version and every setting that changes them), `names` is the
    /// batch's naming plan.
    pub fn open_with(
        dir: &Path,
        fingerprint: String,
        inputs: &[Result<Input, FileError>],
        names: &OutputNames,
    ) -> Self {
        Self::open_in(dir, "", fingerprint, inputs, names, true)
    }

    /// [`Incremental::open_with`] for outputs named under `prefix` (`docs/`)
    /// inside `dir`. With `read` false the manifest is not read: a run that writes
    /// everything starts a new one.
    pub(crate) fn open_in(
        dir: &Path,
        prefix: &str,
        fingerprint: String,
        inputs: &[Result<Input, FileError>],
        names: &OutputNames,
        read: bool,
    ) -> Self {
        let loaded: Result<Manifest, Fallback> = if read {
            match std::fs::read(dir.join(MANIFEST)) {
                Ok(b) => serde_json::from_slice(&b).map_err(|_| Fallback::Unreadable),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Fallback::Missing),
                Err(_) => Err(Fallback::Unreadable),
            }
        } else {
            Err(Fallback::Missing)
        };
        let (manifest, changed, fallback) = match loaded {
            Ok(m) if m.fingerprint == fingerprint => (m, false, None),
            other => (
                Manifest {
                    fingerprint: fingerprint.clone(),
                    files: BTreeMap::new(),
                },
                true,
                Some(other.err().unwrap_or(Fallback::Settings)),
            ),
        };
        let names = files_of(inputs)
            .iter()
            .filter_map(|f| {
                let n = names.of_path(&f.path)?;
                Some((f.path.clone(), format!("{prefix}{}", key(n))))
            })
            .collect();
        Incremental {
            dir: dir.to_path_buf(),
            fingerprint,
            manifest,
            names,
            changed,
            summaries: !prefix.is_empty(),
            fallback,
            counts: Counts::default(),
        }
    }

    /// Record that `input` (with these bytes' hash and size) was written to its
    /// output just now.
    pub fn record(&mut self, input: &Input, sha256: String, bytes: u64) {
        self.counts.written += 1;
        if let Input::File(f) = input {
            if let Some(name) = self.names.get(&f.path) {
                let (output_bytes, output_mtime) = std::fs::metadata(self.dir.join(name))
                    .map(|m| (m.len(), mtime_nanos(&m)))
                    .unwrap_or((0, 0));
                self.manifest.files.insert(
                    name.clone(),
                    Entry {
                        source: input.display(),
                        sha256,
                        bytes,
                        output_bytes,
                        output_mtime,
                        summary: None,
                    },
                );
                self.changed = true;
            }
        }
    }

    /// Record that `input`'s page was written just now, with its overview row.
    pub(crate) fn record_summary(
        &mut self,
        input: &Input,
        sha256: String,
        bytes: u64,
        summary: Summary,
    ) {
        self.record(input, sha256, bytes);
        if let Input::File(f) = input {
            if let Some(e) = self
                .names
                .get(&f.path)
                .and_then(|n| self.manifest.files.get_mut(n))
            {
                e.summary = Some(summary);
            }
        }
    }

    /// The recorded overview row of `input`'s output.
    pub(crate) fn summary(&self, input: &Input) -> Option<&Summary> {
        let Input::File(f) = input else {
            return None;
        };
        let e = self.manifest.files.get(self.names.get(&f.path)?)?;
        (e.source == input.display())
            .then_some(e.summary.as_ref())
            .flatten()
    }

    /// Forget the outputs of inputs that are not in this batch any more.
    pub(crate) fn keep_only_batch(&mut self) {
        let batch: std::collections::HashSet<&String> = self.names.values().collect();
        let before = self.manifest.files.len();
        self.manifest.files.retain(|k, _| batch.contains(k));
        self.changed |= self.manifest.files.len() != before;
    }

    /// Record that `path` failed: its old output no longer answers for it.
    pub fn forget(&mut self, path: &Path) {
        self.counts.failed += 1;
        if let Some(name) = self.names.get(path) {
            if self.manifest.files.remove(name).is_some() {
                self.changed = true;
            }
        }
    }

    fn unchanged(&self, input: &Input) -> bool {
        let Input::File(f) = input else {
            return false;
        };
        let Some(name) = self.names.get(&f.path) else {
            return false;
        };
        let Some(entry) = self.manifest.files.get(name) else {
            return false;
        };
        if entry.source != input.display() || (self.summaries && entry.summary.is_none()) {
            return false;
        }
        let out = std::fs::metadata(self.dir.join(name));
        if !out.is_ok_and(|m| {
            m.is_file() && m.len() == entry.output_bytes && mtime_nanos(&m) == entry.output_mtime
        }) {
            return false;
        }
        // A different size needs no hashing.
        if !std::fs::metadata(&f.path).is_ok_and(|m| m.len() == entry.bytes) {
            return false;
        }
        match std::fs::read(&f.path) {
            Ok(bytes) => bytes.len() as u64 == entry.bytes && sha256_hex(&bytes) == entry.sha256,
            Err(_) => false,
        }
    }

    /// The inputs that still need processing (hashed in parallel); the others are
    /// counted as skipped.
    pub fn pending(
        &mut self,
        inputs: Vec<Result<Input, FileError>>,
    ) -> Vec<Result<Input, FileError>> {
        if self.fingerprint != self.manifest.fingerprint {
            return inputs;
        }
        let skip: Vec<bool> = inputs
            .par_iter()
            .map(|i| i.as_ref().is_ok_and(|i| self.unchanged(i)))
            .collect();
        self.counts.skipped = skip.iter().filter(|s| **s).count();
        inputs
            .into_iter()
            .zip(skip)
            .filter(|(_, s)| !s)
            .map(|(i, _)| i)
            .collect()
    }

    /// Wrap the folder's sink so every document written is recorded.
    pub fn recording<'a>(&'a mut self, inner: &'a mut dyn Sink) -> Recording<'a> {
        Recording { inc: self, inner }
    }

    /// Write the manifest, when anything changed.
    pub fn save(&self) -> Result<bool, OutputError> {
        if !self.changed {
            return Ok(false);
        }
        // Streamed into a temporary file renamed into place: a report's manifest
        // holds a row per document (tens of megabytes for 100,000), so it is never
        // built in memory, and it is compact.
        let path = self.dir.join(MANIFEST);
        let mut file = StreamFile::create(&path)?;
        let written = if self.summaries {
            serde_json::to_writer(&mut file, &self.manifest)
        } else {
            serde_json::to_writer_pretty(&mut file, &self.manifest)
        };
        written
            .map_err(std::io::Error::from)
            .and_then(|()| file.write_all(b"\n"))
            .map_err(|e| OutputError::Write {
                path: path.clone(),
                cause: e,
            })?;
        file.commit()?;
        Ok(true)
    }
}

/// A sink that records each written document in the manifest.
pub struct Recording<'a> {
    inc: &'a mut Incremental,
    inner: &'a mut dyn Sink,
}

impl Sink for Recording<'_> {
    fn document(
        &mut self,
        input: &Input,
        doc: Document,
        text: Option<&str>,
    ) -> Result<(), OutputError> {
        let entry = Entry {
            source: doc.source.path.clone(),
            sha256: doc.source.sha256.clone(),
            bytes: doc.source.bytes,
            output_bytes: 0,
            output_mtime: 0,
            summary: None,
        };
        self.inner.document(input, doc, text)?;
        self.inc.counts.written += 1;
        if let Input::File(f) = input {
            if let Some(name) = self.inc.names.get(&f.path) {
                let (output_bytes, output_mtime) = std::fs::metadata(self.inc.dir.join(name))
                    .map(|m| (m.len(), mtime_nanos(&m)))
                    .unwrap_or((0, 0));
                self.inc.manifest.files.insert(
                    name.clone(),
                    Entry {
                        output_bytes,
                        output_mtime,
                        ..entry
                    },
                );
                self.inc.changed = true;
            }
        }
        Ok(())
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.inc.counts.failed += 1;
        // The old output (if any) no longer answers for this input.
        if let Some(name) = self.inc.names.get(err.path()) {
            if self.inc.manifest.files.remove(name).is_some() {
                self.inc.changed = true;
            }
        }
        self.inner.error(err)
    }

    fn per_file(&self) -> bool {
        self.inner.per_file()
    }

    fn wants_text(&self) -> bool {
        self.inner.wants_text()
    }

    fn prepare(&self) -> Option<crate::pipeline::Prepare> {
        self.inner.prepare()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_follows_output_options() {
        let a = fingerprint(&Options::default());
        assert_eq!(a, fingerprint(&Options::default()));
        let b = fingerprint(&Options {
            keywords: 5,
            ..Default::default()
        });
        let c = fingerprint(&Options {
            tokens: true,
            ..Default::default()
        });
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_ne!(b, c);
    }

    #[test]
    fn keys_use_forward_slashes() {
        assert_eq!(key(Path::new("a/b/c.json")), "a/b/c.json");
    }
}
