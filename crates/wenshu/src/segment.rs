//! Word segmentation with jieba-rs: one instance, loaded once (from a snapshot of
//! its dictionary and `dicts/user.dict`, plus any `--dict` files), shared by every
//! thread (`Jieba` is `Send + Sync`).
//!
//! The Simplified copy is segmented, not the original: measured here, jieba on
//! Traditional text agrees with the segmentation of its Simplified conversion on
//! only 83% of tokens. The copy has the original's byte layout (see
//! [`crate::normalize::Normalizer::aligned_simplified`]), so token offsets are
//! valid in the original as they are. Text is cut line by line (measured 2× faster
//! than whole text, and no word spans a line break).

use std::io::BufReader;
use std::path::Path;

use jieba_rs::Jieba;

/// jieba's default dictionary with the project's report vocabulary
/// (`dicts/user.dict`) loaded on top, as a snapshot that `build.rs` takes at
/// compile time: reading it takes a few milliseconds, loading the dictionaries
/// 100 (most of the start-up of a short run).
const SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba.snapshot"));

/// jieba's part-of-speech model, also taken by `build.rs`.
const POSSEG_SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/posseg.snapshot"));

/// A part-of-speech tag (jieba's tag set: `n`, `nr`, `m`, `q`, `eng`, `x`…), stored
/// inline so tokens need no allocation. [`Pos::UNTAGGED`] (the empty string) on
/// tokens that [`Segmenter::cut`] did not tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Pos([u8; 4]);

impl Pos {
    /// No tag computed (see [`Segmenter::cut`]); `as_str()` is `""`.
    pub(crate) const UNTAGGED: Pos = Pos([0; 4]);

    pub(crate) fn is_tagged(&self) -> bool {
        self.0[0] != 0
    }

    fn new(tag: &str) -> Self {
        let mut b = [0u8; 4];
        for (d, s) in b.iter_mut().zip(tag.bytes()) {
            *d = s;
        }
        Pos(b)
    }

    pub(crate) fn as_str(&self) -> &str {
        let n = self.0.iter().position(|&b| b == 0).unwrap_or(4);
        std::str::from_utf8(&self.0[..n]).unwrap_or("x")
    }

    pub(crate) fn is_noun(&self) -> bool {
        self.0[0] == b'n'
    }
}

/// A word: byte range in the original (and Simplified) text, and its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) pos: Pos,
}

