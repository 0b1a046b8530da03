//! Organisations, their members, and the wall between platforms.

use crate::harness::{account, assert_store_error, at, member_names, on_both, organisation, platform};
use entraide_domain::id::{AccountId, OrganisationId};
use entraide_domain::organisation::{NewOrganisation, OrganisationKind, OrganisationRole};
use entraide_storage::{Storage, StoreError};
use std::sync::Arc;

#[tokio::test]
async fn creating_an_organisation_makes_the_creator_its_admin() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let new = NewOrganisation::parse("Voedselbank Gent", "nonprofit", Some("  Food for everyone. ")).unwrap();
        let when = at("2026-11-27T08:30:00.000042Z");
        let created = store.create_organisation(gent.id, &new, ann.id, when).await.unwrap();

        assert_eq!(created.platform_id, gent.id);
        assert_eq!(created.name, "Voedselbank Gent");
        assert_eq!(created.kind, OrganisationKind::Nonprofit);
        assert_eq!(created.description, "Food for everyone.");
        assert_eq!(created.verified_at, None);
        assert_eq!(created.created_at, when);

        assert_eq!(store.organisation(gent.id, created.id).await.unwrap().as_ref(), Some(&created));
        assert_eq!(store.organisation_platform(created.id).await.unwrap(), Some(gent.id));
        assert_eq!(store.organisation_role(gent.id, created.id, ann.id).await.unwrap(), Some(OrganisationRole::Admin));
        let members = store.organisation_members(gent.id, created.id).await.unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(
            (members[0].account_id, members[0].role, members[0].added_at),
            (ann.id, OrganisationRole::Admin, when)
        );
        assert_eq!(members[0].display_name, "Ann");
        assert_eq!(store.organisations_of(gent.id, ann.id).await.unwrap(), [(created, OrganisationRole::Admin)]);
    })
    .await;
}

#[tokio::test]
async fn unknown_organisations_read_as_nothing() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let unknown = OrganisationId::new();
        assert_eq!(store.organisation_platform(unknown).await.unwrap(), None);
        assert_eq!(store.organisation(gent.id, unknown).await.unwrap(), None);
        assert!(store.organisation_members(gent.id, unknown).await.unwrap().is_empty());
        assert_eq!(store.organisation_role(gent.id, unknown, ann.id).await.unwrap(), None);
        let now = entraide_domain::time::now();
        assert_store_error!(
            store.put_organisation_member(gent.id, unknown, ann.id, OrganisationRole::Coordinator, now).await,
            StoreError::NotFound("organisation")
        );
        assert_store_error!(
            store.set_organisation_verified(gent.id, unknown, Some(ann.id), Some(now)).await,
            StoreError::NotFound("organisation")
        );
    })
    .await;
}

#[tokio::test]
async fn organisations_are_listed_per_platform_by_name_and_never_across_platforms() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let lille = platform(&store, "lille", "Lille").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let zoo = organisation(&store, gent.id, "Zoo friends", ann.id).await;
        let choir = organisation(&store, gent.id, "Choir", ann.id).await;
        let lille_only = organisation(&store, lille.id, "Banque alimentaire", ann.id).await;

        assert_eq!(store.list_organisations(gent.id).await.unwrap(), [choir.clone(), zoo.clone()]);
        assert_eq!(store.list_organisations(lille.id).await.unwrap(), std::slice::from_ref(&lille_only));
        let empty = platform(&store, "paris", "Paris").await;
        assert!(store.list_organisations(empty.id).await.unwrap().is_empty());

        assert_eq!(
            store.organisations_of(gent.id, ann.id).await.unwrap(),
            [(choir, OrganisationRole::Admin), (zoo, OrganisationRole::Admin)]
        );
        assert_eq!(store.organisations_of(lille.id, ann.id).await.unwrap(), [(lille_only, OrganisationRole::Admin)]);
    })
    .await;
}

