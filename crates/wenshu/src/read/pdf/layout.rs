//! Placed glyphs → text in reading order.
//!
//! - Lines: glyphs whose baselines lie within half a glyph height of each other
//!   form a line, read left to right; lines are read top to bottom (one column).
//!   Between two glyphs, a gap of a quarter of the glyph height is a space in
//!   Latin text; next to a CJK character only a gap wider than one glyph is
//!   (CJK text has no spaces; producers leave small gaps between scripts, and
//!   table cells are further apart).
//! - Running heads and feet: a line in the top or bottom eighth of the page,
//!   first or last on it, is dropped when its text (digits set aside) is there
//!   on at least two pages and on a third of them, or when it is a page number
//!   (`3`, `- 3 -`, `第3页`, `3 / 12`, `Page 3`…) in a document of two or more
//!   pages.
//! - Paragraphs: a line that runs to the right margin (within one and a half
//!   glyphs of where the page's widest line has its last letter) and does not end in sentence punctuation
//!   continues on the next line, when that line starts at the left margin and is
//!   set in the same size; this holds across a page break too.

/// A glyph on a page: where its origin lies, where its advance ends, its
/// height and text.
#[derive(Debug, Clone)]
pub(crate) struct Placed {
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub end_y: f64,
    /// The baseline's direction in quarter turns (0: left to right).
    pub quadrant: u8,
    pub size: f64,
    pub text: String,
}

struct Line {
    text: String,
    x: f64,
    /// Where its last glyph ends, and its last letter or digit.
    end: f64,
    letters: f64,
    y: f64,
    size: f64,
}

pub(crate) struct Page {
    lines: Vec<Line>,
    top: f64,
    bottom: f64,
}

fn cjk(c: char) -> bool {
    super::font::is_wide(c)
}

impl Page {
    pub(crate) fn new(mut glyphs: Vec<Placed>, mut top: f64, mut bottom: f64) -> Page {
        // A page set sideways (text drawn turned a quarter): read it in the frame
        // of its most common baseline direction.
        let mut turns = [0usize; 4];
        for g in &glyphs {
            turns[g.quadrant as usize & 3] += 1;
        }
        let q = (0..4).max_by_key(|&q| (turns[q], 4 - q)).unwrap_or(0);
        if q != 0 {
            let (sin, cos) = match q {
                1 => (1.0, 0.0),
                2 => (0.0, -1.0),
                _ => (-1.0, 0.0),
            };
            let turn = |x: f64, y: f64| (x * cos + y * sin, -x * sin + y * cos);
            for g in &mut glyphs {
                let (x, y) = turn(g.x, g.y);
                let (ex, _) = turn(g.end, g.end_y);
                g.x = x;
                g.y = y;
                g.end = ex;
            }
            // The page's extent along the new vertical axis is not known from the
            // media box alone: take the glyphs' own.
            let ys = glyphs.iter().map(|g| g.y);
            top = ys.clone().fold(f64::MIN, f64::max) + 1.0;
            bottom = ys.fold(f64::MAX, f64::min) - 1.0;
        }
        glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
        let mut groups: Vec<Vec<Placed>> = Vec::new();
        for g in glyphs {
            match groups.last_mut() {
                Some(line) if (line[0].y - g.y).abs() <= 0.5 * line[0].size.max(g.size) => {
                    line.push(g)
                }
                _ => groups.push(vec![g]),
            }
        }
        let mut lines = Vec::with_capacity(groups.len());
        for mut group in groups {
            group.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut prev: Option<&Placed> = None;
            let mut end = f64::MIN;
            let mut letters = f64::MIN;
            for g in &group {
                if let Some(p) = prev {
                    // A glyph drawn twice over itself (fake bold) is one glyph.
                    if p.text == g.text && (g.x - p.x).abs() < 0.1 * g.size {
                        continue;
                    }
                    let gap = g.x - p.end;
                    let before = text.chars().next_back();
                    let after = g.text.chars().next();
                    let near_cjk = before.is_some_and(cjk) || after.is_some_and(cjk);
                    let blank = before.is_some_and(char::is_whitespace)
                        || after.is_some_and(char::is_whitespace);
                    let wide = if near_cjk { 1.0 } else { 0.25 };
                    if !blank && gap > wide * g.size.max(p.size) {
                        text.push(' ');
                    }
                }
                text.push_str(&g.text);
                // Trailing spaces are set past the margin, and so may punctuation
                // (hanging punctuation): the margin is found from letters only.
                if !g.text.trim().is_empty() {
                    end = end.max(g.end);
                }
                if g.text.chars().any(|c| c.is_alphanumeric() || c == '_') {
                    letters = letters.max(g.end);
                }
                prev = Some(g);
            }
            let text = text.trim().to_string();
            if text.is_empty() {
                continue;
            }
            let size = group.iter().map(|g| g.size).fold(0.0, f64::max);
            let end = if end == f64::MIN { group[0].x } else { end };
            let letters = if letters == f64::MIN { end } else { letters };
            lines.push(Line {
                x: group[0].x,
                end,
                letters,
                y: group[0].y,
                size,
                text,
            });
        }
        Page { lines, top, bottom }
    }

