//! Accounts.

use crate::harness::{account, assert_store_error, at, new_account, on_both};
use chrono::NaiveDate;
use entraide_domain::account::{Email, LinkPurpose, NewAccount};
use entraide_domain::id::{AccountId, ApiTokenId};
use entraide_domain::locale::Locale;
use entraide_storage::{EmailConfirmation, NewAccountLink, StoreError};

fn email(text: &str) -> Email {
    Email::parse(text, "email").unwrap()
}

#[tokio::test]
async fn a_created_account_reads_back_by_id_and_by_email_with_its_password_hash() {
    on_both(|store| async move {
        let id = AccountId::new();
        let new = NewAccount {
            email: email("Ann.Peeters@Example.org"),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
            display_name: "Ann Peeters".to_owned(),
            locale: Locale::parse("nl"),
            birth_date: NaiveDate::from_ymd_opt(1990, 2, 28),
            is_instance_admin: true,
            email_confirmed: true,
        };
        let when = at("2026-11-27T08:30:00.654321Z");
        let created = store.create_account(id, &new, when).await.unwrap();

        assert_eq!(created.id, id);
        assert_eq!(created.email.as_ref().map(Email::as_str), Some("ann.peeters@example.org"));
        assert_eq!(created.display_name, "Ann Peeters");
        assert_eq!(created.locale, Locale::parse("nl"));
        assert_eq!(created.birth_date, NaiveDate::from_ymd_opt(1990, 2, 28));
        assert!(created.is_instance_admin);
        assert_eq!(created.created_at, when);
        assert_eq!(created.erased_at, None);

        assert_eq!(store.account(id).await.unwrap().as_ref(), Some(&created));
        let (by_email, hash) = store.account_by_email(&email("ann.peeters@example.org")).await.unwrap().unwrap();
        assert_eq!(by_email, created);
        assert_eq!(hash, new.password_hash);
        assert_eq!(store.password_hash(id).await.unwrap(), Some(new.password_hash));
    })
    .await;
}

#[tokio::test]
async fn unknown_addresses_and_ids_read_as_nothing() {
    on_both(|store| async move {
        account(&store, "ann@example.org", "Ann").await;
        assert_eq!(store.account_by_email(&email("bob@example.org")).await.unwrap(), None);
        assert_eq!(store.account(AccountId::new()).await.unwrap(), None);
        assert_eq!(store.password_hash(AccountId::new()).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn a_taken_email_is_a_conflict_on_email_whatever_its_case() {
    on_both(|store| async move {
        let first = account(&store, "ann@example.org", "Ann").await;
        let again = new_account("ANN@Example.ORG", "Another Ann");
        assert_store_error!(
            store.create_account(AccountId::new(), &again, entraide_domain::time::now()).await,
            StoreError::Conflict("email")
        );
        let (owner, _) = store.account_by_email(&email("ann@example.org")).await.unwrap().unwrap();
        assert_eq!(owner, first);
    })
    .await;
}

#[tokio::test]
async fn set_locale_stores_the_chosen_language() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        assert_eq!(ann.locale, None);
        store.set_locale(ann.id, Locale::parse("ar").unwrap()).await.unwrap();
        assert_eq!(store.account(ann.id).await.unwrap().unwrap().locale, Locale::parse("ar"));
    })
    .await;
}

#[tokio::test]
async fn instance_administration_is_granted_and_removed_and_unknown_accounts_are_not_found() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        store.set_instance_admin(ann.id, true).await.unwrap();
        assert!(store.account(ann.id).await.unwrap().unwrap().is_instance_admin);
        store.set_instance_admin(ann.id, false).await.unwrap();
        assert!(!store.account(ann.id).await.unwrap().unwrap().is_instance_admin);
        assert_store_error!(store.set_instance_admin(AccountId::new(), true).await, StoreError::NotFound("account"));
    })
    .await;
}

#[tokio::test]
async fn a_new_password_ends_other_sessions_keeps_the_current_one_and_revokes_tokens() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let now = at("2026-11-27T08:00:00Z");
        let later = now + chrono::Duration::days(30);
        for session in ["ann-here", "ann-phone", "ann-laptop"] {
            store.create_session(session, ann.id, now, later).await.unwrap();
        }
        store.create_session("bob-here", bob.id, now, later).await.unwrap();
        store.create_api_token(ApiTokenId::new(), "ann-token", ann.id, "script", now).await.unwrap();
        let bob_token = ApiTokenId::new();
        store.create_api_token(bob_token, "bob-token", bob.id, "script", now).await.unwrap();

        let changed = now + chrono::Duration::minutes(5);
        store.set_password_hash(ann.id, "$argon2id$new", Some("ann-here"), changed).await.unwrap();

        assert_eq!(store.password_hash(ann.id).await.unwrap().as_deref(), Some("$argon2id$new"));
        assert_eq!(store.account_by_email(&email("ann@example.org")).await.unwrap().unwrap().1, "$argon2id$new");
        assert_eq!(store.session_account("ann-here", changed).await.unwrap(), Some(ann.id));
        assert_eq!(store.session_account("ann-phone", changed).await.unwrap(), None);
        assert_eq!(store.session_account("ann-laptop", changed).await.unwrap(), None);
        assert_eq!(store.token_account("ann-token").await.unwrap(), None);
        let tokens = store.api_tokens(ann.id).await.unwrap();
        assert_eq!(tokens.len(), 1);
        assert_eq!(tokens[0].revoked_at, Some(changed));

        // Somebody else's ways in are not touched.
        assert_eq!(store.session_account("bob-here", changed).await.unwrap(), Some(bob.id));
        assert_eq!(store.token_account("bob-token").await.unwrap(), Some((bob.id, bob_token)));
        assert_eq!(
            store.password_hash(bob.id).await.unwrap(),
            Some(new_account("bob@example.org", "Bob").password_hash)
        );
    })
    .await;
}

