//! Neighbour help: categories, requests with their H3 cell, offers, acceptance,
//! completion and threads, the same on both databases.

use crate::harness::{account, assert_store_error, help_platform, hours_from_now, on_both, request_draft};
use entraide_domain::help::{OfferStatus, OnBehalf, RequestDraft, RequestStatus, cell_centre, cell_of, cells_within};
use entraide_domain::id::{HelpRequestId, OfferId};
use entraide_domain::time::now;
use entraide_storage::{ConversationNews, Job, RequestFilter, StoreError};

/// A request made for someone else, who agreed by phone.
fn draft(category: &str, lat: f64, lon: f64) -> RequestDraft {
    let on_behalf = OnBehalf {
        name: "Marie".into(),
        phone: "+32 470 12 34 56".into(),
        consent_given_by: "Marie".into(),
        consent_given_at: entraide_domain::time::truncate(now()),
        consent_how: "by phone".into(),
    };
    RequestDraft { title: "Groceries".into(), on_behalf: Some(on_behalf), ..request_draft(category, lat, lon) }
}

fn open_filter() -> RequestFilter {
    RequestFilter { open_at: Some(now()), limit: 50, ..RequestFilter::default() }
}

#[tokio::test]
async fn requests_store_their_cell_and_read_back_whole() {
    on_both(|store| async move {
        let p = help_platform(&store, "bxl").await;
        let other = help_platform(&store, "gent").await;
        let requester = account(&store, "r@example.org", "R").await;
        let asked = draft("groceries", 50.8467, 4.3525);
        let created = store.create_request(p.id, requester.id, &asked, now()).await.unwrap();
        assert_eq!(created.cell, cell_of(asked.point));
        let read = store.request(p.id, created.id).await.unwrap().unwrap();
        assert_eq!(read.draft, asked);
        assert_eq!(read.cell, created.cell);
        assert_eq!(read.status, RequestStatus::Open);
        assert!(cell_centre(read.cell).unwrap().distance_km(&asked.point) < 1.0);
        assert_eq!(store.request_platform(created.id).await.unwrap(), Some(p.id));
        assert_eq!(store.request(other.id, created.id).await.unwrap(), None, "no read across platforms");

        assert_store_error!(
            store.create_request(p.id, requester.id, &draft("juggling", 50.8, 4.3), now()).await,
            StoreError::NotFound("category")
        );

        store.create_request(p.id, requester.id, &draft("pharmacy", 51.05, 3.72), now()).await.unwrap();
        let mut past = draft("groceries", 50.8467, 4.3525);
        past.needed_from = hours_from_now(-5);
        past.needed_until = hours_from_now(-1);
        store.create_request(p.id, requester.id, &past, now()).await.unwrap();

        let all = store.list_requests(p.id, &open_filter()).await.unwrap();
        assert_eq!(all.len(), 2, "the ended window is left out");
        let groceries = store
            .list_requests(p.id, &RequestFilter { category: Some("groceries".into()), ..open_filter() })
            .await
            .unwrap();
        assert_eq!(groceries.iter().map(|r| r.id).collect::<Vec<_>>(), [created.id]);
        let near = RequestFilter { cells: Some(cells_within(asked.point, 3.0)), ..open_filter() };
        assert_eq!(
            store.list_requests(p.id, &near).await.unwrap().iter().map(|r| r.id).collect::<Vec<_>>(),
            [created.id]
        );
        let page = store.list_requests(p.id, &RequestFilter { limit: 1, ..open_filter() }).await.unwrap();
        let next = store
            .list_requests(p.id, &RequestFilter { after: Some((page[0].created_at, page[0].id)), ..open_filter() })
            .await
            .unwrap();
        assert_eq!(next.len(), 1);
        assert_ne!(next[0].id, page[0].id);
        assert!(store.list_requests(other.id, &open_filter()).await.unwrap().is_empty());

        store.cancel_request(p.id, created.id, now()).await.unwrap();
        assert_store_error!(store.cancel_request(p.id, created.id, now()).await, StoreError::Refused("request-closed"));
        assert_eq!(store.list_requests(p.id, &open_filter()).await.unwrap().len(), 1);
        assert_eq!(store.account_requests(requester.id).await.unwrap().len(), 3);
    })
    .await;
}

