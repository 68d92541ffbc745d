//! Files → documents. [`Engine`] holds everything loaded once (segmenter,
//! converters, placeholder rules) and is shared by all rayon threads; [`run_batch`]
//! processes inputs in parallel and hands results to a sink in input order,
//! streaming with a bounded number in flight, so memory does not grow with the batch.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub use crate::batch::{request_stop, stop_requested};

use encoding_rs::Encoding;
use sha2::{Digest, Sha256};

use crate::analysis::Analysis;
use crate::document::{
    self, Article, Document, MakeTokens, Region, Section, Token, Tokens, Warning,
};
use crate::error::{DecodeError, FileError};
use crate::facts;
use crate::input::Input;
use crate::normalize::{Normalizer, ScriptCounts, Target};
use crate::placeholders::Detector;
use crate::read::Extracted;
use crate::segment::{DictError, Segmenter};
use crate::structure::{self, SectionRange};
use crate::text::TextIndex;

/// What to compute for each document.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--encoding`: decode every input with this encoding.
    pub encoding: Option<&'static Encoding>,
    /// `--to`: add normalized copies in this script.
    pub to: Option<Target>,
    /// `--tokens`: include word tokens.
    pub tokens: bool,
    /// `--keywords N`: top keywords per article (0 = none).
    pub keywords: usize,
    /// `--dict FILE`: extra jieba dictionaries.
    pub dicts: Vec<PathBuf>,
    /// `--region`: the region of every document, instead of deciding it from the text.
    pub region: Option<Region>,
    /// `--reference-date`: the date of documents that carry none (ISO `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`), or only their title's year where the two agree (see
    /// [`crate::facts::dates::prefer_reference`]).
    pub reference_date: Option<String>,
    /// `--text`: include the text (as read: for a Word document, web page or OFD,
    /// the extracted text) in each document, so that every span can be checked.
    pub text: bool,
}

/// Everything loaded once and shared by every thread: turns a file into a
/// [`Document`].
pub struct Engine {
    /// What each document includes.
    pub options: Options,
    /// Script detection and the OpenCC converters.
    pub normalizer: Arc<Normalizer>,
    /// jieba, with the project's and the user's dictionaries.
    pub segmenter: Arc<Segmenter>,
    /// The built-in placeholder rules.
    pub detector: Detector,
}

impl Engine {
    /// Load the dictionaries (the slow part of start-up); fails when a `--dict`
    /// file cannot be read or parsed.
    pub fn new(options: Options) -> Result<Self, DictError> {
        let dicts: Vec<&std::path::Path> = options.dicts.iter().map(PathBuf::as_path).collect();
        let normalizer = Normalizer::new();
        // Start-up: the Traditional→Simplified converter is built beside jieba's
        // dictionary load (the longest step) rather than in the first file.
        let segmenter = std::thread::scope(|scope| {
            scope.spawn(|| normalizer.convert("漢", Target::Simplified));
            Segmenter::new(&dicts)
        })?;
        Ok(Engine {
            options,
            normalizer: Arc::new(normalizer),
            segmenter: Arc::new(segmenter),
            detector: Detector::new(),
        })
    }

    /// An engine with other options that shares this one's loaded dictionaries
    /// and converters (loading them is most of [`Engine::new`]'s time); only a
    /// different list of `dicts` loads the segmenter again.
    pub fn with_options(&self, options: Options) -> Result<Engine, DictError> {
        if options.dicts != self.options.dicts {
            return Engine::new(options);
        }
        Ok(Engine {
            options,
            normalizer: Arc::clone(&self.normalizer),
            segmenter: Arc::clone(&self.segmenter),
            detector: Detector::new(),
        })
    }

    /// Decode and analyse one file's bytes.
    pub fn process_bytes(&self, path: &str, bytes: &[u8]) -> Result<Document, DecodeError> {
        self.process_bytes_dated(path, bytes, None)
    }

    /// [`Engine::process_bytes`] with a reference date (ISO `YYYY[-MM[-DD]]`) for
    /// articles without a date of their own, instead of the options' one.
    pub fn process_bytes_dated(
        &self,
        path: &str,
        bytes: &[u8],
        reference: Option<&str>,
    ) -> Result<Document, DecodeError> {
        let read = crate::read::read(
            Some(std::path::Path::new(path)),
            bytes.to_vec(),
            self.options.encoding,
        )?;
        Ok(self
            .process_decoded_keeping(path, bytes.len(), sha256_hex(bytes), read, false, reference)
            .0)
    }

