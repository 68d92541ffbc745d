//! `--format xlsx -o FILE.xlsx`: one workbook with the tables of
//! [`crate::output::table`] as sheets.
//!
//! Sheets are written in `rust_xlsxwriter`'s constant-memory mode: each row goes to
//! a temporary file as soon as the next one starts, so memory stays flat however
//! large the batch. Cells are typed (numbers as numbers, complete dates as Excel
//! dates, booleans as booleans; text that looks like a formula gets Excel's quote
//! prefix, the one formula guard of the tables); the header row is frozen and has an autofilter;
//! column widths fit CJK text (measured with `unicode-width`, wide characters
//! counting two). Excel's limits are handled explicitly:
//! - a cell holds at most 32,767 characters (UTF-16 units): longer text is cut and
//!   ends with [`TRUNCATION_MARKER`]; every cut is listed in the [`XlsxReport`];
//! - a sheet holds at most 1,048,576 rows: the table continues on a new sheet
//!   `facts (2)`, `facts (3)`…, each with its own header row.
//!
//! By default the workbook holds the columns a spreadsheet reader uses
//! ([`XlsxColumns::Lean`], the table [`LEAN_OMITTED`]): readers such as openpyxl
//! pay for every filled cell, and positions, join keys and restated values are
//! most of the cells. `--xlsx-columns all` writes every column of the CSV.
//!
//! The workbook is saved to a temporary file next to the destination and renamed
//! over it at the end (a device such as `/dev/null` is written in place). A write
//! that fails, even inside rust_xlsxwriter's row files, is an [`OutputError`],
//! never a panic.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use unicode_width::UnicodeWidthChar;

use crate::document::Document;
use crate::error::{FileError, OutputError};
use crate::input::Input;
use crate::output::table::{self, Cell, Column, Headers, Table};
use crate::pipeline::Sink;

/// Excel's limit on the characters of one cell (counted in UTF-16 units).
pub(crate) const MAX_CELL_CHARS: usize = 32_767;
/// Excel's limit on the rows of one sheet (the header row included).
pub(crate) const MAX_SHEET_ROWS: u32 = 1_048_576;
/// Ends a cell whose text was cut at `MAX_CELL_CHARS`; the CSV and JSON outputs
/// keep the whole text.
pub const TRUNCATION_MARKER: &str = "…[truncated by wenshu: Excel cells hold 32,767 characters]";

/// Column width bounds, in Excel's character units.
const MIN_WIDTH: f64 = 6.0;
const MAX_WIDTH: f64 = 60.0;

/// Which columns the workbook holds (`--xlsx-columns`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum XlsxColumns {
    /// The columns a person reading or pivoting the sheets uses: every column of
    /// the CSV but those in [`LEAN_OMITTED`], a range's end as text only where
    /// no typed column holds it ([`END_TEXT`]), `article` only in documents of
    /// several articles, and a flag only when it is true.
    #[default]
    Lean,
    /// Every column and cell of the CSV tables.
    All,
}

/// The columns the lean workbook leaves out, per table, all kept by the CSV,
/// Parquet and JSON outputs. They are what programs use:
/// - `span_start`/`span_end` (and `title_start`/`title_end`): character offsets;
///   `line` (and a placeholder's `column`) locate a row for a person, and a
///   fact's `text` is what to look for on its line;
/// - `article_title`: on the `articles` sheet, found by `path` and `article`;
/// - `section`, a section's `id` and `parent`, a fact's `index` and a
///   placeholder's `fact`: keys for joining tables; `section_path` is the
///   section a person reads;
/// - a section's `section_path`: the outline is its rows, with `level`,
///   `marker` and `title`; a fact's or placeholder's `section_path` names its
///   section;
/// - a section's `ordinal`: its `marker` as a number;
/// - a fact's `value` (and `end`): the value as text beside the typed columns,
///   which hold it; `value_text` (and [`END_TEXT`]) keep what no typed column holds;
/// - a fact's `unit`: as written, in `text`; `unit_normalized` is the unit that
///   pivots (`項` and `项` together); its `dimension` (`people`, `mass`…) follows
///   from the unit and is a category for programs.
pub const LEAN_OMITTED: &[(Table, &[&str])] = &[
    (Table::Documents, &[]),
    (
        Table::Articles,
        &["span_start", "span_end", "title_start", "title_end"],
    ),
    (
        Table::Sections,
        &[
            "article_title",
            "section_path",
            "id",
            "ordinal",
            "parent",
            "span_start",
            "span_end",
            "title_start",
            "title_end",
        ],
    ),
    (
        Table::Facts,
        &[
            "article_title",
            "section",
            "index",
            "value",
            "unit",
            "dimension",
            "column",
            "span_start",
            "span_end",
        ],
    ),
    (
        Table::Placeholders,
        &[
            "article_title",
            "section",
            "index",
            "fact",
            "span_start",
            "span_end",
        ],
    ),
    (Table::Keywords, &["article_title"]),
];

