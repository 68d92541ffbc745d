//! Numerals: the one place that reads numbers, for every extractor.
//!
//! Forms: Arabic and full-width digits (`12`, `１２`), thousands separators
//! (`1,056`, `52，384`), decimals (`3.5`, `十二点五`), Chinese numerals in all forms
//! (`三千零五`, `一万二`, `两百`, `廿`, `卅`, digit strings `二〇二五`), financial
//! numerals (`壹贰叁肆伍陆柒捌玖拾佰仟`, Traditional `貳參陸`), and scale words
//! mixed with digits (`3.5万`, `1.2亿`, `3亿5千万`, `兆` = 10^12, `京` = 10^16).
//!
//! Both scripts are accepted (the extractors match on the Simplified copy, but
//! conversion may leave a character as it was), so `萬`/`万`, `億`/`亿`, `兩`/`两`,
//! `點`/`点` all work.
//!
//! `scan_at` reads the longest numeral starting at a byte offset; [`parse`] reads a
//! whole string; [`find_numbers`] lists every numeral of a text (with fractions and
//! signs), which is what the conformance harness compares with other projects.

/// A numeral found in a text, in byte offsets of that text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// Byte offset of the numeral's first character.
    pub start: usize,
    /// Byte offset just after the numeral.
    pub end: usize,
    /// What the numeral reads as (`一萬二` → 12000).
    pub value: f64,
    /// Written (at least partly) with Arabic digits.
    pub(crate) arabic: bool,
    /// Written with Chinese digits or units.
    pub(crate) chinese: bool,
    /// An approximate `余`/`多`/`几` sat between the number and its scale word
    /// (`十余万`, `3000多万`): the value is the floor, and the text means "more than".
    pub(crate) more_than: bool,
    /// Number of characters (excluding spaces and separators).
    pub(crate) chars: usize,
}

impl Numeral {
    /// A single Chinese digit character (`一`…`九`, `两`), the kind of numeral that
    /// is ordinary wording rather than a statistic.
    pub(crate) fn is_single_cn_digit(&self) -> bool {
        self.chinese && !self.arabic && self.chars == 1 && self.value < 10.0
    }

    /// Two Chinese digits from 1 to 9 with no place word (`一一`, `三四`, `二一`),
    /// read digit by digit. Chinese writes a quantity with place words (`十一`,
    /// `二十一`); digit-by-digit writing is for years, codes and long figures
    /// (`一一七人`, `二○%` in Taiwan's gazette). Two such digits are the adverb
    /// `一一` ("one by one", `只有崔天一一人` is one person), a pair of
    /// approximate values (`三四期`: phases three and four), or the tail of a
    /// decimal behind a full-width point (`八．二一%`) — never a quantity.
    pub(crate) fn is_digit_pair(&self, text: &str) -> bool {
        // (Read as one approximate count, `三四家` is worth its lower digit.)
        self.chinese
            && !self.arabic
            && self.value >= 10.0
            && self.chars == 2
            && text.chars().count() == 2
            && text.chars().all(|c| cn_digit(c).is_some_and(|d| d > 0))
    }
}

/// The value of an Arabic digit, ASCII or full-width (`7`, `７`).
#[inline]
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Where a list marker glued to a year ends (`1.2026年`, `2．112年度`, at the
/// start of a line or after a field label's colon, `附件:1.2025年…`): the number
/// before the point numbers the item, the three or four digits after it are a
/// year (three: an ROC year), never one decimal number. `i` is where the
/// marker's first digit is; `None` anywhere else.
pub(crate) fn list_marker_before_year(s: &str, i: usize) -> Option<usize> {
    let before = s.get(..i)?.trim_end_matches([' ', '\t', '\u{3000}']);
    if !(before.is_empty() || before.ends_with(['\n', '：', ':'])) {
        return None;
    }
    let mut chars = s[i..].char_indices().peekable();
    let mut item = 0;
    while chars.next_if(|&(_, c)| arabic_digit(c).is_some()).is_some() {
        item += 1;
    }
    let (_, point) = chars.next()?;
    if !(1..=2).contains(&item) || !matches!(point, '.' | '．') {
        return None;
    }
    let year_at = chars.peek()?.0;
    let mut year = 0;
    while chars.next_if(|&(_, c)| arabic_digit(c).is_some()).is_some() {
        year += 1;
    }
    let (_, after) = chars.next()?;
    ((3..=4).contains(&year) && after == '年').then_some(i + year_at)
}

/// Chinese digit characters. Financial forms and `幺` are included; see
/// `is_financial_only` for the ones that are ordinary words on their own.
#[inline]
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | 'Ｏ' => 0,
        '一' | '壹' | '幺' | '弌' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '俩' | '倆' | '弍' => 2,
        '三' | '叁' | '參' | '参' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Characters that read as a numeral only next to other numeral characters:
/// alone they are words (`参加`, `大陆`, `队伍`, `收拾`, `放肆`, `幺`).
#[inline]
pub(crate) fn is_financial_only(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '参'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '幺'
            | '弌'
            | '弍'
            | '弎'
            | '俩'
            | '倆'
            | '卌'
    )
}

#[inline]
pub(crate) fn small_unit(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(10),
        '百' | '佰' => Some(100),
        '千' | '仟' => Some(1000),
        _ => None,
    }
}

#[inline]
pub(crate) fn big_unit(c: char) -> Option<f64> {
    match c {
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        '兆' => Some(1e12),
        '京' => Some(1e16),
        _ => None,
    }
}

#[inline]
fn tens_char(c: char) -> Option<u32> {
    match c {
        '廿' => Some(20),
        '卅' => Some(30),
        '卌' => Some(40),
        _ => None,
    }
}

#[inline]
fn is_cn_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

#[inline]
fn is_ascii_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

#[inline]
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '－' | '−')
}

/// Any character that can be part of a Chinese numeral (digits, units, tens).
#[inline]
pub(crate) fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some()
        || small_unit(c).is_some()
        || big_unit(c).is_some()
        || tens_char(c).is_some()
}

/// Could a numeral start with this character? (A bitmap over the BMP, built
/// once: this is asked of every character of every text.)
#[inline]
pub(crate) fn can_start(c: char) -> bool {
    can_start_code(start_map(), c as u32)
}

/// The bitmap of [`can_start`] over the BMP, for callers that test many
/// characters (fetch it once).
pub(crate) fn start_map() -> &'static [u64] {
    static MAP: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = vec![0u64; 1024];
        for cp in 0..0x10000u32 {
            if let Some(c) = char::from_u32(cp) {
                if can_start_slow(c) {
                    m[(cp >> 6) as usize] |= 1 << (cp & 63);
                }
            }
        }
        m
    })
}

/// [`can_start`] of a code point, with the map from [`start_map`].
#[inline]
pub(crate) fn can_start_code(map: &[u64], cp: u32) -> bool {
    cp < 0x10000 && map[(cp >> 6) as usize] & (1 << (cp & 63)) != 0
}

fn can_start_slow(c: char) -> bool {
    arabic_digit(c).is_some()
        || cn_digit(c).is_some()
        || small_unit(c).is_some()
        || tens_char(c).is_some()
}

/// Round away the noise of binary arithmetic: 15 significant digits (what a
/// decimal written in a report can carry), so `141.8 × 10^8` is 14180000000.
pub(crate) fn tidy(v: f64) -> f64 {
    if v.fract() == 0.0 || !v.is_finite() {
        return v; // integers (and 0) are exact
    }
    let p = 15 - v.abs().log10().ceil() as i32;
    if !(-290..=290).contains(&p) {
        return v;
    }
    if p >= 0 {
        let m = 10f64.powi(p);
        (v * m).round() / m
    } else {
        let m = 10f64.powi(-p);
        (v / m).round() * m
    }
}

// ---------------------------------------------------------------------------
// Parsing a whole string.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Lex {
    /// An Arabic number (may have a decimal part) or one Chinese digit.
    Num {
        v: f64,
        cn: bool,
    },
    Zero,
    Unit(u32),
    Tens(u32),
    Big(f64),
}

