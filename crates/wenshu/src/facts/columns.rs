//! Tables laid out one row per line, as a PDF table comes out as text: a row's
//! label, then its figures separated by spaces, with the unit of the figures
//! written once, above them, and not beside each number.
//!
//! Two ways of writing that unit are read:
//! - a note over the table (`单位：新台币千元`, `（单位：万元）`): every bare figure
//!   of the rows below takes it;
//! - the column heads (`经常资助金额 (百万元 )`, a line of units `(亿港元 ) 百分比
//!   (亿港元 )`, or the corner `港元 (千元 )` over the row labels): a figure takes
//!   the unit of its column. The head must count as many columns as the rows hold
//!   figures (and one for the labels): a head that does not line up says nothing.
//!
//! A figure that carries its own unit (`65.5%`) is read by the other rules. The
//! row's label is the figure's subject, unless it is a year: the column's name
//! then is.

use std::ops::Range;

use super::cells::{self, line_after, line_at, line_before, overlaps, UnitCell};
use super::{Cand, Ctx};
use crate::document::FactKind;

/// How far before a stretch a table's head may be, in bytes.
const HEAD_LOOK_BYTES: usize = 8000;

/// The longest line read as a table's head, in bytes.
const HEAD_MAX_BYTES: usize = 600;

/// How many lines of column names may stand above a line of units.
const HEAD_LINES: usize = 6;

/// How many lines (column names) may separate a unit note from the first row.
const NOTE_TO_ROWS: usize = 4;

/// The words that open a unit note (Simplified: the rules read the copy).
const NOTE_WORDS: &[&str] = &["单位：", "单位:", "单位 ："];

/// Column names that are their own unit: the count of people, cases, households.
/// The unit is the name's first character.
const COUNT_NAMES: &[&str] = &["人数", "人次", "户数", "宗数", "件数", "家数"];

/// Column names of shares in percent.
const PERCENT_NAMES: &[&str] = &["百分比", "百分率", "%", "％"];

/// Cells that stand for no figure.
const EMPTY_CELLS: &[&str] = &[
    "-",
    "—",
    "－",
    "——",
    "/",
    "／",
    "…",
    "……",
    "*",
    "没有数据",
    "不适用",
    "N/A",
    "n/a",
];

/// Scale characters a figure may carry (`25.51亿`), longest first.
const CELL_SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
];

/// Where the document's possible table heads are: lines with a unit note, a
/// bracketed unit or a column name that is a unit. Found once per document.
pub(crate) fn heads(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    // A head of columns is right above its first row, which holds digits.
    let mut pending: Option<usize> = None;
    for line in s.split_inclusive('\n') {
        let l = line.trim_end();
        if let Some(p) = pending.take() {
            if l.bytes().any(|b| b.is_ascii_digit()) {
                out.push(p);
            } else if l.contains('-') && is_rule(l) {
                // (A Markdown table's rule stands between its head and its rows.)
                pending = Some(p);
            }
        }
        if l.len() <= HEAD_MAX_BYTES {
            if NOTE_WORDS.iter().any(|w| l.contains(w)) {
                out.push(start);
            } else if l.contains(['(', '（']) || COUNT_NAMES.iter().any(|w| l.contains(w)) {
                pending = Some(start);
            }
        }
        start += line.len();
    }
    out
}

/// The facts of the figures of the tables around the context's stretch. `taken`:
/// what other rules read; `heads`: [`heads`].
pub(crate) fn find(cx: &Ctx, taken: &[Cand], heads: &[usize]) -> Vec<Cand> {
    let from = heads.partition_point(|&h| h + HEAD_LOOK_BYTES < cx.range.start);
    let mut out: Vec<Cand> = Vec::new();
    for &h in &heads[from..] {
        if h >= cx.range.end {
            break;
        }
        let line = line_at(cx.s, h);
        let found = note_table(cx, line.clone()).or_else(|| head_table(cx, line));
        for c in found.into_iter().flatten() {
            let inside = c.range.start >= cx.range.start && c.range.end <= cx.range.end;
            let free = !taken.iter().any(|t| overlaps(&t.range, &c.range))
                && !out.iter().any(|t| overlaps(&t.range, &c.range));
            if inside && free {
                out.push(c);
            }
        }
    }
    out
}

/// The least room between a row's label and its first figure: a table's column
/// gap, not the single space PDF text puts between words and numbers.
const LABEL_GAP: usize = 2;

/// The longest row label read as a subject, in characters.
const LABEL_MAX_CHARS: usize = 30;

