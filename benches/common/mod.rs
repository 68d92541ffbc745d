//! Shared by the benches: the corpus (`../shared/corpus/reports`, or
//! `WENSHU_BENCH_CORPUS`), read once into memory. When it is absent the benches
//! print a note and measure nothing.

#![allow(dead_code)]

use std::path::PathBuf;

pub struct Corpus {
    pub root: PathBuf,
    /// (path relative to the root, bytes), sorted by path.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Corpus {
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b.len() as u64).sum()
    }
}

pub fn corpus_root() -> PathBuf {
    match std::env::var_os("WENSHU_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports"),
    }
}

/// The corpus, or `None` (with a note on standard error) when it is not there.
pub fn load() -> Option<Corpus> {
    let root = corpus_root();
    if !root.is_dir() {
        eprintln!(
            "wenshu benches: {} not found; skipping (set WENSHU_BENCH_CORPUS to a folder of reports)",
            root.display()
        );
        return None;
    }
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&root)
        .follow_links(true)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "txt" || x == "md")
        })
        .filter_map(|e| {
            let rel = e
                .path()
                .strip_prefix(&root)
                .unwrap_or(e.path())
                .display()
                .to_string();
            std::fs::read(e.path()).ok().map(|b| (rel, b))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "wenshu benches: no .txt/.md files under {}; skipping",
            root.display()
        );
        return None;
    }
    Some(Corpus { root, files })
}
