//! The lab in the window: a class picks a decision, the number of games and the first seed;
//! each option of the decision is played that many times on the same seeds, Qinzong's
//! choices everywhere else (chance's where the scenario has none), on every core in the
//! background while the window stays live. It shows how often the capital fell under each
//! option, with 95% intervals, as bars and as words, the verdict of each option against
//! history's, and writes the report `jingkang explore --report` writes.

use super::locale::UiLocale;
use crate::lab::PolicyKind;
use crate::lab::explore::{Exploration, Plan, explore};
use crate::lab::stats::{Share, wilson};
use crate::scenario::Scenario;
use crate::sim::script::conditions::say;
use crate::sim::script::record::LoadedScenario;
use crate::words::Locale;
use crate::words::exploration::{casualties, dates_text, share_args, verdict};
use bevy::prelude::*;
use bevy_egui::egui;
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

/// Fewest and most games of each option the screen offers (the command line has no limit).
const RUNS: std::ops::RangeInclusive<usize> = 20..=5000;

#[derive(Resource)]
pub(super) struct LabScreen {
    pub open: bool,
    /// The decision whose options are played against each other.
    decision: Option<String>,
    runs: usize,
    first_seed: u64,
    running: Option<Running>,
    result: Option<Finished>,
    /// The base policy of the scenario it was read for (reading it loads a file: once, not
    /// every frame).
    base: Option<(Arc<Scenario>, Base)>,
}

impl Default for LabScreen {
    fn default() -> Self {
        LabScreen { open: false, decision: None, runs: 200, first_seed: 1, running: None, result: None, base: None }
    }
}

/// The policy every option is played under for the other decisions, with its name on the
/// command line: Qinzong's choices, or chance's where the scenario does not say what he chose.
#[derive(Clone)]
struct Base {
    name: &'static str,
    policy: PolicyKind,
}

/// An exploration being played on the other cores.
struct Running {
    done: Arc<AtomicUsize>,
    total: usize,
    handle: JoinHandle<Exploration>,
    request: Request,
}

/// What was asked, kept with the answer so the answer is never shown under other settings.
#[derive(Clone)]
struct Request {
    scenario: Arc<Scenario>,
    decision: String,
    runs: usize,
    first_seed: u64,
    base: &'static str,
}

impl Request {
    /// The command that plays the same games from the command line.
    fn command_line(&self) -> String {
        let (id, runs, seed) = (self.scenario.def.id.as_str(), self.runs.to_string(), self.first_seed.to_string());
        ["jingkang", "explore", id, "--policy", self.base, "--vary", &self.decision, "--runs", &runs, "--seed", &seed]
            .join(" ")
    }
}

struct Finished {
    exploration: Exploration,
    request: Request,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LabScreen>();
}

pub(super) fn show(ctx: &egui::Context, world: &mut World) {
    if !world.resource::<LabScreen>().open {
        return;
    }
    // Out of the world while it is drawn, so the world can be read for the words.
    let mut lab = std::mem::take(&mut *world.resource_mut::<LabScreen>());
    lab.collect_finished();
    let scenario = world.resource::<LoadedScenario>().0.clone();
    let locale = &world.non_send::<UiLocale>().0;
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let mut open = true;
    let mut start = false;
    let mut export = false;
    egui::Window::new(t("lab-title", &[])).open(&mut open).default_size([540.0, 640.0]).resizable(true).show(
        ctx,
        |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let base = lab.base(&scenario).name;
                let words = t(if base == "historical" { "lab-base-historical" } else { "lab-base-random" }, &[]);
                ui.label(t("lab-intro", &[("base", words)]));
                ui.add_enabled_ui(lab.running.is_none(), |ui| lab.settings(ui, &scenario, locale));
                match &lab.running {
                    Some(r) => {
                        let done = r.done.load(Ordering::Relaxed);
                        ui.add(egui::ProgressBar::new(done as f32 / r.total.max(1) as f32).show_percentage());
                        ui.label(t("lab-running", &[("done", done.to_string()), ("total", r.total.to_string())]));
                        // Keep drawing while the games are played, so the bar moves.
                        ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    }
                    None => start = lab.decision.is_some() && ui.button(t("lab-run", &[])).clicked(),
                }
                if let Some(f) = &lab.result {
                    ui.separator();
                    results(ui, world, f, locale);
                    export = ui.button(t("lab-export", &[])).clicked();
                }
            });
        },
    );
    let status = if start {
        lab.start(&scenario).err()
    } else if export {
        lab.result.as_ref().map(|f| write_report(f, locale))
    } else {
        None
    };
    lab.open = open;
    *world.resource_mut::<LabScreen>() = lab;
    if let Some(status) = status {
        world.resource_mut::<super::Session>().status = status;
    }
}

