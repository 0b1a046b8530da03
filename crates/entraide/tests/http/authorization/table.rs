//! The table: for each route of the description, what each role should get.
//!
//! A row is `row("METHOD /path", "c1 c2 c3 c4 c5 c6 c7")`, one expectation per column:
//!
//! | column | who |
//! | --- | --- |
//! | 1 | a stranger (not signed in) |
//! | 2 | an outsider: a member of `beta` only |
//! | 3 | a member of `alpha` |
//! | 4 | a coordinator of another organisation of `alpha` |
//! | 5 | the admin of the organisation that owns the data |
//! | 6 | the admin of `beta` |
//! | 7 | an admin of `alpha` |
//!
//! and `.owner(…)`, `.helper(…)`, `.also(Role::Leaver, …)` where the route is about
//! someone's own data. An expectation is `ok` (allowed: 2xx, or a 409/422 that only
//! someone allowed gets to hear), `2xx`, or an exact status. Path parameters come from
//! the world (`world.rs`), by the segment before them: `{id}` after `shifts` is a shift.
//! Rows that change something for good make it afresh first (`.fresh(…)`), so the order
//! of rows matters only where a comment says so, and in `at_the_end`.

use super::world::{LAT, LON, World, hours_from_now, request_body};
use super::{Fresh, Role, Row, row};
use crate::http::harness::PASSWORD;
use chrono::{Duration, Utc};
use serde_json::json;

const PUBLIC: &str = "ok ok ok ok ok ok ok";
const SIGNED_IN: &str = "401 ok ok ok ok ok ok";
const MEMBERS: &str = "401 403 ok ok ok 403 ok";
const COORDINATORS: &str = "401 403 403 403 ok 403 ok";
const PLATFORM_ADMINS: &str = "401 403 403 403 403 403 ok";
const NOBODY_ELSE: &str = "401 403 403 403 403 403 403";
const HIDDEN: &str = "401 404 404 404 404 404 404";

/// Accounts, tokens and the caller's own data.
#[rustfmt::skip]
fn accounts(w: &World) -> Vec<Row> {
    vec![
        // Seven sign-ups from one client: a limit on account creation below that needs the
        // harness to raise it.
        row("POST /api/v1/accounts", PUBLIC)
            .body(json!({ "email": "newcomer@example.org", "password": PASSWORD, "display_name": "Newcomer" })),
        row("POST /api/v1/auth/token", PUBLIC).body(json!({ "email": w.id("target email"), "password": PASSWORD })),
        row("DELETE /api/v1/auth/token", SIGNED_IN).fresh(Fresh::Token),
        // Open to all, known address or not; a malformed address (422) keeps seven asks
        // from meeting the limit of mails per address, and an unknown code changes nothing.
        row("POST /api/v1/auth/password-reset", PUBLIC).body(json!({ "email": "not an address" })),
        row("POST /api/v1/auth/password-reset/confirm", PUBLIC).body(json!({ "code": "no-such-code", "new_password": "a new long passphrase" })),
        row("POST /api/v1/auth/email-confirmation", PUBLIC).body(json!({ "code": "no-such-code" })),
        // The site's own mails open accounts: instance admins only (no column here).
        row("GET /api/v1/outbox", NOBODY_ELSE),
        row("GET /api/v1/me", SIGNED_IN),
        row("PATCH /api/v1/me", SIGNED_IN).body(json!({ "locale": "en" })),
        // A wrong current password: 422 shows the route is open to the caller without
        // ending their tokens.
        row("POST /api/v1/me/password", SIGNED_IN).body(json!({ "current_password": "not my password", "new_password": "a new long passphrase" })),
        row("GET /api/v1/me/export", SIGNED_IN),
        // A wrong password: 422 shows the route is open without mailing anyone.
        row("POST /api/v1/me/email", SIGNED_IN).body(json!({ "email": "elsewhere@example.org", "password": "not my password" })),
        row("POST /api/v1/me/email/confirmation", SIGNED_IN),
        // Suspending an account everywhere is for instance admins only (no column here).
        row("POST /api/v1/accounts/{id}/suspension", NOBODY_ELSE).body(json!({ "reason": "Spam" })),
        row("POST /api/v1/accounts/{id}/reinstatement", NOBODY_ELSE).body(json!({ "reason": "Apologised" })),
        row("GET /api/v1/me/tokens", SIGNED_IN),
        row("DELETE /api/v1/me/tokens/{id}", HIDDEN).owner("2xx"),
        row("GET /api/v1/me/calendar.ics", SIGNED_IN),
        row("POST /api/v1/me/calendar-feed", SIGNED_IN),
        row("DELETE /api/v1/me/calendar-feed", SIGNED_IN),
        row("GET /api/v1/me/notifications", SIGNED_IN),
        row("POST /api/v1/me/notifications/read", SIGNED_IN),
        // Before the read below: 404 means "no profile yet" until one is written.
        row("PUT /api/v1/me/profile", SIGNED_IN).body(json!({ "location": { "lat": LAT, "lon": LON }, "within_km": 10.0 })),
        row("GET /api/v1/me/profile", SIGNED_IN),
        row("GET /api/v1/me/suggestions", SIGNED_IN),
        row("GET /api/v1/me/request-suggestions", SIGNED_IN),
        row("GET /api/v1/me/signups", SIGNED_IN),
        row("GET /api/v1/me/hours", SIGNED_IN),
        row("GET /api/v1/me/ledger", SIGNED_IN),
        row("GET /api/v1/me/standing-offers", SIGNED_IN),
        // Before the unblock below, so that everyone has someone to unblock.
        row("POST /api/v1/me/blocks", SIGNED_IN).body(json!({ "account_id": w.id("blocks/{account_id}") })),
        row("GET /api/v1/me/blocks", SIGNED_IN),
        row("DELETE /api/v1/me/blocks/{account_id}", SIGNED_IN),
    ]
}

