//! Writing sign-ups as iCalendar text (RFC 5545).
//!
//! The `icalendar` crate builds the objects and escapes TEXT values (backslash, comma,
//! semicolon, newline). Two things it leaves to us, checked by the tests below:
//! - it does not escape a carriage return, which would end the content line early, so
//!   text is cleaned first (line breaks become `\n`, other control characters go);
//! - its line folding lets a continuation line reach 76 octets when exactly 75 remain,
//!   so its folds are undone and every line folded again at 75 octets, on character
//!   boundaries.

use chrono::Duration;
use entraide_domain::signup::SignupStatus;
use entraide_domain::time::Timestamp;
use entraide_storage::SignupDetails;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

/// Who wrote the calendar (RFC 5545 §3.7.3).
pub(super) const PRODID: &str = "-//Entraide//Entraide//EN";
/// How often calendar apps should read a feed again.
const REFRESH_HOURS: i64 = 1;
/// The longest content line, in octets, without its line break (RFC 5545 §3.1).
const LINE_LIMIT: usize = 75;

/// The calendar of these sign-ups: one event per confirmed sign-up. A shift the
/// organisation cancelled stays in, with `STATUS:CANCELLED`, so a calendar app that
/// subscribed shows the cancellation rather than silently dropping the event. Waiting
/// and ended sign-ups are left out: the person has no place on those shifts.
/// `stamp` is when the calendar is written (`DTSTAMP`).
pub(super) fn write(signups: &[SignupDetails], site: &str, stamp: Timestamp) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name("Entraide")
        .ttl(&Duration::hours(REFRESH_HOURS));
    for details in signups.iter().filter(|d| d.signup.status == SignupStatus::Confirmed) {
        calendar.push(event(details, site, stamp));
    }
    refold(&calendar.done().to_string())
}

/// The event of one sign-up. Its UID comes from the sign-up, so it stays the same on
/// every read and calendar apps update the event rather than duplicate it.
fn event(details: &SignupDetails, site: &str, stamp: Timestamp) -> Event {
    let shift = &details.shift;
    let mut event = Event::new();
    event
        .uid(&format!("signup-{}@entraide", details.signup.id))
        .timestamp(stamp)
        .starts(shift.starts_at)
        .ends(shift.ends_at)
        .summary(&clean_text(&details.title))
        .description(&clean_text(&details.organisation))
        .url(&format!("{}/p/{}/opportunities/{}", site.trim_end_matches('/'), details.platform, details.opportunity_id))
        .status(if shift.cancelled_at.is_some() { EventStatus::Cancelled } else { EventStatus::Confirmed });
    if let Some(address) = details.address.as_deref().map(clean_text).filter(|a| !a.trim().is_empty()) {
        event.location(&address);
    }
    event.done()
}

/// Text as a TEXT value may hold it: line breaks of any kind become one newline (which
/// the writer escapes as `\n`); other control characters, which RFC 5545 forbids, go.
fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// Folds every content line of `text` again at [`LINE_LIMIT`] octets. The writer folds
/// with CRLF and one space and puts no other line break inside a line (text was cleaned
/// and escaped), so taking those out gives back the unfolded lines.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(text.len() + text.len() / LINE_LIMIT * 3);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        fold_line(line, &mut out);
    }
    out
}

