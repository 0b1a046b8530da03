//! Shifts, sign-ups, the waiting list, attendance, and the messages they queue: places
//! are never overbooked, lost or given twice, whatever the number of concurrent requests.

use crate::harness::{
    account, accounts, all_notify_jobs, assert_store_error, at, draft, notify_jobs, on_both, on_both_with_url,
    opportunity_with_shift, organisation, place, platform, times,
};
use chrono::Duration;
use entraide_domain::account::Account;
use entraide_domain::id::{AccountId, OpportunityId, PlatformId, SeriesId, ShiftId, SignupId};
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
use entraide_domain::time::Timestamp;
use entraide_storage::{Ending, Storage, StoreError};
use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::sync::Arc;
use tokio::sync::Barrier;

/// When the shifts of these tests start, unless a test says otherwise.
fn start() -> Timestamp {
    at("2031-03-10T13:00:00Z")
}

/// `hours` before the start.
fn before(hours: i64) -> Timestamp {
    start() - Duration::hours(hours)
}

/// A platform, an organisation and its coordinator, and a three-hour shift of `slots`
/// places starting at `start()`.
async fn shift_with_places(store: &Arc<dyn Storage>, slots: i64) -> (PlatformId, AccountId, Shift) {
    let gent = platform(store, "gent", "Gent").await;
    let coordinator = account(store, "coordinator@example.org", "Coordinator").await;
    let bank = organisation(store, gent.id, "Food bank", coordinator.id).await;
    let (_, shift) = opportunity_with_shift(store, gent.id, bank.id, coordinator.id, start(), slots).await;
    (gent.id, coordinator.id, shift)
}

/// Signs these people up one after the other, a minute apart, from three days before the
/// start.
async fn sign_up_all(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    shift: ShiftId,
    people: &[Account],
) -> Vec<Signup> {
    let mut signups = Vec::new();
    for (n, person) in people.iter().enumerate() {
        let when = before(72) + Duration::minutes(i64::try_from(n).unwrap());
        signups.push(store.sign_up(platform, shift, person.id, when).await.unwrap());
    }
    signups
}

/// The shift's roster as (name, status, position).
async fn roster(
    store: &Arc<dyn Storage>,
    platform: PlatformId,
    shift: ShiftId,
) -> Vec<(String, SignupStatus, Option<i64>)> {
    store
        .roster(platform, shift)
        .await
        .unwrap()
        .into_iter()
        .map(|l| (l.display_name, l.signup.status, l.signup.position))
        .collect()
}

/// The waiting list: who, in order, checking that positions run 1, 2, 3… without a gap.
async fn waiting_list(store: &Arc<dyn Storage>, platform: PlatformId, shift: ShiftId) -> Vec<AccountId> {
    let waiting: Vec<Signup> = store
        .roster(platform, shift)
        .await
        .unwrap()
        .into_iter()
        .map(|l| l.signup)
        .filter(|s| s.status == SignupStatus::Waitlisted)
        .collect();
    let positions: Vec<i64> = waiting.iter().map(|s| s.position.unwrap()).collect();
    let expected: Vec<i64> = (1..=i64::try_from(waiting.len()).unwrap()).collect();
    assert_eq!(positions, expected, "waiting-list positions");
    waiting.into_iter().map(|s| s.account_id).collect()
}

/// A roster line of someone active: confirmed, or waiting at `position`.
fn active(name: &str, position: Option<i64>) -> (String, SignupStatus, Option<i64>) {
    let status = if position.is_some() { SignupStatus::Waitlisted } else { SignupStatus::Confirmed };
    (name.to_owned(), status, position)
}