/// Platforms, organisations and their members.
#[rustfmt::skip]
fn platforms(w: &World) -> Vec<Row> {
    vec![
        row("GET /api/v1/platforms", PUBLIC),
        row("POST /api/v1/platforms", "401 403 403 403 403 403 403").body(json!({ "slug": "gamma", "name": "Gamma" })),
        row("GET /api/v1/platforms/{slug}", PUBLIC),
        row("PUT /api/v1/platforms/{slug}/members/{account_id}", PLATFORM_ADMINS).body(json!({ "role": "member" })),
        row("GET /api/v1/platforms/{slug}/outbox", PLATFORM_ADMINS),
        row("GET /api/v1/platforms/{slug}/policy", PUBLIC),
        // The names of a platform's streets and neighbourhoods are public (they come from
        // OpenStreetMap); asked without words, everyone gets the same 422.
        row("GET /api/v1/platforms/{slug}/places", PUBLIC),
        row("PUT /api/v1/platforms/{slug}/policy/{locale}", PLATFORM_ADMINS).body(json!({ "text": "Be kind." })),
        // Accepting is open to anyone signed in, member or not (joining comes after).
        row("POST /api/v1/platforms/{slug}/policy/acceptance", SIGNED_IN),
        row("GET /api/v1/platforms/{slug}/organisations", PUBLIC),
        row("GET /api/v1/organisations/{id}", PUBLIC),
        row("GET /api/v1/organisations/{id}/members", COORDINATORS),
        row("PUT /api/v1/organisations/{id}/members", COORDINATORS).body(json!({ "email": w.id("target email"), "role": "coordinator" })),
        row("DELETE /api/v1/organisations/{id}/members/{account_id}", COORDINATORS).also(Role::Leaver, "2xx").fresh(Fresh::OrgMember),
        row("PUT /api/v1/organisations/{id}/verified", PLATFORM_ADMINS).body(json!({ "verified": true })),
        row("GET /api/v1/organisations/{id}/dashboard", COORDINATORS),
        row("GET /api/v1/platforms/{slug}/terms/{kind}", PUBLIC),
        // Added, then removed: one code serves both, and only one role may.
        row("PUT /api/v1/platforms/{slug}/terms/{kind}/{code}", PLATFORM_ADMINS).body(json!({ "label": "Walking" })),
        row("DELETE /api/v1/platforms/{slug}/terms/{kind}/{code}", PLATFORM_ADMINS),
    ]
}

