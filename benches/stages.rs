//! One criterion group per pipeline stage, single-threaded, each over the whole
//! corpus (`../shared/corpus/reports`) with `Throughput::Bytes` of the original
//! files, so every stage reads in MB/s of input and the figures add up:
//! decode, normalize (script count + aligned Simplified copy, and t2s alone),
//! segment (the pipeline's cut, every line, tags everywhere, bare jieba), structure, facts,
//! placeholders, serialize (JSONL and pretty JSON).
//!
//! `cargo bench --bench stages` (add `-- segment` to run one group). Skips with a
//! note when the corpus is absent.

use std::borrow::Cow;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use wenshu::analysis::Analysis;
use wenshu::normalize::{Normalizer, Target};
use wenshu::segment::{Segmenter, Tok};
use wenshu::structure::{self, Structure};
use wenshu::text::TextIndex;
use wenshu::{decode, facts, Document, Engine, Options};

mod common;

/// Every file, decoded, with its Simplified copy, tokens and structure: the
/// input of the later stages, computed once.
struct Prepared {
    texts: Vec<String>,
    simplified: Vec<String>,
    tokens: Vec<Vec<Tok>>,
    structures: Vec<Structure>,
    indexes: Vec<TextIndex>,
    docs: Vec<Document>,
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    bytes: u64,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    g
}

fn prepare(corpus: &common::Corpus, engine: &Engine) -> Prepared {
    let texts: Vec<String> = corpus
        .files
        .iter()
        .map(|(_, b)| decode::decode(b, None).map(|d| d.text).unwrap_or_default())
        .collect();
    let simplified: Vec<String> = texts
        .iter()
        .map(|t| {
            let counts = engine.normalizer.count(t);
            engine
                .normalizer
                .aligned_simplified(t, &counts)
                .into_owned()
        })
        .collect();
    let tokens = simplified.iter().map(|s| engine.segmenter.cut(s)).collect();
    let structures = simplified.iter().map(|s| structure::analyze(s)).collect();
    let indexes = texts.iter().map(|t| TextIndex::new(t)).collect();
    let docs = corpus
        .files
        .iter()
        .filter_map(|(p, b)| engine.process_bytes(p, b).ok())
        .collect();
    Prepared {
        texts,
        simplified,
        tokens,
        structures,
        indexes,
        docs,
    }
}

impl Prepared {
    fn analysis(&self, i: usize) -> Analysis<'_> {
        Analysis {
            text: &self.texts[i],
            simplified: &self.simplified[i],
            index: &self.indexes[i],
            structure: &self.structures[i],
            tokens: &self.tokens[i],
            segmenter: None,
        }
    }
}

fn stages(c: &mut Criterion) {
    let Some(corpus) = common::load() else {
        return;
    };
    let engine = Engine::new(Options::default()).expect("engine");
    let bytes = corpus.bytes();

    let mut g = group(c, "decode", bytes);
    g.bench_function("decode", |b| {
        b.iter(|| {
            corpus
                .files
                .iter()
                .map(|(_, f)| decode::decode(f, None).map(|d| d.text.len()).unwrap_or(0))
                .sum::<usize>()
        })
    });
    g.bench_function("sha256", |b| {
        b.iter(|| {
            corpus
                .files
                .iter()
                .map(|(_, f)| wenshu::pipeline::sha256_hex(f).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let p = prepare(&corpus, &engine);
    let normalizer: &Normalizer = &engine.normalizer;
    let mut g = group(c, "normalize", bytes);
    g.bench_function("count+aligned_simplified", |b| {
        b.iter(|| {
            p.texts
                .iter()
                .map(|t| {
                    let counts = normalizer.count(t);
                    match normalizer.aligned_simplified(t, &counts) {
                        Cow::Borrowed(s) => s.len(),
                        Cow::Owned(s) => s.len(),
                    }
                })
                .sum::<usize>()
        })
    });
    g.finish();
    // t2s alone, over the Traditional files only (their own byte count).
    let traditional: Vec<&String> = p
        .texts
        .iter()
        .filter(|t| normalizer.count(t).traditional > 0)
        .collect();
    let trad_bytes: u64 = traditional.iter().map(|t| t.len() as u64).sum();
    if trad_bytes > 0 {
        let mut g = group(c, "normalize-t2s", trad_bytes);
        g.bench_function("t2s traditional files", |b| {
            b.iter(|| {
                traditional
                    .iter()
                    .map(|t| normalizer.convert(t, Target::Simplified).len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }

    let seg: &Segmenter = &engine.segmenter;
    let mut g = group(c, "segment", bytes);
    g.bench_function(
        "cut_numeric (pipeline: clauses that may hold a number)",
        |b| {
            b.iter(|| {
                p.simplified
                    .iter()
                    .map(|s| seg.cut_numeric(s).len())
                    .sum::<usize>()
            })
        },
    );
    g.bench_function("cut (every line, tags near numbers)", |b| {
        b.iter(|| p.simplified.iter().map(|s| seg.cut(s).len()).sum::<usize>())
    });
    g.bench_function("cut_tagged (--tokens: all tags)", |b| {
        b.iter(|| {
            p.simplified
                .iter()
                .map(|s| seg.cut_tagged(s).len())
                .sum::<usize>()
        })
    });
    g.bench_function("bare jieba cut (no tags)", |b| {
        b.iter(|| {
            p.simplified
                .iter()
                .map(|s| {
                    s.lines()
                        .map(|l| seg.jieba().cut(l, true).len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = group(c, "structure", bytes);
    g.bench_function("analyze", |b| {
        b.iter(|| {
            p.simplified
                .iter()
                .map(|s| structure::analyze(s).sections.len())
                .sum::<usize>()
        })
    });
    g.bench_function("text index", |b| {
        b.iter(|| {
            p.texts
                .iter()
                .map(|t| TextIndex::new(t).chars())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = group(c, "facts", bytes);
    g.bench_function("extract", |b| {
        b.iter(|| {
            (0..p.texts.len())
                .map(|i| facts::extract(&p.analysis(i)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = group(c, "placeholders", bytes);
    g.bench_function("detect", |b| {
        b.iter(|| {
            (0..p.texts.len())
                .map(|i| engine.detector.detect(&p.analysis(i)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = group(c, "serialize", bytes);
    g.bench_function("jsonl", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            let mut n = 0;
            for d in &p.docs {
                buf.clear();
                serde_json::to_writer(&mut buf, d).expect("serialize");
                n += buf.len();
            }
            n
        })
    });
    g.bench_function("pretty json", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            let mut n = 0;
            for d in &p.docs {
                buf.clear();
                serde_json::to_writer_pretty(&mut buf, d).expect("serialize");
                n += buf.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
