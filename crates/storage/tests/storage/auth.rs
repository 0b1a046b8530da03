//! Sessions, API tokens and failed sign-ins.

use crate::harness::{account, assert_store_error, at, micro, on_both};
use entraide_domain::id::ApiTokenId;
use entraide_storage::StoreError;

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
        assert_eq!(store.session_account("hash-of-ann-session", expires + chrono::Duration::days(1)).await.unwrap(), None);
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
        assert_store_error!(store.revoke_api_token(ann.id, ApiTokenId::new(), now).await, StoreError::NotFound("token"));
        assert_eq!(store.token_account("hash-ann").await.unwrap(), Some((ann.id, token)));
        assert_eq!(store.api_tokens(ann.id).await.unwrap()[0].revoked_at, None);
        assert!(store.api_tokens(mallory.id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn sign_in_failures_are_counted_per_key_since_a_time_and_cleared() {
    on_both(|store| async move {
        let keys = |k: &[&str]| k.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let t1 = at("2026-11-27T08:00:00.000001Z");
        let t2 = at("2026-11-27T08:01:00.000002Z");
        let t3 = at("2026-11-27T08:02:00.000003Z");
        store.record_sign_in_failure(&keys(&["email:ann@example.org", "client:10.0.0.1"]), t1).await.unwrap();
        store.record_sign_in_failure(&keys(&["email:ann@example.org", "client:10.0.0.1"]), t2).await.unwrap();
        store.record_sign_in_failure(&keys(&["email:bob@example.org", "client:10.0.0.1"]), t3).await.unwrap();

        assert_eq!(store.sign_in_failures("email:ann@example.org", t1).await.unwrap(), (2, Some(t1)));
        assert_eq!(store.sign_in_failures("email:ann@example.org", t2).await.unwrap(), (1, Some(t2)));
        assert_eq!(store.sign_in_failures("email:ann@example.org", t3).await.unwrap(), (0, None));
        assert_eq!(store.sign_in_failures("client:10.0.0.1", t1).await.unwrap(), (3, Some(t1)));
        assert_eq!(store.sign_in_failures("email:bob@example.org", t1).await.unwrap(), (1, Some(t3)));
        assert_eq!(store.sign_in_failures("email:carol@example.org", t1).await.unwrap(), (0, None));

        store.clear_sign_in_failures("email:ann@example.org").await.unwrap();
        assert_eq!(store.sign_in_failures("email:ann@example.org", t1).await.unwrap(), (0, None));
        assert_eq!(store.sign_in_failures("client:10.0.0.1", t1).await.unwrap(), (3, Some(t1)), "other keys keep theirs");
    })
    .await;
}

#[tokio::test]
async fn failures_older_than_a_day_are_forgotten_when_new_ones_arrive() {
    on_both(|store| async move {
        let key = vec!["email:ann@example.org".to_owned()];
        let long_ago = at("2026-11-20T08:00:00Z");
        let now = at("2026-11-27T08:00:00Z");
        store.record_sign_in_failure(&key, long_ago).await.unwrap();
        store.record_sign_in_failure(&key, now).await.unwrap();
        assert_eq!(store.sign_in_failures(&key[0], long_ago).await.unwrap(), (1, Some(now)));
    })
    .await;
}
