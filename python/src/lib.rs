//! `wenshu._wenshu`: the compiled half of the Python package. Every function
//! releases the GIL while the library works; documents cross into Python as the
//! JSON the command writes (parsed by the `json` module), tables as typed columns
//! that `wenshu/__init__.py` turns into a `pyarrow.Table`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

use wenshu::check::{check_inputs, format, CheckConfig, Checker, Entry, Format, Report};
use wenshu::document::{PlaceholderKind, Region};
use wenshu::error::FileError;
use wenshu::input::{self, Input, InputFile, Selection};
use wenshu::normalize::Target;
use wenshu::output::rows::{self, ColumnType, Table, Value};
use wenshu::pipeline::{Engine, Options};

create_exception!(
    wenshu,
    InputError,
    PyOSError,
    "An input that could not be read or decoded. `path` names it, `code` says why \
     (`not_found`, `io`, `binary`, `too_large`, …), `str(e)` is the whole message."
);

/// The engine every call starts from: the dictionaries and converters are
/// loaded once per process and shared by every call and thread.
static BASE: OnceLock<Engine> = OnceLock::new();

fn base(py: Python<'_>) -> PyResult<&'static Engine> {
    if let Some(e) = BASE.get() {
        return Ok(e);
    }
    let engine = py
        .allow_threads(|| Engine::new(Options::default()))
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    // Another thread may have won the race; either engine is the same.
    let _ = BASE.set(engine);
    Ok(BASE.get().expect("set above"))
}

/// The options every extracting function takes, as Python passes them.
#[derive(Debug, Clone, Default)]
struct PyOptions {
    reference_date: Option<String>,
    to: Option<String>,
    tokens: bool,
    keywords: usize,
    include_text: bool,
    region: Option<String>,
    encoding: Option<String>,
    dicts: Vec<PathBuf>,
}

fn target(name: &str) -> PyResult<Target> {
    Ok(match name {
        "simplified" | "hans" | "zh-hans" | "s" => Target::Simplified,
        "traditional" | "hant" | "zh-hant" | "t" => Target::Traditional,
        "taiwan" | "tw" | "zh-tw" => Target::Taiwan,
        "hongkong" | "hk" | "zh-hk" => Target::Hongkong,
        other => {
            return Err(PyValueError::new_err(format!(
                "to={other:?}: choose simplified (hans), traditional (hant), taiwan (tw) or hongkong (hk)"
            )))
        }
    })
}

impl PyOptions {
    fn library(&self) -> PyResult<Options> {
        let reference_date = match &self.reference_date {
            Some(d) if !wenshu::pipeline::is_reference_date(d) => {
                return Err(PyValueError::new_err(format!(
                    "reference_date={d:?}: give an ISO date, YYYY-MM-DD, YYYY-MM or YYYY"
                )))
            }
            other => other.clone(),
        };
        let region = match self.region.as_deref() {
            None => None,
            Some("cn") => Some(Region::Cn),
            Some("tw") => Some(Region::Tw),
            Some("hk") => Some(Region::Hk),
            Some(other) => {
                return Err(PyValueError::new_err(format!(
                    "region={other:?}: choose cn, tw or hk"
                )))
            }
        };
        let encoding = match self.encoding.as_deref() {
            None => None,
            Some(label) => Some(wenshu::decode::encoding_for_label(label).ok_or_else(|| {
                PyValueError::new_err(format!(
                    "encoding={label:?}: use a WHATWG label such as utf-8, gb18030, gbk, big5, utf-16le"
                ))
            })?),
        };
        Ok(Options {
            encoding,
            to: self.to.as_deref().map(target).transpose()?,
            tokens: self.tokens,
            keywords: self.keywords,
            dicts: self.dicts.clone(),
            region,
            reference_date,
            text: self.include_text,
        })
    }

    fn engine(&self, py: Python<'_>) -> PyResult<Engine> {
        let options = self.library()?;
        let base = base(py)?;
        py.allow_threads(|| base.with_options(options))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

/// A failed input as a Python exception carrying its path and code.
fn input_error(py: Python<'_>, path: &str, code: &str, message: &str) -> PyErr {
    let err = InputError::new_err(message.to_string());
    let value = err.value(py);
    let _ = value.setattr("path", path);
    let _ = value.setattr("code", code);
    err
}

fn file_error(py: Python<'_>, e: &FileError) -> PyErr {
    let path = e.path().to_string_lossy();
    input_error(py, &path, e.code(), &format!("{path}: {}", e.reason()))
}

/// JSON text → Python objects, with the standard `json` module (the document's
/// shape is exactly the command's).
fn loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

fn to_json(v: &wenshu::Document) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

fn one_file(path: PathBuf) -> Input {
    let rel = path.file_name().map(PathBuf::from).unwrap_or_default();
    Input::File(InputFile { path, rel })
}

/// Files and folders → inputs, folders walked as the command walks them.
fn collect(paths: Vec<PathBuf>, globs: Vec<String>) -> PyResult<Vec<Result<Input, FileError>>> {
    let selection =
        Selection::new(&globs).map_err(|e| PyValueError::new_err(format!("glob: {e}")))?;
    Ok(input::collect(&paths, &selection))
}

/// `paths` may be one path or a list of them.
fn path_list(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(one) = paths.extract::<PathBuf>() {
        return Ok(vec![one]);
    }
    paths.try_iter()?.map(|p| p?.extract::<PathBuf>()).collect()
}

fn pool(jobs: Option<usize>) -> PyResult<rayon::ThreadPool> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .thread_name(|i| format!("wenshu-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start worker threads: {e}")))
}

#[allow(clippy::too_many_arguments)]
#[pyfunction]
#[pyo3(signature = (path=None, *, text=None, name=None, reference_date=None, to=None,
    tokens=false, keywords=0, include_text=false, region=None, encoding=None, dicts=Vec::new()))]
