//! Changes: a number that says how much something went up or down
//! (`同比下降3.5%` → 3.5, `decrease`, basis `同比`; `比上年增长5.2%`; `减少208万人`;
//! `增幅为5%`). The words are data: `dicts/changes.tsv`. The value stays as
//! written (positive); `change` says the direction. A verb followed by 到/至 gives
//! the level reached (`提高到80%`): the number is no change.

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::{Change, FactKind};

use super::{Cand, Ctx};

const TABLE: &str = include_str!("../../../../dicts/changes.tsv");

/// Words allowed between a noun of change and its number (`增幅为5%`).
const COPULAS: &[&str] = &["达到", "为", "达", "是", "在"];

/// How far before the verb a comparison (`比上年末`, `较2019年同期`) may start, in
/// characters.
const BASIS_CHARS: usize = 12;

struct Word {
    word: &'static str,
    change: Change,
    noun: bool,
}

/// The words of `dicts/changes.tsv`, longest first.
fn words() -> &'static [Word] {
    static W: OnceLock<Vec<Word>> = OnceLock::new();
    W.get_or_init(|| {
        let mut v: Vec<Word> = super::dict_lines(TABLE)
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                assert!(f.len() == 3, "dicts/changes.tsv: bad line {l:?}");
                Word {
                    word: f[0],
                    change: if f[1] == "decrease" {
                        Change::Decrease
                    } else {
                        Change::Increase
                    },
                    noun: f[2] == "noun",
                }
            })
            .collect();
        v.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
        v
    })
}

fn trim_spaces_end(s: &str) -> &str {
    s.trim_end_matches([' ', '\u{3000}'])
}

/// The word of change that ends right before `pos` (after optional `了`, or a
/// copula for a noun), and where it starts.
fn word_before(cx: &Ctx, pos: usize) -> Option<(usize, Change)> {
    let head = trim_spaces_end(&cx.s[..pos]);
    let head_le = head.strip_suffix('了').map(trim_spaces_end).unwrap_or(head);
    for w in words() {
        let h = if w.noun {
            COPULAS
                .iter()
                .find_map(|c| head.strip_suffix(c))
                .map(trim_spaces_end)
                .unwrap_or(head)
        } else {
            head_le
        };
        if let Some(rest) = h.strip_suffix(w.word) {
            let start = rest.len();
            // The word must be a word of its own (`增加值` is value added, and the
            // number after it no change; `递增` is fine).
            if cx.starts_word(start) || !w.noun && w.word.chars().count() == 1 {
                return Some((start, w.change));
            }
        }
    }
    None
}

/// The comparison right before the word of change: `同比`, `环比`, or 比/较 and
/// what is compared (`比上年`, `比上年末`, `较2019年同期`).
fn basis_before(cx: &Ctx, pos: usize) -> Option<Range<usize>> {
    let head = trim_spaces_end(&cx.s[..pos]);
    let end = head.len();
    for w in ["同比", "环比"] {
        if head.ends_with(w) {
            return Some(end - w.len()..end);
        }
    }
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= BASIS_CHARS
            || matches!(
                c,
                '，' | '。' | '；' | '、' | '：' | ',' | ';' | '\n' | '（' | '('
            )
        {
            return None;
        }
        if matches!(c, '比' | '较') && i + c.len_utf8() < end {
            // 比 must open the comparison (`对比`, `占比` are other words).
            let ok = cx.starts_word(i) || head[..i].ends_with(['同', '环']);
            return ok.then_some(i..end);
        }
    }
    None
}

/// Where the word of change before the number at `pos` starts.
pub(crate) fn word_start(cx: &Ctx, pos: usize) -> Option<usize> {
    word_before(cx, pos).map(|(at, _)| at)
}

/// Mark `c` as a change when a word of change stands right before its number.
pub(crate) fn mark(cx: &Ctx, c: &mut Cand) {
    if !matches!(
        c.kind,
        FactKind::Money | FactKind::Count | FactKind::Percent
    ) {
        return;
    }
    let Some((at, change)) = word_before(cx, c.range.start) else {
        return;
    };
    c.change = Some(change);
    c.basis = basis_before(cx, at);
}

#[cfg(test)]
mod tests {
    use crate::document::{Change, FactKind};
    use crate::facts::facts_of;

    fn changes(t: &str) -> Vec<(String, Option<Change>, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind != FactKind::Date)
            .map(|f| (f.text, f.change, f.basis))
            .collect()
    }

    #[test]
    fn changes_and_their_basis() {
        // National statistical communiqué of 2023 (stats.gov.cn).
        let f = changes("全年国内生产总值1260582亿元，比上年增长5.2%。");
        assert_eq!(f[0].1, None, "{f:?}");
        assert_eq!(
            f[1],
            ("5.2%".into(), Some(Change::Increase), Some("比上年".into()))
        );
        let f = changes("居民消费价格同比下降0.3%，全国城镇调查失业率比上年末下降0.3个百分点。");
        assert_eq!(f[0].1, Some(Change::Decrease));
        assert_eq!(f[0].2.as_deref(), Some("同比"));
        assert_eq!(f[1].2.as_deref(), Some("比上年末"), "{f:?}");
        // Counts and money change too.
        let f = changes("年末全国人口140967万人，比上年末减少208万人。");
        assert_eq!(f[1].1, Some(Change::Decrease));
        let f = changes("实现营收3.2亿元，较2019年同期增长了1200万元");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("较2019年同期"));
        // A noun of change.
        let f = changes("增幅为5.6%，降幅收窄");
        assert_eq!(f[0].1, Some(Change::Increase));
    }

    #[test]
    fn levels_are_no_changes() {
        for t in [
            "覆盖率提高到80%",
            "第一产业增加值89755亿元",
            "降至3.5%",
            "占比30%",
        ] {
            let f = changes(t);
            assert!(f.iter().all(|x| x.1.is_none()), "{t}: {f:?}");
        }
    }
}
