//! The whole pipeline over the corpus (`../shared/corpus/reports`), in MB/s of
//! input: every file read, decoded, analysed and serialized as JSONL by
//! `run_batch` on the rayon pool (all cores), as `wenshu extract --format jsonl`
//! does; the same on one thread; and start-up (`Engine::new`: dictionaries and
//! converter ready).
//!
//! `cargo bench --bench pipeline`. Skips with a note when the corpus is absent.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wenshu::input::{self, Selection};
use wenshu::normalize::Target;
use wenshu::output::jsonl::JsonlSink;
use wenshu::pipeline::run_batch;
use wenshu::{Engine, Options};

mod common;

fn pipeline(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.bench_function("Engine::new + t2s ready", |b| {
        b.iter(|| {
            let e = Engine::new(Options::default()).expect("engine");
            // The converter is built on first use: include it.
            e.normalizer.convert("漢", Target::Simplified)
        })
    });
    g.finish();

    let Some(corpus) = common::load() else {
        return;
    };
    let engine = Engine::new(Options::default()).expect("engine");
    let selection = Selection::new(&[]).expect("default globs");
    let paths = vec![corpus.root.clone()];
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(15));
    let run = |engine: &Engine| {
        let inputs = input::collect(&paths, &selection);
        let mut sink = JsonlSink::new(std::io::sink(), "null");
        run_batch(engine, inputs, &mut sink, &mut |_| {}).expect("batch")
    };
    g.bench_function(
        format!("extract jsonl, {} threads", rayon::current_num_threads()),
        |b| b.iter(|| run(&engine)),
    );
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    g.bench_function("extract jsonl, 1 thread", |b| {
        b.iter(|| one.install(|| run(&engine)))
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
