//! `cargo bench`: the same measurement as `jingkang bench` (built with the release profile):
//! playouts of each built-in scenario against setting its world up, in the same run.

fn main() {
    let runs = std::env::var("JINGKANG_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let figures = jingkang::lab::bench::measure(runs, jingkang::lab::bench::SETUPS).expect("built-in scenarios load");
    for line in jingkang::words::bench::report(&figures, &jingkang::words::Locale::english()) {
        println!("{line}");
    }
}
