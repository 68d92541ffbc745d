//! Facts: dates, counts, money amounts and percentages with normalized values.
//!
//! Rules are written once, in Simplified characters, and matched on the
//! byte-aligned Simplified copy (`Analysis::simplified`); every fact's `text` is
//! the original at its span. The text is read a stretch of lines at a time
//! (`chunks`): one pass finds the numerals of the stretch ([`numerals`]),
//! including masked ones such as `20xx` and `____` (which make a fact
//! `incomplete`), the clauses holding them are segmented, and each extractor
//! reads around them:
//!
//! | module | facts |
//! | --- | --- |
//! | [`dates`] | `2025年9月17日`, `9月16、17日`, `9月16日至18日`, ROC `民国105年`, context inference |
//! | [`money`] | `近3000元`, `人民币1,200元`, `新台币5亿元`, `3.5万元` |
//! | `percent` | `100%`, `百分之八十`, `八成`, `12.5个百分点`, `千分之三` |
//! | `counts` | `6户`, `12位选手`, `3000余份`, `近万册` |
//!
//! Precision comes first: a wrong value is worse than a missing one. Words that
//! only look numeric are rejected with the segmentation (a numeral must start a
//! word, and a count must end one: `一对一`, `一年一度`, `统一`, `十分`), ordinals
//! (`第五届`) are not counts, and a count written with a single Chinese digit
//! (`一个`, `两个晚上`, `三个文明`) is ordinary wording rather than a statistic —
//! GB/T 15835 asks for Arabic numerals where a number is a figure — so it is not a
//! fact. Where two readings overlap, dates win over money, money over percentages,
//! percentages over counts.

pub(crate) mod cells;
mod changes;
mod columns;
pub(crate) mod counts;
pub mod dates;
pub mod durations;
mod growth_cells;
pub mod money;
pub(crate) mod percent;
mod periods;
pub mod qualifiers;
mod ranges;
mod rates;
pub mod region;
pub(crate) mod rows;
mod subjects;
mod wraps;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use crate::analysis::Analysis;
use crate::document::{Fact, FactKind, Precision, Qualifier};
use crate::segment::Tok;

use crate::chinese::numerals::{self, Numeral, Scan};

/// A number in the text: a numeral, or a masked placeholder (`20xx`, `____`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Num {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// `None` for a masked number.
    pub(crate) numeral: Option<Numeral>,
    /// A word starts here (computed once: the tokens are swept with the numbers).
    pub(crate) word_start: bool,
}

impl Num {
    pub(crate) fn value(&self) -> Option<f64> {
        self.numeral.map(|n| n.value)
    }
    pub(crate) fn masked(&self) -> bool {
        self.numeral.is_none()
    }
}

/// Joiners of a list of ordinals: `第4、5、6、7次`, `第3至5届`, `第一和第二`.
const ORDINAL_LIST_JOINERS: &[char] = &[
    '、', '和', '及', '与', '或', '至', '到', '-', '－', '—', '~', '～',
];

/// How far back along a list an ordinal is looked for.
const ORDINAL_LIST_MAX: usize = 16;

/// What the extractors share: the Simplified text, its words, its numbers.
///
/// A context covers one stretch of lines (see [`chunks`]): its words and numbers
/// are those of the stretch, so a huge file's words, numbers and candidates are
/// never all held at once. `s` is still the whole text, to read around a number.
pub(crate) struct Ctx<'a> {
    pub(crate) a: &'a Analysis<'a>,
    /// The Simplified copy (same byte layout as the original).
    pub(crate) s: &'a str,
    /// The stretch of `s` this context reads numbers in.
    pub(crate) range: Range<usize>,
    pub(crate) tokens: Cow<'a, [Tok]>,
    pub(crate) nums: Vec<Num>,
    /// Vague numerals (`几十万`, `八九亿`, `三五百`): value the lower end, `upper`
    /// the upper. Apart from `nums`, so that only quantities read them.
    pub(crate) vague: Vec<(Num, f64)>,
    /// A Taiwan document (it names 民国, 中华民国 or 新台币): years written with two
    /// or three digits are ROC years, and a bare 元 is TWD.
    pub(crate) taiwan: bool,
    /// A Hong Kong document: with Taiwan's, it names a quarter `第3季` (a
    /// mainland text writes `第三季度`, its bare `第三季` being a series' season).
    pub(crate) hong_kong: bool,
    /// A Hong Kong document on public finances (it names `財政年度` or `預算案`):
    /// its `本年度` is the government's fiscal year. Worked out once per document.
    pub(crate) public_finances: bool,
    /// What the rules ask of this context again and again, worked out once.
    pub(crate) memo: Memo,
}

/// Answers a [`Ctx`] keeps (each a function of the context alone).
#[derive(Default)]
pub(crate) struct Memo {
    /// [`wraps::past_wrap`] at each line break asked about: the rules of every
    /// kind ask at the same breaks, and each answer measures up to seven lines.
    wraps: std::cell::RefCell<std::collections::HashMap<usize, Option<usize>>>,
    /// For each bucket of 2^[`TOKEN_BUCKET_BITS`] bytes of the stretch, the index of the first
    /// token ending after the bucket's start (built on the first look-up).
    token_buckets: std::cell::OnceCell<Vec<u32>>,
    /// The part-of-speech tag of each token of the stretch, computed on the
    /// first look-up ([`Pos::UNTAGGED`] until then): the rules ask again and
    /// again of the same words, and a word the dictionary lacks is tagged by
    /// a model each time.
    tags: std::cell::OnceCell<Vec<std::cell::Cell<crate::segment::Pos>>>,
}

/// Bytes per bucket of [`Memo::token_buckets`] (16, a few words at most), as
/// a power of two.
const TOKEN_BUCKET_BITS: u32 = 4;
/// Below this many tokens a binary search is as quick as the buckets.
const TOKEN_BUCKETS_FROM: usize = 64;

/// Does the (Simplified) text read as a Taiwan document? See [`region`].
pub(crate) fn is_taiwan(s: &str) -> bool {
    region::taiwan_evidence(s)
}

