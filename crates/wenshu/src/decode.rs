//! Bytes → text. Order of evidence: a byte-order mark; BOM-less UTF-16 (from the
//! shape of its code units); valid (or nearly valid) UTF-8; otherwise `chardetng`
//! over a large sample, restricted to what it can tell apart (GB18030/GBK, Big5, …).
//! Invalid sequences become U+FFFD with a warning naming the byte offset; files that
//! look binary are refused.

use encoding_rs::{CoderResult, DecoderResult, Encoding, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

use crate::document::Warning;
use crate::error::DecodeError;

/// How many invalid sequences are listed one by one before they are summarized.
const MAX_LISTED_INVALID: usize = 10;
/// Bytes fed to the detector; on short prefixes fed as complete input chardetng
/// guesses windows-1252, so a prefix is fed with `last = false`.
const DETECT_SAMPLE: usize = 256 * 1024;

/// A file's bytes as text, with what the decoder noticed.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, without the byte-order mark.
    pub text: String,
    /// The encoding's name as users know it (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`…).
    pub encoding: &'static str,
    pub(crate) bom: bool,
    /// Invalid byte sequences, replaced by U+FFFD in `text` (the first ones each
    /// with its byte offset).
    pub warnings: Vec<Warning>,
}

/// Resolve an `--encoding` label (WHATWG labels: `gbk`, `gb18030`, `big5`, `utf-16le`…).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// The name reported in `source.encoding`. GBK is decoded by the GB18030 decoder (a
/// superset, per the Encoding Standard), so both are reported as GB18030.
fn display_name(enc: &'static Encoding) -> &'static str {
    if enc == GBK || enc == GB18030 {
        "GB18030"
    } else {
        enc.name()
    }
}

/// [`decode`] of a buffer the caller gives away: plain UTF-8 (the common case)
/// becomes the text without a copy, so a big file is held once, not twice.
pub(crate) fn decode_owned(
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let plain = forced.is_none()
        && !bytes.is_empty()
        && Encoding::for_bom(&bytes).is_none()
        && !bytes.contains(&0);
    if plain {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Ok(Decoded {
                    text,
                    encoding: "UTF-8",
                    bom: false,
                    warnings: Vec::new(),
                })
            }
            Err(e) => return decode(e.as_bytes(), forced),
        }
    }
    decode(&bytes, forced)
}

/// Decode a file's bytes: in the `forced` encoding (`--encoding`) if given, else
/// in the one the bytes show (see the module docs). Fails only on binary files.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    if let Some(enc) = forced {
        let (bom, body) = match Encoding::for_bom(bytes) {
            Some((b, len)) if b == enc => (true, &bytes[len..]),
            _ => (false, bytes),
        };
        return Ok(decode_with(enc, body, bom, 0));
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, &bytes[len..], true, len));
    }
    if bytes.is_empty() {
        return Ok(Decoded {
            text: String::new(),
            encoding: "UTF-8",
            bom: false,
            warnings: Vec::new(),
        });
    }
    // The common case first: valid UTF-8 without NUL bytes (one validation pass and
    // one copy). It must come before the UTF-16 sniff: pairs of ASCII letters read
    // as UTF-16 code units land in the CJK block (`ab` is U+6261), while real UTF-16
    // with any ASCII in it (digits, line breaks) has NUL bytes.
    if !bytes.contains(&0) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Ok(plain_utf8(text));
        }
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(decode_with(enc, bytes, false, 0));
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(plain_utf8(text));
    }
    if mostly_utf8(bytes) {
        return Ok(decode_with(UTF_8, bytes, false, 0));
    }
    if let Some(mixed) = decode_mixed(bytes) {
        return Ok(mixed);
    }
    let enc = detect_legacy(bytes);
    Ok(decode_with(enc, bytes, false, 0))
}

/// More runs than this and the file is noise, not two encodings.
const MAX_MIXED_RUNS: usize = 64;

