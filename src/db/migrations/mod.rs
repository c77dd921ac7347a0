use sea_orm_migration::prelude::*;

mod m0001_content;
mod m0002_accounts;
mod m0003_proposals;
mod m0004_proposal_form_keys;
mod m0005_platform;
mod m0006_staff_records_outlive_accounts;
mod m0007_job_leases_and_deliveries;
mod m0008_site_changes;
mod m0009_backup_runs;
mod m0010_role_sets;
mod m0011_proposal_alerts;
mod m0012_content_edited_at;
mod m0013_group_pages;
mod m0014_group_join_requests;
mod m0015_offers;
mod m0016_profile_specialisation;
mod m0017_group_discussions;
mod m0018_group_documents;
mod m0019_group_meetings;
mod m0020_daily_runs;
mod m0021_group_texts_in_three_languages;
mod m0022_what_members_show;
mod m0023_library_resources;
mod m0024_search_changes;
mod m0025_versions;
mod m0026_library_browsing_indexes;
mod m0027_library_files;
mod m0028_news;
mod m0029_contact_messages;
mod m0030_newsletter;
mod m0031_events;
mod m0032_assistance_requests;
mod m0033_bulletin_events;
mod m0034_agreements;
mod m0035_images;
mod m0036_council_meetings;
mod m0037_menu_entries;
mod m0038_home_blocks;
mod m0039_content_pictures;
mod m0040_index_agreements_and_meetings;
mod m0041_safeguarding;
mod m0042_suggestion_acceptances;
mod m0043_titles_as_text;
mod m0044_jobs_due_by_kind;

pub struct Migrator;

/// A foreign key from `from` (table, column) to `to`, with what happens to
/// the row when the row it points to is deleted.
fn foreign_key(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_content::Migration),
            Box::new(m0002_accounts::Migration),
            Box::new(m0003_proposals::Migration),
            Box::new(m0004_proposal_form_keys::Migration),
            Box::new(m0005_platform::Migration),
            Box::new(m0006_staff_records_outlive_accounts::Migration),
            Box::new(m0007_job_leases_and_deliveries::Migration),
            Box::new(m0008_site_changes::Migration),
            Box::new(m0009_backup_runs::Migration),
            Box::new(m0010_role_sets::Migration),
            Box::new(m0011_proposal_alerts::Migration),
            Box::new(m0012_content_edited_at::Migration),
            Box::new(m0013_group_pages::Migration),
            Box::new(m0014_group_join_requests::Migration),
            Box::new(m0015_offers::Migration),
            Box::new(m0016_profile_specialisation::Migration),
            Box::new(m0017_group_discussions::Migration),
            Box::new(m0018_group_documents::Migration),
            Box::new(m0019_group_meetings::Migration),
            Box::new(m0020_daily_runs::Migration),
            Box::new(m0021_group_texts_in_three_languages::Migration),
            Box::new(m0022_what_members_show::Migration),
            Box::new(m0023_library_resources::Migration),
            Box::new(m0024_search_changes::Migration),
            Box::new(m0025_versions::Migration),
            Box::new(m0026_library_browsing_indexes::Migration),
            Box::new(m0027_library_files::Migration),
            Box::new(m0028_news::Migration),
            Box::new(m0029_contact_messages::Migration),
            Box::new(m0030_newsletter::Migration),
            Box::new(m0031_events::Migration),
            Box::new(m0032_assistance_requests::Migration),
            Box::new(m0033_bulletin_events::Migration),
            Box::new(m0034_agreements::Migration),
            Box::new(m0035_images::Migration),
            Box::new(m0036_council_meetings::Migration),
            Box::new(m0037_menu_entries::Migration),
            Box::new(m0038_home_blocks::Migration),
            Box::new(m0039_content_pictures::Migration),
            Box::new(m0040_index_agreements_and_meetings::Migration),
            Box::new(m0041_safeguarding::Migration),
            Box::new(m0042_suggestion_acceptances::Migration),
            Box::new(m0043_titles_as_text::Migration),
            Box::new(m0044_jobs_due_by_kind::Migration),
        ]
    }
}