impl<'a> Ctx<'a> {
    /// The context of the lines in `range`: their words come from
    /// `a.tokens` when the caller segmented the text, otherwise they are cut now
    /// (only the clauses that may hold a number, see [`Segmenter::cut_numeric`]).
    ///
    /// [`Segmenter::cut_numeric`]: crate::segment::Segmenter::cut_numeric
    pub(crate) fn of_range(a: &'a Analysis<'a>, range: Range<usize>, taiwan: bool) -> Self {
        let tokens: Cow<'a, [Tok]> = match a.segmenter {
            Some(seg) if a.tokens.is_empty() => {
                Cow::Owned(seg.cut_numeric_at(&a.simplified[range.clone()], range.start))
            }
            _ => {
                let from = a.tokens.partition_point(|t| t.end <= range.start);
                let to = a.tokens.partition_point(|t| t.start < range.end);
                Cow::Borrowed(&a.tokens[from..to.max(from)])
            }
        };
        let mut vague = Vec::new();
        let mut nums = find_nums(a.simplified, range.clone(), &mut vague);
        // Sweep tokens and numbers together (both in text order): one pass instead
        // of a binary search per number, which misses the cache on big files.
        let toks = &tokens[..];
        let mut k = 0;
        for n in &mut nums {
            while k < toks.len() && toks[k].end <= n.start {
                k += 1;
            }
            n.word_start = toks
                .get(k)
                .is_none_or(|t| !(t.start <= n.start && n.start < t.end) || t.start == n.start);
        }
        let mut cx = Ctx {
            a,
            s: a.simplified,
            range,
            tokens,
            nums,
            vague,
            taiwan,
            hong_kong: false,
            public_finances: false,
            memo: Memo::default(),
        };
        wraps::join_numerals(&mut cx);
        wraps::join_spaced_digits(&mut cx);
        wraps::join_letter_spaced_numerals(&mut cx);
        wraps::join_scales(&mut cx);
        cx
    }

    /// Where `pat` occurs in this context's stretch (absolute offsets).
    pub(crate) fn find_all<'p>(&self, pat: &'p str) -> impl Iterator<Item = usize> + use<'a, 'p> {
        let base = self.range.start;
        // memchr's vectorized search: several words are looked for in every chunk.
        memchr::memmem::find_iter(self.s[self.range.clone()].as_bytes(), pat.as_bytes())
            .map(move |i| base + i)
    }

    /// The part-of-speech tag of a token (see [`Analysis::tag`]), kept once
    /// computed for the tokens of the stretch.
    pub(crate) fn tag(&self, t: &Tok) -> crate::segment::Pos {
        if t.pos.is_tagged() || self.a.segmenter.is_none() {
            return t.pos;
        }
        let i = self.first_token_ending_after(t.start);
        if self.tokens.get(i) != Some(t) {
            return self.a.tag(t);
        }
        let tags = self.memo.tags.get_or_init(|| {
            vec![std::cell::Cell::new(crate::segment::Pos::UNTAGGED); self.tokens.len()]
        });
        let known = tags[i].get();
        if known.is_tagged() {
            return known;
        }
        let tag = self.a.tag(t);
        tags[i].set(tag);
        tag
    }

    /// The token containing byte `pos`, if any.
    fn token_at(&self, pos: usize) -> Option<&Tok> {
        let i = self.first_token_ending_after(pos);
        self.tokens.get(i).filter(|t| t.start <= pos && pos < t.end)
    }

    /// The index of the first token that ends after byte `pos`
    /// (`tokens.partition_point(|t| t.end <= pos)`), from the bucket of `pos`
    /// rather than a binary search over the stretch (the rules ask this for
    /// nearly every word they read).
    pub(crate) fn first_token_ending_after(&self, pos: usize) -> usize {
        let toks = &self.tokens[..];
        if toks.len() < TOKEN_BUCKETS_FROM || !self.range.contains(&pos) {
            return toks.partition_point(|t| t.end <= pos);
        }
        let buckets = self.memo.token_buckets.get_or_init(|| {
            let n = (self.range.len() >> TOKEN_BUCKET_BITS) + 1;
            let mut out = Vec::with_capacity(n);
            let mut i = 0;
            for k in 0..n {
                let from = self.range.start + (k << TOKEN_BUCKET_BITS);
                while i < toks.len() && toks[i].end <= from {
                    i += 1;
                }
                out.push(i as u32);
            }
            out
        });
        let mut i = buckets[(pos - self.range.start) >> TOKEN_BUCKET_BITS] as usize;
        while i < toks.len() && toks[i].end <= pos {
            i += 1;
        }
        i
    }

    /// Does a word start at `pos`? (True without segmentation.)
    pub(crate) fn starts_word(&self, pos: usize) -> bool {
        self.token_at(pos).is_none_or(|t| t.start == pos)
    }

    /// Does a word end at `pos`? (True without segmentation.)
    pub(crate) fn ends_word(&self, pos: usize) -> bool {
        pos == 0 || self.token_at(pos - 1).is_none_or(|t| t.end == pos)
    }

    /// The noun right after `pos` (the counted object of a count).
    /// A noun, or a word that jieba tags as a verb but that ends in a suffix of
    /// agent and thing nouns (`选手`, `学员`, `志愿者`, `作品`).
    pub(crate) fn noun_after(&self, pos: usize) -> Option<Range<usize>> {
        let t = self.token_at(pos)?;
        if t.start != pos {
            return None;
        }
        let pos = self.tag(t);
        let tag = pos.as_str();
        let word = &self.s[t.range()];
        let agentive = word.chars().count() >= 2
            && word.ends_with(['手', '员', '者', '师', '生', '品', '物', '室', '馆', '站']);
        (pos.is_noun() || tag == "vn" || (tag.starts_with('v') && agentive)).then(|| t.range())
    }

    /// The counted object after a measure word, from `pos`: the noun with the
    /// nouns and modifiers that make one compound with it (`9个市级土地储备项目`
    /// → 市级土地储备项目, `73間直資學校` → 直資學校, `12个社区食堂` → 社区食堂,
    /// `5个以上老旧街区` → 老旧街区). It stops at a verb, a function word or a
    /// mark, and before a noun that a number follows, the indicator of the next
    /// figure (`3个项目总投资2亿元` → 项目). A verbal noun is the object only
    /// alone (`3次培训`): after a noun it is the clause's action (`3个项目建设`).
    /// `joins`: whether nouns joined by `及` or `等` may make one object (of a
    /// count of things; a measure's object is the thing measured, `20万吨醋酸乙烯`).
    pub(crate) fn object_after(&self, pos: usize, joins: bool) -> Option<Range<usize>> {
        let mut p = pos;
        let mut end = None;
        let mut chars = 0;
        // Where the object ended before a joiner was crossed.
        let mut before_join: Option<Option<usize>> = None;
        // (Joiners are no words of their own.)
        let mut words = 0;
        for k in 0..OBJECT_MAX_WORDS + 2 {
            if words == OBJECT_MAX_WORDS {
                break;
            }
            // A quoted term is one word of the object (`3个“城中村”整体改造类项目`,
            // `5个“美丽街区”建设` → `“美丽街区”`).
            if let Some(e) = self.quoted_at(p) {
                chars += self.s[p..e].chars().count() - 2;
                if chars > OBJECT_MAX_CHARS {
                    break;
                }
                // Inside a compound it counts only with the noun after it:
                // `企业“上云”` is the clause's action.
                if k == 0 {
                    end = Some(e);
                }
                p = e;
                continue;
            }
            let Some(t) = self.token_at(p).filter(|t| t.start == p) else {
                break;
            };
            let word = &self.s[t.range()];
            chars += word.chars().count();
            if chars > OBJECT_MAX_CHARS {
                break;
            }
            let tag = self.tag(t);
            let tag = tag.as_str();
            // Nouns joined by a conjunction or `等` make one object
            // (`8場地方創生及創業等技術交流會`), when a noun follows it; the
            // object still ends on a noun.
            if joins && k > 0 && end.is_some() && OBJECT_JOINERS.contains(&word) {
                before_join.get_or_insert(end);
                // (`颗粒硅等项目`: projects named by an example are the
                // example's, as a measure of them says.)
                let joined = self.token_at(t.end).is_some_and(|n| {
                    n.start == t.end
                        && {
                            // (Not a place: `養殖區及福隆`.)
                            let nt = self.tag(n);
                            nt.as_str().starts_with('n')
                                && !nt.as_str().starts_with("nr")
                                && !nt.as_str().starts_with("ns")
                                || nt.as_str() == "vn"
                        }
                        && !(word == "等"
                            && GENERIC_AFTER_DENG.iter().any(|g| self.s[n.range()] == **g))
                });
                if !joined {
                    break;
                }
                p = t.end;
                continue;
            }
            // A word the tagger calls a person's name opens an object at most:
            // it reads some verbs so (`作品荣获…`, `项目荣获…`).
            let noun = (tag.starts_with('n') && (k == 0 || !tag.starts_with("nr")))
                || matches!(tag, "s" | "j");
            let agentive = tag.starts_with('v')
                && word.chars().count() >= 2
                && word.ends_with(['手', '员', '者', '师', '生', '品', '物', '室', '馆', '站']);
            // `类` after a word, a verb too, makes a category of it (`整体改造类项目`,
            // `服务类企业`).
            let category = self.s[t.end..].starts_with('类')
                && self
                    .token_at(t.end)
                    .is_some_and(|n| self.s[n.range()] == *"类");
            let modifier = matches!(tag, "a" | "b" | "vn")
                || (k > 0 && word == "类")
                || (tag.starts_with('v') && category);
            if !(noun || agentive || modifier) || (k > 0 && OBJECT_STOPS.contains(&word)) {
                break;
            }
            // The indicator of the next figure: `项目总投资2亿元`.
            if k > 0 && self.num_at(t.end).is_some() {
                break;
            }
            if noun || agentive || (k == 0 && tag == "vn") {
                end = Some(t.end);
            }
            words += 1;
            p = t.end;
        }
        // Joined nouns are one object only when it closes its phrase
        // (`等技术交流会、`), not when the clause goes on (`项目与金融机构现场对接`).
        let end = match before_join {
            Some(first)
                if !end.is_some_and(|e| {
                    self.at(e)
                        .is_none_or(|c| "，。；、：）)」”\n,;".contains(c))
                }) =>
            {
                first
            }
            _ => end,
        };
        let end = end?;
        Some(pos..self.object_over_wrap(pos, end).unwrap_or(end))
    }

    /// Where an object that reaches the end of a line goes on after a hard wrap
    /// (`1 150個額外小學學` + wrap + `額`, `7個空置` + wrap + `校舍`): the two
    /// halves joined as a reader joins them, cut again, and read on over nouns.
    fn object_over_wrap(&self, pos: usize, end: usize) -> Option<usize> {
        let seg = self.a.segmenter?;
        let next = wraps::past_wrap(self, self.skip_spaces(end))?;
        let head: String = self.s[next..]
            .chars()
            .take_while(|c| {
                !matches!(c, '\n' | '\r')
                    && !c.is_ascii_digit()
                    && !"，。；：、,;:（(「“".contains(*c)
            })
            .take(OBJECT_MAX_CHARS)
            .collect();
        if head.is_empty() {
            return None;
        }
        let first = &self.s[pos..end];
        let joined = format!("{first}{head}");
        let seam = first.len();
        let mut chars = 0;
        let mut out = None;
        for t in seg.cut(&joined) {
            chars += joined[t.start..t.end].chars().count();
            if t.end <= seam {
                continue;
            }
            if chars > OBJECT_MAX_CHARS {
                break;
            }
            let word = &joined[t.start..t.end];
            let tag = seg.jieba().tag_of(word);
            let noun = (tag.starts_with('n') && !tag.starts_with("nr")) || matches!(tag, "s" | "j");
            if !(noun || matches!(tag, "a" | "b" | "vn")) || OBJECT_STOPS.contains(&word) {
                break;
            }
            let at = next + (t.end - seam);
            if self.num_at(at).is_some() {
                break;
            }
            if noun {
                out = Some(at);
            }
        }
        out
    }

    /// The end of a short quoted term that opens at `pos` (`“美丽街区”`,
    /// `「一刻鐘便民生活圈」`): an opening mark, word characters, and its closing mark.
    fn quoted_at(&self, pos: usize) -> Option<usize> {
        let open = self.at(pos)?;
        let close = match open {
            '“' => '”',
            '「' => '」',
            '『' => '』',
            '‘' => '’',
            _ => return None,
        };
        let inner = pos + open.len_utf8();
        let rest = self.s.get(inner..)?;
        let (k, _) = rest
            .char_indices()
            .take(QUOTED_MAX_CHARS + 1)
            .find(|&(_, c)| c == close || matches!(c, '\n' | '。' | '，' | '；' | '、'))?;
        (k > 0 && rest[k..].starts_with(close)).then(|| inner + k + close.len_utf8())
    }

    /// The rest of a noun token that a measure word started (`名志工` → `志工`).
    pub(crate) fn noun_rest(&self, pos: usize) -> Option<Range<usize>> {
        let t = self.token_at(pos)?;
        // At least two characters: `人口` cut after `人` leaves no counted noun.
        let rest = self.s.get(pos..t.end)?;
        (t.start < pos && rest.chars().count() >= 2 && self.tag(t).is_noun()).then_some(pos..t.end)
    }

    pub(crate) fn at(&self, pos: usize) -> Option<char> {
        self.s.get(pos..).and_then(|r| r.chars().next())
    }

    pub(crate) fn before(&self, pos: usize) -> Option<char> {
        self.s.get(..pos).and_then(|r| r.chars().next_back())
    }

    /// Skip ASCII and ideographic spaces from `pos`.
    pub(crate) fn skip_spaces(&self, mut pos: usize) -> usize {
        while let Some(c) = self.at(pos) {
            if c != ' ' && c != '\u{3000}' {
                break;
            }
            pos += c.len_utf8();
        }
        pos
    }

    /// Skip spaces from `pos`, and a hard line wrap with the next line's
    /// indentation ([`wraps::past_wrap`]): what may stand between two parts of
    /// one expression (`5 月 1` + wrap + `日`).
    pub(crate) fn skip_gap(&self, pos: usize) -> usize {
        let p = self.skip_spaces(pos);
        wraps::past_wrap(self, p).unwrap_or(p)
    }

    /// Where the unit of a number ending at `pos` may start: past spaces (only
    /// after an Arabic number, `spaces`: `96 人`, not `三 人`) and a hard line wrap
    /// with the next line's indentation (`及 329` + wrap + `輛單車`, `共计 1,200` +
    /// wrap + `万元`): a wrap cuts a number from its unit wherever the width runs
    /// out, and a reader joins them.
    pub(crate) fn unit_gap(&self, pos: usize, spaces: bool) -> usize {
        let p = if spaces { self.skip_spaces(pos) } else { pos };
        let w = self.skip_spaces(p);
        match wraps::past_wrap(self, w) {
            Some(next) => next,
            None => p,
        }
    }

    /// `pos`, or where the text goes on after a hard line wrap right at `pos`.
    pub(crate) fn past_wrap(&self, pos: usize) -> usize {
        wraps::past_wrap(self, pos).unwrap_or(pos)
    }

    /// Index of the first number starting at or after `pos`.
    pub(crate) fn num_index_from(&self, pos: usize) -> usize {
        self.nums.partition_point(|n| n.start < pos)
    }

    /// The number starting exactly at `pos`.
    pub(crate) fn num_at(&self, pos: usize) -> Option<Num> {
        let i = self.num_index_from(pos);
        self.nums.get(i).filter(|n| n.start == pos).copied()
    }

    /// Is the number an ordinal (`第五`, `初三`)? So is each number of a list that
    /// an ordinal opens, written the same way (`第4、5、6、7次`, `第1、2位`,
    /// `第十六、十八、十九条`, `第3至5届`); a number written otherwise after an
    /// ordinal starts a new phrase (`获全省第三、1项第二`: one item ranked second).
    pub(crate) fn is_ordinal(&self, n: &Num) -> bool {
        let mut cur = *n;
        // A bounded walk back along the list keeps this linear in the text.
        for _ in 0..ORDINAL_LIST_MAX {
            // `第 2-218 項`: Taiwan's documents space a number off its words (and
            // text copied from PDFs wraps there: `第⏎  4 款`).
            let head = &self.s[..cur.start];
            let mut at = cur.start;
            for (i, c) in head.char_indices().rev().take(8) {
                if !matches!(c, ' ' | '\u{3000}' | '\n' | '\r' | '\t') {
                    break;
                }
                at = i;
            }
            if self.before(at) == Some('第') {
                return true;
            }
            // (Spaces, and a wrap, may stand around the joiner too: `第 1-31 及 1-32
            // 頁`, `第 2⏎  到 3 頁`.)
            let sep = match self.before(at) {
                Some('第') => return true,
                // `初三`, `初10` (days of a lunar month, a junior grade); not the
                // start of a year or month before its figure (`年初1.2万亿元`).
                Some('初') if at == cur.start => {
                    let part = self.s[..cur.start - '初'.len_utf8()].ends_with(['年', '月']);
                    return !part;
                }
                Some(c) if ORDINAL_LIST_JOINERS.contains(&c) => c,
                _ => return false,
            };
            let sep_start = at - sep.len_utf8();
            let i = self.num_index_from(sep_start);
            let Some(prev) = i.checked_sub(1).and_then(|i| self.nums.get(i)) else {
                return false;
            };
            let digits = |n: &Num| n.numeral.is_some_and(|x| x.arabic);
            let gap = &self.s[prev.end.min(sep_start)..sep_start];
            let spaced = at != cur.start;
            let joined = prev.end == sep_start
                || (spaced
                    && prev.end < sep_start
                    && gap.len() <= 24
                    && gap
                        .chars()
                        .all(|c| matches!(c, ' ' | '\u{3000}' | '\n' | '\r' | '\t')));
            if !joined || digits(prev) != digits(&cur) {
                return false;
            }
            cur = *prev;
        }
        false
    }

    /// Two bare Chinese digits (`一一人`, `三四期`) are no quantity: see
    /// [`Numeral::is_digit_pair`]. A discount is the exception: `五五折`,
    /// `三八折` are read digit by digit (55% and 38% of the price).
    pub(crate) fn is_digit_pair(&self, n: &Num) -> bool {
        n.numeral
            .is_some_and(|x| x.is_digit_pair(&self.s[n.start..n.end]))
            && self.at(n.end) != Some('折')
    }

    /// A Chinese numeral must start a word (`统一` is not 一).
    pub(crate) fn numeral_starts_word(&self, n: &Num) -> bool {
        match n.numeral {
            // Longer numerals (二〇一六, 一百二十) are never other words, and jieba
            // cuts digit strings badly (从二零一/六年); the check is for short ones.
            Some(x)
                if x.chinese
                    && x.chars <= 2
                    && self
                        .at(n.start)
                        .is_none_or(|c| numerals::arabic_digit(c).is_none()) =>
            {
                n.word_start
            }
            _ => true,
        }
    }
}