/// The lean workbook's column in place of a fact's `end`: the end of a range
/// only when neither `end_number` nor `end_date` holds it (a masked date such as
/// `XXXX-09-18`), as `value_text` is for the value.
pub const END_TEXT: (&str, &str) = ("end_text", "范围结束其他值");

/// The columns of one sheet: which cells of a table's row it writes.
struct Layout {
    /// For each column of the sheet, the column of the table's row it shows.
    source: Vec<usize>,
    /// The sheet's column names.
    columns: Vec<Column>,
    /// Lean: a flag is written only when true.
    flags_when_true: bool,
    /// Lean: the row's `article`, written only in documents of several articles
    /// (not on the `articles` sheet, where it numbers the row).
    article: Option<usize>,
    /// Lean: the row's `end`, `end_number` and `end_date`: `end` is written
    /// (as `end_text`) only when both typed columns are empty.
    end: Option<[usize; 3]>,
}

impl Layout {
    fn new(table: Table, columns: XlsxColumns) -> Layout {
        let all = table.columns();
        let position = |name: &str| all.iter().position(|c| c.en == name);
        let copy = |c: &Column| Column { en: c.en, zh: c.zh };
        if columns == XlsxColumns::All {
            return Layout {
                source: (0..all.len()).collect(),
                columns: all.iter().map(copy).collect(),
                flags_when_true: false,
                article: None,
                end: None,
            };
        }
        let omitted = LEAN_OMITTED
            .iter()
            .find(|(t, _)| *t == table)
            .map_or(&[][..], |(_, o)| *o);
        let (source, columns) = all
            .iter()
            .enumerate()
            .filter(|(_, c)| !omitted.contains(&c.en))
            .map(|(i, c)| {
                let column = if table == Table::Facts && c.en == "end" {
                    Column {
                        en: END_TEXT.0,
                        zh: END_TEXT.1,
                    }
                } else {
                    copy(c)
                };
                (i, column)
            })
            .unzip();
        let end = match (
            position("end"),
            position("end_number"),
            position("end_date"),
        ) {
            (Some(e), Some(n), Some(d)) if table == Table::Facts => Some([e, n, d]),
            _ => None,
        };
        Layout {
            source,
            columns,
            flags_when_true: true,
            article: position("article").filter(|_| table != Table::Articles),
            end,
        }
    }

    /// The headers of the sheet.
    fn headers(&self, headers: Headers) -> Vec<&'static str> {
        self.columns
            .iter()
            .map(|c| match headers {
                Headers::En => c.en,
                Headers::Zh => c.zh,
            })
            .collect()
    }

    /// Blank what the sheet leaves empty in a row of the table (before the
    /// Chinese values of `--headers zh`, which make flags text).
    fn blank(&self, row: &mut [Cell<'_>], one_article: bool) {
        if self.flags_when_true {
            for cell in row.iter_mut() {
                if *cell == Cell::Bool(false) {
                    *cell = Cell::Empty;
                }
            }
        }
        if let Some(a) = self.article.filter(|_| one_article) {
            if let Some(cell) = row.get_mut(a) {
                *cell = Cell::Empty;
            }
        }
        if let Some([e, n, d]) = self.end {
            let typed = [n, d]
                .iter()
                .any(|&i| row.get(i).is_some_and(|c| *c != Cell::Empty));
            if typed {
                if let Some(cell) = row.get_mut(e) {
                    *cell = Cell::Empty;
                }
            }
        }
    }
}

/// The column names of each sheet the workbook writes (`keywords` only with
/// `--keywords N`), for documentation and tests.
pub fn sheet_columns(
    columns: XlsxColumns,
    keywords: bool,
    headers: Headers,
) -> Vec<(Table, Vec<&'static str>)> {
    Table::all(keywords)
        .into_iter()
        .map(|t| (t, Layout::new(t, columns).headers(headers)))
        .collect()
}

