//! The form a resource is written in, for every kind: what all resources
//! have (texts side by side in three languages, authors, date, place, lines
//! of work, citations, terms of reuse) and the facts of its kind. Its
//! checks return every problem at once, each next to its field.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{
    entities::{AgeGroup, InstrumentKind, Kind, Licence, resource},
    standards,
};
use crate::{
    db::Keyed,
    geography::{self, COUNTRY_CODES, Region},
    i18n::Locale,
    lines_of_work::LineOption,
    safeguarding::{Field, Masked},
    web::{
        form::{FieldErrors, TextBounds},
        side_by_side::{LanguageTexts, SideBySide, Written},
    },
};

/// Each language's title and summary: a summary needs its title, and one
/// language at least has a title (which must be the original's).
const TEXTS: SideBySide = SideBySide {
    fields: [
        ("title_en", "summary_en"),
        ("title_es", "summary_es"),
        ("title_fr", "summary_fr"),
    ],
    heading: TextBounds { min: 0, max: 300 },
    body: TextBounds { min: 0, max: 4000 },
    heading_missing: "library-title-missing",
    none_written: "library-texts-missing",
};

const AUTHORS: TextBounds = TextBounds { min: 1, max: 300 };
const OPTIONAL_LINE: TextBounds = TextBounds { min: 0, max: 300 };
const REQUIRED_LINE: TextBounds = TextBounds { min: 1, max: 200 };
const TAGS: TextBounds = TextBounds { min: 0, max: 500 };
const LINK: TextBounds = TextBounds { min: 0, max: 500 };
const LONG_TEXT: TextBounds = TextBounds { min: 0, max: 4000 };

/// The fields as typed, kept as text to be shown again. (Serialize: the
/// CSV import reads the fields' names from it.)
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ResourceInput {
    pub title_en: String,
    pub summary_en: String,
    pub title_es: String,
    pub summary_es: String,
    pub title_fr: String,
    pub summary_fr: String,
    pub original_language: String,
    pub authors: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when not known.
    pub issued: String,
    pub country: String,
    /// Asked only of resources about no one country.
    pub region: String,
    /// Line of work slugs.
    pub lines: Vec<String>,
    pub tags: String,
    pub age_group: String,
    pub link: String,
    pub source: String,
    pub licence: String,
    /// Cited articles as `instrument:number`.
    pub cites: Vec<String>,
    pub jurisdiction: String,
    pub instrument_kind: String,
    pub adopted_on: String,
    pub in_force_from: String,
    pub in_force_until: String,
    /// The number of the legislation this text amends.
    pub amends: String,
    pub court: String,
    pub case_number: String,
    pub decided_on: String,
    pub outcome: String,
    pub organisation: String,
    pub period_from: String,
    pub period_until: String,
    /// `yes`, `no`, or empty when not known.
    pub evaluation: String,
    pub results: String,
    pub contact: String,
}

/// Legislation's own facts.
#[derive(Debug, Default, PartialEq)]
pub struct LegislationFacts {
    pub jurisdiction: String,
    pub instrument_kind: Option<InstrumentKind>,
    pub adopted_on: Option<NaiveDate>,
    pub in_force_from: Option<NaiveDate>,
    pub in_force_until: Option<NaiveDate>,
    pub amends_id: Option<i32>,
}

/// A court decision's own facts.
#[derive(Debug, Default, PartialEq)]
pub struct CaseFacts {
    pub court: String,
    pub case_number: String,
    pub decided_on: Option<NaiveDate>,
    pub outcome: Option<String>,
}

/// A programme's or good practice's own facts.
#[derive(Debug, Default, PartialEq)]
pub struct PracticeFacts {
    pub organisation: String,
    pub period_from: Option<i32>,
    pub period_until: Option<i32>,
    pub evaluation_available: Option<bool>,
    pub results: Option<String>,
    pub contact: Option<String>,
}

