//! The two migration folders describe one schema: the same tables, columns, keys and
//! indexes, read back from each database's own catalogue after migrating. A migration
//! written for one database and forgotten (or spelled differently) for the other fails
//! here, not in production.

use entraide_storage::testing::on_each_database;
use sqlx::{Connection, PgConnection, SqliteConnection};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

/// One fact of a schema, comparable across databases (names only: each database has its
/// own types).
type Fact = String;

/// Each database's schema, named.
type Schemas = Arc<Mutex<Vec<(&'static str, BTreeSet<Fact>)>>>;

/// What the SQLite catalogue says, one fact per line.
async fn sqlite_schema(url: &str) -> BTreeSet<Fact> {
    let mut db = SqliteConnection::connect(url).await.unwrap();
    let mut facts = BTreeSet::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' ORDER BY name",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    for table in &tables {
        facts.insert(format!("table {table}"));
        let columns: Vec<(String, bool, i64)> =
            sqlx::query_as("SELECT name, \"notnull\" <> 0, pk FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(&mut db)
                .await
                .unwrap();
        let mut key: Vec<(i64, String)> = Vec::new();
        for (name, not_null, pk) in columns {
            // A primary key's columns are never null in PostgreSQL; in SQLite they
            // are NOT NULL when declared so, which every migration here does.
            facts.insert(format!("column {table}.{name} {}", nullability(not_null || pk > 0)));
            if pk > 0 {
                key.push((pk, name));
            }
        }
        key.sort();
        if !key.is_empty() {
            let names: Vec<String> = key.into_iter().map(|(_, name)| name).collect();
            facts.insert(format!("primary key {table}({})", names.join(", ")));
        }
        let keys: Vec<(String, String)> = sqlx::query_as(
            "SELECT \"table\", group_concat(\"from\", ', ') FROM pragma_foreign_key_list($1) GROUP BY id",
        )
        .bind(table)
        .fetch_all(&mut db)
        .await
        .unwrap();
        for (target, from) in keys {
            facts.insert(format!("foreign key {table}({from}) -> {target}"));
        }
        let indexes: Vec<(String, bool, String)> =
            sqlx::query_as("SELECT name, \"unique\" <> 0, origin FROM pragma_index_list($1)")
                .bind(table)
                .fetch_all(&mut db)
                .await
                .unwrap();
        for (index, unique, origin) in indexes {
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(&mut db)
                    .await
                    .unwrap();
            let columns = column_list(columns);
            match origin.as_str() {
                "pk" => {}
                "u" => {
                    facts.insert(format!("unique {table}({columns})"));
                }
                _ => {
                    facts.insert(format!("index {index} on {table}({columns}){}", uniqueness(unique)));
                }
            }
        }
    }
    facts
}

/// What the PostgreSQL catalogue says, in the same words.
async fn postgres_schema(url: &str) -> BTreeSet<Fact> {
    let mut db = PgConnection::connect(url).await.unwrap();
    let mut facts = BTreeSet::new();
    let columns: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text, c.is_nullable = 'NO'
         FROM information_schema.columns c JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '\\_sqlx\\_%'",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    for (table, column, not_null) in columns {
        facts.insert(format!("table {table}"));
        facts.insert(format!("column {table}.{column} {}", nullability(not_null)));
    }
    // Constraints: the columns in key order, by their numbers in the table.
    let constraints: Vec<(String, String, Vec<String>, Option<String>)> = sqlx::query_as(
        "SELECT con.contype::text, rel.relname::text,
                ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                ref.relname::text
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
         JOIN pg_namespace ns ON ns.oid = rel.relnamespace
         LEFT JOIN pg_class ref ON ref.oid = con.confrelid
         WHERE ns.nspname = 'public' AND con.contype IN ('p', 'u', 'f') AND rel.relname NOT LIKE '\\_sqlx\\_%'",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    for (kind, table, columns, target) in constraints {
        let columns = columns.join(", ");
        match (kind.as_str(), target) {
            ("p", _) => facts.insert(format!("primary key {table}({columns})")),
            ("u", _) => facts.insert(format!("unique {table}({columns})")),
            (_, Some(target)) => facts.insert(format!("foreign key {table}({columns}) -> {target}")),
            (_, None) => panic!("a foreign key of {table} names no table"),
        };
    }
    // Indexes made by CREATE INDEX (not those behind a constraint); an expression is
    // column number 0.
    let indexes: Vec<(String, String, bool, Vec<Option<String>>)> = sqlx::query_as(
        "SELECT i.relname::text, t.relname::text, x.indisunique,
                ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(num, ord)
                      LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num ORDER BY k.ord)
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE ns.nspname = 'public' AND t.relname NOT LIKE '\\_sqlx\\_%'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    for (index, table, unique, columns) in indexes {
        facts.insert(format!("index {index} on {table}({}){}", column_list(columns), uniqueness(unique)));
    }
    facts
}

fn nullability(not_null: bool) -> &'static str {
    if not_null { "not null" } else { "nullable" }
}

fn uniqueness(unique: bool) -> &'static str {
    if unique { " unique" } else { "" }
}

/// An index's columns, `(expression)` where it indexes an expression.
fn column_list(columns: Vec<Option<String>>) -> String {
    columns.into_iter().map(|c| c.unwrap_or_else(|| "(expression)".to_owned())).collect::<Vec<_>>().join(", ")
}

#[tokio::test]
async fn both_migration_folders_make_the_same_tables_columns_keys_and_indexes() {
    let schemas: Schemas = Arc::default();
    let found = Arc::clone(&schemas);
    on_each_database(move |url| {
        let found = Arc::clone(&found);
        async move {
            entraide_storage::connect(&url).await.unwrap();
            let schema = if url.starts_with("sqlite:") {
                ("SQLite", sqlite_schema(&url).await)
            } else {
                ("PostgreSQL", postgres_schema(&url).await)
            };
            assert!(schema.1.iter().any(|f| f == "table signups"), "{} has no sign-ups table", schema.0);
            found.lock().unwrap().push(schema);
        }
    })
    .await;
    let schemas = schemas.lock().unwrap();
    if let [(_, sqlite), (_, postgres)] = schemas.as_slice() {
        let only_sqlite: Vec<&Fact> = sqlite.difference(postgres).collect();
        let only_postgres: Vec<&Fact> = postgres.difference(sqlite).collect();
        assert!(
            only_sqlite.is_empty() && only_postgres.is_empty(),
            "the migrations differ.\nOnly on SQLite:\n  {}\nOnly on PostgreSQL:\n  {}",
            only_sqlite.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n  "),
            only_postgres.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n  "),
        );
    }
}
