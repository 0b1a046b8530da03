//! `entraide demo`: a real-looking city platform to try Entraide at once. Seeds
//! `./entraide-demo.db` the first time (reuses it afterwards), prints the logins, serves.

use crate::server::Application;
use entraide_app::{Actor, App, AppError};
use entraide_domain::account::Registration;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::NewPlatform;
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
    DemoLogin { email: "coordinator@demo.entraide.org", name: "Yusuf Demir", role: "coordinator (admin of Voedselbank Gent)" },
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
    let city = NewPlatform::parse("demo", "Gent helpt", None, Some("nl"), Some((51.0543, 3.7174)), Some("Europe/Brussels"))?;
    let city = app.create_platform(&actors[0], &city).await?;
    let district = NewPlatform::parse("demo-brugse-poort", "Brugse Poort helpt", Some("demo"), Some("nl"), Some((51.0590, 3.7025)), Some("Europe/Brussels"))?;
    app.create_platform(&actors[0], &district).await?;
    app.grant_platform_admin(city.slug.as_str(), LOGINS[1].email).await?;
    for actor in &actors[2..] {
        app.join_platform(actor, city.slug.as_str()).await?;
    }
    let organisations = [
        (2, "Voedselbank Gent", "nonprofit", "We collect and share food with families who need it, every week, in five neighbourhoods.", true),
        (2, "Basisschool De Regenboog", "school", "A primary school whose pupils read with elderly neighbours and tend the community garden.", false),
        (1, "Dienst Welzijn en Gelijke Kansen", "municipality", "The city's social service: home visits, lifts to the hospital, help with paperwork.", true),
        (3, "Koffiebranderij Het Kanaal", "company", "A small roastery whose team spends a day a month volunteering in the neighbourhood.", false),
        (4, "Buren van de Brugse Poort", "group", "Neighbours who run errands, fix bikes and share a soup on Sundays.", false),
    ];
    for (creator, name, kind, description, verified) in organisations {
        let new = NewOrganisation::parse(name, kind, Some(description))?;
        let organisation = app.create_organisation(&actors[creator], city.slug.as_str(), &new).await?;
        if verified {
            app.set_organisation_verified(&actors[1], &organisation.id.to_string(), true).await?;
        }
    }
    Ok(true)
}

/// Seeds if needed, prints the logins, and serves.
pub async fn run(addr: &str) -> Result<(), String> {
    let addr: SocketAddr = addr.parse().map_err(|_| format!("--addr: `{addr}` is not an address like 127.0.0.1:8080"))?;
    let application = Application::build(DEMO_DATABASE, addr, entraide_web::WebConfig::default()).await?;
    let seeded = seed(application.app()).await.map_err(|e| format!("demo data: {e}"))?;
    let url = format!("http://{}", application.local_addr()?);
    println!("Entraide demo{} at {url}/p/demo", if seeded { " (freshly seeded)" } else { "" });
    println!("Sign in with any of these; the password is `{DEMO_PASSWORD}`:");
    for login in &LOGINS {
        println!("  {:<32} {}", login.email, login.role);
    }
    application.serve().await
}
