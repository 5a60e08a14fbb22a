//! `jingkang decisions`: every decision of a scenario with its options, for teachers writing
//! policies.

use crate::words::Locale;
use serde::Serialize;

#[derive(Serialize)]
struct DecisionLine<'a> {
    id: &'a str,
    title: &'a str,
    /// The first day it can arise, if the scenario sets one.
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<crate::calendar::Date>,
    /// The last day it can be answered before its default applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<crate::calendar::Date>,
    /// True for a moment that arises only off the historical track.
    counterfactual: bool,
    options: Vec<OptionLine<'a>>,
}

#[derive(Serialize)]
struct OptionLine<'a> {
    id: &'a str,
    /// The label, with every conditional part shown as written.
    label: String,
    historical: bool,
    default: bool,
    /// Whether the option is offered only in some situations.
    conditional: bool,
}

pub fn run(scenario_ref: &str, json: bool, l: &Locale) -> Result<(), String> {
    let s = super::open_in(scenario_ref, l)?;
    let lines: Vec<DecisionLine> = s
        .def
        .decisions
        .iter()
        .map(|d| DecisionLine {
            id: &d.id,
            title: &d.title,
            from: d.trigger.from,
            until: d.trigger.until,
            counterfactual: d.counterfactual,
            options: d
                .options
                .iter()
                .map(|o| OptionLine {
                    id: &o.id,
                    label: o.label.pieces().collect::<Vec<_>>().join(" / "),
                    historical: o.historical,
                    default: o.id == d.default,
                    conditional: o.when != crate::scenario::schema::Condition::Always,
                })
                .collect(),
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&lines).expect("decisions serialize"));
        return Ok(());
    }
    let t = |key: &str, args: &[(&str, String)]| l.text(key, args);
    println!("{}", t("decisions-heading", &[("title", s.def.title.clone()), ("id", s.def.id.clone())]));
    for d in &lines {
        let window = match (d.from, d.until) {
            (Some(f), Some(u)) => t("decisions-window-between", &[("from", f.to_string()), ("until", u.to_string())]),
            (Some(f), None) => t("decisions-window-from", &[("from", f.to_string())]),
            (None, Some(u)) => t("decisions-window-until", &[("until", u.to_string())]),
            (None, None) => t("decisions-window-trigger", &[]),
        };
        let window = if d.counterfactual { t("decisions-window-off-track", &[("window", window)]) } else { window };
        let args = [("id", d.id.to_string()), ("title", d.title.to_string()), ("window", window)];
        println!("\n{}", t("decisions-line", &args));
        for o in &d.options {
            let marks: Vec<String> = [
                (o.historical, "decisions-mark-historical"),
                (o.default, "decisions-mark-default"),
                (o.conditional, "decisions-mark-conditional"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, key)| t(key, &[]))
            .collect();
            let marks =
                if marks.is_empty() { String::new() } else { t("decisions-marks", &[("marks", l.join(&marks))]) };
            // Columns, not words: the id padded so the labels line up.
            println!("  {:<28} {}{marks}", o.id, o.label);
        }
    }
    Ok(())
}
