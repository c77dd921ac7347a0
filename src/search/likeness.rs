//! Which of a few candidates (the lines of work, the working groups) a
//! text is most like, and by which of its words: the search engine's
//! "more like this" query, over a small index kept in memory that holds
//! each candidate's text in each language, cut into words by the site's
//! analyzers. The text is read in the three languages at once, so a
//! Spanish proposal meets an English line of work through its Spanish
//! description.

use std::collections::HashSet;

use tantivy::{
    Index, IndexReader, TantivyDocument,
    collector::TopDocs,
    query::{BooleanQuery, ConstScoreQuery, MoreLikeThisQuery, Occur, Query, RegexQuery},
    schema::{
        Field, IndexRecordOption, OwnedValue, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions, Value,
    },
    tokenizer::{SimpleTokenizer, TokenStream, Tokenizer},
};

use super::schema::{analyzer, analyzer_of, register};
use crate::i18n::Locale;

/// The least a writer is given by tantivy.
const WRITER_MEMORY: usize = 15_000_000;

/// Something a text may be like: its key and its text in each language
/// (in the order of `Locale::ALL`; empty where it has none).
pub struct Candidate {
    pub key: String,
    pub texts: [String; 3],
}

/// A candidate the text is like: how much (the engine's score), and the
/// text's own words that it shares with the candidate, as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Alike {
    pub key: String,
    pub score: f32,
    pub words: Vec<String>,
}

/// The candidates, indexed.
pub struct Likeness {
    reader: IndexReader,
    key: Field,
    texts: [Field; 3],
}

impl Likeness {
    pub fn of(candidates: &[Candidate]) -> tantivy::Result<Likeness> {
        let mut schema = Schema::builder();
        let key = schema.add_text_field("key", STRING | STORED);
        let texts = Locale::ALL.map(|locale| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(analyzer_of(locale))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let options = TextOptions::default()
                .set_indexing_options(indexing)
                .set_stored();
            schema.add_text_field(&format!("text_{}", locale.code()), options)
        });
        let index = Index::create_in_ram(schema.build());
        register(&index);
        let mut writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        for candidate in candidates {
            let mut document = TantivyDocument::default();
            document.add_text(key, &candidate.key);
            for (field, text) in texts.iter().zip(&candidate.texts) {
                document.add_text(*field, text);
            }
            writer.add_document(document)?;
        }
        writer.commit()?;
        Ok(Likeness {
            reader: index.reader()?,
            key,
            texts,
        })
    }

    /// The `most` candidates `text` is most like, the likest first; only
    /// those that share a word with it.
    pub fn rank(&self, text: &str, most: usize) -> tantivy::Result<Vec<Alike>> {
        let fields = self
            .texts
            .iter()
            .map(|field| (*field, vec![OwnedValue::Str(text.to_string())]))
            .collect();
        // Every word counts, however rare in the text or among so few
        // candidates; short ones ("de", "of") are left to the stop words.
        let query = MoreLikeThisQuery::builder()
            .with_min_doc_frequency(1)
            .with_min_term_frequency(1)
            .with_min_word_length(3)
            .with_max_query_terms(60)
            .with_document_fields(fields);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(most).order_by_score())?;
        let mut alike = Vec::with_capacity(top.len());
        for (score, address) in top {
            let document: TantivyDocument = searcher.doc(address)?;
            let texts = self.texts.map(|field| text_of(&document, field));
            alike.push(Alike {
                key: text_of(&document, self.key),
                score,
                words: shared_words(text, &texts),
            });
        }
        Ok(alike)
    }
}

fn text_of(document: &TantivyDocument, field: Field) -> String {
    document
        .get_first(field)
        .and_then(|value| value.as_str())
        .unwrap_or_default()
        .to_string()
}

/// The words of `text` that, in one of the languages, come to the same
/// stem as a word of the candidate's text in that language; each once,
/// in the order they come in `text`.
pub fn shared_words(text: &str, theirs: &[String; 3]) -> Vec<String> {
    let mut shared: Vec<(usize, String)> = Vec::new();
    for (locale, their_text) in Locale::ALL.into_iter().zip(theirs) {
        let stems = stems(locale, their_text);
        let mut analyzer = analyzer(locale);
        let mut tokens = analyzer.token_stream(text);
        while tokens.advance() {
            let token = tokens.token();
            if token.text.chars().count() >= 3 && stems.contains(&token.text) {
                shared.push((
                    token.offset_from,
                    text[token.offset_from..token.offset_to].to_string(),
                ));
            }
        }
    }
    shared.sort_by_key(|(at, _)| *at);
    let mut seen = HashSet::new();
    shared
        .into_iter()
        .map(|(_, word)| word)
        .filter(|word| seen.insert(word.to_lowercase()))
        .collect()
}

fn stems(locale: Locale, text: &str) -> HashSet<String> {
    let mut analyzer = analyzer(locale);
    let mut tokens = analyzer.token_stream(text);
    let mut stems = HashSet::new();
    while tokens.advance() {
        stems.insert(tokens.token().text.clone());
    }
    stems
}

