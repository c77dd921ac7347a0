//! The organisation's lines of work: the taxonomy people choose their
//! specialisation from (and, later, proposals are evaluated against).

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::entities::{line_of_work, line_of_work_translation};
use crate::i18n::Locale;

/// A line of work as shown in a form, in one language.
#[derive(Clone, Debug)]
pub struct LineOption {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// Active lines in editorial order, named in `locale` (English when a
/// translation is missing): what the forms offer.
pub async fn active(db: &impl ConnectionTrait, locale: Locale) -> Result<Vec<LineOption>, DbErr> {
    named(db, locale, true).await
}

/// Every line, retired ones included, in editorial order: what staff see
/// on earlier proposals, in the queue's filter and in the dashboard.
pub async fn all(db: &impl ConnectionTrait, locale: Locale) -> Result<Vec<LineOption>, DbErr> {
    named(db, locale, false).await
}

async fn named(
    db: &impl ConnectionTrait,
    locale: Locale,
    only_active: bool,
) -> Result<Vec<LineOption>, DbErr> {
    let mut query = line_of_work::Entity::find().order_by_asc(line_of_work::Column::Position);
    if only_active {
        query = query.filter(line_of_work::Column::Active.eq(true));
    }
    let lines = query.all(db).await?;
    let translations = line_of_work_translation::Entity::find()
        .filter(line_of_work_translation::Column::LineId.is_in(lines.iter().map(|l| l.id)))
        .filter(line_of_work_translation::Column::Lang.is_in([locale.code(), "en"]))
        .all(db)
        .await?;
    Ok(lines
        .into_iter()
        .map(|line| {
            let text = translations
                .iter()
                .filter(|t| t.line_id == line.id)
                .max_by_key(|t| t.lang == locale.code());
            LineOption {
                id: line.id,
                slug: line.slug,
                name: text.map(|t| t.name.clone()).unwrap_or_default(),
                description: text.map(|t| t.description.clone()).unwrap_or_default(),
            }
        })
        .collect())
}

struct SeedLine {
    slug: &'static str,
    en: (&'static str, &'static str),
    es: (&'static str, &'static str),
    fr: (&'static str, &'static str),
}

const SEED: &[SeedLine] = &[
    SeedLine {
        slug: "prevention",
        en: (
            "Prevention of juvenile violence",
            "Social prevention of violence involving children and young people.",
        ),
        es: (
            "Prevención de la violencia juvenil",
            "Prevención social de la violencia en la que participan niños, niñas y jóvenes.",
        ),
        fr: (
            "Prévention de la violence juvénile",
            "Prévention sociale de la violence impliquant des enfants et des jeunes.",
        ),
    },
    SeedLine {
        slug: "specialised-systems",
        en: (
            "Specialised juvenile justice systems",
            "Courts, prosecution, defence and services designed for young people.",
        ),
        es: (
            "Sistemas especializados de justicia juvenil",
            "Juzgados, fiscalía, defensa y servicios pensados para los jóvenes.",
        ),
        fr: (
            "Systèmes spécialisés de justice juvénile",
            "Tribunaux, parquet, défense et services conçus pour les jeunes.",
        ),
    },
    SeedLine {
        slug: "alternatives-to-detention",
        en: (
            "Alternatives to detention",
            "Measures that avoid depriving young people of their liberty.",
        ),
        es: (
            "Alternativas a la privación de libertad",
            "Medidas que evitan privar de libertad a los jóvenes.",
        ),
        fr: (
            "Alternatives à la détention",
            "Mesures qui évitent de priver les jeunes de liberté.",
        ),
    },
    SeedLine {
        slug: "restorative-justice",
        en: (
            "Restorative justice",
            "Mediation, conferencing and repair of the harm caused.",
        ),
        es: (
            "Justicia restaurativa",
            "Mediación, conferencias y reparación del daño causado.",
        ),
        fr: (
            "Justice restaurative",
            "Médiation, conférences et réparation du préjudice causé.",
        ),
    },
    SeedLine {
        slug: "social-reintegration",
        en: (
            "Social reintegration",
            "Support for young people's return to community life, against reoffending.",
        ),
        es: (
            "Reinserción social",
            "Apoyo al regreso de los jóvenes a la vida comunitaria, contra la reincidencia.",
        ),
        fr: (
            "Réinsertion sociale",
            "Accompagnement du retour des jeunes dans la société, contre la récidive.",
        ),
    },
    SeedLine {
        slug: "legislation-policy",
        en: (
            "Legislation and policy reform",
            "Drafting and assessing laws, policies and international standards.",
        ),
        es: (
            "Reforma legislativa y de políticas",
            "Elaboración y evaluación de leyes, políticas y estándares internacionales.",
        ),
        fr: (
            "Réforme législative et des politiques",
            "Élaboration et évaluation de lois, de politiques et de normes internationales.",
        ),
    },
    SeedLine {
        slug: "training",
        en: (
            "Training",
            "Training and professional development for those who work with young people.",
        ),
        es: (
            "Formación",
            "Formación y desarrollo profesional de quienes trabajan con jóvenes.",
        ),
        fr: (
            "Formation",
            "Formation et développement professionnel de celles et ceux qui travaillent avec les jeunes.",
        ),
    },
    SeedLine {
        slug: "research",
        en: (
            "Research",
            "Studies, data and evaluation on juvenile justice.",
        ),
        es: (
            "Investigación",
            "Estudios, datos y evaluación sobre justicia juvenil.",
        ),
        fr: (
            "Recherche",
            "Études, données et évaluation en matière de justice juvénile.",
        ),
    },
];

/// Adds the default lines of work that are missing (by slug); editors'
/// changes to existing lines are kept.
pub async fn seed(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let existing: Vec<String> = line_of_work::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|line| line.slug)
        .collect();
    for (position, line) in (1..).zip(SEED) {
        if existing.iter().any(|slug| slug == line.slug) {
            continue;
        }
        let id = line_of_work::Entity::insert(line_of_work::ActiveModel {
            slug: Set(line.slug.to_string()),
            position: Set(position),
            active: Set(true),
            ..Default::default()
        })
        .exec(db)
        .await?
        .last_insert_id;
        let texts = [("en", line.en), ("es", line.es), ("fr", line.fr)];
        line_of_work_translation::Entity::insert_many(texts.map(|(lang, (name, description))| {
            line_of_work_translation::ActiveModel {
                line_id: Set(id),
                lang: Set(lang.to_string()),
                name: Set(name.to_string()),
                description: Set(description.to_string()),
                ..Default::default()
            }
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}
