//! An issue as it reads in one language, for one subscriber's topics: its
//! introduction, then a section per topic with the items it presents. The
//! same reading makes the mail (HTML and plain text), the editors' preview
//! and the public archive.

use askama::Template;
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::{Topic, entities::issue};
use crate::{
    content::{
        events::queries::{self as events, Event},
        news::{Category, queries as news},
    },
    i18n::Locale,
    library::{self, entities::resource},
    mail::Outgoing,
    state::AppState,
    web::{page::localized_path, side_by_side::Translated},
};

/// What an issue presents, read from the database in one language.
pub struct Contents {
    pub locale: Locale,
    news: Vec<news::NewsItem>,
    events: Vec<Event>,
    resources: Vec<resource::Model>,
}

impl Contents {
    /// The issue's items the public may still read, in `locale`.
    pub async fn load(
        db: &impl ConnectionTrait,
        issue: &issue::Model,
        locale: Locale,
    ) -> Result<Contents, DbErr> {
        let news = news::published_items(db, &issue.news_slugs(), locale, Utc::now()).await?;
        let events = events::published_events(db, &issue.event_slugs(), locale, Utc::now()).await?;
        let resources = resource::Entity::find()
            .filter(resource::Column::Id.is_in(issue.resource_ids()))
            .filter(resource::Column::State.eq(library::entities::State::Published))
            .order_by_desc(resource::Column::PublishedAt)
            .all(db)
            .await?;
        Ok(Contents {
            locale,
            news,
            events,
            resources,
        })
    }
}

/// What a bulletin says of an event: its days and place, then its lead.
fn event_summary(event: &Event, locale: Locale) -> String {
    let when = match event.place.as_str() {
        "" => event.days(locale),
        place => format!("{} · {place}", event.days(locale)),
    };
    match event.item.text("summary") {
        "" => when,
        lead => format!("{when} — {lead}"),
    }
}

/// One item of a section: its title (a link), its lead, and the language
/// they are in when it is not the bulletin's.
pub struct Entry {
    pub title: String,
    pub summary: String,
    pub link: String,
    pub lang: Option<&'static str>,
}

pub struct Section {
    pub heading: String,
    pub entries: Vec<Entry>,
}

/// An issue in one language for some topics.
pub struct Bulletin {
    pub locale: Locale,
    pub subject: String,
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
}

impl Bulletin {
    pub fn read(
        state: &AppState,
        issue: &issue::Model,
        contents: &Contents,
        topics: &[Topic],
    ) -> Bulletin {
        let locale = contents.locale;
        let link = |path: &str| state.absolute_url(&localized_path(locale, path));
        let news_entry = |item: &news::NewsItem| Entry {
            title: item.item.text("title").to_string(),
            summary: item.item.text("summary").to_string(),
            link: link(&item.path()),
            lang: item.item.fallback_language("title"),
        };
        let event_entry = |event: &Event| Entry {
            title: event.item.text("title").to_string(),
            summary: event_summary(event, locale),
            link: link(&event.path()),
            lang: event.item.fallback_language("title"),
        };
        // The events, then the news of events and forums, make the Events
        // topic; the rest of the news, the News topic.
        let (events_news, other_news): (Vec<&news::NewsItem>, Vec<&news::NewsItem>) = contents
            .news
            .iter()
            .partition(|item| item.category == Some(Category::Events));
        let news_entries = other_news.into_iter().map(news_entry).collect();
        let event_entries = contents
            .events
            .iter()
            .map(event_entry)
            .chain(events_news.into_iter().map(news_entry))
            .collect();
        let mut sections = Vec::new();
        for (topic, entries) in [(Topic::News, news_entries), (Topic::Events, event_entries)] {
            let entries: Vec<Entry> = entries;
            if topics.contains(&topic) && !entries.is_empty() {
                sections.push(Section {
                    heading: locale.t(&format!("newsletter-topic-{}", topic.key())),
                    entries,
                });
            }
        }
        if topics.contains(&Topic::Library) && !contents.resources.is_empty() {
            sections.push(Section {
                heading: locale.t("newsletter-topic-library"),
                entries: contents
                    .resources
                    .iter()
                    .map(|resource| {
                        let shown = resource.shown_language(locale);
                        Entry {
                            title: resource.heading_in(locale).to_string(),
                            summary: resource.body_in(locale).to_string(),
                            link: link(&library::path_of(resource.id)),
                            lang: (shown != locale).then_some(shown.code()),
                        }
                    })
                    .collect(),
            });
        }
        Bulletin {
            locale,
            subject: locale.t_args("newsletter-issue-subject", &[("number", issue.id.into())]),
            intro: issue
                .intro(locale)
                .split("\n\n")
                .map(|paragraph| paragraph.trim().to_string())
                .filter(|paragraph| !paragraph.is_empty())
                .collect(),
            sections,
        }
    }

    /// Whether it has anything to present (a subscriber whose topics the
    /// issue does not cover is not mailed).
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// The mail to `to`, with its one-click unsubscribe address.
    pub fn mail(&self, to: &str, links: &Links) -> anyhow::Result<Outgoing> {
        let locale = self.locale;
        let footer = BulletinFooter {
            why: locale.t("newsletter-mail-why"),
            leave: locale.t("newsletter-mail-leave"),
            change: locale.t("newsletter-mail-change"),
            archive: locale.t("newsletter-mail-archive"),
        };
        let html = BulletinMail {
            bulletin: self,
            lang: locale.code(),
            links,
            footer: &footer,
        }
        .render()?;
        Ok(Outgoing {
            to: to.to_string(),
            reply_to: None,
            unsubscribe: Some(links.unsubscribe.clone()),
            subject: self.subject.clone(),
            text: self.text(&footer, links),
            html,
        })
    }

    fn text(&self, footer: &BulletinFooter, links: &Links) -> String {
        let mut text = format!("{}\n\n", self.subject);
        for paragraph in &self.intro {
            text.push_str(&format!("{paragraph}\n\n"));
        }
        for section in &self.sections {
            text.push_str(&format!("## {}\n\n", section.heading));
            for entry in &section.entries {
                text.push_str(&format!("- {}\n  {}\n", entry.title, entry.link));
                if !entry.summary.is_empty() {
                    text.push_str(&format!("  {}\n", entry.summary));
                }
                text.push('\n');
            }
        }
        text.push_str(&format!(
            "--\n{}\n{}: {}\n{}: {}\n{}: {}\n",
            footer.why,
            footer.leave,
            links.unsubscribe,
            footer.change,
            links.preferences,
            footer.archive,
            links.archive
        ));
        text
    }
}

struct BulletinFooter {
    why: String,
    leave: String,
    change: String,
    archive: String,
}

/// The addresses a bulletin's footer gives its reader.
pub struct Links {
    pub unsubscribe: String,
    /// Where the reader changes the bulletin's language and topics.
    pub preferences: String,
    /// This issue in the web archive.
    pub archive: String,
}

#[derive(Template)]
#[template(path = "mail/bulletin.html")]
struct BulletinMail<'a> {
    bulletin: &'a Bulletin,
    lang: &'static str,
    links: &'a Links,
    footer: &'a BulletinFooter,
}
