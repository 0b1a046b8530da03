//! Skills and causes, opportunities, how lists find and order them, and the wall between
//! platforms.

use crate::harness::{
    account, assert_store_error, at, draft, hours_from_now, on_both, opportunity_with_shift, organisation, place,
    platform, times,
};
use entraide_domain::id::{OpportunityId, OrganisationId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::{OpportunityDraft, OpportunityStatus, Place};
use entraide_domain::taxonomy::{Term, TermKind};
use entraide_domain::time::Timestamp;
use entraide_storage::{OpportunityFilter, Storage, StoreError};
use std::sync::Arc;

fn term(kind: TermKind, code: &str, label: &str) -> Term {
    Term { kind, code: code.to_owned(), label: label.to_owned(), names: Default::default() }
}

fn locales(codes: &[&str]) -> Vec<Locale> {
    codes.iter().map(|c| Locale::parse(c).unwrap()).collect()
}

/// A filter that lists everything public, a page of up to 100.
fn all() -> OpportunityFilter {
    OpportunityFilter { limit: 100, now: entraide_domain::time::now(), ..OpportunityFilter::default() }
}

/// The titles a filter lists, in order.
async fn titles(store: &Arc<dyn Storage>, platform: PlatformId, filter: &OpportunityFilter) -> Vec<String> {
    store.list_opportunities(platform, filter).await.unwrap().into_iter().map(|l| l.opportunity.draft.title).collect()
}

/// An opportunity with this content and shifts; returns its id.
async fn create(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    organisation: OrganisationId,
    draft: OpportunityDraft,
    starts: &[Timestamp],
) -> OpportunityId {
    let shifts: Vec<_> = starts.iter().map(|s| times(*s, 2, 4)).collect();
    let creator = store.organisation_members(platform, organisation).await.unwrap()[0].account_id;
    store
        .create_opportunity(platform, organisation, &draft, &shifts, creator, at("2026-01-05T10:00:00Z"))
        .await
        .unwrap()
        .0
        .id
}

#[tokio::test]
async fn terms_are_listed_by_label_other_last_renamed_in_place_and_kept_per_platform() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        for t in [
            term(TermKind::Skill, "driving", "Driving"),
            term(TermKind::Skill, "other", "Another skill"),
            term(TermKind::Skill, "cooking", "Cooking"),
            term(TermKind::Skill, "admin", "Paperwork"),
            term(TermKind::Cause, "elderly", "Older people"),
        ] {
            store.put_term(gent.id, &t).await.unwrap();
        }
        store.put_term(leuven.id, &term(TermKind::Skill, "gardening", "Gardening")).await.unwrap();

        assert_eq!(
            store.terms(gent.id, TermKind::Skill).await.unwrap(),
            [
                term(TermKind::Skill, "cooking", "Cooking"),
                term(TermKind::Skill, "driving", "Driving"),
                term(TermKind::Skill, "admin", "Paperwork"),
                // "Other" comes last, whatever its name.
                term(TermKind::Skill, "other", "Another skill"),
            ]
        );
        assert_eq!(
            store.terms(gent.id, TermKind::Cause).await.unwrap(),
            [term(TermKind::Cause, "elderly", "Older people")]
        );

        // Putting a code again renames it, and the list follows the new label.
        store.put_term(gent.id, &term(TermKind::Skill, "driving", "At the wheel")).await.unwrap();
        let codes: Vec<_> =
            store.terms(gent.id, TermKind::Skill).await.unwrap().into_iter().map(|t| (t.code, t.label)).collect();
        assert_eq!(
            codes,
            [
                ("driving".to_owned(), "At the wheel".to_owned()),
                ("cooking".to_owned(), "Cooking".to_owned()),
                ("admin".to_owned(), "Paperwork".to_owned()),
                ("other".to_owned(), "Another skill".to_owned()),
            ]
        );

        // Another platform's list is its own.
        assert_eq!(
            store.terms(leuven.id, TermKind::Skill).await.unwrap(),
            [term(TermKind::Skill, "gardening", "Gardening")]
        );
        assert!(store.terms(leuven.id, TermKind::Cause).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_term_cannot_be_removed_while_an_opportunity_uses_it() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        for p in [gent.id, leuven.id] {
            store.put_term(p, &term(TermKind::Skill, "cooking", "Cooking")).await.unwrap();
            store.put_term(p, &term(TermKind::Cause, "poverty", "Poverty")).await.unwrap();
        }
        let mut content = draft("Soup kitchen");
        content.skills = vec!["cooking".into()];
        content.causes = vec!["poverty".into()];
        let id = create(&store, gent.id, bank.id, content, &[]).await;

        assert_store_error!(
            store.remove_term(gent.id, TermKind::Skill, "cooking").await,
            StoreError::Refused("term-in-use")
        );
        assert_store_error!(
            store.remove_term(gent.id, TermKind::Cause, "poverty").await,
            StoreError::Refused("term-in-use")
        );
        assert_eq!(store.terms(gent.id, TermKind::Skill).await.unwrap().len(), 1, "a refused removal keeps the term");
        // The same code of the other kind is another term, and does not exist.
        assert_store_error!(store.remove_term(gent.id, TermKind::Cause, "cooking").await, StoreError::NotFound("term"));
        // Gent's opportunity does not hold Leuven's terms.
        store.remove_term(leuven.id, TermKind::Skill, "cooking").await.unwrap();
        assert!(store.terms(leuven.id, TermKind::Skill).await.unwrap().is_empty());

        // Once no opportunity uses it, it goes; and then it is not found.
        store.update_opportunity(gent.id, id, &draft("Soup kitchen"), at("2026-01-06T10:00:00Z")).await.unwrap();
        store.remove_term(gent.id, TermKind::Skill, "cooking").await.unwrap();
        assert!(store.terms(gent.id, TermKind::Skill).await.unwrap().is_empty());
        assert_eq!(store.terms(gent.id, TermKind::Cause).await.unwrap().len(), 1);
        assert_store_error!(store.remove_term(gent.id, TermKind::Skill, "cooking").await, StoreError::NotFound("term"));
        assert_store_error!(
            store.remove_term(gent.id, TermKind::Skill, "never-there").await,
            StoreError::NotFound("term")
        );
    })
    .await;
}