/// A file that is UTF-8 in some lines and a legacy encoding in others (two files
/// concatenated, a report edited in two editors): each run of lines is decoded in
/// its own encoding, with a `mixed_encoding` warning where it changes. `None`
/// when the file is not such a mix.
///
/// A line counts as UTF-8 when it is valid UTF-8 with Chinese characters in it and
/// little else beyond ASCII: legacy Chinese bytes that happen to be valid UTF-8
/// decode to Latin, Greek or Cyrillic letters, not to Chinese.
fn decode_mixed(bytes: &[u8]) -> Option<Decoded> {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Utf8,
        Legacy,
    }
    let classify = |line: &[u8]| -> Option<Kind> {
        if line.is_ascii() {
            return None;
        }
        let Ok(s) = std::str::from_utf8(line) else {
            return Some(Kind::Legacy);
        };
        let (mut cjk, mut other) = (0usize, 0usize);
        for c in s.chars().filter(|c| !c.is_ascii()) {
            if matches!(c, '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
            {
                cjk += 1;
            } else {
                other += 1;
            }
        }
        (cjk >= 2 && other * 4 <= cjk).then_some(Kind::Utf8)
    };
    // Runs of lines of one kind; lines that tell nothing (ASCII, a stray valid
    // sequence) join the run they are in.
    let mut runs: Vec<(Kind, std::ops::Range<usize>)> = Vec::new();
    let mut start = 0;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let end = start + line.len();
        match (classify(line), runs.last_mut()) {
            (Some(k), Some(last)) if last.0 == k => last.1.end = end,
            (Some(k), _) => {
                if runs.len() == MAX_MIXED_RUNS {
                    return None;
                }
                // Lines before the first telling one belong to it.
                let from = runs.last().map_or(0, |r| r.1.end);
                runs.push((k, from..end));
            }
            (None, Some(last)) => last.1.end = end,
            (None, None) => {}
        }
        start = end;
    }
    if let Some(last) = runs.last_mut() {
        last.1.end = bytes.len();
    }
    let bytes_of = |k: Kind| -> usize { runs.iter().filter(|r| r.0 == k).map(|r| r.1.len()).sum() };
    let (utf8_bytes, legacy_bytes) = (bytes_of(Kind::Utf8), bytes_of(Kind::Legacy));
    if utf8_bytes < 16 || legacy_bytes < 16 {
        return None;
    }
    // The legacy part's encoding, judged on that part alone.
    let mut sample = Vec::with_capacity(legacy_bytes.min(DETECT_SAMPLE + 4));
    for r in runs.iter().filter(|r| r.0 == Kind::Legacy) {
        sample.extend_from_slice(&bytes[r.1.clone()]);
        if sample.len() > DETECT_SAMPLE {
            break;
        }
    }
    let legacy = detect_legacy(&sample);
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut warnings = Vec::new();
    let mut prev: Option<&'static str> = None;
    for (kind, range) in &runs {
        let enc = if *kind == Kind::Utf8 { UTF_8 } else { legacy };
        let part = decode_with(enc, &bytes[range.clone()], false, range.start);
        if let Some(prev) = prev {
            warnings.push(Warning {
                code: "mixed_encoding".into(),
                message: format!(
                    "the file changes encoding at byte {}: {} before, {} from there; each part was decoded in its own",
                    range.start, prev, part.encoding
                ),
                byte_offset: Some(range.start as u64),
            });
        }
        prev = Some(part.encoding);
        text.push_str(&part.text);
        warnings.extend(part.warnings);
    }
    Some(Decoded {
        text,
        encoding: if utf8_bytes >= legacy_bytes {
            "UTF-8"
        } else {
            display_name(legacy)
        },
        bom: false,
        warnings,
    })
}

fn plain_utf8(text: &str) -> Decoded {
    Decoded {
        text: text.to_owned(),
        encoding: "UTF-8",
        bom: false,
        warnings: Vec::new(),
    }
}

