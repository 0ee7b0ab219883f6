//! The integration tests of `tencentcloud-signer`, one module per concern, in one test binary
//! (one link instead of one per file; see the CI section of the workspace README).

mod docs_examples;
mod fuzz_regressions;
mod golden_independent;
mod key_cache;
mod roundtrip_props;
mod secrets;
mod signing_errors;
mod verify_tc3;
mod verify_v1;