/// What the workbook looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XlsxOptions {
    /// Which columns (`--xlsx-columns`): the lean set by default.
    pub columns: XlsxColumns,
    /// English or Chinese header row (`--headers`).
    pub headers: Headers,
    /// Write the `keywords` sheet (`--keywords N`).
    pub keywords: bool,
    /// Fill the articles' `text` column with their whole text (`--text`). Empty by
    /// default: whole texts are a large part of the workbook and run into Excel's
    /// cell limit.
    pub text: bool,
    /// Rows per sheet before the table continues on the next (header included).
    /// Excel's limit by default; smaller in tests.
    pub max_rows: u32,
}

impl Default for XlsxOptions {
    fn default() -> Self {
        XlsxOptions {
            columns: XlsxColumns::Lean,
            headers: Headers::En,
            keywords: false,
            text: false,
            max_rows: MAX_SHEET_ROWS,
        }
    }
}

/// A cell whose text was cut to fit Excel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truncation {
    /// `articles!O2`
    pub cell: String,
    /// The document the row belongs to.
    pub path: String,
    /// The column's English name.
    pub column: String,
    /// The full length in characters.
    pub chars: usize,
}

/// What the caller should tell the user after [`XlsxSink::finish`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XlsxReport {
    /// Sheet names and data rows, in workbook order.
    pub sheets: Vec<(String, u64)>,
    /// Cells cut to Excel's limit, in the order they were written.
    pub truncations: Vec<Truncation>,
}

struct Sheet {
    table: Table,
    layout: Layout,
    /// Index of the worksheet in the workbook.
    index: usize,
    name: String,
    /// 1 for the table's first sheet, 2 for `facts (2)`…
    part: u32,
    /// Next row to write (0 is the header).
    row: u32,
    widths: Vec<f64>,
}

/// Writes every document as rows of the long tables, one sheet per table, into
/// one workbook.
pub struct XlsxSink {
    path: PathBuf,
    options: XlsxOptions,
    workbook: Workbook,
    /// The sheet currently written for each table.
    sheets: Vec<Sheet>,
    /// Finished (full) sheets: name and data rows.
    done: Vec<(usize, String, u64)>,
    header: Format,
    date: Format,
    /// Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`): a
    /// quote prefix keeps it text even when the cell is edited, and the value
    /// stays as it is (no `'` in the data).
    guard: Format,
    truncations: Vec<Truncation>,
}

