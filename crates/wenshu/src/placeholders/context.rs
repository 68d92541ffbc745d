//! A placeholder's `context`: the heading of the section it sits in and the text
//! around it on its line, as SPEC shows it: `(一)重點區域 / __社區`.

use std::ops::Range;

use crate::analysis::Analysis;

/// Characters of the line kept on each side of the placeholder.
const AROUND: usize = 12;

pub(crate) fn context(a: &Analysis, range: Range<usize>) -> String {
    let text = a.text;
    let line = a.index.line_range(text, a.index.line_index(range.start));
    let line_start = line.start;
    let line_end = line.end.max(range.end);
    // At most AROUND characters each side, found without walking long lines.
    let before = &text[line_start..range.start];
    let cut = before
        .char_indices()
        .rev()
        .nth(AROUND - 1)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let mut snippet = String::new();
    if cut > 0 && !before[..cut].trim_start().is_empty() {
        snippet.push('…');
    }
    snippet.push_str(before[cut..].trim_start());
    snippet.push_str(&text[range.clone()]);
    let after = &text[range.end..line_end.max(range.end)];
    let cut = after
        .char_indices()
        .nth(AROUND)
        .map_or(after.len(), |(i, _)| i);
    snippet.push_str(after[..cut].trim_end());
    if !after[cut..].trim_end().is_empty() {
        snippet.push('…');
    }
    // The innermost section whose heading is on an earlier line (on the heading
    // line itself, the heading is already in the snippet: take its parent).
    let (article, mut sec) = a.structure.locate(range.start);
    while let Some(i) = sec {
        let s = &a.structure.sections[i];
        if s.marker.start < line_start {
            break;
        }
        sec = s.parent;
    }
    // Outside any section, the article's title line is the heading.
    let heading = match sec {
        Some(i) => {
            let s = &a.structure.sections[i];
            Some(text[s.marker.start..s.title.end].trim())
        }
        None => article
            .and_then(|i| a.structure.articles[i].title.clone())
            .filter(|t| t.start < line_start)
            .map(|t| text[t].trim()),
    };
    let context = match heading {
        Some(h) if !h.is_empty() => format!("{h} / {snippet}"),
        _ => snippet,
    };
    // Tabs and other control characters as spaces: the context is one line.
    if context.contains(|c: char| c.is_control()) {
        context
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    } else {
        context
    }
}
