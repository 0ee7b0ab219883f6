//! Rust SDK for the Tencent Cloud Edge Computing Machine (ECM) API, version 2019-07-19.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod action;
mod client;
pub mod error;

pub use client::Client;
pub use error::Error;
