//! Dates the way the press and Taiwan's official letters write them, through the
//! command: the day, month or year in brackets after a word relative to the day of
//! writing (`今（13）日`, `本(3)月 7 日`, `去（104）年`), a dispatch's dateline
//! (`台北9日電`), a day named alone in a dated story (`北院5日裁定`), and the
//! lengths a court measures out (`延長羈押2月`, `28年6月徒刑`), which are no dates.

mod common;

use common::*;
use serde_json::Value;

/// (kind, text, value) of each date and duration of `text`, read with a
/// reference date.
fn facts(text: &str, reference: &str) -> Vec<(String, String, String)> {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("doc.txt");
    std::fs::write(&p, text).unwrap();
    let doc = extract_jsonl(&[p.to_str().unwrap(), "--reference-date", reference]).remove(0);
    assert_offsets_sacred(&doc, text);
    let s = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    };
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date" || f["kind"] == "duration")
        .map(|f| (s(&f["kind"]), s(&f["text"]), s(&f["value"])))
        .collect()
}

fn date(t: &str, v: &str) -> (String, String, String) {
    ("date".into(), t.into(), v.into())
}

fn duration(t: &str, v: &str) -> (String, String, String) {
    ("duration".into(), t.into(), v.into())
}

/// The Legislative Yuan's gazette (../shared/corpus/reports/tw-ly-proceedings:
/// LCEWC03_090209, LCEWC03_090511, LCEWC03_090401, LCEWC03_090104), where the
/// bracketed year is the date's year, a line break inside the brackets or not,
/// and `上年` counts from it.
#[test]
fn bracketed_years_and_months_of_the_gazette() {
    let f = facts(
        "然而根據統計，截至今（\n       105）年  10 月 6 日止，僅有 35 人申請、26 人通過。",
        "2016-11-25",
    );
    assert_eq!(f, [date("今（\n       105）年  10 月 6 日", "2016-10-06")]);
    let f = facts(
        "而累計今（107）年  1 至 3 月的離婚對數為 12,916 對，較上年同期增加 118 對。",
        "2018-05-11",
    );
    assert_eq!(
        f,
        [
            date("今（107）年", "2018"),
            date("1 至 3 月", "2018-01"),
            date("上年同期", "2017")
        ]
    );
    let f = facts(
        "世界貿易組織（WTO）日前發布去（2016）年全球貿易排名，我國貨品出口居全球第 18，較上年進步。",
        "2017-04-14",
    );
    assert_eq!(f, [date("去（2016）年", "2016"), date("上年", "2015")]);
    let f = facts(
        "針對南韓與美國於本(3)月 7 日展開歷來最大規模聯合軍演。本（105）年度預算",
        "2016-03-25",
    );
    assert_eq!(
        f,
        [
            date("本(3)月 7 日", "2016-03-07"),
            date("本（105）年度", "2016")
        ]
    );
}

/// The Central News Agency's reports (judged texts of 2025-08-11, 2025-09-09 and
/// 2025-09-14, `Droidtown/AItlasAPI@2321ca95af8e99dd588c34b203a210ee5a74d9be:
/// AItlasAPI/AItlasAPI.py`): the dateline's day, days named alone (the month that
/// puts them nearest the day of the report, not a month the story looked ahead
/// to in an earlier sentence), `自2日起`, `明早`.
#[test]
fn a_dispatch_and_the_days_it_names() {
    let f = facts(
        "（中央社記者林長順台北9日電）這次羈押期限為10月1日期滿。柯文哲、應曉薇日前聲請具保停止羈押。\
         北院5日裁定柯文哲以自己名義提出保證金，並限制出境、出海8月。應曉薇5日辦妥手續後離開法院，\
         8日則同意由妻子辦理後續交保程序。",
        "2025-09-09",
    );
    assert_eq!(
        f,
        [
            date("9日", "2025-09-09"),
            date("10月1日", "2025-10-01"),
            date("5日", "2025-09-05"),
            duration("8月", "8"),
            date("5日", "2025-09-05"),
            date("8日", "2025-09-08"),
        ]
    );
    let f = facts(
        "（中央社記者劉世怡台北11日電）北院審理京華城案裁定柯文哲、應曉薇自2日起延長羈押禁見2個月。",
        "2025-08-11",
    );
    assert_eq!(
        f,
        [
            date("11日", "2025-08-11"),
            date("2日", "2025-08-02"),
            duration("2個月", "2")
        ]
    );
    let f = facts(
        "（中央社記者黃麗芸台北14日電）北院合議庭明早重開羈押庭。高院12日撤銷原裁定發回更裁。\
         台北地院合議庭訂15日上午10時重開羈押庭。",
        "2025-09-14",
    );
    assert_eq!(
        f,
        [
            date("14日", "2025-09-14"),
            date("明早", "2025-09-15"),
            date("12日", "2025-09-12"),
            date("15日", "2025-09-15"),
        ]
    );
    // Xinhua's and a paper's own datelines, and a day early in a month
    // (2018-03-02) that names the end of the month before.
    let f = facts(
        "新华社北京3月5日电 国务院今天召开常务会议。本报北京28日讯 会议28日闭幕。",
        "2018-03-02",
    );
    assert_eq!(
        f,
        [
            date("3月5日", "2018-03-05"),
            date("今天", "2018-03-02"),
            date("28日", "2018-02-28"),
            date("28日", "2018-02-28"),
        ]
    );
}

