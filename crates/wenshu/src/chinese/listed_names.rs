//! Official names that hold an enumeration comma (`交通运输、仓储和邮政业`,
//! `服装、鞋帽、针纺织品类`: `dicts/listed_names.txt`). Each is one word: the
//! segmenter gives it as one token and its `、` ends no clause, so a figure after
//! it has the whole name for its subject, not the last item of a seeming list.

use std::ops::Range;
use std::sync::OnceLock;

const NAMES: &str = include_str!("../../../../dicts/listed_names.txt");

/// Names, each with the byte offset of one of its `、`.
type Names = Vec<(usize, &'static str)>;

/// For each character that stands before a `、` in some name: the names, with
/// the byte offset of that `、` in each; sorted by the character.
fn by_char_before() -> &'static [(char, Names)] {
    static M: OnceLock<Vec<(char, Names)>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: Vec<(char, Names)> = Vec::new();
        for name in NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            for (k, _) in name.match_indices('、') {
                if let Some(c) = name[..k].chars().next_back() {
                    match m.iter_mut().find(|(x, _)| *x == c) {
                        Some((_, v)) => v.push((k, name)),
                        None => m.push((c, vec![(k, name)])),
                    }
                }
            }
        }
        // Longest first: `农、林、牧、渔专业及辅助性活动` before `农、林、牧、渔业`.
        for (_, v) in &mut m {
            v.sort_by_key(|(_, n)| std::cmp::Reverse(n.len()));
        }
        m.sort_unstable_by_key(|(c, _)| *c);
        m
    })
}

/// The name holding the `、` at byte `i` of `s`, as a byte range of `s`.
pub(crate) fn around(s: &str, i: usize) -> Option<Range<usize>> {
    let before = s.get(..i)?.chars().next_back()?;
    let m = by_char_before();
    let k = m.binary_search_by_key(&before, |(c, _)| *c).ok()?;
    m[k].1.iter().find_map(|&(k, name)| {
        let start = i.checked_sub(k)?;
        let end = start + name.len();
        (s.as_bytes().get(start..end) == Some(name.as_bytes())).then_some(start..end)
    })
}

/// The `、` as a byte string, searched for once built.
pub(crate) fn comma_finder() -> &'static memchr::memmem::Finder<'static> {
    static F: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    F.get_or_init(|| memchr::memmem::Finder::new("、".as_bytes()))
}

/// Every name in `s`, in text order (each once).
pub(crate) fn in_text(s: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in comma_finder().find_iter(s.as_bytes()) {
        if out.last().is_some_and(|r| r.end > i) {
            continue;
        }
        if let Some(r) = around(s, i) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_inside_a_name_is_found_with_the_whole_name() {
        let s = "全年交通运输、仓储和邮政业增加值35.2亿元";
        let i = s.find('、').unwrap();
        assert_eq!(&s[around(s, i).unwrap()], "交通运输、仓储和邮政业");
        let s = "其中农、林、牧、渔业增加值15.3亿元，服装、鞋帽、针纺织品类增长3%";
        let names: Vec<&str> = in_text(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(names, ["农、林、牧、渔业", "服装、鞋帽、针纺织品类"]);
    }

    #[test]
    fn a_list_is_no_name() {
        let s = "交通运输、仓储业分别增长";
        assert!(in_text(s).is_empty());
        assert!(in_text("农、林、牧").is_empty());
        assert_eq!(around("、农", 0), None);
    }
}
