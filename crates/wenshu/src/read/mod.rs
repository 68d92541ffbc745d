//! Files that are not plain text → the text a reader sees. Word documents
//! (`.docx`), web pages (`.html`, `.htm`), PDF text layers (`.pdf`) and OFD
//! e-documents (`.ofd`) are read
//! here into lines of text; everything after (structure, facts, placeholders,
//! spans) works on that text as it does on a `.txt`.
//!
//! The format is chosen by the file's content first (`%PDF-`, a zip archive holding
//! `word/document.xml` or `OFD.xml`), then by its extension, then by content
//! again for names that say nothing (`<html` at the start). Limits keep hostile
//! files bounded: an archive entry and the whole archive may expand to so many
//! bytes, XML may nest so deep, an OFD may have so many pages; past a limit the
//! file is an input error, never a partial document.

mod docx;
mod html;
mod ofd;
mod pdf;
mod xml;

use std::io::Read;
use std::path::Path;

use encoding_rs::Encoding;

use crate::decode::{self, Decoded};
use crate::error::DecodeError;

/// What an input file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (`.txt`, `.md`, anything else read as text).
    Text,
    /// A Word document (Office Open XML).
    Docx,
    /// A web page.
    Html,
    /// An OFD e-document (GB/T 33190).
    Ofd,
    /// A PDF's text layer.
    Pdf,
}

impl Format {
    /// The name in `source.format`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Ofd => "ofd",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file extension names (any case), if it is one wenshu reads.
    pub fn of_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "md" | "text" | "markdown" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "ofd" => Some(Format::Ofd),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// The text read from an input, and how it was read.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The format the bytes were read as.
    pub format: Format,
    /// The text (for a document format, the extracted text: paragraphs as lines,
    /// Word's list numbers written out) with its encoding and warnings.
    pub decoded: Decoded,
    /// The lines the source itself marks as headings, in text order.
    pub outline: Vec<OutlineLine>,
}

/// A line that the source marks as a heading (a Word paragraph in a heading style
/// or with an outline level, an HTML `<h1>`–`<h6>`), so that it is a heading even
/// without a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutlineLine {
    /// Byte offset of the line's start in the extracted text.
    pub start: usize,
    /// Its level: 1 for the top (`Heading 1`, `<h1>`).
    pub level: u8,
}

/// How far an archive may expand: one entry, and all entries read from it.
pub(crate) const MAX_ENTRY_BYTES: u64 = 64 << 20;
/// See [`MAX_ENTRY_BYTES`].
pub(crate) const MAX_ARCHIVE_BYTES: u64 = 256 << 20;
/// How deep XML elements may nest (real documents stay under 50).
pub(crate) const MAX_XML_DEPTH: usize = 256;
/// How many pages an OFD may have.
pub(crate) const MAX_PAGES: usize = 10_000;