#[tokio::test]
async fn shifts_are_added_singly_or_as_a_series_and_read_back_by_start() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = organisation(&store, gent.id, "Food bank", ann.id).await;
        let (first, shift) = opportunity_with_shift(&store, gent.id, bank.id, ann.id, start(), 4).await;
        let (second, _) =
            store.create_opportunity(gent.id, bank.id, &draft("Calling"), &[], ann.id, before(500)).await.unwrap();

        let series = SeriesId::new();
        let weekly: Vec<_> = (1..=3).map(|week| times(start() + Duration::weeks(week), 3, 4)).collect();
        let added = store.add_shifts(gent.id, first.id, &weekly, Some(series), before(100)).await.unwrap();
        assert_eq!(added.len(), 3);
        for (shift, times) in added.iter().zip(&weekly) {
            assert_eq!((shift.opportunity_id, shift.platform_id, shift.series_id), (first.id, gent.id, Some(series)));
            assert_eq!(
                (shift.starts_at, shift.ends_at, shift.slots, shift.taken, shift.waiting),
                (times.starts_at, times.ends_at, 4, 0, 0)
            );
            assert_eq!(store.shift(gent.id, shift.id).await.unwrap().as_ref(), Some(shift));
            assert_eq!(store.shift_platform(shift.id).await.unwrap(), Some(gent.id));
        }
        // One before all the others, on the other opportunity.
        let single = store.add_shifts(gent.id, second.id, &[times(before(1), 1, 2)], None, before(100)).await.unwrap();
        assert_eq!(single[0].series_id, None);

        let both = store.shifts_of(gent.id, &[first.id, second.id]).await.unwrap();
        let expected: Vec<Shift> = [single[0].clone(), shift].into_iter().chain(added).collect();
        assert_eq!(both, expected);
        assert!(store.shifts_of(gent.id, &[]).await.unwrap().is_empty());
        assert_eq!(store.shift(gent.id, ShiftId::new()).await.unwrap(), None);
        assert_eq!(store.shift_platform(ShiftId::new()).await.unwrap(), None);
        assert_store_error!(
            store.add_shifts(gent.id, OpportunityId::new(), &weekly, None, before(100)).await,
            StoreError::NotFound("opportunity")
        );
    })
    .await;
}

#[tokio::test]
async fn signing_up_confirms_while_places_remain_then_waitlists_in_order() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 2).await;
        let people = accounts(&store, 4).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;

        let summary: Vec<_> = signups.iter().map(|s| (s.account_id, s.status, s.position)).collect();
        assert_eq!(
            summary,
            [
                (people[0].id, SignupStatus::Confirmed, None),
                (people[1].id, SignupStatus::Confirmed, None),
                (people[2].id, SignupStatus::Waitlisted, Some(1)),
                (people[3].id, SignupStatus::Waitlisted, Some(2)),
            ]
        );
        for signup in &signups {
            assert_eq!(
                (signup.shift_id, signup.late, signup.attended, signup.minutes, signup.cancelled_at),
                (shift.id, false, None, None, None)
            );
            assert_eq!(store.signup(gent, signup.id).await.unwrap().as_ref(), Some(signup));
            assert_eq!(store.signup_platform(signup.id).await.unwrap(), Some(gent));
        }
        assert_eq!(signups[3].created_at, before(72) + Duration::minutes(3));
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.slots, read.taken, read.waiting), (2, 2, 2));

        // Once on the shift, confirmed or waiting, a person cannot sign up again.
        assert_store_error!(
            store.sign_up(gent, shift.id, people[0].id, before(1)).await,
            StoreError::Conflict("signup")
        );
        assert_store_error!(
            store.sign_up(gent, shift.id, people[3].id, before(1)).await,
            StoreError::Conflict("signup")
        );
        assert_store_error!(
            store.sign_up(gent, ShiftId::new(), people[0].id, before(1)).await,
            StoreError::NotFound("shift")
        );
        assert_eq!(store.signup(gent, SignupId::new()).await.unwrap(), None);
        assert_eq!(store.signup_platform(SignupId::new()).await.unwrap(), None);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (2, 2), "refused sign-ups count for nothing");

        // After cancelling, they may sign up again, at the end of the list.
        store.end_signup(gent, signups[0].id, Ending::Cancelled, before(48)).await.unwrap();
        let again = store.sign_up(gent, shift.id, people[0].id, before(47)).await.unwrap();
        assert_eq!((again.status, again.position), (SignupStatus::Waitlisted, Some(2)));
        assert_ne!(again.id, signups[0].id);
    })
    .await;
}

#[tokio::test]
async fn a_shift_that_started_takes_no_sign_ups() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 2).await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        assert_store_error!(store.sign_up(gent, shift.id, ann.id, start()).await, StoreError::Refused("shift-past"));
        assert_store_error!(
            store.sign_up(gent, shift.id, ann.id, start() + Duration::hours(5)).await,
            StoreError::Refused("shift-past")
        );
        let signup = store.sign_up(gent, shift.id, ann.id, start() - Duration::microseconds(1)).await.unwrap();
        assert_eq!(signup.status, SignupStatus::Confirmed);
    })
    .await;
}

