//! The international standards of juvenile justice the library ties its
//! resources to: the Convention on the Rights of the Child's articles on
//! justice, and the United Nations rules and guidelines (Beijing, Riyadh,
//! Havana, Tokyo), each article with its number and a short title in the
//! site's three languages. The titles are the observatory's own summaries,
//! not the instruments' text. They ship with the binary as data
//! (`standards.json`), read once.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Locale;

/// A text in each of the site's languages.
#[derive(Deserialize)]
pub struct Texts {
    en: String,
    es: String,
    fr: String,
}

impl Texts {
    pub fn get(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        match locale.borrow() {
            Locale::En => &self.en,
            Locale::Es => &self.es,
            Locale::Fr => &self.fr,
        }
    }
}

/// One instrument: a convention, or a set of rules or guidelines.
#[derive(Deserialize)]
pub struct Instrument {
    /// Its address on the site: `/library/standards/{key}`.
    pub key: String,
    pub adopted: u16,
    pub name: Texts,
    /// What it is about, in a sentence or two.
    pub about: Texts,
    /// What its numbered parts are called: article, rule, paragraph.
    pub word: Texts,
    articles: Vec<(String, String, String, String)>,
}

/// An article (or rule, or paragraph) of an instrument.
pub struct Article<'a> {
    pub number: &'a str,
    title: [&'a str; 3],
}

impl Article<'_> {
    pub fn title(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        match locale.borrow() {
            Locale::En => self.title[0],
            Locale::Es => self.title[1],
            Locale::Fr => self.title[2],
        }
    }

    /// Its anchor on the instrument's page.
    pub fn anchor(&self) -> String {
        format!("article-{}", self.number)
    }
}

impl Instrument {
    pub fn articles(&self) -> impl Iterator<Item = Article<'_>> {
        self.articles.iter().map(|(number, en, es, fr)| Article {
            number,
            title: [en, es, fr],
        })
    }
}

static INSTRUMENTS: LazyLock<Vec<Instrument>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("standards.json"))
        .expect("standards.json is checked by the tests")
});

/// Every instrument, the Convention first, then by adoption.
pub fn all() -> &'static [Instrument] {
    &INSTRUMENTS
}

/// Where an instrument comes in `all()`, to list citations in that order.
pub fn position(key: &str) -> usize {
    all()
        .iter()
        .position(|instrument| instrument.key == key)
        .unwrap_or(usize::MAX)
}

pub fn find(key: &str) -> Option<&'static Instrument> {
    all().iter().find(|instrument| instrument.key == key)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_instrument_and_article_is_written_in_three_languages() {
        assert_eq!(all().len(), 5);
        for instrument in all() {
            assert!(
                instrument
                    .key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                instrument.key
            );
            for locale in Locale::ALL {
                assert!(!instrument.name.get(locale).is_empty());
                assert!(!instrument.about.get(locale).is_empty());
                assert!(!instrument.word.get(locale).is_empty());
            }
            let mut numbers = HashSet::new();
            for article in instrument.articles() {
                assert!(numbers.insert(article.number), "{} twice", article.number);
                assert!(article.number.parse::<u16>().is_ok());
                for locale in Locale::ALL {
                    assert!(!article.title(locale).is_empty());
                }
            }
        }
    }

    #[test]
    fn the_convention_has_its_articles_on_justice() {
        let crc = find("crc").expect("the Convention");
        let numbers: Vec<&str> = crc.articles().map(|a| a.number).collect();
        for number in ["3", "12", "37", "40"] {
            assert!(numbers.contains(&number), "article {number}");
        }
        assert!(find("beijing-rules").is_some());
        assert!(find("nowhere").is_none());
    }
}
