//! HTML escaping: every text taken from a file, a path or a message goes through
//! here before it reaches a page, in element content and in attribute values
//! alike (the same five characters are escaped in both, so one function serves).

use std::fmt::Write;

/// Append `s` to `out` with `&`, `<`, `>`, `"` and `'` escaped. NUL, which HTML
/// parsers turn into U+FFFD anyway, is written as U+FFFD so pages stay valid; every
/// other character is kept, so a highlighted span reads exactly as the original.
pub(crate) fn push(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// `s` escaped, as a new string.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push(&mut out, s);
    out
}

/// A value for an `id` or a fragment (`#…`): section ids are dotted numbers, but
/// anything else is percent-escaped so it can neither break the attribute nor the URL.
pub(crate) fn fragment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// A relative link to a file written by this run: every path segment is
/// percent-escaped (spaces, `#`, `?`, `%` and quotes in file names), Chinese
/// names kept readable.
pub(crate) fn href(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '/' => out.push('/'),
            c if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '~') => out.push(c),
            c if !c.is_ascii() && !c.is_control() && !is_bidi(c) => out.push(c),
            c => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
        }
    }
    out
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_characters_are_escaped_in_text_and_attributes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn chinese_text_and_entities_in_the_source_are_kept_as_text() {
        // An entity written in a report is text, not markup: `&amp;` shows as typed.
        assert_eq!(escape("聯系人：____，&amp;"), "聯系人：____，&amp;amp;");
        assert_eq!(escape("（一）重點區域"), "（一）重點區域");
    }

    #[test]
    fn nul_becomes_the_replacement_character() {
        assert_eq!(escape("a\0b"), "a\u{FFFD}b");
    }

    #[test]
    fn links_escape_what_would_end_or_redirect_them() {
        assert_eq!(href("docs/a b#1?.html"), "docs/a%20b%231%3F.html");
        assert_eq!(href("docs/社區\"x'.html"), "docs/社區%22x%27.html");
        assert_eq!(href("docs/\u{202E}x.html"), "docs/%E2%80%AEx.html");
        assert_eq!(fragment("3.1.1"), "3.1.1");
        assert_eq!(fragment("a b\"<"), "a%20b%22%3C");
    }
}
