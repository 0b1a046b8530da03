//! The world the walk runs in, built through the API as people would build it, and what
//! rows need made afresh.

use super::{Fresh, Role, Row};
use crate::http::harness::{PASSWORD, TestApp};
use chrono::{Duration, Utc};
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};
use std::collections::HashMap;

pub(super) const LAT: f64 = 51.0543;
pub(super) const LON: f64 = 3.7174;

/// The roles with an account.
const PEOPLE: [Role; 9] = [
    Role::Outsider,
    Role::Member,
    Role::Coordinator,
    Role::OrgAdmin,
    Role::ForeignAdmin,
    Role::PlatformAdmin,
    Role::Owner,
    Role::Helper,
    Role::Leaver,
];

pub(super) fn hours_from_now(hours: i64) -> String {
    (Utc::now() + Duration::hours(hours)).to_rfc3339()
}

fn yesterday() -> String {
    (Utc::now().date_naive() - Duration::days(1)).to_string()
}

pub(super) fn request_body() -> Value {
    json!({
        "category": "groceries",
        "title": "Groceries for my neighbour",
        "description": "Bread, milk and apples from the shop on the corner.",
        "location": { "lat": LAT, "lon": LON },
        "address": "Kortrijksesteenweg 1017, 9000 Gent",
        "needed_from": hours_from_now(1),
        "needed_until": hours_from_now(4),
    })
}

/// The world: each role's token and account id, and the values of path parameters by
/// `segment/{parameter}` (the segment before a parameter says what it names), beside a
/// few named values that bodies and scenarios need.
pub(super) struct World {
    tokens: HashMap<Role, String>,
    people: HashMap<Role, String>,
    ids: HashMap<&'static str, String>,
}

impl World {
    pub(super) fn id(&self, key: &str) -> String {
        self.ids.get(key).cloned().unwrap_or_else(|| panic!("the world has no `{key}`"))
    }

    pub(super) fn token(&self, role: Role) -> Option<String> {
        self.tokens.get(&role).cloned()
    }

    fn set(&mut self, key: &'static str, value: impl Into<String>) {
        self.ids.insert(key, value.into());
    }

    /// Two platforms, `alpha` holding everything the walk asks about, and `beta`.
    pub(super) async fn build(t: &TestApp) -> World {
        let mut w = World { tokens: HashMap::new(), people: HashMap::new(), ids: HashMap::new() };
        w.people(t).await;
        w.organisations(t).await;
        w.volunteering(t).await;
        w.help(t).await;
        w.ledger(t).await;
        w.hidden_things(t).await;
        w
    }

    /// Everyone, on their platforms; a target to invite, add, warn and sign in as; and
    /// someone to block.
    async fn people(&mut self, t: &TestApp) {
        let root = t.instance_admin().await;
        for slug in ["alpha", "beta"] {
            t.platform(&root, slug).await;
        }
        for role in PEOPLE {
            let (token, id) = t.account(&role.email().unwrap(), &format!("{role:?}")).await;
            self.tokens.insert(role, token);
            self.people.insert(role, id);
        }
        let (target_token, target) = t.account("target@example.org", "Target").await;
        let (_, blocked) = t.account("blocked@example.org", "Blocked").await;
        for role in [Role::Member, Role::PlatformAdmin, Role::Owner, Role::Helper, Role::Leaver] {
            self.join(t, role, "alpha").await;
        }
        for role in [Role::Outsider, Role::ForeignAdmin] {
            self.join(t, role, "beta").await;
        }
        expect_created(t.post("/api/v1/platforms/alpha/members", Some(&target_token), json!({})).await, "joining")
            .await;
        for (slug, role) in [("alpha", Role::PlatformAdmin), ("beta", Role::ForeignAdmin)] {
            let path = format!("/api/v1/platforms/{slug}/members/{}", self.people[&role]);
            let promoted = t.send(Method::PUT, &path, Some(&root), Some(json!({ "role": "admin" }))).await;
            assert!(promoted.status().is_success(), "promoting the admin of {slug}: {}", promoted.status());
        }
        self.set("platforms/{slug}", "alpha");
        self.set("members/{account_id}", self.people[&Role::Leaver].clone());
        self.set("blocks/{account_id}", blocked);
        self.set("accounts/{id}", self.people[&Role::Member].clone());
        self.set("target", target);
        self.set("target email", "target@example.org");
    }