#[tokio::test]
async fn a_cancelled_shift_takes_no_sign_ups_and_everyone_on_it_is_told() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 1).await;
        let people = accounts(&store, 4).await;
        let signups = sign_up_all(&store, gent, shift.id, &people[..3]).await;
        store.end_signup(gent, signups[2].id, Ending::Cancelled, before(60)).await.unwrap();

        let cancelled = store.cancel_shift(gent, shift.id, before(50)).await.unwrap();
        assert_eq!(cancelled.cancelled_at, Some(before(50)));
        assert_eq!(store.shift(gent, shift.id).await.unwrap(), Some(cancelled));
        assert_store_error!(
            store.sign_up(gent, shift.id, people[3].id, before(40)).await,
            StoreError::Refused("shift-cancelled")
        );
        assert_store_error!(
            store.cancel_shift(gent, shift.id, before(40)).await,
            StoreError::Refused("shift-cancelled")
        );
        assert_store_error!(
            store.update_shift(gent, shift.id, &times(start(), 3, 5), before(40)).await,
            StoreError::Refused("shift-cancelled")
        );
        assert_store_error!(store.cancel_shift(gent, ShiftId::new(), before(40)).await, StoreError::NotFound("shift"));

        // The confirmed and the waiting person are told; the one who had left is not.
        let told = |jobs: Vec<(String, Timestamp)>| {
            jobs.into_iter().filter(|(e, _)| e == "shift-cancelled").collect::<Vec<_>>()
        };
        assert_eq!(told(notify_jobs(&url, signups[0].id).await), [("shift-cancelled".to_owned(), before(50))]);
        assert_eq!(told(notify_jobs(&url, signups[1].id).await), [("shift-cancelled".to_owned(), before(50))]);
        assert!(told(notify_jobs(&url, signups[2].id).await).is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_sign_up_queues_its_messages_in_the_same_transaction() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 1).await;
        let people = accounts(&store, 2).await;
        let when = before(72);
        let confirmed = store.sign_up(gent, shift.id, people[0].id, when).await.unwrap();
        let waiting = store.sign_up(gent, shift.id, people[1].id, when).await.unwrap();

        // Confirmed more than a day ahead: told now, reminded a day before.
        assert_eq!(
            notify_jobs(&url, confirmed.id).await,
            [("signup-confirmed".to_owned(), when), ("shift-reminder".to_owned(), before(24))]
        );
        assert_eq!(notify_jobs(&url, waiting.id).await, [("signup-waitlisted".to_owned(), when)]);
        assert_eq!(all_notify_jobs(&url).await.len(), 3);

        // Confirmed two hours ahead: too late for a reminder.
        let soon =
            store.add_shifts(gent, shift.opportunity_id, &[times(start(), 1, 1)], None, before(100)).await.unwrap();
        let late = store.sign_up(gent, soon[0].id, people[0].id, before(2)).await.unwrap();
        assert_eq!(notify_jobs(&url, late.id).await, [("signup-confirmed".to_owned(), before(2))]);

        // A refused sign-up leaves no message behind.
        assert_store_error!(store.sign_up(gent, shift.id, people[0].id, when).await, StoreError::Conflict("signup"));
        assert_eq!(all_notify_jobs(&url).await.len(), 4);
    })
    .await;
}

#[tokio::test]
async fn ending_a_sign_up_gives_the_place_to_the_first_waiting_and_closes_the_gap() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 1).await;
        let people = accounts(&store, 5).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;

        // Someone in the middle of the waiting list leaves: those behind move up.
        let ended = store.end_signup(gent, signups[2].id, Ending::Cancelled, before(60)).await.unwrap();
        assert_eq!(
            (ended.signup.status, ended.signup.position, ended.signup.cancelled_at),
            (SignupStatus::Cancelled, None, Some(before(60)))
        );
        assert_eq!(ended.promoted, None);
        assert_eq!(store.signup(gent, signups[2].id).await.unwrap(), Some(ended.signup));
        assert_eq!(waiting_list(&store, gent, shift.id).await, [people[1].id, people[3].id, people[4].id]);

        // The confirmed person leaves: the first waiting takes the place.
        let ended = store.end_signup(gent, signups[0].id, Ending::Cancelled, before(50)).await.unwrap();
        let promoted = ended.promoted.unwrap();
        assert_eq!((promoted.id, promoted.status, promoted.position), (signups[1].id, SignupStatus::Confirmed, None));
        assert_eq!(store.signup(gent, promoted.id).await.unwrap(), Some(promoted.clone()));
        assert_eq!(waiting_list(&store, gent, shift.id).await, [people[3].id, people[4].id]);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (1, 2));
        assert_eq!(
            notify_jobs(&url, promoted.id).await,
            [
                ("signup-waitlisted".to_owned(), before(72) + Duration::minutes(1)),
                ("signup-promoted".to_owned(), before(50)),
                ("shift-reminder".to_owned(), before(24)),
            ]
        );

        // The last on the list leaves: nobody moves.
        store.end_signup(gent, signups[4].id, Ending::Cancelled, before(40)).await.unwrap();
        assert_eq!(waiting_list(&store, gent, shift.id).await, [people[3].id]);

        // An ended sign-up cannot end again.
        assert_store_error!(
            store.end_signup(gent, signups[0].id, Ending::Cancelled, before(30)).await,
            StoreError::Refused("signup-ended")
        );
        assert_store_error!(
            store.end_signup(gent, signups[0].id, Ending::Removed, before(30)).await,
            StoreError::Refused("signup-ended")
        );
        assert_store_error!(
            store.end_signup(gent, SignupId::new(), Ending::Cancelled, before(30)).await,
            StoreError::NotFound("signup")
        );
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (1, 1));
    })
    .await;
}

