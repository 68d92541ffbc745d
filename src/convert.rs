//! `wenshu convert`: whole files between Traditional and Simplified Chinese.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use wenshu::decode;
use wenshu::error::{FileError, OutputError};
use wenshu::input::{self, Input, Selection};
use wenshu::normalize::{Normalizer, Target};
use wenshu::output::atomic::write_atomic;

use crate::args::ConvertArgs;
use crate::ui::{
    build_pool, install_interrupt_handler, parse_encoding, report, same_file, say,
    EXIT_INTERRUPTED, EXIT_OK, EXIT_TROUBLE,
};

pub(crate) fn run_convert(args: ConvertArgs) -> Result<u8> {
    build_pool(args.batch.jobs)?;
    let encoding = parse_encoding(&args.batch.encoding)?;
    let selection = Selection::new(&args.batch.globs).context("invalid --glob pattern")?;
    let normalizer = Normalizer::new();
    let target = Target::from(args.to);
    let inputs = input::collect(&args.batch.paths, &selection);
    let to_stdout = args.output.as_os_str() == "-";
    let files = input::files_of(&inputs);
    let names: std::collections::HashMap<PathBuf, PathBuf> = files
        .iter()
        .map(|f| {
            let ext = f
                .rel
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_else(|| "txt".into());
            (f.path.clone(), f.rel.with_extension(ext))
        })
        .collect();
    install_interrupt_handler();
    use rayon::prelude::*;
    let results: Vec<Result<(Option<PathBuf>, String), FileError>> = inputs
        .par_iter()
        .map(|item| {
            if wenshu::pipeline::stop_requested() {
                // Not started (Ctrl-C): the loop below stops before this result.
                return Err(FileError::Walk {
                    path: PathBuf::new(),
                    message: String::new(),
                });
            }
            let input = match item {
                Ok(i) => i,
                Err(e) => {
                    return Err(FileError::Walk {
                        path: e.path().to_path_buf(),
                        message: e.reason(),
                    })
                }
            };
            let bytes = input.read()?;
            let decoded = decode::decode(&bytes, encoding).map_err(|e| FileError::Decode {
                path: input.display().into(),
                source: e,
            })?;
            let out = normalizer.convert(&decoded.text, target);
            let dest = match input {
                Input::File(f) => Some(names[&f.path].clone()),
                Input::Stdin => None,
            };
            Ok((dest, out))
        })
        .collect();
    let mut failed = 0;
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for (done, (item, r)) in inputs.iter().zip(results).enumerate() {
        if wenshu::pipeline::stop_requested() {
            say(format_args!(
                "wenshu: interrupted: {} input(s) not processed",
                inputs.len() - done
            ));
            return Ok(EXIT_INTERRUPTED);
        }
        match r {
            Ok((dest, text)) => {
                if to_stdout {
                    if let Err(e) = stdout.write_all(text.as_bytes()) {
                        if e.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(EXIT_OK);
                        }
                        return Err(e).context("standard output");
                    }
                } else {
                    let dest = args.output.join(dest.unwrap_or_else(|| "stdin.txt".into()));
                    let source = match item {
                        Ok(Input::File(f)) => f.path.clone(),
                        _ => PathBuf::from("-"),
                    };
                    // Inputs are never modified; one unwritable file does not stop the rest.
                    let written = if same_file(&dest, &source) {
                        Err(OutputError::Other(format!(
                            "{}: would replace its own input; choose another -o",
                            dest.display()
                        )))
                    } else {
                        write_atomic(&dest, text.as_bytes())
                    };
                    if let Err(e) = written {
                        if e.is_fatal() {
                            return Err(e.into());
                        }
                        failed += 1;
                        report(&FileError::Output {
                            path: source,
                            message: e.to_string(),
                        });
                    }
                }
            }
            Err(e) => {
                failed += 1;
                report(&e);
            }
        }
    }
    if let Err(e) = stdout.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e).context("standard output");
        }
    }
    Ok(if failed > 0 { EXIT_TROUBLE } else { EXIT_OK })
}
