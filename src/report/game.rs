//! The report of one finished game: its decisions beside Qinzong's with what followed and the
//! sources, its milestones against history, its key series charted against another game —
//! the one Qinzong's choices give on the same seed, or another line of the same game — its
//! casualties and chronicle, and the save that replays it.

use super::chart::{Chart, Line, Plot};
use super::document::{Document, Report};
use crate::lab::playout::historical_game;
use crate::save::SaveFile;
use crate::sim::chronicle::Chronicle;
use crate::sim::commands::CommandLog;
use crate::sim::lines::{BranchPoint, Lines};
use crate::sim::losses::{Losses, SideLosses};
use crate::sim::script::record::{LoadedScenario, Record};
use crate::sim::series::{Sample, Series};
use crate::words::debrief::{self, DecisionReview, Verdict};
use crate::words::{Locale, format_number};
use bevy::prelude::World;

/// The game a report draws its game against.
pub struct Beside<'a> {
    pub world: &'a World,
    pub kind: BesideKind,
}

pub enum BesideKind {
    /// Qinzong's choices, from the same seed.
    History,
    /// Another line of the same game, and where the two parted.
    Line(BranchPoint),
}

/// The save's game, replayed, beside the historical-policy game of the same seed (a scenario
/// without a historical track has nothing to draw the game against).
pub fn from_save(game: &World, save: &SaveFile, locale: &Locale) -> Report {
    let scenario = game.resource::<LoadedScenario>().0.clone();
    let history = historical_game(&scenario, save.seed, u32::MAX);
    let beside = history.as_ref().map(|h| Beside { world: h.world(), kind: BesideKind::History });
    report(game, beside.as_ref(), save, locale)
}

/// The save's line beside another line of the same game.
pub fn against_line(game: &World, other: &World, save: &SaveFile, locale: &Locale) -> Report {
    let point = parting_point(game, other);
    let beside = point.map(|p| Beside { world: other, kind: BesideKind::Line(p) });
    report(game, beside.as_ref(), save, locale)
}

/// Where two lines of a game part: the first decision settled otherwise, read from what each
/// recorded (whichever line branched from which). None if they never part.
fn parting_point(game: &World, other: &World) -> Option<BranchPoint> {
    let ours = &game.resource::<Record>().choices;
    let theirs = &other.resource::<Record>().choices;
    let i = (0..ours.len().min(theirs.len()))
        .find(|&i| (&ours[i].decision, &ours[i].option) != (&theirs[i].decision, &theirs[i].option))?;
    let (a, b) = (&ours[i], &theirs[i]);
    let was = if a.decision == b.decision { b.option.clone() } else { String::new() };
    let logs = (&game.resource::<CommandLog>().0, &other.resource::<CommandLog>().0);
    let shared = logs.0.iter().zip(logs.1).take_while(|(x, y)| x == y).count();
    let line = other.get_resource::<Lines>().map_or(String::new(), |l| l.current.clone());
    Some(BranchPoint { line, decision: a.decision.clone(), was, option: a.option.clone(), date: a.date, shared })
}

pub fn report(game: &World, beside: Option<&Beside>, save: &SaveFile, locale: &Locale) -> Report {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let def = &game.resource::<LoadedScenario>().def;
    let labels = Labels::new(game, beside, locale);
    let title = match beside.map(|b| &b.kind) {
        Some(BesideKind::Line(_)) => "report-lines-title",
        _ => "report-game-title",
    };
    let mut doc = Document::new(t(title, &[("scenario", def.title.clone())]));
    doc.paragraph(ending(game, locale, "report-game-ended", &labels.ours));
    if let Some(b) = beside {
        let key = match b.kind {
            BesideKind::History => "report-history-ended",
            BesideKind::Line(_) => "report-other-line-ended",
        };
        doc.paragraph(ending(b.world, locale, key, &labels.theirs));
    }
    if let Some(Beside { kind: BesideKind::Line(point), world }) = beside {
        parting(&mut doc, game, world, point, &labels, locale);
    }
    let other = beside.map(|b| b.world);
    let reviews = debrief::decisions(game, locale);
    decision_table(&mut doc, &reviews, locale);
    milestones(&mut doc, game, other, &labels, locale);
    let charts = charts(game, other, &labels, locale);
    doc.heading(2, t("report-charts-heading", &[]));
    let km = ("km", format_number(crate::sim::series::NEAR_CAPITAL_KM.into()));
    let explained = match beside.map(|b| &b.kind) {
        Some(BesideKind::Line(_)) => "report-charts-explained-lines",
        _ => "report-charts-explained",
    };
    let names = [km, ("ours", labels.ours_id.clone()), ("theirs", labels.theirs_id.clone())];
    doc.paragraph(t(explained, &names));
    for chart in &charts {
        doc.image(chart);
    }
    casualties(&mut doc, game, other, &labels, locale);
    decision_details(&mut doc, &reviews, locale);
    chronicle(&mut doc, game, locale);
    reproduce(&mut doc, save, locale);
    let mut files = vec![("series.csv".to_string(), series_csv(game, other, &labels))];
    files.push(("game.ron".to_string(), crate::save::to_text(save)));
    Report { document: doc, charts, files }
}

