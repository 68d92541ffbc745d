//! Unfilled template placeholders (docs/check.md, "What it finds").
//!
//! [`Detector`] is built once — the built-in `rules` (word lists from
//! `dicts/placeholders.toml`) plus a `PlaceholderConfig` (severities, allowed
//! texts, custom patterns from `wenshu.toml`) — and shared by every thread. It runs
//! on the original text: every rule is script-neutral, so `check` needs neither
//! conversion nor segmentation.

pub(crate) mod config;
pub(crate) mod context;
pub(crate) mod rules;

use std::collections::HashSet;

use regex::Regex;

use crate::analysis::Analysis;
use crate::document::{Placeholder, PlaceholderKind, Severity};

pub(crate) use config::{CustomPattern, Level, PlaceholderConfig};
pub use rules::Hit;
use rules::Rules;

/// A custom pattern, compiled.
#[derive(Debug)]
struct Custom {
    regex: Regex,
    kind: PlaceholderKind,
    level: Option<Level>,
    message: Option<String>,
}

/// Placeholder rules, built once (from defaults and `wenshu.toml`) and shared.
#[derive(Debug)]
pub struct Detector {
    rules: Rules,
    /// Severity per kind (`None`: the kind is off), indexed like `PlaceholderKind::ALL`.
    levels: [Option<Severity>; 6],
    allow_literal: HashSet<String>,
    allow_regex: Vec<Regex>,
    custom: Vec<Custom>,
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

/// A configuration regular expression that does not compile.
#[derive(Debug, thiserror::Error)]
#[error("{what}: invalid regular expression: {cause}")]
pub struct PatternError {
    /// Which setting: `allow[2]`, `pattern[0].regex`.
    pub(crate) what: String,
    /// The compiler's complaint (said in the message, so not a `source()`).
    pub(crate) cause: regex::Error,
}

/// One placeholder found, with what `check` needs beside the document record.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) placeholder: Placeholder,
    /// The message of the custom pattern that found it, if it has one.
    pub(crate) message: Option<String>,
}

/// All placeholders of a text, and how many the configuration allowed.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Detection {
    pub(crate) found: Vec<Found>,
    /// Matches dropped because `allow` lists their text.
    pub(crate) allowed: usize,
}

fn kind_index(k: PlaceholderKind) -> usize {
    PlaceholderKind::ALL
        .iter()
        .position(|&x| x == k)
        .unwrap_or(0)
}

/// The default severity of a kind: `name` warns, the rest are errors.
pub(crate) fn default_severity(k: PlaceholderKind) -> Severity {
    match k {
        PlaceholderKind::Name => Severity::Warning,
        _ => Severity::Error,
    }
}

fn level_severity(l: Level) -> Option<Severity> {
    match l {
        Level::Error => Some(Severity::Error),
        Level::Warning => Some(Severity::Warning),
        Level::Off => None,
    }
}

impl Detector {
    /// The built-in rules with their default severities.
    pub fn new() -> Self {
        Detector {
            rules: Rules::new(),
            levels: PlaceholderKind::ALL.map(|k| Some(default_severity(k))),
            allow_literal: HashSet::new(),
            allow_regex: Vec::new(),
            custom: Vec::new(),
        }
    }

    /// The built-in rules adjusted by a configuration.
    pub(crate) fn with_config(config: &PlaceholderConfig) -> Result<Self, PatternError> {
        let mut d = Detector::new();
        for (kind, level) in &config.severity {
            d.levels[kind_index(*kind)] = level_severity(*level);
        }
        for (i, a) in config.allow.iter().enumerate() {
            match a.strip_prefix("re:") {
                Some(re) => d.allow_regex.push(Regex::new(re).map_err(|e| PatternError {
                    what: format!("allow[{i}]"),
                    cause: e,
                })?),
                None => {
                    d.allow_literal.insert(a.clone());
                }
            }
        }
        for (i, p) in config.patterns.iter().enumerate() {
            d.custom.push(Custom {
                regex: Regex::new(&p.regex).map_err(|e| PatternError {
                    what: format!("pattern[{i}].regex"),
                    cause: e,
                })?,
                kind: p.kind.unwrap_or(PlaceholderKind::Custom),
                level: p.severity,
                message: p.message.clone(),
            });
        }
        Ok(d)
    }

    /// The severity a kind has (`None`: turned off).
    pub fn severity(&self, k: PlaceholderKind) -> Option<Severity> {
        self.levels[kind_index(k)]
    }

