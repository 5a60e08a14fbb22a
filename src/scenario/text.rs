//! Player-facing text in scenario files that can depend on the world it is shown in.
//!
//! A text is a plain string, or a list of parts: plain strings, and conditional parts
//! `(when: Condition, text: "...", otherwise: "...")` whose `text` is shown when the condition
//! holds and `otherwise` (if given) when it does not. The parts shown are joined by spaces.
//!
//! ```ron
//! text: [
//!     "Zongwang has broken camp and is marching north",
//!     (when: Treaty(Accepted), text: "with his loot and the hostages.", otherwise: "with his loot."),
//! ]
//! ```

use super::schema::Condition;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A text made of parts, some shown only when a condition holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Vec<Part>);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Part {
    pub when: Condition,
    pub text: String,
    /// Shown instead of `text` when the condition does not hold.
    pub otherwise: String,
}

impl Text {
    pub fn plain(text: impl Into<String>) -> Text {
        Text(vec![Part { when: Condition::Always, text: text.into(), otherwise: String::new() }])
    }

    /// Whether every part is unconditional.
    pub fn is_plain(&self) -> bool {
        self.0.iter().all(|p| p.when == Condition::Always)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|p| p.text.trim().is_empty() && p.otherwise.trim().is_empty())
    }

    /// The text with every part chosen by `holds`.
    pub fn render(&self, holds: impl Fn(&Condition) -> bool) -> String {
        let mut out = String::new();
        for part in &self.0 {
            let shown = part.when == Condition::Always || holds(&part.when);
            let piece = if shown { &part.text } else { &part.otherwise };
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            // A part that begins with punctuation continues the sentence before it (a dash is
            // spaced in English, so it does not); Chinese puts no space between sentences.
            let continues = piece.starts_with([',', '.', ';', ':', '!', '?', ')']);
            let chinese = out.ends_with(is_cjk) || piece.starts_with(is_cjk);
            if !out.is_empty() && !continues && !chinese {
                out.push(' ');
            }
            out.push_str(piece);
        }
        out
    }

    /// Every piece of text it can show, whatever the world (for the checker and the font).
    pub fn pieces(&self) -> impl Iterator<Item = &str> {
        self.0.iter().flat_map(|p| [p.text.as_str(), p.otherwise.as_str()]).filter(|s| !s.is_empty())
    }
}

/// A character of Chinese writing or its full-width punctuation, which is not spaced.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::plain(text)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let [only] = self.0.as_slice()
            && only.when == Condition::Always
        {
            return s.serialize_str(&only.text);
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for part in &self.0 {
            seq.serialize_element(part)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a list of strings and (when: ..., text: \"...\") parts")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::plain(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
                let mut parts = Vec::new();
                while let Some(part) = seq.next_element::<Part>()? {
                    if parts.len() == super::bounded::MOST_IN_A_LIST {
                        return Err(super::bounded::too_long());
                    }
                    parts.push(part);
                }
                Ok(Text(parts))
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Part, D::Error> {
        struct PartVisitor;
        impl<'de> Visitor<'de> for PartVisitor {
            type Value = Part;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or (when: Condition, text: \"...\", otherwise: \"...\")")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Part, E> {
                Ok(Part { when: Condition::Always, text: v.to_string(), otherwise: String::new() })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Part, A::Error> {
                let mut part = Part::default();
                let mut has_when = false;
                let mut has_text = false;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "when" => {
                            part.when = map.next_value()?;
                            has_when = true;
                        }
                        "text" => {
                            part.text = map.next_value()?;
                            has_text = true;
                        }
                        "otherwise" => part.otherwise = map.next_value()?,
                        other => return Err(de::Error::unknown_field(other, &["when", "text", "otherwise"])),
                    }
                }
                if !has_when {
                    return Err(de::Error::missing_field("when"));
                }
                if !has_text {
                    return Err(de::Error::missing_field("text"));
                }
                Ok(part)
            }
        }
        d.deserialize_any(PartVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::schema::TreatyState;

    fn parse(src: &str) -> Text {
        ron::from_str(src).unwrap_or_else(|e| panic!("{src}: {e}"))
    }

    #[test]
    fn a_plain_string_is_one_unconditional_part() {
        let t = parse(r#""The Jin are at the walls.""#);
        assert!(t.is_plain());
        assert_eq!(t.render(|_| false), "The Jin are at the walls.");
    }

    #[test]
    fn parts_are_chosen_by_their_conditions_and_joined_by_spaces() {
        let t = parse(
            r#"["Zongwang marches north", (when: Treaty(Accepted), text: "with the hostages.", otherwise: "with his loot.")]"#,
        );
        assert_eq!(t.0[1].when, Condition::Treaty(TreatyState::Accepted));
        assert_eq!(t.render(|_| true), "Zongwang marches north with the hostages.");
        assert_eq!(t.render(|c| *c == Condition::Always), "Zongwang marches north with his loot.");
    }

    #[test]
    fn a_part_without_otherwise_vanishes_when_its_condition_fails() {
        let t = parse(r#"["Forbid all fighting", (when: Flag("treaty"), text: "while the treaty holds")]"#);
        assert_eq!(t.render(|c| *c == Condition::Always), "Forbid all fighting");
    }

    #[test]
    fn a_part_beginning_with_punctuation_continues_the_sentence() {
        let t = parse(r#"["The treaty is signed", (when: Always, text: ", and the towns ceded."), "It is late."]"#);
        assert_eq!(t.render(|_| true), "The treaty is signed, and the towns ceded. It is late.");
    }

    #[test]
    fn a_spaced_dash_keeps_its_space() {
        let t = parse(r#"["Prince Kang back", (when: Always, text: "— they say — and"), "Prince Su goes."]"#);
        assert_eq!(t.render(|_| true), "Prince Kang back — they say — and Prince Su goes.");
    }

    #[test]
    fn a_part_must_say_when() {
        let err = ron::from_str::<Text>(r#"[(text: "no condition")]"#).unwrap_err();
        assert!(err.to_string().contains("when"), "{err}");
    }

    #[test]
    fn text_round_trips_through_ron() {
        let t = parse(r#"["a", (when: Never, text: "b", otherwise: "c")]"#);
        let again: Text = parse(&ron::to_string(&t).unwrap());
        assert_eq!(t, again);
    }
}
