//! A visitor's words made into a query, run against the index.
//!
//! Whatever is typed is accepted: control characters become spaces, only
//! the first `MAX_CHARS` characters and `MAX_CHUNKS` words count, so every
//! query is small and answers quickly. Each word must be found, in any
//! field of any language (a Spanish word finds a resource whose Spanish
//! summary has it, whatever its title's language); "quoted words" must be
//! found together; a word after `-` must not be found. When the words as
//! typed find nothing, they are looked for again with typos forgiven:
//! longer words then match one or two letters off. A word that is a stop word in any of the
//! three languages ("de", "la", "the") is dropped: it would otherwise be
//! required of the languages where it is a word.

use std::collections::HashMap;

use tantivy::{
    DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term,
    collector::{Collector, Count, SegmentCollector, TopDocs},
    columnar::ColumnValues,
    query::{
        AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
        TermQuery,
    },
    schema::{Field, IndexRecordOption, Value},
    snippet::SnippetGenerator,
    tokenizer::TextAnalyzer,
};

use super::schema::{FACETS, Fields};
use crate::i18n::Locale;

pub const MAX_CHARS: usize = 200;
pub const MAX_CHUNKS: usize = 10;
/// Words this long match one letter off; twice as long, two.
const FUZZY_FROM: usize = 5;
const FUZZIER_FROM: usize = 9;
/// The characters of a result's excerpt.
const SNIPPET_CHARS: usize = 220;

/// A search as the visitor asked it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Request {
    pub text: String,
    /// Facet field name and the value it must have.
    pub filters: Vec<(&'static str, String)>,
    pub by_date: bool,
    /// Only the library's resources, none of the site's pages.
    pub resources_only: bool,
    pub offset: usize,
    pub limit: usize,
    /// The reader's language: titles and excerpts are shown in it first.
    pub locale: Locale,
}

pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// For each facet of `FACETS`, its values and how many results have
    /// each, most first.
    pub facets: HashMap<&'static str, Vec<(String, u64)>>,
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub key: String,
    pub kind: String,
    pub title: String,
    pub title_language: Locale,
    /// The excerpt where the words were found, with them marked.
    pub excerpt: Vec<Piece>,
    pub excerpt_language: Locale,
    pub year: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// What the visitor typed, cut into what must be found.
#[derive(Debug, PartialEq, Eq)]
enum Chunk {
    Word(String),
    Phrase(String),
    Excluded(String),
}

fn chunks(text: &str) -> Vec<Chunk> {
    let clean: String = text
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut found = Vec::new();
    for (index, part) in clean.split('"').enumerate() {
        if index % 2 == 1 {
            if !part.trim().is_empty() {
                found.push(Chunk::Phrase(part.trim().to_string()));
            }
            continue;
        }
        for word in part.split_whitespace() {
            match word.strip_prefix('-') {
                Some(excluded) if !excluded.is_empty() => {
                    found.push(Chunk::Excluded(excluded.to_string()));
                }
                _ => found.push(Chunk::Word(word.trim_start_matches('+').to_string())),
            }
        }
    }
    found.truncate(MAX_CHUNKS);
    found
}

/// The words `analyzer` makes of `text`, with their positions.
fn analysed(analyzer: &TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut analyzer = analyzer.clone();
    let mut stream = analyzer.token_stream(text);
    let mut found = Vec::new();
    while stream.advance() {
        let token = stream.token();
        found.push((token.position, token.text.clone()));
    }
    found
}

/// The searched fields with their analyzers.
struct Analyzers {
    fields: Vec<(Field, f32, TextAnalyzer)>,
    /// Whether longer words also match a letter or two off (never the
    /// excluded ones: excluding a word excludes it, not its neighbours).
    forgiving: bool,
}

impl Analyzers {
    fn new(searcher: &Searcher, fields: &Fields, forgiving: bool) -> tantivy::Result<Analyzers> {
        let index = searcher.index();
        let fields = fields
            .searched()
            .into_iter()
            .map(|(field, weight)| Ok((field, weight, index.tokenizer_for_field(field)?)))
            .collect::<tantivy::Result<_>>()?;
        Ok(Analyzers { fields, forgiving })
    }

    /// Where `text` is looked for: one clause per field that has words for
    /// it; none when a language drops it as a stop word.
    fn clause(&self, text: &str, phrase: bool, excluded: bool) -> Option<Box<dyn Query>> {
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, weight, analyzer) in &self.fields {
            let words = analysed(analyzer, text);
            if words.is_empty() && !phrase {
                return None;
            }
            let forgiven = (self.forgiving && !excluded).then(|| text.chars().count());
            if let Some(query) = field_query(*field, &words, forgiven) {
                alternatives.push((Occur::Should, Box::new(BoostQuery::new(query, *weight))));
            }
        }
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
    }
}

