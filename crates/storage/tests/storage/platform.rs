//! Platforms and their members.

use crate::harness::{account, assert_store_error, at, on_both, platform};
use entraide_domain::id::PlatformId;
use entraide_domain::locale::Locale;
use entraide_domain::platform::{NewPlatform, PlatformRole, Slug};
use entraide_storage::StoreError;

#[tokio::test]
async fn a_created_platform_reads_back_by_slug_and_by_id_with_every_field() {
    on_both(|store| async move {
        let country = store
            .create_platform(
                &NewPlatform::parse("be", "Belgium", None, Some("fr"), None, None).unwrap(),
                at("2026-01-02T03:04:05.000006Z"),
            )
            .await
            .unwrap();
        let new =
            NewPlatform::parse("gent", "Gent", Some("be"), Some("nl-BE"), Some((51.054342, 3.717424)), None).unwrap();
        let when = at("2026-11-27T08:30:00.123456Z");
        let created = store.create_platform(&new, when).await.unwrap();

        assert_eq!(created.slug.as_str(), "gent");
        assert_eq!(created.name, "Gent");
        assert_eq!(created.default_locale, Locale::parse("nl").unwrap());
        assert_eq!(created.parent_id, Some(country.id));
        let centre = created.center.unwrap();
        assert_eq!((centre.lat(), centre.lon()), (51.054342, 3.717424));
        assert_eq!(created.created_at, when);

        assert_eq!(store.platform_by_slug(&new.slug).await.unwrap().as_ref(), Some(&created));
        assert_eq!(store.platform_by_id(created.id).await.unwrap().as_ref(), Some(&created));
        let country_read = store.platform_by_id(country.id).await.unwrap().unwrap();
        assert_eq!(country_read, country);
        assert_eq!((country_read.parent_id, country_read.center), (None, None));
    })
    .await;
}

#[tokio::test]
async fn a_platform_without_options_speaks_english_and_has_no_parent_or_centre() {
    on_both(|store| async move {
        let created = platform(&store, "lille", "Lille").await;
        let read = store.platform_by_id(created.id).await.unwrap().unwrap();
        assert_eq!(read.default_locale, Locale::ENGLISH);
        assert_eq!(read.parent_id, None);
        assert_eq!(read.center, None);
    })
    .await;
}

#[tokio::test]
async fn unknown_slugs_and_ids_read_as_nothing() {
    on_both(|store| async move {
        platform(&store, "gent", "Gent").await;
        assert_eq!(store.platform_by_slug(&Slug::parse("ghent", "slug").unwrap()).await.unwrap(), None);
        assert_eq!(store.platform_by_id(PlatformId::new()).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn a_taken_slug_is_a_conflict_on_slug_and_changes_nothing() {
    on_both(|store| async move {
        let first = platform(&store, "gent", "Gent").await;
        let again = NewPlatform::parse("gent", "Another Gent", None, None, None, None).unwrap();
        assert_store_error!(
            store.create_platform(&again, entraide_domain::time::now()).await,
            StoreError::Conflict("slug")
        );
        assert_eq!(store.platform_by_slug(&again.slug).await.unwrap(), Some(first));
        assert_eq!(store.list_platforms().await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn an_unknown_parent_is_not_found_and_creates_nothing() {
    on_both(|store| async move {
        let orphan = NewPlatform::parse("gent", "Gent", Some("nowhere"), None, None, None).unwrap();
        assert_store_error!(
            store.create_platform(&orphan, entraide_domain::time::now()).await,
            StoreError::NotFound("parent")
        );
        assert_eq!(store.platform_by_slug(&orphan.slug).await.unwrap(), None);
        assert!(store.list_platforms().await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn platforms_are_listed_by_name() {
    on_both(|store| async move {
        for (slug, name) in [("zz", "Zaventem"), ("aa", "Brussels"), ("mm", "Antwerp")] {
            platform(&store, slug, name).await;
        }
        let names: Vec<String> = store.list_platforms().await.unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Antwerp", "Brussels", "Zaventem"]);
    })
    .await;
}

#[tokio::test]
async fn adding_a_member_twice_is_a_conflict_on_member_and_keeps_the_first_role() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let now = entraide_domain::time::now();
        store.add_platform_member(gent.id, ann.id, PlatformRole::Member, now).await.unwrap();
        assert_store_error!(
            store.add_platform_member(gent.id, ann.id, PlatformRole::Admin, now).await,
            StoreError::Conflict("member")
        );
        assert_eq!(store.platform_role(gent.id, ann.id).await.unwrap(), Some(PlatformRole::Member));
    })
    .await;
}

#[tokio::test]
async fn a_role_belongs_to_one_platform_and_non_members_have_none() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let lille = platform(&store, "lille", "Lille").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        store.add_platform_member(gent.id, ann.id, PlatformRole::Admin, entraide_domain::time::now()).await.unwrap();

        assert_eq!(store.platform_role(gent.id, ann.id).await.unwrap(), Some(PlatformRole::Admin));
        assert_eq!(store.platform_role(lille.id, ann.id).await.unwrap(), None);
        assert_eq!(store.platform_role(gent.id, bob.id).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn set_platform_role_upgrades_a_member_keeping_their_join_date_and_adds_a_newcomer() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let joined = at("2026-01-01T10:00:00.000001Z");
        store.add_platform_member(gent.id, ann.id, PlatformRole::Member, joined).await.unwrap();

        store.set_platform_role(gent.id, ann.id, PlatformRole::Admin, at("2026-06-01T10:00:00Z")).await.unwrap();
        assert_eq!(store.platform_role(gent.id, ann.id).await.unwrap(), Some(PlatformRole::Admin));
        let exported = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert_eq!(exported.platforms, [(gent.slug.clone(), PlatformRole::Admin, joined)]);

        store.set_platform_role(gent.id, ann.id, PlatformRole::Member, at("2026-07-01T10:00:00Z")).await.unwrap();
        assert_eq!(store.platform_role(gent.id, ann.id).await.unwrap(), Some(PlatformRole::Member));

        store.set_platform_role(gent.id, bob.id, PlatformRole::Member, at("2026-08-01T10:00:00Z")).await.unwrap();
        assert_eq!(store.platform_role(gent.id, bob.id).await.unwrap(), Some(PlatformRole::Member));
    })
    .await;
}

#[tokio::test]
async fn platforms_of_lists_each_platform_of_the_person_with_their_role_by_name() {
    on_both(|store| async move {
        let lille = platform(&store, "lille", "Lille").await;
        let gent = platform(&store, "gent", "Gent").await;
        let elsewhere = platform(&store, "paris", "Paris").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let now = entraide_domain::time::now();
        store.add_platform_member(lille.id, ann.id, PlatformRole::Admin, now).await.unwrap();
        store.add_platform_member(gent.id, ann.id, PlatformRole::Member, now).await.unwrap();
        store.add_platform_member(elsewhere.id, bob.id, PlatformRole::Member, now).await.unwrap();

        assert_eq!(
            store.platforms_of(ann.id).await.unwrap(),
            [(gent, PlatformRole::Member), (lille, PlatformRole::Admin)]
        );
        assert_eq!(store.platforms_of(bob.id).await.unwrap(), [(elsewhere, PlatformRole::Member)]);
        let carol = account(&store, "carol@example.org", "Carol").await;
        assert!(store.platforms_of(carol.id).await.unwrap().is_empty());
    })
    .await;
}
