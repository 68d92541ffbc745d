//! Files → documents. [`Engine`] holds everything loaded once (segmenter,
//! converters, placeholder rules) and is shared by all rayon threads; [`run_batch`]
//! processes inputs in parallel and hands results to a sink in input order,
//! streaming with a bounded number in flight, so memory does not grow with the batch.

use std::path::PathBuf;

use encoding_rs::Encoding;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::analysis::Analysis;
use crate::decode;
use crate::document::{self, Article, Document, Section, Token, Warning};
use crate::error::{DecodeError, FileError};
use crate::facts;
use crate::input::Input;
use crate::normalize::{Normalizer, Target};
use crate::placeholders::Detector;
use crate::segment::{DictError, Segmenter, Tok};
use crate::structure::{self, Structure};
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
}

pub struct Engine {
    pub options: Options,
    pub normalizer: Normalizer,
    pub segmenter: Segmenter,
    pub detector: Detector,
}

impl Engine {
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
            normalizer,
            segmenter,
            detector: Detector::new(),
        })
    }

    /// Decode and analyse one file's bytes.
    pub fn process_bytes(&self, path: &str, bytes: &[u8]) -> Result<Document, DecodeError> {
        let decoded = decode::decode(bytes, self.options.encoding)?;
        let mut doc = self.analyze(path, &decoded.text);
        doc.source.bytes = bytes.len() as u64;
        doc.source.sha256 = sha256_hex(bytes);
        doc.source.encoding = decoded.encoding.to_string();
        doc.source.bom = decoded.bom;
        let mut warnings = decoded.warnings;
        warnings.append(&mut doc.warnings);
        doc.warnings = warnings;
        Ok(doc)
    }

    /// Analyse an already decoded text (as UTF-8).
    pub fn process_text(&self, path: &str, text: &str) -> Document {
        let mut doc = self.analyze(path, text);
        doc.source.sha256 = sha256_hex(text.as_bytes());
        doc
    }

    /// The document of a decoded text, without its checksum: the caller hashes
    /// whichever bytes it was given (the file's, or the text's), once.
    fn analyze(&self, path: &str, text: &str) -> Document {
        let index = TextIndex::new(text);
        let counts = self.normalizer.count(text);
        let simplified = self.normalizer.aligned_simplified(text, &counts);
        let structure = structure::analyze(&simplified);
        // Tags everywhere only when tokens are written out; otherwise only where
        // facts need them (see `Segmenter::cut`).
        let tokens = if self.options.tokens {
            self.segmenter.cut_tagged(&simplified)
        } else {
            self.segmenter.cut(&simplified)
        };
        let analysis = Analysis {
            text,
            simplified: &simplified,
            index: &index,
            structure: &structure,
            tokens: &tokens,
        };
        let facts = facts::extract(&analysis);
        let mut placeholders = self.detector.detect(&analysis);
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

        let mut doc = Document {
            schema: document::SCHEMA_VERSION,
            source: document::Source {
                path: path.to_string(),
                bytes: text.len() as u64,
                sha256: String::new(),
                encoding: "UTF-8".into(),
                bom: false,
                script: counts.script(),
                chars: index.chars(),
                lines: index.lines(),
            },
            articles: articles(&analysis, &norm),
            sections: sections(&analysis, &norm),
            facts,
            placeholders,
            normalized_text: normalized,
            normalized_to: self.options.to.map(|t| t.as_str().to_string()),
            tokens: if self.options.tokens {
                tokens_out(&analysis)
            } else {
                Vec::new()
            },
            warnings,
        };
        if self.options.to.is_some() {
            for f in &mut doc.facts {
                f.text_normalized = norm(&f.text);
            }
        }
        doc
    }

    /// Process one input: read it, decode it, analyse it.
    pub fn process_input(&self, input: &Input) -> Result<Document, FileError> {
        let display = input.display();
        let bytes = match input {
            Input::Stdin => {
                let mut b = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b).map_err(|e| {
                    FileError::Read {
                        path: "-".into(),
                        source: e,
                    }
                })?;
                b
            }
            Input::File(f) => std::fs::read(&f.path).map_err(|e| FileError::Read {
                path: f.path.clone(),
                source: e,
            })?,
        };
        self.process_bytes(&display, &bytes)
            .map_err(|e| FileError::Decode {
                path: display.into(),
                source: e,
            })
    }
}

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

/// A placeholder inside a fact's span points at that fact.
fn link_placeholders(facts: &[document::Fact], placeholders: &mut [document::Placeholder]) {
    for p in placeholders {
        if p.fact.is_none() {
            p.fact = facts
                .iter()
                .position(|f| f.span[0] <= p.span[0] && p.span[1] <= f.span[1]);
        }
    }
}

