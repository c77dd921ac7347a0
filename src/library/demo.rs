//! `observatory seed-demo --resources N`: a library of N made-up but
//! plausible resources, for benchmarks and demonstrations. The same N gives
//! the same library on every machine and database: each resource is drawn
//! from its own number. Titles and summaries come from a small vocabulary
//! of the field written in the three languages, so searches in each of them
//! find something, and a third of the resources exist in one language only.
//! Running it again adds only the resources still missing.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait,
};

use super::entities::{AgeGroup, Kind, Licence, State, citation, resource, resource_line};
use crate::{
    db::Keyed,
    i18n::Locale,
    index_changes::{self, Subject},
    progress::Progress,
};

/// Rows written per transaction.
const BATCH: u64 = 500;
/// Where the demonstration's resource numbers start: far above a real
/// site's, so both can live in one database.
const FIRST_ID: i64 = 1_000_000;

/// A phrase in English, Spanish and French.
type Said = [&'static str; 3];

const OPENINGS: [Said; 6] = [
    ["A study of", "Un estudio sobre", "Une étude sur"],
    ["An evaluation of", "Una evaluación de", "Une évaluation de"],
    [
        "Guidelines on",
        "Directrices sobre",
        "Lignes directrices sur",
    ],
    ["Report on", "Informe sobre", "Rapport sur"],
    [
        "Lessons learned on",
        "Lecciones aprendidas sobre",
        "Leçons tirées sur",
    ],
    ["A review of", "Una revisión de", "Un examen de"],
];

const TOPICS: [Said; 16] = [
    [
        "the detention of minors",
        "la detención de menores",
        "la détention des mineurs",
    ],
    [
        "restorative justice",
        "la justicia restaurativa",
        "la justice restaurative",
    ],
    [
        "juvenile courts",
        "los tribunales de menores",
        "les tribunaux pour enfants",
    ],
    [
        "alternatives to custody",
        "las alternativas a la privación de libertad",
        "les alternatives à la privation de liberté",
    ],
    [
        "social reintegration",
        "la reinserción social",
        "la réinsertion sociale",
    ],
    [
        "mediation between victims and offenders",
        "la mediación entre víctimas e infractores",
        "la médiation entre victimes et auteurs",
    ],
    [
        "the prevention of violence",
        "la prevención de la violencia",
        "la prévention de la violence",
    ],
    [
        "education in custody",
        "la educación en centros cerrados",
        "l'éducation en milieu fermé",
    ],
    [
        "girls in the justice system",
        "las niñas en el sistema de justicia",
        "les filles dans le système judiciaire",
    ],
    [
        "legal aid for children",
        "la asistencia jurídica a la infancia",
        "l'aide juridique aux enfants",
    ],
    [
        "the age of criminal responsibility",
        "la edad de responsabilidad penal",
        "l'âge de la responsabilité pénale",
    ],
    [
        "probation services",
        "los servicios de libertad vigilada",
        "les services de probation",
    ],
    [
        "the mental health of young offenders",
        "la salud mental de los jóvenes infractores",
        "la santé mentale des jeunes délinquants",
    ],
    [
        "support for families",
        "el apoyo a las familias",
        "le soutien aux familles",
    ],
    [
        "police custody of children",
        "la custodia policial de niños",
        "la garde à vue des enfants",
    ],
    [
        "diversion from the courts",
        "la desjudicialización",
        "la déjudiciarisation",
    ],
];

/// Country code, region, and the country's name in each language.
const PLACES: [(&str, &str, Said); 10] = [
    ("CL", "latin-america", ["Chile", "Chile", "Chili"]),
    ("ES", "europe", ["Spain", "España", "Espagne"]),
    ("FR", "europe", ["France", "Francia", "France"]),
    ("KE", "africa", ["Kenya", "Kenia", "Kenya"]),
    (
        "PH",
        "asia-pacific",
        ["the Philippines", "Filipinas", "les Philippines"],
    ),
    ("BR", "latin-america", ["Brazil", "Brasil", "le Brésil"]),
    ("MA", "africa", ["Morocco", "Marruecos", "le Maroc"]),
    ("BE", "europe", ["Belgium", "Bélgica", "la Belgique"]),
    (
        "ID",
        "asia-pacific",
        ["Indonesia", "Indonesia", "l'Indonésie"],
    ),
    ("PE", "latin-america", ["Peru", "Perú", "le Pérou"]),
];

const FINDINGS: [Said; 5] = [
    [
        "It finds that children held for shorter periods reoffend less often.",
        "Concluye que los niños privados de libertad durante menos tiempo reinciden menos.",
        "Il conclut que les enfants détenus moins longtemps récidivent moins souvent.",
    ],
    [
        "It describes the practice of judges, prosecutors and social workers.",
        "Describe la práctica de jueces, fiscales y trabajadores sociales.",
        "Il décrit la pratique des juges, des procureurs et des travailleurs sociaux.",
    ],
    [
        "It proposes measures that follow the international standards.",
        "Propone medidas conformes a las normas internacionales.",
        "Il propose des mesures conformes aux normes internationales.",
    ],
    [
        "It compares the results of community programmes with those of closed centres.",
        "Compara los resultados de los programas comunitarios con los de los centros cerrados.",
        "Il compare les résultats des programmes communautaires avec ceux des centres fermés.",
    ],
    [
        "It gathers the views of the young people concerned and of their families.",
        "Recoge la opinión de los jóvenes afectados y de sus familias.",
        "Il recueille l'avis des jeunes concernés et de leurs familles.",
    ],
];

const AUTHORS: [&str; 8] = [
    "García, L.",
    "Mensah, K.",
    "Dubois, C.",
    "Santos, R.",
    "Okafor, N.",
    "Lefèvre, A.",
    "Reyes, P.",
    "Tan, M.",
];

/// Articles a demonstration resource may cite.
const ARTICLES: [(&str, &str); 6] = [
    ("crc", "3"),
    ("crc", "12"),
    ("crc", "37"),
    ("crc", "40"),
    ("beijing", "17"),
    ("havana", "11"),
];

/// A small deterministic generator (SplitMix64), so a resource's number
/// alone decides what it says, whatever the library version.
struct Draw(u64);

impl Draw {
    fn for_number(number: u64) -> Draw {
        Draw(number.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x0005_DEEC_E66D)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len())]
    }
}

