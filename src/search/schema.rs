//! What the index holds for each entry, and how each language's text is cut
//! into words: lower case, the language's stop words dropped, its stemmer
//! ("detenciones" and "detención" both become "detencion"), then accents
//! folded, so a query typed without them still matches.

use tantivy::{
    Index,
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions,
    },
    tokenizer::{
        AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
        StopWordFilter, TextAnalyzer,
    },
};

use crate::i18n::Locale;

/// Raised whenever the schema, the analyzers or what an entry's text is made
/// of change (3: pages' bodies indexed without their Markdown; 4: news
/// items indexed; 5: events indexed): an index of
/// another format is rebuilt from the database at start.
pub const FORMAT: u32 = 5;

/// The analyzer of names and tags, the same in every language.
const NAMES: &str = "names";

/// The fields of the index, by name.
#[derive(Clone, Copy)]
pub struct Fields {
    /// `resource:12` or `page:about`: what an entry stands for.
    pub key: Field,
    /// The resource's kind, or `page`.
    pub kind: Field,
    pub titles: [Field; 3],
    pub bodies: [Field; 3],
    /// Authors, organisation, tags, court and case number.
    pub names: Field,
    pub region: Field,
    pub country: Field,
    /// The lines of work' slugs.
    pub lines: Field,
    pub year: Field,
    /// The languages it is written in.
    pub languages: Field,
    /// The articles it cites, as `crc-40`.
    pub articles: Field,
    /// `YYYYMMDD` of its date (unknown parts as 0), for sorting by date.
    pub date: Field,
    /// Orders entries that rank equal, the same way on every index
    /// whatever its segments: smaller first.
    pub tie: Field,
}

/// The facets a search counts, by the field that holds them.
pub const FACETS: [&str; 7] = [
    "kind",
    "region",
    "country",
    "lines",
    "year",
    "languages",
    "articles",
];

impl Fields {
    pub fn title(&self, locale: Locale) -> Field {
        self.titles[locale_index(locale)]
    }

    pub fn body(&self, locale: Locale) -> Field {
        self.bodies[locale_index(locale)]
    }

    /// Every field a query's words are looked for in, with its weight.
    pub fn searched(&self) -> Vec<(Field, f32)> {
        let mut fields: Vec<(Field, f32)> = Vec::new();
        for locale in Locale::ALL {
            fields.push((self.title(locale), 2.0));
            fields.push((self.body(locale), 1.0));
        }
        fields.push((self.names, 1.0));
        fields
    }
}

fn locale_index(locale: Locale) -> usize {
    match locale {
        Locale::En => 0,
        Locale::Es => 1,
        Locale::Fr => 2,
    }
}

/// The analyzer name of a language's fields.
pub fn analyzer_of(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "text_en",
        Locale::Es => "text_es",
        Locale::Fr => "text_fr",
    }
}

fn stemmer_language(locale: Locale) -> Language {
    match locale {
        Locale::En => Language::English,
        Locale::Es => Language::Spanish,
        Locale::Fr => Language::French,
    }
}

pub fn build() -> (Schema, Fields) {
    let mut schema = Schema::builder();
    let text = |analyzer: &str, stored: bool| {
        let options = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let key = schema.add_text_field("key", STRING | STORED);
    let kind = schema.add_text_field("kind", STRING | FAST | STORED);
    let titles = Locale::ALL.map(|locale| {
        schema.add_text_field(
            &format!("title_{}", locale.code()),
            text(analyzer_of(locale), true),
        )
    });
    let bodies = Locale::ALL.map(|locale| {
        schema.add_text_field(
            &format!("body_{}", locale.code()),
            text(analyzer_of(locale), true),
        )
    });
    let names = schema.add_text_field("names", text(NAMES, false));
    let facet = |schema: &mut tantivy::schema::SchemaBuilder, name: &str| {
        schema.add_text_field(name, STRING | FAST | STORED)
    };
    let fields = Fields {
        key,
        kind,
        titles,
        bodies,
        names,
        region: facet(&mut schema, "region"),
        country: facet(&mut schema, "country"),
        lines: facet(&mut schema, "lines"),
        year: facet(&mut schema, "year"),
        languages: facet(&mut schema, "languages"),
        articles: facet(&mut schema, "articles"),
        date: schema.add_u64_field("date", INDEXED | FAST | STORED),
        tie: schema.add_u64_field("tie", FAST),
    };
    (schema.build(), fields)
}

/// The analyzer of a language's fields.
pub fn analyzer(locale: Locale) -> TextAnalyzer {
    let mut builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .dynamic();
    if let Some(stop_words) = StopWordFilter::new(stemmer_language(locale)) {
        builder = builder.filter_dynamic(stop_words);
    }
    builder
        .filter_dynamic(Stemmer::new(stemmer_language(locale)))
        .filter_dynamic(AsciiFoldingFilter)
        .build()
}

/// Names and tags: words as written, but for case and accents.
fn names_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Makes the analyzers known to `index` (they are not stored in it).
pub fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    for locale in Locale::ALL {
        tokenizers.register(analyzer_of(locale), analyzer(locale));
    }
    tokenizers.register(NAMES, names_analyzer());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(locale: Locale, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(locale);
        let mut stream = analyzer.token_stream(text);
        let mut found = Vec::new();
        while stream.advance() {
            found.push(stream.token().text.clone());
        }
        found
    }

    #[test]
    fn each_language_finds_the_forms_of_a_word() {
        assert_eq!(
            words(Locale::Es, "detenciones"),
            words(Locale::Es, "detención")
        );
        assert_eq!(
            words(Locale::Es, "detencion"),
            words(Locale::Es, "detención")
        );
        assert_eq!(words(Locale::Fr, "enfants"), words(Locale::Fr, "enfant"));
        assert_eq!(words(Locale::En, "rights"), words(Locale::En, "right"));
    }

    #[test]
    fn stop_words_of_each_language_are_dropped() {
        assert_eq!(words(Locale::Es, "la justicia de menores").len(), 2);
        assert_eq!(words(Locale::Fr, "la justice des mineurs").len(), 2);
        assert_eq!(words(Locale::En, "the rights of the child").len(), 2);
    }
}
