//! Script detection and OpenCC conversion speed in MB/s (criterion,
//! `Throughput::Bytes`): t2s and `aligned_simplified` on the Traditional reports
//! of `../shared/corpus/reports`, s2t/s2twp/s2hk on the Simplified ones, and the
//! script count on both; the bundled seed report repeated when `../shared` is
//! absent.
//!
//! `cargo bench --bench normalize`

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use wenshu::normalize::{Normalizer, Target};

/// The `.txt` files of one corpus folder, concatenated (at most `cap` bytes).
fn folder(name: &str, cap: usize) -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/reports")
        .join(name);
    let mut text = String::new();
    for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let Ok(e) = e else { return None };
        if e.path().extension().is_some_and(|x| x == "txt") {
            text.push_str(&std::fs::read_to_string(e.path()).ok()?);
            if text.len() >= cap {
                break;
            }
        }
    }
    (!text.is_empty()).then_some(text)
}

fn bench(c: &mut Criterion) {
    let norm = Normalizer::new();
    let seed = include_str!("../corpus/community-mid-autumn-2025.txt").repeat(100);
    let traditional = folder("tw-ly-proceedings", 4 << 20).unwrap_or_else(|| {
        eprintln!("../shared/corpus/reports not found: benchmarking the seed report");
        seed.clone()
    });
    let simplified =
        folder("cn-city-gwr", 4 << 20).unwrap_or_else(|| norm.convert(&seed, Target::Simplified));
    // Build every converter before timing.
    for t in Target::ALL {
        norm.convert("汉漢", t);
    }

    let mut g = c.benchmark_group("normalize");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(traditional.len() as u64));
    g.bench_function("t2s (traditional reports)", |b| {
        b.iter(|| norm.convert(black_box(&traditional), Target::Simplified))
    });
    let counts = norm.count(&traditional);
    g.bench_function("aligned_simplified (traditional reports)", |b| {
        b.iter(|| {
            norm.aligned_simplified(black_box(&traditional), &counts)
                .len()
        })
    });
    g.bench_function("count (traditional reports)", |b| {
        b.iter(|| norm.count(black_box(&traditional)))
    });
    g.throughput(Throughput::Bytes(simplified.len() as u64));
    for t in [Target::Traditional, Target::Taiwan, Target::Hongkong] {
        let name = format!("{} (simplified reports)", t.opencc_config());
        g.bench_function(name, |b| b.iter(|| norm.convert(black_box(&simplified), t)));
    }
    g.bench_function("count (simplified reports)", |b| {
        b.iter(|| norm.count(black_box(&simplified)))
    });
    g.finish();

    c.bench_function("Normalizer::new", |b| b.iter(Normalizer::new));
}

criterion_group!(benches, bench);
criterion_main!(benches);