#[tokio::test]
async fn a_new_password_without_a_session_to_keep_ends_every_session() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let now = at("2026-11-27T08:00:00Z");
        let later = now + chrono::Duration::days(30);
        store.create_session("ann-here", ann.id, now, later).await.unwrap();
        store.create_session("ann-phone", ann.id, now, later).await.unwrap();

        store.set_password_hash(ann.id, "$argon2id$reset", None, now).await.unwrap();

        assert_eq!(store.session_account("ann-here", now).await.unwrap(), None);
        assert_eq!(store.session_account("ann-phone", now).await.unwrap(), None);
        assert!(store.export_personal_data(ann.id).await.unwrap().unwrap().sessions.is_empty());
    })
    .await;
}

fn reset_link(
    token_hash: &str,
    account: &entraide_domain::account::Account,
    made: entraide_domain::time::Timestamp,
) -> NewAccountLink {
    NewAccountLink {
        token_hash: token_hash.to_owned(),
        account: account.id,
        purpose: LinkPurpose::PasswordReset,
        email: account.email.clone().unwrap(),
        created_at: made,
        expires_at: made + chrono::Duration::hours(1),
    }
}

#[tokio::test]
async fn a_reset_link_works_once_until_it_expires_and_ends_every_way_in() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let t0 = at("2026-12-01T10:00:00Z");
        store.create_account_link(&reset_link("first", &ann, t0)).await.unwrap();
        store.create_account_link(&reset_link("second", &ann, t0)).await.unwrap();
        store.create_account_link(&reset_link("bobs", &bob, t0)).await.unwrap();
        store.create_session("ann-session", ann.id, t0, t0 + chrono::Duration::days(30)).await.unwrap();
        store.create_api_token(ApiTokenId::new(), "ann-token", ann.id, "script", t0).await.unwrap();
        store.create_session("bob-session", bob.id, t0, t0 + chrono::Duration::days(30)).await.unwrap();

        let soon = t0 + chrono::Duration::minutes(30);
        let found = store.account_link("first", LinkPurpose::PasswordReset, soon).await.unwrap();
        assert_eq!(found.map(|a| a.id), Some(ann.id));
        assert_eq!(
            store.account_link("first", LinkPurpose::EmailConfirmation, soon).await.unwrap(),
            None,
            "for another purpose"
        );
        assert_eq!(store.account_link("unknown", LinkPurpose::PasswordReset, soon).await.unwrap(), None);
        let late = t0 + chrono::Duration::minutes(61);
        assert_eq!(store.account_link("first", LinkPurpose::PasswordReset, late).await.unwrap(), None, "expired");
        assert_eq!(store.reset_password("first", "late-hash", late).await.unwrap(), None, "expired");

        assert_eq!(store.reset_password("first", "new-hash", soon).await.unwrap(), Some(ann.id));
        assert_eq!(store.password_hash(ann.id).await.unwrap().as_deref(), Some("new-hash"));
        assert_eq!(store.session_account("ann-session", soon).await.unwrap(), None, "the old session ended");
        assert_eq!(store.token_account("ann-token").await.unwrap(), None, "the old token is revoked");
        assert_eq!(store.session_account("bob-session", soon).await.unwrap(), Some(bob.id), "Bob's stays");
        // Used, and every other reset link of Ann's with it; Bob's still works.
        assert_eq!(store.reset_password("first", "again", soon).await.unwrap(), None);
        assert_eq!(store.reset_password("second", "again", soon).await.unwrap(), None);
        assert_eq!(store.password_hash(ann.id).await.unwrap().as_deref(), Some("new-hash"));
        assert!(store.account_link("bobs", LinkPurpose::PasswordReset, soon).await.unwrap().is_some());

        // Erased, Bob's link goes with his account.
        store.erase_personal_data(bob.id, soon).await.unwrap();
        assert_eq!(store.reset_password("bobs", "taken-over", soon).await.unwrap(), None);
    })
    .await;
}

