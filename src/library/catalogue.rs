//! Reading the published part of the library: browsing with filters and
//! the count of resources behind each choice, one resource with what it
//! cites and concerns, the resources related to it, and those citing an
//! article. Nothing here ever returns a resource that is not published.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, NullOrdering},
};
use serde::Deserialize;

use super::entities::{Kind, State, citation, resource, resource_line};
use crate::{db::Keyed, lines_of_work::LineOption, web::pager};

/// Resources per page of the list.
pub const PAGE_SIZE: u64 = 20;

/// What a visitor narrowed the list to, as the query string gives it
/// (`?kind=legislation&region=africa&line=…&year=2019&page=2`). Unknown
/// values match nothing rather than failing.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub kind: String,
    pub region: String,
    pub country: String,
    /// A line of work's slug.
    pub line: String,
    pub year: String,
    pub page: Option<u64>,
}

impl Filters {
    pub fn page(&self) -> u64 {
        self.page.unwrap_or(1).max(1)
    }

    /// The query string of these filters with `name` set to `value` (empty
    /// to drop it), back on the first page: a facet's link.
    pub fn with(&self, name: &str, value: &str) -> String {
        let pairs = vec![
            ("kind", self.kind.as_str()),
            ("region", &self.region),
            ("country", &self.country),
            ("line", &self.line),
            ("year", &self.year),
        ];
        pager::with_changed(pairs, name, value)
    }

    /// The query string of these filters on page `page`.
    pub fn on_page(&self, page: impl std::borrow::Borrow<u64>) -> String {
        pager::on_page(&self.with("", ""), *page.borrow())
    }

    fn condition(&self, lines: &[LineOption]) -> Condition {
        let mut condition = Condition::all().add(resource::Column::State.eq(State::Published));
        if !self.kind.is_empty() {
            condition = condition.add(resource::Column::Kind.eq(self.kind.as_str()));
        }
        if !self.region.is_empty() {
            condition = condition.add(resource::Column::Region.eq(self.region.as_str()));
        }
        if !self.country.is_empty() {
            condition = condition.add(resource::Column::Country.eq(self.country.as_str()));
        }
        if !self.year.is_empty() {
            let year = self.year.parse::<i32>().unwrap_or(i32::MIN);
            condition = condition.add(resource::Column::Year.eq(year));
        }
        if !self.line.is_empty() {
            let line_id = lines
                .iter()
                .find(|line| line.slug == self.line)
                .map_or(-1, |line| line.id);
            condition = condition.add(
                resource::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(resource_line::Column::ResourceId)
                        .from(resource_line::Entity)
                        .and_where(resource_line::Column::LineId.eq(line_id))
                        .to_owned(),
                ),
            );
        }
        condition
    }
}

/// A choice of a facet and how many listed resources it would keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub key: String,
    pub count: u64,
}

/// One page of the list, with the counts behind each facet's choices
/// among the resources the filters keep.
pub struct Listing {
    pub resources: Vec<resource::Model>,
    pub total: u64,
    pub pages: u64,
    pub kinds: Vec<Count>,
    pub regions: Vec<Count>,
    pub lines: Vec<Count>,
    pub years: Vec<Count>,
}

impl Listing {
    pub fn pager(&self, current: impl std::borrow::Borrow<u64>) -> Vec<u64> {
        pager::numbers(*current.borrow(), self.pages)
    }
}

pub async fn browse(
    db: &impl ConnectionTrait,
    filters: &Filters,
    lines: &[LineOption],
) -> Result<Listing, DbErr> {
    let condition = filters.condition(lines);
    let total = resource::Entity::find()
        .filter(condition.clone())
        .count(db)
        .await?;
    let resources = newest_first(resource::Entity::find().filter(condition.clone()))
        .offset((filters.page() - 1).saturating_mul(PAGE_SIZE))
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let mut years = counts(db, &condition, resource::Column::Year).await?;
    years.sort_by(|a, b| b.key.cmp(&a.key));
    Ok(Listing {
        resources,
        total,
        pages: total.div_ceil(PAGE_SIZE).max(1),
        kinds: counts(db, &condition, resource::Column::Kind).await?,
        regions: counts(db, &condition, resource::Column::Region).await?,
        lines: line_counts(db, &condition, lines).await?,
        years,
    })
}

