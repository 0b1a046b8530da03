//! Rows as the database returns them, and their conversion to domain values. A value
//! that does not parse back is reported as corrupt rather than guessed at.

pub(crate) mod account;
pub(crate) mod help;
pub(crate) mod hours;
pub(crate) mod job;
pub(crate) mod ledger;
pub(crate) mod notification;
pub(crate) mod opportunity;
pub(crate) mod organisation;
pub(crate) mod platform;
pub(crate) mod profile;
pub(crate) mod safety;
pub(crate) mod seed;
pub(crate) mod shift;
pub(crate) mod signup;
pub(crate) mod standing_offer;

pub(crate) use account::*;
pub(crate) use hours::*;
pub(crate) use opportunity::*;
pub(crate) use organisation::*;
pub(crate) use platform::*;
pub(crate) use shift::*;
pub(crate) use signup::*;

/// A list of columns for `concat!("SELECT ", …)`, each prefixed with a table's name when
/// one is given: `columns!(; id, name)` is `"id, name"`, `columns!("o"; id, name)` is
/// `"o.id, o.name"`. Each row type has its own `…_columns!` built on it.
macro_rules! columns {
    (; $first:ident $(, $column:ident)*) => {
        concat!(stringify!($first) $(, ", ", stringify!($column))*)
    };
    ($table:literal; $first:ident $(, $column:ident)*) => {
        concat!($table, ".", stringify!($first) $(, ", ", $table, ".", stringify!($column))*)
    };
}
pub(crate) use columns;

use crate::error::StoreError;

pub(crate) fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} `{value}`"))
}

/// Converts every row, stopping at the first corrupt one.
pub(crate) fn convert_all<R, T>(rows: Vec<R>) -> Result<Vec<T>, StoreError>
where
    T: TryFrom<R, Error = StoreError>,
{
    rows.into_iter().map(T::try_from).collect()
}

/// A term's names in other languages, from their stored JSON.
pub(crate) fn names(json: &str) -> Result<entraide_domain::taxonomy::Names, StoreError> {
    serde_json::from_str(json).map_err(|_| corrupt("term names", json))
}

/// A term's names in other languages, as stored.
pub(crate) fn names_json(names: &entraide_domain::taxonomy::Names) -> Result<String, StoreError> {
    serde_json::to_string(names).map_err(|e| StoreError::Corrupt(e.to_string()))
}
