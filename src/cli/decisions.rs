//! `jingkang decisions`: every decision of a scenario with its options, for teachers writing
//! policies.

use crate::scenario::{self, Diagnostics};
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

pub fn run(scenario_ref: &str, json: bool) -> Result<(), String> {
    let s = scenario::open(scenario_ref).map_err(|d: Diagnostics| d.to_string())?;
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
    println!("{} ({})", s.def.title, s.def.id);
    for d in &lines {
        let window = match (d.from, d.until) {
            (Some(f), Some(u)) => format!("{f} to {u}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(u)) => format!("until {u}"),
            (None, None) => "when its trigger holds".to_string(),
        };
        let off = if d.counterfactual { ", off the historical track" } else { "" };
        println!("\n{}  {}  [{window}{off}]", d.id, d.title);
        for o in &d.options {
            let mut marks = Vec::new();
            if o.historical {
                marks.push("historical");
            }
            if o.default {
                marks.push("default");
            }
            if o.conditional {
                marks.push("only in some situations");
            }
            let marks = if marks.is_empty() { String::new() } else { format!("  ({})", marks.join(", ")) };
            println!("  {:<28} {}{marks}", o.id, o.label);
        }
    }
    Ok(())
}