/// What a kind adds to every resource's fields.
#[derive(Debug, PartialEq)]
pub enum Facts {
    None,
    Legislation(LegislationFacts),
    Case(CaseFacts),
    Practice(PracticeFacts),
}

/// The facts written freely, read for a child's details: a case's outcome
/// and a practice's results, by column, with the message naming each.
const FREE_TEXTS: [(&str, &str); 2] = [
    ("outcome", "library-outcome"),
    ("results", "library-results"),
];

/// A stored resource's texts that `ValidResource::sensitive_texts` reads,
/// by column: what a correction's hidden details are reconciled from.
pub fn stored_sensitive_texts(stored: &resource::Model) -> [(&'static str, &str); 5] {
    [
        ("summary_en", &stored.summary_en),
        ("summary_es", &stored.summary_es),
        ("summary_fr", &stored.summary_fr),
        ("outcome", stored.outcome.as_deref().unwrap_or_default()),
        ("results", stored.results.as_deref().unwrap_or_default()),
    ]
}

impl Facts {
    /// The free text `name` (`FREE_TEXTS`), empty when this kind has none.
    fn free_text(&self, name: &str) -> &str {
        match self {
            Facts::Case(case) if name == "outcome" => case.outcome.as_deref(),
            Facts::Practice(practice) if name == "results" => practice.results.as_deref(),
            _ => None,
        }
        .unwrap_or_default()
    }

    fn free_text_mut(&mut self, name: &str) -> Option<&mut String> {
        match self {
            Facts::Case(case) if name == "outcome" => case.outcome.as_mut(),
            Facts::Practice(practice) if name == "results" => practice.results.as_mut(),
            _ => None,
        }
    }
}

/// A resource's fields that passed the checks.
#[derive(Debug)]
pub struct ValidResource {
    pub texts: Written,
    pub original_language: Locale,
    pub authors: String,
    pub issued: String,
    pub year: Option<i32>,
    pub country: Option<String>,
    pub region: Region,
    pub line_ids: Vec<i32>,
    pub tags: String,
    pub age_group: AgeGroup,
    pub link: Option<String>,
    pub source: String,
    pub licence: Licence,
    pub citations: Vec<(String, String)>,
    pub facts: Facts,
}

impl ValidResource {
    /// The texts read for a child's details before a member sends them:
    /// the summaries, a case's outcome and a practice's results
    /// (`safeguarding::labels`).
    pub fn sensitive_texts(&self) -> Vec<Field<'_>> {
        // Named with their language: the warning lists all three.
        let summaries = [
            ("summary_en", "library-field-summary-en"),
            ("summary_es", "library-field-summary-es"),
            ("summary_fr", "library-field-summary-fr"),
        ];
        let mut texts: Vec<Field> = summaries
            .into_iter()
            .zip(&self.texts)
            .map(|((name, label), (_, summary))| Field {
                name,
                label,
                text: summary,
            })
            .collect();
        // Both always, empty when the kind has none: a correction that
        // clears one (or changes the kind) drops the details it held.
        texts.extend(FREE_TEXTS.map(|(name, label)| Field {
            name,
            label,
            text: self.facts.free_text(name),
        }));
        texts
    }

    /// The resource as stored: with the details the member confirmed hidden.
    pub fn masked(mut self, masked: &Masked) -> ValidResource {
        let summaries = ["summary_en", "summary_es", "summary_fr"];
        for (name, (_, summary)) in summaries.into_iter().zip(self.texts.iter_mut()) {
            *summary = masked.text(name);
        }
        for (name, _) in FREE_TEXTS {
            if let Some(text) = self.facts.free_text_mut(name) {
                *text = masked.text(name);
            }
        }
        self
    }
}

/// What the form checks a resource against.
pub struct Known<'a> {
    pub lines: &'a [LineOption],
    /// Legislation the form's text may amend (published or not), by
    /// number: at least the one it names, if the library holds it.
    pub legislation: &'a [i32],
    /// The resource being changed, which cannot amend itself.
    pub editing: Option<i32>,
}

