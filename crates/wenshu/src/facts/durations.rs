//! Durations: a number of time units that measures a length of time, never a
//! point in time (`连续5日`, `工期26个月`, `未来5年`, `3天`, `12日之內`, `48小时`).
//!
//! Units that only measure time (`天`, `小时`, `分钟`, `个月`, `个星期`, `个季度`,
//! `个工作日`) make a duration by themselves. `年`, `日` and `周` also name points
//! (`2025年`, `17日`, `周三`), so they make a duration only with a word that says
//! so: before the number (`连续`, `历时`, `为期`, `工期`, `未来`, `过去`, `近`,
//! `每`, `已经`, `这`…) or after the unit (`之内`, `以内`, `内`, `来`, `以来`,
//! `期间`, `当中`, `了`, `多`, `以上`, `之后`). The words are data: [`UNITS`],
//! [`BEFORE`], [`AFTER`].

use crate::document::{FactKind, Qualifier};

use super::{number_value, qualifiers, Cand, Ctx, Num};

/// Time units after a number, longest first: (unit, needs a cue word).
///
/// A count of fiscal, accounting or school years (`過去 6個年度`, `過去3個財政年度`,
/// `兩個學年`) measures a stretch of such years, never a count of things.
pub const UNITS: &[(&str, bool)] = &[
    ("个财政年度", false),
    ("个会计年度", false),
    ("个学年度", false),
    ("个财政年", false),
    ("个年度", false),
    ("个学年", false),
    ("个财年", false),
    ("个工作日", false),
    ("个交易日", false),
    ("个小时", false),
    // Hours said colloquially (`三个钟头`) and in Cantonese (`4個鐘`, `半個鐘`).
    ("个钟头", false),
    ("个钟点", false),
    ("个钟", false),
    ("钟头", false),
    ("个星期", false),
    ("个季度", false),
    ("个月", false),
    ("工作日", false),
    ("交易日", false),
    ("小时", false),
    ("分钟", false),
    ("星期", false),
    ("天", false),
    ("秒", true),
    ("周", true),
    ("年", true),
    ("日", true),
];

/// Words before a number that make what follows a length of time.
pub const BEFORE: &[&str] = &[
    "连续", "历时", "为期", "工期", "用时", "耗时", "长达", "未来", "过去", "最近", "近", "每",
    "期限", "满", "超过",
    // The stretch just before (Hong Kong's releases: `與先前三個月比較`).
    "先前", "达", // time that has passed: 已经10年, 已经过10年, 这10年, 落后1年
    "已经", "已", "经过", "过", "这", "那", "落后", "整整",
    // Verbs that move or stretch a time by a length (`押後 562日`, `提前一周`,
    // `持续5日`): their complement measures time.
    "押后", "延后", "推后", "推迟", "延迟", "延误", "延长", "顺延", "提前", "持续", "缩短",
    // Sentences and terms served: the time after them is their length (`監禁兩年`,
    // `有期徒刑三年`, `任期五年`).
    "监禁", "徒刑", "拘役", "刑期", "服刑", "任期", "服役",
    // Less than or nearly a length (`不到2年`, `不足3年`, `将近5年`).
    "不到", "不足", "将近",
    // Time spent in office, at work or running (`執政8年`, `上线4周`, `从教30年`).
    "执政", "在任", "执教", "从教", "从业", "上线", "运行", "运营",
    // A longest or shortest length (`最長1年`, `最短3日`).
    "最长", "最短",
];

/// How many digits follow the decimal point of a number as written.
fn fraction_digits(written: &str) -> Option<usize> {
    let (_, frac) = written.split_once(['.', '．'])?;
    Some(
        frac.chars()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .count(),
    )
}

/// Verbs of [`BEFORE`] that stretch or cut a time to the length after `至`/`到`
/// (`由3年延长至5年`).
const STRETCH_TO_VERBS: &[&str] = &["延长", "缩短", "推迟", "延迟", "延后", "顺延"];

/// Cue words of [`BEFORE`] that end in 前 or 后, which otherwise put a number in
/// the calendar (`头3天`, `最后4个月`, `前十一个月`).
const SHIFT_VERBS: &[&str] = &["落后", "押后", "延后", "推后", "提前", "先前"];

/// Words that point at a stretch of time, so that the number of years after
/// them (`的` may stand between) counts its years: `这11年中`, `过去的12年中`,
/// `此后的15年中`, `未来的5年`. A demonstrative or one of these before `N年中`
/// makes it a length, never the middle of a year cut short (`97年中`).
const STRETCH_WORDS: &[&str] = &[
    "过去", "未来", "最近", "此后", "之后", "其后", "随后", "今后", "以后", "此前", "之前", "以前",
    "这", "那", "这些", "那些",
];

/// Words ending in 后 that start a length from a point (`此后15年中`, `今后5年`),
/// unlike a bare 后 after a year or a month (`2022年后3个月`: its last months).
const AFTER_A_POINT: &[&str] = &["此后", "之后", "其后", "随后", "今后", "以后", "自此后"];

/// Verbs of lasting: a number of years, months or days right after them, an
/// aspect marker (了, 过) between or not, says how long the action lasted
/// (`做了两年`, `干了三年`, `住了两年`, `花了六年`, `过了一年`), never a year of
/// the calendar. Those that are also prepositions or conjunctions (`当一九五六年`,
/// `等5个`), or that need their object to be a length (`用`, `走`, `过`), count
/// only with the marker: (verb, needs the marker).
pub const DURATIVE_VERBS: &[(&str, bool)] = &[
    ("工作", false),
    ("生活", false),
    ("坚持", false),
    ("做", false),
    ("干", false),
    ("待", false),
    ("呆", false),
    ("住", false),
    ("教", false),
    ("读", false),
    ("念", false),
    ("学", false),
    ("熬", false),
    ("花", false),
    ("运转", false),
    ("执行", true),
    ("过去", true),
    ("经历", true),
    ("当", true),
    ("等", true),
    ("用", true),
    ("走", true),
    ("过", true),
];

/// Aspect markers between a verb of [`DURATIVE_VERBS`] and the length.
const ASPECT_MARKERS: &[char] = &['了', '过'];

/// Adverbs the segmenter may join to a verb of [`DURATIVE_VERBS`] (`只花了六年`,
/// `又过了一个月`).
const ADVERBS_BEFORE_A_VERB: &[&str] =
    &["只", "又", "就", "才", "都", "也", "已", "还", "再", "仅"];

/// Whether a verb of [`DURATIVE_VERBS`] stands right before the number at
/// `start` (spaces aside), as a word of its own, an adverb aside (`叫做`,
/// `通过了` are other words).
fn durative_verb_before(cx: &Ctx, start: usize) -> bool {
    let before = cx.s[..start].trim_end_matches(' ');
    let (stem, marked) = match before.strip_suffix(ASPECT_MARKERS) {
        Some(b) => (b, true),
        None => (before, false),
    };
    DURATIVE_VERBS.iter().any(|&(v, needs_marker)| {
        let at = stem.len().saturating_sub(v.len());
        (marked || !needs_marker)
            && stem.ends_with(v)
            && cx.ends_word(stem.len())
            && (cx.starts_word(at)
                || cx.token_at(at).is_some_and(|t| {
                    ADVERBS_BEFORE_A_VERB.contains(&cx.s.get(t.start..at).unwrap_or(""))
                }))
    })
}

/// Range connectors between the two years of a span.
const SPAN_CONNECTORS: &[char] = &['至', '到', '—', '－', '-', '～', '~', '〜', '–', '―', '─'];

/// Words that may stand between a span of years and the count of its years
/// (`1953年到1978年这25年里`, `1965年至1976年的11年中`).
const SPAN_LINKS: &[&str] = &["这", "那", "的", "这些", "共", "整整", "，"];

/// Does a span of years end right before `pos` (`1965年到1976年`, `1981～1990年`),
/// a link word aside? Then a number of years after it counts the span's years
/// (`１９６５年到１９７６年１１年中`: eleven years, not the year 2011).
fn after_a_span_of_years(s: &str, pos: usize) -> bool {
    let mut b = s[..pos].trim_end_matches(' ');
    if let Some(w) = SPAN_LINKS.iter().find(|w| b.ends_with(**w)) {
        b = b[..b.len() - w.len()].trim_end_matches(' ');
    }
    let Some(b) = b.strip_suffix('年') else {
        return false;
    };
    let is_digit = |c: char| {
        crate::chinese::numerals::arabic_digit(c).is_some()
            || crate::chinese::numerals::cn_digit(c).is_some()
    };
    let year = b.trim_end_matches(is_digit).trim_end_matches(' ');
    if b[year.len()..].chars().count() < 2 {
        return false;
    }
    let Some(before) = year.strip_suffix(SPAN_CONNECTORS) else {
        return false;
    };
    let before = before.trim_end_matches(' ');
    let before = before.strip_suffix('年').unwrap_or(before);
    before.ends_with(is_digit)
}

/// Whether the words before the number at `start` make it a length of time
/// (see [`BEFORE`], [`STRETCH_WORDS`]) or count the years of a span just named.
pub(crate) fn length_cue_before(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end_matches(' ');
    BEFORE.iter().any(|w| before.ends_with(w))
        || AFTER_A_POINT.iter().any(|w| before.ends_with(w))
        || counts_years_of_a_stretch(s, start)
        || before
            .strip_suffix(['为', '是', '：', ':'])
            .is_some_and(|b| TERMS.iter().any(|w| b.trim_end_matches(' ').ends_with(w)))
}

/// Names of a term, whose length follows them with a copula (`任期为一年`,
/// `有效期为3年`, `试用期：6个月`).
const TERMS: &[&str] = &[
    "任期",
    "刑期",
    "工期",
    "期限",
    "租期",
    "有效期",
    "服务期",
    "试用期",
    "保修期",
    "周期",
    "学制",
];

/// A cue word of [`BEFORE`] or [`STRETCH_WORDS`] cut by a hard wrap, or ending
/// the line before (`在過` + wrap + `去 1年服務了`): a wrap falls inside words too.
fn wrapped_cue_before(cx: &Ctx, start: usize) -> bool {
    let tail = cx.s[..start].trim_end_matches(' ').len();
    if !cx.s[..tail].chars().rev().take(4).any(|c| c == '\n') {
        return false;
    }
    let back = super::wraps::back_over_wrap(cx, tail);
    BEFORE
        .iter()
        .chain(STRETCH_WORDS)
        .any(|w| super::wraps::word_ending_at(cx, back, w).is_some())
}

/// The smaller single Chinese digit and `、` right before the single digit `n`
/// (`兩、三小時`, `一、兩個月`, `三、五天`): where it starts and its value. The two
/// are next to each other, or the customary `三、五`; the first stands inside its
/// clause, after a word (at a clause's start `一、` numbers an item: `一、六個月以上
/// 一年未滿者`). Not a digit of a longer numeral (`十二、三天`) nor an ordinal
/// (`第一、二天`).
fn approximate_pair_before(cx: &Ctx, n: &Num) -> Option<(usize, f64)> {
    use crate::chinese::numerals::{arabic_digit, cn_digit};
    let head = cx.s[..n.start].strip_suffix('、')?;
    let d = head.chars().next_back()?;
    // In the script of the second (`近4、5年`, `兩、三小時`).
    let arabic = n.numeral.is_some_and(|x| x.arabic);
    let low = f64::from(if arabic {
        arabic_digit(d)?
    } else {
        cn_digit(d)?
    });
    let high = n.value()?;
    let at = head.len() - d.len_utf8();
    let inside = cx.s[..at].chars().next_back().is_some_and(|b| {
        crate::chinese::chars::is_han(b) && cn_digit(b).is_none() && !"十百千万第".contains(b)
    });
    let customary = high == low + 1.0 || (low, high) == (3.0, 5.0);
    // (`分别为4、5年`, `各2、3天`: lengths each of their own.)
    (low >= 1.0 && customary && inside && !super::ranges::each_its_own(cx.s, at))
        .then_some((at, low))
}

/// What follows `后` in words that are no "later" (`后期`, `后续`, `后来`, `后方`).
const NOT_LATER: &[char] = &[
    '期', '来', '續', '续', '者', '方', '果', '勤', '备', '台', '面', '院', '半', '十', '几', '代',
];

/// Heads of the names of zones reached within a time (isochrones: `15分钟社区生活圈`,
/// `1小时经济圈`, `“5分钟产创生活圈”`, `30分钟医疗急救圈`): a planning concept,
/// the time a name of it, not a length of time that passes.
const ZONE_HEADS: &[char] = &['圈'];

/// How far after the unit the head of a zone's name may stand, in characters.
const ZONE_CHARS: usize = 8;

/// Does a zone's name follow the unit directly (Han characters up to a head of
/// [`ZONE_HEADS`], no `的`, and no cue word that makes it a length: `15分钟内到达`)?
fn names_a_zone(after: &str) -> bool {
    !AFTER.iter().any(|w| after.starts_with(w))
        && after
            .chars()
            .take(ZONE_CHARS)
            .take_while(|&c| crate::chinese::chars::is_han(c) && c != '的')
            .any(|c| ZONE_HEADS.contains(&c))
}

