//! Money: a number with a currency word before or after it (`近3000元`,
//! `人民币1,200元`, `新台币5亿元`, `3.5万元`, `US$20`, `50元6角三分`). The value is
//! in whole currency units; `currency` is ISO 4217. Currency words are data:
//! `dicts/currencies.tsv`. A bare `元` is the document's currency: CNY, or TWD in
//! a text that names `新台币` or dates by `民国` (Taiwan's reports).

use std::sync::OnceLock;

use crate::document::{FactKind, Qualifier};

use super::number_value;

use super::{qualifiers, Cand, Ctx, Num};
use crate::chinese::numerals;

/// Words after a currency that make it the name of a class of shares
/// (`人民币普通股`, `人民币优先股`).
const SHARE_CLASSES: &[&str] = &["普通股", "特种股", "优先股"];

const TABLE: &str = include_str!("../../../../dicts/currencies.tsv");
const MONEY_CONTEXT: &str = include_str!("../../../../dicts/money_context.txt");

/// Words that make a clause about money (`dicts/money_context.txt`).
fn money_words() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| super::dict_lines(MONEY_CONTEXT).collect())
}

/// How far back a clause is read for a money word, in characters.
const CLAUSE_CHARS: usize = 24;

/// Is the clause before `pos` about money (a word of `dicts/money_context.txt`
/// between the clause's start and `pos`)?
fn money_clause(cx: &Ctx, pos: usize) -> bool {
    let clause = &cx.s[super::clause_back(cx.s, pos, CLAUSE_CHARS)..pos];
    money_words().iter().any(|w| clause.contains(w))
}

