//! Traditional/Simplified: script detection and OpenCC conversion.
//!
//! The backend is `opencc`, a small pure-Rust OpenCC engine over OpenCC 1.4.2's
//! own dictionary files (vendored under `dicts/opencc/`, Apache-2.0), with OpenCC's
//! longest-match semantics, normalization and segmentation. It passes all of
//! OpenCC's own test cases for the four configurations `--to` uses, where `zhhz`
//! 0.8.2 (data older than 1.4.2) passed 46/55 t2s and 86/96 s2t. `opencc-rust`
//! needs a system library a user would have to install by hand; `zhconv` is GPL by
//! default.
//!
//! Converters are immutable (`Send + Sync`), built once per configuration on first
//! use and shared by every thread.

mod emphasis;
mod opencc;

pub(crate) use emphasis::blank_figure_marks;

use std::borrow::Cow;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::document::Script;

/// A conversion target of `--to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// OpenCC `t2s`.
    Simplified,
    /// OpenCC `s2t`.
    Traditional,
    /// OpenCC `s2twp` (Taiwan standard with Taiwan phrases).
    Taiwan,
    /// OpenCC `s2hk`.
    Hongkong,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 4] = [
        Target::Simplified,
        Target::Traditional,
        Target::Taiwan,
        Target::Hongkong,
    ];

    /// The name `--to` takes and `normalized_to` records (`taiwan`).
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Simplified => "simplified",
            Target::Traditional => "traditional",
            Target::Taiwan => "taiwan",
            Target::Hongkong => "hongkong",
        }
    }

    /// The OpenCC configuration this target runs.
    pub fn opencc_config(self) -> &'static str {
        self.spec().name
    }

    fn index(self) -> usize {
        self as usize
    }

    fn spec(self) -> &'static opencc::ConfigSpec {
        match self {
            Target::Simplified => &opencc::T2S,
            Target::Traditional => &opencc::S2T,
            Target::Taiwan => &opencc::S2TWP,
            Target::Hongkong => &opencc::S2HK,
        }
    }
}

impl FromStr for Target {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "simplified" | "s" | "zh-hans" | "zh-cn" => Ok(Target::Simplified),
            "traditional" | "t" | "zh-hant" => Ok(Target::Traditional),
            "taiwan" | "tw" | "zh-tw" => Ok(Target::Taiwan),
            "hongkong" | "hk" | "zh-hk" => Ok(Target::Hongkong),
            other => Err(format!(
                "unknown target script '{other}': use simplified, traditional, taiwan or hongkong"
            )),
        }
    }
}

/// Characters that mark a script: a Traditional-only character is one OpenCC t2s
/// changes; a Simplified-only one is one s2t changes. Stored as BMP bitsets so
/// the scan over every character costs a shift and a mask.
struct ScriptMarks {
    traditional: Vec<u64>,
    simplified: Vec<u64>,
    /// What each character of the Basic Multilingual Plane counts as (one of
    /// the `CLASS_` values): one table read per character in [`Normalizer::count`].
    classes: Box<[u8]>,
}

/// No Han character.
const CLASS_OTHER: u8 = 0;
/// A Han character of neither script alone.
const CLASS_HAN: u8 = 1;
/// A Han character written only in Traditional.
const CLASS_TRADITIONAL: u8 = 2;
/// A Han character written only in Simplified.
const CLASS_SIMPLIFIED: u8 = 3;

