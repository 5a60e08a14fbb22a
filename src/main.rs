/// The game allocates and frees many small things a turn (chronicle lines, paths, names);
/// mimalloc does that in a fraction of glibc's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    restore_sigpipe();
    jingkang::cli::run()
}

/// Rust ignores SIGPIPE, so printing into a closed pipe (`jingkang decisions … | head`)
/// panics; a command-line tool should stop quietly instead, as the shell expects.
#[cfg(unix)]
fn restore_sigpipe() {
    // SAFETY: called first thing in main, before any other thread exists; SIG_DFL is a valid
    // disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_sigpipe() {}
