//! Qualifiers: the words around a number that say it is approximate, a bound, or
//! a floor (the `qualifier` field, docs/facts.md). The table is data: `dicts/qualifiers.tsv`.
//!
//! Three places: before the number (`近3000元`, `超过500人`), between the number
//! and its unit (`3000余份`, `100多名`), after the unit (`10%以上`, `100人左右`).

use std::sync::OnceLock;

use crate::document::Qualifier;

use super::Ctx;

const TABLE: &str = include_str!("../../../../dicts/qualifiers.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Prefix,
    Infix,
    Suffix,
}

pub(crate) struct Table {
    /// Longest first.
    entries: Vec<(&'static str, Place, Qualifier)>,
    /// Last characters of prefix words, first characters of the others: a quick
    /// "nothing here" before the table is walked.
    prefix_last: Vec<char>,
    other_first: Vec<char>,
}

fn parse_qualifier(s: &str) -> Option<Qualifier> {
    Some(match s {
        "exact" => Qualifier::Exact,
        "approx" => Qualifier::Approx,
        "nearly" => Qualifier::Nearly,
        "more_than" => Qualifier::MoreThan,
        "at_least" => Qualifier::AtLeast,
        "less_than" => Qualifier::LessThan,
        "at_most" => Qualifier::AtMost,
        _ => return None,
    })
}

pub(crate) fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut entries = Vec::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(w), Some(p), Some(q)) = (f.next(), f.next(), f.next()) else {
                panic!("dicts/qualifiers.tsv: bad line {line:?}");
            };
            let place = match p {
                "prefix" => Place::Prefix,
                "infix" => Place::Infix,
                "suffix" => Place::Suffix,
                _ => panic!("dicts/qualifiers.tsv: bad place in {line:?}"),
            };
            let q = parse_qualifier(q)
                .unwrap_or_else(|| panic!("dicts/qualifiers.tsv: bad qualifier in {line:?}"));
            entries.push((w, place, q));
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        let mut prefix_last: Vec<char> = entries
            .iter()
            .filter(|e| e.1 == Place::Prefix)
            .filter_map(|e| e.0.chars().next_back())
            .collect();
        let mut other_first: Vec<char> = entries
            .iter()
            .filter(|e| e.1 != Place::Prefix)
            .filter_map(|e| e.0.chars().next())
            .collect();
        prefix_last.sort_unstable();
        prefix_last.dedup();
        other_first.sort_unstable();
        other_first.dedup();
        Table {
            entries,
            prefix_last,
            other_first,
        }
    })
}

/// A prefix qualifier ending at byte `pos` (spaces allowed between, and one
/// line break: a hard-wrapped copy breaks lines anywhere, and a qualifier word
/// never ends a line of its own, as in `超過\n34 000宗`): its start.
/// The qualifier must start at a word boundary (`最近3年` is not `近`).
pub(crate) fn prefix(cx: &Ctx, pos: usize) -> Option<(usize, Qualifier)> {
    let s = cx.s;
    let mut end = pos;
    let mut breaks = 0;
    while end > 0 {
        match s.as_bytes()[end - 1] {
            b' ' | b'\r' => {}
            b'\n' if breaks == 0 => breaks += 1,
            _ => break,
        }
        end -= 1;
    }
    let last = s[..end].chars().next_back()?;
    if table().prefix_last.binary_search(&last).is_err() {
        return None;
    }
    for &(w, place, q) in &table().entries {
        if place != Place::Prefix || end < w.len() {
            continue;
        }
        let st = end - w.len();
        if s.is_char_boundary(st) && &s[st..end] == w && cx.starts_word(st) {
            return Some((st, q));
        }
    }
    None
}

