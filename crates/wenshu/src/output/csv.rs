//! `--format csv -o DIR`: a folder of long tables (`documents.csv`, `articles.csv`,
//! `sections.csv`, `facts.csv`, `placeholders.csv`, and `keywords.csv` with
//! `--keywords N`), rows written as documents arrive.
//!
//! Each table streams into a temporary file in `DIR`, renamed over `DIR/NAME.csv`
//! only when the batch is done: a reader never sees half a table, and memory does
//! not grow with the batch. UTF-8 with a byte-order mark (Excel on Chinese Windows
//! reads a BOM-less CSV as GBK) unless `--no-bom`, CRLF line ends, RFC 4180
//! quoting. Text cells starting with `=`, `+`, `-`, `@` (or a tab or carriage
//! return) get a leading `'` so a spreadsheet does not run them as formulas;
//! numbers are written as numbers, never guarded (`-5` stays a number).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::Input;
use crate::output::atomic;
use crate::output::table::{self, Cell, Headers, Table};
use crate::pipeline::Sink;

/// What the CSV tables look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// English or Chinese header row (`--headers`).
    pub headers: Headers,
    /// Start each file with a UTF-8 byte-order mark (the default).
    pub bom: bool,
    /// Write `keywords.csv` (`--keywords N`).
    pub keywords: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            headers: Headers::En,
            bom: true,
            keywords: false,
        }
    }
}

struct TableFile {
    table: Table,
    out: BufWriter<NamedTempFile>,
    rows: u64,
}

/// Writes every document as rows of the long tables, one CSV file per table.
pub struct CsvSink {
    dir: PathBuf,
    options: CsvOptions,
    files: Vec<TableFile>,
}

/// Rows written per table, in table order.
pub(crate) type TableCounts = Vec<(Table, PathBuf, u64)>;

fn werr(path: &Path) -> impl Fn(std::io::Error) -> OutputError + '_ {
    move |e| OutputError::Write {
        path: path.to_path_buf(),
        cause: e,
    }
}

/// Whether a text cell would be read as a formula by a spreadsheet.
fn needs_guard(s: &str) -> bool {
    matches!(
        s.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// One field, quoted when it holds a separator, a quote or a line break.
/// Write one field, quoted when it must be, without copying long texts.
fn write_field(out: &mut impl Write, cell: &Cell) -> io::Result<()> {
    let s = cell.render();
    let guard = matches!(cell, Cell::Text(_)) && needs_guard(&s);
    let quote = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if quote {
        out.write_all(b"\"")?;
    }
    if guard {
        out.write_all(b"'")?;
    }
    if quote {
        for (i, part) in s.split('"').enumerate() {
            if i > 0 {
                out.write_all(b"\"\"")?;
            }
            out.write_all(part.as_bytes())?;
        }
        out.write_all(b"\"")?;
    } else {
        out.write_all(s.as_bytes())?;
    }
    Ok(())
}

/// Write a whole CSV record, CRLF-terminated.
fn write_record(out: &mut impl Write, cells: &[Cell]) -> io::Result<()> {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write_field(out, c)?;
    }
    out.write_all(b"\r\n")
}

/// A whole CSV record, CRLF-terminated, as a string.
#[cfg(test)]
pub(crate) fn record(cells: &[Cell]) -> String {
    let mut out = Vec::new();
    write_record(&mut out, cells).expect("writing to a Vec");
    String::from_utf8(out).expect("fields are UTF-8")
}

impl CsvSink {
    /// Create `dir` and open one temporary file per table, headers written.
    pub fn create(dir: impl Into<PathBuf>, options: CsvOptions) -> Result<Self, OutputError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(werr(&dir))?;
        let mut files = Vec::new();
        for table in Table::all(options.keywords) {
            let tmp = atomic::temp_file_in(&dir, &format!(".{}-", table.name()), ".csv.tmp")
                .map_err(werr(&dir))?;
            let mut out = BufWriter::with_capacity(1 << 16, tmp);
            if options.bom {
                out.write_all("\u{feff}".as_bytes()).map_err(werr(&dir))?;
            }
            let header: Vec<Cell> = table
                .headers(options.headers)
                .into_iter()
                .map(|h| Cell::Text(h.into()))
                .collect();
            write_record(&mut out, &header).map_err(werr(&dir))?;
            files.push(TableFile {
                table,
                out,
                rows: 0,
            });
        }
        Ok(CsvSink {
            dir,
            options,
            files,
        })
    }

    fn write_row(&mut self, table: Table, row: Vec<Cell<'_>>) -> Result<(), OutputError> {
        let dir = &self.dir;
        let f = self
            .files
            .iter_mut()
            .find(|f| f.table == table)
            .ok_or_else(|| OutputError::Other(format!("no table {}", table.name())))?;
        write_record(&mut f.out, &row).map_err(werr(dir))?;
        f.rows += 1;
        Ok(())
    }

    /// Flush every table and rename it into place. Returns the rows per table.
    pub fn finish(self) -> Result<TableCounts, OutputError> {
        let mut counts = Vec::new();
        for f in self.files {
            let dest = self.dir.join(format!("{}.csv", f.table.name()));
            let tmp = f.out.into_inner().map_err(|e| OutputError::Write {
                path: dest.clone(),
                cause: e.into_error(),
            })?;
            tmp.as_file().sync_data().ok();
            atomic::persist(tmp, &dest).map_err(|e| OutputError::Write {
                path: dest.clone(),
                cause: e,
            })?;
            counts.push((f.table, dest, f.rows));
        }
        Ok(counts)
    }
}

