//! The one way wenshu runs a batch: inputs in parallel on the rayon pool, a bounded
//! number in flight, results handed to the caller in input order (so output is the
//! same for any number of threads and memory does not grow with the batch), and a
//! stop flag checked between inputs. `extract` (through [`crate::pipeline::run_batch`]),
//! `convert` and `check` run on [`for_each_ordered`]; the JSON Lines record filter,
//! whose items arrive over time, on [`for_each_ordered_stream`], which the former is
//! built on.

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
    let mut rest = items.iter();
    for_each_ordered_stream(
        |_| rest.next().map_or(Next::End, Next::Item),
        window,
        |item: &&T| work(item),
        consume,
    )
}

/// What the source of a stream says when asked for its next item.
pub enum Next<T> {
    /// The next item.
    Item(T),
    /// Nothing yet (more may come).
    Wait,
    /// No more items.
    End,
}

/// [`for_each_ordered`] for items that arrive over time (records on a pipe).
/// `next(idle)` is asked for the next item whenever the window has room; `idle`
/// says nothing is in flight, so it may wait a little for one (and should return
/// [`Next::Wait`] after a short while, so that it can check a stop request). Each
/// result is handed to `consume` as soon as the results before it are: an answer
/// never waits for the next input.
pub fn for_each_ordered_stream<T, R, E>(
    mut next: impl FnMut(bool) -> Next<T>,
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(T, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let window = window.max(1);
    type Done<T, R> = (usize, std::thread::Result<(T, R)>);
    let (tx, rx) = std::sync::mpsc::channel::<Done<T, R>>();
    let work = &work;
    rayon::in_place_scope(|scope| {
        let spawn = |i: usize, item: T| {
            let tx = tx.clone();
            scope.spawn(move |_| {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let r = work(&item);
                    (item, r)
                }));
                let _ = tx.send((i, r));
            });
        };
        // Results that arrived before their turn, keyed by input index.
        let mut waiting: std::collections::BTreeMap<usize, (T, R)> = Default::default();
        let (mut started, mut done, mut ended) = (0, 0, false);
        loop {
            while !ended && started - done < window {
                match next(started == done) {
                    Next::Item(item) => {
                        spawn(started, item);
                        started += 1;
                    }
                    Next::Wait if started == done => {}
                    Next::Wait => break,
                    Next::End => ended = true,
                }
            }
            if started == done {
                // Nothing in flight: the source has ended.
                return Ok(());
            }
            let (i, r) = rx.recv().expect("a worker always reports back");
            match r {
                Ok(r) => {
                    waiting.insert(i, r);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
            while let Some((item, r)) = waiting.remove(&done) {
                consume(item, r)?;
                done += 1;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn results_come_in_input_order_whatever_the_window() {
        let items: Vec<u64> = (0..500).collect();
        for window in [1, 3, 64] {
            let mut seen = Vec::new();
            for_each_ordered(
                &items,
                window,
                |&x| {
                    // Uneven work, so that later items often finish first.
                    let spin = (x * 7919) % 5000;
                    (0..spin).fold(x, |a, b| a.wrapping_add(b)) - (0..spin).sum::<u64>()
                },
                |&x, r| {
                    seen.push((x, r));
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(seen, items.iter().map(|&x| (x, x)).collect::<Vec<_>>());
        }
    }

    /// A record on a pipe is answered before the next one arrives: the engine
    /// never waits for more input to hand over a finished result.
    #[test]
    fn a_stream_answers_before_its_next_item_arrives() {
        let consumed = AtomicUsize::new(0);
        let (mut sent, mut polls) = (0, 0);
        let mut out = Vec::new();
        for_each_ordered_stream(
            |_idle| {
                polls += 1;
                assert!(polls < 1_000_000, "the engine never answered");
                if sent == 3 {
                    Next::End
                } else if consumed.load(Ordering::SeqCst) == sent {
                    sent += 1;
                    Next::Item(sent - 1)
                } else {
                    Next::Wait
                }
            },
            8,
            |x| x * 10,
            |x, r| {
                out.push((x, r));
                consumed.fetch_add(1, Ordering::SeqCst);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(out, [(0, 0), (1, 10), (2, 20)]);
    }

    #[test]
    fn the_first_consumer_error_stops_the_batch() {
        let items: Vec<u32> = (0..100).collect();
        let mut seen = 0;
        let r = for_each_ordered(
            &items,
            4,
            |&x| x,
            |&x, _| {
                seen += 1;
                if x == 10 {
                    Err(x)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!((r, seen), (Err(10), 11));
    }
}
