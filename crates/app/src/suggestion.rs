//! Suggestions both ways: people for a shift (for its coordinators and platform admins)
//! and shifts for a person, with the reasons written in the reader's language.
//!
//! Storage narrows the candidates by index; `entraide_domain::matching` applies the hard
//! filters and scores; here are the permissions, the limit and the words.

use crate::error::{AppError, Result};
use crate::{Actor, App, OpportunityView};
use chrono::Duration;
use entraide_domain::id::{AccountId, OpportunityId, ShiftId};
use entraide_domain::locale::Locale;
use entraide_domain::matching::{Match, Need, Offer, Reason, assess, rank};
use entraide_domain::platform::Platform;
use entraide_domain::profile::{MAX_TRAVEL_KM, reach_cells};
use entraide_domain::shift::Shift;
use entraide_domain::taxonomy::TermKind;
use entraide_domain::time::Timestamp;
use entraide_domain::{FieldError, Invalid};
use entraide_i18n::{LocalFormat, Tr};
use entraide_storage::{ShiftSearch, Slot};
use std::collections::HashMap;

/// How many suggestions when the caller does not say.
pub const DEFAULT_SUGGESTIONS: i64 = 20;

/// How far ahead shifts are suggested to a person.
const HORIZON_DAYS: i64 = 60;

/// The most shifts of one platform scored for a person (the soonest).
const MAX_OPENINGS: i64 = 2000;

/// A person suggested for a shift.
#[derive(Debug, Clone)]
pub struct PersonSuggestion {
    /// Who.
    pub account_id: AccountId,
    /// Their name.
    pub display_name: String,
    /// 0 to 100, higher is better.
    pub score: f64,
    /// Why, in the reader's language.
    pub reasons: Vec<String>,
}

/// An open neighbour request suggested to a person.
#[derive(Debug, Clone)]
pub struct RequestSuggestion {
    /// Its platform.
    pub platform: Platform,
    /// The request (its place shown only approximately).
    pub request: entraide_domain::help::HelpRequest,
    /// 0 to 100, higher is better.
    pub score: f64,
    /// Why, in the reader's language.
    pub reasons: Vec<String>,
}

/// A shift suggested to a person.
#[derive(Debug, Clone)]
pub struct ShiftSuggestion {
    /// Its platform.
    pub platform: Platform,
    /// Its opportunity.
    pub opportunity_id: OpportunityId,
    /// The opportunity's title.
    pub title: String,
    /// The shift.
    pub shift_id: ShiftId,
    /// Start.
    pub starts_at: Timestamp,
    /// End.
    pub ends_at: Timestamp,
    /// 0 to 100, higher is better.
    pub score: f64,
    /// Why, in the reader's language.
    pub reasons: Vec<String>,
}

/// Checks `limit`: 1 to 100, 20 when not given.
pub fn parse_limit(limit: Option<i64>) -> std::result::Result<usize, FieldError> {
    match limit.unwrap_or(DEFAULT_SUGGESTIONS) {
        n @ 1..=100 => usize::try_from(n).map_err(|_| FieldError::new("limit", "limit-out-of-range")),
        _ => Err(FieldError::new("limit", "limit-out-of-range")),
    }
}

/// Which side reads the reasons: a coordinator about a person, or a person about a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reader {
    Coordinator,
    Volunteer,
}

/// Writes reasons in one language, with the platform's labels of skills and causes.
struct Words {
    tr: Tr,
    format: LocalFormat,
    labels: HashMap<String, String>,
}

impl Words {
    async fn new(app: &App, platform: &Platform, locale: Locale) -> Result<Self> {
        let mut labels = HashMap::new();
        for kind in [TermKind::Skill, TermKind::Cause] {
            for term in app.store.terms(platform.id, kind).await? {
                labels.insert(term.code, term.label);
            }
        }
        Ok(Self { tr: Tr::new(locale), format: LocalFormat::new(locale, platform.time_zone), labels })
    }

    fn label(&self, code: &str) -> String {
        self.labels.get(code).cloned().unwrap_or_else(|| code.to_owned())
    }

    fn language(&self, locale: Locale) -> String {
        self.tr.t(&format!("suggestion-language-{}", locale.code()))
    }

