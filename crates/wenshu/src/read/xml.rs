//! The XML of document parts, read as a flat stream of events with the nesting
//! depth bounded. quick-xml never expands entities declared in a DTD, so
//! "billion laughs" files cost nothing; references other than the predefined
//! five and character references are kept as written.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{damaged, Format, MAX_XML_DEPTH};
use crate::error::DecodeError;

/// What the readers need of an XML event.
pub(crate) enum Ev<'a> {
    /// An opening tag: its local name (namespace prefix dropped) and the tag.
    Start(Vec<u8>, BytesStart<'a>),
    /// A self-closing tag.
    Empty(Vec<u8>, BytesStart<'a>),
    /// A closing tag's local name.
    End(Vec<u8>),
    /// Character data, references resolved.
    Text(Cow<'a, str>),
    /// The end of the part.
    Eof,
}

/// A bounded reader over one XML part.
pub(crate) struct Xml<'a> {
    reader: Reader<&'a [u8]>,
    depth: usize,
    format: Format,
    part: &'a str,
}

impl<'a> Xml<'a> {
    pub(crate) fn new(text: &'a str, format: Format, part: &'a str) -> Self {
        let mut reader = Reader::from_str(text);
        let c = reader.config_mut();
        c.check_end_names = false;
        c.allow_unmatched_ends = true;
        c.allow_dangling_amp = true;
        Xml {
            reader,
            depth: 0,
            format,
            part,
        }
    }

    /// The next event that matters (declarations, comments and instructions are
    /// skipped).
    pub(crate) fn next(&mut self) -> Result<Ev<'a>, DecodeError> {
        loop {
            let ev = self.reader.read_event().map_err(|e| {
                damaged(
                    self.format,
                    &format!(
                        "{} is not well-formed XML near byte {} ({e})",
                        self.part,
                        self.reader.buffer_position()
                    ),
                )
            })?;
            return Ok(match ev {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > MAX_XML_DEPTH {
                        return Err(DecodeError::Unreadable {
                            code: "too_deep",
                            message: format!(
                                "this {} file nests XML elements more than {MAX_XML_DEPTH} deep in {}: not read — a damaged or hostile file",
                                self.format.as_str(),
                                self.part
                            ),
                        });
                    }
                    Ev::Start(local(e.name().as_ref()).as_bytes().to_vec(), e)
                }
                Event::Empty(e) => Ev::Empty(local(e.name().as_ref()).as_bytes().to_vec(), e),
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    Ev::End(local(e.name().as_ref()).as_bytes().to_vec())
                }
                Event::Text(t) => Ev::Text(t.xml10_content()),
                Event::CData(t) => Ev::Text(t.into_inner()),
                Event::GeneralRef(r) => {
                    let s: Cow<'a, str> = match r.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&r) {
                            Some(s) => Cow::Borrowed(s),
                            None => Cow::Owned(format!("&{};", &*r)),
                        },
                        Err(_) => Cow::Borrowed(""),
                    };
                    Ev::Text(s)
                }
                Event::Eof => Ev::Eof,
                _ => continue,
            });
        }
    }

    /// Skip to the end of the element just opened (its whole subtree).
    pub(crate) fn skip(&mut self) -> Result<(), DecodeError> {
        let target = self.depth.saturating_sub(1);
        loop {
            match self.next()? {
                Ev::End(_) if self.depth <= target => return Ok(()),
                Ev::Eof => return Ok(()),
                _ => {}
            }
        }
    }
}

/// A name without its namespace prefix (`w:p` → `p`).
pub(crate) fn local(name: &str) -> &str {
    match name.rfind(':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// An attribute's value by local name (`w:val` and `val` alike).
pub(crate) fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (local(a.key.as_ref()).as_bytes() == name).then(|| {
            match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(_) => a.value.clone().into_owned(),
            }
        })
    })
}
