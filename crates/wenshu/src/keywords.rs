//! `--keywords N`: the top N keywords of each article by TF-IDF (jieba-rs and its
//! IDF table), weights scaled so the first keyword weighs 1.
//!
//! Keywords are computed on the Simplified copy of the article (jieba's dictionary
//! and IDF table are Simplified), then reported as the original text wrote them:
//! the copy has the original's byte layout, so the first occurrence of a keyword in
//! the copy points at its original form (`社區`, not `社区`, in a Traditional
//! report). Only content words count (nouns, verbal nouns, verbs, idioms), so
//! numbers, dates and particles never become keywords.

use std::sync::LazyLock;

use jieba_rs::{Jieba, KeywordExtract, TfIdf};

use crate::document::Keyword;

/// jieba's IDF table, parsed once (about 40 ms), only when keywords are asked for.
static TFIDF: LazyLock<TfIdf> = LazyLock::new(TfIdf::default);

/// Parts of speech a keyword may have (jieba's tag set).
const ALLOWED_POS: &[&str] = &[
    "n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "vn", "v", "l", "i", "j", "an", "eng",
];

/// Decimal places kept in weights, so output is stable across platforms.
const WEIGHT_DIGITS: i32 = 4;

/// Top `n` keywords of one article. `simplified` and `original` are the article's
/// text in the byte-aligned Simplified copy and in the original.
pub(crate) fn extract(jieba: &Jieba, simplified: &str, original: &str, n: usize) -> Vec<Keyword> {
    if n == 0 || simplified.trim().is_empty() {
        return Vec::new();
    }
    let allowed: Vec<String> = ALLOWED_POS.iter().map(|s| s.to_string()).collect();
    let found = TFIDF.extract_keywords(jieba, simplified, n, allowed);
    let max = found.iter().map(|k| k.weight).fold(0.0_f64, f64::max);
    if max <= 0.0 {
        return Vec::new();
    }
    let scale = 10f64.powi(WEIGHT_DIGITS);
    let mut out: Vec<Keyword> = Vec::with_capacity(found.len());
    for k in found {
        let word = simplified
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
        assert!(extract(&jieba, simplified, original, 0).is_empty());
        assert!(extract(&jieba, "", "", 5).is_empty());
    }
}
