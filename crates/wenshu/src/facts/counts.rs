//! Counts: a number followed by a unit of measurement or a classifier from
//! `dicts/units.tsv` (`6户`, `12位选手`, `3000余份`, `近万册`, Taiwan's `96 人`,
//! `106.68亿斤`), with the unit's dimension (`mass`, `households`, …).
//!
//! Not counts: ordinals (`第五届`), words that only look numeric (the count must
//! start and end on word boundaries: `一对一`, `一年一度`), and counts written with
//! a single Chinese digit (`一个`, `两个晚上`, `三个活动室`), which are wording,
//! not figures (see the module docs of [`super`]).

use std::sync::OnceLock;

use crate::document::{Dimension, FactKind, Qualifier};

use super::number_value;

use super::{qualifiers, Cand, Ctx, Num};

const TABLE: &str = include_str!("../../../../dicts/units.tsv");
const ENTITIES: &str = include_str!("../../../../dicts/entity_nouns.txt");
const DURATIONS: &str = include_str!("../../../../dicts/duration_nouns.txt");
const PLACES: &str = include_str!("../../../../dicts/measure_word_places.txt");

/// Time nouns that turn `N个…` into a duration.
fn duration_nouns() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| super::dict_lines(DURATIONS).collect())
}

/// Place names that begin with a measure word (`dicts/measure_word_places.txt`).
fn measure_word_places() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| super::dict_lines(PLACES).collect())
}

/// Does a place name whose first character is a measure word start at `pos`, as
/// the word the segmentation cuts there (`台湾`, `台北市`; not `台` + `中型`)?
fn place_name_at(cx: &Ctx, pos: usize) -> bool {
    let rest = &cx.s[pos..];
    measure_word_places().iter().any(|w| {
        let first = w.chars().next().map_or(0, char::len_utf8);
        rest.starts_with(w) && cx.starts_word(pos) && !cx.ends_word(pos + first)
    })
}

/// Words that name a road or rail network before a route's number: `国道351线`,
/// `省道104线`, `台 9 線` (Taiwan's provincial highways), `轨道交通101线`. There
/// the number and 线 are a name, not a count of lines (`公車路線計有 23 線`).
const ROUTE_HEADS: &[&str] = &["国道", "省道", "县道", "乡道", "道", "台", "交通", "公路"];

/// Taiwan's county and city roads are numbered after their county's
/// one-character name (`南99線` in 臺南, `投89線` in 南投, `中129線`): 新北, 桃園,
/// 新竹, 苗栗, 臺中, 彰化, 南投, 雲林, 嘉義, 臺南, 高雄, 屏東, 宜蘭, 花蓮, 臺東
/// (in the Simplified copy).
const COUNTY_ROAD_PREFIXES: &[char] = &[
    '北', '桃', '竹', '苗', '中', '彰', '投', '云', '嘉', '南', '高', '屏', '宜', '花', '东',
];

/// Is the number `n`, before the route classifier 线, no count of routes: a
/// route's name, after a network's name or in a list of route numbers
/// (`国道307、207线`), or a Chinese numeral, which before 线 ranks a tier or
/// names a track (`三四线城市`, `一线`, `新塘五六线`); routes are counted in
/// figures (`公車路線計有 23 線`, `小型公車 3線`).
fn route_name(cx: &Ctx, n: &Num, unit: &str) -> bool {
    if unit != "线" {
        return false;
    }
    let before = cx.s[..n.start].trim_end_matches([' ', '\u{3000}']);
    // A county's road: its one-character name a word of its own, or after
    // 道 or a place (`區道南99線`, `白河區南94線`), not the end of a word (`其中3線`).
    let county_road = before.chars().next_back().is_some_and(|c| {
        let at = before.len() - c.len_utf8();
        let head = before[..at].trim_end_matches([' ', '\u{3000}']);
        // (After a road's or a place's word, a list's joiner or a clause's start;
        // the names that are also common words, `中`, `高`, `北`, `南`, `东`, only so:
        // `路線中3線` is "three among the routes".)
        let placed = head.is_empty()
            || head.ends_with([
                '道', '区', '乡', '镇', '里', '县', '市', '、', '及', '和', '与', '或', '至', '到',
                '~', '〜', '(', '（',
            ])
            || head.ends_with(|c: char| !crate::chinese::chars::is_han(c) && !c.is_alphanumeric());
        COUNTY_ROAD_PREFIXES.contains(&c)
            && (placed || !"中高北南东".contains(c) && cx.starts_word(at))
    });
    n.numeral.is_some_and(|x| x.chinese)
        || before.ends_with('、')
        || county_road
        || ROUTE_HEADS.iter().any(|w| before.ends_with(w))
}

/// A unit of `dicts/units.tsv` as it may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    /// As it appears in the Simplified copy: the unit, or a Traditional spelling the
    /// conversion may keep (`浬`).
    pub(crate) written: &'static str,
    /// The unit in Simplified form: a count's `unit_normalized`.
    pub(crate) simplified: &'static str,
    pub(crate) dimension: Dimension,
}

/// A dimension by the name the JSON gives it (`mass`, `households`): one list of
/// names, the enum's own.
fn dimension(name: &str) -> Option<Dimension> {
    use serde::de::{value::Error, IntoDeserializer};
    use serde::Deserialize;
    Dimension::deserialize(IntoDeserializer::<Error>::into_deserializer(name)).ok()
}

/// The rows of a units table, every spelling a unit of its own; a malformed row
/// is skipped (a test holds the bundled table to none).
fn parse_units(table: &'static str) -> Vec<Unit> {
    let mut v = Vec::new();
    for line in super::dict_lines(table) {
        let mut cols = line.split('\t').map(str::trim);
        let (Some(unit), Some(trad), Some(dim)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some(dimension) = dimension(dim) else {
            continue;
        };
        let spellings = std::iter::once(unit).chain(trad.split(',').map(str::trim));
        for written in spellings.filter(|w| !w.is_empty() && *w != "-") {
            v.push(Unit {
                written,
                simplified: unit,
                dimension,
            });
        }
    }
    v.sort_by_key(|u| std::cmp::Reverse(u.written.len()));
    v.dedup_by_key(|u| u.written);
    v
}

/// Units and classifiers, longest first.
pub(crate) fn units() -> &'static [Unit] {
    static U: OnceLock<Vec<Unit>> = OnceLock::new();
    U.get_or_init(|| parse_units(TABLE))
}

/// The written forms of the units, longest first (rate denominators).
pub(crate) fn measure_words() -> impl Iterator<Item = &'static str> {
    units().iter().map(|u| u.written)
}

/// Units grouped by first character (each group longest first), so a lookup
/// compares only the units that can match.
fn by_first_char() -> &'static [(char, Vec<Unit>)] {
    static F: OnceLock<Vec<(char, Vec<Unit>)>> = OnceLock::new();
    F.get_or_init(|| {
        let mut groups: Vec<(char, Vec<Unit>)> = Vec::new();
        for &u in units() {
            let Some(c) = u.written.chars().next() else {
                continue;
            };
            match groups.iter_mut().find(|(f, _)| *f == c) {
                Some((_, g)) => g.push(u),
                None => groups.push((c, vec![u])),
            }
        }
        groups.sort_unstable_by_key(|(c, _)| *c);
        groups
    })
}