thread_local! {
    /// Set while this thread runs workbook code whose panics [`guarded`] turns
    /// into errors.
    static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the current thread is writing a workbook, where a panic is a write
/// error that [`XlsxSink`] returns: a panic hook can stay quiet about it.
pub fn writing_workbook() -> bool {
    WRITING.with(|w| w.get())
}

/// Run workbook code, turning a panic into a write error. rust_xlsxwriter's
/// constant-memory sheets write each row to a temporary file and panic when that
/// write fails (a full disk, a quota, a file size limit); the io error is in the
/// panic message. After such an error the workbook is dropped, never saved.
fn guarded<T>(path: &Path, f: impl FnOnce() -> Result<T, OutputError>) -> Result<T, OutputError> {
    let was = WRITING.with(|w| w.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    WRITING.with(|w| w.set(was));
    r.unwrap_or_else(|payload| {
        let msg = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("the workbook writer failed");
        // `…: Os { code: 28, kind: StorageFull, … }`: the operating system's error.
        let code = msg
            .split("code: ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse::<i32>().ok());
        let source = match code {
            Some(c) => std::io::Error::from_raw_os_error(c),
            None => std::io::Error::other(msg.to_string()),
        };
        Err(OutputError::Write {
            path: path.to_path_buf(),
            cause: source,
        })
    })
}

fn xerr(path: &Path) -> impl Fn(XlsxError) -> OutputError + '_ {
    move |e| match e {
        XlsxError::IoError(source) => OutputError::Write {
            path: path.to_path_buf(),
            cause: source,
        },
        other => OutputError::Other(format!("{}: {other}", path.display())),
    }
}

/// Display width of the first line of `s`, stopping once past the widest column.
fn display_width(s: &str) -> f64 {
    let mut w = 0usize;
    for c in s.chars() {
        if c == '\n' || c == '\r' {
            break;
        }
        w += c.width().unwrap_or(0);
        if w as f64 > MAX_WIDTH {
            break;
        }
    }
    w as f64
}

/// `0 → A`, `26 → AA`.
fn column_letter(mut col: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Whether a spreadsheet would take this text for a formula when it is typed or
/// edited in.
fn looks_like_formula(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@'))
}

/// Cut `s` to fit one cell, marker included. `None` when it fits.
pub(crate) fn fit_cell(s: &str) -> Option<String> {
    if s.len() <= MAX_CELL_CHARS || s.encode_utf16().count() <= MAX_CELL_CHARS {
        return None;
    }
    let budget = MAX_CELL_CHARS - TRUNCATION_MARKER.encode_utf16().count();
    let mut used = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if used + c.len_utf16() > budget {
            break;
        }
        used += c.len_utf16();
        end = i + c.len_utf8();
    }
    Some(format!("{}{TRUNCATION_MARKER}", &s[..end]))
}

impl XlsxSink {
    /// Start a workbook at `path`, one sheet per table, headers written; row data
    /// waits in temporary files beside it.
    pub fn create(path: impl Into<PathBuf>, options: XlsxOptions) -> Result<Self, OutputError> {
        let path = path.into();
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir).map_err(|e| OutputError::Write {
            path: dir.clone(),
            cause: e,
        })?;
        let mut workbook = Workbook::new();
        // Row data goes to temporary files beside the destination, not to a
        // /tmp that may live in memory (a device such as /dev/null: the system's
        // temporary folder).
        if !super::atomic::is_special(&path) {
            workbook.set_tempdir(&dir).map_err(xerr(&path))?;
        }
        let mut sink = XlsxSink {
            path,
            options: XlsxOptions {
                max_rows: options.max_rows.clamp(2, MAX_SHEET_ROWS),
                ..options
            },
            workbook,
            sheets: Vec::new(),
            done: Vec::new(),
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            guard: Format::new().set_quote_prefix(),
            truncations: Vec::new(),
        };
        for table in Table::all(options.keywords) {
            let sheet = sink.add_sheet(table, 1)?;
            sink.sheets.push(sheet);
        }
        Ok(sink)
    }

    fn add_sheet(&mut self, table: Table, part: u32) -> Result<Sheet, OutputError> {
        let name = if part == 1 {
            table.name().to_string()
        } else {
            format!("{} ({part})", table.name())
        };
        let path = self.path.clone();
        let index = self.workbook.worksheets().len();
        // Rows stream to a temporary file; strings go to the shared table, held
        // once each (paths, titles and units repeat on every row). Readers pay per
        // cell, and an inline string costs openpyxl ~40% more than a shared one.
        let ws = self
            .workbook
            .add_worksheet_with_low_memory()
            .map_err(xerr(&path))?;
        ws.set_name(&name).map_err(xerr(&path))?;
        ws.set_freeze_panes(1, 0).map_err(xerr(&path))?;
        let layout = Layout::new(table, self.options.columns);
        let headers = layout.headers(self.options.headers);
        let mut widths = Vec::with_capacity(headers.len());
        for (c, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &self.header)
                .map_err(xerr(&path))?;
            // Room for the autofilter button.
            widths.push(display_width(h) + 3.0);
        }
        Ok(Sheet {
            table,
            layout,
            index,
            name,
            part,
            row: 1,
            widths,
        })
    }

    /// Widths and autofilter of a sheet whose rows are all written.
    fn close_sheet(&mut self, sheet: &Sheet) -> Result<(), OutputError> {
        let path = self.path.clone();
        let ws = self
            .workbook
            .worksheet_from_index(sheet.index)
            .map_err(xerr(&path))?;
        for (c, w) in sheet.widths.iter().enumerate() {
            ws.set_column_width(c as u16, w.clamp(MIN_WIDTH, MAX_WIDTH))
                .map_err(xerr(&path))?;
        }
        let last_col = sheet.widths.len().saturating_sub(1) as u16;
        ws.autofilter(0, 0, sheet.row.saturating_sub(1).max(1), last_col)
            .map_err(xerr(&path))?;
        Ok(())
    }

    /// Write one row of `table`; `one_article`: the row's document holds at most
    /// one article.
    fn write_row(
        &mut self,
        table: Table,
        mut row: Vec<Cell<'_>>,
        one_article: bool,
    ) -> Result<(), OutputError> {
        if let Some(sheet) = self.sheets.iter().find(|s| s.table == table) {
            sheet.layout.blank(&mut row, one_article);
        }
        if self.options.headers == Headers::Zh {
            table::translate_row(table, &mut row);
        }
        let path = self.path.clone();
        guarded(&path, || self.write_row_unguarded(table, row))
    }

    fn write_row_unguarded(&mut self, table: Table, row: Vec<Cell>) -> Result<(), OutputError> {
        let path = self.path.clone();
        let slot = self
            .sheets
            .iter()
            .position(|s| s.table == table)
            .ok_or_else(|| OutputError::Other(format!("no sheet {}", table.name())))?;
        if self.sheets[slot].row >= self.options.max_rows {
            // This sheet is full: close it, continue on `facts (2)`.
            let next = self.add_sheet(table, self.sheets[slot].part + 1)?;
            let full = std::mem::replace(&mut self.sheets[slot], next);
            self.close_sheet(&full)?;
            self.done
                .push((full.index, full.name.clone(), u64::from(full.row - 1)));
        }
        let sheet = &mut self.sheets[slot];
        let r = sheet.row;
        let ws = self
            .workbook
            .worksheet_from_index(sheet.index)
            .map_err(xerr(&path))?;
        let doc_path = match row.first() {
            Some(Cell::Text(p)) => p.to_string(),
            _ => String::new(),
        };
        for (c, &from) in sheet.layout.source.iter().enumerate() {
            let Some(cell) = row.get(from) else { continue };
            let col = c as u16;
            let width = match cell {
                Cell::Empty => continue,
                Cell::Text(s) => {
                    match fit_cell(s) {
                        Some(cut) => {
                            ws.write_string(r, col, &cut).map_err(xerr(&path))?;
                            self.truncations.push(Truncation {
                                cell: format!("{}!{}{}", sheet.name, column_letter(c), r + 1),
                                path: doc_path.clone(),
                                column: sheet.layout.columns[c].en.to_string(),
                                chars: s.chars().count(),
                            });
                        }
                        None if looks_like_formula(s) => {
                            ws.write_string_with_format(r, col, s.as_ref(), &self.guard)
                                .map_err(xerr(&path))?;
                        }
                        None => {
                            ws.write_string(r, col, s.as_ref()).map_err(xerr(&path))?;
                        }
                    }
                    display_width(s)
                }
                Cell::Int(n) => {
                    ws.write_number(r, col, *n as f64).map_err(xerr(&path))?;
                    n.to_string().len() as f64
                }
                Cell::Float(x) => {
                    ws.write_number(r, col, *x).map_err(xerr(&path))?;
                    x.to_string().len() as f64
                }
                Cell::Bool(b) => {
                    ws.write_boolean(r, col, *b).map_err(xerr(&path))?;
                    5.0
                }
                // Excel's dates start in 1900: an earlier one is written as its text.
                Cell::Date { year, .. } if *year < 1900 => {
                    ws.write_string(r, col, cell.render().as_ref())
                        .map_err(xerr(&path))?;
                    10.0
                }
                Cell::Date { year, month, day } => {
                    let d = ExcelDateTime::from_ymd(*year, *month, *day).map_err(xerr(&path))?;
                    ws.write_datetime_with_format(r, col, &d, &self.date)
                        .map_err(xerr(&path))?;
                    10.0
                }
            };
            if let Some(w) = sheet.widths.get_mut(c) {
                *w = w.max(width + 1.0);
            }
        }
        sheet.row += 1;
        Ok(())
    }

    /// Close the sheets, save the workbook beside its destination and rename it
    /// into place.
    pub fn finish(self) -> Result<XlsxReport, OutputError> {
        let path = self.path.clone();
        guarded(&path, || self.finish_unguarded())
    }

    fn finish_unguarded(mut self) -> Result<XlsxReport, OutputError> {
        let sheets = std::mem::take(&mut self.sheets);
        for s in &sheets {
            self.close_sheet(s)?;
        }
        let mut names: Vec<(usize, String, u64)> = self.done.clone();
        names.extend(
            sheets
                .iter()
                .map(|s| (s.index, s.name.clone(), u64::from(s.row - 1))),
        );
        names.sort_by_key(|(i, _, _)| *i);
        let path = self.path.clone();
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let werr = |e: std::io::Error| OutputError::Write {
            path: path.clone(),
            cause: e,
        };
        let report = |this: Self| XlsxReport {
            sheets: names.iter().map(|(_, n, r)| (n.clone(), *r)).collect(),
            truncations: this.truncations,
        };
        if super::atomic::is_special(&path) {
            // A device or a pipe is written in place, never renamed over.
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(werr)?;
            let mut w = std::io::BufWriter::new(f);
            self.workbook.save_to_writer(&mut w).map_err(xerr(&path))?;
            std::io::Write::flush(&mut w).map_err(werr)?;
            return Ok(report(self));
        }
        let tmp = super::atomic::temp_file_in(&dir, ".wenshu-", ".xlsx.tmp").map_err(werr)?;
        self.workbook
            .save_to_writer(std::io::BufWriter::new(tmp.as_file()))
            .map_err(xerr(&path))?;
        tmp.as_file().sync_data().ok();
        super::atomic::persist(tmp, &path).map_err(werr)?;
        Ok(report(self))
    }
}

