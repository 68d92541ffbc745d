//! Periods (`period`: quarters, halves, fiscal and school years) and parts
//! (`part`: `年底`, `年初`, `月底`, `上旬`) of dates, through the command, on
//! sentences of real reports in ../shared/corpus/reports (each cited).

mod common;

use common::*;
use serde_json::Value;

/// (text, value, end, period, part, inferred year) of each date.
type Row = (String, String, String, String, String, bool);

fn rows(text: &str, extra: &[&str]) -> Vec<Row> {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("doc.txt");
    std::fs::write(&p, text).unwrap();
    let mut args = vec![p.to_str().unwrap()];
    args.extend_from_slice(extra);
    let doc = &extract_jsonl(&args)[0];
    assert_offsets_sacred(doc, text);
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .map(|f| {
            (
                s(&f["text"]),
                s(&f["value"]),
                s(&f["end"]),
                s(&f["period"]),
                s(&f["part"]),
                f["inferred"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == "year")),
            )
        })
        .collect()
}

fn find<'a>(rows: &'a [Row], text: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.0 == text)
        .unwrap_or_else(|| panic!("no date {text:?} in {rows:?}"))
}

fn row(text: &str, value: &str, end: &str, period: &str, part: &str, inferred: bool) -> Row {
    (
        text.into(),
        value.into(),
        end.into(),
        period.into(),
        part.into(),
        inferred,
    )
}

/// Quarters, halves and `前三季度` without a year take the article's year, as any
/// date does; with a year they keep it (city government work reports:
/// cn-city-gwr/city-070.txt `前三季度增速居全省第1`, city-069.txt `一季度坚持开局就加速`,
/// city-017.txt `上半年开工率达到75%、三季度全部开工`).
#[test]
fn quarters_and_halves() {
    let r = rows(
        "2023年政府工作报告\n\
         今年继续保持较快增长势头，前三季度增速居全省第1、长三角第2位。\n\
         一季度坚持开局就加速、起步即起势，全面促进复工复产。\n\
         确保新开工重大项目上半年开工率达到75%、三季度全部开工。\n\
         2024年一季度，全省地区生产总值增长5.3%，下半年将继续发力。\n",
        &[],
    );
    assert_eq!(
        find(&r, "前三季度"),
        &row("前三季度", "2023-01", "2023-09", "", "", true)
    );
    assert_eq!(
        find(&r, "一季度"),
        &row("一季度", "2023-01", "2023-03", "Q1", "", true)
    );
    assert_eq!(
        find(&r, "上半年"),
        &row("上半年", "2023-01", "2023-06", "H1", "", true)
    );
    assert_eq!(
        find(&r, "三季度"),
        &row("三季度", "2023-07", "2023-09", "Q3", "", true)
    );
    assert_eq!(
        find(&r, "2024年一季度"),
        &row("2024年一季度", "2024-01", "2024-03", "Q1", "", false)
    );
    // The paragraph's own year wins over the article's.
    assert_eq!(
        find(&r, "下半年"),
        &row("下半年", "2024-07", "2024-12", "H2", "", true)
    );
    // Without any year: unknown, still a period.
    let r = rows("一季度坚持开局就加速。\n", &[]);
    assert_eq!(r, [row("一季度", "XXXX-01", "XXXX-03", "Q1", "", false)]);
}

/// Fiscal and school years, and Taiwan's quarters after an ROC year (the
/// Legislative Yuan gazette, tw-ly-proceedings/LCEWC03_090216.txt: `已核定 107
/// 學年度新住民語文課程`; `112年第3季` as Taiwan's listed companies write it).
#[test]
fn fiscal_and_school_years() {
    let r = rows(
        "中華民國107年5月18日\n已核定 107 學年度新住民語文課程實施相關規劃。\n112年第3季營收成長。\n",
        &[],
    );
    assert_eq!(
        find(&r, "107 學年度"),
        &row("107 學年度", "2018", "", "FY", "", false)
    );
    assert_eq!(
        find(&r, "112年第3季"),
        &row("112年第3季", "2023-07", "2023-09", "Q3", "", false)
    );
    let r = rows(
        "2023财年公司营业收入增长8%，2023年度报告已披露，本年度利润持平。\n",
        &["--reference-date", "2024-03-01"],
    );
    assert_eq!(find(&r, "2023财年").3, "FY");
    assert_eq!(find(&r, "2023年度").3, "FY");
    assert_eq!(
        find(&r, "本年度"),
        &row("本年度", "2024", "", "FY", "", false)
    );
}

