//! Mutations of RON text: the mistakes a careless hand makes (a line lost, a bracket too
//! many, a file cut short) and the values a hostile one writes (extreme numbers, huge or
//! climbing strings, swapped variants, lists repeated), each drawn from a seeded generator.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub type Rng = ChaCha8Rng;

pub fn rng(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}

/// Numbers at the edges of every type the files use, and the non-numbers of floats.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "256",
    "65535",
    "65536",
    "2147483647",
    "-2147483648",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "9223372036854775807",
    "1e308",
    "-1e308",
    "1e-310",
    "NaN",
    "inf",
    "-inf",
    "0.0000001",
    "999999999",
    "1000001",
    "-0",
    "3.5",
    "1e39",
];

/// Strings a hostile or careless file writes where an id, a path, a date or a text belongs.
const STRINGS: &[&str] = &[
    "",
    " ",
    "../../../../etc/passwd",
    "/etc/passwd",
    "/dev/zero",
    "/proc/self/environ",
    "game:../exercises/li_gang.ron",
    "game:/etc/passwd",
    "game:common/people.ron",
    "C:\\Windows\\win.ini",
    "9999-12-31",
    "0000-01-01",
    "1126-02-30",
    "2147483647-01-01",
    "-5-01-01",
    "1126-13-01",
    "北京",
    "\u{202e}evil",
    "{ $x }",
    "%s%n",
    "{{id}}",
    "\\u{0}",
    "kaifeng",
    "qinzong",
    "eastern_army",
    "taiyuan",
];

/// The largest mutant made: past the 4 MB a data file may be, so the limit is tried, but
/// not so large that the harness's own copies are what fills memory.
const LARGEST: usize = 6 * 1024 * 1024;

/// Applies one to four mutations.
pub fn mutate(text: &str, donors: &[&str], rng: &mut Rng) -> String {
    let mut out = text.to_string();
    for _ in 0..rng.random_range(1..=4) {
        let next = once(&out, donors, rng);
        if next.len() <= LARGEST {
            out = next;
        }
    }
    out
}

fn once(text: &str, donors: &[&str], rng: &mut Rng) -> String {
    match rng.random_range(0..12) {
        0 | 1 => replace_token(text, rng, Token::Number, |rng| NUMBERS[rng.random_range(0..NUMBERS.len())].to_string()),
        2 => replace_token(text, rng, Token::Str, |rng| {
            let s = STRINGS[rng.random_range(0..STRINGS.len())];
            format!("\"{}\"", s.replace('\\', "\\\\"))
        }),
        3 => replace_token(text, rng, Token::Str, |rng| format!("\"{}\"", "a".repeat(rng.random_range(1..200_000)))),
        4 => {
            let idents = tokens(text, Token::Ident);
            let pick = idents.get(rng.random_range(0..idents.len().max(1))).map(|r| text[r.clone()].to_string());
            replace_token(text, rng, Token::Ident, move |_| pick.clone().unwrap_or_default())
        }
        5 => edit_lines(text, rng),
        6 => repeat_bracketed(text, rng),
        7 => delete_bracketed(text, rng),
        8 => truncate(text, rng),
        9 => insert_noise(text, rng),
        10 => splice(text, donors, rng),
        _ => replace_token(text, rng, Token::Number, |rng| {
            // A plausible number off by a little: the range checks' edges.
            let n: i64 = rng.random_range(-3..1_000_005);
            n.to_string()
        }),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Token {
    Number,
    Str,
    Ident,
}

/// The byte ranges of every token of a kind (strings with their quotes).
fn tokens(text: &str, kind: Token) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            if kind == Token::Str {
                out.push(start..i);
            }
        } else if b[i].is_ascii_digit() || (b[i] == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
            if kind == Token::Number {
                out.push(start..i);
            }
        } else if b[i].is_ascii_alphabetic() || b[i] == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            if kind == Token::Ident {
                out.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    out
}

fn replace_token(text: &str, rng: &mut Rng, kind: Token, with: impl Fn(&mut Rng) -> String) -> String {
    let found = tokens(text, kind);
    if found.is_empty() {
        return text.to_string();
    }
    let r = found[rng.random_range(0..found.len())].clone();
    format!("{}{}{}", &text[..r.start], with(rng), &text[r.end..])
}

fn edit_lines(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return text.to_string();
    }
    let i = rng.random_range(0..lines.len());
    match rng.random_range(0..3) {
        0 => {
            lines.remove(i);
        }
        1 => lines.insert(i, lines[i]),
        _ => {
            let j = rng.random_range(0..lines.len());
            lines.swap(i, j);
        }
    }
    lines.join("\n")
}

/// The span from an opening bracket to its match, chosen at random.
fn bracketed(text: &str, rng: &mut Rng) -> Option<std::ops::Range<usize>> {
    let opens: Vec<usize> = text.char_indices().filter(|(_, c)| matches!(c, '(' | '[')).map(|(i, _)| i).collect();
    let start = *opens.get(rng.random_range(0..opens.len().max(1)))?;
    let mut depth = 0i32;
    for (i, c) in text[start..].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(start..start + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// A bracketed value repeated, as in a list given the same item many times.
fn repeat_bracketed(text: &str, rng: &mut Rng) -> String {
    let Some(r) = bracketed(text, rng) else { return text.to_string() };
    let item = &text[r.clone()];
    let most = (LARGEST / item.len().max(1)).max(2);
    let times = if rng.random_bool(0.1) { rng.random_range(100..2_000) } else { rng.random_range(2..5) }.min(most);
    let repeated = vec![item; times].join(", ");
    format!("{}{}{}", &text[..r.start], repeated, &text[r.end..])
}

fn delete_bracketed(text: &str, rng: &mut Rng) -> String {
    let Some(r) = bracketed(text, rng) else { return text.to_string() };
    format!("{}{}", &text[..r.start], &text[r.end..])
}

fn truncate(text: &str, rng: &mut Rng) -> String {
    let mut at = rng.random_range(0..text.len().max(1));
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at].to_string()
}

fn insert_noise(text: &str, rng: &mut Rng) -> String {
    const NOISE: &[&str] = &["(", ")", "[", "]", "{", "}", ",", ":", "\"", "//", "/*", "r#\"", "\u{feff}", "\0", "é"];
    let mut at = rng.random_range(0..text.len().max(1));
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    format!("{}{}{}", &text[..at], NOISE[rng.random_range(0..NOISE.len())], &text[at..])
}

/// A bracketed value of this file replaced by one of another file.
fn splice(text: &str, donors: &[&str], rng: &mut Rng) -> String {
    let Some(donor) = donors.get(rng.random_range(0..donors.len().max(1))) else { return text.to_string() };
    let (Some(here), Some(there)) = (bracketed(text, rng), bracketed(donor, rng)) else { return text.to_string() };
    format!("{}{}{}", &text[..here.start], &donor[there], &text[here.end..])
}
