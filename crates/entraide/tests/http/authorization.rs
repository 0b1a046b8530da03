//! The authorization walk: every route of the OpenAPI description, asked by every role,
//! against a table of the answers the rules call for. PRODUCT.md: a person sees only what
//! their role on that platform allows. API.md: 401 when not signed in, 403 when signed in
//! and the thing is visible but the role does not allow the action, 404 for what is
//! unknown and also for what exists but must not be seen.
//!
//! One world is built per database (`authorization/world.rs`): platform `alpha`, where
//! every id of the walk lives, and platform `beta`, where the outsider and the foreign
//! admin belong. The table is `authorization/table.rs`. A route new in the description
//! fails the walk until it has a row, and so does a row whose route is gone. Where an answer
//! differs from the rule, the rule is what the table keeps, and the code is mended.
//! `ENTRAIDE_AUTHZ_VERBOSE=1` prints every answer.

mod table;
mod world;

use super::harness::{TestApp, on_both};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::time::Instant;
use table::table;
use world::{World, fill, prepare};

/// Who asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Role {
    /// Not signed in.
    Stranger,
    /// A member of platform `beta` only.
    Outsider,
    /// A member of `alpha`, with no other role.
    Member,
    /// A coordinator of another organisation of `alpha`.
    Coordinator,
    /// The admin of the organisation that owns the data.
    OrgAdmin,
    /// The admin of platform `beta`.
    ForeignAdmin,
    /// An admin of platform `alpha`.
    PlatformAdmin,
    /// The person the data is about: the requester of the help request, the volunteer
    /// of the sign-up and the hour report, the holder of the standing offer and token.
    Owner,
    /// The helper whose offer the owner accepted.
    Helper,
    /// The coordinator of the owning organisation who is being removed from it.
    Leaver,
}

/// The roles every row answers for, in the order of the table's columns.
const COLUMNS: [Role; 7] = [
    Role::Stranger,
    Role::Outsider,
    Role::Member,
    Role::Coordinator,
    Role::OrgAdmin,
    Role::ForeignAdmin,
    Role::PlatformAdmin,
];

impl Role {
    /// The address the role signs in with (none for the stranger).
    fn email(self) -> Option<String> {
        (self != Role::Stranger).then(|| format!("{self:?}@example.org").to_lowercase())
    }
}

/// An expected answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Past the permission check: a success, or a refusal about the request itself
    /// (409 conflict, 422 invalid), which only someone allowed gets to hear.
    Allowed,
    /// A success and nothing else.
    Success,
    /// Exactly this status (401, 403, 404, or a documented refusal).
    Status(u16),
}

impl Expect {
    fn parse(token: &str) -> Expect {
        match token {
            "ok" => Expect::Allowed,
            "2xx" => Expect::Success,
            code => Expect::Status(
                code.parse().unwrap_or_else(|_| panic!("`{code}` is not an expectation: ok, 2xx or a status")),
            ),
        }
    }

    fn admits(self, status: StatusCode) -> bool {
        match self {
            Expect::Allowed => {
                status.is_success() || status == StatusCode::CONFLICT || status == StatusCode::UNPROCESSABLE_ENTITY
            }
            Expect::Success => status.is_success(),
            Expect::Status(code) => status.as_u16() == code,
        }
    }

    fn show(self) -> String {
        match self {
            Expect::Allowed => "allowed (2xx, 409 or 422)".into(),
            Expect::Success => "2xx".into(),
            Expect::Status(code) => code.to_string(),
        }
    }
}

/// What a row needs made afresh before each role asks, so that a change one role makes
/// (cancelling, removing, revoking) neither spoils the world for later rows nor turns the
/// next role's answer into a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fresh {
    Nothing,
    /// A token of the caller's own, which the request may revoke.
    Token,
    /// A shift of the organisation's opportunity (`shifts/{id}`).
    Shift,
    /// A sign-up of the owner, on a shift of its own (`signups/{id}`).
    Signup,
    /// A help request of the owner (`requests/{id}`).
    Request,
    /// A help request of the owner with an open offer of the helper's
    /// (`requests/{id}`, `offers/{offer_id}`).
    Offer,
    /// The leaver back in the organisation as a coordinator.
    OrgMember,
}

/// One route and what each role should get.
#[derive(Debug, Clone)]
struct Row {
    method: Method,
    path: &'static str,
    expect: Vec<(Role, Expect)>,
    body: Option<Value>,
    /// A second walk of a route over other things than the usual ones, named.
    scenario: Option<&'static str>,
    /// Path parameters filled from other entries of the world than the usual ones.
    params: Vec<(&'static str, &'static str)>,
    fresh: Fresh,
}

/// A row: `"METHOD /path"`, and one expectation per column (`ok`, `2xx` or a status).
fn row(route: &'static str, columns: &str) -> Row {
    let (method, path) = route.split_once(' ').unwrap_or_else(|| panic!("`{route}` is not `METHOD /path`"));
    let tokens: Vec<&str> = columns.split_whitespace().collect();
    assert_eq!(tokens.len(), COLUMNS.len(), "{route}: one expectation per column");
    Row {
        method: method.parse().unwrap(),
        path,
        expect: COLUMNS.iter().zip(tokens).map(|(role, token)| (*role, Expect::parse(token))).collect(),
        body: None,
        scenario: None,
        params: Vec::new(),
        fresh: Fresh::Nothing,
    }
}