/// Value of a whole string that is one numeral (spaces, thousands separators and a
/// leading sign allowed; SI suffixes `k`/`M`/`w` after Arabic digits; scientific
/// notation). `None` when the string is not exactly one numeral.
pub fn parse(s: &str) -> Option<f64> {
    // Fast paths: one character, plain ASCII digits.
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        if let Some(d) = arabic_digit(c).or_else(|| cn_digit(c)) {
            return Some(f64::from(d));
        }
        if let Some(u) = small_unit(c).or_else(|| tens_char(c)) {
            return Some(f64::from(u));
        }
        if c != '半' {
            return None;
        }
    }
    if !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<u64>().ok().map(|v| v as f64);
    }
    let s = s.trim();
    let (neg, body) = strip_sign(s);
    let v = tidy(parse_unsigned(body.trim_start())?);
    Some(if neg { -v } else { v })
}

fn strip_sign(s: &str) -> (bool, &str) {
    for p in ["负", "負"] {
        if let Some(r) = s.strip_prefix(p) {
            return (true, r);
        }
    }
    if let Some(c) = s.chars().next() {
        if is_minus(c) {
            return (true, &s[c.len_utf8()..]);
        }
        if c == '+' || c == '＋' {
            return (false, &s[c.len_utf8()..]);
        }
    }
    (false, s)
}

/// Remove spaces and thousands separators; map full-width digits and points to
/// ASCII. Returns `None` when a separator is misplaced.
fn clean(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            ' ' | '\u{3000}' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' => {}
            ',' | '，' => {
                // A thousands separator: an Arabic digit before, exactly three after
                // (past a stray space: `2, 000`).
                let before = i > 0 && arabic_digit(chars[i - 1]).is_some();
                let i = if chars.get(i + 1) == Some(&' ') {
                    i + 1
                } else {
                    i
                };
                let three = (1..=3)
                    .all(|k| chars.get(i + k).and_then(|&c| arabic_digit(c)).is_some())
                    && chars.get(i + 4).and_then(|&c| arabic_digit(c)).is_none();
                if !(before && three) {
                    return None;
                }
            }
            _ => {
                if let Some(d) = arabic_digit(c) {
                    out.push(char::from_digit(d, 10).unwrap());
                } else if is_ascii_point(c) {
                    out.push('.');
                } else {
                    out.push(c);
                }
            }
        }
    }
    Some(out)
}

fn parse_unsigned(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    // 半 (a half), 一半; fractions written whole: 二分之一, 十分一 (Cantonese),
    // 二份一, 一又十分一.
    if matches!(s, "半" | "一半" | "1半") {
        return Some(0.5);
    }
    if let Some((a, b)) = s.split_once('又') {
        let whole = parse_unsigned(a)?;
        let frac = parse_unsigned(b)?;
        return (b.contains(['分', '份', '/', '／']) && frac < 1.0).then_some(whole + frac);
    }
    if let Some((d, n)) = s.split_once("分之").or_else(|| s.split_once(['分', '份'])) {
        let (d, n) = (parse_unsigned(d.trim())?, parse_unsigned(n.trim())?);
        return (d != 0.0).then(|| n / d);
    }
    let s = clean(s)?;
    // SI suffixes and scientific notation only after Arabic digits.
    if let Some(v) = parse_arabic_special(&s) {
        return Some(v);
    }
    parse_clean(&s)
}

fn parse_arabic_special(s: &str) -> Option<f64> {
    let last = s.chars().last()?;
    let mult = match last {
        'k' | 'K' | 'ｋ' | 'Ｋ' => Some(1e3),
        'M' | 'Ｍ' => Some(1e6),
        'G' | 'Ｇ' => Some(1e9),
        'w' | 'W' => Some(1e4),
        _ => None,
    };
    if let Some(m) = mult {
        let body = &s[..s.len() - last.len_utf8()];
        if !body.is_empty() && body.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return body.parse::<f64>().ok().map(|v| v * m);
        }
        return None;
    }
    if s.contains(['e', 'E']) {
        let t: String = s.replace('－', "-").replace('＋', "+");
        let (m, e) = t.split_once(['e', 'E'])?;
        if m.is_empty() || !m.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let e = e.trim_start_matches('+');
        let ev: i32 = e.parse().ok()?;
        let mv: f64 = m.parse().ok()?;
        return Some(mv * 10f64.powi(ev));
    }
    None
}

/// Parse a cleaned string (ASCII digits and points, Chinese characters).
fn parse_clean(s: &str) -> Option<f64> {
    let has_unit = s
        .chars()
        .any(|c| small_unit(c).is_some() || big_unit(c).is_some() || tens_char(c).is_some());
    if !has_unit {
        return parse_digit_string(s);
    }
    // A Chinese decimal point: integer part with units, then digits (and possibly
    // a trailing scale word: 十二点五亿).
    if let Some(p) = s.find(['点', '點']) {
        let pl = s[p..].chars().next().unwrap().len_utf8();
        let int = &s[..p];
        let rest = &s[p + pl..];
        let digits_end = rest
            .char_indices()
            .find(|&(_, c)| cn_digit(c).is_none() && arabic_digit(c).is_none())
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let (frac, scale) = rest.split_at(digits_end);
        if frac.is_empty() || frac.contains(['两', '兩']) {
            return None;
        }
        let mut mult = 1.0;
        for c in scale.chars() {
            mult *= big_unit(c)?;
        }
        let fv = parse_digit_string(&format!("0.{}", digits_to_ascii(frac)?))?;
        let iv = if int.is_empty() {
            0.0
        } else {
            parse_units(int)?
        };
        if mult != 1.0 && int.chars().any(|c| big_unit(c).is_some()) {
            return None;
        }
        return Some((iv + fv) * mult);
    }
    parse_units(s)
}

fn digits_to_ascii(s: &str) -> Option<String> {
    s.chars()
        .map(|c| {
            arabic_digit(c)
                .or_else(|| cn_digit(c))
                .and_then(|d| char::from_digit(d, 10))
        })
        .collect()
}

/// `二〇二五`, `1,056` (cleaned), `4.78`, `一二点三零`, `零`.
fn parse_digit_string(s: &str) -> Option<f64> {
    if s.chars().count() > 1 && s.contains(['两', '兩', '俩', '倆']) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut points = 0;
    for c in s.chars() {
        if c == '.' || is_cn_point(c) {
            points += 1;
            out.push('.');
        } else if let Some(d) = arabic_digit(c).or_else(|| cn_digit(c)) {
            out.push(char::from_digit(d, 10)?);
        } else {
            return None;
        }
    }
    if points > 1 || out.is_empty() || out == "." || out.ends_with('.') {
        return None;
    }
    out.parse::<f64>().ok()
}

fn lex(s: &str) -> Option<Vec<Lex>> {
    let mut out = Vec::with_capacity(s.len() / 2);
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next()?;
        if c.is_ascii_digit() {
            let mut j = i;
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || (b[j] == b'.' && j + 1 < b.len() && b[j + 1].is_ascii_digit()))
            {
                j += 1;
            }
            out.push(Lex::Num {
                v: s[i..j].parse().ok()?,
                cn: false,
            });
            i = j;
            continue;
        }
        let l = if let Some(0) = cn_digit(c) {
            Lex::Zero
        } else if let Some(d) = cn_digit(c) {
            Lex::Num {
                v: d as f64,
                cn: true,
            }
        } else if let Some(u) = small_unit(c) {
            Lex::Unit(u)
        } else if let Some(t) = tens_char(c) {
            Lex::Tens(t)
        } else if let Some(u) = big_unit(c) {
            Lex::Big(u)
        } else {
            return None;
        };
        out.push(l);
        i += c.len_utf8();
    }
    Some(out)
}

fn parse_units(s: &str) -> Option<f64> {
    let mut toks = lex(s)?;
    // `万亿` is one scale, 10^12: a smaller scale word right before a larger one
    // multiplies it (`1万亿2千亿` is 1.2×10^12, not 1万亿2千 ×10^8).
    toks.dedup_by(|b, a| match (*a, *b) {
        (Lex::Big(x), Lex::Big(y)) if x < y => {
            *a = Lex::Big(x * y);
            true
        }
        _ => false,
    });
    parse_big(&toks)
}