impl ResourceInput {
    /// A new resource's form in the writer's language.
    pub fn blank(locale: Locale) -> ResourceInput {
        ResourceInput {
            original_language: locale.code().into(),
            age_group: AgeGroup::Minors.key(),
            licence: Licence::Unknown.key(),
            region: Region::International.key().into(),
            ..ResourceInput::default()
        }
    }

    /// The typed title and summary of each language, with their fields.
    pub fn languages(&self) -> [LanguageTexts<'_>; 3] {
        TEXTS.languages([
            (&self.title_en, &self.summary_en),
            (&self.title_es, &self.summary_es),
            (&self.title_fr, &self.summary_fr),
        ])
    }

    pub fn cites_article(&self, instrument: &str, number: &str) -> bool {
        self.cites.contains(&format!("{instrument}:{number}"))
    }

    pub fn has_line(&self, slug: &str) -> bool {
        self.lines.iter().any(|line| line == slug)
    }

    pub fn validate(
        &self,
        kind: Kind,
        known: &Known,
        errors: &mut FieldErrors,
    ) -> Option<ValidResource> {
        let texts = TEXTS.check(
            self.languages().map(|texts| (texts.heading, texts.body)),
            errors,
        );
        let original_language = self.original_language(errors);
        let authors =
            errors.checked_text("authors", &self.authors, AUTHORS, "library-authors-missing");
        let issued = issued(&self.issued, errors);
        let (country, region) = self.place(errors);
        let line_ids = self.line_ids(known.lines, errors);
        let tags = errors.checked_text("tags", &self.tags, TAGS, "");
        let age_group = choice::<AgeGroup>("age_group", &self.age_group, errors);
        let link = web_link(&self.link, errors);
        let source = errors.checked_text("source", &self.source, OPTIONAL_LINE, "");
        let licence = choice::<Licence>("licence", &self.licence, errors);
        let citations = self.citations(errors);
        let facts = self.facts(kind, known, errors);
        let (issued, year) = issued?;
        Some(ValidResource {
            texts: texts?,
            original_language: original_language?,
            authors: authors?,
            issued,
            year,
            country: country?,
            region: region?,
            line_ids: line_ids?,
            tags: tidy_tags(&tags?),
            age_group: age_group?,
            link: link?,
            source: source?,
            licence: licence?,
            citations: citations?,
            facts: facts?,
        })
    }

    /// The original language must be one the resource is written in.
    fn original_language(&self, errors: &mut FieldErrors) -> Option<Locale> {
        let Some(locale) = Locale::from_code(&self.original_language) else {
            errors.add("original_language", "library-choice-unknown");
            return None;
        };
        let written = self
            .languages()
            .into_iter()
            .any(|texts| texts.locale == locale && !texts.heading.trim().is_empty());
        if !written {
            errors.add("original_language", "library-original-not-written");
            return None;
        }
        Some(locale)
    }

    /// The country, if any, and the region: the country's, or the one
    /// chosen for a resource about no one country.
    fn place(&self, errors: &mut FieldErrors) -> (Option<Option<String>>, Option<Region>) {
        let country = self.country.trim();
        if country.is_empty() {
            let region = Region::ALL.into_iter().find(|r| r.key() == self.region);
            if region.is_none() {
                errors.add("region", "library-choice-unknown");
            }
            return (Some(None), region);
        }
        if !COUNTRY_CODES.contains(&country) {
            errors.add("country", "library-choice-unknown");
            return (None, None);
        }
        (
            Some(Some(country.to_string())),
            Some(geography::region_of(country)),
        )
    }

    fn line_ids(&self, lines: &[LineOption], errors: &mut FieldErrors) -> Option<Vec<i32>> {
        let mut ids = Vec::new();
        for slug in &self.lines {
            let Some(line) = lines.iter().find(|line| &line.slug == slug) else {
                errors.add("lines", "library-choice-unknown");
                return None;
            };
            if !ids.contains(&line.id) {
                ids.push(line.id);
            }
        }
        Some(ids)
    }