    async fn join(&self, t: &TestApp, role: Role, slug: &str) {
        let joined = t.post(&format!("/api/v1/platforms/{slug}/members"), self.token(role).as_deref(), json!({})).await;
        expect_created(joined, "joining").await;
    }

    /// The organisation that owns the data, with the leaver as a coordinator; another
    /// one, with the coordinator; one on `beta`.
    async fn organisations(&mut self, t: &TestApp) {
        let food_bank = json!({ "name": "Food bank", "kind": "nonprofit" });
        let owning = created_id(
            t.post("/api/v1/platforms/alpha/organisations", self.token(Role::OrgAdmin).as_deref(), food_bank).await,
        )
        .await;
        let repair = json!({ "name": "Repair café", "kind": "group" });
        let platform_admin = self.token(Role::PlatformAdmin);
        let other =
            created_id(t.post("/api/v1/platforms/alpha/organisations", platform_admin.as_deref(), repair).await).await;
        add_member(t, &platform_admin.unwrap(), &other, &Role::Coordinator.email().unwrap()).await;
        add_member(t, &self.token(Role::OrgAdmin).unwrap(), &owning, &Role::Leaver.email().unwrap()).await;
        let club = json!({ "name": "Beta club", "kind": "group" });
        expect_created(
            t.post("/api/v1/platforms/beta/organisations", self.token(Role::ForeignAdmin).as_deref(), club).await,
            "on beta",
        )
        .await;
        self.set("organisations/{id}", owning);
        self.set("other organisation", other);
        self.set("terms/{kind}", "skill");
        self.set("{kind}/{code}", "walking");
        self.set("policy/{locale}", "nl");
    }

    /// An opportunity with a shift the owner signed up for, and hours the owner reported.
    async fn volunteering(&mut self, t: &TestApp) {
        let opportunity = json!({
            "title": "Sort food parcels", "description": "Sort and pack food for 80 families.",
            "location": { "lat": LAT, "lon": LON, "address": "Kortrijksesteenweg 1, Gent" },
            "shifts": [{ "starts_at": hours_from_now(48), "ends_at": hours_from_now(51), "slots": 50 }],
        });
        let (opportunity, shift) = self.publish(t, opportunity).await;
        let owner = self.token(Role::Owner);
        let signup =
            created_id(t.post(&format!("/api/v1/shifts/{shift}/signups"), owner.as_deref(), json!({})).await).await;
        let hours = json!({ "day": yesterday(), "minutes": 90 });
        let report =
            created_id(t.post(&format!("/api/v1/opportunities/{opportunity}/hours"), owner.as_deref(), hours).await)
                .await;
        self.set("opportunities/{id}", opportunity);
        self.set("shifts/{id}", shift);
        self.set("signups/{id}", signup);
        self.set("hour-reports/{id}", report);
    }

    /// Publishes for the owning organisation; returns the opportunity and its first shift.
    async fn publish(&self, t: &TestApp, opportunity: Value) -> (String, String) {
        let path = format!("/api/v1/organisations/{}/opportunities", self.id("organisations/{id}"));
        let published = t.post(&path, self.token(Role::OrgAdmin).as_deref(), opportunity).await;
        let published = body_of(published, StatusCode::CREATED, "publishing").await;
        (text(&published["id"]), text(&published["shifts"][0]["id"]))
    }

