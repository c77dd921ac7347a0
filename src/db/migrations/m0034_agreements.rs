//! The registry of cooperation agreements: each with a partner (a content
//! item of kind `partner`, by slug), its subject in three languages, who
//! signed it, when, for how long, until when it was renewed, and the end
//! the editors were last reminded of.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Agreements {
    Table,
    Id,
    PartnerSlug,
    SubjectEn,
    SubjectEs,
    SubjectFr,
    Signatories,
    SignedOn,
    DurationMonths,
    RenewedUntil,
    RemindedFor,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Agreements::Table)
                    .col(pk_auto(Agreements::Id))
                    .col(string_len(Agreements::PartnerSlug, 80))
                    .col(text(Agreements::SubjectEn))
                    .col(text(Agreements::SubjectEs))
                    .col(text(Agreements::SubjectFr))
                    .col(string_len(Agreements::Signatories, 500))
                    // Days as `YYYY-MM-DD` text, as the site keeps every day.
                    .col(string_len(Agreements::SignedOn, 10))
                    .col(integer_null(Agreements::DurationMonths))
                    .col(string_len_null(Agreements::RenewedUntil, 10))
                    .col(string_len_null(Agreements::RemindedFor, 10))
                    .col(timestamp_with_time_zone(Agreements::CreatedAt))
                    .col(timestamp_with_time_zone(Agreements::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreements_by_partner")
                    .table(Agreements::Table)
                    .col(Agreements::PartnerSlug)
                    .to_owned(),
            )
            .await
    }
}
