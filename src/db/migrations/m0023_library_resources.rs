//! The library's resources: research, legislation, legal practice,
//! programmes and good practices, each written in up to three languages
//! (one record, its original language marked), with the facts of its type,
//! the lines of work it concerns and the articles of the international
//! standards it cites. A resource is public only once published. Days
//! are kept as `YYYY-MM-DD` text, as offers keep theirs, which both
//! databases and the backups carry alike.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden, Clone, Copy)]
enum LibraryResources {
    Table,
    Id,
    Kind,
    State,
    OriginalLanguage,
    TitleEn,
    TitleEs,
    TitleFr,
    SummaryEn,
    SummaryEs,
    SummaryFr,
    Authors,
    Issued,
    Year,
    Country,
    Region,
    Tags,
    AgeGroup,
    Link,
    Source,
    Licence,
    Jurisdiction,
    InstrumentKind,
    AdoptedOn,
    InForceFrom,
    InForceUntil,
    AmendsId,
    Court,
    CaseNumber,
    DecidedOn,
    Outcome,
    Organisation,
    PeriodFrom,
    PeriodUntil,
    EvaluationAvailable,
    Results,
    Contact,
    ContributorId,
    SeedKey,
    ReturnReason,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(Iden)]
enum LibraryResourceLines {
    Table,
    ResourceId,
    LineId,
}

#[derive(Iden)]
enum LibraryCitations {
    Table,
    ResourceId,
    Instrument,
    Article,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum LinesOfWork {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use LibraryResources as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(pk_auto(R::Id))
                    .col(string_len(R::Kind, 16))
                    .col(string_len(R::State, 16))
                    .col(string_len(R::OriginalLanguage, 2))
                    .col(string_len(R::TitleEn, 300).default(""))
                    .col(string_len(R::TitleEs, 300).default(""))
                    .col(string_len(R::TitleFr, 300).default(""))
                    .col(text(R::SummaryEn).default(""))
                    .col(text(R::SummaryEs).default(""))
                    .col(text(R::SummaryFr).default(""))
                    .col(string_len(R::Authors, 300))
                    .col(string_len(R::Issued, 10).default(""))
                    .col(integer_null(R::Year))
                    .col(string_len_null(R::Country, 2))
                    .col(string_len(R::Region, 16))
                    .col(string_len(R::Tags, 500).default(""))
                    .col(string_len(R::AgeGroup, 16))
                    .col(string_len_null(R::Link, 500))
                    .col(string_len(R::Source, 300).default(""))
                    .col(string_len(R::Licence, 24))
                    .col(string_len_null(R::Jurisdiction, 200))
                    .col(string_len_null(R::InstrumentKind, 16))
                    .col(string_len_null(R::AdoptedOn, 10))
                    .col(string_len_null(R::InForceFrom, 10))
                    .col(string_len_null(R::InForceUntil, 10))
                    .col(integer_null(R::AmendsId))
                    .col(string_len_null(R::Court, 200))
                    .col(string_len_null(R::CaseNumber, 100))
                    .col(string_len_null(R::DecidedOn, 10))
                    .col(text_null(R::Outcome))
                    .col(string_len_null(R::Organisation, 200))
                    .col(integer_null(R::PeriodFrom))
                    .col(integer_null(R::PeriodUntil))
                    .col(boolean_null(R::EvaluationAvailable))
                    .col(text_null(R::Results))
                    .col(string_len_null(R::Contact, 300))
                    .col(integer_null(R::ContributorId))
                    .col(string_len_null(R::SeedKey, 120).unique_key())
                    .col(text_null(R::ReturnReason))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .col(timestamp_with_time_zone_null(R::PublishedAt))
                    .foreign_key(&mut foreign_key(
                        (R::Table, R::AmendsId),
                        (R::Table, R::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        (R::Table, R::ContributorId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("library_resources_by_state_and_year")
                    .table(R::Table)
                    .col(R::State)
                    .col(R::Year)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LibraryResourceLines::Table)
                    .col(integer(LibraryResourceLines::ResourceId))
                    .col(integer(LibraryResourceLines::LineId))
                    .primary_key(
                        Index::create()
                            .col(LibraryResourceLines::ResourceId)
                            .col(LibraryResourceLines::LineId),
                    )
                    .foreign_key(&mut foreign_key(
                        (
                            LibraryResourceLines::Table,
                            LibraryResourceLines::ResourceId,
                        ),
                        (R::Table, R::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (LibraryResourceLines::Table, LibraryResourceLines::LineId),
                        (LinesOfWork::Table, LinesOfWork::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LibraryCitations::Table)
                    .col(integer(LibraryCitations::ResourceId))
                    .col(string_len(LibraryCitations::Instrument, 32))
                    .col(string_len(LibraryCitations::Article, 8))
                    .primary_key(
                        Index::create()
                            .col(LibraryCitations::ResourceId)
                            .col(LibraryCitations::Instrument)
                            .col(LibraryCitations::Article),
                    )
                    .foreign_key(&mut foreign_key(
                        (LibraryCitations::Table, LibraryCitations::ResourceId),
                        (R::Table, R::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("library_citations_by_article")
                    .table(LibraryCitations::Table)
                    .col(LibraryCitations::Instrument)
                    .col(LibraryCitations::Article)
                    .to_owned(),
            )
            .await
    }
}
