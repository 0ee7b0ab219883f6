//! The integration tests of `ecm-emulator`, one module per concern, in one test binary (one
//! link instead of one per file; see the CI section of the workspace README).

mod binary;
mod common;
mod examples;
mod faults;
mod hostile_clients;
mod limits;
mod protocol;
mod sdk_requests;
