//! Word documents (`.docx`): the body's paragraphs in reading order, one per
//! line, with Word's automatic list numbers written out as the reader sees them
//! (`一、`, `（一）`, `1.`, from `word/numbering.xml` and the paragraph's level or
//! its style's); a table row per line with its cells separated by a tab.
//! Headers, footers, footnotes, comments, deleted text (tracked changes), field
//! codes and hidden text are not part of the body a reader reads, so they are
//! dropped. Text boxes are read where they are anchored.

use std::collections::HashMap;

use super::xml::{attr, Ev, Xml};
use super::{damaged, open_zip, Format, OutlineLine};
use crate::error::DecodeError;

/// Read a `.docx` archive's body text, with the paragraphs that are headings (a
/// heading style or an outline level).
pub(crate) fn read(bytes: &[u8]) -> Result<(String, Vec<OutlineLine>), DecodeError> {
    let mut zip = open_zip(bytes, Format::Docx)?;
    let body = zip
        .text("word/document.xml")?
        .ok_or_else(|| damaged(Format::Docx, "word/document.xml is missing"))?;
    let styles = match zip.text("word/styles.xml")? {
        Some(s) => parse_styles(&s)?,
        None => HashMap::new(),
    };
    let numbering = match zip.text("word/numbering.xml")? {
        Some(s) => parse_numbering(&s)?,
        None => Numbering::default(),
    };
    body_text(&body, &styles, &numbering)
}

/// What a paragraph style says about numbering and the outline.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<usize>,
    /// `w:outlineLvl` (0 = top, 9 = body text), or the level of a built-in
    /// heading style named `heading N`.
    outline: Option<u8>,
}

/// Outline level 9 is body text.
const BODY_LEVEL: u8 = 9;

fn parse_styles(xml: &str) -> Result<HashMap<String, Style>, DecodeError> {
    let mut out = HashMap::new();
    let mut r = Xml::new(xml, Format::Docx, "word/styles.xml");
    let mut cur: Option<(String, Style)> = None;
    loop {
        match r.next()? {
            Ev::Start(n, e) | Ev::Empty(n, e) => match n.as_slice() {
                b"style" => {
                    if let Some((id, s)) = cur.take() {
                        out.insert(id, s);
                    }
                    cur = attr(&e, b"styleId").map(|id| (id, Style::default()));
                }
                b"basedOn" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.based_on = attr(&e, b"val");
                    }
                }
                b"numId" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.num_id = attr(&e, b"val").and_then(|v| v.parse().ok());
                    }
                }
                b"ilvl" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok());
                    }
                }
                b"outlineLvl" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.outline = attr(&e, b"val").and_then(|v| v.parse().ok());
                    }
                }
                // Word's built-in headings are named `heading 1`…`heading 9` whatever
                // the style's id (`1`, `Heading1`, `标题 1` in a Chinese Word).
                b"name" => {
                    if let Some((_, s)) = cur.as_mut() {
                        let level = attr(&e, b"val").and_then(|v| {
                            v.to_ascii_lowercase()
                                .strip_prefix("heading ")
                                .and_then(|n| n.trim().parse::<u8>().ok())
                        });
                        if let Some(n) = level.filter(|n| (1..=9).contains(n)) {
                            s.outline.get_or_insert(n - 1);
                        }
                    }
                }
                b"pPrChange" | b"rPrChange" => r.skip()?,
                _ => {}
            },
            Ev::End(n) if n == b"style" => {
                if let Some((id, s)) = cur.take() {
                    out.insert(id, s);
                }
            }
            Ev::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    fmt: String,
    text: String,
    /// `w:lvlRestart`: restart after a use of a level above this (1-based), 0 =
    /// never; `None`: after any level above.
    restart: Option<usize>,
    legal: bool,
    suffix: String,
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            fmt: "decimal".into(),
            text: String::new(),
            restart: None,
            legal: false,
            suffix: "tab".into(),
            style: None,
        }
    }
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<u32, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<u32, (u32, HashMap<usize, u32>)>,
}

const LEVELS: usize = 9;

