//! `jieba-cut [-j N] PATH...`: read every `.txt`/`.md` file under the paths, cut
//! each line with jieba-rs (HMM on, the default dictionary), in parallel with
//! rayon, and print the number of files, bytes and tokens. Nothing else: this is
//! the floor `wenshu extract` is compared with.

use std::path::PathBuf;

use jieba_rs::Jieba;
use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let mut jobs = None;
    let mut roots = Vec::new();
    while let Some(a) = args.next() {
        if a == "-j" {
            jobs = args.next().and_then(|n| n.parse::<usize>().ok());
        } else {
            roots.push(PathBuf::from(a));
        }
    }
    if roots.is_empty() {
        eprintln!("usage: jieba-cut [-j N] PATH...");
        std::process::exit(2);
    }
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .expect("thread pool");
    }
    let mut files: Vec<PathBuf> = roots
        .iter()
        .flat_map(|r| walkdir::WalkDir::new(r).follow_links(true))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "txt" || x == "md")
        })
        .collect();
    files.sort();
    let jieba = Jieba::new();
    let (bytes, tokens) = files
        .par_iter()
        .map(|p| {
            let raw = std::fs::read(p).expect("read");
            let text = String::from_utf8_lossy(&raw);
            let tokens: usize = text.lines().map(|l| jieba.cut(l, true).len()).sum();
            (raw.len(), tokens)
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("{} files, {} bytes, {} tokens", files.len(), bytes, tokens);
}
