//! Finds where a value sits in RON source text, given its logical path
//! (`decisions[3].options[1].effects[0]`), so that problems found after parsing can still be
//! reported at a line and column.

/// One step of a path into a RON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A named field of a struct or struct-like enum variant: `Name(field: ...)`.
    Field(&'static str),
    /// An element of a list.
    Index(usize),
    /// A positional argument of a tuple-like value: `Variant(a, b)`.
    Arg(usize),
    /// A map entry by its key.
    Key(String),
}

pub type Path = Vec<Seg>;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok<'a> {
    Ident(&'a str),
    Str(&'a str),
    Other(char),
    Atom,
}

fn tokenize(src: &str) -> Vec<(usize, Tok<'_>)> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                let inner = src.get(start + 1..i.saturating_sub(1)).unwrap_or("");
                out.push((start, Tok::Str(inner)));
            }
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b':' | b',' => {
                out.push((i, Tok::Other(c as char)));
                i += 1;
            }
            _ if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                out.push((start, Tok::Ident(&src[start..i])));
            }
            _ => {
                // Numbers, signs, chars and anything else: one opaque atom per run.
                let start = i;
                while i < bytes.len() && !b" \t\n\r()[]{}:,\"".contains(&bytes[i]) {
                    i += 1;
                }
                i = i.max(start + 1);
                out.push((start, Tok::Atom));
            }
        }
    }
    out
}

/// Every string literal in `src`, with the byte offset of its opening quote, as written
/// (escapes not undone), comments skipped.
pub fn strings(src: &str) -> impl Iterator<Item = (usize, &str)> {
    tokenize(src).into_iter().filter_map(|(at, tok)| match tok {
        Tok::Str(s) => Some((at, s)),
        _ => None,
    })
}

/// One element inside brackets: its key's byte range in the source (`name` of `name: …`),
/// if it has one, and the index of its first token.
type Element = (Option<(usize, usize)>, usize);

/// A file's tokens with the elements of every bracket, worked out once in one pass, so that
/// finding a path costs its depth and not the file's length: a file with twenty thousand
/// mistakes is reported in a moment, not in minutes.
#[derive(Debug, Default)]
pub struct Index {
    /// Each token's byte offset.
    offsets: Vec<usize>,
    /// For each opening bracket's token, its elements: the key (a field name or map key,
    /// as a byte range of the source) and the element's first token.
    kids: std::collections::HashMap<usize, Vec<Element>>,
    /// For each token that starts a value with brackets (`Name(` or `(`), its opening bracket.
    opens_at: std::collections::HashMap<usize, usize>,
    /// The byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl Index {
    pub fn of(src: &str) -> Index {
        let toks = tokenize(src);
        let mut index = Index {
            offsets: toks.iter().map(|(o, _)| *o).collect(),
            line_starts: std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect(),
            ..Index::default()
        };
        // The open brackets around the token being read: each one's token, and whether the
        // next token starts one of its elements.
        let mut open: Vec<(usize, bool)> = Vec::new();
        let mut key = None;
        let mut j = 0;
        while j < toks.len() {
            let (offset, tok) = toks[j];
            if let Some((bracket, expecting @ true)) = open.last_mut() {
                let next_is_colon = matches!(toks.get(j + 1), Some((_, Tok::Other(':'))));
                match tok {
                    Tok::Ident(k) | Tok::Str(k) if next_is_colon && key.is_none() => {
                        let start = if matches!(tok, Tok::Str(_)) { offset + 1 } else { offset };
                        key = Some((start, start + k.len()));
                        j += 2;
                        continue;
                    }
                    Tok::Other(')' | ']' | '}') => {}
                    _ => {
                        index.kids.entry(*bracket).or_default().push((key.take(), j));
                        *expecting = false;
                    }
                }
            }
            match tok {
                Tok::Other('(' | '[' | '{') => {
                    let starts_value = j.checked_sub(1).filter(|&i| matches!(toks[i].1, Tok::Ident(_)));
                    index.opens_at.insert(starts_value.unwrap_or(j), j);
                    index.opens_at.insert(j, j);
                    index.kids.entry(j).or_default();
                    open.push((j, true));
                }
                Tok::Other(')' | ']' | '}') => {
                    open.pop();
                    key = None;
                }
                Tok::Other(',') => {
                    if let Some(top) = open.last_mut() {
                        top.1 = true;
                    }
                    key = None;
                }
                _ => {}
            }
            j += 1;
        }
        index
    }

    /// Byte offset of the value at `path`, or of the deepest part of the path found.
    pub fn offset_of(&self, src: &str, path: &[Seg]) -> usize {
        let mut i = 0;
        for seg in path {
            let kids = self.opens_at.get(&i).and_then(|open| self.kids.get(open));
            let kids = kids.map_or(&[][..], Vec::as_slice);
            let named = |name: &str| kids.iter().find(|(k, _)| k.is_some_and(|(a, b)| src.get(a..b) == Some(name)));
            let found = match seg {
                Seg::Field(name) => named(name),
                Seg::Key(key) => named(key),
                Seg::Index(n) | Seg::Arg(n) => kids.get(*n),
            };
            match found {
                Some((_, at)) => i = *at,
                None => break,
            }
        }
        self.offsets.get(i).copied().unwrap_or(0)
    }

    /// 1-based line and column of a byte offset (columns count characters).
    pub fn line_col(&self, src: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(src.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line, src.get(start..offset).map_or(1, |s| s.chars().count() + 1))
    }
}

/// Byte offset of the value at `path` in `src`, or of the deepest part of the path found.
pub fn offset_of(src: &str, path: &[Seg]) -> usize {
    Index::of(src).offset_of(src, path)
}

/// 1-based line and column of a byte offset (columns count characters).
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"Scenario(
    id: "x", // a comment with "quotes" and (brackets)
    armies: [
        Army(id: "a", location: "kaifeng"),
        Army(id: "b", location: "nowhere", order: MoveTo("taiyuan")),
    ],
    court: (influence: {"war": 40, "peace": 60}),
)"#;

    fn at(path: &[Seg]) -> (usize, usize) {
        line_col(SRC, offset_of(SRC, path))
    }

    #[test]
    fn finds_fields_list_elements_arguments_and_map_keys() {
        assert_eq!(at(&[Seg::Field("id")]), (2, 9));
        assert_eq!(at(&[Seg::Field("armies"), Seg::Index(1), Seg::Field("location")]), (5, 33));
        assert_eq!(at(&[Seg::Field("armies"), Seg::Index(1), Seg::Field("order"), Seg::Arg(0)]), (5, 58));
        assert_eq!(at(&[Seg::Field("court"), Seg::Field("influence"), Seg::Key("peace".into())]), (7, 45));
    }

    #[test]
    fn stops_at_the_deepest_part_found() {
        assert_eq!(at(&[Seg::Field("armies"), Seg::Index(9)]), (3, 13));
        assert_eq!(at(&[Seg::Field("missing")]), (1, 1));
    }

    #[test]
    fn never_panics_on_broken_text() {
        for cut in 0..SRC.len() {
            if SRC.is_char_boundary(cut) {
                let _ = offset_of(&SRC[..cut], &[Seg::Field("armies"), Seg::Index(1), Seg::Field("order")]);
            }
        }
    }
}
