//! Named periods and parts of a year or a month, as words: quarters and halves
//! (`一季度`, `第3季`, `上半年`), fiscal and school years (`财年`, `学年度`), parts
//! (`年底`, `月初`, `上旬`). The words are data (`dicts/date_periods.tsv`,
//! `dicts/date_parts.tsv`); [`super::dates`] decides where they attach.

use crate::document::{Part, Period};

const PERIODS: &str = include_str!("../../../../dicts/date_periods.tsv");
const PARTS: &str = include_str!("../../../../dicts/date_parts.tsv");

/// A named period of a year: its months (none for a fiscal or school year).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Named {
    pub(crate) months: Option<(u32, u32)>,
    pub(crate) period: Period,
}

fn period_name(s: &str) -> Period {
    match s {
        "Q1" => Period::Q1,
        "Q2" => Period::Q2,
        "Q3" => Period::Q3,
        "Q4" => Period::Q4,
        "H1" => Period::H1,
        "H2" => Period::H2,
        "FY" => Period::FY,
        other => panic!("dicts/date_periods.tsv: unknown period {other}"),
    }
}

fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The period words, longest first.
fn periods() -> &'static [(&'static str, Named)] {
    static P: std::sync::OnceLock<Vec<(&'static str, Named)>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut v: Vec<_> = rows(PERIODS)
            .map(|r| {
                let [word, first, last, period] = r[..] else {
                    panic!("dicts/date_periods.tsv: word<TAB>first<TAB>last<TAB>period");
                };
                let months = first.parse().ok().zip(last.parse().ok());
                (
                    word,
                    Named {
                        months,
                        period: period_name(period),
                    },
                )
            })
            .collect();
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        v
    })
}

/// The part words, longest first.
fn parts() -> &'static [(&'static str, Part)] {
    static P: std::sync::OnceLock<Vec<(&'static str, Part)>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut v: Vec<_> = rows(PARTS)
            .map(|r| {
                let [word, part] = r[..] else {
                    panic!("dicts/date_parts.tsv: word<TAB>part");
                };
                let part = match part {
                    "start" => Part::Start,
                    "middle" => Part::Middle,
                    "end" => Part::End,
                    other => panic!("dicts/date_parts.tsv: unknown part {other}"),
                };
                (word, part)
            })
            .collect();
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        v
    })
}

/// A quarter or half of a year at the start of `rest` (`一季度`, `第3季`,
/// `上半年`), and its length. A word ending in a bare `季` needs a year before it
/// (`after_year`): alone, `第三季` may be a season of a show.
pub(crate) fn period_at(rest: &str, after_year: bool) -> Option<(usize, Named)> {
    let first = rest.chars().next()?;
    if !"上前下后第首一二三四1234".contains(first) {
        return None;
    }
    periods()
        .iter()
        .filter(|(_, n)| n.months.is_some())
        .find(|(w, _)| rest.starts_with(w) && (after_year || !w.ends_with('季')))
        .map(|(w, n)| (w.len(), *n))
}

/// [`period_at`] where Taiwan's style spaces the number off (`106 年第 1 季`):
/// the length is that of the original, spaces included.
pub(crate) fn period_at_spaced(rest: &str, after_year: bool) -> Option<(usize, Named)> {
    let trimmed = rest.trim_start_matches(' ');
    let lead = rest.len() - trimmed.len();
    let rest = trimmed;
    // Only the head of the text matters (the longest word is short).
    if !rest.chars().take(12).any(|c| c == ' ') {
        return period_at(rest, after_year).map(|(l, n)| (l + lead, n));
    }
    // The compact text of the first few characters and where each of its bytes came from.
    let mut compact = String::new();
    let mut from = Vec::new();
    for (i, c) in rest.char_indices().take(12) {
        if c != ' ' {
            compact.push(c);
            from.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
    }
    let (len, named) = period_at(&compact, after_year)?;
    let last = from[len - 1];
    let end = last + rest[last..].chars().next()?.len_utf8();
    Some((lead + end, named))
}

/// A fiscal or school year's word after a year number (`财年`, `学年度`).
pub(crate) fn fiscal_at(rest: &str) -> Option<usize> {
    if !rest.starts_with(['财', '会', '学']) {
        return None;
    }
    periods()
        .iter()
        .filter(|(_, n)| n.months.is_none())
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, _)| w.len())
}

/// Characters that make `X年` a word for many years or an age (`多年`, `历年`,
/// `青年`, `新年`): `多年底层` holds no `年底`.
pub(crate) const YEARS_BEFORE_PART: &str = "多历近连常往成青少老童长周百千万几数新";

fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A part word at the start of `rest` (`年底`, `月初`, `上旬`) that is not the head
/// of another word: `初步`, `初一` (a lunar day), `中国`.
pub(crate) fn part_at(rest: &str) -> Option<(usize, Part)> {
    let first = rest.chars().next()?;
    if !parts().iter().any(|(w, _)| w.starts_with(first)) {
        return None;
    }
    let (w, part) = parts().iter().find(|(w, _)| rest.starts_with(w))?;
    let next = rest[w.len()..].chars().next();
    let head_of_word = match w.chars().next_back() {
        Some('初') => {
            next.is_some_and(|c| crate::chinese::numerals::cn_digit(c).is_some() || c == '十')
        }
        Some('中') => {
            next.is_some_and(han) || {
                // `2007年中、高等职业教育`, `中、小学`: 中 heads a list of levels.
                let mut after = rest[w.len()..].chars();
                after.next().is_some_and(|c| "、和与及".contains(c))
                    && after.next().is_some_and(|c| LEVELS_AFTER_ZHONG.contains(c))
            }
        }
        _ => false,
    };
    let head_of_word = head_of_word || part_char_heads_word(&rest[w.len() - last_len(w)..]);
    (!head_of_word).then_some((w.len(), *part))
}

fn last_len(w: &str) -> usize {
    w.chars().next_back().map_or(0, char::len_utf8)
}

/// Words that open with a part character (初, 末, 底) and say something else:
/// `初步` (preliminary), `初次` (first time), `末端` (far end). In `第4季初步統計` (CNA 2018-02-13) there is no start of a period.
/// Not words whose second character opens a word of its own after the part
/// (`年底部分并网`, `年底氣候`, `年底盘点`, `年初审计`, `年末班子`): those stay parts.
const WORDS_OPENED_BY_PART: &[&str] = &["初步", "初次", "初级", "初級", "初衷", "末端", "末梢"];

/// Whether the part character at the start of `rest` (`初`, `末`, `底`) is the
/// first character of a longer word ([`WORDS_OPENED_BY_PART`]).
pub(crate) fn part_char_heads_word(rest: &str) -> bool {
    WORDS_OPENED_BY_PART.iter().any(|w| rest.starts_with(w))
}

/// A part word right after its unit written again (`2013年年中`, `今年年中`,
/// `5月月中`): the repeated unit leaves `年中` no reading but mid-year, whatever
/// follows, unless a name opens at 中 (`中国`, `中央`, `中华`, `中共`).
pub(crate) fn part_at_repeated(rest: &str) -> Option<(usize, Part)> {
    if let Some(found) = part_at(rest) {
        return Some(found);
    }
    let (w, part) = parts().iter().find(|(w, _)| rest.starts_with(w))?;
    let next = rest[w.len()..].chars().next();
    (w.chars().count() == 2
        && w.ends_with('中')
        && !next.is_some_and(|c| NAMES_AFTER_ZHONG.contains(c)))
    .then_some((w.len(), *part))
}

/// Characters that with 中 make a name (`中国`, `中央`, `中华`, `中共`).
const NAMES_AFTER_ZHONG: &str = "国央华共";

/// Levels listed after 中 (`中、高等`, `中、小学`, `中、长期`, `中、低收入`).
const LEVELS_AFTER_ZHONG: &str = "高低初小大长短";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_read() {
        assert_eq!(period_at("一季度", false).unwrap().1.period, Period::Q1);
        assert_eq!(period_at("第三季度", false).unwrap().0, "第三季度".len());
        assert!(period_at("第三季", false).is_none());
        assert_eq!(period_at("第3季", true).unwrap().1.months, Some((7, 9)));
        assert_eq!(period_at("下半年", false).unwrap().1.period, Period::H2);
        assert_eq!(fiscal_at("学年度招生"), Some("学年度".len()));
        assert_eq!(part_at("年底前").map(|p| p.1), Some(Part::End));
        assert!(part_at("年初步核算").is_none());
        // CNA 2018-02-13 (cna.com.tw/news/firstnews/201802130204.aspx):
        // `106年第4季初步統計`: preliminary figures for the whole quarter.
        assert!(part_char_heads_word("初步統計經濟成長率"));
        assert!(part_at("月初次").is_none());
        // A city government work report (../shared/corpus/reports/cn-city-gwr/city-056.txt):
        // `光伏项目年底部分并网发电`: the end of the year, then 部分.
        assert_eq!(part_at("年底部分并网").map(|p| p.1), Some(Part::End));
        assert!(!part_char_heads_word("底部分并网"));
        // Legislative Yuan proceedings (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090119.txt):
        // `104 年年底氣候異常`: the end of 2015, then 氣候.
        assert_eq!(part_at("年底氣候異常").map(|p| p.1), Some(Part::End));
        assert!(part_at("年中国").is_none());
        assert!(part_at("月初一").is_none());
        assert_eq!(part_at("年中，").map(|p| p.1), Some(Part::Middle));
        // A government work report (../shared/corpus/reports/cn-national-gwr/gwr-national-2008.txt):
        // `2007年中、高等职业教育`: the year, then 中等 and 高等.
        assert!(part_at("年中、高等职业教育").is_none());
        assert_eq!(part_at("年中、下半年").map(|p| p.1), Some(Part::Middle));
        let (len, n) = period_at_spaced(" 第 1 季（", true).unwrap();
        assert_eq!((len, n.period), (" 第 1 季".len(), Period::Q1));
    }
}
