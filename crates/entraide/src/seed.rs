//! `entraide seed`: fills a platform with synthetic but realistic volunteers,
//! organisations, opportunities with shifts, and neighbour requests around its centre,
//! for benchmarks. The same arguments give the same people, places and times: the
//! generator is seeded from them.
//!
//! People live where people live: most in the city around the centre, some in a handful
//! of towns around it, a few in the countryside between. Volunteers are loaded in bulk
//! (thousands per transaction); organisations, opportunities and requests go through the
//! ordinary use cases, so they obey every rule the application keeps.

use chrono::{Duration, NaiveDate, NaiveTime};
use entraide_app::{Actor, App, AppError, SeedVolunteer};
use entraide_domain::geo::Coordinates;
use entraide_domain::help::RequestInput;
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::OpportunityInput;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::Platform;
use entraide_domain::profile::{ProfileDraft, Window};
use entraide_domain::shift::ShiftTimes;
use entraide_domain::taxonomy::TermKind;
use entraide_domain::time::now;
use indicatif::{ProgressBar, ProgressStyle};
use rand::{RngExt, SeedableRng};
use rand_xorshift::XorShiftRng;

/// The most volunteers one seed makes.
pub const MAX_VOLUNTEERS: u64 = 20_000_000;
/// The most opportunities one seed makes.
pub const MAX_OPPORTUNITIES: u64 = 1_000_000;
/// Volunteers per transaction.
const BATCH: usize = 10_000;
/// Opportunities per organisation.
const OPPORTUNITIES_PER_ORGANISATION: u64 = 20;
/// One request for this many opportunities.
const OPPORTUNITIES_PER_REQUEST: u64 = 2;

const FIRST_NAMES: [&str; 32] = [
    "Amélie", "Yusuf", "Lotte", "Mariette", "Jonas", "Fatima", "Lucas", "Elif", "Noah", "Sara", "Milan", "Aya",
    "Louise", "Mehmet", "Emma", "Pieter", "Zeynep", "Arthur", "Nora", "Omar", "Julie", "Bram", "Hanna", "Karim",
    "Lena", "Wout", "Ines", "Tomasz", "Olga", "Samir", "Marie", "Kobe",
];
const LAST_NAMES: [&str; 24] = [
    "Claes",
    "Demir",
    "Dubois",
    "Van Acker",
    "Peeters",
    "Janssens",
    "El Amrani",
    "Maes",
    "Yilmaz",
    "Willems",
    "Jacobs",
    "Mertens",
    "Kowalski",
    "Goossens",
    "Wouters",
    "De Smet",
    "Benali",
    "Vermeulen",
    "Nowak",
    "Hermans",
    "Öztürk",
    "Lambert",
    "Dupont",
    "Aerts",
];
const STREETS: [&str; 12] = [
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Schoolstraat",
    "Dorpsstraat",
    "Nieuwstraat",
    "Kapelstraat",
    "Veldstraat",
    "Beekstraat",
    "Hoogstraat",
    "Brugstraat",
    "Lindenlaan",
];
const WORK: [(&str, &str); 10] = [
    ("Food distribution", "Sort and hand out food parcels with our team."),
    ("Reading buddy", "Read with a child for an hour after school."),
    ("Visit an elderly neighbour", "A cup of coffee and a chat with someone who lives alone."),
    ("Repair café", "Help people fix lamps, bikes and clothes."),
    ("Community garden", "Weed, water and harvest with the neighbourhood."),
    ("Drive to the hospital", "Take people without a car to their appointment."),
    ("Language café", "Talk with newcomers practising the language."),
    ("Park clean-up", "Pick up litter in the park with gloves and bags we provide."),
    ("Soup kitchen", "Cook and serve a warm meal."),
    ("Homework club", "Help pupils with their homework."),
];
const NEEDS: [(&str, &str); 6] = [
    ("groceries", "Groceries for this week"),
    ("pharmacy", "Medicine from the pharmacy"),
    ("lift", "A lift to the doctor"),
    ("call-or-visit", "A visit for a chat"),
    ("repairs", "A dripping tap"),
    ("paperwork", "Help with a form"),
];
/// Languages people speak beside the platform's, with how often (per thousand).
const OTHER_LANGUAGES: [(&str, u32); 8] =
    [("en", 300), ("fr", 200), ("ar", 60), ("tr", 50), ("de", 40), ("pl", 30), ("es", 30), ("uk", 20)];

