//! The observatory's seeded facts and page texts, read from the `content/`
//! folder embedded in the binary (its README says how the files are laid
//! out). Editors change a running site in the database; these files are
//! only what a new site starts with, and what `seed` brings unedited items
//! up to.

use std::{
    collections::{BTreeSet, HashMap},
    sync::LazyLock,
};

use anyhow::{Context, anyhow, bail};
use rust_embed::RustEmbed;
use toml::Table;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::{Kind, news::Category};
use crate::{
    geography::{COUNTRY_CODES, Region},
    i18n::Locale,
};

#[derive(RustEmbed)]
#[folder = "content/"]
struct Files;

/// The folder's explanation for editors: the one file that is no item's.
const README: &str = "README.md";

/// The field a page's Markdown, after its front matter, is stored as.
const BODY: &str = "body";

/// How the files of one kind of item are laid out.
struct Layout {
    kind: Kind,
    folder: &'static str,
    /// Fields each language's file gives in its front matter.
    translated: &'static [&'static str],
    /// Whether each language's file has a Markdown body after its front
    /// matter. Where it has none, text after the front matter is refused
    /// rather than left unread.
    has_body: bool,
    /// Fields the same in every language, in the item's `.toml`.
    shared: &'static [&'static str],
    /// Whether the item's `.toml` names its region (and may name its
    /// country).
    located: bool,
    /// Whether the item's `.toml` gives the day it was published and its
    /// category (news).
    dated: bool,
}

/// In the order `seed` writes them.
const LAYOUTS: [Layout; 9] = [
    Layout {
        kind: Kind::Page,
        folder: "pages",
        translated: &["title", "summary"],
        has_body: true,
        shared: &[],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::Report,
        folder: "reports",
        translated: &["title", "summary"],
        has_body: false,
        shared: &[],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::Partner,
        folder: "partners",
        translated: &["name", "description"],
        has_body: false,
        shared: &[],
        located: true,
        dated: false,
    },
    Layout {
        kind: Kind::Forum,
        folder: "forums",
        translated: &["name", "status"],
        has_body: false,
        shared: &[],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::Programme,
        folder: "programmes",
        translated: &["name", "description"],
        has_body: false,
        shared: &["period"],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::Council,
        folder: "councils",
        translated: &["name", "description"],
        has_body: false,
        shared: &[],
        located: true,
        dated: false,
    },
    Layout {
        kind: Kind::Instrument,
        folder: "instruments",
        translated: &["text"],
        has_body: false,
        shared: &[],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::Office,
        folder: "office",
        translated: &["legal_name", "city", "country"],
        has_body: false,
        shared: &["street", "postcode", "phone", "fax", "email"],
        located: false,
        dated: false,
    },
    Layout {
        kind: Kind::News,
        folder: "news",
        translated: &["title", "summary"],
        has_body: true,
        shared: &[],
        located: false,
        dated: true,
    },
];

/// The fields of an item of `kind`, as its seed files give them: those
/// written in each language, and those the same in every language; with
/// the folder that names the kind.
pub struct Fields {
    pub folder: &'static str,
    pub translated: &'static [&'static str],
    pub shared: &'static [&'static str],
}

pub fn fields_of(kind: Kind) -> Option<Fields> {
    LAYOUTS
        .iter()
        .find(|layout| layout.kind == kind)
        .map(|layout| Fields {
            folder: layout.folder,
            translated: layout.translated,
            shared: layout.shared,
        })
}

/// A field's value: translated, or the same in every language.
pub enum Value {
    /// In the order of `Locale::ALL`.
    Translated([String; 3]),
    Same(String),
}

impl Value {
    pub fn in_locale(&self, locale: Locale) -> &str {
        match self {
            Value::Translated(texts) => {
                let index = Locale::ALL
                    .iter()
                    .position(|known| *known == locale)
                    .expect("every locale is in Locale::ALL");
                &texts[index]
            }
            Value::Same(value) => value,
        }
    }
}

