//! Library errors. Each says what went wrong; the caller adds where (the path).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("looks like a binary file (NUL or control bytes), not text; skipped — pass --encoding if it really is text")]
    Binary,
}

/// A failure tied to one input file: the batch goes on without it.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Decode {
        path: PathBuf,
        #[source]
        source: DecodeError,
    },
    #[error("{path}: {message}")]
    Walk { path: PathBuf, message: String },
}

impl FileError {
    /// A stable code for the error record in the output stream.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                "not_found"
            }
            FileError::Read { .. } => "io",
            FileError::Decode { .. } => "binary",
            FileError::Walk { .. } => "walk",
        }
    }

    pub fn path(&self) -> &std::path::Path {
        match self {
            FileError::Read { path, .. }
            | FileError::Decode { path, .. }
            | FileError::Walk { path, .. } => path,
        }
    }

    /// The message without the path (the record carries the path separately).
    pub fn reason(&self) -> String {
        match self {
            FileError::Read { source, .. } => format!("cannot read: {source}"),
            FileError::Decode { source, .. } => source.to_string(),
            FileError::Walk { message, .. } => message.clone(),
        }
    }
}

/// Errors writing results.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}