fn parse_numbering(xml: &str) -> Result<Numbering, DecodeError> {
    let mut n = Numbering::default();
    let mut r = Xml::new(xml, Format::Docx, "word/numbering.xml");
    let mut abs: Option<(u32, Vec<Level>)> = None;
    let mut lvl: Option<usize> = None;
    let mut num: Option<(u32, u32, HashMap<usize, u32>)> = None;
    let mut override_lvl: Option<usize> = None;
    let val = |e: &quick_xml::events::BytesStart<'_>| attr(e, b"val");
    loop {
        match r.next()? {
            Ev::Start(name, e) | Ev::Empty(name, e) => match name.as_slice() {
                b"abstractNum" => {
                    abs = attr(&e, b"abstractNumId")
                        .and_then(|v| v.parse().ok())
                        .map(|id| (id, vec![Level::default(); LEVELS]));
                }
                b"lvl" if num.is_none() => {
                    lvl = attr(&e, b"ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&l: &usize| l < LEVELS);
                }
                b"num" => {
                    num = attr(&e, b"numId")
                        .and_then(|v| v.parse().ok())
                        .map(|id| (id, 0, HashMap::new()));
                }
                b"abstractNumId" => {
                    if let (Some(n), Some(v)) = (num.as_mut(), val(&e).and_then(|v| v.parse().ok()))
                    {
                        n.1 = v;
                    }
                }
                b"lvlOverride" => {
                    override_lvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok());
                }
                b"startOverride" => {
                    if let (Some(n), Some(l), Some(v)) = (
                        num.as_mut(),
                        override_lvl,
                        val(&e).and_then(|v| v.parse().ok()),
                    ) {
                        n.2.insert(l, v);
                    }
                }
                b"pPrChange" | b"rPrChange" => r.skip()?,
                other => {
                    let (Some((_, levels)), Some(l)) = (abs.as_mut(), lvl) else {
                        continue;
                    };
                    let level = &mut levels[l];
                    match other {
                        b"start" => {
                            if let Some(v) = val(&e).and_then(|v| v.parse().ok()) {
                                level.start = v;
                            }
                        }
                        b"numFmt" => {
                            if let Some(v) = val(&e) {
                                level.fmt = v;
                            }
                        }
                        b"lvlText" => level.text = val(&e).unwrap_or_default(),
                        b"lvlRestart" => level.restart = val(&e).and_then(|v| v.parse().ok()),
                        b"isLgl" => {
                            level.legal = !matches!(val(&e).as_deref(), Some("0" | "false"))
                        }
                        b"suff" => level.suffix = val(&e).unwrap_or_else(|| "tab".into()),
                        b"pStyle" => level.style = val(&e),
                        _ => {}
                    }
                }
            },
            Ev::End(name) => match name.as_slice() {
                b"abstractNum" => {
                    if let Some((id, levels)) = abs.take() {
                        n.abstracts.insert(id, levels);
                    }
                    lvl = None;
                }
                b"lvl" => lvl = None,
                b"num" => {
                    if let Some((id, a, o)) = num.take() {
                        n.nums.insert(id, (a, o));
                    }
                }
                b"lvlOverride" => override_lvl = None,
                _ => {}
            },
            Ev::Eof => break,
            _ => {}
        }
    }
    Ok(n)
}

/// The counters of the lists met so far. Lists that share a definition continue
/// each other, as in Word, unless a list restarts its numbers (`startOverride`).
#[derive(Default)]
struct Counters {
    by_list: HashMap<(u32, bool), [Option<u32>; LEVELS]>,
}

