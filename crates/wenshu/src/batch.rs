//! The one way wenshu runs a batch: inputs in parallel on the rayon pool, a bounded
//! number in flight, results handed to the caller in input order (so output is the
//! same for any number of threads and memory does not grow with the batch), and a
//! stop flag checked between inputs. `extract` (through [`crate::pipeline::run_batch`]),
//! `convert` and `check` all run on [`for_each_ordered`].

use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

/// The process's stop request: set by the command line's Ctrl-C (SIGINT/SIGTERM)
/// handler, read by every batch between inputs.
static STOP: AtomicBool = AtomicBool::new(false);

/// Ask running batches to stop after the files in progress (signal-safe: it
/// only stores to an atomic).
pub fn request_stop() {
    STOP.store(true, Ordering::SeqCst);
}

/// Whether [`request_stop`] was called.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// The process's stop flag itself, for [`crate::pipeline::run_batch_with`] and
/// other loops that take a flag.
pub(crate) fn stop_flag() -> &'static AtomicBool {
    &STOP
}

/// How many inputs a batch keeps in flight per worker thread: enough to keep every
/// core busy, few enough that memory stays flat.
pub(crate) const WINDOW_PER_THREAD: usize = 16;

/// The window of a batch on the current pool.
pub fn window() -> usize {
    rayon::current_num_threads().max(1) * WINDOW_PER_THREAD
}

/// Map `work` over `items` on the rayon pool, at most `window` at a time, and
/// hand each result to `consume` on the calling thread, in input order. The first
/// error of `consume` stops new work (work in flight finishes) and is returned.
pub fn for_each_ordered<T, R, E>(
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(&T, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let window = window.max(1);
    if rayon::current_thread_index().is_some() {
        // Called from inside the pool: blocking this thread on a channel could
        // starve the pool, so fall back to windows processed with par_iter.
        for chunk in items.chunks(window) {
            let results: Vec<R> = chunk.par_iter().map(&work).collect();
            for (item, r) in chunk.iter().zip(results) {
                consume(item, r)?;
            }
        }
        return Ok(());
    }
    type Done<R> = (usize, std::thread::Result<R>);
    let (tx, rx) = std::sync::mpsc::channel::<Done<R>>();
    let work = &work;
    rayon::in_place_scope(|scope| {
        let spawn = |i: usize| {
            let tx = tx.clone();
            scope.spawn(move |_| {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&items[i])));
                let _ = tx.send((i, r));
            });
        };
        let mut started = 0;
        while started < items.len() && started < window {
            spawn(started);
            started += 1;
        }
        // Results that arrived before their turn, keyed by input index.
        let mut waiting: std::collections::BTreeMap<usize, R> = Default::default();
        let mut next = 0;
        while next < items.len() {
            let (i, r) = rx.recv().expect("a worker always reports back");
            match r {
                Ok(r) => {
                    waiting.insert(i, r);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
            while let Some(r) = waiting.remove(&next) {
                consume(&items[next], r)?;
                next += 1;
                if started < items.len() {
                    spawn(started);
                    started += 1;
                }
            }
        }
        Ok(())
    })
}