fn extract<'py>(
    py: Python<'py>,
    path: Option<PathBuf>,
    text: Option<String>,
    name: Option<String>,
    reference_date: Option<String>,
    to: Option<String>,
    tokens: bool,
    keywords: usize,
    include_text: bool,
    region: Option<String>,
    encoding: Option<String>,
    dicts: Vec<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = PyOptions {
        reference_date,
        to,
        tokens,
        keywords,
        include_text,
        region,
        encoding,
        dicts,
    };
    let engine = opts.engine(py)?;
    let json = match (path, text) {
        (Some(_), Some(_)) => {
            return Err(PyValueError::new_err(
                "give a path or text=, not both (name= names a text)",
            ))
        }
        (None, None) => {
            return Err(PyValueError::new_err(
                "give a path to read, or text= to analyse a string",
            ))
        }
        (None, Some(text)) => {
            let name = name.unwrap_or_else(|| "-".to_string());
            py.allow_threads(|| to_json(&engine.process_text(&name, &text)))?
        }
        (Some(path), None) => {
            let input = one_file(path);
            let doc = py.allow_threads(|| engine.process_input(&input));
            match doc {
                Ok(doc) => py.allow_threads(|| to_json(&doc))?,
                Err(e) => return Err(file_error(py, &e)),
            }
        }
    };
    loads(py, &json)
}

/// What a worker sends back for one input.
enum Item {
    /// The document's JSON.
    Document(String),
    /// A failed input: path, code, message (with the path).
    Failed(String, String, String),
}

fn failed(e: &FileError) -> Item {
    let path = e.path().to_string_lossy().into_owned();
    let message = format!("{path}: {}", e.reason());
    Item::Failed(path, e.code().to_string(), message)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Skip,
    Record,
}

fn on_error(s: &str) -> PyResult<OnError> {
    match s {
        "raise" => Ok(OnError::Raise),
        "skip" => Ok(OnError::Skip),
        "record" => Ok(OnError::Record),
        other => Err(PyValueError::new_err(format!(
            "errors={other:?}: choose raise, skip or record"
        ))),
    }
}

/// The documents of a batch, in input order, as they are done. A bounded window
/// of inputs is in flight and at most that many finished documents wait for
/// Python, so memory does not grow with the batch.
#[pyclass(module = "wenshu")]
struct Documents {
    rx: Option<Mutex<Receiver<Item>>>,
    stop: Arc<AtomicBool>,
    worker: Option<std::thread::JoinHandle<()>>,
    errors: OnError,
}

