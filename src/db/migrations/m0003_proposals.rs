//! Collaboration proposals: the submission, its lines of work, attachment,
//! thread of messages, evaluators, evaluations, audit trail and decision;
//! and the working groups proposals can be invited to.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

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

#[derive(Iden)]
enum WorkingGroups {
    Table,
    Id,
    Name,
    LineId,
    Description,
    CreatedAt,
}

#[derive(Iden)]
enum Proposals {
    Table,
    Id,
    Reference,
    State,
    SubmitterId,
    AccountType,
    FullName,
    OrganisationName,
    Sector,
    CountryCode,
    Email,
    Locale,
    WorkingLanguages,
    Specialisation,
    Title,
    Description,
    CollaborationKind,
    ConsentAt,
    ConsentPolicyVersion,
    ConfirmTokenHash,
    Decision,
    GroupId,
    CreatedAt,
    ConfirmedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum ProposalLines {
    Table,
    ProposalId,
    LineId,
}

#[derive(Iden)]
enum ProposalAttachments {
    Table,
    Id,
    ProposalId,
    StoredName,
    OriginalName,
    ContentType,
    SizeBytes,
    CreatedAt,
}

#[derive(Iden)]
enum ProposalMessages {
    Table,
    Id,
    ProposalId,
    AuthorId,
    AuthorRole,
    Internal,
    Body,
    CreatedAt,
}

#[derive(Iden)]
enum ProposalAssignments {
    Table,
    Id,
    ProposalId,
    EvaluatorId,
    AssignedById,
    AssignedAt,
    ConflictAt,
}

#[derive(Iden)]
enum ProposalEvaluations {
    Table,
    Id,
    ProposalId,
    EvaluatorId,
    Recommendation,
    Scores,
    Notes,
    UpdatedAt,
}

#[derive(Iden)]
enum ProposalEvents {
    Table,
    Id,
    ProposalId,
    ActorId,
    FromState,
    ToState,
    Note,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        manager
            .create_table(
                Table::create()
                    .table(WorkingGroups::Table)
                    .col(pk_auto(WorkingGroups::Id))
                    .col(string_len(WorkingGroups::Name, 200))
                    .col(integer_null(WorkingGroups::LineId))
                    .col(text(WorkingGroups::Description))
                    .col(timestamp_with_time_zone(WorkingGroups::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (WorkingGroups::Table, WorkingGroups::LineId),
                        (LinesOfWork::Table, LinesOfWork::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Proposals::Table)
                    .col(pk_auto(Proposals::Id))
                    .col(string_len_uniq(Proposals::Reference, 32))
                    .col(string_len(Proposals::State, 32))
                    .col(integer_null(Proposals::SubmitterId))
                    .col(string_len(Proposals::AccountType, 16))
                    .col(string_len(Proposals::FullName, 200))
                    .col(string_len_null(Proposals::OrganisationName, 200))
                    .col(string_len_null(Proposals::Sector, 40))
                    .col(string_len(Proposals::CountryCode, 2))
                    .col(string_len(Proposals::Email, 254))
                    .col(string_len(Proposals::Locale, 8))
                    .col(string_len(Proposals::WorkingLanguages, 100))
                    .col(text(Proposals::Specialisation))
                    .col(string_len(Proposals::Title, 200))
                    .col(text(Proposals::Description))
                    .col(string_len(Proposals::CollaborationKind, 20))
                    .col(timestamp_with_time_zone(Proposals::ConsentAt))
                    .col(string_len(Proposals::ConsentPolicyVersion, 16))
                    .col(string_len_null(Proposals::ConfirmTokenHash, 64))
                    .col(string_len_null(Proposals::Decision, 32))
                    .col(integer_null(Proposals::GroupId))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone_null(Proposals::ConfirmedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        (Proposals::Table, Proposals::SubmitterId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        (Proposals::Table, Proposals::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("proposals_state")
                    .table(Proposals::Table)
                    .col(Proposals::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalLines::Table)
                    .col(integer(ProposalLines::ProposalId))
                    .col(integer(ProposalLines::LineId))
                    .primary_key(
                        Index::create()
                            .col(ProposalLines::ProposalId)
                            .col(ProposalLines::LineId),
                    )
                    .foreign_key(&mut foreign_key(
                        (ProposalLines::Table, ProposalLines::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalLines::Table, ProposalLines::LineId),
                        (LinesOfWork::Table, LinesOfWork::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalAttachments::Table)
                    .col(pk_auto(ProposalAttachments::Id))
                    .col(integer_null(ProposalAttachments::ProposalId))
                    .col(string_len_uniq(ProposalAttachments::StoredName, 64))
                    .col(string_len(ProposalAttachments::OriginalName, 200))
                    .col(string_len(ProposalAttachments::ContentType, 100))
                    .col(big_integer(ProposalAttachments::SizeBytes))
                    .col(timestamp_with_time_zone(ProposalAttachments::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (ProposalAttachments::Table, ProposalAttachments::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalMessages::Table)
                    .col(pk_auto(ProposalMessages::Id))
                    .col(integer(ProposalMessages::ProposalId))
                    .col(integer_null(ProposalMessages::AuthorId))
                    .col(string_len(ProposalMessages::AuthorRole, 16))
                    .col(boolean(ProposalMessages::Internal))
                    .col(text(ProposalMessages::Body))
                    .col(timestamp_with_time_zone(ProposalMessages::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (ProposalMessages::Table, ProposalMessages::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalMessages::Table, ProposalMessages::AuthorId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalAssignments::Table)
                    .col(pk_auto(ProposalAssignments::Id))
                    .col(integer(ProposalAssignments::ProposalId))
                    .col(integer(ProposalAssignments::EvaluatorId))
                    .col(integer_null(ProposalAssignments::AssignedById))
                    .col(timestamp_with_time_zone(ProposalAssignments::AssignedAt))
                    .col(timestamp_with_time_zone_null(
                        ProposalAssignments::ConflictAt,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalAssignments::Table, ProposalAssignments::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalAssignments::Table, ProposalAssignments::EvaluatorId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            ProposalAssignments::Table,
                            ProposalAssignments::AssignedById,
                        ),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .index(
                        Index::create()
                            .name("assignments_once")
                            .col(ProposalAssignments::ProposalId)
                            .col(ProposalAssignments::EvaluatorId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalEvaluations::Table)
                    .col(pk_auto(ProposalEvaluations::Id))
                    .col(integer(ProposalEvaluations::ProposalId))
                    .col(integer(ProposalEvaluations::EvaluatorId))
                    .col(string_len(ProposalEvaluations::Recommendation, 32))
                    .col(text(ProposalEvaluations::Scores))
                    .col(text(ProposalEvaluations::Notes))
                    .col(timestamp_with_time_zone(ProposalEvaluations::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        (ProposalEvaluations::Table, ProposalEvaluations::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalEvaluations::Table, ProposalEvaluations::EvaluatorId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .index(
                        Index::create()
                            .name("evaluations_once")
                            .col(ProposalEvaluations::ProposalId)
                            .col(ProposalEvaluations::EvaluatorId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalEvents::Table)
                    .col(pk_auto(ProposalEvents::Id))
                    .col(integer(ProposalEvents::ProposalId))
                    .col(integer_null(ProposalEvents::ActorId))
                    .col(string_len_null(ProposalEvents::FromState, 32))
                    .col(string_len(ProposalEvents::ToState, 32))
                    .col(string_len(ProposalEvents::Note, 200))
                    .col(timestamp_with_time_zone(ProposalEvents::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (ProposalEvents::Table, ProposalEvents::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (ProposalEvents::Table, ProposalEvents::ActorId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }
}
