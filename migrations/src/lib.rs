//! Sumud's database schema, one migration per change. Append-only once landed:
//! never edit a migration that is on `main`; add a new one.
pub use sea_orm_migration::prelude::*;

mod m20261123_000001_foundation;
mod m20261123_000002_membership;
mod m20261123_000003_certificates;
mod m20261123_000004_member_standing;
mod m20261123_000005_conferences;
mod m20261123_000006_change_counters;
mod m20261124_000007_registration_email_index;
mod m20261124_000008_member_directory_counter;
mod m20261201_000009_sign_in_hardening;
mod m20261201_000010_feed_secrets_hashed;
mod m20261201_000011_unique_member_names;
mod m20261201_000012_observer_quota;
mod m20261202_000013_resolutions;
mod m20261203_000014_implementation;
mod m20261204_000015_correspondence;
mod m20261205_000016_action_editions;
mod m20261206_000017_finance;
mod m20261207_000018_payments;
mod m20261208_000019_statements;
mod m20261209_000020_card_payments;
mod m20261210_000021_twinning;
mod m20261211_000022_member_coordinates;
mod m20261212_000023_agreement_documents;
mod m20261213_000024_projects;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_foundation::Migration),
            Box::new(m20261123_000002_membership::Migration),
            Box::new(m20261123_000003_certificates::Migration),
            Box::new(m20261123_000004_member_standing::Migration),
            Box::new(m20261123_000005_conferences::Migration),
            Box::new(m20261123_000006_change_counters::Migration),
            Box::new(m20261124_000007_registration_email_index::Migration),
            Box::new(m20261124_000008_member_directory_counter::Migration),
            Box::new(m20261201_000009_sign_in_hardening::Migration),
            Box::new(m20261201_000010_feed_secrets_hashed::Migration),
            Box::new(m20261201_000011_unique_member_names::Migration),
            Box::new(m20261201_000012_observer_quota::Migration),
            Box::new(m20261202_000013_resolutions::Migration),
            Box::new(m20261203_000014_implementation::Migration),
            Box::new(m20261204_000015_correspondence::Migration),
            Box::new(m20261205_000016_action_editions::Migration),
            Box::new(m20261206_000017_finance::Migration),
            Box::new(m20261207_000018_payments::Migration),
            Box::new(m20261208_000019_statements::Migration),
            Box::new(m20261209_000020_card_payments::Migration),
            Box::new(m20261210_000021_twinning::Migration),
            Box::new(m20261211_000022_member_coordinates::Migration),
            Box::new(m20261212_000023_agreement_documents::Migration),
            Box::new(m20261213_000024_projects::Migration),
        ]
    }
}
