//! Sessions, API tokens and failed sign-ins.

use crate::harness::{account, assert_store_error, at, micro, on_both};
use entraide_domain::id::ApiTokenId;
use entraide_domain::time::Timestamp;
use entraide_storage::{StoreError, Throttle};

#[tokio::test]
async fn a_session_names_its_account_until_it_expires() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let opened = at("2026-11-27T08:00:00Z");
        let expires = at("2026-12-27T08:00:00.000500Z");
        store.create_session("hash-of-ann-session", ann.id, opened, expires).await.unwrap();

        assert_eq!(store.session_account("hash-of-ann-session", opened).await.unwrap(), Some(ann.id));
        assert_eq!(store.session_account("hash-of-ann-session", expires - micro()).await.unwrap(), Some(ann.id));
        assert_eq!(store.session_account("hash-of-ann-session", expires).await.unwrap(), None);
        assert_eq!(
            store.session_account("hash-of-ann-session", expires + chrono::Duration::days(1)).await.unwrap(),
            None
        );
        assert_eq!(store.session_account("hash-of-no-session", opened).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn a_deleted_session_names_nobody_and_deleting_twice_is_harmless() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let now = at("2026-11-27T08:00:00Z");
        let expires = now + chrono::Duration::days(30);
        store.create_session("ann-here", ann.id, now, expires).await.unwrap();
        store.create_session("ann-phone", ann.id, now, expires).await.unwrap();

        store.delete_session("ann-here").await.unwrap();
        assert_eq!(store.session_account("ann-here", now).await.unwrap(), None);
        assert_eq!(store.session_account("ann-phone", now).await.unwrap(), Some(ann.id), "only that session ends");
        store.delete_session("ann-here").await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn an_api_token_names_its_account_until_it_is_revoked() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let (old, new) = (ApiTokenId::new(), ApiTokenId::new());
        let first = at("2026-11-27T08:00:00.000001Z");
        let second = at("2026-11-28T08:00:00.000002Z");
        store.create_api_token(old, "hash-old", ann.id, "Backup script", first).await.unwrap();
        store.create_api_token(new, "hash-new", ann.id, "Calendar", second).await.unwrap();

        assert_eq!(store.token_account("hash-old").await.unwrap(), Some((ann.id, old)));
        assert_eq!(store.token_account("hash-new").await.unwrap(), Some((ann.id, new)));
        assert_eq!(store.token_account("hash-unknown").await.unwrap(), None);

        let listed = store.api_tokens(ann.id).await.unwrap();
        let summary: Vec<_> = listed.iter().map(|t| (t.id, t.label.as_str(), t.created_at, t.revoked_at)).collect();
        assert_eq!(summary, [(new, "Calendar", second, None), (old, "Backup script", first, None)], "newest first");

        let revoked = at("2026-11-29T08:00:00.000003Z");
        store.revoke_api_token(ann.id, old, revoked).await.unwrap();
        assert_eq!(store.token_account("hash-old").await.unwrap(), None);
        assert_eq!(store.token_account("hash-new").await.unwrap(), Some((ann.id, new)), "only that token is revoked");
        let listed = store.api_tokens(ann.id).await.unwrap();
        assert_eq!(listed.iter().find(|t| t.id == old).unwrap().revoked_at, Some(revoked));

        // Revoking again is harmless and keeps the first date.
        store.revoke_api_token(ann.id, old, revoked + chrono::Duration::days(1)).await.unwrap();
        let listed = store.api_tokens(ann.id).await.unwrap();
        assert_eq!(listed.iter().find(|t| t.id == old).unwrap().revoked_at, Some(revoked));
    })
    .await;
}

#[tokio::test]
async fn nobody_can_revoke_another_persons_token() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let mallory = account(&store, "mallory@example.org", "Mallory").await;
        let token = ApiTokenId::new();
        let now = entraide_domain::time::now();
        store.create_api_token(token, "hash-ann", ann.id, "Calendar", now).await.unwrap();

        assert_store_error!(store.revoke_api_token(mallory.id, token, now).await, StoreError::NotFound("token"));
        assert_store_error!(
            store.revoke_api_token(ann.id, ApiTokenId::new(), now).await,
            StoreError::NotFound("token")
        );
        assert_eq!(store.token_account("hash-ann").await.unwrap(), Some((ann.id, token)));
        assert_eq!(store.api_tokens(ann.id).await.unwrap()[0].revoked_at, None);
        assert!(store.api_tokens(mallory.id).await.unwrap().is_empty());
    })
    .await;
}

