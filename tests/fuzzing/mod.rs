//! The fuzz harness's machinery: the seeds of each target, the loaders they are fed to, and
//! the report. See `tests/fuzz.rs`.

pub mod memory;
pub mod mutate;

use jingkang::lab::playout::play_out;
use jingkang::lab::policy::PolicyKind;
use jingkang::save::{self, Trust};
use jingkang::scenario::files::SourceText;
use jingkang::scenario::{self, Scenario, mods};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What a player's files reach: each kind of data file, and saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Scenario,
    Library,
    Policy,
    Exercise,
    Manifest,
    Save,
}

impl Target {
    pub const ALL: [Target; 6] =
        [Target::Scenario, Target::Library, Target::Policy, Target::Exercise, Target::Manifest, Target::Save];

    fn folder(self) -> &'static str {
        match self {
            Target::Scenario => "scenario",
            Target::Library => "library",
            Target::Policy => "policy",
            Target::Exercise => "exercise",
            Target::Manifest => "manifest",
            Target::Save => "save",
        }
    }

    /// How often an input is of this target, out of 100: the slow ones (a save replays a
    /// whole game) less often.
    fn weight(self) -> u32 {
        match self {
            Target::Scenario => 30,
            Target::Library => 20,
            Target::Policy => 20,
            Target::Exercise => 10,
            Target::Manifest => 15,
            Target::Save => 5,
        }
    }
}

/// A file to mutate: its text, and how a mutant of it is loaded.
struct Seed {
    target: Target,
    /// Unique among the seeds of its target: its corpus is `fuzz/corpus/<target>/<name>/`.
    name: String,
    text: String,
    /// Where a mutant is read from or written to: for a scenario, exercise or policy the
    /// path it is named by (its includes resolve beside it); for a library, its path in the
    /// copy of `scenarios/` and the scenario there that includes it.
    at: PathBuf,
    scenario: Option<Arc<Scenario>>,
    includer: Option<PathBuf>,
}

/// An input that failed, and how.
#[derive(Debug)]
pub struct Finding {
    pub target: Target,
    pub index: u64,
    pub what: String,
    pub file: PathBuf,
}

#[derive(Default)]
pub struct Report {
    pub inputs: u64,
    tried: BTreeMap<Target, u64>,
    pub loaded: u64,
    pub played: u64,
    messages: BTreeSet<String>,
    pub findings: Vec<Finding>,
    slowest: (Duration, Option<(Target, u64)>),
    pub peak_bytes: usize,
    peak_input: Option<(Target, u64)>,
    pub elapsed: Duration,
    pub corpus_added: u64,
}

impl Report {
    pub fn tried(&self, target: Target) -> u64 {
        self.tried.get(&target).copied().unwrap_or(0)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let per_second = self.inputs as f64 / self.elapsed.as_secs_f64().max(1e-9);
        writeln!(f, "fuzz: {} inputs in {:.1} s ({per_second:.0} a second)", self.inputs, self.elapsed.as_secs_f64())?;
        let tried: Vec<String> = self.tried.iter().map(|(t, n)| format!("{} {n}", t.folder())).collect();
        writeln!(f, "  by target: {}", tried.join(", "))?;
        writeln!(f, "  loaded {}, of which played to the end {}", self.loaded, self.played)?;
        writeln!(f, "  distinct messages: {}", self.messages.len())?;
        let (slowest, which) = &self.slowest;
        let which = which.map_or(String::new(), |(t, i)| format!(" ({} input {i})", t.folder()));
        writeln!(f, "  slowest input: {} ms{which}", slowest.as_millis())?;
        let which = self.peak_input.map_or(String::new(), |(t, i)| format!(" ({} input {i})", t.folder()));
        writeln!(f, "  most taken by one input: {} MB{which}", self.peak_bytes / (1024 * 1024))?;
        writeln!(f, "  added to the corpus: {}", self.corpus_added)?;
        writeln!(f, "  panics, hangs and memory blow-ups: {}", self.findings.len())?;
        for finding in &self.findings {
            writeln!(
                f,
                "    {:?} input {}: {} ({})",
                finding.target,
                finding.index,
                finding.what,
                finding.file.display()
            )?;
        }
        Ok(())
    }
}

pub struct Harness {
    root: PathBuf,
    seeds: Vec<Seed>,
    donors: Vec<String>,
    work: PathBuf,
    keep_corpus: bool,
}