    fn process_decoded_keeping(
        &self,
        path: &str,
        len: usize,
        sha256: String,
        read: Extracted,
        keep_text: bool,
        reference: Option<&str>,
    ) -> (Document, Option<Arc<String>>) {
        let decoded = read.decoded;
        // Shared, not copied: tokens made while the document is written read it.
        let text = Arc::new(decoded.text);
        let mut doc = self.analyze(path, &text, Some(&text), reference, &read.outline);
        doc.source.format = read.format.as_str().to_string();
        doc.source.bytes = len as u64;
        doc.source.sha256 = sha256;
        doc.source.encoding = decoded.encoding.to_string();
        doc.source.bom = decoded.bom;
        let mut warnings = decoded.warnings;
        warnings.append(&mut doc.warnings);
        doc.warnings = warnings;
        if self.options.text {
            doc.text = Some(text.as_str().to_string());
        }
        (doc, keep_text.then_some(text))
    }

    /// Analyse an already decoded text (as UTF-8).
    pub fn process_text(&self, path: &str, text: &str) -> Document {
        self.process_text_dated(path, text, None)
    }

    /// [`Engine::process_text`] with a reference date (ISO `YYYY[-MM[-DD]]`) for
    /// articles without a date of their own, instead of the options' one.
    pub fn process_text_dated(&self, path: &str, text: &str, reference: Option<&str>) -> Document {
        let mut doc = self.analyze(path, text, None, reference, &[]);
        if self.options.text {
            doc.text = Some(text.to_string());
        }
        doc.source.sha256 = sha256_hex(text.as_bytes());
        doc
    }

