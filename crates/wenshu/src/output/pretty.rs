//! Pretty JSON for people: like `serde_json::to_vec_pretty`, but an array of plain
//! values stays on one line, so a `span` reads `[96, 101]` instead of four lines.
//! Streamed through a serde [`Formatter`]: a document is never built as a tree of
//! values first.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter};

/// Serialize `value` as pretty JSON into `out`, streaming: nothing but the
/// formatter's small stack is held, however large the document.
pub(crate) fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut ser)?;
    ser.into_inner()
        .write_all(b"\n")
        .map_err(serde_json::Error::io)
}

/// [`to_writer_pretty`] into a new buffer.
#[cfg(test)]
pub(crate) fn to_vec_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(4096);
    to_writer_pretty(&mut out, value)?;
    Ok(out)
}

/// How an array is laid out, decided by its first element (the document's arrays
/// hold either scalars or containers, never both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// No element yet.
    Open,
    /// Scalars on one line: `[96, 101]`.
    Inline,
    /// One container per line, indented.
    Lines,
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    Array(Layout),
    Object { keys: bool },
}

/// The formatter: objects one key per line, two-space indent, `": "` after keys;
/// arrays of scalars on one line.
#[derive(Debug, Default)]
struct Pretty {
    stack: Vec<Frame>,
    /// An array element was announced and nothing written for it yet.
    pending: Option<bool>,
}

impl Pretty {
    fn indent<W: ?Sized + Write>(w: &mut W, level: usize) -> io::Result<()> {
        for _ in 0..level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Before any value: lay out a pending array element, now that its kind is
    /// known (`container`: an object or array starts).
    fn before_value<W: ?Sized + Write>(&mut self, w: &mut W, container: bool) -> io::Result<()> {
        let Some(first) = self.pending.take() else {
            return Ok(());
        };
        let depth = self.stack.len();
        let Some(Frame::Array(layout)) = self.stack.last_mut() else {
            return Ok(());
        };
        if *layout == Layout::Open {
            *layout = if container {
                Layout::Lines
            } else {
                Layout::Inline
            };
        }
        match *layout {
            Layout::Inline => {
                if !first {
                    w.write_all(b", ")?;
                }
            }
            _ => {
                w.write_all(if first { b"\n" } else { b",\n" })?;
                Self::indent(w, depth)?;
            }
        }
        Ok(())
    }
}

macro_rules! scalar {
    ($($name:ident($t:ty)),* $(,)?) => {
        $(
            fn $name<W: ?Sized + Write>(&mut self, w: &mut W, v: $t) -> io::Result<()> {
                self.before_value(w, false)?;
                serde_json::ser::CompactFormatter.$name(w, v)
            }
        )*
    };
}

impl Formatter for Pretty {
    fn write_null<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.before_value(w, false)?;
        w.write_all(b"null")
    }

    scalar!(
        write_bool(bool),
        write_i8(i8),
        write_i16(i16),
        write_i32(i32),
        write_i64(i64),
        write_i128(i128),
        write_u8(u8),
        write_u16(u16),
        write_u32(u32),
        write_u64(u64),
        write_u128(u128),
        write_f32(f32),
        write_f64(f64),
        write_number_str(&str),
        write_raw_fragment(&str),
        write_byte_array(&[u8]),
    );

    fn begin_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.before_value(w, false)?;
        w.write_all(b"\"")
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        serde_json::ser::CompactFormatter.write_char_escape(w, e)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.before_value(w, true)?;
        self.stack.push(Frame::Array(Layout::Open));
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        let frame = self.stack.pop();
        if let Some(Frame::Array(Layout::Lines)) = frame {
            w.write_all(b"\n")?;
            Self::indent(w, self.stack.len())?;
        }
        w.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, _w: &mut W, first: bool) -> io::Result<()> {
        self.pending = Some(first);
        Ok(())
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.before_value(w, true)?;
        self.stack.push(Frame::Object { keys: false });
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if let Some(Frame::Object { keys: true }) = self.stack.pop() {
            w.write_all(b"\n")?;
            Self::indent(w, self.stack.len())?;
        }
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if let Some(Frame::Object { keys }) = self.stack.last_mut() {
            *keys = true;
        }
        w.write_all(if first { b"\n" } else { b",\n" })?;
        Self::indent(w, self.stack.len())
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn scalar_arrays_stay_on_one_line_and_parse_back() {
        let v = serde_json::json!({"span": [96, 101], "inferred": ["year"], "items": [{"a": 1}], "e": [], "s": "引號\"x"});
        let s = String::from_utf8(to_vec_pretty(&v).unwrap()).unwrap();
        assert!(s.contains("\"span\": [96, 101]"), "{s}");
        assert!(
            s.contains("\"items\": [\n    {\n      \"a\": 1\n    }\n  ]"),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    /// The layout of the tree-building writer this streaming one replaced: objects
    /// one key per line, arrays of scalars inline, others one element per line.
    fn reference(v: &Value, level: usize, out: &mut String) {
        let ind = |n: usize| "  ".repeat(n);
        match v {
            Value::Array(a) if a.is_empty() => out.push_str("[]"),
            Value::Array(a) if a.iter().all(|x| !x.is_array() && !x.is_object()) => {
                let parts: Vec<String> = a.iter().map(|x| x.to_string()).collect();
                out.push_str(&format!("[{}]", parts.join(", ")));
            }
            Value::Array(a) => {
                out.push_str("[\n");
                for (i, x) in a.iter().enumerate() {
                    out.push_str(&ind(level + 1));
                    reference(x, level + 1, out);
                    out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
                }
                out.push_str(&ind(level));
                out.push(']');
            }
            Value::Object(m) if m.is_empty() => out.push_str("{}"),
            Value::Object(m) => {
                out.push_str("{\n");
                for (i, (k, x)) in m.iter().enumerate() {
                    out.push_str(&ind(level + 1));
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push_str(": ");
                    reference(x, level + 1, out);
                    out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
                }
                out.push_str(&ind(level));
                out.push('}');
            }
            x => out.push_str(&x.to_string()),
        }
    }

    #[test]
    fn streaming_layout_equals_the_tree_layout() {
        let cases = [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"a": [], "b": {}, "c": [[1, 2], [3]], "d": [{"x": null, "y": [true, 1.5, "s\n"]}], "e": -3}),
            serde_json::json!([{"k": [{"deep": [1]}]}, {"k": []}]),
            serde_json::json!("just a string"),
        ];
        for v in cases {
            let mut want = String::new();
            reference(&v, 0, &mut want);
            want.push('\n');
            let got = String::from_utf8(to_vec_pretty(&v).unwrap()).unwrap();
            assert_eq!(got, want);
        }
    }
}
