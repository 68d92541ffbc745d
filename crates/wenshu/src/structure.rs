//! Articles and sections.
//!
//! **Articles.** A file may hold several reports one after the other, each opening
//! with a short title line that ends in a running number (`…總結 篇1`, `…范文2`).
//! Two or more such lines sharing the same stem, numbered upwards from 1, split the
//! file. Otherwise the file is one article titled by its first heading-like line.
//!
//! **Sections.** Heading lines start with a marker of one of the families of
//! official documents (`第一章`, `第一节`, `一、`, `（一）`/`(一)`, `1.`/`1、`,
//! `（1）`/`(1)`, `①`, Markdown `#`). Nesting follows the family *and the ordinal's
//! continuity*: a heading continues the nearest open heading of its family whose
//! number it follows (`二、` after `一、`), so it closes everything opened since;
//! a family restarting at 1 under a heading of another family opens a nested list
//! (right after an item of its own family it starts a new list at that level). This is how
//! the seed's `一、情緒過激的對象` under `(三)重點對象` nests, while the later
//! `二、責任領導` continues the top-level `一、重點問題`.
//!
//! **Inline enumerations** (`一是…，二是…`) inside a section are reported as leaf
//! sections with `inline: true`.
//!
//! Matching runs on the Simplified copy (same byte layout), so one set of rules
//! serves both scripts; marker tables are in `MARKER_FAMILIES`.

use std::ops::Range;

use crate::chinese::chars::is_han;
use crate::chinese::numerals::arabic_digit;
use crate::read::OutlineLine;

/// An article, in byte offsets of the original text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ArticleRange {
    pub(crate) title: Option<Range<usize>>,
    pub(crate) range: Range<usize>,
}

/// A section, in byte offsets of the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionRange {
    /// Dotted path of ordinals, as in the document's `sections[].id`.
    pub id: String,
    pub(crate) article: usize,
    /// Depth of nesting: 1 for a top-level section.
    pub level: u32,
    pub(crate) family: Family,
    pub(crate) marker: Range<usize>,
    pub(crate) ordinal: u32,
    pub(crate) title: Range<usize>,
    /// The whole section: its heading and the text up to the next heading of the
    /// same or a higher level.
    pub range: Range<usize>,
    /// Index of the parent in `Structure::sections`.
    pub(crate) parent: Option<usize>,
    pub(crate) inline: bool,
    /// A list item (a numbered sentence of body text), not a heading: a leaf.
    pub(crate) item: bool,
}

/// The articles and sections of a text, in byte offsets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Structure {
    pub(crate) articles: Vec<ArticleRange>,
    /// In document order; a parent always precedes its children.
    pub sections: Vec<SectionRange>,
    /// Lines of the page rather than the text (running heads and feet), in order:
    /// no facts are read on them.
    pub(crate) furniture: Vec<Range<usize>>,
}

/// Heading marker families, in the conventional order of official documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// `第一部分`, `第一篇`
    Part,
    /// `第一章`
    Chapter,
    /// `第一节`
    Subchapter,
    /// `第一条`
    Clause,
    /// `一、`
    CnComma,
    /// `壹、` (financial numerals: a level above `一、` in Taiwan's documents)
    CnFinancialComma,
    /// `甲、`, `乙、`, `丙、` (heavenly stems: the parts of Taiwan's minutes)
    Stem,
    /// `（一）`, `(一)`
    CnParen,
    /// `1.`, `1、`, `1．`
    Arabic,
    /// Decimal outline numbers: `1 总则`, `1.1 编制目的`, `2.1.1 …` (the ordinal is the
    /// last number; the depth is how many numbers there are).
    Decimal(u8),
    /// `（1）`, `(1)`
    ArabicParen,
    /// `1）`, `1)`: a closing bracket alone (the lists of standards and rules)
    ArabicHalfParen,
    /// `a）`, `a)`, `A)`: a letter and a closing bracket (a standard's lists)
    LetterParen,
    /// `(a)`, `（b）`: a lower-case letter in brackets (the parts of Hong Kong's
    /// replies to the Legislative Council)
    BracketedLetter,
    /// `(i)`, `(ii)`, `(iv)`: a lower-case Roman numeral in brackets (the items
    /// under a part of those replies)
    BracketedRoman,
    /// `①`
    Circled,
    /// `【提案一】`, `【動議二】`, `【案由3】`: a numbered label in lenticular brackets
    /// (the cases of minutes).
    Bracketed,
    /// Markdown `#`…`######` (the ordinal is the depth).
    Markdown(u8),
    /// `一是`, `二是` inside a paragraph.
    InlineShi,
    /// A heading without a marker (`報告事項`, `附件一`, `103年董事會重要決議`); the
    /// number tells captions of one kind apart (captions of a kind are siblings).
    Caption(u16),
}

/// What each family looks like, for the reader of this module (the matching itself
/// is in [`parse_marker`]).
#[allow(dead_code)]
pub(crate) const MARKER_FAMILIES: &[(&str, &str)] = &[
    ("part", "第一部分 第一篇"),
    ("chapter", "第一章"),
    ("subchapter", "第一节 第一節"),
    ("clause", "第一条 第一條"),
    ("cn_comma", "一、 一． 一."),
    ("cn_financial_comma", "壹、 貳、 參、"),
    ("stem", "甲、 乙、 丙、"),
    ("cn_paren", "（一） (一)"),
    ("arabic", "1. 1、 1．"),
    ("decimal", "1 总则 1.1 编制目的 2.1.1 职责"),
    ("arabic_paren", "（1） (1)"),
    ("arabic_half_paren", "1） 1)"),
    ("letter_paren", "a） a) A)"),
    ("circled", "① ⑳"),
    (
        "bracketed",
        "【提案一】 【動議二】 【案由3】 (dicts/heading_words.tsv: case)",
    ),
    ("markdown", "# ## ###"),
    ("inline_shi", "一是 二是"),
    ("caption", "報告事項 附件一 103年董事會重要決議 (no marker)"),
];

/// Can an entry's text start with this character (after `1）` or `a）`): a letter or
/// Han character, or an opening quote or bracket; not a digit, a closing mark or
/// punctuation.
fn opens_entry(c: char) -> bool {
    is_han(c) || c.is_alphabetic() || matches!(c, '“' | '《' | '「' | '【' | '（' | '(' | '"')
}

/// Value of a small Chinese numeral as used in heading markers: `一`…`九十九`,
/// `一百零五`, `十`, `廿`, and digit strings with `〇`/`○`/`零` (`一○○` = 100).
pub(crate) fn small_cn_numeral(s: &str) -> Option<u32> {
    // The digits are the numeral module's, so headings and facts read them alike.
    use crate::chinese::numerals::cn_digit as digit;
    if s.is_empty() || s.chars().count() > 8 {
        return None;
    }
    // Digit-by-digit form (一○○ = 100, 二〇 = 20) when a zero digit is present and
    // there is no unit character.
    let has_unit = s
        .chars()
        .any(|c| matches!(c, '十' | '拾' | '百' | '佰' | '廿' | '卅'));
    if !has_unit {
        let mut v = 0u32;
        for c in s.chars() {
            v = v.checked_mul(10)? + digit(c)?;
        }
        return Some(v);
    }
    let mut total = 0u32;
    let mut current = 0u32;
    let mut last_unit = 1000u32;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            current = d;
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '廿' => {
                total += 20;
                current = 0;
                continue;
            }
            '卅' => {
                total += 30;
                current = 0;
                continue;
            }
            _ => return None,
        };
        if unit >= last_unit {
            return None;
        }
        last_unit = unit;
        let n = if current == 0 { 1 } else { current };
        total += n * unit;
        current = 0;
    }
    Some(total + current)
}

fn is_cn_numeral_char(c: char) -> bool {
    matches!(
        c,
        '〇' | '○'
            | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '廿'
            | '卅'
    ) || is_financial_numeral_char(c)
}

/// Financial numerals (`壹貳參…`): the numeral module's table, so headings and
/// facts agree on what they are.
fn is_financial_numeral_char(c: char) -> bool {
    crate::chinese::numerals::is_financial_only(c)
}

/// A marker found at the start of a line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Marker {
    pub(crate) family: Family,
    pub(crate) ordinal: u32,
    /// Byte length of the marker (including its punctuation).
    pub(crate) len: usize,
}

/// Recognize a heading marker at the start of `s` (already stripped of indentation).
/// A lower-case Roman numeral from 1 to 20 (`i`, `iv`, `xii`).
fn small_roman(s: &str) -> Option<u32> {
    const ROMAN: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    ROMAN.iter().position(|&r| r == s).map(|i| i as u32 + 1)
}

pub(crate) fn parse_marker(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    // Markdown headings.
    if first == '#' {
        let depth = s.bytes().take_while(|&b| b == b'#').count();
        let rest = &s[depth..];
        if (1..=6).contains(&depth) && rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
            let len = depth + (rest.len() - rest.trim_start().len());
            return Some(Marker {
                family: Family::Markdown(depth as u8),
                ordinal: depth as u32,
                len,
            });
        }
        return None;
    }
    // a） a) A): a letter and a closing bracket, then the entry's text.
    if first.is_ascii_alphabetic() {
        let rest = &s[1..];
        let close = rest.chars().next().filter(|c| matches!(c, '）' | ')'))?;
        if !rest[close.len_utf8()..]
            .trim_start()
            .starts_with(opens_entry)
        {
            return None;
        }
        return Some(Marker {
            family: Family::LetterParen,
            ordinal: u32::from(first.to_ascii_lowercase() as u8 - b'a') + 1,
            len: 1 + close.len_utf8(),
        });
    }
    // ① … ⑳
    if ('①'..='⑳').contains(&first) {
        return Some(Marker {
            family: Family::Circled,
            ordinal: first as u32 - '①' as u32 + 1,
            len: first.len_utf8(),
        });
    }
    // 【提案一】 【动议二】 【案由3】: a case of minutes (a word of
    // `dicts/heading_words.tsv`) and its number, in lenticular brackets, before
    // the entry's text.
    if first == '【' {
        let rest = &s[first.len_utf8()..];
        let close = rest.find('】')?;
        let inner = &rest[..close];
        let num_at = inner.find(|c: char| is_cn_numeral_char(c) || c.is_ascii_digit())?;
        let (word, num) = inner.split_at(num_at);
        if !heading_words()
            .iter()
            .any(|&(k, w)| k == WordKind::Case && w == word)
        {
            return None;
        }
        let ordinal = if num.bytes().all(|b| b.is_ascii_digit()) {
            num.parse().ok()?
        } else if num.chars().all(is_cn_numeral_char) {
            small_cn_numeral(num)?
        } else {
            return None;
        };
        let len = first.len_utf8() + close + '】'.len_utf8();
        if !s[len..].trim_start().starts_with(opens_entry) {
            return None;
        }
        return Some(Marker {
            family: Family::Bracketed,
            ordinal,
            len,
        });
    }
    // 第…章/节/条/部分/篇
    if first == '第' {
        let rest = &s[first.len_utf8()..];
        // Spaces may set the numeral apart to align the articles (`第 一 條` over
        // `第十一條`, Taiwan's rules): read past them.
        let spaced = |c: char| c == ' ' || c == '\u{3000}';
        let (mut num_len, mut numeral_bytes) = (0, 0);
        for (i, c) in rest.char_indices() {
            if is_cn_numeral_char(c) || c.is_ascii_digit() {
                num_len = i + c.len_utf8();
                numeral_bytes += c.len_utf8();
            } else if !spaced(c) || i > 12 {
                break;
            }
        }
        let num: std::borrow::Cow<str> = if num_len > numeral_bytes {
            rest[..num_len].chars().filter(|&c| !spaced(c)).collect()
        } else {
            rest[..num_len].into()
        };
        // (Arabic digits set apart are a reference cut by a hard wrap: the Legislative
        // Yuan's gazette writes `第 61 條` inside its sentences.)
        if num.is_empty() || num_len > num.len() && num.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let ordinal = if num.bytes().all(|b| b.is_ascii_digit()) {
            num.parse().ok()?
        } else {
            small_cn_numeral(&num)?
        };
        // Spaced out (`第 一 條`), the word may stand apart too.
        let num_len = if num_len > num.len() {
            let after = &rest[num_len..];
            num_len + after.len() - after.trim_start_matches(spaced).len()
        } else {
            num_len
        };
        let after = &rest[num_len..];
        for (word, family) in [
            ("部分", Family::Part),
            ("篇", Family::Part),
            ("章", Family::Chapter),
            ("节", Family::Subchapter),
            ("条", Family::Clause),
        ] {
            if let Some(tail) = after.strip_prefix(word) {
                // A heading, not a phrase like 第一章节的内容: followed by a space,
                // punctuation, the end, or a short title.
                if tail.is_empty()
                    || tail.starts_with([' ', '\u{3000}', '\t', '　', '、', '：', ':'])
                    || family == Family::Clause
                    || tail.chars().count() <= 30
                {
                    let sep: usize = tail
                        .chars()
                        .take_while(|&c| matches!(c, ' ' | '\u{3000}' | '\t' | '、' | '：' | ':'))
                        .map(char::len_utf8)
                        .sum();
                    return Some(Marker {
                        family,
                        ordinal,
                        len: first.len_utf8() + num_len + word.len() + sep,
                    });
                }
            }
        }
        return None;
    }
    // （一） (一) （1） (1)
    if first == '（' || first == '(' {
        let rest = &s[first.len_utf8()..];
        let close = rest.find(['）', ')'])?;
        let inner = rest[..close].trim();
        let close_len = rest[close..].chars().next()?.len_utf8();
        if inner.is_empty() || inner.chars().count() > 4 {
            return None;
        }
        let (family, ordinal) = if inner.bytes().all(|b| b.is_ascii_digit()) {
            (Family::ArabicParen, inner.parse().ok()?)
        } else if let Some(r) = small_roman(inner) {
            (Family::BracketedRoman, r)
        } else if inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase()) {
            (
                Family::BracketedLetter,
                u32::from(inner.as_bytes()[0] - b'a') + 1,
            )
        } else if inner.chars().all(|c| ('０'..='９').contains(&c)) {
            (Family::ArabicParen, fullwidth_number(inner)?)
        } else if inner.chars().all(is_cn_numeral_char) {
            (Family::CnParen, small_cn_numeral(inner)?)
        } else {
            return None;
        };
        let mut len = first.len_utf8() + close + close_len;
        // (A comma after the brackets is the marker's too: `(一)、教師：…`; not
        // in a list of numbers, `（八）、（十四）、（十五）`.)
        if s[len..].starts_with('、')
            && !s[len + '、'.len_utf8()..]
                .trim_start()
                .starts_with(|c: char| matches!(c, '(' | '（') || c.is_ascii_digit())
        {
            len += '、'.len_utf8();
        }
        // An empty bracket pair with nothing after is a placeholder, not a heading.
        if s[len..].trim().is_empty() && family == Family::ArabicParen {
            return None;
        }
        // A symbol a formula's legend defines (`(i)表示第i个样本`, `(x)为自变量`,
        // `(i) = (a) + (b)`) is no marker.
        if matches!(family, Family::BracketedLetter | Family::BracketedRoman)
            && [
                "表示", "为", "代表", "是", "指", "=", "＝", "+", "-", "×", "*",
            ]
            .iter()
            .any(|w| s[len..].trim_start().starts_with(w))
        {
            return None;
        }
        return Some(Marker {
            family,
            ordinal,
            len,
        });
    }
    // 甲、 乙、 丙、 (not `甲、乙双方`)
    const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
    if let Some(k) = STEMS.chars().position(|c| c == first) {
        let rest = &s[first.len_utf8()..];
        let after = rest.strip_prefix('、')?;
        if after.trim().is_empty() || after.starts_with(|c: char| STEMS.contains(c)) {
            return None;
        }
        return Some(Marker {
            family: Family::Stem,
            ordinal: k as u32 + 1,
            len: first.len_utf8() + '、'.len_utf8(),
        });
    }
    // 一、 一． 一.
    if is_cn_numeral_char(first) {
        let num_len: usize = s
            .chars()
            .take_while(|&c| is_cn_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        let after = &s[num_len..];
        let punct = after.chars().next()?;
        // `一.` (an ASCII full stop, typed in minutes and notes) is `一．`, but not
        // before a digit.
        let ascii_stop = punct == '.' && !after[1..].starts_with(|c: char| c.is_ascii_digit());
        if matches!(punct, '、' | '．') || ascii_stop {
            let ordinal = small_cn_numeral(&s[..num_len])?;
            let family = if s.chars().next().is_some_and(is_financial_numeral_char) {
                Family::CnFinancialComma
            } else {
                Family::CnComma
            };
            return Some(Marker {
                family,
                ordinal,
                len: num_len + punct.len_utf8(),
            });
        }
        return None;
    }
    // 1. 1、 1． (not 1.5, not a year 2023.)
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        let num_len: usize = s
            .chars()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .map(char::len_utf8)
            .sum();
        let num = &s[..num_len];
        let ordinal = if num.is_ascii() {
            num.parse().ok()?
        } else {
            fullwidth_number(num)?
        };
        if num.chars().count() > 3 || ordinal == 0 || ordinal > 300 {
            return None;
        }
        let after = &s[num_len..];
        if let Some(year) = crate::chinese::numerals::list_marker_before_year(s, 0) {
            // `1.2026年预算草案`: item 1 titled with a year, not an outline number.
            return Some(Marker {
                family: Family::Arabic,
                ordinal,
                len: year,
            });
        }
        if let Some((num, len)) = decimal_parts(s) {
            return Some(Marker {
                family: Family::Decimal(num.depth as u8),
                ordinal: u32::from(*num.numbers().last()?),
                len,
            });
        }
        // `10 .修訂「道德行為準則」案`: a space before the point (a web table's copy).
        let gap = after.len() - after.trim_start_matches(' ').len();
        let gap = if (1..=2).contains(&gap)
            && after[gap..].starts_with(['.', '．'])
            && after[gap..].chars().nth(1).is_some_and(|c| {
                !c.is_whitespace() && crate::chinese::numerals::arabic_digit(c).is_none()
            }) {
            gap
        } else {
            0
        };
        let after = &after[gap..];
        let punct = after.chars().next()?;
        // `1）`, `1)`: a closing bracket alone, before the entry's text (not a digit:
        // `1)2`, nor nothing).
        if gap == 0 && matches!(punct, '）' | ')') {
            // (Text, not the rest of a bracket cut by a hard wrap: `（` + wrap +
            // `143）】`.)
            let tail = after[punct.len_utf8()..].trim_start();
            if ordinal > 99 || !tail.starts_with(opens_entry) {
                return None;
            }
            return Some(Marker {
                family: Family::ArabicHalfParen,
                ordinal,
                len: num_len + punct.len_utf8(),
            });
        }
        if !matches!(punct, '.' | '、' | '．') {
            return None;
        }
        let tail = &after[punct.len_utf8()..];
        let next = tail.chars().next();
        if matches!(next, Some(c) if c.is_ascii_digit() || ('０'..='９').contains(&c)) {
            return None;
        }
        if tail.trim().is_empty() {
            return None;
        }
        return Some(Marker {
            family: Family::Arabic,
            ordinal,
            len: num_len + gap + punct.len_utf8(),
        });
    }
    None
}

/// Characters after a decimal written solid that make it a quantity (`1.3成`,
/// `1.5倍`, `1.8级`, `8.5折`, `2.1番`), not an outline number.
const SOLID_QUANTITY_CHARS: &str = "成倍级折番";

/// Deepest decimal outline number read (`1.2.3.4.5.6`).
const DECIMAL_MAX_DEPTH: usize = 6;

/// The numbers of a decimal outline marker at the start of `s` and the marker's byte
/// length, with the spaces after it: `1 总则`, `1.1 编制目的`, `2.1.1 职责`, `2.1.1职责`.
/// One or two numbers need a space after them (`1.5倍` is a quantity); none is
/// followed by a unit (`1.5 个百分点`, `2 万元`, from `dicts/heading_words.tsv`).
pub(crate) fn decimal_parts(s: &str) -> Option<(DecimalNumber, usize)> {
    let mut num = DecimalNumber {
        parts: [0; DECIMAL_MAX_DEPTH],
        depth: 0,
    };
    let mut i = 0;
    loop {
        let start = i;
        let mut v = 0u32;
        while let Some(c) = s[i..].chars().next() {
            let d = if c.is_ascii_digit() {
                c as u32 - '0' as u32
            } else if ('０'..='９').contains(&c) {
                c as u32 - '０' as u32
            } else {
                break;
            };
            v = v * 10 + d;
            i += c.len_utf8();
            if v > 99 {
                return None;
            }
        }
        if i == start || (num.depth == 0 && v == 0) {
            return None;
        }
        num.parts[num.depth] = v as u8;
        num.depth += 1;
        let dot = match s[i..].chars().next() {
            Some(c @ ('.' | '．')) => c.len_utf8(),
            _ => break,
        };
        let next = s[i + dot..].chars().next();
        if next.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
            if num.depth == DECIMAL_MAX_DEPTH {
                return None;
            }
            i += dot;
        } else if num.depth >= 2 {
            // A closing dot (`1.1. 总则`).
            i += dot;
            break;
        } else {
            return None;
        }
    }
    let space: usize = s[i..]
        .chars()
        .take_while(|&c| matches!(c, ' ' | '\u{3000}' | '\t'))
        .map(char::len_utf8)
        .sum();
    let tail = &s[i + space..];
    let first = tail.chars().next()?;
    // Two numbers written solid with a title (`1.1编制目的`, `4.1根据规定，…`) are
    // an outline number as a typesetter reads one: before a Han word that is no
    // numeral (`1.5万`, `2.3亿`) — the unit words below and the company of its
    // parent or siblings (see `drop_loose_decimals`) do the rest.
    let solid = num.depth == 2
        && is_han(first)
        && !"〇零一二三四五六七八九十百千万亿两".contains(first)
        && !SOLID_QUANTITY_CHARS.contains(first);
    if space == 0 && num.depth < 3 && !solid {
        return None;
    }
    if !(is_han(first) || first.is_alphabetic() || matches!(first, '“' | '《' | '（' | '(')) {
        return None;
    }
    if heading_words()
        .iter()
        .any(|&(k, w)| k == WordKind::Unit && tail.starts_with(w))
    {
        return None;
    }
    // A bare number (`1 总则`) heads only a short title standing alone: a line of body
    // text cut by a hard wrap may start with a number (`3 起停炉检修事件，损失…`).
    // (An enumeration comma may join a title's terms, `3 术语、定义和缩略语`; not
    // figures, `65 項至 67 項、第 73 項` of a list cut by a hard wrap.)
    if num.depth == 1
        && (tail
            .chars()
            .any(|c| is_clause_punct(c) && c != '、' || matches!(c, '：' | ':'))
            || tail.contains('、')
                && tail
                    .trim_end_matches(|c: char| {
                        c.is_ascii_digit() || matches!(c, ' ' | '…' | '.' | '·')
                    })
                    .chars()
                    .any(|c| c.is_ascii_digit())
            || tail.chars().nth(TITLE_MAX_CHARS).is_some())
    {
        return None;
    }
    Some((num, i + space))
}

/// The numbers of a decimal outline marker (`2.1.3` → 2, 1, 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DecimalNumber {
    parts: [u8; DECIMAL_MAX_DEPTH],
    depth: usize,
}

impl DecimalNumber {
    fn numbers(&self) -> &[u8] {
        &self.parts[..self.depth]
    }
}

fn fullwidth_number(s: &str) -> Option<u32> {
    let mut v = 0u32;
    for c in s.chars() {
        let d = (c as u32).checked_sub('０' as u32)?;
        if d > 9 {
            return None;
        }
        v = v.checked_mul(10)? + d;
    }
    Some(v)
}

/// Bullets of a converted list (Markdown's `- ` and `* `, `• `), which may stand
/// before a heading's marker.
const LIST_BULLETS: &[&str] = &["- ", "* ", "• ", "· "];

fn is_indent(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{200b}' | '\u{feff}'
    )
}

/// Characters that end a sentence.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';')
}

/// Longest title taken from a long heading line, in characters.
const MAX_TITLE_CHARS: usize = 120;

/// Labels of the particulars a government page prints above a document
/// (`索引号 001008003001085/2021-30196`, `组配分类 计划总结 发布机构 蒲鞋市街道`,
/// `索 引 号：`), Simplified.
const PAGE_PARTICULARS: &[&str] = &[
    "索引号",
    "组配分类",
    "主题分类",
    "发布机构",
    "发文机关",
    "生成日期",
    "成文日期",
    "发布日期",
    "公开方式",
    "公开范围",
    "信息来源",
    "文号",
];

/// Whether a line is one of a page's particulars (its labels may be spaced out),
/// which is no title.
pub(crate) fn is_page_particulars(line: &str) -> bool {
    let compact: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(8)
        .collect();
    PAGE_PARTICULARS.iter().any(|w| compact.starts_with(w))
}

/// The title of a heading: the rest of the line, or its first sentence when the
/// line goes on into the paragraph (`（一）着力稳定增长。全年…` → `着力稳定增长。`).
fn title_range(line: &str, start: usize) -> Range<usize> {
    // The space between a marker and its title (`1. 討論…`) is neither's.
    let rest = &line[start..];
    let start = start
        + (rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_whitespace() || is_indent(c))
                .len());
    let body = &line[start..];
    let trimmed_end = body.trim_end_matches(|c: char| c.is_whitespace()).len();
    let body = &body[..trimmed_end];
    let mut end = body.len();
    for (i, c) in body.char_indices() {
        if is_sentence_end(c) {
            let after = i + c.len_utf8();
            if !body[after..].trim().is_empty() {
                end = after;
            }
            break;
        }
    }
    // Cap very long titles (a heading marker opening a huge paragraph).
    if let Some((i, _)) = body[..end].char_indices().nth(MAX_TITLE_CHARS) {
        end = i;
    }
    start..start + end
}

struct Line<'a> {
    start: usize,
    /// The line without its line break.
    text: &'a str,
}

/// The underline of a Setext heading: `=` (level 1, two or more) or `-` (level 2,
/// three or more) alone on a line, up to three spaces before and any after.
fn setext_underline(text: &str) -> Option<u8> {
    let t = text.trim_end();
    let lead = t.len() - t.trim_start_matches(' ').len();
    let t = &t[lead..];
    if lead > 3 || t.is_empty() {
        return None;
    }
    let c = t.as_bytes()[0];
    let n = t.len();
    match c {
        b'=' if n >= 2 && t.bytes().all(|b| b == b'=') => Some(1),
        b'-' if n >= 3 && t.bytes().all(|b| b == b'-') => Some(2),
        _ => None,
    }
}

/// Markdown's Setext headings: a line of one paragraph (a blank line or the
/// start before it) underlined by `===` (level 1) or `---` (level 2). Not a
/// table's row (`|`, or columns set apart by runs of spaces), not a list item,
/// a quote, an ATX heading or a fence, not a `key: value` line of front matter,
/// not a sentence (a paragraph ending in `。` over a rule), and nothing inside
/// the front matter.
fn setext_headings(lines: &[Line<'_>], front_end: usize) -> Vec<OutlineLine> {
    let mut out = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let (head, under) = (&pair[0], &pair[1]);
        if head.start < front_end {
            continue;
        }
        let Some(level) = setext_underline(under.text) else {
            continue;
        };
        let t = head.text.trim();
        let indent = head.text.len() - head.text.trim_start_matches(' ').len();
        let blank_before = i == 0 || lines[i - 1].text.trim().is_empty();
        let columns = t.contains("  ") || t.contains('\t') || t.contains('\u{3000}');
        let key_value = t.split_once(':').is_some_and(|(k, _)| {
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        });
        if t.is_empty()
            || indent > 3
            || !blank_before
            || columns
            || key_value
            || t.contains('|')
            || t.starts_with(['#', '>', '-', '*', '+', '`', '='])
            || t.ends_with(['。', '！', '？'])
            || t.chars().count() > 60
        {
            continue;
        }
        out.push(OutlineLine {
            start: head.start,
            level,
        });
    }
    out
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        out.push(Line { start, text: body });
        start += raw.len();
    }
    out
}

/// Is this line a title-like line (short, no sentence punctuation at the end)?
fn is_title_like(s: &str) -> bool {
    let t = s.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    // More than 60 characters of at most 4 bytes each: not counted.
    if t.len() > 240 {
        return false;
    }
    let n = t.chars().count();
    if n == 0 || n > 60 {
        return false;
    }
    let last = t.chars().last().unwrap();
    !matches!(last, '。' | '，' | ',' | '；' | ';' | '：' | ':' | '、')
}

