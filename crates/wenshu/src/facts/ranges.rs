//! Ranges and lists of quantities that share one unit.
//!
//! * A range is one fact, `value` its lower end and `end` its upper end:
//!   `10-20万元` (100000…200000), `3%-4%`, `21-29位`, `5.6到5.78元`,
//!   `五元六角-五元七毛八分`. The start takes the end's scale word when it has
//!   none of its own: `两到三万港元` (20000…30000), `十八至三十万`, and a bare
//!   digit before a digit and its units takes them all: `八到九百亿` (800亿…900亿).
//! * `三、五十个`: two Chinese digits joined by `、` before units are a vague
//!   range (30…50, `approx`).
//! * A list whose items share the last item's unit gives each item its own fact:
//!   `提高0.9、5.9个百分点` → 0.9 and 5.9 (points).
//!
//! Only money, counts and percentages: date ranges are the dates' own
//! (`2023—2025年`), and an ordinal list (`第3至5届`) is no quantity.

use crate::chinese::numerals;
use crate::document::{FactKind, FactValue, Qualifier};

use super::{number_value, Cand, Ctx, Num};

/// Words that join the two ends of a range, longest first.
/// (A horizontal bar and a box-drawing line stand for a dash in older texts.)
const RANGE_JOINERS: &[&str] = &[
    "——", "--", "至", "到", "~", "～", "-", "—", "－", "〜", "–", "―", "─",
];

/// How far back `分别` (respectively) is looked for before a list, in characters.
const RESPECTIVELY_CHARS: usize = 24;

/// Words that join the items of a list.
const LIST_JOINERS: &[&str] = &["、", "和", "及"];

/// Whether the clause before `pos` says its figures are each of their own
/// (`分别获得8、9万元`, `各为…`): then `8、9` is no approximate range.
pub(crate) fn each_its_own(s: &str, pos: usize) -> bool {
    let head = &s[..pos];
    let from = head
        .char_indices()
        .rev()
        .take(RESPECTIVELY_CHARS)
        .find(|&(_, c)| matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | '\n'))
        .map_or(0, |(i, _)| i);
    let from = from.max(head.len().saturating_sub(RESPECTIVELY_CHARS * 4));
    let from = (from..=head.len())
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    let clause = &head[from..];
    clause.contains("分别") || clause.contains('各')
}

fn is_quantity(c: &Cand) -> bool {
    matches!(
        c.kind,
        FactKind::Money | FactKind::Count | FactKind::Percent
    ) && !c.incomplete
        && c.end.is_none()
        && c.end_number.is_none()
}

fn number(c: &Cand) -> Option<f64> {
    c.value.as_ref().and_then(FactValue::as_f64)
}

/// Skip spaces backwards from `pos`.
fn back_spaces(s: &str, mut pos: usize) -> usize {
    while pos > 0 && matches!(s.as_bytes()[pos - 1], b' ') {
        pos -= 1;
    }
    pos
}

/// The joiner that ends at `pos`: its start and whether it makes a range.
fn joiner_before(s: &str, pos: usize) -> Option<(usize, bool)> {
    let head = s.get(..back_spaces(s, pos))?;
    if let Some(j) = RANGE_JOINERS.iter().find(|j| head.ends_with(**j)) {
        let mut at = back_spaces(s, head.len() - j.len());
        // `1万(含)-5万元`: the start's bound is inclusive, as a range's is.
        for inclusive in ["（含）", "(含)"] {
            if s[..at].ends_with(inclusive) {
                at = back_spaces(s, at - inclusive.len());
            }
        }
        return Some((at, true));
    }
    LIST_JOINERS
        .iter()
        .find(|j| head.ends_with(**j))
        .map(|j| (head.len() - j.len(), false))
}

/// The units that close a numeral's text (`九百亿` → 百 × 亿), split into the
/// small units (十百千) and the big ones (万亿), and the digits before them.
fn trailing_units(text: &str) -> (f64, f64, &str) {
    let mut small = 1.0;
    let mut big = 1.0;
    let mut cut = text.len();
    for (i, c) in text.char_indices().rev() {
        if let Some(b) = numerals::big_unit(c) {
            big *= b;
        } else if let Some(u) = numerals::small_unit(c) {
            small *= f64::from(u);
        } else {
            break;
        }
        cut = i;
    }
    (small, big, &text[..cut])
}

fn has_unit(text: &str, big_only: bool) -> bool {
    text.chars()
        .any(|c| numerals::big_unit(c).is_some() || !big_only && numerals::small_unit(c).is_some())
}

