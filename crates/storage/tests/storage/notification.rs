//! In-app notifications and the mail outbox, and their place in a person's data.

use crate::harness::{account, at, on_both, platform};
use chrono::Duration;
use entraide_domain::account::Email;
use entraide_storage::{NewMail, OutboxFilter};
use serde_json::json;

fn mail(to: &str, subject: &str, account: Option<entraide_domain::id::AccountId>) -> NewMail {
    NewMail {
        account,
        to: Email::parse(to, "to").unwrap(),
        subject: subject.to_owned(),
        text: format!("{subject}\n\nSee you there."),
        html: format!("<p>{subject}</p>"),
    }
}

#[tokio::test]
async fn a_person_reads_their_own_notifications_newest_first_and_marks_them_read() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let lille = platform(&store, "lille", "Lille").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let t0 = at("2026-12-01T10:00:00Z");

        let payload = json!({"title": "Soup kitchen", "starts_at": "2026-12-03T10:00:00Z"});
        let first = store.add_notification(gent.id, ann.id, "signup-confirmed", &payload, t0).await.unwrap();
        let second = store
            .add_notification(lille.id, ann.id, "shift-changed", &json!({"n": 2}), t0 + Duration::minutes(1))
            .await
            .unwrap();
        store.add_notification(gent.id, bob.id, "signup-confirmed", &json!({}), t0).await.unwrap();

        let mine = store.notifications(ann.id, 10).await.unwrap();
        assert_eq!(mine, [second.clone(), first.clone()], "newest first, on every platform, only Ann's");
        assert_eq!(mine[1].payload, payload);
        assert_eq!(mine[1].kind, "signup-confirmed");
        assert_eq!(mine[1].platform_id, gent.id);
        assert_eq!(store.notifications(ann.id, 1).await.unwrap(), [second]);
        assert_eq!(store.unread_count(ann.id).await.unwrap(), 2);

        let read_at = t0 + Duration::minutes(5);
        assert_eq!(store.mark_notifications_read(ann.id, read_at).await.unwrap(), 2);
        assert_eq!(store.unread_count(ann.id).await.unwrap(), 0);
        assert!(store.notifications(ann.id, 10).await.unwrap().iter().all(|n| n.read_at == Some(read_at)));
        // Read once, they keep the time they were first read.
        assert_eq!(store.mark_notifications_read(ann.id, read_at + Duration::hours(1)).await.unwrap(), 0);
        assert!(store.notifications(ann.id, 10).await.unwrap().iter().all(|n| n.read_at == Some(read_at)));
        assert_eq!(store.unread_count(bob.id).await.unwrap(), 1, "Bob's stay unread");
    })
    .await;
}

#[tokio::test]
async fn the_outbox_keeps_each_platforms_mails_newest_first_sent_or_not() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let lille = platform(&store, "lille", "Lille").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let t0 = at("2026-12-01T10:00:00Z");

        let kept = store
            .add_outbox(Some(gent.id), &mail("ann@example.org", "You have a place", Some(ann.id)), t0, None)
            .await
            .unwrap();
        let sent_at = t0 + Duration::minutes(1);
        let sent = store
            .add_outbox(
                Some(gent.id),
                &mail("bob@example.org", "Reminder", None),
                t0 + Duration::minutes(1),
                Some(sent_at),
            )
            .await
            .unwrap();
        store.add_outbox(Some(lille.id), &mail("cleo@example.org", "Ailleurs", None), t0, None).await.unwrap();
        store.add_outbox(None, &mail("dan@example.org", "Instance mail", None), t0, None).await.unwrap();

        let outbox =
            store.outbox(&OutboxFilter { platform: Some(gent.id), ..OutboxFilter::default() }, 10).await.unwrap();
        assert_eq!(outbox, [sent.clone(), kept.clone()], "Gent's mails only, newest first");
        assert_eq!(outbox[1].sent_at, None);
        assert_eq!(outbox[0].sent_at, Some(sent_at));
        assert_eq!(outbox[1].mail.to.as_str(), "ann@example.org");
        assert_eq!(outbox[1].mail.account, Some(ann.id));
        assert_eq!(outbox[1].mail.text, "You have a place\n\nSee you there.");
        assert_eq!(outbox[1].mail.html, "<p>You have a place</p>");
        assert_eq!(
            store.outbox(&OutboxFilter { platform: Some(gent.id), ..OutboxFilter::default() }, 1).await.unwrap(),
            std::slice::from_ref(&sent)
        );

        // The site's own mails belong to no platform.
        let site = store.outbox(&OutboxFilter::default(), 10).await.unwrap();
        assert_eq!(site.iter().map(|m| m.mail.subject.as_str()).collect::<Vec<_>>(), ["Instance mail"]);
    })
    .await;
}

