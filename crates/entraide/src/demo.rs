//! `entraide demo`: a real-looking city platform to try Entraide at once, volunteering and
//! neighbour help. Seeds
//! `./entraide-demo.db` the first time (reuses it afterwards), prints the logins, serves.

mod help;
mod places;

use crate::server::Application;
use chrono::TimeZone as _;
use entraide_app::{Actor, App, AppError};
use entraide_domain::account::Registration;
use entraide_domain::opportunity::OpportunityInput;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::NewPlatform;
use entraide_domain::shift::ShiftTimes;
use std::net::SocketAddr;

/// The demo's database file.
pub const DEMO_DATABASE: &str = "sqlite://entraide-demo.db";
/// Every demo account's password.
pub const DEMO_PASSWORD: &str = "demo-password";

/// A demo login: who it is, and what it shows.
pub struct DemoLogin {
    /// Sign-in address.
    pub email: &'static str,
    /// Name shown.
    pub name: &'static str,
    /// What to try with it.
    pub role: &'static str,
}

/// The demo's people.
pub const LOGINS: [DemoLogin; 5] = [
    DemoLogin { email: "admin@demo.entraide.org", name: "Instance Admin", role: "instance admin (creates platforms)" },
    DemoLogin { email: "team@demo.entraide.org", name: "Lotte Claes", role: "platform team of Gent helpt" },
    DemoLogin {
        email: "coordinator@demo.entraide.org",
        name: "Yusuf Demir",
        role: "coordinator (admin of Voedselbank Gent)",
    },
    DemoLogin { email: "volunteer@demo.entraide.org", name: "Amélie Dubois", role: "volunteer" },
    DemoLogin { email: "neighbour@demo.entraide.org", name: "Mariette Van Acker", role: "neighbour" },
];

/// Seeds the demo data unless the platform `demo` exists already.
pub async fn seed(app: &App) -> Result<bool, AppError> {
    if app.platform("demo").await.is_ok() {
        return Ok(false);
    }
    let mut actors = Vec::new();
    for (index, login) in LOGINS.iter().enumerate() {
        let registration = Registration {
            email: login.email.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
            display_name: login.name.to_owned(),
            locale: None,
            birth_date: Some(["1971-03-02", "1984-09-15", "1990-06-21", "2003-11-08", "1942-01-30"][index].to_owned()),
        };
        let valid = registration.validate(entraide_domain::time::now().date_naive())?;
        actors.push(Actor { account: app.create_account(valid, index == 0).await? });
    }
    let city =
        NewPlatform::parse("demo", "Gent helpt", None, Some("nl"), Some((51.0543, 3.7174)), Some("Europe/Brussels"))?;
    let city = app.create_platform(&actors[0], &city).await?;
    let district = NewPlatform::parse(
        "demo-brugse-poort",
        "Brugse Poort helpt",
        Some("demo"),
        Some("nl"),
        Some((51.0590, 3.7025)),
        Some("Europe/Brussels"),
    )?;
    app.create_platform(&actors[0], &district).await?;
    app.grant_platform_admin(city.slug.as_str(), LOGINS[1].email).await?;
    for actor in &actors[2..] {
        app.join_platform(actor, city.slug.as_str()).await?;
    }
    let organisations = [
        (
            2,
            "Voedselbank Gent",
            "nonprofit",
            "We collect and share food with families who need it, every week, in five neighbourhoods.",
            true,
        ),
        (
            2,
            "Basisschool De Regenboog",
            "school",
            "A primary school whose pupils read with elderly neighbours and tend the community garden.",
            false,
        ),
        (
            1,
            "Dienst Welzijn en Gelijke Kansen",
            "municipality",
            "The city's social service: home visits, lifts to the hospital, help with paperwork.",
            true,
        ),
        (
            3,
            "Koffiebranderij Het Kanaal",
            "company",
            "A small roastery whose team spends a day a month volunteering in the neighbourhood.",
            false,
        ),
        (
            4,
            "Buren van de Brugse Poort",
            "group",
            "Neighbours who run errands, fix bikes and share a soup on Sundays.",
            false,
        ),
    ];
    let mut created = Vec::new();
    for (creator, name, kind, description, verified) in organisations {
        let new = NewOrganisation::parse(name, kind, Some(description))?;
        let organisation = app.create_organisation(&actors[creator], city.slug.as_str(), &new).await?;
        if verified {
            app.set_organisation_verified(&actors[1], &organisation.id.to_string(), true).await?;
        }
        created.push((creator, organisation));
    }
    places::seed_places(app, &city).await?;
    seed_volunteering(app, &actors, &created).await?;
    help::seed_help(app, &actors, &created).await?;
    // Someone forgot their password: the instance admin finds the mail in the site's
    // outbox (`/outbox`) when the demo runs without a mail server.
    app.request_password_reset(LOGINS[4].email, "demo", entraide_domain::locale::Locale::ENGLISH).await?;
    Ok(true)
}

