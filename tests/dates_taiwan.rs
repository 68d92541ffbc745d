//! Taiwan's date forms through the command: dotted and slashed ROC dates
//! (`102.11.11`, `105/3/2`), bare ROC years (`102年第八次董事會`), month/day with a
//! day of the week (`8/3（六）`) — and what only looks like them.

mod common;

use common::*;
use serde_json::Value;

/// (text, value, end) of each date, and the document's region.
fn dates(text: &str) -> (Value, Vec<(String, String, String)>) {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("doc.txt");
    std::fs::write(&p, text).unwrap();
    let doc = extract_jsonl(&[p.to_str().unwrap()]).remove(0);
    assert_offsets_sacred(&doc, text);
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let rows = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .map(|f| (s(&f["text"]), s(&f["value"]), s(&f["end"])))
        .collect();
    (doc["source"]["region"].clone(), rows)
}

fn row(t: &str, v: &str, e: &str) -> (String, String, String) {
    (t.into(), v.into(), e.into())
}

/// A listed company's board resolutions (RAY105021/website, home/page541.php:
/// `102.11.11 102年第八次董事會 … 通過本公司民國103年內部稽核計畫`) and another's
/// (GomajiMaryChiang/playground, resources/views/about/stakeholder/pip9.blade.php:
/// `103/12/16 第三屆第二次 討論104年度營運計畫 … 召開民國104年度第一次股東臨時會案`).
#[test]
fn board_resolutions() {
    let (region, d) = dates(
        "102年董事會重要決議\n日期\t會議名稱\t重要決議\n\
         102.11.11\t102年第八次董事會\t一、授權董事長於一定額度內對集團內關係企業提供資金貸與。四、通過本公司民國103年內部稽核計畫。\n\
         102.9.27\t102年第七次董事會\t一、決議以間接轉投資。\n",
    );
    assert_eq!(region, "tw");
    assert_eq!(
        d,
        [
            row("102年", "2013", ""),
            row("102.11.11", "2013-11-11", ""),
            row("102年", "2013", ""),
            row("民國103年", "2014", ""),
            row("102.9.27", "2013-09-27", ""),
            row("102年", "2013", ""),
        ]
    );
    let (region, d) = dates(
        "公司治理 - 董事會決議事項\n日期\t屆次\t重要決議事項\n\
         103/12/16\t第三屆第二次\t1. 討論104年度營運計畫 3. 討論104年度稽核計畫 22. 召開民國104年度第一次股東臨時會案\n\
         104/01/15\t第三屆第三次\t1. 通過。\n",
    );
    assert_eq!(region, "tw");
    assert_eq!(d[0], row("103/12/16", "2014-12-16", ""));
    assert_eq!(d[1], row("104年度", "2015", ""));
    assert_eq!(d[3], row("民國104年度", "2015", ""));
    assert_eq!(d[4], row("104/01/15", "2015-01-15", ""));
}

/// A university lab's outreach list (pinkwen923/IITMlab,
/// src/content/page/PopularSciencepage.js): ROC school years make the document
/// Taiwanese; Western and ROC slashed dates stand side by side.
#[test]
fn school_years_and_slashed_dates() {
    let (region, d) = dates(
        "科普活動\n1. 111學年度，國立科學工藝博物館，2022第三屆臺灣科學節－科普市集，2022/11/04-06。\n\
         4. 111學年度，雷射雕刻皮革鑰匙圈製作體驗，高雄市內門區木柵教會婦女團契，112/01/12。\n",
    );
    assert_eq!(region, "tw");
    assert_eq!(
        d,
        [
            row("111學年度", "2022", ""),
            row("2022/11/04-06", "2022-11-04", "2022-11-06"),
            row("111學年度", "2022", ""),
            row("112/01/12", "2023-01-12", ""),
        ]
    );
}

