//! Extracts the ECM spec from the API documentation and generates the ecm-sdk API surface.
//!
//! - [`extract`]: documentation text → [`ecm_spec::Spec`] (`spec/ecm.json`).
//! - [`generate`]: [`ecm_spec::Spec`] → Rust source files under `ecm-sdk-model/src/generated/`
//!   and `ecm-sdk/src/generated/`.
//! - [`regen`]: both in one step, compared with or written to the checkout (`cargo xtask regen`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod extract;
pub mod generate;
pub mod regen;
