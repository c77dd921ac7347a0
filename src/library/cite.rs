//! "Cite": a resource as a reader would quote it, in the reader's language,
//! as APA-style text for the page and as BibTeX and RIS records for
//! reference managers.

use super::entities::{Kind, resource};
use crate::{i18n::Locale, web::side_by_side::Translated};

/// What every form of citation is made of.
pub struct Citation<'a> {
    pub resource: &'a resource::Model,
    /// The language the title is cited in: the one the reader is shown.
    pub language: Locale,
    /// Where to find it: its external link, or else its page here.
    pub url: String,
}

/// APA-style text, in three parts so the page can set the title in italics.
pub struct Apa {
    pub before_title: String,
    pub title: String,
    pub after_title: String,
}

impl<'a> Citation<'a> {
    pub fn new(resource: &'a resource::Model, locale: Locale, page_url: String) -> Self {
        Citation {
            language: resource.shown_language(locale),
            url: resource.link.clone().unwrap_or(page_url),
            resource,
        }
    }

    fn title(&self) -> &str {
        self.resource.heading_in(self.language)
    }

    /// Each author, as separated by semicolons when typed.
    fn authors(&self) -> Vec<&str> {
        self.resource
            .authors
            .split(';')
            .map(str::trim)
            .filter(|author| !author.is_empty())
            .collect()
    }

    pub fn apa(&self) -> Apa {
        let date = match self.resource.year {
            Some(year) => year.to_string(),
            None => "n.d.".into(),
        };
        let authors = self.authors().join(", ");
        let authors = authors.trim_end_matches('.');
        let source = &self.resource.source;
        let source = if source.is_empty() || source == &self.resource.authors {
            String::new()
        } else {
            format!(" {}.", source.trim_end_matches('.'))
        };
        // A title ending in a question or an exclamation keeps its own mark.
        let title = self.title().trim_end_matches('.').to_string();
        let stop = if title.ends_with(['?', '!']) { "" } else { "." };
        Apa {
            before_title: format!("{authors}. ({date}). "),
            title,
            after_title: format!("{stop}{source} {}", self.url),
        }
    }

    /// A BibTeX record: a technical report for research, else `@misc`.
    pub fn bibtex(&self) -> String {
        let resource = self.resource;
        let entry = if resource.kind == Kind::Research {
            "techreport"
        } else {
            "misc"
        };
        let authors: Vec<String> = self
            .authors()
            .into_iter()
            .map(|author| {
                // A name without a comma is an organisation: braced, so it
                // is not split into first and last names.
                if author.contains(',') {
                    bibtex_escape(author)
                } else {
                    format!("{{{}}}", bibtex_escape(author))
                }
            })
            .collect();
        let mut fields = vec![
            ("author", authors.join(" and ")),
            ("title", format!("{{{}}}", bibtex_escape(self.title()))),
        ];
        if let Some(year) = resource.year {
            fields.push(("year", year.to_string()));
        }
        if !resource.source.is_empty() {
            let name = if entry == "techreport" {
                "institution"
            } else {
                "publisher"
            };
            fields.push((name, bibtex_escape(&resource.source)));
        }
        fields.push(("url", self.url.replace(['{', '}'], "")));
        fields.push(("language", self.language.code().to_string()));
        let body: Vec<String> = fields
            .into_iter()
            .map(|(name, value)| format!("  {name} = {{{value}}}"))
            .collect();
        format!(
            "@{entry}{{observatory-{},\n{}\n}}\n",
            resource.id,
            body.join(",\n")
        )
    }

    /// An RIS record (lines end with CR LF, as the format asks).
    pub fn ris(&self) -> String {
        let resource = self.resource;
        let kind = match resource.kind {
            Kind::Research => "RPRT",
            Kind::Legislation => "STAT",
            Kind::CaseLaw => "CASE",
            Kind::Programme | Kind::GoodPractice => "GEN",
        };
        let mut lines = vec![("TY", kind.to_string())];
        lines.extend(self.authors().into_iter().map(|a| ("AU", a.to_string())));
        lines.push(("TI", self.title().to_string()));
        if let Some(year) = resource.year {
            lines.push(("PY", year.to_string()));
        }
        let summary = resource.body_in(self.language);
        if !summary.is_empty() {
            lines.push(("AB", summary.to_string()));
        }
        if !resource.source.is_empty() {
            lines.push(("PB", resource.source.clone()));
        }
        lines.extend(
            resource
                .tag_list()
                .into_iter()
                .map(|t| ("KW", t.to_string())),
        );
        lines.push(("LA", self.language.code().to_string()));
        lines.push(("UR", self.url.clone()));
        lines.push(("ER", String::new()));
        // One line per field: a line break in a value would start a field.
        lines
            .into_iter()
            .map(|(tag, value)| {
                let value = value.replace(['\r', '\n'], " ");
                if value.is_empty() {
                    format!("{tag}  -\r\n")
                } else {
                    format!("{tag}  - {value}\r\n")
                }
            })
            .collect()
    }
}