    /// The document of a decoded text, without its checksum: the caller hashes
    /// whichever bytes it was given (the file's, or the text's), once. `shared` is
    /// the same text when the caller holds it shared (tokens made later read it);
    /// `reference` overrides the options' reference date; `outline` holds the lines
    /// the source marks as headings.
    fn analyze(
        &self,
        path: &str,
        text: &str,
        shared: Option<&Arc<String>>,
        reference: Option<&str>,
        outline: &[crate::read::OutlineLine],
    ) -> Document {
        let reference = reference.or(self.options.reference_date.as_deref());
        let index = TextIndex::new(text);
        let counts = self.normalizer.count(text);
        // Everything that reads the Simplified copy or the words happens in this
        // block; they are freed at its end, so that a big file is held once (as
        // its text) while its facts and sections are written out.
        let mut structure;
        let region;
        let own_dates;
        let (candidates, mut placeholders, keywords) = {
            let mut simplified = self.normalizer.aligned_simplified(text, &counts);
            structure = structure::analyze_outlined(&simplified, outline);
            // (After the structure, which reads a bold line as a title.)
            crate::normalize::blank_figure_marks(&mut simplified);
            region = self
                .options
                .region
                .or_else(|| facts::region::decide(&simplified, counts.script()));
            // The facts cut the clauses they read, a stretch at a time; `--tokens`
            // cuts every line again, on its own (see `TextTokens`).
            let tokens = Vec::new();
            let analysis = Analysis {
                text,
                simplified: &simplified,
                index: &index,
                structure: &structure,
                tokens: &tokens,
                segmenter: Some(&self.segmenter),
            };
            let mut dates = facts::dates::article_dates(&analysis, region == Some(Region::Tw));
            facts::dates::prefer_reference(&analysis, &mut dates, reference);
            own_dates = dates;
            let keywords: Vec<_> = if self.options.keywords > 0 {
                structure
                    .articles
                    .iter()
                    .map(|art| {
                        crate::keywords::extract(
                            self.segmenter.jieba(),
                            &simplified[art.range.clone()],
                            &text[art.range.clone()],
                            self.options.keywords,
                        )
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (
                facts::candidates_by_chunk_in(&analysis, region, &own_dates, reference),
                self.detector.detect(&analysis),
                keywords,
            )
        };
        // Locating reads the original text only.
        let analysis = Analysis {
            text,
            simplified: text,
            index: &index,
            structure: &structure,
            tokens: &[],
            segmenter: None,
        };
        let facts = facts::to_facts(&analysis, candidates);
        link_placeholders(&facts, &mut placeholders);

        let mut warnings = Vec::new();
        let normalized = self.options.to.map(|t| {
            let n = self.normalizer.convert(text, t);
            if n.chars().count() != index.chars() {
                warnings.push(Warning {
                    code: "length_changed".into(),
                    message: format!(
                        "conversion to {} changed the character count; normalized copies do not line up with spans",
                        t.as_str()
                    ),
                    byte_offset: None,
                });
            }
            n
        });
        let norm = |s: &str| self.options.to.map(|t| self.normalizer.convert(s, t));

        let articles = articles(&analysis, &norm, &own_dates, reference);
        // The structure's sections are used up as the document's are made.
        let sections = sections(text, &index, std::mem::take(&mut structure.sections), &norm);
        let mut doc = Document {
            schema: document::SCHEMA_VERSION,
            source: document::Source {
                path: path.to_string(),
                path_bytes: None,
                bytes: text.len() as u64,
                sha256: String::new(),
                encoding: "UTF-8".into(),
                bom: false,
                script: counts.script(),
                region,
                chars: index.chars(),
                lines: index.lines(),
                format: "text".into(),
            },
            articles,
            sections,
            facts,
            placeholders,
            text: None,
            normalized_text: normalized,
            normalized_to: self.options.to.map(|t| t.as_str().to_string()),
            tokens: if self.options.tokens {
                self.tokens(text, shared, &counts)
            } else {
                Tokens::default()
            },
            warnings,
        };
        for (article, keywords) in doc.articles.iter_mut().zip(keywords) {
            article.keywords = keywords;
        }
        if self.options.to.is_some() {
            for f in &mut doc.facts {
                f.text_normalized = norm(&f.text);
            }
        }
        doc
    }

    /// The `--tokens` of a text: a list for most texts, made while the document is
    /// written for long ones.
    fn tokens(&self, text: &str, shared: Option<&Arc<String>>, counts: &ScriptCounts) -> Tokens {
        let maker = TextTokens {
            text: shared.cloned().unwrap_or_else(|| Arc::new(text.to_owned())),
            convert: counts.traditional > 0,
            normalizer: Arc::clone(&self.normalizer),
            segmenter: Arc::clone(&self.segmenter),
        };
        if text.len() <= TOKEN_LIST_UP_TO {
            let mut list = Vec::new();
            maker.for_each(&mut |t| list.push(t));
            Tokens::from(list)
        } else {
            Tokens::made(Arc::new(maker))
        }
    }

    /// Process one input: read it, decode it, analyse it.
    pub fn process_input(&self, input: &Input) -> Result<Document, FileError> {
        self.process_input_with_text(input, false)
            .map(|(doc, _)| doc)
    }

    /// [`Engine::process_input`] with a reference date (see
    /// [`Engine::process_text_dated`]).
    pub fn process_input_dated(
        &self,
        input: &Input,
        reference: Option<&str>,
    ) -> Result<Document, FileError> {
        self.process_input_keeping(input, false, reference)
            .map(|(doc, _)| doc)
    }

    /// [`Engine::process_input`], also returning the decoded text when `keep_text`.
    pub fn process_input_with_text(
        &self,
        input: &Input,
        keep_text: bool,
    ) -> Result<(Document, Option<Arc<String>>), FileError> {
        self.process_input_keeping(input, keep_text, None)
    }

    /// Every reading of an input file or of standard input goes through here: a
    /// panic inside the analysis (a bug) is the file's error (see [`analyzed`]).
    fn process_input_keeping(
        &self,
        input: &Input,
        keep_text: bool,
        reference: Option<&str>,
    ) -> Result<(Document, Option<Arc<String>>), FileError> {
        analyzed(input, || {
            self.process_input_unguarded(input, keep_text, reference)
        })
    }

    fn process_input_unguarded(
        &self,
        input: &Input,
        keep_text: bool,
        reference: Option<&str>,
    ) -> Result<(Document, Option<Arc<String>>), FileError> {
        let display = input.display();
        let bytes = input.read()?;
        let (len, sha256) = (bytes.len(), sha256_hex(&bytes));
        let name = match input {
            Input::File(f) => Some(f.path.as_path()),
            Input::Stdin => None,
        };
        let read = crate::read::read(name, bytes, self.options.encoding).map_err(|e| {
            FileError::Decode {
                path: match input {
                    Input::File(f) => f.path.clone(),
                    Input::Stdin => "-".into(),
                },
                cause: e,
            }
        })?;
        let (mut doc, text) =
            self.process_decoded_keeping(&display, len, sha256, read, keep_text, reference);
        if let Input::File(f) = input {
            doc.source.path_bytes = crate::error::path_bytes_if_lossy(&f.path);
        }
        Ok((doc, text))
    }
}

/// Whether `s` is a reference date [`Options::reference_date`] takes: an ISO
/// date, month or year (`2025-09-17`, `2025-09`, `2025`) that exists.
pub fn is_reference_date(s: &str) -> bool {
    crate::calendar::IsoDate::parse(s).is_some()
}

/// SHA-256 of some bytes in lowercase hex, as `source.sha256` records it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

/// A placeholder inside a fact's span points at that fact (the first, in text
/// order, whose span holds it). Facts are in text order, so two binary searches
/// find it: O(log facts) a placeholder, never facts × placeholders.
fn link_placeholders(facts: &[document::Fact], placeholders: &mut [document::Placeholder]) {
    debug_assert!(facts.windows(2).all(|w| w[0].span[0] <= w[1].span[0]));
    // The furthest end among the facts up to each one.
    let reach: Vec<usize> = facts
        .iter()
        .scan(0, |m, f| {
            *m = (*m).max(f.span[1]);
            Some(*m)
        })
        .collect();
    for p in placeholders {
        if p.fact.is_none() {
            // Facts that start at or before the placeholder…
            let started = facts.partition_point(|f| f.span[0] <= p.span[0]);
            // …and the first fact that reaches its end (every earlier one ends
            // before it): that one holds it if it is among them.
            let first = reach.partition_point(|&e| e < p.span[1]);
            p.fact = (first < started).then_some(first);
        }
    }
}

fn articles(
    a: &Analysis,
    norm: &dyn Fn(&str) -> Option<String>,
    own_dates: &[Option<facts::dates::ArticleDate>],
    reference: Option<&str>,
) -> Vec<Article> {
    a.structure
        .articles
        .iter()
        .enumerate()
        .map(|(i, art)| {
            let date = match own_dates.get(i).cloned().flatten() {
                // (An empty range: the reference date, see `prefer_reference`.)
                Some(d) => Some(document::ArticleDate {
                    value: d.value,
                    span: (!d.range.is_empty()).then(|| a.index.span(a.text, d.range)),
                }),
                None => reference.map(|r| document::ArticleDate {
                    value: r.to_string(),
                    span: None,
                }),
            };
            let title = art.title.clone().map(|r| a.original(r).to_string());
            let line_at = art
                .title
                .as_ref()
                .map(|t| t.start)
                .unwrap_or(art.range.start);
            Article {
                index: i,
                title_normalized: title.as_deref().and_then(norm),
                title,
                line: a.index.line_col(a.text, line_at).0,
                span: a.index.span(a.text, art.range.clone()),
                title_span: art.title.clone().map(|r| a.index.span(a.text, r)),
                keywords: Vec::new(),
                date,
            }
        })
        .collect()
}

/// Sections whose ranges are let go between two shrinks of their list.
const SECTIONS_SHRINK_EVERY: usize = 4096;

/// The document's sections, made from the structure's, which they use up: the
/// last first, the list of ranges shrunk as it goes (a parent always precedes
/// its children, so a parent's id is still there), so that a big text's
/// sections are not held twice.
fn sections(
    text: &str,
    index: &TextIndex,
    mut ranges: Vec<SectionRange>,
    norm: &dyn Fn(&str) -> Option<String>,
) -> Vec<Section> {
    let n = ranges.len();
    let mut out: Vec<Section> = Vec::with_capacity(n);
    while let Some(s) = ranges.pop() {
        let title = text[s.title.clone()].to_string();
        out.push(Section {
            id: s.id,
            article: s.article,
            level: s.level,
            marker: (!s.marker.is_empty()).then(|| text[s.marker.clone()].trim_end().to_string()),
            ordinal: s.ordinal,
            title_normalized: norm(&title),
            title,
            line: index.line_col(text, s.range.start).0,
            span: index.span(text, s.range.clone()),
            title_span: index.span(text, s.title.clone()),
            parent: s.parent.map(|p| match ranges.get(p) {
                Some(r) => r.id.clone(),
                // Made already (`out` holds them last first).
                None => out[n - 1 - p].id.clone(),
            }),
            inline: s.inline,
            item: s.item,
        });
        if ranges.len().is_multiple_of(SECTIONS_SHRINK_EVERY) {
            ranges.shrink_to_fit();
        }
    }
    out.reverse();
    out
}

/// Texts up to this size get their tokens as a list, cut by the worker that
/// analysed them (in parallel); longer ones get them cut while they are written,
/// so that memory stays a small multiple of the text.
const TOKEN_LIST_UP_TO: usize = 4 << 20;

/// The tokens of a text: every line of its Simplified copy cut and tagged by
/// jieba, each word located in the original (whitespace-only words dropped).
struct TextTokens {
    text: Arc<String>,
    /// Whether the text has Traditional characters, so its copy is converted.
    convert: bool,
    normalizer: Arc<Normalizer>,
    segmenter: Arc<Segmenter>,
}

impl MakeTokens for TextTokens {
    fn for_each(&self, f: &mut dyn FnMut(Token)) {
        let text = self.text.as_str();
        let counts = ScriptCounts {
            traditional: usize::from(self.convert),
            ..Default::default()
        };
        // Block by block (whole lines), as the Simplified copy and the cut are
        // made line by line anyway; the character offset is carried along.
        let (mut start, mut chars) = (0, 0);
        while start < text.len() {
            let end = crate::normalize::block_end(text, start);
            let block = &text[start..end];
            let simplified = self.normalizer.aligned_simplified(block, &counts);
            let (mut at, mut at_chars) = (0, chars);
            for t in self.segmenter.cut_tagged(&simplified) {
                let word = &block[t.range()];
                at_chars += block[at..t.start].chars().count();
                let len = word.chars().count();
                at = t.end;
                let span = [at_chars, at_chars + len];
                at_chars += len;
                if word.trim().is_empty() {
                    continue;
                }
                f(Token {
                    text: word.to_string(),
                    pos: t.pos.as_str().to_string(),
                    span,
                });
            }
            chars = at_chars + block[at..].chars().count();
            start = end;
        }
    }

    fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Work a sink does for each document on the worker threads, in parallel and in
/// no particular order, before the document is handed to [`Sink::document`] in
/// input order: a report renders and writes a document's page there. An error is
/// that input's output error, as if [`Sink::document`] had returned it.
pub type Prepare = Arc<
    dyn Fn(&Input, &Document, Option<&str>) -> Result<(), crate::error::OutputError> + Send + Sync,
>;

/// Receives results in input order.
pub trait Sink {
    /// A finished document, in input order. `text` is the decoded original when
    /// [`Sink::wants_text`] says so (tables write it), else `None`.
    fn document(
        &mut self,
        input: &Input,
        doc: Document,
        text: Option<&str>,
    ) -> Result<(), crate::error::OutputError>;
    /// An input that could not be read or decoded.
    fn error(&mut self, err: &FileError) -> Result<(), crate::error::OutputError>;
    /// Whether each document goes to a file of its own: then a failure to write
    /// one (that is not [`OutputError::is_fatal`](crate::error::OutputError::is_fatal))
    /// is that input's error and the batch goes on. A stream (one file, standard
    /// output) stops at its first write error instead.
    fn per_file(&self) -> bool {
        false
    }
    /// Whether [`Sink::document`] needs the decoded text: then the workers keep it
    /// with the document instead of the sink reading the file again.
    fn wants_text(&self) -> bool {
        false
    }
    /// Work to do on the worker threads for each document (it gets the decoded
    /// text), or `None`.
    fn prepare(&self) -> Option<Prepare> {
        None
    }
}

/// Counts of a finished batch.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchStats {
    /// Documents handed to the sink.
    pub documents: usize,
    /// Inputs that failed (read, decode or write errors).
    pub errors: usize,
    /// Inputs not processed because a stop was requested (Ctrl-C).
    pub skipped: usize,
    /// The batch stopped early on a stop request.
    pub interrupted: bool,
}

/// Process inputs in parallel and feed the sink in order. `progress` is called
/// with the number of inputs done as results are handed over. Stops early (between
/// files, every written output whole) when [`request_stop`] is called.
///
/// Streaming, not windows: at most `threads × batch::WINDOW_PER_THREAD` inputs are in
/// flight, results wait in a reorder buffer until their turn, and each finished
/// input lets the next one start. A straggler (one huge file) therefore never
/// stalls the other threads, and the sink (serialization, writing) runs on the
/// calling thread while the workers go on.
pub fn run_batch(
    engine: &Engine,
    inputs: Vec<Result<Input, FileError>>,
    sink: &mut dyn Sink,
    progress: &mut dyn FnMut(usize),
) -> Result<BatchStats, crate::error::OutputError> {
    run_batch_with(engine, inputs, sink, progress, crate::batch::stop_flag())
}

/// `analyze` run on `input`, a panic inside it (a bug) reported as the file's
/// error, so that the batch goes on with the other files.
fn analyzed<T>(
    input: &Input,
    analyze: impl FnOnce() -> Result<T, FileError>,
) -> Result<T, FileError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyze)).unwrap_or_else(|panic| {
        Err(FileError::Internal {
            path: match input {
                Input::File(f) => f.path.clone(),
                Input::Stdin => "-".into(),
            },
            message: internal_reason(&*panic, "file"),
        })
    })
}