/// An opportunity of the demo: title, description, skills, causes, languages, minimum
/// age, place (lat, lon, address) or remote, and its shifts (days ahead, local start
/// hour, hours long, places).
struct DemoOpportunity {
    organisation: usize,
    title: &'static str,
    description: &'static str,
    skills: &'static [&'static str],
    causes: &'static [&'static str],
    languages: &'static [&'static str],
    min_age: Option<i64>,
    place: Option<(f64, f64, &'static str)>,
    shifts: &'static [(i64, u32, i64, i64)],
}

const OPPORTUNITIES: [DemoOpportunity; 5] = [
    DemoOpportunity {
        organisation: 0,
        title: "Sort and pack food parcels",
        description: "Every week we sort donated food and pack parcels for 80 families. Sturdy shoes help; we provide gloves and coffee.",
        skills: &["lifting"],
        causes: &["poverty"],
        languages: &["nl", "fr", "en"],
        min_age: Some(16),
        place: Some((51.0425, 3.7048, "Kortrijksesteenweg 100, 9000 Gent")),
        shifts: &[(2, 9, 3, 6), (4, 14, 3, 2), (9, 9, 3, 6), (16, 9, 3, 6)],
    },
    DemoOpportunity {
        organisation: 1,
        title: "Read with pupils after school",
        description: "Sit with one or two children for half an hour and read a book together. Patience matters more than experience.",
        skills: &["teaching"],
        causes: &["children"],
        languages: &["nl"],
        min_age: Some(18),
        place: Some((51.0590, 3.7025, "Phoenixstraat 1, 9000 Gent")),
        shifts: &[(3, 15, 1, 4), (10, 15, 1, 4)],
    },
    DemoOpportunity {
        organisation: 2,
        title: "Drive neighbours to the hospital",
        description: "Older neighbours without a car need a lift to their appointments at UZ Gent. You use your own car; fuel is paid back.",
        skills: &["driving"],
        causes: &["elderly", "health"],
        languages: &["nl", "fr", "tr"],
        min_age: Some(21),
        place: Some((51.0225, 3.7225, "Corneel Heymanslaan 10, 9000 Gent")),
        shifts: &[(1, 10, 2, 1), (5, 10, 2, 2)],
    },
    DemoOpportunity {
        organisation: 4,
        title: "Phone an older neighbour for a chat",
        description: "A friendly call once a week, from wherever you are, to someone who lives alone. We introduce you first.",
        skills: &["listening"],
        causes: &["elderly"],
        languages: &["nl", "ar", "uk"],
        min_age: None,
        place: None,
        shifts: &[],
    },
    DemoOpportunity {
        organisation: 3,
        title: "Team day: paint the community centre",
        description: "A day of painting with our roastery team and neighbours. Paint, brushes and lunch are there.",
        skills: &["diy"],
        causes: &["neighbourhood"],
        languages: &["nl", "en"],
        min_age: Some(16),
        place: Some((51.0610, 3.7120, "Sleepstraat 20, 9000 Gent")),
        shifts: &[(12, 9, 7, 12)],
    },
];

