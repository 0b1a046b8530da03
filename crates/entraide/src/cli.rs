//! The command line, as in API.md. Bad input gets a one-line error naming the problem,
//! a non-zero exit status, and nothing written.

use crate::config::{DatabaseConfig, ServeConfig};
use crate::server::{Application, Settings};
use clap::{Args, Parser, Subcommand};
use entraide_app::{App, AppError};
use entraide_domain::Invalid;
use entraide_domain::account::Registration;
use entraide_domain::geo::Coordinates;
use entraide_domain::locale::Locale;
use entraide_domain::platform::NewPlatform;
use entraide_i18n::Tr;
use std::io::BufRead;

/// Entraide: local volunteering and neighbour help.
#[derive(Debug, Parser)]
#[command(name = "entraide", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the platforms (runs pending migrations first).
    Serve(ServeConfig),
    /// Seed a demo platform in ./entraide-demo.db, print its logins, and serve it.
    Demo(DemoArgs),
    /// Apply pending migrations and exit.
    Migrate(DatabaseConfig),
    /// Administer accounts and platforms.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// A platform's gazetteer: the places people name, from OpenStreetMap.
    #[command(subcommand)]
    Places(PlacesCommand),
    /// Fill a platform with synthetic volunteers, organisations, opportunities, shifts and
    /// requests around its centre, for benchmarks (deterministic for the same arguments).
    Seed(SeedArgs),
}

#[derive(Debug, Args)]
struct SeedArgs {
    /// The platform's slug (it must exist and have a centre).
    #[arg(long)]
    platform: String,
    /// How many volunteers.
    #[arg(long)]
    volunteers: u64,
    /// How many opportunities (with their organisations, shifts and requests).
    #[arg(long)]
    opportunities: u64,
    #[command(flatten)]
    database: DatabaseConfig,
}

#[derive(Debug, Subcommand)]
enum PlacesCommand {
    /// Import the addresses, streets, postcodes and neighbourhoods of an OpenStreetMap
    /// extract (.osm.pbf) around the platform's centre; replaces what an earlier import
    /// brought, in one transaction.
    Import(ImportPlacesArgs),
}

#[derive(Debug, Args)]
struct ImportPlacesArgs {
    /// The platform's slug (it must have a centre).
    #[arg(long)]
    platform: String,
    /// How far from the platform's centre places are kept, in km.
    #[arg(long, default_value_t = 25.0)]
    within_km: f64,
    /// The extract, as published for every region (for example by Geofabrik).
    file: std::path::PathBuf,
    #[command(flatten)]
    database: DatabaseConfig,
}

#[derive(Debug, Args)]
struct DemoArgs {
    /// Address to listen on.
    #[arg(long, env = "ENTRAIDE_ADDR", default_value = "127.0.0.1:8080")]
    addr: String,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create an account; the password is read from standard input.
    CreateAccount(CreateAccountArgs),
    /// Create a platform.
    CreatePlatform(CreatePlatformArgs),
    /// Make an existing account an admin of a platform.
    GrantPlatformAdmin(GrantArgs),
    /// Suspend an account everywhere: its sessions end and it cannot sign in.
    SuspendAccount(AccountActionArgs),
    /// Lift an account's suspension.
    ReinstateAccount(AccountActionArgs),
}

#[derive(Debug, Args)]
struct AccountActionArgs {
    /// The account's email address.
    #[arg(long)]
    email: String,
    /// Why, kept in the instance's log.
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    database: DatabaseConfig,
}

#[derive(Debug, Args)]
struct CreateAccountArgs {
    /// The address the person signs in with.
    #[arg(long)]
    email: String,
    /// Read the password from the first line of standard input.
    #[arg(long, required = true)]
    password_stdin: bool,
    /// The name others see (default: the part of the email before the @).
    #[arg(long)]
    name: Option<String>,
    /// Preferred language (ISO 639-1).
    #[arg(long)]
    locale: Option<String>,
    /// May create platforms and act as admin on every platform.
    #[arg(long)]
    instance_admin: bool,
    #[command(flatten)]
    database: DatabaseConfig,
}

#[derive(Debug, Args)]
struct CreatePlatformArgs {
    /// 2–40 lowercase letters, digits and hyphens.
    #[arg(long)]
    slug: String,
    /// The platform's public name.
    #[arg(long)]
    name: String,
    /// The slug of the platform it sits under.
    #[arg(long)]
    parent: Option<String>,
    /// Default language (ISO 639-1); English if absent.
    #[arg(long)]
    locale: Option<String>,
    /// Where its map opens: LAT,LON.
    #[arg(long, allow_hyphen_values = true)]
    center: Option<String>,
    /// The time zone its dates are shown in (tz database name); UTC if absent.
    #[arg(long)]
    time_zone: Option<String>,
    #[command(flatten)]
    database: DatabaseConfig,
}

