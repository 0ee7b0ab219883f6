//! A local, spec-driven emulator of the Tencent Cloud ECM API for tests.
//!
//! Not implemented yet: see the open issue for this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