/// Whether the number at `start` counts the years of a stretch of time named
/// right before it: a span of years (`1965年到1976年11年中`) or a word pointing
/// at one (`这`, `那`, `过去`, `此后`…, `的` aside: [`STRETCH_WORDS`]).
pub(crate) fn counts_years_of_a_stretch(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end_matches(' ');
    let before = before.strip_suffix('的').unwrap_or(before);
    STRETCH_WORDS.iter().any(|w| before.ends_with(w)) || after_a_span_of_years(s, start)
}

/// Units of [`UNITS`] that count fiscal, accounting or school years.
const FISCAL_UNITS: &[&str] = &[
    "个财政年度",
    "个会计年度",
    "个学年度",
    "个财政年",
    "个年度",
    "个学年",
    "个财年",
];

/// Words that may follow a stretch of fiscal years (besides those of [`AFTER`]):
/// `過去3個財政年度的投資回報`, `6個財政年度之淨額`, `五個年度中`.
const AFTER_FISCAL_YEARS: &[&str] = &[
    "的", "之", "中", "里", "累计", "合计", "共",
    // Joined to another stretch (`過去五個財政年度及本財政年度至今`).
    "及", "和", "与", "以来",
];

/// Does a count of fiscal years end its phrase at `after` (punctuation, a
/// bracket, `的`, or a word that makes a length)? Before a noun, `年度` is
/// "annual" (`14个年度计划`).
fn ends_a_stretch_of_years(cx: &Ctx, pos: usize) -> bool {
    let at = cx.skip_spaces(pos);
    let after = &cx.s[at..];
    if !after.starts_with(crate::chinese::chars::is_han)
        || AFTER
            .iter()
            .chain(AFTER_FISCAL_YEARS)
            .any(|w| after.starts_with(w))
    {
        return true;
    }
    // A verb or an adverb may follow (`過去 6個年度新增`), a noun or an
    // adjective may not (`59个年度重大项目`).
    cx.token_at(at)
        .filter(|t| t.start == at)
        .is_some_and(|t| cx.tag(t).as_str().starts_with(['v', 'd']))
}

/// Units of a count in Chinese numerals that a verb after it makes the time the
/// action takes (`新一轮三年建设`, `两年实现翻番`, `三个月完成`). Days are left
/// out: `十五日召开` is a day of the month.
const UNITS_BEFORE_A_VERB: &[&str] = &["年", "个月"];

/// Heads of the names of plans and campaigns: a count of years before a verb
/// and one of them names the plan (`三年行动计划`, `三年提升行动`, `五年规划`),
/// it does not say a time something takes.
const PLAN_HEADS: &[&str] = &[
    "行动", "计划", "规划", "方案", "纲要", "工程", "攻坚", "专项", "任务", "目标",
    // `九年义务教育`, `十五年免費教育`: a scheme of schooling.
    "教育",
];

/// Verbs that qualify a noun after them (`累计产量`, `合计收入`).
const ATTRIBUTIVE_VERBS: &[&str] = &["累计", "合计", "共计"];

/// Words that make a count of years before a verb the interval of something
/// that recurs (`兩年檢討一次`, `兩年才加一次工資`), not a time that passes.
const RECURRING: &[&str] = &["一次", "一回", "一届", "一轮"];

/// A count of years or months written in Chinese numerals (not a year written
/// digit by digit, `二〇二四年`) right before a verb (`通過新一輪三年建設`, `两年
/// 实现翻番`, `两年累计投入`): the time the action takes. Not a plan's name (see
/// [`PLAN_HEADS`]).
fn years_before_a_verb(cx: &Ctx, n: &Num, unit: &str, unit_end: usize) -> bool {
    let Some(x) = n.numeral else {
        return false;
    };
    // `二〇二四年`, a year; `〇年`, no count; `百年不衰`, an idiom.
    if x.arabic || !x.chinese || is_digit_string_num(cx, n) && x.chars > 1 {
        return false;
    }
    // One year before a verb is mostly a rate (`平均每人一年需負擔`, `一年種植二期`).
    if n.value()
        .is_none_or(|v| v < 2.0 || x.chars == 1 && v >= 100.0)
    {
        return false;
    }
    let after = &cx.s[unit_end..];
    // `两年一次`: once every so many years; `四年前`, `三年后`: counted from a
    // time, read elsewhere.
    if after.starts_with(['一', '前', '后', '後']) {
        return false;
    }
    // `一年比一年发展`, `一年接着一年干`: year after year.
    let before: String = cx.s[..n.start].chars().rev().take(5).collect();
    let unit_rev: String = unit.chars().rev().collect();
    if before.contains(&unit_rev) {
        return false;
    }
    // `长江“十年禁渔”`, `长江十年禁渔`: the name of a policy, quoted or after
    // the place it is for.
    if cx.s[..n.start].ends_with(['“', '「', '"', '『'])
        || cx
            .token_at(n.start.saturating_sub(1))
            .filter(|t| t.end == n.start)
            .is_some_and(|t| cx.tag(t).as_str() == "ns")
    {
        return false;
    }
    if !UNITS_BEFORE_A_VERB.contains(&unit) {
        return false;
    }
    let Some(t) = cx.token_at(unit_end).filter(|t| t.start == unit_end) else {
        return false;
    };
    let tag = cx.tag(t);
    if !tag.as_str().starts_with('v') {
        return false;
    }
    // `五年累计产量达750亿立方米`: `累计` before a noun qualifies the indicator
    // the clause is about; the count of years belongs to its name.
    let verb = &cx.s[t.start..t.end];
    if ATTRIBUTIVE_VERBS.contains(&verb)
        && cx
            .token_at(t.end)
            .filter(|u| u.start == t.end)
            .is_some_and(|u| cx.tag(u).is_noun())
    {
        return false;
    }
    // The verb and what follows it may name a plan (`三年提升行动`).
    let rest = &cx.s[unit_end..];
    let clause_end = rest
        .find(|c: char| !crate::chinese::chars::is_han(c))
        .unwrap_or(rest.len());
    let head: String = rest[..clause_end].chars().take(8).collect();
    !PLAN_HEADS.iter().chain(RECURRING).any(|h| head.contains(h))
}

/// Words after the unit that make it a length of time.
pub const AFTER: &[&str] = &[
    "之内",
    "之內",
    "以内",
    "以內",
    "内",
    "內",
    "以来",
    "来",
    "期间",
    "时间",
    "的时间",
    "当中",
    "之间",
    "间",
    "之久",
    "了",
    "多",
    "以上",
    "以下",
    "或以上",
    "或以下",
    "之后",
    "之後",
    "以后",
    "以後",
];

/// Words after which `近` before a length of time means "nearly" (`历时近5年`,
/// `迄今已近 30 年`, `经过近三十年的斗争`, `用了近3年`). Elsewhere `近N年` is
/// the last N years up to now (`近5年来首次`, `近五年最高`, `內湖區近 5 年人口`),
/// a length with no qualifier.
pub const NEARLY_AFTER: &[&str] = &[
    "已经", "已", "经过", "经", "历时", "长达", "达", "用时", "耗时", "为期", "工期", "整整",
    "持续", "有", "了",
];

/// Characters that with a 内 before them make a word (`内资`, `内地`, `内容`,
/// `内部`, `内外`, `内蒙古`, `内陆`, `内需`, `内涵`, `内科`, `内心`, `内销`, `内存`,
/// `内幕`, `内阁`, `内控`, `内战`, `内衣`): after a length such a 内 is not
/// "within". (Not the segmenter's words: it reads `10日内向…提出` as 内向.)
const INNER_WORDS: &str = "资地容部外蒙陆需涵科河江心销存幕阁控战衣";

/// The qualifier of a length of time whose text starts at `start`: a lone `近`
/// there says "recent", not "nearly", unless a word of [`NEARLY_AFTER`] is
/// before it.
fn recent_not_nearly(cx: &Ctx, start: usize, q: Option<Qualifier>) -> Option<Qualifier> {
    if q != Some(Qualifier::Nearly) || !cx.s[start..].starts_with('近') {
        return q;
    }
    let before = cx.s[..start].trim_end_matches([' ', '\n', '\r']);
    if before.ends_with(['将', '接']) || NEARLY_AFTER.iter().any(|w| before.ends_with(w)) {
        q
    } else {
        None
    }
}

pub(crate) fn find(cx: &Ctx) -> Vec<Cand> {
    let mut out: Vec<Cand> = cx
        .nums
        .iter()
        .filter(|n| !ends_a_day_range(cx, n))
        .filter_map(|n| duration_at(cx, n).or_else(|| legal_length(cx, n)))
        .collect();
    // `三四年`, `三四十年`: a vague length is a range, approximate. (Not `几十年`,
    // `数十年`: "decades", said of a span that is not measured.)
    for (n, upper) in &cx.vague {
        if super::counts::is_paired_ordinal(cx, n)
            || cx.s[n.start..].starts_with(['几', '幾', '数', '數'])
        {
            continue;
        }
        if let Some(mut c) = duration_at(cx, n) {
            c.end_number = Some(*upper);
            c.qualifier = c.qualifier.or(Some(Qualifier::Approx));
            let at = out.partition_point(|o| o.range.start < c.range.start);
            out.insert(at, c);
        }
    }
    join_ranges(cx, &mut out);
    halves(cx, &mut out);
    out
}

/// Whether `n` ends a range of days (`4月8日至12日期间`: the 12th, not twelve
/// days, though `期间` follows).
fn ends_a_day_range(cx: &Ctx, n: &super::Num) -> bool {
    let head = cx.s[..n.start].trim_end_matches(' ');
    let Some(joined) = head.strip_suffix(['至', '到', '-', '—', '－', '~', '～']) else {
        return false;
    };
    let joined = joined.trim_end_matches(' ');
    // The start is a day of a month (`4月8日`), not a number of days (`5日至10日内`).
    let Some(day) = joined.strip_suffix(['日', '号']) else {
        return false;
    };
    let month = day
        .trim_end_matches(' ')
        .trim_end_matches(|c: char| {
            c.is_ascii_digit() || crate::chinese::numerals::is_cn_numeral_char(c)
        })
        .trim_end_matches(' ');
    month.ends_with('月')
        && cx.s[n.end..]
            .trim_start_matches(' ')
            .starts_with(['日', '号'])
}

/// Sentences, detention and restraints that a court or prosecutor measures out
/// (Simplified): a length follows them (`判處有期徒刑3年6月`, `延長羈押2月`,
/// `限制出境、出海8月`, `拘役50日`, `褫奪公權4年`). Taiwan's legal style writes months
/// there without 個, so `2月` is two months, not February, and `28年` no ROC year.
const MEASURED_OUT_BEFORE: &[&str] = &[
    "有期徒刑",
    "徒刑",
    "拘役",
    "羁押",
    "禁见",
    "出境",
    "出海",
    "住居",
    "褫夺公权",
    "缓刑",
    "监禁",
    "服刑",
    "刑期",
    "保护管束",
];

/// The penalty that may follow its length instead (`求處總計28年6月徒刑`).
const MEASURED_OUT_AFTER: &[&str] = &["有期徒刑", "徒刑", "拘役", "刑期", "监禁"];

/// The units of a length measured out: 個 may be dropped before 月.
const MEASURED_OUT_UNITS: &[(&str, &str)] = &[
    ("个月", "个月"),
    ("年", "年"),
    ("月", "个月"),
    ("日", "日"),
    ("天", "天"),
];

/// The unit right after number `n` (spaces aside) when it may measure a penalty:
/// (as written in the Simplified copy, normalized, end).
fn measured_out_unit(cx: &Ctx, n: &Num) -> Option<(&'static str, &'static str, usize)> {
    let p = cx.skip_spaces(n.end);
    MEASURED_OUT_UNITS
        .iter()
        .find(|(u, _)| cx.s[p..].starts_with(u))
        .map(|&(u, norm)| (u, norm, p + u.len()))
}

/// Is number `n` (an integer with a unit of [`MEASURED_OUT_UNITS`]) the length of
/// a sentence or restraint: right after one of [`MEASURED_OUT_BEFORE`], or after
/// another such length (`3年` + `6月`), or before one of [`MEASURED_OUT_AFTER`]
/// with only such lengths between?
pub(crate) fn measured_out(cx: &Ctx, n: &Num) -> bool {
    fn before(cx: &Ctx, n: &Num, depth: u8) -> bool {
        let b = cx.s[..n.start].trim_end_matches([' ', '\u{3000}']);
        if MEASURED_OUT_BEFORE.iter().any(|w| b.ends_with(w)) {
            return true;
        }
        // The length before this one, and its own cue.
        depth > 0
            && MEASURED_OUT_UNITS.iter().any(|(u, _)| {
                b.strip_suffix(u).is_some_and(|h| {
                    let h = h.trim_end_matches(' ');
                    let i = cx.num_index_from(h.len());
                    i > 0 && cx.nums[i - 1].end == h.len() && before(cx, &cx.nums[i - 1], depth - 1)
                })
            })
    }
    fn after(cx: &Ctx, n: &Num, depth: u8) -> bool {
        let Some((_, _, end)) = measured_out_unit(cx, n) else {
            return false;
        };
        let rest = &cx.s[cx.skip_spaces(end)..];
        if MEASURED_OUT_AFTER.iter().any(|w| rest.starts_with(w)) {
            return true;
        }
        depth > 0
            && cx
                .num_at(cx.skip_spaces(end))
                .is_some_and(|m| after(cx, &m, depth - 1))
    }
    // (A year of the calendar is no length measured out: `入出境2019年同比`.)
    let integer = n
        .numeral
        .is_some_and(|x| x.value.fract() == 0.0 && x.value > 0.0 && x.value < 1000.0);
    // (Nor is an ROC year: `出境106年同期`; no sentence runs to a hundred years.)
    let short = match measured_out_unit(cx, n) {
        Some(("年", _, _)) => n.value().is_some_and(|v| v < 100.0),
        Some(_) => true,
        None => false,
    };
    integer && short && (before(cx, n, 3) || after(cx, n, 3))
}

