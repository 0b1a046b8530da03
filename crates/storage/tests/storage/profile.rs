//! Volunteer profiles and the candidate sets of suggestions, the same on both databases:
//! the round trip, the H3 cells, and what the narrowing keeps and leaves out.

use crate::harness::{account, draft, hours_from_now, on_both, organisation, place, platform, times};
use chrono::NaiveTime;
use entraide_domain::geo::Coordinates;
use entraide_domain::help::cell_of;
use entraide_domain::locale::Locale;
use entraide_domain::platform::PlatformRole;
use entraide_domain::profile::{MAX_TRAVEL_KM, ProfileDraft, Window, reach_cell_of, reach_cells};
use entraide_domain::time::now;
use entraide_storage::{ShiftSearch, Storage};
use std::sync::Arc;

const GRAND_PLACE: (f64, f64) = (50.8467, 4.3525);

fn point(lat: f64, lon: f64) -> Coordinates {
    Coordinates::parse(lat, lon, ("lat", "lon")).unwrap()
}

fn profile(lat: f64, lon: f64, within_km: f64) -> ProfileDraft {
    ProfileDraft {
        skills: vec!["cooking".into(), "driving".into()],
        causes: vec!["poverty".into()],
        languages: vec![Locale::parse("ar").unwrap(), Locale::parse("fr").unwrap()],
        home: point(lat, lon),
        within_km,
        availability: vec![
            Window {
                weekday: 2,
                from: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                to: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            },
            Window {
                weekday: 6,
                from: NaiveTime::from_hms_opt(0, 0, 0).unwrap(),
                to: NaiveTime::from_hms_micro_opt(23, 59, 59, 999_999).unwrap(),
            },
        ],
        no_suggestions: false,
        no_mails: true,
    }
}

#[tokio::test]
async fn a_profile_reads_back_whole_with_its_cells_and_is_replaced() {
    on_both(|store| async move {
        let person = account(&store, "ada@example.org", "Ada").await;
        assert!(store.profile(person.id).await.unwrap().is_none());
        let written = profile(GRAND_PLACE.0, GRAND_PLACE.1, 12.5);
        let at = now();
        let stored = store.put_profile(person.id, &written, at).await.unwrap();
        assert_eq!(stored.home_cell, cell_of(written.home));
        assert_eq!(stored.reach_cell, reach_cell_of(written.home));
        let read = store.profile(person.id).await.unwrap().unwrap();
        assert_eq!(read, stored);
        assert_eq!(read.draft, written);
        assert_eq!(read.updated_at, at);

        let mut changed = profile(51.0543, 3.7174, 500.0);
        changed.skills.clear();
        changed.availability.clear();
        changed.no_suggestions = true;
        store.put_profile(person.id, &changed, now()).await.unwrap();
        let read = store.profile(person.id).await.unwrap().unwrap();
        assert_eq!(read.draft, changed, "one profile per person, replaced whole");
        assert_eq!(read.reach_cell, reach_cell_of(changed.home));
    })
    .await;
}

/// A platform with an organisation and one three-hour shift at `where_`, two days ahead.
async fn shift_at(
    store: &Arc<dyn Storage>,
    slug: &str,
    where_: Option<(f64, f64)>,
) -> (entraide_domain::platform::Platform, entraide_domain::shift::Shift, entraide_domain::id::AccountId) {
    let p = platform(store, slug, "Brussels").await;
    let coordinator = account(store, &format!("coordinator@{slug}.example.org"), "Coco").await;
    let org = organisation(store, p.id, "Food bank", coordinator.id).await;
    let mut what = draft("Sort food");
    if let Some((lat, lon)) = where_ {
        what.place = place(lat, lon, "Rue Haute 1");
    }
    let (_, mut shifts) = store
        .create_opportunity(p.id, org.id, &what, &[times(hours_from_now(48), 3, 5)], coordinator.id, now())
        .await
        .unwrap();
    (p, shifts.remove(0), coordinator.id)
}

