//! Counts: a number followed by a measure word from `dicts/measure_words.txt`
//! (`6户`, `12位选手`, `3000余份`, `近万册`, Taiwan's `96 人`).
//!
//! Not counts: ordinals (`第五届`), words that only look numeric (the count must
//! start and end on word boundaries: `一对一`, `一年一度`), and counts written with
//! a single Chinese digit (`一个`, `两个晚上`, `三个活动室`), which are wording,
//! not figures (see the module docs of [`super`]).

use std::sync::OnceLock;

use crate::document::{FactKind, Qualifier};

use super::number_value;

use super::{qualifiers, Cand, Ctx, Num};

const TABLE: &str = include_str!("../../../../dicts/measure_words.txt");
const DURATIONS: &str = include_str!("../../../../dicts/duration_nouns.txt");

/// Time nouns that turn `N个…` into a duration.
fn duration_nouns() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        DURATIONS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Measure words, longest first.
pub(crate) fn measure_words() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        let mut v: Vec<&str> = TABLE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        v.dedup();
        v
    })
}

/// Measure words grouped by first character (each group longest first), so a
/// lookup compares only the words that can match.
fn by_first_char() -> &'static [(char, Vec<&'static str>)] {
    static F: OnceLock<Vec<(char, Vec<&'static str>)>> = OnceLock::new();
    F.get_or_init(|| {
        let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
        for &w in measure_words() {
            let Some(c) = w.chars().next() else { continue };
            match groups.iter_mut().find(|(f, _)| *f == c) {
                Some((_, g)) => g.push(w),
                None => groups.push((c, vec![w])),
            }
        }
        groups.sort_unstable_by_key(|(c, _)| *c);
        groups
    })
}

/// The measure words that start `rest`, longest first.
fn measure_words_at(rest: &str) -> impl Iterator<Item = &'static str> + '_ {
    let groups = by_first_char();
    let group = rest
        .chars()
        .next()
        .and_then(|c| groups.binary_search_by_key(&c, |(f, _)| *f).ok())
        .map_or(&[][..], |i| &groups[i].1[..]);
    group.iter().copied().filter(move |w| rest.starts_with(w))
}

/// The measure word at `pos`; after an Arabic number (`loose`) the word boundary
/// is not required: jieba glues a measure word to the noun after it (`200名志工`
/// → `名志工`), and an Arabic number is never part of an idiom.
fn measure_word_at_loose(cx: &Ctx, pos: usize, loose: bool) -> Option<usize> {
    if !loose {
        return measure_word_at(cx, pos);
    }
    let rest = cx.s.get(pos..)?;
    measure_word_at(cx, pos).or_else(|| measure_words_at(rest).next().map(|w| pos + w.len()))
}

/// The longest measure word at `pos` that ends a word.
fn measure_word_at(cx: &Ctx, pos: usize) -> Option<usize> {
    let rest = cx.s.get(pos..)?;
    measure_words_at(rest)
        .map(|w| pos + w.len())
        .find(|&end| cx.ends_word(end))
}

pub(crate) fn find(cx: &Ctx) -> Vec<Cand> {
    let mut out = Vec::new();
    for n in &cx.nums {
        if let Some(c) = count_at(cx, n) {
            out.push(c);
        }
    }
    // 七八十人, 几十个: a vague count is a range, approximate.
    for (n, upper) in &cx.vague {
        if let Some(mut c) = count_at(cx, n) {
            c.end_number = Some(*upper);
            c.qualifier = c.qualifier.or(Some(Qualifier::Approx));
            out.push(c);
        }
    }
    // A bare scale word after a qualifier: 近万册, 逾千人.
    for (i, w) in cx.s[cx.range.clone()]
        .match_indices(['十', '百', '千', '万', '亿'])
        .map(|(i, w)| (cx.range.start + i, w))
    {
        if let Some((qs, q)) = qualifiers::prefix(cx, i) {
            let Some(c) = w.chars().next() else { continue };
            let value = crate::chinese::numerals::small_unit(c)
                .map(f64::from)
                .or_else(|| crate::chinese::numerals::big_unit(c));
            let p = i + w.len();
            let Some(ue) = measure_word_at(cx, p) else {
                continue;
            };
            let mut c = Cand::new(FactKind::Count, qs..ue);
            c.value = value.and_then(number_value);
            c.unit = Some(cx.a.original(p..ue).to_string());
            c.unit_normalized = Some(cx.s[p..ue].to_string());
            c.qualifier = Some(q);
            c.object = cx.noun_after(ue);
            out.push(c);
        }
    }
    out
}

fn count_at(cx: &Ctx, n: &Num) -> Option<Cand> {
    if cx.is_ordinal(n) || !cx.numeral_starts_word(n) || super::bare_scale(cx, n) {
        return None;
    }
    if n.numeral.is_some_and(|x| x.is_single_cn_digit()) {
        return None;
    }
    let mut qualifier = n
        .numeral
        .filter(|x| x.more_than)
        .map(|_| Qualifier::MoreThan);
    let mut p = n.end;
    if let Some((e, q)) = qualifiers::infix(cx.s, p) {
        qualifier = qualifier.or(Some(q));
        p = e;
    }
    let spaced = cx.skip_spaces(p);
    // Spaces only between an Arabic (or masked) number and its unit.
    let arabic = n.numeral.is_none_or(|x| x.arabic);
    if spaced != p && !arabic {
        return None;
    }
    let unit_start = spaced;
    let unit_end = measure_word_at_loose(cx, unit_start, arabic && !n.masked())?;
    let after = &cx.s[unit_end..];
    if duration_nouns().iter().any(|w| after.starts_with(w)) {
        return None;
    }
    let (range, qualifier) = qualifiers::around(cx, n.start, unit_end, qualifier);
    let end = range.end;
    let mut c = Cand::new(FactKind::Count, range);
    c.value = n.value().and_then(number_value);
    c.incomplete = n.masked();
    c.unit = Some(cx.a.original(unit_start..unit_end).to_string());
    c.unit_normalized = Some(cx.s[unit_start..unit_end].to_string());
    c.qualifier = qualifier;
    if end == unit_end {
        c.object = cx.noun_after(unit_end).or_else(|| cx.noun_rest(unit_end));
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use crate::document::{FactKind, Qualifier};
    use crate::facts::facts_of;
    use serde_json::json;

    type Row = (
        String,
        Option<serde_json::Value>,
        Option<Qualifier>,
        Option<String>,
    );

    fn counts(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| (f.text, f.value.map(Into::into), f.qualifier, f.object))
            .collect()
    }

    /// Units of measurement and the classifiers of statistics are counts; a
    /// spaced or wrapped 第 still makes an ordinal.
    #[test]
    fn units_and_statistical_classifiers() {
        // Daqing's 2014 rural economy analysis; cn-city-gwr reports; LY motions.
        assert_eq!(
            counts("粮食总产量达106.68亿斤")[0].1,
            Some(json!(10668000000u64))
        );
        assert_eq!(counts("新建天然气井12口、续建8口")[0].0, "12口");
        assert_eq!(counts("夺得金牌75枚")[0].0, "75枚");
        assert_eq!(counts("家禽存栏500万羽")[0].1, Some(json!(5000000)));
        assert_eq!(counts("一年共排放 2.5 萬公噸")[0].0, "2.5 萬公噸");
        assert!(counts("檢送歲出第\n  4 款第 10 項").is_empty());
    }

    /// A unit that begins with 千 or 百 after 万 or 亿: the scale ends the number.
    #[test]
    fn a_unit_in_thousands_after_a_scale() {
        // The wind-power plan in an energy news digest (2011): 至2015年末，并网风电
        // 累计装机容量要达到1亿千瓦，年发电量要达到1900亿千瓦时.
        let f = counts("累计装机容量要达到1亿千瓦，年发电量要达到1900亿千瓦时。");
        assert_eq!(f[0].0, "1亿千瓦");
        assert_eq!(f[0].1, Some(json!(100000000)));
        assert_eq!(f[1].1, Some(json!(190000000000u64)));
        // Grain and capacity figures of the kind statistical bulletins print.
        assert_eq!(counts("储备3亿千克")[0].1, Some(json!(300000000)));
        assert_eq!(counts("新增装机5万千瓦")[0].1, Some(json!(50000)));
        // A numeral goes on after the scale: 三万一千 is one number.
        assert_eq!(counts("三万一千人")[0].1, Some(json!(31000)));
    }

    /// A list that an ordinal opens is ordinals throughout; a number written the
    /// other way after an ordinal is a new phrase.
    #[test]
    fn lists_opened_by_an_ordinal_are_ordinals() {
        // cn-city-gwr/city-142: two plants ranked 1st and 2nd in the province.
        assert!(counts("两家企业年屠宰产能分别排全省第1、2位，全州猪肉精细化分割").is_empty());
        // The Legislative Yuan gazette's sessions (`第4、5、6、7次`), and articles.
        assert!(counts("本院第4、5、6、7次會議").is_empty());
        assert!(counts("依同法第十六、十八、十九條規定").is_empty());
        assert!(counts("第3至5届运动会").is_empty());
        // cn-city-gwr/city-027: "3 items ranked 3rd, 1 item ranked 2nd", "2 items ranked 2nd".
        let t =
            "上半年4项指标中有3项获全省第三、1项第二。公安4项工作名列全省第一、2项工作名列全省第二";
        let got: Vec<String> = counts(t).into_iter().map(|r| r.0).collect();
        assert_eq!(got, ["4项", "3项", "1项", "4项", "2项"]);
    }

    #[test]
    fn counts_with_measure_words_and_objects() {
        assert_eq!(
            counts("共有12位選手參加"),
            vec![("12位".into(), Some(json!(12)), None, Some("選手".into()))]
        );
        assert_eq!(
            counts("共走访慰问困难家庭6户，"),
            vec![("6户".into(), Some(json!(6)), None, None)]
        );
        assert_eq!(
            counts("累計發放宣傳單3000餘份，"),
            vec![(
                "3000餘份".into(),
                Some(json!(3000)),
                Some(Qualifier::MoreThan),
                None
            )]
        );
        assert_eq!(
            counts("各类图书近万册；"),
            vec![(
                "近万册".into(),
                Some(json!(10000)),
                Some(Qualifier::Nearly),
                None
            )]
        );
        assert_eq!(
            counts("出席委員 96 人，"),
            vec![("96 人".into(), Some(json!(96)), None, None)]
        );
        assert_eq!(counts("参会人员一百二十名。")[0].1, Some(json!(120)));
        assert_eq!(counts("培训十余万人次")[0].1, Some(json!(100000)));
    }

    #[test]
    fn not_counts() {
        for t in [
            "社区进行了第五届的迎中秋象棋赛",
            "两个晚上",
            "三個活動室",
            "每人负责一户贫困户",
            "一对一帮扶",
            "大家一起座谈",
            "持续3个月",
        ] {
            assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
        }
    }

    #[test]
    fn masked_counts_are_incomplete() {
        let f = facts_of("受益居民20xx餘人，");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "20xx餘人");
        assert!(f[0].incomplete);
        assert_eq!(f[0].value, None);
    }
}
