//! Standing offers, thanks, blocks, reports and moderation, on both databases: notices
//! queued in the transaction of the change that causes them, suspension that ends every
//! session at once, one action that closes every report of the same content.

use crate::harness::{account, assert_store_error, hours_from_now, on_both, platform};
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{HelpCategory, RequestDraft};
use entraide_domain::id::AccountId;
use entraide_domain::platform::PlatformRole;
use entraide_domain::safety::{ModerationAction, ReportTarget};
use entraide_domain::standing_offer::{StandingOfferInput, Weekdays};
use entraide_domain::time::now;
use entraide_storage::{Job, ModerationStep, NewReport, Storage, StoreError};
use std::sync::Arc;

const LAT: f64 = 50.8467;

fn report(
    reporter: entraide_domain::id::AccountId,
    id: uuid::Uuid,
    author: entraide_domain::id::AccountId,
    reason: &str,
) -> NewReport<'_> {
    NewReport { reporter, target: ReportTarget::Request, id, author, reason }
}

fn step<'a>(
    action: ModerationAction,
    account: entraide_domain::id::AccountId,
    report: Option<&'a entraide_domain::safety::Report>,
    reason: &'a str,
) -> ModerationStep<'a> {
    ModerationStep { action, account, report, reason }
}
const LON: f64 = 4.3525;

fn draft(category: &str, lat: f64) -> RequestDraft {
    RequestDraft {
        category: category.into(),
        title: format!("Help with {category}"),
        description: "Thank you".into(),
        point: Coordinates::parse(lat, LON, ("lat", "lon")).unwrap(),
        address: "Rue Haute 12, Bruxelles".into(),
        needed_from: hours_from_now(1),
        needed_until: hours_from_now(3),
        on_behalf: None,
    }
}