async fn volunteer(
    store: &Arc<dyn Storage>,
    p: entraide_domain::id::PlatformId,
    name: &str,
    home: (f64, f64),
    within_km: f64,
) -> entraide_domain::id::AccountId {
    let person = account(store, &format!("{}@example.org", name.to_lowercase()), name).await;
    store.add_platform_member(p, person.id, PlatformRole::Member, now()).await.unwrap();
    store.put_profile(person.id, &profile(home.0, home.1, within_km), now()).await.unwrap();
    person.id
}

fn names(found: &[entraide_storage::VolunteerCandidate]) -> Vec<String> {
    let mut names: Vec<String> = found.iter().map(|c| c.display_name.clone()).collect();
    names.sort();
    names
}

#[tokio::test]
async fn candidates_are_members_in_reach_not_signed_up_not_opted_out() {
    on_both(|store| async move {
        let (p, shift, coordinator) = shift_at(&store, "bxl", Some(GRAND_PLACE)).await;
        let (other, _, _) = shift_at(&store, "gent", None).await;
        // 1.2 km away, range 5: in.
        let near = volunteer(&store, p.id, "Near", (50.8467, 4.3695), 5.0).await;
        // Antwerp, ~41 km away, range 100: in (the exact check is the domain's).
        let antwerp = volunteer(&store, p.id, "Antwerp", (51.2194, 4.4025), 100.0).await;
        // Liège, ~89 km away, range 10: its coarse cell is too far for that range.
        let liege = volunteer(&store, p.id, "Liege", (50.6326, 5.5797), 10.0).await;
        // Lisbon, range 500: out of reach.
        let lisbon = volunteer(&store, p.id, "Lisbon", (38.7223, -9.1393), 500.0).await;
        // Opted out.
        let shy = volunteer(&store, p.id, "Shy", (50.8467, 4.3600), 5.0).await;
        let mut opted_out = profile(50.8467, 4.3600, 5.0);
        opted_out.no_suggestions = true;
        store.put_profile(shy, &opted_out, now()).await.unwrap();
        // Signed up already.
        let keen = volunteer(&store, p.id, "Keen", (50.8467, 4.3600), 5.0).await;
        store.sign_up(p.id, shift.id, keen, now()).await.unwrap();
        // A member of another platform only.
        let elsewhere = volunteer(&store, other.id, "Elsewhere", (50.8467, 4.3600), 5.0).await;
        // A member without a profile.
        let bare = account(&store, "bare@example.org", "Bare").await;
        store.add_platform_member(p.id, bare.id, PlatformRole::Member, now()).await.unwrap();

        let reach = reach_cells(point(GRAND_PLACE.0, GRAND_PLACE.1), MAX_TRAVEL_KM);
        let near_place = |reach| store.shift_candidates_near(p.id, shift.id, coordinator, reach, 100, now());
        let found = near_place(&reach).await.unwrap();
        assert_eq!(names(&found), ["Antwerp", "Near"]);
        let near_one = found.iter().find(|c| c.offer.account_id == near).unwrap();
        assert_eq!(near_one.offer.skills, ["cooking", "driving"]);
        assert_eq!(near_one.offer.availability.len(), 2);
        assert_eq!((near_one.offer.attended, near_one.offer.no_shows), (0, 0));
        assert!(near_place(&[]).await.unwrap().is_empty());

        // Among given people (remote work: whoever is free), the same rules hold.
        let everyone = [near, antwerp, liege, lisbon, shy, keen, elsewhere, bare.id];
        let among = store.candidates_among(p.id, shift.id, coordinator, &everyone, now()).await.unwrap();
        assert_eq!(names(&among), ["Antwerp", "Liege", "Lisbon", "Near"]);

        // Attendance on this platform counts; once cancelled, one may be suggested again.
        let later = store
            .add_shifts(p.id, shift.opportunity_id, &[times(hours_from_now(72), 2, 5)], None, now())
            .await
            .unwrap()
            .remove(0);
        let signup = store.sign_up(p.id, later.id, near, now()).await.unwrap();
        store.mark_attendance(p.id, signup.id, true, None, coordinator, hours_from_now(73)).await.unwrap();
        let found = near_place(&reach).await.unwrap();
        let near_one = found.iter().find(|c| c.offer.account_id == near).unwrap();
        assert_eq!((near_one.offer.attended, near_one.offer.no_shows), (1, 0));
        assert_eq!(store.attendance_record(p.id, near).await.unwrap(), (1, 0));
        assert_eq!(store.attendance_record(other.id, near).await.unwrap(), (0, 0), "counted per platform");
    })
    .await;
}