fn parse_big(t: &[Lex]) -> Option<f64> {
    if t.is_empty() {
        return None;
    }
    // Split at the last occurrence of the largest scale word.
    let mut best: Option<(usize, f64)> = None;
    for (i, l) in t.iter().enumerate() {
        if let Lex::Big(u) = *l {
            if best.is_none_or(|(_, b)| u >= b) {
                best = Some((i, u));
            }
        }
    }
    let Some((at, unit)) = best else {
        return parse_section(t);
    };
    let (left, right) = (&t[..at], &t[at + 1..]);
    // The same scale word again after a figure in digits (`326億7,907億`, a typing
    // slip) makes no number; side by side (`四万万`, 4×10^8) or after a smaller
    // unit (`三万五千万`, 3.5×10^8) it does.
    if let Some(k) = left.iter().rposition(|l| *l == Lex::Big(unit)) {
        let between = &left[k + 1..];
        if !between.is_empty()
            && between
                .iter()
                .all(|l| matches!(l, Lex::Num { cn: false, .. }))
        {
            return None;
        }
    }
    let lv = if left.is_empty() {
        if right.is_empty() {
            return None;
        }
        1.0
    } else {
        parse_big(left)?
    };
    // `零万` is no number; a table's `0万元` is an amount of nothing.
    let arabic_zero = matches!(left, [Lex::Num { cn: false, .. }]) && right.is_empty();
    if lv == 0.0 && !arabic_zero {
        return None;
    }
    let rv = match right {
        [] => 0.0,
        // 一万三 = 13000: a lone digit after a scale word counts in tenths of it.
        [Lex::Num { v, cn: true }] => v * unit / 10.0,
        _ => {
            let r = match right.iter().position(|l| *l != Lex::Zero) {
                Some(k) => &right[k..],
                None => return None,
            };
            let v = parse_big(r)?;
            if v >= unit {
                return None;
            }
            v
        }
    };
    Some(lv * unit + rv)
}

fn parse_section(t: &[Lex]) -> Option<f64> {
    let mut total = 0.0;
    let mut cur: Option<(f64, bool)> = None;
    let mut last_unit = u32::MAX;
    let mut prev_unit: Option<u32> = None;
    let mut any = false;
    for l in t {
        match *l {
            Lex::Num { v, cn } => {
                if cur.is_some() {
                    return None;
                }
                cur = Some((v, cn));
                any = true;
            }
            Lex::Zero => {
                if cur.is_some() {
                    return None;
                }
                prev_unit = None;
                any = true;
            }
            Lex::Unit(u) => {
                if u >= last_unit {
                    return None;
                }
                let n = match cur {
                    Some((v, _)) => v,
                    None => 1.0,
                };
                total += n * u as f64;
                last_unit = u;
                prev_unit = Some(u);
                cur = None;
                any = true;
            }
            Lex::Tens(v) => {
                if cur.is_some() || last_unit <= 10 {
                    return None;
                }
                total += v as f64;
                last_unit = 10;
                prev_unit = None;
                any = true;
            }
            Lex::Big(_) => return None,
        }
    }
    if !any {
        return None;
    }
    if let Some((v, cn)) = cur {
        match prev_unit {
            // 两千四百五 = 2450, 百三 = 130: a final digit right after 百/千 counts in
            // tenths of it.
            Some(u) if u >= 100 && cn => total += v * (u / 10) as f64,
            _ => total += v,
        }
    }
    Some(total)
}

// ---------------------------------------------------------------------------
// Scanning text.

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// The characters of a candidate numeral, on the stack.
struct Run {
    items: [(usize, char); MAX_RUN_CHARS + 1],
    len: usize,
}

impl Default for Run {
    fn default() -> Self {
        Run {
            items: [(0, '\0'); MAX_RUN_CHARS + 1],
            len: 0,
        }
    }
}

impl Run {
    fn push(&mut self, x: (usize, char)) {
        self.items[self.len] = x;
        self.len += 1;
    }
    fn len(&self) -> usize {
        self.len
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
    fn iter(&self) -> std::slice::Iter<'_, (usize, char)> {
        self.items[..self.len].iter()
    }
}

impl std::ops::Index<usize> for Run {
    type Output = (usize, char);
    fn index(&self, i: usize) -> &(usize, char) {
        &self.items[..self.len][i]
    }
}

/// Longer runs are not numbers a report states (hashes, ID numbers, 16 MB of
/// digits); they are skipped whole.
const MAX_RUN_CHARS: usize = 40;

/// Outcome of a scan at one position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Scan {
    Found(Numeral),
    /// No numeral here; scanning may resume at this byte offset.
    Skip(usize),
}

/// The longest numeral starting exactly at byte `from` of `s` (no sign, no
/// fraction). Spaces are allowed between an Arabic number and a following scale
/// word (`200 万`) and between parts of a Chinese numeral next to a unit
/// (`一百 五 十`).
pub(crate) fn scan_at(s: &str, from: usize) -> Scan {
    scan_with(s, from, false)
}

