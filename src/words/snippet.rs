//! A problem as `validate`, `mods` and the game's hot-reload window show it: `path:line:col: message` first
//! (what editors jump to), then the source line with the span underlined, as rustc does
//! (drawn by miette), then the hint.

use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::files;
use miette::{GraphicalReportHandler, GraphicalTheme, NamedSource, SourceSpan};

/// How many problems are shown with their source lines; the rest get their first line and
/// hint only. Drawing a source line costs the length of the file before it, and past a
/// screenful the lines help no one.
const MOST_SNIPPETS: usize = 50;

/// The texts of the files problems were found in, each read once however many problems it
/// has (`None` for a file that cannot be read again), and how many have been drawn.
#[derive(Default)]
pub struct Sources {
    texts: std::collections::HashMap<String, Option<String>>,
    drawn: usize,
}

impl Sources {
    /// The problem with its source line, if its file can be read again and fewer than
    /// [`MOST_SNIPPETS`] have been drawn; else as it prints.
    pub fn shown(&mut self, d: &Diagnostic) -> String {
        if self.drawn == MOST_SNIPPETS {
            return d.to_string();
        }
        self.drawn += 1;
        let text = self.texts.entry(d.file.clone()).or_insert_with(|| files::open_file(&d.file).ok().map(|f| f.text));
        let Some(snippet) = text.as_deref().and_then(|text| snippet(d, text)) else { return d.to_string() };
        let head = d.to_string().lines().next().unwrap_or_default().to_string();
        format!("{head}\n{snippet}")
    }
}

/// The span under the problem: from its column to the end of the token there (a quoted
/// string whole, else up to the next delimiter).
fn span(text: &str, d: &Diagnostic) -> Option<SourceSpan> {
    let line_start: usize = text.split_inclusive('\n').take(d.line.checked_sub(1)?).map(str::len).sum();
    let line = text[line_start..].lines().next()?;
    let start = line.char_indices().nth(d.col.checked_sub(1)?).map(|(i, _)| i)?;
    let rest = &line[start..];
    let len = if let Some(quoted) = rest.strip_prefix('"') {
        quoted.find('"').map_or(rest.len(), |end| end + 2)
    } else if rest.starts_with(['(', '[']) {
        closing(rest).unwrap_or(1)
    } else {
        rest.find(|c: char| c.is_whitespace() || ",()[]{}:".contains(c)).unwrap_or(rest.len()).max(1)
    };
    Some(SourceSpan::new((line_start + start).into(), len.min(rest.len()).max(1)))
}

/// The length up to and with the bracket that closes the one `text` starts with, if it
/// closes on the same line.
fn closing(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return Some(i + 1);
        }
    }
    None
}

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
struct Shown {
    message: String,
    #[source_code]
    code: NamedSource<String>,
    #[label]
    at: SourceSpan,
    #[help]
    help: Option<String>,
}

fn snippet(d: &Diagnostic, text: &str) -> Option<String> {
    if d.line == 0 {
        return None;
    }
    let at = span(text, d)?;
    let code = NamedSource::new(&d.file, text.to_string());
    let shown = Shown { message: String::new(), code, at, help: d.help.clone() };
    let mut out = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::none()).render_report(&mut out, &shown).ok()?;
    // The first line repeats the message, which the head already gives.
    let body: Vec<&str> = out.lines().skip(1).collect();
    Some(body.join("\n").trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_span_covers_the_token_at_the_column() {
        let text = "Scenario(\n    capital: \"taiyaun\",\n    turn_days: 40,\n)\n";
        let at = |line, col| {
            let d = Diagnostic::error("x.ron", line, col, "m");
            let s = span(text, &d).unwrap();
            &text[s.offset()..s.offset() + s.len()]
        };
        assert_eq!(at(2, 14), "\"taiyaun\"");
        assert_eq!(at(3, 16), "40");
        assert_eq!(at(3, 5), "turn_days");
        let text = "    troops: (cavalry: 4294967295, infantry: 1), training: 80,\n";
        let d = Diagnostic::error("x.ron", 1, 13, "m");
        let s = span(text, &d).unwrap();
        assert_eq!(&text[s.offset()..s.offset() + s.len()], "(cavalry: 4294967295, infantry: 1)");
    }
}