/// A length measured out ([`measured_out`]) that [`duration_at`] does not read:
/// `2月`, `28年` before `6月徒刑`.
fn legal_length(cx: &Ctx, n: &Num) -> Option<Cand> {
    if !measured_out(cx, n) || cx.is_ordinal(n) {
        return None;
    }
    let (_, norm, end) = measured_out_unit(cx, n)?;
    let (range, qualifier) = qualifiers::around(cx, n.start, end, None);
    let mut c = Cand::new(FactKind::Duration, range);
    c.value = n.value().and_then(number_value);
    c.unit = Some(cx.a.original(cx.skip_spaces(n.end)..end).to_string());
    c.unit_normalized = Some(norm.to_string());
    c.qualifier = qualifier;
    Some(c)
}

/// Does a month follow the year ending at `pos` (`5年3月`, `5 年 3 月`)? A
/// number that is no month (`过去 10年 4.5%的平均数`) leaves the years a length.
fn month_after(cx: &Ctx, pos: usize) -> bool {
    let at = cx.skip_spaces(pos);
    if !cx.s[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    cx.num_at(at).is_none_or(|m| {
        let u = cx.skip_spaces(m.end);
        m.value().is_none_or(|v| v <= 12.0) && cx.s[u..].starts_with(['月', '.', '/', '-'])
    })
}

/// Joiners of a range of lengths (`30天至90天`, `三至十年`).
const LENGTH_JOINERS: &[char] = &['至', '到', '~', '～', '-', '—', '－', '〜'];

/// Words between the first length of a range or a window and its joiner
/// (`90日内至30日前`, `3个月内至30日前`): the first length is a bound.
const WITHIN: &[&str] = &["之内", "以内", "内"];

/// Hours said colloquially, as the standard unit they stand for (`个钟头` →
/// `个小时`, `钟头` → `小时`).
fn colloquial_hours(unit: &str) -> Option<&'static str> {
    match unit {
        "个钟头" | "个钟点" | "个钟" => Some("个小时"),
        "钟头" => Some("小时"),
        _ => None,
    }
}

/// The family of a time unit: `天` and `日` count days alike.
fn unit_family(unit: &str) -> &str {
    match unit {
        "天" | "日" => "日",
        "个工作日" => "工作日",
        "个小时" => "小时",
        u if colloquial_hours(u).is_some() => "小时",
        "个星期" | "星期" => "周",
        u => u,
    }
}

/// The time unit at `pos` (past spaces and a hard wrap after an Arabic number).
fn unit_at(cx: &Ctx, n: &Num) -> Option<(&'static str, bool, usize)> {
    let x = n.numeral?;
    let p = cx.unit_gap(n.end, x.arabic);
    UNITS
        .iter()
        .find(|(u, _)| cx.s[p..].starts_with(u))
        .map(|&(u, cue)| (u, cue, p + u.len()))
}

/// The first length of a range of lengths whose joiner ends at `pos`
/// (`30天至`, `90日内至`, `3个月内至`): the family of its unit. A unit that also
/// names a point (`日`, `年`) is a length there only with `内` after it
/// (`5月3日至10日` is a range of days of the month).
fn length_before_joiner(cx: &Ctx, pos: usize) -> Option<&'static str> {
    let head = cx.s[..pos].trim_end_matches(' ');
    let head = head.strip_suffix(LENGTH_JOINERS)?.trim_end_matches(' ');
    let within = WITHIN.iter().find(|w| head.ends_with(**w));
    let head = within.map_or(head, |w| &head[..head.len() - w.len()]);
    let &(unit, needs_cue) = UNITS.iter().find(|(u, _)| head.ends_with(u))?;
    if needs_cue && within.is_none() {
        return None;
    }
    let num_end = head[..head.len() - unit.len()].trim_end_matches(' ').len();
    let i = cx.nums.partition_point(|n| n.end < num_end);
    let n = cx.nums.get(i).filter(|n| n.end == num_end)?;
    (n.numeral.is_some() && !cx.is_ordinal(n)).then_some(unit_family(unit))
}

/// Does the number `n` with its time unit close a range of lengths or a window
/// (`30天至90天`, `90日内至30日前`, `3个月内至30日前`)? A bare `至N日` after a
/// length of time is a length, never a day of the month.
pub(crate) fn ends_lengths(cx: &Ctx, n: &Num) -> bool {
    // `3天至2020年` ends at a year.
    unit_at(cx, n).is_some_and(|(u, _, _)| u != "年" || n.value().is_some_and(|v| v < 100.0))
        && length_before_joiner(cx, n.start).is_some()
}

/// The bare number before the joiner that ends right before `n` (`3至5`).
fn bare_start_of_range(cx: &Ctx, n: &Num) -> Option<Num> {
    let head = cx.s[..n.start].trim_end_matches(' ');
    let head = head.strip_suffix(LENGTH_JOINERS)?.trim_end_matches(' ');
    let i = cx.nums.partition_point(|m| m.end < head.len());
    let m = cx.nums.get(i).filter(|m| m.end == head.len())?;
    // `10月1至7日` is a range of days of a month.
    (m.numeral.is_some()
        && !cx.is_ordinal(m)
        && cx.numeral_starts_word(m)
        && !cx.s[..m.start]
            .trim_end_matches(' ')
            .ends_with(['月', '年', '日', '.', '/']))
    .then_some(*m)
}

/// Does a length in the same family of units follow the one ending at `end`
/// (`就职前30天至90天`, `届满前3个月内至30日前`), `内` between?
fn length_follows(cx: &Ctx, end: usize) -> bool {
    let rest = &cx.s[end..];
    let within = WITHIN
        .iter()
        .find(|w| rest.starts_with(**w))
        .map_or(0, |w| w.len());
    let Some(j) = cx.s[end + within..]
        .chars()
        .next()
        .filter(|c| LENGTH_JOINERS.contains(c))
    else {
        return false;
    };
    let at = cx.skip_spaces(end + within + j.len_utf8());
    cx.num_at(at).is_some_and(|m| ends_lengths(cx, &m))
}

/// Characters before `前` that make `前N个月` the first months of a year or a
/// month (`2022年前十一个月`, `本月前10天`), not a length before an event.
const CALENDAR_BEFORE_QIAN: &[char] = &['年', '月', '日', '季', '度', '周', '旬'];

/// Is `前` before the number at `start` the end of an event's word (`就职前`,
/// `届满前`): the length after it counts back from the event?
fn before_an_event(cx: &Ctx, start: usize) -> bool {
    let b = cx.s[..start].trim_end_matches(' ');
    let Some(head) = b.strip_suffix('前') else {
        return false;
    };
    head.chars()
        .next_back()
        .is_some_and(|c| crate::chinese::chars::is_han(c) && !CALENDAR_BEFORE_QIAN.contains(&c))
}

/// Is `后` before the number at `start` the end of an event's word (`结束后`,
/// `公布後`, `收到后`): a length within which something follows the event?
fn after_an_event(cx: &Ctx, start: usize) -> bool {
    let b = cx.s[..start].trim_end_matches(' ');
    let Some(head) = b.strip_suffix(['后', '後']) else {
        return false;
    };
    head.chars()
        .next_back()
        .is_some_and(|c| crate::chinese::chars::is_han(c) && !CALENDAR_BEFORE_QIAN.contains(&c))
        && !AFTER_A_POINT.iter().any(|w| b.ends_with(w))
}

/// Join a range of lengths written with a joiner (`30天至90天`: one range), and
/// a range of two Chinese counts sharing the unit (`三至十年`: a bare number,
/// the joiner, a length). A window whose bounds fall (`90日内至30日前`) stays two
/// lengths.
fn join_ranges(cx: &Ctx, out: &mut Vec<Cand>) {
    let mut k = 0;
    while k < out.len() {
        let start = out[k].range.start;
        let head = cx.s[..start].trim_end_matches(' ');
        let Some(joiner) = head
            .chars()
            .next_back()
            .filter(|c| LENGTH_JOINERS.contains(c))
        else {
            k += 1;
            continue;
        };
        let jstart = head.len() - joiner.len_utf8();
        let end_value = out[k]
            .value
            .as_ref()
            .and_then(crate::document::FactValue::as_f64);
        // The previous length ends at the joiner, in the same unit.
        if k > 0
            && out[k - 1].range.end == cx.s[..jstart].trim_end_matches(' ').len()
            && out[k - 1].unit_normalized == out[k].unit_normalized
            && out[k - 1].end_number.is_none()
            && out[k].end_number.is_none()
        {
            let first = out[k - 1]
                .value
                .as_ref()
                .and_then(crate::document::FactValue::as_f64);
            if let (Some(a), Some(b)) = (first, end_value) {
                if a < b {
                    let prev = out.remove(k - 1);
                    let c = &mut out[k - 1];
                    c.range.start = prev.range.start;
                    c.end_number = Some(b);
                    c.value = prev.value;
                    c.qualifier = prev.qualifier.or(c.qualifier);
                    continue;
                }
            }
        }
        // A bare count before the joiner, written as the end is (`三至十年`).
        let num_end = cx.s[..jstart].trim_end_matches(' ').len();
        let own = cx.nums.get(cx.num_index_from(start)).copied();
        let bare = own.and_then(|m| bare_start_of_range(cx, &m)).filter(|n| {
            n.end == num_end
                && (k == 0 || out[k - 1].range.end <= n.start)
                && n.numeral
                    .zip(own.and_then(|m| m.numeral))
                    .is_some_and(|(a, b)| a.arabic == b.arabic)
        });
        if let (Some(n), Some(b)) = (bare, end_value) {
            if out[k].end_number.is_none() && n.value().is_some_and(|a| a < b) {
                let c = &mut out[k];
                c.range.start = n.start;
                c.end_number = Some(b);
                c.value = n.value().and_then(number_value);
            }
        }
        k += 1;
    }
}

/// The count before `至` of a range of two Chinese counts with one time unit
/// (`刑度三至十年`, `三至五年内`): years are never written so (`二〇一〇` is
/// written digit by digit), so the range measures time.
fn chinese_count_range_before(cx: &Ctx, n: &Num) -> bool {
    let Some(x) = n.numeral.filter(|x| x.chinese && !x.arabic) else {
        return false;
    };
    if is_digit_string_num(cx, n) && x.chars > 1 {
        return false;
    }
    bare_start_of_range(cx, n).is_some_and(|m| {
        m.numeral
            .is_some_and(|y| y.chinese && !y.arabic && y.value < x.value)
            && !(is_digit_string_num(cx, &m) && m.end - m.start > 3)
    })
}

/// A numeral written digit by digit (`二〇一〇`, `五八`).
fn is_digit_string_num(cx: &Ctx, n: &Num) -> bool {
    cx.s[n.start..n.end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| crate::chinese::numerals::cn_digit(c).is_some())
}

/// Half a unit said without a number, as written and as normalized (`半年`,
/// `半个月`, `半小时`).
const HALVES: &[(&str, &str)] = &[
    ("半个小时", "小时"),
    ("半个钟头", "小时"),
    ("半个钟", "小时"),
    ("半个月", "个月"),
    ("半小时", "小时"),
    ("半年", "年"),
];

/// `半年`, `半个月`, `近半年来`: half a unit, a length of time, where a word
/// around it says so (as for `年`, [`BEFORE`], [`AFTER`]). Not a half of the
/// calendar (`上半年`, `下半月`, `前半年`), a part of a number (`一年半`, `两个半月`,
/// read with their number), a report or period (`半年报`, `半年度`, `半年末`) or an
/// idiom (`半年半载`).
fn halves(cx: &Ctx, out: &mut Vec<Cand>) {
    let stretch = &cx.s[cx.range.clone()];
    for (k, _) in stretch.match_indices('半') {
        let i = cx.range.start + k;
        let Some(&(word, unit)) = HALVES.iter().find(|(w, _)| cx.s[i..].starts_with(w)) else {
            continue;
        };
        let end = i + word.len();
        if cx
            .before(i)
            .is_some_and(|c| "上下前后後大多个年月天一二三四五六七八九十两0123456789".contains(c))
            || cx
                .at(end)
                .is_some_and(|c| "报度末底初中刊载期里".contains(c))
        {
            continue;
        }
        // As `年` after a number, only with a word that says a length (`历时半年`,
        // `近半个月`, `半年以来`): alone it is a reporting period (`半年总结`,
        // `半年一述职`).
        let before = cx.s[..i].trim_end_matches(' ');
        if !BEFORE.iter().any(|w| before.ends_with(w))
            && !AFTER.iter().any(|w| cx.s[end..].starts_with(w))
        {
            continue;
        }
        let (range, qualifier) = qualifiers::around(cx, i, end, None);
        let qualifier = recent_not_nearly(cx, range.start, qualifier);
        let mut c = Cand::new(FactKind::Duration, range);
        c.value = number_value(0.5);
        c.unit = Some(cx.a.original(i + '半'.len_utf8()..end).to_string());
        c.unit_normalized = Some(unit.to_string());
        c.qualifier = qualifier;
        out.push(c);
    }
}