/// A link to confirm `address` for `account`, made at `made` and working a week.
fn confirm_link(
    token_hash: &str,
    account: &entraide_domain::account::Account,
    address: &str,
    made: entraide_domain::time::Timestamp,
) -> NewAccountLink {
    NewAccountLink {
        token_hash: token_hash.to_owned(),
        account: account.id,
        purpose: LinkPurpose::EmailConfirmation,
        email: email(address),
        created_at: made,
        expires_at: made + chrono::Duration::days(7),
    }
}

#[tokio::test]
async fn an_unconfirmed_address_is_confirmed_once_by_its_link() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let new = NewAccount { email_confirmed: false, ..new_account("ann@example.org", "Ann") };
        let ann = store.create_account(AccountId::new(), &new, t0).await.unwrap();
        assert_eq!(ann.email_confirmed_at, None);
        assert_eq!(store.account(ann.id).await.unwrap().unwrap().email_confirmed_at, None);
        store.create_account_link(&confirm_link("link", &ann, "ann@example.org", t0)).await.unwrap();
        let soon = t0 + chrono::Duration::hours(2);
        let (found, address) = store.email_confirmation("link", soon).await.unwrap().unwrap();
        assert_eq!((found.id, address), (ann.id, email("ann@example.org")));
        assert_eq!(store.email_confirmation("link", t0 + chrono::Duration::days(8)).await.unwrap(), None, "expired");

        let EmailConfirmation::Confirmed { account, previous } = store.confirm_email("link", soon).await.unwrap()
        else {
            panic!("confirmed")
        };
        assert_eq!((account.email_confirmed_at, previous), (Some(soon), None));
        assert_eq!(store.confirm_email("link", soon).await.unwrap(), EmailConfirmation::NotWorking, "used");
        assert_eq!(store.confirm_email("forged", soon).await.unwrap(), EmailConfirmation::NotWorking);
    })
    .await;
}

#[tokio::test]
async fn a_move_to_a_new_address_waits_for_its_link_and_never_takes_another_accounts() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        assert!(store.email_taken(&email("bob@example.org"), ann.id).await.unwrap());
        assert!(!store.email_taken(&email("ann@example.org"), ann.id).await.unwrap(), "her own");
        store.create_account_link(&confirm_link("first", &ann, "ann@old.example", t0)).await.unwrap();
        store.create_account_link(&confirm_link("new", &ann, "ann@new.example", t0)).await.unwrap();
        store.set_pending_email(ann.id, &email("ann@new.example")).await.unwrap();
        store.create_account_link(&confirm_link("bobs", &ann, "bob@example.org", t0)).await.unwrap();
        let soon = t0 + chrono::Duration::hours(1);
        assert_eq!(store.pending_email(ann.id).await.unwrap(), Some(email("ann@new.example")));

        // Bob's address stays Bob's, and the link stays as it was.
        assert_eq!(store.confirm_email("bobs", soon).await.unwrap(), EmailConfirmation::Taken);
        assert!(store.email_confirmation("bobs", soon).await.unwrap().is_some());
        assert_eq!(store.account(bob.id).await.unwrap().unwrap().email, Some(email("bob@example.org")));

        let EmailConfirmation::Confirmed { account, previous } = store.confirm_email("new", soon).await.unwrap() else {
            panic!("confirmed")
        };
        assert_eq!(account.email, Some(email("ann@new.example")));
        assert_eq!(previous, Some(email("ann@example.org")));
        assert!(store.account_by_email(&email("ann@new.example")).await.unwrap().is_some());
        assert_eq!(store.account_by_email(&email("ann@example.org")).await.unwrap(), None);
        // Every other move she asked for is spent with it.
        assert_eq!(store.confirm_email("first", soon).await.unwrap(), EmailConfirmation::NotWorking);
        assert_eq!(store.pending_email(ann.id).await.unwrap(), None, "no move waits any more");
    })
    .await;
}

#[tokio::test]
async fn name_and_phone_are_stored_and_erasure_clears_them() {
    on_both(|store| async move {
        let ann = account(&store, "ann@example.org", "Ann").await;
        store.set_display_name(ann.id, "Ann Peeters").await.unwrap();
        store.set_phone(ann.id, Some("+32 9 266 11 11")).await.unwrap();
        let read = store.account(ann.id).await.unwrap().unwrap();
        assert_eq!((read.display_name.as_str(), read.phone.as_deref()), ("Ann Peeters", Some("+32 9 266 11 11")));
        store.set_phone(ann.id, None).await.unwrap();
        assert_eq!(store.account(ann.id).await.unwrap().unwrap().phone, None);
        store.set_phone(ann.id, Some("09 266 11 11")).await.unwrap();
        store.erase_personal_data(ann.id, at("2026-12-01T10:00:00Z")).await.unwrap();
        let erased = store.account(ann.id).await.unwrap().unwrap();
        assert_eq!((erased.phone, erased.email_confirmed_at), (None, None));
    })
    .await;
}
