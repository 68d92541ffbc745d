//! Tables laid out one cell per line, as a Word or PDF table comes out as text:
//! a value cell that holds only a number (`25`, `≥2000`, `55左右`) takes its unit
//! from the unit column of its row (`万平方米`, `%`, `万元/人`) and its subject from
//! the indicator cell just before the unit (`旧住房成套改造任务`).
//!
//! Only under a header that names a unit column (a cell `单位`): elsewhere a
//! bare number on a line of its own is a row or page number, or a figure of a
//! table whose layout is unknown, and says nothing. Between the unit cell and
//! the value there may only be other values, empty cells (`-`) and short
//! attribute cells (`预期性`, `约束性`); a bare integer followed by a text cell is
//! the number of the next row, not a value.

use std::ops::Range;

use super::{counts, money, qualifiers, Cand, Ctx};
use crate::document::{FactKind, Qualifier};

/// Header cells that name a unit column (Simplified: the rules read the copy).
/// Compared with the cell's spaces taken out (`单  位`, `指     标`: a table's
/// cells are spaced out to width).
pub(crate) const UNIT_HEADERS: &[&str] = &["单位", "计量单位"];

/// Header cells that name the indicator column of a statistical table, whose
/// indicators carry their units in brackets (`客运总量(万人次)`).
const INDICATOR_HEADERS: &[&str] = &["指标", "指标名称"];

/// The longest header line, in bytes (spaces included).
const HEADER_LINE_BYTES: usize = 64;

/// Whether a line (or cell) is one of `heads`, once its spaces are taken out.
pub(crate) fn is_head(line: &str, heads: &[&str]) -> bool {
    let line = line.trim();
    if line.len() > HEADER_LINE_BYTES {
        return false;
    }
    let mut squeezed = [0u8; HEADER_LINE_BYTES];
    let mut n = 0;
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        n += c.encode_utf8(&mut squeezed[n..]).len();
    }
    let squeezed = &squeezed[..n];
    heads.iter().any(|h| h.as_bytes() == squeezed)
}

/// Words of a header cell that heads a column of rates or shares (`比上年增长(%)`,
/// `完成率`): a table with one gives no row's unit to bare numbers, which may be
/// in that column.
const RATE_COLUMN_WORDS: &[&str] = &[
    "%",
    "％",
    "增长",
    "增速",
    "增幅",
    "率",
    "同比",
    "比上年",
    "比重",
];

/// How far before a value cell its table's header may be, in bytes.
const HEADER_LOOK_BYTES: usize = 8000;

/// How many non-blank cells a value may be from its row's unit cell.
const LOOK_BACK_CELLS: usize = 6;

/// Cells that stand for no value.
pub(crate) const EMPTY_CELLS: &[&str] = &["-", "—", "－", "——", "/", "／", "…", "……", "无"];

/// An attribute cell is a Han word at most this long (`预期性`, `约束性`).
const ATTRIBUTE_MAX_CHARS: usize = 4;

/// The longest value or unit cell, in characters.
const CELL_MAX_CHARS: usize = 16;

/// Scale words a unit cell may open with (`万平方米`, `亿元`), longest first.
const SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("十万", 1e5),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// What a unit cell says.
#[derive(Clone)]
pub(crate) enum UnitCell {
    Percent,
    /// Percentage points.
    Point,
    Money {
        scale: f64,
        iso: Option<&'static str>,
        per: Option<Range<usize>>,
    },
    Count {
        scale: f64,
        unit: Range<usize>,
        unit_normalized: &'static str,
        dimension: crate::document::Dimension,
        per: Option<Range<usize>>,
    },
}

