//! `--keywords N`: the top N keywords of each article by TF-IDF (jieba-rs and its
//! IDF table), weights scaled so the first keyword weighs 1.
//!
//! Keywords are computed on the Simplified copy of the article (jieba's dictionary
//! and IDF table are Simplified), then reported as the original text wrote them:
//! the copy has the original's byte layout, so the first occurrence of a keyword in
//! the copy points at its original form (`社區`, not `社区`, in a Traditional
//! report).
//!
//! A keyword should tell one document from the others, so only nouns count (verbs
//! such as 推进 and verbal nouns such as 建设 or 发展 open half of all reports), and
//! `dicts/keyword_stopwords.txt` drops what jieba tags as a noun but is none
//! (深化, 全面), the writer naming itself (本院, 我市), scope words (全省, 全年)
//! and the formulae of official letters (查照). Web and mail addresses are masked
//! first, so `https`, `com` and a host name never rank.

use std::collections::HashSet;
use std::sync::LazyLock;

use jieba_rs::{Jieba, KeywordExtract, TfIdf};

use crate::document::Keyword;

/// jieba's IDF table, parsed once (about 40 ms), only when keywords are asked for.
static TFIDF: LazyLock<TfIdf> = LazyLock::new(TfIdf::default);

/// Parts of speech a keyword may have (jieba's tag set): nouns, names of people,
/// places and organisations, abbreviations and Latin words.
const ALLOWED_POS: &[&str] = &["n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "j", "eng"];

/// Words that are never keywords (Simplified; one per line, `#` comments).
static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../dicts/keyword_stopwords.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|w| !w.is_empty())
        .collect()
});

/// Decimal places kept in weights, so output is stable across platforms.
const WEIGHT_DIGITS: i32 = 4;

/// Top `n` keywords of one article. `simplified` and `original` are the article's
/// text in the byte-aligned Simplified copy and in the original.
pub(crate) fn extract(jieba: &Jieba, simplified: &str, original: &str, n: usize) -> Vec<Keyword> {
    if n == 0 || simplified.trim().is_empty() {
        return Vec::new();
    }
    let allowed: Vec<String> = ALLOWED_POS.iter().map(|s| s.to_string()).collect();
    let masked = mask_addresses(simplified);
    // Ask for more than `n`: stop words are dropped afterwards.
    let mut found = TFIDF.extract_keywords(jieba, &masked, n + STOPWORDS.len().min(n * 2), allowed);
    found.retain(|k| !STOPWORDS.contains(k.keyword.as_str()));
    found.truncate(n);
    let max = found.iter().map(|k| k.weight).fold(0.0_f64, f64::max);
    if max <= 0.0 {
        return Vec::new();
    }
    let scale = 10f64.powi(WEIGHT_DIGITS);
    let mut out: Vec<Keyword> = Vec::with_capacity(found.len());
    for k in found {
        let word = masked
            .find(&k.keyword)
            .and_then(|at| original.get(at..at + k.keyword.len()))
            .unwrap_or(&k.keyword)
            .to_string();
        // Two Simplified keywords may come from one original word form; keep one.
        if out.iter().any(|o| o.word == word) {
            continue;
        }
        out.push(Keyword {
            word,
            weight: (k.weight / max * scale).round() / scale,
        });
    }
    out
}

/// `text` with every web address, mail address and path (a run of non-space
/// ASCII holding `://`, `www.` or `@`) blanked out byte for byte, so that the
/// copy keeps the original's byte layout.
fn mask_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    if !(memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memmem::find(bytes, b"www.").is_some()
        || memchr::memchr(b'@', bytes).is_some())
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = bytes.to_vec();
    let is_token = |b: u8| b.is_ascii_graphic() && !matches!(b, b'(' | b')' | b'<' | b'>' | b'"');
    let mut i = 0;
    while i < bytes.len() {
        if !is_token(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_token(bytes[i]) {
            i += 1;
        }
        let token = &bytes[start..i];
        let address = memchr::memmem::find(token, b"://").is_some()
            || token.starts_with(b"www.")
            || (memchr::memchr(b'@', token).is_some_and(|at| at > 0 && at + 1 < token.len()));
        if address {
            out[start..i].fill(b' ');
        }
    }
    // Only ASCII bytes were replaced by ASCII spaces.
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_keywords_scaled_and_in_the_original_script() {
        let jieba = Jieba::new();
        let original =
            "社區舉辦中秋活動，社區居民參加中秋晚會。社區志願者佈置會場。2025年9月17日。";
        let simplified =
            "社区举办中秋活动，社区居民参加中秋晚会。社区志愿者布置会场。2025年9月17日。";
        assert_eq!(original.len(), simplified.len());
        let kw = extract(&jieba, simplified, original, 3);
        assert_eq!(kw.len(), 3, "{kw:?}");
        assert_eq!(kw[0].weight, 1.0);
        assert!(kw.windows(2).all(|w| w[0].weight >= w[1].weight));
        assert!(kw.iter().all(|k| k.weight > 0.0 && k.weight <= 1.0));
        let words: Vec<&str> = kw.iter().map(|k| k.word.as_str()).collect();
        assert!(
            words.contains(&"社區") || words.contains(&"中秋"),
            "{words:?}"
        );
        assert!(words.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit())));
        // Only nouns: the verbs 举办, 参加 and 布置 are not keywords.
        assert!(
            words.iter().all(|w| !["舉辦", "參加", "佈置"].contains(w)),
            "{words:?}"
        );
        assert!(extract(&jieba, simplified, original, 0).is_empty());
        assert!(extract(&jieba, "", "", 5).is_empty());
    }

    #[test]
    fn verbs_boilerplate_and_addresses_are_never_keywords() {
        let jieba = Jieba::new();
        // Government work report style (cn-provincial-gwr-2026): the verbs and
        // verbal nouns 推进, 加快, 建设, 发展 lead every such report.
        let text = "全省加快推进新能源汽车产业建设，推动发展。全省新能源汽车产量增长。\
                    我省深化改革，全面推进充电桩建设。详见 https://www.example.gov.cn/news 或 info@example.com。";
        let kw = extract(&jieba, text, text, 10);
        let words: Vec<&str> = kw.iter().map(|k| k.word.as_str()).collect();
        for never in [
            "推进", "加快", "建设", "发展", "推动", "深化", "全面", "全省", "我省",
        ] {
            assert!(!words.contains(&never), "{never} in {words:?}");
        }
        for never in ["https", "www", "example", "com", "gov", "info", "news"] {
            assert!(!words.contains(&never), "{never} in {words:?}");
        }
        assert!(words.contains(&"新能源"), "{words:?}");
    }

    #[test]
    fn masking_keeps_the_byte_layout() {
        let text = "见https://a.cn/x页，邮件a@b.cn，网址www.c.org。";
        let masked = mask_addresses(text);
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains("https") && !masked.contains("www") && !masked.contains('@'));
        assert!(masked.starts_with("见") && masked.contains("页，邮件") && masked.ends_with("。"));
        assert_eq!(mask_addresses("没有地址 a b"), "没有地址 a b");
    }
}