impl Documents {
    /// Stop the batch and wait for its thread; false when that thread panicked
    /// (the batch ended early: the caller must not take it for a whole one).
    fn close_inner(&mut self) -> bool {
        self.stop.store(true, Ordering::SeqCst);
        // Dropping the receiver makes the worker's next send fail: it stops.
        self.rx = None;
        match self.worker.take() {
            Some(w) => w.join().is_ok(),
            None => true,
        }
    }
}

#[pymethods]
impl Documents {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        loop {
            let Some(rx) = &self.rx else {
                return Ok(None);
            };
            let got = py.allow_threads(|| rx.lock().unwrap_or_else(|e| e.into_inner()).recv());
            let item = match got {
                Ok(item) => item,
                Err(_) => {
                    if py.allow_threads(|| self.close_inner()) {
                        return Ok(None);
                    }
                    return Err(PyRuntimeError::new_err(
                        "the batch stopped on an internal error; the documents after the last one yielded are missing",
                    ));
                }
            };
            match item {
                Item::Document(json) => return loads(py, &json).map(Some),
                Item::Failed(path, code, message) => match self.errors {
                    OnError::Raise => return Err(input_error(py, &path, &code, &message)),
                    OnError::Skip => continue,
                    OnError::Record => {
                        let record = serde_json::json!({
                            "source": {"path": path},
                            "error": {"code": code, "message": message},
                        });
                        return loads(py, &record.to_string()).map(Some);
                    }
                },
            }
        }
    }

    /// Stop the batch: inputs not started are not read.
    fn close(&mut self, py: Python<'_>) {
        py.allow_threads(|| {
            self.close_inner();
        });
    }

    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    #[pyo3(signature = (_exc_type=None, _exc=None, _tb=None))]
    fn __exit__(
        &mut self,
        py: Python<'_>,
        _exc_type: Option<PyObject>,
        _exc: Option<PyObject>,
        _tb: Option<PyObject>,
    ) {
        self.close(py);
    }
}

impl Drop for Documents {
    fn drop(&mut self) {
        let _ = self.close_inner();
    }
}

#[allow(clippy::too_many_arguments)]
#[pyfunction]
#[pyo3(signature = (paths, *, jobs=None, errors="raise", glob=Vec::new(), reference_date=None,
    to=None, tokens=false, keywords=0, include_text=false, region=None, encoding=None,
    dicts=Vec::new()))]
fn extract_many(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    errors: &str,
    glob: Vec<String>,
    reference_date: Option<String>,
    to: Option<String>,
    tokens: bool,
    keywords: usize,
    include_text: bool,
    region: Option<String>,
    encoding: Option<String>,
    dicts: Vec<PathBuf>,
) -> PyResult<Documents> {
    let errors = on_error(errors)?;
    let opts = PyOptions {
        reference_date,
        to,
        tokens,
        keywords,
        include_text,
        region,
        encoding,
        dicts,
    };
    let engine = opts.engine(py)?;
    let paths = path_list(paths)?;
    let inputs = py.allow_threads(|| collect(paths, glob))?;
    let pool = pool(jobs)?;
    let window = pool.current_num_threads().max(1) * 16;
    let (tx, rx) = sync_channel::<Item>(window);
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let worker = std::thread::Builder::new()
        .name("wenshu-batch".into())
        .spawn(move || {
            pool.install(|| {
                let _ = wenshu::batch::for_each_ordered(
                    &inputs,
                    window,
                    |item| {
                        if flag.load(Ordering::SeqCst) {
                            return None;
                        }
                        Some(match item {
                            Ok(input) => match engine.process_input(input) {
                                Ok(doc) => match serde_json::to_string(&doc) {
                                    Ok(json) => Item::Document(json),
                                    Err(e) => Item::Failed(
                                        doc.source.path.clone(),
                                        "output".into(),
                                        e.to_string(),
                                    ),
                                },
                                Err(e) => failed(&e),
                            },
                            Err(e) => failed(e),
                        })
                    },
                    |_, item| match item {
                        Some(item) => tx.send(item).map_err(|_| ()),
                        None => Err(()),
                    },
                );
            });
        })
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start the batch thread: {e}")))?;
    Ok(Documents {
        rx: Some(Mutex::new(rx)),
        stop,
        worker: Some(worker),
        errors,
    })
}

