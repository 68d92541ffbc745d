//! Memory held by a big text's analysis, handed back to the system when freed.

/// Texts from this size on give back the memory of their candidates while
/// their facts are made (see [`release_freed`]).
pub(crate) const TRIM_FROM: usize = 16 << 20;

/// Give the pages the allocator holds free back to the system. glibc keeps
/// freed small blocks for reuse and never returns those below the top of its
/// heap: after a big text's candidates (hundreds of megabytes, freed a stretch
/// at a time while its facts are made) that would stay resident beside the
/// document until the process ends.
pub(crate) fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns whole free pages of the allocator's own
    // heaps to the system; no live allocation is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}
