//! Tests of the hand-written runtime against servers on 127.0.0.1 and the replay transport,
//! with hand-written test actions (see `support`).

mod support;

mod calls;
mod credentials;
mod failures;
mod hardening;
mod observability;
mod pagination;
mod replay;
mod test_doubles;