/// A fact's number as JSON, without the noise of binary arithmetic
/// (`141.8 億元` is 14180000000, not 14180000000.000002).
pub(crate) fn number_value(v: f64) -> Option<crate::document::FactValue> {
    crate::document::number_value(numerals::tidy(v))
}

/// A bare `百`/`千` with no digit (`千元` as a unit label, `以新台币千元为单位`) is
/// not an amount.
pub(crate) fn bare_scale(cx: &Ctx, n: &Num) -> bool {
    matches!(&cx.s[n.start..n.end], "百" | "千" | "佰" | "仟")
}

/// A fact before it is located in the output's units.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub(crate) kind: FactKind,
    pub(crate) range: Range<usize>,
    pub(crate) value: Option<crate::document::FactValue>,
    /// Dates: the end of a range (ISO).
    pub(crate) end: Option<String>,
    /// Numbers: the upper end of a range (`10-20万元`).
    pub(crate) end_number: Option<f64>,
    pub(crate) unit: Option<String>,
    /// The unit in the Simplified copy.
    pub(crate) unit_normalized: Option<String>,
    /// What a count's unit measures.
    pub(crate) dimension: Option<crate::document::Dimension>,
    pub(crate) object: Option<Range<usize>>,
    pub(crate) currency: Option<String>,
    pub(crate) qualifier: Option<Qualifier>,
    pub(crate) change: Option<crate::document::Change>,
    /// Where the basis of a change is, in the text.
    pub(crate) basis: Option<Range<usize>>,
    pub(crate) per: Option<Range<usize>>,
    /// The indicator the number measures.
    pub(crate) subject: Option<Range<usize>>,
    pub(crate) precision: Option<Precision>,
    pub(crate) inferred: Vec<String>,
    pub(crate) incomplete: bool,
    pub(crate) relative: bool,
    pub(crate) period: Option<crate::document::Period>,
    pub(crate) part: Option<crate::document::Part>,
}