/// Newest first; resources of unknown date last, on both databases (which
/// otherwise sort NULL at opposite ends). An index holds this order
/// (migration m0026), so a page of a large library is read, not sorted.
fn newest_first(query: sea_orm::Select<resource::Entity>) -> sea_orm::Select<resource::Entity> {
    query
        .order_by_with_nulls(resource::Column::Year, Order::Desc, NullOrdering::Last)
        .order_by_desc(resource::Column::Issued)
        .order_by_desc(resource::Column::Id)
}

/// How many resources have each value of `column`, most first.
async fn counts(
    db: &impl ConnectionTrait,
    condition: &Condition,
    column: resource::Column,
) -> Result<Vec<Count>, DbErr> {
    use sea_orm::sea_query::ExprTrait as _;
    let key = Expr::col(column).cast_as("TEXT");
    let rows: Vec<(Option<String>, i64)> = resource::Entity::find()
        .select_only()
        .column_as(key.clone(), "key")
        .column_as(resource::Column::Id.count(), "count")
        .filter(condition.clone())
        // Grouped by the text, not the column: by the column, SQLite reads
        // the rows in the list's index (which starts with the year) to skip
        // a sort, and looks up every published row for the filters (0.17 s
        // at 100,000); by the text, it counts from the filters' own index.
        .group_by(key)
        .into_tuple()
        .all(db)
        .await?;
    let mut found: Vec<Count> = rows
        .into_iter()
        .filter_map(|(key, count)| {
            key.map(|key| Count {
                key,
                count: u64::try_from(count).unwrap_or(0),
            })
        })
        .collect();
    found.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    Ok(found)
}

/// How many resources concern each line of work, in the lines' order.
async fn line_counts(
    db: &impl ConnectionTrait,
    condition: &Condition,
    lines: &[LineOption],
) -> Result<Vec<Count>, DbErr> {
    let rows: Vec<(i32, i64)> = resource_line::Entity::find()
        .select_only()
        .column(resource_line::Column::LineId)
        .column_as(resource_line::Column::ResourceId.count(), "count")
        .filter(
            resource_line::Column::ResourceId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(resource::Column::Id)
                    .from(resource::Entity)
                    .cond_where(condition.clone())
                    .to_owned(),
            ),
        )
        .group_by(resource_line::Column::LineId)
        .into_tuple()
        .all(db)
        .await?;
    let by_line: HashMap<i32, i64> = rows.into_iter().collect();
    Ok(lines
        .iter()
        .filter_map(|line| {
            by_line.get(&line.id).map(|count| Count {
                key: line.slug.clone(),
                count: u64::try_from(*count).unwrap_or(0),
            })
        })
        .collect())
}

/// How many published resources there are of each kind, every kind named.
pub async fn kind_counts(db: &impl ConnectionTrait) -> Result<Vec<Count>, DbErr> {
    let published = Condition::all().add(resource::Column::State.eq(State::Published));
    let found = counts(db, &published, resource::Column::Kind).await?;
    Ok(Kind::all()
        .into_iter()
        .map(|kind| Count {
            count: found
                .iter()
                .find(|count| count.key == kind.key())
                .map_or(0, |count| count.count),
            key: kind.key(),
        })
        .collect())
}

/// The newest published resources, of one kind or all.
pub async fn latest(
    db: &impl ConnectionTrait,
    kind: Option<Kind>,
    how_many: u64,
) -> Result<Vec<resource::Model>, DbErr> {
    let mut published = Condition::all().add(resource::Column::State.eq(State::Published));
    if let Some(kind) = kind {
        published = published.add(resource::Column::Kind.eq(kind));
    }
    resource::Entity::find()
        .filter(published)
        .order_by_desc(resource::Column::PublishedAt)
        .order_by_desc(resource::Column::Id)
        .limit(how_many)
        .all(db)
        .await
}

/// A resource with the lines of work it concerns and what it cites.
pub struct Detailed {
    pub resource: resource::Model,
    pub line_ids: Vec<i32>,
    /// (instrument key, article number), in the instruments' order.
    pub citations: Vec<(String, String)>,
}