    /// All placeholders of a document, in text order.
    pub fn detect(&self, a: &Analysis) -> Vec<Placeholder> {
        self.detect_all(a)
            .found
            .into_iter()
            .map(|f| f.placeholder)
            .collect()
    }

    /// Raw matches in byte offsets (built-in rules and custom patterns), in text
    /// order, without overlaps: at one place the earlier, then the longer, wins.
    pub fn matches(&self, text: &str) -> Vec<(Hit, Option<usize>)> {
        let mut hits = Vec::new();
        self.rules.scan(text, &mut hits);
        // An empty ASCII bracket in a Markdown code block (`() =>`, `useState([])`)
        // is syntax. (The block's other blanks stay: a guide's mail or reply
        // template, set as code, holds the `xxx` and `（  ）` its reader fills in.)
        let code = crate::code_blocks::code_blocks(text);
        hits.retain(|h| {
            !(h.kind == PlaceholderKind::Bracket
                && crate::code_blocks::inside(&code, h.range.start)
                && text[h.range.clone()]
                    .chars()
                    .all(|c| c.is_whitespace() || "()[]{}".contains(c)))
        });
        let mut all: Vec<(Hit, Option<usize>)> = hits.into_iter().map(|h| (h, None)).collect();
        for (ci, c) in self.custom.iter().enumerate() {
            for m in c.regex.find_iter(text) {
                if !m.is_empty() {
                    all.push((
                        Hit {
                            range: m.range(),
                            kind: c.kind,
                        },
                        Some(ci),
                    ));
                }
            }
        }
        // A Markdown page's metadata: an empty list or map (`tags: []`) is a value.
        if let Some(front) = crate::front_matter::front_matter(text) {
            all.retain(|(h, _)| {
                h.range.end > front.range.end
                    || !matches!(
                        text[h.range.clone()]
                            .chars()
                            .filter(|c| !c.is_whitespace())
                            .collect::<String>()
                            .as_str(),
                        "[]" | "{}"
                    )
            });
        }
        all.sort_by_key(|(h, _)| (h.range.start, std::cmp::Reverse(h.range.end)));
        let mut out: Vec<(Hit, Option<usize>)> = Vec::with_capacity(all.len());
        for item in all {
            if out
                .last()
                .is_some_and(|(l, _)| item.0.range.start < l.range.end)
            {
                continue;
            }
            out.push(item);
        }
        out
    }

    /// All placeholders of a document with their messages, and the allowed count.
    pub(crate) fn detect_all(&self, a: &Analysis) -> Detection {
        self.resolve(a, self.matches(a.text))
    }