#[tokio::test]
async fn an_organisation_cannot_be_read_or_changed_through_another_platform() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let lille = platform(&store, "lille", "Lille").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let org = organisation(&store, gent.id, "Voedselbank", ann.id).await;
        let now = entraide_domain::time::now();

        assert_eq!(store.organisation(lille.id, org.id).await.unwrap(), None);
        assert!(store.organisation_members(lille.id, org.id).await.unwrap().is_empty());
        assert_eq!(store.organisation_role(lille.id, org.id, ann.id).await.unwrap(), None);
        assert!(store.organisations_of(lille.id, ann.id).await.unwrap().is_empty());

        assert_store_error!(
            store.put_organisation_member(lille.id, org.id, bob.id, OrganisationRole::Admin, now).await,
            StoreError::NotFound("organisation")
        );
        assert_store_error!(
            store.remove_organisation_member(lille.id, org.id, ann.id).await,
            StoreError::NotFound("organisation")
        );
        assert_store_error!(
            store.set_organisation_verified(lille.id, org.id, Some(bob.id), Some(now)).await,
            StoreError::NotFound("organisation")
        );

        // Nothing changed on the platform it belongs to.
        assert_eq!(store.organisation(gent.id, org.id).await.unwrap(), Some(org.clone()));
        assert_eq!(member_names(&store, gent.id, org.id).await, [("Ann".to_owned(), "admin")]);
        assert_eq!(store.organisation_role(gent.id, org.id, bob.id).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn members_are_listed_admins_first_then_by_name() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let zoe = account(&store, "zoe@example.org", "Zoe").await;
        let org = organisation(&store, gent.id, "Voedselbank", zoe.id).await;
        let now = entraide_domain::time::now();
        for (email, name, role) in [
            ("bob@example.org", "Bob", OrganisationRole::Coordinator),
            ("yann@example.org", "Yann", OrganisationRole::Admin),
            ("ann@example.org", "Ann", OrganisationRole::Coordinator),
        ] {
            let person = account(&store, email, name).await;
            store.put_organisation_member(gent.id, org.id, person.id, role, now).await.unwrap();
        }
        assert_eq!(
            member_names(&store, gent.id, org.id).await,
            [
                ("Yann".to_owned(), "admin"),
                ("Zoe".to_owned(), "admin"),
                ("Ann".to_owned(), "coordinator"),
                ("Bob".to_owned(), "coordinator"),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn put_organisation_member_adds_a_member_and_changes_their_role_keeping_their_start_date() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let org = organisation(&store, gent.id, "Voedselbank", ann.id).await;
        let added = at("2026-11-27T08:30:00.000001Z");

        store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Coordinator, added).await.unwrap();
        assert_eq!(
            store.organisation_role(gent.id, org.id, bob.id).await.unwrap(),
            Some(OrganisationRole::Coordinator)
        );

        store
            .put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Admin, at("2026-12-01T00:00:00Z"))
            .await
            .unwrap();
        assert_eq!(store.organisation_role(gent.id, org.id, bob.id).await.unwrap(), Some(OrganisationRole::Admin));

        // Ann is not the last admin any more, so she may step down.
        store
            .put_organisation_member(gent.id, org.id, ann.id, OrganisationRole::Coordinator, at("2026-12-02T00:00:00Z"))
            .await
            .unwrap();
        assert_eq!(
            store.organisation_role(gent.id, org.id, ann.id).await.unwrap(),
            Some(OrganisationRole::Coordinator)
        );

        let members = store.organisation_members(gent.id, org.id).await.unwrap();
        assert_eq!(members.len(), 2);
        let bob_entry = members.iter().find(|m| m.account_id == bob.id).unwrap();
        assert_eq!(bob_entry.added_at, added, "a role change is not a new membership");
        assert_eq!(
            store
                .organisations_of(gent.id, bob.id)
                .await
                .unwrap()
                .into_iter()
                .map(|(o, r)| (o.id, r))
                .collect::<Vec<_>>(),
            [(org.id, OrganisationRole::Admin)]
        );
    })
    .await;
}

