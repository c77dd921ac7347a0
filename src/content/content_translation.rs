//! One translatable field of a content item, in one language.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub item_id: i32,
    pub lang: String,
    pub field: String,
    #[sea_orm(column_type = "Text")]
    pub value: String,
    #[sea_orm(belongs_to, from = "item_id", to = "id")]
    pub item: HasOne<super::content_item::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