/// Facts on a table row whose figures carry their own units (`打击无牌售酒处所行动
/// 251次  326次  212次`, `退休基金  1.3%`) measure the row's label, whole: it
/// replaces the subject read from the words before the figure.
pub(crate) fn label_subjects(cx: &Ctx, all: &mut [Cand]) {
    let mut i = 0;
    while i < all.len() {
        // (A table's row is a short line: a long one is never walked whole.)
        let Some(line) = short_line_at(cx.s, all[i].range.start) else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j < all.len() && all[j].range.start < line.end {
            j += 1;
        }
        if let Some(label) = row_label(cx, line.clone(), &all[i..j]) {
            // (The head is looked for only for a Markdown row with a percentage.)
            let heads = all[i..j]
                .iter()
                .any(|c| c.kind == FactKind::Percent)
                .then(|| piped_heads(cx, line.clone()))
                .flatten();
            for c in &mut all[i..j] {
                if c.range.end <= line.end {
                    c.subject = Some(label.clone());
                    // Under a Markdown column named as a change (`變化`), a
                    // signed percentage is a change by its sign.
                    let column = cx.s[line.start..c.range.start].matches(['|', '｜']).count();
                    // (The name ends with the word, `變化`, `增减(%)`: not `应对气候变化
                    // 投资占比`; and only a signed figure says its direction.)
                    if let Some(name) = heads.as_ref().and_then(|h| h.get(column)) {
                        let head = cx.s[name.clone()].trim_end_matches(|ch: char| {
                            matches!(ch, '(' | ')' | '（' | '）' | '%' | '％' | ' ')
                        });
                        let head = head
                            .strip_suffix("幅度")
                            .or_else(|| head.strip_suffix('率'))
                            .unwrap_or(head);
                        let named = super::growth_cells::GROWTH_WORDS
                            .iter()
                            .chain(CHANGE_COLUMN_WORDS)
                            .any(|w| head.ends_with(w));
                        let signed = cx.s[c.range.clone()]
                            .trim_start_matches(['*', '_'])
                            .starts_with(['-', '+', '−', '－', '＋']);
                        if c.kind == FactKind::Percent && c.change.is_none() && named && signed {
                            growth_column(cx, name.clone(), c);
                        }
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// The longest line read as a table's row, in bytes.
const ROW_MAX_BYTES: usize = 600;

/// The line holding byte `pos`, if it is at most [`ROW_MAX_BYTES`] long.
fn short_line_at(s: &str, pos: usize) -> Option<Range<usize>> {
    let b = s.as_bytes();
    let from = pos.saturating_sub(ROW_MAX_BYTES);
    let start = match memchr::memrchr(b'\n', &b[from..pos]) {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = (pos + ROW_MAX_BYTES).min(b.len());
    let end = match memchr::memchr(b'\n', &b[pos..to]) {
        Some(k) => pos + k,
        None if to == b.len() => b.len(),
        None => return None,
    };
    (end - start <= ROW_MAX_BYTES).then_some(start..end)
}

/// The label of the row on `line` whose figures are `facts` (in order), if the
/// line is such a row.
fn row_label(cx: &Ctx, line: Range<usize>, facts: &[Cand]) -> Option<Range<usize>> {
    let t = trim(cx.s, line.clone());
    let first = facts.first()?;
    if first.range.start <= t.start || facts.iter().any(|c| c.range.end > t.end) {
        return None;
    }
    // A Markdown table's row (`| 製造 | 5.8% | ***6.3%*** | -- |`): its bars
    // set the cells apart, emphasis marks and a dash for "no change" are no
    // words, and its label is the first cell, whole (`零售、住宿及膳食服務`).
    let piped = cx.s[line.start..t.start].contains(['|', '｜']);
    let filler = |text: &str| {
        text.chars().all(is_blank)
            || piped
                && text.split(['|', '｜']).all(|cell| {
                    cell.trim_matches(|c: char| is_blank(c) || EMPHASIS.contains(&c))
                        .chars()
                        .all(|c| DASHES.contains(&c))
                })
    };
    // After the label, only the facts and blanks.
    let mut at = first.range.start;
    for c in facts {
        // (Facts that overlap or run back make no row.)
        if c.range.start < at || !filler(&cx.s[at..c.range.start]) {
            return None;
        }
        at = at.max(c.range.end);
    }
    if !filler(&cx.s[at..t.end]) {
        return None;
    }
    if piped {
        let cell = &cx.s[t.start..first.range.start];
        let bar = cell.find(['|', '｜'])?;
        let label = trim_marks(cx.s, t.start..t.start + bar);
        let name = &cx.s[label.clone()];
        let joined: String = name
            .chars()
            .filter(|&c| c != '、' && !is_blank(c))
            .collect();
        let quantities = facts.iter().all(|c| {
            matches!(
                c.kind,
                FactKind::Money | FactKind::Count | FactKind::Percent
            )
        });
        return (quantities && !joined.is_empty() && is_label(&joined)).then_some(label);
    }
    let label = trim(cx.s, t.start..first.range.start);
    let gap = cx.s[label.end..first.range.start].chars().count();
    if !is_label(&cx.s[label.clone()]) || gap < LABEL_GAP {
        return None;
    }
    // A label wrapped over two lines (`佔控煙辦收到的投訴` + wrap + `個案之百分比`)
    // starts on the line before, when that line holds only words and the one
    // before it is a row of the table.
    let above = line_before(cx.s, line.start).map(|l| trim(cx.s, l));
    let wrapped = above.filter(|a| {
        // (One name: a line of column names has gaps.)
        !a.is_empty()
            && is_label(&cx.s[a.clone()])
            && !cx.s[a.clone()].contains(is_blank)
            && line_before(cx.s, line_at(cx.s, a.start).start)
                .map(|l| trim(cx.s, l))
                .is_some_and(|r| {
                    words(cx.s, r.clone()).last().is_some_and(|w| {
                        is_figure(&cx.s[w.clone()]) || ends_with_figure(&cx.s[w.clone()])
                    })
                })
    });
    let label = match wrapped {
        Some(a) => a.start..label.end,
        // A label that opens with half a word wrapped from the line before
        // (`公` + wrap + `務員人數的百分比`) is no whole name.
        None if super::subjects::cut_by_wrap(cx, line.start).is_some() => return None,
        None => label,
    };
    let quantities = facts.iter().all(|c| {
        matches!(
            c.kind,
            FactKind::Money | FactKind::Count | FactKind::Percent
        )
    });
    quantities.then_some(label)
}

/// Markdown's emphasis marks around a cell (`***6.3%***`, `**行業**`).
const EMPHASIS: &[char] = &['*', '_'];

/// A cell of dashes says "none" or "no change" (`--`, `—`).
const DASHES: &[char] = &['-', '—', '–', '－', '─'];

/// `r` without blanks and emphasis marks at either end.
fn trim_marks(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    let strip = |c: char| is_blank(c) || EMPHASIS.contains(&c);
    let lead = t.len() - t.trim_start_matches(strip).len();
    let tail = t.len() - t.trim_end_matches(strip).len();
    if lead + tail >= t.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - tail
}

/// Words that continue a label wrapped from the line before (`10人或` + wrap +
/// `以上`): never the start of a name.
const CONTINUATIONS: &[&str] = &["以上", "以下", "或以上", "或以下", "及以上", "及以下"];

/// Whether `text` reads as a row's label: a name, not a sentence, a quotation's
/// tail or a figure.
fn is_label(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(crate::chinese::chars::is_han)
        && text.chars().count() <= LABEL_MAX_CHARS
        && !text.contains(['，', '。', '；', '：', '、', ',', ';', ':', '！', '？'])
        && !text.contains(['」', '』', '“', '”', '"'])
        && !text.bytes().any(|b| b.is_ascii_digit())
        && !CONTINUATIONS.iter().any(|w| text.starts_with(w))
}

/// A row's last cell with its unit (`212次`, `0.18%`, `3,340,000元`).
fn ends_with_figure(text: &str) -> bool {
    text.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && text.trim_end_matches(|c: char| !c.is_ascii_digit()).len() < text.len()
}

/// One column's unit and name.
#[derive(Clone)]
struct Column {
    name: Option<Range<usize>>,
    unit: Option<UnitCell>,
}

/// A table under a unit note: the note's unit for every bare figure.
fn note_table(cx: &Ctx, line: Range<usize>) -> Option<Vec<Cand>> {
    let text = &cx.s[line.clone()];
    let (at, word) = NOTE_WORDS
        .iter()
        .filter_map(|w| text.find(w).map(|k| (k, *w)))
        .min_by_key(|(k, _)| *k)?;
    let rest = line.start + at + word.len()..line.end;
    let unit = trim(cx.s, rest);
    let unit = strip_closing(cx.s, unit);
    // One unit for the whole table: a note naming several (`件；新台币千元；%`)
    // does not say which column is which.
    if cx.s[unit.clone()].contains(['；', ';', '、', '，', ',', ' ']) {
        return None;
    }
    let unit = unit_of(cx, unit)?;
    let mut out = Vec::new();
    let mut next = line.end;
    let mut year_column = false;
    let mut before_rows = 0;
    let mut blanks = 0;
    let mut rows = 0;
    // The line of column names over the rows, which may give a column a unit of
    // its own (`增减变动幅度(%)` beside the note's `单位:人民币元`).
    let mut names: Option<Range<usize>> = None;
    while let Some(l) = line_after(cx.s, next) {
        next = l.end;
        let t = trim(cx.s, l.clone());
        if t.is_empty() {
            blanks += 1;
            if blanks > 1 {
                break;
            }
            continue;
        }
        let after_blank = blanks > 0;
        blanks = 0;
        // Another table's note ends this one.
        if NOTE_WORDS.iter().any(|w| cx.s[t.clone()].contains(w)) {
            break;
        }
        // A Markdown table's rule under its head (`|---|:---:|`).
        if is_rule(&cx.s[t.clone()]) {
            continue;
        }
        match row(cx, t.clone(), year_column) {
            Some(r) if !r.cells.is_empty() => {
                rows += 1;
                before_rows = 0;
                let subject = r.text_label.then_some(r.label.clone());
                // A rate's row (`加权平均净资产收益率`) holds no amounts.
                let rate = RATE_LABEL_ENDS
                    .iter()
                    .any(|w| cx.s[r.label.clone()].trim_end().ends_with(w));
                // (With a name over the labels, or without: `本报告期末 | 本报告期初 |
                // 增减变动幅度(%)` over the second part.)
                let own =
                    names
                        .clone()
                        .map(|n| group(cx, &atoms(cx.s, n)))
                        .and_then(|mut c| match c.len().checked_sub(r.cells.len()) {
                            Some(1) => Some(c.split_off(1)),
                            Some(0) => Some(c),
                            _ => None,
                        });
                for (k, cell) in r.cells.iter().enumerate() {
                    let column = own.as_ref().and_then(|c| c[k].unit.as_ref());
                    let unit = match column {
                        Some(u) => u,
                        None if rate && matches!(unit, UnitCell::Money { .. }) => continue,
                        None => &unit,
                    };
                    if let Some(mut c) = figure(cx, cell, unit, subject.clone()) {
                        // A column of changes (`增减变动幅度(%)`, `比上年增长(%)`): its
                        // figure is the change's size, a negative one a decrease,
                        // compared as the head says.
                        let name = own.as_ref().and_then(|o| o[k].name.clone());
                        if let (Some(n), UnitCell::Percent) = (name, unit) {
                            growth_column(cx, n, &mut c);
                        }
                        out.push(c);
                    }
                }
            }
            // A line of column names, also between two blocks of rows (a table
            // whose head is printed again over its second part: right after a
            // row, names and no sentence).
            _ if before_rows < NOTE_TO_ROWS
                && (rows == 0
                    || (!after_blank
                        && before_rows == 0
                        && !cx.s[t.clone()].contains(['。', '，', '；', '：', ',', ';'])
                        && atoms(cx.s, t.clone()).len() >= 2)) =>
            {
                // A first name with 年 (`年度`, `年 度`) heads a column of years,
                // the rows' labels.
                year_column |= atoms(cx.s, t.clone())
                    .first()
                    .is_some_and(|a| cx.s[a.range.clone()].contains('年'));
                before_rows += 1;
                names = Some(t);
            }
            _ => break,
        }
    }
    Some(out)
}

/// The cells of a Markdown table's head, by column (the cell before the first
/// bar being column 0), for the row on `line`: the nearest row above it with two
/// names or more and no figure (`| **行業** | **上季失業率** | **變化** |`), past
/// the rule line (`| --- | --- |`) and a caption row above it.
fn piped_heads(cx: &Ctx, line: Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut at = line.start;
    for _ in 0..HEAD_SEARCH_ROWS {
        let above = super::cells::line_before(cx.s, at)?;
        at = above.start;
        let text = cx.s[above.clone()].trim();
        if !text.starts_with(['|', '｜']) {
            return None;
        }
        // (A row of figures; a head may name years: `| 行業 | 2022年 | 變化 |`.)
        let figures = text.split(['|', '｜']).any(|cell| {
            let cell = cell.trim_matches(|c: char| is_blank(c) || EMPHASIS.contains(&c));
            cell.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+'))
                && !cell.contains(['年', '月', '季'])
        });
        if figures {
            continue;
        }
        let mut cells = Vec::new();
        let mut from = above.start;
        for (k, bar) in cx.s[above.clone()].match_indices(['|', '｜']) {
            cells.push(trim_marks(cx.s, from..above.start + k));
            from = above.start + k + bar.len();
        }
        cells.push(trim_marks(cx.s, from..above.end));
        let names = cells
            .iter()
            .filter(|r| {
                cx.s[(*r).clone()]
                    .chars()
                    .any(crate::chinese::chars::is_han)
            })
            .count();
        if names >= 2 {
            return Some(cells);
        }
    }
    None
}

/// How many rows above a Markdown table's row its head is looked for.
const HEAD_SEARCH_ROWS: usize = 60;

/// Words of a column that holds changes (`增减`, `比上年增长`; a Markdown table's
/// `變化`, `升跌`).
const CHANGE_COLUMN_WORDS: &[&str] = &["变化", "变动", "升跌", "涨跌"];

/// Make the percentage `c` under the column named `name` a change when the name
/// says so (`增减变动幅度`, `比上年增长`): its size, the change by its sign, the
/// words before the change its basis.
fn growth_column(cx: &Ctx, name: Range<usize>, c: &mut Cand) {
    let text = &cx.s[name.clone()];
    let Some(at) = super::growth_cells::GROWTH_WORDS
        .iter()
        .chain(CHANGE_COLUMN_WORDS)
        .filter_map(|w| text.find(w))
        .min()
    else {
        return;
    };
    let Some(v) = c
        .value
        .as_ref()
        .and_then(crate::document::FactValue::as_f64)
    else {
        return;
    };
    c.value = super::number_value(v.abs());
    c.change = Some(if v < 0.0 {
        crate::document::Change::Decrease
    } else {
        crate::document::Change::Increase
    });
    let basis = &text[..at];
    if COMPARISON_OPENERS.iter().any(|w| basis.starts_with(w)) {
        c.basis = Some(name.start..name.start + at);
    }
}

/// Whether a column's name ends with a word of change (`比上年增长(%)`, `增减
///幅度`, `變化率`), brackets and percent signs set aside.
fn names_a_change(name: &str) -> bool {
    let head = name.trim_end_matches(['(', ')', '（', '）', '%', '％', ' ']);
    let head = head
        .strip_suffix("幅度")
        .or_else(|| head.strip_suffix('率'))
        .unwrap_or(head);
    super::growth_cells::GROWTH_WORDS
        .iter()
        .chain(CHANGE_COLUMN_WORDS)
        .any(|w| head.ends_with(w))
}

/// Words that open a growth column's comparison (`比上年`, `较上年`, `同比`).
const COMPARISON_OPENERS: &[&str] = &["比", "较", "同比", "环比", "与"];

/// Ends of a row label that names a rate or a share: its bare figures are no
/// amounts of the table's currency.
const RATE_LABEL_ENDS: &[&str] = &["率", "比重", "比例", "占比"];

/// A table whose column heads carry the units, the last head line being `line`.
fn head_table(cx: &Ctx, line: Range<usize>) -> Option<Vec<Cand>> {
    let head = trim(cx.s, line.clone());
    if head.is_empty() || row(cx, head.clone(), false).is_some_and(|r| !r.cells.is_empty()) {
        return None;
    }
    // The rows start on the next line (past a Markdown table's rule, `|---|:---:|`).
    let mut first = trim(cx.s, line_after(cx.s, line.end)?);
    if cx.s[first.clone()].contains('-') && is_rule(&cx.s[first.clone()]) {
        first = trim(cx.s, line_after(cx.s, line_at(cx.s, first.start).end)?);
    }
    let year_column_of = |atoms: &[Atom]| {
        atoms
            .first()
            .is_some_and(|a| cx.s[a.range.clone()].contains('年'))
    };
    // The head block: the lines of names above the head line, up to a blank
    // line, a sentence or a row.
    let mut block = vec![head.clone()];
    let mut at = line.start;
    // Whether the block starts where the head starts (and not at the limit).
    let mut whole = false;
    for _ in 0..HEAD_LINES {
        let Some(l) = line_before(cx.s, at) else {
            whole = true;
            break;
        };
        at = l.start;
        let t = trim(cx.s, l);
        let text = &cx.s[t.clone()];
        // A page number or a line of figures is no column name.
        if t.is_empty()
            || !text.chars().any(crate::chinese::chars::is_han)
            || text.ends_with(['。', '：', ':', '；', '，', '！', '？'])
            || row(cx, t.clone(), false).is_some_and(|r| !r.cells.is_empty())
        {
            whole = true;
            break;
        }
        block.push(t);
    }
    block.reverse();
    let head_atoms = atoms(cx.s, head);
    let year_column = block
        .iter()
        .any(|l| year_column_of(&atoms(cx.s, l.clone())));
    let first_row = row(cx, first, year_column)?;
    if first_row.cells.is_empty() {
        return None;
    }
    // A line of units alone, one for each column of figures; else names with
    // their units, the first heading the row labels.
    let unit_line: Option<Vec<Column>> = head_atoms
        .iter()
        .map(|a| {
            a.unit(cx).map(|u| Column {
                name: None,
                unit: Some(u),
            })
        })
        .collect();
    let columns = match unit_line {
        Some(c) if fit(cx, &first_row.cells, c.len()).is_some() => c,
        _ => {
            // The head line alone, or the whole block of names above the rows
            // (names wrapped over several lines). Part of a block that happens
            // to count right is no head: a wrapped name would be split in two.
            let lines = if whole { block.len() } else { 1 };
            let mut columns = [1, lines].into_iter().find_map(|k| {
                let atoms: Vec<Atom> = block[block.len() - k..]
                    .iter()
                    .flat_map(|l| atoms(cx.s, l.clone()))
                    .collect();
                let columns = group(cx, &atoms);
                (columns.len() >= 2 && fit(cx, &first_row.cells, columns.len() - 1).is_some())
                    .then_some(columns)
            })?;
            let corner = columns.remove(0);
            // A unit over the labels, as a currency (`港元 (千元 )`) or alone, is
            // every column's; a column name with its unit is that column's only.
            let unit_only = corner
                .name
                .as_ref()
                .is_none_or(|n| currency_named(&cx.s[n.clone()]).is_some());
            if unit_only && corner.unit.is_some() && columns.iter().all(|c| c.unit.is_none()) {
                // `港元 (千元 )` over the labels: the unit of every column.
                for c in &mut columns {
                    c.unit = corner.unit.clone();
                }
            }
            columns
        }
    };
    let width = columns.len();
    if columns.iter().all(|c| c.unit.is_none()) {
        return None;
    }
    let mut out = Vec::new();
    let mut next = Some(first_row);
    while let Some(r) = next.take() {
        if let Some(cells) = fit(cx, &r.cells, width) {
            for (cell, col) in cells.iter().zip(&columns) {
                let Some(unit) = &col.unit else { continue };
                let subject = if r.text_label {
                    Some(r.label.clone())
                } else {
                    col.name.clone()
                };
                if let Some(mut c) = figure(cx, cell, unit, subject) {
                    // A column of changes (`比上年增长(%)`): see `growth_column`; its
                    // name ends with the change (not `对增长贡献率(%)`).
                    if let (Some(n), UnitCell::Percent) = (col.name.clone(), unit) {
                        if names_a_change(&cx.s[n.clone()]) {
                            growth_column(cx, n, &mut c);
                        }
                    }
                    out.push(c);
                }
            }
        }
        let end = line_at(cx.s, r.label.start).end;
        let l = line_after(cx.s, end)?;
        next = row(cx, trim(cx.s, l), year_column).filter(|r| !r.cells.is_empty());
        if next.is_none() {
            break;
        }
    }
    Some(out)
}

/// The head's atoms as columns: a name with the bracketed unit after it, or a
/// bracketed unit alone.
fn group(cx: &Ctx, atoms: &[Atom]) -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    let mut open = false;
    for a in atoms {
        if a.bracket && is_note_mark(&cx.s[inner(cx.s, a.range.clone())]) {
            continue;
        }
        if a.bracket {
            let unit = bracket_unit(cx, a, out.last().filter(|_| open));
            match out.last_mut() {
                Some(c) if open => c.unit = unit,
                _ => out.push(Column { name: None, unit }),
            }
            open = false;
        } else {
            let text = &cx.s[a.range.clone()];
            // A name that is only its unit (`人数`, `百分比`) names no indicator.
            let bare = COUNT_NAMES.contains(&text) || PERCENT_NAMES.contains(&text);
            out.push(Column {
                name: (!bare).then(|| a.range.clone()),
                unit: a.unit(cx),
            });
            open = true;
        }
    }
    out
}

/// A bracketed unit, read with the name before it when that name is a currency
/// (`港元 (千元 )`: thousands of Hong Kong dollars).
fn bracket_unit(cx: &Ctx, a: &Atom, before: Option<&Column>) -> Option<UnitCell> {
    let unit = a.unit(cx)?;
    let currency = before
        .and_then(|c| c.name.clone())
        .and_then(|n| currency_named(&cx.s[n]));
    match (unit, currency) {
        (
            UnitCell::Money {
                scale, iso: None, ..
            },
            Some(iso),
        ) => Some(UnitCell::Money {
            scale,
            iso: Some(iso),
            per: None,
        }),
        (u, _) => Some(u),
    }
}

/// A footnote's mark in brackets (`(1 )`, `(a)`): no column of its own.
fn is_note_mark(s: &str) -> bool {
    !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn currency_named(w: &str) -> Option<&'static str> {
    super::money::currencies()
        .iter()
        .find(|c| c.word == w)
        .and_then(|c| c.iso)
}

/// A unit written in a head or a note: what [`cells::unit_cell`] reads, or a
/// currency before a scaled `元` (`新台币千元`).
fn unit_of(cx: &Ctx, r: Range<usize>) -> Option<UnitCell> {
    if r.is_empty() {
        return None;
    }
    if let Some(u) = cells::unit_cell(cx, &r) {
        return Some(u);
    }
    let text = &cx.s[r.clone()];
    let cur = super::money::currencies()
        .iter()
        .filter(|c| c.iso.is_some() && text.starts_with(c.word) && text.len() > c.word.len())
        .max_by_key(|c| c.word.len())?;
    match cells::unit_cell(cx, &(r.start + cur.word.len()..r.end))? {
        UnitCell::Money {
            scale, iso: None, ..
        } => Some(UnitCell::Money {
            scale,
            iso: cur.iso,
            per: None,
        }),
        _ => None,
    }
}

/// A word of a head line, or a bracketed group (`(亿港元 )`, spaces inside).
struct Atom {
    range: Range<usize>,
    bracket: bool,
}

impl Atom {
    fn unit(&self, cx: &Ctx) -> Option<UnitCell> {
        let text = &cx.s[self.range.clone()];
        if self.bracket {
            let inner = inner(cx.s, self.range.clone());
            return unit_of(cx, inner);
        }
        if PERCENT_NAMES.contains(&text) {
            return Some(UnitCell::Percent);
        }
        let name = COUNT_NAMES.iter().find(|w| text.ends_with(*w))?;
        let at = self.range.end - name.len();
        let first = name.chars().next()?.len_utf8();
        match cells::unit_cell(cx, &(at..at + first))? {
            u @ UnitCell::Count { .. } => Some(u),
            _ => None,
        }
    }
}

/// The inside of a bracketed atom, trimmed.
fn inner(s: &str, r: Range<usize>) -> Range<usize> {
    let open = s[r.clone()].chars().next().map_or(0, char::len_utf8);
    let close = s[r.clone()].chars().next_back().map_or(0, char::len_utf8);
    if r.len() < open + close {
        return r.start..r.start;
    }
    trim(s, r.start + open..r.end - close)
}

/// A Markdown table's rule under its head (`|---|:---:|`).
fn is_rule(line: &str) -> bool {
    line.chars()
        .all(|c| is_blank(c) || matches!(c, '-' | ':' | '—'))
}

/// Blanks between cells: spaces and tabs, and the bars of a table written with
/// them (`营业总收入 | 1,157,635,251.45 | 984,082,514.49 |`, Markdown's `| a | b |`).
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t' | '\r' | '|' | '｜')
}

/// The atoms of a line: words between blanks; a bracketed group is one atom,
/// and a word with a bracket glued to it (`开支总额(元)`) is a name and a group.
fn atoms(s: &str, line: Range<usize>) -> Vec<Atom> {
    let mut out = Vec::new();
    let text = &s[line.clone()];
    // In a table written with bars only the bars part cells: `指 标 | 年末数 |`.
    let piped = text.contains(is_bar);
    let sep = |c: char| if piped { is_bar(c) } else { is_blank(c) };
    let mut depth = 0usize;
    let mut start: Option<usize> = None;
    let mut bracket = false;
    for (i, c) in text.char_indices() {
        let at = line.start + i;
        match c {
            '(' | '（' => {
                if depth == 0 {
                    if let Some(st) = start.take() {
                        out.push(Atom {
                            range: st..at,
                            bracket: false,
                        });
                    }
                    start = Some(at);
                    bracket = true;
                }
                depth += 1;
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(Atom {
                        range: start.take().unwrap_or(at)..at + c.len_utf8(),
                        bracket: true,
                    });
                    bracket = false;
                }
            }
            c if sep(c) && depth == 0 => {
                if let Some(st) = start.take() {
                    out.push(Atom {
                        range: trim(s, st..at),
                        bracket,
                    });
                }
            }
            _ => {
                if start.is_none() && !is_blank(c) {
                    start = Some(at);
                    bracket = false;
                }
            }
        }
    }
    if let Some(st) = start {
        out.push(Atom {
            range: trim(s, st..line.end),
            bracket: false,
        });
    }
    out
}

/// The bar of a table written with bars.
fn is_bar(c: char) -> bool {
    matches!(c, '|' | '｜')
}

/// A table row: its label, and the cells after it (figures and empty cells).
struct Row {
    label: Range<usize>,
    /// The label is a name, not a year.
    text_label: bool,
    cells: Vec<Range<usize>>,
}

/// The row on the (trimmed) line `t`, if the line is one: a label, then only
/// figures and empty cells. In a column of years, a leading year is the label.
fn row(cx: &Ctx, t: Range<usize>, year_column: bool) -> Option<Row> {
    let words = words(cx.s, t);
    let first_cell = words.iter().position(|w| {
        let text = &cx.s[w.clone()];
        is_figure(text) || is_empty_cell(text)
    });
    let mut label_end = first_cell.unwrap_or(words.len());
    if label_end == 0 && year_column && words.first().is_some_and(|w| is_year(&cx.s[w.clone()])) {
        label_end = 1;
    }
    if label_end == 0 {
        return None;
    }
    let cells = &words[label_end..];
    if !cells.iter().all(|w| {
        let text = &cx.s[w.clone()];
        is_figure(text) || is_empty_cell(text)
    }) {
        return None;
    }
    let mut label = words[0].start..words[label_end - 1].end;
    // `总数：`: the colon introduces the figures.
    if let Some(l) = cx.s[label.clone()].strip_suffix(['：', ':']) {
        label.end = label.start + l.len();
    }
    // `其中:第一产业[3]`: the part of the total the row above gave, and a note's
    // number, are none of the name.
    for w in ["其中：", "其中:"] {
        if cx.s[label.clone()].starts_with(w) && label.len() > w.len() {
            label.start += w.len();
        }
    }
    if let Some(open) = cx.s[label.clone()].rfind('[') {
        let note = &cx.s[label.start + open..label.end];
        if open > 0
            && note.ends_with(']')
            && note[1..note.len() - 1].bytes().all(|b| b.is_ascii_digit())
        {
            label.end = label.start + open;
        }
    }
    let label_text = &cx.s[label.clone()];
    let text_label =
        !starts_with_year(label_text) && label_text.chars().any(crate::chinese::chars::is_han);
    Some(Row {
        label,
        text_label,
        cells: cells.to_vec(),
    })
}

fn words(s: &str, t: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    // (A table written with bars: a cell may hold spaces, `总 资 产 | 2,644,034,246.74 |`.)
    let piped = s[t.clone()].contains(is_bar);
    let sep = |c: char| if piped { is_bar(c) } else { is_blank(c) };
    for (i, c) in s[t.clone()].char_indices() {
        if sep(c) {
            if let Some(st) = start.take() {
                out.push(trim(s, t.start + st..t.start + i));
            }
        } else if start.is_none() && !is_blank(c) {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(trim(s, t.start + st..t.end));
    }
    out
}

fn is_empty_cell(s: &str) -> bool {
    EMPTY_CELLS.contains(&s)
}

/// A figure: digits with thousands commas and decimals, perhaps a sign, a scale
/// character or a percent sign (`1,696,965`, `-11,132`, `25.51亿`, `65.5%`).
fn is_figure(s: &str) -> bool {
    figure_parts(s).is_some()
}

/// The figure's value before any scale, its scale, and whether it is a share.
fn figure_parts(s: &str) -> Option<(f64, f64, bool)> {
    let (body, percent) = match s.strip_suffix(['%', '％']) {
        Some(b) => (b, true),
        None => (s, false),
    };
    let (body, scale) = CELL_SCALES
        .iter()
        .find_map(|(w, k)| body.strip_suffix(w).map(|b| (b, *k)))
        .unwrap_or((body, 1.0));
    if percent && scale != 1.0 {
        return None;
    }
    let (negative, digits) = match body.strip_prefix(['-', '−']) {
        Some(d) => (true, d),
        None => (false, body),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    if int.is_empty()
        || frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let groups: Vec<&str> = int.split(',').collect();
    let grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped || !int.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    let v: f64 = digits.replace(',', "").parse().ok()?;
    Some((if negative { -v } else { v }, scale, percent))
}

/// A year as a row's label: `2011`, `2011年`, `2011-2012`, `2011-2012年度`, and
/// the Republic's `100`, `105年度`.
fn is_year(s: &str) -> bool {
    let s = s.trim_end_matches("年度").trim_end_matches('年');
    let year = |y: &str| {
        y.bytes().all(|b| b.is_ascii_digit())
            && match y.len() {
                2 | 3 => y.parse::<u32>().is_ok_and(|v| (30..=150).contains(&v)),
                4 => y.parse::<u32>().is_ok_and(|v| (1900..=2100).contains(&v)),
                _ => false,
            }
    };
    match s.split_once(['-', '/', '—', '–']) {
        Some((a, b)) => {
            year(a) && (year(b) || b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()))
        }
        None => year(s),
    }
}

/// Whether a label opens with a year (`2001年 (自 7月 1日 )`).
fn starts_with_year(s: &str) -> bool {
    s.split(|c: char| is_blank(c) || c == '(' || c == '（')
        .next()
        .is_some_and(is_year)
}

/// The row's cells as `width` figures: cells as they are, or, where there are
/// more, figures written with a space between thousands (`155 835`) joined.
fn fit(cx: &Ctx, cells: &[Range<usize>], width: usize) -> Option<Vec<Range<usize>>> {
    if cells.len() == width {
        return Some(cells.to_vec());
    }
    if cells.len() < width {
        return None;
    }
    let plain = |r: &Range<usize>| {
        let t = &cx.s[r.clone()];
        t.bytes().all(|b| b.is_ascii_digit())
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joins = cells.len() - width;
    for c in cells {
        let glue = joins > 0
            && plain(c)
            && c.len() == 3
            && out.last().is_some_and(|p| {
                // The group before ends in one to three digits after a blank.
                let t = &cx.s[p.clone()];
                let last = t.rsplit(is_blank).next().unwrap_or(t);
                (1..=3).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_digit())
            });
        if glue {
            if let Some(p) = out.last_mut() {
                p.end = c.end;
            }
            joins -= 1;
        } else {
            out.push(c.clone());
        }
    }
    // Where the joins ran out before a figure that could still be joined
    // (`8 729 6 851` in three columns: `6 851` or `6` and `851`), the row is
    // ambiguous.
    let single = |r: &Range<usize>| {
        let t = &cx.s[r.clone()];
        (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let ambiguous = out
        .windows(2)
        .any(|w| single(&w[0]) && plain(&w[1]) && w[1].len() == 3);
    (joins == 0 && out.len() == width && !ambiguous).then_some(out)
}

/// The fact of one cell under `unit`: bare figures only (a figure with its own
/// unit is the other rules' to read).
fn figure(
    cx: &Ctx,
    cell: &Range<usize>,
    unit: &UnitCell,
    subject: Option<Range<usize>>,
) -> Option<Cand> {
    let text: String = cx.s[cell.clone()]
        .chars()
        .filter(|c| !is_blank(*c))
        .collect();
    let (value, scale, percent) = figure_parts(&text)?;
    if percent {
        return None;
    }
    let scaled = match unit {
        UnitCell::Percent | UnitCell::Point => {
            if scale != 1.0 {
                return None;
            }
            unit.clone()
        }
        UnitCell::Money { scale: s, iso, per } => UnitCell::Money {
            scale: s * scale,
            iso: *iso,
            per: per.clone(),
        },
        UnitCell::Count {
            scale: s,
            unit: u,
            unit_normalized,
            dimension,
            per,
        } => UnitCell::Count {
            scale: s * scale,
            unit: u.clone(),
            unit_normalized,
            dimension: *dimension,
            per: per.clone(),
        },
    };
    // The sign is the figure's own: `cand` reads it from the text.
    let mut c = cells::cand(cx, cell.clone(), value.abs(), None, scaled);
    c.subject = subject;
    Some(c)
}

fn trim(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    let lead = t.len() - t.trim_start_matches(is_blank).len();
    let rest = &t[lead..];
    let tail = rest.len() - rest.trim_end_matches(is_blank).len();
    r.start + lead..r.end - tail
}

/// Without a closing bracket at the end (`（单位：万元）`).
fn strip_closing(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    match t.strip_suffix([')', '）']) {
        Some(rest) => trim(s, r.start..r.start + rest.len()),
        None => r,
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::facts_of;

    /// `kind text value unit-or-currency subject` of the facts on table rows
    /// (lines of a label and figures only).
    fn figures(t: &str) -> Vec<String> {
        facts_of(t)
            .into_iter()
            .map(|f| {
                format!(
                    "{:?} {} {} {} {}",
                    f.kind,
                    f.text,
                    f.value
                        .map(|v| serde_json::to_string(&v).unwrap())
                        .unwrap_or_default(),
                    f.unit.or(f.currency).unwrap_or_default(),
                    f.subject.map(|s| s.text).unwrap_or_default()
                )
            })
            .collect()
    }

    /// A column named as a change (`增减变动幅度(%)`, `比上年增長(%)`) gives each
    /// figure's size, the change by its sign and the head's comparison (杭州中恒电气
    /// 2019年度业绩快报; 宿松縣 2015 bulletin in a Traditional reprint).
    #[test]
    fn columns_of_changes_under_a_note() {
        let got = |t: &str| -> Vec<String> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == crate::document::FactKind::Percent)
                .map(|f| {
                    format!(
                        "{} {} {:?} {}",
                        f.text,
                        f.value
                            .map(|v| serde_json::to_string(&v).unwrap())
                            .unwrap_or_default(),
                        f.change,
                        f.basis.unwrap_or_default()
                    )
                })
                .collect()
        };
        assert_eq!(
            got("单位:人民币元\n项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |\n营业利润 | 84,703,031.05 | 87,464,355.10 | -3.16 |\n"),
            ["-3.16 3.16 Some(Decrease) "]
        );
        assert_eq!(
            got("單位:億元\n指 標 | 絕對數 | 比上年增長(%) |\n地區生產總值 | 153.1 | 8.1 |\n"),
            ["8.1 8.1 Some(Increase) 比上年"]
        );
        // A table whose head names the units, one row a line, spaced (a county's
        // 2018 bulletin, 泾源: `指标 绝对值(万元) 比上年增长(%)`).
        assert_eq!(
            got("表1:2018年地区生产总值及其增长速度\n指标 绝对值(万元) 比上年增长(%)\n全县地区生产总值 184413 6.0\n工业 8848 -45.1\n"),
            ["6.0 6 Some(Increase) 比上年", "-45.1 45.1 Some(Decrease) 比上年"]
        );
        // Nor a contribution's (`对增长贡献率(%)`).
        assert_eq!(
            got("表3:贡献\n指标 绝对值(万元) 对增长贡献率(%)\n第二产业 62947 -4.1\n"),
            ["-4.1 -4.1 None "]
        );
        // A share's column is no change (`占比(%)`).
        assert_eq!(
            got("表2:产业结构\n指标 绝对值(万元) 占比(%)\n第一产业 29811 16.2\n第二产业 62947 34.1\n"),
            ["16.2 16.2 None ", "34.1 34.1 None "]
        );
    }

    /// A table under a note ends at a blank line before another table's caption,
    /// or at a sentence: they take none of its unit.
    #[test]
    fn a_note_table_ends_with_its_rows() {
        assert_eq!(
            figures("表1 收入情况\n单位：万元\n项目 金额\n税收收入 1200\n非税收入 800\n\n表2 机构人员情况\n项目 数量\n在职人员 120\n离休人员 45\n"),
            [
                "Money 1200 12000000 CNY 税收收入",
                "Money 800 8000000 CNY 非税收入",
            ]
        );
    }

    /// Tables written with bars, as web pages and Markdown copies print them: a
    /// cell may hold spaces (`总 资 产`), a column named with its unit
    /// (`增减变动幅度(%)`, `比重(%)`) keeps it under the table's note, the head may be
    /// printed again over the second part, and a rate's row holds no amounts
    /// (杭州中恒电气 2019年度业绩快报 as 新浪财经 prints it; 宿松县 2015 bulletin in a
    /// Traditional reprint, cq66666.cn).
    #[test]
    fn tables_written_with_bars() {
        let f = figures(
            "单位:人民币元\n项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |\n营业总收入 | 1,157,635,251.45 | 984,082,514.49 | 17.64 |\n加权平均净资产收益率 | 3.65% | 3.38% | 0.27 |\n本报告期末 | 本报告期初 | 增减变动幅度(%) | |\n总 资 产 | 2,644,034,246.74 | 2,547,002,439.48 | 3.81 |\n",
        );
        assert_eq!(
            f,
            [
                "Date 上年同期 \"XXXX\"  ",
                "Money 1,157,635,251.45 1157635251.45 CNY 营业总收入",
                "Money 984,082,514.49 984082514.49 CNY 营业总收入",
                "Percent 17.64 17.64 percent 营业总收入",
                "Percent 3.65% 3.65 percent 加权平均净资产收益率",
                "Percent 3.38% 3.38 percent 加权平均净资产收益率",
                "Percent 0.27 0.27 percent 加权平均净资产收益率",
                "Money 2,644,034,246.74 2644034246.74 CNY 总 资 产",
                "Money 2,547,002,439.48 2547002439.48 CNY 总 资 产",
                "Percent 3.81 3.81 percent 总 资 产",
            ]
        );
        let f = figures(
            "單位:萬人\n指 標 | 年末數 | 比重(%) |\n|---|---|---|\n其中:城鎮 | 21.89 | 25.36 |\n\n單位:億元\n指 標 | 絕對數 | 比上年增長(%) |\n其中:第一產業[3] | 37.2 | 4.3 |\n",
        );
        assert_eq!(
            f,
            [
                "Date 年末 \"XXXX\"  ",
                "Count 21.89 218900 人 城鎮",
                "Percent 25.36 25.36 percent 城鎮",
                "Date 上年 \"XXXX\"  ",
                "Money 37.2 3720000000 CNY 第一產業",
                "Percent 4.3 4.3 percent 第一產業",
            ]
        );
    }

    /// A column's name with its unit in brackets; the labels are years, so the
    /// column's name is the subject (LegCo written replies: 2013-02-27 on
    /// direct-subsidy schools, 2013-01-30 on tunnel bonds, the head wrapped one
    /// name per line; siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
    /// data/txt/12-13-cm0227-translate-c.txt, 12-13-cm0130-translate-c.txt).
    #[test]
    fn a_figure_takes_the_unit_of_its_column() {
        let t = "教育局向直資學校發放的經常資助金表列如下︰  \n \n\
                 財政年度  經常資助金額 (百萬元 ) 直資學校數目  \n\
                 2002-2003 926 40 \n2003-2004 1,078 52 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 926 926000000 CNY 經常資助金額".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money 1,078 1078000000 CNY 經常資助金額".to_string()),
            "{f:?}"
        );
        // The number of schools has no unit in its head: no fact.
        assert!(!f.iter().any(|x| x.contains(" 40 ")), "{f:?}");
        let t = "(三 ) 過去 5個財政年度，政府每年向五隧一橋公司償還的隧橋費\n\
                 收入債券本金及利息表列如下：  \n \n\
                 財政年度  \n償還的債券本金  \n(億港元 ) \n支付利息  \n(億港元 ) \n\
                 2007-2008 15.62 1.72 \n2008-2009 7.05 1.08 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 15.62 1562000000 HKD 償還的債券本金".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money 1.08 108000000 HKD 支付利息".to_string()),
            "{f:?}"
        );
    }

    /// A line of units, one per column of figures, under the names; and a unit
    /// over the row labels (`港元 (千元 )`) for every column; the row's label is
    /// the subject (LegCo written reply of 2013-05-08 on the bond programme,
    /// 12-13-cm0508-translate-c.txt of the same repository).
    #[test]
    fn a_line_of_units_and_a_unit_over_the_labels() {
        let t = "財政年度  \n機構債券發行額  零售債券發行額  年度發行額  \n\
                 (億港元 ) 百分比  (億港元 ) 百分比  (億港元 ) \n\
                 2011-2012 190 65.5% 100 34.5% 290 \n總發行額  645 76.3% 200 23.7% 845 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 190 19000000000 HKD ".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money 290 29000000000 HKD ".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money 845 84500000000 HKD 總發行額".to_string()),
            "{f:?}"
        );
        assert!(
            f.iter().any(|x| x.starts_with("Percent 65.5% 65.5 ")),
            "{f:?}"
        );
        let t = "港元 (千元 ) 2011-2012年度  2010-2011年度  2009-2010年度  \n\
                 投資收入  2,123,652 982,685 100,824 \n其他開支  32,429 975 1,031 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 2,123,652 2123652000 HKD 投資收入".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money 975 975000 HKD 其他開支".to_string()),
            "{f:?}"
        );
        assert_eq!(
            f.iter().filter(|x| x.starts_with("Money")).count(),
            6,
            "{f:?}"
        );
    }

    /// Counts of people under `人數` columns, thousands written with a space
    /// (`1 463`): the head counts the columns, so `1 463 7` is 1,463 and 7, not
    /// three figures; a caption above the head is no column (LegCo written
    /// replies: 2012-11-21 on industrial accidents, 2013-02-06 on kindergarten
    /// places; 12-13-cm1121-translate-c.txt, 12-13-cm0206-translate-c.txt).
    #[test]
    fn thousands_with_a_space_are_one_figure_when_the_head_says_so() {
        let t = "(一 ) 2012年上半年的工業意外傷亡人數及按行業劃分的分項數\n字如下：  \n \n\
                 工業意外個案  \n行業分類  受傷人數  死亡人數  \n\
                 建造業  1 463 7 \n餐飲服務業  3 063 0 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Count 1 463 1463 人 建造業".to_string()),
            "{f:?}"
        );
        assert!(f.contains(&"Count 7 7 人 建造業".to_string()), "{f:?}");
        assert!(
            f.contains(&"Count 3 063 3063 人 餐飲服務業".to_string()),
            "{f:?}"
        );
        let t = "立法會  ─  2013年 2月 6日  \n \n4555 \n分區  學額  學生人數  \n\
                 東區  14 937 11 641 \n荃灣  7 152 6 077 \n";
        let f = figures(t);
        assert!(
            f.contains(&"Count 11 641 11641 人 東區".to_string()),
            "{f:?}"
        );
        assert!(f.contains(&"Count 6 077 6077 人 荃灣".to_string()), "{f:?}");
        assert!(!f.iter().any(|x| x.contains(" 077 77 ")), "{f:?}");
        // A name with a space in it counts as two columns: joining then runs
        // out before a figure that could still be joined, and the row is
        // ambiguous (LegCo written reply of 2013-05-15 on a youth training
        // scheme, 12-13-cm0515-translate-c.txt).
        let t = "計劃年度  參加課程人數  出席率達 80%的人數  \n\
                 2009-2010 12 198 9 838 \n2010-2011 8 729 6 851 \n";
        let f = figures(t);
        assert!(
            !f.iter()
                .any(|x| x.starts_with("Count 851 ") || x.starts_with("Count 838 ")),
            "{f:?}"
        );
    }

    /// A unit note over a table of the Legislative Yuan's budget resolutions:
    /// every bare figure is thousands of NT dollars; a column of ROC years holds
    /// labels, not amounts (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt).
    #[test]
    fn a_unit_note_covers_the_table_below_it() {
        let t = "附表 2：國立社教機構作業基金 100 年度至 105 年度收支情形表\n\
                 \u{20}                                            單位：新臺幣千元\n\
                 \u{20}                      100 年度       101 年度       102 年度\n\
                 項               目      決 算 數        決 算 數        決 算 數\n\
                 收入合計                   1,696,965    1,678,307     1,672,379\n\
                 本期賸餘（短絀-）              -281,939      -429,111     -276,148\n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 1,696,965 1696965000 TWD 收入合計".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money -429,111 -429111000 TWD 本期賸餘（短絀-）".to_string()),
            "{f:?}"
        );
        let t = "      附表：漁業發展基金 100 年度至 105 年度收\n\
                 \u{20}                收支及餘絀明細表                  單位：新台幣千元\n\
                 \u{20}      年         度     基 金 來 源     基 金 用 途     本 期 餘 絀\n\
                 \u{20}          100            56,753       7,939      48,814\n\
                 \u{20}          104             1,648      12,780      -11,132\n";
        let f = figures(t);
        assert!(
            f.contains(&"Money 56,753 56753000 TWD ".to_string()),
            "{f:?}"
        );
        assert!(
            f.contains(&"Money -11,132 -11132000 TWD ".to_string()),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|x| x.starts_with("Money 100 ") || x.starts_with("Money 104 ")),
            "{f:?}"
        );
        // A note naming several units does not say which column is which.
        let t = "預決算概況表              單位：件；新台幣千元；%\n收入合計  1,696,965  12\n";
        assert!(
            figures(t).iter().all(|x| !x.starts_with("Money")),
            "{:?}",
            figures(t)
        );
    }

    /// Heads that do not line up say nothing: a name over the labels with its
    /// own unit is not every column's (`總人數` over waiting times in months),
    /// and a head cut off by the line limit is not read in part (LegCo written
    /// replies 2013-02-27 on residential care, 2013-01-09 on hostel places;
    /// 12-13-cm0227-translate-c.txt, 12-13-cm0109-translate-c.txt).
    #[test]
    fn a_head_that_does_not_line_up_gives_nothing() {
        let t = "殘疾人士住宿服務的輪候人數及平均輪候時間詳列如下：  \n \n\
                 服務類別  輪候名單上的  \n總人數  \n2011-2012年度的  \n平均輪候時間 (月 ) \n\
                 嚴重弱智人士宿舍  2 173 81.6 \n中度弱智人士宿舍  1 477 84.4 \n";
        let f = figures(t);
        assert!(
            !f.iter().any(|x| x.contains("81.6") || x.contains("84.4")),
            "{f:?}"
        );
        // A sentence with a bracket, then a line of figures, is no table.
        let t = "有關數字 (見附件 ) 如下\n香港東  50 43\n";
        assert!(
            figures(t).iter().all(|x| !x.contains(" 50 ")),
            "{:?}",
            figures(t)
        );
    }

    fn subjects(t: &str) -> Vec<String> {
        facts_of(t)
            .into_iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f.text,
                    f.subject.map(|s| s.text).unwrap_or_default()
                )
            })
            .collect()
    }

    /// Figures with their own units on a table row measure the row's whole
    /// label, also when it wraps over two lines (LegCo written replies
    /// 2013-05-08 on unlicensed liquor premises and 2013-04-24 on tobacco
    /// control, 12-13-cm0508-translate-c.txt, 12-13-cm0424-translate-c.txt of
    /// the repository above; ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt).
    #[test]
    fn figures_on_a_row_measure_its_label() {
        let t = " 過去 3年，警方處理及打擊涉嫌無牌售酒處所的數字如下： \n \n\
                 \u{20}2010年  2011年  2012年  \n\
                 打擊無牌售酒處所行動  251次  326次  212次  \n\
                 因無牌售酒被拘捕人士  89人  70人  187人  \n";
        let s = subjects(t);
        assert!(
            s.contains(&"251次 打擊無牌售酒處所行動".to_string()),
            "{s:?}"
        );
        assert!(
            s.contains(&"187人 因無牌售酒被拘捕人士".to_string()),
            "{s:?}"
        );
        let t = " 2010年  2011年  2012年  \n有關執法工作的投訴  39 29 33 \n\
                 佔控煙辦收到的投訴\n個案之百分比  0.23% 0.18% 0.18% \n";
        let s = subjects(t);
        assert!(
            s.contains(&"0.23% 佔控煙辦收到的投訴\n個案之百分比".to_string()),
            "{s:?}"
        );
        let t = "       決算        59,412    91,330    118,493   130,308\n\
                 \u{20}     執行率        30.38%    51.37%    50.89%    37.76%\n";
        let s = subjects(t);
        assert!(s.contains(&"51.37% 執行率".to_string()), "{s:?}");
    }

    /// A Markdown table's head names its columns' units above the rule line
    /// (眾新聞 2017 on the hospital clusters' psychiatric waiting lists).
    #[test]
    fn a_markdown_head_over_its_rule_names_the_units() {
        let t = "| 聯網 | 新症數目（宗） | 輪候時間中位值（星期） |\n\
                 |---|---|---|\n\
                 | 新界東 | 4055 | 78 |\n\
                 | 九龍中 | 3000 | 12 |\n";
        let f = facts_of(t);
        let counts: Vec<_> = f
            .iter()
            .filter(|f| f.unit.as_deref() == Some("宗"))
            .map(|f| (f.text.as_str(), f.subject.as_ref().map(|s| s.text.as_str())))
            .collect();
        assert_eq!(counts, [("4055", Some("新界東")), ("3000", Some("九龍中"))]);
    }

    /// A Markdown table's row measures its first cell, `、` and emphasis marks
    /// and all; under a column named as a change (`變化`), a signed percentage
    /// is a change by its sign (眾新聞 2020-09-16 on the second quarter's
    /// unemployment and median incomes by industry).
    #[test]
    fn markdown_rows_and_change_columns() {
        let t = "| **今年第二季各行業收入中位數** |  |  |  |\n\
                 | --- | --- | --- | --- |\n\
                 | **行業** | **上季收入中位數** | **今季收入中位數** | **變化** |\n\
                 | 製造 | 20000元 | 17500元 | -12.5% |\n\
                 | 建造 | 20000元 | 20000元 | -- |\n\
                 | 零售、住宿及膳食服務 | 14000元 | 13000元 | ***-7.1%*** |\n";
        let s = subjects(t);
        for want in [
            "17500元 製造",
            "20000元 建造",
            "13000元 零售、住宿及膳食服務",
        ] {
            assert!(s.contains(&want.to_string()), "{want}: {s:?}");
        }
        let f = facts_of(t);
        let change = f.iter().find(|f| f.text == "-7.1%").unwrap();
        assert_eq!(change.value.as_ref().and_then(|v| v.as_f64()), Some(7.1));
        assert_eq!(change.change, Some(crate::document::Change::Decrease));
        // A name that only holds a change word, and an unsigned figure, give no
        // change; a head may name years.
        let t = "| 城市 | 应对气候变化投资占比 | 森林覆盖率 |\n| --- | --- | --- |\n| 杭州 | -12.5% | 66.8% |\n";
        assert!(facts_of(t).iter().all(|f| f.change.is_none()));
        let t = "| 行業 | 2022年 | 2023年 | 變化 |\n| --- | --- | --- | --- |\n| 製造 | 5.8% | 6.3% | +0.5% |\n| 建造 | 8.5% | 8.0% | 3% |\n";
        let f = facts_of(t);
        let up = f.iter().find(|f| f.text == "+0.5%").unwrap();
        assert_eq!(up.change, Some(crate::document::Change::Increase), "{f:?}");
        assert!(
            f.iter().find(|f| f.text == "3%").unwrap().change.is_none(),
            "{f:?}"
        );
        // A column of levels is no change.
        let t = "| 行業 | 上季失業率 | 今季失業率 |\n| --- | --- | --- |\n| 製造 | 5.8% | ***6.3%*** |\n";
        let f = facts_of(t);
        assert!(f.iter().all(|f| f.change.is_none()), "{f:?}");
        assert!(subjects(t).contains(&"6.3% 製造".to_string()));
    }

    /// A line of running text that ends in figures is no row: a row's label
    /// stands apart from its figures by a column's gap
    /// (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090315.txt; a LegCo
    /// reply's text, 12-13-cm0508-translate-c.txt).
    #[test]
    fn running_text_is_no_row() {
        let t = "     項第二款後段規定進行金融帳戶盡職審查或其他審查者，\n\
                 \u{20}    由財政部或其授權之機關處新臺幣二十萬元以上一千萬元\n\
                 \u{20}    以下罰鍰。\n";
        let s = subjects(t);
        assert!(
            s.iter().all(|x| !x.ends_with(" 由財政部或其授權之機關處")),
            "{s:?}"
        );
        let t = "通脹掛鈎債券。在兩次的債券認購中，有約 10%至 15%的申請人為首次債券投資者\n";
        let s = subjects(t);
        assert!(s.iter().all(|x| !x.contains("債券認購中")), "{s:?}");
    }
}
