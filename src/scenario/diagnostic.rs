//! Problems found in data files, reported as `path:line:col: message` with a hint.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Neither wrong nor suspicious, but worth knowing: what a mod overrides.
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user named it (or as the including file resolved it).
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, line: usize, col: usize, message: impl Into<String>) -> Self {
        let message = shortened(message.into());
        Diagnostic { severity: Severity::Error, file: file.into(), line, col, message, help: None }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn note(mut self) -> Self {
        self.severity = Severity::Note;
        self
    }

    /// `error`, `warning` or `note`, as tools and the JSON report name it.
    pub fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The longest a quoted id or value is shown in a message: a file may hold a megabyte-long
/// "id", and the message should still fit on a screen.
const LONGEST_QUOTED: usize = 60;

/// `message` with each `quoted` part longer than [`LONGEST_QUOTED`] characters cut short,
/// saying how long it was.
fn shortened(message: String) -> String {
    if message.len() <= LONGEST_QUOTED * 2 {
        return message;
    }
    let mut out = String::new();
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        let chars = part.chars().count();
        if i % 2 == 1 && chars > LONGEST_QUOTED {
            out.extend(part.chars().take(LONGEST_QUOTED / 2));
            out.push_str(&format!("…` ({chars} characters) `…"));
            out.extend(part.chars().skip(chars - 8));
        } else {
            out.push_str(part);
        }
    }
    out
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
            Severity::Note => "note: ",
        };
        write!(f, "{}:{}:{}: {kind}{}", self.file, self.line.max(1), self.col.max(1), self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n    help: {help}")?;
        }
        Ok(())
    }
}

/// The error returned when data cannot be loaded: every problem found, in file order.
#[derive(Debug, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }
}

fn render(all: &[Diagnostic]) -> String {
    all.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

/// Ids longer than this are not typos of an id, and get no suggestion: the distance costs
/// the product of the two lengths, and a megabyte-long id would take minutes.
const LONGEST_TYPO: usize = 100;

/// The closest of `candidates` to `wanted`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    if wanted.len() > LONGEST_TYPO {
        return None;
    }
    let close_enough = |a: &str, b: &str| (a.len().max(b.len()) / 3).max(2);
    candidates
        .into_iter()
        // Lengths further apart than the distance allowed cannot be close: skip the work.
        .filter(|c| c.len().abs_diff(wanted.len()) <= close_enough(wanted, c))
        .map(|c| (strsim::damerau_levenshtein(wanted, c), c))
        .filter(|(distance, c)| *distance <= close_enough(wanted, c))
        .min()
        .map(|(_, c)| format!("did you mean `{c}`?"))
}
