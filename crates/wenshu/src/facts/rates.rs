//! Rates: the denominator of money or a count (`4.25元/吨` → per `吨`,
//! `2536美元/盎司`, `120吨/日`, `3.5万元/户`, `每户补助5000元` → per `户`). The
//! denominator is a unit or classifier (`dicts/units.tsv`) or a unit of
//! `dicts/rate_units.txt`; `/吨` after the number is part of the fact's text.

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::FactKind;

use super::counts::measure_words;
use super::{Cand, Ctx};

const TABLE: &str = include_str!("../../../../dicts/rate_units.txt");

/// Signs of "per" between an amount and its denominator: the solidus, its
/// full-width form and the division slash (U+2215) that PDF copies and Taiwan's
/// government documents print (`14.3 平方公尺∕每生`).
const SLASHES: &[char] = &['/', '／', '∕'];

/// What `X均` averages over (`人均`, `户均`, `亩均`, `床均`): the denominator.
/// Not time (`年均增长`, `日均` are averages over a period, no rate of a thing).
const AVERAGED_OVER: &[char] = &['人', '户', '亩', '床', '车'];

/// How far back a `每` is looked for in the clause, in characters.
const EACH_CHARS: usize = 16;

/// Rate denominators, longest first.
fn units() -> &'static [&'static str] {
    static U: OnceLock<Vec<&'static str>> = OnceLock::new();
    U.get_or_init(|| {
        let mut v: Vec<&str> = super::dict_lines(TABLE).chain(measure_words()).collect();
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        v
    })
}

