//! `schema/wenshu-toml.schema.json`: generated from the types that parse
//! `wenshu.toml` (`crates/wenshu/src/check/config.rs`), committed, and checked
//! against the parser: every sample the parser accepts validates against the
//! schema, every sample it rejects for its shape fails it. (A small validator for
//! the subset of JSON Schema the file uses: no dependency needed.)
//!
//! After changing those types, rewrite the committed file with
//! `WENSHU_BLESS=1 cargo test --test check_schema`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use wenshu::check::CheckConfig;

fn committed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/wenshu-toml.schema.json")
}

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(committed_path()).unwrap())
        .expect("the schema is JSON")
}

#[test]
fn committed_schema_is_up_to_date() {
    let mut fresh = serde_json::to_string_pretty(&CheckConfig::json_schema()).unwrap();
    fresh.push('\n');
    if std::env::var_os("WENSHU_BLESS").is_some() {
        std::fs::write(committed_path(), &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(committed_path()).unwrap_or_default();
    assert!(
        committed == fresh,
        "schema/wenshu-toml.schema.json differs from the schema generated from crates/wenshu/src/check/config.rs; \
         if the change is intended, rewrite it with `WENSHU_BLESS=1 cargo test --test check_schema`"
    );
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("local $ref");
            &root["$defs"][name]
        }
        None => s,
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let s = resolve(root, schema);
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return Err(format!("{at}: {v} not one of {e:?}"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            return Err(format!("{at}: {v} is not {c}"));
        }
    }
    if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
        if !any.iter().any(|x| validate(root, x, v, at).is_ok()) {
            return Err(format!("{at}: {v} matches no choice of anyOf"));
        }
    }
    if let Some(one) = s.get("oneOf").and_then(Value::as_array) {
        let n = one
            .iter()
            .filter(|x| validate(root, x, v, at).is_ok())
            .count();
        if n != 1 {
            return Err(format!("{at}: {v} matches {n} choices of oneOf, not one"));
        }
    }
    match s.get("type").and_then(Value::as_str) {
        Some("object") => {
            let o = v.as_object().ok_or(format!("{at}: not a table"))?;
            let props = s.get("properties").and_then(Value::as_object);
            for req in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let k = req.as_str().unwrap();
                if !o.contains_key(k) {
                    return Err(format!("{at}: missing `{k}`"));
                }
            }
            for (k, x) in o {
                match props.and_then(|p| p.get(k)) {
                    Some(ps) => validate(root, ps, x, &format!("{at}.{k}"))?,
                    None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                        return Err(format!("{at}: unknown key `{k}`"))
                    }
                    None => {}
                }
            }
        }
        Some("array") => {
            let a = v.as_array().ok_or(format!("{at}: not an array"))?;
            if let Some(items) = s.get("items") {
                for (i, x) in a.iter().enumerate() {
                    validate(root, items, x, &format!("{at}[{i}]"))?;
                }
            }
        }
        Some("string") => {
            let t = v.as_str().ok_or(format!("{at}: not a string"))?;
            if let Some(min) = s.get("minLength").and_then(Value::as_u64) {
                if (t.chars().count() as u64) < min {
                    return Err(format!("{at}: shorter than {min}"));
                }
            }
        }
        Some(other) => panic!("type {other} not handled by this validator"),
        None => {}
    }
    Ok(())
}

fn both(toml_text: &str) -> (Result<(), String>, bool) {
    let root = schema();
    let value: toml::Value = toml::from_str(toml_text).unwrap();
    let json = serde_json::to_value(value).unwrap();
    let by_schema = validate(&root, &root, &json, "wenshu.toml");
    let by_parser =
        CheckConfig::parse(toml_text, Path::new("wenshu.toml"), PathBuf::from("/")).is_ok();
    (by_schema, by_parser)
}

const DOC_EXAMPLE: &str = r#"[check]
allow = ["____", "某某"]      # literal texts (or `re:` + a regular expression) never reported
exclude = ["drafts/**"]       # globs of paths not checked
[check.severity]
name = "error"                # change a kind's severity: error, warning, off
"#;

const FULL_EXAMPLE: &str = r#"[check]
allow = ["____", "re:^_{7}$"]
exclude = ["drafts/**", "**/*.draft.txt"]
[check.severity]
blank = "error"
masked_number = "error"
bracket = "warning"
todo = "error"
name = "warning"
custom = "off"
[[check.pattern]]
regex = "（請填寫[^）]*）"
kind = "bracket"
severity = "warning"
message = "fill in the form field"
[[check.pattern]]
regex = "XXX公司"
"#;

#[test]
fn examples_validate_and_parse() {
    for t in [DOC_EXAMPLE, FULL_EXAMPLE, "", "[check]\n"] {
        let (s, p) = both(t);
        assert_eq!(s, Ok(()), "{t}");
        assert!(p, "{t}");
    }
}

#[test]
fn shape_errors_fail_both() {
    for t in [
        "[check]\nalow = []\n",
        "[chek]\n",
        "[check.severity]\nname = \"fatal\"\n",
        "[check.severity]\nnaem = \"error\"\n",
        "[check]\nallow = \"____\"\n",
        "[check]\nallow = [\"\"]\n",
        "[[check.pattern]]\nkind = \"blank\"\n",
        "[[check.pattern]]\nregex = \"x\"\nkind = \"nope\"\n",
        "[[check.pattern]]\nregex = \"x\"\nextra = 1\n",
    ] {
        let (s, p) = both(t);
        assert!(s.is_err(), "the schema accepts {t:?}");
        assert!(!p, "the parser accepts {t:?}");
    }
}