/// The reason given for a panic while analysing one `unit` of a batch (a file,
/// a record): what was raised, and what to do.
pub(crate) fn internal_reason(panic: &(dyn std::any::Any + Send), unit: &str) -> String {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!(
        "internal error while analyzing this {unit} ({what}); the other {unit}s are written: please report it with this {unit}"
    )
}

/// [`run_batch`] with its own stop flag (for tests).
pub(crate) fn run_batch_with(
    engine: &Engine,
    inputs: Vec<Result<Input, FileError>>,
    sink: &mut dyn Sink,
    progress: &mut dyn FnMut(usize),
    stop: &AtomicBool,
) -> Result<BatchStats, crate::error::OutputError> {
    let window = crate::batch::window();
    let mut stats = BatchStats::default();
    let total = inputs.len();
    let mut done = 0;
    // Once a result is missing (not started because a stop was requested), nothing
    // after it is handed over: outputs stay a prefix of the input order.
    let mut halted = false;
    let keep_text = sink.wants_text();
    let prepare = sink.prepare();
    crate::batch::for_each_ordered(
        &inputs,
        window,
        |item| {
            if stop.load(Ordering::SeqCst) {
                return None;
            }
            Some(match item {
                Ok(input) => engine
                    .process_input_with_text(input, keep_text || prepare.is_some())
                    .map(|(doc, text)| {
                        let prepared = match &prepare {
                            Some(p) => p(input, &doc, text.as_deref().map(String::as_str)),
                            None => Ok(()),
                        };
                        // Only the sink's own need keeps the text waiting in order.
                        (doc, text.filter(|_| keep_text), prepared)
                    }),
                Err(e) => Err(clone_error(e)),
            })
        },
        |item, res| {
            let Some(res) = res else {
                halted = true;
                return Ok(());
            };
            if halted {
                return Ok(());
            }
            done += 1;
            match (item, res) {
                (Ok(input), Ok((doc, text, prepared))) => {
                    let handed = prepared.and_then(|()| {
                        sink.document(input, doc, text.as_deref().map(String::as_str))
                    });
                    match handed {
                        Ok(()) => stats.documents += 1,
                        Err(e) if sink.per_file() && !e.is_fatal() => {
                            stats.errors += 1;
                            sink.error(&FileError::Output {
                                path: match input {
                                    Input::File(f) => f.path.clone(),
                                    Input::Stdin => "-".into(),
                                },
                                message: e.to_string(),
                            })?;
                        }
                        Err(e) => return Err(e),
                    }
                }
                (_, Err(e)) => {
                    stats.errors += 1;
                    sink.error(&e)?;
                }
                (Err(_), Ok(_)) => unreachable!("an input error never yields a document"),
            }
            progress(1);
            Ok(())
        },
    )?;
    stats.skipped = total - done;
    stats.interrupted = stats.skipped > 0;
    Ok(stats)
}