/// How far back from `pos` the text runs, at most `max` characters, before a
/// character that `stop` ends it at.
fn reach_back(s: &str, pos: usize, max: usize, stop: impl Fn(char) -> bool) -> usize {
    s[..pos]
        .char_indices()
        .rev()
        .take(max)
        .take_while(|&(_, c)| !stop(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

/// How far ahead from `pos` the text runs, at most `max` characters, before a
/// character that `stop` ends it at.
fn reach_ahead(s: &str, pos: usize, max: usize, stop: impl Fn(char) -> bool) -> usize {
    s[pos..]
        .char_indices()
        .take(max)
        .take_while(|&(_, c)| !stop(c))
        .last()
        .map_or(pos, |(i, c)| pos + i + c.len_utf8())
}

/// Words of a price that make a bare `块` money (with the words of
/// `dicts/money_context.txt`), as the first characters of a word: buying and
/// selling, prices going up and down (`卖了`, `涨到`; not `拍卖`, `贵州`).
const PRICE_WORDS: &[&str] = &["卖", "买", "涨", "跌", "降到", "便宜", "贵"];

/// Is the clause of `pos` about a price or about money: a money word before it, or a
/// word of price anywhere in the clause (`每顆從 12 塊漲到 15 塊`)?
fn price_clause(cx: &Ctx, pos: usize) -> bool {
    if money_clause(cx, pos) {
        return true;
    }
    let stop = |c: char| matches!(c, '，' | '。' | '；' | '！' | '？' | '\n' | ',' | ';');
    let from = reach_back(cx.s, pos, CLAUSE_CHARS, stop);
    // (Forward across a hard wrap: `每顆從 12` + wrap + `塊漲到 15 塊`.)
    let to = reach_ahead(cx.s, pos, CLAUSE_CHARS, |c| c != '\n' && stop(c));
    cx.s[from..to]
        .match_indices(|c: char| "卖买涨跌降便贵".contains(c))
        .any(|(i, _)| {
            let at = from + i;
            // The word itself, or with one character more (`涨到`, `卖了`): not
            // `贵州`, `拍卖`.
            PRICE_WORDS.iter().any(|w| {
                cx.s[at..].starts_with(w)
                    && cx
                        .token_at(at)
                        .is_some_and(|t| t.start == at && t.end - at <= w.len() + 3)
            })
        })
}

/// How far back a sentence is read for a money word, in characters.
const SENTENCE_CHARS: usize = 80;

/// Words of a clause that counts people or things, not money (`接待游客5000万`,
/// `总人口1.4亿`): they keep a bare scaled number out of a sentence about money.
const COUNT_WORDS: &[&str] = &[
    "人口", "人数", "人次", "游客", "旅客", "乘客", "用户", "户数", "会员", "观众", "网民", "产量",
    "数量", "次数", "粮食",
];

/// Is the sentence before `pos` about money, in a clause before the number's own
/// (`虧空386億，台電稅前虧空433億，合計高達800億`; `債務未償餘額是4兆7,686億，到了
/// 2013年底，推估是5兆2,691億`), with no word of a count in the number's clause?
/// A bare amount that goes on a sentence about money is money too.
fn money_sentence(cx: &Ctx, pos: usize) -> bool {
    let head = &cx.s[..pos];
    let mut from = pos;
    let mut clause_from = None;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= SENTENCE_CHARS || matches!(c, '。' | '！' | '？' | '\n' | '；' | ';') {
            break;
        }
        if clause_from.is_none() && matches!(c, '，' | ',') {
            clause_from = Some(i + c.len_utf8());
        }
        from = i;
    }
    let Some(clause_from) = clause_from else {
        return false;
    };
    let (before, clause) = (&head[from..clause_from], &head[clause_from..]);
    !COUNT_WORDS.iter().any(|w| clause.contains(w))
        && money_words().iter().any(|w| before.contains(w))
}

/// Nouns of money right after a scaled number make it an amount: `五千億經費`,
/// `三千亿预算` (the noun names what the money is for; no measure word between).
const MONEY_NOUNS_AFTER: &[&str] = &[
    "经费", "预算", "资金", "税收", "收入", "营收", "债务", "赤字", "补助", "补贴", "奖金", "存款",
    "贷款", "银弹", "费用", "成本",
];

fn money_noun_after(cx: &Ctx, pos: usize) -> bool {
    // (Also through 的: `十年982億的經費`.)
    cx.s.get(pos..).is_some_and(|rest| {
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        MONEY_NOUNS_AFTER.iter().any(|w| rest.starts_with(w))
    })
}

/// Heads of an item that spends money (`…改善工程1300萬`, `…计划`): with a word of
/// `dicts/money_context.txt`, the positive sign that a list's bare figure is an amount.
const SPENDING_HEADS: &[&str] = &[
    "工程", "计划", "改善", "建设", "整治", "修缮", "开辟", "新建", "改建", "拓宽", "设备", "项目",
];

/// Is the scaled number from `start` to `end` an item of a list of amounts: the
/// item ends at `、` (or the list at `等`, `。`, `；`), its label names money or a
/// work that spends it (see [`SPENDING_HEADS`]), and another item of the same
/// sentence is an amount in yuan (`…工程1,200萬元、…改善工程1300萬、…`), the
/// currency word written on some items and dropped on others? Not an item that
/// counts (`惠及农户3万、`, `客运量1.5亿、`). The sentence is read within
/// [`SENTENCE_CHARS`] either way.
fn item_of_amounts(cx: &Ctx, start: usize, end: usize) -> bool {
    let stop = |c: char| matches!(c, '。' | '！' | '？' | '；' | ';' | '\n');
    let Some(next) = cx.at(end) else {
        return false;
    };
    // (Not at a line's end: a hard wrap may split the amount, `1 億 6,506⏎萬元`.)
    if !(next == '、' || next == '等' || next != '\n' && stop(next)) {
        return false;
    }
    let back = reach_back(cx.s, start, SENTENCE_CHARS, stop);
    let ahead = reach_ahead(cx.s, end, SENTENCE_CHARS, stop);
    if stop(next) && !cx.s[back..start].contains('、') {
        return false;
    }
    let item_start = cx.s[back..start]
        .rfind(['、', '，', ','])
        .map_or(back, |i| {
            back + i + cx.s[back + i..].chars().next().map_or(0, char::len_utf8)
        });
    let label = &cx.s[item_start..start];
    let spends = money_words().iter().any(|w| label.contains(w))
        || SPENDING_HEADS.iter().any(|w| label.contains(w));
    spends
        && !COUNT_WORDS.iter().any(|w| label.contains(w))
        && ["万元、", "亿元、", "万元等", "亿元等"]
            .iter()
            .any(|w| cx.s[back..ahead].contains(w))
}

/// Characters of an amount written with subunits or colloquially (`十块三毛`,
/// `一块二`, `三块零四`, `两毛五`, `五個半`, `三蚊零四`).
fn amount_char(c: char) -> bool {
    numerals::cn_digit(c).is_some()
        || numerals::arabic_digit(c).is_some()
        || numerals::small_unit(c).is_some()
        || matches!(
            c,
            '元' | '圆'
                | '块'
                | '蚊'
                | '个'
                | '角'
                | '毛'
                | '毫'
                | '分'
                | '仙'
                | '半'
                | '零'
                | '.'
                | '钱'
                | '整'
        )
}

/// An amount with subunits at `n` (`十块三毛`, `一块二`, `两角五分`, `5分`): its
/// end and value, and whether it names whole units (元, 块, 蚊) with more after
/// them — a compound no other reading has. Subunits alone (`5分`, `两毛`) and
/// Cantonese `個` need a clause about money.
fn subunit_amount(cx: &Ctx, n: &Num) -> Option<(usize, f64, bool)> {
    // Most numbers are followed by something else: a quick look first.
    if !matches!(
        cx.at(n.end)?,
        '元' | '圆' | '块' | '蚊' | '个' | '角' | '毛' | '毫' | '分' | '仙'
    ) {
        return None;
    }
    let rest = cx.s.get(n.start..)?;
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        if !amount_char(c) || i > 40 {
            break;
        }
        end = i + c.len_utf8();
    }
    let run = &rest[..end];
    if !run.contains(['角', '毛', '毫', '分', '仙', '块', '元', '圆', '蚊', '个']) {
        return None;
    }
    // The longest head of the run that reads as an amount.
    let mut cut = run.len();
    while cut > 0 {
        let head = &run[..cut];
        let last = head.chars().next_back()?;
        if let Some(v) = parse_amount(head) {
            let whole = head.find(['元', '圆', '块', '蚊']);
            let compound = whole.is_some_and(|w| w + 3 < head.len());
            let subunit = head.contains(['角', '毛', '毫', '分', '仙']) || compound;
            // `3元` is plain money, found as such; a Cantonese 個 dollar is
            // only read with more after it (`五個半`): `选一个` is a count.
            if !subunit && !head.contains('个') || head.ends_with('个') {
                return None;
            }
            return Some((n.start + cut, v, compound));
        }
        cut -= last.len_utf8();
    }
    None
}

/// `15k`, `30w` after an Arabic number: thousands and ten-thousands.
fn shorthand(cx: &Ctx, pos: usize) -> Option<(usize, f64)> {
    let m = match cx.at(pos)? {
        'k' | 'K' => 1e3,
        'w' | 'W' => 1e4,
        _ => return None,
    };
    let after = cx.at(pos + 1);
    (!after.is_some_and(|c| c.is_ascii_alphanumeric())).then_some((pos + 1, m))
}

/// What may follow an amount written without a currency word: the clause ends
/// (or a qualifier, or a range joiner to another amount). Not a line break: text
/// copied from PDFs wraps in the middle of an amount (`1 億 1,655⏎萬元`), and
/// not `之` (`十分之一` is a fraction).
fn clause_ends(cx: &Ctx, pos: usize) -> bool {
    let p = qualifiers::suffix(cx, pos).map_or(pos, |(e, _)| e);
    cx.at(p).is_none_or(|c| {
        matches!(
            c,
            '，' | '。'
                | '；'
                | '！'
                | '？'
                | ','
                | ';'
                | '、'
                | '）'
                | ')'
                | '-'
                | '~'
                | '～'
                | '至'
                | '到'
                | '—'
        )
    })
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Currency {
    pub(crate) word: &'static str,
    /// `None`: the document's default currency.
    pub(crate) iso: Option<&'static str>,
    pub(crate) prefix: bool,
    pub(crate) suffix: bool,
}

/// Currency words, longest first.
pub(crate) fn currencies() -> &'static [Currency] {
    static C: OnceLock<Vec<Currency>> = OnceLock::new();
    C.get_or_init(|| {
        let mut v = Vec::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() == 3, "dicts/currencies.tsv: bad line {line:?}");
            v.push(Currency {
                word: f[0],
                iso: (f[1] != "*").then_some(f[1]),
                prefix: matches!(f[2], "prefix" | "both"),
                suffix: matches!(f[2], "suffix" | "both"),
            });
        }
        v.sort_by_key(|c| std::cmp::Reverse(c.word.len()));
        v
    })
}

