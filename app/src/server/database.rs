//! Opening the database (SQLite or PostgreSQL, chosen by the URL) and bringing its schema up to
//! date.
use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};
use std::time::Duration;

/// Connects with settings that suit each backend: SQLite in WAL mode with a busy timeout so
/// concurrent writers wait instead of failing, and foreign keys enforced.
///
/// # Errors
/// The database cannot be opened or reached.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_string());
    options.sqlx_logging(false).acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        // A file connection cannot go stale: no ping on every checkout (a round trip to the
        // connection's thread each time).
        options.max_connections(8).test_before_acquire(false).map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    } else {
        // Ping only a connection idle long enough for the server or a firewall to have
        // dropped it, not one in use a moment ago.
        options.max_connections(16).test_before_acquire_if_idle_for(Duration::from_secs(30));
    }
    Database::connect(options).await
}

/// Writers of this process on SQLite, waiting for their turn in order. SQLite has one writer at
/// a time; a connection that finds the lock taken sleeps in its busy handler in steps of up to
/// 100 ms, leaving the lock idle after it is freed, so a burst of writes queues here instead.
/// One queue per process: a server uses one database.
static SQLITE_WRITERS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Waits for this process's turn to write to SQLite; hold the turn until the transaction is
/// committed or rolled back. Other databases take row locks themselves: no turn is needed.
pub async fn writer_turn(db: &impl ConnectionTrait) -> Option<tokio::sync::MutexGuard<'static, ()>> {
    if db.get_database_backend() == DbBackend::Sqlite {
        Some(SQLITE_WRITERS.lock().await)
    } else {
        None
    }
}

/// Applies every pending migration.
///
/// # Errors
/// A migration failed; nothing of that migration is kept where the backend allows.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// One page of `select` (pages count from 0) and whether another follows: asks for one row more
/// than a page instead of counting.
///
/// # Errors
/// Database errors.
pub async fn fetch_page<E: sea_orm::EntityTrait>(
    db: &impl sea_orm::ConnectionTrait,
    select: sea_orm::Select<E>,
    page: u64,
    page_size: u64,
) -> Result<(Vec<E::Model>, bool), DbErr> {
    use sea_orm::QuerySelect;
    // A page number from the address may be anything: past any real list, within what SQL takes.
    const MAX_OFFSET: u64 = 1 << 62;
    let offset = page.saturating_mul(page_size).min(MAX_OFFSET);
    let mut rows = select.offset(offset).limit(page_size + 1).all(db).await?;
    let has_more = rows.len() as u64 > page_size;
    rows.truncate(usize::try_from(page_size).unwrap_or(usize::MAX));
    Ok((rows, has_more))
}
