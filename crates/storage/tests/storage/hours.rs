//! Hours: what volunteers report, what coordinators decide, and the totals of time given.

use crate::harness::{
    account, assert_store_error, at, draft, on_both, opportunity_with_shift, organisation, platform, times,
};
use chrono::{Duration, NaiveDate};
use entraide_domain::hours::ReportStatus;
use entraide_domain::id::{AccountId, HourReportId, OpportunityId, OrganisationId, PlatformId};
use entraide_domain::time::Timestamp;
use entraide_storage::{OrganisationFigures, Storage, StoreError};
use std::sync::Arc;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// An ongoing opportunity (no shifts) of `organisation`.
async fn ongoing(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    organisation: OrganisationId,
    by: AccountId,
    title: &str,
) -> OpportunityId {
    store
        .create_opportunity(platform, organisation, &draft(title), &[], by, at("2031-01-01T09:00:00Z"))
        .await
        .unwrap()
        .0
        .id
}

/// Someone signs up to a shift of `slots` places from `starts_at`, `hours` long, on
/// `opportunity`, and is marked present (with `minutes`, or the shift's length) or absent.
#[allow(clippy::too_many_arguments, reason = "a test fixture that reads as a sentence")]
async fn attended(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    opportunity: OpportunityId,
    starts_at: Timestamp,
    hours: i64,
    person: AccountId,
    present: bool,
    minutes: Option<i64>,
) {
    let shift = store
        .add_shifts(platform, opportunity, &[times(starts_at, hours, 5)], None, starts_at - Duration::days(20))
        .await
        .unwrap();
    let signup = store.sign_up(platform, shift[0].id, person, starts_at - Duration::days(10)).await.unwrap();
    store
        .mark_attendance(platform, signup.id, present, minutes, person, starts_at + Duration::hours(hours))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_report_is_pending_until_decided_once() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let coordinator = account(&store, "coordinator@example.org", "Coordinator").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", coordinator.id).await;
        let calling = ongoing(&store, gent.id, bank.id, coordinator.id, "Calling").await;
        let when = at("2031-03-02T18:30:00.25Z");

        let report = store
            .report_hours(gent.id, calling, ann.id, day("2031-03-01"), 90, "Called Mrs Peeters twice", when)
            .await
            .unwrap();
        assert_eq!(
            (report.opportunity_id, report.account_id, report.day, report.minutes),
            (calling, ann.id, day("2031-03-01"), 90)
        );
        assert_eq!(
            (report.note.as_str(), report.status, report.created_at),
            ("Called Mrs Peeters twice", ReportStatus::Pending, when)
        );
        assert_eq!(store.hour_report(gent.id, report.id).await.unwrap().as_ref(), Some(&report));
        assert_eq!(store.report_platform(report.id).await.unwrap(), Some(gent.id));

        let approved =
            store.decide_report(gent.id, report.id, true, coordinator.id, when + Duration::days(1)).await.unwrap();
        assert_eq!(approved.status, ReportStatus::Approved);
        assert_eq!(approved.id, report.id);
        assert_eq!(store.hour_report(gent.id, report.id).await.unwrap(), Some(approved.clone()));
        // Decided is decided, either way.
        for approve in [true, false] {
            assert_store_error!(
                store.decide_report(gent.id, report.id, approve, coordinator.id, when + Duration::days(2)).await,
                StoreError::Refused("report-decided")
            );
        }
        assert_eq!(store.hour_report(gent.id, report.id).await.unwrap(), Some(approved));

        let other = store.report_hours(gent.id, calling, ann.id, day("2031-03-02"), 30, "", when).await.unwrap();
        let declined = store.decide_report(gent.id, other.id, false, coordinator.id, when).await.unwrap();
        assert_eq!((declined.status, declined.note.as_str()), (ReportStatus::Declined, ""));
        assert_store_error!(
            store.decide_report(gent.id, other.id, true, coordinator.id, when).await,
            StoreError::Refused("report-decided")
        );

        // Another platform's report, or none: not found.
        let pending = store.report_hours(gent.id, calling, ann.id, day("2031-03-02"), 45, "", when).await.unwrap();
        assert_eq!(store.hour_report(leuven.id, pending.id).await.unwrap(), None);
        assert_store_error!(
            store.decide_report(leuven.id, pending.id, true, coordinator.id, when).await,
            StoreError::NotFound("report")
        );
        assert_eq!(store.hour_report(gent.id, pending.id).await.unwrap().unwrap().status, ReportStatus::Pending);
        assert_store_error!(
            store.decide_report(gent.id, HourReportId::new(), true, coordinator.id, when).await,
            StoreError::NotFound("report")
        );
        assert_eq!(store.report_platform(HourReportId::new()).await.unwrap(), None);
        assert_eq!(store.hour_report(gent.id, HourReportId::new()).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn hours_are_reported_only_on_an_opportunity_of_the_platform() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let calling = ongoing(&store, gent.id, bank.id, ann.id, "Calling").await;
        let when = at("2031-03-02T18:30:00Z");
        assert_store_error!(
            store.report_hours(gent.id, OpportunityId::new(), ann.id, day("2031-03-01"), 60, "", when).await,
            StoreError::NotFound("opportunity")
        );
        assert_store_error!(
            store.report_hours(leuven.id, calling, ann.id, day("2031-03-01"), 60, "", when).await,
            StoreError::NotFound("opportunity")
        );
        assert!(store.account_reports(ann.id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn reports_are_listed_newest_first_for_the_organisation_and_for_the_person() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let coordinator = account(&store, "coordinator@example.org", "Coordinator").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let bank = organisation(&store, gent.id, "Food bank", coordinator.id).await;
        let park = organisation(&store, gent.id, "Friends of the park", coordinator.id).await;
        let leuven_bank = organisation(&store, leuven.id, "Voedselbank Leuven", coordinator.id).await;
        let calling = ongoing(&store, gent.id, bank.id, coordinator.id, "Calling").await;
        let shopping = ongoing(&store, gent.id, bank.id, coordinator.id, "Shopping").await;
        let weeding = ongoing(&store, gent.id, park.id, coordinator.id, "Weeding").await;
        let leuven_calling = ongoing(&store, leuven.id, leuven_bank.id, coordinator.id, "Bellen").await;
        let t = |minute: i64| at("2031-03-02T18:00:00Z") + Duration::minutes(minute);
        let d = day("2031-03-01");

        let r1 = store.report_hours(gent.id, calling, ann.id, d, 60, "first", t(0)).await.unwrap();
        let r2 = store.report_hours(gent.id, shopping, bob.id, d, 30, "second", t(1)).await.unwrap();
        let r3 = store.report_hours(gent.id, weeding, ann.id, d, 45, "third", t(2)).await.unwrap();
        let r4 = store.report_hours(leuven.id, leuven_calling, ann.id, d, 20, "fourth", t(3)).await.unwrap();
        let r5 = store.report_hours(gent.id, calling, ann.id, d, 15, "fifth", t(4)).await.unwrap();
        let r2 = store.decide_report(gent.id, r2.id, true, coordinator.id, t(10)).await.unwrap();

        assert_eq!(
            store.organisation_reports(gent.id, bank.id).await.unwrap(),
            [(r5.clone(), "Ann".to_owned()), (r2, "Bob".to_owned()), (r1.clone(), "Ann".to_owned())]
        );
        assert_eq!(store.organisation_reports(gent.id, park.id).await.unwrap(), [(r3.clone(), "Ann".to_owned())]);
        assert!(store.organisation_reports(leuven.id, bank.id).await.unwrap().is_empty());
        assert!(store.organisation_reports(gent.id, leuven_bank.id).await.unwrap().is_empty());
        // A person sees their own, on every platform.
        assert_eq!(store.account_reports(ann.id).await.unwrap(), [r5, r4, r3, r1]);
        assert!(store.account_reports(coordinator.id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_persons_minutes_are_attended_shifts_and_approved_reports() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let coordinator = account(&store, "coordinator@example.org", "Coordinator").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let bank = organisation(&store, gent.id, "Food bank", coordinator.id).await;
        let leuven_bank = organisation(&store, leuven.id, "Voedselbank Leuven", coordinator.id).await;
        let start = at("2031-02-10T09:00:00Z");
        let (sorting, _) =
            opportunity_with_shift(&store, gent.id, bank.id, coordinator.id, start + Duration::days(60), 5).await;
        let (leuven_sorting, _) =
            opportunity_with_shift(&store, leuven.id, leuven_bank.id, coordinator.id, start + Duration::days(60), 5)
                .await;
        assert_eq!(store.account_minutes(ann.id).await.unwrap(), 0);

        // Three hours at the shift's length, 45 minutes as marked, and a no-show.
        attended(&store, gent.id, sorting.id, start, 3, ann.id, true, None).await;
        attended(&store, leuven.id, leuven_sorting.id, start, 2, ann.id, true, Some(45)).await;
        attended(&store, gent.id, sorting.id, start + Duration::days(1), 2, ann.id, false, None).await;
        attended(&store, gent.id, sorting.id, start, 3, bob.id, true, Some(500)).await;
        // Reports: approved, declined, pending.
        let when = at("2031-03-02T18:00:00Z");
        for (minutes, decision) in [(90, Some(true)), (60, Some(false)), (30, None)] {
            let report =
                store.report_hours(gent.id, sorting.id, ann.id, day("2031-03-01"), minutes, "", when).await.unwrap();
            if let Some(approve) = decision {
                store.decide_report(gent.id, report.id, approve, coordinator.id, when).await.unwrap();
            }
        }
        assert_eq!(store.account_minutes(ann.id).await.unwrap(), 180 + 45 + 90);
        assert_eq!(store.account_minutes(bob.id).await.unwrap(), 500);
        assert_eq!(store.account_minutes(coordinator.id).await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn an_organisations_figures_count_places_to_come_and_minutes_given_this_month_and_ever() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let coordinator = account(&store, "coordinator@example.org", "Coordinator").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let bank = organisation(&store, gent.id, "Food bank", coordinator.id).await;
        let park = organisation(&store, gent.id, "Friends of the park", coordinator.id).await;
        let leuven_bank = organisation(&store, leuven.id, "Voedselbank Leuven", coordinator.id).await;
        let now = at("2031-03-15T12:00:00Z");
        let month_start = at("2031-03-01T00:00:00Z");
        let calling = ongoing(&store, gent.id, bank.id, coordinator.id, "Calling").await;
        let (sorting, soon) =
            opportunity_with_shift(&store, gent.id, bank.id, coordinator.id, at("2031-03-20T09:00:00Z"), 5).await;
        assert_eq!(
            store.organisation_figures(gent.id, park.id, now, month_start).await.unwrap(),
            OrganisationFigures::default()
        );

        // To come: 5 places (2 taken), 3 places (1 taken), 2 places starting right now;
        // not a cancelled shift, nor one that started a second ago.
        let later = store
            .add_shifts(
                gent.id,
                sorting.id,
                &[
                    times(at("2031-04-02T09:00:00Z"), 2, 3),
                    times(now, 1, 2),
                    times(at("2031-03-25T09:00:00Z"), 2, 10),
                    times(now - Duration::seconds(1), 1, 4),
                ],
                None,
                at("2031-01-01T00:00:00Z"),
            )
            .await
            .unwrap();
        store.cancel_shift(gent.id, later[2].id, at("2031-03-10T00:00:00Z")).await.unwrap();
        let before = at("2031-03-01T00:00:00Z");
        store.sign_up(gent.id, soon.id, ann.id, before).await.unwrap();
        store.sign_up(gent.id, soon.id, bob.id, before).await.unwrap();
        store.sign_up(gent.id, later[0].id, ann.id, before).await.unwrap();
        store.sign_up(gent.id, later[3].id, ann.id, before).await.unwrap();

        // Given: in February, three hours at a shift and an approved half-hour report;
        // in March, 100 minutes at a shift and an approved hour; a declined report and a
        // pending one count for nothing.
        attended(&store, gent.id, sorting.id, at("2031-02-10T09:00:00Z"), 3, ann.id, true, None).await;
        attended(&store, gent.id, sorting.id, at("2031-03-05T09:00:00Z"), 2, bob.id, true, Some(100)).await;
        attended(&store, gent.id, sorting.id, at("2031-03-06T09:00:00Z"), 2, ann.id, false, None).await;
        let decided = at("2031-03-10T00:00:00Z");
        for (day_text, minutes, decision) in [
            ("2031-02-27", 30, Some(true)),
            ("2031-03-02", 60, Some(true)),
            ("2031-03-03", 45, Some(false)),
            ("2031-03-04", 20, None),
        ] {
            let report =
                store.report_hours(gent.id, calling, ann.id, day(day_text), minutes, "", decided).await.unwrap();
            if let Some(approve) = decision {
                store.decide_report(gent.id, report.id, approve, coordinator.id, decided).await.unwrap();
            }
        }
        // Other organisations' hours, here and elsewhere, are theirs.
        let weeding = ongoing(&store, gent.id, park.id, coordinator.id, "Weeding").await;
        attended(&store, gent.id, weeding, at("2031-03-05T09:00:00Z"), 1, ann.id, true, None).await;
        let leuven_calling = ongoing(&store, leuven.id, leuven_bank.id, coordinator.id, "Bellen").await;
        let report =
            store.report_hours(leuven.id, leuven_calling, ann.id, day("2031-03-02"), 77, "", decided).await.unwrap();
        store.decide_report(leuven.id, report.id, true, coordinator.id, decided).await.unwrap();

        assert_eq!(
            store.organisation_figures(gent.id, bank.id, now, month_start).await.unwrap(),
            OrganisationFigures {
                upcoming_shifts: 3,
                upcoming_slots: 5 + 3 + 2,
                upcoming_taken: 2 + 1,
                minutes_this_month: 100 + 60,
                minutes_total: 180 + 30 + 100 + 60,
            }
        );
        let park_figures = store.organisation_figures(gent.id, park.id, now, month_start).await.unwrap();
        assert_eq!(
            (park_figures.upcoming_shifts, park_figures.minutes_this_month, park_figures.minutes_total),
            (0, 60, 60)
        );
        assert_eq!(
            store.organisation_figures(leuven.id, bank.id, now, month_start).await.unwrap(),
            OrganisationFigures::default()
        );
    })
    .await;
}
