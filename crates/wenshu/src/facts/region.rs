//! Which side of the strait a document is on, from evidence a reader accepts:
//! Taiwan's currency (`新臺幣`, `台幣`, `NT$`), the Republic's name as a word
//! (`中華民國`), ROC years (`民國105年`, and three-digit years beside months such
//! as `112年5月`, which mainland texts never write). Never a substring of another
//! word: `全民国防`, `殖民国家`, `人民国家` hold `民国` but say nothing. Mainland
//! evidence: Simplified script, or the People's Republic's own names. Hong Kong's
//! evidence, in a Traditional-script text only (mainland texts in Simplified
//! name 香港特别行政区 too): its own name and currency (`香港特別行政區`, `港元`,
//! `港幣`, `HK$`), or the institutions of a special administrative region
//! (`立法會` with `議員`, `特區政府`, `行政長官`) in a text that names 香港 at least
//! as often as 澳門, whose institutions bear the same names. The region only sets
//! defaults (a bare `元` is TWD in a Taiwan document and HKD in a Hong Kong one;
//! a two- or three-digit year before `年` is an ROC year); a marker beside a fact
//! wins.

use std::sync::OnceLock;

use crate::document::{Region, Script};

/// The region of a document, from its byte-aligned Simplified copy and its script.
pub fn decide(simplified: &str, script: Script) -> Option<Region> {
    let hong_kong = script == Script::Traditional && hong_kong_evidence(simplified);
    if taiwan_evidence(simplified) {
        // Both: each side names the other's currency or state now and then (a
        // Hong Kong record on exchange rates says 新台幣); the document is the
        // side it names more.
        let more_hong_kong =
            simplified.matches("香港").count() > simplified.matches("台湾").count();
        return Some(if hong_kong && more_hong_kong {
            Region::Hk
        } else {
            Region::Tw
        });
    }
    const MAINLAND: [&str; 10] = [
        "中华人民共和国",
        "人民币",
        "人民政府",
        "国务院",
        "全国人民代表大会",
        // Its statistics bureau and survey teams (Taiwan's is 主計總處, Hong Kong's
        // 政府統計處), and those of its provinces, cities and counties (Taiwan's
        // cities and counties have a 主計處).
        "国家统计局",
        "省统计局",
        "市统计局",
        "县统计局",
        "区统计局",
    ];
    // (The statistics bureau named by others is qualified: `中國國家統計局`,
    // `大陸國家統計局`; the mainland names its own bare.)
    let mainland = || -> usize {
        MAINLAND
            .iter()
            .map(|w| {
                simplified
                    .match_indices(w)
                    .filter(|&(i, _)| {
                        *w != "国家统计局"
                            || !["中国", "大陆", "中共", "北京"]
                                .iter()
                                .any(|q| simplified[..i].ends_with(q))
                    })
                    .count()
            })
            .sum()
    };
    match script {
        Script::Simplified | Script::Mixed => Some(Region::Cn),
        Script::Traditional => {
            // Taiwan's institutions against the other sides' names: the
            // Legislative Yuan's gazette names 人民幣 or 香港特區政府 now and then,
            // and the mainland's 1954 report (printed in Traditional) names 台灣.
            let taiwan = taiwan_institutions(simplified);
            if hong_kong && taiwan <= simplified.matches("香港").count() {
                return Some(Region::Hk);
            }
            let mainland = mainland();
            if taiwan > mainland {
                Some(Region::Tw)
            } else if mainland > 0 {
                Some(Region::Cn)
            } else if !hong_kong && (roc_years(simplified) || roc_date(simplified)) {
                Some(Region::Tw)
            } else if !hong_kong && mainland_terms(simplified) >= MAINLAND_TERMS_NEEDED {
                Some(Region::Cn)
            } else {
                None
            }
        }
        _ if mainland() > 0 => Some(Region::Cn),
        _ => None,
    }
}

/// The mainland's own terms of statistics and government, which Taiwan and Hong
/// Kong write otherwise (`國內生產毛額`, `本地生產總值`; `消費者物價`; no 縣委 or
/// five-year plans): a Traditional reprint of a mainland bulletin that names no
/// institution (`宿松縣…規模以上工業增加值`, `第三產業`) is the mainland's.
const MAINLAND_TERMS: &[&str] = &[
    "规模以上",
    "社会消费品零售总额",
    "地区生产总值",
    "国内生产总值",
    "第一产业",
    "第二产业",
    "第三产业",
    "居民消费价格",
    "城镇居民人均可支配收入",
    "农村居民人均可支配收入",
    "城镇常住居民",
    "农村常住居民",
    "固定资产投资",
    "县委",
    "市委",
    "省委",
    "党中央",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
];

/// How many distinct [`MAINLAND_TERMS`] make a Traditional text without other
/// evidence the mainland's.
const MAINLAND_TERMS_NEEDED: usize = 2;

/// How many distinct terms of [`MAINLAND_TERMS`] the text uses, counting up to
/// [`MAINLAND_TERMS_NEEDED`]. A committee's `委` is no such word before `托`, `员`
/// (`本市委託`, `市委員會`).
fn mainland_terms(simplified: &str) -> usize {
    let mut n = 0;
    for w in MAINLAND_TERMS {
        let used = simplified.match_indices(w).any(|(i, _)| {
            !(w.ends_with('委') && simplified[i + w.len()..].starts_with(['托', '员', '会']))
        });
        if used {
            n += 1;
            if n >= MAINLAND_TERMS_NEEDED {
                break;
            }
        }
    }
    n
}