/// One item as its files give it, ready for the database.
pub struct SeedItem {
    pub kind: Kind,
    pub slug: String,
    /// Its place in its kind's list, as editors order it.
    pub position: i32,
    pub region: Option<Region>,
    pub country_code: Option<String>,
    /// A news item's publication (midnight UTC of its day) and category.
    pub published_at: Option<DateTime<Utc>>,
    pub category: Option<String>,
    pub fields: Vec<(&'static str, Value)>,
}

impl SeedItem {
    /// The text of a field the item's kind always has.
    pub fn text(&self, field: &str, locale: Locale) -> &str {
        self.fields
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, value)| value.in_locale(locale))
            .unwrap_or_else(|| panic!("{}: no field {field}", self.slug))
    }
}

/// Read once. The files are part of the build, so a malformed one is a
/// defect of the binary, like a broken template: the first seed, at start,
/// stops the site with the file's name rather than start without content.
static CATALOGUE: LazyLock<Vec<SeedItem>> = LazyLock::new(|| {
    read_catalogue().unwrap_or_else(|error| panic!("the seeded content is malformed: {error:#}"))
});

/// Every seeded item: by kind in the order of `LAYOUTS`, then by position.
pub fn catalogue() -> &'static [SeedItem] {
    &CATALOGUE
}

fn read_catalogue() -> anyhow::Result<Vec<SeedItem>> {
    let mut unread: BTreeSet<String> = Files::iter().map(|path| path.into_owned()).collect();
    unread.remove(README);
    let mut items = Vec::new();
    for layout in &LAYOUTS {
        let slugs: Vec<String> = unread
            .iter()
            .filter_map(|path| path.strip_prefix(layout.folder)?.strip_prefix('/'))
            .filter_map(|name| name.strip_suffix(".toml"))
            .filter(|slug| !slug.contains('/'))
            .map(str::to_string)
            .collect();
        let mut kind_items = Vec::new();
        for slug in slugs {
            let (item, paths) = read_item(layout, slug)?;
            for path in paths {
                unread.remove(&path);
            }
            kind_items.push(item);
        }
        kind_items.sort_by_key(|item| item.position);
        if let Some(pair) = kind_items
            .windows(2)
            .find(|pair| pair[0].position == pair[1].position)
        {
            bail!(
                "{}/{}.toml and {}/{}.toml: both at position {}",
                layout.folder,
                pair[0].slug,
                layout.folder,
                pair[1].slug,
                pair[0].position
            );
        }
        items.extend(kind_items);
    }
    if let Some(path) = unread.first() {
        bail!(
            "{path}: belongs to no item (an item is {{kind}}/{{slug}}.toml with a \
             {{slug}}.{{lang}}.md beside it for each language)"
        );
    }
    Ok(items)
}

/// An item from its `.toml` and its language files; also returns the paths
/// it read.
fn read_item(layout: &Layout, slug: String) -> anyhow::Result<(SeedItem, Vec<String>)> {
    let facts_path = format!("{}/{slug}.toml", layout.folder);
    let facts = read_file(&facts_path, |text| parse_facts(layout, text))?;
    let mut paths = vec![facts_path];
    let mut texts_by_language = Vec::new();
    for locale in Locale::ALL {
        let path = format!("{}/{slug}.{}.md", layout.folder, locale.code());
        texts_by_language.push(read_file(&path, |text| parse_language_file(layout, text))?);
        paths.push(path);
    }
    let mut fields = facts.shared;
    let translated = layout
        .translated
        .iter()
        .copied()
        .chain(layout.has_body.then_some(BODY));
    for field in translated {
        let texts = std::array::from_fn(|index| {
            texts_by_language[index]
                .remove(field)
                .expect("a language file has every field once read")
        });
        fields.push((field, Value::Translated(texts)));
    }
    let item = SeedItem {
        kind: layout.kind,
        slug,
        position: facts.position,
        region: facts.region,
        country_code: facts.country_code,
        published_at: facts.published_at,
        category: facts.category,
        fields,
    };
    Ok((item, paths))
}

