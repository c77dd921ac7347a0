//! The home page: its title and lead (the page `home`, edited with the
//! other pages), then its blocks, which editors arrange at `/staff/home`:
//! the observatory in figures, link cards to the site's sections, the
//! page's own text, and the latest news, the coming events and the recent
//! reports, each with how many items it shows. Adjacent cards make one row
//! of cards, and adjacent lists one row of columns. A new site starts with
//! the blocks the observatory's home page always had. Each save is a
//! version of the home page's blocks, and a save over a newer one is
//! refused, as for the menu (`web::rows`).

use std::collections::HashMap;

use askama::Template;
use axum::{
    Router,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryOrder};
use serde_json::{Map, Value};

use super::{
    Kind,
    events::{self, queries::Event},
    news::{self, queries::NewsItem},
    pages::{Article, page_article},
    publication,
    queries::{self, Item},
};
use crate::{
    i18n::Locale,
    state::AppState,
    versions,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, SavedQuery, TextBounds},
        page::{is_site_address, render},
        page_cache, rows,
    },
};

pub mod home_block {
    use sea_orm::entity::prelude::*;

    /// A block of the home page.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "home_blocks")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub position: i32,
        /// What it shows: a [`super::BlockKind`]'s key.
        pub kind: String,
        /// How many items a list shows.
        pub item_count: i32,
        /// The page a card leads to, by its English path; empty otherwise.
        pub path: String,
        pub heading_en: String,
        pub heading_es: String,
        pub heading_fr: String,
        /// A card's text.
        pub text_en: String,
        pub text_es: String,
        pub text_fr: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// What a block shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Figures,
    Card,
    Text,
    News,
    Events,
    Reports,
}

impl BlockKind {
    pub const ALL: [BlockKind; 6] = [
        BlockKind::Figures,
        BlockKind::Card,
        BlockKind::Text,
        BlockKind::News,
        BlockKind::Events,
        BlockKind::Reports,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BlockKind::Figures => "figures",
            BlockKind::Card => "card",
            BlockKind::Text => "text",
            BlockKind::News => "news",
            BlockKind::Events => "events",
            BlockKind::Reports => "reports",
        }
    }

    pub fn from_key(key: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|kind| kind.key() == key)
    }

    fn is_list(self) -> bool {
        matches!(
            self,
            BlockKind::News | BlockKind::Events | BlockKind::Reports
        )
    }

    /// The heading shown when editors give none (a card needs its own).
    fn default_heading(self) -> Option<&'static str> {
        match self {
            BlockKind::Figures => Some("home-figures-title"),
            BlockKind::Card | BlockKind::Text => None,
            BlockKind::News => Some("home-news-title"),
            BlockKind::Events => Some("home-events-title"),
            BlockKind::Reports => Some("home-reports-title"),
        }
    }
}

/// How many items a list shows when editors say nothing, and at most.
const DEFAULT_ITEMS: i32 = 3;
const MOST_ITEMS: i32 = 10;

/// The most blocks the page holds.
const MOST_BLOCKS: usize = 12;

const HEADING: TextBounds = TextBounds { min: 0, max: 120 };
const CARD_TEXT: TextBounds = TextBounds { min: 0, max: 400 };

/// What the home page's versions are filed under.
const SUBJECT: &str = "home";

/// The blocks a new site starts with: (kind, card's path, card's title
/// and text keys).
const FIRST_BLOCKS: [(BlockKind, &str, &str, &str); 8] = [
    (BlockKind::Figures, "", "", ""),
    (
        BlockKind::Card,
        "/collaborate",
        "cta-collaborate",
        "home-path-collaborate",
    ),
    (
        BlockKind::Card,
        "/reports",
        "home-path-knowledge-title",
        "home-path-knowledge",
    ),
    (
        BlockKind::Card,
        "/technical-cooperation",
        "nav-cooperation",
        "home-path-cooperation",
    ),
    (BlockKind::Text, "", "", ""),
    (BlockKind::News, "", "", ""),
    (BlockKind::Events, "", "", ""),
    (BlockKind::Reports, "", "", ""),
];