/// What to make.
#[derive(Debug, Clone)]
pub struct SeedPlan {
    /// Volunteers.
    pub volunteers: u64,
    /// Opportunities (with their organisations, shifts and requests).
    pub opportunities: u64,
}

/// Where people live: towns around the centre, with their weight.
struct Geography {
    centre: Coordinates,
    /// Town centres (offset in km east and north), spread (km) and share (per thousand).
    towns: Vec<(f64, f64, f64, u32)>,
}

impl Geography {
    fn new(centre: Coordinates, rng: &mut XorShiftRng) -> Self {
        // The city itself holds half of the people; six towns 8–35 km away hold a third;
        // the rest live scattered within 40 km.
        let mut towns = vec![(0.0, 0.0, 3.0, 500)];
        for _ in 0..6 {
            let angle = rng.random_range(0.0..std::f64::consts::TAU);
            let distance = rng.random_range(8.0..35.0);
            towns.push((distance * angle.cos(), distance * angle.sin(), rng.random_range(0.8..2.0), 55));
        }
        Geography { centre, towns }
    }

    /// A place where someone lives.
    fn place(&self, rng: &mut XorShiftRng) -> Coordinates {
        let mut pick = rng.random_range(0..1000);
        for &(east, north, spread, share) in &self.towns {
            if pick < share {
                let (dx, dy) = gaussian_pair(rng);
                return self.offset(east + dx * spread, north + dy * spread);
            }
            pick -= share;
        }
        let angle = rng.random_range(0.0..std::f64::consts::TAU);
        // Uniform over the disc: the square root spreads points evenly by area.
        let distance = 40.0 * rng.random_range(0.0f64..1.0).sqrt();
        self.offset(distance * angle.cos(), distance * angle.sin())
    }

    /// The point `east` km east and `north` km north of the centre.
    fn offset(&self, east: f64, north: f64) -> Coordinates {
        let lat = (self.centre.lat() + north / 111.32).clamp(-89.9, 89.9);
        let lon = self.centre.lon() + east / (111.32 * lat.to_radians().cos().max(0.01));
        let lon = ((lon + 180.0).rem_euclid(360.0)) - 180.0;
        Coordinates::parse(lat, lon, ("lat", "lon")).unwrap_or(self.centre)
    }
}

/// Two independent standard normal numbers (Box–Muller).
fn gaussian_pair(rng: &mut XorShiftRng) -> (f64, f64) {
    let u: f64 = rng.random_range(f64::EPSILON..1.0);
    let v: f64 = rng.random_range(0.0..std::f64::consts::TAU);
    let r = (-2.0 * u.ln()).sqrt();
    (r * v.cos(), r * v.sin())
}

/// The generator for a seed: the same for the same platform and numbers.
fn generator(platform: &Platform, plan: &SeedPlan) -> XorShiftRng {
    // FNV-1a over the arguments: stable across builds, unlike the standard hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{}|{}|{}", platform.slug, plan.volunteers, plan.opportunities).bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    XorShiftRng::seed_from_u64(hash)
}

/// A few distinct items from a list.
fn some<'a>(rng: &mut XorShiftRng, from: &'a [String], at_least: usize, at_most: usize) -> Vec<String> {
    if from.is_empty() {
        return Vec::new();
    }
    let wanted = rng.random_range(at_least..=at_most).min(from.len());
    let mut chosen: Vec<String> = Vec::with_capacity(wanted);
    while chosen.len() < wanted {
        let item: &'a String = &from[rng.random_range(0..from.len())];
        if !chosen.contains(item) {
            chosen.push(item.clone());
        }
    }
    chosen.sort();
    chosen
}

