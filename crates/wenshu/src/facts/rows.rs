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
    let line_start = s[..n.start].rfind('\n').map_or(0, |k| k + 1);
    if !s[line_start..n.start]
        .chars()
        .all(|c| matches!(c, ' ' | '\u{3000}' | '\t'))
    {
        return false;
    }
    let line_end = s[n.start..].find('\n').map_or(s.len(), |k| n.start + k);
    let Some((v, spaced)) = leading_number(&s[line_start..line_end]) else {
        return false;
    };
    let lines_before: Vec<&str> = s[..line_start]
        .lines()
        .rev()
        .take(ROW_LOOK * ROW_RUN)
        .collect();
    let lines_after: Vec<&str> = s[line_end..].lines().take(ROW_LOOK * ROW_RUN).collect();
    // Walk the sequence up (v-1, v-2, …) and down (v+1, …), each step within
    // ROW_LOOK lines of the last.
    let walk = |lines: &[&str], step: i64| {
        let mut run = 0;
        let mut want = i64::from(v) + step;
        let mut last = 0;
        for (i, l) in lines.iter().enumerate() {
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
    1 + walk(&lines_before, -1) + walk(&lines_after, 1) >= ROW_RUN
}
