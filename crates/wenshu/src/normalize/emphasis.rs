//! Markdown emphasis around a figure (`年增 **6.3%**`, `` `49.1` ``) is layout:
//! the copy the facts read blanks its marks, byte for byte, so that a figure
//! reads as if unmarked (its verb of change, its subject and its unit reach
//! it). Structure reads the marks before they are blanked: a bold line is a
//! title there.

use std::borrow::Cow;

/// The most characters a marked figure holds (`**2026-04-16**`, `**640 kb/d**`).
const FIGURE_MAX_CHARS: usize = 32;

/// Blank the marks of strong emphasis (`**`) and of code (`` ` ``) around a
/// stretch of one line that holds an ASCII digit, in `text` (copied only when
/// there is one).
pub(crate) fn blank_figure_marks(text: &mut Cow<'_, str>) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (mark, from) in [
        (
            "**",
            memchr::memmem::find_iter(text.as_bytes(), b"**").collect::<Vec<_>>(),
        ),
        ("`", memchr::memchr_iter(b'`', text.as_bytes()).collect()),
    ] {
        let mut i = 0;
        while i + 1 < from.len() {
            let (open, close) = (from[i], from[i + 1]);
            let inner = &text[open + mark.len()..close];
            let figure = !inner.is_empty()
                && !inner.contains(['\n', '*', '`'])
                && inner.chars().count() <= FIGURE_MAX_CHARS
                && inner.bytes().any(|b| b.is_ascii_digit())
                && !inner.starts_with(' ')
                && !inner.ends_with(' ');
            if figure {
                spans.push((open, mark.len()));
                spans.push((close, mark.len()));
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    if spans.is_empty() {
        return;
    }
    // (Marks are ASCII: blanking them keeps every byte offset.)
    let mut bytes = std::mem::take(text).into_owned().into_bytes();
    for (at, len) in spans {
        bytes[at..at + len].fill(b' ');
    }
    *text = Cow::Owned(String::from_utf8(bytes).expect("ASCII replaced by ASCII"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(t: &str) -> String {
        let mut c = Cow::Borrowed(t);
        blank_figure_marks(&mut c);
        c.into_owned()
    }

    #[test]
    fn marks_around_figures_are_blanked_in_place() {
        assert_eq!(blanked("年增 **6.3%**，"), "年增   6.3%  ，");
        assert_eq!(blanked("新出口訂單 `49.1` 的"), "新出口訂單  49.1  的");
        assert_eq!(blanked("**2026-04-10** 的 CPI"), "  2026-04-10   的 CPI");
        // Not a title, a bold word, a multiplication or a lone mark.
        for t in [
            "> **核心判斷：** 中國",
            "**一、总体要求**",
            "3 * 4 = 12",
            "a ** b 12",
            "**6.3%\n**",
        ] {
            assert_eq!(blanked(t), t);
        }
        // Offsets are kept for any text.
        let t = "收入 **1,200萬元**（`+6.7%`）";
        assert_eq!(blanked(t).len(), t.len());
    }
}