/// What the two games are called in the legends and the tables.
struct Labels {
    ours: String,
    theirs: String,
    /// The `line` column of series.csv.
    ours_id: String,
    theirs_id: String,
}

impl Labels {
    fn new(game: &World, beside: Option<&Beside>, locale: &Locale) -> Labels {
        let line =
            game.get_resource::<Lines>().map_or(crate::sim::lines::FIRST_LINE.to_string(), |l| l.current.clone());
        match beside.map(|b| &b.kind) {
            Some(BesideKind::Line(point)) => Labels {
                ours: locale.text("report-line-named", &[("line", line.clone())]),
                theirs: locale.text("report-line-named", &[("line", point.line.clone())]),
                ours_id: line,
                theirs_id: point.line.clone(),
            },
            _ => Labels {
                ours: locale.text("report-line-game", &[]),
                theirs: locale.text("report-line-history", &[]),
                ours_id: "game".into(),
                theirs_id: "historical_policy".into(),
            },
        }
    }

    /// "Song, this game".
    fn side(&self, side: &str, ours: bool, locale: &Locale) -> String {
        let line = if ours { &self.ours } else { &self.theirs };
        locale.text("report-line-side", &[("side", side.to_string()), ("line", line.clone())])
    }
}

/// Where two lines parted, and what each chronicle says from that day on.
fn parting(doc: &mut Document, game: &World, other: &World, point: &BranchPoint, labels: &Labels, locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let def = &game.resource::<LoadedScenario>().def;
    let decision = def.decisions.iter().find(|d| d.id == point.decision);
    let label = |option: &str| {
        decision
            .and_then(|d| d.options.iter().find(|o| o.id == option))
            .map_or(option.to_string(), |o| o.label.render(|_| false))
    };
    doc.heading(2, t("report-parting-heading", &[]));
    let args = [
        ("date", locale.date(point.date)),
        ("decision", decision.map_or(point.decision.clone(), |d| d.title.clone())),
        ("ours", labels.ours_id.clone()),
        ("option", label(&point.option)),
        ("theirs", labels.theirs_id.clone()),
        ("was", label(&point.was)),
    ];
    // Where the two lines came to different decisions at that point, the other line's choice
    // there is not one of this decision's options.
    let key = if point.was.is_empty() { "report-parting-elsewhere" } else { "report-parting" };
    doc.paragraph(t(key, &args));
    let told = |world: &World| -> Vec<String> {
        let entries = &world.resource::<Chronicle>().entries;
        entries
            .iter()
            .map(|e| locale.text("report-chronicle-line", &[("date", locale.date(e.date)), ("text", locale.entry(e))]))
            .collect()
    };
    let (ours, theirs) = (told(game), told(other));
    // The chronicles are the same up to the choice that parts them.
    let same = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    for (lines, name) in [(ours, &labels.ours), (theirs, &labels.theirs)] {
        doc.heading(3, t("report-parting-chronicle", &[("line", name.clone())]));
        doc.list(lines[same..].to_vec());
    }
}

/// "The game ended on 10 Feb 1126 after 30 turns: The Jin withdraw."
fn ending(world: &World, locale: &Locale, key: &str, line: &str) -> String {
    let record = world.resource::<Record>();
    let def = &world.resource::<LoadedScenario>().def;
    let clock = world.resource::<crate::sim::world::Clock>();
    let (outcome, date) = record.ended.clone().unwrap_or(("unfinished".into(), clock.date));
    let title = def.outcomes.iter().find(|o| o.id == outcome).map_or(String::new(), |o| o.title.clone());
    let args = [
        ("date", locale.date_with_era(date)),
        ("turns", (clock.turn - 1).to_string()),
        ("outcome", title),
        ("line", line.into()),
    ];
    locale.text(key, &args)
}

