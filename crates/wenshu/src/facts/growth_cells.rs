//! Tables of a statistical bulletin laid out one cell per line, whose last column
//! gives each row's change in percent and says so in its head (`较上年增长(%)`):
//!
//! ```text
//! 主要产品产量 / 2023年 / 较上年增长(%) / 粮食总产量 / 162817吨 / 0.5 / 其中:谷物 / 97658吨 / -9.7
//! ```
//!
//! The cells of the head are counted back from that column's head to the line
//! before them that is prose (a sentence or a long line) or a table's last
//! figure; each row then holds as
//! many cells, the first its label. A bare number in the last column is a
//! percentage, the change the head names (`增长`; a negative number, a
//! decrease), compared as the head says (`较上年`), of the row's label. The
//! figures of the other columns that name no subject take the label too.

use std::ops::Range;

use super::cells::{line_after, line_at, line_before, trimmed};
use super::{Cand, Ctx};
use crate::document::{Change, FactKind};

/// Brackets around the percent sign that close a column's head.
const PERCENT_HEADS: &[&str] = &[
    "(%)",
    "（%）",
    "(％)",
    "（％）",
    "( % )",
    "（ % ）",
    "(±%)",
    "（±%）",
    "(±％)",
    "（±％）",
];

/// Marks of a row that is part of the row above (`#水稻` under `粮食`, `其中:谷物`).
const PART_MARKS: &[&str] = &["#", "＃", "其中"];

/// A growth cell that says "unchanged" in words: a change of zero.
const UNCHANGED_CELLS: &[&str] = &["持平", "0.0"];

/// Words that open a table's note of its figures' unit (`单位：亿元`).
const UNIT_NOTES: &[&str] = &["单位：", "单位:", "计量单位：", "计量单位:"];

/// Words of change a growth column's head names (Simplified: the rules read the copy).
pub(crate) const GROWTH_WORDS: &[&str] = &["增长", "增减", "增幅", "增速", "±"];

/// The longest cell of a head or a row's label, in characters; a longer line
/// is prose.
const CELL_MAX_CHARS: usize = 24;

/// How far a head's line may reach on either side of its `(%)`, in bytes
/// (`CELL_MAX_CHARS` characters of three bytes, and spaces).
const HEAD_LINE_BYTES: usize = 128;

/// How many cells a head may have.
const HEAD_MAX_CELLS: usize = 6;

/// How many rows are read under one head.
const MAX_ROWS: usize = 200;

/// How far before a stretch a head may be, in bytes.
const HEAD_LOOK_BYTES: usize = 8000;

