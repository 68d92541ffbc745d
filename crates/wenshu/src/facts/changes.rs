//! Changes: a number that says how much something went up or down
//! (`同比下降3.5%` → 3.5, `decrease`, basis `同比`; `比上年增长5.2%`; `减少208万人`;
//! `增幅为5%`). The words are data: `dicts/changes.tsv`. The value stays as
//! written (positive); `change` says the direction. A verb followed by 到/至 gives
//! the level reached (`提高到80%`): the number is no change.

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::Dimension;
use crate::document::{Change, FactKind};

use super::{Cand, Ctx};

const TABLE: &str = include_str!("../../../../dicts/changes.tsv");

/// Words allowed between a noun of change and its number (`增幅为5%`).
const COPULAS: &[&str] = &["达到", "为", "达", "是", "在"];

/// Adverbs of comparison that are a basis by themselves: year on year, period on
/// period, and year on year at comparable prices or scope (`可比增长6.9%`); Hong
/// Kong and Macau statistics write year on year, month on month and quarter on
/// quarter as `按年`, `按月`, `按季` (`按年上升6.7%`, `按季升0.3%`); budget
/// reports compare on a like-for-like scope as `同口径` (`税收收入同口径下降8.0%`).
pub(crate) const BASIS_WORDS: &[&str] = &["同比", "环比", "可比", "同口径", "按年", "按月", "按季"];

/// Growth averaged over the years since a base year, which statistics write when
/// the year before is no fair comparison (`两年平均增长5.1%`, against 2019): the
/// average is the basis.
const AVERAGE_BASES: &[&str] = &["两年平均", "三年平均", "四年平均", "两年年均", "三年年均"];

/// Words that may stand between a word of change and its number without making
/// the number a level: limiting adverbs and the copulas after them
/// (`增長只有1.2%`, `同比增长仅为5%`, `升幅仅为3%`), and the words of a total
/// (`增加合共58張病床`). `到`/`至` are not among them:
/// they give the level reached.
const BETWEEN: &[&str] = &[
    "仅为", "只为", "仅有", "只有", "仅", "只", "才", "合共", "合计", "共计", "总共", "一共", "共",
];

/// `达` ("reaching") after a word of change: before a percentage it gives the
/// size of the change (`增长达21.5%`, `增加達 7 成`); before an amount it is as
/// often the level reached (`驟升達 2 千億餘元`), so there it makes no change.
const REACHING: &str = "达";

/// How far before the verb a comparison (`比上年末`, `较2019年同期`) may start, in
/// characters.
const BASIS_CHARS: usize = 12;

struct Word {
    word: &'static str,
    /// The word's last character (a quick test before the whole word's).
    last: char,
    change: Change,
    noun: bool,
    /// A change of an amount only (`增收`: income gained), never of a count
    /// (`促农增收十条措施`, `增收59.25万人次`).
    amounts: bool,
    /// A verb of cutting or adding that may take what it changes as its object
    /// before the figure (`压减一般性支出23.9亿元`); of amounts only too.
    object: bool,
    /// A directed contribution (`负向拉动`, `拉低`): its direction holds for the
    /// points after its object.
    contribution: bool,
    /// A change of a rate's speed (`增速加快0.5个百分点`), before percentages only
    /// (`加快10万吨…项目` names a project to speed up).
    rate: bool,
}

/// The words of `dicts/changes.tsv`, longest first.
fn words() -> &'static [Word] {
    static W: OnceLock<Vec<Word>> = OnceLock::new();
    W.get_or_init(|| {
        let mut v: Vec<Word> = super::dict_lines(TABLE)
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                assert!(f.len() == 3, "dicts/changes.tsv: bad line {l:?}");
                Word {
                    word: f[0],
                    last: f[0]
                        .chars()
                        .next_back()
                        .expect("dicts/changes.tsv: empty word"),
                    change: if f[1] == "decrease" {
                        Change::Decrease
                    } else {
                        Change::Increase
                    },
                    noun: f[2] == "noun",
                    amounts: f[2] == "amount-verb" || f[2] == "object-verb",
                    object: f[2] == "object-verb",
                    contribution: f[2] == "contribution",
                    rate: f[2] == "rate-verb",
                }
            })
            .collect();
        v.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
        v
    })
}

fn trim_spaces_end(s: &str) -> &str {
    s.trim_end_matches([' ', '\u{3000}'])
}

/// The longest note in brackets between a verb of change and its size, in bytes.
const NOTE_MAX_BYTES: usize = 120;

/// The word of change that ends right before `pos` (after optional `了`, or a
/// copula for a noun), and where it starts.
fn word_before(cx: &Ctx, pos: usize, percent: bool, count: bool) -> Option<(usize, Change)> {
    let head = trim_spaces_end(&cx.s[..pos]);
    // A colon after a verb sets off its size (`同比上年增长:60%至77%`); after a noun
    // or a pair of verbs it closes a field's label (`增长率:5%`, `增减：-3%`).
    let head = head
        .strip_suffix([':', '：'])
        .map(trim_spaces_end)
        .filter(|h| {
            !h.ends_with("增减")
                && words()
                    .iter()
                    .any(|w| !w.noun && !w.amounts && h.ends_with(w.word))
        })
        .unwrap_or(head);
    // A note in brackets between the verb and its size (`增長(以下如無特別說明,
    // 均為同比名義增長) 7.9%`) stands aside.
    let head = head
        .strip_suffix([')', '）'])
        .and_then(|h| h.rfind(['(', '（']))
        .map(|open| trim_spaces_end(&head[..open]))
        .filter(|h| {
            head.len() - h.len() <= NOTE_MAX_BYTES
                && words()
                    .iter()
                    .any(|w| !w.noun && !w.amounts && h.ends_with(w.word))
        })
        .unwrap_or(head);
    let head = BETWEEN
        .iter()
        .find_map(|b| head.strip_suffix(b))
        .or_else(|| head.strip_suffix(REACHING).filter(|_| percent))
        .map(trim_spaces_end)
        .unwrap_or(head);
    let head_le = head.strip_suffix('了').map(trim_spaces_end).unwrap_or(head);
    // Before a noun, a copula (adverbs may stand before it: `升幅分別為 1.3%`,
    // `相應升幅則分別為1.1%`).
    let head_noun = {
        let mut h = COPULAS
            .iter()
            .find_map(|c| head.strip_suffix(c))
            .map(trim_spaces_end)
            .unwrap_or(head);
        for _ in 0..2 {
            match ADVERBS.iter().find_map(|a| h.strip_suffix(a)) {
                Some(rest) => h = trim_spaces_end(rest),
                None => break,
            }
        }
        h
    };
    // A word can end a head only with the head's last character: compared first.
    let (last_noun, last_le) = (head_noun.chars().next_back(), head_le.chars().next_back());
    for w in words()
        .iter()
        .filter(|w| !(count && w.amounts) && (percent || !w.rate))
    {
        let (h, last) = if w.noun {
            (head_noun, last_noun)
        } else {
            (head_le, last_le)
        };
        if last != Some(w.last) {
            continue;
        }
        if let Some(rest) = h.strip_suffix(w.word) {
            let start = rest.len();
            // `人口自然增长率`: births less deaths, a level of its own, no change.
            if w.noun && rest.ends_with("自然") {
                continue;
            }
            // The word must be a word of its own (`增加值` is value added, and the
            // number after it no change; `递增` is fine).
            // The tagger may glue a verb to the comparison before it (`同比增加`).
            let after_basis = !w.noun && BASIS_WORDS.iter().any(|b| rest.ends_with(b));
            if cx.starts_word(start) || after_basis || !w.noun && w.word.chars().count() == 1 {
                return Some((start, w.change));
            }
        }
    }
    None
}

/// The comparison right before the word of change: `同比`, `环比`, or 比/较 and
/// what is compared (`比上年`, `比上年末`, `较2019年同期`); `同口径` alone where no
/// comparison is written out before it (`比2017年同口径增长` compares with 2017).
pub(crate) fn basis_before(cx: &Ctx, pos: usize) -> Option<Range<usize>> {
    let mut same_scope = None;
    let r = basis_before_or_same_scope(cx, pos, &mut same_scope);
    r.or(same_scope)
}

/// [`basis_before`], leaving a bare `同口径` in `same_scope` for when no
/// comparison is written out before it.
fn basis_before_or_same_scope(
    cx: &Ctx,
    pos: usize,
    same_scope: &mut Option<Range<usize>>,
) -> Option<Range<usize>> {
    let mut head = trim_spaces_end(&cx.s[..pos]);
    // `两年平均增长5.1%`: the average over years is the comparison, read before the
    // adverb 均 is set aside.
    if let Some(w) = AVERAGE_BASES.iter().find(|w| head.ends_with(**w)) {
        return Some(head.len() - w.len()..head.len());
    }
    // An aside in brackets before the verb is no part of it (`比2017年同口径(下同)增长`).
    head = trim_spaces_end(without_aside(head));
    // Adverbs before the verb are no part of the comparison (`同比分别增长`).
    while let Some(a) = ADVERBS.iter().find(|a| head.ends_with(**a)) {
        head = trim_spaces_end(&head[..head.len() - a.len()]);
    }
    let end = head.len();
    for w in BASIS_WORDS {
        // `按年均增长`: by the yearly average, no comparison.
        let average = w.starts_with('按') && cx.s[end..pos].trim_start().starts_with('均');
        if *w == "同口径" && head.ends_with(w) {
            *same_scope = Some(end - w.len()..end);
            continue;
        }
        if head.ends_with(w) && !average {
            return Some(end - w.len()..end);
        }
    }
    let mut cut = end;
    // Inside a short gloss of the compared thing (`比2019年(疫情前)决算数`), up to its
    // opening bracket.
    let mut gloss_opens: Option<usize> = None;
    // (The gloss's characters are not counted.)
    let mut n = 0;
    for (i, c) in head.char_indices().rev() {
        if let Some(open) = gloss_opens {
            if i == open {
                gloss_opens = None;
            }
            continue;
        }
        n += 1;
        if matches!(c, ')' | '）') && n > 1 {
            let opens = without_aside(&head[..i + c.len_utf8()]).len();
            if opens < i {
                gloss_opens = Some(opens);
                continue;
            }
        }
        if n > BASIS_CHARS
            || (matches!(
                c,
                '，' | '。' | '；' | '、' | '：' | ',' | ';' | '\n' | '（' | '('
            ) && !thousands_comma(head, i))
        {
            return None;
        }
        if matches!(c, '比' | '较') && i + c.len_utf8() < end {
            // 比 must open the comparison (`对比`, `占比` are other words), and be
            // no noun's first character (`比例不減反增`: a clause left unsegmented
            // says nothing of its words).
            let noun = RATIO_NOUNS.iter().any(|w| head[i..].starts_with(w))
                // (`占比最高的電子零組件`: the noun "share", whatever the cut.)
                || c == '比' && head[..i].ends_with(['占', '佔']);
            // (`比同期比重提高`: past the noun to the comparison before it, which
            // ends where the noun starts.)
            if noun {
                cut = i;
                continue;
            }
            let ok = cx.starts_word(i) || head[..i].ends_with(['同', '环']);
            // `同比上年`, `环比上月`: the comparison opens with 同/环 before the
            // time it names; before anything else (`同比净增`, `同比多增`) the basis
            // is `同比` alone.
            if head[..i].ends_with(['同', '环']) && cx.starts_word(i - '同'.len_utf8()) {
                let from = i - '同'.len_utf8();
                let after = &head[i + c.len_utf8()..];
                let names_time = after.starts_with(['上', '去', '前', '今', '本', '同'])
                    || after.starts_with(|c: char| c.is_ascii_digit());
                return Some(if names_time {
                    from..trim_basis(cx, i, cut)
                } else {
                    from..i + c.len_utf8()
                });
            }
            return ok.then(|| i..trim_basis(cx, i, cut));
        }
    }
    None
}