impl Cand {
    pub(crate) fn new(kind: FactKind, range: Range<usize>) -> Self {
        Cand {
            kind,
            range,
            value: None,
            end: None,
            end_number: None,
            unit: None,
            unit_normalized: None,
            dimension: None,
            object: None,
            currency: None,
            qualifier: None,
            change: None,
            basis: None,
            per: None,
            subject: None,
            precision: None,
            inferred: Vec::new(),
            incomplete: false,
            relative: false,
            period: None,
            part: None,
        }
    }
}

/// Where the clause that ends at `pos` starts: after the last mark that ends a
/// clause or a sentence, at most `max_chars` characters back.
pub(crate) fn clause_back(s: &str, pos: usize, max_chars: usize) -> usize {
    let mut from = pos;
    for (n, (i, c)) in s[..pos].char_indices().rev().enumerate() {
        if n >= max_chars || matches!(c, '，' | '。' | '；' | '！' | '？' | '\n' | ',' | ';') {
            break;
        }
        from = i;
    }
    from
}

/// The entries of a word list in `dicts/` (one per line; `#` comments and blank
/// lines skipped).
pub(crate) fn dict_lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `几`, `幾`, `数`, `數`: they open a vague numeral (`几十万`) but no other.
const VAGUE_DIGITS: [u32; 4] = ['几' as u32, '幾' as u32, '数' as u32, '數' as u32];

/// Masked numbers (`20xx`, `XX`, `____`, `＿＿`) and numerals, in text order.
/// The numbers starting in `range` of `s` (a stretch of whole lines).
/// Vague numerals go to `vague` (see [`numerals::vague_at`]).
/// Numbers inside a web address (`…/2024.12.11_Hackergame/whli.jpg`) are none:
/// see [`url_ranges`].
/// How far a count's object runs: words, and characters.
const OBJECT_MAX_WORDS: usize = 6;

/// Heads after `等` that close a list of examples (`颗粒硅等项目`).
const GENERIC_AFTER_DENG: &[&str] = &["项目", "工程", "重大项目", "重点项目", "产业"];

/// Words that join the nouns of one counted object (`地方創生及創業等技術交流會`).
const OBJECT_JOINERS: &[&str] = &["及", "以及", "等"];
const OBJECT_MAX_CHARS: usize = 14;
/// The longest quoted term read as part of an object, in characters.
const QUOTED_MAX_CHARS: usize = 10;

/// Adverbs the tagger reads as nouns, which end an object (`30余项试点任务全部落地`).
const OBJECT_STOPS: &[&str] = &["全部", "全面", "全都"];

fn find_nums(s: &str, range: Range<usize>, vague: &mut Vec<(Num, f64)>) -> Vec<Num> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let map = numerals::start_map();
    let urls = url_ranges(s, range.clone());
    let mut urls = urls.iter().peekable();
    let mut i = range.start;
    while i < range.end {
        while urls.next_if(|u| u.end <= i).is_some() {}
        if let Some(u) = urls.peek().filter(|u| u.start <= i) {
            i = u.end;
            continue;
        }
        let c = b[i];
        // Fast path over ASCII that cannot start anything.
        if c < 0x80 && !c.is_ascii_digit() && c != b'x' && c != b'X' && c != b'_' {
            i += 1;
            continue;
        }
        // And over the three-byte characters (all of common CJK) that cannot:
        // decoded in place (`s` is valid UTF-8 and `i` a character boundary).
        if (0xE0..0xF0).contains(&c) && i + 2 < b.len() {
            let cp = ((c as u32 & 0x0F) << 12)
                | ((b[i + 1] as u32 & 0x3F) << 6)
                | (b[i + 2] as u32 & 0x3F);
            if cp != '＿' as u32
                && !numerals::can_start_code(map, cp)
                && !VAGUE_DIGITS.contains(&cp)
            {
                i += 3;
                continue;
            }
        }
        let ch = s[i..].chars().next().unwrap();
        if c >= 0x80 {
            // A vague numeral (`几十万`, `八九亿`) is read instead of the digits; a
            // pair with no place word (`三四年`) beside the digit string the scan reads.
            let vague_num = |(end, lo, hi): (usize, f64, f64)| {
                let numeral = numerals::Numeral {
                    start: i,
                    end,
                    value: lo,
                    arabic: false,
                    chinese: true,
                    more_than: false,
                    chars: s[i..end].chars().count(),
                };
                let n = Num {
                    start: i,
                    end,
                    numeral: Some(numeral),
                    word_start: true,
                };
                (n, hi)
            };
            if let Some(v) = numerals::vague_at(s, i) {
                let (n, hi) = vague_num(v);
                vague.push((n, hi));
                i = n.end;
                continue;
            }
            if let Some(v) = numerals::vague_pair_at(s, i) {
                vague.push(vague_num(v));
            }
        }
        // Most characters start nothing: skip them before any other test.
        if c >= 0x80 && ch != '＿' && !numerals::can_start(ch) {
            i += ch.len_utf8();
            continue;
        }
        if let Some(end) = masked_at(s, i) {
            out.push(Num {
                start: i,
                end,
                numeral: None,
                word_start: true,
            });
            i = end;
            continue;
        }
        if !numerals::can_start(ch) {
            i += ch.len_utf8();
            continue;
        }
        if numerals::arabic_digit(ch).is_some() && glued_to_latin(s, i) {
            i = skip_alnum(s, i);
            continue;
        }
        if let Some(year) = crate::chinese::numerals::list_marker_before_year(s, i) {
            // `1.2026年一般公共预算草案`: item 1, then the year (not 1.2026 years).
            i = year;
            continue;
        }
        match numerals::scan_at(s, i) {
            Scan::Skip(j) => i = j.max(i + ch.len_utf8()),
            Scan::Found(n) => {
                // A numeral glued to Latin letters after it (`3M公司`, `5G`) is a name.
                let after = s[n.end..].chars().next();
                if numerals::arabic_digit(ch).is_some()
                    && after.is_some_and(|c| c.is_ascii_alphabetic())
                    && !shorthand_after(s, n.end)
                    && !latin_unit_after(s, n.end)
                {
                    i = skip_alnum(s, i);
                    continue;
                }
                // An all-zero digit string of two or more (`○○`) is a blank.
                let numeral = if n.value == 0.0
                    && n.chars >= 2
                    && !n.arabic
                    && !s[n.start..n.end].contains(['点', '十', '百', '千', '万', '亿'])
                {
                    None
                } else {
                    Some(n)
                };
                out.push(Num {
                    start: n.start,
                    end: n.end,
                    numeral,
                    word_start: true,
                });
                i = n.end;
            }
        }
    }
    out
}

