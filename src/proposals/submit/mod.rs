//! Sending a proposal: the form, its checks (spam trap, fill time, rate
//! limit, fields, attachment), storing it, and confirming an anonymous
//! sender's address from the mailed link.
//!
//! `handlers` only extract, call and render; `services` hold the use cases,
//! each in one transaction.

pub mod handlers;
mod services;