#[tokio::test]
async fn the_last_admin_can_be_neither_demoted_nor_removed() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let org = organisation(&store, gent.id, "Voedselbank", ann.id).await;
        let now = entraide_domain::time::now();
        store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Coordinator, now).await.unwrap();

        assert_store_error!(
            store.put_organisation_member(gent.id, org.id, ann.id, OrganisationRole::Coordinator, now).await,
            StoreError::Refused("last-admin")
        );
        assert_store_error!(
            store.remove_organisation_member(gent.id, org.id, ann.id).await,
            StoreError::Refused("last-admin")
        );
        assert_eq!(store.organisation_role(gent.id, org.id, ann.id).await.unwrap(), Some(OrganisationRole::Admin));

        // With a second admin, the first may go; then the second is the last one.
        store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Admin, now).await.unwrap();
        store.remove_organisation_member(gent.id, org.id, ann.id).await.unwrap();
        assert_eq!(store.organisation_role(gent.id, org.id, ann.id).await.unwrap(), None);
        assert_store_error!(
            store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Coordinator, now).await,
            StoreError::Refused("last-admin")
        );
        assert_store_error!(
            store.remove_organisation_member(gent.id, org.id, bob.id).await,
            StoreError::Refused("last-admin")
        );
        assert_eq!(member_names(&store, gent.id, org.id).await, [("Bob".to_owned(), "admin")]);

        // Confirming the last admin's role is no demotion.
        store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Admin, now).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn removing_a_member_ends_their_role_and_removing_a_non_member_is_not_found() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let org = organisation(&store, gent.id, "Voedselbank", ann.id).await;
        store
            .put_organisation_member(
                gent.id,
                org.id,
                bob.id,
                OrganisationRole::Coordinator,
                entraide_domain::time::now(),
            )
            .await
            .unwrap();

        store.remove_organisation_member(gent.id, org.id, bob.id).await.unwrap();
        assert_eq!(store.organisation_role(gent.id, org.id, bob.id).await.unwrap(), None);
        assert!(store.organisations_of(gent.id, bob.id).await.unwrap().is_empty());

        assert_store_error!(
            store.remove_organisation_member(gent.id, org.id, bob.id).await,
            StoreError::NotFound("member")
        );
        assert_store_error!(
            store.remove_organisation_member(gent.id, org.id, AccountId::new()).await,
            StoreError::NotFound("member")
        );
        assert_eq!(member_names(&store, gent.id, org.id).await, [("Ann".to_owned(), "admin")]);
    })
    .await;
}

#[tokio::test]
async fn an_organisation_is_verified_and_unverified() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let admin = account(&store, "city@example.org", "City of Gent").await;
        let org = organisation(&store, gent.id, "Voedselbank", ann.id).await;

        let when = at("2026-11-28T14:00:00.250000Z");
        store.set_organisation_verified(gent.id, org.id, Some(admin.id), Some(when)).await.unwrap();
        let verified = store.organisation(gent.id, org.id).await.unwrap().unwrap();
        assert_eq!(verified.verified_at, Some(when));
        assert_eq!(store.list_organisations(gent.id).await.unwrap()[0].verified_at, Some(when));

        store.set_organisation_verified(gent.id, org.id, None, None).await.unwrap();
        assert_eq!(store.organisation(gent.id, org.id).await.unwrap().unwrap().verified_at, None);
    })
    .await;
}

/// How an admin gives up the role.
#[derive(Clone, Copy)]
enum StepDown {
    /// Stays on as a coordinator.
    Demote,
    /// Leaves the organisation.
    Leave,
}

/// Twenty-five times, two admins of one organisation give up the role at the same
/// moment; exactly one of them must be refused, whatever the interleaving.
async fn two_admins_race(store: Arc<dyn Storage>, how: StepDown) {
    let gent = platform(&store, "gent", "Gent").await;
    let ann = account(&store, "ann@example.org", "Ann").await;
    let bob = account(&store, "bob@example.org", "Bob").await;
    for round in 0..25 {
        let org = organisation(&store, gent.id, &format!("Organisation {round}"), ann.id).await;
        let now = entraide_domain::time::now();
        store.put_organisation_member(gent.id, org.id, bob.id, OrganisationRole::Admin, now).await.unwrap();

        let step_down = |who: AccountId| {
            let store = store.clone();
            tokio::spawn(async move {
                match how {
                    StepDown::Demote => {
                        store.put_organisation_member(gent.id, org.id, who, OrganisationRole::Coordinator, now).await
                    }
                    StepDown::Leave => store.remove_organisation_member(gent.id, org.id, who).await,
                }
            })
        };
        let (first, second) = (step_down(ann.id), step_down(bob.id));
        let results = [first.await.unwrap(), second.await.unwrap()];

        let admins = store
            .organisation_members(gent.id, org.id)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.role == OrganisationRole::Admin)
            .count();
        assert_eq!(
            admins, 1,
            "round {round}: both admins stepped down at once ({results:?}); the organisation has none"
        );
        assert_eq!(
            results.iter().filter(|r| matches!(r, Err(StoreError::Refused("last-admin")))).count(),
            1,
            "round {round}: {results:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_admins_demoting_themselves_at_once_leave_one_admin() {
    on_both(|store| two_admins_race(store, StepDown::Demote)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_admins_leaving_at_once_leave_one_admin() {
    on_both(|store| two_admins_race(store, StepDown::Leave)).await;
}