/// The lower end's value when it is written shorter than the upper end
/// (`两到三万`: 2 → 20000), or as written.
fn scaled_start(start_text: &str, start: f64, end_text: &str, end: f64) -> f64 {
    let (small, big, head) = trailing_units(end_text);
    let bare_digit = |t: &str| {
        let mut it = t.chars();
        matches!((it.next(), it.next()), (Some(c), None) if numerals::cn_digit(c).is_some() || numerals::arabic_digit(c).is_some())
    };
    if !has_unit(start_text, false) && bare_digit(start_text) && bare_digit(head) {
        let v = start * small * big;
        if v <= end {
            return v;
        }
    }
    if big > 1.0 && !has_unit(start_text, true) && start * big <= end {
        return start * big;
    }
    start
}

/// The number a quantity starts with (its first numeral).
fn first_num(cx: &Ctx, c: &Cand) -> Option<Num> {
    let i = cx.num_index_from(c.range.start);
    cx.nums
        .get(i)
        .filter(|n| n.end <= c.range.end && n.numeral.is_some())
        .copied()
}

/// The bare number (in no candidate) that ends at `pos`; `before` are the
/// candidates before it, in text order (only the last can cover it).
fn bare_num_ending(cx: &Ctx, before: &[Cand], pos: usize) -> Option<Num> {
    let i = cx.nums.partition_point(|n| n.end < pos);
    let n = cx
        .nums
        .get(i)
        .filter(|n| n.end == pos && n.numeral.is_some())?;
    let covered = before
        .last()
        .is_some_and(|c| c.range.start < n.end && n.start < c.range.end);
    (!covered && !cx.is_ordinal(n) && cx.numeral_starts_word(n)).then_some(*n)
}

/// Join ranges and spread lists over `cands` (one stretch's, in text order).
/// From the last: a list's items are found from its unit backwards. Linear: each
/// candidate is taken off the end once, and an item made from a list is looked
/// at once.
pub(crate) fn join(cx: &Ctx, mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    let mut current = cands.pop();
    while let Some(mut c) = current.take() {
        if let Some(item) = join_one(cx, &mut cands, &mut c) {
            out.push(c);
            current = Some(item); // the item may itself close a list
            continue;
        }
        out.push(c);
        current = cands.pop();
    }
    out.reverse();
    out
}

