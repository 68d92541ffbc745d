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

use std::collections::HashMap;

use serde::Serialize;

use crate::document::PlaceholderKind;

/// The directive that suppressed a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppressed {
    /// `allow-line`, `allow-next-line` or `disable`.
    pub directive: &'static str,
    /// Line of the directive (1-based).
    pub line: usize,
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

impl Rule {
    fn covers(&self, kind: PlaceholderKind) -> bool {
        self.kinds.as_ref().is_none_or(|ks| ks.contains(&kind))
    }
}

/// The directives of one text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Suppressions {
    rules: Vec<Rule>,
    /// Rules covering one line (`allow-line`, `allow-next-line`), by that line.
    by_line: HashMap<usize, Vec<usize>>,
    /// Rules covering a stretch of lines (`disable` … `enable`): they do not
    /// overlap and are in text order, so one binary search finds a line's.
    ranges: Vec<usize>,
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
        for (i, r) in s.rules.iter().enumerate() {
            if r.from == r.to {
                s.by_line.entry(r.from).or_default().push(i);
            } else {
                s.ranges.push(i);
            }
        }
        debug_assert!(s
            .ranges
            .windows(2)
            .all(|w| s.rules[w[0]].to < s.rules[w[1]].from));
        s
    }

    /// The directive suppressing a placeholder of `kind` on `line`, if any (when
    /// several do, the one recorded first: a line's directive as it is read, a
    /// `disable` when its `enable` is). A lookup and a binary search, not a
    /// pass over every directive: a file with many directives and many
    /// placeholders costs no more than their sum.
    pub(crate) fn find(&self, line: usize, kind: PlaceholderKind) -> Option<Suppressed> {
        let single = self
            .by_line
            .get(&line)
            .and_then(|ix| ix.iter().copied().find(|&i| self.rules[i].covers(kind)));
        let range = self
            .ranges
            .partition_point(|&i| self.rules[i].from <= line)
            .checked_sub(1)
            .map(|k| self.ranges[k])
            .filter(|&i| line <= self.rules[i].to && self.rules[i].covers(kind));
        let i = match (single, range) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        let r = &self.rules[i];
        Some(Suppressed {
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
    fn overlapping_directives_name_the_one_recorded_first() {
        // An allow-line inside a disable … enable: the allow-line (a disable is
        // recorded when it ends).
        let s = Suppressions::parse("wenshu: disable\n__ wenshu: allow-line\nwenshu: enable\n");
        assert_eq!(s.find(2, Blank).unwrap().directive, "allow-line");
        assert_eq!(s.find(2, Todo).unwrap().directive, "allow-line");
        // An allow-next-line before a disable that covers the same line.
        let s = Suppressions::parse("wenshu: allow-next-line\nwenshu: disable\n__\n");
        assert_eq!(s.find(2, Blank).unwrap().directive, "allow-next-line");
        assert_eq!(s.find(3, Blank).unwrap().directive, "disable");
        assert_eq!(s.find(1, Blank), None);
    }

    #[test]
    fn problems_are_reported() {
        let s = Suppressions::parse("wenshu: allow-nextline\nwenshu: allow-line blnk\n");
        assert_eq!(s.problems.len(), 2);
        assert_eq!(s.problems[0].0, 1);
    }
}
