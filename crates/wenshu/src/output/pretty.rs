//! Pretty JSON for people: like `serde_json::to_vec_pretty`, but an array of plain
//! values stays on one line, so a `span` reads `[96, 101]` instead of four lines.

use serde::Serialize;
use serde_json::Value;

pub(crate) fn to_vec_pretty<T: Serialize>(value: &T) -> serde_json::Result<Vec<u8>> {
    let v = serde_json::to_value(value)?;
    let mut out = Vec::with_capacity(4096);
    write_value(&mut out, &v, 0)?;
    out.push(b'\n');
    Ok(out)
}

fn indent(out: &mut Vec<u8>, level: usize) {
    out.extend(std::iter::repeat_n(b' ', level * 2));
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn write_value(out: &mut Vec<u8>, v: &Value, level: usize) -> serde_json::Result<()> {
    match v {
        Value::Array(items) if items.is_empty() => out.extend_from_slice(b"[]"),
        Value::Array(items) if items.iter().all(is_scalar) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                serde_json::to_writer(&mut *out, item)?;
            }
            out.push(b']');
        }
        Value::Array(items) => {
            out.extend_from_slice(b"[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, level + 1);
                write_value(out, item, level + 1)?;
                if i + 1 < items.len() {
                    out.push(b',');
                }
                out.push(b'\n');
            }
            indent(out, level);
            out.push(b']');
        }
        Value::Object(map) if map.is_empty() => out.extend_from_slice(b"{}"),
        Value::Object(map) => {
            out.extend_from_slice(b"{\n");
            let n = map.len();
            for (i, (k, item)) in map.iter().enumerate() {
                indent(out, level + 1);
                serde_json::to_writer(&mut *out, k)?;
                out.extend_from_slice(b": ");
                write_value(out, item, level + 1)?;
                if i + 1 < n {
                    out.push(b',');
                }
                out.push(b'\n');
            }
            indent(out, level);
            out.push(b'}');
        }
        scalar => serde_json::to_writer(&mut *out, scalar)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
