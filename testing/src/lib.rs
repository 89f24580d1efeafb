//! Test support, kept out of the production crates (a dev-dependency only): fresh databases for
//! tests, a new SQLite file or a new PostgreSQL database per test, migrated, and removed
//! afterwards.
pub mod stripe;

use app::server::database::{connect, migrate};
use sea_orm::{ConnectionTrait, DatabaseConnection};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where the test PostgreSQL server is (trust auth on loopback on the development machines).
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

pub struct TestDb {
    pub db: DatabaseConnection,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Database(String),
}

impl TestDb {
    /// # Panics
    /// When the backend cannot be reached: a test without its database must fail loudly.
    pub async fn new(backend: Backend) -> TestDb {
        let name = format!("sumud_test_{}", &app::server::secrets::new_token()[..16]);
        let (url, cleanup) = match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{name}.sqlite"));
                (format!("sqlite://{}?mode=rwc", path.display()), Cleanup::File(path))
            }
            Backend::Postgres => {
                let admin = connect(&postgres_admin_url()).await.expect("PostgreSQL reachable for tests");
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
                admin.close().await.ok();
                let base = postgres_admin_url();
                let server = base.rsplit_once('/').map(|(s, _)| s).unwrap_or(&base);
                (format!("{server}/{name}"), Cleanup::Database(name))
            }
        };
        let db = connect(&url).await.expect("connect to test database");
        migrate(&db).await.expect("migrations apply");
        TestDb { db, url, cleanup }
    }

    /// Closes the connection and removes the database.
    pub async fn drop_database(self) {
        self.db.close().await.ok();
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database(name) => {
                if let Ok(admin) = connect(&postgres_admin_url()).await {
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                    admin.close().await.ok();
                }
            }
        }
    }
}

/// Declares, for each `async fn name(db: &DatabaseConnection)` listed, a module with two tests
/// that run it on a fresh SQLite file and on a fresh PostgreSQL database.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let test = $crate::TestDb::new($crate::Backend::Sqlite).await;
                super::$name(&test.db).await;
                test.drop_database().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let test = $crate::TestDb::new($crate::Backend::Postgres).await;
                super::$name(&test.db).await;
                test.drop_database().await;
            }
        }
    )*};
}

/// A request made by `email` (named `name` in messages), with links under `public_url`.
pub fn context(email: &str, name: &str, public_url: &str) -> app::server::RequestContext {
    let mut context = app::server::RequestContext::system(public_url).acting_as(app::server::Actor::by_email(email));
    context.actor_name = name.to_string();
    context
}