/// Opportunities, shifts, sign-ups and hours.
#[rustfmt::skip]
fn volunteering(w: &World) -> Vec<Row> {
    let shift = json!({ "starts_at": hours_from_now(72), "ends_at": hours_from_now(75), "slots": 50 });
    let opportunity = json!({ "title": "Sort food parcels", "description": "Sort and pack food for 80 families.",
                              "location": null, "shifts": [shift] });
    let today = Utc::now().date_naive();
    vec![
        row("POST /api/v1/organisations/{id}/opportunities", COORDINATORS).body(opportunity.clone()),
        row("GET /api/v1/platforms/{slug}/opportunities", PUBLIC),
        row("GET /api/v1/opportunities/{id}", PUBLIC),
        row("PUT /api/v1/opportunities/{id}", COORDINATORS).body(opportunity),
        row("POST /api/v1/opportunities/{id}/shifts", COORDINATORS).body(shift.clone()),
        row("POST /api/v1/opportunities/{id}/shift-series", COORDINATORS).body(json!({
            "frequency": "weekly", "weekdays": [1, 2, 3, 4, 5, 6, 7], "starts_on": (today + Duration::days(7)).to_string(),
            "until": (today + Duration::days(8)).to_string(), "start_time": "14:00", "end_time": "17:00", "slots": 3 })),
        row("POST /api/v1/opportunities/{id}/hours", MEMBERS).body(json!({ "day": (today - Duration::days(1)).to_string(), "minutes": 60 })),
        row("PUT /api/v1/shifts/{id}", COORDINATORS).body(shift),
        row("DELETE /api/v1/shifts/{id}", COORDINATORS).fresh(Fresh::Shift),
        row("POST /api/v1/shifts/{id}/signups", MEMBERS).owner("ok"),
        row("GET /api/v1/shifts/{id}/signups", COORDINATORS),
        row("GET /api/v1/shifts/{id}/roster.csv", COORDINATORS),
        // Not open yet: 409 for those allowed.
        row("POST /api/v1/shifts/{id}/attendance", COORDINATORS).body(json!({ "marks": [] })),
        row("GET /api/v1/shifts/{id}/suggestions", COORDINATORS),
        row("POST /api/v1/shifts/{id}/invitations", COORDINATORS).body(json!({ "account_id": w.id("target") })),
        row("DELETE /api/v1/signups/{id}", "401 404 404 404 2xx 404 2xx").owner("2xx").fresh(Fresh::Signup),
        // The shift has not started: 422 for those allowed.
        row("POST /api/v1/signups/{id}/attendance", "401 404 404 404 ok 404 ok").owner("403").body(json!({ "attended": true })),
        row("POST /api/v1/hour-reports/{id}/decision", "401 404 404 404 ok 404 ok").owner("403").body(json!({ "approve": true })),
    ]
}

/// Neighbour help: requests, offers, threads, completion, thanks, standing offers.
#[rustfmt::skip]
fn help(_: &World) -> Vec<Row> {
    vec![
        row("GET /api/v1/platforms/{slug}/help-categories", PUBLIC),
        row("PUT /api/v1/platforms/{slug}/help-categories/{code}", PLATFORM_ADMINS).body(json!({ "label": "Walking" })),
        row("DELETE /api/v1/platforms/{slug}/help-categories/{code}", PLATFORM_ADMINS),
        row("POST /api/v1/platforms/{slug}/requests", MEMBERS).body(request_body()),
        row("GET /api/v1/platforms/{slug}/requests", PUBLIC),
        row("GET /api/v1/requests/{id}", PUBLIC).owner("2xx").helper("2xx"),
        row("POST /api/v1/requests/{id}/cancel", NOBODY_ELSE).owner("2xx").fresh(Fresh::Request),
        // The request is completed: members hear 409, which only someone allowed hears.
        row("POST /api/v1/requests/{id}/offers", MEMBERS).owner("403").helper("ok").body(json!({ "message": "I can help" })),
        row("POST /api/v1/requests/{id}/offers/{offer_id}/accept", NOBODY_ELSE).owner("2xx").helper("403").fresh(Fresh::Offer),
        row("POST /api/v1/requests/{id}/messages", NOBODY_ELSE).owner("2xx").helper("2xx").body(json!({ "text": "See you at ten" })),
        row("GET /api/v1/requests/{id}/messages", NOBODY_ELSE).owner("2xx").helper("2xx"),
        row("POST /api/v1/requests/{id}/complete", NOBODY_ELSE).owner("ok").helper("403").body(json!({ "minutes": 30 })),
        row("POST /api/v1/requests/{id}/thanks", NOBODY_ELSE).owner("ok").helper("ok").body(json!({ "text": "Thank you!" })),
        row("GET /api/v1/requests/{id}/thanks", PLATFORM_ADMINS).owner("2xx").helper("2xx"),
        row("POST /api/v1/platforms/{slug}/standing-offers", MEMBERS).body(json!({ "location": { "lat": LAT, "lon": LON }, "within_km": 2.0 })),
        row("DELETE /api/v1/me/standing-offers/{id}", HIDDEN).owner("2xx"),
    ]
}

/// Time credits and barter.
#[rustfmt::skip]
fn ledger(w: &World) -> Vec<Row> {
    vec![
        // Only the admins of the paying organisation spend its credits.
        row("POST /api/v1/organisations/{id}/transfers", "401 403 403 403 ok 403 403")
            .body(json!({ "to": w.id("other organisation"), "amount": 1, "memo": "Vans" })),
        row("GET /api/v1/organisations/{id}/ledger", COORDINATORS),
        row("GET /api/v1/organisations/{id}/ledger.csv", COORDINATORS),
        row("PUT /api/v1/platforms/{slug}/credit-limits/{unit}", PLATFORM_ADMINS).body(json!({ "limit": 600 })),
        // The time credited for the owner's request: its two parties see it, nobody else.
        row("POST /api/v1/ledger/entries/{id}/reversal", "401 404 404 404 404 404 ok").owner("403").helper("403"),
    ]
}