/// A sequential account id (so the primary key index grows at its end) whose random
/// part comes from the seed's generator.
fn account_id(rng: &mut XorShiftRng, index: u64) -> AccountId {
    let mut random = [0u8; 10];
    rng.fill(&mut random);
    // 2026-01-01T00:00:00Z plus one millisecond per person.
    let millis = 1_767_225_600_000 + index;
    AccountId(uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid())
}

/// One synthetic volunteer.
fn volunteer(rng: &mut XorShiftRng, index: u64, suffix: &str, world: &World) -> SeedVolunteer {
    let first = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())];
    let last = LAST_NAMES[rng.random_range(0..LAST_NAMES.len())];
    let mut languages = vec![world.language];
    for (code, per_thousand) in OTHER_LANGUAGES {
        if let Some(locale) = Locale::parse(code).filter(|l| *l != world.language)
            && rng.random_range(0..1000) < per_thousand
        {
            languages.push(locale);
        }
    }
    // One to four windows, each on its own day, so none overlap.
    let mut days: Vec<u8> = (1..=7).collect();
    let mut availability = Vec::new();
    for _ in 0..rng.random_range(1..=4) {
        let day = days.remove(rng.random_range(0..days.len()));
        let start = rng.random_range(8..=19);
        let length = rng.random_range(2..=4);
        if let (Some(from), Some(to)) =
            (NaiveTime::from_hms_opt(start, 0, 0), NaiveTime::from_hms_opt((start + length).min(23), 0, 0))
        {
            availability.push(Window { weekday: day, from, to });
        }
    }
    availability.sort();
    let within_km = [2.0, 5.0, 5.0, 10.0, 10.0, 20.0, 50.0][rng.random_range(0..7)];
    let year = rng.random_range(1940..=2008);
    let birth_date =
        NaiveDate::from_ymd_opt(year, rng.random_range(1..=12), rng.random_range(1..=28)).unwrap_or_default();
    SeedVolunteer {
        id: account_id(rng, index),
        email: format!("volunteer-{index}{suffix}"),
        display_name: format!("{first} {last}"),
        birth_date,
        profile: ProfileDraft {
            skills: some(rng, &world.skills, 1, 3),
            causes: some(rng, &world.causes, 0, 2),
            languages,
            home: world.geography.place(rng),
            within_km,
            availability,
            no_suggestions: rng.random_range(0..100) < 3,
            no_mails: rng.random_range(0..100) < 5,
        },
    }
}

/// What every generated thing draws from.
struct World {
    geography: Geography,
    language: Locale,
    skills: Vec<String>,
    causes: Vec<String>,
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>14} {wide_bar} {pos}/{len} ({per_sec}, {eta} left)") {
        bar.set_style(style);
    }
    bar.set_message(what.to_owned());
    bar
}

/// The account that owns a seed's organisations: outside the volunteers' domain, so that
/// counting the volunteers already stored counts only them.
pub fn coordinator_email(slug: &str) -> String {
    format!("coordinator@{slug}.seed-team.invalid")
}

