//! `--format csv -o DIR`: a folder of long tables (`documents.csv`, `articles.csv`,
//! `sections.csv`, `facts.csv`, `placeholders.csv`, and `keywords.csv` with
//! `--keywords N`), rows written as documents arrive; or one of them to one file
//! (`-o facts.csv`, a device, standard output).
//!
//! Each table streams into a temporary file beside its destination, renamed over
//! it only when the batch is done: a reader never sees half a table, and memory does
//! not grow with the batch. UTF-8 with a byte-order mark (Excel on Chinese Windows
//! reads a BOM-less CSV as GBK) unless `--no-bom`, CRLF line ends, written by the
//! `csv` crate with every field that is not a number in quotes: with quotes on
//! every row, DuckDB's and pandas' sniffers find the quoting without being told.
//! Cells hold the data as it is (no formula guard: a CSV is data; the workbook,
//! where a formula could run, guards its text cells).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::Input;
use crate::output::atomic::StreamFile;
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
    /// Fill the articles' `text` column with their whole text (`--text`); empty by
    /// default, which keeps the tables small.
    pub text: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            headers: Headers::En,
            bom: true,
            keywords: false,
            text: false,
        }
    }
}

/// Where one table goes.
enum Dest {
    /// A file (a temporary file renamed at the end, or a device written in place).
    File(StreamFile),
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Dest::File(f) => f.write(buf),
            Dest::Stdout(o) => o.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Dest::File(f) => f.flush(),
            Dest::Stdout(o) => o.flush(),
        }
    }
}

struct TableFile {
    table: Table,
    /// The destination (`-` for standard output).
    path: PathBuf,
    out: ::csv::Writer<Dest>,
    rows: u64,
}

/// Writes every document as rows of the long tables, one CSV file per table.
pub struct CsvSink {
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

fn cerr(path: &Path) -> impl Fn(::csv::Error) -> OutputError + '_ {
    move |e| OutputError::Write {
        path: path.to_path_buf(),
        cause: e.into(),
    }
}

/// The CSV writer every table uses: quotes around every field that is not a
/// number (text, dates, booleans, empty cells), CRLF line ends.
fn writer<W: Write>(out: W) -> ::csv::Writer<W> {
    ::csv::WriterBuilder::new()
        .quote_style(::csv::QuoteStyle::NonNumeric)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// Write one row; cells are rendered as the JSON holds them.
fn write_record<W: Write>(out: &mut ::csv::Writer<W>, cells: &[Cell]) -> ::csv::Result<()> {
    for c in cells {
        out.write_field(c.render().as_bytes())?;
    }
    out.write_record(None::<&[u8]>)
}

/// A whole CSV record, CRLF-terminated, as a string.
#[cfg(test)]
pub(crate) fn record(cells: &[Cell]) -> String {
    let mut w = writer(Vec::new());
    write_record(&mut w, cells).expect("writing to a Vec");
    String::from_utf8(w.into_inner().expect("a Vec")).expect("fields are UTF-8")
}

impl CsvSink {
    /// Create `dir` and start one file per table in it, headers written.
    pub fn create(dir: impl Into<PathBuf>, options: CsvOptions) -> Result<Self, OutputError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(werr(&dir))?;
        let mut files = Vec::new();
        for table in Table::all(options.keywords) {
            let path = dir.join(format!("{}.csv", table.name()));
            let dest = Dest::File(StreamFile::create(&path)?);
            files.push(Self::start(table, path, dest, &options)?);
        }
        Ok(CsvSink { options, files })
    }

    /// One table to one file (`None`: standard output), header written.
    pub fn create_file(
        path: Option<&Path>,
        table: Table,
        options: CsvOptions,
    ) -> Result<Self, OutputError> {
        let (path, dest) = match path {
            Some(p) => (p.to_path_buf(), Dest::File(StreamFile::create(p)?)),
            None => (
                PathBuf::from("-"),
                Dest::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout())),
            ),
        };
        let files = vec![Self::start(table, path, dest, &options)?];
        Ok(CsvSink { options, files })
    }

    fn start(
        table: Table,
        path: PathBuf,
        mut dest: Dest,
        options: &CsvOptions,
    ) -> Result<TableFile, OutputError> {
        if options.bom {
            dest.write_all("\u{feff}".as_bytes()).map_err(werr(&path))?;
        }
        let mut out = writer(dest);
        let header: Vec<Cell> = table
            .headers(options.headers)
            .into_iter()
            .map(|h| Cell::Text(h.into()))
            .collect();
        write_record(&mut out, &header).map_err(cerr(&path))?;
        Ok(TableFile {
            table,
            path,
            out,
            rows: 0,
        })
    }

    fn write_row(&mut self, table: Table, mut row: Vec<Cell<'_>>) -> Result<(), OutputError> {
        if self.options.headers == Headers::Zh {
            table::translate_row(table, &mut row);
        }
        // A one-table file skips the rows of the other tables.
        let Some(f) = self.files.iter_mut().find(|f| f.table == table) else {
            return Ok(());
        };
        write_record(&mut f.out, &row).map_err(cerr(&f.path))?;
        f.rows += 1;
        Ok(())
    }

    /// Flush every table and move it into place. Returns the rows per table.
    pub fn finish(self) -> Result<TableCounts, OutputError> {
        let mut counts = Vec::new();
        for f in self.files {
            let werr = |cause| OutputError::Write {
                path: f.path.clone(),
                cause,
            };
            match f.out.into_inner().map_err(|e| werr(e.into_error()))? {
                Dest::File(file) => file.commit()?,
                Dest::Stdout(mut o) => o.flush().map_err(werr)?,
            }
            counts.push((f.table, f.path, f.rows));
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
        // Only the articles table holds the original text, and only when asked.
        self.options.text && self.files.iter().any(|f| f.table == Table::Articles)
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
    fn text_is_quoted_and_kept_as_is() {
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
            "\"=SUM(A1)\",-5,-5,\"a,\"\"b\"\"\nc\",12.5,\"\",\"@x, y\",\"true\"\r\n"
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
        assert!(facts.starts_with("\u{feff}\"path\",\"article\",\"article_title\",\"section\","));
        assert_eq!(facts.matches("\r\n").count(), 13);
        // value, value_number, value_date, value_text, end, end_number, end_date:
        // text quoted, numbers bare, empty cells `""`.
        assert!(facts.contains(r#","2025-09-16","","2025-09-16","","2025-09-18","","2025-09-18","#));
        assert!(facts.contains(r#",-5,-5,"","","","","","位","#));
        assert!(facts.contains(r#","-5位","#), "no formula guard in a CSV");
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
                text: false,
            },
        )
        .unwrap();
        sink.finish().unwrap();
        let facts = std::fs::read_to_string(dir.path().join("facts.csv")).unwrap();
        assert!(facts.starts_with("\"文件路径\",\"篇序号\",\"篇标题\",\"章节编号\",\"章节路径\","));
        assert!(!dir.path().join("keywords.csv").exists());
    }
}
