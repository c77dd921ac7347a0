//! The tables of a database as the backup sees them, read from the
//! database itself (not from the entities), so that a backup also carries
//! an older schema's tables and a new feature's table needs no registration.
//! SQLite and PostgreSQL describe the same migrations' tables in their own
//! words; both are reduced here to the few kinds of value the site stores.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use serde::{Deserialize, Serialize};

/// What a column holds, as far as copying it between databases goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Integer,
    Text,
    Bool,
    /// A moment (timestamp with time zone), kept to the microsecond, which
    /// is PostgreSQL's precision.
    Time,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: String,
    /// In the order of their names: the same on every backend, whatever
    /// order the migrations left them in.
    pub columns: Vec<Column>,
    /// The rows are read in this order, so that two copies of the same
    /// data give the same checksum.
    pub primary_key: Vec<String>,
}

impl Table {
    pub fn column_names(&self) -> impl Iterator<Item = &str> {
        self.columns.iter().map(|column| column.name.as_str())
    }
}

/// sea-orm-migration's own record of applied migrations: the manifest
/// carries their names, and a restore applies them itself.
pub const MIGRATIONS_TABLE: &str = "seaql_migrations";

/// Every table of the site's data, each after the tables it refers to, so
/// that inserting them in this order satisfies every foreign key.
pub async fn tables(db: &impl ConnectionTrait) -> anyhow::Result<Vec<Table>> {
    let backend = db.get_database_backend();
    let mut names = table_names(db).await?;
    names.retain(|name| name != MIGRATIONS_TABLE);
    let mut described = BTreeMap::new();
    let mut references = BTreeMap::new();
    for name in names {
        let (table, refers_to) = match backend {
            DbBackend::Postgres => describe_postgres(db, &name).await?,
            _ => describe_sqlite(db, &name).await?,
        };
        references.insert(name.clone(), refers_to);
        described.insert(name, table);
    }
    let order = dependency_order(&references)?;
    Ok(order
        .into_iter()
        .filter_map(|name| described.remove(&name))
        .collect())
}

/// Every table of the database, the migrations' own included.
pub async fn table_names(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        }
    };
    let rows = query(db, sql, []).await?;
    rows.iter()
        .map(|row| row.try_get::<String>("", "name"))
        .collect()
}

async fn query(
    db: &impl ConnectionTrait,
    sql: &str,
    values: impl IntoIterator<Item = sea_orm::Value>,
) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    let statement = Statement::from_sql_and_values(db.get_database_backend(), sql, values);
    db.query_all_raw(statement).await
}

async fn describe_sqlite(
    db: &impl ConnectionTrait,
    name: &str,
) -> anyhow::Result<(Table, BTreeSet<String>)> {
    let quoted = quote(name);
    let mut columns = Vec::new();
    let mut key = Vec::new();
    for row in query(db, &format!("PRAGMA table_info({quoted})"), []).await? {
        let column: String = row.try_get("", "name")?;
        let declared: String = row.try_get("", "type")?;
        let position: i32 = row.try_get("", "pk")?;
        if position > 0 {
            key.push((position, column.clone()));
        }
        columns.push(Column {
            kind: kind_of(name, &column, &declared)?,
            name: column,
        });
    }
    key.sort();
    let references = query(db, &format!("PRAGMA foreign_key_list({quoted})"), [])
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "table"))
        .collect::<Result<_, _>>()?;
    let primary_key = key.into_iter().map(|(_, column)| column).collect();
    Ok((table(name, columns, primary_key)?, references))
}

async fn describe_postgres(
    db: &impl ConnectionTrait,
    name: &str,
) -> anyhow::Result<(Table, BTreeSet<String>)> {
    let mut columns = Vec::new();
    let sql = "SELECT column_name::text AS name, data_type::text AS declared \
               FROM information_schema.columns \
               WHERE table_schema = current_schema() AND table_name = $1";
    for row in query(db, sql, [name.into()]).await? {
        let column: String = row.try_get("", "name")?;
        let declared: String = row.try_get("", "declared")?;
        columns.push(Column {
            kind: kind_of(name, &column, &declared)?,
            name: column,
        });
    }
    let sql = "SELECT a.attname::text AS name FROM pg_index i \
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) \
               WHERE i.indrelid = $1::regclass AND i.indisprimary \
               ORDER BY array_position(i.indkey, a.attnum)";
    let primary_key = query(db, sql, [quote(name).into()])
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "name"))
        .collect::<Result<_, _>>()?;
    let sql = "SELECT referenced.relname::text AS name FROM pg_constraint c \
               JOIN pg_class referenced ON referenced.oid = c.confrelid \
               WHERE c.conrelid = $1::regclass AND c.contype = 'f'";
    let references = query(db, sql, [quote(name).into()])
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "name"))
        .collect::<Result<_, _>>()?;
    Ok((table(name, columns, primary_key)?, references))
}

