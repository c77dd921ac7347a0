//! Accounts: people, their lines of work, sessions, single-use tokens,
//! and the role audit trail. (Rate limits and the job queue were created here
//! once; they now have their own migration, `m0005_platform`.)

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum LinesOfWork {
    Table,
    Id,
    Slug,
    Position,
    Active,
}

#[derive(Iden)]
enum LineOfWorkTranslations {
    Table,
    Id,
    LineId,
    Lang,
    Name,
    Description,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
    Email,
    EmailVerifiedAt,
    PasswordHash,
    FullName,
    AccountType,
    OrganisationName,
    Sector,
    CountryCode,
    WorkingLanguages,
    Locale,
    Role,
    ConsentAt,
    ConsentPolicyVersion,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum UserLinesOfWork {
    Table,
    UserId,
    LineId,
}

#[derive(Iden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(Iden)]
enum AccountTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    NewEmail,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(Iden)]
enum RoleChanges {
    Table,
    Id,
    UserId,
    ChangedById,
    OldRole,
    NewRole,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LinesOfWork::Table)
                    .col(pk_auto(LinesOfWork::Id))
                    .col(string_len_uniq(LinesOfWork::Slug, 100))
                    .col(integer(LinesOfWork::Position))
                    .col(boolean(LinesOfWork::Active).default(true))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LineOfWorkTranslations::Table)
                    .col(pk_auto(LineOfWorkTranslations::Id))
                    .col(integer(LineOfWorkTranslations::LineId))
                    .col(string_len(LineOfWorkTranslations::Lang, 8))
                    .col(string(LineOfWorkTranslations::Name))
                    .col(text(LineOfWorkTranslations::Description))
                    .foreign_key(&mut foreign_key(
                        (
                            LineOfWorkTranslations::Table,
                            LineOfWorkTranslations::LineId,
                        ),
                        (LinesOfWork::Table, LinesOfWork::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .index(
                        Index::create()
                            .name("line_of_work_translations_line_lang")
                            .col(LineOfWorkTranslations::LineId)
                            .col(LineOfWorkTranslations::Lang)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                    .col(string(Users::PasswordHash))
                    .col(string_len(Users::FullName, 200))
                    .col(string_len(Users::AccountType, 16))
                    .col(string_len_null(Users::OrganisationName, 200))
                    .col(string_len_null(Users::Sector, 40))
                    .col(string_len(Users::CountryCode, 2))
                    .col(string_len(Users::WorkingLanguages, 100))
                    .col(string_len(Users::Locale, 8))
                    .col(string_len(Users::Role, 16).default("member"))
                    .col(timestamp_with_time_zone(Users::ConsentAt))
                    .col(string_len(Users::ConsentPolicyVersion, 16))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserLinesOfWork::Table)
                    .col(integer(UserLinesOfWork::UserId))
                    .col(integer(UserLinesOfWork::LineId))
                    .primary_key(
                        Index::create()
                            .col(UserLinesOfWork::UserId)
                            .col(UserLinesOfWork::LineId),
                    )
                    .foreign_key(&mut foreign_key(
                        (UserLinesOfWork::Table, UserLinesOfWork::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (UserLinesOfWork::Table, UserLinesOfWork::LineId),
                        (LinesOfWork::Table, LinesOfWork::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(string_len(Sessions::Id, 64).primary_key())
                    .col(integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(&mut foreign_key(
                        (Sessions::Table, Sessions::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .col(pk_auto(AccountTokens::Id))
                    .col(integer(AccountTokens::UserId))
                    .col(string_len(AccountTokens::Purpose, 32))
                    .col(string_len_uniq(AccountTokens::TokenHash, 64))
                    .col(string_len_null(AccountTokens::NewEmail, 254))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (AccountTokens::Table, AccountTokens::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoleChanges::Table)
                    .col(pk_auto(RoleChanges::Id))
                    .col(integer_null(RoleChanges::UserId))
                    .col(integer_null(RoleChanges::ChangedById))
                    .col(string_len(RoleChanges::OldRole, 16))
                    .col(string_len(RoleChanges::NewRole, 16))
                    .col(timestamp_with_time_zone(RoleChanges::ChangedAt))
                    .foreign_key(&mut foreign_key(
                        (RoleChanges::Table, RoleChanges::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        (RoleChanges::Table, RoleChanges::ChangedById),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }
}
