//! A signed-in person's own pages: profile, password, e-mail address, a
//! copy of their data, and deleting the account. `handlers` only extract,
//! call and render; `services` hold one use case each, in one transaction.

pub mod handlers;
mod services;
