//! Rows in the one form every side shares: read from either database,
//! written to either database, and kept in an archive as one JSON array per
//! line. The line is also what the table's checksum is made of, so a table
//! copied from SQLite to PostgreSQL and back sums to the same value.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, QueryResult, Statement, Value,
    sea_query::{Alias, Query},
};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use super::schema::{Kind, Table, quote};

/// One stored value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Text(String),
    Bool(bool),
    Time(DateTime<Utc>),
}

pub type Row = Vec<Cell>;

/// How many rows one statement reads or inserts: well below both backends'
/// limit on bound values (32,766 on SQLite) for any table here.
pub const BATCH_VALUES: usize = 8_000;

pub fn batch_rows(table: &Table) -> usize {
    (BATCH_VALUES / table.columns.len().max(1)).max(1)
}

/// The rows `offset..offset + limit` of `table`, in key order. On
/// PostgreSQL, integers are read as `bigint` (the type of `Cell::Integer`)
/// and text keys are ordered bytewise (`COLLATE "C"`), which is SQLite's
/// order: both databases give the same rows in the same order.
async fn read(
    db: &impl ConnectionTrait,
    table: &Table,
    offset: usize,
    limit: usize,
) -> Result<Vec<Row>, DbErr> {
    let backend = db.get_database_backend();
    let columns: Vec<String> = table
        .columns
        .iter()
        .map(|column| match (backend, column.kind) {
            (DbBackend::Postgres, Kind::Integer) => format!("{}::bigint", quote(&column.name)),
            _ => quote(&column.name),
        })
        .collect();
    let order: Vec<String> = table
        .primary_key
        .iter()
        .map(|key| {
            let text_key = table
                .columns
                .iter()
                .any(|column| &column.name == key && column.kind == Kind::Text);
            match (backend, text_key) {
                (DbBackend::Postgres, true) => format!("{} COLLATE \"C\"", quote(key)),
                _ => quote(key),
            }
        })
        .collect();
    let sql = format!(
        "SELECT {} FROM {} ORDER BY {} LIMIT {limit} OFFSET {offset}",
        columns.join(", "),
        quote(&table.name),
        order.join(", ")
    );
    let found = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await?;
    found.iter().map(|result| row_of(table, result)).collect()
}

fn row_of(table: &Table, result: &QueryResult) -> Result<Row, DbErr> {
    table
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let cell = match column.kind {
                Kind::Integer => result
                    .try_get_by_index::<Option<i64>>(index)?
                    .map(Cell::Integer),
                Kind::Text => result
                    .try_get_by_index::<Option<String>>(index)?
                    .map(Cell::Text),
                Kind::Bool => result
                    .try_get_by_index::<Option<bool>>(index)?
                    .map(Cell::Bool),
                Kind::Time => result
                    .try_get_by_index::<Option<DateTime<Utc>>>(index)?
                    .map(|time| Cell::Time(time.trunc_subsecs(6))),
            };
            Ok(cell.unwrap_or(Cell::Null))
        })
        .collect()
}

/// Inserts `rows` (in the table's column order) in statements of
/// `batch_rows` rows.
pub async fn insert(db: &impl ConnectionTrait, table: &Table, rows: Vec<Row>) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut statement = Query::insert();
        statement
            .into_table(Alias::new(&table.name))
            .columns(table.column_names().map(Alias::new));
        for row in rows.by_ref().take(batch_rows(table)) {
            let values = table
                .columns
                .iter()
                .zip(row)
                .map(|(column, cell)| value_of(column.kind, cell).into());
            statement
                .values(values)
                .map_err(|error| DbErr::Custom(error.to_string()))?;
        }
        db.execute(&statement).await?;
    }
    if backend == DbBackend::Postgres {
        advance_postgres_sequences(db, table).await?;
    }
    Ok(())
}

fn value_of(kind: Kind, cell: Cell) -> Value {
    match (cell, kind) {
        (Cell::Integer(value), _) => Value::BigInt(Some(value)),
        (Cell::Text(value), _) => Value::String(Some(value)),
        (Cell::Bool(value), _) => Value::Bool(Some(value)),
        (Cell::Time(value), _) => Value::ChronoDateTimeUtc(Some(value)),
        // A null still has its column's type, which PostgreSQL checks.
        (Cell::Null, Kind::Integer) => Value::BigInt(None),
        (Cell::Null, Kind::Text) => Value::String(None),
        (Cell::Null, Kind::Bool) => Value::Bool(None),
        (Cell::Null, Kind::Time) => Value::ChronoDateTimeUtc(None),
    }
}

/// Rows inserted with their own ids leave PostgreSQL's id sequences where
/// they were: each is moved past the table's highest id, so the next row
/// the site adds gets a new one. (SQLite takes the next id from the rows.)
async fn advance_postgres_sequences(db: &impl ConnectionTrait, table: &Table) -> Result<(), DbErr> {
    let integer_keys = table.primary_key.iter().filter(|key| {
        table
            .columns
            .iter()
            .any(|column| &column.name == *key && column.kind == Kind::Integer)
    });
    for key in integer_keys {
        let sql = format!(
            "SELECT setval(sequence::regclass, COALESCE(MAX({column}), 1), MAX({column}) IS NOT NULL) \
             FROM {table}, pg_get_serial_sequence($1, $2) AS sequence \
             WHERE sequence IS NOT NULL GROUP BY sequence",
            column = quote(key),
            table = quote(&table.name),
        );
        let statement = Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            [quote(&table.name).into(), key.clone().into()],
        );
        db.execute_raw(statement).await?;
    }
    Ok(())
}

