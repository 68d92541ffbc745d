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
const PERCENT_HEADS: &[&str] = &["(%)", "（%）", "(％)", "（％）", "( % )", "（ % ）"];

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

/// The row's label without a list's words (`其中:谷物` → `谷物`).
fn label(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    for w in ["其中：", "其中:", "其中"] {
        if let Some(rest) = t.strip_prefix(w) {
            let rest = rest.trim_start();
            return r.end - rest.len()..r.end;
        }
    }
    r
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
        // The head's cells: back to the prose before them.
        let mut width = 1;
        for c in cells(s, line_at(s, h), false).take(HEAD_MAX_CELLS) {
            // (The last row of a table above ends on a bare number.)
            if prose(&s[c.clone()]) || bare_number(&s[c.clone()]).is_some() {
                break;
            }
            width += 1;
        }
        if !(2..=HEAD_MAX_CELLS).contains(&width) {
            continue;
        }
        let head_text = &s[head.clone()];
        let change_at = GROWTH_WORDS
            .iter()
            .filter_map(|w| head_text.find(w))
            .min()
            .unwrap_or(0);
        let basis = (change_at > 0).then(|| head.start..head.start + change_at);
        let mut row: Vec<Range<usize>> = Vec::with_capacity(width);
        let mut rows = 0;
        for c in cells(s, line_at(s, h), true) {
            let t = &s[c.clone()];
            if row.is_empty() && (prose(t) || t.bytes().any(|b| b.is_ascii_digit())) {
                break;
            }
            row.push(c);
            if row.len() < width {
                continue;
            }
            let last = row[width - 1].clone();
            let Some(v) = bare_number(&s[last.clone()]) else {
                break;
            };
            let subject = label(s, row[0].clone());
            if last.start >= cx.range.start
                && last.end <= cx.range.end
                && !all.iter().any(|a| super::cells::overlaps(&a.range, &last))
            {
                let mut p = Cand::new(FactKind::Percent, last.clone());
                p.value = super::number_value(v.abs());
                p.unit = Some("percent".to_string());
                p.unit_normalized = Some("percent".to_string());
                p.change = Some(if v < 0.0 {
                    Change::Decrease
                } else {
                    Change::Increase
                });
                p.basis = basis.clone();
                p.subject = Some(subject.clone());
                out.push(p);
            }
            // The other columns' figures of the row.
            for cell in &row[1..width - 1] {
                for a in all.iter_mut().filter(|a| {
                    a.subject.is_none()
                        && a.range.start >= cell.start
                        && a.range.end <= cell.end
                        && matches!(a.kind, FactKind::Money | FactKind::Count)
                }) {
                    a.subject = Some(subject.clone());
                }
            }
            row.clear();
            rows += 1;
            if rows >= MAX_ROWS {
                break;
            }
        }
    }
    out
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