/// Decode `body` (which starts at `base` in the file), replacing malformed sequences
/// and remembering where they were.
pub(crate) fn decode_with(enc: &'static Encoding, body: &[u8], bom: bool, base: usize) -> Decoded {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len() * 3),
    );
    let mut pos = 0;
    let mut invalid: Vec<usize> = Vec::new();
    let mut invalid_total = 0usize;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&body[pos..], &mut text, true);
        pos += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                text.reserve(body.len() - pos + 16);
            }
            DecoderResult::Malformed(bad, extra) => {
                let at = pos - extra as usize - bad as usize;
                invalid_total += 1;
                if invalid.len() < MAX_LISTED_INVALID {
                    invalid.push(base + at);
                }
                text.push('\u{FFFD}');
            }
        }
    }
    let _ = CoderResult::InputEmpty;
    let mut warnings: Vec<Warning> = invalid
        .iter()
        .map(|&off| Warning {
            code: "invalid_bytes".into(),
            message: format!(
                "invalid {} byte sequence at byte {off}, replaced with U+FFFD",
                display_name(enc)
            ),
            byte_offset: Some(off as u64),
        })
        .collect();
    if invalid_total > invalid.len() {
        warnings.push(Warning {
            code: "invalid_bytes".into(),
            message: format!(
                "{} more invalid {} byte sequences replaced with U+FFFD",
                invalid_total - invalid.len(),
                display_name(enc)
            ),
            byte_offset: None,
        });
    }
    Decoded {
        text,
        encoding: display_name(enc),
        bom,
        warnings,
    }
}

/// BOM-less UTF-16: chardetng cannot see it, so look at the code units themselves.
///
/// Any byte string of even length is *some* sequence of UTF-16 code units, so the
/// reading is accepted only when it is plausible as Chinese text, on every count:
///
/// - the length is even (a UTF-16 file is whole code units; a 9-byte Big5 file
///   is not UTF-16, whatever its units look like);
/// - there are at least [`UTF16_MIN_UNITS`] code units: fewer are too few to
///   tell text from chance (a few random bytes and a NUL read as two ideographs
///   and a letter); such a file goes to the other detectors (with NULs, it is
///   refused as binary, and `--encoding utf-16le` reads it);
/// - at most one code unit in a hundred is impossible in text: an unpaired
///   surrogate, a private-use or noncharacter code point, a control other than
///   tab, line feed, form feed and carriage return (NUL included);
/// - more than half of the characters are CJK (ideographs, CJK punctuation,
///   full-width forms) or ASCII, and at least 90% are in the scripts and symbols
///   Chinese reports use (Latin-1 and general punctuation besides).
///
/// GBK, Big5 or UTF-8 bytes read as code units land in Hangul, Yi, surrogates and
/// private use; random bytes give controls and unpaired surrogates.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 2 * UTF16_MIN_UNITS || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let le = Utf16Shape::of(sample, true);
    let be = Utf16Shape::of(sample, false);
    let (best, enc) = if le.score() >= be.score() {
        (le, UTF_16LE)
    } else {
        (be, UTF_16BE)
    };
    best.plausible().then_some(enc)
}

/// The fewest code units BOM-less UTF-16 is recognised from.
const UTF16_MIN_UNITS: usize = 16;

/// What the characters of a sample look like when read as UTF-16.
#[derive(Debug, Default, Clone, Copy)]
struct Utf16Shape {
    chars: usize,
    /// CJK ideographs (BMP and supplementary), CJK punctuation, bopomofo,
    /// full-width forms.
    cjk: usize,
    /// Printable ASCII, tab, line feed, carriage return.
    ascii: usize,
    /// In the scripts and symbols of Chinese reports: the two above, Latin-1 and
    /// Latin extensions, general punctuation, letterlike symbols, arrows,
    /// enclosed numbers (`①`), box drawing.
    usual: usize,
    /// Impossible in text: unpaired surrogates, private use, noncharacters,
    /// controls other than tab, line feed, form feed, carriage return.
    impossible: usize,
}