/// What an item's `.toml` gives: the same in every language.
struct Facts {
    position: i32,
    region: Option<Region>,
    country_code: Option<String>,
    published_at: Option<DateTime<Utc>>,
    category: Option<String>,
    shared: Vec<(&'static str, Value)>,
}

fn parse_facts(layout: &Layout, text: &str) -> anyhow::Result<Facts> {
    let mut table: Table = toml::from_str(text)?;
    let position = take_position(&mut table)?;
    let (region, country_code) = if layout.located {
        take_location(&mut table)?
    } else {
        (None, None)
    };
    let (published_at, category) = if layout.dated {
        let (day, category) = take_publication(&mut table)?;
        (Some(day), Some(category))
    } else {
        (None, None)
    };
    let mut shared = Vec::new();
    for field in layout.shared {
        shared.push((*field, Value::Same(take_string(&mut table, field)?)));
    }
    refuse_leftovers(&table)?;
    Ok(Facts {
        position,
        region,
        country_code,
        published_at,
        category,
        shared,
    })
}

/// One language's texts of an item: the front matter's fields, and the
/// body after it where the kind has one.
fn parse_language_file(
    layout: &Layout,
    text: &str,
) -> anyhow::Result<HashMap<&'static str, String>> {
    let (front_matter, after) = split_front_matter(text)
        .context("no front matter (a `+++` line, TOML fields, a `+++` line)")?;
    let mut table: Table = toml::from_str(front_matter)?;
    let mut texts = HashMap::new();
    for field in layout.translated {
        texts.insert(*field, take_string(&mut table, field)?);
    }
    refuse_leftovers(&table)?;
    // The Markdown starts after a blank line and the file ends with a
    // line break; neither is part of the text.
    let after = after.trim();
    if layout.has_body {
        texts.insert(BODY, after.to_string());
    } else if !after.is_empty() {
        bail!("text after the front matter, where this kind has no body");
    }
    Ok(texts)
}

/// The front matter and what follows it, from a file that starts with a
/// `+++` line and has another one after its fields.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let closing = if rest.starts_with("+++\n") {
        0
    } else {
        rest.find("\n+++\n")? + 1
    };
    Some((&rest[..closing], &rest[closing + "+++\n".len()..]))
}

/// Parses an embedded file; any error names the file.
fn read_file<T>(path: &str, parse: impl FnOnce(&str) -> anyhow::Result<T>) -> anyhow::Result<T> {
    let read = || -> anyhow::Result<T> {
        let file = Files::get(path).context("missing")?;
        parse(std::str::from_utf8(&file.data).context("not UTF-8")?)
    };
    read().with_context(|| path.to_string())
}

fn take_string(table: &mut Table, field: &str) -> anyhow::Result<String> {
    match table.remove(field) {
        Some(toml::Value::String(value)) => Ok(value),
        Some(_) => bail!("`{field}` is not a string"),
        None => bail!("`{field}` is missing"),
    }
}

fn take_position(table: &mut Table) -> anyhow::Result<i32> {
    match table.remove("position") {
        Some(toml::Value::Integer(position)) => {
            i32::try_from(position).context("`position` is out of range")
        }
        Some(_) => bail!("`position` is not a number"),
        None => bail!("`position` is missing"),
    }
}

fn take_location(table: &mut Table) -> anyhow::Result<(Option<Region>, Option<String>)> {
    let key = take_string(table, "region")?;
    let region = Region::ALL
        .into_iter()
        .find(|region| region.key() == key)
        .ok_or_else(|| anyhow!("`region` {key:?} is none of the observatory's regions"))?;
    let country_code = if table.contains_key("country_code") {
        Some(take_string(table, "country_code")?)
    } else {
        None
    };
    if let Some(code) = &country_code
        && !COUNTRY_CODES.contains(&code.as_str())
    {
        bail!("`country_code` {code:?} is no ISO 3166-1 alpha-2 code");
    }
    Ok((Some(region), country_code))
}