/// Is the character at `i` a comma between digits (`42,895`), no clause's end?
fn thousands_comma(s: &str, i: usize) -> bool {
    s[i..].starts_with(',')
        && s[..i].ends_with(|c: char| c.is_ascii_digit())
        && s[i + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// How long an aside in brackets between a comparison and its verb may be, in
/// characters (`(下同)`, `（可比口径）`).
const ASIDE_CHARS: usize = 8;

/// `head` without a short bracketed aside at its end.
pub(crate) fn without_aside(head: &str) -> &str {
    let Some(close) = head.chars().next_back().filter(|c| matches!(c, ')' | '）')) else {
        return head;
    };
    let inner = &head[..head.len() - close.len_utf8()];
    for (n, (i, c)) in inner.char_indices().rev().enumerate() {
        if n > ASIDE_CHARS || matches!(c, ')' | '）' | '，' | '。' | '\n') {
            break;
        }
        if matches!(c, '(' | '（') {
            return &head[..i];
        }
    }
    head
}

/// Verbs of a contribution to another indicator's growth (`拉动GDP增长0.1个百分点`):
/// the points contributed are compared with nothing, and take no comparison from
/// the clause before. (Nor does a figure of another time in brackets,
/// `（同期为下降9.8%）`; the size of the same change does, `（增幅 53.44%）`.)
const CONTRIBUTING: &[&str] = &["拉动", "带动", "贡献", "推动"];

/// How far before its number a directed contribution (`拉低了全市经济增速约4个
/// 百分点`) may stand, in characters, within one clause.
const CONTRIBUTION_CHARS: usize = 16;

/// The direction of a directed contribution earlier in the clause of a
/// percentage at `pos` (`负向拉动GDP增长0.5个百分点` → decrease): the verb's
/// direction, not that of the object's own verb (`增长`), holds for the points.
fn contribution_before(cx: &Ctx, pos: usize) -> Option<Change> {
    let head = &cx.s[..pos];
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= CONTRIBUTION_CHARS
            || matches!(
                c,
                '，' | '。' | '；' | '：' | ',' | ';' | '\n' | '（' | '(' | '、'
            )
        {
            return None;
        }
        if let Some(w) = words()
            .iter()
            .find(|w| w.contribution && w.last == c && head[..i + c.len_utf8()].ends_with(w.word))
        {
            let start = i + c.len_utf8() - w.word.len();
            return cx.starts_word(start).then_some(w.change);
        }
    }
    None
}

/// Nouns that open with 比 (a ratio), which never open a comparison.
const RATIO_NOUNS: &[&str] = &["比例", "比重", "比率", "比值"];

/// Adverbs between a comparison and its verb (`比上周分别上涨`, `较上年均有下降`),
/// and the terms of growth in current or constant prices (`比上年同期名义增长`,
/// `实际增长`, Hong Kong's `实质增长`): how the change is measured, not what with.
const ADVERBS: &[&str] = &[
    "分别", "同样", "均", "都", "各", "也", "亦", "还", "则", "仍", "名义", "实际", "实质",
    // Adverbs of degree (`较上月微升`, `较上月小幅增长`, `比上年有所下降`).
    "微", "略有", "稍有", "略", "稍", "小幅", "大幅", "明显", "显著", "有所",
];

/// The end of a comparison that starts at `start`, without the adverbs before its
/// verb, and without the value compared with (`较5月份的250亿美元` → `较5月份`).
fn trim_basis(cx: &Ctx, start: usize, mut end: usize) -> usize {
    let s = &cx.s[start..end];
    if let Some(k) = s.char_indices().find_map(|(k, c)| {
        (c == '的'
            && s[k + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit() || "一二三四五六七八九十两".contains(d)))
        .then_some(k)
    }) {
        end = start + k;
    }
    // `较上年28899万元增长9.9%`: the value compared is no part of the comparison;
    // a number of the calendar is (`比2019年`, `比1-9月`).
    if let Some(k) = compared_value_at(&cx.s[start..end]) {
        end = start + k;
    }
    loop {
        let t = trim_spaces_end(&cx.s[start..end]);
        match ADVERBS
            .iter()
            .find(|a| t.ends_with(**a) && t.len() > a.len())
        {
            Some(a) => end = start + t.len() - a.len(),
            None => return start + t.len(),
        }
    }
}

/// Where a value compared starts inside a comparison: the first number not
/// followed by a word of the calendar or a range's joiner.
fn compared_value_at(s: &str) -> Option<usize> {
    let numeral = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    let mut chars = s.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut next = None;
        let mut after = 0;
        while let Some(&(j, d)) = chars.peek() {
            if !numeral(d) {
                next = Some(d);
                after = j + d.len_utf8();
                break;
            }
            chars.next();
        }
        // (`較上(105)年同月底`: Taiwan's year in brackets after 上, 去, 今.)
        let bracketed_year = matches!(next, Some(')' | '）'))
            && s[after..].starts_with('年')
            && s[..k].ends_with(['(', '（']);
        let calendar = bracketed_year
            || next.is_none_or(|d| "年月日季号期度时周旬-－—～~至到、/ ".contains(d));
        if !calendar {
            return Some(k);
        }
    }
    None
}

/// How far before its verb a comparison with 相比 set in its clause
/// (`与去年同期相比增长`) may start, in characters; one set off by a comma
/// (`与去年同期相比，……`) frames the whole rest of its sentence.
const COMPARED_CHARS: usize = 30;

/// How far before its verb a framing comparison may close, in characters: a
/// long sentence of listed changes is still read in linear time.
const FRAME_CHARS: usize = 200;

/// Verbs that close a comparison opened by `与/和/同/跟` (`与去年同期相比`, Hong
/// Kong's `與二零一二年十一月比較`, `與X作比較`). `比较` is also the adverb
/// "rather" (`比较稳定`): as a verb of comparison it ends its phrase.
/// `比` alone closes one only when a comma sets it off (`与上年比，……上升3.82个
/// 百分点`).
const COMPARED_VERBS: &[&str] = &["相比", "比较", "比"];

/// A comparison written as `与/和/同/跟…相比` (or `…比较`) earlier in the sentence
/// of the verb at `pos` (`与去年4月相比，光学器材出口增长3.9%`): it sets the
/// basis of the changes after it.
fn compared_before(cx: &Ctx, pos: usize) -> Option<Range<usize>> {
    let head = &cx.s[..pos];
    let mut seen = 0;
    // Where the closing verb ends, and how many characters lie between it and
    // the character looked at.
    let mut close: Option<(usize, usize)> = None;
    for (i, c) in head.char_indices().rev() {
        seen += 1;
        if matches!(c, '。' | '；' | '！' | '？' | ';' | '\n')
            || (close.is_none() && seen > FRAME_CHARS)
        {
            return None;
        }
        match close.as_mut() {
            None => {
                if !matches!(c, '相' | '比') {
                    continue;
                }
                let Some(v) = COMPARED_VERBS.iter().find(|v| head[i..].starts_with(**v)) else {
                    continue;
                };
                let e = i + v.len();
                let framed = head[e..].starts_with(['，', ',', '：', ':']);
                if *v == "比" && !framed {
                    continue;
                }
                if framed || (*v == "相比" && seen <= COMPARED_CHARS) {
                    close = Some((e, 0));
                }
            }
            Some((e, n)) => {
                *n += 1;
                if *n > COMPARED_CHARS {
                    return None;
                }
                // (`同期`, `同比`, `同样`, `同月` are other words: `與上年同月比較`.)
                let other = c == '同'
                    && head[i + c.len_utf8()..]
                        .starts_with(['期', '比', '样', '时', '月', '年', '日', '季']);
                if matches!(c, '与' | '和' | '同' | '跟')
                    && !other
                    && i + c.len_utf8() < *e
                    && cx.starts_word(i)
                {
                    return Some(i..*e);
                }
            }
        }
    }
    None
}

/// The verb of change `head` ends with (`降`, `下降`, `增加`), the longest.
pub(crate) fn verb_ending(head: &str) -> Option<&'static str> {
    words()
        .iter()
        .find(|x| !x.noun && head.ends_with(x.word))
        .map(|x| x.word)
}