/// An infix qualifier at byte `pos` (right after the number): its end.
pub(crate) fn infix(s: &str, pos: usize) -> Option<(usize, Qualifier)> {
    let rest = s.get(pos..)?;
    if table()
        .other_first
        .binary_search(&rest.chars().next()?)
        .is_err()
    {
        return None;
    }
    for &(w, place, q) in &table().entries {
        if place == Place::Infix && rest.starts_with(w) {
            return Some((pos + w.len(), q));
        }
    }
    None
}

/// The qualifiers around a number and its unit (`近3天`, `3天左右`): the span
/// `start..end` widened to take them, and the qualifier (a suffix wins over
/// `inner`, a prefix over both).
pub(crate) fn around(
    cx: &Ctx,
    start: usize,
    end: usize,
    inner: Option<Qualifier>,
) -> (std::ops::Range<usize>, Option<Qualifier>) {
    let mut q = inner;
    let (mut s, mut e) = (start, end);
    if let Some((to, x)) = suffix(cx, end) {
        q = Some(x);
        e = to;
    }
    if let Some((from, x)) = prefix(cx, start) {
        q = Some(x);
        s = from;
    }
    (s..e, q)
}

/// A suffix qualifier at byte `pos` (right after the unit): its end.
pub(crate) fn suffix(cx: &Ctx, pos: usize) -> Option<(usize, Qualifier)> {
    let rest = cx.s.get(pos..)?;
    // `50万元（含）以上`: the bound is inclusive, as 以上 already says.
    let (pos, rest) = match ["（含）", "(含)"].iter().find(|w| rest.starts_with(**w)) {
        Some(w) => (pos + w.len(), &rest[w.len()..]),
        None => (pos, rest),
    };
    if table()
        .other_first
        .binary_search(&rest.chars().next()?)
        .is_err()
    {
        return None;
    }
    for &(w, place, q) in &table().entries {
        if place == Place::Suffix && rest.starts_with(w) {
            let end = pos + w.len();
            // `多` after a unit only when it ends the word (`3年多`), and never
            // when it starts one (`多个`, `多方`).
            if w == "多" && !cx.ends_word(end) {
                continue;
            }
            return Some((end, q));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_and_is_longest_first() {
        let t = table();
        assert!(t.entries.len() > 20);
        let pos = |w: &str| t.entries.iter().position(|e| e.0 == w).unwrap();
        assert!(pos("将近") < pos("近"));
        assert!(pos("不超过") < pos("超过"));
    }

    #[test]
    fn infix_words() {
        assert_eq!(infix("3000余份", 4), Some((7, Qualifier::MoreThan)));
        assert_eq!(infix("100多名", 3), Some((6, Qualifier::MoreThan)));
        assert_eq!(infix("100名", 3), None);
    }
}

#[cfg(test)]
mod phrase_tests {
    use crate::document::Qualifier::*;
    use crate::facts::facts_of;

    #[test]
    fn qualifiers_in_real_phrases() {
        let q = |t: &str| {
            let f = facts_of(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (f[0].text.clone(), f[0].qualifier)
        };
        assert_eq!(q("參與民眾逾3000人"), ("逾3000人".into(), Some(MoreThan)));
        assert_eq!(q("投入资金超过5亿元"), ("超过5亿元".into(), Some(MoreThan)));
        assert_eq!(q("大約200名志工"), ("大約200名".into(), Some(Approx)));
        assert_eq!(
            q("每天接待游客1000人次上下"),
            ("1000人次上下".into(), Some(Approx))
        );
        assert_eq!(q("將近八成的受訪者"), ("將近八成".into(), Some(Nearly)));
        assert_eq!(q("接近50%的家庭"), ("接近50%".into(), Some(Nearly)));
        assert_eq!(q("不少于30场"), ("不少于30场".into(), Some(AtLeast)));
        assert_eq!(q("不足100户"), ("不足100户".into(), Some(LessThan)));
        assert_eq!(q("控制在3%以内"), ("3%以内".into(), Some(AtMost)));
        assert_eq!(q("约3000人左右"), ("约3000人左右".into(), Some(Approx)));
    }
}