/// Join `c` with what stands before it in `before` (merging a range into it,
/// taking the previous candidate off when it is the range's start); a list item
/// made before it is returned.
fn join_one(cx: &Ctx, before: &mut Vec<Cand>, c: &mut Cand) -> Option<Cand> {
    if !is_quantity(c) {
        return None;
    }
    let end_value = number(c)?;
    let last = first_num(cx, c)?;
    // The joiner must sit right before the quantity's own number (no currency or
    // qualifier word between).
    // (A negative end's minus is its own: `-22,500万元到-19,000万元`.)
    let signed = matches!(&cx.s[c.range.start..last.start], "-" | "−");
    if last.start != c.range.start && !signed {
        return None;
    }
    let (jstart, is_range) = joiner_before(cx.s, c.range.start)?;
    let end_text = &cx.s[last.start..last.end];
    // `高7.5个和4.5个百分点`: an earlier item repeats the first word of the unit
    // (`个` of `个百分点`), and is a percentage of the same unit, not a count of 个.
    if !is_range && c.kind == FactKind::Percent {
        if let Some(prev) = before
            .last_mut()
            .filter(|p| p.range.end == jstart && p.kind == FactKind::Count)
        {
            let repeats = prev
                .unit
                .as_deref()
                .is_some_and(|u| matches!(u, "个" | "個"))
                && ["个百分点", "个基点", "個百分點", "個基點"]
                    .iter()
                    .any(|w| cx.a.original(c.range.clone()).ends_with(w));
            if repeats && is_quantity(prev) {
                prev.kind = FactKind::Percent;
                prev.unit = c.unit.clone();
                prev.unit_normalized = c.unit_normalized.clone();
                prev.dimension = None;
                prev.object = None;
            }
        }
    }
    // The previous quantity of the same kind ends at the joiner: `3%-4%`.
    if is_range {
        if let Some(prev) = before.last().filter(|p| p.range.end == jstart) {
            let same = prev.kind == c.kind
                && is_quantity(prev)
                && prev.unit == c.unit
                && number(prev).is_some_and(|v| v < end_value);
            if same {
                let prev = before.pop()?;
                c.range.start = prev.range.start;
                c.end_number = Some(end_value);
                c.value = prev.value;
                // `1000万元及以上至2000万元`, `5万至10万元以下`: a bound's word
                // says which end the range includes; the range itself is not
                // "at least" its start or "at most" its end.
                let start_q = prev
                    .qualifier
                    .filter(|q| !matches!(q, Qualifier::AtLeast | Qualifier::MoreThan));
                let end_q = c
                    .qualifier
                    .filter(|q| !matches!(q, Qualifier::AtMost | Qualifier::LessThan));
                c.qualifier = start_q.or(end_q);
                if c.kind == FactKind::Money && prev.currency != c.currency {
                    // The currency written at either end: keep the end's unless only
                    // the start names one.
                    c.currency = c.currency.take().or(prev.currency);
                }
            }
            return None;
        }
    }
    let n = bare_num_ending(cx, before, jstart)?;
    let start_text = &cx.s[n.start..n.end];
    let v = n.value()?;
    let (small, big, head) = trailing_units(end_text);
    // (`分别获得8、9万元`, `各为…`: two figures, each of its own.)
    let respectively = each_its_own(cx.s, n.start);
    let vague_cn = !is_range
        && !respectively
        && n.numeral.is_some_and(|x| x.is_single_cn_digit())
        && small * big > 1.0
        && head.chars().count() == 1;
    // The end's number may be worth more than its numeral (`15k`, `两个亿`, `4成`
    // = 40%): the start is written in the same unit.
    let ratio = last
        .value()
        .map_or(1.0, |x| if x > 0.0 { end_value / x } else { 1.0 });
    let unit_scale = if ratio > 1.5 { ratio } else { 1.0 };
    // In digits too: one digit, then the next one with the units or zeros after it
    // (`8、9百人` 800…900, `4、50億元` 40…50亿, `3、4成` 30…40%).
    let vague_digits = (!is_range && !respectively)
        .then(|| {
            let d = start_text
                .parse::<u8>()
                .ok()
                .filter(|&d| (1..9).contains(&d) && start_text.len() == 1)?;
            let head = head.trim_end_matches([' ', '\u{3000}']);
            let mut hs = head.bytes();
            let zeros = head.len().checked_sub(1)?;
            (hs.next()? == b'0' + d + 1
                && hs.all(|b| b == b'0')
                && (zeros > 0 || small * big * unit_scale > 1.0))
                .then(|| f64::from(d) * 10f64.powi(zeros as i32) * small * big * unit_scale)
        })
        .flatten();
    let vague = vague_cn || vague_digits.is_some();
    let start_value = if let Some(start) = vague_digits {
        start
    } else if ratio > 1.5 && !has_unit(start_text, false) && v * ratio <= end_value {
        v * ratio
    } else {
        scaled_start(start_text, v, end_text, end_value)
    };
    if is_range || vague {
        if start_value < end_value {
            c.range.start = n.start;
            c.value = number_value(start_value);
            c.end_number = Some(end_value);
            if vague {
                c.qualifier = Some(Qualifier::Approx);
            }
            // An approximation before the bare start is the range's (`約1,000至2,000人`).
            if c.qualifier.is_none() {
                // (Only an approximation: `最多1000至2000人` bounds no range so.)
                if let Some((qs, q)) = super::qualifiers::prefix(cx, n.start)
                    .filter(|(_, q)| matches!(q, Qualifier::Approx | Qualifier::Nearly))
                {
                    c.range.start = qs;
                    c.qualifier = Some(q);
                }
            }
        }
        return None;
    }
    // A list: the item takes the quantity's unit and currency, when it is written
    // as the last item is (digits or Chinese, with or without a scale word):
    // `20个过50亿、20个过30亿项目` lists no 50亿 of 个.
    let arabic = |n: &Num| n.numeral.is_some_and(|x| x.arabic);
    // (Bare figures in digits share the last one's scale word too, as bulletins
    // list them: `98.35、82.65、319.75亿元`.)
    let scale = if ratio > 1.5 { ratio } else { small * big };
    let scaled = arabic(&n)
        && arabic(&last)
        && !has_unit(start_text, false)
        && has_unit(end_text, true)
        && scale > 1.5;
    if arabic(&n) != arabic(&last)
        || (has_unit(start_text, true) != has_unit(end_text, true) && !scaled)
    {
        return None;
    }
    let mut item = c.clone();
    item.range = n.start..n.end;
    // (In any order: a list's items are not a range's ascending ends.)
    // A figure that the scale word would make far larger than the last item, while
    // without it it is of that item's order, was written out whole: it takes the
    // unit only (`185 000及18萬人`; but `1,200和1,500万元`, `3、40万人`).
    let order_gap = |x: f64| {
        (x.abs().max(1e-9) / end_value.abs().max(1e-9))
            .log10()
            .abs()
    };
    let whole = order_gap(v * scale) > 2.0 && order_gap(v) < order_gap(v * scale);
    let shares_scale = !has_unit(start_text, false) && scale > 1.5 && !whole;
    item.value = number_value(if shares_scale { v * scale } else { start_value });
    item.qualifier = n
        .numeral
        .filter(|x| x.more_than)
        .map(|_| Qualifier::MoreThan);
    item.object = None;
    Some(item)
}