/// Words only a Hong Kong document uses of itself (Simplified forms: the text is
/// matched on its Simplified copy): the region's name and its currency.
/// `本港` ("this territory"), `全港` (territory-wide) and `港人` (Hong Kong people)
/// are how its press and government write of it; `政府统计处`, `民政事务总署` and
/// the district councils (`区议会`) are its own, as are the titles of two of its
/// three Secretaries (`政务司司长`, `律政司司长`: Macao's are 行政法务司司长 and
/// 经济财政司司长), its old-age allowance (`生果金`), its statistics' `丙类消费物价
/// 指数` and `基本通胀率`.
const HONG_KONG_OWN: &[&str] = &[
    "香港特别行政区",
    "港元",
    "港币",
    "HK$",
    "HKD",
    "本港",
    "港人",
    // Territory-wide, and the departments and councils only Hong Kong has.
    "全港",
    "政府统计处",
    "民政事务总署",
    "区议会",
    "区议员",
    "政务司司长",
    "律政司司长",
    "生果金",
    // Visitors to the territory and its tourism board (`訪港旅客`, `旅發局`).
    "访港",
    "旅发局",
    // Its bureaus and departments of finance and housing (Macao's are 財政局 and
    // 房屋局) and the public rental flats they build (Taiwan's are 社會住宅).
    "财经事务及库务局",
    "运输及房屋局",
    "房屋署",
    "房委会",
    "公屋",
    // The Census and Statistics Department's third price index and underlying
    // inflation (Taiwan's are 消費者物價指數 and 核心物價; Macao's statistics
    // name only the composite, A and B indices).
    "丙类消费物价指数",
    "基本通胀率",
    // Its public bodies and schemes: the Hospital Authority, the University Grants
    // Committee, social security (`綜援`) and the pension funds (`強積金`) (Macao's
    // are 衛生局, 社會工作局 and 公積金; Taiwan's 衛福部 and 勞保; `職訓局` was
    // Taiwan's too, until 2014).
    "医管局",
    "教资会",
    "综援",
    "强积金",
    // Its policy bureaus, named `…及…局` (Macao's are secretariats and 局 of one
    // word; Taiwan's are 部 and 署), and the departments under them that no other
    // side names so (not 勞工處: Taiwan's provincial government had one).
    "劳工及福利局",
    "劳福局",
    "食物及卫生局",
    "食卫局",
    "商务及经济发展局",
    "民政及青年事务局",
    "政制及内地事务局",
    "社会福利署",
    "食物环境卫生署",
    "食环署",
    "康乐及文化事务署",
    "康文署",
    "渔农自然护理署",
    "入境事务处",
    "差饷物业估价署",
    // Its schemes: the wage-protection fund and the elderly's health vouchers.
    "破欠基金",
    "长者医疗券",
];

/// Price indices that Hong Kong's statistics share with Macao's: evidence with
/// 香港 named (at least as often as 澳门).
const SAR_PRICE_INDICES: &[&str] = &["综合消费物价指数", "甲类消费物价指数", "乙类消费物价指数"];

/// The institutions of a special administrative region, Hong Kong's or Macao's:
/// evidence when the text names 香港 at least as often as 澳门. `立法会` counts
/// with `议员` (a council whose members speak), not as a word alone.
const SAR_INSTITUTIONS: &[&[&str]] = &[&["立法会", "议员"], &["特区政府"], &["行政长官"]];

