//! A PDF font as the text reader needs it: how a string splits into codes,
//! each code's Unicode text and its advance width.
//!
//! Unicode comes from, in order: the font's `ToUnicode` map; for composite
//! fonts, a predefined CMap whose codes are themselves a character set
//! (`UniGB-UCS2-H`, `UniCNS-UTF16-H`… are Unicode; `GBK-EUC-H`, `GB-EUC-H` are
//! GBK; `B5pc-H`, `ETen-B5-H` are Big5); for `Identity-H` fonts with an embedded
//! TrueType program, that program's own `cmap` table; for simple fonts, the
//! `Differences` glyph names, then the named base encoding. A simple TrueType
//! font whose name is Chinese and that has no map is read as GBK: Windows
//! programs write Chinese that way (a GB2312-charset font).

use std::collections::HashMap;

use encoding_rs::{Encoding, BIG5, GBK, WINDOWS_1252};
use lopdf::{Dictionary, Document, Object};

use super::{deref, number, stream_bytes, Budget};

/// How a string's bytes split into codes.
#[derive(Debug, Clone)]
enum Codes {
    One,
    Two,
    /// Codespace ranges: (bytes, low, high), from an embedded CMap.
    Ranges(Vec<(u8, u32, u32)>),
    /// Lead bytes 0x81–0xFE start a two-byte code (GBK, Big5).
    DoubleByte,
    /// UTF-16: a surrogate pair is one four-byte code.
    Utf16,
}

/// Where Unicode comes from when `ToUnicode` has no entry.
#[derive(Debug, Clone)]
enum Fallback {
    None,
    /// The code is a UCS-2/UTF-16 code unit sequence.
    Unicode,
    Charset(&'static Encoding),
    /// Identity CIDs through an embedded TrueType's glyph → character map.
    Glyphs(HashMap<u32, char>),
    /// A simple font's 256-entry table.
    Table(Box<[Option<char>; 256]>),
}

/// A font's decoding and metrics.
#[derive(Debug, Clone)]
pub(crate) struct Font {
    codes: Codes,
    to_unicode: HashMap<u32, String>,
    fallback: Fallback,
    /// Code → CID for composite fonts with an embedded CMap (identity otherwise).
    cids: Option<HashMap<u32, u32>>,
    /// Simple fonts: widths from `FirstChar`.
    first: u32,
    widths: Vec<f64>,
    /// Composite fonts: CID → width.
    cid_widths: HashMap<u32, f64>,
    default_width: f64,
    composite: bool,
    /// Codes are characters whose CIDs are unknown (predefined character-set CMaps):
    /// widths are guessed from the character (full width for CJK, half otherwise).
    guess_widths: bool,
    /// Type 3 glyph space → text space.
    scale: f64,
}

/// One decoded code: its text (possibly empty: no Unicode known), its width in
/// text space units per unit font size, and whether it is a single-byte 32
/// (word spacing applies).
pub(crate) struct Glyph {
    pub text: String,
    pub width: f64,
    pub space: bool,
}

impl Font {
    /// A font for text drawn with no font set or a font that cannot be read.
    pub(crate) fn fallback() -> Font {
        Font {
            codes: Codes::One,
            to_unicode: HashMap::new(),
            fallback: Fallback::Table(Box::new(table(WINDOWS_1252))),
            cids: None,
            first: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            default_width: 500.0,
            composite: false,
            guess_widths: false,
            scale: 0.001,
        }
    }