impl Counters {
    /// The number of a paragraph in list `num_id` at level `ilvl`, as written.
    fn next(&mut self, n: &Numbering, num_id: u32, ilvl: usize) -> Option<(String, bool)> {
        let (abs_id, overrides) = n.nums.get(&num_id)?;
        let levels = n.abstracts.get(abs_id)?;
        let ilvl = ilvl.min(LEVELS - 1);
        let level = &levels[ilvl];
        let key = if overrides.is_empty() {
            (*abs_id, false)
        } else {
            (num_id, true)
        };
        let counts = self.by_list.entry(key).or_insert([None; LEVELS]);
        let start = |l: usize| overrides.get(&l).copied().unwrap_or(levels[l].start);
        counts[ilvl] = Some(match counts[ilvl] {
            Some(c) => c.saturating_add(1),
            None => start(ilvl),
        });
        for (l, deeper) in levels.iter().enumerate().skip(ilvl + 1) {
            let restarts = match deeper.restart {
                None => true,
                Some(0) => false,
                Some(r) => ilvl < r,
            };
            if restarts {
                counts[l] = None;
            }
        }
        if level.fmt == "bullet" || level.fmt == "none" && !level.text.contains('%') {
            // Bullets carry no number; a reader's "•" adds nothing to the text.
            return (level.fmt == "none" && !level.text.is_empty())
                .then(|| (level.text.clone(), level.suffix != "nothing"));
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let l = (d as usize).saturating_sub(1).min(LEVELS - 1);
                    let value = counts[l].unwrap_or_else(|| start(l));
                    let fmt = if level.legal && l != ilvl {
                        "decimal"
                    } else {
                        levels[l].fmt.as_str()
                    };
                    out.push_str(&format_number(value, fmt));
                    continue;
                }
            }
            out.push(c);
        }
        Some((out, level.suffix != "nothing"))
    }
}

/// A list number in one of Word's number formats (`w:numFmt`).
pub(crate) fn format_number(n: u32, fmt: &str) -> String {
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    const PAREN: &str = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    const STOP: &str = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
    let nth = |set: &str| {
        (1..=20)
            .contains(&n)
            .then(|| set.chars().nth(n as usize - 1))
            .flatten()
            .map(String::from)
    };
    let cycle = |set: &str| {
        let v: Vec<char> = set.chars().collect();
        v[(n.max(1) as usize - 1) % v.len()].to_string()
    };
    match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "japaneseCounting"
        | "japaneseCountingThousand" => chinese(
            n,
            &['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
            ['十', '百', '千', '万'],
        ),
        "chineseLegalSimplified" => chinese(
            n,
            &['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
            ['拾', '佰', '仟', '万'],
        ),
        "ideographLegalTraditional" | "japaneseLegal" => chinese(
            n,
            &['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
            ['拾', '佰', '仟', '萬'],
        ),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => n
            .to_string()
            .chars()
            .map(|d| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(d as usize - '0' as usize)
                    .unwrap_or(d)
            })
            .collect(),
        "ideographTraditional" => cycle("甲乙丙丁戊己庚辛壬癸"),
        "ideographZodiac" => cycle("子丑寅卯辰巳午未申酉戌亥"),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" | "ideographEnclosedCircle" => {
            nth(CIRCLED).unwrap_or_else(|| n.to_string())
        }
        "decimalEnclosedParen" => nth(PAREN).unwrap_or_else(|| format!("({n})")),
        "decimalEnclosedFullstop" => nth(STOP).unwrap_or_else(|| format!("{n}.")),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + 0xFF10).unwrap_or(d))
            .collect(),
        "decimalZero" => format!("{n:02}"),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerLetter" => letters(n).to_lowercase(),
        _ => n.to_string(),
    }
}

/// A number in Chinese numerals as Word counts: 十, 十一, 二十, 一百零五.
fn chinese(n: u32, digits: &[char; 10], units: [char; 4]) -> String {
    if n == 0 {
        return digits[0].to_string();
    }
    if n >= 10_000 {
        let (hi, lo) = (n / 10_000, n % 10_000);
        let mut s = chinese(hi, digits, units);
        s.push(units[3]);
        if lo > 0 {
            if lo < 1000 {
                s.push(if digits[0] == '〇' { '零' } else { digits[0] });
            }
            s.push_str(&chinese(lo, digits, units));
        }
        return s;
    }
    let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let unit = [Some(units[2]), Some(units[1]), Some(units[0]), None];
    let mut s = String::new();
    let mut zero = false;
    for (i, &d) in parts.iter().enumerate() {
        if d == 0 {
            zero = !s.is_empty();
            continue;
        }
        if zero {
            // Inside a number zero is 零 (`一百零五`), whatever the digit set.
            s.push(if digits[0] == '〇' { '零' } else { digits[0] });
            zero = false;
        }
        // 十一, not 一十一, when the tens lead.
        if !(i == 2 && d == 1 && s.is_empty()) {
            s.push(digits[d as usize]);
        }
        if let Some(u) = unit[i] {
            s.push(u);
        }
    }
    s
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut s = String::new();
    for (v, t) in R {
        while n >= v {
            s.push_str(t);
            n -= v;
        }
    }
    s
}