/// Escapes what BibTeX would read as markup.
fn bibtex_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' | '}' | '\\' => escaped.push(' '),
            '%' | '&' | '$' | '#' | '_' => {
                escaped.push('\\');
                escaped.push(c);
            }
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::entities::{AgeGroup, Licence, State};

    fn report() -> resource::Model {
        let now = chrono::Utc::now();
        resource::Model {
            id: 7,
            kind: Kind::Research,
            state: State::Published,
            original_language: "en".into(),
            title_en: "Children & courts: 100% fair?".into(),
            title_es: "Niños y tribunales".into(),
            title_fr: String::new(),
            summary_en: "A study.\nOf courts.".into(),
            summary_es: "Un estudio.".into(),
            summary_fr: String::new(),
            authors: "Pérez, M.; International Juvenile Justice Observatory".into(),
            issued: "2019".into(),
            year: Some(2019),
            country: Some("ES".into()),
            region: "europe".into(),
            tags: "courts, fairness".into(),
            age_group: AgeGroup::Minors,
            link: None,
            source: "IJJO".into(),
            licence: Licence::CcBy,
            jurisdiction: None,
            instrument_kind: None,
            adopted_on: None,
            in_force_from: None,
            in_force_until: None,
            amends_id: None,
            court: None,
            case_number: None,
            decided_on: None,
            outcome: None,
            organisation: None,
            period_from: None,
            period_until: None,
            evaluation_available: None,
            results: None,
            contact: None,
            contributor_id: None,
            seed_key: None,
            return_reason: None,
            created_at: now,
            updated_at: now,
            published_at: Some(now),
            cover_image_id: None,
            cover_alt_en: String::new(),
            cover_alt_es: String::new(),
            cover_alt_fr: String::new(),
        }
    }

    #[test]
    fn apa_names_authors_year_title_source_and_address() {
        let resource = report();
        let citation = Citation::new(&resource, Locale::Es, "https://x/es/r/7".into());
        let apa = citation.apa();
        assert_eq!(
            apa.before_title,
            "Pérez, M., International Juvenile Justice Observatory. (2019). "
        );
        assert_eq!(apa.title, "Niños y tribunales");
        assert_eq!(apa.after_title, ". IJJO. https://x/es/r/7");
        // French is not written: the reader is given the English title.
        let french = Citation::new(&resource, Locale::Fr, String::new());
        assert_eq!(french.apa().title, "Children & courts: 100% fair?");
    }

    #[test]
    fn bibtex_escapes_markup_and_braces_organisations() {
        let resource = report();
        let bibtex = Citation::new(&resource, Locale::En, "https://x/en/r/7".into()).bibtex();
        assert!(
            bibtex.starts_with("@techreport{observatory-7,\n"),
            "{bibtex}"
        );
        assert!(
            bibtex
                .contains("author = {Pérez, M. and {International Juvenile Justice Observatory}}")
        );
        assert!(bibtex.contains("title = {{Children \\& courts: 100\\% fair?}}"));
        assert!(bibtex.contains("year = {2019}"));
        assert!(bibtex.contains("institution = {IJJO}"));
        assert!(bibtex.ends_with("}\n"));
    }

    #[test]
    fn ris_has_one_line_per_field_and_ends_the_record() {
        let mut resource = report();
        resource.source = "IJJO\r\nER  - ".into();
        let ris = Citation::new(&resource, Locale::En, "https://x/en/r/7".into()).ris();
        let lines: Vec<&str> = ris.split("\r\n").collect();
        assert_eq!(lines[0], "TY  - RPRT");
        assert!(lines.contains(&"AU  - Pérez, M."));
        assert!(lines.contains(&"AB  - A study. Of courts."));
        assert!(lines.contains(&"KW  - fairness"));
        assert!(
            lines.contains(&"PB  - IJJO  ER  - "),
            "a line break stays inside its field"
        );
        assert_eq!(
            lines.iter().filter(|line| line.starts_with("ER")).count(),
            1
        );
        assert_eq!(lines[lines.len() - 2], "ER  -");
    }
}
