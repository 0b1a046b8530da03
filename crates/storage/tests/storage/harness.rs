//! Runs a test body on each database, and builds the values the tests need.

use chrono::{DateTime, Utc};
use entraide_domain::account::{Account, Email, NewAccount};
use entraide_domain::id::{AccountId, OrganisationId, PlatformId};
use entraide_domain::organisation::{NewOrganisation, Organisation};
use entraide_domain::platform::{NewPlatform, Platform};
use entraide_domain::time::Timestamp;
use entraide_storage::Storage;
use entraide_storage::testing::on_each_database;
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
            let store =
                entraide_storage::connect(&url).await.unwrap_or_else(|e| panic!("cannot open the test database {url}: {e}"));
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
    }
}

/// A registered person.
pub async fn account(store: &Arc<dyn Storage>, email: &str, name: &str) -> Account {
    store.create_account(AccountId::new(), &new_account(email, name), entraide_domain::time::now()).await.unwrap()
}

/// An organisation on `platform`, created by `creator`.
pub async fn organisation(store: &Arc<dyn Storage>, platform: PlatformId, name: &str, creator: AccountId) -> Organisation {
    let new = NewOrganisation::parse(name, "nonprofit", Some("We help.")).unwrap();
    store.create_organisation(platform, &new, creator, entraide_domain::time::now()).await.unwrap()
}

/// The organisation's members as (name, role) pairs, in the order the store lists them.
pub async fn member_names(store: &Arc<dyn Storage>, platform: PlatformId, id: OrganisationId) -> Vec<(String, &'static str)> {
    store.organisation_members(platform, id).await.unwrap().into_iter().map(|m| (m.display_name, m.role.as_str())).collect()
}
