//! `wenshu extract --input-format jsonl`: the JSON Lines record filter.

use anyhow::{bail, Context};
use wenshu::output::atomic::StreamFile;
use wenshu::pipeline::Engine;
use wenshu::stream::{run, Note, ReadPolicy};

use crate::args::{ExtractArgs, ExtractFormat};
use crate::ui::{
    install_interrupt_handler, is_broken_pipe, say, say_interrupted, EXIT_INTERRUPTED, EXIT_OK,
    EXIT_TROUBLE,
};

/// `wenshu extract --input-format jsonl PATH...`: records from standard input (`-`)
/// or JSONL files, to standard output or the file named by `-o` (streamed through a
/// temporary file renamed at the end). Ctrl-C or SIGTERM stops it, even while it
/// waits for input: exit 130.
pub(crate) fn run_extract(engine: &Engine, args: &ExtractArgs) -> anyhow::Result<u8> {
    install_interrupt_handler();
    if args.format.is_some_and(|f| f != ExtractFormat::Jsonl) {
        bail!("--input-format jsonl writes JSON Lines: use --format jsonl (or leave --format out)");
    }
    if let Some(dir) = args.batch.paths.iter().find(|p| p.is_dir()) {
        bail!(
            "{}: is a folder; --input-format jsonl reads JSON Lines files or - (standard input)",
            dir.display()
        );
    }
    if let Some(out) = args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        // Inputs are never modified: the output file must not be one of them.
        if let Some(p) = args
            .batch
            .paths
            .iter()
            .find(|p| crate::ui::same_file(p, out))
        {
            bail!(
                "{}: the output is one of the inputs; choose another -o (inputs are never modified)",
                p.display()
            );
        }
    }
    // Records name files only inside --root (default: the current folder).
    let root = match &args.root {
        Some(r) => r.clone(),
        None => std::env::current_dir().context("cannot read the current folder")?,
    };
    let policy = ReadPolicy::new(&root, args.batch.max_bytes)
        .with_context(|| format!("{}: --root must be an existing folder", root.display()))?;
    if !policy.root().is_dir() {
        bail!("{}: --root must be a folder", root.display());
    }
    let quiet = args.batch.quiet;
    // Bad records are data (error records in the output): said unless --quiet.
    // An unreadable input is always said.
    let mut note = |n: Note<'_>| {
        if !quiet || matches!(n, Note::Unreadable { .. }) {
            say(format_args!("wenshu: {n}"));
        }
    };
    let to_file = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let result = match to_file {
        None => run(
            engine,
            &args.batch.paths,
            &policy,
            &mut std::io::stdout().lock(),
            "standard output",
            &mut note,
        ),
        Some(p) => {
            // A temporary file renamed into place at the end (a device or a pipe is
            // written in place): an interrupted run leaves the previous file whole.
            let mut file = StreamFile::create(p)?;
            let r = run(
                engine,
                &args.batch.paths,
                &policy,
                &mut file,
                &p.display().to_string(),
                &mut note,
            );
            match r {
                Ok(stats) if !stats.interrupted => file.commit().map(|_| stats),
                r => r,
            }
        }
    };
    match result {
        Ok(stats) if stats.interrupted => {
            say_interrupted(
                stats.documents,
                "document(s)",
                stats.errors,
                stats.not_processed,
                if to_file.is_some() {
                    " (the rest of the input was not read; the output file was not written)"
                } else {
                    " (the rest of the input was not read)"
                },
            );
            Ok(EXIT_INTERRUPTED)
        }
        Ok(stats) => {
            if !quiet && stats.errors > 0 {
                say(format_args!(
                    "wenshu: {} line(s): {} document(s), {} error record(s)",
                    stats.lines, stats.documents, stats.errors
                ));
            }
            Ok(if stats.unreadable > 0 {
                EXIT_TROUBLE
            } else {
                EXIT_OK
            })
        }
        Err(e) if is_broken_pipe(&e) => Ok(EXIT_OK),
        Err(e) => Err(e.into()),
    }
}