/// The scenario each shipped library is played in.
const LIBRARIES: &[(&str, &str)] = &[
    ("common/northern_china_1126.ron", "first_siege.ron"),
    ("common/people.ron", "first_siege.ron"),
    ("common/sources.ron", "first_siege.ron"),
    ("start/accession.ron", "first_siege.ron"),
    ("chapters/first_siege.ron", "first_siege.ron"),
    ("chapters/interlude.ron", "campaign.ron"),
    ("chapters/second_siege.ron", "second_siege.ron"),
    ("chapters/end_of_reign.ron", "campaign.ron"),
];

impl Harness {
    pub fn new(root: &Path, keep_corpus: bool) -> Harness {
        let work = std::env::temp_dir().join(format!("jingkang-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&work);
        let mut seeds = Vec::new();
        let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let template = |name: &str| {
            read(&root.join("assets/templates").join(name)).replace("{{id}}", "river_town").replace("{{game}}", "0.1")
        };
        let scenarios = root.join("scenarios");
        let built_in = |id: &str| Arc::new(scenario::open(id).expect("built-in scenario loads"));
        for id in ["first_siege", "second_siege", "campaign"] {
            let at = scenarios.join(format!("{id}.ron"));
            let name = id.to_string();
            seeds.push(Seed { target: Target::Scenario, name, text: read(&at), at, scenario: None, includer: None });
        }
        let fixture = root.join("tests/fixtures/crossing.ron");
        let (name, text) = ("crossing".to_string(), read(&fixture));
        seeds.push(Seed { target: Target::Scenario, name, text, at: fixture, scenario: None, includer: None });
        let (name, text, at) = ("river_town".to_string(), template("scenario.ron"), scenarios.join("river_town.ron"));
        seeds.push(Seed { target: Target::Scenario, name, text, at, scenario: None, includer: None });
        for (library, includer) in LIBRARIES {
            seeds.push(Seed {
                target: Target::Library,
                name: library.trim_end_matches(".ron").replace('/', "_"),
                text: read(&scenarios.join(library)),
                at: PathBuf::from(library),
                scenario: None,
                includer: Some(PathBuf::from(includer)),
            });
        }
        for name in jingkang::scenario::files::BUILTIN_POLICIES {
            let at = scenarios.join("policies").join(format!("{name}.ron"));
            let id = ["first_siege", "second_siege", "campaign"].into_iter().find(|id| name.starts_with(id)).unwrap();
            let (name, text, scenario) = (name.to_string(), read(&at), Some(built_in(id)));
            seeds.push(Seed { target: Target::Policy, name, text, at, scenario, includer: None });
        }
        for name in jingkang::scenario::files::BUILTIN_EXERCISES {
            let at = root.join("exercises").join(format!("{name}.ron"));
            let (name, text) = (name.to_string(), read(&at));
            seeds.push(Seed { target: Target::Exercise, name, text, at, scenario: None, includer: None });
        }
        seeds.push(Seed {
            target: Target::Manifest,
            name: "template".into(),
            text: template("mod.ron"),
            at: PathBuf::from("mod.ron"),
            scenario: None,
            includer: None,
        });
        for (id, seed) in [("first_siege", 1), ("second_siege", 2), ("campaign", 3)] {
            let (_, sim) = play_out(built_in(id), seed, &PolicyKind::Random);
            let text = save::to_text(&save::snapshot(&sim, id, seed));
            let (name, at) = (id.to_string(), PathBuf::from("save.ron"));
            seeds.push(Seed { target: Target::Save, name, text, at, scenario: None, includer: None });
        }
        for folder in std::fs::read_dir(root.join("mods")).into_iter().flatten().flatten().map(|e| e.path()) {
            if let Ok(text) = std::fs::read_to_string(folder.join("mod.ron")) {
                let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
                let at = PathBuf::from("mod.ron");
                seeds.push(Seed { target: Target::Manifest, name, text, at, scenario: None, includer: None });
            }
        }
        // The committed corpus: mutants of each seed that reached messages no earlier input had.
        let corpus: Vec<Seed> = seeds
            .iter()
            .flat_map(|seed| {
                let folder = root.join("fuzz/corpus").join(seed.target.folder()).join(&seed.name);
                let files = std::fs::read_dir(folder).into_iter().flatten().flatten().map(|e| e.path());
                files
                    .filter_map(|f| std::fs::read_to_string(f).ok())
                    .map(|text| seed.with_text(text))
                    .collect::<Vec<_>>()
            })
            .collect();
        seeds.extend(corpus);
        let donors = seeds.iter().map(|s| s.text.clone()).collect();
        Harness { root: root.to_path_buf(), seeds, donors, work, keep_corpus }
    }

    /// Feeds `inputs` mutants to the loaders on two threads, input `i` drawn from a generator
    /// seeded with `seed` and `i` (so a failing input can be made again alone).
    pub fn run(&self, inputs: u64, seed: u64, slowest: Duration, most_held: usize) -> Report {
        self.run_some(0..inputs, seed, slowest, most_held, false)
    }

    /// Input `index` alone, kept in `fuzz/failures/` whatever it does: to look at one again.
    pub fn run_one(&self, index: u64, seed: u64, slowest: Duration, most_held: usize) -> Report {
        self.run_some(index..index + 1, seed, slowest, most_held, true)
    }

    fn run_some(
        &self,
        inputs: std::ops::Range<u64>,
        seed: u64,
        slowest: Duration,
        most_held: usize,
        keep: bool,
    ) -> Report {
        let report = Mutex::new(Report::default());
        let started = Instant::now();
        let donors: Vec<&str> = self.donors.iter().map(String::as_str).collect();
        let previous_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| {
            let message = info.payload().downcast_ref::<&str>().map(|s| s.to_string());
            let message = message.or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
            let place = info.location().map_or(String::new(), |l| format!(" at {l}"));
            PANIC.with(|p| *p.borrow_mut() = format!("{message}{place}"));
        }));
        std::thread::scope(|scope| {
            for worker in 0..2u64 {
                let (report, donors, inputs) = (&report, &donors, inputs.clone());
                scope.spawn(move || {
                    let mut world = Workspace::new(&self.root, &self.work.join(format!("w{worker}")));
                    for index in inputs.filter(|i| i % 2 == worker) {
                        let mut rng = mutate::rng(seed.wrapping_mul(1_000_003).wrapping_add(index));
                        // The first inputs are the seeds and the corpus as they are: the
                        // regressions are tried first, every run.
                        let (seed, input) = match self.seeds.get(index as usize) {
                            Some(seed) => (seed, seed.text.clone()),
                            None => {
                                let seed = self.pick(&mut rng);
                                (seed, mutate::mutate(&seed.text, donors, &mut rng))
                            }
                        };
                        if keep {
                            self.keep_failure(seed.target, index, &input);
                        }
                        memory::reset_peak();
                        let began = Instant::now();
                        let outcome = catch_unwind(AssertUnwindSafe(|| world.feed(seed, &input)));
                        let took = began.elapsed();
                        // What reading and playing it took on this thread, above what it held before.
                        let held = memory::peak();
                        let mut r = report.lock().unwrap();
                        r.inputs += 1;
                        *r.tried.entry(seed.target).or_default() += 1;
                        if held > r.peak_bytes {
                            (r.peak_bytes, r.peak_input) = (held, Some((seed.target, index)));
                        }
                        if took > r.slowest.0 {
                            r.slowest = (took, Some((seed.target, index)));
                        }
                        let failed = match &outcome {
                            Err(_) => Some(format!("panicked: {}", PANIC.with(|p| p.borrow().clone()))),
                            Ok(_) if took > slowest => Some(format!("took {} ms", took.as_millis())),
                            Ok(_) if held > most_held => Some(format!("held {} MB", held / (1024 * 1024))),
                            Ok(_) => None,
                        };
                        if let Some(what) = failed {
                            let file = self.keep_failure(seed.target, index, &input);
                            r.findings.push(Finding { target: seed.target, index, what, file });
                            continue;
                        }
                        let Ok(fed) = outcome else { continue };
                        r.loaded += u64::from(fed.loaded);
                        r.played += u64::from(fed.played);
                        if let Some(shape) = fed.message.map(|m| shape_of(&m))
                            && r.messages.insert(format!("{}: {shape}", seed.target.folder()))
                            && self.keep_corpus
                            && input.len() < 8_000
                            && self.keep_in_corpus(seed, &input)
                        {
                            r.corpus_added += 1;
                        }
                    }
                });
            }
        });
        std::panic::set_hook(previous_hook);
        let _ = std::fs::remove_dir_all(&self.work);
        let mut report = report.into_inner().unwrap();
        report.elapsed = started.elapsed();
        report.findings.sort_by_key(|f| f.index);
        report
    }

