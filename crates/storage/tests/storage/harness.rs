//! Runs a test body on each database, and builds the values the tests need.

use chrono::{DateTime, Utc};
use entraide_domain::account::{Account, Email, NewAccount};
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{HelpCategory, RequestDraft};
use entraide_domain::id::{AccountId, OrganisationId, PlatformId, SignupId};
use entraide_domain::opportunity::{Opportunity, OpportunityDraft, OpportunityStatus, Place};
use entraide_domain::organisation::{NewOrganisation, Organisation};
use entraide_domain::platform::{NewPlatform, Platform};
use entraide_domain::shift::{Shift, ShiftTimes};
use entraide_domain::time::Timestamp;
use entraide_storage::Storage;
use entraide_storage::testing::on_each_database;
use sqlx::{Connection, PgConnection, SqliteConnection};
use std::future::Future;
use std::sync::Arc;

/// Runs `body` on a fresh SQLite store, then on a fresh PostgreSQL store when
/// `ENTRAIDE_TEST_PG_URL` is set; fails if it failed on either.
pub async fn on_both<F, Fut>(body: F)
where
    F: Fn(Arc<dyn Storage>) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    on_each_database(move |url| {
        let body = body.clone();
        async move {
            let store = entraide_storage::connect(&url)
                .await
                .unwrap_or_else(|e| panic!("cannot open the test database {url}: {e}"));
            body(store).await;
        }
    })
    .await;
}

/// Asserts that a result is the storage error the pattern describes.
macro_rules! assert_store_error {
    ($result:expr, $pattern:pat) => {
        match $result {
            Err(error) if matches!(error, $pattern) => {}
            other => panic!("expected Err({}), got {:?}", stringify!($pattern), other),
        }
    };
}
pub(crate) use assert_store_error;

/// An instant written as RFC 3339.
pub fn at(text: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

/// One microsecond, the precision both databases keep.
pub fn micro() -> chrono::Duration {
    chrono::Duration::microseconds(1)
}

/// A platform with only a slug and a name.
pub async fn platform(store: &Arc<dyn Storage>, slug: &str, name: &str) -> Platform {
    let new = NewPlatform::parse(slug, name, None, None, None, None).unwrap();
    store.create_platform(&new, entraide_domain::time::now()).await.unwrap()
}

/// What registering with this address and name gives.
pub fn new_account(email: &str, name: &str) -> NewAccount {
    NewAccount {
        email: Email::parse(email, "email").unwrap(),
        password_hash: format!("$argon2id$v=19$m=19456,t=2,p=1$hash-of-{email}"),
        display_name: name.to_owned(),
        locale: None,
        birth_date: None,
        is_instance_admin: false,
        email_confirmed: true,
    }
}

/// A registered person.
pub async fn account(store: &Arc<dyn Storage>, email: &str, name: &str) -> Account {
    store.create_account(AccountId::new(), &new_account(email, name), entraide_domain::time::now()).await.unwrap()
}

/// An organisation on `platform`, created by `creator`.
pub async fn organisation(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    name: &str,
    creator: AccountId,
) -> Organisation {
    let new = NewOrganisation::parse(name, "nonprofit", Some("We help.")).unwrap();
    store.create_organisation(platform, &new, creator, entraide_domain::time::now()).await.unwrap()
}

/// The organisation's members as (name, role) pairs, in the order the store lists them.
pub async fn member_names(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    id: OrganisationId,
) -> Vec<(String, &'static str)> {
    store
        .organisation_members(platform, id)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.display_name, m.role.as_str()))
        .collect()
}

// ---- Volunteering: opportunities, shifts, sign-ups, and the jobs they queue. ----

/// Runs `body` with the store and the URL it was opened on (to read tables the traits do
/// not show, such as `jobs`), on SQLite and, when `ENTRAIDE_TEST_PG_URL` is set, on
/// PostgreSQL.
pub async fn on_both_with_url<F, Fut>(body: F)
where
    F: Fn(Arc<dyn Storage>, String) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    on_each_database(move |url| {
        let body = body.clone();
        async move {
            let store = entraide_storage::connect(&url)
                .await
                .unwrap_or_else(|e| panic!("cannot open the test database {url}: {e}"));
            body(store, url).await;
        }
    })
    .await;
}

/// A published, remote opportunity with no skills, causes, languages or age limit.
pub fn draft(title: &str) -> OpportunityDraft {
    OpportunityDraft {
        title: title.to_owned(),
        description: format!("About {title}."),
        skills: Vec::new(),
        causes: Vec::new(),
        languages: Vec::new(),
        min_age: None,
        accessibility: String::new(),
        place: Place::Remote,
        status: OpportunityStatus::Published,
    }
}

