//! The lines of work a new site starts with, in three languages.

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::entities::{line_of_work, line_of_work_translation};

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
