//! `wenshu check` speed in MB/s (criterion, `Throughput::Bytes`): the placeholder
//! rules alone, the offset index and structure `check` builds, and the whole
//! per-file check — over `../shared/corpus/reports` when it is there, else over
//! the seed report repeated.
//!
//! `cargo bench --bench check`

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wenshu::check::{CheckConfig, Checker};
use wenshu::placeholders::Detector;
use wenshu::structure;
use wenshu::text::TextIndex;

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    let mut texts = Vec::new();
    if dir.is_dir() {
        for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let e = e.expect("walk");
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).expect("utf-8 corpus"));
            }
        }
    }
    if texts.is_empty() {
        eprintln!("../shared/corpus/reports not found: benchmarking the seed report");
        let seed = include_str!("../corpus/community-mid-autumn-2025.txt");
        texts = vec![seed.repeat(200)];
    }
    texts
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let detector = Detector::new();
    let checker = Checker::new(&CheckConfig::defaults(Path::new("."))).expect("defaults");
    let mut g = c.benchmark_group("check");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("rules", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| detector.matches(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("index", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| TextIndex::new(t).lines())
                .sum::<usize>()
        })
    });
    g.bench_function("structure", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| structure::analyze(t).sections.len())
                .sum::<usize>()
        })
    });
    g.bench_function("check_text", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| checker.check_text("x", t).findings.len())
                .sum::<usize>()
        })
    });
    g.bench_function("check_text_parallel", |b| {
        use rayon::prelude::*;
        b.iter(|| {
            texts
                .par_iter()
                .map(|t| checker.check_text("x", t).findings.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