impl Utf16Shape {
    fn of(sample: &[u8], little: bool) -> Self {
        let units = sample.chunks_exact(2).map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let mut shape = Utf16Shape::default();
        for c in char::decode_utf16(units) {
            shape.chars += 1;
            let Ok(c) = c else {
                shape.impossible += 1;
                continue;
            };
            let (cjk, ascii, usual, impossible) = match c as u32 {
                0x09 | 0x0A | 0x0D | 0x20..=0x7E => (false, true, true, false),
                0x0C => (false, false, true, false),
                0x00..=0x1F | 0x7F..=0x9F => (false, false, false, true),
                0x00A0..=0x02FF => (false, false, true, false),
                0x2000..=0x206F | 0x2100..=0x27BF => (false, false, true, false),
                0x3000..=0x303F | 0x3100..=0x312F => (true, false, true, false),
                0x3400..=0x4DBF | 0x4E00..=0x9FFF => (true, false, true, false),
                0xFF00..=0xFFEF => (true, false, true, false),
                0x20000..=0x3FFFF => (true, false, true, false),
                0xE000..=0xF8FF | 0xF0000..=0x10FFFF => (false, false, false, true),
                0xFDD0..=0xFDEF => (false, false, false, true),
                u if u & 0xFFFE == 0xFFFE => (false, false, false, true),
                _ => (false, false, false, false),
            };
            shape.cjk += usize::from(cjk);
            shape.ascii += usize::from(ascii);
            shape.usual += usize::from(usual);
            shape.impossible += usize::from(impossible);
        }
        shape
    }

    /// Which byte order reads better (higher is better).
    fn score(&self) -> f64 {
        if self.chars == 0 {
            return 0.0;
        }
        (self.usual as f64 - 10.0 * self.impossible as f64) / self.chars as f64
    }

    fn plausible(&self) -> bool {
        self.chars > 0
            && self.impossible * 100 <= self.chars
            && (self.cjk + self.ascii) * 2 > self.chars
            && self.usual * 10 >= self.chars * 9
    }
}

/// NUL bytes (outside UTF-16) or many control characters mean a binary file. A
/// stray NUL or two in a long text (a damaged archive copy) does not: executables,
/// images and archives have NULs by the hundred in their first bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    if nuls * 1000 > sample.len() || (nuls > 0 && sample.len() < 1000) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B | 0))
        .count();
    controls * 100 > sample.len().max(1) * 2
}

/// Valid UTF-8, or UTF-8 with a few damaged sequences (a truncated or bit-flipped
/// file): at most one bad sequence per 8 good multi-byte characters. GBK or Big5
/// text read as UTF-8 fails almost every multi-byte sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let mut good_multibyte = 0usize;
    let mut bad = 0usize;
    for chunk in bytes.utf8_chunks() {
        good_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    good_multibyte > 0 && bad * 8 <= good_multibyte
}

fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    if bytes.len() > DETECT_SAMPLE {
        det.feed(&bytes[..DETECT_SAMPLE], false);
    } else {
        det.feed(bytes, true);
    }
    let guess = det.guess(None, chardetng::Utf8Detection::Allow);
    if guess == GBK {
        GB18030
    } else {
        guess
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::BIG5;

    #[test]
    fn an_owned_buffer_decodes_as_a_borrowed_one() {
        let (gbk, _, _) = encoding_rs::GBK.encode("社区工作总结：走访6户。");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "社区工作总结".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        for bytes in [
            "社区工作总结\n走访6户。".as_bytes().to_vec(),
            b"\xEF\xBB\xBFwith a BOM".to_vec(),
            gbk.into_owned(),
            utf16,
            b"bad \xFF\xFE\xFD bytes and text".to_vec(),
            b"nul\0inside".to_vec(),
            Vec::new(),
        ] {
            for forced in [None, Some(encoding_rs::UTF_8)] {
                let a = decode(&bytes, forced);
                let b = decode_owned(bytes.clone(), forced);
                match (a, b) {
                    (Ok(a), Ok(b)) => {
                        assert_eq!(a.text, b.text);
                        assert_eq!(a.encoding, b.encoding);
                        assert_eq!(a.bom, b.bom);
                        assert_eq!(a.warnings.len(), b.warnings.len());
                    }
                    (a, b) => assert_eq!(a.is_err(), b.is_err(), "{bytes:?}"),
                }
            }
        }
    }

    const SAMPLE: &str = "2025年社區中秋活動總結 篇1\n一、扶貧幫困送溫暖,困難居民喜眉梢。\n9月17日,區財政局領導走訪了結對困難居民;共走訪慰問困難家庭6戶。\n";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        let (b, _, bad) = enc.encode(s);
        assert!(!bad);
        b.into_owned()
    }

    fn utf16(s: &str, little: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let d = decode(SAMPLE.as_bytes(), None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (SAMPLE, "UTF-8", false)
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(SAMPLE.as_bytes());
        let d = decode(&b, None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (SAMPLE, "UTF-8", true)
        );
    }

    #[test]
    fn big5_and_gb18030_are_detected() {
        let d = decode(&encode(BIG5, SAMPLE), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "Big5"));
        let simp = "2025年社区中秋活动总结\n一、扶贫帮困送温暖,困难居民喜眉梢。\n9月17日,区财政局领导走访了结对困难居民;共走访慰问困难家庭6户。\n";
        let d = decode(&encode(GB18030, simp), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (simp, "GB18030"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for little in [true, false] {
            let mut b = if little {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            b.extend(utf16(SAMPLE, little));
            let d = decode(&b, None).unwrap();
            assert_eq!(d.text, SAMPLE);
            assert!(d.bom);
            assert_eq!(d.encoding, if little { "UTF-16LE" } else { "UTF-16BE" });
            let d = decode(&utf16(SAMPLE, little), None).unwrap();
            assert_eq!(d.text, SAMPLE);
            assert!(!d.bom);
            assert_eq!(d.encoding, if little { "UTF-16LE" } else { "UTF-16BE" });
        }
    }

    #[test]
    fn invalid_bytes_are_replaced_with_a_warning() {
        let mut b = SAMPLE.as_bytes().to_vec();
        let at = SAMPLE.find("中秋").unwrap();
        b[at] = 0xFF;
        let d = decode(&b, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{FFFD}'));
        assert_eq!(d.warnings[0].byte_offset, Some(at as u64));
        // Truncated in the middle of a character.
        let cut = &SAMPLE.as_bytes()[..SAMPLE.len() - 2];
        let d = decode(cut, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn plain_ascii_is_not_utf16() {
        // Pairs of ASCII letters look like CJK code units when read as UTF-16.
        let text = "abcdefghijklmnopqrstuvwxyz report line\nanother line of plain ASCII text\n";
        let d = decode(text.as_bytes(), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-8"));
    }

    #[test]
    fn binary_is_refused() {
        let mut b = b"\x7fELF\x02\x01\x01\0\0\0\0\0".to_vec();
        b.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
        assert!(matches!(decode(&b, None), Err(DecodeError::Binary)));
    }

    #[test]
    fn a_stray_nul_in_a_long_text_is_still_text() {
        let mut b = SAMPLE.repeat(20).into_bytes();
        b[500] = 0;
        let d = decode(&b, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\0'));
        // A short file with a NUL, or many NULs, is binary.
        assert!(decode(b"\0\0\0\0\x01\x02\x03\x04", None).is_err());
        let mut z = SAMPLE.repeat(20).into_bytes();
        for i in (0..z.len()).step_by(200) {
            z[i] = 0;
        }
        assert!(matches!(decode(&z, None), Err(DecodeError::Binary)));
    }

    #[test]
    fn forced_encoding_wins() {
        let d = decode(&encode(BIG5, SAMPLE), encoding_for_label("big5")).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn empty_is_utf8() {
        let d = decode(b"", None).unwrap();
        assert_eq!(d.text, "");
    }
}