impl ScriptMarks {
    fn build() -> Self {
        let mut traditional = vec![0u64; 1024];
        let mut simplified = vec![0u64; 1024];
        let fill = |dict: &str, set: &mut Vec<u64>| {
            for (key, first) in opencc::entries(dict) {
                let mut chars = key.chars();
                let (Some(k), None) = (chars.next(), chars.next()) else {
                    continue;
                };
                if first != key && (k as u32) < 0x10000 {
                    set[(k as usize) >> 6] |= 1 << (k as u32 & 63);
                }
            }
        };
        fill(opencc::TS_CHARACTERS.text, &mut traditional);
        fill(opencc::ST_CHARACTERS.text, &mut simplified);
        // A character that is also one of its own Traditional forms (台 beside 臺,
        // 于 beside 於, 里 beside 裏) is written in Traditional text too (台灣,
        // 台電): it marks neither script.
        for line in opencc::ST_CHARACTERS.text.lines() {
            let Some((key, values)) = line.trim_end_matches('\r').split_once('\t') else {
                continue;
            };
            let mut chars = key.chars();
            if let (Some(k), None) = (chars.next(), chars.next()) {
                if (k as u32) < 0x10000 && values.split(' ').any(|v| v == key) {
                    simplified[(k as usize) >> 6] &= !(1 << (k as u32 & 63));
                }
            }
        }
        let classes = (0..0x10000u32)
            .map(|u| match char::from_u32(u) {
                Some(c) if is_han(c) => {
                    if ScriptMarks::has(&traditional, c) {
                        CLASS_TRADITIONAL
                    } else if ScriptMarks::has(&simplified, c) {
                        CLASS_SIMPLIFIED
                    } else {
                        CLASS_HAN
                    }
                }
                _ => CLASS_OTHER,
            })
            .collect();
        ScriptMarks {
            traditional,
            simplified,
            classes,
        }
    }

    #[inline]
    fn has(set: &[u64], c: char) -> bool {
        let u = c as u32;
        u < 0x10000 && set[(u >> 6) as usize] & (1 << (u & 63)) != 0
    }
}

/// Counts of script-marking characters in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptCounts {
    pub(crate) han: usize,
    /// Characters written only in Traditional.
    pub traditional: usize,
    pub(crate) simplified: usize,
}

impl ScriptCounts {
    /// The label of `source.script`. One script wins when it outnumbers the other
    /// nine to one (OpenCC's tables mark a few characters both ways); Han text with
    /// no marking character at all is written the same in both and called simplified.
    pub(crate) fn script(&self) -> Script {
        let (t, s) = (self.traditional, self.simplified);
        if self.han == 0 {
            Script::None
        } else if t > 9 * s {
            Script::Traditional
        } else if s > 9 * t || t == 0 {
            Script::Simplified
        } else {
            Script::Mixed
        }
    }
}

use crate::chinese::chars::is_han;