#[tokio::test]
async fn a_place_freed_once_the_shift_started_goes_to_no_one() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 1).await;
        let people = accounts(&store, 2).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        let ended =
            store.end_signup(gent, signups[0].id, Ending::Removed, start() + Duration::minutes(10)).await.unwrap();
        assert_eq!(ended.promoted, None);
        assert_eq!(waiting_list(&store, gent, shift.id).await, [people[1].id]);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (0, 1));
    })
    .await;
}

#[tokio::test]
async fn a_confirmed_person_cancelling_less_than_a_day_ahead_cancels_late() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 3).await;
        let people = accounts(&store, 4).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        let cancel = |id: SignupId, when: Timestamp| {
            let store = store.clone();
            async move { store.end_signup(gent, id, Ending::Cancelled, when).await.unwrap().signup }
        };

        // Two hours before the start (the fourth person moves up into the place).
        let late = cancel(signups[0].id, before(2)).await;
        assert!(late.late);
        assert!(store.signup(gent, late.id).await.unwrap().unwrap().late, "kept");
        // Exactly a day before is still in time; a microsecond later is not.
        assert!(!cancel(signups[1].id, before(24)).await.late);
        assert!(cancel(signups[2].id, before(24) + Duration::microseconds(1)).await.late);
        assert!(!store.signup(gent, signups[1].id).await.unwrap().unwrap().late);

        // Leaving the waiting list is never late.
        for person in &people[..2] {
            assert_eq!(
                store.sign_up(gent, shift.id, person.id, before(3)).await.unwrap().status,
                SignupStatus::Confirmed
            );
        }
        let waiting = store.sign_up(gent, shift.id, people[2].id, before(3)).await.unwrap();
        assert_eq!(waiting.status, SignupStatus::Waitlisted);
        assert!(!cancel(waiting.id, before(1)).await.late);

        // Three days ahead, nobody is late.
        let later = store
            .add_shifts(gent, shift.opportunity_id, &[times(start() + Duration::days(3), 2, 1)], None, before(100))
            .await
            .unwrap();
        let early = store.sign_up(gent, later[0].id, people[2].id, before(10)).await.unwrap();
        assert!(!cancel(early.id, start()).await.late);
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_removing_a_sign_up_marks_it_removed_and_tells_the_person() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 1).await;
        let people = accounts(&store, 2).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        let ended = store.end_signup(gent, signups[0].id, Ending::Removed, before(30)).await.unwrap();
        assert_eq!(
            (ended.signup.status, ended.signup.cancelled_at, ended.signup.late),
            (SignupStatus::Removed, Some(before(30)), false)
        );
        assert_eq!(ended.promoted.as_ref().map(|s| s.id), Some(signups[1].id));
        assert_eq!(store.signup(gent, signups[0].id).await.unwrap().unwrap().status, SignupStatus::Removed);
        let told: Vec<_> =
            notify_jobs(&url, signups[0].id).await.into_iter().filter(|(e, _)| e == "signup-removed").collect();
        assert_eq!(told, [("signup-removed".to_owned(), before(30))]);
        // A volunteer who cancels is not told they were removed.
        let ended = store.end_signup(gent, signups[1].id, Ending::Cancelled, before(20)).await.unwrap();
        assert_eq!(ended.signup.status, SignupStatus::Cancelled);
        assert!(notify_jobs(&url, signups[1].id).await.iter().all(|(e, _)| e != "signup-removed"));
    })
    .await;
}