impl Sink for CsvSink {
    fn document(
        &mut self,
        _input: &Input,
        doc: Document,
        text: Option<&str>,
    ) -> Result<(), OutputError> {
        let keywords = self.options.keywords;
        table::document_rows(&doc, text, keywords, |t, row| self.write_row(t, row))
    }

    fn wants_text(&self) -> bool {
        true
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.write_row(Table::Documents, table::error_row(err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::tests::sample_document;

    #[test]
    fn quoting_and_formula_guard() {
        let row = [
            Cell::Text("=SUM(A1)".into()),
            Cell::Int(-5),
            Cell::Text("-5".into()),
            Cell::Text("a,\"b\"\nc".into()),
            Cell::Float(12.5),
            Cell::Empty,
            Cell::Text("@x, y".into()),
            Cell::Bool(true),
        ];
        assert_eq!(
            record(&row),
            "'=SUM(A1),-5,'-5,\"a,\"\"b\"\"\nc\",12.5,,\"'@x, y\",true\r\n"
        );
    }

    #[test]
    fn tables_stream_into_place_with_bom() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("tables");
        let mut sink = CsvSink::create(
            &out,
            CsvOptions {
                keywords: true,
                ..Default::default()
            },
        )
        .unwrap();
        // Nothing is in place before the end.
        assert!(!out.join("facts.csv").exists());
        let input = Input::Stdin;
        sink.document(&input, sample_document(), None).unwrap();
        sink.document(&input, sample_document(), None).unwrap();
        let counts = sink.finish().unwrap();
        let rows: Vec<_> = counts.iter().map(|(t, _, n)| (t.name(), *n)).collect();
        assert_eq!(
            rows,
            [
                ("documents", 2),
                ("articles", 2),
                ("sections", 4),
                ("facts", 12),
                ("placeholders", 2),
                ("keywords", 4)
            ]
        );
        let facts = std::fs::read_to_string(out.join("facts.csv")).unwrap();
        assert!(facts.starts_with("\u{feff}path,article,article_title,section,"));
        assert_eq!(facts.matches("\r\n").count(), 13);
        assert!(facts.contains(",2025-09-16,2025-09-18,"));
        assert!(facts.contains(",-5,,位,"));
        assert!(facts.contains(",'-5位,"));
        // Only the six tables, no temporary files left.
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 6);
    }

    #[test]
    fn no_bom_and_chinese_headers() {
        let dir = tempfile::tempdir().unwrap();
        let sink = CsvSink::create(
            dir.path(),
            CsvOptions {
                headers: Headers::Zh,
                bom: false,
                keywords: false,
            },
        )
        .unwrap();
        sink.finish().unwrap();
        let facts = std::fs::read_to_string(dir.path().join("facts.csv")).unwrap();
        assert!(facts.starts_with("文件路径,篇序号,篇标题,章节编号,章节路径,"));
        assert!(!dir.path().join("keywords.csv").exists());
    }
}
