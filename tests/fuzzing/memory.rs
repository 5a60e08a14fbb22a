//! A global allocator that counts the bytes held, and the most held since the last reset,
//! so the harness can tell an input that makes the game hold gigabytes. Counted for the
//! whole process and for each thread: the two workers' inputs are told apart by their
//! thread (what a thread frees of another's counts against it).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's allocations less its frees, and the most of that since the reset.
    static MINE: Cell<isize> = const { Cell::new(0) };
    static MY_PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // `try_with`: a thread being torn down has no counters left; its frees are not counted.
    let _ = MINE.try_with(|mine| {
        let now = mine.get() + bytes;
        mine.set(now);
        let _ = MY_PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

/// Past this the allocator refuses (the process stops with an allocation error) rather than
/// let a runaway input take the machine down; the harness's own limit is well below it.
const REFUSE_ABOVE: usize = 8 * 1024 * 1024 * 1024;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        if held > REFUSE_ABOVE {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        count(layout.size() as isize);
        // SAFETY: the layout is the caller's, passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        count(-(layout.size() as isize));
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let grown = new_size - layout.size();
            let held = HELD.fetch_add(grown, Ordering::Relaxed) + grown;
            if held > REFUSE_ABOVE {
                HELD.fetch_sub(grown, Ordering::Relaxed);
                return std::ptr::null_mut();
            }
            count(grown as isize);
        } else {
            HELD.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            count(-((layout.size() - new_size) as isize));
        }
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

thread_local! {
    static AT_RESET: Cell<isize> = const { Cell::new(0) };
}

/// The most this thread has held since the last [`reset_peak`], above what it held then.
pub fn peak() -> usize {
    (MY_PEAK.with(Cell::get) - AT_RESET.with(Cell::get)).max(0) as usize
}

/// Starts this thread's count of the most held again from what it holds now.
pub fn reset_peak() {
    let mine = MINE.with(Cell::get);
    AT_RESET.with(|a| a.set(mine));
    MY_PEAK.with(|p| p.set(mine));
}