fn table(name: &str, mut columns: Vec<Column>, primary_key: Vec<String>) -> anyhow::Result<Table> {
    anyhow::ensure!(
        !primary_key.is_empty(),
        "table {name} has no primary key, so its rows have no order to check"
    );
    columns.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Table {
        name: name.to_string(),
        columns,
        primary_key,
    })
}

/// The kind of a column from the type its database declares: SQLite keeps
/// sea-query's names (`varchar(40)`, `timestamp_with_timezone_text`),
/// PostgreSQL its own (`character varying`, `timestamp with time zone`).
fn kind_of(table: &str, column: &str, declared: &str) -> anyhow::Result<Kind> {
    let declared_lower = declared.to_ascii_lowercase();
    let has = |word: &str| declared_lower.contains(word);
    if has("timestamp") {
        Ok(Kind::Time)
    } else if has("bool") {
        Ok(Kind::Bool)
    } else if has("int") {
        Ok(Kind::Integer)
    } else if has("char") || has("text") || has("string") {
        Ok(Kind::Text)
    } else {
        anyhow::bail!("column {table}.{column} has a type ({declared}) that backups do not carry")
    }
}

/// `name` as an SQL identifier, in double quotes (both backends).
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Kahn's algorithm over the references (a table's reference to itself is
/// satisfied by inserting its rows in key order). Ties are broken by name,
/// so the order is the same on every run.
fn dependency_order(
    references: &BTreeMap<String, BTreeSet<String>>,
) -> anyhow::Result<Vec<String>> {
    let mut waiting: BTreeMap<&str, BTreeSet<&str>> = references
        .iter()
        .map(|(table, refers_to)| {
            let others = refers_to
                .iter()
                .map(String::as_str)
                .filter(|other| other != table && references.contains_key(*other))
                .collect();
            (table.as_str(), others)
        })
        .collect();
    let mut order = Vec::new();
    while !waiting.is_empty() {
        let ready: Vec<&str> = waiting
            .iter()
            .filter(|(_, needs)| needs.is_empty())
            .map(|(table, _)| *table)
            .collect();
        anyhow::ensure!(
            !ready.is_empty(),
            "the tables {:?} refer to each other in a circle",
            waiting.keys().collect::<Vec<_>>()
        );
        for table in ready {
            waiting.remove(table);
            for needs in waiting.values_mut() {
                needs.remove(table);
            }
            order.push(table.to_string());
        }
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(pairs: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        pairs
            .iter()
            .map(|(table, to)| {
                (
                    table.to_string(),
                    to.iter().map(|t| t.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn tables_come_after_the_tables_they_refer_to() {
        let order = dependency_order(&refs(&[
            ("messages", &["proposals", "users"]),
            ("proposals", &["users", "proposals"]),
            ("users", &[]),
            ("jobs", &[]),
        ]))
        .unwrap();
        assert_eq!(order, ["jobs", "users", "proposals", "messages"]);
    }

    #[test]
    fn a_circle_of_references_is_refused() {
        let error = dependency_order(&refs(&[("a", &["b"]), ("b", &["a"])])).unwrap_err();
        assert!(error.to_string().contains("circle"), "{error}");
    }

    #[test]
    fn both_backends_declared_types_have_a_kind() {
        let kinds = [
            ("timestamp_with_timezone_text", Kind::Time),
            ("timestamp with time zone", Kind::Time),
            ("boolean", Kind::Bool),
            ("integer", Kind::Integer),
            ("bigint", Kind::Integer),
            ("varchar(40)", Kind::Text),
            ("character varying", Kind::Text),
            ("text", Kind::Text),
        ];
        for (declared, kind) in kinds {
            assert_eq!(kind_of("t", "c", declared).unwrap(), kind, "{declared}");
        }
        assert!(kind_of("t", "c", "bytea").is_err());
    }
}
