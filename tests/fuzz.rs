//! The fuzz harness: mutants of every shipped data file, of the saves of played games and of
//! the committed corpus (`fuzz/corpus`), fed to the loaders a player's files reach (scenario,
//! library, policy, exercise, mod manifest, save), and every mutant that loads played out.
//! Passes when no input panics, none takes longer than [`SLOWEST`] and none makes the game
//! hold more than [`MOST_HELD`] bytes at once.
//!
//! `cargo test --test fuzz` runs [`DEFAULT_INPUTS`] inputs; `JINGKANG_FUZZ_INPUTS=1000000
//! cargo test --release --test fuzz -- --nocapture` runs a million and prints the figures.
//! `JINGKANG_FUZZ_SEED` picks another sequence of mutants (the default is fixed, so a run is
//! repeatable); `JINGKANG_FUZZ_CORPUS=1` adds each mutant that reached a message no earlier
//! input had to `fuzz/corpus/<target>/<seed>/`. An input that fails is written to
//! `fuzz/failures/`; `JINGKANG_FUZZ_ONE=<index>` runs that input alone and writes it there.

mod fuzzing;

use fuzzing::{Finding, Harness, Target};
use std::time::Duration;

/// Inputs per `cargo test` run: enough to cover every target and mutation in CI's time.
const DEFAULT_INPUTS: u64 = 3_000;
/// The longest an input may take to load and play.
const SLOWEST: Duration = Duration::from_secs(10);
/// The most the game may hold at once while it reads and plays one input.
const MOST_HELD: usize = 1024 * 1024 * 1024;

#[global_allocator]
static ALLOCATOR: fuzzing::memory::Counting = fuzzing::memory::Counting;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

#[test]
fn no_input_panics_hangs_or_fills_memory() {
    let inputs = env_number("JINGKANG_FUZZ_INPUTS", DEFAULT_INPUTS);
    let seed = env_number("JINGKANG_FUZZ_SEED", 1126);
    let keep_corpus = std::env::var_os("JINGKANG_FUZZ_CORPUS").is_some();
    let harness = Harness::new(env!("CARGO_MANIFEST_DIR").as_ref(), keep_corpus);
    let report = match std::env::var("JINGKANG_FUZZ_ONE").ok().and_then(|i| i.parse().ok()) {
        Some(index) => harness.run_one(index, seed, SLOWEST, MOST_HELD),
        None => harness.run(inputs, seed, SLOWEST, MOST_HELD),
    };
    println!("{report}");
    let failures: Vec<&Finding> = report.findings.iter().collect();
    assert!(failures.is_empty(), "{} inputs failed; they are in fuzz/failures/:\n{report}", failures.len());
    // Every target was reached, and some mutants of each file kind got as far as playing.
    if inputs >= DEFAULT_INPUTS && report.inputs > 1 {
        for target in Target::ALL {
            assert!(report.tried(target) > 0, "no input for {target:?}:\n{report}");
        }
        assert!(report.played > 0, "no mutant loaded and played:\n{report}");
    }
}