#[tokio::test]
async fn the_roster_lists_confirmed_people_then_the_waiting_list_in_order_then_ended_sign_ups() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 2).await;
        let people = accounts(&store, 6).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        // Volunteer 4 leaves the waiting list; volunteer 1 is removed, and volunteer 3
        // takes the place.
        store.end_signup(gent, signups[3].id, Ending::Cancelled, before(60)).await.unwrap();
        store.end_signup(gent, signups[0].id, Ending::Removed, before(50)).await.unwrap();
        assert_eq!(
            roster(&store, gent, shift.id).await,
            [
                active("Volunteer 2", None),
                active("Volunteer 3", None),
                active("Volunteer 5", Some(1)),
                active("Volunteer 6", Some(2)),
                ("Volunteer 1".to_owned(), SignupStatus::Removed, None),
                ("Volunteer 4".to_owned(), SignupStatus::Cancelled, None),
            ]
        );
        let lines = store.roster(gent, shift.id).await.unwrap();
        assert_eq!(lines[0].signup, store.signup(gent, signups[1].id).await.unwrap().unwrap());
        assert!(store.roster(gent, ShiftId::new()).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_persons_sign_ups_are_listed_by_shift_start_across_platforms() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let bank = organisation(&store, gent.id, "Voedselbank Gent", ann.id).await;
        let park = organisation(&store, leuven.id, "Parkvrienden Leuven", ann.id).await;
        let mut kitchen = draft("Soup kitchen");
        kitchen.place = place(51.05, 3.72, "Korenmarkt 1, Gent");
        let t = |days: i64| start() + Duration::days(days);
        let (soup, gent_shifts) = store
            .create_opportunity(
                gent.id,
                bank.id,
                &kitchen,
                &[times(t(0), 2, 5), times(t(2), 2, 5)],
                ann.id,
                before(500),
            )
            .await
            .unwrap();
        let (weeding, leuven_shifts) = store
            .create_opportunity(leuven.id, park.id, &draft("Weeding"), &[times(t(1), 2, 5)], ann.id, before(500))
            .await
            .unwrap();

        let first = store.sign_up(gent.id, gent_shifts[0].id, ann.id, before(100)).await.unwrap();
        let third = store.sign_up(gent.id, gent_shifts[1].id, ann.id, before(99)).await.unwrap();
        let second = store.sign_up(leuven.id, leuven_shifts[0].id, ann.id, before(98)).await.unwrap();
        store.sign_up(gent.id, gent_shifts[0].id, bob.id, before(97)).await.unwrap();
        // Ended sign-ups stay in the person's list, marked as such.
        let third = store.end_signup(gent.id, third.id, Ending::Cancelled, before(90)).await.unwrap().signup;

        let listed = store.account_signups(ann.id, t(0), t(3)).await.unwrap();
        let ids: Vec<_> = listed.iter().map(|d| d.signup.id).collect();
        assert_eq!(ids, [first.id, second.id, third.id]);
        let details = &listed[0];
        assert_eq!(details.signup, store.signup(gent.id, first.id).await.unwrap().unwrap());
        assert_eq!(details.shift, store.shift(gent.id, gent_shifts[0].id).await.unwrap().unwrap());
        assert_eq!((details.title.as_str(), details.opportunity_id), ("Soup kitchen", soup.id));
        assert_eq!((details.organisation.as_str(), details.platform.as_str()), ("Voedselbank Gent", "gent"));
        assert_eq!(details.address.as_deref(), Some("Korenmarkt 1, Gent"));
        let details = &listed[1];
        assert_eq!(
            (details.title.as_str(), details.opportunity_id, details.address.as_deref()),
            ("Weeding", weeding.id, None)
        );
        assert_eq!((details.organisation.as_str(), details.platform.as_str()), ("Parkvrienden Leuven", "leuven"));
        assert_eq!(listed[2].signup, third);

        // The window holds shifts starting at its start, not at its end.
        let ids = |from: Timestamp, to: Timestamp| {
            let store = store.clone();
            async move {
                store
                    .account_signups(ann.id, from, to)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|d| d.signup.id)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(ids(t(0) + Duration::microseconds(1), t(2)).await, [second.id]);
        assert_eq!(ids(t(1), t(2) + Duration::microseconds(1)).await, [second.id, third.id]);
        assert!(ids(t(3), t(10)).await.is_empty());
        assert_eq!(store.account_signups(bob.id, t(0), t(3)).await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn attendance_is_marked_for_confirmed_people_from_half_an_hour_before_the_start() {
    on_both(|store| async move {
        let (gent, coordinator, shift) = shift_with_places(&store, 2).await;
        let people = accounts(&store, 4).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        store.end_signup(gent, signups[3].id, Ending::Cancelled, before(48)).await.unwrap();
        let mark = |id: SignupId, attended: bool, minutes: Option<i64>, when: Timestamp| {
            let store = store.clone();
            async move { store.mark_attendance(gent, id, attended, minutes, coordinator, when).await }
        };

        assert_store_error!(mark(signups[0].id, true, None, before(1)).await, StoreError::Refused("shift-not-started"));
        assert_eq!(
            store.signup(gent, signups[0].id).await.unwrap().unwrap().attended,
            None,
            "a refused mark changes nothing"
        );
        let too_early = start() - Duration::minutes(31);
        assert_store_error!(mark(signups[0].id, true, None, too_early).await, StoreError::Refused("shift-not-started"));
        // From half an hour before the start, as people arrive; by default, the length
        // of the shift.
        let present = mark(signups[0].id, true, None, start() - Duration::minutes(30)).await.unwrap();
        assert_eq!((present.attended, present.minutes), (Some(true), Some(180)));
        assert_eq!(store.signup(gent, present.id).await.unwrap(), Some(present.clone()));
        // A correction replaces the minutes.
        let present = mark(signups[0].id, true, Some(150), start() + Duration::days(1)).await.unwrap();
        assert_eq!((present.attended, present.minutes), (Some(true), Some(150)));
        assert_eq!(store.signup(gent, present.id).await.unwrap().unwrap().minutes, Some(150));
        // Someone who did not come gave no minutes, whatever was typed.
        let absent = mark(signups[1].id, false, Some(60), start() + Duration::hours(4)).await.unwrap();
        assert_eq!((absent.attended, absent.minutes, absent.status), (Some(false), None, SignupStatus::Confirmed));
        assert_eq!(store.signup(gent, absent.id).await.unwrap(), Some(absent));
        // Only confirmed people are marked.
        let after = start() + Duration::hours(4);
        assert_store_error!(mark(signups[2].id, true, None, after).await, StoreError::Refused("signup-not-confirmed"));
        assert_store_error!(mark(signups[3].id, true, None, after).await, StoreError::Refused("signup-not-confirmed"));
        assert_store_error!(mark(SignupId::new(), true, None, after).await, StoreError::NotFound("signup"));
    })
    .await;
}

#[tokio::test]
async fn changing_a_shift_keeps_its_confirmed_people_and_new_places_go_to_those_waiting_in_order() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 2).await;
        let people = accounts(&store, 6).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;

        assert_store_error!(
            store.update_shift(gent, shift.id, &times(start(), 3, 1), before(60)).await,
            StoreError::Refused("slots-below-taken")
        );
        let moved = times(start() + Duration::hours(1), 2, 2);
        let updated = store.update_shift(gent, shift.id, &moved, before(60)).await.unwrap();
        assert_eq!((updated.starts_at, updated.ends_at, updated.slots), (moved.starts_at, moved.ends_at, 2));
        assert_eq!((updated.taken, updated.waiting, updated.opportunity_id), (2, 4, shift.opportunity_id));
        assert_eq!(store.shift(gent, shift.id).await.unwrap(), Some(updated.clone()));
        assert_eq!(
            waiting_list(&store, gent, shift.id).await,
            [people[2].id, people[3].id, people[4].id, people[5].id]
        );

        // Two more places: the first two waiting move up, in order.
        let bigger = store.update_shift(gent, shift.id, &times(moved.starts_at, 2, 4), before(50)).await.unwrap();
        assert_eq!((bigger.slots, bigger.taken, bigger.waiting), (4, 4, 2));
        assert_eq!(store.shift(gent, shift.id).await.unwrap(), Some(bigger));
        assert_eq!(waiting_list(&store, gent, shift.id).await, [people[4].id, people[5].id]);
        for n in [2, 3] {
            let signup = store.signup(gent, signups[n].id).await.unwrap().unwrap();
            assert_eq!((signup.status, signup.position), (SignupStatus::Confirmed, None));
        }

        // Everyone on the shift was told of each change; those confirmed are reminded
        // at the new time.
        let events = |jobs: Vec<(String, Timestamp)>| jobs.into_iter().map(|(e, _)| e).collect::<Vec<_>>();
        let changed = |n: usize| {
            let url = url.clone();
            let id = signups[n].id;
            async move { notify_jobs(&url, id).await.into_iter().filter(|(e, _)| e == "shift-changed").count() }
        };
        for n in 0..6 {
            assert_eq!(changed(n).await, 2, "volunteer {}", n + 1);
        }
        let promoted = notify_jobs(&url, signups[2].id).await;
        assert!(promoted.contains(&("signup-promoted".to_owned(), before(50))), "{promoted:?}");
        assert!(
            promoted.contains(&("shift-reminder".to_owned(), moved.starts_at - Duration::hours(24))),
            "{promoted:?}"
        );
        assert!(!events(notify_jobs(&url, signups[5].id).await).contains(&"shift-reminder".to_owned()));

        // Now down to exactly those confirmed.
        let same = store.update_shift(gent, shift.id, &times(moved.starts_at, 2, 4), before(40)).await.unwrap();
        assert_eq!((same.slots, same.taken, same.waiting), (4, 4, 2));
        assert_store_error!(
            store.update_shift(gent, ShiftId::new(), &moved, before(40)).await,
            StoreError::NotFound("shift")
        );
    })
    .await;
}

