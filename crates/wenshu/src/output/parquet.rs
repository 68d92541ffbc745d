//! `--format parquet`: the long tables of [`crate::output::table`] as Parquet
//! files, a folder with one file per table (`documents.parquet`, `facts.parquet`…)
//! or one table to one file (`-o facts.parquet --table facts`).
//!
//! Columns are typed (counts and spans `INT64`, values and weights `DOUBLE`, dates
//! `DATE`, flags `BOOLEAN`, text `UTF8`), every column may be null (an empty cell),
//! pages are dictionary-encoded where that pays and compressed with zstd. Rows are
//! buffered column by column and written as a row group every [`ROW_GROUP_ROWS`]
//! rows or [`ROW_GROUP_BYTES`] of text, so memory stays flat however large the
//! batch. Each file streams into a temporary file beside its destination, renamed
//! over it only when the batch is done (a device such as `/dev/null` is written in
//! place). Parquet is binary and needs its footer: there is no standard-output form.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ::parquet::basic::{Compression, LogicalType, Repetition, Type as Physical, ZstdLevel};
use ::parquet::column::writer::ColumnWriter;
use ::parquet::data_type::ByteArray;
use ::parquet::errors::ParquetError;
use ::parquet::file::properties::WriterProperties;
use ::parquet::file::writer::SerializedFileWriter;
use ::parquet::schema::types::Type;
use bytes::Bytes;

use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::Input;
use crate::output::atomic::StreamFile;
use crate::output::csv::TableCounts;
use crate::output::table::{self, Cell, ColumnType, Headers, Table};
use crate::pipeline::Sink;

/// Rows of one row group: large enough for column statistics and compression to
/// pay, small enough that the buffered rows stay a few megabytes.
pub const ROW_GROUP_ROWS: usize = 65_536;
/// Bytes of buffered text that close a row group early (long articles' text).
pub const ROW_GROUP_BYTES: usize = 32 << 20;

/// What the Parquet tables look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParquetOptions {
    /// English or Chinese column names and vocabulary values (`--headers`); flags
    /// stay `BOOLEAN` either way.
    pub headers: Headers,
    /// Write `keywords.parquet` (`--keywords N`).
    pub keywords: bool,
    /// Fill the articles' `text` column with their whole text (`--text`).
    pub text: bool,
}

/// One column's values of the rows not yet written, and its definition levels
/// (1: a value, 0: null).
enum Values {
    /// UTF-8 text: the bytes one after the other and where each value ends.
    Text {
        data: Vec<u8>,
        ends: Vec<usize>,
    },
    Int(Vec<i64>),
    Double(Vec<f64>),
    Bool(Vec<bool>),
    /// Days since 1970-01-01.
    Date(Vec<i32>),
}

struct Buffer {
    values: Values,
    defs: Vec<i16>,
}

impl Buffer {
    fn new(ty: ColumnType) -> Self {
        let values = match ty {
            ColumnType::Text => Values::Text {
                data: Vec::new(),
                ends: Vec::new(),
            },
            ColumnType::Int => Values::Int(Vec::new()),
            ColumnType::Double => Values::Double(Vec::new()),
            ColumnType::Bool => Values::Bool(Vec::new()),
            ColumnType::Date => Values::Date(Vec::new()),
        };
        Buffer {
            values,
            defs: Vec::new(),
        }
    }

    /// Append one cell; returns the bytes of text it added. A cell of another type
    /// than its column (which the table's tests rule out) is written as null.
    fn push(&mut self, cell: &Cell<'_>) -> usize {
        let mut added = 0;
        let ok = match (&mut self.values, cell) {
            (Values::Text { data, ends }, Cell::Text(s)) => {
                data.extend_from_slice(s.as_bytes());
                ends.push(data.len());
                added = s.len();
                true
            }
            (Values::Int(v), Cell::Int(n)) => {
                v.push(*n);
                true
            }
            (Values::Double(v), Cell::Int(n)) => {
                v.push(*n as f64);
                true
            }
            (Values::Double(v), Cell::Float(x)) => {
                v.push(*x);
                true
            }
            (Values::Bool(v), Cell::Bool(b)) => {
                v.push(*b);
                true
            }
            (Values::Date(v), Cell::Date { year, month, day }) => {
                v.push(days_from_epoch(*year, *month, *day));
                true
            }
            _ => false,
        };
        self.defs.push(i16::from(ok));
        added
    }