#[tokio::test]
async fn an_opportunity_and_its_shifts_read_back_as_created() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let content = OpportunityDraft {
            title: "Sorting food".into(),
            description: "Sorting what the shops gave, for 200 families.".into(),
            skills: vec!["cooking".into(), "lifting".into()],
            causes: vec!["poverty".into()],
            languages: locales(&["fr", "nl"]),
            min_age: Some(16),
            accessibility: "Step-free, toilets on the ground floor.".into(),
            place: place(51.054_342, 3.717_424, "Sint-Pietersnieuwstraat 1, 9000 Gent"),
            status: OpportunityStatus::Published,
        };
        let when = at("2026-11-27T08:30:00.123456Z");
        let later = times(at("2027-01-12T13:00:00Z"), 3, 6);
        let sooner = times(at("2027-01-05T13:00:00.5Z"), 2, 4);
        let (created, shifts) =
            store.create_opportunity(gent.id, bank.id, &content, &[later, sooner], ann.id, when).await.unwrap();

        assert_eq!(created.platform_id, gent.id);
        assert_eq!(created.organisation_id, bank.id);
        assert_eq!(
            (
                &created.draft.title,
                &created.draft.description,
                &created.draft.skills,
                &created.draft.causes,
                &created.draft.languages
            ),
            (&content.title, &content.description, &content.skills, &content.causes, &content.languages)
        );
        assert_eq!(
            (created.draft.min_age, &created.draft.accessibility, &created.draft.place),
            (Some(16), &content.accessibility, &content.place)
        );
        assert_eq!((created.draft.status, created.created_at), (OpportunityStatus::Published, when));
        assert_eq!(store.opportunity(gent.id, created.id).await.unwrap().as_ref(), Some(&created));
        assert_eq!(store.opportunity_platform(created.id).await.unwrap(), Some(gent.id));

        // The shifts come back in the order given, empty, and read back by start.
        assert_eq!(shifts.len(), 2);
        for (shift, times) in shifts.iter().zip([later, sooner]) {
            assert_eq!((shift.platform_id, shift.opportunity_id), (gent.id, created.id));
            assert_eq!((shift.starts_at, shift.ends_at, shift.slots), (times.starts_at, times.ends_at, times.slots));
            assert_eq!((shift.taken, shift.waiting, shift.series_id, shift.cancelled_at), (0, 0, None, None));
            assert_eq!(store.shift(gent.id, shift.id).await.unwrap().as_ref(), Some(shift));
        }
        assert_eq!(store.shifts_of(gent.id, &[created.id]).await.unwrap(), [shifts[1].clone(), shifts[0].clone()]);

        // Remote work, no codes and no age limit read back as such; an ongoing
        // opportunity has no shifts.
        let mut remote = draft("Calling an older neighbour");
        remote.status = OpportunityStatus::Draft;
        let (created, shifts) = store.create_opportunity(gent.id, bank.id, &remote, &[], ann.id, when).await.unwrap();
        assert!(shifts.is_empty());
        assert_eq!(
            (created.draft.place.clone(), created.draft.min_age, created.draft.status),
            (Place::Remote, None, OpportunityStatus::Draft)
        );
        assert_eq!(store.opportunity(gent.id, created.id).await.unwrap(), Some(created.clone()));
        assert!(store.shifts_of(gent.id, &[created.id]).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn languages_read_back_as_they_were_created_whatever_their_order() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let mut content = draft("Welcoming newcomers");
        // As a form gives them: in the order people ticked them.
        content.languages = locales(&["nl", "ar", "fr"]);
        let when = at("2026-11-27T08:30:00Z");
        let (created, _) = store.create_opportunity(gent.id, bank.id, &content, &[], ann.id, when).await.unwrap();
        let read = store.opportunity(gent.id, created.id).await.unwrap().unwrap();
        assert_eq!(read.draft.languages, created.draft.languages, "what create_opportunity returns is what is stored");
    })
    .await;
}