#[tokio::test]
async fn one_offer_is_accepted_the_others_declined_and_completion_happens_once() {
    on_both(|store| async move {
        let p = help_platform(&store, "bxl").await;
        let requester = account(&store, "r@example.org", "R").await;
        let helper = account(&store, "h@example.org", "H").await;
        let other = account(&store, "o@example.org", "O").await;
        let request = store.create_request(p.id, requester.id, &draft("groceries", 50.85, 4.35), now()).await.unwrap();
        let offer = store.create_offer(p.id, request.id, helper.id, "I can", now()).await.unwrap();
        assert_store_error!(
            store.create_offer(p.id, request.id, helper.id, "again", now()).await,
            StoreError::Conflict("offer")
        );
        store.create_offer(p.id, request.id, other.id, "", now()).await.unwrap();
        assert_store_error!(
            store.accept_offer(p.id, request.id, OfferId::new(), now()).await,
            StoreError::NotFound("offer")
        );
        assert_store_error!(
            store.complete_request(p.id, request.id, 30, "Groceries", now()).await,
            StoreError::Refused("request-not-accepted")
        );

        let accepted = store.accept_offer(p.id, request.id, offer.id, now()).await.unwrap();
        assert_eq!((accepted.status, accepted.helper), (RequestStatus::Accepted, Some(helper.id)));
        let statuses: Vec<_> = store.offers(p.id, request.id).await.unwrap().iter().map(|o| o.status).collect();
        assert_eq!(statuses, [OfferStatus::Accepted, OfferStatus::Declined]);
        assert_store_error!(
            store.create_offer(p.id, request.id, other.id, "late", now()).await,
            StoreError::Refused("request-not-open")
        );

        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "On my way", now()).await.unwrap();
        store.add_help_message(p.id, request.id, requester.id, Some(helper.id), "Thanks", now()).await.unwrap();
        let texts: Vec<_> = store.help_messages(p.id, request.id).await.unwrap().into_iter().map(|m| m.text).collect();
        assert_eq!(texts, ["On my way", "Thanks"]);
        assert_store_error!(
            store.add_help_message(p.id, HelpRequestId::new(), helper.id, None, "lost", now()).await,
            StoreError::NotFound("request")
        );

        let done = store.complete_request(p.id, request.id, 40, "Groceries", now()).await.unwrap();
        assert_eq!((done.status, done.minutes), (RequestStatus::Completed, Some(40)));
        assert_store_error!(
            store.complete_request(p.id, request.id, 40, "Groceries", now()).await,
            StoreError::Conflict("completed")
        );
        // The credit was written with the completion, once.
        let balances = store.balances(p.id, entraide_domain::ledger::Holder::Person(helper.id)).await.unwrap();
        assert_eq!(balances.iter().map(|b| b.amount).sum::<i64>(), 40);
    })
    .await;
}

#[tokio::test]
async fn export_holds_requests_offers_messages_and_consents_and_erasure_keeps_them_anonymous() {
    on_both(|store| async move {
        let p = help_platform(&store, "bxl").await;
        let requester = account(&store, "r@example.org", "R").await;
        let helper = account(&store, "h@example.org", "H").await;
        let asked = draft("groceries", 50.8467, 4.3525);
        let request = store.create_request(p.id, requester.id, &asked, now()).await.unwrap();
        let offer = store.create_offer(p.id, request.id, helper.id, "Next door", now()).await.unwrap();
        store.accept_offer(p.id, request.id, offer.id, now()).await.unwrap();
        store.add_help_message(p.id, request.id, requester.id, Some(helper.id), "Ring twice", now()).await.unwrap();
        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "Will do", now()).await.unwrap();

        let mine = store.export_personal_data(requester.id).await.unwrap().unwrap();
        assert_eq!(mine.help_requests.len(), 1);
        assert_eq!(mine.help_requests[0].draft.address, asked.address);
        assert_eq!(mine.help_requests[0].draft.on_behalf, asked.on_behalf);
        assert_eq!(mine.help_messages.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["Ring twice"]);
        let theirs = store.export_personal_data(helper.id).await.unwrap().unwrap();
        assert_eq!(theirs.help_offers.iter().map(|o| o.message.as_str()).collect::<Vec<_>>(), ["Next door"]);

        store.erase_personal_data(requester.id, now()).await.unwrap();
        let kept = store.request(p.id, request.id).await.unwrap().unwrap();
        assert_eq!(kept.requester, requester.id, "the row stays, against the anonymous account");
        assert_eq!(
            (kept.draft.address.as_str(), kept.draft.title.as_str(), kept.draft.on_behalf.clone()),
            ("", "", None)
        );
        assert_eq!(Some(kept.draft.point), cell_centre(kept.cell), "the exact point is gone");
        assert_eq!(kept.status, RequestStatus::Cancelled);
        let texts: Vec<_> = store.help_messages(p.id, request.id).await.unwrap().into_iter().map(|m| m.text).collect();
        assert_eq!(texts, ["", "Will do"], "only the erased person's words are gone");

        store.erase_personal_data(helper.id, now()).await.unwrap();
        let offers = store.offers(p.id, request.id).await.unwrap();
        assert_eq!((offers[0].message.as_str(), offers[0].helper), ("", helper.id));
    })
    .await;
}

