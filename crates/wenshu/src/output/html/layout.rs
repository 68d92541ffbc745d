//! What every page shares: the head (character set, a content security policy
//! that forbids any request, the inline style sheet) and the end with its script.

use super::escape::escape;
use super::style::CSS;

/// Nothing may be fetched: no image, font, script, style or frame from anywhere,
/// this folder included; only the inline style and scripts run. A page opened
/// from disk therefore makes no request, whatever a document's text holds.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The overview's policy: the same, and scripts of the report's own folder (the
/// data files of a paged table; `'self'` is the folder's origin, never the network).
const CSP_DATA: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The start of a page, up to and including `<body>`.
pub(crate) fn head(out: &mut String, title: &str) {
    head_with(out, title, false);
}

/// [`head`], letting the page load scripts from its folder with `data`.
pub(crate) fn head_with(out: &mut String, title: &str, data: bool) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(if data { CSP_DATA } else { CSP });
    out.push_str("\"><meta name=\"referrer\" content=\"no-referrer\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.push_str("<meta name=\"generator\" content=\"wenshu ");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("\"><title>");
    out.push_str(&escape(title));
    out.push_str("</title><style>");
    out.push_str(CSS);
    out.push_str("</style></head>\n<body>");
}

/// The end of a page, with an inline script (may be empty).
pub(crate) fn foot(out: &mut String, script: &str) {
    if !script.is_empty() {
        out.push_str("<script>");
        out.push_str(script);
        out.push_str("</script>");
    }
    out.push_str("</body></html>\n");
}

/// The `lang` of a text in this script: browsers then pick a Traditional or a
/// Simplified font (glyphs of the same code point differ).
pub(crate) fn lang_of(script: crate::document::Script) -> &'static str {
    use crate::document::Script;
    match script {
        Script::Traditional => "zh-Hant",
        Script::Simplified => "zh-Hans",
        Script::Mixed | Script::None => "zh",
    }
}

/// A number with thousands separators (`12,345`).
pub(crate) fn num(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(num(0), "0");
        assert_eq!(num(999), "999");
        assert_eq!(num(1000), "1,000");
        assert_eq!(num(28_123_456), "28,123,456");
    }

    #[test]
    fn a_page_forbids_every_request_and_escapes_its_title() {
        let mut s = String::new();
        head(&mut s, "a<b>");
        foot(&mut s, "");
        assert!(s.contains("default-src 'none'"));
        assert!(s.contains("<title>a&lt;b&gt;</title>"));
    }
}
