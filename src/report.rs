//! `wenshu report -o DIR` (and `extract --format html`): the batch through the
//! library's HTML site, and what a person is told about it.

use std::path::Path;

use anyhow::{bail, Context, Result};
use wenshu::error::FileError;
use wenshu::input::Input;
use wenshu::output::html::{site::PAGES_DIR, HtmlSite};
use wenshu::output::incremental::MANIFEST;
use wenshu::pipeline::{run_batch, Engine};

use crate::args::ExtractArgs;
use crate::extract::Reporting;
use crate::ui::{say, say_interrupted, EXIT_INTERRUPTED, EXIT_OK, EXIT_TROUBLE};

/// Write the report of `inputs` into `dir`; returns the exit code.
pub(crate) fn write_site(
    engine: &Engine,
    dir: &Path,
    inputs: Vec<Result<Input, FileError>>,
    tick: &mut dyn FnMut(usize),
    args: &ExtractArgs,
) -> Result<u8> {
    refuse_inputs_inside(dir, &inputs)?;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: cannot create the report folder", dir.display()))?;
    let title = args.title.clone().unwrap_or_else(|| {
        let paths: Vec<String> = args
            .batch
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        format!("wenshu report: {}", paths.join(", "))
    });
    let mut site = HtmlSite::new(
        dir.to_path_buf(),
        &inputs,
        title,
        &engine.options,
        args.incremental,
    );
    let total = inputs.len();
    let inputs = if args.incremental {
        if let Some(why) = site.fallback() {
            say(format_args!(
                "wenshu: note: {}: {}; every page is rendered",
                dir.join(MANIFEST).display(),
                why.reason()
            ));
        }
        let pending = site.pending(inputs);
        tick(total - pending.len());
        pending
    } else {
        inputs
    };
    let stats = run_batch(engine, inputs, &mut Reporting { inner: &mut site }, tick);
    let stats = match stats {
        Ok(s) => s,
        Err(e) => {
            // The pages written before the failure stay recorded.
            let _ = site.save_manifest();
            return Err(e.into());
        }
    };
    if stats.interrupted {
        site.save_manifest()?;
        say_interrupted(
            stats.documents,
            "page(s)",
            stats.errors,
            stats.skipped,
            " (the overview was not written)",
        );
        return Ok(EXIT_INTERRUPTED);
    }
    let written = site.finish()?;
    if !args.batch.quiet {
        let unchanged = if args.incremental {
            format!(", {} unchanged", written.unchanged)
        } else {
            String::new()
        };
        say(format_args!(
            "wenshu: report: {} page(s) written{unchanged}, {} input(s) failed; {:.1} MB written, the report is {:.1} MB: {}",
            written.pages,
            stats.errors,
            written.bytes as f64 / 1e6,
            written.total_bytes as f64 / 1e6,
            dir.join("index.html").display()
        ));
    }
    Ok(if stats.errors > 0 {
        EXIT_TROUBLE
    } else {
        EXIT_OK
    })
}

/// Inputs are never modified: a report folder that holds an input where a page
/// would go (`--glob '*.html'` over the report folder itself) is refused.
fn refuse_inputs_inside(dir: &Path, inputs: &[Result<Input, FileError>]) -> Result<()> {
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return Ok(());
    };
    for f in wenshu::input::files_of(inputs) {
        if let Ok(c) = std::fs::canonicalize(&f.path) {
            let html = c.extension().is_some_and(|e| e == "html");
            if html && (c.starts_with(dir.join(PAGES_DIR)) || c.parent() == Some(&dir)) {
                bail!(
                    "{}: an input inside the report folder could be replaced by a page; choose another -o (inputs are never modified)",
                    f.path.display()
                );
            }
        }
    }
    Ok(())
}