#[tokio::test]
async fn a_conversation_counts_what_each_person_has_neither_read_nor_been_mailed_about() {
    on_both(|store| async move {
        let p = help_platform(&store, "gent").await;
        let requester = account(&store, "r@example.org", "R").await;
        let helper = account(&store, "h@example.org", "H").await;
        let request = store.create_request(p.id, requester.id, &draft("groceries", 51.05, 3.72), now()).await.unwrap();
        let offer = store.create_offer(p.id, request.id, helper.id, "Next door", now()).await.unwrap();
        store.accept_offer(p.id, request.id, offer.id, now()).await.unwrap();
        let t0 = now();
        let at = |minutes: i64| t0 + chrono::Duration::minutes(minutes);

        assert_eq!(store.conversation_news(request.id, requester.id).await.unwrap(), ConversationNews::default());
        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "On my way", at(1)).await.unwrap();
        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "Which floor?", at(2)).await.unwrap();
        let news = store.conversation_news(request.id, requester.id).await.unwrap();
        assert_eq!((news.untold, news.newest, news.mailed_at), (2, Some(at(2)), None));
        assert_eq!(
            store.conversation_news(request.id, helper.id).await.unwrap().untold,
            0,
            "one's own words are no news"
        );

        // Mailed about both: nothing untold until the helper writes again.
        store.record_conversation_mail(request.id, requester.id, at(3), at(2)).await.unwrap();
        let news = store.conversation_news(request.id, requester.id).await.unwrap();
        assert_eq!((news.untold, news.mailed_at), (0, Some(at(3))));
        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "Here", at(4)).await.unwrap();
        assert_eq!(store.conversation_news(request.id, requester.id).await.unwrap().untold, 1);

        // Reading the conversation (or answering in it) tells everything.
        store.mark_conversation_read(request.id, requester.id, at(5)).await.unwrap();
        assert_eq!(store.conversation_news(request.id, requester.id).await.unwrap().untold, 0);
        store.add_help_message(p.id, request.id, helper.id, Some(requester.id), "Ring?", at(6)).await.unwrap();
        store.add_help_message(p.id, request.id, requester.id, Some(helper.id), "Yes, twice", at(7)).await.unwrap();
        let news = store.conversation_news(request.id, requester.id).await.unwrap();
        assert_eq!((news.untold, news.mailed_at), (0, Some(at(3))), "answering is reading");
        assert_eq!(store.conversation_news(request.id, helper.id).await.unwrap().untold, 1);

        // Each message queued a notice to the other person, in its transaction.
        let jobs = store.claim_jobs(at(8), 100, at(20)).await.unwrap();
        let told: Vec<_> = jobs
            .iter()
            .filter_map(|j| match j.work.as_ref().unwrap() {
                Job::HelpNotify { event, account, .. } if event == "message-received" => Some(*account),
                _ => None,
            })
            .collect();
        assert_eq!(told, [requester.id, requester.id, requester.id, requester.id, helper.id]);

        store.erase_personal_data(requester.id, at(9)).await.unwrap();
        assert_eq!(store.conversation_news(request.id, requester.id).await.unwrap().mailed_at, None);
    })
    .await;
}
