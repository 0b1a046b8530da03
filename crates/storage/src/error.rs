//! The storage layer's one error type.

use thiserror::Error;

/// What can go wrong in storage.
#[derive(Debug, Error)]
pub enum StoreError {
    /// A uniqueness rule was broken; the text names what was taken (`email`, `slug`, …).
    #[error("already taken: {0}")]
    Conflict(&'static str),
    /// A row that the change refers to does not exist (`parent`, `account`, …).
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// The change would break a rule the database guards (`last-admin`, …).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// The database URL or file cannot be used.
    #[error("{0}")]
    Config(String),
    /// A stored value cannot be read back (a bug or a hand-edited database).
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// Turns a unique-constraint violation into a conflict on `what`.
    pub(crate) fn conflict_on(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
        move |error| match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
            _ => StoreError::Database(error),
        }
    }
}

/// Shorthand for storage results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