impl Tok {
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// jieba, loaded once with every dictionary and shared by all threads.
pub struct Segmenter {
    jieba: Jieba,
}

/// A user dictionary (`--dict`) that cannot be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error("{path}: cannot load the user dictionary: {message} — expected lines of `word [frequency] [tag]`")]
pub struct DictError {
    pub(crate) path: String,
    pub(crate) message: String,
}

impl Segmenter {
    /// jieba's default dictionary plus the project dictionary and the given files.
    pub fn new(user_dicts: &[&Path]) -> Result<Self, DictError> {
        std::thread::scope(|scope| {
            // jieba's part-of-speech model is a process-wide table it would parse
            // from text on the first out-of-vocabulary word it tags: load it from
            // the snapshot taken at build time, beside the dictionary load.
            let posseg = scope.spawn(|| {
                let loaded = jieba_rs::load_posseg_snapshot(POSSEG_SNAPSHOT);
                release_pages(POSSEG_SNAPSHOT);
                loaded
            });
            let seg = Self::load(user_dicts)?;
            match posseg.join() {
                Ok(Ok(_)) => Ok(seg),
                Ok(Err(e)) => Err(DictError {
                    path: "jieba's part-of-speech model (built in)".into(),
                    message: e.to_string(),
                }),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    fn load(user_dicts: &[&Path]) -> Result<Self, DictError> {
        let mut jieba = Jieba::from_snapshot(SNAPSHOT).map_err(|e| DictError {
            path: "jieba's dictionary and dicts/user.dict (built in)".into(),
            message: e.to_string(),
        })?;
        release_pages(SNAPSHOT);
        for path in user_dicts {
            let file = std::fs::File::open(path).map_err(|e| DictError {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            jieba
                .load_dict(&mut BufReader::new(file))
                .map_err(|e| DictError {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })?;
        }
        Ok(Segmenter { jieba })
    }

    /// Cut every line of `simplified` (which must have the original's byte
    /// layout), with part-of-speech tags where a number could be.
    ///
    /// Tagging costs 1.5× the cut itself (jieba guesses the tag of every
    /// out-of-vocabulary word with a second HMM), and only the words next to
    /// numbers need one (counted objects, numeral words). So a line is cut clause
    /// by clause (a clause ends at punctuation), and only clauses holding a digit,
    /// a Chinese numeral character or a mask (`x`, `X`, `_`) are tagged; the other
    /// tokens carry `Pos::UNTAGGED`. Word boundaries are exactly those of cutting
    /// the whole line (jieba segments each run of word characters on its own, and
    /// a clause boundary is always the start of such a run), and every tag given is
    /// the one `jieba.tag` gives the line (a word's tag depends on the word only).
    /// [`Segmenter::cut_tagged`] tags everything (`--tokens`).
    pub fn cut(&self, simplified: &str) -> Vec<Tok> {
        self.cut_lines(simplified, Mode::Numeric)
    }

    /// Cut only the clauses that may hold a number, without tags: the words the
    /// fact rules read (a numeral's own word, the counted noun after a measure
    /// word, the word before a number) never reach past the clause of the
    /// number, so the other clauses need no segmentation at all, and the few
    /// tags the rules ask for are computed on demand (`Segmenter::tag_in`).
    /// Where tokens are given, they are those of [`Segmenter::cut`].
    pub fn cut_numeric(&self, simplified: &str) -> Vec<Tok> {
        self.cut_numeric_at(simplified, 0)
    }

    /// [`Segmenter::cut_numeric`] of a stretch of whole lines that starts at byte
    /// `base` of its text (offsets are the text's).
    pub(crate) fn cut_numeric_at(&self, lines: &str, base: usize) -> Vec<Tok> {
        let mut toks = self.cut_lines(lines, Mode::OnlyNumeric);
        for t in &mut toks {
            t.start += base;
            t.end += base;
        }
        toks
    }

    /// Cut and tag every line (for `--tokens`).
    pub fn cut_tagged(&self, simplified: &str) -> Vec<Tok> {
        self.cut_lines(simplified, Mode::TagAll)
    }

    /// The tag `jieba.tag` gives token `t` of `s` in its line: a word's tag
    /// depends on the word only (its dictionary tag, or jieba's guess for an
    /// unknown word), so it is computed for the word alone.
    pub(crate) fn tag_in(&self, s: &str, t: &Tok) -> Pos {
        s.get(t.range()).map_or(Pos::UNTAGGED, |word| {
            // (Only a listed name is a word holding `、`: a noun.)
            if word.contains('、') && word.len() > '、'.len_utf8() {
                Pos::new("n")
            } else {
                Pos::new(self.jieba.tag_of(word))
            }
        })
    }

    fn cut_lines(&self, simplified: &str, mode: Mode) -> Vec<Tok> {
        let mut toks = Vec::with_capacity(match mode {
            Mode::OnlyNumeric => simplified.len() / 32,
            _ => simplified.len() / 5,
        });
        let mut base = 0;
        for line in simplified.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            if !body.trim().is_empty() {
                match mode {
                    Mode::TagAll => {
                        let names = crate::chinese::listed_names::comma_finder()
                            .find(body.as_bytes())
                            .is_some();
                        self.emit(body, base, Emit::Tag, &mut toks, names)
                    }
                    Mode::Numeric => self.cut_line(body, base, [Emit::Cut, Emit::Tag], &mut toks),
                    Mode::OnlyNumeric => {
                        self.cut_line(body, base, [Emit::Skip, Emit::Cut], &mut toks)
                    }
                }
            }
            base += line.len();
        }
        toks
    }

    /// One line, clause by clause: `how[0]` for clauses without a character
    /// that may be a number, `how[1]` for clauses with one. Consecutive clauses
    /// treated alike are given to jieba together.
    fn cut_line(&self, line: &str, base: usize, how: [Emit; 2], out: &mut Vec<Tok>) {
        // The current run of clauses with the same need for tags.
        let mut run_start = 0;
        let mut run_numeric: Option<bool> = None;
        let mut clause_start = 0;
        let mut clause_numeric = false;
        let mut prev_ends_clause = false;
        // The end of a short gloss inside a word run (`因公出国(境)费`): its
        // brackets end no clause, so the name is read whole with its figure.
        let mut gloss_until = 0;
        // Whether a listed name has been met on the line (its runs are joined).
        let mut names = false;
        let mut close_clause =
            |clause_start: usize, clause_numeric: bool, out: &mut Vec<Tok>, names: bool| {
                if let Some(t) = run_numeric.filter(|&t| t != clause_numeric) {
                    let text = &line[run_start..clause_start];
                    self.emit(text, base + run_start, how[t as usize], out, names);
                    run_start = clause_start;
                }
                run_numeric = Some(clause_numeric);
                (run_start, clause_numeric)
            };
        for (i, c) in line.char_indices() {
            if prev_ends_clause && is_word_char(c) {
                close_clause(clause_start, clause_numeric, out, names);
                clause_start = i;
                clause_numeric = false;
            }
            clause_numeric |= may_be_number(c);
            // Full-width digits and the signs inside and after numbers (`１６个`,
            // `８．４％以上`) are not word characters to jieba, but they do not
            // end a clause: the measure word, noun or qualifier after them is
            // read with the number.
            // Quotation marks set off a term inside the clause (`3个“城中村”整体
            // 改造类项目`): the words after them are read with the number too.
            if matches!(c, '(' | '（') && line[..i].chars().next_back().is_some_and(is_word_char) {
                gloss_until = gloss_end(&line[i..]).map_or(0, |e| i + e);
            }
            // A footnote's number after a word (`地区生产总值(GDP)[2]153.1亿元`)
            // ends no clause either.
            if c == '['
                && line[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| is_word_char(p) || p == ')')
            {
                if let Some(k) = footnote_end(&line[i..]) {
                    gloss_until = i + k;
                }
            }
            // (Nor does the `、` inside a name: `交通运输、仓储和邮政业`.)
            let in_name = c == '、' && crate::chinese::listed_names::around(line, i).is_some();
            names |= in_name;
            prev_ends_clause = !is_word_char(c)
                && !c.is_whitespace()
                && !in_name
                && !may_be_number(c)
                && !matches!(c, '％' | '‰' | '．' | '·' | '・')
                && !QUOTES.contains(&c)
                && i > gloss_until;
        }
        let (run_start, numeric) = close_clause(clause_start, clause_numeric, out, names);
        self.emit(
            &line[run_start..],
            base + run_start,
            how[numeric as usize],
            out,
            names,
        );
    }

    /// `names`: whether the text may hold a listed name, whose words are joined.
    fn emit(&self, text: &str, base: usize, how: Emit, out: &mut Vec<Tok>, names: bool) {
        let from = out.len();
        self.emit_words(text, base, how, out);
        if names {
            join_listed_names(text, base, from, out);
        }
    }

    fn emit_words(&self, text: &str, base: usize, how: Emit, out: &mut Vec<Tok>) {
        match how {
            Emit::Tag => out.extend(self.jieba.tag(text, true).into_iter().map(|t| Tok {
                start: base + t.byte_start,
                end: base + t.byte_end,
                pos: Pos::new(t.tag),
            })),
            Emit::Cut => out.extend(self.jieba.cut(text, true).into_iter().map(|t| Tok {
                start: base + t.byte_start,
                end: base + t.byte_end,
                pos: Pos::UNTAGGED,
            })),
            Emit::Skip => {}
        }
    }

    /// The loaded jieba, for what this type does not wrap (benchmarks compare
    /// against its plain `cut`).
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }
}

/// Make each listed name in `text` (at `base`) one token, a noun, of the tokens
/// `out[from..]` that cover it exactly (see [`crate::chinese::listed_names`]).
fn join_listed_names(text: &str, base: usize, from: usize, out: &mut Vec<Tok>) {
    for name in crate::chinese::listed_names::in_text(text)
        .into_iter()
        .rev()
    {
        let (start, end) = (base + name.start, base + name.end);
        let first = from + out[from..].partition_point(|t| t.start < start);
        let last = from + out[from..].partition_point(|t| t.end <= end);
        let exact = out.get(first).is_some_and(|t| t.start == start)
            && last > first
            && out[last - 1].end == end;
        if exact {
            let pos = if out[first].pos.is_tagged() {
                Pos::new("n")
            } else {
                Pos::UNTAGGED
            };
            out.splice(first..last, [Tok { start, end, pos }]);
        }
    }
}

/// Tell the OS that the pages of `bytes` (read-only data of the executable,
/// such as the snapshot once copied into jieba's tables) are no longer needed:
/// they leave the resident set instead of staying there for the whole run
/// (24 MB). Reading them again later would load them again from the file.
fn release_pages(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `sysconf` has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let Ok(page) = usize::try_from(page) else {
            return;
        };
        let start = (bytes.as_ptr() as usize).next_multiple_of(page.max(1));
        let end = (bytes.as_ptr() as usize + bytes.len()) / page.max(1) * page.max(1);
        if end > start {
            // SAFETY: whole pages inside a read-only, file-backed static: the
            // kernel drops them and maps the same file contents again on the
            // next access, so no byte the program can see changes. A failure
            // only means the pages stay resident.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}

/// Most characters inside a gloss's brackets (see [`gloss_end`]).
const GLOSS_MAX_CHARS: usize = 8;

/// Where the gloss opened by the bracket at the start of `rest` closes (the
/// byte offset of its closing bracket), when a word goes on right after it:
/// `(境)费`, `（含税）价`. Not an aside, which a mark or the line's end follows.
fn gloss_end(rest: &str) -> Option<usize> {
    let close = if rest.starts_with('(') { ')' } else { '）' };
    let (k, _) = rest
        .char_indices()
        .skip(1)
        .take(GLOSS_MAX_CHARS + 1)
        .find(|&(_, c)| c == close || !(is_word_char(c) || c.is_whitespace()))?;
    let after = rest[k..].strip_prefix(close)?;
    // (A footnote's number may follow it: `(GDP)[2]153.1亿元`.)
    let after = footnote_end(after).map_or(after, |f| &after[f + 1..]);
    (k > 1 && after.starts_with(is_word_char)).then_some(k)
}

/// Where the footnote mark opened by the `[` at the start of `rest` closes (the
/// byte offset of its `]`): one to three digits between the brackets.
fn footnote_end(rest: &str) -> Option<usize> {
    let k = rest.get(1..)?.find(']')? + 1;
    (2..=4)
        .contains(&k)
        .then_some(k)
        .filter(|&k| rest[1..k].bytes().all(|b| b.is_ascii_digit()))
}

/// Quotation marks, which mark a term and end no clause.
pub(crate) const QUOTES: &[char] = &['“', '”', '「', '」', '『', '』', '‘', '’', '"'];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Every line cut, clauses with numbers tagged.
    Numeric,
    /// Only clauses with numbers, cut, no tags.
    OnlyNumeric,
    /// Every line cut and tagged.
    TagAll,
}

/// What to do with a stretch of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Emit {
    Tag,
    Cut,
    Skip,
}

const WORD: u8 = 1;
const NUMBER: u8 = 2;

/// [`is_word_char`] and [`may_be_number`] of every BMP character, computed at
/// compile time: the segmenter asks both of every character of a text.
static BMP_CLASS: [u8; 0x1_0000] = {
    let mut t = [0u8; 0x1_0000];
    let mut i = 0;
    while i < 0x1_0000 {
        if let Some(c) = char::from_u32(i as u32) {
            t[i] = (is_word_char_slow(c) as u8 * WORD) | (may_be_number_slow(c) as u8 * NUMBER);
        }
        i += 1;
    }
    t
};

fn class(c: char) -> u8 {
    match BMP_CLASS.get(c as usize) {
        Some(&k) => k,
        None => is_word_char_slow(c) as u8 * WORD,
    }
}

/// jieba's word characters (`RE_HAN_DEFAULT`: CJK, ASCII letters and digits,
/// `+#&._%-`): it segments each run of them on its own.
fn is_word_char(c: char) -> bool {
    class(c) & WORD != 0
}

/// Could this character be part of a number (see [`may_be_number_slow`])?
fn may_be_number(c: char) -> bool {
    class(c) & NUMBER != 0
}

const fn is_word_char_slow(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
    } else {
        matches!(c,
            '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2A6DF}'
            | '\u{2A700}'..='\u{2EBEF}'
            | '\u{2F800}'..='\u{2FA1F}')
    }
}

/// Could this character be part of a number (or a masked one) whose neighbours
/// need tags: digits, Chinese numerals (common and financial forms, units,
/// tens), `半` (`半成`, `半折` are percentages), and the masks `x`, `X`, `_`, `＿`.
/// Every fact rule that reads words starts from one of these characters.
const fn may_be_number_slow(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit() || matches!(c, 'x' | 'X' | '_');
    }
    matches!(
        c,
        '０'
            ..='９'
                | '〇'
                | '○'
                | '零'
                | 'Ｏ'
                | '＿'
                | '一'
                | '壹'
                | '幺'
                | '弌'
                | '二'
                | '贰'
                | '貳'
                | '两'
                | '兩'
                | '俩'
                | '倆'
                | '弍'
                | '三'
                | '叁'
                | '參'
                | '参'
                | '弎'
                | '四'
                | '肆'
                | '五'
                | '伍'
                | '六'
                | '陆'
                | '陸'
                | '七'
                | '柒'
                | '八'
                | '捌'
                | '九'
                | '玖'
                | '十'
                | '拾'
                | '百'
                | '佰'
                | '千'
                | '仟'
                | '万'
                | '萬'
                | '亿'
                | '億'
                | '兆'
                | '京'
                | '廿'
                | '卅'
                | '卌'
                | '半'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text_with_byte_offsets() {
        let seg = Segmenter::new(&[]).unwrap();
        let text = "社区在职党员代表走访慰问\n共建单位参与科普活动";
        let toks = seg.cut(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.range()]).collect();
        assert!(words.contains(&"在职党员"), "{words:?}");
        assert!(words.contains(&"共建单位"), "{words:?}");
        assert!(words.iter().any(|w| w.starts_with("科普")), "{words:?}");
        // Tokens are in order and never cross a line break.
        for w in toks.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        assert!(words.iter().all(|w| !w.contains('\n')));
    }

    /// Cutting clause by clause gives the boundaries of cutting whole lines, and
    /// every tag given is the whole-line tag.
    fn assert_same_as_whole_lines(seg: &Segmenter, text: &str) {
        let full = seg.cut_tagged(text);
        let part = seg.cut(text);
        let b = |t: &[Tok]| t.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>();
        assert_eq!(b(&full), b(&part), "boundaries differ");
        for (f, p) in full.iter().zip(&part) {
            if p.pos.is_tagged() {
                assert_eq!(f.pos, p.pos, "{:?}", &text[p.range()]);
            }
        }
        // Every word with a digit or numeral is tagged.
        for p in &part {
            if text[p.range()].chars().any(may_be_number) {
                assert!(p.pos.is_tagged(), "{:?}", &text[p.range()]);
            }
        }
    }

    /// `cut_numeric` gives the tokens of `cut` in the clauses that may hold a
    /// number and nothing elsewhere, and `tag_in` the tag of tagging the line.
    fn assert_numeric_cut_agrees(seg: &Segmenter, text: &str) {
        let full = seg.cut_tagged(text);
        let part = seg.cut_numeric(text);
        let mut k = 0;
        for t in &part {
            while full[k].start < t.start {
                k += 1;
            }
            assert_eq!((full[k].start, full[k].end), (t.start, t.end));
            assert_eq!(seg.tag_in(text, t), full[k].pos, "{:?}", &text[t.range()]);
        }
        for f in &full {
            if text[f.range()].chars().any(may_be_number) {
                assert!(
                    part.iter().any(|t| t.range() == f.range()),
                    "{:?}",
                    &text[f.range()]
                );
            }
        }
    }

    /// `dicts/user.dict` corrects the tags of jieba's own dictionary: `补助款`
    /// (a grant, tagged a verb there) and `行政院` are nouns.
    #[test]
    fn the_user_dictionary_sets_the_tags_of_known_words() {
        let seg = Segmenter::new(&[]).unwrap();
        assert_eq!(seg.jieba.tag_of("补助款"), "n");
        assert_eq!(seg.jieba.tag_of("配合款"), "n");
        assert_eq!(seg.jieba.tag_of("行政院"), "nt");
    }

    #[test]
    fn numeric_cut_matches_whole_line_cut() {
        let seg = Segmenter::new(&[]).unwrap();
        let text = "社区居民参加12场活动，共走访慰问困难家庭6户。\n这里不含数字，也没有。\n\
                    志愿者XX人参与；发放物资二十余份，王小明等三人获奖。半成以上\n\
                    共有１６个国家参加，增长８．４％以上，１，２００名代表";
        assert_numeric_cut_agrees(&seg, text);
        let part = seg.cut_numeric(text);
        assert!(part.iter().all(|t| !text[t.range()].contains("没有")));
        for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus")).unwrap() {
            let bytes = std::fs::read(f.unwrap().path()).unwrap();
            let text = crate::decode::decode(&bytes, None).unwrap().text;
            let n = crate::normalize::Normalizer::new();
            let simplified = n.aligned_simplified(&text, &n.count(&text));
            assert_numeric_cut_agrees(&seg, &simplified);
        }
    }

    #[test]
    fn clause_cut_matches_whole_line_cut() {
        let seg = Segmenter::new(&[]).unwrap();
        for text in [
            "社区居民参加12场活动，共走访慰问困难家庭6户。志愿者XX人参与；发放物资二十余份",
            "時間　中華民國 105 年 12 月 23 日（星期五）上午 9 時 2 分至 9 時 39 分、10 時 15 分",
            "（一）重点区域，(二)重点问题：一是加强宣传，二是  帮扶困难群众 , 三是__人",
            "abc, def; 3.5% -- 1,234.5元！！？  全年GDP增长5.2%以上，city-001.txt",
            "，，开头是标点\r\n\n\n  　缩进 与 空格　\t结尾。",
        ] {
            assert_same_as_whole_lines(&seg, text);
        }
        for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus")).unwrap() {
            let bytes = std::fs::read(f.unwrap().path()).unwrap();
            let text = crate::decode::decode(&bytes, None).unwrap().text;
            let n = crate::normalize::Normalizer::new();
            let simplified = n.aligned_simplified(&text, &n.count(&text));
            assert_same_as_whole_lines(&seg, &simplified);
        }
    }