/// A, B, … Z, AA, BB, … as Word letters lists.
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let c = (b'A' + ((n - 1) % 26) as u8) as char;
    std::iter::repeat_n(c, ((n - 1) / 26 + 1).min(64) as usize).collect()
}

/// One open paragraph.
#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<usize>,
    outline: Option<u8>,
}

fn body_text(
    xml: &str,
    styles: &HashMap<String, Style>,
    numbering: &Numbering,
) -> Result<(String, Vec<OutlineLine>), DecodeError> {
    let mut r = Xml::new(xml, Format::Docx, "word/document.xml");
    let mut lines: Vec<String> = Vec::new();
    // Heading paragraphs outside tables: (index in `lines`, level from 1).
    let mut headings: Vec<(usize, u8)> = Vec::new();
    let mut paras: Vec<Para> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut counters = Counters::default();
    let (mut in_ppr, mut in_rpr, mut in_text, mut hidden) = (false, false, false, false);
    let push = |paras: &mut Vec<Para>, s: &str| {
        if let Some(p) = paras.last_mut() {
            p.text.push_str(s);
        }
    };
    loop {
        let ev = r.next()?;
        let (name, e, empty) = match ev {
            Ev::Start(n, e) => (n, e, false),
            Ev::Empty(n, e) => (n, e, true),
            Ev::Text(t) => {
                if in_text && !hidden {
                    let t: String = t
                        .chars()
                        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                        .collect();
                    push(&mut paras, &t);
                }
                continue;
            }
            Ev::End(n) => {
                match n.as_slice() {
                    b"t" => in_text = false,
                    b"pPr" => in_ppr = false,
                    b"rPr" => in_rpr = false,
                    b"r" => hidden = false,
                    b"p" => {
                        if let Some(p) = paras.pop() {
                            let level = outline_level(&p, styles);
                            let line = finish(p, styles, numbering, &mut counters);
                            match cells.last_mut() {
                                Some(cell) => {
                                    if !cell.is_empty() && !line.is_empty() {
                                        cell.push(' ');
                                    }
                                    cell.push_str(line.trim());
                                }
                                None => {
                                    if let Some(level) = level.filter(|_| !line.trim().is_empty()) {
                                        headings.push((lines.len(), level + 1));
                                    }
                                    lines.push(line)
                                }
                            }
                        }
                    }
                    b"tc" => {
                        if let (Some(cell), Some(row)) = (cells.pop(), rows.last_mut()) {
                            row.push(cell);
                        }
                    }
                    b"tr" => {
                        if let Some(row) = rows.pop() {
                            let line = row.join("\t");
                            match cells.last_mut() {
                                Some(cell) => {
                                    if !cell.is_empty() {
                                        cell.push(' ');
                                    }
                                    cell.push_str(line.trim());
                                }
                                None => lines.push(line),
                            }
                        }
                    }
                    _ => {}
                }
                continue;
            }
            Ev::Eof => break,
        };
        match name.as_slice() {
            b"p" if !empty => paras.push(Para::default()),
            // An empty paragraph is an empty line (in a cell, nothing).
            b"p" if cells.is_empty() => lines.push(String::new()),
            b"pPr" if !empty => in_ppr = true,
            b"rPr" if !empty => in_rpr = true,
            b"pStyle" if in_ppr => {
                if let Some(p) = paras.last_mut() {
                    p.style = attr(&e, b"val");
                }
            }
            b"numId" if in_ppr => {
                if let Some(p) = paras.last_mut() {
                    p.num_id = attr(&e, b"val").and_then(|v| v.parse().ok());
                }
            }
            b"ilvl" if in_ppr => {
                if let Some(p) = paras.last_mut() {
                    p.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok());
                }
            }
            b"outlineLvl" if in_ppr => {
                if let Some(p) = paras.last_mut() {
                    p.outline = attr(&e, b"val").and_then(|v| v.parse().ok());
                }
            }
            b"vanish" | b"specVanish" if in_rpr && !in_ppr => {
                hidden = !matches!(attr(&e, b"val").as_deref(), Some("0" | "false" | "off"));
            }
            b"t" if !empty => in_text = true,
            b"tab" | b"ptab" if !in_ppr => push(&mut paras, "\t"),
            b"br" | b"cr" if !in_ppr => push(&mut paras, "\n"),
            b"noBreakHyphen" => push(&mut paras, "-"),
            b"tr" if !empty => rows.push(Vec::new()),
            b"tc" if !empty => cells.push(String::new()),
            // Not what a reader reads: the other choice of alternate content (the
            // same text box again), old properties and deleted or moved-away text.
            b"Fallback" | b"pPrChange" | b"rPrChange" | b"sectPr" | b"del" | b"moveFrom"
            | b"footnoteReference" | b"endnoteReference"
                if !empty =>
            {
                r.skip()?
            }
            _ => {}
        }
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let mut outline = Vec::with_capacity(headings.len());
    let mut heads = headings.into_iter().peekable();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some((_, level)) = heads.next_if(|(at, _)| *at == i) {
            outline.push(OutlineLine {
                start: out.len(),
                level,
            });
        }
        out.push_str(line);
    }
    out.push('\n');
    Ok((out, outline))
}