/// `lenient`: also a lone financial numeral (`五分之壹`), a leading point (`.5`),
/// scientific notation (`2e5`) and SI suffixes (`40k`, `-2.5 M`) — for reading a
/// number where one is expected, and for the conformance harness.
pub(crate) fn scan_with(s: &str, from: usize, lenient: bool) -> Scan {
    let Some(first) = char_at(s, from) else {
        return Scan::Skip(s.len());
    };
    let leading_point = lenient
        && is_ascii_point(first)
        && char_at(s, from + first.len_utf8()).is_some_and(|n| arabic_digit(n).is_some());
    if !can_start(first) && !leading_point {
        return Scan::Skip(from + first.len_utf8());
    }
    // Collect the run: (byte offset, char) of numeral characters.
    let mut run = Run::default();
    let mut i = from;
    let mut prev: Option<char> = None;
    while let Some(c) = char_at(s, i) {
        let cl = c.len_utf8();
        // A decimal a PDF copy spaced out (`5 . 5%`, `8 ．8 ％`): taken whole, up
        // to its fraction's first digit.
        if matches!(c, ' ' | '\u{3000}') && prev.is_some_and(|p| arabic_digit(p).is_some()) {
            if let Some(j) = spaced_point(s, i).filter(|&j| run.len() + (j - i) < MAX_RUN_CHARS) {
                for (k, ch) in s[i..j].char_indices() {
                    run.push((i + k, ch));
                    prev = Some(ch);
                }
                i = j;
                continue;
            }
        }
        let accept = if small_unit(c).is_some()
            && prev.is_some_and(|p| big_unit(p).is_some())
            && !char_at(s, i + cl).is_some_and(|n| {
                arabic_digit(n).is_some() || cn_digit(n).is_some() || big_unit(n).is_some()
            }) {
            // `1亿千瓦`, `3万千克`, `5万百公里`: a bare 千/百/十 after 万 or 亿 with
            // no digit after it opens the unit (a numeral says `三万一千`).
            false
        } else if cn_digit(c).is_some()
            && prev.is_some_and(|p| arabic_digit(p).is_some())
            && run.iter().all(|r| !is_cn_numeral_char(r.1))
        {
            // Arabic digits run into a Chinese digit only inside a year written in
            // both (`二0一九`), never when they opened the numeral: `2011-2015三次
            // 产业` is a year and the three sectors, not 20153.
            false
        } else if cn_digit(c).is_some()
            && prev.is_some_and(|p| big_unit(p).is_some())
            && !char_at(s, i + cl).is_some_and(is_cn_numeral_char)
            && run.iter().any(|r| arabic_digit(r.1).is_some())
        {
            // A lone Chinese digit after a figure in digits and its scale word
            // starts the next numeral (`4万亿、5万亿两个台阶`): the spoken tenths
            // of `一万三` are said in Chinese digits only.
            false
        } else if arabic_digit(c).is_some_and(|d| d > 0)
            && prev.is_some_and(|p| cn_digit(p).is_some())
            && run.iter().all(|r| is_cn_numeral_char(r.1))
        {
            // Nor Chinese digits into Arabic ones but a zero typed so in a year
            // (`二00八`): `初一167.1萬人次` is the first day, then the figure.
            false
        } else if arabic_digit(c).is_some() || is_cn_numeral_char(c) {
            true
        } else if is_ascii_point(c) {
            (prev.is_some_and(|p| arabic_digit(p).is_some()) || (leading_point && run.is_empty()))
                && char_at(s, i + cl).is_some_and(|n| arabic_digit(n).is_some())
                && !second_point(s, i + cl)
                && !char_before(s, from).is_some_and(is_ascii_point)
        } else if is_cn_point(c) {
            run.iter()
                .rev()
                .map(|r| r.1)
                .find(|c| *c != ' ')
                .is_some_and(|p| {
                    cn_digit(p).is_some()
                        || small_unit(p).is_some()
                        || big_unit(p).is_some()
                        || arabic_digit(p).is_some()
                })
                && next_non_space(s, i + cl).is_some_and(|n| {
                    (cn_digit(n).is_some() && n != '两' && n != '兩') || arabic_digit(n).is_some()
                })
        } else if c == ',' || c == '，' {
            // `，` is a clause mark in Chinese text; a thousands separator only
            // between full-width digits (`４，５６５`).
            prev.is_some_and(|p| {
                if c == ',' {
                    arabic_digit(p).is_some()
                } else {
                    ('０'..='９').contains(&p) || full_width_comma_groups(s, &run, i + cl)
                }
            }) && (three_digits_after(s, i + cl) || c == ',' && stray_space_group(s, i + cl))
        } else if c == ' ' && prev == Some(',') {
            // The stray space of `2, 000` (see `stray_space_group`).
            true
        } else if GROUP_SPACES.contains(&c) && space_group(s, &run, i + cl) {
            true
        } else if c == ' ' || c == '\u{3000}' {
            // Inside a numeral, next to a unit or a point: `200 万`, `一百 五 十`,
            // `7 万5 千`, `四百 点 五`; never between two digits (`2022 11 23`).
            let p = run
                .iter()
                .rev()
                .map(|r| r.1)
                .find(|c| *c != ' ' && *c != '\u{3000}');
            match (p, next_non_space_pos(s, i)) {
                (Some(p), Some((j, n))) => {
                    let unitish = |c: char| {
                        small_unit(c).is_some() || big_unit(c).is_some() || is_cn_point(c)
                    };
                    let num =
                        |c: char| arabic_digit(c).is_some() || cn_digit(c).is_some() || unitish(c);
                    num(p)
                        && num(n)
                        && (unitish(p) || unitish(n))
                        && j - i <= 6
                        && (!is_cn_point(n)
                            || next_non_space(s, j + n.len_utf8()).is_some_and(|d| {
                                cn_digit(d).is_some() || arabic_digit(d).is_some()
                            }))
                }
                _ => false,
            }
        } else {
            false
        };
        if !accept {
            break;
        }
        run.push((i, c));
        if run.len() > MAX_RUN_CHARS {
            // Skip to the end of this run of digits.
            let mut j = i + cl;
            while let Some(c) = char_at(s, j) {
                if arabic_digit(c).is_none() && !is_cn_numeral_char(c) && !matches!(c, ',' | '.') {
                    break;
                }
                j += c.len_utf8();
            }
            return Scan::Skip(j);
        }
        prev = Some(c);
        i += cl;
    }
    // A scale word that comes again further on (`326億7,907億元`, a typing slip
    // for 萬) leaves no part of the run a number: `326億7,907` is none.
    if scale_repeated(run.iter().map(|r| r.1)) {
        let (last_i, last_c) = run[run.len() - 1];
        return Scan::Skip(last_i + last_c.len_utf8());
    }
    // Back off from the longest candidate to the longest that parses.
    let mut n = run.len();
    while n > 0 {
        let (last_i, last_c) = run[n - 1];
        let end = last_i + last_c.len_utf8();
        let text = &s[from..end];
        let trailing_ok = !matches!(
            last_c,
            ' ' | '\u{3000}' | ',' | '，' | '.' | '．' | '点' | '點'
        );
        if trailing_ok {
            if let Some(v) = parse(text) {
                // 二三十, 十二五: a cut between two digits is a range or a name.
                if n < run.len()
                    && cn_digit(last_c).is_some()
                    && (cn_digit(run[n].1).is_some() || small_unit(run[n].1).is_some())
                {
                    return Scan::Skip(end);
                }
                let mut num = make(s, from, end, v);
                // A lone financial digit is a word (`壹` in a name) unless a unit of
                // money follows it, as on a cheque (`壹元整`, `壹角`, `壹分`).
                let money_unit = char_at(s, end).is_some_and(|c| {
                    matches!(c, '元' | '圆' | '圓' | '角' | '分' | '拾' | '佰' | '仟')
                });
                if financial_alone(text) && !lenient && !money_unit {
                    n -= 1;
                    continue;
                }
                // `4 9 2 5 0 万吨`, `l, 000 萬元`: a zero with a scale word after
                // digits or a separator is the last digit of a number cut apart.
                let cut_off = s[..from]
                    .trim_end_matches([' ', '\u{3000}'])
                    .ends_with(|c: char| c.is_ascii_digit() || c == ',');
                if v == 0.0 && text.contains(|c: char| big_unit(c).is_some()) && cut_off {
                    return Scan::Skip(end);
                }
                extend_floored(s, &mut num);
                if lenient && num.arabic && !num.chinese {
                    extend_exponent(s, &mut num);
                }
                return Scan::Found(num);
            }
        }
        n -= 1;
    }
    Scan::Skip(from + first.len_utf8())
}

/// Whether a scale word (万, 亿) comes again after a figure in digits alone, with
/// no larger one between (`326億7,907億` is a slip; `四万万`, `三万五千万` and
/// `一万二千亿三千万` are numbers).
fn scale_repeated(chars: impl Iterator<Item = char>) -> bool {
    // The scales seen, each with whether only digits followed it since.
    let mut seen: Vec<(f64, bool)> = Vec::new();
    let mut prev = None;
    let mut prev_big: Option<f64> = None;
    for c in chars.filter(|c| !matches!(c, ' ' | '\u{3000}' | ',')) {
        let side_by_side = prev.is_some_and(|p| big_unit(p) == big_unit(c));
        prev = Some(c);
        if big_unit(c).is_none() {
            prev_big = None;
        }
        if let Some(mut u) = big_unit(c) {
            // `万亿`: one scale, the product of both.
            if let Some(p) = prev_big.filter(|&p| p < u) {
                seen.pop();
                u *= p;
            }
            prev_big = Some(u);
            if !side_by_side && seen.iter().any(|&(v, digits)| v == u && digits) {
                return true;
            }
            seen.retain(|&(v, _)| v > u);
            for s in &mut seen {
                s.1 = false;
            }
            seen.push((u, true));
        } else if !c.is_ascii_digit() && !('０'..='９').contains(&c) && c != '.' {
            for s in &mut seen {
                s.1 = false;
            }
        }
    }
    false
}

/// At `i`, the spaced point of a decimal as PDF copies print it: spaces (at
/// least one), a point, spaces (maybe none), digits, then maybe spaces and a
/// percent sign or a word (`5 . 5%以上`, `2 ．5 亿千瓦`). Where its fraction's
/// digits begin. A point with no space before it is not one (`1. 3863案例`, a
/// list item), nor a point that ends a sentence (`增长5. 下一步`).
fn spaced_point(s: &str, i: usize) -> Option<usize> {
    let is_space = |c: char| matches!(c, ' ' | '\u{3000}');
    let spaces = |mut j: usize| {
        let mut n = 0;
        while let Some(c) = char_at(s, j).filter(|&c| is_space(c)) {
            j += c.len_utf8();
            n += 1;
        }
        (j, n)
    };
    let (j, before) = spaces(i);
    let point = char_at(s, j).filter(|&c| is_ascii_point(c))?;
    let (digits, after) = spaces(j + point.len_utf8());
    if !(1..=3).contains(&before) || after > 3 {
        return None;
    }
    let mut k = digits;
    while let Some(c) = char_at(s, k).filter(|&c| arabic_digit(c).is_some()) {
        k += c.len_utf8();
    }
    if k == digits || second_point(s, digits) {
        return None;
    }
    let (k, gap) = spaces(k);
    let next = char_at(s, k)?;
    let unit = matches!(next, '%' | '％' | '‰') || super::chars::is_han(next);
    (unit && gap <= 3).then_some(digits)
}