    /// The same, and the numeric cut with tags on demand, over the shared corpus
    /// (slow: `cargo test --release -- --ignored`).
    #[test]
    #[ignore]
    fn clause_cut_matches_whole_line_cut_on_the_reports() {
        let root = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/reports"
        );
        let seg = Segmenter::new(&[]).unwrap();
        let n = crate::normalize::Normalizer::new();
        for e in walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
        {
            if e.path().extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let bytes = std::fs::read(e.path()).unwrap();
            let text = crate::decode::decode(&bytes, None).unwrap().text;
            let simplified = n.aligned_simplified(&text, &n.count(&text));
            assert_same_as_whole_lines(&seg, &simplified);
            assert_numeric_cut_agrees(&seg, &simplified);
        }
    }

    /// The embedded snapshot is the state of loading jieba's dictionary and
    /// `dicts/user.dict` now (so `build.rs` ran on the current dictionary).
    #[test]
    fn the_snapshot_is_the_dictionaries_loaded_now() {
        let mut loaded = Jieba::new();
        loaded
            .load_dict(&mut BufReader::new(
                include_str!("../../../dicts/user.dict").as_bytes(),
            ))
            .unwrap();
        let seg = Segmenter::new(&[]).unwrap();
        assert!(loaded.to_snapshot() == seg.jieba().to_snapshot());
        let text = "社区在职党员代表走访慰问困难家庭6户，南京市长江大桥";
        assert_eq!(loaded.tag(text, true), seg.jieba().tag(text, true));
    }