/// The denominator at `pos`: its range.
fn unit_at(cx: &Ctx, pos: usize) -> Option<Range<usize>> {
    let rest = cx.s.get(pos..)?;
    units()
        .iter()
        .find(|u| rest.starts_with(**u))
        .map(|u| pos..pos + u.len())
        .filter(|r| {
            // A Latin unit not glued to more letters or digits; a Chinese one may
            // stand right before its number (`每月4萬元`, `每户3.5万元`).
            let latin = cx.s[r.clone()].ends_with(|c: char| c.is_ascii_alphabetic());
            !latin || cx.at(r.end).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
}

/// Mark `c` as a rate when a denominator follows it (`/吨`) or a `每` opens its
/// clause (`每户补助5000元`).
pub(crate) fn mark(cx: &Ctx, c: &mut Cand) {
    if !matches!(c.kind, FactKind::Money | FactKind::Count) || c.per.is_some() {
        return;
    }
    // Spaces may stand before the slash (`14.3 平方公尺 ∕ 每生`).
    let p = cx.skip_spaces(c.range.end);
    if let Some(slash) = SLASHES.iter().copied().find(|s| cx.at(p) == Some(*s)) {
        let mut q = cx.skip_spaces(p + slash.len_utf8());
        // `元/每人`, `平方公尺∕每生`: the 每 says again what the slash says, and
        // the word after it is the denominator even when it is no unit (`生`,
        // a pupil).
        let each = cx.at(q) == Some('每');
        if each {
            q += '每'.len_utf8();
        }
        // The word after 每: the rest of its token (the segmentation may glue
        // 每 to it: `每生`), else a short word that closes the phrase (`每生）`).
        let word = || {
            let han = |r: &std::ops::Range<usize>| {
                !r.is_empty() && cx.s[r.clone()].chars().all(crate::chinese::chars::is_han)
            };
            let run = cx.s[q..]
                .char_indices()
                .find(|(_, ch)| !crate::chinese::chars::is_han(*ch))
                .map_or(cx.s.len(), |(k, _)| q + k);
            cx.token_at(q)
                .map(|t| q..t.end)
                .filter(han)
                .or_else(|| Some(q..run).filter(|r| han(r) && cx.s[r.clone()].chars().count() <= 2))
        };
        if let Some(r) = unit_at(cx, q).or_else(|| each.then(word).flatten()) {
            c.range.end = r.end;
            c.per = Some(r);
            return;
        }
    }
    // 每 + unit earlier in the clause, with no other number between.
    let head = &cx.s[..c.range.start];
    for (n, (i, ch)) in head.char_indices().rev().enumerate() {
        if n >= EACH_CHARS
            || matches!(ch, '，' | '。' | '；' | '：' | ',' | ';' | '\n')
            || ch.is_ascii_digit() && !in_year(head, i)
        {
            return;
        }
        // `人均可支配收入32000元`, `户均增收3500元`: 人均 is 每人平均, its first
        // character the denominator (not of an age: `人均预期寿命78.5岁`).
        // (Not `客户均可`, `账户均被`: 户 there ends another word; nor a 人均
        // that names something else before `的`: `人均GDP最高的深圳市生产总值`.)
        if ch == '均' && c.unit_normalized.as_deref() != Some("岁") && !modifies_other(&head[i..])
        {
            if let Some(r) = averaged_over(cx, i) {
                c.per = Some(r);
                return;
            }
        }
        if ch == '每' {
            if let Some(r) = unit_at(cx, i + ch.len_utf8()) {
                // 每个县, 每名考生: a general classifier's noun is the denominator.
                let general = matches!(&cx.s[r.clone()], "个" | "名" | "位");
                c.per = Some(if general {
                    cx.noun_after(r.end).unwrap_or(r)
                } else {
                    r
                });
            }
            return;
        }
    }
}

/// A rate named by its subject: money or a count whose indicator is averaged
/// over a person or a household (`人均GDP从2020年的5.2万元提高到2025年的7.4万元`:
/// the second figure is as much per person as the first). Runs after subjects.
pub(crate) fn from_subjects(cx: &Ctx, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if !matches!(c.kind, FactKind::Money | FactKind::Count)
            || c.per.is_some()
            || c.unit_normalized.as_deref() == Some("岁")
            // People counted are never per person (`1700多万人次` beside a
            // subsidy per person).
            || c.dimension == Some(crate::document::Dimension::People)
        {
            continue;
        }
        let Some(r) = c.subject.clone() else { continue };
        let text = &cx.s[r.clone()];
        let Some(i) = text.find('均') else { continue };
        if !modifies_other(&text[i..]) {
            c.per = averaged_over(cx, r.start + i);
        }
    }
}

/// The denominator of the `均` at byte `jun` (`人均`, `户均`): the character
/// before it, when it is one of [`AVERAGED_OVER`] and starts its word (not
/// `客户均可`, where 户 ends another word).
fn averaged_over(cx: &Ctx, jun: usize) -> Option<Range<usize>> {
    let d = cx.before(jun)?;
    let at = jun - d.len_utf8();
    (AVERAGED_OVER.contains(&d) && cx.token_at(at).is_none_or(|t| t.start == at)).then_some(at..jun)
}

/// Whether the digit at `i` belongs to a year (`2020年的`, `前年`): a time,
/// not another amount between the figure and its `每`/`X均`.
fn in_year(head: &str, i: usize) -> bool {
    head[i..]
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with('年')
}

/// Whether a `的` after `X均` makes 人均 a modifier of something else
/// (`人均GDP最高的深圳市生产总值`), rather than closing a time (`从前年的500元`,
/// `由2015年的11230元`, `去年同期的`).
fn modifies_other(after: &str) -> bool {
    after
        .match_indices('的')
        .any(|(k, _)| !after[..k].ends_with(['年', '月', '期', '日', '末', '底', '初']))
}

#[cfg(test)]
mod tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    fn per(t: &str) -> Vec<(String, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| matches!(f.kind, FactKind::Money | FactKind::Count))
            .map(|f| (f.text, f.per))
            .collect()
    }

    /// `人均`, `户均`, `亩均` say what an amount is per (池州's 2016 bulletin:
    /// `人均GDP 40919元`; ../shared/corpus/reports/cn-city-gwr: `城镇、农村居民人均
    /// 可支配收入分别达43900元`, `亩均税收10.1万元`); not a period's average
    /// (`日均客流`), not a change in percent, not an age.
    #[test]
    fn averaged_over_a_person_or_household() {
        assert_eq!(per("全市人均GDP 40919元。")[0].1.as_deref(), Some("人"));
        assert_eq!(
            per("城镇、农村居民人均可支配收入分别达43900元和23000元。")[0]
                .1
                .as_deref(),
            Some("人")
        );
        assert_eq!(per("户均增收3500元。")[0].1.as_deref(), Some("户"));
        assert_eq!(per("亩均税收10.1万元。")[0].1.as_deref(), Some("亩"));
        assert_eq!(per("全年日均客流12万人次。")[0].1, None);
        assert_eq!(per("年均增收1200元。")[0].1, None);
        assert_eq!(per("所有账户均被冻结资金500万元。")[0].1, None);
        assert_eq!(per("客户均可获得100元优惠券。")[0].1, None);
        assert_eq!(per("人均GDP最高的深圳市生产总值达3.2万亿元。")[0].1, None);
    }

    /// Energy or water per unit of value (大庆市统计局's 2017 first-quarter review:
    /// `单位GDP能耗为1.0439吨标准煤/万元`; bulletins' `每万元GDP用水量12立方米`).
    #[test]
    fn per_ten_thousand_yuan_of_value() {
        let f = per("单位GDP能耗为1.0439吨标准煤/万元。");
        assert_eq!(f[0].1.as_deref(), Some("万元"), "{f:?}");
        let f = per("每万元GDP用水量12立方米。");
        assert_eq!(f[0].1.as_deref(), Some("万元"), "{f:?}");
    }

    /// A year or a time with `的` between `X均` and the amount is no other amount
    /// and no modifier (../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-11.txt:
    /// `人均GDP从2020年的5.2万元提高到2025年的7.4万元`; prov-2026-25.txt: `城乡居民人均
    /// 可支配收入从2021年的46503元和16935元`; a county's summary: `人均消费支出也从前年的
    /// 500元`).
    #[test]
    fn averaged_over_across_a_time() {
        let f = per("人均GDP从2020年的5.2万元提高到2025年的7.4万元。");
        assert_eq!(f[0].1.as_deref(), Some("人"), "{f:?}");
        let f = per("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和24000元。");
        assert_eq!(f[0].1.as_deref(), Some("人"), "{f:?}");
        let f = per("全县居民人均消费支出也从前年的500元增长至700元。");
        assert_eq!(f[0].1.as_deref(), Some("人"), "{f:?}");
        // The later figure of the same indicator, through its subject.
        assert_eq!(f[1].1.as_deref(), Some("人"), "{f:?}");
        let f = per("人均GDP从2020年的5.2万元提高到2025年的7.4万元。");
        assert_eq!(f[1].1.as_deref(), Some("人"), "{f:?}");
        // Another amount between still stops the search.
        assert_eq!(per("人均补助300元和村集体收入5万元。")[1].1, None);
    }

    /// `每` and its unit right before the amount (the Chief Executive's 2013 Policy
    /// Address, LegCo record of 2013-01-16: `入息限額訂在每月4萬元`;
    /// ../shared/corpus/reports/cn-city-gwr/city-017.txt: `城乡低保标准提高至每月1050元`,
    /// city-028.txt: `由每户200元提高到1110元`; gwr-national-2012.txt: `由每人每年
    /// 120元`).
    #[test]
    fn each_right_before_the_amount() {
        assert_eq!(per("入息限額訂在每月4萬元")[0].1.as_deref(), Some("月"));
        assert_eq!(
            per("城乡低保标准提高至每月1050元")[0].1.as_deref(),
            Some("月")
        );
        assert_eq!(
            per("取暖补助标准由每户200元提高到1110元")[0].1.as_deref(),
            Some("户")
        );
        assert_eq!(
            per("补助标准由每人每年120元提高到200元")[0].1.as_deref(),
            Some("年")
        );
    }

    #[test]
    fn rates_name_their_denominator() {
        assert_eq!(
            per("水价调整为4.25元/吨。"),
            vec![("4.25元/吨".into(), Some("吨".into()))]
        );
        assert_eq!(per("金价报2536美元/盎司")[0].1.as_deref(), Some("盎司"));
        assert_eq!(per("日处理能力120吨/日")[0].1.as_deref(), Some("日"));
        assert_eq!(per("标准为3.5万元/户")[0].1.as_deref(), Some("户"));
        assert_eq!(per("每户补助5000元。")[0].1.as_deref(), Some("户"));
        assert_eq!(per("每股派发现金红利0.35元")[0].1.as_deref(), Some("股"));
        assert_eq!(per("每名考生都能申请6所")[0].1.as_deref(), Some("考生"));
    }

    /// The full-width slash and the division slash are slashes, and a 每 after
    /// one says the same.
    #[test]
    fn slashes_and_each_after_them() {
        // johnlinp/neihu-urban-planning@874e25b1eed43f5d7b6b0000096200ed29e9da8b:
        // chapter-3/section-5.md (school land per pupil).
        assert_eq!(
            per("國小用地不足（14.3 平方公尺∕每生）"),
            vec![("14.3 平方公尺∕每生".into(), Some("生".into()))]
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09010101.txt.
        assert_eq!(
            per("度預計平均發供電成本 2.4258 元/每度")[0].1.as_deref(),
            Some("度")
        );
        // ../shared/corpus/reports/cn-city-gwr/city-011.txt.
        assert_eq!(
            per("全员劳动生产率预计达10.64万元／人")[0].1.as_deref(),
            Some("人")
        );
    }

    /// Groups are counted with 组 (a 东营 community's volunteer record: teams of
    /// ten households each; ../shared/corpus/reports/cn-city-gwr/city-096.txt:
    /// street lamps in sets), and a group may be the denominator.
    #[test]
    fn groups_are_counted_and_divide() {
        let f = per("共分成10组，每组负责70户左右。");
        assert_eq!(f[0].0, "10组", "{f:?}");
        assert_eq!(f[1].1.as_deref(), Some("组"), "{f:?}");
        let f = per("安装农村路灯9113组。");
        assert_eq!(f[0].0, "9113组", "{f:?}");
        // A villagers' group of an address is numbered, not counted.
        assert!(per("家住红星村3组。").is_empty());
        // Cattle and sheep counted together (正蓝旗's ten-year review).
        let f = facts_of("全苏木牲畜存栏3.66万头只。");
        assert_eq!(f[0].unit.as_deref(), Some("头只"), "{f:?}");
    }

    #[test]
    fn totals_are_no_rates() {
        assert_eq!(per("全年投资3.5万元。")[0].1, None);
        // 每 before another number belongs to that one.
        let f = per("每年新增5家，总投资20亿元");
        assert!(f.iter().all(|x| x.0 != "20亿元" || x.1.is_none()), "{f:?}");
    }
}
