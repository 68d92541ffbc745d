//! A placeholder's `context`: the heading of the section it sits in and the text
//! around it on its line, as the document shows it: `(一)重點區域 / __社區`.

use std::ops::Range;

use crate::analysis::Analysis;

/// Characters of the line kept on each side of the placeholder.
const AROUND: usize = 12;

/// Where the text of a line begins and ends, white space left out (on a line of
/// only white space, `first` is the line's end and `last_end` its start).
#[derive(Debug, Clone, Copy)]
struct Edges {
    /// Byte offset of the first character that is not white space.
    first: usize,
    /// Byte offset just after the last character that is not white space.
    last_end: usize,
}

/// The contexts of the placeholders of one text, asked in text order. Whether
/// the line goes on before or after a snippet is read from the line's first and
/// last non-space characters, found once per line: the cost of a context does not
/// grow with the length of its line.
pub struct Contexts<'t, 'a> {
    a: &'t Analysis<'a>,
    /// The line last asked about: its index and its [`Edges`].
    line: Option<(usize, Edges)>,
}

impl<'t, 'a> Contexts<'t, 'a> {
    pub fn new(a: &'t Analysis<'a>) -> Self {
        Contexts { a, line: None }
    }

    fn edges(&mut self, index: usize, line: Range<usize>) -> Edges {
        match self.line {
            Some((i, e)) if i == index => e,
            _ => {
                let s = &self.a.text[line.clone()];
                let e = Edges {
                    first: line.start + (s.len() - s.trim_start().len()),
                    last_end: line.start + s.trim_end().len(),
                };
                self.line = Some((index, e));
                e
            }
        }
    }

    pub(crate) fn context(&mut self, range: Range<usize>) -> String {
        let a = self.a;
        let text = a.text;
        let line_index = a.index.line_index(range.start);
        let line = a.index.line_range(text, line_index);
        let line_start = line.start;
        let line_end = line.end.max(range.end);
        let edges = self.edges(line_index, line);
        // At most AROUND characters each side, found without walking long lines.
        let before = &text[line_start..range.start];
        let cut = before
            .char_indices()
            .rev()
            .nth(AROUND - 1)
            .map(|(i, _)| i)
            .unwrap_or(0);
        let mut snippet = String::new();
        // Text before the cut: the line's first non-space character is before it.
        if cut > 0 && edges.first < line_start + cut {
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
        // Text after the cut: the line's last non-space character is after it.
        if edges.last_end > range.end + cut {
            snippet.push('…');
        }
        with_heading(a, range, line_start, snippet)
    }
}

fn with_heading(a: &Analysis, range: Range<usize>, line_start: usize, snippet: String) -> String {
    let text = a.text;
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