/// The kinds of official document, the last word of their title (`…关于印发…的通知`,
/// `…应急预案`, `…实施方案`).
const DOCUMENT_KINDS: &[&str] = &[
    "通知", "通报", "通告", "公告", "批复", "决定", "决议", "意见", "函", "请示", "报告", "方案",
    "办法", "规定", "细则", "规则", "纲要", "规划", "计划", "预案", "条例", "纪要", "总结",
];

/// Whether `first`, a title line of an official document that does not yet name
/// its kind (`国务院关于印发个人所得税`, `国务院办公厅关于印发`), goes on in `next`,
/// a short line that ends with the kind (`专项附加扣除暂行办法的通知`, `国 家 粮 食
/// 应 急 预 案 的 函`): the title set on two lines.
fn wraps_document_title(first: &str, next: &str) -> bool {
    let ends_with_kind = |t: &str| {
        let t = t.trim_end_matches(|c: char| c.is_whitespace() || is_indent(c));
        DOCUMENT_KINDS.iter().any(|k| t.ends_with(k))
    };
    let n = next.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    first.contains("关于")
        && !ends_with_kind(first)
        && ends_with_kind(n)
        && is_title_like(next)
        && n.chars().filter(|c| !c.is_whitespace()).count() <= 30
        && parse_marker(n).is_none()
        && !n.contains("关于")
}

/// Split a title-like line into (stem, number) when it ends in a running number:
/// `2025年社区中秋活动总结 篇1` → (`2025年社区中秋活动总结 篇`, 1).
fn numbered_title(s: &str) -> Option<(&str, u32)> {
    let t = s.trim();
    if !is_title_like(t) || parse_marker(t).is_some() {
        return None;
    }
    let t = t.trim_end_matches([')', '）']);
    let digits_start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || is_cn_numeral_char(*c))
        .last()
        .map(|(i, _)| i)?;
    let num = &t[digits_start..];
    let stem = t[..digits_start].trim_end_matches(['(', '（']);
    let label = stem.chars().last()?;
    // A title's words come first: a signed number alone (`-1`, a table's cell)
    // numbers nothing (`Part 1`, `篇1` do).
    if !stem.chars().any(char::is_alphabetic) {
        return None;
    }
    // The number must follow a label that announces a sequence.
    if !matches!(label, '篇' | '文' | '之' | ' ' | '\u{3000}' | '-' | '—') {
        return None;
    }
    let n = if num.bytes().all(|b| b.is_ascii_digit()) {
        num.parse().ok()?
    } else {
        small_cn_numeral(num)?
    };
    Some((stem.trim_end(), n))
}

/// Find the articles of a text. `simplified` has the layout of the original.
fn find_articles(
    simplified: &str,
    lines: &[Line<'_>],
    outline: &[OutlineLine],
) -> Vec<ArticleRange> {
    let len = simplified.len();
    // Candidates grouped by stem.
    // (A map from stem to group, so a file of many distinct numbered lines stays linear.)
    let mut groups: Vec<(&str, Vec<(usize, u32)>)> = Vec::new();
    let mut group_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some((stem, n)) = numbered_title(l.text) {
            match group_of.get(stem) {
                Some(&g) => groups[g].1.push((i, n)),
                None => {
                    group_of.insert(stem, groups.len());
                    groups.push((stem, vec![(i, n)]));
                }
            }
        }
    }
    let mut best: Option<Vec<usize>> = None;
    for (_, members) in &groups {
        // Keep the members that count up from 1.
        let mut starts = Vec::new();
        let mut expect = 1;
        for &(i, n) in members {
            if n == expect {
                starts.push(i);
                expect += 1;
            }
        }
        if starts.len() >= 2 && best.as_ref().is_none_or(|b| starts.len() > b.len()) {
            best = Some(starts);
        }
    }
    let title_of = |l: &Line<'_>| {
        let lead = l.text.len() - l.text.trim_start_matches(is_indent).len();
        let trail = l
            .text
            .trim_end_matches(|c: char| c.is_whitespace() || is_indent(c))
            .len()
            .max(lead);
        l.start + lead..l.start + trail
    };
    match best {
        Some(starts) => {
            let mut arts = Vec::new();
            let first_start = lines[starts[0]].start;
            if !simplified[..first_start].trim().is_empty() {
                // A preamble before the first numbered article is an article too.
                let title = lines
                    .iter()
                    .take_while(|l| l.start < first_start)
                    .find(|l| !l.text.trim().is_empty())
                    .filter(|l| {
                        is_title_like(l.text) && parse_marker(l.text.trim_start()).is_none()
                    })
                    .map(title_of);
                arts.push(ArticleRange {
                    title,
                    range: 0..first_start,
                });
            }
            for (k, &i) in starts.iter().enumerate() {
                let start = if k == 0 && arts.is_empty() {
                    0
                } else {
                    lines[i].start
                };
                let end = starts.get(k + 1).map(|&j| lines[j].start).unwrap_or(len);
                arts.push(ArticleRange {
                    title: Some(title_of(&lines[i])),
                    range: start..end,
                });
            }
            arts
        }
        None => {
            // The one top-level heading the source marks (a page's `<h1>` below its
            // navigation links) is the title.
            let mut tops = outline.iter().filter(|o| o.level == 1);
            let marked = match (tops.next(), tops.next()) {
                (Some(top), None) => lines.iter().find(|l| l.start == top.start),
                _ => None,
            };
            // A Markdown page's front matter names it (`title: "…"`).
            let front = crate::front_matter::front_matter(simplified);
            if let Some(t) = front.as_ref().and_then(|f| f.title.clone()) {
                return vec![ArticleRange {
                    title: Some(t),
                    range: 0..len,
                }];
            }
            let after_front = front.map_or(0, |f| f.range.end);
            let mut heads: Option<Vec<usize>> = None;
            let title = marked
                .or_else(|| {
                    lines
                        .iter()
                        .enumerate()
                        .filter(|(_, l)| l.start >= after_front)
                        // A page number above the title (text taken from PDF) is not it,
                        // nor the running head of every page (`立法會 ─ 2013年 5月 29日`).
                        .find(|&(i, l)| {
                            !l.text.trim().is_empty()
                                && !is_page_number(l.text)
                                && !is_page_particulars(l.text)
                                && heads
                                    .get_or_insert_with(|| running_heads(lines))
                                    .binary_search(&i)
                                    .is_err()
                        })
                        .map(|(_, l)| l)
                })
                .filter(|l| is_title_like(l.text))
                .filter(|l| {
                    // A first line that is a section heading is not the title, but a
                    // Markdown heading is, and so is a numbered line that no other line
                    // continues (`(4)第 02 次會議`, a volume's running number).
                    match parse_marker(l.text.trim_start_matches(is_indent)) {
                        None => true,
                        Some(m) => {
                            matches!(m.family, Family::Markdown(_))
                                || !lines.iter().any(|o| {
                                    parse_marker(o.text.trim_start_matches(is_indent)).is_some_and(
                                        |n| n.family == m.family && n.ordinal == m.ordinal + 1,
                                    )
                                })
                        }
                    }
                })
                .map(|l| {
                    let r = title_of(l);
                    let s = &simplified[r.clone()];
                    match parse_marker(s) {
                        Some(m) if matches!(m.family, Family::Markdown(_)) => {
                            r.start + m.len..r.end
                        }
                        _ => {
                            // An official document's title wrapped onto a second line.
                            let next = lines
                                .iter()
                                .position(|o| o.start == l.start)
                                .and_then(|i| lines.get(i + 1));
                            match next {
                                Some(n) if wraps_document_title(s, n.text) => {
                                    r.start..title_of(n).end
                                }
                                _ => r,
                            }
                        }
                    }
                });
            vec![ArticleRange {
                title,
                range: 0..len,
            }]
        }
    }
}

/// What a heading without a marker is, from the words of `dicts/heading_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Part,
    Annex,
    Not,
    Genre,
    /// A unit after a number: the number is a quantity, not an outline number.
    Unit,
    /// The title of a table of contents (`目录`).
    Contents,
    /// A word by which a sentence announces the list after it (`下列`).
    LeadIn,
    /// A title that marks a speaker's turn (`主席`, `次长`).
    Speaker,
    /// A field of a meeting's roll (`出席委员：`), not a speaker's turn.
    Roll,
    /// A verb ending a sentence that introduces what follows (`…通过：`).
    Announce,
    /// A case of minutes numbered in lenticular brackets (`【提案一】`).
    Case,
}

fn heading_words() -> &'static [(WordKind, &'static str)] {
    static W: std::sync::OnceLock<Vec<(WordKind, &'static str)>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        include_str!("../../../dicts/heading_words.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (kind, word) = l.split_once('\t')?;
                let kind = match kind {
                    "part" => WordKind::Part,
                    "annex" => WordKind::Annex,
                    "case" => WordKind::Case,
                    "not" => WordKind::Not,
                    "genre" => WordKind::Genre,
                    "unit" => WordKind::Unit,
                    "contents" => WordKind::Contents,
                    "lead-in" => WordKind::LeadIn,
                    "speaker" => WordKind::Speaker,
                    "roll" => WordKind::Roll,
                    "announce" => WordKind::Announce,
                    _ => return None,
                };
                Some((kind, word.trim()))
            })
            .collect()
    })
}

/// A part or case word of minutes and its number, the whole label (`讨论事项一`,
/// `提案3`): the word.
fn numbered_case(label: &str) -> Option<&'static str> {
    let num_at = label.find(|c: char| is_cn_numeral_char(c) || c.is_ascii_digit())?;
    let (word, num) = label.split_at(num_at);
    let numeral = num.bytes().all(|b| b.is_ascii_digit()) || small_cn_numeral(num).is_some();
    if num.is_empty() || !numeral {
        return None;
    }
    heading_words()
        .iter()
        .find(|&&(k, w)| matches!(k, WordKind::Case | WordKind::Part) && w == word)
        .map(|&(_, w)| w)
}

/// A month alone in Chinese numerals (`一月份`, `十二月`): the caption of a
/// schedule's month (a line opening with a digit is none: see `caption_at`).
fn month_caption(label: &str) -> bool {
    let Some(num) = label
        .strip_suffix("月份")
        .or_else(|| label.strip_suffix('月'))
    else {
        return false;
    };
    let n = if num.bytes().all(|b| b.is_ascii_digit()) && (1..=2).contains(&num.len()) {
        num.parse().ok()
    } else {
        small_cn_numeral(num)
    };
    n.is_some_and(|n| (1..=12).contains(&n))
}

/// Whether a line opens a list's first entry (`1.`, `1、`, `1．`, `（1）`).
fn opens_first_entry(line: &str) -> bool {
    let t = line.trim_start_matches(['（', '(']);
    t.strip_prefix('1')
        .is_some_and(|r| r.starts_with(['.', '、', '．', '）', ')']))
}

/// Longest speaker (title and name) before the colon of a turn, in characters.
const SPEAKER_MAX_CHARS: usize = 10;

/// A speaker's turn in a record of what was said: the line opens with the speaker's
/// title, or title and name, and a colon (`主席：`, `黄委员文玲：`, `刘副主任委员义周：`,
/// `财政司司长：主席，…`; Simplified copy).
fn is_speaker_turn(t: &str) -> bool {
    let t = t.trim_start_matches(is_indent);
    let Some((who, _)) = t.split_once(['：', ':']) else {
        return false;
    };
    let n = who.chars().count();
    let words = heading_words();
    (2..=SPEAKER_MAX_CHARS).contains(&n)
        && who.chars().all(is_han)
        && words
            .iter()
            .any(|&(k, w)| k == WordKind::Speaker && who.contains(w))
        && !words
            .iter()
            .any(|&(k, w)| k == WordKind::Roll && who.starts_with(w))
}

/// A heading line without a marker: where it nests and the key that makes captions
/// of one kind siblings (`103年董事會重要決議` and `104年董事會重要決議`).
struct CaptionLine {
    /// Opens a top-level part (the parts of minutes, an attachment, the long title of a
    /// table or a forwarded report); otherwise it nests where it stands.
    top: bool,
    key: String,
    /// The title, relative to the line; it may run on to the next line (a title cut by
    /// a hard wrap).
    title: Range<usize>,
    /// The title runs on to the next line.
    joined: bool,
    /// A year or period caption: above the numbered headings around it.
    period: bool,
    /// An attachment's word (`附件`, `附录`, `附表`).
    annex: Option<&'static str>,
}

/// Characters that end a sentence or a clause: a line holding one is body text.
fn is_clause_punct(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '、')
}

/// A page number or running head of text taken from PDF (`丁-30`, `- 12 -`, `12`).
fn is_page_number(t: &str) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    // At most 8 characters of at most 4 bytes: a longer line is let go unread.
    if t.len() > 32 {
        return false;
    }
    let n = t.chars().count();
    n > 0
        && n <= 8
        && t.chars().filter(|&c| is_han(c)).count() <= 1
        && t.chars().any(|c| c.is_ascii_digit() || c == '-')
        && t.chars()
            .all(|c| is_han(c) || c.is_ascii_digit() || matches!(c, '-' | ' ' | '－' | '—'))
}

/// How the unit line under a table's caption opens (Simplified; `單位：千元`
/// reads the same).
const TABLE_UNIT_LINES: &[&str] = &[
    "单位：",
    "单位:",
    "金额单位",
    "计量单位",
    "（单位：",
    "(单位：",
];

/// A field of a form or of minutes' header (`記 錄：吳幸珍`, `散 會：下午 5 時`): a short
/// label, a colon, a value.
fn is_field_line(t: &str) -> bool {
    let c = compact(t);
    c.find(['：', ':'])
        .is_some_and(|k| (1..=6).contains(&c[..k].chars().count()) && k + 3 < c.len())
}

/// How many personal names a line holds when it is only names: words of
/// [`NAME_CHARS`] Han characters set apart by spaces (`段宜康　　林世嘉`); `joined`
/// also takes two names run together (`黃文玲鄭麗君`, where a line was joined).
fn name_list(t: &str, joined: bool) -> Option<usize> {
    let longest = if joined {
        2 * NAME_CHARS.end()
    } else {
        *NAME_CHARS.end()
    };
    let mut n = 0;
    for w in t
        .split(|c: char| c.is_whitespace() || is_indent(c))
        .filter(|w| !w.is_empty())
    {
        let k = w.chars().count();
        if k < *NAME_CHARS.start() || k > longest || !w.chars().all(is_han) {
            return None;
        }
        n += 1;
    }
    (n > 0).then_some(n)
}

/// The length of a Chinese personal name, in characters.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// A field whose value is a list of names (`提案人：李俊俋　　姚文智`, `出席委員：…`), or a
/// line of names going on from one: the next line of names is its continuation.
fn names_field(t: &str) -> bool {
    let value = t.rsplit_once(['：', ':']).map_or(t, |(label, v)| {
        if (1..=6).contains(&compact(label).chars().count()) {
            v
        } else {
            ""
        }
    });
    name_list(value, true).is_some()
}

/// How far into a line its field label's colon may be, in characters (a label of
/// six characters spaced out: `說　　　　明：`).
const FIELD_LABEL_SCAN_CHARS: usize = 24;

/// Does the entry `m` on line `li` go on with a list run in after a field label on
/// the line before (`說　明：一、本會…` + `二、雖前述…`)? Such a list is the field's
/// value: its entries on their own lines are items, never headings of the outline.
fn continues_label_list(lines: &[Line<'_>], li: usize, m: &Marker) -> bool {
    if m.ordinal < 2 {
        return false;
    }
    let Some(prev) = lines[..li]
        .iter()
        .rev()
        .map(|l| {
            l.text
                .trim_matches(|c: char| c.is_whitespace() || is_indent(c))
        })
        .find(|t| !t.is_empty())
    else {
        return false;
    };
    // (A label is short: its colon comes early, and a long line of text is let go
    // without a copy of it.)
    let Some((k, _)) = prev
        .char_indices()
        .take(FIELD_LABEL_SCAN_CHARS)
        .find(|&(_, c)| matches!(c, '：' | ':'))
    else {
        return false;
    };
    let head_end = prev[k..]
        .char_indices()
        .nth(4)
        .map_or(prev.len(), |(i, _)| k + i);
    if !is_field_line(&prev[..head_end]) {
        return false;
    }
    let value = prev[k..]
        .trim_start_matches(['：', ':'])
        .trim_start_matches(|c: char| c.is_whitespace() || is_indent(c));
    parse_marker(value).is_some_and(|first| {
        first.family == m.family && first.ordinal + 1 == m.ordinal && first.len < value.len()
    })
}

/// A formula's legend (`n ——任一单年度履行的…合同数`, `P—人口数`, `k = 系数`): a
/// symbol and a dash or an equals sign, saying what the symbol stands for.
fn is_legend_line(t: &str) -> bool {
    let symbol = t
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(t.len(), |(i, _)| i);
    let rest = t[symbol..].trim_start_matches([' ', '\u{3000}']);
    (1..=3).contains(&symbol) && rest.starts_with(['—', '=', '＝'])
}

/// The caption after an attachment's number: a title (no clause or field in it, not
/// a reference to where the attachment is: `详见第二章`).
fn annex_caption(t: &str) -> bool {
    !t.is_empty()
        && t.chars().count() <= TITLE_MAX_CHARS
        && !t
            .chars()
            .any(|c| is_clause_punct(c) || matches!(c, '：' | ':' | '；'))
        && !t.contains("详见")
        && is_balanced(t)
}

/// Brackets and quotes close what they open, in order.
fn is_balanced(t: &str) -> bool {
    let mut depth = 0i32;
    for c in t.chars() {
        match c {
            '（' | '(' | '「' | '“' | '『' | '《' | '【' => depth += 1,
            '）' | ')' | '」' | '”' | '』' | '》' | '】' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Han characters that are not numerals or date words: what a title is made of.
fn word_chars(t: &str) -> usize {
    t.chars()
        .filter(|&c| {
            is_han(c)
                && !is_cn_numeral_char(c)
                && !matches!(c, '年' | '月' | '日' | '号' | '〇' | '○' | '零')
        })
        .count()
}

/// The line without any spaces (spaced-out titles: `報 告 事 項`).
fn compact(t: &str) -> String {
    t.chars()
        .filter(|&c| !c.is_whitespace() && !is_indent(c))
        .collect()
}

/// Does [`compact`]`(t)` start with `prefix`? Reads only as far as `prefix`
/// goes (the line may be a long paragraph).
fn compact_starts_with(t: &str, prefix: &str) -> bool {
    let mut chars = t.chars().filter(|&c| !c.is_whitespace() && !is_indent(c));
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// A body paragraph (or its first line): a sentence, or a clause run on.
fn is_body_line(t: &str) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    let n = t.chars().count();
    t.chars().last().is_some_and(is_sentence_end) || (n >= 15 && t.chars().any(is_clause_punct))
}

/// `103年董事會重要決議`, `2019年工作安排`: a year or period and a title, not a date.
fn period_caption_key(c: &str) -> Option<String> {
    let digits: usize = c
        .chars()
        .take_while(|ch| {
            ch.is_ascii_digit() || is_cn_numeral_char(*ch) || matches!(ch, '〇' | '○' | '零')
        })
        .map(char::len_utf8)
        .sum();
    let n_digits = c[..digits].chars().count();
    if !(2..=4).contains(&n_digits) {
        return None;
    }
    let rest = c[digits..].strip_prefix('年')?;
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    // A date (`2019年1月9日`, `一九九六年二月五日`) is no caption.
    if rest.starts_with(|ch: char| ch.is_ascii_digit() || is_cn_numeral_char(ch))
        && rest.contains(['月', '日'])
    {
        return None;
    }
    if word_chars(rest) < 2 || rest.chars().count() > 20 {
        return None;
    }
    // The key: the caption with its numbers blanked, so that each year's caption and
    // each meeting's caption form runs of siblings.
    if !rest.starts_with(|ch: char| ch == '第' || ch.is_ascii_digit() || is_cn_numeral_char(ch)) {
        // `2023年工作回顾`, `2024年工作安排`, `103年董事會重要決議`: the parts of a
        // text by year, siblings.
        return Some("period".into());
    }
    let mut key = String::from("period:");
    let mut last_num = false;
    for ch in rest.chars() {
        let num = ch.is_ascii_digit() || is_cn_numeral_char(ch);
        if !(num && last_num) {
            key.push(if num { '#' } else { ch });
        }
        last_num = num;
    }
    Some(key)
}

/// Is line `li` a heading without a marker? `seen_body`: a body paragraph came before
/// it in the article; `prev_heading`: the line before it is a heading.
fn caption_at(
    simplified_lines: &[Line<'_>],
    li: usize,
    wrap_width: usize,
    seen_body: bool,
    prev_heading: bool,
) -> Option<CaptionLine> {
    let line = &simplified_lines[li];
    let lead = line.text.len() - line.text.trim_start_matches(is_indent).len();
    let t = line.text[lead..].trim_end_matches(|c: char| c.is_whitespace() || is_indent(c));
    if t.is_empty() || is_page_number(t) || is_legend_line(t) {
        return None;
    }
    // A line set in bold on its own (`**议题1： sig_python工作进展汇报**`): the writer's
    // heading in Markdown minutes.
    if let Some(inner) = t.strip_prefix("**").and_then(|x| x.strip_suffix("**")) {
        let n = inner.trim().chars().count();
        if (2..=60).contains(&n)
            && !inner.contains("**")
            && !inner.trim_end().chars().last().is_some_and(is_clause_punct)
        {
            let start = lead + 2;
            return Some(CaptionLine {
                top: false,
                key: "bold".into(),
                title: start..start + inner.len(),
                joined: false,
                period: false,
                annex: None,
            });
        }
        return None;
    }
    let first = t.chars().next()?;
    if matches!(
        first,
        '[' | '!'
            | '|'
            | '*'
            | '<'
            | '`'
            | '-'
            | '—'
            | '>'
            | '#'
            | '（'
            | '('
            | '“'
            | '"'
            | '【'
            | '《'
            | '='
            | '+'
            | '┌'
            | '│'
            | '├'
            | '└'
    ) || first.is_ascii_digit()
    {
        // A link, table, list bullet, quotation, note or rule: not a title line; a
        // line opening with a number only as a period caption (`2019年工作安排`).
        if !first.is_ascii_digit() || period_caption_key(&compact(t)).is_none() {
            return None;
        }
    }
    // A clause mark makes the line body text (the test on `inner` below); most lines
    // are, and are let go here before any copy is made. Attachment lines are read
    // first, as below.
    if !t.starts_with('附') && t.chars().any(|ch| is_clause_punct(ch) || ch == '；') {
        return None;
    }
    let c = compact(t);
    let label = c.trim_end_matches(['：', ':']);
    // Columns set apart by runs of spaces (a table's row, a field and its value).
    let columns = t
        .split(|ch: char| !(ch.is_whitespace() || is_indent(ch)))
        .any(|gap| gap.chars().count() >= 3);
    let words = heading_words();
    if words.iter().any(|&(k, w)| k == WordKind::Not && label == w) {
        return None;
    }
    let next_lines = simplified_lines[li + 1..]
        .iter()
        .map(|l| {
            l.text
                .trim_matches(|c: char| c.is_whitespace() || is_indent(c))
        })
        .filter(|t| !t.is_empty() && !is_page_number(t));
    let next = next_lines.clone().next();
    // A table's caption over its unit line (`2025年全市一般公共预算收入执行情况` /
    // `单位：亿元`): the table's, not a heading of the text.
    if next.is_some_and(|n| TABLE_UNIT_LINES.iter().any(|w| compact_starts_with(n, w))) {
        return None;
    }
    let whole = lead..lead + t.len();
    // The parts of minutes, alone on their line.
    if words
        .iter()
        .any(|&(k, w)| k == WordKind::Part && label == w)
    {
        return Some(CaptionLine {
            top: true,
            key: "part".into(),
            title: whole,
            joined: false,
            period: false,
            annex: None,
        });
    }
    // A numbered case of minutes, alone on its line (`討論事項一` under `貳、討論事項`):
    // the cases are a series where they stand.
    if let Some(w) = numbered_case(label) {
        return Some(CaptionLine {
            top: false,
            key: format!("case {w}"),
            title: whole,
            joined: false,
            period: false,
            annex: None,
        });
    }
    // A month of a schedule, alone on its line over its entries (`一月份` / `1. …`,
    // a work plan's calendar): the months are a series where they stand.
    // (Another month a line or two on must open its entries then: months over
    // a table's cells, one a line, are no captions.)
    let month_then_entry = || {
        let after: Vec<&str> = next_lines.clone().skip(1).take(3).collect();
        (0..after.len().min(2)).any(|k| {
            month_caption(&compact(after[k]))
                && after.get(k + 1).is_some_and(|l| opens_first_entry(l))
        })
    };
    if month_caption(label) && (next.is_some_and(opens_first_entry) || month_then_entry()) {
        return Some(CaptionLine {
            top: false,
            key: "month".into(),
            title: whole,
            joined: false,
            period: false,
            annex: None,
        });
    }
    // An attachment: `附件`, `附件一`, `附表2`, alone or with a field set apart by spaces;
    // with its number, also captioned (`附件1：资格审查条件要求`, `附录3 资格审查条件`),
    // the caption then being part of its title.
    let token_end = t
        .find(|c: char| c.is_whitespace() || is_indent(c))
        .unwrap_or(t.len());
    let token = &t[..token_end];
    let tail = &t[token_end..];
    if let Some(&(_, w)) = words
        .iter()
        .find(|&&(k, w)| k == WordKind::Annex && token.starts_with(w))
    {
        let is_numeral = |num: &str| {
            num.is_empty()
                || num.chars().all(|c| arabic_digit(c).is_some())
                || small_cn_numeral(num).is_some()
        };
        let num = token[w.len()..].trim_end_matches(['：', ':']);
        let set_apart = tail.is_empty()
            || tail
                .chars()
                .take_while(|&c| c.is_whitespace() || is_indent(c))
                .count()
                >= 2;
        if is_numeral(num) && set_apart && next.is_some() {
            let caption = tail.trim_start_matches(|c: char| c.is_whitespace() || is_indent(c));
            let end = if annex_caption(caption) {
                t.len()
            } else {
                token.len()
            };
            return Some(CaptionLine {
                top: true,
                key: format!("annex:{w}"),
                annex: Some(w),
                title: lead..lead + end,
                joined: false,
                period: false,
            });
        }
        // `附件1：资格审查条件要求`, `附录3 资格审查条件（业绩最低要求）`: numbered and
        // captioned, the attachment itself — unless one of a list of attachments
        // (the next or last line another of them).
        let rest = &t[w.len()..];
        let digits = rest
            .char_indices()
            .find(|&(_, c)| arabic_digit(c).is_none())
            .map_or(rest.len(), |(i, _)| i);
        let after = &rest[digits..];
        let caption = after
            .strip_prefix(['：', ':'])
            .unwrap_or(after)
            .trim_start_matches(|c: char| c.is_whitespace() || is_indent(c));
        let separated = after.len() > caption.len();
        let listed = |l: Option<&str>| {
            l.is_some_and(|l| {
                l.strip_prefix(w)
                    .is_some_and(|r| r.starts_with(|c: char| arabic_digit(c).is_some()))
            })
        };
        // (Text of its own under it, not a signature and date: a notice's last
        // line naming its one attachment is no heading.)
        let has_body = next_lines.clone().take(3).any(is_body_line);
        let prev = simplified_lines[..li]
            .iter()
            .rev()
            .map(|l| {
                l.text
                    .trim_matches(|c: char| c.is_whitespace() || is_indent(c))
            })
            .find(|t| !t.is_empty());
        if digits > 0
            && separated
            && annex_caption(caption)
            && has_body
            && !listed(next)
            && !listed(prev)
        {
            return Some(CaptionLine {
                top: true,
                key: format!("annex:{w}"),
                annex: Some(w),
                title: lead..lead + t.len(),
                joined: false,
                period: false,
            });
        }
        return None;
    }
    let n = c.chars().count();
    if columns {
        return None;
    }
    // Nothing that reads as a clause or a field (`時 間：…`).
    let inner = &c[..label.len()];
    if inner
        .chars()
        .any(|ch| is_clause_punct(ch) || matches!(ch, '：' | ':' | '；'))
    {
        return None;
    }
    // Not the continuation of a line cut by a hard wrap.
    let prev = simplified_lines[..li]
        .iter()
        .rev()
        .map(|l| {
            l.text
                .trim_matches(|c: char| c.is_whitespace() || is_indent(c))
        })
        .find(|t| !is_page_number(t) || t.is_empty());
    let prev_lead = simplified_lines[..li]
        .iter()
        .rev()
        .find(|l| !l.text.trim().is_empty())
        .map_or(0, |l| {
            l.text.len() - l.text.trim_start_matches(is_indent).len()
        });
    // After the end of a paragraph, a heading, a field or a date: not inside a sentence
    // cut by a hard wrap.
    let prev_closed = prev.is_none_or(|p| {
        p.is_empty()
            || prev_heading
            || p.chars().last().is_some_and(|c| {
                is_sentence_end(c) || matches!(c, '）' | ')' | '」' | '”' | '』' | '》' | '】')
            })
            || (is_field_line(p) && p.chars().count() * 10 < wrap_width * 6)
            || word_chars(p) < 2
            // A label over the next list (`遗留问题：`) after an entry of the last one,
            // not indented under the entry's text (the rest of a sentence a hard wrap
            // cut, `(一)各黨團同意…，決` + wrap + `    定事項：`).
            || label.len() < c.len()
                && parse_marker(p).is_some()
                && lead <= prev_lead
                && !words
                    .iter()
                    .any(|&(k, w)| k == WordKind::Announce && label.ends_with(w))
    });
    if !prev_closed || !is_balanced(t) {
        return None;
    }
    // A cell of a table laid out one cell per line: a figure on either side
    // (`20.26` / `动态调整` / `6`, the target and the next row's number of a plan's table).
    let near = |it: &mut dyn Iterator<Item = &Line<'_>>| {
        it.map(|l| {
            l.text
                .trim_matches(|c: char| c.is_whitespace() || is_indent(c))
        })
        .find(|t| !t.is_empty())
        .is_some_and(is_bare_figure)
    };
    if near(&mut simplified_lines[..li].iter().rev())
        && near(&mut simplified_lines[li + 1..].iter())
    {
        return None;
    }
    // An indented line followed by one indented alike goes on in a block (a paragraph
    // wrapped with a hanging indent).
    if lead > 0
        && simplified_lines.get(li + 1).is_some_and(|nl| {
            let nt = nl.text.trim_start_matches(is_indent);
            !nt.trim().is_empty() && nl.text.len() - nt.len() == lead && parse_marker(nt).is_none()
        })
    {
        return None;
    }
    // Nor a line as wide as the text's wrapped lines whose text goes on (a table's
    // caption, `…一覽表`, may be as wide).
    let table = c.ends_with('表') && n >= 4;
    if !table
        && n >= 15
        && n * 10 >= wrap_width * 7
        && next.is_some_and(|x| parse_marker(x).is_none())
    {
        return None;
    }
    if let Some(key) = period_caption_key(&c) {
        // A year or period caption heads what follows within a few lines (a table's
        // header cells may come first).
        let heads = next_lines
            .take(6)
            .any(|x| parse_marker(x).is_some() || is_body_line(x));
        return heads.then_some(CaptionLine {
            top: false,
            key,
            title: whole,
            joined: false,
            period: true,
            annex: None,
        });
    }
    if word_chars(&c) < 2 {
        return None;
    }
    let next_marker = next.and_then(parse_marker);
    // A label standing alone over a numbered list (`结论：`, `遗留问题：`).
    if label.len() < c.len() {
        let short = label.chars().count() <= 7;
        return (short && next_marker.is_some_and(|m| m.ordinal == 1)).then(|| CaptionLine {
            top: false,
            key: "label".into(),
            title: whole,
            joined: false,
            period: false,
            annex: None,
        });
    }
    // A title standing alone between paragraphs, with body text or a list under it; a
    // table's caption (`…一覽表`) has its cells under it. Titles before the first
    // paragraph are the document's own (title, subtitle, author).
    // A list of names (`張秋明 黃適超 薛呈懿`) is no title.
    let mut tokens = t
        .split(|c: char| c.is_whitespace() || is_indent(c))
        .filter(|x| !x.is_empty());
    let names = tokens.clone().count() >= 3
        && tokens.all(|x| (2..=4).contains(&x.chars().count()) && x.chars().all(is_han));
    // Names going on from a field of names above (`提案人：黃文玲　　姚文智…` /
    // `段宜康　　林世嘉`): the field's second line.
    let more_names = name_list(t, false).is_some_and(|k| k >= 2) && prev.is_some_and(names_field);
    if !seen_body || !(4..=40).contains(&n) || names || more_names {
        return None;
    }
    // A title cut by a hard wrap: the next line continues it (`关于…的确定` /
    // `和加强…的报告`) when it is short, unpunctuated and joined by a connective.
    let mut title = whole.clone();
    let mut joined = false;
    if let Some(nl) = simplified_lines.get(li + 1) {
        let nt = nl
            .text
            .trim_matches(|c: char| c.is_whitespace() || is_indent(c));
        let joins = nt.starts_with(['和', '与', '及', '暨', '并', '的', '之'])
            || t.ends_with(['的', '和', '与', '及', '暨', '对'])
            || t.ends_with("关于");
        if joins
            && !nt.is_empty()
            && nt.chars().count() <= 30
            && !nt
                .chars()
                .any(|c| is_clause_punct(c) || matches!(c, '：' | ':'))
            && parse_marker(nt).is_none()
        {
            let nl_end = nl
                .text
                .trim_end_matches(|c: char| c.is_whitespace() || is_indent(c))
                .len();
            title = lead..(nl.start - line.start) + nl_end;
            joined = true;
        }
    }
    let after = if joined {
        next_lines.clone().nth(1)
    } else {
        next
    };
    // The title of a document that a notice issues or forwards (`…工作方案`, `…的报告`)
    // is a document title, not a section.
    // The first line of a paragraph wrapped at a narrow width: the next line is as wide.
    if !joined
        && n >= 10
        && simplified_lines.get(li + 1).is_some_and(|nl| {
            let nt = nl
                .text
                .trim_matches(|c: char| c.is_whitespace() || is_indent(c));
            parse_marker(nt).is_none() && compact(nt).chars().count().abs_diff(n) <= 2
        })
    {
        return None;
    }
    let mut full = c.clone();
    if joined {
        full.push_str(&compact(simplified_lines[li + 1].text));
    }
    if words
        .iter()
        .any(|&(k, w)| k == WordKind::Genre && full.ends_with(w))
    {
        return None;
    }
    let under = after.is_some_and(|x| {
        (is_body_line(x) && x.chars().count() >= n)
            || parse_marker(x).is_some_and(|m| m.ordinal == 1)
    });
    if !(table || under) {
        return None;
    }
    // Titles set off by one bullet (`◆基础材料（必要）`, `◆专项材料（根据具体事项
    //提供）`) are parallel however long; the bullet is no part of the title.
    if let Some(b) = t.chars().next().filter(|c| TITLE_BULLETS.contains(*c)) {
        let mut title = title;
        title.start += b.len_utf8();
        title.start += line.text[title.start..].len() - line.text[title.start..].trim_start().len();
        return Some(CaptionLine {
            top: false,
            key: format!("bullet:{b}"),
            title,
            joined,
            period: false,
            annex: None,
        });
    }
    let top = n >= LONG_CAPTION_CHARS;
    // Sub-headings without a marker are parallel: the next one is a sibling of the last,
    // not a child of it or of the list under it (a record's questions, each titled, each
    // with its numbered parts). A block's title is a kind of its own.
    let key = parallel_caption_key(&full).unwrap_or_else(|| {
        if top {
            format!("title:{li}")
        } else {
            "subtitle".to_string()
        }
    });
    Some(CaptionLine {
        top,
        key,
        title,
        joined,
        period: false,
        annex: None,
    })
}

/// Does an attachment's caption name the attachment (`附录1  资格审查条件`), beyond its
/// word and number (`附件1`, `附表二：`)?
fn annex_named(title: &str, word: &str) -> bool {
    title
        .strip_prefix(word)
        .unwrap_or(title)
        .chars()
        .any(|c| is_han(c) && !is_cn_numeral_char(c))
}

/// A line that is a figure alone (`6`, `20.26`, `-3.5%`, `1,200`): a table's cell.
fn is_bare_figure(t: &str) -> bool {
    t.len() <= 24
        && t.chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || matches!(
                    c,
                    '.' | ',' | '%' | '-' | '+' | '~' | '/' | ' ' | '．' | '，' | '％' | '－' | '‰'
                )
        })
}

/// The running heads and feet of an article's lines (indices): a line that recurs word
/// for word in the article (three times or more), next to a page number (`立法會 ─ 2013年 4月 24日` over the `5956` of every
/// page of a record printed from PDF). It is the page's: never a heading, and it gives
/// no facts. Labels that recur over each meeting's lists (`结论：`) stand by no page
/// number, nor does a clause of the text (it has a comma or a full stop).
fn running_heads(lines: &[Line<'_>]) -> Vec<usize> {
    let trim = trim_line;
    let page: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            let t = trim(l.text);
            !t.is_empty() && is_page_number(t)
        })
        .map(|(i, _)| i)
        .collect();
    if page.len() < RUNNING_HEAD_MIN as usize {
        return Vec::new();
    }
    let key = trim_line;
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for l in lines {
        let t = trim(l.text);
        if !t.is_empty() && t.len() <= RUNNING_HEAD_MAX_BYTES && !is_page_number(t) {
            *counts.entry(key(l.text)).or_insert(0) += 1;
        }
    }
    let mut out = Vec::new();
    for (li, l) in lines.iter().enumerate() {
        let t = trim(l.text);
        // A head is a title, a name or a date, never a clause of the text (three letters
        // opening alike in a gazette's list, next to a stray figure).
        if t.is_empty()
            || t.len() > RUNNING_HEAD_MAX_BYTES
            || is_page_number(t)
            || t.chars().any(|c| is_clause_punct(c) || c == '；')
        {
            continue;
        }
        // A page number within reach, not the line itself.
        let k = page.partition_point(|&p| p + RUNNING_HEAD_REACH < li);
        let near = page[k..]
            .iter()
            .take_while(|&&p| p <= li + RUNNING_HEAD_REACH)
            .any(|&p| p != li);
        if near
            && counts
                .get(key(l.text))
                .is_some_and(|&n| n >= RUNNING_HEAD_MIN)
        {
            out.push(li);
        }
    }
    out
}

/// A line without its indent and trailing spaces.
fn trim_line(t: &str) -> &str {
    t.trim_matches(|c: char| c.is_whitespace() || is_indent(c))
}

/// How often a running head recurs at least (a caption met twice, `附表` over two tables
/// numbered in their rows, is no running head), how far (in lines) it stands from its
/// page number, and how long it may be.
const RUNNING_HEAD_MIN: u32 = 3;
const RUNNING_HEAD_REACH: usize = 3;
const RUNNING_HEAD_MAX_BYTES: usize = 120;

/// The key shared by parallel titles without a marker: titles alike but for their
/// numbers (`第四屆第三次` and `第四屆第四次`, `一号楼` and `二号楼`) are siblings, whatever
/// stands between them. A title without a number has none: it is a kind of its own.
fn parallel_caption_key(title: &str) -> Option<String> {
    let mut key = String::with_capacity(title.len());
    let mut numbered = false;
    let mut in_number = false;
    for c in title.chars() {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c) || is_cn_numeral_char(c);
        if digit {
            if !in_number {
                key.push('#');
            }
            numbered = true;
        } else {
            key.push(c);
        }
        in_number = digit;
    }
    numbered.then(|| format!("numbered:{key}"))
}

