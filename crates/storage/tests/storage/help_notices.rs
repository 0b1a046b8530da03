//! Notices of neighbour help, queued in the transaction of the change that causes them:
//! a new request tells the helpers whose standing offer fits it; accepting an offer tells
//! the helper chosen and, politely, the others.

use crate::harness::{account, help_platform, on_both, request_draft};
use entraide_domain::help::RequestDraft;
use entraide_domain::standing_offer::{StandingOfferInput, Weekdays};
use entraide_domain::time::now;
use entraide_storage::{Job, Storage, StoreError};
use std::sync::Arc;

const LAT: f64 = 50.8467;
const LON: f64 = 4.3525;

fn draft(category: &str, lat: f64) -> RequestDraft {
    request_draft(category, lat, LON)
}

/// The `help-notify` jobs due now: (event, account).
async fn notices(store: &Arc<dyn Storage>) -> Vec<(String, String)> {
    let jobs = store.claim_jobs(now(), 100, now() + chrono::Duration::minutes(5)).await.unwrap();
    let mut seen: Vec<(String, String)> = jobs
        .iter()
        .filter_map(|j| match &j.work {
            Ok(Job::HelpNotify { event, account, .. }) => Some((event.clone(), account.to_string())),
            _ => None,
        })
        .collect();
    seen.sort();
    seen
}

#[tokio::test]
async fn a_new_request_queues_a_notice_for_each_helper_whose_standing_offer_fits() {
    on_both(|store| async move {
        let p = help_platform(&store, "bxl").await;
        let requester = account(&store, "r@example.org", "R").await;
        let near = account(&store, "near@example.org", "Near").await;
        let pharmacy = account(&store, "pharmacy@example.org", "Pharmacy").await;
        let offer = |category: Option<&str>, km: f64| StandingOfferInput {
            category: category.map(str::to_owned),
            weekdays: vec![],
            point: (LAT, LON),
            within_km: km,
            note: String::new(),
        };
        // Two fitting offers of one helper give one notice.
        store
            .create_standing_offer(p.id, near.id, &offer(Some("groceries"), 2.0).validate().unwrap(), now())
            .await
            .unwrap();
        store.create_standing_offer(p.id, near.id, &offer(None, 1.0).validate().unwrap(), now()).await.unwrap();
        store
            .create_standing_offer(p.id, pharmacy.id, &offer(Some("pharmacy"), 5.0).validate().unwrap(), now())
            .await
            .unwrap();
        let unknown = offer(Some("juggling"), 1.0).validate().unwrap();
        assert!(matches!(
            store.create_standing_offer(p.id, near.id, &unknown, now()).await,
            Err(StoreError::NotFound("category"))
        ));
        let listed = store.standing_offers_of(near.id).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].draft.weekdays, Weekdays::default());

        store.create_request(p.id, requester.id, &draft("groceries", LAT + 0.005), now()).await.unwrap();
        assert_eq!(notices(&store).await, [("request-nearby".to_owned(), near.id.to_string())]);
        // 0.05 degree north is about 5.5 km: too far for both of Near's offers.
        store.create_request(p.id, requester.id, &draft("groceries", LAT + 0.05), now()).await.unwrap();
        assert!(notices(&store).await.is_empty());

        store.withdraw_standing_offer(near.id, listed[0].id).await.unwrap();
        assert!(
            matches!(store.withdraw_standing_offer(pharmacy.id, listed[1].id).await, Err(StoreError::NotFound(_))),
            "only one's own"
        );
    })
    .await;
}

#[tokio::test]
async fn accepting_tells_the_helper_and_politely_tells_the_others() {
    on_both(|store| async move {
        let p = help_platform(&store, "bxl").await;
        let requester = account(&store, "r@example.org", "R").await;
        let chosen = account(&store, "c@example.org", "C").await;
        let other = account(&store, "o@example.org", "O").await;
        let request = store.create_request(p.id, requester.id, &draft("groceries", LAT), now()).await.unwrap();
        let offer = store.create_offer(p.id, request.id, chosen.id, "", now()).await.unwrap();
        store.create_offer(p.id, request.id, other.id, "", now()).await.unwrap();
        let received = notices(&store).await;
        assert_eq!(
            received,
            [
                ("offer-received".to_owned(), requester.id.to_string()),
                ("offer-received".to_owned(), requester.id.to_string())
            ]
        );
        store.accept_offer(p.id, request.id, offer.id, now()).await.unwrap();
        let mut expected = vec![
            ("offer-accepted".to_owned(), chosen.id.to_string()),
            ("offer-declined".to_owned(), other.id.to_string()),
        ];
        expected.sort();
        assert_eq!(notices(&store).await, expected);
    })
    .await;
}