/// First characters of suffix words and last characters of prefix words.
fn edge_chars() -> &'static (Vec<char>, Vec<char>) {
    static E: OnceLock<(Vec<char>, Vec<char>)> = OnceLock::new();
    E.get_or_init(|| {
        let mut first: Vec<char> = currencies()
            .iter()
            .filter(|c| c.suffix)
            .filter_map(|c| c.word.chars().next())
            .collect();
        let mut last: Vec<char> = currencies()
            .iter()
            .filter(|c| c.prefix)
            .filter_map(|c| c.word.chars().next_back())
            .collect();
        first.sort_unstable();
        first.dedup();
        last.sort_unstable();
        last.dedup();
        (first, last)
    })
}

fn suffix_at(cx: &Ctx, pos: usize) -> Option<(Currency, usize)> {
    let rest = cx.s.get(pos..)?;
    if edge_chars().0.binary_search(&rest.chars().next()?).is_err() {
        return None;
    }
    currencies()
        .iter()
        .find(|c| c.suffix && rest.starts_with(c.word))
        .map(|c| (*c, pos + c.word.len()))
}

fn prefix_before(cx: &Ctx, pos: usize) -> Option<(Currency, usize)> {
    let mut end = pos;
    while end > 0 && matches!(cx.s.as_bytes()[end - 1], b' ') {
        end -= 1;
    }
    let head = cx.s.get(..end)?;
    if edge_chars()
        .1
        .binary_search(&head.chars().next_back()?)
        .is_err()
    {
        return None;
    }
    currencies()
        .iter()
        .find(|c| c.prefix && head.ends_with(c.word))
        .map(|c| (*c, end - c.word.len()))
}

/// The document's currency for a bare `元`.
pub fn default_currency(s: &str) -> &'static str {
    if super::region::taiwan_evidence(s) {
        "TWD"
    } else {
        "CNY"
    }
}

pub(crate) fn find(cx: &Ctx) -> Vec<Cand> {
    let default = if cx.taiwan { "TWD" } else { "CNY" };
    let mut out: Vec<Cand> = cx
        .nums
        .iter()
        .filter_map(|n| money_at(cx, n, default))
        .collect();
    // 几十万块, 八九亿韩元: a vague amount is a range, approximate.
    for (n, upper) in &cx.vague {
        // (`三四块钱`: a pair with no place word is read again as 34 where the
        // amount is parsed; left alone.)
        if super::counts::is_bare_pair(cx, n) {
            continue;
        }
        if let Some(mut c) = money_at(cx, n, default) {
            c.end_number = Some(*upper);
            c.qualifier = c.qualifier.or(Some(Qualifier::Approx));
            out.push(c);
        }
    }
    out
}

