//! Typed identifiers. Ids are UUIDs (version 7, so they sort by creation time) and
//! appear to clients as opaque strings.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new, unique id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// Identifies a platform (tenant).
    PlatformId
);
id_type!(
    /// Identifies an account (a person).
    AccountId
);
id_type!(
    /// Identifies an organisation.
    OrganisationId
);
id_type!(
    /// Identifies an API token (not the secret itself).
    ApiTokenId
);
id_type!(
    /// Identifies an opportunity (something an organisation needs done).
    OpportunityId
);
id_type!(
    /// Identifies one shift of an opportunity.
    ShiftId
);
id_type!(
    /// Groups the shifts a series created.
    SeriesId
);
id_type!(
    /// Identifies a sign-up for a shift.
    SignupId
);
id_type!(
    /// Identifies a report of hours by a volunteer.
    HourReportId
);
id_type!(
    /// Identifies a background job (a mail to send, a reminder to give).
    JobId
);
id_type!(
    /// Identifies an in-app notification.
    NotificationId
);
id_type!(
    /// Identifies a mail kept in the outbox.
    MailId
);
id_type!(
    /// Identifies an entry of the ledger (one transfer, or its reversal).
    EntryId
);
id_type!(
    /// Identifies a neighbour's request for help.
    HelpRequestId
);
id_type!(
    /// Identifies an offer to help with a request.
    OfferId
);
id_type!(
    /// Identifies a message in a request's private thread.
    HelpMessageId
);
id_type!(
    /// Identifies a helper's standing offer ("groceries on Tuesdays within 1 km").
    StandingOfferId
);
id_type!(
    /// Identifies a report of a request, an offer or a message.
    ReportId
);
id_type!(
    /// Identifies one logged moderation action.
    ModerationActionId
);
