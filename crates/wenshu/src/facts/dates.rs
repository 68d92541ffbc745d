//! Dates: `2025年9月17日`, `二〇一九年十二月`, `9月17日`, `9月17号`, `10月份`,
//! `15日`, numeric `2019-04-19`/`2019/04/19`, Taiwan's ROC era (`中华民国 105 年
//! 2 月 26 日` → 2016-02-26, `民国98年` → 2009, a bare three-digit `106 年度` →
//! 2017), lists (`9月16、17日` → two facts) and ranges (`9月16日至18日`,
//! `2019年至2021年`, `2025年1至6月`, `9月16-18日`) with `end`.
//!
//! **Context inference**: a date without a year takes the nearest preceding year of
//! its own paragraph (a paragraph runs on over wrapped lines until a sentence
//! ends), else the article's own date ([`article_dates`]: a closing date line, a
//! dated subtitle, the title's year) or the reference date, else the last year the
//! article wrote. A year that is a forecast, target, history span or comparison
//! (`到2035年`, `2020年以来`, `比2019年`) or a century is never context. A day
//! without a month takes the preceding date's month; `inferred` lists what was
//! filled in. No context → `XXXX`/`XX`.
//! Impossible dates (`2月30日`) are facts without a value.

use crate::calendar::days_in_month;
use crate::document::{FactKind, Part, Period, Precision};

use super::periods;
use super::wraps;

use super::{Cand, Ctx, Num};

/// A year as written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Year {
    Known(i32),
    Masked,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Point {
    year: Option<Year>,
    month: Option<u32>,
    day: Option<u32>,
    /// A masked month or day (`xx月`).
    masked: bool,
    /// The named period it starts (`一季度` → Q1), set on the first point.
    period: Option<Period>,
    /// The part of its year or month (`年底`, `5月初`).
    part: Option<Part>,
}

impl Point {
    fn finest(&self) -> u8 {
        if self.day.is_some() {
            3
        } else if self.month.is_some() {
            2
        } else {
            1
        }
    }
    fn highest(&self) -> u8 {
        if self.year.is_some() {
            1
        } else if self.month.is_some() {
            2
        } else {
            3
        }
    }
}

/// One date fact before inference.
#[derive(Debug, Clone)]
struct Entry {
    start: usize,
    end: usize,
    p: Point,
    range_end: Option<Point>,
}

const CONNECTORS: &[&str] = &[
    "一直到",
    "——",
    // A dash typed as two hyphens (`6月24日--7月5日`).
    "--",
    "－－",
    "至",
    "到",
    "—",
    "－",
    "-",
    "～",
    "~",
    "〜",
    "–",
    // A horizontal bar and a box-drawing line, typed for a dash in older texts
    // (`1月11─14日`, `3月1―3日`).
    "―",
    "─",
];

fn int_value(n: &Num) -> Option<Option<u32>> {
    // Some(None) = masked; Some(Some(v)) = integer; None = not an integer.
    match n.numeral {
        None => Some(None),
        Some(x) if x.value.fract() == 0.0 && x.value >= 0.0 && x.value < 1e6 && !x.more_than => {
            Some(Some(x.value as u32))
        }
        _ => None,
    }
}

/// The number right at `pos` (after optional spaces or a hard line wrap, see
/// [`Ctx::skip_gap`]) and the position after it.
fn num_after(cx: &Ctx, pos: usize) -> Option<Num> {
    cx.num_at(cx.skip_gap(pos))
}

/// `unit` (one character such as 年/月/日) at `pos`, after optional spaces or a
/// hard line wrap.
fn unit_after(cx: &Ctx, pos: usize, units: &[char]) -> Option<(char, usize)> {
    let p = cx.skip_gap(pos);
    let c = cx.at(p)?;
    units.contains(&c).then(|| (c, p + c.len_utf8()))
}

fn connector_at(cx: &Ctx, pos: usize) -> Option<usize> {
    let p = cx.skip_gap(pos);
    let rest = cx.s.get(p..)?;
    CONNECTORS
        .iter()
        .find(|c| rest.starts_with(**c))
        .map(|c| p + c.len())
}

fn is_digit_string(cx: &Ctx, n: &Num) -> bool {
    // (A numeral a hard wrap cut holds the line break.)
    cx.s[n.start..n.end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| crate::chinese::numerals::cn_digit(c).is_some())
}

fn arabic_len(cx: &Ctx, n: &Num) -> usize {
    cx.s[n.start..n.end]
        .chars()
        .filter(|c| crate::chinese::numerals::arabic_digit(*c).is_some())
        .count()
}

/// Read a year number: `2025`, `二〇二五`, ROC `105` (with an era word before or
/// `年度`/a month after), masked `20xx`.
fn year_of(cx: &Ctx, n: &Num, era: Option<i32>, then_month: bool, nian_du: bool) -> Option<Year> {
    let v = match int_value(n)? {
        None => return Some(Year::Masked),
        Some(v) => v as i32,
    };
    let x = n.numeral?;
    if let Some(first) = era {
        if first == 1 {
            return (1..=2999).contains(&v).then_some(Year::Known(v)); // 公元
        }
        return (1..=200).contains(&v).then_some(Year::Known(first + v - 1));
    }
    // In a Taiwan document a year of two or three digits (`96 年 3 月`, `九十六年度`)
    // is an ROC year; a one-digit number before `年度` counts years (`前3年度`).
    if cx.taiwan
        && (then_month || nian_du && v >= 10)
        && (1..=150).contains(&v)
        && !is_digit_string(cx, n)
    {
        return Some(Year::Known(v + 1911));
    }
    let digits = arabic_len(cx, n);
    // In a Taiwan document a three-digit year is an ROC year even alone
    // (`105年第六次董事會`, `107年內部稽核計畫`, `較 103 年決算數`).
    if cx.taiwan && digits == 3 && x.arabic && !x.chinese && (100..=150).contains(&v) {
        // …but not an age or a span (`100年樹齡`, `120年的歷史`, `100年校慶`).
        let after = cx.s[n.end..]
            .trim_start_matches([' ', '\u{3000}'])
            .strip_prefix('年')
            .map(|r| r.trim_start_matches([' ', '\u{3000}', '的']));
        if after.is_some_and(|r| YEARS_AS_AGE.iter().any(|w| r.starts_with(w))) {
            return None;
        }
        return Some(Year::Known(v + 1911));
    }
    // …and so is a two-digit one after a preposition of time (`本府自 91 年著手`,
    // `於 90 年擇定`, `自 90 年以後`): a count of years there would say so
    // (`於 10 年內`, `在 30 年後`).
    if cx.taiwan
        && digits == 2
        && x.arabic
        && !x.chinese
        && ROC_TWO_DIGIT_YEARS.contains(&v)
        && (roc_year_after_preposition(cx, n) || roc_year_in_series(cx, n))
    {
        return Some(Year::Known(v + 1911));
    }
    if x.arabic && !x.chinese {
        if digits == 4 {
            let ok = if then_month {
                (1000..=2999).contains(&v)
            } else {
                (1800..=2199).contains(&v)
            };
            return ok.then_some(Year::Known(v));
        }
        if digits == 3 && (100..=199).contains(&v) && (then_month || nian_du) {
            return Some(Year::Known(v + 1911));
        }
        // Two-digit years: `08年`, `98年4月`. A bare `10年` is a duration, so a
        // two-digit year needs a month after it or a leading zero.
        if digits == 2 && (then_month || cx.s[n.start..].starts_with('0')) {
            return Some(Year::Known(two_digit_year(v)));
        }
        return None;
    }
    if x.chinese && !x.arabic {
        // (A letter-spaced numeral holds its spaces: `二 〇 二 三`.)
        let chars = cx.s[n.start..n.end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
        if is_digit_string(cx, n) {
            // 二〇二五, 三六七 (with a month), 零八/九零 (two digits with a zero).
            let zero = cx.s[n.start..n.end].contains(['零', '〇', '○']);
            return match chars {
                4 => Some(Year::Known(v)),
                // `一○五年底` in a Taiwan document: ROC 105, the year 2016.
                3 if then_month && cx.taiwan && (100..=150).contains(&v) => {
                    Some(Year::Known(v + 1911))
                }
                3 if then_month => Some(Year::Known(v)),
                2 if zero || then_month => Some(Year::Known(two_digit_year(v))),
                _ => None,
            };
        }
        // 两千零四年, 二千年 (but 千年古城 is a thousand years, not the year 1000).
        if cx.s[n.start..n.end].contains('千')
            && !cx.s[n.start..n.end].starts_with('千')
            && (1000..=2999).contains(&v)
        {
            return Some(Year::Known(v));
        }
    }
    None
}

/// Two-digit ROC years read without a month: 34 (1945, the year the ROC took
/// over Taiwan) to 99.
const ROC_TWO_DIGIT_YEARS: std::ops::RangeInclusive<i32> = 34..=99;

/// Prepositions that put a point in time (or a dated source: `依據 84 年…之調查`)
/// after them (Simplified).
const TIME_PREPOSITIONS: &[&str] = &["自", "于", "在", "至", "到", "从", "迄", "依据", "依照"];

/// Words right after `N年` that make it a count of years (`於 10 年內`,
/// `在 30 年後`, `至 50 年之久`) or a decade (`於 90 年代`), Simplified.
const YEARS_AS_COUNT_AFTER: &[&str] = &[
    "内", "间", "后", "来", "多", "余", "之", "以上", "左右", "的", "半", "代",
];

/// `自 91 年`, `於 90 年擇定`: number `n` (followed by `年`) right after a
/// preposition of time, and no count word after `年`.
fn roc_year_after_preposition(cx: &Ctx, n: &Num) -> bool {
    let before = cx.s[..n.start].trim_end_matches([' ', '\u{3000}']);
    let Some(prep) = TIME_PREPOSITIONS.iter().find(|p| before.ends_with(**p)) else {
        return false;
    };
    // `30 至 40 年`: the end of a range takes the kind of its start.
    let ahead = before[..before.len() - prep.len()].trim_end_matches([' ', '\u{3000}']);
    if ahead
        .ends_with(|c: char| c.is_ascii_digit() || crate::chinese::numerals::cn_digit(c).is_some())
    {
        return false;
    }
    let Some(after) = cx.s[n.end..]
        .trim_start_matches([' ', '\u{3000}'])
        .strip_prefix('年')
    else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\u{3000}']);
    !YEARS_AS_COUNT_AFTER.iter().any(|w| after.starts_with(w))
}

/// A two-digit ROC year among others (a Taiwan text): the start of a range that ends
/// in a three-digit one (`97年至110年止`), or a table row's label at a line's start
/// with a figure after it (`97年 1,030萬6,880元`).
fn roc_year_in_series(cx: &Ctx, n: &Num) -> bool {
    let Some(after) = cx.s[n.end..]
        .trim_start_matches([' ', '\u{3000}'])
        .strip_prefix('年')
    else {
        return false;
    };
    let to_roc = CONNECTORS.iter().any(|j| {
        after.strip_prefix(j).is_some_and(|r| {
            let r = r.trim_start_matches([' ', '\u{3000}']);
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            digits == 3 && r[3..].trim_start_matches(' ').starts_with('年')
        })
    });
    let line_start = cx.s[..n.start]
        .rsplit('\n')
        .next()
        .is_some_and(|h| h.trim_matches([' ', '\u{3000}', '\t']).is_empty());
    let row_label = line_start
        && after.starts_with([' ', '\t', '\u{3000}'])
        && after
            .trim_start_matches([' ', '\t', '\u{3000}'])
            .starts_with(|c: char| c.is_ascii_digit());
    to_roc || row_label
}

/// Words after `N年` that make it an age or a span, not a year (Simplified: the
/// rules read the Simplified copy): `100年树龄`, `120年的历史`, `100年校庆`.
const YEARS_AS_AGE: &[&str] = &[
    "树龄", "历史", "老店", "老树", "校庆", "周年", "之久", "寿命", "屋龄",
];

/// `08` → 2008, `98` → 1998 (years up to 30 are this century).
fn two_digit_year(v: i32) -> i32 {
    if v <= 30 {
        2000 + v
    } else {
        1900 + v
    }
}

const SOLAR_HOLIDAYS: &str = include_str!("../../../../dicts/solar_holidays.tsv");

/// Holidays on a fixed day of the year (`dicts/solar_holidays.tsv`): word, month,
/// day, and whether the day is the mainland's only (Taiwan keeps another).
fn solar_holidays() -> &'static [(&'static str, u32, u32, bool)] {
    type Rows = Vec<(&'static str, u32, u32, bool)>;
    static H: std::sync::OnceLock<Rows> = std::sync::OnceLock::new();
    H.get_or_init(|| {
        super::dict_lines(SOLAR_HOLIDAYS)
            .map(|l| {
                let mut f = l.split('\t');
                let word = f.next().expect("dicts/solar_holidays.tsv: word");
                let mut num = || {
                    f.next()
                        .and_then(|x| x.trim().parse().ok())
                        .expect("dicts/solar_holidays.tsv: word<TAB>month<TAB>day")
                };
                let (month, day) = (num(), num());
                let mainland = f.next().is_some_and(|x| x.trim() == "mainland");
                (word, month, day, mainland)
            })
            .collect()
    })
}

/// Words after a holiday that make it a season or one of a list, not its day
/// (`国庆期间`, `国庆黄金周`, `元旦春节期间`, `元旦、春节放假安排`).
const HOLIDAY_SEASONS: &[&str] = &[
    "期间",
    "假期",
    "长假",
    "小长假",
    "黄金周",
    "前后",
    "前夕",
    "档",
    "假日",
    "放假",
    "双节",
    "春节",
    "中秋",
    "、",
    "和",
    "及",
    "与",
];

/// The fixed-day holiday that opens `rest` right after a year (`元旦`, `国庆节`),
/// not an anniversary (`国庆70周年`, `国庆第70周年`) nor a season
/// ([`HOLIDAY_SEASONS`]): its length, month and day.
fn solar_holiday_at(rest: &str, taiwan: bool) -> Option<(usize, u32, u32)> {
    let &(w, m, d, mainland) = solar_holidays()
        .iter()
        .find(|(w, _, _, _)| rest.starts_with(w))?;
    if taiwan && mainland {
        return None;
    }
    let after = rest[w.len()..].trim_start_matches([' ', '\u{3000}']);
    let anniversary = after
        .strip_prefix('第')
        .unwrap_or(after)
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || crate::chinese::numerals::is_cn_numeral_char(c)
        })
        .starts_with("周年");
    let season = HOLIDAY_SEASONS.iter().any(|s| after.starts_with(s));
    (!anniversary && !season).then_some((w.len(), m, d))
}

/// An era word ending at `pos`: `中华民国`, `民国` (ROC), `公元` (CE).
const ERAS: &str = include_str!("../../../../dicts/eras.tsv");

/// Era names and their first years, grouped by last character (sorted, for a
/// binary search), each group longest name first: a lookup before a number
/// compares only the names that can end there.
fn eras() -> &'static [(char, Vec<(&'static str, i32)>)] {
    type Groups = Vec<(char, Vec<(&'static str, i32)>)>;
    static E: std::sync::OnceLock<Groups> = std::sync::OnceLock::new();
    E.get_or_init(|| {
        let mut groups: Groups = Vec::new();
        for l in ERAS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (name, year) = l.split_once('\t').expect("dicts/eras.tsv: name<TAB>year");
            let year = year.trim().parse().expect("dicts/eras.tsv: a year");
            let last = name.chars().next_back().expect("dicts/eras.tsv: a name");
            match groups.iter_mut().find(|(c, _)| *c == last) {
                Some((_, g)) => g.push((name, year)),
                None => groups.push((last, vec![(name, year)])),
            }
        }
        groups.sort_unstable_by_key(|(c, _)| *c);
        for (_, g) in &mut groups {
            g.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        groups
    })
}

/// An era name ending at `pos` (`中华民国`, `民国`, `康熙`, `公元`): its start and
/// the era's first year.
fn era_before(cx: &Ctx, pos: usize) -> Option<(usize, i32)> {
    let mut p = pos;
    while p > 0 && cx.s.as_bytes()[p - 1] == b' ' {
        p -= 1;
    }
    let head = &cx.s[..p];
    let last = head.chars().next_back()?;
    let groups = eras();
    let i = groups.binary_search_by_key(&last, |(c, _)| *c).ok()?;
    groups[i]
        .1
        .iter()
        .find(|(w, _)| head.ends_with(w))
        .map(|(w, first)| (p - w.len(), *first))
}

fn valid_month(m: Option<u32>) -> bool {
    m.is_none_or(|m| (1..=12).contains(&m))
}

fn valid_day(d: Option<u32>) -> bool {
    d.is_none_or(|d| (1..=31).contains(&d))
}

/// A month number followed by 月 (and 份) at `pos`: (month, end).
fn month_at(cx: &Ctx, n: &Num) -> Option<(Option<u32>, usize)> {
    let m = int_value(n)?;
    if !valid_month(m) || m == Some(0) {
        return None;
    }
    // 两 counts (每两月 = every two months); February is 二月.
    if cx.s[n.start..n.end].starts_with('两') {
        return None;
    }
    let (_, mut e) = unit_after(cx, n.end, &['月'])?;
    if cx.at(e) == Some('份') {
        e += '份'.len_utf8();
    }
    // 3个月 never reaches here (个 sits between); 月 starting a word like 月饼 does not
    // follow a number in dates.
    Some((m, e))
}

fn day_at(cx: &Ctx, n: &Num, allow_hao: bool) -> Option<(Option<u32>, usize)> {
    let d = int_value(n)?;
    if !valid_day(d) || d == Some(0) {
        return None;
    }
    let units: &[char] = if allow_hao { &['日', '号'] } else { &['日'] };
    let (_, e) = unit_after(cx, n.end, units)?;
    Some((d, e))
}

/// A day right after `M月` written without 日 (`八月十五`, `1月3`): only where the
/// text ends, a punctuation mark follows, or a range goes on (`1月3至2月10`); or
/// where what a date goes on with follows it: its weekday in brackets
/// (`101年6月6（星期三）`) or a time of day (`6月6上午9时`).
fn bare_day_at(cx: &Ctx, n: &Num) -> Option<(Option<u32>, usize)> {
    let d = int_value(n)?;
    if !valid_day(d) || d == Some(0) || n.masked() {
        return None;
    }
    let next = cx.at(n.end);
    let ends = next
        .is_none_or(|c| matches!(c, '，' | '。' | '；' | '！' | '？' | ',' | ';' | ')' | '）'))
        || line_ends(cx, n.end)
        || connector_at(cx, n.end).is_some_and(|c| num_after(cx, c).is_some())
        || next.filter(|c| matches!(c, '（' | '(')).is_some_and(|b| {
            let inside = &cx.s[n.end + b.len_utf8()..];
            ["星期", "礼拜", "周"].iter().any(|w| inside.starts_with(w))
                && weekday_after(cx, n.end).is_some()
        })
        || TIMES_OF_DAY
            .iter()
            .any(|w| cx.s[cx.skip_spaces(n.end)..].starts_with(w));
    ends.then_some((d, n.end))
}

/// Words for a time of day that follow a date (Simplified): after a day number written
/// without 日, they show it is the day (`中華民國101年6月6上午9時`).
const TIMES_OF_DAY: &[&str] = &["上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚"];

/// A line ends at `pos` where a reader stops: a line break that is no hard
/// wrap (`國道 3 號` + wrap + `往南延伸` goes on).
fn line_ends(cx: &Ctx, pos: usize) -> bool {
    matches!(cx.at(pos), Some('\n' | '\r')) && cx.past_wrap(pos) == pos
}

/// Parse a date point starting at number `n`. Returns the point, its start
/// (an era word may precede), its end, and — when the point ends on a bare number
/// followed by a range connector (`9月16-18日`) — nothing special: see `bare`.
fn point_at(cx: &Ctx, n: &Num) -> Option<(Point, usize, usize)> {
    point_at_in(cx, n, false)
}

/// Does a court docket word follow `N年度` (`104年度訴字第123號`, `104 年度台上字第
/// 1234 號`)? Then the year is part of a case number, not a date: a court's
/// short name (one to four characters) and `字第`.
fn docket_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let mut chars = rest.char_indices();
    for _ in 0..5 {
        match chars.next() {
            Some((i, c)) if c == '字' => {
                return i > 0 && rest[i + c.len_utf8()..].starts_with('第')
            }
            Some((_, c)) if ('\u{4e00}'..='\u{9fff}').contains(&c) => {}
            _ => return false,
        }
    }
    false
}

/// Does a bracketed year end right before `pos` (`〔2026〕`, `[2023]`, `（2023）`)?
/// Then the number at `pos` is the serial of a mainland document number (文号:
/// issuing organ, `发`/`函`/`办`…, year in brackets, serial, `号`: `闵府发〔2026〕
/// 26号`, `国发〔2024〕5号`, `财预[2023]12号`), never a day.
fn document_number_serial(cx: &Ctx, pos: usize) -> bool {
    let head = cx.s[..pos].trim_end_matches([' ', '\u{3000}']);
    let Some(close) = head.chars().next_back() else {
        return false;
    };
    let open = match close {
        '〕' => '〔',
        ']' => '[',
        '］' => '［',
        '）' => '（',
        ')' => '(',
        '】' => '【',
        _ => return false,
    };
    let inner = head[..head.len() - close.len_utf8()].trim_end_matches([' ', '\u{3000}']);
    let mut chars = inner.chars().rev();
    let mut digits = 0;
    let mut next = chars.next();
    while next.is_some_and(|c| crate::chinese::numerals::arabic_digit(c).is_some()) {
        digits += 1;
        next = chars.next();
    }
    digits == 4 && next == Some(open)
}

/// `in_range`: the end of a range, where a lone `号` day is a day (`九号到十五号`).
fn point_at_in(cx: &Ctx, n: &Num, in_range: bool) -> Option<(Point, usize, usize)> {
    // `延長羈押2月`, `28年6月徒刑`: a length a court measures out.
    if cx.is_ordinal(n) || !cx.numeral_starts_word(n) || super::durations::measured_out(cx, n) {
        return None;
    }
    let mut p = Point::default();
    let (start, era) = match era_before(cx, n.start) {
        Some((s, first)) => (s, Some(first)),
        None => (n.start, None),
    };
    // A fiscal or school year: 2023财年, 107学年度.
    let after = cx.skip_spaces(n.end);
    if let Some(len) = periods::fiscal_at(&cx.s[after..]) {
        p.year = Some(year_of(cx, n, era, false, true)?);
        p.period = Some(Period::FY);
        return Some((p, start, after + len));
    }
    // Year?
    if let Some((_, ye)) = unit_after(cx, n.end, &['年']) {
        // `106 年` + wrap + `度`: the wrap may cut the word.
        let mut du = cx.past_wrap(ye);
        // `2024 年年度业绩预告`: the year's annual period.
        if cx.s[du..].starts_with("年度") {
            du += '年'.len_utf8();
        }
        let nian_du = cx.at(du) == Some('度');
        // A part of the year after it (`08年中`, `97年底`) makes a short number a
        // year, unless the words before make it a count of years (`这11年中`,
        // `过去的12年中`, `1965年到1976年11年中`): see durations.
        let counted = n.value().is_some_and(|v| v < 1000.0)
            && super::durations::counts_years_of_a_stretch(cx.s, n.start);
        let month_next = num_after(cx, ye).and_then(|m| month_at(cx, &m)).is_some()
            || num_after(cx, ye).is_some_and(|m| month_range_from(cx, &m))
            || !counted
                && part_of(
                    cx,
                    &Point {
                        year: Some(Year::Known(2000)),
                        ..Point::default()
                    },
                    ye,
                )
                .is_some();
        if nian_du && docket_after(&cx.s[du + '度'.len_utf8()..]) {
            return None;
        }
        let year = year_of(cx, n, era, month_next, nian_du)?;
        p.year = Some(year);
        if nian_du {
            p.period = Some(Period::FY);
            return Some((p, start, du + '度'.len_utf8()));
        }
        let (p, end) = month_day_after(cx, p, ye);
        return Some((p, start, end));
    }
    if start != n.start {
        return None;
    }
    // Month?
    if let Some((m, me)) = month_at(cx, n) {
        p.month = m;
        p.masked |= m.is_none();
        let mut end = me;
        // Spaces may stand between the month and a day with 日 (Taiwan's `4 月 28 日`).
        if let Some(dn) = num_after(cx, end) {
            let adjacent = dn.start == end;
            if let Some((d, de)) =
                day_at(cx, &dn, true).or_else(|| adjacent.then(|| bare_day_at(cx, &dn)).flatten())
            {
                p.day = d;
                p.masked |= d.is_none();
                end = de;
            }
        }
        return Some((p, start, end));
    }
    // A day alone: Arabic, or a Chinese numeral with 十 (十五日), never a lone 号.
    let x = n.numeral?;
    if !x.arabic && !cx.s[n.start..n.end].contains(['十', '廿', '卅']) {
        return None;
    }
    if matches!(cx.before(n.start), Some('每' | '前' | '后' | '近' | '逾'))
        || document_number_serial(cx, n.start)
    {
        return None;
    }
    // A lone 号 only where a clause ends (`下次的12号。`; not `3号楼`, `1号文件`).
    let hao_ok = in_range
        || unit_after(cx, n.end, &['号']).is_some_and(|(_, e)| {
            cx.at(e)
                .is_none_or(|c| matches!(c, '，' | '。' | '；' | '！' | '？'))
                || line_ends(cx, e)
        });
    let (d, de) = day_at(cx, n, hao_ok)?;
    // 5日游, 3日内: a number of days; `3日起` a minimum, except after a
    // preposition of time (`自2日起`, `从15日起施行`: from that day on).
    let from = matches!(cx.before(n.start), Some('自' | '从' | '由' | '于'));
    if cx
        .at(de)
        .is_some_and(|c| matches!(c, '游' | '内' | '间' | '制' | '均' | '元') || c == '起' && !from)
    {
        return None;
    }
    // (jieba may join `日起`.)
    let from_on = from && cx.at(de) == Some('起');
    // `于3日前上报`: a deadline on that day (jieba reads `日前`, lately, as a word).
    let by_then = cx.before(n.start) == Some('于') && cx.at(de) == Some('前');
    // (`4月8日至12日期间`: jieba reads `日期` as a word, the date's 日 and 期间.)
    if !cx.ends_word(de)
        && !dispatch_after(cx, de)
        && !cx.s[de..].starts_with("期间")
        && !from_on
        && !by_then
        && !cx.at(de).is_some_and(|c| AFTER_A_DAY.contains(&c))
        // (`8日至10日`: jieba may join `日至`; a range goes on.)
        && (in_range || !day_range_follows(cx, n.start, de))
    {
        return None;
    }
    p.day = d;
    Some((p, start, de))
}

/// Does a range to another day go on at `pos` (`8日至10日`), from a day that
/// opens its clause (after a preposition of time at most)? After a verb or a
/// copula two days are lengths (`处理期限为15日至30日`, `拘留5日至10日`).
fn day_range_follows(cx: &Ctx, start: usize, pos: usize) -> bool {
    let opens = cx.s[..start]
        .trim_end_matches([' ', '\u{3000}'])
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() || "于从自由".contains(c));
    opens
        && connector_at(cx, pos)
            .and_then(|c| num_after(cx, c))
            .and_then(|m| point_at_in(cx, &m, true))
            .is_some_and(|(q, ..)| q.day.is_some())
}

/// Adverbs and parts of the day that go on after a day (`8日則同意`, `5日晚`), which
/// jieba may join to its `日` (`日则`, `日晚`).
const AFTER_A_DAY: &[char] = &[
    '则', '即', '将', '就', '又', '再', '才', '也', '都', '已', '便', '晚', '晨', '早', '夜',
];

/// A news dispatch's dateline goes on after the day: `（中央社記者…台北13日電）`,
/// `本报北京5日讯`, `记者13日报道` (jieba reads `日电` and `日报` as words; `13日电视`
/// is no dateline).
fn dispatch_after(cx: &Ctx, pos: usize) -> bool {
    let rest = &cx.s[pos..];
    let closed = |w: &str| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    };
    closed("电") || closed("讯") || rest.starts_with("报道") || rest.starts_with("报导")
}

/// Numeric dates: `2019-04-19`, `2019/4/19`, `2019.04.19`.
fn numeric_at(cx: &Ctx, n: &Num) -> Option<(Point, usize)> {
    // Read the year from the text: `2010.01.29` scans as the numeral 2010.01.
    let len = cx.s[n.start..]
        .bytes()
        .take(5)
        .take_while(u8::is_ascii_digit)
        .count();
    let ye = n.start + len;
    let sep = cx.at(ye)?;
    let y: i32 = cx.s[n.start..ye].parse().ok()?;
    let y = match len {
        4 if (1000..=2999).contains(&y) && matches!(sep, '-' | '/' | '.' | '／' | '－' | '．') => {
            y
        }
        // Taiwan's ROC dates `102.11.11`, `105/3/2`, `107-02-11` (in a Taiwan
        // document; not after a path or a longer number: `Emj/105/3/2`, `1.105.3.2`;
        // with hyphens only with two-digit months and days, as government pages
        // date themselves: `日期:107-02-11`).
        3 if cx.taiwan
            && (100..=150).contains(&y)
            && matches!(sep, '/' | '.' | '／' | '．' | '-' | '－')
            // (A label's colon is fine: `日期:107-02-11`.)
            && (!cx
                .before(n.start)
                .is_some_and(|c| matches!(c, '/' | '.' | '／' | '．' | '-' | ':'))
                || labelled(cx, n.start)) =>
        {
            y + 1911
        }
        _ => return None,
    };
    let two = |pos: usize| -> Option<(u32, usize)> {
        let mut v = 0u32;
        let mut k = pos;
        let mut len = 0;
        while let Some(c) = cx.at(k) {
            match crate::chinese::numerals::arabic_digit(c) {
                Some(d) if len < 2 => {
                    v = v * 10 + d;
                    len += 1;
                    k += c.len_utf8();
                }
                Some(_) => return None,
                None => break,
            }
        }
        (len > 0).then_some((v, k))
    };
    let (m, me) = two(ye + sep.len_utf8())?;
    if cx.at(me) != Some(sep) {
        return year_month(cx, n.start, len, y, me - (ye + sep.len_utf8()), m, me);
    }
    // A flattened filing runs the day into the next item's number
    // (`決定日期:100/07/142.除權、息類別`): two-digit months and days, a third
    // digit, then `.` and a word is the day and the next item.
    let glued = |p: usize| -> Option<(u32, usize)> {
        let b = cx.s.as_bytes().get(p..p + 5)?;
        let padded = me - (ye + sep.len_utf8()) == 2;
        (padded
            && b[..3].iter().all(u8::is_ascii_digit)
            && b[3] == b'.'
            && b[4] >= 0x80
            && cx.at(p + 4).is_some_and(crate::chinese::chars::is_han))
        .then(|| (u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'), p + 2))
    };
    let day_at = me + sep.len_utf8();
    let (d, de, glued) = match two(day_at) {
        Some((d, de)) => (d, de, false),
        None => glued(day_at).map(|(d, de)| (d, de, true))?,
    };
    let dashed_roc = len == 3 && matches!(sep, '-' | '－');
    if dashed_roc
        && (me - (ye + sep.len_utf8()) != 2
            || de - (me + sep.len_utf8()) != 2
            || cx.at(de).is_some_and(|c| matches!(c, '-' | '－')))
    {
        return None;
    }
    // A dot may close a dotted date (`又2008.10.13.立法院朝野黨團協商結論`) where nothing
    // numbered goes on after it (`1.2.3.4`, a version or a section number, does).
    let closing_dot = len == 4
        && (1900..=2100).contains(&y)
        && matches!(sep, '.' | '．')
        && cx.at(de) == Some(sep)
        && !cx
            .at(de + sep.len_utf8())
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '．' | '-'));
    // An ISO date and time (`2024-01-03T08:03:36+08:00`): the date, then its time.
    let iso_time = sep == '-'
        && cx.at(de) == Some('T')
        && cx.s[de + 1..].bytes().take(3).enumerate().all(|(k, b)| {
            if k == 2 {
                b == b':'
            } else {
                b.is_ascii_digit()
            }
        });
    if !closing_dot
        && !glued
        && !iso_time
        && cx
            .at(de)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '．'))
    {
        return None;
    }
    // A hyphen after the day only opens a range (2018/1/10-2018/7/10).
    if cx.at(de) == Some('-') && !cx.at(de + 1).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // A day the month has (`2008.02.30` is no date).
    if closing_dot && civil_from_days(days_from_civil(y, m, d)) != (y, m, d) {
        return None;
    }
    // `110.5.2版`: a version number.
    if len == 3 && cx.at(de) == Some('版') {
        return None;
    }
    let p = Point {
        year: Some(Year::Known(y)),
        month: Some(m),
        day: Some(d),
        ..Point::default()
    };
    if cx.at(de) == Some('日') {
        return Some((p, de + 3));
    }
    Some((p, de))
}

/// A Gregorian year and a two-digit month (`2024.01 金句赏析`, `2020-11`,
/// `2020/12`) as a list of events dates its entries: the month padded to two
/// digits, nothing numbered or measured on either side (`2024.01万元` is an
/// amount, `v2020.12` a version, `2020.12.31` a day).
fn year_month(
    cx: &Ctx,
    start: usize,
    len: usize,
    y: i32,
    month_digits: usize,
    m: u32,
    me: usize,
) -> Option<(Point, usize)> {
    // (A label's colon may stand before it: `任职时间：2016.09—2020.06`.)
    let before_ok = cx.before(start).is_none_or(|c| {
        !(c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-' | '_' | '#' | '+'))
            && (c != ':' || labelled(cx, start))
    }) && {
        // Nor a standard's or a code's number after its letters (`GB/T 2019-12`).
        let head = cx.s[..start].trim_end_matches(' ');
        (head.len() == start || !head.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '/'))
            // Nor after a word that names a code, a version, a table or a level
            // (`編號 2011-12`, `版本 2024.01`, `表2020-12`, `收报2019.12`).
            && !NOT_A_MONTH_BEFORE.iter().any(|w| head.ends_with(w))
    };
    let after_ok = cx.at(me).is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '，' | '。' | '、' | '；' | '）' | ')' | '」' | '】' | '～' | '~' | '—' | ','
            )
            || YEAR_MONTH_WORDS_AFTER.contains(&c)
            // (No decimal is written with a dash or a slash: any word may
            // follow, `于2020-11召开`, but a number's classifier: `2020-11号`.)
            || !matches!(cx.at(start + len), Some('.' | '．'))
                && crate::chinese::chars::is_han(c)
                && !NUMBERED_AFTER.contains(&c)
    });
    // A pair of fiscal or school years (`2007-08至2012-13年度`, `2010-11學年`,
    // `2011-12預算`, `2008-09、2009-10及2010-11三個財政年度`): the second is the
    // next year's last digits, and the sentence names such years.
    let fiscal = u32::try_from(y + 1).is_ok_and(|n| n % 100 == m) && {
        // (The sentence, at most a line's worth: a text without stops is not
        // walked to its end for every such pair.)
        let rest = &cx.s[me..];
        let rest = rest
            .char_indices()
            .nth(YEAR_PAIR_SENTENCE_CHARS)
            .map_or(rest, |(k, _)| &rest[..k]);
        let sentence = rest.find(['。', '；', '\n']).map_or(rest, |k| &rest[..k]);
        YEAR_PAIR_WORDS.iter().any(|w| sentence.contains(w))
    };
    (len == 4
        && (1900..=2100).contains(&y)
        && month_digits == 2
        && (1..=12).contains(&m)
        && !fiscal)
        .then_some(())
        .filter(|()| before_ok && after_ok)
        .map(|()| {
            let p = Point {
                year: Some(Year::Known(y)),
                month: Some(m),
                ..Point::default()
            };
            (p, me)
        })
}

/// How far after a pair of years its sentence is looked at, in characters.
const YEAR_PAIR_SENTENCE_CHARS: usize = 80;

/// Words of the years a pair like `2010-11` names (fiscal, school, sports).
const YEAR_PAIR_WORDS: &[&str] = &["年度", "财年", "学年", "赛季", "预算", "财政"];

/// Words before a number that make it a code, a version, a table's number or an
/// index's level, never a year-month (`版本 2024.01`, `表2020-12`, `收报2019.12`).
const NOT_A_MONTH_BEFORE: &[&str] = &[
    "号", "码", "代号", "版本", "版", "表", "图", "报", "收于", "收报", "指数", "点位",
];

/// Classifiers of a numbered thing (`2020-11号` is a number, no month), and a
/// fiscal year's `年` (`2011-12年度` runs from 2011 to 2012).
const NUMBERED_AFTER: &[char] = &[
    '号', '期', '版', '届', '条', '页', '次', '栋', '室', '层', '年', '财',
];

/// Words that may follow a numeric year-month (`2020.12起`, `2019.06至2020.12`).
const YEAR_MONTH_WORDS_AFTER: &[char] = &['起', '至', '到', '止', '前', '后', '以'];

/// Whether an ASCII colon right before `pos` closes a label in Han characters
/// (`日期:107-02-11`), not a time or a path.
fn labelled(cx: &Ctx, pos: usize) -> bool {
    cx.s[..pos]
        .strip_suffix(':')
        .and_then(|h| h.chars().next_back())
        .is_some_and(crate::chinese::chars::is_han)
}

/// After a complete point, a range end: `至18日`, `到2021年`, `-18日`.
fn range_end(cx: &Ctx, start: &Point, pos: usize) -> Option<(Point, usize)> {
    // 自2020-05-26起至2020-05-29止
    let pos = if cx.s[pos..].starts_with("起至") {
        pos + '起'.len_utf8()
    } else {
        pos
    };
    // 2024年1月8日(周一)至2月25日: the start's weekday stands between.
    let pos = weekday_after(cx, pos)
        .filter(|&w| connector_at(cx, w).is_some())
        .unwrap_or(pos);
    let between = || -> Option<usize> {
        let p = cx.skip_spaces(pos);
        let c = cx.at(p)?;
        matches!(c, '和' | '与' | '及').then(|| p + c.len_utf8())
    };
    if let Some(c) = connector_at(cx, pos) {
        return range_end_from(cx, start, c);
    }
    // 2015年和2018年之间: a range only with 之间/间 after it.
    let c = between()?;
    let (q, qe) = range_end_from(cx, start, c)?;
    let rest = &cx.s[qe..];
    (rest.starts_with("之间") || rest.starts_with('间')).then_some((q, qe))
}

fn range_end_from(cx: &Ctx, start: &Point, c: usize) -> Option<(Point, usize)> {
    let n = num_after(cx, c)?;
    if let Some((q, qe)) = numeric_at(cx, &n) {
        // Day to day, or month to month (`2020.04—2020.06`).
        let months = start.finest() == 2 && q.finest() == 2 && q.day.is_none();
        return (start.finest() == 3 || months).then_some((q, qe));
    }
    let (q, qs, qe) = point_at_in(cx, &n, true)?;
    if qs != cx.skip_gap(c) {
        return None;
    }
    // An end at the close of a month or year (`至10月底`, `-2026年末`): the range
    // runs through that month or year, also from a day (`1月11日-10月底`).
    let closing = closing_part_end(cx, &q, qe);
    // The end names the same finest unit and no higher unit than the start has,
    // or is a later year (`106年10月到108年`).
    let later_year =
        matches!((q.year, start.year), (Some(Year::Known(b)), Some(Year::Known(a))) if b > a);
    let coarser_close = closing.is_some() && q.finest() < start.finest();
    if !(q.finest() == 1 && later_year)
        && (q.finest() != start.finest() && !coarser_close || q.highest() < start.highest())
    {
        return None;
    }
    Some((fill(q, start), closing.unwrap_or(qe)))
}

/// Where `月底`, `月末`, `年底` or `年末` ends when the point `q`, a month or a year
/// ending at `qe`, goes on with it.
fn closing_part_end(cx: &Ctx, q: &Point, qe: usize) -> Option<usize> {
    if q.day.is_some() || q.part.is_some() {
        return None;
    }
    let unit = cx.s[..qe]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '月' | '年'))?;
    let at = qe - unit.len_utf8();
    match periods::part_at(&cx.s[at..])? {
        (len, Part::End) if len == unit.len_utf8() + '底'.len_utf8() => Some(at + len),
        _ => None,
    }
}

/// Missing higher parts of a range end come from its start.
fn fill(mut q: Point, from: &Point) -> Point {
    if q.year.is_none() {
        q.year = from.year;
        if q.month.is_none() {
            q.month = from.month;
        }
    }
    q
}

/// A bare number before a range connector takes the unit of the range end:
/// `9月16-18日` (16 is a day), `2025年1至6月` (1 is a month), `2019-2021年`.
fn bare_range(cx: &Ctx, base: Point, n: &Num) -> Option<(Point, Point, usize)> {
    let v = int_value(n)?;
    let c = connector_at(cx, n.end)?;
    let m = num_after(cx, c)?;
    if m.start != cx.skip_gap(c) {
        return None;
    }
    let (q, _, qe) = point_at(cx, &m)?;
    let mut p = base;
    match (q.year, q.month, q.day) {
        (None, None, Some(_))
            if base.month.is_some() || base.year.is_none() && base.month.is_none() =>
        {
            if !valid_day(v) || base.day.is_some() {
                return None;
            }
            // 16-18日 alone: the month comes from context.
            p.day = v;
        }
        // 2025年1至6月, and 1—11月 in a statistics paragraph.
        (None, Some(_), None) if base.month.is_none() && base.day.is_none() => {
            if !valid_month(v) || v == Some(0) {
                return None;
            }
            p.month = v;
        }
        (Some(_), None, None) if base == Point::default() => {
            let y = year_of(cx, n, None, false, false)?;
            p.year = Some(y);
        }
        // `1985到89年9月`, `2019至2021年3月`: from a whole year to a month of a
        // later one.
        (Some(Year::Known(b)), Some(_), None) if base == Point::default() => {
            let Some(Year::Known(a)) = year_of(cx, n, None, false, false) else {
                return None;
            };
            if arabic_len(cx, n) != 4 || cx.s[n.end..m.start].trim() == "-" {
                return None;
            }
            if b <= a {
                return None;
            }
            p.year = Some(Year::Known(a));
            return Some((p, q, qe));
        }
        _ => return None,
    }
    if q.finest() != p.finest() {
        return None;
    }
    Some((p, fill(q, &p), qe))
}

/// A list after a month: `9月16、17日` → 16 and 17.
fn day_list(cx: &Ctx, n: &Num) -> Option<Vec<(usize, usize, Option<u32>)>> {
    let mut items = Vec::new();
    let mut cur = *n;
    loop {
        let v = int_value(&cur)?;
        if !valid_day(v) || v == Some(0) {
            return None;
        }
        if let Some((_, e)) = unit_after(cx, cur.end, &['日', '号']) {
            items.push((cur.start, e, v));
            return (items.len() >= 2).then_some(items);
        }
        if cx.at(cur.end) != Some('、') {
            return None;
        }
        items.push((cur.start, cur.end, v));
        cur = cx.num_at(cur.end + '、'.len_utf8())?;
        if items.len() > 31 {
            return None;
        }
    }
}

pub(crate) fn find(cx: &Ctx, context: &mut Context) -> Vec<Cand> {
    let mut entries: Vec<Entry> = Vec::new();
    // 神龙元年十一月: the first year of an era.
    for i in cx.find_all("元年") {
        if let Some((start, first)) = era_before(cx, i) {
            if first > 1 {
                let p = Point {
                    year: Some(Year::Known(first)),
                    ..Point::default()
                };
                let (p, end) = month_day_after(cx, p, i + "元年".len());
                entries.push(Entry {
                    start,
                    end,
                    p,
                    range_end: None,
                });
            }
        }
    }
    let mut i = 0;
    while i < cx.nums.len() {
        let n = cx.nums[i];
        let consumed_to = match one_at(cx, &n, &mut entries) {
            Some(e) => e,
            None => {
                i += 1;
                continue;
            }
        };
        i = cx.num_index_from(consumed_to);
    }
    latin_periods(cx, &mut entries);
    month_lists(cx, &mut entries);
    let mut relative = Vec::new();
    relative_entries(cx, &mut relative, &mut context.relative, &mut context.lunar);
    festival_days(cx, &mut relative, context);
    relative_ranges(cx, &mut relative, context);
    day_entries(cx, &mut relative, &mut context.relative);
    press_entries(cx, &mut relative, &mut context.relative);
    relative.sort_by_key(|e| e.start);
    // A weekday beside a written date names that date's day (`3月15日（周五）`,
    // `10月12号，星期一`): it belongs to the date, it is no other one.
    relative.retain(|r| {
        let beside = matches!(context.relative.get(&r.start), Some(Relative::Weekday(_)))
            && entries.iter().any(|e| {
                e.start < r.end
                    && (r.start < e.end
                        || cx.s[e.end..r.start].chars().all(|c| {
                            c.is_whitespace() || matches!(c, '，' | ',' | '、' | '是' | '（' | '(')
                        }))
            });
        if beside {
            context.relative.remove(&r.start);
        }
        !beside
    });
    if !relative.is_empty() {
        entries.retain(|e| !relative.iter().any(|r| r.start < e.end && e.start < r.end));
        entries.extend(relative);
    }
    let mut alone = Vec::new();
    periods_alone(cx, &mut alone);
    if !alone.is_empty() {
        alone.retain(|a| !entries.iter().any(|e| e.start < a.end && a.start < e.end));
        entries.extend(alone);
    }
    entries.sort_by_key(|e| e.start);
    // A date said again at once with more detail (`六月六月中旬`, a speaker
    // correcting himself) is one date: the second.
    entries.dedup_by(|second, first| {
        second.start == first.end
            && second.end > second.start + (first.end - first.start)
            && cx.s[second.start..].starts_with(&cx.s[first.start..first.end])
            && !context.relative.contains_key(&first.start)
            && !context.relative.contains_key(&second.start)
            && {
                // Keep the second (dedup keeps the first of a pair).
                std::mem::swap(first, second);
                true
            }
    });
    lunar_dates(cx, &mut entries, context);
    // Weeks of a month or year whose year comes from context or a relative word
    // (`3月第三周`, `下个月第一周`, `今年第37周`): read once the year is known.
    for e in entries.iter_mut() {
        if e.range_end.is_some() || e.p.day.is_some() || e.p.part.is_some() {
            continue;
        }
        if !matches!(cx.at(e.end), Some('第' | '的' | '最')) {
            continue;
        }
        let counted = match context.relative.get(&e.start) {
            Some(
                Relative::Month(_)
                | Relative::ThenMonth(_)
                | Relative::MonthBefore
                | Relative::YearMonth(_)
                | Relative::SameMonth(_),
            ) => true,
            // Weeks of a year: not in Taiwan documents (see `part_of`).
            Some(Relative::Year(_) | Relative::ThenYear(..)) => !cx.taiwan || e.p.month.is_some(),
            Some(_) => false,
            None => e.p.month.is_some() && e.p.year.is_none() && !e.p.masked,
        };
        if !counted {
            continue;
        }
        let words = e.end
            + cx.s[e.end..]
                .strip_prefix('的')
                .map_or(0, |_| '的'.len_utf8());
        if let Some(len) = counted_words(&cx.s[words..]) {
            context.weeks.insert(e.start, (e.end, words));
            e.end = words + len;
        }
    }
    infer(cx, entries, context)
}

/// The length of week words at the start of `rest` (`第三周`, `第2个礼拜`,
/// `第一个周二`), whatever month or year they count in.
fn week_words(rest: &str) -> Option<usize> {
    weeks_of(rest, 2001, 1, false).map(|w| w.2)
}

/// Week words or the last days of a period (`最后五天`) at the start of `rest`.
fn counted_words(rest: &str) -> Option<usize> {
    week_words(rest).or_else(|| days_of(rest).filter(|d| !d.0).map(|d| d.2))
}

/// The weeks (see [`weeks_of`]) or the first or last days (`最后五天`) of the
/// month `m` of year `y`, or of the year when `m` is `None`.
fn counted_in(rest: &str, y: i32, m: Option<u32>) -> Option<(Point, Point, usize)> {
    if let Some(w) = weeks_of(rest, y, m.unwrap_or(1), m.is_some()) {
        return Some(w);
    }
    let (first, n, len) = days_of(rest)?;
    let (m0, m1) = m.map_or((1, 12), |m| (m, m));
    let last = days_in_month(Some(y), m1);
    let (a, b) = if first {
        (days_from_civil(y, m0, 1), days_from_civil(y, m0, n))
    } else {
        (
            days_from_civil(y, m1, last + 1 - n),
            days_from_civil(y, m1, last),
        )
    };
    Some((day_point(a), day_point(b), len))
}

/// A quarter or half in Latin letters: `Q1`…`Q4` alone or after a year
/// (`2024Q1`, `2024年Q3`), `H1`/`H2` only after a year (`2024H1`; alone it is
/// a heading or a virus). Not inside a longer token (`SQ1`, `Q12`) and not a
/// question number (`Q1：`).
fn latin_periods(cx: &Ctx, entries: &mut Vec<Entry>) {
    let base = cx.range.start;
    let stretch = &cx.s[cx.range.clone()];
    let at =
        |c: char, tag: &'static str| stretch.match_indices(c).map(move |(i, _)| (base + i, tag));
    let mut hits: Vec<(usize, &str)> = at('Q', "Q").chain(at('H', "H")).collect();
    hits.sort_unstable();
    for (i, letter) in hits {
        let b = cx.s.as_bytes();
        let Some(&d) = b.get(i + 1) else { continue };
        let max = if letter == "Q" { b'4' } else { b'2' };
        if !(b'1'..=max).contains(&d) {
            continue;
        }
        let e = i + 2;
        if cx
            .at(e)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '：' | ':' | '.' | '、'))
        {
            continue;
        }
        let q = (d - b'0') as u32;
        let (a, z, period) = match (letter, q) {
            ("Q", q) => (
                q * 3 - 2,
                q * 3,
                [Period::Q1, Period::Q2, Period::Q3, Period::Q4][q as usize - 1],
            ),
            (_, 1) => (1, 6, Period::H1),
            _ => (7, 12, Period::H2),
        };
        // A year right before: written with 年 (an entry ending here) or four digits.
        let year_entry = entries.iter().position(|x| {
            x.end == i && x.p.month.is_none() && x.range_end.is_none() && x.p.period.is_none()
        });
        let digits = cx.s[..i]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        let (start, year) = if let Some(j) = year_entry {
            (entries[j].start, entries[j].p.year)
        } else if digits == 4
            && !cx.s[..i - 4]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            let y: i32 = cx.s[i - 4..i].parse().unwrap_or(0);
            if !(1900..=2100).contains(&y) {
                continue;
            }
            (i - 4, Some(Year::Known(y)))
        } else if digits == 0
            && letter == "Q"
            && !cx.before(i).is_some_and(|c| c.is_ascii_alphabetic())
        {
            (i, None)
        } else {
            continue;
        };
        if let Some(j) = year_entry {
            entries.remove(j);
        }
        let p = Point {
            year,
            month: Some(a),
            period: Some(period),
            ..Point::default()
        };
        entries.push(Entry {
            start,
            end: e,
            p,
            range_end: Some(Point {
                year,
                month: Some(z),
                ..Point::default()
            }),
        });
    }
    entries.sort_by_key(|e| e.start);
}

/// Periods and parts written without a year, which then comes from context as
/// for any date: `一季度`, `上半年`, `前三季度`, `年底`, `年初`. Each must be a
/// word of its own (`多年底层` is not `年底`) and not a recurring one (`每一季度`,
/// `每年年底`).
fn periods_alone(cx: &Ctx, out: &mut Vec<Entry>) {
    // One memchr-driven search per character rather than one pass testing every
    // character against several.
    let base = cx.range.start;
    let stretch = &cx.s[cx.range.clone()];
    let at =
        |c: char, tag: &'static str| stretch.match_indices(c).map(move |(i, _)| (base + i, tag));
    // Taiwan and Hong Kong name a quarter `第3季`, `前3季`; in a mainland text a
    // bare `第三季` is a series' season (`看国宝过大年（第二季）`), its quarter
    // `第三季度`.
    let bare_quarters = cx.taiwan || cx.hong_kong;
    let mut hits: Vec<(usize, &str)> = at('季', "季")
        .chain(at('半', "半"))
        .chain(at('年', "年"))
        // (`首五個月`, which starts its word.)
        .chain(at('首', "首").filter(|_| bare_quarters))
        .collect();
    hits.sort_unstable();
    for (at, c) in hits {
        // 年 starts its words (`年底`); 季 and 半 end or stand inside theirs, which
        // may start up to three characters before.
        // A hard wrap may cut the word (`自年` + wrap + `中`).
        if c == "年"
            && !cx.s[cx.past_wrap(at + c.len())..].starts_with(['底', '末', '初', '中', '伊'])
        {
            continue;
        }
        let mut starts = [at; 4];
        let mut n = 1;
        if c != "年" && c != "首" {
            // Back over a hard wrap too (`上` + wrap + `半年`): its line break and
            // the next line's indentation are no characters of the word.
            let mut p = at;
            let mut taken = 0;
            for ch in cx.s[..at].chars().rev() {
                p -= ch.len_utf8();
                if matches!(ch, '\n' | '\r' | ' ' | '\u{3000}') {
                    continue;
                }
                starts[n] = p;
                n += 1;
                taken += 1;
                if taken == 3 {
                    break;
                }
            }
        }
        let found = starts[..n].iter().rev().find_map(|&st| {
            let (e, (a, b, period, part)) = if c == "年" {
                if st != at {
                    return None;
                }
                wraps::lexicon_word_at(cx, st, |r| {
                    periods::part_at(r).map(|(len, part)| (len, (None, None, None, Some(part))))
                })?
            } else if let Some((e, n)) = wraps::lexicon_word_at(cx, st, |r| {
                periods::period_at(r, bare_quarters && r.starts_with('第'))
            }) {
                let (a, b) = n.months?;
                (e, (Some(a), Some(b), Some(n.period), None))
            } else {
                wraps::lexicon_word_at(cx, st, |r| {
                    let (a, b, len) = months_of_year(r)?;
                    // (Hong Kong's and Taiwan's releases count a year's first
                    // months alone: `首五個月共錄得約500萬`.)
                    // (Not counted from an event: `新措施實施首三個月`.)
                    let first_months = (cx.hong_kong || cx.taiwan)
                        && r.starts_with('首')
                        && r[..len].ends_with("个月")
                        && b > a
                        && !cx
                            .token_at(st.saturating_sub(1))
                            .is_some_and(|t| t.end == st && cx.tag(t).as_str().starts_with('v'));
                    (r[..len].ends_with("季度")
                        || (bare_quarters && r[..len].ends_with('季'))
                        || first_months)
                        .then_some((len, (Some(a), Some(b), None, None)))
                })?
            };
            (e > at && cx.starts_word(st) && cx.ends_word(e)).then_some((st, e, a, b, period, part))
        });
        let Some((st, e, a, b, period, part)) = found else {
            continue;
        };
        let before = cx.s[..st].chars().next_back();
        // 多年底层, 历年年末, 每年年底: 年 ends a word for many years or an age.
        if before.is_some_and(|ch| {
            ch.is_ascii_digit()
                || crate::chinese::numerals::is_cn_numeral_char(ch)
                || (part.is_some() && periods::YEARS_BEFORE_PART.contains(ch))
                || ch == '每'
        }) || ["每年", "每到", "每逢", "每至", "每当"]
            .iter()
            .any(|w| cx.s[..st].ends_with(w))
        {
            continue;
        }
        if out.last().is_some_and(|x| x.end > st) {
            continue;
        }
        // `在隨後的第三年年底進行首次檢討`: the end of a year counted from an
        // event (an offset), not of a year of the calendar.
        if part.is_some() && a.is_none() && after_an_ordinal_year(cx.s, st) {
            continue;
        }
        // `年初预算` is the budget passed at the start of the year, a budget's
        // name (`提高年初预算到位率`), not a time.
        if part.is_some() && a.is_none() && cx.s[e..].starts_with("预算") {
            continue;
        }
        out.push(Entry {
            start: st,
            end: e,
            p: Point {
                month: a,
                period,
                part,
                ..Point::default()
            },
            range_end: b.map(|m| Point {
                month: Some(m),
                ..Point::default()
            }),
        });
    }
}

/// Whether `第N年` (an ordinal year, `第三年`, `第 3 年`) ends right before
/// `pos`: a year counted from an event (`劃設用地後…隨後的第三年`), so a part of
/// it (`年底`) is an offset, never a date.
fn after_an_ordinal_year(s: &str, pos: usize) -> bool {
    let Some(b) = s[..pos].trim_end_matches(' ').strip_suffix('年') else {
        return false;
    };
    let b = b.trim_end_matches(' ');
    let numeral = b.trim_end_matches(|c: char| {
        c.is_ascii_digit() || crate::chinese::numerals::is_cn_numeral_char(c)
    });
    numeral.len() < b.len() && numeral.trim_end_matches(' ').ends_with('第')
}

/// A range of months starts at `m` (`1 至 12 月`, `10-12月`).
fn month_range_from(cx: &Ctx, m: &Num) -> bool {
    let Some(Some(v)) = int_value(m) else {
        return false;
    };
    if !(1..=12).contains(&v) {
        return false;
    }
    let Some(c) = connector_at(cx, cx.skip_spaces(m.end)) else {
        return false;
    };
    num_after(cx, c).is_some_and(|e| month_at(cx, &e).is_some())
}

/// The month and day after a year (`…年十一月`, `…年5月20日`).
fn month_day_after(cx: &Ctx, mut p: Point, mut end: usize) -> (Point, usize) {
    if let Some(mn) = num_after(cx, end) {
        if let Some((m, me)) = month_at(cx, &mn) {
            p.month = m;
            p.masked |= m.is_none();
            end = me;
            if let Some(dn) = num_after(cx, end) {
                if let Some((d, de)) = day_at(cx, &dn, true).or_else(|| bare_day_at(cx, &dn)) {
                    p.day = d;
                    p.masked |= d.is_none();
                    end = de;
                }
            }
        }
    }
    (p, end)
}

/// Dates starting at number `n`; returns the end of what was consumed.
fn one_at(cx: &Ctx, n: &Num, out: &mut Vec<Entry>) -> Option<usize> {
    // `90日内至30日完成`: a day count after a length of time is one too.
    if super::durations::ends_lengths(cx, n) {
        return None;
    }
    if let Some((p, e)) = numeric_at(cx, n) {
        if crate::chinese::numerals::glued_before(cx.s, n.start) {
            return None;
        }
        if let Some((q, qe)) = range_end(cx, &p, e) {
            out.push(Entry {
                start: n.start,
                end: qe,
                p,
                range_end: Some(q),
            });
            return Some(qe);
        }
        if cx.at(e) == Some('-') {
            // `2022/11/04-06`: a range of days; `105/3/22-1`: a serial number.
            let b = cx.s.as_bytes();
            let k = b[e + 1..]
                .iter()
                .take(3)
                .take_while(|c| c.is_ascii_digit())
                .count();
            let d2: u32 = cx.s[e + 1..e + 1 + k].parse().unwrap_or(0);
            let after = cx.at(e + 1 + k);
            if k == 2
                && p.day.is_some_and(|d| d < d2)
                && !after.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.'))
            {
                out.push(Entry {
                    start: n.start,
                    end: e + 1 + k,
                    p,
                    range_end: Some(Point { day: Some(d2), ..p }),
                });
                return Some(e + 1 + k);
            }
            return None;
        }
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: None,
        });
        return Some(e);
    }
    if crate::chinese::numerals::glued_before(cx.s, n.start) {
        return None;
    }
    if let Some((p, q, e)) = fiscal_years_at(cx, n) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: Some(q),
        });
        return Some(e);
    }
    if let Some((p, e)) = dmy_at(cx, n) {
        // `10/1/2018-10/7/2018`: a range of two such dates.
        let q = connector_at(cx, e)
            .and_then(|c| cx.num_at(cx.skip_spaces(c)))
            .and_then(|m| dmy_at(cx, &m))
            .filter(|(q, _)| iso(q) > iso(&p));
        let (range_end, end) = match q {
            Some((q, qe)) => (Some(q), qe),
            None if cx.at(e) == Some('-') => return None,
            None => (None, e),
        };
        out.push(Entry {
            start: n.start,
            end,
            p,
            range_end,
        });
        return Some(end);
    }
    if let Some((p, q, e)) = month_slash_day(cx, n) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: q,
        });
        return Some(e);
    }
    if let Some((p, e)) = incident_month_day(cx, n).or_else(|| dotted_day_of_week(cx, n)) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: None,
        });
        return Some(e);
    }
    if let Some((p, q, e)) = year_range_without_nian(cx, n) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: Some(q),
        });
        return Some(e);
    }
    if let Some((p, q, e)) = century(cx, n).or_else(|| decade(cx, n)) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: Some(q),
        });
        return Some(e);
    }
    // 2019-2021年
    if let Some((p, q, e)) = bare_range(cx, Point::default(), n) {
        out.push(Entry {
            start: n.start,
            end: e,
            p,
            range_end: Some(q),
        });
        return Some(e);
    }
    let (p, start, end) = point_at(cx, n)?;
    point_goes_on(cx, p, start, end, out)
}

/// The entries of a point read from `start` to `end` with what continues it:
/// a list or range of bare days or months (`9月16、17日`, `9月16-18日`), a part
/// (`5月底`, `一季度`) or a range to a second point. Returns the end of all.
fn point_goes_on(
    cx: &Ctx,
    p: Point,
    start: usize,
    end: usize,
    out: &mut Vec<Entry>,
) -> Option<usize> {
    // Lists and ranges that continue the point with a bare number.
    if p.day.is_none() && p.month.is_some() {
        if let Some(dn) = num_after(cx, end) {
            if dn.start == end {
                if let Some(items) = day_list(cx, &dn) {
                    for (k, (s, e, d)) in items.iter().enumerate() {
                        let mut q = p;
                        q.day = *d;
                        q.masked |= d.is_none();
                        let st = if k == 0 { start } else { *s };
                        out.push(Entry {
                            start: st,
                            end: *e,
                            p: q,
                            range_end: None,
                        });
                    }
                    return Some(items.last().map(|x| x.1).unwrap_or(end));
                }
                if let Some((q0, q1, e)) = bare_range(cx, p, &dn) {
                    out.push(Entry {
                        start,
                        end: e,
                        p: q0,
                        range_end: Some(q1),
                    });
                    return Some(e);
                }
            }
        }
    }
    if p.month.is_none() && p.day.is_none() && p.year.is_some() {
        if let Some(mn) = num_after(cx, end) {
            if mn.start == end {
                if let Some((q0, q1, e)) = bare_range(cx, p, &mn) {
                    out.push(Entry {
                        start,
                        end: e,
                        p: q0,
                        range_end: Some(q1),
                    });
                    return Some(e);
                }
            }
        }
    }
    if let Some((q0, q1, e)) = part_of(cx, &p, end) {
        let (q1, e) = match q1 {
            Some(_) => (q1, e),
            None => match same_part_of_a_later_year(cx, &q0, e) {
                Some((r, re)) => (Some(r), re),
                None => (None, e),
            },
        };
        out.push(Entry {
            start,
            end: e,
            p: q0,
            range_end: q1,
        });
        return Some(e);
    }
    if let Some((q, e)) = range_end(cx, &p, end) {
        out.push(Entry {
            start,
            end: e,
            p,
            range_end: Some(q),
        });
        return Some(e);
    }
    out.push(Entry {
        start,
        end,
        p,
        range_end: None,
    });
    Some(end)
}

/// `2022年年底至2023年年底`, `二零二二年年中至二零二三年年中`: the same part of a later
/// year after a connector ends a range from the part of a year `q` (ending at `e`).
fn same_part_of_a_later_year(cx: &Ctx, q: &Point, e: usize) -> Option<(Point, usize)> {
    if q.part.is_none() || q.month.is_some() || q.period.is_some() {
        return None;
    }
    let c = connector_at(cx, e)?;
    let n = num_after(cx, c)?;
    let (r, rs, re) = point_at_in(cx, &n, true)?;
    let later = matches!((q.year, r.year), (Some(Year::Known(a)), Some(Year::Known(b))) if b > a);
    if rs != cx.skip_gap(c) || r.finest() != 1 || !later {
        return None;
    }
    let (r0, r1, re) = part_of(cx, &r, re)?;
    (r1.is_none() && r0.part == q.part && r0.period.is_none()).then_some((r0, re))
}

/// Parts of a year or a month: quarters and halves (`一季度`, `第3季`, `上半年`,
/// with `period`), `前三季度`, weeks, `年底`/`年初`/`5月底` (with `part`), and
/// `上旬`/`中旬`/`下旬` of a month. The second point ends a range.
fn part_of(cx: &Ctx, p: &Point, end: usize) -> Option<(Point, Option<Point>, usize)> {
    let rest = &cx.s[end..];
    let rest_trim = rest.strip_prefix('的').unwrap_or(rest);
    let skip = rest.len() - rest_trim.len();
    // Words of the lexicon are read through a hard wrap (`2011年第` + wrap +
    // `四季`, `今年上` + wrap + `半年`): [`wraps::lexicon_word_at`].
    if p.year.is_some() && p.month.is_none() && p.day.is_none() {
        if let Some((we, named)) =
            wraps::lexicon_word_at(cx, end + skip, |r| periods::period_at_spaced(r, true))
        {
            let (a, b) = named.months?;
            // 一季度末 / 一季度初: its last or first month.
            let tail = &cx.s[we..];
            if named.period != Period::H1 && named.period != Period::H2 {
                if let Some(c @ ('末' | '初')) = tail
                    .chars()
                    .next()
                    .filter(|_| !periods::part_char_heads_word(tail))
                {
                    let m = if c == '末' { b } else { a };
                    let q0 = Point {
                        month: Some(m),
                        ..*p
                    };
                    return Some((q0, None, we + c.len_utf8()));
                }
            }
            let q0 = Point {
                month: Some(a),
                period: Some(named.period),
                ..*p
            };
            let q1 = Point {
                month: Some(b),
                ..*p
            };
            return Some((q0, Some(q1), we));
        }
        if let Some((we, (a, b))) = wraps::lexicon_word_at(cx, end + skip, |r| {
            months_of_year(r).map(|(a, b, e)| (e, (a, b)))
        }) {
            let q0 = Point {
                month: Some(a),
                ..*p
            };
            let q1 = Point {
                month: Some(b),
                ..*p
            };
            return Some((q0, Some(q1), we));
        }
        // A holiday on a fixed day (`2024年元旦`, `2019年国庆节`): that day.
        // (Taiwan keeps other days: 國慶 is 10-10, 兒童節 04-04, 教師節 09-28.)
        if let Some((len, month, day)) = solar_holiday_at(rest, cx.taiwan) {
            let q0 = Point {
                month: Some(month),
                day: Some(day),
                ..*p
            };
            return Some((q0, None, end + len));
        }
        // Taiwan's weeks of a year are epidemiological weeks (Sunday to Saturday,
        // `今年第十六週（4 月 17 日至 23 日）`), counted otherwise: not read there.
        if let (Some(Year::Known(y)), false) = (p.year, cx.taiwan) {
            if let Some((a, b, e)) = weeks_of(rest_trim, y, 1, false) {
                return Some((a, Some(b), end + skip + e));
            }
        }
    }
    if let (Some(Year::Known(y)), Some(m), None) = (p.year, p.month, p.day) {
        if let Some((a, b, e)) = weeks_of(rest_trim, y, m, true) {
            return Some((a, Some(b), end + skip + e));
        }
    }
    // `去年的前10天`, `4月前4天`, `2023年最后3天`: the first or last days of the
    // year or month.
    if p.day.is_none() && (p.year.is_some() || p.month.is_some()) {
        if let Some((first, n, e)) = days_of(rest_trim) {
            let (m0, m1) = match p.month {
                Some(m) => (m, m),
                None => (1, 12),
            };
            let last = match p.year {
                Some(Year::Known(y)) => days_in_month(Some(y), m1),
                // February's length needs the year.
                _ if m1 == 2 => return None,
                _ => days_in_month(None, m1),
            };
            let (a, b) = if first {
                ((m0, 1), (m0, n))
            } else {
                ((m1, last + 1 - n), (m1, last))
            };
            let q = |(m, d): (u32, u32)| Point {
                month: Some(m),
                day: Some(d),
                ..*p
            };
            return Some((q(a), Some(q(b)), end + skip + e));
        }
    }
    // 2023年末, 5月底: the part word starts with the unit just read.
    if p.day.is_none() && p.part.is_none() {
        let unit = if p.month.is_some() { '月' } else { '年' };
        if p.year.is_some() || p.month.is_some() {
            // 2023年年底, 5月月底: the unit may be written again.
            let again = cx.s[end..].starts_with(unit).then_some(end);
            if let Some(u) = again.or_else(|| cx.s[..end].strip_suffix(unit).map(str::len)) {
                // `6 月` + wrap + `底止`, `103 年` + wrap + `底`: a hard wrap
                // after the unit cuts the part word.
                let part = if again.is_some() {
                    wraps::lexicon_word_at(cx, u, periods::part_at_repeated)
                } else {
                    wraps::lexicon_word_at(cx, u, periods::part_at)
                };
                if let Some((pe, part)) = part {
                    let q0 = Point {
                        part: Some(part),
                        ..*p
                    };
                    return Some((q0, None, pe));
                }
            }
        }
    }
    if p.month.is_some() && p.day.is_none() {
        let y = match p.year {
            Some(Year::Known(y)) => Some(y),
            _ => None,
        };
        let m = p.month?;
        let xun: [(&str, u32, u32); 3] = [
            ("上旬", 1, 10),
            ("中旬", 11, 20),
            ("下旬", 21, days_in_month(y, m)),
        ];
        for (w, a, b) in xun {
            if let Some((we, ())) =
                wraps::lexicon_word_at(cx, end, |r| r.starts_with(w).then_some((w.len(), ())))
            {
                let q0 = Point {
                    day: Some(a),
                    part: periods::part_at(w).map(|x| x.1),
                    ..*p
                };
                let q1 = Point { day: Some(b), ..*p };
                return Some((q0, Some(q1), we));
            }
        }
    }
    None
}

/// Months of a year named by count: `前三季度` (1–9), `前两个季度`, `前十一个月`,
/// `后三月` (10–12), `最后4个月`, `首月`, `第三个月`, `第8个月`; Hong Kong's and
/// Taiwan's `首 3季`, `首三個月`, `前3季` (the first ones). Returns the first and
/// last month and the length of the words.
fn months_of_year(rest: &str) -> Option<(u32, u32, usize)> {
    if rest.starts_with("首月") {
        return Some((1, 1, "首月".len()));
    }
    let (kind, body) = [
        ("前", 0u8),
        ("首", 0),
        ("后", 1),
        ("最后", 1),
        ("最後", 1),
        ("第", 2),
    ]
    .iter()
    .find_map(|(w, k)| rest.strip_prefix(w).map(|b| (*k, b)))?;
    let body_t = body.trim_start();
    let n_end = body_t
        .char_indices()
        .find(|(_, c)| !(crate::chinese::numerals::is_cn_numeral_char(*c) || c.is_ascii_digit()))
        .map(|(i, _)| i)?;
    let n = crate::chinese::numerals::parse(&body_t[..n_end])?;
    if n.fract() != 0.0 || n < 1.0 {
        return None;
    }
    let n = n as u32;
    let after = body_t[n_end..].trim_start();
    let after = after
        .strip_prefix('个')
        .or_else(|| after.strip_prefix('個'))
        .unwrap_or(after);
    let (months, w) = if after.starts_with("季度") {
        (n * 3, "季度")
    } else if after.starts_with('季') && kind < 2 {
        (n * 3, "季")
    } else if after.starts_with('月') {
        (n, "月")
    } else {
        return None;
    };
    if months == 0 || months > 12 {
        return None;
    }
    let used = rest.len() - after.len() + w.len();
    Some(match kind {
        0 => (1, months, used),
        1 => (13 - months, 12, used),
        _ if w == "季度" => (months - 2, months, used),
        _ => (months, months, used),
    })
}

/// The first or last days of a period named by count: `前10天`, `前两天`,
/// `最后五天`, `最後 3 天`. Returns whether they are the first, how many (at
/// most 28, within one month) and the length of the words.
fn days_of(rest: &str) -> Option<(bool, u32, usize)> {
    let (first, body) = [("前", true), ("最后", false), ("最後", false)]
        .iter()
        .find_map(|(w, k)| rest.strip_prefix(w).map(|b| (*k, b)))?;
    let body_t = body.trim_start();
    let n_end = body_t
        .char_indices()
        .find(|(_, c)| !(crate::chinese::numerals::is_cn_numeral_char(*c) || c.is_ascii_digit()))
        .map(|(i, _)| i)?;
    let n = crate::chinese::numerals::parse(&body_t[..n_end])?;
    if n.fract() != 0.0 || !(1.0..=28.0).contains(&n) {
        return None;
    }
    let after = body_t[n_end..].trim_start();
    let after = after.strip_prefix('天')?;
    Some((first, n as u32, rest.len() - after.len()))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// How far apart two dates may be for [`infer`] to look for a sentence's end
/// between them, in bytes; further apart they are in different sentences.
const SENTENCE_SCAN_BYTES: usize = 2048;

/// The day numbered `d` of the month before, of, or after day `z` that lies
/// nearest to it (`10日` in a text of 2018-02-13 is 2018-02-10; `28日` in one of
/// 2018-01-02 is 2017-12-28).
fn nearest_day_numbered(z: i64, d: u32) -> i64 {
    let (y, m, _) = civil_from_days(z);
    let months = y * 12 + m as i32 - 1;
    (-1..=1)
        .filter_map(|k| {
            let (y, m) = (
                (months + k).div_euclid(12),
                (months + k).rem_euclid(12) as u32 + 1,
            );
            (d <= days_in_month(Some(y), m)).then(|| days_from_civil(y, m, d))
        })
        .min_by_key(|c| (c - z).abs())
        .unwrap_or(z)
}

/// Weeks of a year or a month (`in_month`), counted from its first Monday (a
/// week belongs to the month or year it starts in): `第一周`, `第二个礼拜`,
/// `前2周` (`2021年的第一周` → 2021-01-04 to 2021-01-10, `2021年3月第三周` →
/// 2021-03-15 to 2021-03-21). With a weekday after a count of 个, the N-th such
/// day (`5月第二个星期日` → 2021-05-09, `八月份的第一个周二`), which must fall in
/// the month or year.
fn weeks_of(rest: &str, y: i32, m: u32, in_month: bool) -> Option<(Point, Point, usize)> {
    let (first_only, body) = [("第", false), ("前", true)]
        .iter()
        .find_map(|(w, k)| rest.strip_prefix(w).map(|b| (!*k, b)))?;
    let n_end = body
        .char_indices()
        .find(|(_, c)| !(crate::chinese::numerals::is_cn_numeral_char(*c) || c.is_ascii_digit()))
        .map(|(i, _)| i)?;
    let n = crate::chinese::numerals::parse(&body[..n_end])?;
    if n.fract() != 0.0 || !(1.0..=53.0).contains(&n) {
        return None;
    }
    let counted = &body[n_end..];
    let after = counted
        .strip_prefix('个')
        .or_else(|| counted.strip_prefix('個'))
        .unwrap_or(counted);
    let w = ["周", "礼拜", "星期"]
        .into_iter()
        .find(|w| after.starts_with(w))?;
    let used = rest.len() - after.len() + w.len();
    let d0 = days_from_civil(y, m, 1);
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    let wd = (d0 + 3).rem_euclid(7);
    let monday = d0 + (7 - wd) % 7;
    let n = n as i64;
    let pt = |z: i64| {
        let (y, m, d) = civil_from_days(z);
        Point {
            year: Some(Year::Known(y)),
            month: Some(m),
            day: Some(d),
            ..Point::default()
        }
    };
    // The N-th Tuesday: `第一个周二`, `第3个星期日`.
    let day_char = after[w.len()..].chars().next();
    let weekday = day_char
        .filter(|c| *c != '天' || w != "周")
        .and_then(|c| "一二三四五六日天".find(c).map(|b| (b / 3).min(6) as i64));
    if let (Some(target), true, true) = (weekday, first_only, after.len() < counted.len()) {
        let tail = &after[w.len() + day_char.map_or(0, char::len_utf8)..];
        if tail.starts_with(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十个年月号次百千万".contains(c)
        }) {
            return None;
        }
        let z = d0 + (target - wd).rem_euclid(7) + 7 * (n - 1);
        let (zy, zm, _) = civil_from_days(z);
        if zy != y || (in_month && zm != m) {
            return None;
        }
        let len = used + day_char.map_or(0, char::len_utf8);
        return Some((pt(z), pt(z), len));
    }
    let (a, b) = if first_only {
        (monday + 7 * (n - 1), monday + 7 * n - 1)
    } else {
        (monday, monday + 7 * n - 1)
    };
    // The week must start in its month or year.
    let (ay, am, _) = civil_from_days(a);
    if ay != y || (in_month && am != m) {
        return None;
    }
    Some((pt(a), pt(b), used))
}

/// A number of one or two ASCII digits at `from` (not three): its value and end.
fn one_or_two_digits(cx: &Ctx, from: usize) -> Option<(Option<u32>, usize)> {
    let n = cx.s.as_bytes()[from..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=2)
        .contains(&n)
        .then(|| (cx.s[from..from + n].parse::<u32>().ok(), from + n))
}

/// `m/d` at `pos`: a month and a day of one or two digits each, not part of a
/// longer number (`1/2/3`, `8/30.5`).
fn slash_month_day(cx: &Ctx, pos: usize) -> Option<(u32, u32, usize)> {
    let digits = |from: usize| one_or_two_digits(cx, from);
    let (m, me) = digits(pos)?;
    let sep = cx.at(me)?;
    if !matches!(sep, '/' | '／') {
        return None;
    }
    let (d, de) = digits(me + sep.len_utf8())?;
    let (m, d) = (m?, d?);
    if cx
        .at(de)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '／' | '.' | '%'))
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    Some((m, d, de))
}

/// Middle dots between a month and a day in the name of an incident.
const INCIDENT_DOTS: &[char] = &['·', '•', '・'];

/// An incident named by its month and day in quotation marks (`“5·12”汶川特大地震`,
/// `打赢了“1·26”(滨江)、“4·7”(下沙)等多场疫情阻击战`, `“4·7下沙社区遭遇战”`): the
/// day it happened, its year from the text around. Not a dotted number outside
/// quotes (`1·2`), nor one of three parts (`“1·2·3”`).
fn incident_month_day(cx: &Ctx, n: &Num) -> Option<(Point, usize)> {
    if !cx
        .before(n.start)
        .is_some_and(|c| matches!(c, '“' | '「' | '"' | '『' | '‘'))
    {
        return None;
    }
    let digits = |from: usize| one_or_two_digits(cx, from);
    let (m, me) = digits(n.start)?;
    let dot = cx.at(me).filter(|c| INCIDENT_DOTS.contains(c))?;
    let (d, de) = digits(me + dot.len_utf8())?;
    let (m, d) = (m?, d?);
    // The name goes on in its quotes (`“4·7下沙社区遭遇战”`) or closes them; a
    // number's unit or scale (`“1·2亿”`) is no incident's.
    let ends_name = match cx.at(de) {
        Some('”' | '」' | '"' | '』' | '’') => true,
        Some(c) => {
            crate::chinese::chars::is_han(c)
                && crate::chinese::numerals::cn_digit(c).is_none()
                && !"十百千万亿億萬元%".contains(c)
        }
        None => false,
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !ends_name {
        return None;
    }
    let p = Point {
        month: Some(m),
        day: Some(d),
        ..Point::default()
    };
    Some((p, de))
}

/// A month and a day written with a dot and glossed by the day of the week
/// (`10.16（周一）`, `11.3 (星期五)`: a schedule's or a diary's entries): the
/// weekday says the pair is a date, not a decimal or a section number.
fn dotted_day_of_week(cx: &Ctx, n: &Num) -> Option<(Point, usize)> {
    if cx
        .before(n.start)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '．'))
    {
        return None;
    }
    let digits = |from: usize| one_or_two_digits(cx, from);
    let (m, me) = digits(n.start)?;
    let dot = cx.at(me).filter(|c| matches!(c, '.' | '．'))?;
    let (d, de) = digits(me + dot.len_utf8())?;
    let (m, d) = (m?, d?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // A weekday named as such: a bare `（一）` may be an item's number.
    let end = weekday_after(cx, de)?;
    let gloss = &cx.s[de..end];
    if !["周", "星期", "礼拜"].iter().any(|w| gloss.contains(w)) {
        return None;
    }
    let p = Point {
        month: Some(m),
        day: Some(d),
        ..Point::default()
    };
    Some((p, de))
}

/// A day of the week in brackets after a date: `（六）`, `(周一)`, `（星期日）`.
fn weekday_after(cx: &Ctx, pos: usize) -> Option<usize> {
    let p = cx.skip_spaces(pos);
    let rest = cx.s.get(p..)?;
    let body = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    let body = ["星期", "礼拜", "周"]
        .iter()
        .find_map(|w| body.strip_prefix(w))
        .unwrap_or(body);
    let day = body.chars().next()?;
    if !"一二三四五六日天".contains(day) {
        return None;
    }
    let tail = &body[day.len_utf8()..];
    let close = tail.chars().next()?;
    matches!(close, '）' | ')').then(|| cx.s.len() - tail.len() + close.len_utf8())
}

/// The day of the week written in brackets right after `pos` (`(星期二)`, `（周日）`):
/// 1 Monday … 7 Sunday.
fn written_weekday(cx: &Ctx, pos: usize) -> Option<u8> {
    let end = weekday_after(cx, pos)?;
    let inner = cx.s[..end].trim_end_matches(['）', ')']);
    let c = inner.chars().next_back()?;
    "一二三四五六日天"
        .chars()
        .position(|x| x == c)
        .map(|i| (i as u8 + 1).min(7))
}

/// The day of the week of a civil date: 1 Monday … 7 Sunday.
fn weekday_of(y: i32, m: u32, d: u32) -> u8 {
    // 1970-01-01 was a Thursday.
    ((days_from_civil(y, m, d) + 3).rem_euclid(7) + 1) as u8
}

/// Month/day written with a slash (`8/3（六）`, `8/3（一）-8/7（五）`, `10/4（一）-9`):
/// a fraction or a score looks the same (`8/3`, `3/5`), so a day of the week after
/// the date or after the range's end must show the convention.
fn month_slash_day(cx: &Ctx, n: &Num) -> Option<(Point, Option<Point>, usize)> {
    if cx
        .before(n.start)
        .is_some_and(|c| matches!(c, '/' | '／' | '.' | '-' | ':'))
    {
        return None;
    }
    let (m, d, e) = slash_month_day(cx, n.start)?;
    let p = Point {
        month: Some(m),
        day: Some(d),
        ..Point::default()
    };
    let w1 = weekday_after(cx, e);
    let after = w1.unwrap_or(e);
    // A range: `-8/7`, `～8/7`, `-9`.
    if let Some(c) = connector_at(cx, after) {
        let c = cx.skip_spaces(c);
        let end = slash_month_day(cx, c)
            .map(|(m2, d2, e2)| (Some(m2), d2, e2))
            .or_else(|| {
                let n2 = cx.num_at(c)?;
                let v = int_value(&n2)??;
                let t = &cx.s[n2.start..n2.end];
                (t.bytes().all(|b| b.is_ascii_digit()) && (d < v) && v <= 31)
                    .then_some((None, v, n2.end))
            });
        if let Some((m2, d2, e2)) = end {
            let w2 = weekday_after(cx, e2);
            if w1.is_some() || w2.is_some() {
                let q = Point {
                    month: m2.or(Some(m)),
                    day: Some(d2),
                    ..Point::default()
                };
                return Some((p, Some(q), e2));
            }
        }
    }
    // (Or a time of day right after it: `10/4 21:00~22:00`; a day the month has,
    // and no ordinal, `第3/4场`.)
    let timed = clock_time_after(cx, e)
        && d <= crate::calendar::days_in_month(None, m)
        && cx.before(n.start) != Some('第');
    (w1.is_some() || timed).then_some((p, None, e))
}

/// Whether a time of day follows `pos` after spaces (`10/4 21:00`, `3/15 14:30`).
fn clock_time_after(cx: &Ctx, pos: usize) -> bool {
    let at = cx.skip_spaces(pos);
    if at == pos {
        return false;
    }
    let Some((Some(h), he)) = one_or_two_digits(cx, at) else {
        return false;
    };
    let Some(colon) = cx.at(he).filter(|c| matches!(c, ':' | '：')) else {
        return false;
    };
    let me = he + colon.len_utf8();
    let b = cx.s.as_bytes();
    h <= 24
        && b.len() >= me + 2
        && b[me].is_ascii_digit()
        && b[me + 1].is_ascii_digit()
        && !b.get(me + 2).is_some_and(u8::is_ascii_digit)
}

/// `2016到2018`, `2016-2018`: two four-digit years without 年.
fn year_range_without_nian(cx: &Ctx, n: &Num) -> Option<(Point, Point, usize)> {
    let four = |m: &Num| -> Option<i32> {
        let t = &cx.s[m.start..m.end];
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    };
    let a = four(n)?;
    let c = connector_at(cx, n.end)?;
    let m = cx.num_at(cx.skip_gap(c))?;
    let b = four(&m)?;
    if b <= a
        || cx
            .at(m.end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.'))
        || unit_after(cx, m.end, &['年']).is_some()
    {
        return None;
    }
    let p = |y| Point {
        year: Some(Year::Known(y)),
        ..Point::default()
    };
    Some((p(a), p(b), m.end))
}

/// Words after a fiscal or school year written with the two calendar years it
/// runs over (`2012-2013年度`, `2011-12年度`, `2010/11學年`), longest first.
const FISCAL_SPAN_WORDS: &[&str] = &["财政年度", "会计年度", "学年度", "年度", "学年", "财年"];

/// Separators between the two years of one fiscal or school year.
const FISCAL_SPAN_SEPARATORS: &[char] = &['-', '－', '—', '–', '/', '／'];

/// A fiscal or school year written with the two calendar years it runs over:
/// `2012-2013`, `2011-12`, `2010/11`, the second year the next one. Gives the
/// two years, the end of the text, and whether a fiscal word follows
/// (`年度`, `財政年度`, `學年`, read across a hard wrap: `2010-2011年` + wrap +
/// `度`).
fn fiscal_span_at(cx: &Ctx, n: &Num) -> Option<(i32, i32, usize, bool)> {
    // Digits, Arabic or Chinese written one by one (Hong Kong's `二○一七/一八年度`):
    // how many, and their value.
    let digits_valued = |m: &Num| -> Option<(usize, i32)> {
        let t = &cx.s[m.start..m.end];
        if t.bytes().all(|b| b.is_ascii_digit()) {
            return Some((t.len(), t.parse().ok()?));
        }
        let mut v = 0i32;
        let mut k = 0;
        for c in t.chars() {
            let d = "〇○零一二三四五六七八九".chars().position(|x| x == c)?;
            k += 1;
            // (Four digits at most: a year.)
            if k > 4 {
                return None;
            }
            v = v * 10 + (d.saturating_sub(2) as i32);
        }
        (k == 2 || k == 4).then_some((k, v))
    };
    let digits = |m: &Num| digits_valued(m).map(|(k, _)| k);
    if digits(n)? != 4 {
        return None;
    }
    let a: i32 = digits_valued(n)?.1;
    if !(1900..=2100).contains(&a) {
        return None;
    }
    // Hong Kong also writes `2025至26財政年度`: with 至, the second year in two digits
    // and the fiscal word after it.
    let sep = cx
        .at(n.end)
        .filter(|c| FISCAL_SPAN_SEPARATORS.contains(c) || *c == '至')?;
    let m = cx.num_at(n.end + sep.len_utf8())?;
    let (m_digits, b) = digits_valued(&m)?;
    let after = cx.skip_spaces(m.end);
    let word = wraps::lexicon_word_at(cx, after, |r| {
        FISCAL_SPAN_WORDS
            .iter()
            .find(|w| r.starts_with(**w))
            .map(|w| (w.len(), ()))
    });
    // (With 至 and both years in full, only a fiscal year's own name makes them
    // one: Hong Kong's `二○○五至二○○六財政年度`; `2005至2006年度` is two years.)
    let fiscal_named = ["财政年度", "学年度", "学年", "财年"]
        .iter()
        .any(|w| cx.s[after..].starts_with(w));
    match m_digits {
        4 if b == a + 1 && (sep != '至' || fiscal_named) => {}
        2 if b == (a + 1) % 100 => {}
        _ => return None,
    }
    let b = a + 1;
    match word {
        Some((e, ())) => Some((a, b, e, true)),
        // Without a word it only starts a range of fiscal years (`2007-08至
        // 2012-13年度`): alone `2011-12` is a month.
        None if sep != '至'
            && !cx
                .at(m.end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.')) =>
        {
            Some((a, b, m.end, false))
        }
        None => None,
    }
}

/// A fiscal or school year (`2011-2012年度`, `2011-12年度`) or a range of them
/// (`2007-2008至 2012-2013年度`, `2010-2011學年至 2012-2013學年`): one date
/// from the first year of the first to the last year of the last, with period
/// `FY`. Two years without a fiscal word after the last stay a range of years.
fn fiscal_years_at(cx: &Ctx, n: &Num) -> Option<(Point, Point, usize)> {
    let (a, b, e, word) = fiscal_span_at(cx, n)?;
    let fy = |y| Point {
        year: Some(Year::Known(y)),
        period: Some(Period::FY),
        ..Point::default()
    };
    let range = connector_at(cx, e)
        .filter(|&c| !cx.s[e..c].contains(FISCAL_SPAN_SEPARATORS))
        .and_then(|c| cx.num_at(cx.skip_gap(c)))
        .and_then(|m| fiscal_span_at(cx, &m))
        .filter(|&(c, _, _, word)| word && c > a);
    match range {
        Some((_, d, e2, _)) => Some((fy(a), fy(d), e2)),
        None if word => Some((fy(a), fy(b), e)),
        None => None,
    }
}

/// Day-month-year with an unambiguous order: the day is above 12 or equals the
/// month (`13.5.2015`, `05/05/89`). Ambiguous `3-7-2017` is not read.
fn dmy_at(cx: &Ctx, n: &Num) -> Option<(Point, usize)> {
    let t = cx.s.get(n.start..)?;
    let mut parts = Vec::new();
    let mut sep = None;
    let mut k = 0;
    for _ in 0..3 {
        let len = t[k..].bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        parts.push((&t[k..k + len], len));
        k += len;
        if parts.len() < 3 {
            let c = t[k..].chars().next()?;
            if !matches!(c, '.' | '/' | '-') || sep.is_some_and(|s| s != c) {
                return None;
            }
            sep = Some(c);
            k += 1;
        }
    }
    // A dash after a slashed or dotted date may start a range (checked by the caller).
    if t[k..].chars().next().is_some_and(|c| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '/') || (c == '-' && sep == Some('-'))
    }) {
        return None;
    }
    let (d, m, y) = (parts[0], parts[1], parts[2]);
    if d.1 > 2 || m.1 > 2 || !(y.1 == 4 || y.1 == 2) {
        return None;
    }
    let (mut d, mut m): (u32, u32) = (d.0.parse().ok()?, m.0.parse().ok()?);
    let four_digit_year = y.1 == 4;
    let y: i32 = y.0.parse().ok()?;
    let y = if y < 100 { two_digit_year(y) } else { y };
    // A year written last follows the day-month order in Chinese text (Hong
    // Kong's `3/7/2017`), unless the text writes month first: a second number
    // over 12 proves it (`2/28/2024`, `10/29/2024`), for itself and for the
    // slashed dates near it (`2/7/2024` beside `2/28/2024` is February 7th).
    let month_first = four_digit_year
        && sep == Some('/')
        && d <= 12
        && (m > 12 || (d != m && slashed_month_first_near(cx.s, n.start)));
    if month_first {
        std::mem::swap(&mut d, &mut m);
    }
    // A day that could be a month (`3-7-2017`) is read day first only with a
    // four-digit year: mainland and Taiwan write the year first, and Taiwan's
    // `8/3` is a month and a day.
    let ambiguous_ok = four_digit_year && (!cx.taiwan || month_first);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(d > 12 || d == m || ambiguous_ok) {
        return None;
    }
    let p = Point {
        year: Some(Year::Known(y)),
        month: Some(m),
        day: Some(d),
        ..Point::default()
    };
    Some((p, n.start + k))
}

/// How far around a slashed date other slashed dates are looked at for their
/// order, in bytes.
const SLASHED_ORDER_BYTES: usize = 1500;

/// Whether a slashed date with its year last near `pos` can only be month first
/// (`2/28/2024`: no 28th month) and none near it only day first (`28/2/2024`).
fn slashed_month_first_near(s: &str, pos: usize) -> bool {
    let from = (pos.saturating_sub(SLASHED_ORDER_BYTES)..=pos)
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(pos);
    let to = (pos + SLASHED_ORDER_BYTES).min(s.len());
    let to = (to..=s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len());
    let w = &s[from..to];
    let b = w.as_bytes();
    let digits_back = |end: usize| {
        let start = (0..end)
            .rev()
            .take_while(|&i| b[i].is_ascii_digit())
            .last()?;
        (end - start <= 2)
            .then(|| w[start..end].parse::<u32>().ok())
            .flatten()
    };
    let (mut month_first, mut day_first) = (false, false);
    for (i, _) in w.match_indices('/') {
        let Some(a) = digits_back(i) else { continue };
        let rest = &b[i + 1..];
        let la = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&la) || rest.get(la) != Some(&b'/') {
            continue;
        }
        let ly = rest[la + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if ly != 4 {
            continue;
        }
        let Ok(m) = w[i + 1..i + 1 + la].parse::<u32>() else {
            continue;
        };
        month_first |= a <= 12 && m > 12;
        day_first |= a > 12 && m <= 12;
    }
    month_first && !day_first
}

/// The second characters of words that 代 opens (代表, 代收, 代付, 代建, 代办,
/// 代购, 代际, 代理, 代码, 代替, 代扣, 代缴, 代偿, 代销, 代管, 代言, 代为, 代谢,
/// 代课, 代价, 代号, 代发, 代驾): after `N年` they make no decade.
const DAI_WORDS_SECOND: &str = "表收付建办购际理码替扣缴偿销管言为谢课价号发驾";

/// `1980年代`, `1990 年代末`: a decade by its first year, in four digits (a
/// decade is never its first year alone).
fn decade(cx: &Ctx, n: &Num) -> Option<(Point, Point, usize)> {
    n.numeral.filter(|x| x.arabic)?;
    let y = int_value(n)??;
    if !(1000..=2990).contains(&y) || y % 10 != 0 || cx.s[n.start..n.end].len() != 4 {
        return None;
    }
    let e = cx.skip_spaces(n.end);
    if !cx.s[e..].starts_with("年代") {
        return None;
    }
    let e = e + "年代".len();
    // Not a year before a word that 代 opens (`2020年代表大会`, `2020年代收代付`,
    // `2010年代建项目`).
    let compound = cx.at(e).is_some_and(|c| DAI_WORDS_SECOND.contains(c));
    let follows = cx.at(e).is_none_or(|c| {
        !crate::chinese::chars::is_han(c) || "的以至到里中后後起初末和及与前间".contains(c)
    }) || periods::part_at(&cx.s[e..]).is_some();
    if compound || !follows && !cx.ends_word(e) {
        return None;
    }
    let y = y as i32;
    Some(years_with_part(cx, y, y + 9, e))
}

/// `19世纪70年代`, `十九世纪七十年代`, `18世纪`: a range of years.
fn century(cx: &Ctx, n: &Num) -> Option<(Point, Point, usize)> {
    let c = int_value(n)??;
    if !(1..=30).contains(&c) || !cx.s[n.end..].starts_with("世纪") {
        return None;
    }
    // `四分之一世纪`: a fraction of a century is a length of time.
    if cx.s[..n.start].ends_with("分之") {
        return None;
    }
    let base = (c as i32 - 1) * 100;
    let e = n.end + "世纪".len();
    if let Some(d) = cx.num_at(e) {
        if let Some(Some(dv)) = int_value(&d) {
            if dv % 10 == 0 && dv < 100 && cx.s[d.end..].starts_with("年代") {
                let y = base + dv as i32;
                return Some(years_with_part(cx, y, y + 9, d.end + "年代".len()));
            }
        }
    }
    Some(years_with_part(cx, base, base + 99, e))
}

/// The years `from` to `to` ending at `e`, with the part of them written after
/// (世纪初, 年代末期) taken in.
fn years_with_part(cx: &Ctx, from: i32, to: i32, e: usize) -> (Point, Point, usize) {
    let p = |y| Point {
        year: Some(Year::Known(y)),
        ..Point::default()
    };
    match periods::part_at(&cx.s[e..]) {
        Some((len, part)) => (
            Point {
                part: Some(part),
                ..p(from)
            },
            p(to),
            e + len,
        ),
        None => (p(from), p(to), e),
    }
}

/// The end `q` of a range written without its year (or month) that falls
/// before the range's start `p` runs on into the next year (or month):
/// `2024年12月至1月` ends in 2025-01, `12月31日至1月1日` on the next year's first
/// day, `5月31-2日` on 2 June. `text` is the range's whole text; an end that
/// writes its own year or month is kept as written.
fn forward_end(p: &Point, mut q: Point, text: &str) -> Point {
    let key = |x: &Point| match x.year {
        Some(Year::Known(y)) => Some((y, x.month.unwrap_or(0), x.day.unwrap_or(0))),
        _ => None,
    };
    let (Some(a), Some(b)) = (key(p), key(&q)) else {
        return q;
    };
    if b >= a || p.day.is_some() != q.day.is_some() {
        return q;
    }
    let years = text.matches('年').count();
    let months = text.matches('月').count();
    match (q.year, q.month, q.day) {
        (Some(Year::Known(y)), Some(m), _) if y == a.0 && m < a.1 && years <= 1 => {
            q.year = Some(Year::Known(y + 1));
        }
        (Some(Year::Known(y)), Some(m), Some(d)) if y == a.0 && m == a.1 && months <= 1 => {
            let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            if d <= crate::calendar::days_in_month(Some(y), m) {
                q.year = Some(Year::Known(y));
                q.month = Some(m);
            }
        }
        _ => {}
    }
    q
}

/// ISO form with `XXXX`/`XX` for unknown parts; `None` when impossible.
fn iso(p: &Point) -> Option<String> {
    let y = match p.year {
        Some(Year::Known(y)) => Some(y),
        _ => None,
    };
    if let (Some(m), Some(d)) = (p.month, p.day) {
        if d > days_in_month(y, m) {
            return None;
        }
    }
    let ys = y
        .map(|y| format!("{y:04}"))
        .unwrap_or_else(|| "XXXX".into());
    let ms = p
        .month
        .map(|m| format!("{m:02}"))
        .unwrap_or_else(|| "XX".into());
    Some(match (p.month.is_some() || p.day.is_some(), p.day) {
        (false, _) => ys,
        (true, None) => format!("{ys}-{ms}"),
        (true, Some(d)) => format!("{ys}-{ms}-{d:02}"),
    })
}

/// What date inference remembers from the dates before: the article they are
/// in, its last year (and the line it was written on) and month. Carried from
/// one stretch of text to the next.
#[derive(Debug, Default)]
pub(crate) struct Context {
    article: Option<Option<usize>>,
    last_year: Option<(Year, usize)>,
    last_month: Option<u32>,
    /// Where the date that named `last_month` ends.
    last_month_end: usize,
    /// The last year and month written together, with the line of its paragraph
    /// (what `当月` and `次月` count from).
    last_year_month: Option<(i32, u32, usize)>,
    /// Lunar dates, by entry start (see [`lunar_dates`]).
    lunar: std::collections::HashMap<usize, LunarDay>,
    /// The lunar ends of ranges of lunar dates, by entry start (`小年夜至初五`).
    lunar_ends: std::collections::HashMap<usize, LunarDay>,
    /// Weeks of a month or year whose year is not known yet (`3月第三周`,
    /// `本月第2周`): entry start → where the month or year ends and where the
    /// week words start (after an optional `的`).
    weeks: std::collections::HashMap<usize, (usize, usize)>,
    /// The last full date written (as a day number) and its line: what `次日`
    /// and `当天` count from.
    last_day: Option<(i64, usize)>,
    /// Where that date ends (a bare weekday takes its week only within its
    /// sentence).
    last_day_end: usize,
    /// Each article's own date (see [`article_dates`]); the reference date where
    /// an article has none.
    article_years: Vec<Option<(i32, Option<u32>)>>,
    reference: Option<(i32, Option<u32>)>,
    /// The year each article reports on (see [`ArticleDate::period`]).
    article_periods: Vec<Option<i32>>,
    /// Whether each article is a summary of that year (see [`ArticleDate::summary`]).
    article_summaries: Vec<bool>,
    /// The year named in each section's heading (`三、2026年预算草案`), by the
    /// section's index, once looked up.
    section_years: std::collections::HashMap<usize, Option<i32>>,
    /// The same, where they name a day (what day and week words resolve against).
    article_days: Vec<Option<i64>>,
    reference_day: Option<i64>,
    /// Where relative words were found (entry start → what they say).
    relative: std::collections::HashMap<usize, Relative>,
    /// The relative word of a range's end where it has its own (`今年5月至明年3月`:
    /// entry start → 明年).
    relative_ends: std::collections::HashMap<usize, Relative>,
    /// The last line looked at and the first line of its paragraph.
    paragraph: Option<(usize, usize)>,
    /// A chronicle's year lines and their blocks (see [`chronicle_year_lines`]),
    /// once looked up.
    chronicle_years: Option<Vec<(usize, usize, i32)>>,
}

impl Context {
    /// Inference that knows each article's date and, for articles without one,
    /// the reference date's year.
    /// The periods the articles without a date of their own report on
    /// ([`article_periods`]), for `上年` and dates without a year.
    pub fn with_periods(mut self, periods: &[Option<i32>]) -> Self {
        for (own, title) in self.article_periods.iter_mut().zip(periods) {
            if own.is_none() {
                *own = *title;
            }
        }
        self
    }

    pub fn with_dates(articles: &[Option<ArticleDate>], reference: Option<&str>) -> Self {
        Context {
            article_years: articles
                .iter()
                .map(|d| d.as_ref().map(|d| (d.year, month_of(&d.value))))
                .collect(),
            reference: reference.and_then(|r| Some((r.get(..4)?.parse().ok()?, month_of(r)))),
            article_periods: articles
                .iter()
                .map(|d| d.as_ref().and_then(|d| d.period))
                .collect(),
            article_summaries: articles
                .iter()
                .map(|d| d.as_ref().is_some_and(|d| d.summary))
                .collect(),
            article_days: articles
                .iter()
                .map(|d| d.as_ref().and_then(|d| day_of(&d.value)))
                .collect(),
            reference_day: reference.and_then(day_of),
            ..Context::default()
        }
    }

    /// The first line of the paragraph holding `line` (lines visited in text
    /// order, each once). A paragraph runs on over wrapped lines until a line ends
    /// a sentence (`。！？；：`) or is blank, so a hard-wrapped PDF copy keeps its
    /// paragraphs.
    fn paragraph_of(&mut self, cx: &Ctx, line: usize) -> usize {
        let (mut at, mut start) = match self.paragraph {
            Some((at, start)) if at <= line => (at, start),
            _ => (line, line),
        };
        let text = cx.a.text;
        while at < line {
            let range = cx.a.index.line_range(text, at);
            let prev = text[range.clone()].trim_end();
            at += 1;
            if prev.is_empty()
                || prev.ends_with(['。', '！', '？', '；', '：', '!', '?', ';'])
                || heads_section(cx, range)
                || heads_section(cx, cx.a.index.line_range(text, at))
            {
                start = at;
            }
        }
        self.paragraph = Some((line, start));
        start
    }

    /// The article's own day, else the reference day: when the article has no
    /// date of its own, or one without a day (the month or year a statistics
    /// release reports on, `二零一三年十一月份的零售業銷貨額`) that the reference day
    /// falls in or within the year after (the day it was released).
    fn article_day(&self, article: Option<usize>) -> Option<i64> {
        match article.and_then(|i| self.article_years.get(i).copied().flatten()) {
            Some((y, m)) => article
                .and_then(|i| self.article_days.get(i).copied().flatten())
                .or_else(|| {
                    self.reference_day.filter(|&z| {
                        let (ry, rm, _) = civil_from_days(z);
                        (ry, rm) >= (y, m.unwrap_or(1)) && ry <= y + 1
                    })
                }),
            None => self.reference_day,
        }
    }

    /// The year a summary published in the first months after it sums up (its
    /// `今年`, `去年`, `明年` count from it), or dated only by the next year its
    /// title plans for (`2020年度工作总结和2021年度工作思路`).
    fn summed_up_year(&self, article: Option<usize>) -> Option<i32> {
        let i = article?;
        let period = self.article_periods.get(i).copied().flatten()?;
        let (y, m) = self.article_years.get(i).copied().flatten()?;
        (*self.article_summaries.get(i)?
            && y == period + 1
            && m.is_none_or(|m| m <= SUMMARY_LATE_MONTHS))
        .then_some(period)
    }

    fn article_year(&self, article: Option<usize>) -> Option<i32> {
        self.article_date(article).map(|d| d.0)
    }

    fn article_date(&self, article: Option<usize>) -> Option<(i32, Option<u32>)> {
        article
            .and_then(|i| self.article_years.get(i).copied().flatten())
            .or(self.reference)
    }

    /// The year the passage at `pos` is about, where the text says so beyond its
    /// own paragraph: the year in the heading of a section holding it (the
    /// nearest one that names a year), else the year the article reports on.
    /// A chronicle's year line (see [`chronicle_year_lines`]) nearer than any
    /// heading counts first.
    fn passage_year(&mut self, cx: &Ctx, article: Option<usize>, pos: usize) -> Option<i32> {
        let chronicle = self.chronicle_year(cx, article, pos);
        let structure = &cx.a.structure;
        let mut section = structure.locate(pos).1;
        while let Some(i) = section {
            let year = *self
                .section_years
                .entry(i)
                .or_insert_with(|| heading_year(cx.s, &structure.sections[i]));
            if let Some(y) = year {
                return Some(match chronicle {
                    Some((at, c)) if at > structure.sections[i].range.start => c,
                    _ => y,
                });
            }
            section = structure.sections[i].parent;
        }
        chronicle
            .map(|(_, y)| y)
            .or_else(|| article.and_then(|i| self.article_periods.get(i).copied().flatten()))
    }

    /// The year line of a chronicle that heads the entry at `pos` (its start and
    /// year), in the same article.
    fn chronicle_year(
        &mut self,
        cx: &Ctx,
        article: Option<usize>,
        pos: usize,
    ) -> Option<(usize, i32)> {
        let lines = self
            .chronicle_years
            .get_or_insert_with(|| chronicle_year_lines(cx.s));
        let i = lines
            .partition_point(|&(at, _, _)| at < pos)
            .checked_sub(1)?;
        let (at, end, y) = lines[i];
        (pos < end && cx.a.structure.locate(at).0 == article).then_some((at, y))
    }
}

/// Whether the date at `pos` recurs every year (`每年1月31日前报送`, `每年的3月15日`):
/// it has no year to infer.
fn recurs_yearly(s: &str, pos: usize) -> bool {
    let before = s[..pos].trim_end_matches([' ', '\u{3000}']);
    let before = before.strip_suffix('的').unwrap_or(before);
    // (`每到3月15日`, `每逢6月`: whenever it comes.)
    ["每年", "每年度", "每一年", "每到", "每逢", "每至", "每当"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The year lines of a chronicle (大事记) and the entries each heads: a line
/// holding only a year (`1989年`, `一九八九年`) with an entry dated by its month
/// on the next line (`1月3日  县政府批准…`) is the year of the dates without one
/// in the entries after it. The block runs while lines open an entry (a month, a
/// day, `同月`…) or go on with the one before (no sentence ended), up to the
/// next year line: (start, end, year), in text order.
fn chronicle_year_lines(s: &str) -> Vec<(usize, usize, i32)> {
    let mut out: Vec<(usize, usize, i32)> = Vec::new();
    let mut pending: Option<(usize, i32)> = None;
    // The open block's start and year, and whether the line before ended a sentence.
    let mut open: Option<(usize, i32)> = None;
    let mut ended = false;
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if !t.is_empty() {
            if let Some(p) = pending.take() {
                if opens_with_a_month(t) {
                    open = Some(p);
                }
            } else if let Some((b, y)) = open {
                if ended && !opens_an_entry(t) {
                    out.push((b, start, y));
                    open = None;
                }
            }
            if t.len() <= YEAR_LINE_MAX_BYTES {
                if let Some(y) = year_alone(t) {
                    if let Some((b, oy)) = open.take() {
                        out.push((b, start, oy));
                    }
                    pending = Some((start, y));
                }
            }
            ended = t.ends_with(['。', '！', '？', '；', '!', '?', ';']);
        }
        start += line.len();
    }
    if let Some((b, y)) = open {
        out.push((b, s.len(), y));
    }
    out
}

/// Words that open a chronicle's entry dated by the one before (`同月，…`).
const ENTRY_WORDS: &[&str] = &[
    "同月", "是月", "当月", "本月", "同日", "是日", "当日", "次日", "上旬", "中旬", "下旬", "月底",
    "月初", "年内", "是年", "同年", "春", "夏", "秋", "冬",
];

/// Whether a line opens a chronicle's entry: a month, a day (`14日`), or a word
/// of [`ENTRY_WORDS`].
fn opens_an_entry(t: &str) -> bool {
    let digits = t
        .char_indices()
        .take_while(|&(_, c)| {
            c.is_ascii_digit() || fullwidth_digit(c).is_some() || "一二三四五六七八九十".contains(c)
        })
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    opens_with_a_month(t)
        || ((1..=9).contains(&digits) && t[digits..].starts_with(['日', '号']))
        || ENTRY_WORDS.iter().any(|w| t.starts_with(w))
}

/// The longest line that may hold only a year (with its brackets or colon).
const YEAR_LINE_MAX_BYTES: usize = 24;

/// The year of a line that is only a year: four digits (ASCII, full-width or
/// Chinese, `一九八九`) and `年`, in brackets or before a colon or not.
fn year_alone(t: &str) -> Option<i32> {
    let t = t.trim_start_matches(['【', '[', '〔', '（', '(']);
    let t = t.trim_end_matches(['】', ']', '〕', '）', ')', '：', ':']);
    let digits = t.strip_suffix('年')?;
    let mut y = 0;
    let mut n = 0;
    for c in digits.chars() {
        let d = c
            .to_digit(10)
            .or_else(|| fullwidth_digit(c))
            .or_else(|| "〇一二三四五六七八九".find(c).map(|i| (i / 3) as u32))
            .or_else(|| matches!(c, '零' | '○' | 'Ｏ').then_some(0))?;
        if n == 4 {
            return None;
        }
        y = y * 10 + d as i32;
        n += 1;
    }
    (n == 4 && (1000..=2100).contains(&y)).then_some(y)
}

/// Whether a line opens with a month (`1月`, `１２月`, `十二月`, `正月`): a
/// chronicle's entry.
fn opens_with_a_month(t: &str) -> bool {
    let digits = t
        .char_indices()
        .take_while(|&(_, c)| {
            c.is_ascii_digit()
                || fullwidth_digit(c).is_some()
                || "一二三四五六七八九十正".contains(c)
        })
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    (1..=9).contains(&digits) && t[digits..].starts_with('月')
}

/// The day of the dated meeting or step a paragraph (opening on line
/// `paragraph`) is recorded under: minutes kept in a report
/// (`（十六）99 年 11 月 11 日第 620 次委員會議決議：` / `…今天共聽取44 位民眾之發言`)
/// say `今天` of that meeting's day, not of the day the report was written. The
/// heading is the line before the paragraph, a step that introduces it (a marker,
/// one full date, and `：` at its end). A heading that only names an earlier day
/// (`恢復辯論經於 2013年 2月 27日動議的條例草案二讀議案`) is no such step: its
/// `今天` is the sitting's.
fn heading_day(cx: &Ctx, paragraph: usize) -> Option<i64> {
    let text = cx.a.text;
    let before = (paragraph.saturating_sub(STEP_HEADING_GAP + 1)..paragraph)
        .rev()
        .map(|l| cx.a.index.line_range(text, l))
        .find(|r| !text[r.clone()].trim().is_empty())?;
    let line = cx.s[before.clone()].trim();
    (line.ends_with(['：', ':']) && dated_step(line.trim_end_matches(['：', ':'])))
        .then(|| one_full_day(cx, before))
        .flatten()
}

/// Blank lines that may stand between a step heading and its paragraph.
const STEP_HEADING_GAP: usize = 2;

/// The day of the one full date written in `range` (none if there are two).
fn one_full_day(cx: &Ctx, range: std::ops::Range<usize>) -> Option<i64> {
    if range.is_empty() || !cx.s[range.clone()].contains(['日', '号']) {
        return None;
    }
    let sub = Ctx::of_range(cx.a, range, cx.taiwan);
    let days: Vec<i64> = find(&sub, &mut Context::default())
        .into_iter()
        .filter(|c| c.inferred.is_empty() && c.end.is_none() && !c.incomplete)
        .filter(|c| matches!(c.precision, Some(Precision::Day)))
        .filter_map(|c| day_of(c.value?.as_str()?))
        .collect();
    match days[..] {
        [z] => Some(z),
        _ => None,
    }
}

/// The year a section's heading names as its subject (`三、2026年预算草案`,
/// `（二）2025年工作回顾`): four digits and `年`, not a span (`2021—2025年`),
/// a forecast or a comparison (see [`lends_year_at`]). List items are sentences,
/// not headings: they name none.
fn heading_year(s: &str, section: &crate::structure::SectionRange) -> Option<i32> {
    if section.item {
        return None;
    }
    let title = s.get(section.title.clone())?;
    let mut i = 0;
    while let Some(k) = title[i..].find('年') {
        let at = i + k;
        // ASCII or full-width digits (`一、１９５５年国家决算`).
        let digits: Vec<(usize, u32)> = title[..at]
            .char_indices()
            .rev()
            .map_while(|(p, c)| Some((p, c.to_digit(10).or_else(|| fullwidth_digit(c))?)))
            .collect();
        let start = digits.last().map_or(at, |d| d.0);
        let span = title[..start].ends_with(['-', '—', '–', '~', '～', '至', '到']);
        if digits.len() == 4
            && !span
            && lends_year_at(
                s,
                section.title.start + start..section.title.start + at + 3,
                true,
            )
        {
            let y = digits.iter().rev().fold(0, |y, d| y * 10 + d.1 as i32);
            if (1900..=2100).contains(&y) {
                return Some(y);
            }
        }
        i = at + '年'.len_utf8();
    }
    None
}

fn fullwidth_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}

/// Whether the line at `line` (a byte range) holds a short heading or an
/// article's title (`一、综合`): a paragraph of its own, whatever punctuation it
/// ends with. A long heading line may be wrapped and go on in the next line.
pub(super) fn heads_section(cx: &Ctx, line: std::ops::Range<usize>) -> bool {
    const SHORT_HEADING_CHARS: usize = 20;
    // Bytes first: most lines are too long to be counted at all.
    let t = cx.s[line.clone()].trim();
    if t.len() > SHORT_HEADING_CHARS * 4 || t.chars().count() > SHORT_HEADING_CHARS {
        return false;
    }
    let structure = &cx.a.structure;
    let (article, section) = structure.locate(line.end);
    let starts_here = |r: &std::ops::Range<usize>| line.start <= r.start && r.start < line.end;
    section.is_some_and(|i| {
        let s = &structure.sections[i];
        !s.item && starts_here(&s.range)
    }) || article
        .and_then(|a| structure.articles[a].title.as_ref())
        .is_some_and(starts_here)
}

/// The day of an ISO value (`2016-11-01`), in days since 1970-01-01.
fn day_of(iso: &str) -> Option<i64> {
    let y: i32 = iso.get(..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(Some(y), m))
        .then(|| days_from_civil(y, m, d))
}

/// The Monday of the week of a day (weeks run Monday to Sunday; 1970-01-01
/// was a Thursday).
fn monday_of(z: i64) -> i64 {
    z - (z + 3).rem_euclid(7)
}

/// The point of a day (days since 1970-01-01).
fn day_point(z: i64) -> Point {
    let (y, m, d) = civil_from_days(z);
    Point {
        year: Some(Year::Known(y)),
        month: Some(m),
        day: Some(d),
        ..Point::default()
    }
}

/// The month of an ISO value (`2016-11-01` → 11).
fn month_of(iso: &str) -> Option<u32> {
    iso.get(5..7)?.parse().ok()
}

/// A word that names a year or month relative to the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    /// `今年` 0, `去年`/`上年` -1, `明年` +1, `前年` -2, `后年` +2.
    Year(i32),
    /// `本月` 0, `上月` -1, `下月` +1.
    Month(i32),
    /// `今天` 0, `昨天` -1, `明天` +1, `前天` -2, `3天前` -3.
    Day(i32),
    /// `本周` 0, `上周` -1, `下下周` +2 with a day of that week: `None` the whole
    /// week (Monday to Sunday), `Some(1..=7)` Monday…Sunday, `Some(WEEKEND)`.
    Week(i32, Option<u8>),
    /// `当天` 0, `次日` +1, `前一天` -1: a day counted from the full date written
    /// just before it (not from the reference date).
    After(i32),
    /// A weekday without a week word (`周五`, `星期一`): that day of the week
    /// being talked about, the week of the full date written just before it,
    /// else the reference date's week.
    Weekday(u8),
    /// A stretch of whole units next to the reference date, from `.1` to `.2`
    /// units away: `上两周` weeks −2…−1, `下三天` days +1…+3, `前1周` days −7…−1.
    Span(Unit, i32, i32),
    /// `本季度` 0, `上季度` -1, `下下个季度` +2; with its first or last month
    /// (`上季度初` 1, `上季度末` 3, else 0).
    Quarter(i32, u8),
    /// `本財政年度` 0, `上個財政年度` -1, `下一財政年度` +1, with its first months when
    /// `首N個月` follows (`本財政年度首10個月`): Hong Kong's runs from April to March,
    /// the mainland's and Taiwan's are calendar years.
    FiscalYear(i32, Option<u8>),
    /// `当年` 0, `次年`/`翌年` +1: a year counted from the year being talked about
    /// (the nearest year written before it in its paragraph, else the year of
    /// its section's heading or of the period the article reports on), else from
    /// the article's date.
    ThenYear(i32),
    /// `当月` 0, `次月`/`翌月` +1: the same for a month (the nearest year and
    /// month written before it in its paragraph, else the article's date).
    ThenMonth(i32),
    /// `同月`: the month of the date before, in its paragraph or in an entry
    /// before it (a chronicle's `4月，…` then `同月，…` on the next line).
    MonthBefore,
    /// `去年本月` -1, `明年本月` +1: the reference date's month in a year
    /// named from it (`去年同月` is the month being talked about, not this one).
    YearMonth(i32),
    /// `去年同月`, `上年同月` -1: the month being talked about (the nearest year
    /// and month written before it in its paragraph) in a year named from
    /// that month's year; without one, the year alone, as `去年同期` is.
    SameMonth(i32),
    /// `本世纪` 0, `上世纪` -1, with a decade (`上世纪90年代`: 90).
    Century(i32, Option<u8>),
    /// Halves of the current month or week (`上半月` days 1–15, `下半月` 16 to
    /// the end, `上半周` Monday–Wednesday, `下半周` Thursday–Sunday), or the half
    /// year before or after the current one (`上个半年`, `下个半年`).
    Half(HalfOf, bool),
}

/// What a [`Relative::Half`] halves; `false`/`true`: the first/second half (or
/// the half year before/after).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HalfOf {
    Month,
    Week,
    Year,
}

/// Halves of the current month or week and the neighbouring half years.
const HALF_WORDS: &[(&str, HalfOf, bool)] = &[
    ("上个半年", HalfOf::Year, false),
    ("下个半年", HalfOf::Year, true),
    ("上半月", HalfOf::Month, false),
    ("下半月", HalfOf::Month, true),
    ("上半周", HalfOf::Week, false),
    ("下半周", HalfOf::Week, true),
];

/// A half word at `i`, not after a number, month or year it would halve
/// instead (`1月上半月`, `2023年下半月`), nor inside another word (`以上半月`).
fn half_word_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    let rest = &cx.s[i..];
    let &(w, of, second) = HALF_WORDS.iter().find(|(w, _, _)| rest.starts_with(w))?;
    if cx.before(i).is_some_and(|c| {
        c.is_ascii_digit() || "年月周个以之向至北马往一二三四五六七八九十".contains(c)
    }) {
        return None;
    }
    Some((Relative::Half(of, second), i + w.len()))
}

/// The unit of a [`Relative::Span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// [`Relative::Week`]'s Saturday and Sunday (`周末`).
const WEEKEND: u8 = 8;

/// Whether the month word at `start..end` is the base of a comparison of
/// figures (`比上月`, `较上月`, `環比上月`) or the subject of one (`上月为上涨0.4%`).
fn compared_month(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].trim_end_matches(' ');
    let is = s[end..].trim_start_matches(' ');
    before.ends_with(['比', '较', '與', '与'])
        || is.strip_prefix(['为', '為']).is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+'))
                || [
                    "上涨", "下降", "上升", "下跌", "增长", "回落", "持平", "增加", "减少",
                ]
                .iter()
                .any(|w| r.starts_with(w))
        })
}

/// Year words that count from the year being talked about (`比上年增长` in a
/// bulletin on 2025 is 2024, whenever it was published), unlike `今年`, `去年`,
/// `明年`, which count from the day the text was written.
const ANAPHORIC_YEAR_WORDS: &[&str] = &["上年", "上一年", "本年", "下年", "下一年"];

/// An [`ANAPHORIC_YEAR_WORDS`] word at `i`, not a fiscal year (`本年度`, `上年度`,
/// `下一年度`: the budget year under discussion, counted from the text's date).
fn anaphoric_year_at(s: &str, i: usize) -> bool {
    ANAPHORIC_YEAR_WORDS
        .iter()
        .any(|w| s[i..].starts_with(w) && !s[i + w.len()..].starts_with('度'))
}

/// Year words among [`ANAPHORIC_YEAR_WORDS`] that name the year the text speaks
/// in (`本年`, this year): the period it reports on or the year its section is
/// about, else the day it was written; unlike `上年`, not a year its sentence
/// names.
const FRAME_YEAR_WORDS: &[&str] = &["本年"];

fn frame_year_at(s: &str, i: usize) -> bool {
    FRAME_YEAR_WORDS.iter().any(|w| s[i..].starts_with(w))
}

/// Relative words, longest first (`上一年` before `上年`).
const RELATIVE_WORDS: &[(&str, Relative)] = &[
    ("今明两年", Relative::Span(Unit::Year, 0, 1)),
    ("上一年", Relative::Year(-1)),
    ("下一年", Relative::Year(1)),
    ("今年", Relative::Year(0)),
    ("本年", Relative::Year(0)),
    ("当年", Relative::ThenYear(0)),
    ("次年", Relative::ThenYear(1)),
    ("翌年", Relative::ThenYear(1)),
    ("去年", Relative::Year(-1)),
    ("上年", Relative::Year(-1)),
    ("前年", Relative::Year(-2)),
    ("明年", Relative::Year(1)),
    ("来年", Relative::Year(1)),
    ("后年", Relative::Year(2)),
    ("下年", Relative::Year(1)),
    ("上上个月", Relative::Month(-2)),
    ("下下个月", Relative::Month(2)),
    ("上一个月", Relative::Month(-1)),
    ("下一个月", Relative::Month(1)),
    ("上个月", Relative::Month(-1)),
    ("下个月", Relative::Month(1)),
    ("这个月", Relative::Month(0)),
    ("今个月", Relative::Month(0)),
    ("本月", Relative::Month(0)),
    ("上月", Relative::Month(-1)),
    ("下月", Relative::Month(1)),
    ("当月", Relative::ThenMonth(0)),
    // A chronicle's `同月` (`4月…。同月，…`): the month of the date before.
    ("同月", Relative::MonthBefore),
    ("次月", Relative::ThenMonth(1)),
    ("翌月", Relative::ThenMonth(1)),
];

/// Characters before a relative word that make it the tail of another word, and
/// after it that make it the head of one (`年均`, `上年纪`).
fn relative_word_at(cx: &Ctx, i: usize, end: usize, word: &str) -> bool {
    let before = cx.before(i);
    let after = cx.at(end);
    if after == Some('均') {
        return false;
    }
    let bad_before: &str = match word {
        "当年" | "当月" => "相应正适恰充每担",
        // (`去年同月`, `上年同月` compare with the year before: read with it.)
        "同月" => "年相不共",
        // 次 as a classifier: `此次年会`, `一次年检`, `本次月考`, `依次年`.
        "次年" | "次月" => {
            "本此该每这上下首多逐层名届依其历各档班车批轮一二三四五六七八九十两几"
        }
        "上年" | "上月" | "下月" | "上一年" | "下一年" | "下年" | "上个月" | "下个月"
        | "上一个月" | "下一个月" | "上上个月" | "下下个月" => "以之向北马往",
        "这个月" => "在",
        "前年" | "后年" => "提之以此目当空今然最落先其年",
        // `一年来`, `多年来`, `近年来`, `未来`, `从来`, `原来`, `本来`, `后来`, `带来`,
        // `迎来`, `近来`, `将来`, `看来`, `起来`, `出来`, `回来`, `过来` + 年….
        "来年" => "年未从原本后向历以带迎近将看起出回过下上进到外",
        _ => "",
    };
    // (`从来年轻`: 来 then 年轻, 年纪, 年龄, 年级.)
    if word == "来年" && matches!(after, Some('轻' | '纪' | '龄' | '级' | '年' | '代')) {
        return false;
    }
    if before.is_some_and(|c| bad_before.contains(c))
        || (word.starts_with('次') && before.is_some_and(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // `算不上年终总结`, `谈不上`, `比不上`: 上 completes a verb, "not up to".
    if word.starts_with('上') && before == Some('不') {
        return false;
    }
    // `截至上年末`, `直至上月底`; not the `至上` of `客户至上`, supreme.
    if word.starts_with('上')
        && before == Some('至')
        && !cx.s[..i - '至'.len_utf8()].ends_with(['截', '直'])
    {
        return false;
    }
    // Words that point back to a date (`次年`, `翌月`, `当月`) do so where
    // they open a clause or follow a preposition, adverb or conjunction
    // (`2019年3月开工，次年5月竣工`, `8月1日至次年1月31日`, `以致当月`); after a
    // noun or verb they count from an event (`设立之次年`, `资遣当月`, `至迟为次年`).
    // (`自认定当年起`: the year of each award, not one of the calendar; after
    // its own year, `2019年当年`, the year itself.)
    // (`当年` after a verb only in `自认定当年起`, from the event's year on:
    // `设定当年稀土开采总量` is that year.)
    let event_year = word == "当年" && after == Some('起');
    if (matches!(word, "次年" | "翌年" | "次月" | "翌月" | "当月" | "同月") || event_year)
        && before.is_some_and(|c| {
            c.is_alphanumeric()
                && !"于在并及且也就即均再又则至到致使而但其自从由然".contains(c)
                && !(word == "当年" && c == '年')
        })
    {
        return false;
    }
    // `当年开工当年竣工`, `当年投产当年见效`: within one year, whichever it is.
    if word == "当年" {
        let near = |s: &str| s.chars().take(8).collect::<String>().contains("当年");
        let head: String = cx.s[..i]
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if near(&cx.s[end..]) || head.contains("当年") {
            return false;
        }
    }
    if word == "下年" && after.is_some_and(|c| "龄纪级轻底末初".contains(c)) {
        return false;
    }
    !(word == "上年"
        && (after.is_some_and(|c| "龄纪级轻".contains(c))
            || CARRIED_OVER.iter().any(|w| cx.s[end..].starts_with(w))))
}

/// `上年结余`, `上年结转资金`: budget lines carried over from the year before,
/// named so in every year's report; their `上年` is no date.
const CARRIED_OVER: &[&str] = &["结余", "结转"];

/// Taiwan's and Hong Kong's press write yesterday as `昨` alone before the verb
/// (`縣議會定期會昨續進行`, `議員昨分組審查縣府提案`): any `昨` that no word of a
/// day or part of one (`昨日`, `昨晚`, `昨兒`) and no idiom (`今是昨非`, `今非昨比`)
/// holds, before a Han character.
fn press_yesterday_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    if !(cx.taiwan || cx.hong_kong) || cx.at(i) != Some('昨') {
        return None;
    }
    let end = i + '昨'.len_utf8();
    let next = cx.at(end)?;
    let word = "日天晚夜晨早儿兒宵年".contains(next);
    let idiom = matches!(cx.before(i), Some('今' | '非' | '而' | '如'))
        || matches!(next, '非' | '是' | '比');
    (crate::chinese::chars::is_han(next) && !word && !idiom).then_some((Relative::Day(-1), end))
}

/// Parts of the day that a bare `今` or `昨` before them makes a day
/// (`今凌晨`, `今下午`, `昨上午`: the press's today and yesterday).
const PARTS_OF_DAY: &[&str] = &[
    "凌晨", "清晨", "早上", "早晨", "上午", "中午", "午间", "下午", "午后", "傍晚", "晚上", "晚间",
    "深夜",
];

/// `今` or `昨` alone before a part of the day (`立法院今凌晨三读`, `今上午召开`,
/// `昨下午`): today or yesterday, as `今晨` and `昨晚` are. Not the tail of a
/// word (`如今`, `至今`, `迄今`, `当今`, `古今`).
fn day_before_part_of_day_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    let k = match cx.at(i)? {
        '今' => 0,
        '昨' => -1,
        _ => return None,
    };
    // (今 and 昨 are both three bytes.)
    let end = i + '今'.len_utf8();
    let rest = &cx.s[end..];
    if !PARTS_OF_DAY.iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    // (`截至今上午` is today: `至` ends 截至 there.)
    let before = cx.before(i);
    let until = before == Some('至') && cx.s[..i].ends_with("截至");
    if matches!(
        before,
        Some('如' | '至' | '迄' | '当' | '古' | '而' | '现' | '今')
    ) && !until
    {
        return None;
    }
    Some((Relative::Day(k), end))
}

/// Words for a day relative to the reference date, longest first.
const DAY_WORDS: &[(&str, i32)] = &[
    ("大大前天", -4),
    ("大大后天", 4),
    ("大前天", -3),
    ("大后天", 3),
    ("今天", 0),
    ("今日", 0),
    ("本日", 0),
    ("昨天", -1),
    ("昨日", -1),
    ("明天", 1),
    ("明日", 1),
    ("后天", 2),
    ("前天", -2),
    ("前日", -2),
    // A part of the day with its day: `今晨`, `昨晚`, `明早`.
    ("今晨", 0),
    ("今早", 0),
    ("今晚", 0),
    ("昨晨", -1),
    ("昨早", -1),
    ("昨晚", -1),
    ("昨夜", -1),
    ("明晨", 1),
    ("明早", 1),
    ("明晚", 1),
];

/// Day words that count from the date the text has just named (`9月17日……当天下午`,
/// `次日`): resolved only when a full date stands shortly before them.
const ANAPHORIC_DAY_WORDS: &[(&str, i32)] = &[
    ("同一天", 0),
    ("前一天", -1),
    ("前一日", -1),
    ("第二天", 1),
    ("第二日", 1),
    ("当天", 0),
    ("当日", 0),
    ("同日", 0),
    ("次日", 1),
    ("翌日", 1),
    ("隔天", 1),
];

/// How many lines after the date it counts from an anaphoric day word may stand
/// (the same paragraph, or the next one or two short lines).
const ANAPHORA_LINES: usize = 3;

/// Is the anaphoric day word at `i` one? It points back only where it opens a
/// clause (`……举行，当天下午`) or follows a preposition or adverb (`并于次日`,
/// `于前一天`); after a noun it names the day of that noun (`休息日当天`,
/// `中秋节当天`, `截止日之次日`), and after `至` it belongs to a recurring span
/// (`每日下午6时至次日上午9时`). Not the head of another word (`当天真`,
/// `同日内瓦`, `同日而语`).
fn anaphoric_word_at(cx: &Ctx, i: usize, word: &str) -> bool {
    let opens = match cx.before(i) {
        None => true,
        Some(c) => !c.is_alphanumeric() || "于在并及且也就即均再又则".contains(c),
    };
    let rest = &cx.s[i + word.len()..];
    opens
        && !rest.starts_with([
            '然', '津', '性', '真', '赋', '空', '文', '使', '堂', '本', '常', '益', '而',
        ])
        && !rest.starts_with("内瓦")
}

const DAY_IDIOMS: &str = include_str!("../../../../dicts/day_word_idioms.txt");

/// Idioms, proverbs and names holding a day word that points at no day
/// (`dicts/day_word_idioms.txt`: `明日黄花`, `今日事今日毕`, `今日头条`).
fn day_word_idioms() -> &'static [&'static str] {
    static W: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    W.get_or_init(|| super::dict_lines(DAY_IDIOMS).collect())
}

/// Does the day word at `i` stand inside one of [`day_word_idioms`], wherever
/// in it (`今日事今日毕` holds two)?
fn in_day_idiom(cx: &Ctx, i: usize, word: &str) -> bool {
    day_word_idioms().iter().any(|idiom| {
        idiom
            .match_indices(word)
            .any(|(off, _)| i >= off && cx.s.get(i - off..).is_some_and(|r| r.starts_with(idiom)))
    })
}

/// Is the day word at `i` a date? Not after `的` (`美好的明天`, `中国的今天`: an
/// era, not a day), not compared with (`远胜今日`), not inside a title
/// (`《明日之后》`), an idiom or name ([`day_word_idioms`]) or another word
/// (`天然气`, `天津`, `先天后天`, `目前天气`, `此前日本`).
fn day_word_at(cx: &Ctx, i: usize, word: &str) -> bool {
    let before = cx.before(i);
    let rest = &cx.s[i + word.len()..];
    if matches!(before, Some('的' | '《' | '日'))
        || rest.starts_with(['然', '津', '性', '益'])
        || in_day_idiom(cx, i, word)
    {
        return false;
    }
    // `后天下之乐而乐` (范仲淹); `文明日益发展`, `表明天`: the tail of a word in 明.
    if (word == "后天" && rest.starts_with('下'))
        || (word.starts_with('明')
            && before.is_some_and(|c| {
                "文光说表声证发聪透阐查鲜分标注申严清开英精简高照黎昌失辨澄".contains(c)
            }))
    {
        return false;
    }
    let bad_before: &str = match word {
        "后天" | "前天" | "前日" => "提之以此目当空今然最落先其年眼面门日",
        // `昨日之悲`, `今日之中国`, `明日之星`: the literary "of", a time in
        // general (not `今日之前`, before a day).
        "明日" | "明天" | "昨日" | "昨天" | "今日" | "今天"
            if rest.strip_prefix('之').is_some_and(|r| {
                !r.starts_with(['前', '后', '後', '内', '內', '间', '間', '际', '際'])
            }) =>
        {
            return false
        }
        // `远胜今日`, `不如今天`, `比今天`: the present age, compared.
        "今天" | "今日" => "胜如比较",
        _ => "",
    };
    // (`考前日志`, `事前日记`: 前 ends the word before, 日 opens a diary.)
    if word == "前日"
        && (rest.starts_with(['本', '期'])
            || (rest.starts_with('志') && !rest.starts_with("志愿"))
            || (rest.starts_with('记') && !rest.starts_with("记者")))
    {
        return false;
    }
    !before.is_some_and(|c| bad_before.contains(c))
}

/// The week word at `i` (`上周`, `下个星期`, `这礼拜`, `上上周`): its offset and
/// where it ends.
fn week_word_at(cx: &Ctx, i: usize) -> Option<(i32, usize)> {
    let rest = &cx.s[i..];
    let (k, len) = [
        ("上上上", -3),
        ("下下下", 3),
        ("上上个", -2),
        ("下下个", 2),
        ("上一个", -1),
        ("下一个", 1),
        ("这一个", 0),
        ("上上", -2),
        ("下下", 2),
        ("上一", -1),
        ("下一", 1),
        ("这一", 0),
        ("上个", -1),
        ("下个", 1),
        ("这个", 0),
        ("今个", 0),
        ("今", 0),
        ("上", -1),
        ("下", 1),
        ("这", 0),
        ("本", 0),
    ]
    .iter()
    .find(|(w, _)| rest.starts_with(w))
    .map(|&(w, k)| (k, w.len()))?;
    let body = ["星期", "礼拜", "周"]
        .iter()
        .find(|b| rest[len..].starts_with(**b))?;
    // `今星期二`, `今礼拜`; not `至今周边`, `如今周末`.
    if rest.starts_with('今') && len == '今'.len_utf8() && *body == "周" {
        return None;
    }
    // `以上周期`, `马上周转`: the prefix belongs to the word before.
    if k != 0
        && cx
            .before(i)
            .is_some_and(|c| "以之向至北马往线路登".contains(c))
    {
        return None;
    }
    let end = i + len + body.len();
    // 周期, 周边, 周转, 周围, 周岁, 周年, 周刊, 周长, 周到, 周知: other words.
    if *body == "周"
        && cx
            .at(end)
            .is_some_and(|c| "期边转围岁年刊长到知密报".contains(c))
    {
        return None;
    }
    Some((k, end))
}

/// A weekday after a week word (`一`…`日`, `天` after 星期/礼拜), possibly
/// repeating the word (`下周周六`, `上周星期三`), or `末` (`周末`).
fn week_day_after(cx: &Ctx, end: usize) -> Option<(u8, usize)> {
    let rest = &cx.s[end..];
    if rest.starts_with('末') {
        return Some((WEEKEND, end + '末'.len_utf8()));
    }
    let (skip, rest) = ["星期", "礼拜", "周"]
        .iter()
        .find_map(|w| rest.strip_prefix(w).map(|r| (w.len(), r)))
        .unwrap_or((0, rest));
    let c = rest.chars().next()?;
    let d = "一二三四五六日天".find(c).map(|b| b / 3 + 1)?;
    // After the weekday, no other numeral (`下周一二`) or unit.
    let after = rest[c.len_utf8()..].chars().next();
    if after.is_some_and(|a| "一二三四五六七八九十个年月号次百千万".contains(a)) {
        return None;
    }
    Some((d.min(7) as u8, end + skip + c.len_utf8()))
}

/// Units of `N…前`/`N…后` (`3天前`, `两个月前`, `5年后`, `三个季度后`), with what
/// each resolves as (0 days, 1 weeks, 2 months, 3 years, 4 quarters).
const AGO_UNITS: &[(&str, u8)] = &[
    ("个季度", 4),
    ("个星期", 1),
    ("个礼拜", 1),
    ("个月", 2),
    ("星期", 1),
    ("礼拜", 1),
    ("天", 0),
    ("周", 1),
    ("年", 3),
];

/// The most years a count forward may reach (`5年后`): a longer one (`五十年后的中国`)
/// is a vision, not a date.
const MAX_YEARS_FORWARD: i32 = 15;

/// Does a phrase start before `pos`? Punctuation, the start of the text, or a
/// preposition, adverb or pronoun (`在`, `早`, `他`): after a verb or noun a count
/// is counted from an event (`会议召开15天前`, `项目建成三年后`).
fn starts_phrase(cx: &Ctx, pos: usize) -> bool {
    // A line break is a boundary after a short line (a title, a date line), not
    // inside hard-wrapped text (`五年以⏎上十年未滿者`).
    let head = cx.s[..pos].trim_end_matches(char::is_whitespace);
    if cx.s[head.len()..pos].contains('\n') {
        let line = head.rsplit('\n').next().unwrap_or(head);
        if line.chars().count() < 20 {
            return true;
        }
    }
    let before = head.chars().next_back();
    !before.is_some_and(|c| {
        !(c.is_ascii_punctuation()
            || "，。；：、！？（）“”「」《》…—在于早约就大概是他她我你们也才已将".contains(c)
            || APPOSITIVES.contains(c))
    })
}

/// Prepositions of comparison: a count back after them opens the compared phrase
/// (`与一年前同月比较`, `较三年前`), and a date after them lends no year (see
/// [`lends_year_at`]: `与`, `同`, `跟` only where they open their clause).
const COMPARING: &[char] = &['比', '较', '与', '同', '跟'];

/// `即` ("that is") restates the time just said: a count after it opens its
/// phrase (`即 4年後，香港達到新加坡今天的情況`).
const APPOSITIVES: &str = "即";

/// `N天前`, `两个月前`, `5年前`, `三个星期以前`, and forward `三天后`, `4周之后`,
/// `5年后`: a date N units before or after the reference date, as relative as
/// `去年`. Only where the count starts its phrase (`5年前，…`, `他5天前`). `5日前`
/// and `3月前` are days and months before a date, not counts; a two-digit ROC-like
/// year in a Taiwan document is a year (`99年前`).
fn ago_at(cx: &Ctx, n: &Num) -> Option<(Relative, usize)> {
    let x = n.numeral?;
    if x.value.fract() != 0.0 || !(1.0..=99.0).contains(&x.value) || x.more_than {
        return None;
    }
    // `五八年前`, `07 年以前`: a year written digit by digit or with a leading zero.
    let digits = &cx.s[n.start..n.end];
    if cx.is_ordinal(n)
        || !cx.numeral_starts_word(n)
        || (x.chinese && digits.chars().count() > 1 && is_digit_string(cx, n))
        || (x.arabic && digits.starts_with(['0', '０']))
        || !starts_phrase(cx, n.start)
            && !cx.before(n.start).is_some_and(|c| COMPARING.contains(&c))
    {
        return None;
    }
    // Spaces after an Arabic number, and a hard wrap after any (`其次是兩` + wrap +
    // `年前的現金派發`).
    let p = cx.unit_gap(n.end, x.arabic);
    let rest = &cx.s[p..];
    let &(unit, what) = AGO_UNITS.iter().find(|(u, _)| rest.starts_with(u))?;
    let after_unit = &rest[unit.len()..];
    // `3年半前`, `一年半后`: half a year more, six months.
    let half = what == 3 && after_unit.starts_with('半');
    let after_unit = if half {
        &after_unit['半'.len_utf8()..]
    } else {
        after_unit
    };
    let (tail, sign) = ago_tail(cx, n.start, after_unit)?;
    let k = sign * x.value as i32;
    if what == 3 && cx.taiwan && x.arabic && k <= -60 {
        return None;
    }
    if what == 3 && k > MAX_YEARS_FORWARD {
        return None;
    }
    let rel = match what {
        0 => Relative::Day(k),
        1 => Relative::Week(k, None),
        2 => Relative::Month(k),
        4 => Relative::Month(3 * k),
        _ if half => Relative::Month(12 * k + 6 * sign),
        _ => Relative::Year(k),
    };
    let half_len = if half { '半'.len_utf8() } else { 0 };
    let end = p + unit.len() + half_len + tail;
    // `一年前同月`: the month talked about, a year back; `一年前同期`, as
    // `去年同期`, the period a year back.
    match (rel, &cx.s[end..]) {
        (Relative::Year(k), r) if k < 0 && r.starts_with("同月") => {
            Some((Relative::SameMonth(k), end + "同月".len()))
        }
        (Relative::Year(k), r) if k < 0 && r.starts_with("同期") => {
            Some((rel, end + "同期".len()))
        }
        _ => Some((rel, end)),
    }
}

/// The `前`/`后` word of a count back or forward starting at `start`, at the
/// start of `after_unit`: its direction (−1, 1) and length. Not `前后`, `前夕`,
/// `后期`, `后来` (other words), and a count forward only as the time of its
/// clause (see [`ago_at`]).
fn ago_tail(cx: &Ctx, start: usize, after_unit: &str) -> Option<(usize, i32)> {
    let &(tail, sign) = [
        ("之前", -1),
        ("以前", -1),
        ("前", -1),
        ("之后", 1),
        ("之後", 1),
        ("以后", 1),
        ("以後", 1),
        ("后", 1),
        ("後", 1),
    ]
    .iter()
    .find(|(w, _)| after_unit.starts_with(*w))?;
    let next = &after_unit[tail.len()..];
    // `前后`, `前夕`, `前期`: around or before something else; `后期`, `后来`,
    // `后续`: words in 后.
    let bad_next: &[char] = if sign < 0 {
        &['后', '夕', '期', '列', '十', '几']
    } else {
        &[
            '期', '来', '续', '者', '方', '果', '勤', '备', '台', '面', '院', '半', '十', '几',
        ]
    };
    if next.starts_with(bad_next) {
        return None;
    }
    // A count forward is a date only as the time of its clause (`三天后，…`, or
    // alone): inside a clause it counts from an event as often
    // (`三年以后还没有再就业的下岗职工`, `並在兩年後再行重新檢討`).
    // It must also open its clause: after a preposition or verb it counts from a
    // time written before (`在107年的時候……，在兩年之後，也就是在109年`) or
    // from now as a length (`從現在算起……或者是兩年之後`), both judged lengths.
    if sign > 0
        && (next.chars().next().is_some_and(|c| {
            !matches!(
                c,
                '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n' | '\r' | '）' | ')'
            )
        }) || cx.s[..start]
            .trim_end_matches([' ', '\u{3000}'])
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() && !APPOSITIVES.contains(c)))
    {
        return None;
    }
    Some((tail.len(), sign))
}

/// `半年前`, `半年后`: six months before or after the reference date, where the
/// words start their phrase (as a count does, [`ago_at`]).
fn half_year_ago_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    let after = cx.s[i..].strip_prefix("半年")?;
    // `上半年前`, `近半年`, `一年半前`: another word or count holds the half.
    if cx
        .before(i)
        .is_some_and(|c| "上下前后大多个年月一二三四五六七八九十两近约0123456789".contains(c))
        || !starts_phrase(cx, i)
    {
        return None;
    }
    let (tail, sign) = ago_tail(cx, i, after)?;
    Some((Relative::Month(6 * sign), i + "半年".len() + tail))
}

/// A fiscal year named from the text's date (`本財政年度`, `今個財政年度`, `上個財政年度`,
/// `本財年`), with its first months after it (`本財政年度首10個月`); a word of its own
/// (not `两个以上财政年度`, `日本财年`).
fn fiscal_year_word_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    let rest = &cx.s[i..];
    let &(w, k) = FISCAL_YEAR_WORDS
        .iter()
        .find(|(w, _)| rest.starts_with(w))?;
    if cx.before(i).is_some_and(|c| "以之向至北马往日".contains(c)) {
        return None;
    }
    let mut end = i + w.len();
    let tail = &cx.s[end..];
    let tail_at = end + (tail.len() - tail.trim_start_matches('的').len());
    let months = months_of_year(&cx.s[tail_at..])
        .filter(|&(a, b, _)| a == 1 && b <= 12 && cx.s[tail_at..].starts_with(['首', '前']))
        .map(|(_, b, len)| {
            end = tail_at + len;
            b as u8
        });
    Some((Relative::FiscalYear(k, months), end))
}

/// Words of a fiscal year counted from the text's date, longest first.
const FISCAL_YEAR_WORDS: &[(&str, i32)] = &[
    ("本财政年度", 0),
    ("今个财政年度", 0),
    ("本财年", 0),
    ("上一个财政年度", -1),
    ("上个财政年度", -1),
    ("上一财政年度", -1),
    ("上财政年度", -1),
    ("下一个财政年度", 1),
    ("下个财政年度", 1),
    ("下一财政年度", 1),
    ("下财政年度", 1),
];

/// A quarter named from the current one (`上季度`, `本季度`, `下个季度`,
/// `上季度末`) at `i`, and where it ends. Not the tail of another word
/// (`以上季度`, `马上季度…`).
fn quarter_word_at(cx: &Ctx, i: usize) -> Option<(Relative, usize)> {
    let rest = &cx.s[i..];
    let &(w, k) = [
        ("上上个", -2),
        ("下下个", 2),
        ("上个", -1),
        ("下个", 1),
        ("这个", 0),
        ("本", 0),
        ("上", -1),
        ("下", 1),
    ]
    .iter()
    .find(|(w, _)| rest.starts_with(w) && rest[w.len()..].starts_with("季度"))?;
    if cx.before(i).is_some_and(|c| "以之向至北马往".contains(c)) {
        return None;
    }
    let mut end = i + w.len() + "季度".len();
    let part = match cx.at(end) {
        _ if periods::part_char_heads_word(&cx.s[end..]) => 0,
        Some('初') => 1,
        Some('末') => 3,
        _ => 0,
    };
    if part != 0 {
        end += '初'.len_utf8();
    }
    Some((Relative::Quarter(k, part), end))
}

/// A century named from the current one (`上世纪`, `上个世纪`, `本世纪`), with a
/// decade (`上世纪90年代`) and a part (`上世纪末`, `本世纪20年代初`) at `i`.
fn century_word_at(cx: &Ctx, i: usize) -> Option<(Relative, Option<crate::document::Part>, usize)> {
    let rest = &cx.s[i..];
    let &(w, k) = [("上个", -1), ("这个", 0), ("上", -1), ("本", 0)]
        .iter()
        .find(|(w, _)| rest.starts_with(w) && rest[w.len()..].starts_with("世纪"))?;
    if cx.before(i).is_some_and(|c| "以之向至北马往".contains(c)) {
        return None;
    }
    let mut end = i + w.len() + "世纪".len();
    let mut decade = None;
    if let Some(d) = cx.num_at(end) {
        if let Some(Some(dv)) = int_value(&d) {
            if dv % 10 == 0 && dv < 100 && cx.s[d.end..].starts_with("年代") {
                decade = Some(dv as u8);
                end = d.end + "年代".len();
            }
        }
    }
    let part = periods::part_at(&cx.s[end..]);
    if let Some((len, _)) = part {
        end += len;
    }
    Some((Relative::Century(k, decade), part.map(|p| p.1), end))
}

/// Units of a stretch of time next to the reference date (`上两周`, `下三个月`).
const SPAN_UNITS: &[(&str, Unit)] = &[
    ("个星期", Unit::Week),
    ("个礼拜", Unit::Week),
    ("个周", Unit::Week),
    ("个月", Unit::Month),
    ("星期", Unit::Week),
    ("礼拜", Unit::Week),
    ("周", Unit::Week),
    ("天", Unit::Day),
    ("年", Unit::Year),
    // Only after Arabic digits (`上1月`): `上二月` may be a February.
    ("月", Unit::Month),
];

/// `上两周`, `下三个月`, `下1天`, `前两天`, `前1周`: the N whole units just before
/// (上) or after (下) the current one, or the N days before today (前, days and
/// weeks only: `前两个月`, `前两年` are the first months or years of a period in
/// reports). `at` is the 上/下/前; the count must start a phrase
/// (`会议前两天` counts from the meeting).
fn span_at(cx: &Ctx, at: usize, n: &Num) -> Option<(Relative, usize)> {
    let dir = cx.at(at)?;
    if !matches!(dir, '上' | '下' | '前') || at + dir.len_utf8() != n.start {
        return None;
    }
    let x = n.numeral?;
    if x.value.fract() != 0.0 || !(1.0..=99.0).contains(&x.value) || x.more_than {
        return None;
    }
    if (x.chinese && cx.s[n.start..n.end].chars().count() > 1 && is_digit_string(cx, n))
        || !starts_phrase(cx, at)
    {
        return None;
    }
    let p = if x.arabic {
        cx.skip_spaces(n.end)
    } else {
        n.end
    };
    let rest = &cx.s[p..];
    let &(unit, u) = SPAN_UNITS.iter().find(|(w, _)| rest.starts_with(w))?;
    if unit == "月" && !x.arabic {
        return None;
    }
    let end = p + unit.len();
    // `上两周年`, `下三年级`, `前两天半`: another word.
    if cx
        .at(end)
        .is_some_and(|c| "年级度底末初半以内里中来多后前".contains(c))
    {
        return None;
    }
    let k = x.value as i32;
    let rel = match dir {
        '上' => Relative::Span(u, -k, -1),
        '下' => Relative::Span(u, 1, k),
        _ => match u {
            Unit::Day => Relative::Span(Unit::Day, -k, -1),
            Unit::Week => Relative::Span(Unit::Day, -7 * k, -1),
            Unit::Month | Unit::Year => return None,
        },
    };
    Some((rel, end))
}

/// Does a count back or forward (`3天前`, `三天后`) or a stretch (`下三天`) start
/// at `n`? Then its number is no duration.
pub(crate) fn is_ago(cx: &Ctx, n: &Num) -> bool {
    ago_at(cx, n).is_some()
        || cx
            .before(n.start)
            .is_some_and(|c| span_at(cx, n.start - c.len_utf8(), n).is_some())
}

/// A weekday without a week word (`周五`, `星期一`, `礼拜天`) at `i`: the day
/// (1 Monday … 7 Sunday) and where it ends. Not a timetable (`每周五`, `逢周一`,
/// `周一至周五`, `周一、三、五`), not a count (`一周三次`), not a name (`周一鸣`:
/// after 周, only a word of time or a verb may follow).
fn bare_weekday_at(cx: &Ctx, i: usize) -> Option<(u8, usize)> {
    let rest = &cx.s[i..];
    let body = ["星期", "礼拜", "周"]
        .into_iter()
        .find(|b| rest.starts_with(b))?;
    let end = i + body.len();
    let c = cx.at(end)?;
    let d = "一二三四五六日天".find(c).map(|b| b / 3 + 1)?;
    if c == '天' && body == "周" {
        return None;
    }
    let stop = end + c.len_utf8();
    const LINKS: &str = "至到、—－-~～和及与或";
    if cx.at(stop).is_some_and(|a| {
        "一二三四五六七八九十百千万个年月日天号次周".contains(a) || LINKS.contains(a)
    }) {
        return None;
    }
    // After the weekday only a word of time, an adverb or a verb of meeting:
    // `周五上午`, `星期一起`, `周三召开`; a noun makes it the name of a recurring
    // day (`星期六会商`, `周三干部夜校`, `周六助企服务日`) or a person (`周一鸣`).
    if cx.at(stop).is_some_and(|a| {
        crate::chinese::chars::is_han(a)
            && !"上下中早午晚夜凌傍前后起开召举公发在将是的当都就又再也还可已正全即".contains(a)
    }) {
        return None;
    }
    // In brackets it annotates a date (`1 月 20⏎日（星期五）`), even one not read.
    if matches!(cx.before(i), Some('（' | '(')) && matches!(cx.at(stop), Some('）' | ')')) {
        return None;
    }
    // With hours from and to, and no date, it is a schedule (`週五上午 9 時至 10 時為
    // 國是論壇時間`, `周一晚上19:00-21:00`).
    let ahead: String = cx.s[stop..].chars().take(24).collect();
    if ahead.contains(|c: char| c.is_ascii_digit() || "时時点:：".contains(c))
        && ahead.contains(|c: char| "至到-－—~～".contains(c))
        && ahead.contains(|c: char| "时時点:：".contains(c))
    {
        return None;
    }
    match cx.before(i) {
        Some(b) if "每逢隔各双单逐的第个一两几“‘「『\"'《".contains(b) => None,
        // After a copula it says which weekday a day already named was
        // (`15日，恰逢黨員活動日，雖然是星期天`, `今天是星期五`): no other date.
        Some('是' | '为' | '逢') => None,
        // After a noun or verb it is the name of a recurring day (`开办周三…`).
        // (`当地时间周三`, `计划周五`, `预计周一` are times of an event.)
        Some(b) if b.is_alphanumeric() && !"在于从自定将拟他她我们也就还又再间划计".contains(b) => {
            None
        }
        // The end of a list or range of weekdays: `周一至周五`, `星期一、星期三`.
        Some(b) if LINKS.contains(b) => {
            let prev = cx.s[..i - b.len_utf8()].chars().next_back();
            (!prev.is_some_and(|p| "一二三四五六日天".contains(p)))
                .then_some((d.min(7) as u8, stop))
        }
        _ => Some((d.min(7) as u8, stop)),
    }
}

/// Dates written the way Taiwan's press and official letters write them: a word
/// relative to the day of writing with the number itself in brackets, `今（13）日`,
/// `昨（12）日`, `明（14）日`, `前（11）日`, `本（2）月`, `上（1）月`, `本（107）年`,
/// `去（106）年` (CNA datelines, the Executive Yuan's press releases, council
/// letters). The number is the day, month or year; the word says on which side of
/// the day of writing it lies. A year so written is a written year (ROC when it
/// has three digits or fewer); a day or month is resolved like `今天` and `本月`.
fn press_entries(
    cx: &Ctx,
    out: &mut Vec<Entry>,
    found: &mut std::collections::HashMap<usize, Relative>,
) {
    // Spaces and a line break may stand inside the brackets (`今（` + wrap + `105）年`).
    let blank = |c: char| c.is_whitespace();
    for n in &cx.nums {
        let head = cx.s[..n.start].trim_end_matches(blank);
        let Some(open) = head.chars().next_back().filter(|c| matches!(c, '（' | '(')) else {
            continue;
        };
        let word_at = head.len() - open.len_utf8();
        let tail = cx.s[n.end..].trim_start_matches(blank);
        let after_num = cx.s.len() - tail.len();
        // The unit after the brackets (`今（29）日`) or inside them (`今（29日）`).
        let inside = tail
            .chars()
            .next()
            .filter(|c| matches!(c, '日' | '月' | '年'))
            .filter(|c| {
                tail[c.len_utf8()..]
                    .trim_start_matches(blank)
                    .starts_with(['）', ')'])
            });
        let close_at = match inside {
            Some(u) => {
                let rest = tail[u.len_utf8()..].trim_start_matches(blank);
                cx.s.len() - rest.len()
            }
            None => after_num,
        };
        // A space may stand between the word and the bracket (`今 (17) 日`).
        let word_end = cx.s[..word_at].trim_end_matches(' ').len();
        let (Some(word), Some(close)) = (cx.before(word_end), cx.at(close_at)) else {
            continue;
        };
        if !matches!(close, '）' | ')') {
            continue;
        }
        let (unit_at, end) = match inside {
            Some(_) => (after_num, close_at + close.len_utf8()),
            None => {
                let at = cx.skip_spaces(close_at + close.len_utf8());
                (at, at + cx.at(at).map_or(0, char::len_utf8))
            }
        };
        let (Some(unit), Some(Some(v))) = (cx.at(unit_at), int_value(n)) else {
            continue;
        };
        let start = word_end - word.len_utf8();
        // With the unit inside the brackets only today and yesterday are so written
        // (`今（29日）`); a word's last character is none (`日前（13 日）`, `以上
        // （2023年）`, `如今（2023年）`, `日本（5日）`).
        if inside.is_some()
            && (!matches!(word, '今' | '昨')
                || cx
                    .before(start)
                    .is_some_and(|c| "如至迄当古而现今".contains(c)))
        {
            continue;
        }
        let (p, end) = match unit {
            '日' if (1..=31).contains(&v) => {
                let k = match word {
                    '今' | '本' => 0,
                    '昨' => -1,
                    '明' => 1,
                    '前' => -2,
                    _ => continue,
                };
                found.insert(start, Relative::Day(k));
                let p = Point {
                    day: Some(v),
                    ..Point::default()
                };
                (p, end)
            }
            '月' if (1..=12).contains(&v) => {
                let k = match word {
                    '本' => 0,
                    '上' => -1,
                    '下' => 1,
                    _ => continue,
                };
                found.insert(start, Relative::Month(k));
                let mut p = Point {
                    month: Some(v),
                    ..Point::default()
                };
                let mut end = end;
                if let Some((d, de)) = num_after(cx, end).and_then(|dn| day_at(cx, &dn, true)) {
                    p.day = d;
                    p.masked |= d.is_none();
                    end = de;
                }
                point_goes_on(cx, p, start, end, out);
                continue;
            }
            '年' if (1..=200).contains(&v) || (1900..=2100).contains(&v) => {
                if !matches!(word, '今' | '本' | '去' | '上' | '明' | '下') {
                    continue;
                }
                let y = if v < 1000 { v + 1911 } else { v };
                let mut p = Point {
                    year: Some(Year::Known(y as i32)),
                    ..Point::default()
                };
                // `去（106）年度`: the fiscal year.
                if cx.at(end) == Some('度') {
                    p.period = Some(Period::FY);
                    (p, end + '度'.len_utf8())
                } else {
                    let (p, end) = month_day_after(cx, p, end);
                    point_goes_on(cx, p, start, end, out);
                    continue;
                }
            }
            _ => continue,
        };
        out.push(Entry {
            start,
            end,
            p,
            range_end: None,
        });
    }
}

/// Day and week words (`今天`, `前天`, `上周`, `下周三`, `下周末`) and counts back
/// (`3天前`, `两年前`): entries resolved against the reference day.
fn day_entries(
    cx: &Ctx,
    out: &mut Vec<Entry>,
    found: &mut std::collections::HashMap<usize, Relative>,
) {
    let stretch = &cx.s[cx.range.clone()];
    let base = cx.range.start;
    let mut taken_to = base;
    let first = out.len();
    // The characters a day or week word starts with, found by a scan that tests
    // each character against a bit set (this runs over the whole text, and these
    // characters are too common for a searcher's skipping to pay).
    static STARTS: std::sync::LazyLock<super::CharSet> = std::sync::LazyLock::new(|| {
        super::CharSet::new(&[
            '今', '本', '昨', '明', '后', '前', '大', '上', '下', '这', '当', '同', '次', '翌',
            '第', '隔', '周', '星', '礼', '半',
        ])
    });
    // Parts of a century word (`上世纪末`), by where the word starts.
    let mut parts = std::collections::HashMap::new();
    for start in STARTS.positions(stretch) {
        let i = base + start;
        if i < taken_to {
            continue;
        }
        let rest = &cx.s[i..];
        let hit = DAY_WORDS
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .filter(|(w, _)| day_word_at(cx, i, w))
            .map(|&(w, d)| (Relative::Day(d), i + w.len()))
            .or_else(|| {
                ANAPHORIC_DAY_WORDS
                    .iter()
                    .find(|(w, _)| rest.starts_with(w))
                    .filter(|(w, _)| anaphoric_word_at(cx, i, w))
                    .map(|&(w, d)| (Relative::After(d), i + w.len()))
            })
            .or_else(|| {
                let (k, end) = week_word_at(cx, i)?;
                Some(match week_day_after(cx, end) {
                    Some((d, e)) => (Relative::Week(k, Some(d)), e),
                    None => (Relative::Week(k, None), end),
                })
            })
            .or_else(|| {
                let c = cx.at(i)?;
                let n = cx.num_at(i + c.len_utf8())?;
                span_at(cx, i, &n)
            })
            .or_else(|| press_yesterday_at(cx, i))
            .or_else(|| day_before_part_of_day_at(cx, i))
            .or_else(|| half_word_at(cx, i))
            .or_else(|| half_year_ago_at(cx, i))
            .or_else(|| quarter_word_at(cx, i))
            .or_else(|| fiscal_year_word_at(cx, i))
            .or_else(|| {
                let (rel, part, end) = century_word_at(cx, i)?;
                parts.insert(i, part);
                Some((rel, end))
            })
            .or_else(|| {
                let (d, end) = bare_weekday_at(cx, i)?;
                Some((Relative::Weekday(d), end))
            });
        if let Some((rel, end)) = hit {
            found.insert(i, rel);
            out.push(Entry {
                start: i,
                end,
                p: Point {
                    part: parts.remove(&i).flatten(),
                    ..Point::default()
                },
                range_end: None,
            });
            taken_to = end;
        }
    }
    // The day words found above, in text order: a number inside one is no count back.
    let days = out.len();
    for n in &cx.nums {
        let words = &out[first..days];
        let k = words.partition_point(|e| e.start <= n.start);
        if k > 0 && n.start < words[k - 1].end {
            continue;
        }
        if let Some((rel, end)) = ago_at(cx, n) {
            found.insert(n.start, rel);
            out.push(Entry {
                start: n.start,
                end,
                p: Point::default(),
                range_end: None,
            });
        }
    }
}

/// A list of months that names its unit once, after the last (`7、8、9月份`,
/// `3月、4月` aside): each item is a month of its own, and so are the items of a
/// list the count after it sums up (`7、8、9三个月`: three months, named).
fn month_lists(cx: &Ctx, entries: &mut Vec<Entry>) {
    let month = |n: &Num| {
        int_value(n)
            .flatten()
            .filter(|m| (1..=12).contains(m) && n.numeral.is_some_and(|x| x.chars <= 2))
    };
    // (Entries searched by their start, new ones added at the end: linear in a
    // text of many lists.)
    entries.sort_by_key(|e| e.start);
    let mut added: Vec<Entry> = Vec::new();
    let mut i = 0;
    while i < cx.nums.len() {
        // The longest chain of months from `i`, joined by `、`.
        let mut j = i;
        while j + 1 < cx.nums.len()
            && month(&cx.nums[j]).is_some()
            && month(&cx.nums[j + 1]).is_some()
            && cx.s[cx.nums[j].end..cx.nums[j + 1].start].trim_matches(' ') == "、"
        {
            j += 1;
        }
        if j == i || month(&cx.nums[i]).is_none() {
            i = j + 1;
            continue;
        }
        let first = cx.nums[i];
        let last = cx.nums[j];
        let items = j - i + 1;
        let before = cx.before(first.start);
        let after = cx.s[last.end..].trim_start_matches(' ');
        // `7、8、9月`, `7、8、9月份`; `三个月` summing them up, as many as listed.
        // (Months of one list are written alike: `三、7 月 29 日` is an item's
        // number, then a date; so is a Chinese digit opening its line, `一、二月份…`.)
        let arabic = |n: &Num| n.numeral.is_some_and(|x| x.arabic);
        let alike = cx.nums[i..=j].iter().all(|n| arabic(n) == arabic(&first));
        let opens_line = before.is_none_or(|c| c == '\n') && !arabic(&first);
        if !alike || opens_line {
            i = j + 1;
            continue;
        }
        let at = |pos: usize| {
            let k = entries.partition_point(|e| e.start < pos);
            entries.get(k).filter(|e| e.start == pos)
        };
        let named = after.starts_with('月')
            && at(last.start).is_some_and(|e| e.p.month.is_some() && e.p.day.is_none());
        let summed = !after.starts_with('月') && {
            let count = after
                .char_indices()
                .take_while(|(_, c)| {
                    crate::chinese::numerals::is_cn_numeral_char(*c) || c.is_ascii_digit()
                })
                .last()
                .map_or(0, |(k, c)| k + c.len_utf8());
            count > 0
                && after[count..].starts_with("个月")
                && crate::chinese::numerals::parse(&after[..count]) == Some(items as f64)
        };
        let ordinal = before.is_some_and(|c| c == '第' || c.is_ascii_digit() || c == '.');
        if (named || summed) && !ordinal {
            for n in &cx.nums[i..if named { j } else { j + 1 }] {
                let k = entries.partition_point(|e| e.end <= n.start);
                if entries.get(k).is_some_and(|e| e.start < n.end) {
                    continue;
                }
                added.push(Entry {
                    start: n.start,
                    end: n.end,
                    p: Point {
                        month: month(n),
                        ..Point::default()
                    },
                    range_end: None,
                });
            }
        }
        i = j + 1;
    }
    if !added.is_empty() {
        entries.extend(added);
        entries.sort_by_key(|e| e.start);
    }
}

/// Relative words in the stretch, each with what follows it: `今年12月`,
/// `明年6月底` (a month and day after the word belong to it), `去年同期`.
fn relative_entries(
    cx: &Ctx,
    out: &mut Vec<Entry>,
    found: &mut std::collections::HashMap<usize, Relative>,
    lunar: &mut std::collections::HashMap<usize, LunarDay>,
) {
    // Every relative word ends in 年 or 月: one pass over those, then the words
    // (longest first) that end there. Lunar months that only the lunar calendar
    // names (`正月`, `腊月`, `闰四月`) and `大年初一` end there too.
    let base = cx.range.start;
    let stretch = &cx.s[cx.range.clone()];
    for (k, last) in stretch.match_indices(['年', '月']) {
        let tail = base + k + last.len();
        if let Some((start, end, day)) = lunar_month_at(cx, base + k, last == "年") {
            if out.last().is_none_or(|e| start >= e.end) {
                lunar.insert(start, day);
                out.push(Entry {
                    start,
                    end,
                    p: Point::default(),
                    range_end: None,
                });
                continue;
            }
        }
        for &(word, rel) in RELATIVE_WORDS {
            if !word.ends_with(last) || tail < word.len() + base {
                continue;
            }
            // The word as written, or cut by a hard wrap (`今` + wrap + `年下半年`).
            let Some(i) = super::wraps::word_ending_at(cx, tail, word) else {
                continue;
            };
            // Inside a longer word of the list, or the end of another word
            // (相当年产量, 以上年龄, 提前年底, 至今年均).
            // (Entries come in text order: only the last one can cover `i`.)
            if out.last().is_some_and(|e| e.start <= i && i < e.end)
                || i < base
                || !relative_word_at(cx, i, tail, word)
            {
                break;
            }
            let mut end = tail;
            let p = Point::default();
            let mut range_end = None;
            let mut rel = rel;
            let (p, e) = match rel {
                Relative::Year(k) if cx.s[end..].starts_with("同月") => {
                    rel = Relative::SameMonth(k);
                    (p, end + "同月".len())
                }
                Relative::Year(k) if cx.s[end..].starts_with("本月") => {
                    // 去年本月十日: this month of last year.
                    rel = Relative::YearMonth(k);
                    let mut p = p;
                    end += "本月".len();
                    if let Some(dn) = num_after(cx, end) {
                        if let Some((d, de)) = day_at(cx, &dn, true) {
                            p.day = d;
                            end = de;
                        }
                    }
                    (p, end)
                }
                Relative::Year(_) | Relative::ThenYear(..) => {
                    let (mut p, mut e) = month_day_after(cx, p, end);
                    // 今年1至5月, 今年1-5月: a range of months of that year.
                    if p.month.is_none() && p.day.is_none() {
                        if let Some((q0, q1, qe)) = cx
                            .num_at(end)
                            .and_then(|n| bare_range(cx, Point::default(), &n))
                            .filter(|(q0, q1, _)| {
                                q0.month.is_some() && q0.day.is_none() && q1.day.is_none()
                            })
                        {
                            p = q0;
                            range_end = Some(q1);
                            e = qe;
                        }
                    }
                    // (`本年度报告摘要`: this annual report, 年度报告, no year named.)
                    let report = cx.s[cx.past_wrap(e)..].starts_with("度报告")
                        && !cx.s[cx.past_wrap(e)..].starts_with("度报告期");
                    if report && p.month.is_none() {
                        break;
                    }
                    if p.month.is_none() && cx.at(cx.past_wrap(e)) == Some('度') {
                        // 本年度, 上年度: a fiscal year (a hard wrap may cut it); in
                        // a Hong Kong text on public finances, its government's, from
                        // April (`2019/20財政年度(下稱本年度)`; a company's year may
                        // end in December).
                        p.period = Some(Period::FY);
                        e = cx.past_wrap(e) + '度'.len_utf8();
                        if let (true, Relative::Year(k)) = (cx.public_finances, rel) {
                            rel = Relative::FiscalYear(k, None);
                        }
                    } else if p.day.is_none() {
                        // 今年一季度, 去年下半年, 去年底, 今年12月底: with the year
                        // standing in for the word.
                        let probe = Point {
                            year: Some(Year::Known(2000)),
                            ..p
                        };
                        if let Some((q0, q1, qe)) = part_of(cx, &probe, e) {
                            // Weeks need the real year: not read here; the first or
                            // last days of a year or month do not (but February's
                            // last days do).
                            let tail = &cx.s[e..];
                            let tail = tail.strip_prefix('的').unwrap_or(tail);
                            let days = days_of(tail);
                            let weeks = week_words(tail).is_some();
                            let february_end =
                                days.is_some_and(|(first, _, _)| !first && q0.month == Some(2));
                            if q0.day.is_none()
                                || (!weeks
                                    && !february_end
                                    && (p.month.is_some() || days.is_some()))
                            {
                                p = Point { year: None, ..q0 };
                                range_end = q1.map(|q| Point { year: None, ..q });
                                e = qe;
                            }
                        }
                    }
                    (p, e)
                }
                Relative::Month(_) | Relative::ThenMonth(_) | Relative::MonthBefore => {
                    let mut p = p;
                    if let Some(dn) = num_after(cx, end) {
                        if let Some((d, de)) = day_at(cx, &dn, true) {
                            p.day = d;
                            end = de;
                        }
                    }
                    // 这个月前两天: its first days (its last ones need its length).
                    if p.day.is_none() {
                        if let Some((true, n, len)) = days_of(&cx.s[end..]) {
                            p.day = Some(1);
                            range_end = Some(Point {
                                day: Some(n),
                                ..Point::default()
                            });
                            end += len;
                        }
                    }
                    // 本月底, 上月初.
                    if p.day.is_none() {
                        if let Some((len, part)) = periods::part_at(&cx.s[end - '月'.len_utf8()..])
                        {
                            p.part = Some(part);
                            end = end - '月'.len_utf8() + len;
                        }
                    }
                    (p, end)
                }
                // Not in the list.
                Relative::Day(_)
                | Relative::Week(..)
                | Relative::After(_)
                | Relative::Weekday(_)
                | Relative::Quarter(..)
                | Relative::FiscalYear(..)
                | Relative::Century(..)
                | Relative::Half(..)
                | Relative::YearMonth(_)
                | Relative::SameMonth(_)
                | Relative::Span(..) => (p, end),
            };
            end = e;
            // 今年5月8日至10日, 本月8日至10日: a range goes on from the date.
            if range_end.is_none()
                && (p.month.is_some() || p.day.is_some())
                && matches!(
                    rel,
                    Relative::Year(_) | Relative::ThenYear(..) | Relative::Month(_)
                )
            {
                if let Some((q, qe)) = self::range_end(cx, &p, end) {
                    range_end = Some(q);
                    end = qe;
                }
            }
            if cx.s[end..].starts_with("同期") {
                end += "同期".len();
            }
            found.insert(i, rel);
            out.push(Entry {
                start: i,
                end,
                p,
                range_end,
            });
            break;
        }
    }
}

/// Two relative dates joined by a connector make one range, each end placed
/// from its own word (`今年5月至明年3月`, `去年12月到今年2月底`, `本月8日至下月10日`,
/// `今年至明年`): the end names the same unit as the start, in a later year or
/// month.
fn relative_ranges(cx: &Ctx, entries: &mut Vec<Entry>, context: &mut Context) {
    let mut k = 1;
    while k < entries.len() {
        let (a, b) = (&entries[k - 1], &entries[k]);
        let (Some(&ra), Some(&rb)) = (
            context.relative.get(&a.start),
            context.relative.get(&b.start),
        ) else {
            k += 1;
            continue;
        };
        let later = match (ra, rb) {
            (Relative::Year(x), Relative::Year(y)) => y > x,
            (Relative::Month(x), Relative::Month(y)) => {
                y > x && a.p.month.is_none() && b.p.month.is_none()
            }
            _ => false,
        };
        let joined = connector_at(cx, a.end).is_some_and(|c| cx.skip_gap(c) == b.start);
        // (The end may close on its month's or year's end, `至今年2月底`, as a range
        // of written dates does.)
        let closing = b.p.part.is_none() || (b.p.part == Some(Part::End) && b.p.day.is_none());
        let alike = a.p.finest() == b.p.finest()
            && a.p.part.is_none()
            && closing
            && a.p.period.is_none()
            && b.p.period.is_none();
        if later && joined && alike && a.range_end.is_none() && b.range_end.is_none() {
            let (end, mut q, start) = (b.end, b.p, b.start);
            q.part = None;
            context.relative.remove(&start);
            context.relative_ends.insert(a.start, rb);
            let a = &mut entries[k - 1];
            a.end = end;
            a.range_end = Some(q);
            entries.remove(k);
        } else {
            k += 1;
        }
    }
}

/// A day of the lunar calendar: its month (1–12), whether that is the leap
/// month, and its day (1–30).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LunarDay {
    month: u32,
    leap: bool,
    day: u32,
    /// `大年三十`: the last day of the year, which usage ties to either of two
    /// years (the lunar year it ends, or the Gregorian year it falls in): not placed.
    eve: bool,
    /// Days before this day (`除夕`: the day before 正月初一 of its Spring
    /// Festival, whose year it takes; see [`festival_days`]).
    days_before: u32,
}

/// Words that name the Spring Festival (Simplified): near them a bare `初五` is a
/// day of its first month.
const SPRING_FESTIVAL_WORDS: &[&str] =
    &["春节", "新春", "过年", "农历新年", "除夕", "大年", "春运"];

/// How far from a bare lunar day a word of [`SPRING_FESTIVAL_WORDS`] may be, in bytes.
const SPRING_FESTIVAL_REACH: usize = 1500;

/// Words that `初` ends or opens that are no lunar day (`月初一周`: early in the
/// month; `初一年级`, `初一学生`: the first year of junior school).
const NOT_A_LUNAR_DAY_AFTER: &[&str] = &["年级", "年級", "学生", "学年", "班", "新生", "级"];

/// The days of the Spring Festival named without their month: `除夕` (the day
/// before 正月初一), Taiwan's and Hong Kong's `小年夜` (the day before that), and,
/// near a word of the festival, `初一`…`初十` and `年初一`…`年初十` (Taiwan's,
/// Hong Kong's and Guangdong's 正月初五): a release on the holiday's visitors,
/// `小年夜19.6萬人次、除夕22萬人次、初一167.1萬人次`. They take the year of the
/// festival from context (see [`infer`]).
fn festival_days(cx: &Ctx, out: &mut Vec<Entry>, context: &mut Context) {
    let base = cx.range.start;
    let stretch = &cx.s[cx.range.clone()];
    // (start, end, day, a bare `初五`)
    let mut found: Vec<(usize, usize, LunarDay, bool)> = Vec::new();
    let day = |month, day, days_before| LunarDay {
        month,
        leap: false,
        day,
        eve: false,
        days_before,
    };
    // (memchr's searchers: these run over every stretch of every text.)
    let find = |w: &'static str| memchr::memmem::find_iter(stretch.as_bytes(), w.as_bytes());
    for k in find("除夕") {
        let i = base + k;
        let mut end = i + "除夕".len();
        if cx.s[end..].starts_with('夜') {
            end += '夜'.len_utf8();
        }
        found.push((i, end, day(1, 1, 1), false));
    }
    if cx.taiwan || cx.hong_kong {
        for k in find("小年夜") {
            let i = base + k;
            found.push((i, i + "小年夜".len(), day(1, 1, 2), false));
        }
    }
    let mut festival_at: Option<Vec<usize>> = None;
    for k in find("初") {
        let i = base + k;
        let rest = &cx.s[i + '初'.len_utf8()..];
        let Some(d) = rest.chars().next() else {
            continue;
        };
        let n = match d {
            '十' => 10,
            _ => match "一二三四五六七八九".find(d) {
                Some(b) => b as u32 / 3 + 1,
                None => continue,
            },
        };
        let end = i + '初'.len_utf8() + d.len_utf8();
        let after = &cx.s[end..];
        if after.starts_with(|c: char| "日号號十一二三四五六七八九百千万亿个年月".contains(c))
            || NOT_A_LUNAR_DAY_AFTER.iter().any(|w| after.starts_with(w))
        {
            continue;
        }
        // `年初五` in Taiwan's and Hong Kong's usage (on the mainland `年初` is the
        // year's start: `年初二手房`); `大年初五`, `正月初五` and `月初` are read
        // elsewhere or are no day; `初一（3）班` is a class.
        let island = cx.taiwan || cx.hong_kong;
        let before = cx.before(i);
        let start = match before {
            Some('年') if island && cx.before(i - '年'.len_utf8()) != Some('大') => {
                i - '年'.len_utf8()
            }
            Some(c)
                if crate::chinese::chars::is_han(c)
                    && !matches!(c, '至' | '到' | '及' | '和' | '、' | '与' | '或') =>
            {
                continue
            }
            _ => i,
        };
        if after.starts_with(['（', '(']) {
            continue;
        }
        let festival = festival_at.get_or_insert_with(|| festival_words_near(cx));
        let k = festival.partition_point(|&p| p + SPRING_FESTIVAL_REACH < start);
        if festival
            .get(k)
            .is_some_and(|&p| p <= end + SPRING_FESTIVAL_REACH)
        {
            found.push((start, end, day(1, n, 0), true));
        }
    }
    found.sort_by_key(|f| f.0);
    // What the other rules read, to leave alone (sorted, searched).
    let mut taken: Vec<(usize, usize)> = out.iter().map(|e| (e.start, e.end)).collect();
    taken.sort_unstable();
    let overlaps = |s: usize, e: usize| {
        let k = taken.partition_point(|&(_, te)| te <= s);
        taken.get(k).is_some_and(|&(ts, _)| ts < e)
    };
    // Two joined by `至` or `到` are a range (`小年夜到年初五`). On the mainland a
    // bare `初一` is also a school's first year: only such a range reads it.
    let island = cx.taiwan || cx.hong_kong;
    let mut k = 0;
    while k < found.len() {
        let (start, mut end, d, bare) = found[k];
        let mut last = None;
        let mut joined_bare = false;
        if let Some(&(b_start, b_end, b, b_bare)) = found.get(k + 1) {
            if connector_at(cx, end).is_some_and(|c| cx.skip_gap(c) == b_start) {
                last = Some(b);
                end = b_end;
                joined_bare = b_bare;
                k += 1;
            }
        }
        k += 1;
        if overlaps(start, end) || (!island && (bare || joined_bare) && last.is_none()) {
            continue;
        }
        context.lunar.insert(start, d);
        if let Some(b) = last {
            context.lunar_ends.insert(start, b);
        }
        out.push(Entry {
            start,
            end,
            p: Point::default(),
            range_end: last.map(|_| Point::default()),
        });
    }
}

/// Where the words of the Spring Festival stand within reach of the context's
/// stretch (byte offsets, sorted): looked for once per stretch.
fn festival_words_near(cx: &Ctx) -> Vec<usize> {
    let from = cx.range.start.saturating_sub(SPRING_FESTIVAL_REACH);
    let from = (from..=cx.range.start)
        .find(|&j| cx.s.is_char_boundary(j))
        .unwrap_or(cx.range.start);
    let to = (cx.range.end + SPRING_FESTIVAL_REACH).min(cx.s.len());
    let to = (to..=cx.s.len())
        .find(|&j| cx.s.is_char_boundary(j))
        .unwrap_or(cx.s.len());
    let hay = &cx.s.as_bytes()[from..to];
    let mut at: Vec<usize> = SPRING_FESTIVAL_WORDS
        .iter()
        .flat_map(|w| memchr::memmem::find_iter(hay, w.as_bytes()).map(move |k| from + k))
        .collect();
    at.sort_unstable();
    at
}

/// The day `k` days before `y`-`m`-`d`.
fn days_earlier(mut y: i32, mut m: u32, mut d: u32, mut k: u32) -> (i32, u32, u32) {
    while k > 0 {
        if d > 1 {
            d -= 1;
        } else {
            (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
            d = crate::calendar::days_in_month(Some(y), m);
        }
        k -= 1;
    }
    (y, m, d)
}

/// Words before a date that say it is of the lunar calendar.
const LUNAR_MARKERS: &[&str] = &["农历", "阴历", "夏历"];

/// Where a lunar marker right before `pos` (spaces aside) starts.
fn lunar_marker_before(cx: &Ctx, pos: usize) -> Option<usize> {
    let head = cx.s[..pos].trim_end_matches([' ', '\u{3000}']);
    LUNAR_MARKERS
        .iter()
        .find(|w| head.ends_with(**w))
        .map(|w| head.len() - w.len())
}

/// A lunar day word at the start of `rest`: `初一`…`初十`, `廿一`…`廿九`, `卅`, and
/// the plain numerals `十一`…`三十` (`plain`: a Gregorian day may be written so
/// too). Returns the day, the length and whether it is plain. Not before `日`,
/// `号` or another numeral (`初一日` is read as a day of the month with 日).
fn lunar_day_at(rest: &str) -> Option<(u32, usize, bool)> {
    let digit = |c: char| "一二三四五六七八九".find(c).map(|b| b as u32 / 3 + 1);
    let mut it = rest.chars();
    let a = it.next()?;
    let b = it.next();
    let c = it.next();
    let (day, len, plain) = match (a, b, c) {
        ('初', Some('十'), _) => (10, 2, false),
        ('初', Some(x), _) => (digit(x)?, 2, false),
        ('廿', Some(x), _) if digit(x).is_some() => (20 + digit(x)?, 2, false),
        ('卅', _, _) => (30, 1, false),
        ('二' | '三', Some('十'), Some(x)) if a == '二' && digit(x).is_some() => {
            (20 + digit(x)?, 3, true)
        }
        ('二' | '三', Some('十'), _) => (if a == '二' { 20 } else { 30 }, 2, true),
        ('十', Some(x), _) if digit(x).is_some() => (10 + digit(x)?, 2, true),
        _ => return None,
    };
    let len: usize = rest.chars().take(len).map(char::len_utf8).sum();
    let next = rest[len..].chars().next();
    if next.is_some_and(|c| {
        c.is_ascii_digit() || "日号號一二三四五六七八九十百千万亿个年月".contains(c)
    }) {
        return None;
    }
    Some((day, len, plain))
}

/// A month only the lunar calendar names, with its day, ending at `at` (the
/// `月`, or the `年` of `大年`): `正月初一`, `冬月十五`, `腊月廿三`, `闰四月初一`,
/// `大年初一` (正月), `大年三十` (腊月). A numeral month (`三月初一`) is read with the other months
/// (see [`lunar_dates`]). Returns the start, the end and the day.
fn lunar_month_at(cx: &Ctx, at: usize, nian: bool) -> Option<(usize, usize, LunarDay)> {
    let after = at
        + if nian {
            '年'.len_utf8()
        } else {
            '月'.len_utf8()
        };
    let (month, leap, start) = if nian {
        (cx.before(at)? == '大').then_some(())?;
        (1, false, at - '大'.len_utf8())
    } else {
        let c = cx.before(at)?;
        let start = at - c.len_utf8();
        match c {
            '正' => (1, false, start),
            '冬' => (11, false, start),
            '腊' | '臘' => (12, false, start),
            _ => {
                // 闰四月, 闰十一月.
                let head = &cx.s[..at];
                let (m, len) = [("十一", 11), ("十二", 12), ("十", 10)]
                    .into_iter()
                    .chain(
                        ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
                            .into_iter()
                            .zip(1..),
                    )
                    .find(|(w, _)| head.ends_with(w))
                    .map(|(w, m)| (m, w.len()))?;
                let head = &head[..head.len() - len];
                let rest = head
                    .strip_suffix('闰')
                    .or_else(|| head.strip_suffix('閏'))?;
                (m, true, rest.len())
            }
        }
    };
    // `正月` inside another word: `端正月`, `真正月`.
    if !nian
        && !leap
        && cx
            .before(start)
            .is_some_and(|c| "端真公反纠修改立就".contains(c))
    {
        return None;
    }
    let (day, len, _) = lunar_day_at(&cx.s[after..])?;
    // `大年初一`…`大年初十` are days of 正月; `大年三十` is the last day of 腊月.
    let (month, day, eve) = match (nian, day) {
        (true, 1..=10) => (month, day, false),
        (true, 30) => (12, 30, true),
        (true, _) => return None,
        _ => (month, day, false),
    };
    let start = lunar_marker_before(cx, start).unwrap_or(start);
    let day = LunarDay {
        month,
        leap,
        day,
        eve,
        days_before: 0,
    };
    Some((start, after + len, day))
}

/// Lunar dates among the entries: a numeral month with a lunar day (`三月初一`,
/// `农历十月十五`: a plain day needs the marker), and a year written just before
/// a lunar month (`2015年农历正月初一`, `农历2015年十月初一`) joined to it. The
/// day is placed in the Gregorian calendar once the year is known (see [`infer`]).
fn lunar_dates(cx: &Ctx, entries: &mut Vec<Entry>, context: &mut Context) {
    for e in entries.iter_mut() {
        // `农历十月十五`: a day written as a bare numeral after a lunar marker.
        if e.p.day.is_some()
            && e.p.month.is_some()
            && e.range_end.is_none()
            && !e.p.masked
            && !cx.s[..e.end].ends_with(['日', '号'])
            && !context.relative.contains_key(&e.start)
        {
            if let (Some(marker), Some(month), Some(day)) =
                (lunar_marker_before(cx, e.start), e.p.month, e.p.day)
            {
                e.start = marker;
                e.p.month = None;
                e.p.day = None;
                let (leap, eve) = (false, false);
                let day = LunarDay {
                    month,
                    leap,
                    day,
                    eve,
                    days_before: 0,
                };
                context.lunar.insert(e.start, day);
            }
            continue;
        }
        let numeral_month = e.p.month.is_some()
            && e.p.day.is_none()
            && e.range_end.is_none()
            && e.p.part.is_none()
            && e.p.period.is_none()
            && !e.p.masked
            && !context.relative.contains_key(&e.start)
            && cx.s[..e.end].ends_with('月');
        if !numeral_month {
            continue;
        }
        let Some((day, len, plain)) = lunar_day_at(&cx.s[e.end..]) else {
            continue;
        };
        let marker = lunar_marker_before(cx, e.start);
        if plain && marker.is_none() {
            continue;
        }
        let Some(month) = e.p.month else { continue };
        e.start = marker.unwrap_or(e.start);
        e.p.month = None;
        e.end += len;
        context.lunar.insert(
            e.start,
            LunarDay {
                month,
                leap: false,
                day,
                eve: false,
                days_before: 0,
            },
        );
    }
    // A year just before a lunar date is its year.
    let mut k = 1;
    while k < entries.len() {
        let (a, b) = (&entries[k - 1], &entries[k]);
        // A written year, or one named from the reference date (`今年正月初八`).
        let year_word = match context.relative.get(&a.start) {
            None => true,
            Some(Relative::Year(_) | Relative::ThenYear(..)) => true,
            Some(_) => false,
        };
        let year_only = a.p.month.is_none()
            && a.p.day.is_none()
            && a.range_end.is_none()
            && a.p.part.is_none()
            && a.p.period.is_none()
            && year_word
            && !context.lunar.contains_key(&a.start);
        if year_only
            && context.lunar.contains_key(&b.start)
            && cx
                .s
                .get(a.end..b.start)
                .is_some_and(|gap| gap.trim_matches([' ', '\u{3000}']).is_empty())
        {
            let day = context.lunar.remove(&b.start).expect("checked above");
            let (start, end, year) = (a.start, b.end, a.p.year);
            if start != b.start {
                if let Some(rel) = context.relative.remove(&b.start) {
                    context.relative.insert(start, rel);
                }
            }
            entries.remove(k - 1);
            let e = &mut entries[k - 1];
            e.start = start;
            e.end = end;
            e.p.year = year;
            context.lunar.insert(start, day);
        } else {
            k += 1;
        }
    }
}

/// An article's own date: from a closing date or signature line, a date line
/// near its top, or the year in its title.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDate {
    /// ISO value (`2016-11-01`, `2023-12`, `2025`).
    pub value: String,
    /// Its year.
    pub year: i32,
    /// Where it is written (bytes of the original text); empty for the reference
    /// date that stands in for a title's year (see [`prefer_reference`]).
    pub range: std::ops::Range<usize>,
    /// The year the article reports on, where its title names one
    /// (`郴州市2025年国民经济和社会发展统计公报`, published in 2026: 2025): what
    /// `上年`, `年末` and dates without a year count from when their own passage
    /// names no year.
    pub period: Option<i32>,
    /// Whether the article speaks as of that year: a summary of it
    /// (`蒲鞋市街道2020年工作总结`, published in January 2021), whose `今年` is
    /// the year summed up.
    pub summary: bool,
}

/// Words after a year that make it a forecast, a target, a span of history or a
/// comparison (`2030年之前`, `2020年以来`, `2035年以后`, `恢复至2019年同期水平`), or the
/// base year of prices (`按一九五二年不变价格计算`): such a year is no context for
/// the dates after it.
const NOT_CONTEXT_AFTER: &[&str] = &[
    "之前",
    "以前",
    "以来",
    "之后",
    "以后",
    "前",
    "后",
    "同期",
    "不变价",
    "价格计算",
];
/// Words before a year with the same effect (`到2035年`, `比2019年`, `较2015年`).
/// Not `到了`: the time a narrative has reached (`现在已经到了一九五八年二月份`).
const NOT_CONTEXT_BEFORE: &[char] = &['到', '比', '较'];

/// Verbs that compare with what follows them (`略高于去年`, `超过上年`).
const COMPARISON_VERBS: &[&str] = &[
    "高于",
    "低于",
    "多于",
    "少于",
    "好于",
    "差于",
    "快于",
    "慢于",
    "大于",
    "小于",
    "超过",
    "不及",
    "持平于",
];

/// Words before a year that name it as a record or a point of comparison
/// (`略低于最高年份2015年`, `历史最高的2015年`, `仅次于2015年`, `创2015年新高`):
/// the year is looked back at, not the year the passage reports on. Not the
/// verbs of comparison alone (`高于一九五八年比上年增长的百分数`): the year
/// compared may head its own figure, which `上年` then counts from.
const RECORD_BEFORE: &[&str] = &[
    "最高年份",
    "最低年份",
    "最高的",
    "最低的",
    "最多的",
    "最少的",
    "峰值",
    "纪录",
    "紀錄",
    "仅次于",
    "僅次於",
    "创",
    "創",
];

/// Words after a year with the same effect (`2015年新高`, `2015年的峰值`,
/// `2015年历史最高水平`).
const RECORD_AFTER: &[&str] = &[
    "新高",
    "新低",
    "峰值",
    "的峰值",
    "的高点",
    "的低点",
    "的最高",
    "的最低",
    "的纪录",
    "的紀錄",
    "历史最高",
    "历史最低",
    "歷史最高",
    "歷史最低",
    "最高水平",
    "最低水平",
];

/// Words before a year that make it a forecast or a target (`预计2025年`,
/// `力争2030年`, `展望2026年`, `计划2026年建成`), a preposition between or not
/// (`预计在一九五四年`, `力争到2030年`): a year the text looks ahead to, no
/// context for the dates after it.
const FORECAST_BEFORE: &[&str] = &[
    "预计", "预期", "预测", "力争", "争取", "展望", "有望", "计划", "规划", "目标",
];

/// Prepositions between a word of [`FORECAST_BEFORE`] and its year.
const FORECAST_LINKS: &[&str] = &["到", "在", "于", "至"];

/// Words after a year that make it a target (`2035年远景目标`).
/// Not `目标` alone: `二、2024年目标任务` heads the year's work.
const FORECAST_AFTER: &[&str] = &["远景目标", "愿景"];

/// Whether the words before `pos` make the year written there a forecast or a
/// target (see [`FORECAST_BEFORE`]).
fn forecast_before(s: &str, pos: usize) -> bool {
    let before = s[..pos].trim_end_matches([' ', '\u{3000}']);
    let before = FORECAST_LINKS
        .iter()
        .find_map(|l| before.strip_suffix(l))
        .map_or(before, |b| b.trim_end_matches([' ', '\u{3000}']));
    FORECAST_BEFORE.iter().any(|w| before.ends_with(w))
}

/// Whether a dated entry may lend its year to the dates after it: not a century
/// or decade (`二十一世纪`, `90年代`), not a forecast, target, history span,
/// comparison or record ([`NOT_CONTEXT_AFTER`], [`NOT_CONTEXT_BEFORE`],
/// [`FORECAST_BEFORE`], [`FORECAST_AFTER`], [`RECORD_BEFORE`], [`RECORD_AFTER`]).
fn lends_year(cx: &Ctx, e: &Entry) -> bool {
    lends_year_at(cx.s, e.start..e.end, e.p.month.is_none())
}

/// [`lends_year`] of the date written at `range` of `s` (`year_only`: no month).
/// A forecast or a target names a year only: a month or a day planned ahead
/// (`规划106年2月2、3日调整放假`) is one, and its list goes on in its month.
fn lends_year_at(s: &str, range: std::ops::Range<usize>, year_only: bool) -> bool {
    let text = &s[range.clone()];
    if text.contains("世纪") || text.contains("年代") {
        return false;
    }
    let after = &s[range.end..];
    if year_only
        && NOT_CONTEXT_AFTER
            .iter()
            .chain(FORECAST_AFTER)
            .chain(RECORD_AFTER)
            .any(|w| after.starts_with(w))
    {
        return false;
    }
    let before = s[..range.start].trim_end_matches([' ', '\u{3000}']);
    if year_only && RECORD_BEFORE.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    // `就業不足率自2003年最高`: a record since a year looks back to it.
    if year_only
        && ["自", "从", "自从"].iter().any(|w| before.ends_with(w))
        && [
            "最高", "最低", "最多", "最少", "最大", "最差", "最好", "新高", "新低",
        ]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return false;
    }
    if year_only && forecast_before(s, range.start) {
        return false;
    }
    // `今年涨幅可能将略高于去年。`: a year after a verb of comparison that ends its
    // clause is only compared, with no figure of its own (one that heads a
    // figure, `高于一九五八年比上年增长的百分数`, still lends its year).
    if year_only
        && COMPARISON_VERBS.iter().any(|w| before.ends_with(w))
        && after
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '。' | '，' | '；' | '！' | '？' | ',' | ';' | '\n'))
    {
        return false;
    }
    let mut back = s[..range.start].chars().rev();
    let Some(first) = back.next() else {
        return true;
    };
    if NOT_CONTEXT_BEFORE.contains(&first) {
        return false;
    }
    // The other prepositions of comparison only where they open their clause
    // (`，与去年同期相比`; not `参与2024年度评选`, `合同`), but a count back after
    // one is compared with wherever it stands (`回應與四年前斷訊如出一轍`).
    !(COMPARING.contains(&first)
        && (back.next().is_none_or(|c| !c.is_alphanumeric()) || text.ends_with('前')))
}

fn infer(cx: &Ctx, entries: Vec<Entry>, context: &mut Context) -> Vec<Cand> {
    let mut out = infer_each(cx, entries, context);
    glossed_day_words(cx, &mut out);
    roll_inferred_range_ends(cx, &mut out);
    out
}

/// The end of a range kept as a fact of its own, after `至` or a dash, whose
/// year was inferred and falls before the range's start, is in the next year:
/// `2024年12月下旬至1月上旬` → 2025-01-01 … 2025-01-10, `2024年11月15日至1月` →
/// 2025-01 (see [`forward_end`] for one fact).
fn roll_inferred_range_ends(cx: &Ctx, out: &mut [Cand]) {
    let date = |v: &Option<crate::document::FactValue>| {
        v.as_ref().and_then(|v| v.as_str()).map(str::to_string)
    };
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let (prev, c) = (&before[i - 1], &mut rest[0]);
        if c.relative || !c.inferred.iter().any(|x| x == "year") || prev.range.end > c.range.start {
            continue;
        }
        let joined =
            connector_at(cx, prev.range.end).is_some_and(|p| cx.skip_gap(p) == c.range.start);
        let (Some(start), Some(end)) = (
            prev.end.clone().or_else(|| date(&prev.value)),
            date(&c.value),
        ) else {
            continue;
        };
        let n = start.len().min(end.len());
        if !joined || start.starts_with("XXXX") || end.starts_with("XXXX") || end[..n] >= start[..n]
        {
            continue;
        }
        let next_year = |d: &str| -> Option<String> {
            let y: i32 = d.get(..4)?.parse().ok()?;
            let s = format!("{:04}{}", y + 1, &d[4..]);
            crate::calendar::IsoDate::parse(&s).map(|_| s)
        };
        let (Some(v), e) = (next_year(&end), c.end.as_deref().map(next_year)) else {
            continue;
        };
        if e.as_ref().is_some_and(|e| e.is_none()) {
            continue;
        }
        c.value = Some(crate::document::FactValue::Date(v));
        c.end = e.flatten();
    }
}

/// A day word glossed by its date in brackets (Hong Kong's press releases:
/// `政府統計處今日（一月二日）發表`): the date is that day, its year the day
/// word's, not one inferred from the text before.
fn glossed_day_words(cx: &Ctx, out: &mut [Cand]) {
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let (word, c) = (&before[i - 1], &mut rest[0]);
        if !word.relative
            || c.relative
            || word.precision != Some(Precision::Day)
            || c.precision != Some(Precision::Day)
            || !c.inferred.iter().any(|s| s == "year")
            || !matches!(
                cx.s.get(word.range.end..c.range.start).map(str::trim),
                Some("(" | "（")
            )
        {
            continue;
        }
        let Some(day) = word
            .value
            .as_ref()
            .and_then(|v| v.as_str())
            .and_then(day_of)
        else {
            continue;
        };
        let Some((m, d)) = c
            .value
            .as_ref()
            .and_then(|v| v.as_str())
            .and_then(|v| Some((v.get(5..7)?.parse().ok()?, v.get(8..10)?.parse().ok()?)))
        else {
            continue;
        };
        let (y, _, _) = civil_from_days(day);
        // The year that puts the month and day nearest the day word's day.
        let Some(best) = [y - 1, y, y + 1]
            .into_iter()
            .filter(|&y| d <= days_in_month(Some(y), m))
            .min_by_key(|&y| (days_from_civil(y, m, d) - day).abs())
        else {
            continue;
        };
        c.value = Some(crate::document::FactValue::Date(format!(
            "{best:04}-{m:02}-{d:02}"
        )));
    }
}

fn infer_each(cx: &Ctx, entries: Vec<Entry>, context: &mut Context) -> Vec<Cand> {
    let mut out = Vec::with_capacity(entries.len());
    for mut e in entries {
        let art = cx.a.structure.locate(e.start).0;
        if context.article != Some(art) {
            context.article = Some(art);
            context.last_year = None;
            context.last_month = None;
            context.last_year_month = None;
            context.last_day = None;
        }
        let here = cx.a.index.line_index(e.start);
        let line = context.paragraph_of(cx, here);
        let mut inferred = Vec::new();
        let masked = e.p.masked || e.p.year == Some(Year::Masked);
        let mut relative = context.relative.remove(&e.start);
        let end_relative = context.relative_ends.remove(&e.start);
        if let Some(Relative::After(k)) = relative {
            match context.last_day {
                Some((z, at)) if here <= at + ANAPHORA_LINES || line <= at => {
                    e.p = day_point(z + k as i64);
                    inferred.extend(["year", "month", "day"].map(String::from));
                    relative = None;
                }
                // Nothing named just before: not a date this text can place.
                _ => continue,
            }
        }
        if let Some(Relative::Weekday(d)) = relative {
            // The week of the full date written before it in its sentence
            // (`11月13日（周一）开幕，周三闭幕`); else the reference date's week,
            // below.
            if let Some((z, at)) = context.last_day {
                let between = cx.s.get(context.last_day_end..e.start).unwrap_or("\n");
                if line <= at && !between.contains(['。', '！', '？', '；', '|', '\n']) {
                    e.p = day_point(monday_of(z) + d as i64 - 1);
                    inferred.extend(["year", "month", "day"].map(String::from));
                    relative = None;
                }
            }
        }
        if let Some(rel) = relative {
            let mut base = context.article_date(art);
            // A chronicle's entry speaks as of its year (`1989年` … `夺取今年农业丰收`),
            // and a summary of a year published early in the next as of the year
            // it sums up.
            if matches!(rel, Relative::Year(_)) {
                if let Some((_, y)) = context.chronicle_year(cx, art, e.start) {
                    base = Some((y, None));
                } else if let Some(y) = context.summed_up_year(art) {
                    // (Under a heading that names the new year, `二、2021年工作计划`,
                    // that year.)
                    base = Some((context.passage_year(cx, art, e.start).unwrap_or(y), None));
                }
            }
            if matches!(rel, Relative::ThenYear(_))
                || (matches!(rel, Relative::Year(_)) && anaphoric_year_at(cx.s, e.start))
            {
                // `比上年增长`, `次年`: the year before (or after) the year being
                // talked about, which the passage names, not the year the text was
                // written.
                // `本年` is the year the text speaks in (the period a report
                // covers, the year its section is about), never one its sentence
                // names (`於2012年12月24日刊載…其後於本年2月28日頒布`).
                let named = match context.last_year {
                    Some((Year::Known(y), l)) if l == line && !frame_year_at(cx.s, e.start) => {
                        Some(y)
                    }
                    _ => context.passage_year(cx, art, e.start),
                };
                if let Some(y) = named {
                    base = Some((y, None));
                }
            }
            // `2月份…漲幅比上月回落`, `上月為上漲0.4%`: in a comparison of figures,
            // last month is the one before the month its paragraph reports on,
            // as `上年` in a bulletin is.
            if matches!(rel, Relative::Month(-1))
                && e.p.month.is_none()
                && compared_month(cx.s, e.start, e.end)
            {
                if let Some((y, m, l)) = context.last_year_month {
                    if l == line {
                        base = Some((y, Some(m)));
                    }
                }
            }
            match rel {
                Relative::Year(k) => {
                    if let Some((y, _)) = base {
                        e.p.year = Some(Year::Known(y + k));
                        if let Some(q) = e.range_end.as_mut() {
                            q.year = match end_relative {
                                Some(Relative::Year(j)) => Some(Year::Known(y + j)),
                                _ => e.p.year,
                            };
                        }
                    } else if end_relative.is_some() {
                        // (Nothing to count the years from: an end in another year
                        // cannot be placed, and is not told as if in the same one.)
                        e.range_end = None;
                    }
                }
                // `上（1）月`: the month is written; the word only places its year.
                Relative::Month(k) if e.p.month.is_some() => match base {
                    Some((y, Some(m))) => {
                        let months = y * 12 + (m as i32 - 1) + k;
                        e.p.year = Some(Year::Known(months.div_euclid(12)));
                    }
                    Some((y, None)) => e.p.year = Some(Year::Known(y)),
                    None => {}
                },
                Relative::Month(k) => match base {
                    Some((y, Some(m))) => {
                        let months = y * 12 + (m as i32 - 1) + k;
                        e.p.year = Some(Year::Known(months.div_euclid(12)));
                        e.p.month = Some(months.rem_euclid(12) as u32 + 1);
                        if let Some(q) = e.range_end.as_mut() {
                            let months = match end_relative {
                                Some(Relative::Month(j)) => y * 12 + (m as i32 - 1) + j,
                                _ => months,
                            };
                            q.year = Some(Year::Known(months.div_euclid(12)));
                            q.month = Some(months.rem_euclid(12) as u32 + 1);
                        }
                    }
                    Some((y, None)) if k == 0 => {
                        e.p.year = Some(Year::Known(y));
                        if end_relative.is_some() {
                            e.range_end = None;
                        }
                    }
                    _ if end_relative.is_some() => e.range_end = None,
                    _ => {}
                },
                Relative::Day(k) => {
                    let heading = heading_day(cx, line);
                    if let Some(z) = heading.or_else(|| context.article_day(art)) {
                        // `今（13）日`: the written day, in the month that puts
                        // it nearest the day the word names.
                        let z = match e.p.day {
                            Some(d) => nearest_day_numbered(z + k as i64, d),
                            None => z + k as i64,
                        };
                        e.p = day_point(z);
                    }
                }
                Relative::After(_) => {}
                Relative::Weekday(d) => {
                    if let Some(z) = context.article_day(art) {
                        e.p = day_point(monday_of(z) + d as i64 - 1);
                    }
                }
                Relative::ThenYear(k) => {
                    let y = match context.last_year {
                        Some((Year::Known(y), l)) if l == line => Some(y),
                        _ => base.map(|b| b.0),
                    };
                    if let Some(y) = y {
                        e.p.year = Some(Year::Known(y + k));
                        if let Some(q) = e.range_end.as_mut() {
                            q.year = e.p.year;
                        }
                    }
                }
                Relative::ThenMonth(k) => {
                    let ym = match context.last_year_month {
                        Some((y, m, l)) if l == line => Some((y, m)),
                        _ => base.and_then(|(y, m)| Some((y, m?))),
                    };
                    if let Some((y, m)) = ym {
                        let months = y * 12 + (m as i32 - 1) + k;
                        e.p.year = Some(Year::Known(months.div_euclid(12)));
                        e.p.month = Some(months.rem_euclid(12) as u32 + 1);
                        if let Some(q) = e.range_end.as_mut() {
                            q.year = e.p.year;
                            q.month = e.p.month;
                        }
                    }
                }
                Relative::MonthBefore => {
                    if let Some((y, m, _)) = context.last_year_month {
                        e.p.year = Some(Year::Known(y));
                        e.p.month = Some(m);
                    }
                }
                Relative::SameMonth(k) => {
                    let month = match context.last_year_month {
                        Some((y, m, l)) if l == line => Some((y, m)),
                        _ => None,
                    };
                    if let Some((y, m)) = month {
                        e.p.year = Some(Year::Known(y + k));
                        e.p.month = Some(m);
                    } else if let Some((y, _)) = base {
                        e.p.year = Some(Year::Known(y + k));
                    }
                }
                Relative::YearMonth(k) => {
                    if let Some((y, Some(m))) = base {
                        e.p.year = Some(Year::Known(y + k));
                        e.p.month = Some(m);
                    }
                }
                Relative::Half(of, second) => {
                    if let Some(z) = context.article_day(art) {
                        let (y, m, _) = civil_from_days(z);
                        let (a, b) = match (of, second) {
                            (HalfOf::Month, false) => {
                                (days_from_civil(y, m, 1), days_from_civil(y, m, 15))
                            }
                            (HalfOf::Month, true) => (
                                days_from_civil(y, m, 16),
                                days_from_civil(y, m, days_in_month(Some(y), m)),
                            ),
                            (HalfOf::Week, false) => (monday_of(z), monday_of(z) + 2),
                            (HalfOf::Week, true) => (monday_of(z) + 3, monday_of(z) + 6),
                            (HalfOf::Year, next) => {
                                // The half years around the current one.
                                let h = y * 2 + (m as i32 - 1) / 6 + if next { 1 } else { -1 };
                                let (hy, first) = (h.div_euclid(2), h.rem_euclid(2) as u32 * 6 + 1);
                                let month = |m: u32| Point {
                                    year: Some(Year::Known(hy)),
                                    month: Some(m),
                                    ..Point::default()
                                };
                                e.p = Point {
                                    period: Some(if first == 1 { Period::H1 } else { Period::H2 }),
                                    ..month(first)
                                };
                                e.range_end = Some(month(first + 5));
                                (0, -1)
                            }
                        };
                        if a <= b {
                            e.p = day_point(a);
                            e.range_end = Some(day_point(b));
                        }
                    }
                }
                Relative::Century(k, decade) => {
                    if let Some((y, _)) = base {
                        let from = y.div_euclid(100) * 100 + 100 * k;
                        let (a, b) = match decade {
                            Some(d) => (from + d as i32, from + d as i32 + 9),
                            None => (from, from + 99),
                        };
                        e.p.year = Some(Year::Known(a));
                        e.range_end = Some(Point {
                            year: Some(Year::Known(b)),
                            ..Point::default()
                        });
                    }
                }
                Relative::Quarter(k, part) => {
                    if let Some((y, Some(m))) = base {
                        let q = y * 4 + (m as i32 - 1) / 3 + k;
                        let (y, first) = (q.div_euclid(4), q.rem_euclid(4) as u32 * 3 + 1);
                        let month = |m: u32| Point {
                            year: Some(Year::Known(y)),
                            month: Some(m),
                            ..Point::default()
                        };
                        if part == 0 {
                            e.p = Point {
                                period: Some(
                                    [Period::Q1, Period::Q2, Period::Q3, Period::Q4]
                                        [first as usize / 3],
                                ),
                                ..month(first)
                            };
                            e.range_end = Some(month(first + 2));
                        } else {
                            e.p = month(first + part as u32 - 1);
                        }
                    }
                }
                Relative::FiscalYear(k, months) => {
                    // Hong Kong's fiscal year opens in April: before April the text
                    // is in the year that opened the April before.
                    let april = cx.hong_kong;
                    let point = |y: i32, m: Option<u32>, fy: bool| Point {
                        year: Some(Year::Known(y)),
                        month: m,
                        period: fy.then_some(Period::FY),
                        ..Point::default()
                    };
                    match (base, months) {
                        (Some((y, m)), Some(n)) => {
                            let y0 = y + k - i32::from(april && m.is_some_and(|m| m < 4));
                            let first = y0 * 12 + if april { 3 } else { 0 };
                            let last = first + i32::from(n) - 1;
                            let at = |z: i32| {
                                point(z.div_euclid(12), Some(z.rem_euclid(12) as u32 + 1), false)
                            };
                            e.p = at(first);
                            e.range_end = Some(at(last));
                        }
                        (Some((y, m)), None) => {
                            let y0 = y + k - i32::from(april && m.is_some_and(|m| m < 4));
                            e.p = point(y0, None, true);
                            e.range_end = april.then(|| point(y0 + 1, None, true));
                        }
                        (None, _) => e.p.period = Some(Period::FY),
                    }
                }
                Relative::Span(unit, a, b) => {
                    if let Some(z) = context.article_day(art) {
                        let (y, m, _) = civil_from_days(z);
                        let months = |k: i32| {
                            let t = y * 12 + (m as i32 - 1) + k;
                            Point {
                                year: Some(Year::Known(t.div_euclid(12))),
                                month: Some(t.rem_euclid(12) as u32 + 1),
                                ..Point::default()
                            }
                        };
                        let year = |k: i32| Point {
                            year: Some(Year::Known(y + k)),
                            ..Point::default()
                        };
                        let (p, q) = match unit {
                            Unit::Day => (day_point(z + a as i64), day_point(z + b as i64)),
                            Unit::Week => (
                                day_point(monday_of(z) + 7 * a as i64),
                                day_point(monday_of(z) + 7 * b as i64 + 6),
                            ),
                            Unit::Month => (months(a), months(b)),
                            Unit::Year => (year(a), year(b)),
                        };
                        e.p = p;
                        e.range_end = Some(q);
                    }
                }
                Relative::Week(k, day) => {
                    if let Some(z) = context.article_day(art) {
                        // Weeks run Monday to Sunday (1970-01-01 was a Thursday).
                        let monday = monday_of(z) + 7 * k as i64;
                        match day {
                            Some(WEEKEND) => {
                                e.p = day_point(monday + 5);
                                e.range_end = Some(day_point(monday + 6));
                            }
                            Some(d) => e.p = day_point(monday + d as i64 - 1),
                            None => {
                                e.p = day_point(monday);
                                e.range_end = Some(day_point(monday + 6));
                            }
                        }
                    }
                }
            }
        }
        let anaphoric = inferred.iter().any(|s| s == "day");
        if e.p.year.is_none() && relative.is_none() && !recurs_yearly(cx.s, e.start) {
            // The nearest year of the same paragraph, else the year of the
            // section's heading or of the period the article reports on, else the
            // article's own date (or the reference date), else the last year the
            // article wrote.
            let year = match context.last_year {
                Some((y @ Year::Known(_), l)) if l == line => Some(y),
                last => context
                    .passage_year(cx, art, e.start)
                    .or_else(|| context.article_year(art))
                    .map(Year::Known)
                    .or(last.map(|(y, _)| y).filter(|y| matches!(y, Year::Known(_)))),
            };
            // A weekday written beside the date names its year where the
            // paragraph's does not fit it and the article's own does (a notice of
            // 2014 whose earlier line mistypes 2012: `12月16日(星期二)前`).
            let year = match (year, e.p.month, e.p.day, written_weekday(cx, e.end)) {
                (Some(Year::Known(y)), Some(m), Some(d), Some(w)) if weekday_of(y, m, d) != w => {
                    context
                        .article_year(art)
                        .filter(|&a| a != y && weekday_of(a, m, d) == w)
                        .map(Year::Known)
                        .or(year)
                }
                _ => year,
            };
            if let Some(y) = year {
                e.p.year = Some(y);
                inferred.push("year".to_string());
                if let Some(q) = e.range_end.as_mut() {
                    if q.year.is_none() {
                        q.year = Some(y);
                    }
                }
            }
        }
        // A lunar date is placed once its year is known: the year written, else
        // the context's for the months that fall in the same Gregorian year (a
        // `腊月` of the context's year may be in the next one, or in this one's
        // January: left unplaced). Unplaced, it is a date without a value.
        let mut unplaced = false;
        if let Some(l) = context.lunar.remove(&e.start) {
            let written = !inferred.iter().any(|s| s == "year");
            let day = match e.p.year {
                Some(Year::Known(y)) if !l.eve && (written || l.month <= 10) => {
                    crate::calendar::lunar_to_gregorian(y, l.month, l.leap, l.day)
                        .map(|(y, m, d)| days_earlier(y, m, d, l.days_before))
                }
                _ => None,
            };
            // (The end of a range of lunar days, in the same year.)
            let end = context.lunar_ends.remove(&e.start).and_then(|b| {
                let Some(Year::Known(y)) = e.p.year else {
                    return None;
                };
                day?;
                crate::calendar::lunar_to_gregorian(y, b.month, b.leap, b.day)
                    .map(|(y, m, d)| days_earlier(y, m, d, b.days_before))
            });
            if let Some((y, m, d)) = end {
                e.range_end = Some(Point {
                    year: Some(Year::Known(y)),
                    month: Some(m),
                    day: Some(d),
                    ..Point::default()
                });
            }
            match day {
                Some((y, m, d)) => {
                    e.p.year = Some(Year::Known(y));
                    e.p.month = Some(m);
                    e.p.day = Some(d);
                    if !written {
                        inferred.extend(["month", "day"].map(String::from));
                    }
                }
                None => unplaced = true,
            }
        }
        if let Some((unit_end, words)) = context.weeks.remove(&e.start) {
            // A week of a month or year, now that its year is known; else only the
            // month or year is read.
            let week = match (e.p.year, e.p.day) {
                (Some(Year::Known(y)), None) => counted_in(&cx.s[words..], y, e.p.month),
                _ => None,
            };
            match week {
                Some((a, b, len)) => {
                    e.p = a;
                    e.range_end = Some(b);
                    e.end = words + len;
                }
                None => e.end = unit_end,
            }
        }
        // A month compared with (`去年同月`) is not the one talked about.
        let lends = lends_year(cx, &e)
            && !matches!(relative, Some(Relative::SameMonth(_)))
            && !(matches!(relative, Some(Relative::Month(-1)))
                && compared_month(cx.s, e.start, e.end));
        // A year counted from the one being talked about names no new one.
        let lends_year = lends
            && !(matches!(relative, Some(Relative::Year(_))) && anaphoric_year_at(cx.s, e.start));
        if lends {
            for q in std::iter::once(&e.p).chain(e.range_end.as_ref()) {
                if let (Some(Year::Known(y)), Some(m)) = (q.year, q.month) {
                    context.last_year_month = Some((y, m, line));
                }
            }
        }
        let article_day = context.article_day(art);
        let Context {
            last_year,
            last_month,
            last_month_end,
            ..
        } = context;
        if e.p.day.is_some() && e.p.month.is_none() {
            // The month the text last named, else (a day the article names
            // first, `日前（10日）`, `台北13日電`) the month that puts the day
            // nearest the article's own date, when its year is that date's.
            let nearest = || {
                let z = article_day?;
                let year_of_article = inferred.iter().any(|s| s == "year")
                    && e.p.year == Some(Year::Known(civil_from_days(z).0));
                let d = e.p.day?;
                year_of_article.then(|| civil_from_days(nearest_day_numbered(z, d)))
            };
            // A month named in an earlier sentence that would put the day after
            // the article's date, where the nearest reading is on or before it,
            // is a month the story looked ahead to (`10月1日期滿。` … `北院5日裁定`
            // in a report of September 9th): the day is the article's month's.
            let ahead = |m: u32| {
                let (Some(z), Some(Year::Known(y)), Some(d)) = (article_day, e.p.year, e.p.day)
                else {
                    return false;
                };
                // (Far apart, they are in different sentences: no scan of the text
                // between.)
                (e.start.saturating_sub(*last_month_end) > SENTENCE_SCAN_BYTES
                    || cx
                        .s
                        .get(*last_month_end..e.start)
                        .is_some_and(|b| b.contains(['。', '！', '？', '；', '\n'])))
                    && d <= days_in_month(Some(y), m)
                    && days_from_civil(y, m, d) > z
                    && nearest_day_numbered(z, d) <= z
            };
            let month = match *last_month {
                Some(m) if !ahead(m) => Some((None, m)),
                _ if relative.is_none() => nearest().map(|(y, m, _)| (Some(y), m)),
                _ => None,
            };
            if let Some((year, m)) = month {
                if let Some(y) = year {
                    e.p.year = Some(Year::Known(y));
                }
                e.p.month = Some(m);
                inferred.push("month".to_string());
                if let Some(q) = e.range_end.as_mut() {
                    if q.month.is_none() {
                        q.month = Some(m);
                        if let Some(y) = year {
                            q.year = Some(Year::Known(y));
                        }
                    }
                }
            }
        }
        if let Some(y) = e.p.year {
            if lends_year && !inferred.iter().any(|s| s == "year") {
                *last_year = Some((y, line));
            }
        }
        if lends {
            *last_month = e.p.month;
            *last_month_end = e.end;
        }
        if let Some(q) = &e.range_end {
            if lends && q.month.is_some() {
                *last_month = q.month;
                *last_month_end = e.end;
            }
            if let Some(y @ Year::Known(_)) = q.year {
                if lends_year {
                    *last_year = Some((y, line));
                }
            }
        }
        let mut c = Cand::new(FactKind::Date, e.start..e.end);
        let day_word = anaphoric
            || matches!(
                relative,
                Some(
                    Relative::Day(_)
                        | Relative::Week(..)
                        | Relative::Weekday(_)
                        | Relative::Span(Unit::Day | Unit::Week, ..)
                        | Relative::Half(HalfOf::Month | HalfOf::Week, _)
                )
            );
        // The last full date (the end of a range), for the anaphoric words after it.
        if !masked {
            let last = e
                .range_end
                .as_ref()
                .filter(|q| q.day.is_some())
                .unwrap_or(&e.p);
            if let (Some(Year::Known(y)), Some(m), Some(d)) = (last.year, last.month, last.day) {
                context.last_day = Some((days_from_civil(y, m, d), here));
                context.last_day_end = e.end;
            }
        }
        c.precision = Some(match e.p.finest() {
            _ if day_word => Precision::Day,
            3 => Precision::Day,
            2 => Precision::Month,
            _ => Precision::Year,
        });
        if masked {
            c.incomplete = true;
        } else if unplaced {
            inferred.clear();
        } else {
            c.value = iso(&e.p).map(crate::document::FactValue::Date);
            if c.value.is_some() {
                let text = &cx.s[e.start..e.end];
                c.end = e
                    .range_end
                    .map(|q| forward_end(&e.p, q, text))
                    .as_ref()
                    .and_then(iso);
            }
        }
        // `2016年至今`, `2020年3月迄今`: a range from a written time to the
        // article's day (its date, or the reference date), in the start's unit.
        let mut to_now = false;
        if c.value.is_some()
            && c.end.is_none()
            && e.range_end.is_none()
            && e.p.period.is_none()
            && relative.is_none()
        {
            let rest = &cx.s[e.end..];
            let word = ["至今", "迄今"].into_iter().find(|w| rest.starts_with(w));
            // (Not `至今年`, `至今天`, `至今后五年`, `至今明两年`: a word of now
            // that goes on; not to a day, which the article's date does not always
            // give.)
            if let (Some(w), Some(z), Some(Year::Known(y0))) = (
                word.filter(|w| {
                    !rest[w.len()..]
                        .starts_with(|c: char| "年天日晚后後冬春夏秋明早晨起朝".contains(c))
                }),
                art.and_then(|i| context.article_days.get(i).copied().flatten())
                    .or(context.reference_day),
                e.p.year,
            ) {
                let (y, m, _) = civil_from_days(z);
                let end = match e.p.finest() {
                    1 => Some(format!("{y:04}")),
                    2 => Some(format!("{y:04}-{m:02}")),
                    _ => None,
                };
                let start_key = (y0, e.p.month.unwrap_or(0));
                if let Some(end) = end.filter(|_| start_key < (y, e.p.month.map_or(0, |_| m))) {
                    c.end = Some(end);
                    c.range.end = e.end + w.len();
                    to_now = true;
                }
            }
        }
        c.inferred = inferred;
        c.period = e.p.period;
        c.part = e.p.part;
        c.relative = relative.is_some() || to_now;
        if c.relative && c.value.is_none() && !masked {
            // Nothing to resolve against: the parts stay unknown. (A day its
            // month does not have gives none: `今年2月30日`.)
            c.value = match (e.p.month, e.p.day) {
                (Some(m), Some(d))
                    if d > crate::calendar::days_in_month(
                        match e.p.year {
                            Some(Year::Known(y)) => Some(y),
                            _ => None,
                        },
                        m,
                    ) =>
                {
                    None
                }
                (Some(m), Some(d)) => Some(format!("XXXX-{m:02}-{d:02}")),
                (Some(m), None) => Some(format!("XXXX-{m:02}")),
                (None, Some(d)) => Some(format!("XXXX-XX-{d:02}")),
                _ => Some("XXXX".to_string()),
            }
            .map(crate::document::FactValue::Date);
        }
        if let Some(prev) = out.last_mut() {
            if ends_range(cx, prev, &c) {
                // `2014年11月到去年3月`, `2019年1月至今年6月`: a range from a written
                // date to one named from the reference date.
                prev.end = c
                    .value
                    .as_ref()
                    .and_then(|v| v.as_str())
                    .map(str::to_string);
                prev.range.end = c.range.end;
                prev.relative = true;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Does `c`, a date resolved from a relative word, end a range that `prev`, a
/// written date, starts (`2014年11月到去年3月`)? Only across a range connector,
/// when both are plain dates (no period or part) and `c` is not before `prev`.
fn ends_range(cx: &Ctx, prev: &Cand, c: &Cand) -> bool {
    let plain = |x: &Cand| x.end.is_none() && x.period.is_none() && x.part.is_none();
    if !c.relative || prev.relative || !plain(prev) || !plain(c) || prev.range.end > c.range.start {
        return false;
    }
    let (Some(a), Some(b)) = (
        prev.value.as_ref().and_then(|v| v.as_str()),
        c.value.as_ref().and_then(|v| v.as_str()),
    ) else {
        return false;
    };
    let between = cx.s[prev.range.end..c.range.start].trim_matches(' ');
    !a.contains('X')
        && !b.contains('X')
        && a < b
        && ["至", "到", "—", "——", "－", "-", "～", "~"].contains(&between)
}

/// The own date of each article (see [`ArticleDate`]), in the order of
/// `a.structure.articles`.
pub fn article_dates(a: &crate::analysis::Analysis, taiwan: bool) -> Vec<Option<ArticleDate>> {
    a.structure
        .articles
        .iter()
        .map(|art| article_date(a, art.range.clone(), art.title.clone(), taiwan))
        .collect()
}

/// Words of a title that names the year a document plans for (`113年度中央政府總預算案`,
/// `2024年工作计划`): such a document is written in the year before.
const PLANNING_TITLE_WORDS: &[&str] = &["预算", "计划", "规划", "草案"];

/// Words of a title that reports on the year it names (`2024年预算执行情况的报告`,
/// `2023年工作计划执行情况`): written after it.
const REPORTING_TITLE_WORDS: &[&str] = &["执行", "决算", "完成情况", "总结"];

/// Dates the articles that only their title's year dates by `reference` (an ISO
/// date given from outside the text) where the two agree: the reference falls in
/// that year, or, for a title that plans for the year, in the year before. The
/// date given is the more precise one (a release of 2020-02-04 titled
/// `2020年臺南市小年夜至初五觀光人次…`), and a budget is written before its year
/// (the President's release of 2023-08-21 on `113年度中央政府總預算案`), so
/// `今年` and `今（21）日` count from the reference. The year the article
/// reports on stays. Such a date's `range` is empty.
pub fn prefer_reference(
    a: &crate::analysis::Analysis,
    dates: &mut [Option<ArticleDate>],
    reference: Option<&str>,
) {
    let Some(reference) = reference else {
        return;
    };
    let Some(year) = reference.get(..4).and_then(|y| y.parse::<i32>().ok()) else {
        return;
    };
    for (d, art) in dates.iter_mut().zip(&a.structure.articles) {
        let Some(d) = d.as_mut() else {
            continue;
        };
        if d.value.len() != 4 || d.range.is_empty() {
            continue;
        }
        let in_title = art
            .title
            .as_ref()
            .is_some_and(|t| t.start <= d.range.start && d.range.end <= t.end);
        if !in_title {
            continue;
        }
        let title = art.title.as_ref().map_or("", |t| &a.simplified[t.clone()]);
        let plans = PLANNING_TITLE_WORDS.iter().any(|w| title.contains(w))
            && !REPORTING_TITLE_WORDS.iter().any(|w| title.contains(w));
        if year == d.year || (plans && year + 1 == d.year) {
            d.value = reference.to_string();
            d.year = year;
            d.range = d.range.start..d.range.start;
        }
    }
}

/// Labels of a web page's record of its own edits (Simplified): their dates are
/// the page's, no article's.
const PAGE_RECORD_LABELS: &[&str] = &[
    "异动日期",
    "更新日期",
    "更新时间",
    "修改日期",
    "修改时间",
    "最后更新",
    "最后修改",
];

/// Words of a law's amendment in the lines under its title (`第三次修正`,
/// `修订`): the text printed is the amended one.
const AMENDING: &[&str] = &["修正", "修订", "修改"];

/// Words of a rule's adoption that close the dated lines under its title
/// (`…校務會議通過`, `…訂定`): with [`AMENDING`], the latest dates the text in force.
const ADOPTING: &[&str] = &["通过", "订定", "制定", "核定"];

/// Whether a line opens with a date's number (`94年2月15日…`, `（2004年…`),
/// past brackets and spaces.
fn opens_with_date(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\u{3000}', '\t', '（', '(', '【', '[']);
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let cn_end = t
        .char_indices()
        .find(|(_, c)| crate::chinese::numerals::cn_digit(*c).is_none())
        .map_or(t.len(), |(k, _)| k);
    (2..=4).contains(&digits) && t[digits..].trim_start().starts_with(['年', '-', '/', '.'])
        || t[..cn_end].chars().count() == 4 && t[cn_end..].starts_with('年')
}

/// Lines that hold an article's own date are short: a signature or date line, a
/// subtitle such as `——2017年3月5日在第十二届全国人民代表大会第五次会议上`.
const CLOSING_LINE_CHARS: usize = 40;
const OPENING_LINE_CHARS: usize = 80;
/// How many non-empty lines from the end and from the top are looked at.
const CLOSING_LINES: usize = 6;

/// How a text's attachments open (`附件：`, `附件1：…申请表`, `附表`).
const ANNEX_OPENERS: &[&str] = &["附件", "附表"];

/// How many lines above its attachments a text's date of signing may stand.
const ANNEX_SIGNATURE_LINES: usize = 3;
const OPENING_LINES: usize = 5;

/// The year each article reports on, where its title names one: what `上年`
/// counts from in an article that has no date of its own (a results forecast read
/// with a reference date: `2024 年年度业绩预告` … `上年同期` is 2023).
pub fn article_periods(a: &crate::analysis::Analysis, taiwan: bool) -> Vec<Option<i32>> {
    a.structure
        .articles
        .iter()
        .map(|art| {
            article_date_or_period(a, art.range.clone(), art.title.clone(), taiwan, true)
                .and_then(|d| d.period)
        })
        .collect()
}

fn article_date(
    a: &crate::analysis::Analysis,
    range: std::ops::Range<usize>,
    title: Option<std::ops::Range<usize>>,
    taiwan: bool,
) -> Option<ArticleDate> {
    article_date_or_period(a, range, title, taiwan, false)
}

/// [`article_date`], or with `periods_only` only the period its title names
/// (in an `ArticleDate` whose value is empty).
fn article_date_or_period(
    a: &crate::analysis::Analysis,
    range: std::ops::Range<usize>,
    title: Option<std::ops::Range<usize>>,
    taiwan: bool,
    periods_only: bool,
) -> Option<ArticleDate> {
    let at_start = range.start == 0;
    let (range_start, range_end) = (range.start, range.end);
    let mut lines = Vec::new();
    let mut pos = range.start;
    for l in a.simplified[range].split_inclusive('\n') {
        let content = l.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            lines.push(pos..pos + content.len());
            if periods_only && lines.len() == TITLE_LINES {
                break;
            }
        }
        pos += l.len();
    }
    // The explicit dates of a line (no year, month or day taken from context).
    let dates_in = |r: &std::ops::Range<usize>| -> Vec<(String, std::ops::Range<usize>, u8)> {
        let cx = Ctx::of_range(a, r.clone(), taiwan);
        find(&cx, &mut Context::default())
            .into_iter()
            .filter(|c| c.inferred.is_empty() && c.end.is_none() && !c.incomplete)
            // The start of a range (`2014年11月到去年3月`) is no date of the article.
            .filter(|c| {
                let after = a.simplified[c.range.end..].trim_start_matches(' ');
                !CONNECTORS.iter().any(|k| after.starts_with(k))
            })
            // Nor is the end of a reporting period (`截至 2012年 8月 31日止年度的財務報表`).
            .filter(|c| !ends_a_reporting_period(a.simplified, c.range.clone()))
            .filter_map(|c| {
                let v = c.value?.as_str()?.to_string();
                let fine = match c.precision? {
                    Precision::Day => 3,
                    Precision::Month => 2,
                    Precision::Year => 1,
                };
                (v.as_bytes().first().is_some_and(u8::is_ascii_digit)
                    && !v.contains('X')
                    && lends_year_at(a.simplified, c.range.clone(), fine == 1))
                .then_some((v, c.range, fine))
            })
            .collect()
    };
    // Counted without the spaces that set a line to the right (a signature date
    // under a letter: `                    2007-01-12`).
    let chars = |r: &std::ops::Range<usize>| {
        a.simplified[r.clone()]
            .trim_matches(char::is_whitespace)
            .chars()
            .count()
    };
    // A line of body text (a sentence) is neither a title nor a date line.
    let sentence = |r: &std::ops::Range<usize>| {
        a.simplified[r.clone()]
            .trim_end()
            .ends_with(['。', '！', '？', '；', '!', '?', ';'])
    };
    // The title's dates (`湛江市2025年预算执行情况和2026年预算草案的报告`).
    let title_dates = match lines.first() {
        Some(t) if chars(t) <= OPENING_LINE_CHARS && !sentence(t) => dates_in(t),
        _ => Vec::new(),
    };
    // A report on a period names it first in its title; a plan or programme
    // (`…2035年远景目标纲要`) names a year it looks ahead to. A listed company's
    // announcement puts its codes and its name above the title (`证券代码:601519 …` /
    // `上海大智慧股份有限公司` / `2024 年年度业绩预告`).
    let period_title = lines
        .iter()
        .filter(|t| !crate::structure::is_page_particulars(&a.simplified[(*t).clone()]))
        .take(TITLE_LINES)
        .filter(|t| chars(t) <= OPENING_LINE_CHARS && !sentence(t))
        .find(|t| {
            let title = &a.simplified[(*t).clone()];
            PERIOD_REPORT_WORDS.iter().any(|w| title.contains(w))
        });
    let summary = period_title.is_some_and(|t| {
        let title = &a.simplified[t.clone()];
        SUMMARY_WORDS.iter().any(|w| title.contains(w))
            && !SPEECH_WORDS.iter().any(|w| title.contains(w))
    });
    let period = period_title
        .and_then(|t| dates_in(t).into_iter().next())
        .and_then(|d| d.0.get(..4)?.parse().ok())
        .or_else(|| {
            lines
                .iter()
                .take(TITLE_LINES)
                .find_map(|t| year_as_topic(&a.simplified[t.clone()]))
        });
    if periods_only {
        return period.map(|year| ArticleDate {
            value: String::new(),
            year,
            range: 0..0,
            period: Some(year),
            summary,
        });
    }
    let make = |(value, range, _): (String, std::ops::Range<usize>, u8)| {
        let year = value.get(..4)?.parse().ok()?;
        Some(ArticleDate {
            value,
            year,
            range,
            period,
            summary,
        })
    };
    // A Markdown page's front matter states its date of publication (`date:`, a key
    // read wherever it stands among the others): the page's own date.
    if at_start {
        if let Some(r) = crate::front_matter::front_matter(a.simplified).and_then(|f| f.date) {
            if let Some(d) = dates_in(&r).into_iter().max_by_key(|d| d.2) {
                return make(d);
            }
        }
    }
    // A notice that issues or forwards a document (`…关于印发《…》的通知`) is
    // signed and dated before the document it carries: its first line that is a
    // full date alone is its own date, however long the attachment after it.
    // The title may stand in a page's front matter (`title: …`), above the first line.
    let notice_title = title.clone().or_else(|| lines.first().cloned());
    if notice_title.is_some_and(|t| covering_notice(&a.simplified[t])) {
        let signed = lines.iter().skip(1).find_map(|r| {
            let [d] = <[_; 1]>::try_from(dates_in(r)).ok()?;
            let rest = [
                &a.simplified[r.start..d.1.start],
                &a.simplified[d.1.end..r.end],
            ];
            (d.2 == 3
                && rest.iter().all(|x| {
                    x.chars()
                        .all(|c| c.is_whitespace() || DATE_LINE_FRAME.contains(c))
                }))
            .then_some(d)
        });
        if let Some(d) = signed {
            return make(d);
        }
    }
    // A closing date or signature line, the last one. A step of a dated list
    // (`（二三）103 年 4 月 10 日第 657 次委員會議決議：`, the last entry of a review
    // history) is no date of the article.
    for r in lines.iter().rev().take(CLOSING_LINES) {
        // (A web page's own record, `最後異動日期:108-04-10`, dates the page's last
        // edit, not the text.)
        let page_record = PAGE_RECORD_LABELS
            .iter()
            .any(|w| a.simplified[r.clone()].contains(w));
        if chars(r) <= CLOSING_LINE_CHARS && !page_record && !dated_step(&a.simplified[r.clone()]) {
            let line = &a.simplified[r.clone()];
            if let Some(d) = dates_in(r).into_iter().rev().find(|d| {
                d.2 >= 2
                    && !heads_a_figure(&line[d.1.end - r.start..])
                    && !announces_a_later_event(&line[..d.1.start - r.start])
            }) {
                return make(d);
            }
        }
    }
    // A text signed and dated before its attachments (`绍兴市第一中学` / `2021年6月23日`
    // / `附件：` / the forms), with no closing date after them: the date right above
    // the first line of attachments.
    let annex = lines
        .iter()
        .position(|r| {
            let t = a.simplified[r.clone()].trim_start();
            ANNEX_OPENERS.iter().any(|w| t.starts_with(w)) && chars(r) <= CLOSING_LINE_CHARS
        })
        .filter(|&k| k > OPENING_LINES);
    if let Some(k) = annex {
        for r in lines[..k].iter().rev().take(ANNEX_SIGNATURE_LINES) {
            let only = dates_in(r).into_iter().find(|d| {
                d.2 == 3
                    && a.simplified[r.start..d.1.start]
                        .chars()
                        .chain(a.simplified[d.1.end..r.end].chars())
                        .all(|c| c.is_whitespace() || DATE_LINE_FRAME.contains(c))
            });
            if let Some(d) = only {
                return make(d);
            }
        }
    }
    // A date line near the top: the first of the finest precision, so that a
    // full date of writing (`date: 2014-08-31`, `（2024年5月20日）`) wins over a
    // month the title names (`2014 年 8 月 SFD 工作规划`).
    let mut best: Option<(String, std::ops::Range<usize>, u8)> = None;
    // A notice of a meeting or an event (`关于召开…会议的通知`): its `时间：` is
    // the event's.
    let announces = lines.first().is_some_and(|t| {
        let t = a.simplified[t.clone()].trim_end();
        ANNOUNCING_KINDS.iter().any(|k| t.ends_with(k))
    });
    // A law's history under its title (`1999年7月30日…通过` / `2012年11月29日…
    // 第三次修正`) dates the text as last amended: the latest of its dates, on
    // as many lines as it takes.
    // A rule's own history lines open with their dates (`94年2月15日校務會議通過` /
    // `96年2月5日校務會議通過`): adoptions as much as amendments.
    let amends = |line: &str| {
        let tail = line.trim_end().trim_end_matches([')', '）', '。']);
        AMENDING.iter().any(|w| line.contains(w))
            || ADOPTING.iter().any(|w| tail.ends_with(w)) && opens_with_date(line)
    };
    // (A labelled date of publication is never overridden by a history line.)
    let mut best_labelled = false;
    // A line that goes on with the sentence of the line before, cut by a hard wrap:
    // that line is as wide (a text's wrapped lines are) and ends no clause.
    let wrapped = |i: usize| {
        i > 0 && {
            let prev = &a.simplified[lines[i - 1].clone()];
            let (pw, w) = (chars(&lines[i - 1]), chars(&lines[i]));
            pw >= WRAPPED_LINE_MIN_CHARS
                && w * 5 >= pw * 4
                && !prev.trim_end().ends_with(|c: char| is_clause_end(c))
        }
    };
    // A web page's title far below its menus (`<h2 class="title">` after the
    // site's links): the top is where the title stands, not the menus above it.
    let top = title
        .as_ref()
        .and_then(|t| {
            lines
                .iter()
                .position(|r| r.start <= t.start && t.start <= r.end)
        })
        .filter(|&i| i >= OPENING_LINES)
        .unwrap_or(0);
    for (k, r) in lines
        .iter()
        .enumerate()
        .skip(top)
        .map(|(k, r)| (k - top, r))
    {
        let line = &a.simplified[r.clone()];
        if k >= OPENING_LINES && !(k > 0 && amends(line)) {
            break;
        }
        // A labelled date: a web page's `发布日期:2021-06-25 15:30  作者:…` (however
        // long the line of the page's particulars), minutes' `時　　間：西元2020年03月07日。`.
        let found: Vec<_> = dates_in(r).into_iter().filter(|d| d.2 >= 2).collect();
        // A date that heads a figure (`- **2014年3月底：18,984**`, a list of
        // figures by date) labels a value, no date of the text.
        let found: Vec<_> = found
            .into_iter()
            .filter(|d| {
                date_label_before(&line[..d.1.start - r.start], announces)
                    || !heads_a_figure(&line[d.1.end - r.start..])
            })
            .collect();
        let labelled = found
            .iter()
            .position(|d| date_label_before(&line[..d.1.start - r.start], announces));
        let plain = chars(r) <= OPENING_LINE_CHARS && !sentence(r) && !dated_step(line);
        let amended = k > 0 && amends(line) && !sentence(r);
        let d = match labelled {
            Some(k) => found.into_iter().nth(k),
            // (The latest of the finest: `（2004年…修正 2012年…修正）` on one line.)
            None if amended => found
                .into_iter()
                .max_by(|a, b| (a.2, &a.0).cmp(&(b.2, &b.0))),
            None if plain => found
                .into_iter()
                .filter(|d| {
                    !(wrapped(top + k) && in_a_clause(line, d.1.start - r.start..d.1.end - r.start))
                })
                .rev()
                .max_by_key(|d| d.2),
            None => None,
        };
        let from_label = labelled.is_some();
        if let Some(d) = d.filter(|d| {
            best.as_ref().is_none_or(|b| {
                !(best_labelled && amended && !from_label)
                    && (d.2 > b.2 || (amended && d.2 == b.2 && d.0 > b.0))
            })
        }) {
            best = Some(d);
            best_labelled = from_label;
        }
    }
    if let Some(d) = best {
        return make(d);
    }
    // A running head that dates every page (`立法會 ─ 2013年2月27日`): the date of
    // the sitting or issue, finer than a year the title names (`《2013年撥款條例
    // 草案》`) and never one the title contradicts.
    let title_year = title_dates.last().and_then(|d| d.0.get(..4));
    let head = a
        .structure
        .furniture
        .iter()
        .filter(|r| r.start >= range_start && r.end <= range_end)
        .flat_map(|r| dates_in(r).into_iter().filter(|d| d.2 >= 2))
        .find(|d| title_year.is_none_or(|y| d.0.starts_with(y)));
    if let Some(d) = head {
        return make(d);
    }
    // The year of the title (`2024年工作总结`); of two, the later one, the year
    // the report is given in (`2025年预算执行情况和2026年预算草案的报告`).
    title_dates.into_iter().next_back().and_then(make)
}

/// Labels that say the date after them is the document's own: its publication
/// or issue (`发布日期：`), anywhere on a line of a page's particulars.
const PUBLICATION_LABELS: &[&str] = &[
    "发布日期",
    "发布时间",
    "发文日期",
    "成文日期",
    "印发日期",
    "公布日期",
    "发表日期",
    "发表时间",
    "发稿时间",
];

/// Labels of a date that open a line of their own (`时间：`, `日期：`, `會議時間：`):
/// minutes' date of sitting, a record's date. Not after another word (`报名时间：`,
/// `截止日期：` date a step, not the text).
const LINE_DATE_LABELS: &[&str] = &["日期", "时间", "会议时间", "开会时间"];

/// Whether the text before a date on its line ends with a date label and its
/// colon (`发布日期:`, `時　　間：西元`, `日期：`): spaces inside the label are layout.
fn date_label_before(before: &str, announces: bool) -> bool {
    // Labels are short: only the line's last characters are read, so that a
    // line of thousands of dates is read in linear time.
    const LABEL_MAX_CHARS: usize = 48;
    let from = before
        .char_indices()
        .rev()
        .nth(LABEL_MAX_CHARS)
        .map_or(0, |(i, c)| i + c.len_utf8());
    // (Read whole when only layout's blanks come before: PDFs indent deeply.)
    let whole = before[..from]
        .trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .is_empty();
    let compact: String = before[from..]
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    // The era word after the label (`西元`, `公元`) belongs to the date.
    let compact = compact
        .strip_suffix("西元")
        .or_else(|| compact.strip_suffix("公元"))
        .unwrap_or(&compact);
    let Some(label) = compact
        .strip_suffix(['：', ':'])
        .map(|l| l.trim_start_matches(['-', '*', '#', '【', '[']))
    else {
        return false;
    };
    // (`本次会议时间：`: this sitting's date.)
    let label = label.strip_prefix("本次").unwrap_or(label);
    PUBLICATION_LABELS.iter().any(|w| label.ends_with(w))
        || (whole && !announces && LINE_DATE_LABELS.contains(&label))
}

/// Words that put the date after them on a later event (`确定下次会议的时间为
/// 2024年2月22日`, `下一期将于…出版`): a closing line that announces what comes
/// next is no date of the text.
const LATER_EVENT_WORDS: &[&str] = &[
    "下次",
    "下一次",
    "下期",
    "下一期",
    "下届",
    "下一届",
    "下轮",
    "下一轮",
    "将于",
    "拟于",
];

/// Whether the words before a date on a closing line put it on a later event.
fn announces_a_later_event(before: &str) -> bool {
    LATER_EVENT_WORDS.iter().any(|w| before.contains(w))
}

/// The last words of a title that announces an event (`关于召开…会议的通知`,
/// `…活动的公告`): a date labelled `时间：` under it is the event's.
const ANNOUNCING_KINDS: &[&str] = &["通知", "通告", "公告", "邀请函", "邀请", "启事", "预告"];

/// Words after `止` that make the date before it the end of a reporting period:
/// `截至2012年8月31日止年度`, `截至…止期間`, `截至…止的六個月`.
const PERIOD_AFTER_ZHI: &[&str] = &[
    "年度",
    "财政年度",
    "会计年度",
    "期间",
    "的",
    "之",
    "六个月",
    "三个月",
];

/// Words that open a period up to a date closed by `止` (`截至…止`).
const UP_TO: &[&str] = &["截至", "截止", "截止至"];

/// Whether the date at `range` ends a reporting period: `止` after it and a
/// period word (`止年度`, `止期間`, `止的`), or `截至` before it on its line
/// (`截至 2012年 8月 31日止`). It dates the accounts, not the document.
fn ends_a_reporting_period(s: &str, range: std::ops::Range<usize>) -> bool {
    let Some(after) = s[range.end..].trim_start_matches(' ').strip_prefix('止') else {
        return false;
    };
    let after = after.trim_start_matches(' ');
    let line_start = s[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let before = s[line_start..range.start].trim_end_matches(' ');
    PERIOD_AFTER_ZHI.iter().any(|w| after.starts_with(w))
        || UP_TO.iter().any(|w| before.ends_with(w))
}

/// The kinds of official document that cover another one and are signed before
/// it (`关于印发《…规划》的通知`, `…转发…的通知`, `关于…的批复`): the last word of
/// their title.
const COVERING_NOTICE_KINDS: &[&str] = &["通知", "通报", "批复", "决定", "函"];

/// Whether a title (`# 黄浦区人民政府办公室关于印发《…》的通知`) is one of a
/// notice that issues, forwards or approves a document attached after its date.
fn covering_notice(title: &str) -> bool {
    let t = title.trim().trim_end_matches(['。', ' ', '\u{3000}']);
    (t.contains("印发") || t.contains("转发") || t.contains("颁发") || t.contains("下发"))
        && COVERING_NOTICE_KINDS.iter().any(|k| t.ends_with(k))
}

/// What may stand around a date alone on its line besides spaces (of any kind: a
/// web page's no-break spaces too): brackets, a Markdown emphasis or heading mark.
const DATE_LINE_FRAME: &str = " \t\u{3000}（）()【】[]*#";

/// Whether the text after a date on its line is a colon and a figure
/// (`：18,984`, `: 17,942 (跌5.5%)`): the date labels a value. Not a time of
/// day (`2023年5月6日：14:30`, `: 9时30分`).
fn heads_a_figure(after: &str) -> bool {
    after
        .trim_start_matches(['*', '_', ' ', '\u{3000}'])
        .strip_prefix(['：', ':'])
        .is_some_and(|v| {
            let v = v.trim_start_matches(['*', '_', ' ', '\u{3000}']);
            let digits = v.len()
                - v.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    .len();
            digits > 0 && !v[digits..].starts_with([':', '：', '时', '点'])
        })
}

/// Words before a date that make it part of a clause (`…於 2001年 11月 1日或以前`),
/// and words after it: a date a wrapped sentence governs is no dateline.
const GOVERNING_BEFORE: &[&str] = &["于", "於", "在", "自", "从", "至", "到", "截至", "截止"];
const GOVERNING_AFTER: &[&str] = &["或以前", "以前", "之前", "以来", "起", "之后", "以后"];

/// The narrowest line taken for a wrapped line of text, in characters.
const WRAPPED_LINE_MIN_CHARS: usize = 20;

/// Characters that close a clause or a line of particulars.
fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '，' | '：' | '!' | '?' | ';' | ',' | ':' | '）' | ')'
    )
}

/// Whether the date at `at` of a line is governed by a word of its clause.
fn in_a_clause(line: &str, at: std::ops::Range<usize>) -> bool {
    let before = line[..at.start].trim_end_matches([' ', '\u{3000}']);
    let after = line[at.end..].trim_start_matches([' ', '\u{3000}']);
    GOVERNING_BEFORE.iter().any(|w| before.ends_with(w))
        || GOVERNING_AFTER.iter().any(|w| after.starts_with(w))
}

/// Labels of a page's byline that may end its dateline when their value is left
/// out or wrapped (`2017-05-15 10:13:16来源：`).
const BYLINE_LABELS: &[&str] = &["来源", "作者", "编辑", "责任编辑", "责编", "记者", "供稿"];

/// Whether a line is a step of a numbered or bulleted list (`- （二三）103 年 4 月
/// 10 日第 657 次委員會議決議：`, `1. 2013年5月6日召开…`) or introduces what
/// follows (`…決議：`): the entry of a history or chronology, whose date is the
/// step's, not the one the article was written on.
fn dated_step(line: &str) -> bool {
    let t = line.trim();
    if let Some(label) = t.strip_suffix(['：', ':']) {
        // (A page's dateline ends with its byline's label: `2017-05-15 10:13:16来源：`.)
        if !BYLINE_LABELS.iter().any(|w| label.trim_end().ends_with(w)) {
            return true;
        }
    }
    let t = t
        .trim_start_matches(['-', '*', '•', '·', '#', '+'])
        .trim_start_matches([' ', '\t', '\u{3000}']);
    crate::structure::parse_marker(t).is_some()
}

/// The year an opening sentence is about: `2024年是实现“十四五”规划目标任务的
/// 关键一年` (a year, then the copula 是) or `2024年，面对外部压力加大……` (a year
/// set off by a comma, the frame of what follows) begins a bulletin or a report
/// by saying which year is the present one of the text, what `上年` counts from.
fn year_as_topic(line: &str) -> Option<i32> {
    let line = line.trim_start_matches([' ', '\u{3000}']);
    let digits = line
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || crate::chinese::numerals::cn_digit(*c).is_some()))
        .map_or(line.len(), |(i, _)| i);
    let rest = line[digits..].trim_start_matches(' ').strip_prefix('年')?;
    let framed = rest.starts_with(['，', ',']);
    let rest = rest.trim_start_matches([' ', '，', ',']);
    if !(rest.starts_with('是') || framed) || line[..digits].chars().count() != 4 {
        return None;
    }
    let year = crate::chinese::numerals::parse(&line[..digits])? as i32;
    (1900..=2100).contains(&year).then_some(year)
}

/// How many months into the next year a summary may be published and still
/// speak as of the year it sums up.
const SUMMARY_LATE_MONTHS: u32 = 3;

/// Titles of a summary of the period (and a report on one's own work in it),
/// written as the period closes: its `今年` is the period's year, though it be
/// published early in the next (not a government work report or a budget, given
/// in the new year and speaking of it).
const SUMMARY_WORDS: &[&str] = &["总结", "述职"];

/// Words of a title that make it a speech or a meeting (`在2020年度工作总结表彰大会
/// 上的讲话`): given in the new year, it speaks of the new year.
const SPEECH_WORDS: &[&str] = &["讲话", "会议", "大会", "表彰", "发言", "致辞"];

/// Words of a title that make the article a report on the period its title
/// names (a bulletin, summary, annual report, budget execution or final
/// accounts).
const PERIOD_REPORT_WORDS: &[&str] = &[
    "公报",
    "总结",
    "年报",
    "年度报告",
    "执行情况",
    "决算",
    "统计",
    "年鉴",
    // A listed company's forecast or flash report of a year's results.
    "业绩预告",
    "业绩快报",
];

/// How many lines from the top may hold the title that names a report's period.
const TITLE_LINES: usize = 3;

#[cfg(test)]
mod tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    type Row = (String, Option<String>, Option<String>, Vec<String>);

    fn dates(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| {
                (
                    f.text,
                    f.value.and_then(|v| v.as_str().map(String::from)),
                    f.end.and_then(|v| v.as_str().map(String::from)),
                    f.inferred,
                )
            })
            .collect()
    }

    pub(super) fn values(t: &str) -> Vec<String> {
        dates(t)
            .into_iter()
            .map(|d| d.1.unwrap_or_default())
            .collect()
    }

    /// A list of months names its unit once (the Legislative Yuan's gazette,
    /// ../shared/corpus/reports/tw-ly-proceedings: `91 年度 7、8 月間`, `五、六月之陸客`;
    /// a news report on 2021's third quarter: `7、8、9三个月`), each item a month;
    /// not an item's number before a date (`三、7 月 29 日`), nor a first-level
    /// number opening its line.
    #[test]
    fn lists_of_months() {
        assert_eq!(
            values("2021年7、8、9三个月，CPI分别上涨1.0%、0.8%和0.7%。"),
            ["2021", "2021-07", "2021-08", "2021-09"]
        );
        assert_eq!(
            values("2021年7、8、9月份"),
            ["2021", "2021-07", "2021-08", "2021-09"]
        );
        assert_eq!(
            values("2016年5月20日新政府上台，五、六月之陸客"),
            ["2016-05-20", "2016-05", "2016-06"]
        );
        assert_eq!(values("2016年\n三、7 月 29 日會議"), ["2016", "2016-07-29"]);
        assert_eq!(values("第1、2月"), Vec::<String>::new());
    }

    /// A year-end review's blog (judged unseen): a slashed date with its year
    /// last reads month first where a date near it can only be so (`2/28/2024`),
    /// day first otherwise (Hong Kong's `3/7/2017`); words that only look like
    /// dates are none: a complement (`算不上年终`), whenever a time comes
    /// (`每到年底`), the literary "of" (`昨日之悲`, but `今日之前` is a day).
    #[test]
    fn slashed_orders_and_look_alike_words() {
        assert_eq!(
            values("提交于 2/7/2024，截止 2/28/2024，又拖到 10/29/2024。"),
            ["2024-02-07", "2024-02-28", "2024-10-29"]
        );
        assert_eq!(values("會議於3/7/2017舉行。"), ["2017-07-03"]);
        assert_eq!(
            values("3/7/2017 及 28/2/2017"),
            ["2017-07-03", "2017-02-28"]
        );
        assert!(values("2023年12月31日\n一篇算不上年终总结的年终总结")
            .iter()
            .all(|v| v != "2022"));
        assert_eq!(
            values("2023年12月31日\n每到年底的时候，总结随之而来。"),
            ["2023-12-31"]
        );
        assert_eq!(
            values("2024年12月31日\n一向记不住昨日之悲。请于今日之前提交。"),
            ["2024-12-31", "2024-12-31"]
        );
        // A name (`明日大嶼`), a bright future without 的 (a school's opening speech,
        // 2011) and a diary that 前 ends a word before (`考前日志`, a 2016 news diary).
        assert_eq!(
            values("2019年1月5日\n政府推出明日大嶼願景。同学们将迎来美好明天。考前日志第一篇。前日已报名。"),
            ["2019-01-05", "2019-01-03"]
        );
        // (`前日记者从市教育局获悉`: the day before yesterday, and a reporter.)
        assert_eq!(
            values("2019年1月5日\n前日记者从市教育局获悉。"),
            ["2019-01-05", "2019-01-03"]
        );
    }

    /// A holiday on a fixed day after a year is that day (开源之道's 2023 summary:
    /// `2024年元旦`); an anniversary of it is no day (`国庆70周年`).
    #[test]
    fn fixed_day_holidays_after_a_year() {
        assert_eq!(
            values("2024年元旦发布新版。2019年国庆节当天游客增加。2019年国庆70周年。"),
            ["2024-01-01", "2019-10-01", "2019"]
        );
        // Taiwan keeps its own days for some (國慶 is 10-10), not for 元旦.
        assert_eq!(
            values("中華民國110年國慶。民國106年元旦。"),
            ["2021", "2017-01-01"]
        );
        // A season or a list of holidays is no day (`国庆期间`, `元旦、春节放假`).
        assert_eq!(
            values("2019年国庆期间游客增加。2020年元旦春节期间。2019年元旦、春节放假安排。2019年国庆第70周年。"),
            ["2019", "2020", "2019", "2019"]
        );
    }

    /// A dash typed as two hyphens joins a range like one dash (a university's
    /// exam notice: `18周--19周(2013年6月24日--7月5日)`).
    #[test]
    fn two_hyphens_join_a_range() {
        let d = dates("期末考试时间为2013年6月24日--7月5日，具体安排另行通知。");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].1.as_deref(), Some("2013-06-24"));
        assert_eq!(d[0].2.as_deref(), Some("2013-07-05"));
    }

    /// A chronicle's year stands on a line of its own above the entries it heads,
    /// and is their year, also under a page's later publication date and for the
    /// entries' own `今年` (庆元县大事记, events of 1989, republished 2013 by 易菇网
    /// emushroom.net; 旬阳县 events of 1990 in the same layout).
    #[test]
    fn a_chronicles_year_line_heads_its_entries() {
        let d = dates(
            "庆元县大事记
【发布日期】:2013-09-23
1989年
1月3日  县政府批准挂钩方案。
             2月14日  县委组成对话团，提出夺取今年农业丰收。
3月1─3日  政协委员来庆元视察。
             1990年
一月五日  召开全县干部大会。
",
        );
        let v: Vec<(&str, &str)> = d
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            v,
            [
                ("2013-09-23", "2013-09-23"),
                ("1989年", "1989"),
                ("1月3日", "1989-01-03"),
                ("2月14日", "1989-02-14"),
                ("今年", "1989"),
                ("3月1─3日", "1989-03-01"),
                ("1990年", "1990"),
                ("一月五日", "1990-01-05"),
            ]
        );
        assert_eq!(d[5].2.as_deref(), Some("1989-03-03"));
        // A year alone above a table's rows, not entries by month, heads nothing.
        let lines = |t: &str| -> Vec<i32> {
            super::chronicle_year_lines(t)
                .into_iter()
                .map(|l| l.2)
                .collect()
        };
        assert_eq!(
            lines("一九八九年\n１月３日  成立。\n【1990年】\n\n十二月  召开。\n"),
            [1989, 1990]
        );
        assert_eq!(
            lines("2019年\n全年增长5%。\n3月1日完成。\n"),
            Vec::<i32>::new()
        );
        assert_eq!(
            lines("单位：万元\n2019年\n2020年\n12.5\n"),
            Vec::<i32>::new()
        );
        // (OCR noise of many digits is no year, and no overflow.)
        assert_eq!(
            lines("大事记\n12345678901年\n3月 成立。\n"),
            Vec::<i32>::new()
        );
        // The block ends where the entries do: a company's history, then its
        // report on this year.
        let d = values("公司简介\n发展历程\n2015年\n3月 公司成立。\n2018年\n6月 公司在深交所上市。\n二、经营情况\n今年公司营业收入增长15%。\n2023年5月8日\n");
        assert_eq!(
            d,
            ["2015", "2015-03", "2018", "2018-06", "2023", "2023-05-08"]
        );
    }

    /// A box-drawing line or a horizontal bar typed for the dash of a range
    /// (庆元县大事记 `1月11─14日`; Legislative Yuan proceedings, `99 年─104 年`,
    /// `明年 4 月 11─29 日`, ../shared/corpus/reports/tw-ly-proceedings).
    #[test]
    fn a_line_or_a_bar_joins_a_range() {
        let d = dates("1月11─14日召开全县农村工作会议。2019年3月1―3日视察。");
        assert_eq!(d[0].1.as_deref(), Some("XXXX-01-11"));
        assert_eq!(d[0].2.as_deref(), Some("XXXX-01-14"));
        assert_eq!(d[1].2.as_deref(), Some("2019-03-03"));
    }

    /// A date that recurs every year has no year to infer (洛阳市矿产资源管理办法,
    /// 2000: `每年1月31日前`; a city's report, ../shared/corpus/reports/cn-city-gwr:
    /// `把每年8月6日定为`; Legislative Yuan proceedings: `每年 3 至 6 月飞鱼季`).
    #[test]
    fn a_yearly_date_keeps_no_year() {
        assert_eq!(
            values("2000年工作要点。探矿权人应当于每年1月31日前报送。把每年的8月6日定为节日。规定每年 3 至 6 月为飞鱼季。"),
            ["2000", "XXXX-01-31", "XXXX-08-06", "XXXX-03"]
        );
        assert_eq!(
            values("2000年工作要点。探矿权人应当于1月31日前报送。"),
            ["2000", "2000-01-31"]
        );
    }

    /// A filing flattened onto one line runs each date into the next item's
    /// number (a listed company's 重大訊息 of 2011 as mirrored by unlistedstock.com.tw:
    /// `決定日期:100/07/142.除權、息類別`); a version or a longer number is left alone.
    #[test]
    fn a_date_run_into_the_next_items_number() {
        assert_eq!(
            values("新台幣15,721,682元。1.決定日期:100/07/142.除權、息類別:除權息4.除權(息)交易日:100/08/015.最後過戶日:100/08/026.其他"),
            ["2011-07-14", "2011-08-01", "2011-08-02"]
        );
        assert!(values("新台幣5元。版本100/07/142.5版").is_empty());
    }

    #[test]
    fn full_and_partial_dates() {
        assert_eq!(values("2025年9月17日"), ["2025-09-17"]);
        assert_eq!(values("二〇一九年十二月"), ["2019-12"]);
        assert_eq!(values("会议于9月17日召开"), ["XXXX-09-17"]);
        assert_eq!(values("10月份"), ["XXXX-10"]);
        assert_eq!(values("２０２５年９月１７日"), ["2025-09-17"]);
        assert_eq!(values("2019/04/19"), ["2019-04-19"]);
    }

    #[test]
    fn roc_era() {
        assert_eq!(values("中華民國112年5月20日"), ["2023-05-20"]);
        assert_eq!(values("民國98年"), ["2009"]);
        assert_eq!(
            dates("中華民國 105 年 2 月 26 日（星期五）")[0].0,
            "中華民國 105 年 2 月 26 日"
        );
        assert_eq!(values("中華民國 105 年 2 月 26 日"), ["2016-02-26"]);
        assert_eq!(values("106 年度預算"), ["2017"]);
        // ROC years written digit by digit in Chinese (../shared/corpus/reports/
        // tw-ly-proceedings/LCEWC03_090204.txt: `即將於一○五年底結束`).
        assert_eq!(
            values("中華民國105年3月2日\n本院臨時提案：計畫即將於一○五年底結束")[1],
            "2016"
        );
    }

    #[test]
    fn lists_and_ranges() {
        let d = dates("2025年\n9月16、17日兩個晚上");
        assert_eq!(d[1].0, "9月16");
        assert_eq!(d[1].1.as_deref(), Some("2025-09-16"));
        assert_eq!(d[2].0, "17日");
        assert_eq!(d[2].1.as_deref(), Some("2025-09-17"));
        let r = dates("9月16日至18日");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].2.as_deref(), Some("XXXX-09-18"));
        assert_eq!(dates("2019年至2021年")[0].2.as_deref(), Some("2021"));
        assert_eq!(dates("2025年1至6月")[0].1.as_deref(), Some("2025-01"));
        assert_eq!(dates("2025年1至6月")[0].2.as_deref(), Some("2025-06"));
        assert_eq!(dates("9月16-18日")[0].2.as_deref(), Some("XXXX-09-18"));
        let r = dates("2024年\n1—11月，全市规上工业增加值增长5%");
        assert_eq!(
            (r[1].1.as_deref(), r[1].2.as_deref()),
            (Some("2024-01"), Some("2024-11"))
        );
    }

    #[test]
    fn context_inference() {
        let d = dates("2025年社區中秋活動總結 篇1\n9月17日，走訪。\n15日，座談。");
        assert_eq!(d[1].1.as_deref(), Some("2025-09-17"));
        assert_eq!(d[1].3, vec!["year".to_string()]);
        assert_eq!(d[2].1.as_deref(), Some("2025-09-15"));
        assert_eq!(d[2].3, vec!["year".to_string(), "month".to_string()]);
    }

    /// A year written only in a forecast, a target, a span of history or a
    /// comparison, and a century, never lend their year (the 2024 work-summary
    /// trap: `迈向二十一世纪` once made `三月一日` 2099-03-01; national reports
    /// in ../shared/corpus write `到2035年`, `比2019年`, `2020年以来`).
    #[test]
    fn forecasts_history_and_centuries_are_no_context() {
        let v = values("2024年工作总结\n迈向二十一世纪。三月一日起调整水价。");
        assert_eq!(v.last().map(String::as_str), Some("2024-03-01"));
        let v = values("展望未来，到2035年基本实现现代化，6月将召开大会。");
        assert_eq!(v.last().map(String::as_str), Some("XXXX-06"));
        let v = values("工业增加值创2020年以来新高，3月增长较快。");
        assert_eq!(v.last().map(String::as_str), Some("XXXX-03"));
        let v = values("收入比2019年增长8%，5月起执行。");
        assert_eq!(v.last().map(String::as_str), Some("XXXX-05"));
    }

    /// A year named as a record or a point of comparison lends no year: the
    /// NBS release for 2016 H1 (news.fjsen.com) `略低于最高年份2015年,…上半年`,
    /// cn-city-gwr/city-023.txt `巢湖水质创1979年
    /// 有监测记录以来最好水平`; a year that opens a passage still does.
    #[test]
    fn a_record_year_is_no_context() {
        let last = |t: &str| values(t).last().cloned();
        let v = last("夏粮总产量略低于最高年份2015年,为历史第二高产年。6月份,猪肉产量下降。");
        assert_eq!(v.as_deref(), Some("XXXX-06"));
        let v = last("巢湖水质创1979年有监测记录以来最好水平，3月开展评估。");
        assert_eq!(v.as_deref(), Some("XXXX-03"));
        let v = last("出口额仅次于2015年，5月起回升。");
        assert_eq!(v.as_deref(), Some("XXXX-05"));
        let v = last("销量创2018年新高。9月再创新高。");
        assert_eq!(v.as_deref(), Some("XXXX-09"));
        // gwr-national-1959.txt: `有不少高于一九五八年比上年增长的百分数`.
        let v = last("有不少高于一九五八年比上年增长的百分数。");
        assert_eq!(v.as_deref(), Some("1957"));
        let v = last("2016年上半年经济运行平稳。6月份,猪肉产量下降。");
        assert_eq!(v.as_deref(), Some("2016-06"));
    }

    /// Part characters that open another word mark no part (CNA 2018-02-13,
    /// cna.com.tw/news/firstnews/201802130204.aspx: `106年第4季初步統計`).
    #[test]
    fn a_part_that_opens_a_word_is_no_part() {
        let d = dates("主計總處公布106年第4季初步統計經濟成長率為3.28%");
        assert_eq!(d[0].0, "106年第4季");
        assert_eq!(d[0].2.as_deref(), Some("2017-12"));
        let d = dates("该县2023年一季度末端网点覆盖率提升。");
        assert_eq!(d[0].0, "2023年一季度");
        assert_eq!(d[0].2.as_deref(), Some("2023-03"));
    }

    /// A year in a forecast or a target lends no year either (cn-city-gwr/
    /// city-093.txt `力争2024年“桂惠贷”投放量`, city-072.txt `计划2026年建成投产`,
    /// cn-provincial-gwr-2026/prov-2026-28.txt `力争到2030年`,
    /// oh-meeting-minutes/sig_knowlege__2022-06-21-meeting.txt `预计2022年8月`,
    /// gwr-national-1954-wikisource-trad.txt `預計在一九五四年`); the time a
    /// narrative has reached does (gwr-national-1958.txt `现在已经到了一九五八年二月份`).
    #[test]
    fn a_forecast_year_is_no_context() {
        let last = |t: &str| values(t).last().cloned();
        let v = last("融政策联动，力争2024年投放量150亿元。6月将召开大会。");
        assert_eq!(v.as_deref(), Some("XXXX-06"));
        let v = last("该项目计划2026年建成投产。3月开工。");
        assert_eq!(v.as_deref(), Some("XXXX-03"));
        let v = last("直播时间预计2022年，9月发布。");
        assert_eq!(v.as_deref(), Some("XXXX-09"));
        let v = last("預計在一九五四年又將增加一倍，三月起施行。");
        assert_eq!(v.as_deref(), Some("XXXX-03"));
        let v = last("展望2026年，我们充满信心。5月召开大会。");
        assert_eq!(v.as_deref(), Some("XXXX-05"));
        let v = last("实现2035年远景目标。4月起执行。");
        assert_eq!(v.as_deref(), Some("XXXX-04"));
        let v = last("现在已经到了一九五八年二月份。三月一日起调整。");
        assert_eq!(v.as_deref(), Some("1958-03-01"));
        let v = last("2024年工作安排。计划部门6月完成。");
        assert_eq!(v.as_deref(), Some("2024-06"));
        // The year's targets head its work (cn-city-gwr/city-107.txt); a day
        // planned ahead is one (tw-ly-proceedings/LCEWC03_090216.txt).
        let v = last("二、2024年目标任务和重点工作\n确保新建项目开工率一季度达到30%。");
        assert_eq!(v.as_deref(), Some("2024-01"));
        let v = last(
            "中華民國105年12月23日\n行政院函送許委員淑華就建議研擬規劃 106 年 2 月 2、3 日調整放假",
        );
        assert_eq!(v.as_deref(), Some("2017-02-03"));
    }

    /// A row of years heading a table stays three years, each a date of its
    /// own (no length, no range), with the figures under it left to the table
    /// (LegCo written reply of 2013-05-08, siuying/legco-hansard-parser@
    /// 0560b7f16dd12a7ddb795a5502948333e1b0b326:data/txt/12-13-cm0508-translate-c.txt;
    /// a yearbook's header row of the same shape, `指标  2019年  2020年  2021年`).
    #[test]
    fn table_header_years_stay_years() {
        let t = " 過去 3年，警方處理及打擊涉嫌無牌售酒處所的數字如下： \n \n\
                 \u{20}2010年  2011年  2012年  \n\
                 打擊無牌售酒處所行動  251次  326次  212次  \n";
        let d = dates(t);
        let years: Vec<_> = d
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_deref(), r.2.as_deref()))
            .collect();
        assert_eq!(
            years,
            [
                ("2010年", Some("2010"), None),
                ("2011年", Some("2011"), None),
                ("2012年", Some("2012"), None)
            ]
        );
        let t =
            "主要指标完成情况\n指标  2019年  2020年  2021年\n地区生产总值（亿元）  100  110  120\n";
        assert_eq!(values(t), ["2019", "2020", "2021"]);
        assert!(facts_of(t).iter().all(|f| f.kind != FactKind::Duration));
    }

    /// A date without a year takes the year of its own paragraph, else the
    /// article's date — not a year from an earlier paragraph (an Executive Yuan
    /// transcript of 2016-11-01 bids for a 2019 forum, then plans a visit
    /// `11月13日至11月15日`; audreyt/transcript, CC0).
    #[test]
    fn the_article_date_beats_an_earlier_paragraphs_year() {
        let t = "行政院會議紀錄\n我們爭取2019年世界資訊科技大會在臺舉辦。\n部長將於11月13日至11月15日訪問。\n2016年11月1日\n";
        let d = dates(t);
        let visit = d.iter().find(|d| d.0.starts_with("11月13日")).unwrap();
        assert_eq!(visit.1.as_deref(), Some("2016-11-13"));
        assert_eq!(visit.2.as_deref(), Some("2016-11-15"));
        // The same paragraph's year wins over the article's.
        let t = "2016年11月1日\n2019年的論壇，預計11月13日開幕。\n";
        assert_eq!(values(t).last().map(String::as_str), Some("2019-11-13"));
    }

    /// A paragraph runs on over hard-wrapped lines (a PDF copy of the Legislative
    /// Yuan gazette, ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090114.txt:
    /// `…103\n年 4 月 28 日`): the year of a wrapped line still counts.
    #[test]
    fn wrapped_lines_stay_one_paragraph() {
        let t =
            "中華民國105年5月20日\n交通部於民國103年3月公告，\n卻於 4 月 28 日以頻段為由撤回。\n";
        assert_eq!(values(t).last().map(String::as_str), Some("2014-04-28"));
    }

    /// An ROC year before a range of months, in a Taiwan document
    /// (LCEWC03_090513.txt: `106 年 1 至 12 月該部接受外界捐贈款明細表`).
    #[test]
    fn roc_year_before_a_month_range() {
        let d = dates("中華民國107年5月18日\n文化部函送106 年 1 至 12 月捐贈款明細表。");
        let r = d.iter().find(|d| d.0.contains("至")).unwrap();
        assert_eq!(
            (r.1.as_deref(), r.2.as_deref()),
            (Some("2017-01"), Some("2017-12"))
        );
    }

    /// Relative words resolve against the article's date (a 2016 meeting record;
    /// a statistics bureau's half-year analysis: `去年同期`, `今年以来`) and keep
    /// `XXXX` without one; words that only end or start with them are not dates.
    #[test]
    fn relative_words() {
        let rel = |t: &str| -> Vec<(String, String, bool)> {
            crate::facts::facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Date)
                .map(|f| {
                    (
                        f.text,
                        f.value
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default(),
                        f.relative,
                    )
                })
                .collect()
        };
        let d = rel("2016年11月1日\n今年12月底前完成，比去年同期增长5%，明年6月召开。上月完成投资，本月5日开会，3月已启动。\n");
        let got: Vec<(&str, &str, bool)> = d
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), *c))
            .collect();
        assert_eq!(
            got,
            [
                ("2016年11月1日", "2016-11-01", false),
                ("今年12月底", "2016-12", true),
                ("去年同期", "2015", true),
                ("明年6月", "2017-06", true),
                ("上月", "2016-10", true),
                ("本月5日", "2016-11-05", true),
                ("3月", "2016-03", false),
            ]
        );
        assert_eq!(
            rel("今年3月"),
            [("今年3月".to_string(), "XXXX-03".to_string(), true)]
        );
        // 提前年底: 前年 is not a word here; 年底 (the year's end) is.
        assert_eq!(
            rel("相当年产量，以上年龄段，提前年底完成，至今年均增长"),
            [("年底".to_string(), "XXXX".to_string(), false)]
        );
        // `去年同月` is the month talked about a year earlier (a monthly
        // release's `5月份…比上年同月`), not the month the text is written in;
        // nor does that month become the one talked about (当月 after it).
        let pairs = |t: &str| -> Vec<(String, String)> {
            rel(t).into_iter().map(|(a, b, _)| (a, b)).collect()
        };
        assert_eq!(
            pairs("2016年11月1日\n2016年5月份，工业增加值比上年同月增长3%，当月用电量增长2%。\n"),
            [
                ("2016年11月1日".to_string(), "2016-11-01".to_string()),
                ("2016年5月份".to_string(), "2016-05".to_string()),
                ("上年同月".to_string(), "2015-05".to_string()),
                ("当月".to_string(), "2016-05".to_string()),
            ]
        );
        // No month before it: the year alone, as for `去年同期`.
        assert_eq!(
            pairs("2016年11月1日\n销售额比去年同月增长5%。\n"),
            [
                ("2016年11月1日".to_string(), "2016-11-01".to_string()),
                ("去年同月".to_string(), "2015".to_string()),
            ]
        );
    }

    /// An incident named by its month and day in quotation marks is that day
    /// (a district's half-year summary, 2022: `打赢了“1·26”(滨江)、“4·7”(下沙)…
    /// 阻击战`); a dotted pair outside quotes, or of three parts, is none.
    #[test]
    fn incidents_named_by_their_day() {
        let got = values(
            "2022年上半年，打赢了“1·26”(滨江)、“4·7”(下沙)等阻击战，面对“4·7下沙社区遭遇战”。",
        );
        assert_eq!(got, ["2022-01", "2022-01-26", "2022-04-07", "2022-04-07"]);
        assert!(dates("比分1·2，编号“1·2·3”，“13·5”，“1·2亿”").is_empty());
    }

    #[test]
    fn not_dates_and_impossible_dates() {
        assert!(dates("三中全會").is_empty());
        // A thousand years and every two months (../shared/corpus/reports/cn-city-gwr:
        // 千年古城, 每两月评选一次) are not the year 1000 and February.
        assert!(dates("千年古城焕发新生").is_empty());
        assert!(dates("每两月评选一次").is_empty());
        assert_eq!(values("两千零四年"), ["2004"]);
        assert!(dates("身份证号140302197706220124").is_empty());
        assert!(dates("建党100年").is_empty());
        assert!(dates("持续10年").is_empty());
        let d = dates("2月30日");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].1, None);
    }

    /// A day written without 日 is a day when its weekday in brackets or a time of
    /// day follows it.
    #[test]
    fn a_day_without_ri_before_its_weekday_or_a_time_of_day() {
        // A Legislative Yuan committee record (soidid/reactSwipe@
        // b02acb558e00ef66841bbde771947f8350c123da: script/data/meeting.txt, l.2, and
        // src/data/position.js, its `date`): 6 June 2012 was a Wednesday.
        let v = values("時　　間　中華民國101年6月6（星期三）上午9時7分、下午2時41分\n");
        assert_eq!(v.first().map(String::as_str), Some("2012-06-06"), "{v:?}");
        // The same heading with 日, as the plenary records write it
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090103.txt, l.3).
        let v = values("時間　中華民國 105 年 3 月 4 日（星期五）上午 9 時 1 分至 9 時\n");
        assert_eq!(v.first().map(String::as_str), Some("2016-03-04"), "{v:?}");
        // A time of day after the day; a weekday in brackets after a Gregorian date.
        let v = values("會議訂於2024年5月6下午2時召開。\n");
        assert_eq!(v.first().map(String::as_str), Some("2024-05-06"), "{v:?}");
        let v = values("报名截止时间为2023年11月3（周五）。\n");
        assert_eq!(v.first().map(String::as_str), Some("2023-11-03"), "{v:?}");
        // A number in brackets is no weekday: the month stays a month.
        let v = values("2023年11月3（一）项目已完成。\n");
        assert!(v.iter().all(|x| x != "2023-11-03"), "{v:?}");
    }

    /// A dotted Gregorian date may close with a dot; a version or section number,
    /// whose numbering goes on after the dot, is no date.
    #[test]
    fn dotted_gregorian_dates_with_a_closing_dot() {
        // soidid/reactSwipe@b02acb558e00ef66841bbde771947f8350c123da:
        // script/data/meeting.txt, l.69.
        let v =
            values("爰此要求陸委會依據2008.10.13.立法院朝野黨團協商結論，於一個月內提出報告。\n");
        assert!(v.contains(&"2008-10-13".to_string()), "{v:?}");
        // Without the closing dot, as before (../shared/corpus/reports: `2010.01.29`).
        let v = values("本办法自2010.01.29起施行。\n");
        assert!(v.contains(&"2010-01-29".to_string()), "{v:?}");
        // Not a date: a version number, a section number, a day the month lacks.
        for t in [
            "升级到2008.10.13.1版本。\n",
            "见第2008.10.13.2节。\n",
            "编号2019.02.30.为示例。\n",
        ] {
            let v = values(t);
            assert!(
                v.iter()
                    .all(|x| !x.starts_with("2008-10") && !x.starts_with("2019-02")),
                "{t}: {v:?}"
            );
        }
    }

    /// A year and a padded month written with a dot, a dash or a slash date a
    /// list's entries (「开源之道」's 2024 summary, OCselected/ttoos@de094fb:
    /// `2024.01 Linus torvalds 金句赏析`; a résumé's `2019.06至2020.12`); a
    /// month and a day with a dot, when the weekday glosses them (the PFCC
    /// hackathon report of 2023-11, PFCCLab/blog@182c696: `10.16（周一）`). Not an
    /// amount, a version, a standard's number or a rate.
    #[test]
    fn numeric_year_months_and_dotted_days_of_the_week() {
        let d = dates("2024.01 Linus torvalds 金句赏析\n会议于2020-11召开。\n");
        assert_eq!(d[0].1.as_deref(), Some("2024-01"), "{d:?}");
        assert_eq!(d[1].1.as_deref(), Some("2020-11"), "{d:?}");
        let d = dates("2019.06至2020.12，担任主任。\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].1.as_deref(), d[0].2.as_deref()),
            (Some("2019-06"), Some("2020-12"))
        );
        let d = dates("2023年黑客松安排：10.16（周一）开幕，10.20（周五）闭幕。\n");
        assert_eq!(d[1].1.as_deref(), Some("2023-10-16"), "{d:?}");
        assert_eq!(d[2].1.as_deref(), Some("2023-10-20"), "{d:?}");
        // Pairs of school, fiscal or budget years stay years; a label's colon
        // may stand before a range of months.
        let d = dates("在2010-11學年，共有500名學生。\n");
        assert_eq!(d[0].1.as_deref(), Some("2010"), "{d:?}");
        assert!(dates("2008-09、2009-10及2010-11三個財政年度的開支。\n")
            .iter()
            .all(|r| r.1.as_deref().is_none_or(|v| v.len() != 7)));
        assert!(dates("政府在2011-12預算中預留50億元。\n").is_empty());
        let d = dates("任职时间：2016.09—2020.06\n");
        assert_eq!(
            (d[0].1.as_deref(), d[0].2.as_deref()),
            (Some("2016-09"), Some("2020-06")),
            "{d:?}"
        );
        for t in [
            "收盘报2019.12，下跌3%。\n",
            "软件版本 2024.01 已发布。\n",
            "全年收入2024.01万元。\n",
            "升级到v2020.12版本。\n",
            "依据GB/T 2019-12执行。\n",
            "增长2020.12%。\n",
            "见第10.16节（一）。\n",
            "编号2020-11号。\n",
        ] {
            let d = dates(t);
            assert!(
                d.iter()
                    .all(|r| !r.1.as_deref().is_some_and(|v| v.starts_with("2020-1")
                        || v.starts_with("2024-01")
                        || v.starts_with("2019-12")
                        || v.ends_with("10-16"))),
                "{t}: {d:?}"
            );
        }
    }

    /// A Markdown page's `date:` is its own date wherever the key stands in the front
    /// matter (after a list of `categories:` or a map of `header:`), and `今年` takes
    /// its year.
    #[test]
    fn the_front_matter_date_is_the_page_date() {
        let own = |t: &str| {
            crate::facts::with_analysis(t, |a| {
                super::article_dates(a, false)
                    .into_iter()
                    .map(|d| d.map(|d| d.value))
                    .collect::<Vec<_>>()
            })
        };
        // ustclug/website@197033053765990e05d8acf31afe36992493553d:
        // pages/_news/2023/2023-12-17-hackergame-2023.md (shortened).
        let text = "---\ntitle: \"中国科学技术大学第十届信息安全大赛圆满落幕\"\nauthor: \"aka-dag\"\ncategories:\n  - LUG 活动\ndate: \"2023-12-17 15:00:00 +0800\"\ntags: []\n---\n\n2023 年 11 月 4 日中午 12:00，Hackergame 网站答案提交窗口如约关闭。\n\n今年的比赛共有超过 4100 人注册。\n";
        assert_eq!(own(text), [Some("2023-12-17".to_string())]);
        assert!(values(text).contains(&"2023".to_string()));
        // ustclug/website@a67696f9af117ce4af3ca5bc2e9a218000fe8942:
        // pages/_news/2022/2022-09-17-SFD.md (shortened): after the map of `header:`.
        let text = "---\ntitle: \"2022 软件自由日中国科大站\"\nheader:\n  image: https://ftp.lug.ustc.edu.cn/IMG_20220917_143613.jpg\n  overlay_image: false\nauthor: \"zigone\"\ndate: \"2022-09-17 20:00:00 +0800\"\ncategories:\n  - LUG活动\ntags: []\n---\n\n中国科学技术大学软件自由日活动于下午 2 时 30 分在西区 3C101 教室举行。\n\n约下午 6 点钟，今年的 SFD 活动顺利结束。\n";
        assert_eq!(own(text), [Some("2022-09-17".to_string())]);
    }

    /// The article's own date: a closing date line, a subtitle with a date, or
    /// the year of the title.
    #[test]
    fn a_running_head_dates_its_record() {
        // The Legislative Council's records of 2013-02-27, 2013-04-17 and 2013-05-29
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0227-translate-c.txt, 12-13-cm0417-translate-c.txt,
        // 12-13-cm0529-translate-c.txt; shortened): a title that names only a year,
        // and the date of the sitting over every page.
        for (title, head, page, want) in [
            (
                "《 2013年撥款條例草案》",
                "立法會  ─  2013年 2月 27日  ",
                7640,
                "2013-02-27",
            ),
            (
                "恢復法案二讀辯論",
                "立法會  ─  2013年 4月 17日  ",
                5797,
                "2013-04-17",
            ),
            (
                "議員質詢的書面答覆",
                "立法會  ─  2013年 5月 29日  ",
                9008,
                "2013-05-29",
            ),
        ] {
            let body =
                "主席，這是經常性開支，\n每年約 4億元，\n上月的數字\n已經公布，\n請各位\n留意。";
            let mut text = format!("{title}\n \n");
            for k in 0..4 {
                text.push_str(&format!("{body}\n{head}\n \n{} \n", page + k));
            }
            text.push_str(body);
            text.push('\n');
            let got = crate::facts::with_analysis(&text, |a| {
                super::article_dates(a, false)
                    .into_iter()
                    .map(|d| d.map(|d| d.value))
                    .collect::<Vec<_>>()
            });
            assert_eq!(got, [Some(want.to_string())], "{text}");
        }
        // A head that the title's year contradicts dates nothing: the title's year stays.
        let mut text = String::from("《 2013年撥款條例草案》\n \n");
        for k in 0..4 {
            text.push_str(&format!(
                "主席，\n每年約\n 4億元，\n請各位\n留意\n開支。\n立法會  ─  2012年 2月 1日  \n \n{} \n",
                10 + k
            ));
        }
        text.push_str("主席，\n每年約\n 4億元，\n請各位\n留意\n開支。\n");
        let got = crate::facts::with_analysis(&text, |a| {
            super::article_dates(a, false)
                .into_iter()
                .map(|d| d.map(|d| d.value))
                .collect::<Vec<_>>()
        });
        assert_eq!(got, [Some("2013".to_string())]);
    }

    #[test]
    fn article_dates_from_closing_lines_subtitles_and_titles() {
        let own = |t: &str| {
            crate::facts::with_analysis(t, |a| {
                super::article_dates(a, crate::facts::is_taiwan(a.simplified))
                    .into_iter()
                    .map(|d| d.map(|d| d.value))
                    .collect::<Vec<_>>()
            })
        };
        // Minutes that close on the next sitting's date (Paddle contributors'
        // minutes, 2024): the sitting's own labelled date, not the next one.
        assert_eq!(
            own("# 第三十四次会议纪要\n## 会议概况\n- 本次会议时间：2024/01/25 20:00-21:00\n- 会议地点：线上会议\n讨论了议题。\n### 下次会议安排\n确定下次会议的时间为2024年2月22日的同一个时间段。\n"),
            [Some("2024-01-25".to_string())]
        );
        // A dateline governed by its verb under a short title is the page's.
        assert_eq!(
            own(
                "关于做好暑期安全工作的通知\n发布于 2021-06-25 10:30\n各班级：\n请做好安全教育。\n"
            ),
            [Some("2021-06-25".to_string())]
        );
        // A news page's dateline that ends with its byline's label (新华网, 2017).
        assert_eq!(
            own("4月工业增加值增长6.5% 商品房待售面积进一步减少\n2017-05-15 10:13:16来源：\n4月份，国民经济继续保持总体平稳。\n"),
            [Some("2017-05-15".to_string())]
        );
        // A date a wrapped sentence governs (`於 2001年 11月 1日或以前`) is no
        // dateline; the running head of LegCo's record of 2013-04-24 is.
        assert_eq!(
            own("簽發單程證予香港居民在內地的合資格“超齡子女”\n2. 王國興議員：主席，自2011年4月1日起，香港居民在內地的合資\n格“超齡子女”(即在其親生父或母於 2001年 11月 1日或以前首次取得\n香港身份證時未滿14周歲的內地居民)可申請。\n答覆：\n主席，政府一直關注。\n立法會 ─ 2013年 4月 24日\n內地當局共接獲申請。\n"),
            [Some("2013-04-24".to_string())]
        );
        // A government work report's subtitle (../shared/corpus/reports/cn-national-gwr).
        assert_eq!(
            own("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理 李克强\n各位代表：\n"),
            [Some("2017-03-05".to_string())]
        );
        // A Hugo page's date and time (a personal 2023 year-end summary).
        assert_eq!(
            own("---\ntitle: \"2023年终总结\"\ndate: 2024-01-03T08:03:36+08:00\n---\n今年读了12本书。\n"),
            [Some("2024-01-03".to_string())]
        );
        // Signed and dated before its attachments (绍兴一中's 2021 hiring plan):
        // the date above `附件：`, not the title's year.
        assert_eq!(
            own("2021年实施方案\n一、目标\n二、步骤\n三、要求\n四、纪律\n五、监督\n六、附则\n绍兴市第一中学\n2021年6月23日\n附件：\n1．申请表\n姓名\n性别\n年龄\n岗位\n学科\n备注\n签名\n"),
            [Some("2021-06-23".to_string())]
        );
        // A closing signature date in the ROC calendar wins over the title's year.
        assert_eq!(
            own("105年度工作報告\n一、辦理情形。\n某某協會\n中華民國105年3月2日\n"),
            [Some("2016-03-02".to_string())]
        );
        // Only the title's year.
        assert_eq!(
            own("2024年工作总结\n一、主要工作\n"),
            [Some("2024".to_string())]
        );
        assert_eq!(own("工作总结\n一、主要工作\n"), [None]);
        // A law printed as last amended: the latest date of the history under its
        // title (河南省殡葬管理办法, amended 2012; 市场监督管理投诉举报处理暂行办法,
        // 2019, amended 2022: LawRefBook/Laws@2f4c5c2, texts from flk.npc.gov.cn).
        assert_eq!(
            own("河南省殡葬管理办法\n\n1999年7月30日 河南省第九届人民代表大会常务委员会第十次会议通过\n\n2004年11月26日 河南省第十届人民代表大会常务委员会第十二次会议《关于修改〈河南省殡葬管理办法〉的决定》第一次修正\n\n2010年7月30日 河南省第十一届人民代表大会常务委员会第十六次会议《关于修改部分地方性法规的决定》第二次修正\n\n2012年11月29日 河南省第十一届人民代表大会常务委员会第三十次会议《河南省人民代表大会常务委员会关于修改部分地方性法规的决定》第三次修正\n\n第一章  总则\n第一条 为了加强殡葬管理，制定本办法。\n第二条 本办法适用于本省行政区域内的殡葬活动。\n第三条 殡葬工作实行属地管理。\n第四条 县级以上人民政府民政部门主管殡葬工作。\n第五条 提倡文明节俭办丧事。\n第六条 禁止在耕地、林地建造坟墓。\n"),
            [Some("2012-11-29".to_string())]
        );
        assert_eq!(
            own("市场监督管理投诉举报处理暂行办法\n\n2019年11月30日 国家市场监督管理总局令第20号公布\n\n2022年3月24日 《国家市场监督管理总局关于修改和废止有关规章的决定》修改\n\n第一条 为规范市场监督管理投诉举报处理工作，制定本办法。\n第二条 本办法适用于投诉举报的处理。\n第三条 本办法所称的投诉，是指消费者提出的请求。\n第四条 国家市场监督管理总局主管全国投诉举报处理工作。\n第五条 投诉举报处理工作应当坚持依法、公正、高效的原则。\n第六条 鼓励社会公众参与监督。\n"),
            [Some("2022-03-24".to_string())]
        );
        // The latest date, whatever the order of the lines.
        assert_eq!(
            own("某某条例\n\n2012年11月29日 第三次修正\n\n2004年11月26日 第一次修正\n\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本省。\n第三条 县级以上人民政府负责实施。\n第四条 鼓励社会参与。\n第五条 违反本条例的，依法处理。\n第六条 本条例自公布之日起施行。\n"),
            [Some("2012-11-29".to_string())]
        );
        // A rule's history of adoptions under its title: the latest, the rule in
        // force (中華科技大學教師研究評鑑施行細則: `94年2月15日校務會議通過` /
        // `96年2月5日校務會議通過`). A line of a figure under its date is no
        // history (a list `- **2014年3月底：18,984**`, 眾新聞 2019-01-10).
        assert_eq!(
            own("中華科技大學教師研究評鑑施行細則\n94年2月15日校務會議通過\n96年2月5日校務會議通過\n一、為提升教師研究品質，訂定本細則。\n二、本細則以計分之方式進行評量。\n1.主持承接產學合作研究案，總經費達新台幣（下同）五萬元以上，每案加2分。\n"),
            [Some("2007-02-05".to_string())]
        );
        assert_eq!(
            own("某某辦法\n2019年3月1日董事會通過\n2021年6月22日董事會修正通過\n第一條 為規範管理，訂定本辦法。\n"),
            [Some("2021-06-22".to_string())]
        );
        assert_eq!(
            own("社署最新數字：領長者綜援人數較4年前跌23%\n\n政府公布下月1日起將合資格年齡提高至65歲。\n\n- **2014年3月底：18,984**\n\n- **2015年3月底：17,942 (跌5.5%)**\n"),
            [None]
        );
        // A labelled date of publication is not overridden by a later line of
        // adoption; an entry of a chronology is no adoption line; a time after a
        // date's colon is no figure.
        assert_eq!(
            own("行政院新聞稿\n發布日期：2023年5月6日\n2024年1月1日起發布實施新制\n說明如下。\n一、新制內容。\n二、實施方式。\n三、其他。\n四、附則。\n五、施行。\n六、聯絡。\n"),
            [Some("2023-05-06".to_string())]
        );
        assert_eq!(
            own("工作要点\n发布日期：2024年3月1日\n2024年12月1日会议通过\n一、总体要求。\n二、重点任务。\n三、保障措施。\n四、其他。\n五、附则。\n六、施行。\n"),
            [Some("2024-03-01".to_string())]
        );
        assert_eq!(
            own("会议纪要\n时间：2023年5月6日：14:30\n地点：会议室\n一、议题。\n二、决定。\n三、其他。\n四、散会。\n"),
            [Some("2023-05-06".to_string())]
        );
        // A year a record is counted from is no date of the text (眾新聞 2020-09-16:
        // `具大專學歷失業率　就業不足率自2003年最高`).
        assert_eq!(
            own("具大專學歷失業率　就業不足率自2003年最高　逼近沙士水平\n\n政府統計處早前公布今年第二季的報告，本港最新失業率升至6.2%。\n"),
            [None]
        );
        // (Not a year a word in 最 follows: `自2024年最后一个工作日起`.)
        assert_eq!(
            own("关于自2024年最后一个工作日起调整办公时间的通知\n各单位：\n"),
            [Some("2024".to_string())]
        );
        // Without amendments, the date it was passed.
        assert_eq!(
            own("山东省医疗废物管理办法\n\n2020年3月26日 山东省人民政府令第330号公布\n\n第一条 为了加强医疗废物管理，制定本办法。\n"),
            [Some("2020-03-26".to_string())]
        );
        // The full date of writing near the top wins over a month the title names:
        // a Markdown page's metadata (ustclug/website, 2014 meeting minutes), a
        // dated notice under its title.
        assert_eq!(
            own("---\ntitle: 2014 年 8 月 SFD 工作规划暨新学期 LUG 工作会议\nauthor: Boyuan Yang\ndate: \"2014-08-31 16:18:10 +0800\"\n---\n会议时间：2014-08-30\n## 一、SFD 工作规划\n讨论了活动安排。\n确定了分工。\n## 二、新学期工作\n招新。\n讲座。\n服务器维护。\n"),
            [Some("2014-08-31".to_string())]
        );
        assert_eq!(
            own("关于做好2024年5月份安全生产工作的通知\n（2024年5月6日）\n各单位：\n"),
            [Some("2024-05-06".to_string())]
        );
    }

    #[test]
    fn masked_years_are_incomplete() {
        let f = facts_of("20xx年工作总结");
        assert_eq!(f.len(), 1);
        assert!(f[0].incomplete);
        assert_eq!(f[0].value, None);
    }
}

#[cfg(test)]
mod day_word_tests {
    use super::tests::values;

    #[test]
    fn day_and_week_words_without_a_reference_stay_unknown() {
        // Executive Yuan meeting transcript (audreyt/transcript, 2016-11-01).
        assert_eq!(values("今天的紀錄原則跟大家說明一下"), ["XXXX"]);
        // Reuters market wrap (banned-news CNAnalysesNews, 2018-09-08).
        assert_eq!(values("本周，道指跌0.19%"), ["XXXX"]);
    }

    #[test]
    fn words_that_only_contain_a_day_word() {
        // Sina Finance digests (2021) and government work reports.
        for t in [
            "创造更加美好的明天",
            "中国的今天",
            "天然气产量增长",
            "目前天气较好",
            "今日头条报道",
            "此前日本央行表示",
            // Government work reports (gwr-national-1981, gwr-national-1985).
            "促进社会主义精神文明日益发展",
            "先天下之忧而忧，后天下之乐而乐",
            "以上周期内",
            // Straits Exchange Foundation budget note (readr-data/2025_budget).
            "業務量皆遠勝今日",
        ] {
            assert!(values(t).is_empty(), "{t}: {:?}", values(t));
        }
    }

    #[test]
    fn counts_back_are_dates_only_where_they_start_a_phrase() {
        // Executive Yuan transcript (2021-08-30): 原民會在兩年前在帛琉…辦理了南島論壇.
        assert_eq!(values("原民會在兩年前在帛琉辦理了論壇"), ["XXXX"]);
        // A notice period counted from an event, not from the document's date.
        assert!(values("会议召开15天前通知").is_empty());
        // `5日前` is before the 5th; `五八年前` a year written digit by digit.
        assert!(values("于5日前提交").iter().all(|v| v != "XXXX"));
        assert!(values("五八年前七个月").iter().all(|v| v != "XXXX"));
    }

    #[test]
    fn weekdays_without_a_week_word() {
        // FX168 news (fx168news.com/article/68651, 2022): the week of the date
        // written in the paragraph (2022-09-22 was a Thursday).
        assert_eq!(
            values(
                "2022年\n9月22日消息，美国联邦公开市场委员会（FOMC）当地时间周三公布最新利率决议。"
            ),
            ["2022", "2022-09-22", "2022-09-21"]
        );
        // OpenHarmony DevBoard SIG weekly (../shared/corpus/reports/oh-meeting-minutes,
        // 2026-03-16 to 03-22): the week of the article's own date.
        assert_eq!(
            values("2026年3月16日\n计划周五DevBoard-SIG在科大讯飞总部沟通平台开源细节"),
            ["2026-03-16", "2026-03-20"]
        );
        // Without a reference day: unknown, and relative.
        assert_eq!(values("计划周五在总部沟通"), ["XXXX"]);
        // A weekday beside its date is part of it: Legislative Yuan proceedings
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090512).
        assert_eq!(
            values("中華民國90年\n5 月 11 日（星期五）上午 9 時至 5 月 15 日（星期二）上午 9 時"),
            ["2001", "2001-05-11", "2001-05-15"]
        );
        assert_eq!(values("2018年10月12号，星期一").len(), 1);
        // A community report (../shared/corpus/seed/community-mid-autumn-2025):
        // `15日，恰逢黨員活動日，雖然是星期天` says which weekday the 15th was.
        assert_eq!(
            values("2025年9月15日，恰逢黨員活動日，雖然是星期天").len(),
            1
        );
    }

    #[test]
    fn recurring_and_named_weekdays_are_no_dates() {
        for t in [
            // City government work reports (../shared/corpus/reports/cn-city-gwr:
            // city-130, city-135, city-124).
            "2024年1月5日\n常态化开展“星期六会商”，认真落实",
            "2024年1月5日\n开办周三干部夜校、累计参训",
            "2024年1月5日\n“亲清有约”周六助企服务日活动",
            "2024年1月5日\n企业诉求督办反馈、周六要素保障会商等机制",
            // National government work report (gwr-national-1996).
            "1996年3月5日\n城镇实行了每周五天工作制。",
            // Timetables: a working week, a list of days.
            "2024年1月5日\n办理时间：周一至周五",
            "2024年1月5日\n开放时间为星期一、三、五",
            // A QA SIG's minutes (oh-meeting-minutes): the weekly meeting.
            "2022年5月10日\n需要在周三会上评审",
            // A person.
            "2024年1月5日\n周一鸣同志",
            // A session schedule (Legislative Yuan proceedings, LCEWC03_090101).
            "中華民國105年2月1日\n國是論壇及臨時提案依往例處理（週五上午 9 時至\n10 時為國是論壇時間。",
        ] {
            assert_eq!(values(t).len(), 1, "{t}: {:?}", values(t));
        }
        // In brackets after a date that wraps over a line (LCEWC03_090200).
        let t = "中華民國106年1月5日\n召開至 1 月 20\n日（星期五）止";
        assert!(crate::facts::facts_of(t).iter().all(|f| f.text != "星期五"));
        // In a table row after a deadline (oh-meeting-minutes, DevBoard SIG weekly)
        // it does not take the deadline's week: it stays relative to the article.
        let t = "2026年3月16日\n| 2026/5/30 | 计划周五DevBoard-SIG沟通 |";
        let f = crate::facts::facts_of(t);
        assert!(
            f.iter()
                .filter(|f| f.text == "周五")
                .all(|f| f.relative && f.inferred.is_empty()),
            "{f:?}"
        );
    }

    #[test]
    fn counts_forward_and_stretches() {
        // Recognizers-Text date specs (DateTimeModel.json): 5年前，这里的情况要糟糕的多;
        // JioNLP's time parser tests: 20天后, 七年后; Duckling's Time/ZH corpus: 上两周,
        // 下三天, 上两个月, 下三年.
        let v = |t: &str| values(&format!("2021年6月14日\n{t}"))[1..].to_vec();
        assert_eq!(v("20天后，他回来了"), ["2021-07-04"]);
        assert_eq!(v("七年后，这里变了"), ["2028"]);
        assert_eq!(v("4周后，他回来"), ["2021-07-12"]);
        // Inside a clause a count forward counts from an event: the national
        // government work report of 1999, a Legislative Yuan motion (LCEWC03_090116).
        assert!(v("三年以后还没有再就业的下岗职工").is_empty());
        assert!(v("橫向國道維持不收費，並在兩年後再行重新檢討").is_empty());
        // Executive Yuan transcript (audreyt/transcript, 2021-08-30): counted from
        // 107, a length.
        assert!(v("也就是在107年的時候，誤差值在兩年之後，也就是在109年")
            .iter()
            .all(|x| x != "2023"));
        assert_eq!(v("上两周"), ["2021-05-31"]);
        assert_eq!(v("下三天"), ["2021-06-15"]);
        assert_eq!(v("上两个月"), ["2021-04"]);
        assert_eq!(v("下三年"), ["2022"]);
        // Recognizers: 前1周 is the seven days before today.
        assert_eq!(v("前1周"), ["2021-06-07"]);
        // A count from an event, or the first months of a year, is no stretch
        // from today: 项目建成三年后 (a county plan), 比上五年大幅度增加
        // (gwr-national-1993), 前两个月 (a statistics bulletin: January–February).
        assert!(v("项目建成三年后投产").is_empty());
        assert!(v("重大科技成果比上五年大幅度增加").is_empty());
        // Labour Standards Act quoted in a Legislative Yuan motion (LCEWC03_090213),
        // wrapped over a line: `五年以⏎上十年未滿者`.
        assert!(
            v("三年以上五年未滿者，每年十四日。五、五年以\n上十年未滿者，每年十五日。")
                .iter()
                .all(|x| x != "2011")
        );
        assert!(v("前两个月，全市规上工业增加值增长5%")
            .iter()
            .all(|x| x != "2021-04"));
        // A vision is no date: 五十年后的中国.
        assert!(v("五十年后的中国").is_empty());
    }

    #[test]
    fn quarters_centuries_halves_and_first_days() {
        let v = |t: &str| values(&format!("2021年6月14日\n{t}"))[1..].to_vec();
        // JioNLP's time parser tests: 上个季度, 本季度, 上季度末.
        assert_eq!(v("上个季度营收增长"), ["2021-01"]);
        assert_eq!(v("本季度"), ["2021-04"]);
        assert_eq!(v("上季度末"), ["2021-03"]);
        // A city government work report (cn-city-gwr/city-060: `枫桥经验：指上世纪
        // 60年代初`), Recognizers-Text (上世纪90年代, 本世纪20年代).
        assert_eq!(v("枫桥经验：指上世纪60年代初"), ["1960"]);
        assert_eq!(v("本世纪20年代"), ["2020"]);
        // gwr-national-1978: `在今后不到四分之一世纪的时间内` is a length, no date.
        assert!(v("在今后不到四分之一世纪的时间内实现四个现代化").is_empty());
        // Recognizers-Text DateTimeModel: 我上半月都不在北京, 我下半周都不在北京,
        // 我上个半年都不在北京; `1月上半月` halves the January written.
        assert_eq!(v("我上半月都不在北京"), ["2021-06-01"]);
        assert_eq!(v("我下半周都不在北京"), ["2021-06-17"]);
        assert_eq!(v("我上个半年都不在北京"), ["2020-07"]);
        assert!(v("1月上半月").iter().all(|x| x != "2021-06-01"));
        // Recognizers-Text: 他们在去年的前10天访问了巴黎, 去年本月十日; JioNLP:
        // 这个月前两天, 4月前4天.
        assert_eq!(v("他们在去年的前10天访问了巴黎"), ["2020-01-01"]);
        assert_eq!(v("去年本月十日"), ["2020-06-10"]);
        assert_eq!(v("这个月前两天"), ["2021-06-01"]);
        assert_eq!(v("4月前4天"), ["2021-04-01"]);
    }

    #[test]
    fn docket_numbers_are_no_fiscal_years() {
        // Legislative Yuan gazette (ronnywang/ly.gov.tw, 0901061050329_017):
        // 臺北地院…作成 104年度北秩聲字第 24 號裁定.
        assert!(values("中華民國105年\n作成 104年度北秩聲字第 24 號裁定").len() == 1);
        assert!(values("最高法院104 年度台上字第1234號判決").is_empty());
        // A budget year stays one (a Taiwan county plan).
        assert_eq!(values("中華民國105年\n104年度預算"), ["2016", "2015"]);
        // A one-digit number before 年度 counts years: an interpellation in the
        // Legislative Yuan's gazette (立法院公報 101卷63期), 占前3年度GNP平均數.
        assert_eq!(values("中華民國101年\n占前3年度GNP平均數的37.1%"), ["2012"]);
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090310.txt and
        // LCEWC03_09010101.txt.
        assert_eq!(
            values("中華民國105年\n檢送石油基金計畫近 3 年度補助明細；台糖公司近 5 年度編列"),
            ["2016"]
        );
    }
}

#[cfg(test)]
mod taiwan_tests {
    use crate::facts::facts_of;

    #[test]
    fn two_digit_years_are_roc_in_taiwan_documents() {
        let f = facts_of("中華民國105年2月19日\n依96 年 3 月之決議，九十六年度預算");
        let v: Vec<_> = f.iter().map(|f| f.value.clone().unwrap()).collect();
        assert_eq!(v[1], "2007-03");
        assert_eq!(v[2], "2007");
        // Taipei City Government, 內湖區都市計畫通盤檢討 (2014,
        // johnlinp/neihu-urban-planning@874e25b1): bare two-digit ROC years after a
        // preposition of time.
        let f = facts_of("臺北市政府\n中華民國103年6月12日\n本府自 91 年著手開始進行清除規劃，於 90 年擇定預定用地。自 90 年以後人口成長趨勢漸緩。");
        let v: Vec<_> = f
            .iter()
            .filter(|f| f.kind == crate::document::FactKind::Date)
            .map(|f| (f.text.as_str(), f.value.clone().unwrap()))
            .collect();
        assert!(v.contains(&("91 年", "2002".into())), "{v:?}");
        assert!(v.contains(&("90 年", "2001".into())), "{v:?}");
        assert_eq!(v.iter().filter(|(t, _)| *t == "90 年").count(), 2, "{v:?}");
        // Legislative Yuan budget resolutions (../shared/corpus/reports/tw-ly-proceedings/):
        // a count of years stays one.
        let f = facts_of("中華民國105年1月20日\n應於 10 年內完成，並在 40 年後檢討，自 50 年來未變，超過 30 至 40 年，於 90 年代。");
        assert!(
            f.iter()
                .all(|f| f.kind != crate::document::FactKind::Date || f.text.contains("105")),
            "{f:?}"
        );
        let g = facts_of("零八年十二月三十一日");
        assert_eq!(g[0].value.as_ref().unwrap(), "2008-12-31");
    }
}

/// A whole string that is one date in a compact numeric form, for callers that
/// know the string is a date (a form field, a parse-mode test): `20240307`,
/// `2022 11 23`, `2019.9.6`, `09-01`, `6·30`, `2018`, `24年`, `三三年`,
/// `1994.01-19`, `1999.08-2002.02`, `2008.03-2009`. In running text these forms are
/// too ambiguous (ID numbers, scores, decimals) and the extractor does not read
/// them. Returns the first and last ISO values (equal for a single date).
pub fn parse_whole(s: &str) -> Option<(String, String)> {
    let s = s.trim();
    let parts: Vec<&str> = s
        .split([' ', '.', '-', '/', '·', '．'])
        .filter(|p| !p.is_empty())
        .collect();
    let num = |p: &str| -> Option<u32> {
        (p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty())
            .then(|| p.parse().ok())
            .flatten()
    };
    let ymd = |y: i32, m: u32, d: u32| -> Option<String> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(Some(y), m))
            .then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    let one = |v: String| Some((v.clone(), v));
    // 20240307
    if s.len() == 8 && num(s).is_some() {
        let (y, m, d) = (
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..].parse().ok()?,
        );
        return one(ymd(y, m, d)?);
    }
    // 24年, 三三年
    if let Some(y) = s.strip_suffix('年') {
        let v = crate::chinese::numerals::parse(y)?;
        let chars = y.chars().count();
        if chars == 2 && v.fract() == 0.0 && (0.0..100.0).contains(&v) {
            return one(format!("{:04}", two_digit_year(v as i32)));
        }
        return None;
    }
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            (1000..=2999)
                .contains(&y)
                .then(|| (y.to_string(), y.to_string()))
        }
        [m, d] if m.len() <= 2 && d.len() <= 2 => {
            let (m, d) = (num(m)?, num(d)?);
            ((1..=12).contains(&m) && (1..=days_in_month(None, m)).contains(&d))
                .then(|| format!("XXXX-{m:02}-{d:02}"))
                .and_then(one)
        }
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            one(ymd(num(y)? as i32, num(m)?, num(d)?)?)
        }
        // 1999.08-2002.02
        [y1, m1, y2, m2] if y1.len() == 4 && y2.len() == 4 && m1.len() <= 2 && m2.len() <= 2 => {
            let (m1, m2, y1, y2) = (num(m1)?, num(m2)?, num(y1)?, num(y2)?);
            ((1..=12).contains(&m1) && (1..=12).contains(&m2))
                .then(|| (format!("{y1}-{m1:02}"), format!("{y2}-{m2:02}")))
        }
        // 2008.03-2009
        [y1, m1, y2] if y1.len() == 4 && y2.len() == 4 && m1.len() <= 2 => {
            let (m1, y1, y2) = (num(m1)?, num(y1)?, num(y2)?);
            (1..=12)
                .contains(&m1)
                .then(|| (format!("{y1}-{m1:02}"), y2.to_string()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod whole_tests {
    use super::parse_whole;

    #[test]
    fn compact_forms() {
        let p = |s: &str| parse_whole(s).map(|x| x.0);
        assert_eq!(p("20240307").as_deref(), Some("2024-03-07"));
        assert_eq!(p("2022 11 23").as_deref(), Some("2022-11-23"));
        assert_eq!(p("6·30").as_deref(), Some("XXXX-06-30"));
        assert_eq!(p("24年").as_deref(), Some("2024"));
        assert_eq!(p("1994.01-19").as_deref(), Some("1994-01-19"));
        assert_eq!(
            parse_whole("1999.08-2002.02").map(|x| x.1).as_deref(),
            Some("2002-02")
        );
        assert_eq!(p("20241307"), None);
    }
}

#[cfg(test)]
mod period_tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    /// The value of the date fact whose text starts at the `n`th occurrence of
    /// `word` (0-based).
    fn value_at(t: &str, word: &str, n: usize) -> Option<String> {
        let at = t.match_indices(word).nth(n)?.0;
        let ch = t[..at].chars().count();
        facts_of(t)
            .into_iter()
            .find(|f| f.kind == FactKind::Date && f.span[0] == ch)
            .and_then(|f| f.value)
            .and_then(|v| v.as_str().map(String::from))
    }

    /// A date's value, end, period and part.
    type PeriodRead = (String, Option<String>, Option<String>, Option<String>);

    /// The date fact whose text starts with `head`: its value, end, period and part.
    fn period_of(t: &str, head: &str) -> Option<PeriodRead> {
        let str_of =
            |v: Option<crate::document::FactValue>| v.and_then(|v| v.as_str().map(String::from));
        facts_of(t)
            .into_iter()
            .find(|f| f.kind == FactKind::Date && f.text.starts_with(head))
            .map(|f| {
                (
                    str_of(f.value).unwrap_or_default(),
                    str_of(f.end),
                    f.period.map(|p| format!("{p:?}")),
                    f.part.map(|p| format!("{p:?}")),
                )
            })
    }

    /// The same part of two years joined by a connector is one range, the part
    /// its ends share (the Census and Statistics Department, 2024-02-20:
    /// `二零二二年年底至二零二三年年底的人口上升`); different parts, or a year
    /// going back, stay two dates.
    #[test]
    fn the_same_part_of_two_years_is_one_range() {
        let q = |v: &str, e: &str, part: &str| {
            Some((
                v.to_string(),
                Some(e.to_string()),
                None,
                Some(part.to_string()),
            ))
        };
        let t = "二零二二年年底至二零二三年年底的人口上升。2022年年中至2023年年中的人口變動率。";
        assert_eq!(period_of(t, "二零二二年年底"), q("2022", "2023", "End"));
        assert_eq!(period_of(t, "2022年年中"), q("2022", "2023", "Middle"));
        let t = "二零一二年年中至二零二三年年底的人口數字。2023年底至2022年底。";
        assert_eq!(period_of(t, "二零一二年年中").unwrap().1, None);
        assert_eq!(period_of(t, "2023年底").unwrap().1, None);
    }

    /// A hard wrap (PDF text, fixed-width gazettes) may fall inside a word of
    /// the periods' and parts' lexicon, as between a number and its unit: the
    /// word is read through it.
    #[test]
    fn period_and_part_words_cut_by_a_hard_wrap() {
        let q = |v: &str, e: &str, p: &str| {
            Some((
                v.to_string(),
                Some(e.to_string()),
                Some(p.to_string()),
                None,
            ))
        };
        // The Legislative Council's budget speech of 2013-02-27 (PDF text):
        // `由2011年第` + wrap + `四季`, `今年上` + wrap + `半年`, `自年` + wrap + `中`.
        let t = "立法會 ─ 2013年 2月 27日\n\
                 和。另一方面，本地成本壓力亦隨經濟放緩而稍為減退。整體通脹率\n\
                 從 2011年第三季 6.4%的高位，回落至 2012年第四季的 3.8%，2012年全\n\
                 年平均為 4.1%。撇除政府一次性措施的影響，基本通脹率由2011年第\n\
                 四季 6.4%的高位，回落至 2012年第四季的 3.8%， 2012年全年平均為\n";
        assert_eq!(period_of(t, "2011年第\n"), q("2011-10", "2011-12", "Q4"));
        let t = "立法會 ─ 2013年 2月 27日\n\
                 究，探討建議的技術可行性，以及評估對環境的影響。我們亦正在進\n\
                 行 “香港港口發展策略 2030研究 ”，更新港口貨運量增長預測，並探討\n\
                 如何更善用現有港口設施，配合未來發展。預期兩項研究將於今年上\n\
                 半年完成。我們會因應研究的結果、經濟情況和持份者的意見，考慮\n";
        assert_eq!(period_of(t, "今年上"), q("2013-01", "2013-06", "H1"));
        let t = "立法會 ─ 2013年 2月 27日\n\
                 點的提振作用。這些措施主要是支援中小企，幫助市民，保持就業，\n\
                 以及減輕經濟放緩的影響。勞工市場在2012年保持穩定，失業率自年\n\
                 中 3.2%的低位，只略為回升至最新的3.4%，仍屬全民就業。 (圖二 ) \n";
        assert_eq!(
            period_of(t, "年\n中"),
            Some(("2012".into(), None, None, Some("Middle".into())))
        );
        // Legislative Yuan proceedings (../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_090412.txt, LCEWC03_090201.txt, LCEWC03_090401.txt,
        // LCEWC03_090208.txt): `106 年度第` + wrap + `3 季`, `下半` + wrap + `年`,
        // `12 月上` + wrap + `旬`, `到年` + wrap + `底`.
        let t = "一三九、文化部函送「文化部及所屬機關（構）106 年度第 3 季補（\n\
                 \x20 捐）助經費明細表」及「蒙藏委員會（文化部編造）106 年度第\n\
                 \x20 3 季補（捐）助經費明細表」，請查照案。\n";
        assert_eq!(period_of(t, "106 年度第\n"), q("2017-07", "2017-09", "Q3"));
        let t = "2016年8月\n\
                 \x20行政院重新檢討並研擬相關法令的修正。爰此，特向行政院提出\n\
                 一二三、本院許委員淑華，鑒於中共中央政治局日前會議，部署下半\n\
                 \x20年經濟工作方針，也適度調整了經濟政策路線。平心而論，這是\n\
                 \x20對台灣利大於弊的事情，因此要求行政院責成所屬相關機關應掌\n";
        assert_eq!(period_of(t, "下半"), q("2016-07", "2016-12", "H2"));
        let t = "2017年11月\n\
                 \x20 ，特向行政院提出質詢。外資股東麥格理資本，四月已啟動售股\n\
                 七十三、本院馬委員文君，針對台灣自來水公司規畫，今年 12 月上\n\
                 \x20 旬將水價調整公式送至經濟部水價審議委員會，經濟部最快 3 個\n\
                 \x20 月內完成審查，送行政院核定，也尌是說，最快明年 3 月水價擬\n";
        assert_eq!(
            period_of(t, "今年 12 月上"),
            Some((
                "2017-12-01".into(),
                Some("2017-12-10".into()),
                None,
                Some("Start".into())
            ))
        );
        let t = "2016年10月\n\
                 \x20 PMI）或景氣燈號等，都顯示國內經濟緩步復甦，第四季沒有悲\n\
                 \x20 觀的理由，預計景氣燈號可以一路亮「綠燈」（景氣穩定）到年\n\
                 \x20 底。然而蔡總統已宣示創新對於台灣經濟的重要性、也宣示未來\n";
        assert_eq!(period_of(t, "年\n").map(|p| p.3), Some(Some("End".into())));
        // A wrap that ends a paragraph is no wrap: `第` + break + `四季` stays apart
        // when the line is short.
        let t = "2012年第\n四季度的情况另行报告。\n";
        assert!(period_of(t, "2012年").is_some_and(|p| p.2.is_none()));
        // `103 年中` + wrap + `央政府總決算` is the year of the central
        // government's accounts, no mid-year (../shared/corpus/reports/
        // tw-ly-proceedings/LCEWC03_090216.txt).
        let t = "2016年5月\n\
                 \x20    相較 103 年決算數 563 千元，增幅達 437 千元，然審計部於 103 年中\n\
                 \x20    央政府總決算審核報告中提及學產土地遭長期占用，請教育部改善\n\
                 \x20    並於三個月內向立法院提出書面報告，以維護學產基金之權益。\n";
        assert!(
            crate::facts::facts_of(t).iter().all(|f| f.part.is_none()),
            "{:?}",
            crate::facts::facts_of(t)
        );
    }

    #[test]
    fn mid_year_after_its_year_written_again() {
        let part_of = |t: &str, text: &str| {
            facts_of(t)
                .into_iter()
                .find(|f| f.kind == FactKind::Date && f.text == text)
                .map(|f| (f.value.and_then(|v| v.as_str().map(String::from)), f.part))
        };
        // 上海证券报·中国证券网, 2015-11-02 (天然气调价或推迟至年底), as reprinted by 网易财经.
        let t = "2015年11月2日\n今年年中以来，关于天然气价格下调的传闻就不断流传。\n";
        assert_eq!(
            part_of(t, "今年年中"),
            Some((Some("2015".into()), Some(crate::document::Part::Middle)))
        );
        // Linux 中国 news of 2021 on Rocky Linux; the Legislative Council's budget speech
        // of 2013-02-27 writes the bare `年中` the same way.
        let t = "2021年1月\nRocky Linux 将于今年年中发布。2013年年中開始試行。\n";
        assert_eq!(
            part_of(t, "2013年年中").and_then(|p| p.1),
            Some(crate::document::Part::Middle)
        );
        assert!(part_of(t, "今年年中").is_some_and(|p| p.1.is_some()));
        // A news digest: `今年年中央财政预算` is this year's central budget, no part.
        let t = "2016年3月8日\n财政部近日公布今年年中央财政预算。\n";
        assert!(part_of(t, "今年年中").is_none());
        assert!(part_of(t, "今年").is_some_and(|p| p.1.is_none()));
    }

    #[test]
    fn a_bulletin_counts_from_the_year_it_reports_on() {
        // 郴州市2025年国民经济和社会发展统计公报, published 2026-04-16
        // (chenfei2008c/china-local-debt-atlas@1dce311a:
        // raw/province_fiscal/2025/official/chenzhou_2025_statistical_bulletin.html).
        let t = "郴州市2025年国民经济和社会发展统计公报\n郴州市统计局 国家统计局郴州调查队\n（2026年4月16日）\n一、综合\n年末全市常住人口455.74万人，比上年减少2.04万人。\n年末金融机构本外币各项存款余额4592.58亿元，比上年末增长10.5%。\n";
        assert_eq!(value_at(t, "年末", 0).as_deref(), Some("2025"));
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("2024"));
        assert_eq!(value_at(t, "上年末", 0).as_deref(), Some("2024"));
        // A summary, written at the end of its year: the same year either way.
        let t = "2024年社区工作总结\n一、主要工作\n年末共走访困难家庭35户，比上年增加6户。\n2024年12月28日\n";
        assert_eq!(value_at(t, "年末", 0).as_deref(), Some("2024"));
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("2023"));
    }

    /// Last month in a comparison of figures is the month before the one its
    /// paragraph reports on (眾新聞 2020-03-16 on the bureau's February figures:
    /// `2月份4個一線城市新建商品住宅銷售價格按月持平，上月為上漲0.4%`, `漲幅比上月回落`),
    /// not the month before the day of writing.
    #[test]
    fn last_month_compared_is_before_the_month_reported() {
        let t = "2020年3月16日\n他說，2月份一線城市新建商品住宅銷售價格按月持平，上月為上漲0.4%。二手住宅銷售價格環比上漲0.2%，漲幅比上月回落0.3個百分點。\n上月公布的數字顯示，失業率上升。\n";
        assert_eq!(value_at(t, "上月", 0).as_deref(), Some("2020-01"));
        assert_eq!(value_at(t, "上月", 1).as_deref(), Some("2020-01"));
        // Not a purpose (`上月为筹备工作投入`), nor outside a comparison, nor with no
        // month in its paragraph: from the day of writing.
        let u = "2020年3月16日\n今年5月份将举办展会，上月为筹备工作投入100万元。\n";
        assert_eq!(value_at(u, "上月", 0).as_deref(), Some("2020-02"));
        assert_eq!(value_at(t, "上月", 2).as_deref(), Some("2020-02"));
    }

    #[test]
    fn a_budget_report_is_given_in_the_later_year_of_its_title() {
        // 湛江市2025年预算执行情况和2026年预算草案的报告 (chenfei2008c/china-local-debt-atlas@1dce311a:
        // raw/province_fiscal/2025/official/zhanjiang_2025_budget_report.txt).
        let t = "湛江市2025年预算执行情况和2026年预算草案的报告\n一、2025年预算执行情况\n（一）国有资本经营预算执行情况\n全市国有资本经营预算收入1.18亿元。加上转移支付收入、上年结转收入，全市国有资本经营预算收入总计1.99亿元。\n二、2026年预算草案\n2026年是“十五五”开局之年，做好今年财政工作意义重大。\n（一）一般公共预算\n加上上级补助收入、上年结余收入、调入资金和动用预算稳定调节基金等，全市一般公共预算预期收入总计700.82亿元。\n提高年初预算到位率和资金使用效益。\n";
        // 今年 counts from the year the report is given in.
        assert_eq!(value_at(t, "今年", 0).as_deref(), Some("2026"));
        // `上年结转收入`, `上年结余收入`: budget lines by name, no dates.
        assert_eq!(value_at(t, "上年", 0), None);
        // 上年 elsewhere counts from the year its part is about, named in the
        // part's heading.
        let t = t
            .replace("上年结转收入", "上年的收入")
            .replace("上年结余收入", "上年的收入");
        assert_eq!(value_at(&t, "上年", 0).as_deref(), Some("2024"));
        assert_eq!(value_at(&t, "上年", 1).as_deref(), Some("2025"));
        // 年初预算 is the budget passed at the start of the year, no date.
        assert_eq!(value_at(&t, "年初", 0), None);
    }

    /// What a figure is compared with: a count back after `与`, `较`, `比`
    /// (經濟通 on Hong Kong's CPI, 2025-11-20: `與一年前同月比較`; gwr-national-2023:
    /// `比五年前增长66.8%`), which lends no year to the dates after it
    /// (gwr-national-1981: `与去年同期相比，工业总产值第一季度下降`; LCEWC03_090601:
    /// `與四年前斷訊如出一轍……至七月十五日止`).
    #[test]
    fn counts_back_compared_with() {
        let t = "2025年11月20日\n今年10月份整體消費物價與一年前同月比較，上升1.2%。";
        assert_eq!(value_at(t, "一年前同月", 0).as_deref(), Some("2024-10"));
        let t = "2025年11月20日\n與一年前同期比較，上升1.2%。";
        assert_eq!(value_at(t, "一年前同期", 0).as_deref(), Some("2024"));
        let t = "2023年3月5日\n转移支付资金比五年前增长66.8%。";
        assert_eq!(value_at(t, "五年前", 0).as_deref(), Some("2018"));
        let t = "1981年11月30日\n与去年同期相比，工业总产值第一季度下降０．２％。";
        assert_eq!(value_at(t, "第一季度", 0).as_deref(), Some("1981-01"));
        let t = "2018年6月20日\n回應與四年前斷訊如出一轍，該頻道商宣布至七月十五日止開放收看。";
        assert_eq!(value_at(t, "七月十五日", 0).as_deref(), Some("2018-07-15"));
        // Inside a word `与` is no preposition: `参与2024年度评选` lends its year.
        let t = "2025年1月10日\n共有500家企业参与2024年度评选，3月5日公布结果。";
        assert_eq!(value_at(t, "3月5日", 0).as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn last_year_is_the_year_before_the_one_talked_about() {
        // Government work reports (../shared/corpus/reports/cn-national-gwr/
        // gwr-national-2004.txt and gwr-national-1958.txt): the figures are of
        // the year the paragraph names, `上年` the one before it.
        let t = "2004年政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n为继续落实“两个确保”和“三条保障线”，２００３年中央财政支出７００亿元，比上年增长１９．９％；其中用于城市居民最低生活保障的补助资金由上年４６亿元增加到９２亿元。\n";
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("2002"));
        assert_eq!(value_at(t, "上年", 1).as_deref(), Some("2002"));
        // A base year of prices is no year talked about.
        let t = "政府工作报告\n——一九五八年二月三日\n一九五七年工业总产值，预计达到六百二十八亿一千万元（按一九五二年不变价格计算），比上一年增长百分之六点九。\n";
        assert_eq!(value_at(t, "上一年", 0).as_deref(), Some("1956"));
        // `去年` counts from the day of the speech, whatever the paragraph names.
        let t = "政府工作报告\n——2008年3月5日\n2007年单位国内生产总值能耗比上年下降3.27%。去年居民消费价格总水平比上年上涨4.8%。\n";
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("2006"));
        assert_eq!(value_at(t, "去年", 0).as_deref(), Some("2007"));
    }

    #[test]
    fn fiscal_years_count_from_the_text() {
        // Legislative Yuan budget resolutions (../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_090216.txt): 本年度 is the budget year under discussion, not the
        // year a sentence mentions.
        let t = "立法院第9屆第2會期\n中華民國105年1月20日\n查前年度決算數103年度為1,139,902千元，本年度大幅成長265%，爰提案刪減。\n";
        assert_eq!(value_at(t, "本年度", 0).as_deref(), Some("2016"));
    }
}

#[cfg(test)]
mod context_word_tests {
    use super::tests::values;
    use crate::document::FactKind;
    use crate::facts::facts_of;

    /// `(text, value, end)` of each date.
    fn rows(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| {
                (
                    f.text,
                    f.value.and_then(|v| v.as_str().map(String::from)),
                    f.end.and_then(|v| v.as_str().map(String::from)),
                )
            })
            .collect()
    }

    /// The row of the date written as `text`.
    fn row(t: &str, text: &str) -> (Option<String>, Option<String>) {
        rows(t)
            .into_iter()
            .find(|r| r.0 == text)
            .map(|r| (r.1, r.2))
            .unwrap_or_else(|| panic!("{text} not in {:?}", rows(t)))
    }

    fn some(a: &str, b: Option<&str>) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), b.map(String::from))
    }

    /// A decade by its first year in four digits (USTC LUG 2014-12-09: `1980 年代`).
    #[test]
    fn decades_in_four_digits() {
        assert_eq!(
            row("继 1980 年代大型计算机之后", "1980 年代"),
            some("1980", Some("1989"))
        );
        assert_eq!(
            row("1990年代末期", "1990年代末期"),
            some("1990", Some("1999"))
        );
        assert_eq!(row("1985年代", "1985年"), some("1985", None));
        assert_eq!(row("2020年代表大会召开", "2020年"), some("2020", None));
        assert_eq!(row("2020年代收代付业务", "2020年"), some("2020", None));
    }

    /// A range's end written without its year (or month) that would fall
    /// before its start runs on into the next year (or month); an end with its
    /// own year or month is kept as written. Found by stress runs: plans over a
    /// new year (`11~2月`), holidays across it.
    #[test]
    fn range_ends_before_their_start_run_into_the_next_year_or_month() {
        assert_eq!(
            row("2024年12月至1月完成。", "2024年12月至1月"),
            some("2024-12", Some("2025-01"))
        );
        assert_eq!(
            row("1999年12月31日至1月1日放假。", "1999年12月31日至1月1日"),
            some("1999-12-31", Some("2000-01-01"))
        );
        assert_eq!(
            row("2024年5月31-2日举行。", "2024年5月31-2日"),
            some("2024-05-31", Some("2024-06-02"))
        );
        assert_eq!(
            row("2024年工作计划：11~2月完成。", "11~2月"),
            some("2024-11", Some("2025-02"))
        );
        // As written: an end with its own year, or its own month.
        assert_eq!(
            row("2024年12月至2023年1月", "2024年12月至2023年1月"),
            some("2024-12", Some("2023-01"))
        );
        assert_eq!(
            row("2024年5月20日至5月3日", "2024年5月20日至5月3日"),
            some("2024-05-20", Some("2024-05-03"))
        );
        // A day its month does not have gives no value, named from now or not.
        assert_eq!(row("今年2月30日开会。", "今年2月30日"), (None, None));
        // An end kept as a fact of its own, its year inferred.
        let t = "2024年12月下旬至1月上旬，2024年11月15日至1月。";
        assert_eq!(row(t, "1月上旬"), some("2025-01-01", Some("2025-01-10")));
        assert_eq!(row(t, "1月"), some("2025-01", None));
        assert_eq!(
            row("2024年3月至5月，6月至9月。", "6月至9月"),
            some("2024-06", Some("2024-09"))
        );
        assert_eq!(row("2024年4月1日。本月31日开会", "本月31日"), (None, None));
    }

    #[test]
    fn weeks_and_weekdays_of_a_month_once_its_year_is_known() {
        // JioNLP test_time_parser.py (github.com/dongrixinyu/JioNLP), reference
        // 2021-06-14: a week belongs to the month its Monday is in.
        let t = "2021年6月14日\n3月第三周，本月第2周，下个月第一周。";
        assert_eq!(row(t, "3月第三周"), some("2021-03-15", Some("2021-03-21")));
        assert_eq!(row(t, "本月第2周"), some("2021-06-14", Some("2021-06-20")));
        assert_eq!(
            row(t, "下个月第一周"),
            some("2021-07-05", Some("2021-07-11"))
        );
        // Duckling Time/ZH corpus (github.com/facebook/duckling), 2013: the N-th
        // weekday of a month.
        let t = "2013年2月12日\n十月第一个星期一";
        assert_eq!(
            row(t, "十月第一个星期一"),
            some("2013-10-07", Some("2013-10-07"))
        );
        // The second Sunday of May (Mother's Day) of 2021 was 2021-05-09.
        assert_eq!(
            row("2021年5月第二个星期日", "2021年5月第二个星期日"),
            some("2021-05-09", Some("2021-05-09"))
        );
        // No fifth week starts in April 2021: the month alone.
        assert_eq!(row("2021年4月第五周", "2021年4月"), some("2021-04", None));
        // Recognizers DatePeriodExtractor (github.com/microsoft/Recognizers-Text):
        // without a year the week cannot be placed; the month is read.
        assert_eq!(row("十月的第一周是国庆节", "十月"), some("XXXX-10", None));
    }

    #[test]
    fn words_pointing_back_count_from_the_date_talked_about() {
        // Government work report 1955 (../shared/corpus/reports, gwr-national-1955).
        let t =
            "1955年7月5日\n我国在一九○七年，才建设起一个汉阳钢铁厂，当年的钢产量只有八千五百多吨。";
        assert_eq!(row(t, "当年"), some("1907", None));
        // Legislative Yuan gazette (LCEWC03_090306, 2017): the month just named.
        let t = "2017年3月10日\n針對大陸 2 月份外貿表現失常，以致當月驚現 3 年來首見的外貿逆差。";
        assert_eq!(row(t, "當月"), some("2017-02", None));
        // JioNLP: without a date before it, from the reference date.
        assert_eq!(
            row("2021年6月14日\n次年年末", "次年年末").0.as_deref(),
            Some("2022")
        );
        // A construction schedule (a date, then the next year and that month).
        let t = "2019年3月开工，次年5月竣工，当月投产。";
        assert_eq!(row(t, "次年5月"), some("2020-05", None));
        assert_eq!(row(t, "当月"), some("2020-05", None));
        // A county chronicle (旬阳县, events of 1990): `同月` is the month of the
        // entry before; `去年同月` compares with the year before, read whole.
        let t = "1990年大事记\n4月12日，县委召开全委会。同月，全县开展植树造林活动。";
        assert_eq!(row(t, "同月"), some("1990-04", None));
        // Each entry its own line: the month of the entry before.
        let t = "1990年大事记\n2月23日至25日，县第十一届人大召开。\n同月，县志编委会编纂的《旬阳县文物志》出版。\n4月，旬阳城区开通调频广播。\n同月，国家林业部召开会议。\n";
        let got: Vec<_> = rows(t)
            .into_iter()
            .filter(|r| r.0 == "同月")
            .map(|r| r.1)
            .collect();
        assert_eq!(
            got,
            [Some("1990-02".to_string()), Some("1990-04".to_string())]
        );
        let t = "2017年3月10日\n出生数较去年同月增加3536人。";
        assert!(rows(t).iter().all(|r| r.0 != "同月"), "{:?}", rows(t));
    }

    #[test]
    fn words_pointing_back_from_an_event_or_in_an_idiom_are_no_dates() {
        // Legislative Yuan gazette (LCEWC03_090407, LCEWC03_09030102, 2017):
        // counted from an event.
        for t in [
            "應於設立之次年二月底前擇定",
            "指公務人員退休或資遣當月所支領下列給與項目之合計數額",
        ] {
            assert!(
                rows(t)
                    .iter()
                    .all(|r| !r.0.contains("次年") && !r.0.contains("當月")),
                "{t}: {:?}",
                rows(t)
            );
        }
        // City work reports (cn-city-gwr city-025, city-036): within one year.
        for t in [
            "53个重点项目当年开工、当年建成投产",
            "18个项目实现当年签约、当年运营",
        ] {
            assert!(rows(t).is_empty(), "{t}: {:?}", rows(t));
        }
    }

    #[test]
    fn ranges_to_a_relative_date_and_this_and_next_year() {
        // Legislative Yuan gazette (LCEWC03_090113, 2016).
        let t = "2016年5月13日\n美國聯邦航空總署統計 1991 年至今年，共發生 171 起鋰電池自燃事件";
        assert_eq!(row(t, "1991 年至今年"), some("1991", Some("2016")));
        // JioNLP test_time_parser.py.
        let t = "2021年6月14日\n2014年11月到去年3月";
        assert_eq!(
            row(t, "2014年11月到去年3月"),
            some("2014-11", Some("2020-03"))
        );
        // Government work report 2017 (gwr-national-2017).
        let t = "2017年3月5日\n东中部地区要分别于今明两年完成，西部地区于2020年完成。";
        assert_eq!(row(t, "今明两年"), some("2017", Some("2018")));
        // JioNLP: a whole year to a month of a later one.
        assert_eq!(
            row("1985到89年9月", "1985到89年9月"),
            some("1985", Some("1989-09"))
        );
    }

    #[test]
    fn ranges_past_a_weekday_to_a_month_end_and_after_a_relative_word() {
        // 沈阳工业大学, notice of the 2024 winter holidays: the start's weekday in
        // brackets stands before 至.
        let t = "寒假放假时间:2024年1月8日(周一)至2月25日(周日)。";
        assert_eq!(
            row(t, "2024年1月8日(周一)至2月25日"),
            some("2024-01-08", Some("2024-02-25"))
        );
        // 后湖管理区 action plan (2025): a day to the end of a month.
        let t = "(二)集中攻坚(2025年1月11日-2025年10月底)。";
        assert_eq!(
            row(t, "2025年1月11日-2025年10月底"),
            some("2025-01-11", Some("2025-10"))
        );
        assert_eq!(
            row("2025年1月至6月底完成", "2025年1月至6月底"),
            some("2025-01", Some("2025-06"))
        );
        // Government work report 1982 (gwr-national-1982): 今年 with a range of months.
        let t = "1982年12月10日\n今年一月至九月，全国刑事犯罪案件的发案数下降了。";
        assert_eq!(row(t, "今年一月至九月"), some("1982-01", Some("1982-09")));
        // Legislative Yuan gazette (LCEWC03_090216, 2016): days of the month in a
        // range that jieba cuts as `日至`.
        let t = "2016年11月1日\n本月12日至14日舉行會議。";
        assert_eq!(
            row(t, "本月12日至14日"),
            some("2016-11-12", Some("2016-11-14"))
        );
        // Each end of a range placed from its own relative word.
        let t = "2025年6月1日\n今年5月至明年3月开展专项整治，去年12月到今年2月降水偏少。";
        assert_eq!(row(t, "今年5月至明年3月"), some("2025-05", Some("2026-03")));
        assert_eq!(
            row(t, "去年12月到今年2月"),
            some("2024-12", Some("2025-02"))
        );
        // A summary of a year published early in the next speaks as of the year it
        // sums up (蒲鞋市街道2020年工作总结, published 2021-01-28; an anonymous street
        // office's 2020 summary and 2021 plan, 61taotao.com); a government work
        // report given then speaks of the new year.
        let t = "蒲鞋市街道2020年工作总结及2021年工作思路\n生成日期 2021-01-28\n今年是收官之年，比去年增长5%。\n";
        assert_eq!(row(t, "今年"), some("2020", None));
        assert_eq!(row(t, "去年"), some("2019", None));
        let t =
            "2020年度某街道工作总结和2021年度工作思路\n一、工作总结\n今年以来，街道稳步推进。\n";
        assert_eq!(row(t, "今年"), some("2020", None));
        let t = "2020年政府工作报告\n——2021年1月20日在市第十届人民代表大会第五次会议上\n今年是“十四五”开局之年。\n";
        assert_eq!(row(t, "今年"), some("2021", None));
        let t = "2020年工作总结\n2021年5月6日\n今年以来，工作顺利。\n";
        assert_eq!(row(t, "今年"), some("2021", None));
        // Its part on the new year speaks of it, and a speech at a summing-up
        // meeting is given in the new year.
        let t = "某街道2020年度工作总结和2021年度工作计划\n生成日期 2021-01-28\n一、2020年工作总结\n今年以来，街道稳步推进。\n二、2021年工作计划\n今年，街道将继续推进。\n";
        let years: Vec<String> = rows(t)
            .into_iter()
            .filter(|r| r.0 == "今年")
            .map(|r| r.1.unwrap_or_default())
            .collect();
        assert_eq!(years, ["2020", "2021"]);
        let t = "在2020年度工作总结表彰大会上的讲话\n2021年2月5日\n今年是建党100周年，去年我们克服疫情影响。\n";
        assert_eq!(row(t, "今年"), some("2021", None));
        // The end may close on its month's end (香港01, 2019, on the Legislative
        // Council's sittings: `由去年10月至今年2月底`).
        let t = "2019年3月1日\n由去年10月至今年2月底，會議耗時增加。";
        assert_eq!(
            row(t, "去年10月至今年2月底"),
            some("2018-10", Some("2019-02"))
        );
        let t = "2025年6月1日\n本月8日至下月10日进行公示，今年至明年完成改造。";
        assert_eq!(
            row(t, "本月8日至下月10日"),
            some("2025-06-08", Some("2025-07-10"))
        );
        assert_eq!(row(t, "今年至明年"), some("2025", Some("2026")));
        // Without a date to count from, the end in another year is not placed.
        assert_eq!(
            row("今年5月至明年3月开展整治。", "今年5月至明年3月"),
            some("XXXX-05", None)
        );
        // Not backwards, nor a month range joined to a year.
        let t = "2025年6月1日\n明年至今年，今年5月至本月。";
        assert!(rows(t).iter().all(|r| r.2.is_none()));
        // A range of months of a relative year (香港旅遊發展局, 2025-06-16).
        let t = "2025年6月16日\n累積計算，今年1至5月訪港旅客量錄得逾2,000萬人次，去年1-11月亦增。";
        assert_eq!(row(t, "今年1至5月"), some("2025-01", Some("2025-05")));
        assert_eq!(row(t, "去年1-11月"), some("2024-01", Some("2024-11")));
        // 来年, next year (德令哈平原小学's sports-day notice, 2014-12-12); not the
        // 来 of 一年来, 未来, 从来.
        let t = "2014年12月12日\n同时也为来年的市、区运动会打下基础，来年3月召开。";
        assert_eq!(row(t, "来年"), some("2015", None));
        assert_eq!(row(t, "来年3月"), some("2015-03", None));
        for t in [
            "一年来年度任务全面完成。",
            "未来年均增长5%。",
            "多年来年年获奖。",
            "他从来年轻。",
            "该项目将为农民带来年收入3万元。",
            "近来年景不好。",
            "学校迎来年度大考。",
        ] {
            assert!(rows(t).iter().all(|r| !r.0.contains("来年")), "{t}");
        }
        // A mainland text's `首五个月` counts from an event (see tests/dates_press.rs
        // for Hong Kong's and Taiwan's, which count a year's first months so).
        assert!(rows("2025年6月16日\n新政实施首五个月，效果明显。")
            .iter()
            .all(|r| r.0 != "首五个月"));
        // The weekday beside a date names its year where the line's mistyped one
        // does not fit it (德令哈市平原小学, notice of 2014-12-12).
        let t = "一、比赛时间：2012年12月18日——12月19日。\n三、每个班务必于12月16日(星期二)前将报名表交体育组。\n德令哈市平原小学体育组 2014年12月12日。";
        assert_eq!(row(t, "12月16日"), some("2014-12-16", None));
        let t = "2014年12月12日\n会议定于12月16日(星期二)召开。";
        assert_eq!(row(t, "12月16日"), some("2014-12-16", None));
        assert_eq!(super::weekday_of(2014, 12, 16), 2);
        assert_eq!(super::weekday_of(1970, 1, 1), 4);
        // A web page's record of its last edit dates no article (金門日報, 2018-11-17).
        let t = "縣議會定期會續進行分組審查\n- 新聞日期:2018-11-17\n縣議會定期會昨日續進行分組審查議程。\n- 最後異動日期:2019-04-10\n";
        assert_eq!(row(t, "昨日"), some("2018-11-16", None));
        // `客户至上年度评比`: 至上, supreme, is no 至 of a date.
        assert!(rows("2025年6月1日\n坚持客户至上年度评比。")
            .iter()
            .all(|r| !r.0.contains("上年")));
        // `截至上年末`: 至 ends 截至; the word after it is relative.
        let t = "2025年6月1日\n截至上年末，全县共有企业300家；活动持续至下月底。";
        assert_eq!(row(t, "上年末"), some("2024", None));
        assert_eq!(row(t, "下月底"), some("2025-07", None));
        // `于8日前`: a deadline on that day (`日前`, lately, is a word of jieba's).
        let t = "2024年5月3日召开动员会，各村于8日前上报名单。";
        assert_eq!(row(t, "8日"), some("2024-05-08", None));
        let t = "2024年5月3日召开动员会，8日至10日开展整改。";
        assert_eq!(row(t, "8日至10日"), some("2024-05-08", Some("2024-05-10")));
        // A length stays a length: `5日至10日内` is within five to ten days, and
        // two days after a copula or a verb are lengths too.
        assert!(rows("5日至10日内完成").iter().all(|r| r.0 != "5日"));
        assert!(rows("处理期限为15日至30日。").iter().all(|r| r.2.is_none()));
        assert!(rows("拘留5日至10日。").iter().all(|r| r.2.is_none()));
        // A long chain of days is read in linear time, without deep recursion.
        let chain = "8日至".repeat(5000) + "9日";
        assert!(!rows(&chain).is_empty());
        // A weekday not followed by a range is not taken into the date.
        assert_eq!(
            row("2025年1月8日（周一）召开", "2025年1月8日"),
            some("2025-01-08", None)
        );
    }

    #[test]
    fn counts_of_years_and_a_half_and_of_quarters() {
        // JioNLP test_time_parser.py, reference 2021-06-14 and 2019-02-18.
        assert_eq!(
            row("2021年6月14日\n七年半后", "七年半后"),
            some("2028-12", None)
        );
        assert_eq!(
            row("2019年2月18日\n三个季度后", "三个季度后"),
            some("2019-11", None)
        );
        assert_eq!(
            row("2019年6月10日\n半年后，项目完工。", "半年后"),
            some("2019-12", None)
        );
        // Counted from an event: a length, no date.
        assert!(rows("项目建成一年半后产值翻番").is_empty());
        assert!(rows("2019年6月10日\n上半年前期工作")
            .iter()
            .all(|r| r.0 != "半年前"));
    }

    #[test]
    fn lunar_dates_are_placed_through_the_lunisolar_calendar() {
        // Recognizers-Text DateTimeModel / DateExtractor specs.
        assert_eq!(
            row("农历2015年十月初一", "农历2015年十月初一"),
            some("2015-11-12", None)
        );
        assert_eq!(
            row("2015年农历正月初一是春节", "2015年农历正月初一"),
            some("2015-02-19", None)
        );
        // wenhuaren.club/post/155998.html: 2024年正月初八 (2024-02-17).
        assert_eq!(
            row("2024年正月初八是一个适合开工的日子", "2024年正月初八"),
            some("2024-02-17", None)
        );
        // feifmx.com/socialgd/10000169/20250205/47931806.html, posted 2025-02-05:
        // 今天大年初八 (the year from the post's date).
        assert_eq!(
            row("2025年2月5日\n今天大年初八，也是蛇年开工第一天", "大年初八"),
            some("2025-02-05", None)
        );
        // Without a year, or with only a year from context for 腊月 (which may fall
        // in either Gregorian year), a lunar date has no Gregorian day: no value.
        assert_eq!(row("我们定在三月初一", "三月初一"), (None, None));
        assert_eq!(row("2024年春节\n腊月廿三小年", "腊月廿三"), (None, None));
        assert_eq!(row("雍正四年大年三十", "雍正四年大年三十"), (None, None));
        // A bare day after a numeral month is lunar only after a lunar marker.
        assert_eq!(row("农历十月十五", "农历十月十五"), (None, None));
        assert_eq!(row("十月十五", "十月十五"), some("XXXX-10-15", None));
        // The days of the Spring Festival without their month, in the festival's
        // year: 臺南市's release on the 2020 holiday (`小年夜` is Taiwan's day
        // before `除夕`; `年初五` its 正月初五), and the Legislative Yuan's gazette
        // (LCEWC03_090213: `從 1 月 27 日放到 2 月 1 日（除夕到初五）`, in 2017).
        assert_eq!(
            rows("2020年臺南市春節期間，小年夜到年初五共計644萬人次，分別是除夕22萬人次、初一167.1萬人次，商機逾新台幣10億元。")[1..],
            [
                ("小年夜到年初五".to_string(), Some("2020-01-23".to_string()), Some("2020-01-29".to_string())),
                ("除夕".to_string(), Some("2020-01-24".to_string()), None),
                ("初一".to_string(), Some("2020-01-25".to_string()), None),
            ]
        );
        assert_eq!(
            rows("2024年春节期间，除夕夜社区举办联欢会，初一至初三开展慰问。")[1..],
            [
                ("除夕夜".to_string(), Some("2024-02-09".to_string()), None),
                (
                    "初一至初三".to_string(),
                    Some("2024-02-10".to_string()),
                    Some("2024-02-12".to_string())
                ),
            ]
        );
        // Not far from the festival, nor a junior school's first year, nor a
        // month's start; Taiwan's `小年夜` only in Taiwan and Hong Kong.
        assert_eq!(
            values("2024年工作总结\n初一学生共120人，初三毕业。"),
            ["2024"]
        );
        assert_eq!(
            values("2024年1月\n本月初三召开会议。"),
            ["2024-01", "2024-01"]
        );
        assert_eq!(values("2024年春节期间，小年夜吃团圆饭。"), ["2024"]);
        // On the mainland a bare `初一` is also a school's first year: only a range
        // of the festival's days reads it there; `年初二手房` is the year's start.
        assert_eq!(
            values("2024年春节期间，初一、初二学生于2月20日返校。"),
            ["2024", "2024-02-20"]
        );
        assert_eq!(values("2024年春节期间，初三化学备课组开展活动。"), ["2024"]);
        assert_eq!(values("2024年，初一（3）班获得春节晚会一等奖。"), ["2024"]);
        assert_eq!(values("2024年春节假期，年初二手房成交量回升。"), ["2024"]);
        // Taipei gazette (LCEWC03_090112): 農曆春節 is no date by itself.
        assert_eq!(
            rows("台北農產運銷公司農曆春節自 2 月 16 日休市")
                .iter()
                .map(|r| r.0.as_str())
                .collect::<Vec<_>>(),
            ["2 月 16 日"]
        );
    }

    #[test]
    fn a_date_said_again_with_more_detail_is_one_date() {
        // JioNLP test_time_extractor.py: a speaker correcting himself.
        assert_eq!(
            rows("六月六月中旬这样子"),
            [(
                "六月中旬".to_string(),
                Some("XXXX-06-11".to_string()),
                Some("XXXX-06-20".to_string())
            )]
        );
        // Two dates in a row that say different things stay two.
        assert_eq!(rows("2019年2020年").len(), 2);
    }

    #[test]
    fn day_month_year_with_the_year_last() {
        // Recognizers-Text DateParser spec: Hong Kong's day-month-year order.
        assert_eq!(
            row("我会在 3-7-2017 回来", "3-7-2017"),
            some("2017-07-03", None)
        );
        assert_eq!(
            row("10/1/2018-10/7/2018", "10/1/2018-10/7/2018"),
            some("2018-01-10", Some("2018-07-10"))
        );
        // A two-digit year stays unread (`3-7-07`).
        assert!(rows("你3-7-07有时间吗").is_empty());
    }
}

#[cfg(test)]
mod idioms_and_document_numbers_tests {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    fn dates(t: &str) -> Vec<String> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| f.text)
            .collect()
    }

    /// A day word inside an idiom or a proverb points at no day
    /// (`dicts/day_word_idioms.txt`).
    #[test]
    fn idioms_holding_a_day_word_are_no_dates() {
        for t in [
            // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
            // data/txt/12-13-cm0417-translate-c.txt.
            "雖然這份預算案自發表以來已讓人有\n少許明日黃花之感，但預算案內包含很多推動經濟發展",
            // The idiom's example sentence at
            // https://mip.pinshiwen.com/yuexie/cycd/20190820224935.html, and its
            // source, 苏轼《九日次韵王巩》.
            "民族音乐渊源于民众之中，有着浓厚的民众基础，决非明日黄花。",
            "相逢不用忙归去，明日黄花蝶也愁。",
            // The variant, as https://kewenda.com/ask/15463.html discusses it.
            "派生出了一个“昨日黄花”来，好像用得比“明日黄花”还普遍。",
            // 钱福《明日歌》.
            "明日复明日，明日何其多。",
        ] {
            assert!(dates(t).is_empty(), "{t}: {:?}", dates(t));
        }
    }

    /// A mainland document number (文号: organ, `发`, year in brackets, serial,
    /// `号`) holds no day, wherever it stands.
    #[test]
    fn document_numbers_are_no_dates() {
        for t in [
            // zhiyao87/Shanghai-Gov-Docs-Index@49f4bb7b24691276dec660a576f20a54a0c46b63:
            // docs/城市更新与历史保护/闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知.md
            "# 闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知\n\n闵府发〔2026〕26号\n",
            // ../shared/corpus/reports/cn-city-gwr/city-060.txt
            "全面推进乡村振兴重点工作实施方案》（来发〔2023〕4号）文件精神",
            // micklq/jiangeplatform@39662cd3910858525fea4cc62e1cc4dd2b31bbac:
            // web/src/main/webapp/letter/ndetail.jsp
            "《通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查。",
        ] {
            assert!(
                !dates(t).iter().any(|d| d.ends_with('号')),
                "{t}: {:?}",
                dates(t)
            );
        }
    }

    /// After `即` ("that is") a count forward restates the time: it opens its
    /// phrase, and is a date like `5年後，` after a comma.
    #[test]
    fn a_count_forward_after_ji_is_a_date() {
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt and 12-13-cm0206-translate-c.txt.
        let t = "天的 25%，即 4年後，香港達到新加坡今天的情況。那麼，5年後，香";
        let d = dates(t);
        assert!(
            d.contains(&"4年後".to_string()) && d.contains(&"5年後".to_string()),
            "{d:?}"
        );
        let t = "到 2012年，即 10年後，每平方呎所做的生意是 2,360港元";
        assert!(dates(t).contains(&"10年後".to_string()), "{:?}", dates(t));
    }

    /// A hard wrap may cut a count back from its unit, as it cuts any number
    /// from its unit (the same record).
    #[test]
    fn a_count_back_cut_by_a_wrap() {
        let t = concat!(
            " 要翻舊帳，便要回顧過去6年。這是第六個年頭的財政預算案 (“預\n",
            "算案 ”)，過去 6年 (包括今個財政年度 )，政府預計合共 “派糖 ”超過 2,226\n",
            "億元，當中採用最多的形式當然是寬免差餉，有 572億元；其次是兩\n",
            "年前的現金派發，有 360億元；寬減薪俸稅是 427億元；還有注資基金，\n",
        );
        assert!(dates(t).contains(&"兩\n年前".to_string()), "{:?}", dates(t));
    }
}

#[cfg(test)]
mod signed_notices_steps_and_frames {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    fn own(t: &str) -> Vec<Option<String>> {
        crate::facts::with_analysis(t, |a| {
            super::article_dates(a, crate::facts::is_taiwan(a.simplified))
                .into_iter()
                .map(|d| d.map(|d| d.value))
                .collect()
        })
    }

    fn value_at(t: &str, word: &str, n: usize) -> Option<String> {
        let at = t.match_indices(word).nth(n)?.0;
        let ch = t[..at].chars().count();
        facts_of(t)
            .into_iter()
            .find(|f| f.kind == FactKind::Date && f.span[0] == ch)
            .and_then(|f| f.value)
            .and_then(|v| v.as_str().map(String::from))
    }

    fn day(s: &str) -> Vec<Option<String>> {
        vec![Some(s.to_string())]
    }

    /// A notice that issues or forwards a document is signed and dated before
    /// the document: however many lines the notice and its attachment run to,
    /// its date is the article's. Notices of Shanghai's district governments
    /// (zhiyao87/Shanghai-Gov-Docs-Index@49f4bb7b24691276dec660a576f20a54a0c46b63:
    /// docs/城市更新与历史保护/…, shortened) and of a city bureau
    /// (../shared/corpus/templates/cn-sh-model-text/hufang-shichang-2026-125_zhuangxiu-pinggu-fenhu-baogao.txt).
    #[test]
    fn a_covering_notice_is_dated_by_its_signature_before_the_attachment() {
        // 黄浦区人民政府办公室关于印发 《黄浦区城市更新“十五五”规划》的通知.md:
        // `特此通知。` puts the date on the sixth line.
        let t = "# 黄浦区人民政府办公室关于印发 《黄浦区城市更新“十五五”规划》的通知\n\n区政府各委、办、局，各街道办事处：\n\n《黄浦区城市更新“十五五”规划》已经区政府同意，现印发给你们，请认真按照执行。\n\n特此通知。\n\n上海市黄浦区人民政府办公室\n\n2026年7月2日\n\n黄浦区城市更新“十五五”规划\n\n为深入贯彻落实中央城市工作会议精神和上海市城市更新工作相关要求，制定本规划。\n\n一、总体目标\n\n到2030年，全区面积80%以上达到海绵城市建设要求。\n";
        assert_eq!(own(t), day("2026-07-02"));
        // 上海市嘉定区人民政府关于印发《关于推进嘉定区城市更新工作的实施意见》的通知.md.
        let t = "# 上海市嘉定区人民政府关于印发《关于推进嘉定区城市更新工作的实施意见》的通知\n\n各镇人民政府，区政府各委、办、局、街道办事处，嘉定工业区、菊园新区管委会：\n\n经区政府同意，现将《关于推进嘉定区城市更新工作的实施意见》印发给你们，请认真按照执行。\n\n上海市嘉定区人民政府\n\n2023年7月17日\n\n关于推进嘉定区城市更新工作的实施意见\n\n一、指导思想\n\n坚持以人民为中心的发展思想。\n\n二、基本原则\n\n坚持“留改拆”并举。\n";
        assert_eq!(own(t), day("2023-07-17"));
        // 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知.md: no
        // issuer line, a note after the date, dated steps in the attachment.
        let t = "# 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n\n各乡、镇人民政府，区政府各委、办、局，区各直属单位，在崇市属有关部门：\n\n《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们，请认真按照执行。\n\n2021年9月9日\n\n（此件公开发布）\n\n2021年崇明区城市体检工作方案\n\n三、工作步骤\n\n（一）建立工作机制（2021年8月）。\n\n（四）形成体检报告（2021年10月）。10月15日前，形成崇明区城市体检正式报告。\n";
        assert_eq!(own(t), day("2021-09-09"));
        // The same page with its front matter: the title stands in it.
        let t = "---\n标题: 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n文号: 沪崇府办发〔2021〕20号\n发布单位: 上海市崇明区人民政府办公室\n层级: 区级\n类型: 实施意见\n分类: 城市更新与历史保护\n状态: 有效\n---\n\n> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。\n\n# 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n\n各乡、镇人民政府，区政府各委、办、局，区各直属单位，在崇市属有关部门：\n\n《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们，请认真按照执行。\n\n2021年9月9日\n\n（此件公开发布）\n\n2021年崇明区城市体检工作方案\n\n一、工作内容\n\n（一）生态宜居。反映城市的大气、水、绿地等各类生态环境要素保护情况。\n\n（二）健康舒适。反映城市社区服务设施的基本情况。\n";
        assert_eq!(own(t), day("2021-09-09"));
        // 上海市普陀区人民政府办公室关于印发《普陀区国土空间近期规划（2026-2030年）》的通知.md:
        // the day of the meeting that adopted the plan, inside a sentence, is not
        // the notice's date.
        let t = "# 上海市普陀区人民政府办公室关于印发《普陀区国土空间近期规划（2026-2030年）》的通知\n\n区政府各委、办、局，各街道办事处、镇政府，各相关单位：\n\n《普陀区国土空间近期规划（2026-2030年）》已经2026年7月7日区政府第116次常务会议审议通过，现印发给你们，请认真按照执行。\n\n上海市普陀区人民政府办公室\n\n2026年8月20日\n\n普陀区国土空间近期规划（2026-2030年）\n";
        assert_eq!(own(t), day("2026-08-20"));
        // The city bureau's notice: the day it takes effect is no signature.
        let t = "上海市房屋管理局关于印发《上海市国有土地上征收居住房屋室内装饰装修评估分户报告（示范文本）》的通知\n\n各区住房保障房屋管理局，市房地产估价师协会，各房地产估价机构，各有关单位：\n\n为规范本市国有土地上征收居住房屋室内装饰装修评估，我局制定了《上海市国有土地上征收居住房屋室内装饰装修评估分户报告（示范文本）》，现印发给你们，请遵照执行。\n\n文件自2026年9月10日起施行。执行中遇到的有关情况和问题，请及时反馈我局。\n\n2026年8月10日\n\n上海市国有土地上征收居住房屋室内装饰装修评估分户报告\n\n一、估价委托人\n\n二、估价机构\n\n三、估价对象\n\n四、估价目的\n\n五、价值时点\n\n六、估价依据\n";
        assert_eq!(own(t), day("2026-08-10"));
    }

    /// A covering notice's title set on two lines, the signature and date padded
    /// with a web page's no-break spaces: the State Council's notices as gov.cn
    /// prints them (国发〔2018〕41号, 国办函〔2005〕57号, shortened).
    #[test]
    fn a_wrapped_notice_title_and_a_padded_signature_date() {
        let t = "国务院关于印发个人所得税\n专项附加扣除暂行办法的通知\n国发〔2018〕41号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。\n国务院\u{a0}\u{a0}\u{a0}\n2018年12月13日\u{a0}\u{a0}\u{a0}\n（此件公开发布）\n个人所得税专项附加扣除暂行办法\n第一章　总则\n第一条　根据《中华人民共和国个人所得税法》，制定本办法。\n第二条　本办法自2019年1月1日起施行。\n";
        assert_eq!(own(t), day("2018-12-13"));
        let t = "国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函\n国办函〔2005〕57号\n各省、自治区、直辖市人民政府：\n《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。\n国务院办公厅\u{a0}\u{a0}\n二〇〇五年六月十一日\u{a0}\u{a0}\n国家粮食应急预案\n1　总则\n1.1　编制目的\n7.3　本预案自印发之日起实施。\n";
        assert_eq!(own(t), day("2005-06-11"));
    }

    /// A signature date set to the right by spaces is a closing line however
    /// wide the padding (CnPack's 2006 summary, cnpack.org, signed `2007-01-12`
    /// under 64 spaces): it, not the title's year, dates the summary.
    #[test]
    fn a_right_aligned_signature_date() {
        let pad = " ".repeat(64);
        let body = "本年度开发组推出了多个版本。\n".repeat(12);
        let t = format!("CnPack开发组2006年工作总结\n\n{body}\n{pad}CnPack Administrator: Liu Xiao\n{pad}2007-01-12\n");
        assert_eq!(own(&t), day("2007-01-12"));
    }

    /// A labelled date near the top: a county bureau's page (固镇县统计局,
    /// 2021-06-25: `发布日期:… 作者:… 来源:…` on one long line), minutes' date of
    /// sitting ending in `。` (桃園市高中職學生聯合會, 2020), and not a step's date
    /// (`报名时间：`) nor a later date than the subtitle's day of delivery.
    #[test]
    fn a_labelled_date_near_the_top() {
        let t = "2021年1-5月份全县经济运行情况\n\n发布日期:2021-06-25 15:30   作者:统计局信息员    来源:固镇县统计局    阅读: 次   字体:[  ]   保护视力色:\n\n今年以来，县域经济运行稳中向好。1-5月份，全县规模以上工业增加值同比增长19.7%。\n";
        assert_eq!(own(t), day("2021-06-25"));
        let t = "桃園市高中職學生聯合會第一屆第八次理事會會議紀錄\n時　　間：西元2020年03月07日。\n地　　點：通訊會議。\n主　　席：理事長劉曜維。\n壹、主席致詞\n略。\n";
        assert_eq!(own(t), day("2020-03-07"));
        let t = "关于举办青年志愿者培训的通知\n报名时间：2021年5月10日至5月20日\n各学院：\n现将有关事项通知如下。\n";
        assert_eq!(own(t), [None]);
        // A notice of a meeting: its `时间：` is the meeting's, the title's year stays.
        let body = "请各单位做好准备。\n".repeat(12);
        let t = format!("关于召开2024年安全生产工作会议的通知\n各乡镇、各部门：\n经研究，决定召开全县安全生产工作会议。\n时间：2024年3月15日上午9:00，会期一天。\n{body}");
        assert_eq!(own(&t), [Some("2024".to_string())]);
        // The web page's date of posting after the day of delivery.
        let t = "2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n来源：解放日报\n时间：2026-02-09\n上海市市长 龚 正\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2025年工作回顾\n过去一年，全市经济运行总体平稳。\n全市生产总值增长5%左右。\n二、2026年主要任务\n今年是“十五五”开局之年。\n";
        assert_eq!(own(t), day("2026-02-03"));
    }

    /// A title that issues nothing is no covering notice: its date comes from
    /// the closing or opening lines as before.
    #[test]
    fn only_an_issuing_title_makes_a_covering_notice() {
        assert!(super::covering_notice(
            "# 上海市松江区人民政府办公室关于转发区建设管理委制订的《松江区城市更新2025年度实施计划》的通知"
        ));
        assert!(super::covering_notice(
            "关于印发《上海市城市体检促进城市更新的工作指引》的函"
        ));
        assert!(!super::covering_notice(
            "上海市嘉定区文物局关于延长《嘉定区不可移动文物保护暂行规定》有效期的通知"
        ));
        assert!(!super::covering_notice("关于印发工作的几点体会"));
    }

    /// The last step of a dated history or chronology, and a line introducing
    /// decisions, are no closing date: the record of a sitting is dated by its
    /// sitting (Legislative Yuan 議事錄, ../shared/corpus/reports/tw-ly-proceedings/
    /// LCEWC03_090303.txt and LCEWC03_090502.txt, shortened); a review history with
    /// nothing else to date it stays undated (johnlinp/neihu-urban-planning@874e25b1eed43f5d7b6b0000096200ed29e9da8b,
    /// the 23 review steps of the Taipei Urban Planning Commission, shortened).
    #[test]
    fn a_dated_step_is_no_closing_date() {
        let t = "立法院第9屆第3會期第3次會議議事錄\n\n時間　中華民國 106 年 3 月 3 日（星期五）上午 9 時 1 分至 9 時 28 分\n地點　本院議場\n主席　蘇院長嘉全\n\n其他事項\n  壹、106 年 3 月 2 日朝野黨團協商結論，經決定如下：\n       一、各機關函送 106 年度預算解凍及相關決議案時，由議事處列\n            入院會議程報告事項，即送相關委員會處理。\n";
        assert_eq!(own(t), day("2017-03-03"));
        let t = "立法院第9屆第5會期第2次會議議事錄\n\n時間　中華民國 107 年 3 月 2 日（星期五）上午 9 時至 9 時 21 分\n地點　本院議場\n主席　蘇院長嘉全\n\n貳、107 年 3 月 6 日朝野黨團協商結論，經決定如下：\n  一、國民黨黨團同意經濟委員會一席徐志榮與親民黨黨團社福及\n     衛環委員會周陳秀霞委員互換委員會。\n";
        assert_eq!(own(t), day("2018-03-02"));
        let t = "### 內湖慈濟社會福利特定專用區之辦理歷程\n\n本案辦理歷程摘述如下，臺北市都市計畫委員會歷次審議結論詳如後。\n\n- （二二）102 年 12 月 5 日第 653 次委員會議決議：\n\n本案請市府錄案參考。\n\n- （二三）103 年 4 月 10 日第 657 次委員會議決議：\n\n1. 市府即將辦理公開展覽內湖區通盤檢討案，本案慈濟基金會所提個案變更位於內湖區，基於地區整體發展考量，請市府納入內湖區通盤檢討案內進行檢討。\n\n1. 本案公民或團體所提意見錄請市府納入檢討時參考。\n";
        assert_eq!(own(t), vec![None]);
        // A signature is still read (../shared/corpus/reports/cn-national-gwr).
        assert!(!super::dated_step("中華民國105年3月2日"));
        assert!(!super::dated_step("（2024年5月20日）"));
        assert!(super::dated_step(
            "- （十六）99 年 11 月 11 日第 620 次委員會議決議："
        ));
    }

    /// `本年` is the year the text speaks in, not one its sentence names: a
    /// Legislative Council record of 2013 (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
    /// data/txt/12-13-cm0605-translate-c.txt and 12-13-cm0424-translate-c.txt).
    /// In a report on a year, the year its part reports on
    /// (../shared/corpus/reports/cn-national-gwr/gwr-national-1956.txt: part 一
    /// is on the accounts of 1955, part 二 on the budget of 1956).
    #[test]
    fn this_year_is_the_year_the_text_speaks_in() {
        let t = "議員質詢的書面答覆\n立法會 ─ 2013年 6月 5日\n財經事務及庫務局局長：主席，我現就質詢的兩部分綜合答覆如下：\n 意大利新設的金融交易稅經由意大利於 2012年 12月 24日刊載的\n《預算法》推出。意大利經濟及金融部其後於本年 2月 28日頒布有關\n實施金融交易稅的部級法令，即《意大利金融交易稅法》。根據上述\n規定，意大利金融交易稅適用於由常駐意大利公司發行的股份與相關\n衍生金融工具之間的轉讓，不論執行地點及訂約方的常駐地點。\n Prada S.p.A.(即普拉達 )是目前唯一在本港上市的意大利公司，其\n股份及衍生權證可在香港交易及結算所有限公司 (“香港交易所 ”)買\n賣。應香港交易所的要求，普拉達先後在本年 2月 21日及 3月 4日兩次\n發出公告，提供有關意大利金融交易稅的資料。普拉達在其兩則公告\n中指出，支付意大利金融交易稅的相關指示預期將由意大利稅務局稍\n後發出官方規定。\n";
        assert_eq!(value_at(t, "本年", 0).as_deref(), Some("2013-02-28"));
        let t = "議員質詢的書面答覆\n立法會 ─ 2013年 4月 24日\n(二 ) 鑒於當局在 2010-2011學年向每間受政府資助的中學提供\n的一筆過為數 32萬元的通識教育科課程支援津貼的年期將於本年 8月31日結束，當局會否重新考慮？\n";
        assert_eq!(value_at(t, "本年", 0).as_deref(), Some("2013-08-31"));
        let t = "关于1955年国家决算和1956年国家预算的报告\n\n——１９５６年６月１５日在第一届全国人民代表大会第三次会议上\n\n　　一、１９５５年国家决算\n\n　　１９５５年国家决算的收支总数如下：１９５５年本年收入合计２７，２０３，３１９，０００元。\n\n　　二、１９５６年的国家预算\n\n　　１９５６年国家预算收入总数为３０，７４２，７７０，０００元；收支平衡。同１９５５年国家决算比较，本年收入增长９．２９％。\n";
        assert_eq!(value_at(t, "本年", 0).as_deref(), Some("1955"));
        assert_eq!(value_at(t, "本年", 1).as_deref(), Some("1956"));
        // `上年` still counts from the year its sentence names
        // (../shared/corpus/reports/cn-national-gwr/gwr-national-2004.txt).
        let t = "2004年政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n２００３年中央财政支出７００亿元，比上年增长１９．９％。\n";
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("2002"));
    }

    /// A heading's year in full-width digits names the year its part is about
    /// (../shared/corpus/reports/cn-national-gwr/gwr-national-1991.txt and
    /// gwr-national-1995.txt): `比上年` there is the year before it.
    #[test]
    fn a_full_width_heading_year_is_the_year_talked_about() {
        let t = "政府工作报告\n\n——１９９１年３月２５日在第七届全国人民代表大会第四次会议上\n\n　　一、１９９０年计划的执行情况\n\n　　（三）固定资产投资有所增加，投资结构进一步调整。\n\n　　全年全社会固定资产投资完成四千四百五十一亿元，比上年增长４．５％。\n";
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("1989"));
        let t = "政府工作报告\n\n——１９９５年３月５日在第八届全国人民代表大会第三次会议上\n\n　　一、１９９４年国内工作的回顾\n\n　　国民经济继续快速增长。国内生产总值达到４３８００亿元，按可比价格计算，比上年增长百分之十一点八。\n";
        assert_eq!(value_at(t, "上年", 0).as_deref(), Some("1993"));
    }

    /// Minutes kept in a report: a paragraph under a dated step that introduces
    /// it (`…委員會議決議：`) says `今天` of that meeting (the Taipei review
    /// history above). A heading that only names an earlier day is no such step:
    /// `今天` there is the sitting's (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
    /// data/txt/12-13-cm0417-translate-c.txt).
    #[test]
    fn today_under_a_dated_meeting_step_is_that_meetings_day() {
        let t = "### 內湖慈濟社會福利特定專用區之辦理歷程\n\n本地區之主要計畫於民國 63 年 1 月 5 日公告實施。\n\n- （十五）99 年 10 月 25 日第 619 次委員會議決議：\n\n本案仍應就環保及水保等議題補充詳細說明資料併細部計畫提下次會議再做討論與確認。\n\n- （十六）99 年 11 月 11 日第 620 次委員會議決議：\n\n本次會議民眾發言登記總數為 108 位，惟因會議時間有限，今天共聽取44 位民眾之發言，其餘留俟下次採召開續會的方式繼續聽取民眾意見。\n\n- （二三）103 年 4 月 10 日第 657 次委員會議決議：\n\n1. 本案公民或團體所提意見錄請市府納入檢討時參考。\n";
        assert_eq!(value_at(t, "今天", 0).as_deref(), Some("2010-11-11"));
        let t = "恢復法案二讀辯論\n主席：本會現在恢復《 2013年撥款條例草案》的二讀辯論。\n立法會  ─  2013年 4月 17日\n《 2013年撥款條例草案》\n恢復辯論經於 2013年 2月 27日動議的條例草案二讀議案\n主席：有意在今天發言的議員，請按下 “要求發言 ”按鈕。\n田北辰議員：成為第一位發言的議員，這還是我的首次。主席，不好\n意思，讓我先整理一下。\n 主席，我今天的發言是立此存照。對於我的建議，在過去一星期，\n有部分政府部門請我 “吃檸檬 ”，但也有不少最低限度表示願意回去研\n究。我希望他們是認真的，不是敷衍我們這羣立法會議員。在眾多政\n策局中，我最關心教育局。\n";
        assert_eq!(value_at(t, "今天", 0).as_deref(), Some("2013-04-17"));
    }
}

#[cfg(test)]
mod fiscal_years_reporting_periods_and_offsets {
    use crate::document::FactKind;
    use crate::facts::facts_of;

    type Row = (String, String, Option<String>, Option<String>);

    /// Each date of `facts`: text, value, end and period.
    fn rows(facts: Vec<crate::document::Fact>) -> Vec<Row> {
        let s =
            |v: Option<crate::document::FactValue>| v.and_then(|v| v.as_str().map(String::from));
        facts
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| {
                (
                    f.text,
                    s(f.value).unwrap_or_default(),
                    s(f.end),
                    f.period.map(|p| format!("{p:?}")),
                )
            })
            .collect()
    }

    fn dates(t: &str) -> Vec<Row> {
        rows(facts_of(t))
    }

    /// [`dates`] of a text read as a document of `region`.
    fn dates_in(t: &str, region: crate::document::Region) -> Vec<Row> {
        rows(crate::facts::with_analysis(t, |a| {
            let own = super::article_dates(a, region == crate::document::Region::Tw);
            let c = crate::facts::candidates_by_chunk_in(a, Some(region), &own, None);
            crate::facts::to_facts(a, c)
        }))
    }

    fn fy(t: &str, a: &str, b: &str) -> (String, String, Option<String>, Option<String>) {
        (t.into(), a.into(), Some(b.into()), Some("FY".into()))
    }

    /// A range of months without a period.
    fn months(t: &str, a: &str, b: &str) -> Row {
        (t.into(), a.into(), Some(b.into()), None)
    }

    /// Hong Kong's fiscal year runs from April to March: `本財政年度` named before
    /// April is the one that opened the April before, and its first months count
    /// from April (the Financial Services and the Treasury Bureau's monthly figures,
    /// news.gov.hk 2008-06-30; 星島 2026-02-27 on the first ten months of 2025-26);
    /// it is also written `2025至26財政年度`. A mainland `本财年` is its calendar year.
    #[test]
    fn hong_kongs_fiscal_year_from_april() {
        use crate::document::Region;
        let d = dates_in(
            "2008年6月30日\n財經事務及庫務局公布，今個財政年度首兩個月的整體支出387億元。",
            Region::Hk,
        );
        assert!(
            d.contains(&months("今個財政年度首兩個月", "2008-04", "2008-05")),
            "{d:?}"
        );
        let d = dates_in("2026年2月27日\n財經事務及庫務局公布，本財政年度首10個月錄得盈餘。上個財政年度錄得赤字。預計2025至26財政年度有盈餘。", Region::Hk);
        assert!(
            d.contains(&months("本財政年度首10個月", "2025-04", "2026-01")),
            "{d:?}"
        );
        assert!(d.contains(&fy("上個財政年度", "2024", "2025")), "{d:?}");
        assert!(d.contains(&fy("2025至26財政年度", "2025", "2026")), "{d:?}");
        // Not the tail of another word.
        let d = dates_in(
            "2026年2月27日\n连续两个以上财政年度亏损的企业。日本财年预算增长5%。",
            Region::Hk,
        );
        assert!(d.iter().all(|x| x.0 == "2026年2月27日"), "{d:?}");
        let d = dates("2026年2月27日\n本财年收入增长5%。");
        assert!(
            d.contains(&("本财年".into(), "2026".into(), None, Some("FY".into()))),
            "{d:?}"
        );
        // Hong Kong's `本年度`, `下年度` are its government's fiscal years too (信報,
        // 2020-02-27: `2019/20財政年度(下稱本年度)`); elsewhere the calendar's year.
        let d = dates_in(
            "2020年2月27日\n預算案公布，本年度地價收入的修訂預算為1415.5億元，下年度或跌至千億。",
            Region::Hk,
        );
        assert!(d.contains(&fy("本年度", "2019", "2020")), "{d:?}");
        assert!(d.contains(&fy("下年度", "2020", "2021")), "{d:?}");
        // A company's report: its year, not the government's.
        let d = dates_in("2020年2月27日\n本集團本年度收入上升5%。", Region::Hk);
        assert!(
            d.contains(&("本年度".into(), "2020".into(), None, Some("FY".into()))),
            "{d:?}"
        );
        let d = dates("2020年2月27日\n本年度预算收入增长5%。");
        assert!(
            d.contains(&("本年度".into(), "2020".into(), None, Some("FY".into()))),
            "{d:?}"
        );
    }

    /// A Taiwan table of subsidies by year (內政部消防署): two-digit ROC years as
    /// rows' labels and as the start of a range that ends in a three-digit one.
    #[test]
    fn two_digit_roc_years_in_a_series() {
        let d = dates_in("補助一覽表\n97年至110年止,中央及地方共編列約2億4,225萬元。\n年度 中央補助\n97年 1,030萬6,880元\n98年 558萬4,300元\n100年 1,598萬4,300元\n101年 1,799萬元\n", crate::document::Region::Tw);
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("97年至110年", "2008"),
                ("97年", "2008"),
                ("98年", "2009"),
                ("100年", "2011"),
                ("101年", "2012")
            ]
        );
    }

    fn own(t: &str) -> Vec<Option<String>> {
        crate::facts::with_analysis(t, |a| {
            super::article_dates(a, crate::facts::is_taiwan(a.simplified))
                .into_iter()
                .map(|d| d.map(|d| d.value))
                .collect()
        })
    }

    /// A company's annual period, `N 年年度` (上海大智慧 2024 annual results
    /// forecast, 临2025-004: `2024 年年度业绩预告`; the Legislative Yuan's gazette,
    /// ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt: `105 年年度`).
    #[test]
    fn a_years_annual_period() {
        let fy1 = |t: &str, v: &str| (t.to_string(), v.to_string(), None, Some("FY".into()));
        assert_eq!(
            dates("预计 2024 年年度实现归属于母公司所有者的净利润为-22,500 万元"),
            [fy1("2024 年年度", "2024")]
        );
        assert_eq!(dates("2024年年度报告"), [fy1("2024年年度", "2024")]);
    }

    /// A fiscal or school year written with the two calendar years it runs
    /// over is one date with period `FY`, and a range of them one date from the
    /// first to the last.
    #[test]
    fn fiscal_years_and_their_ranges() {
        // LegCo proceedings (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0619-translate-c.txt, 12-13-cm1205-translate-c.txt,
        // 12-13-cm0515-translate-c.txt, 12-13-cm0529-translate-c.txt,
        // 12-13-cm1219-translate-c.txt), and a written reply of 2013-05-08 on
        // land zoned for comprehensive development.
        assert_eq!(
            dates("在 2013-2014年度至 2016-2017年度，政府會"),
            [fy("2013-2014年度至 2016-2017年度", "2013", "2017")]
        );
        assert_eq!(
            dates("由 2009-2010學年至 2011-2012學年，"),
            [fy("2009-2010學年至 2011-2012學年", "2009", "2012")]
        );
        assert_eq!(
            dates("(一 ) 2007-2008至 2012-2013年度，按區域 (港島、九龍及新界區 )"),
            [fy("2007-2008至 2012-2013年度", "2007", "2013")]
        );
        assert_eq!(
            dates("在 2011-12年度，"),
            [fy("2011-12年度", "2011", "2012")]
        );
        assert_eq!(
            dates("2011/12年度的開支"),
            [fy("2011/12年度", "2011", "2012")]
        );
        // In Chinese digits, as the Budget speeches write them (2017-18 and 2006-07
        // Budgets, ¶s on recurrent spending), also with 至 and both years in full
        // before 財政年度 (not before 年度 alone: two years).
        assert_eq!(
            dates("二○一七/一八至二○二一/二二年度的開支"),
            [fy("二○一七/一八至二○二一/二二年度", "2017", "2022")]
        );
        assert_eq!(
            dates("二○○五至二○○六財政年度的開支"),
            [fy("二○○五至二○○六財政年度", "2005", "2006")]
        );
        // A long run of digits is no year (and no overflow).
        let _ = dates("一二三四五六七八九一二三四五六七八九/一八年度");
        assert!(dates("2005至2006年度，共完成。")
            .iter()
            .all(|d| d != &fy("2005至2006年度", "2005", "2006")));
        assert_eq!(
            dates("2007-08至2012-13年度"),
            [fy("2007-08至2012-13年度", "2007", "2013")]
        );
        // A government work report (../shared/corpus/reports/cn-city-gwr/city-131.txt).
        assert_eq!(
            dates("港口区获评2022—2023年度全国渔业平安示范县。"),
            [fy("2022—2023年度", "2022", "2023")]
        );
        // Years in a table's first column stay a plain range of years, and a
        // year and a month stay apart (a written reply of 2013-05-08, table of
        // bond issues).
        assert_eq!(
            dates("2009-2010 \n2010-2011 \n"),
            [
                ("2009-2010".into(), "2009".into(), Some("2010".into()), None),
                ("2010-2011".into(), "2010".into(), Some("2011".into()), None),
            ]
        );
        assert!(dates("編號 2011-12 的文件").is_empty());
    }

    /// A date that ends a reporting period (`截至…止年度`) dates the accounts,
    /// not the document: a running head of the sitting dates it.
    #[test]
    fn a_reporting_period_is_no_date_of_the_document() {
        // A LegCo written reply of 2013-05-08 cut one line before its running head.
        let t = concat!(
            "  截至 2012年 8月 31日止年度的財務報表  \n",
            "立法會  ─  2013年 5月 8日  \n",
            " \n",
            "6580 \n",
            "議員質詢的書面答覆 \n",
            " \n",
            "防止學生在通識教育科課堂上受到偏頗的政治宣傳影響的措施  \n",
            " \n",
            "1. 李慧琼議員：主席，通識教育科 (“通識科”)的課程內容包括“法治\n",
            "和社會政治參與”的主題，鼓勵學生討論香港居民參與社會及政治事\n",
        );
        assert_eq!(own(t), [Some("2013-05-08".to_string())]);
        // Papers laid on the table (siuying/legco-hansard-parser@
        // 0560b7f16dd12a7ddb795a5502948333e1b0b326: data/txt/12-13-cm0227-translate-c.txt).
        let t = concat!(
            "  截至二零一二年八月三十一日止年度財務報表及\n",
            "2011年 9月 ―  2012年 8月工作報告  \n",
            " \n",
            "第 71號  ―  懲教署福利基金  \n",
            "  香港懲教署署長法團就基金截至二零一二年  \n",
            "  三月三十一日止一年內的管理情況提交的報告  \n",
            " \n",
            "立法會  ─  2013年 2月 27日  \n",
            " \n",
            "5073 \n",
            "第 72號  ―  李寶椿慈善信託基金  \n",
        );
        assert_eq!(own(t), [Some("2013-02-27".to_string())]);
        assert!(super::ends_a_reporting_period(
            "截至 2012年 3月 31日止年度的財務報表",
            "截至 ".len().."截至 2012年 3月 31日".len()
        ));
        // Taiwan's `截至…止` counts up to a date inside a sentence just the same
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt).
        assert!(super::ends_a_reporting_period(
            "截至 104 年 6 月底止整體工業區土地租售率",
            "截至 ".len().."截至 104 年 6 月底".len()
        ));
        // A date that only starts a sentence is not.
        assert!(!super::ends_a_reporting_period(
            "2013年 5月 8日止步",
            0.."2013年 5月 8日".len()
        ));
    }

    /// `第N年` counted from an event (`隨後的第三年年底`) is an offset: its part
    /// of the year is no date, and the years after `隨後` are a length.
    #[test]
    fn a_year_counted_from_an_event_is_no_date() {
        // A LegCo written reply of 2013-05-08 on land zoned for comprehensive
        // development.
        assert!(dates("在劃設一幅用地後，會在隨後的第三年年底進行首次檢討").is_empty());
        assert!(dates("其後第 3 年年初完成檢討").is_empty());
        // A government work report (../shared/corpus/reports/cn-city-gwr/city-047.txt).
        assert!(dates("和商品进出口总值连续第3年双双超过1万亿元").is_empty());
        // LegCo proceedings (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0117-translate-c.txt): the years after a point.
        let f = facts_of("要在 2017年、2018年、2019年及隨後兩年落成 10萬個單位");
        assert!(f
            .iter()
            .any(|f| f.kind == FactKind::Duration && f.text == "兩年"));
        // A year of the calendar keeps its end.
        assert_eq!(dates("2013年年底完成")[0].1, "2013");
    }

    /// Taiwan and Hong Kong name a quarter `第3季`, the first three `前3季`, without
    /// 度 (CNA, 2017-10-31); a mainland text's bare `第二季` is a series' season
    /// (`看国宝过大年（第二季）`), its quarter `第二季度`.
    #[test]
    fn bare_quarters_in_taiwan_and_hong_kong_usage() {
        let d = dates("主計總處公布第3季經濟成長率為3.11%，前3季平均成長2.5%，出口新臺幣1億元。");
        let got: Vec<_> = d
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("第3季", "XXXX-07", Some("XXXX-09")),
                ("前3季", "XXXX-01", Some("XXXX-09")),
            ]
        );
        assert!(dates("举办“看国宝过大年（第二季）”活动，第二季参与群众3万人次。").is_empty());
    }

    /// A bulletin that opens `2024年是…关键一年` says which year is its present:
    /// `上年` is 2023 without a title or a reference date.
    #[test]
    fn an_opening_year_as_topic_is_the_present_year() {
        assert_eq!(
            super::year_as_topic("二〇二三年，是全面贯彻的开局之年"),
            Some(2023)
        );
        assert_eq!(super::year_as_topic("2024年全市经济运行稳中向好"), None);
        assert_eq!(super::year_as_topic("12年是"), None);
        // 乐山市 2024 bulletin: the opening year set off by a comma frames it.
        assert_eq!(
            super::year_as_topic("2024年,面对外部压力加大、内部困难增多的复杂严峻形势,全市……"),
            Some(2024)
        );
    }

    /// `当年` right after a verb counts from the event (`自认定当年起`: each award's
    /// year); after a preposition or its own year it is a date (`自当年9月`,
    /// `2019年当年`). A range's last day keeps its date though `期间` follows.
    #[test]
    fn then_year_after_a_verb_and_days_before_qijian() {
        assert!(dates("对新引进的总部经济项目，自认定当年起，给予奖励。").is_empty());
        let d = dates("2016年5月1日，原订自当年9月施工。");
        assert_eq!(
            d.last().map(|r| (r.0.as_str(), r.1.as_str())),
            Some(("当年9月", "2016-09"))
        );
        let d = dates("会议于2019年4月8日至12日期间举行。");
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].1.as_str(), d[0].2.as_deref()),
            ("2019-04-08", Some("2019-04-12"))
        );
    }
}
