//! The long tables of [`table`] as typed values, for writers outside
//! this crate: the Python package builds its Arrow tables from them, so that a
//! table read in Python has the rows and columns the command writes.
//!
//! [`columns`] gives each table's columns with their types, [`document_rows`] a
//! document's rows, [`error_row`] the `documents` row of an input that failed.

use super::table::{self, Cell};
use crate::document::Document;
use crate::error::FileError;

pub use super::table::Table;

/// The type of a column: every cell of it holds that type or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Text.
    Text,
    /// A whole number (counts, indexes, spans, lines).
    Int,
    /// A number that may have a fraction (fact values, keyword weights); whole
    /// numbers in it are numbers too.
    Float,
    /// `true` or `false`.
    Bool,
    /// A calendar date.
    Date,
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnInfo {
    /// The English header: the key scripts use.
    pub name: &'static str,
    /// The Chinese header (`--headers zh`).
    pub chinese: &'static str,
    /// What its cells hold.
    pub kind: ColumnType,
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// Nothing (an empty cell).
    Null,
    /// Text, as the document holds it.
    Text(std::borrow::Cow<'a, str>),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// A boolean.
    Bool(bool),
    /// A calendar date.
    Date {
        /// 1–9999.
        year: u16,
        /// 1–12.
        month: u8,
        /// 1–31.
        day: u8,
    },
}

impl<'a> From<Cell<'a>> for Value<'a> {
    fn from(c: Cell<'a>) -> Self {
        match c {
            Cell::Empty => Value::Null,
            Cell::Text(s) => Value::Text(s),
            Cell::Int(n) => Value::Int(n),
            Cell::Float(x) => Value::Float(x),
            Cell::Bool(b) => Value::Bool(b),
            Cell::Date { year, month, day } => Value::Date { year, month, day },
        }
    }
}

impl Table {
    /// The table named `name` (`facts`, `documents`…), as [`Table::name`] spells it.
    pub fn from_name(name: &str) -> Option<Table> {
        Table::all(true).into_iter().find(|t| t.name() == name)
    }
}

/// A column's type, as every table writer types it.
fn column_type(c: &table::Column) -> ColumnType {
    match c.ty() {
        table::ColumnType::Text => ColumnType::Text,
        table::ColumnType::Int => ColumnType::Int,
        table::ColumnType::Double => ColumnType::Float,
        table::ColumnType::Bool => ColumnType::Bool,
        table::ColumnType::Date => ColumnType::Date,
    }
}

/// The columns of a table, in order, with their types.
pub fn columns(table: Table) -> Vec<ColumnInfo> {
    table
        .columns()
        .iter()
        .map(|c| ColumnInfo {
            name: c.en,
            chinese: c.zh,
            kind: column_type(c),
        })
        .collect()
}

/// Flatten one document into rows, table by table, in the order the command
/// writes them. `text` is the decoded original, for the articles' `text` column
/// (empty without it); `keywords` adds the `keywords` table.
pub fn document_rows<'a, E>(
    doc: &'a Document,
    text: Option<&'a str>,
    keywords: bool,
    mut emit: impl FnMut(Table, Vec<Value<'a>>) -> Result<(), E>,
) -> Result<(), E> {
    table::document_rows(doc, text, keywords, |t, row| {
        emit(t, row.into_iter().map(Value::from).collect())
    })
}

/// The `documents` row of an input that could not be read: its path, and the
/// reason in the `error` column.
pub fn error_row(err: &FileError) -> Vec<Value<'static>> {
    table::error_row(err).into_iter().map(Value::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cell of every table holds its column's type (a whole number may
    /// stand in a fraction column), so typed writers never meet a surprise.
    #[test]
    fn cells_hold_their_columns_type() {
        let doc = crate::output::table::tests::sample_document();
        let mut seen = 0;
        document_rows(&doc, Some("text"), true, |t, row| {
            let cols = columns(t);
            assert_eq!(row.len(), cols.len(), "{}", t.name());
            for (v, c) in row.iter().zip(&cols) {
                let ok = matches!(
                    (v, c.kind),
                    (Value::Null, _)
                        | (Value::Text(_), ColumnType::Text)
                        | (Value::Int(_), ColumnType::Int | ColumnType::Float)
                        | (Value::Float(_), ColumnType::Float)
                        | (Value::Bool(_), ColumnType::Bool)
                        | (Value::Date { .. }, ColumnType::Date)
                );
                assert!(
                    ok,
                    "{}.{}: {v:?} in a {:?} column",
                    t.name(),
                    c.name,
                    c.kind
                );
                seen += usize::from(*v != Value::Null);
            }
            Ok::<_, ()>(())
        })
        .unwrap();
        assert!(seen > 50, "{seen}");
        let err = FileError::Walk {
            path: "gone/a.txt".into(),
            message: "dangling link".into(),
        };
        let row = error_row(&err);
        assert_eq!(row.len(), columns(Table::Documents).len());
        assert_eq!(row[0], Value::Text("gone/a.txt".into()));
    }

    #[test]
    fn tables_are_found_by_name() {
        for t in Table::all(true) {
            assert_eq!(Table::from_name(t.name()), Some(t));
        }
        assert_eq!(Table::from_name("fact"), None);
    }
}