/// A title without a marker this long is the title of a block (an attachment, a table,
/// a forwarded report) and opens a top-level part; a shorter one is a sub-heading.
const LONG_CAPTION_CHARS: usize = 15;

/// Bullets that set off a title line without a marker (`◆基础材料`).
const TITLE_BULLETS: &str = "◆◇■□●○★☆▶►▲△";

/// Deepest section nesting kept: well beyond the marker families of official
/// documents (about ten), and a bound on hostile input.
pub const MAX_DEPTH: usize = 16;

/// The lines starting inside a byte range (lines are sorted by start).
fn lines_in<'l, 'a>(lines: &'l [Line<'a>], range: &Range<usize>) -> &'l [Line<'a>] {
    let from = lines.partition_point(|l| l.start < range.start);
    let to = lines.partition_point(|l| l.start < range.end);
    &lines[from..to.max(from)]
}

/// An open heading on the nesting stack.
struct Open {
    index: usize,
    family: Family,
    ordinal: u32,
    /// An item holding the list that restarts right under it: the list's family. It
    /// holds that list only (and what nests in its entries).
    list: Option<Family>,
}

/// A numbered line of one article, before it is nested.
struct Cand {
    /// Index of the line among the article's lines.
    line: usize,
    /// Byte offset of the line in the text.
    line_start: usize,
    lead: usize,
    marker: Marker,
    /// The title, relative to the line.
    title: Range<usize>,
    /// How the text after the marker reads.
    shape: Shape,
    /// The next non-blank line starts with a marker of the same family.
    next_is_sibling: bool,
    /// The next non-blank line is a paragraph (no marker): the entry's own text.
    has_body: bool,
    /// The next non-blank line opens with a marker.
    next_marked: bool,
    /// A sentence that announces a list (`有下列行为之一的，…`): body text, whatever
    /// follows it.
    lead_in: bool,
    /// The first two characters after the marker (parallel titles open alike:
    /// `持续推进…`, `持续推进…`).
    opening: [char; 2],
    /// Read as [`Shape::Long`] only because its run-in first sentence is longer than
    /// [`TITLE_MAX_CHARS`] (at most [`SENTENCE_TITLE_MAX_CHARS`]): a run-in title when
    /// its siblings open alike.
    long_run_in: bool,
    /// A heading without a marker that opens a top-level part.
    top: bool,
    /// A year or period caption.
    period: bool,
    /// The title ends in a colon after a noun ([`colon_title`]).
    colon_title: bool,
}

impl Cand {
    /// A heading whose title stands alone (a Markdown heading, a term under its
    /// number): body text under it, nothing of a list about it.
    fn bare_title(
        line: usize,
        line_start: usize,
        lead: usize,
        marker: Marker,
        title: Range<usize>,
    ) -> Self {
        Cand {
            line,
            line_start,
            lead,
            marker,
            title,
            shape: Shape::BareTitle,
            next_is_sibling: false,
            has_body: true,
            next_marked: false,
            lead_in: false,
            opening: ['\0'; 2],
            long_run_in: false,
            top: false,
            period: false,
            colon_title: false,
        }
    }
}

/// How the text after a marker reads: a title or a sentence of body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A title with no punctuation (`总体要求`, `乙方权利义务`, a bare `第十九条`) or
    /// ending in a colon (`国内联播快讯：`).
    BareTitle,
    /// A title ending in a period (`加强组织领导。`), or a short sentence.
    /// `short`: at most [`SHORT_TITLE_MAX_CHARS`] and no comma.
    Title { short: bool },
    /// A title run into its paragraph on the same line (`重大意义。党的十八大以来…`).
    /// `long`: the paragraph is several times as long as the title.
    RunIn { long: bool },
    /// A sentence standing alone, longer than a title.
    Long,
    /// A line with no punctuation, longer than a title: a long heading when a
    /// paragraph follows, else body text.
    LongTitle,
    /// Plainly part of a sentence: a clause ending in `；`/`，`, a blank to fill in
    /// (`房屋外观：＿＿＿＿`), a line cut by a hard wrap.
    Clause,
}

/// Longest title, in characters; a longer first sentence is body text.
const TITLE_MAX_CHARS: usize = 30;
/// Longest title ending in a period that stands alone on its line, in characters.
const SENTENCE_TITLE_MAX_CHARS: usize = 40;
/// Longest title ending in a period read as a title even with no text of its own.
const SHORT_TITLE_MAX_CHARS: usize = 12;

/// Read the text after a marker (`wrapped`: the line was cut by a hard wrap and goes on
/// on the next line).
fn shape_of(rest: &str, wrapped: bool) -> Shape {
    let r = rest.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    let Some(last) = r.chars().last() else {
        return Shape::BareTitle;
    };
    if wrapped || r.contains("＿＿") || r.contains("__") {
        return Shape::Clause;
    }
    if let Some((k, end)) = r.char_indices().find(|&(_, c)| is_sentence_end(c)) {
        let first = &r[..k];
        let n = first.chars().count();
        let after = r[k + end.len_utf8()..].trim();
        // A note in brackets after the sentence is no paragraph of the entry's own.
        let after = if is_bracket_note(after) { "" } else { after };
        if matches!(end, '；' | ';') {
            return Shape::Clause;
        }
        if after.is_empty() {
            // The entry is one sentence: a title ending in a period, or body text.
            return if n <= SENTENCE_TITLE_MAX_CHARS {
                Shape::Title {
                    short: n <= SHORT_TITLE_MAX_CHARS && !first.contains(['，', ',']),
                }
            } else {
                Shape::Long
            };
        }
        if n > TITLE_MAX_CHARS {
            return Shape::Long;
        }
        return Shape::RunIn {
            long: after.chars().count() >= 4 * n.max(10),
        };
    }
    let n = r.chars().count();
    // A bracket left open: the line was cut inside a sentence.
    let opens = r.matches(['（', '(']).count();
    let closes = r.matches(['）', ')']).count();
    if opens > closes {
        return Shape::Clause;
    }
    match last {
        '，' | ',' | '、' => Shape::Clause,
        // A short title closed by a colon, not a sentence that announces its list
        // with a copula (`地调局的主要职责是：`, `日常工作包括：`; `工作要求：`,
        // `会议决定：` are titles).
        '：' | ':' if n <= 15 && !announces_with_copula(r) => Shape::BareTitle,
        // A sentence introducing its list (`负责向业主和物业使用人收取下列费用：`).
        '：' | ':' => Shape::Long,
        _ if n <= TITLE_MAX_CHARS => Shape::BareTitle,
        _ => Shape::LongTitle,
    }
}

/// Copulas that end a sentence announcing the list after it (`主要职责是：`,
/// `日常工作包括：`, `具体安排如下：`); nouns such as `要求`, `建议`, `决定` end titles.
const ANNOUNCING_COPULAS: &[&str] = &["是", "是指", "包括", "包含", "如下"];

/// Does a short line end in an announcing copula and its colon, after words of
/// its own (`主要职责是：`, `本办法所称设施是指：`, not a bare `如下：`), or name the
/// list after a verb with [`STATUTE_LEAD_INS`] (`禁止下列行为：`)?
fn announces_with_copula(r: &str) -> bool {
    let Some(head) = r.strip_suffix(['：', ':']) else {
        return false;
    };
    ANNOUNCING_COPULAS
        .iter()
        .any(|w| head.strip_suffix(w).is_some_and(|h| h.chars().count() >= 2))
        || STATUTE_LEAD_INS.iter().any(|w| {
            // (`下列` and the noun of the list close the line, `禁止下列行为：`,
            // `有下列情形之一：`; not `对下列问题进行专项整治：`, a task.)
            head.find(w).is_some_and(|i| {
                let noun = &head[i + w.len()..];
                let noun = noun.strip_suffix("之一").unwrap_or(noun);
                i > 0 && (1..=4).contains(&noun.chars().count())
            })
        })
}

/// The word with which a statute's article names the list after it (`禁止下列行为：`,
/// `有下列情形之一：`); minutes' `以下几点：` may head their points.
const STATUTE_LEAD_INS: &[&str] = &["下列"];

/// A first sentence longer than a title (at most [`SENTENCE_TITLE_MAX_CHARS`]) run into
/// its paragraph on the same line.
fn long_run_in_title(rest: &str) -> bool {
    let r = rest.trim_end();
    let Some((k, end)) = r.char_indices().find(|&(_, c)| is_sentence_end(c)) else {
        return false;
    };
    let after = r[k + end.len_utf8()..].trim();
    end == '。'
        && r[..k].chars().count() <= SENTENCE_TITLE_MAX_CHARS
        && !after.is_empty()
        && !is_bracket_note(after)
}

