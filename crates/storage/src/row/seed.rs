//! Bulk inserts of synthetic volunteers: multi-row `INSERT`s, sized under SQLite's limit
//! of bound values per statement, inside one transaction per batch.

/// Rows per statement: 13 values per profile row, well under SQLite's 32,766 bound values.
pub(crate) const ROWS_PER_STATEMENT: usize = 1000;