/// Writes the first blocks on a site that has none.
pub async fn seed(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if home_block::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let in_each = |key: &str| Locale::ALL.map(|locale| (!key.is_empty()).then(|| locale.t(key)));
    let blocks = FIRST_BLOCKS
        .iter()
        .zip(1..)
        .map(|((kind, path, title, text), position)| {
            let [heading_en, heading_es, heading_fr] = in_each(title);
            let [text_en, text_es, text_fr] = in_each(text);
            home_block::ActiveModel {
                position: Set(position),
                kind: Set(kind.key().to_string()),
                item_count: Set(DEFAULT_ITEMS),
                path: Set(path.to_string()),
                heading_en: Set(heading_en.unwrap_or_default()),
                heading_es: Set(heading_es.unwrap_or_default()),
                heading_fr: Set(heading_fr.unwrap_or_default()),
                text_en: Set(text_en.unwrap_or_default()),
                text_es: Set(text_es.unwrap_or_default()),
                text_fr: Set(text_fr.unwrap_or_default()),
                ..Default::default()
            }
        });
    home_block::Entity::insert_many(blocks)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn blocks(db: &impl ConnectionTrait) -> Result<Vec<home_block::Model>, DbErr> {
    home_block::Entity::find()
        .order_by_asc(home_block::Column::Position)
        .order_by_asc(home_block::Column::Id)
        .all(db)
        .await
}

pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(show_home))
        .route_layer(page_cache::keepable())
}

pub fn editor_routes() -> Router<AppState> {
    Router::new().route("/home", get(show_blocks).post(save_blocks))
}

// ---- The public page ----------------------------------------------------

/// A text in the reader's language, with the language to mark when it is
/// another's (the English, for want of a translation).
pub struct Said {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl Said {
    fn of(locale: Locale, texts: [&String; 3]) -> Said {
        let (text, lang) = locale.pick(texts.map(String::as_str));
        Said {
            text: text.to_string(),
            lang,
        }
    }

