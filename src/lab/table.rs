//! The outcome table of every shipped policy over many seeds: the table the README and
//! docs/model.md show. It is produced by `jingkang table` and checked by a test, so the docs
//! cannot drift from the model. Its words are `crate::report::outcome_table`'s.

use super::{PolicyKind, run_batch};
use crate::calendar::Date;
use crate::scenario::{self, files};
use std::sync::Arc;

/// Where the table sits in a Markdown file.
pub const START: &str = "<!-- outcome-table -->";
pub const END: &str = "<!-- /outcome-table -->";

/// One policy's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub scenario: String,
    pub policy: String,
    pub runs: usize,
    pub capital_fallen: usize,
    /// Outcome titles with their number of runs, most frequent first.
    pub outcomes: Vec<(String, usize)>,
    /// The median fall of the capital when it fell in at least half the runs, else the median
    /// end of the game.
    pub median: (bool, Date),
}

/// Plays every shipped policy over seeds `1..=runs`.
pub fn outcome_table(runs: usize) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for name in files::BUILTIN_POLICIES {
        let scenario_id = files::BUILTIN_SCENARIOS
            .iter()
            .find(|id| name.starts_with(&format!("{id}_")))
            .ok_or_else(|| format!("policy `{name}` names no built-in scenario"))?;
        let scenario = Arc::new(scenario::open(scenario_id).map_err(|d| d.to_string())?);
        let policy = PolicyKind::resolve(name, &scenario).map_err(|d| d.to_string())?;
        let (summary, _) = run_batch(scenario.clone(), 1, runs, &policy);
        let title =
            |id: &str| scenario.def.outcomes.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.title.clone());
        let mut outcomes: Vec<(String, usize)> = summary.outcomes.iter().map(|(id, n)| (title(id), *n)).collect();
        outcomes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let fallen = (summary.capital_fallen_rate * runs as f64).round() as usize;
        let median = match summary.median_capital_fall_date {
            Some(d) if fallen * 2 >= runs => (true, d),
            _ => (false, summary.median_end_date),
        };
        rows.push(Row {
            scenario: scenario.def.title.clone(),
            policy: policy.name(),
            runs,
            capital_fallen: fallen,
            outcomes,
            median,
        });
    }
    Ok(rows)
}

/// Where a marker stands on a line of its own, at or after `from` (a marker quoted in the
/// middle of a sentence is not one).
fn marker_line(text: &str, marker: &str, from: usize) -> Option<usize> {
    text[from..].match_indices(marker).map(|(i, _)| from + i).find(|&i| {
        let line_start = i == 0 || text[..i].ends_with('\n');
        let rest = &text[i + marker.len()..];
        line_start && (rest.is_empty() || rest.starts_with('\n') || rest.starts_with("\r\n"))
    })
}

/// The byte range of the block, markers included (and the end marker's line break).
fn block_range(text: &str) -> Option<(usize, usize)> {
    let start = marker_line(text, START, 0)?;
    let end = marker_line(text, END, start)? + END.len();
    let end = if text[end..].starts_with('\n') { end + 1 } else { end };
    Some((start, end))
}

/// `text` with the block between the markers replaced by `table`; `None` without markers.
pub fn replace_block(text: &str, table: &str) -> Option<String> {
    let (start, end) = block_range(text)?;
    Some(format!("{}{table}{}", &text[..start], &text[end..]))
}

/// The block between the markers in `text`, markers included.
pub fn block(text: &str) -> Option<&str> {
    block_range(text).map(|(start, end)| &text[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_between_the_markers_is_replaced_and_the_rest_kept() {
        let text = format!("before\n{START}\nold\n{END}\nafter\n");
        let new = format!("{START}\nnew\n{END}\n");
        assert_eq!(replace_block(&text, &new).unwrap(), format!("before\n{new}after\n"));
        assert!(replace_block("no markers", &new).is_none());
        // A marker quoted in a sentence is not the block.
        let quoted = format!("the `{START}` markers\n{text}");
        assert_eq!(replace_block(&quoted, &new).unwrap(), format!("the `{START}` markers\nbefore\n{new}after\n"));
    }
}