/// Read an input's bytes as text. `name` (the file's path, when there is one)
/// gives the extension; `forced` is `--encoding` (for plain text and web pages).
pub fn read(
    name: Option<&Path>,
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<Extracted, DecodeError> {
    let format = detect(name, &bytes)?;
    let (decoded, outline) = match format {
        Format::Text => (decode::decode_owned(bytes, forced)?, Vec::new()),
        Format::Html => html::read(&bytes, forced)?,
        Format::Docx => {
            let (text, outline) = docx::read(&bytes)?;
            (utf8(text), outline)
        }
        Format::Ofd => (utf8(ofd::read(&bytes)?), Vec::new()),
        Format::Pdf => (utf8(pdf::read(&bytes)?), Vec::new()),
    };
    if format != Format::Text && decoded.text.trim().is_empty() {
        return Err(DecodeError::Unreadable {
            code: "no_text",
            message: format!(
                "a {} file with no text in it (only images or drawings?): nothing to read — OCR it first if it is a scan",
                format.as_str()
            ),
        });
    }
    Ok(Extracted {
        format,
        decoded,
        outline,
    })
}

/// The format of an input, from its content and its name's extension; an error
/// for files wenshu does not read (legacy Office, RTF, other archives).
pub fn detect(name: Option<&Path>, bytes: &[u8]) -> Result<Format, DecodeError> {
    let by_ext = name
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .and_then(Format::of_extension);
    Ok(match sniff(bytes) {
        Sniffed::Zip => zip_format(bytes)?,
        Sniffed::Pdf => Format::Pdf,
        Sniffed::Refused(e) => return Err(e),
        Sniffed::Other => match by_ext {
            Some(Format::Pdf) => {
                return Err(damaged(
                    Format::Pdf,
                    "no `%PDF-` header (the file is damaged, or renamed from another format)",
                ))
            }
            Some(f @ (Format::Docx | Format::Ofd)) => {
                return Err(damaged(
                    f,
                    "not a zip archive (the file is damaged, or renamed from another format)",
                ))
            }
            Some(f) => f,
            None if looks_like_html(bytes) => Format::Html,
            None => Format::Text,
        },
    })
}

fn utf8(text: String) -> Decoded {
    Decoded {
        text,
        encoding: "UTF-8",
        bom: false,
        warnings: Vec::new(),
    }
}

enum Sniffed {
    Zip,
    Pdf,
    Refused(DecodeError),
    Other,
}

/// Formats told by their first bytes: archives, and files wenshu does not read
/// (with what to do about them).
fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    let refuse = |code, message: &str| {
        Sniffed::Refused(DecodeError::Unreadable {
            code,
            message: message.to_string(),
        })
    };
    // Readers accept a PDF header anywhere in the first kilobyte (some producers
    // write a preamble before it).
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An OLE container: a legacy Office file, or an Office file with a password
        // (whose encrypted package is stored in one).
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
            return refuse(
                "encrypted",
                "a password-protected Office file: open it, remove the password (File → Info → Protect Document) and save it again",
            );
        }
        return refuse(
            "unsupported",
            "a legacy Office file (.doc, .xls, .ppt): open it and save it as .docx",
        );
    }
    if bytes.starts_with(b"{\\rtf") {
        return refuse(
            "unsupported",
            "an RTF file: open it and save it as .docx or text",
        );
    }
    Sniffed::Other
}

/// Which document a zip archive is.
fn zip_format(bytes: &[u8]) -> Result<Format, DecodeError> {
    let archive = open_zip(bytes, Format::Docx)?;
    let has = |name: &str| archive.names.iter().any(|n| n.eq_ignore_ascii_case(name));
    if has("word/document.xml") {
        Ok(Format::Docx)
    } else if has("OFD.xml") {
        Ok(Format::Ofd)
    } else if has("content.xml") && has("mimetype") {
        Err(DecodeError::Unreadable {
            code: "unsupported",
            message: "an OpenDocument file (.odt): open it and save it as .docx".into(),
        })
    } else if has("xl/workbook.xml") || has("ppt/presentation.xml") {
        Err(DecodeError::Unreadable {
            code: "unsupported",
            message: "a spreadsheet or a presentation: only Word documents (.docx) are read".into(),
        })
    } else {
        Err(DecodeError::Unreadable {
            code: "unsupported",
            message: "a zip archive that is neither a Word document (.docx) nor an OFD: unpack it and name the files inside".into(),
        })
    }
}

/// Whether bytes of unknown kind start like a web page.
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let lower: Vec<u8> = head.iter().take(64).map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

/// The error of a document that cannot be read.
pub(crate) fn damaged(format: Format, why: &str) -> DecodeError {
    DecodeError::Unreadable {
        code: "damaged",
        message: format!("cannot read this {} file: {why}", format.as_str()),
    }
}

/// A zip archive with its entry names, read within the size limits.
pub(crate) struct Archive<'a> {
    zip: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
    names: Vec<String>,
    format: Format,
    /// Bytes expanded so far, against [`MAX_ARCHIVE_BYTES`].
    read: u64,
}

