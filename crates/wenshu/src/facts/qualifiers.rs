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
        return approx_before_verb(cx, end)
            .or_else(|| bound_over_base(cx, end, pos))
            .or_else(|| bound_before_verb(cx, end))
            .map(|q| (pos, q));
    }
    for &(w, place, q) in &table().entries {
        if place != Place::Prefix || end < w.len() {
            continue;
        }
        let st = end - w.len();
        if s.is_char_boundary(st)
            && &s[st..end] == w
            && (cx.starts_word(st) || fused_tail(cx, st, end))
        {
            // `> 58%` at a line's start is a quoted line (Markdown), not a bound.
            let line_start = st == 0 || s[..st].trim_end_matches(' ').ends_with('\n');
            if matches!(w, ">" | "<") && line_start {
                return None;
            }
            return Some(negated(s, st, q));
        }
    }
    approx_before_verb(cx, end)
        .or_else(|| bound_over_base(cx, end, pos))
        .or_else(|| bound_before_verb(cx, end))
        .map(|q| (pos, q))
}

/// Bounds that stand before a verb of granting rather than before the number
/// (`每戶最高補助3,000元`, `最多可获得2万元奖励`, `至少安排500万元`): the amount granted
/// is that bound.
const BOUNDS_BEFORE_VERB: &[(&str, Qualifier)] = &[
    ("最高", Qualifier::AtMost),
    ("最多", Qualifier::AtMost),
    ("至多", Qualifier::AtMost),
    ("最低", Qualifier::AtLeast),
    ("最少", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
];

/// The longest verb between such a bound and its number, in characters (`可获得`).
const BOUND_VERB_CHARS: usize = 4;

/// A bound of [`BOUNDS_BEFORE_VERB`] before a verb right before the number: the
/// words between are one verb (with `可` before it), no noun or clause.
fn bound_before_verb(cx: &Ctx, end: usize) -> Option<Qualifier> {
    let head = &cx.s[..end];
    let (at, q) = head
        .char_indices()
        .rev()
        .take(BOUND_VERB_CHARS + 2)
        .find_map(|(i, _)| {
            BOUNDS_BEFORE_VERB
                .iter()
                .find(|(w, _)| head[i..].starts_with(w))
                .map(|&(w, q)| (i + w.len(), q))
        })?;
    let verb = head[at..].trim_start_matches('可');
    let n = verb.chars().count();
    // (`最高達 60%` is the peak reached, a value of its own.)
    if !(1..=BOUND_VERB_CHARS).contains(&n)
        || !verb.chars().all(crate::chinese::chars::is_han)
        || APPROX_LINKS.contains(&verb)
    {
        return None;
    }
    // One verb, as the tagger reads it (`獲得`), or a verb of granting it may read
    // as a noun (`补贴`); not a noun (`最高温度`).
    let t = cx.token_at(end - verb.len())?;
    let one = t.start == end - verb.len() && t.end == end;
    (one && (cx.tag(t).as_str().starts_with('v') || GRANTING.contains(&verb))).then_some(q)
}

/// Verbs of granting that the tagger may read as nouns.
const GRANTING: &[&str] = &["补贴", "补助", "资助", "奖励", "奖补"];

/// Nouns of a level after a share (`2%水准`, `3%的目标`).
const LEVEL_NOUNS: &[&str] = &[
    "水准",
    "水平",
    "目标",
    "标准",
    "门槛",
    "的水准",
    "的水平",
    "的目标",
];

/// How far back a bound may stand from the `的` of a share's base, in characters.
const BASE_MAX_CHARS: usize = 16;

/// A bound before the base of a share (`最高不超过实际发生额的50%`, `不低于总投资的
/// 30%`): the share is bounded, though the base stands between. Only for a share
/// (`%`, `成`, `百分之`); the fact's text keeps to the number.
fn bound_over_base(cx: &Ctx, end: usize, pos: usize) -> Option<Qualifier> {
    let s = cx.s;
    let base_end = end.checked_sub('的'.len_utf8())?;
    if !s[..end].ends_with('的') {
        return None;
    }
    let after = s[pos..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if !(after.starts_with(['%', '％', '成']) || s[pos..].starts_with("百分之")) {
        return None;
    }
    // The base: no mark, no number, a few words.
    let window = s[..base_end]
        .char_indices()
        .rev()
        .take(BASE_MAX_CHARS)
        .take_while(|(_, c)| !c.is_ascii_digit() && !"，。；：、,;:（(）)“”".contains(*c))
        .last()
        .map_or(base_end, |(i, _)| i);
    // A share that names a level compared with (`低於我央行關注的 2%水準`) is that
    // level, not a bounded figure.
    let unit_end = after
        .find(|c: char| !matches!(c, '%' | '％' | '成'))
        .unwrap_or(after.len());
    if LEVEL_NOUNS
        .iter()
        .any(|w| after[unit_end..].trim_start().starts_with(w))
    {
        return None;
    }
    let text = &s[window..base_end];
    // The last bound word in it with a base after it.
    let mut best: Option<(usize, usize, Qualifier)> = None;
    for &(w, place, q) in &table().entries {
        if place != Place::Prefix
            || !matches!(
                q,
                Qualifier::AtMost | Qualifier::AtLeast | Qualifier::LessThan | Qualifier::MoreThan
            )
            || w.chars().count() < 2
        {
            continue;
        }
        if let Some(i) = text.rfind(w) {
            let st = window + i;
            if st + w.len() < base_end && cx.starts_word(st) && best.is_none_or(|(b, _, _)| st > b)
            {
                best = Some((st, st + w.len(), q));
            }
        }
    }
    let (st, base, q) = best?;
    // A base that is itself a figure (`超过原定计划四百二十七亿元的百分之十五点三`)
    // takes a ratio of the excess, not a bounded share.
    let i = cx.num_index_from(base);
    if cx.nums.get(i).is_some_and(|n| n.start < base_end) {
        return None;
    }
    Some(negated(s, st, q).1)
}

/// Copulas and verbs that reach a level, between `约` and its number.
const APPROX_LINKS: &[&str] = &["是", "为", "有", "达", "达到", "在"];

/// `约` before a copula or a verb of change qualifies the number after the verb
/// (`適齡學生數目會約降至65 000人`, `25%即約是 16 000人`, `约增加5%`): the
/// number is about that much. The fact's text keeps to the number, so the verb
/// still says the change.
fn approx_before_verb(cx: &Ctx, end: usize) -> Option<Qualifier> {
    if !cx.s[..end].chars().rev().take(6).any(|c| c == '约') {
        return None;
    }
    let head = cx.s[..end].trim_end_matches([' ', '\u{3000}']);
    let head = head
        .strip_suffix(['至', '到', '了'])
        .map(|h| h.trim_end_matches([' ', '\u{3000}']))
        .unwrap_or(head);
    let verb = APPROX_LINKS
        .iter()
        .copied()
        .filter(|w| head.ends_with(w))
        .chain(super::changes::verb_ending(head))
        .max_by_key(|w| w.len())?;
    let before = head[..head.len() - verb.len()].trim_end_matches([' ', '\u{3000}']);
    if let Some(h) = before.strip_suffix("大约") {
        return cx.starts_word(h.len()).then_some(Qualifier::Approx);
    }
    let at = before.strip_suffix('约')?.len();
    // 约 as a word, or fused by the segmenter to the word before (`會約`); not the
    // tail of a word (`签约达50亿元`, `节约为`).
    (cx.starts_word(at) || fused_tail(cx, at, before.len())).then_some(Qualifier::Approx)
}

/// A qualifier at the tail of a word the segmenter made (`全長約 12.9 公里`,
/// `峭陡坡區約 340 公頃`) is still one: jieba's unknown-word model fuses `約` with
/// the noun before it, and its dictionary holds such fusions from its source
/// corpus as rare words (`全长约`, `占地约`, `耗资近`, `身价超`: frequency 3). A
/// word in common use that ends in the same character (`节约`, `纽约`, `最近`,
/// `守约`) is no qualifier.
fn fused_tail(cx: &Ctx, st: usize, end: usize) -> bool {
    let Some(t) = cx.token_at(st) else {
        return false;
    };
    if t.start >= st || t.end != end {
        return false;
    }
    cx.a.segmenter.is_some_and(|seg| {
        seg.jieba()
            .word_freq(&cx.s[t.start..t.end])
            .is_none_or(|f| f < RARE_WORD_FREQ)
    })
}

/// Below this frequency a dictionary word is a corpus accident, not a word
/// (jieba's dictionary: `全长约` 3, `产品约` 12, `守约` 12, `节约` 883).
const RARE_WORD_FREQ: usize = 10;

/// Words that negate a comparison before it, a modal verb allowed between
/// (`不得少于3处`, `不应低于60%`, `不能超过`), Simplified.
const NEGATIONS: &[&str] = &["没有", "不", "未", "没", "勿", "毋"];

/// A negated need (`不用`, `无需`, `不必`): with a verb of spending or using
/// between, it still bounds the number (`每年不用花超過 5億元` is at most 5亿).
const NEED_NEGATIONS: &[&str] = &[
    "不需要",
    "不需",
    "不用",
    "不必",
    "无需",
    "无须",
    "毋须",
    "毋需",
    "毋庸",
];
const NEED_VERBS: &[&str] = &["花费", "支付", "投入", "花", "用", "等", "付"];
const MODALS: &[&str] = &[
    "应该", "应当", "得", "应", "能", "可", "宜", "会", "准", "许", "须",
];

/// A bound negated is the opposite inclusive bound: "not fewer than 3" is at
/// least 3, "must not exceed" at most. `q` was found at `st`; returns the
/// widened start and the qualifier.
fn negated(s: &str, st: usize, q: Qualifier) -> (usize, Qualifier) {
    let flipped = match q {
        Qualifier::MoreThan => Qualifier::AtMost,
        Qualifier::LessThan => Qualifier::AtLeast,
        _ => return (st, q),
    };
    let before = &s[..st];
    let need = NEED_VERBS
        .iter()
        .find_map(|v| before.strip_suffix(v))
        .unwrap_or(before);
    if let Some(n) = NEED_NEGATIONS.iter().find(|n| need.ends_with(**n)) {
        return (need.len() - n.len(), flipped);
    }
    let before = MODALS
        .iter()
        .find_map(|m| before.strip_suffix(m))
        .unwrap_or(before);
    match NEGATIONS.iter().find(|n| before.ends_with(**n)) {
        Some(n) => (before.len() - n.len(), flipped),
        None => (st, q),
    }
}

/// Whether `w` is a qualifier word that stands before a number (`约`, `超过`).
pub(crate) fn is_prefix_word(w: &str) -> bool {
    table()
        .entries
        .iter()
        .any(|&(e, place, _)| place == Place::Prefix && e == w)
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
            // `多` after a unit only when it ends the word (`3年多`) or goes on
            // into `来` (since: `一年多来`, which the tagger may join), and never
            // when it starts one (`多个`, `多方`).
            // (Not `一年多来几次`: come more often.)
            let since = cx.s[end..].starts_with('来')
                && !cx.s[end + '来'.len_utf8()..].starts_with(['几', '次', '回', '趟']);
            if w == "多" && !cx.ends_word(end) && !since {
                continue;
            }
            return Some((end, q));
        }
    }
    // A hard wrap may cut the word or stand before it (`6年或` + wrap + `以上`):
    // words of two characters or more are read across it.
    super::wraps::lexicon_word_at(cx, pos, |r| {
        table()
            .entries
            .iter()
            .find(|&&(w, place, _)| {
                place == Place::Suffix && w.chars().count() >= 2 && r.starts_with(w)
            })
            .map(|&(w, _, q)| (w.len(), q))
    })
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

    /// A bound before a verb of granting bounds the amount granted (內政部消防署:
    /// `每戶最高補助3,000元`; a city's work report: `每个旗县区至少打造1所`; the
    /// Legislative Yuan's gazette: `最少增加175億元，最多增加730億元`); a peak reached
    /// (`最高達 60%`) is a value of its own, and `最高温度` a noun.
    #[test]
    fn bounds_before_a_verb() {
        let q = |t: &str| {
            crate::facts::facts_of(t)
                .into_iter()
                .map(|f| (f.text, f.qualifier))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q("每户最高补助3,000元，最多可获得2万元。"),
            [
                ("3,000元".to_string(), Some(Qualifier::AtMost)),
                ("2万元".to_string(), Some(Qualifier::AtMost))
            ]
        );
        assert_eq!(
            q("每个县至少打造1所示范校。"),
            [("1所".to_string(), Some(Qualifier::AtLeast))]
        );
        assert_eq!(q("近视率最高达89.3%。"), [("89.3%".to_string(), None)]);
        // A cap or a floor named before the amount, and an amount closed in on
        // (總統府's release of 2023-08-21: `逼近2千億元`; a grant's `上限為2萬元`).
        assert_eq!(
            q("整體科技發展預算逼近2千億元，補助上限為2萬元，贷款额度下限为5万元。")
                .into_iter()
                .map(|x| x.1)
                .collect::<Vec<_>>(),
            [
                Some(Qualifier::Nearly),
                Some(Qualifier::AtMost),
                Some(Qualifier::AtLeast)
            ]
        );
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
        // A distance's range (咸宁 2021: `县城30公里范围内农村客运班线`).
        assert_eq!(
            q("县城30公里范围内农村客运班线"),
            ("30公里范围内".into(), Some(AtMost))
        );
        assert_eq!(q("约3000人左右"), ("约3000人左右".into(), Some(Approx)));
        // A limit set (Hong Kong's guidelines on official entertainment:
        // `晚宴則以600元為限`).
        assert_eq!(q("晚宴則以600元為限"), ("600元為限".into(), Some(AtMost)));
        // A level broken through (city reports, ../shared/corpus/reports/cn-city-gwr:
        // `村集体收入破百万`, `突破4000亿元`); not a word that ends in 破 (`打破`).
        assert_eq!(q("村集体收入破百万元"), ("破百万元".into(), Some(MoreThan)));
        assert_eq!(q("打破3项纪录"), ("3项".into(), None));
    }

    /// A qualifier fused by the segmenter into the noun before it is read, and
    /// leaves the noun: Taipei plans (臺北市內湖區都市計畫通盤檢討, 2014: `全長約
    /// 10.9 公里`), Simplified route descriptions (`全长约12.9公里`); a word that
    /// ends in the same character is no qualifier (`节约3000元`).
    #[test]
    fn qualifier_fused_with_the_noun_before() {
        let f = |t: &str| {
            let f = facts_of(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (
                f[0].text.clone(),
                f[0].qualifier,
                f[0].subject.as_ref().map(|s| s.text.clone()),
            )
        };
        assert_eq!(
            f("捷運路線全長約 10.9 公里"),
            (
                "約 10.9 公里".into(),
                Some(Approx),
                Some("捷運路線全長".into())
            )
        );
        assert_eq!(f("全长约12.9公里").1, Some(Approx));
        assert_eq!(f("峭陡坡區約 340 公頃").0, "約 340 公頃");
        assert_eq!(f("共节约3000元").1, None);
    }

    /// A negated comparison is the opposite inclusive bound, with or without a
    /// modal verb between: construction standards (`不得小于4.5米`, GB 50180
    /// style clauses), planning texts (`不得少于3处`), Taiwan plans (臺北市內湖區
    /// 都市計畫通盤檢討, 2014: `未超過 300 公尺`), environmental targets.
    #[test]
    fn a_bound_before_the_base_of_a_share() {
        use crate::document::Qualifier;
        // 静安区出海服务平台专项资金申报指南 (2026); ../shared/corpus/reports and
        // plans: `不低于…的`, `不超过…的` bound the share after the base.
        let t = "按照最高不超过实际发生额的50%给予支持。";
        assert_eq!(
            percent_q(t),
            vec![("50%".to_string(), Some(Qualifier::AtMost))]
        );
        let t = "企业自筹资金不低于项目总投资的30%。";
        assert_eq!(
            percent_q(t),
            vec![("30%".to_string(), Some(Qualifier::AtLeast))]
        );
        let t = "单个项目补助不超过核定投资额的百分之二十。";
        assert_eq!(
            percent_q(t),
            vec![("百分之二十".to_string(), Some(Qualifier::AtMost))]
        );
        // Not across a clause; not a ratio to a figure (../shared/corpus/reports/
        // cn-national-gwr/gwr-national-1959.txt: the excess over the plan), nor a
        // level compared with (tw-ly-proceedings/LCEWC03_090604.txt).
        let t = "不超过三年，占全市的40%。";
        assert_eq!(percent_q(t), vec![("40%".to_string(), None)]);
        let t = "投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。";
        assert_eq!(percent_q(t), vec![("百分之十五点三".to_string(), None)]);
        let t = "年增率 1.66%，雖低於我央行關注的 2%水準，主計總處也";
        assert_eq!(percent_q(t)[1], ("2%".to_string(), None));
    }

    fn percent_q(t: &str) -> Vec<(String, Option<crate::document::Qualifier>)> {
        crate::facts::facts_of(t)
            .into_iter()
            .filter(|f| f.kind == crate::document::FactKind::Percent)
            .map(|f| (f.text, f.qualifier))
            .collect()
    }

    #[test]
    fn negated_bounds_flip() {
        let q = |t: &str| {
            let f = facts_of(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (f[0].text.clone(), f[0].qualifier)
        };
        assert_eq!(
            q("消防车道宽度不得小于4.5米"),
            ("不得小于4.5米".into(), Some(AtLeast))
        );
        assert_eq!(
            q("每个社区不得少于3处"),
            ("不得少于3处".into(), Some(AtLeast))
        );
        assert_eq!(
            q("坡度未超過 300 公尺"),
            ("未超過 300 公尺".into(), Some(AtMost))
        );
        assert_eq!(
            q("达标率不应低于60%"),
            ("不应低于60%".into(), Some(AtLeast))
        );
        assert_eq!(
            q("单次采购不能超过5万元"),
            ("不能超过5万元".into(), Some(AtMost))
        );
        assert_eq!(
            q("参加人数大于等于 5 人"),
            ("大于等于 5 人".into(), Some(AtLeast))
        );
        // Not negated: the comparison stays strict.
        assert_eq!(q("增速低于3%"), ("低于3%".into(), Some(LessThan)));
    }

    /// Comparison signs are bounds (indicator tables of five-year plans:
    /// `比重≥58%`; air-quality targets `≤35微克`), but a `>` that starts a line
    /// quotes it (Markdown).
    #[test]
    fn comparison_signs() {
        let q = |t: &str| {
            let f = facts_of(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (f[0].text.clone(), f[0].qualifier)
        };
        assert_eq!(
            q("数字经济核心产业增加值比重≥58%"),
            ("≥58%".into(), Some(AtLeast))
        );
        assert_eq!(q("优良天数比例＞80%"), ("＞80%".into(), Some(MoreThan)));
        assert_eq!(q("失业率<5%"), ("<5%".into(), Some(LessThan)));
        assert_eq!(q("单位能耗≤0.5吨"), ("≤0.5吨".into(), Some(AtMost)));
        assert_eq!(q("> 58%的受访者满意"), ("58%".into(), None));
    }

    /// A negated need (`不用`, `無需`, `不必`), a verb of spending between or
    /// not, bounds the number from above as `不得` does; `差不多` is about; `約`
    /// before a copula or a verb of change qualifies the number after the verb.
    #[test]
    fn negated_needs_approximations_and_about_before_a_verb() {
        let q = |t: &str, text: &str| {
            let f = facts_of(t);
            f.into_iter()
                .find(|f| f.text == text)
                .unwrap_or_else(|| panic!("no {text:?} in {t}"))
                .qualifier
        };
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt
        assert_eq!(
            q(
                "乘以 20，當局每年不用花超過 5億元，便可提供公營長者牙科服務。",
                "不用花超過 5億元"
            ),
            Some(AtMost)
        );
        assert_eq!(
            q("也只有差不多 6 000個學額", "差不多 6 000個"),
            Some(Approx)
        );
        assert_eq!(
            q(
                "港的適齡學生數目會約降至65 000人，25%即約是 16 000人，換言之，",
                "65 000人"
            ),
            Some(Approx)
        );
        assert_eq!(
            q(
                "港的適齡學生數目會約降至65 000人，25%即約是 16 000人，換言之，",
                "16 000人"
            ),
            Some(Approx)
        );
        // The same record, other sittings: 12-13-cm0220, 12-13-cm0123,
        // 12-13-cm0508 and 12-13-cm0320-translate-c.txt.
        assert_eq!(
            q(
                "2012-2013學年則有差不多7 000人，增幅是相當大的。",
                "差不多7 000人"
            ),
            Some(Approx)
        );
        assert_eq!(
            q(
                "最少九千多元，總共都已經差不多 6萬元，還未計水、電、煤",
                "差不多 6萬元"
            ),
            Some(Approx)
        );
        assert_eq!(
            q(
                "示，漁業的 2011年生產總值約是 25億元，較 2010年的 22.75億元增加",
                "25億元"
            ),
            Some(Approx)
        );
        let t = "主體答覆中所說，每年大約增加 1%。所以，從表面看來";
        assert_eq!(q(t, "1%"), Some(Approx));
        assert_eq!(
            facts_of(t)[0].change,
            Some(crate::document::Change::Increase)
        );
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-1957.txt and
        // gwr-national-1955.txt.
        assert_eq!(
            q("费资料的生产，平均每年大约增加三十多亿元。", "三十多亿元"),
            Some(Approx)
        );
        assert_eq!(
            q(
                "为工人职员建筑的住宅，将约达四千六百万平方公尺",
                "四千六百万平方公尺"
            ),
            Some(Approx)
        );
    }
}
