//! `wenshu convert`: whole files between Traditional and Simplified Chinese.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use wenshu::batch::{for_each_ordered, stop_requested, window};
use wenshu::error::FileError;
use wenshu::input::{self, Input, OutputNames, Selection};
use wenshu::normalize::{Normalizer, Target};
use wenshu::output::atomic::write_atomic;
use wenshu::output::incremental::{Incremental, MANIFEST};
use wenshu::pipeline::sha256_hex;

use crate::args::ConvertArgs;
use crate::ui::{
    build_pool, install_interrupt_handler, parse_encoding, progress_bar, report, same_file, say,
    say_interrupted, EXIT_INTERRUPTED, EXIT_OK, EXIT_TROUBLE,
};

pub(crate) fn run_convert(args: ConvertArgs) -> Result<u8> {
    install_interrupt_handler();
    build_pool(args.batch.jobs)?;
    let encoding = parse_encoding(&args.batch.encoding)?;
    let selection = Selection::new(&args.batch.globs)
        .context("invalid --glob pattern")?
        .with_max_bytes(args.batch.max_bytes);
    let normalizer = Normalizer::new();
    let target = Target::from(args.to);
    let (inputs, skipped) = input::collect_counting(&args.batch.paths, &selection);
    if let Some(s) = skipped.summary().filter(|_| !args.batch.quiet) {
        say(format_args!("wenshu: {s}"));
    }
    let to_stdout = args.output.as_os_str() == "-";
    if args.incremental && to_stdout {
        bail!("--incremental skips files whose output is up to date: give a folder with -o DIR");
    }
    // One naming plan for the whole batch, made before anything is written: inputs
    // that share a name get distinct outputs, and no output may replace an input.
    let names = OutputNames::new(&inputs, None, &[MANIFEST]);
    if !to_stdout {
        for f in input::files_of(&inputs) {
            let dest = args.output.join(names.of_path(&f.path).unwrap_or(&f.rel));
            if same_file(&dest, &f.path) {
                bail!(
                    "{}: the output would replace this input; choose another -o (inputs are never modified)",
                    f.path.display()
                );
            }
        }
    }
    let mut inc = args.incremental.then(|| {
        let fingerprint = sha256_hex(
            format!(
                "wenshu {} convert; to {:?}; encoding {:?}",
                env!("CARGO_PKG_VERSION"),
                target,
                encoding.map(|e| e.name())
            )
            .as_bytes(),
        );
        Incremental::open_with(&args.output, fingerprint, &inputs, &names)
    });
    let inputs = match &mut inc {
        Some(inc) => inc.pending(inputs),
        None => inputs,
    };
    let total = inputs.len();
    let pb = progress_bar(total, args.batch.quiet || to_stdout);
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut written, mut failed, mut done) = (0usize, 0usize, 0usize);
    let mut halted = false;
    // Converted in parallel, written in input order as each result's turn comes:
    // at most a window of files is held in memory, whatever the batch size.
    let outcome = for_each_ordered(
        &inputs,
        window(),
        |item| -> Option<Result<(String, String, u64), FileError>> {
            if stop_requested() {
                return None;
            }
            let input = match item {
                Ok(i) => i,
                Err(e) => {
                    return Some(Err(FileError::Walk {
                        path: e.path().to_path_buf(),
                        message: e.reason(),
                    }))
                }
            };
            Some((|| {
                let bytes = input.read()?;
                let name = match input {
                    Input::File(f) => Some(f.path.clone()),
                    Input::Stdin => None,
                };
                let decoded = wenshu::read::read(name.as_deref(), bytes.clone(), encoding)
                    .map_err(|e| FileError::Decode {
                        path: input.display().into(),
                        cause: e,
                    })?
                    .decoded;
                let sha = if args.incremental {
                    sha256_hex(&bytes)
                } else {
                    String::new()
                };
                Ok((
                    normalizer.convert(&decoded.text, target),
                    sha,
                    bytes.len() as u64,
                ))
            })())
        },
        |item, r| -> Result<()> {
            let Some(r) = r else {
                halted = true;
                return Ok(());
            };
            if halted {
                return Ok(());
            }
            done += 1;
            if let Some(pb) = &pb {
                pb.inc(1);
            }
            let (text, sha, bytes) = match r {
                Ok(x) => x,
                Err(e) => {
                    failed += 1;
                    report(&e);
                    if let Some(inc) = &mut inc {
                        inc.forget(e.path());
                    }
                    return Ok(());
                }
            };
            let Ok(input) = item else { return Ok(()) };
            if to_stdout {
                if let Err(e) = stdout.write_all(text.as_bytes()) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        halted = true;
                        return Ok(());
                    }
                    return Err(e).context("standard output");
                }
                written += 1;
                return Ok(());
            }
            let dest = args.output.join(names.of(input));
            // One unwritable file does not stop the rest.
            match write_atomic(&dest, text.as_bytes()) {
                Ok(()) => {
                    written += 1;
                    if let Some(inc) = &mut inc {
                        inc.record(input, sha, bytes);
                    }
                }
                Err(e) if e.is_fatal() => return Err(e.into()),
                Err(e) => {
                    failed += 1;
                    report(&FileError::Output {
                        path: match input {
                            Input::File(f) => f.path.clone(),
                            Input::Stdin => PathBuf::from("-"),
                        },
                        message: e.to_string(),
                    });
                }
            }
            Ok(())
        },
    );
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    // Whatever was written before a failure or an interrupt is recorded.
    let saved = inc.as_ref().map(|inc| inc.save());
    outcome?;
    if let Some(saved) = saved {
        saved?;
    }
    if let Err(e) = stdout.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e).context("standard output");
        }
    }
    let skipped = inc.as_ref().map_or(0, |i| i.counts.skipped);
    if stop_requested() && done < total {
        say_interrupted(written, "file(s)", failed, total - done, "");
        return Ok(EXIT_INTERRUPTED);
    }
    if !args.batch.quiet && !to_stdout {
        if args.incremental {
            say(format_args!(
                "wenshu: incremental: {written} written, {skipped} skipped (unchanged), {failed} failed"
            ));
        } else {
            say(format_args!(
                "wenshu: {written} file(s) written, {failed} input(s) failed"
            ));
        }
    }
    Ok(if failed > 0 { EXIT_TROUBLE } else { EXIT_OK })
}
