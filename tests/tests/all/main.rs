//! The workspace-level suites (see `tests/README.md`), one module per suite, in one test
//! binary (one link instead of one per suite; see the CI section of the workspace README).

mod docs_inconsistencies;
mod error_codes;
mod every_action;
mod examples_roundtrip;
mod hostile_requests;
mod lifecycle;
mod model_property;
mod negative_paths;
mod pagination;
mod redaction;