#[tokio::test]
async fn openings_are_upcoming_shifts_with_places_in_the_box_or_remote() {
    on_both(|store| async move {
        let (p, near_shift, coordinator) = shift_at(&store, "bxl", Some(GRAND_PLACE)).await;
        let person = volunteer(&store, p.id, "Ada", (50.8467, 4.3695), 5.0).await;
        let org = store.organisations_of(p.id, coordinator).await.unwrap().remove(0).0;
        let mut remote = draft("Phone calls");
        remote.skills = vec!["listening".into()];
        let (_, remote_shifts) = store
            .create_opportunity(p.id, org.id, &remote, &[times(hours_from_now(24), 1, 1)], coordinator, now())
            .await
            .unwrap();
        let mut far = draft("Far away");
        far.place = place(51.2194, 4.4025, "Antwerp");
        store
            .create_opportunity(p.id, org.id, &far, &[times(hours_from_now(30), 1, 3)], coordinator, now())
            .await
            .unwrap();
        let mut full = draft("Full");
        full.place = place(GRAND_PLACE.0, GRAND_PLACE.1, "Grand-Place");
        let (_, full_shifts) = store
            .create_opportunity(p.id, org.id, &full, &[times(hours_from_now(20), 1, 1)], coordinator, now())
            .await
            .unwrap();
        let taker = account(&store, "taker@example.org", "Taker").await;
        store.sign_up(p.id, full_shifts[0].id, taker.id, now()).await.unwrap();

        let home = point(50.8467, 4.3695);
        let search = ShiftSearch {
            account: person,
            from: now(),
            to: hours_from_now(24 * 30),
            within: home.bounding_box(5.0),
            limit: 100,
        };
        let found = store.shift_openings(p.id, &search).await.unwrap();
        let ids: Vec<_> = found.iter().map(|o| o.shift.id).collect();
        assert_eq!(ids, [remote_shifts[0].id, near_shift.id], "soonest first; the far and the full ones left out");
        assert_eq!(found[0].skills, ["listening"]);
        assert_eq!(found[0].place, None);
        assert_eq!(found[1].place, Some(point(GRAND_PLACE.0, GRAND_PLACE.1)));
        assert_eq!(found[1].title, "Sort food");

        store.sign_up(p.id, near_shift.id, person, now()).await.unwrap();
        let found = store.shift_openings(p.id, &search).await.unwrap();
        assert_eq!(found.len(), 1, "a shift one signed up for is not suggested");
        let narrow = ShiftSearch { to: hours_from_now(12), ..search };
        assert!(store.shift_openings(p.id, &narrow).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn the_profile_is_exported_and_erased() {
    on_both(|store| async move {
        let person = account(&store, "ada@example.org", "Ada").await;
        let written = profile(GRAND_PLACE.0, GRAND_PLACE.1, 12.5);
        store.put_profile(person.id, &written, now()).await.unwrap();
        let data = store.export_personal_data(person.id).await.unwrap().unwrap();
        assert_eq!(data.profile.map(|p| p.draft), Some(written));
        store.erase_personal_data(person.id, now()).await.unwrap();
        assert!(store.profile(person.id).await.unwrap().is_none());
        assert!(store.export_personal_data(person.id).await.unwrap().unwrap().profile.is_none());
    })
    .await;
}
