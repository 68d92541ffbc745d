//! Hard line wraps inside an expression. Text copied out of a PDF, a gazette or
//! old typed minutes is broken into lines of a fixed width, wherever the width
//! runs out: `86 年 5 月 1` + line break + `日以前建造`, `已於 2016` + line
//! break + `年 6 月 13 日`, `動支 106 年` + line break + `度第一預備金`. A reader
//! joins such a line to the next; a heading, a table cell or the last line of a
//! paragraph is never joined.
//!
//! A line break is a wrap when the line it ends is as wide as the lines around
//! it (the document's width, within [`WRAP_SLACK`]: a wrap may fall a few
//! columns short when a number would not fit), no narrower than
//! [`WRAP_MIN_COLUMNS`] and no wider than [`WRAP_MAX_COLUMNS`] (a whole paragraph
//! on one line is not wrapped), it ends no sentence, and neither it nor the next
//! line is a short heading. Widths are display columns (a Han character is two),
//! leading indentation included: that is what a fixed-width wrap counts.

use super::Ctx;

/// The narrowest line that can be a wrapped one: twelve Han characters.
pub(crate) const WRAP_MIN_COLUMNS: usize = 24;
/// The widest: fixed-width copies wrap at 60–100 columns; a longer line is a
/// paragraph of its own.
pub(crate) const WRAP_MAX_COLUMNS: usize = 160;
/// A wrapped line is at least this share (in percent) of the widest line near
/// it.
pub(crate) const WRAP_SLACK: usize = 80;
/// How many lines on each side tell the document's width.
const WRAP_NEIGHBOURS: usize = 3;

/// Marks that end a sentence or a clause a line may end with.
const LINE_ENDS: &[char] = &['。', '！', '？', '；', '：', '!', '?', ';', ':'];

/// Past this many columns a line's width changes no test below (the widest
/// wrapped line is [`WRAP_MAX_COLUMNS`], its neighbours at most 100/[`WRAP_SLACK`]
/// as wide), so a long paragraph is measured only this far.
const COLUMNS_ENOUGH: usize = WRAP_MAX_COLUMNS * 100 / WRAP_SLACK + 1;

/// The display width of `line` in columns, counted up to [`COLUMNS_ENOUGH`].
fn columns(line: &str) -> usize {
    let mut n = 0;
    for c in line.chars() {
        n += char_columns(c);
        if n >= COLUMNS_ENOUGH {
            break;
        }
    }
    n
}

/// A character's display width; the two commonest kinds (printable ASCII, one
/// column; the CJK Unified Ideographs, all East Asian Wide, two) without a table
/// lookup.
#[inline]
fn char_columns(c: char) -> usize {
    use unicode_width::UnicodeWidthChar;
    match c {
        ' '..='~' => 1,
        '\u{4E00}'..='\u{9FFF}' => 2,
        _ => c.width().unwrap_or(0),
    }
}

