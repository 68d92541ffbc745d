//! Percentages: `100%`, `１２％`, `百分之八十`, `八成` (→ 80), `三成半` (→ 35),
//! `12.5个百分点` (unit `point`), `千分之三` and `3‰` (→ 0.3), `万分之五` (→ 0.05), `四分之一` (→ 25),
//! discounts `八折` (→ 80). Value in percent; `unit` is `percent` or `point`.

use crate::document::{FactKind, Qualifier};

use super::number_value;

use super::{qualifiers, Cand, Ctx, Num};
use crate::chinese::numerals::{self, Scan};

pub(crate) fn find(cx: &Ctx) -> Vec<Cand> {
    let mut out = Vec::new();
    for n in &cx.nums {
        if let Some(c) = after_number(cx, n) {
            out.push(c);
        }
    }
    out.extend(fractions(cx));
    // 半成 = 5%, 半折 and 打对折 = 50%.
    for (w, v) in [("半成", 5.0), ("半折", 50.0), ("对折", 50.0)] {
        for i in cx.find_all(w) {
            if w == "对折" && cx.before(i) != Some('打') {
                continue;
            }
            if cx.starts_word(i) || w == "对折" {
                out.push(cand(cx, i, i + w.len(), Some(v), "percent", None));
            }
        }
    }
    out
}

/// `word` at `pos`, with spaces allowed between its characters, and one hard
/// wrap (text from PDF: `1.5個百分` + wrap + `點`): its end.
fn spaced(cx: &Ctx, pos: usize, word: &str) -> Option<usize> {
    let s = cx.s;
    let mut p = pos;
    let mut wrapped = false;
    for (k, c) in word.chars().enumerate() {
        if k > 0 {
            while s[p..].starts_with(' ') {
                p += 1;
            }
            if !wrapped && !s[p..].starts_with(c) {
                if let Some(next) = super::wraps::past_wrap(cx, p) {
                    p = next;
                    wrapped = true;
                }
            }
        }
        if !s[p..].starts_with(c) {
            return None;
        }
        p += c.len_utf8();
    }
    Some(p)
}

fn cand(
    cx: &Ctx,
    start: usize,
    end: usize,
    v: Option<f64>,
    unit: &str,
    mut q: Option<Qualifier>,
) -> Cand {
    let (mut start, mut end) = (start, end);
    if let Some((qs, pq)) = qualifiers::prefix(cx, start) {
        q = Some(pq);
        start = qs;
    }
    if let Some((e, sq)) = qualifiers::suffix(cx, end) {
        if sq != Qualifier::MoreThan {
            q = Some(sq);
            end = e;
        }
    }
    let mut c = Cand::new(FactKind::Percent, start..end);
    c.value = v.and_then(number_value);
    c.incomplete = v.is_none();
    c.unit = Some(unit.to_string());
    c.unit_normalized = Some(unit.to_string());
    c.qualifier = q;
    c
}