/// A policy for the tests: five attempts, then none before `until`.
fn five_then_wait(until: Timestamp) -> impl Fn(Option<Throttle>) -> Result<Throttle, Timestamp> + Send + Sync {
    move |current: Option<Throttle>| match current {
        Some(c) if c.count >= 5 => Err(until),
        Some(c) => Ok(Throttle { count: c.count + 1, ..c }),
        None => {
            Ok(Throttle { count: 1, window_start: at("2026-11-27T08:00:00Z"), next_at: at("2026-11-27T08:00:00Z") })
        }
    }
}

#[tokio::test]
async fn attempts_are_counted_per_key_and_refused_past_the_limit_with_nothing_written() {
    on_both(|store| async move {
        let until = at("2026-11-27T08:15:00Z");
        let decide = five_then_wait(until);
        assert_eq!(store.throttle("email:ann@example.org").await.unwrap(), None);
        for _ in 0..5 {
            assert_eq!(store.count_attempt("email:ann@example.org", &decide).await.unwrap(), Ok(()));
        }
        assert_eq!(store.count_attempt("email:ann@example.org", &decide).await.unwrap(), Err(until));
        assert_eq!(
            store.throttle("email:ann@example.org").await.unwrap().map(|t| t.count),
            Some(5),
            "the refusal wrote nothing"
        );

        store.count_attempt("client:10.0.0.1", &decide).await.unwrap().unwrap();
        store.release_throttle("email:ann@example.org").await.unwrap();
        assert_eq!(store.throttle("email:ann@example.org").await.unwrap().map(|t| t.count), Some(4));
        store.clear_throttle("email:ann@example.org").await.unwrap();
        assert_eq!(store.throttle("email:ann@example.org").await.unwrap(), None);
        assert_eq!(
            store.throttle("client:10.0.0.1").await.unwrap().map(|t| t.count),
            Some(1),
            "other keys keep theirs"
        );
    })
    .await;
}

#[tokio::test]
async fn fifty_simultaneous_attempts_under_one_key_let_exactly_five_through() {
    on_both(|store| async move {
        let until = at("2026-11-27T08:15:00Z");
        let attempts = (0..50).map(|_| {
            let store = std::sync::Arc::clone(&store);
            tokio::spawn(
                async move { store.count_attempt("email:ann@example.org", &five_then_wait(until)).await.unwrap() },
            )
        });
        let outcomes: Vec<Result<(), Timestamp>> = futures_outcomes(attempts).await;
        assert_eq!(outcomes.iter().filter(|o| o.is_ok()).count(), 5);
        assert_eq!(outcomes.iter().filter(|o| **o == Err(until)).count(), 45);
    })
    .await;
}

async fn futures_outcomes<T>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        out.push(task.await.unwrap());
    }
    out
}

#[tokio::test]
async fn counters_whose_window_and_wait_ended_are_pruned() {
    on_both(|store| async move {
        let long_ago = at("2026-11-20T08:00:00Z");
        let now = at("2026-11-27T08:00:00Z");
        let set = |value: Throttle| move |_: Option<Throttle>| Ok(value);
        let old = Throttle { count: 3, window_start: long_ago, next_at: long_ago };
        let still_waiting = Throttle { count: 40, window_start: long_ago, next_at: now + chrono::Duration::minutes(5) };
        let recent = Throttle { count: 1, window_start: now, next_at: now };
        store.count_attempt("email:old@example.org", &set(old)).await.unwrap().unwrap();
        store.count_attempt("client:10.0.0.9", &set(still_waiting)).await.unwrap().unwrap();
        store.count_attempt("email:new@example.org", &set(recent)).await.unwrap().unwrap();
        assert_eq!(store.prune_throttles(now - chrono::Duration::days(1)).await.unwrap(), 1);
        assert_eq!(store.throttle("email:old@example.org").await.unwrap(), None);
        assert!(store.throttle("client:10.0.0.9").await.unwrap().is_some());
        assert!(store.throttle("email:new@example.org").await.unwrap().is_some());
    })
    .await;
}
