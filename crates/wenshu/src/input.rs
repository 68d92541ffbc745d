//! Inputs: files and folders named on the command line, walked recursively in a
//! deterministic (sorted) order; `-` is standard input. Symlinks are followed, but
//! loops and dangling links are reported instead of followed forever.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::error::FileError;

/// One input to process.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A file, named or found in a folder.
    File(InputFile),
    /// Standard input (`-`).
    Stdin,
}

/// A file to read, and the name its outputs are based on.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFile {
    /// The path to open.
    pub path: PathBuf,
    /// The path relative to the folder it was found in (or its file name when it
    /// was named directly): the base of its output name.
    pub rel: PathBuf,
}

impl Input {
    /// Read the whole input (a file, or standard input).
    pub fn read(&self) -> Result<Vec<u8>, FileError> {
        match self {
            Input::Stdin => {
                let mut b = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b).map_err(|e| {
                    FileError::Read {
                        path: "-".into(),
                        cause: e,
                    }
                })?;
                Ok(b)
            }
            Input::File(f) => std::fs::read(&f.path).map_err(|e| FileError::Read {
                path: f.path.clone(),
                cause: e,
            }),
        }
    }

    /// The path as reported in `source.path` and messages.
    pub fn display(&self) -> String {
        match self {
            Input::File(f) => f.path.to_string_lossy().into_owned(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// The default size limit of one input: 256 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 256 << 20;

/// Which files a folder walk picks up, and how big an input may be.
#[derive(Debug, Clone)]
pub struct Selection {
    globs: GlobSet,
    max_bytes: u64,
    /// Whether the selection is the default one (no `--glob`): then the walk
    /// counts what it leaves out, to say so.
    default: bool,
}

/// The extensions a folder walk takes by default: plain text and the document
/// formats wenshu reads.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "md", "docx", "html", "htm", "ofd", "pdf"];

/// Files a default folder walk left out, by extension (hidden files and folders
/// are not counted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Skipped {
    by_ext: std::collections::BTreeMap<String, usize>,
}

impl Skipped {
    /// How many files were left out.
    pub fn total(&self) -> usize {
        self.by_ext.values().sum()
    }

    /// `skipped 3 files: .doc ×2 (legacy Word: save it as .docx), .xls ×1`, or
    /// `None` when nothing was skipped.
    pub fn summary(&self) -> Option<String> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let mut kinds: Vec<(&String, &usize)> = self.by_ext.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let mut parts: Vec<String> = kinds
            .iter()
            .take(8)
            .map(|(ext, n)| {
                let name = if ext.is_empty() {
                    "no extension".to_string()
                } else {
                    format!(".{ext}")
                };
                match why_skipped(ext) {
                    Some(why) => format!("{name} ×{n} ({why})"),
                    None => format!("{name} ×{n}"),
                }
            })
            .collect();
        if kinds.len() > 8 {
            parts.push("…".into());
        }
        Some(format!(
            "skipped {total} file{}: {}",
            if total == 1 { "" } else { "s" },
            parts.join(", ")
        ))
    }
}

/// What to do about a kind of file the walk leaves out, when there is advice.
fn why_skipped(ext: &str) -> Option<&'static str> {
    Some(match ext {
        "doc" | "wps" | "rtf" | "odt" => "save it as .docx to read it",
        "jpg" | "jpeg" | "png" | "tif" | "tiff" | "bmp" | "gif" => "images: OCR them first",
        "xls" | "xlsx" | "et" | "csv" | "ppt" | "pptx" => "spreadsheets and slides are not read",
        "json" | "jsonl" => "JSON Lines records go through --input-format jsonl",
        _ => return None,
    })
}

impl Selection {
    /// `patterns` are globs over the path relative to the walked folder (or the file
    /// name); none means [`DEFAULT_EXTENSIONS`], in any case.
    pub fn new(patterns: &[String]) -> Result<Self, globset::Error> {
        let mut b = GlobSetBuilder::new();
        if patterns.is_empty() {
            for ext in DEFAULT_EXTENSIONS {
                let glob = globset::GlobBuilder::new(&format!("**/*.{ext}"))
                    .case_insensitive(true)
                    .build()?;
                b.add(glob);
            }
        } else {
            for p in patterns {
                b.add(Glob::new(p)?);
                if !p.contains('/') {
                    b.add(Glob::new(&format!("**/{p}"))?);
                }
            }
        }
        Ok(Selection {
            globs: b.build()?,
            max_bytes: DEFAULT_MAX_BYTES,
            default: patterns.is_empty(),
        })
    }

    /// The size limit of one file (named or found in a folder): a bigger one is a
    /// failed input (`too_large`), the rest of the batch goes on.
    pub fn with_max_bytes(mut self, max_bytes: u64) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    /// The size limit (see [`Selection::with_max_bytes`]).
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    fn matches(&self, rel: &Path) -> bool {
        self.globs.is_match(rel)
    }
}

