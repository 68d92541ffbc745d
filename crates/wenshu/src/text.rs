//! Offsets: every stage works on byte offsets into the decoded original text; the
//! output speaks in characters (Unicode scalar values), 1-based lines and columns.
//! [`TextIndex`] converts in O(block) per lookup, with no per-character table, so a
//! 16 MB line costs no more than many short ones.

use crate::document::Span;

/// Characters are counted in blocks of this many bytes.
const BLOCK: usize = 256;

/// Turns byte offsets of one text into character offsets, lines and columns.
#[derive(Debug, Clone)]
pub struct TextIndex {
    /// Characters before each block of `BLOCK` bytes.
    block_chars: Vec<usize>,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    len: usize,
}

#[inline]
fn is_char_start(b: u8) -> bool {
    // Continuation bytes are 0b10xx_xxxx.
    (b as i8) >= -0x40
}

/// Characters in `bytes` (which may begin or end inside one): the bytes that are
/// not continuation bytes, eight at a time.
fn count_chars(bytes: &[u8]) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // A continuation byte has bit 7 set and bit 6 clear.
        let continuation = (x >> 7) & !(x >> 6) & LOW;
        n += 8 - continuation.count_ones() as usize;
    }
    n + words
        .remainder()
        .iter()
        .filter(|&&b| is_char_start(b))
        .count()
}

impl TextIndex {
    /// Index a text: one pass, counting characters per block and finding the lines.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut block_chars = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut total = 0;
        for chunk in bytes.chunks(BLOCK) {
            block_chars.push(total);
            total += count_chars(chunk);
        }
        block_chars.push(total);
        let mut line_starts = vec![0];
        line_starts.extend(memchr_iter(b'\n', bytes).map(|i| i + 1));
        if line_starts.len() > 1 && *line_starts.last().unwrap() == bytes.len() {
            // A final line break does not open an empty last line.
            line_starts.pop();
        }
        TextIndex {
            block_chars,
            line_starts,
            len: bytes.len(),
        }
    }

    /// Total characters.
    pub fn chars(&self) -> usize {
        *self.block_chars.last().unwrap_or(&0)
    }

    /// Number of lines (0 for an empty text).
    pub fn lines(&self) -> usize {
        if self.len == 0 {
            0
        } else {
            self.line_starts.len()
        }
    }

    /// Character offset of a byte offset (which must be a char boundary or the end).
    pub(crate) fn char_at(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let block = byte / BLOCK;
        let start = block * BLOCK;
        self.block_chars[block] + count_chars(&text.as_bytes()[start..byte])
    }

    /// `[start, end)` in characters for a byte range.
    pub(crate) fn span(&self, text: &str, range: std::ops::Range<usize>) -> Span {
        [
            self.char_at(text, range.start),
            self.char_at(text, range.end),
        ]
    }

    /// 0-based line index of a byte offset.
    pub(crate) fn line_index(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte range of a 0-based line, without its line break (`\n` or `\r\n`).
    pub(crate) fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[line];
        let mut end = self
            .line_starts
            .get(line + 1)
            .map(|&s| s - 1)
            .unwrap_or(self.len);
        let b = text.as_bytes();
        if end > start
            && end <= b.len()
            && end < self.len + 1
            && end > 0
            && b.get(end - 1) == Some(&b'\r')
        {
            end -= 1;
        }
        start..end
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub(crate) fn line_col(&self, text: &str, byte: usize) -> (usize, usize) {
        self.line_col_of(text, byte, self.char_at(text, byte))
    }

    /// [`Self::line_col`] when the character offset of `byte` is known.
    fn line_col_of(&self, text: &str, byte: usize, ch: usize) -> (usize, usize) {
        let line = self.line_index(byte);
        let start = self.line_starts[line];
        // Within one block the column is counted directly.
        let col = if byte.min(self.len) / BLOCK == start / BLOCK && byte >= start {
            count_chars(&text.as_bytes()[start..byte.min(self.len)]) + 1
        } else {
            ch - self.char_at(text, start) + 1
        };
        (line + 1, col)
    }

    /// Line, column and character span of a byte range, each character offset
    /// counted once.
    pub(crate) fn locate(
        &self,
        text: &str,
        range: std::ops::Range<usize>,
    ) -> ((usize, usize), Span) {
        let first = self.char_at(text, range.start);
        let last = self.char_at(text, range.end);
        (self.line_col_of(text, range.start, first), [first, last])
    }

    /// Byte offset of a character offset (binary search over blocks, then a scan).
    pub(crate) fn byte_of_char(&self, text: &str, ch: usize) -> usize {
        let block = match self.block_chars.binary_search(&ch) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let mut byte = (block * BLOCK).min(self.len);
        // Step back to a char boundary: a block may begin inside a character.
        while byte > 0 && !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let first = self.char_at(text, byte);
        for (count, (i, _)) in (first..).zip(text[byte..].char_indices()) {
            if count == ch {
                return byte + i;
            }
        }
        self.len
    }
}

fn memchr_iter(needle: u8, hay: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(needle, hay)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_lines_count_characters() {
        let text = "一、標題\n內容9月17日\r\nabc";
        let ix = TextIndex::new(text);
        assert_eq!(ix.chars(), text.chars().count());
        assert_eq!(ix.lines(), 3);
        let b = text.find("9月").unwrap();
        let e = text.find("日").unwrap() + "日".len();
        let span = ix.span(text, b..e);
        let chars: String = text.chars().skip(span[0]).take(span[1] - span[0]).collect();
        assert_eq!(chars, "9月17日");
        assert_eq!(ix.line_col(text, b), (2, 3));
        assert_eq!(&text[ix.line_range(text, 1)], "內容9月17日");
        assert_eq!(ix.line_col(text, text.find("abc").unwrap()), (3, 1));
        assert_eq!(ix.byte_of_char(text, span[0]), b);
    }

    #[test]
    fn long_lines_cross_blocks() {
        let text: String = "中文abc".repeat(500);
        let ix = TextIndex::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate().step_by(37) {
            assert_eq!(ix.char_at(&text, bi), ci);
            assert_eq!(ix.byte_of_char(&text, ci), bi);
        }
        assert_eq!(ix.char_at(&text, text.len()), text.chars().count());
    }

    #[test]
    fn characters_are_counted_across_word_edges() {
        // Every split of a mixed text, so that the eight-byte steps meet
        // characters cut at both ends.
        let text = "a中b𠀀ç文字x\r\n第1條：二〇二三年12月3日";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            for j in i..=b.len() {
                let naive = b[i..j].iter().filter(|&&c| is_char_start(c)).count();
                assert_eq!(count_chars(&b[i..j]), naive, "{i}..{j}");
            }
        }
        let long = text.repeat(40);
        let ix = TextIndex::new(&long);
        for (bi, _) in long.char_indices().step_by(7) {
            let line = long[..bi].matches('\n').count() + 1;
            let line_start = long[..bi].rfind('\n').map_or(0, |k| k + 1);
            let col = long[line_start..bi].chars().count() + 1;
            assert_eq!(ix.line_col(&long, bi), (line, col));
            let ((l, c), span) = ix.locate(&long, bi..long.len());
            assert_eq!((l, c), (line, col));
            assert_eq!(span, [long[..bi].chars().count(), long.chars().count()]);
        }
    }

    #[test]
    fn empty_text() {
        let ix = TextIndex::new("");
        assert_eq!(ix.chars(), 0);
        assert_eq!(ix.lines(), 0);
        assert_eq!(ix.line_col("", 0), (1, 1));
    }
}
