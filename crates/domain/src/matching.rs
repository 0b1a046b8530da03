//! Matching people and shifts: hard filters first (range, availability, age), then a
//! score from what fits, with the reasons a person can read.
//!
//! Pure: the storage narrows the candidates by index, this module decides and ranks.
//! The same function serves both directions (people for a shift, shifts for a person).

use crate::geo::Coordinates;
use crate::id::AccountId;
use crate::locale::Locale;
use crate::platform::TimeZone;
use crate::profile::Window;
use crate::signup::age_on;
use crate::time::Timestamp;
use chrono::{Datelike, NaiveDate};

/// What a shift asks for.
#[derive(Debug, Clone)]
pub struct Need {
    /// Skill codes of the opportunity.
    pub skills: Vec<String>,
    /// Cause codes of the opportunity.
    pub causes: Vec<String>,
    /// Languages the work is done in (none: any).
    pub languages: Vec<Locale>,
    /// Where; `None` for remote work, which matches everyone's range.
    pub place: Option<Coordinates>,
    /// Minimum age on the day of the shift.
    pub min_age: Option<u8>,
    /// Start.
    pub starts_at: Timestamp,
    /// End.
    pub ends_at: Timestamp,
    /// The platform's zone, in which availability windows are read.
    pub zone: TimeZone,
}

/// What a person offers, with their record on the platform.
#[derive(Debug, Clone)]
pub struct Offer {
    /// Who.
    pub account_id: AccountId,
    /// Skill codes.
    pub skills: Vec<String>,
    /// Cause codes.
    pub causes: Vec<String>,
    /// Languages spoken.
    pub languages: Vec<Locale>,
    /// Home, exact.
    pub home: Coordinates,
    /// Travel range, km.
    pub within_km: f64,
    /// Weekly windows, local time.
    pub availability: Vec<Window>,
    /// Date of birth, if given.
    pub birth_date: Option<NaiveDate>,
    /// Shifts they were marked present at, on this platform.
    pub attended: i64,
    /// Shifts they were marked absent from, on this platform.
    pub no_shows: i64,
    /// Invitations they received lately (fairness: people asked less come first).
    pub recent_invitations: i64,
}

/// Why someone is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// The place is beyond their travel range.
    TooFar,
    /// No window of theirs holds the shift.
    NotAvailable,
    /// Under the minimum age on the day (or no date of birth when there is one).
    TooYoung,
}

/// Why a match was made, for people to read (the caller translates).
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A skill the shift needs, which the person has (code).
    Skill(String),
    /// A cause of the shift, which the person cares about (code).
    Cause(String),
    /// A language of the shift, which the person speaks.
    Language(Locale),
    /// Distance from the person's home to the place, km.
    Distance(f64),
    /// The work is remote.
    Remote,
    /// Free on this weekday (1 = Monday) at that time.
    FreeOn(u8),
    /// Came to `attended` of `total` shifts they were marked for.
    Reliable {
        /// Present.
        attended: i64,
        /// Present or absent.
        total: i64,
    },
}

/// A kept candidate: its score (higher is better) and reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// 0 to 100.
    pub score: f64,
    /// Km from home to the place; `None` for remote work.
    pub distance_km: Option<f64>,
    /// Reasons, most telling first.
    pub reasons: Vec<Reason>,
}

/// Points for each part of the score (they add up to 100).
const SKILL_POINTS: f64 = 30.0;
const CAUSE_POINTS: f64 = 10.0;
const LANGUAGE_POINTS: f64 = 15.0;
const DISTANCE_POINTS: f64 = 25.0;
const RELIABILITY_POINTS: f64 = 20.0;
/// Points taken off for each recent invitation, up to [`MAX_FAIRNESS_PENALTY`]: people
/// not asked lately come first among equals, without hiding a much better fit.
const POINTS_PER_INVITATION: f64 = 2.0;
const MAX_FAIRNESS_PENALTY: f64 = 10.0;