fn decision_table(doc: &mut Document, reviews: &[DecisionReview], locale: &Locale) {
    let t = |key: &str| locale.text(key, &[]);
    doc.heading(2, t("report-decisions-heading"));
    if reviews.is_empty() {
        doc.paragraph(t("report-no-decisions"));
        return;
    }
    let header = ["report-col-decision", "report-col-date", "report-col-yours", "report-col-qinzong"];
    let rows = reviews.iter().map(|r| decision_row(r, locale)).collect();
    doc.table(header.iter().map(|k| t(k)).collect(), rows);
}

/// Each decision in full: what followed it here, what historians say, what happened, sources.
fn decision_details(doc: &mut Document, reviews: &[DecisionReview], locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    if !reviews.is_empty() {
        doc.heading(2, t("report-details-heading", &[]));
    }
    for r in reviews {
        doc.heading(3, t("debrief-decision", &[("title", r.title.clone()), ("date", locale.date(r.date))]));
        if !r.followed.is_empty() {
            doc.paragraph(t("report-followed", &[]));
            doc.list(r.followed.clone());
        }
        if !r.chosen_note.is_empty() {
            doc.paragraph(t("report-your-road", &[("note", r.chosen_note.clone())]));
        }
        match &r.history {
            Verdict::AsInHistory { what_happened } | Verdict::Differs { what_happened, .. } => {
                doc.paragraph(t("report-in-history", &[("note", what_happened.clone())]))
            }
            Verdict::NotInHistory => doc.paragraph(t("debrief-not-in-history", &[])),
        }
        if !r.sources.is_empty() {
            doc.paragraph(t("report-sources", &[]));
            let cite = |s: &crate::scenario::schema::SourceDef| {
                if s.url.is_empty() {
                    s.title.clone()
                } else {
                    t("report-source", &[("title", s.title.clone()), ("url", s.url.clone())])
                }
            };
            doc.list(r.sources.iter().map(cite).collect());
        }
    }
}

fn decision_row(r: &DecisionReview, locale: &Locale) -> Vec<String> {
    let t = |key: &str| locale.text(key, &[]);
    let yours =
        if r.by_default { locale.text("report-by-default", &[("label", r.chosen.clone())]) } else { r.chosen.clone() };
    let qinzong = match &r.history {
        Verdict::AsInHistory { .. } => t("report-same-choice"),
        Verdict::Differs { qinzong, .. } => qinzong.clone(),
        Verdict::NotInHistory => t("report-never-arose"),
    };
    vec![r.title.clone(), locale.date(r.date), yours, qinzong]
}

fn milestones(doc: &mut Document, game: &World, history: Option<&World>, labels: &Labels, locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    let ours = debrief::milestones(game);
    let theirs = history.map(debrief::milestones).unwrap_or_default();
    doc.heading(2, t("report-milestones-heading", &[]));
    let never = t("report-not-reached", &[]);
    let day = |d: Option<crate::calendar::Date>| d.map_or(never.clone(), |d| locale.date(d));
    let rows = ours
        .iter()
        .map(|m| {
            let same_seed = theirs.iter().find(|x| x.id == m.id).and_then(|x| x.reached);
            let apart = m.days_from_history().map_or(String::new(), |d| debrief::days_apart(d, locale));
            vec![m.title.clone(), day(m.reached), day(same_seed), day(m.history), apart]
        })
        .collect();
    let mut header = vec![t("report-col-milestone", &[]), labels.ours.clone(), labels.theirs.clone()];
    header.extend(["report-col-history", "report-col-apart"].map(|k| t(k, &[])));
    doc.table(header, rows);
}

