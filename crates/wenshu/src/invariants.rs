//! Checks of what every document promises, whatever the input: every `text`
//! equals the original at its `span`, spans lie inside the text, lines and columns
//! agree with spans, and sections nest (a child's span inside its parent's, levels
//! going down by one). Used by the property tests, the fuzz targets and anyone who
//! wants to validate a document against its source.

use std::collections::HashMap;

use crate::document::{Document, Span};
use crate::structure::Structure;

/// Character offsets of line starts, to check `line`/`column` against spans.
struct Chars {
    chars: Vec<char>,
    /// Character offset where each line starts.
    line_starts: Vec<usize>,
}

impl Chars {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut line_starts = vec![0];
        line_starts.extend(
            chars
                .iter()
                .enumerate()
                .filter(|(_, &c)| c == '\n')
                .map(|(i, _)| i + 1),
        );
        Chars { chars, line_starts }
    }

    fn at(&self, span: Span, what: &str) -> Result<&[char], String> {
        let [s, e] = span;
        if s > e || e > self.chars.len() {
            return Err(format!(
                "{what}: span {span:?} outside the text ({} characters)",
                self.chars.len()
            ));
        }
        Ok(&self.chars[s..e])
    }

    fn line_col(&self, ch: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= ch);
        (line, ch - self.line_starts[line - 1] + 1)
    }

    fn text_at(&self, span: Span, text: &str, what: &str) -> Result<(), String> {
        let got = self.at(span, what)?;
        if !got.iter().copied().eq(text.chars()) {
            let got: String = got.iter().take(200).collect();
            return Err(format!(
                "{what}: text {text:?} but the original at {span:?} is {got:?}"
            ));
        }
        Ok(())
    }

    fn position(&self, span: Span, line: usize, column: usize, what: &str) -> Result<(), String> {
        let want = self.line_col(span[0]);
        if want != (line, column) {
            return Err(format!(
                "{what}: line/column {:?} but its span {span:?} starts at {want:?}",
                (line, column)
            ));
        }
        Ok(())
    }
}

/// Check a document against the decoded original text it was made from.
pub fn check_document(doc: &Document, original: &str) -> Result<(), String> {
    let c = Chars::new(original);
    if doc.source.chars != c.chars.len() {
        return Err(format!(
            "source.chars is {} but the text has {} characters",
            doc.source.chars,
            c.chars.len()
        ));
    }
    for (i, a) in doc.articles.iter().enumerate() {
        let what = format!("article {i}");
        c.at(a.span, &what)?;
        if a.index != i {
            return Err(format!("{what}: index {}", a.index));
        }
        match (&a.title, a.title_span) {
            (Some(t), Some(ts)) => {
                c.text_at(ts, t, &what)?;
                if ts[0] < a.span[0] || ts[1] > a.span[1] {
                    return Err(format!("{what}: title span {ts:?} outside {:?}", a.span));
                }
            }
            (Some(_), None) => return Err(format!("{what}: a title without a title_span")),
            _ => {}
        }
    }
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, s) in doc.sections.iter().enumerate() {
        let what = format!("section {} ({})", s.id, i);
        c.at(s.span, &what)?;
        c.text_at(s.title_span, &s.title, &what)?;
        if s.title_span[0] < s.span[0] || s.title_span[1] > s.span[1] {
            return Err(format!(
                "{what}: title span {:?} outside its span {:?}",
                s.title_span, s.span
            ));
        }
        if s.article >= doc.articles.len().max(1) {
            return Err(format!("{what}: article {} does not exist", s.article));
        }
        match &s.parent {
            None => {
                if s.level != 1 {
                    return Err(format!("{what}: top-level section at level {}", s.level));
                }
            }
            Some(pid) => {
                let Some(&pi) = by_id.get(pid.as_str()) else {
                    return Err(format!("{what}: parent {pid} is not an earlier section"));
                };
                let p = &doc.sections[pi];
                if s.level != p.level + 1 {
                    return Err(format!(
                        "{what}: level {} under a parent of level {}",
                        s.level, p.level
                    ));
                }
                if s.span[0] < p.span[0] || s.span[1] > p.span[1] {
                    return Err(format!(
                        "{what}: span {:?} not inside its parent {}'s {:?}",
                        s.span, p.id, p.span
                    ));
                }
                if s.article != p.article {
                    return Err(format!("{what}: in another article than its parent"));
                }
            }
        }
        if by_id.insert(&s.id, i).is_some() {
            return Err(format!("{what}: id used twice"));
        }
    }
    for (i, f) in doc.facts.iter().enumerate() {
        let what = format!("fact {i}");
        c.text_at(f.span, &f.text, &what)?;
        c.position(f.span, f.line, f.column, &what)?;
        if let Some(sid) = &f.section {
            if !by_id.contains_key(sid.as_str()) {
                return Err(format!("{what}: section {sid} does not exist"));
            }
        }
    }
    for (i, p) in doc.placeholders.iter().enumerate() {
        let what = format!("placeholder {i}");
        c.text_at(p.span, &p.text, &what)?;
        c.position(p.span, p.line, p.column, &what)?;
        if p.fact.is_some_and(|f| f >= doc.facts.len()) {
            return Err(format!("{what}: fact index {:?} out of range", p.fact));
        }
        if let Some(sid) = &p.section {
            if !by_id.contains_key(sid.as_str()) {
                return Err(format!("{what}: section {sid} does not exist"));
            }
        }
    }
    for (i, t) in doc.tokens.to_vec().iter().enumerate() {
        c.text_at(t.span, &t.text, &format!("token {i}"))?;
    }
    Ok(())
}

/// Check a [`Structure`] (byte ranges) against the text it was built from.
pub fn check_structure(st: &Structure, text: &str) -> Result<(), String> {
    let ok = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for (i, a) in st.articles.iter().enumerate() {
        if !ok(&a.range) || a.title.as_ref().is_some_and(|t| !ok(t)) {
            return Err(format!("article {i}: bad range {a:?}"));
        }
    }
    for (i, s) in st.sections.iter().enumerate() {
        if !ok(&s.range) || !ok(&s.title) || !ok(&s.marker) {
            return Err(format!("section {i}: bad range {s:?}"));
        }
        if s.title.start < s.range.start || s.title.end > s.range.end {
            return Err(format!("section {i}: title outside its range {s:?}"));
        }
        if s.level as usize > crate::structure::MAX_DEPTH + 1 {
            return Err(format!("section {i}: level {} too deep", s.level));
        }
        match s.parent {
            None if s.level != 1 => return Err(format!("section {i}: top level at {}", s.level)),
            None => {}
            Some(p) if p >= i => return Err(format!("section {i}: parent {p} comes later")),
            Some(p) => {
                let p = &st.sections[p];
                if s.level != p.level + 1
                    || s.range.start < p.range.start
                    || s.range.end > p.range.end
                {
                    return Err(format!(
                        "section {i}: does not nest in its parent: {s:?} in {p:?}"
                    ));
                }
            }
        }
    }
    Ok(())
}