    fn citations(&self, errors: &mut FieldErrors) -> Option<Vec<(String, String)>> {
        let mut cited = Vec::new();
        for typed in &self.cites {
            let known = typed.split_once(':').filter(|(instrument, number)| {
                standards::find(instrument)
                    .is_some_and(|found| found.articles().any(|article| article.number == *number))
            });
            let Some((instrument, number)) = known else {
                errors.add("cites", "library-choice-unknown");
                return None;
            };
            let pair = (instrument.to_string(), number.to_string());
            if !cited.contains(&pair) {
                cited.push(pair);
            }
        }
        Some(cited)
    }

    /// The fields of each kind's own facts, as `facts` reads them.
    pub const FACT_FIELDS: [(&'static [Kind], &'static [&'static str]); 3] = [
        (
            &[Kind::Legislation],
            &[
                "jurisdiction",
                "instrument_kind",
                "adopted_on",
                "in_force_from",
                "in_force_until",
                "amends",
            ],
        ),
        (
            &[Kind::CaseLaw],
            &["court", "case_number", "decided_on", "outcome"],
        ),
        (
            &[Kind::Programme, Kind::GoodPractice],
            &[
                "organisation",
                "period_from",
                "period_until",
                "evaluation",
                "results",
                "contact",
            ],
        ),
    ];

    fn facts(&self, kind: Kind, known: &Known, errors: &mut FieldErrors) -> Option<Facts> {
        match kind {
            Kind::Research => Some(Facts::None),
            Kind::Legislation => self.legislation(known, errors).map(Facts::Legislation),
            Kind::CaseLaw => self.case(errors).map(Facts::Case),
            Kind::Programme | Kind::GoodPractice => self.practice(errors).map(Facts::Practice),
        }
    }

    fn legislation(&self, known: &Known, errors: &mut FieldErrors) -> Option<LegislationFacts> {
        let jurisdiction = errors.checked_text(
            "jurisdiction",
            &self.jurisdiction,
            REQUIRED_LINE,
            "library-jurisdiction-missing",
        );
        let instrument_kind = if self.instrument_kind.is_empty() {
            errors.add("instrument_kind", "library-instrument-kind-missing");
            None
        } else {
            choice::<InstrumentKind>("instrument_kind", &self.instrument_kind, errors)
        };
        let adopted_on =
            errors.optional_date("adopted_on", &self.adopted_on, "library-date-invalid");
        let in_force_from =
            errors.optional_date("in_force_from", &self.in_force_from, "library-date-invalid");
        let in_force_until = errors.optional_date(
            "in_force_until",
            &self.in_force_until,
            "library-date-invalid",
        );
        let in_order =
            !matches!((in_force_from, in_force_until), (Some(from), Some(until)) if until < from);
        if !in_order {
            errors.add("in_force_until", "library-ends-before-start");
        }
        let amends_id = amended(&self.amends, known, errors);
        let complete = in_order
            && (self.adopted_on.trim().is_empty() || adopted_on.is_some())
            && (self.in_force_from.trim().is_empty() || in_force_from.is_some())
            && (self.in_force_until.trim().is_empty() || in_force_until.is_some());
        complete.then_some(())?;
        Some(LegislationFacts {
            jurisdiction: jurisdiction?,
            instrument_kind: Some(instrument_kind?),
            adopted_on,
            in_force_from,
            in_force_until,
            amends_id: amends_id?,
        })
    }

    fn case(&self, errors: &mut FieldErrors) -> Option<CaseFacts> {
        let court =
            errors.checked_text("court", &self.court, REQUIRED_LINE, "library-court-missing");
        let case_number = errors.checked_text(
            "case_number",
            &self.case_number,
            TextBounds { min: 1, max: 100 },
            "library-case-number-missing",
        );
        let decided_on =
            errors.optional_date("decided_on", &self.decided_on, "library-date-invalid");
        if self.decided_on.trim().is_empty() {
            errors.add("decided_on", "library-decided-on-missing");
        }
        let outcome = errors.checked_text("outcome", &self.outcome, LONG_TEXT, "");
        Some(CaseFacts {
            court: court?,
            case_number: case_number?,
            decided_on: Some(decided_on?),
            outcome: non_empty(outcome?),
        })
    }

    fn practice(&self, errors: &mut FieldErrors) -> Option<PracticeFacts> {
        let organisation = errors.checked_text(
            "organisation",
            &self.organisation,
            REQUIRED_LINE,
            "library-organisation-missing",
        );
        let period_from = year("period_from", &self.period_from, errors);
        let period_until = year("period_until", &self.period_until, errors);
        if let (Some(Some(from)), Some(Some(until))) = (period_from, period_until)
            && until < from
        {
            errors.add("period_until", "library-ends-before-start");
            return None;
        }
        let evaluation_available = match self.evaluation.as_str() {
            "" => Some(None),
            "yes" => Some(Some(true)),
            "no" => Some(Some(false)),
            _ => {
                errors.add("evaluation", "library-choice-unknown");
                None
            }
        };
        let results = errors.checked_text("results", &self.results, LONG_TEXT, "");
        let contact = errors.checked_text("contact", &self.contact, OPTIONAL_LINE, "");
        Some(PracticeFacts {
            organisation: organisation?,
            period_from: period_from?,
            period_until: period_until?,
            evaluation_available: evaluation_available?,
            results: non_empty(results?),
            contact: non_empty(contact?),
        })
    }
}

/// A stored resource's form, to change it.
impl From<(&resource::Model, &[LineOption], &[i32], &[(String, String)])> for ResourceInput {
    fn from(
        (resource, lines, line_ids, citations): (
            &resource::Model,
            &[LineOption],
            &[i32],
            &[(String, String)],
        ),
    ) -> Self {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let number = |value: Option<i32>| value.map(|n| n.to_string()).unwrap_or_default();
        ResourceInput {
            title_en: resource.title_en.clone(),
            summary_en: resource.summary_en.clone(),
            title_es: resource.title_es.clone(),
            summary_es: resource.summary_es.clone(),
            title_fr: resource.title_fr.clone(),
            summary_fr: resource.summary_fr.clone(),
            original_language: resource.original_language.clone(),
            authors: resource.authors.clone(),
            issued: resource.issued.clone(),
            country: text(&resource.country),
            region: resource.region.clone(),
            lines: lines
                .iter()
                .filter(|line| line_ids.contains(&line.id))
                .map(|line| line.slug.clone())
                .collect(),
            tags: resource.tags.clone(),
            age_group: resource.age_group.key(),
            link: text(&resource.link),
            source: resource.source.clone(),
            licence: resource.licence.key(),
            cites: citations
                .iter()
                .map(|(instrument, number)| format!("{instrument}:{number}"))
                .collect(),
            jurisdiction: text(&resource.jurisdiction),
            instrument_kind: resource.instrument_kind.map(Keyed::key).unwrap_or_default(),
            adopted_on: text(&resource.adopted_on),
            in_force_from: text(&resource.in_force_from),
            in_force_until: text(&resource.in_force_until),
            amends: number(resource.amends_id),
            court: text(&resource.court),
            case_number: text(&resource.case_number),
            decided_on: text(&resource.decided_on),
            outcome: text(&resource.outcome),
            organisation: text(&resource.organisation),
            period_from: number(resource.period_from),
            period_until: number(resource.period_until),
            evaluation: match resource.evaluation_available {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            results: text(&resource.results),
            contact: text(&resource.contact),
        }
    }
}

fn choice<T: Keyed>(field: &'static str, typed: &str, errors: &mut FieldErrors) -> Option<T> {
    let found = T::from_key(typed);
    if found.is_none() {
        errors.add(field, "library-choice-unknown");
    }
    found
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// The earliest year a resource of the library may be dated: the oldest
/// texts on children's justice it may hold are from the 19th century.
const EARLIEST_YEAR: i32 = 1800;

/// When it appeared, and its year: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a
/// real day, not after next year; empty when not known.
fn issued(typed: &str, errors: &mut FieldErrors) -> Option<(String, Option<i32>)> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Some((String::new(), None));
    }
    // Digits in the shape YYYY, YYYY-MM or YYYY-MM-DD, nothing else: what
    // is stored is what sorts and what the citation shows.
    let shaped = matches!(typed.len(), 4 | 7 | 10)
        && typed.char_indices().all(|(at, c)| {
            if at == 4 || at == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        errors.add("issued", "library-issued-invalid");
        return None;
    }
    let full = match typed.len() {
        4 => format!("{typed}-01-01"),
        7 => format!("{typed}-01"),
        _ => typed.to_string(),
    };
    let latest = chrono::Utc::now().year() + 1;
    match NaiveDate::parse_from_str(&full, "%Y-%m-%d") {
        Ok(day) if (EARLIEST_YEAR..=latest).contains(&day.year()) => {
            Some((typed.to_string(), Some(day.year())))
        }
        _ => {
            errors.add("issued", "library-issued-invalid");
            None
        }
    }
}

/// An optional year: none when empty.
fn year(field: &'static str, typed: &str, errors: &mut FieldErrors) -> Option<Option<i32>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Some(None);
    }
    match typed.parse::<i32>() {
        Ok(year) if (EARLIEST_YEAR..=2100).contains(&year) => Some(Some(year)),
        _ => {
            errors.add(field, "library-year-invalid");
            None
        }
    }
}

/// An optional address on the web: `http` or `https` with a host.
fn web_link(typed: &str, errors: &mut FieldErrors) -> Option<Option<String>> {
    let link = errors.checked_text("link", typed, LINK, "")?;
    if link.is_empty() {
        return Some(None);
    }
    match url::Url::parse(&link) {
        // Kept as the parser writes it: no spaces, braces or line breaks
        // left to break a page or a citation file.
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Some(Some(url.to_string()))
        }
        _ => {
            errors.add("link", "library-link-invalid");
            None
        }
    }
}

/// The legislation a text amends, by number: one the library holds.
fn amended(typed: &str, known: &Known, errors: &mut FieldErrors) -> Option<Option<i32>> {
    let typed = typed.trim().trim_start_matches('#');
    if typed.is_empty() {
        return Some(None);
    }
    match typed.parse::<i32>() {
        Ok(id) if known.legislation.contains(&id) && known.editing != Some(id) => Some(Some(id)),
        _ => {
            errors.add("amends", "library-amends-unknown");
            None
        }
    }
}

/// Tags as a reader sees them: trimmed, once each, separated by ", ".
fn tidy_tags(typed: &str) -> String {
    let mut tags: Vec<&str> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|kept| kept.eq_ignore_ascii_case(tag)) {
            tags.push(tag);
        }
    }
    tags.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines() -> Vec<LineOption> {
        vec![LineOption {
            id: 3,
            slug: "restorative-justice".into(),
            name: "Restorative justice".into(),
            description: String::new(),
        }]
    }

    fn check(input: &ResourceInput, kind: Kind) -> Result<ValidResource, Vec<&'static str>> {
        let lines = lines();
        let known = Known {
            lines: &lines,
            legislation: &[11],
            editing: Some(12),
        };
        let mut errors = FieldErrors::new(Locale::En);
        input
            .validate(kind, &known, &mut errors)
            .ok_or_else(|| errors.all().into_iter().map(|(field, _)| field).collect())
    }

    fn research() -> ResourceInput {
        ResourceInput {
            title_es: "Justicia restaurativa en Chile".into(),
            summary_es: "Un estudio.".into(),
            authors: "Pérez, M.".into(),
            issued: "2019-05".into(),
            country: "CL".into(),
            lines: vec!["restorative-justice".into()],
            tags: "mediation, Mediation , victims,".into(),
            cites: vec!["crc:40".into(), "crc:40".into()],
            ..ResourceInput::blank(Locale::Es)
        }
    }

    #[test]
    fn a_resource_in_one_language_with_its_place_and_citations() {
        let valid = check(&research(), Kind::Research).expect("valid");
        assert_eq!(valid.original_language, Locale::Es);
        assert_eq!(valid.texts[1].0, "Justicia restaurativa en Chile");
        assert_eq!((valid.issued.as_str(), valid.year), ("2019-05", Some(2019)));
        assert_eq!(valid.country.as_deref(), Some("CL"));
        assert_eq!(valid.region, Region::LatinAmerica);
        assert_eq!(valid.line_ids, vec![3]);
        assert_eq!(valid.tags, "mediation, victims");
        assert_eq!(valid.citations, vec![("crc".into(), "40".into())]);
        assert_eq!(valid.facts, Facts::None);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let input = ResourceInput {
            summary_en: "A summary without its title".into(),
            original_language: "fr".into(),
            authors: "  ".into(),
            issued: "2019-13".into(),
            country: "XX".into(),
            lines: vec!["unknown".into()],
            link: "javascript:alert(1)".into(),
            cites: vec!["crc:99".into()],
            licence: "mine".into(),
            ..research()
        };
        assert_eq!(
            check(&input, Kind::Research).unwrap_err(),
            vec![
                "title_en",
                "original_language",
                "authors",
                "issued",
                "country",
                "lines",
                "link",
                "licence",
                "cites"
            ]
        );
    }

    #[test]
    fn a_date_is_a_year_a_month_or_a_day_written_plainly() {
        for typed in ["2019", "2019-05", "2019-05-14"] {
            let input = ResourceInput {
                issued: typed.into(),
                ..research()
            };
            assert!(check(&input, Kind::Research).is_ok(), "{typed}");
        }
        for typed in [
            "+0002019-05-01",
            "2019- 5- 1",
            "19",
            "2019-5",
            "2019-02-30",
            "1700",
        ] {
            let input = ResourceInput {
                issued: typed.into(),
                ..research()
            };
            assert_eq!(
                check(&input, Kind::Research).unwrap_err(),
                vec!["issued"],
                "{typed}"
            );
        }
    }

    #[test]
    fn each_kind_asks_its_own_facts() {
        let errors = check(&research(), Kind::Legislation).unwrap_err();
        assert_eq!(errors, vec!["jurisdiction", "instrument_kind"]);
        let law = ResourceInput {
            jurisdiction: "Chile".into(),
            instrument_kind: "law".into(),
            adopted_on: "2005-11-07".into(),
            in_force_from: "2007-06-08".into(),
            in_force_until: "2006-01-01".into(),
            amends: "12".into(),
            ..research()
        };
        assert_eq!(
            check(&law, Kind::Legislation).unwrap_err(),
            vec!["in_force_until", "amends"]
        );
        let law = ResourceInput {
            in_force_until: String::new(),
            amends: "11".into(),
            ..law
        };
        let Facts::Legislation(facts) = check(&law, Kind::Legislation).unwrap().facts else {
            panic!("legislation")
        };
        assert_eq!(facts.amends_id, Some(11));
        assert_eq!(facts.instrument_kind, Some(InstrumentKind::Law));

        assert_eq!(
            check(&research(), Kind::CaseLaw).unwrap_err(),
            vec!["court", "case_number", "decided_on"]
        );
        let practice = ResourceInput {
            organisation: "Fundación".into(),
            period_from: "2018".into(),
            period_until: "2016".into(),
            ..research()
        };
        assert_eq!(
            check(&practice, Kind::GoodPractice).unwrap_err(),
            vec!["period_until"]
        );
    }
}
