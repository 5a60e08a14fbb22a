//! The languages the game speaks, by their stable BCP 47 ids (`en-US`, `zh-Hans`, `zh-Hant`):
//! the folder names of `assets/locale/`, the values of `--lang` and of `language` in the
//! settings, and the keys of translated scenario texts.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Written in files as a string of its id: `language: "zh-Hans"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Language {
    #[default]
    #[value(name = "en-US")]
    English,
    #[value(name = "zh-Hans")]
    SimplifiedChinese,
    #[value(name = "zh-Hant")]
    TraditionalChinese,
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let id = String::deserialize(d)?;
        Language::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.id()).collect();
            serde::de::Error::custom(format!("unknown language `{id}`: one of {}", known.join(", ")))
        })
    }
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::SimplifiedChinese, Language::TraditionalChinese];

    /// The stable id: a folder of `assets/locale/`, a value of `--lang`.
    pub fn id(self) -> &'static str {
        match self {
            Language::English => "en-US",
            Language::SimplifiedChinese => "zh-Hans",
            Language::TraditionalChinese => "zh-Hant",
        }
    }

    pub fn from_id(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id().eq_ignore_ascii_case(id))
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::SimplifiedChinese => "简体中文",
            Language::TraditionalChinese => "繁體中文",
        }
    }

    pub fn is_chinese(self) -> bool {
        self != Language::English
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_the_serialised_names() {
        for language in Language::ALL {
            assert_eq!(Language::from_id(language.id()), Some(language));
            assert_eq!(ron::to_string(&language).unwrap(), format!("\"{}\"", language.id()));
            assert_eq!(ron::from_str::<Language>(&ron::to_string(&language).unwrap()).unwrap(), language);
        }
        assert_eq!(Language::from_id("zh-hans"), Some(Language::SimplifiedChinese));
        assert_eq!(Language::from_id("fr"), None);
    }
}