/// A cell owned, to outlive its document.
enum Owned {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// Days since 1970-01-01.
    Date(i32),
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
fn days_from_epoch(year: i32, month: u32, day: u32) -> i32 {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn own(v: Value<'_>, kind: ColumnType) -> Owned {
    match v {
        Value::Null => Owned::Null,
        Value::Text(s) => Owned::Text(s.into_owned()),
        Value::Int(n) if kind == ColumnType::Float => Owned::Float(n as f64),
        Value::Int(n) => Owned::Int(n),
        Value::Float(x) => Owned::Float(x),
        Value::Bool(b) => Owned::Bool(b),
        Value::Date { year, month, day } => {
            Owned::Date(days_from_epoch(year.into(), month.into(), day.into()))
        }
    }
}

fn failed_row(e: &FileError) -> (Item, Vec<Value<'static>>) {
    (failed(e), rows::error_row(e))
}

fn kind_name(k: ColumnType) -> &'static str {
    match k {
        ColumnType::Text => "text",
        ColumnType::Int => "int",
        ColumnType::Float => "float",
        ColumnType::Bool => "bool",
        ColumnType::Date => "date",
    }
}

/// One table of a batch as columns: `[(name, type, values)]`, for
/// `wenshu/__init__.py` to build a `pyarrow.Table` with the right types.
#[allow(clippy::too_many_arguments)]
#[pyfunction]
#[pyo3(signature = (table, paths, *, jobs=None, errors="raise", glob=Vec::new(),
    reference_date=None, to=None, keywords=0, include_text=false, region=None,
    encoding=None, dicts=Vec::new()))]
fn table_columns<'py>(
    py: Python<'py>,
    table: &str,
    paths: &Bound<'py, PyAny>,
    jobs: Option<usize>,
    errors: &str,
    glob: Vec<String>,
    reference_date: Option<String>,
    to: Option<String>,
    keywords: usize,
    include_text: bool,
    region: Option<String>,
    encoding: Option<String>,
    dicts: Vec<PathBuf>,
) -> PyResult<Bound<'py, PyList>> {
    let Some(which) = Table::from_name(table) else {
        return Err(PyValueError::new_err(format!(
            "table={table:?}: choose documents, articles, sections, facts, placeholders or keywords"
        )));
    };
    let errors = on_error(errors)?;
    let opts = PyOptions {
        reference_date,
        to,
        tokens: false,
        keywords,
        include_text: false,
        region,
        encoding,
        dicts,
    };
    let engine = opts.engine(py)?;
    let paths = path_list(paths)?;
    let inputs = py.allow_threads(|| collect(paths, glob))?;
    let pool = pool(jobs)?;
    let cols = rows::columns(which);
    let kinds: Vec<ColumnType> = cols.iter().map(|c| c.kind).collect();
    let keywords = keywords > 0;
    let result = py.allow_threads(|| {
        let mut columns: Vec<Vec<Owned>> = cols.iter().map(|_| Vec::new()).collect();
        let mut push = |row: Vec<Value<'_>>| {
            for ((col, v), k) in columns.iter_mut().zip(row).zip(&kinds) {
                col.push(own(v, *k));
            }
        };
        let mut first_error: Option<Item> = None;
        let window = pool.current_num_threads().max(1) * 16;
        pool.install(|| {
            wenshu::batch::for_each_ordered(
                &inputs,
                window,
                // `None`: the input's own error (a missing path), read in `consume`.
                |item| {
                    item.as_ref()
                        .ok()
                        .map(|input| engine.process_input_with_text(input, include_text))
                },
                |item, res| {
                    let error = match (item, res) {
                        (_, Some(Ok((doc, text)))) => {
                            let _ = rows::document_rows(
                                &doc,
                                text.as_deref().map(String::as_str),
                                keywords,
                                |t, row| {
                                    if t == which {
                                        push(row);
                                    }
                                    Ok::<_, ()>(())
                                },
                            );
                            return Ok::<_, ()>(());
                        }
                        (_, Some(Err(e))) => failed_row(&e),
                        (Err(e), None) => failed_row(e),
                        (Ok(_), None) => return Ok(()),
                    };
                    // A failed input has its row in `documents`, with the reason,
                    // as in the command's table.
                    if which == Table::Documents {
                        push(error.1);
                    }
                    if errors == OnError::Raise && first_error.is_none() {
                        first_error = Some(error.0);
                    }
                    Ok(())
                },
            )
        })
        .ok();
        (columns, first_error)
    });
    let (columns, first_error) = result;
    if let Some(Item::Failed(path, code, message)) = first_error {
        return Err(input_error(py, &path, &code, &message));
    }
    let out = PyList::empty(py);
    for ((c, k), values) in cols.iter().zip(&kinds).zip(columns) {
        let list = PyList::empty(py);
        for v in values {
            match v {
                Owned::Null => list.append(py.None())?,
                Owned::Text(s) => list.append(s)?,
                Owned::Int(n) => list.append(n)?,
                Owned::Float(x) => list.append(x)?,
                Owned::Bool(b) => list.append(b)?,
                Owned::Date(d) => list.append(d)?,
            }
        }
        out.append((c.name, kind_name(*k), list))?;
    }
    Ok(out)
}