/// Opportunities with shifts over the coming weeks; one shift full with a waiting list;
/// shifts whose attendance is to be marked.
async fn seed_volunteering(
    app: &App,
    actors: &[Actor],
    organisations: &[(usize, entraide_domain::organisation::Organisation)],
) -> Result<(), AppError> {
    let zone = entraide_domain::platform::TimeZone::parse("Europe/Brussels", "zone")?;
    let today = entraide_domain::time::now().with_timezone(&zone.tz()).date_naive();
    let mut full_shift = None;
    let mut parcels = None;
    for demo in &OPPORTUNITIES {
        let (creator, organisation) = &organisations[demo.organisation];
        let input = OpportunityInput {
            title: demo.title.to_owned(),
            description: demo.description.to_owned(),
            skills: demo.skills.iter().map(|s| (*s).to_owned()).collect(),
            causes: demo.causes.iter().map(|s| (*s).to_owned()).collect(),
            languages: demo.languages.iter().map(|s| (*s).to_owned()).collect(),
            min_age: demo.min_age,
            accessibility: "Step-free entrance; accessible toilet.".to_owned(),
            point: demo.place.map(|(lat, lon, _)| (lat, lon)),
            address: demo.place.map(|(_, _, address)| address.to_owned()).unwrap_or_default(),
            status: None,
        };
        let mut shifts = Vec::new();
        for (days, hour, hours, slots) in demo.shifts {
            let day = today + chrono::Duration::days(*days);
            let start = day.and_hms_opt(*hour, 0, 0).and_then(|t| zone.tz().from_local_datetime(&t).earliest());
            if let Some(start) = start {
                let starts_at = start.with_timezone(&chrono::Utc);
                shifts.push(ShiftTimes {
                    starts_at,
                    ends_at: starts_at + chrono::Duration::hours(*hours),
                    slots: *slots,
                });
            }
        }
        let (opportunity, created) =
            app.create_opportunity(&actors[*creator], &organisation.id.to_string(), &input, &shifts).await?;
        if demo.title.starts_with("Drive") {
            full_shift = created.first().map(|s| s.id.to_string());
        }
        if demo.title.starts_with("Sort and pack") {
            parcels = Some(opportunity.id.to_string());
        }
    }
    // The first lift has one place: the volunteer takes it, the neighbour and the team
    // member wait.
    if let Some(shift) = full_shift {
        for actor in [&actors[3], &actors[1], &actors[4]] {
            app.sign_up(actor, &shift).await?;
        }
    }
    if let Some(parcels) = parcels {
        seed_attendance_to_mark(app, actors, &parcels).await?;
    }
    Ok(())
}

/// A shift of food parcels that ended yesterday and one under way now, each with people
/// signed up and nobody marked yet: what a coordinator finds to do after a shift. They
/// are made with the application's clock set two days back, as if they had been
/// planned then, and the clock is put right afterwards.
async fn seed_attendance_to_mark(app: &App, actors: &[Actor], opportunity: &str) -> Result<(), AppError> {
    use chrono::DurationRound;
    // On the hour, as people plan.
    let hour = app.now().duration_trunc(chrono::Duration::hours(1)).map_err(|e| AppError::Internal(e.to_string()))?;
    let shifts = [
        (hour - chrono::Duration::hours(27), chrono::Duration::hours(3)),
        (hour - chrono::Duration::hours(1), chrono::Duration::hours(3)),
    ];
    let back = chrono::Duration::days(2);
    app.clock().advance(-back);
    let made = async {
        for (starts_at, length) in shifts {
            let times = ShiftTimes { starts_at, ends_at: starts_at + length, slots: 4 };
            let shift = app.add_shift(&actors[2], opportunity, times).await?;
            for actor in [&actors[3], &actors[4]] {
                app.sign_up(actor, &shift.id.to_string()).await?;
            }
        }
        Ok::<_, AppError>(())
    }
    .await;
    app.clock().advance(back);
    made
}

/// Seeds if needed, prints the logins, and serves.
pub async fn run(addr: &str) -> Result<(), String> {
    let addr: SocketAddr =
        addr.parse().map_err(|_| format!("--addr: `{addr}` is not an address like 127.0.0.1:8080"))?;
    let application = Application::build(DEMO_DATABASE, addr, Default::default()).await?;
    let seeded = seed(application.app()).await.map_err(|e| format!("demo data: {e}"))?;
    // Without a mail server, the demo's mails land in the outbox at /p/demo/outbox.
    application.start_job_worker();
    let url = format!("http://{}", application.local_addr()?);
    println!("Entraide demo{} at {url}/p/demo", if seeded { " (freshly seeded)" } else { "" });
    println!("Sign in with any of these; the password is `{DEMO_PASSWORD}`:");
    for login in &LOGINS {
        println!("  {:<32} {}", login.email, login.role);
    }
    application.serve().await
}