fn duration_at(cx: &Ctx, n: &Num) -> Option<Cand> {
    if cx.is_ordinal(n)
        || cx.is_digit_pair(n)
        || super::rows::is_row_number(cx, n)
        || !cx.numeral_starts_word(n)
        || n.masked()
    {
        return None;
    }
    // `3天前`, `两年前`: a date counted back from the reference date.
    if super::dates::is_ago(cx, n) {
        return None;
    }
    let x = n.numeral?;
    // `二十多年`, `十几年`, `20 几个月`, `三十来年`: a word between the number and
    // its unit makes the count approximate, and a length (a year of the calendar
    // is never written so).
    let infix = qualifiers::infix(
        cx.s,
        if x.arabic {
            cx.skip_spaces(n.end)
        } else {
            n.end
        },
    )
    .filter(|&(e, _)| unit_word_at(cx, e).is_some());
    let p = match infix {
        Some((e, _)) => e,
        None => cx.unit_gap(n.end, x.arabic),
    };
    let rest = cx.s.get(p..)?;
    // `一个半月`, `两个半小时`: half a unit more, inside the unit.
    let half_inside = rest.strip_prefix("个半").and_then(|r| {
        UNITS
            .iter()
            .find(|(u, _)| u.starts_with('个') && r.starts_with(&u[3..]))
    });
    // `两个多月`, `一个多小时`: the approximating word inside the unit.
    let infix_inside = rest
        .strip_prefix("个")
        .and_then(|r| qualifiers::infix(r, 0).map(|(e, q)| (&r[e..], e, q)))
        .and_then(|(r, e, q)| {
            UNITS
                .iter()
                .find(|(u, _)| u.starts_with('个') && r.starts_with(&u[3..]))
                .map(|u| (u, e, q))
        });
    let ((unit, needs_cue), unit_end) = match (half_inside, infix_inside) {
        // The unit as written: `个半月` for `个月`.
        (Some(&(u, _)), _) => ((u, false), p + "个半".len() + u.len() - "个".len()),
        (None, Some((&(u, _), e, _))) => ((u, false), p + e + u.len()),
        (None, None) => unit_word_at(cx, p).or_else(|| latin_unit_at(cx, n, p))?,
    };
    // Bare `个钟` is hours only after a verb of spending time (`起碼要4個鐘`,
    // `等咗兩個鐘`); else clocks (`挂着两个钟`, `3个钟表`).
    if unit == "个钟" {
        let before = cx.s[..n.start].trim_end_matches([' ', '了', '咗', '过', '左']);
        let spends = before
            .chars()
            .next_back()
            .is_some_and(|c| "要等用花排开搭坐行做睇返足近".contains(c));
        if !spends || cx.s[unit_end..].starts_with(['表', '楼', '声', '乳', '摆', '塔', '点'])
        {
            return None;
        }
    }
    // `一个星期五的下午`: a weekday (`星期五`, `周日`, `周末` as a word), no length
    // of weeks (`连续3周日均客流` keeps its weeks: `日均` is the word).
    if (unit.ends_with("星期") || unit == "周")
        && !cx.s[unit_end..].starts_with("日均")
        && cx
            .token_at(unit_end - '期'.len_utf8())
            .filter(|t| t.start < unit_end && t.end > unit_end)
            .is_some_and(|t| {
                let w = &cx.s[t.start..t.end];
                (w.starts_with("星期") || w.starts_with('周'))
                    && w.chars()
                        .next_back()
                        .is_some_and(|c| "一二三四五六日天末".contains(c))
            })
    {
        return None;
    }
    let inside_q = infix_inside
        .map(|(_, _, q)| q)
        .filter(|_| half_inside.is_none());
    let after = &cx.s[unit_end..];
    // 3周年 is an anniversary, 5年级 a school year, 3日起 a start date; 14周岁
    // (Traditional 周歲/週歲) an age in full years, no weeks.
    if (unit == "周" || unit == "年")
        && after.starts_with(['年', '级', '度', '代', '初', '底', '末'])
        || unit == "周" && after.starts_with('岁')
    {
        return None;
    }
    if names_a_zone(after) {
        return None;
    }
    // `十多年前`: a time counted back, not a length.
    if (infix.is_some() || inside_q.is_some()) && after.starts_with('前') {
        return None;
    }
    // `14个年度计划`, `这两个年度计划`, `59个年度重大项目`: 年度 says "annual" of
    // the noun after it, and the number counts plans or projects.
    if FISCAL_UNITS.contains(&unit) && !ends_a_stretch_of_years(cx, unit_end) {
        return None;
    }
    // `三十万日元`, `日圆`: 日 heads the yen's name.
    if unit == "日" && after.starts_with(['元', '圆']) {
        return None;
    }
    let before = &cx.s[..n.start];
    // `2022年前十一个月`, `最后4个月`, `头3天`: a period of the calendar, not a length.
    // `07年以后`: a number written with a leading zero is a year cut short, never a
    // count of years.
    if x.arabic && cx.s[n.start..n.end].starts_with('0') && n.end - n.start >= 2 {
        return None;
    }
    let b = before.trim_end_matches(' ');
    // `就职前30天至90天`, `届满前90日内`: a length counted back from an event,
    // bounded by `内` or by a second length.
    // So are days before an event alone (`考试前4天将试卷交教务处`), and a length
    // within which something follows an event (`考试结束后5个工作日内`, `公布後1個月內`).
    let within = WITHIN.iter().any(|w| after.starts_with(w));
    let days = matches!(unit_family(unit), "日" | "工作日" | "小时");
    // (`去年的前10天` alone: the first days of a time.)
    let first_days = b.ends_with("的前");
    let before_event = before_an_event(cx, n.start)
        && (within || days && !first_days || length_follows(cx, unit_end));
    let after_event = within && after_an_event(cx, n.start);
    if (b.ends_with(['前', '后', '後', '头', '頭', '首']) || b.ends_with("最后"))
        && !SHIFT_VERBS.iter().any(|w| b.ends_with(w))
        && !AFTER_A_POINT.iter().any(|w| b.ends_with(w))
        && !before_event
        && !after_event
    {
        return None;
    }
    // Taiwan's style spaces the number off: `歷時長達 115 年`.
    // (`不到十年前`: a bound before an offset to a point, `前`/`后` after the unit.)
    let bounded_offset = ["不到", "不足", "将近"]
        .iter()
        .any(|w| cx.s[..n.start].trim_end_matches(' ').ends_with(w))
        && after.starts_with(['前', '后', '後']);
    let cue_before = length_cue_before(cx.s, n.start) && !bounded_offset
        || wrapped_cue_before(cx, n.start)
        || ends_lengths(cx, n)
        || chinese_count_range_before(cx, n)
        // `未来3至5年`: the cue stands before the range's first number.
        || bare_start_of_range(cx, n).is_some_and(|m| length_cue_before(cx.s, m.start))
        // `近4、5年`: and before the first of a pair.
        || approximate_pair_before(cx, n).is_some_and(|(at, _)| length_cue_before(cx.s, at))
        || (needs_cue && length_follows(cx, unit_end))
        // `延长至5年`, `缩短到3天`: the length a time is stretched or cut to (not a
        // day of the month a date is put off to, `推迟至17日`).
        || unit != "日" && STRETCH_TO_VERBS.iter().any(|v| {
            cx.s[..n.start]
                .trim_end_matches(' ')
                .strip_suffix(['至', '到'])
                .is_some_and(|b| b.ends_with(v))
        })
        // `1.5年`, `8.26年`: a fraction of a year is a length; the calendar counts
        // years whole. (Not of a day: `11.14日` is November 14th; nor three
        // decimals, a list's number run into an ROC year: `11.105 年`.)
        || (unit == "年" && x.arabic && fraction_digits(&cx.s[n.start..n.end]).is_some_and(|d| (1..=2).contains(&d)))
        || changed_length(cx, n, unit, unit_end);
    // `一年半`, `三天半`: half a unit more (not the idiom `一年半载`, nor a half of
    // the calendar after a year: `2019年半年报`).
    let half_after = after.starts_with('半')
        && !after.starts_with("半载")
        && !after['半'.len_utf8()..].starts_with(['年', '月', '个', '天', '小']);
    let half = half_inside.is_some() || half_after;
    // A half says a length too (`两年半`, `一个半月`).
    // A length qualifying a noun or a nominalized verb says it measures time
    // (`一小时的演讲时间`, `三天的会议`, `两周的培训`), with a unit that only
    // measures time.
    let of_a_noun = !needs_cue
        && after.starts_with('的')
        && cx
            .token_at(unit_end + '的'.len_utf8())
            .filter(|t| t.start == unit_end + '的'.len_utf8())
            .is_some_and(|t| {
                let tag = cx.tag(t);
                tag.is_noun() || tag.as_str().starts_with('v')
            });
    // `在兩年後提出`: a length after which something happens (`後` alone as
    // `之後`, where it is no date: see `dates::is_ago`); not a word in 后
    // (`后期`, `后续`, `后来`).
    let later = after
        .strip_prefix(['后', '後'])
        .is_some_and(|r| !r.starts_with(NOT_LATER));
    // `以10年为一周期`, `以一年为期`: a length taken as the measure of something.
    let as_measure = b.ends_with('以') && after.trim_start_matches(' ').starts_with(['为', '為']);
    // `做了两年`, `住了两年`: how long an action lasted; not `工作一天连着一天`,
    // `一年比一年`, day after day.
    // A lone 百 or 千 is an idiom's (`坚持百年大计`); a hundred years and more,
    // a year of the ROC calendar (`执行了105年预算`).
    let big = n.value().is_some_and(|v| v >= 100.0) && (x.chars == 1 || unit == "年");
    let durative = durative_verb_before(cx, n.start)
        && !big
        && !after.chars().take(4).collect::<String>().contains(unit);
    let cue_after = half
        || infix.is_some()
        || durative
        || of_a_noun
        || later
        || as_measure
        || AFTER.iter().any(|w| after.starts_with(w))
        // `6年或` + wrap + `以上`: a bound after a wrap.
        || qualifiers::suffix(cx, unit_end).is_some_and(|(_, q)| {
            matches!(q, Qualifier::AtLeast | Qualifier::AtMost | Qualifier::MoreThan)
                // `三年左右`, `一个月左右`; `7日左右` is a day of the month.
                || q == Qualifier::Approx && unit != "日"
        });
    // `这一年`, `那一天`: a demonstrative with 一 points at one year or day (this
    // year), it does not measure one (`这五年` does measure five, and `这一年来`
    // is the length of time up to now).
    // So does one after such a word and 的 (`过去的一年，是…的一年`: last year).
    let pointing = b.ends_with('这')
        || b.ends_with('那')
        || b.strip_suffix('的')
            .is_some_and(|b| STRETCH_WORDS.iter().any(|w| b.ends_with(w)));
    if pointing && n.value() == Some(1.0) && !cue_after {
        return None;
    }
    // `一个学年的第一课`, `一年的第一天`: one unit whose first part is named, not a
    // length measured.
    if n.value() == Some(1.0)
        && after
            .strip_prefix('的')
            .is_some_and(|r| r.starts_with('第'))
    {
        return None;
    }
    // `最多的一年了`, `不平凡的一年`, `最忙的一个月`: one year or month that a
    // phrase before 的 describes, pointed at and not measured.
    // (`从本次人代会到下次人代会的一年间` measures the year between.)
    if b.ends_with('的') && n.value() == Some(1.0) && !x.arabic && !after.starts_with(['间', '間'])
    {
        return None;
    }
    // `兩、三小時`, `三、五天`: two single digits, the smaller first, give a pair of
    // approximate values, a range of lengths.
    let single_digit = if x.arabic {
        x.chars == 1 && !x.chinese
    } else {
        x.chinese && x.is_single_cn_digit()
    };
    let pair = ((!needs_cue || cue_before || cue_after) && !half && single_digit)
        .then(|| approximate_pair_before(cx, n))
        .flatten();
    // (A single Chinese digit says little alone, `一天` is also "one day, some
    // day"; with a classifier, `三个月`, `两个小时`, it counts units of time.)
    let bare_digit = x.chinese && !x.arabic && x.is_single_cn_digit() && !unit.starts_with('个');
    if (needs_cue || bare_digit)
        && !(cue_before || cue_after || pair.is_some())
        && (pointing || !years_before_a_verb(cx, n, unit, unit_end))
    {
        return None;
    }
    // A year before a month (`5年3月`), a calendar year (`2020年以来`) or a day of
    // a month (`9月5日`) is a date.
    if unit == "年"
        && (month_after(cx, unit_end)
            || n.value().is_some_and(|v| {
                // In a Taiwan document `105 年` is an ROC year unless a word
                // before it makes it a length (`長達 115 年`).
                infix.is_none() && (v >= 1000.0 || (cx.taiwan && v >= 60.0 && !cue_before))
            })
            || before.ends_with("民国")
            || before.ends_with("公元"))
    {
        return None;
    }
    if unit == "日" && cx.s[..n.start].trim_end_matches(' ').ends_with('月') && !cue_before {
        return None;
    }
    let end = if half_after {
        unit_end + '半'.len_utf8()
    } else {
        unit_end
    };
    let qualifier = x
        .more_than
        .then_some(Qualifier::MoreThan)
        .or(infix.map(|(_, q)| q))
        .or(inside_q);
    let start = pair.map_or(n.start, |(at, _)| at);
    let (mut range, mut qualifier) = qualifiers::around(cx, start, end, qualifier);
    // `14天内`, `3个工作日内`: a bare 内 bounds a length as 以内 does, unless it
    // starts another word (`5年内资企业`, `3天内容`) or opens a window
    // (`90日內至30日`) or a window before an event (`任職前一年內`).
    if range.end == end
        && !cx.s[..range.start].trim_end_matches(' ').ends_with('前')
        && cx.s[end..].starts_with('内')
        && !cx.s[end + '内'.len_utf8()..]
            .starts_with(|c: char| INNER_WORDS.contains(c) || matches!(c, '至' | '到'))
    {
        range.end = end + '内'.len_utf8();
        qualifier = Some(Qualifier::AtMost);
    }
    // `近 10 余年`: the last ten-odd years, more than ten.
    let qualifier = recent_not_nearly(cx, range.start, qualifier).or(infix.map(|(_, q)| q));
    let mut c = Cand::new(FactKind::Duration, range);
    c.value = n
        .value()
        .map(|v| if half { v + 0.5 } else { v })
        .and_then(number_value);
    if let Some((_, low)) = pair {
        c.end_number = n.value();
        c.value = number_value(low);
    }
    // A unit cut by a hard wrap is given as a reader reads it, in one piece.
    let written: String =
        cx.a.original(p..unit_end)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
    c.unit = Some(written);
    let unit = colloquial_hours(unit).unwrap_or(unit);
    c.unit_normalized = Some(unit.to_string());
    // (Two digits for one length are about so long.)
    c.qualifier = qualifier.or(pair.map(|_| Qualifier::Approx));
    Some(c)
}

