//! Migrations, liveness, and how timestamps are kept.

use crate::harness::{account, at, micro, on_both, organisation, platform};
use entraide_domain::id::AccountId;
use entraide_domain::platform::NewPlatform;
use entraide_storage::Throttle;
use entraide_storage::testing::on_each_database;
use sqlx::{Connection, PgConnection, SqliteConnection};

#[test]
fn both_backends_define_the_same_newest_migration() {
    let (sqlite, postgres) = entraide_storage::latest_migrations();
    assert!(sqlite > 0, "SQLite has no migration");
    assert_eq!(sqlite, postgres, "the SQLite and PostgreSQL migrations must keep step");
}

/// The newest migration recorded as applied in the database at `url`.
async fn applied_migration(url: &str) -> i64 {
    let query = "SELECT MAX(version) FROM _sqlx_migrations WHERE success";
    if url.starts_with("sqlite:") {
        let mut db = SqliteConnection::connect(url).await.unwrap();
        sqlx::query_scalar(query).fetch_one(&mut db).await.unwrap()
    } else {
        let mut db = PgConnection::connect(url).await.unwrap();
        sqlx::query_scalar(query).fetch_one(&mut db).await.unwrap()
    }
}

#[tokio::test]
async fn connecting_applies_every_migration_and_connecting_again_is_harmless() {
    on_each_database(|url| async move {
        let first = entraide_storage::connect(&url).await.unwrap();
        let slug = entraide_domain::platform::Slug::parse("gent", "slug").unwrap();
        let created = platform(&first, "gent", "Gent").await;
        assert_eq!(applied_migration(&url).await, entraide_storage::latest_migrations().0);

        // A server restarting finds its database migrated, and its data still there.
        let second = entraide_storage::connect(&url).await.unwrap();
        second.ping().await.unwrap();
        assert_eq!(second.platform_by_slug(&slug).await.unwrap(), Some(created));
        assert_eq!(applied_migration(&url).await, entraide_storage::latest_migrations().1);
    })
    .await;
}

#[tokio::test]
async fn ping_answers_and_backend_names_the_database() {
    on_each_database(|url| async move {
        let store = entraide_storage::connect(&url).await.unwrap();
        store.ping().await.unwrap();
        let expected = if url.starts_with("sqlite:") { "sqlite" } else { "postgres" };
        assert_eq!(store.backend(), expected);
    })
    .await;
}

#[tokio::test]
async fn timestamps_round_trip_to_the_microsecond() {
    on_both(|store| async move {
        for (slug, text) in [
            ("micro", "2026-11-27T08:30:00.123456Z"),
            ("whole", "2026-11-27T08:30:00Z"),
            ("last-micro", "1999-12-31T23:59:59.999999Z"),
            ("offset", "2027-03-28T03:15:00.000001+02:00"),
        ] {
            let when = at(text);
            let new = NewPlatform::parse(slug, "Somewhere", None, None, None, None).unwrap();
            store.create_platform(&new, when).await.unwrap();
            let read = store.platform_by_slug(&new.slug).await.unwrap().unwrap();
            assert_eq!(read.created_at, when, "{text}");
        }

        let now = entraide_domain::time::now();
        let person = store
            .create_account(AccountId::new(), &crate::harness::new_account("ann@example.org", "Ann"), now)
            .await
            .unwrap();
        assert_eq!(store.account(person.id).await.unwrap().unwrap().created_at, now);
    })
    .await;
}

#[tokio::test]
async fn timestamps_compare_as_instants_at_microsecond_boundaries() {
    on_both(|store| async move {
        let person = account(&store, "ann@example.org", "Ann").await;
        // Across a second, a day and a year boundary, where text and number of digits
        // change most.
        for text in ["2026-11-27T08:30:59.999999Z", "2026-12-31T23:59:59.999999Z", "2026-06-30T12:00:00Z"] {
            let expires = at(text);
            let token = format!("session-{text}");
            store.create_session(&token, person.id, expires - chrono::Duration::days(30), expires).await.unwrap();
            assert_eq!(store.session_account(&token, expires - micro()).await.unwrap(), Some(person.id), "{text}");
            assert_eq!(store.session_account(&token, expires).await.unwrap(), None, "{text}");
            assert_eq!(store.session_account(&token, expires + micro()).await.unwrap(), None, "{text}");

            // Counters of attempts keep their instants exactly.
            let key = format!("email:{text}");
            let first = Throttle { count: 1, window_start: expires, next_at: expires + micro() };
            store.count_attempt(&key, &move |_| Ok(first)).await.unwrap().unwrap();
            assert_eq!(store.throttle(&key).await.unwrap(), Some(first), "{text}");
        }

        // An instant given with an offset is the same instant in UTC.
        let here = platform(&store, "gent", "Gent").await;
        let org = organisation(&store, here.id, "Food bank", person.id).await;
        let verified = at("2026-11-27T09:30:00.5+01:00");
        store.set_organisation_verified(here.id, org.id, Some(person.id), Some(verified)).await.unwrap();
        let read = store.organisation(here.id, org.id).await.unwrap().unwrap();
        assert_eq!(read.verified_at, Some(at("2026-11-27T08:30:00.500000Z")));
    })
    .await;
}