/// A place at these coordinates.
pub fn place(lat: f64, lon: f64, address: &str) -> Place {
    Place::At { point: Coordinates::parse(lat, lon, ("lat", "lon")).unwrap(), address: address.to_owned() }
}

/// A shift starting at `starts_at`, `hours` long, with `slots` places.
pub fn times(starts_at: Timestamp, hours: i64, slots: i64) -> ShiftTimes {
    ShiftTimes { starts_at, ends_at: starts_at + chrono::Duration::hours(hours), slots }
}

/// Now, plus some hours (negative for the past).
pub fn hours_from_now(hours: i64) -> Timestamp {
    entraide_domain::time::now() + chrono::Duration::hours(hours)
}

/// A published opportunity of `organisation` with one three-hour shift of `slots` places
/// starting at `starts_at`.
pub async fn opportunity_with_shift(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    organisation: OrganisationId,
    creator: AccountId,
    starts_at: Timestamp,
    slots: i64,
) -> (Opportunity, Shift) {
    let (opportunity, mut shifts) = store
        .create_opportunity(
            platform,
            organisation,
            &draft("Sorting food"),
            &[times(starts_at, 3, slots)],
            creator,
            starts_at - chrono::Duration::days(30),
        )
        .await
        .unwrap();
    (opportunity, shifts.remove(0))
}

/// `count` registered people, named `Volunteer 1`….
pub async fn accounts(store: &Arc<dyn Storage>, count: usize) -> Vec<Account> {
    let mut people = Vec::with_capacity(count);
    for n in 1..=count {
        people.push(account(store, &format!("volunteer{n}@example.org"), &format!("Volunteer {n}")).await);
    }
    people
}

/// Every notification job queued, as (sign-up, event, run at), by run time then event:
/// read straight from the `jobs` table through a connection of its own.
pub async fn all_notify_jobs(url: &str) -> Vec<(SignupId, String, Timestamp)> {
    let rows: Vec<(String, Timestamp)> = if url.starts_with("sqlite:") {
        let mut db = SqliteConnection::connect(url).await.unwrap();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT payload, run_at FROM jobs WHERE kind = 'notify'").fetch_all(&mut db).await.unwrap();
        rows.into_iter().map(|(payload, run_at)| (payload, at(&run_at))).collect()
    } else {
        let mut db = PgConnection::connect(url).await.unwrap();
        sqlx::query_as("SELECT payload, run_at FROM jobs WHERE kind = 'notify'").fetch_all(&mut db).await.unwrap()
    };
    let mut jobs: Vec<(SignupId, String, Timestamp)> = rows
        .into_iter()
        .map(|(payload, run_at)| {
            let payload: serde_json::Value = serde_json::from_str(&payload).unwrap();
            let signup = payload["signup"].as_str().unwrap().parse().unwrap();
            (signup, payload["event"].as_str().unwrap().to_owned(), run_at)
        })
        .collect();
    jobs.sort_by(|a, b| (a.2, &a.1).cmp(&(b.2, &b.1)));
    jobs
}

/// The notification jobs queued about one sign-up, as (event, run at), by run time then
/// event.
pub async fn notify_jobs(url: &str, signup: SignupId) -> Vec<(String, Timestamp)> {
    all_notify_jobs(url)
        .await
        .into_iter()
        .filter(|(s, _, _)| *s == signup)
        .map(|(_, event, run_at)| (event, run_at))
        .collect()
}

/// A platform `slug` whose neighbours ask for help with `groceries` and `pharmacy`.
pub async fn help_platform(store: &Arc<dyn Storage>, slug: &str) -> Platform {
    let p = platform(store, slug, "Help").await;
    for code in ["groceries", "pharmacy"] {
        let category = HelpCategory { code: code.into(), label: code.into(), names: Default::default() };
        store.put_help_category(p.id, &category).await.unwrap();
    }
    p
}

/// A request for help with `category` at a point, needed an hour from now for two hours.
pub fn request_draft(category: &str, lat: f64, lon: f64) -> RequestDraft {
    RequestDraft {
        category: category.to_owned(),
        title: format!("Help with {category}"),
        description: "Bread and milk".into(),
        point: Coordinates::parse(lat, lon, ("lat", "lon")).unwrap(),
        address: "Rue Haute 12, Bruxelles".into(),
        needed_from: hours_from_now(1),
        needed_until: hours_from_now(3),
        on_behalf: None,
    }
}