/// Where the document's growth-column heads are (byte offsets of their lines):
/// a short line alone that ends with `(%)` and names a change.
pub(crate) fn heads(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    for h in PERCENT_HEADS {
        for i in memchr::memmem::find_iter(b, h.as_bytes()) {
            // The head's line is short: its ends are looked for only as far as a
            // head reaches (a long line holding `(%)` costs no walk to its ends).
            let from = i.saturating_sub(HEAD_LINE_BYTES);
            let start = match memchr::memrchr(b'\n', &b[from..i]) {
                Some(k) => from + k + 1,
                None if from == 0 => 0,
                None => continue,
            };
            let to = (i + h.len() + HEAD_LINE_BYTES).min(b.len());
            let end = memchr::memchr(b'\n', &b[i..to]).map_or(to, |k| i + k);
            if end == to && to < b.len() {
                continue;
            }
            let line = start..end;
            let t = s[line.clone()].trim();
            if t.ends_with(h)
                && t.chars().count() <= CELL_MAX_CHARS
                && GROWTH_WORDS.iter().any(|w| t.contains(w))
            {
                out.push(line.start);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The non-blank lines (trimmed) from `line` on, forward or backward.
fn cells(s: &str, from: Range<usize>, forward: bool) -> impl Iterator<Item = Range<usize>> + '_ {
    std::iter::successors(Some(from), move |l| {
        if forward {
            line_after(s, l.end)
        } else {
            line_before(s, l.start)
        }
    })
    .skip(1)
    .map(move |l| trimmed(s, l))
    .filter(|t| !t.is_empty())
}

/// Is the cell prose (a sentence, or too long for a cell)?
fn prose(t: &str) -> bool {
    t.chars().count() > CELL_MAX_CHARS || t.ends_with(['。', '；', '！', '？', '：', ':'])
}

/// A bare signed number (`0.5`, `-9.7`).
fn bare_number(t: &str) -> Option<f64> {
    let body = t.strip_prefix(['-', '−', '+']).unwrap_or(t);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if t.starts_with(['-', '−']) { -v } else { v })
}

/// The row's label without a list's words (`其中:谷物` → `谷物`, `#水  稻` → `水  稻`)
/// and without the unit in brackets at its end (`大牲畜（万头）` → `大牲畜`), with
/// that unit.
fn label(s: &str, r: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let mut r = r;
    let t = &s[r.clone()];
    for w in ["其中：", "其中:"].iter().chain(PART_MARKS) {
        if let Some(rest) = t.strip_prefix(w) {
            let rest = rest.trim_start();
            r = r.end - rest.len()..r.end;
            break;
        }
    }
    let unit = bracket_unit(s, r.clone());
    if let Some(u) = &unit {
        let open = s[..u.start].chars().next_back().map_or(0, char::len_utf8);
        let name = trimmed(s, r.start..u.start - open);
        if !name.is_empty() {
            return (name, unit);
        }
    }
    (r, unit)
}

/// The percentages of the growth columns near the context's stretch; the labels
/// of their rows given as subjects to the figures of the other columns (in
/// `all`) that have none.
pub(crate) fn find(cx: &Ctx, all: &mut [Cand], heads: &[usize]) -> Vec<Cand> {
    let mut out = Vec::new();
    let s = cx.s;
    for &h in heads
        .iter()
        .filter(|&&h| h < cx.range.end && h + HEAD_LOOK_BYTES > cx.range.start)
    {
        let head = trimmed(s, line_at(s, h));
        // The cells before the head: back to the prose before them, or to the
        // last row of a table above (a bare number).
        let before: Vec<Range<usize>> = cells(s, line_at(s, h), false)
            .take(HEAD_MAX_CELLS)
            .take_while(|c| !prose(&s[c.clone()]) && bare_number(&s[c.clone()]).is_none())
            .collect();
        // How many of them head columns: the count under which the first rows
        // read whole (a caption or a unit note may stand before the heads).
        let unit_col = |w: usize| {
            (1..w - 1).find(|&j| {
                super::cells::is_head(&s[before[w - 2 - j].clone()], super::cells::UNIT_HEADERS)
            })
        };
        let Some(width) = (2..=before.len() + 1)
            .max_by_key(|&w| (rows(s, h, w, unit_col(w), 3).len(), w))
            .filter(|&w| !rows(s, h, w, unit_col(w), 1).is_empty())
        else {
            continue;
        };
        let unit_col = unit_col(width);
        // Column `j`'s head (0: the labels' column).
        let col_head = |j: usize| {
            if j + 1 == width {
                head.clone()
            } else {
                before[width - 2 - j].clone()
            }
        };
        // A note of the figures' unit among the cells before the heads.
        let note = before[width - 1..].iter().find_map(|c| {
            let t = &s[c.clone()];
            UNIT_NOTES
                .iter()
                .find_map(|w| t.strip_prefix(w))
                .map(|rest| trimmed(s, c.end - rest.len()..c.end))
        });
        let head_text = &s[head.clone()];
        let change_at = GROWTH_WORDS
            .iter()
            .filter_map(|w| head_text.find(w))
            .min()
            .unwrap_or(0);
        let basis = (change_at > 0).then(|| head.start..head.start + change_at);
        // The unit of the row before, for the rows that it holds (`#黄牛及肉牛`
        // under `大牲畜（万头）`).
        let mut held_unit: Option<Range<usize>> = None;
        for row in rows(s, h, width, unit_col, MAX_ROWS) {
            let last = row[width - 1].clone();
            let Some(v) = growth_value(&s[last.clone()]) else {
                break;
            };
            let (subject, own_unit) = label(s, row[0].clone());
            let part = PART_MARKS.iter().any(|m| s[row[0].clone()].starts_with(m));
            let row_unit = match own_unit {
                Some(u) => {
                    held_unit = Some(u.clone());
                    Some(u)
                }
                None if part => held_unit.clone(),
                None => {
                    held_unit = None;
                    None
                }
            };
            if last.start >= cx.range.start
                && last.end <= cx.range.end
                && !all.iter().any(|a| super::cells::overlaps(&a.range, &last))
            {
                let mut p = Cand::new(FactKind::Percent, last.clone());
                p.value = super::number_value(v.abs());
                p.unit = Some("percent".to_string());
                p.unit_normalized = Some("percent".to_string());
                p.change = match v {
                    v if v < 0.0 => Some(Change::Decrease),
                    v if v > 0.0 => Some(Change::Increase),
                    _ => None,
                };
                p.basis = basis.clone();
                p.subject = Some(subject.clone());
                out.push(p);
            }
            // The other columns' figures of the row.
            for (j, cell) in row.iter().enumerate().take(width - 1).skip(1) {
                let mut named = false;
                for a in all.iter_mut().filter(|a| {
                    a.range.start >= cell.start
                        && a.range.end <= cell.end
                        && matches!(a.kind, FactKind::Money | FactKind::Count)
                }) {
                    named = true;
                    if a.subject.is_none() {
                        a.subject = Some(subject.clone());
                    }
                }
                // A bare figure takes its unit from the row's label
                // (`大牲畜（万头）`), its column's head (`产量（万吨）`) or the
                // table's note (`单位：亿元`); a unit column's rows are read
                // with their units (see `cells`).
                if named
                    || unit_col.is_some()
                    || cell.start < cx.range.start
                    || cell.end > cx.range.end
                {
                    continue;
                }
                let Some(x) = bare_number(&s[cell.clone()]) else {
                    continue;
                };
                let unit = row_unit
                    .clone()
                    .or_else(|| bracket_unit(s, col_head(j)))
                    .or_else(|| note.clone())
                    .and_then(|u| super::cells::unit_cell(cx, &u));
                if let Some(unit) = unit {
                    let mut c = super::cells::cand(cx, cell.clone(), x.abs(), None, unit);
                    c.subject = Some(subject.clone());
                    out.push(c);
                }
            }
        }
    }
    out
}

/// A growth cell's value: a bare number, or a word for no change.
fn growth_value(t: &str) -> Option<f64> {
    bare_number(t).or_else(|| UNCHANGED_CELLS.contains(&t).then_some(0.0))
}

/// The table's rows under the head at `h`, `width` cells each, at most `limit`:
/// until a row's last cell is no growth figure. A label whose next cells make a
/// row of their own names a group of rows (`期末畜禽存栏` / `大牲畜（万头）` /
/// `96.9` / `8.7`): the rows are the second's. (A text column, `区县 / 负责人`,
/// or a missing value, `猪肉 / — / 3.2`, keeps the row whole.)
fn rows(
    s: &str,
    h: usize,
    width: usize,
    unit_col: Option<usize>,
    limit: usize,
) -> Vec<Vec<Range<usize>>> {
    // The cells under the head, as far as `limit` rows (and their groups) reach.
    let cells: Vec<Range<usize>> = cells(s, line_at(s, h), true)
        .take_while(|c| !prose(&s[c.clone()]))
        .take(limit.saturating_mul(width + 1).saturating_add(width))
        .collect();
    let figure = |c: &Range<usize>| {
        let t = &s[c.clone()];
        t.bytes().any(|b| b.is_ascii_digit()) || growth_value(t).is_some()
    };
    // A row: a label, then growth last; `strict`, figures or empty cells between
    // (but in a unit column).
    let row_at = |k: usize, strict: bool| {
        cells.get(k..k + width).is_some_and(|r| {
            !figure(&r[0])
                && growth_value(&s[r[width - 1].clone()]).is_some()
                && (!strict
                    || r[1..width - 1].iter().enumerate().all(|(j, c)| {
                        figure(c)
                            || super::cells::EMPTY_CELLS.contains(&&s[c.clone()])
                            || unit_col == Some(j + 1)
                    }))
        })
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < cells.len() && out.len() < limit {
        if figure(&cells[k]) {
            break;
        }
        if !row_at(k, true) && width > 2 && unit_col != Some(1) && row_at(k + 1, true) {
            k += 1;
        } else if !row_at(k, false) {
            break;
        }
        out.push(cells[k..k + width].to_vec());
        k += width;
    }
    out
}

/// The unit in brackets at the end of a cell (`产量（万吨）` → `万吨`), not the
/// percent sign of a growth column's head.
fn bracket_unit(s: &str, cell: Range<usize>) -> Option<Range<usize>> {
    let t = &s[cell.clone()];
    let close = t.chars().next_back().filter(|c| matches!(c, ')' | '）'))?;
    let open = t.rfind(['(', '（'])?;
    let inner =
        cell.start + open + t[open..].chars().next()?.len_utf8()..cell.end - close.len_utf8();
    let u = s[inner.clone()].trim();
    (!u.is_empty() && !u.contains(['%', '％'])).then_some(inner)
}

#[cfg(test)]
mod tests {
    use crate::facts::facts_of;

    /// 子洲县二〇二三年国民经济和社会发展统计公报 (zizhou.gov.cn, 2024-04-15): its
    /// tables of products and livestock, one cell per line.
    #[test]
    fn a_growth_column_and_its_rows() {
        let t = "全年粮食总产量16.28万吨,较上年增长0.5%。\n\n主要产品产量\n\n\n2023年\n\n较上年增长(%)\n\n\
                 粮食总产量\n\n162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7\n\n          豆类\n\n26084吨\n\n49.1\n\n\
                 畜牧业生产情况\n\n\n2023年\n\n较上年增长(%)\n\n当年出栏猪\n\n44383头\n\n4.4\n";
        let got: Vec<String> = facts_of(t)
            .into_iter()
            .filter(|f| f.line > 1 && f.kind != crate::document::FactKind::Date)
            .map(|f| {
                format!(
                    "{} {} {:?} {} {}",
                    f.text,
                    f.value.map(|v| v.to_string()).unwrap_or_default(),
                    f.change,
                    f.basis.unwrap_or_default(),
                    f.subject.map(|s| s.text).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "162817吨 162817 None  粮食总产量",
                "0.5 0.5 Some(Increase) 较上年 粮食总产量",
                "97658吨 97658 None  谷物",
                "-9.7 9.7 Some(Decrease) 较上年 谷物",
                "26084吨 26084 None  豆类",
                "49.1 49.1 Some(Increase) 较上年 豆类",
                "44383头 44383 None  当年出栏猪",
                "4.4 4.4 Some(Increase) 较上年 当年出栏猪",
            ]
        );
    }

    /// 2012年大庆市国民经济和社会发展统计公报 (大庆市统计局; as mirrored in
    /// wzqjava/DaQingStatsDemo, app/src/main/assets/html3.txt): heads `（±%）`, a
    /// caption and a unit note before the heads, a unit in a column's head or a
    /// row's label (held by the rows marked `#` under it), a group's name over its
    /// rows, `持平`, and a unit column whose unit is the quantity's, not the rate's.
    #[test]
    fn bulletin_tables_with_their_units() {
        let t = "全市经济发展不断迈上新台阶。\n2012年地区生产总值\n单位：亿元\n指         标\n指标值\n同比增长（±%）\n\
                 地区生产总值\n4000.5\n10.0\n第一产业\n153.6\n11.0\n\
                 全市粮食总产量650万吨，增长17.3%。\n2012年主要农产品产量\n指标名称\n产量（万吨）\n同比增长（±%）\n\
                 粮  食\n650.0\n17.3\n#水  稻\n79.4\n17.5\n\
                 全年实现畜牧业产值147.7亿元。\n2012年畜牧业生产及产品产量\n指标名称\n指标值\n同比增长（±%）\n\
                 期末畜禽存栏\n大牲畜（万头）\n96.9\n8.7\n#黄牛及肉牛\n32.1\n9.3\n\
                 主营业务收入4254.4亿元。\n2012年规模以上工业企业主要产品产量\n产品名称\n单  位\n产  量\n同比增长（±%）\n\
                 原油\n万吨\n4000.0\n持平\n天然气\n亿立方米\n33.7\n8.5\n原油加工量\n万吨\n1286.5\n-3.5\n";
        let got: Vec<String> = facts_of(t)
            .into_iter()
            .filter(|f| {
                f.kind != crate::document::FactKind::Date && !f.text.contains(['%', '万', '亿'])
            })
            .map(|f| {
                format!(
                    "{} {} {} {:?} {}",
                    f.text,
                    f.value.map(|v| v.to_string()).unwrap_or_default(),
                    f.unit.or(f.currency).unwrap_or_default(),
                    f.change,
                    f.subject.map(|s| s.text).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "4000.5 400050000000 CNY None 地区生产总值",
                "10.0 10 percent Some(Increase) 地区生产总值",
                "153.6 15360000000 CNY None 第一产业",
                "11.0 11 percent Some(Increase) 第一产业",
                "650.0 6500000 吨 None 粮  食",
                "17.3 17.3 percent Some(Increase) 粮  食",
                "79.4 794000 吨 None 水  稻",
                "17.5 17.5 percent Some(Increase) 水  稻",
                "96.9 969000 头 None 大牲畜",
                "8.7 8.7 percent Some(Increase) 大牲畜",
                "32.1 321000 头 None 黄牛及肉牛",
                "9.3 9.3 percent Some(Increase) 黄牛及肉牛",
                "4000.0 40000000 吨 None 原油",
                "持平 0 percent None 原油",
                "33.7 3370000000 立方米 None 天然气",
                "8.5 8.5 percent Some(Increase) 天然气",
                "1286.5 12865000 吨 None 原油加工量",
                "-3.5 3.5 percent Some(Decrease) 原油加工量",
            ]
        );
    }

    /// A missing value (`—`) keeps its row, and a text column keeps the row's
    /// label first (`区县 / 负责人`).
    #[test]
    fn missing_values_and_text_columns() {
        let subjects = |t: &str| -> Vec<(String, String)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind != crate::document::FactKind::Date)
                .map(|f| (f.text, f.subject.map(|s| s.text).unwrap_or_default()))
                .collect()
        };
        let t = "说明如下。\n指标\n产量（万吨）\n增长（±%）\n粮食\n650\n3.0\n猪肉\n—\n3.2\n禽蛋\n12.5\n-0.4\n";
        assert_eq!(
            subjects(t).iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["粮食", "粮食", "猪肉", "禽蛋", "禽蛋"]
        );
        let t = "说明如下。\n区县\n负责人\n人口（万人）\n增长（±%）\n东城区\n张三\n85.2\n1.2\n西城区\n李四\n70.1\n0.8\n";
        assert_eq!(
            subjects(t).iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["东城区", "东城区", "西城区", "西城区"]
        );
    }

    /// A bare number under a head that names no change, or rows whose last cell
    /// is no number, give nothing.
    #[test]
    fn no_growth_column_no_facts() {
        let t = "说明如下。\n\n项目\n\n2023年\n\n占比(%)\n\n粮食\n\n162817吨\n\n0.5\n";
        assert!(facts_of(t).iter().all(|f| f.text != "0.5"));
        let t = "说明如下。\n\n项目\n\n增长(%)\n\n粮食\n\n较快\n";
        assert!(facts_of(t).is_empty());
    }
}