fn money_at(cx: &Ctx, n: &Num, default: &'static str) -> Option<Cand> {
    if cx.is_ordinal(n)
        || !cx.numeral_starts_word(n)
        || cx.is_digit_pair(n)
        || super::bare_scale(cx, n)
    {
        return None;
    }
    let mut qualifier = n
        .numeral
        .filter(|x| x.more_than)
        .map(|_| Qualifier::MoreThan);
    let mut value = n.value();
    if let Some(c) = implicit_money(cx, n, default) {
        return Some(c);
    }
    let mut p = n.end;
    if let Some((e, q)) = qualifiers::infix(cx.s, p) {
        if q == Qualifier::MoreThan {
            qualifier = qualifier.or(Some(q));
            p = e;
        }
    }
    let p = cx.unit_gap(p, true);
    let suffix = suffix_at(cx, p);
    let mut end = n.end;
    let mut iso: Option<&'static str> = None;
    let mut start = n.start;
    if let Some((cur, e)) = suffix {
        if cur.word.starts_with('块')
            && (cx.noun_after(e).is_some() || cur.word == "块" && !cx.ends_word(e))
        {
            return None;
        }
        // A class of shares named by its currency (`2,169,178,713 人民币普通股`, a
        // shareholders' table): shares, not money.
        if SHARE_CLASSES.iter().any(|w| cx.s[e..].starts_with(w)) {
            return None;
        }
        // `块` alone is colloquial money only where the clause speaks of a price or of
        // money (`每颗从12块涨到15块`, `花了30块`); in a report it is mostly the measure
        // word of boards, plots and screens (`宣传展板13块`, `生态绿地25块`).
        if cur.word == "块" && subunits(cx, e).is_none() && !price_clause(cx, n.start) {
            return None;
        }
        // 一元化, 二元结构, 一块儿: a single Chinese digit with a bare 元/块 is not
        // money, unless subunits follow (五元三毛) or a clause ends on it (花费我三块。).
        if cur.iso.is_none() && n.numeral.is_some_and(|x| x.is_single_cn_digit()) {
            let clause_end = cx
                .at(e)
                .is_none_or(|c| matches!(c, '，' | '。' | '；' | '！' | '？' | '\n'));
            let ok = subunits(cx, e).is_some()
                || (clause_end && cx.at(n.start) != Some('一') && cx.before(n.start) != Some('在'));
            if !ok {
                return None;
            }
        }
        // 元 glued to a following word (元素, 元旦) after a Chinese numeral; a
        // currency before the number says it is money (`新臺幣二千` + wrap +
        // `元調高`).
        if !cx.ends_word(e)
            && cur.iso.is_none()
            && !n.numeral.is_some_and(|x| x.arabic)
            && prefix_before(cx, n.start).is_none()
        {
            return None;
        }
        iso = cur.iso;
        end = e;
        // 元整, 8亿元人民币, 三万元欧元
        if cx.at(end) == Some('整') || cx.at(end) == Some('正') {
            end += 3;
        }
        // 两美元又三美分
        if cur.iso == Some("USD") {
            let k = if cx.at(end) == Some('又') {
                end + 3
            } else {
                end
            };
            if let numerals::Scan::Found(x) = numerals::scan_at(cx.s, k) {
                if cx.s[x.end..].starts_with("美分") && x.value < 100.0 {
                    value = value.map(|v| v + x.value * 0.01);
                    end = x.end + "美分".len();
                }
            }
        }
        if cur.iso.is_none() {
            if let Some((c2, e2)) = suffix_at(cx, cx.skip_spaces(end)) {
                if c2.iso.is_some() {
                    iso = c2.iso;
                    end = e2;
                }
            }
            // 50元6角三分, 十块三毛
            if let Some((v, e)) = subunits(cx, end) {
                value = value.map(|x| x + v);
                end = e;
            }
        }
    }
    // 4人民币5美元: a prefix never overrides an explicit currency after the number.
    let prefix = prefix_before(cx, start).filter(|_| suffix.is_none_or(|(c, _)| c.iso.is_none()));
    if let Some((cur, s)) = prefix {
        iso = cur.iso.or(iso);
        if suffix.is_none() {
            end = n.end;
        }
        start = s;
    } else if suffix.is_none() {
        return None;
    }
    if let Some((qs, q)) = qualifiers::prefix(cx, start) {
        qualifier = Some(q);
        start = qs;
    } else if let Some((qs, q)) = qualifiers::prefix(cx, n.start) {
        // 人民币约3000元
        if qs > start {
            qualifier = Some(q);
        }
    }
    if let Some((e, q)) = qualifiers::suffix(cx, end) {
        if q != Qualifier::MoreThan {
            qualifier = Some(q);
            end = e;
        }
    }
    // 负壹元 (a cheque's or a ledger's negative amount).
    if let Some(st) = negative_before(cx, start).filter(|_| start == n.start) {
        start = st;
        value = value.map(|v| -v);
    }
    let mut c = Cand::new(FactKind::Money, start..end);
    c.value = value.and_then(number_value);
    c.incomplete = n.masked();
    c.currency = Some(iso.unwrap_or(default).to_string());
    c.qualifier = qualifier;
    Some(c)
}

/// `负` before an amount: where it starts. A hyphen before an amount joins a
/// range or opens a list item far more often than it is a minus, so it is one
/// only right after a copula or a colon (`运营利润为-3130万美元`, `净利润：-5亿元`).
fn negative_before(cx: &Ctx, pos: usize) -> Option<usize> {
    match cx.before(pos) {
        Some('负' | '負') => Some(pos - '负'.len_utf8()),
        Some(c @ ('-' | '−')) => {
            let at = pos - c.len_utf8();
            let minus = match cx.before(at) {
                // After a range's word joiner (`-22,500万元到-19,000万元`), which
                // no hyphen follows as a joiner of its own.
                Some('为' | '是' | '达' | '：' | ':' | '到' | '至' | '~' | '～') => true,
                // Right after the indicator's name, a noun (`净利润-22,500 万元`);
                // not after a unit (`599 元-1399 元`), a word of the calendar
                // (`2020年-2022年`) or a number.
                Some(b) => {
                    crate::chinese::chars::is_han(b)
                        && cx
                            .token_at(at - b.len_utf8())
                            .is_some_and(|t| t.end == at && cx.tag(t).is_noun())
                }
                None => false,
            };
            minus.then_some(at)
        }
        _ => None,
    }
}

