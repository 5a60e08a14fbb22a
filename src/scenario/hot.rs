//! What of an edited scenario may change in a game already under way: the words of what it
//! already has (titles, texts, labels, history notes), matched by id, and the rule numbers
//! the rules read every day. Everything else waits for a new game: the running world was
//! built from the old file, and an army, a route or an effect added to it now would make a
//! game that the chronicle so far does not belong to.

use super::rules::Rules;
use super::schema::ScenarioFile;
use super::text::Text;

/// A rule number the edit changes.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleChange {
    pub group: &'static str,
    pub name: &'static str,
    pub was: f64,
    pub now: f64,
}

/// An edited scenario, set against the one a game is playing.
#[derive(Clone, Debug)]
pub struct Edit {
    /// The scenario the game plays on from now: the old one with the new words and numbers.
    pub def: ScenarioFile,
    /// Words changed in place.
    pub texts: usize,
    /// Texts whose conditions changed with their words: they wait for a new game, as a
    /// condition may name what the running game does not have.
    pub texts_later: usize,
    /// Rule numbers that apply from now.
    pub rules: Vec<RuleChange>,
    /// Rule numbers read only when a game begins ([`Rules::READ_AT_START`]).
    pub rules_later: Vec<RuleChange>,
    /// Whether anything else differs (armies, routes, events, effects...): it waits for a new game.
    pub rest_changed: bool,
}

impl Edit {
    /// Whether the game under way changes at all.
    pub fn applies_now(&self) -> bool {
        self.texts > 0 || !self.rules.is_empty()
    }
}

/// What of `new` the game begun on `old` takes on now.
pub fn edit(old: &ScenarioFile, new: &ScenarioFile) -> Edit {
    let mut def = old.clone();
    let mut words = Words::default();
    copy_words(&mut def, new, &mut words);
    let (rules, rules_later) = rule_changes(&old.rules, &new.rules);
    def.rules = new.rules.clone().keeping_start_numbers(&old.rules);
    let mut all_new = def.clone();
    all_new.rules = new.rules.clone();
    // Debug output covers every field of the data: a plain way to tell whether anything
    // besides the words and numbers taken on was edited.
    let rest_changed = format!("{all_new:?}") != format!("{new:?}");
    Edit { def, texts: words.now, texts_later: words.later, rules, rules_later, rest_changed }
}

fn rule_changes(old: &Rules, new: &Rules) -> (Vec<RuleChange>, Vec<RuleChange>) {
    old.numbers()
        .into_iter()
        .zip(new.numbers())
        .filter(|(was, now)| was.2 != now.2)
        .map(|(was, now)| RuleChange { group: was.0, name: was.1, was: was.2, now: now.2 })
        .partition(|c| !Rules::READ_AT_START.contains(&(c.group, c.name)))
}

/// How many words were taken on, and how many wait.
#[derive(Default)]
struct Words {
    now: usize,
    later: usize,
}

impl Words {
    fn string(&mut self, old: &mut String, new: &str) {
        if old != new {
            *old = new.to_string();
            self.now += 1;
        }
    }

    /// A text is taken on if only its words changed, its parts and their conditions not.
    fn text(&mut self, old: &mut Text, new: &Text) {
        if old == new {
            return;
        }
        let same_shape = old.0.len() == new.0.len() && old.0.iter().zip(&new.0).all(|(a, b)| a.when == b.when);
        if same_shape {
            *old = new.clone();
            self.now += 1;
        } else {
            self.later += 1;
        }
    }
}

/// For each item of `old` with an id in `new`, `copy` its words from the new one.
fn by_id<T>(old: &mut [T], new: &[T], id: impl Fn(&T) -> &str, mut copy: impl FnMut(&mut T, &T)) {
    for item in old.iter_mut() {
        if let Some(edited) = new.iter().find(|n| id(n) == id(item)) {
            copy(item, edited);
        }
    }
}

fn copy_words(def: &mut ScenarioFile, new: &ScenarioFile, w: &mut Words) {
    w.string(&mut def.title, &new.title);
    w.string(&mut def.summary, &new.summary);
    w.string(&mut def.description, &new.description);
    by_id(
        &mut def.decisions,
        &new.decisions,
        |d| &d.id,
        |d, n| {
            w.string(&mut d.title, &n.title);
            w.string(&mut d.chinese, &n.chinese);
            w.text(&mut d.text, &n.text);
            by_id(
                &mut d.options,
                &n.options,
                |o| &o.id,
                |o, n| {
                    w.text(&mut o.label, &n.label);
                    w.text(&mut o.text, &n.text);
                    w.string(&mut o.history, &n.history);
                },
            );
        },
    );
    by_id(
        &mut def.events,
        &new.events,
        |e| &e.id,
        |e, n| {
            w.string(&mut e.title, &n.title);
            w.text(&mut e.text, &n.text);
        },
    );
    by_id(
        &mut def.outcomes,
        &new.outcomes,
        |o| &o.id,
        |o, n| {
            w.string(&mut o.title, &n.title);
            w.text(&mut o.text, &n.text);
        },
    );
    by_id(&mut def.milestones, &new.milestones, |m| &m.id, |m, n| w.string(&mut m.title, &n.title));
    by_id(
        &mut def.chapters,
        &new.chapters,
        |c| &c.id,
        |c, n| {
            w.string(&mut c.title, &n.title);
            w.string(&mut c.chinese, &n.chinese);
            w.string(&mut c.history, &n.history);
        },
    );
    // History entries have no id: the same entry is the one at the same place on the same day.
    for (h, n) in def.history.iter_mut().zip(&new.history) {
        if h.date == n.date {
            w.string(&mut h.text, &n.text);
        }
    }
}