#[tokio::test]
async fn updating_an_opportunity_replaces_its_content_and_codes() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let mut first = draft("Sorting food");
        first.skills = vec!["cooking".into(), "lifting".into()];
        first.causes = vec!["poverty".into()];
        first.languages = locales(&["nl"]);
        first.min_age = Some(18);
        first.place = place(51.05, 3.72, "Gent");
        let created_at = at("2026-11-27T08:30:00Z");
        let (created, _) = store.create_opportunity(gent.id, bank.id, &first, &[], ann.id, created_at).await.unwrap();

        let second = OpportunityDraft {
            title: "Sorting food and clothes".into(),
            description: "Now clothes too.".into(),
            skills: vec!["admin".into(), "driving".into()],
            causes: Vec::new(),
            languages: locales(&["en"]),
            min_age: None,
            accessibility: "Stairs only.".into(),
            place: Place::Remote,
            status: OpportunityStatus::Closed,
        };
        let updated = store.update_opportunity(gent.id, created.id, &second, at("2026-12-01T09:00:00Z")).await.unwrap();
        assert_eq!((updated.id, updated.organisation_id, updated.created_at), (created.id, bank.id, created_at));
        assert_eq!(
            (updated.draft.title.as_str(), updated.draft.description.as_str(), updated.draft.accessibility.as_str()),
            ("Sorting food and clothes", "Now clothes too.", "Stairs only.")
        );
        assert_eq!(
            (&updated.draft.skills, &updated.draft.causes, &updated.draft.languages),
            (&second.skills, &second.causes, &second.languages)
        );
        assert_eq!(
            (updated.draft.min_age, &updated.draft.place, updated.draft.status),
            (None, &Place::Remote, OpportunityStatus::Closed)
        );
        assert_eq!(store.opportunity(gent.id, created.id).await.unwrap(), Some(updated));

        // Old codes no longer find it; new ones do.
        let filter = OpportunityFilter { any_status: true, ..all() };
        let by_skill = |code: &str| OpportunityFilter { skill: Some(code.into()), ..filter.clone() };
        assert!(titles(&store, gent.id, &by_skill("cooking")).await.is_empty());
        assert_eq!(titles(&store, gent.id, &by_skill("driving")).await, ["Sorting food and clothes"]);
        // Text search reads the new words, not the old ones.
        assert_eq!(
            titles(&store, gent.id, &OpportunityFilter { text: Some("clothes".into()), ..filter.clone() }).await.len(),
            1
        );
        assert!(titles(&store, gent.id, &OpportunityFilter { text: Some("about".into()), ..filter }).await.is_empty());

        assert_store_error!(
            store.update_opportunity(gent.id, OpportunityId::new(), &second, at("2026-12-01T09:00:00Z")).await,
            StoreError::NotFound("opportunity")
        );
    })
    .await;
}