/// Verbs that change a length without being verbs of change of their own
/// (`由3年延长至5年`, `调整为15天`); the others are those of `dicts/changes.tsv`
/// (`从13.5年提高到14年`, `由30天压缩为15天`).
const LENGTH_VERBS: &[&str] = &["延长", "调整", "延", "缩"];

/// The words changing a length up to the number after them, and where that
/// number starts (`提高到14年` → the position of `14`).
fn change_to_at(s: &str, pos: usize) -> Option<usize> {
    let r = &s[pos..];
    let verb = super::changes::verb_starting(r)
        .or_else(|| LENGTH_VERBS.iter().copied().find(|v| r.starts_with(*v)))?;
    let r2 = &r[verb.len()..];
    let joiner = ['到', '至', '为']
        .into_iter()
        .find(|&c| r2.starts_with(c))?;
    let at = pos + verb.len() + joiner.len_utf8();
    Some(at + (s[at..].len() - s[at..].trim_start_matches(' ').len()))
}

/// A length changed from one value to another, both with the same unit of
/// time: `从13.5年提高到14年`, `由3年延长至5年`, `由30天压缩为15天`. The pair
/// makes both numbers lengths, the first after `从`/`由`. (Not days, which are
/// days of a month moved, `由10日推迟到15日`, nor years of a calendar.)
fn changed_length(cx: &Ctx, n: &Num, unit: &str, unit_end: usize) -> bool {
    if unit == "日" || n.value().is_none_or(|v| v >= 60.0) {
        return false;
    }
    let same_unit_at = |m: &Num| {
        m.numeral.is_some_and(|x| {
            let p = cx.unit_gap(m.end, x.arabic);
            unit_word_at(cx, p).is_some_and(|((u, _), _)| u == unit)
        }) && m.value().is_some_and(|v| v < 60.0)
    };
    let from_before = |start: usize| {
        cx.s[..start]
            .trim_end_matches(' ')
            .ends_with(['从', '由', '從'])
    };
    // The first: `从` before it, the change and a second length after it.
    if from_before(n.start) {
        if let Some(at) = change_to_at(cx.s, unit_end) {
            let i = cx.nums.partition_point(|m| m.start < at);
            if cx
                .nums
                .get(i)
                .is_some_and(|m| m.start == at && same_unit_at(m))
            {
                return true;
            }
        }
    }
    // The second: a length after `从` and the change before it.
    let i = cx.nums.partition_point(|m| m.start < n.start);
    cx.nums[..i].iter().rev().take(2).any(|m| {
        from_before(m.start)
            && same_unit_at(m)
            && m.numeral.is_some_and(|x| {
                let p = cx.unit_gap(m.end, x.arabic);
                unit_word_at(cx, p).is_some_and(|(_, e)| change_to_at(cx.s, e) == Some(n.start))
            })
    })
}

/// Units of time written in Latin letters, longest first, and the unit each
/// stands for (an agenda's `（20 min）`, `24h`).
pub(crate) const LATIN_UNITS: &[(&str, &str)] = &[
    ("minutes", "分钟"),
    ("minute", "分钟"),
    ("hours", "小时"),
    ("hour", "小时"),
    ("weeks", "周"),
    ("week", "周"),
    ("days", "天"),
    ("day", "天"),
    ("mins", "分钟"),
    ("min", "分钟"),
    ("hrs", "小时"),
    ("hr", "小时"),
    ("h", "小时"),
];