/// Walk the command line's paths. Errors (missing paths, loops, dangling links,
/// unreadable folders) come back in order with the inputs; the batch goes on.
pub fn collect(paths: &[PathBuf], sel: &Selection) -> Vec<Result<Input, FileError>> {
    collect_counting(paths, sel).0
}

/// [`collect`], also counting the files a default walk left out.
pub fn collect_counting(
    paths: &[PathBuf],
    sel: &Selection,
) -> (Vec<Result<Input, FileError>>, Skipped) {
    let mut skipped = Skipped::default();
    let mut out = Vec::new();
    for root in paths {
        if root.as_os_str() == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                out.push(Err(FileError::Read {
                    path: root.clone(),
                    cause: e,
                }));
                continue;
            }
        };
        if !meta.is_dir() {
            if meta.is_file() && meta.len() > sel.max_bytes {
                out.push(Err(too_large(root, meta.len(), sel.max_bytes)));
                continue;
            }
            // A file named directly is always taken, whatever its extension; a
            // named pipe or a device named directly is read as a stream
            // (`<(command)`), to its end.
            let rel = root
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_else(|| root.clone());
            out.push(Ok(Input::File(InputFile {
                path: root.clone(),
                rel,
            })));
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by(|a, b| a.file_name().cmp(b.file_name()));
        for entry in walker {
            match entry {
                Ok(e) => {
                    if e.file_type().is_dir() {
                        continue;
                    }
                    let rel = e
                        .path()
                        .strip_prefix(root)
                        .unwrap_or(e.path())
                        .to_path_buf();
                    if !sel.matches(&rel) {
                        let hidden = rel
                            .components()
                            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
                        if sel.default && !hidden && e.file_type().is_file() {
                            let ext = rel
                                .extension()
                                .map(|x| x.to_string_lossy().to_lowercase())
                                .unwrap_or_default();
                            *skipped.by_ext.entry(ext).or_default() += 1;
                        }
                        continue;
                    }
                    // Only regular files (and links to them) are read from a
                    // folder: a named pipe would wait for a writer forever, a
                    // device never ends.
                    let ft = e.file_type();
                    if !ft.is_file() {
                        out.push(Err(FileError::Refused {
                            path: e.path().to_path_buf(),
                            code: "not_regular",
                            message: format!("not a regular file ({}): skipped", kind_of(&ft)),
                        }));
                        continue;
                    }
                    match e.metadata() {
                        Ok(m) if m.len() > sel.max_bytes => {
                            out.push(Err(too_large(e.path(), m.len(), sel.max_bytes)));
                        }
                        _ => out.push(Ok(Input::File(InputFile {
                            path: e.path().to_path_buf(),
                            rel,
                        }))),
                    }
                }
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    let message = if err.loop_ancestor().is_some() {
                        "symbolic link loop: not followed".to_string()
                    } else if let Some(io) = err.io_error() {
                        if io.kind() == std::io::ErrorKind::NotFound {
                            "dangling symbolic link (its target does not exist)".to_string()
                        } else {
                            format!("cannot read: {io}")
                        }
                    } else {
                        err.to_string()
                    };
                    // A dangling link is only an error when it would have been picked.
                    let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                    if err.loop_ancestor().is_some() || sel.matches(&rel) || err.depth() == 0 {
                        out.push(Err(FileError::Walk { path, message }));
                    }
                }
            }
        }
    }
    (out, skipped)
}

/// The error of a file over the size limit.
pub(crate) fn too_large(path: &Path, len: u64, max: u64) -> FileError {
    FileError::Refused {
        path: path.to_path_buf(),
        code: "too_large",
        message: format!(
            "{len} bytes, over the limit of {max} bytes: not read (raise it with --max-bytes)"
        ),
    }
}

/// What a file that is not a regular file is, in words.
pub(crate) fn kind_of(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
    }
    if ft.is_dir() {
        return "a folder";
    }
    "not a file"
}

/// Output names for a batch: `a/b.txt` → `a/b.<ext>`. When two inputs would map to
/// the same name (`a.txt` and `a.md`), each keeps its full name: `a.txt.<ext>`.
/// The files of a collected batch (standard input and unreadable entries left out).
pub fn files_of(inputs: &[Result<Input, FileError>]) -> Vec<&InputFile> {
    inputs
        .iter()
        .filter_map(|i| match i {
            Ok(Input::File(f)) => Some(f),
            _ => None,
        })
        .collect()
}