#[derive(Debug, Args)]
struct GrantArgs {
    /// The platform's slug.
    #[arg(long)]
    platform: String,
    /// The account's email address.
    #[arg(long)]
    email: String,
    #[command(flatten)]
    database: DatabaseConfig,
}

/// The language of messages on the terminal, from `LANG` (English by default).
fn terminal_tr() -> Tr {
    let locale = std::env::var("LANG").ok().and_then(|l| Locale::parse(l.split('.').next().unwrap_or("")));
    Tr::new(locale.filter(|l| entraide_i18n::available().contains(l)).unwrap_or(Locale::ENGLISH))
}

/// The flag that carries a field.
fn flag(field: &str) -> String {
    match field {
        "center.lat" | "center.lon" => "--center".to_owned(),
        "display_name" => "--name".to_owned(),
        "password" => "the password".to_owned(),
        other => format!("--{}", other.replace('_', "-")),
    }
}

fn describe_invalid(tr: &Tr, invalid: &Invalid) -> String {
    invalid.0.iter().map(|e| format!("{}: {}", flag(e.field), tr.error(e.code))).collect::<Vec<_>>().join("; ")
}

fn describe(tr: &Tr, error: AppError) -> String {
    // On the operator's own terminal, flags are named and internal causes shown.
    let text = match error {
        AppError::Invalid(invalid) => return describe_invalid(tr, &invalid),
        AppError::Conflict(what) => format!("{}: {}", flag(what), error.message(tr)),
        AppError::Internal(cause) => cause,
        other => other.message(tr),
    };
    entraide_i18n::without_isolation_marks(&text)
}

async fn open(database: &DatabaseConfig) -> Result<App, String> {
    let url = database.checked()?;
    let store = entraide_storage::connect(url).await.map_err(|e| format!("database: {e}"))?;
    Ok(App::new(store))
}