/// A news item's `published` day (`YYYY-MM-DD`) and `category` key.
fn take_publication(table: &mut Table) -> anyhow::Result<(DateTime<Utc>, String)> {
    let day = take_string(table, "published")?;
    let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
        .with_context(|| format!("`published` {day:?} is no YYYY-MM-DD day"))?;
    let category = take_string(table, "category")?;
    if Category::from_key(&category).is_none() {
        bail!("`category` {category:?} is none of the news' categories");
    }
    Ok((day.and_time(NaiveTime::MIN).and_utc(), category))
}

fn refuse_leftovers(table: &Table) -> anyhow::Result<()> {
    match table.keys().next() {
        Some(field) => bail!("`{field}` is no field of this kind"),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::queries::HEAD_OFFICE_SLUG;

    #[test]
    fn every_embedded_file_is_read() {
        assert!(read_catalogue().is_ok_and(|items| !items.is_empty()));
    }

    #[test]
    fn every_page_has_its_three_languages() {
        let pages: Vec<_> = catalogue()
            .iter()
            .filter(|item| item.kind == Kind::Page)
            .collect();
        assert!(pages.iter().any(|page| page.slug == "home"));
        for page in pages {
            for locale in Locale::ALL {
                for field in ["title", "summary", BODY] {
                    let text = page.text(field, locale);
                    assert!(!text.is_empty(), "{} {locale:?} {field}", page.slug);
                }
            }
        }
    }

    #[test]
    fn the_head_office_is_seeded() {
        assert!(
            catalogue()
                .iter()
                .any(|item| item.kind == Kind::Office && item.slug == HEAD_OFFICE_SLUG)
        );
    }

    #[test]
    fn front_matter_is_split_from_the_body() {
        assert_eq!(
            split_front_matter("+++\ntitle = \"A\"\n+++\n\nText.\n"),
            Some(("title = \"A\"\n", "\nText.\n"))
        );
        assert_eq!(split_front_matter("+++\n+++\n"), Some(("", "")));
        assert_eq!(split_front_matter("title = \"A\"\n"), None);
        assert_eq!(split_front_matter("+++\ntitle = \"A\"\n"), None);
    }

    /// The error a page's English file gives.
    fn page_file_error(text: &str) -> String {
        format!("{:#}", parse_language_file(&LAYOUTS[0], text).unwrap_err())
    }

    #[test]
    fn a_malformed_file_is_refused() {
        assert!(page_file_error("+++\ntitle = \n+++\n").contains("string"));
        assert_eq!(
            page_file_error("+++\ntitle = \"A\"\n+++\n"),
            "`summary` is missing"
        );
        assert_eq!(
            page_file_error("+++\ntitle = \"A\"\nsummary = \"B\"\ncolour = \"red\"\n+++\n"),
            "`colour` is no field of this kind"
        );
        assert!(page_file_error("title = \"A\"\n").starts_with("no front matter"));
        let report = "+++\ntitle = \"A\"\nsummary = \"B\"\n+++\n\nText.\n";
        let error = parse_language_file(&LAYOUTS[1], report).unwrap_err();
        assert!(
            error.to_string().contains("this kind has no body"),
            "{error}"
        );
    }

    #[test]
    fn an_error_names_its_file() {
        let error = read_file::<()>("pages/none.en.md", |_| Ok(())).unwrap_err();
        assert_eq!(format!("{error:#}"), "pages/none.en.md: missing");
        let error = read_file::<()>("pages/home.toml", |_| bail!("broken")).unwrap_err();
        assert_eq!(format!("{error:#}"), "pages/home.toml: broken");
    }
}
