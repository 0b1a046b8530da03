//! Private calendar feeds: one working link per person, revocable, erased with the
//! person's data.

use crate::harness::{account, assert_store_error, at, on_both};
use entraide_domain::id::AccountId;
use entraide_storage::StoreError;

#[tokio::test]
async fn a_feed_names_its_account_until_it_is_revoked() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        assert!(!store.has_calendar_feed(ann.id).await.unwrap());

        store.create_calendar_feed("hash-of-ann-feed", ann.id, at("2026-11-27T08:00:00Z")).await.unwrap();
        assert_eq!(store.calendar_feed_account("hash-of-ann-feed").await.unwrap(), Some(ann.id));
        assert_eq!(store.calendar_feed_account("hash-of-no-feed").await.unwrap(), None);
        assert!(store.has_calendar_feed(ann.id).await.unwrap());

        store.revoke_calendar_feeds(ann.id, at("2026-11-28T08:00:00Z")).await.unwrap();
        assert_eq!(store.calendar_feed_account("hash-of-ann-feed").await.unwrap(), None);
        assert!(!store.has_calendar_feed(ann.id).await.unwrap());

        // Revoking when there is nothing to revoke is harmless.
        store.revoke_calendar_feeds(ann.id, at("2026-11-29T08:00:00Z")).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn a_new_feed_replaces_the_old_one_and_only_for_that_person() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        store.create_calendar_feed("ann-first", ann.id, at("2026-11-27T08:00:00Z")).await.unwrap();
        store.create_calendar_feed("bob-only", bob.id, at("2026-11-27T09:00:00Z")).await.unwrap();

        store.create_calendar_feed("ann-second", ann.id, at("2026-11-28T08:00:00Z")).await.unwrap();
        assert_eq!(store.calendar_feed_account("ann-first").await.unwrap(), None, "the old link stops working");
        assert_eq!(store.calendar_feed_account("ann-second").await.unwrap(), Some(ann.id));
        assert_eq!(
            store.calendar_feed_account("bob-only").await.unwrap(),
            Some(bob.id),
            "Bob's link is not Ann's to replace"
        );

        store.revoke_calendar_feeds(ann.id, at("2026-11-29T08:00:00Z")).await.unwrap();
        assert_eq!(store.calendar_feed_account("bob-only").await.unwrap(), Some(bob.id), "revoking is per person");
        assert!(store.has_calendar_feed(bob.id).await.unwrap());
    })
    .await;
}

#[tokio::test]
async fn links_made_at_once_leave_exactly_one_working() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let tasks: Vec<_> = (0..12)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .create_calendar_feed(&format!("ann-{i}"), ann.id, entraide_domain::time::now())
                        .await
                        .unwrap();
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
        let mut working = 0;
        for i in 0..12 {
            if store.calendar_feed_account(&format!("ann-{i}")).await.unwrap().is_some() {
                working += 1;
            }
        }
        assert_eq!(working, 1);
    })
    .await;
}

#[tokio::test]
async fn nobody_gets_a_feed_without_an_account() {
    on_both(|store| async move {
        assert_store_error!(
            store.create_calendar_feed("orphan", AccountId::new(), at("2026-11-27T08:00:00Z")).await,
            StoreError::NotFound("account")
        );
        assert_eq!(store.calendar_feed_account("orphan").await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn feeds_are_exported_by_date_and_erased_with_the_person() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        store.create_calendar_feed("ann-first", ann.id, at("2026-11-27T08:00:00Z")).await.unwrap();
        store.create_calendar_feed("ann-second", ann.id, at("2026-11-28T08:00:00.000001Z")).await.unwrap();
        store.create_calendar_feed("bob-only", bob.id, at("2026-11-28T09:00:00Z")).await.unwrap();

        let data = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert_eq!(
            data.calendar_feeds,
            [
                (at("2026-11-27T08:00:00Z"), Some(at("2026-11-28T08:00:00.000001Z"))),
                (at("2026-11-28T08:00:00.000001Z"), None)
            ]
        );

        store.erase_personal_data(ann.id, at("2026-12-01T00:00:00Z")).await.unwrap();
        assert_eq!(store.calendar_feed_account("ann-second").await.unwrap(), None);
        assert!(!store.has_calendar_feed(ann.id).await.unwrap());
        assert!(store.export_personal_data(ann.id).await.unwrap().unwrap().calendar_feeds.is_empty());
        assert_eq!(store.calendar_feed_account("bob-only").await.unwrap(), Some(bob.id), "only hers are erased");
    })
    .await;
}
