//! Library errors. Each says what went wrong; the caller adds where (the path).

use std::path::PathBuf;

/// Bytes that cannot be read as text.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DecodeError {
    /// NUL or control bytes where text has none: the file is not text in any
    /// encoding wenshu reads, so it is skipped rather than turned into garbage.
    #[error("looks like a binary file (NUL or control bytes), not text; skipped — pass --encoding if it really is text")]
    Binary,
    /// A document (Word, web page, OFD) that cannot be read, or a file of a kind
    /// wenshu does not read: `code` names the reason (`damaged`, `encrypted`,
    /// `unsupported`, `too_large`, `too_deep`, `no_text`).
    #[error("{message}")]
    Unreadable {
        /// The error record's code.
        code: &'static str,
        /// What is wrong and what to do.
        message: String,
    },
}

/// A failure tied to one input file: the batch goes on without it.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be read (missing, unreadable, a folder…).
    #[error("{path}: cannot read: {cause}")]
    Read {
        /// The input file.
        path: PathBuf,
        /// Why it could not be read (said in the message, so not a `source()`).
        cause: std::io::Error,
    },
    /// The file was read but is not text.
    #[error("{path}: {cause}")]
    Decode {
        /// The input file.
        path: PathBuf,
        /// Why it is not text (said in the message).
        cause: DecodeError,
    },
    /// Walking a folder failed at this path (a symbolic link loop, a dangling
    /// link, a folder that cannot be listed).
    #[error("{path}: {message}")]
    Walk {
        /// Where the walk failed.
        path: PathBuf,
        /// What happened.
        message: String,
    },
    /// The input is not read, by rule: bigger than the size limit (`too_large`),
    /// not a regular file (`not_regular`: a named pipe, a device, a socket found in
    /// a folder), or outside the folder records may read (`outside_root`).
    #[error("{path}: {message}")]
    Refused {
        /// The input.
        path: PathBuf,
        /// The error record's code.
        code: &'static str,
        /// Why it is not read, and what to do.
        message: String,
    },
    /// The input was read, but its result could not be written (`path` is the
    /// input; `message` names the output file). The batch goes on.
    #[error("{path}: {message}")]
    Output {
        /// The input file.
        path: PathBuf,
        /// What failed, naming the output file.
        message: String,
    },
    /// Analyzing the input failed inside wenshu (a bug): the file is reported
    /// and the batch goes on.
    #[error("{path}: {message}")]
    Internal {
        /// The input file.
        path: PathBuf,
        /// What failed, and what to do.
        message: String,
    },
}

impl FileError {
    /// A stable code for the error record in the output stream (`not_found`,
    /// `io`, `binary`, `too_large`…).
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Read { cause, .. } if cause.kind() == std::io::ErrorKind::NotFound => {
                "not_found"
            }
            FileError::Read { .. } => "io",
            FileError::Decode {
                cause: DecodeError::Unreadable { code, .. },
                ..
            } => code,
            FileError::Decode { .. } => "binary",
            FileError::Walk { .. } => "walk",
            FileError::Refused { code, .. } => code,
            FileError::Output { .. } => "output",
            FileError::Internal { .. } => "internal",
        }
    }

    /// The input the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            FileError::Read { path, .. }
            | FileError::Decode { path, .. }
            | FileError::Walk { path, .. }
            | FileError::Refused { path, .. }
            | FileError::Output { path, .. }
            | FileError::Internal { path, .. } => path,
        }
    }

    /// The message without the path (the record carries the path separately).
    pub fn reason(&self) -> String {
        match self {
            FileError::Read { cause, .. } => format!("cannot read: {cause}"),
            FileError::Decode { cause, .. } => cause.to_string(),
            FileError::Walk { message, .. }
            | FileError::Refused { message, .. }
            | FileError::Output { message, .. }
            | FileError::Internal { message, .. } => message.clone(),
        }
    }

    /// The path for messages on standard error: as is when it is valid UTF-8, else
    /// with the invalid bytes escaped (`bad\xFFname.txt`), never silently replaced.
    pub fn display_path(&self) -> String {
        display_path(self.path())
    }
}

/// A path for humans: itself when valid UTF-8, otherwise escaped (`"a\xFF.txt"`).
pub(crate) fn display_path(path: &std::path::Path) -> String {
    match path.to_str() {
        Some(s) => s.to_string(),
        None => format!("{:?}", path.as_os_str()),
    }
}

/// The raw bytes of a path that is not valid UTF-8 (for `source.path_bytes`):
/// `None` when the lossy UTF-8 form already says it exactly.
pub(crate) fn path_bytes_if_lossy(path: &std::path::Path) -> Option<Vec<u8>> {
    if path.to_str().is_some() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Some(path.as_os_str().as_bytes().to_vec())
    }
    #[cfg(not(unix))]
    {
        Some(path.to_string_lossy().into_owned().into_bytes())
    }
}

/// Errors writing results.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A file or stream could not be written.
    #[error("{path}: cannot write: {cause}")]
    Write {
        /// The output file (or `standard output`).
        path: PathBuf,
        /// Why the write failed (said in the message).
        cause: std::io::Error,
    },
    /// Anything else that stops an output (a result that cannot be serialized, a
    /// workbook that cannot be assembled), with its message.
    #[error("{0}")]
    Other(String),
}

impl OutputError {
    /// Whether the failure is about the destination as a whole (a closed pipe, a
    /// full disk, a read-only file system): no later write can succeed, so the run
    /// stops. Anything else concerns one output file, and the batch goes on.
    pub fn is_fatal(&self) -> bool {
        use std::io::ErrorKind::*;
        match self {
            OutputError::Write { cause, .. } => matches!(
                cause.kind(),
                BrokenPipe | StorageFull | ReadOnlyFilesystem | QuotaExceeded | WriteZero
            ),
            OutputError::Other(_) => false,
        }
    }

    /// Whether the reader of the output went away (`wenshu … | head`): the run
    /// stops quietly, as other command-line tools do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, OutputError::Write { cause, .. } if cause.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
