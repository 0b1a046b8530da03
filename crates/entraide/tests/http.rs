//! The whole application over HTTP: the real server on a random port, on SQLite and on
//! PostgreSQL, driven as browsers and programs drive it.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests: a failure is a failed test")]

mod http {
    pub mod account_email;
    pub mod api_account;
    pub mod api_help;
    pub mod api_organisation;
    pub mod api_platform;
    pub mod api_problem;
    pub mod api_safety;
    pub mod api_volunteering;
    pub mod authorization;
    pub mod browser;
    pub mod calendar;
    pub mod cli;
    pub mod harness;
    pub mod help_pages;
    pub mod invitation;
    pub mod language;
    pub mod ledger;
    pub mod notification;
    pub mod openapi;
    pub mod page;
    pub mod page_volunteering;
    pub mod password_reset;
    pub mod places;
    pub mod policy;
    pub mod profile;
    pub mod safety_pages;
    pub mod schemathesis;
    pub mod security;
    pub mod smtp;
    pub mod terms;
}