/// `今（13）日`, `昨（12）日`: the written day, on the side of the day of writing the
/// word says; the month that puts it there (the Executive Yuan's press releases
/// and CNA write them so: `行政院會今（13）日通過`).
#[test]
fn bracketed_days() {
    let f = facts(
        "行政院會今（13）日通過預算案。立法院昨（12）日三讀，明（14）日公布。",
        "2018-02-13",
    );
    assert_eq!(
        f,
        [
            date("今（13）日", "2018-02-13"),
            date("昨（12）日", "2018-02-12"),
            date("明（14）日", "2018-02-14"),
        ]
    );
    // A space between the word and the bracket (眾新聞 2020-09-16, a Taiwan
    // release quoted: `主計總處今 (17) 日公布`); not a word's last character
    // (`日本 (5日)`).
    let f = facts("主計總處今 (17) 日公布數據。", "2020-09-17");
    assert_eq!(f, [date("今 (17) 日", "2020-09-17")]);
    let f = facts("日本 (5日) 報道。", "2020-09-17");
    assert!(f.iter().all(|x| !x.1.contains('本')), "{f:?}");
    // Yesterday, the last day of the month before.
    let f = facts("立法院昨（28）日三讀通過。", "2018-03-01");
    assert_eq!(f, [date("昨（28）日", "2018-02-28")]);
    // The unit inside the brackets (ETtoday, 2025-08-29: `今（29日）下午`); `日前`
    // is a few days ago, its `前` no word of its own.
    let f = facts(
        "立法院今（29日）下午三讀。委員會日前（13 日）初審。",
        "2025-08-29",
    );
    assert_eq!(
        f,
        [
            date("今（29日）", "2025-08-29"),
            date("13 日", "2025-08-13")
        ]
    );
}

/// `今` or `昨` alone before a part of the day is today or yesterday, as `今晨`
/// and `昨晚` are (`立法院今凌晨三讀`, mainland local news' `今上午，市委召开`);
/// not the tail of `如今`, `至今`.
#[test]
fn today_and_yesterday_before_a_part_of_the_day() {
    let f = facts(
        "立法院今凌晨三讀通過。今上午，市委召开会议。昨下午举行座谈。",
        "2025-08-29",
    );
    assert_eq!(
        f,
        [
            date("今", "2025-08-29"),
            date("今", "2025-08-29"),
            date("昨", "2025-08-28"),
        ]
    );
    assert!(facts("如今上午也开放。至今下午仍未恢复。", "2025-08-29").is_empty());
    // After a preposition, and `截至` (whose `至` is no `至今`).
    let f = facts("记者于今上午获悉。截至今上午10时。", "2025-08-29");
    assert_eq!(f[0], date("今", "2025-08-29"));
    assert_eq!(f[1], date("今", "2025-08-29"));
}