/// Runs a command; the error is the one line to print.
pub async fn run(cli: Cli) -> Result<(), String> {
    let tr = terminal_tr();
    match cli.command {
        Command::Serve(config) => {
            let addr = config.socket_addr()?;
            let url = config.database.checked()?.to_owned();
            let mailer = config.mail.mailer()?;
            if mailer.is_none() {
                println!("No mail server (--smtp-url): mails are kept in each platform's outbox for its admins.");
            }
            if config.secure_cookies && !config.trust_forwarded_for && addr.ip().is_loopback() {
                tracing::warn!(
                    "served over HTTPS on a local address: a reverse proxy seems to stand in front; without \
                     --trust-forwarded-for every client shares its address for the limits on sign-ins and new accounts"
                );
            }
            let settings = Settings {
                web: config.web(),
                mailer,
                public_url: config.mail.public_url.clone(),
                limits: config.limits(),
                ..Settings::default()
            };
            let application = Application::build(&url, addr, settings).await?;
            application.start_job_worker();
            println!("Entraide is serving at http://{}", application.local_addr()?);
            application.serve().await
        }
        Command::Demo(args) => crate::demo::run(&args.addr).await,
        Command::Migrate(database) => {
            open(&database).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Admin(AdminCommand::CreateAccount(args)) => {
            let password = read_password()?;
            let name = args.name.clone().unwrap_or_else(|| args.email.split('@').next().unwrap_or("").to_owned());
            let registration = Registration {
                email: args.email.clone(),
                password,
                display_name: name,
                locale: args.locale.clone(),
                birth_date: None,
            };
            // Check the input before touching the database: bad input writes nothing,
            // not even a new database file.
            let valid = entraide_app::check_registration(&registration, entraide_domain::time::now().date_naive())
                .await
                .map_err(|e| describe(&tr, e))?;
            let app = open(&args.database).await?;
            let account = app.create_account(valid, args.instance_admin).await.map_err(|e| describe(&tr, e))?;
            println!("{}", account.id);
            Ok(())
        }
        Command::Admin(AdminCommand::CreatePlatform(args)) => {
            let center = match &args.center {
                Some(text) => {
                    Some(Coordinates::parse_pair(text, "center").map_err(|e| describe_invalid(&tr, &e.into()))?)
                }
                None => None,
            };
            let new = NewPlatform::parse(
                &args.slug,
                &args.name,
                args.parent.as_deref(),
                args.locale.as_deref(),
                center.map(|c| (c.lat(), c.lon())),
                args.time_zone.as_deref(),
            )
            .map_err(|invalid| describe_invalid(&tr, &invalid))?;
            let app = open(&args.database).await?;
            let platform = app.create_platform_unchecked(&new).await.map_err(|e| describe(&tr, e))?;
            println!("{}", platform.slug);
            Ok(())
        }
        Command::Seed(args) => {
            if args.volunteers > crate::seed::MAX_VOLUNTEERS {
                return Err(format!("--volunteers: at most {}", crate::seed::MAX_VOLUNTEERS));
            }
            if args.opportunities > crate::seed::MAX_OPPORTUNITIES {
                return Err(format!("--opportunities: at most {}", crate::seed::MAX_OPPORTUNITIES));
            }
            let app = open(&args.database).await?;
            let plan = crate::seed::SeedPlan { volunteers: args.volunteers, opportunities: args.opportunities };
            let started = std::time::Instant::now();
            let made = crate::seed::seed(&app, &args.platform, &plan).await.map_err(|e| describe(&tr, e))?;
            println!("{made} in {:.1} s", started.elapsed().as_secs_f64());
            Ok(())
        }
        Command::Places(PlacesCommand::Import(args)) => import_places(&tr, args).await,
        Command::Admin(AdminCommand::SuspendAccount(args)) => {
            check_account_action(&tr, &args)?;
            let app = open(&args.database).await?;
            app.set_account_suspension_by_operator(&args.email, true, &args.reason)
                .await
                .map_err(|e| describe(&tr, e))?;
            println!("{} is suspended", args.email.trim());
            Ok(())
        }
        Command::Admin(AdminCommand::ReinstateAccount(args)) => {
            check_account_action(&tr, &args)?;
            let app = open(&args.database).await?;
            app.set_account_suspension_by_operator(&args.email, false, &args.reason)
                .await
                .map_err(|e| describe(&tr, e))?;
            println!("{} is reinstated", args.email.trim());
            Ok(())
        }
        Command::Admin(AdminCommand::GrantPlatformAdmin(args)) => {
            let app = open(&args.database).await?;
            app.grant_platform_admin(&args.platform, &args.email).await.map_err(|e| describe(&tr, e))?;
            println!("{} is now an admin of {}", args.email.trim(), args.platform);
            Ok(())
        }
    }
}

/// Imports a gazetteer: the file is read whole before anything is written, and the
/// places replace the old ones in one transaction.
async fn import_places(tr: &Tr, args: ImportPlacesArgs) -> Result<(), String> {
    if !(args.within_km.is_finite() && args.within_km > 0.0 && args.within_km <= 500.0) {
        return Err("--within-km: more than 0 and at most 500".to_owned());
    }
    if !args.file.is_file() {
        return Err(format!("{}: no such file", args.file.display()));
    }
    let app = open(&args.database).await?;
    let platform = app.platform(&args.platform).await.map_err(|e| describe(tr, e))?;
    let Some(centre) = platform.center else {
        return Err(format!("--platform: {} has no centre to measure from; give it one first", platform.slug));
    };
    let started = std::time::Instant::now();
    let (file, within_km) = (args.file.clone(), args.within_km);
    let extract = tokio::task::spawn_blocking(move || crate::places::read_extract(&file, centre, within_km))
        .await
        .map_err(|e| format!("reading the extract stopped: {e}"))??;
    if extract.places.is_empty() {
        return Err(format!(
            "{}: no address, street, postcode or neighbourhood within {within_km} km of the centre of {} \
             ({} further away); is it the extract of the right region?",
            args.file.display(),
            platform.slug,
            extract.left_out
        ));
    }
    let counts = app.replace_gazetteer_by_operator(&platform, &extract.places).await.map_err(|e| describe(tr, e))?;
    let counted: Vec<String> = counts.iter().map(|(kind, n)| format!("{n} {}", kind.as_str())).collect();
    println!(
        "{}: {} ({} further than {within_km} km left out) in {:.1} s",
        platform.slug,
        counted.join(", "),
        extract.left_out,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Checks an account action's address and reason before the database is touched.
fn check_account_action(tr: &Tr, args: &AccountActionArgs) -> Result<(), String> {
    let mut invalid = Invalid::default();
    invalid.check(entraide_domain::account::Email::parse(&args.email, "email"));
    invalid.check(entraide_domain::safety::parse_reason(&args.reason, "reason"));
    invalid.into_result().map_err(|invalid| describe_invalid(tr, &invalid))
}

fn read_password() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
