//! Entraide's languages, shared by the pages and the mails: the Fluent catalogues of the
//! 27 interface languages ([`Tr`]), the choice of a request's language
//! ([`LanguageHints`]), and dates and numbers written each reader's way ([`LocalFormat`]).

mod catalogue;
mod format;
mod terms;

pub use catalogue::{LanguageHints, Tr, available, without_isolation_marks};
/// A value for a message's variable (text or number), for [`Tr::t_args`].
pub use fluent_templates::fluent_bundle::FluentValue;
pub use format::LocalFormat;
pub use terms::term_name;
