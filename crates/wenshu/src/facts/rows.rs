//! Row and item numbers. A table copied out of a PDF, or a numbered list
//! without dots, starts each row with its number: `1 年內新接觸的…總數`, `2 年內
//! 為…`, … `8 年內…` are rows 1–8 of a table of yearly indicators ("within the
//! year"), not durations of 1 to 8 years. A reader tells a row number by the
//! sequence: it opens a line, and the lines around open with the numbers before
//! and after it, written the same way (a space after each, or none). A length
//! at a line's start that continues no such sequence stays a length (`3年内完成…`
//! after items `1.` and `2.`).

use super::{Ctx, Num};

/// How many lines apart two rows of a sequence may be (a row's label may wrap
/// over several lines, and its figures take lines of their own).
const ROW_LOOK: usize = 12;
/// How many numbers in sequence make the row numbers of a table or list.
const ROW_RUN: usize = 3;
/// Row numbers are small.
const ROW_MAX: u32 = 99;

/// A line's leading number (indentation aside) and whether a space follows it.
fn leading_number(line: &str) -> Option<(u32, bool)> {
    let rest = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return None;
    }
    let v: u32 = rest[..digits].parse().ok()?;
    let next = rest[digits..].chars().next()?;
    let spaced = matches!(next, ' ' | '\u{3000}');
    // A row's label follows: a Han character, after a space or not (not `1.`,
    // `2、`, which the structure reads as list items, nor `465 414 415`).
    let label = rest[digits..].trim_start_matches([' ', '\u{3000}']);
    let han = label
        .chars()
        .next()
        .is_some_and(crate::chinese::chars::is_han);
    (han && (1..=ROW_MAX).contains(&v)).then_some((v, spaced))
}

/// Is the number `n` a row or item number (see the module docs)?
pub(crate) fn is_row_number(cx: &Ctx, n: &Num) -> bool {
    let s = cx.s;
    let Some(line_start) = super::line_start_if_blank_before(s, n.start) else {
        return false;
    };
    let line_end = s[n.start..].find('\n').map_or(s.len(), |k| n.start + k);
    let Some((v, spaced)) = leading_number(&s[line_start..line_end]) else {
        return false;
    };
    // Lines are read lazily: most walks stop a few lines away.
    let lines_before = || s[..line_start].lines().rev().take(ROW_LOOK * ROW_RUN);
    let lines_after = || s[line_end..].lines().take(ROW_LOOK * ROW_RUN);
    let walk = |lines: &mut dyn Iterator<Item = &str>, step: i64| {
        let mut run = 0;
        let mut want = i64::from(v) + step;
        let mut last = 0;
        for (i, l) in lines.enumerate() {
            if i - last > ROW_LOOK {
                break;
            }
            if leading_number(l) == u32::try_from(want).ok().map(|w| (w, spaced)) {
                run += 1;
                want += step;
                last = i;
            }
        }
        run
    };
    1 + walk(&mut lines_before(), -1) + walk(&mut lines_after(), 1) >= ROW_RUN
}

#[cfg(test)]
mod tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    fn kinds(t: &str, kind: FactKind) -> Vec<String> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.text)
            .collect()
    }

    /// A table of yearly indicators numbers its rows 1, 2, 3…: `N 年內` there is
    /// "within the year", row N, not a length of N years
    /// (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
    /// data/txt/12-13-cm0529-translate-c.txt, the annex of question 8).
    #[test]
    fn row_numbers_of_a_table_are_no_lengths() {
        let t = concat!(
            " 指標＼年度  2009-2010 2010-2011 2011-2012 \n",
            "1 年內新接觸的亟需援\n",
            "助服務對象總數  \n",
            "( 訂 定 水 平 為 每 年\n",
            "400) \n",
            "465 414 415 \n",
            "2 年內為亟需援助服務\n",
            "對象成功轉介其他服\n",
            "務總數  \n",
            "( 訂 定 水 平 為 每 年\n",
            "200) \n",
            "355 310 411 \n",
            "3 年內處理的個案總數  \n",
            "( 訂 定 水 平 為 每 年\n",
            "200) \n",
            "207 290 272 \n",
            "4 年內舉辦的小組總數  \n",
            "(訂定水平為每年10) 13 10 10 \n",
            "5 年內亟需援助服務對\n",
            "象的緊急需要得到解\n",
            "決的個案百分比  \n",
        );
        assert!(
            kinds(t, FactKind::Duration).is_empty(),
            "{:?}",
            kinds(t, FactKind::Duration)
        );
    }

    /// The Legislative Yuan's order of business numbers its items (`18   本院…`,
    /// `19   本院…`): no count of 本; a count inside an item stays, wrapped or not
    /// (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090406.txt).
    #[test]
    fn item_numbers_of_an_order_of_business_are_no_counts() {
        let t = concat!(
            "17   本院社會福利及衛生環境委員會報告併案審查委員李彥秀等 20 人擬具「全民健康保險法\n",
            "     第六條條文修正草案」案。\n",
            "18   本院內政委員會報告併案審查委員蔣乃辛等 18 人擬具「災害防救法部分條文修正草案」\n",
            "     、委員賴士葆、曾銘宗等 17 人擬具「災害防救增訂部分條文草案」、委員馬文君等 18\n",
            "     人、委員劉建國等 16 人、委員邱議瑩等 16 人分別擬具「災害防救法第二條及第三條條\n",
            "     文修正草案」案。\n",
            "19   本院司法及法制委員會報告審查時代力量黨團擬具「民事訴訟法第二百五十四條條文修\n",
            "     正草案」案。\n",
            "20   本院司法及法制、交通兩委員會報告審查委員劉櫂豪等 18 人擬具「交通部組織法刪除第\n",
            "     十八條之一條文草案」案。\n",
        );
        let c = kinds(t, FactKind::Count);
        assert!(c.iter().all(|x| !x.contains('本')), "{c:?}");
        assert!(c.contains(&"18\n     人".to_string()), "{c:?}");
        assert_eq!(c.iter().filter(|x| x.ends_with('人')).count(), 7, "{c:?}");
    }

    /// A number at a line's start outside such a sequence is read as usual: a
    /// line of a wrapped paragraph that opens with a count
    /// (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090514.txt), and a
    /// length of time after items marked `1.` and `2.`.
    #[test]
    fn a_number_opening_a_line_outside_a_sequence_is_read() {
        let t = concat!(
            "       16 人、委員江啟臣等 17 人、委員盧秀燕等 16 人、委員劉建國等 17 人、委員吳焜裕\n",
            "       16 人、委員王育敏等 19 人、親民黨黨團、委員吳焜裕等 20 人分別擬具「空氣污染\n",
        );
        assert_eq!(
            kinds(t, FactKind::Count).len(),
            7,
            "{:?}",
            kinds(t, FactKind::Count)
        );
        let t = "1. 完成调查摸底\n2. 制定实施方案\n3年内完成全部改造任务\n";
        assert_eq!(kinds(t, FactKind::Duration), ["3年内"]);
    }
}
