//! Markdown's fenced code blocks: the lines between two fences of three or more
//! backticks (```` ```ts ```` … ```` ``` ````), indented or not (a block inside a
//! list entry is indented with it). They hold code, not prose: no line of one is a
//! heading, and its `()` or `[]` are syntax, not blanks to fill. (Tildes, which
//! Markdown also allows, are read as no fence: a line of `~~~~` is a common
//! separator in plain-text notices and forms.)

use std::ops::Range;

/// The byte ranges of the text's fenced code blocks, each from the start of its
/// opening fence to the end of its closing fence's line. A fence that is never
/// closed opens no block: a stray ```` ``` ```` in prose hides nothing.
pub(crate) fn code_blocks(text: &str) -> Vec<Range<usize>> {
    // (A SIMD search: most texts hold no fence, and this runs over every one.)
    if memchr::memmem::find(text.as_bytes(), b"```").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The open fence: where it starts, its character and its length.
    let mut open: Option<(usize, char, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_start_matches([' ', '\t']);
        let Some(fence) = body.chars().next().filter(|&c| c == '`') else {
            continue;
        };
        let run = body.chars().take_while(|&c| c == fence).count();
        if run < 3 {
            continue;
        }
        match open {
            None => {
                // An opening fence's info string is a language's name (`ts`, `json`).
                let info = body[run..].trim();
                if info
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-' | '.'))
                {
                    open = Some((start, fence, run));
                }
            }
            Some((from, c, n)) => {
                if c == fence && run >= n && body[run..].trim().is_empty() {
                    out.push(from..at);
                    open = None;
                }
            }
        }
    }
    out
}

/// Whether byte `i` lies inside one of `blocks` (sorted, as [`code_blocks`] gives
/// them).
pub(crate) fn inside(blocks: &[Range<usize>], i: usize) -> bool {
    let k = blocks.partition_point(|r| r.end <= i);
    blocks.get(k).is_some_and(|r| r.start <= i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fenced_blocks_indented_or_not_and_only_when_closed() {
        let t = "## 4.1 数据结构\n```TypeScript\n/* --- 基础类型 --- */\nexport type A = () => void;\n```\n正文\n   ```json\n   { \"a\": 1 }\n   ```\n";
        let b = code_blocks(t);
        assert_eq!(b.len(), 2);
        assert!(t[b[0].clone()].contains("基础类型"));
        assert!(t[b[1].clone()].contains("\"a\""));
        assert!(!inside(&b, t.find("正文").unwrap()));
        assert!(inside(&b, t.find("() =>").unwrap()));
        assert!(!inside(&b, 0));
        // A longer closing fence closes; a shorter one does not; tildes are a
        // separator of plain text, no fence.
        assert_eq!(code_blocks("````\na\n```\nb\n`````\n").len(), 1);
        assert!(code_blocks("参会回执\n~~~~~~\n单位名称：（  ）\n~~~~~~\n").is_empty());
        // Never closed, or inline code on one line: no block.
        assert!(code_blocks("```\n代码\n正文继续").is_empty());
        assert!(code_blocks("用 ```x``` 表示").is_empty());
    }
}
