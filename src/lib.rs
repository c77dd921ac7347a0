//! Observatory: the web platform of the International Juvenile Justice Observatory.

pub mod accounts;
pub mod app;
pub mod assets;
pub mod backup;
pub mod config;
pub mod content;
pub mod daily;
pub mod db;
pub mod geography;
pub mod groups;
pub mod health;
pub mod i18n;
pub mod jobs;
pub mod lines_of_work;
pub mod mail;
pub mod offers;
pub mod people;
pub mod personal_data;
pub mod proposals;
pub mod server;
pub mod state;
pub mod storage;
pub mod throttle;
pub mod time_zones;
pub mod uploads;
pub mod web;