/// Loaded once, shared by every thread.
pub struct Normalizer {
    marks: ScriptMarks,
    converters: [OnceLock<opencc::Converter>; 4],
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Normalizer {
    /// The script tables; converters are built on first use, per target.
    pub fn new() -> Self {
        Normalizer {
            marks: ScriptMarks::build(),
            converters: Default::default(),
        }
    }

    fn converter(&self, target: Target) -> &opencc::Converter {
        self.converters[target.index()].get_or_init(|| opencc::Converter::new(target.spec()))
    }

    /// Convert a whole text (OpenCC semantics: longest match over phrases first).
    pub fn convert(&self, text: &str, target: Target) -> String {
        if text.is_empty() {
            return String::new();
        }
        self.converter(target).convert(text)
    }

    /// Count the characters that mark each script, which `source.script` is read from.
    pub fn count(&self, text: &str) -> ScriptCounts {
        let mut c = ScriptCounts::default();
        let tally = |c: &mut ScriptCounts, ch: char| {
            if is_han(ch) {
                c.han += 1;
                if ScriptMarks::has(&self.marks.traditional, ch) {
                    c.traditional += 1;
                } else if ScriptMarks::has(&self.marks.simplified, ch) {
                    c.simplified += 1;
                }
            }
        };
        // Byte by byte: characters below U+0800 (one or two bytes) are never Han,
        // and three-byte ones are decoded in place (`text` is valid UTF-8) and
        // classed by one table read.
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let lead = b[i];
            if lead < 0xE0 {
                i += 1;
            } else if lead < 0xF0 && i + 2 < b.len() {
                let cp = ((lead as usize & 0x0F) << 12)
                    | ((b[i + 1] as usize & 0x3F) << 6)
                    | (b[i + 2] as usize & 0x3F);
                match self.marks.classes[cp] {
                    CLASS_OTHER => {}
                    class => {
                        c.han += 1;
                        c.traditional += usize::from(class == CLASS_TRADITIONAL);
                        c.simplified += usize::from(class == CLASS_SIMPLIFIED);
                    }
                }
                i += 3;
            } else {
                if let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) {
                    tally(&mut c, ch);
                }
                i += 1;
            }
        }
        c
    }

    #[cfg(test)]
    pub(crate) fn script(&self, text: &str) -> Script {
        self.count(text).script()
    }

    /// A Simplified copy with exactly the byte layout of `text`, so one set of
    /// offsets serves both. A text with no Traditional-only character is returned
    /// as is. Where a converted character would change the byte length (or a line
    /// would change its character count) the original is kept: rules matched on the
    /// copy then simply see the original there.
    pub fn aligned_simplified<'a>(&self, text: &'a str, counts: &ScriptCounts) -> Cow<'a, str> {
        if counts.traditional == 0 {
            return Cow::Borrowed(text);
        }
        // Converted a block of lines at a time, so that a long text never has a
        // whole converted copy beside the aligned one (OpenCC's phrases never span
        // a line break, so the blocks convert as the whole text would). The copy is
        // only allocated once a block changes.
        let mut out: Option<String> = None;
        let mut start = 0;
        while start < text.len() {
            let end = block_end(text, start);
            let block = &text[start..end];
            let converted = self.convert(block, Target::Simplified);
            if converted == block {
                if let Some(out) = out.as_mut() {
                    out.push_str(block);
                }
            } else {
                let out = out.get_or_insert_with(|| {
                    let mut s = String::with_capacity(text.len());
                    s.push_str(&text[..start]);
                    s
                });
                push_aligned(self, block, &converted, out);
            }
            start = end;
        }
        match out {
            Some(out) => {
                debug_assert_eq!(out.len(), text.len());
                Cow::Owned(out)
            }
            None => Cow::Borrowed(text),
        }
    }
}

/// Blocks of about this many bytes, cut after a line break.
const BLOCK: usize = 1 << 16;

/// The end of the block starting at `start`: after the first line break at or
/// beyond `start + BLOCK`, or the end of the text.
pub(crate) fn block_end(text: &str, start: usize) -> usize {
    if text.len() - start <= BLOCK {
        return text.len();
    }
    match text.as_bytes()[start + BLOCK..]
        .iter()
        .position(|&b| b == b'\n')
    {
        Some(i) => start + BLOCK + i + 1,
        None => text.len(),
    }
}

/// Append `converted` (the conversion of `block`) aligned to `block`'s layout.
fn push_aligned(norm: &Normalizer, block: &str, converted: &str, out: &mut String) {
    // `aligned` also checks that the character counts are equal.
    if converted.len() == block.len() && aligned(block, converted) {
        out.push_str(converted);
        return;
    }
    if converted.chars().count() == block.chars().count() {
        for (a, b) in block.chars().zip(converted.chars()) {
            out.push(if a.len_utf8() == b.len_utf8() { b } else { a });
        }
        return;
    }
    // Slow path: a conversion changed the character count somewhere. Keep each
    // converted character whose length matches, line by line.
    for line in block.split_inclusive('\n') {
        let conv = norm.convert(line, Target::Simplified);
        if conv.chars().count() == line.chars().count() {
            for (a, b) in line.chars().zip(conv.chars()) {
                out.push(if a.len_utf8() == b.len_utf8() { b } else { a });
            }
        } else {
            out.push_str(line);
        }
    }
}