pub(crate) fn open_zip(bytes: &[u8], format: Format) -> Result<Archive<'_>, DecodeError> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| damaged(format, &format!("the zip archive is broken ({e})")))?;
    let names = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    Ok(Archive {
        zip,
        names,
        format,
        read: 0,
    })
}

impl Archive<'_> {
    /// The stored name of an entry: exact, else without a leading `/`, else in any
    /// case (producers differ in both).
    pub(crate) fn find(&self, name: &str) -> Option<String> {
        let name = name.trim_start_matches('/');
        if self.names.iter().any(|n| n == name) {
            return Some(name.to_string());
        }
        self.names
            .iter()
            .find(|n| n.trim_start_matches('/').eq_ignore_ascii_case(name))
            .cloned()
    }

    /// An entry's bytes, `None` when there is no such entry; an error when it is
    /// encrypted, damaged or expands past the limits.
    pub(crate) fn entry(&mut self, name: &str) -> Result<Option<Vec<u8>>, DecodeError> {
        let Some(stored) = self.find(name) else {
            return Ok(None);
        };
        let format = self.format;
        let mut file = match self.zip.by_name(&stored) {
            Ok(f) => f,
            Err(zip::result::ZipError::UnsupportedArchive(msg))
                if msg.to_ascii_lowercase().contains("password") =>
            {
                return Err(DecodeError::Unreadable {
                    code: "encrypted",
                    message: format!(
                        "this {} file is password-protected: save a copy without the password",
                        format.as_str()
                    ),
                })
            }
            Err(e) => return Err(damaged(format, &format!("{stored}: {e}"))),
        };
        let left = MAX_ARCHIVE_BYTES.saturating_sub(self.read);
        let cap = MAX_ENTRY_BYTES.min(left);
        let mut out = Vec::new();
        let n = (&mut file)
            .take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| damaged(format, &format!("{stored}: {e}")))?;
        if n as u64 > cap {
            return Err(DecodeError::Unreadable {
                code: "too_large",
                message: format!(
                    "this {} file expands to more than {} MiB ({stored}{}): not read — a damaged file or a zip bomb",
                    format.as_str(),
                    cap >> 20,
                    if cap < MAX_ENTRY_BYTES {
                        ", counting the entries read before it"
                    } else {
                        ""
                    }
                ),
            });
        }
        self.read += n as u64;
        Ok(Some(out))
    }

    /// An entry as text (XML parts are UTF-8; a UTF-16 part has a byte-order mark).
    pub(crate) fn text(&mut self, name: &str) -> Result<Option<String>, DecodeError> {
        Ok(self.entry(name)?.map(|b| match Encoding::for_bom(&b) {
            Some((enc, len)) => enc.decode_without_bom_handling(&b[len..]).0.into_owned(),
            None => match String::from_utf8(b) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            },
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_content_before_extension() {
        let html = b"<!DOCTYPE html><html><body><p>\xe4\xb8\x80</p></body></html>".to_vec();
        let e = read(None, html.clone(), None).unwrap();
        assert_eq!(e.format, Format::Html);
        // A named text file keeps its markup: the name says it is text.
        let e = read(Some(Path::new("a.txt")), html, None).unwrap();
        assert_eq!(e.format, Format::Text);
    }

    #[test]
    fn files_wenshu_does_not_read_say_what_to_do() {
        let e = read(None, b"%PDF-1.7\n...".to_vec(), None).unwrap_err();
        assert!(e.to_string().contains("pdf"), "{e}");
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.extend([0u8; 64]);
        let e = read(Some(Path::new("a.doc")), ole.clone(), None).unwrap_err();
        assert!(e.to_string().contains("save it as .docx"), "{e}");
        ole.extend(
            "EncryptedPackage"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        );
        let e = read(Some(Path::new("a.docx")), ole, None).unwrap_err();
        assert!(e.to_string().contains("password"), "{e}");
        let e = read(Some(Path::new("a.docx")), b"hello".to_vec(), None).unwrap_err();
        assert!(e.to_string().contains("not a zip archive"), "{e}");
    }
}