#[cfg(test)]
mod tests {
    use crate::document::{FactKind, Qualifier};
    use crate::facts::facts_of;
    use serde_json::{json, Value};

    type Row = (String, Option<Value>, Option<Value>, Option<Qualifier>);

    fn q(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| {
                matches!(
                    f.kind,
                    FactKind::Money | FactKind::Count | FactKind::Percent
                )
            })
            .map(|f| {
                (
                    f.text,
                    f.value.map(Into::into),
                    f.end.map(Into::into),
                    f.qualifier,
                )
            })
            .collect()
    }

    /// A range of two negative figures joined by a tilde is one fact (a results
    /// forecast's table: `业绩变动环比 | -71.85%~-38.77% |`), with a full-width one too.
    #[test]
    fn negative_ends_after_a_tilde() {
        // (A full-width tilde too.)
        assert_eq!(
            q("区间为-5%～-3%。")
                .into_iter()
                .map(|r| (r.1, r.2))
                .collect::<Vec<_>>(),
            [(Some(json!(-5)), Some(json!(-3)))]
        );
        assert_eq!(
            q("业绩变动环比 | -71.85%~-38.77% |"),
            [(
                "-71.85%~-38.77%".to_string(),
                Some(json!(-71.85)),
                Some(json!(-38.77)),
                None
            )]
        );
    }

    #[test]
    fn ranges_are_one_fact() {
        // Budget and planning texts.
        assert_eq!(
            q("计划投资10-20万元。"),
            vec![(
                "10-20万元".into(),
                Some(json!(100000)),
                Some(json!(200000)),
                None
            )]
        );
        assert_eq!(
            q("预计增长3%-4%。"),
            vec![("3%-4%".into(), Some(json!(3)), Some(json!(4)), None)]
        );
        assert_eq!(
            q("排名在21-29位之间"),
            vec![("21-29位".into(), Some(json!(21)), Some(json!(29)), None)]
        );
        assert_eq!(q("两到三万港元")[0].1, Some(json!(20000)));
        assert_eq!(q("十八至三十万日元")[0].1, Some(json!(180000)));
        assert_eq!(q("一千到两千万元人民币")[0].1, Some(json!(10000000)));
        assert_eq!(q("八到九百亿泰铢")[0].1, Some(json!(80000000000u64)));
        assert_eq!(q("从8500到3万港元")[0].1, Some(json!(8500)));
        assert_eq!(
            q("1万元--5万元")[0],
            (
                "1万元--5万元".into(),
                Some(json!(10000)),
                Some(json!(50000)),
                None
            )
        );
    }

    #[test]
    fn vague_ranges() {
        assert_eq!(
            q("来了三、五十個人"),
            vec![(
                "三、五十個".into(),
                Some(json!(30)),
                Some(json!(50)),
                Some(Qualifier::Approx)
            )]
        );
        // In digits, in the Legislative Yuan's gazette
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09010101.txt and
        // LCEWC03_090113.txt).
        let f = q("中油總公司員工人數多達 8、9 百人");
        assert_eq!(
            (f[0].1.clone(), f[0].2.clone(), f[0].3),
            (Some(json!(800)), Some(json!(900)), Some(Qualifier::Approx)),
            "{f:?}"
        );
        let f = q("國內每年產值 4、50 億元的台豬市場");
        assert_eq!(
            (f[0].1.clone(), f[0].2.clone()),
            (Some(json!(4000000000i64)), Some(json!(5000000000i64))),
            "{f:?}"
        );
        // Tenths (成) in digits: 眾新聞 2017-08-10, a patient's `多咗差唔多3、4成`.
        let f = q("多咗差唔多3、4成（求診者）");
        assert_eq!(
            (f.len(), f[0].1.clone(), f[0].2.clone(), f[0].3),
            (1, Some(json!(30)), Some(json!(40)), Some(Qualifier::Approx)),
            "{f:?}"
        );
        assert_eq!(q("分别占3、4成").len(), 2);
        // Not after a unit of its own, nor two items far apart, nor figures each of
        // its own (`分别`), nor from nothing.
        assert_eq!(q("分别增长4、5%").len(), 2);
        assert_eq!(q("分别为1、10万元").len(), 2);
        let f = q("甲乙两村分别获得8、9万元补助。");
        assert_eq!(
            f.iter().map(|x| x.1.clone()).collect::<Vec<_>>(),
            [Some(json!(80000)), Some(json!(90000))],
            "{f:?}"
        );
        assert!(q("0、1万元").iter().all(|x| x.2.is_none()));
    }

    #[test]
    fn lists_share_the_unit() {
        let f = q("分别提高0.9、5.9个百分点");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].0.as_str(), f[0].1.clone()), ("0.9", Some(json!(0.9))));
        assert_eq!(f[1].1, Some(json!(5.9)));
        // A financial news digest: the first item repeats 个 of 个百分点.
        let f = q("分别高7.5个和4.5个百分点");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|x| x.0.contains('个')), "{f:?}");
        let kinds: Vec<_> = crate::facts::facts_of("分别高7.5个和4.5个百分点")
            .into_iter()
            .map(|f| (f.kind, f.unit))
            .collect();
        assert!(
            kinds
                .iter()
                .all(|(k, u)| *k == FactKind::Percent && u.as_deref() == Some("point")),
            "{kinds:?}"
        );
        let f = q("分别增长3.2、4.5和6.1%");
        assert!(f.iter().any(|x| x.1 == Some(json!(4.5))), "{f:?}");
        // Bare figures share the last one's scale word (定西市's 2021 bulletin, as
        // reprinted in Traditional script).
        let f = q("分別完成398.35、82.65、319.75億元。");
        let values: Vec<_> = f.iter().map(|x| x.1.clone()).collect();
        assert_eq!(
            values,
            [
                Some(json!(39835000000i64)),
                Some(json!(8265000000i64)),
                Some(json!(31975000000i64))
            ],
            "{f:?}"
        );
        // Unless the scale word would make an item far larger than the last one,
        // and without it the two are of one order: the item is written out whole
        // (a 眾新聞 article of 2017: `185 000及 18萬人`).
        let f = q("受影響人數達185 000及 18萬人。");
        assert_eq!(f[0].1, Some(json!(185000)), "{f:?}");
        let f = q("分别投入1,200和1,500万元。");
        assert_eq!(f[0].1, Some(json!(12000000)), "{f:?}");
    }

    #[test]
    fn not_ranges() {
        // A descending pair is no range; an ordinal list is no quantity.
        assert_eq!(q("第3至5届")[..], []);
        let f = q("由20-5人组成");
        assert!(f.iter().all(|x| x.2.is_none()), "{f:?}");
    }

    /// `及以上` and `以下` mark which end a range includes: the range itself has
    /// no qualifier (柳河县 2023 industry policy); `约` before it stays.
    #[test]
    fn a_bound_word_inside_a_range_is_no_qualifier() {
        let f = crate::facts::facts_of(
            "年度地方财政贡献1000万元及以上至2000万元的，奖励70%。约3%-4%。",
        );
        let money = f
            .iter()
            .find(|f| f.text == "1000万元及以上至2000万元")
            .unwrap();
        assert_eq!(money.qualifier, None);
        let pct = f.iter().find(|f| f.text == "约3%-4%").unwrap();
        assert_eq!(pct.qualifier, Some(Qualifier::Approx));
        // Before a bare start too (眾新聞 2019-01-10: `約1,000至2,000人`).
        let f = crate::facts::facts_of("估計約1,000至2,000人受影響。");
        let people = f.iter().find(|f| f.text == "約1,000至2,000人").unwrap();
        assert_eq!(people.qualifier, Some(Qualifier::Approx));
        // A bound before the start bounds no range so.
        let f = crate::facts::facts_of("最多1000至2000人。");
        assert!(f.iter().all(|f| f.qualifier.is_none()), "{f:?}");
    }
}