/// Same number of characters and each pair of the same UTF-8 length.
fn aligned(a: &str, b: &str) -> bool {
    let mut bi = b.chars();
    for ca in a.chars() {
        match bi.next() {
            Some(cb) if cb.len_utf8() == ca.len_utf8() => {}
            _ => return false,
        }
    }
    bi.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_han_character_whatever_its_length() {
        let n = Normalizer::new();
        let text = "é社區工作總结 𠀀𡃁 abc ÷ 漢字和汉字\u{3400}\u{2EBEF}";
        let mut slow = ScriptCounts::default();
        for ch in text.chars().filter(|&c| is_han(c)) {
            slow.han += 1;
            if ScriptMarks::has(&n.marks.traditional, ch) {
                slow.traditional += 1;
            } else if ScriptMarks::has(&n.marks.simplified, ch) {
                slow.simplified += 1;
            }
        }
        assert_eq!(n.count(text), slow);
        assert_eq!((slow.han, slow.traditional), (15, 3)); // 區 總 漢
    }

    #[test]
    fn long_texts_are_converted_block_by_block_as_a_whole() {
        let n = Normalizer::new();
        let para = "立法院第十屆第一會期，審查預算案；發展觀光條例。社区工作总结\n\n";
        let text = para.repeat(3 * BLOCK / para.len() + 7) + "結尾";
        let s = n.aligned_simplified(&text, &n.count(&text));
        let whole = n.convert(&text, Target::Simplified);
        assert_eq!(s.len(), text.len());
        assert_eq!(
            *s, whole,
            "same length here, so the copy is the whole conversion"
        );
        // A long Simplified text is borrowed, not copied.
        let simp = "社区工作总结\n".repeat(2 * BLOCK / 19);
        assert!(matches!(
            n.aligned_simplified(&simp, &n.count(&simp)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn script_of_real_phrases() {
        let n = Normalizer::new();
        assert_eq!(n.script("2025年社區中秋活動總結 篇1"), Script::Traditional);
        assert_eq!(n.script("2025年社区中秋活动总结"), Script::Simplified);
        assert_eq!(n.script("abc 123"), Script::None);
        assert_eq!(n.script("社區活動与社区活动"), Script::Mixed);
        // Taiwan writes 台 beside 臺 (OpenCC lists 台 among its own Traditional
        // forms): Traditional, not mixed. An interpellation in the Legislative Yuan's
        // gazette, 101卷63期; the same session in g0v/twlyparser@13dad42ebc9c2241df258ede2b2738dd8cc85c40:examples/4004.md.
        assert_eq!(
            n.script("中油去年虧空386億，台電稅前虧空433億。"),
            Script::Traditional
        );
        assert_eq!(
            n.script("主席：台灣團結聯盟黨團對本案有異議"),
            Script::Traditional
        );
        assert_eq!(
            n.script("我們也知道台灣是一個多民族混雜的地方"),
            Script::Traditional
        );
    }

    #[test]
    fn aligned_copy_keeps_layout() {
        let n = Normalizer::new();
        let t = "一、扶貧幫困送溫暖,困難居民喜眉梢。\n9月16、17日兩個晚上";
        let c = n.count(t);
        let s = n.aligned_simplified(t, &c);
        assert_eq!(s.len(), t.len());
        assert!(s.contains("扶贫帮困送温暖"));
        assert!(s.contains("两个晚上"));
        let simp = "扶贫帮困";
        assert!(matches!(
            n.aligned_simplified(simp, &n.count(simp)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn normalizer_is_shared_by_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Normalizer>();
    }

    #[test]
    fn targets_parse_and_convert() {
        let n = Normalizer::new();
        assert_eq!("taiwan".parse::<Target>().unwrap(), Target::Taiwan);
        assert!("klingon".parse::<Target>().is_err());
        assert_eq!(n.convert("汉字", Target::Traditional), "漢字");
        assert_eq!(n.convert("漢字", Target::Simplified), "汉字");
        assert_eq!(n.convert("信息", Target::Taiwan), "資訊");
    }
}
