//! The storage conformance suite: every behaviour the storage traits promise, checked on
//! SQLite and on PostgreSQL with the same test bodies.
//!
//! SQLite always runs (a fresh file per test). PostgreSQL runs when
//! `ENTRAIDE_TEST_PG_URL` names a server where the user may create databases: each test
//! gets a database of its own, dropped afterwards. Without it, the suite says loudly that
//! PostgreSQL was skipped.
//!
//! One binary, one module per storage trait; `harness` holds the plumbing and fixtures.

// Clippy allows `unwrap` inside `#[test]` functions only; the fixtures and test bodies
// here live in helpers and closures, where a panic is just as much how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

#[path = "storage/harness.rs"]
mod harness;

#[path = "storage/account.rs"]
mod account;
#[path = "storage/auth.rs"]
mod auth;
#[path = "storage/calendar.rs"]
mod calendar;
#[path = "storage/health.rs"]
mod health;
#[path = "storage/help.rs"]
mod help;
#[path = "storage/help_notices.rs"]
mod help_notices;
#[path = "storage/hours.rs"]
mod hours;
#[path = "storage/job.rs"]
mod job;
#[path = "storage/ledger.rs"]
mod ledger;
#[path = "storage/ledger_property.rs"]
mod ledger_property;
#[path = "storage/notification.rs"]
mod notification;
#[path = "storage/opportunity.rs"]
mod opportunity;
#[path = "storage/organisation.rs"]
mod organisation;
#[path = "storage/personal_data.rs"]
mod personal_data;
#[path = "storage/place.rs"]
mod place;
#[path = "storage/platform.rs"]
mod platform;
#[path = "storage/policy.rs"]
mod policy;
#[path = "storage/profile.rs"]
mod profile;
#[path = "storage/request.rs"]
mod request;
#[path = "storage/safety.rs"]
mod safety;
#[path = "storage/schema.rs"]
mod schema;
#[path = "storage/shift.rs"]
mod shift;
