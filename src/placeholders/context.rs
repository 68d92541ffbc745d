//! A placeholder's `context`: the heading of the section it sits in and the text
//! around it on its line, as SPEC shows it: `(一)重點區域 / __社區`.

use std::ops::Range;

use crate::analysis::Analysis;

/// Characters of the line kept on each side of the placeholder.
const AROUND: usize = 12;

pub fn context(a: &Analysis, range: Range<usize>) -> String {
    let text = a.text;
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let before = text[line_start..range.start].trim_start();
    let after = text[range.end..line_end.max(range.end)].trim_end();
    let mut snippet = String::new();
    let n_before = before.chars().count();
    if n_before > AROUND {
        snippet.push('…');
        snippet.extend(before.chars().skip(n_before - AROUND));
    } else {
        snippet.push_str(before);
    }
    snippet.push_str(&text[range.clone()]);
    let n_after = after.chars().count();
    snippet.extend(after.chars().take(AROUND));
    if n_after > AROUND {
        snippet.push('…');
    }
    // The innermost section whose heading is on an earlier line (on the heading
    // line itself, the heading is already in the snippet: take its parent).
    let mut sec = a.structure.locate(range.start).1;
    while let Some(i) = sec {
        let s = &a.structure.sections[i];
        if s.marker.start < line_start {
            break;
        }
        sec = s.parent;
    }
    match sec {
        Some(i) => {
            let s = &a.structure.sections[i];
            let h = text[s.marker.start..s.title.end].trim();
            format!("{h} / {snippet}")
        }
        None => snippet,
    }
}
