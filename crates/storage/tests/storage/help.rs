//! Neighbour help seen from one person: the offers they made, on every platform, with
//! their status as the requests move on.

use crate::harness::{account, help_platform, hours_from_now, on_both, platform, request_draft};
use entraide_domain::help::{HelpCategory, OfferStatus, RequestDraft};
use entraide_domain::time::now;

fn draft(title: &str) -> RequestDraft {
    RequestDraft { title: title.to_owned(), ..request_draft("groceries", 50.8467, 4.3525) }
}

#[tokio::test]
async fn a_person_s_offers_are_listed_newest_first_across_platforms_with_their_status() {
    on_both(|store| async move {
        let bxl = help_platform(&store, "bxl").await;
        let gent = help_platform(&store, "gent").await;
        let requester = account(&store, "r@example.org", "R").await;
        let helper = account(&store, "h@example.org", "H").await;
        let other = account(&store, "o@example.org", "O").await;
        assert!(store.account_offers(helper.id).await.unwrap().is_empty());

        let first = store.create_request(bxl.id, requester.id, &draft("First"), now()).await.unwrap();
        let second = store.create_request(gent.id, requester.id, &draft("Second"), now()).await.unwrap();
        let mine_first = store.create_offer(bxl.id, first.id, helper.id, "I can", hours_from_now(-2)).await.unwrap();
        let theirs = store.create_offer(bxl.id, first.id, other.id, "Me too", hours_from_now(-2)).await.unwrap();
        let mine_second = store.create_offer(gent.id, second.id, helper.id, "", hours_from_now(-1)).await.unwrap();
        store.accept_offer(bxl.id, first.id, theirs.id, now()).await.unwrap();

        let offers = store.account_offers(helper.id).await.unwrap();
        let seen: Vec<_> = offers.iter().map(|o| (o.id, o.request_id, o.status)).collect();
        assert_eq!(
            seen,
            [(mine_second.id, second.id, OfferStatus::Open), (mine_first.id, first.id, OfferStatus::Declined)],
            "only the helper's own offers, newest first, declined once another was accepted"
        );
        assert_eq!(offers[1].message, "I can");
        let others: Vec<_> = store.account_offers(other.id).await.unwrap().iter().map(|o| (o.id, o.status)).collect();
        assert_eq!(others, [(theirs.id, OfferStatus::Accepted)]);
        assert!(store.account_offers(requester.id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn help_categories_are_listed_by_label_with_other_last() {
    on_both(|store| async move {
        let p = platform(&store, "gent", "Gent").await;
        for (code, label) in [("transport", "Transport"), ("other", "Anything else"), ("groceries", "Groceries")] {
            store
                .put_help_category(
                    p.id,
                    &HelpCategory { code: code.into(), label: label.into(), names: Default::default() },
                )
                .await
                .unwrap();
        }
        let codes: Vec<String> = store.help_categories(p.id).await.unwrap().into_iter().map(|c| c.code).collect();
        assert_eq!(codes, ["groceries", "transport", "other"]);
    })
    .await;
}

#[tokio::test]
async fn names_in_other_languages_are_kept_with_a_term_and_replaced_with_it() {
    on_both(|store| async move {
        let p = platform(&store, "gent", "Gent").await;
        let names = entraide_domain::taxonomy::Names::parse([("nl", "Boodschappen"), ("ar", "تسوق")]).unwrap();
        let category = HelpCategory { code: "groceries".into(), label: "Groceries".into(), names: names.clone() };
        store.put_help_category(p.id, &category).await.unwrap();
        assert_eq!(store.help_categories(p.id).await.unwrap(), std::slice::from_ref(&category));
        let fewer = entraide_domain::taxonomy::Names::parse([("nl", "Winkelen")]).unwrap();
        let renamed = HelpCategory { names: fewer, ..category };
        store.put_help_category(p.id, &renamed).await.unwrap();
        assert_eq!(store.help_categories(p.id).await.unwrap(), [renamed]);

        let term = entraide_domain::taxonomy::Term {
            kind: entraide_domain::taxonomy::TermKind::Skill,
            code: "bikes".into(),
            label: "Bike repairs".into(),
            names,
        };
        store.put_term(p.id, &term).await.unwrap();
        let read = store.terms(p.id, entraide_domain::taxonomy::TermKind::Skill).await.unwrap();
        assert_eq!(read, [term]);
    })
    .await;
}