impl Row {
    fn body(mut self, body: Value) -> Row {
        self.body = Some(body);
        self
    }

    fn also(mut self, role: Role, token: &str) -> Row {
        self.expect.push((role, Expect::parse(token)));
        self
    }

    fn owner(self, token: &str) -> Row {
        self.also(Role::Owner, token)
    }

    fn helper(self, token: &str) -> Row {
        self.also(Role::Helper, token)
    }

    /// Walks the route again, filling `segment/{parameter}` keys from the world entries
    /// given.
    fn scenario(mut self, name: &'static str, params: &[(&'static str, &'static str)]) -> Row {
        self.scenario = Some(name);
        self.params = params.to_vec();
        self
    }

    fn fresh(mut self, fresh: Fresh) -> Row {
        self.fresh = fresh;
        self
    }

    fn route(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    fn label(&self) -> String {
        match self.scenario {
            Some(scenario) => format!("{} ({scenario})", self.route()),
            None => self.route(),
        }
    }
}

/// Every route and method of the running app's description.
async fn described(t: &TestApp) -> BTreeSet<String> {
    let spec: Value = t.get("/openapi.json", None).await.json().await.unwrap();
    let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    let mut routes = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("the description has paths") {
        for method in item.as_object().unwrap().keys().filter(|m| methods.contains(&m.as_str())) {
            routes.insert(format!("{} {path}", method.to_uppercase()));
        }
    }
    routes
}

/// Fails, naming them all, on routes the description has and the table lacks, rows for
/// routes the description lacks, rows twice, and parameters nothing fills.
fn check_coverage(rows: &[Row], described: &BTreeSet<String>, w: &World) {
    let mut problems = Vec::new();
    let mut labels = BTreeSet::new();
    for row in rows {
        if !labels.insert(row.label()) {
            problems.push(format!("{} has two rows", row.label()));
        }
        if let Err(key) = fill(row, &[], w) {
            problems.push(format!("{}: nothing in the world fills `{key}`; add it to World::build", row.label()));
        }
        if row.scenario.is_some() && !described.contains(&row.route()) {
            problems.push(format!("{} walks a route that is not described", row.label()));
        }
    }
    let tabled: BTreeSet<String> = rows.iter().filter(|row| row.scenario.is_none()).map(Row::route).collect();
    for route in described.difference(&tabled) {
        problems.push(format!("{route} is described but has no row: add one to the table"));
    }
    for route in tabled.difference(described) {
        problems.push(format!("{route} has a row but is not described: remove the row"));
    }
    assert!(problems.is_empty(), "the table does not match the description:\n  {}", problems.join("\n  "));
}

/// What the walk found.
#[derive(Default)]
struct Findings {
    asked: usize,
    failures: Vec<String>,
}

/// Asks as one role and judges the answer against the row.
async fn ask(t: &TestApp, w: &World, row: &Row, role: Role, expect: Expect, findings: &mut Findings) {
    let (fresh, token) = prepare(t, w, row.fresh, role).await;
    let path = fill(row, &fresh, w).expect("coverage was checked");
    let response = t.send(row.method.clone(), &path, token.as_deref(), row.body.clone()).await;
    let status = response.status();
    findings.asked += 1;
    if std::env::var_os("ENTRAIDE_AUTHZ_VERBOSE").is_some() {
        eprintln!("{} as {role:?}: {status}", row.label());
    }
    if !expect.admits(status) {
        let body: String = response.text().await.unwrap_or_default().chars().take(300).collect();
        findings.failures.push(format!(
            "{} as {role:?}: expected {}, got {status}: {body}",
            row.label(),
            expect.show()
        ));
    }
}

async fn walk(t: &TestApp, w: &World, rows: &[Row]) -> Findings {
    let mut findings = Findings::default();
    for row in rows {
        for (role, expect) in &row.expect {
            ask(t, w, row, *role, *expect, &mut findings).await;
        }
    }
    findings
}

/// The walk's summary: its size, then the failures.
fn report(findings: &Findings, rows: &[Row], took: std::time::Duration) -> String {
    let routes: BTreeSet<String> = rows.iter().map(Row::route).collect();
    let scenarios = rows.iter().filter(|row| row.scenario.is_some()).count();
    let mut out = format!(
        "authorization walk: {} routes (and {scenarios} rows of scenarios), {} requests, {took:.1?}\n",
        routes.len(),
        findings.asked
    );
    if !findings.failures.is_empty() {
        let _ = writeln!(out, "FAILURES ({}):", findings.failures.len());
        for line in &findings.failures {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

#[tokio::test]
async fn every_route_answers_each_role_as_the_rules_say() {
    on_both(|t| async move {
        let started = Instant::now();
        let world = World::build(&t).await;
        let rows = table(&world);
        check_coverage(&rows, &described(&t).await, &world);
        let findings = walk(&t, &world, &rows).await;
        let summary = report(&findings, &rows, started.elapsed());
        eprintln!("{summary}");
        assert!(findings.failures.is_empty(), "{summary}");
    })
    .await;
}
