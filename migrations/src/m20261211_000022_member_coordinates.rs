//! Where each member is, for the map: latitude and longitude in millionths of a degree (whole
//! numbers compare exactly on both databases; a millionth of a degree is about 11 cm).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Members {
    Table,
    LatitudeMicro,
    LongitudeMicro,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for column in [Members::LatitudeMicro, Members::LongitudeMicro] {
            manager
                .alter_table(Table::alter().table(Members::Table).add_column(integer_null(column)).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Members::LatitudeMicro, Members::LongitudeMicro] {
            manager.alter_table(Table::alter().table(Members::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
