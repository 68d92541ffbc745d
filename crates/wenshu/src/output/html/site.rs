//! The report folder as a [`Sink`]: each document's page is written as soon as
//! the document arrives (`docs/<name>.html`, the input tree mirrored), and only a
//! small row of it is kept for the overview, written by [`HtmlSite::finish`].
//! Every file goes through a temporary file renamed into place.

use std::path::{Path, PathBuf};

use super::overview::{self, Failure, Totals};
use super::page;
use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::{Input, OutputNames};
use crate::output::atomic::write_atomic;
use crate::pipeline::Sink;

/// The folder of document pages inside the report folder.
pub const PAGES_DIR: &str = "docs";

/// What a finished report holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SiteStats {
    /// Document pages written.
    pub pages: usize,
    /// Page files of the overview (`index.html` and further table pages).
    pub overview_pages: usize,
    /// Bytes of every file written.
    pub bytes: u64,
}

/// `wenshu report -o DIR`: an `index.html` overview and a page per document.
pub struct HtmlSite {
    dir: PathBuf,
    names: OutputNames,
    title: String,
    totals: Totals,
    stats: SiteStats,
}

impl HtmlSite {
    /// A report of the batch `inputs` (named up front, so colliding names are
    /// told apart) written into `dir` under `title`.
    pub fn new(
        dir: PathBuf,
        inputs: &[Result<Input, FileError>],
        title: impl Into<String>,
    ) -> Self {
        HtmlSite {
            dir,
            names: OutputNames::new(inputs, Some("html"), &[]),
            title: title.into(),
            totals: Totals::default(),
            stats: SiteStats::default(),
        }
    }

    /// The page of an input, relative to the report folder, `/`-separated.
    fn page_of(&self, input: &Input) -> String {
        let rel = self.names.of(input);
        let mut s = String::from(PAGES_DIR);
        for c in rel.components() {
            if let std::path::Component::Normal(c) = c {
                s.push('/');
                s.push_str(&c.to_string_lossy());
            }
        }
        s
    }

    fn write(&mut self, path: &Path, html: &str) -> Result<(), OutputError> {
        write_atomic(path, html.as_bytes())?;
        self.stats.bytes += html.len() as u64;
        Ok(())
    }

    /// Write the overview pages; the report is complete after this.
    pub fn finish(mut self) -> Result<SiteStats, OutputError> {
        let index = overview::render_index(&self.totals, &self.title);
        let dir = self.dir.clone();
        self.write(&dir.join("index.html"), &index)?;
        drop(index);
        let pages = self.totals.table_pages();
        for n in 2..=pages {
            let html = overview::render_table_page(&self.totals, &self.title, n);
            self.write(&dir.join(overview::table_page_name(n)), &html)?;
        }
        self.stats.overview_pages = pages;
        Ok(self.stats)
    }
}

impl Sink for HtmlSite {
    fn document(
        &mut self,
        input: &Input,
        doc: Document,
        text: Option<&str>,
    ) -> Result<(), OutputError> {
        let page = self.page_of(input);
        let depth = page.matches('/').count();
        let up = "../".repeat(depth);
        let html = page::render(&doc, text.unwrap_or_default(), &up);
        // The page is built whole, so it goes through the same atomic write as the
        // overview (which refuses a folder in the way).
        let path = self.dir.join(&page);
        self.write(&path, &html)?;
        self.stats.pages += 1;
        self.totals.add(&doc, page);
        Ok(())
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.totals.fail(Failure {
            path: err.path().to_string_lossy().into_owned(),
            code: err.code().to_string(),
            message: err.reason(),
        });
        Ok(())
    }

    fn per_file(&self) -> bool {
        true
    }

    fn wants_text(&self) -> bool {
        true
    }
}
