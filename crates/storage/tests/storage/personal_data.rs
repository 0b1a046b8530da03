//! Export and erasure of a person's data.

use crate::harness::{account, assert_store_error, at, new_account, on_both, organisation, platform};
use chrono::NaiveDate;
use entraide_domain::account::{Email, NewAccount};
use entraide_domain::id::{AccountId, ApiTokenId};
use entraide_domain::locale::Locale;
use entraide_domain::organisation::OrganisationRole;
use entraide_domain::platform::PlatformRole;
use entraide_storage::{Storage, StoreError, Throttle};
use std::sync::Arc;

/// Ann, with something of everything: a platform role on two platforms, an organisation
/// of her own and a role in Bob's, two sessions, two tokens (one revoked).
struct Ann {
    id: AccountId,
    token: ApiTokenId,
}

async fn ann_with_everything(store: &Arc<dyn Storage>) -> Ann {
    let gent = platform(store, "gent", "Gent").await;
    let lille = platform(store, "lille", "Lille").await;
    let new = NewAccount {
        birth_date: NaiveDate::from_ymd_opt(1990, 2, 28),
        locale: Locale::parse("fr"),
        is_instance_admin: true,
        email_confirmed: true,
        ..new_account("ann@example.org", "Ann Peeters")
    };
    let ann = store.create_account(AccountId::new(), &new, at("2026-01-01T00:00:00Z")).await.unwrap();
    let bob = account(store, "bob@example.org", "Bob").await;

    store.add_platform_member(gent.id, ann.id, PlatformRole::Member, at("2026-01-02T00:00:00Z")).await.unwrap();
    store.add_platform_member(lille.id, ann.id, PlatformRole::Admin, at("2026-01-03T00:00:00Z")).await.unwrap();
    store.add_platform_member(gent.id, bob.id, PlatformRole::Member, at("2026-01-02T00:00:00Z")).await.unwrap();

    let own = store
        .create_organisation(
            gent.id,
            &entraide_domain::organisation::NewOrganisation::parse("Ann's repair café", "group", None).unwrap(),
            ann.id,
            at("2026-01-04T00:00:00Z"),
        )
        .await
        .unwrap();
    store
        .put_organisation_member(gent.id, own.id, bob.id, OrganisationRole::Admin, at("2026-01-04T00:00:01Z"))
        .await
        .unwrap();
    let bobs = organisation(store, lille.id, "Banque alimentaire", bob.id).await;
    store
        .put_organisation_member(lille.id, bobs.id, ann.id, OrganisationRole::Coordinator, at("2026-01-05T00:00:00Z"))
        .await
        .unwrap();

    store.create_session("ann-laptop", ann.id, at("2026-01-06T00:00:00Z"), at("2026-02-06T00:00:00Z")).await.unwrap();
    store.create_session("ann-phone", ann.id, at("2026-01-07T00:00:00Z"), at("2026-02-07T00:00:00Z")).await.unwrap();
    store.create_session("bob-laptop", bob.id, at("2026-01-07T00:00:00Z"), at("2026-02-07T00:00:00Z")).await.unwrap();
    let token = ApiTokenId::new();
    store.create_api_token(token, "ann-token", ann.id, "Calendar", at("2026-01-08T00:00:00Z")).await.unwrap();
    let revoked = ApiTokenId::new();
    store.create_api_token(revoked, "ann-old-token", ann.id, "Old script", at("2026-01-07T12:00:00Z")).await.unwrap();
    store.revoke_api_token(ann.id, revoked, at("2026-01-09T00:00:00Z")).await.unwrap();
    store.create_api_token(ApiTokenId::new(), "bob-token", bob.id, "Bob's", at("2026-01-08T00:00:00Z")).await.unwrap();
    let attempts = Throttle { count: 2, window_start: at("2026-01-10T00:00:00Z"), next_at: at("2026-01-10T00:00:00Z") };
    store.count_attempt("email:ann@example.org", &move |_| Ok(attempts)).await.unwrap().unwrap();
    Ann { id: ann.id, token }
}

#[tokio::test]
async fn the_export_lists_the_account_its_platforms_organisations_sessions_and_tokens() {
    on_both(|store| async move {
        let ann = ann_with_everything(&store).await;
        let data = store.export_personal_data(ann.id).await.unwrap().unwrap();

        assert_eq!(data.account, store.account(ann.id).await.unwrap().unwrap());
        assert_eq!(data.account.display_name, "Ann Peeters");
        let platforms: Vec<_> = data.platforms.iter().map(|(slug, role, at)| (slug.as_str(), *role, *at)).collect();
        assert_eq!(
            platforms,
            [
                ("gent", PlatformRole::Member, at("2026-01-02T00:00:00Z")),
                ("lille", PlatformRole::Admin, at("2026-01-03T00:00:00Z"))
            ]
        );
        let organisations: Vec<_> = data
            .organisations
            .iter()
            .map(|(slug, _, name, role, at)| (slug.as_str(), name.as_str(), *role, *at))
            .collect();
        assert_eq!(
            organisations,
            [
                ("gent", "Ann's repair café", OrganisationRole::Admin, at("2026-01-04T00:00:00Z")),
                ("lille", "Banque alimentaire", OrganisationRole::Coordinator, at("2026-01-05T00:00:00Z")),
            ]
        );
        assert_eq!(
            data.sessions,
            [
                (at("2026-01-06T00:00:00Z"), at("2026-02-06T00:00:00Z")),
                (at("2026-01-07T00:00:00Z"), at("2026-02-07T00:00:00Z")),
            ]
        );
        let tokens: Vec<_> = data.api_tokens.iter().map(|t| (t.label.as_str(), t.revoked_at)).collect();
        assert_eq!(tokens, [("Calendar", None), ("Old script", Some(at("2026-01-09T00:00:00Z")))]);
        assert_eq!(data.api_tokens[0].id, ann.token);
    })
    .await;
}

