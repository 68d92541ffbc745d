//! `sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning,
//! Azure DevOps, VS Code's SARIF viewer). One rule per placeholder kind; columns
//! count Unicode code points (`columnKind: "unicodeCodePoints"`), as wenshu's do;
//! suppressed placeholders carry `suppressions`; files that could not be read are
//! tool execution notifications; the invocation's `properties.config` names the
//! `wenshu.toml` used (null: the built-in defaults).

use serde_json::{json, Value};

use crate::check::report::{describe, Report};
use crate::document::{PlaceholderKind, Severity};

pub(crate) const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        None => "none",
    }
}

/// A relative path as a URI reference: `/` separators, everything outside the
/// unreserved set percent-encoded (UTF-8).
pub(crate) fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn title(k: PlaceholderKind) -> String {
    let mut s = String::new();
    for part in k.as_str().split('_') {
        let mut cs = part.chars();
        if let Some(f) = cs.next() {
            s.extend(f.to_uppercase());
            s.push_str(cs.as_str());
        }
    }
    s
}

pub(crate) fn document(report: &Report) -> Value {
    let rules: Vec<Value> = PlaceholderKind::ALL
        .iter()
        .map(|&k| {
            let sev = report
                .levels
                .iter()
                .find(|(kk, _)| *kk == k)
                .map_or(Some(crate::placeholders::default_severity(k)), |(_, s)| *s);
            json!({
                "id": k.as_str(),
                "name": title(k),
                "shortDescription": {"text": format!("Unfilled placeholder: {}", k.as_str())},
                "fullDescription": {"text": describe(k)},
                "defaultConfiguration": {"level": level(sev)},
                "properties": {"tags": ["placeholder"]},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings()
        .map(|(file, f)| {
            let p = &f.placeholder;
            let rule_index = PlaceholderKind::ALL
                .iter()
                .position(|&k| k == p.kind)
                .unwrap_or(0);
            let mut r = json!({
                "ruleId": p.kind.as_str(),
                "ruleIndex": rule_index,
                "level": level(Some(p.severity)),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&file.path)},
                        "region": {
                            "startLine": p.line,
                            "startColumn": p.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                            "snippet": {"text": p.text},
                        },
                    },
                }],
                "properties": {"context": p.context, "span": p.span},
            });
            if let Some(s) = &f.suppressed {
                r["suppressions"] = json!([{
                    "kind": "inSource",
                    "justification": format!("wenshu: {} on line {}", s.directive, s.line),
                }]);
            }
            r
        })
        .collect();
    let notifications: Vec<Value> = report
        .errors()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": format!("{}: {}", e.path, e.message)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&e.path)}}}],
                "properties": {"code": e.code},
            })
        })
        .collect();
    let summary = report.summary();
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "wenshu",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": summary.read_errors == 0,
                "exitCode": summary.exit_code,
                "toolExecutionNotifications": notifications,
                // The wenshu.toml used (null: the built-in defaults).
                "properties": {"config": report.config},
            }],
        }],
    })
}

pub(crate) fn render(report: &Report) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(&document(report)).expect("serializable");
    v.push(b'\n');
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("./a b/報告.txt"), "a%20b/%E5%A0%B1%E5%91%8A.txt");
        assert_eq!(uri("dir\\x.txt"), "dir/x.txt");
    }

    #[test]
    fn rule_names() {
        assert_eq!(title(PlaceholderKind::MaskedNumber), "MaskedNumber");
    }
}