pub async fn detailed(
    db: &impl ConnectionTrait,
    resource: resource::Model,
) -> Result<Detailed, DbErr> {
    let line_ids = resource_line::Entity::find()
        .filter(resource_line::Column::ResourceId.eq(resource.id))
        .all(db)
        .await?
        .into_iter()
        .map(|line| line.line_id)
        .collect();
    let mut citations: Vec<(String, String)> = citation::Entity::find()
        .filter(citation::Column::ResourceId.eq(resource.id))
        .all(db)
        .await?
        .into_iter()
        .map(|cited| (cited.instrument, cited.article))
        .collect();
    sort_citations(&mut citations);
    Ok(Detailed {
        resource,
        line_ids,
        citations,
    })
}

/// The published resources among `ids`, detailed, in the order of `ids`
/// (one query for the resources, one for their lines, one for what they
/// cite, whatever their number).
pub async fn detailed_many(db: &impl ConnectionTrait, ids: &[i32]) -> Result<Vec<Detailed>, DbErr> {
    let mut resources: HashMap<i32, resource::Model> = resource::Entity::find()
        .filter(resource::Column::Id.is_in(ids.iter().copied()))
        .filter(resource::Column::State.eq(State::Published))
        .all(db)
        .await?
        .into_iter()
        .map(|found| (found.id, found))
        .collect();
    let mut lines: HashMap<i32, Vec<i32>> = HashMap::new();
    for line in resource_line::Entity::find()
        .filter(resource_line::Column::ResourceId.is_in(resources.keys().copied()))
        .all(db)
        .await?
    {
        lines
            .entry(line.resource_id)
            .or_default()
            .push(line.line_id);
    }
    let mut cited: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    for citation in citation::Entity::find()
        .filter(citation::Column::ResourceId.is_in(resources.keys().copied()))
        .all(db)
        .await?
    {
        cited
            .entry(citation.resource_id)
            .or_default()
            .push((citation.instrument, citation.article));
    }
    Ok(ids
        .iter()
        .filter_map(|id| resources.remove(id))
        .map(|resource| {
            let mut line_ids = lines.remove(&resource.id).unwrap_or_default();
            line_ids.sort_unstable();
            let mut citations = cited.remove(&resource.id).unwrap_or_default();
            sort_citations(&mut citations);
            Detailed {
                resource,
                line_ids,
                citations,
            }
        })
        .collect())
}

/// Citations in the instruments' order, then by article number.
fn sort_citations(citations: &mut [(String, String)]) {
    citations.sort_by_key(|(instrument, article)| {
        (
            super::standards::position(instrument),
            article.parse::<u32>().unwrap_or(u32::MAX),
        )
    });
}

/// The numbers of every published resource, oldest first.
pub async fn published_ids(db: &impl ConnectionTrait) -> Result<Vec<i32>, DbErr> {
    published_among(db, None).await
}

/// The numbers of published resources, in order: of all, or of `among`.
pub async fn published_among(
    db: &impl ConnectionTrait,
    among: Option<&[i32]>,
) -> Result<Vec<i32>, DbErr> {
    let mut find = resource::Entity::find()
        .select_only()
        .column(resource::Column::Id)
        .filter(resource::Column::State.eq(State::Published))
        .order_by_asc(resource::Column::Id);
    if let Some(ids) = among {
        find = find.filter(resource::Column::Id.is_in(ids.iter().copied()));
    }
    find.into_tuple().all(db).await
}

/// The legislation a form's "amends" field names, if the writer may see
/// it: any, for an editor; for a member (`member`), published legislation
/// or their own. The list the form's check accepts.
pub async fn legislation_named(
    db: &impl ConnectionTrait,
    typed: &str,
    member: Option<i32>,
) -> Result<Vec<i32>, DbErr> {
    let Ok(id) = typed.trim().trim_start_matches('#').parse::<i32>() else {
        return Ok(Vec::new());
    };
    let mut visible = Condition::all();
    if let Some(member) = member {
        visible = visible.add(
            Condition::any()
                .add(resource::Column::State.eq(State::Published))
                .add(resource::Column::ContributorId.eq(member)),
        );
    }
    resource::Entity::find_by_id(id)
        .select_only()
        .column(resource::Column::Id)
        .filter(resource::Column::Kind.eq(Kind::Legislation))
        .filter(visible)
        .into_tuple()
        .all(db)
        .await
}

/// A published resource, or none.
pub async fn published(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<resource::Model>, DbErr> {
    resource::Entity::find_by_id(id)
        .filter(resource::Column::State.eq(State::Published))
        .one(db)
        .await
}

/// The numbers of the published resources, as a subquery.
fn published_subquery() -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(resource::Column::Id)
        .from(resource::Entity)
        .and_where(resource::Column::State.eq(State::Published))
        .to_owned()
}