/// Money without a currency word after the number: a compound with subunits
/// (`十块三毛`), or, in a clause about money, subunits alone (`单价5分`), a scaled
/// amount that ends the clause (`投资总额突破60亿`) or the shorthand `15k`.
fn implicit_money(cx: &Ctx, n: &Num, default: &'static str) -> Option<Cand> {
    let x = n.numeral?;
    let prefix = prefix_before(cx, n.start);
    let sub = subunit_amount(cx, n).filter(|&(e, _, compound)| {
        if !compound && prefix.is_none() && !money_clause(cx, n.start) {
            return false;
        }
        // What ends on a digit (`一块二`), on 半 or with 个 (`五个半`) must end the
        // clause (`一元二次方程`, `五个半小时` are no money); what ends on a unit
        // must end a word (`5分钟`).
        let text = &cx.s[n.start..e];
        let open = text.ends_with(|c: char| {
            c == '半' || numerals::cn_digit(c).is_some() || numerals::arabic_digit(c).is_some()
        }) || text.contains('个');
        if open {
            clause_ends(cx, e)
        } else {
            clause_ends(cx, e) || compound && cx.ends_word(e)
        }
    });
    let (end, value) = if let Some((e, v, _)) = sub {
        (e, v)
    } else if suffix_at(cx, cx.skip_spaces(n.end)).is_some() || prefix.is_some() {
        return None; // the ordinary path reads it
    } else {
        // `15k`, `30w`; 两个亿: a colloquial 个 before the scale word.
        let (e, v) = if let Some((e, m)) = x.arabic.then(|| shorthand(cx, n.end)).flatten() {
            (e, x.value * m)
        } else if cx.s[n.end..].starts_with("个亿") {
            (n.end + "个亿".len(), x.value * 1e8)
        } else if cx.s[n.start..n.end].contains(['万', '亿', '兆']) {
            (n.end, x.value)
        } else {
            return None;
        };
        // With a currency word after it, it is money anywhere (`10~15k元`,
        // `两个亿卢布`); with a noun of money after it (`五千億經費`), too;
        // without, only at the end of a clause about money, or of a clause that
        // goes on a sentence about money when the scale is 亿 or 兆 (万 counts
        // people and things too often).
        let named = suffix_at(cx, cx.skip_spaces(e)).is_some();
        let large = cx.s[n.start..e].contains(['亿', '兆']);
        let about_money = || money_clause(cx, n.start) || large && money_sentence(cx, n.start);
        let money = named
            || large && money_noun_after(cx, e)
            || clause_ends(cx, e) && about_money()
            || item_of_amounts(cx, n.start, e);
        if !money {
            return None;
        }
        (e, v)
    };
    // A currency word may still follow (`两个亿卢布`).
    let (end, iso) = match suffix_at(cx, cx.skip_spaces(end)) {
        Some((c, e)) => (e, c.iso),
        None => (end, None),
    };
    let (start, iso) = match prefix {
        Some((c, s)) => (s, c.iso.or(iso)),
        None => (n.start, iso),
    };
    let (start, value) = match negative_before(cx, start).filter(|_| start == n.start) {
        Some(st) => (st, -value),
        None => (start, value),
    };
    let mut c = Cand::new(FactKind::Money, start..end);
    // `3000多万`, `一亿九千多万`: the numeral says more than its floor.
    let inner = x.more_than.then_some(Qualifier::MoreThan);
    let (range, q) = qualifiers::around(cx, start, end, inner);
    c.range = range;
    c.value = number_value(value);
    c.currency = Some(iso.unwrap_or(default).to_string());
    c.qualifier = q;
    Some(c)
}

/// A whole string that is one amount in yuan, as written on cheques, invoices and
/// price tags: `壹拾壹元壹角壹分`, `玖仟陆佰陆拾伍圆壹角捌分`, `贰元整`, `负壹角`,
/// `五分`, `两毛五`, `一块二`, `三块零四`, Cantonese `七蚊`, `两毫`, `五仙`, and
/// `壹佰貳拾參肆角陸分` (no 元: the digit before 角 is the tenths).
pub fn parse_amount(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, s) = match s.strip_prefix(['负', '負', '-']) {
        Some(r) => (true, r),
        None => (false, s),
    };
    let s = ["港币", "港幣", "人民币", "人民幣"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    let mut rest = s
        .trim_end_matches(['整', '正'])
        .trim_end_matches(['钱', '錢']);
    let mut total = 0.0;
    let mut any = false;
    // Which unit the next bare digit belongs to (一块二 → 角, 两毛五 → 分).
    let mut next_scale = 0.0;
    if let Some(i) = rest.find(['元', '圆', '圓', '块', '塊', '蚊', '個', '个']) {
        // Cantonese 個 is a dollar: 個半 = 1.5.
        total += match &rest[..i] {
            "" if rest[i..].starts_with(['個', '个']) => 1.0,
            head => numerals::parse(head)?,
        };
        rest = &rest[i + 3..];
        any = true;
        next_scale = 0.1;
    }
    if let Some(i) = rest.find(['角', '毛', '毫']) {
        let head = &rest[..i];
        if any || head.chars().count() == 1 {
            total += numerals::parse(head)? * 0.1;
        } else {
            // 壹佰貳拾參肆角: the last digit is the tenths.
            let last = head.chars().next_back()?;
            let yuan = &head[..head.len() - last.len_utf8()];
            total += numerals::parse(yuan)?;
            total +=
                f64::from(numerals::cn_digit(last).or_else(|| numerals::arabic_digit(last))?) * 0.1;
        }
        rest = &rest[i + 3..];
        any = true;
        next_scale = 0.01;
    }
    if let Some(i) = rest.find(['分', '仙']) {
        total += numerals::parse(&rest[..i])? * 0.01;
        rest = &rest[i + 3..];
        any = true;
        next_scale = 0.0;
    }
    if rest == "半" && next_scale == 0.1 {
        total += 0.5;
        rest = "";
    }
    if !rest.is_empty() {
        // 三块零四: 零 skips the tenths.
        let (scale, digits) = match rest.strip_prefix(['零', '〇']) {
            Some(r) if next_scale == 0.1 => (0.01, r),
            _ => (next_scale, rest),
        };
        let v = numerals::parse(digits)?;
        if scale == 0.0 || v >= 10.0 {
            return None;
        }
        total += v * scale;
        rest = "";
    }
    if !any || !rest.is_empty() {
        return None;
    }
    let total = (total * 100.0).round() / 100.0;
    Some(if neg { -total } else { total })
}