/// Adds demonstration resources until there are `wanted`; how many it added.
pub async fn seed_demo(
    db: &DatabaseConnection,
    wanted: u64,
    progress: &mut Progress,
) -> Result<u64, DbErr> {
    let existing = resource::Entity::find()
        .filter(resource::Column::Id.gte(FIRST_ID))
        .count(db)
        .await?;
    let lines: Vec<i32> = crate::lines_of_work::all(db, Locale::En)
        .await?
        .into_iter()
        .map(|line| line.id)
        .collect();
    progress.expect(wanted.saturating_sub(existing));
    let mut number = existing;
    while number < wanted {
        let end = (number + BATCH).min(wanted);
        let txn = db.begin().await?;
        insert_batch(&txn, number..end, &lines).await?;
        txn.commit().await?;
        progress.advance(end - number, "resources");
        number = end;
    }
    if db.get_database_backend() == DbBackend::Postgres {
        // Numbers were given, not drawn from the sequence: move it past them.
        db.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('library_resources', 'id'), \
             (SELECT MAX(id) FROM library_resources))",
        )
        .await?;
    }
    index_changes::record(db, &Subject::Everything).await?;
    progress.done();
    Ok(wanted.saturating_sub(existing))
}

async fn insert_batch(
    txn: &impl ConnectionTrait,
    numbers: std::ops::Range<u64>,
    lines: &[i32],
) -> Result<(), DbErr> {
    let mut resources = Vec::new();
    let mut links = Vec::new();
    let mut citations = Vec::new();
    for number in numbers {
        let id = i32::try_from(FIRST_ID + number as i64).unwrap_or(i32::MAX);
        let mut draw = Draw::for_number(number);
        resources.push(made_up(id, number, &mut draw));
        if let Some(line) = (!lines.is_empty()).then(|| draw.pick(lines)) {
            links.push(resource_line::ActiveModel {
                resource_id: Set(id),
                line_id: Set(line),
            });
        }
        if draw.below(2) == 0 {
            let (instrument, article) = draw.pick(&ARTICLES);
            citations.push(citation::ActiveModel {
                resource_id: Set(id),
                instrument: Set(instrument.into()),
                article: Set(article.into()),
            });
        }
    }
    resource::Entity::insert_many(resources).exec(txn).await?;
    if !links.is_empty() {
        resource_line::Entity::insert_many(links).exec(txn).await?;
    }
    if !citations.is_empty() {
        citation::Entity::insert_many(citations).exec(txn).await?;
    }
    Ok(())
}