/// The Legislative Yuan gazette (../shared/corpus/reports/tw-ly-proceedings):
/// bare ROC years (LCEWC03_090306.txt `較 103 年決算數`), a quarter after one
/// (`106 年第 1 季`), and a length of years (`法國歷時長達 115 年`), which is no date.
#[test]
fn gazette_years() {
    let (_, d) = dates(
        "中華民國107年5月18日\n較 103 年決算數，增加幅度高達 7%。\n\
         勞動部函送勞工保險局 106 年第 1 季政府補助。\n\
         台灣歷時約 25 年，與法國歷時長達 115 年相較。\n",
    );
    assert_eq!(
        d,
        [
            row("中華民國107年5月18日", "2018-05-18", ""),
            row("103 年", "2014", ""),
            row("106 年第 1 季", "2017-01", "2017-03"),
        ]
    );
}

/// In a Taiwan document, a bare three-digit `N年` before a word of age or span is
/// that age, not an ROC year: a campus notice on its old trees and its centenary
/// (`100年樹齡`, `120年的歷史`, `100年校慶`), beside a real bare year.
#[test]
fn ages_are_not_roc_years() {
    let (_, d) = dates(
        "中華民國112年3月1日
本校老樹已有100年樹齡，學校有120年的歷史。
         迎接100年校慶，110年度預算編列新臺幣30萬元。
",
    );
    assert_eq!(
        d,
        [
            row("中華民國112年3月1日", "2023-03-01", ""),
            row("110年度", "2021", ""),
        ]
    );
}

/// Month/day with a slash is a date only where a day of the week shows the
/// convention (`8/3（六）`, `8/3（一）-8/7（五）`); a fraction (`8/3（而不是4倍）`), a
/// score, versions, phone, account and serial numbers are not dates.
#[test]
fn look_alikes() {
    let (region, d) = dates(
        "中華民國107年5月18日\n活動日期8/3（六），課程8/3（一）-8/7（五）。\n\
         放大倍數改為8/3（而不是4倍），得分3/5，版本110.5.2版，圓周率3.14，\
         電話02-2345-6789，帳號123-45-678901，編號105/3/22-1，IP 140.112.8.116，第4、5、6、7次會議。\n",
    );
    assert_eq!(region, "tw");
    assert_eq!(
        d,
        [
            row("中華民國107年5月18日", "2018-05-18", ""),
            row("8/3", "2018-08-03", ""),
            row("8/3（一）-8/7", "2018-08-03", "2018-08-07"),
        ]
    );
    // Outside a Taiwan document a three-digit number is no ROC year.
    let (region, d) = dates("2023年工作总结\n编号102.11.11，105/3/2批次。\n");
    assert_eq!(region, "cn");
    assert_eq!(d, [row("2023年", "2023", "")]);
}

/// So does a time of day after it (PyCon Taiwan's meeting record of 2020 on its
/// data policy: `## 會議時間` / `10/4 21:00~22:00 (UTC+8)`).
#[test]
fn month_slash_day_before_a_time_of_day() {
    let (_, d) =
        dates("中華民國109年10月28日\n## 會議時間\n10/4 21:00~22:00 (UTC+8)\n得分3/5，比例1/4，2/30 10:00，第3/4 12:30場次。\n");
    assert_eq!(
        d,
        [
            row("中華民國109年10月28日", "2020-10-28", ""),
            row("10/4", "2020-10-04", ""),
        ]
    );
}

/// An Executive Yuan news page dates itself with hyphens and two-digit months and
/// days after a label (`日期:107-02-11`, 2018-02-11); other hyphenated numbers are
/// no dates (a serial `105-3-2`, a phone number, a code with a fourth part).
#[test]
fn hyphenated_roc_dates_after_a_label() {
    let (_, d) = dates(
        "行政院新聞稿\n日期:107-02-11\n行政院表示，中華民國107年2月6日花蓮地震後已撥付經費。\n\
         編號105-3-2，電話02-2345-6789，代號107-02-11-01。\n",
    );
    assert_eq!(
        d,
        [
            row("107-02-11", "2018-02-11", ""),
            row("中華民國107年2月6日", "2018-02-06", ""),
        ]
    );
}