impl Sink for XlsxSink {
    fn document(
        &mut self,
        _input: &Input,
        doc: Document,
        text: Option<&str>,
    ) -> Result<(), OutputError> {
        let keywords = self.options.keywords;
        let one_article = doc.articles.len() <= 1;
        table::document_rows(&doc, text, keywords, |t, row| {
            self.write_row(t, row, one_article)
        })
    }

    fn wants_text(&self) -> bool {
        self.options.text
    }

    fn error(&mut self, err: &FileError) -> Result<(), OutputError> {
        self.write_row(Table::Documents, table::error_row(err), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn cells_are_cut_to_fit() {
        assert_eq!(fit_cell("短"), None);
        let exact = "字".repeat(MAX_CELL_CHARS);
        assert_eq!(fit_cell(&exact), None);
        let long = "字".repeat(40_000);
        let cut = fit_cell(&long).unwrap();
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with(TRUNCATION_MARKER));
        // Characters outside the BMP count twice and are never split.
        let astral = "𠀀".repeat(20_000);
        let cut = fit_cell(&astral).unwrap();
        assert!(cut.encode_utf16().count() <= MAX_CELL_CHARS);
        assert!(cut.starts_with("𠀀𠀀"));
    }

    #[test]
    fn a_full_sheet_continues_on_the_next() {
        use calamine::{open_workbook, Data, Reader, Xlsx};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("split.xlsx");
        let mut sink = XlsxSink::create(
            &path,
            XlsxOptions {
                max_rows: 5,
                ..Default::default()
            },
        )
        .unwrap();
        let doc = crate::output::table::tests::sample_document();
        for _ in 0..3 {
            sink.document(&Input::Stdin, doc.clone(), None).unwrap();
        }
        let report = sink.finish().unwrap();
        // 18 facts, 4 data rows per sheet: facts, facts (2) … facts (5).
        let facts: Vec<_> = report
            .sheets
            .iter()
            .filter(|(n, _)| n.starts_with("facts"))
            .cloned()
            .collect();
        assert_eq!(
            facts,
            [
                ("facts".to_string(), 4),
                ("facts (2)".into(), 4),
                ("facts (3)".into(), 4),
                ("facts (4)".into(), 4),
                ("facts (5)".into(), 2)
            ]
        );
        let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
        let names = wb.sheet_names();
        assert_eq!(
            names[..5],
            ["documents", "articles", "sections", "facts", "placeholders"]
        );
        let mut numbers = Vec::new();
        let mut dates = Vec::new();
        for name in names.iter().filter(|n| n.starts_with("facts")) {
            let range = wb.worksheet_range(name).unwrap();
            assert_eq!(range.get((0, 0)), Some(&Data::String("path".into())));
            assert_eq!(
                range.get((0, 6)),
                Some(&Data::String("value_number".into()))
            );
            assert_eq!(range.get((0, 7)), Some(&Data::String("value_date".into())));
            for r in 1..range.height() {
                numbers.push(range.get((r, 6)).cloned().unwrap_or(Data::Empty));
                dates.push(range.get((r, 7)).cloned().unwrap_or(Data::Empty));
            }
        }
        assert_eq!(numbers.len(), 18);
        // Typed cells: a date, a negative number, an empty value.
        assert!(matches!(dates[0], Data::DateTime(_)), "{:?}", dates[0]);
        assert_eq!(numbers[1], Data::Float(-5.0));
        assert_eq!(numbers[2], Data::Empty);
        assert_eq!(numbers[6 + 4], Data::Float(12.5));
        // The masked year of the sixth fact is no date.
        assert_eq!(dates[5], Data::Empty);
    }

    fn names(columns: XlsxColumns, headers: Headers) -> Vec<(&'static str, Vec<&'static str>)> {
        sheet_columns(columns, true, headers)
            .into_iter()
            .map(|(t, c)| (t.name(), c))
            .collect()
    }

    #[test]
    fn the_lean_workbook_leaves_out_what_programs_use() {
        let lean = names(XlsxColumns::Lean, Headers::En);
        let sheet = |name: &str| lean.iter().find(|(n, _)| *n == name).unwrap().1.clone();
        assert_eq!(
            sheet("sections"),
            [
                "path",
                "article",
                "level",
                "marker",
                "title",
                "title_normalized",
                "inline",
                "item",
                "line"
            ]
        );
        assert_eq!(
            sheet("keywords"),
            ["path", "article", "rank", "word", "weight"]
        );
        let facts = sheet("facts");
        for gone in [
            "value",
            "end",
            "unit",
            "dimension",
            "index",
            "section",
            "span_start",
            "column",
        ] {
            assert!(!facts.contains(&gone), "{gone}");
        }
        // The columns documented examples read are there.
        for kept in [
            "path",
            "kind",
            "text",
            "value_number",
            "value_date",
            "currency",
        ] {
            assert!(facts.contains(&kept), "{kept}");
        }
        assert_eq!(facts[9], "end_text");
        // Every omitted column exists, so a renamed column cannot slip through.
        for (table, omitted) in LEAN_OMITTED {
            for name in *omitted {
                assert!(table.columns().iter().any(|c| c.en == *name), "{name}");
            }
        }
        // All: the CSV's columns.
        for (t, c) in sheet_columns(XlsxColumns::All, true, Headers::Zh) {
            assert_eq!(c, t.headers(Headers::Zh));
        }
        let zh = names(XlsxColumns::Lean, Headers::Zh);
        assert_eq!(zh[3].1[9], "范围结束其他值");
        assert_eq!(zh[3].1.len(), facts.len());
    }

    #[test]
    fn lean_rows_leave_defaults_empty() {
        use std::borrow::Cow;
        let layout = Layout::new(Table::Facts, XlsxColumns::Lean);
        let at = |name: &str| {
            Table::Facts
                .columns()
                .iter()
                .position(|c| c.en == name)
                .unwrap()
        };
        let mut row = vec![Cell::Empty; Table::Facts.columns().len()];
        row[at("article")] = Cell::Int(0);
        row[at("incomplete")] = Cell::Bool(false);
        row[at("end")] = Cell::Text(Cow::Borrowed("2025-09-18"));
        row[at("end_date")] = Cell::Date {
            year: 2025,
            month: 9,
            day: 18,
        };
        let mut one = row.clone();
        layout.blank(&mut one, true);
        assert_eq!(one[at("article")], Cell::Empty);
        assert_eq!(one[at("incomplete")], Cell::Empty);
        assert_eq!(one[at("end")], Cell::Empty, "end_date holds it");
        // A document of several articles keeps the article; a masked end stays text.
        row[at("end")] = Cell::Text(Cow::Borrowed("XXXX-09-18"));
        row[at("end_date")] = Cell::Empty;
        row[at("incomplete")] = Cell::Bool(true);
        layout.blank(&mut row, false);
        assert_eq!(row[at("article")], Cell::Int(0));
        assert_eq!(row[at("incomplete")], Cell::Bool(true));
        assert_eq!(row[at("end")], Cell::Text(Cow::Borrowed("XXXX-09-18")));
        // The articles sheet always numbers its rows.
        let articles = Layout::new(Table::Articles, XlsxColumns::Lean);
        let mut row = vec![Cell::Empty; Table::Articles.columns().len()];
        row[1] = Cell::Int(0);
        articles.blank(&mut row, true);
        assert_eq!(row[1], Cell::Int(0));
    }

    #[test]
    fn widths_count_wide_characters_twice() {
        assert_eq!(display_width("abc"), 3.0);
        assert_eq!(display_width("重點問題"), 8.0);
        assert_eq!(display_width("一\n二三四五"), 2.0);
    }
}