/// `N%`, `N个百分点`, `N成`, `N折`, `增长N倍`.
fn after_number(cx: &Ctx, n: &Num) -> Option<Cand> {
    if cx.is_ordinal(n) || !cx.numeral_starts_word(n) || cx.is_digit_pair(n) {
        return None;
    }
    // Inside URLs and codes (`q=30%25%2020%`, `a+30%`): glued to `%`, `=`, `/` or
    // letters, or to a `+` that follows one of them or a digit (a sum, `1+30%`).
    let url = |c: char| c.is_ascii_alphabetic() || matches!(c, '%' | '=' | '/' | '&' | '?' | '#');
    let plus = cx.before(n.start).filter(|c| matches!(c, '+' | '＋'));
    let plus_at = plus.map(|c| n.start - c.len_utf8());
    if cx.before(n.start).is_some_and(url)
        || plus_at.is_some_and(|at| cx.before(at).is_some_and(|c| url(c) || c.is_ascii_digit()))
    {
        return None;
    }
    let mut start = n.start;
    let mut v = n.value();
    if let Some(at) = plus_at {
        // An explicit plus sign (`人口變動率亦修訂為+2.6%`) belongs to the number.
        start = at;
    } else if let Some(st) = numerals::sign_before(cx.s, n.start) {
        start = st;
        v = v.map(|x| -x);
    }
    let q = n
        .numeral
        .filter(|x| x.more_than)
        .map(|_| Qualifier::MoreThan);
    let p = cx.unit_gap(n.end, true);
    let c = cx.at(p)?;
    if c == '%' || c == '％' {
        // `{% gi 2 %}`: the closing `%}` of a template's tag (Hexo, Jinja, Liquid).
        if c == '%' && cx.at(p + 1) == Some('}') {
            return None;
        }
        return Some(cand(cx, start, p + c.len_utf8(), v, "percent", q));
    }
    // Per mille, as `千分之` (`出生率为5.46‰` → 0.546).
    if c == '‰' {
        let v = v.map(|x| x / 10.0);
        return Some(cand(cx, start, p + c.len_utf8(), v, "percent", q));
    }
    for w in ["个百分点", "百分点"] {
        if let Some(e) = spaced(cx, p, w) {
            return Some(cand(cx, start, e, v, "point", q));
        }
    }
    // Points of per mille (a birth rate's change, `下降1.19個千分點`), in points
    // of percent as per mille is in percent (→ 0.119).
    for w in ["个千分点", "千分点"] {
        if let Some(e) = spaced(cx, p, w) {
            let v = v.map(|x| x / 10.0);
            return Some(cand(cx, start, e, v, "point", q));
        }
    }
    // Basis points: `涨2.9个基点`, `15bp`.
    for w in ["个基点", "基点", "bp", "BP", "Bp", "bps", "BPS"] {
        if let Some(e) = spaced(cx, p, w) {
            if !cx.at(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
                return Some(cand(cx, start, e, v, "bp", q));
            }
        }
    }
    let x = n.numeral?;
    if c == '成' {
        let mut e = p + c.len_utf8();
        let mut val = x.value * 10.0;
        if cx.at(e) == Some('半') {
            val += 5.0;
            e += '半'.len_utf8();
        } else if let Some((d, len)) = cx.at(e).and_then(|c| {
            let d = "一二三四五六七八九"
                .find(c)
                .map(|i| i / '一'.len_utf8() + 1);
            d.or_else(|| c.to_digit(10).filter(|&d| d > 0).map(|d| d as usize))
                .map(|d| (d, c.len_utf8()))
        }) {
            // `二成四` = 24%, `七成五` = 75%, `9成8` = 98%: one more digit is the
            // units of the percentage (not when a number or measure word goes on
            // after it).
            let after = e + len;
            // (An Arabic digit only before a mark, a space, `的` or the line's end:
            // `近9成3歲以下` is 90% of those under 3.)
            let arabic = cx.at(e).is_some_and(|c| c.is_ascii_digit());
            if !cx.at(after).is_some_and(|c| {
                "〇零一二三四五六七八九十百千万亿个成点.．".contains(c)
                    || c.is_ascii_digit()
                    || (arabic && crate::chinese::chars::is_han(c) && c != '的')
            }) {
                val += d as f64;
                e = after;
            }
        }
        // `七成多`, `三成多的企业`: more than the tenths written (not `多个`, `多数`).
        let mut q = q;
        if cx.at(e) == Some('多') && cx.ends_word(e + '多'.len_utf8()) {
            e += '多'.len_utf8();
            q = Some(Qualifier::MoreThan);
        }
        if x.value > 10.0 || !cx.ends_word(e) || x.more_than {
            return None;
        }
        return Some(cand(cx, start, e, Some(val), "percent", q));
    }
    // `同比增长1.86倍`: growth by a multiple is growth by that many hundred
    // percent (+186%), as statistical releases use it. Only right after a verb of
    // growth: `增长到2倍`, `增长为2倍` and `是上年的2倍` give a ratio, no change.
    if c == '倍' {
        let e = p + c.len_utf8();
        let lead = qualifiers::prefix(cx, start).map_or(start, |(qs, _)| qs);
        let before = cx.s[..lead].trim_end_matches(' ');
        let before = before.strip_suffix('了').unwrap_or(before);
        let grown = super::changes::growth_verb_ending(before).is_some();
        if !grown {
            return None;
        }
        // (`增加3倍剂量`: a multiple of a noun's amount, no growth.)
        let after = cx.at(e);
        if after.is_some_and(|c| {
            crate::chinese::chars::is_han(c) && !matches!(c, '多' | '以' | '左' | '上')
        }) && qualifiers::suffix(cx, e).is_none()
        {
            return None;
        }
        let val = v.map(|x| numerals::tidy(x * 100.0));
        // `增长2倍多`: more than the multiple.
        let (e, q) = if cx.at(e) == Some('多') && cx.ends_word(e + '多'.len_utf8()) {
            (e + '多'.len_utf8(), Some(Qualifier::MoreThan))
        } else {
            (e, q)
        };
        return Some(cand(cx, start, e, val, "percent", q));
    }
    if c == '折' {
        let e = p + c.len_utf8();
        let val = if x.value < 10.0 {
            x.value * 10.0
        } else if x.value < 100.0 && x.value > 10.0 && x.value.fract() == 0.0 {
            x.value
        } else {
            return None;
        };
        if !cx.ends_word(e)
            || cx
                .at(e)
                .is_some_and(|c| matches!(c, '合' | '算' | '旧' | '扣' | '叠' | '射'))
        {
            return None;
        }
        return Some(cand(cx, start, e, Some(val), "percent", q));
    }
    None
}

