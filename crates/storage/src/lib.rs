//! Entraide's storage: one trait per aggregate, and one implementation per database.
//!
//! The web layer and the use cases only see [`Storage`]; which database sits behind it
//! is chosen at run time from the URL ([`connect`]). Both implementations live in this
//! crate because they share every dependency (sqlx): a crate each would only add build
//! time. The SQL that both databases understand is written once (in `sql/`, rows in `row/`) and
//! compiled for each; what differs (transactions, schema) lives in `sqlite.rs`, `postgres.rs`
//! and `backend.rs`.
//!
//! Every method on data that belongs to a platform takes the platform first, so a read
//! across platforms cannot be written by accident; the shared tests check it.

mod backend;
mod error;
mod postgres;
mod row;
mod sqlite;
mod stamp;
mod store;
#[cfg(feature = "testing")]
pub mod testing;

pub use error::StoreError;
pub use store::*;

use std::sync::Arc;

/// Everything the application stores, behind one object.
pub trait Storage:
    PlatformStore
    + AccountStore
    + OrganisationStore
    + AuthStore
    + PersonalDataStore
    + HealthStore
    + OpportunityStore
    + ShiftStore
    + SignupStore
    + HoursStore
    + CalendarStore
    + JobStore
    + NotificationStore
    + LedgerStore
    + HelpStore
    + ProfileStore
    + SafetyStore
    + StandingOfferStore
    + SeedStore
    + InvitationStore
    + PolicyStore
    + PlaceStore
{
}

impl Storage for sqlite::SqliteStore {}
impl Storage for postgres::PgStore {}

/// Which database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite file, created if missing.
    Sqlite(String),
    /// A PostgreSQL server.
    Postgres(String),
}

impl DatabaseUrl {
    /// Parses `sqlite://PATH` or `postgres://…` (also `postgresql://…`).
    pub fn parse(url: &str) -> Result<DatabaseUrl, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            if path.is_empty() {
                return Err(StoreError::Config("the SQLite database URL names no file (sqlite://PATH)".into()));
            }
            Ok(DatabaseUrl::Sqlite(path.to_owned()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DatabaseUrl::Postgres(url.to_owned()))
        } else {
            Err(StoreError::Config(format!(
                "the database URL must start with sqlite:// or postgres://, not `{}`",
                url.split("://").next().unwrap_or(url)
            )))
        }
    }
}

/// Opens the database the URL names, applies pending migrations, and returns it.
pub async fn connect(url: &str) -> Result<Arc<dyn Storage>, StoreError> {
    Ok(match DatabaseUrl::parse(url)? {
        DatabaseUrl::Sqlite(path) => Arc::new(sqlite::SqliteStore::open(&path).await?),
        DatabaseUrl::Postgres(url) => Arc::new(postgres::PgStore::open(&url).await?),
    })
}

/// The newest migration version of each backend; a test checks both agree.
pub fn latest_migrations() -> (i64, i64) {
    (sqlite::latest_migration(), postgres::latest_migration())
}