/// One row as its archive line: a JSON array, times in RFC 3339 with
/// microseconds, ending in a newline.
pub fn line_of(row: &[Cell]) -> Vec<u8> {
    let values: Vec<Json> = row
        .iter()
        .map(|cell| match cell {
            Cell::Null => Json::Null,
            Cell::Integer(value) => Json::from(*value),
            Cell::Text(value) => Json::from(value.as_str()),
            Cell::Bool(value) => Json::from(*value),
            Cell::Time(value) => Json::from(
                value
                    .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
                    .as_str(),
            ),
        })
        .collect();
    let mut line = serde_json::to_vec(&values).expect("JSON values always serialise");
    line.push(b'\n');
    line
}

/// The row of an archive line, read with the table's column kinds.
pub fn row_of_line(table: &Table, line: &[u8]) -> anyhow::Result<Row> {
    let values: Vec<Json> = serde_json::from_slice(line)?;
    anyhow::ensure!(
        values.len() == table.columns.len(),
        "a row of {} has {} values for {} columns",
        table.name,
        values.len(),
        table.columns.len()
    );
    table
        .columns
        .iter()
        .zip(values)
        .map(|(column, value)| cell_of(column.kind, value))
        .collect()
}

fn cell_of(kind: Kind, value: Json) -> anyhow::Result<Cell> {
    let wrong = |value: &Json| anyhow::anyhow!("{value} is not a {kind:?} value");
    Ok(match (kind, value) {
        (_, Json::Null) => Cell::Null,
        (Kind::Integer, Json::Number(number)) => Cell::Integer(
            number
                .as_i64()
                .ok_or_else(|| wrong(&Json::Number(number)))?,
        ),
        (Kind::Text, Json::String(text)) => Cell::Text(text),
        (Kind::Bool, Json::Bool(value)) => Cell::Bool(value),
        (Kind::Time, Json::String(text)) => {
            Cell::Time(DateTime::parse_from_rfc3339(&text)?.with_timezone(&Utc))
        }
        (_, value) => return Err(wrong(&value)),
    })
}

/// Reads a whole table batch by batch (`next`), keeping its count and
/// checksum as it goes.
pub struct Scan<'a> {
    table: &'a Table,
    offset: usize,
    finished: bool,
    tally: Tally,
}

impl<'a> Scan<'a> {
    pub fn new(table: &'a Table) -> Scan<'a> {
        Scan {
            table,
            offset: 0,
            finished: false,
            tally: Tally::default(),
        }
    }

    /// The next batch of rows with their archive lines; none at the end.
    pub async fn next(
        &mut self,
        db: &impl ConnectionTrait,
    ) -> Result<Option<(Vec<Row>, Vec<Vec<u8>>)>, DbErr> {
        if self.finished {
            return Ok(None);
        }
        let size = batch_rows(self.table);
        let rows = read(db, self.table, self.offset, size).await?;
        self.offset += rows.len();
        self.finished = rows.len() < size;
        if rows.is_empty() {
            return Ok(None);
        }
        let lines: Vec<Vec<u8>> = rows.iter().map(|row| line_of(row)).collect();
        lines.iter().for_each(|line| self.tally.add(line));
        Ok(Some((rows, lines)))
    }

    pub fn tally(self) -> Tally {
        self.tally
    }
}

/// A table's row count and checksum, fed line by line.
#[derive(Default)]
pub struct Tally {
    pub rows: u64,
    hasher: Sha256,
}

impl Tally {
    pub fn add(&mut self, line: &[u8]) {
        self.rows += 1;
        self.hasher.update(line);
    }

    pub fn checksum(self) -> String {
        hex::encode(self.hasher.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::schema::Column;

    fn table() -> Table {
        let column = |name: &str, kind| Column {
            name: name.into(),
            kind,
        };
        Table {
            name: "t".into(),
            columns: vec![
                column("at", Kind::Time),
                column("id", Kind::Integer),
                column("name", Kind::Text),
                column("on", Kind::Bool),
            ],
            primary_key: vec!["id".into()],
        }
    }

    #[test]
    fn a_row_survives_its_archive_line() {
        let at = DateTime::parse_from_rfc3339("2026-11-26T15:55:26.123456Z")
            .unwrap()
            .with_timezone(&Utc);
        let row = vec![
            Cell::Time(at),
            Cell::Integer(-7),
            Cell::Text("Bruxelles \"bte 10\"\n".into()),
            Cell::Null,
        ];
        let line = line_of(&row);
        assert_eq!(
            String::from_utf8(line.clone()).unwrap(),
            "[\"2026-11-26T15:55:26.123456Z\",-7,\"Bruxelles \\\"bte 10\\\"\\n\",null]\n"
        );
        assert_eq!(row_of_line(&table(), &line).unwrap(), row);
    }

    #[test]
    fn a_line_that_does_not_fit_the_table_is_refused() {
        assert!(row_of_line(&table(), b"[1,2,3]\n").is_err());
        assert!(row_of_line(&table(), b"[\"x\",\"not a number\",null,null]\n").is_err());
        assert!(row_of_line(&table(), b"[\"yesterday\",1,null,null]\n").is_err());
    }
}