/// Where the document's unit-column headers are (byte offsets of their lines):
/// found once per document, so that a stretch far from any table is let go at once.
pub(crate) fn unit_headers(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    // Each header ends with one of these characters: found, then its line
    // read (walked over byte by byte, never a whole long line).
    for last in ["位", "标", "称"] {
        for i in memchr::memmem::find_iter(b, last.as_bytes()) {
            let from = i.saturating_sub(HEADER_LINE_BYTES);
            let start = match memchr::memrchr(b'\n', &b[from..i]) {
                Some(k) => from + k + 1,
                None if from == 0 => 0,
                None => continue,
            };
            let to = (i + HEADER_LINE_BYTES).min(b.len());
            let end = match memchr::memchr(b'\n', &b[i..to]) {
                Some(k) => i + k,
                None if to == b.len() => to,
                None => continue,
            };
            let line = &s[start..end];
            if is_head(line, UNIT_HEADERS) || is_head(line, INDICATOR_HEADERS) {
                out.push(start + (line.len() - line.trim_start().len()));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The facts of the value cells in the context's stretch. `taken`: what other
/// rules read (a cell already read is left alone); `headers`: [`unit_headers`].
pub(crate) fn find(cx: &Ctx, taken: &[Cand], headers: &[usize]) -> Vec<Cand> {
    let mut out = Vec::new();
    let near = headers.iter().any(|&h| {
        h < cx.range.end && h + HEADER_LOOK_BYTES + (cx.range.end - cx.range.start) > cx.range.start
    });
    if !near {
        return out;
    }
    let mut pos = cx.range.start;
    while pos < cx.range.end {
        let line = line_at(cx.s, pos);
        pos = line.end + 1;
        let t = trimmed(cx.s, line.clone());
        if t.is_empty() || taken.iter().any(|c| overlaps(&c.range, &t)) {
            continue;
        }
        // A header before this cell, close enough.
        if !headers
            .iter()
            .any(|&h| h < t.start && t.start - h <= HEADER_LOOK_BYTES)
        {
            continue;
        }
        if let Some(c) = value_cell(cx, t) {
            out.push(c);
        }
    }
    out
}

pub(crate) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The line holding byte `pos` (without its line break).
pub(crate) fn line_at(s: &str, pos: usize) -> Range<usize> {
    let start = s[..pos].rfind('\n').map_or(0, |k| k + 1);
    let end = s[pos..].find('\n').map_or(s.len(), |k| pos + k);
    start..end
}

/// The line before the one starting at `start`, if any.
pub(crate) fn line_before(s: &str, start: usize) -> Option<Range<usize>> {
    (start > 0).then(|| line_at(s, start - 1))
}

/// The line after the one ending at `end`, if any.
pub(crate) fn line_after(s: &str, end: usize) -> Option<Range<usize>> {
    (end < s.len()).then(|| line_at(s, end + 1))
}

/// `r` without the spaces at its ends (an empty range at its start when blank).
pub(crate) fn trimmed(s: &str, r: Range<usize>) -> Range<usize> {
    let t = &s[r.clone()];
    let lead = t.len() - t.trim_start_matches([' ', '\u{3000}', '\t', '\r']).len();
    let tail = t.len() - t.trim_end_matches([' ', '\u{3000}', '\t', '\r']).len();
    if lead + tail >= t.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - tail
}

/// The next or previous non-blank line from `line`, trimmed.
fn non_blank(s: &str, mut line: Range<usize>, forward: bool) -> Option<Range<usize>> {
    for _ in 0..3 {
        line = if forward {
            line_after(s, line.end)?
        } else {
            line_before(s, line.start)?
        };
        let t = trimmed(s, line.clone());
        if !t.is_empty() {
            return Some(t);
        }
    }
    None
}

/// A cell that holds one number and at most its qualifiers: the number's range,
/// the qualified range and the qualifier.
fn number_cell(
    cx: &Ctx,
    t: &Range<usize>,
) -> Option<(super::Num, Range<usize>, Option<Qualifier>)> {
    if cx.s[t.clone()].chars().count() > CELL_MAX_CHARS {
        return None;
    }
    let i = cx.num_index_from(t.start);
    let n = *cx.nums.get(i).filter(|n| n.end <= t.end)?;
    let (mut range, q) = qualifiers::around(cx, n.start, n.end, None);
    if let Some(st) = crate::chinese::numerals::sign_before(cx.s, n.start) {
        range.start = range.start.min(st);
    }
    (range == *t).then_some((n, range, q))
}

fn is_empty_cell(s: &str) -> bool {
    EMPTY_CELLS.contains(&s)
}

fn is_han_word(s: &str, max: usize) -> bool {
    let n = s.chars().count();
    n >= 1 && n <= max && s.chars().all(crate::chinese::chars::is_han)
}

fn value_cell(cx: &Ctx, t: Range<usize>) -> Option<Cand> {
    let (n, range, q) = number_cell(cx, &t)?;
    let value = n.value()?;
    if n.masked() {
        return None;
    }
    // A bare integer that opens a row (its indicator, perhaps a category before
    // it, then its unit) numbers that row. Before any other text cell (the next
    // group's category, a paragraph after the table) it is this row's value.
    let integer = q.is_none() && !cx.s[n.start..n.end].contains(['.', '．']);
    if integer && opens_row(cx, &t) {
        return None;
    }
    // Back over the row's other values, empty and attribute cells to its unit.
    let mut line = line_at(cx.s, t.start);
    for passed in 0..LOOK_BACK_CELLS {
        let cell = non_blank(cx.s, line.clone(), false)?;
        line = line_at(cx.s, cell.start);
        let text = &cx.s[cell.clone()];
        if let Some(unit) = unit_cell(cx, &cell) {
            // The row's unit is its quantity's: a column of growth rates after
            // it (`单位 / 产量 / 同比增长（±%）`) holds percentages.
            if column_head(cx, cell.start, passed)
                .is_some_and(|h| RATE_COLUMN_WORDS.iter().any(|w| h.contains(w)))
            {
                return None;
            }
            let mut c = cand(cx, range, value, q, unit);
            c.subject = subject_before(cx, &cell);
            return Some(c);
        }
        if let Some((unit, name)) =
            labelled_unit(cx, &cell).filter(|_| !rate_column_before(cx, cell.start))
        {
            let mut c = cand(cx, range, value, q, unit);
            c.subject = Some(name);
            return Some(c);
        }
        let passable = number_cell(cx, &cell).is_some()
            || is_empty_cell(text)
            || is_han_word(text, ATTRIBUTE_MAX_CHARS);
        if !passable {
            return None;
        }
    }
    None
}

/// Where the nearest table header line before `pos` (within
/// [`HEADER_LOOK_BYTES`]) starts: a unit header (`单位`), or with `indicator` an
/// indicator header (`指标`) too.
fn header_before(cx: &Ctx, pos: usize, indicator: bool) -> Option<usize> {
    let from = pos.saturating_sub(HEADER_LOOK_BYTES);
    let from = (from..pos)
        .find(|&i| cx.s.is_char_boundary(i))
        .unwrap_or(pos);
    let window = &cx.s[from..pos];
    window
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .rfind(|&i| {
            let line = window[i..].split('\n').next().unwrap_or("").trim();
            is_head(line, UNIT_HEADERS) || (indicator && is_head(line, INDICATOR_HEADERS))
        })
        .map(|i| from + i)
}

/// The head of the column `passed` columns after the unit column, for a unit
/// cell at `unit`: the header's cells follow its unit header (`单位`) in order.
fn column_head<'a>(cx: &Ctx<'a>, unit: usize, passed: usize) -> Option<&'a str> {
    let header = header_before(cx, unit, false)?;
    let mut line = line_at(cx.s, header);
    for _ in 0..=passed {
        let cell = non_blank(cx.s, line, true)?;
        if cell.start >= unit {
            return None;
        }
        line = line_at(cx.s, cell.start);
    }
    let head = trimmed(cx.s, line);
    Some(&cx.s[head])
}

/// Does the table holding `pos` have a column of rates or shares (a header cell
/// between the table's header and `pos` with a word of [`RATE_COLUMN_WORDS`])?
/// Without a header found, it may: `true`.
fn rate_column_before(cx: &Ctx, pos: usize) -> bool {
    match header_before(cx, pos, true) {
        Some(h) => {
            let head = &cx.s[h..pos];
            // (The header's cells and the rows before `pos`: a row named by a
            // rate, `客运周转率(%)`, turns the rule off for the rows after it too.)
            RATE_COLUMN_WORDS.iter().any(|w| head.contains(w))
        }
        None => true,
    }
}

/// An indicator cell with its unit in brackets at its end (`客运总量(万人次)`,
/// `2、运营线路长度（公里）`): the unit and the indicator's name (without the
/// row's number).
fn labelled_unit(cx: &Ctx, cell: &Range<usize>) -> Option<(UnitCell, Range<usize>)> {
    let text = &cx.s[cell.clone()];
    let close = text
        .chars()
        .next_back()
        .filter(|c| matches!(c, ')' | '）'))?;
    let open = text.rfind(['(', '（'])?;
    let open_len = text[open..].chars().next()?.len_utf8();
    let inner = cell.start + open + open_len..cell.end - close.len_utf8();
    let unit = unit_cell(cx, &inner)?;
    let head = &text[..open];
    let marker = crate::structure::parse_marker(head).map_or(0, |m| m.len);
    let name = cell.start + marker..cell.start + open;
    let name_text = &cx.s[name.clone()];
    (is_indicator_name(name_text) && !name_text.contains(['(', '（'])).then_some((unit, name))
}

/// Whether the cells after `t` are those of a row it numbers: one or two text
/// cells (a category, the indicator), then a unit cell.
fn opens_row(cx: &Ctx, t: &Range<usize>) -> bool {
    let mut line = line_at(cx.s, t.start);
    for k in 0..3 {
        let Some(next) = non_blank(cx.s, line, true) else {
            return false;
        };
        if k > 0 && unit_cell(cx, &next).is_some() {
            return true;
        }
        let text = &cx.s[next.clone()];
        let text_cell = text.chars().any(crate::chinese::chars::is_han)
            && number_cell(cx, &next).is_none()
            && unit_cell(cx, &next).is_none()
            && !is_empty_cell(text);
        if !text_cell {
            return false;
        }
        line = line_at(cx.s, next.start);
    }
    false
}

/// The indicator cell right before the unit cell: a name, not a number or a
/// sentence.
fn subject_before(cx: &Ctx, unit: &Range<usize>) -> Option<Range<usize>> {
    let cell = non_blank(cx.s, line_at(cx.s, unit.start), false)?;
    let text = &cx.s[cell.clone()];
    (is_indicator_name(text) && !is_head(text, UNIT_HEADERS)).then_some(cell)
}

/// An indicator's name in a cell: 2 to 30 characters opening with a Han one, no
/// sentence or field in it.
fn is_indicator_name(text: &str) -> bool {
    (2..=30).contains(&text.chars().count())
        && text
            .chars()
            .next()
            .is_some_and(crate::chinese::chars::is_han)
        && !text.contains(['，', '。', '；', '：', ',', ';', ':'])
}

/// What the cell says as a unit column's entry, if it is one.
pub(crate) fn unit_cell(cx: &Ctx, t: &Range<usize>) -> Option<UnitCell> {
    let text = &cx.s[t.clone()];
    if text.is_empty() || text.chars().count() > CELL_MAX_CHARS {
        return None;
    }
    match text {
        "%" | "％" => return Some(UnitCell::Percent),
        "个百分点" | "百分点" => return Some(UnitCell::Point),
        _ => {}
    }
    // A unit that opens with a scale word is read whole first (`千米`, `千瓦`,
    // `百万千瓦`: units of their own), then as scale and unit (`万平方米`).
    let whole = unit_parts(cx, t, 1.0, t.start);
    if whole.is_some() {
        return whole;
    }
    let (w, scale) = SCALES.iter().find(|(w, _)| text.starts_with(w))?;
    unit_parts(cx, t, *scale, t.start + w.len())
}

/// The unit cell `t` read as `scale`, then the unit from `head_start`, then `/`
/// and what it is per.
fn unit_parts(cx: &Ctx, t: &Range<usize>, scale: f64, head_start: usize) -> Option<UnitCell> {
    let slash = cx.s[head_start..t.end].find(['/', '／']);
    let head = head_start..slash.map_or(t.end, |k| head_start + k);
    let per = slash.map(|k| {
        let p = head_start
            + k
            + cx.s[head_start + k..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        p..t.end
    });
    if per.as_ref().is_some_and(|p| {
        !is_han_word(&cx.s[p.clone()], 4) && counts::unit_named(&cx.s[p.clone()]).is_none()
    }) {
        return None;
    }
    let head_text = &cx.s[head.clone()];
    if head_text.is_empty() {
        return None;
    }
    if let Some(cur) = money::currencies()
        .iter()
        .find(|c| c.suffix && c.word == head_text)
    {
        return Some(UnitCell::Money {
            scale,
            iso: cur.iso,
            per,
        });
    }
    let unit = counts::unit_named(head_text)?;
    Some(UnitCell::Count {
        scale,
        unit: head,
        unit_normalized: unit.simplified,
        dimension: unit.dimension,
        per,
    })
}

pub(crate) fn cand(
    cx: &Ctx,
    range: Range<usize>,
    value: f64,
    q: Option<Qualifier>,
    unit: UnitCell,
) -> Cand {
    let negative = cx.s[range.clone()].starts_with(['-', '−']);
    let value = if negative { -value } else { value };
    let mut c;
    match unit {
        UnitCell::Percent | UnitCell::Point => {
            c = Cand::new(FactKind::Percent, range);
            let name = if matches!(unit, UnitCell::Point) {
                "point"
            } else {
                "percent"
            };
            c.value = super::number_value(value);
            c.unit = Some(name.to_string());
            c.unit_normalized = Some(name.to_string());
        }
        UnitCell::Money { scale, iso, per } => {
            c = Cand::new(FactKind::Money, range);
            c.value = super::number_value(value * scale);
            let default = if cx.taiwan { "TWD" } else { "CNY" };
            c.currency = Some(iso.unwrap_or(default).to_string());
            c.per = per;
        }
        UnitCell::Count {
            scale,
            unit,
            unit_normalized,
            dimension,
            per,
        } => {
            c = Cand::new(FactKind::Count, range);
            c.value = super::number_value(value * scale);
            c.unit = Some(cx.a.original(unit).to_string());
            c.unit_normalized = Some(unit_normalized.to_string());
            c.dimension = Some(dimension);
            c.per = per;
        }
    }
    c.qualifier = q;
    c
}

#[cfg(test)]
mod tests {
    use crate::facts::facts_of;

    /// `(kind, text, value, unit or currency, per, qualifier, subject)` of the
    /// facts that are bare cells.
    fn cells(t: &str) -> Vec<String> {
        facts_of(t)
            .into_iter()
            .filter(|f| t.lines().nth(f.line - 1).map(str::trim) == Some(f.text.as_str()))
            .map(|f| {
                format!(
                    "{:?} {} {} {} {} {:?} {}",
                    f.kind,
                    f.text,
                    f.value
                        .map(|v| serde_json::to_string(&v).unwrap())
                        .unwrap_or_default(),
                    f.unit.or(f.currency).unwrap_or_default(),
                    f.per.unwrap_or_default(),
                    f.qualifier,
                    f.subject.map(|s| s.text).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_value_cell_takes_the_unit_and_indicator_of_its_row() {
        // 闵行区城市更新“十五五”规划 (闵府发〔2026〕26号), its indicator table: one
        // cell per line, rows apart, the achieved and the target value.
        let t = "主要指标表\n类别\n序号\n一级指标\n二级指标\n单位\n属性\n“十四五”\n完成值\n“十五五”\n目标值\n\n\
                 建设全龄友好宜居城区\n1\n既有居住建筑改造\n旧住房成套改造任务\n万平方米\n预期性\n25\n1.4\n\n\
                 2\n推进老旧小区整治改造\n老旧小区整治改造面积\n万平方米\n预期性\n240\n300\n\n\
                 3\n开展完整社区建设\n完整社区覆盖率\n％\n预期性\n-\n60\n\n\
                 7\n推进产业空间提质增效\n低效产业用地盘活面积\n亩\n预期性\n≥2000\n≥5000\n";
        assert_eq!(
            cells(t),
            [
                "Count 25 250000 平方米  None 旧住房成套改造任务",
                "Count 1.4 14000 平方米  None 旧住房成套改造任务",
                "Count 240 2400000 平方米  None 老旧小区整治改造面积",
                "Count 300 3000000 平方米  None 老旧小区整治改造面积",
                "Percent 60 60 percent  None 完整社区覆盖率",
                "Count ≥2000 2000 亩  Some(AtLeast) 低效产业用地盘活面积",
                "Count ≥5000 5000 亩  Some(AtLeast) 低效产业用地盘活面积",
            ]
        );
    }

    #[test]
    fn cells_apart_rates_and_qualifiers_after_the_number() {
        // 上海市长宁区国民经济和社会发展第十五个五年规划纲要, its indicator table: a
        // blank line between cells, a rate in the unit column.
        let t = "序号\n\n指标名称\n\n单位\n\n属性\n\n“十五五”目标\n\n\
                 3\n\n全员劳动生产率\n\n万元/人\n\n预期性\n\n55左右\n\n\
                 4\n\n主导产业税收占全区税收比重\n\n%\n\n预期性\n\n≥58\n\n\
                 5\n\n每万人口高价值发明专利拥有量\n\n件/万人\n\n预期性\n\n85左右\n";
        assert_eq!(
            cells(t),
            [
                "Money 55左右 550000 CNY 人 Some(Approx) 全员劳动生产率",
                "Percent ≥58 58 percent  Some(AtLeast) 主导产业税收占全区税收比重",
                "Count 85左右 85 件 万人 Some(Approx) 每万人口高价值发明专利拥有量",
            ]
        );
    }

    #[test]
    fn a_unit_that_opens_with_a_scale_word_is_read_whole() {
        // 上海市普陀区国土空间近期规划 (2026—2030), its indicator table.
        let t = "序号\n指标名称\n单位\n基期年\n规划年\n\
                 9\n河湖高品质开放滨水空间公里数\n千米\n21\n24\n\
                 11\n道路网密度\n千米/平方千米\n5.8\n6.2\n";
        assert_eq!(
            cells(t),
            [
                "Count 21 21 千米  None 河湖高品质开放滨水空间公里数",
                "Count 24 24 千米  None 河湖高品质开放滨水空间公里数",
                "Count 5.8 5.8 千米 平方千米 None 道路网密度",
                "Count 6.2 6.2 千米 平方千米 None 道路网密度",
            ]
        );
    }

    #[test]
    fn an_indicator_with_its_unit_in_brackets_gives_its_row_the_unit() {
        // 南京年鉴 2021, table 8-8 (城市公共交通情况): the indicator column's cells
        // carry their units; two year columns.
        let t = "表8—8 城市公共交通情况\n指 标\n2020年\n2019年\n一、公共汽电车\n1、运营车数(辆)\n8747\n8700\n\
                 2、标准运营车数(标台)\n10456\n10550\n5、客运总量(万人次)\n54094\n91518\n";
        assert_eq!(
            cells(t),
            [
                "Date 2020年 \"2020\"   None ",
                "Date 2019年 \"2019\"   None ",
                "Count 8747 8747 辆  None 运营车数",
                "Count 8700 8700 辆  None 运营车数",
                "Count 10456 10456 标台  None 标准运营车数",
                "Count 10550 10550 标台  None 标准运营车数",
                "Count 54094 540940000 人次  None 客运总量",
                "Count 91518 915180000 人次  None 客运总量",
            ]
        );
        // Without a table's indicator header, a bracketed unit before bare lines
        // says nothing. In a table with a column of rates, the rows are read by
        // their columns (see `growth_cells`): the rate is no count.
        assert!(cells("客运总量(万人次)\n54094\n").is_empty());
        let t = "指 标\n2020年\n比上年增长(%)\n客运总量(万人次)\n54094\n-40.9\n";
        assert_eq!(
            cells(t)[1..],
            [
                "Count 54094 540940000 人次  None 客运总量",
                "Percent -40.9 40.9 percent  None 客运总量"
            ],
            "{:?}",
            cells(t)
        );
        let t = "部门决算表\n项目\n预算数\n决算数\n完成率\n办公费(万元)\n25\n24\n96\n";
        assert!(cells(t).is_empty(), "{:?}", cells(t));
    }

    #[test]
    fn bare_numbers_outside_a_table_with_a_unit_column_say_nothing() {
        // Page numbers and row numbers of a document without a unit column
        // (../shared/corpus/reports: numbered lines of plans and bulletins).
        let t = "一、基本情况\n全年完成投资12亿元。\n\n12\n\n二、主要做法\n1\n加强组织领导\n2\n";
        assert!(cells(t).is_empty(), "{:?}", cells(t));
        // Under a unit column, a row number before its label is no value.
        let t = "序号\n指标\n单位\n目标\n1\n人口\n万人\n60\n2\n绿地\n公顷\n";
        assert_eq!(cells(t), ["Count 60 600000 人  None 人口"]);
    }

    /// The last value of a group or of the table, before a text cell that opens
    /// no row (the next group's category, a heading after the table), is a value.
    #[test]
    fn the_last_value_before_a_category_or_the_end_is_read() {
        // 黄浦区城市更新“十五五”规划, table 1 (类别, 序号, 指标, 单位, 属性, 目标); the
        // same layout as 闵行区城市更新“十五五”规划's indicator table.
        let t = "类别\n\n序号\n\n指标\n\n单位\n\n属性\n\n目标\n\n促发展\n\n1\n\n片区更新数量\n\n个\n\n预期性\n\n2\n\n2\n\n商办楼宇更新数量\n\n个\n\n预期性\n\n25\n\n3\n\n更新商业设施面积\n\n万平方米\n\n预期性\n\n50\n\n惠民生\n\n4\n\n老旧住房综合修缮面积\n\n万平方米\n\n约束性\n\n90\n\n二、主要任务\n";
        assert_eq!(
            cells(t),
            [
                "Count 2 2 个  None 片区更新数量",
                "Count 25 25 个  None 商办楼宇更新数量",
                "Count 50 500000 平方米  None 更新商业设施面积",
                "Count 90 900000 平方米  None 老旧住房综合修缮面积",
            ]
        );
    }
}
