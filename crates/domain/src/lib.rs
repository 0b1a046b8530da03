//! Entraide's domain: the types and rules of the platform, without I/O.
//!
//! Values are built by parsing (`Email::parse`, `Slug::parse`, …), so code that holds one
//! holds a valid one. A failed parse names the field and a stable error code; the web
//! layer turns the code into a translated message.

pub mod account;
pub mod error;
pub mod geo;
pub mod help;
pub mod hours;
pub mod id;
pub mod ledger;
pub mod locale;
pub mod matching;
pub mod notification;
pub mod opportunity;
pub mod organisation;
pub mod place;
pub mod platform;
pub mod profile;
pub mod safety;
pub mod shift;
pub mod signup;
pub mod standing_offer;
pub mod taxonomy;
pub mod text;
pub mod time;
pub mod week;

pub use error::{FieldError, Invalid};