    /// A seed drawn by its target's weight, then uniformly among the target's seeds.
    fn pick(&self, rng: &mut mutate::Rng) -> &Seed {
        use rand::RngExt;
        let mut roll = rng.random_range(0..100);
        let target = Target::ALL
            .into_iter()
            .find(|t| {
                let hit = roll < t.weight();
                roll = roll.saturating_sub(t.weight());
                hit
            })
            .unwrap_or(Target::Scenario);
        let of_target: Vec<&Seed> = self.seeds.iter().filter(|s| s.target == target).collect();
        of_target[rng.random_range(0..of_target.len())]
    }

    fn keep_failure(&self, target: Target, index: u64, input: &str) -> PathBuf {
        let dir = self.root.join("fuzz/failures");
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join(format!("{}-{index}.ron", target.folder()));
        let _ = std::fs::write(&file, input);
        file
    }

    fn keep_in_corpus(&self, seed: &Seed, input: &str) -> bool {
        let dir = self.root.join("fuzz/corpus").join(seed.target.folder()).join(&seed.name);
        let _ = std::fs::create_dir_all(&dir);
        let name = format!("{:016x}.ron", fnv(input));
        std::fs::write(dir.join(name), input).is_ok()
    }
}

impl Seed {
    /// A seed of the same kind and place with another text (a corpus file's).
    fn with_text(&self, text: String) -> Seed {
        Seed {
            target: self.target,
            name: self.name.clone(),
            text,
            at: self.at.clone(),
            scenario: self.scenario.clone(),
            includer: self.includer.clone(),
        }
    }
}