    /// The editors' heading in the reader's language, else the block's
    /// usual one in it, else the editors' English (a card's title).
    fn heading(locale: Locale, block: &home_block::Model, kind: BlockKind) -> Said {
        let said = Said::of(
            locale,
            [&block.heading_en, &block.heading_es, &block.heading_fr],
        );
        match kind.default_heading() {
            Some(key) if said.text.is_empty() || said.lang.is_some() => Said {
                text: locale.t(key),
                lang: None,
            },
            _ => said,
        }
    }
}

/// One of the organisation's figures: a number and the words after it (a
/// plural message given the number).
pub struct Figure {
    pub count: u64,
    pub label: &'static str,
}

impl Figure {
    fn counted(count: usize, label: &'static str) -> Figure {
        Figure {
            count: count as u64,
            label,
        }
    }
}

/// The years the Continental Councils met, as the seed pages give them
/// (the figure's label names them too).
const COUNCIL_YEARS: (usize, usize) = (2009, 2020);

/// Counted from the content itself, so they follow what editors record.
async fn figures(db: &impl ConnectionTrait, locale: Locale) -> Result<Vec<Figure>, DbErr> {
    let partners = queries::items(db, Kind::Partner, locale).await?;
    let councils = queries::items(db, Kind::Council, locale).await?;
    let forums = queries::items(db, Kind::Forum, locale).await?;
    let countries: std::collections::HashSet<&str> = partners
        .iter()
        .filter_map(|partner| partner.country_code.as_deref())
        .collect();
    let (first, last) = COUNCIL_YEARS;
    Ok(vec![
        Figure::counted(partners.len(), "home-figure-agreements"),
        Figure::counted(countries.len(), "home-figure-countries"),
        Figure::counted(councils.len(), "home-figure-councils"),
        Figure::counted(last - first + 1, "home-figure-years"),
        Figure::counted(forums.len(), "home-figure-forums"),
    ])
}

/// A card leading to a section of the site.
pub struct Card {
    pub path: String,
    pub title: Said,
    pub text: Said,
}

/// A list of recent or coming items, with its link to them all.
pub enum List {
    News(Said, Vec<NewsItem>),
    Events(Said, Vec<Event>),
    Reports(Said, Vec<Item>),
}

impl List {
    fn is_empty(&self) -> bool {
        match self {
            List::News(_, items) => items.is_empty(),
            List::Events(_, items) => items.is_empty(),
            List::Reports(_, items) => items.is_empty(),
        }
    }
}

/// A part of the page as shown: a block, or adjacent cards or lists.
pub enum Section {
    Figures(Said, Vec<Figure>),
    Cards(Vec<Card>),
    Text(Option<Said>),
    Lists(Vec<List>),
}

#[derive(Template)]
#[template(path = "content/home.html")]
struct HomePage {
    page: Page,
    article: Article,
    sections: Vec<Section>,
}

/// Reads what one block shows.
async fn section_of(
    state: &AppState,
    locale: Locale,
    block: &home_block::Model,
    kind: BlockKind,
) -> Result<Section, DbErr> {
    let heading = Said::heading(locale, block, kind);
    let count = block.item_count.clamp(1, MOST_ITEMS);
    let now = Utc::now();
    Ok(match kind {
        BlockKind::Figures => Section::Figures(heading, figures(&state.db, locale).await?),
        BlockKind::Card => Section::Cards(vec![Card {
            path: block.path.clone(),
            title: heading,
            text: Said::of(locale, [&block.text_en, &block.text_es, &block.text_fr]),
        }]),
        BlockKind::Text => Section::Text(Some(heading).filter(|said| !said.text.is_empty())),
        BlockKind::News => {
            let items = news::queries::latest(&state.db, count as u64, locale, now).await?;
            Section::Lists(vec![List::News(heading, items)])
        }
        BlockKind::Events => {
            let today = (now, events::today());
            let items = events::queries::upcoming(&state.db, count as usize, locale, today).await?;
            Section::Lists(vec![List::Events(heading, items)])
        }
        BlockKind::Reports => {
            let mut items = queries::items(&state.db, Kind::Report, locale).await?;
            items.truncate(count as usize);
            Section::Lists(vec![List::Reports(heading, items)])
        }
    })
}

/// Adds `section` after the others, joining adjacent cards and lists; an
/// empty list (no news yet) is left out.
fn append(sections: &mut Vec<Section>, section: Section) {
    match (sections.last_mut(), section) {
        (_, Section::Lists(lists)) if lists.iter().all(List::is_empty) => {}
        (Some(Section::Cards(cards)), Section::Cards(more)) => cards.extend(more),
        (Some(Section::Lists(lists)), Section::Lists(more)) => lists.extend(more),
        (_, section) => sections.push(section),
    }
}

async fn show_home(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let article = page_article(&state.db, &page, "home").await?;
    let mut sections = Vec::new();
    for block in blocks(&state.db).await? {
        // A kind this binary does not know (written by a newer one) is
        // left out rather than failing the home page.
        if let Some(kind) = BlockKind::from_key(&block.kind) {
            append(
                &mut sections,
                section_of(&state, page.locale, &block, kind).await?,
            );
        }
    }
    // Kept until a scheduled item is due, so it shows there on time.
    let until = publication::next_due(&state.db, Utc::now()).await?;
    Ok(page_cache::valid_until(
        render(&HomePage {
            page,
            article,
            sections,
        })?,
        until,
    ))
}

// ---- The editors' page --------------------------------------------------

/// One row of the form: a block, or a blank one to add.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub position: String,
    /// A kind's key, `remove`, or empty for a blank row.
    pub kind: String,
    pub item_count: String,
    pub path: String,
    pub headings: [String; 3],
    pub texts: [String; 3],
}