/// Is there evidence of a Hong Kong document in the (Simplified) text? The caller
/// asks only of a text in Traditional script. One pass over the text finds every
/// word of `HONG_KONG_OWN` and `SAR_INSTITUTIONS` and the two names.
pub fn hong_kong_evidence(s: &str) -> bool {
    use super::CharSet;
    // Word ids: 0 香港, 1 澳门, then HONG_KONG_OWN, then the institutions' words;
    // and the set of their first characters.
    type Words = (CharSet, Vec<&'static str>, Vec<(char, Vec<usize>)>);
    static WORDS: OnceLock<Words> = OnceLock::new();
    let (firsts, words, by_first) = WORDS.get_or_init(|| {
        let mut words = vec!["香港", "澳门"];
        words.extend(HONG_KONG_OWN);
        words.extend(SAR_PRICE_INDICES);
        for group in SAR_INSTITUTIONS {
            for w in *group {
                if !words.contains(w) {
                    words.push(w);
                }
            }
        }
        let firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        // The words by their first character (many start with a common one:
        // 民, 政, 社, 长), so that a position tries only its own.
        let mut by_first: Vec<(char, Vec<usize>)> = Vec::new();
        for (k, &c) in firsts.iter().enumerate() {
            match by_first.iter_mut().find(|(f, _)| *f == c) {
                Some((_, ks)) => ks.push(k),
                None => by_first.push((c, vec![k])),
            }
        }
        by_first.sort_unstable_by_key(|(c, _)| *c);
        (CharSet::new(&firsts), words, by_first)
    });
    // Every occurrence of every word (they may overlap: `香港元` holds 香港 and
    // 港元), from the characters that start one.
    let mut seen = vec![0usize; words.len()];
    for at in firsts.positions(s) {
        let rest = &s[at..];
        let Some(c) = rest.chars().next() else {
            continue;
        };
        let Ok(i) = by_first.binary_search_by_key(&c, |(f, _)| *f) else {
            continue;
        };
        for &k in &by_first[i].1 {
            let w = words[k];
            // 香港元朗 (Yuen Long) holds 港元 but names no currency.
            if rest.starts_with(w) && !(w == "港元" && rest.starts_with("港元朗")) {
                seen[k] += 1;
            }
        }
    }
    let count = |w: &str| words.iter().position(|x| *x == w).map_or(0, |i| seen[i]);
    let hong_kong = seen[0];
    if hong_kong < seen[1] {
        return false;
    }
    HONG_KONG_OWN.iter().any(|w| count(w) > 0)
        || hong_kong > 0
            && (SAR_INSTITUTIONS
                .iter()
                .any(|group| group.iter().all(|w| count(w) > 0))
                || SAR_PRICE_INDICES.iter().any(|w| count(w) > 0)
                || years_written_with_ling(s))
}

/// Does the text write this century's years digit by digit with 零
/// (`二零二五年四月`), as Hong Kong's government and press do? Taiwan writes
/// `2025年` or the Republic's years, the mainland `二〇二五年`.
fn years_written_with_ling(s: &str) -> bool {
    const DIGITS: &str = "零一二三四五六七八九";
    s.match_indices("二零").any(|(i, w)| {
        let mut rest = s[i + w.len()..].chars();
        matches!(rest.next(), Some('零' | '一' | '二'))
            && rest.next().is_some_and(|c| DIGITS.contains(c))
            && rest.next() == Some('年')
    })
}

/// Taiwan's own institutions, in Simplified form: the five Yuan and the Legislative
/// Yuan's members, the governments of its cities and counties, the agencies that
/// publish its statistics and rules (`主计总处`, `国发会`, `金管会`) and its
/// national news agency (`中央社`), its state enterprises (`台电`, `中油`), and the
/// island's name. Evidence only in a text in
/// Traditional script (a mainland text names 台湾 in 台湾同胞, 对台工作, and is
/// Simplified), counted against the People's Republic's names and 香港 (a Hong
/// Kong record may name 立法院 or 台湾 in passing): the document is the side it
/// names more.
const TAIWAN_INSTITUTIONS: &[&str] = &[
    "立法院",
    "行政院",
    "司法院",
    "监察院",
    "考试院",
    "立法委员",
    "台北市政府",
    "新北市政府",
    "桃园市政府",
    "台中市政府",
    "台南市政府",
    "高雄市政府",
    "基隆市政府",
    "新竹市政府",
    "嘉义市政府",
    "新竹县政府",
    "苗栗县政府",
    "彰化县政府",
    "南投县政府",
    "云林县政府",
    "嘉义县政府",
    "屏东县政府",
    "宜兰县政府",
    "花莲县政府",
    "台东县政府",
    "澎湖县政府",
    "金门县政府",
    "连江县政府",
    "主计总处",
    // Ministries the mainland does not have (its are 商务部 and 国家卫生健康委员会).
    "经济部",
    "卫生福利部",
    "卫福部",
    // The budget offices of its cities and counties.
    "主计处",
    // Its six special municipalities, named as cities.
    "台北市",
    "新北市",
    "桃园市",
    "台中市",
    "台南市",
    "高雄市",
    "国发会",
    "金管会",
    "中央社",
    "台电",
    "中油",
    "台糖",
    "台铁",
    "台湾",
];

/// How often the (Simplified) text of a Traditional-script document names Taiwan's
/// institutions: the words of `TAIWAN_INSTITUTIONS` and the speaker lines of the
/// Legislative Yuan's gazette (`林委員世嘉：`, `* 孔委員文吉：`); none when it names
/// them less often than 香港.
pub fn taiwan_institutions(s: &str) -> usize {
    use aho_corasick::AhoCorasick;
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    // Pattern ids: 0 香港, 1 委员, then TAIWAN_INSTITUTIONS (台湾 last).
    let ac = WORDS.get_or_init(|| {
        let words = ["香港", "委员"].iter().chain(TAIWAN_INSTITUTIONS);
        AhoCorasick::new(words).expect("fixed word list")
    });
    let (mut hong_kong, mut taiwan, mut institutions) = (0usize, 0usize, 0usize);
    for m in ac.find_overlapping_iter(s) {
        match m.pattern().as_usize() {
            0 => hong_kong += 1,
            1 => institutions += usize::from(speaker_line_at(s, m.start(), m.end())),
            i if i == TAIWAN_INSTITUTIONS.len() + 1 => {
                taiwan += usize::from(!mainland_phrase(s, m.start(), m.end()));
            }
            // `經濟部門` (economic sectors), `經濟部署`, `經濟部分` are no ministry.
            _ if &s[m.range()] == "经济部" => {
                institutions += usize::from(!s[m.end()..].starts_with(['门', '署', '分']));
            }
            _ => institutions += 1,
        }
    }
    // Both sides name the island; only beside Taiwan's own institutions does it
    // count (a mainland report from Fujian names 臺灣 six times, 人民政府 twice).
    if institutions == 0 {
        return 0;
    }
    let n = institutions + taiwan;
    if n >= hong_kong {
        n
    } else {
        0
    }
}

/// How the mainland names the island, not how it names itself: 台湾同胞, 台湾当局,
/// 台湾问题, 解放台湾 (the 1954 government work report, printed in Traditional).
const MAINLAND_TAIWAN_AFTER: &[&str] = &["同胞", "当局", "问题"];
const MAINLAND_TAIWAN_BEFORE: &[&str] = &["解放"];

/// Is the `台湾` at `start..end` part of a mainland phrase about the island?
fn mainland_phrase(s: &str, start: usize, end: usize) -> bool {
    MAINLAND_TAIWAN_AFTER
        .iter()
        .any(|w| s[end..].starts_with(w))
        || MAINLAND_TAIWAN_BEFORE
            .iter()
            .any(|w| s[..start].ends_with(w))
}

/// A speaker line of the Legislative Yuan (`林委員世嘉：`): at the start of a line
/// (after spaces or a list bullet), a surname of one or two characters, `委員`, a
/// given name of one to three, then a colon.
fn speaker_line_at(s: &str, start: usize, end: usize) -> bool {
    let han = |t: &str| !t.is_empty() && t.chars().all(crate::chinese::chars::is_han);
    let line_start = s[..start].rfind('\n').map_or(0, |i| i + 1);
    let surname = s[line_start..start].trim_start_matches([' ', '\t', '\u{3000}', '*', '-', '•']);
    // The given name: up to three characters, then the colon (not 委員會).
    let rest = &s[end..];
    if rest.starts_with('会') {
        return false;
    }
    let Some((colon, _)) = rest
        .char_indices()
        .take(4)
        .find(|&(_, c)| matches!(c, '：' | ':'))
    else {
        return false;
    };
    han(surname) && surname.chars().count() <= 2 && han(&rest[..colon])
}

/// Is there evidence of a Taiwan document in the (Simplified) text? One pass over
/// the characters that start a marker.
pub fn taiwan_evidence(s: &str) -> bool {
    static STARTS: std::sync::LazyLock<super::CharSet> =
        std::sync::LazyLock::new(|| super::CharSet::new(&['N', '中', '台', '民', '年', '学']));
    let mut year_months = 0;
    for i in STARTS.positions(s) {
        let rest = &s[i..];
        let hit = match rest.chars().next().unwrap_or_default() {
            'N' => rest.starts_with("NT$"),
            '中' => rest.starts_with("中华民国"),
            // 新台币 / 台币, but not 平台币 (a platform's token).
            '台' => rest.starts_with("台币") && !s[..i].ends_with('平'),
            // 民国 + a year: 民国105年, 民国 一〇五 年.
            '民' => rest.starts_with("民国") && roc_year_after(&rest["民国".len()..]),
            // Three-digit ROC years beside a month, twice: 112年5月, 105年3月2日.
            // An ROC school year (`111學年度`) counts as an ROC year beside a month.
            '学' => {
                year_months +=
                    usize::from(rest.starts_with("学年") && three_digit_roc_year_before(s, i));
                year_months >= 2
            }
            _ => {
                year_months +=
                    usize::from(three_digit_year_month_at(s, i) || bracketed_roc_year_before(s, i));
                year_months >= 2
            }
        };
        if hit {
            return true;
        }
    }
    false
}

/// Does a text write its years by the Republic's calendar, three digits before `年`
/// standing as years do (a table's rows `100年`, `101年`… at lines' starts, a range's
/// end `97年至110年`, a fiscal year `108年度`), three times or more with two values or
/// more? Hong Kong and the mainland write `2011年`; such a number elsewhere may be an
/// age or a span (`建校100年`, `100年一遇`, `100年來`).
fn roc_years(s: &str) -> bool {
    let mut values: Vec<u32> = Vec::new();
    let mut n = 0;
    for (i, _) in s.match_indices('年') {
        if three_digit_roc_year_before(s, i) {
            let head = s[..i].trim_end_matches(' ');
            let before = head[..head.len() - 3].trim_end_matches([' ', '\u{3000}', '\t']);
            let as_year = before.is_empty()
                || before.ends_with(['\n', '至', '到', '-', '～', '~'])
                || s[i + '年'.len_utf8()..].starts_with('度');
            if !as_year {
                continue;
            }
            let y = head[head.len() - 3..].parse::<u32>().unwrap_or(0);
            // The Republic's years of the present: 100 (2011) on.
            if (100..=130).contains(&y) {
                n += 1;
                if !values.contains(&y) {
                    values.push(y);
                }
            }
        }
    }
    n >= 3 && values.len() >= 2
}

/// Does a Traditional text date itself by the Republic's calendar: a three-digit
/// year with a month and a day (`110 年06 月22 日訂定`)? Neither the mainland nor
/// Hong Kong writes a year so; once is evidence enough when nothing else points
/// elsewhere (a Simplified text needs two: a mainland text may quote one).
fn roc_date(s: &str) -> bool {
    s.match_indices('年').any(|(i, _)| {
        three_digit_year_month_at(s, i) && {
            let after = s[i + '年'.len_utf8()..].trim_start_matches(' ');
            let m = after.find('月').unwrap_or(0);
            let day = after[m..]
                .strip_prefix('月')
                .unwrap_or("")
                .trim_start_matches(' ');
            let d = day.len() - day.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (1..=2).contains(&d) && day[d..].trim_start_matches(' ').starts_with(['日', '号'])
        }
    })
}

/// Taiwan's press names this or last year with its ROC number in brackets
/// (`今（106）年`, `上(105)年同月底`): is the `年` at `i` such a year's?
fn bracketed_roc_year_before(s: &str, i: usize) -> bool {
    let head = &s[..i];
    let Some(inner) = head.strip_suffix(')').or_else(|| head.strip_suffix('）')) else {
        return false;
    };
    let digits = inner.len() - inner.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = &inner[..inner.len() - digits];
    let Some(before) = before
        .strip_suffix('(')
        .or_else(|| before.strip_suffix('（'))
    else {
        return false;
    };
    digits == 3
        && inner[inner.len() - 3..]
            .parse::<u32>()
            .is_ok_and(|y| (60..=150).contains(&y))
        && before.ends_with(['今', '去', '上', '明', '本', '前'])
}

/// A year number (Arabic or Chinese digits, spaces allowed) then `年`.
fn roc_year_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let digits: String = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit()
                || "〇零一二三四五六七八九十百".contains(*c)
                || c.is_whitespace()
                || ('０'..='９').contains(c)
        })
        .collect();
    let n = digits.chars().filter(|c| !c.is_whitespace()).count();
    n > 0 && rest[digits.len()..].starts_with('年')
}