    /// The owner's request, helped, talked about and completed (the helper is credited);
    /// the owner's standing offer; a member's report.
    async fn help(&mut self, t: &TestApp) {
        let (owner, helper) = (self.token(Role::Owner), self.token(Role::Helper));
        let (request, offer) = offered(t, self).await;
        let accepted =
            t.post(&format!("/api/v1/requests/{request}/offers/{offer}/accept"), owner.as_deref(), json!({})).await;
        assert_eq!(accepted.status(), StatusCode::OK, "accepting");
        let message = t
            .post(&format!("/api/v1/requests/{request}/messages"), helper.as_deref(), json!({ "text": "On my way" }))
            .await;
        expect_created(message, "a message").await;
        let completed =
            t.post(&format!("/api/v1/requests/{request}/complete"), owner.as_deref(), json!({ "minutes": 30 })).await;
        assert_eq!(completed.status(), StatusCode::OK, "completing");
        let ledger =
            body_of(t.get("/api/v1/me/ledger", helper.as_deref()).await, StatusCode::OK, "the helper's ledger").await;
        let standing = json!({ "location": { "lat": LAT, "lon": LON }, "within_km": 2.0, "note": "On foot" });
        let standing =
            created_id(t.post("/api/v1/platforms/alpha/standing-offers", owner.as_deref(), standing).await).await;
        self.report(t, &request).await;
        self.set("requests/{id}", request);
        self.set("offers/{offer_id}", offer);
        self.set("entries/{id}", text(&ledger["entries"][0]["id"]));
        self.set("standing-offers/{id}", standing);
        self.set("help-categories/{code}", "walking");
    }

    /// A member reports the request; returns the report.
    async fn report(&self, t: &TestApp, request: &str) -> String {
        let reported = json!({ "kind": "request", "id": request, "reason": "Insults" });
        created_id(t.post("/api/v1/reports", self.token(Role::Member).as_deref(), reported).await).await
    }

    /// Barter between the two organisations of `alpha`, within a limit; a spare token of
    /// the owner's.
    async fn ledger(&mut self, t: &TestApp) {
        let limit = json!({ "limit": 100 });
        let set = t
            .send(
                Method::PUT,
                "/api/v1/platforms/alpha/credit-limits/barter",
                self.token(Role::PlatformAdmin).as_deref(),
                Some(limit),
            )
            .await;
        assert_eq!(set.status(), StatusCode::OK, "a barter limit");
        let path = format!("/api/v1/organisations/{}/transfers", self.id("organisations/{id}"));
        let paid = t
            .post(
                &path,
                self.token(Role::OrgAdmin).as_deref(),
                json!({ "to": self.id("other organisation"), "amount": 10, "memo": "Vans" }),
            )
            .await;
        expect_created(paid, "a barter transfer").await;
        let credentials = json!({ "email": Role::Owner.email(), "password": PASSWORD, "label": "spare" });
        let spare =
            body_of(t.post("/api/v1/auth/token", None, credentials).await, StatusCode::OK, "a spare token").await;
        self.set("tokens/{id}", text(&spare["token_id"]));
        self.set("credit-limits/{unit}", "time");
    }

    /// What exists but only some may see: a request of the owner's that moderators hid
    /// (with the helper's open offer), and a draft opportunity with a shift.
    async fn hidden_things(&mut self, t: &TestApp) {
        let (request, offer) = offered(t, self).await;
        let report = self.report(t, &request).await;
        let hide = json!({ "action": "hide", "report_id": report, "reason": "Insults" });
        let hidden = t
            .post("/api/v1/platforms/alpha/moderation/actions", self.token(Role::PlatformAdmin).as_deref(), hide)
            .await;
        expect_created(hidden, "hiding").await;
        let draft = json!({
            "title": "Sort food parcels", "description": "Not yet", "location": null, "status": "draft",
            "shifts": [{ "starts_at": hours_from_now(48), "ends_at": hours_from_now(51), "slots": 5 }],
        });
        let (draft, shift) = self.publish(t, draft).await;
        self.set("hidden request", request);
        self.set("hidden offer", offer);
        self.set("draft", draft);
        self.set("draft shift", shift);
    }
}