/// The kind a row asks to remove its block.
const REMOVE: &str = "remove";

impl Row {
    fn of(block: &home_block::Model) -> Row {
        Row {
            position: block.position.to_string(),
            kind: block.kind.clone(),
            item_count: block.item_count.to_string(),
            path: block.path.clone(),
            headings: [&block.heading_en, &block.heading_es, &block.heading_fr].map(Clone::clone),
            texts: [&block.text_en, &block.text_es, &block.text_fr].map(Clone::clone),
        }
    }

    fn sent(fields: &HashMap<String, String>, row: usize) -> Row {
        let field = |name| rows::sent(fields, name, row);
        Row {
            position: field("position"),
            kind: field("kind"),
            item_count: field("item_count"),
            path: field("path"),
            headings: ["heading_en", "heading_es", "heading_fr"].map(field),
            texts: ["text_en", "text_es", "text_fr"].map(field),
        }
    }

    fn is_blank(&self) -> bool {
        let typed = [&self.path, &self.item_count]
            .into_iter()
            .chain(&self.headings)
            .chain(&self.texts);
        self.kind.is_empty() && typed.into_iter().all(|text| text.trim().is_empty())
    }

    /// The position, the number of items and the card's address: (field's
    /// name, label's key, value, input type, hint's key), for `row`.
    pub fn place_fields(
        &self,
        row: &usize,
    ) -> [(&'static str, &'static str, &str, &'static str, &'static str); 3] {
        let name = |field| rows::name(field, *row);
        [
            (
                name("position"),
                "menu-position",
                &self.position,
                "number",
                "",
            ),
            (
                name("item_count"),
                "home-item-count",
                &self.item_count,
                "number",
                "home-item-count-hint",
            ),
            (
                name("path"),
                "menu-path",
                &self.path,
                "text",
                "home-path-hint",
            ),
        ]
    }

    /// The heading and the card's text in each language: (language,
    /// heading's name and value, text's name and value).
    pub fn texts(&self, row: &usize) -> [(Locale, &'static str, &str, &'static str, &str); 3] {
        let name = |field| rows::name(field, *row);
        let [heading_en, heading_es, heading_fr] = &self.headings;
        let [text_en, text_es, text_fr] = &self.texts;
        [
            (
                Locale::En,
                name("heading_en"),
                heading_en,
                name("text_en"),
                text_en,
            ),
            (
                Locale::Es,
                name("heading_es"),
                heading_es,
                name("text_es"),
                text_es,
            ),
            (
                Locale::Fr,
                name("heading_fr"),
                heading_fr,
                name("text_fr"),
                text_fr,
            ),
        ]
    }

    pub fn kind_name(&self, row: &usize) -> &'static str {
        rows::name("kind", *row)
    }
}

#[derive(Template)]
#[template(path = "content/staff_home.html")]
struct BlocksPage {
    page: Page,
    rows: Vec<Row>,
    errors: FieldErrors,
    latest: i32,
    saved: bool,
}

impl BlocksPage {
    /// What a stored row shows, in words, for its legend.
    fn kind_label(&self, row: &Row) -> Option<String> {
        BlockKind::from_key(&row.kind).map(|kind| format!("home-kind-{}", kind.key()))
    }

    /// What a row may show, for its choice: (value, label's key).
    fn kind_choices(&self) -> Vec<(&'static str, String)> {
        BlockKind::ALL
            .into_iter()
            .map(|kind| (kind.key(), format!("home-kind-{}", kind.key())))
            .chain([(REMOVE, "home-kind-remove".to_string())])
            .collect()
    }
}

async fn show_blocks(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let blocks = blocks(&state.db).await?;
    render(&BlocksPage {
        errors: FieldErrors::new(page.locale),
        page,
        rows: rows::with_blanks(blocks.iter().map(Row::of), MOST_BLOCKS),
        latest: versions::latest_number(&state.db, SUBJECT).await?,
        saved: query.saved,
    })
}

