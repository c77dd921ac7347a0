//! The monthly bulletin: its subscribers (no account needed; confirmed by
//! mail before anything else is sent), its issues, and which subscriber
//! each issue was queued for (so an issue reaches everyone once).

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum NewsletterSubscribers {
    Table,
    Id,
    Email,
    Locale,
    Topics,
    State,
    RequestedAt,
    ConfirmedAt,
    EndedAt,
}

#[derive(Iden)]
enum NewsletterIssues {
    Table,
    Id,
    IntroEn,
    IntroEs,
    IntroFr,
    News,
    Resources,
    CreatedAt,
    AuthorId,
    SentAt,
    Recipients,
}

#[derive(Iden)]
enum NewsletterDeliveries {
    Table,
    IssueId,
    SubscriberId,
    QueuedAt,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NewsletterSubscribers::Table)
                    .col(pk_auto(NewsletterSubscribers::Id))
                    .col(string_len(NewsletterSubscribers::Email, 320).unique_key())
                    .col(string_len(NewsletterSubscribers::Locale, 8))
                    .col(string_len(NewsletterSubscribers::Topics, 100))
                    .col(string_len(NewsletterSubscribers::State, 20))
                    .col(timestamp_with_time_zone(NewsletterSubscribers::RequestedAt))
                    .col(timestamp_with_time_zone_null(
                        NewsletterSubscribers::ConfirmedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        NewsletterSubscribers::EndedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("newsletter_subscribers_by_state")
                    .table(NewsletterSubscribers::Table)
                    .col(NewsletterSubscribers::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NewsletterIssues::Table)
                    .col(pk_auto(NewsletterIssues::Id))
                    .col(text(NewsletterIssues::IntroEn))
                    .col(text(NewsletterIssues::IntroEs))
                    .col(text(NewsletterIssues::IntroFr))
                    .col(text(NewsletterIssues::News))
                    .col(text(NewsletterIssues::Resources))
                    .col(timestamp_with_time_zone(NewsletterIssues::CreatedAt))
                    .col(integer_null(NewsletterIssues::AuthorId))
                    .col(timestamp_with_time_zone_null(NewsletterIssues::SentAt))
                    .col(integer_null(NewsletterIssues::Recipients))
                    .foreign_key(&mut foreign_key(
                        (NewsletterIssues::Table, NewsletterIssues::AuthorId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NewsletterDeliveries::Table)
                    .col(integer(NewsletterDeliveries::IssueId))
                    .col(integer(NewsletterDeliveries::SubscriberId))
                    .col(timestamp_with_time_zone(NewsletterDeliveries::QueuedAt))
                    .primary_key(
                        Index::create()
                            .col(NewsletterDeliveries::IssueId)
                            .col(NewsletterDeliveries::SubscriberId),
                    )
                    .foreign_key(&mut foreign_key(
                        (NewsletterDeliveries::Table, NewsletterDeliveries::IssueId),
                        (NewsletterIssues::Table, NewsletterIssues::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            NewsletterDeliveries::Table,
                            NewsletterDeliveries::SubscriberId,
                        ),
                        (NewsletterSubscribers::Table, NewsletterSubscribers::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