impl LabScreen {
    /// The decision, the number of games and the first seed.
    fn settings(&mut self, ui: &mut egui::Ui, scenario: &Scenario, locale: &Locale) {
        let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
        let title = |id: &str| scenario.def.decisions.iter().find(|d| d.id == id).map(|d| d.title.clone());
        if self.decision.as_deref().and_then(title).is_none() {
            self.decision = scenario.def.decisions.first().map(|d| d.id.clone());
        }
        let shown = self.decision.as_deref().and_then(title).unwrap_or_default();
        egui::Grid::new("lab-settings").num_columns(2).show(ui, |ui| {
            ui.label(t("lab-decision", &[]));
            egui::ComboBox::from_id_salt("lab-decision").selected_text(shown).width(300.0).show_ui(ui, |ui| {
                for d in &scenario.def.decisions {
                    ui.selectable_value(&mut self.decision, Some(d.id.clone()), &d.title);
                }
            });
            ui.end_row();
            ui.label(t("lab-runs", &[]));
            ui.add(egui::DragValue::new(&mut self.runs).range(RUNS).speed(10.0)).on_hover_text(t("lab-runs-help", &[]));
            ui.end_row();
            ui.label(t("lab-seed", &[]));
            ui.add(egui::DragValue::new(&mut self.first_seed).range(0..=u64::MAX / 2));
            ui.end_row();
        });
    }

    /// Starts the games on a thread of their own (which plays them on every core).
    fn start(&mut self, scenario: &Arc<Scenario>) -> Result<(), String> {
        let Some(decision) = self.decision.clone() else { return Ok(()) };
        let Base { name: base_name, policy: base } = self.base(scenario).clone();
        let mut plan =
            Plan::varying(scenario.clone(), &base, &decision, self.first_seed, self.runs).map_err(|d| d.to_string())?;
        // Qinzong's choice first: every other option is weighed against it.
        let historical = |id: &str| {
            scenario
                .def
                .decisions
                .iter()
                .find(|d| d.id == decision)
                .is_some_and(|d| d.options.iter().any(|o| o.id == id && o.historical))
        };
        if let Some(i) = plan.arms.iter().position(|(id, _)| historical(id)) {
            plan.arms[..=i].rotate_right(1);
        }
        let request = Request {
            scenario: scenario.clone(),
            decision,
            runs: self.runs,
            first_seed: self.first_seed,
            base: base_name,
        };
        let done = Arc::new(AtomicUsize::new(0));
        let counter = done.clone();
        let total = plan.runs * plan.arms.len();
        let handle = std::thread::spawn(move || {
            explore(&plan, &|| {
                counter.fetch_add(1, Ordering::Relaxed);
            })
        });
        self.running = Some(Running { done, total, handle, request });
        Ok(())
    }

    /// The base policy for `scenario`, read the first time it is asked for.
    fn base(&mut self, scenario: &Arc<Scenario>) -> &Base {
        if !self.base.as_ref().is_some_and(|(s, _)| Arc::ptr_eq(s, scenario)) {
            let base = match PolicyKind::resolve("historical", scenario) {
                Ok(policy) => Base { name: "historical", policy },
                Err(_) => Base { name: "random", policy: PolicyKind::Random },
            };
            self.base = Some((scenario.clone(), base));
        }
        &self.base.as_ref().expect("just read").1
    }

    fn collect_finished(&mut self) {
        if !self.running.as_ref().is_some_and(|r| r.handle.is_finished()) {
            return;
        }
        let running = self.running.take().expect("checked");
        self.result = running.handle.join().ok().map(|exploration| Finished { exploration, request: running.request });
    }
}