/// A new request of the owner's with an offer of the helper's: both ids.
async fn offered(t: &TestApp, w: &World) -> (String, String) {
    let request =
        created_id(t.post("/api/v1/platforms/alpha/requests", w.token(Role::Owner).as_deref(), request_body()).await)
            .await;
    let offer = t
        .post(
            &format!("/api/v1/requests/{request}/offers"),
            w.token(Role::Helper).as_deref(),
            json!({ "message": "Next door" }),
        )
        .await;
    (request, created_id(offer).await)
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_else(|| panic!("expected a text, got {value}")).to_owned()
}

async fn body_of(response: Response, status: StatusCode, what: &str) -> Value {
    let got = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(got, status, "{what}: {body}");
    serde_json::from_str(&body).unwrap()
}

async fn expect_created(response: Response, what: &str) {
    body_of(response, StatusCode::CREATED, what).await;
}

async fn created_id(response: Response) -> String {
    text(&body_of(response, StatusCode::CREATED, "creating").await["id"])
}

async fn add_member(t: &TestApp, admin: &str, organisation: &str, email: &str) {
    let path = format!("/api/v1/organisations/{organisation}/members");
    let added = t.send(Method::PUT, &path, Some(admin), Some(json!({ "email": email, "role": "coordinator" }))).await;
    assert_eq!(added.status(), StatusCode::OK, "adding {email} to {organisation}");
}

/// Makes what the row needs afresh; returns the path parameters to use instead of the
/// world's, and the token to ask with.
pub(super) async fn prepare(
    t: &TestApp,
    w: &World,
    fresh: Fresh,
    role: Role,
) -> (Vec<(&'static str, String)>, Option<String>) {
    let token = w.token(role);
    match fresh {
        Fresh::Nothing => (Vec::new(), token),
        Fresh::Token => (Vec::new(), if token.is_some() { Some(t.token(&role.email().unwrap()).await) } else { None }),
        Fresh::Shift => (vec![("shifts/{id}", new_shift(t, w).await)], token),
        Fresh::Signup => {
            let shift = new_shift(t, w).await;
            let signup =
                t.post(&format!("/api/v1/shifts/{shift}/signups"), w.token(Role::Owner).as_deref(), json!({})).await;
            (vec![("signups/{id}", created_id(signup).await)], token)
        }
        Fresh::Request => {
            let request =
                t.post("/api/v1/platforms/alpha/requests", w.token(Role::Owner).as_deref(), request_body()).await;
            (vec![("requests/{id}", created_id(request).await)], token)
        }
        Fresh::Offer => {
            let (request, offer) = offered(t, w).await;
            (vec![("requests/{id}", request), ("offers/{offer_id}", offer)], token)
        }
        Fresh::OrgMember => {
            let organisation = w.id("organisations/{id}");
            add_member(t, &w.token(Role::OrgAdmin).unwrap(), &organisation, &Role::Leaver.email().unwrap()).await;
            (Vec::new(), token)
        }
    }
}

async fn new_shift(t: &TestApp, w: &World) -> String {
    let path = format!("/api/v1/opportunities/{}/shifts", w.id("opportunities/{id}"));
    let body = json!({ "starts_at": hours_from_now(96), "ends_at": hours_from_now(98), "slots": 5 });
    created_id(t.post(&path, w.token(Role::OrgAdmin).as_deref(), body).await).await
}

/// The path with its parameters filled: the fresh values first, then the world entries
/// the row names, else the world's value for `segment/{parameter}`. `Err` names a
/// parameter nothing fills.
pub(super) fn fill(row: &Row, fresh: &[(&'static str, String)], w: &World) -> Result<String, String> {
    let mut filled = Vec::new();
    let mut previous = "";
    for segment in row.path.split('/') {
        if segment.starts_with('{') {
            let key = format!("{previous}/{segment}");
            let value = fresh
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .or_else(|| row.params.iter().find(|(k, _)| *k == key).and_then(|(_, entry)| w.ids.get(entry).cloned()))
                .or_else(|| w.ids.get(key.as_str()).cloned())
                .ok_or(key)?;
            filled.push(value);
        } else {
            filled.push(segment.to_owned());
        }
        previous = segment;
    }
    Ok(filled.join("/"))
}