    /// Turn [`Detector::matches`] of `a.text` into placeholders: severities,
    /// `allow`, locations and context. (`check` looks for matches first and builds
    /// the offset index and structure only for the files that have some.)
    pub(crate) fn resolve(&self, a: &Analysis, matches: Vec<(Hit, Option<usize>)>) -> Detection {
        let mut det = Detection::default();
        let mut contexts = context::Contexts::new(a);
        for (hit, custom) in matches {
            let c = custom.map(|i| &self.custom[i]);
            let severity = match c.and_then(|c| c.level) {
                Some(l) => level_severity(l),
                None => self.levels[kind_index(hit.kind)],
            };
            let Some(severity) = severity else {
                continue;
            };
            let text = a.original(hit.range.clone());
            if self.allow_literal.contains(text)
                || self.allow_regex.iter().any(|r| r.is_match(text))
            {
                det.allowed += 1;
                continue;
            }
            let loc = a.locate(hit.range.clone());
            det.found.push(Found {
                placeholder: Placeholder {
                    kind: hit.kind,
                    text: text.to_string(),
                    severity,
                    article: loc.article,
                    section: loc.section,
                    line: loc.line,
                    column: loc.column,
                    span: loc.span,
                    context: contexts.context(hit.range.clone()),
                    fact: None,
                },
                message: c.and_then(|c| c.message.clone()),
            });
        }
        det
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure;
    use crate::text::TextIndex;

    fn detect_with(d: &Detector, text: &str) -> Detection {
        let index = TextIndex::new(text);
        let st = structure::analyze(text);
        let a = Analysis {
            text,
            simplified: text,
            index: &index,
            structure: &st,
            tokens: &[],
            segmenter: None,
        };
        d.detect_all(&a)
    }

    #[test]
    fn seed_gives_the_seventeen() {
        let text = include_str!("../../../../corpus/community-mid-autumn-2025.txt");
        let det = detect_with(&Detector::new(), text);
        let got: Vec<(usize, usize)> = det
            .found
            .iter()
            .filter(|f| f.placeholder.severity == Severity::Error)
            .map(|f| (f.placeholder.line, f.placeholder.column))
            .collect();
        let want = vec![
            (2, 54),
            (17, 177),
            (27, 1),
            (29, 2),
            (36, 44),
            (36, 73),
            (37, 54),
            (38, 22),
            (39, 76),
            (39, 143),
            (40, 25),
            (40, 67),
            (40, 83),
            (40, 93),
            (40, 101),
            (40, 105),
            (40, 109),
        ];
        assert_eq!(got, want);
        assert_eq!(det.found.len(), 17, "no warnings either");
        let first27 = &det.found[2].placeholder;
        assert_eq!(first27.text, "__");
        assert_eq!(first27.context, "(一)重點區域 / __社區");
    }

    /// An empty bracket in a Markdown code block is syntax (`useEffect(() => {`); the
    /// `xxx` of a reply template set as code is still a blank to fill in.
    #[test]
    fn code_blocks_hold_syntax_not_empty_brackets() {
        let text = "## 3.5 多人光标\n```ts\nuseEffect(() => {\n  const list = [];\n});\n```\n\
                    回复模板：\n```\n姓名：xxx\n单位：（    ）\n```\n填写（ ）份。\n";
        let got: Vec<String> = detect_with(&Detector::new(), text)
            .found
            .iter()
            .map(|f| f.placeholder.text.clone())
            .collect();
        assert_eq!(got, ["xxx", "（    ）", "（ ）"]);
    }

    #[test]
    fn config_allows_changes_severity_and_adds_patterns() {
        let cfg = PlaceholderConfig {
            allow: vec!["____".into(), "re:^_{7}$".into()],
            severity: [(PlaceholderKind::Blank, Level::Warning)]
                .into_iter()
                .collect(),
            patterns: vec![CustomPattern {
                regex: "請填寫".into(),
                kind: None,
                severity: None,
                message: Some("fill it".into()),
            }],
        };
        let d = Detector::with_config(&cfg).unwrap();
        let det = detect_with(&d, "____元，_______，__社區，請填寫");
        assert_eq!(det.allowed, 2);
        let kinds: Vec<_> = det
            .found
            .iter()
            .map(|f| {
                (
                    f.placeholder.text.as_str(),
                    f.placeholder.kind,
                    f.placeholder.severity,
                )
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("__", PlaceholderKind::Blank, Severity::Warning),
                ("請填寫", PlaceholderKind::Custom, Severity::Error)
            ]
        );
        assert_eq!(det.found[1].message.as_deref(), Some("fill it"));
        let off = PlaceholderConfig {
            severity: [(PlaceholderKind::Blank, Level::Off)].into_iter().collect(),
            ..Default::default()
        };
        assert!(detect_with(&Detector::with_config(&off).unwrap(), "__社區")
            .found
            .is_empty());
    }

    #[test]
    fn bad_regex_names_the_setting() {
        let cfg = PlaceholderConfig {
            allow: vec!["re:(".into()],
            ..Default::default()
        };
        let e = Detector::with_config(&cfg).unwrap_err();
        assert_eq!(e.what, "allow[0]");
    }

    proptest::proptest! {
        /// Any text: no panic, spans in order and without overlap, and every
        /// `text` is exactly the original at its span and position.
        #[test]
        fn spans_are_exact(parts in proptest::collection::vec(proptest::sample::select(vec![
            "__", "_", "＿＿", "--", "-", "社區", "xx", "X", "20", "年", " ", "  ", "月", "日",
            "○", "〇", "二", "×", "□", "（", "）", "【", "】", "[", "]", "{{", "}}", "單位名稱",
            "填寫", "待定", "TODO", "某", "\n", "\r\n", "一、", "a", "@", "/", "é", "😀",
        ]), 0..60)) {
            let text: String = parts.concat();
            let det = detect_with(&Detector::new(), &text);
            let chars: Vec<char> = text.chars().collect();
            let mut last_end = 0;
            for f in &det.found {
                let p = &f.placeholder;
                proptest::prop_assert!(p.span[0] >= last_end && p.span[0] < p.span[1]);
                last_end = p.span[1];
                let at: String = chars[p.span[0]..p.span[1]].iter().collect();
                proptest::prop_assert_eq!(&at, &p.text);
                let line_start = chars[..p.span[0]].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
                proptest::prop_assert_eq!(p.column, p.span[0] - line_start + 1);
                let line = chars[..p.span[0]].iter().filter(|&&c| c == '\n').count() + 1;
                proptest::prop_assert_eq!(p.line, line);
            }
        }
    }

    #[test]
    fn detector_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Detector>();
    }
}
