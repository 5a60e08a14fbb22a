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

/// Index just past the value starting at token `i`.
fn skip_value(toks: &[(usize, Tok)], mut i: usize) -> usize {
    if let Some((_, Tok::Ident(_))) = toks.get(i) {
        i += 1;
        if !matches!(toks.get(i), Some((_, Tok::Other('(')))) {
            return i;
        }
    }
    match toks.get(i) {
        Some((_, Tok::Other(open @ ('(' | '[' | '{')))) => {
            let close = match open {
                '(' => ')',
                '[' => ']',
                _ => '}',
            };
            let mut depth = 0usize;
            while let Some((_, t)) = toks.get(i) {
                match t {
                    Tok::Other(c) if "([{".contains(*c) => depth += 1,
                    Tok::Other(c) if ")]}".contains(*c) => {
                        depth -= 1;
                        if depth == 0 {
                            debug_assert_eq!(*c, close);
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i
        }
        Some(_) => i + 1,
        None => i,
    }
}

/// The elements inside the brackets of the value at `i`: each element's first token.
/// For `key: value` elements, the value's first token and the key.
fn children<'a>(toks: &[(usize, Tok<'a>)], i: usize) -> Vec<(Option<Tok<'a>>, usize)> {
    let mut j = i;
    if let Some((_, Tok::Ident(_))) = toks.get(j) {
        j += 1;
    }
    if !matches!(toks.get(j), Some((_, Tok::Other('(' | '[' | '{')))) {
        return Vec::new();
    }
    let end = skip_value(toks, i) - 1;
    let mut out = Vec::new();
    j += 1;
    while j < end {
        let key = match (toks.get(j), toks.get(j + 1)) {
            (Some((_, k @ (Tok::Ident(_) | Tok::Str(_)))), Some((_, Tok::Other(':')))) => {
                j += 2;
                Some(*k)
            }
            _ => None,
        };
        out.push((key, j));
        j = skip_value(toks, j);
        if matches!(toks.get(j), Some((_, Tok::Other(',')))) {
            j += 1;
        }
    }
    out
}

/// Byte offset of the value at `path` in `src`, or of the deepest part of the path found.
pub fn offset_of(src: &str, path: &[Seg]) -> usize {
    let toks = tokenize(src);
    let mut i = 0;
    for seg in path {
        let kids = children(&toks, i);
        let found = match seg {
            Seg::Field(name) => kids.iter().find(|(k, _)| *k == Some(Tok::Ident(name))),
            Seg::Key(key) => kids.iter().find(|(k, _)| *k == Some(Tok::Str(key))),
            Seg::Index(n) | Seg::Arg(n) => kids.get(*n),
        };
        match found {
            Some((_, at)) => i = *at,
            None => break,
        }
    }
    toks.get(i).map(|(offset, _)| *offset).unwrap_or(0)
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
