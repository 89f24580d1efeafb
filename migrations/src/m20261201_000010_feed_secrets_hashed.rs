//! Personal calendar feeds: only the hash of their secret is stored, like every other link's.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, FromQueryResult};
use sha2::{Digest, Sha256};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConferenceRegistrations {
    Table,
    Id,
    FeedToken,
    FeedTokenHash,
}

#[derive(FromQueryResult)]
struct Feed {
    id: i32,
    feed_token_hash: String,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ConferenceRegistrations::Table)
                    .rename_column(ConferenceRegistrations::FeedToken, ConferenceRegistrations::FeedTokenHash)
                    .to_owned(),
            )
            .await?;
        // The feeds already handed out keep working: their secret is replaced by its hash.
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let select = Query::select()
            .columns([ConferenceRegistrations::Id, ConferenceRegistrations::FeedTokenHash])
            .from(ConferenceRegistrations::Table)
            .to_owned();
        let feeds = Feed::find_by_statement(backend.build(&select)).all(db).await?;
        for feed in feeds {
            let hash = hex::encode(Sha256::digest(feed.feed_token_hash.as_bytes()));
            let update = Query::update()
                .table(ConferenceRegistrations::Table)
                .value(ConferenceRegistrations::FeedTokenHash, hash)
                .and_where(Expr::col(ConferenceRegistrations::Id).eq(feed.id))
                .to_owned();
            db.execute(&update).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // A hash cannot be turned back into the secret it hides.
        Err(DbErr::Migration("feed secrets cannot be restored from their hashes".into()))
    }
}