/// Lengths a court or prosecutor measures out: Taiwan's legal style writes months
/// without 個 (CNA 2025-08-11: `具體求處柯文哲總計28年6月徒刑`, `自4月2日、同年6月2日起
/// 分別延長羈押2月`), and the pension rules of ../shared/corpus write
/// `經判處有期徒刑三年以上`. None is a date, and a sentence's years lend no year.
#[test]
fn sentences_and_detention_are_lengths() {
    let f = facts(
        "具體求處柯文哲總計28年6月徒刑。北院1月2日裁定羈押禁見3個月。\
         北院隨後裁定自4月2日、同年6月2日起分別延長羈押2月。",
        "2025-08-11",
    );
    assert_eq!(
        f,
        [
            duration("28年", "28"),
            duration("6月", "6"),
            date("1月2日", "2025-01-02"),
            duration("3個月", "3"),
            date("4月2日", "2025-04-02"),
            date("6月2日", "2025-06-02"),
            duration("2月", "2"),
        ]
    );
    // A year of the calendar after such a word is a date.
    let f = facts("全市入出境2019年同比增長5%。", "2020-03-25");
    assert_eq!(f, [date("2019年", "2019")]);
    let f = facts(
        "經判處有期徒刑三年以上，未滿七年者。判處拘役50日。",
        "2016-03-25",
    );
    assert_eq!(
        f,
        [
            duration("三年以上", "3"),
            duration("未滿七年", "7"),
            duration("50日", "50")
        ]
    );
}

/// A Hong Kong statistics release (info.gov.hk, 2014-01-02): the title names the
/// month reported on, the reference date is the day of release, and `今日` is
/// glossed by its date in brackets, in the year of the release.
#[test]
fn a_release_on_a_month_glosses_its_day_in_brackets() {
    let text = "二零一三年十一月份的零售業銷貨額臨時統計數字\n\n\
                政府統計處今日（一月二日）發表最新的零售業銷貨額數字。\n\
                二零一三年十一月的零售業總銷貨價值的臨時估計為396億元，較上年同月上升8.5%。\n";
    let f = facts(text, "2014-01-02");
    assert_eq!(
        f[..5],
        [
            date("二零一三年十一月份", "2013-11"),
            date("今日", "2014-01-02"),
            date("一月二日", "2014-01-02"),
            date("二零一三年十一月", "2013-11"),
            date("上年同月", "2012-11"),
        ]
    );
    // A reference date before the month reported on is no day of release.
    let f = facts(text, "2013-06-01");
    assert_eq!(f[1], date("今日", "XXXX"));
}

/// Hong Kong's and Taiwan's releases count a year's first months alone, and a
/// range of months after a relative year is one date (香港旅遊發展局, 2025-06-16).
#[test]
fn a_years_first_months_in_a_release() {
    let t = "香港旅遊發展局(旅發局)公佈，上月初步訪港旅客數字為408萬。\n累積計算，今年1至5月訪港旅客量錄得逾2,000萬人次。首五個月共錄得約500萬訪港旅客人次。\n";
    let got = facts(t, "2025-06-16");
    assert!(got.contains(&date("今年1至5月", "2025-01")), "{got:?}");
    assert!(got.contains(&date("首五個月", "2025-01")), "{got:?}");
    assert!(!got.iter().any(|f| f.1 == "今年"), "{got:?}");
}

/// Taiwan's and Hong Kong's press write yesterday as `昨` alone before the verb
/// (金門日報 on the county council, 2018-11-17); not in an idiom.
#[test]
fn yesterday_in_one_character() {
    let t = "金門縣議會第六屆第八次定期會昨續進行第二天議程，議員昨分組審查金門縣政府提案。覺今是而昨非。\n";
    let got = facts(t, "2018-11-17");
    let yesterdays: Vec<_> = got.iter().filter(|f| f.1 == "昨").collect();
    assert_eq!(yesterdays.len(), 2, "{got:?}");
    assert!(yesterdays.iter().all(|f| f.2 == "2018-11-16"), "{got:?}");
}

/// Only today and yesterday write the unit inside the brackets; a word's last
/// character is no word of a date (`以上`, `如下`, `日本`, `如今`).
#[test]
fn the_unit_inside_brackets_only_after_today_or_yesterday() {
    let f = facts(
        "以上（2023年）數據。如下（3月）安排。日本（5日）宣布。如今（2023年）",
        "2025-08-29",
    );
    assert!(f.iter().all(|x| !x.1.contains('（')), "{f:?}");
}
