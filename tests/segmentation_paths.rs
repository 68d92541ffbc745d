//! `extract` segments only the clauses the fact rules read, a stretch of text at
//! a time, and tags the few words they ask about on demand; `--tokens` cuts and
//! tags every line up front. Both must give the same facts: this compares them on
//! real reports (the bundled corpus, and national government work reports and a
//! long Legislative Yuan record from `../shared`).

mod common;

use wenshu::{Engine, Options};

#[test]
fn facts_do_not_depend_on_how_much_is_segmented() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    if let Some(shared) = common::shared() {
        let reports = shared.join("corpus/reports");
        for dir in ["cn-national-gwr", "cn-provincial-gwr-2026"] {
            for e in std::fs::read_dir(reports.join(dir)).unwrap() {
                paths.push(e.unwrap().path());
            }
        }
        paths.push(reports.join("tw-ly-proceedings/LCEWC03_090216.txt"));
    }
    let lazy = Engine::new(Options::default()).unwrap();
    let eager = Engine::new(Options {
        tokens: true,
        ..Options::default()
    })
    .unwrap();
    let mut facts = 0;
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        let bytes = std::fs::read(p).unwrap();
        let a = lazy.process_bytes("a", &bytes).unwrap();
        let b = eager.process_bytes("a", &bytes).unwrap();
        assert!(a.tokens.is_empty() && !b.tokens.is_empty());
        let only = |x: &[wenshu::document::Fact], y: &[wenshu::document::Fact]| {
            x.iter()
                .filter(|f| !y.contains(f))
                .map(|f| format!("{} {:?} {:?}", f.text, f.value, f.object))
                .collect::<Vec<_>>()
        };
        assert!(
            a.facts == b.facts,
            "{}: only without --tokens {:?}, only with {:?}",
            p.display(),
            only(&a.facts, &b.facts),
            only(&b.facts, &a.facts)
        );
        facts += a.facts.len();
    }
    assert!(facts > 50, "{facts} facts compared");
}
