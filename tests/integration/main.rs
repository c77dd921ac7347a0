//! The one integration-test binary. Every test starts the real application
//! on a free port with a fresh database: SQLite by default, PostgreSQL when
//! `OBSERVATORY_TEST_DATABASE_URL` points at a server.

mod accounts;
mod agreements;
mod api;
mod architecture;
mod assistance;
mod backup;
mod binary;
mod consent;
mod contact;
mod councils;
mod discussions;
mod documents;
mod events;
mod fuzz;
mod groups;
mod hardening;
mod health;
mod helpers;
mod images;
mod import;
mod library;
mod library_files;
mod library_history;
mod load_balanced;
mod login_limits;
mod mail_delivery;
mod meetings;
mod news;
mod newsletter;
mod offers;
mod page_cache;
mod pages;
mod pages_editing;
mod platform;
mod proposals;
mod review_findings;
mod rules;
mod scenario;
mod search;
mod server;
mod sitemap;
mod smtp_sink;
mod storage;
mod translations;
