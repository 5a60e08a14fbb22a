//! `cargo bench`: the same measurement as `jingkang bench` (built with the release profile).

fn main() {
    let runs = std::env::var("JINGKANG_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    for line in jingkang::lab::bench::measure(runs).expect("built-in scenarios load") {
        println!("{line}");
    }
}