/// Three Arabic digits right before byte `i` (spaces between them and `i` allowed,
/// as text taken from PDF writes `103 年 6 月`), not inside a longer number, that
/// make an ROC year (60–150, 1971–2061).
fn three_digit_roc_year_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let mut i = i;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    if i < 3 {
        return false;
    }
    let d = &b[i - 3..i];
    if !d.iter().all(u8::is_ascii_digit) || (i >= 4 && b[i - 4].is_ascii_digit()) {
        return false;
    }
    let y: u32 = std::str::from_utf8(d)
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    (60..=150).contains(&y)
}

/// Whether a three-digit year from 60 to 150 of the ROC calendar (1971–2061)
/// stands before the `年` at byte `i`, not inside a longer number, with a month
/// after it (`112年5月`, `105年 3 月`).
fn three_digit_year_month_at(s: &str, i: usize) -> bool {
    if !three_digit_roc_year_before(s, i) {
        return false;
    }
    let after = s[i + '年'.len_utf8()..].trim_start_matches(' ');
    let month: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after_month = after[month.len()..].trim_start_matches(' ');
    !month.is_empty()
        && month.len() <= 2
        && (1..=12).contains(&month.parse::<u32>().unwrap_or(0))
        && after_month.starts_with('月')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_only_contain_minguo_are_not_evidence() {
        // ../shared/corpus/reports/cn-city-gwr (mainland city reports) and the
        // national reports: 全民国防教育, 殖民国家, 人民国家.
        for s in [
            "加强全民国防教育，巩固军政军民团结。",
            "反对殖民国家的掠夺",
            "建设社会主义的人民国家",
            "搭建交易平台币值稳定",
        ] {
            assert!(!taiwan_evidence(s), "{s}");
            assert_eq!(decide(s, Script::Simplified), Some(Region::Cn));
        }
    }

    /// A Traditional reprint of a mainland bulletin that names no institution is
    /// the mainland's by its terms of statistics (宿松縣 2015 bulletin reprinted by
    /// cq66666.cn; 北京市统计局's 2016 half-year release reprinted by handmsg.com);
    /// one such term alone, or beside Hong Kong's own words, is not enough.
    #[test]
    fn traditional_reprints_of_mainland_statistics() {
        let n = crate::normalize::Normalizer::new();
        let cn = |t: &str| {
            decide(
                &n.convert(t, crate::normalize::Target::Simplified),
                Script::Traditional,
            )
        };
        assert_eq!(
            cn("全年全縣實現地區生產總值153.1億元，其中第一產業增加值30億元，規模以上工業增加值增長9%。"),
            Some(Region::Cn)
        );
        assert_eq!(
            cn("上半年全市實現地區生產總值11413.8億元；第三產業增加值增長8.2%。"),
            Some(Region::Cn)
        );
        assert_eq!(cn("今年固定資產投資回升。"), None);
        // A committee or a commission is no party committee (a Taiwan city's
        // `本市委託`), and one term said twice is one.
        assert_eq!(cn("本市委託專業廠商辦理，全市委託案件共12件。"), None);
        assert_eq!(cn("固定資產投資回升，固定資產投資增加。"), None);
        assert_eq!(
            cn("本港上半年本地生產總值增長，內地國內生產總值與第三產業增加值亦上升。"),
            Some(Region::Hk)
        );
    }

    #[test]
    fn taiwan_evidence_a_reader_accepts() {
        for s in [
            // The Legislative Yuan's gazette (../shared/corpus/reports/tw-ly-proceedings).
            "中华民国105年3月2日",
            "民国112年5月20日",
            "民国 一〇五 年",
            // Budget texts: 新臺幣 after conversion.
            "编列新台币5亿元",
            "减资NT$200万",
            // A company's resolutions: 105年第六次董事会 … 105年3月2日, 105年 3 月 8 日.
            "105年3月2日董事会通过；105年 3 月 8 日公告",
            // A Legislative Yuan report as taken from PDF (ronnywang/ly.gov.tw):
            // 最重本刑 3 年以上 … 103 年 6 月 … 105 年 12 月 20 日.
            "最重本刑 3 年以上的刑案，自 103 年 6 月起；105 年 12 月 20 日修正",
            // pinkwen923/IITMlab, src/content/page/PopularSciencepage.js.
            "111学年度，国立科学工艺博物馆；111学年度，木栅国小",
        ] {
            assert!(taiwan_evidence(s), "{s}");
            assert_eq!(decide(s, Script::Traditional), Some(Region::Tw));
        }
        // 主計總處's payroll release (2017-09): a year-month and last year's ROC
        // number in brackets.
        let t = "106年8月底工业及服务业受雇员工人数为759万7千人，较上(105)年同月底亦增12万5千人。";
        assert!(taiwan_evidence(t), "{t}");
        assert!(!taiwan_evidence("较上(2016)年同月底亦增；较上年(105)"));
        // A Traditional text dated once by the Republic's calendar, nothing else
        // pointing elsewhere (國泰金控's 大數據Hadoop平台管理要點: `110 年06 月22 日訂定`).
        assert_eq!(
            decide(
                "大數據平台管理要點\n110 年06 月22 日訂定\n第一條 為規範本公司",
                Script::Traditional
            ),
            Some(Region::Tw)
        );
        assert_eq!(decide("会议于112年5月召开", Script::Traditional), None);
        assert_eq!(
            decide("平台管理要点\n2021年06月22日订定", Script::Traditional),
            None
        );
        // One three-digit year-month alone is not enough; a four-digit year never counts.
        assert!(!taiwan_evidence("112年5月"));
        assert!(!taiwan_evidence("2022学年度，2023学年度"));
        assert!(!taiwan_evidence("2023年5月，2024年6月"));
        // A mainland text in Traditional script (the 1954 report as printed).
        assert_eq!(
            decide("中華人民共和國國務院 中华人民共和国", Script::Traditional),
            Some(Region::Cn)
        );
        assert_eq!(decide("", Script::None), None);
    }

    /// The text as the extractor sees it: the Simplified copy of a Traditional text.
    fn hk(traditional: &str) -> Option<Region> {
        let n = crate::normalize::Normalizer::new();
        let s = n.convert(traditional, crate::normalize::Target::Simplified);
        decide(&s, Script::Traditional)
    }

    /// The Census and Statistics Department's releases, as the government and
    /// the press carry them (info.gov.hk, trade volume and prices of April 2025;
    /// 經濟通 on the CPI of October 2025).
    #[test]
    fn hong_kong_statistics_releases() {
        assert_eq!(
            hk("二零二五年四月與二零二四年四月比較，香港的商品整體出口貨量上升12.3%。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("統計處今日公布，綜合消費物價指數在今年10月份的按年升幅（即基本通脹率）為1.0%。"),
            Some(Region::Hk)
        );
        // Macao's statistics name the composite, A and B indices too.
        assert_eq!(
            hk("統計暨普查局資料顯示，綜合消費物價指數按年上升0.2%。甲類消費物價指數上升0.1%。"),
            None
        );
        // The Tourism Board's monthly figures (2025-06-16): visitors to the territory.
        assert_eq!(
            hk("香港旅遊發展局(旅發局)公佈，上月初步訪港旅客數字為408萬。"),
            Some(Region::Hk)
        );
        // The year's style alone, or 香港 alone, is not enough.
        assert_eq!(hk("二零二五年四月的出口貨量上升12.3%。"), None);
        assert_eq!(hk("香港的出口貨量上升12.3%。"), None);
    }

    /// Hong Kong's bureaus of finance and housing and its public rental flats
    /// (a LegCo question of 2015-11-25 on info.gov.hk; a 2008 public-finance
    /// bulletin on news.gov.hk), and a Taiwan agency's table of subsidies by the
    /// Republic's years (內政部消防署, 97年 to 110年).
    #[test]
    fn finance_and_housing_bureaus_and_tables_by_roc_year() {
        assert_eq!(
            hk("財經事務及庫務局今天公布,本財政年度截至今年5月底止兩個月,錄得57億元赤字。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("現時輪候公營租住房屋(公屋)的時間越來越長,而他們亦無從得悉房屋署計算輪候時間的方法。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("97年至110年止,中央及地方共編列約2億4,225萬元。\n年度 中央補助\n100年 1,598萬元\n101年 1,799萬元\n102年 1,379萬元\n"),
            Some(Region::Tw)
        );
        // Such numbers elsewhere are ages and spans (`建校100年`, `100年一遇`).
        assert_eq!(
            hk("堤防按100年一遇洪水設計，部分河段按120年一遇、100年一遇標準設防。110年校慶。"),
            None
        );
        assert_eq!(
            hk("本校建校100年，校友遍佈各地。100年來培育人才無數。"),
            None
        );
    }

    #[test]
    fn hong_kong_evidence_a_reader_accepts() {
        // siuying/legco-hansard-parser@0560b7f16dd12a7ddb795a5502948333e1b0b326, the
        // Legislative Council's Official Record: data/txt/12-13-cm0424-translate-c.txt
        // (written replies; 立法會 and 議員, the annex in 港元),
        // data/txt/12-13-cm0109-translate-c.txt, 12-13-cm0529-translate-c.txt,
        // 12-13-cm1017-translate-c.txt and 12-13-cm0130-translate-c.txt.
        for t in [
            "立法會 ─ 2013年 4月 24日\n2. 王國興議員：主席，自2011年 4月 1日起，香港居民在內地的合資",
            "即屬違法，一經定罪，最高罰則為罰款10萬港元及監禁兩年。",
            "選行政長官，是中央、香港特別行政區 (“香港",
            "各業在內地爭取商機。特區政府會研究在內地中部，香港",
            "涉及 176名星級假期旅客及港幣約 239,180元的賠償申請",
        ] {
            assert_eq!(hk(t), Some(Region::Hk), "{t}");
        }
        // The Legislative Yuan gazette names Hong Kong's government in passing
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090503.txt): Taiwan's
        // evidence decides.
        assert_eq!(
            hk("本院許委員淑華，鑒於去年 12 月中香港特區政府與大陸國家；\
                行政院函請審議廢止「交通部臺灣區國道高速公路局組織；\
                臺灣；中華民國105年3月2日"),
            Some(Region::Tw)
        );
        // A Hong Kong record that names Taiwan's currency or state in passing:
        // same repository, data/txt/12-13-cm0130-translate-c.txt (新台幣) and
        // 12-13-cm0430-translate-c.txt (中華民國).
        assert_eq!(
            hk(
                "“香港特別行政區的財政預算以量入為出；家用石油氣以新台幣折算的每公斤稅後價格，\
                台灣為 30.06；府的政策是要確保香港居民得到妥善和"
            ),
            Some(Region::Hk)
        );
        // Macao's institutions bear the same names: Chief Executive's dispatch
        // 第149/2025號行政長官批示 (Boletim Oficial da RAEM).
        assert_ne!(
            hk("行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，並根據《澳門特別行政區立法會選舉法》，香港"),
            Some(Region::Hk)
        );
        // How its press writes of the territory: 本港 (Citizen News, 2020-09-16,
        // hkarchivist/hkcnews-article-archive@635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25:
        // articles/33001-34000/article_33908.md) and 港人 (the same archive).
        assert_eq!(
            hk("報告顯示，本港最新失業率升至6.2%，是15年來最高。"),
            Some(Region::Hk)
        );
        assert_eq!(hk("疫情下不少港人失去工作。"), Some(Region::Hk));
        // Its policy bureaus, departments and schemes, in texts that never write
        // 香港: a 明報 story of 2025 on a written question in the Legislative
        // Council (勞福局, 勞工處, 破欠基金), and the 2011-12 Budget speech, ¶150
        // (長者醫療券, 食物及衞生局).
        for t in [
            "勞福局長孫玉菡表示，過去三年，勞工處共接獲約1.34萬宗僱員欠薪投訴。",
            "社會福利署公布綜合援助個案數字。",
            "涉及濫用破欠基金問題。",
            "並將醫療券金額倍增。長者醫療券試驗計劃；食物及衞生局局長稍後會公布。",
        ] {
            assert_eq!(hk(t), Some(Region::Hk), "{t}");
        }
        // Naming Hong Kong is no evidence; nor is Yuen Long (香港元朗).
        assert_eq!(hk("香港考試及評核局"), None);
        assert_eq!(hk("位於香港元朗的濕地公園"), None);
        assert_eq!(hk("立法會通過"), None);
        // A mainland text in Simplified script that names the region stays mainland's:
        // ../shared/corpus/reports/cn-national-gwr/gwr-national-2006.txt.
        let s = "向香港特别行政区同胞、澳门特别行政区同胞和台湾同胞";
        assert_eq!(decide(s, Script::Simplified), Some(Region::Cn));
    }

    #[test]
    fn taiwan_institutions_in_a_traditional_text() {
        for t in [
            // An interpellation of the Premier in the Legislative Yuan's gazette
            // (立法院公報 101卷63期, 2012-10-26): speaker lines, no ROC date.
            "    * 林委員世嘉：（17時11分）主席、行政院陳院長、各部會首長、各位同仁。",
            // The same sitting, g0v/twlyparser@13dad42ebc9c2241df258ede2b2738dd8cc85c40:
            // examples/4004.md.
            "    * 孔委員文吉：院長最近有沒有什麼提振股市的作法？",
            "    * 盧委員嘉辰：如果你現在要馬上推出你的政策，必須具有震撼性",
            "我們也知道台灣是一個多民族混雜的地方，我們希望行政院能夠趕快把最後有爭議的四條條文送過來",
            // A committee's minutes, soidid/reactSwipe@7942e2a002fb44e5886a184ec857bdcd54e5b34e:
            // src/data/position.js.
            "立法院第8屆第1會期內政委員會第38次全體委員會議紀錄",
            // The Legislative Yuan's proceedings
            // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090503.txt).
            "行政院函請審議廢止「交通部臺灣區國道高速公路局組織條例」案。",
            // Taiwan's state enterprises and a city government.
            "中油去年虧空386億，台電稅前虧空433億。",
            "臺北市政府表示，本府103年預算為1.8億。",
            // The Central News Agency on the national accounts (cna.com.tw, 2018-02-13,
            // and udn.com): the statistics office and the development council.
            "(中央社記者陳政偉台北13日電)主計總處發布最新國民所得統計",
            "國發會表示，景氣對策信號連續亮出綠燈。",
        ] {
            assert_eq!(hk(t), Some(Region::Tw), "{t}");
        }
    }

    /// A mainland text reprinted in Traditional script names its own statistics
    /// bureaus: 重慶市統計局 on the 2012 property market (gov.cn's Traditional
    /// gateway, 2012-06-15), 定西市統計局's 2021 bulletin.
    #[test]
    fn mainland_statistics_bureaus_in_a_traditional_text() {
        for t in [
            "重慶市統計局6月14日發佈統計報告稱,今年1-5月,重慶市房地産市場總體平穩。",
            "定西市統計局 國家統計局定西調查隊",
        ] {
            assert_eq!(hk(t), Some(Region::Cn), "{t}");
        }
        assert_eq!(hk("臺北市政府主計處發布統計"), Some(Region::Tw));
    }

    #[test]
    fn naming_taiwan_is_no_evidence_in_a_mainland_text() {
        // Simplified: ../shared/corpus/reports/cn-national-gwr/gwr-national-2006.txt.
        for s in [
            "民族、宗教、侨务和对台工作进一步加强。",
            "我们将继续和台湾同胞一道，促进两岸人员往来",
            "立法院、行政院",
        ] {
            assert_eq!(decide(s, Script::Simplified), Some(Region::Cn), "{s}");
        }
        // The 1954 report as printed, in Traditional
        // (../shared/corpus/reports/cn-national-gwr/gwr-national-1954-wikisource-trad.txt):
        // the People's Republic's names decide, and its phrases about the island
        // are no evidence alone.
        assert_eq!(
            hk("中華人民共和國國務院；除台灣省尚未解放外"),
            Some(Region::Cn)
        );
        assert_eq!(hk("我們一定要解放台灣"), None);
        // The island's name alone is no evidence: both sides name it (the 2026 report
        // of Fujian, ../shared/corpus/reports/cn-provincial-gwr-2026/prov-2026-24.txt,
        // its words converted to Traditional).
        assert_eq!(
            hk("擴大臺灣居民；平潭臺灣小鎮；臺灣農民；省人民政府"),
            Some(Region::Cn)
        );
        assert_eq!(hk("臺灣農民"), None);
        // The gazette names the mainland's currency or the Hong Kong government in
        // passing; Taiwan's institutions, named more often, decide
        // (../shared/corpus/reports/tw-ly-proceedings/LCEWC03_090102.txt,
        // LCEWC03_090503.txt).
        assert_eq!(
            hk("行政院函請審議；防制人民幣在市面違法流通；立法院第9屆；本院委員提案"),
            Some(Region::Tw)
        );
        assert_eq!(
            hk("本院許委員淑華，鑒於去年 12 月中香港特區政府與大陸國家；行政院函請審議；立法院"),
            Some(Region::Tw)
        );
        assert_eq!(hk("台灣同胞"), None);
        // A Hong Kong text that names Taiwan less often than itself.
        assert_eq!(hk("香港與台灣的旅客；香港的酒店"), None);
        // Not a speaker line: 委員 inside a sentence, or a long run before the colon.
        assert_eq!(
            taiwan_institutions("程序委員會意見：擬請院會將本案交內政委員會審查。"),
            0
        );
        assert_eq!(taiwan_institutions("各位委員：大家好"), 0);
    }

    /// Hong Kong's own departments and councils, and Taiwan's municipalities and
    /// budget offices, tell short texts that name neither side's currency
    /// (news.gov.hk 2015-03-03, a district councillor's column, LTN 2025-09-09).
    #[test]
    fn departments_councils_and_municipalities() {
        assert_eq!(
            hk("政府統計處今日公布，1月零售業總銷貨價值的臨時估計為466億元。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("政府一邊同議員講，不可以在區議會討論全港性議題。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("台中市長盧秀燕今天表示，台中市明年度總預算由主計處彙編。"),
            Some(Region::Tw)
        );
        // A column on the Chief Executive's allowances (hkcnews, 2019): its
        // Secretaries name the territory, though 香港 is never written.
        assert_eq!(
            hk("特首、政務司司長、財政司司長和律政司司長都有一筆酬酢津貼。"),
            Some(Region::Hk)
        );
        assert_eq!(hk("澳門經濟財政司司長今日表示"), None);
        // Macao's council bears the same name: 立法會 alone decides nothing.
        assert_eq!(hk("立法會年報：委員會審議並批准50項財務建議。"), None);
    }

    /// Public bodies only one side has: Hong Kong's Hospital Authority and social
    /// security (the Financial Secretary's blog, 2016-03-20), Taiwan's Ministries of
    /// Economic Affairs and of Health and Welfare (China Times 2025-11-20; the
    /// Executive Yuan's health page, 113/09/27), the mainland's statistics bureau in
    /// a story printed in Traditional (濟源, 2023).
    #[test]
    fn public_bodies_only_one_side_has() {
        assert_eq!(
            hk("香港青年協會的同學問及預算案。臨時撥款令政府可以發放綜援、向醫管局提供42億元的資助金。"),
            Some(Region::Hk)
        );
        assert_eq!(
            hk("經濟部統計處今（20）日公布10月外銷訂單為693.7億美元。"),
            Some(Region::Tw)
        );
        assert_eq!(
            hk("日期:113/09/27\n資料來源:衛生福利部\n111年醫療保健支出1兆6,951億元。"),
            Some(Region::Tw)
        );
        assert_eq!(
            hk("國家統計局濟源調查隊公布，全市秋糧總產量18.5萬噸。"),
            Some(Region::Cn)
        );
        // Economic sectors, plans and parts are no ministry; Taiwan's press names the
        // mainland's bureau with its country (CNA: `中國國家統計局今天公布`).
        assert_eq!(
            hk("各經濟部門的生產總值均有上升。經濟部署和經濟部分。"),
            None
        );
        assert_eq!(
            hk("中央社台北15日電）中國國家統計局今天公布，台灣的台積電營收2兆元。"),
            Some(Region::Tw)
        );
    }
}