/// `百分之N`, `千分之N`, `万分之N` (spaces allowed between the characters).
fn fractions(cx: &Ctx) -> Vec<Cand> {
    let mut out = Vec::new();
    let s = cx.s;
    for i in cx.find_all("之") {
        // Walk back over `分` and the denominator's scale words.
        let mut j = i;
        let back = |j: &mut usize| -> Option<char> {
            while *j > 0 && s.as_bytes()[*j - 1] == b' ' {
                *j -= 1;
            }
            let c = s[..*j].chars().next_back()?;
            *j -= c.len_utf8();
            Some(c)
        };
        if back(&mut j) != Some('分') {
            continue;
        }
        let fen = j;
        let mut denom = 1.0;
        let mut start = fen;
        loop {
            let mut k = start;
            match back(&mut k) {
                Some(c) => match numerals::small_unit(c)
                    .map(f64::from)
                    .or_else(|| numerals::big_unit(c))
                {
                    Some(u) => {
                        denom *= u;
                        start = k;
                    }
                    None => break,
                },
                None => break,
            }
        }
        if start == fen || denom < 100.0 {
            if let Some(c) = small_fraction(cx, fen, i) {
                out.push(c);
            }
            continue;
        }
        // A digit before the scale words makes it a plain fraction (一百分之五).
        if cx
            .before(start)
            .is_some_and(|c| numerals::cn_digit(c).is_some() || numerals::arabic_digit(c).is_some())
        {
            continue;
        }
        if !cx.starts_word(start) && cx.at(start) != Some('百') {
            continue;
        }
        let p = cx.skip_spaces(i + '之'.len_utf8());
        let Scan::Found(x) = numerals::scan_with(s, p, true) else {
            continue;
        };
        // 百分之二三十: a range, not a value.
        if cx
            .at(x.end)
            .is_some_and(|c| numerals::cn_digit(c).is_some())
        {
            continue;
        }
        let v = x.value * 100.0 / denom;
        out.push(cand(cx, start, x.end, Some(v), "percent", None));
    }
    out
}

