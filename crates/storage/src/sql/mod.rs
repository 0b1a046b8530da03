//! The SQL both databases understand, written once as plain Rust and compiled for each:
//! `sqlite.rs` and `postgres.rs` each include this folder as a module of their own, with
//! `Store` naming their store type. Each file implements one storage trait; a store
//! provides `reader()` (a pool for reads), `writer()` (a pool for single writes) and
//! `begin_write()` (a transaction that already holds the write lock on SQLite, so a read
//! that turns into a write can never fail with SQLITE_BUSY). Placeholders are `$1`,
//! `$2`…, which both backends bind by number. What each database spells its own way is
//! a constant of [`crate::backend::Backend`].

use super::Store;

/// The sqlx database of this store.
type Db = <Store as crate::backend::Backend>::Db;

mod account;
mod auth;
mod calendar;
mod health;
mod help;
mod hours;
mod invitation;
mod job;
mod ledger;
mod notification;
mod opportunity;
mod organisation;
mod personal_data;
mod place;
mod platform;
mod policy;
mod profile;
mod safety;
mod seed;
mod shared;
mod shift;
mod signup;
mod standing_offer;
