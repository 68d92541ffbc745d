//! OFD e-documents (GB/T 33190): a zip archive whose `OFD.xml` names each
//! document's root (`DocBody/DocRoot` → `Document.xml`), which lists the pages
//! (`Pages/Page/@BaseLoc` → a page's `Content.xml`). A page's text is in
//! `TextObject`/`TextCode` elements placed at coordinates; they are read in
//! reading order: grouped into lines by their baseline, each line left to right,
//! lines top to bottom. Page templates (running headers and footers), annotations
//! and signatures are not read.

use super::xml::{attr, Ev, Xml};
use super::{damaged, open_zip, Format, MAX_PAGES};
use crate::error::DecodeError;

/// Read an `.ofd` archive's text, page after page.
pub(crate) fn read(bytes: &[u8]) -> Result<String, DecodeError> {
    let mut zip = open_zip(bytes, Format::Ofd)?;
    let root = zip
        .text("OFD.xml")?
        .ok_or_else(|| damaged(Format::Ofd, "OFD.xml is missing"))?;
    let docs = elements_text(&root, "OFD.xml", b"DocRoot")?;
    if docs.is_empty() {
        return Err(damaged(
            Format::Ofd,
            "OFD.xml names no document (DocBody/DocRoot)",
        ));
    }
    let mut out = String::new();
    for doc in docs {
        let doc_path = join("", &doc);
        let xml = zip.text(&doc_path)?.ok_or_else(|| {
            damaged(
                Format::Ofd,
                &format!("{doc_path} (named in OFD.xml) is missing"),
            )
        })?;
        let pages = page_locations(&xml, &doc_path)?;
        if pages.len() > MAX_PAGES {
            return Err(DecodeError::Unreadable {
                code: "too_large",
                message: format!(
                    "this ofd file has {} pages, more than {MAX_PAGES}: not read — split it, or it is a damaged or hostile file",
                    pages.len()
                ),
            });
        }
        let dir = parent(&doc_path);
        for loc in pages {
            let page_path = join(dir, &loc);
            let Some(content) = zip.text(&page_path)? else {
                return Err(damaged(
                    Format::Ofd,
                    &format!("page {page_path} (named in {doc_path}) is missing"),
                ));
            };
            page_text(&content, &page_path, &mut out)?;
        }
    }
    Ok(out)
}

