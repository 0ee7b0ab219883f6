//! Extracts the ECM spec from the API documentation and generates the ecm-sdk API surface.
//!
//! Not implemented yet: see the open issue for this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
