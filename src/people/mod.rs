//! What several features know of people, below all of them: the profile
//! form every person fills in and a read-only directory of the people
//! with accounts.

pub mod directory;
pub mod mail;
pub mod profile;
