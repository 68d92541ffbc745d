//! Which side of the strait a document is on, from evidence a reader accepts:
//! Taiwan's currency (`新臺幣`, `台幣`, `NT$`), the Republic's name as a word
//! (`中華民國`), ROC years (`民國105年`, and three-digit years beside months such
//! as `112年5月`, which mainland texts never write). Never a substring of another
//! word: `全民国防`, `殖民国家`, `人民国家` hold `民国` but say nothing. Mainland
//! evidence: Simplified script, or the People's Republic's own names. The region
//! only sets defaults (a bare `元` is TWD in a Taiwan document; a two- or
//! three-digit year before `年` is an ROC year); a marker beside a fact wins.

use crate::document::{Region, Script};

/// The region of a document, from its byte-aligned Simplified copy and its script.
pub fn decide(simplified: &str, script: Script) -> Option<Region> {
    if taiwan_evidence(simplified) {
        return Some(Region::Tw);
    }
    let mainland = [
        "中华人民共和国",
        "人民币",
        "人民政府",
        "国务院",
        "全国人民代表大会",
    ]
    .iter()
    .any(|w| simplified.contains(w));
    match script {
        Script::Simplified | Script::Mixed => Some(Region::Cn),
        _ if mainland => Some(Region::Cn),
        _ => None,
    }
}

/// Is there evidence of a Taiwan document in the (Simplified) text? One pass over
/// the characters that start a marker.
pub fn taiwan_evidence(s: &str) -> bool {
    let mut year_months = 0;
    for (i, c) in s.match_indices(['N', '中', '台', '民', '年', '学']) {
        let rest = &s[i..];
        let hit = match c {
            "N" => rest.starts_with("NT$"),
            "中" => rest.starts_with("中华民国"),
            // 新台币 / 台币, but not 平台币 (a platform's token).
            "台" => rest.starts_with("台币") && !s[..i].ends_with('平'),
            // 民国 + a year: 民国105年, 民国 一〇五 年.
            "民" => rest.starts_with("民国") && roc_year_after(&rest["民国".len()..]),
            // Three-digit ROC years beside a month, twice: 112年5月, 105年3月2日.
            // An ROC school year (`111學年度`) counts as an ROC year beside a month.
            "学" => {
                year_months +=
                    usize::from(rest.starts_with("学年") && three_digit_roc_year_before(s, i));
                year_months >= 2
            }
            _ => {
                year_months += usize::from(three_digit_year_month_at(s, i));
                year_months >= 2
            }
        };
        if hit {
            return true;
        }
    }
    false
}

/// A year number (Arabic or Chinese digits, spaces allowed) then `年`.
fn roc_year_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let digits: String = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit()
                || "〇零一二三四五六七八九十百".contains(*c)
                || c.is_whitespace()
                || ('０'..='９').contains(c)
        })
        .collect();
    let n = digits.chars().filter(|c| !c.is_whitespace()).count();
    n > 0 && rest[digits.len()..].starts_with('年')
}

/// Three Arabic digits right before byte `i` (spaces between them and `i` allowed,
/// as text taken from PDF writes `103 年 6 月`), not inside a longer number, that
/// make an ROC year (60–150, 1971–2061).
fn three_digit_roc_year_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let mut i = i;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    if i < 3 {
        return false;
    }
    let d = &b[i - 3..i];
    if !d.iter().all(u8::is_ascii_digit) || (i >= 4 && b[i - 4].is_ascii_digit()) {
        return false;
    }
    let y: u32 = std::str::from_utf8(d)
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    (60..=150).contains(&y)
}

/// Whether a three-digit year from 60 to 150 of the ROC calendar (1971–2061)
/// stands before the `年` at byte `i`, not inside a longer number, with a month
/// after it (`112年5月`, `105年 3 月`).
fn three_digit_year_month_at(s: &str, i: usize) -> bool {
    if !three_digit_roc_year_before(s, i) {
        return false;
    }
    let after = s[i + '年'.len_utf8()..].trim_start_matches(' ');
    let month: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after_month = after[month.len()..].trim_start_matches(' ');
    !month.is_empty()
        && month.len() <= 2
        && (1..=12).contains(&month.parse::<u32>().unwrap_or(0))
        && after_month.starts_with('月')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_only_contain_minguo_are_not_evidence() {
        // ../shared/corpus/reports/cn-city-gwr (mainland city reports) and the
        // national reports: 全民国防教育, 殖民国家, 人民国家.
        for s in [
            "加强全民国防教育，巩固军政军民团结。",
            "反对殖民国家的掠夺",
            "建设社会主义的人民国家",
            "搭建交易平台币值稳定",
        ] {
            assert!(!taiwan_evidence(s), "{s}");
            assert_eq!(decide(s, Script::Simplified), Some(Region::Cn));
        }
    }

    #[test]
    fn taiwan_evidence_a_reader_accepts() {
        for s in [
            // The Legislative Yuan's gazette (../shared/corpus/reports/tw-ly-proceedings).
            "中华民国105年3月2日",
            "民国112年5月20日",
            "民国 一〇五 年",
            // Budget texts: 新臺幣 after conversion.
            "编列新台币5亿元",
            "减资NT$200万",
            // A company's resolutions: 105年第六次董事会 … 105年3月2日, 105年 3 月 8 日.
            "105年3月2日董事会通过；105年 3 月 8 日公告",
            // A Legislative Yuan report as taken from PDF (ronnywang/ly.gov.tw):
            // 最重本刑 3 年以上 … 103 年 6 月 … 105 年 12 月 20 日.
            "最重本刑 3 年以上的刑案，自 103 年 6 月起；105 年 12 月 20 日修正",
            // pinkwen923/IITMlab, src/content/page/PopularSciencepage.js.
            "111学年度，国立科学工艺博物馆；111学年度，木栅国小",
        ] {
            assert!(taiwan_evidence(s), "{s}");
            assert_eq!(decide(s, Script::Traditional), Some(Region::Tw));
        }
        // One three-digit year-month alone is not enough; a four-digit year never counts.
        assert!(!taiwan_evidence("112年5月"));
        assert!(!taiwan_evidence("2022学年度，2023学年度"));
        assert!(!taiwan_evidence("2023年5月，2024年6月"));
        // A mainland text in Traditional script (the 1954 report as printed).
        assert_eq!(
            decide("中華人民共和國國務院 中华人民共和国", Script::Traditional),
            Some(Region::Cn)
        );
        assert_eq!(decide("", Script::None), None);
    }
}
