//! PDF text layer: each page's content stream is run with the text state
//! (fonts, text and graphics matrices, spacing) to place every glyph; glyphs
//! are grouped into lines by baseline, lines into paragraphs where a wrap cut
//! them, and running headers, footers and page numbers are dropped (see
//! `layout`). Fonts and their maps to Unicode are in `font`.
//!
//! The object graph, filters, object streams, cross-reference repair and
//! decryption with an empty password are lopdf's. Limits keep hostile files
//! bounded: a stream may decompress to so many bytes, all streams together to
//! so many, a document may have so many pages and a form may nest so deep.

mod font;
mod layout;

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::{damaged, Format, MAX_PAGES};
use crate::error::DecodeError;
use font::{Font, Glyph};
pub(crate) use layout::Placed;

/// How many bytes one stream may decompress to.
const MAX_STREAM_BYTES: usize = 64 << 20;
/// How many bytes all streams of a document together may decompress to.
const MAX_TOTAL_BYTES: usize = 512 << 20;
/// How many operators a document's content streams may hold.
const MAX_OPERATIONS: usize = 20_000_000;
/// How deep form XObjects may nest.
const MAX_FORM_DEPTH: usize = 8;

/// Bytes decompressed and operators run so far, against the limits.
pub(crate) struct Budget {
    bytes: usize,
    ops: usize,
    exceeded: bool,
}

/// Read a PDF's text layer.
pub(crate) fn read(bytes: &[u8]) -> Result<String, DecodeError> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        ..Default::default()
    };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(d) => d,
        Err(e) => return Err(load_error(&e)),
    };
    // lopdf opens a file whose user password is empty (permissions only); a file
    // still locked after that needs its password.
    let locked = doc.trailer.get(b"Encrypt").is_ok() && doc.encryption_state.is_none();
    if locked {
        return Err(encrypted());
    }
    let mut pages = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for id in doc.page_iter() {
        // A page tree that loops lists a page again: it is read once.
        if !seen.insert(id) {
            continue;
        }
        pages.push(id);
        if pages.len() > MAX_PAGES {
            return Err(DecodeError::Unreadable {
                code: "too_large",
                message: format!(
                    "this pdf file has more than {MAX_PAGES} pages: not read — split it, or it is a damaged or hostile file"
                ),
            });
        }
    }
    if pages.is_empty() && doc.trailer.get(b"Encrypt").is_ok() {
        return Err(encrypted());
    }
    if pages.is_empty() {
        return Err(damaged(
            Format::Pdf,
            "no pages found (the page tree is missing or broken)",
        ));
    }
    let mut budget = Budget {
        bytes: 0,
        ops: 0,
        exceeded: false,
    };
    let mut fonts: HashMap<ObjectId, Rc<Font>> = HashMap::new();
    let mut laid = Vec::with_capacity(pages.len());
    let mut drawn = 0usize;
    for &page in &pages {
        let mut run = Run {
            doc: &doc,
            fonts: &mut fonts,
            budget: &mut budget,
            glyphs: Vec::new(),
            drawn: 0,
        };
        let (top, bottom) = page_box(&doc, page);
        run.page(page);
        drawn += run.drawn;
        let glyphs = std::mem::take(&mut run.glyphs);
        laid.push(layout::Page::new(glyphs, top, bottom));
        if budget.exceeded {
            return Err(DecodeError::Unreadable {
                code: "too_large",
                message: format!(
                    "this pdf file's streams expand to more than {} MiB or hold more than {MAX_OPERATIONS} drawing operations: not read — a damaged file or a decompression bomb",
                    MAX_TOTAL_BYTES >> 20
                ),
            });
        }
    }
    let text = layout::text(laid);
    if text.trim().is_empty() {
        return Err(DecodeError::Unreadable {
            code: "no_text",
            message: if drawn == 0 {
                "no text layer: OCR it first (this pdf file is only images, a scan?)".to_string()
            } else {
                "no text layer that can be read: the pdf file draws text in fonts with no Unicode map — OCR it first".to_string()
            },
        });
    }
    Ok(text)
}

fn encrypted() -> DecodeError {
    DecodeError::Unreadable {
        code: "encrypted",
        message:
            "this pdf file is password-protected: open it, remove the password and save a copy"
                .into(),
    }
}

fn load_error(e: &lopdf::Error) -> DecodeError {
    use lopdf::Error as E;
    match e {
        E::Decryption(_) | E::InvalidPassword | E::AlreadyEncrypted => encrypted(),
        _ => {
            let msg = e.to_string();
            if msg.to_ascii_lowercase().contains("limit") {
                DecodeError::Unreadable {
                    code: "too_large",
                    message: format!(
                        "this pdf file has a stream that expands past {} MiB ({msg}): not read — a damaged file or a decompression bomb",
                        MAX_STREAM_BYTES >> 20
                    ),
                }
            } else {
                damaged(Format::Pdf, &msg)
            }
        }
    }
}