/// The bars, then each option in words, then the verdicts.
fn results(ui: &mut egui::Ui, world: &World, f: &Finished, locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let scenario = &f.request.scenario;
    let decision = scenario.def.decisions.iter().find(|d| d.id == f.request.decision);
    let label = |id: &str| {
        decision
            .and_then(|d| d.options.iter().find(|o| o.id == id))
            .map_or_else(|| id.to_string(), |o| say(world, &o.label))
    };
    let e = &f.exploration;
    let first = f.request.first_seed;
    let seeds = [
        ("runs", e.runs.to_string()),
        ("first", first.to_string()),
        ("last", (first + e.runs as u64).saturating_sub(1).to_string()),
    ];
    ui.strong(t("lab-results", &[("decision", decision.map(|d| d.title.clone()).unwrap_or_default())]));
    ui.label(t("lab-results-seeds", &seeds));
    shares_chart(ui, e, locale);
    for (i, arm) in e.arms.iter().enumerate() {
        ui.add_space(4.0);
        let historical =
            decision.and_then(|d| d.options.iter().find(|o| o.id == arm.label)).is_some_and(|o| o.historical);
        let args = [("number", (i + 1).to_string()), ("option", label(&arm.label))];
        let name = t(if historical { "lab-option-historical" } else { "lab-option" }, &args);
        ui.label(egui::RichText::new(name).strong());
        ui.label(t("explore-fallen", &share_args(&arm.capital_fallen)));
        if arm.capital_fall_date.is_some() {
            ui.label(t("explore-falls", &[("dates", dates_text(locale, &arm.capital_fall_date))]));
        }
        ui.label(t("explore-ends", &[("dates", dates_text(locale, &arm.end_date))]));
        for o in arm.outcomes.iter().filter(|o| o.share.count > 0) {
            let mut args = share_args(&o.share);
            args.push(("title", o.title.clone()));
            ui.label(t("explore-outcome", &args));
        }
        for line in casualties(arm, locale) {
            ui.label(line);
        }
    }
    if let Some(c) = e.comparisons.first() {
        ui.add_space(6.0);
        ui.strong(t("lab-verdicts", &[("baseline", label(&c.baseline))]));
    }
    for c in &e.comparisons {
        let mut c = c.clone();
        c.arm = label(&c.arm);
        c.baseline = label(&c.baseline);
        ui.label(verdict(&c, locale));
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new(t("lab-command", &[("command", f.request.command_line())])).small());
}

/// How often the capital fell, or the game ended in one outcome, under each option: a bar
/// each with its 95% interval, numbered as the options below (their names are too long for
/// the axis). The class picks the measure.
fn shares_chart(ui: &mut egui::Ui, e: &Exploration, locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let outcomes: Vec<(String, String)> = e
        .arms
        .iter()
        .flat_map(|a| a.outcomes.iter().map(|o| (o.id.clone(), o.title.clone())))
        .fold(Vec::new(), |mut seen, o| {
            if !seen.contains(&o) {
                seen.push(o);
            }
            seen
        });
    let id = ui.id().with("lab-measure");
    // 0: the capital fell; then each outcome reached in some game.
    let mut picked = ui.data_mut(|d| *d.get_temp_mut_or_default::<usize>(id)).min(outcomes.len());
    let name = |i: usize| if i == 0 { t("lab-measure-fell", &[]) } else { outcomes[i - 1].1.clone() };
    ui.horizontal(|ui| {
        ui.label(t("lab-measure", &[]));
        egui::ComboBox::from_id_salt(id).selected_text(name(picked)).width(300.0).show_ui(ui, |ui| {
            for i in 0..=outcomes.len() {
                ui.selectable_value(&mut picked, i, name(i));
            }
        });
    });
    ui.data_mut(|d| d.insert_temp(id, picked));
    let shares: Vec<Share> = e
        .arms
        .iter()
        .map(|a| match picked {
            0 => a.capital_fallen,
            i => a.outcomes.iter().find(|o| o.id == outcomes[i - 1].0).map_or_else(|| wilson(0, e.runs), |o| o.share),
        })
        .collect();
    let colour = egui::Color32::from_rgb(213, 94, 0);
    let bars: Vec<Bar> = shares
        .iter()
        .enumerate()
        .map(|(i, s)| Bar::new(i as f64 + 1.0, s.share * 100.0).width(0.6).fill(colour))
        .collect();
    let arms = e.arms.len() as f64;
    Plot::new("lab-shares")
        .height(180.0)
        .allow_scroll(false)
        .allow_drag(false)
        .include_y(0.0)
        // A little over 100, so a full bar's top and its whisker show.
        .include_y(104.0)
        .include_x(0.4)
        .include_x(arms + 0.6)
        .y_axis_label(t("lab-axis-share", &[]))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .x_axis_formatter(move |mark, _| {
            let n = mark.value.round();
            if (1.0..=arms).contains(&n) && (mark.value - n).abs() < 1e-6 { format!("{n:.0}") } else { String::new() }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(name(picked), bars).color(colour));
            for (i, s) in shares.iter().enumerate() {
                let x = i as f64 + 1.0;
                let whisker = vec![[x, s.low * 100.0], [x, s.high * 100.0]];
                plot.line(Line::new("", PlotPoints::from(whisker)).color(egui::Color32::BLACK).width(2.0));
            }
        });
}

