//! What people are told about, by mail and in the app.

use serde::{Deserialize, Serialize};

/// Something that happened to a person's sign-up or shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    /// They have a place.
    SignupConfirmed,
    /// They are on the waiting list.
    SignupWaitlisted,
    /// They moved up from the waiting list and now have a place.
    SignupPromoted,
    /// A coordinator removed their sign-up.
    SignupRemoved,
    /// The shift's time or places changed.
    ShiftChanged,
    /// The shift was cancelled.
    ShiftCancelled,
    /// The shift starts in about a day.
    ShiftReminder,
    /// A coordinator invites the person to the shift.
    ShiftInvitation,
    /// Someone cancelled late and nobody waits: told to the shift's coordinators.
    CoverNeeded,
}

impl Event {
    /// Every event.
    pub const ALL: [Event; 9] = [
        Event::SignupConfirmed,
        Event::SignupWaitlisted,
        Event::SignupPromoted,
        Event::SignupRemoved,
        Event::ShiftChanged,
        Event::ShiftCancelled,
        Event::ShiftReminder,
        Event::ShiftInvitation,
        Event::CoverNeeded,
    ];

    /// The stored name, also the stem of its messages in the catalogues.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::SignupConfirmed => "signup-confirmed",
            Event::SignupWaitlisted => "signup-waitlisted",
            Event::SignupPromoted => "signup-promoted",
            Event::SignupRemoved => "signup-removed",
            Event::ShiftChanged => "shift-changed",
            Event::ShiftCancelled => "shift-cancelled",
            Event::ShiftReminder => "shift-reminder",
            Event::ShiftInvitation => "shift-invitation",
            Event::CoverNeeded => "cover-needed",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

/// How long before a shift the reminder goes out.
pub const REMINDER_HOURS: i64 = 24;

/// Something that happened around a request for neighbour help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpEvent {
    /// Someone offered to help with the person's request (told to the requester).
    OfferReceived,
    /// The requester accepted the person's offer.
    OfferAccepted,
    /// The requester accepted someone else's offer, or withdrew the request: told
    /// politely to the other people who offered.
    OfferDeclined,
    /// A new request fits the person's standing offer.
    RequestNearby,
    /// The other person said thank you after the help.
    HelpThanked,
    /// A moderator warned the person about something they wrote.
    ModerationWarning,
    /// The other person of a help conversation wrote (told at most once a quarter of
    /// an hour, with how many new messages).
    MessageReceived,
}

impl HelpEvent {
    /// Every event.
    pub const ALL: [HelpEvent; 7] = [
        HelpEvent::OfferReceived,
        HelpEvent::OfferAccepted,
        HelpEvent::OfferDeclined,
        HelpEvent::RequestNearby,
        HelpEvent::HelpThanked,
        HelpEvent::ModerationWarning,
        HelpEvent::MessageReceived,
    ];

    /// The stored name, also the stem of its messages in the catalogues.
    pub fn as_str(self) -> &'static str {
        match self {
            HelpEvent::OfferReceived => "offer-received",
            HelpEvent::OfferAccepted => "offer-accepted",
            HelpEvent::OfferDeclined => "offer-declined",
            HelpEvent::RequestNearby => "request-nearby",
            HelpEvent::HelpThanked => "help-thanked",
            HelpEvent::ModerationWarning => "moderation-warning",
            HelpEvent::MessageReceived => "message-received",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<HelpEvent> {
        HelpEvent::ALL.into_iter().find(|e| e.as_str() == text)
    }
}