    /// Indices of the lines that may be running heads or feet: the first and
    /// last two lines, when in the top or bottom eighth of the page.
    fn edges(&self) -> Vec<usize> {
        let band = (self.top - self.bottom).abs() / 8.0;
        let n = self.lines.len();
        let mut out = Vec::new();
        for i in 0..n {
            let l = &self.lines[i];
            let near_top = i < 2 && l.y >= self.top - band;
            let near_bottom = i + 2 >= n && l.y <= self.bottom + band;
            if near_top || near_bottom {
                out.push(i);
            }
        }
        out
    }
}

/// A line's text with digits set aside, for telling lines that repeat with a
/// changing page number.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c.is_ascii_digit() || ('０'..='９').contains(&c) {
                '#'
            } else {
                c
            }
        })
        .collect()
}

/// Whether a line is only a page number.
fn page_number(s: &str) -> bool {
    let k: String = key(s)
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '-' | '—' | '–' | '－' | '·' | '.' | '(' | ')' | '（' | '）' | '[' | ']'
            )
        })
        .collect();
    let mut core = k.as_str();
    let mut digits = false;
    while let Some(rest) = core.strip_prefix('#') {
        core = rest;
        digits = true;
    }
    if digits && core.is_empty() {
        return true;
    }
    let k = k.to_ascii_lowercase();
    let compact: String = {
        let mut out = String::new();
        for c in k.chars() {
            if !(c == '#' && out.ends_with('#')) {
                out.push(c);
            }
        }
        out
    };
    matches!(
        compact.as_str(),
        "第#页"
            | "第#頁"
            | "第#页共#页"
            | "第#頁共#頁"
            | "共#页第#页"
            | "#/#"
            | "page#"
            | "page#of#"
            | "p.#"
            | "p#"
    )
}

const SENTENCE_END: &[char] = &[
    '。', '！', '？', '；', '：', '…', '!', '?', ';', ':', '.', '．', '｡',
];
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '〉', '】', '"', '\''];

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(CLOSERS);
    t.ends_with(SENTENCE_END) || (t.len() < s.len() && t.is_empty())
}

