//! Database entities of the lines of work: the lines, their texts per
//! language, and which lines each person chose as their specialisation.

pub mod line_of_work {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "lines_of_work")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub slug: String,
        pub position: i32,
        pub active: bool,
        #[sea_orm(has_many)]
        pub translations: HasMany<super::line_of_work_translation::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod line_of_work_translation {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "line_of_work_translations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub line_id: i32,
        pub lang: String,
        pub name: String,
        #[sea_orm(column_type = "Text")]
        pub description: String,
        #[sea_orm(belongs_to, from = "line_id", to = "id")]
        pub line: HasOne<super::line_of_work::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod user_line_of_work {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "user_lines_of_work")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub line_id: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