/// The query of `words` in `field`; a single word also a letter or two
/// off when typos are forgiven (`typed_chars` is then the word's length as
/// typed).
fn field_query(
    field: Field,
    words: &[(usize, String)],
    typed_chars: Option<usize>,
) -> Option<Box<dyn Query>> {
    match words {
        [] => None,
        [(_, word)] => {
            let term = Term::from_field_text(field, word);
            let exact: Box<dyn Query> =
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
            let Some(typed_chars) = typed_chars else {
                return Some(exact);
            };
            if typed_chars < FUZZY_FROM || word.chars().count() < FUZZY_FROM - 1 {
                return Some(exact);
            }
            let distance = if typed_chars >= FUZZIER_FROM { 2 } else { 1 };
            let near = BoostQuery::new(Box::new(FuzzyTermQuery::new(term, distance, true)), 0.3);
            Some(Box::new(BooleanQuery::new(vec![
                (Occur::Should, exact),
                (Occur::Should, Box::new(near)),
            ])))
        }
        _ => {
            let first = words[0].0;
            let terms = words
                .iter()
                .map(|(position, word)| (position - first, Term::from_field_text(field, word)))
                .collect();
            Some(Box::new(PhraseQuery::new_with_offset(terms)))
        }
    }
}

/// The query of a request: its words, its exclusions and its filters.
fn build(
    searcher: &Searcher,
    fields: &Fields,
    request: &Request,
    forgiving: bool,
) -> tantivy::Result<Box<dyn Query>> {
    let analyzers = Analyzers::new(searcher, fields, forgiving)?;
    let schema = searcher.schema();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for chunk in chunks(&request.text) {
        let (occur, clause) = match &chunk {
            Chunk::Word(text) => (Occur::Must, analyzers.clause(text, false, false)),
            Chunk::Phrase(text) => (Occur::Must, analyzers.clause(text, true, false)),
            Chunk::Excluded(text) => (Occur::MustNot, analyzers.clause(text, false, true)),
        };
        if let Some(clause) = clause {
            clauses.push((occur, clause));
        }
    }
    let words_found = clauses.iter().any(|(occur, _)| *occur == Occur::Must);
    if has_words(request) && !words_found {
        // Words were typed and none is one a text could hold ("((", "de
        // la"): they match nothing, rather than everything.
        return Ok(Box::new(EmptyQuery));
    }
    for (name, value) in &request.filters {
        let field = schema.get_field(name)?;
        let term = Term::from_field_text(field, value);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    if request.resources_only {
        use super::documents::{EVENT, NEWS, PAGE};
        for kind in [PAGE, NEWS, EVENT] {
            let kind = Term::from_field_text(fields.kind, kind);
            clauses.push((
                Occur::MustNot,
                Box::new(TermQuery::new(kind, IndexRecordOption::Basic)),
            ));
        }
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        // Only filters or exclusions: everything they keep.
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// Whether the request has words to look for (and not only filters).
fn has_words(request: &Request) -> bool {
    chunks(&request.text)
        .iter()
        .any(|chunk| !matches!(chunk, Chunk::Excluded(_)))
}

pub fn run(searcher: &Searcher, fields: &Fields, request: &Request) -> tantivy::Result<Results> {
    let mut query = build(searcher, fields, request, false)?;
    let mut found = collect(searcher, &*query, request)?;
    if found.total == 0 && has_words(request) {
        // Looking for near words costs more: only when the words as typed
        // found nothing.
        query = build(searcher, fields, request, true)?;
        found = collect(searcher, &*query, request)?;
    }
    let Collected {
        addresses,
        total,
        facets,
    } = found;
    let excerpts = Excerpts::new(searcher, &*query);
    let hits = addresses
        .into_iter()
        .map(|address| {
            let document: TantivyDocument = searcher.doc(address)?;
            Ok(hit_of(&document, fields, &excerpts, request.locale))
        })
        .collect::<tantivy::Result<_>>()?;
    Ok(Results {
        total,
        hits,
        facets,
    })
}

fn text_of(document: &TantivyDocument, field: Field) -> &str {
    document
        .get_first(field)
        .and_then(|value| value.as_str())
        .unwrap_or("")
}

/// The reader's language first, then the others in their usual order.
fn languages_for(locale: Locale) -> impl Iterator<Item = Locale> {
    std::iter::once(locale).chain(
        Locale::ALL
            .into_iter()
            .filter(move |other| *other != locale),
    )
}

fn hit_of(document: &TantivyDocument, fields: &Fields, excerpts: &Excerpts, locale: Locale) -> Hit {
    let title_language = languages_for(locale)
        .find(|language| !text_of(document, fields.title(*language)).is_empty())
        .unwrap_or(locale);
    let (excerpt, excerpt_language) = excerpts.of(document, fields, locale);
    let facet = |field: Field| {
        let text = text_of(document, field);
        (!text.is_empty()).then(|| text.to_string())
    };
    Hit {
        key: text_of(document, fields.key).to_string(),
        kind: text_of(document, fields.kind).to_string(),
        title: text_of(document, fields.title(title_language)).to_string(),
        title_language,
        excerpt,
        excerpt_language,
        year: facet(fields.year),
        country: facet(fields.country),
        region: facet(fields.region),
    }
}

/// What a query found: the page of results asked for, how many in all,
/// and the facets' counts.
struct Collected {
    addresses: Vec<DocAddress>,
    total: usize,
    facets: HashMap<&'static str, Vec<(String, u64)>>,
}

fn collect(
    searcher: &Searcher,
    query: &dyn Query,
    request: &Request,
) -> tantivy::Result<Collected> {
    let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
    // Equal ranks are ordered by the entries' ties, not by where they
    // happen to lie in the index's segments: every index answers alike.
    let (addresses, total, facets) = if request.by_date {
        let by_date = top.tweak_score(|segment: &SegmentReader| {
            let (date, tie) = (u64_column(segment, "date"), u64_column(segment, "tie"));
            move |doc: DocId, _score: Score| (date.get_val(doc), u64::MAX - tie.get_val(doc))
        });
        let (found, total, facets) = searcher.search(query, &(by_date, Count, FacetCounts))?;
        (
            found.into_iter().map(|(_, address)| address).collect(),
            total,
            facets,
        )
    } else {
        let by_score = top.tweak_score(|segment: &SegmentReader| {
            let tie = u64_column(segment, "tie");
            move |doc: DocId, score: Score| (score, u64::MAX - tie.get_val(doc))
        });
        let (found, total, facets) = searcher.search(query, &(by_score, Count, FacetCounts))?;
        (
            found.into_iter().map(|(_, address)| address).collect(),
            total,
            facets,
        )
    };
    Ok(Collected {
        addresses,
        total,
        facets,
    })
}

/// A number field of every entry (the schema has it, with 0 for none).
fn u64_column(segment: &SegmentReader, name: &str) -> std::sync::Arc<dyn ColumnValues<u64>> {
    segment
        .fast_fields()
        .u64(name)
        .expect("the schema's number field")
        .first_or_default_col(0)
}

/// Excerpts of each language's text around the words found. A language's
/// generator weighs the query's words in that language's text: it is made
/// the first time an excerpt in that language is asked for.
struct Excerpts<'a> {
    searcher: &'a Searcher,
    query: &'a dyn Query,
    generators: [std::cell::OnceCell<Option<SnippetGenerator>>; 3],
}

impl<'a> Excerpts<'a> {
    fn new(searcher: &'a Searcher, query: &'a dyn Query) -> Excerpts<'a> {
        Excerpts {
            searcher,
            query,
            generators: Default::default(),
        }
    }

    fn generator(&self, fields: &Fields, language: Locale) -> Option<&SnippetGenerator> {
        let slot = Locale::ALL.iter().position(|l| *l == language)?;
        self.generators[slot]
            .get_or_init(|| {
                let mut generator =
                    SnippetGenerator::create(self.searcher, self.query, fields.body(language))
                        .map_err(|error| {
                            // The results stand without excerpts.
                            tracing::warn!(%error, "could not make the search's excerpts");
                        })
                        .ok()?;
                generator.set_max_num_chars(SNIPPET_CHARS);
                Some(generator)
            })
            .as_ref()
    }

    /// The excerpt with words found, in the reader's language when it has
    /// one; else the beginning of the text in the first language it has.
    fn of(
        &self,
        document: &TantivyDocument,
        fields: &Fields,
        locale: Locale,
    ) -> (Vec<Piece>, Locale) {
        for language in languages_for(locale) {
            let text = text_of(document, fields.body(language));
            if text.is_empty() {
                continue;
            }
            let Some(generator) = self.generator(fields, language) else {
                continue;
            };
            let snippet = generator.snippet(text);
            if !snippet.is_empty() {
                return (pieces(snippet.fragment(), snippet.highlighted()), language);
            }
        }
        for language in languages_for(locale) {
            let text = text_of(document, fields.body(language)).trim();
            if !text.is_empty() {
                return (
                    vec![Piece {
                        text: beginning(text),
                        marked: false,
                    }],
                    language,
                );
            }
        }
        (Vec::new(), locale)
    }
}

/// The first words of `text`, cut at a word's end.
fn beginning(text: &str) -> String {
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let kept = cut.rsplit_once(' ').map_or(cut.as_str(), |(kept, _)| kept);
    format!("{kept}…")
}

/// `fragment` cut into plain and marked pieces by `marked` byte ranges.
fn pieces(fragment: &str, marked: &[std::ops::Range<usize>]) -> Vec<Piece> {
    let mut ranges = marked.to_vec();
    ranges.sort_by_key(|range| range.start);
    let mut found = Vec::new();
    let mut at = 0;
    for range in ranges {
        if range.start < at || range.end > fragment.len() {
            continue;
        }
        if range.start > at {
            found.push(Piece {
                text: fragment[at..range.start].to_string(),
                marked: false,
            });
        }
        found.push(Piece {
            text: fragment[range.clone()].to_string(),
            marked: true,
        });
        at = range.end;
    }
    if at < fragment.len() {
        found.push(Piece {
            text: fragment[at..].to_string(),
            marked: false,
        });
    }
    found
}

/// Counts, for each facet field, how many matching entries have each value.
struct FacetCounts;

struct SegmentFacetCounts {
    columns: Vec<Option<tantivy::columnar::StrColumn>>,
    counts: Vec<Vec<u64>>,
}

type Counted = HashMap<&'static str, HashMap<String, u64>>;

impl Collector for FacetCounts {
    type Fruit = HashMap<&'static str, Vec<(String, u64)>>;
    type Child = SegmentFacetCounts;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounts> {
        let columns = FACETS
            .iter()
            .map(|name| reader.fast_fields().str(name))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let counts = columns
            .iter()
            .map(|column| vec![0; column.as_ref().map_or(0, |column| column.num_terms())])
            .collect();
        Ok(SegmentFacetCounts { columns, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Counted>) -> tantivy::Result<Self::Fruit> {
        let mut merged: Counted = HashMap::new();
        for segment in segments {
            for (name, values) in segment {
                let into = merged.entry(name).or_default();
                for (value, count) in values {
                    *into.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged
            .into_iter()
            .map(|(name, values)| {
                let mut sorted: Vec<(String, u64)> = values.into_iter().collect();
                sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                (name, sorted)
            })
            .collect())
    }
}

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = Counted;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        for (column, counts) in self.columns.iter().zip(&mut self.counts) {
            let Some(column) = column else { continue };
            let ords = column.ords();
            if matches!(ords.index, tantivy::columnar::ColumnIndex::Full) {
                // One value for every entry (kind): read it directly.
                if let Some(count) = counts.get_mut(ords.values.get_val(doc) as usize) {
                    *count += 1;
                }
                continue;
            }
            for ord in ords.values_for_doc(doc) {
                if let Some(count) = counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counted {
        let mut found = HashMap::new();
        for ((name, column), counts) in FACETS.iter().zip(&self.columns).zip(self.counts) {
            let Some(column) = column else { continue };
            let mut values = HashMap::new();
            let mut text = String::new();
            for (ord, count) in counts.into_iter().enumerate() {
                if count > 0 && column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                    values.insert(text.clone(), count);
                }
            }
            found.insert(*name, values);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::{Chunk, MAX_CHUNKS, chunks, pieces};

    #[test]
    fn what_is_typed_becomes_words_phrases_and_exclusions() {
        assert_eq!(
            chunks("justicia \"medidas alternativas\" -adultos +niños"),
            vec![
                Chunk::Word("justicia".into()),
                Chunk::Phrase("medidas alternativas".into()),
                Chunk::Excluded("adultos".into()),
                Chunk::Word("niños".into()),
            ]
        );
    }

    #[test]
    fn any_shape_of_text_gives_a_bounded_query() {
        assert_eq!(
            chunks("a\u{0}b\tc"),
            vec![
                Chunk::Word("a".into()),
                Chunk::Word("b".into()),
                Chunk::Word("c".into())
            ]
        );
        assert_eq!(chunks(&"word ".repeat(1000)).len(), MAX_CHUNKS);
        assert!(
            chunks("\"\"\" - -- \"")
                .iter()
                .all(|chunk| !matches!(chunk, Chunk::Phrase(p) if p.is_empty()))
        );
    }

    #[test]
    fn marked_ranges_become_pieces() {
        let word = 3..13;
        let found = pieces("la detención de menores", std::slice::from_ref(&word));
        assert_eq!(found.len(), 3);
        assert!(found[1].marked);
        assert_eq!(found[1].text, "detención");
    }
}