/// The plain verb of growth `head` ends with (`增长`, `上涨`, `攀升`): a verb of
/// the table with direction increase, not one of amounts, objects, rates or
/// contributions.
pub(crate) fn growth_verb_ending(head: &str) -> Option<&'static str> {
    words()
        .iter()
        .find(|x| {
            x.change == Change::Increase
                && !(x.noun || x.amounts || x.rate || x.contribution)
                && head.ends_with(x.word)
        })
        .map(|x| x.word)
}

/// The verb of change `s` starts with (`提高`, `缩短`, `压缩`), the longest:
/// verbs of either direction, not nouns nor contributions.
pub(crate) fn verb_starting(s: &str) -> Option<&'static str> {
    words()
        .iter()
        .find(|x| !x.noun && !x.contribution && s.starts_with(x.word))
        .map(|x| x.word)
}

/// Whether `w` is a verb of change (`上涨`, `下降`); a verb of a rate's speed
/// (`加快`) is one only before its percentage, so not here.
pub(crate) fn is_verb(w: &str) -> bool {
    words().iter().any(|x| !x.noun && !x.rate && x.word == w)
}

/// The object verbs of `dicts/changes.tsv` (verbs of cutting or adding to a budget
/// or a span that take what they change as their object before the figure, which
/// is the size of the change: `压减一般性支出23.9亿元`, `削减财政赤字450亿元`,
/// Taiwan's `減列營業總收入3,290億元`, `缩短审批时间50%`; the object is the
/// subject), and the set of their first characters, tested before the words.
/// (Other verbs of change read so name what is done, `增加就业岗位5000个`, not
/// always a change of an indicator.)
fn object_verbs() -> &'static ObjectVerbs {
    static V: OnceLock<ObjectVerbs> = OnceLock::new();
    V.get_or_init(|| {
        let verbs: Vec<_> = words()
            .iter()
            .filter(|w| w.object)
            .map(|w| (w.word, w.change))
            .collect();
        let mut firsts: Vec<char> = verbs.iter().filter_map(|(w, _)| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        (verbs, firsts)
    })
}

