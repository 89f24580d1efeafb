//! The Sumud server: configuration, the axum router around the Leptos app, background workers.
pub mod assets;
pub mod config;
pub mod kept_forms;
pub mod middleware;

use app::accounts::session_store::DbSessionStore;
use app::conferences::registrations::sign_ups::SignUpQueue;
use app::email::service::{run_worker, Mailer, SmtpMailer};
use app::finance::service::{CardGateway, CardPayments};
use app::membership::service::DirectoryIndex;
use app::server::{database, AppState, Settings};
use axum::routing::get;
use axum::Router;
use config::Config;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tokio::sync::Notify;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("leptos configuration: {0}")]
    Leptos(String),
}

/// Opens and migrates the database, and builds the router with every route and layer.
///
/// # Errors
/// The database cannot be opened or migrated, or Leptos' settings are wrong.
pub async fn build(config: &Config) -> Result<(Router, AppState), StartError> {
    if let Some(path) = config.database_url.strip_prefix("sqlite://").and_then(|p| p.split('?').next()) {
        if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| sea_orm::DbErr::Custom(format!("create {}: {e}", dir.display())))?;
        }
    }
    let db = database::connect(&config.database_url).await?;
    database::migrate(&db).await?;

    let mut leptos_options = get_configuration(None).map_err(|e| StartError::Leptos(e.to_string()))?.leptos_options;
    leptos_options.site_addr = config.listen_addr;
    assets::follow_hash_file(&mut leptos_options);
    let stylesheet = app::site::assets::stylesheet_href(&leptos_options);
    let state = AppState {
        leptos_options: leptos_options.clone(),
        db: db.clone(),
        settings: Arc::new(Settings {
            public_url: config.public_url.clone(),
            smtp_configured: config.smtp_url.is_some(),
            secure_cookies: config.is_https(),
            documents: app::server::uploads::FileStore::new(&config.documents_dir),
        }),
        outbox_wakeup: Arc::new(Notify::new()),
    };
    // What areas keep in memory for the whole process, handed to their server functions.
    let directory: Arc<DirectoryIndex> = Arc::default();
    let tracker: Arc<app::resolutions::service::TrackerCopies> = Arc::default();
    let sign_ups = Arc::new(SignUpQueue::new(db.clone()));
    let cards = card_payments(config)?;
    let dues_dashboards: Arc<app::finance::service::DashboardCopies> = Arc::default();
    let map_drawings: Arc<app::twinning::service::MapDrawings> = Arc::default();
    let area_state = {
        let cards = cards.clone();
        let map_drawings = map_drawings.clone();
        move || {
            provide_context(map_drawings.clone());
            provide_context(dues_dashboards.clone());
            provide_context(directory.clone());
            provide_context(tracker.clone());
            provide_context(sign_ups.clone());
            provide_context(cards.clone());
        }
    };

    let sessions = SessionManagerLayer::new(DbSessionStore::new(db.clone()))
        .with_name("sumud_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.is_https())
        .with_expiry(Expiry::OnInactivity(time::Duration::days(7)));

    let routes = route_list();
    let router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::router(&leptos_options))
        .merge(app::membership::http::router())
        .merge(app::conferences::http::router())
        .merge(app::resolutions::http::router())
        .merge(app::finance::http::router())
        .merge(app::twinning::http::router())
        .merge(app::oversight::http::router())
        .leptos_routes_with_context(&state, routes, area_state, {
            let options = leptos_options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(app::shell))
        .layer(axum::Extension(cards))
        .layer(axum::Extension(map_drawings))
        .layer(axum::middleware::from_fn_with_state(db.clone(), kept_forms::keep_refused_form))
        .layer(sessions)
        .layer(axum::middleware::from_fn(middleware::limit_body))
        .layer(axum::middleware::from_fn_with_state(
            middleware::PublicOrigin(config.public_url.clone()),
            middleware::reject_cross_origin,
        ))
        .layer(axum::middleware::from_fn_with_state(
            middleware::TrustedProxies(config.trusted_proxies.clone()),
            middleware::locate_client,
        ))
        .layer(axum::middleware::from_fn_with_state(middleware::PanicPage { stylesheet }, middleware::catch_panic))
        .layer(axum::middleware::from_fn(middleware::language))
        .layer(tower_http::compression::CompressionLayer::new())
        // One span per request (method, path, status, latency) around everything below it.
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state.clone());
    Ok((router, state))
}

/// Stripe, when both its secret key and its webhook secret are configured.
fn card_payments(config: &Config) -> Result<CardPayments, StartError> {
    let (Some(key), Some(webhook_secret)) = (&config.stripe_secret_key, &config.stripe_webhook_secret) else {
        return Ok(CardPayments::default());
    };
    let gateway = CardGateway::new(key, webhook_secret, config.stripe_api_base.as_deref())
        .map_err(|message| config::ConfigError { key: "STRIPE_SECRET_KEY", message })?;
    Ok(CardPayments(Some(Arc::new(gateway))))
}

/// The app's routes, generated once per process. Generating them renders the app with resource
/// loading suspended process-wide (leptos_server's `SuppressResourceLoad`), so a page rendered by
/// another server of the same process at that moment would wait forever (leptos#4773): tests
/// start many servers in one process.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

/// Starts the workers that run beside the web server: email delivery (when SMTP is set) and the
/// removal of expired sessions, old throttle counts and forgotten browsers, and the reminders of
/// overdue actions.
pub fn spawn_workers(config: &Config, state: &AppState) {
    if let Some(url) = &config.smtp_url {
        match SmtpMailer::new(url, &config.smtp_from) {
            Ok(mailer) => {
                let mailer: Arc<dyn Mailer> = Arc::new(mailer);
                tokio::spawn(run_worker(state.db.clone(), mailer, state.outbox_wakeup.clone()));
            }
            Err(error) => tracing::error!(%error, "SMTP disabled"),
        }
    }
    let store = DbSessionStore::new(state.db.clone());
    let db = state.db.clone();
    let reminders = app::server::RequestContext::new(
        app::server::Actor::system(),
        "Sumud",
        app::i18n::Lang::En,
        &config.public_url,
        state.outbox_wakeup.clone(),
    );
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            if let Err(error) = store.delete_expired().await {
                tracing::error!(%error, "expired session cleanup");
            }
            if let Err(error) = app::accounts::service::purge_sign_in_records(&db).await {
                tracing::error!(%error, "sign-in records cleanup");
            }
            let now = chrono::Utc::now();
            if let Err(error) = app::resolutions::implementation::service::remind_overdue(&db, &reminders, now).await {
                tracing::error!(%error, "overdue action reminders");
            }
            // A grace date passing puts members whose dues are unpaid in arrears.
            if let Err(error) = app::finance::service::sweep_arrears(&db, now.date_naive()).await {
                tracing::error!(%error, "dues arrears");
            }
            if let Err(error) = app::finance::service::send_dues_reminders(&db, &reminders, now.date_naive()).await {
                tracing::error!(%error, "dues reminders");
            }
        }
    });
}