/// The web addresses that start in `range` of `s`: from the scheme (`https://`)
/// or `www.` to the first whitespace. An address written in brackets — a
/// Markdown link `[链接](http://…)`, `<http://…>`, quotes — ends at its closing
/// bracket or quote and may hold any character (`…/news_新聞/…`); a bare one ends
/// at the first character that is not ASCII (Chinese text goes on right after it,
/// `详见https://a.cn/x页`), and its trailing punctuation is the sentence's.
pub(crate) fn url_ranges(s: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let b = s.as_bytes();
    let hay = &b[range.clone()];
    let mut starts: Vec<usize> = memchr::memmem::find_iter(hay, b"://")
        .filter_map(|k| {
            let at = range.start + k;
            let scheme = b[..at]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
                .count();
            (scheme >= 2 && b[at - scheme].is_ascii_alphabetic()).then_some(at - scheme)
        })
        .collect();
    starts.extend(
        memchr::memmem::find_iter(hay, b"www.")
            .map(|k| range.start + k)
            .filter(|&at| at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'/')),
    );
    starts.sort_unstable();
    let mut out: Vec<Range<usize>> = Vec::new();
    for start in starts {
        if out.last().is_some_and(|u| start < u.end) {
            continue;
        }
        let close = match start.checked_sub(1).map(|p| b[p]) {
            Some(b'(') => Some(')'),
            Some(b'<') => Some('>'),
            Some(b'"') => Some('"'),
            Some(b'\'') => Some('\''),
            _ => None,
        };
        let mut end = start;
        let mut depth = 0usize;
        for c in s[start..].chars() {
            if c.is_whitespace() {
                break;
            }
            match close {
                Some(')') if c == '(' => depth += 1,
                Some(')') if c == ')' && depth > 0 => depth -= 1,
                Some(k) if c == k => break,
                None if !c.is_ascii() || matches!(c, '<' | '>' | '"') => break,
                _ => {}
            }
            end += c.len_utf8();
        }
        if close.is_none() {
            end = start
                + s[start..end]
                    .trim_end_matches(['.', ',', ';', ':', '!', '?', ')'])
                    .len();
        }
        out.push(start..end);
    }
    out
}

/// `15k`, `30w`: a thousand or ten-thousand sign after digits (read as money
/// only in a clause about money), not a Latin word (`5G`, `3D`).
fn shorthand_after(s: &str, end: usize) -> bool {
    let mut it = s[end..].chars();
    match (it.next(), it.next()) {
        (Some('k' | 'K' | 'w' | 'W'), next) => !next.is_some_and(|c| c.is_ascii_alphanumeric()),
        // Basis points (`15bp`, `20BPS`).
        (Some('b' | 'B'), Some('p' | 'P')) => {
            let rest = it.as_str().trim_start_matches(['s', 'S']);
            !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// `3,718MW`, `20kW`, `24h`: a unit in Latin letters (`dicts/units.tsv`, the
/// units of time) right after digits, a word of its own.
fn latin_unit_after(s: &str, end: usize) -> bool {
    let r = &s.as_bytes()[end..];
    let ends = |w: &str| {
        !r.get(w.len())
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    counts::units()
        .iter()
        .filter(|u| u.written.starts_with(|c: char| c.is_ascii_alphabetic()))
        .any(|u| r.starts_with(u.written.as_bytes()) && ends(u.written))
        || durations::LATIN_UNITS
            .iter()
            .any(|(w, _)| durations::latin_unit_is(r, w) && ends(w))
}

fn glued_to_latin(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
}

fn skip_alnum(s: &str, mut i: usize) -> usize {
    while let Some(c) = s[i..].chars().next() {
        if !(c.is_ascii_alphanumeric() || numerals::arabic_digit(c).is_some()) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// A masked number at `i`: digits and `x`/`X` with at least one `x` and two
/// characters (`20xx`, `XX`, `19x`), or two or more underscores. Not inside a
/// Latin word (`xx` in `xxx.com` or `Linux`).
pub(crate) fn masked_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    // Glued to a Latin letter or digit before: part of a longer token.
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    // Underscores (ASCII or full-width).
    let mut j = i;
    let mut n = 0;
    while let Some(c) = s[j..].chars().next() {
        if c != '_' && c != '＿' {
            break;
        }
        j += c.len_utf8();
        n += 1;
    }
    if n >= 2 {
        return Some(j);
    }
    let mut j = i;
    let (mut xs, mut ds) = (0, 0);
    while j < b.len() {
        match b[j] {
            b'x' | b'X' => xs += 1,
            b'0'..=b'9' => ds += 1,
            _ => break,
        }
        j += 1;
    }
    if xs == 0 || xs + ds < 2 || (ds == 0 && xs > 4) {
        return None;
    }
    if j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == b'.' || b[j] == b'/') {
        return None;
    }
    Some(j)
}

fn priority(k: FactKind) -> u8 {
    match k {
        // Only with a unit or a word that says so: `连续5日` is no day of a month.
        FactKind::Duration => 0,
        FactKind::Date => 1,
        FactKind::Money => 2,
        FactKind::Percent => 3,
        FactKind::Count => 4,
    }
}

/// Keep the candidates that do not overlap a higher-priority (or earlier) one.
fn resolve(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (priority(c.kind), c.range.start));
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let overlaps = taken
            .range(..c.range.end)
            .next_back()
            .is_some_and(|(_, &e)| e > c.range.start);
        if overlaps || c.range.is_empty() {
            continue;
        }
        taken.insert(c.range.start, c.range.end);
        out.push(c);
    }
    out.sort_by_key(|c| c.range.start);
    out
}

/// Every number a reader would see in the text ([`numerals::find_numbers`]),
/// minus words that only look numeric: a Chinese numeral must start a word, and
/// the word must be a numeral word (tagged `m`/`q`) or end within the numeral
/// (`四川`, `一切`, `十足` are not numbers). Used by the conformance harness.
pub fn numbers(a: &Analysis) -> Vec<Numeral> {
    let cx = Ctx {
        a,
        s: a.simplified,
        range: 0..a.simplified.len(),
        tokens: Cow::Borrowed(a.tokens),
        nums: Vec::new(),
        vague: Vec::new(),
        taiwan: false,
        hong_kong: false,
        public_finances: false,
        memo: Memo::default(),
    };
    numerals::find_numbers(a.simplified)
        .into_iter()
        .filter(|n| {
            let first = a.simplified[n.start..].chars().next();
            let signed = matches!(first, Some('负' | '負' | '-' | '－'));
            if !n.chinese || first.is_some_and(|c| numerals::arabic_digit(c).is_some()) || signed {
                return true;
            }
            if a.simplified[..n.start].ends_with('之') {
                return true; // 百分之五十, 三分之一
            }
            let Some(t) = cx.token_at(n.start) else {
                return true;
            };
            t.start == n.start && (t.end <= n.end || matches!(cx.tag(t).as_str(), "m" | "q" | "mq"))
        })
        .collect()
}

/// Bytes of text whose facts are found together (see [`chunks`]).
const CHUNK: usize = 1 << 18;

/// The candidates of each stretch of text, in text order (then located with
/// [`to_facts`], which needs only the original text).
pub(crate) fn candidates_by_chunk(a: &Analysis) -> Vec<Vec<Cand>> {
    let taiwan = is_taiwan(a.simplified);
    let own = dates::article_dates(a, taiwan);
    let region = taiwan.then_some(crate::document::Region::Tw);
    candidates_by_chunk_of(a, CHUNK, region, dates::Context::with_dates(&own, None))
}

/// [`candidates_by_chunk`] of a document whose region is known (`taiwan`: read
/// bare `元` as TWD and short years as ROC years).
///
/// `article_dates` are the articles' own dates ([`dates::article_dates`]);
/// `reference` (an ISO date) stands in for an article without one.
pub(crate) fn candidates_by_chunk_in(
    a: &Analysis,
    region: Option<crate::document::Region>,
    article_dates: &[Option<dates::ArticleDate>],
    reference: Option<&str>,
) -> Vec<Vec<Cand>> {
    use crate::document::Region;
    let mut chunks = candidates_by_chunk_of(
        a,
        CHUNK,
        region,
        dates::Context::with_dates(article_dates, reference)
            .with_periods(&dates::article_periods(a, region == Some(Region::Tw))),
    );
    if region == Some(Region::Hk) {
        // A bare 元 is the region's currency: only money that took the default changes.
        for c in chunks.iter_mut().flatten() {
            if c.kind == FactKind::Money
                && c.currency.as_deref() == Some("CNY")
                && !names_currency(a, c)
            {
                c.currency = Some("HKD".into());
            }
        }
    }
    // A bare `$` is the dollar of the place: Hong Kong's or Taiwan's there
    // (`每月$1,345`), the US dollar elsewhere.
    let local = match region {
        Some(Region::Hk) => Some("HKD"),
        Some(Region::Tw) => Some("TWD"),
        _ => None,
    };
    if let Some(local) = local {
        for c in chunks.iter_mut().flatten() {
            if c.kind == FactKind::Money
                && c.currency.as_deref() == Some("USD")
                && bare_dollar(a, c)
            {
                c.currency = Some(local.into());
            }
        }
    }
    chunks
}

/// Whether a money candidate's currency is written as a `$` alone (not `US$`,
/// `HK$`, `NT$`, nor with 美元 or USD beside it).
fn bare_dollar(a: &Analysis, c: &Cand) -> bool {
    let text = &a.simplified[c.range.clone()];
    let Some(i) = text.find(['$', '＄']) else {
        return false;
    };
    !text[..i].ends_with(|ch: char| ch.is_ascii_alphabetic())
        && !text.contains("美元")
        && !text.contains("USD")
}

/// Whether a money candidate's own text (or its neighbourhood) names 人民币 or RMB.
fn names_currency(a: &Analysis, c: &Cand) -> bool {
    let from = c.range.start.saturating_sub(12);
    let from = (0..=from)
        .rev()
        .find(|&i| a.simplified.is_char_boundary(i))
        .unwrap_or(0);
    let around = &a.simplified[from..c.range.end];
    around.contains("人民币")
        || around.contains("RMB")
        || around.contains('¥')
        || around.contains('￥')
}

fn candidates_by_chunk_of(
    a: &Analysis,
    size: usize,
    region: Option<crate::document::Region>,
    mut dates: dates::Context,
) -> Vec<Vec<Cand>> {
    use crate::document::Region;
    let taiwan = region == Some(Region::Tw);
    let headers = cells::unit_headers(a.simplified);
    let heads = columns::heads(a.simplified);
    let growth_heads = growth_cells::heads(a.simplified);
    let hong_kong = region == Some(Region::Hk);
    let public_finances = hong_kong
        && ["财政年度", "预算案"]
            .iter()
            .any(|w| memchr::memmem::find(a.simplified.as_bytes(), w.as_bytes()).is_some());
    chunks(a.simplified, size)
        .into_iter()
        .map(|range| {
            let mut cx = Ctx::of_range(a, range, taiwan);
            cx.hong_kong = hong_kong;
            cx.public_finances = public_finances;
            let mut all = dates::find(&cx, &mut dates);
            all.extend(money::find(&cx));
            all.extend(percent::find(&cx));
            all.extend(counts::find(&cx));
            all.extend(durations::find(&cx));
            // A running head or foot is the page's, printed on every page: no facts.
            if !a.structure.furniture.is_empty() {
                all.retain(|c| !a.structure.on_furniture(c.range.start));
            }
            // A heading's number (`2.3 本项目…`) is no quantity.
            all.retain(|c| {
                !matches!(
                    c.kind,
                    FactKind::Count | FactKind::Money | FactKind::Percent
                ) || !a.structure.in_marker(c.range.start)
            });
            // `(百萬人次)`, `（百万元）`: a scale and a unit alone in brackets give a
            // column's unit, no figure.
            all.retain(|c| {
                !matches!(c.kind, FactKind::Count | FactKind::Money) || !unit_note(&cx, &c.range)
            });
            let mut all = ranges::join(&cx, resolve(all));
            for c in &mut all {
                changes::mark(&cx, c);
                rates::mark(&cx, c);
            }
            changes::carry(&cx, &mut all);
            subjects::mark(&cx, &mut all);
            rates::from_subjects(&cx, &mut all);
            counts::entity_households(&cx, &mut all);
            let mut cells = cells::find(&cx, &all, &headers);
            cells.extend(columns::find(&cx, &all, &heads));
            if !growth_heads.is_empty() {
                cells.extend(growth_cells::find(&cx, &mut all, &growth_heads));
            }
            if !cells.is_empty() {
                all.extend(cells);
                all.sort_by_key(|c| c.range.start);
            }
            columns::label_subjects(&cx, &mut all);
            all
        })
        .collect()
}

/// Whether `r` is a unit note in brackets: scale words alone as its number and
/// a unit, the brackets around it (`(百萬人次 )`, `（百万元）`).
fn unit_note(cx: &Ctx, r: &Range<usize>) -> bool {
    let t = &cx.s[r.clone()];
    use crate::chinese::numerals::{big_unit, small_unit};
    t.starts_with(|c| small_unit(c).is_some() || big_unit(c).is_some())
        && !t.contains(|c: char| {
            c.is_ascii_digit() || crate::chinese::numerals::cn_digit(c).is_some()
        })
        && cx.s[..r.start].trim_end_matches(' ').ends_with(['(', '（'])
        && cx.s[r.end..]
            .trim_start_matches(' ')
            .starts_with([')', '）'])
}

/// A set of characters of the Basic Multilingual Plane, looked for in a text
/// one character at a time: for characters common enough that a searcher's
/// skipping does not pay.
pub(crate) struct CharSet(Box<[u64; 1024]>);

impl CharSet {
    /// The set of `chars` (those outside the plane are left out).
    pub(crate) fn new(chars: &[char]) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        for &c in chars {
            let u = c as usize;
            if u < 0x10000 {
                bits[u >> 6] |= 1 << (u & 63);
            }
        }
        CharSet(bits)
    }

    fn has(&self, u: u32) -> bool {
        u < 0x10000 && self.0[(u >> 6) as usize] & (1 << (u & 63)) != 0
    }

    /// The byte offsets in `s` of the characters of the set, in order.
    pub(crate) fn positions<'s>(&'s self, s: &'s str) -> impl Iterator<Item = usize> + 's {
        let b = s.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() {
                let at = i;
                let lead = b[at];
                let u = if lead < 0x80 {
                    i += 1;
                    lead as u32
                } else if lead < 0xC0 {
                    // A continuation byte (only inside a character skipped).
                    i += 1;
                    continue;
                } else if lead < 0xE0 && at + 1 < b.len() {
                    i += 2;
                    ((lead as u32 & 0x1F) << 6) | (b[at + 1] as u32 & 0x3F)
                } else if lead < 0xF0 && at + 2 < b.len() {
                    i += 3;
                    ((lead as u32 & 0x0F) << 12)
                        | ((b[at + 1] as u32 & 0x3F) << 6)
                        | (b[at + 2] as u32 & 0x3F)
                } else {
                    i += 1;
                    continue;
                };
                if self.has(u) {
                    return Some(at);
                }
            }
            None
        })
    }
}

