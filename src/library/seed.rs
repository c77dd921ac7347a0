//! The library's first resources: the observatory's own reports, which
//! the site lists, as research written in three languages. Each is written
//! once, keyed by its report's slug; later starts leave it (and whatever
//! editors made of it) alone.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::entities::{AgeGroup, Kind, Licence, State, citation, resource};
use crate::{
    geography::Region,
    index_changes::{self, Subject},
};

/// Who wrote the seeded reports.
const OBSERVATORY: &str = "International Juvenile Justice Observatory (IJJO)";

/// One of the observatory's reports, as the content seed holds it.
pub struct Report {
    /// The report's slug, kept as the resource's seed key.
    pub key: &'static str,
    /// Title and summary in the order of `Locale::ALL`.
    pub texts: [(&'static str, &'static str); 3],
}

/// The articles a report's title shows it to be about: the Convention's
/// article on deprivation of liberty (37) and on children accused of an
/// offence, whose aim is reintegration (40).
fn cited_articles(key: &str) -> &'static [(&'static str, &'static str)] {
    match key {
        "measures-of-deprivation-of-liberty-for-young-offenders" => {
            &[("crc", "37"), ("havana-rules", "1"), ("tokyo-rules", "1")]
        }
        "social-reintegration-of-young-offenders-against-recidivism" => &[("crc", "40")],
        "evaluation-of-international-standards-in-national-juvenile-justice-systems" => {
            &[("crc", "40"), ("beijing-rules", "2")]
        }
        _ => &[],
    }
}

/// The region a report is about: the one its title names, else none in
/// particular.
fn region(key: &str) -> Region {
    if key.contains("asia-pacific") {
        Region::AsiaPacific
    } else {
        Region::International
    }
}

pub async fn seed_reports(txn: &impl ConnectionTrait, reports: &[Report]) -> Result<(), DbErr> {
    for report in reports {
        let seeded = resource::Entity::find()
            .filter(resource::Column::SeedKey.eq(report.key))
            .count(txn)
            .await?;
        if seeded == 0 {
            insert(txn, report).await?;
        }
    }
    Ok(())
}

async fn insert(txn: &impl ConnectionTrait, report: &Report) -> Result<(), DbErr> {
    let now = Utc::now();
    let [en, es, fr] = report.texts;
    let id = resource::Entity::insert(resource::ActiveModel {
        kind: Set(Kind::Research),
        state: Set(State::Published),
        original_language: Set("en".into()),
        title_en: Set(en.0.into()),
        summary_en: Set(en.1.into()),
        title_es: Set(es.0.into()),
        summary_es: Set(es.1.into()),
        title_fr: Set(fr.0.into()),
        summary_fr: Set(fr.1.into()),
        authors: Set(OBSERVATORY.into()),
        region: Set(region(report.key).key().into()),
        age_group: Set(AgeGroup::Minors),
        source: Set(OBSERVATORY.into()),
        licence: Set(Licence::AllRightsReserved),
        seed_key: Set(Some(report.key.into())),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        ..Default::default()
    })
    .exec(txn)
    .await?
    .last_insert_id;
    let citations = cited_articles(report.key)
        .iter()
        .map(|(instrument, article)| citation::ActiveModel {
            resource_id: Set(id),
            instrument: Set((*instrument).into()),
            article: Set((*article).into()),
        });
    citation::Entity::insert_many(citations).exec(txn).await?;
    index_changes::record(txn, &Subject::Resource(id)).await
}