    fn reason(&self, reason: &Reason, reader: Reader) -> Option<String> {
        let coordinator = reader == Reader::Coordinator;
        let tr = &self.tr;
        Some(match reason {
            Reason::Skill(code) if coordinator => tr.t1("suggestion-reason-skill", "skill", self.label(code)),
            Reason::Skill(code) => tr.t1("suggestion-reason-uses-skill", "skill", self.label(code)),
            Reason::Cause(code) if coordinator => tr.t1("suggestion-reason-cause", "cause", self.label(code)),
            Reason::Cause(code) => tr.t1("suggestion-reason-for-cause", "cause", self.label(code)),
            Reason::Language(locale) if coordinator => {
                tr.t1("suggestion-reason-speaks", "language", self.language(*locale))
            }
            Reason::Language(locale) => tr.t1("suggestion-reason-in-language", "language", self.language(*locale)),
            Reason::Distance(km) => tr.t1("suggestion-reason-distance", "distance", self.format.distance_km(*km)),
            Reason::Remote => tr.t("suggestion-reason-remote"),
            Reason::FreeOn(day) if coordinator => {
                tr.t1("suggestion-reason-free-on", "weekday", tr.t(&format!("shift-weekday-{day}")))
            }
            Reason::FreeOn(day) => {
                tr.t1("suggestion-reason-when-free", "weekday", tr.t(&format!("shift-weekday-{day}")))
            }
            // A person is not told their own record.
            Reason::Reliable { .. } if !coordinator => return None,
            Reason::Reliable { attended, total } => {
                tr.t_args("suggestion-reason-reliable", &[("attended", (*attended).into()), ("total", (*total).into())])
            }
        })
    }

    fn reasons(&self, found: &Match, reader: Reader) -> Vec<String> {
        found.reasons.iter().filter_map(|r| self.reason(r, reader)).collect()
    }
}

/// How many people are scored for a shift: the nearest who pass the hard filters the
/// index can check, gathered band by band outwards.
const CANDIDATES: i64 = 120;
/// The bands the index of windows searches, in km from the place (cell centres).
const BANDS_KM: [f64; 4] = [1.0, 3.0, 6.0, 12.0];
/// The half-width of a cell of resolution 8: a home may be this much nearer than the
/// centre of its cell.
const CELL_RADIUS_KM: f64 = 0.5;

/// The local slot of a shift, if it ends on the day it starts.
fn slot_of(shift: &Shift, zone: entraide_domain::platform::TimeZone) -> Option<Slot> {
    use chrono::{Datelike, Timelike};
    let start = shift.starts_at.with_timezone(&zone.tz());
    let end = shift.ends_at.with_timezone(&zone.tz());
    if start.date_naive() != end.date_naive() {
        return None;
    }
    let minute = |t: chrono::NaiveTime| i64::from(t.hour() * 60 + t.minute());
    let to = minute(end.time()) + i64::from(end.time().second() > 0);
    Some(Slot {
        weekday: u8::try_from(start.weekday().number_from_monday()).ok()?,
        from_minute: minute(start.time()),
        to_minute: to,
    })
}

impl App {
    /// The people to score for a shift. The index of windows answers "free then, home
    /// in these cells, range far enough" without reading a profile; bands widen from
    /// the place until enough people are found, and beyond the last band the coarse
    /// cells of the profiles (capped) serve sparse areas. Remote work: anyone free then.
    async fn gather_candidates(
        &self,
        asker: AccountId,
        platform: &Platform,
        shift: &Shift,
        need: &Need,
    ) -> Result<Vec<entraide_storage::VolunteerCandidate>> {
        let Some(slot) = slot_of(shift, platform.time_zone) else { return Ok(Vec::new()) };
        let mut people: Vec<AccountId> = Vec::new();
        match need.place {
            None => people = self.store.available_for(slot, None, 0.0, CANDIDATES).await?,
            Some(place) => {
                let bands = entraide_domain::help::cells_in_bands(place, &BANDS_KM);
                let mut inner = 0.0;
                for (cells, outer) in bands.iter().zip(BANDS_KM) {
                    let wanted = CANDIDATES - i64::try_from(people.len()).unwrap_or(0);
                    let min_km = (inner - CELL_RADIUS_KM).max(0.0);
                    people.extend(self.store.available_for(slot, Some(cells), min_km, wanted).await?);
                    inner = outer;
                    if i64::try_from(people.len()).unwrap_or(0) >= CANDIDATES {
                        break;
                    }
                }
            }
        }
        let mut candidates = self.store.candidates_among(platform.id, shift.id, asker, &people, self.now()).await?;
        if let (Some(place), true) = (need.place, i64::try_from(people.len()).unwrap_or(0) < CANDIDATES) {
            // Sparse around the place: people further out whose range reaches it.
            let reach = reach_cells(place, MAX_TRAVEL_KM);
            let known: std::collections::HashSet<AccountId> = candidates.iter().map(|c| c.offer.account_id).collect();
            let more = self
                .store
                .shift_candidates_near(platform.id, shift.id, asker, &reach, CANDIDATES * 2, self.now())
                .await?;
            candidates.extend(more.into_iter().filter(|c| !known.contains(&c.offer.account_id)));
        }
        Ok(candidates)
    }