#[tokio::test]
async fn another_platforms_shifts_and_sign_ups_read_as_nothing() {
    on_both(|store| async move {
        let (gent, coordinator, shift) = shift_with_places(&store, 1).await;
        let leuven = platform(&store, "leuven", "Leuven").await.id;
        let people = accounts(&store, 2).await;
        let signups = sign_up_all(&store, gent, shift.id, &people).await;
        let when = before(10);

        assert_eq!(store.shift(leuven, shift.id).await.unwrap(), None);
        assert_eq!(store.shift_platform(shift.id).await.unwrap(), Some(gent));
        assert!(store.roster(leuven, shift.id).await.unwrap().is_empty());
        assert_eq!(store.signup(leuven, signups[0].id).await.unwrap(), None);
        assert_store_error!(store.sign_up(leuven, shift.id, people[0].id, when).await, StoreError::NotFound("shift"));
        assert_store_error!(
            store.update_shift(leuven, shift.id, &times(start(), 3, 9), when).await,
            StoreError::NotFound("shift")
        );
        assert_store_error!(store.cancel_shift(leuven, shift.id, when).await, StoreError::NotFound("shift"));
        assert_store_error!(
            store.end_signup(leuven, signups[0].id, Ending::Removed, when).await,
            StoreError::NotFound("signup")
        );
        assert_store_error!(
            store.mark_attendance(leuven, signups[0].id, true, None, coordinator, start()).await,
            StoreError::NotFound("signup")
        );

        // Nothing changed.
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!(read, Shift { taken: 1, waiting: 1, ..shift });
        assert_eq!(store.signup(gent, signups[0].id).await.unwrap().unwrap().status, SignupStatus::Confirmed);
    })
    .await;
}