/// The units that start `rest`, longest first.
fn units_at(rest: &str) -> impl Iterator<Item = Unit> + '_ {
    let groups = by_first_char();
    let group = rest
        .chars()
        .next()
        .and_then(|c| groups.binary_search_by_key(&c, |(f, _)| *f).ok())
        .map_or(&[][..], |i| &groups[i].1[..]);
    group
        .iter()
        .copied()
        .filter(move |u| rest.starts_with(u.written))
}

/// The unit of `dicts/units.tsv` written exactly `w` (a table's unit cell).
pub(crate) fn unit_named(w: &str) -> Option<Unit> {
    units_at(w).find(|u| u.written == w)
}

/// The unit at `pos` and where it ends; after an Arabic number (`loose`) the word
/// boundary is not required: jieba glues a measure word to the noun after it
/// (`200名志工` → `名志工`), and an Arabic number is never part of an idiom.
fn measure_word_at_loose(cx: &Ctx, pos: usize, loose: bool) -> Option<(usize, Unit)> {
    if !loose {
        return measure_word_at(cx, pos);
    }
    let rest = cx.s.get(pos..)?;
    // (`人` opens `人民币`: the currency's name, not people.)
    if rest.starts_with("人民币") {
        return None;
    }
    measure_word_at(cx, pos).or_else(|| units_at(rest).next().map(|u| (pos + u.written.len(), u)))
}

/// The longest unit at `pos` that ends a word.
fn measure_word_at(cx: &Ctx, pos: usize) -> Option<(usize, Unit)> {
    let rest = cx.s.get(pos..)?;
    units_at(rest)
        .map(|u| (pos + u.written.len(), u))
        .find(|&(end, _)| cx.ends_word(end))
        .or_else(|| wrapped_measure_word_at(cx, pos))
}

/// How far after a number a hard wrap inside its unit may be, in bytes.
const WRAP_REACH_BYTES: usize = 24;

/// A unit of several characters cut by a hard wrap (`6 379 000平方` + wrap +
/// `米`), read whole as a reader reads it: only where the whole word crosses
/// the wrap.
fn wrapped_measure_word_at(cx: &Ctx, pos: usize) -> Option<(usize, Unit)> {
    // (The wrap is within a unit's length: a long line is never walked whole.)
    let b = cx.s.as_bytes();
    let reach = (pos + WRAP_REACH_BYTES).min(b.len());
    let line_end = memchr::memchr2(b'\n', b'\r', &b[pos..reach]).map(|k| pos + k)?;
    let (end, u) = super::wraps::lexicon_word_at(cx, pos, |r| {
        units_at(r)
            .filter(|u| u.written.chars().count() >= 2)
            .map(|u| (u.written.len(), u))
            .next()
    })?;
    (end > line_end && cx.ends_word(end)).then_some((end, u))
}

pub(crate) fn find(cx: &Ctx) -> Vec<Cand> {
    let mut out = Vec::new();
    for n in &cx.nums {
        if let Some(c) = count_at(cx, n) {
            out.push(c);
        }
    }
    // 七八十人, 几十个: a vague count is a range, approximate.
    for (n, upper) in &cx.vague {
        if is_paired_ordinal(cx, n) {
            continue;
        }
        if let Some(mut c) = count_at(cx, n) {
            c.end_number = Some(*upper);
            c.qualifier = c.qualifier.or(Some(Qualifier::Approx));
            out.push(c);
        }
    }
    // A bare scale word after a qualifier: 近万册, 逾千人.
    for (i, w) in cx.s[cx.range.clone()]
        .match_indices(['十', '百', '千', '万', '亿'])
        .map(|(i, w)| (cx.range.start + i, w))
    {
        if let Some((qs, q)) = qualifiers::prefix(cx, i) {
            let Some(c) = w.chars().next() else { continue };
            let value = crate::chinese::numerals::small_unit(c)
                .map(f64::from)
                .or_else(|| crate::chinese::numerals::big_unit(c));
            let p = i + w.len();
            let Some((ue, unit)) = measure_word_at(cx, p) else {
                continue;
            };
            let mut c = Cand::new(FactKind::Count, qs..ue);
            c.value = value.and_then(number_value);
            c.unit = Some(cx.a.original(p..ue).to_string());
            c.unit_normalized = Some(unit.simplified.to_string());
            c.dimension = Some(unit.dimension);
            c.qualifier = Some(q);
            c.object = cx.object_after(ue, !unit.dimension.is_measure());
            out.push(c);
        }
    }
    out
}

/// `90000千伏安`, `5千克`: after Arabic digits, a 千 that opens a unit is the
/// unit's prefix (kilo), not a scale of the number: where the unit starts.
fn kilo_prefix(cx: &Ctx, n: &Num) -> Option<usize> {
    let k = n.end.checked_sub('千'.len_utf8())?;
    let arabic_before =
        cx.s.get(n.start..k)?
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let opens_unit = cx.s.get(k..)?.starts_with('千')
        && units_at(&cx.s[k..])
            .next()
            .is_some_and(|u| u.written.starts_with('千'));
    (arabic_before && opens_unit).then_some(k)
}

/// Nouns of entities counted with 户 (`dicts/entity_nouns.txt`).
pub(crate) fn entity_nouns() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| super::dict_lines(ENTITIES).collect())
}

/// Words between a counted noun and its number (`企业达429户`, `经营主体突破300万户`).
const BEFORE_COUNT: &[&str] = &[
    "达到",
    "达",
    "为",
    "共有",
    "共",
    "突破",
    "超过",
    "超",
    "增至",
    "增加到",
    "从",
    "由",
    "约",
];

/// `户` counts households, except after a noun of entities (`规模以上工业企业755户`,
/// `经营主体突破300万户`) or before one (`2户独角兽企业`), or when the count's
/// subject is one: then it counts organizations. Runs after subjects are given.
pub(crate) fn entity_households(cx: &Ctx, cands: &mut [Cand]) {
    let entity = |w: &str| entity_nouns().iter().any(|e| w.ends_with(e));
    for c in cands.iter_mut().filter(|c| {
        c.kind == FactKind::Count
            && c.unit_normalized.as_deref() == Some("户")
            && c.dimension == Some(Dimension::Households)
    }) {
        // The few words before the number, within its clause.
        let from = c.range.start.saturating_sub(30);
        let from = (from..c.range.start)
            .find(|&i| cx.s.is_char_boundary(i))
            .unwrap_or(c.range.start);
        let mut before = &cx.s[from..c.range.start];
        if let Some(i) = before.rfind(|ch: char| !ch.is_alphanumeric() && ch != ' ') {
            before = &before[i..];
        }
        while let Some(rest) = BEFORE_COUNT
            .iter()
            .find_map(|w| before.trim_end().strip_suffix(*w))
        {
            before = rest;
        }
        let named = [c.subject.as_ref(), c.object.as_ref()]
            .into_iter()
            .flatten()
            .any(|r| entity(&cx.s[r.clone()]));
        // The noun counted after the unit (`2户独角兽企业`), up to the clause's end.
        let after = cx.s[c.range.end..]
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let after = after
            .char_indices()
            .nth(10)
            .map_or(after, |(i, _)| &after[..i]);
        let counted = entity_nouns().iter().any(|e| after.contains(e));
        if named || counted || entity(before.trim_end()) {
            c.dimension = Some(Dimension::Organizations);
        }
    }
}

/// Dimensions of the units of measurement (GB 3100), as opposed to classifiers.
const MEASURED: &[Dimension] = &[
    Dimension::Mass,
    Dimension::Length,
    Dimension::Area,
    Dimension::Volume,
    Dimension::Energy,
    Dimension::Power,
];

