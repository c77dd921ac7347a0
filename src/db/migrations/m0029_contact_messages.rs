//! Messages written to the head office from the contact page. A row whose
//! `sent_at` is empty holds only a file sent with a form that was refused,
//! kept for the correction (and purged after a day when none comes).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContactMessages {
    Table,
    Id,
    Name,
    Email,
    Subject,
    Message,
    Locale,
    FormKey,
    StoredName,
    OriginalName,
    ContentType,
    SizeBytes,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContactMessages::Table)
                    .col(pk_auto(ContactMessages::Id))
                    .col(string_len(ContactMessages::Name, 200))
                    .col(string_len(ContactMessages::Email, 320))
                    .col(string_len(ContactMessages::Subject, 200))
                    .col(text(ContactMessages::Message))
                    .col(string_len(ContactMessages::Locale, 8))
                    .col(string_len_null(ContactMessages::FormKey, 64).unique_key())
                    .col(string_len_null(ContactMessages::StoredName, 64))
                    .col(string_len_null(ContactMessages::OriginalName, 255))
                    .col(string_len_null(ContactMessages::ContentType, 120))
                    .col(big_integer_null(ContactMessages::SizeBytes))
                    .col(timestamp_with_time_zone(ContactMessages::CreatedAt))
                    .col(timestamp_with_time_zone_null(ContactMessages::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("contact_messages_by_sending")
                    .table(ContactMessages::Table)
                    .col(ContactMessages::SentAt)
                    .col(ContactMessages::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}