/// Starts `count` calls together: each runs in a task of its own and waits at a barrier
/// until all are ready, so they hit the store at the same moment. Results in call order.
async fn all_at_once<T, F, Fut>(count: usize, call: F) -> Vec<T>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let barrier = Arc::new(Barrier::new(count));
    let tasks: Vec<_> = (0..count)
        .map(|n| {
            let barrier = barrier.clone();
            let call = call(n);
            tokio::spawn(async move {
                barrier.wait().await;
                call.await
            })
        })
        .collect();
    let mut results = Vec::with_capacity(count);
    for task in tasks {
        results.push(task.await.unwrap());
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn a_hundred_people_signing_up_at_once_fill_five_places_and_queue_the_rest_without_gaps() {
    on_both_with_url(|store, url| async move {
        let (gent, _, shift) = shift_with_places(&store, 5).await;
        let people = accounts(&store, 100).await;
        let results = all_at_once(100, |n| {
            let store = store.clone();
            let person = people[n].id;
            async move { store.sign_up(gent, shift.id, person, before(72)).await }
        })
        .await;

        // None lost: what succeeded is stored, and only that.
        let errors: Vec<String> = results.iter().filter_map(|r| r.as_ref().err()).map(ToString::to_string).collect();
        let signed: Vec<Signup> = results.into_iter().filter_map(Result::ok).collect();
        let lines = store.roster(gent, shift.id).await.unwrap();
        assert_eq!(lines.len(), signed.len(), "stored sign-ups and successful calls");
        assert!(errors.is_empty(), "{} of 100 concurrent sign-ups failed: {errors:?}", errors.len());
        let returned: HashMap<SignupId, &Signup> = signed.iter().map(|s| (s.id, s)).collect();
        for line in &lines {
            assert_eq!(
                Some(&&line.signup),
                returned.get(&line.signup.id),
                "what the caller was told is what is stored"
            );
        }
        let everyone: BTreeSet<AccountId> = lines.iter().map(|l| l.signup.account_id).collect();
        assert_eq!(everyone.len(), 100);

        // Exactly five places given; the rest queued 1…95, no gap, no position twice.
        assert_eq!(signed.iter().filter(|s| s.status == SignupStatus::Confirmed).count(), 5);
        let mut positions: Vec<i64> =
            signed.iter().filter(|s| s.status == SignupStatus::Waitlisted).map(|s| s.position.unwrap()).collect();
        positions.sort_unstable();
        assert_eq!(positions, (1..=95).collect::<Vec<i64>>());
        let queue = waiting_list(&store, gent, shift.id).await;
        assert_eq!(queue.len(), 95);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.slots, read.taken, read.waiting), (5, 5, 95));
        // Each was told, in the same transaction: five confirmations with their
        // reminders, ninety-five places on the waiting list.
        let jobs = all_notify_jobs(&url).await;
        let count = |event: &str| jobs.iter().filter(|(_, e, _)| e == event).count();
        assert_eq!(
            (count("signup-confirmed"), count("shift-reminder"), count("signup-waitlisted"), jobs.len()),
            (5, 5, 95, 105)
        );

        // Three confirmed people and three waiting (10th, 20th and 30th) leave at once.
        let confirmed: Vec<SignupId> =
            lines.iter().filter(|l| l.signup.status == SignupStatus::Confirmed).map(|l| l.signup.id).take(3).collect();
        let waiting: Vec<SignupId> =
            lines.iter().filter(|l| matches!(l.signup.position, Some(10 | 20 | 30))).map(|l| l.signup.id).collect();
        let leaving: Vec<SignupId> = confirmed.iter().chain(&waiting).copied().collect();
        let ended = all_at_once(leaving.len(), |n| {
            let store = store.clone();
            let id = leaving[n];
            async move { store.end_signup(gent, id, Ending::Cancelled, before(48)).await }
        })
        .await;
        let ended: Vec<_> = ended.into_iter().map(|r| r.unwrap()).collect();
        assert!(ended.iter().all(|e| e.signup.status == SignupStatus::Cancelled));

        // The first three waiting moved up, and only they; the others kept their order,
        // renumbered 1…89.
        let promoted: BTreeSet<AccountId> =
            ended[..3].iter().map(|e| e.promoted.as_ref().unwrap().account_id).collect();
        assert_eq!(promoted, queue[..3].iter().copied().collect::<BTreeSet<_>>());
        assert!(ended[3..].iter().all(|e| e.promoted.is_none()), "leaving the waiting list frees no place");
        let expected: Vec<AccountId> =
            queue.iter().enumerate().filter(|(i, _)| !matches!(i, 0..=2 | 9 | 19 | 29)).map(|(_, a)| *a).collect();
        assert_eq!(waiting_list(&store, gent, shift.id).await, expected);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (5, 89));
        let lines = store.roster(gent, shift.id).await.unwrap();
        let confirmed: BTreeSet<AccountId> =
            lines.iter().filter(|l| l.signup.status == SignupStatus::Confirmed).map(|l| l.signup.account_id).collect();
        assert_eq!(confirmed.len(), 5);
        assert!(promoted.is_subset(&confirmed));
        assert_eq!(lines.iter().filter(|l| l.signup.status == SignupStatus::Cancelled).count(), 6);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn the_same_person_signing_up_twice_at_once_gets_one_sign_up() {
    on_both(|store| async move {
        let (gent, _, shift) = shift_with_places(&store, 3).await;
        let people = accounts(&store, 10).await;
        // Each person double-clicks: two calls each, all twenty at once.
        let results = all_at_once(20, |n| {
            let store = store.clone();
            let person = people[n / 2].id;
            async move { store.sign_up(gent, shift.id, person, before(72)).await }
        })
        .await;
        for (n, pair) in results.chunks(2).enumerate() {
            let ok = pair.iter().filter(|r| r.is_ok()).count();
            let conflicts = pair.iter().filter(|r| matches!(r, Err(StoreError::Conflict("signup")))).count();
            assert_eq!((ok, conflicts), (1, 1), "volunteer {}: {pair:?}", n + 1);
        }
        let lines = store.roster(gent, shift.id).await.unwrap();
        assert_eq!(lines.len(), 10);
        assert_eq!(lines.iter().map(|l| l.signup.account_id).collect::<BTreeSet<_>>().len(), 10);
        assert_eq!(waiting_list(&store, gent, shift.id).await.len(), 7);
        let read = store.shift(gent, shift.id).await.unwrap().unwrap();
        assert_eq!((read.taken, read.waiting), (3, 7));
    })
    .await;
}