/// Parts of a year or a month (national and city work reports:
/// cn-national-gwr/gwr-national-2019.txt `款项年底前要清偿一半以上`,
/// gwr-national-2009.txt `在今年底前住进新房`, gwr-national-2015.txt `2005年底前注册营运`,
/// cn-city-gwr/city-073.txt `比年初增长12.2%`; the gazette,
/// tw-ly-proceedings/LCEWC03_090306.txt `截至 104 年底執行情形`).
#[test]
fn parts_of_years_and_months() {
    let r = rows(
        "2019年政府工作报告\n\
         对拖欠企业的款项年底前要清偿一半以上。\n\
         存贷款余额分别比年初增长12.2%、13.9%。\n\
         保证受灾群众在今年底前住进新房。\n\
         2005年底前注册营运的黄标车要全部淘汰，限期七月底前整改。\n",
        &[],
    );
    assert_eq!(find(&r, "年底"), &row("年底", "2019", "", "", "end", true));
    assert_eq!(
        find(&r, "年初"),
        &row("年初", "2019", "", "", "start", true)
    );
    assert_eq!(find(&r, "今年底").4, "end");
    assert_eq!(find(&r, "今年底").1, "2019");
    assert_eq!(
        find(&r, "2005年底"),
        &row("2005年底", "2005", "", "", "end", false)
    );
    // `2005年底前` is a deadline in the past: no context for the month after it.
    assert_eq!(find(&r, "七月底").1, "2019-07");
    assert_eq!(find(&r, "七月底").4, "end");
    let r = rows(
        "中華民國107年5月18日\n流域綜合治理計畫截至 104 年底執行情形，3月上旬開工。\n",
        &[],
    );
    assert_eq!(
        find(&r, "104 年底"),
        &row("104 年底", "2015", "", "", "end", false)
    );
    // 旬 keeps its days and says which part.
    assert_eq!(
        find(&r, "3月上旬"),
        &row("3月上旬", "2015-03-01", "2015-03-10", "", "start", true)
    );
}

/// Words that only contain a period or a part word are no dates: `初步核算`
/// (statistical bulletins), `2019年中国`, `多年底层`, a recurring `每年年底`, a
/// question number `Q1：`, `H1N1`.
#[test]
fn look_alikes() {
    let r = rows(
        "2023年初步核算，全年国内生产总值增长5.2%。2019年中国经济稳中有进。\n\
         他多年底层工作。每年年底检查一次。\nQ1：如何申报？\nH1N1流感。\n",
        &[],
    );
    let texts: Vec<&str> = r.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(texts, ["2023年", "2019年"]);
    assert!(r.iter().all(|r| r.3.is_empty() && r.4.is_empty()));
}

/// The first quarters or months of a year counted as Hong Kong and Taiwan write
/// them: `首 3季` (the Financial Secretary's 2013-14 Budget speech, LegCo record of
/// 2013-02-27), `今年前三季` and `106 年前三`⏎`季` (../shared/corpus/reports/
/// tw-ly-proceedings/LCEWC03_090411.txt, LCEWC03_090507.txt), `首三個月`.
#[test]
fn first_quarters_counted() {
    let r = rows(
        "2012年首 3季的薪金和工資，分別平均按年上升6.7%。2024年首三個月。",
        &[],
    );
    let got: Vec<_> = r
        .iter()
        .map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("2012年首 3季", "2012-01", "2012-09"),
            ("2024年首三個月", "2024-01", "2024-03")
        ]
    );
    let r = rows(
        "我國今年前三季經濟成長率為 2.5%。",
        &["--reference-date", "2017-10-31"],
    );
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_str()),
        ("今年前三季", "2017-01", "2017-09")
    );
}

/// A bulletin that opens by naming its year as the topic (`2024年是…关键一年`, the
/// opening of a city's 2024 statistical bulletin) has that year as its present:
/// `上年` is the year before it, with no title or reference date.
#[test]
fn an_opening_sentence_names_the_present_year() {
    let text = "2024年是实现“十四五”规划目标任务的关键一年。全市经济运行总体稳中向好。\n\
                一、综合\n\
                初步核算，全年全市实现地区生产总值1002.18亿元，比上年增长3.8%。\n";
    let r = rows(text, &[]);
    assert_eq!(find(&r, "上年").1, "2023", "{r:?}");
    // A year that is not the topic of the opening sentence says nothing of the present.
    let text = "2024年全市经济运行总体稳中向好。\n全市地区生产总值1002.18亿元，比上年增长3.8%。\n";
    let r = rows(text, &[]);
    assert_eq!(find(&r, "上年").1, "XXXX", "{r:?}");
    // Or set off by a comma as the frame of the opening sentence (乐山市 2024
    // bulletin), with a later section that names no year of its own.
    let text = "2024年,面对外部压力加大的复杂严峻形势,全市经济运行总体平稳。\n\
                一、综合\n\
                图2 2020-2024年居民消费价格涨跌幅度\n\
                二、民营经济\n\
                全年民营经济增加值1553.73亿元,比上年增长4.2%。\n";
    let r = rows(text, &[]);
    assert_eq!(find(&r, "上年").1, "2023", "{r:?}");
}

/// Taiwan's `第3季` and `前3季` (quarters without 度) through the command, with
/// the dispatch's date (CNA, 2017-10-31).
#[test]
fn taiwan_quarters_without_du() {
    let text = "（中央社記者台北31日電）主計總處公布第3季經濟成長率為3.11%，\
                前3季平均成長2.5%。\n";
    let r = rows(text, &["--reference-date", "2017-10-31"]);
    assert_eq!(
        find(&r, "第3季"),
        &row("第3季", "2017-07", "2017-09", "Q3", "", true)
    );
    assert_eq!(find(&r, "前3季").1, "2017-01", "{r:?}");
    assert_eq!(find(&r, "前3季").2, "2017-09", "{r:?}");
}