/// How many related resources a resource's page shows.
const RELATED: usize = 5;

/// Published resources that share the most with `of`: each line of work
/// and each cited article in common counts one, the same country one.
pub async fn related(
    db: &impl ConnectionTrait,
    of: &Detailed,
) -> Result<Vec<resource::Model>, DbErr> {
    let mut scores: HashMap<i32, u32> = HashMap::new();
    if !of.line_ids.is_empty() {
        let sharing = resource_line::Entity::find()
            .filter(resource_line::Column::LineId.is_in(of.line_ids.clone()))
            .filter(resource_line::Column::ResourceId.in_subquery(published_subquery()))
            .limit(1000)
            .all(db)
            .await?;
        for row in sharing {
            *scores.entry(row.resource_id).or_default() += 1;
        }
    }
    if !of.citations.is_empty() {
        let any_cited = of
            .citations
            .iter()
            .fold(Condition::any(), |any, (instrument, article)| {
                any.add(
                    Condition::all()
                        .add(citation::Column::Instrument.eq(instrument.as_str()))
                        .add(citation::Column::Article.eq(article.as_str())),
                )
            });
        for row in citation::Entity::find()
            .filter(any_cited)
            .filter(citation::Column::ResourceId.in_subquery(published_subquery()))
            .limit(1000)
            .all(db)
            .await?
        {
            *scores.entry(row.resource_id).or_default() += 1;
        }
    }
    scores.remove(&of.resource.id);
    let mut ranked: Vec<(i32, u32)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    ranked.truncate(50);
    let mut candidates = resource::Entity::find()
        .filter(resource::Column::State.eq(State::Published))
        .filter(resource::Column::Id.is_in(ranked.iter().map(|(id, _)| *id)))
        .all(db)
        .await?;
    let score = |candidate: &resource::Model| {
        let shared = ranked
            .iter()
            .find(|(id, _)| *id == candidate.id)
            .map_or(0, |(_, score)| *score);
        let same_country =
            of.resource.country.is_some() && candidate.country == of.resource.country;
        shared + u32::from(same_country)
    };
    candidates.sort_by(|a, b| score(b).cmp(&score(a)).then(b.id.cmp(&a.id)));
    candidates.truncate(RELATED);
    Ok(candidates)
}

/// The published resources from one country (or about none) citing an
/// article.
pub struct FromCountry {
    pub country: Option<String>,
    pub resources: Vec<resource::Model>,
}

/// The published resources citing each article of `instrument`, by article
/// number, grouped by country (by code; those about no one country last).
pub async fn citing(
    db: &impl ConnectionTrait,
    instrument: &str,
) -> Result<HashMap<String, Vec<FromCountry>>, DbErr> {
    let citations = citation::Entity::find()
        .filter(citation::Column::Instrument.eq(instrument))
        .all(db)
        .await?;
    let resources: HashMap<i32, resource::Model> = resource::Entity::find()
        .filter(resource::Column::State.eq(State::Published))
        .filter(resource::Column::Id.is_in(citations.iter().map(|cited| cited.resource_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|resource| (resource.id, resource))
        .collect();
    let mut by_article: HashMap<String, Vec<resource::Model>> = HashMap::new();
    for cited in citations {
        if let Some(resource) = resources.get(&cited.resource_id) {
            by_article
                .entry(cited.article)
                .or_default()
                .push(resource.clone());
        }
    }
    Ok(by_article
        .into_iter()
        .map(|(article, resources)| (article, by_country(resources)))
        .collect())
}

fn by_country(mut resources: Vec<resource::Model>) -> Vec<FromCountry> {
    resources.sort_by(|a, b| {
        (a.country.is_none(), &a.country, b.year, b.id).cmp(&(
            b.country.is_none(),
            &b.country,
            a.year,
            a.id,
        ))
    });
    let mut groups: Vec<FromCountry> = Vec::new();
    for resource in resources {
        match groups.last_mut() {
            Some(group) if group.country == resource.country => group.resources.push(resource),
            _ => groups.push(FromCountry {
                country: resource.country.clone(),
                resources: vec![resource],
            }),
        }
    }
    groups
}