/// Follow references (a bounded chain); a missing object reads as null.
pub(crate) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match doc.dereference(o) {
        Ok((_, o)) => o,
        Err(_) => &Object::Null,
    }
}

pub(crate) fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) if r.is_finite() => Some(*r as f64),
        _ => None,
    }
}

/// A stream's decoded bytes within the budget; `None` when it cannot be
/// decoded (an unknown filter, broken data) or the budget is spent.
pub(crate) fn stream_bytes(s: &lopdf::Stream, budget: &mut Budget) -> Option<Vec<u8>> {
    if budget.exceeded {
        return None;
    }
    let left = MAX_TOTAL_BYTES.saturating_sub(budget.bytes);
    let bytes = if s.dict.get(b"Filter").is_ok() {
        match s.decompressed_content_with_limit(MAX_STREAM_BYTES.min(left)) {
            Ok(b) => b,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                budget.exceeded = true;
                return None;
            }
            Err(_) => return None,
        }
    } else {
        s.content.clone()
    };
    // A stream cut at the limit is a bomb, not a document.
    if bytes.len() >= MAX_STREAM_BYTES {
        budget.exceeded = true;
        return None;
    }
    budget.bytes += bytes.len();
    if budget.bytes > MAX_TOTAL_BYTES {
        budget.exceeded = true;
        return None;
    }
    Some(bytes)
}

