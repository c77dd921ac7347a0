//! A message to the head office (or, while `sent_at` is empty, a file kept
//! for a refused form).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub email: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    /// The sender's language, which the acknowledgement is written in.
    pub locale: String,
    /// The single-use key of the form (`web::human_check`): sent twice, it
    /// makes one message.
    pub form_key: Option<String>,
    pub stored_name: Option<String>,
    pub original_name: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: Option<i64>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
