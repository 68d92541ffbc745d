//! Text shown to a person on a terminal or in a CI log, made safe to show.
//!
//! Reports, file names and configuration files can hold characters that a
//! terminal or a log viewer acts on instead of showing: escape sequences (colours,
//! cursor moves, window titles), carriage returns that overwrite a line, line
//! breaks that start a new one (where CI runners read workflow commands such as
//! `::warning`), and the bidirectional controls that reorder what is displayed
//! ("Trojan Source"). [`escape`] writes every one of them as a visible escape
//! (`\r`, `\n`, `\t`, `\u{1b}`, `\u{202e}`), so a message is always one line and
//! shows exactly what is in the file.
//!
//! Used for everything printed for people: the `human` and `github` formats of
//! `check` and every message on standard error. Machine formats (JSON, SARIF,
//! JSON Lines, tables) keep the exact text; their own escaping is enough.
//! A leaf module: it uses nothing else of the crate.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is: control characters
/// (C0, DEL, C1), the bidirectional formatting characters (U+061C, U+200E,
/// U+200F, U+202A–U+202E, U+2066–U+2069) and the Unicode line and paragraph
/// separators (U+2028, U+2029).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// `s` with every [`is_unsafe`] character written as an escape: `\t`, `\n`, `\r`,
/// and `\u{…}` (lowercase hexadecimal, as Rust writes it) for the rest. Borrowed
/// when there is nothing to escape.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    Cow::Owned(out)
}

/// Like [`escape`], but tabs become spaces (for a source line shown above a
/// caret, where a tab would break the alignment and an escape would be noise).
pub fn escape_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\t' {
            out.push(' ');
        } else {
            push_escaped(&mut out, c);
        }
    }
    Cow::Owned(out)
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if is_unsafe(c) => {
            use std::fmt::Write;
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped() {
        assert_eq!(escape("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape("x\r::warning::y\n"), "x\\r::warning::y\\n");
        assert_eq!(escape("\u{202e}abc\u{2066}"), "\\u{202e}abc\\u{2066}");
        assert_eq!(
            escape("\0\u{7f}\u{85}\u{9b}"),
            "\\u{0}\\u{7f}\\u{85}\\u{9b}"
        );
        assert_eq!(escape("a\tb"), "a\\tb");
        assert_eq!(escape_line("a\tb\rc"), "a b\\rc");
    }

    #[test]
    fn ordinary_text_is_borrowed() {
        for s in [
            "社區中秋活動",
            "C:\\reports\\a.txt",
            "（此處填寫）",
            "—…",
            "",
        ] {
            assert!(matches!(escape(s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn escaped_text_is_one_safe_line() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let e = escape(&all);
        assert!(!e.chars().any(is_unsafe));
        assert!(!e.contains('\n'));
    }
}