/// Different inputs with the same relative path (`d1/a.txt` and `d2/a.txt` named
/// as two roots) get `a.txt~2.<ext>`, `~3`… in input order. Names are built from
/// the `OsStr` bytes, so a name that is not valid UTF-8 is kept as it is.
pub fn output_names(inputs: &[&InputFile], ext: &str) -> Vec<PathBuf> {
    output_names_with(inputs, &|_| OsString::from(ext), &[])
}

/// [`output_names`] with an extension per input and names no input may take
/// (the run's own files, such as a manifest), which count as taken.
fn output_names_with(
    inputs: &[&InputFile],
    ext_of: &dyn Fn(&InputFile) -> OsString,
    reserved: &[&str],
) -> Vec<PathBuf> {
    let names = output_names_by_rel(inputs, ext_of);
    let reserved: Vec<PathBuf> = reserved.iter().map(PathBuf::from).collect();
    // The same input named twice maps to one file; different inputs never share one.
    let mut owner: HashMap<PathBuf, &Path> = reserved
        .iter()
        .map(|r| (r.clone(), Path::new("")))
        .collect();
    let mut taken: std::collections::HashSet<PathBuf> = names.iter().cloned().collect();
    taken.extend(reserved.iter().cloned());
    inputs
        .iter()
        .zip(names)
        .map(|(f, name)| match owner.get(&name) {
            None => {
                owner.insert(name.clone(), &f.path);
                name
            }
            Some(p) if *p == f.path => name,
            Some(_) => {
                let mut n = 2;
                loop {
                    let mut stem: OsString = f.rel.as_os_str().to_owned();
                    stem.push(format!("~{n}."));
                    stem.push(ext_of(f));
                    let candidate = PathBuf::from(stem);
                    if !taken.contains(&candidate) {
                        taken.insert(candidate.clone());
                        owner.insert(candidate.clone(), &f.path);
                        break candidate;
                    }
                    n += 1;
                }
            }
        })
        .collect()
}

fn output_names_by_rel(
    inputs: &[&InputFile],
    ext_of: &dyn Fn(&InputFile) -> OsString,
) -> Vec<PathBuf> {
    let plain: Vec<PathBuf> = inputs
        .iter()
        .map(|f| f.rel.with_extension(ext_of(f)))
        .collect();
    let mut seen: HashMap<&PathBuf, usize> = HashMap::new();
    for p in &plain {
        *seen.entry(p).or_default() += 1;
    }
    inputs
        .iter()
        .zip(&plain)
        .map(|(f, p)| {
            // Keeping the whole name only helps when the extension was replaced.
            if seen[p] > 1 && *p != f.rel {
                let mut name: OsString = f.rel.as_os_str().to_owned();
                name.push(".");
                name.push(ext_of(f));
                PathBuf::from(name)
            } else {
                p.clone()
            }
        })
        .collect()
}

/// The one output-naming rule of a batch written into a folder (JSON documents,
/// converted files, incremental manifests): each input's relative path with the
/// output's extension, and names that would collide made distinct — inputs that
/// share a name (`a.txt` and `a.md`) keep their whole name (`a.txt.json`), the same
/// relative path under two roots gets `~2`, standard input is `stdin.<ext>` and
/// takes part in the same rule, and the run's own files are never taken. So no
/// output of a batch ever replaces another.
#[derive(Debug, Clone, Default)]
pub struct OutputNames {
    by_path: HashMap<PathBuf, PathBuf>,
    stdin: PathBuf,
}

/// The pseudo path standard input has in a naming plan.
const STDIN_KEY: &str = "\0stdin";

impl OutputNames {
    /// Name every input of `inputs`. `ext`: the output extension, or `None` to keep
    /// each input's own (`txt` for a name without one). `reserved`: names of the
    /// run's own files in the folder.
    pub fn new(inputs: &[Result<Input, FileError>], ext: Option<&str>, reserved: &[&str]) -> Self {
        let stdin = InputFile {
            path: PathBuf::from(STDIN_KEY),
            rel: PathBuf::from("stdin.txt"),
        };
        let files: Vec<&InputFile> = inputs
            .iter()
            .filter_map(|i| match i {
                Ok(Input::File(f)) => Some(f),
                Ok(Input::Stdin) => Some(&stdin),
                Err(_) => None,
            })
            .collect();
        let ext_of = |f: &InputFile| -> OsString {
            match ext {
                Some(e) => OsString::from(e),
                // Documents (Word, web pages, OFD) become text files.
                None => match f.rel.extension() {
                    Some(e)
                        if e.to_str()
                            .and_then(crate::read::Format::of_extension)
                            .is_some_and(|f| f != crate::read::Format::Text) =>
                    {
                        OsString::from("txt")
                    }
                    Some(e) => e.to_owned(),
                    None => OsString::from("txt"),
                },
            }
        };
        let names = output_names_with(&files, &ext_of, reserved);
        let mut by_path = HashMap::new();
        let mut stdin_name = PathBuf::from("stdin.txt").with_extension(ext_of(&stdin));
        for (f, n) in files.iter().zip(names) {
            if f.path == Path::new(STDIN_KEY) {
                stdin_name = n;
            } else {
                by_path.insert(f.path.clone(), n);
            }
        }
        OutputNames {
            by_path,
            stdin: stdin_name,
        }
    }

