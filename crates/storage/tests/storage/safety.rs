//! Blocks, reports and moderation, on both databases: suspension that ends every session
//! at once, one action that closes every report of the same content, and erasure.

use crate::harness::{account, assert_store_error, help_platform, hours_from_now, on_both, request_draft};
use entraide_domain::help::RequestDraft;
use entraide_domain::id::AccountId;
use entraide_domain::platform::PlatformRole;
use entraide_domain::safety::{ModerationAction, ReportTarget};
use entraide_domain::standing_offer::StandingOfferInput;
use entraide_domain::time::now;
use entraide_storage::{ModerationStep, NewReport, StoreError};

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
    request_draft(category, lat, LON)
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
        let p = help_platform(&store, "bxl").await;
        let admin = account(&store, "admin@example.org", "Admin").await;
        let troll = account(&store, "troll@example.org", "Troll").await;
        let x = account(&store, "x@example.org", "X").await;
        let y = account(&store, "y@example.org", "Y").await;
        let request = store.create_request(p.id, troll.id, &draft("groceries", LAT), now()).await.unwrap();
        let (author, content) =
            store.reported_content(p.id, ReportTarget::Request, request.id.0).await.unwrap().unwrap();
        assert_eq!(author, troll.id);
        assert_eq!(content.text, "Help with groceries: Bread and milk");
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
        let p = help_platform(&store, "bxl").await;
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