    pub(crate) fn load(doc: &Document, dict: &Dictionary, budget: &mut Budget) -> Font {
        let subtype = name_of(doc, dict.get(b"Subtype").ok());
        let mut font = Font::fallback();
        font.fallback = Fallback::None;
        if let Some(Object::Stream(s)) = dict.get(b"ToUnicode").ok().map(|o| deref(doc, o)) {
            if let Some(bytes) = stream_bytes(s, budget) {
                font.to_unicode = parse_cmap(&bytes).unicode;
            }
        }
        if subtype.as_deref() == Some(b"Type0".as_slice()) {
            font.composite = true;
            font.default_width = 1000.0;
            font.codes = Codes::Two;
            let descendant = dict
                .get(b"DescendantFonts")
                .ok()
                .map(|o| deref(doc, o))
                .and_then(|o| match o {
                    Object::Array(a) => a.first().map(|o| deref(doc, o)),
                    _ => None,
                })
                .and_then(|o| match o {
                    Object::Dictionary(d) => Some(d),
                    _ => None,
                });
            match dict.get(b"Encoding").ok().map(|o| deref(doc, o)) {
                Some(Object::Name(n)) => {
                    let (codes, fb) = predefined(n);
                    font.codes = codes;
                    font.guess_widths = !matches!(fb, Fallback::None);
                    font.fallback = fb;
                }
                Some(Object::Stream(s)) => {
                    if let Some(bytes) = stream_bytes(s, budget) {
                        let cmap = parse_cmap(&bytes);
                        if !cmap.ranges.is_empty() {
                            font.codes = Codes::Ranges(cmap.ranges);
                        }
                        font.cids = Some(cmap.cids);
                    }
                    // An embedded CMap may itself name a predefined one it uses.
                    if let Ok(Object::Name(n)) = s.dict.get(b"UseCMap") {
                        let (_, fb) = predefined(n);
                        font.fallback = fb;
                    }
                }
                _ => {}
            }
            if let Some(d) = descendant {
                if let Ok(w) = d.get(b"DW") {
                    if let Some(w) = number(deref(doc, w)) {
                        font.default_width = w;
                    }
                }
                if let Ok(w) = d.get(b"W") {
                    font.cid_widths = cid_widths(doc, deref(doc, w));
                }
                if matches!(font.fallback, Fallback::None) {
                    let (registry, ordering) = cid_system(doc, d);
                    let identity = matches!(dict.get(b"Encoding").ok().map(|o| deref(doc, o)), Some(Object::Name(n)) if n.starts_with(b"Identity"));
                    if identity {
                        if let Some(map) = embedded_glyph_map(doc, d, budget) {
                            font.fallback = Fallback::Glyphs(map);
                        }
                    }
                    let _ = (registry, ordering);
                }
            }
            return font;
        }
        // Simple fonts.
        font.first = dict
            .get(b"FirstChar")
            .ok()
            .and_then(|o| number(deref(doc, o)))
            .unwrap_or(0.0)
            .max(0.0) as u32;
        if let Ok(Object::Array(ws)) = dict.get(b"Widths").map(|o| deref(doc, o)) {
            font.widths = ws
                .iter()
                .take(256)
                .map(|w| number(deref(doc, w)).unwrap_or(0.0))
                .collect();
        }
        if let Some(Object::Dictionary(desc)) =
            dict.get(b"FontDescriptor").ok().map(|o| deref(doc, o))
        {
            if let Some(w) = desc
                .get(b"MissingWidth")
                .ok()
                .and_then(|o| number(deref(doc, o)))
            {
                font.default_width = w;
            }
        }
        if subtype.as_deref() == Some(b"Type3".as_slice()) {
            if let Ok(Object::Array(m)) = dict.get(b"FontMatrix").map(|o| deref(doc, o)) {
                if let Some(a) = m.first().and_then(|o| number(deref(doc, o))) {
                    font.scale = a;
                }
            }
        }
        let base = dict
            .get(b"BaseFont")
            .ok()
            .and_then(|o| name_of(doc, Some(o)))
            .unwrap_or_default();
        if subtype.as_deref() == Some(b"TrueType".as_slice())
            && chinese_font_name(&base)
            && font.to_unicode.is_empty()
        {
            font.codes = Codes::DoubleByte;
            font.fallback = Fallback::Charset(GBK);
            return font;
        }
        let mut t = table(WINDOWS_1252);
        match dict.get(b"Encoding").ok().map(|o| deref(doc, o)) {
            Some(Object::Name(n)) => t = base_table(n),
            Some(Object::Dictionary(enc)) => {
                if let Ok(Object::Name(n)) = enc.get(b"BaseEncoding") {
                    t = base_table(n);
                }
                if let Ok(Object::Array(diffs)) = enc.get(b"Differences").map(|o| deref(doc, o)) {
                    let mut code = 0usize;
                    for d in diffs {
                        match deref(doc, d) {
                            Object::Integer(i) => code = (*i).clamp(0, 255) as usize,
                            Object::Name(n) => {
                                if code < 256 {
                                    if let Some(c) = glyph_name(n) {
                                        t[code] = Some(c);
                                    }
                                }
                                code += 1;
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
        font.fallback = Fallback::Table(Box::new(t));
        font
    }

    /// Split a string into glyphs.
    pub(crate) fn decode(&self, bytes: &[u8], out: &mut Vec<Glyph>) {
        let mut i = 0;
        while i < bytes.len() {
            let n = self.code_len(&bytes[i..]).min(bytes.len() - i).max(1);
            let raw = &bytes[i..i + n];
            let code = raw.iter().fold(0u32, |a, &b| (a << 8) | b as u32);
            i += n;
            let text = match self.to_unicode.get(&code) {
                Some(t) => t.clone(),
                None => self.fallback_text(code, raw),
            };
            let width = self.width(code, &text);
            out.push(Glyph {
                space: n == 1 && code == 32,
                text,
                width,
            });
        }
    }

    fn code_len(&self, rest: &[u8]) -> usize {
        match &self.codes {
            Codes::One => 1,
            Codes::Two => 2,
            Codes::DoubleByte => {
                if (0x81..=0xFE).contains(&rest[0]) {
                    2
                } else {
                    1
                }
            }
            Codes::Utf16 => {
                if rest.len() >= 4 && (0xD8..=0xDB).contains(&rest[0]) {
                    4
                } else {
                    2
                }
            }
            Codes::Ranges(ranges) => {
                for len in 1..=4u8 {
                    if rest.len() < len as usize {
                        break;
                    }
                    let code = rest[..len as usize]
                        .iter()
                        .fold(0u32, |a, &b| (a << 8) | b as u32);
                    if ranges
                        .iter()
                        .any(|&(l, lo, hi)| l == len && (lo..=hi).contains(&code))
                    {
                        return len as usize;
                    }
                }
                // Not in any range: take the shortest length the CMap uses.
                ranges.iter().map(|r| r.0 as usize).min().unwrap_or(1)
            }
        }
    }

    fn fallback_text(&self, code: u32, raw: &[u8]) -> String {
        match &self.fallback {
            Fallback::None => String::new(),
            Fallback::Unicode => {
                let units: Vec<u16> = raw
                    .chunks(2)
                    .map(|c| ((c[0] as u16) << 8) | *c.get(1).unwrap_or(&0) as u16)
                    .collect();
                String::from_utf16_lossy(&units)
            }
            Fallback::Charset(enc) => {
                let (s, _, bad) = enc.decode(raw);
                if bad {
                    String::new()
                } else {
                    s.into_owned()
                }
            }
            Fallback::Glyphs(map) => {
                let cid = self.cid(code);
                map.get(&cid).map(|c| c.to_string()).unwrap_or_default()
            }
            Fallback::Table(t) => t[(code & 0xFF) as usize]
                .map(|c| c.to_string())
                .unwrap_or_default(),
        }
    }

    fn cid(&self, code: u32) -> u32 {
        match &self.cids {
            Some(m) => m.get(&code).copied().unwrap_or(code),
            None => code,
        }
    }

    fn width(&self, code: u32, text: &str) -> f64 {
        let w = if self.composite {
            if self.guess_widths {
                match text.chars().next() {
                    Some(c) if is_wide(c) || ambiguous(c) => self.default_width,
                    Some(_) => self.default_width / 2.0,
                    None => self.default_width,
                }
            } else {
                *self
                    .cid_widths
                    .get(&self.cid(code))
                    .unwrap_or(&self.default_width)
            }
        } else if let Some(w) = code
            .checked_sub(self.first)
            .and_then(|i| self.widths.get(i as usize))
        {
            *w
        } else if matches!(self.codes, Codes::DoubleByte) && code > 0xFF {
            1000.0
        } else {
            self.default_width
        };
        w * self.scale
    }
}

/// Whether a character is set full width (CJK ideographs, kana, hangul,
/// fullwidth forms and CJK punctuation).
pub(crate) fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFF)
}

/// Characters of ambiguous East Asian width, set full width by CJK fonts:
/// curly quotes, dashes, ellipsis, middle dot, ×, ÷, circled and Roman numbers,
/// arrows and shapes.
fn ambiguous(c: char) -> bool {
    matches!(c as u32,
        0xB7 | 0xD7 | 0xF7 | 0x2010..=0x2027 | 0x2030..=0x203F | 0x2150..=0x21FF
        | 0x2460..=0x24FF | 0x2500..=0x26FF)
}

/// A predefined CMap's code lengths and character set.
fn predefined(name: &[u8]) -> (Codes, Fallback) {
    let n = String::from_utf8_lossy(name);
    if n.starts_with("Identity") {
        return (Codes::Two, Fallback::None);
    }
    if n.contains("UCS2") {
        return (Codes::Two, Fallback::Unicode);
    }
    if n.contains("UTF16") {
        return (Codes::Utf16, Fallback::Unicode);
    }
    if n.starts_with("GB") {
        // GB-EUC, GBK-EUC, GBKp-EUC, GBK2K: GBK covers GB 2312 and GBK.
        return (Codes::DoubleByte, Fallback::Charset(GBK));
    }
    if n.starts_with("B5")
        || n.starts_with("ETen")
        || n.starts_with("HKscs")
        || n.starts_with("ETHK")
    {
        return (Codes::DoubleByte, Fallback::Charset(BIG5));
    }
    (Codes::Two, Fallback::None)
}

fn cid_system(doc: &Document, d: &Dictionary) -> (Vec<u8>, Vec<u8>) {
    match d.get(b"CIDSystemInfo").ok().map(|o| deref(doc, o)) {
        Some(Object::Dictionary(info)) => {
            let s = |k: &[u8]| match info.get(k).ok().map(|o| deref(doc, o)) {
                Some(Object::String(s, _)) => s.clone(),
                _ => Vec::new(),
            };
            (s(b"Registry"), s(b"Ordering"))
        }
        _ => (Vec::new(), Vec::new()),
    }
}

/// The `W` array: `c [w1 w2 …]` or `c_first c_last w`.
fn cid_widths(doc: &Document, w: &Object) -> HashMap<u32, f64> {
    let mut out = HashMap::new();
    let Object::Array(items) = w else {
        return out;
    };
    let mut i = 0;
    while i < items.len() && out.len() < 1 << 17 {
        let Some(first) = number(deref(doc, &items[i])) else {
            break;
        };
        let first = first.max(0.0) as u32;
        match items.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(ws)) => {
                for (k, w) in ws.iter().enumerate().take(1 << 16) {
                    if let Some(w) = number(deref(doc, w)) {
                        out.insert(first.saturating_add(k as u32), w);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let last = number(o).unwrap_or(0.0).max(0.0) as u32;
                let w = items
                    .get(i + 2)
                    .and_then(|o| number(deref(doc, o)))
                    .unwrap_or(1000.0);
                for c in first..=last.min(first.saturating_add(1 << 16)) {
                    out.insert(c, w);
                }
                i += 3;
            }
            None => break,
        }
    }
    out
}

fn name_of(doc: &Document, o: Option<&Object>) -> Option<Vec<u8>> {
    match o.map(|o| deref(doc, o)) {
        Some(Object::Name(n)) => Some(n.clone()),
        _ => None,
    }
}

/// A font name in Chinese (GBK or UTF-8 bytes of Han characters), or one of the
/// Windows Chinese font families.
fn chinese_font_name(name: &[u8]) -> bool {
    let base = match name.iter().position(|&b| b == b'+') {
        Some(6) => &name[7..],
        _ => name,
    };
    if !base.is_ascii() {
        let utf8 = std::str::from_utf8(base)
            .ok()
            .map(|s| s.chars().any(is_wide));
        let gbk = || {
            let (s, _, bad) = GBK.decode(base);
            !bad && s.chars().any(is_wide)
        };
        return utf8.unwrap_or(false) || gbk();
    }
    let lower = String::from_utf8_lossy(base).to_ascii_lowercase();
    [
        "simsun",
        "simhei",
        "fangsong",
        "kaiti",
        "gb2312",
        "stsong",
        "stkaiti",
        "stheiti",
        "stfangsong",
        "nsimsun",
        "microsoftyahei",
    ]
    .iter()
    .any(|f| lower.contains(f))
}

/// A 256-entry table from a single-byte encoding.
fn table(enc: &'static Encoding) -> [Option<char>; 256] {
    let mut t = [None; 256];
    for (b, slot) in t.iter_mut().enumerate() {
        let bytes = [b as u8];
        let (s, bad) = enc.decode_without_bom_handling(&bytes);
        if !bad {
            *slot = s.chars().next().filter(|c| !c.is_control() || *c == '\t');
        }
    }
    t
}

fn base_table(name: &[u8]) -> [Option<char>; 256] {
    let mut t = table(WINDOWS_1252);
    if name == b"MacRomanEncoding" {
        t = table(encoding_rs::MACINTOSH);
    }
    t
}

/// Unicode for a glyph name: `uniXXXX`, `uXXXX[XX]`, a single character, and
/// the common Latin names.
fn glyph_name(n: &[u8]) -> Option<char> {
    let s = std::str::from_utf8(n).ok()?;
    if let Some(h) = s.strip_prefix("uni") {
        if h.len() >= 4 {
            return u32::from_str_radix(&h[..4], 16)
                .ok()
                .and_then(char::from_u32);
        }
    }
    if let Some(h) = s.strip_prefix('u') {
        if (4..=6).contains(&h.len()) {
            if let Ok(v) = u32::from_str_radix(h, 16) {
                return char::from_u32(v);
            }
        }
    }
    let mut cs = s.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return Some(c);
    }
    Some(match s {
        "space" => ' ',
        "zero" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        "period" => '.',
        "comma" => ',',
        "colon" => ':',
        "semicolon" => ';',
        "hyphen" | "minus" => '-',
        "parenleft" => '(',
        "parenright" => ')',
        "slash" => '/',
        "percent" => '%',
        "quoteright" => '\u{2019}',
        "quoteleft" => '\u{2018}',
        "quotedblleft" => '\u{201C}',
        "quotedblright" => '\u{201D}',
        "endash" => '\u{2013}',
        "emdash" => '\u{2014}',
        "bullet" => '\u{2022}',
        "ampersand" => '&',
        "question" => '?',
        "exclam" => '!',
        _ => return None,
    })
}

/// A parsed CMap: codespace ranges, code → Unicode (`bfchar`/`bfrange`) and
/// code → CID (`cidchar`/`cidrange`).
struct CMap {
    ranges: Vec<(u8, u32, u32)>,
    unicode: HashMap<u32, String>,
    cids: HashMap<u32, u32>,
}

/// Most entries a CMap may define (a full CJK font has about 30,000).
const MAX_CMAP_ENTRIES: usize = 1 << 18;

fn parse_cmap(bytes: &[u8]) -> CMap {
    let mut out = CMap {
        ranges: Vec::new(),
        unicode: HashMap::new(),
        cids: HashMap::new(),
    };
    let toks = tokens(bytes);
    let mut i = 0;
    let mut section: &[u8] = b"";
    let full = |out: &CMap| out.unicode.len() + out.cids.len() >= MAX_CMAP_ENTRIES;
    while i < toks.len() {
        match &toks[i] {
            Tok::Word(w) if w.starts_with(b"begin") => {
                section = &w[5..];
                i += 1;
                continue;
            }
            Tok::Word(w) if w.starts_with(b"end") => {
                section = b"";
                i += 1;
                continue;
            }
            _ => {}
        }
        match section {
            b"codespacerange" => {
                if let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi))) = (toks.get(i), toks.get(i + 1)) {
                    if (1..=4).contains(&lo.len()) && out.ranges.len() < 256 {
                        out.ranges.push((lo.len() as u8, be(lo), be(hi)));
                    }
                    i += 2;
                    continue;
                }
            }
            b"bfchar" => {
                if let (Some(Tok::Hex(src)), Some(dst)) = (toks.get(i), toks.get(i + 1)) {
                    if let Tok::Hex(d) = dst {
                        if !full(&out) {
                            out.unicode.insert(be(src), utf16(d));
                        }
                    }
                    i += 2;
                    continue;
                }
            }
            b"bfrange" => {
                if let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi)), Some(dst)) =
                    (toks.get(i), toks.get(i + 1), toks.get(i + 2))
                {
                    let (lo, hi) = (be(lo), be(hi));
                    let hi = hi.min(lo.saturating_add(0xFFFF));
                    match dst {
                        Tok::Hex(d) => {
                            let mut units: Vec<u16> = d
                                .chunks(2)
                                .map(|c| ((c[0] as u16) << 8) | *c.get(1).unwrap_or(&0) as u16)
                                .collect();
                            for code in lo..=hi {
                                if full(&out) {
                                    break;
                                }
                                out.unicode.insert(code, String::from_utf16_lossy(&units));
                                if let Some(last) = units.last_mut() {
                                    *last = last.wrapping_add(1);
                                }
                            }
                        }
                        Tok::Array(items) => {
                            for (k, d) in items.iter().enumerate() {
                                let code = lo.saturating_add(k as u32);
                                if code > hi || full(&out) {
                                    break;
                                }
                                out.unicode.insert(code, utf16(d));
                            }
                        }
                        _ => {}
                    }
                    i += 3;
                    continue;
                }
            }
            b"cidchar" => {
                if let (Some(Tok::Hex(src)), Some(Tok::Num(cid))) = (toks.get(i), toks.get(i + 1)) {
                    if !full(&out) {
                        out.cids.insert(be(src), *cid);
                    }
                    i += 2;
                    continue;
                }
            }
            b"cidrange" => {
                if let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi)), Some(Tok::Num(cid))) =
                    (toks.get(i), toks.get(i + 1), toks.get(i + 2))
                {
                    let (lo, hi) = (be(lo), be(hi));
                    for (k, code) in (lo..=hi.min(lo.saturating_add(0xFFFF))).enumerate() {
                        if full(&out) {
                            break;
                        }
                        out.cids.insert(code, cid.saturating_add(k as u32));
                    }
                    i += 3;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn be(b: &[u8]) -> u32 {
    b.iter().take(4).fold(0u32, |a, &x| (a << 8) | x as u32)
}

fn utf16(b: &[u8]) -> String {
    let units: Vec<u16> = b
        .chunks(2)
        .map(|c| ((c[0] as u16) << 8) | *c.get(1).unwrap_or(&0) as u16)
        .collect();
    String::from_utf16_lossy(&units)
        .chars()
        .filter(|c| *c != '\0')
        .collect()
}

enum Tok {
    Hex(Vec<u8>),
    Num(u32),
    Word(Vec<u8>),
    Array(Vec<Vec<u8>>),
    Other,
}

/// The tokens of a CMap program that matter here: hex strings, integers, words
/// and arrays of hex strings.
fn tokens(b: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut array: Option<Vec<Vec<u8>>> = None;
    while i < b.len() && out.len() < 4 * MAX_CMAP_ENTRIES {
        let c = b[i];
        match c {
            b'%' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if b.get(i + 1) != Some(&b'<') => {
                let start = i + 1;
                let end = b[start..]
                    .iter()
                    .position(|&x| x == b'>')
                    .map_or(b.len(), |p| start + p);
                let digits: Vec<u8> = b[start..end]
                    .iter()
                    .filter_map(|&x| (x as char).to_digit(16).map(|d| d as u8))
                    .collect();
                let bytes: Vec<u8> = digits
                    .chunks(2)
                    .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
                    .collect();
                match array.as_mut() {
                    Some(a) => a.push(bytes),
                    None => out.push(Tok::Hex(bytes)),
                }
                i = end + 1;
            }
            b'[' => {
                array = Some(Vec::new());
                i += 1;
            }
            b']' => {
                if let Some(a) = array.take() {
                    out.push(Tok::Array(a));
                }
                i += 1;
            }
            b'(' => {
                // A literal string (names in the header): skipped.
                let mut depth = 0;
                while i < b.len() {
                    match b[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                out.push(Tok::Other);
            }
            _ if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < b.len()
                    && !b[i].is_ascii_whitespace()
                    && !matches!(
                        b[i],
                        b'<' | b'>' | b'[' | b']' | b'(' | b')' | b'/' | b'%' | b'{' | b'}'
                    )
                {
                    i += 1;
                }
                if i == start {
                    i += 1;
                    out.push(Tok::Other);
                    continue;
                }
                let w = &b[start..i];
                if let Some(n) = std::str::from_utf8(w)
                    .ok()
                    .and_then(|s| s.parse::<u32>().ok())
                {
                    out.push(Tok::Num(n));
                } else {
                    out.push(Tok::Word(w.to_vec()));
                }
            }
        }
    }
    out
}

/// An embedded TrueType program's glyph → character map (inverted `cmap`),
/// through `CIDToGIDMap` when the font has one.
fn embedded_glyph_map(
    doc: &Document,
    d: &Dictionary,
    budget: &mut Budget,
) -> Option<HashMap<u32, char>> {
    let Some(Object::Dictionary(desc)) = d.get(b"FontDescriptor").ok().map(|o| deref(doc, o))
    else {
        return None;
    };
    let Some(Object::Stream(s)) = desc.get(b"FontFile2").ok().map(|o| deref(doc, o)) else {
        return None;
    };
    let program = stream_bytes(s, budget)?;
    let by_gid = truetype_cmap(&program)?;
    let cid_to_gid = match d.get(b"CIDToGIDMap").ok().map(|o| deref(doc, o)) {
        Some(Object::Stream(s)) => stream_bytes(s, budget),
        _ => None,
    };
    Some(match cid_to_gid {
        Some(map) => map
            .chunks_exact(2)
            .enumerate()
            .filter_map(|(cid, g)| {
                let gid = ((g[0] as u32) << 8) | g[1] as u32;
                by_gid.get(&gid).map(|c| (cid as u32, *c))
            })
            .collect(),
        None => by_gid,
    })
}

/// Glyph id → character from a TrueType `cmap` table (Unicode subtables,
/// formats 4 and 12), the lowest character kept for a glyph drawn by several.
fn truetype_cmap(f: &[u8]) -> Option<HashMap<u32, char>> {
    let u16_at = |o: usize| f.get(o..o + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let u32_at = |o: usize| {
        f.get(o..o + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let tables = u16_at(4)? as usize;
    let mut cmap = None;
    for t in 0..tables.min(64) {
        let rec = 12 + 16 * t;
        if f.get(rec..rec + 4)? == b"cmap" {
            cmap = Some(u32_at(rec + 8)? as usize);
        }
    }
    let cmap = cmap?;
    let n = u16_at(cmap + 2)? as usize;
    let mut best: Option<(u32, usize)> = None;
    for k in 0..n.min(64) {
        let rec = cmap + 4 + 8 * k;
        let (pid, eid) = (u16_at(rec)?, u16_at(rec + 2)?);
        let off = cmap + u32_at(rec + 4)? as usize;
        let rank = match (pid, eid) {
            (3, 10) | (0, 4) | (0, 6) => 3,
            (3, 1) | (0, _) => 2,
            _ => continue,
        };
        if best.is_none_or(|(r, _)| rank > r) {
            best = Some((rank, off));
        }
    }
    let (_, off) = best?;
    let mut out: HashMap<u32, char> = HashMap::new();
    let mut put = |gid: u32, c: u32| {
        if let Some(ch) = char::from_u32(c) {
            if gid != 0 && out.len() < MAX_CMAP_ENTRIES {
                let e = out.entry(gid).or_insert(ch);
                if ch < *e {
                    *e = ch;
                }
            }
        }
    };
    match u16_at(off)? {
        4 => {
            let segs = u16_at(off + 6)? as usize / 2;
            let ends = off + 14;
            let starts = ends + 2 * segs + 2;
            let deltas = starts + 2 * segs;
            let offsets = deltas + 2 * segs;
            for s in 0..segs {
                let end = u16_at(ends + 2 * s)? as u32;
                let start = u16_at(starts + 2 * s)? as u32;
                let delta = u16_at(deltas + 2 * s)? as u32;
                let ro = u16_at(offsets + 2 * s)? as usize;
                if start > end {
                    continue;
                }
                for c in start..=end {
                    if c == 0xFFFF {
                        break;
                    }
                    let gid = if ro == 0 {
                        (c + delta) & 0xFFFF
                    } else {
                        let at = offsets + 2 * s + ro + 2 * (c - start) as usize;
                        match u16_at(at) {
                            Some(0) | None => continue,
                            Some(g) => (g as u32 + delta) & 0xFFFF,
                        }
                    };
                    put(gid, c);
                }
            }
        }
        12 => {
            let groups = u32_at(off + 12)? as usize;
            for g in 0..groups.min(1 << 16) {
                let rec = off + 16 + 12 * g;
                let (start, end, gid) = (u32_at(rec)?, u32_at(rec + 4)?, u32_at(rec + 8)?);
                if end < start || end - start > 0x10000 {
                    continue;
                }
                for c in start..=end {
                    put(gid + (c - start), c);
                }
            }
        }
        _ => return None,
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_unicode_maps_read_chars_ranges_and_arrays() {
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            2 beginbfchar <0003> <0020> <0A1F> <4E2D> endbfchar\n\
            2 beginbfrange <0010> <0012> <6587> <0020> <0021> [<0041> <D840DC00>] endbfrange\n\
            endcmap";
        let c = parse_cmap(cmap);
        assert_eq!(c.ranges, vec![(2, 0, 0xFFFF)]);
        assert_eq!(c.unicode[&0x0A1F], "中");
        assert_eq!(c.unicode[&0x0010], "文");
        assert_eq!(c.unicode[&0x0012], "\u{6589}");
        assert_eq!(c.unicode[&0x0021], "\u{20000}");
    }

    #[test]
    fn predefined_cmaps_name_their_character_sets() {
        let font = |enc: &[u8]| {
            let (codes, fallback) = predefined(enc);
            Font {
                codes,
                fallback,
                guess_widths: true,
                composite: true,
                default_width: 1000.0,
                ..Font::fallback()
            }
        };
        let text = |f: &Font, b: &[u8]| {
            let mut g = Vec::new();
            f.decode(b, &mut g);
            g.into_iter().map(|g| g.text).collect::<String>()
        };
        assert_eq!(
            text(&font(b"UniGB-UCS2-H"), &[0x4E, 0x2D, 0x00, 0x41]),
            "中A"
        );
        assert_eq!(
            text(&font(b"GBK-EUC-H"), &[0xD6, 0xD0, b'1', 0xCE, 0xC4]),
            "中1文"
        );
        assert_eq!(text(&font(b"ETen-B5-H"), &[0xA4, 0xA4, 0xA4, 0xE5]), "中文");
        assert_eq!(
            text(&font(b"UniCNS-UTF16-H"), &[0xD8, 0x40, 0xDC, 0x00]),
            "\u{20000}"
        );
    }

    #[test]
    fn chinese_font_names_are_told_in_any_spelling() {
        assert!(chinese_font_name("宋体".as_bytes()));
        assert!(chinese_font_name(&[0xCB, 0xCE, 0xCC, 0xE5]));
        assert!(chinese_font_name(b"ABCDEF+FangSong_GB2312"));
        assert!(!chinese_font_name(b"TimesNewRomanPSMT"));
    }
}