    /// The output name of an input, relative to the output folder.
    pub fn of(&self, input: &Input) -> PathBuf {
        match input {
            Input::Stdin => self.stdin.clone(),
            Input::File(f) => self
                .by_path
                .get(&f.path)
                .cloned()
                .unwrap_or_else(|| f.rel.clone()),
        }
    }

    /// The output name of a file, when it is part of the plan.
    pub fn of_path(&self, path: &Path) -> Option<&PathBuf> {
        self.by_path.get(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_names_keep_their_extension() {
        let a = InputFile {
            path: "x/a.txt".into(),
            rel: "a.txt".into(),
        };
        let b = InputFile {
            path: "x/a.md".into(),
            rel: "a.md".into(),
        };
        let c = InputFile {
            path: "x/sub/c.txt".into(),
            rel: "sub/c.txt".into(),
        };
        let names = output_names(&[&a, &b, &c], "json");
        assert_eq!(
            names,
            [
                PathBuf::from("a.txt.json"),
                "a.md.json".into(),
                "sub/c.json".into()
            ]
        );
    }

    #[test]
    fn same_relative_path_from_two_roots_never_shares_a_name() {
        let f = |p: &str| InputFile {
            path: p.into(),
            rel: "a.txt".into(),
        };
        let (a, b, a2) = (f("d1/a.txt"), f("d2/a.txt"), f("d1/a.txt"));
        let names = output_names(&[&a, &b, &a2], "json");
        assert_eq!(
            names,
            [
                PathBuf::from("a.txt.json"),
                "a.txt~2.json".into(),
                "a.txt.json".into()
            ]
        );
    }

    #[test]
    fn a_batch_plan_never_gives_two_inputs_one_output() {
        let f = |p: &str, rel: &str| {
            Ok(Input::File(InputFile {
                path: p.into(),
                rel: rel.into(),
            }))
        };
        let inputs = vec![
            f("d1/x.txt", "x.txt"),
            f("d2/x.txt", "x.txt"),
            f("d2/stdin.txt", "stdin.txt"),
            Ok(Input::Stdin),
            f("e/a", "a"),
            f("e/a.txt", "a.txt"),
            f("m/.wenshu-manifest.txt", ".wenshu-manifest.txt"),
        ];
        // Converted files keep their extension.
        let plan = OutputNames::new(&inputs, None, &[".wenshu-manifest.json"]);
        let names: Vec<PathBuf> = inputs
            .iter()
            .map(|i| plan.of(i.as_ref().unwrap()))
            .collect();
        assert_eq!(
            names,
            [
                PathBuf::from("x.txt"),
                "x.txt~2.txt".into(),
                "stdin.txt".into(),
                "stdin.txt~2.txt".into(),
                "a.txt".into(),
                "a.txt~2.txt".into(),
                ".wenshu-manifest.txt".into(),
            ]
        );
        // JSON documents: the manifest's name is reserved.
        let plan = OutputNames::new(&inputs, Some("json"), &[".wenshu-manifest.json"]);
        let json: std::collections::HashSet<PathBuf> = inputs
            .iter()
            .map(|i| plan.of(i.as_ref().unwrap()))
            .collect();
        assert_eq!(json.len(), inputs.len());
        assert!(!json.contains(Path::new(".wenshu-manifest.json")));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_kept_byte_for_byte() {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let rel = PathBuf::from(OsString::from_vec(b"bad\xff\xfename.txt".to_vec()));
        let f = InputFile {
            path: Path::new("x").join(&rel),
            rel,
        };
        let names = output_names(&[&f], "json");
        assert_eq!(names[0].as_os_str().as_bytes(), b"bad\xff\xfename.json");
    }

    #[test]
    fn default_selection_is_text_and_documents() {
        let s = Selection::new(&[]).unwrap();
        assert!(s.matches(Path::new("a/b.txt")));
        assert!(s.matches(Path::new("b.md")));
        assert!(s.matches(Path::new("b.DOCX")));
        assert!(s.matches(Path::new("a/b.htm")));
        assert!(s.matches(Path::new("b.ofd")));
        assert!(!s.matches(Path::new("b.json")));
        assert!(!s.matches(Path::new("b.doc")));
        let s = Selection::new(&["*.text".to_string()]).unwrap();
        assert!(s.matches(Path::new("a/b.text")));
        assert!(!s.matches(Path::new("a/b.txt")));
    }
}