    /// Invites a person to a shift (its coordinators and platform admins): they are
    /// told in the app and, unless they asked for no mails, by mail with the way to sign
    /// up. Once per person and shift: a second invitation is a conflict.
    pub async fn invite_to_shift(&self, actor: &Actor, shift: &str, account: &str) -> Result<()> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        if shift.cancelled_at.is_some() {
            return Err(Invalid::one("shift", "shift-cancelled").into());
        }
        if shift.starts_at <= self.now() {
            return Err(Invalid::one("shift", "shift-past").into());
        }
        let account: AccountId = account.trim().parse().map_err(|_| AppError::NotFound("account"))?;
        if self.store.platform_role(view.platform.id, account).await?.is_none() {
            return Err(AppError::NotFound("account"));
        }
        self.refuse_if_blocked(actor.account.id, account).await?;
        match self.store.invite(view.platform.id, shift.id, account, actor.account.id, self.now()).await {
            Err(entraide_storage::StoreError::Conflict(_)) => Err(AppError::Conflict("invitation")),
            other => Ok(other?),
        }
    }

    /// The people best suited to a shift, best first (its coordinators and platform
    /// admins): members of the platform with a profile, within their travel range of the
    /// place (remote work: anyone), free then, old enough, not signed up already, not
    /// opted out. A cancelled or started shift has none.
    pub async fn shift_suggestions(
        &self,
        actor: &Actor,
        shift: &str,
        limit: Option<i64>,
        locale: Locale,
    ) -> Result<(OpportunityView, Shift, Vec<PersonSuggestion>)> {
        let (view, shift) = self.locate_shift(Some(actor), shift).await?;
        if !view.can_coordinate {
            return Err(AppError::Forbidden);
        }
        let limit = parse_limit(limit).map_err(Invalid::from)?;
        if shift.cancelled_at.is_some() || shift.starts_at <= self.now() {
            return Ok((view, shift, Vec::new()));
        }
        let opportunity = &view.opportunity;
        let need = Need {
            skills: opportunity.draft.skills.clone(),
            causes: opportunity.draft.causes.clone(),
            languages: opportunity.draft.languages.clone(),
            place: opportunity.draft.place.point(),
            min_age: opportunity.draft.min_age,
            starts_at: shift.starts_at,
            ends_at: shift.ends_at,
            zone: view.platform.time_zone,
        };
        let candidates = self.gather_candidates(actor.account.id, &view.platform, &shift, &need).await?;
        let mut kept: Vec<(entraide_storage::VolunteerCandidate, Match)> =
            candidates.into_iter().filter_map(|c| assess(&c.offer, &need).ok().map(|m| (c, m))).collect();
        rank(&mut kept, |c| c.offer.account_id);
        kept.truncate(limit);
        let words = Words::new(self, &view.platform, locale).await?;
        let suggestions = kept
            .into_iter()
            .map(|(candidate, found)| PersonSuggestion {
                account_id: candidate.offer.account_id,
                reasons: words.reasons(&found, Reader::Coordinator),
                display_name: candidate.display_name,
                score: found.score,
            })
            .collect();
        Ok((view, shift, suggestions))
    }

    /// Shifts to come that suit the person, best first: on platforms they belong to, with
    /// places left, within their range (or remote), when they are free, for their age,
    /// not signed up already. None without a profile, or when they opted out.
    pub async fn my_suggestions(
        &self,
        actor: &Actor,
        limit: Option<i64>,
        locale: Locale,
    ) -> Result<Vec<ShiftSuggestion>> {
        let limit = parse_limit(limit).map_err(Invalid::from)?;
        let Some(profile) = self.store.profile(actor.account.id).await? else {
            return Ok(Vec::new());
        };
        if profile.draft.no_suggestions {
            return Ok(Vec::new());
        }
        let draft = &profile.draft;
        let at = self.now();
        let mut kept: Vec<(ShiftSuggestion, Match)> = Vec::new();
        for (platform, _) in self.store.platforms_of(actor.account.id).await? {
            let search = ShiftSearch {
                account: actor.account.id,
                from: at,
                to: at + Duration::days(HORIZON_DAYS),
                within: draft.home.bounding_box(draft.within_km),
                limit: MAX_OPENINGS,
            };
            let openings = self.store.shift_openings(platform.id, &search).await?;
            if openings.is_empty() {
                continue;
            }
            let (attended, no_shows) = self.store.attendance_record(platform.id, actor.account.id).await?;
            let offer = Offer {
                account_id: actor.account.id,
                skills: draft.skills.clone(),
                causes: draft.causes.clone(),
                languages: draft.languages.clone(),
                home: draft.home,
                within_km: draft.within_km,
                availability: draft.availability.clone(),
                birth_date: actor.account.birth_date,
                attended,
                no_shows,
                // The same for every shift of one person: it changes no order here.
                recent_invitations: 0,
            };
            let words = Words::new(self, &platform, locale).await?;
            for opening in openings {
                let need = Need {
                    skills: opening.skills,
                    causes: opening.causes,
                    languages: opening.languages,
                    place: opening.place,
                    min_age: opening.min_age,
                    starts_at: opening.shift.starts_at,
                    ends_at: opening.shift.ends_at,
                    zone: platform.time_zone,
                };
                if let Ok(found) = assess(&offer, &need) {
                    let suggestion = ShiftSuggestion {
                        platform: platform.clone(),
                        opportunity_id: opening.opportunity_id,
                        title: opening.title,
                        shift_id: opening.shift.id,
                        starts_at: opening.shift.starts_at,
                        ends_at: opening.shift.ends_at,
                        score: found.score,
                        reasons: words.reasons(&found, Reader::Volunteer),
                    };
                    kept.push((suggestion, found));
                }
            }
        }
        rank(&mut kept, |s| (s.starts_at, s.shift_id));
        kept.truncate(limit);
        Ok(kept.into_iter().map(|(s, _)| s).collect())
    }

    /// Open neighbour requests that suit the person, best first: on platforms they
    /// belong to, within their range (up to the widest search of requests) measured to
    /// the approximate place everyone sees, during one of their windows, not their own,
    /// nobody blocked. Nearer is better.
    pub async fn my_request_suggestions(
        &self,
        actor: &Actor,
        limit: Option<i64>,
        locale: Locale,
    ) -> Result<Vec<RequestSuggestion>> {
        let limit = parse_limit(limit).map_err(Invalid::from)?;
        let Some(profile) = self.store.profile(actor.account.id).await? else { return Ok(Vec::new()) };
        let draft = &profile.draft;
        if draft.no_suggestions {
            return Ok(Vec::new());
        }
        let km = draft.within_km.min(entraide_domain::help::MAX_WITHIN_KM);
        let blocked = self.store.blocked_either_way(actor.account.id).await?;
        let mut kept = Vec::new();
        for (platform, _) in self.store.platforms_of(actor.account.id).await? {
            let filter = entraide_storage::RequestFilter {
                cells: Some(entraide_domain::help::cells_within(draft.home, km)),
                open_at: Some(self.now()),
                limit: MAX_OPENINGS,
                ..entraide_storage::RequestFilter::default()
            };
            let words = Words::new(self, &platform, locale).await?;
            for request in self.store.list_requests(platform.id, &filter).await? {
                let Some(place) = request.approximate_point() else { continue };
                let distance = place.distance_km(&draft.home);
                if request.requester == actor.account.id
                    || distance > draft.within_km
                    || blocked.contains(&request.requester)
                {
                    continue;
                }
                let window = (request.draft.needed_from, request.draft.needed_until);
                let Some(weekday) =
                    entraide_domain::matching::free_during(&draft.availability, window.0, window.1, platform.time_zone)
                else {
                    continue;
                };
                let score = ((60.0 * (1.0 - distance / draft.within_km).clamp(0.0, 1.0) + 40.0) * 10.0).round() / 10.0;
                let found = Match {
                    score,
                    distance_km: Some(distance),
                    reasons: vec![Reason::Distance(distance), Reason::FreeOn(weekday)],
                };
                kept.push(RequestSuggestion {
                    platform: platform.clone(),
                    reasons: words.reasons(&found, Reader::Volunteer),
                    request,
                    score,
                });
            }
        }
        kept.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.request.created_at.cmp(&b.request.created_at)));
        kept.truncate(limit);
        Ok(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_from_1_to_100() {
        assert_eq!(parse_limit(None), Ok(20));
        assert_eq!(parse_limit(Some(1)), Ok(1));
        assert_eq!(parse_limit(Some(100)), Ok(100));
        assert_eq!(parse_limit(Some(0)).unwrap_err().code, "limit-out-of-range");
        assert_eq!(parse_limit(Some(101)).unwrap_err().field, "limit");
    }
}