/// A note in brackets after an entry's sentence: who leads a task
/// (`20.推进大洋集团老旧厂房改造。（牵头单位：九亭镇）`), how far an action got
/// (`2、刷新材料中仓库committer邮箱信息。（已闭环）`). It annotates the sentence; it is
/// not a paragraph that would make the sentence a run-in title.
fn is_bracket_note(s: &str) -> bool {
    let s = s.trim();
    if !s.starts_with(['（', '(']) || !s.ends_with(['）', ')']) {
        return false;
    }
    // One bracket pair spans the whole note (`（原卜蜂莲花）` inside it is fine).
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => {
                depth -= 1;
                if depth <= 0 && i + c.len_utf8() < s.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// A Markdown heading numbered in its text (`### 1.1 编写目的`, `## 一、总则`): the
/// `#`s only set the level, as bold only sets a marker off, so the number is the
/// marker a reader sees and the title starts after it. Its marker and the title's
/// start.
fn numbered_markdown(s: &str, m: &Marker, title: &Range<usize>) -> Option<(Marker, usize)> {
    if !matches!(m.family, Family::Markdown(_)) {
        return None;
    }
    let text = &s[title.clone()];
    let inner = parse_marker(text).filter(|i| !matches!(i.family, Family::Markdown(_)))?;
    let rest = text[inner.len..].trim_start();
    if let Family::Decimal(depth) = inner.family {
        // A version (`## 5.0 版本特性`, `## 4.1 Release 说明`) or a count (`## 10 大亮点`)
        // is no outline number.
        let number = text[..inner.len].trim_end();
        let lower = rest.to_ascii_lowercase();
        if number
            .split('.')
            .any(|p| p.trim_start_matches('0').is_empty())
            || rest.starts_with('版')
            || ["release", "beta", "lts", "rc"]
                .iter()
                .any(|w| lower.starts_with(w))
            || depth == 1 && rest.starts_with('大')
        {
            return None;
        }
    }
    (!rest.is_empty()).then(|| (inner, title.end - rest.len()))
}

/// Whether a family's entries may be list items (chapters and Markdown headings never are).
fn may_be_item(family: Family) -> bool {
    !matches!(
        family,
        Family::Part
            | Family::Chapter
            | Family::Subchapter
            | Family::Markdown(_)
            | Family::Caption(_)
    )
}

/// The marker opening an entry on a line (see [`parse_marker`]); but a comma or a full
/// stop right after it means the line goes on from a reference cut by a hard wrap
/// (`…第 2 項決議` + wrap + `（一），檢送書面報告，請查照案。`): no entry opens there.
fn entry_marker(line: &str) -> Option<Marker> {
    parse_marker(line).filter(|m| {
        let rest = line[m.len..].trim_start_matches([' ', '\u{3000}']);
        // `（一）至（五），…`: a span of references, cut the same way.
        let span = rest
            .strip_prefix(['至', '及', '、'])
            .is_some_and(|r| r.starts_with(['（', '(']) && parse_marker(r).is_some());
        !span && !rest.starts_with(['，', ',', '。', '；', ';'])
    })
}

/// Nest the numbered lines of one article: for each, the index of its parent among
/// `cands`. Items (`item[i]`) are leaves: they never open a level, so headings nest
/// as if they were not there.
fn nest(cands: &[Cand], item: &[bool]) -> Vec<Option<usize>> {
    let mut stack: Vec<Open> = Vec::new();
    // The last item placed at each depth (the stack's length under it): an item is
    // not on the stack, but the next entry of its list continues it.
    let mut last_item: Vec<Option<(Family, u32)>> = Vec::new();
    let mut parents = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let m = &c.marker;
        // An item holding a list lets go when an entry of neither that list nor a list
        // nested in it comes (the next chapter after a clause's points).
        while let Some(top) = stack.last().filter(|o| o.list.is_some()) {
            let restart_under_item = m.ordinal <= 1
                && item[i - 1]
                && cands[i - 1].next_marked
                && cands[i - 1].marker.family != m.family;
            if top.list == Some(m.family) || restart_under_item {
                break;
            }
            stack.pop();
        }
        // Where does it attach?
        let parent_depth: usize = match m.family {
            Family::Markdown(d) => stack
                .iter()
                .position(|o| matches!(o.family, Family::Markdown(e) if e >= d))
                .unwrap_or(stack.len()),
            // An outline number's depth is its place: `2` closes `1.4` and what is
            // under it; `2.1` nests under `2`.
            Family::Decimal(d) => stack
                .iter()
                .position(|o| matches!(o.family, Family::Decimal(e) if e >= d))
                .unwrap_or(stack.len()),
            // A part of minutes, an attachment, a block's title: top level (under the
            // open Markdown headings).
            Family::Caption(_) if c.top => stack
                .iter()
                .position(|o| !matches!(o.family, Family::Markdown(_)))
                .unwrap_or(stack.len()),
            // A year or period caption closes the numbered headings before it; then,
            // like any caption, it is the sibling of one of its kind or nests below.
            Family::Caption(_) if c.period => {
                let mut d = stack.len();
                while d > 0
                    && !matches!(
                        stack[d - 1].family,
                        Family::Caption(_) | Family::Markdown(_)
                    )
                {
                    d -= 1;
                }
                stack[..d]
                    .iter()
                    .rposition(|o| o.family == m.family)
                    .unwrap_or(d)
            }
            // Another caption of the same kind is a sibling; else it nests where it stands.
            Family::Caption(_) => stack
                .iter()
                .rposition(|o| o.family == m.family)
                .unwrap_or(stack.len()),
            // `壹、` is a level above `一、` in Taiwan's documents: a `貳、` met under
            // the article's top-level `一、` (its `壹、` misprinted or missing, minutes'
            // `臺、報告事項`) closes it. Where a `壹、` is open or listed, `壹、` numbers
            // the parts of one entry (a budget's `貳、營業部分` inside an agenda item):
            // as it stands.
            Family::CnFinancialComma
                if m.ordinal >= 2
                    && stack.first().is_some_and(|o| o.family == Family::CnComma)
                    && !stack.iter().any(|o| o.family == Family::CnFinancialComma)
                    && !last_item
                        .iter()
                        .flatten()
                        .any(|(f, _)| *f == Family::CnFinancialComma) =>
            {
                0
            }
            fam => {
                // A list restarting at 1 right under an item of another family is that
                // item's own list (a motion's points `一、二、三、` under `(七)…`, the
                // `(一)`…`(十五)` of `四、審查…等十五案：`): the item holds it.
                if m.ordinal <= 1 && i > 0 && item[i - 1] {
                    let p = &cands[i - 1];
                    if p.marker.family != fam && p.next_marked && last_item.len() == stack.len() + 1
                    {
                        stack.push(Open {
                            index: i - 1,
                            family: p.marker.family,
                            ordinal: p.marker.ordinal,
                            list: Some(fam),
                        });
                    }
                }
                let heading = stack
                    .iter()
                    .rposition(|o| o.family == fam && m.ordinal == o.ordinal + 1);
                // The nearest of an open heading and an item it follows.
                let after_item = (0..=stack.len()).rev().find(|&d| {
                    last_item
                        .get(d)
                        .copied()
                        .flatten()
                        .is_some_and(|(f, o)| f == fam && m.ordinal == o + 1)
                });
                if let Some(d) = after_item.filter(|&d| heading.is_none_or(|h| d > h)) {
                    d
                } else if let Some(pos) = heading {
                    pos
                } else if m.ordinal <= 1 {
                    // A list restarting right after an item of its own family is a
                    // new list at that level (`一、…二十三、` then `一、` again after a
                    // plain heading line), not a list nested in that item.
                    match stack.last() {
                        Some(top) if top.family == fam => stack.len() - 1,
                        _ => stack.len(),
                    }
                } else if let Some(pos) = stack.iter().rposition(|o| o.family == fam) {
                    // A gap or repeat in the numbering: still that list.
                    pos
                } else {
                    stack.len()
                }
            }
        };
        // Hostile input (thousands of `一、` lines each restarting at 1) would
        // otherwise nest without end, and ids grow with the depth: quadratic.
        stack.truncate(parent_depth.min(MAX_DEPTH - 1));
        parents.push(stack.last().map(|o| o.index));
        let depth = stack.len();
        last_item.truncate(depth);
        last_item.push(item[i].then_some((m.family, m.ordinal)));
        if !item[i] {
            stack.push(Open {
                index: i,
                family: m.family,
                ordinal: m.ordinal,
                list: None,
            });
        }
    }
    parents
}

/// A clause (it has a comma) that names the list after it with a word of
/// `dicts/heading_words.tsv` (`下列`, `以下`, `如下`): `有下列行为之一的，依照…处理。`
fn announces_list(title: &str) -> bool {
    title.contains(['，', ','])
        && heading_words()
            .iter()
            .any(|&(k, w)| k == WordKind::LeadIn && title.contains(w))
}

/// A title ending in a colon after a noun (`陳其邁委員等人擬具修正本法部分條文：`, the
/// bill a report speaks to next), not a sentence: no clause with a comma
/// (`…投資保障協議內容，要求海基會應於文本中明列：`), and no verb that introduces what
/// follows (`协商结论通过：`, `…第一案为：`) or word announcing a list (`下列`) before
/// the colon.
fn colon_title(title: &str) -> bool {
    let Some(head) = title.trim_end().strip_suffix(['：', ':']) else {
        return false;
    };
    !head.contains(['，', ','])
        && !heading_words()
            .iter()
            .any(|&(k, w)| matches!(k, WordKind::Announce | WordKind::LeadIn) && head.ends_with(w))
}

/// The decimal outline number of a candidate.
fn decimal_of(c: &Cand, lines: &[Line<'_>]) -> Option<DecimalNumber> {
    if !matches!(c.marker.family, Family::Decimal(_)) {
        return None;
    }
    decimal_parts(&lines[c.line].text[c.lead..]).map(|(n, _)| n)
}

/// Decimal numbers are an outline only in company: `1` heads when a `1.x` follows it,
/// or beside a sibling (`1 范围`, `2 规范性引用文件` before `3` and its `3.1`) in an
/// outline where a bare number has children; `1.2` or `2.1.1` when the outline has its
/// parent, a sibling or a child. A number alone at a line's start (a table's cell, a
/// figure cut by a hard wrap) is no heading.
fn drop_loose_decimals(cands: &mut Vec<Cand>, lines: &[Line<'_>]) {
    if !cands
        .iter()
        .any(|c| matches!(c.marker.family, Family::Decimal(_)))
    {
        return;
    }
    let nums: Vec<Option<DecimalNumber>> = cands.iter().map(|c| decimal_of(c, lines)).collect();
    let mut keep = Vec::with_capacity(cands.len());
    for (i, n) in nums.iter().enumerate() {
        let Some(n) = n else {
            keep.push(true);
            continue;
        };
        let me = n.numbers();
        let prefix = &me[..me.len() - 1];
        // The nearest decimals around it (an outline's relatives are close by).
        let lo = i.saturating_sub(64);
        let hi = (i + 64).min(nums.len());
        // The outline goes on forward after a chapter without children (`1 范围` then
        // `2 …`), not back (a table's row `3 砂石` before `2.2 检验`).
        let in_order = nums[i + 1..hi]
            .iter()
            .flatten()
            .next()
            .is_none_or(|o| o.parts[0] >= me[0]);
        // (Whether the outline has chapters with children, asked once.)
        let parents = std::cell::OnceCell::new();
        let related = nums[lo..hi].iter().enumerate().any(|(j, o)| {
            let Some(o) = o else { return false };
            if lo + j == i {
                return false;
            }
            let other = o.numbers();
            let child = other.len() == me.len() + 1 && other.starts_with(me);
            if me.len() == 1 {
                let sibling = other.len() == 1 && other[0].abs_diff(me[0]) == 1;
                return child
                    || sibling
                        && in_order
                        && *parents.get_or_init(|| outline_parents(&nums[lo..hi]));
            }
            child
                || other == prefix
                || (other.len() == me.len() && other.starts_with(prefix) && other != me)
        });
        keep.push(related);
    }
    let mut k = keep.into_iter();
    cands.retain(|_| k.next().unwrap_or(true));
}

/// How many lines before an article's first paragraph make its title block (name,
/// number, English name, dates of issue).
const TITLE_BLOCK_LINES: usize = 8;

/// The longest term a decimal number alone on its line takes from the next line, in
/// characters (a term with its English name and abbreviation).
const TERM_MAX_CHARS: usize = 80;

/// The title of a decimal outline number (three numbers or more) alone on line `li`:
/// the next line when it is a short term, no sentence and no numbered line; as a
/// range from line `li`'s start.
fn term_under(lines: &[Line<'_>], li: usize) -> Option<(Marker, Range<usize>)> {
    let (line, next) = (lines.get(li)?, lines.get(li + 1)?);
    let number = line
        .text
        .trim_matches(|c: char| c.is_whitespace() || is_indent(c));
    if !number.starts_with(|c: char| c.is_ascii_digit()) || number.len() > 17 {
        return None;
    }
    // Three numbers or more, none zero: `9.8` or `10.0` alone is a table's figure.
    let parts: Vec<&str> = number.split('.').collect();
    let ok = (3..=DECIMAL_MAX_DEPTH).contains(&parts.len())
        && parts.iter().all(|p| {
            (1..=2).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|v| v > 0)
        });
    if !ok {
        return None;
    }
    let m = Marker {
        family: Family::Decimal(parts.len() as u8),
        ordinal: parts.last()?.parse().ok()?,
        // (The line's indent is its lead, counted apart.)
        len: number.len(),
    };
    let (lead, t) = trimmed_with_lead(next);
    // (A semicolon before a term's abbreviation is none: `北斗坐标系 BeiDou coordinate
    // system; BDCS`.)
    let sentence = t
        .chars()
        .any(|c| c != ';' && is_sentence_end(c) || matches!(c, '，' | '：' | ':'));
    if t.is_empty() || sentence || t.chars().count() > TERM_MAX_CHARS || parse_marker(t).is_some() {
        return None;
    }
    let at = next.start - line.start + lead;
    Some((m, at..at + t.len()))
}

/// A line's text without its indent and trailing blanks, and the indent's length.
fn trimmed_with_lead<'a>(line: &Line<'a>) -> (usize, &'a str) {
    let rest = line
        .text
        .trim_start_matches(|c: char| c.is_whitespace() || is_indent(c));
    let lead = line.text.len() - rest.len();
    (
        lead,
        rest.trim_end_matches(|c: char| c.is_whitespace() || is_indent(c)),
    )
}

/// The longest chapter title read from the line under its number.
const CHAPTER_TITLE_BELOW_MAX_CHARS: usize = 20;

/// What follows a `第…章`/`节`/`部分`/`篇`/`条` number alone on line `li`, when the
/// next line holds it: a chapter's short title with no punctuation of a sentence,
/// or an article's text (not another numbered line). As a range from line `li`'s
/// start, and the text.
fn text_below_number<'a>(
    lines: &[Line<'a>],
    li: usize,
    family: Family,
    lone_clauses: usize,
) -> Option<(Range<usize>, &'a str)> {
    let (line, next) = (lines.get(li)?, lines.get(li + 1)?);
    let (lead, t) = trimmed_with_lead(next);
    if t.is_empty() || entry_marker(t).is_some() {
        return None;
    }
    // Not a reference a hard wrap left alone (`根据《劳动合同法》` / `第十条` /
    // `规定，…`): the line before ends a sentence or a title, and the text below
    // neither continues a clause nor goes on into the line after it.
    let trimmed = |l: &Line<'a>| trimmed_with_lead(l).1;
    let before_ends = li == 0 || {
        let b = trimmed(&lines[li - 1]);
        b.is_empty()
            || b.ends_with(|c: char| is_sentence_end(c) || matches!(c, '：' | ':' | '》' | '」'))
            || (b.chars().count() <= TITLE_MAX_CHARS && !b.contains(['，', ',', '、']))
    };
    let continues = t.starts_with(['的', '之', '所', '中', '和', '与', '及', '，', ',', '、'])
        || t.starts_with("规定")
        || lines.get(li + 2).is_some_and(|l| {
            trimmed(l).starts_with(['的', '之', '和', '与', '及', '，', ',', '、'])
        });
    if !before_ends || continues {
        return None;
    }
    let fits = match family {
        Family::Part | Family::Chapter | Family::Subchapter => {
            t.chars().count() <= CHAPTER_TITLE_BELOW_MAX_CHARS
                && !t
                    .chars()
                    .any(|c| is_sentence_end(c) || matches!(c, '，' | ','))
        }
        // (Laws lay out every article alike: another number alone on its line.)
        Family::Clause => lone_clauses >= 2,
        _ => false,
    };
    if !fits {
        return None;
    }
    let at = next.start - line.start + lead;
    Some((at..at + t.len(), t))
}

/// Does a bare number among `nums` have a child (`3` and `3.1`)? Then the bare numbers
/// around it are an outline's chapters.
fn outline_parents(nums: &[Option<DecimalNumber>]) -> bool {
    let bare: Vec<u8> = nums
        .iter()
        .flatten()
        .filter(|n| n.depth == 1)
        .map(|n| n.parts[0])
        .collect();
    nums.iter()
        .flatten()
        .any(|n| n.depth == 2 && bare.contains(&n.parts[0]))
}

/// Is the line the title of a table of contents (`目录`, `目 次`)?
fn is_contents_title(line: &str) -> bool {
    let c = compact(line);
    heading_words()
        .iter()
        .any(|&(k, w)| k == WordKind::Contents && c == w)
}

/// The letters and digits of a numbered line, without a page number and leaders at the
/// end: what a table of contents' entry shares with its heading (`4.2 国家级(Ⅰ级)应急响应`
/// and `4.2 国家级（Ⅰ级）应急响应`; `第一章 总则……3` and `第一章 总则`).
fn contents_key(line: &str) -> String {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace()
            || is_indent(c)
            || c.is_ascii_digit()
            || matches!(c, '.' | '…' | '·' | '-' | '—' | '．' | '_')
    });
    t.chars()
        .filter(|&c| is_han(c) || c.is_ascii_alphanumeric() || ('Ⅰ'..='Ⅻ').contains(&c))
        .collect()
}

/// A table of contents: a run of numbered lines one after another, under a `目录` line
/// or repeating, mostly in order, the headings that follow. A reader finds the outline
/// in the headings themselves; the contents' lines are not sections.
fn drop_contents(cands: &mut Vec<Cand>, lines: &[Line<'_>]) {
    // Runs of candidates on consecutive lines (blank lines between are allowed).
    let consecutive = |a: &Cand, b: &Cand| {
        lines[a.line + 1..b.line]
            .iter()
            .all(|l| l.text.trim().is_empty())
    };
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        while j < cands.len() && consecutive(&cands[j - 1], &cands[j]) {
            j += 1;
        }
        if j - i >= 3 {
            runs.push(i..j);
        }
        i = j;
    }
    // Contents list titles: a run most of whose entries are sentences is a list, unless a
    // `目录` line heads it.
    let titled = |run: &Range<usize>| {
        lines[..cands[run.start].line]
            .iter()
            .rev()
            .find(|l| !l.text.trim().is_empty())
            .is_some_and(|l| is_contents_title(l.text))
    };
    runs.retain(|r| {
        let titles = cands[r.clone()]
            .iter()
            .filter(|c| c.shape == Shape::BareTitle)
            .count();
        3 * titles >= 2 * r.len() || titled(r)
    });
    if runs.is_empty() {
        return;
    }
    let keys: Vec<String> = cands
        .iter()
        .map(|c| contents_key(&lines[c.line].text[c.lead..]))
        .collect();
    // The contents end where the text begins: at the first entry that repeats one of
    // the run (`1 总则` right under the contents that list it).
    for run in &mut runs {
        let mut listed: std::collections::HashSet<&str> = std::collections::HashSet::new();
        if let Some(k) = (run.start..run.end).find(|&k| !listed.insert(keys[k].as_str())) {
            run.end = k;
        }
    }
    runs.retain(|r| r.len() >= 3);
    // How often each line's text comes, and where it comes last.
    let mut seen: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        let e = seen.entry(k.as_str()).or_insert((0, i));
        e.0 += 1;
        e.1 = i;
    }
    // Text between a candidate and the next one: a heading with its section.
    let body_after = |j: usize| {
        let end = cands.get(j + 1).map_or(lines.len(), |n| n.line);
        lines[cands[j].line + 1..end]
            .iter()
            .any(|l| !l.text.trim().is_empty())
    };
    let mut drop = vec![false; cands.len()];
    for run in runs {
        // Under a `目录` line.
        let titled = titled(&run);
        // An entry names one heading: its text comes twice, the second time after the
        // run, and there the heading has its text under it (a block repeated whole, such
        // as the same list of committees twice, is no contents).
        let matches: Vec<usize> = run
            .clone()
            .filter_map(|i| {
                let &(n, l) = seen.get(keys[i].as_str())?;
                (n == 2 && l >= run.end && keys[i].chars().count() >= 2).then_some(l)
            })
            .collect();
        let in_order = matches.windows(2).all(|w| w[0] < w[1]);
        let with_text = matches.iter().filter(|&&j| body_after(j)).count();
        let repeated =
            in_order && 3 * matches.len() >= 2 * run.len() && 2 * with_text >= matches.len();
        if titled || repeated {
            for d in &mut drop[run] {
                *d = true;
            }
        }
    }
    let mut k = drop.into_iter();
    cands.retain(|_| !k.next().unwrap_or(false));
}

/// Which numbered lines are list items. Each entry is read on its own ([`shape_of`]),
/// then as a run: the entries of one family under one parent (nested as if all were
/// headings). A sentence is an item; when at least half of its run read as items, the
/// whole run is, except a bare title that has entries under it (`第十七条　其它委托事项`
/// followed by `１．…`, `14.国内联播快讯：` followed by `（1）…`).
///
/// A run is one list: it ends where the numbering starts again at 1 (the Ministry's
/// report `一、…條文：` after the chair's `一、`…`十一、`), or at a speaker's turn
/// (`主席：`, `簡次長太郎：`) in a record of what was said (`turns`: their lines). Each
/// list is judged by its own entries.
fn find_items(cands: &[Cand], turns: &[usize]) -> Vec<bool> {
    let parents = nest(cands, &vec![false; cands.len()]);
    // The run of each entry.
    let run_of: Vec<usize> = {
        let mut last: std::collections::HashMap<(Option<usize>, Family), (usize, usize)> =
            std::collections::HashMap::new();
        let mut count = 0;
        cands
            .iter()
            .zip(&parents)
            .map(|(c, p)| {
                let key = (*p, c.marker.family);
                let run = match last.get(&key) {
                    Some(&(prev, run))
                        if c.marker.ordinal != 1
                            && !turns.iter().any(|&t| t > prev && t < c.line) =>
                    {
                        run
                    }
                    _ => {
                        count += 1;
                        count
                    }
                };
                last.insert(key, (c.line, run));
                run
            })
            .collect()
    };
    let mut has_children = vec![false; cands.len()];
    // Numbered entries under it: a title without a marker that follows the last entry
    // of a list (the next meeting's caption after a board's resolutions) does not make
    // that entry a heading.
    let mut has_numbered = vec![false; cands.len()];
    for (c, p) in cands.iter().zip(&parents) {
        if let Some(p) = *p {
            has_children[p] = true;
            has_numbered[p] |= !matches!(c.marker.family, Family::Caption(_));
        }
    }
    // Per run (parent, family): entries that read as list items, and all entries.
    // An entry reads as an item when it is a clause, or has no text of its own: it
    // is followed straight by its next sibling (the resolutions of a board, the rules
    // of a regulation) or is a long sentence followed by no paragraph. A run-in title
    // with its paragraph, or an entry with a paragraph or entries under it, reads as a
    // heading.
    // Parallel run-in titles: when most entries of a run open with the same two
    // characters (`（一）持续推进京津冀协同发展，…，重点项目建设进一步加快。以中央…`,
    // `（二）持续推进转型升级，…`), a first sentence a little longer than a title is
    // still the entry's title, as in a work report's list of achievements.
    let mut shapes: Vec<Shape> = cands.iter().map(|c| c.shape).collect();
    {
        let mut sizes: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        let mut alike: std::collections::HashMap<(usize, [char; 2]), usize> =
            std::collections::HashMap::new();
        for (c, &run) in cands.iter().zip(&run_of) {
            *sizes.entry(run).or_default() += 1;
            if c.long_run_in || matches!(c.shape, Shape::RunIn { .. }) {
                *alike.entry((run, c.opening)).or_default() += 1;
            }
        }
        for (i, (c, &run)) in cands.iter().zip(&run_of).enumerate() {
            if !c.long_run_in && !matches!(c.shape, Shape::RunIn { .. }) {
                continue;
            }
            let n = alike.get(&(run, c.opening)).copied().unwrap_or(0);
            if n >= 3 && 3 * n >= 2 * sizes[&run] {
                // The title of a paragraph, however short the paragraph.
                shapes[i] = Shape::RunIn { long: true };
            }
        }
    }
    let item_like = |i: usize, c: &Cand| match shapes[i] {
        Shape::Clause => true,
        _ if c.lead_in => true,
        Shape::RunIn { long: true } => false,
        // An article of a law or contract that is a sentence is a rule, even when a
        // second paragraph or a list follows.
        Shape::Long | Shape::Title { short: false } if c.marker.family == Family::Clause => true,
        // A sentence longer than a title that introduces a list (`有下列行为之一的，…：`)
        // is still a sentence: the list is its items, nested as if it were not there.
        Shape::Long if !c.has_body => true,
        _ if has_children[i] => false,
        Shape::Long | Shape::Title { short: false } | Shape::LongTitle => {
            c.next_is_sibling || !c.has_body
        }
        Shape::RunIn { long: false } | Shape::Title { short: true } | Shape::BareTitle => {
            c.next_is_sibling
        }
    };
    let mut runs: std::collections::HashMap<usize, (usize, usize)> =
        std::collections::HashMap::new();
    // The same counts over all entries of a family under one parent: a lone entry (a
    // `一、` with no `二、` is no list of its own) is judged with them.
    let mut families: std::collections::HashMap<(Option<usize>, Family), (usize, usize)> =
        std::collections::HashMap::new();
    for (i, ((c, &run), p)) in cands.iter().zip(&run_of).zip(&parents).enumerate() {
        let like = usize::from(item_like(i, c));
        for e in [
            runs.entry(run).or_default(),
            families.entry((*p, c.marker.family)).or_default(),
        ] {
            e.1 += 1;
            e.0 += like;
        }
    }
    cands
        .iter()
        .zip(&run_of)
        .zip(&parents)
        .enumerate()
        .map(|(i, ((c, run), p))| {
            if !may_be_item(c.marker.family) {
                return false;
            }
            let (items, all) = match runs[run] {
                (_, 1) => families[&(*p, c.marker.family)],
                counts => counts,
            };
            if 2 * items >= all {
                // A list: all items but a bare title with entries under it.
                !(shapes[i] == Shape::BareTitle && has_numbered[i])
            } else {
                // Headings: but a clause, or a sentence with nothing under it, is an item;
                // so is an entry standing alone with no text, list or sibling of its own
                // (a board's single resolution): a heading heads something.
                // A title ending in a colon with numbered entries under it, among
                // headings, heads them (`一、陳其邁委員等人擬具修正本法部分條文：` over
                // `(一)`…`(五)`).
                shapes[i] == Shape::Clause
                    || c.lead_in
                    || (shapes[i] == Shape::Long
                        && !c.has_body
                        && !(has_numbered[i] && c.colon_title))
                    || (all == 1 && !has_children[i] && !c.has_body && !c.next_is_sibling)
            }
        })
        .collect()
}

/// Build the structure of a text (matching on the Simplified copy).
pub fn analyze(simplified: &str) -> Structure {
    analyze_outlined(simplified, &[])
}