/// Writes one content line, folded: no line longer than [`LINE_LIMIT`] octets counting
/// the space that starts a continuation, never inside a UTF-8 character.
fn fold_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = LINE_LIMIT;
    while rest.len() > limit {
        // A character has at most 4 octets, so a boundary is at most 3 octets back.
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = LINE_LIMIT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a failed test")]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use entraide_domain::id::{AccountId, OpportunityId, PlatformId, ShiftId, SignupId};
    use entraide_domain::shift::Shift;
    use entraide_domain::signup::Signup;

    fn at(text: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn details(status: SignupStatus, title: &str, address: Option<&str>) -> SignupDetails {
        let shift = Shift {
            id: ShiftId::new(),
            platform_id: PlatformId::new(),
            opportunity_id: OpportunityId::new(),
            starts_at: at("2026-12-01T13:00:00Z"),
            ends_at: at("2026-12-01T16:30:00Z"),
            slots: 3,
            taken: 1,
            waiting: 0,
            series_id: None,
            cancelled_at: None,
        };
        SignupDetails {
            signup: Signup {
                id: SignupId::new(),
                shift_id: shift.id,
                account_id: AccountId::new(),
                status,
                position: None,
                created_at: at("2026-11-20T10:00:00Z"),
                cancelled_at: None,
                late: false,
                attended: None,
                minutes: None,
            },
            opportunity_id: shift.opportunity_id,
            shift,
            title: title.to_owned(),
            organisation: "Banque alimentaire; Gent, Oost".to_owned(),
            platform: "gent".to_owned(),
            address: address.map(str::to_owned),
        }
    }

    /// The content lines, unfolded.
    fn lines(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
    }

    #[test]
    fn every_line_ends_with_crlf_and_stays_within_75_octets() {
        let long = "Sorting food parcels for families in need, with a coffee and a chat afterwards — ".repeat(4);
        let address = "Rue de l'Église 12, 9000 Gent\r\nSecond floor, ring at “Accueil” 🚪 ".repeat(3);
        let ics = write(
            &[details(SignupStatus::Confirmed, &long, Some(&address))],
            "https://example.org",
            at("2026-11-27T08:00:00Z"),
        );
        assert!(ics.ends_with("\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= LINE_LIMIT, "{} octets: {line:?}", line.len());
            assert!(!line.contains('\r') && !line.contains('\n'));
        }
        let unfolded = lines(&ics);
        let summary = unfolded.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert_eq!(summary, &format!("SUMMARY:{}", long.replace(',', "\\,")));
        let location = unfolded.iter().find(|l| l.starts_with("LOCATION:")).unwrap();
        assert!(location.contains("9000 Gent\\nSecond floor\\, ring at “Accueil” 🚪"), "{location}");
    }

    #[test]
    fn folding_never_leaves_a_continuation_of_76_octets() {
        // icalendar's own folding gave the second line 1 + 75 octets here.
        let line = "X".repeat(150);
        let mut out = String::new();
        fold_line(&line, &mut out);
        assert_eq!(out, format!("{}\r\n {}\r\n {}\r\n", "X".repeat(75), "X".repeat(74), "X"));
        let mut out = String::new();
        fold_line(&"é".repeat(60), &mut out);
        assert!(out.split("\r\n").all(|l| l.len() <= LINE_LIMIT));
        assert_eq!(out.replace("\r\n ", ""), format!("{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped_and_times_are_utc() {
        let ics = write(
            &[details(SignupStatus::Confirmed, "Soup; bread, and \\ more", Some("Kouter 1\r\nGent"))],
            "https://example.org/",
            at("2026-11-27T08:00:00.123456Z"),
        );
        let lines = lines(&ics);
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Entraide//Entraide//EN",
            "SUMMARY:Soup\\; bread\\, and \\\\ more",
            "DESCRIPTION:Banque alimentaire\\; Gent\\, Oost",
            "LOCATION:Kouter 1\\nGent",
            "DTSTART:20261201T130000Z",
            "DTEND:20261201T163000Z",
            "DTSTAMP:20261127T080000Z",
            "STATUS:CONFIRMED",
            "END:VCALENDAR",
        ] {
            assert!(lines.iter().any(|l| l == expected), "no {expected:?} in {lines:#?}");
        }
        assert!(lines.iter().any(|l| l.starts_with("URL:https://example.org/p/gent/opportunities/")), "{lines:#?}");
        assert!(!ics.contains("ICALENDAR-RS"), "only our own PRODID");
    }

    #[test]
    fn only_confirmed_sign_ups_become_events_and_cancelled_shifts_say_so() {
        let confirmed = details(SignupStatus::Confirmed, "Kept", None);
        let mut cancelled_shift = details(SignupStatus::Confirmed, "Called off", None);
        cancelled_shift.shift.cancelled_at = Some(at("2026-11-25T08:00:00Z"));
        let others: Vec<_> = [SignupStatus::Waitlisted, SignupStatus::Cancelled, SignupStatus::Removed]
            .into_iter()
            .map(|status| details(status, "Not mine", None))
            .collect();
        let mut all = vec![confirmed.clone(), cancelled_shift.clone()];
        all.extend(others);
        let ics = write(&all, "https://example.org", at("2026-11-27T08:00:00Z"));
        let lines = lines(&ics);
        let uids: Vec<_> = lines.iter().filter(|l| l.starts_with("UID:")).cloned().collect();
        assert_eq!(
            uids,
            [
                format!("UID:signup-{}@entraide", confirmed.signup.id),
                format!("UID:signup-{}@entraide", cancelled_shift.signup.id)
            ]
        );
        assert_eq!(lines.iter().filter(|l| *l == "STATUS:CANCELLED").count(), 1);
        assert!(!lines.iter().any(|l| l.starts_with("LOCATION")), "no address, no LOCATION");
    }
}