/// `6角三分`, `三毛`: tenths and hundredths after a whole amount.
fn subunits(cx: &Ctx, pos: usize) -> Option<(f64, usize)> {
    let mut v = 0.0;
    let mut p = pos;
    let mut any = false;
    for (units, scale) in [(&['角', '毛'][..], 0.1), (&['分'][..], 0.01)] {
        if let numerals::Scan::Found(x) = numerals::scan_at(cx.s, p) {
            if let Some(c) = cx.at(x.end) {
                if units.contains(&c) && x.value < 10.0 && x.value.fract() == 0.0 {
                    v += x.value * scale;
                    p = x.end + c.len_utf8();
                    any = true;
                }
            }
        }
    }
    any.then_some((v, p))
}

#[cfg(test)]
mod tests {
    use crate::document::{FactKind, Qualifier};
    use crate::facts::facts_of;
    use serde_json::json;

    type Row = (
        String,
        Option<serde_json::Value>,
        Option<String>,
        Option<Qualifier>,
    );

    fn money(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Money)
            .map(|f| (f.text, f.value.map(Into::into), f.currency, f.qualifier))
            .collect()
    }

    /// `块` alone is the colloquial yuan only in a clause of prices or money;
    /// elsewhere it is the measure word of boards and plots (city work reports:
    /// `改造提升生态绿地25块`, `违规广告牌拆除280块`; an activity summary's
    /// `安全生产宣传展板13块`; the Legislative Yuan's gazette: `每顆從 12 塊漲到 15 塊`).
    #[test]
    fn kuai_is_money_only_among_prices() {
        assert!(money("设置安全生产宣传展板13块，改造提升生态绿地25块。").is_empty());
        // A word that only holds a price word's character is none (`贵州`, `拍卖`).
        assert!(money("贵州省新建篮球场30块。今年拍卖土地3块。每个村设置宣传栏2块。").is_empty());
        let got: Vec<_> = money("士林夜市每顆從 12 塊漲到 15 塊。花了13块钱，又花了5块。")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(got, ["12 塊", "15 塊", "13块钱", "5块"]);
    }

    /// A number scaled by 亿 or 兆 with no word after it, in a sentence about money,
    /// is an amount in the document's currency: a money word in its clause
    /// (`虧空`, `稅損`, `賺`, `節省`), in an earlier clause of the sentence (the
    /// amount goes on a series), or a noun of money right after it (`五千億經費`).
    #[test]
    fn bare_large_amounts_in_a_sentence_about_money() {
        let values = |t: &str| money(t).into_iter().map(|r| (r.0, r.1)).collect::<Vec<_>>();
        // An interpellation in the Legislative Yuan's gazette (立法院公報 101卷63期,
        // 2012-10-26), the same sitting as
        // g0v/twlyparser@13dad42ebc9c2241df258ede2b2738dd8cc85c40:examples/4004.md.
        assert_eq!(
            values("中油去年虧空386億，台電稅前虧空433億，合計高達800億，但獎金卻發了130億。"),
            vec![
                ("386億".into(), Some(json!(38600000000u64))),
                ("433億".into(), Some(json!(43300000000u64))),
                ("800億".into(), Some(json!(80000000000u64))),
                ("130億".into(), Some(json!(13000000000u64))),
            ]
        );
        assert_eq!(
            values("整個中央政府的債務未償餘額是4兆7,686億，到了2013年底，推估是5兆2,691億。")[1],
            ("5兆2,691億".into(), Some(json!(5269100000000u64)))
        );
        assert_eq!(
            values("目前健保一年有五千億經費，大概有一千億進到長庚醫院，長庚醫院一年賺450億")
                .into_iter()
                .map(|r| r.0)
                .collect::<Vec<_>>(),
            ["五千億", "450億"]
        );
        assert_eq!(
            values("長照預算在99年時的缺口是7,800萬，100年則擴大到3億8,000萬")[1].1,
            Some(json!(380000000))
        );
        // examples/4004.md itself: 節省了180億, 額度是280億.
        assert_eq!(values("老百姓也知道政府的作為已經節省了180億").len(), 1);
        assert_eq!(values("已經有二十家台商簽約，額度是280億").len(), 1);
        // A mainland work report (../shared/corpus/reports/cn-city-gwr): 缺口 of a budget.
        assert_eq!(values("全年财政收支缺口达12亿。").len(), 1);
        // Counts stay counts: a noun or measure word after the number, or a clause
        // that counts people (../shared/corpus/reports/cn-national-gwr).
        assert!(values("全年完成投资100亿元，接待游客5000万，总人口1.4亿。").len() == 1);
        assert!(values("财政收入增长8%，全国总人口13.4亿。").is_empty());
        assert!(values("投资增长10%，新增就业1100万人。").is_empty());
        assert!(values("税收增长，发送旅客1.4亿人次").is_empty());
        // 臺南市政府 2022-05-26 (東山咖啡公路): items of a list of projects, the
        // currency word dropped on some (an item that names no work that spends,
        // `南80線及南85線4315萬`, is left); 總統府 2014-01-01: a noun of money after 的.
        let t = "新營區金華路植栽綠美化工程260萬元、民治中心周邊步道人行環境改善工程1300萬、柳營國小通學步道改善工程556萬、市道165路口安全改善597萬元、後壁區南80線及南85線4315萬等。";
        assert_eq!(
            values(t).into_iter().map(|r| r.0).collect::<Vec<_>>(),
            ["260萬元", "1300萬", "556萬", "597萬元"]
        );
        assert_eq!(
            values("總計十年982億的經費")[0].1,
            Some(json!(98200000000u64))
        );
        assert_eq!(
            values("接待游客5000万、旅游收入100亿元、签约项目30个").len(),
            1
        );
        // Items that count are no amounts, whatever their list holds.
        for (t, not) in [
            ("发放贷款50亿元、惠及农户3万、带动就业5万等。", "5万"),
            ("全年完成客运量1.5亿、货运量3亿、运输收入100亿元等。", "3亿"),
            ("粉丝500万、播放量3亿、营收2000万元、", "500万"),
        ] {
            assert!(!values(t).iter().any(|r| r.0 == not), "{t}");
        }
        // (A hard wrap inside an amount: the gazette's `1 億 6,506⏎萬 5 千元`.)
        assert!(
            !values("土地 3,900 萬元、房屋及建築 1 億 5,119\n     萬 4 千元。")
                .iter()
                .any(|r| r.0 == "1 億 5,119")
        );
    }

    /// `多` inside a numeral without a currency word says more than its floor, as
    /// it does with one (a listed company's results digest: `净利润3000多万`;
    /// 兩者合計一億九千多萬 in the Legislative Yuan's gazette; a county's
    /// investment report: `完成投资一亿九千多万`).
    #[test]
    fn more_than_inside_a_bare_amount() {
        let more = Some(Qualifier::MoreThan);
        let f = money("上半年实现净利润3000多万。");
        assert_eq!(
            (f[0].1.clone(), f[0].3),
            (Some(json!(30000000)), more),
            "{f:?}"
        );
        let f = money("全年完成投资一亿九千多万。");
        assert_eq!(
            (f[0].1.clone(), f[0].3),
            (Some(json!(190000000)), more),
            "{f:?}"
        );
        let f = money("全年完成投资一亿九千万。");
        assert_eq!(f[0].3, None, "{f:?}");
    }

    /// Output and value added are money: a scaled number ending their clause is an
    /// amount (a provincial 2021 communiqué: `地区生产总值突破11万亿`; a county work
    /// report: `规上工业产值突破百亿`; a city's bulletin: `第三产业增加值实现1000亿`).
    #[test]
    fn output_and_value_added_are_money() {
        let values = |t: &str| money(t).into_iter().map(|r| r.1).collect::<Vec<_>>();
        assert_eq!(
            values("全省地区生产总值突破11万亿，"),
            vec![Some(json!(11_000_000_000_000_u64))]
        );
        assert_eq!(
            values("规上工业产值突破百亿。"),
            vec![Some(json!(10_000_000_000_u64))]
        );
        assert_eq!(
            values("第三产业增加值实现1000亿。"),
            vec![Some(json!(100_000_000_000_u64))]
        );
        assert_eq!(
            values("全市GDP首次突破5万亿。"),
            vec![Some(json!(5_000_000_000_000_u64))]
        );
        // A count in the clause stays a count.
        assert!(values("粮食产量突破1亿。").is_empty());
    }

    /// A results forecast's losses: a minus after the indicator's name and after a
    /// range's word joiner, and the range is one fact (上海大智慧 2024 annual
    /// results forecast, 临2025-004); a hyphen after a unit joins a range (the
    /// Legislative Yuan's gazette, ../shared/corpus/reports/tw-ly-proceedings/
    /// LCEWC03_090111.txt: `599 元-1399 元`).
    #[test]
    fn losses_and_their_ranges() {
        let f = crate::facts::facts_of(
            "归属于母公司所有者的净利润-22,500 万元到-19,000 万元,将出现亏损。票价599 元-1399 元。",
        );
        let money: Vec<_> = f
            .iter()
            .filter(|f| f.kind == crate::document::FactKind::Money)
            .map(|f| {
                (
                    f.text.as_str(),
                    f.value.as_ref().and_then(|v| v.as_f64()),
                    f.end.as_ref().and_then(|v| v.as_f64()),
                )
            })
            .collect();
        assert_eq!(
            money,
            [
                (
                    "-22,500 万元到-19,000 万元",
                    Some(-225_000_000.0),
                    Some(-190_000_000.0)
                ),
                ("599 元-1399 元", Some(599.0), Some(1399.0)),
            ]
        );
    }

    #[test]
    fn a_minus_after_a_copula() {
        // Company results in the news (2011): 运营利润为-3130万美元.
        let f = money("运营利润为-3130万美元，此外公司净亏损3540万美元。");
        assert_eq!(f[0].0, "-3130万美元");
        assert_eq!(f[0].1, Some(json!(-31300000)));
        // A hyphen that joins a range or opens a list item is no minus.
        assert_eq!(money("投资10-20万元")[0].1, Some(json!(100000)));
        assert_eq!(money("- 500万元用于改造")[0].1, Some(json!(5000000)));
    }

    #[test]
    fn amounts_and_currencies() {
        assert_eq!(
            money("送出慰問金額近3000元。"),
            vec![(
                "近3000元".into(),
                Some(json!(3000)),
                Some("CNY".into()),
                Some(Qualifier::Nearly)
            )]
        );
        assert_eq!(money("人民币1,200元")[0].1, Some(json!(1200)));
        // A class of shares named by its currency (美的集团's 2024 annual summary).
        assert!(money("香港中央结算有限公司 2,169,178,713 人民币普通股").is_empty());
        assert!(crate::facts::facts_of("持有 2,169,178,713 人民币普通股").is_empty());
        assert_eq!(
            money("預算新臺幣5億元")[0],
            (
                "新臺幣5億元".into(),
                Some(json!(500000000)),
                Some("TWD".into()),
                None
            )
        );
        assert_eq!(money("投资3.5万元建设")[0].1, Some(json!(35000)));
        assert_eq!(money("以每股1.95港元")[0].2.as_deref(), Some("HKD"));
        assert_eq!(
            money("中国资金净流出1200亿美元")[0].1,
            Some(json!(120000000000u64))
        );
        assert_eq!(money("50元6角三分")[0].1, Some(json!(50.63)));
    }

    #[test]
    fn taiwan_documents_default_to_twd() {
        let m = money("中華民國105年預算 200 萬元");
        assert_eq!(
            m[0],
            (
                "200 萬元".into(),
                Some(json!(2000000)),
                Some("TWD".into()),
                None
            )
        );
    }

    #[test]
    fn masked_amounts_are_incomplete() {
        let f = facts_of("每戶幫扶資金____元以上。");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].text, "____元以上");
        assert!(f[0].incomplete);
        assert_eq!(f[0].qualifier, Some(Qualifier::AtLeast));
    }

    #[test]
    fn not_money() {
        for t in [
            "五角大楼宣布了作战计划",
            "一元化管理",
            "二元结构",
            "一块蛋糕",
        ] {
            assert!(money(t).is_empty(), "{t}: {:?}", money(t));
        }
    }
}