/// [`analyze`], with the lines the source marks as headings (Word heading styles,
/// HTML `<h1>`–`<h6>`): such a line without a number is a heading, nested by its
/// level as a Markdown heading is by its `#`s.
pub fn analyze_outlined(simplified: &str, outline: &[OutlineLine]) -> Structure {
    let lines = lines(simplified);
    let articles = find_articles(simplified, &lines, outline);
    // A Markdown page's metadata (`categories:` / `  - LUG 活动`) holds no heading.
    let front_end = crate::front_matter::front_matter(simplified).map_or(0, |f| f.range.end);
    // Nor does a Markdown code block (`/* --- 基础类型 --- */` is a comment).
    let code = crate::code_blocks::code_blocks(simplified);
    // Setext headings (a line underlined by `===` or `---`) are marked as the
    // source's own headings are.
    let setext = setext_headings(&lines, front_end);
    let merged: Vec<OutlineLine>;
    let outline = if setext.is_empty() {
        outline
    } else {
        merged = {
            let mut v: Vec<OutlineLine> = outline.iter().chain(&setext).cloned().collect();
            v.sort_by_key(|o| o.start);
            v.dedup_by_key(|o| o.start);
            v
        };
        &merged
    };
    let mut sections: Vec<SectionRange> = Vec::new();
    let mut furniture: Vec<Range<usize>> = Vec::new();
    for (ai, art) in articles.iter().enumerate() {
        let first_section = sections.len();
        let art_lines = lines_in(&lines, &art.range);
        // The width of the text's wrapped lines (hard wraps in text taken from PDF):
        // the 90th percentile of line widths, in characters.
        let wrap_width = {
            let mut w: Vec<usize> = art_lines
                .iter()
                .map(|l| l.text.trim().chars().count())
                .filter(|&n| n > 0)
                .collect();
            w.sort_unstable();
            w.get(w.len() * 9 / 10).copied().unwrap_or(0)
        };
        // A Markdown text: its headings are marked with `#` or underlined.
        let markdown = !setext.is_empty()
            || art_lines.iter().any(|l| {
                parse_marker(l.text.trim_start_matches(is_indent))
                    .is_some_and(|m| matches!(m.family, Family::Markdown(_)))
            });
        // The numbered lines, and the headings without a marker.
        let mut cands: Vec<Cand> = Vec::new();
        let mut caption_keys: Vec<String> = Vec::new();
        // The word of the first attachment caption (`附件`): another word's captions
        // after it (`附录1` inside `附件1`) are parts of that attachment.
        let mut annex_word: Option<&str> = None;
        // The line before is an attachment's caption that names it.
        let mut under_named_annex = false;
        // How many articles' numbers stand alone on their line (counted when one
        // is met).
        let mut lone_clauses: Option<usize> = None;
        // The lines before the first body paragraph without a marker (the title block).
        let mut front: Vec<&str> = Vec::new();
        let mut front_closed = false;
        // Running heads and feet (lines of the page, not of the text).
        let heads = running_heads(art_lines);
        furniture.extend(heads.iter().map(|&li| {
            let l = &art_lines[li];
            l.start..l.start + l.text.len()
        }));
        // A body paragraph came before (titles above the first one are the document's).
        let mut seen_body = false;
        // The line before is a heading (so a short line after it is no wrapped remnant).
        let mut prev_heading = false;
        // The line holding the rest of a title cut by a hard wrap.
        let mut continuation: Option<usize> = None;
        // Speakers' turns (lines), where a list ends.
        let mut turns: Vec<usize> = Vec::new();
        // Lines whose entry goes on with a list run in after a field label: items.
        let mut run_on: Vec<usize> = Vec::new();
        for (li, line) in art_lines.iter().enumerate() {
            if continuation == Some(li)
                || line.start < front_end
                || crate::code_blocks::inside(&code, line.start)
            {
                continue;
            }
            if art
                .title
                .as_ref()
                .is_some_and(|t| t.start >= line.start && t.start <= line.start + line.text.len())
            {
                front.push(
                    line.text
                        .trim_matches(|c: char| c.is_whitespace() || is_indent(c)),
                );
                prev_heading = true;
                continue;
            }
            let lead = line.text.len() - line.text.trim_start_matches(is_indent).len();
            let body = &line.text[lead..];
            // A whole line in bold that opens with a marker (`**一.  SFD 相关**` above
            // `**1. 形式**` in Markdown minutes) is that marker's heading: the bold only
            // sets it off.
            let bold = body
                .trim_end()
                .strip_prefix("**")
                .and_then(|x| x.strip_suffix("**"))
                .filter(|x| !x.contains("**") && parse_marker(x).is_some());
            let (lead, body, bold_end) = match bold {
                Some(inner) => (lead + 2, inner, Some(lead + 2 + inner.len())),
                None => (lead, body, None),
            };
            // A list bullet a converter put before a Chinese document's own numbering
            // (`- （六）94 年 10 月 31 日第三次專案小組審查會議結論：`) only sets the line
            // off: the marker after it numbers the entry. (Before `1.` it is a
            // Markdown list of the author's, `- 1.SA：完成短报文SA服务开发`: no entry.)
            let bullet = LIST_BULLETS
                .iter()
                .find_map(|b| body.strip_prefix(b))
                .filter(|rest| {
                    entry_marker(rest).is_some_and(|m| {
                        matches!(
                            m.family,
                            Family::CnComma
                                | Family::CnFinancialComma
                                | Family::Stem
                                | Family::CnParen
                        )
                    })
                });
            let (lead, body) = match bullet {
                Some(rest) => (lead + body.len() - rest.len(), rest),
                None => (lead, body),
            };
            // A line that goes on from a sentence cut after an enumeration comma
            // (`…推行海、` + wrap + `陸、空交通運輸基建工程項目。`) opens no entry: the
            // marker-like start is the enumeration going on.
            let goes_on = li > 0 && {
                let prev = art_lines[li - 1]
                    .text
                    .trim_matches(|c: char| c.is_whitespace() || is_indent(c));
                // A bare marker (`一、` alone on its line) is no sentence.
                prev.ends_with('、') && parse_marker(prev).is_none_or(|m| m.len < prev.len())
            };
            // A closing bracket alone (`1）`) after a line whose bracket is still open
            // closes that bracket (`（见附表` + wrap + `1）和附表2）`): no entry.
            let open_bracket = || {
                li > 0 && {
                    let prev = art_lines[li - 1].text;
                    prev.matches(['（', '(']).count() > prev.matches(['）', ')']).count()
                }
            };
            let marker = entry_marker(body).filter(|m| {
                let closes = matches!(m.family, Family::ArabicHalfParen | Family::LetterParen)
                    && open_bracket();
                !(goes_on || closes)
            });
            if marker
                .as_ref()
                .is_some_and(|m| continues_label_list(art_lines, li, m))
            {
                run_on.push(li);
            }
            if marker.is_none() && is_speaker_turn(body) {
                turns.push(li);
            }
            if let (None, Ok(at)) = (
                &marker,
                outline.binary_search_by_key(&line.start, |o| o.start),
            ) {
                let title = body.trim_end_matches(|c: char| c.is_whitespace() || is_indent(c));
                if !title.is_empty() {
                    let marker = Marker {
                        family: Family::Markdown(outline[at].level.clamp(1, 9)),
                        ordinal: u32::from(outline[at].level),
                        len: 0,
                    };
                    cands.push(Cand::bare_title(
                        li,
                        line.start,
                        lead,
                        marker,
                        lead..lead + title.len(),
                    ));
                    prev_heading = true;
                    continue;
                }
            }
            // A decimal outline number alone on its line over a short term (a
            // standard's terms: `3.1.1` / `参考椭球 reference ellipsoid` / its
            // definition): the term on the next line is its title.
            if let Some((m, term)) = marker
                .is_none()
                .then(|| term_under(art_lines, li))
                .flatten()
            {
                continuation = Some(li + 1);
                cands.push(Cand::bare_title(li, line.start, lead, m, term));
                prev_heading = true;
                continue;
            }
            let Some(m) = marker else {
                // The first line under an attachment named by its caption
                // (`附录1  资格审查条件（资质最低要求）` / `施工企业资质等级要求`) is its
                // table's first cell or its text's title, not a heading inside it.
                let under_named = if body.trim().is_empty() {
                    under_named_annex
                } else {
                    std::mem::take(&mut under_named_annex)
                };
                // The document's title said again over its body (a standard's name
                // after its foreword) is no heading inside it.
                let trimmed = body.trim_matches(|c: char| c.is_whitespace() || is_indent(c));
                // (The title block: the first few lines; a label such as `结论：`
                // recurs in minutes without naming the document.)
                let titled = trimmed.chars().count() >= 4 && !trimmed.ends_with(['：', ':']);
                // (A table of contents ends the title block: the headings it lists
                // come again below.)
                if !seen_body && !front_closed && is_contents_title(trimmed) {
                    front_closed = true;
                }
                if !seen_body && !front_closed && titled && front.len() < TITLE_BLOCK_LINES {
                    front.push(trimmed);
                } else if seen_body && titled && front.contains(&trimmed) {
                    prev_heading = true;
                    continue;
                }
                if let Some(mut cap) =
                    caption_at(art_lines, li, wrap_width, seen_body, prev_heading).filter(|cap| {
                        heads.binary_search(&li).is_err() && (!under_named || cap.annex.is_some())
                    })
                {
                    // An appendix, figure or table inside an attachment (`附录1`
                    // after `附件1`) is a part of it; attachments of other words
                    // are siblings.
                    if let Some(word) = cap.annex {
                        under_named_annex = annex_named(&line.text[cap.title.clone()], word);
                        match annex_word {
                            Some("附件") if matches!(word, "附录" | "附图" | "附表") => {
                                cap.top = false
                            }
                            Some(_) => {}
                            None => annex_word = Some(word),
                        }
                    }
                    let k = match caption_keys.iter().position(|k| *k == cap.key) {
                        Some(k) => k,
                        None => {
                            caption_keys.push(cap.key);
                            caption_keys.len() - 1
                        }
                    };
                    if cap.joined {
                        continuation = Some(li + 1);
                    }
                    cands.push(Cand {
                        line: li,
                        line_start: line.start,
                        lead,
                        marker: Marker {
                            family: Family::Caption(k.min(u16::MAX as usize) as u16),
                            ordinal: 0,
                            len: 0,
                        },
                        title: cap.title,
                        shape: Shape::BareTitle,
                        next_is_sibling: false,
                        has_body: true,
                        next_marked: false,
                        lead_in: false,
                        opening: ['\0'; 2],
                        long_run_in: false,
                        top: cap.top,
                        period: cap.period,
                        colon_title: false,
                    });
                    prev_heading = true;
                } else if !body.trim().is_empty() && !is_page_number(body) {
                    prev_heading = false;
                    seen_body |= is_body_line(body);
                }
                continue;
            };
            under_named_annex = false;
            seen_body |= is_body_line(body);
            let title = title_range(line.text, lead + m.len);
            let title = match bold_end {
                Some(end) => title.start..title.end.min(end).max(title.start),
                None => title,
            };
            // A Markdown list entry set wholly in bold (`1. **简单方式：**`, with its
            // bullets under it) is a title the author set off: the bold is no part of it.
            let bold_entry = markdown
                .then(|| {
                    let t = &line.text[title.clone()];
                    let inner = t.strip_prefix("**")?.strip_suffix("**")?;
                    (!inner.trim().is_empty() && !inner.contains("**"))
                        .then(|| title.start + 2..title.end - 2)
                })
                .flatten();
            let title = bold_entry.clone().unwrap_or(title);
            if title.is_empty()
                && !matches!(m.family, Family::Markdown(_))
                && body[m.len..].trim().is_empty()
            {
                // A chapter's or an article's number alone on its line over its
                // title or its text (`第一章` / `总则`, `第一條` / `本辦法依…訂定之。`,
                // as rules are laid out in Taiwan and in converted PDFs): the next
                // line is what follows the number on one line elsewhere.
                let lone = *lone_clauses.get_or_insert_with(|| {
                    art_lines
                        .iter()
                        .filter(|l| {
                            let t = l
                                .text
                                .trim_matches(|c: char| c.is_whitespace() || is_indent(c));
                            t.starts_with('第')
                                && parse_marker(t)
                                    .is_some_and(|m| m.family == Family::Clause && m.len == t.len())
                        })
                        .count()
                });
                if let Some((below, text)) = text_below_number(art_lines, li, m.family, lone) {
                    continuation = Some(li + 1);
                    let mut shape = shape_of(text, false);
                    if m.family == Family::Clause
                        && matches!(shape, Shape::RunIn { .. } | Shape::Title { short: false })
                        && text.contains(['，', ','])
                    {
                        shape = Shape::Long;
                    }
                    let next = art_lines[li + 2..]
                        .iter()
                        .map(|l| l.text.trim_start_matches(is_indent))
                        .find(|t| !t.trim().is_empty());
                    let next_marker = next.and_then(entry_marker);
                    let mut cs = text.chars();
                    let next_is_sibling =
                        next_marker.as_ref().is_some_and(|n| n.family == m.family);
                    cands.push(Cand {
                        line: li,
                        line_start: line.start,
                        lead,
                        marker: m,
                        title: below,
                        shape,
                        next_is_sibling,
                        has_body: next.is_some_and(|t| {
                            let t = t.trim();
                            t.chars().count() > 15 || t.chars().any(is_sentence_end)
                        }) && next_marker.is_none(),
                        next_marked: next_marker.is_some(),
                        lead_in: shape != Shape::BareTitle && announces_list(text),
                        opening: [cs.next().unwrap_or('\0'), cs.next().unwrap_or('\0')],
                        long_run_in: shape == Shape::Long && long_run_in_title(text),
                        top: false,
                        period: false,
                        colon_title: colon_title(text),
                    });
                    prev_heading = !text
                        .chars()
                        .last()
                        .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric());
                    continue;
                }
                // A bare marker with nothing after it is not a heading.
                continue;
            }
            let next = art_lines[li + 1..]
                .iter()
                .map(|l| l.text.trim_start_matches(is_indent))
                .find(|t| !t.trim().is_empty());
            let next_marker = next.and_then(entry_marker);
            let next_is_sibling = next_marker.as_ref().is_some_and(|n| n.family == m.family);
            // A paragraph, not a caption (`遗留问题：`, `102年第七次董事會`, `**议题2：…**`).
            let has_body = next.is_some_and(|t| {
                let t = t.trim();
                let caption = t.starts_with("**")
                    || (t.chars().count() <= 15 && !t.chars().any(is_sentence_end));
                !caption
            }) && next_marker.is_none();
            // A hard wrap: a line as wide as the text's lines, ending in no punctuation,
            // and the next line goes on.
            let wrapped = {
                let width = body.trim_end().chars().count();
                let ends_open = body
                    .trim_end()
                    .chars()
                    .last()
                    .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric());
                let next_goes_on = art_lines.get(li + 1).is_some_and(|l| {
                    !l.text.trim().is_empty()
                        && entry_marker(l.text.trim_start_matches(is_indent)).is_none()
                });
                // A line holding a clause (a comma) is cut sooner than a title.
                let near = if body.contains(['，', ',']) { 7 } else { 9 };
                ends_open && next_goes_on && width >= 20 && width * 10 >= wrap_width * near
            };
            let mut shape = shape_of(&body[m.len..], wrapped);
            // A bare title over decimal sub-entries (`2. 任务回顾与总结` over `2.1 软件所`)
            // heads them, in Markdown as elsewhere.
            let over_decimals = shape == Shape::BareTitle
                && next_marker
                    .as_ref()
                    .is_some_and(|n| matches!(n.family, Family::Decimal(d) if d >= 2));
            if markdown
                && m.family == Family::Arabic
                && body[..m.len].ends_with('.')
                && body[m.len..].starts_with(' ')
                && !over_decimals
                && bold_entry.is_none()
            {
                // In a Markdown text, `1. ` opens an ordered list's entry; its headings
                // are the `#` lines.
                shape = Shape::Clause;
            }
            if m.family == Family::Clause
                && matches!(shape, Shape::RunIn { .. } | Shape::Title { short: false })
                && line.text[title.clone()].contains(['，', ','])
            {
                // An article of a law or contract whose first sentence has a comma is a
                // rule (`第十二条　本合同自签订之日起生效，一式两份，…。`), not a title.
                shape = Shape::Long;
            }
            let (opening, long_run_in) = {
                let rest =
                    body[m.len..].trim_start_matches(|c: char| c.is_whitespace() || is_indent(c));
                let mut cs = rest.chars();
                let opening = [cs.next().unwrap_or('\0'), cs.next().unwrap_or('\0')];
                let long_run_in = shape == Shape::Long && long_run_in_title(rest);
                (opening, long_run_in)
            };
            let (title_start, title_end) = (title.start, title.end);
            let lead_in = !matches!(shape, Shape::BareTitle)
                && announces_list(&line.text[title.start..title.end]);
            // A numbered line is a heading above the next line unless it goes on into it.
            prev_heading = !wrapped
                && !(body
                    .trim_end()
                    .chars()
                    .last()
                    .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric())
                    && (body[m.len..].contains(['，', '、', ','])
                        || body.chars().count() > TITLE_MAX_CHARS));
            cands.push(Cand {
                line: li,
                line_start: line.start,
                lead,
                marker: m,
                title,
                shape,
                next_is_sibling,
                has_body,
                next_marked: next_marker.is_some(),
                lead_in,
                opening,
                long_run_in,
                top: false,
                period: false,
                colon_title: colon_title(&line.text[title_start..title_end]),
            });
        }
        drop_loose_decimals(&mut cands, art_lines);
        drop_contents(&mut cands, art_lines);
        let mut item = find_items(&cands, &turns);
        for (i, c) in cands.iter().enumerate() {
            // (A bare title after such a list heads its own part: `二、推動發展`.)
            item[i] |= c.shape != Shape::BareTitle && run_on.contains(&c.line);
        }
        let parents = nest(&cands, &item);
        // Position counters: children per parent (None = top level).
        let mut top_count = 0u32;
        let mut child_count: Vec<u32> = Vec::new();
        for (i, c) in cands.iter().enumerate() {
            let parent = parents[i].map(|p| first_section + p);
            let level = match parent {
                None => 1,
                Some(p) => sections[p].level + 1,
            };
            let position = match parent {
                None => {
                    top_count += 1;
                    top_count
                }
                Some(p) => {
                    let k = p - first_section;
                    child_count[k] += 1;
                    child_count[k]
                }
            };
            let id = match parent {
                None => format!("{}.{}", ai + 1, position),
                Some(p) => format!("{}.{}", sections[p].id, position),
            };
            let start = c.line_start + c.lead;
            let mut marker = start..start + c.marker.len;
            let mut ordinal = c.marker.ordinal;
            let mut title = c.line_start + c.title.start..c.line_start + c.title.end;
            if let Some((m, t)) = numbered_markdown(simplified, &c.marker, &title) {
                (marker, ordinal, title.start) = (title.start..title.start + m.len, m.ordinal, t);
            }
            sections.push(SectionRange {
                id,
                article: ai,
                level,
                family: c.marker.family,
                marker,
                ordinal,
                title,
                range: c.line_start..art.range.end,
                parent,
                inline: false,
                item: item[i],
            });
            child_count.push(0);
        }
        // Each section ends where the next one of the same or a higher level starts.
        let arts_sections = first_section..sections.len();
        for i in arts_sections.clone() {
            let level = sections[i].level;
            if let Some(next) = sections[i + 1..arts_sections.end]
                .iter()
                .find(|s| s.level <= level)
            {
                sections[i].range.end = next.range.start;
            }
        }
        add_inline(
            simplified,
            art_lines,
            art,
            ai,
            first_section,
            &mut sections,
            &mut child_count,
        );
    }
    sort_by_position(&mut sections);
    Structure {
        articles,
        sections,
        furniture,
    }
}

/// An inline marker: byte offset, ordinal, marker length, owning section, and the
/// end of its line (byte offset).
type InlineCand = (usize, u32, usize, Option<usize>, usize);

/// Find `一是…二是…` runs in the body lines of each section (or of the article
/// outside any section) and add them as inline leaf sections.
fn add_inline(
    text: &str,
    lines: &[Line<'_>],
    art: &ArticleRange,
    ai: usize,
    first_section: usize,
    sections: &mut Vec<SectionRange>,
    child_count: &mut Vec<u32>,
) {
    let heading_count = sections.len();
    // Candidates: (byte offset of marker, ordinal, marker len, owning section, line end).
    let mut cands: Vec<InlineCand> = Vec::new();
    let headings = &sections[first_section..heading_count];
    for line in lines {
        // The innermost heading holding the line: the last one starting at or
        // before it, or one of its ancestors (sections tile their parent), so a
        // binary search and a walk of at most MAX_DEPTH parents.
        let mut owner = headings
            .partition_point(|h| h.range.start <= line.start)
            .checked_sub(1)
            .map(|k| first_section + k);
        while let Some(o) = owner {
            if line.start < sections[o].range.end {
                break;
            }
            owner = sections[o].parent;
        }
        let s = line.text;
        let line_end = line.start + s.len();
        // `是` is found with memchr's vectorized search (a searcher built once):
        // most lines hold none.
        static SHI: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("是"));
        for i in SHI.find_iter(s.as_bytes()) {
            let c = '是';
            if i == 0 {
                continue;
            }
            let num_start = s[..i]
                .char_indices()
                .rev()
                .take_while(|(_, c)| {
                    matches!(
                        c,
                        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                    )
                })
                .last()
                .map(|(j, _)| j);
            let Some(ns) = num_start else { continue };
            let before = s[..ns].chars().last();
            let at_boundary = match before {
                None => true,
                Some(b) => {
                    is_indent(b)
                        || matches!(
                            b,
                            '，' | ','
                                | '。'
                                | '；'
                                | ';'
                                | '：'
                                | ':'
                                | '、'
                                | '）'
                                | ')'
                                | '！'
                                | '？'
                        )
                }
            };
            if !at_boundary {
                continue;
            }
            if let Some(n) = small_cn_numeral(&s[ns..i]) {
                // Skip a section heading's own marker line (`一、`) — not `一是`.
                cands.push((line.start + ns, n, i + c.len_utf8() - ns, owner, line_end));
            }
        }
    }
    // Runs counting up from 1 within one owner.
    let mut runs: Vec<Vec<InlineCand>> = Vec::new();
    let mut cur: Vec<InlineCand> = Vec::new();
    for c in cands {
        let continues = cur.last().is_some_and(|l| l.3 == c.3 && c.1 == l.1 + 1);
        if continues {
            cur.push(c);
        } else {
            if cur.len() >= 2 {
                runs.push(std::mem::take(&mut cur));
            }
            cur.clear();
            if c.1 == 1 {
                cur.push(c);
            }
        }
    }
    if cur.len() >= 2 {
        runs.push(cur);
    }
    // Top-level sections of this article so far (inline items at the top count on).
    let mut top = sections[first_section..]
        .iter()
        .filter(|s| s.article == ai && s.parent.is_none())
        .count() as u32;
    for run in runs {
        let owner = run[0].3;
        let parent_level = owner.map(|o| sections[o].level).unwrap_or(0);
        let owner_end = owner
            .map(|o| sections[o].range.end)
            .unwrap_or(art.range.end);
        for (k, &(start, n, mlen, _, line_end)) in run.iter().enumerate() {
            let end = match run.get(k + 1) {
                Some(next) => next.0,
                None => line_end.min(owner_end),
            };
            let title_start = start + mlen;
            let mut title_end = title_start;
            // An inline item's title is its first clause.
            for (i, c) in text[title_start..end].char_indices() {
                if is_sentence_end(c) || matches!(c, '\n' | '\r' | '，' | ',') {
                    break;
                }
                title_end = title_start + i + c.len_utf8();
                if i > 180 {
                    break;
                }
            }
            while let Some(c) = text[title_start..title_end].chars().last() {
                if matches!(c, '，' | ',' | '、' | ' ') {
                    title_end -= c.len_utf8();
                } else {
                    break;
                }
            }
            let position = match owner {
                None => {
                    // Top-level inline items count after the headings.
                    top += 1;
                    top
                }
                Some(o) => {
                    let k = o - first_section;
                    child_count[k] += 1;
                    child_count[k]
                }
            };
            let id = match owner {
                None => format!("{}.{}", ai + 1, position),
                Some(o) => format!("{}.{}", sections[o].id, position),
            };
            sections.push(SectionRange {
                id,
                article: ai,
                level: parent_level + 1,
                family: Family::InlineShi,
                marker: start..start + mlen,
                ordinal: n,
                title: title_start..title_end,
                range: start..end,
                parent: owner,
                inline: true,
                item: false,
            });
            child_count.push(0);
        }
    }
}

