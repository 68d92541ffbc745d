//! Text that only looks like a date is not one: ordinals in a list, phone and
//! account numbers, version numbers, ID numbers — in real documents of
//! ../shared/corpus (each cited), through the command.

mod common;

use common::*;
use serde_json::Value;

/// (kind, text, value) of every fact.
fn facts(text: &str) -> Vec<(String, String, Value)> {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("doc.txt");
    std::fs::write(&p, text).unwrap();
    let doc = extract_jsonl(&[p.to_str().unwrap()]).remove(0);
    assert_offsets_sacred(&doc, text);
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
                f["value"].clone(),
            )
        })
        .collect()
}

fn dates(text: &str) -> Vec<(String, Value)> {
    facts(text)
        .into_iter()
        .filter(|f| f.0 == "date")
        .map(|f| (f.1, f.2))
        .collect()
}

/// Ordinals in a list (cn-city-gwr/city-142.txt `排全省第1、2位`; a meeting's
/// `第4、5、6、7次`) are ranks and sessions, not days.
#[test]
fn ordinals_in_lists() {
    assert!(dates("两家企业年屠宰产能分别排全省第1、2位。").is_empty());
    assert!(dates("本會第4、5、6、7次會議紀錄確認。").is_empty());
}

/// Version numbers beside dates in open-source meeting minutes
/// (oh-meeting-minutes/sig_architecture__2025_03_18_meeting.txt `linux5.10 与26年年底不再维护`,
/// sig_knowlege__2021-12-28-meeting.txt `基于3.0LTS版本与1月底发布`, sig_architecture
/// `ps-filter独立选型1.28.17版本`): the versions are no dates, the dates are.
#[test]
fn versions() {
    let d = dates("会议纪要 2025年3月18日\n鉴于上游社区linux5.10 与26年年底不再维护，ps-filter独立选型1.28.17版本。\n");
    assert_eq!(
        d,
        [
            ("2025年3月18日".to_string(), Value::from("2025-03-18")),
            ("26年年底".to_string(), Value::from("2026")),
        ]
    );
    let d = dates("会议纪要 2021年12月28日\n上述三个样例将会基于3.0LTS版本与1月底发布。\n");
    let texts: Vec<&str> = d.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(texts, ["2021年12月28日", "1月底"]);
}

/// Phone, account and ID numbers (templates/cn-sh-model-text/
/// hufang-shichang-2026-125_zhuangxiu-pinggu-fenhu-baogao.txt `联系电话：021-64174762`).
#[test]
fn phone_account_and_id_numbers() {
    assert!(dates("联系电话：021-64174762，手机13812345678。").is_empty());
    assert!(dates("开户账号：6222 0212 3456 7890，账号 3100-1234-5678。").is_empty());
    assert!(dates("身份证号码：310101199003071234。").is_empty());
}