/// The text of every element named `name` in a part.
fn elements_text(xml: &str, part: &str, name: &[u8]) -> Result<Vec<String>, DecodeError> {
    let mut r = Xml::new(xml, Format::Ofd, part);
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    loop {
        match r.next()? {
            Ev::Start(n, _) if n == name => cur = Some(String::new()),
            Ev::Text(t) => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(&t);
                }
            }
            Ev::End(n) if n == name => {
                if let Some(c) = cur.take() {
                    let c = c.trim();
                    if !c.is_empty() {
                        out.push(c.to_string());
                    }
                }
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// The `BaseLoc` of each page a document lists, in order (templates left out).
fn page_locations(xml: &str, part: &str) -> Result<Vec<String>, DecodeError> {
    let mut r = Xml::new(xml, Format::Ofd, part);
    let mut out = Vec::new();
    let mut in_pages = false;
    loop {
        match r.next()? {
            Ev::Start(n, e) | Ev::Empty(n, e) => match n.as_slice() {
                b"Pages" => in_pages = true,
                b"Page" if in_pages => {
                    if let Some(loc) = attr(&e, b"BaseLoc") {
                        out.push(loc);
                        if out.len() > MAX_PAGES {
                            return Ok(out);
                        }
                    }
                }
                _ => {}
            },
            Ev::End(n) if n == b"Pages" => in_pages = false,
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// A run of text placed on a page.
struct Run {
    x: f64,
    y: f64,
    /// Where the run ends on the x axis (estimated from its glyph advances).
    end: f64,
    size: f64,
    text: String,
}

/// Numbers in an attribute (`"10 20 30.5 40"`).
fn numbers(s: &str) -> Vec<f64> {
    s.split_whitespace()
        .filter_map(|t| t.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .collect()
}

/// The advance of a run's glyphs from `DeltaX` (`"3.5 3.5"` or the compressed
/// `"g 4 3.5"`: four times 3.5).
fn advance(delta: Option<&str>, chars: usize, size: f64) -> f64 {
    let Some(d) = delta else {
        return chars as f64 * size;
    };
    let mut total = 0.0;
    let mut toks = d.split_whitespace();
    let mut count = 0usize;
    while let Some(t) = toks.next() {
        if t == "g" {
            let n: usize = toks.next().and_then(|v| v.parse().ok()).unwrap_or(0);
            let v: f64 = toks.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
            let n = n.min(chars);
            total += n as f64 * v;
            count += n;
        } else if let Ok(v) = t.parse::<f64>() {
            total += v;
            count += 1;
        }
        if count >= chars {
            break;
        }
    }
    if total.is_finite() {
        total + size
    } else {
        chars as f64 * size
    }
}

fn page_text(xml: &str, part: &str, out: &mut String) -> Result<(), DecodeError> {
    let mut r = Xml::new(xml, Format::Ofd, part);
    let mut runs: Vec<Run> = Vec::new();
    // The open text object: its origin, font size and transform.
    let mut object: Option<(f64, f64, f64, Option<Vec<f64>>)> = None;
    let mut code: Option<(f64, f64, Option<String>, String)> = None;
    // A TextCode without X/Y continues where the last one ended.
    let (mut last_x, mut last_y) = (0.0, 0.0);
    loop {
        match r.next()? {
            Ev::Start(n, e) | Ev::Empty(n, e) if n == b"TextObject" => {
                let b = attr(&e, b"Boundary")
                    .map(|s| numbers(&s))
                    .unwrap_or_default();
                let size = attr(&e, b"Size")
                    .and_then(|s| s.trim().parse::<f64>().ok())
                    .filter(|v| v.is_finite() && *v > 0.0)
                    .unwrap_or(3.5);
                let ctm = attr(&e, b"CTM")
                    .map(|s| numbers(&s))
                    .filter(|v| v.len() == 6);
                object = Some((
                    b.first().copied().unwrap_or(0.0),
                    b.get(1).copied().unwrap_or(0.0),
                    size,
                    ctm,
                ));
            }
            Ev::Start(n, e) if n == b"TextCode" => {
                let x = attr(&e, b"X")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(last_x);
                let y = attr(&e, b"Y")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(last_y);
                code = Some((x, y, attr(&e, b"DeltaX"), String::new()));
            }
            Ev::Text(t) => {
                if let Some(c) = code.as_mut() {
                    c.3.push_str(&t);
                }
            }
            Ev::End(n) if n == b"TextCode" => {
                let (Some((x, y, delta, text)), Some((ox, oy, size, ctm))) =
                    (code.take(), object.as_ref())
                else {
                    continue;
                };
                let text: String = text.chars().filter(|c| !c.is_control()).collect();
                let chars = text.chars().count();
                let mut adv = advance(delta.as_deref(), chars, *size);
                let (mut px, mut py, mut psize) = (x, y, *size);
                if let Some(m) = ctm {
                    // x' = a·x + c·y + e, y' = b·x + d·y + f; the size scales with d.
                    px = m[0] * x + m[2] * y + m[4];
                    py = m[1] * x + m[3] * y + m[5];
                    let scale = (m[0].abs()).max(1e-6);
                    adv *= scale;
                    psize *= m[3].abs().max(1e-6);
                }
                last_x = x + advance(delta.as_deref(), chars, 0.0);
                last_y = y;
                if text.trim().is_empty() {
                    continue;
                }
                let (ax, ay) = (ox + px, oy + py);
                if ax.is_finite() && ay.is_finite() {
                    runs.push(Run {
                        x: ax,
                        y: ay,
                        end: ax + adv,
                        size: psize,
                        text,
                    });
                }
            }
            Ev::End(n) if n == b"TextObject" => object = None,
            Ev::Eof => break,
            _ => {}
        }
    }
    lay_out(runs, out);
    Ok(())
}

/// Runs → lines: sorted by baseline, a run whose baseline is within half a
/// character of the line's joins it; each line is read left to right, with a
/// space where a gap wider than a character separates two runs.
fn lay_out(mut runs: Vec<Run>, out: &mut String) {
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (run.y - line[0].y).abs() <= line[0].size.max(run.size) * 0.5 => {
                line.push(run)
            }
            _ => lines.push(vec![run]),
        }
    }
    for mut line in lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut prev_end: Option<f64> = None;
        let mut text = String::new();
        for run in line {
            if let Some(end) = prev_end {
                if run.x - end > run.size * 1.0 {
                    text.push(' ');
                }
            }
            prev_end = Some(run.end.max(prev_end.unwrap_or(f64::MIN)));
            text.push_str(&run.text);
        }
        let text = text.trim();
        if !text.is_empty() {
            out.push_str(text);
            out.push('\n');
        }
    }
}

/// The folder of an archive path (`Doc_0/Document.xml` → `Doc_0`).
fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// An archive path from a location in a part: absolute (`/Doc_0/…`) from the
/// archive's root, else relative to `dir`; `.` and `..` resolved.
fn join(dir: &str, loc: &str) -> String {
    let loc = loc.trim().replace('\\', "/");
    let mut parts: Vec<&str> = if loc.starts_with('/') {
        Vec::new()
    } else {
        dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    for p in loc.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_as_ofd_producers_write_them() {
        assert_eq!(
            join("Doc_0", "Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(
            join("Doc_0", "/Doc_0/Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(join("", "./Doc_0/Document.xml"), "Doc_0/Document.xml");
        assert_eq!(join("a/b", "../c.xml"), "a/c.xml");
    }

    #[test]
    fn delta_x_in_both_forms() {
        assert_eq!(advance(Some("g 3 2"), 4, 0.0), 6.0);
        assert_eq!(advance(Some("1 2 3"), 4, 1.0), 7.0);
        assert_eq!(advance(None, 4, 2.0), 8.0);
    }
}
