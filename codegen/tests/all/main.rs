//! The integration tests of `ecm-codegen`, one module per concern, in one test binary (one
//! link instead of one per file; see the CI section of the workspace README).

mod extract_counts;
mod extract_errors;
mod extract_examples;
mod extract_fuzz_regressions;
mod extract_robustness;
mod extract_signatures;
mod extract_snapshots;
mod extract_support;
mod extract_vocabulary;
mod generate_changes;
mod generate_check;
mod generate_errors;
mod generate_real_spec;
mod regen_checked_in;