/// Writes the exploration's report beside the saves; returns the status bar's line.
fn write_report(f: &Finished, locale: &Locale) -> String {
    let r = &f.request;
    let name = format!("{}-vary-{}-seed{}-runs{}", r.scenario.def.id, r.decision, r.first_seed, r.runs);
    let dir = super::export::report_dir(&name);
    let report = crate::report::exploration::report(&f.exploration, &r.scenario, &r.command_line(), locale);
    match crate::report::write(&report, &dir) {
        Ok(_) => locale.text("report-written", &[("path", dir.join("report.html").display().to_string())]),
        Err(e) => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The screen's games are the command line's: each option on the same seeds, Qinzong's
    /// choice first and the others weighed against it.
    #[test]
    fn the_lab_plays_every_option_with_qinzongs_first() {
        let scenario = Arc::new(crate::scenario::open("first_siege").expect("built in"));
        let mut lab =
            LabScreen { decision: Some("flee_or_stay".into()), runs: 20, first_seed: 3, ..Default::default() };
        lab.start(&scenario).expect("the decision exists");
        let total = lab.running.as_ref().expect("started").total;
        while lab.running.is_some() {
            std::thread::sleep(std::time::Duration::from_millis(20));
            lab.collect_finished();
        }
        let f = lab.result.expect("finished");
        let def = scenario.def.decisions.iter().find(|d| d.id == "flee_or_stay").unwrap();
        assert_eq!(total, 20 * def.options.len());
        assert_eq!(f.exploration.arms.len(), def.options.len());
        let historical = def.options.iter().find(|o| o.historical).unwrap();
        assert_eq!(f.exploration.arms[0].label, historical.id);
        assert!(f.exploration.comparisons.iter().all(|c| c.baseline == historical.id));
        assert_eq!(f.exploration.first_seed, 3);
        assert_eq!(
            f.request.command_line(),
            "jingkang explore first_siege --policy historical --vary flee_or_stay --runs 20 --seed 3"
        );
        // The same games as the command line's exploration.
        let base = PolicyKind::resolve("historical", &scenario).unwrap();
        let plan = Plan::varying(scenario.clone(), &base, "flee_or_stay", 3, 20).unwrap();
        let cli = explore(&plan, &|| {});
        let fell = |e: &Exploration, id: &str| e.arms.iter().find(|a| a.label == id).map(|a| a.capital_fallen.share);
        for o in &def.options {
            assert_eq!(fell(&f.exploration, &o.id), fell(&cli, &o.id), "{}", o.id);
        }
    }

    #[test]
    fn a_decision_the_scenario_lacks_is_refused_in_words() {
        let scenario = Arc::new(crate::scenario::open("first_siege").expect("built in"));
        let mut lab = LabScreen { decision: Some("flee_or_stya".into()), ..Default::default() };
        let error = lab.start(&scenario).unwrap_err();
        assert!(error.contains("flee_or_stay"), "{error}");
        assert!(lab.running.is_none());
    }
}
