//! Reading RON data text: the format's extensions, the limit on nesting, and diagnostics
//! placed at a value's line and column.

use super::diagnostic::Diagnostic;
use super::files::SourceText;
use super::locate::{Seg, line_col};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// How deep brackets may nest in a data file. The deepest shipped file nests 11 deep; the
/// limit keeps reading, checking and playing a file from overflowing the stack.
pub const NESTING: usize = 32;

/// The parser's own limit, counted in its steps (a variant with a list is several): only a
/// backstop behind [`deepest`], which counts brackets as a modder does.
const PARSER_NESTING: usize = 256;

/// The line and column of the first bracket that opens deeper than [`NESTING`], if any.
/// Brackets in strings and comments do not count.
fn deepest(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = string_end(bytes, i, 0),
            b'r' if bytes.get(i + 1).is_some_and(|b| matches!(b, b'"' | b'#')) => {
                let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                i = string_end(bytes, i + 1 + hashes, hashes);
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes[i..].iter().position(|b| *b == b'\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(bytes.len(), |n| i + 2 + n + 1);
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > NESTING {
                    return Some(line_col(text, i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index of the closing quote of a string whose opening quote is at `open`, followed by
/// `hashes` `#` for a raw string (which has no escapes).
fn string_end(bytes: &[u8], open: usize, hashes: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if hashes == 0 => i += 1,
            b'"' if bytes[i + 1..].iter().take(hashes).filter(|b| **b == b'#').count() == hashes => return i + hashes,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Parses RON text with the extensions data files may use (`Some` may be left out).
pub fn parse<T: DeserializeOwned>(file: &SourceText) -> Result<T, Diagnostic> {
    if let Some((line, col)) = deepest(&file.text) {
        let message = format!("brackets are nested more than {NESTING} deep here, the most a data file may nest");
        let help = "write the deepest part as a flag that an event of its own sets";
        return Err(Diagnostic::error(&file.name, line, col, message).with_help(help));
    }
    let options =
        ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME).with_recursion_limit(PARSER_NESTING);
    options.from_str(&file.text).map_err(|e| {
        let help = match &e.code {
            ron::Error::NoSuchStructField { expected, .. } => format!("fields allowed here: {}", expected.join(", ")),
            ron::Error::MissingStructField { field, .. } => format!("add the field `{field}`"),
            ron::Error::NoSuchEnumVariant { expected, .. } => format!("write one of: {}", expected.join(", ")),
            ron::Error::Eof => "the file ends too early: a bracket or parenthesis is not closed".into(),
            ron::Error::ExpectedDifferentStructName { expected, found } if found.starts_with(char::is_lowercase) => {
                format!("`{expected}` takes one record: write it with double parentheses, `{expected}(({found}: ...))`")
            }
            ron::Error::ExpectedDifferentStructName { expected, .. } => {
                format!("a `{expected}` is wanted here: write `{expected}(...)`, or leave the name out, `(...)`")
            }
            ron::Error::ExpectedComma if at_decimal_point(&file.text, e.span.start.line, e.span.start.col) => {
                "this number is a whole number: write it without a decimal point (`15000`, not `15000.0`)".into()
            }
            ron::Error::ExpectedComma => {
                "a comma is missing between two items: look at the end of the line above".into()
            }
            _ => "see docs/modding.md for the format".into(),
        };
        Diagnostic::error(&file.name, e.span.start.line, e.span.start.col, e.code.to_string()).with_help(help)
    })
}

/// Whether the parser stopped at the decimal point of a number (`15000.0` where a whole
/// number is wanted).
fn at_decimal_point(text: &str, line: usize, col: usize) -> bool {
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else { return false };
    let mut rest = row.chars().skip(col.saturating_sub(1));
    rest.next() == Some('.') && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// The position of a logical path in one of `files`, as a diagnostic.
pub fn at(files: &[SourceText], file: usize, path: &[Seg], message: impl Into<String>) -> Diagnostic {
    let source = &files[file];
    let (line, col) = source.locate(path);
    Diagnostic::error(&source.name, line, col, message)
}