/// A single Chinese digit before a classifier is mostly no figure (`一个`, `两项`,
/// `三大`), so it counts only as a measurement: before a unit of measurement,
/// after a qualifier (`約兩公頃`) or as 二 to 九 (`兩公頃`, `三公里`); `一公里`
/// alone is the idiom "the last mile" (`打通最后一公里`). `零公里` (a zero mark)
/// and a quoted name (`“三公里”就业圈`) measure nothing.
fn single_digit_measure(cx: &Ctx, n: &Num, dim: Dimension, unit_end: usize) -> bool {
    let quoted = cx
        .before(n.start)
        .is_some_and(|c| matches!(c, '“' | '「' | '『' | '‘' | '"'));
    MEASURED.contains(&dim)
        && !quoted
        && n.value().is_some_and(|v| v > 0.0)
        && (n.value() != Some(1.0)
            || qualifiers::prefix(cx, n.start).is_some()
            // A bound after it makes `一米` a measure (`保持一米以上间距`).
            || qualifiers::suffix(cx, unit_end).is_some())
}

/// Characters that with `前` make a word of time (`目前`, `此前`, `日前`, `之前`,
/// `当前`, `提前`, `以前`, `事前`, `先前`, `生前`, `从前`, `年前`, `会前`, `节前`…):
/// `目前3名患者` counts, `前10名股东` ranks.
const BEFORE_NOW: &[char] = &[
    '目', '此', '日', '之', '当', '提', '以', '事', '先', '空', '生', '从', '眼', '面', '跟', '向',
    '年', '月', '节', '会', '赛', '考', '门', '战', '晚', '早',
];

/// Measure words after which two bare digits name two items, not about so many:
/// `三四期` (phases three and four), `一二号线`, `三四线城市`, `五六年级`, `七八月`.
const PAIRED_ORDINALS: &[&str] = &[
    "期", "号", "線", "线", "届", "屆", "代", "版", "级", "級", "楼", "樓", "等", "类", "類", "档",
    "檔", "星", "区", "區", "环", "環", "季", "月", "年级", "年級", "产", "產", "路", "班",
];

/// Two bare Chinese digits with no place word (`三四`), read as a vague pair.
pub(crate) fn is_bare_pair(cx: &Ctx, n: &Num) -> bool {
    n.numeral.is_some_and(|x| x.chars == 2 && !x.arabic)
        && cx.s[n.start..n.end]
            .chars()
            .all(|c| crate::chinese::numerals::cn_digit(c).is_some())
}

/// Two bare digits before an ordinal measure word (see [`PAIRED_ORDINALS`]), or
/// before a count of points (`三四个百分点`, which counts no things).
pub(crate) fn is_paired_ordinal(cx: &Ctx, n: &Num) -> bool {
    is_bare_pair(cx, n) && {
        let after = &cx.s[n.end..];
        PAIRED_ORDINALS.iter().any(|w| after.starts_with(w)) || after.starts_with("个百分点")
    }
}

/// Words of ranking: a `名` after one of them in its clause is a place in the
/// ranking (`排名上市企業29名`, `位列全国第5名`).
const RANKING: &[&str] = &["排名", "排行", "名列", "位列", "位居", "名次"];

/// How far back in its clause a word of [`RANKING`] is looked for, in characters.
const RANKING_REACH_CHARS: usize = 12;

/// Whether a word of [`RANKING`] stands in the clause before `pos` and ranks
/// the number: not inside a modifier before `的` (`排名第一的学校录取新生3000名`),
/// nor naming a list (`排行榜`).
fn ranked_in_clause(cx: &Ctx, pos: usize) -> bool {
    let clause = &cx.s[super::clause_back(cx.s, pos, RANKING_REACH_CHARS)..pos];
    RANKING.iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let rest = &clause[i + w.len()..];
            !rest.starts_with('榜') && !rest.contains('的')
        })
    })
}

fn count_at(cx: &Ctx, n: &Num) -> Option<Cand> {
    if cx.is_ordinal(n)
        || super::rows::is_row_number(cx, n)
        || !cx.numeral_starts_word(n)
        || cx.is_digit_pair(n)
        || super::bare_scale(cx, n)
    {
        return None;
    }
    let single = n.numeral.is_some_and(|x| x.is_single_cn_digit());
    let mut qualifier = n
        .numeral
        .filter(|x| x.more_than)
        .map(|_| Qualifier::MoreThan);
    let mut p = n.end;
    let mut value = n.value();
    if let Some(k) = kilo_prefix(cx, n) {
        p = k;
        value = value.map(|v| v / 1000.0);
    }
    if let Some((e, q)) = qualifiers::infix(cx.s, p) {
        qualifier = qualifier.or(Some(q));
        p = e;
    }
    // Spaces only between an Arabic (or masked) number and its unit; a hard
    // wrap after any number.
    let arabic = n.numeral.is_none_or(|x| x.arabic);
    let unit_start = cx.unit_gap(p, arabic);
    let (unit_end, unit) = measure_word_at_loose(cx, unit_start, arabic && !n.masked())?;
    // `7正6副`, `1正2副`: chief and deputy posts, nouns paired, not the measure
    // word 副 (a pair, a set).
    if unit.simplified == "副" && cx.before(n.start) == Some('正') {
        return None;
    }
    // `6位数`: a figure of six digits, no six people (`6位数学老师` are).
    if unit.simplified == "位"
        && cx.s[unit_end..].starts_with('数')
        && !cx.s[unit_end..].starts_with("数学")
    {
        return None;
    }
    // `五坪乡`, `八坪镇`: a place named with 坪, no area.
    if unit.simplified == "坪"
        && cx.s[unit_end..].starts_with(['乡', '镇', '村', '山', '街', '路', '寨', '里'])
    {
        return None;
    }
    // `遍布`, `遍及`: a verb that 遍 opens, no count of times.
    if unit.simplified == "遍" && cx.s[unit_end..].starts_with(['布', '及', '地', '历', '访'])
    {
        return None;
    }
    if single && !single_digit_measure(cx, n, unit.dimension, unit_end) {
        return None;
    }
    if place_name_at(cx, unit_start) || route_name(cx, n, unit.simplified) {
        return None;
    }
    // `前10名股东`, `全省前三名`: a rank, the top so many, counts nothing.
    // (Not the `前` that ends `目前`, `此前`, `日前`, `之前`, `提前`…: before now.)
    if matches!(unit.simplified, "名" | "位" | "强")
        && cx.before(n.start) == Some('前')
        && !cx.s[..n.start - '前'.len_utf8()].ends_with(BEFORE_NOW)
    {
        return None;
    }
    // `排名上市企業29名`, `名列全省12名`: a place in a ranking, no count.
    if unit.simplified == "名" && ranked_in_clause(cx, n.start) {
        return None;
    }
    let after = &cx.s[unit_end..];
    if duration_nouns().iter().any(|w| after.starts_with(w)) {
        return None;
    }
    // `红星村3组`, `和平社区5组`: a villagers' group of an address, numbered.
    if unit.simplified == "组"
        && cx.s[..n.start]
            .trim_end_matches(' ')
            .ends_with(['村', '区', '队', '屯'])
    {
        return None;
    }
    let (range, qualifier) = qualifiers::around(cx, n.start, unit_end, qualifier);
    let end = range.end;
    let mut c = Cand::new(FactKind::Count, range);
    c.value = value.and_then(number_value);
    c.incomplete = n.masked();
    // A unit cut by a hard wrap is given in one piece.
    c.unit = Some(
        cx.a.original(unit_start..unit_end)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
    );
    c.unit_normalized = Some(unit.simplified.to_string());
    c.dimension = Some(unit.dimension);
    c.qualifier = qualifier;
    // (After a qualifier that closes the count: `5个以上老旧街区`.)
    c.object = cx
        .object_after(end, !unit.dimension.is_measure())
        .or_else(|| (end == unit_end).then(|| cx.noun_rest(unit_end)).flatten());
    Some(c)
}