/// `text` cut where `words` are, each part with whether it is one of
/// them (compared without regard to case), for a page to highlight.
pub fn marked(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let wanted: HashSet<String> = words.iter().map(|word| word.to_lowercase()).collect();
    let mut parts = Vec::new();
    let mut from = 0;
    let mut tokenizer = SimpleTokenizer::default();
    let mut tokens = tokenizer.token_stream(text);
    while tokens.advance() {
        let token = tokens.token();
        if wanted.contains(&token.text.to_lowercase()) {
            if from < token.offset_from {
                parts.push((text[from..token.offset_from].to_string(), false));
            }
            parts.push((text[token.offset_from..token.offset_to].to_string(), true));
            from = token.offset_to;
        }
    }
    if from < text.len() {
        parts.push((text[from..].to_string(), false));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(key: &str, en: &str, es: &str, fr: &str) -> Candidate {
        Candidate {
            key: key.into(),
            texts: [en.into(), es.into(), fr.into()],
        }
    }

    fn lines() -> Likeness {
        Likeness::of(&[
            candidate(
                "restorative-justice",
                "Restorative justice. Mediation, conferencing and repair of the harm caused.",
                "Justicia restaurativa. Mediación, conferencias y reparación del daño causado.",
                "Justice restaurative. Médiation, conférences et réparation du préjudice causé.",
            ),
            candidate(
                "training",
                "Training. Training and professional development for those who work with young people.",
                "Formación. Formación y desarrollo profesional de quienes trabajan con jóvenes.",
                "Formation. Formation et développement professionnel de celles et ceux qui travaillent avec les jeunes.",
            ),
        ])
        .unwrap()
    }

    #[test]
    fn a_text_is_most_like_the_candidate_it_shares_its_rarest_words_with_in_any_language() {
        let ranked = lines()
            .rank(
                "Proponemos mediación entre víctimas y adolescentes para reparar el daño.",
                2,
            )
            .unwrap();
        assert_eq!(ranked[0].key, "restorative-justice");
        assert!(
            ranked[0].words.contains(&"mediación".to_string()),
            "{ranked:?}"
        );
        assert!(ranked[0].words.contains(&"daño".to_string()), "{ranked:?}");
        let ranked = lines()
            .rank("A training course for judges and professionals.", 2)
            .unwrap();
        assert_eq!(ranked[0].key, "training");
    }

    #[test]
    fn a_text_sharing_no_word_is_like_nothing() {
        assert!(lines().rank("Zebra quokka.", 2).unwrap().is_empty());
    }

    #[test]
    fn the_shared_words_are_marked_where_they_are() {
        let words = vec!["Mediación".to_string()];
        assert_eq!(
            marked("La mediación funciona.", &words),
            [
                ("La ".to_string(), false),
                ("mediación".to_string(), true),
                (" funciona.".to_string(), false)
            ]
        );
    }
}

/// A published library resource a text is like.
#[derive(Clone, Debug, PartialEq)]
pub struct LikeResource {
    pub id: i32,
    /// Its title in each language (empty where it has none).
    pub titles: [String; 3],
    pub score: f32,
    pub words: Vec<String>,
}

/// The library's resources in the site's index most like `text`: the same
/// "more like this" query over their titles and summaries in the three
/// languages.
pub fn resources_like(
    searcher: &tantivy::Searcher,
    fields: &super::schema::Fields,
    text: &str,
    most: usize,
) -> tantivy::Result<Vec<LikeResource>> {
    let searched = Locale::ALL
        .into_iter()
        .flat_map(|locale| [fields.title(locale), fields.body(locale)])
        .map(|field| (field, vec![OwnedValue::Str(text.to_string())]))
        .collect();
    let query = MoreLikeThisQuery::builder()
        .with_min_doc_frequency(1)
        .with_min_term_frequency(1)
        .with_min_word_length(3)
        .with_max_query_terms(60)
        .with_document_fields(searched);
    // Pages and news are in the index too: only resources are read, the
    // filter adding nothing to their scores.
    let resources = RegexQuery::from_pattern("resource:[0-9]+", fields.key)?;
    let query = BooleanQuery::new(vec![
        (Occur::Must, Box::new(query) as Box<dyn Query>),
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(resources), 0.0)),
        ),
    ]);
    let top = searcher.search(&query, &TopDocs::with_limit(most).order_by_score())?;
    let mut found = Vec::new();
    for (score, address) in top {
        let document: TantivyDocument = searcher.doc(address)?;
        let Some(id) = text_of(&document, fields.key)
            .strip_prefix("resource:")
            .and_then(|id| id.parse().ok())
        else {
            continue;
        };
        let titles = Locale::ALL.map(|locale| text_of(&document, fields.title(locale)));
        let texts = Locale::ALL.map(|locale| {
            let title = text_of(&document, fields.title(locale));
            format!("{title}\n{}", text_of(&document, fields.body(locale)))
        });
        found.push(LikeResource {
            id,
            titles,
            score,
            words: shared_words(text, &texts),
        });
    }
    Ok(found)
}