/// The page's top and bottom in default user space (from `MediaBox`, A4 if
/// none), for telling running heads and feet.
fn page_box(doc: &Document, page: ObjectId) -> (f64, f64) {
    let mut node = doc.get_dictionary(page).ok();
    for _ in 0..32 {
        let Some(d) = node else { break };
        if let Ok(Object::Array(b)) = d.get(b"MediaBox").map(|o| deref(doc, o)) {
            let v: Vec<f64> = b.iter().filter_map(|o| number(deref(doc, o))).collect();
            if v.len() == 4 {
                return (v[1].max(v[3]), v[1].min(v[3]));
            }
        }
        node = d
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    (842.0, 0.0)
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// One page's (or form's) content being run.
struct Run<'a> {
    doc: &'a Document,
    fonts: &'a mut HashMap<ObjectId, Rc<Font>>,
    budget: &'a mut Budget,
    glyphs: Vec<Placed>,
    /// Glyphs drawn, with or without Unicode (to tell a scan from unmapped fonts).
    drawn: usize,
}

impl Run<'_> {
    fn page(&mut self, page: ObjectId) {
        let doc = self.doc;
        let Ok(dict) = doc.get_dictionary(page) else {
            return;
        };
        let resources = page_resources(doc, page);
        let mut content = Vec::new();
        let streams: Vec<&lopdf::Stream> = match dict.get(b"Contents").map(|o| deref(doc, o)) {
            Ok(Object::Stream(s)) => vec![s],
            Ok(Object::Array(a)) => a
                .iter()
                .take(4096)
                .filter_map(|o| match deref(doc, o) {
                    Object::Stream(s) => Some(s),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for s in streams {
            if let Some(b) = stream_bytes(s, self.budget) {
                content.extend_from_slice(&b);
                content.push(b'\n');
            }
        }
        let state = State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.content(&content, resources, state, &mut Vec::new());
    }

    fn font(&mut self, resources: Option<&Dictionary>, name: &[u8]) -> Option<Rc<Font>> {
        let doc = self.doc;
        let fonts = match resources?.get(b"Font").map(|o| deref(doc, o)) {
            Ok(Object::Dictionary(d)) => d,
            _ => return None,
        };
        let entry = fonts.get(name).ok()?;
        if let Object::Reference(id) = entry {
            if let Some(f) = self.fonts.get(id) {
                return Some(f.clone());
            }
            let f = match deref(doc, entry) {
                Object::Dictionary(d) => Rc::new(Font::load(doc, d, self.budget)),
                _ => Rc::new(Font::fallback()),
            };
            self.fonts.insert(*id, f.clone());
            return Some(f);
        }
        match entry {
            Object::Dictionary(d) => Some(Rc::new(Font::load(doc, d, self.budget))),
            _ => None,
        }
    }

    fn content(
        &mut self,
        bytes: &[u8],
        resources: Option<&Dictionary>,
        mut gs: State,
        forms: &mut Vec<ObjectId>,
    ) {
        let doc = self.doc;
        let mut stack: Vec<State> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in lopdf::content::Content::decode_iter(bytes) {
            let Ok(op) = op else { break };
            self.budget.ops += 1;
            if self.budget.ops > MAX_OPERATIONS {
                self.budget.exceeded = true;
                return;
            }
            let nums: Vec<f64> = op.operands.iter().filter_map(number).collect();
            let n = |i: usize| nums.get(i).copied().unwrap_or(0.0);
            match op.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" if nums.len() == 6 => {
                    let m = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    gs.size = n(0);
                    gs.font = match op.operands.first() {
                        Some(Object::Name(name)) => self.font(resources, name),
                        _ => None,
                    };
                }
                "Tc" => gs.char_spacing = n(0),
                "Tw" => gs.word_spacing = n(0),
                "Tz" => gs.scale = n(0) / 100.0,
                "TL" => gs.leading = n(0),
                "Ts" => gs.rise = n(0),
                "Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.leading = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "Tm" if nums.len() == 6 => {
                    tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator == "'" || op.operator == "\"" {
                        if op.operator == "\"" {
                            gs.word_spacing = n(0);
                            gs.char_spacing = n(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    if let Some(Object::String(s, _)) = op.operands.last() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = op.operands.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm),
                                o => {
                                    if let Some(adj) = number(o) {
                                        let tx = -adj / 1000.0 * gs.size * gs.scale;
                                        tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "Do" => {
                    if forms.len() >= MAX_FORM_DEPTH {
                        continue;
                    }
                    let Some(Object::Name(name)) = op.operands.first() else {
                        continue;
                    };
                    let Some(xobjects) =
                        resources.and_then(|r| match r.get(b"XObject").map(|o| deref(doc, o)) {
                            Ok(Object::Dictionary(d)) => Some(d),
                            _ => None,
                        })
                    else {
                        continue;
                    };
                    let Ok(Object::Reference(id)) = xobjects.get(name) else {
                        continue;
                    };
                    if forms.contains(id) {
                        continue;
                    }
                    let Ok(Object::Stream(s)) = doc.get_object(*id) else {
                        continue;
                    };
                    if !matches!(s.dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Form") {
                        continue;
                    }
                    let Some(body) = stream_bytes(s, self.budget) else {
                        continue;
                    };
                    let mut inner = gs.clone();
                    if let Ok(Object::Array(m)) = s.dict.get(b"Matrix").map(|o| deref(doc, o)) {
                        let v: Vec<f64> = m.iter().filter_map(|o| number(deref(doc, o))).collect();
                        if v.len() == 6 {
                            inner.ctm = mul(&[v[0], v[1], v[2], v[3], v[4], v[5]], &gs.ctm);
                        }
                    }
                    let own = match s.dict.get(b"Resources").map(|o| deref(doc, o)) {
                        Ok(Object::Dictionary(d)) => Some(d),
                        _ => resources,
                    };
                    forms.push(*id);
                    self.content(&body, own, inner, forms);
                    forms.pop();
                    if self.budget.exceeded {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// Place a string's glyphs and advance the text matrix.
    fn show(&mut self, s: &[u8], gs: &State, tm: &mut Matrix) {
        let font = gs.font.clone().unwrap_or_else(|| Rc::new(Font::fallback()));
        let mut glyphs: Vec<Glyph> = Vec::new();
        font.decode(s, &mut glyphs);
        for g in glyphs {
            let trm = mul(
                &[gs.size * gs.scale, 0.0, 0.0, gs.size, 0.0, gs.rise],
                &mul(tm, &gs.ctm),
            );
            let advance =
                (g.width * gs.size + gs.char_spacing + if g.space { gs.word_spacing } else { 0.0 })
                    * gs.scale;
            let after = mul(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], tm);
            let end = mul(&after, &gs.ctm);
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            self.drawn += 1;
            // Invisible text (render mode 3) is kept: it is the text layer of an OCRed scan.
            if !g.text.is_empty() && size.is_finite() && trm[4].is_finite() && trm[5].is_finite() {
                let turn = (trm[1].atan2(trm[0]) / std::f64::consts::FRAC_PI_2).round() as i64;
                self.glyphs.push(Placed {
                    x: trm[4],
                    y: trm[5],
                    end: end[4],
                    end_y: end[5],
                    quadrant: turn.rem_euclid(4) as u8,
                    size: if size > 0.0 { size } else { 1.0 },
                    text: g.text,
                });
            }
            *tm = after;
        }
    }
}

/// A page's resources: its own, else the nearest ancestor's.
fn page_resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    let mut node = doc.get_dictionary(page).ok();
    for _ in 0..32 {
        let d = node?;
        if let Ok(Object::Dictionary(r)) = d.get(b"Resources").map(|o| deref(doc, o)) {
            return Some(r);
        }
        node = d
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    None
}
