//! The Continental Councils' archive: each meeting of a council (a content
//! item of kind `council`, by slug) with its edition, days, place, who took
//! part and what it did in three languages, and the library's resources
//! that are its documents.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum CouncilMeetings {
    Table,
    Id,
    CouncilSlug,
    Edition,
    StartsOn,
    EndsOn,
    Place,
    CountryCode,
    Participants,
    SummaryEn,
    SummaryEs,
    SummaryFr,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum CouncilDocuments {
    Table,
    MeetingId,
    ResourceId,
    Position,
}

#[derive(Iden)]
enum LibraryResources {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CouncilMeetings::Table)
                    .col(pk_auto(CouncilMeetings::Id))
                    .col(string_len(CouncilMeetings::CouncilSlug, 80))
                    .col(integer(CouncilMeetings::Edition))
                    // Days as `YYYY-MM-DD` text, as the site keeps every day.
                    .col(string_len(CouncilMeetings::StartsOn, 10))
                    .col(string_len(CouncilMeetings::EndsOn, 10))
                    .col(string_len(CouncilMeetings::Place, 200))
                    .col(string_len_null(CouncilMeetings::CountryCode, 2))
                    .col(text(CouncilMeetings::Participants))
                    .col(text(CouncilMeetings::SummaryEn))
                    .col(text(CouncilMeetings::SummaryEs))
                    .col(text(CouncilMeetings::SummaryFr))
                    .col(timestamp_with_time_zone(CouncilMeetings::CreatedAt))
                    .col(timestamp_with_time_zone(CouncilMeetings::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // One edition of a council is one meeting.
        manager
            .create_index(
                Index::create()
                    .name("council_meetings_edition")
                    .table(CouncilMeetings::Table)
                    .col(CouncilMeetings::CouncilSlug)
                    .col(CouncilMeetings::Edition)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CouncilDocuments::Table)
                    .col(integer(CouncilDocuments::MeetingId))
                    .col(integer(CouncilDocuments::ResourceId))
                    .col(integer(CouncilDocuments::Position))
                    .primary_key(
                        Index::create()
                            .col(CouncilDocuments::MeetingId)
                            .col(CouncilDocuments::ResourceId),
                    )
                    .foreign_key(&mut foreign_key(
                        (CouncilDocuments::Table, CouncilDocuments::MeetingId),
                        (CouncilMeetings::Table, CouncilMeetings::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (CouncilDocuments::Table, CouncilDocuments::ResourceId),
                        (LibraryResources::Table, LibraryResources::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