/// Placeholder findings, as the records of `wenshu check --format json`.
#[pyfunction]
#[pyo3(signature = (paths=None, *, text=None, name=None, config=None, jobs=None, glob=Vec::new()))]
fn check<'py>(
    py: Python<'py>,
    paths: Option<&Bound<'py, PyAny>>,
    text: Option<String>,
    name: Option<String>,
    config: Option<PathBuf>,
    jobs: Option<usize>,
    glob: Vec<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let cwd = std::env::current_dir()
        .map_err(|e| PyOSError::new_err(format!("cannot read the current folder: {e}")))?;
    let cfg = CheckConfig::resolve(config.as_deref(), config.is_none(), &cwd)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let checker = Checker::new(&cfg).map_err(|e| PyValueError::new_err(e.to_string()))?;
    let entries = match (paths, text) {
        (Some(_), Some(_)) => {
            return Err(PyValueError::new_err(
                "give paths or text=, not both (name= names a text)",
            ))
        }
        (None, None) => {
            return Err(PyValueError::new_err(
                "give paths to check, or text= to check a string",
            ))
        }
        (None, Some(text)) => {
            let name = name.unwrap_or_else(|| "-".to_string());
            vec![Entry::File(
                py.allow_threads(|| checker.check_text(&name, &text)),
            )]
        }
        (Some(paths), None) => {
            let paths = path_list(paths)?;
            let pool = pool(jobs)?;
            py.allow_threads(|| {
                let inputs = collect(paths, glob)?;
                Ok::<_, PyErr>(pool.install(|| check_inputs(&checker, &inputs, &|| {})))
            })?
        }
    };
    if let Some(Entry::Error(e)) = entries.iter().find(|e| matches!(e, Entry::Error(_))) {
        let json = serde_json::to_value(e).unwrap_or_default();
        let code = json["code"].as_str().unwrap_or("io").to_string();
        return Err(input_error(
            py,
            &e.path,
            &code,
            &format!("{}: {}", e.path, e.message),
        ));
    }
    let report = Report {
        entries,
        excluded: 0,
        deny_warnings: false,
        levels: PlaceholderKind::ALL
            .iter()
            .map(|&k| (k, checker.detector.severity(k)))
            .collect(),
        config: cfg.path.as_ref().map(|p| p.display().to_string()),
    };
    let json = py.allow_threads(|| format::render(Format::Json, &report, true));
    let json = String::from_utf8(json).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    loads(py, &json)?.get_item("placeholders")
}

/// Convert between Simplified and Traditional Chinese (OpenCC's tables).
#[pyfunction]
#[pyo3(signature = (text, *, to="simplified"))]
fn convert(py: Python<'_>, text: String, to: &str) -> PyResult<String> {
    let target = target(to)?;
    let engine = base(py)?;
    Ok(py.allow_threads(|| engine.normalizer.convert(&text, target)))
}

#[pymodule]
fn _wenshu(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("InputError", m.py().get_type::<InputError>())?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(table_columns, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(convert, m)?)?;
    m.add_class::<Documents>()?;
    Ok(())
}