#[tokio::test]
async fn another_platforms_opportunities_read_as_nothing() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let (opportunity, shift) =
            opportunity_with_shift(&store, gent.id, bank.id, ann.id, hours_from_now(48), 3).await;
        let ongoing = create(&store, gent.id, bank.id, draft("Calling"), &[]).await;
        let leuven_bank = organisation(&store, leuven.id, "Voedselbank Leuven", ann.id).await;
        let (theirs, _) =
            opportunity_with_shift(&store, leuven.id, leuven_bank.id, ann.id, hours_from_now(48), 3).await;
        let when = at("2026-12-01T09:00:00Z");

        assert_eq!(store.opportunity(leuven.id, opportunity.id).await.unwrap(), None);
        assert_eq!(store.opportunity(gent.id, OpportunityId::new()).await.unwrap(), None);
        assert_eq!(store.opportunity_platform(OpportunityId::new()).await.unwrap(), None);
        assert_store_error!(
            store.update_opportunity(leuven.id, opportunity.id, &draft("Taken over"), when).await,
            StoreError::NotFound("opportunity")
        );
        assert_eq!(store.opportunity(gent.id, opportunity.id).await.unwrap().unwrap().draft.title, "Sorting food");
        assert!(store.shifts_of(leuven.id, &[opportunity.id]).await.unwrap().is_empty());
        assert_eq!(store.shifts_of(gent.id, &[opportunity.id, theirs.id]).await.unwrap(), std::slice::from_ref(&shift));
        assert_store_error!(
            store.add_shifts(leuven.id, opportunity.id, &[times(hours_from_now(72), 2, 2)], None, when).await,
            StoreError::NotFound("opportunity")
        );

        // Lists never show another platform's, whatever the filter.
        let ids = |platform: PlatformId, filter: OpportunityFilter| {
            let store = store.clone();
            async move {
                store
                    .list_opportunities(platform, &filter)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|l| l.opportunity.id)
                    .collect::<Vec<_>>()
            }
        };
        for filter in [all(), OpportunityFilter { any_status: true, ..all() }] {
            assert_eq!(ids(leuven.id, filter.clone()).await, [theirs.id]);
            assert_eq!(ids(gent.id, filter).await, [opportunity.id, ongoing]);
        }
        assert!(
            ids(leuven.id, OpportunityFilter { organisation: Some(bank.id), any_status: true, ..all() })
                .await
                .is_empty()
        );
        assert!(
            ids(gent.id, OpportunityFilter { organisation: Some(leuven_bank.id), any_status: true, ..all() })
                .await
                .is_empty()
        );
    })
    .await;
}

#[tokio::test]
async fn text_search_finds_lowercased_words_in_any_case_including_accented_capitals_and_needs_every_word() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let mut spring = draft("Grand MÉNAGE de printemps");
        spring.description = "Nettoyer le PARC ensemble".into();
        create(&store, gent.id, bank.id, spring, &[]).await;
        let mut summer = draft("Ménage d'été");
        summer.description = "À l'école".into();
        create(&store, gent.id, bank.id, summer, &[]).await;
        let mut soup = draft("Soup kitchen");
        soup.description = "Cook SOUP for 80 people, 100% vegetarian".into();
        create(&store, gent.id, bank.id, soup, &[]).await;
        let mut other = draft("Reading_club");
        other.description = "Books in Straße".into();
        create(&store, gent.id, bank.id, other, &[]).await;

        // The filter's words come lowercased (the search use case does it); what is
        // stored matches them whatever its case, accented capitals included.
        let search = |text: &str| OpportunityFilter { text: Some(text.to_owned()), ..all() };
        let mut found = titles(&store, gent.id, &search("ménage")).await;
        found.sort();
        assert_eq!(found, ["Grand MÉNAGE de printemps", "Ménage d'été"]);
        assert_eq!(titles(&store, gent.id, &search("soup")).await, ["Soup kitchen"]);
        // Title and description both count; every word must be found, in any order.
        assert_eq!(titles(&store, gent.id, &search("parc ménage")).await, ["Grand MÉNAGE de printemps"]);
        assert_eq!(titles(&store, gent.id, &search("  école   été ")).await, ["Ménage d'été"]);
        assert!(titles(&store, gent.id, &search("ménage soup")).await.is_empty());
        assert_eq!(titles(&store, gent.id, &search("straße")).await, ["Reading_club"]);
        // LIKE's wildcards are plain characters.
        assert_eq!(titles(&store, gent.id, &search("100%")).await, ["Soup kitchen"]);
        assert_eq!(titles(&store, gent.id, &search("%")).await, ["Soup kitchen"]);
        assert!(titles(&store, gent.id, &search("g_a")).await.is_empty());
        assert_eq!(titles(&store, gent.id, &search("_")).await, ["Reading_club"]);
    })
    .await;
}