/// After the digits at `i`, another point and digit (`2222.2222.22`, an IP):
/// not a decimal.
fn second_point(s: &str, mut i: usize) -> bool {
    while let Some(c) = char_at(s, i) {
        if arabic_digit(c).is_none() {
            return is_ascii_point(c)
                && char_at(s, i + c.len_utf8()).is_some_and(|n| arabic_digit(n).is_some());
        }
        i += c.len_utf8();
    }
    false
}

/// `2e5`, `-12e-1`, `２.７８９０e－１`; `40k`, `-2.5 M`.
fn extend_exponent(s: &str, num: &mut Numeral) {
    let mut j = num.end;
    if let Some(e @ ('e' | 'E')) = char_at(s, j) {
        let mut k = j + e.len_utf8();
        let mut neg = false;
        if let Some(c) = char_at(s, k) {
            if is_minus(c) || c == '+' || c == '＋' {
                neg = is_minus(c);
                k += c.len_utf8();
            }
        }
        let mut exp: i32 = 0;
        let mut digits = 0;
        while let Some(d) = char_at(s, k).and_then(arabic_digit) {
            exp = exp.saturating_mul(10).saturating_add(d as i32);
            digits += 1;
            k += char_at(s, k).map_or(1, char::len_utf8);
        }
        if digits > 0 && !char_at(s, k).is_some_and(|c| c.is_ascii_alphanumeric()) {
            num.value *= 10f64.powi(if neg { -exp } else { exp });
            num.end = k;
        }
        return;
    }
    if char_at(s, j) == Some(' ') {
        j += 1;
    }
    let m = match char_at(s, j) {
        Some('k' | 'K' | 'Ｋ' | 'ｋ') => 1e3,
        Some('M' | 'Ｍ') => 1e6,
        _ => return,
    };
    let k = j + char_at(s, j).map_or(1, char::len_utf8);
    if !char_at(s, k).is_some_and(|c| c.is_ascii_alphanumeric()) {
        num.value *= m;
        num.end = k;
    }
}

fn financial_alone(text: &str) -> bool {
    let mut it = text.chars().filter(|c| !c.is_whitespace());
    match (it.next(), it.next()) {
        (Some(c), None) => is_financial_only(c),
        _ => false,
    }
}

fn make(s: &str, start: usize, end: usize, value: f64) -> Numeral {
    let text = &s[start..end];
    let mut arabic = false;
    let mut chinese = false;
    let mut chars = 0;
    for c in text.chars() {
        if arabic_digit(c).is_some() {
            arabic = true;
        } else if is_cn_numeral_char(c) || is_cn_point(c) {
            chinese = true;
        }
        if !matches!(c, ',' | '，') && !c.is_whitespace() {
            chars += 1;
        }
    }
    Numeral {
        start,
        end,
        value,
        arabic,
        chinese,
        more_than: false,
        chars,
    }
}

/// `十余万`, `3000多万`, `二十几亿`: the approximate word followed by a scale word
/// belongs to the numeral; the value is the floor.
fn extend_floored(s: &str, num: &mut Numeral) {
    let mut at = num.end;
    while char_at(s, at) == Some(' ') {
        at += 1;
    }
    let Some(c) = char_at(s, at) else { return };
    if !matches!(c, '余' | '餘' | '馀' | '多' | '几' | '幾' | '来' | '來') {
        return;
    }
    let mut j = at + c.len_utf8();
    while char_at(s, j) == Some(' ') {
        j += 1;
    }
    let mut mult = 1.0;
    let mut k = j;
    while let Some(u) = char_at(s, k) {
        if let Some(b) = big_unit(u) {
            mult *= b;
        } else if let Some(b) = small_unit(u) {
            if mult != 1.0 {
                break;
            }
            mult *= b as f64;
        } else {
            break;
        }
        k += u.len_utf8();
    }
    if k == j || (c == '来' || c == '來') && mult < 1e4 {
        return;
    }
    // The scale word multiplies what follows the last larger scale word only:
    // `一亿九千多万` is 1亿 + 9000万, `3000多万` is 3000万.
    let text = &s[num.start..num.end];
    let split = text
        .char_indices()
        .rfind(|(_, u)| big_unit(*u).is_some_and(|b| b > mult))
        .map(|(p, u)| p + u.len_utf8());
    num.value = match split.and_then(|p| Some((parse(&text[..p])?, parse(&text[p..])?))) {
        Some((head, tail)) => head + tail * mult,
        None => num.value * mult,
    };
    num.end = k;
    num.more_than = true;
    num.chars += 1 + (k - j) / 3;
}

/// Spaces that group digits by thousands in the SI style Hong Kong and PDF
/// copies use (`42 000`, `1 234 567`): ASCII, no-break and thin spaces. Never the
/// ideographic space, which separates words and table cells.
pub(crate) const GROUP_SPACES: [char; 4] = [' ', '\u{a0}', '\u{2009}', '\u{202f}'];

