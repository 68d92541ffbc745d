//! The text of a document with its facts, placeholders and headings marked in
//! place. Spans may nest (the placeholder `20xx` inside the fact `20xx餘人`) or
//! cross (two rules that read overlapping characters); elements cannot cross, so a
//! span that is interrupted is closed and opened again as a continuation piece
//! (same `data-ref`, no `id`): the text of a span is the text of its pieces, in
//! order, and every piece is inside the elements it overlaps.

use super::escape;

/// One span to mark: `[start, end)` in characters of the text, and the markup
/// of its first piece, of its continuation pieces and of its end.
#[derive(Debug, Clone)]
pub(crate) struct Annotation {
    /// First character.
    pub(crate) start: usize,
    /// One past the last character.
    pub(crate) end: usize,
    /// The opening tag of the first piece (with `id`, `tabindex`, the tooltip).
    pub(crate) open: String,
    /// The opening tag of a continuation piece.
    pub(crate) cont: String,
    /// The closing tag.
    pub(crate) close: &'static str,
}

/// Append `text` to `out`, escaped, with every annotation's markup around its
/// span. An empty span is an anchor: its markup is written at its place, before
/// anything else that starts there. Reversed spans and spans past the end of the
/// text are left out (a document's spans always fit its text; this never panics
/// on one that does not).
pub(crate) fn render(out: &mut String, text: &str, annotations: &[Annotation]) {
    // Outer first: by start, anchors first, then the longer span first.
    let mut order: Vec<usize> = (0..annotations.len())
        .filter(|&i| annotations[i].start <= annotations[i].end)
        .collect();
    order.sort_by_key(|&i| {
        let a = &annotations[i];
        (a.start, a.start != a.end, std::cmp::Reverse(a.end))
    });
    // Ends in position order, for closing.
    let mut ends: Vec<usize> = order
        .iter()
        .filter(|&&i| annotations[i].start != annotations[i].end)
        .map(|&i| annotations[i].end)
        .collect();
    ends.sort_unstable();
    ends.dedup();

    let mut stack: Vec<usize> = Vec::new();
    let mut next_open = 0;
    let mut next_end = 0;
    let mut chars = text.char_indices();
    let mut pos = 0; // characters walked
    let mut byte = 0; // their length in bytes
    let mut written = 0; // bytes of `text` already written
    loop {
        let open_at = order.get(next_open).map(|&i| annotations[i].start);
        let close_at = ends.get(next_end).copied();
        let Some(target) = [open_at, close_at].into_iter().flatten().min() else {
            break;
        };
        // Walk the text to the next boundary.
        while pos < target {
            let Some((b, c)) = chars.next() else { break };
            pos += 1;
            byte = b + c.len_utf8();
        }
        if pos < target {
            // Past the text's end: nothing more can be marked.
            break;
        }
        escape::push(out, &text[written..byte]);
        written = byte;
        if close_at == Some(target) {
            close_ending_at(out, annotations, &mut stack, target);
            next_end += 1;
        }
        while let Some(&i) = order.get(next_open) {
            if annotations[i].start != target {
                break;
            }
            out.push_str(&annotations[i].open);
            if annotations[i].start == annotations[i].end {
                out.push_str(annotations[i].close);
            } else {
                stack.push(i);
            }
            next_open += 1;
        }
    }
    escape::push(out, &text[written..]);
    // Spans that ran past the text's end are closed with it.
    while let Some(i) = stack.pop() {
        out.push_str(annotations[i].close);
    }
}

