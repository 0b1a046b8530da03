//! The application's one error type. The web layer turns each variant into an HTTP
//! answer (a problem document for the API, a page for people).

use entraide_domain::Invalid;
use entraide_storage::StoreError;
use std::borrow::Cow;
use thiserror::Error;

/// Why a use case did not happen.
#[derive(Debug, Error)]
pub enum AppError {
    /// The input is invalid; every problem is named by field.
    #[error("invalid input: {0}")]
    Invalid(Invalid),
    /// A value that must be unique is taken (`email`, `slug`, `member`).
    #[error("conflict on {0}")]
    Conflict(&'static str),
    /// Not signed in, or wrong credentials.
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in, but the role does not allow it.
    #[error("not allowed")]
    Forbidden,
    /// Unknown, or not visible to this person (`platform`, `organisation`, …).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The change would break a rule (`last-admin`, …).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// Not allowed for a reason the person is told (`blocked`, `account-suspended`).
    #[error("denied: {0}")]
    Denied(&'static str),
    /// Too many attempts; try again after this many seconds.
    #[error("too many attempts, retry after {0} s")]
    TooManyRequests(u64),
    /// The server is too busy for this now (too many password checks at once); try
    /// again after this many seconds.
    #[error("busy, retry after {0} s")]
    Busy(u64),
    /// Something failed inside; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<Invalid> for AppError {
    fn from(invalid: Invalid) -> Self {
        AppError::Invalid(invalid)
    }
}

impl From<entraide_domain::FieldError> for AppError {
    fn from(error: entraide_domain::FieldError) -> Self {
        AppError::Invalid(error.into())
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(what) => AppError::Conflict(what),
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Refused(what) => AppError::Refused(what),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl AppError {
    /// What a person reads about it, in their language: the one wording pages, the API's
    /// `detail` and the command line share. An internal cause is never shown.
    pub fn message(&self, tr: &entraide_i18n::Tr) -> String {
        match self {
            AppError::Invalid(invalid) => invalid.0.iter().map(|e| tr.error(e.code)).collect::<Vec<_>>().join(" "),
            AppError::Conflict(what) => tr.error(&format!("taken-{what}")),
            AppError::Unauthenticated => tr.t("problem-unauthenticated"),
            AppError::Forbidden => tr.t("page-forbidden"),
            AppError::NotFound(what) => tr.error(&format!("unknown-{what}")),
            AppError::Refused(code) | AppError::Denied(code) => tr.error(code),
            AppError::TooManyRequests(seconds) | AppError::Busy(seconds) => {
                tr.t1("problem-retry-after", "seconds", *seconds)
            }
            AppError::Internal(_) => tr.t("page-internal"),
        }
    }

    /// Why, as a stable lowercase code programs and tests match on (the translated
    /// sentence is for people): the rule that refused (`blocked`, `already-signed-up`,
    /// `under-minimum-age`, `unverified-limit`, …), else the kind of error.
    pub fn reason(&self) -> Cow<'static, str> {
        match self {
            AppError::Invalid(invalid) => Cow::Borrowed(invalid.0.first().map_or("invalid-input", |e| e.code)),
            AppError::Conflict(what) => conflict_reason(what),
            AppError::Unauthenticated => Cow::Borrowed("not-signed-in"),
            AppError::Forbidden => Cow::Borrowed("role-not-allowed"),
            AppError::NotFound(what) => Cow::Owned(format!("unknown-{what}")),
            AppError::Refused(code) | AppError::Denied(code) => Cow::Borrowed(code),
            AppError::TooManyRequests(_) => Cow::Borrowed("too-many-attempts"),
            AppError::Busy(_) => Cow::Borrowed("busy"),
            AppError::Internal(_) => Cow::Borrowed("internal"),
        }
    }
}

/// What a conflict on `what` means for the one who asked.
fn conflict_reason(what: &str) -> Cow<'static, str> {
    Cow::Borrowed(match what {
        "signup" => "already-signed-up",
        "member" => "already-member",
        "invitation" => "already-invited",
        "offer" => "already-offered",
        "thanks" => "already-thanked",
        "completed" => "already-completed",
        other => return Cow::Owned(format!("{other}-taken")),
    })
}

/// Shorthand for use-case results.
pub type Result<T, E = AppError> = std::result::Result<T, E>;