/// A space between ASCII digits is a thousands separator when the digits are
/// grouped as thousands: one to three digits (not starting with 0) before the
/// first space, exactly three after each and none glued after the last group
/// (`42 000宗`, `2 500輛`, `185 000`, `1 234 567`). A year and a number (`2013 000`:
/// four digits before), a date spaced out (`2022 11 23`) and a decimal (`0.5 000`)
/// are not grouped. Nor is a row of numbers that only spaces separate (a table
/// row copied from a PDF, `599 298 119 443 16 124`): where one cell ends cannot be
/// told, so no cells are joined. `after` is where the digits after the space begin.
fn space_group(s: &str, run: &Run, after: usize) -> bool {
    let mut lead = 0;
    let mut grouped = false;
    for &(_, c) in run.iter().rev() {
        match c {
            '0'..='9' if !grouped => lead += 1,
            '0'..='9' => {}
            c if GROUP_SPACES.contains(&c) => grouped = true,
            _ => return false,
        }
    }
    let first_ok = !run.is_empty() && run[0].1 != '0';
    let lead_ok = if grouped {
        lead == 3
    } else {
        (1..=3).contains(&lead)
    };
    // A group glued to a percent sign is the next cell of a row (`小計  1 261
    // 100%`, `75 100%`): a percentage of a thousand or more is no statistic.
    let group_at = |at: usize| {
        let b = s.as_bytes();
        at + 3 <= b.len()
            && b[at..at + 3].iter().all(u8::is_ascii_digit)
            && !b.get(at + 3).is_some_and(u8::is_ascii_digit)
            && !char_at(s, at + 3).is_some_and(|c| matches!(c, '%' | '％' | '‰'))
    };
    if !(first_ok && lead_ok && group_at(after)) {
        return false;
    }
    if grouped {
        // The first space already looked at the whole row.
        return true;
    }
    // Numbers on either side, past spaces: a row of cells.
    let is_gap = |c: char| GROUP_SPACES.contains(&c) || c == '\u{3000}';
    let before = s[..run[0].0].trim_end_matches(is_gap);
    if before.len() < run[0].0 && before.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut end = after + 3;
    while let Some(c) = char_at(s, end).filter(|c| GROUP_SPACES.contains(c)) {
        if !group_at(end + c.len_utf8()) {
            break;
        }
        end += c.len_utf8() + 3;
    }
    let rest = s[end..].trim_start_matches(is_gap);
    !(rest.len() < s.len() - end && rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// A full-width comma between ASCII digits is a thousands separator when the
/// digits are grouped as thousands (one to three before the first comma, three
/// after each) and the number shows it is one (decimals or a second group:
/// `82，225.00元`, `1，200，000元`), not two items of a list (`35，225`).
fn full_width_comma_groups(s: &str, run: &Run, after: usize) -> bool {
    let mut lead = 0;
    for &(_, c) in run.iter().rev() {
        match c {
            ',' | '，' => break,
            c if arabic_digit(c).is_some() && c.is_ascii_digit() => lead += 1,
            _ => return false,
        }
    }
    let first_group = !run.iter().any(|&(_, c)| c == ',' || c == '，');
    if lead == 0 || lead > 3 && first_group || !first_group && lead != 3 {
        return false;
    }
    let b = s.as_bytes();
    if after + 3 > b.len() || !b[after..after + 3].iter().all(u8::is_ascii_digit) {
        return false;
    }
    // One group and no decimals (`$20，300美圆`) reads as well as two amounts.
    match char_at(s, after + 3) {
        Some('.') => char_at(s, after + 4).is_some_and(|c| c.is_ascii_digit()),
        Some(',' | '，') => true,
        Some(c) if c.is_ascii_digit() => false,
        _ => !first_group,
    }
}

/// A vague numeral at byte `i`: `几十万` (100000…1000000), `数十亿`, `几百`,
/// `八九亿` (8亿…9亿), `三五百` (300…500), `二三十` (20…30) — two rising Chinese
/// digits, or `几`/`数` for the digit, before at least one unit. Returns the end
/// and the lower and upper values.
pub(crate) fn vague_at(s: &str, i: usize) -> Option<(usize, f64, f64)> {
    let mut it = s.get(i..)?.char_indices();
    let (_, a) = it.next()?;
    let (lo, hi, mut j) = if matches!(a, '几' | '幾' | '数' | '數') {
        (1.0, 10.0, i + a.len_utf8())
    } else {
        let x = cn_digit(a).filter(|d| (1..=9).contains(d) && a != '〇')?;
        let (_, b) = it.next()?;
        let y = cn_digit(b).filter(|d| (1..=9).contains(d))?;
        if y != x + 1 && !(x == 3 && y == 5) {
            return None;
        }
        (f64::from(x), f64::from(y), i + a.len_utf8() + b.len_utf8())
    };
    let mut m = 1.0;
    let mut units = 0;
    while let Some(c) = char_at(s, j) {
        let u = small_unit(c).map(f64::from).or_else(|| big_unit(c));
        let Some(u) = u else { break };
        // Units rise to the right (十万, 百亿); a smaller one after is another numeral.
        if units > 0 && small_unit(c).is_some() {
            break;
        }
        m *= u;
        units += 1;
        j += c.len_utf8();
    }
    if units == 0 {
        return None;
    }
    // `几` / `数` stand for one digit of the first unit: 几十 = 10…100.
    let (lo, hi) = if matches!(a, '几' | '幾' | '数' | '數') {
        (m, m * 10.0)
    } else {
        (lo * m, hi * m)
    };
    Some((j, lo, hi))
}

/// Two rising Chinese digits with no unit after them (`三四年`, `五六天`, `两三个`,
/// `三五家`): an approximate count, `lo`…`hi`, as Chinese writes one — the next
/// digit up, or three to five. Not part of a longer numeral (`十五六`, `三四十`),
/// an ordinal (`第三四`) or a weekday (`周三四`). Returns the end and the two values.
/// (Whether a measure word follows, and what it counts, is the caller's to say:
/// `三四期` names phases three and four.)
pub(crate) fn vague_pair_at(s: &str, i: usize) -> Option<(usize, f64, f64)> {
    let mut it = s.get(i..)?.chars();
    let (a, b) = (it.next()?, it.next()?);
    let digit =
        |c: char| cn_digit(c).filter(|d| (1..=9).contains(d) && !is_financial_only(c) && c != '幺');
    let (x, y) = (digit(a)?, digit(b)?);
    if y != x + 1 && !(x == 3 && y == 5) {
        return None;
    }
    let end = i + a.len_utf8() + b.len_utf8();
    if char_at(s, end)
        .is_some_and(|c| is_cn_numeral_char(c) || matches!(c, '点' | '點' | '.' | '．'))
        || char_before(s, i)
            .is_some_and(|c| is_cn_numeral_char(c) || matches!(c, '第' | '周' | '週' | '初' | '、'))
        || ["星期", "礼拜", "禮拜"].iter().any(|w| s[..i].ends_with(w))
    {
        return None;
    }
    Some((end, f64::from(x), f64::from(y)))
}

fn next_non_space_pos(s: &str, mut i: usize) -> Option<(usize, char)> {
    while let Some(c) = char_at(s, i) {
        if c != ' ' && c != '\u{3000}' {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

fn next_non_space(s: &str, i: usize) -> Option<char> {
    next_non_space_pos(s, i).map(|(_, c)| c)
}

/// `2, 000元`, `181萬2, 000元`: a space slipped in after a thousands comma. The
/// group after it is taken only when it starts with 0, which no number of a list
/// (`12, 345`) does.
fn stray_space_group(s: &str, i: usize) -> bool {
    s[i..].starts_with(" 0") && three_digits_after(s, i + 1)
}

fn three_digits_after(s: &str, i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        match char_at(s, j) {
            Some(c) if arabic_digit(c).is_some() => j += c.len_utf8(),
            _ => return false,
        }
    }
    char_at(s, j).is_none_or(|c| arabic_digit(c).is_none())
}

/// Is the byte before `i` part of a word or number that a numeral at `i` would
/// be glued to (a Latin letter or a digit)?
pub(crate) fn glued_before(s: &str, i: usize) -> bool {
    char_before(s, i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || arabic_digit(c).is_some() || c == '_')
}

/// A leading minus sign of a numeral starting at `i`: `负`/`負`, or `-`/`－` not
/// preceded by a digit (which would make it a range). Returns the sign's start.
pub(crate) fn sign_before(s: &str, i: usize) -> Option<usize> {
    let c = char_before(s, i)?;
    let at = i - c.len_utf8();
    if matches!(c, '负' | '負') {
        return Some(at);
    }
    if is_minus(c) {
        let b = char_before(s, at);
        // A range's negative end after a tilde (`-71.85%~-38.77%`): the tilde
        // joins, the hyphen is the end's sign.
        if let Some(t @ ('~' | '～')) = b {
            let a = char_before(s, at - t.len_utf8());
            return a
                .is_some_and(|a| arabic_digit(a).is_some() || matches!(a, '%' | '％'))
                .then_some(at);
        }
        if b.is_none_or(|b| {
            !(b.is_ascii_alphanumeric()
                || arabic_digit(b).is_some()
                || is_cn_numeral_char(b)
                || matches!(b, '%' | '％' | '~' | '～' | '-' | '－'))
        }) {
            return Some(at);
        }
    }
    None
}

/// Every numeral of a text, left to right, including fractions (`三分之一`,
/// `3/5`, `一又二分之一`) and signs. This is a reader's notion of "a number in the
/// text" without the word checks of the extractors (used by the conformance
/// harness and by extractors that need raw numbers).
pub fn find_numbers(s: &str) -> Vec<Numeral> {
    let mut out: Vec<Numeral> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some(c) = char_at(s, i) else { break };
        let point_start = is_ascii_point(c)
            && char_at(s, i + 1).is_some_and(|n| arabic_digit(n).is_some())
            && !char_before(s, i).is_some_and(|b| arabic_digit(b).is_some() || is_ascii_point(b));
        if !can_start(c) && !point_start {
            i += c.len_utf8();
            continue;
        }
        if arabic_digit(c).is_some()
            && glued_before(s, i)
            && char_before(s, i).is_none_or(|b| arabic_digit(b).is_none())
        {
            // `A2021…` order numbers: skip the whole alphanumeric run.
            let mut j = i;
            while let Some(c) = char_at(s, j) {
                if !(c.is_ascii_alphanumeric() || arabic_digit(c).is_some()) {
                    break;
                }
                j += c.len_utf8();
            }
            i = j;
            continue;
        }
        match scan_with(s, i, true) {
            Scan::Skip(j) => i = j.max(i + 1),
            Scan::Found(mut n) => {
                // A bare 百/千 before 分 (百分之, 百分点) or right after a numeral
                // (五十千) is not a number of its own.
                let text = &s[n.start..n.end];
                let bare = text.chars().count() == 1 && small_unit(c).is_some()
                    || big_unit(c).is_some() && text.chars().count() == 1;
                if bare
                    && (char_at(s, n.end) == Some('分')
                        || out.last().is_some_and(|p: &Numeral| p.end == n.start))
                {
                    i = n.end;
                    continue;
                }
                // 一打 = 12
                if char_at(s, n.end) == Some('打')
                    && !char_at(s, n.end + 3).is_some_and(|c| {
                        matches!(
                            c,
                            '折' | '算'
                                | '开'
                                | '电'
                                | '造'
                                | '击'
                                | '破'
                                | '通'
                                | '工'
                                | '球'
                                | '印'
                                | '扫'
                                | '包'
                                | '车'
                        )
                    })
                {
                    n.value *= 12.0;
                    n.end += 3;
                }
                if let Some(st) = sign_before(s, n.start) {
                    n.start = st;
                    n.value = -n.value;
                }
                // Fractions.
                if let Some(f) = fraction_after(s, &n) {
                    n = f;
                }
                i = n.end;
                out.push(n);
            }
        }
    }
    out
}

/// `N分之M`, `N/M`, `A又N分之M`, `A B/C`: extend a numeral into a fraction.
fn fraction_after(s: &str, n: &Numeral) -> Option<Numeral> {
    let mut j = n.end;
    let skip_sp = |mut j: usize| {
        while char_at(s, j) == Some(' ') {
            j += 1;
        }
        j
    };
    // Mixed number: A又B分之C or A B/C.
    let after = skip_sp(j);
    if char_at(s, after) == Some('又') {
        let k = skip_sp(after + '又'.len_utf8());
        if let Scan::Found(den) = scan_with(s, k, true) {
            if let Some(f) = fraction_after(s, &den) {
                if f.value.abs() < 1.0 || f.end > den.end {
                    let mut m = *n;
                    m.value = n.value.signum() * (n.value.abs() + f.value);
                    m.end = f.end;
                    return Some(m);
                }
            }
        }
    }
    if after > j && n.arabic && !n.chinese {
        if let Scan::Found(b) = scan_at(s, after) {
            if let Some(f) = slash_fraction(s, &b) {
                let mut m = *n;
                m.value = n.value + f.value;
                m.end = f.end;
                return Some(m);
            }
        }
    }
    if let Some(f) = slash_fraction(s, n) {
        return Some(f);
    }
    // N分之M
    if char_at(s, after) == Some('分') {
        j = skip_sp(after + '分'.len_utf8());
        if char_at(s, j) == Some('之') {
            let text = &s[n.start..n.end];
            let bare_unit = matches!(
                text.trim_start_matches(['负', '負', '-']),
                "百" | "千" | "万" | "萬" | "佰" | "仟"
            );
            if bare_unit {
                return None;
            }
            let k = skip_sp(j + '之'.len_utf8());
            let (neg, k2) = match char_at(s, k) {
                Some('负' | '負') => (true, k + 3),
                _ => (false, k),
            };
            if let Scan::Found(num) = scan_with(s, k2, true) {
                if n.value == 0.0 {
                    return None;
                }
                let v = num.value / n.value * if neg { -1.0 } else { 1.0 };
                let mut m = *n;
                m.value = v;
                m.end = num.end;
                return Some(m);
            }
        }
    }
    None
}

fn slash_fraction(s: &str, n: &Numeral) -> Option<Numeral> {
    let c = char_at(s, n.end)?;
    if !(c == '/' || c == '／') || !n.arabic || n.chinese {
        return None;
    }
    let k = n.end + c.len_utf8();
    if let Scan::Found(d) = scan_at(s, k) {
        if d.arabic && !d.chinese && d.value != 0.0 {
            // Not a date (2019/04/19) or a path.
            if char_at(s, d.end).is_some_and(|c| c == '/' || c == '／') {
                return None;
            }
            let mut m = *n;
            m.value = n.value / d.value;
            m.end = d.end;
            return Some(m);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> f64 {
        parse(s).unwrap_or_else(|| panic!("{s} does not parse"))
    }

    /// Arabic digits do not run on into a Chinese digit: `2011-2015三次产业` is a
    /// span of years and the three sectors (丹寨县 2015 bulletin), not 20153.
    #[test]
    fn arabic_digits_end_before_a_chinese_digit() {
        match scan_at("2015三次产业", 0) {
            Scan::Found(n) => assert_eq!((n.end, n.value), (4, 2015.0)),
            other => panic!("{other:?}"),
        }
        match scan_at("3万5千人", 0) {
            Scan::Found(n) => assert_eq!(n.value, 35000.0),
            other => panic!("{other:?}"),
        }
        // Nor Chinese digits into Arabic ones: `初一167.1萬人次` (臺南市's release
        // on the Spring Festival of 2020), `队伍254支` (a city's report).
        match scan_at("一167.1萬人次", 0) {
            Scan::Found(n) => assert_eq!((n.end, n.value), (3, 1.0)),
            other => panic!("{other:?}"),
        }
        assert_eq!(find_numbers("初一167.1萬人次")[1].value, 1671000.0);
    }

    #[test]
    fn values_are_tidy() {
        assert_eq!(p("141.8億"), 14180000000.0);
        assert_eq!(tidy(0.1 + 0.2), 0.3);
        assert_eq!(tidy(9.223372036854776e18), 9.223372036854776e18);
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(p("1,056"), 1056.0);
        assert_eq!(p("52，384"), 52384.0);
        assert_eq!(p("１２"), 12.0);
        assert_eq!(p("3.5"), 3.5);
        assert_eq!(p("２．２"), 2.2);
        assert_eq!(parse("1,05"), None);
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(p("三千零五"), 3005.0);
        assert_eq!(p("一万二"), 12000.0);
        assert_eq!(p("兩百"), 200.0);
        assert_eq!(p("两百"), 200.0);
        assert_eq!(p("廿"), 20.0);
        assert_eq!(p("卅三"), 33.0);
        assert_eq!(p("二〇二五"), 2025.0);
        assert_eq!(p("一○○"), 100.0);
        assert_eq!(p("十二點五"), 12.5);
        assert_eq!(p("十二点五"), 12.5);
        assert_eq!(p("一百零五"), 105.0);
        assert_eq!(p("一百十一"), 111.0);
        assert_eq!(p("两千四百五"), 2450.0);
        assert_eq!(p("四万万"), 4e8);
        assert_eq!(p("五兆六十二亿四万五千二"), 5006200045200.0);
        assert_eq!(
            p("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一"),
            1111111111111111.0
        );
        assert_eq!(parse("万"), None);
        assert_eq!(parse("十百"), None);
        // The same scale again after digits alone is a slip, not 10^16.
        assert_eq!(parse("326億7,907億"), None);
        assert!(scale_repeated("326億7,907億".chars()));
        assert!(!scale_repeated("一万二千亿三千万".chars()));
        assert!(!scale_repeated("四万万".chars()));
        assert!(!scale_repeated("三万五千万".chars()));
        // `万亿` is one scale, 10^12 (budget reports: `1万亿2千亿元`,
        // `3万亿5000亿元`), and a later 亿 counts below it.
        assert_eq!(p("1万亿2千亿"), 1.2e12);
        assert_eq!(p("3万亿5000亿"), 3.5e12);
        assert_eq!(p("十万亿"), 1e13);
        // A lone Chinese digit after digits and a scale counts the next thing
        // (a provincial work report, 2026: `5万亿两个台阶`); `一万三` is 13000.
        assert_eq!(
            find_numbers("连续迈上4万亿、5万亿两个台阶")
                .iter()
                .map(|n| n.value)
                .collect::<Vec<_>>(),
            [4e12, 5e12, 2.0]
        );
        assert_eq!(p("一万三"), 13000.0);
        assert!(!scale_repeated("3万亿5000亿".chars()));
        assert_eq!(p("三万五千万"), 3.5e8);
        assert_eq!(p("2万5千万"), 2.5e8);
    }

    #[test]
    fn financial_forms() {
        assert_eq!(p("壹佰貳拾柒"), 127.0);
        assert_eq!(p("參萬肆仟伍佰陸拾柒"), 34567.0);
        assert_eq!(p("叁仟壹佰万零伍拾肆"), 31000054.0);
        assert_eq!(p("負壹佰貳拾捌"), -128.0);
    }

    #[test]
    fn scale_words_with_digits() {
        assert_eq!(p("3.5万"), 35000.0);
        assert_eq!(p("3.5萬"), 35000.0);
        assert_eq!(p("1.2亿"), 1.2e8);
        assert_eq!(p("3亿5千万"), 3.5e8);
        assert_eq!(p("1万600"), 10600.0);
        assert_eq!(p("4.78万亿"), 4.78e12);
        assert_eq!(p("200 万"), 2e6);
        assert_eq!(p("两千万点五五四四"), 20000000.5544);
    }

    fn scan(s: &str) -> Option<(String, f64)> {
        match scan_at(s, 0) {
            Scan::Found(n) => Some((s[n.start..n.end].to_string(), n.value)),
            Scan::Skip(_) => None,
        }
    }

    #[test]
    fn scanning_stops_at_the_numeral() {
        assert_eq!(scan("3000余份"), Some(("3000".into(), 3000.0)));
        assert_eq!(scan("十余万人"), Some(("十余万".into(), 100000.0)));
        assert_eq!(scan("200 萬元"), Some(("200 萬".into(), 2e6)));
        assert_eq!(scan("96 人"), Some(("96".into(), 96.0)));
        assert_eq!(scan("一点两小时"), Some(("一".into(), 1.0)));
        assert_eq!(scan("伍仁"), None);
        assert_eq!(scan("陆地"), None);
        assert_eq!(scan("52,384人"), Some(("52,384".into(), 52384.0)));
        assert_eq!(scan("10，200人"), Some(("10".into(), 10.0)));
    }

    /// Decimals a PDF copy spaced out: corpus/reports/cn-city-gwr/city-058.txt
    /// (`增长5 . 5%以上`), corpus/reports/cn-national-gwr/gwr-national-1998.txt
    /// (`增长8 ．8 ％`, `达到2 ．5 亿千瓦`).
    #[test]
    fn spaced_decimals_of_pdf_copies() {
        assert_eq!(scan("5 . 5%以上"), Some(("5 . 5".into(), 5.5)));
        assert_eq!(scan("8 ．8 ％，"), Some(("8 ．8".into(), 8.8)));
        assert_eq!(scan("2 ．5 亿千瓦"), Some(("2 ．5 亿".into(), 2.5e8)));
        // A sentence's end, a list item, a version: no decimal.
        assert_eq!(scan("5. 下一步"), Some(("5".into(), 5.0)));
        assert_eq!(scan("5 . 下一步"), Some(("5".into(), 5.0)));
        assert_eq!(scan("1. 3863案例"), Some(("1".into(), 1.0)));
        assert_eq!(scan("3 . 2 Bet"), Some(("3".into(), 3.0)));
        assert_eq!(scan("1 . 2.3版"), Some(("1".into(), 1.0)));
    }

    /// The numerals `find_numbers` reads, as (text, value).
    fn numbers_of(s: &str) -> Vec<(&str, f64)> {
        find_numbers(s)
            .iter()
            .map(|n| (&s[n.start..n.end], n.value))
            .collect()
    }

    /// A space slipped in after a thousands comma (ETtoday, 2025-08-29:
    /// `減列181萬2, 000元`) joins the group when it starts with 0; a list of
    /// numbers (`12, 345`) stays two.
    #[test]
    fn a_stray_space_after_a_thousands_comma() {
        assert_eq!(
            numbers_of("減列181萬2, 000元"),
            vec![("181萬2, 000", 1812000.0)]
        );
        assert_eq!(
            numbers_of("共1, 050, 000人"),
            vec![("1, 050, 000", 1050000.0)]
        );
        assert_eq!(
            numbers_of("分别为12, 345人"),
            vec![("12", 12.0), ("345", 345.0)]
        );
        assert_eq!(numbers_of("2, 0元"), vec![("2", 2.0), ("0", 0.0)]);
    }

    #[test]
    fn space_grouped_thousands_in_real_sentences() {
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0424-translate-c.txt (written replies, 2013-04-24).
        assert_eq!(
            numbers_of("接獲約 42 000宗由超齡子女提出的單程證申請"),
            vec![("42 000", 42000.0)]
        );
        assert_eq!(
            numbers_of("約有 2 500輛及 4 300輛"),
            vec![("2 500", 2500.0), ("4 300", 4300.0)]
        );
        assert_eq!(
            numbers_of("分別約有 185 000及 18萬人")[0],
            ("185 000", 185000.0)
        );
        // Same repository, data/txt/12-13-cm0109-translate-c.txt.
        assert_eq!(
            numbers_of("由 3 061家增至 3 526家"),
            vec![("3 061", 3061.0), ("3 526", 3526.0)]
        );
        assert_eq!(
            numbers_of("總面積超過 2 000萬平方呎"),
            vec![("2 000萬", 2.0e7)]
        );
        // Same repository, data/txt/12-13-cm0529-translate-c.txt.
        assert_eq!(numbers_of("跨區學童有1 230人"), vec![("1 230", 1230.0)]);
        // Same repository, data/txt/12-13-cm0130-translate-c.txt.
        assert_eq!(numbers_of("吞吐量達到2 310萬箱"), vec![("2 310萬", 2.31e7)]);
        // More groups; no-break and thin spaces as typeset text has them.
        assert_eq!(numbers_of("1 234 567人"), vec![("1 234 567", 1234567.0)]);
        assert_eq!(numbers_of("42\u{a0}000宗")[0].1, 42000.0);
        assert_eq!(numbers_of("42\u{2009}000宗")[0].1, 42000.0);
        assert_eq!(numbers_of("42\u{202f}000宗")[0].1, 42000.0);
        assert_eq!(numbers_of("1 234.5米"), vec![("1 234.5", 1234.5)]);
        // An ordinal's number is grouped the same way (`第` makes it an ordinal).
        assert_eq!(numbers_of("第 1 000 名"), vec![("1 000", 1000.0)]);
    }

    #[test]
    fn space_grouped_look_alikes_stay_apart() {
        // A year then a number: four digits before the space.
        assert_eq!(numbers_of("2013 000"), vec![("2013", 2013.0), ("000", 0.0)]);
        // Not three digits after, or more than three.
        assert_eq!(numbers_of("4 30人"), vec![("4", 4.0), ("30", 30.0)]);
        assert_eq!(numbers_of("852 2869 9253")[0], ("852", 852.0));
        // A leading zero is no first group.
        assert_eq!(numbers_of("0 500")[0], ("0", 0.0));
        // The ideographic space separates words, never digit groups.
        assert_eq!(numbers_of("42\u{3000}000")[0], ("42", 42.0));
        // A table row copied from a PDF, where only spaces part the cells:
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0109-translate-c.txt (specialist outpatient table).
        let row = numbers_of("香港東  599 298 119 443 16 124 5 781");
        assert!(row.iter().all(|&(_, v)| v < 1000.0), "{row:?}");
        let row = numbers_of("建造業 3 013 20 2 736 19");
        assert!(row.iter().all(|&(_, v)| v < 1000.0), "{row:?}");
        // A count and its share, cells of a row: data/txt/12-13-cm1205-translate-c.txt.
        let row = numbers_of("小計  1 261 100% 1 0%");
        assert!(row.iter().all(|&(_, v)| v < 2000.0), "{row:?}");
        assert_eq!(numbers_of("學士學位  75 100%")[0], ("75", 75.0));
    }

    #[test]
    fn find_numbers_with_fractions_and_signs() {
        let v: Vec<f64> = find_numbers("二分之一和负3.5以及1/4")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, vec![0.5, -3.5, 0.25]);
    }
}

#[cfg(test)]
mod list_marker_tests {
    use super::list_marker_before_year as at;

    #[test]
    fn list_markers_glued_to_years() {
        // 湛江市2025年预算执行情况和2026年预算草案的报告 (zhanjiang.gov.cn, post_2159807):
        // `1.2026年一般公共预算草案`; GOMAJI's board resolutions: `2.112年度稽核計畫案`.
        assert_eq!(at("1.2026年一般公共预算草案", 0), Some(2));
        assert_eq!(at("甲\n  2．112年度稽核計畫案", 6), Some(10));
        // Decimals and places inside a line stay numbers.
        assert_eq!(at("增长1.5年", 6), None);
        assert_eq!(at("1.5年", 0), None);
        assert_eq!(at("1.20万元", 0), None);
        assert_eq!(at("共1.2026年", 3), None);
        // After a field label's colon (沁县 2025 task notice: `附件:1.2025年县《政府
        // 工作报告》任务清单`).
        assert_eq!(at("附件:1.2025年县任务清单", 7), Some(9));
        assert_eq!(at("附件：1.2025年县任务清单", 9), Some(11));
    }
}
