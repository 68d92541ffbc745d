//! `wenshu extract --input-format jsonl`: the JSON Lines record filter.

use anyhow::{bail, Context};
use wenshu::pipeline::Engine;
use wenshu::stream::{run, Note};

use crate::args::{ExtractArgs, ExtractFormat};
use crate::ui::{is_broken_pipe, say, EXIT_OK, EXIT_TROUBLE};

/// `wenshu extract --input-format jsonl PATH...`: records from standard input (`-`)
/// or JSONL files, to standard output or the file named by `-o` (streamed, not atomic).
pub(crate) fn run_extract(engine: &Engine, args: &ExtractArgs) -> anyhow::Result<u8> {
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
    let quiet = args.batch.quiet;
    // Bad records are data (error records in the output): said unless --quiet.
    // An unreadable input is always said.
    let mut note = |n: Note<'_>| {
        if !quiet || matches!(n, Note::Unreadable { .. }) {
            say(format_args!("wenshu: {n}"));
        }
    };
    let result = match args.output.as_deref() {
        None => run(
            engine,
            &args.batch.paths,
            &mut std::io::stdout().lock(),
            "standard output",
            &mut note,
        ),
        Some(p) if p.as_os_str() == "-" => run(
            engine,
            &args.batch.paths,
            &mut std::io::stdout().lock(),
            "standard output",
            &mut note,
        ),
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create the output file", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            run(
                engine,
                &args.batch.paths,
                &mut w,
                &p.display().to_string(),
                &mut note,
            )
        }
    };
    match result {
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