/// The object verbs with their directions, and their first characters, sorted.
type ObjectVerbs = (Vec<(&'static str, Change)>, Vec<char>);

/// Whether `c` starts one of the [`object_verbs`].
fn starts_object_verb(c: char) -> bool {
    object_verbs().1.binary_search(&c).is_ok()
}

/// The verb of [`object_verbs`] at `i`, a word of its own.
fn verb_with_object_at(cx: &Ctx, i: usize) -> Option<(&'static str, Change)> {
    let (w, change) = *object_verbs()
        .0
        .iter()
        .find(|(w, _)| cx.s[i..].starts_with(w))?;
    (cx.starts_word(i) && cx.starts_word(i + w.len())).then_some((w, change))
}

/// Where what the last verb of [`object_verbs`] in `range` cuts starts
/// (`故刪減預算` → `預算`), when something follows the verb.
pub(crate) fn verb_with_object_in(cx: &Ctx, range: Range<usize>) -> Option<usize> {
    cx.s[range.clone()]
        .char_indices()
        .rev()
        .filter(|(_, c)| starts_object_verb(*c))
        .find_map(|(i, _)| {
            let at = range.start + i;
            let (w, _) = verb_with_object_at(cx, at)?;
            (at + w.len() < range.end).then_some(at + w.len())
        })
}

/// How far before its figure such a verb may stand, in characters.
const OBJECT_CHARS: usize = 20;

/// The verb of [`object_verbs`] that opens the clause of the figure at
/// `pos`, with what it changes between them: where the verb starts and ends.
pub(crate) fn verb_with_object_before(cx: &Ctx, pos: usize) -> Option<(usize, usize, Change)> {
    let head = &cx.s[..pos];
    let mut n = 0;
    for (i, c) in head.char_indices().rev() {
        n += 1;
        if n > OBJECT_CHARS
            || matches!(
                c,
                '，' | '。'
                    | '；'
                    | '、'
                    | '：'
                    | ','
                    | ';'
                    | ':'
                    | '\n'
                    | '！'
                    | '？'
                    | '【'
                    | '】'
            )
            || c.is_ascii_digit()
                && !head[..i]
                    .trim_end_matches(|d: char| d.is_ascii_digit())
                    .ends_with('第')
        {
            return None;
        }
        if !starts_object_verb(c) {
            continue;
        }
        // (`压缩机`: a word that only begins with the verb.)
        let Some((w, change)) = verb_with_object_at(cx, i) else {
            continue;
        };
        let end = i + w.len();
        // Right before the figure it is a verb of change as any other. Before
        // 至, 到 or 为 it gives the level reached (`压缩至50%`, `压减一般性支出至
        // 23.9亿元`), and after 后 it names what is left (`削减后的预算为120亿元`).
        let object = trim_spaces_end(&head[end..]).trim_start_matches([' ', '\u{3000}']);
        if object.is_empty()
            || object.starts_with(['至', '到', '为', '成', '后'])
            || object.ends_with(['至', '到', '为', '成'])
            || object.ends_with("达到")
        {
            return None;
        }
        return Some((i, end, change));
    }
    None
}

/// Where the word of change before the number at `pos` starts.
pub(crate) fn word_start(cx: &Ctx, pos: usize) -> Option<usize> {
    word_before(cx, pos, false, false).map(|(at, _)| at)
}

/// `2.39(+6.7%)`, `53.90（-5.9%）`: a signed percentage in brackets right after a
/// figure is that figure's growth, a change by its sign; its value is the size.
fn signed_growth_after_a_figure(cx: &Ctx, c: &mut Cand) -> Option<Change> {
    let text = &cx.s[c.range.clone()];
    let change = if text.starts_with(['+', '＋']) {
        Change::Increase
    } else if text.starts_with(['-', '−', '－']) {
        Change::Decrease
    } else {
        return None;
    };
    let before = cx.s[..c.range.start].trim_end_matches(' ');
    let figure = before
        .strip_suffix(['(', '（'])?
        .trim_end_matches(' ')
        .ends_with(|ch: char| ch.is_ascii_digit() || ('０'..='９').contains(&ch));
    let closed = cx.s[c.range.end..]
        .trim_start_matches(' ')
        .starts_with([')', '）']);
    if !(figure && closed) {
        return None;
    }
    if let Some(v) = c
        .value
        .as_ref()
        .and_then(crate::document::FactValue::as_f64)
    {
        c.value = super::number_value(v.abs());
    }
    Some(change)
}

/// Mark `c` as a change when a word of change stands right before its number.
pub(crate) fn mark(cx: &Ctx, c: &mut Cand) {
    if !matches!(
        c.kind,
        FactKind::Money | FactKind::Count | FactKind::Percent
    ) {
        return;
    }
    // The verb may end the line before, cut off by a hard wrap (`減少了` + wrap +
    // `14%`).
    let start = super::wraps::back_over_wrap(cx, c.range.start);
    if c.kind == FactKind::Percent {
        if let Some(change) = signed_growth_after_a_figure(cx, c) {
            c.change = Some(change);
            return;
        }
        if let Some(change) = contribution_before(cx, start) {
            c.change = Some(change);
            c.basis = None;
            return;
        }
    }
    let Some((at, change)) = word_before(
        cx,
        start,
        c.kind == FactKind::Percent,
        c.kind == FactKind::Count,
    ) else {
        // (A count after such a verb counts what is done: `压缩“僵尸”应用71个`;
        // a measure is the size of the cut: `调减玉米种植面积77万亩`.)
        let measured = c.dimension.is_some_and(Dimension::is_measure);
        if let Some((_, _, change)) =
            verb_with_object_before(cx, start).filter(|_| c.kind != FactKind::Count || measured)
        {
            c.change = Some(change);
            return;
        }
        // `較第一期少1萬人`, `比上年多300户`: more or fewer than what is compared.
        if matches!(c.kind, FactKind::Count | FactKind::Money) {
            if let Some((change, basis)) = more_or_fewer_before(cx, start) {
                c.change = Some(change);
                c.basis = Some(basis);
                return;
            }
        }
        if c.kind == FactKind::Percent {
            c.change = change_named_after(cx, start, c.range.end);
            if c.change.is_none() && c.unit_normalized.as_deref() == Some("point") {
                if let Some((change, basis)) = gap_before(cx, start) {
                    c.change = Some(change);
                    c.basis = Some(basis);
                }
            }
            if c.change.is_none() {
                if let Some((at, change)) = listed_under_a_change(cx, start) {
                    c.change = Some(change);
                    c.basis = basis_before(cx, at).or_else(|| compared_before(cx, at));
                }
            }
            if c.change.is_none() {
                signed_after_a_comparison(cx, c, start);
            }
        }
        return;
    };
    c.change = Some(change);
    c.basis = basis_before(cx, at).or_else(|| compared_before(cx, at));
    negative_after_a_verb(cx, c);
}

/// `房地产开发投资增长-17.3%`: a negative figure after a verb of change is a
/// decrease of the figure's size (as a table's growth column is read): value
/// 17.3, decrease; after a verb of decrease the sign only repeats it (`下降-5.3%`).
/// A range's ends keep their signs (`增长-3.5%~-1%`).
fn negative_after_a_verb(cx: &Ctx, c: &mut Cand) {
    let text = &cx.s[c.range.clone()];
    let Some(sign) = text
        .chars()
        .next()
        .filter(|ch| matches!(ch, '-' | '−' | '－'))
    else {
        return;
    };
    if c.end.is_some()
        || text[sign.len_utf8()..].contains(['~', '～', '至', '到', '—', '-', '－', '−'])
    {
        return;
    }
    let Some(v) = c
        .value
        .as_ref()
        .and_then(|v| v.as_f64())
        .filter(|v| *v < 0.0)
    else {
        return;
    };
    // (`下降-5.3%`: a sign doubled for emphasis, still a decrease of 5.3.)
    if !matches!(c.change, Some(Change::Increase | Change::Decrease)) {
        return;
    }
    c.value = super::number_value(v.abs());
    c.change = Some(Change::Decrease);
}

/// Comparisons that a signed figure may follow without a verb.
const SIGNED_BASES: &[&str] = &["同比", "环比", "按年", "按月"];

/// `营业收入同比-3.5%`, `同比+12%`: a signed percentage right after a comparison
/// word is a change in the sign's direction, of the figure's size (as a table's
/// growth column is read).
fn signed_after_a_comparison(cx: &Ctx, c: &mut Cand, start: usize) {
    let Some(sign) = cx.at(start) else {
        return;
    };
    let change = match sign {
        '+' | '＋' => Change::Increase,
        '-' | '−' | '－' => Change::Decrease,
        _ => return,
    };
    let head = trim_spaces_end(&cx.s[..start]);
    let Some(w) = SIGNED_BASES.iter().find(|w| head.ends_with(**w)) else {
        return;
    };
    let Some(v) = c.value.as_ref().and_then(|v| v.as_f64()) else {
        return;
    };
    // (One figure: a range's ends, `-3.5%~-1%`, keep their signs.)
    let text = &cx.s[c.range.clone()];
    if c.end.is_some()
        || text[sign.len_utf8()..].contains(['~', '～', '至', '到', '—', '-', '－', '−'])
    {
        return;
    }
    c.value = super::number_value(v.abs());
    c.change = Some(change);
    c.basis = Some(head.len() - w.len()..head.len());
}

/// How far back the colon that opens a list of bracketed figures may stand.
const LISTED_CHARS: usize = 80;

/// `均錄得升幅：越南(45.3%)、印度(23.2%)`: a figure alone in brackets after an item
/// of a list that a noun of change and its colon open takes that change. Where
/// the noun starts, and the change.
fn listed_under_a_change(cx: &Ctx, pos: usize) -> Option<(usize, Change)> {
    let head = trim_spaces_end(&cx.s[..pos]);
    let item = head.strip_suffix(['(', '（'])?;
    // The item is named (`越南`), not a bracket after a figure or a clause.
    if !item
        .chars()
        .next_back()
        .is_some_and(crate::chinese::chars::is_han)
    {
        return None;
    }
    let colon = item
        .char_indices()
        .rev()
        .take(LISTED_CHARS)
        .find(|&(_, ch)| {
            matches!(
                ch,
                '：' | ':' | '。' | '；' | ';' | '！' | '？' | '\n' | '，' | ','
            )
        })
        .filter(|&(_, ch)| matches!(ch, '：' | ':'))?
        .0;
    let before = trim_spaces_end(&cx.s[..colon]);
    words()
        .iter()
        .filter(|w| w.noun)
        .find(|w| before.ends_with(w.word))
        .map(|w| (before.len() - w.word.len(), w.change))
}

/// Comparatives whose object is the level compared with, and the gap after it in
/// points its direction (`快于全市平均水平5.1个百分点`, `低于全省0.3个百分点`).
const GAP_VERBS: &[(&str, Change)] = &[
    ("高于", Change::Increase),
    ("高出", Change::Increase),
    ("快于", Change::Increase),
    ("超过", Change::Increase),
    ("超出", Change::Increase),
    ("多于", Change::Increase),
    ("低于", Change::Decrease),
    ("慢于", Change::Decrease),
    ("少于", Change::Decrease),
    ("落后于", Change::Decrease),
];

/// Adjectives of a gap after `比X` (`比全市平均水平高5.1个百分点`).
const GAP_ADJECTIVES: &[(char, Change)] = &[
    ('高', Change::Increase),
    ('快', Change::Increase),
    ('多', Change::Increase),
    ('低', Change::Decrease),
    ('慢', Change::Decrease),
    ('少', Change::Decrease),
];

/// How long the level compared with may be, in characters.
const GAP_LEVEL_CHARS: usize = 12;

/// A gap in points to another level, before the number at `pos`: its direction
/// and the level compared with, as the basis (`全市平均水平`, `比全市平均水平`).
fn gap_before(cx: &Ctx, pos: usize) -> Option<(Change, Range<usize>)> {
    let mut head = trim_spaces_end(&cx.s[..pos]);
    // `高于全省平均增幅(11%)8.9个百分点`: the level's own value, in brackets after
    // it, is no part of it.
    if head.ends_with([')', '）']) {
        if let Some(open) = head.rfind(['(', '（']) {
            if head[open..].chars().count() <= GAP_LEVEL_CHARS {
                head = trim_spaces_end(&head[..open]);
            }
        }
    }
    // `比X高`: the comparison, then the adjective (`比全国、全市分别高`: with 分别
    // between).
    if let Some((adj, change)) = GAP_ADJECTIVES.iter().find(|(a, _)| head.ends_with(*a)) {
        let end = head.len() - adj.len_utf8();
        let end = head[..end].strip_suffix("分别").map_or(end, str::len);
        let b = basis_before(cx, end)?;
        return (b.end == end && matches!(cx.at(b.start), Some('比' | '较')))
            .then_some((*change, b));
    }
    // `高于X`: the verb, then the level.
    for (n, (i, ch)) in head.char_indices().rev().enumerate() {
        if n > GAP_LEVEL_CHARS || ch.is_ascii_digit() || !(ch.is_alphanumeric()) {
            return None;
        }
        if let Some((w, change)) = GAP_VERBS
            .iter()
            .find(|(w, _)| head[..i + ch.len_utf8()].ends_with(*w))
        {
            let level = i + ch.len_utf8()..head.len();
            // (`不低于`, `不超过`: a bound, not a comparison; `提高出口退税率`: the
            // tail of another word.)
            let verb = level.start - w.len();
            let bound = head[..verb].ends_with('不');
            let inside = cx.token_at(verb).is_some_and(|t| t.start < verb);
            return (!level.is_empty() && !bound && !inside).then_some((*change, level));
        }
    }
    None
}

/// `比X多`, `较X少` right before an amount or a count (`分别` may stand between):
/// the change and its comparison.
fn more_or_fewer_before(cx: &Ctx, pos: usize) -> Option<(Change, Range<usize>)> {
    let head = trim_spaces_end(&cx.s[..pos]);
    let head = head.strip_suffix('了').unwrap_or(head);
    let (adj, change) = [('多', Change::Increase), ('少', Change::Decrease)]
        .into_iter()
        .find(|(a, _)| head.ends_with(*a))?;
    let end = head.len() - adj.len_utf8();
    let end = head[..end].strip_suffix("分别").map_or(end, str::len);
    let b = basis_before(cx, end)?;
    (b.end == end && matches!(cx.at(b.start), Some('比' | '较'))).then_some((change, b))
}

/// Verbs that say a change took place, of the size after them (`有`, `錄得`,
/// `出现`), with the adverbs that may stand between (`實質僅有`).
const HAVING: &[&str] = &["有", "录得", "实现", "出现", "取得", "呈现"];
const HAVING_ADVERBS: &[&str] = &[
    "仅", "只", "约", "实质", "实际", "亦", "也", "则", "将", "会",
];

/// Nouns of a change named after its size and `的`, the direction they give.
const CHANGE_NOUNS: &[(&str, Change)] = &[
    ("增长", Change::Increase),
    ("增幅", Change::Increase),
    ("升幅", Change::Increase),
    ("涨幅", Change::Increase),
    ("上升", Change::Increase),
    ("上涨", Change::Increase),
    ("跌幅", Change::Decrease),
    ("降幅", Change::Decrease),
    ("下降", Change::Decrease),
    ("下跌", Change::Decrease),
    ("减少", Change::Decrease),
    ("回落", Change::Decrease),
];

/// How many characters (an adjective: `輕微`, `大幅`) may stand between `的` and
/// the noun of change.
const CHANGE_NOUN_GAP: usize = 4;

/// A change named after its size (`實質僅有1.3%的輕微增長`, `有 1.5%至 3.5%的增長`,
/// `出现0.5%的负增长`): after a verb that says it took place, `的`, a short
/// adjective and a noun of change. A share of a change is none (`贡献了30%的增长`).
fn change_named_after(cx: &Ctx, start: usize, end: usize) -> Option<Change> {
    let mut head = trim_spaces_end(&cx.s[..start]);
    while let Some(a) = HAVING_ADVERBS.iter().find(|a| head.ends_with(**a)) {
        head = trim_spaces_end(&head[..head.len() - a.len()]);
    }
    HAVING.iter().find(|v| head.ends_with(**v))?;
    let rest = cx.s[end..]
        .trim_start_matches([' ', '\u{3000}'])
        .strip_prefix('的')?;
    for (n, (i, ch)) in rest.char_indices().enumerate() {
        if n > CHANGE_NOUN_GAP || !crate::chinese::chars::is_han(ch) {
            return None;
        }
        if let Some(&(_, change)) = CHANGE_NOUNS.iter().find(|(w, _)| rest[i..].starts_with(w)) {
            let negative = rest[..i].ends_with('负');
            return Some(match (negative, change) {
                (true, Change::Increase) => Change::Decrease,
                _ => change,
            });
        }
    }
    None
}

/// The text between two numbers, without a hard wrap inside it: a list goes on
/// across a wrap as on one line (`分別平均按年上升6.7%` + wrap + `和 5.9%`).
fn gap_over_wrap(cx: &Ctx, from: usize, to: usize) -> Option<String> {
    let gap = cx.s.get(from..to)?;
    let Some(k) = gap.find('\n') else {
        return Some(gap.to_string());
    };
    let lb = if gap[..k].ends_with('\r') { k - 1 } else { k };
    match super::wraps::past_wrap(cx, from + lb) {
        Some(p) if p <= to && !gap[k + 1..].contains('\n') => {
            Some(format!("{}{}", &gap[..lb], &cx.s[p..to]))
        }
        _ => Some(gap.to_string()),
    }
}

/// What a change says carries on to the numbers after it in the same sentence:
/// items of a list take its change and basis (`比上周分别上涨8.91%、4.14%和0.05%`),
/// and a change with no comparison of its own that goes on in the next clause
/// takes the one before (`比年初减少1496万吨，下降6.9%`).
pub(crate) fn carry(cx: &Ctx, all: &mut [Cand]) {
    let quantity = |c: &Cand| {
        matches!(
            c.kind,
            FactKind::Money | FactKind::Count | FactKind::Percent
        )
    };
    for i in 1..all.len() {
        let (done, rest) = all.split_at_mut(i);
        let (prev, cur) = (&done[i - 1], &mut rest[0]);
        if !quantity(prev) || !quantity(cur) || prev.change.is_none() {
            continue;
        }
        let Some(gap) = gap_over_wrap(cx, prev.range.end, cur.range.start) else {
            continue;
        };
        let gap = gap.trim_matches([' ', '\u{3000}']);
        // `增1萬人或0.14%`: the same change told again as a rate; so after `、`,
        // where an amount and a rate are no list of one kind (`較去年同月增加3536人、
        // 36.83%`).
        // (Not a rate before a noun, `收購3.8萬張、25.7%股權`: a share of it.)
        // (Across a hard wrap too: `25.7%` + wrap + `股權`.)
        let ends_clause = || {
            cx.s[cur.range.end..]
                .trim_start_matches([' ', '\u{3000}', '\r', '\n'])
                .chars()
                .next()
                .is_none_or(|c| !crate::chinese::chars::is_han(c))
        };
        if cur.change.is_none()
            && (gap == "或" || gap == "、" && ends_clause())
            && prev.kind != FactKind::Percent
            && cur.kind == FactKind::Percent
            && cur.unit.as_deref() == Some("percent")
        {
            cur.change = prev.change;
            cur.basis = prev.basis.clone();
            continue;
        }
        if cur.change.is_none() && ["、", "和", "及", "与", "以及", "，", ","].contains(&gap)
        {
            // A list; a comma only between numbers of one kind (`8%，9%`). A gap in
            // points is no item of a list of rates (`高于省平1个百分点、7%左右`: the
            // rate is the level).
            let points = |c: &Cand| c.unit.as_deref() == Some("point");
            let same_unit = prev.unit == cur.unit;
            if prev.kind == cur.kind
                && (!matches!(gap, "，" | ",") || same_unit)
                && (same_unit || !(points(prev) || points(cur)))
            {
                cur.change = prev.change;
                cur.basis = prev.basis.clone();
            }
        } else if cur.change.is_some()
            && cur.basis.is_none()
            && prev.basis.is_some()
            && gap.chars().count() <= 12
            && !gap.contains(['。', '；', '！', '？', ';', '\n'])
            && !(gap.contains(['（', '(']) && gap.contains('为'))
            && !CONTRIBUTING.iter().any(|w| gap.contains(w))
            && !words()
                .iter()
                .any(|w| w.contribution && gap.contains(w.word))
        {
            cur.basis = prev.basis.clone();
        }
    }
    // `与去年4月相比，A增长3.9%，B增长71.3%`: a comparison with 相比 opens the
    // sentence and holds for every change in it.
    let mut sentence: Option<Range<usize>> = None;
    let mut from = 0;
    for c in all.iter_mut() {
        if let Some(b) = &sentence {
            let between = cx.s.get(from..c.range.start).unwrap_or("");
            if between.contains(['。', '；', '！', '？', ';', '\n']) {
                sentence = None;
            } else if c.change.is_some() && c.basis.is_none() {
                c.basis = Some(b.clone());
            }
        }
        if let Some(b) = c.basis.as_ref().filter(|b| {
            let b = &cx.s[(*b).clone()];
            b.ends_with("相比")
                || (b.ends_with('比') && !b.ends_with("同比") && !b.ends_with("环比"))
        }) {
            sentence = Some(b.clone());
        }
        from = c.range.end.max(from);
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Change, FactKind};
    use crate::facts::facts_of;

    fn changes(t: &str) -> Vec<(String, Option<Change>, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind != FactKind::Date)
            .map(|f| (f.text, f.change, f.basis))
            .collect()
    }

    /// Income received less or more is a change of the amount (眾新聞 2019 on the
    /// old age CSSA threshold: `每月少收526元`), not of a count.
    #[test]
    fn income_received_less_or_more() {
        let f = changes("長者每月少收526元。去年多收了3000元，少收5人。");
        let got: Vec<_> = f.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("526元", Some(Change::Decrease)),
                ("3000元", Some(Change::Increase)),
                ("5人", None)
            ]
        );
    }

    /// A signed percentage in brackets after a figure is its growth (LegCo
    /// written reply 2012-11-14: `2011  2.39(+6.7%)  53.90(+5.9%)`); a signed
    /// share alone in brackets is no change.
    #[test]
    fn signed_growth_in_brackets_after_a_figure() {
        let f = changes("2011  2.39(+6.7%)  53.90（-5.9%）");
        let got: Vec<_> = f.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("+6.7%", Some(Change::Increase)),
                ("-5.9%", Some(Change::Decrease))
            ]
        );
        let values: Vec<_> = facts_of("53.90（-5.9%）")
            .into_iter()
            .filter_map(|f| f.value.and_then(|v| v.as_f64()))
            .collect();
        assert_eq!(values, [5.9]);
        assert_eq!(changes("人口變動率（+2.6%）")[0].1, None);
    }

    /// Taiwan's budget reviews cut a numbered item named in brackets (自由時報
    /// on the 2025 supplementary budget: `減列第2目「選舉業務」15億4324萬2千元`) and
    /// add to the expenditure (`歲出追加約878億4136萬9000元`).
    #[test]
    fn cuts_to_numbered_items_and_additions() {
        let f = changes(
            "中選會及所屬減列第2目「選舉業務」15億4324萬2千元；歲出追加約878億4136萬9000元。",
        );
        let got: Vec<_> = f.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("15億4324萬2千元", Some(Change::Decrease)),
                ("約878億4136萬9000元", Some(Change::Increase)),
            ]
        );
        // A council's or the Legislative Yuan's deletions cut the budget (新華報導
        // 2018 on 臺中市's 107年度 budget: `刪除5億254萬1,000元`; the Legislative Yuan's
        // proceedings, ../shared/corpus/reports/tw-ly-proceedings: `爰刪除預算1億元`).
        let f = changes("議會刪除5億254萬1,000元，爰刪除預算1億元。");
        let got: Vec<_> = f.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("5億254萬1,000元", Some(Change::Decrease)),
                ("1億元", Some(Change::Decrease)),
            ]
        );
    }

    /// Harvests up or down (`减产`, `增产`: the national bulletin's farm chapter), a
    /// colon after the verb (a results forecast's `同比上年增长:60%至77%`), and
    /// `同比` before the time it compares with (`同比上年`), alone before an adverb
    /// (`同比多增`).
    #[test]
    fn output_verbs_a_colon_after_the_verb_and_tongbi_with_its_time() {
        let f = changes(
            "棉花比上年减产7.7%，油料增产2.1%。净利润同比上年增长:60%至77%。贷款同比多增239亿元。",
        );
        let got: Vec<_> = f
            .iter()
            .map(|(t, c, b)| (t.as_str(), *c, b.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("7.7%", Some(Change::Decrease), Some("比上年")),
                ("2.1%", Some(Change::Increase), Some("比上年")),
                ("60%至77%", Some(Change::Increase), Some("同比上年")),
                ("239亿元", Some(Change::Increase), Some("同比")),
            ]
        );
        // A colon after a noun of change or a pair of verbs closes a field's label.
        let f = changes("较上年增减：-3%。收入增长率:5%。");
        assert!(f.iter().all(|(_, c, _)| c.is_none()), "{f:?}");
    }

    /// A change named after its size and `的` (the Financial Secretary's 2013-14
    /// Budget speech, LegCo record of 2013-02-27: `實質僅有1.3%的輕微增長`, `有 1.5%至
    /// 3.5%的增長`; ../shared/corpus/reports/cn-national-gwr/gwr-national-1999.txt:
    /// `实现7％左右的增长速度`); a share of a change is none.
    #[test]
    fn a_change_named_after_its_size() {
        let f = changes("貨物出口實質僅有1.3%的輕微增長。出现0.5%的负增长。消费贡献了30%的增长。");
        let got: Vec<_> = f.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("1.3%", Some(Change::Increase)),
                ("0.5%", Some(Change::Decrease)),
                ("30%", None)
            ]
        );
    }

    /// A list opened by a noun of change and a colon gives its change to the
    /// figures in brackets after its items, and the comparison that frames the
    /// sentence (info.gov.hk, trade volume and prices of April 2025); a list opened
    /// by another noun does not.
    #[test]
    fn bracketed_figures_of_a_list_under_a_change() {
        let f = changes(
            "與二零二四年四月比較，整體出口貨量均錄得升幅：越南(45.3%)、印度(23.2%)及台灣(20.1%)。",
        );
        assert_eq!(f.len(), 3, "{f:?}");
        for (_, c, b) in &f {
            assert_eq!(*c, Some(Change::Increase));
            assert_eq!(b.as_deref(), Some("與二零二四年四月比較"));
        }
        let f = changes("各区占比：东区(45.3%)、西区(23.2%)。");
        assert!(f.iter().all(|(_, c, _)| c.is_none()), "{f:?}");
    }

    /// Adverbs pile up before the copula of a noun of change (經濟通 on Hong
    /// Kong's CPI, 2025-11-20: `相應升幅則分別為`; ../shared/corpus/reports/
    /// tw-ly-proceedings/LCEWC03_090216.txt: `增幅仍分別達`).
    #[test]
    fn adverbs_before_the_copula_of_a_noun_of_change() {
        let f = changes("甲類、乙類及丙類消費物價指數的相應升幅則分別為1.1%、1.4%及1.0%。");
        assert!(
            f.iter().all(|(_, c, _)| *c == Some(Change::Increase)),
            "{f:?}"
        );
        let f = changes("醫療總點數增幅仍分別達 43.47%、56.82%。");
        assert!(
            f.iter().all(|(_, c, _)| *c == Some(Change::Increase)),
            "{f:?}"
        );
    }

    /// The value compared is no part of the comparison; a number of the calendar
    /// is (周至县 2023 budget execution report, zhouzhi.gov.cn: `较上年28899万元增长
    /// 9.9%`; ../shared/corpus: `比2019年`, `比1-9月`).
    #[test]
    fn a_value_compared_is_no_basis() {
        let f = changes("一般公共预算收入31751万元,较上年28899万元增长9.9%。比2019年增长3%，比1-9月提高2个百分点。");
        let bases: Vec<_> = f.iter().filter_map(|(_, _, b)| b.as_deref()).collect();
        assert_eq!(bases, ["较上年", "比2019年", "比1-9月"]);
        // 主計總處 (2017-09): last year by its ROC number in brackets, an adverb after.
        let f = changes("較上(105)年同月底亦增12萬5千人，較上年同月亦增1.88%。");
        let bases: Vec<_> = f.iter().filter_map(|(_, _, b)| b.as_deref()).collect();
        assert_eq!(bases, ["較上(105)年同月底", "較上年同月"]);
        // 麻阳县 2019 audit report: the value compared written with thousands commas.
        let f = changes("比上年42,895万元增加29,821万元,增幅69.52%。");
        assert_eq!(f[1].2.as_deref(), Some("比上年"), "{f:?}");
    }

    /// A note in brackets between the verb and its size stands aside
    /// (../shared/corpus/reports/cn-city-gwr/city-098.txt; 国家统计局's 2018
    /// half-year income release).
    #[test]
    fn a_note_between_the_verb_and_its_size() {
        let f = changes("地区生产总值4038.73亿元、同比增长（以下简称增长）8%，各项指标居前列。");
        assert_eq!(
            f.last().unwrap(),
            &(
                "8%".to_string(),
                Some(Change::Increase),
                Some("同比".to_string())
            )
        );
        let f = changes("全國居民人均消費支出增長(以下如無特別說明,均為同比名義增長) 7.9%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        // The level's own value in brackets before a gap in points (楚雄州's
        // half-year budget execution).
        let f = changes("收入增长19.9%，高于全省平均增幅(11%)8.9个百分点。");
        assert_eq!(
            f.last().unwrap(),
            &(
                "8.9个百分点".to_string(),
                Some(Change::Increase),
                Some("全省平均增幅".to_string())
            )
        );
    }

    /// Growth in current or constant prices is measured against the same
    /// comparison (国家统计局's 2018 half-year income release, as reprinted in
    /// Traditional script; ../shared/corpus/reports/cn-national-gwr/
    /// gwr-national-2007.txt).
    #[test]
    fn nominal_and_real_are_no_part_of_the_basis() {
        let f = changes("比上年同期名義增長8.5%，扣除價格因素實際增長6.6%。");
        let bases: Vec<_> = f.iter().filter_map(|(_, _, b)| b.as_deref()).collect();
        assert_eq!(bases, ["比上年同期", "比上年同期"], "{f:?}");
        let f = changes("国内生产总值比上年实际增长10.4%。");
        assert_eq!(f.last().unwrap().2.as_deref(), Some("比上年"), "{f:?}");
        // Nor are adverbs of degree (社會福利署 on the 綜援 caseload, 2007).
        let f = changes("個案總數較上月微升0.1%。");
        assert_eq!(f.last().unwrap().2.as_deref(), Some("較上月"), "{f:?}");
        let f = changes("出口較上月小幅增長3%。");
        assert_eq!(f.last().unwrap().2.as_deref(), Some("較上月"), "{f:?}");
    }

    /// The same change told again as a rate after `或` (主計總處's payroll release,
    /// 2017-09: `較上月底增1萬人或0.14%`).
    #[test]
    fn a_change_told_again_after_or_is_that_change() {
        let f = changes("受僱員工人數為817萬人，較上月底增1萬人或0.14%。");
        assert_eq!(
            f[2],
            (
                "0.14%".to_string(),
                Some(Change::Increase),
                Some("較上月底".to_string())
            )
        );
        // Thresholds told in two currencies are no change.
        let f = changes("新增入库超100亿元或10亿美元项目2个。");
        assert!(f.iter().all(|(_, c, _)| c.is_none()), "{f:?}");
        // After `、`, an amount and a rate are the same change (內政部's monthly
        // population figures as 中央社 carried them, 2022-02: births and deaths).
        let f = changes("出生數為1萬2,558人，較去年同月增加3536人、36.83%。");
        assert_eq!(
            f[2],
            (
                "36.83%".to_string(),
                Some(Change::Increase),
                Some("較去年同月".to_string())
            )
        );
        let f = changes("人口較上年底減少19萬8967人、0.84%。");
        assert_eq!(f[1].1, Some(Change::Decrease), "{f:?}");
        // A share before its noun is none (../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_090206.txt).
        let f = changes("以每股128元公開收購樂陞3.8萬張、25.7%股權。");
        assert_eq!(f.last().unwrap().1, None, "{f:?}");
        let f = changes("以每股128元公開收購樂陞3.8萬張、25.7%\n股權。");
        assert_eq!(f.last().unwrap().1, None, "{f:?}");
    }

    /// A contribution to another indicator's growth (`拉动…增长N个百分点`) takes
    /// no comparison from the clause before; a figure of another time in brackets
    /// takes none either; income gained or lost (`增收`, `减收`) is a change of an
    /// amount, never of a count (a Daqing statistics bureau analysis;
    /// ../shared/corpus/reports/cn-city-gwr/city-019.txt, city-080.txt,
    /// city-092.txt, city-141.txt).
    #[test]
    fn contributions_other_times_and_income_gained() {
        let f = changes("第一产业实现增加值47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点，拉动GDP增长0.1个百分点。");
        assert_eq!(f[2].2.as_deref(), Some("比一季度"), "{f:?}");
        assert_eq!(f[3].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[3].2, None, "{f:?}");
        let f =
            changes("中直投资完成159.5亿元，同比下降11.7%（同期为下降9.8%、一季度为增长3.5%）。");
        assert_eq!(f[1].2.as_deref(), Some("同比"), "{f:?}");
        assert_eq!(f[2].2, None, "{f:?}");
        let f = changes(
            "“大托管”带动农户户均增收3200元、村集体经济平均增收31.3万元。合计减收5.5亿元。",
        );
        assert!(f.iter().all(|x| x.1.is_some()), "{f:?}");
        assert_eq!(f[2].1, Some(Change::Decrease), "{f:?}");
        let f = changes("全面落实促农增收十条措施，带动脱贫人口增收59.25万人次。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
        // The size of the same change in brackets keeps its comparison.
        let f = changes("較 104 年度預算數增加 6 億 7,719 萬元（增幅 53.44%），主要係");
        assert!(f.iter().all(|x| x.2.is_some()), "{f:?}");
        // `比同期比重提高`: the comparison before the ratio noun.
        let f = changes("非国有投资占全市固定资产投资比重为24.6%，比同期比重提高8.2个百分点。");
        assert_eq!(f[1].2.as_deref(), Some("比同期"), "{f:?}");
    }

    /// A directed contribution sets the direction of the points after its object,
    /// whatever verb the object holds, and is compared with nothing (national
    /// statistics releases: `资本形成总额负向拉动经济增长`; ../shared/corpus/reports/
    /// cn-city-gwr: `直接拉低了全市经济增速约4个百分点`; financial news: `拖累`).
    #[test]
    fn a_directed_contribution_gives_the_direction() {
        let f = changes(
            "最终消费支出拉动经济增长3.2个百分点，资本形成总额负向拉动经济增长0.5个百分点。",
        );
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[1].1, Some(Change::Decrease), "{f:?}");
        let f = changes("受多重压力叠加影响，直接拉低了全市经济增速约4个百分点。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        let f = changes("货物和服务净出口拖累经济增长0.6个百分点，同比下降2.1%。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        assert_eq!(f[0].2, None, "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("同比"), "{f:?}");
        let f = changes("进口同比增长3%，拉低顺差0.4个百分点。");
        assert_eq!(f[1].2, None, "{f:?}");
        let f = changes("能源价格上涨拉高CPI约0.3个百分点。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        // Not across a clause.
        let f = changes("油价拉低了物价，工业增加值增长5%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
    }

    /// Growth averaged over two or three years is measured against the base year
    /// (the 2021 national communiqué and quarterly releases: `两年平均增长5.1%`;
    /// a province's 2022 report: `三年平均增长4.5%`).
    #[test]
    fn an_average_over_years_is_the_basis() {
        let f = changes("社会消费品零售总额比上年增长12.5%，两年平均增长3.9%。");
        assert_eq!(f[0].2.as_deref(), Some("比上年"), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("两年平均"), "{f:?}");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        let f = changes("全省生产总值三年平均增长4.5%。");
        assert_eq!(f[0].2.as_deref(), Some("三年平均"), "{f:?}");
        // A yearly average with no years named is no comparison.
        let f = changes("居民收入年均增长6%。");
        assert_eq!(f[0].2, None, "{f:?}");
    }

    /// Taiwan writes growth as 成長 and decline as 衰退 (../shared/corpus/reports/
    /// tw-ly-proceedings/LCEWC03_090302.txt: `僅成長 1.85%`; LCEWC03_090216.txt:
    /// `較 103 年度衰退 15%`); a rate's speed changes with 加快/放缓 before its points
    /// only (statistics releases: `增速比一季度加快0.5个百分点`; a city's 2024 work
    /// report: `加快总投资5351亿元的85个重点项目建设` is a project); and 多出 is an
    /// excess (../shared/corpus/reports/cn-national-gwr/gwr-national-1981.txt).
    #[test]
    fn taiwan_growth_speed_and_excess() {
        let f = changes("預測報告估台灣今年民間投資僅成長 1.85%，");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        let f = changes("銷貨收入較 103 年度衰退 15%，2015 年甚至還負成長 16.87%。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        assert_eq!(f[0].2.as_deref(), Some("較 103 年度"), "{f:?}");
        assert_eq!(f[1].1, Some(Change::Decrease), "{f:?}");
        let f =
            changes("工业增加值增长6.1%，增速比一季度加快0.5个百分点；投资增速放缓1.2个百分点。");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("比一季度"), "{f:?}");
        assert_eq!(f[2].1, Some(Change::Decrease), "{f:?}");
        let f = changes("加快总投资5351亿元的85个重点项目建设，加快10万吨项目建设。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
        let f = changes("实际支出比原来设想的六百亿元多出５４％。");
        assert_eq!(f.last().unwrap().1, Some(Change::Increase), "{f:?}");
    }

    /// Budgets cut or added to: the verb right before its figure (Taiwan's
    /// Legislative Yuan budget reviews, `減列1,500萬元`), or before what it cuts
    /// (government work reports: `压减一般性支出23.9亿元`, `削减财政赤字450亿元`), and
    /// spans shortened (`办理时限压缩67.73%`).
    #[test]
    fn cuts_to_budgets_and_spans() {
        let f = changes("總統府主管原列3,324萬6千元，減列1,500萬元。");
        assert_eq!(f[0].1, None, "{f:?}");
        assert_eq!(f[1].1, Some(Change::Decrease), "{f:?}");
        let f = changes(
            "压减一般性支出和非紧急非刚性支出23.9亿元，削减财政赤字450亿元；增列基金来源150萬元。",
        );
        assert_eq!(
            f.iter().map(|x| x.1).collect::<Vec<_>>(),
            [
                Some(Change::Decrease),
                Some(Change::Decrease),
                Some(Change::Increase)
            ],
            "{f:?}"
        );
        let f = changes("政务服务事项办理时限压缩67.73%，审批时间缩短40%。");
        assert!(f.iter().all(|x| x.1 == Some(Change::Decrease)), "{f:?}");
        // A level reached is no change; nor is a figure in the next clause.
        let f = changes("审批时限压缩至3个工作日，压减开支，全年支出120亿元。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
        let f = changes("审批时间压缩至50%，成本削减到3亿元，缩短为原来的40%。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
        // Nor what is left after a cut, nor a word that only begins with the verb.
        let f = changes("压减一般性支出至23.9亿元，削减后的预算为120亿元，压缩机出口额120亿元。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
    }

    /// More or fewer than what is compared, before an amount or a count (眾新聞
    /// 2019-01-10: `較第一期少1萬人`; `比上年多300户`, `比去年少了3个`); not without
    /// a comparison (`多300户参加`).
    #[test]
    fn more_or_fewer_than_compared() {
        let f = changes("較第一期少1萬人。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        assert_eq!(f[0].2.as_deref(), Some("較第一期"), "{f:?}");
        let f = changes("全年接待游客120万人次，比上年多15万人次；比去年少了3个。");
        assert_eq!(f[0].1, None, "{f:?}");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[2].1, Some(Change::Decrease), "{f:?}");
        let f = changes("多300户参加。");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    /// A plan adjusted: what is cut or added to before its size, also a measure's
    /// (大庆市统计局 on the 2017 spring planting: `调减玉米种植面积77万亩`; a
    /// province's 2026 report, ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-24.txt:
    /// `城乡居民基础养老金最低标准调增11.8%`; 2017's national report: `再压减钢铁产能
    /// 5000万吨左右`). A count of things after such a verb still counts what is done.
    #[test]
    fn plans_adjusted_by_measures() {
        let f = changes("调减玉米种植面积77万亩。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        let f = changes("城乡居民基础养老金最低标准调增11.8%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        let f = changes("今年要再压减钢铁产能5000万吨左右。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        let f = changes("压缩“僵尸”应用71个，调减编制20名。");
        assert!(f.iter().all(|x| x.1.is_none()), "{f:?}");
    }

    /// A short aside in brackets between the comparison and its verb is set aside
    /// (the 2018 central and local budget report: `比2017年同口径(下同)增长6.2%`; a
    /// county's budget report: `比上年（可比口径）增长3%`).
    #[test]
    fn an_aside_between_comparison_and_verb() {
        let f = changes("全国一般公共预算收入183351.84亿元,比2017年同口径(下同)增长6.2%。");
        assert_eq!(
            f.last().unwrap().2.as_deref(),
            Some("比2017年同口径"),
            "{f:?}"
        );
        // A district's quarterly release (涪陵区, 2025): `同口径` alone is the basis,
        // the scope of a year-on-year comparison.
        let f =
            changes("一般公共预算收入完成20.5亿元，同口径下降19.4%，其中税收收入同口径下降8.0%。");
        assert_eq!(f[1].2.as_deref(), Some("同口径"), "{f:?}");
        assert_eq!(f[2].2.as_deref(), Some("同口径"), "{f:?}");
        // A share's 比 before it compares nothing.
        let f = changes("占比最大的税收收入同口径下降8.0%。");
        assert_eq!(f[0].2.as_deref(), Some("同口径"), "{f:?}");
        let f = changes("税收收入比上年（可比口径）增长3%。");
        assert_eq!(f[0].2.as_deref(), Some("比上年"), "{f:?}");
    }

    #[test]
    fn a_ratio_noun_opens_no_comparison() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09010101.txt: the clause
        // before the wrap holds no number and is not segmented.
        let f = changes("裝置容量佔整體發電比例不減反增\n5%到 36%。");
        assert!(f.iter().all(|x| x.2.is_none()), "{f:?}");
        // A 2023 communiqué's comparison still opens with 比.
        let f = changes("第三产业增加值比重为54.6%，比上年提高1.8个百分点。");
        assert_eq!(f[1].2.as_deref(), Some("比上年"), "{f:?}");
    }

    #[test]
    fn changes_and_their_basis() {
        // National statistical communiqué of 2023 (stats.gov.cn).
        let f = changes("全年国内生产总值1260582亿元，比上年增长5.2%。");
        assert_eq!(f[0].1, None, "{f:?}");
        assert_eq!(
            f[1],
            ("5.2%".into(), Some(Change::Increase), Some("比上年".into()))
        );
        let f = changes("居民消费价格同比下降0.3%，全国城镇调查失业率比上年末下降0.3个百分点。");
        assert_eq!(f[0].1, Some(Change::Decrease));
        assert_eq!(f[0].2.as_deref(), Some("同比"));
        assert_eq!(f[1].2.as_deref(), Some("比上年末"), "{f:?}");
        // Counts and money change too.
        let f = changes("年末全国人口140967万人，比上年末减少208万人。");
        assert_eq!(f[1].1, Some(Change::Decrease));
        let f = changes("实现营收3.2亿元，较2019年同期增长了1200万元");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("较2019年同期"));
        // Zhanjiang's budget report on 2025: 可比 (at comparable scope) is a basis,
        // and a verb glued to its basis still makes money a change.
        let f = changes("全市一般公共预算收入215.1亿元，可比增长6.9%。");
        assert_eq!(f[1].2.as_deref(), Some("可比"), "{f:?}");
        let f = changes("预期收入226.31亿元，同比增加11.52亿元，同比增长5.4%。");
        assert_eq!(
            f[1],
            (
                "11.52亿元".into(),
                Some(Change::Increase),
                Some("同比".into())
            ),
            "{f:?}"
        );
        // corpus/reports/cn-national-gwr/gwr-national-2014.txt
        let f = changes("今年拟安排财政赤字13500亿元，比上年增加1500亿元。");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        // A noun of change.
        let f = changes("增幅为5.6%，降幅收窄");
        assert_eq!(f[0].1, Some(Change::Increase));
    }

    #[test]
    fn a_change_carries_on_through_its_sentence() {
        // Kunming price monitoring (news, 2011): a list after 分别.
        let f = changes(
            "鸡蛋和鲜猪肉8种生活必需品价格不同程度上涨，比上周分别上涨8.91%、4.14%和0.05%。",
        );
        let pct: Vec<_> = f.iter().filter(|x| x.0.ends_with('%')).collect();
        assert_eq!(pct.len(), 3, "{f:?}");
        for x in &pct {
            assert_eq!(x.1, Some(Change::Increase), "{f:?}");
            assert_eq!(x.2.as_deref(), Some("比上周"), "{f:?}");
        }
        // China Coal Transport and Distribution Association (2011): the same
        // comparison said twice.
        let f = changes("全社会煤炭库存20223万吨，比年初减少1496万吨，下降6.9%。");
        assert_eq!(f[2].2.as_deref(), Some("比年初"), "{f:?}");
        // Customs statistics (2011): 与…相比 opens the sentence.
        let f = changes("与去年4月相比，光学器材出口增长3.9%，信息与通信产品增长71.3%。");
        assert_eq!(f[0].2.as_deref(), Some("与去年4月相比"), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("与去年4月相比"), "{f:?}");
        // Hong Kong's retail sales releases (info.gov.hk, 2014; on.cc, 2023):
        // `與…比較，` frames every change of a long sentence, and `X與Y比較`
        // compares with Y.
        let f = changes(
            "二零一三年十一月與二零一二年十一月比較，珠寶首飾、鐘錶及名貴禮物的銷貨數量上升13.3%，\
             其次是百貨公司貨品（零售量上升9.7%）、服裝（零售量上升7.6%）及超級市場貨品（零售量上升3.6%）。",
        );
        assert_eq!(f.len(), 4, "{f:?}");
        for x in &f {
            assert_eq!(x.2.as_deref(), Some("與二零一二年十一月比較"), "{f:?}");
        }
        let f = changes("二零一三年十二月與上年同月比較，總銷貨價值上升8.5%。");
        assert_eq!(f[0].2.as_deref(), Some("與上年同月比較"), "{f:?}");
        // `比较` as the adverb "rather" closes no comparison.
        let f = changes("和往年比较稳定的情况不同，今年出口增长5%。");
        assert_eq!(f[0].2.as_deref(), None, "{f:?}");
        // WSTS chip sales (2011): the value compared with is no part of the basis.
        let f = changes("全球芯片销售额为248亿美元，较5月份的250亿美元下降1.2%。");
        let last = f.last().unwrap();
        assert_eq!(last.2.as_deref(), Some("较5月份"), "{f:?}");
        // Government work reports: 同比 before 分别 is the basis.
        let f = changes("刑事治安、电诈警情分别同比下降15.3%、6.3%。");
        assert_eq!(f[0].2.as_deref(), Some("同比"), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("同比"), "{f:?}");
        // A new sentence ends what the last one compared.
        // `与上年比，` frames the changes after it as `与…相比` does (丹寨县 2015
        // bulletin: `与上年比，…第一产业比重上升3.82个百分点`).
        let f = changes("与上年比，第一产业比重上升3.82个百分点，第二产业比重下降2.1个百分点。");
        assert_eq!(f[0].2.as_deref(), Some("与上年比"), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("与上年比"), "{f:?}");
        let f = changes("比，增长5%。");
        assert_eq!(f[0].2, None, "{f:?}");
        let f = changes("与去年同期相比，销售额增长160%。利润增长5%。");
        assert_eq!(f.last().unwrap().2, None, "{f:?}");
    }

    #[test]
    fn levels_are_no_changes() {
        for t in [
            "覆盖率提高到80%",
            "第一产业增加值89755亿元",
            "降至3.5%",
            "占比30%",
        ] {
            let f = changes(t);
            assert!(f.iter().all(|x| x.1.is_none()), "{t}: {f:?}");
        }
    }

    #[test]
    fn hong_kong_bases_by_year_month_and_quarter() {
        // HK Census and Statistics Department on retail sales, 2012-03-29, as
        // reported by m.6868980.com: 按年 and 按季 are year on year and quarter on
        // quarter.
        let f = changes("2月零售業總銷貨價值按年升15.7%，至338億元。");
        assert_eq!(
            f[0],
            ("15.7%".into(), Some(Change::Increase), Some("按年".into())),
            "{f:?}"
        );
        let f = changes("經季節性調整的零售業總銷貨數量按季升0.3%。");
        assert_eq!(f[0].2.as_deref(), Some("按季"), "{f:?}");
        // The same department's retail figures for March 2014 (china-writing.com.cn).
        let f = changes("珠宝首饰、钟表及名贵礼物的销货价值按年下跌8.9%。");
        assert_eq!(
            f[0],
            ("8.9%".into(), Some(Change::Decrease), Some("按年".into())),
            "{f:?}"
        );
        // Hong Kong budget speech, 2013 (LegCo record): 分別 and 平均 stand between.
        let f = changes("2012年首 3季的薪金和工資，分別平均按年上升6.7%和 5.9%。");
        assert_eq!(f[0].2.as_deref(), Some("按年"), "{f:?}");
        assert_eq!(f[1].2.as_deref(), Some("按年"), "{f:?}");
        // By the yearly average is no comparison.
        let f = changes("按年均增长5%计算。");
        assert_eq!(f[0].2, None, "{f:?}");
    }

    #[test]
    fn a_limiting_adverb_may_stand_between_the_change_and_its_number() {
        // Hong Kong budget speech, 2013 (LegCo record).
        let f = changes("被外圍形勢拖累，在年內放緩，全年實質增長只有1.2%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        // So may a word of a total (眾新聞 on a hospital cluster's plan, 2017).
        let f = changes("新界東聯網將增加合共58張病床。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        let f = changes("事故起数下降共计3%。");
        assert_eq!(f[0].1, Some(Change::Decrease), "{f:?}");
        // 36Kr on Tencent's results for the second quarter of 2016.
        let f = changes("手游为99亿元，同比增长87%；端游收入同比增长仅有10%。");
        assert_eq!(
            f[2],
            ("10%".into(), Some(Change::Increase), Some("同比".into())),
            "{f:?}"
        );
        // corpus/reports/cn-city-gwr/city-105.txt: 达 before a percentage.
        let f = changes("机电设备制造业营业收入增长达21.5%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        // corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt
        let f = changes("年度編列數 426 萬元，增加達 7 成。");
        assert_eq!(f[1].1, Some(Change::Increase), "{f:?}");
        // corpus/reports/tw-ly-proceedings/LCEWC03_090104.txt: before an amount,
        // 達 gives the level reached.
        let f = changes("今年已驟升達 2 千億餘元，顯見政府透過補助");
        assert_eq!(f[0].1, None, "{f:?}");
    }

    #[test]
    fn a_noun_of_change_in_hong_kong_usage() {
        // Hong Kong budget speech, 2013 (LegCo record).
        let f = changes("與印度的雙邊貿易累計升幅超過90%。");
        assert_eq!(f[0].1, Some(Change::Increase), "{f:?}");
        // Macau statistics on rents, 2025 (DSEC), quoted in a public slide deck.
        let f = changes("澳門半島、氹仔、路環升幅分別為 1.3%、2.5% 及 3.5%。");
        assert!(f.iter().all(|x| x.1 == Some(Change::Increase)), "{f:?}");
    }

    #[test]
    fn a_list_goes_on_across_a_hard_wrap() {
        // Hong Kong budget speech, 2013 (LegCo record, text from the PDF).
        let t = WRAPPED;
        let f = changes(t);
        let pct: Vec<_> = f.iter().filter(|x| x.0.ends_with('%')).collect();
        assert_eq!(pct[0].0, "6.7%", "{f:?}");
        assert_eq!(pct[1].0, "5.9%", "{f:?}");
        assert_eq!(pct[1].1, Some(Change::Increase), "{f:?}");
        assert_eq!(pct[1].2.as_deref(), Some("按年"), "{f:?}");
        // Kunming price monitoring (news, 2011), laid out as a PDF copy wraps it.
        let f = changes(concat!(
            "鸡蛋和鲜猪肉8种生活必需品价格不同程度上涨，比上周分别上涨8.91%、4.14%和\n",
            "0.05%。\n",
        ));
        let pct: Vec<_> = f.iter().filter(|x| x.0.ends_with('%')).collect();
        assert_eq!(pct.len(), 3, "{f:?}");
        assert_eq!(pct[2].1, Some(Change::Increase), "{f:?}");
        assert_eq!(pct[2].2.as_deref(), Some("比上周"), "{f:?}");
    }

    const WRAPPED: &str = concat!(
        " 經濟雖然低速增長，最低工資的推動效應亦有所消退，但市民薪\n",
        "酬仍有實質改善。2012年首 3季的薪金和工資，分別平均按年上升6.7%\n",
        "和 5.9%，扣除通脹後，分別實質增加2.5%和 1.9%。  \n",
    );

    /// A gloss inside the compared thing stays in the basis (广东省财政厅 2023
    /// final accounts: `比2019年(疫情前)决算数减少`).
    #[test]
    fn a_gloss_inside_the_basis() {
        let c = changes("比2019年(疫情前)决算数减少24.87万元,降低28.6%。");
        assert_eq!(c[0].2.as_deref(), Some("比2019年(疫情前)决算数"), "{c:?}");
        assert_eq!(c[1].2.as_deref(), Some("比2019年(疫情前)决算数"), "{c:?}");
    }

    /// A gap in points to another level is a change with that level as its basis
    /// (泉州 2022 industry release: `快于全市平均水平5.1个百分点`); `不低于` is a
    /// bound; `占比` is no comparison.
    #[test]
    fn gaps_to_another_level() {
        let c = changes("增长8.2%，快于全市平均水平5.1个百分点。");
        assert_eq!(
            c[1],
            (
                "5.1个百分点".into(),
                Some(Change::Increase),
                Some("全市平均水平".into())
            )
        );
        let c = changes("增速低于全省0.3个百分点。");
        assert_eq!(
            c[0],
            (
                "0.3个百分点".into(),
                Some(Change::Decrease),
                Some("全省".into())
            )
        );
        let c = changes("增长8.2%，比全市平均水平高5.1个百分点。");
        assert_eq!(c[1].2.as_deref(), Some("比全市平均水平"));
        let c = changes("不低于全省5个百分点。");
        assert_eq!(c[0].1, None);
        // `高出X` as `高于X` (江西 2026 work report: `民间投资逆势增长2.7%，高出全国平均
        // 水平9.1个百分点`), and `分别` between the comparison and its adjective (the
        // 2015 national work report: `增速比各项贷款平均增速分别高4.2和0.7个百分点`).
        let c = changes("民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。");
        assert_eq!(
            c[1],
            (
                "9.1个百分点".into(),
                Some(Change::Increase),
                Some("全国平均水平".into())
            )
        );
        // A signed figure right after a comparison word, no verb between (a results
        // table's `营业收入同比-3.5%`): the sign's direction, the figure's size; a
        // range keeps its signs.
        let c = changes("营业收入同比-3.5%，环比+3%。");
        assert_eq!(
            c[0],
            ("-3.5%".into(), Some(Change::Decrease), Some("同比".into()))
        );
        assert_eq!(
            c[1],
            ("+3%".into(), Some(Change::Increase), Some("环比".into()))
        );
        assert_eq!(changes("同比-3.5%~-1%")[0].1, None);
        // A negative figure after a verb of change (固镇县统计局's 2021 Jan–May
        // release; a city's report, ../shared/corpus/reports/cn-city-gwr/city-143.txt):
        // the other way, of the figure's size.
        let got: Vec<_> = crate::facts::facts_of(
            "第三产业投资增长-7.7%；房地产开发投资下降-2%；固定资产投资增长-3.8%~-1%。",
        )
        .into_iter()
        .map(|f| (f.text, f.value.and_then(|v| v.as_f64()), f.change))
        .collect();
        assert_eq!(got[0], ("-7.7%".into(), Some(7.7), Some(Change::Decrease)));
        assert_eq!(got[1], ("-2%".into(), Some(2.0), Some(Change::Decrease)));
        assert_eq!(got[2].1, Some(-3.8), "{got:?}");
        // (`提高出口退税率`: 高出 is no word there.)
        let c = changes("提高出口退税率2个百分点。");
        assert_eq!(c[0].2, None, "{c:?}");
        let c = changes("贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。");
        assert_eq!(c.len(), 2);
        assert!(
            c.iter()
                .all(|x| x.1 == Some(Change::Increase)
                    && x.2.as_deref() == Some("比各项贷款平均增速"))
        );
        let c = changes("其中，占比最高的電子零組件續增14.99%。");
        assert_eq!(c[0], ("14.99%".into(), Some(Change::Increase), None));
        // A natural growth rate (births less deaths) is a level (松原 2024 bulletin).
        let c = changes("人口自然增长率为-3.93‰。");
        assert_eq!(c[0].1, None);
        assert_eq!(changes("GDP增长率为5%。")[0].1, Some(Change::Increase));
    }
}