    /// The part-of-speech model loaded from the embedded snapshot is the one
    /// jieba parses from its text (the snapshot was taken from the parsed one).
    #[test]
    fn the_part_of_speech_snapshot_is_the_parsed_model() {
        let _ = Segmenter::new(&[]).unwrap();
        assert!(jieba_rs::posseg_snapshot() == POSSEG_SNAPSHOT);
        for cut in [1, 9, POSSEG_SNAPSHOT.len() / 2, POSSEG_SNAPSHOT.len() - 1] {
            assert!(jieba_rs::load_posseg_snapshot(&POSSEG_SNAPSHOT[..cut]).is_err());
        }
        let mut flipped = POSSEG_SNAPSHOT.to_vec();
        let n = flipped.len();
        flipped[n - 3] = 0xFF; // a row's bound beyond the states
        assert!(jieba_rs::load_posseg_snapshot(&flipped).is_err());
    }

    #[test]
    fn a_damaged_snapshot_is_an_error_not_a_panic() {
        let mut j = Jieba::empty();
        j.add_word("文书", Some(10), Some("n"));
        let bytes = j.to_snapshot();
        assert!(Jieba::from_snapshot(&bytes).unwrap().has_word("文书"));
        for n in 0..bytes.len() {
            assert!(Jieba::from_snapshot(&bytes[..n]).is_err(), "{n}");
        }
        let mut flipped = bytes.clone();
        flipped[8] ^= 0xFF; // the record count
        assert!(Jieba::from_snapshot(&flipped).is_err());
    }

