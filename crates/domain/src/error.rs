//! Validation errors: which field, and a stable code that catalogues translate.

use std::fmt;

/// One problem with one field of some input.
///
/// `code` is stable: clients may rely on it, and the catalogues hold a message for each
/// code under the id `error-{code}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The input field, as named in forms and JSON bodies (`email`, `center.lat`, …).
    pub field: &'static str,
    /// The stable error code, for example `email-malformed`.
    pub code: &'static str,
}

impl FieldError {
    /// A problem `code` with `field`.
    pub const fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.code)
    }
}

/// Every problem found with one piece of input, so a form can show them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    /// Input with one problem.
    pub fn one(field: &'static str, code: &'static str) -> Self {
        Self(vec![FieldError::new(field, code)])
    }

    /// Records the error of `result`, if any, and gives back its value.
    pub fn check<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), Invalid> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "{}", parts.join(", "))
    }
}

impl std::error::Error for Invalid {}

impl From<FieldError> for Invalid {
    fn from(error: FieldError) -> Self {
        Self(vec![error])
    }
}