fn articles(a: &Analysis, norm: &dyn Fn(&str) -> Option<String>) -> Vec<Article> {
    a.structure
        .articles
        .iter()
        .enumerate()
        .map(|(i, art)| {
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
            }
        })
        .collect()
}

fn sections(a: &Analysis, norm: &dyn Fn(&str) -> Option<String>) -> Vec<Section> {
    let st: &Structure = a.structure;
    st.sections
        .iter()
        .map(|s| {
            let title = a.original(s.title.clone()).to_string();
            Section {
                id: s.id.clone(),
                article: s.article,
                level: s.level,
                marker: a.original(s.marker.clone()).to_string(),
                ordinal: s.ordinal,
                title_normalized: norm(&title),
                title,
                line: a.index.line_col(a.text, s.range.start).0,
                span: a.index.span(a.text, s.range.clone()),
                title_span: a.index.span(a.text, s.title.clone()),
                parent: s.parent.map(|p| st.sections[p].id.clone()),
                inline: s.inline,
            }
        })
        .collect()
}

fn tokens_out(a: &Analysis) -> Vec<Token> {
    a.tokens
        .iter()
        .filter(|t: &&Tok| !a.text[t.range()].trim().is_empty())
        .map(|t| Token {
            text: a.original(t.range()).to_string(),
            pos: t.pos.as_str().to_string(),
            span: a.index.span(a.text, t.range()),
        })
        .collect()
}

/// Receives results in input order.
pub trait Sink {
    fn document(&mut self, input: &Input, doc: Document) -> Result<(), crate::error::OutputError>;
    fn error(&mut self, err: &FileError) -> Result<(), crate::error::OutputError>;
}

/// How many inputs are in flight at once, per thread: enough to keep every core
/// busy between windows, few enough that memory stays flat.
const WINDOW_PER_THREAD: usize = 16;

/// Counts of a finished batch.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchStats {
    pub documents: usize,
    pub errors: usize,
}

/// Process inputs in parallel and feed the sink in order. `progress` is called
/// with the number of inputs done as results are handed over.
///
/// Streaming, not windows: at most `threads × WINDOW_PER_THREAD` inputs are in
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
    let window = rayon::current_num_threads().max(1) * WINDOW_PER_THREAD;
    let mut stats = BatchStats::default();
    for_each_ordered(
        &inputs,
        window,
        |item| match item {
            Ok(input) => engine.process_input(input),
            Err(e) => Err(clone_error(e)),
        },
        |item, res| {
            match (item, res) {
                (Ok(input), Ok(doc)) => {
                    stats.documents += 1;
                    sink.document(input, doc)?;
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
    Ok(stats)
}

/// Map `work` over `items` on the rayon pool, at most `window` at a time, and
/// hand each result to `consume` on the calling thread, in input order. The first
/// error of `consume` stops new work (work in flight finishes) and is returned.
pub fn for_each_ordered<T, R, E>(
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(&T, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let window = window.max(1);
    if rayon::current_thread_index().is_some() {
        // Called from inside the pool: blocking this thread on a channel could
        // starve the pool, so fall back to windows processed with par_iter.
        for chunk in items.chunks(window) {
            let results: Vec<R> = chunk.par_iter().map(&work).collect();
            for (item, r) in chunk.iter().zip(results) {
                consume(item, r)?;
            }
        }
        return Ok(());
    }
    type Done<R> = (usize, std::thread::Result<R>);
    let (tx, rx) = std::sync::mpsc::channel::<Done<R>>();
    let work = &work;
    rayon::in_place_scope(|scope| {
        let spawn = |i: usize| {
            let tx = tx.clone();
            scope.spawn(move |_| {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&items[i])));
                let _ = tx.send((i, r));
            });
        };
        let mut started = 0;
        while started < items.len() && started < window {
            spawn(started);
            started += 1;
        }
        // Results that arrived before their turn, keyed by input index.
        let mut waiting: std::collections::BTreeMap<usize, R> = Default::default();
        let mut next = 0;
        while next < items.len() {
            let (i, r) = rx.recv().expect("a worker always reports back");
            match r {
                Ok(r) => {
                    waiting.insert(i, r);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
            while let Some(r) = waiting.remove(&next) {
                consume(&items[next], r)?;
                next += 1;
                if started < items.len() {
                    spawn(started);
                    started += 1;
                }
            }
        }
        Ok(())
    })
}

fn clone_error(e: &FileError) -> FileError {
    match e {
        FileError::Read { path, source } => FileError::Read {
            path: path.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
        FileError::Decode { path, .. } => FileError::Decode {
            path: path.clone(),
            source: DecodeError::Binary,
        },
        FileError::Walk { path, message } => FileError::Walk {
            path: path.clone(),
            message: message.clone(),
        },
    }
}