/// Reports and moderation.
#[rustfmt::skip]
fn safety(w: &World) -> Vec<Row> {
    vec![
        // Content the reporter cannot see is refused as unknown (422, the id is in the body).
        row("POST /api/v1/reports", "401 422 2xx 2xx 2xx 422 2xx")
            .body(json!({ "kind": "request", "id": w.id("requests/{id}"), "reason": "Asks for money" })),
        row("GET /api/v1/platforms/{slug}/moderation", PLATFORM_ADMINS),
        row("POST /api/v1/platforms/{slug}/moderation/actions", PLATFORM_ADMINS)
            .body(json!({ "action": "warn", "account_id": w.id("target"), "reason": "Please stay polite" })),
    ]
}

// The things that exist but only some may see: the answers must not tell them apart
// from things that do not exist (404), except to those who may see them.
const HIDDEN_REQUEST: &str = "a request moderators hid";
const DRAFT: &str = "a draft opportunity";

/// A help request moderators hid (it has an open offer of the helper's): gone for
/// everyone but its author and the platform's admins.
#[rustfmt::skip]
fn hidden_request(_: &World) -> Vec<Row> {
    let on = |row: Row| row.scenario(HIDDEN_REQUEST, &[("requests/{id}", "hidden request"), ("offers/{offer_id}", "hidden offer")]);
    vec![
        on(row("GET /api/v1/requests/{id}", "404 404 404 404 404 404 2xx")).owner("2xx"),
        on(row("POST /api/v1/requests/{id}/offers", "401 404 404 404 404 404 ok")).body(json!({ "message": "I can help" })),
        on(row("POST /api/v1/requests/{id}/offers/{offer_id}/accept", "401 404 404 404 404 404 403")),
        on(row("POST /api/v1/requests/{id}/messages", "401 404 404 404 404 404 403")).body(json!({ "text": "Hello" })),
        on(row("GET /api/v1/requests/{id}/messages", "401 404 404 404 404 404 403")),
        on(row("POST /api/v1/requests/{id}/complete", "401 404 404 404 404 404 403")).body(json!({ "minutes": 30 })),
        on(row("POST /api/v1/requests/{id}/thanks", "401 404 404 404 404 404 403")).body(json!({ "text": "Thank you!" })),
        on(row("GET /api/v1/requests/{id}/thanks", "401 404 404 404 404 404 2xx")),
        // Last: it ends the request.
        on(row("POST /api/v1/requests/{id}/cancel", "401 404 404 404 404 404 403")).owner("2xx"),
    ]
}

/// A draft opportunity and its shift: seen only by its organisation and the platform's
/// admins.
#[rustfmt::skip]
fn draft(_: &World) -> Vec<Row> {
    let on = |row: Row| row.scenario(DRAFT, &[("opportunities/{id}", "draft"), ("shifts/{id}", "draft shift")]);
    let shift = json!({ "starts_at": hours_from_now(72), "ends_at": hours_from_now(75), "slots": 5 });
    let coordinators = "401 404 404 404 ok 404 ok";
    vec![
        on(row("GET /api/v1/opportunities/{id}", "404 404 404 404 2xx 404 2xx")),
        on(row("PUT /api/v1/opportunities/{id}", coordinators))
            .body(json!({ "title": "Sort food parcels", "description": "Not yet", "location": null, "status": "draft" })),
        on(row("POST /api/v1/opportunities/{id}/shifts", coordinators)).body(shift.clone()),
        on(row("POST /api/v1/opportunities/{id}/hours", coordinators))
            .body(json!({ "day": (Utc::now().date_naive() - Duration::days(1)).to_string(), "minutes": 60 })),
        on(row("PUT /api/v1/shifts/{id}", coordinators)).body(shift),
        // Coordinators hear that it is not open yet (422).
        on(row("POST /api/v1/shifts/{id}/signups", coordinators)),
        on(row("GET /api/v1/shifts/{id}/signups", coordinators)),
        on(row("GET /api/v1/shifts/{id}/suggestions", coordinators)),
    ]
}

/// Rows that change who the caller is (joining `alpha`, erasing the account): walked
/// after every other row, in this order.
#[rustfmt::skip]
fn at_the_end(_: &World) -> Vec<Row> {
    vec![
        row("POST /api/v1/platforms/{slug}/members", SIGNED_IN),
        row("POST /api/v1/platforms/{slug}/organisations", SIGNED_IN).body(json!({ "name": "Walkers", "kind": "group" })),
        row("DELETE /api/v1/me", SIGNED_IN),
    ]
}

pub(super) fn table(w: &World) -> Vec<Row> {
    [
        accounts(w),
        platforms(w),
        volunteering(w),
        help(w),
        ledger(w),
        safety(w),
        hidden_request(w),
        draft(w),
        at_the_end(w),
    ]
    .concat()
}
