//! The report folder as a [`Sink`]: each document's page is rendered and written
//! on the worker threads as soon as the document is made (`docs/<name>.html`, the
//! input tree mirrored), and only its summary is kept, in the folder's manifest.
//! [`HtmlSite::finish`] writes the overview from the summaries, in input order.
//! Every file goes through a temporary file renamed into place.
//!
//! The manifest (`.wenshu-manifest.json`, as for `extract --incremental`) is
//! written by every run, so a later `--incremental` run renders only the pages of
//! inputs that changed and reads the others' summaries back: its overview is the
//! one a full run writes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::overview::{self, Failure, Summary, Totals};
use super::page;
use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::{Input, OutputNames};
use crate::output::atomic::write_atomic;
use crate::output::incremental::{self, Counts, Fallback, Incremental, MANIFEST};
use crate::pipeline::{Options, Prepare, Sink};

/// The folder of document pages inside the report folder.
pub const PAGES_DIR: &str = "docs";

/// What a finished report holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SiteStats {
    /// Document pages written by this run.
    pub pages: usize,
    /// Document pages left as they were (`--incremental`: their input is unchanged).
    pub unchanged: usize,
    /// Page files of the overview (`index.html` and further table pages).
    pub overview_pages: usize,
    /// Bytes of every file written by this run.
    pub bytes: u64,
    /// Bytes of the whole report: every page, the overview and its data files.
    pub total_bytes: u64,
}

/// `wenshu report -o DIR`: an `index.html` overview and a page per document.
pub struct HtmlSite {
    dir: PathBuf,
    names: Arc<OutputNames>,
    title: String,
    /// Every input that may become a document, in input order: the overview's order.
    order: Vec<Input>,
    /// The summary of standard input's page (it has no manifest entry).
    stdin: Option<Summary>,
    failures: Vec<Failure>,
    manifest: Incremental,
    stats: SiteStats,
}

/// The page of an input, relative to the report folder, `/`-separated.
fn page_of(names: &OutputNames, input: &Input) -> String {
    let rel = names.of(input);
    let mut s = String::from(PAGES_DIR);
    for c in rel.components() {
        if let std::path::Component::Normal(c) = c {
            s.push('/');
            s.push_str(&c.to_string_lossy());
        }
    }
    s
}

impl HtmlSite {
    /// A report of the batch `inputs` (named up front, so colliding names are
    /// told apart), made with `options`, written into `dir` under `title`. With
    /// `incremental`, the folder's manifest says which pages are up to date
    /// (see [`HtmlSite::pending`]); without, every page is written.
    pub fn new(
        dir: PathBuf,
        inputs: &[Result<Input, FileError>],
        title: impl Into<String>,
        options: &Options,
        incremental: bool,
    ) -> Self {
        let names = OutputNames::new(inputs, Some("html"), &[]);
        // Pages depend on the options as documents do, and on the page renderer.
        let fingerprint = format!("{} report", incremental::fingerprint(options));
        let manifest = Incremental::open_in(
            &dir,
            &format!("{PAGES_DIR}/"),
            fingerprint,
            inputs,
            &names,
            incremental,
        );
        HtmlSite {
            dir,
            names: Arc::new(names),
            title: title.into(),
            order: inputs.iter().flatten().cloned().collect(),
            stdin: None,
            failures: Vec::new(),
            manifest,
            stats: SiteStats::default(),
        }
    }

    /// Why every page is rendered again although `--incremental` was given.
    pub fn fallback(&self) -> Option<Fallback> {
        self.manifest.fallback
    }

    /// The inputs whose pages must be rendered; the others' are up to date
    /// (always all of them without `--incremental`).
    pub fn pending(
        &mut self,
        inputs: Vec<Result<Input, FileError>>,
    ) -> Vec<Result<Input, FileError>> {
        self.manifest.pending(inputs)
    }

    /// Pages written, left unchanged and failed so far.
    pub fn counts(&self) -> Counts {
        self.manifest.counts
    }

    /// Record the pages written so far (an interrupted run keeps them; no
    /// overview is written).
    pub fn save_manifest(&self) -> Result<(), OutputError> {
        self.manifest.save().map(|_| ())
    }

    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
        write_atomic(path, bytes)?;
        self.stats.bytes += bytes.len() as u64;
        self.stats.total_bytes += bytes.len() as u64;
        Ok(())
    }

    /// Write the overview pages and the manifest; the report is complete after this.
    pub fn finish(mut self) -> Result<SiteStats, OutputError> {
        let mut totals = Totals::default();
        let order = std::mem::take(&mut self.order);
        for input in &order {
            let summary = match input {
                Input::Stdin => self.stdin.as_ref(),
                Input::File(_) => self.manifest.summary(input),
            };
            // An input without a summary failed: it is among the failures.
            if let Some(s) = summary {
                totals.add(s);
            }
        }
        for f in std::mem::take(&mut self.failures) {
            totals.fail(f);
        }
        self.stats.unchanged = self.manifest.counts.skipped;
        self.stats.total_bytes += totals.page_bytes();
        let dir = self.dir.clone();
        let index = overview::render_index(&totals, &self.title);
        self.write(&dir.join("index.html"), index.as_bytes())?;
        drop(index);
        let pages = totals.table_pages();
        for n in 2..=pages {
            let html = overview::render_table_page(&totals, &self.title, n);
            self.write(&dir.join(overview::table_page_name(n)), html.as_bytes())?;
        }
        for n in 1..=totals.data_files() {
            let js = overview::render_data(&totals, n);
            self.write(&dir.join(overview::data_file_name(n)), js.as_bytes())?;
        }
        self.stats.overview_pages = pages;
        self.manifest.keep_only_batch();
        self.manifest.save()?;
        if let Ok(m) = std::fs::metadata(dir.join(MANIFEST)) {
            self.stats.total_bytes += m.len();
        }
        Ok(self.stats)
    }
}

impl Sink for HtmlSite {
    fn document(
        &mut self,
        input: &Input,
        doc: Document,
        _text: Option<&str>,
    ) -> Result<(), OutputError> {
        // The page was written on a worker thread (see `prepare`).
        let page = page_of(&self.names, input);
        let page_bytes = std::fs::metadata(self.dir.join(&page)).map_or(0, |m| m.len());
        self.stats.pages += 1;
        self.stats.bytes += page_bytes;
        let summary = Summary::of(&doc, page, page_bytes);
        match input {
            Input::Stdin => {
                self.manifest.counts.written += 1;
                self.stdin = Some(summary);
            }
            Input::File(_) => self.manifest.record_summary(
                input,
                doc.source.sha256.clone(),
                doc.source.bytes,
                summary,
            ),
        }
        Ok(())
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.manifest.forget(err.path());
        self.failures.push(Failure {
            path: err.path().to_string_lossy().into_owned(),
            code: err.code().to_string(),
            message: err.reason(),
        });
        Ok(())
    }

    fn per_file(&self) -> bool {
        true
    }

    fn prepare(&self) -> Option<Prepare> {
        let names = Arc::clone(&self.names);
        let dir = self.dir.clone();
        Some(Arc::new(move |input, doc, text| {
            let page = page_of(&names, input);
            let up = "../".repeat(page.matches('/').count());
            let html = page::render(doc, text.unwrap_or_default(), &up);
            // The page is built whole, so it goes through the same atomic write as
            // the overview (which refuses a folder in the way).
            write_atomic(&dir.join(&page), html.as_bytes())
        }))
    }
}