#[tokio::test]
async fn lists_filter_by_skill_cause_language_place_and_organisation() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let park = organisation(&store, gent.id, "Friends of the park", ann.id).await;

        let mut kitchen = draft("Kitchen in Gent");
        kitchen.skills = vec!["cooking".into(), "lifting".into()];
        kitchen.causes = vec!["poverty".into()];
        kitchen.languages = locales(&["fr", "nl"]);
        kitchen.place = place(51.05, 3.72, "Korenmarkt, Gent");
        create(&store, gent.id, bank.id, kitchen, &[]).await;
        let mut driving = draft("Driving in Brussels");
        driving.skills = vec!["driving".into()];
        driving.causes = vec!["elderly".into(), "poverty".into()];
        driving.languages = locales(&["fr"]);
        driving.place = place(50.85, 4.35, "Grand-Place, Bruxelles");
        create(&store, gent.id, bank.id, driving, &[]).await;
        let mut calling = draft("Calling from home");
        calling.skills = vec!["listening".into()];
        calling.causes = vec!["elderly".into()];
        calling.languages = locales(&["nl"]);
        create(&store, gent.id, park.id, calling, &[]).await;

        let list = |filter: OpportunityFilter| {
            let store = store.clone();
            async move {
                let mut found = titles(&store, gent.id, &filter).await;
                found.sort();
                found
            }
        };
        assert_eq!(list(OpportunityFilter { skill: Some("cooking".into()), ..all() }).await, ["Kitchen in Gent"]);
        assert!(
            list(OpportunityFilter { skill: Some("poverty".into()), ..all() }).await.is_empty(),
            "a cause is not a skill"
        );
        assert_eq!(
            list(OpportunityFilter { cause: Some("poverty".into()), ..all() }).await,
            ["Driving in Brussels", "Kitchen in Gent"]
        );
        assert_eq!(
            list(OpportunityFilter { cause: Some("elderly".into()), ..all() }).await,
            ["Calling from home", "Driving in Brussels"]
        );
        assert_eq!(
            list(OpportunityFilter { language: Some("nl".into()), ..all() }).await,
            ["Calling from home", "Kitchen in Gent"]
        );
        assert_eq!(
            list(OpportunityFilter { language: Some("fr".into()), cause: Some("elderly".into()), ..all() }).await,
            ["Driving in Brussels"]
        );
        // A box around Gent: south, west, north, east. Remote work has no place in any box.
        assert_eq!(
            list(OpportunityFilter { within: Some((51.0, 3.6, 51.1, 3.8)), ..all() }).await,
            ["Kitchen in Gent"]
        );
        assert_eq!(
            list(OpportunityFilter { within: Some((50.0, 3.0, 52.0, 5.0)), ..all() }).await,
            ["Driving in Brussels", "Kitchen in Gent"]
        );
        assert!(list(OpportunityFilter { within: Some((40.0, -5.0, 45.0, 0.0)), ..all() }).await.is_empty());
        assert_eq!(list(OpportunityFilter { remote_only: true, ..all() }).await, ["Calling from home"]);
        assert_eq!(list(OpportunityFilter { organisation: Some(park.id), ..all() }).await, ["Calling from home"]);
        assert_eq!(
            list(OpportunityFilter { organisation: Some(bank.id), ..all() }).await,
            ["Driving in Brussels", "Kitchen in Gent"]
        );
        assert!(list(OpportunityFilter { organisation: Some(OrganisationId::new()), ..all() }).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn lists_show_what_is_to_come_by_next_shift_then_ongoing_work_and_hide_drafts_and_the_past() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let in_days = |days: i64| hours_from_now(24 * days);
        let (d2, d5, d10) = (in_days(2), in_days(5), in_days(10));

        // Created in an order that is not the listing order.
        let ongoing = create(&store, gent.id, bank.id, draft("Ongoing"), &[]).await;
        let twice = create(&store, gent.id, bank.id, draft("In 2 and 10 days"), &[d10, d2, in_days(-1)]).await;
        let five_a = create(&store, gent.id, bank.id, draft("In 5 days (a)"), &[d5]).await;
        let past = create(&store, gent.id, bank.id, draft("Over"), &[in_days(-2), in_days(-1)]).await;
        let five_b = create(&store, gent.id, bank.id, draft("In 5 days (b)"), &[d5]).await;
        let mut hidden = draft("Draft");
        hidden.status = OpportunityStatus::Draft;
        let hidden = create(&store, gent.id, bank.id, hidden, &[in_days(1)]).await;
        let mut closed = draft("Closed");
        closed.status = OpportunityStatus::Closed;
        let closed = create(&store, gent.id, bank.id, closed, &[in_days(3)]).await;
        let called_off = create(&store, gent.id, bank.id, draft("Called off"), &[in_days(4)]).await;
        let shift = store.shifts_of(gent.id, &[called_off]).await.unwrap()[0].id;
        store.cancel_shift(gent.id, shift, entraide_domain::time::now()).await.unwrap();

        let listed = |filter: OpportunityFilter| {
            let store = store.clone();
            async move {
                store
                    .list_opportunities(gent.id, &filter)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|l| (l.opportunity.id, l.next_start))
                    .collect::<Vec<_>>()
            }
        };
        // Two opportunities whose next shift starts at the same instant come by id.
        let (five_first, five_second) = if five_a < five_b { (five_a, five_b) } else { (five_b, five_a) };
        assert_eq!(
            listed(all()).await,
            [(twice, Some(d2)), (five_first, Some(d5)), (five_second, Some(d5)), (ongoing, None)],
            "published, to come, by next shift then id; ongoing last; no drafts, closed, past or cancelled"
        );

        // A date range lists opportunities with a shift in it, by their next shift in it,
        // and no ongoing ones.
        assert_eq!(
            listed(OpportunityFilter { from: Some(in_days(4)), ..all() }).await,
            [(five_first, Some(d5)), (five_second, Some(d5)), (twice, Some(d10))]
        );
        assert_eq!(
            listed(OpportunityFilter { from: Some(in_days(4)), to: Some(in_days(8)), ..all() }).await,
            [(five_first, Some(d5)), (five_second, Some(d5))]
        );
        assert_eq!(listed(OpportunityFilter { to: Some(in_days(3)), ..all() }).await, [(twice, Some(d2))]);
        // `from` counts a shift starting at that very instant; `to` does not.
        assert_eq!(listed(OpportunityFilter { from: Some(d10), ..all() }).await, [(twice, Some(d10))]);
        assert!(
            listed(OpportunityFilter { from: Some(d2 + chrono::Duration::microseconds(1)), to: Some(d5), ..all() })
                .await
                .is_empty()
        );

        // The organisation's own pages see drafts, closed and past ones too.
        let mut everything: Vec<_> =
            listed(OpportunityFilter { any_status: true, ..all() }).await.into_iter().map(|(id, _)| id).collect();
        assert_eq!(everything[0], hidden, "the draft's shift is the soonest");
        everything.sort();
        let mut expected = vec![ongoing, twice, five_a, past, five_b, hidden, closed, called_off];
        expected.sort();
        assert_eq!(everything, expected);
    })
    .await;
}

