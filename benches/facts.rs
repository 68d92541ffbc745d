//! Fact extraction alone (the analysis — Simplified copy, words, structure — is
//! built once outside the timed loop), in MB/s over the seed and real reports.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wenshu::analysis::Analysis;
use wenshu::normalize::Normalizer;
use wenshu::segment::Segmenter;
use wenshu::text::TextIndex;

fn corpus() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<std::path::PathBuf> = walk(&root);
    files.sort();
    let mut text = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push_str(&t);
            text.push('\n');
        }
        if text.len() > 4 << 20 {
            break;
        }
    }
    if text.is_empty() {
        text =
            "2025年社區中秋活動總結 篇1\n9月17日，共走訪慰問困難家庭6戶，送出慰問金額近3000元。\n"
                .repeat(2000);
    }
    text
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                out.push(p);
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let seg = Segmenter::new(&[]).unwrap();
    let norm = Normalizer::new();
    let index = TextIndex::new(&text);
    let counts = norm.count(&text);
    let simplified = norm.aligned_simplified(&text, &counts);
    let structure = wenshu::structure::analyze(&simplified);
    let tokens = seg.cut_numeric(&simplified);
    let a = Analysis {
        text: &text,
        simplified: &simplified,
        index: &index,
        structure: &structure,
        tokens: &tokens,
        segmenter: Some(&seg),
    };
    let mut g = c.benchmark_group("facts");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("extract", |b| b.iter(|| wenshu::facts::extract(&a)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