/// The start of the line holding byte `pos` of `s` when only spaces, tabs and
/// ideographic spaces stand before `pos` on it; `None` otherwise. Read backwards
/// from `pos`, so a number inside a long paragraph is let go at once.
pub(crate) fn line_start_if_blank_before(s: &str, pos: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = pos;
    loop {
        if i == 0 {
            return Some(0);
        }
        match b[i - 1] {
            b'\n' => return Some(i),
            b' ' | b'\t' => i -= 1,
            // U+3000 IDEOGRAPHIC SPACE
            0x80 if i >= 3 && b[i - 3..i] == [0xE3, 0x80, 0x80] => i -= 3,
            _ => return None,
        }
    }
}

/// Cut `s` into stretches of whole lines of at least `size` bytes, each ending
/// where a sentence or paragraph ends (a line closing with `。！？；` or a blank
/// line), so that no fact spans two stretches. Without such a line within
/// `4 × size` bytes, a stretch ends at the next line break; a single line is
/// never cut.
pub(crate) fn chunks(s: &str, size: usize) -> Vec<Range<usize>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < s.len() {
        let from = start.saturating_add(size.max(1));
        if from >= s.len() {
            out.push(start..s.len());
            break;
        }
        let limit = start
            .saturating_add(size.max(1).saturating_mul(4))
            .min(s.len());
        let mut first = None;
        let mut end = None;
        let mut p = from;
        while let Some(i) = b[p..].iter().position(|&c| c == b'\n') {
            let e = p + i + 1;
            first.get_or_insert(e);
            let line_start = b[..e - 1]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |k| k + 1);
            let line = s[line_start..e].trim_end();
            if line.is_empty() || line.ends_with(['。', '！', '？', '；', '!', '?']) || e >= limit
            {
                end = Some(e);
                break;
            }
            p = e;
        }
        let end = end.or(first).unwrap_or(s.len());
        out.push(start..end);
        start = end;
    }
    out
}

/// All facts of a document, in text order.
pub fn extract(a: &Analysis) -> Vec<Fact> {
    to_facts(a, candidates_by_chunk(a))
}

/// Stretches whose candidates are made into facts between two hand-backs of
/// freed memory, in a big text (see [`crate::memory::release_freed`]).
const RELEASE_EVERY: usize = 32;