/// Whether `r` opens with the unit `w`: any case but a lone `h`, which is only
/// lower case (`3H` names a system, `24h` is hours).
pub(crate) fn latin_unit_is(r: &[u8], w: &str) -> bool {
    r.len() >= w.len()
        && if w.len() == 1 {
            r[..1] == *w.as_bytes()
        } else {
            r[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        }
}

/// A unit of [`LATIN_UNITS`] at `p` after the digits of `n`, as a word of its own
/// (not `5 h5`, `3 minimum`, `H5`): the unit it stands for and where it ends.
fn latin_unit_at(cx: &Ctx, n: &Num, p: usize) -> Option<((&'static str, bool), usize)> {
    // (Asked after most numbers: a letter must follow first.)
    if !cx.s.as_bytes().get(p).is_some_and(u8::is_ascii_alphabetic)
        || !n.numeral.is_some_and(|x| x.arabic && !x.chinese)
        || cx
            .before(n.start)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '+' | '='))
    {
        return None;
    }
    let r = &cx.s.as_bytes()[p..];
    let &(w, unit) = LATIN_UNITS.iter().find(|(w, _)| latin_unit_is(r, w))?;
    let end = p + w.len();
    if cx.s[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(((unit, false), end))
}

/// The time unit of [`UNITS`] at `p`, and where it ends: a unit of several
/// characters may be cut by a hard wrap (`過去3個財政` + wrap + `年度`).
fn unit_word_at(cx: &Ctx, p: usize) -> Option<((&'static str, bool), usize)> {
    super::wraps::lexicon_word_at(cx, p, |r| {
        UNITS
            .iter()
            .find(|(u, _)| r.starts_with(u))
            .map(|&(u, cue)| (u.len(), (u, cue)))
    })
    .map(|(end, unit)| (unit, end))
}

#[cfg(test)]
mod tests {
    use crate::document::{FactKind, Qualifier};
    use crate::facts::facts_of;

    fn durations(t: &str) -> Vec<(String, f64, String)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Duration)
            .map(|f| {
                (
                    f.text,
                    f.value.and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
                    f.unit.unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Two rising digits with no place word between them are an approximate
    /// length, never one number (`五六天` is five or six days, not 56): with or
    /// without `、`, in either script, with a place word after them (national
    /// government work reports, ../shared/corpus/reports/cn-national-gwr:
    /// 1955 `一、二年内`, 1981 `两三年内`, 1995 `二三十年`). Not ordinals
    /// (`第三四`), not "decades" (`几十年`), not lengths each of their own
    /// (`分别为4、5年`).
    /// Hours said colloquially (`三个钟头`) and in Cantonese (眾新聞 2017-08-10:
    /// `起碼要4個鐘先有得睇醫生`) are lengths in hours; a clock is none.
    #[test]
    fn colloquial_hours() {
        assert_eq!(
            durations("起碼要4個鐘先有得睇醫生"),
            [("4個鐘".into(), 4.0, "個鐘".into())]
        );
        assert_eq!(
            durations("开了三个钟头的会"),
            [("三个钟头".into(), 3.0, "个钟头".into())]
        );
        assert!(durations("买了3个钟表").is_empty());
        assert!(durations("教堂里挂着两个钟。").is_empty());
        assert!(durations("敲了3个钟").is_empty());
        let f = crate::facts::facts_of("等了4個鐘頭");
        assert_eq!(f[0].unit_normalized.as_deref(), Some("个小时"));
    }

    #[test]
    fn vague_pairs_of_digits() {
        type Length = (String, Option<f64>, Option<f64>, Option<Qualifier>);
        let range = |t: &str| -> Vec<Length> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| {
                    let v = f.value.and_then(|v| v.as_f64());
                    (f.text, v, f.end.and_then(|v| v.as_f64()), f.qualifier)
                })
                .collect()
        };
        let approx = Some(Qualifier::Approx);
        assert_eq!(
            range("每天工作七八个小时。"),
            [("七八个小时".into(), Some(7.0), Some(8.0), approx)]
        );
        assert_eq!(
            range("会期五六天。"),
            [("五六天".into(), Some(5.0), Some(6.0), approx)]
        );
        assert_eq!(
            range("近三四年来，全县新增企业300家。")[0].1
                ..range("近三四年来，全县新增企业300家。")[0].2,
            Some(3.0)..Some(4.0)
        );
        assert_eq!(
            range("然后再经过二三十年时间的努力。"),
            [("二三十年".into(), Some(20.0), Some(30.0), approx)]
        );
        assert_eq!(
            range("准备在两三年内，分批完成。"),
            [(
                "两三年内".into(),
                Some(2.0),
                Some(3.0),
                Some(Qualifier::AtMost)
            )]
        );
        assert_eq!(
            range("合作社在初建的一、二年内，如果办得不坏。"),
            [(
                "一、二年内".into(),
                Some(1.0),
                Some(2.0),
                Some(Qualifier::AtMost)
            )]
        );
        assert_eq!(
            range("近4、5年来，产量翻番。"),
            [("近4、5年".into(), Some(4.0), Some(5.0), approx)]
        );
        assert!(range("至少还需要几十年时间。").is_empty());
        assert!(range("第三四名分别获奖。").is_empty());
        assert!(range("学制分别为4、5年。").iter().all(|f| f.2.is_none()));
    }

    /// One year or month that a phrase before 的 describes is pointed at, not
    /// measured (a year-end review, judged unseen: `提 PR 最多的一年了`), unless
    /// a span holds it (gwr-national-1987: `到下次人代会的一年间`).
    #[test]
    fn a_described_year_is_no_length() {
        assert!(durations("24 年应该是我提 PR 最多的一年了。").is_empty());
        assert!(durations("这是最忙的一个月。").is_empty());
        assert_eq!(
            durations("在本次人代会到下次人代会的一年间，集中力量办几件事。").len(),
            1
        );
    }

    /// Time in office, at work or online, less than or nearly a length, and a
    /// term's length after its name and a copula (總統府's release of 2010-03-01:
    /// `執政8年`, `不到2年`; the PFCC hackathon report of 2023-11: `上线4周`; the
    /// Paddle contributors' minutes of 2023-11-16: `任期为一年`; the Legislative
    /// Yuan's proceedings, ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090202.txt:
    /// `執政百日`). Not an idiom's 百年 (`坚持百年大计`), not a year.
    #[test]
    fn time_in_office_and_terms() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(d("民進黨執政8年，不到2年就換了三任。"), ["8年", "不到2年"]);
        assert_eq!(d("活动上线4周，直播圆满收官。"), ["4周"]);
        assert_eq!(d("轮值主席任期为一年，有效期为3年。"), ["一年", "3年"]);
        assert_eq!(d("民眾對政府執政百日的評分。"), ["百日"]);
        assert!(d("所有工程都要坚持百年大计。运行2020年度计划。").is_empty());
        // A bound before an offset to a point is no length (`不到十年前`).
        assert!(d("不到十年前，这里还是荒地。").is_empty());
    }

    /// Past fiscal years joined to the present one (a LegCo question of
    /// 2015-11-25: `過去五個財政年度及本財政年度至今`) are a length.
    #[test]
    fn past_fiscal_years_joined_to_the_present_one() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(
            d("(二)過去五個財政年度及本財政年度至今,每年的數目;"),
            ["五個財政年度"]
        );
    }

    /// Days before an event (a university's exam notice: `考试前4天将试卷交教务处`)
    /// and a length within which something follows one (`考试结束后5个工作日内`,
    /// Taiwan's `公布後1個月內`) are lengths; not the first days of a time
    /// (`去年的前10天`).
    #[test]
    fn lengths_before_and_after_an_event() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(d("于考试前4天将试卷交教务处。"), ["4天"]);
        assert_eq!(
            d("各科考试结束后5个工作日内将成绩单交教务处。公布後1個月內完成。"),
            ["5个工作日内", "1個月內"]
        );
        assert!(d("他们在去年的前10天访问了巴黎").is_empty());
    }

    /// A range of lengths with a joiner is one fact (`30天至90天`, `三至十年`); a
    /// window counted back from an event (`前90日内至30日前`) is two lengths; a
    /// day count after a length is a length, never a day of the month.
    #[test]
    fn ranges_and_windows_of_lengths() {
        let r = |t: &str| -> Vec<(String, f64, Option<f64>)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| {
                    (
                        f.text,
                        f.value.and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
                        f.end.and_then(|v| v.as_f64()),
                    )
                })
                .collect()
        };
        let one = |t: &str, v: f64, e: f64| (t.to_string(), v, Some(e));
        let len = |t: &str, v: f64| (t.to_string(), v, None);
        // A Legislative Yuan committee record (8th term, interior committee,
        // the Ministry of the Interior's and the CEC's reports on the election law).
        assert_eq!(
            r("修正總統、副總統的投票應於總統、副總統就職前30天至90天舉行。"),
            [one("30天至90天", 30.0, 90.0)]
        );
        assert_eq!(
            r("將總統、副總統選舉期程期限由30天修正為90日內至30日完成，"),
            [len("30天", 30.0), len("90日", 90.0), len("30日", 30.0)]
        );
        assert!(facts_of("期限由30天修正為90日內至30日完成，")
            .iter()
            .all(|f| f.kind != FactKind::Date));
        assert_eq!(
            r("修正為「任期屆滿前3個月內至30日前」，"),
            [len("3個月", 3.0), len("30日", 30.0)]
        );
        assert_eq!(
            r("有關總統、副總統選舉於任期屆滿前90日內至30日前完成選舉投票部分"),
            [len("90日", 90.0), len("30日", 30.0)]
        );
        assert_eq!(
            r("否則現有行賄罪刑度三至十年，因為"),
            [one("三至十年", 3.0, 10.0)]
        );
        // Legislative Yuan proceedings (../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_090415.txt, LCEWC03_090216.txt, LCEWC03_090204.txt,
        // LCEWC03_09030102.txt).
        assert_eq!(
            r("要有三至五天區隔，以利考生應考。"),
            [one("三至五天", 3.0, 5.0)]
        );
        assert_eq!(
            r("約較公務人員及教育人員提前 6 至 8 年產生累積虧損"),
            [one("6 至 8 年", 6.0, 8.0)]
        );
        assert_eq!(r("皆應於任職前一年內接受訓練"), [len("一年", 1.0)]);
        assert_eq!(r("且於退休前五年內有申請延長病假"), [len("五年", 5.0)]);
        // Government work reports (../shared/corpus/reports/cn-city-gwr/city-121.txt,
        // city-028.txt, cn-national-gwr/gwr-national-2001.txt).
        assert_eq!(
            r("企业出口退税周期缩短5—20天。"),
            [one("5—20天", 5.0, 20.0)]
        );
        assert_eq!(r("用3—5年时间，集聚人才"), [one("3—5年", 3.0, 5.0)]);
        assert_eq!(
            r("展望新世纪初的国内外形势，未来五到十年，是"),
            [one("五到十年", 5.0, 10.0)]
        );
        // Days of a month and the first months of a year stay in the calendar.
        assert!(r("会议于5月3日至10日举行。").is_empty());
        assert!(r("十月一至七日放假。").is_empty());
        assert!(r("2022年前十一个月至今").is_empty());
        assert!(r("2019至2021年，全市").is_empty());
    }

    /// A number after `N年` that is no month leaves the years a length
    /// (`过去 10年 4.5%`); one that is a month makes a date (`5年3月`).
    #[test]
    fn years_before_a_number_that_is_no_month() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        // The Legislative Council's budget speech of 2013-02-27 (PDF text).
        assert_eq!(
            d("全年只增長 1.4%，遠低於過去 10年 4.5%的平均數。"),
            ["10年"]
        );
        // ../shared/corpus/reports/cn-city-gwr/city-128.txt,
        // tw-ly-proceedings/LCEWC03_090109.txt.
        assert_eq!(d("国省控断面水质优良率连续5年100%，高标准完成"), ["5年"]);
        assert_eq!(
            d("近 10 年 15 歲至 24 歲青少年自殺死亡人數雖已減少三成"),
            ["近 10 年"]
        );
        assert!(d("过去5年3月起施行").is_empty());
    }

    /// Verbs that move or stretch a time take a length (`押後 562日`, `提前两年`,
    /// `延长30年`); a unit that only measures time before `的` and a noun is a
    /// length even with a single Chinese digit (`一小时的演讲时间`).
    #[test]
    fn shifted_times_and_lengths_of_a_noun() {
        let d = |t: &str| -> Vec<(String, f64)> {
            durations(t).into_iter().map(|x| (x.0, x.1)).collect()
        };
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0529-translate-c.txt.
        assert_eq!(
            d("預計西九龍總站的竣工日期要押後 562日，有關承建"),
            [("562日".to_string(), 562.0)]
        );
        // ../shared/corpus/reports: cn-provincial-gwr-2026/prov-2026-12,
        // cn-city-gwr/city-110, cn-city-gwr/city-007.
        assert_eq!(
            d("提前两年完成病险水库除险加固任务。"),
            [("两年".to_string(), 2.0)]
        );
        assert_eq!(
            d("启动第二轮土地承包到期后再延长30年整省试点。"),
            [("30年".to_string(), 30.0)]
        );
        assert_eq!(d("扬水工程提前2年通水")[0].1, 2.0);
        // ustclug/website@197033053765990e05d8acf31afe36992493553d:
        // pages/_news/2014/2014-08-31-…-lug-工作会议.md (both 一周 are read), and
        // cn-national-gwr/gwr-national-1954 (`进行了三天的讨论`).
        assert_eq!(d("一小时的演讲时间太长")[0], ("一小时".to_string(), 1.0));
        assert_eq!(d("海报至少提前一周、持续一周的时间").len(), 2);
        assert_eq!(d("並進行了三天的討論以後")[0].1, 3.0);
        // Not a length: a year after 提前 (`提前到2025年` is a date).
        assert!(d("力争提前到2025年实现").is_empty());
    }

    /// `近N年` is the last N years, a length with no qualifier; after a word that
    /// measures elapsed time, `近` is "nearly".
    #[test]
    fn recent_years_and_nearly() {
        use crate::document::Qualifier::Nearly;
        let q = |t: &str| {
            let f: Vec<_> = facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .collect();
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            (
                f[0].text.clone(),
                f[0].value.clone().and_then(|v| v.as_f64()),
                f[0].qualifier,
            )
        };
        // johnlinp/neihu-urban-planning@874e25b1eed43f5d7b6b0000096200ed29e9da8b:
        // chapter-3/section-1.md (a table title).
        assert_eq!(
            q("表 3-3  內湖區近 5 年人口年齡分佈表"),
            ("近 5 年".into(), Some(5.0), None)
        );
        // ../shared/corpus/reports/cn-city-gwr/city-060.txt and city-011.txt.
        assert_eq!(q("浓度下降2.7％，近5年来首次消除重污染天气").2, None);
        assert_eq!(q("死亡人数是近14年最少的一年").2, None);
        // Nearly: ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09010101.txt,
        // cn-national-gwr/gwr-national-1979.txt.
        assert_eq!(
            q("之時間為民國 78 年，迄今已近 30 年"),
            ("近 30 年".into(), Some(30.0), Some(Nearly))
        );
        assert_eq!(q("经过近三十年的斗争和教育").2, Some(Nearly));
        assert_eq!(q("历时近5年").2, Some(Nearly));
        assert_eq!(q("將近十年").2, Some(Nearly));
    }

    /// `周岁` (周歲, 週歲) is an age in full years, not a number of weeks.
    #[test]
    fn an_age_is_no_weeks() {
        for t in [
            // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
            // data/txt/12-13-cm0424-translate-c.txt.
            "香港身份證時未滿 14周歲的內地居民",
            // ../shared/corpus/reports/cn-city-gwr/city-016.txt and city-068.txt.
            "为1500名14周岁以内残疾儿童提供康复救助",
            "全面实现适龄儿童年满6周岁入学",
            "未滿十八週歲者",
        ] {
            assert!(durations(t).is_empty(), "{t}: {:?}", durations(t));
        }
        // A number of weeks still is one.
        assert_eq!(durations("连续3周")[0].1, 3.0);
    }

    /// Nokia's results in the news (2011): 在最近一年半以来首次陷入亏损.
    #[test]
    fn half_a_unit_more() {
        let f = durations("诺基亚在最近一年半以来首次陷入亏损，工期三天半。");
        assert_eq!(f[0].0, "一年半");
        assert_eq!(f[0].1, 1.5);
        assert_eq!(f[0].2, "年");
        assert_eq!(f[1].1, 3.5);
        assert!(durations("一年半载").iter().all(|d| d.1 != 1.5));
    }

    /// From a financial digest (`连续5日`), a county plan (`工期26个月`, `未来5年`),
    /// a Legislative Yuan motion (`12日之內`), meeting minutes (`3天`, `48小时`).
    #[test]
    fn lengths_of_time() {
        let d = durations(
            "北向资金连续5日净流入，工期26个月，未来5年，会期3天，48小时内答复，应于12日之內完成。",
        );
        let got: Vec<(&str, f64, &str)> = d
            .iter()
            .map(|(a, b, c)| (a.as_str(), *b, c.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("5日", 5.0, "日"),
                ("26个月", 26.0, "个月"),
                ("5年", 5.0, "年"),
                ("3天", 3.0, "天"),
                ("48小时内", 48.0, "小时"),
                ("12日之內", 12.0, "日"),
            ]
        );
        // A duration is never a date.
        let dates: Vec<_> = facts_of("连续5日净流入，应于12日之內完成")
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .collect();
        assert!(dates.is_empty(), "{dates:?}");
    }

    /// Time that has passed or will pass, said by the words around the number:
    /// Executive Yuan meeting transcripts (audreyt/transcript, 2016 and 2021:
    /// `已經10年了`, `這10年當中`, `已經過10年`, `兩年的時間`) and
    /// Legislative Yuan reports (ronnywang/ly.gov.tw: `落後 1 年多`, `3 年以上`).
    #[test]
    fn lengths_said_by_the_words_around_them() {
        for (t, v) in [
            ("从100年到现在已经10年了", 10.0),
            ("事实上这10年当中，劳动部致力于", 10.0),
            ("本法推动的时程已经过10年", 10.0),
            ("今年到目前为止也已经又有两年的时间过去了", 2.0),
            ("完成开发落后 1 年多，尚未建立", 1.0),
            ("最重本刑 3 年以上的刑案", 3.0),
        ] {
            let d = durations(t);
            assert!(d.iter().any(|x| x.1 == v), "{t}: {d:?}");
        }
        // A count forward that starts its phrase is a date (`兩年之後，你們看到這個版本`,
        // the same transcript): two years after the meeting.
        assert!(durations("两年之后，你们看到这个版本").is_empty());
        // Without such a word a bare Chinese digit stays wording.
        assert!(durations("两年一次的评比").is_empty());
        // A city government work report (../shared/corpus/reports/cn-city-gwr):
        // `这一年，我们…` is the year reported on, not a length of one year.
        assert!(durations("这一年，我们发力现代物流").is_empty());
        assert_eq!(durations("这五年，我们攻坚克难")[0].1, 5.0);
    }

    /// Halves: a city government work report (../shared/corpus/reports/cn-city-gwr/city-031:
    /// `从签约到开工仅用时半个月`), OpenHarmony SIG minutes (oh-meeting-minutes,
    /// 2022-08-23: `工作组已经试运行接近半年`), Nokia's results in the news (2011:
    /// `最近一年半以来`), JioNLP's time tests (`两个半月前`, `一个半月`).
    #[test]
    fn halves() {
        let d = durations(
            "从签约到开工仅用时半个月，工作组已经试运行接近半年，工期一个半月，历时两年半。",
        );
        let got: Vec<(&str, f64, &str)> = d
            .iter()
            .map(|(a, b, c)| (a.as_str(), *b, c.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("半个月", 0.5, "个月"),
                ("接近半年", 0.5, "年"),
                ("一个半月", 1.5, "个半月"),
                ("两年半", 2.5, "年"),
            ]
        );
        // Halves of the calendar and reporting periods (cn-city-gwr: `上半年全部开工`,
        // `半年总结`, `“半年一观摩”`, `半年过堂`).
        for t in [
            "确保147个项目上半年全部开工",
            "实行月调度、季通报、半年总结",
            "“半年一观摩”等机制",
            "项目年初备案、半年过堂、年底评估",
            "发布2023年半年度报告",
        ] {
            assert!(durations(t).is_empty(), "{t}: {:?}", durations(t));
        }
    }

    /// A number of years after a span of years, or after a word pointing at a
    /// stretch of time (`这`, `那`, `过去`, `此后`, `今后`, `的` aside), counts that
    /// stretch's years: government work reports
    /// (../shared/corpus/reports/cn-national-gwr/gwr-national-1980.txt,
    /// gwr-national-1957-wikisource-trad.txt, gwr-national-1955.txt) and a city
    /// report (../shared/corpus/reports/cn-city-gwr/city-092.txt).
    #[test]
    fn years_counted_after_a_span_or_a_stretch_word() {
        for (t, want) in [
            ("而１９６５年到１９７６年１１年中，农民每人平均从集体分得的收入总共只增加了１０．５元。", "１１年"),
            ("包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。", "49年"),
            ("而旧中国从1912年到1947年，三十六年合计不过二十一万多人。", "三十六年"),
            ("在中华人民共和国成立以后的三年中间，依靠工人阶级和广大农民", "三年"),
            ("从战略机遇看，既面临今后15年是破除城乡二元结构的重要时期", "15年"),
            ("此后的15年中，情况大不相同。", "15年"),
            ("在那12年里，农业生产停滞不前。", "12年"),
        ] {
            let d = durations(t);
            assert!(d.iter().any(|x| x.0 == want), "{t}: {d:?}");
            let dates: Vec<_> = facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Date && f.text.contains(want))
                .map(|f| f.text)
                .collect();
            assert!(dates.is_empty(), "{t}: {dates:?}");
        }
        // Look-alikes that are dates: the middle of a year written in full or cut
        // short without a word before it, and `过去的一年` (last year, as
        // `这一年`; city-001.txt: `过去的一年，是提振信心、奋力拼搏的一年`).
        let f =
            facts_of("2011年中，公司完成重组；08年中，工程开工。过去的一年，是提振信心的一年。");
        let dates: Vec<_> = f
            .iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(dates, ["2011年中", "08年中"]);
        assert!(!f.iter().any(|f| f.kind == FactKind::Duration));
    }

    #[test]
    fn points_in_time_are_not_durations() {
        // A board's resolutions in the ROC calendar: 民國103年內部稽核計畫.
        for t in [
            "2025年9月5日召开",
            "9月17日",
            "周三开会",
            "建党100周年",
            "5年级学生",
            "2020年以来",
            "通過民國103年內部稽核計畫",
            "2020年之后",
            "2019年以上的水平",
            // Recognizers-Text's date specs: 他07年以后就没再来过学校.
            "他07年以后就没再来过学校",
        ] {
            assert!(durations(t).is_empty(), "{t}: {:?}", durations(t));
        }
    }

    /// A length of time that names a zone reached within it (`15分钟社区生活圈`,
    /// `1小时经济圈`) is a planning concept, not a length that passes; a length
    /// with a cue word before such a name still is one.
    #[test]
    fn zones_reached_within_a_time_are_no_lengths() {
        for t in [
            // ../shared/corpus/reports/cn-city-gwr/city-002.txt, city-097.txt,
            // city-036.txt.
            "城市精细化管理。加快推进15分钟社区生活圈建设，加强社",
            "“15分钟公共服务圈”“15分钟社区生活圈”覆盖面，让",
            "铁通车运营，宜宾进入成都1小时经济圈；隆黄铁路叙",
            // zhiyao87/Shanghai-Gov-Docs-Index@49f4bb7b24691276dec660a576f20a54a0c46b63:
            // docs/城市更新与历史保护/闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知.md
            "区和国际研发社区，形成“5分钟产创生活圈”。",
            "举措有机融入网格化管理、十五分钟社区生活圈建设和城市更",
        ] {
            assert!(durations(t).is_empty(), "{t}: {:?}", durations(t));
        }
    }

    /// `N年后` inside a clause (no date there, see `dates::is_ago`) is a length
    /// after which something happens; `以N年为…` takes a length as a measure; a
    /// cue word cut by a hard wrap is still one.
    #[test]
    fn lengths_later_as_a_measure_and_across_a_wrap() {
        let d = |t: &str| -> Vec<(String, f64)> {
            durations(t).into_iter().map(|x| (x.0, x.1)).collect()
        };
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090116.txt,
        // cn-national-gwr/gwr-national-1999.txt, cn-provincial-gwr-2026/prov-2026-11.txt.
        assert_eq!(d("並在兩年後再行重新檢討國道")[0].1, 2.0);
        assert_eq!(d("享受失业保险两年后仍未就业的")[0].1, 2.0);
        assert_eq!(d("晋祠泉断流30年后稳定复流")[0].1, 30.0);
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt
        assert_eq!(d("免費幼稚園教育委員會在兩年後提出15年免費")[0].1, 2.0);
        // zhiyao87/Shanghai-Gov-Docs-Index@49f4bb7b…: the Minhang plan;
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09030104.txt and
        // LCEWC03_09020101.txt.
        assert_eq!(d("针对性推进以10年为一周期的老龄市政排水管道结")[0].1, 10.0);
        assert_eq!(d("條例支應前瞻基礎建設計畫，以四年為期程")[0].1, 4.0);
        assert_eq!(
            d("延後以二次為限，第一次以一年為限；第二次以六個月為限"),
            [
                ("一年為限".to_string(), 1.0),
                ("六個月為限".to_string(), 6.0)
            ]
        );
        // A cue cut by a wrap: the Hong Kong record above and
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_09030102.txt.
        let t = concat!(
            "下，長者牙齒保健是 “自己顧自己 ”。現時，衞生署轄下的非公務員牙\n",
            "科治療服務，有11間診所向市民提供牙科服務，共有36名牙醫，在過\n",
            "去 1年服務了 10萬人次，其中 60歲以上的長者佔五成，即 5萬人次。全\n",
            "港有 100萬名 60歲以上的長者，換言之，九成長者若非看私人執業牙\n",
        );
        assert_eq!(d(t), [("1年".to_string(), 1.0)]);
        let t = concat!(
            "撫卹金之給與，依下列標準計算：一、任職未滿十五年者\n",
            "，依下列規定，發給一次撫卹金：(一)任職滿十年而未滿\n",
            "十五年者，每任職一年，給與一又二分之一個基數；未滿\n",
            "一年者，每一個月給與八分之一個基數；其未滿一個月者\n",
        );
        assert!(
            d(t).iter().any(|x| x.1 == 15.0 && x.0.contains('\n')),
            "{:?}",
            d(t)
        );
    }

    /// Two single digits joined by `、`, next to each other (or `三、五`), are a pair
    /// of approximate values: a range of lengths. `一、` at a clause's start
    /// numbers an item.
    #[test]
    fn a_pair_of_approximate_lengths() {
        let range = |t: &str| {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| {
                    (
                        f.text,
                        f.value.and_then(|v| v.as_f64()),
                        f.end.and_then(|v| v.as_f64()),
                    )
                })
                .collect::<Vec<_>>()
        };
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt
        assert_eq!(
            range("即使中學生，也要持續 1年，每星期見面兩、三小時，才能稍為看見")[1],
            ("兩、三小時".to_string(), Some(2.0), Some(3.0))
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090412.txt
        assert_eq!(
            range("我這邊廠商都要錢，船也要脫模，不是一、兩個月，是要到明年三月"),
            [("一、兩個月".to_string(), Some(1.0), Some(2.0))]
        );
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090213.txt: an item.
        let t = "給予特別休假：一、六個月以上一年未滿者，三日。";
        assert!(
            range(t).iter().all(|d| !d.0.starts_with('一')),
            "{:?}",
            range(t)
        );
    }

    /// A count of fiscal, accounting or school years (`N個(財政)年度`) is a length
    /// of such years, never a count of things; before a noun `年度` is "annual"
    /// and the number counts plans or projects.
    #[test]
    fn counts_of_fiscal_years_are_lengths() {
        let d = |t: &str| -> Vec<(String, f64, String)> { durations(t) };
        let one = |t: &str, v: f64, u: &str| vec![(t.to_string(), v, u.to_string())];
        // Hong Kong's LegCo, a written reply of 2013-05-08 on land zoned for
        // comprehensive development.
        assert_eq!(
            d("可建總住宅樓面面積共約 844萬平方米。當中 8個是在過去 6個年度新增"),
            one("6個年度", 6.0, "個年度")
        );
        // LegCo proceedings (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0130-translate-c.txt, 12-13-cm0508-translate-c.txt) and
        // the Appropriation Bill debate of 2013-04-17.
        assert_eq!(
            d("(一 ) 過去 5個財政年度，該公司每年的主要收入的分布"),
            one("5個財政年度", 5.0, "個財政年度")
        );
        assert_eq!(
            d("財政司司長曾俊華過去6個財政年度 (包括今"),
            one("6個財政年度", 6.0, "個財政年度")
        );
        assert_eq!(
            d("為此，我們已由本年度起的 3個年度，撥款增加護士及"),
            one("3個年度", 3.0, "個年度")
        );
        // A hard wrap inside the unit (12-13-cm0508-translate-c.txt).
        let t = concat!(
            " 根據經審計署審核的債券基金帳目，債券基金過去3個財政\n",
            "年度的投資回報、利息支出和其他費用分別如下：  \n",
        );
        assert_eq!(
            d(t),
            one("3個財政\n年度", 3.0, "個財政年度"),
            "{:?}",
            facts_of(t)
        );
        // Annual plans and projects (../shared/corpus/reports/cn-city-gwr/city-007.txt,
        // city-112.txt, cn-national-gwr/gwr-national-1982.txt).
        assert!(
            d("重点抓好合盛硅业年产20吉瓦光伏组件等6个年度计划总投资100亿元的装备制造项目")
                .is_empty()
        );
        assert!(d("成资同城化发展59个年度重大项目完成投资218.9亿元").is_empty());
        assert!(d("这两个年度计划，执行情况都是良好的。").is_empty());
    }

    /// `N年或以上` is a length with `at_least` (and `或以下` `at_most`), as `以上`
    /// is; a hard wrap may cut the words.
    #[test]
    fn or_more_after_a_length() {
        let q = |t: &str| -> Vec<(String, f64, Option<Qualifier>)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| {
                    (
                        f.text,
                        f.value.and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
                        f.qualifier,
                    )
                })
                .collect()
        };
        let at_least = |t: &str, v: f64| vec![(t.to_string(), v, Some(Qualifier::AtLeast))];
        // LegCo written replies of 2013-04-24 (driving licences) and 2013-05-08
        // (land zoned for comprehensive development), and proceedings
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0206-translate-c.txt).
        assert_eq!(
            q("持有正式駕駛執照的年期，由“3年或以上”降低"),
            at_least("3年或以上", 3.0)
        );
        assert_eq!(
            q("(1) 在衞生署連續工作 10年或以上的 58名非公務員合約僱員當中"),
            at_least("10年或以上", 10.0)
        );
        let t = concat!(
            "圖的市區 “綜合發展區 ”中，17個已劃作 “綜合發展區 ”6年或\n",
            "以上，涉及土地面積約 38公頃，而在當中包括住宅用途的\n",
            "“綜合發展區 ”中，可建總住宅樓面面積共約 3 287 000平方\n",
        );
        assert_eq!(q(t), at_least("6年或\n以上", 6.0));
        // The same words bound other quantities
        // (12-13-cm1212-translate-c.txt, 12-13-cm1017-translate-c.txt).
        let f = facts_of("有接近五成受訪者會在同一時段內，服用 1種或以上的保健食品");
        assert_eq!(f[f.len() - 1].qualifier, Some(Qualifier::AtLeast));
        let f = facts_of("收生仍有困難的學校可以利用小班 (25人或以下 )，專心教導");
        assert_eq!(f[0].qualifier, Some(Qualifier::AtMost));
        // A bare 内 bounds a length as 以内 does (a district's half-year summary:
        // `14天内实现疫情风险零扩散`; a county's rules: `3个工作日内办结`), unless it
        // starts a word of its own (`内资`).
        let d = |t: &str| -> Vec<(String, Option<Qualifier>)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| (f.text, f.qualifier))
                .collect()
        };
        assert_eq!(
            d("14天内实现疫情风险零扩散，3个工作日内办结。"),
            [
                ("14天内".to_string(), Some(Qualifier::AtMost)),
                ("3个工作日内".to_string(), Some(Qualifier::AtMost)),
            ]
        );
        assert_eq!(d("引进5年内资企业"), [("5年".to_string(), None)]);
        assert_eq!(d("这3年内心一直不安"), [("3年".to_string(), None)]);
        // A single Chinese digit with a classifier counts units of time; the
        // stretch just before is one (Hong Kong's retail sales releases, 2014).
        assert_eq!(
            d("截至二零一三年十一月底的三個月，與先前三個月比較，總銷貨數量輕微上升。"),
            [("三個月".to_string(), None), ("三個月".to_string(), None)]
        );
        assert!(d("头三个月完成投资").is_empty());
        // Trading days count time (a buyback progress notice, 中望软件 2024-095).
        assert_eq!(
            d("在每个月的前3个交易日内公告回购进展，连续20个交易日收盘价"),
            [
                ("3个交易日".to_string(), None),
                ("20个交易日".to_string(), None)
            ]
        );
    }

    /// The time after a sentence or a term served is its length (`監禁兩年`,
    /// `有期徒刑三年`, `任期四年`).
    #[test]
    fn sentences_and_terms_are_lengths() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        // LegCo written replies of 2013-05-08 and proceedings
        // (siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0417-translate-c.txt, 12-13-cm0717-translate-c.txt).
        assert_eq!(d("一經定罪最高可被判罰款港幣請0萬元及監禁兩年。"), ["兩年"]);
        assert_eq!(d("一經定罪，可處罰款 50萬元及監禁 3年。"), ["3年"]);
        assert_eq!(d("最高刑罰為罰款 200萬元及監禁 7年。"), ["7年"]);
        // The Legislative Yuan (../shared/corpus/reports/tw-ly-proceedings/
        // LCEWC03_09030102.txt, LCEWC03_09010101.txt).
        assert_eq!(
            d("二、經判處有期徒刑三年以上，未滿七年者"),
            ["三年以上", "未滿七年"]
        );
        assert_eq!(
            d("本會置委員十一人至十三人，任期四年，由行政院院長派"),
            ["四年"]
        );
    }

    /// A length stretched or cut to (`由3年延長至5年`), a longest one (`最長1年`),
    /// a fraction of a year (`約1.5年`, `8.26年`) and time running (`运转了5年`)
    /// (眾新聞, 2020; a city's 2023 report; 开源之道's 2023 summary). Not a
    /// dotted day (`11.14日`) or a list's number before an ROC year (`11.105 年`).
    #[test]
    fn stretched_longest_and_fractional_lengths() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(d("還款期限由三年延長至六年。"), ["三年", "六年"]);
        assert_eq!(d("資助期最長1年，約1.5年完成。"), ["1年", "約1.5年"]);
        assert_eq!(d("平均受教育年限提升至8.26年。"), ["8.26年"]);
        assert_eq!(d("社区已经运转了5年。"), ["5年"]);
        assert!(d("计划11.14日开发完成。").is_empty());
        // A day a date is put off to is a date (`开学推迟至17日`).
        assert!(d("各类学校开学推迟至17日。").is_empty());
        // One unit whose first part is named is no length (a school's opening
        // speech, 2011: `一个学年的第一课`).
        assert!(d("这是一个学年的第一课。").is_empty());
        assert_eq!(d("历时三天的会议。"), ["三天"]);
        assert!(d("新臺幣1億元。\n   11.105 年行政院農業委員會").is_empty());
    }

    /// A length changed from one value to another makes both lengths (a county's
    /// education plan: `平均受教育年限从13.5年提高到14年`; a service reform:
    /// `审批时限由30天压缩为15天`); days and calendar years are moved, not measured.
    #[test]
    fn lengths_changed_from_one_to_another() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(d("平均受教育年限从13.5年提高到14年。"), ["13.5年", "14年"]);
        assert_eq!(d("贷款期限由3年延长至5年。"), ["3年", "5年"]);
        assert_eq!(
            d("审批时限由30个工作日压缩为15个工作日。"),
            ["30个工作日", "15个工作日"]
        );
        assert_eq!(d("试用期从3个月缩短到2个月。"), ["3个月", "2个月"]);
        assert!(d("会期由10日推迟到15日。").is_empty());
        assert!(d("目标从2019年提高到2020年。").is_empty());
        // Different units: not one length changed.
        assert!(d("由3年提高到5个百分点。").is_empty());
    }

    /// Units of time in Latin letters (Paddle's contributors' minutes, 2024-11-28:
    /// `（5 min）`, `(20 min)`), as words of their own (not `H5`, `3 minimum`).
    #[test]
    fn latin_units_of_time() {
        let f: Vec<_> =
            facts_of("1. 新人介绍：@[MrXnneHang]（5 min）\n2. 任务介绍 (20 min)\n连续48 Hours。")
                .into_iter()
                .filter(|f| f.kind == FactKind::Duration)
                .map(|f| {
                    (
                        f.text,
                        f.unit.unwrap_or_default(),
                        f.unit_normalized.unwrap_or_default(),
                    )
                })
                .collect();
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("5 min", "min", "分钟"),
                ("20 min", "min", "分钟"),
                ("48 Hours", "Hours", "小时")
            ]
        );
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert!(d("H5页面，3 minimum，版本v1.5 h，共3 hrsx。").is_empty());
        // Glued to the digits too (`24h服务`), but not a capital H alone (a
        // provincial work report's `构建3H高原认证体系`) nor inside a code.
        assert_eq!(d("提供24h服务。"), ["24h"]);
        assert!(d("构建3H高原认证体系，ceIE/4h/YN").is_empty());
    }

    /// Weeks counted as `N星期` are a length whatever stands around them, in a
    /// table's cell too (眾新聞 2019 on waiting times: `| 2013-14 | 15星期 |`);
    /// a weekday puts its number after (`星期三`).
    #[test]
    fn weeks_without_a_classifier() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        assert_eq!(
            d("| 年度 | 輪候時間中位數 |\n| 2013-14 | 15星期 |"),
            ["15星期"]
        );
        assert_eq!(d("輪候時間中位數為18星期。"), ["18星期"]);
        assert!(d("逢星期三开放。").is_empty());
        // (阮一峰's weekly 150: `一个星期五的下午`.)
        assert!(d("一个星期五的下午，他来了。").is_empty());
        assert_eq!(d("用了一个星期。"), ["一个星期"]);
        assert_eq!(d("连续3周日均客流超10万人次。"), ["3周"]);
        assert!(d("本学期第15星期考试。").is_empty());
    }

    /// A count of years (or months) in Chinese numerals right before a verb is
    /// the time the action takes; not a plan's or a policy's name, a recurring
    /// interval, one year (mostly a rate), or `一年比一年`.
    #[test]
    fn chinese_counts_of_years_before_a_verb() {
        let d = |t: &str| -> Vec<String> { durations(t).into_iter().map(|x| x.0).collect() };
        // A Shanghai district's action plan for 2024–2026 (yangpu heritage zone).
        assert_eq!(d("通过新一轮三年建设，推进示范区深度融入"), ["三年"]);
        // Government work reports (../shared/corpus/reports/cn-city-gwr/city-077.txt,
        // city-059.txt, cn-national-gwr/gwr-national-2011.txt, gwr-national-2013.txt).
        assert_eq!(d("新认定专精特新企业总量达到939家、两年实现翻番"), ["两年"]);
        assert_eq!(d("规上工业企业三年翻番，总量达到675家。"), ["三年"]);
        assert_eq!(
            d("基础设施建设明显加快，五年建成铁路新线1.6万公里"),
            ["五年"]
        );
        assert_eq!(d("国家财政性教育经费支出五年累计7.79万亿元"), ["五年"]);
        // Names of plans, campaigns and schemes (the same reports, city-009.txt,
        // gwr-national-2013.txt; LegCo proceedings, siuying/legco-hansard-parser@
        // 0560b7f16dd12a7ddb795a5502948333e1b0b326: data/txt/12-13-cm0131-translate-c.txt).
        assert!(d("上海杨浦生活秀带国家文物保护利用示范区深化建设三年行动计划").is_empty());
        assert!(d("继续实施烈士纪念设施三年提升行动").is_empty());
        assert!(d("全面实现城乡九年免费义务教育，惠及1.6亿学生").is_empty());
        assert!(d("十五年免費教育其實已經是社會的共識").is_empty());
        assert!(d("持续落实长江“十年禁渔”部署。").is_empty());
        // A recurring interval, a rate, year after year, a year written digit by
        // digit (12-13-cm0206-translate-c.txt, tw-ly-proceedings/LCEWC03_090410.txt,
        // gwr-national-1978.txt).
        assert!(d("當然，即使兩年檢討一次，若錄得 3%的通脹").is_empty());
        assert!(d("且一年種植二期農作，多數高齡農民").is_empty());
        assert!(d("农业、畜牧业、工业要一年比一年发展").is_empty());
        assert!(d("二〇二四年建设完成").is_empty());
        assert!(d("三年级学生").is_empty());
    }

    fn lengths(t: &str) -> Vec<(String, f64, Option<Qualifier>)> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Duration)
            .map(|f| {
                (
                    f.text,
                    f.value.and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
                    f.qualifier,
                )
            })
            .collect()
    }

    /// A verb of lasting before a number of years, months or days says how long
    /// the action lasted, in speech as in reports: an Executive Yuan meeting
    /// transcript (audreyt/transcript@1524a5d25dd6a05608062d9f86ae3b57f2be79da:
    /// 2016-11-01-社會企業行動方案第十次聯繫會議.md), cn-national-gwr/
    /// gwr-national-1959.txt, -1958.txt, -1955.txt, -1979.txt,
    /// tw-ly-proceedings/LCEWC03_090205.txt and LCEWC03_090118.txt.
    #[test]
    fn lengths_after_a_verb_of_lasting() {
        let one = |t: &str| -> Vec<(String, f64)> {
            lengths(t).into_iter().map(|(t, v, _)| (t, v)).collect()
        };
        assert_eq!(
            one("不要過了兩年再說為什麼突然間通過然後不適應"),
            [("兩年".into(), 2.0)]
        );
        assert_eq!(
            one("英国走了五十多年的路，我们只花了六年"),
            [("五十多年".into(), 50.0), ("六年".into(), 6.0)]
        );
        assert_eq!(
            one("矛盾的暂时的相对的统一。过了一年"),
            [("一年".into(), 1.0)]
        );
        assert_eq!(one("第一个五年计划已经执行了两年"), [("两年".into(), 2.0)]);
        assert_eq!(
            one("越南人民经历了三十年的战争破坏"),
            [("三十年".into(), 30.0)]
        );
        assert_eq!(one("又過了一個月"), [("一個月".into(), 1.0)]);
        assert_eq!(
            one("勞工繼續工作四小時，至少應有30分鐘休息"),
            [("四小時".into(), 4.0), ("30分鐘".into(), 30.0)]
        );
        // The verbs said plainly (a marker optional where the verb is no
        // preposition).
        assert_eq!(one("他在那裡做了兩年"), [("兩年".into(), 2.0)]);
        assert_eq!(one("我在台灣住了兩年了"), [("兩年".into(), 2.0)]);
        assert_eq!(one("他当了八年村主任"), [("八年".into(), 8.0)]);
        assert_eq!(one("我们还要做4年"), [("4年".into(), 4.0)]);
    }

    /// Not a verb of lasting: a conjunction before a year (`当一九五六年`,
    /// gwr-national-1964.txt), a verb inside another word (`通过了`), day after
    /// day (`工作一天连着一天干`, cn-city-gwr/city-132.txt), an idiom
    /// (`坚持百年大计`, gwr-national-2009.txt), a ROC year (tw-ly-proceedings).
    #[test]
    fn no_lengths_without_a_verb_of_lasting() {
        assert!(lengths("当一九五六年生产资料所有制方面").is_empty());
        assert!(lengths("会议通过了五年计划").is_empty());
        assert!(lengths("我们坚持工作一天连着一天干").is_empty());
        assert!(lengths("所有工程建设都要坚持百年大计、质量第一").is_empty());
        assert!(lengths("執行了105年預算").is_empty());
    }

    /// A word between the number and its unit (`多`, `几`, `余`, `来`) makes an
    /// approximate length, more than the number (national reports:
    /// gwr-national-1979.txt `经历了二十多年的隔绝`, -1994.txt `十几年来`,
    /// -2007.txt `延续2600多年`; tw-ly-proceedings/LCEWC03_090603.txt `已歷經 20
    /// 幾年`, LCEWC03_090216.txt `已 二十餘年`); `左右` after the unit, an
    /// approximate one (gwr-national-1998.txt `用三年左右的时间`, -1955.txt
    /// `十五年左右`, prov-2026-26.txt `10.2年左右`). Not a time counted back
    /// (`80多年前`, city-068.txt), nor a day of the month (`7日左右`).
    #[test]
    fn approximate_lengths() {
        use Qualifier::{Approx, MoreThan};
        assert_eq!(
            lengths("中国和美国在经历了二十多年的隔绝和对立之后"),
            [("二十多年".into(), 20.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("十几年来，我们在社会震动较小的情况下"),
            [("十几年".into(), 10.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("终结了延续2600多年农民种田交税的历史"),
            [("2600多年".into(), 2600.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("類似的主教協議，已歷經 20 幾年還沒有建交"),
            [("20 幾年".into(), 20.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("有線廣播電視發展已二十餘年"),
            [("二十餘年".into(), 20.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("這 20 幾個月來"),
            [("20 幾個月".into(), 20.0, Some(MoreThan))]
        );
        // `多` inside `个月` (gwr-national-1957.txt, gwr-national-1998.txt; the
        // Legislative Yuan's gazette, LCEWC03_090201.txt), and before `来`
        // (gwr-national-1980.txt; a 驻村第一书记's profile: `驻村一年多来`).
        assert_eq!(
            lengths("经过两个多月的努力"),
            [("两个多月".into(), 2.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("已經延宕一個多月"),
            [("一個多月".into(), 1.0, Some(MoreThan))]
        );
        assert_eq!(
            lengths("驻村一年多来，走访农户"),
            [("一年多".into(), 1.0, Some(MoreThan))]
        );
        assert!(lengths("首都部分地区戒严在两个多月前已经解除").is_empty());
        assert!(lengths("希望你一年多来几次").iter().all(|l| l.2.is_none()));
        assert_eq!(
            lengths("要用三年左右的时间"),
            [("三年左右".into(), 3.0, Some(Approx))]
        );
        assert_eq!(
            lengths("大概还需要十五年左右的时间"),
            [("十五年左右".into(), 15.0, Some(Approx))]
        );
        assert_eq!(
            lengths("等一個月左右"),
            [("一個月左右".into(), 1.0, Some(Approx))]
        );
        assert_eq!(
            lengths("平均受教育年限达到10.2年左右"),
            [("10.2年左右".into(), 10.2, Some(Approx))]
        );
        assert!(lengths("各位代表，80多年前，先辈们").is_empty());
        assert!(lengths("预计7日左右到达").is_empty());
    }

    /// The end of a range of days is no length though `期间` follows it
    /// (`2019年4月8日至12日期间`); a range of lengths stays one (`5日至10日内`).
    #[test]
    fn the_end_of_a_day_range_is_no_length() {
        assert!(durations("会议于2019年4月8日至12日期间举行。").is_empty());
        assert_eq!(durations("连续5日至10日内完成。").len(), 1);
    }
}