/// The key series, each with the game solid and the other dashed.
fn charts(game: &World, history: Option<&World>, labels: &Labels, locale: &Locale) -> Vec<Chart> {
    let t = |key: &str| locale.text(key, &[]);
    let ours = game.resource::<Series>();
    let theirs = history.map(|h| h.resource::<Series>());
    type Pick = fn(&Sample) -> f64;
    let line = |series: &Series, label: String, pick: Pick, colour: usize, dashed: bool| Line {
        label,
        points: series.points(pick),
        colour,
        dashed,
    };
    let one = |pick: Pick| vec![(labels.ours.clone(), labels.theirs.clone(), pick)];
    let sides = |song: Pick, jin: Pick| {
        vec![
            (labels.side("song", true, locale), labels.side("song", false, locale), song),
            (labels.side("jin", true, locale), labels.side("jin", false, locale), jin),
        ]
    };
    let per_cent = Some((0.0, 100.0));
    // Each chart: its file, its title, its scale and its figures (the legend of this game's
    // line, of Qinzong's, and the figure).
    let specs = [
        ("capital_morale.png", "report-chart-morale", per_cent, one(|s| s.capital_morale.into())),
        ("authority.png", "report-chart-authority", per_cent, one(|s| s.authority.into())),
        (
            "near_capital.png",
            "report-chart-near",
            None,
            sides(|s| s.song_near_capital.into(), |s| s.jin_near_capital.into()),
        ),
        ("treasury.png", "report-chart-treasury", None, one(|s| s.treasury)),
        ("grievance.png", "report-chart-grievance", per_cent, one(|s| s.grievance.into())),
        ("losses.png", "report-chart-losses", None, sides(|s| s.song_lost as f64, |s| s.jin_lost as f64)),
    ];
    specs
        .into_iter()
        .map(|(file, title, scale, figures)| {
            let mut lines = Vec::new();
            for (i, (game_label, history_label, pick)) in figures.into_iter().enumerate() {
                lines.push(line(ours, game_label, pick, i, false));
                if let Some(theirs) = theirs {
                    lines.push(line(theirs, history_label, pick, i, true));
                }
            }
            Chart { file: file.to_string(), title: t(title), plot: Plot::Lines { lines, scale } }
        })
        .collect()
}

fn casualties(doc: &mut Document, game: &World, history: Option<&World>, labels: &Labels, locale: &Locale) {
    let t = |key: &str| locale.text(key, &[]);
    doc.heading(2, t("report-casualties-heading"));
    let n = |x: u64| format_number(x as f64);
    let row = |label: String, l: &SideLosses| {
        vec![label, n(l.fighting), n(l.hardship), n(l.desertion), n(l.captured), n(l.total())]
    };
    let mut rows = Vec::new();
    for (world, ours) in [(Some(game), true), (history, false)] {
        let Some(world) = world else { continue };
        let losses = world.resource::<Losses>();
        rows.push(row(labels.side("song", ours, locale), &losses.song));
        rows.push(row(labels.side("jin", ours, locale), &losses.jin));
    }
    let header = [
        "report-col-line",
        "report-col-fighting",
        "report-col-hardship",
        "report-col-desertion",
        "report-col-captured",
        "report-col-total",
    ];
    doc.table(header.iter().map(|k| t(k)).collect(), rows);
}

fn chronicle(doc: &mut Document, game: &World, locale: &Locale) {
    doc.heading(2, locale.text("report-chronicle-heading", &[]));
    let lines = game
        .resource::<Chronicle>()
        .entries
        .iter()
        .map(|e| locale.text("report-chronicle-line", &[("date", locale.date(e.date)), ("text", locale.entry(e))]))
        .collect();
    doc.list(lines);
}

fn reproduce(doc: &mut Document, save: &SaveFile, locale: &Locale) {
    let t = |key: &str, args: &[(&str, String)]| locale.text(key, args);
    doc.heading(2, t("report-reproduce-heading", &[]));
    let args = [
        ("scenario", save.scenario.clone()),
        ("fingerprint", save.scenario_fingerprint.clone()),
        ("seed", save.seed.to_string()),
        ("commands", save.commands.len().to_string()),
    ];
    doc.paragraph(t("report-reproduce", &args));
    doc.code("jingkang play --load game.ron\njingkang export game.ron --out report");
}

/// One row a day of each game: `game` and `historical_policy`, or the two lines' names.
fn series_csv(game: &World, history: Option<&World>, labels: &Labels) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "line",
        "date",
        "capital_morale",
        "authority",
        "song_near_capital",
        "jin_near_capital",
        "treasury",
        "grievance",
        "song_lost",
        "jin_lost",
    ];
    let writes = "CSV writes to memory";
    w.write_record(header).expect(writes);
    for (line, world) in [(labels.ours_id.as_str(), Some(game)), (labels.theirs_id.as_str(), history)] {
        let Some(world) = world else { continue };
        for s in &world.resource::<Series>().0 {
            let row = [
                line.to_string(),
                s.date.to_string(),
                s.capital_morale.round().to_string(),
                s.authority.round().to_string(),
                s.song_near_capital.to_string(),
                s.jin_near_capital.to_string(),
                s.treasury.round().to_string(),
                s.grievance.round().to_string(),
                s.song_lost.to_string(),
                s.jin_lost.to_string(),
            ];
            w.write_record(&row).expect(writes);
        }
    }
    String::from_utf8(w.into_inner().expect(writes)).expect("the fields are UTF-8")
}