/// Whether one of the windows holds the shift, read in the platform's zone. A shift
/// that runs past local midnight is held by no single window, so it needs none: nobody
/// is suggested for it on availability grounds.
pub fn available(windows: &[Window], starts_at: Timestamp, ends_at: Timestamp, zone: TimeZone) -> Option<u8> {
    let start = starts_at.with_timezone(&zone.tz());
    let end = ends_at.with_timezone(&zone.tz());
    if start.date_naive() != end.date_naive() {
        return None;
    }
    let weekday = u8::try_from(start.weekday().number_from_monday()).ok()?;
    windows.iter().any(|w| w.covers(weekday, start.time(), end.time())).then_some(weekday)
}

/// Whether one of the windows overlaps a stretch of time (a request's window), read in
/// the platform's zone: the ISO weekday of the first overlap. Looks at most a week on.
pub fn free_during(windows: &[Window], from: Timestamp, until: Timestamp, zone: TimeZone) -> Option<u8> {
    let start = from.with_timezone(&zone.tz()).naive_local();
    let end = until.with_timezone(&zone.tz()).naive_local();
    let mut day = start.date();
    for _ in 0..8 {
        if day > end.date() {
            break;
        }
        let weekday = u8::try_from(day.weekday().number_from_monday()).ok()?;
        let overlaps = windows
            .iter()
            .filter(|w| w.weekday == weekday)
            .any(|w| day.and_time(w.from) < end && day.and_time(w.to) > start);
        if overlaps {
            return Some(weekday);
        }
        day = day.succ_opt()?;
    }
    None
}

/// Applies the hard filters, then scores what fits: skills (30 points, shared among the
/// skills the shift needs), causes (10), a shared language (15), nearness within the
/// person's range (25; remote work counts as halfway), and reliability (20, from
/// attended against no-shows, starting at half for someone new).
pub fn assess(offer: &Offer, need: &Need) -> Result<Match, Exclusion> {
    let distance = need.place.map(|place| place.distance_km(&offer.home));
    if distance.is_some_and(|d| d > offer.within_km) {
        return Err(Exclusion::TooFar);
    }
    let weekday =
        available(&offer.availability, need.starts_at, need.ends_at, need.zone).ok_or(Exclusion::NotAvailable)?;
    if let Some(min_age) = need.min_age {
        let day = need.starts_at.with_timezone(&need.zone.tz()).date_naive();
        match offer.birth_date {
            Some(born) if age_on(born, day) >= i32::from(min_age) => {}
            _ => return Err(Exclusion::TooYoung),
        }
    }
    let mut reasons = Vec::new();
    let mut score = 0.0;

    let skills: Vec<&String> = need.skills.iter().filter(|s| offer.skills.contains(s)).collect();
    if !need.skills.is_empty() {
        score += SKILL_POINTS * count(skills.len()) / count(need.skills.len());
    }
    reasons.extend(skills.into_iter().map(|s| Reason::Skill(s.clone())));

    let languages: Vec<Locale> = need.languages.iter().copied().filter(|l| offer.languages.contains(l)).collect();
    if need.languages.is_empty() || !languages.is_empty() {
        score += LANGUAGE_POINTS;
    }
    reasons.extend(languages.into_iter().map(Reason::Language));

    let causes: Vec<&String> = need.causes.iter().filter(|c| offer.causes.contains(c)).collect();
    if !need.causes.is_empty() {
        score += CAUSE_POINTS * count(causes.len()) / count(need.causes.len());
    }
    reasons.extend(causes.into_iter().map(|c| Reason::Cause(c.clone())));

    match distance {
        Some(km) => {
            score += DISTANCE_POINTS * (1.0 - km / offer.within_km).clamp(0.0, 1.0);
            reasons.push(Reason::Distance(km));
        }
        None => {
            score += DISTANCE_POINTS / 2.0;
            reasons.push(Reason::Remote);
        }
    }
    reasons.push(Reason::FreeOn(weekday));

    let total = offer.attended + offer.no_shows;
    // Laplace's rule: one shift more or less moves a newcomer less than a veteran.
    score += RELIABILITY_POINTS * count_i(offer.attended + 1) / count_i(total + 2);
    if total > 0 {
        reasons.push(Reason::Reliable { attended: offer.attended, total });
    }
    score -= (POINTS_PER_INVITATION * count_i(offer.recent_invitations)).min(MAX_FAIRNESS_PENALTY);
    Ok(Match { score: (score * 10.0).max(0.0).round() / 10.0, distance_km: distance, reasons })
}