fn clone_error(e: &FileError) -> FileError {
    match e {
        FileError::Read {
            path,
            cause: source,
        } => FileError::Read {
            path: path.clone(),
            cause: std::io::Error::new(source.kind(), source.to_string()),
        },
        FileError::Decode { path, cause } => FileError::Decode {
            path: path.clone(),
            cause: cause.clone(),
        },
        FileError::Walk { path, message } => FileError::Walk {
            path: path.clone(),
            message: message.clone(),
        },
        FileError::Refused {
            path,
            code,
            message,
        } => FileError::Refused {
            path: path.clone(),
            code,
            message: message.clone(),
        },
        FileError::Output { path, message } => FileError::Output {
            path: path.clone(),
            message: message.clone(),
        },
        FileError::Internal { path, message } => FileError::Internal {
            path: path.clone(),
            message: message.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::OutputError;
    use crate::input::InputFile;

    /// A bug that panics on one file is that file's error, `internal`, with its
    /// path; the batch goes on.
    #[test]
    fn a_panic_on_one_file_is_its_error() {
        let input = Input::Stdin;
        let r: Result<(), FileError> = analyzed(&input, || panic!("slicing out of bounds"));
        let e = r.unwrap_err();
        assert_eq!(e.code(), "internal");
        assert_eq!(e.path(), std::path::Path::new("-"));
        assert!(e.reason().contains("slicing out of bounds"), "{e}");
        assert!(e.reason().contains("report"), "{e}");
        let ok: Result<u8, FileError> = analyzed(&input, || Ok(7));
        assert_eq!(ok.unwrap(), 7);
    }

    /// Tokens made while a long document is written are the list a short one
    /// gets: same words, same spans (carried across blocks), same JSON.
    #[test]
    fn tokens_made_on_demand_are_the_list() {
        let engine = Engine::new(Options {
            tokens: true,
            ..Default::default()
        })
        .unwrap();
        // Several 64 KB blocks, Traditional and Simplified lines, blank lines.
        let text =
            "第一章　總則\n社区工作总结：2025年完成投资3.5亿元，增長12%。\n\n  \n".repeat(2500);
        let doc = engine.process_text("t.txt", &text);
        crate::invariants::check_document(&doc, &text).unwrap();
        let list = doc.tokens.to_vec();
        assert!(list.len() >= 40_000, "{}", list.len());
        let made = Tokens::made(Arc::new(TextTokens {
            text: Arc::new(text.clone()),
            convert: true,
            normalizer: Arc::clone(&engine.normalizer),
            segmenter: Arc::clone(&engine.segmenter),
        }));
        assert!(made == doc.tokens);
        assert_eq!(
            serde_json::to_string(&made).unwrap(),
            serde_json::to_string(&doc.tokens).unwrap()
        );
        assert!(
            list.iter().any(|t| t.text == "总则" || t.text == "總則"),
            "{:?}",
            &list[..8]
        );
    }

    /// Fails to write the documents whose path contains "bad"; records the rest.
    #[derive(Default)]
    struct Flaky {
        per_file: bool,
        written: Vec<String>,
        errors: Vec<String>,
    }

    impl Sink for Flaky {
        fn document(
            &mut self,
            _input: &Input,
            doc: Document,
            _text: Option<&str>,
        ) -> Result<(), OutputError> {
            if doc.source.path.contains("bad") {
                return Err(OutputError::Write {
                    path: "out/bad.json".into(),
                    cause: std::io::Error::other("disk says no"),
                });
            }
            self.written.push(doc.source.path);
            Ok(())
        }
        fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
            self.errors
                .push(format!("{}: {}", err.code(), err.reason()));
            Ok(())
        }
        fn per_file(&self) -> bool {
            self.per_file
        }
    }

    fn inputs(dir: &std::path::Path, names: &[&str]) -> Vec<Result<Input, FileError>> {
        names
            .iter()
            .map(|n| {
                let path = dir.join(n);
                std::fs::write(&path, "一、甲\n").unwrap();
                Ok(Input::File(InputFile {
                    path,
                    rel: n.into(),
                }))
            })
            .collect()
    }

    #[test]
    fn reference_dates_are_iso_days_months_or_years_that_exist() {
        for ok in ["2025", "2025-09", "2025-09-17", "2024-02-29"] {
            assert!(is_reference_date(ok), "{ok}");
        }
        for bad in [
            "25",
            "2025-9",
            "2025-13",
            "2025-02-29",
            "2025-09-31",
            "0000",
            "2025/09",
            "",
        ] {
            assert!(!is_reference_date(bad), "{bad}");
        }
    }

    /// Markdown emphasis around a figure is layout: the figure keeps its verb of
    /// change, subject and currency (a Taiwan blog on the NBS figures of March
    /// 2026, `年增 **6.3%**`, `約 **92** 美元`); a bold line is still a title.
    #[test]
    fn emphasis_around_a_figure_is_layout() {
        let engine = Engine::new(Options::default()).unwrap();
        let text = "## **2026年3月數據**\n規模以上工業增加值年增 **6.3%**，房地產開發投資年減 `11.1%`。Brent 寫在約 **92** 美元。\n";
        let d = engine.process_text("t.md", text);
        let got: Vec<_> = d
            .facts
            .iter()
            .map(|f| {
                (
                    f.text.as_str(),
                    f.change.map(|c| format!("{c:?}")),
                    f.subject.as_ref().map(|s| s.text.as_str()),
                    f.currency.as_deref(),
                )
            })
            .collect();
        assert!(
            got.contains(&(
                "6.3%",
                Some("Increase".into()),
                Some("規模以上工業增加值"),
                None
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "11.1%",
                Some("Decrease".into()),
                Some("房地產開發投資"),
                None
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|g| g.0 == "約 **92** 美元" && g.3 == Some("USD")),
            "{got:?}"
        );
    }

    /// A reference date dates an article that only its title's year dates, where
    /// the two agree: in that year (a release of 2020-02-04 on the Spring
    /// Festival of 2020), or the year before for a title that plans for its year
    /// (總統府's release of 2023-08-21 on `113年度中央政府總預算案`: its `今年` is
    /// 2023). Not a summary's year after it, and never a date of the text's own.
    #[test]
    fn a_reference_date_dates_an_article_its_title_only_dates_by_year() {
        let engine = Engine::new(Options::default()).unwrap();
        let date = |text: &str, r: &str| {
            let d = engine.process_text_dated("t.txt", text, Some(r));
            let a = d.articles[0].date.clone().unwrap();
            let jin = d
                .facts
                .iter()
                .find(|f| f.text == "今年")
                .and_then(|f| f.value.clone());
            (a.value, a.span.is_some(), jin.map(|v| v.to_string()))
        };
        let budget = "聽取113年度中央政府總預算案\n總統今（21）日下午聽取簡報。今年經濟成長率可望回升，新台幣預算穩健。\n";
        assert_eq!(
            date(budget, "2023-08-21"),
            ("2023-08-21".into(), false, Some("2023".into()))
        );
        let release =
            "2020年臺南市春節觀光人次644萬人次\n市政會議今（4）日舉行，今年新舊過年相距很短。\n";
        assert_eq!(date(release, "2020-02-04").0, "2020-02-04");
        let summary = "2020年社区工作总结\n今年社区共举办活动12场。\n";
        assert_eq!(
            date(summary, "2021-01-15"),
            ("2020".into(), true, Some("2020".into()))
        );
        let dated = "2020年社区工作总结\n今年社区共举办活动12场。\n2020年12月30日\n";
        assert_eq!(date(dated, "2020-06-01").0, "2020-12-30");
    }

    #[test]
    fn a_per_file_write_error_is_that_inputs_error() {
        let dir = tempfile::tempdir().unwrap();
        let engine = Engine::new(Options::default()).unwrap();
        let mut sink = Flaky {
            per_file: true,
            ..Flaky::default()
        };
        let stop = AtomicBool::new(false);
        let stats = run_batch_with(
            &engine,
            inputs(dir.path(), &["a.txt", "bad.txt", "c.txt"]),
            &mut sink,
            &mut |_| {},
            &stop,
        )
        .unwrap();
        assert_eq!((stats.documents, stats.errors), (2, 1));
        assert_eq!(sink.written.len(), 2);
        assert!(
            sink.errors[0].starts_with("output: out/bad.json"),
            "{:?}",
            sink.errors
        );
        // A stream stops at its first write error instead.
        let mut sink = Flaky::default();
        let r = run_batch_with(
            &engine,
            inputs(dir.path(), &["a.txt", "bad.txt", "c.txt"]),
            &mut sink,
            &mut |_| {},
            &stop,
        );
        assert!(r.is_err());
        assert_eq!(sink.written.len(), 1);
    }

    #[test]
    fn a_stop_request_skips_what_has_not_started() {
        let dir = tempfile::tempdir().unwrap();
        let engine = Engine::new(Options::default()).unwrap();
        let mut sink = Flaky::default();
        let stop = AtomicBool::new(true);
        let stats = run_batch_with(
            &engine,
            inputs(dir.path(), &["a.txt", "b.txt"]),
            &mut sink,
            &mut |_| {},
            &stop,
        )
        .unwrap();
        assert!(stats.interrupted);
        assert_eq!((stats.documents, stats.skipped), (0, 2));
        assert!(sink.written.is_empty());
    }
}