/// Close every open span that ends at `pos`; spans opened inside one of them
/// that go on are closed with it and reopened as continuation pieces.
fn close_ending_at(out: &mut String, anns: &[Annotation], stack: &mut Vec<usize>, pos: usize) {
    let Some(lowest) = stack.iter().position(|&i| anns[i].end == pos) else {
        return;
    };
    let popped: Vec<usize> = stack.drain(lowest..).collect();
    for &i in popped.iter().rev() {
        out.push_str(anns[i].close);
    }
    for &i in &popped {
        if anns[i].end != pos {
            out.push_str(&anns[i].cont);
            stack.push(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(start: usize, end: usize, name: &str) -> Annotation {
        Annotation {
            start,
            end,
            open: format!("<m {name}>"),
            cont: format!("<m {name}+>"),
            close: "</m>",
        }
    }

    fn show(text: &str, anns: &[Annotation]) -> String {
        let mut out = String::new();
        render(&mut out, text, anns);
        out
    }

    /// The text of every piece of `name`, joined: what a reader of the page sees
    /// highlighted for it.
    fn pieces(html: &str, name: &str) -> String {
        let mut text = String::new();
        let mut depth_in: Vec<bool> = Vec::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            if depth_in.iter().any(|&b| b) {
                text.push_str(&rest[..lt]);
            }
            let gt = rest[lt..].find('>').unwrap() + lt;
            let tag = &rest[lt + 1..gt];
            if tag.starts_with('/') {
                depth_in.pop();
            } else {
                let n = tag.trim_start_matches("m ").trim_end_matches('+');
                depth_in.push(n == name);
            }
            rest = &rest[gt + 1..];
        }
        text
    }

    #[test]
    fn a_placeholder_inside_a_fact_nests() {
        // The seed report: `20xx` is a masked number inside the count `20xx餘人`.
        let text = "受益居民20xx餘人,為";
        let html = show(text, &[ann(4, 10, "f"), ann(4, 8, "p")]);
        assert_eq!(html, "受益居民<m f><m p>20xx</m>餘人</m>,為");
        assert_eq!(pieces(&html, "f"), "20xx餘人");
        assert_eq!(pieces(&html, "p"), "20xx");
    }

    #[test]
    fn crossing_spans_are_split_and_keep_their_text() {
        let text = "自2024年1月至3月";
        let html = show(text, &[ann(1, 9, "a"), ann(7, 11, "b")]);
        assert_eq!(html, "自<m a>2024年1<m b>月至</m></m><m b+>3月</m>");
        assert_eq!(pieces(&html, "a"), "2024年1月至");
        assert_eq!(pieces(&html, "b"), "月至3月");
    }

    #[test]
    fn spans_at_both_ends_of_the_text() {
        let text = "2025年社區中秋活動總結";
        let html = show(text, &[ann(0, 5, "d"), ann(9, 13, "t")]);
        assert_eq!(html, "<m d>2025年</m>社區中秋<m t>活動總結</m>");
        let whole = show(text, &[ann(0, 13, "w")]);
        assert_eq!(whole, "<m w>2025年社區中秋活動總結</m>");
    }

    #[test]
    fn the_same_span_twice_and_spans_that_touch() {
        let html = show(
            "近3000元",
            &[ann(0, 6, "a"), ann(0, 6, "b"), ann(6, 6, "z")],
        );
        assert!(html.ends_with("</m></m><m z></m>"), "{html}");
        assert_eq!(pieces(&html, "a"), "近3000元");
        assert_eq!(pieces(&html, "b"), "近3000元");
        let html = show("6戶近3000元", &[ann(0, 2, "a"), ann(2, 8, "b")]);
        assert_eq!(html, "<m a>6戶</m><m b>近3000元</m>");
    }

    #[test]
    fn an_anchor_comes_before_the_spans_that_start_with_it() {
        let html = show(
            "一、總結",
            &[ann(0, 4, "h"), ann(0, 0, "a"), ann(2, 2, "b")],
        );
        assert_eq!(html, "<m a></m><m h>一、<m b></m>總結</m>");
    }

    #[test]
    fn text_between_and_inside_marks_is_escaped() {
        let html = show("<b>【 】&", &[ann(3, 6, "p")]);
        assert_eq!(html, "&lt;b&gt;<m p>【 】</m>&amp;");
    }

    #[test]
    fn spans_past_the_end_never_panic() {
        let html = show(
            "聯系人：",
            &[ann(2, 40, "a"), ann(50, 60, "b"), ann(3, 2, "c")],
        );
        assert_eq!(html, "聯系<m a>人：</m>");
    }

    #[test]
    fn three_levels_with_a_crossing_inner_span() {
        // A heading title holding a date, crossed by a placeholder.
        let text = "一、20xx年工作總結";
        let html = show(text, &[ann(2, 11, "h"), ann(2, 7, "d"), ann(6, 9, "p")]);
        assert_eq!(pieces(&html, "h"), "20xx年工作總結");
        assert_eq!(pieces(&html, "d"), "20xx年");
        assert_eq!(pieces(&html, "p"), "年工作");
    }
}
