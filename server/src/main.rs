//! `sumud`: serve the site (default), apply migrations, create a secretariat account, or add
//! sample members and conferences.
use app::domain::{EmailAddress, PersonName};
use app::server::RequestContext;
use clap::{Parser, Subcommand};
use server::config::Config;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sumud", about = "The Sumud network platform")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Add active sample members, to try Sumud out or to benchmark the directory.
    SeedMembers {
        #[arg(long, default_value_t = 100)]
        count: u32,
    },
    /// Add published sample texts (resolutions, recommendations…) in the three languages, each
    /// with an action plan, to try the resolutions area out or to benchmark it.
    SeedResolutions {
        #[arg(long, default_value_t = 50)]
        count: u32,
    },
    /// Add next year's dues schedule, a solidarity waiver and the year's calls for every active
    /// member, to try the finance area out or to benchmark it.
    SeedFinance,
    /// Add validated sample agreements between active members (at every stage, in the three
    /// languages), to try the twinning area and its map out or to benchmark them.
    SeedTwinning {
        #[arg(long, default_value_t = 50)]
        count: u32,
    },
    /// Add an edition open for registration, with an agenda and a member whose focal point signs
    /// in with `--password`, to try registrations out or to benchmark them.
    SeedConference {
        #[arg(long, default_value_t = 500)]
        capacity: i32,
        #[arg(long, default_value_t = 20)]
        sessions: u32,
        #[arg(long)]
        password: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create a secretariat account and print the link where its owner sets a password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Secretariat")]
        name: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let result = match Cli::parse().command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => migrate(config).await,
        Command::Admin { command: AdminCommand::Create { email, name } } => create_admin(config, &email, &name).await,
        Command::SeedMembers { count } => seed_members(config, count).await,
        Command::SeedResolutions { count } => seed_resolutions(config, count).await,
        Command::SeedFinance => seed_finance(config).await,
        Command::SeedTwinning { count } => seed_twinning(config, count).await,
        Command::SeedConference { capacity, sessions, password } => {
            seed_conference(config, capacity, sessions, &password).await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

async fn migrate(config: Config) -> Result<(), String> {
    let db = app::server::database::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    app::server::database::migrate(&db).await.map_err(|e| e.to_string())?;
    println!("migrations applied");
    Ok(())
}

async fn create_admin(config: Config, email: &str, name: &str) -> Result<(), String> {
    let email = EmailAddress::parse(email).map_err(|_| format!("not an email address: {email}"))?;
    let name = PersonName::parse(name, "name").map_err(|_| "the name must not be empty".to_string())?;
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let link = app::accounts::service::create_secretariat(
        &state.db,
        &RequestContext::system(&config.public_url),
        &email,
        &name,
    )
    .await
    .map_err(|e| format!("{e}"))?;
    println!("Secretariat account {} created. Set its password here:\n  {link}", email.as_str());
    Ok(())
}

async fn seed_members(config: Config, count: u32) -> Result<(), String> {
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let total = app::membership::service::insert_sample_members(&state.db, count).await.map_err(|e| format!("{e}"))?;
    println!("{count} sample members added; {total} members in all");
    Ok(())
}

async fn seed_resolutions(config: Config, count: u32) -> Result<(), String> {
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let total = app::resolutions::service::insert_sample_texts(&state.db, count).await.map_err(|e| format!("{e}"))?;
    let actions =
        app::resolutions::implementation::service::insert_sample_plans(&state.db).await.map_err(|e| format!("{e}"))?;
    let letters = app::resolutions::correspondence::service::insert_sample_correspondence(&state.db)
        .await
        .map_err(|e| format!("{e}"))?;
    println!(
        "{count} sample texts added; {total} texts in all; {actions} actions in their plans; {letters} letters in the register"
    );
    Ok(())
}

async fn seed_finance(config: Config) -> Result<(), String> {
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let context = RequestContext::system(&config.public_url);
    let (schedule, issued) =
        app::finance::service::insert_sample_finance(&state.db, &context).await.map_err(|e| format!("{e}"))?;
    println!(
        "schedule={} year={} version={}; {} calls issued, {} members had theirs, {} without a band",
        schedule.id,
        schedule.year,
        schedule.version,
        issued.numbers.len(),
        issued.already,
        issued.without_band.len()
    );
    Ok(())
}

async fn seed_twinning(config: Config, count: u32) -> Result<(), String> {
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let total = app::twinning::service::insert_sample_agreements(&state.db, count).await.map_err(|e| format!("{e}"))?;
    println!("{count} sample agreements added; {total} agreements in all");
    // Five projects an agreement, as the bench's 2,000 agreements and 10,000 projects.
    let projects = count.saturating_mul(5);
    let total =
        app::twinning::service::insert_sample_projects(&state.db, projects).await.map_err(|e| format!("{e}"))?;
    println!("{projects} sample projects added; {total} projects in all");
    Ok(())
}

/// Prints `edition=<id> focal=<email>` for scripts.
async fn seed_conference(config: Config, capacity: i32, sessions: u32, password: &str) -> Result<(), String> {
    let password = app::domain::Password::parse(password).map_err(|_| "the password needs 10 characters or more")?;
    let (_, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    let db = &state.db;
    let failed = |e: app::server::ServiceError| e.to_string();
    let edition = app::conferences::service::insert_sample_edition(db, capacity, sessions).await.map_err(failed)?;
    app::membership::service::insert_sample_members(db, 1).await.map_err(failed)?;
    let member_id = {
        use app::membership::entities::member;
        use sea_orm::{EntityTrait, QueryOrder};
        let newest =
            member::Entity::find().order_by_desc(member::Column::Id).one(db).await.map_err(|e| e.to_string())?;
        newest.ok_or("no member")?.id
    };
    let email = format!("focal-{}@sample.example", edition.id);
    let invitation = app::accounts::service::Invitation {
        email: EmailAddress::parse(&email).map_err(|_| "email")?,
        name: PersonName::parse("Sample Focal Point", "name").map_err(|_| "name")?,
        role: app::identity::Role::FocalPoint,
        language: app::i18n::Lang::En,
        member_id: Some(member_id),
    };
    let link = app::accounts::service::create_with_link(db, &RequestContext::system(&config.public_url), &invitation)
        .await
        .map_err(failed)?;
    let token = link.rsplit("token=").next().unwrap_or_default();
    app::accounts::service::set_password_with_link(db, token, &password).await.map_err(failed)?;
    println!("edition={} focal={email}", edition.id);
    Ok(())
}

async fn serve(config: Config) -> Result<(), String> {
    let (router, state) = server::build(&config).await.map_err(|e| e.to_string())?;
    if !app::accounts::service::has_secretariat(&state.db).await.map_err(|e| e.to_string())? {
        let email = EmailAddress::parse(&config.admin_email).map_err(|_| "ADMIN_EMAIL".to_string())?;
        let name = PersonName::parse("Secretariat", "name").map_err(|_| "name".to_string())?;
        let link = app::accounts::service::create_secretariat(
            &state.db,
            &RequestContext::system(&config.public_url),
            &email,
            &name,
        )
        .await
        .map_err(|e| e.to_string())?;
        println!("\nFirst secretariat account: {}\nSet its password here (valid 14 days):\n  {link}\n", email.as_str());
    }
    server::spawn_workers(&config, &state);
    let listener = tokio::net::TcpListener::bind(config.listen_addr)
        .await
        .map_err(|e| format!("LISTEN_ADDR {}: {e}", config.listen_addr))?;
    println!("Sumud listening on {} (public URL {})", config.listen_addr, config.public_url);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}
