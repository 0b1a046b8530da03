//! Test support, for this crate's tests and every crate whose tests need a database:
//! each test gets a fresh SQLite file and, when `ENTRAIDE_TEST_PG_URL` names a
//! PostgreSQL server, a fresh PostgreSQL database that is dropped afterwards.
//! Compiled only with the `testing` feature.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test support: a failure is a failed test")]

// The database name is made here from a UUID, never from input: safe to splice in.
use sqlx::{AssertSqlSafe, Connection, Executor, PgConnection};
use std::future::Future;
use std::io::Write;
use std::sync::Once;

/// The variable that names the PostgreSQL server the tests may create databases on.
const PG_URL_VAR: &str = "ENTRAIDE_TEST_PG_URL";

/// Runs `make(url)` on a fresh SQLite file, then on a fresh PostgreSQL database when
/// `ENTRAIDE_TEST_PG_URL` is set (dropped afterwards, even when the body panics); fails
/// if it failed on either.
pub async fn on_each_database<M, Fut>(make: M)
where
    M: Fn(String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let mut failed = Vec::new();

    let dir = tempfile::TempDir::new().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    eprintln!("--- on SQLite ({url})");
    if !succeeds(make(url)).await {
        failed.push("SQLite");
    }
    drop(dir);

    match std::env::var(PG_URL_VAR) {
        Ok(server) if !server.trim().is_empty() => {
            let database = TestDatabase::create(&server).await;
            eprintln!("--- on PostgreSQL (database {})", database.name);
            let ok = succeeds(make(database.url.clone())).await;
            database.drop().await;
            if !ok {
                failed.push("PostgreSQL");
            }
        }
        _ => announce_postgres_skipped(),
    }

    assert!(failed.is_empty(), "the test failed on {} (see the panic messages above)", failed.join(" and "));
}

/// Runs the body as a task of its own, so that a panic comes back here as a value and the
/// database can be dropped before the test reports it.
async fn succeeds(body: impl Future<Output = ()> + Send + 'static) -> bool {
    match tokio::spawn(body).await {
        Ok(()) => true,
        Err(error) if error.is_panic() => false,
        Err(error) => panic!("the test body did not finish: {error}"),
    }
}

/// Says, past the test harness's output capture, that PostgreSQL was not tested; once
/// per run, so that it stands out rather than scrolls by.
fn announce_postgres_skipped() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Written to the stream itself: `eprintln!` would be captured and never shown
        // for a passing test.
        let _ = writeln!(
            std::io::stderr(),
            "\n\
             ************************************************************************\n\
             *  PostgreSQL storage tests SKIPPED: set ENTRAIDE_TEST_PG_URL          *\n\
             *  (e.g. postgres://postgres@127.0.0.1:5432/postgres); only SQLite ran. *\n\
             ************************************************************************\n"
        );
    });
}

/// A PostgreSQL database made for one test.
struct TestDatabase {
    server: String,
    name: String,
    url: String,
}

impl TestDatabase {
    async fn create(server: &str) -> TestDatabase {
        let name = format!("entraide_test_{}", uuid::Uuid::now_v7().simple());
        let mut admin = PgConnection::connect(server)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to {PG_URL_VAR} ({server}): {e}"));
        admin
            .execute(sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}"))))
            .await
            .unwrap_or_else(|e| panic!("cannot create the test database {name}: {e}"));
        let _ = admin.close().await;
        TestDatabase { server: server.to_owned(), url: with_database(server, &name), name }
    }

    /// Drops the database, ending any connection the store left open.
    async fn drop(self) {
        let mut admin = PgConnection::connect(&self.server)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to {PG_URL_VAR} to drop {}: {e}", self.name));
        admin
            .execute(sqlx::raw_sql(AssertSqlSafe(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))))
            .await
            .unwrap_or_else(|e| panic!("cannot drop the test database {}: {e}", self.name));
        let _ = admin.close().await;
    }
}

/// The server URL with its database replaced by `name` (options after `?` kept).
fn with_database(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server, None),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority..].find('/') {
        Some(slash) => &base[..authority + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
#[test]
fn the_test_database_url_replaces_only_the_database() {
    assert_eq!(with_database("postgres://u@h:5432/postgres", "t"), "postgres://u@h:5432/t");
    assert_eq!(with_database("postgres://u:p@h", "t"), "postgres://u:p@h/t");
    assert_eq!(with_database("postgresql://h/db?sslmode=disable", "t"), "postgresql://h/t?sslmode=disable");
    assert_eq!(with_database("postgres:///db?host=/run/postgresql", "t"), "postgres:///t?host=/run/postgresql");
}
