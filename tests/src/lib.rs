//! Workspace-level end-to-end suites: `ecm-sdk` against `ecm-emulator`.
//!
//! The suites live in `tests/` (one emulator per test, so journals never mix); this library
//! holds what they share:
//!
//! - [`registry`]: every action's typed request and response, reachable by wire name (the
//!   SDK has no action registry, so a declarative macro over the action list builds one);
//! - [`wire`]: the encodings and signature methods (TC3 POST JSON, TC3 GET, v1 POST form,
//!   HmacSHA1) and clients for an emulator;
//! - [`docs`]: the spec and the documented examples that contradict their own types;
//! - [`json`]: comparing JSON as the documentation means it.

pub mod docs;
pub mod json;
pub mod registry;
pub mod wire;