#[tokio::test]
async fn there_is_nothing_to_export_or_erase_for_an_unknown_account() {
    on_both(|store| async move {
        assert!(store.export_personal_data(AccountId::new()).await.unwrap().is_none());
        assert_store_error!(
            store.erase_personal_data(AccountId::new(), entraide_domain::time::now()).await,
            StoreError::NotFound("account")
        );
    })
    .await;
}

#[tokio::test]
async fn erasure_clears_identity_and_removes_sessions_tokens_and_memberships() {
    on_both(|store| async move {
        let ann = ann_with_everything(&store).await;
        let before = store.account(ann.id).await.unwrap().unwrap();
        let erased_at = at("2026-02-01T12:00:00.123456Z");
        store.erase_personal_data(ann.id, erased_at).await.unwrap();

        let after = store.account(ann.id).await.unwrap().expect("the anonymous account row stays");
        assert_eq!(after.email, None);
        assert_eq!(after.display_name, "");
        assert_eq!(after.birth_date, None);
        assert_eq!(after.locale, None);
        assert!(!after.is_instance_admin);
        assert_eq!(after.created_at, before.created_at);
        assert_eq!(after.erased_at, Some(erased_at));

        let email = Email::parse("ann@example.org", "email").unwrap();
        assert_eq!(store.account_by_email(&email).await.unwrap(), None);
        assert_eq!(store.password_hash(ann.id).await.unwrap(), None);
        let now = at("2026-02-01T12:00:01Z");
        assert_eq!(store.session_account("ann-laptop", now).await.unwrap(), None);
        assert_eq!(store.session_account("ann-phone", now).await.unwrap(), None);
        assert_eq!(store.token_account("ann-token").await.unwrap(), None);
        assert!(store.api_tokens(ann.id).await.unwrap().is_empty());
        assert!(store.platforms_of(ann.id).await.unwrap().is_empty());
        for platform in store.list_platforms().await.unwrap() {
            assert_eq!(store.platform_role(platform.id, ann.id).await.unwrap(), None);
            assert!(store.organisations_of(platform.id, ann.id).await.unwrap().is_empty());
            for org in store.list_organisations(platform.id).await.unwrap() {
                let members = store.organisation_members(platform.id, org.id).await.unwrap();
                assert!(members.iter().all(|m| m.account_id != ann.id), "{} still lists her", org.name);
            }
        }
        assert_eq!(store.throttle("email:ann@example.org").await.unwrap(), None);

        let data = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert_eq!(data.account, after);
        assert!(data.platforms.is_empty());
        assert!(data.organisations.is_empty());
        assert!(data.sessions.is_empty());
        assert!(data.api_tokens.is_empty());
    })
    .await;
}

#[tokio::test]
async fn erasure_leaves_other_people_untouched() {
    on_both(|store| async move {
        let ann = ann_with_everything(&store).await;
        let bob_email = Email::parse("bob@example.org", "email").unwrap();
        let (bob, _) = store.account_by_email(&bob_email).await.unwrap().unwrap();
        let before = store.export_personal_data(bob.id).await.unwrap().unwrap();

        store.erase_personal_data(ann.id, entraide_domain::time::now()).await.unwrap();

        let after = store.export_personal_data(bob.id).await.unwrap().unwrap();
        assert_eq!(after.account, before.account);
        assert_eq!(after.platforms, before.platforms);
        assert_eq!(after.organisations, before.organisations);
        assert_eq!(after.sessions, before.sessions);
        assert_eq!(after.api_tokens, before.api_tokens);
        assert_eq!(store.session_account("bob-laptop", at("2026-01-20T00:00:00Z")).await.unwrap(), Some(bob.id));
        assert_eq!(store.token_account("bob-token").await.unwrap().map(|(account, _)| account), Some(bob.id));
    })
    .await;
}

#[tokio::test]
async fn an_erased_persons_address_can_be_registered_again_by_someone_new() {
    on_both(|store| async move {
        let ann = ann_with_everything(&store).await;
        store.erase_personal_data(ann.id, entraide_domain::time::now()).await.unwrap();

        let newcomer = store
            .create_account(
                AccountId::new(),
                &new_account("ann@example.org", "Ann again"),
                entraide_domain::time::now(),
            )
            .await
            .unwrap();
        assert_ne!(newcomer.id, ann.id);
        let email = Email::parse("ann@example.org", "email").unwrap();
        let (found, _) = store.account_by_email(&email).await.unwrap().unwrap();
        assert_eq!(found.id, newcomer.id);
        assert!(
            store.platforms_of(newcomer.id).await.unwrap().is_empty(),
            "nothing of the erased account carries over"
        );
        assert!(store.api_tokens(newcomer.id).await.unwrap().is_empty());
    })
    .await;
}