#[tokio::test]
async fn pages_follow_each_other_without_skipping_or_repeating() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let same = hours_from_now(30);
        let starts = [
            vec![hours_from_now(50)],
            vec![same],
            vec![],
            vec![same, hours_from_now(100)],
            vec![hours_from_now(20)],
            vec![],
            vec![same],
            vec![hours_from_now(-5), hours_from_now(70)],
            vec![],
            vec![same],
        ];
        for (n, starts) in starts.iter().enumerate() {
            create(&store, gent.id, bank.id, draft(&format!("Opportunity {n}")), starts).await;
        }
        let whole = store.list_opportunities(gent.id, &all()).await.unwrap();
        assert_eq!(whole.len(), 10);
        for pair in whole.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let in_order = match (a.next_start, b.next_start) {
                (Some(x), Some(y)) => (x, a.opportunity.id) < (y, b.opportunity.id),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => a.opportunity.id < b.opportunity.id,
            };
            assert!(in_order, "{:?} before {:?}", (a.next_start, a.opportunity.id), (b.next_start, b.opportunity.id));
        }

        for limit in [1, 3, 4] {
            let mut paged = Vec::new();
            let mut after = None;
            loop {
                let page =
                    store.list_opportunities(gent.id, &OpportunityFilter { after, limit, ..all() }).await.unwrap();
                assert!(page.len() <= usize::try_from(limit).unwrap());
                let Some(last) = page.last() else { break };
                after = Some((last.next_start, last.opportunity.id));
                paged.extend(page);
            }
            assert_eq!(paged, whole, "pages of {limit}");
        }
        assert!(store.list_opportunities(gent.id, &OpportunityFilter { limit: 0, ..all() }).await.unwrap().is_empty());
    })
    .await;
}