/// Locate the candidates, a stretch at a time (each stretch's candidates are
/// freed once its facts are made). In a big text the freed memory goes back to
/// the system as it goes, so that candidates and facts are not both held whole.
pub(crate) fn to_facts(a: &Analysis, chunks: Vec<Vec<Cand>>) -> Vec<Fact> {
    let mut out = Vec::with_capacity(chunks.iter().map(Vec::len).sum());
    let release = a.text.len() >= crate::memory::TRIM_FROM;
    for (i, chunk) in chunks.into_iter().enumerate() {
        out.extend(chunk.into_iter().map(|c| to_fact(a, c)));
        if release && i % RELEASE_EVERY == RELEASE_EVERY - 1 {
            crate::memory::release_freed();
        }
    }
    out
}

fn to_fact(a: &Analysis, c: Cand) -> Fact {
    let loc = a.locate(c.range.clone());
    Fact {
        kind: c.kind,
        text: a.original(c.range).to_string(),
        text_normalized: None,
        value: c.value,
        end: c
            .end
            .map(crate::document::FactValue::Date)
            .or_else(|| c.end_number.and_then(number_value)),
        unit: c.unit,
        unit_normalized: c.unit_normalized,
        dimension: c.dimension,
        object: c.object.map(|r| a.original(r).to_string()),
        currency: c.currency,
        qualifier: c.qualifier.filter(|q| *q != Qualifier::Exact),
        change: c.change,
        basis: c.basis.map(|r| a.original(r).to_string()),
        per: c.per.map(|r| a.original(r).to_string()),
        subject: c.subject.map(|r| crate::document::Subject {
            text: a.original(r.clone()).to_string(),
            span: a.index.span(a.text, r),
        }),
        precision: c.precision,
        inferred: c.inferred,
        relative: c.relative,
        period: c.period,
        part: c.part,
        incomplete: c.incomplete,
        article: loc.article,
        section: loc.section,
        line: loc.line,
        column: loc.column,
        span: loc.span,
    }
}

/// Test support: analyse a text as the pipeline does (Simplified copy, words,
/// structure) and hand the analysis to `f`.
#[cfg(test)]
pub(crate) fn with_analysis<R>(text: &str, f: impl FnOnce(&Analysis) -> R) -> R {
    use std::sync::OnceLock;
    static SEG: OnceLock<crate::segment::Segmenter> = OnceLock::new();
    static NORM: OnceLock<crate::normalize::Normalizer> = OnceLock::new();
    let seg = SEG.get_or_init(|| crate::segment::Segmenter::new(&[]).unwrap());
    let norm = NORM.get_or_init(crate::normalize::Normalizer::new);
    let index = crate::text::TextIndex::new(text);
    let counts = norm.count(text);
    let simplified = norm.aligned_simplified(text, &counts);
    let structure = crate::structure::analyze(&simplified);
    // As the pipeline: no tokens given, the facts cut what they read.
    let a = Analysis {
        text,
        simplified: &simplified,
        index: &index,
        structure: &structure,
        tokens: &[],
        segmenter: Some(seg),
    };
    f(&a)
}