async fn help_platform(store: &Arc<dyn Storage>) -> entraide_domain::platform::Platform {
    let p = platform(store, "bxl", "Bruxelles").await;
    for code in ["groceries", "pharmacy"] {
        store
            .put_help_category(p.id, &HelpCategory { code: code.into(), label: code.into(), names: Default::default() })
            .await
            .unwrap();
    }
    p
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
        let p = help_platform(&store).await;
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
        let p = help_platform(&store).await;
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

#[tokio::test]
async fn blocks_hold_both_ways_until_lifted() {
    on_both(|store| async move {
        let a = account(&store, "a@example.org", "Ann").await;
        let b = account(&store, "b@example.org", "Bob").await;
        assert!(!store.blocked_between(a.id, b.id).await.unwrap());
        store.block(a.id, b.id, now()).await.unwrap();
        store.block(a.id, b.id, now()).await.unwrap();
        assert!(store.blocked_between(b.id, a.id).await.unwrap());
        assert_eq!(store.blocked_by(a.id).await.unwrap()[0].display_name, "Bob");
        assert!(store.unblock(a.id, b.id).await.unwrap());
        assert!(!store.unblock(a.id, b.id).await.unwrap());
        assert!(!store.blocked_between(a.id, b.id).await.unwrap());
    })
    .await;
}

#[tokio::test]
async fn one_action_closes_every_report_and_suspension_holds_on_the_platform_or_everywhere() {
    on_both(|store| async move {
        let p = help_platform(&store).await;
        let admin = account(&store, "admin@example.org", "Admin").await;
        let troll = account(&store, "troll@example.org", "Troll").await;
        let x = account(&store, "x@example.org", "X").await;
        let y = account(&store, "y@example.org", "Y").await;
        let request = store.create_request(p.id, troll.id, &draft("groceries", LAT), now()).await.unwrap();
        let (author, content) =
            store.reported_content(p.id, ReportTarget::Request, request.id.0).await.unwrap().unwrap();
        assert_eq!(author, troll.id);
        assert_eq!(content.text, "Help with groceries: Thank you");
        assert!(store.reported_content(p.id, ReportTarget::Message, request.id.0).await.unwrap().is_none());

        let first = store.create_report(p.id, &report(x.id, request.id.0, troll.id, "Rude"), now()).await.unwrap();
        store.create_report(p.id, &report(y.id, request.id.0, troll.id, "Spam"), now()).await.unwrap();
        assert_eq!(store.open_reports(p.id).await.unwrap().len(), 2);
        store
            .moderate(p.id, admin.id, &step(ModerationAction::Hide, troll.id, Some(&first), "Insulting"), now())
            .await
            .unwrap();
        assert!(store.open_reports(p.id).await.unwrap().is_empty());
        assert!(store.request(p.id, request.id).await.unwrap().unwrap().hidden);
        let open = entraide_storage::RequestFilter { limit: 10, ..Default::default() };
        assert!(store.list_requests(p.id, &open).await.unwrap().is_empty());

        // A platform's moderators suspend from their platform only: the person stays
        // signed in, keeps their account, and is no member here until reinstated.
        store.add_platform_member(p.id, troll.id, PlatformRole::Member, now()).await.unwrap();
        store.create_session("hash-1", troll.id, now(), hours_from_now(24)).await.unwrap();
        store.moderate(p.id, admin.id, &step(ModerationAction::Suspend, troll.id, None, "Again"), now()).await.unwrap();
        assert_eq!(store.platform_role(p.id, troll.id).await.unwrap(), None);
        assert!(store.platform_membership(p.id, troll.id).await.unwrap().unwrap().suspended_at.is_some());
        assert!(!store.is_suspended(troll.id).await.unwrap());
        assert!(store.session_account("hash-1", now()).await.unwrap().is_some(), "still signed in");
        store
            .moderate(p.id, admin.id, &step(ModerationAction::Reinstate, troll.id, None, "Apologised"), now())
            .await
            .unwrap();
        assert_eq!(store.platform_role(p.id, troll.id).await.unwrap(), Some(PlatformRole::Member));

        // Suspended everywhere (instance admins): signed out at once; reinstating lifts it.
        store.set_account_suspension(troll.id, Some(admin.id), true, "Spam everywhere", now()).await.unwrap();
        assert!(store.is_suspended(troll.id).await.unwrap());
        assert!(store.session_account("hash-1", now()).await.unwrap().is_none(), "signed out everywhere");
        store.set_account_suspension(troll.id, None, false, "Cleared by the operator", now()).await.unwrap();
        assert!(!store.is_suspended(troll.id).await.unwrap());
        assert_store_error!(
            store.set_account_suspension(AccountId::new(), None, true, "Nobody", now()).await,
            StoreError::NotFound("account")
        );

        let log: Vec<_> =
            store.moderation_log(p.id, 10).await.unwrap().into_iter().map(|r| (r.action, r.reason)).collect();
        assert_eq!(
            log,
            [
                (ModerationAction::Reinstate, "Apologised".into()),
                (ModerationAction::Suspend, "Again".into()),
                (ModerationAction::Hide, "Insulting".into())
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn erasure_removes_standing_offers_and_blocks_and_clears_thanks() {
    on_both(|store| async move {
        let p = help_platform(&store).await;
        let requester = account(&store, "r@example.org", "R").await;
        let helper = account(&store, "h@example.org", "H").await;
        let input = StandingOfferInput {
            category: None,
            weekdays: vec![2],
            point: (LAT, LON),
            within_km: 1.0,
            note: "Car".into(),
        };
        store.create_standing_offer(p.id, helper.id, &input.validate().unwrap(), now()).await.unwrap();
        store.block(helper.id, requester.id, now()).await.unwrap();
        let request = store.create_request(p.id, requester.id, &draft("groceries", LAT), now()).await.unwrap();
        let offer = store.create_offer(p.id, request.id, helper.id, "", now()).await.unwrap();
        store.accept_offer(p.id, request.id, offer.id, now()).await.unwrap();
        store.complete_request(p.id, request.id, 30, "Groceries", now()).await.unwrap();
        store.add_thanks(p.id, request.id, helper.id, requester.id, "A pleasure", now()).await.unwrap();
        let again = store.add_thanks(p.id, request.id, helper.id, requester.id, "Again", now()).await;
        assert!(matches!(again, Err(StoreError::Conflict("thanks"))));

        let exported = store.export_personal_data(helper.id).await.unwrap().unwrap();
        assert_eq!((exported.standing_offers.len(), exported.blocks.len(), exported.thanks.len()), (1, 1, 1));
        store.erase_personal_data(helper.id, now()).await.unwrap();
        assert!(store.standing_offers_of(helper.id).await.unwrap().is_empty());
        assert!(!store.blocked_between(helper.id, requester.id).await.unwrap());
        let thanks = store.thanks(p.id, request.id).await.unwrap();
        assert_eq!(thanks.len(), 1);
        assert_eq!(thanks[0].text, "", "the words are gone, the fact stays");
    })
    .await;
}
