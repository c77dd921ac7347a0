//! What the library holds about a person, for the personal-data registry:
//! the resources they contributed. Those not yet published go with the
//! account; published ones are the library's, and stay without their name.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde_json::{Value, json};

use super::{
    entities::{State, file, resource},
    files::files_of_many,
};
use crate::{
    db::Keyed,
    index_changes::Subject,
    personal_data::{Pending, PersonalData},
    safeguarding, versions,
};

pub struct Library;

impl PersonalData for Library {
    fn section(&self) -> &'static str {
        "library_contributions"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            let contributed = resource::Entity::find()
                .filter(resource::Column::ContributorId.eq(user_id))
                .order_by_asc(resource::Column::Id)
                .all(db)
                .await?;
            let ids: Vec<i32> = contributed.iter().map(|c| c.id).collect();
            let files = files_of_many(db, &ids).await?;
            let exported = contributed.iter().map(|contribution| {
                let names = files
                    .iter()
                    .filter(|f| f.resource_id == Some(contribution.id))
                    .map(|f| f.original_name.as_str());
                exported(contribution, &names.collect::<Vec<_>>())
            });
            Ok(Value::Array(exported.collect()))
        })
    }

    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move { erase(txn, user_id).await })
    }
}

fn exported(contribution: &resource::Model, files: &[&str]) -> Value {
    json!({
        "number": contribution.id,
        "kind": contribution.kind.key(),
        "state": contribution.state.key(),
        "title": {
            "en": contribution.title_en,
            "es": contribution.title_es,
            "fr": contribution.title_fr,
        },
        "summary": {
            "en": contribution.summary_en,
            "es": contribution.summary_es,
            "fr": contribution.summary_fr,
        },
        "authors": contribution.authors,
        "files": files,
        "committee_reasons": contribution.return_reason,
        "created_at": contribution.created_at,
        "updated_at": contribution.updated_at,
        "published_at": contribution.published_at,
    })
}

async fn erase(txn: &DatabaseTransaction, user_id: i32) -> Result<(), DbErr> {
    let unpublished = resource::Entity::find()
        .filter(resource::Column::ContributorId.eq(user_id))
        .filter(resource::Column::State.ne(State::Published))
        .all(txn)
        .await?;
    // Their unpublished texts go, with every version of them; the
    // versions they saved of anything else stay, without their name.
    versions::delete_history(
        txn,
        unpublished
            .iter()
            .map(|found| Subject::Resource(found.id).key()),
    )
    .await?;
    versions::forget_author(txn, user_id).await?;
    // Their files are left to the purge of files nobody saved, which
    // deletes their bytes (this transaction cannot reach the storage).
    file::Entity::update_many()
        .col_expr(file::Column::ResourceId, Expr::value(None::<i32>))
        .filter(file::Column::ResourceId.is_in(unpublished.iter().map(|found| found.id)))
        .exec(txn)
        .await?;
    // So are the covers editors gave them.
    let covers = unpublished.iter().filter_map(|found| found.cover_image_id);
    crate::images::usage::let_go(txn, covers).await?;
    // And the details hidden in their texts.
    let deleted: Vec<i32> = unpublished.iter().map(|found| found.id).collect();
    let subject = safeguarding::Subject::Contribution;
    safeguarding::retention::delete_with_details(txn, subject, &deleted).await?;
    resource::Entity::update_many()
        .col_expr(resource::Column::ContributorId, Expr::value(None::<i32>))
        .filter(resource::Column::ContributorId.eq(user_id))
        .exec(txn)
        .await?;
    Ok(())
}
