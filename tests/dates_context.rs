//! Dates in context through the command: the article's own date
//! (`articles[].date`), `--reference-date` for documents without one, and year
//! inference from the paragraph, then the article's date.

mod common;

use common::*;
use serde_json::Value;

fn date_values(doc: &Value) -> Vec<(String, Value)> {
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .map(|f| (f["text"].as_str().unwrap().to_string(), f["value"].clone()))
        .collect()
}

#[test]
fn article_date_and_reference_date() {
    let tmp = tempfile::tempdir().unwrap();
    // A meeting record whose closing line dates it; a 2019 forum is mentioned in
    // an earlier paragraph (an Executive Yuan transcript's trap).
    let a = tmp.path().join("a.txt");
    std::fs::write(
        &a,
        "會議紀錄\n本院爭取2019年論壇在臺舉辦。\n部長於11月13日至11月15日訪問。\n中華民國105年11月1日\n",
    )
    .unwrap();
    let doc = &extract_jsonl(&[a.to_str().unwrap()])[0];
    assert_eq!(doc["articles"][0]["date"]["value"], "2016-11-01");
    let span = doc["articles"][0]["date"]["span"].as_array().unwrap();
    let text = std::fs::read_to_string(&a).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "中華民國105年11月1日"
    );
    let visit = date_values(doc)
        .into_iter()
        .find(|(t, _)| t.starts_with("11月13日"))
        .unwrap();
    assert_eq!(visit.1, "2016-11-13");

    // No date of its own: the year stays unknown, unless --reference-date gives one.
    let b = tmp.path().join("b.txt");
    std::fs::write(&b, "工作安排\n3月1日起调整水价。\n").unwrap();
    let doc = &extract_jsonl(&[b.to_str().unwrap()])[0];
    assert!(doc["articles"][0].get("date").is_none());
    assert_eq!(date_values(doc)[0].1, "XXXX-03-01");
    let doc = &extract_jsonl(&[b.to_str().unwrap(), "--reference-date", "2016-11-01"])[0];
    assert_eq!(doc["articles"][0]["date"]["value"], "2016-11-01");
    assert!(doc["articles"][0]["date"].get("span").is_none());
    assert_eq!(date_values(doc)[0].1, "2016-03-01");

    // A bad reference date is a usage error that says what it expects.
    let out = wenshu()
        .args([
            "extract",
            b.to_str().unwrap(),
            "--reference-date",
            "2016-02-30",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

/// Over the real reports (needs `../shared`): no year that the text does not
/// write (inferred or relative) is before 1900 or after its article's date + 15.
#[test]
fn inferred_years_stay_near_their_articles() {
    let Some(shared) = shared() else { return };
    let mut checked = 0;
    for dir in ["corpus/reports", "corpus/seed"] {
        for doc in extract_jsonl(&[shared.join(dir).to_str().unwrap(), "-q"]) {
            let articles = doc["articles"].as_array().unwrap();
            for f in doc["facts"].as_array().unwrap() {
                let inferred = f["inferred"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == "year"));
                if f["kind"] != "date" || !(inferred || f["relative"] == true) {
                    continue;
                }
                let Some(year) = f["value"]
                    .as_str()
                    .and_then(|v| v.get(..4))
                    .and_then(|y| y.parse::<i32>().ok())
                else {
                    continue;
                };
                checked += 1;
                let own = f["article"]
                    .as_u64()
                    .and_then(|a| articles[a as usize]["date"]["value"].as_str())
                    .and_then(|v| v.get(..4)?.parse::<i32>().ok());
                let path = doc["source"]["path"].as_str().unwrap();
                assert!(year >= 1900, "{path}: {} → {year}", f["text"]);
                if let Some(own) = own {
                    assert!(
                        year <= own + 15,
                        "{path}: {} → {year} (article {own})",
                        f["text"]
                    );
                }
            }
        }
    }
    assert!(checked > 1000, "{checked} inferred dates");
}

/// The record filter takes a record's `reference_date` as `--reference-date` takes
/// a file's, checks it, and does not carry it to the output.
#[test]
fn reference_date_of_a_record() {
    let input = concat!(
        "{\"id\":1,\"text\":\"工作安排\\n今年3月1日起调整水价。\\n\",\"reference_date\":\"2016-11-01\"}\n",
        "{\"id\":2,\"text\":\"工作安排\\n今年3月1日起调整水价。\\n\"}\n",
        "{\"id\":3,\"text\":\"x\",\"reference_date\":\"2016-02-30\"}\n",
    );
    let out = wenshu()
        .args(["extract", "--input-format", "jsonl", "-q", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs[0]["articles"][0]["date"]["value"], "2016-11-01");
    assert_eq!(date_values(&docs[0])[0].1, "2016-03-01");
    assert!(docs[0].get("reference_date").is_none());
    assert_eq!(date_values(&docs[1])[0].1, "XXXX-03-01");
    assert_eq!(docs[2]["error"]["code"], "bad_field");
}

/// Day and week words resolve against the article's own day (or the reference
/// date) with `relative`; without a day to count from they stay `XXXX`.
#[test]
fn day_and_week_words() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |name: &str, text: &str, reference: Option<&str>| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        let mut args = vec![p.to_str().unwrap().to_string()];
        if let Some(r) = reference {
            args.extend(["--reference-date".to_string(), r.to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let doc = extract_jsonl(&args).remove(0);
        doc["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "date")
            .map(|f| {
                assert_eq!(f["relative"], true, "{f}");
                (
                    f["text"].as_str().unwrap().to_string(),
                    f["value"].as_str().unwrap().to_string(),
                    f["end"].as_str().map(String::from),
                )
            })
            .collect::<Vec<_>>()
    };
    // Executive Yuan meeting transcript (audreyt/transcript, 2016-11-01).
    let f = run(
        "a.txt",
        "今天的紀錄原則跟大家說明一下。\n",
        Some("2016-11-01"),
    );
    assert_eq!(f, [("今天".into(), "2016-11-01".into(), None)]);
    // Ministry of Commerce weekly prices in a Sina Finance digest (2021-09-07):
    // the week before the article's Tuesday, Monday to Sunday.
    let f = run(
        "b.txt",
        "据监测，上周全国食用农产品市场价格上涨。\n",
        Some("2021-09-07"),
    );
    assert_eq!(
        f,
        [(
            "上周".into(),
            "2021-08-30".into(),
            Some("2021-09-05".into())
        )]
    );
    // A Sina Finance digest (2021-10-18): 国新办今日召开新闻发布会.
    let f = run("c.txt", "国新办今日召开新闻发布会。\n", Some("2021-10-18"));
    assert_eq!(f[0].1, "2021-10-18");
    // Executive Yuan transcript (2021-08-30): 原民會在兩年前在帛琉…辦理了南島論壇.
    let f = run(
        "d.txt",
        "原民會在兩年前在帛琉辦理了南島論壇。\n",
        Some("2021-08-30"),
    );
    assert_eq!(f, [("兩年前".into(), "2019".into(), None)]);
    // Weekdays of a named week and the weekend (Recognizers-style phrasing in a
    // meeting notice).
    let f = run(
        "e.txt",
        "下周三召开会议，上周末已通知。\n",
        Some("2021-09-07"),
    );
    assert_eq!(f[0].1, "2021-09-15");
    assert_eq!(f[1].1, "2021-09-04");
    assert_eq!(f[1].2.as_deref(), Some("2021-09-05"));
    // No day to count from: relative, unknown.
    let f = run("f.txt", "本周，道指跌0.19%。\n", None);
    assert_eq!(f, [("本周".into(), "XXXX".into(), None)]);
}

/// `当天`, `次日`, `前一天` count from the full date written just before them,
/// where they open a clause or follow a preposition; after a noun they name
/// that noun's day and stay unread.
#[test]
fn anaphoric_day_words_count_from_the_date_before() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        let doc = extract_jsonl(&[p.to_str().unwrap()]).remove(0);
        doc["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "date")
            .map(|f| {
                (
                    f["text"].as_str().unwrap().to_string(),
                    f["value"].as_str().unwrap().to_string(),
                    f["inferred"].as_array().map_or(0, Vec::len),
                )
            })
            .collect::<Vec<_>>()
    };
    // Legislative Yuan motion (2015): 中正一分局於 2015 年 6 月 9 日以……處分書……，
    // 移民署並於次日依上開處分書，強制驅逐出國.
    let f = run(
        "a.txt",
        "中正一分局於 2015 年 6 月 9 日以處分書認定勞工涉犯規定，移民署並於次日依上開處分書，強制驅逐出國。\n",
    );
    assert_eq!(f[1], ("次日".into(), "2015-06-10".into(), 3));
    // Legislative Yuan agenda (2016): 10 月 25 日……院會上午進行……投票表決；下午進行……，當日不處理臨時提案.
    let f = run(
        "b.txt",
        "於 10 月 25 日（星期二）院會上午進行投票表決；下\n午進行大法官同意權案投票表決，當日不\n處理臨時提案。\n中華民國105年10月20日\n",
    );
    assert!(
        f.contains(&("當日".into(), "2016-10-25".into(), 3)),
        "{f:?}"
    );
    // Legislative Yuan interpellation (2016): 於 2016 年 3 月 17 日同步宣布……，此一消息於前一天經由……告知.
    let f = run(
        "c.txt",
        "甘比亞及中國於 2016 年 3 月 17 日同步宣布恢復外交關係，此一消息於前一天經由熱線告知我國。\n",
    );
    assert_eq!(f[1], ("前一天".into(), "2016-03-16".into(), 3));
    // An activity summary: the afternoon of the day just named, then the next day.
    let f = run(
        "d.txt",
        "2025年9月17日，社区举办中秋游园活动。\n当天下午，志愿者为老人送去月饼。\n次日，社区召开总结会。\n",
    );
    assert_eq!(f[1], ("当天".into(), "2025-09-17".into(), 3));
    assert_eq!(f[2], ("次日".into(), "2025-09-18".into(), 3));
    // The day of a named day, a recurring span, a word that only starts with
    // one, and no date before: nothing to read.
    for (name, text) in [
        (
            "e.txt",
            "勞工於 2017 年 3 月 2 日提出申請，除休息日當天工資照給外，加班費倍率更高。\n",
        ),
        (
            "f.txt",
            "7 月 26 日至 7 月 28 日每日下午 6 時至次日上午 9 時均繼續開會。\n",
        ),
        (
            "g.txt",
            "1954年9月14日会上指出，这也是同日内瓦协议的精神不能并存的。\n",
        ),
        ("h.txt", "当天的情况无法确定，次日再议。\n"),
    ] {
        let f = run(name, text);
        assert!(f.iter().all(|(_, _, n)| *n < 3), "{name}: {f:?}");
    }
}

/// A listed company's results forecast has no date of its own (it is filed, read
/// here with the filing day as the reference date), but its title names the year
/// it reports on: `上年同期` is the year before that one, not before the filing
/// (上海大智慧 2024 annual results forecast, 临2025-004, filed 2025-01-14).
#[test]
fn the_period_a_title_names_without_a_date() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("forecast.txt");
    std::fs::write(
        &p,
        "证券代码:601519 证券简称:大智慧 编号:临 2025-004\n上海大智慧股份有限公司\n2024 年年度业绩预告\n一、本期业绩预告情况\n\
         预计 2024 年年度实现归属于母公司所有者的净利润-22,500 万元到-19,000 万元，将出现亏损。\n\
         二、上年同期经营业绩和财务状况\n(一)利润总额:9,218.38 万元。\n",
    )
    .unwrap();
    let doc = &extract_jsonl(&[p.to_str().unwrap(), "--reference-date", "2025-01-14"])[0];
    let v = date_values(doc);
    assert_eq!(v[0], ("2024 年年度".to_string(), Value::from("2024")));
    assert_eq!(v[2], ("上年同期".to_string(), Value::from("2023")));
    // Without the title's period, `去年` still counts from the day of writing.
    std::fs::write(&p, "业绩说明\n去年同期利润总额9,218.38 万元。\n").unwrap();
    let doc = &extract_jsonl(&[p.to_str().unwrap(), "--reference-date", "2025-01-14"])[0];
    assert_eq!(
        date_values(doc)[0],
        ("去年同期".to_string(), Value::from("2024"))
    );
}

/// `X至今`, `X迄今`: a range from a written year or month to the article's day
/// or the reference date (人民日报 2017-05-16: `2016年至今`); not from a word of
/// now (`今年迄今`). And a year after a verb of comparison that ends its clause
/// is only compared, lending no year to the months after it (人民日报
/// 2011-07-11: `今年涨幅可能将略高于去年。` before `6月份`).
#[test]
fn ranges_to_now_and_years_only_compared() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.txt");
    std::fs::write(
        &a,
        "广东公安改革惠民\n从2016年至今，已建成。自2015年3月迄今，共办理。今年迄今，\n",
    )
    .unwrap();
    let b = tmp.path().join("b.txt");
    std::fs::write(
        &b,
        "物价何时会回头\n今年涨幅可能将略高于去年。国家统计局预计6月份CPI较高。\n",
    )
    .unwrap();
    let docs = extract_jsonl(&[a.to_str().unwrap(), "--reference-date", "2017-05-16"]);
    let ends: Vec<(String, Value, Value)> = docs[0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["value"].clone(),
                f["end"].clone(),
            )
        })
        .collect();
    assert_eq!(
        ends[..2],
        [
            (
                "2016年至今".to_string(),
                Value::from("2016"),
                Value::from("2017")
            ),
            (
                "2015年3月迄今".to_string(),
                Value::from("2015-03"),
                Value::from("2017-05")
            ),
        ]
    );
    assert_eq!((ends[2].0.as_str(), &ends[2].2), ("今年", &Value::Null));
    let docs = extract_jsonl(&[b.to_str().unwrap(), "--reference-date", "2011-07-11"]);
    let dates = date_values(&docs[0]);
    assert!(
        dates.contains(&("6月份".to_string(), Value::from("2011-06"))),
        "{dates:?}"
    );
}
