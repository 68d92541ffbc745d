//! What the extractors see of one decoded file: the original text, a byte-aligned
//! Simplified copy to match rules against, the offset index, the structure and the
//! word tokens. Built once per file by the pipeline.

use std::ops::Range;

use crate::document::Span;
use crate::segment::{Pos, Segmenter, Tok};
use crate::structure::Structure;
use crate::text::TextIndex;

/// One decoded file as every rule reads it, built once so the rules share it
/// instead of each redoing the work.
pub struct Analysis<'a> {
    /// The decoded original text (BOM dropped, line endings kept).
    pub text: &'a str,
    /// A Simplified copy with exactly the same byte layout as `text`: every byte
    /// offset valid in one is valid in the other, and means the same character.
    /// Rules are written once, in Simplified, and matched here.
    pub simplified: &'a str,
    /// Turns byte offsets into the characters, lines and columns of the output.
    pub index: &'a TextIndex,
    /// The articles and sections, so each finding can name where it is.
    pub structure: &'a Structure,
    /// Word tokens over `simplified` (empty for `check`, which needs no segmentation).
    pub tokens: &'a [Tok],
    /// Tags words on demand: tokens from [`Segmenter::cut_numeric`] carry no tag,
    /// and the rules need the tags of only a few of them.
    pub segmenter: Option<&'a Segmenter>,
}

/// Where a byte range sits, in the units of the output.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Location {
    pub(crate) article: Option<usize>,
    /// Id of the innermost enclosing section.
    pub(crate) section: Option<String>,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) span: Span,
}

impl<'a> Analysis<'a> {
    /// The part-of-speech tag of a token: its own, or computed now.
    pub(crate) fn tag(&self, t: &Tok) -> Pos {
        match self.segmenter {
            Some(seg) if !t.pos.is_tagged() => seg.tag_in(self.simplified, t),
            _ => t.pos,
        }
    }

    pub(crate) fn locate(&self, range: Range<usize>) -> Location {
        let ((line, column), span) = self.index.locate(self.text, range.clone());
        let (article, section) = self.structure.locate(range.start);
        Location {
            article,
            section: section.map(|i| self.structure.sections[i].id.clone()),
            line,
            column,
            span,
        }
    }

    /// The original text of a byte range (what every `text` field holds).
    pub(crate) fn original(&self, range: Range<usize>) -> &'a str {
        &self.text[range]
    }
}
