//! Inline suppression that works in plain text (and inside Markdown or HTML
//! comments): a directive is `wenshu:` followed by one of
//!
//! - `allow-line` — placeholders on this line;
//! - `allow-next-line` — placeholders on the next line that is not blank;
//! - `disable` … `enable` — placeholders on the lines between (to the end of the
//!   file when no `enable` follows);
//!
//! optionally followed by kinds (`wenshu: allow-next-line blank, todo`) to
//! suppress only those. Suppressed placeholders are not failures but are counted
//! and reported as suppressed (JSON `suppressed`, SARIF `suppressions`).

use serde::Serialize;

use crate::document::PlaceholderKind;

/// The directive that suppressed a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Suppressed {
    /// `allow-line`, `allow-next-line` or `disable`.
    pub(crate) directive: &'static str,
    /// Line of the directive (1-based).
    pub(crate) line: usize,
}

#[derive(Debug, Clone)]
struct Rule {
    directive: &'static str,
    line: usize,
    /// Lines covered, 1-based, inclusive.
    from: usize,
    to: usize,
    kinds: Option<Vec<PlaceholderKind>>,
}

/// The directives of one text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Suppressions {
    rules: Vec<Rule>,
    /// Directives that could not be read: (line, problem).
    pub(crate) problems: Vec<(usize, String)>,
}

/// What every directive starts with.
pub(crate) const MARK: &str = "wenshu:";

fn parse_kinds(rest: &str) -> Result<Option<Vec<PlaceholderKind>>, String> {
    let rest = rest.split("-->").next().unwrap_or("");
    let mut kinds = Vec::new();
    for w in rest
        .split(|c: char| c == ',' || c == '，' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        match PlaceholderKind::ALL.iter().find(|k| k.as_str() == w) {
            Some(k) => kinds.push(*k),
            None => return Err(format!("unknown placeholder kind `{w}`")),
        }
    }
    Ok((!kinds.is_empty()).then_some(kinds))
}

impl Suppressions {
    pub(crate) fn parse(text: &str) -> Self {
        let mut s = Suppressions::default();
        if !text.contains(MARK) {
            return s;
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let mut open: Option<(usize, Option<Vec<PlaceholderKind>>)> = None;
        for (i, line) in lines.iter().enumerate() {
            let n = i + 1;
            let Some(at) = line.find(MARK) else {
                continue;
            };
            let after = line[at + MARK.len()..].trim_start();
            let word_len = after
                .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
                .unwrap_or(after.len());
            let (word, rest) = after.split_at(word_len);
            let directive: &'static str = match word {
                "allow-line" => "allow-line",
                "allow-next-line" => "allow-next-line",
                "disable" => "disable",
                "enable" => "enable",
                _ => {
                    s.problems.push((n, format!("unknown directive `wenshu: {word}` (allow-line, allow-next-line, disable, enable)")));
                    continue;
                }
            };
            let kinds = match parse_kinds(rest) {
                Ok(k) => k,
                Err(e) => {
                    s.problems.push((n, e));
                    continue;
                }
            };
            match directive {
                "allow-line" => s.rules.push(Rule {
                    directive,
                    line: n,
                    from: n,
                    to: n,
                    kinds,
                }),
                "allow-next-line" => {
                    let target = lines[i + 1..]
                        .iter()
                        .position(|l| !l.trim().is_empty())
                        .map(|p| n + 1 + p);
                    if let Some(t) = target {
                        s.rules.push(Rule {
                            directive,
                            line: n,
                            from: t,
                            to: t,
                            kinds,
                        });
                    }
                }
                "disable" => {
                    if open.is_none() {
                        open = Some((n, kinds));
                    }
                }
                _ => {
                    if let Some((from, kinds)) = open.take() {
                        s.rules.push(Rule {
                            directive: "disable",
                            line: from,
                            from,
                            to: n,
                            kinds,
                        });
                    }
                }
            }
        }
        if let Some((from, kinds)) = open {
            s.rules.push(Rule {
                directive: "disable",
                line: from,
                from,
                to: usize::MAX,
                kinds,
            });
        }
        s
    }

    /// The directive suppressing a placeholder of `kind` on `line`, if any.
    pub(crate) fn find(&self, line: usize, kind: PlaceholderKind) -> Option<Suppressed> {
        self.rules
            .iter()
            .find(|r| {
                r.from <= line
                    && line <= r.to
                    && r.kinds.as_ref().is_none_or(|ks| ks.contains(&kind))
            })
            .map(|r| Suppressed {
                directive: r.directive,
                line: r.line,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlaceholderKind::*;

    #[test]
    fn next_line_skips_blank_lines() {
        let s = Suppressions::parse("a\nwenshu: allow-next-line\n\n__社區\n__社區\n");
        assert_eq!(
            s.find(4, Blank),
            Some(Suppressed {
                directive: "allow-next-line",
                line: 2
            })
        );
        assert_eq!(s.find(5, Blank), None);
    }

    #[test]
    fn same_line_in_a_comment_with_kinds() {
        let s = Suppressions::parse("__社區 <!-- wenshu: allow-line blank -->\n");
        assert!(s.find(1, Blank).is_some());
        assert!(s.find(1, Todo).is_none());
        assert!(s.problems.is_empty());
    }

    #[test]
    fn disable_enable_and_open_end() {
        let s = Suppressions::parse(
            "x\n# wenshu: disable\na\nb\n# wenshu: enable\nc\nwenshu: disable todo\nd\n",
        );
        assert!(s.find(3, Blank).is_some());
        assert!(s.find(4, Blank).is_some());
        assert!(s.find(6, Blank).is_none());
        assert!(s.find(8, Todo).is_some());
        assert!(s.find(8, Blank).is_none());
    }

    #[test]
    fn problems_are_reported() {
        let s = Suppressions::parse("wenshu: allow-nextline\nwenshu: allow-line blnk\n");
        assert_eq!(s.problems.len(), 2);
        assert_eq!(s.problems[0].0, 1);
    }
}