/// Test support: the facts of a text as `(kind, text, value)` triples.
#[cfg(test)]
pub(crate) fn facts_of(text: &str) -> Vec<Fact> {
    with_analysis(text, extract)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list after `第` numbers things however it is spaced or wrapped (the
    /// Legislative Yuan's gazette, ../shared/corpus/reports/tw-ly-proceedings:
    /// `第 2、8、10 及 11 項決議`, `第 2-⏎     132 項`, `第 2⏎     到 3 頁`); a
    /// count after it is still one (`長達 40 頁`).
    #[test]
    fn a_spaced_or_wrapped_list_after_di_is_ordinal() {
        let counts = |t: &str| {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Count)
                .map(|f| f.text)
                .collect::<Vec<_>>()
        };
        assert!(counts("度預算案之第 2、8、10 及 11 項決議，檢送報告。").is_empty());
        assert!(counts("     、第 2-131 項、第 2-\n     132 項、第 2-133 項。").is_empty());
        assert!(counts("的專案報告中，第 2\n     到 3 頁中提到：").is_empty());
        assert_eq!(counts("提交了一份長達 40 頁的法律申請。"), ["40 頁"]);
    }

    /// A heading's number is no quantity (a Changsha expressway tender notice,
    /// 2019: `2.3 本项目…`; a listed company's annual summary, 2013: `1.1 本年度
    /// 报告摘要…`, this annual report, no fiscal year).
    #[test]
    fn outline_numbers_count_nothing() {
        let t = "招标公告\n2. 项目概况\n2.1 建设地点：长沙。\n2.2 项目规模较大。\n2.3 本项目计划工期36个月。\n";
        let f = facts_of(t);
        assert_eq!(
            f.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
            ["36个月"],
            "{f:?}"
        );
        let t = "年度报告摘要\n一、 重要提示\n1.1 本年度报告摘要摘自年度报告全文。\n1.2 公司简介\n";
        assert!(facts_of(t).is_empty(), "{:?}", facts_of(t));
        // The reporting period of the annual report is the fiscal year.
        let f = facts_of("2025年6月1日\n本年度报告期内，公司实现营业收入5亿元。");
        assert!(f.iter().any(|f| f.text == "本年度"), "{f:?}");
    }

    /// A character set finds exactly the characters `char_indices` would.
    #[test]
    fn char_set_positions_are_those_of_its_characters() {
        let set = CharSet::new(&['上', '半', 'é', 'x', '\u{20000}']);
        // ../shared/corpus/reports/cn-national-gwr: `上半年`; Latin, accented and
        // astral characters around it.
        let s = "éx今年上半年GDP增长5.3%，\u{20000}x上\n半";
        let want: Vec<usize> = s
            .char_indices()
            .filter(|&(_, c)| matches!(c, '上' | '半' | 'é' | 'x'))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(set.positions(s).collect::<Vec<_>>(), want);
        assert_eq!(set.positions("").count(), 0);
    }

    /// Only spaces, tabs and ideographic spaces may stand before a row number on
    /// its line.
    #[test]
    fn line_start_if_blank_before_reads_back_to_the_line_break() {
        let s = "表一\n\u{3000} \t12 万人\n共 3 项";
        let at12 = s.find("12").unwrap();
        assert_eq!(line_start_if_blank_before(s, at12), Some("表一\n".len()));
        assert_eq!(line_start_if_blank_before(s, s.find('3').unwrap()), None);
        assert_eq!(line_start_if_blank_before("  7", 2), Some(0));
        assert_eq!(line_start_if_blank_before("7", 0), Some(0));
    }

    /// A web address is no source of facts, wherever its numbers sit; the prose
    /// around it still is.
    #[test]
    fn numbers_inside_web_addresses_are_not_facts() {
        let texts = |t: &str| facts_of(t).into_iter().map(|f| f.text).collect::<Vec<_>>();
        // ustclug/website@197033053765990e05d8acf31afe36992493553d:
        // pages/_news/2024/2024-12-11-hackergame2024.md (a Markdown image).
        assert!(texts("![](https://ftp.lug.ustc.edu.cn/%E6%B4%BB%E5%8A%A8/2024.12.11_Hackergame2024%E9%A2%81%E5%A5%96/whli.jpg)").is_empty());
        // Same repository, pages/_news/2013/2013-04-22-linux-make-everything-easy.md:
        // a link in brackets, and the prose date before it.
        assert_eq!(
            texts("2013 年 4 月 21 日下午，李博杰首先带来了《OS 和网络从这里走来》([slides](https://ftp.lug.ustc.edu.cn/%E6%B4%BB%E5%8A%A8/2013.04.21_%E8%AE%A1%E9%99%A2%E8%AE%B2%E5%BA%A7/slides/OS.pdf))，从 UNIX 讲起"),
            vec!["2013 年 4 月 21 日"]
        );
        // hkarchivist/hkcnews-article-archive, articles/25001-26000/article_25134.md:
        // an address in quotes holds Chinese and dates of its own.
        assert!(texts("<img src=\"https://web.archive.org/web/20210712034122im_/https://www.hkcnews.com/news_新聞/hk-discuss/2019/11/2019區議會選舉-中產-20191128020513_1c5e_large.jpg\" alt=\"\">").is_empty());
        // A bare address ends where the Chinese text goes on.
        assert_eq!(
            texts(
                "详见https://www.example.gov.cn/2024.03.05_notice/index.html，2024年3月5日起施行"
            ),
            vec!["2024年3月5日"]
        );
        let urls = url_ranges("见 www.gov.hk/2013.04.24。", 0..28);
        assert_eq!(urls, vec![4..25]);
    }

    #[test]
    fn stretches_end_where_sentences_end_and_cover_the_text() {
        let text = "第一句。\n第二行没有句号\n第三句！\n\n第五行\n";
        // 13 + 22 + 13 + 1 + 10 bytes. The second stretch cannot end at a
        // sentence within 4 × 5 bytes, so it ends at the first line break.
        assert_eq!(chunks(text, 5), vec![0..13, 13..35, 35..48, 48..59]);
        assert_eq!(chunks(text, 1000), vec![0..text.len()]);
        assert_eq!(chunks("一行没有换行符", 2), vec![0..21]);
        assert!(chunks("", 10).is_empty());
        // Any size: contiguous, whole lines.
        for size in [1, 3, 7, 16, 40] {
            let c = chunks(text, size);
            assert_eq!(c[0].start, 0);
            assert_eq!(c.last().unwrap().end, text.len());
            for w in c.windows(2) {
                assert_eq!(w[0].end, w[1].start);
                assert!(text[..w[0].end].ends_with('\n'));
            }
        }
    }

    /// Facts found a stretch at a time are those of the whole text, dates
    /// inferred across stretches included: the bundled corpus, the seed and
    /// (when `../shared` is present) two long Legislative Yuan proceedings, cut
    /// into stretches of 2 KB.
    #[test]
    fn stretches_give_the_facts_of_the_whole_text() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(format!("{root}/../../corpus"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        for p in [
            "seed/community-mid-autumn-2025.txt",
            "reports/tw-ly-proceedings/LCEWC03_09010101.txt",
            "reports/cn-national-gwr/gwr-national-2017.txt",
        ] {
            let p = std::path::Path::new(root)
                .join("../../../shared/corpus")
                .join(p);
            if p.exists() {
                paths.push(p);
            }
        }
        let mut compared = 0;
        for p in paths {
            let bytes = std::fs::read(&p).unwrap();
            let text = crate::decode::decode(&bytes, None).unwrap().text;
            with_analysis(&text, |a| {
                let whole = to_facts(
                    a,
                    candidates_by_chunk_of(
                        a,
                        usize::MAX,
                        is_taiwan(a.simplified).then_some(crate::document::Region::Tw),
                        Default::default(),
                    ),
                );
                let parts = to_facts(
                    a,
                    candidates_by_chunk_of(
                        a,
                        2048,
                        is_taiwan(a.simplified).then_some(crate::document::Region::Tw),
                        Default::default(),
                    ),
                );
                assert!(!whole.is_empty(), "{}", p.display());
                assert_eq!(whole, parts, "{}", p.display());
                compared += whole.len();
            });
        }
        assert!(compared > 100);
    }

    /// The head printed over every page of a record taken from PDF gives no date on each
    /// page; the dates of the speeches around it stay. The Legislative Council's records
    /// of 2013-04-17, 2013-04-24 and 2013-05-29 (siuying/legco-hansard-parser@
    /// 0560b7f16dd12a7ddb795a5502948333e1b0b326: data/txt/12-13-cm0417-translate-c.txt,
    /// 12-13-cm0424-translate-c.txt, 12-13-cm0529-translate-c.txt; shortened).
    #[test]
    fn running_heads_give_no_facts() {
        for (head, page, body) in [
            (
                "立法會  ─  2013年 4月 17日  ",
                5797,
                "這是經常性開支，每年約 4億元，以 2012年計算，差不多 6 000個學額。",
            ),
            (
                "立法會  ─  2013年 4月 24日  ",
                5954,
                "有關新學制檢討的進展報告已於本年4月 19日發布，期望在 2016-2017學年實施。",
            ),
            (
                "立法會  ─  2013年 5月 29日  ",
                9008,
                "自2011年 4月 1日起，香港居民在內地的合資格子女可申請來港。",
            ),
        ] {
            let mut text = String::from("恢復法案二讀辯論 \n \n");
            for k in 0..4 {
                text.push_str(&format!("{body}\n{head}\n \n{} \n", page + k));
            }
            text.push_str(body);
            text.push('\n');
            let dates: Vec<Fact> = facts_of(&text)
                .into_iter()
                .filter(|f| f.kind == crate::document::FactKind::Date)
                .collect();
            assert!(
                dates.iter().all(|f| !f.text.contains("月 17日")
                    && !f.text.contains("月 24日")
                    && !f.text.contains("月 29日")),
                "{head}: {dates:?}"
            );
            // Each of the five copies of the body keeps its dates.
            assert!(dates.len() >= 5, "{head}: {dates:?}");
        }
        // A line met once, or with no page number beside it, is text: its date stays.
        let text = "立法會  ─  2013年 4月 17日\n恢復法案二讀辯論\n";
        assert!(facts_of(text)
            .iter()
            .any(|f| f.kind == crate::document::FactKind::Date));
    }

    #[test]
    fn masked_numbers() {
        assert_eq!(masked_at("20xx余人", 0), Some(4));
        assert_eq!(masked_at("____元以上", 0), Some(4));
        assert_eq!(masked_at("XX单位", 0), Some(2));
        assert_eq!(masked_at("Linux", 3), None);
        assert_eq!(masked_at("x", 0), None);
    }

    #[test]
    fn words_that_only_look_numeric_are_not_facts() {
        for t in [
            "大家一起座谈",
            "統一報社區辦公室",
            "要上門一對一宣講",
            "一年一度的象棋賽",
            "宣講xx屆三中全會精神",
            "社區進行了第五屆的迎中秋象棋賽",
            "十分重要",
            "千方百計",
            "萬眾一心",
            "一些居民",
            "身份证号140302197706220124",
            "电话0351-7654321",
        ] {
            let f = facts_of(t);
            assert!(f.is_empty(), "{t}: {f:?}");
        }
    }

    #[test]
    fn text_is_the_original_at_the_span() {
        let t = "2025年社區中秋活動總結 篇1\n共走訪慰問困難家庭6戶，送出慰問金額近3000元。";
        let chars: Vec<char> = t.chars().collect();
        for f in facts_of(t) {
            let at: String = chars[f.span[0]..f.span[1]].iter().collect();
            assert_eq!(at, f.text);
        }
    }

    /// A scale and a unit alone in brackets are a column's unit (LegCo written
    /// reply 2012-11-14: `中轉客運量 (百萬人次 )`; a budget table: `金额(百万元)`),
    /// not a million of anything; running text keeps its round figure.
    #[test]
    fn unit_notes_in_brackets_are_no_figures() {
        let kinds = |t: &str| -> Vec<String> { facts_of(t).into_iter().map(|f| f.text).collect() };
        assert!(kinds("海天客運碼頭的\n中轉客運量  \n(百萬人次 ) \n").is_empty());
        assert!(kinds("项目 金额（百万元） 占比").is_empty());
        assert_eq!(kinds("直接损失达百万元。"), ["百万元"]);
        assert_eq!(kinds("收入（3百万元）"), ["3百万元"]);
    }

    /// Two bare Chinese digits with no place word are no quantity: the adverb
    /// `一一` (one by one), a pair of approximate values (`三四期`: phases three
    /// and four), the tail of a decimal behind a full-width point (`八．二一%`).
    /// Digit-by-digit figures of three digits, or with a zero, still are
    /// (Taiwan's gazette writes `一一七人`, `二○%`).
    #[test]
    fn two_bare_chinese_digits_are_no_quantity() {
        let quantities = |t: &str| -> Vec<(String, Option<f64>)> {
            facts_of(t)
                .into_iter()
                .filter(|f| {
                    matches!(
                        f.kind,
                        FactKind::Count | FactKind::Money | FactKind::Percent
                    )
                })
                .map(|f| (f.text, f.value.and_then(|v| v.as_f64())))
                .collect()
        };
        // ustclug/website@197033053765990e05d8acf31afe36992493553d:
        // pages/_news/2016/2016-05-02-2016-lug-election.md (only 崔天一, one person).
        assert!(quantities("本社团共上报三名候选人但最终通过的只有崔天一一人。").is_empty());
        // ../shared/corpus/reports/cn-city-gwr/city-080.txt
        assert!(quantities("加快中环低碳新能源三四期、国晟异质结二期").is_empty());
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090115.txt
        let t = "增率從上世紀九○年代的平均八．二一%，一路下滑";
        assert!(!quantities(t).iter().any(|(_, v)| *v == Some(21.0)));
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090101.txt, LCEWC03_090514.txt
        assert_eq!(
            quantities("6.2 級地震共計已造成一一七人死亡悲劇"),
            [("一一七人".to_string(), Some(117.0))]
        );
        assert_eq!(quantities("綜所稅率低於二○%的家庭")[0].1, Some(20.0));
    }
}