/// A common fraction written out, `N分之M` with a denominator up to a hundred
/// (`四分之一` → 25, `三分之二` → 66.67, `十分之一` → 10): a share, as a percentage
/// rounded to two decimals. A mixed number (`一又二分之一`) or a fraction of a
/// unit (`八分之一個基數`) is no share.
fn small_fraction(cx: &Ctx, fen: usize, zhi: usize) -> Option<Cand> {
    let s = cx.s;
    let start = s[..fen]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| numerals::is_cn_numeral_char(c) && numerals::big_unit(c).is_none())
        .last()
        .map(|(k, _)| k)?;
    let denom = numerals::parse(&s[start..fen])?;
    if !(2.0..=100.0).contains(&denom) || denom.fract() != 0.0 {
        return None;
    }
    if cx.before(start).is_some_and(|c| {
        c == '又' || numerals::arabic_digit(c).is_some() || numerals::cn_digit(c).is_some()
    }) {
        return None;
    }
    let p = cx.skip_spaces(zhi + '之'.len_utf8());
    let Scan::Found(x) = numerals::scan_with(s, p, true) else {
        return None;
    };
    if x.value <= 0.0 || x.value >= denom || x.value.fract() != 0.0 {
        return None;
    }
    let rest = &s[x.end..];
    if rest.starts_with(['个', '個'])
        || super::counts::measure_words().any(|w| rest.starts_with(w))
        || rest
            .chars()
            .next()
            .is_some_and(|c| numerals::cn_digit(c).is_some())
    {
        return None;
    }
    let v = (x.value * 100.0 / denom * 100.0).round() / 100.0;
    Some(cand(cx, start, x.end, Some(v), "percent", None))
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

    fn pct(t: &str) -> Vec<Row> {
        facts_of(t)
            .into_iter()
            .filter(|f| f.kind == FactKind::Percent)
            .map(|f| (f.text, f.value.map(Into::into), f.unit, f.qualifier))
            .collect()
    }

    /// A template's tag closes with `%}` (a Hexo blog's `{% gi 2 %}`): no percentage.
    #[test]
    fn a_template_tag_is_no_percentage() {
        assert!(pct("{% gi 2 %} 图片 {% endgi %}").is_empty());
        assert_eq!(pct("增长2%，{% gi 3 %}")[0].1, Some(json!(2)));
    }

    /// Tenths and a units digit (風傳媒 2025 on 南投燈會: `滿意度9成8`; Legislative
    /// Yuan proceedings: `7成4`), and a level broken through (`訂房率破6成`).
    #[test]
    fn tenths_with_units_and_levels_broken() {
        assert_eq!(pct("南投燈會滿意度9成8，創新高")[0].1, Some(json!(98)));
        assert_eq!(pct("約有7成4的民眾")[0].1, Some(json!(74)));
        assert_eq!(pct("七成五的家庭")[0].1, Some(json!(75)));
        // (Not a number with its own unit after the tenths: `近9成3歲以下幼兒`.)
        assert_eq!(pct("近9成3歲以下幼兒家長")[0].1, Some(json!(90)));
        let f = pct("訂房率破6成");
        assert_eq!(
            (f[0].1.clone(), f[0].3),
            (Some(json!(60)), Some(Qualifier::MoreThan))
        );
    }

    #[test]
    fn percent_forms() {
        assert_eq!(pct("入户率达到100%、")[0].1, Some(json!(100)));
        assert_eq!(pct("增長１２％")[0].1, Some(json!(12)));
        assert_eq!(pct("百分之八十的居民")[0].1, Some(json!(80)));
        assert_eq!(
            pct("八成以上的居民")[0],
            (
                "八成以上".into(),
                Some(json!(80)),
                Some("percent".into()),
                Some(Qualifier::AtLeast)
            )
        );
        assert_eq!(
            pct("提高12.5个百分点")[0],
            (
                "12.5个百分点".into(),
                Some(json!(12.5)),
                Some("point".into()),
                None
            )
        );
        assert_eq!(pct("下降3.2個百分點")[0].2.as_deref(), Some("point"));
        assert_eq!(pct("千分之三")[0].1, Some(json!(0.3)));
        // (After a verb of change the sign turns the change: 3.5, a decrease.)
        assert_eq!(pct("增长-3.5%")[0].1, Some(json!(3.5)));
        assert_eq!(pct("-3.5%")[0].1, Some(json!(-3.5)));
        // An explicit plus sign (the Census and Statistics Department, 2024-02-20:
        // `人口變動率亦修訂為+2.6%`); not a `+` glued to a code (`a+30%`).
        let f = pct("人口變動率亦修訂為+2.6%。增長＋0.4%。");
        assert_eq!(
            (f[0].0.as_str(), f[0].1.clone()),
            ("+2.6%", Some(json!(2.6)))
        );
        assert_eq!(f[1].0, "＋0.4%");
        assert!(pct("q=a+30%").is_empty());
        assert!(pct("合计1+30%").iter().all(|r| !r.0.starts_with('+')));
    }

    #[test]
    fn points_cut_by_a_hard_wrap() {
        // ../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090102.txt, lines 1229–1233.
        let t = concat!(
            "  家長不知道高度近視可能帶來黃斑部病變、視網膜剝離等後遺症\n",
            "  。根據教育部統計，民國 85 年國小六年級學生的視力不良率為\n",
            "  46.92%，但到民國 103 年已成長到 64.55%，18 年間成長近 18 個\n",
            "  百分點，增加 1.37 倍，顯示學童近視問題是日趨嚴重！而根據國\n",
            "  民健康署於 103 年進行視力防治研究計畫結果發現，每周戶外活\n",
        );
        let p = pct(t);
        assert!(
            p.iter()
                .any(|r| r.0 == "近 18 個\n  百分點" && r.2.as_deref() == Some("point")),
            "{p:?}"
        );
        // LCEWC03_090410.txt, lines 2161–2164 (the first shortened): the wrap inside 百分點.
        let t = concat!(
            "            　1 至 6 月加班費補助平均為 1,699 元，較上年同期增加\n",
            "            8.22%，另外，7 月失業率 3.84%，較上月上升 0.1 個百\n",
            "            分點，較上年同月降 0.18 個百分點，雖不能說大幅改\n",
            "            善了台灣的勞動環境，至少還是有些進步。但行政院\n",
        );
        let p = pct(t);
        assert!(
            p.iter().any(|r| r.0 == "0.1 個百\n            分點"),
            "{p:?}"
        );
        // 立法會, 2013-02-27, the budget speech: `1.5個百分` + wrap + `點`.
        let t = concat!(
            "去年年初，我看到香港的經濟面對很大的下行風險，所以在上一\n",
            "份財政預算案推出一籃子刺激經濟的措施，對經濟增長有 1.5個百分\n",
            "點的提振作用。這些措施主要是支援中小企，幫助市民，保持就業，\n",
            "以及透過經濟放緩的影響。勞工市場在2012年保持穩定，失業率自年\n",
        );
        let p = pct(t);
        assert!(p.iter().any(|r| r.0 == "1.5個百分\n點"), "{p:?}");
    }

    #[test]
    fn tenths_with_a_units_digit() {
        // China Textile Industry Association (2011): 同比增长二成四; 提升约一成九.
        assert_eq!(pct("出口同比增长二成四。")[0].1, Some(json!(24)));
        assert_eq!(pct("出口价格同比提升约一成九")[0].1, Some(json!(19)));
        assert_eq!(pct("七成五的居民")[0].1, Some(json!(75)));
        // A number goes on: no units digit (`三成五十`).
        assert!(pct("三成五十个").iter().all(|x| x.1 != Some(json!(35))));
    }

    /// `多` after the tenths says more than them (a county's 2023 work report:
    /// `农业人口占七成多`; a consumer survey: `三成多的受访者`; an export digest:
    /// `出口增长两成多`), but not when it opens a word (`七成多数`).
    #[test]
    fn more_than_the_tenths() {
        let more = Some(Qualifier::MoreThan);
        let f = pct("全县农业人口占七成多。");
        assert_eq!(
            (f[0].0.as_str(), f[0].1.clone(), f[0].3),
            ("七成多", Some(json!(70)), more)
        );
        assert_eq!(pct("三成多的受访者表示满意")[0].3, more);
        assert_eq!(pct("出口增长两成多，")[0].0, "两成多");
        let f = pct("其中七成多数为中小企业");
        assert!(f.iter().all(|x| x.3.is_none()), "{f:?}");
    }

    /// Growth by a multiple, as statistical releases and work reports write it
    /// (国家统计局 2021-12 profits: `同比增长1.86倍`; a provincial work report,
    /// 2026: `增长2倍多`, `增长超12倍`; the State Council's 1983 report:
    /// `自行车增长一点八倍`; Legislative Yuan proceedings: `成長超過 1 倍`).
    #[test]
    fn growth_by_a_multiple() {
        let f = pct("采矿业实现利润总额9920.7亿元，同比增长1.86倍。");
        assert_eq!(
            (f[0].0.as_str(), f[0].1.clone()),
            ("1.86倍", Some(json!(186)))
        );
        assert_eq!(pct("自行车增长一点八倍")[0].1, Some(json!(180)));
        let f = pct("发明专利拥有量达到9.3件、增长2倍多。");
        assert_eq!(
            (f[0].0.as_str(), f[0].3),
            ("2倍多", Some(Qualifier::MoreThan))
        );
        assert_eq!(pct("棉布供应增加了两倍")[0].1, Some(json!(200)));
        assert_eq!(pct("案件成長超過 10 倍")[0].1, Some(json!(1000)));
        // A ratio, not a growth: no percentage.
        for t in [
            "产量增长到2倍。",
            "是上年的2倍。",
            "实现倍增",
            "提高两倍数",
            "增加3倍剂量的药物",
        ] {
            assert!(pct(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn not_percent() {
        for t in ["一成不变", "百分之二三十", "成本五百"] {
            assert!(pct(t).is_empty(), "{t}: {:?}", pct(t));
        }
    }

    #[test]
    fn common_fractions_are_shares() {
        // Hong Kong budget speech, 2013 (LegCo record).
        let f = pct("整個行業目前僱用員工77萬人，佔本地生產總值的四分之一。");
        assert_eq!(
            (f[0].0.as_str(), f[0].1.clone()),
            ("四分之一", Some(json!(25)))
        );
        // corpus/reports/tw-ly-proceedings: frozen shares of a budget line.
        let f = pct("第 2 目項下預算凍結五分之一書面報告，請查照案。");
        assert_eq!(f[0].1, Some(json!(20)), "{f:?}");
        let f = pct("預算扣除人事費及法定支出外凍結十分之一書面報告");
        assert_eq!(f[0].1, Some(json!(10)), "{f:?}");
        // Rounded to two decimals, and qualified like any percentage:
        // corpus/reports/cn-national-gwr/gwr-national-1955.txt and gwr-national-2019.txt.
        let f = pct("在全国农户总数中的比重，将达到三分之一左右。");
        assert_eq!(f[0].1, Some(json!(33.33)), "{f:?}");
        assert_eq!(f[0].3, Some(Qualifier::Approx), "{f:?}");
        let f = pct("工业生产许可证种类压减三分之一以上。");
        assert_eq!(f[0].3, Some(Qualifier::AtLeast), "{f:?}");
        // A mixed number or a fraction of a unit is no share (Taiwan's pension
        // rules, in the duration tests).
        for t in ["給與一又二分之一個基數", "每一個月給與八分之一個基數"] {
            assert!(pct(t).is_empty(), "{t}");
        }
    }

    /// Per mille, as bulletins print birth and death rates (松原 2024 bulletin):
    /// in percent like `千分之`.
    #[test]
    fn per_mille() {
        let p = pct("出生率为5.46‰，死亡率为7.1‰。");
        assert_eq!(p[0].0, "5.46‰");
        assert_eq!(p[0].1, Some(json!(0.546)));
        assert_eq!(p[1].1, Some(json!(0.71)));
        assert_eq!(p[0].2.as_deref(), Some("percent"));
        // Its points (定西市's 2021 bulletin, as reprinted in Traditional script).
        let p = pct("人口出生率7.1‰，比上年下降1.19個千分點。");
        assert_eq!(p[1].0, "1.19個千分點");
        assert_eq!(p[1].1, Some(json!(0.119)));
        assert_eq!(p[1].2.as_deref(), Some("point"));
    }
}