    /// A listed name is one token, a noun, however the text is cut; its `、` ends
    /// no clause (see `chinese::listed_names`).
    #[test]
    fn a_listed_name_is_one_noun() {
        let seg = Segmenter::new(&[]).unwrap();
        let text = "全年交通运输、仓储和邮政业增加值35.2亿元，农、林、牧、渔业增长3%，工业、建筑业分别增长。";
        for toks in [seg.cut(text), seg.cut_tagged(text), seg.cut_numeric(text)] {
            let words: Vec<&str> = toks.iter().map(|t| &text[t.range()]).collect();
            assert!(words.contains(&"交通运输、仓储和邮政业"), "{words:?}");
            assert!(words.contains(&"农、林、牧、渔业"), "{words:?}");
            assert!(!words.iter().any(|w| w.contains("工业、")), "{words:?}");
            for t in &toks {
                if text[t.range()].contains("、仓储") {
                    assert_eq!(seg.tag_in(text, t).as_str(), "n");
                }
            }
        }
        assert_same_as_whole_lines(&seg, text);
        assert_numeric_cut_agrees(&seg, text);
    }

    #[test]
    fn pos_tags_are_kept() {
        let seg = Segmenter::new(&[]).unwrap();
        let text = "社区居民参加12场活动";
        let toks = seg.cut(text);
        let tag = |w: &str| toks.iter().find(|t| &text[t.range()] == w).unwrap().pos;
        assert!(tag("社区居民").is_noun(), "{:?}", tag("社区居民").as_str());
        assert_eq!(tag("12").as_str(), "m");
    }
}
