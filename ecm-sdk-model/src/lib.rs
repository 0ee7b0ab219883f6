//! The API model of [`ecm-sdk`](https://docs.rs/ecm-sdk), the Rust SDK for the Tencent Cloud
//! Edge Computing Machine (ECM) API, version 2019-07-19: every action's request and response,
//! the data types and value sets, the error codes and the action registry, generated from the
//! documentation, with the contract the SDK's runtime sends them through ([`action`]).
//!
//! **Depend on `ecm-sdk`, not on this crate.** `ecm-sdk` re-exports all of it under the same
//! paths (`ecm_sdk::actions`, `ecm_sdk::types`, `ecm_sdk::error_code`, `ecm_sdk::action`) and
//! adds the client that sends the requests. The model is a crate of its own only to build
//! faster: it needs only serde (and strsim, for "did you mean"), so cargo can compile it
//! while it compiles the TLS and HTTP stack the runtime needs instead of after it, and the
//! runtime's own crate, the last one before a user's binary, is smaller. Its version always
//! follows `ecm-sdk`'s.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// docs.rs (which builds with `test-util`, see Cargo.toml) marks the items that need a feature.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod action;
// Generated from spec/ecm.json by `cargo xtask regen`; rustfmt leaves it to prettyplease.
// The golden model crate (`codegen/golden/model`) builds this crate root with the code
// generated for the generator's test fixture instead.
#[rustfmt::skip]
#[cfg_attr(ecm_golden, path = "../../codegen/golden/model/generated/mod.rs")]
mod generated;
// The one `Serialize` of every generated structure.
mod encode;
// Tolerant decoding. Public (hidden) only so that the SDK's runtime decodes its own few
// structures (the error envelope, instance-role credentials) with the same engine.
#[doc(hidden)]
pub mod lenient;

pub use generated::error_code::ErrorCode;
pub use generated::{actions, error_code, types};

/// The service's facts (name, version, domains, size limits), for the SDK's runtime; every
/// action's [`ActionMeta::service`](action::ActionMeta::service) points at it.
#[doc(hidden)]
pub use generated::SERVICE;