fn count(n: usize) -> f64 {
    n as f64
}

fn count_i(n: i64) -> f64 {
    n as f64
}

/// Ranks: best score first; then nearer; then by id, so equal candidates come out in
/// the same order every time.
pub fn rank<T, K: Ord>(items: &mut [(T, Match)], key: impl Fn(&T) -> K) {
    items.sort_by(|a, b| {
        b.1.score
            .total_cmp(&a.1.score)
            .then(a.1.distance_km.unwrap_or(f64::MAX).total_cmp(&b.1.distance_km.unwrap_or(f64::MAX)))
            .then_with(|| key(&a.0).cmp(&key(&b.0)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc)
    }

    fn point(lat: f64, lon: f64) -> Coordinates {
        Coordinates::parse(lat, lon, ("lat", "lon")).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn brussels() -> TimeZone {
        TimeZone::parse("Europe/Brussels", "zone").unwrap()
    }

    /// Tuesday 1 December 2026, 14:00–17:00 in Brussels (13:00–16:00 UTC), Grand-Place.
    fn need() -> Need {
        Need {
            skills: vec!["cooking".into(), "driving".into()],
            causes: vec!["poverty".into()],
            languages: vec![Locale::parse("ar").unwrap(), Locale::parse("fr").unwrap()],
            place: Some(point(50.8467, 4.3525)),
            min_age: Some(18),
            starts_at: at("2026-12-01T13:00:00Z"),
            ends_at: at("2026-12-01T16:00:00Z"),
            zone: brussels(),
        }
    }

    fn offer() -> Offer {
        Offer {
            account_id: AccountId::new(),
            skills: vec!["driving".into()],
            causes: vec![],
            languages: vec![Locale::parse("ar").unwrap()],
            // About 1.2 km from the Grand-Place.
            home: point(50.8467, 4.3695),
            within_km: 5.0,
            availability: vec![Window { weekday: 2, from: hm(13, 0), to: hm(18, 0) }],
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 1),
            attended: 0,
            no_shows: 0,
            recent_invitations: 0,
        }
    }

    #[test]
    fn a_fitting_person_is_kept_with_reasons() {
        let found = assess(&offer(), &need()).unwrap();
        assert_eq!(found.reasons[0], Reason::Skill("driving".into()));
        assert_eq!(found.reasons[1], Reason::Language(Locale::parse("ar").unwrap()));
        assert!(matches!(found.reasons[2], Reason::Distance(km) if (km - 1.2).abs() < 0.1), "{:?}", found.reasons);
        assert_eq!(found.reasons[3], Reason::FreeOn(2));
        assert_eq!(found.reasons.len(), 4, "no record yet, no reliability reason");
        // Half the skills, a language, no cause, ~76 % of the distance points, half the reliability.
        assert!((found.score - (15.0 + 15.0 + 0.0 + 19.0 + 10.0)).abs() < 1.0, "{}", found.score);
    }

    #[test]
    fn people_invited_lately_come_after_equals_but_not_after_a_worse_fit() {
        let fresh = assess(&offer(), &need()).unwrap();
        let mut asked = offer();
        asked.recent_invitations = 2;
        let asked_twice = assess(&asked, &need()).unwrap();
        assert!((fresh.score - asked_twice.score - 4.0).abs() < 0.11, "{} {}", fresh.score, asked_twice.score);
        asked.recent_invitations = 50;
        let asked_often = assess(&asked, &need()).unwrap();
        assert!((fresh.score - asked_often.score - 10.0).abs() < 0.11, "the penalty stops at 10 points");
    }

    #[test]
    fn a_request_fits_when_a_window_overlaps_it_in_the_platform_zone() {
        let zone = TimeZone::parse("Europe/Brussels", "zone").unwrap();
        let windows = [Window { weekday: 2, from: hm(14, 0), to: hm(18, 0) }];
        // Tuesday 1 December 2026, 16:00–17:00 in Brussels.
        assert_eq!(free_during(&windows, at("2026-12-01T15:00:00Z"), at("2026-12-01T16:00:00Z"), zone), Some(2));
        // Tuesday 10:00–12:00: no overlap.
        assert_eq!(free_during(&windows, at("2026-12-01T09:00:00Z"), at("2026-12-01T11:00:00Z"), zone), None);
        // From Monday to Wednesday: Tuesday afternoon is inside.
        assert_eq!(free_during(&windows, at("2026-11-30T08:00:00Z"), at("2026-12-02T08:00:00Z"), zone), Some(2));
    }

    #[test]
    fn hard_filters_leave_people_out() {
        let mut far = offer();
        far.within_km = 1.0;
        assert_eq!(assess(&far, &need()), Err(Exclusion::TooFar));

        let mut busy = offer();
        // Free Tuesday afternoon in UTC terms but not until 17:00 Brussels time.
        busy.availability = vec![Window { weekday: 2, from: hm(13, 0), to: hm(16, 30) }];
        assert_eq!(assess(&busy, &need()), Err(Exclusion::NotAvailable));
        busy.availability = vec![Window { weekday: 3, from: hm(0, 0), to: hm(23, 0) }];
        assert_eq!(assess(&busy, &need()), Err(Exclusion::NotAvailable));

        let mut young = offer();
        young.birth_date = NaiveDate::from_ymd_opt(2008, 12, 2);
        assert_eq!(assess(&young, &need()), Err(Exclusion::TooYoung));
        young.birth_date = NaiveDate::from_ymd_opt(2008, 12, 1);
        assert!(assess(&young, &need()).is_ok(), "18 on the day itself");
        young.birth_date = None;
        assert_eq!(assess(&young, &need()), Err(Exclusion::TooYoung));

        let mut remote = need();
        remote.place = None;
        let mut anywhere = offer();
        anywhere.home = point(38.7223, -9.1393);
        let found = assess(&anywhere, &remote).unwrap();
        assert!(found.reasons.contains(&Reason::Remote));
        assert_eq!(found.distance_km, None);
    }

    #[test]
    fn shifts_past_local_midnight_fit_no_window() {
        let windows =
            [Window { weekday: 2, from: hm(0, 0), to: NaiveTime::from_hms_micro_opt(23, 59, 59, 999_999).unwrap() }];
        assert_eq!(available(&windows, at("2026-12-01T20:00:00Z"), at("2026-12-01T22:00:00Z"), brussels()), Some(2));
        assert_eq!(available(&windows, at("2026-12-01T20:00:00Z"), at("2026-12-01T23:30:00Z"), brussels()), None);
    }

    #[test]
    fn better_fits_rank_first_and_ties_break_by_id() {
        let need = need();
        let good = offer();
        let mut better = offer();
        better.skills.push("cooking".into());
        better.causes.push("poverty".into());
        let mut reliable = offer();
        reliable.attended = 9;
        let mut flaky = offer();
        flaky.attended = 1;
        flaky.no_shows = 4;
        let mut far = offer();
        far.home = point(50.8467, 4.4200);
        far.within_km = 10.0;
        let mut items: Vec<(Offer, Match)> = [&good, &better, &reliable, &flaky, &far]
            .into_iter()
            .map(|o| (o.clone(), assess(o, &need).unwrap()))
            .collect();
        rank(&mut items, |o| o.account_id);
        let order: Vec<AccountId> = items.iter().map(|(o, _)| o.account_id).collect();
        assert_eq!(order[0], better.account_id);
        assert_eq!(order[1], reliable.account_id);
        assert_eq!(order[2], good.account_id);
        assert!(
            order[3..].contains(&flaky.account_id) && order[3..].contains(&far.account_id),
            "no-shows and distance cost"
        );
        assert!(items[1].1.reasons.contains(&Reason::Reliable { attended: 9, total: 9 }));

        let twin = Offer { account_id: AccountId::new(), ..good.clone() };
        let mut pair =
            vec![(twin.clone(), assess(&twin, &need).unwrap()), (good.clone(), assess(&good, &need).unwrap())];
        rank(&mut pair, |o| o.account_id);
        assert!(pair[0].0.account_id < pair[1].0.account_id);
    }
}