/// The text of a document's pages.
pub(crate) fn text(pages: Vec<Page>) -> String {
    // Running heads and feet.
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in &pages {
        let mut seen = std::collections::HashSet::new();
        for i in p.edges() {
            let k = key(&p.lines[i].text);
            if seen.insert(k.clone()) {
                *count.entry(k).or_default() += 1;
            }
        }
    }
    let total = pages.len();
    let many = total >= 2;
    let repeats = |k: &str| {
        let n = count.get(k).copied().unwrap_or(0);
        n >= 2 && n * 3 >= total
    };
    let mut body: Vec<(Vec<Line>, f64, f64)> = Vec::with_capacity(pages.len());
    for p in pages {
        let drop: Vec<usize> = p
            .edges()
            .into_iter()
            .filter(|&i| {
                let t = &p.lines[i].text;
                many && (repeats(&key(t)) || page_number(t))
            })
            .collect();
        let lines: Vec<Line> = p
            .lines
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, l)| l)
            .collect();
        let left = lines.iter().map(|l| l.x).fold(f64::MAX, f64::min);
        let right = lines.iter().map(|l| l.letters).fold(f64::MIN, f64::max);
        body.push((lines, left, right));
    }
    let mut out = String::new();
    // The last line: whether it runs on, its size and its last character.
    let mut open: Option<(bool, f64, char)> = None;
    for (lines, left, right) in body {
        for l in lines {
            let first = l.text.chars().next().unwrap_or(' ');
            if let Some((reach, size, last)) = open.take() {
                let continues =
                    reach && (l.x - left) < 0.8 * l.size && (l.size - size).abs() <= 0.2 * size;
                if continues {
                    if last.is_ascii_alphanumeric() && first.is_ascii_alphanumeric() {
                        out.push(' ');
                    }
                } else {
                    out.push('\n');
                }
            }
            out.push_str(&l.text);
            let reach = right - l.end < 1.5 * l.size && !ends_sentence(&l.text);

            open = Some((reach, l.size, l.text.chars().next_back().unwrap_or(' ')));
        }
    }
    if open.is_some() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, x: f64, y: f64, size: f64) -> Vec<Placed> {
        let mut out = Vec::new();
        let mut at = x;
        for c in text.chars() {
            let w = if cjk(c) { size } else { size / 2.0 };
            out.push(Placed {
                x: at,
                y,
                end: at + w,
                end_y: y,
                quadrant: 0,
                size,
                text: c.to_string(),
            });
            at += w;
        }
        out
    }

    #[test]
    fn wrapped_lines_join_and_sentences_end_paragraphs() {
        let mut g = line("中秋節是一個中國傳統的團圓佳節，為了", 72.0, 700.0, 10.0);
        g.extend(line("宣傳好節日。", 72.0, 685.0, 10.0));
        g.extend(line("一、扶貧幫困送溫暖", 72.0, 670.0, 10.0));
        g.extend(line(
            "值此中秋佳節，社區聯繫了共建單位以及",
            72.0,
            655.0,
            10.0,
        ));
        let p = Page::new(g, 842.0, 0.0);
        assert_eq!(
            text(vec![p]),
            "中秋節是一個中國傳統的團圓佳節，為了宣傳好節日。\n一、扶貧幫困送溫暖\n值此中秋佳節，社區聯繫了共建單位以及\n"
        );
    }

    #[test]
    fn running_heads_and_page_numbers_are_dropped() {
        let pages = (1..=3)
            .map(|n| {
                let mut g = line("城市政府工作报告", 250.0, 800.0, 9.0);
                g.extend(line(&format!("第{n}段正文。"), 72.0, 700.0, 11.0));
                g.extend(line(&format!("- {n} -"), 280.0, 40.0, 9.0));
                Page::new(g, 842.0, 0.0)
            })
            .collect();
        assert_eq!(text(pages), "第1段正文。\n第2段正文。\n第3段正文。\n");
        assert!(page_number("第 3 页 共 12 页"));
        assert!(page_number("— 12 —"));
        assert!(!page_number("2023年"));
    }

    #[test]
    fn spaces_come_between_words_not_between_han() {
        let mut g = line("Hello", 72.0, 700.0, 10.0);
        g.extend(line("world", 72.0 + 25.0 + 3.0, 700.0, 10.0));
        g.extend(line("2025", 200.0, 700.0, 10.0));
        g.extend(line("年", 200.0 + 20.0 + 2.5, 700.0, 10.0));
        let p = Page::new(g, 842.0, 0.0);
        assert_eq!(p.lines[0].text, "Hello world 2025年");
    }
}