/// A paragraph's outline level (0 = top), from its own properties or its style's
/// (through `basedOn`); `None` for body text.
fn outline_level(p: &Para, styles: &HashMap<String, Style>) -> Option<u8> {
    let mut level = p.outline;
    let mut style = p.style.clone();
    let mut hops = 0;
    while level.is_none() && hops < 16 {
        let Some(s) = style.as_ref().and_then(|id| styles.get(id)) else {
            break;
        };
        level = s.outline;
        style = s.based_on.clone();
        hops += 1;
    }
    level.filter(|&l| l < BODY_LEVEL)
}

/// A paragraph's line: its list number (if any) and its text.
fn finish(
    p: Para,
    styles: &HashMap<String, Style>,
    numbering: &Numbering,
    counters: &mut Counters,
) -> String {
    // The paragraph's own numbering wins; else its style's, through `basedOn`.
    let mut num_id = p.num_id;
    let mut ilvl = p.ilvl;
    let mut style = p.style.clone();
    let mut hops = 0;
    while (num_id.is_none() || ilvl.is_none()) && hops < 16 {
        let Some(s) = style.as_ref().and_then(|id| styles.get(id)) else {
            break;
        };
        if num_id.is_none() {
            num_id = s.num_id;
        }
        if ilvl.is_none() {
            ilvl = s.ilvl;
        }
        style = s.based_on.clone();
        hops += 1;
    }
    let Some(num_id) = num_id.filter(|&n| n != 0) else {
        return p.text;
    };
    let ilvl = ilvl.unwrap_or_else(|| {
        // A level may name the style that uses it.
        numbering
            .nums
            .get(&num_id)
            .and_then(|(a, _)| numbering.abstracts.get(a))
            .and_then(|levels| {
                levels
                    .iter()
                    .position(|l| l.style.is_some() && l.style == p.style)
            })
            .unwrap_or(0)
    });
    match counters.next(numbering, num_id, ilvl) {
        Some((number, separated)) if !number.is_empty() => {
            // `一、` and `（一）` are followed by the text; `1.` and `第一章` by a space.
            let ends_in_mark = number.ends_with(|c: char| "、，．）】〕：".contains(c));
            if separated && !ends_in_mark {
                format!("{number} {}", p.text.trim_start())
            } else {
                format!("{number}{}", p.text)
            }
        }
        _ => p.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_number_formats() {
        let f = format_number;
        assert_eq!(f(1, "chineseCounting"), "一");
        assert_eq!(f(10, "chineseCounting"), "十");
        assert_eq!(f(11, "chineseCountingThousand"), "十一");
        assert_eq!(f(20, "chineseCountingThousand"), "二十");
        assert_eq!(f(105, "chineseCountingThousand"), "一百零五");
        assert_eq!(f(3, "chineseLegalSimplified"), "叁");
        assert_eq!(f(2, "ideographTraditional"), "乙");
        assert_eq!(f(3, "decimalEnclosedCircle"), "③");
        assert_eq!(f(4, "decimalZero"), "04");
        assert_eq!(f(4, "lowerRoman"), "iv");
        assert_eq!(f(27, "upperLetter"), "AA");
        assert_eq!(f(12, "decimalFullWidth"), "１２");
        assert_eq!(f(7, "decimal"), "7");
    }
}