#[cfg(test)]
mod tests {
    use crate::document::{FactKind, Qualifier};
    use crate::facts::facts_of;
    use serde_json::json;

    type Row = (
        String,
        Option<serde_json::Value>,
        Option<Qualifier>,
        Option<String>,
    );

    fn counts(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| (f.text, f.value.map(Into::into), f.qualifier, f.object))
            .collect()
    }

    /// Units of power and energy in Latin letters, glued to the digits or not
    /// (臺南市's 2023 economy release: `累計裝置容量達3,718MW`, `47.9億kWh`), given in
    /// their Chinese names; a name
    /// glued to digits stays a name (`5G`, `3M公司`, `MWD`).
    #[test]
    fn units_of_power_in_latin_letters() {
        let f: Vec<_> = facts_of(
            "累計裝置容量達3,718MW，年發電量約47.9億kWh，光伏电站20kW，5G基站，3M公司，20MWD钻机。",
        )
        .into_iter()
        .filter(|f| f.kind == FactKind::Count)
        .map(|f| (f.text, f.unit_normalized.unwrap_or_default()))
        .collect();
        let got: Vec<_> = f.iter().map(|(t, u)| (t.as_str(), u.as_str())).collect();
        assert_eq!(
            got,
            [
                ("3,718MW", "兆瓦"),
                ("約47.9億kWh", "千瓦时"),
                ("20kW", "千瓦")
            ]
        );
    }

    /// Chief and deputy posts are nouns (绍兴一中's 2019 rules on merit pay:
    /// `中层岗位可设置为7正6副`, `党政办1正2副`), not the measure word 副.
    #[test]
    fn chief_and_deputy_posts_are_no_sets() {
        assert!(counts("中层岗位可设置为7正6副，党政办1正2副，各1正1副。").is_empty());
        let c = counts("购买老花眼镜30副。");
        assert_eq!((c[0].0.as_str(), c[0].1.clone()), ("30副", Some(json!(30))));
        // Nor do digits of a figure count people (阮一峰's weekly 150: `年薪超过6位数
        // 美元`), while a reading counts times (`听了几百遍`).
        assert!(counts("年薪超过6位数美元。").is_empty());
        assert_eq!(counts("有6位数学老师。")[0].0, "6位");
        assert!(counts("连锁店300多遍布全国各地。").is_empty());
        let c = counts("那盘磁带我听了几百遍。");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.clone()),
            ("几百遍", Some(json!(100)))
        );
    }

    /// `一` before a unit of measure counts when a bound follows (`保持一米以上间距`,
    /// a vaccination notice); `块` counts boards and plots.
    /// Two rising Chinese digits before a measure word count about so many
    /// (1982's national government work report,
    /// ../shared/corpus/reports/cn-national-gwr/gwr-national-1982.txt: `一两个重点企业`);
    /// before an ordinal's measure word they name two items (`三四期`, `三四线城市`).
    #[test]
    fn vague_pairs_count_about_so_many() {
        let c = counts("领导同志不亲自去抓一两个重点企业。");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.clone(), c[0].2),
            ("一两个", Some(json!(1)), Some(Qualifier::Approx))
        );
        let f = facts_of("全县有三四家企业参与。");
        let f: Vec<_> = f.iter().filter(|f| f.kind == FactKind::Count).collect();
        let v = |x: &Option<crate::document::FactValue>| x.as_ref().and_then(|v| v.as_f64());
        assert_eq!((v(&f[0].value), v(&f[0].end)), (Some(3.0), Some(4.0)));
        assert!(counts("三四线城市商品住宅去库存").is_empty());
        assert!(counts("加快三四期工程建设").is_empty());
        assert!(counts("五六年级学生参加").is_empty());
    }

    #[test]
    fn one_unit_with_a_bound_and_kuai_as_a_measure_word() {
        let c = counts("接种时保持一米以上间距。拆除违规广告牌280块。一米阳光。");
        let got: Vec<_> = c.iter().map(|r| (r.0.as_str(), r.2)).collect();
        assert_eq!(
            got,
            [("一米以上", Some(Qualifier::AtLeast)), ("280块", None)]
        );
    }

    /// Thousands grouped with spaces (Hong Kong's official style) are one count,
    /// and the qualifier before them still attaches, across a hard line wrap too.
    #[test]
    fn space_grouped_counts_keep_their_qualifier() {
        use Qualifier::{Approx, MoreThan};
        let head = |c: &[Row], i: usize| (c[i].0.clone(), c[i].1.clone(), c[i].2);
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326:
        // data/txt/12-13-cm0424-translate-c.txt.
        let t =
            "內地當局共\n接獲約 42 000宗由超齡子女提出的單程證申請，當中超過\n34 000宗 (81%)申請";
        let c = counts(t);
        assert_eq!(
            head(&c, 0),
            ("約 42 000宗".into(), Some(json!(42000)), Some(Approx))
        );
        assert_eq!(
            head(&c, 1),
            ("超過\n34 000宗".into(), Some(json!(34000)), Some(MoreThan))
        );
        let c = counts("約有 2 500輛及 4 300輛");
        assert_eq!(
            head(&c, 0),
            ("約有 2 500輛".into(), Some(json!(2500)), Some(Approx))
        );
        assert_eq!(head(&c, 1), ("4 300輛".into(), Some(json!(4300)), None));
        // Same repository, data/txt/12-13-cm0109-translate-c.txt.
        assert_eq!(counts("超過 5 800項會展旅遊活動")[0].1, Some(json!(5800)));
        assert_eq!(counts("約 1 100艘拖網漁船")[0].2, Some(Approx));
        // data/txt/12-13-cm0529-translate-c.txt.
        assert_eq!(counts("學位將會短缺 1 400個")[0].1, Some(json!(1400)));
    }

    /// A measure word that begins a place name (臺灣, 臺北, 台南) is the name's,
    /// not the unit of the number before it; the same measure word before any
    /// other word still counts.
    #[test]
    fn a_place_name_is_no_measure_word() {
        for t in [
            // johnlinp/neihu-urban-planning@874e25b1eed43f5d7b6b0000096200ed29e9da8b:
            // chapter-3/section-2.md (a source note and a table title).
            "資料來源：85～95 臺灣地區工商及服務業普查報告",
            "表 3-5 臺北市及內湖區產業結構及商業登記家數統計表",
            // ../shared/corpus/reports/tw-ly-proceedings: LCEWC03_090103.txt,
            // LCEWC03_090105.txt, LCEWC03_090211.txt.
            "函送李委員彥秀就 2017 臺北世界大學運動會之",
            "黃委員昭順，針對 206 台南震災這一非複合式",
        ] {
            assert!(
                counts(t).iter().all(|c| !c.0.contains(['臺', '台'])),
                "{t}: {:?}",
                counts(t)
            );
        }
        assert!(counts("玩弄 2,300 萬台灣人民福祉")
            .iter()
            .all(|c| !c.0.ends_with('台')));
        // Still counts: LCEWC03_09010101.txt, LCEWC03_090216.txt,
        // ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-07.txt.
        assert_eq!(counts("變壓器共有 831 台，其中超過 30")[0].0, "831 台");
        assert_eq!(counts("      575 臺，僅佔 1.68")[0].0, "575 臺");
        assert_eq!(counts("完成大港电厂共6台亚临界机组替代")[0].0, "6台");
        assert_eq!(counts("购置3台中型挖掘机")[0].0, "3台");
    }

    /// Units of measurement and the classifiers of statistics are counts; a
    /// spaced or wrapped 第 still makes an ordinal.
    #[test]
    fn units_and_statistical_classifiers() {
        // Daqing's 2014 rural economy analysis; cn-city-gwr reports; LY motions.
        assert_eq!(
            counts("粮食总产量达106.68亿斤")[0].1,
            Some(json!(10668000000u64))
        );
        assert_eq!(counts("新建天然气井12口、续建8口")[0].0, "12口");
        assert_eq!(counts("夺得金牌75枚")[0].0, "75枚");
        assert_eq!(counts("家禽存栏500万羽")[0].1, Some(json!(5000000)));
        assert_eq!(counts("一年共排放 2.5 萬公噸")[0].0, "2.5 萬公噸");
        assert!(counts("檢送歲出第\n  4 款第 10 項").is_empty());
        // 郴州市2025年国民经济和社会发展统计公报 (tjj.czs.gov.cn): flat glass in 重量箱
        // and sports events in 项次.
        assert_eq!(
            counts("平板玻璃产量2944.58万重量箱")[0].0,
            "2944.58万重量箱"
        );
        assert_eq!(
            counts("平板玻璃产量2944.58万重量箱")[0].1,
            Some(json!(29445800))
        );
        assert_eq!(counts("举办全民健身项目150项次")[0].0, "150项次");
    }

    type Dim = (String, Option<String>, Option<crate::document::Dimension>);

    /// Each count's text, `unit_normalized` and `dimension`.
    fn dims(t: &str) -> Vec<Dim> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| (f.text, f.unit_normalized, f.dimension))
            .collect()
    }

    fn dim(text: &str, unit: &str, d: crate::document::Dimension) -> Dim {
        (text.into(), Some(unit.into()), Some(d))
    }

    /// `户` counts organizations after or before a noun of entities, households
    /// otherwise: corpus/reports/cn-provincial-gwr-2026/prov-2026-02.txt (企业,
    /// 经营主体, 独角兽企业) and prov-2026-06.txt (危房, and 经营主体 from one level
    /// to another).
    #[test]
    fn households_or_entities() {
        use crate::document::Dimension;
        let dims = |t: &str| -> Vec<(String, Option<Dimension>)> {
            facts_of(t)
                .into_iter()
                .filter(|f| f.kind == FactKind::Count)
                .map(|f| (f.text, f.dimension))
                .collect()
        };
        for t in [
            "元，新增规模以上工业企业755户。",
            "营商环境向优向好，实有经营主体688.3万户。",
            "新增2户独角兽企业。",
            "经营主体从689万户增至950万户。",
        ] {
            let d = dims(t);
            assert!(
                !d.is_empty() && d.iter().all(|r| r.1 == Some(Dimension::Organizations)),
                "{t}: {d:?}"
            );
        }
        for t in [
            "改造农村危房2.1万户。",
            "完成适老化改造7.4万户。",
            "我们走访了120户。",
        ] {
            let d = dims(t);
            assert_eq!(d[0].1, Some(Dimension::Households), "{t}: {d:?}");
        }
    }

    /// The bundled table is well formed: every row has a known dimension and
    /// a source, no spelling is listed twice, and each Traditional spelling is
    /// what the conversion to Simplified turns into the unit (or keeps).
    #[test]
    fn the_units_table_is_well_formed() {
        let norm = crate::normalize::Normalizer::new();
        let mut rows = 0;
        let mut seen = std::collections::HashSet::new();
        for line in crate::facts::dict_lines(super::TABLE) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line}");
            assert!(super::dimension(cols[2]).is_some(), "{line}");
            assert!(!cols[3].trim().is_empty(), "{line}");
            assert!(seen.insert(cols[0]), "listed twice: {line}");
            for t in cols[1].split(',').filter(|t| *t != "-") {
                let s = norm.convert(t, crate::normalize::Target::Simplified);
                assert!(s == cols[0] || s == t, "{t} → {s}, not {}", cols[0]);
            }
            rows += 1;
        }
        assert!(rows >= 90);
        // Every row (and each spelling) is a unit: none was dropped as malformed.
        let spellings: usize = crate::facts::dict_lines(super::TABLE)
            .map(|l| {
                1 + l
                    .split('\t')
                    .nth(1)
                    .map_or(0, |t| t.split(',').filter(|t| *t != "-").count())
            })
            .sum();
        assert_eq!(super::units().len(), spellings);
        // Durations are not units of a count (`3个月`, `5天` are durations).
        for w in ["天", "年", "月", "周", "小时", "分钟", "秒", "届"] {
            assert!(super::units().iter().all(|u| u.written != w), "{w}");
        }
    }

    /// Units of measurement (GB 3100 and China's legal non-SI units), market
    /// units and classifiers, each with its dimension.
    #[test]
    fn units_carry_their_dimension() {
        use crate::document::Dimension::{
            Animals, Energy, Items, Length, Mass, Power, Shares, Volume,
        };
        // Grain output in 斤: cn-city-gwr/city-132 (`总产量4.76亿斤`), city-102;
        // Daqing's 2014 rural economy analysis (`106.68亿斤`).
        assert_eq!(
            dims("粮食总产量达106.68亿斤，再获丰收。"),
            [dim("106.68亿斤", "斤", Mass)]
        );
        // Laying hens in 羽: cn-city-gwr/city-069 (`600万羽蛋鸡`), city-123 (`存栏突破1000万羽`).
        assert_eq!(dims("家禽存栏500万羽。"), [dim("500万羽", "羽", Animals)]);
        let hens = dims("蛋鸡存栏突破1000万羽。");
        assert_eq!(hens[0].1.as_deref(), Some("羽"));
        assert_eq!(hens[0].2, Some(Animals));
        // Shares with a thousands separator, as in a broker's trade log (`买入 515450 81,000股`).
        assert_eq!(dims("买入81,000股。"), [dim("81,000股", "股", Shares)]);
        // Wells and cages in 口: cn-city-gwr/city-128 (`新建抗旱机井5231口`), city-015 (`网箱404口`).
        assert_eq!(dims("新建抗旱机井483口，"), [dim("483口", "口", Items)]);
        // Products in 款: oh-meeting-minutes (`覆盖4款主流芯片`, `11款开发板`).
        assert_eq!(dims("上架产品117款。"), [dim("117款", "款", Items)]);
        // Transformer capacity in 千伏安: cn-city-gwr/city-111 (`160千伏安以下`).
        assert_eq!(
            dims("新增变电容量90000千伏安。"),
            [dim("90000千伏安", "千伏安", Power)]
        );
        // After digits, 千 of 千伏安 or 千克 is the unit's prefix, not a thousand.
        assert_eq!(counts("新增变电容量90000千伏安。")[0].1, Some(json!(90000)));
        assert_eq!(counts("每袋净重25千克，")[0].1, Some(json!(25)));
        assert_eq!(counts("新建住房5千套，")[0].1, Some(json!(5000)));
        // Beer and liquor in 千升: cn-city-gwr/city-136 (`年产100万千升`), city-117 (`25万千升`).
        assert_eq!(
            dims("年产啤酒11万千升，"),
            [dim("11万千升", "千升", Volume)]
        );
        // Topsoil depth: cn-provincial-gwr-2026/prov-2026-05 (`达到20.6厘米`).
        assert_eq!(
            dims("耕层厚度达到15厘米，"),
            [dim("15厘米", "厘米", Length)]
        );
        // Electricity in 千瓦小时: cn-national-gwr/gwr-national-1987 (`发电量达到４４５５亿千瓦小时`).
        assert_eq!(
            dims("全社会用电量94564亿千瓦小时，"),
            [dim("94564亿千瓦小时", "千瓦小时", Energy)]
        );
        assert_eq!(
            dims("发电量达到４４５５亿千瓦小时，比上年增长"),
            [dim("４４５５亿千瓦小时", "千瓦小时", Energy)]
        );
    }

    /// Compound units of the statistical system are one unit, not a tonnage and a
    /// noun; Traditional spellings pivot with the Simplified ones.
    #[test]
    fn statistical_units_and_traditional_spellings() {
        use crate::document::Dimension::{Energy, Items, Mass, TransportWork};
        // Daqing's 2017 first-quarter analysis: energy use in 吨标准煤.
        assert_eq!(
            dims("全社会能源消费总量达到729.2万吨标准煤，"),
            [dim("729.2万吨标准煤", "吨标准煤", Energy)]
        );
        // cn-national-gwr/gwr-national-1993, cn-city-gwr/city-018: freight turnover.
        assert_eq!(
            dims("货物周转量1200亿吨公里，"),
            [dim("1200亿吨公里", "吨公里", TransportWork)]
        );
        // cn-city-gwr/city-002, city-066: container throughput in 标准箱.
        assert_eq!(
            dims("集装箱吞吐量120万标准箱。"),
            [dim("120万标准箱", "标准箱", Items)]
        );
        // Taiwan's Legislative Yuan motions: 項 and 项, 公噸 and 公吨 pivot together.
        assert_eq!(dims("提出 5 項建議"), [dim("5 項", "项", Items)]);
        assert_eq!(
            dims("一年共排放 2.5 萬公噸"),
            [dim("2.5 萬公噸", "公吨", Mass)]
        );
    }

    /// Taiwan's legal names of the centimetre, millimetre and gram under its
    /// 度量衡法 (../shared/corpus/reports/tw-ly-proceedings: LCEWC03_090601.txt
    /// `淹水 50 公分`, LCEWC03_090604.txt `20 公克以下`; the Central Weather
    /// Administration's rainfall in 公釐), and votes counted in 票 (board
    /// resolutions: `赞成9票，反对0票，弃权0票`), never in a set phrase (`一票否决`).
    #[test]
    fn taiwan_metric_names_and_votes() {
        use crate::document::Dimension::{Items, Length, Mass};
        assert_eq!(
            dims("對淹水 50 公分的受災戶"),
            [dim("50 公分", "公分", Length)]
        );
        assert_eq!(dims("累積雨量120公釐"), [dim("120公釐", "公厘", Length)]);
        assert_eq!(dims("持有「20 公克」"), [dim("20 公克", "公克", Mass)]);
        assert_eq!(
            dims("表决结果：赞成9票，反对0票，弃权0票。"),
            [
                dim("9票", "票", Items),
                dim("0票", "票", Items),
                dim("0票", "票", Items)
            ]
        );
        assert!(dims("实行安全生产一票否决制。").is_empty());
        // At least: `及以上` after the unit.
        let f = counts("三年及以上工作经历的人员共120人及以上。");
        assert_eq!(f.last().unwrap().2, Some(Qualifier::AtLeast), "{f:?}");
    }

    /// A unit that begins with 千 or 百 after 万 or 亿: the scale ends the number.
    #[test]
    fn a_unit_in_thousands_after_a_scale() {
        // The wind-power plan in an energy news digest (2011): 至2015年末，并网风电
        // 累计装机容量要达到1亿千瓦，年发电量要达到1900亿千瓦时.
        let f = counts("累计装机容量要达到1亿千瓦，年发电量要达到1900亿千瓦时。");
        assert_eq!(f[0].0, "1亿千瓦");
        assert_eq!(f[0].1, Some(json!(100000000)));
        assert_eq!(f[1].1, Some(json!(190000000000u64)));
        // Grain and capacity figures of the kind statistical bulletins print.
        assert_eq!(counts("储备3亿千克")[0].1, Some(json!(300000000)));
        assert_eq!(counts("新增装机5万千瓦")[0].1, Some(json!(50000)));
        // A numeral goes on after the scale: 三万一千 is one number.
        assert_eq!(counts("三万一千人")[0].1, Some(json!(31000)));
    }

    /// A list that an ordinal opens is ordinals throughout; a number written the
    /// other way after an ordinal is a new phrase.
    #[test]
    fn lists_opened_by_an_ordinal_are_ordinals() {
        // cn-city-gwr/city-142: two plants ranked 1st and 2nd in the province.
        assert!(counts("两家企业年屠宰产能分别排全省第1、2位，全州猪肉精细化分割").is_empty());
        // The Legislative Yuan gazette's sessions (`第4、5、6、7次`), and articles.
        assert!(counts("本院第4、5、6、7次會議").is_empty());
        assert!(counts("依同法第十六、十八、十九條規定").is_empty());
        assert!(counts("第3至5届运动会").is_empty());
        // cn-city-gwr/city-027: "3 items ranked 3rd, 1 item ranked 2nd", "2 items ranked 2nd".
        let t =
            "上半年4项指标中有3项获全省第三、1项第二。公安4项工作名列全省第一、2项工作名列全省第二";
        let got: Vec<String> = counts(t).into_iter().map(|r| r.0).collect();
        assert_eq!(got, ["4项", "3项", "1项", "4项", "2项"]);
    }

    #[test]
    fn the_object_is_the_whole_compound_noun() {
        let object = |t: &str| counts(t).into_iter().next().and_then(|c| c.3);
        // ../shared/corpus/reports/cn-city-gwr/city-015.txt, city-066.txt, city-046.txt.
        assert_eq!(object("建设10个口袋公园，").as_deref(), Some("口袋公园"));
        assert_eq!(
            object("实施27条背街小巷改造。").as_deref(),
            Some("背街小巷")
        );
        assert_eq!(
            object("100个省市重点项目完成投资").as_deref(),
            Some("省市重点项目")
        );
        // An adverb the tagger reads as a noun ends it (city-023.txt).
        assert_eq!(
            object("推动30余项试点任务全部落地实施").as_deref(),
            Some("试点任务")
        );
        // A qualifier between the count and its object (闵行区城市更新“十五五”规划, 2026).
        assert_eq!(
            object("完成5个以上老旧街区改造").as_deref(),
            Some("老旧街区")
        );
        // A modifier the tagger calls a verbal noun (立法會, 2013-04-17).
        assert_eq!(object("全港有73間直資學校，").as_deref(), Some("直資學校"));
        // The noun that a number follows is the next figure's indicator.
        assert_eq!(object("新开工3个项目总投资20亿元").as_deref(), Some("项目"));
        // A verb the tagger reads as a name does not join the object.
        assert_eq!(object("有3件作品荣获自治区奖项").as_deref(), Some("作品"));
    }

    /// An object cut by a hard wrap goes on over the next line, its halves read
    /// as one word (the span holds the line break, as the original does).
    #[test]
    fn the_object_goes_on_after_a_hard_wrap() {
        let objects =
            |t: &str| -> Vec<Option<String>> { counts(t).into_iter().map(|c| c.3).collect() };
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090603.txt.
        let t = "  決定：交交通、司法及法制兩委員會審查。【國民黨黨團提議退\n     回程序委員會重新提出，經記名表決結果，不予通過，表\n     決結果附後(5)】\n六十、教育部函送財團法人高等教育評鑑中心基金會等 10 家財團法\n  人 106 年度決算書案。\n";
        assert_eq!(objects(t), [Some("財團法\n  人".to_string())]);
        // 立法會 written replies, 2013-06-05, question 8 (a word cut in two, and
        // two words on either side of the wrap).
        let t = "(六 ) 在 2007-2008學年至 2012-2013學年期間，我們透過校舍分\n配工作合共向 11個辦學團體分配了 4幅全新土地和 7個空置\n校舍，以擴展或重置現有的國際學校及設立新的國際學\n校。此外，我們支援 3個辦學團體，處理其原址重建的計劃。";
        assert!(
            objects(t).contains(&Some("空置\n校舍".to_string())),
            "{:?}",
            objects(t)
        );
    }

    #[test]
    fn counts_with_measure_words_and_objects() {
        assert_eq!(
            counts("共有12位選手參加"),
            vec![("12位".into(), Some(json!(12)), None, Some("選手".into()))]
        );
        assert_eq!(
            counts("共走访慰问困难家庭6户，"),
            vec![("6户".into(), Some(json!(6)), None, None)]
        );
        assert_eq!(
            counts("累計發放宣傳單3000餘份，"),
            vec![(
                "3000餘份".into(),
                Some(json!(3000)),
                Some(Qualifier::MoreThan),
                None
            )]
        );
        assert_eq!(
            counts("各类图书近万册；"),
            vec![(
                "近万册".into(),
                Some(json!(10000)),
                Some(Qualifier::Nearly),
                None
            )]
        );
        assert_eq!(
            counts("出席委員 96 人，"),
            vec![("96 人".into(), Some(json!(96)), None, None)]
        );
        assert_eq!(counts("参会人员一百二十名。")[0].1, Some(json!(120)));
        assert_eq!(counts("培训十余万人次")[0].1, Some(json!(100000)));
    }

    /// Routes (`线`/`線`) and stations (`站`) are counted in figures; a route's
    /// name and a tier are no counts.
    #[test]
    fn routes_and_stations() {
        use crate::document::Dimension::Items;
        // johnlinp/neihu-urban-planning@874e25b1eed43f5d7b6b0000096200ed29e9da8b:
        // chapter-3/section-4.md (bus routes and MRT stations of Neihu).
        let t = "目前內湖地區聯營大型公車路線計有 23 線（包含 2 線快速公車），其中以成功路的 12 線最多，其次為內湖路、康寧路的 10 線。";
        let got: Vec<String> = counts(t).into_iter().map(|r| r.0).collect();
        assert_eq!(got, ["23 線", "2 線", "12 線", "10 線"]);
        let got: Vec<String> = counts("公車路線計有23線，其中3線為快速公車")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(got, ["23線", "3線"]);
        assert_eq!(counts("全市公車路線中3線停駛。")[0].0, "3線");
        assert_eq!(dims(t)[0], dim("23 線", "线", Items));
        assert_eq!(counts("大湖公園站、葫洲站及東湖站等 7 站。")[0].0, "7 站");
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090216.txt: training
        // stations, and airports that made a surplus across a wrap.
        assert_eq!(
            counts("改善基層訓練站訓練環境及器材設備 200 站、辦理國際頂級賽會 8 次")[0].0,
            "200 站"
        );
        // Route names: cn-city-gwr/city-135 (国道351线), tw-ly-proceedings/
        // LCEWC03_090513 (台 9 線); a tier of cities: cn-national-gwr/gwr-national-2018.
        for t in [
            "泸石高速加快建设，国道351线夹金山隧道提前一年实现贯通",
            "新增通過決議（十）台 9 線道路改善",
            "因城施策分类指导，三四线城市商品住宅去库存取得明显成效",
            // Counties' roads: 臺南市政府 2022-05-26 (東山咖啡公路), and the
            // tw-ly-proceedings' `投 89 線`.
            "涵蓋區道南99線、南104線、南104-2、南105線及市道175線等5條道路",
            "東山區南102線田尾橋拓寬工程5900萬元、柳營區南81線及南112線道路改善工程",
            "鑒於南投縣仁愛鄉投 89 線縣道",
        ] {
            assert!(
                counts(t).iter().all(|c| !c.0.ends_with(['线', '線'])),
                "{t}: {:?}",
                counts(t)
            );
        }
    }

    /// 坪, Taiwan's customary area of land and floors, is an area and a
    /// denominator (臺南市政府 2021-12-21: `每坪約為111萬元`; the Legislative
    /// Yuan's gazette: `約 316.69 坪`); not inside words (`草坪`, `停機坪`).
    #[test]
    fn ping_is_an_area() {
        use crate::document::Dimension::Area;
        assert_eq!(
            dims("房屋面積約 316.69 坪。")[0],
            dim("約 316.69 坪", "坪", Area)
        );
        assert!(counts("铺设草坪，停機坪2座")
            .iter()
            .all(|c| !c.0.contains('坪')));
        assert!(counts("位于五坪乡的项目，八坪镇人民政府")
            .iter()
            .all(|c| !c.0.contains('坪')));
        let f = facts_of("每坪約為111萬元，");
        assert_eq!(f[0].per.as_deref(), Some("坪"));
    }

    /// Categories (`大类`) and the tokens of a language model (`词元`).
    #[test]
    fn categories_and_tokens() {
        // cn-city-gwr/city-081 and city-082.
        assert_eq!(counts("全面完成十大类55项民生实事。")[0].0, "十大类");
        assert_eq!(
            counts("光明湖生命科技等10大类40个总部经济集聚区")[0].0,
            "10大类"
        );
        assert_eq!(
            counts("训练数据达到22亿词元，")[0].1,
            Some(json!(2200000000u64))
        );
        assert_eq!(counts("认真回答 35 道题目（约 10-15 分钟）")[0].0, "35 道");
    }

    #[test]
    fn not_counts() {
        for t in [
            "社区进行了第五届的迎中秋象棋赛",
            "两个晚上",
            "三個活動室",
            "每人负责一户贫困户",
            "一对一帮扶",
            "大家一起座谈",
            "持续3个月",
        ] {
            assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
        }
    }

    #[test]
    fn masked_counts_are_incomplete() {
        let f = facts_of("受益居民20xx餘人，");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "20xx餘人");
        assert!(f[0].incomplete);
        assert_eq!(f[0].value, None);
    }

    #[test]
    fn a_single_chinese_digit_counts_before_a_unit_of_measurement() {
        // Hong Kong budget speech, 2013 (LegCo record): 幅 counts plots of land.
        let c = counts("我們在青衣已預留 1幅約兩公頃的專用物流土地。");
        assert_eq!(c[0].0, "1幅", "{c:?}");
        assert_eq!(
            (c[1].0.as_str(), c[1].1.clone(), c[1].2),
            ("約兩公頃", Some(json!(2)), Some(Qualifier::Approx))
        );
        // corpus/reports/cn-national-gwr/gwr-national-1955.txt
        let c = counts("如果每件棉纱平均少用两斤棉花，全国每年就可以");
        assert_eq!(c[0].1, Some(json!(2)), "{c:?}");
        // corpus/reports/tw-ly-proceedings/LCEWC03_090513.txt: after a qualifier, 一 too.
        let c = counts("距離深澳電廠不到一公里的瑞濱國小");
        assert_eq!(c[0].2, Some(Qualifier::LessThan), "{c:?}");
        // Classifiers, the idiom, a zero mark and a quoted name count nothing
        // (corpus/reports/cn-city-gwr: `“三公里”充分就业社区`, `长江零公里地标广场`).
        for t in [
            "打通服务群众最后一公里",
            "建成“三公里”充分就业社区5个",
            "长江零公里地标广场等成为新",
            "推进两项改革",
        ] {
            assert!(
                counts(t).iter().all(|x| x.1 != Some(json!(3))
                    && x.1 != Some(json!(0))
                    && x.1 != Some(json!(1))
                    && x.1 != Some(json!(2))),
                "{t}: {:?}",
                counts(t)
            );
        }
    }

    #[test]
    fn bills_and_cases_are_counted_with_an() {
        // Taiwan Legislative Yuan, interior committee, 2012 (record).
        let c = counts("繼續審查總統副總統選舉罷免法部分條文修正草案共十五案，其中第一案至第八案");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, Some(json!(15)), "{c:?}");
        // corpus/reports/tw-ly-proceedings/LCEWC03_090412.txt
        let c = counts("時代力量黨團提議增列報告事項共 5 案（詳如附表）");
        assert_eq!(c[0].0, "5 案", "{c:?}");
    }

    #[test]
    fn objects_read_through_quoted_terms() {
        // Songjiang district's urban renewal plan for 2025 (Shanghai).
        let c = counts("认定启动3个“城中村”整体改造类项目，同步推进规划拔点类项目。");
        assert_eq!(c[0].3.as_deref(), Some("“城中村”整体改造类项目"), "{c:?}");
        let c = counts("推进5个“美丽街区”建设。");
        assert_eq!(c[0].3.as_deref(), Some("“美丽街区”"), "{c:?}");
        // corpus/reports/cn-city-gwr: a quoted term that opens the object, and one
        // inside it, which counts only with the noun after it.
        let c = counts("学习推广“千万工程”经验，完成405个“多规合一”实用性村庄规划，");
        assert_eq!(c[0].3.as_deref(), Some("“多规合一”实用性村庄规划"), "{c:?}");
        let c = counts("造业智能化改造数字化转型，新增50户企业“上云”。");
        assert_eq!(c[0].3.as_deref(), Some("企业"), "{c:?}");
        // The segmenter's 供水管|道 and 個票|匭 are single words.
        let c = counts("实施24公里老旧供水管道改造。");
        assert_eq!(c[0].3.as_deref(), Some("老旧供水管道"), "{c:?}");
        let c = counts("完成8公里燃气管道改造。");
        assert_eq!(c[0].3.as_deref(), Some("燃气管道"), "{c:?}");
        let c = counts("各縣市如果有5個票匭，我們估計");
        assert_eq!(c[0].3.as_deref(), Some("票匭"), "{c:?}");
    }

    /// Nouns joined by `及` or `等` make one object when it closes its phrase
    /// (臺南市's 2024 first-half report: `8場地方創生及創業等技術交流會`; a province's
    /// 2026 report, ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-06.txt:
    /// `44条国际及地区客货运航线`); not when the clause goes on, nor an example's
    /// projects (`10万吨颗粒硅等项目`).
    #[test]
    fn objects_joined_by_ji_and_deng() {
        let c = counts("辦理8場地方創生及創業等技術交流會、1場競賽。");
        assert_eq!(
            c[0].3.as_deref(),
            Some("地方創生及創業等技術交流會"),
            "{c:?}"
        );
        let c = counts("开通44条国际及地区客货运航线。");
        assert_eq!(c[0].3.as_deref(), Some("国际及地区客货运航线"), "{c:?}");
        let c = counts("建成10万吨颗粒硅等项目。");
        assert_eq!(c[0].3.as_deref(), Some("颗粒硅"), "{c:?}");
        // A measure's object is the thing measured; a place is no joined noun.
        let c = counts("实施吉化北方20万吨醋酸乙烯等产业链重点项目。");
        assert_eq!(c[0].3.as_deref(), Some("醋酸乙烯"), "{c:?}");
        let c = counts("組織12个项目及金融机构现场对接。");
        assert_eq!(c[0].3.as_deref(), Some("项目"), "{c:?}");
    }

    /// A PDF copy spaces an article number's digits (`第 1 0 条`): the number is
    /// one ordinal, no count of 0 条.
    #[test]
    fn spaced_digits_of_an_ordinal_are_no_count() {
        let t = "奖励。\n第 1 0 条 鼓励企业标准创制。\n第 2 3 条  新建3个项目。";
        let got: Vec<String> = counts(t).into_iter().map(|c| c.0).collect();
        assert_eq!(got, ["3个"]);
    }

    /// A rank, the top so many, counts nothing (a listed company's annual summary:
    /// `前10名股东持股情况表`; ../shared/corpus city reports: `位列全国地级市前10位`,
    /// `前6名郴州占4席`).
    #[test]
    fn the_top_so_many_is_a_rank() {
        for t in [
            "2.2 前10名股东持股情况表",
            "位列全国地级市前10位。",
            "榜单前6名郴州占4席。",
        ] {
            assert!(
                crate::facts::facts_of(t)
                    .iter()
                    .all(|f| f.kind != crate::document::FactKind::Count || f.text == "4席"),
                "{t}"
            );
        }
        let f = crate::facts::facts_of("共10名学生参加。");
        assert!(f.iter().any(|f| f.text == "10名"), "{f:?}");
        // A place in a ranking (數位時代 2019: `排名上市企業29名`; Legislative Yuan
        // proceedings: `排名掉到 47 名`), and a move in one (`排名提升494名`).
        for t in [
            "排名上市企業29名。",
            "吸引力排名掉到 47 名。",
            "医院排名提升494名。",
        ] {
            assert!(
                crate::facts::facts_of(t)
                    .iter()
                    .all(|f| f.kind != crate::document::FactKind::Count),
                "{t}"
            );
        }
        // A ranking word inside a modifier, or naming a list, ranks nothing here.
        for t in [
            "共有30名学生参加排名赛。",
            "全省排名第一的学校录取新生3000名。",
            "排行榜发布后新增会员500名。",
        ] {
            let f = crate::facts::facts_of(t);
            assert!(
                f.iter().any(|f| f.kind == crate::document::FactKind::Count),
                "{t}: {f:?}"
            );
        }
        // `前` ending another word: counts.
        let f =
            crate::facts::facts_of("目前3名患者仍在住院，此前2名嫌疑人已被抓获，日前5位专家到场。");
        let texts: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
        assert!(
            texts.contains(&"3名") && texts.contains(&"2名") && texts.contains(&"5位"),
            "{texts:?}"
        );
    }
}
