//! Entraide's use cases: what people can do, and who may do it.
//!
//! Handlers in the web layer extract input, call one method of [`App`], and render the
//! result. Every permission check lives here, so pages and API obey the same rules.

mod account;
mod auth;
mod calendar;
mod clock;
mod dashboard;
mod email_confirmation;
mod error;
mod help;
mod ledger;
mod mailer;
mod navigation;
mod notification;
mod notify;
mod organisation;
mod password;
mod password_reset;
mod personal_data;
mod place;
mod platform;
mod policy;
mod profile;
mod safety;
mod search;
mod secret;
mod seed;
mod signup;
mod standing_offer;
mod suggestion;
mod throttle;
mod volunteering;

pub use account::AccountChanges;
pub use auth::{IssuedToken, SESSION_DAYS, SignInOutcome, check_registration};
pub use clock::Clock;
pub use dashboard::OrganisationBoard;
pub use email_confirmation::CONFIRM_LINK_HOURS;
pub use entraide_storage::{ApiTokenInfo, Ended, OrganisationFigures, OrganisationMember, RosterLine, SignupDetails};
pub use entraide_storage::{Blocked, ReportedContent, Thanks};
pub use entraide_storage::{EmailConfirmation, PlaceCounts, PolicyAcceptance, PolicyVersion, SeedVolunteer};
pub use entraide_storage::{Notification, OutboxMail, PlatformFigures};
pub use error::{AppError, Result};
pub use help::{HelpThread, MyHelp, RequestDetails, RequestPage, RequestQuery, RequestView};
pub use ledger::{MyCredits, MyLedger, Statement, StatementLine};
pub use mailer::{DEFAULT_MAIL_FROM, Mailer, MailerError};
pub use navigation::PlatformNav;
pub use notification::{OutboxPage, OutboxQuery};
pub use notify::notification_text;
pub use organisation::OrganisationPage;
pub use password_reset::RESET_LINK_MINUTES;
pub use personal_data::personal_data_json;
pub use place::{DEFAULT_PLACES_FOUND, MAX_PLACES_FOUND};
pub use platform::PlatformHome;
pub use policy::{MAX_POLICY_CHARS, PlatformPolicy, standard_text};
pub use profile::{ProfileChoices, profile_json};
pub use safety::{LoggedAction, ModerationInput, ModerationQueue, QueuedReport};
pub use search::{Found, SearchInput, SearchPage};
pub use seed::SEED_PASSWORD;
pub use signup::{RosterMark, RosterMarked, SignupContext};
pub use suggestion::{DEFAULT_SUGGESTIONS, PersonSuggestion, RequestSuggestion, ShiftSuggestion};
pub use throttle::Limits;

/// The hash under which a secret mailed in a link is kept, for tests that write a link
/// whose code they know.
#[cfg(feature = "testing")]
pub fn secret_hash(secret: &str) -> String {
    secret::token_hash(secret)
}
pub use volunteering::OpportunityView;

use entraide_domain::account::Account;
use entraide_storage::Storage;
use std::sync::Arc;

/// The application: the use cases over one storage.
#[derive(Clone)]
pub struct App {
    store: Arc<dyn Storage>,
    /// Where mail goes; without one it waits in the outbox (see `notify`).
    mailer: Option<Arc<Mailer>>,
    /// The address people reach this server at (`https://helpt.gent.be`), for links in
    /// mails; without it mails say where to go in words.
    public_url: Option<String>,
    /// Password hashing, a few at a time.
    passwords: password::Passwords,
    /// Limits on attempts (sign-ins, new accounts) per address and per client.
    limits: Limits,
    /// Where every use case reads the time.
    clock: Clock,
}

impl App {
    /// An application over `store`.
    pub fn new(store: Arc<dyn Storage>) -> Self {
        Self {
            store,
            mailer: None,
            public_url: None,
            passwords: password::Passwords::for_this_machine(),
            limits: Limits::default(),
            clock: Clock::system(),
        }
    }

    /// The same application reading the time from `clock`.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Now, as the application sees it.
    pub fn now(&self) -> entraide_domain::time::Timestamp {
        self.clock.now()
    }

    /// The application's clock (tests move it forward).
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The same application with other limits on attempts.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The storage underneath every check, for tests and benchmarks that set up what no
    /// use case can (rows from an older version, say).
    #[cfg(feature = "testing")]
    pub fn store(&self) -> &Arc<dyn Storage> {
        &self.store
    }

    /// Whether the database answers.
    pub async fn healthy(&self) -> bool {
        self.store.ping().await.is_ok()
    }
}

/// The signed-in person on whose behalf a use case runs.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Their account.
    pub account: Account,
}

impl Actor {
    /// May create platforms and act as admin everywhere.
    pub fn is_instance_admin(&self) -> bool {
        self.account.is_instance_admin
    }
}