thread_local! {
    static PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// What feeding one input did.
#[derive(Default)]
pub struct Fed {
    loaded: bool,
    played: bool,
    /// The first message it got, if it was refused.
    message: Option<String>,
}

/// A worker's own copy of the scenarios folder (libraries are mutated in it) and its folder
/// for mods and saves.
struct Workspace {
    scenarios: PathBuf,
    scratch: PathBuf,
}

impl Workspace {
    fn new(root: &Path, dir: &Path) -> Workspace {
        let scenarios = dir.join("scenarios");
        copy_tree(&root.join("scenarios"), &scenarios);
        let scratch = dir.join("scratch");
        std::fs::create_dir_all(scratch.join("policies")).unwrap();
        let template = |name: &str| {
            std::fs::read_to_string(root.join("assets/templates").join(name))
                .unwrap()
                .replace("{{id}}", "river_town")
                .replace("{{game}}", "0.1")
        };
        std::fs::write(scratch.join("river_town.ron"), template("scenario.ron")).unwrap();
        std::fs::write(scratch.join("policies/river_town_historical.ron"), template("historical.ron")).unwrap();
        Workspace { scenarios, scratch }
    }

    fn feed(&mut self, seed: &Seed, input: &str) -> Fed {
        let refused =
            |d: scenario::Diagnostics| Fed { message: d.0.first().map(|d| d.message.clone()), ..Fed::default() };
        match seed.target {
            Target::Scenario => {
                match scenario::load_scenario(SourceText::in_memory(seed.at.display().to_string(), input)) {
                    Ok(s) => played(Arc::new(s)),
                    Err(d) => refused(d),
                }
            }
            Target::Library => {
                let file = self.scenarios.join(&seed.at);
                std::fs::write(&file, input).unwrap();
                let includer = self.scenarios.join(seed.includer.as_ref().unwrap());
                let fed = match scenario::open(&includer.display().to_string()) {
                    Ok(s) => played(Arc::new(s)),
                    Err(d) => refused(d),
                };
                std::fs::write(&file, &seed.text).unwrap();
                fed
            }
            Target::Policy => {
                let file = SourceText::in_memory(seed.at.display().to_string(), input);
                match scenario::load_policy(file, seed.scenario.as_ref().unwrap()) {
                    Ok(_) => Fed { loaded: true, ..Fed::default() },
                    Err(d) => refused(d),
                }
            }
            Target::Exercise => {
                match scenario::load_exercise(SourceText::in_memory(seed.at.display().to_string(), input)) {
                    Ok(_) => Fed { loaded: true, ..Fed::default() },
                    Err(d) => refused(d),
                }
            }
            Target::Manifest => {
                std::fs::write(self.scratch.join("mod.ron"), input).unwrap();
                let found = mods::open(&self.scratch);
                let message = found.problems().first().map(|d| d.message.clone());
                Fed { loaded: matches!(found, mods::Found::Mod { .. }), played: false, message }
            }
            Target::Save => {
                let file = self.scratch.join("save.ron");
                std::fs::write(&file, input).unwrap();
                match save::load_with(&file, Trust::Anyway) {
                    Ok(_) => Fed { loaded: true, ..Fed::default() },
                    Err(e) => Fed { message: Some(e.to_string()), ..Fed::default() },
                }
            }
        }
    }
}

/// A loaded mutant played to its end with random choices.
fn played(scenario: Arc<Scenario>) -> Fed {
    let (result, _) = play_out(scenario, 1, &PolicyKind::Random);
    Fed { loaded: true, played: result.turns > 0, message: None }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// A message with its particulars (ids, numbers, positions) taken out: its kind.
fn shape_of(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '`' => {
                quoted = !quoted;
                if quoted {
                    out.push('_');
                }
            }
            _ if quoted => {}
            c if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            c => out.push(c),
        }
    }
    out.chars().take(120).collect()
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}
