//! The integration tests of `ecm-sdk`, in one test binary (one link instead of one per file;
//! see the CI section of the workspace README): the hand-written runtime against servers on
//! 127.0.0.1 and the replay transport, with hand-written test actions (see `support`), and the
//! generated surface (`generated_api`, `vocabulary`, `waiters`) and hostile peers
//! (`hostile_credentials`, `hostile_responses`) over the real actions, and the default
//! transport's certificate verification (`tls`, with a TLS feature) and proxies (`proxy`).
//! `tracing.rs` (a process-wide callsite cache) and `examples.rs` (the example programs) are
//! binaries of their own.

mod support;

mod calls;
mod credentials;
mod failures;
mod generated_api;
mod hardening;
mod hostile_credentials;
mod hostile_responses;
mod observability;
mod pagination;
mod proxy;
mod replay;
mod test_doubles;
mod tls;
mod vocabulary;
mod waiters;