#[cfg(test)]
mod currency_tests {
    use crate::facts::facts_of;
    use serde_json::json;

    #[test]
    fn currencies_in_real_phrases() {
        let m = |t: &str| {
            let f = facts_of(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (
                f[0].text.clone(),
                serde_json::Value::from(f[0].value.clone().unwrap()),
                f[0].currency.clone().unwrap(),
            )
        };
        assert_eq!(
            m("捐款US$1,500"),
            ("US$1,500".into(), json!(1500), "USD".into())
        );
        assert_eq!(m("票價HK$200"), ("HK$200".into(), json!(200), "HKD".into()));
        assert_eq!(
            m("补贴NT$ 5000"),
            ("NT$ 5000".into(), json!(5000), "TWD".into())
        );
        assert_eq!(
            m("收費300港幣"),
            ("300港幣".into(), json!(300), "HKD".into())
        );
        assert_eq!(
            m("投資2.5億歐元"),
            ("2.5億歐元".into(), json!(250000000), "EUR".into())
        );
        assert_eq!(
            m("约合1200万日元"),
            ("约合1200万日元".into(), json!(12000000), "JPY".into())
        );
        assert_eq!(
            m("金額壹萬貳仟元整"),
            ("壹萬貳仟元整".into(), json!(12000), "CNY".into())
        );
        assert_eq!(m("人民币￥300"), ("￥300".into(), json!(300), "CNY".into()));
    }

    /// An amount of nothing in a table or a final account (`0万元`) is read; a zero
    /// after digits or a separator is the cut tail of another number
    /// (`4 9 2 5 0 万吨` in a 1998 report, `l, 000 萬元`).
    #[test]
    fn zero_amounts() {
        let money = |t: &str| -> Vec<(String, Option<serde_json::Value>)> {
            crate::facts::facts_of(t)
                .into_iter()
                .filter(|f| f.kind == crate::document::FactKind::Money)
                .map(|f| (f.text, f.value.map(Into::into)))
                .collect()
        };
        let m = money("公务用车购置支出决算为0万元。");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].0, "0万元");
        // (After a clause's comma a zero is an amount of its own.)
        assert_eq!(money("支出分别为12万元，0万元。").len(), 2);
        assert_eq!(m[0].1, Some(serde_json::json!(0)));
        assert!(money("存款余额达到4 6 2 8 0 亿元。")
            .iter()
            .all(|r| r.1 != Some(serde_json::json!(0))));
        assert!(money("零万元。").is_empty());
    }
}