/// Seeds the platform; says what it made.
pub async fn seed(app: &App, slug: &str, plan: &SeedPlan) -> Result<String, AppError> {
    let platform = app.platform(slug).await?;
    let centre = platform.center.ok_or(AppError::Refused("seed-needs-centre"))?;
    let mut rng = generator(&platform, plan);
    let terms = |kind| app.terms(&platform, kind);
    let skills: Vec<String> = terms(TermKind::Skill).await?.into_iter().map(|t| t.code).collect();
    let causes: Vec<String> = terms(TermKind::Cause).await?.into_iter().map(|t| t.code).collect();
    let world =
        World { geography: Geography::new(centre, &mut rng), language: platform.default_locale, skills, causes };
    let suffix = format!("@{}.seed.invalid", platform.slug);
    let password_hash = app.seed_password_hash().await?;

    // Volunteers, continuing where an interrupted seed stopped: the generator replays
    // the people already stored, so the rest are the same as in one run.
    let done = u64::try_from(app.seeded_count(&suffix).await?).unwrap_or(0);
    let progress = bar(plan.volunteers, "volunteers");
    let mut batch = Vec::with_capacity(BATCH);
    for index in 0..plan.volunteers {
        let person = volunteer(&mut rng, index, &suffix, &world);
        if index < done {
            continue;
        }
        batch.push(person);
        if batch.len() == BATCH {
            app.seed_volunteers(&platform, &batch, &password_hash).await?;
            progress.inc(BATCH as u64);
            batch.clear();
        }
    }
    if !batch.is_empty() {
        app.seed_volunteers(&platform, &batch, &password_hash).await?;
    }
    progress.finish();

    let coordinator = app.seed_coordinator(&platform, &coordinator_email(platform.slug.as_str())).await?;
    let made = seed_opportunities(app, &platform, &coordinator, plan, &mut rng, &world).await?;
    // A bulk load leaves the planners' statistics behind: without them PostgreSQL and
    // SQLite may walk the wrong index on a platform that grew a million rows at once.
    app.analyze_after_seed().await?;
    Ok(format!(
        "{} volunteers ({} new), {} opportunities in {} organisations, {} requests on {}",
        plan.volunteers,
        plan.volunteers.saturating_sub(done),
        made.0,
        made.1,
        made.2,
        platform.slug
    ))
}