    fn clear(&mut self) {
        self.defs.clear();
        match &mut self.values {
            Values::Text { data, ends } => {
                data.clear();
                ends.clear();
            }
            Values::Int(v) => v.clear(),
            Values::Double(v) => v.clear(),
            Values::Bool(v) => v.clear(),
            Values::Date(v) => v.clear(),
        }
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Parquet's `DATE`).
fn days_from_epoch(year: u16, month: u8, day: u8) -> i32 {
    // Howard Hinnant's days_from_civil: years start in March, so the leap day
    // is the last day of the year.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

fn perr(path: &Path) -> impl Fn(ParquetError) -> OutputError + '_ {
    move |e| {
        let cause = match e {
            // The file's own write error (a full disk stops the batch).
            ParquetError::External(inner) => match inner.downcast::<std::io::Error>() {
                Ok(io) => *io,
                Err(other) => std::io::Error::other(other),
            },
            other => std::io::Error::other(other.to_string()),
        };
        OutputError::Write {
            path: path.to_path_buf(),
            cause,
        }
    }
}

/// The schema of a table: every column optional, named in English or Chinese.
fn schema(table: Table, headers: Headers) -> Result<Arc<Type>, ParquetError> {
    let names = table.headers(headers);
    let mut fields = Vec::new();
    for (c, name) in table.columns().iter().zip(names) {
        let (physical, logical) = match c.ty() {
            ColumnType::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
            ColumnType::Int => (Physical::INT64, None),
            ColumnType::Double => (Physical::DOUBLE, None),
            ColumnType::Bool => (Physical::BOOLEAN, None),
            ColumnType::Date => (Physical::INT32, Some(LogicalType::Date)),
        };
        let field = Type::primitive_type_builder(name, physical)
            .with_repetition(Repetition::OPTIONAL)
            .with_logical_type(logical)
            .build()?;
        fields.push(Arc::new(field));
    }
    Ok(Arc::new(
        Type::group_type_builder("schema")
            .with_fields(fields)
            .build()?,
    ))
}

struct TableFile {
    table: Table,
    path: PathBuf,
    writer: SerializedFileWriter<StreamFile>,
    columns: Vec<Buffer>,
    /// Rows and text bytes buffered since the last row group.
    pending: usize,
    /// Rows per row group ([`ROW_GROUP_ROWS`]; fewer in tests).
    max_rows: usize,
    pending_bytes: usize,
    rows: u64,
}

impl TableFile {
    fn create(
        table: Table,
        path: PathBuf,
        options: &ParquetOptions,
    ) -> Result<TableFile, OutputError> {
        let file = StreamFile::create(&path)?;
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_created_by(format!("wenshu {}", env!("CARGO_PKG_VERSION")))
            .build();
        let schema = schema(table, options.headers).map_err(perr(&path))?;
        let writer =
            SerializedFileWriter::new(file, schema, Arc::new(props)).map_err(perr(&path))?;
        let columns = table
            .columns()
            .iter()
            .map(|c| Buffer::new(c.ty()))
            .collect();
        Ok(TableFile {
            table,
            path,
            writer,
            columns,
            pending: 0,
            max_rows: ROW_GROUP_ROWS,
            pending_bytes: 0,
            rows: 0,
        })
    }

    fn push(&mut self, row: &[Cell<'_>]) -> Result<(), OutputError> {
        for (buf, cell) in self.columns.iter_mut().zip(row) {
            self.pending_bytes += buf.push(cell);
        }
        self.pending += 1;
        self.rows += 1;
        if self.pending >= self.max_rows || self.pending_bytes >= ROW_GROUP_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Write the buffered rows as one row group.
    fn flush(&mut self) -> Result<(), OutputError> {
        if self.pending == 0 {
            return Ok(());
        }
        let err = perr(&self.path);
        let mut group = self.writer.next_row_group().map_err(&err)?;
        for buf in &mut self.columns {
            let Some(mut column) = group.next_column().map_err(&err)? else {
                return Err(OutputError::Other(format!(
                    "{}: the Parquet schema has fewer columns than the table",
                    self.path.display()
                )));
            };
            let defs = Some(buf.defs.as_slice());
            let written = match (column.untyped(), &mut buf.values) {
                (ColumnWriter::ByteArrayColumnWriter(w), Values::Text { data, ends }) => {
                    // One allocation for the column; the values are slices of it.
                    let bytes = Bytes::from(std::mem::take(data));
                    let mut start = 0;
                    let values: Vec<ByteArray> = ends
                        .iter()
                        .map(|&end| {
                            let v = ByteArray::from(bytes.slice(start..end));
                            start = end;
                            v
                        })
                        .collect();
                    w.write_batch(&values, defs, None)
                }
                (ColumnWriter::Int64ColumnWriter(w), Values::Int(v)) => {
                    w.write_batch(v, defs, None)
                }
                (ColumnWriter::DoubleColumnWriter(w), Values::Double(v)) => {
                    w.write_batch(v, defs, None)
                }
                (ColumnWriter::BoolColumnWriter(w), Values::Bool(v)) => {
                    w.write_batch(v, defs, None)
                }
                (ColumnWriter::Int32ColumnWriter(w), Values::Date(v)) => {
                    w.write_batch(v, defs, None)
                }
                _ => Err(ParquetError::General(
                    "a column's type differs from its schema".into(),
                )),
            };
            written.map_err(&err)?;
            column.close().map_err(&err)?;
            buf.clear();
        }
        group.close().map_err(&err)?;
        self.pending = 0;
        self.pending_bytes = 0;
        Ok(())
    }

    fn finish(mut self) -> Result<(Table, PathBuf, u64), OutputError> {
        self.flush()?;
        let file = self.writer.into_inner().map_err(perr(&self.path))?;
        file.commit()?;
        Ok((self.table, self.path, self.rows))
    }
}

/// Writes every document as rows of the long tables, one Parquet file per table.
pub struct ParquetSink {
    options: ParquetOptions,
    files: Vec<TableFile>,
}

impl ParquetSink {
    /// Create `dir` and start one file per table in it.
    pub fn create(dir: impl Into<PathBuf>, options: ParquetOptions) -> Result<Self, OutputError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|cause| OutputError::Write {
            path: dir.clone(),
            cause,
        })?;
        let files = Table::all(options.keywords)
            .into_iter()
            .map(|t| TableFile::create(t, dir.join(format!("{}.parquet", t.name())), &options))
            .collect::<Result<_, _>>()?;
        Ok(ParquetSink { options, files })
    }

    /// One table to one file (or a device).
    pub fn create_file(
        path: &Path,
        table: Table,
        options: ParquetOptions,
    ) -> Result<Self, OutputError> {
        let files = vec![TableFile::create(table, path.to_path_buf(), &options)?];
        Ok(ParquetSink { options, files })
    }

    fn write_row(&mut self, table: Table, mut row: Vec<Cell<'_>>) -> Result<(), OutputError> {
        // A one-table file skips the rows of the other tables.
        let Some(f) = self.files.iter_mut().find(|f| f.table == table) else {
            return Ok(());
        };
        if self.options.headers == Headers::Zh {
            // Vocabulary in Chinese; flags stay typed.
            let flags: Vec<(usize, Cell<'static>)> = row
                .iter()
                .enumerate()
                .filter_map(|(i, c)| match c {
                    Cell::Bool(b) => Some((i, Cell::Bool(*b))),
                    _ => None,
                })
                .collect();
            table::translate_row(table, &mut row);
            for (i, c) in flags {
                row[i] = c;
            }
        }
        f.push(&row)
    }

    /// Write the last row groups and footers and move every file into place.
    /// Returns the rows per table.
    pub fn finish(self) -> Result<TableCounts, OutputError> {
        self.files.into_iter().map(TableFile::finish).collect()
    }
}

impl Sink for ParquetSink {
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
    fn dates_count_days_from_1970() {
        assert_eq!(days_from_epoch(1970, 1, 1), 0);
        assert_eq!(days_from_epoch(1969, 12, 31), -1);
        assert_eq!(days_from_epoch(2000, 3, 1), 11_017);
        assert_eq!(days_from_epoch(2025, 9, 16), 20_347);
        assert_eq!(days_from_epoch(1, 1, 1), -719_162);
    }

    #[test]
    fn rows_read_back_typed_in_row_groups() {
        use ::parquet::file::reader::{FileReader, SerializedFileReader};
        use ::parquet::record::Field;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("facts.parquet");
        let mut sink =
            ParquetSink::create_file(&path, Table::Facts, ParquetOptions::default()).unwrap();
        sink.files[0].max_rows = 4;
        for _ in 0..3 {
            sink.document(&Input::Stdin, sample_document(), None)
                .unwrap();
        }
        sink.finish().unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        // 18 facts in groups of 4: memory holds one group, not the batch.
        assert_eq!(reader.metadata().num_row_groups(), 5);
        let rows: Vec<_> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows.len(), 18);
        let at = |i: usize, name: &str| {
            rows[i]
                .get_column_iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, f)| f.clone())
                .unwrap()
        };
        // The sixth fact repeats every six rows, across row groups.
        assert_eq!(at(0, "value_date"), Field::Date(20_347));
        assert_eq!(at(0, "end_date"), Field::Date(20_349));
        assert_eq!(at(0, "value_number"), Field::Null);
        assert_eq!(at(6, "kind"), Field::Str("date".into()));
        assert_eq!(at(7, "value_number"), Field::Double(-5.0));
        assert_eq!(at(7, "text"), Field::Str("-5位".into()));
        assert_eq!(at(8, "incomplete"), Field::Bool(true));
        assert_eq!(at(9, "currency"), Field::Str("CNY".into()));
        assert_eq!(at(10, "value_number"), Field::Double(12.5));
        assert_eq!(at(11, "value_text"), Field::Str("XXXX".into()));
        assert_eq!(at(11, "value_date"), Field::Null);
        assert_eq!(at(11, "article"), Field::Null);
        assert_eq!(at(17, "span_end"), Field::Long(5));
    }

    #[test]
    fn tables_stream_into_place() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("tables");
        let mut sink = ParquetSink::create(
            &out,
            ParquetOptions {
                keywords: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert!(!out.join("facts.parquet").exists());
        assert!(!sink.wants_text(), "the articles' text only with --text");
        for _ in 0..3 {
            sink.document(&Input::Stdin, sample_document(), None)
                .unwrap();
        }
        let counts = sink.finish().unwrap();
        let rows: Vec<_> = counts.iter().map(|(t, _, n)| (t.name(), *n)).collect();
        assert_eq!(
            rows,
            [
                ("documents", 3),
                ("articles", 3),
                ("sections", 6),
                ("facts", 18),
                ("placeholders", 3),
                ("keywords", 6)
            ]
        );
        let names: std::collections::BTreeSet<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 6, "{names:?}");
        let facts = std::fs::read(out.join("facts.parquet")).unwrap();
        assert!(facts.starts_with(b"PAR1") && facts.ends_with(b"PAR1"));
    }
}