/// The line of `s` around `pos` (a byte range, without its line break).
fn line_at(s: &str, pos: usize) -> std::ops::Range<usize> {
    let start = s[..pos].rfind('\n').map_or(0, |k| k + 1);
    let end = s[pos..].find('\n').map_or(s.len(), |k| pos + k);
    let end = if s[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start..end
}

/// Where the text goes on after a hard wrap at `pos` (a line break, `\n` or
/// `\r\n`, past the next line's indentation), or `None` where `pos` is no line
/// break or the break ends a line a reader would not join to the next.
pub(crate) fn past_wrap(cx: &Ctx, pos: usize) -> Option<usize> {
    let s = cx.s;
    let b = s.as_bytes();
    let after = match b.get(pos) {
        Some(b'\n') => pos + 1,
        Some(b'\r') if b.get(pos + 1) == Some(&b'\n') => pos + 2,
        _ => return None,
    };
    // Only inside the stretch being read (its numbers are all known).
    if after >= cx.range.end {
        return None;
    }
    if let Some(&known) = cx.memo.wraps.borrow().get(&pos) {
        return known;
    }
    let found = wrap_at(cx, pos, after);
    cx.memo.wraps.borrow_mut().insert(pos, found);
    found
}

/// [`past_wrap`] at the line break at `pos` (the next line starts at `after`),
/// worked out.
fn wrap_at(cx: &Ctx, pos: usize, after: usize) -> Option<usize> {
    let s = cx.s;
    let line = line_at(s, pos);
    let text = s[line.clone()].trim_end();
    if text.ends_with(LINE_ENDS) {
        return None;
    }
    let width = columns(text);
    if !(WRAP_MIN_COLUMNS..=WRAP_MAX_COLUMNS).contains(&width) {
        return None;
    }
    let next = line_at(s, after);
    let next_text = &s[next.clone()];
    let indent = next_text.len() - next_text.trim_start_matches([' ', '\u{3000}']).len();
    if next_text.trim().is_empty() {
        return None;
    }
    // The widest line near it: the lines before and after, blank ones aside.
    let mut widest = columns(next_text.trim_end());
    let mut start = line.start;
    for _ in 0..WRAP_NEIGHBOURS {
        if start == 0 {
            break;
        }
        let prev = line_at(s, start - 1);
        widest = widest.max(columns(s[prev.clone()].trim_end()));
        start = prev.start;
    }
    let mut end = next.end;
    for _ in 1..WRAP_NEIGHBOURS {
        let Some(k) = s[end..].find('\n') else { break };
        let following = line_at(s, end + k + 1);
        widest = widest.max(columns(s[following.clone()].trim_end()));
        end = following.end;
        if end >= s.len() {
            break;
        }
    }
    if width * 100 < widest * WRAP_SLACK {
        return None;
    }
    if super::dates::heads_section(cx, line) || super::dates::heads_section(cx, next.clone()) {
        return None;
    }
    Some(next.start + indent)
}

/// Where `word` starts when it ends at `tail`, written whole or cut by one hard
/// wrap between two of its characters (`今` + wrap + `年下半年`, `上` + wrap +
/// `月底`): a wrap falls wherever the width runs out, inside words too.
pub(crate) fn word_ending_at(cx: &Ctx, tail: usize, word: &str) -> Option<usize> {
    let head = cx.s.get(..tail)?;
    if head.ends_with(word) {
        return Some(tail - word.len());
    }
    let mut pos = tail;
    let mut wrapped = false;
    let mut chars = word.chars().rev().peekable();
    while let Some(&c) = chars.peek() {
        if cx.s[..pos].ends_with(c) {
            pos -= c.len_utf8();
            chars.next();
            continue;
        }
        // One wrap, between two characters of the word.
        if wrapped || pos == tail {
            return None;
        }
        let indented = cx.s[..pos].trim_end_matches([' ', '\u{3000}']);
        let nl = indented.len().checked_sub(1)?;
        if !indented.ends_with('\n') {
            return None;
        }
        let lb = if cx.s[..nl].ends_with('\r') {
            nl - 1
        } else {
            nl
        };
        if past_wrap(cx, lb) != Some(pos) {
            return None;
        }
        pos = lb;
        wrapped = true;
    }
    Some(pos)
}

/// How far (in characters) into a word of the calendar's lexicon a hard wrap is
/// looked for: the longest such word (`前三个季度`, `上半年度`) is short.
const LEXICON_WORD_CHARS: usize = 6;

/// Match a word of a lexicon at `pos` (`matcher` takes the text from there and
/// gives the word's length) as a reader reads it: one hard wrap inside the
/// word (`第` + wrap + `四季`, `上` + wrap + `半年`, `年` + wrap + `中`) is taken
/// out, as between a number and its unit. Gives where the word ends in the
/// text (past the wrap when it crosses it).
pub(crate) fn lexicon_word_at<T>(
    cx: &Ctx,
    pos: usize,
    matcher: impl Fn(&str) -> Option<(usize, T)>,
) -> Option<(usize, T)> {
    let rest = cx.s.get(pos..)?;
    let whole = || matcher(rest).map(|(len, t)| (pos + len, t));
    let Some(k) = rest
        .char_indices()
        .take(LEXICON_WORD_CHARS)
        .find(|&(_, c)| c == '\n' || c == '\r')
        .map(|(k, _)| k)
    else {
        return whole();
    };
    let head = rest[..k].trim_end_matches([' ', '\u{3000}']);
    let Some(next) = past_wrap(cx, pos + k) else {
        return whole();
    };
    // The head of the next line is enough for any word and what its matcher
    // looks at after it.
    let tail: String = cx.s[next..].chars().take(LEXICON_WORD_CHARS * 2).collect();
    let joined = format!("{head}{tail}");
    let (len, t) = matcher(&joined)?;
    if len <= head.len() {
        Some((pos + len, t))
    } else {
        Some((next + len - head.len(), t))
    }
}

/// Where the line before `pos` ends, when `pos` starts a line (past its
/// indentation) that a hard wrap joins to it: so a word that stands before a
/// number is found across the wrap (`減少了` + wrap + `14%`). Otherwise `pos`.
pub(crate) fn back_over_wrap(cx: &Ctx, pos: usize) -> usize {
    let head = cx.s[..pos].trim_end_matches([' ', '\u{3000}']);
    let Some(nl) = head.len().checked_sub(1).filter(|_| head.ends_with('\n')) else {
        return pos;
    };
    let lb = if cx.s[..nl].ends_with('\r') {
        nl - 1
    } else {
        nl
    };
    if past_wrap(cx, lb) == Some(pos) {
        lb
    } else {
        pos
    }
}

/// Units a Chinese numeral cut by a wrap is read with (the rule is for dates:
/// `十二月三十` + wrap + `一日`, `中華民國一百` + wrap + `零七年`).
const UNITS_AFTER_A_CUT_NUMERAL: &[char] = &['年', '月', '日', '号'];

/// The index of the last number of the run that starts at `k`: numbers that
/// `single` accepts, each one space after the one before.
fn spaced_run(
    s: &str,
    nums: &[super::Num],
    k: usize,
    single: &dyn Fn(&super::Num) -> bool,
) -> usize {
    let mut last = k;
    while last + 1 < nums.len()
        && single(&nums[last])
        && single(&nums[last + 1])
        && nums[last + 1].start == nums[last].end + 1
        && s.as_bytes()[nums[last].end] == b' '
    {
        last += 1;
    }
    last
}

/// Remove the numbers at the (ascending) indexes `gone`, joined into the one
/// before them.
fn remove_joined(cx: &mut Ctx, gone: &[usize]) {
    if gone.is_empty() {
        return;
    }
    let mut i = 0;
    let mut g = gone.iter().peekable();
    cx.nums.retain(|_| {
        let keep = g.peek() != Some(&&i);
        if !keep {
            g.next();
        }
        i += 1;
        keep
    });
}

/// Join the digits of a letter-spaced number before a date unit, as a PDF copy
/// with spaced-out characters gives them (`1 9 9 3 年3 月`, `1 9 9 9 年1 2 月2 0
/// 日`): single digits, one space apart, read as one number.
pub(crate) fn join_spaced_digits(cx: &mut Ctx) {
    let single = |n: &super::Num| {
        n.end == n.start + 1
            && n.numeral.is_some_and(|x| x.arabic && !x.chinese)
            && cx.s.as_bytes()[n.start].is_ascii_digit()
    };
    let mut gone: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < cx.nums.len() {
        let last = spaced_run(cx.s, &cx.nums, k, &single);
        let end = cx.nums[last].end;
        let unit = cx.at(cx.s[end..].strip_prefix(' ').map_or(end, |_| end + 1));
        // `第 1 0 条`: a PDF copy spaces an ordinal's digits too; it is one number.
        let ordinal = cx.s[..cx.nums[k].start]
            .trim_end_matches(' ')
            .ends_with('第');
        if last > k
            && (k == 0 || cx.nums[k - 1].end + 1 < cx.nums[k].start)
            && (ordinal || unit.is_some_and(|c| UNITS_AFTER_A_CUT_NUMERAL.contains(&c)))
        {
            let digits: String = cx.s[cx.nums[k].start..end]
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            if let (Ok(v), Some(x)) = (digits.parse::<u32>(), cx.nums[k].numeral) {
                let mut n = cx.nums[k];
                n.end = end;
                n.numeral = Some(crate::chinese::numerals::Numeral {
                    end,
                    value: f64::from(v),
                    chars: digits.len(),
                    ..x
                });
                cx.nums[k] = n;
                gone.extend(k + 1..=last);
            }
        }
        // Past the run read: each number is looked at once, so a long line of
        // spaced digits stays linear.
        k = last.max(k) + 1;
    }
    remove_joined(cx, &gone);
}

/// A line is letter-spaced when it has at least this many Han characters…
const LETTER_SPACED_MIN_HAN: usize = 6;
/// …and at least this share of them is followed by exactly one space.
const LETTER_SPACED_SHARE: f64 = 0.6;

/// Whether `line` is letter-spaced, as PDF copies print titles and their date
/// lines (`政 府 工 作 报 告`, `二 〇 二 三 年 一 月`): the numerals `〇`/`○` count
/// as Han characters here.
pub(crate) fn letter_spaced(line: &str) -> bool {
    let is_char = |c: char| {
        crate::chinese::chars::is_han(c) || crate::chinese::numerals::cn_digit(c).is_some()
    };
    let chars: Vec<char> = line.chars().collect();
    let (mut han, mut spaced) = (0usize, 0usize);
    for (i, &c) in chars.iter().enumerate() {
        if !is_char(c) {
            continue;
        }
        han += 1;
        if chars.get(i + 1) == Some(&' ') && chars.get(i + 2).is_some_and(|&d| d != ' ') {
            spaced += 1;
        }
    }
    han >= LETTER_SPACED_MIN_HAN && spaced as f64 >= LETTER_SPACED_SHARE * han as f64
}

/// Join the Chinese digits of a letter-spaced line before a date unit into one
/// number (`二 〇 二 三 年`): single digits, one space apart. The number's span
/// keeps the spaces, so its text is the original's.
pub(crate) fn join_letter_spaced_numerals(cx: &mut Ctx) {
    let single = |n: &super::Num| {
        n.numeral.is_some_and(|x| x.chinese && !x.arabic)
            && cx.s[n.start..n.end].chars().count() == 1
            && cx.s[n.start..n.end]
                .chars()
                .all(|c| crate::chinese::numerals::cn_digit(c).is_some())
    };
    let mut gone: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < cx.nums.len() {
        let last = spaced_run(cx.s, &cx.nums, k, &single);
        let end = cx.nums[last].end;
        let unit = cx.at(cx.s[end..].strip_prefix(' ').map_or(end, |_| end + 1));
        if last > k
            && unit.is_some_and(|c| UNITS_AFTER_A_CUT_NUMERAL.contains(&c))
            && letter_spaced(&cx.s[line_at(cx.s, end)])
        {
            let digits: String = cx.s[cx.nums[k].start..end]
                .chars()
                .filter(|c| *c != ' ')
                .collect();
            if let (Some(v), Some(x)) =
                (crate::chinese::numerals::parse(&digits), cx.nums[k].numeral)
            {
                let mut n = cx.nums[k];
                n.end = end;
                n.numeral = Some(crate::chinese::numerals::Numeral {
                    end,
                    value: v,
                    chars: digits.chars().count(),
                    ..x
                });
                cx.nums[k] = n;
                gone.extend(k + 1..=last);
            }
        }
        k = last.max(k) + 1;
    }
    remove_joined(cx, &gone);
}

/// Scale words a hard wrap may cut from the number they multiply
/// (`超過 2,226` + wrap + `億元`, `增加了 5.7` + wrap + `萬`): ten thousand and a
/// hundred million, which begin no other word after a number.
const SCALES_AFTER_A_WRAP: &[(char, f64)] = &[('万', 1e4), ('萬', 1e4), ('亿', 1e8), ('億', 1e8)];

/// Join a number to the scale word that a hard wrap moved to the next line: one
/// number spanning the wrap (`2,226` + wrap + `億` is 222.6 billion), so that its
/// unit (`元`) follows it as on one line.
pub(crate) fn join_scales(cx: &mut Ctx) {
    let mut k = 0;
    while k < cx.nums.len() {
        let n = cx.nums[k];
        k += 1;
        let Some(x) = n.numeral else { continue };
        let gap = cx.skip_spaces(n.end);
        if !matches!(cx.s.as_bytes().get(gap), Some(b'\n' | b'\r')) {
            continue;
        }
        let Some(next) = past_wrap(cx, gap) else {
            continue;
        };
        let Some(&(c, scale)) = SCALES_AFTER_A_WRAP
            .iter()
            .find(|(c, _)| cx.at(next) == Some(*c))
        else {
            continue;
        };
        // A scale word already read into the number (`3亿` + wrap) stays as it is.
        if cx.s[n.start..n.end].contains(['万', '萬', '亿', '億']) {
            continue;
        }
        let end = next + c.len_utf8();
        // `萬億`: a second scale multiplies again.
        let (end, scale) = match SCALES_AFTER_A_WRAP
            .iter()
            .find(|(d, _)| cx.at(end) == Some(*d))
        {
            Some(&(d, more)) if more > scale => (end + d.len_utf8(), scale * more),
            _ => (end, scale),
        };
        let mut joined = n;
        joined.end = end;
        joined.numeral = Some(crate::chinese::numerals::Numeral {
            end,
            value: x.value * scale,
            chinese: true,
            chars: x.chars + 1,
            ..x
        });
        cx.nums[k - 1] = joined;
        // A scale word read alone as a number is part of this one now.
        while k < cx.nums.len() && cx.nums[k].start < end {
            cx.nums.remove(k);
        }
    }
}

/// Join the two halves of a Chinese numeral that a hard wrap cut
/// (`一百零六年二月十` + wrap + `三日至二月二十一日`: the 13th, not the 10th) into one
/// number spanning the wrap, where a date unit follows the second half.
pub(crate) fn join_numerals(cx: &mut Ctx) {
    use crate::chinese::numerals::{scan_at, Scan};
    let mut k = 0;
    while k + 1 < cx.nums.len() {
        let (a, b) = (cx.nums[k], cx.nums[k + 1]);
        let chinese = |n: &super::Num| n.numeral.is_some_and(|x| x.chinese && !x.arabic);
        let joined = chinese(&a)
            && chinese(&b)
            && matches!(cx.s.as_bytes().get(a.end), Some(b'\n' | b'\r'))
            && cx
                .at(b.end)
                .is_some_and(|c| UNITS_AFTER_A_CUT_NUMERAL.contains(&c))
            && past_wrap(cx, a.end) == Some(b.start);
        if joined {
            let text = format!("{}{}", &cx.s[a.start..a.end], &cx.s[b.start..b.end]);
            if let Scan::Found(x) = scan_at(&text, 0) {
                if x.end == text.len() {
                    let mut n = a;
                    n.end = b.end;
                    n.numeral = Some(crate::chinese::numerals::Numeral {
                        start: a.start,
                        end: b.end,
                        ..x
                    });
                    cx.nums[k] = n;
                    cx.nums.remove(k + 1);
                }
            }
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    /// The shortcuts of `char_columns` give unicode-width's answer for every
    /// character.
    #[test]
    fn char_columns_agree_with_unicode_width() {
        use unicode_width::UnicodeWidthChar;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::char_columns(c), c.width().unwrap_or(0), "{c:?}");
        }
    }

    /// A long paragraph is measured only as far as the tests need.
    #[test]
    fn columns_stop_once_enough() {
        assert_eq!(super::columns("２０２６年全省经济运行总体平稳"), 30);
        assert_eq!(super::columns(&"省".repeat(500)), super::COLUMNS_ENOUGH + 1);
    }

    fn dates(t: &str) -> Vec<(String, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| {
                (
                    f.text,
                    f.value.map(|v| v.to_string().trim_matches('"').to_string()),
                )
            })
            .collect()
    }

    fn date_of(t: &str, text: &str) -> Option<String> {
        dates(t)
            .into_iter()
            .find(|(x, _)| x == text)
            .unwrap_or_else(|| panic!("no date {text:?} in {:?}", dates(t)))
            .1
    }

    /// Yilan County Council minutes, typed at a fixed width
    /// (g0v/councilor-voter-guide@122b0922:data/ilcc/meeting_minutes/2014/第03次大會_第01次會議.txt).
    #[test]
    fn a_day_cut_from_its_month_by_a_wrap() {
        let t = "時 間：中華民國 105 年 05 月 04 日上午 11 時 46 分\n\
附 議 人：黃浴沂 林岳賢 黃建勇 林成功 陳正男 陳俊宇 張明華\n\
案 由：建請縣政府主動積極針對縣內土壤液化潛圖區域內 86 年 5 月 1\n\
日以前建造的 4 樓以上老舊集合式住宅，全面進行老舊住宅耐震\n\
評估健檢並全額補助評估費用，以了解建物結構安全與耐震能力\n";
        assert_eq!(
            date_of(t, "86 年 5 月 1\n日").as_deref(),
            Some("1997-05-01")
        );
    }

    /// The Legislative Yuan's gazette, wrapped with an indent
    /// (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090512.txt).
    #[test]
    fn a_year_cut_from_its_month_and_a_fiscal_year_from_its_du() {
        let t = concat!(
            "     貳、時代力量黨團提議變更議程，將「本院社會福利及衛生環境委員\n",
            "          列為本次會議討論事項第六案。經記名表決結果，不予通過，表\n",
            "          決結果附後（4）。\n",
            "     參、時代力量黨團提議變更議程，將「有鑑於時代力量黨團已於 2016\n",
            "          年 6 月 13 日正式提出『《中華民國憲法》第一百三十條條文修\n",
            "          正草案』，並於同年 6 月 17 日院會完成一讀程序。且無論是總\n",
        );
        assert_eq!(
            date_of(t, "2016\n          年 6 月 13 日").as_deref(),
            Some("2016-06-13")
        );
        assert_eq!(date_of(t, "6 月 17 日").as_deref(), Some("2016-06-17"));
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090512.txt
        let t = "  二、行政院函送國防部函，為該部「後勤及通資業務」科目申請動支 106 年\n  度第一預備金 5 億元，請查照案。\n";
        assert_eq!(date_of(t, "106 年\n  度").as_deref(), Some("2017"));
    }

    /// Laws quoted in the Legislative Yuan's gazette write dates in Chinese
    /// numerals, which a wrap may cut anywhere
    /// (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090303.txt and
    /// LCEWC03_09030102.txt).
    #[test]
    fn a_chinese_numeral_cut_by_a_wrap_is_one_number() {
        let t = concat!(
            "  十七、行政院農業委員會函送公告「自中華民國一百零六年二月十\n",
            "  三日至二月二十一日止，禁止花蓮縣陸禽運出」，請查照案。\n",
        );
        assert_eq!(
            date_of(t, "中華民國一百零六年二月十\n  三日至二月二十一日").as_deref(),
            Some("2017-02-13")
        );
        let t = concat!(
            "之本金，其優存利率依下列規定辦理：1.自中華民國一百\n",
            "零七年七月一日至一百零九年十二月三十一日止，年息百\n",
            "分之十二。2.自中華民國一百十年一月一日至一百十一年\n",
            "十二月三十一日止，年息百分之十。3.自中華民國一百十\n",
            "二年一月一日至一百十三年十二月三十一日止，年息百分\n",
        );
        assert_eq!(
            date_of(t, "中華民國一百十\n二年一月一日至一百十三年十二月三十一日").as_deref(),
            Some("2023-01-01")
        );
    }

    /// A part word cut from its unit (../shared/corpus/reports/tw-ly-proceedings/
    /// LCEWC03_090206.txt and LCEWC03_090216.txt).
    #[test]
    fn a_part_of_a_month_or_year_after_a_wrap() {
        let t = concat!(
            "  決定：交教育及文化委員會審查。\n",
            "八十七、中央銀行函送該行及中央印製、造幣兩廠 105 年度截至 6 月\n",
            "  底止政策宣導之廣告預算執行情形表，請查照案。\n",
        );
        assert_eq!(date_of(t, "6 月\n  底").as_deref(), Some("2016-06"));
        let t = concat!(
            "    編列文物收購 3 億 1,300 萬元。然現有典藏品\n",
            "    展示率偏低，應考量善用南院之展示空間重新\n",
            "    規劃購置計畫，以發揮文物效益。故宮 103 年\n",
            "    底典藏品數量共 69 萬餘件，其中品質兼備可供\n",
        );
        assert_eq!(date_of(t, "103 年\n    底").as_deref(), Some("2014"));
    }

    /// A government work report copied from a PDF with spaced-out characters
    /// (../shared/corpus/reports/cn-national-gwr/gwr-national-1998.txt).
    #[test]
    fn letter_spaced_digits_before_a_date_unit_are_one_number() {
        let t = "1998年政府工作报告\n本届政府从1 9 9 3 年3 月就职，到现在已经五年。澳门将于1 9 9 9 年1 2 月2 0 日回到祖国怀抱。\n";
        assert_eq!(date_of(t, "1 9 9 3 年3 月").as_deref(), Some("1993-03"));
        assert_eq!(
            date_of(t, "1 9 9 9 年1 2 月2 0 日").as_deref(),
            Some("1999-12-20")
        );
    }

    /// Titles copied from a PDF are letter-spaced (cn-city-gwr/city-041.txt and
    /// city-141.txt `政 府 工 作 报 告`, tw-ly-proceedings/LCEWC03_090601.txt
    /// `行 政 院 人 事 行 政 總 處`), and so is the date line under such a title: its
    /// digits are one year, its span the spaced text. A line of ordinary text with
    /// a stray space is not letter-spaced.
    #[test]
    fn dates_on_a_letter_spaced_line() {
        assert!(super::letter_spaced("政 府 工 作 报 告"));
        assert!(super::letter_spaced("    行 政 院 人 事 行 政 總 處"));
        assert!(super::letter_spaced("二 〇 二 三 年 一 月"));
        assert!(!super::letter_spaced(
            "    國 家 通 訊 傳 播 委 員 會主任委員陳耀祥、副主任委員翁柏宗"
        ));
        assert!(!super::letter_spaced(
            "（2024年1月31日在黔东南州第十五届人民代表大会第四次会议上）"
        ));
        let t = "政 府 工 作 报 告\n二 〇 二 三 年 一 月 十 五 日\n";
        assert_eq!(
            date_of(t, "二 〇 二 三 年 一 月 十 五 日").as_deref(),
            Some("2023-01-15")
        );
        let t = "工 作 报 告\n二 ○ 二 四 年 一 月\n";
        assert_eq!(
            date_of(t, "二 ○ 二 四 年 一 月").as_deref(),
            Some("2024-01")
        );
        // Spaced digits in running text stay apart.
        let d = dates("会议编号二 〇 二 三年度第一次会议，各位代表审议报告。");
        assert!(d.iter().all(|(_, v)| v.as_deref() != Some("2023")), "{d:?}");
    }

    fn quantities(t: &str) -> Vec<(FactKind, String, Option<serde_json::Value>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind != FactKind::Date)
            .map(|f| (f.kind, f.text, f.value.map(Into::into)))
            .collect()
    }

    /// A hard wrap between a number and its unit: a count, an amount and a
    /// percentage keep their unit on the next line.
    #[test]
    fn a_unit_after_a_wrap() {
        use serde_json::json;
        // Hong Kong's LegCo written replies, PDF-extracted
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0529-translate-c.txt).
        let t = concat!(
            " 運輸署於 2010年、 2011年及 2012年根據《簡易程序治罪條\n",
            "例》於有蓋公共運輸交匯處分別沒收了165輛、370輛及 329\n",
            "輛單車。地政總署於 2010年、2011年及 2012年根據《土地 (雜\n",
            "項條文 )條例》於未批租政府土地上分別沒收了 6 651輛、\n",
        );
        let q = quantities(t);
        assert!(
            q.contains(&(FactKind::Count, "329\n輛".into(), Some(json!(329)))),
            "{q:?}"
        );
        // The Legislative Yuan's gazette: a vote count
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090409.txt) and a
        // frozen budget (LCEWC03_090513.txt).
        let t = concat!(
            "  與財政部、國防部、金管會、公股行庫代表等相關首長\n",
            "  ，赴立法院就『獵雷艦聯貸弊案』進行專案報告並備詢\n",
            "  答」，請公決案。經表決結果不予通過。在場委員 99\n",
            "  人，贊成者 34 人，反對者 65 人，少數不通過々並採記\n",
            "  名表決方式，表決結果名單附後(10)。\n",
        );
        assert_eq!(
            quantities(t)[0],
            (FactKind::Count, "99\n  人".into(), Some(json!(99)))
        );
        let t = concat!(
            "一○六○、行政院海岸巡防罫函，為 107 年度中央政府總預算決議，\n",
            "  檢送海岸巡防總局及所屬第 2 目「海岸巡防業務」凍結 2,000 萬\n",
            "  元書面報告，請查照案。\n",
        );
        assert!(
            quantities(t).contains(&(
                FactKind::Money,
                "2,000 萬\n  元".into(),
                Some(json!(20000000))
            )),
            "{:?}",
            quantities(t)
        );
        // A Chinese numeral after a currency: LCEWC03_090406.txt.
        let t = concat!(
            "  支配所得。爰此，本席建請財政部修正＜各類所得扣繳率標準＞\n",
            "  ，將政府舉辦之獎券中獎獎金獎額免稅門檻由現行的新臺幣二千\n",
            "  元調高為新臺幣五千元，請公決案。\n",
        );
        assert_eq!(
            quantities(t)[0],
            (
                FactKind::Money,
                "新臺幣二千\n  元".into(),
                Some(json!(2000))
            )
        );
        // A short line ends its paragraph: no wrap, no unit from the next line.
        let t = "本案經表決，在場委員 99\n人數統計如附表。\n";
        assert!(quantities(t).is_empty(), "{:?}", quantities(t));
    }

    /// A unit of measurement cut by a hard wrap (`平方` + wrap + `米`, `公` +
    /// wrap + `頃`) is read whole, as a reader joins it.
    #[test]
    fn a_unit_cut_by_a_wrap() {
        use serde_json::json;
        // A LegCo written reply of 2013-05-08 on land zoned for comprehensive
        // development, and LegCo proceedings on water supply
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0522-translate-c.txt).
        let t = concat!(
            " 現時市區 (包括港島、九龍區及荃灣／葵青區 )共有 65個 “綜\n",
            "合發展區 ”，涉及土地面積約 160公頃，在包括住宅用途的\n",
            "“綜合發展區 ”中，可建總住宅樓面面積共約 6 379 000平方\n",
            "米 。\n",
        );
        let q = quantities(t);
        assert!(
            q.contains(&(
                FactKind::Count,
                "約 6 379 000平方\n米".into(),
                Some(json!(6379000))
            )),
            "{q:?}"
        );
        let t = concat!(
            "為基礎推算，香港於 2020年全年總食水需求量，在減除了\n",
            "上述各項用水需求管理措施估計成效後，約為 9.9億立方\n",
            "米。以海水化淡廠的產量約為每年5 000萬立方米計算，約\n",
        );
        let q = quantities(t);
        assert!(
            q.contains(&(
                FactKind::Count,
                "約為 9.9億立方\n米".into(),
                Some(json!(990000000))
            )),
            "{q:?}"
        );
        // The Legislative Yuan's gazette
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt).
        let t = concat!(
            "     雲林離島工業區），截至 104 年 6 月底止整體\n",
            "     工業區土地租售率為 98.84%，雖大部已租售\n",
            "     ，惟已租售土地仍有 225 筆，面積 338.22 公\n",
            "     頃之土地尚未使用，占已租售比率為 3.62%。\n",
        );
        let f = crate::facts::facts_of(t);
        let c = f
            .iter()
            .find(|f| f.text.starts_with("338.22"))
            .expect("a count");
        assert_eq!(c.unit.as_deref(), Some("公頃"));
    }

    /// A relative word cut by a wrap is read whole, with `relative`.
    #[test]
    fn a_relative_word_cut_by_a_wrap() {
        let rel = |t: &str| -> Vec<(String, bool)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Date)
                .map(|f| (f.text, f.relative))
                .collect()
        };
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0529-translate-c.txt.
        let t = concat!(
            "車泊架試驗計劃，以增加該處的單車泊位。路政署的承建\n",
            "商正在工地內為泊架進行機械測試，預計有關設施可於今\n",
            "年下半年落成供市民使用。視乎上述計劃的測試結果，我\n",
        );
        assert!(
            rel(t).contains(&("今\n年下半年".into(), true)),
            "{:?}",
            rel(t)
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090508.txt.
        let t = concat!(
            "  月 21 日到 26 日在日內瓦召開，我國今年想要參與恐怕又將落空\n",
            "  〈外交部長吳釗燮 3 月 30 日率外交部官員向民進黨立委報告今\n",
            "  年的 WHA 推案策略，據轉述，行政部門坦承今年拿到邀請函的\n",
        );
        assert!(rel(t).contains(&("今\n  年".into(), true)), "{:?}", rel(t));
    }

    /// A heading, a table or a paragraph on one line is no wrapped line: the
    /// number at its end stays apart from the next line.
    #[test]
    fn short_lines_and_paragraph_ends_are_not_joined() {
        // A heading line with a number, then a line starting with 日.
        let t = "附件1\n日程安排如下。\n";
        assert!(dates(t).is_empty(), "{:?}", dates(t));
        // A paragraph ends short of the width of its neighbours.
        let t =
            "本公司董事會於今年召開會議，審議通過多項議案，包括年度預算案與人事案等重要議案。\n\
預算案與人事案等共計 5\n\
月份起實施新制度，各部門應配合辦理相關事項，並於期限內完成各項準備工作與檢查事項。\n";
        assert!(
            !dates(t).iter().any(|(x, _)| x.contains('\n')),
            "{:?}",
            dates(t)
        );
    }

    fn quantity(t: &str, text: &str) -> crate::document::Fact {
        facts_of(t)
            .into_iter()
            .find(|f| f.text == text)
            .unwrap_or_else(|| {
                let all: Vec<_> = facts_of(t).into_iter().map(|f| f.text).collect();
                panic!("no fact {text:?} in {all:?}")
            })
    }

    /// A wrap between a number and its scale word (`萬`, `億`) joins them, as it
    /// joins a number and its unit.
    #[test]
    fn a_scale_word_cut_by_a_wrap() {
        use crate::document::Qualifier::{Approx, MoreThan};
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt (the same total reads unwrapped
        // further on).
        let t = concat!(
            " 要翻舊帳，便要回顧過去6年。這是第六個年頭的財政預算案 (“預\n",
            "算案 ”)，過去 6年 (包括今個財政年度 )，政府預計合共 “派糖 ”超過 2,226\n",
            "億元，當中採用最多的形式當然是寬免差餉，有 572億元；其次是兩\n",
            "年前的現金派發，有 360億元；寬減薪俸稅是 427億元；還有注資基金，\n",
        );
        let f = quantity(t, "超過 2,226\n億元");
        assert_eq!(f.value.and_then(|v| v.as_f64()), Some(222_600_000_000.0));
        assert_eq!(f.qualifier, Some(MoreThan));
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt
        let t = concat!(
            "   5.觀光發展基金「觀光大國行動方案」原列 27 億\n",
            "    1,495 萬 2 千元，提案刪減 7 億元。\n",
            "   6.觀光大國行動方案預計於 4 年內投入約 168.21\n",
            "    億元（公務預算 48.78 億元，基金預算 109.03\n",
            "    億元，地方自籌款 10.4 億元），共計有 18 項\n",
        );
        let f = quantity(t, "約 168.21\n    億元");
        assert_eq!(f.value.and_then(|v| v.as_f64()), Some(16_821_000_000.0));
        assert_eq!(f.qualifier, Some(Approx));
        let f = quantity(t, "109.03\n    億元");
        assert_eq!(f.value.and_then(|v| v.as_f64()), Some(10_903_000_000.0));
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09020101.txt
        let t = concat!(
            "應於二年內通盤檢討長照財源建置，研擬其他稅收或採行\n",
            "長照保險制之可行性，以因應我國逐年增加長期照顧之財\n",
            "源需求。2.有鑑於目前需要長期照護的失能人口超過 74\n",
            "萬人，領有身心障礙手冊的有 114 萬人，於機構內受照顧\n",
            "者僅占 8%，顯示家庭還是提供長期照護之主要場域，但居\n",
        );
        let f = quantity(t, "超過 74\n萬人");
        assert_eq!(f.value.and_then(|v| v.as_f64()), Some(740_000.0));
        assert_eq!(f.kind, FactKind::Count);
    }

    /// A verb of change that ends a wrapped line still says the change of the
    /// number that starts the next (and its comparison, the basis).
    #[test]
    fn a_change_verb_cut_by_a_wrap() {
        use crate::document::Change::{Decrease, Increase};
        let change = |t: &str, text: &str| {
            let f = quantity(t, text);
            (f.change, f.basis)
        };
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt
        let t = concat!(
            "看住戶入息的中位數，這裏其實比較了 1991年、2001年及 2011年經通\n",
            "脹調整的數字，是用 1991年的物價來計算的。我們看到 2011年香港實\n",
            "際住戶每月入息最低的住戶 (即最貧窮那些 )其實較 1991年減少了\n",
            "14%，貧窮人士是減少了的；而在 1991年至 2001年期間，實際住戶每\n",
        );
        assert_eq!(
            change(t, "14%"),
            (Some(Decrease), Some("較 1991年".to_string()))
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090111.txt
        let t = concat!(
            "  三十一、本院邱委員志偉，鑒於目前台灣觀光旅遊產業中，大陸遊客\n",
            "       在整體觀光客比例大幅提升。2015 年訪港遊客人數同比減少了\n",
            "       2.5%，這是因為佔遊客整體 80%的中國大陸遊客人數出現下滑。\n",
            "       這一現象直接導致了曾經的購物天堂的零售業陷入極度低迷之中\n",
        );
        assert_eq!(
            change(t, "2.5%"),
            (Some(Decrease), Some("同比".to_string()))
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090411.txt
        let t = concat!(
            "  公布薪資與生產力統計，在一例一休上路後，今年 1 至\n",
            "  6 月加班工時帄均為 8.0 小時，較上年同期減 0.1 小時\n",
            "  々1 至 6 月加班費帄均為 1,699 元，較上年同期增加\n",
            "  8.22%，另外，7 月失業率 3.84%，較上月上升 0.1 個百\n",
            "  分點，較上年同月降 0.18 個百分點，雖不能說大幅改\n",
        );
        assert_eq!(
            change(t, "8.22%"),
            (Some(Increase), Some("較上年同期".to_string()))
        );
    }
}