async fn save_blocks(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let fields: HashMap<String, String> = form.parse()?;
    let sent: Vec<Row> = (0..MOST_BLOCKS)
        .map(|row| Row::sent(&fields, row))
        .collect();
    let read = rows::version_read(&fields)?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = check(&sent, &mut errors);
    let Some(checked) = checked.filter(|_| errors.is_empty()) else {
        let shown = BlocksPage {
            page,
            rows: sent,
            errors,
            latest: read,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    };
    let txn = state.begin_write().await?;
    home_block::Entity::delete_many().exec(&txn).await?;
    let stored = checked
        .iter()
        .zip(1..)
        .map(|(block, position)| home_block::ActiveModel {
            position: Set(position),
            id: sea_orm::ActiveValue::NotSet,
            ..block.clone().into()
        });
    home_block::Entity::insert_many(stored)
        .exec_without_returning(&txn)
        .await?;
    let author = page.user_id();
    versions::record_over(&txn, SUBJECT, read, (author, "edited"), snapshot(&checked)).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(Redirect::to(&format!("{}?saved=true", page.link("/staff/home"))).into_response())
}

/// The blocks the form keeps, in their new order, or none with each
/// problem next to its field. Blank rows and rows to remove are left out;
/// a card needs an address on this site and a title in English; a list
/// shows 1 to 10 items; each kind but cards appears once.
fn check(sent: &[Row], errors: &mut FieldErrors) -> Option<Vec<home_block::Model>> {
    let mut kept = Vec::new();
    let mut seen = Vec::new();
    for (index, row) in sent.iter().enumerate() {
        if row.is_blank() || row.kind == REMOVE {
            continue;
        }
        let name = |field| rows::name(field, index);
        let position = rows::position(&row.position, index, errors);
        let Some(kind) = BlockKind::from_key(&row.kind) else {
            errors.add(name("kind"), "home-kind-missing");
            continue;
        };
        if kind != BlockKind::Card && seen.contains(&kind) {
            errors.add(name("kind"), "home-kind-repeated");
        }
        seen.push(kind);
        let item_count = match row.item_count.trim() {
            "" => Some(DEFAULT_ITEMS),
            typed => typed
                .parse()
                .ok()
                .filter(|count| (1..=MOST_ITEMS).contains(count)),
        };
        if item_count.is_none() && kind.is_list() {
            errors.add(name("item_count"), "home-item-count-invalid");
        }
        let path = row.path.trim();
        let card = kind == BlockKind::Card;
        if card && !is_site_address(path) {
            errors.add(name("path"), "menu-path-invalid");
        }
        if card && row.headings[0].trim().is_empty() {
            errors.add(name("heading_en"), "home-card-title-missing");
        }
        let fields = ["heading_en", "heading_es", "heading_fr"];
        let headings = fields
            .iter()
            .zip(&row.headings)
            .map(|(field, text)| errors.checked_text(name(field), text, HEADING, ""));
        let headings: Option<Vec<String>> = headings.collect();
        let fields = ["text_en", "text_es", "text_fr"];
        let texts = fields
            .iter()
            .zip(&row.texts)
            .map(|(field, text)| errors.checked_text(name(field), text, CARD_TEXT, ""));
        // Only a card has a text.
        let texts: Option<Vec<String>> = texts
            .collect::<Option<_>>()
            .map(|texts| if card { texts } else { vec![String::new(); 3] });
        if let (Some(position), Some(headings), Some(texts)) = (position, headings, texts) {
            let block = home_block::Model {
                id: 0,
                position,
                kind: kind.key().to_string(),
                item_count: item_count.unwrap_or(DEFAULT_ITEMS),
                // Only a card leads somewhere.
                path: if card {
                    path.to_string()
                } else {
                    String::new()
                },
                heading_en: headings[0].clone(),
                heading_es: headings[1].clone(),
                heading_fr: headings[2].clone(),
                text_en: if card {
                    texts[0].clone()
                } else {
                    String::new()
                },
                text_es: if card {
                    texts[1].clone()
                } else {
                    String::new()
                },
                text_fr: if card {
                    texts[2].clone()
                } else {
                    String::new()
                },
            };
            kept.push((position, index, block));
        }
    }
    if kept.is_empty() && errors.is_empty() {
        errors.add(rows::name("kind", 0), "home-empty");
        return None;
    }
    Some(rows::ordered(kept))
}

/// What a version keeps of the home page: its blocks in order.
fn snapshot(blocks: &[home_block::Model]) -> Map<String, Value> {
    let blocks: Vec<Value> = blocks
        .iter()
        .map(|block| {
            let mut line = block.kind.clone();
            if BlockKind::from_key(&block.kind).is_some_and(BlockKind::is_list) {
                line.push_str(&format!(" ({})", block.item_count));
            }
            for said in [&block.path, &block.heading_en, &block.text_en] {
                if !said.is_empty() {
                    line.push_str(&format!(" — {said}"));
                }
            }
            Value::from(line)
        })
        .collect();
    Map::from_iter([("blocks".to_string(), Value::Array(blocks))])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(kind: &str, path: &str, heading: &str) -> Row {
        Row {
            kind: kind.into(),
            path: path.into(),
            headings: [heading.into(), String::new(), String::new()],
            ..Row::default()
        }
    }

    #[test]
    fn blocks_are_kept_in_order_and_removed_or_blank_rows_left_out() {
        let mut news = row("news", "", "");
        news.position = "1".into();
        let mut card = row("card", "/library", "The library");
        card.position = "2".into();
        let sent = [
            card,
            row(REMOVE, "/about", "Who we are"),
            Row::default(),
            news,
        ];
        let mut errors = FieldErrors::new(Locale::En);
        let kept = check(&sent, &mut errors).unwrap();
        assert!(errors.is_empty());
        let kinds: Vec<&str> = kept.iter().map(|block| block.kind.as_str()).collect();
        assert_eq!(kinds, ["news", "card"]);
        assert_eq!(kept[0].item_count, DEFAULT_ITEMS);
        assert_eq!(kept[0].path, "", "only cards keep an address");
    }

    #[test]
    fn a_card_needs_a_local_address_and_a_title_and_lists_appear_once() {
        let mut many = row("events", "", "");
        many.item_count = "11".into();
        let sent = [
            row("card", "https://example.org/", "Elsewhere"),
            row("card", "/library", ""),
            row("", "", "A heading without a kind"),
            row("news", "", ""),
            row("news", "", ""),
            many,
        ];
        let mut errors = FieldErrors::new(Locale::En);
        check(&sent, &mut errors);
        for field in ["path_0", "heading_en_1", "kind_2", "kind_4", "item_count_5"] {
            assert!(errors.has(field), "{field} is refused");
        }
        assert!(!errors.has("kind_3"), "the first news block is kept");
        let mut errors = FieldErrors::new(Locale::En);
        assert!(check(&[row(REMOVE, "", "")], &mut errors).is_none());
        assert!(errors.has("kind_0"), "an empty home page is refused");
    }

    #[test]
    fn adjacent_cards_and_lists_are_shown_together_and_empty_lists_left_out() {
        let said = |text: &str| Said {
            text: text.into(),
            lang: None,
        };
        let card = |title| {
            Section::Cards(vec![Card {
                path: "/".into(),
                title: said(title),
                text: said(""),
            }])
        };
        let mut sections = Vec::new();
        append(&mut sections, card("one"));
        append(&mut sections, card("two"));
        append(
            &mut sections,
            Section::Lists(vec![List::News(said("News"), vec![])]),
        );
        append(&mut sections, Section::Text(None));
        append(&mut sections, card("three"));
        let shapes: Vec<usize> = sections
            .iter()
            .map(|section| match section {
                Section::Cards(cards) => cards.len(),
                _ => 0,
            })
            .collect();
        assert_eq!(shapes, [2, 0, 1]);
    }
}
