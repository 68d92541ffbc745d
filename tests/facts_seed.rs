//! The user's example report must yield exactly the facts a reader finds in it.

use serde_json::{json, Value};
use wenshu::document::{FactKind, Qualifier};
use wenshu::{Engine, Options};

const SEED: &str = "../shared/corpus/seed/community-mid-autumn-2025.txt";

type Row = (
    FactKind,
    &'static str,
    Value,
    Option<Qualifier>,
    bool,
    Vec<&'static str>,
);

#[test]
fn seed_report_yields_exactly_the_listed_facts() {
    let Ok(bytes) = std::fs::read(SEED) else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{SEED} is missing");
        }
        eprintln!("skipped: {SEED} not found");
        return;
    };
    let engine = Engine::new(Options::default()).unwrap();
    let doc = engine.process_bytes("seed.txt", &bytes).unwrap();
    use FactKind::*;
    use Qualifier::*;
    let expected: Vec<Row> = vec![
        (Date, "2025年", json!("2025"), None, false, vec![]),
        (
            Date,
            "9月17日",
            json!("2025-09-17"),
            None,
            false,
            vec!["year"],
        ),
        (
            Date,
            "9月18日",
            json!("2025-09-18"),
            None,
            false,
            vec!["year"],
        ),
        (
            Date,
            "9月18日",
            json!("2025-09-18"),
            None,
            false,
            vec!["year"],
        ),
        (Count, "6戶", json!(6), None, false, vec![]),
        (Money, "近3000元", json!(3000), Some(Nearly), false, vec![]),
        (
            Date,
            "9月16",
            json!("2025-09-16"),
            None,
            false,
            vec!["year"],
        ),
        (Date, "17日", json!("2025-09-17"), None, false, vec!["year"]),
        (Count, "12位", json!(12), None, false, vec![]),
        (
            Date,
            "15日",
            json!("2025-09-15"),
            None,
            false,
            vec!["year", "month"],
        ),
        (Date, "2025年", json!("2025"), None, false, vec![]),
        (
            Count,
            "3000餘份",
            json!(3000),
            Some(MoreThan),
            false,
            vec![],
        ),
        (Count, "25人", json!(25), None, false, vec![]),
        (Count, "4場次", json!(4), None, false, vec![]),
        (Count, "20xx餘人", Value::Null, Some(MoreThan), true, vec![]),
        (Count, "近萬冊", json!(10000), Some(Nearly), false, vec![]),
        (Count, "100餘名", json!(100), Some(MoreThan), false, vec![]),
        (Date, "2025年", json!("2025"), None, false, vec![]),
        (Percent, "100%", json!(100), None, false, vec![]),
        (Percent, "100%", json!(100), None, false, vec![]),
        (Percent, "100%", json!(100), None, false, vec![]),
        (
            Money,
            "____元以上",
            Value::Null,
            Some(AtLeast),
            true,
            vec![],
        ),
    ];
    let got: Vec<Row> = doc
        .facts
        .iter()
        .map(|f| {
            (
                f.kind,
                // Leak: a test, and it lets the rows compare as plain tuples.
                &*Box::leak(f.text.clone().into_boxed_str()),
                f.value.clone().map_or(Value::Null, Value::from),
                f.qualifier,
                f.incomplete,
                f.inferred
                    .iter()
                    .map(|s| &*Box::leak(s.clone().into_boxed_str()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(got, expected);

    // The details the document format shows for the seed.
    let money = doc.facts.iter().find(|f| f.text == "近3000元").unwrap();
    assert_eq!(money.currency.as_deref(), Some("CNY"));
    let players = doc.facts.iter().find(|f| f.text == "12位").unwrap();
    assert_eq!(players.object.as_deref(), Some("選手"));
    let d = doc.facts.iter().find(|f| f.text == "9月17日").unwrap();
    assert_eq!(
        (d.article, d.section.as_deref(), d.line),
        (Some(0), Some("1.1"), 4)
    );
    // Every text is the original at its span.
    let chars: Vec<char> = String::from_utf8(bytes).unwrap().chars().collect();
    for f in &doc.facts {
        let at: String = chars[f.span[0]..f.span[1]].iter().collect();
        assert_eq!(at, f.text);
    }
    // Nothing from the words that only look numeric.
    for w in ["第五屆", "一對一", "一年一度", "三中全會", "兩個晚上"] {
        assert!(doc.facts.iter().all(|f| !f.text.contains(w)), "{w}");
    }
}