fn made_up(id: i32, number: u64, draw: &mut Draw) -> resource::ActiveModel {
    let kind = draw.pick(&Kind::all());
    let (opening, topic, other, finding) = (
        draw.pick(&OPENINGS),
        draw.pick(&TOPICS),
        draw.pick(&TOPICS),
        draw.pick(&FINDINGS),
    );
    let (country, region, place) = draw.pick(&PLACES);
    let original = draw.below(3);
    // A third in one language, a third in two, a third in all three.
    let written = draw.below(3);
    let texts: [(String, String); 3] = std::array::from_fn(|language| {
        let distance = (language + 3 - original) % 3;
        if distance > written {
            return (String::new(), String::new());
        }
        let title = format!(
            "{} {} ({})",
            opening[language], topic[language], place[language]
        );
        let summary = match language {
            0 => format!(
                "It looks at {} and {} in {}. {}",
                topic[0], other[0], place[0], finding[0]
            ),
            1 => format!(
                "Analiza {} y {} en {}. {}",
                topic[1], other[1], place[1], finding[1]
            ),
            _ => format!(
                "Il étudie {} et {} en {}. {}",
                topic[2], other[2], place[2], finding[2]
            ),
        };
        (capitalised(&title), summary)
    });
    let year = 1990 + draw.below(36) as i32;
    let month = 1 + draw.below(12);
    let now = Utc::now();
    let [en, es, fr] = texts;
    resource::ActiveModel {
        id: Set(id),
        kind: Set(kind),
        state: Set(State::Published),
        original_language: Set(Locale::ALL[original].code().into()),
        title_en: Set(en.0),
        summary_en: Set(en.1),
        title_es: Set(es.0),
        summary_es: Set(es.1),
        title_fr: Set(fr.0),
        summary_fr: Set(fr.1),
        authors: Set(format!("{}; {}", draw.pick(&AUTHORS), draw.pick(&AUTHORS))),
        issued: Set(format!("{year}-{month:02}")),
        year: Set(Some(year)),
        country: Set(Some(country.into())),
        region: Set(region.into()),
        tags: Set(topic[0].trim_start_matches("the ").to_string()),
        age_group: Set(draw.pick(&[AgeGroup::Minors, AgeGroup::FourteenToSeventeen])),
        source: Set("Observatory demonstration data".into()),
        licence: Set(Licence::CcBy),
        seed_key: Set(Some(format!("demo-{number}"))),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        ..Default::default()
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::{Draw, made_up};

    #[test]
    fn a_number_always_makes_the_same_resource() {
        let first = made_up(1_000_007, 7, &mut Draw::for_number(7));
        let again = made_up(1_000_007, 7, &mut Draw::for_number(7));
        let other = made_up(1_000_008, 8, &mut Draw::for_number(8));
        assert_eq!(first.title_en, again.title_en);
        assert_eq!(first.summary_fr, again.summary_fr);
        assert_ne!(
            (first.title_en, first.title_es, first.title_fr),
            (other.title_en, other.title_es, other.title_fr)
        );
    }
}
