//! Privacy notices and terms: versions that carry the other languages over, and who
//! accepted which.

use crate::harness::{account, at, on_both, platform};
use entraide_domain::locale::Locale;

fn locale(code: &str) -> Locale {
    Locale::parse(code).unwrap()
}

#[tokio::test]
async fn each_save_publishes_a_version_carrying_the_other_languages_over() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent helpt").await;
        let other = platform(&store, "brugge", "Brugge helpt").await;
        let pat = account(&store, "pat@example.org", "Pat").await;
        assert_eq!(store.current_policy(gent.id).await.unwrap(), None, "the standard text until one is written");

        let t1 = at("2026-12-01T10:00:00Z");
        assert_eq!(
            store.publish_policy(gent.id, locale("nl"), Some("Wees vriendelijk."), pat.id, t1).await.unwrap(),
            1
        );
        let t2 = at("2026-12-02T10:00:00Z");
        assert_eq!(store.publish_policy(gent.id, locale("fr"), Some("Soyez aimable."), pat.id, t2).await.unwrap(), 2);
        let current = store.current_policy(gent.id).await.unwrap().unwrap();
        assert_eq!(current.version, 2);
        assert_eq!(current.published_at, t2);
        assert_eq!(
            current.texts,
            [(locale("fr"), "Soyez aimable.".to_owned()), (locale("nl"), "Wees vriendelijk.".to_owned())]
        );

        // Changing one language keeps the others; removing one leaves the rest.
        let t3 = at("2026-12-03T10:00:00Z");
        assert_eq!(store.publish_policy(gent.id, locale("nl"), Some("Wees eerlijk."), pat.id, t3).await.unwrap(), 3);
        let t4 = at("2026-12-04T10:00:00Z");
        assert_eq!(store.publish_policy(gent.id, locale("fr"), None, pat.id, t4).await.unwrap(), 4);
        let current = store.current_policy(gent.id).await.unwrap().unwrap();
        assert_eq!(current.texts, [(locale("nl"), "Wees eerlijk.".to_owned())]);
        assert_eq!(store.current_policy(other.id).await.unwrap(), None, "each platform its own");
    })
    .await;
}

#[tokio::test]
async fn an_acceptance_is_kept_once_per_version_with_its_language_and_time() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent helpt").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let t1 = at("2026-12-01T10:00:00Z");
        store.accept_policy(ann.id, gent.id, 0, locale("en"), t1).await.unwrap();
        store.accept_policy(ann.id, gent.id, 0, locale("nl"), at("2026-12-01T11:00:00Z")).await.unwrap();
        store.accept_policy(ann.id, gent.id, 3, locale("nl"), at("2026-12-05T10:00:00Z")).await.unwrap();
        let accepted = store.policy_acceptances(ann.id).await.unwrap();
        let seen: Vec<_> =
            accepted.iter().map(|a| (a.platform.as_str(), a.version, a.locale.code(), a.accepted_at)).collect();
        assert_eq!(
            seen,
            [("gent", 0, "en", t1), ("gent", 3, "nl", at("2026-12-05T10:00:00Z"))],
            "the first acceptance stays"
        );
    })
    .await;
}