/// Organisations, opportunities with shifts over the coming month, and neighbour
/// requests; returns how many of each were made.
async fn seed_opportunities(
    app: &App,
    platform: &Platform,
    coordinator: &Actor,
    plan: &SeedPlan,
    rng: &mut XorShiftRng,
    world: &World,
) -> Result<(u64, u64, u64), AppError> {
    let slug = platform.slug.as_str();
    let today = now().with_timezone(&platform.time_zone.tz()).date_naive();
    let progress = bar(plan.opportunities, "opportunities");
    let mut organisations = 0;
    let mut organisation = None;
    for index in 0..plan.opportunities {
        if index % OPPORTUNITIES_PER_ORGANISATION == 0 {
            let kind = ["nonprofit", "nonprofit", "school", "municipality", "group", "company"][rng.random_range(0..6)];
            let name = format!(
                "{} {} {}",
                ["Buurtwerk", "Samen", "Vrienden van", "Huis", "Netwerk"][rng.random_range(0..5)],
                LAST_NAMES[rng.random_range(0..LAST_NAMES.len())],
                index / OPPORTUNITIES_PER_ORGANISATION + 1
            );
            let new = NewOrganisation::parse(&name, kind, Some("A synthetic organisation for benchmarks."))?;
            organisation = Some(app.create_organisation(coordinator, slug, &new).await?);
            organisations += 1;
        }
        let Some(organisation) = &organisation else { continue };
        let (title, description) = WORK[rng.random_range(0..WORK.len())];
        let remote = rng.random_range(0..10) == 0;
        let place = world.geography.place(rng);
        let input = OpportunityInput {
            title: title.to_owned(),
            description: description.to_owned(),
            skills: some(rng, &world.skills, 1, 2),
            causes: some(rng, &world.causes, 1, 1),
            languages: vec![world.language.code().to_owned()],
            min_age: if rng.random_range(0..4) == 0 { Some(18) } else { None },
            accessibility: String::new(),
            point: (!remote).then(|| (place.lat(), place.lon())),
            address: if remote {
                String::new()
            } else {
                format!("{} {}", STREETS[rng.random_range(0..STREETS.len())], rng.random_range(1..200))
            },
            status: None,
        };
        let mut shifts = Vec::new();
        for _ in 0..rng.random_range(1..=4) {
            let day = today + Duration::days(rng.random_range(1..=30));
            let start = day
                .and_hms_opt(rng.random_range(8..=18), 0, 0)
                .and_then(|t| t.and_local_timezone(platform.time_zone.tz()).earliest());
            if let Some(start) = start {
                let starts_at = start.with_timezone(&chrono::Utc);
                let hours = rng.random_range(2..=4);
                shifts.push(ShiftTimes {
                    starts_at,
                    ends_at: starts_at + Duration::hours(hours),
                    slots: rng.random_range(2..=20),
                });
            }
        }
        app.create_opportunity(coordinator, &organisation.id.to_string(), &input, &shifts).await?;
        progress.inc(1);
    }
    progress.finish();

    let requests = plan.opportunities / OPPORTUNITIES_PER_REQUEST;
    for index in 0..requests {
        let (category, title) = NEEDS[rng.random_range(0..NEEDS.len())];
        let point = world.geography.place(rng);
        let from = now() + Duration::hours(rng.random_range(2..=24 * 14));
        let input = RequestInput {
            category: category.to_owned(),
            title: title.to_owned(),
            description: "A synthetic request for benchmarks.".to_owned(),
            point: (point.lat(), point.lon()),
            address: format!("{} {}", STREETS[rng.random_range(0..STREETS.len())], index % 200 + 1),
            needed_from: from.to_rfc3339(),
            needed_until: (from + Duration::hours(rng.random_range(1..=48))).to_rfc3339(),
            on_behalf: None,
        };
        app.create_request(coordinator, slug, &input).await?;
    }
    Ok((plan.opportunities, organisations, requests))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world(rng: &mut XorShiftRng) -> World {
        let centre = Coordinates::parse(51.0543, 3.7174, ("lat", "lon")).unwrap();
        World {
            geography: Geography::new(centre, rng),
            language: Locale::parse("nl").unwrap(),
            skills: vec!["cooking".into(), "driving".into(), "languages".into()],
            causes: vec!["elderly".into(), "environment".into()],
        }
    }

    #[test]
    fn the_same_seed_makes_the_same_people() {
        let make = || {
            let mut rng = XorShiftRng::seed_from_u64(7);
            let world = world(&mut rng);
            (0..50)
                .map(|i| volunteer(&mut rng, i, "@t.seed.invalid", &world))
                .map(|v| (v.id, v.display_name, v.profile))
                .collect::<Vec<_>>()
        };
        assert_eq!(make(), make());
    }

    #[test]
    fn half_the_people_live_in_the_city_and_nobody_far_away() {
        let mut rng = XorShiftRng::seed_from_u64(11);
        let world = world(&mut rng);
        let centre = world.geography.centre;
        let distances: Vec<f64> = (0..10_000).map(|_| world.geography.place(&mut rng).distance_km(&centre)).collect();
        let in_city = distances.iter().filter(|d| **d < 8.0).count();
        assert!((4_500..6_500).contains(&in_city), "{in_city} of 10,000 within 8 km");
        assert!(distances.iter().all(|d| *d < 60.0), "everyone within 60 km");
    }

    #[test]
    fn availability_windows_never_overlap_and_profiles_are_valid() {
        let mut rng = XorShiftRng::seed_from_u64(3);
        let world = world(&mut rng);
        for index in 0..500 {
            let person = volunteer(&mut rng, index, "@t.seed.invalid", &world);
            let days: Vec<u8> = person.profile.availability.iter().map(|w| w.weekday).collect();
            let mut unique = days.clone();
            unique.dedup();
            assert_eq!(days, unique, "one window per day");
            assert!(person.profile.availability.iter().all(|w| w.from < w.to));
            assert!(!person.profile.skills.is_empty());
            assert!(person.profile.languages.contains(&world.language));
        }
    }
}