#[tokio::test]
async fn an_outbox_is_filtered_by_recipient_and_state_and_paged() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let t0 = at("2026-12-01T10:00:00Z");
        let mut written = Vec::new();
        for (i, to) in
            ["ann@example.org", "bob@example.org", "ann_b@example.org", "annie@example.org"].iter().enumerate()
        {
            // Two at the same instant, so that paging must order ties too.
            let at = t0 + Duration::minutes(i.min(2) as i64);
            let sent = (i % 2 == 0).then_some(at);
            written
                .push(store.add_outbox(Some(gent.id), &mail(to, &format!("Mail {i}"), None), at, sent).await.unwrap());
        }
        let subjects =
            |mails: Vec<entraide_storage::OutboxMail>| mails.into_iter().map(|m| m.mail.subject).collect::<Vec<_>>();
        let gent_only = OutboxFilter { platform: Some(gent.id), ..OutboxFilter::default() };

        let ann = OutboxFilter { recipient: Some(" ANN".into()), ..gent_only.clone() };
        assert_eq!(subjects(store.outbox(&ann, 10).await.unwrap()).len(), 3, "addresses containing the text, any case");
        let literal = OutboxFilter { recipient: Some("ann_".into()), ..gent_only.clone() };
        assert_eq!(subjects(store.outbox(&literal, 10).await.unwrap()), ["Mail 2"], "`_` is meant literally");
        let sent = OutboxFilter { sent: Some(true), ..gent_only.clone() };
        let kept = OutboxFilter { sent: Some(false), ..gent_only.clone() };
        assert_eq!(store.outbox(&sent, 10).await.unwrap().len(), 2);
        assert_eq!(store.outbox(&kept, 10).await.unwrap().len(), 2);

        // Page by page, every mail comes once, newest first.
        let mut seen = Vec::new();
        let mut filter = gent_only.clone();
        loop {
            let page = store.outbox(&filter, 1).await.unwrap();
            let Some(last) = page.last() else { break };
            filter.after = Some(last.id);
            seen.extend(page.into_iter().map(|m| m.id));
        }
        let mut expected: Vec<_> = written.iter().collect();
        expected.sort_by_key(|m| std::cmp::Reverse((m.created_at, m.id.0)));
        assert_eq!(seen.len(), 4);
        assert_eq!(seen[0], expected[0].id, "the newest first");
        let mut unique = seen.clone();
        unique.sort_by_key(|id| id.0);
        unique.dedup();
        assert_eq!(unique.len(), 4, "no mail twice");
    })
    .await;
}

#[tokio::test]
async fn export_lists_a_persons_notifications_and_mails_and_erasure_deletes_them() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let t0 = at("2026-12-01T10:00:00Z");
        let note =
            store.add_notification(gent.id, ann.id, "signup-confirmed", &json!({"title": "Soup"}), t0).await.unwrap();
        store.add_notification(gent.id, bob.id, "signup-confirmed", &json!({}), t0).await.unwrap();
        let to_account =
            store.add_outbox(Some(gent.id), &mail("ann@example.org", "For Ann", Some(ann.id)), t0, None).await.unwrap();
        // A mail to her address alone (no account on it) is hers too.
        let to_address = store
            .add_outbox(None, &mail("ann@example.org", "Welcome", None), t0 + Duration::seconds(1), None)
            .await
            .unwrap();
        store.add_outbox(Some(gent.id), &mail("bob@example.org", "For Bob", Some(bob.id)), t0, None).await.unwrap();

        let data = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert_eq!(data.notifications, [note]);
        assert_eq!(data.mails, [to_account, to_address]);

        store.erase_personal_data(ann.id, t0 + Duration::hours(1)).await.unwrap();
        let data = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert!(data.notifications.is_empty());
        assert!(data.mails.is_empty());
        assert!(store.notifications(ann.id, 10).await.unwrap().is_empty());
        let left: Vec<_> = store
            .outbox(&OutboxFilter { platform: Some(gent.id), ..OutboxFilter::default() }, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.mail.subject)
            .collect();
        assert_eq!(left, ["For Bob"], "only Ann's mails are gone");
        assert_eq!(store.notifications(bob.id, 10).await.unwrap().len(), 1);
    })
    .await;
}