/// Document order, parents before children; parent indices remapped.
fn sort_by_position(sections: &mut Vec<SectionRange>) {
    let mut order: Vec<usize> = (0..sections.len()).collect();
    order.sort_by_key(|&i| (sections[i].range.start, sections[i].level));
    let mut new_index = vec![0; sections.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<SectionRange> = order.iter().map(|&i| sections[i].clone()).collect();
    for s in &mut sorted {
        s.parent = s.parent.map(|p| new_index[p]);
    }
    *sections = sorted;
}

impl Structure {
    /// Is the byte inside a heading's marker (`2.3` of `2.3 本项目…`)? Its number
    /// numbers the outline; it counts nothing.
    pub(crate) fn in_marker(&self, byte: usize) -> bool {
        let k = self.sections.partition_point(|s| s.range.start <= byte);
        self.sections[..k]
            .iter()
            .rev()
            .take(4)
            .any(|s| s.marker.start <= byte && byte < s.marker.end)
    }

    /// Whether a byte offset lies on a running head or foot (a line of the page).
    pub(crate) fn on_furniture(&self, byte: usize) -> bool {
        let k = self.furniture.partition_point(|r| r.end < byte);
        self.furniture
            .get(k)
            .is_some_and(|r| r.start <= byte && byte < r.end)
    }

    /// The article and innermost section holding a byte offset.
    pub fn locate(&self, byte: usize) -> (Option<usize>, Option<usize>) {
        // Articles are contiguous and in order: a binary search.
        let article = self
            .articles
            .partition_point(|a| a.range.start <= byte)
            .checked_sub(1)
            .filter(|&i| byte < self.articles[i].range.end)
            .or_else(|| {
                // The very end of the text belongs to the last article.
                self.articles
                    .last()
                    .filter(|a| a.range.end == byte)
                    .map(|_| self.articles.len() - 1)
            });
        // Last section starting at or before the offset, then up its parents.
        let idx = self.sections.partition_point(|s| s.range.start <= byte);
        let mut cur = idx.checked_sub(1);
        // A later-sorted sibling can start before `byte` but end before it; walk
        // back over candidates until one contains it.
        let mut guard = 0;
        while let Some(i) = cur {
            let s = &self.sections[i];
            if s.range.start <= byte && byte < s.range.end {
                return (article, Some(i));
            }
            // Up to the parent; a top-level section that does not contain it means
            // no earlier one can (top-level sections do not overlap).
            cur = s.parent;
            guard += 1;
            if guard > 64 {
                break;
            }
        }
        (article, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit line is told by its start with spaces dropped, as `compact` would.
    #[test]
    fn compact_starts_with_reads_past_spaces() {
        // ../shared/corpus/reports/cn-city-gwr: `单位：亿元` under a table's caption.
        for (t, p) in [
            ("单位：亿元", "单位："),
            ("单 位 ：万元", "单位："),
            ("\u{3000}金额单位：元", "金额单位"),
        ] {
            assert!(compact_starts_with(t, p));
            assert!(compact(t).starts_with(p));
        }
        assert!(!compact_starts_with("单", "单位："));
        assert!(!compact_starts_with("计划单位", "单位："));
    }

    /// Setext headings: a line underlined by `===` is level 1, by `---` level 2,
    /// nested as `#` and `##` are; a front-matter fence, a table's rule, a rule
    /// under a list item or a sentence is none.
    #[test]
    fn setext_headings_nest_as_atx_headings_do() {
        let heads = |text: &str| {
            titles(text, &analyze(text))
                .into_iter()
                .map(|(id, level, title, _)| (id, level, title))
                .collect::<Vec<_>>()
        };
        // A student association's work summary, a Markdown blog post:
        // wizicer/IcerSite@6b0b9cce8102add2d41ec97706650a88e95383d4:content/zh/posts/2007/summary.md.
        let text = "---\ntitle: 计算机协会工作总结\ndate: 2007-11-01\n---\n\n# 工作总结\n\n\
                    上半学期中，陆陆续续进行过一些人事变动，最终情况如下：\n\
                    ------------------------------------------------------\n\
                    会长：XXX\n\n工作计划\n========\n\n下半学期的工作计划如下：\n\
                    ------------------------\n\n举办讲座。\n";
        assert_eq!(
            heads(text),
            [
                ("1.1".into(), 1, "工作总结".into()),
                (
                    "1.1.1".into(),
                    2,
                    "上半学期中，陆陆续续进行过一些人事变动，最终情况如下：".into()
                ),
                ("1.2".into(), 1, "工作计划".into()),
                ("1.2.1".into(), 2, "下半学期的工作计划如下：".into()),
            ]
        );
        // alandtsang/README@7eeb5c9477908e14ac7cc0f6e8939ac045d6fa30:README.md: a rule
        // after `***` is no heading.
        let text = "README\n======\nREADME use markdown syntax.\n\nHorizontal Rule\n--------\n\
                    You can produce a horizontal rule.\n***\n---\n___\n\n\n\
                    Headers\n--------\nMarkdown supports two styles of headers.\n";
        // (Its first line is the document's title.)
        let got: Vec<String> = heads(text).into_iter().map(|h| h.2).collect();
        assert_eq!(got, ["Horizontal Rule", "Headers"]);
        let st = analyze(text);
        let title = st.articles[0].title.clone().map(|t| &text[t]);
        assert_eq!(title, Some("README"));
        // A table's rule, a sentence over a rule and a list item are no heading.
        for text in [
            "| 项目 | 金额 |\n|---|---|\n| 讲座 | 30元 |\n",
            "项目    金额\n------------\n讲座    30元\n",
            "会议决定下周举办讲座。\n---\n下一项。\n",
            "- 拉赞助\n---\n",
        ] {
            assert!(heads(text).is_empty(), "{text}");
        }
        // A code block's comment (Seren666/Front-endAssignment@b7119a4:SDD.md,
        // `/* --- 基础类型 --- */` under `### 4.1`) and a template set as code are no
        // headings of the text.
        let text = "# 设计说明书\n\n## 4. 接口\n### 4.1 数据结构定义\n```TypeScript\n\
                    /* --- 基础类型 --- */\nexport type RoomId = string;\n```\n回复模板：\n```\n\
                    1. OpenHarmony Repository:\n2. My name: xxx\n```\n### 4.2 事件清单\n";
        let got: Vec<String> = heads(text).into_iter().map(|h| h.2).collect();
        assert_eq!(got, ["接口", "数据结构定义", "事件清单"]);
    }

    /// A Markdown list entry set wholly in bold is a title with its bullets under it
    /// (Seren666/Front-endAssignment@b7119a4:SDD.md, `1. **简单方式：**`); plain
    /// entries of the same list are items.
    #[test]
    fn a_markdown_entry_set_in_bold_is_a_title() {
        let text = "# 设计\n\n### 3.6 图片导出\n两种实现方式，选一种即可：\n\n1. **简单方式：**\n\n   * 所有内容都在同一个画布上。\n\n2. **更可控方式：**\n\n   * 导出时重绘一遍。\n\n### 3.7 多画布\n1. 前端发送事件。\n2. 服务端广播。\n";
        let st = analyze(text);
        let got: Vec<(&str, u32, bool)> = st
            .sections
            .iter()
            .map(|s| (&text[s.title.clone()], s.level, s.item))
            .collect();
        assert_eq!(
            got,
            [
                ("图片导出", 1, false),
                ("简单方式：", 2, false),
                ("更可控方式：", 2, false),
                ("多画布", 1, false),
                ("前端发送事件。", 2, true),
                ("服务端广播。", 2, true),
            ]
        );
    }

    /// A Markdown heading numbered in its text: the number is its marker, the title
    /// starts after it, the `#`s set the level (the same design document; OpenHarmony
    /// SIG minutes, `## 1. 议程表`, `#### 1、确认可开展会议场地`).
    #[test]
    fn a_markdown_headings_number_is_its_marker() {
        let text =
            "# 说明书\n\n## 1. 引言\n正文。\n### 1.1 编写目的\n正文。\n#### 1、确认会议场地\n\
                    正文。\n## 2.5万元的用途\n";
        let st = analyze(text);
        let got: Vec<(&str, &str, u32, u32)> = st
            .sections
            .iter()
            .map(|s| {
                (
                    &text[s.marker.clone()],
                    &text[s.title.clone()],
                    s.level,
                    s.ordinal,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("1.", "引言", 1, 1),
                ("1.1 ", "编写目的", 2, 1),
                ("1、", "确认会议场地", 3, 1),
                // Not a number that opens the title: an amount.
                ("## ", "2.5万元的用途", 1, 2),
            ]
        );
        // Nor a version or a count.
        for t in [
            "# 说明\n## 5.0 版本特性\n正文。\n",
            "# 说明\n## 4.1 Release 说明\n正文。\n",
            "# 说明\n## 10 大亮点\n正文。\n",
        ] {
            let st = analyze(t);
            assert_eq!(&t[st.sections[0].marker.clone()], "## ", "{t}");
        }
    }

    fn titles(text: &str, st: &Structure) -> Vec<(String, u32, String, Option<String>)> {
        st.sections
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.level,
                    text[s.title.clone()].to_string(),
                    s.parent.map(|p| st.sections[p].id.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn markers_of_every_family() {
        let m = |s: &str| parse_marker(s).map(|m| (m.family, m.ordinal, m.len));
        assert_eq!(m("一、扶贫"), Some((Family::CnComma, 1, 6)));
        assert_eq!(m("十二、总结"), Some((Family::CnComma, 12, 9)));
        assert_eq!(m("一○○、本院"), Some((Family::CnComma, 100, 12)));
        assert_eq!(m("（三）重点对象"), Some((Family::CnParen, 3, 9)));
        assert_eq!(m("(三)重点对象"), Some((Family::CnParen, 3, 5)));
        assert_eq!(m("（2）加强"), Some((Family::ArabicParen, 2, 7)));
        assert_eq!(m("3.完善"), Some((Family::Arabic, 3, 2)));
        // Meeting minutes typed with an ASCII point (ustclug/website, 2014 LUG minutes:
        // `**一.  SFD 相关**` above `**1. 形式**`).
        assert_eq!(m("一. SFD 相关"), Some((Family::CnComma, 1, 4)));
        assert_eq!(m("一.5倍"), None);
        // The cases of minutes (彰化區免試入學工作小組, 115 學年度第一次籌備會議紀錄),
        // matched on the Simplified copy.
        assert_eq!(
            m("【提案一】推派主任委员案。"),
            Some((Family::Bracketed, 1, 15))
        );
        assert_eq!(
            m("【动议二】运动种类调整案。"),
            Some((Family::Bracketed, 2, 15))
        );
        assert_eq!(m("【案由3】修订要点"), Some((Family::Bracketed, 3, 13)));
        assert_eq!(
            m("【临时动议一】修订要点"),
            Some((Family::Bracketed, 1, 21))
        );
        // A blank, a label without a number, a year, a label alone, an example's or
        // a table's label: no entry.
        for s in [
            "【 】",
            "【名册与通讯】联络",
            "【2024】年度",
            "【提案一】",
            "【例1】计算",
            "【表1】收支",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
        // GOMAJI's board resolutions (GomajiMaryChiang/playground, pip9.blade.php) and a
        // Legislative Yuan agenda copied from a web table: a space before the point.
        assert_eq!(
            m("10 .修訂「道德行為準則」案"),
            Some((Family::Arabic, 10, 4))
        );
        assert_eq!(m("3 ．完善"), Some((Family::Arabic, 3, 5)));
        assert_eq!(m("5 . 5%"), None);
        assert_eq!(m("5 .5%"), None);
        assert_eq!(m("3、完善"), Some((Family::Arabic, 3, 4)));
        assert_eq!(m("②完善"), Some((Family::Circled, 2, 3)));
        assert_eq!(m("第二章 总则"), Some((Family::Chapter, 2, 10)));
        // 國立政治大學 rules (JanuxHsu/CSRC, views/3.php): `、` after the brackets.
        assert_eq!(m("(一)、教師：指專任教師"), Some((Family::CnParen, 1, 8)));
        assert_eq!(m("## 会议纪要"), Some((Family::Markdown(2), 2, 3)));
        // tests/fixtures/sections/02-tw-yilan-council-minutes.txt
        assert_eq!(m("乙、讨 论 事 项"), Some((Family::Stem, 2, 6)));
        // Not headings.
        assert_eq!(m("3.5万元"), None);
        assert_eq!(m("2023.全年"), None);
        assert_eq!(m("一是开展"), None);
        assert_eq!(m("一年一度"), None);
        assert_eq!(m("#hashtag"), None);
        assert_eq!(m("甲、乙双方应当"), None);
    }

    #[test]
    fn small_numerals() {
        assert_eq!(small_cn_numeral("一"), Some(1));
        assert_eq!(small_cn_numeral("十"), Some(10));
        assert_eq!(small_cn_numeral("十五"), Some(15));
        assert_eq!(small_cn_numeral("二十三"), Some(23));
        assert_eq!(small_cn_numeral("一百零五"), Some(105));
        assert_eq!(small_cn_numeral("一○○"), Some(100));
        assert_eq!(small_cn_numeral("廿一"), Some(21));
        assert_eq!(small_cn_numeral("十十"), None);
    }

    /// A chapter's or an article's number alone on its line over its title or text.
    #[test]
    fn numbers_alone_over_their_text() {
        // 國立政治大學校園性侵害或性騷擾防治辦法 (JanuxHsu/CSRC@4ed97f9,
        // application/views/3.php): each 第N條 on its own line; `(一)、` (read, as every rule reads, in
        // the Simplified copy).
        let text = "国立政治大学校园性侵害或性骚扰防治办法\n第一条\n本校为落实性别实质平等之教育理念，特订定本办法。\n第二条\n本办法所称之定义，列举如下:\n一、性侵害：指性侵害犯罪行为。\n二、校园性骚扰事件：指一方为学校人员，适用对象如下：\n(一)、教师：指专任教师。\n(二)、学生：指具有学籍者。\n第三条\n本校应推动防治教育。\n";
        let st = analyze(text);
        let got: Vec<(String, u32, String, Option<String>)> = titles(text, &st)
            .into_iter()
            .map(|(a, b, c, d)| (a, b, c.chars().take(6).collect(), d))
            .collect();
        let want = [
            ("1.1", 1, "本校为落实性别", None),
            ("1.2", 1, "本办法所称之定", None),
            ("1.2.1", 2, "性侵害：指性侵", Some("1.2")),
            ("1.2.2", 2, "校园性骚扰事件", Some("1.2")),
            ("1.2.2.1", 3, "教师：指专任教", Some("1.2.2")),
            ("1.2.2.2", 3, "学生：指具有学", Some("1.2.2")),
            ("1.3", 1, "本校应推动防治", None),
        ];
        let want: Vec<(String, u32, String, Option<String>)> = want
            .iter()
            .map(|(a, b, c, d)| {
                (
                    a.to_string(),
                    *b,
                    c.chars().take(6).collect(),
                    d.map(String::from),
                )
            })
            .collect();
        assert_eq!(got, want);
        // A regulation converted from PDF: the chapter's title under its number;
        // a sentence there is no title of a chapter.
        let text = "某市物业管理条例\n第一章\n总则\n第一条\n为了规范物业管理活动，制定本条例。\n第二条\n本条例适用于本市。\n第二章\n业主及业主大会\n第三条\n业主享有下列权利。\n";
        let st = analyze(text);
        let got: Vec<(String, u32, String, Option<String>)> = titles(text, &st);
        assert_eq!(got[0], ("1.1".into(), 1, "总则".into(), None));
        assert_eq!(got[1].3.as_deref(), Some("1.1"));
        assert_eq!(got[3], ("1.2".into(), 1, "业主及业主大会".into(), None));
        assert_eq!(got[4].3.as_deref(), Some("1.2"));
        let text = "某规定\n第一章\n为了规范管理，制定本规定。\n";
        assert!(analyze(text).sections.is_empty());
        // A reference a hard wrap left alone is none, nor a fragment of a wrapped
        // sentence under a chapter's number.
        let text = "某某局关于落实条例的通知\n各单位：\n根据《中华人民共和国劳动合同法》\n第十条\n规定，用人单位应当与劳动者订立书面劳动合同。现通知如下：\n一、加强检查\n";
        let got = titles(text, &analyze(text));
        assert_eq!(got[0].0, "1.1");
        assert_eq!(got[0].2, "加强检查");
        let text =
            "研究报告\n第三章\n本研究采用问卷调查与访谈相结合\n的方法，对全市企业进行了抽样。\n";
        assert!(analyze(text).sections.is_empty());
    }

    #[test]
    fn restarted_list_nests_and_later_heading_continues() {
        // The seed's 篇3, in Simplified.
        let text = "2025年社区中秋活动总结 篇3\n一、重点问题\n为确保社区安全稳定:\n(一)重点区域\n__社区\n(二)重点问题\n因__引发的各类问题\n(三)重点对象\n一、情绪过激的对象;\n二、情绪低落、悲观失望的对象。\n二、责任领导\n工作组上下要坚持。\n三、解决方案\n一是开展政策宣传,化解思想困难。\n二是真情帮助困难,解决生活需要。\n";
        let st = analyze(text);
        let t = titles(text, &st);
        let expect: Vec<(&str, u32, &str, Option<&str>)> = vec![
            ("1.1", 1, "重点问题", None),
            ("1.1.1", 2, "重点区域", Some("1.1")),
            ("1.1.2", 2, "重点问题", Some("1.1")),
            ("1.1.3", 2, "重点对象", Some("1.1")),
            ("1.1.3.1", 3, "情绪过激的对象;", Some("1.1.3")),
            ("1.1.3.2", 3, "情绪低落、悲观失望的对象。", Some("1.1.3")),
            ("1.2", 1, "责任领导", None),
            ("1.3", 1, "解决方案", None),
            ("1.3.1", 2, "开展政策宣传", Some("1.3")),
            ("1.3.2", 2, "真情帮助困难", Some("1.3")),
        ];
        let got: Vec<(&str, u32, &str, Option<&str>)> = t
            .iter()
            .map(|(a, b, c, d)| (a.as_str(), *b, c.as_str(), d.as_deref()))
            .collect();
        assert_eq!(got, expect);
        assert!(st.sections[8].inline && !st.sections[7].inline);
        // Spans nest and hold their titles.
        for s in &st.sections {
            assert!(s.range.start <= s.title.start && s.title.end <= s.range.end);
            if let Some(p) = s.parent {
                let p = &st.sections[p];
                assert!(
                    p.range.start <= s.range.start && s.range.end <= p.range.end,
                    "{s:?} in {p:?}"
                );
            }
        }
        // 一、重点问题 ends where 二、责任领导 starts.
        assert_eq!(st.sections[0].range.end, text.find("二、责任领导").unwrap());
    }

    #[test]
    fn a_list_restarting_after_its_own_family_is_a_new_list() {
        // Minutes: 報告事項 一、二、 then 討論事項 一、二、 (plain heading lines between).
        // The parts are headings without a marker; each list restarts under its part.
        let text = "第3次会议议事录\n报告事项\n一、宣读议事录。\n二、审议案。\n讨论事项\n一、修正草案。\n二、条例草案。\n";
        let st = analyze(text);
        let t = titles(text, &st);
        let got: Vec<(&str, u32)> = t.iter().map(|(a, b, _, _)| (a.as_str(), *b)).collect();
        assert_eq!(
            got,
            [
                ("1.1", 1),
                ("1.1.1", 2),
                ("1.1.2", 2),
                ("1.2", 1),
                ("1.2.1", 2),
                ("1.2.2", 2)
            ]
        );
    }

    #[test]
    fn numbered_titles_split_articles() {
        let text = "总结 篇1\n一、甲\n内容\n总结 篇2\n一、乙\n二、丙\n";
        let st = analyze(text);
        assert_eq!(st.articles.len(), 2);
        assert_eq!(&text[st.articles[1].title.clone().unwrap()], "总结 篇2");
        assert_eq!(st.articles[0].range, 0..text.find("总结 篇2").unwrap());
        let ids: Vec<&str> = st.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["1.1", "2.1", "2.2"]);
        assert_eq!(st.locate(text.find("内容").unwrap()), (Some(0), Some(0)));
        assert_eq!(st.locate(text.find("丙").unwrap()), (Some(1), Some(2)));
        // A table's cells one per line (绍兴一中's 2021 hiring plan): `-1` and
        // `-2`, changes in a column, are no titles of a series.
        let text =
            "2021年实施方案\n一、目标\n化学\n22\n1\n-1\n20\n二、步骤\n物理\n3\n-2\n三、要求\n";
        let st = analyze(text);
        assert_eq!(st.articles.len(), 1);
    }

    #[test]
    fn a_pages_particulars_are_no_title() {
        // 蒲鞋市街道's 2020 summary as 鹿城区's site prints it (lucheng.gov.cn,
        // 2021-01-28), and a page with spaced-out labels.
        let text = "索引号 001008003001085/2021-30196\n组配分类 计划总结 发布机构 蒲鞋市街道\n生成日期 2021-01-28 公开方式 主动公开\n\n蒲鞋市街道2020年工作总结及2021年工作思路\n\n一、2020年工作总结\n今年是收官之年。\n";
        let st = analyze(text);
        assert_eq!(
            &text[st.articles[0].title.clone().unwrap()],
            "蒲鞋市街道2020年工作总结及2021年工作思路"
        );
        let text =
            "索 引 号：11450000/2020-00123\n关于做好春节期间安全生产工作的通知\n各县（市、区）：\n";
        let st = analyze(text);
        assert_eq!(
            &text[st.articles[0].title.clone().unwrap()],
            "关于做好春节期间安全生产工作的通知"
        );
    }

    /// The head of every page is not the title of a record taken from PDF: the
    /// Legislative Council's written replies of 2013-04-24 and 2013-05-29
    /// (siuying/legco-hansard-parser@0560b7f1: data/txt/12-13-cm0424-translate-c.txt,
    /// 12-13-cm0529-translate-c.txt), shortened.
    #[test]
    fn a_running_head_is_no_title() {
        let page = "立法會  ─  2013年 5月 29日  \n \n9008 \n";
        let body = "就此，政府可否告知本會：當局會否檢討有關安排；如會，詳情為何。\n";
        let text = format!(
            "{page}議員質詢的書面答覆 \n \n單車泊位  \n \n7. 陳婉嫻議員：主席，據報，當局曾要求市民將單車移走。\n{body}{page}{body}{page}{body}"
        );
        let st = analyze(&text);
        assert_eq!(
            &text[st.articles[0].title.clone().unwrap()],
            "議員質詢的書面答覆"
        );
        // A first line met once is the title as before.
        let once = "立法會  ─  2013年 5月 29日\n議員質詢的書面答覆\n";
        let st = analyze(once);
        assert_eq!(
            &once[st.articles[0].title.clone().unwrap()],
            "立法會  ─  2013年 5月 29日"
        );
    }

    /// `壹、` ranks above `一、` in Taiwan's documents: minutes whose `壹、` is
    /// misprinted (`臺、报告事项`, 桃园市高中职学生联合会, 2020) still set `贰、讨论事项`
    /// beside the first part's `一、`, not under it.
    #[test]
    fn a_financial_numeral_closes_a_top_level_cn_comma() {
        let text = "会议纪录\n时间：2020年3月7日。\n台、报告事项\n一、主席报告\n（一）感谢各位出席。\n（二）会议文书已收到。\n贰、讨论事项\n讨论一：订定决议文。\n决议：通过。\n参、临时动议\n一、感谢各位理监事与会。\n二、近期将处理讨论区之设置。\n肆、散会\n";
        let st = analyze(text);
        let t = titles(text, &st);
        let got: Vec<(&str, u32)> = t.iter().map(|(_, b, c, _)| (c.as_str(), *b)).collect();
        assert!(got.contains(&("讨论事项", 1)), "{got:?}");
        assert!(got.contains(&("临时动议", 1)), "{got:?}");
        assert!(got.contains(&("散会", 1)), "{got:?}");
        assert!(got.contains(&("主席报告", 1)), "{got:?}");
        // A `壹、` list inside an entry stays there (a budget review's parts, a
        // meeting's motions under its `二、`).
        for (text, inner) in [
            ("审查报告\n一、审查114年度中央政府总预算案\n壹、公务部分\n贰、营业部分\n二、其他事项\n", ["公务部分", "营业部分"]),
            ("会议纪录\n一、报告事项\n（一）主席报告。\n二、讨论事项\n壹、财政部提案\n说明：略。\n贰、经济部提案\n说明：略。\n三、临时动议\n四、散会\n", ["财政部提案", "经济部提案"]),
        ] {
            let st = analyze(text);
            let t = titles(text, &st);
            let got: Vec<(&str, u32)> = t.iter().map(|(_, b, c, _)| (c.as_str(), *b)).collect();
            for title in inner {
                assert!(got.contains(&(title, 2)), "{got:?}");
            }
            assert!(got.iter().filter(|(_, l)| *l == 1).count() >= 2, "{got:?}");
        }
    }

    /// An official document's title wrapped onto a second line that names its
    /// kind (the State Council's notices as gov.cn prints them, 2005–2019); a
    /// title that names its kind on the first line, or a second line that is a
    /// heading or a document number, stays one line.
    #[test]
    fn a_wrapped_document_title_takes_both_lines() {
        let title = |text: &str| {
            let st = analyze(text);
            st.articles[0].title.clone().map(|r| text[r].to_string())
        };
        assert_eq!(
            title("国务院关于印发个人所得税\n专项附加扣除暂行办法的通知\n国发〔2018〕41号\n现将办法印发给你们。\n").as_deref(),
            Some("国务院关于印发个人所得税\n专项附加扣除暂行办法的通知")
        );
        assert_eq!(
            title("国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函\n国办函〔2005〕57号\n")
                .as_deref(),
            Some("国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函")
        );
        assert_eq!(
            title("关于开展安全检查的通知\n各单位：\n现将有关事项通知如下。\n").as_deref(),
            Some("关于开展安全检查的通知")
        );
        assert_eq!(
            title("关于2024年工作的\n国发〔2024〕1号\n现将有关事项通知如下。\n").as_deref(),
            Some("关于2024年工作的")
        );
        assert_eq!(
            title("关于安全生产工作\n一、工作方案\n二、实施办法\n").as_deref(),
            Some("关于安全生产工作")
        );
    }

    #[test]
    fn single_article_title_is_first_heading_like_line() {
        let text = "政府工作报告\n\n各位代表：\n一、过去一年的工作\n（一）经济稳中向好。全年增长5%。\n1.加强基础\n2.改善民生\n（二）改革深化\n二、今年的目标\n";
        let st = analyze(text);
        assert_eq!(st.articles.len(), 1);
        assert_eq!(&text[st.articles[0].title.clone().unwrap()], "政府工作报告");
        let t = titles(text, &st);
        let got: Vec<(&str, u32)> = t.iter().map(|(a, b, _, _)| (a.as_str(), *b)).collect();
        assert_eq!(
            got,
            [
                ("1.1", 1),
                ("1.1.1", 2),
                ("1.1.1.1", 3),
                ("1.1.1.2", 3),
                ("1.1.2", 2),
                ("1.2", 1)
            ]
        );
        assert_eq!(t[1].2, "经济稳中向好。");
    }

    #[test]
    fn inline_enumeration_needs_a_boundary_and_a_run() {
        let text = "一、总体\n统一是关键。我们一是加强领导，二是完善制度。\n";
        let st = analyze(text);
        let inline: Vec<&str> = st
            .sections
            .iter()
            .filter(|s| s.inline)
            .map(|s| &text[s.title.clone()])
            .collect();
        assert_eq!(inline, Vec::<&str>::new(), "我们一是 is not at a boundary");
        let text = "一、总体\n统一是关键。一是加强领导，二是完善制度。\n";
        let st = analyze(text);
        let inline: Vec<&str> = st
            .sections
            .iter()
            .filter(|s| s.inline)
            .map(|s| &text[s.title.clone()])
            .collect();
        assert_eq!(inline, ["加强领导", "完善制度"]);
    }

    #[test]
    fn empty_and_plain_text() {
        let st = analyze("");
        assert_eq!(st.articles.len(), 1);
        assert!(st.sections.is_empty());
        let st = analyze("只是一段没有标题的文字，很长很长。");
        assert_eq!(st.articles[0].title, None);
    }

    /// (line title, level, item) of every non-inline section.
    fn shape(text: &str) -> Vec<(String, u32, bool)> {
        let st = analyze(text);
        st.sections
            .iter()
            .filter(|s| !s.inline)
            .map(|s| (text[s.title.clone()].to_string(), s.level, s.item))
            .collect()
    }

    /// The headings (no items) of [`shape`]'s output: title and level.
    fn headings(got: &[(String, u32, bool)]) -> Vec<(&str, u32)> {
        got.iter()
            .filter(|s| !s.2)
            .map(|s| (s.0.as_str(), s.1))
            .collect()
    }

    /// Letters and Roman numerals in brackets number the parts of Hong Kong's
    /// replies to the Legislative Council and the items under them (LegCo written
    /// reply of 2012-11-28: `(a)` … `(i) 香港結婚證明書…；` `(ii)` …).
    #[test]
    fn bracketed_letters_and_roman_numerals() {
        let text = "立法會十題：雙非孕婦\n(a) 政府有何措施？\n答覆如下：\n有關夫婦須提交以下證明：\n(i) 香港結婚證明書；\n(ii) 身份證正本；\n(b) 其他事項如何處理？\n";
        let got = shape(text);
        assert_eq!(
            got.iter().map(|s| (s.0.as_str(), s.1)).collect::<Vec<_>>(),
            [
                ("政府有何措施？", 1),
                ("香港結婚證明書；", 2),
                ("身份證正本；", 2),
                ("其他事項如何處理？", 1)
            ]
        );
        assert_eq!(super::small_roman("iv"), Some(4));
        for legend in ["(i)表示第i个样本", "(x)为自变量", "(i) = (a) + (b)"] {
            assert!(super::parse_marker(legend).is_none(), "{legend}");
        }
        assert_eq!(super::small_roman("c"), None);
    }

    /// Markdown minutes set each numbered heading in bold: the markers still nest
    /// (ustclug/website, 2014-08-30 LUG meeting minutes: `**一.  SFD 相关**` above
    /// `**1. 形式**`; OpenHarmony SIG minutes in ../shared/corpus/reports/oh-meeting-minutes
    /// set `**议题1：…**` the same way), and a bold line without a marker is still a title.
    #[test]
    fn bold_numbered_headings_nest_by_their_markers() {
        let text = "会议纪要\n\n**一.  SFD 相关**\n\nSFD 活动定于 9 月 20 日，是开学后第三周的周六。\n\n**1. 形式**\n\n嘉宾演讲加其他演讲者演讲，往年的活动形式都类似这样。\n\n**2. 嘉宾**\n\n刘先生，从事开发工作，演讲内容以自由软件为主。\n\n**二、本学期工作**\n\n讨论了招新和讲座的安排。\n\n**会后事项**\n\n整理纪要并发送邮件列表。\n";
        let got = shape(text);
        assert_eq!(
            headings(&got),
            [
                ("SFD 相关", 1),
                ("形式", 2),
                ("嘉宾", 2),
                ("本学期工作", 1),
                ("会后事项", 2)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn board_resolutions_are_items() {
        // tests/fixtures/sections/04-tw-board-resolutions.txt (Simplified, shortened):
        // resolutions follow each other with no text of their own, short or long.
        let text = "102年董事会重要决议\n\n102年第八次董事会\n一、授权董事长于一定额度内对集团内关系企业提供资金贷与。\n二、决议办理库藏股股票注销及减资。\n三、通过本公司民国103年内部稽核计划。\n\n102年第五次董事会\n一、决议配股配息基准日\n二、决议委任第二届薪酬委员会委员\n\n102年第四次董事会\n一、选任新任董事长\n";
        let got = shape(text);
        assert_eq!(got.len(), 9);
        // The meeting captions are headings without a marker; the resolutions are
        // items under them.
        let captions = headings(&got);
        assert_eq!(
            captions,
            [
                ("102年第八次董事会", 1),
                ("102年第五次董事会", 1),
                ("102年第四次董事会", 1)
            ]
        );
        assert!(got.iter().filter(|s| s.2).all(|s| s.1 == 2), "{got:?}");
    }

    #[test]
    fn meetings_without_a_year_are_parallel_captions_over_their_resolutions() {
        // A listed company's page of board resolutions, its table's cells one per line
        // (GomajiMaryChiang/playground@8dabe73b:resources/views/about/stakeholder/
        // pip9.blade.php, shortened): each meeting's date, its name, its resolutions;
        // the last resolution of a meeting is followed by the next meeting's date.
        let text = "公司治理 - 董事會決議事項\n\n日期\n\n屆次\n\n重要決議事項\n\n103/12/16\n\n第三屆第二次\n\n1. 討論104年度營運計畫\n2. 設置薪資報酬委員會，並制定「薪資報酬委員會組織規程」\n3. 召開民國104年度第一次股東臨時會案\n\n104/03/31\n\n第四屆第三次\n\n1. 採用 IFRSs 對保留盈餘之影響及提列特別盈餘公積數額\n2. 103 年度營業報告書及財務報表案\n3. 103 年度盈餘分配表案\n\n104/05/12\n\n第四屆第四次\n\n1. 除息相關事宜案\n2. 修訂104年度稽核計畫\n\n104/08/11\n\n第四屆第五次\n\n1. 104年度財務預測案\n2. 授信額度案\n";
        let got = shape(text);
        let captions = headings(&got);
        assert_eq!(
            captions,
            [
                ("第四屆第三次", 1),
                ("第四屆第四次", 1),
                ("第四屆第五次", 1)
            ],
            "{got:?}"
        );
        // Every resolution is an item, the last of each meeting too, and none is
        // deeper than under its meeting.
        assert!(got.iter().filter(|s| s.2).all(|s| s.1 <= 2), "{got:?}");
        assert_eq!(got.iter().filter(|s| s.2).count(), 10, "{got:?}");
    }

    #[test]
    fn running_heads_by_page_numbers_are_no_headings() {
        // The Legislative Council's record of 2013-04-24, text taken from its PDF
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0424-translate-c.txt, lines 55–152): the head of each page
        // stands by its page number, between two halves of a paragraph.
        let text = "內務委員會有關研究附屬法例及其他文書的第15/12-13號報告  \n立法會  ─  2013年 4月 24日  \n \n5954 \n議員質詢的書面答覆 \n \n新高中學制下的通識教育科  \n \n1. 陳志全議員：主席，有任教新高中學制下通識教育科 (“通識科”)\n的教師指出，該科目自 2009年推行以來，在課程內容、教學支援和公\n開考試的評核 3方面均有待改進，而通識科教師在教授該科目時亦面\n對沉重的壓力。就此，政府可否告知本會：  \n \n(一 ) 鑒於有批評指通識科的課程內容零碎及定位欠清晰，當局\n會否全面檢討該科目的課程設計 (例如删減部分內容，或重\n新分配核心單元的比例，並參考倫理及宗教科的課程，加\n入與批判思考相關的理論知識 )；如會，檢討的時間表為\n何；如否，原因為何；  \n \n(二 ) 鑒於當局在 2010-2011學年向每間受政府資助的中學提供\n的一筆過為數 32萬元的通識教育科課程支援津貼 (“通識津\n貼”)的年期將於本年 8月31日結束，當局會否重新考慮提供\n經常性通識津貼，以協助學校調配更多人手和資源在教授\n通識科時實行分組小班教學，從而促進通識科的健康發\n展，同時減輕任教教師的工作量和壓力；及  \n \n(三 ) 既然 2012年首屆香港中學文憑考試 (“文憑試 ”)通識科的合\n格率高達 90.8%，為何香港考試及評核局 (“考評局”)仍以讓\n學生有更充裕的時間作答及更易掌握問題為理由，刪減\n2013年文憑試通識科其中一份試卷的試題數目和所佔的分\n數；當局會否分析，通識科考試在去年有高合格率，是否\n反映公開考試的評核過於寬鬆，以致未能準確評核學生的\n學習成效？  \n \n \n教育局局長：主席，就議員的質詢，謹答覆如下：  \n \n(一 ) 在 2012年年中，教育局、課程發展議會與考評局共同檢討\n新學制，包括通識科的推行情況。我們透過不同渠道廣泛\n諮詢持份者的意見，包括學者、校長、教師、專業團體、\n學生及家長等，亦透過學校調查及學校探訪搜集資料。有\n關新學制檢討的進展報告已於本年4月 19日發布。就通識科\n而言，鑒於現行通識科的課程架構是經過詳細研究和廣泛\n立法會  ─  2013年 4月 24日  \n \n5955 \n諮詢而訂定，學校普遍認同短期內維持該科的課程架構不\n變；另外亦考慮到任何課程架構修訂方案均需要搜集更多\n資料、諮詢及審慎商議，才可達致共識。新高中通識科剛\n完成第一個實施循環，教師開始瞭解和熟悉本科，若在短\n期內有重大改變，將加重教師對掌握課程和評估及備課的\n負擔。  \n \n 教育局會繼續聆聽教師及各界的意見，並即將展開中、長\n期課程檢討；建基於課程實施的經驗，詳細檢視通識科的\n課程和評估設計。我們期望有關中、長期修訂的建議，可\n在 2016-2017學年或之後實施。  \n \n(二 ) 自 2008-2009學年起，學校獲提供 “高中課程支援津貼 ”，這\n項津貼會繼續發放予學校。學校可靈活運用這項津貼，支\n援新高中課程，包括通識科的推行。由2012-2013學年起，\n“高中課程支援津貼 ”相等於新高中每班 0.1名學位教師的\n中點薪金。值得注意的是，這項津貼原先是指定用以支援\n通識科的推行，但其後因應學界的建議，這項津貼與其他\n新高中津貼結合，讓學校享有更大的靈活性。學校應按校\n本情況、學生學習需要等與教師商討，在徵得校董會／學\n校管理委員會或法團校董會的批准下，靈活運用 “高中課程\n支援津貼 ”，支援通識科的推行，包括為該科調配額外人手\n和資源以減輕教師工作量、推行分組教學等。  \n \n(三 ) 中學文憑考試採用水平參照模式匯報結果，即按照一套明\n確而固定的標準匯報考生表現所屬的等級。首屆文憑試通\n識科的成績結果，是根據考生的表現、水平參照內等級描\n述的要求、樣本示例的表現水平和學科專家小組的意見而\n定出的。  \n \n 每年考試結束後，考評局會就當年所得的經驗，作出檢視\n及提出改善建議，以進一步優化考試的質素及確保各項安\n排能不斷完善。就通識科而言， 2012年考試分析顯示，部\n分考生未能於試卷一的指定時間內完成所有試題，考評局\n因此建議從 2013年考試開始，適當調整試卷一考試題目的\n資料內容及分題數目，使考生能夠在現行考試時限內分析\n試題及有條理地作答。此修訂獲學校廣泛支持，考評局並\n已於 2012年底向學校派發練習卷，讓教師及學生熟習考試\n要求。  \n立法會  ─  2013年 4月 24日  \n \n5956 \n 經調整後，試卷一的試題深淺度及該卷的佔分比重仍維持\n不變，因此並無降低評核的整體要求。至於 2013年文憑試\n通識科的評級，考評局將按去年考試所訂的同一水平標準\n評定考生的表現，以確保年與年之間的成績有可比性。  \n \n \n簽發單程證予香港居民在內地的合資格 “超齡子女 ” \n \n2. 王國興議員：主席，自2011年 4月 1日起，香港居民在內地的合資\n格 “超齡子女 ”(即在其親生父或母於 2001年 11月 1日或以前首次取得\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("立法會")), "{got:?}");
        assert!(got.iter().any(|s| s.0.contains("簽發單程證")), "{got:?}");
        // Labels that recur over each meeting's lists stand by no page number: they
        // stay headings (../shared/corpus/reports/oh-meeting-minutes).
        let minutes = "会议纪要\n一、议题一\n讨论了发布计划，同意按期发布。\n结论：\n1、按期发布。\n二、议题二\n讨论了社区活动，需要准备材料。\n结论：\n1、准备材料。\n三、议题三\n讨论了成员信息，需要刷新。\n结论：\n1、刷新成员信息。\n";
        let got = shape(minutes);
        assert_eq!(got.iter().filter(|s| s.0 == "结论：").count(), 3, "{got:?}");
    }

    #[test]
    fn a_cell_between_figures_is_no_heading() {
        // A district's five-year plan whose table of targets is laid out one cell per
        // line (zhiyao87/Shanghai-Gov-Docs-Index@49f4bb7b24691276dec660a576f20a54a0c46b63:
        // docs/规划与土地/上海市普陀区人民政府办公室关于印发《普陀区国土空间近期规划
        // （2026-2030年）》的通知.md, shortened): `动态调整`, a target, stands between the
        // row's base figure and the next row's number.
        let text = "一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，坚决贯彻习近平总书记考察上海重要讲话精神和重要指示要求，全面落实中央城市工作会议精神，认真践行人民城市理念，全面贯彻新发展理念，服务构建新发展格局，紧扣上海加快建成“具有世界影响力的社会主义现代化国际大都市”目标要求，坚持“四个放在”，积极融入上海“五个中心”建设，深刻认识和全面把握普陀发展的阶段性特征和在全市发展大局中的地位和作用，持续推动城市总规“一张蓝图”绘到底干到底，进一步优化城市空间和功能布局，强化资源要素配置和保障能力，续写新时代普陀高质量发展新篇章。\n\n专栏1 普陀区国土空间近期规划核心指标表\n\n指标类别\n\n序号\n\n指标项\n\n单位\n\n类型\n保护建筑数量（登记不可移动文物和优秀历史建筑）\n\n处\n\n约束性\n\n40\n\n40\n\n5\n\n住宅用地面积\n\n平方千米\n\n预期性\n\n20.26\n\n动态调整\n\n6\n\n新增住房总建筑面积中政府、机构和企业持有的租赁住房比例\n\n%\n\n约束性\n\n/\n\n20\n\n7\n\n";
        let got = shape(text);
        assert!(got.iter().all(|s| s.0 != "动态调整"), "{got:?}");
        // A title between two paragraphs still heads them.
        let plain = "一、总体要求\n坚持规划引领，统筹推进城市更新和功能布局优化，提升城区品质。\n城市更新\n推进旧区改造和城中村改造，完成老旧小区综合改造，改善居住条件。\n";
        assert!(
            shape(plain).iter().any(|s| s.0 == "城市更新"),
            "{:?}",
            shape(plain)
        );
    }

    #[test]
    fn numbered_titles_alike_but_for_their_numbers_share_a_key() {
        assert_eq!(
            parallel_caption_key("第四届第三次"),
            parallel_caption_key("第十二届第一次")
        );
        assert_eq!(
            parallel_caption_key("一号楼"),
            parallel_caption_key("23号楼")
        );
        assert_ne!(
            parallel_caption_key("第一部分"),
            parallel_caption_key("第一季度")
        );
        assert_eq!(parallel_caption_key("工作回顾"), None);
    }

    /// The title of the parent of the section whose title opens with `opening`.
    fn parent_title(text: &str, opening: &str) -> Option<String> {
        let st = analyze(text);
        let s = st
            .sections
            .iter()
            .find(|s| text[s.title.clone()].starts_with(opening))
            .unwrap_or_else(|| panic!("no section {opening}"));
        s.parent
            .map(|p| text[st.sections[p].title.clone()].to_string())
    }

    #[test]
    fn an_item_holds_the_list_that_restarts_right_under_it() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090406.txt, ll.1210–1220
        // (Simplified): a resolution of the parties' consultation, `经决定如下：`, and its
        // points; the next resolution `贰、` is the sibling of `壹、`.
        let text = "其他事项\n  壹、106 年 10 月 31 日朝野党团协商结论，经决定如下：\n    一、请各党团于 11 月 7 日（星期二）下午 5 时前，将 106 年度中\n         央政府总预算案附属单位预算营业及非营业部分之提案，送\n         至财政委员会。\n    二、财政委员会收案后，交各该常设委员会整理付印相关提案后\n         ，于 11 月 10 日（星期五）前，提供各党团参考。\n    三、请行政部门先行向提案委员及党团进行双向说明，落实沟通\n         ，俾利后续 11 月 13 日（星期一）协商之进行。\n  贰、时代力量党团提议变更议程，经表决结果不予通过。\n";
        assert_eq!(
            parent_title(text, "财政委员会收案后").unwrap(),
            "106 年 10 月 31 日朝野党团协商结论，经决定如下："
        );
        // (`其他事项`, the first line here, is the title: `贰、` is at the top as `壹、` is.)
        assert_eq!(parent_title(text, "时代力量党团"), None);
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090312.txt, ll.526–533: a
        // motion `(三)…为：` with its text `一、…`; motion `(四)` goes on the motions' list.
        let text = "立法院第9届第3会期第12次会议议事录\n讨论事项\n(二)国民党党团提议增列讨论事项第一案为：\n  本院委员提案，请审议案。经表决结果不予通过。\n(三)时代力量党团提议增列讨论事项第一案为：\n  一、(一)本院司法及法制委员会报告审查民进党党团拟\n  具「促进转型正义条例草案」案。\n  经表决结果不予通过。\n(四)时代力量党团提议增列讨论事项第二案为：\n  本院时代力量党团提案，请审议案。\n";
        assert!(parent_title(text, "(一)本院司法")
            .unwrap()
            .starts_with("时代力量党团提议增列讨论事项第一案"));
        assert_eq!(
            parent_title(text, "时代力量党团提议增列讨论事项第二案").unwrap(),
            "讨论事项"
        );
        // A committee's record (soidid/reactSwipe@b02acb558e00ef66841bbde771947f8350c123da:
        // script/data/meeting.txt, ll.94–112 and 139–146, Simplified, shortened): the
        // points `一、二、三、` of motion (七), then motions (八) and (九); the bills
        // `(一)`… that `四、…等十五案：` announces.
        let text = "三、临时提案\n(六)签署投资保障协议之目的在于保障投资人。\n提案人：李俊俋　　陈其迈\n决议：不通过。\n(七)针对两岸两会即将签署之投资保障协议内容，要求海基会应于文本中明列：\n一、台商人身自由权保障相关内容。\n二、投资保障协议应依据国际惯例导入国际仲裁单位与仲裁规则。\n三、不得将「中资来台可享有国民待遇」等原则文字写入投资保障协议文本内。\n提案人：段宜康　　陈其迈\n决议：不通过。\n(八)鉴于第八次江陈会中将签署的投资保障协议人身自由条款，不应仅处理24小时通知，爰要求：\n一、保障家属探视权：\n目前中国的看守所不允许家属探视，应予保障。\n(九)鉴于美国国务院及国际特赦组织呼吁中国政府展开公开调查。\n提案人：李俊俋　　陈其迈\n决议：不通过。\n讨　论　事　项\n一、审查行政院函请审议「集会游行法修正草案」案。\n二、审查本院委员林淑芬等19人拟具废止「集会游行法」案。\n四、审查「总统副总统选举罢免法修正草案」等十五案：\n(一)继续审查本院委员许添财等17人拟具「总统副总统选举罢免法第二十六条条文修正草案」案。\n(二)继续审查本院委员蔡其昌等29人拟具「总统副总统选举罢免法第六十二条条文修正草案」案。\n";
        assert!(parent_title(text, "投资保障协议应依据")
            .unwrap()
            .starts_with("针对两岸两会"));
        assert_eq!(parent_title(text, "鉴于第八次江陈会").unwrap(), "临时提案");
        assert!(parent_title(text, "保障家属探视权")
            .unwrap()
            .starts_with("鉴于第八次江陈会"));
        assert_eq!(parent_title(text, "鉴于美国国务院").unwrap(), "临时提案");
        assert!(parent_title(text, "继续审查本院委员蔡其昌")
            .unwrap()
            .starts_with("审查「总统副总统选举罢免法修正草案」等十五案"));
        // A contract's clause that announces its points holds them; the next chapter
        // stays at the top (tests/fixtures/sections/10-cn-property-mgmt-contract-template.txt,
        // ll.101–106, shortened).
        let text = "第五章　物业管理服务质量\n第二十一条　乙方须按下列约定，实现目标管理。\n１．房屋外观：＿＿＿＿＿＿＿＿\n２．设备运行：＿＿＿＿＿＿＿＿\n第六章　物业管理服务费用\n第二十二条　物业管理服务费\n１．本物业的管理服务费，由乙方按建筑面积每月每平方米＿＿元向业主收取。\n";
        assert!(parent_title(text, "设备运行")
            .unwrap()
            .starts_with("乙方须按下列约定"));
        assert_eq!(parent_title(text, "物业管理服务费用"), None);
    }

    #[test]
    fn a_reference_cut_by_a_wrap_opens_no_entry() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090108.txt, ll.760–772, and
        // LCEWC03_090104.txt, ll.530–535 (Simplified): `第 1 项决议` + wrap + `（一），…`.
        let text = "立法院第9届第1会期第8次会议议事录\n报告事项\n二三二、交通部函，为 105 年度中央政府总预算决议，「公路及监理\n  业务管理」经费 69 亿 0,491 万 5,000 元，冻结四分之一，提出书\n  面报告后始得动支，检送书面报告，请查照案。\n  决定：交交通委员会处理。\n二三三、司法院函，为 105 年度中央政府总预算该院主管第 1 项决议\n  （一），检送该预算冻结案书面报告，请查照案。\n  决定：交司法及法制委员会处理。\n二三四、考试院函，为 105 年度中央政府总预算该院主管第 1 项决议\n  （一）至（五），检送办理情形书面报告，请查照案。\n  决定：交司法及法制委员会处理。\n二三五、科技部函，为 105 年度中央政府总预算决议，针对能源国家\n  型科技计划─离岸风力发电主轴中心提出专案报告乙案，请安排\n  报告，请查照案。\n一三五、文化部函，为 105 年度中央政府总预算该部主管第 1 项决议\n  （十二），检送书面报告，请查照案。\n  决定：交教育及文化委员会处理。\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("检送")), "{got:?}");
        assert_eq!(parent_title(text, "科技部函").unwrap(), "报告事项");
        // A marker with its title is still an entry (`（一）议事影音讯号不得…`, LCEWC03_090103.txt).
        assert_eq!(
            entry_marker("(一)议事影音讯号不得做为任何形式之商业目的").map(|m| m.ordinal),
            Some(1)
        );
    }

    #[test]
    fn names_going_on_from_a_field_are_no_heading() {
        // soidid/reactSwipe@b02acb558e00ef66841bbde771947f8350c123da:script/data/meeting.txt
        // ll.73–77 (Simplified): the proposers of a motion run on to a second line.
        let text = "三、临时提案\n(一)依据宪法明定各种委员会得邀请政府人员到会备询，爰要求陆委会提出报告。\n提案人：李俊俋　　姚文智　　黄文玲　　段宜康\n决议：不通过。\n(二)海基会受托于第八次江陈会与中国签订投资保障协议，内容涉及投资人保障。\n提案人：黄文玲　　姚文智　　李俊俋　　陈其迈\n段宜康　　林世嘉\n决议：不通过。\n（本案采表决方式，表决结果：在场出席委员10人，赞成者3人，反对者6人，不通过。）\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("林世嘉")), "{got:?}");
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090103.txt, ll.1–9
        // (Simplified, shortened): the attendance, its label set apart by a space.
        let text = "立法院第9届第1会期第3次会议议事录\n\n时间　中华民国 105 年 3 月 4 日（星期五）上午 9 时 1 分\n地点　本院议场\n出席委员　孔文吉　黄昭顺　钟孔炤\n　　　　　陈宜民　许淑华\n报告事项\n一、宣读本院第 9 届第 1 会期第 2 次会议议事录。\n      决定：确定。\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("许淑华")), "{got:?}");
        // A short title between paragraphs after a field is still a heading.
        let text = "会议纪要\n出席：张三　李四\n讨论了年度计划，同意按期推进各项工作。\n工作安排\n下一步抓好落实，按月报告进展情况和存在的问题。\n";
        assert!(shape(text).iter().any(|s| s.0 == "工作安排"));
    }

    #[test]
    fn parts_of_minutes_are_top_level_headings_without_a_marker() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090103.txt (Simplified,
        // shortened): the parts stand alone on their line, the agenda entries under them;
        // `散会` closes the minutes and heads nothing.
        let text = "立法院第9届第1会期第3次会议议事录\n\n地点　本院议场\n\n报告事项\n    一、宣读本院第 9 届第 1 会期第 2 次会议议事录。\n      决定：确定。\n二、本院委员姚文智等 16 人拟具「食农教育法草案」，请审议案。\n  决定：交经济委员会审查。\n讨论事项\n一、本院委员提议，请院会讨论案。\n  决议：通过。\n散会\n";
        let st = analyze(text);
        let got = shape(text);
        assert_eq!(
            got.iter().map(|s| (s.0.as_str(), s.1)).collect::<Vec<_>>(),
            [
                ("报告事项", 1),
                ("宣读本院第 9 届第 1 会期第 2 次会议议事录。", 2),
                (
                    "本院委员姚文智等 16 人拟具「食农教育法草案」，请审议案。",
                    2
                ),
                ("讨论事项", 1),
                ("本院委员提议，请院会讨论案。", 2),
            ]
        );
        let parts: Vec<&SectionRange> = st.sections.iter().filter(|s| s.level == 1).collect();
        assert!(parts.iter().all(|s| s.marker.is_empty() && s.ordinal == 0));
    }

    /// The months of a schedule, each alone over its entries (绍兴市教育教学研究院's
    /// 2020 work plan: `一月份` / `1. 长三角家庭教育论文选送`), are a series of
    /// headings; a month alone in running text is none.
    #[test]
    fn months_of_a_schedule_are_captions() {
        let text = "2020年工作计划行事历\n一月份\n1. 长三角家庭教育论文选送\n2. 全年做好教师培训\n二月份\n1. 协助做好人员组织\n三月份\n示范校确认\n四月份\n1. 德育案例征集\n";
        let got = shape(text);
        let months: Vec<_> = got
            .iter()
            .filter(|s| s.0.ends_with('份'))
            .map(|s| (s.0.as_str(), s.1, s.2))
            .collect();
        assert_eq!(
            months,
            [
                ("一月份", 1, false),
                ("二月份", 1, false),
                ("三月份", 1, false),
                ("四月份", 1, false)
            ]
        );
        assert!(got
            .iter()
            .any(|s| s.0 == "长三角家庭教育论文选送" && s.1 == 2));
        let text = "工作总结\n一、主要工作\n三月份\n全年完成培训任务，效果良好。\n";
        assert!(shape(text).iter().all(|s| s.0 != "三月份"));
        // Nor are months over a table's cells, one a line.
        let text = "气象资料\n一月\n-3.2\n二月\n-1.5\n三月\n4.8\n";
        assert!(
            shape(text).iter().all(|s| !s.0.ends_with('月')),
            "{:?}",
            shape(text)
        );
    }

    /// The numbered cases of a part of minutes, each alone on its line (臺北市都市
    /// 計畫委員會's 545th minutes, 2005, Simplified): a series under the part, each
    /// over its own particulars and resolution.
    #[test]
    fn numbered_cases_of_minutes_are_a_series_under_their_part() {
        let text = "会议纪录\n贰、讨论事项\n讨论事项一\n案名：变更南港区计画案\n一、本件系市府函送到会。\n二、法令依据：都市计画法。\n决议：\n一、本案照案通过。\n讨论事项二\n案名：台北市计画案\n一、本案系市府函送。\n参、散会\n";
        let got = shape(text);
        assert_eq!(
            got.iter().map(|s| (s.0.as_str(), s.1)).collect::<Vec<_>>(),
            [
                ("讨论事项", 1),
                ("讨论事项一", 2),
                ("本件系市府函送到会。", 3),
                ("法令依据：都市计画法。", 3),
                ("决议：", 3),
                ("本案照案通过。", 4),
                ("讨论事项二", 2),
                ("本案系市府函送。", 3),
                ("散会", 1),
            ]
        );
    }

    #[test]
    fn attachments_and_their_titles() {
        // tests/fixtures/sections/18-cn-labour-contract-template.txt (shortened): 附件一
        // with a field set apart on its line, then the form's title.
        let text = "私营企业职工劳动合同书\n第七条　合同的变更、解除、终止和续订：\n１．甲方因转产、调整生产项目，可以变更合同的相关内容。\n第九条　违反劳动合同应承担的违约责任：\n１．甲乙双方任何一方违反合同时，应向对方支付违约金。\n第十条　劳动争议处理：\n甲乙双方发生劳动争议后，应先行协商解决。\n第十一条　本合同未尽事宜以及与法律、法规、政策等有抵触的条款，按国家现行的法律、法规、政策执行。\n第十二条　本合同自签订之日起生效，一式两份，甲乙双方各持一份。本合同涂改、未经合法授权代签无效。\n甲方（盖章）：\n附件一　　　　　　　　鉴证编号：Ｅ２－\n劳动合同续订表\n甲乙双方于　　年　　月　　日签订的劳动合同已到期，经甲乙双方协商同意，续订劳动合同。\n";
        let got = shape(text);
        assert_eq!(
            got.iter().map(|s| (s.0.as_str(), s.1, s.2)).collect::<Vec<_>>(),
            [
                ("合同的变更、解除、终止和续订：", 1, false),
                ("甲方因转产、调整生产项目，可以变更合同的相关内容。", 2, true),
                ("违反劳动合同应承担的违约责任：", 1, false),
                ("甲乙双方任何一方违反合同时，应向对方支付违约金。", 2, true),
                ("劳动争议处理：", 1, false),
                (
                    "本合同未尽事宜以及与法律、法规、政策等有抵触的条款，按国家现行的法律、法规、政策执行。",
                    1,
                    true
                ),
                ("本合同自签订之日起生效，一式两份，甲乙双方各持一份。", 1, true),
                ("附件一", 1, false),
                ("劳动合同续订表", 2, false),
            ]
        );
    }

    #[test]
    fn year_captions_of_a_work_report_are_siblings_above_its_numbered_headings() {
        // ../shared/corpus/reports/cn-city-gwr/city-008.txt (shortened).
        let text = "政府工作报告\n\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n2023年工作回顾\n\n2023年，是全面贯彻党的二十大精神的开局之年。\n一、经济运行稳中向好\n全年地区生产总值增长5%。\n\n2024年工作安排\n\n今年政府工作的总体要求是：坚持稳中求进。\n一、着力扩大有效需求\n";
        let st = analyze(text);
        assert_eq!(
            titles(text, &st)
                .into_iter()
                .map(|t| (t.0, t.2))
                .collect::<Vec<_>>(),
            [
                ("1.1".to_string(), "2023年工作回顾".to_string()),
                ("1.1.1".to_string(), "经济运行稳中向好".to_string()),
                ("1.2".to_string(), "2024年工作安排".to_string()),
                ("1.2.1".to_string(), "着力扩大有效需求".to_string()),
            ]
        );
    }

    #[test]
    fn no_heading_in_wrapped_text_or_an_issued_documents_title() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt: lines of a
        // wrapped paragraph after a numbered line; tests/fixtures/sections/05: the title of
        // the plan a notice issues.
        let wrapped = "决议\n预算案审查如下：\n   6.原住民族综合发展基金 105 年度办理原住民保\n    留地森林保育计画禁伐补偿费及原住民保留地\n    造林贷款利息补贴经费 14 亿元，建请冻结 30%。\n";
        assert!(analyze(wrapped)
            .sections
            .iter()
            .all(|s| !s.marker.is_empty()));
        let issued = "国务院办公厅关于印发政府网站集约化试点工作方案的通知\n各省、自治区、直辖市人民政府：\n现将《政府网站集约化试点工作方案》印发给你们，请认真贯彻执行。\n政府网站集约化试点工作方案\n为贯彻落实党中央、国务院决策部署，制定本方案。\n一、总体要求\n";
        let got = shape(issued);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "总体要求");
    }

    #[test]
    fn run_in_titles_stay_headings() {
        // tests/fixtures/sections/05-cn-gov-website-pilot-plan.txt and
        // 06-cn-zero-waste-city-plan.txt: `（一）重大意义。党的十八大以来…`.
        let text = "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，紧紧围绕统筹推进总体布局。\n（二）基本原则。\n1.问题导向。针对政府网站存在的建设分散、数据不通、使用不便等突出问题，建设基于统一信息资源库的平台。\n2.开放融合。坚持创新驱动，积极运用大数据、云计算、人工智能等技术，探索构建互联融通的平台架构。\n（三）实施工业绿色生产，推动大宗工业固体废物贮存处置总量趋零增长。全面实施绿色开采，减少矿业固体废物产生和贮存处置量，以煤炭、有色金属等行业为重点，加强绿色矿山建设，到2020年试点城市大中型矿山达到绿色矿山建设要求和标准。\n二、试点范围\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.2), "{got:?}");
        let levels: Vec<u32> = got.iter().map(|s| s.1).collect();
        assert_eq!(levels, [1, 2, 2, 3, 3, 2, 1]);
    }

    #[test]
    fn items_are_leaves_and_headings_nest_past_them() {
        // tests/fixtures/sections/10-cn-property-mgmt-contract-template.txt: the list
        // under 第十九条 must not swallow 第二十条; a titled clause with entries under it
        // stays a heading while the clauses that are sentences are items.
        let text = "第四章　双方权利义务\n第十九条　甲方权利义务\n１．代表和维护产权人、使用人的合法权益；\n２．制定业主公约并监督业主和物业使用人遵守公约；\n１２．＿＿＿＿＿＿＿＿。\n第二十条　乙方权利义务\n１．根据有关法律法规及本合同的约定，制订物业管理制度；\n第五章　物业管理服务质量\n第二十一条　乙方须按下列约定，实现目标管理，并接受甲方和全体业主的监督检查。\n";
        let st = analyze(text);
        let got = shape(text);
        assert_eq!(
            got.iter().map(|s| (s.1, s.2)).collect::<Vec<_>>(),
            [
                (1, false),
                (2, false),
                (3, true),
                (3, true),
                (3, true),
                (2, false),
                (3, true),
                (1, false),
                (2, true)
            ]
        );
        // 第二十条's parent is 第四章, not the item before it.
        assert_eq!(st.sections[5].parent, Some(0));
    }

    #[test]
    fn articles_of_a_regulation_are_items_under_their_chapter() {
        // tests/fixtures/sections/13-cn-patent-agency-regulation.txt: articles that are
        // sentences, some with a second paragraph, and the list inside one of them (held
        // by the article that announces it).
        let text = "第一章 总  则\n第一条 为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，维护专利代理活动的正常秩序，制定本条例。\n第二条 本条例所称专利代理，是指专利代理机构接受委托，以委托人的名义在代理权限范围内办理专利事务的行为。\n第三条 任何单位和个人可以自行在国内申请专利和办理其他专利事务，也可以委托依法设立的专利代理机构办理。\n专利代理机构应当按照委托人的委托办理专利事务。\n第二章 专利代理机构\n第八条 合伙企业形式的专利代理机构从事专利代理业务应当具备下列条件：\n（一）有符合法律、行政法规规定的专利代理机构名称；\n（二）有书面合伙协议或者公司章程；\n（三）有独立的经营场所。\n";
        let got = shape(text);
        let got: Vec<(u32, bool)> = got.iter().map(|s| (s.1, s.2)).collect();
        assert_eq!(
            got,
            [
                (1, false),
                (2, true),
                (2, true),
                (2, true),
                (1, false),
                (2, true),
                // The conditions that 第八条 announces are its own.
                (3, true),
                (3, true),
                (3, true)
            ]
        );
    }

    /// A short article that announces its list with a copula (`…的主要职责是：`,
    /// `…包括：`) is a sentence, an item holding its list, as its sentence siblings
    /// are (中国地质调查局业务中心建设与管理暂行办法, 第三章).
    #[test]
    fn a_short_article_announcing_its_list_is_an_item() {
        let text = "中国地质调查局业务中心建设与管理暂行办法\n第三章　职责\n    第八条   业务中心实行地调局和依托单位分级管理。\n    第九条   地调局的主要职责是：\n    1．组织专家对业务中心建设进行论证；\n    2．开展业务中心考核与评估工作；\n    第十条   依托单位的主要职责是：\n    1．提出业务中心建设方案。\n";
        let got: Vec<(u32, bool)> = shape(text).iter().map(|s| (s.1, s.2)).collect();
        assert_eq!(
            got,
            [
                (1, false),
                (2, true),
                (2, true),
                (3, true),
                (3, true),
                (2, true),
                (3, true)
            ]
        );
        // A task on a list named mid-line is no announcement: plan headings stay.
        let text = "工作方案\n一、工作目标\n全年完成整治。\n二、对下列问题进行专项整治：\n（一）违规用地；\n（二）违规建设。\n三、保障措施\n加强领导。\n";
        let got: Vec<(String, bool)> = shape(text).iter().map(|s| (s.0.clone(), s.2)).collect();
        assert!(got.contains(&("工作目标".to_string(), false)), "{got:?}");
        assert!(got.contains(&("保障措施".to_string(), false)), "{got:?}");
        // So do a definition (`是指：`) and a verb naming its list with `下列`
        // (青岛市市政工程设施管理办法: `第三条 本办法所称市政工程设施是指：`,
        // `第十条 禁止下列行为：`).
        let text = "青岛市市政工程设施管理办法\n第一章 总则\n第二条 本办法适用于市南区、市北区。\n第三条 本办法所称市政工程设施是指：\n（一）城市道路：车行道、人行道等；\n（二）城市桥涵：桥梁、涵洞等。\n第十条 禁止下列行为：\n（一）在道路上搭棚设亭；\n（二）在桥涵上排放废水。\n";
        let got: Vec<(u32, bool)> = shape(text).iter().map(|s| (s.1, s.2)).collect();
        assert_eq!(
            got,
            [
                (1, false),
                (2, true),
                (2, true),
                (3, true),
                (3, true),
                (2, true),
                (3, true),
                (3, true)
            ]
        );
        // Nouns before the colon make titles (`工作要求：`, `会议决定：`).
        let text = "关于开展检查的通知\n一、检查范围\n全市各单位。\n二、工作要求：\n1．按时上报。\n2．认真自查。\n三、会议决定：\n1．成立专班。\n";
        let got: Vec<(u32, bool)> = shape(text).iter().map(|s| (s.1, s.2)).collect();
        assert_eq!(
            got,
            [
                (1, false),
                (1, false),
                (2, true),
                (2, true),
                (1, false),
                (2, true)
            ]
        );
    }

    #[test]
    fn news_items_and_a_rubric_with_items_under_it() {
        // tests/fixtures/sections/01-cn-news-digest-xwlb.txt: headline items end in ；,
        // the rubric `14.国内联播快讯：` has its own items and stays a heading.
        let text = "新闻联播文字版\n## 新闻摘要\n\n1.应习近平邀请 斯里兰卡总统将访华；\n\n2.新兴领域党建工作座谈会在京召开 蔡奇出席并讲话；\n\n3.国内联播快讯：\n\n（1）西部陆海新通道班列运输量连续7年增长；\n\n（2）长三角首列常态化高铁快运专列开行；\n\n4.美国加州山火蔓延 10人死亡18万人撤离；\n";
        let got = shape(text);
        let got: Vec<(u32, bool)> = got.iter().map(|s| (s.1, s.2)).collect();
        assert_eq!(
            got,
            [
                (1, false),
                (2, true),
                (2, true),
                (2, false),
                (3, true),
                (3, true),
                (2, true)
            ]
        );
    }

    #[test]
    fn work_report_headings_with_long_titles_stay_headings() {
        // ../shared/corpus/reports/cn-city-gwr/city-033.txt: long titles with no final
        // punctuation, each followed by its paragraphs.
        let text = "（三）坚持有效投资、项目为王，高质量谋划推进重大项目，切实把牢重要节点城市建设总抓手\n\n全领域策划储备项目。聚焦流域综合治理、主导产业发展、生产性生活性基础设施建设和民生补短板等领域，谋划储备一批重大项目。\n\n（四）坚持深化改革、扩大开放，积极服务和主动融入新发展格局，持续释放重要节点城市发展活力\n\n持续深化重点领域改革。坚持两个毫不动摇，落实政府和社会资本合作新机制，支持民营企业参与重大项目建设。\n";
        let got = shape(text);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|s| !s.2), "{got:?}");
    }

    #[test]
    fn decimal_outline_numbers_nest_by_depth_and_sentences_stay_items() {
        // tests/fixtures/sections/08-cn-grain-emergency-plan.txt (shortened): `1` over
        // `1.1` over `2.1.1`; numbered sentences are items, a lead-in sentence too.
        let text = "国家粮食应急预案\n1 总则\n1.1 编制目的及依据\n为了有效监测和控制各类突发公共事件引起的粮食市场异常波动，制定本预案。\n1.2 等级划分\n1.2.1 国家级（Ⅰ级）：两个以上省、自治区、直辖市出现粮食应急状态的情况。\n1.2.2 省级（Ⅱ级）：在一个省较大范围出现粮食应急状态的情况。\n2 组织机构和职责\n2.1 国家粮食应急工作指挥部\n2.1.1 国家粮食应急工作指挥部职责\n（1）掌握粮食市场形势，向国务院提出启动或终止实施应急措施的建议。\n（2）完成国务院交办的其他事项。\n2.1.2 有下列行为之一的，依照国家有关法律法规处理。\n（1）不按照本预案规定采取应急措施的；\n（2）对粮食应急工作造成危害的其他行为。\n";
        let got = shape(text);
        let heads: Vec<(&str, u32)> = got
            .iter()
            .filter(|s| !s.2)
            .map(|s| (s.0.as_str(), s.1))
            .collect();
        assert_eq!(
            heads,
            [
                ("总则", 1),
                ("编制目的及依据", 2),
                ("等级划分", 2),
                ("组织机构和职责", 1),
                ("国家粮食应急工作指挥部", 2),
                ("国家粮食应急工作指挥部职责", 3),
            ]
        );
        assert_eq!(got.iter().filter(|s| s.2).count(), 7, "{got:?}");
    }

    #[test]
    fn decimal_numbers_that_are_quantities_or_alone_are_no_headings() {
        for line in [
            "1.5 个百分点",
            "2 万元",
            "1.1 月 17 日（星期二）宣读并处理各党团提案",
            "3 起停炉检修事件，损失计4,485万元",
            "1.5倍",
        ] {
            assert!(
                parse_marker(line).is_none_or(|m| m.family == Family::Arabic),
                "{line}"
            );
        }
        // A number alone in its outline is no heading: `2.1 xxx` with nothing around it.
        assert!(shape("增长情况\n2.1 全市生产总值\n全年实现生产总值一千亿元。\n").is_empty());
    }

    #[test]
    fn decimal_numbers_written_solid_with_their_titles_are_outline_numbers() {
        // A company's environmental emergency plan: `1.1编制目的` under `1、总则`.
        let text = "环境应急预案\n1、总则\n1.1编制目的\n为了及时有效地控制事件，制定本预案。\n1.2编制依据\n依据有关法律制定。\n1.3适用范围\n本预案适用于本公司。\n";
        assert_eq!(
            headings(&shape(text)),
            [
                ("总则", 1),
                ("编制目的", 2),
                ("编制依据", 2),
                ("适用范围", 2)
            ]
        );
        // Before a numeral or a unit the number is a quantity.
        for line in [
            "1.5万元",
            "2.3亿立方米",
            "1.2倍",
            "3.5个百分点",
            "1.3成，其中",
            "8.5折",
        ] {
            assert!(
                parse_marker(line).is_none_or(|m| m.family == Family::Arabic),
                "{line}"
            );
        }
    }

    #[test]
    fn attachments_with_captions_and_their_appendices() {
        // A tender notice: the list of attachments is no heading; the attachment
        // itself, captioned after a colon, is; its appendices nest in it.
        let text = "招标公告\n8. 附件\n附件1：资格审查条件要求（详见第二章）\n附件2：评标办法\n9. 联系方式\n招标人：某公司\n附件1：资格审查条件要求\n附录1  资格审查条件（资质最低要求）\n具备独立法人资格。\n附录2 资格审查条件（财务最低要求）\n净资产不少于3000万元。\nn ——任一单年度履行的养护项目合同数\n附录3  资格审查条件（业绩最低要求）\n完成过1个项目。\n";
        assert_eq!(
            headings(&shape(text)),
            [
                ("附件", 1),
                ("联系方式", 1),
                ("附件1：资格审查条件要求", 1),
                ("附录1  资格审查条件（资质最低要求）", 2),
                ("附录2 资格审查条件（财务最低要求）", 2),
                ("附录3  资格审查条件（业绩最低要求）", 2),
            ]
        );
    }

    #[test]
    fn a_named_attachments_first_line_is_no_heading() {
        // A tender's appendices hold tables laid out one cell a line: the header cell
        // under an appendix's caption (spaced out or not) is a cell; a title after
        // body text is still a heading.
        let text = "招标公告\n请按要求投标。\n附件1：资格审查条件要求\n附录1  资格审查条件（资质最低要求）\n施工企业资质等级要求\n具备独立法人资格、持有有效的营业执照。\n附录2  资格审查条件（财务最低要求）\n\n财 务 要 求\n① 2018年净资产不少于3000万元；\n② 2018年资产负债率不高于75%。\n附录5  资格审查条件（人员最低要求）\n人员配备说明\n具有壹级注册建造师执业资格。\n评审要求\n评审时以原件为准，不得补交。\n";
        assert_eq!(
            headings(&shape(text)),
            [
                ("附件1：资格审查条件要求", 1),
                ("附录1  资格审查条件（资质最低要求）", 2),
                ("附录2  资格审查条件（财务最低要求）", 2),
                ("附录5  资格审查条件（人员最低要求）", 2),
                ("评审要求", 3),
            ]
        );
    }

    /// A national standard laid out by GB/T 1.1 (GB/T 39787—2021): its name again
    /// after the foreword is no heading; bare chapter numbers without children stand
    /// beside those with (`1 范围`, `2 规范性引用文件`); a title may join terms with
    /// `、`; a term's number alone on its line takes the term below as its title; the
    /// lists are lettered `a）` and numbered `1）`.
    #[test]
    fn a_standards_outline_terms_and_lists() {
        let text = "北斗卫星导航系统坐标系\n前言\n本文件按照 GB/T 1.1—2020 的规定起草。\n北斗卫星导航系统坐标系\n1 范围\n本文件规定了坐标系的定义。\n2 规范性引用文件\n下列文件适用于本文件。\n3 术语、定义和缩略语\n3.1 术语和定义\n下列术语和定义适用于本文件。\n3.1.1\n参考椭球 reference ellipsoid\n大小和形状由长半轴和扁率定义的旋转椭球体。\n3.1.2\n北斗坐标系 BeiDou coordinate system; BDCS\n北斗卫星导航系统采用的大地坐标系。\n4 坐标系定义\n定义符合以下规定：\na） 原点：位于地球的质量中心；\nb）尺度：长度单位为米；\n1）参考站建在稳固的基岩上；\n2）参考站全球均匀分布。\n";
        let got = shape(text);
        assert_eq!(
            headings(&got),
            [
                ("范围", 1),
                ("规范性引用文件", 1),
                ("术语、定义和缩略语", 1),
                ("术语和定义", 2),
                ("参考椭球 reference ellipsoid", 3),
                ("北斗坐标系 BeiDou coordinate system; BDCS", 3),
                ("坐标系定义", 1),
            ]
        );
        let items: Vec<_> = got.iter().filter(|s| s.2).map(|s| s.0.as_str()).collect();
        assert_eq!(
            items,
            [
                "原点：位于地球的质量中心；",
                "尺度：长度单位为米；",
                "参考站建在稳固的基岩上；",
                "参考站全球均匀分布。"
            ]
        );
        // A table's numbered rows after a chapter's section are no chapters when
        // the outline goes back after them (`3 砂石` before `2.2 检验`).
        let text = "混凝土施工规范\n1 范围\n本标准适用于混凝土施工。\n2 材料\n2.1 一般规定\n材料应符合下表要求。\n表1 材料清单\n1 钢筋\n2 水泥\n3 砂石\n2.2 检验\n材料进场应检验。\n";
        assert!(shape(text).iter().all(|s| s.0 != "砂石"));
        // A contents list is no title block: the headings it lists are headings.
        let text = "某公司2023年年度报告\n目录\n董事长致辞\n公司简介\n本公司是一家上市公司，主要从事制造业。\n董事长致辞\n各位股东：今年业绩良好。\n公司简介\n本公司成立于2000年。\n";
        assert_eq!(headings(&shape(text)), [("董事长致辞", 1), ("公司简介", 1)]);
        // A closing bracket alone after a line whose bracket is open closes it.
        let text = "工作报告\n一、主要工作\n今年完成了以下几项工作（见附表\n1）和附表2）。全年实现收入增长。\n二、存在问题\n问题较多。\n";
        assert_eq!(headings(&shape(text)), [("主要工作", 1), ("存在问题", 1)]);
        // Without a chapter that has children, bare numbers are no outline.
        assert!(headings(&shape(
            "报告\n今年完成如下工作。\n1 范围\n正文。\n2 引用\n正文。\n"
        ))
        .is_empty());
    }

    /// Taiwan's rules space out the numerals of their articles to align them
    /// (國立中央大學學生服務學習施行辦法: `第 一 條` over `第十一條`, read here in the
    /// Simplified copy the rules read); Arabic digits set
    /// apart (`第 61 條`) are a reference a hard wrap put at a line's start. A bracket
    /// a hard wrap cut (`（` + wrap + `143）】`) opens no entry.
    #[test]
    fn spaced_article_numbers_and_half_brackets() {
        let m = |t: &str| parse_marker(t).map(|m| (m.family, m.ordinal));
        assert_eq!(
            m("第 一 条\t依据教育部方案订定本办法。"),
            Some((Family::Clause, 1))
        );
        assert_eq!(
            m("第十一条\t本办法自公布日施行。"),
            Some((Family::Clause, 11))
        );
        assert_eq!(m("第 61 条所定审查期限，请查照案。"), None);
        assert_eq!(m("143）】"), None);
        assert_eq!(m("1)2"), None);
        assert_eq!(
            m("2）代码仓长时间未更新"),
            Some((Family::ArabicHalfParen, 2))
        );
        assert_eq!(m("c) 扁率"), Some((Family::LetterParen, 3)));
        assert_eq!(m("a)、补充英文文档"), None);
    }

    /// Minutes put a label over each list (`会议结论：`, `遗留问题：`): the second comes
    /// right after the first list's last entry (OpenHarmony PMC minutes of
    /// 2023-06-15), and is a heading like the first; the rest of an entry a hard
    /// wrap cut, announcing a list (`问题如下：`), is none.
    #[test]
    fn a_label_after_the_last_entry_of_a_list() {
        let text = "会议纪要\n会议结论：\n1、对仓库进行审视，经过讨论发现的主要\n问题如下：\n（1）每日构建未执行；\n（2）代码仓长时间未更新。\n";
        assert!(shape(text).iter().all(|s| s.0 != "问题如下："));
        let text = "议题2、第三方开源软件合规\n会议结论：\n1、对仓库进行审视，发现问题如下：\n1）每日构建未执行\n2）代码仓长时间未更新\n遗留问题：\n1、补充每日构建任务\n2、定期审视代码仓\n";
        let got = shape(text);
        assert!(got.iter().any(|s| s.0 == "遗留问题：" && !s.2), "{got:?}");
    }

    #[test]
    fn attachments_of_other_words_and_lists_of_attachments() {
        // A table and an attachment are siblings; a notice's last line naming its
        // one attachment, with only the signature after it, is no heading.
        let text = "通知\n请认真组织实施。\n附表1：统计表\n表格内容如下，请填写。\n附件2：说明\n说明内容如下，请阅读。\n";
        assert_eq!(
            headings(&shape(text)),
            [("附表1：统计表", 1), ("附件2：说明", 1)]
        );
        let text =
            "通知\n请各单位按时报送，详见附件。\n\n附件1：检查表\n\n某某市教育局\n2025年6月1日\n";
        assert!(shape(text).is_empty(), "{:?}", shape(text));
    }

    #[test]
    fn a_list_run_in_after_a_field_label_goes_on_in_items() {
        // Taiwan minutes: `說　明：一、…` then `二、…` on its own line are the field's
        // value; the parts after them stay at the top.
        let text = "會議紀錄\n壹、報告事項\n一、主席報告。\n貳、討論事項\n說　明：一、本會理事會為發展學權，提出方案。\n二、雖前述之方案有所爭議，仍提出決議。\n決　議：無異議通過。\n參、臨時動議\n肆、散會\n";
        let got = shape(text);
        assert_eq!(
            headings(&got),
            [
                ("報告事項", 1),
                ("討論事項", 1),
                ("臨時動議", 1),
                ("散會", 1)
            ]
        );
        assert!(
            got.iter().any(|s| s.0.starts_with("雖前述") && s.2),
            "{got:?}"
        );
        // A statistical bulletin's notes: `注：1、…` then `2、…`.
        let text = "统计公报\n一、综合\n全年生产总值增长5%。\n注：1、本公报为初步统计数据；\n2、增长速度按可比价格计算。\n二、农业\n粮食增产。\n";
        let got = shape(text);
        assert_eq!(headings(&got), [("综合", 1), ("农业", 1)]);
        assert!(
            got.iter().any(|s| s.0.starts_with("增长速度") && s.2),
            "{got:?}"
        );
        // A bare title after it heads its own part, as its siblings do.
        let text = "實施計畫\n壹、計畫目標\n目　標：一、提升品質。\n二、推動發展\n（一）加強輔導\n輔導內容。\n三、經費來源\n由本府支應。\n";
        let got = shape(text);
        assert!(got.iter().any(|s| s.0 == "推動發展" && !s.2), "{got:?}");
        assert!(got.iter().any(|s| s.0 == "經費來源" && !s.2), "{got:?}");
    }

    #[test]
    fn a_table_of_contents_gives_no_sections() {
        // tests/fixtures/sections/08-cn-grain-emergency-plan.txt: the contents repeat the
        // headings (with ASCII brackets); ../shared/corpus/reports/cn-national-gwr/
        // gwr-national-1955.txt: a `目录` line over the parts.
        let text = "目  录\n1 总则\n1.1 编制目的\n4.2 国家级(Ⅰ级)应急响应\n1 总则\n1.1 编制目的\n为了有效监测，制定本预案。\n4 应急响应\n4.2 国家级（Ⅰ级）应急响应\n出现国家级粮食应急状态时，立即报告。\n";
        let got = shape(text);
        let titles: Vec<&str> = got.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(
            titles,
            ["总则", "编制目的", "应急响应", "国家级（Ⅰ级）应急响应"]
        );
        // The same block twice (a list of committees repeated) is no contents.
        let text = "交通委员会\n甲、交通部主管\n一、中华邮政股份有限公司\n1.邮政收入预算减列二十万元。\n交通委员会\n甲、交通部主管\n一、中华邮政股份有限公司\n1.公共关系费减列十万元。\n";
        assert!(shape(text).iter().any(|s| s.0 == "交通部主管" && !s.2));
    }

    #[test]
    fn parallel_run_in_titles_are_headings() {
        // tests/fixtures/sections/28-cn-baoding-city-gwr-2019.txt: run-in titles a little
        // longer than a title, opening alike (持续推进…), each over its paragraph.
        let text = "政府工作报告\n各位代表：\n现在，我代表保定市人民政府，向大会报告工作，请予审议。\n一、2018年工作回顾\n过去的一年，是全面贯彻党的十九大精神开局之年。\n（一）持续推进京津冀协同发展，借势借力雄安新区，重点项目建设进一步加快。谋划实施省市重点项目401项。\n（二）持续推进转型升级，调整优化产业结构，经济发展质量进一步变好。深入推进供给侧结构性改革。\n（三）持续推进社会事业发展，着力保障改善民生，人民群众幸福指数进一步提高。新建改扩建学校77所。\n";
        let got = shape(text);
        assert_eq!(got.len(), 4);
        assert!(got.iter().all(|s| !s.2), "{got:?}");
        assert_eq!(
            got[1].0,
            "持续推进京津冀协同发展，借势借力雄安新区，重点项目建设进一步加快。"
        );
    }

    #[test]
    fn table_captions_over_a_unit_line_are_no_headings() {
        // 湛江市2025年预算执行情况和2026年预算草案的报告 (zhanjiang.gov.cn, post_2159807):
        // a table's caption and unit line between numbered parts; and a Taiwan
        // budget table's `單位：千元` (read on the Simplified copy).
        let text = "一、2025年预算执行情况\n（一）一般公共预算执行情况\n2025年全市一般公共预算收入215.1亿元，增长6.9%。\n2025年全市一般公共预算收入执行情况\n单位：亿元\n（二）政府性基金预算执行情况\n全市政府性基金预算收入108.95亿元。\n";
        let st = analyze_outlined(text, &[]);
        let got = titles(text, &st);
        assert!(got.iter().all(|t| !t.2.contains("收入执行情况")), "{got:?}");
        // （二） stays the sibling of （一）, not a child of the caption.
        let level = |w: &str| {
            got.iter()
                .find(|t| t.2.starts_with(w))
                .map(|t| (t.1, t.3.clone()))
        };
        assert!(level("一般公共").is_some());
        assert_eq!(level("政府性基金"), level("一般公共"));
        let text = "一、收入\n各項收入均較上年增加。\n歲入預算表\n单位：千元\n二、支出\n各項支出均較上年減少。\n";
        let got = titles(text, &analyze_outlined(text, &[]));
        assert_eq!(got.len(), 2, "{got:?}");
    }

    /// A speaker's turn ends a list, and so does numbering that starts again at 1: each
    /// list is judged by its own entries. A Legislative Yuan committee record (Simplified,
    /// shortened): the chair's points are sentences (items), the Ministry's report that
    /// follows another speaker's turn has short titles ending in a colon, with a list or
    /// paragraphs under them (headings) (a committee record of 2012, 立法院第8届第1会期
    /// 内政委员会第38次会议, the Ministry of the Interior's report).
    #[test]
    fn a_list_restarts_at_one_and_at_a_speakers_turn() {
        let text = "主席：因为本席也是提案人，在此简单说明本席提案修法的几个重点。\n一、针对总统副总统选举罢免法与选罢法不一致的部分，我们考虑到未来立委选举与总统选举合并举行，应该修正为一致。\n二、有关竞选时间，明定为上午7时至下午10时，总共有15个小时，以保障人民的参政权。\n三、有关总统、副总统就职日部分，本席等与段委员宜康的建议类似。\n接下来请内政部简次长说明。\n简次长太郎：主席、各位委员。今天贵委员会审查总统副总统选举罢免法部分条文修正草案。\n至于其他各版本所提修正内容，谨将本部参考意见说明如次：\n一、陈其迈委员等人拟具修正本法部分条文：\n(一)有关两项选罢法规范歧异条文修正为一致，以利适用之修法方向，本部敬表赞同。\n(二)有关是否明定检察总长应赴立法院报告，查法院组织法已有规定，宜无须重复规定。\n二、邱议莹委员等人拟具修正本法第12条条文：\n为防杜选举人以不实之户口迁徙取得选举权，本部敬表赞同。\n三、台湾团结联盟党团拟具修正本法第20条条文：\n查本法第20条第2项规定，回复中华民国国籍者，不得登记为总统、副总统候选人。\n以上报告，敬请各委员指教，谢谢！\n";
        let got = shape(text);
        assert_eq!(
            headings(&got),
            [
                ("陈其迈委员等人拟具修正本法部分条文：", 1),
                ("邱议莹委员等人拟具修正本法第12条条文：", 1),
                ("台湾团结联盟党团拟具修正本法第20条条文：", 1)
            ],
            "{got:?}"
        );
        // The chair's three points and the Ministry's (一)(二) are items.
        assert_eq!(got.iter().filter(|s| s.2).count(), 5, "{got:?}");
        // The action items of a SIG's minutes, a list under each label restarting at 1,
        // are items like those of the other topics
        // (../shared/corpus/reports/oh-meeting-minutes/sig_qa_____QA_SIG__2022-58c3d5.txt,
        // ll.263–277).
        let text = "**议题3、sig仓utils_memory申请孵化毕业**\n汇报人：宋远征\n会议结论：\n1、闭环遗留问题，准出\n遗留问题：\n1、OAT整改：删除不需要的部分\n2、提供测试验证报告结果，邮件发送相关责任人\n\n**议题4、sig仓msdp_start、msdp_device_status申请孵化毕业**\n汇报人：刘东淼\n会议结论：\n1、闭环遗留问题，准出\n遗留问题：\n1、Readme删除掉 相关仓 一章，当前只有一个仓\n2、测试用例会后和高涵一确认下\n";
        let got = shape(text);
        let left: Vec<_> = got
            .iter()
            .filter(|s| s.0.starts_with(['O', '提', 'R', '测']))
            .collect();
        assert_eq!(left.len(), 4, "{got:?}");
        assert!(left.iter().all(|s| s.2), "{got:?}");
        // A motion that is a sentence announcing its points stays an item with them
        // (soidid/reactSwipe@b02acb558e00ef66841bbde771947f8350c123da:script/data/meeting.txt,
        // ll.94–107, a committee's minutes of 2012); the points of the next motion are
        // short titles with a paragraph each.
        let text = "三、临时提案\n(七)针对两岸两会即将签署之投资保障协议内容，要求海基会应于文本中明列：\n一、台商人身自由权保障相关内容。\n二、投资保障协议应依据国际惯例导入国际仲裁单位与仲裁规则。\n三、不得将“中资来台可享有国民待遇”等原则文字写入投资保障协议文本。\n决议：不通过。\n(八)鉴于第八次江陈会中将签署的投资保障协议人身自由条款，不应仅处理24小时通报家属问题，我方应将以下事项纳入谈判协议条文。\n一、保障家属探视权：\n目前中国的监狱及拘留所是允许探视，但是侦查及羁押阶段则不允许。\n二、保障代表探视权：\n两岸政府，应允许两岸经贸团体代表探视在对岸受拘留的本方人民。\n决议：照案通过。\n";
        let got = shape(text);
        let item = |t: &str| got.iter().find(|s| s.0.starts_with(t)).map(|s| s.2);
        assert_eq!(item("针对两岸两会"), Some(true), "{got:?}");
        assert_eq!(item("台商人身自由权"), Some(true), "{got:?}");
        assert_eq!(item("保障家属探视权"), Some(false), "{got:?}");
        assert_eq!(item("保障代表探视权"), Some(false), "{got:?}");
    }

    /// A speaker's turn: a title, or a title and a name, then a colon.
    #[test]
    fn speaker_turns() {
        // A Legislative Yuan committee record (the chair, a deputy minister, a vice
        // chairman); a Legislative Council record (siuying/legco-hansard-parser@0560b7f1:
        // data/txt/12-13-cm0424-translate-c.txt, a secretary answering); a budget speech
        // (Legislative Council, 27 February 2013).
        for t in [
            "主席：现在继续开会。",
            "简次长太郎：主席、各位委员。",
            "刘副主任委员义周：主席、各位委员。",
            "教育局局长：主席，就议员的质询，谨答复如下：",
            "财政司司长：主席，我谨动议二读《2013年拨款条例草案》。",
        ] {
            assert!(is_speaker_turn(t), "{t}");
        }
        // Fields of minutes and labels are no turns (soidid/reactSwipe@b02acb55:
        // script/data/meeting.txt; ../shared/corpus/reports/oh-meeting-minutes).
        for t in [
            "出席委员：李俊俋　陈其迈",
            "决定：确定。",
            "会议结论：",
            "主席、各位委员：",
            "一、陈其迈委员等人拟具修正本法部分条文：",
        ] {
            assert!(!is_speaker_turn(t), "{t}");
        }
    }

    /// A note in brackets after a task's sentence (who leads it, how far it got) is no
    /// paragraph: the task is one sentence, an item like the others of its list.
    #[test]
    fn a_bracketed_note_after_a_sentence_is_no_paragraph() {
        // A district's annual plan (Shanghai Songjiang, urban renewal 2025, tasks 18–20):
        // every task of the list is an item, the short ones too.
        let text = "一、行动任务\n（四）历史风貌魅力重塑行动\n16.启动长桥南街王槐亭宅、中山西路沈氏宅、泗泾镇张逸盛宅等修缮工程。（牵头单位：岳阳街道、永丰街道、泗泾镇，支撑单位：区文化旅游局）\n17.实施袜子弄文化滨水绿道更新、中山西路架空弱电管线改造等工程。（牵头单位：中山街道、永丰街道、泗泾镇）\n（五）产业园区提质增效行动\n18.推进“两评估、一清单、一盘活”专项行动，完成3.44平方公里低效产业用地处置任务。（牵头单位：区规划资源局、区经委、区国资委）\n19.推进佘山高新科技园、车墩工业园南部产业园区转型升级。（牵头单位：区经委、佘山镇、车墩镇）\n20.推进大洋集团老旧厂房改造。（牵头单位：九亭镇）\n（六）商业商务活力再造行动\n21.通过推动早餐工程和菜篮子工程建设进一步完善“一刻钟便民生活圈”建设。（牵头单位：区经委）\n22.推进荣乐中路8号（原卜蜂莲花）大橘邻里传统商圈改造升级。（牵头单位：区经委、岳阳街道）\n二、工作保障\n";
        let got = shape(text);
        assert_eq!(got.iter().filter(|s| s.2).count(), 7, "{got:?}");
        assert_eq!(headings(&got).len(), 5, "{got:?}");
        // Action items of SIG minutes with their state in brackets
        // (../shared/corpus/reports/oh-meeting-minutes/sig_architecture__2025_08_19_meeting.txt,
        // ll.43–45).
        assert_eq!(
            shape_of("刷新材料中仓库committer邮箱信息。（已闭环）", false),
            Shape::Title { short: false }
        );
        assert!(is_bracket_note("（已闭环）"));
        assert!(is_bracket_note("（牵头单位：区经委、岳阳街道）"));
        assert!(is_bracket_note("（牵头单位：市交通委（市道运局））"));
        // A paragraph that opens with a bracket is still a paragraph.
        assert!(!is_bracket_note("（原卜蜂莲花）大橘邻里传统商圈改造升级。"));
        assert!(!is_bracket_note("（一）至（五）"));
        // A run-in title with its paragraph stays one, whatever note ends the paragraph
        // (a city's talent plan: `2.战略性主导产业紧缺人才开发项目。5年内…。（牵头单位：…）`).
        assert!(matches!(
            shape_of(
                "战略性主导产业紧缺人才开发项目。5年内市、区两级重点引进和培养1万名企业紧缺人才。（牵头单位：市发展改革委）",
                false
            ),
            Shape::RunIn { .. }
        ));
    }

    /// A bullet before a Chinese document's own numbering only sets the line off; a
    /// Markdown list of `- 1.` entries stays the author's list.
    #[test]
    fn a_bullet_before_a_chinese_marker_sets_the_line_off() {
        // 臺北市內湖區細部計畫 (2014), the city planning commission's review steps as a
        // converter wrote them (`- （六）…`), and the same shape with `一、`.
        let text = "#### （五）94 年 8 月 9 日第二次專案小組審查會議結論：\n1. 請規劃單位補充說明。\n- （六）94 年 10 月 31 日第三次專案小組審查會議結論：\n1. 本案原則同意。\n2. 請市府補充資料。\n";
        let got = shape(text);
        assert!(
            got.iter()
                .any(|s| s.0.starts_with("94 年 10 月 31 日第三次")),
            "{got:?}"
        );
        let text = "工作报告\n\n- 一、主要工作\n\n全年完成各项任务。\n\n- 二、存在问题\n\n部分工作进度滞后。\n";
        assert_eq!(headings(&shape(text)), [("主要工作", 1), ("存在问题", 1)]);
        // OpenHarmony SIG charter (../shared/corpus/templates/oh-community/
        // sig__sig_bdoh__sig_bdoh_cn.txt): Markdown's own numbered list.
        let text = "#### 阶段一：基础阶段 2025Q1\n- 1.SA：完成短报文SA服务开发\n- 2.HDF：完成短报文HDF开发\n";
        assert!(
            shape(text).iter().all(|s| !s.0.contains("短报文")),
            "{:?}",
            shape(text)
        );
    }

    /// Titles set off by one bullet are parallel however long, and the bullet is
    /// no part of them (静安区 2026 guide to the outbound-services fund: `◆基础材料
    /// （必要）` and `◆专项材料（根据具体事项提供）` under `三、申报材料`).
    #[test]
    fn titles_set_off_by_one_bullet_are_parallel() {
        let text = "申报指南\n\n一、申报对象\n\n在本区注册的企业。\n\n三、申报材料\n\n◆基础材料（必要）\n\n1．专项资金申请表；\n\n2．企业营业执照复印件。\n\n◆专项材料（根据具体事项提供）\n\n（一）出海企业总部（事项1）\n\n1．出海总部相关证明材料；\n\n2．相关业务合同。\n\n四、材料提交\n\n请将申报材料发送至邮箱。\n";
        assert_eq!(
            headings(&shape(text)),
            [
                ("申报对象", 1),
                ("申报材料", 1),
                ("基础材料（必要）", 2),
                ("专项材料（根据具体事项提供）", 2),
                ("出海企业总部（事项1）", 3),
                ("材料提交", 1)
            ]
        );
        // A bulleted title cut by a hard wrap is read whole.
        let text = "报告\n\n今年以来，各项工作有序推进，取得明显成效。\n\n◆关于资金管理\n和使用情况\n全年安排项目资金五千万元，全部按照规定用途使用，资金使用效益明显提高。\n";
        assert_eq!(headings(&shape(text)), [("关于资金管理\n和使用情况", 1)]);
    }

    /// A line that goes on from a sentence cut after an enumeration comma opens no entry,
    /// whatever its start looks like.
    #[test]
    fn a_line_after_an_enumeration_comma_opens_no_entry() {
        // A budget speech taken from PDF (Legislative Council, 27 February 2013): `海、` +
        // wrap + `陆、空交通运输基建工程项目。`.
        let text = "运输基建\n \n 为了提升本港的对外运输网络，我们会继续加紧规划和推行海、\n陆、空交通运输基建工程项目。\n \n 有关在青衣西南部兴建10号货柜码头的建议，我们现正进行研究。\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("交通运输")), "{got:?}");
        // Legislative Yuan minutes: a bill's articles listed across a wrap
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090103.txt, ll.191–192;
        // LCEWC03_090119.txt, ll.1405–1406).
        let text = "讨论事项\n三十、本院委员黄国书等 18 人拟具「文化资产保存法第二十一条、\n  第九十四条及第九十七条条文修正草案」，请审议案。\n  决定：交司法及法制委员会审查。\n三十一、本院委员蔡培慧等提案第十二条、\n第二十九条、第三十条、第三十七条条文修正草案，请审议案。\n";
        let got = shape(text);
        assert!(got.iter().all(|s| !s.0.contains("条条文")), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        // A bare marker on its own line is no sentence: the entries after it still open.
        let text = "一、\n（一）加强组织领导，落实工作责任。\n（二）强化督促检查。\n";
        assert_eq!(shape(text).len(), 2, "{:?}", shape(text));
    }
}
