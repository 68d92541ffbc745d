//! Atomic writes: a temporary file in the destination folder, flushed, then renamed
//! over the destination. A reader (or a run killed half way) never sees a partial
//! file.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::OutputError;

/// Write a whole file at once: readers see the old file or the new one, never part
/// of it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    if is_special(path) {
        // Never rename over a device or FIFO (`-o /dev/null`).
        let mut f = StreamFile::create(path)?;
        f.write_all(bytes).map_err(|e| OutputError::Write {
            path: path.to_path_buf(),
            cause: e,
        })?;
        return f.commit();
    }
    let err = |e: std::io::Error| OutputError::Write {
        path: path.to_path_buf(),
        cause: e,
    };
    // A device or a pipe (`-o /dev/stdout`, `/dev/null`, a FIFO) is written in
    // place: renaming a file over it would replace the device node.
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            return Err(err(std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                "a folder is in the way of this output file",
            )));
        }
        if !meta.is_file() {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(err)?;
            f.write_all(bytes).map_err(err)?;
            return f.flush().map_err(err);
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| {
        err(std::io::Error::new(
            e.kind(),
            format!("cannot create the folder {}: {e}", dir.display()),
        ))
    })?;
    let mut tmp = temp_file_in(dir, ".wenshu-", ".tmp").map_err(|e| {
        // tempfile adds "at path <random name>"; name the folder instead.
        let text = e.to_string();
        let reason = text.split(" at path ").next().unwrap_or(&text).to_string();
        err(std::io::Error::new(
            e.kind(),
            format!(
                "cannot create a temporary file in {}: {reason}",
                dir.display()
            ),
        ))
    })?;
    // On any failure below, dropping `tmp` removes the temporary file.
    tmp.write_all(bytes).map_err(err)?;
    tmp.flush().map_err(err)?;
    // Data reaches the disk before the rename makes it visible, so a crash never
    // leaves a whole-looking but empty file under the final name.
    tmp.as_file().sync_data().map_err(err)?;
    persist(tmp, path).map_err(err)
}

/// A new temporary file in `dir`, the folder of the output it will become: created
/// with mode 0666 less the umask, as any program's new file is (tempfile's own
/// default, 0600, would make every output private whatever the umask says).
pub(crate) fn temp_file_in(
    dir: &Path,
    prefix: &str,
    suffix: &str,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    b.prefix(prefix).suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir)
}

/// Rename a finished temporary file over `dest`. A file already there keeps its
/// mode (a 0600 table of whole texts stays 0600 when it is replaced); a new one
/// has the mode it was created with ([`temp_file_in`]).
pub(crate) fn persist(tmp: tempfile::NamedTempFile, dest: &Path) -> std::io::Result<()> {
    if let Ok(meta) = std::fs::metadata(dest) {
        if meta.is_file() {
            tmp.as_file().set_permissions(meta.permissions())?;
        }
    }
    tmp.persist(dest).map(|_| ()).map_err(|e| e.error)
}

/// Whether `path` names something that is not a regular file (`/dev/null`, a
/// FIFO, a terminal): it is written in place, never replaced by a rename.
pub(crate) fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// A streamed output file: written through a buffer as results arrive (memory
/// does not grow with the batch), made visible only by [`StreamFile::commit`]
/// (temporary file, then rename). A special file such as `/dev/null` is written
/// in place instead: renaming over it would replace the device with a file.
pub struct StreamFile {
    path: PathBuf,
    inner: Inner,
}

enum Inner {
    Temp(BufWriter<tempfile::NamedTempFile>),
    Direct(BufWriter<std::fs::File>),
}

/// Output buffer size: large writes, few system calls.
const BUFFER: usize = 256 * 1024;

impl StreamFile {
    /// Start writing `path`; nothing is visible there until [`StreamFile::commit`].
    pub fn create(path: &Path) -> Result<Self, OutputError> {
        let err = |e: std::io::Error| OutputError::Write {
            path: path.to_path_buf(),
            cause: e,
        };
        let inner = if is_special(path) {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(err)?;
            Inner::Direct(BufWriter::with_capacity(BUFFER, f))
        } else {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            std::fs::create_dir_all(dir).map_err(err)?;
            let tmp = temp_file_in(dir, ".wenshu-", ".tmp").map_err(err)?;
            Inner::Temp(BufWriter::with_capacity(BUFFER, tmp))
        };
        Ok(StreamFile {
            path: path.to_path_buf(),
            inner,
        })
    }

    /// Flush and move the file into place.
    pub fn commit(self) -> Result<(), OutputError> {
        let path = self.path;
        let err = |e: std::io::Error| OutputError::Write {
            path: path.clone(),
            cause: e,
        };
        match self.inner {
            Inner::Direct(mut w) => w.flush().map_err(err),
            Inner::Temp(w) => {
                let tmp = w.into_inner().map_err(|e| err(e.into_error()))?;
                tmp.as_file().sync_data().ok();
                persist(tmp, &path).map_err(err)
            }
        }
    }
}

impl Write for StreamFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.inner {
            Inner::Temp(w) => w.write(buf),
            Inner::Direct(w) => w.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match &mut self.inner {
            Inner::Temp(w) => w.write_all(buf),
            Inner::Direct(w) => w.write_all(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.inner {
            Inner::Temp(w) => w.flush(),
            Inner::Direct(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b.json");
        write_atomic(&p, b"{}").unwrap();
        write_atomic(&p, b"{\"x\":1}").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"{\"x\":1}");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a")).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_folder_in_the_way_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        std::fs::create_dir(&p).unwrap();
        let e = write_atomic(&p, b"{}").unwrap_err();
        assert!(e.to_string().contains("a.json"), "{e}");
        assert!(!e.is_fatal());
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn devices_are_written_in_place() {
        write_atomic(Path::new("/dev/null"), b"x").unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
        if Path::new("/dev/full").exists() {
            let e = write_atomic(Path::new("/dev/full"), &[b'x'; 70_000]).unwrap_err();
            assert!(e.is_fatal(), "{e}");
            assert!(e.to_string().contains("/dev/full"), "{e}");
        }
    }

    #[test]
    fn streamed_file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        let mut f = StreamFile::create(&p).unwrap();
        f.write_all(b"{}\n").unwrap();
        assert!(!p.exists());
        f.commit().unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"{}\n");
    }

    #[cfg(unix)]
    #[test]
    fn dev_null_stays_a_device() {
        let p = Path::new("/dev/null");
        if !is_special(p) {
            eprintln!("/dev/null is not a device on this machine; skipped");
            return;
        }
        write_atomic(p, b"x").unwrap();
        let mut f = StreamFile::create(p).unwrap();
        f.write_all(b"y").unwrap();
        f.commit().unwrap();
        assert!(is_special(p), "/dev/null must stay a character device");
    }
}
